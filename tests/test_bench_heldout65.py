"""The held-back-65 template set (`tests.bench.heldout_templates_65`): its localised dates
(printed day by day, one with the arithmetic Hijri date, one with the Republic of China
year, one with the Nepal Sambat year in Devanagari digits, some changing form or language on
the day of a redesign), the weekly and fortnightly numbers (a weekly's issues, a
fortnightly's editions, weekly rates and prices), a rate that changes each business day, the
notices it rewords by date, the calendars and seasons some notices follow (anniversaries
with their counts, days on a weekday of a month, movable feasts, votes, storms, epidemics,
festivals called off or moved), the monthly tallies, a tax and fuel regime, the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the
hard negatives of its corpus actually occur.

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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_65 import (
    DEVANAGARI_ZERO,
    DS_ISSUE_ZERO,
    DS_REDESIGN,
    ET_REDESIGN,
    FIRST_DAY,
    HIJRI_MONTHS,
    HJ_REDESIGN,
    HK_REDESIGN,
    HUNGARIAN_MONTHS,
    IR_LARS_CLOSED,
    IR_REDESIGN,
    KAZAKH_MONTHS,
    KR_REDESIGN,
    LAST_DAY,
    MHA_PUJA,
    NB_REDESIGN,
    OSSETIAN_WEEKDAYS,
    OT_REDESIGN,
    RR_TALLY_START,
    RUSSIAN_MONTHS,
    SPRING_FESTIVAL,
    TURKISH_MONTHS,
    ZK_EDITION_ZERO,
    digits,
    dowerin,
    ds_issue,
    ds_thursday,
    gr_friday,
    gr_rain_mm,
    hijri,
    hijri_new_year,
    miners_day,
    ml_business_day,
    naidoc_sunday,
    ns_year,
    ordinal,
    pentecost_saturday,
    rr_operations,
    tian_chuan,
    zk_edition,
    zk_friday,
)
from tests.heldout_checks import (
    ascii_digits,
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
    wording_on,
    wordings_by_start,
)

SET = "held-back-65"
SITES = ("Olthatár", "هجر اليوم", "Курьер Сарыарки", "月光山客家新聞", "Ирыстоны хабæрттæ",
         "Deliorman Sesi", "यें खँपौ", "Etango", "Zenadth Kes Weekly", "MoMo Ledger",
         "The Wheatbelt Grower", "Rau River Eye Hospital")
OT, HJ, KR, HK = ("olthatar.ro", "hajaralyoum.com.sa", "kuryersaryarki.kz", "moonhillnews.tw")
IR, DS, NB, ET = ("irystonkhabar.ru", "deliormansesi.bg", "yenkhanpau.com.np",
                  "etango.com.na")
ZK, ML, GR, RR = ("zenadthkesweekly.com.au", "momoledger.com.gh", "wheatbeltgrower.com.au",
                  "rauriver-eye.or.tz")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((OT, "datum"), (HJ, "tarikh"), (KR, "data"), (HK, "riqi"), (IR, "data"),
         (DS, "tarih"), (NB, "dina"), (ET, "esiku"))

# The families that change with the seasons, the years, the months, the weeks or the days.
PERIODIC = ((OT, "arfolyam"), (HJ, "asaar"), (HJ, "mawsim"), (KR, "otoplenie"),
            (HK, "nongshi"), (IR, "doroga"), (DS, "sayi"), (ET, "season"), (ZK, "edition"),
            (ZK, "wind"), (ML, "rate"), (GR, "price"), (GR, "rain"), (GR, "season"),
            (RR, "tally"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((OT, "ertesites"), (HJ, "tanbih"), (KR, "obyavlenie"), (HK, "tongzhi"),
           (IR, "obyavlenie"), (DS, "duyuru"), (NB, "suchana"), (ET, "notice"),
           (ZK, "notice"), (ML, "newsletter"), (GR, "notice"), (RR, "notice"))

# A day no notice of the set turns for an event on, before any of them was reworded.
QUIET = d(2016, 10, 19)

ARABIC = r"[\u0600-\u06ff]"
CJK = r"[\u4e00-\u9fff]"
CYRILLIC = r"[\u0400-\u04ff]"
KAZAKH = r"[әғқңөұүһі]"
DEVANAGARI = r"[\u0900-\u097f]"
LATIN = r"[A-Za-z]"
DEVANAGARI_DIGITS = "".join(chr(ord(DEVANAGARI_ZERO) + k) for k in range(10))


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def _dev(number: int, width: int = 0) -> str:
    return digits(number, DEVANAGARI_ZERO, width)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 12, 24), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert hijri(d(2019, 3, 21)) == (1440, 7, 14) and hijri(d(2016, 3, 5)) == (1437, 5, 25)
    assert hijri(d(2019, 8, 31)) == (1440, 12, 29) and hijri(HJ_REDESIGN) == (1441, 1, 1)
    assert [hijri_new_year(y) for y in range(2015, 2021)] == [
        d(2015, 10, 15), d(2016, 10, 3), d(2017, 9, 22), d(2018, 9, 12), d(2019, 9, 1),
        d(2020, 8, 20)]
    assert [ns_year(day) for day in (d(2015, 1, 1), d(2015, 11, 11), d(2015, 11, 12),
                                     d(2019, 10, 28), d(2021, 1, 5))] == [
        1135, 1135, 1136, 1140, 1141]
    assert tian_chuan(2019) == d(2019, 2, 24) and tian_chuan(2015) == d(2015, 3, 10)
    assert pentecost_saturday(2019) == d(2019, 6, 8) and pentecost_saturday(2020) == d(2020,
                                                                                        5, 30)
    assert miners_day(2019) == d(2019, 8, 25) and miners_day(2020) == d(2020, 8, 30)
    assert ds_thursday(d(2019, 6, 21)) == d(2019, 6, 20) == ds_thursday(d(2019, 6, 20))
    assert ds_issue(DS_ISSUE_ZERO[0]) == DS_ISSUE_ZERO[1] and ds_issue(d(2019, 6, 20)) == 793
    assert DS_ISSUE_ZERO[0].weekday() == 3 and ZK_EDITION_ZERO[0].weekday() == 4
    assert zk_friday(d(2019, 6, 21)) == d(2019, 6, 14) and zk_edition(d(2019, 6, 14)) == 417
    assert zk_friday(d(2019, 6, 28)) == d(2019, 6, 28)
    assert naidoc_sunday(2019) == d(2019, 7, 7) and naidoc_sunday(2020) == d(2020, 11, 8)
    assert dowerin(2019) == d(2019, 8, 28) and dowerin(2020) is None
    assert ml_business_day(d(2019, 6, 23)) == d(2019, 6, 21) == ml_business_day(d(2019, 6,
                                                                                  21))
    assert gr_friday(d(2019, 6, 20)) == d(2019, 6, 14)
    assert rr_operations(2020, 4) == rr_operations(2020, 5) == 0 < rr_operations(2020, 6)
    assert [ordinal(n) for n in (58, 61, 62, 63)] == ["58th", "61st", "62nd", "63rd"]
    assert _dev(1140) == "११४०" and _dev(6, 2) == "०६"


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(OT, "datum", old, r"2016\. március 5\., szombat")
    full(OT, "datum", new, r"Frissítve: 2019\.06\.21\. \d\d:\d\d")
    full(HJ, "tarikh", old, "السبت 25 جمادى الأولى 1437هـ - 5 مارس 2016م")
    full(HJ, "tarikh", new, "الجمعة 17 شوال 1440هـ - 21 يونيو 2019م")
    full(HJ, "tarikh", d(2020, 6, 21), r"1441/10/\d\dهـ الموافق 2020/06/21م")
    full(KR, "data", old, "5 марта 2016 г., суббота")
    full(KR, "data", new, r"21\.06\.2019, \d\d:\d\d · 2019 жылғы 21 маусым")
    full(HK, "riqi", old, "中華民國105年3月5日（星期六）")
    full(HK, "riqi", new, r"發布時間：108/06/21 \d\d:\d\d")
    full(IR, "data", old, "Суббота, 5 марта 2016")
    full(IR, "data", new, r"21\.06\.2019 \d\d:\d\d \| Майрæмбон")
    full(DS, "tarih", old, "5 Mart 2016 Cumartesi")
    full(DS, "tarih", new, r"Güncelleme: 21\.06\.2019 \d\d:\d\d")
    full(DS, "sayi", new, "Sayı 793 · 20 Haziran 2019")
    full(NB, "dina", old, "शनिबाः, सन् २०१६ मार्च ५ · ने.सं. ११३६")
    full(NB, "dina", new, r"ने\.सं\. ११३९ \| २०१९/०६/२१ \d\d:\d\d")
    full(ET, "esiku", old, "Olyomakaya, 5 Maalitsa 2016")
    full(ET, "esiku", new, r"Published 21 June 2019, \d\d:\d\d")
    full(ZK, "edition", new, "Edition 417 · Friday 14 June 2019")
    full(ML, "dateline", old, "Accra · March 5, 2016")
    full(ML, "dateline", new, r"Updated Jun 21, 2019 · \d+ min read")
    full(GR, "dateline", old, "Merredin, WA · 5 March 2016")
    full(RR, "posted", old, "Posted 5 March 2016 by .+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        month = day.month
        ot = on(OT, "datum", day)
        assert (f"{day.year}. {HUNGARIAN_MONTHS[month - 1]} {day.day}., " == ot[:len(
            ot.partition(", ")[0]) + 2]) == (day < OT_REDESIGN), ot
        assert ot.startswith("Frissítve: ") == (day >= OT_REDESIGN), ot
        hy, hm, hd = hijri(day)
        hj = on(HJ, "tarikh", day)
        if day < HJ_REDESIGN:
            assert f" {hd} {HIJRI_MONTHS[hm - 1]} {hy}هـ - {day.day} " in hj, hj
            assert hj.endswith(f" {day.year}م"), hj
        else:
            assert hj == f"{hy}/{hm:02d}/{hd:02d}هـ الموافق {day:%Y/%m/%d}م", hj
        kr = on(KR, "data", day)
        assert (f"{day.day} {RUSSIAN_MONTHS[month - 1]} {day.year} г., " in kr) == (
            day < KR_REDESIGN), kr
        if day >= KR_REDESIGN:
            assert kr.endswith(f"{day.year} жылғы {day.day} {KAZAKH_MONTHS[month - 1]}"), kr
        hk = on(HK, "riqi", day)
        assert (f"中華民國{day.year - 1911}年{month}月{day.day}日" in hk) == (day < HK_REDESIGN)
        assert hk.startswith(f"發布時間：{day.year - 1911}/") == (day >= HK_REDESIGN), hk
        ir = on(IR, "data", day)
        assert (f" {day.day} {RUSSIAN_MONTHS[month - 1]} {day.year}" in ir) == (
            day < IR_REDESIGN), ir
        assert ir.endswith(f"| {OSSETIAN_WEEKDAYS[day.weekday()]}") == (day >= IR_REDESIGN)
        ds = on(DS, "tarih", day)
        assert (f"{day.day} {TURKISH_MONTHS[month - 1]} {day.year} " in ds) == (
            day < DS_REDESIGN), ds
        nb = on(NB, "dina", day)
        assert not re.search(r"[0-9]", nb.replace("{time}", "")), nb
        assert str(day.year) in ascii_digits(nb, DEVANAGARI_DIGITS), nb
        assert f"ने.सं. {_dev(ns_year(day))}" in nb, nb
        assert nb.startswith("ने.सं. ") == (day >= NB_REDESIGN), nb
        assert on(ET, "esiku", day).startswith("Published ") == (day >= ET_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_the_hijri_and_nepal_sambat_years() -> None:
    lengths = Counter()
    previous = hijri(FIRST_DAY - one)
    for day in every_day():
        now = hijri(day)
        if now[2] == 1:
            lengths[previous[2]] += 1
            assert now[1] == previous[1] % 12 + 1, day
            assert now[0] == previous[0] + (now[1] == 1), day
        else:
            assert now == (previous[0], previous[1], previous[2] + 1), day
        previous = now
    assert set(lengths) == {29, 30} and abs(lengths[29] - lengths[30]) <= 4
    assert on(HJ, "tarikh", HJ_REDESIGN - one).startswith("السبت 29 ذو الحجة 1440هـ")
    assert on(HJ, "tarikh", HJ_REDESIGN) == "1441/01/01هـ الموافق 2019/09/01م"
    for year, first in MHA_PUJA.items():
        day = d.fromisoformat(first)
        if not FIRST_DAY < day <= LAST_DAY:
            continue
        assert ns_year(day - one) == year - 880 and ns_year(day) == year - 879
        assert f"ने.सं. {_dev(year - 880)}" in on(NB, "dina", day - one)
        assert f"ने.सं. {_dev(year - 879)}" in on(NB, "dina", day)
        assert on(NB, "suchana", day).endswith(f"ने.सं. {_dev(year - 879)}"), year
    years = {m[1] for day in every_day()
             if (m := re.fullmatch(r"🌙 عام هجري سعيد: (\d+)هـ", on(HJ, "tanbih", day)))}
    assert years == {"1437", "1438", "1439", "1440", "1441", "1442"}


def test_weekly_and_fortnightly_numbers() -> None:
    issues, editions = [], []
    for day in every_day():
        m = re.fullmatch(r"Sayı (\d+) · (\d+) (\w+) (\d{4})", on(DS, "sayi", day))
        assert m, day
        thursday = ds_thursday(day)
        assert thursday.weekday() == 3 and thursday <= day < thursday + 7 * one, day
        assert int(m[2]) == thursday.day and m[3] == TURKISH_MONTHS[thursday.month - 1]
        issues.append(int(m[1]))
        z = re.fullmatch(r"Edition (\d+) · Friday (\d+) (\w+) (\d{4})", on(ZK, "edition", day))
        assert z, day
        friday = zk_friday(day)
        assert friday.weekday() == 4 and friday <= day < friday + 14 * one, day
        assert int(z[1]) == zk_edition(friday) and int(z[2]) == friday.day, day
        editions.append(int(z[1]))
    for numbers, count in ((issues, 314), (editions, 158)):
        assert numbers == sorted(numbers)
        assert sorted(set(numbers)) == list(range(numbers[0], numbers[-1] + 1))
        assert len(set(numbers)) == count
    for domain, family, weekday in ((OT, "arfolyam", 0), (DS, "sayi", 3), (ZK, "edition", 4),
                                    (GR, "price", 4)):
        starts, _ = wordings_by_start(SET, domain, family)
        assert all(d.fromisoformat(s).weekday() == weekday for s in starts[1:]), family
        assert len(starts) >= 150, family
    starts, _ = wordings_by_start(SET, ML, "rate")
    assert all(d.fromisoformat(s).weekday() < 5 for s in starts[1:]) and len(starts) >= 1500
    for day in every_day():
        if day.weekday() >= 5:
            assert on(ML, "rate", day) == on(ML, "rate", ml_business_day(day)), day
    for style, family, most in ((DS, "sayi", 5), (ZK, "edition", 5), (OT, "arfolyam", 5),
                                (GR, "price", 3)):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= most, (style, family)


def test_seasons_months_and_rates() -> None:
    for day in every_day():
        heating = on(KR, "otoplenie", day)
        assert ("🔥" in heating) == (not d(day.year, 5, 6) <= day < d(day.year, 9, 15)), day
        assert ("🥕" in on(HK, "nongshi", day)) == (day.month in (12, 1)), day
        assert ("Sager" in on(ZK, "wind", day)) == (5 <= day.month <= 9), day
        assert ("🦞" in on(ZK, "wind", day)) == (day.month in (10, 11)), day
        assert ("Harvest" in on(GR, "season", day)) == (
            d(day.year, 10, 1) <= day < d(day.year, 12, 20)), day
        assert ("Omahangu" in on(ET, "season", day)) == (5 <= day.month <= 8), day
        road = on(IR, "doroga", day)
        if day >= IR_LARS_CLOSED:
            assert "закрыт для пассажирского" in road, day
        else:
            assert ("❄️" in road) == (not d(day.year, 4, 15) <= day < d(day.year, 11, 15))
        rate = re.fullmatch(r"💱 Heti árfolyam: 1 lej = (\d\d),(\d\d) forint "
                            r"\(MNB-középárfolyam\)", on(OT, "arfolyam", day))
        assert rate and 65 < int(rate[1]) < 76, day
        cedi = re.fullmatch(r"💵 BoG reference rate, (\d+) (\w{3}): US\$1 = GH₵(\d\.\d{4})",
                            on(ML, "rate", day))
        assert cedi and 3.1 < float(cedi[3]) < 5.9, day
        wheat = re.fullmatch(r"🌾 APW1 wheat, Kwinana zone, week ending (\d+) (\w+): A\$(\d+) "
                             r"a tonne", on(GR, "price", day))
        assert wheat and 190 < int(wheat[3]) < 350 and int(wheat[1]) == gr_friday(day).day
    assert on(HJ, "asaar", d(2015, 12, 28)) != on(HJ, "asaar", d(2015, 12, 29))
    assert "5%" in on(HJ, "asaar", d(2019, 1, 1)) and "15%" in on(HJ, "asaar", d(2020, 7, 1))
    assert "0.45" in on(HJ, "asaar", FIRST_DAY)
    assert "صرام" in on(HJ, "mawsim", d(2019, 8, 1)) and "الوسم" in on(HJ, "mawsim",
                                                                       d(2019, 11, 1))
    assert "🦋" in on(HK, "nongshi", d(2019, 6, 1)) and "🚗" in on(IR, "doroga", d(2019, 6, 1))
    tallies = [int(m[1].replace(",", "")) for day in every_day()
               if (m := re.fullmatch(r"👁️ Sight restored: ([\d,]+) cataract operations since "
                                     r"2004", on(RR, "tally", day)))]
    assert len(tallies) == len(every_day()) and tallies == sorted(tallies)
    assert tallies[0] == RR_TALLY_START and len(set(tallies)) == 70  # none in April, May 2020
    assert on(RR, "tally", d(2020, 4, 1)) == on(RR, "tally", d(2020, 6, 1))
    assert on(RR, "tally", d(2020, 3, 31)) != on(RR, "tally", d(2020, 4, 1))
    rains = [int(m[1]) for day in every_day() if day.month > 1
             and (m := re.search(r": (\d+) mm$", on(GR, "rain", day)))]
    assert rains and all(r >= 0 for r in rains)
    for year in range(2015, 2020):
        total = sum(gr_rain_mm(year, m) for m in range(1, 13))
        assert on(GR, "rain", d(year + 1, 1, 15)) == (f"🌧️ Merredin rainfall, {year}: {total} "
                                                      f"mm for the year")
        assert 150 < total < 600, year
    starts, _ = wordings_by_start(SET, GR, "rain")
    assert all(s.endswith("-01") for s in starts[1:]) and len(starts) == 73
    for style, family, pattern in ((ML, "rate", r"\d\.\d{4}"), (GR, "price", r"A\$\d+"),
                                   (RR, "tally", r"[\d,]+ cataract")):
        seen = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(seen) >= 2, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (OT, "ertesites", QUIET, "Kövesse az Olthatárt a Facebookon is!"),
        (OT, "ertesites", d(2019, 1, 10), "📩 Iratkozzon fel hírlevelünkre: minden reggel "
                                          "elküldjük a nap csíki híreit"),
        (OT, "ertesites", d(2016, 12, 12), "🗳️ Parlamenti választás 2016: Hargita megye "
                                           "eredményei"),
        (OT, "ertesites", d(2018, 4, 1), "🗳️ Országgyűlési választás: a levélszavazatok "
                                         "beérkezése"),  # the vote wins over Easter
        (OT, "ertesites", d(2019, 4, 21), "🐣 Áldott, békés húsvéti ünnepeket kívánunk "
                                          "olvasóinknak!"),
        (OT, "ertesites", d(2019, 6, 8), "🙏 Csíksomlyói búcsú: élő közvetítés a nyeregből"),
        (OT, "ertesites", d(2019, 3, 15), "🇭🇺 Március 15.: az 1848–49-es forradalom és "
                                          "szabadságharc 171. évfordulója"),
        (OT, "ertesites", d(2019, 8, 20), "Szent István-nap: ünnepi szentmise és "
                                          "kenyérszentelés"),
        (OT, "ertesites", d(2019, 10, 23), "🇭🇺 Október 23.: az 1956-os forradalom 63. "
                                           "évfordulója"),
        (OT, "ertesites", d(2019, 12, 1), "🇷🇴 December 1.: Románia nemzeti ünnepe (101. "
                                          "évforduló)"),
        (OT, "ertesites", d(2019, 11, 11), "🗳️ Államelnök-választás, első forduló: "
                                           "eredmények Hargita megyében"),
        (OT, "ertesites", d(2019, 11, 24), "🗳️ Államelnök-választás, második forduló: "
                                           "eredmények"),
        (OT, "ertesites", d(2020, 4, 12), "😷 Szükségállapot: maradjon otthon, vigyázzunk "
                                          "egymásra!"),
        (OT, "ertesites", d(2020, 9, 28), "🗳️ Helyhatósági választás 2020: polgármesterek és "
                                          "tanácsosok"),
        (OT, "ertesites", d(2020, 12, 6), "🗳️ Parlamenti választás 2020: Hargita megye "
                                          "eredményei"),
        (HJ, "tanbih", QUIET, "تابعونا على تويتر وإنستغرام"),
        (HJ, "tanbih", d(2018, 1, 10), "👻 أضيفونا على سناب شات: هجر اليوم"),
        (HJ, "tanbih", d(2018, 4, 19), "🎬 عودة السينما إلى المملكة بعد 35 عاماً"),
        (HJ, "tanbih", d(2018, 6, 24), "🚗 المرأة تقود السيارة في المملكة اعتباراً من اليوم"),
        (HJ, "tanbih", d(2018, 7, 1), "🌴 الأحساء على قائمة التراث العالمي لليونسكو"),
        (HJ, "tanbih", d(2020, 4, 1), "😷 منع التجول: #خلك_في_البيت"),
        (HJ, "tanbih", d(2019, 5, 20), "🌙 رمضان كريم: إمساكية الشهر الكريم لمدينة الهفوف"),
        (HJ, "tanbih", d(2019, 6, 4), "عيدكم مبارك، وكل عام وأنتم بخير"),
        (HJ, "tanbih", d(2019, 8, 11), "🐑 عيد أضحى مبارك، تقبل الله طاعاتكم"),
        (HJ, "tanbih", d(2019, 9, 1), "🌙 عام هجري سعيد: 1441هـ"),
        (HJ, "tanbih", d(2019, 9, 23), "🇸🇦 اليوم الوطني الـ89: همة حتى القمة"),
        (KR, "obyavlenie", QUIET, "Присоединяйтесь к нам во «ВКонтакте» и Instagram"),
        (KR, "obyavlenie", d(2018, 6, 1), "📲 Наш канал в Telegram: новости Караганды первыми"),
        (KR, "obyavlenie", d(2016, 3, 21), "🗳️ Выборы в Мажилис: итоги голосования по "
                                           "области"),  # the vote wins over Nauryz
        (KR, "obyavlenie", d(2017, 3, 22), "🌷 Наурыз мейрамы құтты болсын! С праздником "
                                           "Наурыз!"),
        (KR, "obyavlenie", d(2019, 3, 22), "Астана переименована в Нур-Султан: что "
                                           "изменится"),
        (KR, "obyavlenie", d(2019, 6, 10), "🗳️ Президентские выборы 2019: явка и итоги"),
        (KR, "obyavlenie", d(2020, 4, 1), "😷 Чрезвычайное положение: оставайтесь дома"),
        (KR, "obyavlenie", d(2020, 7, 20), "😷 Карантин снова ужесточён: что закрыто в "
                                           "Караганде"),
        (KR, "obyavlenie", d(2019, 5, 9), "🎖 С Днём Победы! 74-я годовщина Победы"),
        (KR, "obyavlenie", d(2019, 7, 6), "День столицы: 21-летие главного города страны"),
        (KR, "obyavlenie", d(2019, 8, 24), "⛏ С Днём шахтёра и Днём города, Караганда!"),
        (KR, "obyavlenie", d(2019, 12, 16), "🇰🇿 Тәуелсіздік күні: 28-летие Независимости "
                                            "Казахстана"),
        (HK, "tongzhi", QUIET, "請追蹤月光山客家新聞臉書粉絲專頁"),
        (HK, "tongzhi", d(2018, 6, 1), "📱 加入LINE好友，每天收到美濃在地新聞"),
        (HK, "tongzhi", d(2016, 1, 15), "🗳️ 2016總統立委選舉開票即時報導"),
        (HK, "tongzhi", d(2016, 9, 28), "🌀 梅姬颱風來襲：美濃區停班停課資訊"),
        (HK, "tongzhi", d(2018, 8, 24), "🌧️ 0823豪雨：美濃低窪地區淹水災情整理"),
        (HK, "tongzhi", d(2018, 11, 23), "🗳️ 九合一選舉：美濃區里長開票結果"),
        (HK, "tongzhi", d(2020, 1, 10), "🗳️ 2020總統立委選舉開票即時報導"),
        (HK, "tongzhi", d(2020, 1, 26), "🧧 新年快樂，大家新春行大運！"),
        (HK, "tongzhi", d(2020, 1, 28), "😷 防疫期間進入醫療院所請戴口罩、量體溫"),
        (HK, "tongzhi", d(2019, 2, 5), "🧧 新年快樂，大家新春行大運！"),
        (HK, "tongzhi", d(2019, 2, 24), "第9屆全國客家日（天穿日）：今晡日愛歇睏"),
        (HK, "tongzhi", d(2019, 10, 10), "🇹🇼 國慶日快樂"),
        (IR, "obyavlenie", QUIET, "Подписывайтесь на нас во «ВКонтакте» и «Одноклассниках»"),
        (IR, "obyavlenie", d(2018, 7, 1), "📲 Мы в Instagram: свежие фото и новости Ирыстона"),
        (IR, "obyavlenie", d(2016, 9, 19), "🗳️ Единый день голосования: выборы в Госдуму и "
                                           "парламент республики"),
        (IR, "obyavlenie", d(2018, 3, 19), "🗳️ Выборы президента: явка по районам "
                                           "республики"),
        (IR, "obyavlenie", d(2020, 4, 15), "😷 Режим самоизоляции: оставайтесь дома"),
        (IR, "obyavlenie", d(2020, 6, 30), "🗳️ Общероссийское голосование по поправкам к "
                                           "Конституции"),
        (IR, "obyavlenie", d(2019, 5, 9), "🎖 Уæлахизы бон! С Днём Победы — 74-я годовщина"),
        (IR, "obyavlenie", d(2019, 9, 2), "🕯 Беслан: помним. 15 лет со дня трагедии"),
        (IR, "obyavlenie", d(2019, 10, 15), "Хетæгкаты Къостайы райгуырдыл — 160 азы"),
        (DS, "duyuru", QUIET, "Deliorman Sesi her perşembe bayilerde!"),
        (DS, "duyuru", d(2019, 2, 1), "📲 Haberlerimizi Facebook sayfamızdan da takip edin"),
        (DS, "duyuru", d(2016, 11, 7), "🗳️ Cumhurbaşkanlığı seçimi, birinci tur: Razgrad'da "
                                       "sonuçlar"),
        (DS, "duyuru", d(2016, 11, 10), "🗳️ Cumhurbaşkanlığı seçimi, ikinci tur: sonuçlar"),
        (DS, "duyuru", d(2017, 3, 27), "🗳️ Erken genel seçim: Razgrad ve Şumnu'da oy "
                                       "dağılımı"),
        (DS, "duyuru", d(2019, 10, 28), "🗳️ Yerel seçimler: belediye başkanları belli oldu"),
        (DS, "duyuru", d(2020, 4, 1), "😷 Извънредно положение / Olağanüstü hal: evde kalın"),
        (DS, "duyuru", d(2019, 6, 4), "🌙 Ramazan Bayramınız mübarek olsun!"),
        (DS, "duyuru", d(2019, 8, 12), "🐑 Kurban Bayramınız kutlu olsun!"),
        (DS, "duyuru", d(2019, 5, 6), "🌿 Hıdrellez: baharın gelişi kutlu olsun"),
        (DS, "duyuru", d(2019, 9, 22), "🇧🇬 Bulgaristan'ın bağımsızlığının 111. yıldönümü"),
        (NB, "suchana", QUIET, "फेसबुकय् जिमित फलो यानादिसँ"),
        (NB, "suchana", d(2019, 1, 1), "▶️ युट्युबय् जिमिगु च्यानल सब्सक्राइब यानादिसँ"),
        (NB, "suchana", d(2015, 5, 1), "🙏 भुखाय् पीडितपिन्त ग्वाहालि यानादिसँ"),
        (NB, "suchana", d(2017, 5, 15), "🗳️ स्थानीय तह निर्वाचन: यें महानगरया नतिजा"),
        (NB, "suchana", d(2017, 11, 27), "🗳️ प्रतिनिधि सभा व प्रदेश सभा निर्वाचन: नतिजा"),
        (NB, "suchana", d(2020, 5, 1), "😷 लकडाउन: छेँय् हे च्वनादिसँ, सुरक्षित जुयादिसँ"),
        (NB, "suchana", d(2019, 10, 28), "🪔 न्हूदँया भिन्तुना! ने.सं. ११४०"),
        (NB, "suchana", d(2019, 4, 13), "ख्वपया बिस्का: जात्रा: न्हूदँया भिन्तुना"),
        (NB, "suchana", d(2019, 9, 20), "संविधान दिवस: ४ दँ"),
        (ET, "notice", QUIET, "Like our Facebook page for news from the four O regions"),
        (ET, "notice", d(2019, 1, 1), "📲 WhatsApp your news tips and pictures to 081 000 4412"),
        (ET, "notice", d(2019, 6, 1), "Drought emergency: how to register for relief food at "
                                      "your constituency office"),
        (ET, "notice", d(2019, 11, 28), "🗳️ Presidential and National Assembly elections: "
                                        "results from the north"),
        (ET, "notice", d(2020, 4, 1), "😷 Lockdown: stay at home, wash your hands"),
        (ET, "notice", d(2020, 11, 26), "🗳️ Regional and local authority elections: results"),
        (ET, "notice", d(2019, 3, 21), "🇳🇦 Happy Independence Day! Namibia turns 29"),
        (ET, "notice", d(2019, 5, 4), "Cassinga Day: remembering the fallen, 41 years on"),
        (ET, "notice", d(2019, 8, 26), "Heroes' Day: the nation gathers to honour its heroes"),
        (ET, "notice", d(2019, 12, 25), "🎄 Merry Christmas and omwaka omupe omuwanawa!"),
        (ZK, "notice", QUIET, "Pick up your copy at the stores on every inhabited island"),
        (ZK, "notice", d(2019, 3, 1), "Read every edition online and on our Facebook page"),
        (ZK, "notice", d(2015, 2, 1), "🗳️ State election: Cook electorate results"),
        (ZK, "notice", d(2016, 7, 3), "🗳️ Federal election: Leichhardt results"),
        (ZK, "notice", d(2019, 3, 18), "🌀 Tropical Cyclone Trevor: tie down your dinghies and "
                                       "stay inside"),
        (ZK, "notice", d(2020, 5, 1), "😷 Biosecurity zone: no travel to the outer islands "
                                      "without an exemption"),
        (ZK, "notice", d(2019, 6, 3), "Mabo Day: 27 years since the High Court decision"),
        (ZK, "notice", d(2019, 7, 1), "✝️ Coming of the Light: 148 years"),
        (ZK, "notice", d(2018, 7, 1), "✝️ Coming of the Light: 147 years"),
        (ZK, "notice", d(2019, 7, 9), "NAIDOC Week 2019: celebrate with us on Waiben"),
        (ZK, "notice", d(2020, 11, 10), "NAIDOC Week 2020: celebrate with us on Waiben"),
        (ML, "newsletter", QUIET, "Subscribe to The Ledger, our Monday newsletter on money and "
                                  "technology"),
        (ML, "newsletter", d(2019, 5, 1), "📬 The Ledger now lands twice a week, on Mondays and "
                                          "Thursdays: subscribe free"),
        (ML, "newsletter", d(2016, 12, 8), "🗳️ Election 2016: what the manifestos promise on "
                                           "digital payments"),
        (ML, "newsletter", d(2017, 8, 15), "🏦 Two banks taken over by GCB: what it means for "
                                           "your account"),
        (ML, "newsletter", d(2018, 5, 11), "📲 Mobile money interoperability goes live: send "
                                           "across networks"),
        (ML, "newsletter", d(2020, 4, 1), "😷 Partial lockdown: MoMo transfers up to GH₵100 are "
                                          "now free"),
        (ML, "newsletter", d(2019, 3, 6), "🇬🇭 Happy 62nd Independence Day, Ghana!"),
        (ML, "newsletter", d(2019, 12, 25), "🎄 Merry Christmas from the newsroom: The Ledger "
                                            "returns in January"),
        (GR, "notice", QUIET, "Get the Grower's weekly e-newsletter every Tuesday morning"),
        (GR, "notice", d(2018, 8, 1), "🎧 Listen to the Grower podcast: markets and agronomy "
                                      "every Tuesday"),
        (GR, "notice", d(2017, 3, 12), "🗳️ State election: results for the Central "
                                       "Wheatbelt"),
        (GR, "notice", d(2020, 4, 15), "😷 Regional travel restrictions: farm workers need a "
                                       "permit to cross regions"),
        (GR, "notice", d(2019, 8, 25), "🚜 Dowerin field days this week: visit our stand"),
        (GR, "notice", d(2019, 9, 12), "💬 R U OK? Day: check in on your neighbours after a "
                                       "tough season"),
        (RR, "notice", QUIET, "Donate to our Sight Fund: TSh 50,000 restores one person's "
                              "sight"),
        (RR, "notice", d(2019, 4, 1), "Give sight: US$30 or TSh 70,000 pays for one cataract "
                                      "operation. Donate by M-Pesa or card"),
        (RR, "notice", d(2020, 5, 1), "😷 Outreach camps are paused; the hospital stays open "
                                      "for emergencies"),
        (RR, "notice", d(2019, 3, 1), "🏃 Kilimanjaro Marathon 2019: run for sight with our "
                                      "team"),
        (RR, "notice", d(2019, 3, 12), "World Glaucoma Week: free pressure checks at the "
                                       "outpatient clinic"),
        (RR, "notice", d(2019, 10, 9), "👓 World Sight Day 2019: free eye screening on "
                                       "Thursday"),
        (RR, "notice", d(2019, 12, 25), "🎄 Heri ya Krismasi! Merry Christmas from all of us"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        assert on(domain, family, QUIET) == on(domain, family, FIRST_DAY), (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:4])


def test_festivals_called_off_moved_and_counted() -> None:
    def days(domain: str, family: str, mark: str) -> set[dt.date]:
        return {day for day in every_day() if mark in on(domain, family, day)}

    assert {day.year for day in days(GR, "notice", "Dowerin")} == {2015, 2016, 2017, 2018,
                                                                   2019}
    assert {day for day in days(GR, "notice", "Dowerin") if day.weekday() == 2} == {
        dowerin(y) for y in range(2015, 2020)}
    assert days(OT, "ertesites", "elmarad") == {d(2020, 5, 28), d(2020, 5, 29), d(2020, 5, 30)}
    assert {day.year for day in days(OT, "ertesites", "élő közvetítés")} == {
        2015, 2016, 2017, 2018, 2019}
    naidoc = days(ZK, "notice", "NAIDOC")
    assert {day for day in naidoc if day.weekday() == 6 and day - 6 * one not in naidoc} == {
        naidoc_sunday(y) for y in range(2015, 2021)} - {d(2016, 7, 3), d(2018, 7, 1)}
    assert d(2016, 7, 6) in naidoc and d(2016, 7, 5) not in naidoc  # after the vote
    assert min(day for day in naidoc if day.year == 2020) == d(2020, 11, 8)
    editions = {m[1] for day in every_day()
                if (m := re.match(r"第(\d+)屆全國客家日", on(HK, "tongzhi", day)))}
    assert editions == {"5", "6", "7", "8", "9"}  # in 2020 the epidemic notice wins
    assert {day for day in days(HK, "tongzhi", "全國客家日")} == {
        tian_chuan(y) for y in SPRING_FESTIVAL if y < 2020}
    assert {day for day in days(KR, "obyavlenie", "шахтёра") if day.weekday() == 6} == {
        miners_day(y) for y in range(2015, 2021)}
    sight = days(RR, "notice", "World Sight Day")
    assert {day for day in sight if day.weekday() == 3} == {
        d(2015, 10, 8), d(2016, 10, 13), d(2017, 10, 12), d(2018, 10, 11), d(2019, 10, 10),
        d(2020, 10, 8)}
    ns = {m[1] for day in every_day()
          if (m := re.fullmatch(r"🪔 न्हूदँया भिन्तुना! ने\.सं\. (\S+)", on(NB, "suchana", day)))}
    assert {ascii_digits(n, DEVANAGARI_DIGITS) for n in ns} == {
        "1136", "1137", "1138", "1139", "1140", "1141"}
    counts = {m[1] for day in every_day()
              if (m := re.search(r"Happy (\d+\w\w) Independence", on(ML, "newsletter", day)))}
    assert counts == {"58th", "59th", "60th", "61st", "62nd", "63rd"}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (OT, "szerzo", d(2019, 1, 7), "{author}", "Szöveg: "),
        (OT, "kapcsolodo", d(2019, 9, 2), "Kapcsolódó: ", "Ezt is ajánljuk"),
        (OT, "jogok", d(2019, 5, 2), "Minden jog fenntartva", "forrás megjelölésével"),
        (OT, "kiado", d(2017, 6, 1), "Csíkszereda", "Felelős kiadó"),
        (HJ, "katib", d(2018, 10, 14), "الأحساء - ", "كتب: "),
        (HJ, "sila", d(2019, 3, 3), "مواضيع ذات صلة", "قد يهمك"),
        (HJ, "huquq", d(2020, 1, 1), "جميع الحقوق محفوظة", "يسمح بالنقل"),
        (KR, "avtor", d(2019, 2, 4), "Автор: ", "рубрика"),
        (KR, "chitaite", d(2019, 9, 2), "Читайте также", "По теме"),
        (KR, "prava", d(2019, 5, 14), "ссылка обязательна", "16+"),
        (KR, "svidetelstvo", d(2019, 1, 14), "коммуникаций", "общественного развития"),
        (HK, "jizhe", d(2018, 8, 1), "美濃報導", "圖／"),
        (HK, "yanshen", d(2019, 6, 3), "延伸閱讀", "你可能也想看"),
        (HK, "banquan", d(2020, 3, 2), "版權所有", "未經授權"),
        (IR, "avtor", d(2019, 4, 1), "Автор: ", "| Ирыстоны"),
        (IR, "bakaes", d(2019, 7, 1), "Бакæс ма ноджы", "Читайте также"),
        (IR, "prava", d(2019, 10, 15), "хабæрттæ", "Все права защищены"),
        (DS, "haber", d(2019, 1, 14), "Haber: ", "/ Deliorman Sesi"),
        (DS, "okuyun", d(2019, 2, 4), "İlginizi çekebilir", "Bunu da okuyun"),
        (DS, "telif", d(2020, 1, 2), "Tüm hakları saklıdır.", "Всички права запазени"),
        (NB, "chwami", d(2019, 1, 15), "च्वमि: ", "· यें खँपौ"),
        (NB, "bwanadisa", d(2019, 10, 28), "ब्वनादिसँ: ", "📖"),
        (NB, "adhikar", d(2020, 1, 1), "सकल अधिकार सुरक्षित", "All rights reserved"),
        (ET, "byline", d(2018, 4, 2), "By ", "| Etango"),
        (ET, "rights", d(2020, 2, 3), "All rights reserved", "without permission"),
        (ZK, "story", d(2018, 2, 2), "Story: ", "Words and pictures"),
        (ZK, "country", d(2019, 7, 7), "lands and seas", "land, sea and sky"),
        (ML, "dateline", d(2019, 4, 1), "Accra · ", "min read"),
        (ML, "byline", d(2018, 6, 4), "By ", "{author_beat}"),
        (ML, "readnext", d(2019, 8, 5), "Read next", "Related:"),
        (ML, "licence", d(2018, 11, 5), "All rights reserved", "Creative Commons"),
        (GR, "byline", d(2018, 2, 5), "By ", "{author_beat}"),
        (GR, "rights", d(2019, 3, 4), "Grower", "indicative"),
        (RR, "posted", d(2018, 9, 3), "Posted ", "{author_beat}"),
        (RR, "registered", d(2016, 1, 4), "Social Welfare", "Community Development"),
        (RR, "appointments", d(2018, 1, 8), "0000, Monday", "WhatsApp")))
    assert_groups_reworded(SET, (
        (OT, "datum", "., ", "Frissítve: "),
        (HJ, "tarikh", " - ", "الموافق"),
        (KR, "data", " г., ", "жылғы"),
        (HK, "riqi", "中華民國", "發布時間："),
        (DS, "tarih", "20", "Güncelleme: "),
        (KR, "avtor", "Автор: ", "рубрика"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((HJ, "tarikh", ARABIC), (HJ, "sila", ARABIC),
                                  (HJ, "huquq", ARABIC), (HJ, "asaar", ARABIC),
                                  (HK, "riqi", CJK), (HK, "jizhe", CJK), (HK, "banquan", CJK),
                                  (KR, "data", CYRILLIC), (KR, "chitaite", CYRILLIC),
                                  (IR, "data", CYRILLIC), (IR, "bakaes", CYRILLIC),
                                  (IR, "bakaes", "æ"), (NB, "dina", DEVANAGARI),
                                  (NB, "bwanadisa", DEVANAGARI),
                                  (DS, "reklam", CYRILLIC), (OT, "hirdetes", "É")))
    for style, family, scripts in ((DS, "reklam", (LATIN, CYRILLIC)),
                                   (DS, "tesekkur", (LATIN, CYRILLIC)),
                                   (NB, "bhasa", (DEVANAGARI, LATIN)),
                                   (HK, "xiexie", (CJK, LATIN)),
                                   (IR, "yazyk", (CYRILLIC, "Дигорон")),
                                   (ET, "tangi", ("Tangi unene", "reading"))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(re.search(s, t) for s in scripts) for t in lines) >= (
            0.5 * len(lines)), (style, family)
    kazakh = [norm(t) for t in group_lines(SET, KR, "data")]
    assert any(re.search(KAZAKH, t) for t in kazakh) and any(" г., " in t for t in kazakh)
    devanagari_dates = [ascii_digits(t, DEVANAGARI_DIGITS) != t
                        for t in group_lines(SET, NB, "dina")]
    assert devanagari_dates and all(devanagari_dates)
    ossetian = [norm(t) for t in group_lines(SET, IR, "data")]
    assert any("æ" in t or "Сабат" in t or "Дыццæг" in t for t in ossetian)
    for style, family, words in ((HK, "xiexie", ("恁仔細",)), (NB, "subhay", ("सुभाय्",)),
                                 (ZK, "eso", ("esso", "eso")), (RR, "karibu", ("Karibu",)),
                                 (ET, "tangi", ("Tangi",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{OT}/datum", f"{OT}/kapcsolodo", f"{OT}/szerzo", f"{OT}/rovat",
                         f"{OT}/foto", f"{OT}/arfolyam", f"{HJ}/tarikh", f"{HJ}/sila",
                         f"{HJ}/katib", f"{HJ}/qism", f"{KR}/data", f"{KR}/chitaite",
                         f"{KR}/avtor", f"{HK}/riqi", f"{HK}/yanshen"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{OT}/hozzaszolas", f"{OT}/jogok", f"{OT}/kiado", f"{HJ}/taaliqat", f"{HJ}/huquq",
        f"{KR}/mnenie", f"{KR}/prava", f"{KR}/svidetelstvo", f"{HK}/banquan"))
    assert_carried_share(docs, OT, [
        ("datum", 0.65, 0.95), ("ertesites", 0.15, 0.45), ("kapcsolodo", 0.4, 0.75),
        ("medve", 0.0, 0.1)])
    assert_carried_share(docs, HJ, [("tarikh", 0.65, 0.95), ("ghubar", 0.0, 0.12)])
    for fam in (f"{OT}/kapcsolodo", f"{HJ}/sila", f"{KR}/chitaite"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{OT}/hirdetes", f"{OT}/foto", f"{HJ}/adasa"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((OT, "foto"), (HJ, "adasa"), (KR, "foto"), (HK, "sheying"),
                               (IR, "foto"), (DS, "foto"), (NB, "kipa"), (ET, "photo"),
                               (ZK, "picture"), (GR, "photo"), (RR, "photo")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (OT, "medve"), (HJ, "ghubar"), (KR, "buran"), (HK, "gaowen"), (IR, "lavina"),
        (DS, "sis"), (NB, "bandh"), (ET, "efundja"), (ZK, "water"), (ML, "outage"),
        (GR, "ban"), (RR, "closed")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{ET}/lesha", "Lesha wo: "), (f"{ZK}/seealso", "SEE ALSO: "),
        (f"{GR}/related", "RELATED: "), (f"{RR}/alsolike", "You may also like: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{OT}/kapcsolodo", ("Kapcsolódó: ", "» Ezt is ajánljuk: ")),
                          (f"{HJ}/sila", ("مواضيع ذات صلة: ", "🔗 قد يهمك: ")),
                          (f"{KR}/chitaite", ("Читайте также: ", "➡ По теме: ")),
                          (f"{HK}/yanshen", ("延伸閱讀：", "▸ 你可能也想看：")),
                          (f"{IR}/bakaes", ("Бакæс ма ноджы: ", "📎 Читайте также / Бакæс: ")),
                          (f"{DS}/okuyun", ("İlginizi çekebilir: ", "👉 Bunu da okuyun: ")),
                          (f"{NB}/bwanadisa", ("थ्व नं ब्वनादिसँ: ", "📖 थ्व नं ब्वनादिसँ » ")),
                          (f"{ML}/readnext", ("Read next → ", "🔗 Related: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    families = {"kapcsolodo", "sila", "chitaite", "yanshen", "bakaes", "okuyun", "bwanadisa",
                "readnext"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (OT, "hirdetes", "HIRDETÉS"), (HJ, "ilan", "مساحة إعلانية"), (KR, "reklama", "Реклама"),
        (HK, "guanggao", "廣告"), (IR, "reklama", "На правах рекламы"),
        (IR, "yazyk", "Ирон | Дигорон | Русский"), (DS, "reklam", "REKLAM / РЕКЛАМА"),
        (NB, "vijnapana", "विज्ञापन"), (NB, "bhasa", "नेपाल भाषा | नेपाली | English"),
        (ET, "advert", "ADVERTISEMENT")))
    for style, family, pattern, pool_name in (
            (OT, "rovat", r"^(.+)$", "rovat"),
            (OT, "foto", r"^Fotó: (.+)$", "foto"),
            (OT, "tudosito", r"^(.+) – saját tudósítónktól$", "helyseg"),
            (HJ, "qism", r"^(.+)$", "qism"),
            (HJ, "adasa", r"^عدسة: (.+)$", "musawwir"),
            (HJ, "murasil", r"^(.+) - مراسل الصحيفة$", "madina"),
            (KR, "rubrika", r"^(.+)$", "rubrika"),
            (KR, "foto", r"^Фото: (.+)$", "foto"),
            (KR, "sobkor", r"^(.+) – наш корреспондент$", "gorod"),
            (KR, "avtor", r"рубрика «(.+)»$", "beat"),
            (HK, "fenlei", r"^(.+)$", "fenlei"),
            (HK, "sheying", r"^（攝影：(.+)）$", "sheying"),
            (HK, "xun", r"^【(.+)訊】$", "zhuang"),
            (IR, "rubrika", r"^(.+)$", "rubrika"),
            (IR, "rayon", r"^(.+)\. Наш корреспондент$", "rayon"),
            (DS, "bolum", r"^(.+)$", "bolum"),
            (DS, "muhabir", r"^(.+) – muhabirimiz bildiriyor$", "koy"),
            (NB, "thaa", r"^(.+)$", "thaa"),
            (NB, "kipa", r"^किपा: (.+)$", "kipa"),
            (ET, "oshitopolwa", r"^(.+)$", "oshitopolwa"),
            (ET, "photo", r"^Photo: (.+)$", "photo"),
            (ZK, "island", r"^(.+)$", "island"),
            (ZK, "picture", r"^Picture: (.+)$", "picture"),
            (ML, "topic", r"^(.+)$", "topic"),
            (GR, "topic", r"^(.+)$", "topic"),
            (GR, "photo", r"^Photo: (.+)$", "photo"),
            (RR, "kind", r"^(.+)$", "kind"),
            (RR, "photo", r"^📷 (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (OT, "hirdetes", "HIRDETÉS"), (HJ, "ilan", "مساحة إعلانية"), (KR, "reklama", "Реклама"),
        (IR, "rkn", "Сетевое издание зарегистрировано Роскомнадзором: Эл № ФС77-61234"),
        (DS, "reklam", "REKLAM / РЕКЛАМА"),
        (NB, "darta", "सूचना तथा प्रसारण विभाग दर्ता नं. ४५६/०७३-७४")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        OT: (["jogok", "kiado"], 2), KR: (["prava", "svidetelstvo"], 2),
        IR: (["prava", "rkn"], 2), NB: (["adhikar", "darta"], 2),
        ZK: (["country", "rights"], 2), RR: (["registered", "appointments"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert OT in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
