"""The held-back-183 template set (`tests.bench.heldout_templates_183`): its localised dates
(printed day by day in Hebrew, English, Russian, Arabic and Amharic, with the Hebrew date in
letters, in English and in Russian, the tabular Hijri date and the Ethiopian date beside the
Gregorian one, several changing form on the day of a redesign), the Hebrew calendar its
holiday notices follow (Rosh Hashanah with the year in letters, Yom Kippur, Sukkot, Hanukkah,
Purim, Pesach, Shavuot, Yom HaShoah, Yom HaZikaron and Yom HaAtzmaut with their moves, Sigd),
the Shabbat times worked out from the sun and turning each Sunday, the prayer times and
Ramadan's imsak and iftar turning every day, the dollar rate on business days and the Tel
Aviv index on trading days, the elections, rounds of rocket fire and lockdowns its banners
turn for, the amounts that change over the years, the lines in several languages and
scripts, the variation it promises, its multi-line blocks and the hard negatives of its
corpus actually occur.

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

from tests.bench.heldout_templates_183 import (
    BOI_RATE,
    EI_REDESIGN,
    EI_TELEGRAM,
    FIRST_DAY,
    GS_PRINT_PAUSE,
    GS_REDESIGN,
    HD_APP,
    IK_REDESIGN,
    IK_TELEGRAM,
    JG_MEMBERS,
    JG_REDESIGN,
    JG_WHATSAPP,
    KH_HOTLINE,
    KH_REDESIGN,
    KNESSET,
    KR_REDESIGN,
    KR_TELEGRAM,
    KY_REDESIGN,
    LAST_DAY,
    LOCKDOWNS,
    MIN_WAGE,
    RA_APP,
    RA_TELEGRAM,
    ROUNDS,
    SG_REDESIGN,
    SG_TELEGRAM,
    SM_REDESIGN,
    SM_WHATSAPP,
    SUBSCRIPTION,
    TA35,
    YAMIM_OT,
    YP_REDESIGN,
    candles,
    enkutatash,
    ethiopian_date,
    from_hebrew,
    from_hijri,
    havdalah,
    heb_numeral,
    heb_year_letters,
    hebrew_date,
    hebrew_in_english,
    hebrew_in_letters,
    hebrew_in_russian,
    hijri_date,
    israel_summer_time,
    jewish_days,
    rate_day,
    shabbat_of,
    sunset,
    trading_day,
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

SET = "held-back-183"
SITES = ("קו ראשון", "Jaffa Gate Post", "Израильский курьер", "صوت المرج", "קול הקריה",
         "כסף יומי", "Yarkon Press Service", "ኢትዮ-እስራኤል ዜና", "גל השרון", "רדיו עמקים",
         "Шалом-Гид", "הדרום שלי")
KR, JG, IK, SM = ("kavrishon.co.il", "jaffagatepost.com", "izkurier.co.il", "sawtalmarj.com")
KH, KY, YP, EI = ("kolhakirya.co.il", "kesefyomi.co.il", "yarkonpress.com",
                  "ethioisraelnews.co.il")
GS, RA, SG, HD = ("galhasharon.co.il", "radioamakim.co.il", "shalomgid.co.il",
                  "hadaromsheli.co.il")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((KR, "pursam"), (JG, "dated"), (IK, "data"), (SM, "tarikh"), (KH, "taarich"),
         (KY, "taarich"), (YP, "dateline"), (EI, "ken"), (GS, "taarich"), (RA, "taarich"),
         (SG, "data"), (HD, "taarich"))
# The lines that name the day they are printed on.
EVERY_DAY = ((SM, "mawaqit"),)
# The Shabbat times, for the coming Friday.
WEEKLY = ((KR, "shabbat"), (JG, "shabbat"), (IK, "shabbat"), (KH, "shabbat"))
# The Bank of Israel's rates (Monday to Friday) and the Tel Aviv index (Sunday to Thursday).
MARKETS = ((IK, "kurs"), (KY, "dolar"), (KY, "madad"))
# The notices that follow calendars.
BANNERS = ((KR, "telegram"), (JG, "appeal"), (IK, "telegram"), (SM, "whatsapp"),
           (KH, "hodaa"), (YP, "advisory"), (EI, "telegram"), (GS, "hodaa"), (RA, "hodaa"),
           (HD, "pikud"))
# Amounts in force from given days.
TABLES = ((JG, "members", JG_MEMBERS), (KY, "ribit", BOI_RATE), (SG, "minimalka", MIN_WAGE))

QUIET = d(2015, 2, 3)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    KR: "קבלו את המבזקים של קו ראשון ישירות לוואטסאפ שלכם",
    JG: "Independent journalism from Jerusalem depends on readers like you. Support the "
        "Jaffa Gate Post.",
    IK: "Присоединяйтесь к нашей группе в Facebook",
    SM: "تابعونا على صفحة صوت المرج في فيسبوك",
    KH: "האתר אינו פעיל בשבתות ובחגי ישראל",
    YP: "The YPS desk is staffed Sunday to Friday afternoon; urgent copy moves on Shabbat "
        "only in emergencies.",
    EI: "የፌስቡክ ገጻችንን ላይክ ያድርጉ",
    RA: "הצטרפו לקבוצת הוואטסאפ של חדשות רדיו עמקים",
    HD: "הנחיות פיקוד העורף: אין שינוי בהנחיות להתגוננות באזור",
}
# Israel's holidays as published for 2015-2020 (Gregorian day of the first day).
ROSH_HASHANAH = ("2015-09-14", "2016-10-03", "2017-09-21", "2018-09-10", "2019-09-30",
                 "2020-09-19")
PESACH = ("2015-04-04", "2016-04-23", "2017-04-11", "2018-03-31", "2019-04-20", "2020-04-09")
HANUKKAH = ("2015-12-07", "2016-12-25", "2017-12-13", "2018-12-03", "2019-12-23",
            "2020-12-11")
PURIM = ("2015-03-05", "2016-03-24", "2017-03-12", "2018-03-01", "2019-03-21", "2020-03-10")
YOM_HASHOAH = ("2015-04-16", "2016-05-05", "2017-04-24", "2018-04-12", "2019-05-02",
               "2020-04-21")
YOM_HAATZMAUT = ("2015-04-23", "2016-05-12", "2017-05-02", "2018-04-19", "2019-05-09",
                 "2020-04-29")

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


found = partial(wording_matches, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + WEEKLY + MARKETS + BANNERS + tuple(
        (domain, family) for domain, family, _ in TABLES) + ((KY, "minui"),), (
        FIRST_DAY, QUIET, d(2016, 3, 5), d(2017, 5, 24), d(2018, 4, 19), d(2019, 9, 30),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_hebrew_calendar() -> None:
    for y, rh, pesach, hanukkah, purim, shoah, atzmaut in zip(
            range(2015, 2021), ROSH_HASHANAH, PESACH, HANUKKAH, PURIM, YOM_HASHOAH,
            YOM_HAATZMAUT, strict=True):
        days = jewish_days(y)
        assert days["rosh-hashanah"] == iso(rh) and days["pesach"] == iso(pesach), y
        assert days["hanukkah"] == iso(hanukkah) and days["purim"] == iso(purim), y
        assert days["shoah"] == iso(shoah) and days["atzmaut"] == iso(atzmaut), y
        assert days["zikaron"] == iso(atzmaut) - one and days["kippur"] == iso(rh) + 9 * one
        assert days["sigd"] - days["kippur"] == 49 * one  # the fiftieth day, counted from it
    assert hebrew_date(d(2016, 3, 24)) == (5776, 13, 14)  # Purim in Adar II of a leap year
    for day in every_day():
        assert from_hebrew(*hebrew_date(day)) == day
    assert heb_numeral(15) == 'ט"ו' and heb_numeral(16) == 'ט"ז' and heb_numeral(1) == "א'"
    assert heb_numeral(777) == 'תשע"ז' and heb_numeral(780) == 'תש"פ'
    assert heb_year_letters(5781) == 'ה\'תשפ"א'
    assert hebrew_in_letters(d(2017, 3, 12)) == 'י"ד באדר תשע"ז'
    assert hebrew_in_letters(d(2019, 3, 3)) == 'כ"ו באדר א\' תשע"ט'
    assert hebrew_in_letters(d(2015, 9, 28), "״", "׳", of="") == "ט״ו תשרי תשע״ו"
    assert hebrew_in_english(d(2019, 3, 21)) == "14 Adar II 5779"
    assert hebrew_in_russian(d(2017, 3, 12)) == "14 адара 5777"


def test_other_calendars_and_the_sun() -> None:
    assert hijri_date(d(2015, 6, 18)) == (1436, 9, 1)
    assert hijri_date(d(2017, 9, 22)) == (1439, 1, 1) == hijri_date(SM_REDESIGN)
    for day in every_day():
        assert from_hijri(*hijri_date(day)) == day
    assert [enkutatash(y) for y in range(2015, 2021)] == [
        d(2015, 9, 12), d(2016, 9, 11), d(2017, 9, 11), d(2018, 9, 11), d(2019, 9, 12),
        d(2020, 9, 11)]
    assert ethiopian_date(d(2019, 1, 7)) == (2011, 4, 29)  # Genna
    assert ethiopian_date(EI_REDESIGN) == (2011, 1, 1)
    assert israel_summer_time(d(2019, 3, 29)) and not israel_summer_time(d(2019, 3, 28))
    assert israel_summer_time(d(2019, 10, 26)) and not israel_summer_time(d(2019, 10, 27))
    assert 19 * 60 + 44 <= sunset(d(2019, 6, 21), "jerusalem") <= 19 * 60 + 50
    assert 16 * 60 + 34 <= sunset(d(2019, 12, 20), "jerusalem") <= 16 * 60 + 41
    for friday in (d(2016, 1, 8), d(2018, 7, 13), d(2020, 10, 30)):
        jerusalem, tel_aviv = candles(friday, "jerusalem"), candles(friday, "tel-aviv")
        assert 15 <= tel_aviv - jerusalem <= 25
        assert 60 <= havdalah(friday, "jerusalem") - jerusalem <= 90
    for day in every_day():
        assert shabbat_of(day).weekday() == 4 and -1 <= (shabbat_of(day) - day).days <= 5
        assert rate_day(day).weekday() < 5 and trading_day(day).weekday() in (6, 0, 1, 2, 3)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday in Adar I 5776, a Friday
    hhmm, ampm = r"\d\d:\d\d", r"\d{1,2}:\d\d [AP]M"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(KR, "pursam", old, rf"פורסם: 05\.03\.16, {hhmm}")
    full(KR, "pursam", new, rf'פורסם: יום שישי, 19 ביוני 2020 · כ"ז בסיוון תש"פ · {hhmm}')
    full(KR, "shabbat", new, r"כניסת השבת: ירושלים 19:\d\d · תל אביב 19:\d\d · חיפה 19:\d\d · "
                             r"באר שבע 19:\d\d \| צאת השבת בירושלים: 20:\d\d")
    full(JG, "dated", old, rf"Mar 5, 2016, {ampm}")
    full(JG, "dated", new, r"Published Friday, June 19, 2020 \| 27 Sivan 5780")
    full(JG, "shabbat", old, r"Shabbat times, March 4: candles in Jerusalem \d:\d\d pm, "
                             r"Tel Aviv \d:\d\d pm; Shabbat ends \d:\d\d pm")
    full(IK, "data", old, rf"05\.03\.2016 {hhmm}")
    full(IK, "data", new, rf"Пятница, 19 июня 2020 \(27 сивана 5780\), {hhmm}")
    full(IK, "kurs", old, r"Официальный курс на 04\.03: доллар – 3,\d{3} ₪, евро – 4,\d{3} ₪")
    full(SM, "tarikh", old, rf"05/03/2016 - {hhmm}")
    full(SM, "tarikh", new, r"الجمعة 19 حزيران 2020 \| 27 شوال 1441 هـ")
    full(SM, "mawaqit", new, r"مواقيت الصلاة ليوم الجمعة 19/06/2020 – الناصرة: الفجر 3:\d\d "
                             r"\| الظهر 12:\d\d \| المغرب 19:\d\d \| العشاء 21:\d\d")
    full(KH, "taarich", old, "שבת קודש כ״ה אדר א׳ תשע״ו")
    full(KH, "taarich", new, r"יום ו׳ כ״ז סיוון תש״פ \| 19\.06\.2020")
    full(KY, "taarich", old, rf"05/03/2016 {hhmm}")
    full(KY, "taarich", new, rf"עודכן: יום שישי, 19\.06\.2020, {hhmm}")
    full(KY, "madad", old, r'מדד ת"א 25: 1,\d{3}\.\d\d נקודות \([+-]\d\.\d\d%\)')
    full(YP, "dateline", old, r"[A-Z ]+, March 5, 2016 \(YPS\) --")
    full(YP, "dateline", new, r"[A-Z ]+, 19 June 2020 / 27 Sivan 5780 \(YPS\) –")
    full(EI, "ken", old, "05/03/2016")
    full(EI, "ken", new, r"ዓርብ፣ ሰኔ 12 ቀን 2012 ዓ\.ም\. \(19\.06\.2020\)")
    full(GS, "taarich", old, "05/03/2016")
    full(GS, "taarich", new, r'יום שישי, 19 ביוני 2020 \(כ"ז בסיוון תש"פ\)')
    full(RA, "taarich", old, rf"שבת 05\.03\.2016 \| {hhmm}")
    full(SG, "data", old, r"Актуально на 05\.03\.2016")
    full(SG, "data", new, "Проверено редакцией 19 июня 2020 г.")
    full(HD, "taarich", old, r'כ"ה אדר א\' תשע"ו \| 05\.03\.16')


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert (hebrew_in_letters(day) in on(KR, "pursam", day)) == (day >= KR_REDESIGN)
        assert (hebrew_in_english(day) in on(JG, "dated", day)) == (day >= JG_REDESIGN)
        assert (hebrew_in_russian(day) in on(IK, "data", day)) == (day >= IK_REDESIGN)
        assert on(SM, "tarikh", day).endswith("هـ") == (day >= SM_REDESIGN)
        assert on(KH, "taarich", day).startswith(YAMIM_OT[day.weekday()])
        assert hebrew_in_letters(day, "״", "׳", of="") in on(KH, "taarich", day)
        assert ("|" in on(KH, "taarich", day)) == (day >= KH_REDESIGN)
        assert on(KY, "taarich", day).startswith("עודכן") == (day >= KY_REDESIGN)
        assert (hebrew_in_english(day) in on(YP, "dateline", day)) == (day >= YP_REDESIGN)
        assert ("ዓ.ም." in on(EI, "ken", day)) == (day >= EI_REDESIGN)
        assert ("(" in on(GS, "taarich", day)) == (day >= GS_REDESIGN)
        assert on(SG, "data", day).startswith("Проверено") == (day >= SG_REDESIGN)
        assert hebrew_in_letters(day, of="") in on(HD, "taarich", day)
        if day >= SM_REDESIGN:
            hy, _, hd = hijri_date(day)
            assert f" {hd} " in on(SM, "tarikh", day) and f"{hy} هـ" in on(SM, "tarikh", day)
        if day >= EI_REDESIGN:
            assert f"{ethiopian_date(day)[0]} ዓ.ም." in on(EI, "ken", day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_by_week_and_business_day() -> None:
    sundays = {day for day in every_day() if day.weekday() == 6} - {every_day()[0]}
    for style, family in WEEKLY:
        weekly = changes(style, family)
        assert weekly <= sundays and len(weekly) >= 250, (style, family)
    assert changes(JG, "shabbat") == sundays  # it names the Friday
    summer, winter = on(KR, "shabbat", d(2019, 7, 1)), on(KR, "shabbat", d(2019, 12, 16))
    assert re.search(r"ירושלים 19:\d\d", summer) and re.search(r"ירושלים 15:\d\d", winter)
    assert " ר״ת " in on(KH, "shabbat", d(2018, 2, 4))
    business = changes(IK, "kurs")
    assert business == {day for day in every_day() if day.weekday() < 5} - {every_day()[0]}
    assert changes(KY, "dolar") == business
    trading = changes(KY, "madad")
    assert trading <= {day for day in every_day() if day.weekday() in (6, 0, 1, 2, 3)}
    assert len(trading) >= 1500
    assert all(('ת"א 35' in on(KY, "madad", day)) == (trading_day(day) >= TA35)
               for day in every_day())
    ramadan = {day for day in every_day() if hijri_date(day)[1] == 9}
    assert 170 <= len(ramadan) <= 180
    for day in every_day():
        assert on(SM, "mawaqit", day).startswith("إمساكية رمضان") == (day in ramadan)
        assert f"{day.day:02d}/{day.month:02d}/{day.year}" in on(SM, "mawaqit", day)
    rates = [float(m[1].replace(",", ".")) for t in group_lines(SET, IK, "kurs")
             if (m := re.search(r"доллар – (\d,\d{3})", norm(t)))]
    assert rates and all(3.0 <= r <= 4.2 for r in rates)


def test_notices_follow_the_holidays() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        days = jewish_days(y)
        rh, hebrew_year = days["rosh-hashanah"], hebrew_date(days["rosh-hashanah"])[0]
        if y < 2020:  # the second lockdown began the day before Rosh Hashanah 5781
            assert heb_year_letters(hebrew_year) in on(KR, "telegram", rh), y
            assert f"С Новым {hebrew_year} годом" in on(IK, "telegram", rh - one), y
        assert heb_year_letters(hebrew_year, "״") in on(KH, "hodaa", rh - 6 * one), y
        assert "גמר חתימה טובה" in on(KH, "hodaa", days["kippur"]), y
        assert "סוכות" in on(KH, "hodaa", days["sukkot"] + 3 * one), y
        assert "שבועות" in on(KH, "hodaa", days["shavuot"]), y
        assert "פורים שמח" in on(KH, "hodaa", days["purim"] + one), y
        assert "פורים" not in on(KH, "hodaa", days["purim"] + 2 * one), y
        advisory = on(YP, "advisory", rh - 2 * one)
        assert f"Rosh Hashanah {hebrew_year}" in advisory, y
        assert f"to nightfall on {(rh + one):%A, %B} {(rh + one).day}." in advisory, y
        assert "Yom Kippur" in on(YP, "advisory", days["kippur"]), y
        assert "Passover" in on(YP, "advisory", days["pesach"]), y
        assert f"Hanukkah {y}" in on(JG, "appeal", days["hanukkah"] + 3 * one), y
        assert "Хаг Песах" in on(IK, "telegram", days["pesach"]) or y == 2020, y
        assert "сирена" in on(IK, "telegram", days["zikaron"]) or y == 2020, y
        assert "לשואה" in on(RA, "hodaa", days["shoah"]), y
        assert "לחללי מערכות ישראל" in on(RA, "hodaa", days["zikaron"] - one), y
        assert f"{y - 1948} שנה" in on(RA, "hodaa", days["atzmaut"]), y
        assert "ሲግድ" in on(EI, "telegram", days["sigd"]), y
        assert f"{ethiopian_date(enkutatash(y))[0]} ዓ.ም." in on(EI, "telegram", enkutatash(y))
        assert "ميلاد مجيد" in on(SM, "whatsapp", d(y, 12, 24)), y
    assert f"Israel at {70}" in on(JG, "appeal", d(2018, 4, 19))
    assert found(SM, "whatsapp", r"رمضان كريم (\d{4}) هـ") == {str(y) for y in range(1436, 1442)}
    for y in range(1436, 1442):
        assert "عيد فطر" in on(SM, "whatsapp", from_hijri(y, 10, 2)), y
        assert "عيد أضحى" in on(SM, "whatsapp", from_hijri(y, 12, 11)), y


def test_notices_follow_votes_rockets_and_lockdowns() -> None:
    for day, n in KNESSET.items():
        polling = iso(day)
        assert f"לכנסת ה-{n}" in on(KR, "telegram", polling), day
        assert "Knesset" in on(JG, "appeal", polling), day
        assert f"Кнессет {n}-го" in on(IK, "telegram", polling), day
        assert f"الكنيست الـ{n}" in on(SM, "whatsapp", polling), day
        assert f"{polling.year}" in on(EI, "telegram", polling), day
        assert f"לכנסת ה-{n}" in on(GS, "hodaa", polling), day
        assert f"לכנסת ה-{n}" in on(RA, "hodaa", polling + one), day
    assert found(JG, "appeal", r"the (\d+(?:st|nd|rd|th)) Knesset") == {
        "20th", "21st", "22nd", "23rd"}
    assert "الانتخابات المحلية" in on(SM, "whatsapp", d(2018, 10, 30))
    assert "לרשויות המקומיות" in on(GS, "hodaa", d(2018, 10, 22))
    for first, last in ROUNDS:
        for day in (iso(first), iso(last)):
            assert "ESCALATION" in on(YP, "advisory", day), first
            assert "מרחב מוגן" in on(HD, "pikud", day), first
        assert "מרחב מוגן" not in on(HD, "pikud", iso(last) + one)
    assert "השריפות" in on(KR, "telegram", d(2016, 11, 24))
    assert "חגורה שחורה" in on(KR, "telegram", d(2019, 11, 13))
    for (first, last), word in zip(LOCKDOWNS, ("הסגר:", "הסגר השני", "הסגר השלישי"),
                                   strict=True):
        assert word in on(KR, "telegram", iso(first)) and word in on(KR, "telegram", iso(last))
        assert "🔒" in on(GS, "hodaa", iso(first)) and "🔒" in on(HD, "pikud", iso(first))
    assert "Coronavirus" in on(JG, "appeal", d(2020, 5, 5))
    assert "כניסת השבת בנתניה" in on(GS, "hodaa", d(2020, 5, 5))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (KR, "kotev", KR_REDESIGN, "מאת {author}", "{author_beat}"),
        (KR, "telegram", KR_TELEGRAM, "וואטסאפ", "טלגרם"),
        (JG, "briefing", JG_WHATSAPP, "by email", "WhatsApp"),
        (IK, "telegram", IK_TELEGRAM, "Facebook", "Telegram"),
        (SM, "whatsapp", SM_WHATSAPP, "فيسبوك", "واتساب"),
        (KH, "yediot", KH_HOTLINE, "news@", "הקו החם"),
        (EI, "telegram", EI_TELEGRAM, "ፌስቡክ", "ቴሌግራም"),
        (GS, "gilayon", GS_PRINT_PAUSE, "בכל יום חמישי", "מושהית"),
        (RA, "shidur", RA_APP, "ב-96.6FM", "באפליקציה"),
        (RA, "hodaa", RA_TELEGRAM, "וואטסאפ", "בטלגרם"),
        (SG, "pomosch", SG_TELEGRAM, "WhatsApp", "Telegram"),
        (HD, "hatraot", HD_APP, "צבע אדום", "אפליקציית פיקוד העורף")))
    assert_groups_reworded(SET, (
        (KR, "pursam", ".", "·"),
        (JG, "dated", " PM", "Published "),
        (KR, "kotev", "מאת ", ", "),
        (IK, "data", ".", "("),
    ))


def test_amounts_change_over_the_years() -> None:
    for domain, family, table in TABLES:
        days = {iso(start) for start, _ in table if iso(start) > FIRST_DAY}
        assert changes(domain, family) == days, (domain, family)
        for start, value in table:
            assert value in on(domain, family, max(iso(start), FIRST_DAY)), (domain, start)
    assert changes(KY, "minui") == {iso(start) for start, _ in SUBSCRIPTION[1:]}
    assert 'מע"מ 18%' in on(KY, "minui", d(2015, 9, 30))
    assert 'מע"מ 17%' in on(KY, "minui", d(2015, 10, 1))
    assert "39.90" in on(KY, "minui", d(2020, 6, 1))
    assert "5300" in on(SG, "minimalka", LAST_DAY) and "4300" in on(SG, "minimalka", FIRST_DAY)
    assert "0.25%" in on(KY, "ribit", d(2019, 6, 1)) and "0.1%" in on(KY, "ribit", LAST_DAY)
    assert "$8" in on(JG, "members", d(2020, 2, 1))


def test_several_languages_and_scripts() -> None:
    hebrew, arabic, cyrillic, ethiopic = (r"[\u05d0-\u05ea]", r"[\u0600-\u06ff]",
                                          r"[\u0400-\u04ff]", r"[\u1200-\u137f]")
    assert_groups_in_script(SET, (
        (KR, "pursam", hebrew), (KR, "copyright", hebrew), (KH, "basad", hebrew),
        (KY, "ein-lirot", hebrew), (GS, "whatsapp", hebrew), (RA, "copyright", hebrew),
        (HD, "pikud", hebrew), (IK, "perepechatka", cyrillic), (IK, "rubrika", cyrillic),
        (SG, "yurist", cyrillic), (SM, "taaliqat", arabic), (SM, "qism", arabic),
        (EI, "mastawokia", ethiopic), (EI, "huquq", ethiopic)))
    assert_groups_in_script(SET, ((EI, "ivrit", hebrew),))
    assert any(re.search(ethiopic, t) for t in group_lines(SET, EI, "ivrit"))
    assert any("״" in t for t in group_lines(SET, KH, "taarich"))
    assert any('"' in t for t in group_lines(SET, KR, "pursam"))
    assert any(re.search(r"\d{4} هـ", t) for t in group_lines(SET, SM, "tarikh"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{KR}/pursam", f"{KR}/kotev", f"{KR}/kraot", f"{KR}/mador",
                         f"{KR}/tzilum", f"{KR}/copyright", f"{KR}/shabbat", f"{KR}/tguvot",
                         f"{JG}/dated", f"{JG}/agencies", f"{JG}/bio", f"{IK}/data"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{KR}/meida", f"{JG}/censor", f"{IK}/perepechatka", f"{SM}/taaliqat", f"{SM}/raey",
        f"{KY}/ein-lirot"))
    assert_carried_share(docs, KR, [
        ("pursam", 0.8, 0.98), ("kraot", 0.45, 0.8), ("tikun", 0.0, 0.1),
        ("tzenzura", 0.01, 0.15), ("shabbat", 0.12, 0.4), ("telegram", 0.15, 0.5)])
    assert_carried_share(docs, JG, [("dated", 0.8, 0.98), ("censor", 0.0, 0.15),
                                    ("byline", 0.5, 0.8)])
    for fam in (f"{KR}/kraot", f"{KR}/pirsomet", f"{JG}/advert", f"{IK}/chitayte"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((KR, "tzilum"), (JG, "credit"), (IK, "reklama"),
                               (SM, "ilan"), (YP, "photo"), (EI, "yanbu"), (GS, "od")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (KR, "tikun", 16), (JG, "correction"), (IK, "ispravlenie"), (SM, "tanwih"),
        (KH, "havhara"), (KY, "tikun"), (YP, "correction"), (EI, "mastekakeya"),
        (GS, "tikun"), (RA, "tikun"), (SG, "ispravlenie"), (HD, "tikun")))
    # The censor's and the wire's flags are on a few more pages (6-8%).
    assert_rare_families(SET, ((SM, "sumiha"), (KR, "tzenzura", 20), (JG, "censor", 14),
                               (IK, "cenzura", 14), (YP, "cleared", 8), (YP, "urgent", 8)))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{KR}/kraot", "קראו עוד: "), (f"{JG}/related", "RELATED: "),
        (f"{IK}/chitayte", "Читайте также: "), (f"{SM}/iqra", "اقرأ أيضًا: "),
        (f"{KY}/od", "עוד בכסף יומי: ")))


def test_bare_lines_pools_and_credits() -> None:
    assert_groups_mostly_bare(SET, (
        (KR, "pirsomet", "פרסומת"), (JG, "advert", "Advertisement"), (IK, "reklama", "Реклама"),
        (SM, "ilan", "- إعلان -"), (KH, "basad", "בס״ד"), (YP, "ends", "###"),
        (YP, "urgent", "URGENT"), (EI, "mastawokia", "ማስታወቂያ"), (GS, "shivuki", "תוכן שיווקי")))
    assert_group_values_from_pool(SET, (
        (KR, "mador", "mador"), (JG, "kicker", "kicker"), (IK, "rubrika", "rubrika"),
        (SM, "qism", "qism"), (SM, "surat", "surat"), (EI, "ares", "ares"), (GS, "ir", "ir"),
        (RA, "tochnit", "tochnit"), (SG, "rubrika", "rubrika"), (HD, "yeshuv", "yeshuv")))
    credits = [norm(t) for t in group_lines(SET, JG, "credit")]
    assert credits and all(re.fullmatch(r"\(photo credit: [A-Z0-9'’ ]+\)", t) for t in credits)
    agencies = [norm(t) for t in group_lines(SET, JG, "agencies")]
    assert any(", " in t for t in agencies) and any("AP" in t for t in agencies)
    photos = [norm(t) for t in group_lines(SET, YP, "photo")]
    assert photos and all(re.fullmatch(r"Photo by .+/YPS", t) for t in photos)
    assert len(set(photos)) >= 3


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (KR, "pirsomet", "פרסומת"),
        (JG, "advert", "Advertisement"),
        (IK, "reklama", "Реклама")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        KR: (["meida", "copyright"], 2),
        JG: (["agencies", "bio", "appeal"], 2),
        IK: (["perepechatka", "copyright"], 2),
        SM: (["raey", "taaliqat", "huquq"], 2),
        KH: (["tguvot", "yediot", "copyright"], 2),
        KY: (["ein-lirot", "gilui", "copyright"], 2),
        YP: (["ends", "use", "desk", "copyright"], 3)})


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
