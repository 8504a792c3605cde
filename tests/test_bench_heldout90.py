"""The held-back-90 template set (`tests.bench.heldout_templates_90`): its localised dates
(printed day by day in Arabic, French, Hebrew, English, Sorani, Kurmanji, Tamazight in
Tifinagh and Kabyle, in Arabic-Indic digits where the sites use them, several changing form on
the day of a redesign, three with the Hijri date, one with the Kurdish solar date, one with
the Amazigh date, one with the Coptic date, one with an issue number skipping Fridays and one
by a weekly's Wednesday issue), the lines that turn every day, every week or every month (the
Lebanese pound's street rate from the 2019 crisis, the Sahara Blend price and the Amman bourse
on their working days, Shabbat times, the Syrian pound, a World Cup countdown with the
blockade's days, fuel and generator prices, the heat in Aswan, Tunisia's state of emergency
as each extension ran), the seasons, the notices it rewords by date, the calendars some
notices follow (votes, a vote put off and one cancelled, four Knesset elections, the
referendum in Kurdistan, the Hirak's Fridays and Sundays, Jordan's Friday curfews, the
blockade, the garbage crisis, the 2019 protests, the port explosion, fires, cyclones, the
Sultan's death, the 2020 lockdowns, Ramadan and Eid by the Hijri calendar, Easter by both
computus, Sham el-Nessim, Rosh Hashanah with the Hebrew year, Pesach, Newroz with the Kurdish
year, Yennayer with the Amazigh year, the sun at Abu Simbel, national days with their counts,
festivals called off in 2020), the amounts in its appeals and prices, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Most styles have few articles of
their own (the generator's Zipf sizes), so most checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_calendar import easter, orthodox_easter
from tests.bench.heldout_templates_90 import (
    AM_REDESIGN,
    ATZMAUT,
    BLOCKADE,
    BLOCKADE_END,
    COPTIC_MONTHS,
    DZ_REDESIGN,
    EG_REDESIGN,
    FIRST_DAY,
    HEBREW_YEARS,
    HIRAK_FIRST,
    HIRAK_LAST,
    IL_REDESIGN,
    JO_STYLE,
    KB_DUES,
    KB_REDESIGN,
    KR_REDESIGN,
    LAST_DAY,
    LB_MARKET,
    LB_REDESIGN,
    OM_FLOATED,
    OM_REDESIGN,
    QA_REDESIGN,
    RJ_REDESIGN,
    ROSH_HASHANAH,
    TIMITAR,
    TN_EMERGENCY,
    TN_REDESIGN,
    WORLD_CUP,
    amazigh,
    ar,
    coptic,
    curve,
    dz_issue,
    dz_oil,
    eg_heat,
    french_ordinal,
    hijri,
    hijri_day,
    il_zone,
    jo_index,
    julian,
    kr_ampere,
    kurdish_solar,
    lb_street,
    made_up,
    month_from,
    om_fuel,
    om_issue,
    open_day,
    rj_pound,
    shabbat,
    tn_emergency,
    week_from,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_in_script,
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
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-90"
SITES = ("Nida al-Arz", "Qanat al-Wusul", "Le Quotidien de la Casbah", "Hed HaCarmel",
         "Balqa Wire", "Dengi Goyje", "La Voix de Thyna", "Tiwizi Souss", "Rojeva Cizire",
         "The Qurum Weekly", "Tighri Tamurt", "Nabd Aswan")
LB, QA, DZ, IL = ("nidaalarz.com.lb", "alwusul.tv", "quotidiencasbah.dz", "hedhacarmel.co.il")
JO, KR, TN, AM = ("balqawire.jo", "dengigoyje.krd", "voixdethyna.tn", "tiwizisouss.ma")
RJ, OM, KB, EG = ("rojevacizire.net", "qurumweekly.om", "tighritamurt.fr", "nabdaswan.com.eg")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((LB, "tarikh"), (QA, "tahdith"), (QA, "adad"), (DZ, "numero"), (IL, "taarich"),
         (JO, "dateline"), (JO, "arabic-dateline"), (KR, "berwar"), (TN, "date"),
         (AM, "asakud"), (RJ, "dirok"), (OM, "dateline"), (KB, "azemz"), (EG, "tarikh"))
# The lines that turn every day, on working days, every week or every month.
PERIODIC = ((LB, "dollar"), (DZ, "petrole"), (IL, "shabbat"), (JO, "bourse"), (KR, "ampere"),
            (TN, "urgence"), (RJ, "dolar"), (OM, "issue"), (OM, "fuel"), (EG, "harara"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((LB, "tanbih"), (QA, "tanbih"), (DZ, "avis"), (IL, "hodaa"), (JO, "notice"),
           (KR, "agahdari"), (TN, "avis"), (AM, "talghut"), (RJ, "agahi"), (OM, "notice"),
           (KB, "tamlilt"), (EG, "tanbih"))
SEASONAL = ((OM, "season"), (EG, "mawsim"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    LB: "تابعونا على فيسبوك وتويتر: Nida al-Arz",
    QA: "حمّلوا تطبيق Qanat al-Wusul على آيفون وأندرويد",
    DZ: "Suivez-nous sur Facebook : Le Quotidien de la Casbah",
    IL: "עשו לנו לייק בפייסבוק: Hed HaCarmel",
    JO: "Subscribe to Balqa Wire's Jordan service: sales@balqawire.jo",
    KR: "لە فەیسبووک فۆڵۆومان بکەن: Dengi Goyje",
    TN: "Rejoignez-nous sur Facebook : La Voix de Thyna",
    AM: "ⴹⴼⵕ ⴰⵖ ⴳ Facebook: Tiwizi Souss",
    RJ: "Me li ser Facebookê bişopînin: Rojeva Cizire",
    OM: "Follow The Qurum Weekly on Facebook and Twitter",
    KB: "Rejoignez-nous sur Facebook : Tighri Tamurt",
    EG: "تابعونا على صفحتنا على فيسبوك: Nabd Aswan",
}

ARABIC, HEBREW, TIFINAGH = r"[\u0600-\u06FF]", r"[\u0590-\u05FF]", r"[\u2D30-\u2D7F]"
SORANI = r"[ڕڵێۆەڤ]"  # letters Sorani writes and Arabic lacks
KURMANJI = r"[êîûşçÊÎÛŞÇ]"
KABYLE = r"[ɛɣḥṛẓƐƔ]"
ASCII_DIGIT = re.compile(r"[0-9]")

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 6, 5), d(2018, 3, 21), d(2019, 2, 22),
        d(2019, 10, 20), d(2020, 4, 11), d(2020, 11, 13), LAST_DAY))


def test_helpers() -> None:
    # the tabular Hijri calendar
    assert hijri(d(2015, 6, 18)) == (1436, 9, 1)
    assert hijri(d(2015, 10, 15)) == (1437, 1, 1)
    assert hijri(d(2020, 4, 24)) == (1441, 9, 1)
    assert hijri_day(10, 1)(2018) == d(2018, 6, 15)
    assert all(hijri_day(9, 1)(y) is not None for y in range(2015, 2021))
    # the Coptic calendar: Nayrouz on 12 September before a leap year, Nasie's sixth day
    assert coptic(d(2015, 9, 11)) == (1731, 13, 6) and coptic(d(2015, 9, 12)) == (1732, 1, 1)
    assert coptic(d(2016, 9, 11)) == (1733, 1, 1)
    assert coptic(d(2019, 1, 7)) == (1735, 4, 29)  # Christmas, 29 Kiahk
    assert coptic(d(2019, 6, 21)) == (1735, 10, 14)
    # the Kurdish solar year from Newroz, the Amazigh year from the Julian new year
    assert kurdish_solar(d(2016, 3, 20)) == (2715, 12, 30)
    assert kurdish_solar(d(2017, 3, 20)) == (2716, 12, 29)
    assert kurdish_solar(d(2016, 3, 21)) == (2716, 1, 1)
    assert kurdish_solar(d(2019, 6, 21)) == (2719, 3, 31)
    assert kurdish_solar(d(2019, 9, 23)) == (2719, 7, 1)
    assert julian(d(2019, 6, 21)) == (2019, 6, 8)
    assert amazigh(d(2016, 1, 14)) == (2966, 1, 1) and amazigh(d(2016, 1, 13)) == (2965, 12, 31)
    # digits, weeks, months, open days, curves, made-up numbers
    assert ar(2016) == "٢٠١٦" and ar(5, 2) == "٠٥" and french_ordinal(1) == "1er"
    assert french_ordinal(56) == "56e"
    assert week_from(d(2019, 6, 23), 2) == d(2019, 6, 19) == week_from(d(2019, 6, 19), 2)
    assert month_from(d(2019, 6, 23)) == d(2019, 6, 1)
    assert open_day(d(2019, 6, 22), (5, 6)) == d(2019, 6, 21)
    assert open_day(d(2019, 6, 22), (4, 5)) == d(2019, 6, 20)
    assert curve(d(2015, 1, 1), (("2015-01-01", 10), ("2015-01-11", 20))) == 10
    assert curve(d(2015, 1, 6), (("2015-01-01", 10), ("2015-01-11", 20))) == 15
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    # the Algiers daily's issues: one more every day but Friday
    assert dz_issue(d(2015, 1, 1)) == 7350 and dz_issue(d(2016, 3, 5)) == 7717
    for day in every_day():
        step = dz_issue(day) - dz_issue(day - one)
        assert step == (0 if day.weekday() == 4 else 1), day
        assert dz_oil(day) == dz_oil(open_day(day, (5, 6))) and 10 < dz_oil(day) < 95
        assert jo_index(day) == jo_index(open_day(day, (4, 5)))
        assert 1500 < jo_index(day) < 2250
        assert rj_pound(day) == rj_pound(week_from(day, 0)) and rj_pound(day) % 5 == 0
        assert kr_ampere(day) == kr_ampere(month_from(day))
        assert om_fuel(day) == om_fuel(max(month_from(day), OM_FLOATED)) or day < OM_FLOATED
        assert 21 <= eg_heat(day) <= 44
        _, number, wednesday = om_issue(day)
        assert wednesday.weekday() == 2 and 1 <= number <= 53
        candles, end = shabbat(day)
        assert candles < end and shabbat(day) == shabbat(week_from(day, 6))
        assert "16:00" < candles < "19:30", (day, candles)
    assert om_issue(d(2016, 3, 5)) == (7, 9, d(2016, 3, 2))
    assert lb_street(d(2020, 7, 14)) > 4 * lb_street(LB_MARKET)
    assert lb_street(d(2020, 7, 14)) % 50 == 0
    assert rj_pound(d(2020, 6, 10)) > 5 * rj_pound(d(2015, 2, 2))
    assert dz_oil(d(2020, 4, 21)) < 20 < 80 < dz_oil(d(2018, 10, 3))
    assert om_fuel(d(2015, 6, 1)) == (114, 120, 146)
    assert om_fuel(d(2018, 10, 20))[0] > om_fuel(d(2016, 2, 1))[0] + 50
    # Israel's clocks: summer time from the Friday before the last Sunday of March
    assert il_zone(d(2019, 3, 28)) == 2 and il_zone(d(2019, 3, 29)) == 3
    assert il_zone(d(2019, 10, 26)) == 3 and il_zone(d(2019, 10, 27)) == 2
    # Tunisia's state of emergency: in force, lifted in 2015, extended to the day announced
    assert tn_emergency(d(2015, 6, 1)) is None and tn_emergency(d(2015, 10, 20)) is None
    assert tn_emergency(d(2015, 7, 4)) == d(2015, 8, 2)
    assert tn_emergency(d(2020, 6, 1)) == d(2020, 7, 29)
    assert all(tn_emergency(day) is not None for day in every_day() if day >= d(2015, 11, 24))
    ends = [dt.date.fromisoformat(last) for _, last in TN_EMERGENCY]
    assert ends == sorted(ends)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LB, "tarikh", old, "بيروت، السبت 5 آذار 2016")
    full(LB, "tarikh", new, r"الجمعة 21 حزيران 2019 الموافق 1[789] شوال 1440 هـ")
    full(QA, "tahdith", old, r"آخر تحديث: 5 مارس 2016 - \d\d:\d\d \(بتوقيت الدوحة\)")
    full(QA, "tahdith", new, r"الجمعة 1[789] شوال 1440 هـ - 21 يونيو 2019 م")
    full(QA, "adad", BLOCKADE, "⏳ اليوم 1 من الحصار · 1995 يوم على انطلاق كأس العالم 2022")
    full(QA, "adad", old, r"⏳ 2452 يوم على انطلاق كأس العالم 2022")
    full(DZ, "numero", old, "Samedi 5 mars 2016 — N° 7717")
    full(DZ, "numero", new, r"N° \d{4} \| Publié le 21/06/2019 à \d\d:\d\d")
    full(IL, "taarich", old, "חיפה, שבת, 5 במרץ 2016")
    full(IL, "taarich", new, r"21\.06\.19 \| \d\d:\d\d")
    full(JO, "dateline", old, r"AMMAN, March 5 \(Balqa Wire\) -")
    full(JO, "dateline", new, r"Amman, Friday 21 June 2019 — \d\d:\d\d local time")
    full(JO, "arabic-dateline", old, "عمّان 5 آذار 2016 - خدمة الأخبار العربية")
    full(KR, "berwar", old, "سلێمانی، ٥ی ئاداری ٢٠١٦")
    full(KR, "berwar", new, r"هەینی ٢٠١٩/٦/٢١ \| ٣١ی جۆزەردانی ٢٧١٩ی کوردی")
    full(TN, "date", old, "Sfax, le samedi 5 mars 2016")
    full(TN, "date", new, "21/06/2019 · الجمعة 21 جوان 2019")
    full(AM, "asakud", old, "ⴰⵙⵉⴹⵢⴰⵙ 5 ⵎⴰⵕⵚ 2016")
    full(AM, "asakud", new, "ⴰⵙⵉⵎⵡⴰⵙ 21 ⵢⵓⵏⵢⵓ 2019 · ⵣ 8 ⵢⵓⵏⵢⵓ 2969")
    full(RJ, "dirok", old, "Qamişlo - 5 Adar 2016")
    full(RJ, "dirok", new, r"În, 21\.06\.2019 - \d\d:\d\d")
    full(OM, "issue", old, "Vol. 7, No. 9 · Wednesday 2 March 2016")
    full(OM, "dateline", old, "Muscat, March 5, 2016")
    full(OM, "dateline", new, r"21 June 2019 \| Friday, 1[789] Shawwal 1440 AH")
    full(KB, "azemz", old, "Paris, le 5 mars 2016")
    full(KB, "azemz", new, "Ljemɛa, 21 Yunyu 2019")
    full(EG, "tarikh", old, "أسوان - ٥ مارس ٢٠١٦")
    full(EG, "tarikh", new, "الجمعة ٢١ يونيو ٢٠١٩ م - ١٤ بؤونة ١٧٣٥ ق")
    full(LB, "dollar", old, "💵 سعر صرف الدولار الرسمي: 1507.5 ليرة لبنانية")
    full(LB, "dollar", d(2020, 7, 14), r"💵 الدولار في السوق الموازية اليوم: \d,\d{3} ليرة · "
                                       r"السعر الرسمي 1507\.5")
    full(DZ, "petrole", new, r"🛢️ Sahara Blend : \d\d,\d\d \$ le baril")
    full(IL, "shabbat", new, r"🕯️ כניסת השבת בחיפה: 19:\d\d · צאת השבת: 20:\d\d")
    full(JO, "bourse", new, r"📈 ASE general index closed at 1,\d{3}\.\d\d points")
    full(KR, "ampere", new, r"⚡ نرخی ئەمپێری مۆلیدە بۆ مانگی حوزەیران: [٠-٩]{4,5} دینار")
    full(RJ, "dolar", new, r"💵 Dolar li bazara Qamişlo vê hefteyê: \d{3} SYP")
    full(OM, "fuel", new, r"⛽ Fuel this month: M91 \d{3} bz · M95 \d{3} bz · diesel \d{3} bz "
                          r"a litre")
    full(EG, "harara", new, r"🌡️ العظمى في أسوان اليوم [٠-٩]{2} درجة")
    full(TN, "urgence", new, "⚠️ État d'urgence en vigueur sur tout le territoire jusqu'au 5 "
                             "juillet 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        hy, hm, hd = hijri(day)
        assert on(LB, "tarikh", day).startswith("بيروت") == (day < LB_REDESIGN)
        if day >= LB_REDESIGN:
            assert f"الموافق {hd} " in on(LB, "tarikh", day) and f" {hy} هـ" in on(
                LB, "tarikh", day)
        assert on(QA, "tahdith", day).startswith("آخر تحديث") == (day < QA_REDESIGN)
        assert ("الحصار" in on(QA, "adad", day)) == (BLOCKADE <= day < BLOCKADE_END)
        assert f" {(WORLD_CUP - day).days} يوم" in on(QA, "adad", day)
        dz = on(DZ, "numero", day)
        assert f"N° {dz_issue(day)}" in dz and dz.startswith("N°") == (day >= DZ_REDESIGN)
        assert on(IL, "taarich", day).startswith("חיפה") == (day < IL_REDESIGN)
        assert on(JO, "dateline", day).startswith("AMMAN") == (day < JO_STYLE)
        kr = on(KR, "berwar", day)
        assert kr.startswith("سلێمانی") == (day < KR_REDESIGN) and not ASCII_DIGIT.search(kr)
        if day >= KR_REDESIGN:
            ky, _, kd = kurdish_solar(day)
            assert f"| {ar(kd)}ی " in kr and f"{ar(ky)}ی کوردی" in kr
        assert on(TN, "date", day).startswith("Sfax") == (day < TN_REDESIGN)
        am = on(AM, "asakud", day)
        assert (" · ⵣ " in am) == (day >= AM_REDESIGN) and not re.search(r"[A-Za-z]", am)
        if day >= AM_REDESIGN:
            assert am.endswith(f" {amazigh(day)[0]}")
        assert on(RJ, "dirok", day).startswith("Qamişlo") == (day < RJ_REDESIGN)
        assert on(OM, "dateline", day).startswith("Muscat") == (day < OM_REDESIGN)
        assert on(KB, "azemz", day).startswith("Paris") == (day < KB_REDESIGN)
        eg = on(EG, "tarikh", day)
        assert eg.startswith("أسوان") == (day < EG_REDESIGN) and not ASCII_DIGIT.search(eg)
        if day >= EG_REDESIGN:
            cy, cm, cd = coptic(day)
            assert eg.endswith(f"- {ar(cd)} {COPTIC_MONTHS[cm - 1]} {ar(cy)} ق"), eg
    for key, texts in seen.items():
        if key == (JO, "dateline"):  # the wire's old datelines name no year
            assert len(texts) >= 366 + (every_day()[-1] - JO_STYLE).days, key
            continue
        assert len(texts) == len(every_day()), key
    assert on(JO, "dateline", d(2016, 3, 5)) == on(JO, "dateline", d(2017, 3, 5))
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    street = changes(LB, "dollar")
    assert min(street) == LB_MARKET and len(street) >= 300
    assert len({on(LB, "dollar", day) for day in every_day() if day < LB_MARKET}) == 1
    for domain, family, closed in ((DZ, "petrole", (5, 6)), (JO, "bourse", (4, 5))):
        turned = changes(domain, family)
        assert len(turned) >= 1000 and all(day.weekday() not in closed for day in turned)
    for domain, family, weekday in ((IL, "shabbat", 6), (RJ, "dolar", 0), (OM, "issue", 2)):
        turned = changes(domain, family)
        assert len(turned) >= 150, (domain, family)
        assert all(day.weekday() == weekday for day in turned), (domain, family)
    for domain, family in ((KR, "ampere"), (OM, "fuel")):
        turned = changes(domain, family)
        assert len(turned) >= 45 and all(day.day == 1 or day == OM_FLOATED for day in turned)
    assert min(changes(OM, "fuel")) == OM_FLOATED
    assert len(changes(EG, "harara")) >= 800
    assert len({on(EG, "harara", day) for day in every_day()}) >= 15
    # the state of emergency: a new end day on each extension, the numbers when lifted
    turned = changes(TN, "urgence")
    assert len(turned) == len(TN_EMERGENCY) + 1  # each extension, and the lifting in 2015
    assert "Numéros utiles" in on(TN, "urgence", d(2015, 10, 3))
    assert "2 octobre 2015" in on(TN, "urgence", d(2015, 9, 1))
    assert "23 juin 2021" in on(TN, "urgence", d(2020, 12, 31))
    # Shabbat in summer time and in winter
    assert on(IL, "shabbat", d(2019, 6, 16)).startswith("🕯️ כניסת השבת בחיפה: 19:")
    assert on(IL, "shabbat", d(2019, 12, 15)).startswith("🕯️ כניסת השבת בחיפה: 16:")
    # the countdown and the blockade's days
    assert "اليوم 1310 من الحصار" in on(QA, "adad", BLOCKADE_END - one)
    assert "الحصار" not in on(QA, "adad", BLOCKADE - one)


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "Midday break" in on(OM, "season", d(y, 6, 10))
        assert "Khareef" in on(OM, "season", d(y, 8, 1))
        assert "Cooler evenings" in on(OM, "season", d(y, 10, 1))
        assert "Camping" in on(OM, "season", d(y, 1, 15))
        assert "الصيف" in on(EG, "mawsim", d(y, 7, 1))
        assert "الموسم السياحي" in on(EG, "mawsim", d(y, 12, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Beirut: Independence and the Army with counts, Easter by both computus, the crises
    assert counts_in(LB, "tanbih", r"عيد الاستقلال الـ(\d+)") == {str(n) for n in range(72, 77)}
    # 2015's Army day fell in the garbage crisis's notice
    assert counts_in(LB, "tanbih", r"عيد الجيش الـ(\d+)") == {str(n) for n in range(71, 76)}
    assert counts_in(LB, "tanbih", r"فصح مجيد (\d{4}):") == years - {"2020"}
    assert counts_in(LB, "tanbih", r"للطوائف الشرقية (\d{4})") == {"2015", "2016", "2018",
                                                                  "2019"}
    for y in (2015, 2016, 2018, 2019):
        assert orthodox_easter(y) != easter(y)
        assert "الشرقية" in on(LB, "tanbih", orthodox_easter(y))
    assert "النفايات" in on(LB, "tanbih", d(2015, 8, 10))
    assert "رئيس للجمهورية" in on(LB, "tanbih", d(2016, 10, 31))
    assert "الانتفاضة" in on(LB, "tanbih", d(2019, 10, 20))
    assert "انفجار المرفأ" in on(LB, "tanbih", d(2020, 8, 5))
    assert "منع تجول" in on(LB, "tanbih", d(2020, 11, 22))
    for y in range(2015, 2021):
        eid = hijri_day(10, 1)(y)
        assert eid is not None
        if not d(2020, 3, 15) <= eid <= d(2020, 5, 3):
            assert "عيد فطر" in on(LB, "tanbih", eid)
    # Doha: the blockade, two championships, Ramadan by the Hijri calendar, the Sports Day
    assert "قطع العلاقات" in on(QA, "tanbih", BLOCKADE)
    assert "ألعاب القوى" in on(QA, "tanbih", d(2019, 10, 1))
    assert "للأندية" in on(QA, "tanbih", d(2019, 12, 15))
    assert counts_in(QA, "tanbih", r"برامج رمضان (\d{4})") == years - {"2020"}
    assert counts_in(QA, "tanbih", r"اليوم الرياضي للدولة (\d{4})") == years
    assert "اليوم الوطني" in on(QA, "tanbih", d(2017, 12, 18))
    # Algiers: the Hirak's Fridays one by one, the votes put off and the referendum
    assert "1er vendredi du Hirak" in on(DZ, "avis", HIRAK_FIRST)
    assert "1er vendredi du Hirak" in on(DZ, "avis", HIRAK_FIRST + one)
    assert "Hirak" not in on(DZ, "avis", HIRAK_FIRST + 2 * one)
    assert "Facebook" in on(DZ, "avis", d(2019, 8, 28))
    assert "newsletter" in on(DZ, "avis", d(2019, 9, 1))
    assert "56e vendredi" in on(DZ, "avis", HIRAK_LAST)
    fridays = counts_in(DZ, "avis", r"(\d+)(?:er|e) vendredi du Hirak")
    assert len(fridays) >= 50 and fridays <= {str(n) for n in range(1, 57)}
    assert "reportée" in on(DZ, "avis", d(2019, 3, 12))
    assert "n'aura pas lieu" in on(DZ, "avis", d(2019, 6, 3))
    assert "12 décembre" in on(DZ, "avis", d(2019, 12, 13))  # a Friday: the vote wins
    assert "Référendum" in on(DZ, "avis", d(2020, 11, 1))
    # 5 July 2019 was a Friday of the Hirak
    assert counts_in(DZ, "avis", r"(\d+)e anniversaire de l'indépendance") == {
        str(n) for n in range(53, 59)} - {"57"}
    assert "20e vendredi" in on(DZ, "avis", d(2019, 7, 5))
    # 1 November 2019 was a Friday of the Hirak, 2020's the referendum's day
    assert counts_in(DZ, "avis", r"(\d+)e anniversaire du déclenchement") == {
        str(n) for n in range(61, 65)}
    assert "37e vendredi" in on(DZ, "avis", d(2019, 11, 1))
    assert counts_in(DZ, "avis", r"Bonne année (\d{4})") == {str(n) for n in range(2965, 2971)}
    # Haifa: four Knesset elections, Rosh Hashanah's Hebrew years, Independence's count
    assert counts_in(IL, "hodaa", r"לכנסת ה-(\d+)") == {"20", "21", "22", "23"}
    for y, day in ROSH_HASHANAH.items():
        if y < 2020:
            assert HEBREW_YEARS[y] in on(IL, "hodaa", dt.date.fromisoformat(day))
    assert "סגר שני" in on(IL, "hodaa", dt.date.fromisoformat(ROSH_HASHANAH[2020]))
    assert counts_in(IL, "hodaa", r"(\d+) שנות עצמאות") == {str(n) for n in range(67, 72)}
    assert "השריפה" in on(IL, "hodaa", d(2016, 11, 25))
    assert "בוטל" in on(IL, "hodaa", d(2020, 12, 5))
    assert "ואדי ניסנאס" in on(IL, "hodaa", d(2018, 12, 14))
    assert all(on(IL, "hodaa", dt.date.fromisoformat(day)).startswith("🇮🇱")
               for y, day in ATZMAUT.items() if y < 2020)
    # Amman: the Friday curfews one by one, the votes, the protests, the counts
    curfews = days_with(JO, "notice", "Friday lockdown")
    assert len(curfews) >= 10 and all(day.weekday() == 4 for day in curfews)
    assert d(2020, 11, 13) not in curfews and "Four-day" in on(JO, "notice", d(2020, 11, 13))
    assert counts_in(JO, "notice", r"its (\d+)(?:st|nd|rd|th) Independence") == {
        str(n) for n in range(69, 75)}
    assert counts_in(JO, "notice", r"King Abdullah II turns (\d+)") == {
        str(n) for n in range(53, 59)}
    assert "income tax" in on(JO, "notice", d(2018, 6, 1))
    assert "Dead Sea" in on(JO, "notice", d(2018, 10, 26))
    # Sulaymaniyah: Newroz with the Kurdish year, Halabja's count, the referendum, Kirkuk
    assert counts_in(KR, "agahdari", r"پیرۆز بێت! (\S+)") == {ar(n) for n in range(2715, 2720)}
    assert counts_in(KR, "agahdari", r"🕯️ (\S+) ساڵ") == {ar(n) for n in range(27, 32)}
    assert "ڕیفراندۆمی" in on(KR, "agahdari", d(2017, 9, 25))
    assert "کەرکووک" in on(KR, "agahdari", d(2017, 10, 17))
    assert "قەدەغەی هاتوچۆ" in on(KR, "agahdari", d(2020, 3, 21))
    # Sfax: four votes, the Revolution and Independence with their counts
    assert counts_in(TN, "avis", r"(\d+)e anniversaire de la Révolution") == {
        str(n) for n in range(4, 10)}
    assert counts_in(TN, "avis", r"Indépendance : (\d+)e") == {str(n) for n in range(59, 65)}
    assert "second tour" in on(TN, "avis", d(2019, 10, 12))
    assert "culture arabe" in on(TN, "avis", d(2016, 7, 25))
    # Agadir: Yennayer's years, the Throne and the Green March, Timitar (none in 2020)
    assert counts_in(AM, "talghut", r"ⴰⵎⴰⵢⵏⵓ (\d{4})") == {str(n) for n in range(2965, 2971)}
    assert counts_in(AM, "talghut", r"Trône : (\d+)e") == {str(n) for n in range(16, 22)}
    assert counts_in(AM, "talghut", r"(\d+)e anniversaire de la Marche") == {
        str(n) for n in range(40, 46)}
    assert counts_in(AM, "talghut", r"Timitar (\d{4}) :") == {str(y) for y in TIMITAR}
    assert "n'aura pas lieu" in on(AM, "talghut", d(2020, 6, 28))
    assert "Urgence sanitaire" in on(AM, "talghut", d(2020, 4, 1))
    # Qamishli: Newroz's years, Kobani's count, the offensives
    assert counts_in(RJ, "agahi", r"Newroz pîroz be! (\d{4})") == {
        str(n) for n in range(2715, 2721)}
    # 2018's fell in the weeks of Afrin
    assert counts_in(RJ, "agahi", r"Salvegera (\d+)\.") == {"1", "2", "4", "5"}
    assert "Efrînê" in on(RJ, "agahi", d(2018, 2, 1))
    assert "Serêkaniyê" in on(RJ, "agahi", d(2019, 10, 15))
    # Muscat: National and Renaissance Days, a cyclone, the Sultan's death, the isolation
    assert counts_in(OM, "notice", r"Happy (\d+)(?:st|nd|rd|th) National Day") == {
        str(n) for n in range(45, 51)}
    assert counts_in(OM, "notice", r"(\d+)(?:st|nd|rd|th) Renaissance Day") == {
        str(n) for n in range(45, 50)}
    assert "Mekunu" in on(OM, "notice", d(2018, 5, 25))
    assert "Sultan Qaboos" in on(OM, "notice", d(2020, 1, 12))
    assert "isolation" in on(OM, "notice", d(2020, 5, 1))
    # Paris: the Sunday rallies, the consular votes, the counts
    rallies = days_with(KB, "tamlilt", "République")
    assert len(rallies) >= 45 and all(day.weekday() == 6 for day in rallies)
    assert "consulats" in on(KB, "tamlilt", d(2019, 12, 8))
    assert counts_in(KB, "tamlilt", r"Aseggas ameggaz (\d{4})") == {
        str(n) for n in range(2965, 2971)}
    assert counts_in(KB, "tamlilt", r"Tafsut Imaziɣen : (\d+) ans") == {
        str(n) for n in range(35, 40)}
    assert counts_in(KB, "tamlilt", r"(\d+) ans sans Matoub") == {str(n) for n in range(17, 23)}
    # Aswan: the sun at Abu Simbel twice a year, Sham el-Nessim, the governorate's day
    for y in range(2015, 2021):
        assert "أبو سمبل" in on(EG, "tanbih", d(y, 2, 22))
        assert "أبو سمبل" in on(EG, "tanbih", d(y, 10, 22))
        if y != 2020:
            assert "شم النسيم" in on(EG, "tanbih", orthodox_easter(y) + one)
    assert counts_in(EG, "tanbih", r"محافظة أسوان (\S+)") == {ar(y) for y in range(2015, 2021)}
    assert "الاستفتاء" in on(EG, "tanbih", d(2019, 4, 21))
    assert "حظر التجوال" in on(EG, "tanbih", d(2020, 4, 20))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LB, "kataba", LB_REDESIGN, "كتب", "| Nida al-Arz"),
        (LB, "iqra", d(2019, 3, 4), "اقرأ أيضاً:", "🔗"),
        (LB, "sir", d(2020, 2, 3), "2000 ل.ل.", "3000 ل.ل."),
        (LB, "sir", d(2020, 9, 1), "3000 ل.ل.", "الاشتراك الرقمي"),
        (LB, "huquq", d(2018, 1, 1), "© {year}", "إذن خطي"),
        (LB, "tanbih", d(2019, 2, 11), "فيسبوك", "واتساب"),
        (QA, "murasil", QA_REDESIGN, "مراسل", "{author}"),
        (QA, "shahid", d(2017, 9, 3), "شاهد أيضاً", "▶️"),
        (QA, "taraddud", d(2018, 7, 1), "11766", "12303"),
        (QA, "huquq", d(2017, 1, 1), "© {year} Qanat", "جميع الحقوق"),
        (QA, "tanbih", d(2019, 6, 3), "تطبيق", "الإشعارات"),
        (DZ, "signature", DZ_REDESIGN, "Par {author}", "— Alger"),
        (DZ, "prix", d(2017, 1, 1), "20 DA", "30 DA"),
        (DZ, "droits", d(2019, 1, 1), "Tous droits", "Reproduction interdite"),
        (IL, "meet", IL_REDESIGN, "מאת:", "חדשות חיפה"),
        (IL, "kra-od", d(2019, 5, 1), "קראו עוד", "עוד באתר"),
        (IL, "chalukah", d(2020, 3, 19), "ובקריות", "PDF"),
        (IL, "hodaa", d(2019, 1, 6), "פייסבוק", "ווטסאפ"),
        (JO, "credits", JO_STYLE, "Editing by", "in Amman"),
        (JO, "notice", d(2018, 10, 1), "Subscribe", "Morning Brief"),
        (KR, "nusin", KR_REDESIGN, "نووسینی", "ڕاپۆرتی"),
        (KR, "pishtgiri", d(2019, 6, 1), "سەربەخۆ", "FastPay"),
        (KR, "maf", d(2019, 1, 1), "پارێزراون", "ئاماژەدان"),
        (KR, "agahdari", d(2018, 10, 15), "فەیسبووک", "تێلیگرام"),
        (TN, "auteur", TN_REDESIGN, "Par {author}", "— La Voix"),
        (TN, "a-lire", d(2019, 9, 2), "A lire aussi:", "👉"),
        (TN, "prix", d(2018, 1, 2), "900 millimes", "1 200 millimes"),
        (TN, "droits", d(2018, 1, 1), "Tous droits", "même partielle"),
        (TN, "avis", d(2019, 4, 1), "Facebook", "WhatsApp"),
        (AM, "ufus", AM_REDESIGN, "ⵙ ⵓⴼⵓⵙ ⵏ:", "Par {author}"),
        (AM, "ghr", d(2019, 1, 14), "ⵖⵔ ⴰⵡⴷ:", "Lire aussi"),
        (AM, "tiwizi", d(2019, 1, 14), "indépendante", "{dh} DH"),
        (AM, "talghut", d(2018, 9, 3), "Facebook", "YouTube"),
        (RJ, "nivisar", RJ_REDESIGN, "Nûçe:", "/ Rojeva"),
        (RJ, "agahi", d(2019, 6, 3), "Facebookê", "Telegramê"),
        (OM, "byline", OM_REDESIGN, "By {author}", "| Muscat"),
        (OM, "price", d(2018, 1, 3), "200 baisa", "300 baisa"),
        (OM, "notice", d(2018, 4, 1), "Facebook", "Instagram"),
        (KB, "s-ghur", KB_REDESIGN, "Par", "S ɣur"),
        (KB, "ghr-daghen", KB_REDESIGN, "À lire aussi", "Ɣer daɣen"),
        (KB, "adhesion", d(2018, 1, 1), "Adhésion 2017 : 20 €", "Adhésion 2018 : 25 €"),
        (EG, "kataba", EG_REDESIGN, "كتب:", "متابعة:"),
        (EG, "tanbih", d(2019, 8, 1), "فيسبوك", "واتساب")))
    assert "Facebook" in on(KB, "tamlilt", d(2018, 6, 24))
    assert "Matoub" in on(KB, "tamlilt", d(2018, 6, 25))  # the newsletter's first day
    assert "Ddu d yid-neɣ" in on(KB, "tamlilt", d(2018, 6, 26))
    for y, dues in KB_DUES.items():
        assert on(KB, "adhesion", d(y, 6, 1)).startswith(f"Adhésion {y} : {dues} €")
    assert_groups_reworded(SET, (
        (LB, "tarikh", "بيروت،", "الموافق"),
        (LB, "kataba", "كتب ", "| "),
        (QA, "tahdith", "آخر تحديث", " م"),
        (QA, "shahid", "شاهد أيضاً", "▶️"),
        (DZ, "numero", "mars", "Publié le"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (LB, "tarikh", ARABIC), (LB, "huquq", ARABIC), (QA, "tahdith", ARABIC),
        (QA, "tawasul", ARABIC), (IL, "meet", HEBREW), (IL, "zchuyot", HEBREW),
        (IL, "tguvot", HEBREW), (JO, "huquq", ARABIC), (JO, "arabic-dateline", ARABIC),
        (KR, "berwar", SORANI), (KR, "besh", SORANI + "|" + ARABIC),
        (AM, "asakud", TIFINAGH), (AM, "tazwart", TIFINAGH), (AM, "izerfan", TIFINAGH),
        (AM, "ishhar", ARABIC), (RJ, "dirok", KURMANJI), (RJ, "huquq", ARABIC),
        (EG, "tarikh", ARABIC)))
    tunis = group_lines(SET, TN, "date")
    assert any(re.search(ARABIC, t) for t in tunis) and any("Sfax, le" in t for t in tunis)
    kabyle = [t for t in group_lines(SET, KB, "azemz") if re.search(KABYLE + "|Yunyu|Yulyu", t)]
    french = [t for t in group_lines(SET, KB, "azemz") if t.startswith("Paris, le")]
    assert kabyle and french
    english = [t for t in group_lines(SET, JO, "dateline") if re.search(r"[A-Za-z]", t)]
    assert english
    for style, family in ((KR, "berwar"), (EG, "tarikh"), (AM, "asakud")):
        lines = group_lines(SET, style, family)
        assert lines and not any(re.search(r"[A-Za-z]", t) for t in lines), (style, family)
    for style, family in ((KR, "berwar"), (EG, "tarikh")):
        assert not any(ASCII_DIGIT.search(t) for t in group_lines(SET, style, family))
    assert re.search(SORANI, on(KR, "agahdari", QUIET))
    assert re.search(TIFINAGH, on(AM, "talghut", QUIET))
    assert re.search(KURMANJI, on(RJ, "agahi", QUIET))
    assert re.search(KABYLE, on(KB, "tamlilt", d(2019, 6, 1)))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LB}/tarikh", f"{LB}/kataba", f"{LB}/iqra", f"{LB}/qism",
                         f"{LB}/tanbih", f"{LB}/huquq", f"{LB}/dollar", f"{QA}/tahdith",
                         f"{QA}/adad", f"{QA}/murasil", f"{QA}/shahid", f"{DZ}/numero",
                         f"{DZ}/lire"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LB}/unwan", f"{LB}/ilan", f"{QA}/tawasul", f"{QA}/mubashir", f"{LB}/kahraba",
        f"{DZ}/contributions"))
    assert_carried_share(docs, LB, [
        ("tarikh", 0.65, 0.95), ("tanbih", 0.15, 0.45), ("iqra", 0.4, 0.75),
        ("kahraba", 0.0, 0.1), ("ilan", 0.0, 0.2)])
    assert_carried_share(docs, QA, [("tahdith", 0.6, 0.9), ("tanbih", 0.15, 0.45)])
    for fam in (f"{LB}/iqra", f"{QA}/shahid", f"{DZ}/lire"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{LB}/sura", f"{QA}/sura"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((LB, "sura"), (LB, "ilan"), (QA, "sura"), (DZ, "photo"),
                               (IL, "tsilum"), (JO, "photo"), (KR, "wene"), (TN, "credit"),
                               (AM, "tawlaft"), (AM, "ishhar"), (RJ, "wene"),
                               (OM, "also-read"), (OM, "photo"), (KB, "tugna"),
                               (EG, "iqra"), (EG, "arshif")))
    credits = [norm(t) for t in group_lines(SET, JO, "credits")]
    assert credits and sum(bool(re.fullmatch(r"Reporting by .+; [Ee]diting by .+", t))
                           for t in credits) >= 0.9 * len(credits)
    assert any("in Amman;" in t for t in credits) and any("; Editing" in t for t in credits)


def test_amounts_in_appeals_and_prices() -> None:
    for style, family, pattern, pool_name in (
            (KR, "pishtgiri", r"بە (\d+) دینار", "dinar"),
            (AM, "tiwizi", r"Soutenez-nous : (\d+) DH", "dh")):
        amounts = [m[1] for t in group_lines(SET, style, family)
                   if (m := re.search(pattern, norm(t)))]
        assert amounts and set(amounts) <= pool(SET, style, pool_name), (style, family)
    prices = {y: on(LB, "sir", d(y, 10, 1)) for y in range(2015, 2021)}
    assert "2000 ل.ل." in prices[2015] and "2000 ل.ل." in prices[2019]
    assert "5000 ل.ل." in prices[2020] and "10 دولارات" in prices[2020]
    assert "3000 ل.ل." in on(LB, "sir", d(2020, 5, 1))
    assert "30 DA" in on(DZ, "prix", d(2018, 1, 1)) and "2 000 DA" in on(DZ, "prix",
                                                                       d(2018, 1, 1))
    assert "60 dinars" in on(TN, "prix", d(2019, 1, 1))
    assert "300 baisa" in on(OM, "price", d(2019, 1, 1))
    assert "12 € pour les étudiants" in on(KB, "adhesion", d(2019, 1, 1))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LB, "kahraba"), (QA, "ishara"), (DZ, "coupure"), (IL, "chasima"), (JO, "service"),
        (KR, "riga"), (TN, "sonede"), (AM, "ramsa", 6), (RJ, "av"), (OM, "power"),
        (KB, "greve"), (EG, "maya")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{DZ}/lire", "Lire aussi : "), (f"{JO}/related", "RELATED: "),
        (f"{KR}/bixwenerewe", "بخوێنەرەوە: "), (f"{RJ}/bixwine", "Bixwîne: "),
        (f"{EG}/iqra", "اقرأ أيضاً: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{LB}/iqra", ("اقرأ أيضاً: ", "🔗 اقرأ أيضاً | ")),
                          (f"{QA}/shahid", ("شاهد أيضاً: ", "▶️ شاهد: ")),
                          (f"{IL}/kra-od", ("קראו עוד: ", "📰 עוד באתר: ")),
                          (f"{TN}/a-lire", ("A lire aussi: ", "👉 A lire aussi ➜ ")),
                          (f"{AM}/ghr", ("ⵖⵔ ⴰⵡⴷ: ", "ⵖⵔ ⴰⵡⴷ · Lire aussi : "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    for doc in docs:
        for line in doc.lines:
            if line.label.endswith(("/iqra", "/shahid", "/kra-od", "/a-lire", "/ghr",
                                    "/ghr-daghen", "/also-read")):
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (LB, "ilan", "إعلان"),
        (AM, "ishhar", "إشهار"),
        (EG, "arshif", "(صورة أرشيفية)"),
        (QA, "mubashir", "🔴 البث المباشر: تابعونا على مدار الساعة"),
        (QA, "tawasul", "تابعونا: تويتر | فيسبوك | يوتيوب | إنستغرام"),
        (DZ, "contributions", "Les contributions publiées n'engagent que leurs auteurs."),
        (IL, "tguvot", "התגובות באתר מבטאות את דעת הכותבים בלבד. המערכת רשאית להסיר תגובות "
                       "פוגעניות."),
        (JO, "huquq", "جميع الحقوق محفوظة. يمنع إعادة النشر دون إذن مسبق."),
        (RJ, "huquq", "جميع الحقوق محفوظة، ويمنع النقل إلا بذكر المصدر")))
    assert_group_values_from_pool(SET, (
        (LB, "qism", "qism"), (QA, "bab", "bab"), (DZ, "rubrique", "rubrique"),
        (IL, "mador", "mador"), (KR, "besh", "besh"), (TN, "rubrique", "rubrique"),
        (AM, "tazwart", "tazwart"), (RJ, "bes", "bes"), (KB, "tazwart", "tazwart"),
        (EG, "qism", "qism")))
    for style, family, pattern, pool_name in (
            (LB, "masdar", r"^المصدر: (.+)$", "masdar"),
            (QA, "murasil", r"^(.+) - مراسل .+$|^.+ - (.+)$", "madina"),
            (DZ, "correspondant", r"^De notre correspondant à (.+)$", "wilaya"),
            (DZ, "photo", r"^Photo : (.+)$", "photo"),
            (IL, "tsilum", r"^\(צילום: (.+)\)$", "tsilum"),
            (JO, "additional", r"^Additional reporting by .+ in (.+)$", "mohafaza"),
            (TN, "source", r"^Avec (.+)$", "agence"),
            (RJ, "bajar", r"^(.+) - Nûçegihanê me$", "bajar")):
        values = [m[1] or m[m.lastindex] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    fair_use = [t for t in group_lines(SET, IL, "tsilum") if "סעיף 27א" in t]
    assert fair_use


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LB, "unwan", "الإدارة والتحرير: شارع الحمرا، بناية 00، بيروت · هاتف 01-000000"),
        (QA, "tawasul", "تابعونا: تويتر | فيسبوك | يوتيوب | إنستغرام"),
        (DZ, "contributions", "Les contributions publiées n'engagent que leurs auteurs."),
        (JO, "huquq", "جميع الحقوق محفوظة. يمنع إعادة النشر دون إذن مسبق."),
        (RJ, "huquq", "جميع الحقوق محفوظة، ويمنع النقل إلا بذكر المصدر")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LB: (["sir", "huquq", "unwan"], 3), QA: (["tawasul", "taraddud", "huquq"], 2),
        DZ: (["prix", "contributions", "droits"], 2), IL: (["chalukah", "tguvot", "zchuyot"], 2),
        JO: (["corrections", "copyright", "huquq"], 2), KR: (["pishtgiri", "maf"], 2),
        TN: (["prix", "droits"], 2), AM: (["tirra", "tiwizi", "izerfan"], 2),
        RJ: (["maf", "huquq"], 2), OM: (["price", "copyright"], 2),
        KB: (["tamlilt", "adhesion", "izerfan"], 2), EG: (["tanbih", "huquq"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert LB in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
