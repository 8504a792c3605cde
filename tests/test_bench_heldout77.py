"""The held-back-77 template set (`tests.bench.heldout_templates_77`): its localised dates
(printed day by day in their own scripts and digits, with the Bengali, Hijri, solar Hijri and
Kurdish calendars beside the Gregorian one and the Tamil and Telugu year names, most changing
form on the day of a redesign), the lines that turn with the day, the week, the full moon and
the seasons (sun and fast times, a dam's storage, an auction's price and its closed Sundays,
a gold rate, a countdown, candle-lighting times, inauspicious hours, poya days), the notices
it rewords by date, the calendars some notices follow (votes, a referendum, lockdowns and
curfews, floods, national and formation days with their counts, new years of several
calendars and religious feasts), the lines in several languages and scripts, the variation it
promises, its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_77 import (
    BD_REDESIGN,
    FA_REDESIGN,
    FIRST_DAY,
    HE_REDESIGN,
    KU_REDESIGN,
    LAST_DAY,
    MR_REDESIGN,
    QA_COUNTDOWN,
    QA_FINAL,
    QA_REDESIGN,
    SI_REDESIGN,
    TA_REDESIGN,
    TE_REDESIGN,
    UR_REDESIGN,
    bangla,
    bikram_year,
    dam_storage,
    hijri,
    israel_offset,
    jalali,
    kurdish_date,
    poya_days,
    poya_name,
    shabbat_friday,
    sun_times,
    tamil_date,
    telugu_year,
)
from tests.heldout_checks import (
    ascii_digits,
    assert_carried_share,
    assert_group_blocks_stay_together,
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
    pool,
    pool_in_order,
    rendered,
    template,
    wording_on,
)

SET = "held-back-77"
SITES = ("The Tricity Ledger", "गोदाकाठ वार्ता", "মহাস্থান সংবাদ", "صدای سپیدرود", "נגב עכשיו",
         "صدائے چارمینار", "பொருநை செய்திகள்", "మానేరు వార్తలు", "دەنگی سەرچنار", "صدى الخور",
         "රුහුණු හඬ", "Pokhara Lakeside Traders' Association")
TL, MR, BD, FA = ("tricityledger.in", "godakathvarta.com", "mahasthansongbad.com.bd",
                  "sedayesepidrud.ir")
HE, UR, TA, TE = ("negevachshav.co.il", "sadaecharminar.in", "porunaiseithigal.com",
                  "maneruvarthalu.com")
KU, QA, SI, NP = ("dengisarchinar.com", "sadaalkhor.qa", "ruhunuhanda.lk",
                  "lakesidetraders.org.np")

d = dt.date
one = dt.timedelta(days=1)

BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
DEVANAGARI_DIGITS = "०१२३४५६७८९"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"

# The families printed day by day (every one from the first day).
DAILY = ((MR, "dinank"), (BD, "tarikh"), (FA, "tarikh"), (HE, "taarich"), (UR, "tareekh"),
         (TA, "thethi"), (TE, "dateline"), (KU, "berwar"), (QA, "tarikh"), (SI, "dinaya"))

# The families that change with the day, the week, the moon, the year or the seasons.
PERIODIC = ((MR, "dharan"), (MR, "kanda"), (UR, "auqat"), (TA, "thangam"),
            (TE, "panchangam"), (HE, "shabbat"), (QA, "mondial"), (SI, "poya"),
            (TL, "season"), (KU, "karaba"), (NP, "season"), (FA, "hoquq"), (NP, "rights"),
            (BD, "sorbosotto"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((TL, "notice"), (MR, "suchana"), (BD, "ghoshona"), (FA, "kanal"), (HE, "hodaa"),
           (UR, "elan"), (TA, "arivippu"), (TE, "samacharam"), (KU, "agadari"),
           (QA, "tanbih"), (SI, "danweema"), (NP, "notice"))

# Each notice's first standing wording, on a day none of them turns for an event, before
# any of them was reworded.
QUIET = d(2015, 8, 12)
FIRST_WORDINGS = {
    TL: "Follow The Tricity Ledger on Facebook and Twitter for the latest from Chandigarh, "
        "Mohali and Panchkula",
    MR: "ताज्या बातम्यांसाठी आमचे फेसबुक पेज लाईक करा",
    BD: "আমাদের ফেসবুক পেজে লাইক দিয়ে সঙ্গে থাকুন",
    FA: "کانال تلگرام صدای سپیدرود را دنبال کنید",
    HE: "עשו לנו לייק בפייסבוק ותהיו הראשונים לדעת מה קורה בבאר שבע",
    UR: "تازہ خبروں کے لیے ہمارا فیس بک پیج لائک کیجیے",
    TA: "எங்கள் ஃபேஸ்புக் பக்கத்தை லைக் செய்யுங்கள்",
    TE: "మా ఫేస్‌బుక్ పేజీని లైక్ చేయండి",
    KU: "پەیجی فەیسبووکی دەنگی سەرچنار لایک بکە",
    QA: "لإعلاناتكم في صدى الخور تواصلوا معنا عبر الواتساب",
    SI: "අපගේ ෆේස්බුක් පිටුවට ලයික් කරන්න",
    NP: "Members' meeting on the last Friday of the month at the Baidam office",
}

BENGALI = r"[\u0980-\u09ff]"
DEVANAGARI = r"[\u0900-\u097f]"
ARABIC_SCRIPT = r"[\u0600-\u06ff]"
HEBREW = r"[\u0590-\u05ff]"
TAMIL = r"[\u0b80-\u0bff]"
TELUGU = r"[\u0c00-\u0c7f]"
SINHALA = r"[\u0d80-\u0dff]"
LATIN = r"[A-Za-z]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2016, 2, 8), d(2017, 9, 22), d(2018, 9, 7), d(2019, 4, 6),
        d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert jalali(d(2019, 6, 21)) == (1398, 3, 31) and jalali(d(2019, 3, 21)) == (1398, 1, 1)
    assert jalali(d(2019, 3, 20)) == (1397, 12, 29) and jalali(d(2020, 3, 20)) == (1399, 1, 1)
    assert jalali(d(2016, 12, 21)) == (1395, 10, 1)  # Yalda is the night before
    assert kurdish_date(d(2019, 3, 21)) == (2719, 1, 1)
    assert hijri(d(2019, 5, 6)) == (1440, 9, 1) and hijri(d(2017, 9, 22)) == (1439, 1, 1)
    assert abs(hijri(d(2019, 6, 21))[2] - 18) <= 1 and hijri(d(2019, 6, 21))[:2] == (1440, 10)
    assert bangla(d(2019, 4, 14)) == (1426, 1, 1) and bangla(d(2019, 4, 13)) == (1425, 12, 30)
    assert bangla(d(2019, 6, 21)) == (1426, 3, 7) and bangla(d(2016, 12, 16)) == (1423, 9, 2)
    assert bangla(d(2020, 3, 14)) == (1426, 11, 31)  # Falgun 1426 had 31 days (2020 leap)
    assert bangla(d(2019, 3, 14)) == (1425, 11, 30) and bangla(d(2019, 3, 15)) == (1425, 12, 1)
    assert tamil_date(d(2019, 4, 14)) == ("விகாரி", "சித்திரை", 1)
    assert tamil_date(d(2019, 4, 13))[0] == "விளம்பி"
    assert tamil_date(d(2019, 1, 15))[1:] == ("தை", 1) and tamil_date(d(2015, 1, 1))[0] == "ஜய"
    assert telugu_year(d(2019, 4, 5)) == "విళంబి" and telugu_year(d(2019, 4, 6)) == "వికారి"
    rise, sets = sun_times(d(2019, 6, 21), 17.385, 78.487, 5.5)
    assert abs(rise - (5 * 60 + 43)) <= 3 and abs(sets - (18 * 60 + 52)) <= 3
    assert israel_offset(d(2019, 3, 29)) == 3 and israel_offset(d(2019, 3, 28)) == 2
    assert israel_offset(d(2019, 10, 26)) == 3 and israel_offset(d(2019, 10, 27)) == 2
    assert shabbat_friday(d(2019, 6, 22)) == d(2019, 6, 21)
    assert shabbat_friday(d(2019, 6, 23)) == d(2019, 6, 28)
    assert shabbat_friday(d(2019, 6, 21)) == d(2019, 6, 21)
    poyas = poya_days()
    assert all(29 <= (b - a).days <= 30 for a, b in zip(poyas, poyas[1:], strict=False))
    assert poyas[0] < FIRST_DAY and poyas[-1] > LAST_DAY
    assert any(abs((p - d(2019, 5, 18)).days) <= 1 for p in poyas)  # Vesak 2019
    adhi = [p for p in poyas if FIRST_DAY <= p <= LAST_DAY and poya_name(p).startswith("අධි")]
    assert 2 <= len(adhi) <= 4
    assert bikram_year(d(2019, 4, 13)) == 2075 and bikram_year(d(2019, 4, 14)) == 2076
    assert bikram_year(d(2020, 4, 13)) == 2077
    storage = [dam_storage(day) for day in every_day()]
    assert min(storage) >= 5 and max(storage) <= 100
    assert max(dam_storage(day) for day in every_day() if day.year == 2015) <= 65
    assert max(dam_storage(day) for day in every_day() if day.year == 2019) >= 95


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(TL, "updated", old, r"Published: Mar 5, 2016, \d\d?:\d\d [AP]M IST")
    full(TL, "updated", new, r"Updated: Friday, 21 June 2019 \| \d\d:\d\d IST")
    full(MR, "dinank", old, "शनिवार, ५ मार्च २०१६")
    full(MR, "dinank", new, r"प्रकाशित: 21 जून 2019, \d\d:\d\d")
    full(BD, "tarikh", old, "শনিবার, ৫ মার্চ ২০১৬ \\| ২২ ফাল্গুন ১৪২২ বঙ্গাব্দ")
    full(BD, "tarikh", new, "শুক্রবার, ২১ জুন ২০১৯, ৭ আষাঢ় ১৪২৬, ১[৭৮] শাওয়াল ১৪৪০")
    full(FA, "tarikh", old, "تاریخ انتشار: ۱۵ اسفند ۱۳۹۴")
    full(FA, "tarikh", new, "جمعه ۳۱ خرداد ۱۳۹۸ - ۲۱ ژوئن ۲۰۱۹")
    full(HE, "taarich", old, "שבת, 5 במרץ 2016")
    full(HE, "taarich", new, r"פורסם: 21\.06\.19, \d\d:\d\d")
    full(UR, "tareekh", old, "حیدرآباد، ہفتہ ۵ مارچ ۲۰۱۶ء — ۲[۴۵۶] جمادی الاول ۱۴۳۷ھ")
    full(UR, "tareekh", new, "۱[۷۸] شوال المکرم ۱۴۴۰ھ مطابق ۲۱ جون ۲۰۱۹ء، بروز جمعہ")
    full(TA, "thethi", old, "சனி, மார்ச் 5, 2016 \\| மன்மத ஆண்டு, மாசி 2[12]")
    full(TA, "thethi", new, r"பதிவு: ஜூன் 21, 2019 \d\d:\d\d \| ஆனி [67]")
    full(TE, "dateline", old, r"కరీంనగర్, మార్చి 5 \(మానేరు వార్తలు\):")
    full(TE, "dateline", new, "కరీంనగర్ \\| శుక్రవారం, 21 జూన్ 2019")
    full(KU, "berwar", old, "شەممە، ٥ی ئازاری ٢٠١٦")
    full(KU, "berwar", new, "٣١ی جۆزەردانی ٢٧١٩ی کوردی \\| 21/06/2019")
    full(QA, "tarikh", old, "السبت 2[456] جمادى الأولى 1437هـ - 5 مارس 2016م")
    full(QA, "tarikh", new, "21/06/2019 \\| 1[78] شوال 1440")
    full(SI, "dinaya", old, "2016 මාර්තු 5 සෙනසුරාදා")
    full(SI, "dinaya", new, r"පළ කළේ: 2019-06-21 \d\d:\d\d")
    full(NP, "posted", old, "5 March 2016 · .+")
    full(NP, "posted", new, "Posted by .+ on June 21, 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        mr = on(MR, "dinank", day)
        assert bool(re.search("[०-९]", mr)) == (day < MR_REDESIGN), mr
        bd = on(BD, "tarikh", day)
        assert ("বঙ্গাব্দ" in bd) == (day < BD_REDESIGN), bd
        assert ascii_digits(bd, BENGALI_DIGITS).count(str(day.year)) == 1, bd
        fa = on(FA, "tarikh", day)
        assert fa.startswith("تاریخ انتشار") == (day < FA_REDESIGN), fa
        assert ascii_digits(fa, PERSIAN_DIGITS).endswith(str(jalali(day)[0])) == (
            day < FA_REDESIGN), fa
        he = on(HE, "taarich", day)
        assert he.startswith("פורסם") == (day >= HE_REDESIGN), he
        urdu = on(UR, "tareekh", day)
        assert ("مطابق" in urdu) == (day >= UR_REDESIGN), urdu
        assert ascii_digits(urdu, PERSIAN_DIGITS).count(str(hijri(day)[0])) == 1, urdu
        ta = on(TA, "thethi", day)
        assert ("ஆண்டு" in ta) == (day < TA_REDESIGN), ta
        assert tamil_date(day)[1] in ta
        te = on(TE, "dateline", day)
        assert te.endswith("(మానేరు వార్తలు):") == (day < TE_REDESIGN), te
        ku = on(KU, "berwar", day)
        assert ("کوردی" in ku) == (day >= KU_REDESIGN), ku
        qa = on(QA, "tarikh", day)
        assert ("هـ" in qa) == (day < QA_REDESIGN), qa
        si = on(SI, "dinaya", day)
        assert (day.isoformat() in si) == (day >= SI_REDESIGN), si
    for key, texts in seen.items():
        if key == (TE, "dateline"):  # the old dateline has no year: it comes back each year
            old = {on(TE, "dateline", day) for day in every_day() if day < TE_REDESIGN}
            assert 360 <= len(old) <= 366
            continue
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_with_days_weeks_moons_and_seasons() -> None:
    sundays = days_with(MR, "kanda", "लिलाव बंद")
    assert sundays == {day for day in every_day() if day.weekday() == 6}
    prices = {on(MR, "kanda", day) for day in every_day()} - {on(MR, "kanda", d(2019, 6, 23))}
    assert len(prices) >= 300
    dams = {on(MR, "dharan", day) for day in every_day()}
    assert len(dams) >= 50
    fasts = days_with(UR, "auqat", "سحری")
    assert {day for day in every_day() if hijri(day)[1] == 9} == fasts
    assert 6 * 29 <= len(fasts) <= 6 * 30 + 1
    gold = {on(TA, "thangam", day) for day in every_day()}
    assert len(gold) >= 1000
    assert "₹5," in on(TA, "thangam", d(2020, 8, 7)) and "₹2," in on(TA, "thangam", d(2015, 6, 1))
    panchangam = {on(TE, "panchangam", day) for day in every_day()}
    assert len(panchangam) == 7 * 6 + 7  # seven weekdays for each year's name (and 2014's)
    assert "10.30" in on(TE, "panchangam", d(2019, 6, 21))
    weeks = {day for day in every_day()
             if on(HE, "shabbat", day) != on(HE, "shabbat", day - one)}
    assert weeks and all(day.weekday() == 6 for day in weeks) and len(weeks) >= 250
    assert on(HE, "shabbat", d(2019, 6, 22)) == on(HE, "shabbat", d(2019, 6, 17))
    counts = [on(QA, "mondial", day) for day in every_day() if day >= QA_COUNTDOWN]
    assert len(set(counts)) == len(counts)
    assert f"باقي {(QA_FINAL - d(2019, 6, 21)).days} يوماً" in on(QA, "mondial", d(2019, 6, 21))
    assert "استعدوا" in on(QA, "mondial", QA_COUNTDOWN - one)
    poyas = {p for p in poya_days() if FIRST_DAY <= p <= d(2020, 12, 31)}
    assert days_with(SI, "poya", "අද ") == poyas
    assert days_with(SI, "poya", "අධි")
    bs_years = {ascii_digits(on(NP, "rights", day), DEVANAGARI_DIGITS) for day in every_day()}
    assert {re.search(r"\d{4}", t)[0] for t in bs_years} == {str(y) for y in range(2071, 2078)}
    fa_years = {ascii_digits(on(FA, "hoquq", day), PERSIAN_DIGITS)[-4:] for day in every_day()}
    assert fa_years == {str(y) for y in range(1393, 1400)}
    bd_years = {ascii_digits(on(BD, "sorbosotto", day), BENGALI_DIGITS) for day in every_day()}
    assert {re.search(r"\d{4}", t)[0] for t in bd_years} == {str(y) for y in range(2015, 2021)}
    assert on(TL, "season", d(2019, 11, 1)).startswith("🔥")
    assert on(KU, "karaba", d(2019, 7, 1)).startswith("💡") and "١٢" in on(KU, "karaba",
                                                                          d(2019, 7, 1))
    assert on(NP, "season", d(2019, 7, 1)).startswith("🌧️")
    for domain, family in PERIODIC:
        assert len({on(domain, family, day) for day in every_day()}) >= 2, (domain, family)


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    for domain, family, pattern, digits_of, counts in (
            (TL, "notice", r"(\d+)(?:st|nd|rd|th) Republic Day", "", range(66, 72)),
            (TL, "notice", r"Happy (\d+)(?:st|nd|rd|th) Independence", "", range(69, 75)),
            (MR, "suchana", r"दिनाच्या (\d+)व्या", DEVANAGARI_DIGITS, range(55, 60)),
            (BD, "ghoshona", r"বিজয়ের (\d+) বছর", BENGALI_DIGITS, range(44, 50)),
            (BD, "ghoshona", r"শুভ নববর্ষ (\d+)", BENGALI_DIGITS, range(1422, 1427)),
            (FA, "kanal", r"نوروز (\d+) مبارک", PERSIAN_DIGITS, range(1394, 1399)),
            (FA, "kanal", r"(\d+)مین سالگرد", PERSIAN_DIGITS, range(36, 42)),
            (HE, "hodaa", r"(\d+) שנה למדינת", "", range(67, 72)),
            (UR, "elan", r"قیام کے (\d+) برس", PERSIAN_DIGITS, range(1, 7)),
            (TE, "samacharam", r"\((\d+)వ వార్షికోత్సవం\)", "", range(1, 7)),
            (KU, "agadari", r"ساڵی (\d+)ی", ARABIC_DIGITS, range(2715, 2720)),
            (KU, "agadari", r"(\d+)ەمین ساڵیادی", ARABIC_DIGITS, range(27, 32)),
            (NP, "notice", r"Constitution Day: (\d+) years", "", range(1, 6)),
            (NP, "notice", r"Happy New Year (\d+) BS", "", range(2072, 2077))):
        seen = set()
        for day in every_day():
            text = on(domain, family, day)
            if digits_of:
                text = ascii_digits(text, digits_of)
            if m := re.search(pattern, text):
                seen.add(int(m[1]))
        assert seen == set(counts), (domain, family, pattern, seen)
    assert {on(HE, "hodaa", d(y, m, dd)).rsplit(" ", 1)[1] for y, m, dd in (
        (2015, 9, 13), (2016, 10, 2), (2017, 9, 20), (2018, 9, 9), (2019, 9, 29))} == {
        'תשע"ו', 'תשע"ז', 'תשע"ח', 'תשע"ט', 'תש"ף'}
    assert "הסגר השני" in on(HE, "hodaa", d(2020, 9, 19))  # the lockdown outranks the new year
    assert "ה-23" in on(HE, "hodaa", d(2020, 3, 2))
    assert on(FA, "kanal", d(2018, 4, 29)) != on(FA, "kanal", d(2018, 4, 30))
    assert "سروش" in on(FA, "kanal", d(2018, 4, 30))
    assert "کرونا" in on(FA, "kanal", d(2020, 3, 20))  # the epidemic outranks Nowruz
    assert "550th" in on(TL, "notice", d(2019, 11, 12))
    assert "Gurpurab" in on(TL, "notice", d(2018, 11, 23))
    assert "Curfew" in on(TL, "notice", d(2020, 5, 1))
    assert "कुंभमेळा" in on(MR, "suchana", d(2015, 8, 29))
    assert "लॉकडाऊन" in on(MR, "suchana", d(2020, 5, 1))
    assert "गणपती" in on(MR, "suchana", d(2019, 9, 10))  # the ten days up to Anant Chaturdashi
    assert "বন্যা" in on(BD, "ghoshona", d(2019, 7, 20))
    assert "ঈদ" in on(BD, "ghoshona", d(2019, 6, 5))
    assert "تسلیت" in on(FA, "kanal", d(2019, 9, 10))
    assert "سیلاب" in on(UR, "elan", d(2020, 10, 20))
    assert "عید الفطر" in on(UR, "elan", d(2018, 6, 16))
    assert "ஜெயலலிதா" in on(TA, "arivippu", d(2016, 12, 7))
    assert "ஒக்கி" in on(TA, "arivippu", d(2017, 12, 1))
    assert "விகாரி" in on(TA, "arivippu", d(2019, 4, 14))
    assert {day.year for day in days_with(TE, "samacharam", "మేడారం")} == {2016, 2018, 2020}
    assert "వికారి" in on(TE, "samacharam", d(2019, 4, 6))
    assert "ڕیفراندۆم" in on(KU, "agadari", d(2017, 9, 25))
    assert days_with(QA, "tanbih", "اليوم الرياضي") == {
        d(y, 2, 1) + dt.timedelta(days=(1 - d(y, 2, 1).weekday()) % 7 + 7) for y in range(
            2015, 2021)}
    assert "رمضان كريم" in on(QA, "tanbih", d(2019, 5, 20))
    assert "#خلك_في_البيت" in on(QA, "tanbih", d(2020, 5, 1))  # it outranks Ramadan
    assert "ශෝකය" in on(SI, "danweema", d(2019, 4, 22))
    assert "වෙසක්" in on(SI, "danweema", d(2019, 5, 18))
    assert "Fuel shortage" in on(NP, "notice", d(2015, 10, 22))  # it outranks Dashain
    assert "Earthquake" in on(NP, "notice", d(2015, 5, 1))
    assert "Visit Nepal" in on(NP, "notice", d(2020, 2, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (TL, "updated", d(2018, 8, 15), "Published:", "Updated:"),
        (TL, "byline", d(2017, 7, 3), "By {author}", "{town}"),
        (TL, "alsoread", d(2019, 11, 4), "ALSO READ |", "Also Read:"),
        (TL, "wire", d(2019, 6, 3), "Only the headline", "Disclaimer"),
        (TL, "support", d(2020, 4, 6), "Support local", "pandemic"),
        (TL, "rights", d(2017, 4, 3), "© {year} The Tricity Ledger", "Media Pvt. Ltd."),
        (MR, "pratinidhi", d(2018, 6, 11), "प्रतिनिधी", "{author}"),
        (MR, "hehi", d(2019, 6, 17), "हेही वाचा:", "➤"),
        (MR, "hakka", d(2018, 6, 1), "© {year} गोदाकाठ वार्ता", "सर्व हक्क राखीव"),
        (BD, "protinidhi", d(2018, 2, 21), "প্রতিনিধি", "{author}"),
        (BD, "aroo", d(2018, 9, 3), "আরও পড়ুন", "আরো পড়ুন"),
        (BD, "sorbosotto", d(2020, 1, 1), "সর্বস্বত্ব", "বেআইনি"),
        (FA, "kod", d(2018, 3, 21), "کد خبر", "شناسه خبر"),
        (FA, "khabarnegar", d(2019, 3, 21), "خبرنگار:", "عکس:"),
        (FA, "bekhanid", d(2018, 10, 23), "بیشتر بخوانید", "📌"),
        (FA, "hoquq", d(2017, 5, 22), "است. ©", "بلامانع"),
        (HE, "kotev", d(2017, 1, 1), "מאת:", "| נגב עכשיו"),
        (HE, "od", d(2019, 2, 10), "כתבות נוספות", "עוד בנגב עכשיו"),
        (HE, "niuzleter", d(2020, 1, 5), "רוצים", "פעם ביום"),
        (HE, "zchuyot", d(2018, 3, 1), "© כל הזכויות", "{year}"),
        (UR, "namanigar", d(2016, 6, 6), "بیورو رپورٹ", "{author}"),
        (UR, "yehbhi", d(2019, 9, 1), "یہ بھی پڑھیں", "مزید پڑھیں"),
        (UR, "huqooq", d(2019, 1, 1), "جملہ حقوق", "نقل ممنوع"),
        (TA, "nirubar", d(2018, 1, 15), "நமது நிருபர்", "{author}"),
        (TA, "ithaiyum", d(2019, 8, 1), "படிங்க", "படிக்கலாமே"),
        (TA, "urimai", d(2017, 9, 1), "© {year} பொருநை செய்திகள்", "அனுமதியின்றி"),
        (TE, "vilekari", d(2017, 6, 2), "మా ప్రతినిధి", "{author}"),
        (TE, "ivikuda", d(2018, 11, 1), "ఇవి కూడా", "ఇది కూడా"),
        (TE, "hakkulu", d(2019, 1, 14), "© {year} మానేరు వార్తలు", "సర్వ హక్కులూ"),
        (KU, "nusin", d(2018, 3, 21), "سلێمانی -", "نووسینی"),
        (KU, "maf", d(2019, 3, 21), "© {year} دەنگی", "پارێزراون"),
        (QA, "katib", d(2018, 12, 18), "الخور -", "كتب:"),
        (QA, "iqra", d(2019, 9, 15), "اقرأ أيضاً", "اقرأ كذلك"),
        (QA, "tabiuna", d(2019, 5, 6), "إنستغرام", "يوتيوب"),
        (QA, "huquq", d(2018, 12, 18), "جميع الحقوق", "يُمنع"),
        (SI, "varthakaru", d(2018, 4, 14), "{author} - මාතර", "මාතර සිට"),
        (SI, "himikam", d(2019, 4, 14), "© {year} රුහුණු හඬ", "ඇවිරිණි"),
        (NP, "posted", d(2018, 4, 14), "{date_dmy}", "Posted by")))
    assert_groups_reworded(SET, (
        (TL, "updated", "Published:", "Updated:"),
        (TL, "alsoread", "ALSO READ |", "Also Read:"),
        (MR, "dinank", "प्रकाशित", "२०१"),
        (BD, "tarikh", "বঙ্গাব্দ", "১৪৪"),
        (FA, "kod", "کد خبر", "شناسه خبر"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((MR, "hehi", DEVANAGARI), (MR, "dinank", DEVANAGARI),
                                  (BD, "aroo", BENGALI), (BD, "tarikh", BENGALI),
                                  (FA, "payan", ARABIC_SCRIPT), (FA, "tarikh", "[۰-۹]"),
                                  (HE, "od", HEBREW), (HE, "shabbat", HEBREW),
                                  (UR, "yehbhi", ARABIC_SCRIPT), (UR, "tareekh", "[۰-۹]"),
                                  (TA, "ithaiyum", TAMIL), (TE, "ivikuda", TELUGU),
                                  (KU, "bixwenerewe", ARABIC_SCRIPT), (KU, "berwar", "[٠-٩]"),
                                  (QA, "iqra", ARABIC_SCRIPT), (SI, "kiyawanna", SINHALA)))
    assert_groups_in_scripts(SET, (
        (NP, "namaste", ("नमस्ते", "Welcome")),
        (KU, "kurmanji", ("Nûçeyên", LATIN)),
        (NP, "rights", (DEVANAGARI, LATIN)),
        (QA, "mondial", (ARABIC_SCRIPT, "FIFA|2022")),
    ), share=0.5)
    assert any("FIFA" in on(QA, "mondial", day) for day in every_day())
    assert any("नयाँ" in on(NP, "notice", day) for day in every_day())


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{TL}/updated", f"{TL}/byline", f"{TL}/alsoread", f"{TL}/desk",
                         f"{TL}/inputs", f"{MR}/dinank", f"{MR}/hehi", f"{MR}/pratinidhi",
                         f"{BD}/tarikh", f"{BD}/protinidhi", f"{FA}/kod", f"{FA}/tarikh"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{TL}/wire", f"{TL}/reprint", f"{MR}/mudrak", f"{BD}/sompadok", f"{FA}/mojavez",
        f"{HE}/tguvot", f"{UR}/idara", f"{UR}/daftar", f"{TA}/mugavari"))
    assert_carried_share(docs, TL, [
        ("updated", 0.65, 0.95), ("notice", 0.15, 0.45), ("alsoread", 0.4, 0.75),
        ("rain", 0.0, 0.1)])
    assert_carried_share(docs, MR, [("dinank", 0.6, 0.95), ("suchana", 0.1, 0.5)])
    for fam in (f"{TL}/alsoread", f"{MR}/hehi", f"{BD}/aroo"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{TL}/photo", f"{TL}/watch", f"{MR}/jahirat"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((TL, "photo"), (MR, "chitra"), (BD, "chobi"), (HE, "tsilum"),
                               (UR, "tasveer"), (TA, "padam"), (TE, "photo"), (KU, "wene"),
                               (SI, "chayarupa"), (NP, "photo")))
    agencies = pool_in_order(SET, TL, "agency")
    lists = [norm(t).removeprefix("(With inputs from ").removesuffix(")").split(", ")
             for t in group_lines(SET, TL, "inputs")]
    assert lists and any(len(items) > 1 for items in lists)
    for items in lists:
        if all(item in agencies for item in items):
            assert items == sorted(items, key=agencies.index), items
    amounts = {m[0] for t in group_lines(SET, TL, "support") if (m := re.search(r"₹\d+", t))}
    assert len(amounts) >= 2
    roles = {m[1] for t in group_lines(SET, TL, "views")
             if (m := re.search(r"The writer is an? (.+?)\. Views", norm(t)))}
    assert roles and roles <= pool(SET, TL, "writer")


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (TL, "rain"), (MR, "pur"), (BD, "bonna"), (FA, "barf"), (HE, "tseva"), (UR, "barish"),
        (TA, "kanamazhai"), (TE, "varsham"), (KU, "befr"), (QA, "ghubar"), (SI, "gangawathura"),
        (NP, "bandh")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{KU}/bixwenerewe", "بخوێنەرەوە: "), (f"{SI}/kiyawanna", "මේවාත් කියවන්න: "),
        (f"{NP}/more", "More from Lakeside: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{TL}/alsoread", ("ALSO READ | ", "Also Read: ")),
                          (f"{TL}/watch", ("▶ WATCH | ",)),
                          (f"{MR}/hehi", ("हेही वाचा: ", "हेही वाचा ➤ ")),
                          (f"{BD}/aroo", ("আরও পড়ুন: ", "আরো পড়ুন ▸ ")),
                          (f"{FA}/bekhanid", ("بیشتر بخوانید: ", "📌 بخوانید: ")),
                          (f"{HE}/od", ("כתבות נוספות: ", "עוד בנגב עכשיו ← ")),
                          (f"{UR}/yehbhi", ("یہ بھی پڑھیں: ", "مزید پڑھیں ← ")),
                          (f"{TA}/ithaiyum", ("இதையும் படிங்க: ", "இதையும் படிக்கலாமே ▸ ")),
                          (f"{TE}/ivikuda", ("ఇవి కూడా చదవండి: ", "ఇది కూడా చదవండి ➤ ")),
                          (f"{QA}/iqra", ("اقرأ أيضاً: ", "⬅️ اقرأ كذلك: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_tags() -> None:
    assert_groups_mostly_bare(SET, (
        (MR, "jahirat", "जाहिरात"), (BD, "biggapon", "বিজ্ঞাপন"), (UR, "ishtihar", "اشتہار"),
        (TA, "vilambaram", "விளம்பரம்"), (TE, "prakatana", "ప్రకటన"),
        (TL, "service", "Tricity Ledger News Service"),
        (HE, "tguvot", "התגובות באחריות הכותבים בלבד. המערכת רשאית להסיר תגובות פוגעניות."),
        (UR, "idara", "ادارے کا مضمون نگار کی رائے سے متفق ہونا ضروری نہیں۔"),
        (NP, "fairuse", "Photos shared by members are used here under fair use for community "
                        "news. Write to us if you want one taken down."),
        (SI, "crosspost", "මෙම පුවත මුලින්ම අපගේ ෆේස්බුක් පිටුවේ පළ විය."),
        (KU, "kurmanji", "Nûçeyên me bi kurmancî jî li ser malpera me hene.")))
    for style, family, pattern, pool_name in (
            (TL, "desk", r"^(.+)$", "desk"),
            (TL, "photo", r"^\(Photo: (.+)\)$", "photo"),
            (TL, "byline", r"^.+ \| (.+)$", "town"),
            (MR, "vibhag", r"^(.+)$", "vibhag"),
            (MR, "chitra", r"^\(छायाचित्र: (.+)\)$", "chitra"),
            (MR, "pratinidhi", r"^(?:प्रतिनिधी \| |.+, )(.+)$", "taluka"),
            (BD, "bibhag", r"^(.+)$", "bibhag"),
            (BD, "chobi", r"^ছবি: (.+)$", "chobi"),
            (BD, "protinidhi", r"^(?:.+, )?(\S+) \(বগুড়া\)", "upazila"),
            (FA, "servis", r"^سرویس: (.+)$", "servis"),
            (FA, "manba", r"^منبع: (.+)$", "manba"),
            (FA, "payan", r"^پایان خبر/ (.+)$", "emza"),
            (HE, "madur", r"^(.+)$", "madur"),
            (HE, "tsilum", r"^צילום: (.+)$", "tsilum"),
            (HE, "shituf", r"^בשיתוף (.+)$", "shutaf"),
            (UR, "zumra", r"^(.+)$", "zumra"),
            (UR, "tasveer", r"^\(تصویر: (.+)\)$", "tasveer"),
            (TA, "pirivu", r"^(.+)$", "pirivu"),
            (TA, "padam", r"^படம்: (.+)$", "padam"),
            (TE, "vibhagam", r"^(.+)$", "vibhagam"),
            (KU, "besh", r"^(.+)$", "besh"),
            (KU, "wene", r"^وێنە: (.+)$", "wene"),
            (QA, "qism", r"^(.+)$", "qism"),
            (QA, "masdar", r"^المصدر: (.+)$", "masdar"),
            (SI, "kotasa", r"^(.+)$", "kotasa"),
            (SI, "chayarupa", r"^ඡායාරූපය: (.+)$", "chayarupa"),
            (NP, "kind", r"^(.+)$", "kind"),
            (NP, "photo", r"^Photo: (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    assert any("27א" in t for t in group_lines(SET, HE, "tsilum"))
    tags = pool_in_order(SET, FA, "barchasb")
    lists = [norm(t).removeprefix("برچسب‌ها: ").split(", ")
             for t in group_lines(SET, FA, "barchasb") if norm(t).startswith("برچسب‌ها: ")]
    assert lists and any(len(items) > 1 for items in lists)
    for items in lists:
        if all(item in tags for item in items):
            assert items == sorted(items, key=tags.index), items
    assert sum(all(item in tags for item in items) for items in lists) >= 0.9 * len(lists)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (MR, "jahirat", "जाहिरात"), (BD, "biggapon", "বিজ্ঞাপন"),
        (MR, "mudrak", "मुद्रक व प्रकाशक: सुधीर पाटील, द्वारका, नाशिक ४२२०११"),
        (BD, "sompadok", "সম্পাদক ও প্রকাশক: মো. আবদুল হাকিম | কার্যালয়: সাতমাথা, বগুড়া")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        TL: (["rights", "reprint"], 2), MR: (["hakka", "mudrak"], 2),
        BD: (["sompadok", "sorbosotto"], 2), FA: (["hoquq", "mojavez"], 2),
        HE: (["niuzleter", "tguvot", "zchuyot"], 2), UR: (["huqooq", "daftar"], 2),
        TA: (["urimai", "mugavari"], 2), TE: (["hakkulu", "editor"], 2),
        KU: (["pistgiri", "maf"], 1), QA: (["tabiuna", "huquq"], 2),
        SI: (["crosspost", "himikam"], 1), NP: (["rights", "registered"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert TL in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
