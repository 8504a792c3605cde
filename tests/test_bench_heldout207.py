"""The held-back-207 template set (`tests.bench.heldout_templates_207`): its localised dates
(printed day by day in English with central European summer and winter time, Arabic with
the Levant's month names, Ukrainian, Greek, Tigrinya in Ge'ez script and Dari with the Afghan
solar year in Persian digits, several changing form on the day of a redesign), the lines
that turn every day, week and month (a rescue ship's mission log, situation reports, an
appeal's funding, island arrivals, deaths at sea, returns from Iran, registered refugees,
people rescued, a volunteer centre's report), the appeals and notices that follow the
calendars of refugee and humanitarian work (emergencies, World Refugee Day, Refugee Week,
Ramadan and the Eids, Nowruz, Orthodox Easter, Meskel, the Lampedusa anniversary, school
starts, Christmas closures, the pandemic), the amounts that change over the years, the
helplines in several languages and scripts, the variation it promises, its multi-line
blocks and the hard negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares are in
`tests/test_bench_heldout_sets.py`. Most styles have few articles of their own (the
generator's Zipf sizes), so most checks look at a style together with its renamed variants
("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_calendar import orthodox_easter
from tests.bench.heldout_templates_207 import (
    AA_REDESIGN,
    AA_REGISTRY,
    AA_VOLUNTEERS,
    ADHA,
    AH_LAW_2016,
    AH_LAW_2020,
    AH_REDESIGN,
    ASYLUM_SUPPORT,
    BL_COSTS,
    BL_REDESIGN,
    CEILINGS,
    DS_MONO,
    DS_REDESIGN,
    FD_DAILY,
    FD_LICENCE,
    FD_MEMBERS,
    FD_REDESIGN,
    FIRST_DAY,
    GT_MATCH,
    HB_CARD,
    HB_REDESIGN,
    HB_WHATSAPP,
    KM_GIFT,
    KM_IFTAR,
    KM_REDESIGN,
    KM_WHATSAPP,
    LAST_DAY,
    ML_BASKET,
    ML_MAZOUT,
    ML_REDESIGN,
    ML_UDHIYA,
    ML_WHATSAPP,
    NG_APPOINTMENTS,
    NG_REDESIGN,
    NG_SATURDAY,
    NOWRUZ,
    PG_DONATE,
    PG_REDESIGN,
    PR_HOURS,
    PR_IBAN,
    PR_NABIR,
    PR_REDESIGN,
    PR_SHKOLA,
    PR_TELEGRAM,
    RAMADAN,
    RRP_NEED,
    WM_EMERGENCIES,
    WM_KIT,
    WM_MONTHLY,
    WM_REDESIGN,
    WM_WINTER,
    cet_summer,
    fa,
    gift_deadline,
    giving_tuesday,
    picnic_day,
    refugee_week,
    rescued_by_month,
    sitrep_number,
    solar,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_script,
    assert_groups_in_scripts,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_look_ups_agree,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_reworded_on,
    assert_sister_sites_share,
    assert_variants_drop_site_names,
    assert_varied,
    by_family,
    every_day,
    group_lines,
    norm,
    per_doc,
    planted_docs,
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-207"
SITES = ("Waymark Refugee Relief", "Field Dispatch", "جمعية الملاذ", "Прихисток",
         "Αλληλεγγύη Αιγαίου", "ሓበሬታ", "خانهٔ مهاجر", "Northgate Refugee Welcome",
         "Prairie Gateway Refugee Services", "Blue Lifeline", "AsylumHelp Athens",
         "Добросусідство")
WM, FD, ML, PR = ("waymarkrelief.org", "fielddispatch.org", "almalath.org", "pryhystok.org.ua")
AA, HB, KM, NG = ("aigaio-solidarity.gr", "habereta.net", "khanaimuhajir.org",
                  "northgaterefugeewelcome.org.uk")
PG, BL, AH, DS = ("prairiegateway.org", "bluelifeline.org", "asylumhelpathens.org",
                  "dobrosusidstvo.org.ua")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((WM, "dated"), (FD, "dated"), (ML, "tarikh"), (PR, "data"), (AA, "imerominia"),
         (HB, "dated"), (KM, "tarikh"), (NG, "dated"), (PG, "dated"), (BL, "dated"),
         (AH, "dated"), (DS, "data"))
# The lines that turn each week, on the weekday (Monday 0) they are published.
WEEKLY = ((FD, "sitrep", 0), (FD, "funding", 4), (AA, "afixeis", 0), (HB, "seb", 4),
          (KM, "tedad", 5))
# The lines that turn each month, on the day of the month they are published.
MONTHLY = ((ML, "ihsaat", 10), (BL, "rescued", 1), (DS, "zvit", 5))
# The notices that follow calendars, and their wording on a quiet day.
QUIET = d(2015, 4, 28)
FIRST_WORDINGS = {
    (WM, "appeal"): "Please give today: your donation helps refugees rebuild their lives.",
    (FD, "newsletter"): "Get our humanitarian news briefing by email.",
    (ML, "tabarru"): "تبرّعك يصنع فرقاً في حياة عائلة لاجئة. تبرّع الآن",
    (PR, "anons"): "Стежте за новинами фонду у Facebook",
    (AA, "anakoinosi"): "Ακολουθήστε μας στο Facebook και στο Instagram",
    (HB, "zikri"): "ደግፉና: ንስደተኛታት ዝግበር ሓገዝ ብወፈያኹም ይቕጽል",
    (KM, "komak"): "با کمک‌های مالی خود از خانواده‌های مهاجر حمایت کنید.",
    (NG, "banner"): "Sign up to our mailing list for news, events and volunteering.",
    (NG, "dropin"): "Drop-in: Tuesdays and Thursdays, 10am–2pm, St Aidan's Church Hall, "
                    "Northgate.",
    (PG, "banner"): "Welcome a neighbor: volunteer, donate or host a family",
    (AH, "helpline-en"): "Free legal helpline: 210 555 4410, Monday to Friday 10:00–16:00.",
}
# Amounts in force from given days.
TABLES = ((WM, "kit", WM_KIT), (PR, "nabir", PR_NABIR), (NG, "support", ASYLUM_SUPPORT),
          (PG, "ceiling", CEILINGS), (BL, "donate", BL_COSTS), (HB, "wefeya", HB_CARD))

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + tuple(FIRST_WORDINGS) + tuple(
        (domain, family) for domain, family, _ in WEEKLY + MONTHLY + TABLES) + (
        (BL, "mission"), (BL, "crew"), (KM, "huquq"), (AA, "eidi")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 6, 19), d(2018, 4, 6), d(2019, 12, 20),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_helpers() -> None:
    assert solar(d(2018, 3, 21)) == (1397, 0, 1) and solar(d(2018, 3, 20)) == (1396, 11, 29)
    assert solar(d(2020, 3, 19)) == (1398, 11, 29) and solar(d(2021, 3, 20)) == (1399, 11, 30)
    assert solar(d(2015, 1, 1)) == (1393, 9, 11) and solar(d(2016, 9, 22)) == (1395, 6, 1)
    assert fa(2018) == "۲۰۱۸" and fa("1,234") == "۱٬۲۳۴"
    assert [refugee_week(y) for y in (2015, 2016, 2017)] == [d(2015, 6, 15), d(2016, 6, 20),
                                                             d(2017, 6, 19)]
    assert sitrep_number(d(2015, 1, 5)) == sitrep_number(d(2015, 1, 11)) == 83
    assert cet_summer(d(2019, 3, 31)) and not cet_summer(d(2019, 10, 27))
    assert gift_deadline(2020) == d(2020, 12, 18) and gift_deadline(2016) == d(2016, 12, 16)
    assert picnic_day(2020) == d(2020, 6, 20) and picnic_day(2019) == d(2019, 6, 15)
    assert giving_tuesday(2019) == d(2019, 12, 3)
    totals = list(rescued_by_month().values())
    assert totals == sorted(totals) and totals[-1] > 10_000


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(WM, "dated", old, "Posted on 5 Mar 2016")
    full(WM, "dated", new, rf"Friday 19 June 2020 \| {clock}")
    full(FD, "dated", old, "5 Mar 2016")
    full(FD, "dated", new, rf"Published 19 June 2020, {clock} CEST")
    full(FD, "dated", winter, rf"Published 7 December 2020, {clock} CET")
    full(FD, "sitrep", new, "Regional Situation Report No. 367 · covering 8–14 June 2020")
    full(FD, "sitrep", winter, "Regional Situation Report No. 392 · covering 30 November – 6 "
                               "December 2020")
    full(FD, "funding", new, r"Regional refugee plan 2020: \d\d% funded \(\$\d\.\d\dbn of "
                             r"\$6\.0bn required\) as of 19 Jun")
    full(ML, "tarikh", old, "بيروت في 5 آذار 2016")
    full(ML, "tarikh", new, rf"الجمعة 19 حزيران 2020 - {clock}")
    full(ML, "ihsaat", new, r"عدد اللاجئين السوريين المسجّلين في لبنان حتى نهاية أيار 2020: "
                            r"\d{3},\d{3} \(المصدر: .*\)")
    full(PR, "data", old, r"05\.03\.2016")
    full(PR, "data", new, rf"19 червня 2020, {clock}")
    full(AA, "imerominia", old, "05/03/2016")
    full(AA, "imerominia", new, rf"Παρασκευή, 19 Ιουνίου 2020, {clock}")
    full(AA, "afixeis", new, r"Αφίξεις στα νησιά του Βορείου Αιγαίου 8/6–14/6/2020: "
                             r"[\d.]+ άτομα \(πηγή: UNHCR\)")
    full(HB, "dated", old, "05/03/2016")
    full(HB, "dated", new, "ዓርቢ፡ 19 ሰነ 2020")
    full(HB, "seb", new, r"ኣብ 2020 ኣብ ማእከላይ ባሕሪ ዝሞቱን ዝጠፍኡን ስደተኛታት: \d+ \(ክሳብ 19 ሰነ፡ "
                         r"ምንጪ IOM\)")
    full(KM, "tarikh", old, "۱۵ حوت ۱۳۹۴")
    full(KM, "tarikh", new, r"جمعه ۳۰ جوزا ۱۳۹۹ \(۱۹ جون ۲۰۲۰\)")
    full(KM, "tedad", new, r"شمار مهاجرین افغان بازگشته از ایران از آغاز سال ۱۳۹۹ تا ۲۴ جوزا: "
                           r"[۰-۹٬]+ نفر \(منبع: .*\)")
    full(KM, "huquq", new, "© ۱۳۹۹ خانهٔ مهاجر. تمام حقوق محفوظ است.")
    full(NG, "dated", old, "March 5, 2016")
    full(NG, "dated", new, "19 Jun 2020")
    full(PG, "dated", d(2016, 9, 5), "Sept. 5, 2016")
    full(PG, "dated", new, "Friday, June 19, 2020")
    full(BL, "dated", old, r"05\.03\.2016")
    full(BL, "dated", new, "Press release · 19 June 2020")
    full(BL, "rescued", new, r"Since June 2016, our crews have helped bring [\d,]+ people to "
                             r"safety in the central Mediterranean\.")
    full(AH, "dated", old, "05/03/2016")
    full(AH, "dated", new, "19 Ιουνίου 2020 · 19 June 2020")
    full(AH, "checked", new, "Last checked by our lawyers: 19 June 2020")
    full(DS, "data", old, rf"05\.03\.2016 о {clock}")
    full(DS, "data", new, "19 червня 2020")
    full(DS, "zvit", new, r"Звіт за травень 2020: видано продуктових наборів — \d+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(WM, "dated", day).startswith("Posted on") == (day < WM_REDESIGN)
        fd = on(FD, "dated", day)
        assert fd.startswith("Published") == (day >= FD_REDESIGN)
        if day >= FD_REDESIGN:
            assert fd.endswith("CEST" if cet_summer(day) else " CET")
        assert on(ML, "tarikh", day).startswith("بيروت في") == (day < ML_REDESIGN)
        assert ("{time}" in on(PR, "data", day)) == (day >= PR_REDESIGN)
        assert ("{time}" in on(AA, "imerominia", day)) == (day >= AA_REDESIGN)
        assert ("፡" in on(HB, "dated", day)) == (day >= HB_REDESIGN)
        km = on(KM, "tarikh", day)
        assert ("(" in km) == (day >= KM_REDESIGN) and not re.search(r"[0-9]", km)
        assert fa(solar(day)[0]) in km
        assert ("," in on(NG, "dated", day)) == (day < NG_REDESIGN)
        assert on(PG, "dated", day).startswith(f"{day:%A}") == (day >= PG_REDESIGN)
        assert on(BL, "dated", day).startswith("Press release") == (day >= BL_REDESIGN)
        assert ("·" in on(AH, "dated", day)) == (day >= AH_REDESIGN)
        assert ("{time}" in on(DS, "data", day)) == (day < DS_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for domain, family, weekday in WEEKLY:
        days = changes(domain, family)
        assert len(days) >= 300 and all(day.weekday() == weekday for day in days), family
    for domain, family, dom in MONTHLY:
        days = changes(domain, family)
        assert len(days) >= 40 and all(day.day == dom for day in days), family
    numbers = {int(n) for n in found(FD, "sitrep", r"No\. (\d+)")}
    assert numbers == set(range(min(numbers), max(numbers) + 1)) and len(numbers) >= 300
    for y in YEARS_OF_ARTICLES:
        early, late = (int(found_in(HB, "seb", day, r": ([\d,]+) ").replace(",", ""))
                       for day in (d(y, 1, 16), d(y, 12, 18)))
        assert early < late, y
    # The returns from Iran are counted again from each Nowruz.
    for y in YEARS_OF_ARTICLES[1:]:
        assert "از آغاز سال " + fa(y - 621) in on(KM, "tedad", iso(NOWRUZ[y]) + 7 * one)
    # The mission log turns every day at sea, not in port, in detention or in the pause.
    log = changes(BL, "mission")
    assert len(log) >= 500
    assert "Mission 1, day 1:" in on(BL, "mission", d(2016, 6, 1))
    assert "Mission 1, day 18:" in on(BL, "mission", d(2016, 6, 18))
    assert "mission 2 sails on 6 July" in on(BL, "mission", d(2016, 6, 25))
    assert "detained" in on(BL, "mission", d(2018, 8, 1))
    assert "COVID-19" in on(BL, "mission", d(2020, 5, 1))
    assert not any(d(2018, 7, 2) <= day <= d(2018, 10, 14) for day in log)
    crew = changes(BL, "crew")
    assert crew == {d(y, m, 1) for y in YEARS_OF_ARTICLES for m in (2, 10)}


YEARS_OF_ARTICLES = list(range(2015, 2021))


def found_in(domain: str, family: str, day: dt.date, pattern: str) -> str:
    match = re.search(pattern, on(domain, family, day))
    assert match, (domain, family, day)
    return match[1]


def test_notices_follow_the_calendars() -> None:
    for (domain, family), text in FIRST_WORDINGS.items():
        assert on(domain, family, QUIET) == text, (domain, family)
    for first, last, name in WM_EMERGENCIES:
        assert name in on(WM, "appeal", iso(first)) and name in on(WM, "appeal", iso(last))
    for y in YEARS_OF_ARTICLES:
        assert f"Winter Appeal {y}: {WM_WINTER[y]}" in on(WM, "appeal", d(y, 12, 10))
        assert f"World Humanitarian Day {y}" in on(FD, "newsletter", d(y, 8, 19))
        assert f"حملة الشتاء {y - 1}-{y}: {ML_MAZOUT[y - 1]}" in on(ML, "tabarru", d(y, 1, 15))
        first, eid, hijri = RAMADAN[y]
        assert f"رمضان {hijri}: سلة غذائية لعائلة لاجئة بـ {ML_BASKET[y]}" in on(
            ML, "tabarru", iso(first))
        assert f"أضاحي {hijri}" in on(ML, "tabarru", iso(ADHA[y]))
        assert f"بـ {ML_UDHIYA[y]} دولاراً" in on(ML, "tabarru", iso(ADHA[y]))
        assert f"{PR_SHKOLA[y]} грн" in on(PR, "anons", d(y, 8, 25))
        assert f"«Свято для кожної дитини» {y}" in on(PR, "anons", d(y, 12, 20))
        assert f"3 ጥቅምቲ {y}: {y - 2013}ይ ዓመት" in on(HB, "zikri", d(y, 10, 3))
        assert f"ርሑስ በዓል ልደት {y}" in on(HB, "zikri", d(y, 1, 7))
        assert f"ርሑስ በዓል መስቀል {y}" in on(HB, "zikri", d(y, 9, 27))
        assert f"Christmas gift appeal {y}" in on(NG, "banner", gift_deadline(y))
        assert f"Friday {gift_deadline(y).day} December" in on(NG, "banner", d(y, 12, 1))
        assert f"closed from 23 December {y}" in on(NG, "dropin", d(y, 12, 24))
        assert f"#GivingTuesday {y}: every gift matched up to ${GT_MATCH[y]}" in on(
            PG, "banner", giving_tuesday(y))
        if y < 2020:  # the pandemic's notices win in spring 2020
            assert f"World Refugee Day {y}" in on(WM, "appeal", d(y, 6, 20))
            assert f"Великодній кошик {y}" in on(PR, "anons", orthodox_easter(y))
            assert f"ርሑስ በዓል ትንሳኤ {y}" in on(HB, "zikri", orthodox_easter(y))
            assert f"نوروز {fa(y - 621)} مبارک" in on(KM, "komak", iso(NOWRUZ[y]))
            assert fa(KM_GIFT[y]) in on(KM, "komak", iso(NOWRUZ[y]))
            assert fa(KM_IFTAR[y]) in on(KM, "komak", iso(first))
            assert f"Refugee Week {y}" in on(NG, "banner", refugee_week(y))
            assert f"World Refugee Day {y}" in on(PG, "banner", picnic_day(y))
            assert f"Παγκόσμια Ημέρα Προσφύγων {y}" in on(AA, "anakoinosi", d(y, 6, 20))
    assert "World Humanitarian Summit" in on(FD, "newsletter", d(2016, 5, 23))
    assert "Global Refugee Forum" in on(FD, "newsletter", d(2019, 12, 17))
    assert "Coronavirus" in on(FD, "newsletter", d(2020, 4, 1))
    assert "مرفأ بيروت" in on(ML, "tabarru", d(2020, 8, 10))
    assert "كورونا" in on(ML, "tabarru", d(2020, 6, 1))
    assert "Карантин" in on(PR, "anons", d(2020, 4, 19))
    assert "щодня" in on(PR, "hariacha", d(2020, 4, 1))
    assert "ΕΕ–Τουρκίας" in on(AA, "anakoinosi", d(2016, 3, 20))
    assert "Μόρια" in on(AA, "anakoinosi", d(2020, 9, 15))
    assert "κορονοϊό" in on(AA, "ethelontes", d(2020, 5, 1))
    assert "ኮሮና" in on(HB, "zikri", d(2020, 4, 19))
    assert "کرونا" in on(KM, "komak", iso(NOWRUZ[2020]))
    assert "coronavirus" in on(NG, "dropin", d(2020, 4, 1))
    assert "appointment only" in on(NG, "dropin", d(2020, 10, 1))
    assert "executive order" in on(PG, "banner", d(2017, 2, 1))
    for family in ("helpline-en", "helpline-ar", "helpline-fa", "helpline-el"):
        assert on(AH, family, d(2020, 4, 1)) != on(AH, family, d(2020, 7, 1)), family
        assert changes(AH, family) == {d(2020, 3, 16), d(2020, 6, 15)}, family
    assert changes(AA, "eidi") == {d(y, m, 15) for y in YEARS_OF_ARTICLES for m in (4, 10)}
    assert changes(KM, "huquq") == {iso(NOWRUZ[y]) for y in YEARS_OF_ARTICLES}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (WM, "byline", WM_REDESIGN, "By {author}", "Photos"),
        (WM, "appeal", WM_MONTHLY, "Please give today", "monthly"),
        (FD, "byline", FD_REDESIGN, "By {author}", "{author_beat}"),
        (FD, "newsletter", FD_DAILY, "briefing by email", "Dispatch Daily"),
        (FD, "republish", FD_LICENCE, "3.0", "4.0"),
        (FD, "support", FD_MEMBERS, "$5 a month", "$7 a month"),
        (ML, "katib", ML_REDESIGN, "إعداد", "تصوير"),
        (ML, "khat", ML_WHATSAPP, "9 صباحاً", "واتساب"),
        (PR, "avtor", PR_REDESIGN, "Автор", "Фото"),
        (PR, "hariacha", PR_HOURS, "безкоштовно з усіх", "пн–пт"),
        (PR, "anons", PR_TELEGRAM, "Facebook", "Telegram"),
        (PR, "rekvizyty", PR_IBAN, "МФО", "IBAN"),
        (AA, "ethelontes", AA_VOLUNTEERS, "διανομή ρούχων", "δύο εβδομάδες"),
        (AA, "mitroo", AA_REGISTRY, "ΔΟΥ", "Μητρώο"),
        (HB, "telefon", HB_WHATSAPP, "ቴሌፎን ብትግርኛ", "ዋትስኣፕ"),
        (KM, "khat", KM_WHATSAPP, "تلفنی", "واتس‌اپ"),
        (NG, "dropin", NG_SATURDAY, "Northgate.", "Saturdays"),
        (NG, "dropin", NG_APPOINTMENTS, "closed because", "appointment only"),
        (PG, "donate", PG_DONATE, "$50", "$75"),
        (AH, "law", AH_LAW_2016, "3907/2011", "4375/2016"),
        (AH, "law", AH_LAW_2020, "4375/2016", "4636/2019"),
        (DS, "kartka", DS_MONO, "(Коваленко О. П.)", "monobank")))
    assert_groups_reworded(SET, (
        (WM, "dated", "Posted on", " | "),
        (WM, "byline", "By ", "Photos: "),
        (FD, "dated", " 20", "Published "),
        (ML, "tarikh", "بيروت في", " - "),
        (KM, "tarikh", "۱۳۹", "("),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "50,000, cut by executive order" in on(PG, "ceiling", d(2017, 2, 1))
    assert "18,000" in on(PG, "ceiling", d(2020, 6, 1))
    assert found(ML, "tabarru", r"سلة غذائية لعائلة لاجئة بـ (\d+)") == {
        str(v) for v in ML_BASKET.values()}
    assert found(FD, "funding", r"of \$(\d\.\d)bn") == {
        f"{RRP_NEED[y]:.1f}" for y in range(2014, 2021)}
    assert found(PR, "anons", r"(\d+) грн") == {str(v) for v in PR_SHKOLA.values()}
    shares = [int(m[1]) for t in group_lines(SET, FD, "funding")
              if (m := re.search(r": (\d+)% funded", norm(t)))]
    assert shares and min(shares) < 20 and max(shares) > 40


def test_several_languages_and_scripts() -> None:
    arabic, cyrillic, greek, ethiopic = (r"[\u0600-\u06ff]", r"[\u0400-\u04ff]",
                                         r"[\u0370-\u03ff]", r"[\u1200-\u137f]")
    assert_groups_in_script(SET, (
        (ML, "qism", arabic), (ML, "khat", arabic), (PR, "hariacha", cyrillic),
        (PR, "rekvizyty", cyrillic), (AA, "eidi", greek), (AA, "katigoria", greek),
        (HB, "telefon", ethiopic), (HB, "mdeb", ethiopic), (KM, "khat", arabic),
        (KM, "tarikh", r"[۰-۹]"), (AH, "helpline-el", greek), (AH, "helpline-fa", r"[۰-۹]"),
        (AH, "helpline-ar", arabic), (DS, "hrafik", cyrillic)))
    assert_groups_in_scripts(SET, (
        (AA, "grammi", (greek, arabic, "Helpline")),
        (AH, "languages", (greek, arabic, "English"))), share=0.9)
    assert not any(re.search(r"[0-9]", t) for t in group_lines(SET, KM, "tarikh"))
    assert any(t.endswith("CEST") for t in group_lines(SET, FD, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{WM}/dated", f"{WM}/byline", f"{WM}/related", f"{WM}/caption",
                         f"{WM}/category", f"{WM}/appeal", f"{FD}/dated", f"{FD}/countries",
                         f"{FD}/data", f"{FD}/also", f"{FD}/sitrep", f"{ML}/tarikh",
                         f"{ML}/katib", f"{PR}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{WM}/charity", f"{WM}/gift-aid", f"{FD}/independence", f"{FD}/map",
        f"{ML}/tarkhis", f"{PR}/volontery"))
    assert_carried_share(docs, WM, [
        ("dated", 0.8, 0.98), ("related", 0.5, 0.8), ("correction", 0.0, 0.1),
        ("appeal", 0.3, 0.6), ("gift-aid", 0.1, 0.32)])
    assert_carried_share(docs, FD, [("sitrep", 0.18, 0.45), ("also", 0.45, 0.75),
                                    ("clarification", 0.0, 0.1)])
    for fam in (f"{WM}/related", f"{FD}/also", f"{ML}/iqra"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((WM, "caption"), (WM, "kit"), (FD, "photo"), (ML, "sura"),
                               (PR, "foto"), (AA, "fotografia"), (HB, "siali")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (WM, "correction", 16), (FD, "clarification"), (ML, "tashih"), (PR, "vypravlennia"),
        (AA, "diorthosi"), (HB, "meermta"), (KM, "eslah"), (NG, "update"), (PG, "correction"),
        (BL, "correction", 6), (AH, "correction"), (DS, "vypravlennia")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{WM}/related", "Related: "), (f"{FD}/also", "Also read: "),
        (f"{ML}/iqra", "اقرأ أيضاً: "), (f"{PR}/chytaite", "Читайте також: "),
        (f"{AA}/diavaste", "Διαβάστε επίσης: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (AH, "languages", "English · العربية · دری · Ελληνικά"),
        (NG, "share", "Share this: Facebook · Twitter · WhatsApp · Email"),
        (WM, "names", "*Names have been changed to protect identities."),
        (HB, "targum", "እዚ ጽሑፍ ካብ እንግሊዝኛ ናብ ትግርኛ ዝተተርጎመ እዩ።")))
    assert_group_values_from_pool(SET, (
        (WM, "category", "category"), (ML, "qism", "qism"), (PR, "rubryka", "rubryka"),
        (AA, "katigoria", "katigoria"), (HB, "mdeb", "mdeb"), (KM, "bakhsh", "bakhsh")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (WM, "gift-aid", "Make your gift worth 25% more with Gift Aid, at no extra cost to "
                         "you."),
        (ML, "tarkhis", "جمعية لبنانية لا تبغي الربح، علم وخبر رقم 1284/أد"),
        (PR, "volontery", "Шукаємо волонтерів у Києві, Дніпрі та Краматорську. Заповніть "
                          "анкету на сайті.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        WM: (["appeal", "gift-aid", "charity", "copyright"], 3),
        FD: (["independence", "republish", "copyright"], 2),
        ML: (["tatawwu", "tarkhis", "huquq"], 2),
        PR: (["hariacha", "volontery", "rekvizyty", "kopirait"], 3),
        AA: (["grammi", "trapeza", "mitroo", "copyright"], 2),
        PG: (["tax", "affiliate"], 2),
        BL: (["press", "register"], 2),
        AH: (["law", "helpline-en", "helpline-ar", "helpline-fa", "helpline-el", "funding"],
             3)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
    for domain, family in DAILY + tuple((s, f) for s, f, _ in WEEKLY + MONTHLY):
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
