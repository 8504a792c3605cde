"""The held-back-88 template set (`tests.bench.heldout_templates_88`): its localised dates
(printed day by day in eleven languages and in their own digits where the sites use them,
several changing form on the day of a redesign, one with the Bangla calendar's revised month
lengths, one in Bikram Sambat, two with the Hijri date, two by a weekly's issue), the lines
that turn every day or every week (prayer times, tides, the winter's forty days, rates in
rupees on working days or every week, the gold rate, the heat with cyclones breaking in, a
registration renewed every fiscal year), the seasons of monsoon, snow, fishing bans and
closed passes, the notices it rewords by date, the calendars some notices follow (votes,
postponed ones, emergencies, curfews, a communication blackout, cyclones, a blockade, an
earthquake, the 2020 lockdowns, Poya days, the Perahera, Eid as announced in Peshawar, Ramadan
and Eid by the Hijri calendar, an urs, the Rath Yatra, Chhath, Vivah Panchami, Dashami, Losar,
tshechus, chovoth, carnival, a wrestling meet, national and statehood days with their counts,
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

from tests.bench.heldout_calendar import carnival_tuesday
from tests.bench.heldout_templates_88 import (
    BANGLA_MONTHS,
    BANGLA_REVISION,
    BD_REDESIGN,
    BT_REDESIGN,
    CHHATH,
    CHOVOTH,
    DHIVEHI_WEEKDAYS,
    FIRST_DAY,
    GA_REDESIGN,
    KS_UT,
    LA_UT,
    LAST_DAY,
    LK_REDESIGN,
    MV_REDESIGN,
    NP_REDESIGN,
    OD_REDESIGN,
    PESHAWAR_EID,
    PS_MERGER,
    RATH_YATRA,
    SD_REDESIGN,
    SK_REDESIGN,
    bangla_date,
    bd_issue,
    bikram_sambat,
    bn,
    bs_new_year,
    bt_issue,
    chilla,
    dev,
    hijri,
    hijri_day,
    ks_heat,
    lk_rupee,
    made_up,
    male_prayers,
    np_fiscal_year,
    od,
    od_heat,
    panaji_tides,
    ps_dollar,
    sd_gold,
    thousands,
    tib,
    week_from,
    working_day,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
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

SET = "held-back-88"
SITES = ("Udarata Handa", "Khyber Ghag", "Roznamo Phuleli", "Wular Awaz", "Karnaphulir Kantha",
         "Ganjam Dinalipi", "Hulhangu", "Jankinagar Samvad", "Goenchi Sanz", "Himali Bihani",
         "Chamkhar Weekly", "Indus Valley Bulletin")
LK, PS, SD, KS = ("udaratahanda.lk", "khyberghag.pk", "roznamophuleli.pk", "wularawaz.com")
BD, OD, MV, NP = ("karnaphulirkantha.com.bd", "ganjamdinalipi.in", "hulhangu.mv",
                  "jankinagarsamvad.com")
GA, SK, BT, LA = ("goenchisanz.in", "himalibihani.in", "chamkharweekly.bt",
                  "indusvalleybulletin.in")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((LK, "dinaya"), (PS, "neta"), (PS, "hijri"), (SD, "tareekh"), (KS, "tareekh"),
         (BD, "tarikh"), (OD, "tarikh"), (MV, "tareekh"), (MV, "hijuree"), (NP, "tithi"),
         (GA, "tarikh"), (SK, "miti"), (BT, "posted"), (BT, "za"), (LA, "dateline"))
# The lines that turn every day, every week, on working days or every fiscal year.
PERIODIC = ((LK, "dolar"), (PS, "dalar"), (SD, "sono"), (KS, "mausam"), (BD, "sankhya"),
            (OD, "panipaga"), (MV, "namaadhu"), (NP, "darta"), (GA, "bharti"), (BT, "issue"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((LK, "danum"), (PS, "khabartia"), (SD, "ittila"), (KS, "ittila"), (BD, "bigyapti"),
           (OD, "suchana"), (MV, "aan"), (NP, "suchana"), (GA, "suchovnni"), (SK, "suchana"),
           (BT, "notice"), (LA, "notice"))
SEASONAL = ((SD, "bijli"), (BD, "mousum"), (GA, "masemari"), (SK, "sadak"), (BT, "road"),
            (LA, "highway"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    LK: "Facebook හරහා අප හා එක්වන්න: Udarata Handa",
    PS: "په فېسبوک کې له موږ سره ملګري شئ: Khyber Ghag",
    SD: "اسان کي فيسبوڪ تي فالو ڪريو: Roznamo Phuleli",
    KS: "ہمیں فیس بک اور ٹویٹر پر فالو کریں: Wular Awaz",
    BD: "আমাদের ফেসবুক পেজে লাইক দিন: Karnaphulir Kantha",
    OD: "ଫେସବୁକରେ ଆମକୁ ଫଲୋ କରନ୍ତୁ: Ganjam Dinalipi",
    MV: "Hulhangu ފޭސްބުކާއި ޓްވިޓަރުގައި ފޮލޯ ކުރައްވާ",
    NP: "फेसबुक पर हमरा सभसँ जुड़ू: Jankinagar Samvad",
    GA: "फेसबुकार आमकां फॉलो करात: Goenchi Sanz",
    SK: "फेसबुकमा हामीलाई लाइक गर्नुहोस्: Himali Bihani",
    BT: "Like Chamkhar Weekly on Facebook",
    LA: "Notices for the bulletin reach the office by Thursday evening",
}

SINHALA, THAANA, TIBETAN = r"[\u0D80-\u0DFF]", r"[\u0780-\u07BF]", r"[\u0F00-\u0FFF]"
BENGALI, ODIA, DEVANAGARI = r"[\u0980-\u09FF]", r"[\u0B00-\u0B7F]", r"[\u0900-\u097F]"
PASHTO = r"[ټډړږښګڼۍې]"  # letters Pashto has and Urdu lacks
SINDHI = r"[ٿڀڄڃڇڊڌڍڏڙڪڱڳڻٽٺ]"  # letters Sindhi has and Urdu lacks
URDU = r"[ہےۓ]"
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
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 4, 14), d(2018, 3, 10), d(2019, 4, 14),
        d(2019, 8, 10), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    # the tabular Hijri calendar
    assert hijri(d(2015, 6, 18)) == (1436, 9, 1)
    assert hijri(d(2015, 10, 15)) == (1437, 1, 1)
    assert hijri(d(2020, 4, 24)) == (1441, 9, 1)
    assert hijri_day(10, 1)(2018) == d(2018, 6, 15)
    assert all(hijri_day(9, 1)(y) is not None for y in range(2015, 2021))
    # the Bangla calendar before and after the 1426 revision
    assert bangla_date(d(2019, 2, 21)) == (1425, 11, 9)
    assert bangla_date(d(2020, 2, 21)) == (1426, 11, 8)
    assert bangla_date(d(2018, 12, 16)) == (1425, 9, 2)
    assert bangla_date(d(2019, 12, 16)) == (1426, 9, 1)
    assert bangla_date(d(2020, 3, 26)) == (1426, 12, 12)
    assert bangla_date(d(2019, 4, 13)) == (1425, 12, 30) and bangla_date(BANGLA_REVISION) == (
        1426, 1, 1)
    assert bangla_date(d(2016, 4, 25)) == (1423, 1, 12)
    # Bikram Sambat: the constitution's day, the new years, the last day
    assert bikram_sambat(d(2015, 9, 20)) == (2072, 6, 3)
    assert [bs_new_year(y) for y in range(2015, 2021)] == [
        d(2015, 4, 14), d(2016, 4, 13), d(2017, 4, 14), d(2018, 4, 14), d(2019, 4, 14),
        d(2020, 4, 13)]
    assert bikram_sambat(d(2019, 7, 17)) == (2076, 4, 1)
    assert np_fiscal_year(d(2019, 7, 16)) == 2075 and np_fiscal_year(d(2019, 7, 17)) == 2076
    assert bikram_sambat(LAST_DAY)[0] == 2077
    # the winter's forty, twenty and ten days
    assert chilla(d(2015, 12, 21)) == ("kalan", 1) and chilla(d(2016, 1, 29)) == ("kalan", 40)
    assert chilla(d(2016, 1, 30)) == ("khurd", 1) and chilla(d(2016, 2, 28)) == ("bachha", 10)
    assert chilla(d(2016, 2, 29)) is None and chilla(d(2016, 12, 20)) is None
    # digits, weeks, working days, made-up numbers
    assert bn(2016) == "২০১৬" and od(7, 2) == "୦୭" and dev(2076) == "२०७६"
    assert tib(2019) == "༢༠༡༩" and thousands(46500) == "46,500"
    assert week_from(d(2019, 6, 23), 0) == d(2019, 6, 17) == week_from(d(2019, 6, 17), 0)
    assert week_from(d(2019, 6, 20), 4) == d(2019, 6, 14)
    assert working_day(d(2019, 6, 22)) == working_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    for day in every_day():
        assert lk_rupee(day) == lk_rupee(working_day(day))
        assert ps_dollar(day) == ps_dollar(week_from(day, 0))
        assert sd_gold(day) == sd_gold(week_from(day, 0)) and sd_gold(day) % 100 == 0
        assert -10 <= ks_heat(day) <= 34 and 27 <= od_heat(day) <= 42
        fajr, dhuhr, asr, maghrib, isha = male_prayers(day)
        assert "04:20" <= fajr <= "05:10" and "11:45" <= dhuhr <= "12:25"
        assert "17:40" <= maghrib <= "18:35" and fajr < dhuhr < asr < maghrib < isha
        assert 1 <= len(panaji_tides(day)) <= 2
        volume, number, friday = bd_issue(day)
        assert friday.weekday() == 4 and bd_issue(day + 7 * one)[1] == number + 1
        assert volume == friday.year - 2003
        _, issue, saturday = bt_issue(day)
        assert saturday.weekday() == 5 and 1 <= issue <= 53
    assert lk_rupee(d(2020, 12, 1)) > lk_rupee(d(2015, 2, 2)) + 45
    assert ps_dollar(d(2020, 12, 1)) > ps_dollar(d(2015, 2, 2)) + 55
    assert sd_gold(d(2020, 9, 7)) > 2 * sd_gold(d(2015, 2, 2))
    assert bt_issue(d(2019, 1, 5))[:2] == (10, 1) and bt_issue(d(2018, 12, 29))[1] == 52


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(LK, "dinaya", old, "2016 මාර්තු 05 වැනි සෙනසුරාදා")
    full(LK, "dinaya", new, r"සිකුරාදා, 2019\.06\.21 \| \d\d:\d\d")
    full(PS, "neta", old, "پېښور — 5 مارچ 2016")
    full(PS, "neta", new, r"جمعه، 21 جون 2019 \| \d\d:\d\d")
    full(PS, "hijri", d(2015, 6, 18), "🌙 1 رمضان 1436 هـ")
    full(SD, "tareekh", old, "حيدرآباد، ڇنڇر 5 مارچ 2016")
    full(SD, "tareekh", new, "21 جون 2019ع · جمعو")
    full(KS, "tareekh", old, "سرینگر، 5 مارچ 2016")
    full(KS, "tareekh", d(2020, 6, 19), r"جمعہ، 19 جون 2020 \| سرینگر")
    full(BD, "tarikh", old, "চট্টগ্রাম, শনিবার, ৫ মার্চ ২০১৬")
    full(BD, "tarikh", new, r"শুক্রবার, ২১ জুন ২০১৯ খ্রিস্টাব্দ \| ৭ আষাঢ় ১৪২৬ বঙ্গাব্দ")
    full(BD, "tarikh", d(2019, 2, 21), r".+ \| ৯ ফাল্গুন ১৪২৫ বঙ্গাব্দ")
    full(BD, "tarikh", d(2020, 2, 21), r".+ \| ৮ ফাল্গুন ১৪২৬ বঙ্গাব্দ")
    full(BD, "sankhya", old, "বর্ষ ১৩ · সংখ্যা ৬৬১ · শুক্রবার, ৪ মার্চ ২০১৬")
    full(OD, "tarikh", old, "ବ୍ରହ୍ମପୁର, ଶନିବାର, ମାର୍ଚ୍ଚ ୫, ୨୦୧୬")
    full(OD, "tarikh", new, r"୨୧\.୦୬\.୨୦୧୯ \| ଶୁକ୍ରବାର")
    full(MV, "tareekh", old, "5 މާރިޗު 2016")
    full(MV, "tareekh", new, r"ހުކުރު 21 ޖޫން 2019 · \d\d:\d\d")
    full(MV, "hijuree", d(2015, 6, 18), "1 ރަމަޟާން 1436")
    full(NP, "tithi", d(2015, 9, 20), "जनकपुरधाम, ३ आसिन २०७२")
    full(NP, "tithi", new, "शुक्रदिन, ६ अषाढ़ २०७६ · २१-०६-२०१९ ई.")
    full(NP, "darta", new, "सूचना तथा प्रसारण विभाग दर्ता नं. ११४५/०७५-७६")
    full(NP, "darta", d(2019, 7, 17), "सूचना तथा प्रसारण विभाग दर्ता नं. ११४५/०७६-७७")
    full(GA, "tarikh", old, "पणजी, शेनवार, 5 मार्च 2016")
    full(GA, "tarikh", new, r"शुक्रार, 21-06-2019 · \d\d:\d\d")
    full(GA, "bharti", new, r"🌊 पणजे आयची भरती: \d\d:\d\d( आनी \d\d:\d\d)?")
    full(SK, "miti", old, "गान्तोक, शनिबार, ५ मार्च २०१६")
    full(SK, "miti", new, r"२१ जुन २०१९, शुक्रबार \| \d\d:\d\d")
    full(BT, "issue", old, "Vol. 7, Issue 10 · Saturday, March 5, 2016")
    full(BT, "posted", old, "Posted on March 5, 2016")
    full(BT, "posted", new, r"BUMTHANG \| 21 Jun 2019")
    full(BT, "za", old, "གཟའ་སྤེན་པ་ · སྤྱི་ལོ་༢༠༡༦ ཟླ་༣ ཚེས་༥")
    full(LA, "dateline", old, r"Leh, J&K \| Saturday, 5 March 2016")
    full(LA, "dateline", d(2019, 11, 1), r"Leh, Ladakh \(UT\) \| Friday, 1 November 2019")
    full(KS, "report", d(2020, 1, 6), r".+، (نامہ نگار|سٹاف رپورٹر|نمائندہ خصوصی|کالم نگار)")
    full(MV, "namaadhu", new, r"🕌 މާލޭގެ ނަމާދު ވަގުތު: ފަތިސް \d\d:\d\d · މެންދުރު \d\d:\d\d · "
                              r"ޢަޞްރު \d\d:\d\d · މަޣްރިބް \d\d:\d\d · ޢިޝާ \d\d:\d\d")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert ("වැනි" in on(LK, "dinaya", day)) == (day < LK_REDESIGN)
        assert on(PS, "neta", day).startswith("پېښور") == (day < PS_MERGER)
        y, m, dd = hijri(day)
        assert on(PS, "hijri", day).startswith(f"🌙 {dd} ") and f" {y} هـ" in on(PS, "hijri",
                                                                                 day)
        assert on(SD, "tareekh", day).startswith("حيدرآباد") == (day < SD_REDESIGN)
        assert ("|" in on(KS, "tareekh", day)) == (day >= KS_UT)
        bd = on(BD, "tarikh", day)
        assert ("বঙ্গাব্দ" in bd) == (day >= BD_REDESIGN) and not ASCII_DIGIT.search(bd)
        if day >= BD_REDESIGN:
            by, bm, bday = bangla_date(day)
            assert bd.endswith(f"| {bn(bday)} {BANGLA_MONTHS[bm - 1]} {bn(by)} বঙ্গাব্দ"), bd
        od_text = on(OD, "tarikh", day)
        assert od_text.startswith("ବ୍ରହ୍ମପୁର") == (day < OD_REDESIGN)
        assert not ASCII_DIGIT.search(od_text)
        mv = on(MV, "tareekh", day)
        assert mv.startswith(DHIVEHI_WEEKDAYS[day.weekday()]) == (day >= MV_REDESIGN), mv
        np_text = on(NP, "tithi", day)
        assert np_text.startswith("जनकपुरधाम") == (day < NP_REDESIGN)
        assert not ASCII_DIGIT.search(np_text)
        bs_y, _, bs_d = bikram_sambat(day)
        assert f"{dev(bs_d)} " in np_text and dev(bs_y) in np_text
        assert on(GA, "tarikh", day).startswith("पणजी") == (day < GA_REDESIGN)
        assert on(SK, "miti", day).startswith("गान्तोक") == (day < SK_REDESIGN)
        assert on(BT, "posted", day).startswith("Posted") == (day < BT_REDESIGN)
        assert not ASCII_DIGIT.search(on(BT, "za", day))
        assert ("Ladakh (UT)" in on(LA, "dateline", day)) == (day >= LA_UT)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_year() -> None:
    assert len({on(GA, "bharti", day) for day in every_day()}) >= 200
    assert len({on(OD, "panipaga", day) for day in every_day()}) >= 15
    assert len(changes(OD, "panipaga")) >= 1000
    assert len({on(KS, "mausam", day) for day in every_day()}) >= 80
    assert len(changes(KS, "mausam")) >= 1000
    assert len(changes(MV, "namaadhu")) >= 1000
    assert len(changes(GA, "bharti")) >= 2000
    for domain, family, weekday in ((PS, "dalar", 0), (SD, "sono", 0), (BD, "sankhya", 4),
                                    (BT, "issue", 5)):
        turned = changes(domain, family)
        assert len(turned) >= 150, (domain, family)
        assert all(day.weekday() == weekday for day in turned), (domain, family)
    rupee = changes(LK, "dolar")
    assert len(rupee) >= 1000 and all(day.weekday() < 5 for day in rupee)
    assert re.fullmatch(r"💱 ඇමෙරිකානු ඩොලරයේ විකුණුම් අනුපාතය: රු\. 1\d\d\.\d\d",
                        on(LK, "dolar", d(2018, 5, 2)))
    assert re.fullmatch(r"🪙 صرافه بازار: سون جي قيمت في تولو \d{2,3},\d{3} رپيا",
                        on(SD, "sono", d(2018, 5, 2)))
    # the registration is renewed on 1 Saun every year
    renewed = changes(NP, "darta")
    assert len(renewed) == 6 and all(bikram_sambat(day)[1:] == (4, 1) for day in renewed)
    # the winter's forty, twenty and ten days in Srinagar, the heat the rest of the year
    for y in range(2015, 2020):
        assert on(KS, "mausam", d(y, 12, 21)) == "❄️ چلۂ کلان کا 1واں دن"
        assert on(KS, "mausam", d(y + 1, 1, 29)) == "❄️ چلۂ کلان کا 40واں دن"
        assert on(KS, "mausam", d(y + 1, 2, 18)) == "❄️ چلۂ خورد کا 20واں دن"
        assert on(KS, "mausam", d(y + 1, 2, 28)) == "❄️ چلۂ بچہ کا 10واں دن"
        assert "درجہ حرارت" in on(KS, "mausam", d(y + 1, 3, 1))
    for day in every_day():
        tides = on(GA, "bharti", day)
        assert all(t in tides for t in panaji_tides(day))
        assert on(MV, "namaadhu", day).count(":") == 6
    assert "ତିତଲି" in on(OD, "panipaga", d(2018, 10, 11))
    assert "ଫନି" in on(OD, "panipaga", d(2019, 5, 3))
    assert "ଆମ୍ଫାନ" in on(OD, "panipaga", d(2020, 5, 19))
    assert "ସର୍ବାଧିକ" in on(OD, "panipaga", d(2019, 5, 10))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "اونهاري" in on(SD, "bijli", d(y, 6, 1)) and "سياري" in on(SD, "bijli",
                                                                              d(y, 11, 1))
        assert "পাহাড় ধসের" in on(BD, "mousum", d(y, 7, 1))
        assert "শীতের" in on(BD, "mousum", d(y, 1, 10))
        assert "ঘূর্ণিঝড়ের" in on(BD, "mousum", d(y, 5, 1))
        assert "बंदी" in on(GA, "masemari", d(y, 6, 15)) and "बंदी" in on(GA, "masemari",
                                                                         d(y, 7, 31))
        assert "हंगाम" in on(GA, "masemari", d(y, 8, 1)) and "हंगाम" in on(GA, "masemari",
                                                                          d(y, 5, 31))
        assert "पहिरो" in on(SK, "sadak", d(y, 7, 1)) and "हिमपात" in on(SK, "sadak",
                                                                          d(y, 1, 15))
        assert "Monsoon" in on(BT, "road", d(y, 8, 1)) and "chains" in on(BT, "road",
                                                                          d(y, 1, 15))
        assert "flights are the only link" in on(LA, "highway", d(y, 2, 1))
        assert "Zojila open" in on(LA, "highway", d(y, 5, 1))
        assert "Both highways open" in on(LA, "highway", d(y, 8, 1))
        assert "Manali–Leh highway closed" in on(LA, "highway", d(y, 11, 15))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    # Kandy: Poya days, the Perahera (without crowds in 2020), the emergency and curfews
    assert counts_in(LK, "danum", r"🇱🇰 (\d+) වැනි නිදහස්") == {str(n) for n in range(67, 73)}
    assert counts_in(LK, "danum", r"වෙසක් (\d{4})") == years - {"2020"}  # under curfew
    assert counts_in(LK, "danum", r"ඇසළ පෙරහැර (\d{4})") == years
    assert "මහජනයාට නැරඹීමට අවසර නැත" in on(LK, "danum", d(2020, 7, 26))
    assert "පොසොන්" in on(LK, "danum", d(2018, 6, 27))
    assert "හදිසි" in on(LK, "danum", d(2018, 3, 10))
    assert "ඇඳිරි නීතිය පනවා" in on(LK, "danum", d(2019, 4, 25))
    assert "2019" in on(LK, "danum", d(2019, 11, 14))
    assert "නැකැත්" in on(LK, "danum", d(2017, 4, 13))
    # Peshawar: Eid as announced at Qasim Ali Khan, the merger, the bus, the school attack
    for y, day in PESHAWAR_EID.items():
        assert f"کوچنی اختر — {y}" in on(PS, "khabartia", dt.date.fromisoformat(day))
    assert counts_in(PS, "khabartia", r"د خپلواکۍ (\d+)مه") == {  # 2020's: the bus's week
        str(n) for n in range(68, 73)}
    assert counts_in(PS, "khabartia", r"د شهیدانو (\d+)مه") == {str(n) for n in range(1, 7)}
    assert "قبایلي سیمې" in on(PS, "khabartia", PS_MERGER)
    assert "بي آر ټي" in on(PS, "khabartia", d(2020, 8, 14))
    assert "لاک ډاون" in on(PS, "khabartia", d(2020, 4, 1))
    assert "قبایلي ضلعو" in on(PS, "khabartia", d(2019, 7, 18))
    # Hyderabad: the culture day, the urs by the Hijri calendar, the rains of 2020
    for y in range(2015, 2021):
        sunday = d(y, 12, 1) + dt.timedelta(days=(6 - d(y, 12, 1).weekday()) % 7)
        assert f"سنڌي ثقافتي ڏهاڙو {y}" in on(SD, "ittila", sunday)
        urs = hijri_day(2, 14)(y)
        assert urs is not None and "ڀٽائي" in on(SD, "ittila", urs)
    assert counts_in(SD, "ittila", r"جشن آزادي: (\d+) سال") == {str(n) for n in range(68, 74)}
    assert "برساتي" in on(SD, "ittila", d(2020, 8, 27))
    assert "گرمي جي لهر" in on(SD, "ittila", d(2015, 6, 22))
    # Srinagar: the yatra year by year (cancelled in 2020), the blackout, the Darbar move
    assert counts_in(KS, "ittila", r"امرناتھ یاترا (\d{4}):") == years - {"2020"}
    assert "منسوخ" in on(KS, "ittila", d(2020, 7, 22))
    assert "مواصلاتی پابندی" in on(KS, "ittila", d(2019, 10, 1))
    assert "کرفیو" in on(KS, "ittila", d(2016, 8, 1))
    assert "سرینگر میں کھل گیا" in on(KS, "ittila", d(2018, 5, 4))
    assert "جموں منتقل" in on(KS, "ittila", d(2017, 10, 30))
    assert "ڈی ڈی سی" in on(KS, "ittila", d(2020, 12, 1))
    # Chittagong: the wrestling meet's count (not held in 2020), cyclones, the postponed poll
    assert counts_in(BD, "bigyapti", r"বলীখেলার (\S+)তম") == {bn(n) for n in range(106, 111)}
    assert "হচ্ছে না" in on(BD, "bigyapti", d(2020, 4, 25))
    assert counts_in(BD, "bigyapti", r"বিজয়ের (\S+) বছর") == {bn(n) for n in range(44, 50)}
    assert counts_in(BD, "bigyapti", r"শুভ নববর্ষ (\S+)") == {bn(n) for n in range(1422, 1427)}
    assert "মোরা" in on(BD, "bigyapti", d(2017, 5, 30))
    assert "স্থগিত" in on(BD, "bigyapti", d(2020, 3, 22))
    assert "সাধারণ ছুটি" in on(BD, "bigyapti", d(2020, 4, 14))
    # Berhampur: the Rath Yatra (without devotees in 2020), the turtles, Ganjam's shutdown
    for day in RATH_YATRA.values():
        assert "ରଥଯାତ୍ରା" in on(OD, "suchana", dt.date.fromisoformat(day))
    assert "ଭକ୍ତଙ୍କ ବିନା" in on(OD, "suchana", d(2020, 6, 23))
    assert counts_in(OD, "suchana", r"🎉 (\S+)ତମ ଉତ୍କଳ") == {od(n) for n in range(79, 84)}
    assert "ଅଲିଭ ରିଡଲେ" in on(OD, "suchana", d(2019, 3, 1))
    assert "ଗଞ୍ଜାମ ଜିଲ୍ଲାରେ" in on(OD, "suchana", d(2020, 7, 20))
    # Malé: Ramadan and Eid by the Hijri calendar, the 2018 emergency
    for y in range(2015, 2020):
        assert "ރަމަޟާން" in on(MV, "aan", hijri_day(9, 10)(y))
        assert "ޢީދު" in on(MV, "aan", hijri_day(10, 1)(y))
    assert counts_in(MV, "aan", r"މިނިވަންވުމުގެ (\d+) ވަނަ") == {str(n) for n in range(50, 56)}
    assert counts_in(MV, "aan", r"ނަޞްރުގެ ދުވަސް: (\d+)") == {str(n) for n in range(27, 33)}
    assert "ޤައުމީ ޙާލަތު" in on(MV, "aan", d(2018, 3, 1))
    assert "ފަސްކޮށްފި" in on(MV, "aan", d(2020, 4, 1))
    # Janakpur: Chhath, Vivah Panchami, the blockade, the new year's BS year
    for y, day in CHHATH.items():  # 2015's fell in the blockade's notice
        if y == 2015:
            assert "नाकाबन्दी" in on(NP, "suchana", dt.date.fromisoformat(day))
            continue
        assert f"छठ पाबनि {dev(y)}" in on(NP, "suchana", dt.date.fromisoformat(day))
    assert "विवाह पञ्चमी" in on(NP, "suchana", d(2018, 12, 12))
    assert "नाकाबन्दी" in on(NP, "suchana", d(2015, 12, 1))
    assert "भूकम्प" in on(NP, "suchana", d(2015, 4, 30))
    assert counts_in(NP, "suchana", r"नव वर्ष (\S+)क") == {dev(n) for n in range(2072, 2077)}
    assert "विजया दशमी" in on(NP, "suchana", d(2019, 10, 8))
    # Goa: carnival, chovoth, the film festival put off in 2020, Liberation Day's count
    for y in range(2015, 2021):
        assert f"Carnaval {y}" in on(GA, "suchovnni", carnival_tuesday(y))
    for y, day in CHOVOTH.items():
        assert f"गणेश चतुर्थी {y}" in on(GA, "suchovnni", dt.date.fromisoformat(day))
    assert "IFFI 2018:" in on(GA, "suchovnni", d(2018, 11, 25))
    assert "ढकलला" in on(GA, "suchovnni", d(2020, 11, 25))
    assert counts_in(GA, "suchovnni", r"मुक्तीदीस: (\d+)") == {str(n) for n in range(54, 60)}
    assert "Sao Joao" in on(GA, "suchovnni", d(2016, 6, 24))
    assert "गोंयच्या सायबाचें" in on(GA, "suchovnni", d(2017, 12, 3))
    assert "फुडें ढकलल्या" in on(GA, "suchovnni", d(2020, 3, 20))
    # Gangtok: Losar, Statehood Day (2020's in the lockdown), the Lepcha feast
    assert counts_in(SK, "suchana", r"लोसार (\S+)को") == {dev(y) for y in range(2015, 2021)}
    assert counts_in(SK, "suchana", r"राज्य दिवस: (\S+) वर्ष") == {dev(n) for n in range(40, 45)}
    assert "Tendong Lho Rum Faat" in on(SK, "suchana", d(2018, 8, 8))
    assert "नोटबन्दी" in on(SK, "suchana", d(2016, 11, 15))
    # Bumthang: the King's birthday, National Day, the tshechu without spectators in 2020
    assert counts_in(BT, "notice", r"King's (\d+)(?:st|nd|rd|th) Birth") == {
        str(n) for n in range(35, 41)}
    assert counts_in(BT, "notice", r"Happy (\d+)(?:st|nd|rd|th) National Day") == {
        str(n) for n in range(108, 114)}
    assert "without spectators" in on(BT, "notice", d(2020, 9, 27))
    assert "Tshechu 2017: three days" in on(BT, "notice", d(2017, 10, 1))
    assert "Second nationwide lockdown" in on(BT, "notice", d(2021, 1, 1))
    assert counts_in(BT, "notice", r"Happy Losar (\d{4})") == years
    # Leh: the union territory, Hemis (called off in 2020), the council vote
    assert counts_in(LA, "notice", r"Hemis Tsechu (\d{4}):") == years - {"2020"}
    assert "called off" in on(LA, "notice", d(2020, 6, 28))
    assert "Union Territory" in on(LA, "notice", LA_UT)
    assert "LAHDC" in on(LA, "notice", d(2020, 10, 20))
    assert counts_in(LA, "notice", r"(\d+) years of Independence") == {
        str(n) for n in range(68, 74)}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (LK, "visin", d(2017, 4, 14), "විසින්", "ලියන්නේ"),
        (LK, "kiyawanna", d(2019, 2, 4), "මේවාත් කියවන්න:", "📌"),
        (LK, "mila", d(2016, 7, 1), "රු. 25", "රු. 30"),
        (LK, "mila", d(2019, 1, 1), "රු. 30", "රු. 40"),
        (LK, "himikam", d(2018, 1, 1), "ඇවිරිණි", "තහනම්"),
        (LK, "danum", d(2019, 6, 3), "Facebook", "WhatsApp"),
        (PS, "likwal", d(2018, 5, 31), "لیکوال", "راپور"),
        (PS, "mrasta", d(2019, 9, 2), "خبریالۍ", "{rupay}"),
        (PS, "haquna", d(2017, 1, 2), "خوندي دي", "All rights"),
        (SD, "tahrir", d(2017, 12, 3), "تحرير", "جي رپورٽ"),
        (SD, "qeemat", d(2018, 7, 2), "10 رپيا", "15 رپيا"),
        (SD, "qeemat", d(2020, 7, 1), "15 رپيا", "20 رپيا"),
        (SD, "haq", d(2018, 1, 1), "سڀ حق", "نقل"),
        (KS, "report", KS_UT, "رپورٹ:", "{author_beat}"),
        (KS, "agency", d(2017, 6, 5), "سرینگر ({agency})", "بشکریہ"),
        (KS, "rukniyat", d(2018, 9, 3), "ساتھ دیں", "₹{inr}"),
        (KS, "ittila", d(2020, 2, 3), "فیس بک", "خبرنامہ"),
        (BD, "protibedon", BD_REDESIGN, "চট্টগ্রাম", "প্রতিবেদন"),
        (BD, "mulyo", d(2018, 1, 5), "১০ টাকা", "১২ টাকা"),
        (OD, "report", OD_REDESIGN, "ରିପୋର୍ଟ", "ବ୍ୟୁରୋ"),
        (OD, "mulya", d(2017, 1, 1), "୪ ଟଙ୍କା", "୫ ଟଙ୍କା"),
        (MV, "liyuni", MV_REDESIGN, "ލިޔުނީ", "Written by"),
        (MV, "aan", d(2019, 4, 14), "ފޭސްބުކާއި", "ވައިބަރުން"),
        (NP, "report", NP_REDESIGN, "जनकपुरधाम", "रिपोर्ट"),
        (NP, "sahyog", d(2018, 7, 17), "पत्रकारिताक", "eSewa"),
        (GA, "barovpi", GA_REDESIGN, "बरोवपी", ", पणजी"),
        (GA, "mol", d(2018, 4, 1), "₹4", "₹5"),
        (GA, "mol", d(2020, 9, 1), "₹5", "₹6"),
        (SK, "samvad", SK_REDESIGN, "गान्तोक", "संवाददाता"),
        (SK, "mulya", d(2017, 4, 1), "₹ ३", "₹ ५"),
        (BT, "byline", BT_REDESIGN, "By {author}", "| Jakar"),
        (BT, "photo", BT_REDESIGN, "Photo:", "Pic:"),
        (BT, "price", d(2018, 1, 6), "Nu. 15", "Nu. 20"),
        (BT, "notice", d(2019, 3, 4), "Facebook", "WeChat"),
        (LA, "byline", d(2018, 6, 1), "By {author}", "Reported by"),
        (LA, "support", d(2018, 9, 3), "at the office", "UPI")))
    assert "Thursday evening" in on(LA, "notice", LA_UT - one)
    assert "WhatsApp" in on(LA, "notice", d(2019, 11, 4))
    assert_groups_reworded(SET, (
        (LK, "dinaya", "වැනි", " | "),
        (LK, "visin", "විසින්", "ලියන්නේ"),
        (PS, "neta", "پېښور —", " | "),
        (SD, "tareekh", "حيدرآباد،", "ع · "),
        (LK, "mila", "රු. 25", "රු. 40"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (LK, "dinaya", SINHALA), (LK, "danweem", SINHALA), (PS, "haquna", PASHTO),
        (SD, "haq", SINDHI), (KS, "huqooq", URDU), (BD, "tarikh", BENGALI),
        (OD, "tarikh", ODIA), (MV, "tareekh", THAANA), (MV, "hijuree", THAANA),
        (NP, "tithi", DEVANAGARI), (GA, "tarikh", DEVANAGARI), (GA, "dev-borem", "Dev borem"),
        (SK, "miti", DEVANAGARI), (SK, "achuley", "Achuley"), (BT, "za", TIBETAN),
        (BT, "kuzu", TIBETAN), (LA, "julley", TIBETAN)))
    kashmiri = [t for t in group_lines(SET, KS, "hissa") if "کٲشُر" in t]
    assert kashmiri
    english = [t for t in group_lines(SET, MV, "liyuni") if "Written by" in t]
    assert english
    for style, family in ((BD, "tarikh"), (OD, "tarikh"), (NP, "tithi"), (BT, "za")):
        lines = group_lines(SET, style, family)
        assert lines and not any(ASCII_DIGIT.search(t) for t in lines), (style, family)
    assert re.search(PASHTO, on(PS, "khabartia", QUIET))
    assert re.search(SINDHI, on(SD, "ittila", QUIET))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{LK}/dinaya", f"{LK}/visin", f"{LK}/kiyawanna", f"{LK}/kotasa",
                         f"{LK}/dolar", f"{LK}/danum", f"{LK}/nagaraya", f"{PS}/neta",
                         f"{PS}/hijri", f"{PS}/walwalai", f"{PS}/barkha", f"{SD}/tareekh",
                         f"{SD}/sono"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{LK}/lipinaya", f"{LK}/jalaya", f"{LK}/danweem", f"{PS}/haquna", f"{SD}/pato",
        f"{SD}/ishtihar", f"{KS}/fair-use", f"{BD}/karyaloy"))
    assert_carried_share(docs, LK, [
        ("dinaya", 0.65, 0.95), ("danum", 0.15, 0.45), ("kiyawanna", 0.4, 0.75),
        ("jalaya", 0.0, 0.1), ("danweem", 0.0, 0.2)])
    assert_carried_share(docs, PS, [("neta", 0.6, 0.9), ("khabartia", 0.15, 0.45)])
    for fam in (f"{LK}/kiyawanna", f"{PS}/walwalai", f"{SD}/parho"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{LK}/foto", f"{PS}/anzor", f"{SD}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((LK, "foto"), (LK, "danweem"), (PS, "anzor"), (SD, "foto"),
                               (SD, "ishtihar"), (KS, "tasveer"), (BD, "chhobi"),
                               (OD, "photo"), (MV, "foto"), (MV, "ishthihaaru"),
                               (NP, "photo"), (GA, "photo"), (BT, "also-read"),
                               (BT, "photo"), (LA, "also")))
    handles = [norm(t) for t in group_lines(SET, LK, "visin") if "ලියන්නේ" in t]
    assert handles and all(re.fullmatch(r"ලියන්නේ: .+ \| .+", t) for t in handles)
    beats = {m[1] for t in group_lines(SET, KS, "report")
             if (m := re.fullmatch(r"[^،]+، (.+)", norm(t)))}
    assert beats and beats <= pool(SET, KS, "beat")


def test_amounts_in_appeals_and_prices() -> None:
    for style, family, pattern, pool_name in (
            (PS, "mrasta", r"د (\d+) روپیو", "rupay"),
            (KS, "rukniyat", r"₹(\d+)", "inr"),
            (NP, "sahyog", r"रु\. (\S+) सहयोग", "rashi")):
        amounts = [m[1] for t in group_lines(SET, style, family)
                   if (m := re.search(pattern, norm(t)))]
        assert amounts and set(amounts) <= pool(SET, style, pool_name), (style, family)
    prices = {y: on(LK, "mila", d(y, 9, 1)) for y in range(2015, 2021)}
    assert "රු. 25" in prices[2015] and "රු. 30" in prices[2017]
    assert "රු. 40" in prices[2019] and "ඊ-පත්‍රය" in prices[2020]
    assert "10 رپيا" in on(SD, "qeemat", d(2016, 6, 1))
    assert "6000" in on(SD, "qeemat", d(2020, 8, 1))
    assert "৬০০ টাকা" in on(BD, "mulyo", d(2019, 1, 1))
    assert "₹600" in on(GA, "mol", d(2020, 10, 1))
    assert "Nu. 15" in on(BT, "price", d(2017, 12, 30))
    seen = {m[1] for t in group_lines(SET, LK, "mila")
            if (m := re.search(r"රු\. (\d+)", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (LK, "jalaya"), (PS, "sarak"), (SD, "pani"), (KS, "shahrah"), (BD, "wasa"),
        (OD, "bidyut"), (MV, "stelco"), (NP, "bijuli"), (GA, "udok"), (SK, "pahiro"),
        (BT, "outage"), (LA, "flights")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PS}/walwalai", "دا هم ولولئ: "), (f"{SD}/parho", "هي به پڙهو: "),
        (f"{KS}/parhein", "یہ بھی پڑھیں: "), (f"{BD}/aro-porun", "আরও পড়ুন: "),
        (f"{OD}/padhantu", "ଆହୁରି ପଢନ୍ତୁ: "), (f"{MV}/kiyaa", "މިވެސް ކިޔާލައްވާ: "),
        (f"{NP}/iho", "इहो पढ़ू: "), (f"{GA}/vachat", "हेंय वाचात: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{LK}/kiyawanna", ("මේවාත් කියවන්න: ", "📌 මේවාත් කියවන්න ➤ ")),):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (LK, "danweem", "දැන්වීම"),
        (SD, "ishtihar", "اشتهار"),
        (MV, "ishthihaaru", "އިޝްތިހާރު"),
        (KS, "print", "یہ رپورٹ پہلے ہمارے پرنٹ ایڈیشن میں شائع ہوئی۔"),
        (KS, "fair-use", "اقتباس لنک کے ساتھ شائع کیا جا سکتا ہے؛ پوری خبر بغیر اجازت نقل "
                         "کرنا منع ہے۔"),
        (GA, "dev-borem", "Dev borem korum! Amchi khobor vachun tumchea ixttank dhaddat."),
        (BT, "letters", "Letters to the editor: keep them under 300 words and sign with your "
                        "dzongkhag.")))
    for style, family, pattern, pool_name in (
            (LK, "kotasa", r"^(.+)$", "kotasa"),
            (LK, "nagaraya", r"^\((.+) – .+\)$", "nagaraya"),
            (PS, "barkha", r"^(.+)$", "barkha"),
            (PS, "khar", r"^(.+) \(خپل خبریال\)$", "khar"),
            (SD, "sitaro", r"^(.+)$", "sitaro"),
            (SD, "shahar", r"^(.+) \(نمائندي\)$", "shahar"),
            (KS, "hissa", r"^(.+)$", "hissa"),
            (KS, "agency", r"^(?:سرینگر \(|بشکریہ: )(\w+)\)?$", "agency"),
            (BD, "bibhag", r"^(.+)$", "bibhag"),
            (BD, "protinidhi", r"^(.+) প্রতিনিধি$", "upazila"),
            (OD, "block", r"^(.+)$", "block"),
            (MV, "bai", r"^(.+)$", "bai"),
            (NP, "khand", r"^(.+)$", "khand"),
            (GA, "vibhag", r"^(.+)$", "vibhag"),
            (GA, "protinidhi", r"^(.+) \(प्रतिनिधी\)$", "gaon"),
            (SK, "stambha", r"^(.+)$", "stambha"),
            (SK, "jilla", r"^(.+), \(निज प्रतिनिधि\)$", "jilla")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (LK, "lipinaya", "කාර්යාලය: අංක 00, දළදා වීදිය, මහනුවර · දු.ක. 081 000 0000"),
        (SD, "pato", "آفيس: ٿانڊي سڙڪ، حيدرآباد · فون: 022-0000000"),
        (KS, "fair-use", "اقتباس لنک کے ساتھ شائع کیا جا سکتا ہے؛ پوری خبر بغیر اجازت نقل کرنا "
                         "منع ہے۔"),
        (BD, "karyaloy", "সম্পাদকীয় কার্যালয়: ০০ আন্দরকিল্লা, চট্টগ্রাম · ফোন: ০৩১-০০০০০০")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        LK: (["mila", "himikam", "lipinaya"], 3), PS: (["mrasta", "haquna"], 2),
        SD: (["qeemat", "haq", "pato"], 2), KS: (["print", "rukniyat", "fair-use", "huqooq"], 2),
        BD: (["mulyo", "swatto", "karyaloy"], 2), OD: (["mulya", "swatwa", "thikana"], 2),
        MV: (["khabaru", "haqq"], 2), NP: (["darta", "sahyog", "adhikar"], 2),
        GA: (["dev-borem", "mol", "hokk", "kacheri"], 2), SK: (["mulya", "adhikar"], 2),
        BT: (["price", "letters", "copyright"], 2), LA: (["support", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert LK in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
