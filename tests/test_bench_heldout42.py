"""The held-back-42 template set (`tests.bench.heldout_templates_42`): its localised dates
(eleven printed day by day, one in two shapes; three in their script's own numerals, one on
the revised Bangladeshi calendar, one on the Afghan solar calendar, one with the Vietnamese
lunar date, two with the arithmetic Hijri date, one a dateline printing only the day), the
calendars some notices follow (name days, lottery draws, a legislative session, a matching
drive, countdowns, a carnival by Easter, popular votes), the notices it rewords by date, the
variation it promises and its multi-line blocks actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back
set shares (every wording renders, labels, publishers, ...) are in
`tests/test_bench_heldout_sets.py`. Some styles have few articles of their own (the
generator's Zipf sizes), so several checks look at a style together with its renamed
variants ("the style's group").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_42 import (
    AF_DAILY,
    AFGHAN_SOLAR_MONTHS,
    BANGLA_MONTHS,
    BANGLA_REVISED,
    BENGALI_DIGITS,
    BENGALI_MONTHS,
    BENGALI_WEEKDAYS,
    BN_DAILY,
    BN_LINKS,
    CAN,
    CH_DAILY,
    CHI,
    CHINESE_WEEKDAYS,
    DARI_MONTHS,
    DARI_WEEKDAYS,
    DEEPAVALI_MY,
    DIWALI,
    EASTER_ORTHODOX,
    EASTER_WEST,
    EID_ADHA_AF,
    EID_ADHA_BD,
    EID_ADHA_PK,
    EID_FITR_AF,
    EID_FITR_BD,
    EID_FITR_PK,
    GR_DAILY,
    GR_LINKS,
    GREEK_MONTHS_GENITIVE,
    GREEK_WEEKDAYS,
    HARI_RAYA,
    HIJRI_MONTHS_BN,
    HIJRI_MONTHS_UR,
    IN_DAILY,
    LAST_DAY,
    LOTTERY_PAUSE,
    LOY_KRATHONG,
    MN_DAILY,
    MONGOLIAN_DAY,
    MONGOLIAN_MONTH,
    MONGOLIAN_WEEKDAYS,
    MONGOLIAN_YEAR,
    MY_DAILY,
    MY_DATE,
    NEWSMATCH_FROM,
    NO_NAME_DAY,
    NOWRUZ,
    PERSIAN_DIGITS,
    SHORT_MONTHS,
    SPRING_FESTIVAL,
    SWISS_ELECTIONS,
    SWISS_VOTES,
    TH_DAILY,
    TH_LINKS,
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    THAI_WEEKDAYS,
    UNION_BUDGET,
    UR_DAILY,
    URDU_MONTHS,
    URDU_WEEKDAYS,
    VIETNAMESE_WEEKDAYS,
    VN_DAILY,
    VN_LINKS,
    YEARS,
    ZODIAC_ZH,
    afghan_solar,
    bangla,
    can_chi,
    donation,
    giving_tuesday,
    hijri,
    lottery,
    lottery_draws,
    lunar_days,
    morgestraich,
    name_days,
    orthodox_easter,
    seasonal,
    session_line,
    session_opens,
    st_george,
    thanksgiving,
    vietnamese_lunar,
    western_easter,
)
from tests.heldout_checks import (
    ascii_digits,
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_sister_sites_share,
    assert_values_from_pool,
    assert_variants_drop_site_names,
    assert_varied,
    bodies,
    by_family,
    every_day,
    group_docs,
    group_lines,
    norm,
    own_title_lines,
    per_doc,
    planted_docs,
    pool,
    rendered,
    style_by_domain,
    template,
)

SET = "held-back-42"
SITES = ("প্রভাতবেলা", "เชียงใหม่ทันข่าว", "آیینه کابل", "Κρητική Ηχώ", "柔佛新报", "Tin Cố Đô",
         "Coinage Times", "صبحِ نو", "ᠬᠥᠬᠡ ᠬᠣᠲᠠ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ", "Plains Capitol Report",
         "The Cardamom Crumb", "Rheinknie Zeitung")
BN, TH, AF, GR = ("provatbela.com.bd", "cmtankhao.com", "ayinakabul.af", "kritikiixo.gr")
MY, VN, IN, UR = ("rouxin.com.my", "tincodo.vn", "coinagetimes.in", "subhenau.pk")
MN, US, FB, CH = ("kokeqota-medege.cn", "plainscapitol.org", "cardamomcrumb.com",
                  "rheinknie.ch")

d = dt.date
one = dt.timedelta(days=1)


def _alt(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


# The daily dates: (domain, family, first day, the wording before it, a pattern whose groups
# wd, dd, mm, yy are the weekday, the day, the month (a name, or a number when months is
# None) and the year (some lines print no weekday, no month or no year), weekdays, months,
# the numerals the line is printed in). Further groups: the Bangla date (bd, bm, by), the
# Hijri date (hd, hm, hy), the Afghan solar date (sd, sm, sy), the lunar date (ld, lm, leap,
# can, chi).
DAILY = (
    (BN, "tarikh", BN_DAILY, "প্রকাশ: {date_dmy}, {time}",
     rf"(?P<wd>{_alt(BENGALI_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(BENGALI_MONTHS)}) "
     rf"(?P<yy>\d{{4}}), (?P<bd>\d{{1,2}}) (?P<bm>{_alt(BANGLA_MONTHS)}) (?P<by>\d{{4}}) "
     rf"বঙ্গাব্দ, (?P<hd>\d{{1,2}}) (?P<hm>{_alt(HIJRI_MONTHS_BN)}) (?P<hy>\d{{4}}) হিজরি",
     BENGALI_WEEKDAYS, BENGALI_MONTHS, BENGALI_DIGITS),
    (AF, "tarikh", AF_DAILY, "تاریخ نشر: {date_iso}",
     rf"تاریخ نشر: (?P<wd>{_alt(DARI_WEEKDAYS)}) (?P<sd>\d{{1,2}}) "
     rf"(?P<sm>{_alt(AFGHAN_SOLAR_MONTHS)}) (?P<sy>\d{{4}}) \((?P<dd>\d{{1,2}}) "
     rf"(?P<mm>{_alt(DARI_MONTHS)}) (?P<yy>\d{{4}})\)", DARI_WEEKDAYS, DARI_MONTHS,
     PERSIAN_DIGITS),
    (GR, "imerominia", GR_DAILY, "{date_de} | {time}",
     rf"(?P<wd>{_alt(GREEK_WEEKDAYS)}), (?P<dd>\d{{1,2}}) (?P<mm>{_alt(GREEK_MONTHS_GENITIVE)}) "
     rf"(?P<yy>\d{{4}}), \{{time\}}", GREEK_WEEKDAYS, GREEK_MONTHS_GENITIVE, None),
    (MY, "riqi", MY_DATE, "{date_iso} {time}",
     rf"(?P<yy>\d{{4}})年(?P<mm>\d{{1,2}})月(?P<dd>\d{{1,2}})日 "
     rf"星期(?P<wd>{_alt(CHINESE_WEEKDAYS)})",
     CHINESE_WEEKDAYS, None, None),
    (MY, "dianxun", MY_DAILY, "（{city}讯）", r"（\{city\}(?P<dd>\d{1,2})日讯）", None, None,
     None),
    (VN, "ngay", VN_DAILY, "Cập nhật lúc {time} ngày {date_iso}",
     rf"(?P<wd>{_alt(VIETNAMESE_WEEKDAYS)}), (?P<dd>\d\d)/(?P<mm>\d\d)/(?P<yy>\d{{4}}) "
     rf"\(Âm lịch: (?P<ld>\d{{1,2}})/(?P<lm>\d{{1,2}})(?P<leap> nhuận)? năm "
     rf"(?P<can>{_alt(CAN)}) (?P<chi>{_alt(CHI)})\)", VIETNAMESE_WEEKDAYS, None, None),
    (IN, "updated", IN_DAILY, "Updated: {date_short}, {time12} IST",
     rf"Updated: (?P<dd>\d\d) (?P<mm>{_alt(SHORT_MONTHS)}) (?P<yy>\d{{4}}), \{{time12\}} IST",
     None, SHORT_MONTHS, None),
    (UR, "tareekh", UR_DAILY, "{date_iso}",
     rf"(?P<wd>{_alt(URDU_WEEKDAYS)}) (?P<dd>\d{{1,2}}) (?P<mm>{_alt(URDU_MONTHS)}) "
     rf"(?P<yy>\d{{4}})ء، (?P<hd>\d{{1,2}}) (?P<hm>{_alt(HIJRI_MONTHS_UR)}) (?P<hy>\d{{4}})ھ",
     URDU_WEEKDAYS, URDU_MONTHS, None),
    (MN, "ognoo", MN_DAILY, "{date_iso}",
     rf"(?P<yy>\d{{4}}) {re.escape(MONGOLIAN_YEAR)} (?P<mm>\d{{1,2}}) "
     rf"{re.escape(MONGOLIAN_MONTH)} (?P<dd>\d{{1,2}}) {re.escape(MONGOLIAN_DAY)} "
     rf"(?P<wd>{_alt(MONGOLIAN_WEEKDAYS)})", MONGOLIAN_WEEKDAYS, None, None),
    (CH, "publiziert", CH_DAILY, "Publiziert: {date_de}, {time} Uhr",
     r"Publiziert: (?P<dd>\d{1,2})\.(?P<mm>\d{1,2})\.(?P<yy>\d{4}), \{hh\}\.\{mi\} Uhr", None,
     None, None),
)
THAI_SHORT = (rf"(?P<dd>\d{{1,2}}) (?P<mm>{_alt(THAI_MONTHS_SHORT)}) (?P<be>\d\d) "
              rf"\{{time\}} น\.")
THAI_FULL = (rf"วัน(?P<wd>{_alt(THAI_WEEKDAYS)})ที่ (?P<dd>\d{{1,2}}) (?P<mm>{_alt(THAI_MONTHS)}) "
             rf"พ\.ศ\. (?P<be>\d{{4}})")


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(BN, "tarikh", old, r"প্রকাশ: 5 March 2016, \d\d:\d\d")
    full(BN, "tarikh", new, "শুক্রবার, ২১ জুন ২০১৯, ৭ আষাঢ় ১৪২৬ বঙ্গাব্দ, ১৭ শাওয়াল ১৪৪০ হিজরি")
    full(BN, "tarikh", d(2019, 12, 16), "সোমবার, ১৬ ডিসেম্বর ২০১৯, ১ পৌষ ১৪২৬ বঙ্গাব্দ, .+")
    full(BN, "tarikh", d(2018, 12, 16), "রবিবার, ১৬ ডিসেম্বর ২০১৮, ২ পৌষ ১৪২৫ বঙ্গাব্দ, .+")
    full(BN, "protibedok", old, "নিজস্ব প্রতিবেদক")
    full(BN, "protibedok", new, r"\S+ \S+, \S+")
    full(BN, "copyright", new, "স্বত্ব © ২০১৯ প্রভাতবেলা .+")
    full(TH, "prakat", old, r"5 มี\.ค\. 59 \d\d:\d\d น\.")
    full(TH, "prakat", new, "วันศุกร์ที่ 21 มิถุนายน พ.ศ. 2562")
    full(TH, "phukhian", new, r"เรื่อง: .+ \| ภาพ: .+")
    full(TH, "copyright", new, "© 2562 เชียงใหม่ทันข่าว สงวนลิขสิทธิ์")
    full(AF, "tarikh", new, r"تاریخ نشر: جمعه ۳۱ جوزا ۱۳۹۸ \(۲۱ جون ۲۰۱۹\)")
    full(AF, "tarikh", d(2019, 8, 19), r"تاریخ نشر: دوشنبه ۲۸ اسد ۱۳۹۸ \(۱۹ اگست ۲۰۱۹\)")
    full(AF, "copyright", new, "© ۱۳۹۸ آیینه کابل. تمام حقوق محفوظ است.")
    full(AF, "copyright", d(2019, 3, 20), "© ۱۳۹۷ آیینه کابل. تمام حقوق محفوظ است.")
    full(GR, "imerominia", old, r"05\.03\.2016 \| \d\d:\d\d")
    full(GR, "imerominia", new, r"Παρασκευή, 21 Ιουνίου 2019, \d\d:\d\d")
    full(GR, "syntaktis", new, r"Τ(?:ου|ης) \S+ \S+")
    full(MY, "riqi", new, "2019年6月21日 星期五")
    full(MY, "dianxun", new, r"（\S+21日讯）")
    full(MY, "dianxun", old, r"（\S+讯）")
    full(VN, "ngay", new, r"Thứ Sáu, 21/06/2019 \(Âm lịch: 19/5 năm Kỷ Hợi\)")
    full(VN, "ngay", d(2020, 6, 1), r"Thứ Hai, 01/06/2020 \(Âm lịch: 10/4 nhuận năm Canh Tý\)")
    full(VN, "ngay", d(2020, 1, 24), r"Thứ Sáu, 24/01/2020 \(Âm lịch: 30/12 năm Kỷ Hợi\)")
    full(VN, "tacgia", new, r"[A-ZÀ-Ỹ ]+")
    full(IN, "updated", old, r"Updated: Mar 5, 2016, \d{1,2}:\d\d [AP]M IST")
    full(IN, "updated", new, r"Updated: 21 Jun 2019, \d{1,2}:\d\d [AP]M IST")
    full(IN, "byline", new, r"Ada Brook, [A-Za-z ]+")
    full(UR, "tareekh", new, "جمعہ 21 جون 2019ء، 17 شوال 1440ھ")
    full(UR, "dateline", old, r"\S+(?: \S+)? \(.+\)")
    full(MN, "ognoo", new, "2019 ᠣᠨ ᠤ 6 ᠰᠠᠷ\u180eᠠ ᠶᠢᠨ 21 ᠤ ᠡᠳᠦᠷ ᠭᠠᠷᠠᠭ ᠤᠨ ᠲᠠᠪᠤ")
    full(MN, "nayiragulugchi", d(2019, 9, 6), r"ᠨᠠᠶᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ: \S+\u3000责任编辑：\S+")
    full(US, "dated", new, r"June 21, 2019 \d{1,2}:\d\d [AP]M")
    full(US, "bio", new, "Ada Brook covers state government for Plains Capitol Report.")
    full(FB, "posted", new, r"Last updated on June 21, 2019 · By Ada Brook · \d+ Comments")
    full(FB, "madeit", new, r"Did you make this recipe\? Tag @abrook on Instagram .+")
    full(CH, "publiziert", new, r"Publiziert: 21\.6\.2019, \d\d\.\d\d Uhr")
    full(CH, "publiziert", old, r"Publiziert: 05\.03\.2016, \d\d:\d\d Uhr")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    """Eleven families hold a wording per day: walking every day from 2015 to 2020, each
    prints that day's own date in its language and numerals (with the Bangla, Hijri, Afghan
    solar and lunar dates where the site prints them), changing form on the day of its
    rewording."""
    for domain, family, since, *_ in DAILY:
        assert len(style_by_domain(SET)[domain].family(family).wordings) > (LAST_DAY - since).days
    for day in every_day():
        for domain, family, since, before, pattern, weekdays, months, script in DAILY:
            text = template(SET, domain, family, day)
            if day < since:
                assert text == before, (domain, day, text)
                continue
            m = re.fullmatch(pattern, ascii_digits(text, script) if script else text)
            assert m, (domain, day, text)
            groups = m.groupdict()
            if weekdays is not None:
                assert weekdays.index(m["wd"]) == day.weekday(), (domain, day, text)
            assert int(m["dd"]) == day.day, (domain, day, text)
            if "mm" in groups:
                month = int(m["mm"]) if months is None else months.index(m["mm"]) + 1
                assert month == day.month, (domain, day, text)
            if "yy" in groups:
                assert int(m["yy"]) == day.year, (domain, day, text)
            if "bd" in groups:
                assert (int(m["by"]), BANGLA_MONTHS.index(m["bm"]) + 1, int(m["bd"])) == (
                    bangla(day)), (day, text)
            if "hd" in groups:
                names = HIJRI_MONTHS_BN if domain == BN else HIJRI_MONTHS_UR
                assert (int(m["hy"]), names.index(m["hm"]) + 1, int(m["hd"])) == hijri(day), (
                    domain, day, text)
            if "sd" in groups:
                assert (int(m["sy"]), AFGHAN_SOLAR_MONTHS.index(m["sm"]) + 1,
                        int(m["sd"])) == afghan_solar(day), (day, text)
            if "ld" in groups:
                year, month, lunar_day, leap = vietnamese_lunar(day)
                assert (int(m["lm"]), int(m["ld"]), bool(m["leap"])) == (month, lunar_day,
                                                                        leap), (day, text)
                assert f"{m['can']} {m['chi']}" == can_chi(year), (day, text)
        text = template(SET, TH, "prakat", day)
        m = re.fullmatch(THAI_SHORT if day < TH_DAILY else THAI_FULL, text)
        assert m, (day, text)
        months = THAI_MONTHS_SHORT if day < TH_DAILY else THAI_MONTHS
        assert (int(m["dd"]), months.index(m["mm"]) + 1) == (day.day, day.month), (day, text)
        assert int(m["be"]) == (day.year + 543) % (100 if day < TH_DAILY else 10_000), text
        if day >= TH_DAILY:
            assert THAI_WEEKDAYS.index(m["wd"]) == day.weekday(), (day, text)
    for names in (BENGALI_WEEKDAYS, THAI_WEEKDAYS, DARI_WEEKDAYS, GREEK_WEEKDAYS,
                  CHINESE_WEEKDAYS, VIETNAMESE_WEEKDAYS, URDU_WEEKDAYS, MONGOLIAN_WEEKDAYS):
        assert len(set(names)) == 7
    for months in (BENGALI_MONTHS, BANGLA_MONTHS, HIJRI_MONTHS_BN, THAI_MONTHS, THAI_MONTHS_SHORT,
                   DARI_MONTHS, AFGHAN_SOLAR_MONTHS, GREEK_MONTHS_GENITIVE, SHORT_MONTHS,
                   URDU_MONTHS, HIJRI_MONTHS_UR):
        assert len(set(months)) == 12


def test_bangla_and_afghan_solar_calendars() -> None:
    """The Bangla calendar: 1 Boishakh on 14 April, days running on one by one, the 1987
    month lengths to 1425 and the 2019 ones from 1426 (when the national days fall on their
    1952 and 1971 Bangla dates); the Afghan solar calendar: 1 Hamal on Nowruz, six months of
    31 days, five of 30, years of 365 or 366 days."""
    previous = bangla(d(2014, 12, 31))
    for day in every_day():
        y, m, dd = bangla(day)
        if dd == 1:
            assert (y, m) == ((previous[0], previous[1] + 1) if previous[1] < 12
                              else (previous[0] + 1, 1)), day
            length = previous[2]
            lengths = ([31] * 6 + [30] * 4 + [None, 30] if previous[0] >= BANGLA_REVISED
                       else [31] * 5 + [30] * 5 + [None, 30])
            if previous[1] == 11:
                leap = calendar.isleap(day.year)
                assert length == (29 + leap if previous[0] >= BANGLA_REVISED else 30 + leap)
            elif day.year > 2015 or day.month > 1:
                assert length == lengths[previous[1] - 1], (day, previous)
        else:
            assert (y, m, dd) == (previous[0], previous[1], previous[2] + 1), day
        previous = (y, m, dd)
    for y in YEARS:
        assert bangla(d(y, 4, 14)) == (y - 593, 1, 1)
    assert bangla(d(2019, 2, 21)) == (1425, 11, 9) and bangla(d(2020, 2, 21)) == (1426, 11, 8)
    assert bangla(d(2018, 12, 16)) == (1425, 9, 2) and bangla(d(2019, 12, 16)) == (1426, 9, 1)
    assert bangla(d(2020, 3, 26)) == (1426, 12, 12)
    assert bangla(d(2019, 10, 16)) == (1426, 6, 31)  # the first day the revision shows
    previous_solar = afghan_solar(d(2014, 12, 31))
    days_in_year: dict[int, int] = {}
    for day in every_day():
        y, m, dd = afghan_solar(day)
        if dd == 1:
            assert (y, m) == ((previous_solar[0], previous_solar[1] + 1)
                              if previous_solar[1] < 12 else (previous_solar[0] + 1, 1)), day
            if previous_solar[1] < 12:
                assert previous_solar[2] == (31 if previous_solar[1] <= 6 else 30), day
        else:
            assert (y, m, dd) == (previous_solar[0], previous_solar[1], previous_solar[2] + 1)
        days_in_year[y] = days_in_year.get(y, 0) + 1
        previous_solar = (y, m, dd)
    assert all(days_in_year[y] in (365, 366) for y in range(1394, 1399))
    for y in YEARS:
        assert afghan_solar(d.fromisoformat(NOWRUZ[y])) == (y - 621, 1, 1)
        # Independence Day, 19 August: 28 Asad, or 29 Asad after a Nowruz on 20 March
        march_20 = NOWRUZ[y].endswith("03-20")
        assert afghan_solar(d(y, 8, 19)) == (y - 621, 5, 29 if march_20 else 28)
    assert days_in_year[1395] == 366 and days_in_year[1398] == 365


def test_lunar_hijri_and_easter_calendars() -> None:
    """The Vietnamese lunar calendar: Tết on the Spring Festival's day, the Mid-Autumn
    Festival on the known days, leap months in 2017 (after the sixth) and 2020 (after the
    fourth), months of 29 or 30 days; the Hijri calendar's days run on and its feasts fall
    within a day of the announced ones; both computuses give the tables' Easters."""
    for y in YEARS:
        assert vietnamese_lunar(d.fromisoformat(SPRING_FESTIVAL[y])) == (y, 1, 1, False)
    assert lunar_days(8, 15) == {2015: d(2015, 9, 27), 2016: d(2016, 9, 15), 2017: d(2017, 10, 4),
                                 2018: d(2018, 9, 24), 2019: d(2019, 9, 13), 2020: d(2020, 10, 1)}
    leaps: set[tuple[int, int]] = set()
    previous = vietnamese_lunar(d(2014, 12, 31))
    for day in every_day():
        now = vietnamese_lunar(day)
        if now[3]:
            leaps.add((now[0], now[1]))
        if now[2] == 1:
            assert previous[2] in (29, 30), day
        else:
            assert now[:2] == previous[:2] and now[2] == previous[2] + 1, day
        previous = now
    assert leaps == {(2017, 6), (2020, 4)}
    assert can_chi(2019) == "Kỷ Hợi" and can_chi(2020) == "Canh Tý" and can_chi(2017) == "Đinh Dậu"
    previous_h = hijri(d(2014, 12, 31))
    for day in every_day():
        now_h = hijri(day)
        assert now_h[2] == 1 or now_h == (previous_h[0], previous_h[1], previous_h[2] + 1), day
        previous_h = now_h
    for table, month, dd in ((EID_FITR_BD, 10, 1), (EID_FITR_PK, 10, 1), (EID_FITR_AF, 10, 1),
                             (HARI_RAYA, 10, 1), (EID_ADHA_BD, 12, 10), (EID_ADHA_PK, 12, 10),
                             (EID_ADHA_AF, 12, 10)):
        for y in YEARS:
            feast = d.fromisoformat(table[y])
            assert any(hijri(feast + k * one)[1:] == (month, dd) for k in (-1, 0, 1)), (y, month)
    for y in YEARS:
        assert orthodox_easter(y) == d.fromisoformat(EASTER_ORTHODOX[y])
        assert western_easter(y) == d.fromisoformat(EASTER_WEST[y])
        assert orthodox_easter(y).weekday() == western_easter(y).weekday() == 6
    for table in (EID_FITR_BD, EID_ADHA_BD, EID_FITR_PK, EID_ADHA_PK, EID_FITR_AF, EID_ADHA_AF,
                  HARI_RAYA, DEEPAVALI_MY, DIWALI, SPRING_FESTIVAL, LOY_KRATHONG, NOWRUZ):
        assert all(d.fromisoformat(table[y]).year == y for y in YEARS)


def test_name_days_lottery_session_and_countdowns() -> None:
    # Greek name days: fixed, by Easter, St George moved after Easter when it falls before
    assert [st_george(y) for y in YEARS] == [d(2015, 4, 23), d(2016, 5, 2), d(2017, 4, 23),
                                             d(2018, 4, 23), d(2019, 4, 29), d(2020, 4, 23)]
    assert name_days(d(2016, 4, 23)) == "Γιορτάζουν σήμερα: Λάζαρος"
    assert name_days(d(2016, 5, 2)) == "Γιορτάζουν σήμερα: Γεώργιος, Γεωργία"
    assert name_days(d(2017, 4, 23)) == "Γιορτάζουν σήμερα: Θωμάς, Γεώργιος, Γεωργία"
    assert name_days(d(2019, 4, 23)) == NO_NAME_DAY
    assert name_days(d(2019, 4, 28)) == "Γιορτάζουν σήμερα: Αναστάσιος, Αναστασία"
    assert name_days(d(2019, 5, 21)) == "Γιορτάζουν σήμερα: Κωνσταντίνος, Ελένη"
    assert name_days(d(2019, 6, 21)) == NO_NAME_DAY
    giortes = {template(SET, GR, "giortes", day) for day in every_day()}
    assert NO_NAME_DAY in giortes and len(giortes) > 40
    # the lottery: 24 draws a year (21 in 2020), on the 1st and 16th but three moved days
    for y in YEARS:
        draws = lottery_draws(y)
        assert len(draws) == (21 if y == 2020 else 24), y
        assert d(y, 1, 17) in draws and d(y, 12, 30) in draws
        assert (d(y, 5, 2) in draws) == (y != 2020)  # the 2020 pause
        assert d(y, 1, 16) not in draws and d(y, 5, 1) not in draws and d(y, 1, 1) not in draws
        assert all(x.day in (1, 2, 16, 17, 30) for x in draws)
    assert lottery(d(2019, 6, 21)).endswith("งวดวันที่ 16 มิถุนายน 2562")
    assert lottery(d(2019, 6, 16)).endswith("งวดวันที่ 16 มิถุนายน 2562")
    assert lottery(d(2019, 6, 15)).endswith("งวดวันที่ 1 มิถุนายน 2562")
    assert lottery(d(2020, 1, 16)).endswith("งวดวันที่ 30 ธันวาคม 2562")
    assert lottery(d(2019, 5, 1)).endswith("งวดวันที่ 16 เมษายน 2562")
    assert lottery(d(2020, 4, 20)).startswith("🎫 งดออกรางวัล")
    assert lottery(LOTTERY_PAUSE[1]).endswith("งวดวันที่ 16 พฤษภาคม 2563")
    # the session counts its days from the second Monday of January
    assert [session_opens(y) for y in YEARS] == [d(2015, 1, 12), d(2016, 1, 11), d(2017, 1, 9),
                                                 d(2018, 1, 8), d(2019, 1, 14), d(2020, 1, 13)]
    assert "opens Monday, Jan. 14" in session_line(d(2019, 1, 10))
    assert session_line(d(2019, 1, 14)).startswith("🏛️ Day 1 of the 2019")
    assert session_line(d(2019, 4, 13)).startswith("🏛️ Day 90 of the 2019")
    assert session_line(d(2019, 4, 14)) == session_line(d(2019, 1, 1))
    sessions = {template(SET, US, "session", day) for day in every_day()}
    assert len(sessions) > 6 * 90
    # the matching drive and #GivingTuesday
    assert [giving_tuesday(y) for y in YEARS] == [d(2015, 12, 1), d(2016, 11, 29),
                                                  d(2017, 11, 28), d(2018, 11, 27),
                                                  d(2019, 12, 3), d(2020, 12, 1)]
    assert donation(d(2019, 12, 3)).startswith("💚")
    assert donation(d(2015, 11, 10)) == donation(d(2015, 6, 1))  # before NewsMatch
    assert NEWSMATCH_FROM == 2016 and donation(d(2016, 11, 10)).startswith("🎁 NewsMatch")
    assert donation(d(2019, 12, 24)) == "⏳ Only 7 days left to double your gift."
    assert donation(d(2019, 12, 30)) == "⏳ Only 1 day left to double your gift."
    assert donation(d(2019, 12, 31)).startswith("⏰ Last day")
    assert "monthly" in donation(d(2019, 6, 1)) and "monthly" not in donation(d(2018, 6, 1))
    # the recipe blog's countdowns
    assert [thanksgiving(y) for y in YEARS] == [d(2015, 11, 26), d(2016, 11, 24), d(2017, 11, 23),
                                                d(2018, 11, 22), d(2019, 11, 28), d(2020, 11, 26)]
    assert "27 days away" in seasonal(d(2019, 11, 1))
    assert "tomorrow" in seasonal(d(2019, 11, 27))
    assert seasonal(d(2019, 11, 28)).startswith("🦃 Happy Thanksgiving")
    assert seasonal(d(2019, 12, 24)).startswith("🍪 Cookie Countdown, day 24 of 24")
    assert seasonal(d(2019, 12, 25)) == seasonal(d(2019, 10, 1))
    assert "35,000" in seasonal(d(2019, 10, 1)) and "20,000" in seasonal(d(2019, 3, 1))
    # Basel's carnival
    assert [morgestraich(y) for y in YEARS] == [d(2015, 2, 23), d(2016, 2, 15), d(2017, 3, 6),
                                                d(2018, 2, 19), d(2019, 3, 11), d(2020, 3, 2)]
    assert all(morgestraich(y).weekday() == 0 for y in YEARS)


def test_notices_follow_their_calendars() -> None:
    for y in YEARS:
        assert template(SET, BN, "follow", d(y, 4, 14)) == (
            f"🎉 শুভ নববর্ষ {''.join(BENGALI_DIGITS[int(c)] for c in str(y - 593))}")
        assert template(SET, BN, "follow", d(y, 2, 21)).startswith("🌺")
        assert template(SET, BN, "follow", d(y, 12, 16)).startswith("🇧🇩 মহান বিজয় দিবস")
        assert template(SET, BN, "follow", d.fromisoformat(EID_FITR_BD[y])).startswith("🌙")
        assert template(SET, BN, "follow", d.fromisoformat(EID_ADHA_BD[y])).startswith("🐄")
        songkran = template(SET, TH, "line", d(y, 4, 13))
        assert songkran.startswith("💦" if y != 2020 else "🏠"), y
        assert template(SET, TH, "line", d.fromisoformat(LOY_KRATHONG[y])).startswith("🏮")
        assert template(SET, AF, "donbal", d.fromisoformat(NOWRUZ[y])) == (
            f"🌷 نوروز {''.join(PERSIAN_DIGITS[int(c)] for c in str(y - 621))} خجسته باد")
        assert template(SET, AF, "donbal", d(y, 8, 19)).startswith("🇦🇫 ")
        assert template(SET, AF, "donbal", d.fromisoformat(EID_FITR_AF[y])).startswith("🌙")
        easter = orthodox_easter(y)
        assert template(SET, GR, "akolouthiste", easter).startswith("🥚")
        assert ("σπίτι" in template(SET, GR, "akolouthiste", easter)) == (y == 2020)
        assert template(SET, GR, "akolouthiste", d(y, 5, 20)) == (
            f"{y - 1941} χρόνια από τη Μάχη της Κρήτης")
        assert template(SET, GR, "akolouthiste", d(y, 11, 11)).startswith("⛪")
        assert template(SET, GR, "giortes", d(y, 12, 6)).endswith("Νικόλαος, Νικολέτα")
        spring = d.fromisoformat(SPRING_FESTIVAL[y])
        assert template(SET, MY, "lianshu", spring) == (
            f"🧧 柔佛新报恭祝读者新春快乐，{ZODIAC_ZH[y]}年行大运！")
        assert template(SET, MY, "lianshu", d.fromisoformat(HARI_RAYA[y])).startswith("🌙")
        assert template(SET, MY, "lianshu", d.fromisoformat(DEEPAVALI_MY[y])).startswith("🪔")
        assert template(SET, MY, "lianshu", d(y, 8, 31)).endswith(f"ke-{y - 1957}")
        assert template(SET, VN, "theodoi", spring) == f"🧧 Chúc mừng năm mới Xuân {can_chi(y)}"
        assert template(SET, VN, "theodoi", d(y, 9, 2)) == (
            f"🇻🇳 Kỷ niệm {y - 1945} năm Quốc khánh 2/9")
        assert template(SET, VN, "theodoi", lunar_days(8, 15)[y]).startswith("🏮")
        assert template(SET, VN, "theodoi", d(y, 3, 26)).startswith(f"Kỷ niệm {y - 1975} năm")
        assert template(SET, IN, "markets", d.fromisoformat(DIWALI[y])).startswith("🪔")
        independence = template(SET, UR, "follow", d(y, 8, 14))
        if y == 2019:  # Eid al-Adha fell on it
            assert independence.startswith("🐐"), independence
        else:
            assert independence == f"🇵🇰 {y - 1947}واں یوم آزادی مبارک"
        assert template(SET, UR, "follow", d(y, 12, 25)).startswith(f"قائد اعظم کا {y - 1876}واں")
        assert template(SET, UR, "follow", d.fromisoformat(EID_FITR_PK[y])).startswith("🌙")
        assert template(SET, MN, "follow", spring).startswith("🥛 ᠴᠠᠭᠠᠨ ᠰᠠᠷ")
        assert template(SET, MN, "follow", d(y, 5, 1)) == (
            f"🎉 热烈庆祝内蒙古自治区成立{y - 1947}周年")
        fasnacht = template(SET, CH, "hinweise", morgestraich(y))
        assert fasnacht.startswith("🥁") and ("abgesagt" in fasnacht) == (y == 2020)
    assert template(SET, AF, "donbal", d(2019, 8, 19)).startswith("🇦🇫 ۱۰۰مین")
    for budget in UNION_BUDGET:
        assert template(SET, IN, "markets", d.fromisoformat(budget)).startswith(
            f"📊 Union Budget {budget[:4]}")
    for sunday in SWISS_VOTES:
        day = d.fromisoformat(sunday)
        assert template(SET, CH, "hinweise", day).startswith("🗳️ Abstimmungssonntag"), day
        assert not template(SET, CH, "hinweise", day + one).startswith("🗳️"), day
    for sunday in SWISS_ELECTIONS:
        assert "Wahlen" in template(SET, CH, "hinweise", d.fromisoformat(sunday))
    assert template(SET, TH, "line", d(2019, 5, 5)).startswith("👑")
    # emergencies and votes on their days, the everyday notice again after
    for domain, family, day, start in (
            (BN, "tip", d(2020, 4, 1), "😷"), (BN, "tip", d(2018, 12, 30), "🗳️"),
            (TH, "rongrian", d(2020, 4, 1), "😷"), (TH, "rongrian", d(2019, 3, 24), "🗳️"),
            (AF, "khabar", d(2020, 4, 1), "😷"), (AF, "khabar", d(2019, 9, 28), "🗳️"),
            (GR, "ekloges", d(2020, 4, 1), "😷"), (GR, "ekloges", d(2015, 7, 5), "🗳️"),
            (MY, "rexian", d(2020, 4, 1), "😷"), (MY, "rexian", d(2018, 5, 9), "🗳️"),
            (VN, "duongday", d(2020, 4, 10), "😷"), (VN, "duongday", d(2016, 5, 22), "🗳️"),
            (VN, "duongday", d(2020, 10, 20), "🌊"), (IN, "markets", d(2020, 4, 1), "😷"),
            (IN, "markets", d(2016, 11, 20), "💸"), (UR, "rabta", d(2020, 4, 1), "😷"),
            (UR, "rabta", d(2018, 7, 25), "🗳️"), (US, "tips", d(2020, 4, 1), "😷"),
            (US, "tips", d(2018, 11, 6), "🗳️"), (CH, "hinweise", d(2020, 4, 1), "😷")):
        assert template(SET, domain, family, day).startswith(start), (domain, family, day)
        assert not template(SET, domain, family, d(2020, 8, 20)).startswith(start), domain
    # the second lockdown notice stays to the end
    assert template(SET, GR, "ekloges", LAST_DAY).startswith("😷 Lockdown")


def test_notices_reworded_over_the_years() -> None:
    assert_groups_reworded(SET, (
        (BN, "protibedok", "নিজস্ব প্রতিবেদক", ", "),
        (BN, "aro", "আরও পড়ুন: ", "আরও পড়ুন >> "),
        (BN, "follow", "ফেসবুক পেজে লাইক দিন", "গুগল নিউজ"),
        (TH, "phukhian", "ผู้สื่อข่าว: ", "เรื่อง: "),
        (TH, "kiaokhong", "ข่าวที่เกี่ยวข้อง: ", "อ่านข่าวที่เกี่ยวข้อง >> "),
        (AF, "nevisande", "نویسنده: ", "گزارشگر: "),
        (GR, "diavaste", "Διαβάστε επίσης: ", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ: "),
        (GR, "syntaktis", "Συντάκτης: ", "Τ"),
        (MY, "baodao", "报道：", "摄影："),
        (MY, "banquan", "(436789-X)", "199701023456"),
        (VN, "xemthem", "Xem thêm: ", ">> Đọc thêm: "),
        (VN, "giayphep", "145/GP-TTĐT", "58/GP-TTĐT"),
        (IN, "updated", "Updated: ", " IST"),
    ))
    for domain, family, day, old, new in (
            (BN, "follow", d(2019, 3, 1), "লাইক দিন", "গুগল নিউজ"),
            (TH, "line", d(2020, 1, 1), "Facebook และ LINE", "YouTube"),
            (AF, "donbal", d(2019, 1, 1), "فیسبوک و توییتر", "تلگرام"),
            (AF, "hemayat", d(2019, 6, 1), "زنده نگه می‌دارد.", "ام‌پیسه"),
            (GR, "akolouthiste", d(2019, 5, 1), "Facebook", "Google News"),
            (MY, "lianshu", d(2018, 3, 1), "面子书专页按赞", "Instagram"),
            (MY, "dingyue", d(2019, 7, 1), "RM9.90", "RM12.90"),
            (VN, "theodoi", d(2019, 3, 1), "Zalo và Facebook", "YouTube"),
            (IN, "byline", d(2019, 4, 1), "By ", ", "),
            (IN, "app", d(2020, 2, 1), "live market updates.", "portfolio tracker"),
            (IN, "subscribe", d(2020, 1, 1), "₹999", "₹1,499"),
            (UR, "dateline", d(2018, 7, 1), "({agency})", "(صبحِ نو نیوز)"),
            (UR, "follow", d(2019, 2, 1), "فیس بک اور ٹوئٹر", "یوٹیوب"),
            (MN, "surbuljilagchi", d(2019, 1, 1), "{reporter}", "ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ"),
            (MN, "nayiragulugchi", d(2019, 7, 1), "{editor}", "责任编辑"),
            (MN, "icp", d(2018, 1, 1), "16002345号", "号-1"),
            (MN, "follow", d(2020, 6, 1), "微信公众号", "视频号"),
            (US, "dated", d(2018, 8, 1), "{date_long}", "{time12}"),
            (FB, "posted", d(2018, 6, 1), "Posted on ", "Last updated on "),
            (FB, "disclosure", d(2019, 5, 1), "affiliate links.", "sponsored content"),
            (FB, "madeit", d(2020, 3, 1), "on Instagram and", "TikTok"),
            (CH, "agentur", d(2018, 4, 1), "(sda)", "Keystone-SDA"),
            (CH, "von", d(2018, 9, 1), "Von ", "Text: "),
            (CH, "abo", d(2019, 4, 1), "1 Franken", "Fr. 24.–")):
        before, after = template(SET, domain, family, day - one), template(SET, domain, family,
                                                                           day)
        assert old in before and new not in before, (domain, family, before)
        assert new in after, (domain, family, after)
    assert template(SET, BN, "aro", BN_LINKS - one).startswith("আরও পড়ুন: ")
    assert template(SET, TH, "kiaokhong", TH_LINKS).startswith("อ่านข่าวที่เกี่ยวข้อง >> ")
    assert template(SET, GR, "diavaste", GR_LINKS).startswith("ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ: ")
    assert template(SET, VN, "xemthem", VN_LINKS).startswith(">> Đọc thêm: ")


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{BN}/tarikh", f"{TH}/prakat", f"{AF}/tarikh", f"{GR}/imerominia",
                         f"{BN}/aro", f"{TH}/kiaokhong", f"{BN}/protibedok", f"{BN}/update",
                         f"{TH}/khaochom", f"{AF}/bazdid", f"{TH}/tag", f"{MY}/dianxun"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{BN}/montobbo", f"{BN}/sompadok", f"{TH}/khwamhen", f"{AF}/nazar", f"{AF}/nashr",
        f"{GR}/sxolia"))
    assert_carried_share(docs, BN, [
        ("bibhag", 0.18, 0.45), ("update", 0.15, 0.4), ("ghurnijhor", 0.0, 0.12),
        ("tarikh", 0.75, 0.97), ("bigyapon", 0.5, 0.8), ("montobbo", 0.15, 0.4),
        ("sompadok", 0.3, 0.55)])
    assert_carried_share(docs, TH, [("khaochom", 0.15, 0.45), ("prakat", 0.7, 0.97),
                                    ("fun", 0.0, 0.15)])
    for fam in (f"{BN}/bigyapon", f"{BN}/aro", f"{TH}/khosana", f"{TH}/kiaokhong",
                f"{AF}/ilan", f"{AF}/bishtar", f"{GR}/diafimisi", f"{GR}/diavaste"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((BN, "chobi"), (TH, "phap"), (VN, "anh"), (IN, "photo"),
                               (MN, "jirug"), (FB, "pin"), (CH, "bild")))
    # the op-ed disclaimer sits on a few pages only
    carried = sum(any(label_family(line.label) == "idara" for line in doc.lines)
                  for doc in group_docs(SET, UR))
    assert carried <= 0.2 * len(group_docs(SET, UR))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (BN, "ghurnijhor"), (TH, "fun"), (AF, "barf"), (GR, "kausonas"), (MY, "shuizai"),
        (VN, "lu"), (IN, "correction"), (UR, "smog"), (MN, "shachen"), (US, "correction"),
        (FB, "update"), (CH, "rhein")))


def test_sister_sites_share_network_lines() -> None:
    assert_sister_sites_share(SET, (
            (BN, "sompadok", "সম্পাদক ও প্রকাশক: মাহবুবুল আলম চৌধুরী"),
            (TH, "khosana", "โฆษณา"),
            (AF, "ilan", "اعلان")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    first_title = bodies(SET, 1)[0].title
    assert rendered(SET, BN, "share", d(2018, 7, 9)) == f"শেয়ার করুন: {first_title}"
    assert rendered(SET, TH, "share", d(2018, 7, 9)) == f"แชร์ข่าวนี้: {first_title}"
    for style, family in ((BN, "/share"), (TH, "/share")):
        own = own_title_lines(group_docs(SET, style), family)
        assert own and sum(norm(text).endswith(title) for title, text in own) >= 0.6 * len(own)
    assert_links_to_other_titles(docs, fams, (
        (f"{AF}/bishtar", "بیشتر بخوانید: "),
        (f"{MY}/yanshen", "延伸阅读："),
        (f"{IN}/alsoread", "Also Read | "),
        (f"{UR}/mazeed", "مزید پڑھیں: "),
    ))
    # read-also links whose prefix changed: either prefix, then another article's title
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{BN}/aro", ("আরও পড়ুন: ", "আরও পড়ুন >> ")),
                          (f"{TH}/kiaokhong", ("ข่าวที่เกี่ยวข้อง: ", "อ่านข่าวที่เกี่ยวข้อง >> ")),
                          (f"{GR}/diavaste", ("Διαβάστε επίσης: ", "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ: ")),
                          (f"{VN}/xemthem", ("Xem thêm: ", ">> Đọc thêm: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(prefixes[0]).removeprefix(prefixes[1]) for t in texts}
        assert linked & titles, fam


def test_names_in_bylines() -> None:
    fams = by_family(planted_docs(SET))
    for fam, pool_name, pattern in (
            (f"{BN}/protibedok", "protibedok", r"(.+), \S+"),
            (f"{TH}/phukhian", "nakkhao", r"ผู้สื่อข่าว: (.+)"),
            (f"{TH}/phukhian", "nakkhao", r"เรื่อง: (.+) \| ภาพ: .+"),
            (f"{AF}/nevisande", "nevisande", r"نویسنده: (.+)"),
            (f"{AF}/nevisande", "nevisande", r"گزارشگر: (.+)"),
            (f"{GR}/syntaktis", "syntaktis", r"Συντάκτης: (.+)"),
            (f"{GR}/syntaktis", "tou", r"(Τ(?:ου|ης) .+)")):
        writers = pool(SET, fam.partition("/")[0], pool_name)
        names = [m[1] for t in fams[fam] if (m := re.fullmatch(pattern, norm(t)))]
        assert names and sum(n in writers for n in names) >= 0.75 * len(names), (fam, pattern)
    districts = pool(SET, BN, "zila")
    found = [m[1] for t in fams[f"{BN}/protibedok"] if (m := re.fullmatch(r".+, (\S+)", norm(t)))]
    assert found and sum(z in districts for z in found) >= 0.75 * len(found)
    # the Urdu dateline's city and agency, the Vietnamese pen names, the Indian bureaus
    cities, agencies = pool(SET, UR, "shehar"), pool(SET, UR, "agency") | {"صبحِ نو نیوز"}
    datelines = [m for t in group_lines(SET, UR, "dateline")
                 if (m := re.fullmatch(r"(.+) \((.+)\)", norm(t)))]
    assert datelines and sum(m[1] in cities for m in datelines) >= 0.75 * len(datelines)
    assert sum(m[2] in agencies for m in datelines) >= 0.5 * len(datelines)
    pen_names = pool(SET, VN, "butdanh")
    bare = [norm(t) for t in group_lines(SET, VN, "tacgia") if not t.startswith("Bài")]
    assert bare and sum(t in pen_names for t in bare) >= 0.75 * len(bare)
    bureaus = pool(SET, IN, "bureau")
    found = [m[1] for t in group_lines(SET, IN, "byline") if (m := re.fullmatch(r".+, (.+)",
                                                                              norm(t)))]
    assert found and sum(b in bureaus for b in found) >= 0.75 * len(found)


def test_bare_lines_and_pools() -> None:
    fams = by_family(planted_docs(SET))
    assert_groups_mostly_bare(SET, (
        (BN, "bigyapon", "বিজ্ঞাপন"), (TH, "khosana", "โฆษณา"), (AF, "ilan", "اعلان"),
        (GR, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"), (MY, "guanggao", "广告"), (VN, "quangcao", "Quảng cáo"),
        (IN, "ad", "Story continues below this ad"), (IN, "premium", "Premium"),
        (UR, "ishtihar", "اشتہار"), (MN, "zar", "ᠵᠠᠷ"), (FB, "reportad", "Report this ad"),
        (FB, "jump", "Jump to Recipe · Print Recipe"),
        (FB, "required", "Your email address will not be published. Required fields are "
                         "marked *"),
        (CH, "werbung", "Werbung"), (CH, "fehler", "Fehler gefunden? Jetzt melden.")))
    assert_values_from_pool(SET, fams, ((f"{BN}/bibhag", "bibhag"), (f"{TH}/mawd", "mawd"),
                                        (f"{AF}/bakhsh", "bakhsh")))
    assert_group_values_from_pool(SET, ((GR, "kathgoria", "kathgoria"), (MY, "lanmu", "lanmu"),
                                        (VN, "chuyenmuc", "chuyenmuc"), (IN, "kicker", "kicker"),
                                        (UR, "zumra", "zumra"), (MN, "angi", "angi"),
                                        (US, "kicker", "kicker"), (CH, "ressort", "ressort")))
    tags = pool(SET, TH, "tag")
    items = [i for t in group_lines(SET, TH, "tag") for i in norm(t).partition(": ")[2].split(", ")]
    assert items and sum(i in tags for i in items) >= 0.75 * len(items)
    towns = pool(SET, MY, "city")
    found = [m[1] for t in group_lines(SET, MY, "dianxun")
             if (m := re.fullmatch(r"（(\D+?)\d*日?讯）", norm(t)))]
    assert found and sum(c in towns for c in found) >= 0.75 * len(found)
    for letters, fam in (("০১২৩৪৫৬৭৮৯", f"{BN}/tarikh"), ("۰۱۲۳۴۵۶۷۸۹", f"{AF}/tarikh"),
                         ("พ.ศ", f"{TH}/prakat"), ("ΐΰάέήίόύώ", f"{GR}/imerominia"),
                         ("ᠣᠰᠡ", f"{MN}/ognoo"), ("ءھ", f"{UR}/tareekh"),
                         ("ẢảẤấỢợ", f"{VN}/ngay"), ("\u3000", f"{MN}/surbuljilagchi"),
                         ("–", f"{CH}/abo"), ("₹", f"{IN}/subscribe"), ("★", f"{FB}/rating")):
        texts = fams[fam] or group_lines(SET, fam.partition("/")[0], fam.partition("/")[2])
        assert any(c in "".join(texts) for c in letters), fam


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        BN: (["sompadok", "thikana", "phone"], 3),
        VN: (["giayphep", "chutrach", "diachi"], 2),
        MN: (["icp", "gongan", "copyright"], 2),
        FB: (["rating", "prep", "cook", "servings", "course"], 3)})


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family, *_ in (*DAILY, (TH, "prakat")):
        assert template(SET, domain, family, LAST_DAY) != template(SET, domain, family,
                                                                   LAST_DAY - one)
