"""The held-back-137 template set (`tests.bench.heldout_templates_137`): its localised dates
(printed day by day in English, Spanish, Polish, Arabic with the Hijri date in Arabic-Indic
digits, Hebrew, Hindi, Korean and Punjabi with the Nanakshahi date, several changing form on a
redesign day), the lines that turn every day, week and month (the liturgical day, the day's
readings, name days, the lunar day, the Hukamnama, prayer times, Shabbat times, Sunday
readings, the next observance day by the moon, the Pope's intention), the calendars some
notices follow (Advent, Lent, Holy Week, Ramadan and the Eids, the High Holidays, Pesach and
Hanukkah, Israel's elections, Hindu fasts and festivals, Gurpurab and Vaisakhi, Wesak and
Kathina, Reformation and Thanksgiving Sundays, Giving Tuesday, tax seasons, the 2020
closures), the prices and appeal amounts that change over the years, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

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
from tests.bench.heldout_templates_137 import (
    ARAFAH,
    BS_REDESIGN,
    CL_COMMENTS,
    CL_PRICES,
    CL_REDESIGN,
    DIA_DIOCESANA,
    DIWALI,
    DW_REDESIGN,
    DW_SAFEGUARDING,
    DW_SERVICES,
    FIRST_DAY,
    GDPR,
    GP_CENA,
    GP_REDESIGN,
    GP_RIGHTS,
    GURPURAB,
    HANUKKAH,
    HB_GUIDOK,
    HB_KAKAO,
    HB_REDESIGN,
    HEBREW_YEAR_LETTERS,
    HF_FEED,
    HF_MATCH,
    HF_PRAYER,
    HF_REDESIGN,
    HOLI,
    IV_BIZUM,
    IV_PRECIO,
    IV_REDESIGN,
    JANMASHTAMI,
    KATHINA,
    KG_REDESIGN,
    KG_TELEGRAM,
    LAST_DAY,
    LP_CLASSES,
    LP_REDESIGN,
    NAVRATRI,
    NH_APP,
    NH_REDESIGN,
    NH_ZAKAT,
    PESACH,
    RAMADAN,
    ROSH_HASHANAH,
    SHIVARATRI,
    SS_ONLINE,
    SS_REDESIGN,
    VJ_NEWSLETTER,
    VJ_REDESIGN,
    WESAK,
    advent_sunday,
    arabic,
    baptism_of_the_lord,
    hebrew_year,
    hijri,
    israel_summer_time,
    liturgical,
    liturgical_day,
    nanakshahi,
    next_observance,
    prayer_times,
    shabbat_friday,
    sunday_cycle,
    tithi,
    us_summer_time,
    vikram_samvat,
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

SET = "held-back-137"
SITES = ("The Catholic Lantern", "Harvest Fields Mission", "The Valley Jewish Chronicle",
         "Iglesia en Valdeolmos", "Głos Parafii", "نور الهدى", "קול הגבעה", "भक्ति संदेश",
         "한빛기독신문", "ਸਾਂਝੀ ਸੰਗਤ", "Lotus Path", "Diocese of Wexcombe")
CL, HF, VJ, IV = ("catholiclantern.co.uk", "harvestfieldsmission.org",
                  "valleyjewishchronicle.com", "iglesiavaldeolmos.es")
GP, NH, KG, BS = ("glosparafii.pl", "nooralhuda.com.kw", "kolhagiva.co.il", "bhaktisandesh.in")
HB, SS, LP, DW = ("hanbitnews.co.kr", "sanjhisangat.ca", "lotuspathjournal.org",
                  "dioceseofwexcombe.org.uk")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((CL, "dated"), (HF, "dated"), (VJ, "dated"), (IV, "fecha"), (GP, "data"),
         (NH, "tarikh"), (KG, "taarich"), (BS, "dinank"), (HB, "ipryeok"), (SS, "mitti"),
         (LP, "dated"), (DW, "dated"))
# The lines that name the day they are printed on (with the day's readings, so no two days
# print the same line).
EVERY_DAY = ((CL, "readings"), (IV, "evangelio"), (GP, "czytania"))
# The lines that name the day and month (not the year) they are printed on.
EVERY_DAY_OF_YEAR = ((GP, "imieniny"), (NH, "mawaqit"), (BS, "panchang"), (HB, "malsseum"),
                     (SS, "hukamnama"))
# The lines that turn every day without naming it (the day of the liturgical calendar).
LITURGY = ((CL, "liturgy"), (IV, "liturgia"))
# The lines that turn every week or every quarter of the moon.
WEEKLY = ((VJ, "candles"), (KG, "zmanim"), (DW, "readings"), (LP, "uposatha"))
# The notices that follow calendars.
BANNERS = ((CL, "appeal"), (HF, "give"), (VJ, "notice"), (IV, "campana"), (GP, "wesprzyj"),
           (NH, "tanbih"), (KG, "hodaa"), (BS, "vrat"), (HB, "gongji"), (SS, "suchna"),
           (LP, "notice"), (DW, "giving"))
# Amounts in force from given days.
TABLES = ((IV, "precio", IV_PRECIO), (GP, "cena", GP_CENA), (HB, "guidok", HB_GUIDOK),
          (LP, "classes", LP_CLASSES), (DW, "services", DW_SERVICES))

QUIET = d(2015, 8, 5)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    CL: "Subscribe to The Catholic Lantern from £4.99 a month",
    HF: "$35 feeds a family in crisis for a month. Give today.",
    VJ: "Sign up for the Chronicle's weekly e-newsletter",
    IV: "Colabora con la Iglesia en Valdeolmos: haz tu donativo en nuestra web",
    GP: "Wesprzyj Głos Parafii: prenumerata od 4,50 zł za numer",
    NH: "تابعوا مجلة نور الهدى على تويتر وإنستغرام",
    KG: "הצטרפו לקבוצת הווטסאפ של קול הגבעה לעדכונים",
    HB: "한빛기독신문을 구독하시면 매주 교계 소식을 받아보실 수 있습니다",
    SS: "ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਵਿਖੇ ਹਰ ਐਤਵਾਰ ਦੀਵਾਨ ਸਵੇਰੇ 10 ਵਜੇ ਤੋਂ 1 ਵਜੇ ਤੱਕ",
    LP: "Join our mailing list for news of classes and retreats",
    DW: "Support your parish: set up a regular gift by Direct Debit",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + EVERY_DAY_OF_YEAR + LITURGY + WEEKLY
                          + BANNERS + tuple((domain, family) for domain, family, _ in TABLES) + (
        (GP, "intencja"), (NH, "zakat"), (VJ, "campaign"), (BS, "gauseva")), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 12, 3), d(2018, 5, 17), d(2019, 9, 30),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_calendar_helpers() -> None:
    assert [advent_sunday(y) for y in (2015, 2016, 2017, 2018, 2019, 2020)] == [
        d(2015, 11, 29), d(2016, 11, 27), d(2017, 12, 3), d(2018, 12, 2), d(2019, 12, 1),
        d(2020, 11, 29)]
    assert baptism_of_the_lord(2017) == d(2017, 1, 8) and baptism_of_the_lord(2019) == d(
        2019, 1, 13)
    assert sunday_cycle(d(2016, 11, 27)) == "A" and sunday_cycle(d(2016, 11, 26)) == "C"
    assert sunday_cycle(d(2020, 6, 21)) == "A"
    assert liturgical(d(2019, 3, 6)) == ("ash", 0) and liturgical(d(2019, 4, 14)) == ("holy", 0)
    assert liturgical(d(2019, 3, 24)) == ("lent", 3) and liturgical(d(2019, 6, 9)) == (
        "easter", 8)
    assert liturgical_day(d(2019, 6, 9)) == "Pentecost Sunday (Year C)"
    assert liturgical_day(d(2020, 4, 10)) == "Good Friday of the Passion of the Lord"
    # The tabular (Kuwaiti algorithm) Hijri calendar: the first of Ramadan and of Shawwal,
    # up to two days from the sighted dates.
    for y, (first, eid) in RAMADAN.items():
        assert hijri(iso(first))[1:] in ((8, 29), (8, 30), (9, 1), (9, 2)), y
        assert hijri(iso(eid))[1:] in ((9, 29), (9, 30), (10, 1), (10, 2)), y
    assert hijri(d(2019, 9, 1))[0] == 1441 and hijri(d(2019, 8, 30))[0] == 1440
    assert nanakshahi(d(2019, 3, 14)) == (551, "ਚੇਤ", 1)
    assert nanakshahi(d(2020, 6, 19)) == (552, "ਹਾੜ", 5)
    assert nanakshahi(d(2020, 1, 20))[:2] == (551, "ਮਾਘ")
    assert [hebrew_year(day) for day in (d(2019, 9, 29), d(2019, 9, 30))] == [5779, 5780]
    assert vikram_samvat(d(2019, 4, 5)) == 2075 and vikram_samvat(d(2019, 4, 6)) == 2076
    assert shabbat_friday(d(2020, 6, 20)) == shabbat_friday(d(2020, 6, 14)) == d(2020, 6, 19)
    assert shabbat_friday(d(2020, 6, 21)) == d(2020, 6, 26)
    assert us_summer_time(d(2019, 3, 10)) and not us_summer_time(d(2019, 3, 9))
    assert israel_summer_time(d(2019, 3, 29)) and not israel_summer_time(d(2019, 3, 28))
    # The mean moon: Guru Nanak's Gurpurab and Wesak fall on full moons (a day either side).
    for day in list(GURPURAB.values()) + list(WESAK.values()):
        assert tithi(iso(day)) in (14, 15, 16), day
    when, name = next_observance(d(2019, 6, 15))
    assert name == "full moon" and abs((when - d(2019, 6, 17)).days) <= 1
    fajr, dhuhr, asr, maghrib, isha = prayer_times(d(2019, 6, 21))
    assert fajr < dhuhr < asr < maghrib < isha and 3 * 60 < fajr < 4 * 60


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # Saturday, Friday
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CL, "dated", old, "5 March 2016")
    full(CL, "dated", new, rf"Friday 19 June 2020 · {clock}")
    full(CL, "liturgy", old, "Today: Saturday of the Third Week of Lent")
    full(CL, "liturgy", new, "Today: Friday in Ordinary Time")
    full(CL, "readings", new, r"Mass readings for 19 June: [\w ]+ \d+:\d+-\d+; "
                              r"(Mt|Mk|Lk|Jn) \d+:\d+-\d+")
    full(HF, "dated", old, "March 5, 2016")
    full(HF, "dated", new, r"Friday, Jun\. 19, 2020 \| \d+ min read")
    full(VJ, "dated", old, "Posted on March 5, 2016")
    full(VJ, "dated", new, r"Friday, June 19, 2020 \| 5780")
    full(VJ, "candles", new, r"Candle lighting Friday, June 19: 8:\d\d p\.m\. · Havdalah "
                             r"Saturday: 9:\d\d p\.m\.")
    full(IV, "fecha", old, "05/03/2016")
    full(IV, "fecha", new, "Viernes, 19 de junio de 2020")
    full(IV, "liturgia", old, "Sábado de la III semana de Cuaresma")
    full(IV, "evangelio", new, r"Evangelio del día \(19 de junio\): (Mt|Mc|Lc|Jn) \d+, "
                               r"\d+-\d+")
    full(GP, "data", old, r"05\.03\.2016")
    full(GP, "data", new, rf"piątek, 19 czerwca 2020, {clock}")
    full(GP, "intencja", new, "Intencja papieska na czerwiec 2020: módlmy się .+")
    full(NH, "tarikh", old, "5 مارس 2016م")
    full(NH, "tarikh", new, "الجمعة، ٢٧ شوال ١٤٤١هـ الموافق ١٩ يونيو ٢٠٢٠م")
    full(NH, "mawaqit", old, r"مواقيت الصلاة في مدينة الكويت ليوم 5 مارس: الفجر 04:\d\d · "
                             r"الظهر 1\d:\d\d · العصر 1\d:\d\d · المغرب 1\d:\d\d · العشاء "
                             r"1\d:\d\d")
    full(KG, "taarich", old, "05/03/2016")
    full(KG, "taarich", new, "יום שישי, 19 ביוני 2020")
    full(KG, "zmanim", new, r"זמני השבת \(19/6\): ירושלים 19:\d\d \| תל אביב 19:\d\d \| "
                            r"חיפה 19:\d\d \| צאת השבת 20:\d\d")
    full(BS, "dinank", old, "5 मार्च 2016")
    full(BS, "dinank", new, rf"शुक्रवार, 19 जून 2020, {clock} IST")
    full(BS, "panchang", new, r"आज का पंचांग \(19 जून\): (कृष्ण|शुक्ल) पक्ष \S+, विक्रम "
                              r"संवत 2077|आज का पंचांग \(19 जून\): अमावस्या, विक्रम संवत 2077")
    full(HB, "ipryeok", old, rf"등록 2016\.03\.05 {clock}")
    full(HB, "ipryeok", new, rf"입력 2020년 6월 19일 \(금\) {clock}")
    full(SS, "mitti", old, "5 ਮਾਰਚ 2016")
    full(SS, "mitti", new, "ਸ਼ੁੱਕਰਵਾਰ, 19 ਜੂਨ 2020 \\(5 ਹਾੜ 552 ਨਾਨਕਸ਼ਾਹੀ\\)")
    full(SS, "hukamnama", new, r"ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ \(19 ਜੂਨ\): ਸ੍ਰੀ ਦਰਬਾਰ ਸਾਹਿਬ, ਅੰਗ \d+")
    full(LP, "dated", old, "5 March 2016")
    full(LP, "dated", new, "Friday, 19 June 2020")
    full(DW, "dated", old, "Posted on 5 March 2016")
    full(DW, "dated", new, "19 June 2020")
    full(DW, "readings", new, r"Readings for Sunday 21 June: .+; (Mt|Mk|Lk|Jn) .+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert on(CL, "dated", day).count(" ") == (2 if day < CL_REDESIGN else 5)
        assert ("min read" in on(HF, "dated", day)) == (day >= HF_REDESIGN)
        assert on(VJ, "dated", day).startswith("Posted") == (day < VJ_REDESIGN)
        assert ("de" in on(IV, "fecha", day)) == (day >= IV_REDESIGN)
        assert ("." in on(GP, "data", day)) == (day < GP_REDESIGN)
        assert ("هـ" in on(NH, "tarikh", day)) == (day >= NH_REDESIGN)
        assert ("יום" in on(KG, "taarich", day)) == (day >= KG_REDESIGN)
        assert ("IST" in on(BS, "dinank", day)) == (day >= BS_REDESIGN)
        assert on(HB, "ipryeok", day).startswith("입력") == (day >= HB_REDESIGN)
        assert ("ਨਾਨਕਸ਼ਾਹੀ" in on(SS, "mitti", day)) == (day >= SS_REDESIGN)
        assert ("," in on(LP, "dated", day)) == (day >= LP_REDESIGN)
        assert on(DW, "dated", day).startswith("Posted") == (day < DW_REDESIGN)
        if day >= NH_REDESIGN:
            assert not re.search(r"[0-9]", on(NH, "mawaqit", day)), day
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_day_week_month_and_moon() -> None:
    for domain, family in LITURGY + EVERY_DAY_OF_YEAR:
        assert len(changes(domain, family)) == len(every_day()) - 1, family
    for domain, family in ((VJ, "candles"), (KG, "zmanim")):
        weekly = changes(domain, family)
        assert len(weekly) >= 300 and all(day.weekday() == 6 for day in weekly), family
    sundays = changes(DW, "readings")
    assert len(sundays) >= 300 and all(day.weekday() == 0 for day in sundays)
    moon = changes(LP, "uposatha")
    assert 280 <= len(moon) <= 310
    gaps = sorted((b - a).days for a, b in zip(sorted(moon), sorted(moon)[1:], strict=False))
    assert 6 <= gaps[0] and gaps[-1] <= 9
    assert changes(GP, "intencja") == {day for day in every_day()
                                       if day.day == 1 and day != FIRST_DAY}
    # Name days are the same each year; the lunar day is not.
    assert on(GP, "imieniny", d(2016, 5, 3)) == on(GP, "imieniny", d(2019, 5, 3))
    assert found(BS, "panchang", r"विक्रम संवत (\d+)") == {str(y) for y in range(2071, 2078)}
    angs = {int(m[1]) for t in group_lines(SET, SS, "hukamnama")
            if (m := re.search(r"ਅੰਗ (\d+)", t))}
    assert len(angs) >= 5 and all(1 <= a <= 1430 for a in angs)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        e = easter(y)
        assert f"Advent {y}" in on(CL, "appeal", advent_sunday(y) + one), y
        assert f"Semana Santa {y}" in on(IV, "campana", e - 2 * one) or y == 2020
        assert f"Easter {y}" in on(HF, "give", e - one) or y == 2020
        assert f"{y} 부활절" in on(HB, "gongji", e), y
        assert f"#GivingTuesday {y}" in on(HF, "give", thanksgiving(y)), y
        assert HF_MATCH[y] in on(HF, "give", thanksgiving(y) + 5 * one), y
        assert f"December 31, {y}" in on(HF, "give", d(y, 12, 20)), y
        rosh = iso(ROSH_HASHANAH[y])
        assert f"Shanah tovah {y + 3761}" in on(VJ, "notice", rosh - 3 * one), y
        assert HEBREW_YEAR_LETTERS[y + 3761] in on(KG, "hodaa", rosh), y
        assert "Yom Kippur" in on(VJ, "notice", rosh + 8 * one), y
        assert "סוכות" in on(KG, "hodaa", rosh + 16 * one), y
        assert "Hanukkah" in on(VJ, "notice", iso(HANUKKAH[y]) + 3 * one), y
        assert f"Día de la Iglesia Diocesana, {iso(DIA_DIOCESANA[y]).day}" in on(
            IV, "campana", iso(DIA_DIOCESANA[y])), y
        assert f"Renta {y - 1}" in on(IV, "campana", d(y, 6, 1)) or y == 2020
        assert f"1% podatku za {y - 1}" in on(GP, "wesprzyj", d(y, 2, 1)), y
        assert "عيد فطر" in on(NH, "tanbih", iso(RAMADAN[y][1])), y
        assert arabic(hijri(iso(ARAFAH[y]))[0]) in on(NH, "tanbih", iso(ARAFAH[y])), y
        assert f"दीपावली {y}" in on(BS, "vrat", iso(DIWALI[y])), y
        assert f"नवरात्रि {y}" in on(BS, "vrat", iso(NAVRATRI[y]) + 4 * one), y
        assert f"महाशिवरात्रि {y}" in on(BS, "vrat", iso(SHIVARATRI[y])), y
        assert f"जन्माष्टमी {y}" in on(BS, "vrat", iso(JANMASHTAMI[y])), y
        assert f"होली {y}" in on(BS, "vrat", iso(HOLI[y])), y
        assert f"{y - 1469}ਵਾਂ ਪ੍ਰਕਾਸ਼ ਪੁਰਬ" in on(SS, "suchna", iso(GURPURAB[y])), y
        assert f"Wesak {y}" in on(LP, "notice", iso(WESAK[y])), y
        assert f"Kathina {y}" in on(LP, "notice", iso(KATHINA[y])), y
        assert f"추수감사주일 ({y}년 11월 {nth_weekday(y, 11, 6, 3).day}일)" in on(
            HB, "gongji", nth_weekday(y, 11, 6, 3)), y
        if y < 2020:
            assert f"Lent {y}" in on(CL, "appeal", e - 20 * one), y
            assert f"Passover {y}" in on(VJ, "notice", iso(PESACH[y])), y
            assert arabic(hijri(iso(RAMADAN[y][0]))[0]) in on(NH, "tanbih", iso(RAMADAN[y][0]))
            assert "رمضان كريم" in on(NH, "tanbih", iso(RAMADAN[y][0]) + 10 * one), y
            assert f"ਵਿਸਾਖੀ {y}" in on(SS, "suchna", d(y, 4, 14)), y
        if y >= 2016:
            assert f"Thy Kingdom Come {y}" in on(DW, "giving", easter(y) + 42 * one), y
        if y != 2017:
            assert f"종교개혁기념주일 ({y}년" in on(HB, "gongji", last_weekday(y, 10, 6)), y
    assert "Thy Kingdom Come" not in on(DW, "giving", easter(2015) + 42 * one)
    assert "500주년" in on(HB, "gongji", last_weekday(2017, 10, 6))
    assert "Year of Mercy" in on(CL, "appeal", d(2016, 9, 1))
    assert on(CL, "appeal", d(2018, 11, 20)).startswith("Subscribe to")
    assert "Independent Catholic journalism" in on(CL, "appeal", d(2019, 1, 20))
    assert "closed for public worship" in on(CL, "appeal", d(2020, 5, 1))
    assert "Nepal" in on(HF, "give", d(2015, 5, 1)) and "Haiti" in on(HF, "give",
                                                                        d(2016, 10, 20))
    assert "COVID-19" in on(HF, "give", d(2020, 6, 1))
    assert "streaming" in on(VJ, "notice", d(2020, 6, 1))
    assert "Misas sin fieles" in on(IV, "campana", d(2020, 4, 20))
    assert "Światowe Dni Młodzieży" in on(GP, "wesprzyj", d(2016, 7, 25))
    assert "Dyspensa" in on(GP, "wesprzyj", d(2020, 5, 10))
    assert "تعليق صلاة الجمعة" in on(NH, "tanbih", d(2020, 6, 10))
    for vote in ("2015-03-17", "2019-04-09", "2019-09-17", "2020-03-02"):
        assert "הבחירות" in on(KG, "hodaa", iso(vote)), vote
    assert "במניינים מצומצמים" in on(KG, "hodaa", d(2020, 5, 1))
    ekadashi = [day for day in every_day() if tithi(day) in (11, 26)]
    assert len(ekadashi) >= 140
    assert sum("एकादशी व्रत" in on(BS, "vrat", day) for day in ekadashi) >= 120
    assert "कुंभ 2019" in on(BS, "vrat", d(2019, 2, 10))
    assert "लॉकडाउन" in on(BS, "vrat", d(2020, 4, 20))
    assert "ਕਰਤਾਰਪੁਰ" in on(SS, "suchna", d(2019, 10, 30))
    assert "ਆਨਲਾਈਨ" in on(SS, "suchna", d(2020, 5, 1))
    assert "비대면" in on(HB, "gongji", d(2020, 5, 1))
    assert "closed" in on(LP, "notice", d(2020, 6, 1)) and "Vassa" in on(
        LP, "notice", d(2019, 7, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CL, "byline", CL_REDESIGN, "By {author}", "{author_beat}"),
        (CL, "comments", CL_COMMENTS, "We welcome", "open to subscribers"),
        (HF, "byline", HF_REDESIGN, "By {author}", "Photos by"),
        (HF, "pray", HF_PRAYER, "Prayer point", "Pray with us"),
        (VJ, "notice", VJ_NEWSLETTER, "weekly e-newsletter", "every Thursday"),
        (IV, "autor", IV_REDESIGN, "Por {author}", "Fotos"),
        (IV, "campana", IV_BIZUM, "haz tu donativo", "Bizum"),
        (IV, "datos", GDPR, "LOPD", "RGPD"),
        (GP, "autor", GP_REDESIGN, "Autor:", "zdjęcia"),
        (GP, "copyright", GP_RIGHTS, "zastrzeżone.", "Kopiowanie"),
        (NH, "tanbih", NH_APP, "تويتر", "تطبيق"),
        (NH, "tabarru", NH_REDESIGN, "الحساب البنكي", "كي نت"),
        (KG, "hodaa", KG_TELEGRAM, "הווטסאפ", "הטלגרם"),
        (HB, "gongji", HB_KAKAO, "구독하시면", "카카오톡"),
        (SS, "dasvandh", SS_ONLINE, "ਈ-ਟ੍ਰਾਂਸਫ਼ਰ", "ਟੈਕਸ ਰਸੀਦ"),
        (LP, "byline", LP_REDESIGN, "By {author}", "Edited by"),
        (LP, "dana", d(2017, 1, 3), "keep the centre", "of benefit"),
        (DW, "safeguarding", DW_SAFEGUARDING, "worried about", "immediate danger")))
    assert_groups_reworded(SET, (
        (CL, "dated", " 20", "·"),
        (CL, "byline", "By ", ", "),
        (HF, "dated", ", 20", "min read"),
        (IV, "fecha", "/", " de "),
        (GP, "data", ".", "2"),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    for day, (_, price) in zip((QUIET, d(2017, 2, 1), d(2019, 1, 20), d(2020, 9, 1)),
                               CL_PRICES, strict=True):
        assert price in on(CL, "appeal", day), day
    for start, amount in HF_FEED:
        assert amount in on(HF, "give", max(iso(start), QUIET) + 40 * one), start
    assert changes(VJ, "campaign") == {d(y, 9, 1) for y in range(2015, 2021)}
    assert "$4.5 million" in on(VJ, "campaign", d(2020, 1, 1))
    assert changes(NH, "zakat") == {iso(first) for first, _ in RAMADAN.values()}
    for y, (first, _) in RAMADAN.items():
        assert arabic(NH_ZAKAT[y]) in on(NH, "zakat", iso(first)), y
    assert changes(BS, "gauseva") == {d(2017, 4, 1), d(2020, 4, 1)}
    assert "₹2,100" in on(BS, "gauseva", d(2020, 6, 1))
    assert changes(HB, "huwon") == {d(2019, 1, 1)}
    assert "Zoom" in on(LP, "classes", d(2020, 6, 1))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (NH, "tarikh", r"[\u0600-\u06ff]"), (NH, "huquq", r"[\u0600-\u06ff]"),
        (KG, "taarich", r"[0-9]"), (KG, "psak", r"[\u0590-\u05ff]"),
        (KG, "pirsomet", r"[\u0590-\u05ff]"), (BS, "panchang", r"[\u0900-\u097f]"),
        (BS, "vigyapan", r"[\u0900-\u097f]"), (HB, "gija", r"[\uac00-\ud7a3]"),
        (HB, "jeojakgwon", r"[\uac00-\ud7a3]"), (SS, "mitti", r"[\u0a00-\u0a7f]"),
        (SS, "ishtihar", r"[\u0a00-\u0a7f]"), (GP, "biblia", r"[ąęłńóśźż]"),
        (IV, "licencia", r"[áéíóúñ]")))
    assert any(re.search(r"[٠-٩]", t) for t in group_lines(SET, NH, "tarikh"))
    assert any(re.search(r"[0-9]", t) for t in group_lines(SET, NH, "tarikh"))
    assert any("ב" in t for t in group_lines(SET, KG, "taarich"))
    assert any("ਨਾਨਕਸ਼ਾਹੀ" in t for t in group_lines(SET, SS, "mitti"))
    assert any(t.startswith("Registered charity") for t in group_lines(SET, SS, "charity"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CL}/dated", f"{CL}/byline", f"{CL}/related", f"{CL}/kicker",
                         f"{CL}/photo", f"{CL}/copyright", f"{CL}/liturgy", f"{CL}/readings",
                         f"{HF}/dated", f"{HF}/pray", f"{VJ}/dated", f"{VJ}/candles"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CL}/jerusalem", f"{CL}/charity", f"{HF}/tax", f"{HF}/names", f"{VJ}/kashrut",
        f"{IV}/licencia"))
    assert_carried_share(docs, CL, [
        ("dated", 0.8, 0.98), ("related", 0.45, 0.8), ("correction", 0.0, 0.1),
        ("liturgy", 0.12, 0.4), ("appeal", 0.2, 0.5)])
    assert_carried_share(docs, HF, [("give", 0.3, 0.6), ("tax", 0.2, 0.5),
                                    ("update", 0.0, 0.12)])
    for fam in (f"{CL}/related", f"{CL}/advert", f"{GP}/czytaj", f"{GP}/reklama"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((CL, "photo"), (HF, "pray"), (VJ, "advert"), (IV, "foto"),
                               (NH, "ilan"), (KG, "ilui"), (BS, "vigyapan"), (HB, "gwango")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CL, "correction", 16), (HF, "update"), (VJ, "correction"), (IV, "rectificacion"),
        (GP, "sprostowanie"), (NH, "tashih"), (KG, "tikun"), (BS, "sudhar"),
        (HB, "jeongjeong"), (SS, "sodh"), (LP, "correction"), (DW, "correction")))
    imprimatur = group_lines(SET, GP, "imprimatur")
    assert 1 <= len(imprimatur) <= 20 and all(re.search(r"nr \d+/20[12]\d", t)
                                              for t in imprimatur)


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{CL}/related", "Related: "), (f"{HF}/read-next", "Read next: "),
        (f"{IV}/lee", "Lee también: "), (f"{GP}/czytaj", "Czytaj także: ")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (CL, "advert", "Advertisement"), (VJ, "advert", "Advertisement"),
        (IV, "publicidad", "Publicidad"), (GP, "reklama", "Reklama"), (NH, "ilan", "إعلان"),
        (KG, "pirsomet", "פרסומת"), (BS, "vigyapan", "विज्ञापन"), (HB, "gwango", "광고")))
    assert_group_values_from_pool(SET, (
        (CL, "kicker", "kicker"), (HF, "tag", "tag"), (VJ, "desk", "desk"),
        (IV, "seccion", "seccion"), (GP, "dzial", "dzial"), (NH, "qism", "qism"),
        (KG, "mador", "mador"), (BS, "shreni", "shreni"), (HB, "bunya", "bunya")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CL, "advert", "Advertisement"),
        (HF, "ecfa", "A member of the Evangelical Council for Financial Accountability."),
        (GP, "reklama", "Reklama")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CL: (["readings", "jerusalem", "comments", "copyright", "charity"], 3),
        HF: (["tax", "ecfa", "designation"], 2),
        VJ: (["kashrut", "obits", "letters", "copyright"], 2),
        GP: (["czytania", "biblia", "intencja"], 2),
        BS: (["gauseva", "kar-chhoot", "asvikaran", "copyright"], 2),
        LP: (["licence", "charity"], 2),
        DW: (["nrsv", "common-worship", "dbf", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY + EVERY_DAY_OF_YEAR + LITURGY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
