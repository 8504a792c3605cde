"""The held-back-194 template set (`tests.bench.heldout_templates_194`): its localised dates
(printed day by day in English, Polish with the months in the genitive, Irish, Icelandic,
Malay and Lao, several changing form on the day of a redesign), the lines that turn every
day, week and month (today's opening hours with bank holidays, Icelandic public holidays and
summer hours, "prices were accurate as of", a rescue's pet of the week, the vaccination
reminder naming the month), the calendars some notices follow (Crufts, fireworks, Christmas,
Easter, heatwaves, kitten season, the Polish 1% tax season and Cat Day, Seachtain na
Gaeilge, Ramadan and the Eids with their Hijri years, Merdeka, Chinese New Year, Lao New
Year, World Rabies Day, Prime Day, Black Friday, an annual general meeting, the 2020
lockdowns), the fees and prices that change over the years, the notices reworded, the lines
in several languages and scripts, the variation it promises, its multi-line blocks and the
hard negatives of its corpus actually occur.

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

from tests.bench.heldout_calendar import easter, last_weekday, nth_weekday, thanksgiving
from tests.bench.heldout_templates_194 import (
    AIDILADHA,
    AIDILFITRI,
    CNY,
    CRUFTS,
    DS_COVID,
    DS_NETBOKUN,
    DS_REDESIGN,
    DS_VERD,
    DV_ARGJALD,
    DV_AUR,
    FIRST_DAY,
    FP_ODWIEDZINY,
    FP_REDESIGN,
    FP_RODO,
    FP_WIRTUALNA,
    GD_DISCLOSURE,
    GD_READERS,
    GD_REDESIGN,
    HEATWAVES,
    HR_APPEAL,
    HR_GDPR,
    HR_LOTTERY,
    HR_REDESIGN,
    HR_REGULATOR,
    HR_SMILE,
    HR_SPONSOR,
    LAST_DAY,
    MB_HOURS,
    MB_LOCKDOWN,
    MB_OOH,
    MB_PLAN,
    MB_REDESIGN,
    MB_VIDEO,
    OW_AFILIACJA,
    OW_CENA,
    OW_NEWSLETTER,
    OW_REDESIGN,
    PKP,
    PRIME_DAYS,
    PW_AFFILIATE,
    PW_DISCLAIMER,
    PW_GDPR,
    PW_REDESIGN,
    PW_SUBS,
    RAMADAN,
    SB_AFILIASI,
    SB_HARGA,
    SB_REDESIGN,
    SD_REDESIGN,
    SD_VAKSIN,
    TA_MICROCHIP,
    TA_RCN,
    TA_REDESIGN,
    TA_SPONSOR,
    VP_EMERGENCY,
    VP_LOCKDOWN,
    VP_RABIES,
    VP_REDESIGN,
    english_bank_holidays,
    first_thursday_after_18_april,
    hijri_year,
    icelandic_holidays,
    monday_of,
    pet_of_the_week,
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
    rendered,
    template,
    wording_changes,
    wording_matches,
    wording_on,
)

SET = "held-back-194"
SITES = ("Pawprint Weekly", "Meadowbank Vets", "Ogon i Wąsy", "Hollybrook Animal Rescue",
         "Sahabat Berbulu", "Dýraspítali Suðurlands", "Fundacja Przystań dla Zwierząt",
         "Tearmann Ainmhithe Chonamara", "ຄລີນິກສັດລ້ຽງວຽງຈັນ", "Good Dog Gear",
         "Klinik Veterinar Seri Damai", "Dýravinir Norðursins")
PW, MB, OW, HR = ("pawprintweekly.co.uk", "meadowbankvets.co.uk", "ogoniwasy.pl",
                  "hollybrookrescue.org.uk")
SB, DS, FP, TA = ("sahabatberbulu.com.my", "dyrasudur.is", "fundacjaprzystan.pl",
                  "tearmannchonamara.ie")
VP, GD, SD, DV = ("vtepetclinic.la", "gooddoggear.com", "klinikseridamai.com.my",
                  "dyravinir-nord.is")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((PW, "dated"), (MB, "dated"), (OW, "data"), (HR, "dated"), (SB, "tarikh"),
         (DS, "dags"), (FP, "data"), (TA, "data"), (VP, "wanthi"), (GD, "dated"),
         (SD, "tarikh"), (DV, "dags"))
# The lines that name the day they are printed on.
EVERY_DAY = ((MB, "today"), (DS, "opid"), (GD, "prices"))
# The notices that follow calendars.
BANNERS = ((PW, "notice"), (MB, "seasonal"), (OW, "komunikat"), (HR, "donate"),
           (SB, "notis"), (DS, "tilkynning"), (FP, "wsparcie"), (TA, "notice"),
           (VP, "prakat"), (GD, "deals"), (SD, "waktu"), (DV, "tilkynning"))
# Amounts in force from given days.
TABLES = ((PW, "subscribe", PW_SUBS), (MB, "plan", MB_PLAN), (OW, "cena", OW_CENA),
          (HR, "sponsor", HR_SPONSOR), (SB, "harga", SB_HARGA), (DS, "verd", DS_VERD),
          (FP, "wirtualna", FP_WIRTUALNA), (TA, "sponsor", TA_SPONSOR),
          (VP, "lakha", VP_RABIES), (SD, "vaksin", SD_VAKSIN), (DV, "argjald", DV_ARGJALD))

# A day none of the notices turns for an event, and each notice's wording on it.
QUIET = d(2015, 6, 3)
FIRST_WORDINGS = {
    PW: "Get Pawprint Weekly's free newsletter every Friday",
    MB: "🐌 Lungworm is spread by slugs and snails: ask us about monthly prevention",
    OW: "Dołącz do nas na Facebooku i Instagramie!",
    SB: "Ikuti kami di Facebook dan Instagram: @sahabatberbulu",
    DS: "Fylgist með okkur á Facebook",
    FP: "Wesprzyj nas: nr konta 12 1090 2590 0000 0001 3456 7890, tytuł „darowizna na cele "
        "statutowe”",
    TA: "Donate · Tabhair síntiús: every euro feeds our animals",
    VP: "ຢ່າລືມພາສັດລ້ຽງມາສັກຢາວັກຊີນຕາມກຳນົດ",
    GD: "Join 40,000 dog people who get our gear picks by email",
    SD: "Waktu operasi: Isnin–Sabtu 9 pagi–9 malam, Ahad dan cuti umum 10 pagi–1 petang",
    DV: "Gerstu félagi og styddu dýravernd á Norðurlandi",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + (
        (MB, "booster"), (HR, "pet-of-the-week")), (
        FIRST_DAY, QUIET, d(2016, 3, 25), d(2017, 3, 9), d(2018, 6, 15), d(2019, 4, 25),
        d(2020, 3, 30), d(2020, 12, 28), LAST_DAY))


def test_helpers() -> None:
    assert english_bank_holidays(2015)[d(2015, 12, 28)] == "Boxing Day"
    assert english_bank_holidays(2016)[d(2016, 12, 27)] == "Christmas Day"
    assert english_bank_holidays(2017)[d(2017, 1, 2)] == "New Year's Day"
    assert "VE Day" in english_bank_holidays(2020)[d(2020, 5, 8)]
    assert d(2020, 5, 4) not in english_bank_holidays(2020)
    assert d(2019, 5, 6) in english_bank_holidays(2019)
    assert all(len(english_bank_holidays(y)) == 8 for y in range(2015, 2021))
    assert [first_thursday_after_18_april(y) for y in (2015, 2018, 2019)] == [
        d(2015, 4, 23), d(2018, 4, 19), d(2019, 4, 25)]
    assert icelandic_holidays(2019)[d(2019, 4, 18)] == "skírdagur"
    assert icelandic_holidays(2019)[d(2019, 8, 5)] == "frídagur verslunarmanna"
    assert icelandic_holidays(2020)[d(2020, 5, 21)] == "uppstigningardagur"
    assert monday_of(d(2019, 6, 23)) == d(2019, 6, 17) == monday_of(d(2019, 6, 17))
    assert [hijri_year(y) for y in (2015, 2020)] == [1436, 1441]
    assert pet_of_the_week(d(2019, 6, 17)) == pet_of_the_week(d(2019, 6, 23))
    assert pet_of_the_week(d(2019, 6, 23)) != pet_of_the_week(d(2019, 6, 24))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PW, "dated", old, "5 March 2016")
    full(PW, "dated", new, r"Published 19 Jun 2020 · \d+ min read")
    full(MB, "dated", old, "Posted 05/03/2016")
    full(MB, "dated", new, "Friday 19 June 2020")
    full(MB, "today", new, "Today, Friday 19 June: open 8am–7pm")
    full(MB, "today", old, "Today, Saturday 5 March: open 8.30am–12.30pm")
    full(MB, "booster", new, "💉 Booster due in June 2020\\? Book your pet's vaccination online")
    full(OW, "data", old, rf"05\.03\.2016, {clock}")
    full(OW, "data", new, rf"Opublikowano: piątek, 19 czerwca 2020, godz\. {clock}")
    full(HR, "dated", old, "Posted on March 5, 2016")
    full(HR, "dated", new, "News · 19 June 2020")
    full(SB, "tarikh", old, "05/03/2016")
    full(SB, "tarikh", new, "Dikemas kini: Jumaat, 19 Jun 2020")
    full(DS, "dags", old, rf"5\.3\.2016 kl\. {clock}")
    full(DS, "dags", new, "Föstudagur 19. júní 2020")
    full(DS, "opid", new, r"Í dag, föstudaginn 19\. júní: opið kl\. 8–16 \(sumaropnun\)")
    full(DS, "opid", d(2020, 6, 17), r"Í dag, miðvikudaginn 17\. júní: lokað "
                                     r"\(þjóðhátíðardagurinn\)\. Bráðavakt í síma 480 1299")
    full(FP, "data", old, r"Dodano: 05\.03\.2016")
    full(FP, "data", new, r"19 czerwca 2020 r\.")
    full(TA, "data", old, "Posted 5 March 2016")
    full(TA, "data", new, "Dé hAoine 19 Meitheamh 2020")
    full(VP, "wanthi", old, "05/03/2016")
    full(VP, "wanthi", new, "ວັນສຸກ, ວັນທີ 19 ມິຖຸນາ 2020")
    full(GD, "dated", old, "Published 03/05/2016")
    full(GD, "dated", new, "Updated June 19, 2020")
    full(GD, "prices", new, r"Prices were accurate as of June 19, 2020, and they change "
                            r"often\.")
    full(SD, "tarikh", old, "5/3/2016")
    full(SD, "tarikh", new, "19 Jun 2020")
    full(DV, "dags", new, r"19\. júní 2020")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    # Today's opening hours name the weekday and the day, not the year: they turn every day.
    for key in EVERY_DAY[:2]:
        assert len(changes(*key)) == len(every_day()) - 1, key
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY[2:]}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(PW, "dated", day).startswith("Published") == (day >= PW_REDESIGN)
        assert on(MB, "dated", day).startswith("Posted") == (day < MB_REDESIGN)
        assert on(OW, "data", day).startswith("Opublikowano") == (day >= OW_REDESIGN)
        assert on(HR, "dated", day).startswith("News") == (day >= HR_REDESIGN)
        assert on(SB, "tarikh", day).startswith("Dikemas kini") == (day >= SB_REDESIGN)
        assert ("kl." in on(DS, "dags", day)) == (day < DS_REDESIGN)
        assert on(FP, "data", day).startswith("Dodano") == (day < FP_REDESIGN)
        assert on(TA, "data", day).startswith("Posted") == (day < TA_REDESIGN)
        assert ("ວັນທີ" in on(VP, "wanthi", day)) == (day >= VP_REDESIGN)
        assert on(GD, "dated", day).startswith("Updated") == (day >= GD_REDESIGN)
        assert ("/" in on(SD, "tarikh", day)) == (day < SD_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_and_month() -> None:
    for day in every_day():
        today = on(MB, "today", day)
        assert f"{day:%A} {day.day} {day:%B}:" in today
        holiday = english_bank_holidays(day.year).get(day)
        if holiday:
            assert f"closed for {holiday}" in today, day
        elif day.weekday() == 6:
            assert "closed" in today, day
        elif MB_LOCKDOWN[0] <= day <= MB_LOCKDOWN[1]:
            assert "urgent cases only" in today, day
        elif day.weekday() < 5 and (day.month, day.day) not in ((12, 24), (12, 31)):
            assert today.endswith("8am–7pm" if day >= MB_HOURS else "8.30am–6.30pm"), day
        opid = on(DS, "opid", day)
        if day in icelandic_holidays(day.year):
            assert "lokað (" in opid, day
        elif day.weekday() < 5 and (day.month, day.day) not in ((12, 24), (12, 31)):
            assert ("sumaropnun" in opid) == (6 <= day.month <= 8), day
    assert "lokað (sumardagurinn fyrsti)" in on(DS, "opid", d(2019, 4, 25))
    assert "lokað (annar í hvítasunnu)" in on(DS, "opid", easter(2018) + 50 * one)
    weekly = changes(HR, "pet-of-the-week")
    assert len(weekly) >= 300 and all(day.weekday() == 0 for day in weekly)
    monthly = changes(MB, "booster")
    assert len(monthly) == 6 * 12 - 1 and all(day.day == 1 for day in monthly)
    pets = {m[1] for t in group_lines(SET, HR, "pet-of-the-week")
            if (m := re.search(r"Pet of the week: ([^,]+),", norm(t)))}
    assert len(pets) >= 5


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    assert on(HR, "donate", d(2015, 2, 3)) == ("Please donate today: £10 could feed a rescue "
                                               "dog for a week.")
    for y, (first, last) in CRUFTS.items():
        assert f"Crufts {y}" in on(PW, "notice", iso(first)), y
        assert f"Crufts {y}" in on(PW, "notice", iso(last)), y
    for first, last in HEATWAVES:
        assert "Heatwave" in on(PW, "notice", iso(first)) and "Heatwave" in on(
            PW, "notice", iso(last))
    for y in range(2015, 2021):
        assert "Fireworks season" in on(PW, "notice", d(y, 11, 5))
        assert f"Christmas {y}" in on(PW, "notice", d(y, 12, 20))
        assert f"Easter {y}" in on(MB, "seasonal", easter(y) - 5 * one) or y == 2020
        assert f"Christmas Appeal {y}" in on(HR, "donate", d(y, 12, 1))
        walk = nth_weekday(y, 9, 6, 2)
        assert f"Sunday {walk.day} September {y}" in on(HR, "donate", walk)
        assert "kitten season" in on(HR, "donate", d(y, 6, 15)) or y == 2020
        assert f"Dzień Kota {y}" in on(OW, "komunikat", d(y, 2, 17))
        assert f"Sylwester {y}" in on(OW, "komunikat", d(y, 12, 31))
        assert f"PIT za {y - 1} r." in on(FP, "wsparcie", d(y, 2, 1))
        assert "KRS" not in on(FP, "wsparcie", d(y, 5, 2))
        assert f"Seachtain na Gaeilge {y}" in on(TA, "notice", d(y, 3, 17))
        assert "Oíche Shamhna" in on(TA, "notice", d(y, 10, 31))
        assert f"ບຸນປີໃໝ່ລາວ 14-16 ເມສາ {y}" in on(VP, "prakat", d(y, 4, 14)) or y == 2020
        assert f"ວັນພະຍາດໝາບ້າໂລກ 28 ກັນຍາ {y}" in on(VP, "prakat", d(y, 9, 28))
        assert f"Black Friday {y}" in on(GD, "deals", thanksgiving(y) + one)
        assert f"Prime Day {y}" in on(GD, "deals", iso(PRIME_DAYS[y][1]))
        assert f"páskana {y}" in on(DS, "tilkynning", easter(y) - 2 * one) or y == 2020
        assert "Flugeldar" in on(DS, "tilkynning", d(y, 12, 31))
        assert "Flugeldar" in on(DV, "tilkynning", d(y, 1, 6))
        agm = last_weekday(y, 3, 3)
        if y < 2020:
            assert f"fimmtudaginn {agm.day}. mars {y}" in on(DV, "tilkynning", agm)
        raya = iso(AIDILFITRI[y])
        assert f"Raya {y}" in on(SB, "notis", raya - 3 * one)
        assert f"Aidilfitri {hijri_year(y)}H" in on(SB, "notis", raya)
        assert f"Aidiladha {hijri_year(y)}H" in on(SB, "notis", iso(AIDILADHA[y]))
        if y < 2020:
            assert f"Ramadan {hijri_year(y)}H" in on(SB, "notis", iso(RAMADAN[y]))
        assert f"{raya.day}–{raya.day + 1}" in on(SD, "waktu", raya - 5 * one)
        assert "Tahun Baru Cina" in on(SD, "waktu", iso(CNY[y]))
    assert found(SB, "notis", r"Merdeka ke-(\d+)") == {str(n) for n in range(58, 64)}
    assert "tiada balik kampung" in on(SB, "notis", d(2020, 5, 20))
    assert "Sarawak" in on(SB, "notis", d(2017, 10, 1))
    assert "PKP" in on(SB, "notis", PKP[0]) and "PKP" in on(SD, "waktu", PKP[1])
    assert "lockdown" in on(PW, "notice", d(2020, 4, 1))
    assert "Emergency appeal" in on(HR, "donate", d(2020, 6, 15))
    assert "urgent cases" in on(MB, "seasonal", d(2020, 4, 10))
    assert "Upał" in on(OW, "komunikat", d(2015, 8, 10))
    assert "Koronawirus" in on(OW, "komunikat", d(2020, 4, 1))
    assert "zamknięte" in on(FP, "wsparcie", d(2020, 4, 1))
    assert "closed to visitors" in on(TA, "notice", d(2020, 5, 1))
    assert "COVID-19" in on(DS, "tilkynning", DS_COVID[0])
    assert "ປິດເມືອງ" in on(VP, "prakat", VP_LOCKDOWN[0])
    assert "ອາຟຣິກາ" in on(VP, "prakat", d(2019, 7, 1))
    assert "frestað" in on(DV, "tilkynning", last_weekday(2020, 3, 3))


def test_notices_reworded_over_the_years() -> None:
    first, second = GD_DISCLOSURE
    assert_reworded_on(SET, (
        (PW, "byline", PW_REDESIGN, "By {author}", "Vet-checked"),
        (PW, "affiliate", PW_AFFILIATE, "contains affiliate", "commission"),
        (PW, "disclaimer", PW_DISCLAIMER, "not a substitute", "doesn't replace a visit"),
        (PW, "notice", PW_GDPR, "free newsletter", "Unsubscribe"),
        (MB, "book", MB_VIDEO, "Book an appointment", "Video consultations"),
        (MB, "out-of-hours", MB_OOH, "Out-of-hours emergencies", "365 days"),
        (OW, "autor", OW_REDESIGN, "Autor:", "Konsultacja"),
        (OW, "afiliacja", OW_AFILIACJA, "partnerskie", "afiliacyjne"),
        (OW, "komunikat", OW_NEWSLETTER, "Facebooku", "newsletter"),
        (HR, "donate", HR_APPEAL, "£10", "£15"),
        (HR, "lottery", HR_LOTTERY, "£1,000", "£2,000"),
        (HR, "shop-giving", HR_SMILE, "Give as you Shop", "smile.amazon"),
        (HR, "regulator", HR_REGULATOR, "Fundraising Standards Board",
         "Fundraising Regulator"),
        (HR, "data", HR_GDPR, "sell or swap", "privacy notice"),
        (SB, "afiliasi", SB_AFILIASI, "mengandungi", "komisen"),
        (DS, "bolusetning", DS_NETBOKUN, "Pantið tíma í síma", "á netinu"),
        (FP, "odwiedziny", FP_ODWIEDZINY, "od wtorku", "umówieniu"),
        (FP, "rodo", FP_RODO, "podziękować", "RODO"),
        (TA, "microchip", TA_MICROCHIP, "surest way", "must now be microchipped"),
        (TA, "charity", TA_RCN, "CHY", "Registered Charity Number"),
        (VP, "pert", VP_EMERGENCY, "ໂມງ", "24 ຊົ່ວໂມງ"),
        (GD, "disclosure", first, "may contain", "reader-supported"),
        (GD, "disclosure", second, "reader-supported", "We test everything"),
        (GD, "deals", GD_READERS, "40,000", "85,000"),
        (DV, "styrkja", DV_AUR, "kt. 500298-1239", "Aur")))
    assert_groups_reworded(SET, (
        (PW, "dated", " 20", "Published "),
        (PW, "byline", "By ", "Vet-checked"),
        (MB, "dated", "Posted ", "day "),
        (OW, "data", ".20", "Opublikowano"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert "GST 6%" in on(SD, "vaksin", d(2016, 1, 1))
    assert "GST 0%" in on(SD, "vaksin", d(2018, 7, 1))
    assert "GST" not in on(SD, "vaksin", d(2018, 9, 1)) + on(SD, "vaksin", d(2015, 3, 31))
    assert "€8 a month" in on(TA, "sponsor", LAST_DAY) and "€8 sa mhí" in on(TA, "sponsor",
                                                                            LAST_DAY)
    assert "10.500 kr." in on(DS, "verd", d(2020, 6, 1))
    assert "80.000 ກີບ" in on(VP, "lakha", d(2020, 6, 1))
    fees = {m[1] for t in group_lines(SET, MB, "plan")
            if (m := re.search(r"from (£[\d.]+) a month", norm(t)))}
    assert len(fees) >= 3


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (VP, "wanthi", r"[0-9]"), (VP, "khamtuean", r"[\u0e80-\u0eff]"),
        (VP, "copyright", r"[\u0e80-\u0eff]"), (VP, "doi", r"[\u0e80-\u0eff]"),
        (OW, "porada", r"[ąęłńóśźż]"), (FP, "opp", r"[ąęłńóśźż]"),
        (DS, "fyrirvari", r"[áðéíóúýþæö]"), (DS, "opid", r"[áðéíóúýþæö]"),
        (DV, "styrkja", r"[áðéíóúýþæö]"), (TA, "buiochas", r"[áéíóú]"),
        (SB, "penafian", r"doktor|veterinar"), (SD, "penafian", r"doktor|veterinar")))
    assert any(re.search(r"[\u0e80-\u0eff]", t) for t in group_lines(SET, VP, "wanthi"))
    assert any(re.search(r"[\u0e80-\u0eff]", t) for t in group_lines(SET, VP, "prakat"))
    assert any(re.search(r"Dé |Déardaoin", t) for t in group_lines(SET, TA, "data"))
    assert any(re.search(r"(czerwca|lipca|sierpnia|września)", t)
               for t in group_lines(SET, OW, "data"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PW}/dated", f"{PW}/byline", f"{PW}/related", f"{PW}/kicker",
                         f"{PW}/pick", f"{PW}/photo", f"{PW}/copyright", f"{MB}/dated",
                         f"{MB}/writer", f"{MB}/today", f"{OW}/data", f"{OW}/czytaj"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PW}/publisher", f"{PW}/advert", f"{MB}/disclaimer", f"{MB}/accredited",
        f"{OW}/porada", f"{OW}/reklama", f"{HR}/charity"))
    assert_carried_share(docs, PW, [
        ("dated", 0.8, 0.98), ("related", 0.55, 0.85), ("correction", 0.0, 0.1),
        ("affiliate", 0.12, 0.4), ("notice", 0.15, 0.45)])
    assert_carried_share(docs, MB, [("dated", 0.7, 0.97), ("out-of-hours", 0.35, 0.65),
                                    ("update", 0.0, 0.12)])
    for fam in (f"{PW}/related", f"{PW}/advert", f"{OW}/reklama", f"{SB}/iklan"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((PW, "pick"), (PW, "photo"), (OW, "foto"), (HR, "homes"),
                               (SB, "baka"), (DS, "mynd"), (FP, "adopcja"), (TA, "adopt"),
                               (VP, "khosana"), (SD, "temujanji")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PW, "correction", 16), (MB, "update"), (OW, "aktualizacja"), (HR, "reserved"),
        (SB, "pembetulan"), (DS, "leidretting"), (FP, "aktualizacja"), (TA, "adopted"),
        (VP, "kaekhai"), (GD, "editors-note"), (SD, "nota"), (DV, "leidretting")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PW}/related", "Related: "), (f"{OW}/czytaj", "Czytaj także: "),
        (f"{SB}/baca", "Baca juga: "), (f"{TA}/leigh", "Léigh tuilleadh / Read more: "),
        (f"{VP}/aan", "ອ່ານເພີ່ມເຕີມ: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (PW, "advert", "Advertisement"), (OW, "reklama", "REKLAMA"), (SB, "iklan", "IKLAN"),
        (VP, "khosana", "ໂຄສະນາ"), (GD, "check-price", "Check price on Amazon")))
    assert_group_values_from_pool(SET, (
        (PW, "kicker", "kicker"), (OW, "dzial", "dzial"), (SB, "kategori", "kategori"),
        (DS, "flokkur", "flokkur")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PW, "advert", "Advertisement"),
        (PW, "disclaimer", "Our advice is general and doesn't replace a visit to your vet. "
                           "If you're worried about your pet, call your practice."),
        (OW, "porada", "Porady zamieszczone w serwisie mają charakter informacyjny i nie "
                       "zastępują wizyty u lekarza weterynarii."),
        (MB, "disclaimer", "This advice is general. If you are worried about your pet, please "
                           "contact the practice.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PW: (["publisher", "copyright"], 2),
        MB: (["out-of-hours", "disclaimer", "accredited", "company"], 3),
        OW: (["wydawca", "prawa"], 2),
        HR: (["gift-aid", "regulator", "data", "charity"], 3),
        SB: (["iklan-hubungi", "hakcipta"], 2),
        DS: (["simi", "copyright"], 2),
        FP: (["wolontariat", "rodo", "opp"], 2),
        TA: (["buiochas", "charity"], 2),
        VP: (["thiyu", "copyright"], 2),
        SD: (["alamat", "telefon", "hakcipta"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
