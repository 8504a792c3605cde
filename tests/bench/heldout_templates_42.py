"""The forty-second held-back template set (``held-back-42``) of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the forty-first
held-back set (`tests.bench.heldout_templates_41`; a forty-third was being written at the
same time by another session, unseen by this one). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` or ``configs/`` was read; the slot names come
from the earlier sets' modules, `tests.bench.planted_real` and the slots it hands a template)
or the README's detection rules and quality results, before any benchmark run on it, and
without shaping any line to pass or to fail a detector: the families are what real sites of
these kinds print, from general knowledge of them (Gregorian month and weekday names checked
against the CLDR data where it has the language). All wording is original; none is copied
from the data, from the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 97.71% at 6ece930 (99.98% content kept; the
session-start code b0eb9e3: 97.28%); studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. This set leans on the large national and regional news sites of South, Southeast
and Central Asia and of the Mediterranean, beside a few English-language sites of kinds
that fill a web crawl: a Bangladeshi daily in Bengali, a northern Thai news site, an Afghan
site in Dari, a Cretan daily in Greek, a Malaysian Chinese daily, a Vietnamese provincial
portal, an Indian business daily, a Pakistani daily in Urdu, an Inner Mongolian portal in
the traditional Mongolian script with Chinese footers, a nonprofit statehouse newsroom, a
recipe blog and a Swiss regional daily. Variation: article dates localised day by day (in
Bengali, Persian and Latin digits; the revised Bangladeshi calendar with its 2019 month
lengths and the Hijri date beside the Gregorian one; the Thai Buddhist era in a two-digit
short date that turned a full one; the Afghan solar year with its zodiac months; Greek
genitive months; the Vietnamese lunar date with its leap months and the sexagenary year
name; an Urdu date with the Hijri one; the Mongolian script's year, month and day; a
Chinese dateline printing only the day; a Swiss time with a full stop), date slots of
several shapes, bylines of many shapes (a staff credit turned a named reporter with a
district, genitive Greek bylines, an author name alone at the foot, a dateline with a news
agency, a reporter and a translator), notices reworded in 2015-2020 (social lines gaining a
network, appeals gaining a wallet, prices raised, a company number given its new form, a
web licence renewed, a wire service renamed, read-also prefixes changed), notices that
follow a calendar (the Greek name days, fixed and movable, with St George moved after
Easter; a state lottery's draws twice a month with their exceptions and a pause; a matching
gift drive that counts down; a legislative session that counts its days; a cookie countdown
and a Thanksgiving countdown; the Basel carnival by Easter; Swiss popular votes; lunar and
Hijri feasts, zodiac years and anniversaries with their counts), election and emergency
lines, the article's own title (share lines) and other articles' titles (links), amounts,
tag lists, view counts, phone numbers, multi-line blocks (a masthead, a licence block, a
recipe card), mid-body inserts (some up to two times), bare lines (ad labels, tool rows, a
comment-form line), symbols and emoji where such sites use them, and families in only
3-8% of articles beside ones in nearly all. Renamed variants of a style keep the lines that
do not name the site, so sister sites share a network footer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, nth_weekday, orthodox_easter, thanksgiving
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import first_come as _first_come
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

# Easter: the Western one (Basel's carnival) and the Orthodox one (Greece), for the years the
# tables of feasts need.
EASTER_WEST = {2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16", 2018: "2018-04-01",
               2019: "2019-04-21", 2020: "2020-04-12"}
EASTER_ORTHODOX = {2015: "2015-04-12", 2016: "2016-05-01", 2017: "2017-04-16",
                   2018: "2018-04-08", 2019: "2019-04-28", 2020: "2020-04-19"}
# The feasts as Bangladesh and Pakistan kept them (a day after the Gulf, most years).
EID_FITR_BD = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-16",
               2019: "2019-06-05", 2020: "2020-05-25"}
EID_ADHA_BD = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
               2019: "2019-08-12", 2020: "2020-08-01"}
EID_FITR_PK = {2015: "2015-07-18", 2016: "2016-07-06", 2017: "2017-06-26", 2018: "2018-06-16",
               2019: "2019-06-05", 2020: "2020-05-24"}
EID_ADHA_PK = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
               2019: "2019-08-12", 2020: "2020-08-01"}
# As Afghanistan and Malaysia kept them.
EID_FITR_AF = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_AF = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}
HARI_RAYA = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
             2019: "2019-06-05", 2020: "2020-05-24"}
DEEPAVALI_MY = {2015: "2015-11-10", 2016: "2016-10-29", 2017: "2017-10-18", 2018: "2018-11-06",
                2019: "2019-10-27", 2020: "2020-11-14"}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
SPRING_FESTIVAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                   2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
ZODIAC_ZH = {2015: "羊", 2016: "猴", 2017: "鸡", 2018: "狗", 2019: "猪", 2020: "鼠"}
# Loy Krathong (Yi Peng in Chiang Mai): the full moon of the twelfth Thai month.
LOY_KRATHONG = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-03", 2018: "2018-11-22",
                2019: "2019-11-11", 2020: "2020-10-31"}
# Nowruz, 1 Hamal (Farvardin) of the solar Hijri year: the day of the March equinox, or the
# next day when the equinox falls after noon in Kabul and Tehran.
NOWRUZ = {2014: "2014-03-21", 2015: "2015-03-21", 2016: "2016-03-20", 2017: "2017-03-21",
          2018: "2018-03-21", 2019: "2019-03-21", 2020: "2020-03-20", 2021: "2021-03-21"}
# India's Union Budget days (two in the election year 2019).
UNION_BUDGET = ("2015-02-28", "2016-02-29", "2017-02-01", "2018-02-01", "2019-02-01",
                "2019-07-05", "2020-02-01")
# Swiss federal popular votes, and the two federal elections.
SWISS_VOTES = ("2015-03-08", "2015-06-14", "2016-02-28", "2016-06-05", "2016-09-25",
               "2016-11-27", "2017-02-12", "2017-05-21", "2017-09-24", "2018-03-04",
               "2018-06-10", "2018-09-23", "2018-11-25", "2019-02-10", "2019-05-19",
               "2020-02-09", "2020-09-27", "2020-11-29")
SWISS_ELECTIONS = ("2015-10-18", "2019-10-20")

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
SHORT_MONTHS = tuple(m[:3] for m in ENGLISH_MONTHS)
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
BENGALI_WEEKDAYS = ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার",
                    "রবিবার")
BENGALI_MONTHS = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
                  "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
BANGLA_MONTHS = ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ",
                 "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র")
HIJRI_MONTHS_BN = ("মহররম", "সফর", "রবিউল আউয়াল", "রবিউস সানি", "জমাদিউল আউয়াল",
                   "জমাদিউস সানি", "রজব", "শাবান", "রমজান", "শাওয়াল", "জিলকদ", "জিলহজ")
THAI_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
                     "ต.ค.", "พ.ย.", "ธ.ค.")
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
DARI_WEEKDAYS = ("دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
DARI_MONTHS = ("جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر",
               "اکتوبر", "نومبر", "دسمبر")
AFGHAN_SOLAR_MONTHS = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس",
                       "جدی", "دلو", "حوت")
GREEK_WEEKDAYS = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
GREEK_MONTHS_GENITIVE = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
                         "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου",
                         "Δεκεμβρίου")
CHINESE_WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
VIETNAMESE_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
                       "Chủ Nhật")
CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
URDU_WEEKDAYS = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
URDU_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
               "اکتوبر", "نومبر", "دسمبر")
HIJRI_MONTHS_UR = ("محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی",
                   "رجب", "شعبان", "رمضان", "شوال", "ذوالقعدہ", "ذوالحجہ")
# Inner Mongolian weekdays: "garag-un" and the day's number, Sunday "garag-un edür".
MONGOLIAN_WEEKDAYS = ("ᠭᠠᠷᠠᠭ ᠤᠨ ᠨᠢᠭᠡᠨ", "ᠭᠠᠷᠠᠭ ᠤᠨ ᠬᠣᠶᠠᠷ", "ᠭᠠᠷᠠᠭ ᠤᠨ ᠭᠤᠷᠪᠠ", "ᠭᠠᠷᠠᠭ ᠤᠨ ᠳᠥᠷᠪᠡ",
                      "ᠭᠠᠷᠠᠭ ᠤᠨ ᠲᠠᠪᠤ", "ᠭᠠᠷᠠᠭ ᠤᠨ ᠵᠢᠷᠭᠤᠭᠠᠨ", "ᠭᠠᠷᠠᠭ ᠤᠨ ᠡᠳᠦᠷ")
MONGOLIAN_YEAR, MONGOLIAN_MONTH, MONGOLIAN_DAY = "ᠣᠨ ᠤ", "ᠰᠠᠷ\u180eᠠ ᠶᠢᠨ", "ᠤ ᠡᠳᠦᠷ"
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")


def digits(number: int | str, script: str) -> str:
    """`number` in a script's numerals (`script`: its digits zero to nine)."""
    return "".join(script[int(c)] if c.isdigit() else c for c in str(number))


_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_daily, _changes, _yearly = _PERIOD.daily, _PERIOD.changes, _PERIOD.yearly_since
_around = _PERIOD.around


def western_easter(y: int) -> dt.date:
    """Easter by the Gregorian computus (the anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ll) // 433
    month, day = divmod(h + ll - 7 * m + 90, 25)
    return dt.date(y, month, (h + ll - 7 * m + 33 * month + 19) % 32)


# --- the arithmetic (tabular) Hijri calendar, as sites' date widgets compute it -------------------

HIJRI_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH, 16 July 622 (Julian)


def _from_hijri(y: int, m: int, d: int) -> int:
    return (d + 29 * (m - 1) + (6 * m - 1) // 11 + (y - 1) * 354 + (3 + 11 * y) // 30
            + HIJRI_EPOCH - 1)


def hijri(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of the arithmetic Islamic calendar (leap years 2, 5, 7, 10, 13,
    16, 18, 21, 24, 26 and 29 of 30)."""
    fixed = day.toordinal()
    y = (30 * (fixed - HIJRI_EPOCH) + 10646) // 10631
    m = (11 * (fixed - _from_hijri(y, 1, 1)) + 330) // 325
    return y, m, fixed - _from_hijri(y, m, 1) + 1


# --- the Bangla calendar of Bangladesh, revised in 1987 and again in 2019 -------------------------

BANGLA_REVISED = 1426  # from 1 Boishakh 1426 (14 April 2019), the 2019 month lengths


def bangla(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of the Bangladeshi Bangla calendar: 1 Boishakh on 14 April; to
    1425, five months of 31 days, then 30-day months, Falgun 31 days in a leap year; from
    1426, six months of 31 days, Falgun 29 days (30 in a leap year), the others 30."""
    y = day.year - 593 if (day.month, day.day) >= (4, 14) else day.year - 594
    leap = calendar.isleap(y + 594)  # the Gregorian year holding this year's Falgun
    if y >= BANGLA_REVISED:
        lengths = [31] * 6 + [30] * 4 + [29 + leap, 30]
    else:
        lengths = [31] * 5 + [30] * 5 + [30 + leap, 30]
    offset = (day - dt.date(y + 593, 4, 14)).days
    month = 0
    while offset >= lengths[month]:
        offset -= lengths[month]
        month += 1
    return y, month + 1, offset + 1


# --- the solar Hijri calendar of Afghanistan ----------------------------------------------------

def afghan_solar(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of the solar Hijri calendar: from Nowruz, six months of 31 days,
    five of 30 and Hut to the next Nowruz."""
    start = _day(NOWRUZ[day.year])
    if day < start:
        start = _day(NOWRUZ[day.year - 1])
    offset = (day - start).days
    month = min(offset // 31, 6) if offset < 186 else 6 + (offset - 186) // 30
    month = min(month, 11)
    first = 31 * month if month <= 6 else 186 + 30 * (month - 6)
    return start.year - 621, month + 1, offset - first + 1


# --- the Vietnamese lunar calendar (the astronomical rules, UTC+7) --------------------------------

VN_TZ = 7.0


def _jd(day: dt.date) -> int:
    return day.toordinal() + 1721425


def _new_moon(k: int) -> float:
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta


def _new_moon_day(k: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + VN_TZ / 24)


def _sun_longitude(jdn: float) -> float:
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    return lon - math.pi * 2 * math.floor(lon / (math.pi * 2))


def _sun_sector(day_number: int) -> int:
    return math.floor(_sun_longitude(day_number - 0.5 - VN_TZ / 24) / math.pi * 6)


def _lunar_month_11(y: int) -> int:
    off = _jd(dt.date(y, 12, 31)) - 2415021
    k = math.floor(off / 29.530588853)
    nm = _new_moon_day(k)
    return _new_moon_day(k - 1) if _sun_sector(nm) >= 9 else nm


def _leap_month_offset(a11: int) -> int:
    k = math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def vietnamese_lunar(day: dt.date) -> tuple[int, int, int, bool]:
    """(year, month, day, leap month?) of the Vietnamese lunar calendar: months from the
    new moon in Vietnam's time zone, month 11 holding the winter solstice, a leap month the
    first one without a major solar term in a year of thirteen."""
    n = _jd(day)
    k = math.floor((n - 2415021.076998695) / 29.530588853)
    start = _new_moon_day(k + 1)
    if start > n:
        start = _new_moon_day(k)
    a11 = _lunar_month_11(day.year)
    b11 = a11
    if a11 >= start:
        year = day.year
        a11 = _lunar_month_11(day.year - 1)
    else:
        year = day.year + 1
        b11 = _lunar_month_11(day.year + 1)
    lunar_day = n - start + 1
    diff = math.floor((start - a11) / 29)
    leap = False
    month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_month_offset(a11)
        if diff >= leap_diff:
            month = diff + 10
            leap = diff == leap_diff
    if month > 12:
        month -= 12
    if month >= 11 and diff < 4:
        year -= 1
    return year, month, lunar_day, leap


def can_chi(year: int) -> str:
    """The sexagenary name of a (lunar) year: 2019 Kỷ Hợi."""
    return f"{CAN[(year + 6) % 10]} {CHI[(year + 8) % 12]}"


def lunar_days(month: int, day: int) -> dict[int, dt.date]:
    """Gregorian year -> the day that is lunar `month`/`day` (not a leap month) that year."""
    out: dict[int, dt.date] = {}
    d = dt.date(2015, 1, 1)
    while d.year <= 2020:
        _, m, dd, leap = vietnamese_lunar(d)
        if (m, dd, leap) == (month, day, False) and d.year not in out:
            out[d.year] = d
        d += dt.timedelta(days=1)
    return out


# --- a Bangladeshi national daily in Bengali (Dhaka) ----------------------------------------------

BN_DAILY = dt.date(2016, 4, 14)  # from Pohela Boishakh 1423, three calendars in Bengali digits
BN_BYLINE = dt.date(2018, 7, 1)  # the staff credit turned a named reporter with the district
BN_LINKS = dt.date(2018, 11, 1)  # "আরও পড়ুন:" turned "আরও পড়ুন >>"
BN_SOCIAL = dt.date(2019, 3, 1)  # the follow line gained Google News


def bn(number: int | str) -> str:
    return digits(number, BENGALI_DIGITS)


def _bn_dated(day: dt.date) -> str:
    by, bm, bd = bangla(day)
    hy, hm, hd = hijri(day)
    return (f"{BENGALI_WEEKDAYS[day.weekday()]}, {bn(day.day)} {BENGALI_MONTHS[day.month - 1]} "
            f"{bn(day.year)}, {bn(bd)} {BANGLA_MONTHS[bm - 1]} {bn(by)} বঙ্গাব্দ, {bn(hd)} "
            f"{HIJRI_MONTHS_BN[hm - 1]} {bn(hy)} হিজরি")


def _bn_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "প্রভাতবেলা’র সর্বশেষ খবর পেতে আমাদের ফেসবুক পেজে লাইক দিন"),
            (BN_SOCIAL.isoformat(), "প্রভাতবেলা’র সর্বশেষ খবর পেতে গুগল নিউজ ও ফেসবুক পেজ "
                                    "ফলো করুন")]
    fitr = _around(EID_FITR_BD, 0, 2, lambda _: "🌙 ঈদ মোবারক! প্রভাতবেলা’র সকল পাঠককে "
                                                "ঈদুল ফিতরের শুভেচ্ছা")
    adha = _around(EID_ADHA_BD, 0, 2, lambda _: "🐄 ঈদ মোবারক! সবাইকে পবিত্র ঈদুল আজহার "
                                                "শুভেচ্ছা")
    boishakh = _yearly(593, "04-14", 0, 0, lambda n: f"🎉 শুভ নববর্ষ {bn(n)}")
    ekushey = _yearly(0, "02-21", 0, 0, lambda _: "🌺 অমর একুশে: শহীদ দিবস ও আন্তর্জাতিক "
                                                  "মাতৃভাষা দিবস")
    freedom = _yearly(1971, "03-26", 0, 0, lambda n: f"🇧🇩 মহান স্বাধীনতা দিবস: "
                                                     f"স্বাধীনতার {bn(n)} বছর")
    victory = _yearly(1971, "12-16", 0, 0, lambda n: f"🇧🇩 মহান বিজয় দিবস: বিজয়ের {bn(n)} "
                                                     f"বছর")
    return _timeline(base, _first_come(fitr, adha, boishakh, ekushey, freedom, victory))


def _bn_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "খবর, ছবি বা ভিডিও পাঠান: news@provatbela.com.bd")]
    return _timeline(base, [
        (dt.date(2018, 12, 20), dt.date(2018, 12, 31), "🗳️ একাদশ জাতীয় সংসদ নির্বাচন: "
                                                        "ভোটগ্রহণ ৩০ ডিসেম্বর"),
        (dt.date(2020, 1, 22), dt.date(2020, 2, 2), "🗳️ ঢাকা সিটি করপোরেশন নির্বাচন: ভোট "
                                                     "১ ফেব্রুয়ারি"),
        (dt.date(2020, 3, 26), dt.date(2020, 5, 31), "😷 সাধারণ ছুটি: ঘরে থাকুন, করোনা "
                                                      "হটলাইন ৩৩৩"),
    ])


def _bn_copyright(day: dt.date) -> str:
    return (f"স্বত্ব © {bn(day.year)} প্রভাতবেলা | অনুমতি ছাড়া এই ওয়েবসাইটের কোনো লেখা, ছবি "
            f"বা ভিডিও ব্যবহার বেআইনি")


def dhaka_style() -> PublisherStyle:
    """A Bangladeshi national daily in Bengali (Dhaka): a section kicker, "প্রকাশ:" with a
    day-month-year slot and a time slot turned the weekday, the Gregorian date, the Bangla
    date with "বঙ্গাব্দ" (the 2019 revision's month lengths from 1426) and the arithmetic
    Hijri date, all in Bengali digits (a wording per day, from Pohela Boishakh 1423), a bare
    staff credit turned a named reporter with a district, an update line, "বিজ্ঞাপন" and
    "আরও পড়ুন:" (turned "আরও পড়ুন >>"; up to twice) inserts, a photo credit, a share line
    with the article's own title, a follow line (gaining Google News) turned the two Eids,
    Pohela Boishakh with its Bangla year, Ekushey and the independence and victory days with
    their counts, a tip line turned two votes and the 2020 general holiday, a comment
    disclaimer, a three-line masthead (editor, office, phone), a rare cyclone signal, a
    copyright line with the year in Bengali digits."""
    return PublisherStyle(
        domain="provatbela.com.bd", site="প্রভাতবেলা", base_size=880,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("national", "politics", "economy", "sports", "entertainment", "country"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "bibhag": ("জাতীয়", "রাজনীতি", "অর্থনীতি", "খেলা", "বিনোদন", "আন্তর্জাতিক",
                       "সারাদেশ", "চট্টগ্রাম", "শিক্ষা"),
            "protibedok": ("তানভীর হাসান", "নুসরাত জাহান", "মাহফুজুর রহমান", "সাবরিনা ইসলাম",
                           "রাকিবুল হক", "ফারহানা আক্তার"),
            "zila": ("চট্টগ্রাম", "সিলেট", "রাজশাহী", "খুলনা", "কুমিল্লা", "বগুড়া", "ময়মনসিংহ"),
            "chobi": ("সংগৃহীত", "ফাইল ছবি", "প্রতিনিধি", "প্রভাতবেলা", "ফোকাস বাংলা",
                      "বাসস"),
        },
        families=(
            _f("bibhag", HEADER, 0.3, (_OLD, "{bibhag}")),
            _f("tarikh", HEADER, 0.85, (_OLD, "প্রকাশ: {date_dmy}, {time}"),
               *_daily(_bn_dated, BN_DAILY)),
            _f("protibedok", HEADER, 0.6, (_OLD, "নিজস্ব প্রতিবেদক"),
               (BN_BYLINE.isoformat(), "{protibedok}, {zila}")),
            _f("update", HEADER, 0.3, (_OLD, "সর্বশেষ আপডেট: {time}")),
            _f("bigyapon", MIDDLE, 0.45, (_OLD, "বিজ্ঞাপন"), count=2),
            _f("aro", MIDDLE, 0.4, (_OLD, "আরও পড়ুন: {other_title}"),
               (BN_LINKS.isoformat(), "আরও পড়ুন >> {other_title}"), count=2),
            _f("chobi", MIDDLE, 0.3, (_OLD, "ছবি: {chobi}")),
            _f("share", FOOTER, 0.2, (_OLD, "শেয়ার করুন: {title}")),
            _f("follow", FOOTER, 0.25, *_bn_follow()),
            _f("tip", FOOTER, 0.2, *_bn_tip()),
            _f("montobbo", FOOTER, 0.3,
               (_OLD, "পাঠকের মন্তব্যের দায় সম্পূর্ণ মন্তব্যকারীর; প্রভাতবেলা এর জন্য দায়ী নয়।")),
            _f("sompadok", FOOTER, 0.4, (_OLD, "সম্পাদক ও প্রকাশক: মাহবুবুল আলম চৌধুরী")),
            _f("thikana", FOOTER, 0.38,
               (_OLD, "বার্তা ও বাণিজ্যিক কার্যালয়: ৪৭ কারওয়ান বাজার, ঢাকা-১২১৫")),
            _f("phone", FOOTER, 0.36,
               (_OLD, "ফোন: +৮৮০২ ৮১৮৯৩৪০, ই-মেইল: news@provatbela.com.bd")),
            _f("ghurnijhor", FOOTER, 0.04,
               (_OLD, "⚠️ ঘূর্ণিঝড় সতর্কতা: সমুদ্রবন্দরগুলোকে ৩ নম্বর সতর্ক সংকেত দেখাতে বলা "
                "হয়েছে")),
            _f("copyright", FOOTER, 0.6, *_changes(_bn_copyright)),
        ),
    )


# --- a northern Thai news site (Chiang Mai) -------------------------------------------------------

TH_DAILY = dt.date(2018, 1, 1)  # the new site: the full date with the Buddhist era
TH_LINKS = dt.date(2018, 3, 1)  # "ข่าวที่เกี่ยวข้อง:" turned "อ่านข่าวที่เกี่ยวข้อง >>"
TH_BYLINE = dt.date(2019, 6, 1)  # the reporter credit turned story and photo credits
TH_SOCIAL = dt.date(2020, 1, 1)  # the follow line gained YouTube
BUDDHIST_ERA = 543
LOTTERY_PAUSE = (dt.date(2020, 4, 1), dt.date(2020, 5, 16))  # no draws: the epidemic


def _th_short(day: dt.date) -> str:
    return (f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]} "
            f"{(day.year + BUDDHIST_ERA) % 100:02d} {{time}} น.")


def _th_full(day: dt.date) -> str:
    return (f"วัน{THAI_WEEKDAYS[day.weekday()]}ที่ {day.day} {THAI_MONTHS[day.month - 1]} "
            f"พ.ศ. {day.year + BUDDHIST_ERA}")


def lottery_draws(y: int) -> list[dt.date]:
    """The government lottery's draws dated in year `y`: the 1st and the 16th, except the
    New Year draw on 30 December before, 17 January (Teachers' Day) and 2 May (Labour Day),
    and none during the 2020 pause."""
    out = []
    for m in range(1, 13):
        for d in (1, 16):
            if (m, d) == (1, 1):
                continue
            day = {(1, 16): dt.date(y, 1, 17), (5, 1): dt.date(y, 5, 2)}.get((m, d),
                                                                              dt.date(y, m, d))
            if not LOTTERY_PAUSE[0] <= day < LOTTERY_PAUSE[1]:
                out.append(day)
    out.append(dt.date(y, 12, 30))
    return sorted(out)


def lottery(day: dt.date) -> str:
    """The lottery line: the latest draw's date (on the draw day too), or the pause."""
    if LOTTERY_PAUSE[0] <= day < LOTTERY_PAUSE[1]:
        return "🎫 งดออกรางวัลสลากกินแบ่งรัฐบาลชั่วคราว เนื่องจากสถานการณ์โควิด-19"
    last = max(d for y in (day.year - 1, day.year) for d in lottery_draws(y) if d <= day)
    return (f"🎫 ตรวจผลสลากกินแบ่งรัฐบาล งวดวันที่ {last.day} {THAI_MONTHS[last.month - 1]} "
            f"{last.year + BUDDHIST_ERA}")


def _th_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "ติดตามข่าวสารเชียงใหม่ทันข่าวได้ทาง Facebook และ LINE"),
            (TH_SOCIAL.isoformat(), "ติดตามข่าวสารเชียงใหม่ทันข่าวได้ทาง Facebook, LINE และ "
                                    "YouTube")]
    events: list[Event] = [
        (dt.date(y, 4, 12), dt.date(y, 4, 17),
         f"💦 สวัสดีปีใหม่เมือง สงกรานต์ {y + BUDDHIST_ERA}" if y != 2020 else
         "🏠 เลื่อนจัดงานสงกรานต์ 2563 อยู่บ้าน หยุดเชื้อ เพื่อชาติ") for y in YEARS]
    events += _around(LOY_KRATHONG, 1, 1, lambda y: f"🏮 ยี่เป็งเชียงใหม่ {y + BUDDHIST_ERA}: "
                                                    f"ตรวจสอบพื้นที่ห้ามปล่อยโคมลอย")
    events += [(dt.date(2019, 5, 4), dt.date(2019, 5, 7), "👑 พระราชพิธีบรมราชาภิเษก 4-6 "
                                                          "พฤษภาคม 2562")]
    return _timeline(base, events)


def _th_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "แจ้งข่าว ร้องเรียน โทร 053 112 445")]
    return _timeline(base, [
        (dt.date(2019, 3, 11), dt.date(2019, 3, 25), "🗳️ เลือกตั้ง ส.ส. 24 มีนาคม 2562 "
                                                      "ตรวจสอบหน่วยเลือกตั้งของคุณ"),
        (dt.date(2020, 3, 26), dt.date(2020, 6, 1), "😷 โควิด-19: สายด่วนกรมควบคุมโรค 1422"),
    ])


def _th_copyright(day: dt.date) -> str:
    return f"© {day.year + BUDDHIST_ERA} เชียงใหม่ทันข่าว สงวนลิขสิทธิ์"


def chiangmai_style() -> PublisherStyle:
    """A northern Thai news site (Chiang Mai): a section kicker, a short date with the
    abbreviated month, the Buddhist era's last two digits, a time slot and "น." turned the
    full weekday and date with "พ.ศ." (a wording per day on both sides of the 2018 redesign),
    a reporter credit turned story and photo credits, a view count, "โฆษณา" and
    "ข่าวที่เกี่ยวข้อง:" (turned "อ่านข่าวที่เกี่ยวข้อง >>"; up to twice) inserts, a picture
    credit, a share line with the article's own title, a tag list, a follow line (gaining
    YouTube) turned Songkran with its Buddhist year (postponed in 2020), Yi Peng and the 2019
    coronation, a tip line turned the 2019 vote and the 2020 hotline, the state lottery's
    latest draw (twice a month, moved on three days a year, paused in 2020), a comment
    disclaimer, a rare smog line, a copyright line with the Buddhist year."""
    return PublisherStyle(
        domain="cmtankhao.com", site="เชียงใหม่ทันข่าว", base_size=760,
        subdomains=(("www.", 100),),
        sections=("chiangmai", "north", "politics", "economy", "sport", "travel"),
        n_authors=5, url_path="/news/{n}",
        pools={
            "mawd": ("ข่าวเชียงใหม่", "ข่าวภาคเหนือ", "การเมือง", "เศรษฐกิจ", "กีฬา", "ท่องเที่ยว",
                     "อาชญากรรม", "สิ่งแวดล้อม"),
            "nakkhao": ("ณัฐพล ใจดี", "สุภาวดี แก้วมณี", "ธีรวัฒน์ อินทร์แก้ว", "กมลชนก ศรีวิชัย",
                        "อนุชา ปัญญาวงค์"),
            "chang": ("ชัยวัฒน์ คำมูล", "วีระพงษ์ ใจมา", "ทีมข่าวภาพ"),
            "phap": ("แฟ้มภาพ", "ประชาสัมพันธ์จังหวัดเชียงใหม่", "ผู้อ่านส่งมา", "เชียงใหม่ทันข่าว",
                     "อินเทอร์เน็ต"),
            "tag": ("เชียงใหม่", "ลำพูน", "ดอยสุเทพ", "นิมมานเหมินท์", "ยี่เป็ง", "ฝุ่น PM2.5",
                    "มช.", "ท่องเที่ยว", "ลำปาง", "แม่ริม"),
        },
        families=(
            _f("mawd", HEADER, 0.3, (_OLD, "{mawd}")),
            _f("prakat", HEADER, 0.85, *_daily(_th_short, FIRST_DAY, TH_DAILY - dt.timedelta(1)),
               *_daily(_th_full, TH_DAILY)),
            _f("phukhian", HEADER, 0.55, (_OLD, "ผู้สื่อข่าว: {nakkhao}"),
               (TH_BYLINE.isoformat(), "เรื่อง: {nakkhao} | ภาพ: {chang}")),
            _f("khaochom", HEADER, 0.35, (_OLD, "เข้าชม {count} ครั้ง")),
            _f("khosana", MIDDLE, 0.45, (_OLD, "โฆษณา"), count=2),
            _f("kiaokhong", MIDDLE, 0.4, (_OLD, "ข่าวที่เกี่ยวข้อง: {other_title}"),
               (TH_LINKS.isoformat(), "อ่านข่าวที่เกี่ยวข้อง >> {other_title}"), count=2),
            _f("phap", MIDDLE, 0.3, (_OLD, "ภาพประกอบ: {phap}")),
            _f("share", FOOTER, 0.2, (_OLD, "แชร์ข่าวนี้: {title}")),
            _f("tag", FOOTER, 0.35, (_OLD, "แท็ก: {tag_list}")),
            _f("line", FOOTER, 0.25, *_th_follow()),
            _f("rongrian", FOOTER, 0.2, *_th_tip()),
            _f("huay", FOOTER, 0.3, *_changes(lottery)),
            _f("khwamhen", FOOTER, 0.3,
               (_OLD, "ความคิดเห็นที่แสดงเป็นของผู้อ่าน ไม่เกี่ยวข้องกับเชียงใหม่ทันข่าว")),
            _f("fun", FOOTER, 0.04,
               (_OLD, "⚠️ ค่าฝุ่น PM2.5 เกินมาตรฐาน ควรงดกิจกรรมกลางแจ้งและสวมหน้ากาก N95")),
            _f("copyright", FOOTER, 0.6, *_changes(_th_copyright)),
        ),
    )


# --- an Afghan news site in Dari (Kabul) ----------------------------------------------------------

AF_DAILY = dt.date(2016, 8, 19)  # from Independence Day 2016, the solar Hijri date
AF_BYLINE = dt.date(2018, 3, 21)  # from Nowruz 1397, "نویسنده:" turned "گزارشگر:"
AF_SOCIAL = dt.date(2019, 1, 1)  # the follow line gained Telegram
AF_WALLET = dt.date(2019, 6, 1)  # the appeal gained M-Paisa


def fa(number: int | str) -> str:
    return digits(number, PERSIAN_DIGITS)


def _af_dated(day: dt.date) -> str:
    sy, sm, sd = afghan_solar(day)
    return (f"تاریخ نشر: {DARI_WEEKDAYS[day.weekday()]} {fa(sd)} {AFGHAN_SOLAR_MONTHS[sm - 1]} "
            f"{fa(sy)} ({fa(day.day)} {DARI_MONTHS[day.month - 1]} {fa(day.year)})")


def _af_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "آیینه کابل را در فیسبوک و توییتر دنبال کنید"),
            (AF_SOCIAL.isoformat(), "آیینه کابل را در فیسبوک، توییتر و تلگرام دنبال کنید")]
    fitr = _around(EID_FITR_AF, 0, 2, lambda _: "🌙 عید سعید فطر بر شما مبارک باد")
    adha = _around(EID_ADHA_AF, 0, 3, lambda _: "🐑 عید سعید قربان بر شما مبارک باد")
    nowruz: list[Event] = [(_day(NOWRUZ[y], -1), _day(NOWRUZ[y], 3),
                            f"🌷 نوروز {fa(y - 621)} خجسته باد") for y in YEARS]
    independence = _yearly(1919, "08-19", 0, 0, lambda n: f"🇦🇫 {fa(n)}مین سالروز استرداد "
                                                          f"استقلال کشور گرامی باد")
    return _timeline(base, _first_come(fitr, adha, nowruz, independence))


def _af_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "خبر یا گزارشی دارید؟ از طریق واتس‌اپ ۰۷۹۹۴۴۱۲۸۰ با ما در تماس شوید")]
    return _timeline(base, [
        (dt.date(2018, 10, 10), dt.date(2018, 10, 22), "🗳️ انتخابات پارلمانی ۲۸ میزان: "
                                                        "نتایج را با ما دنبال کنید"),
        (dt.date(2019, 9, 18), dt.date(2019, 9, 30), "🗳️ انتخابات ریاست جمهوری ۶ میزان: "
                                                      "نتایج را با ما دنبال کنید"),
        (dt.date(2020, 3, 28), dt.date(2020, 5, 24), "😷 قرنطین کابل: در خانه بمانید، "
                                                      "شماره تماس ۱۶۶"),
    ])


def _af_copyright(day: dt.date) -> str:
    return f"© {fa(afghan_solar(day)[0])} آیینه کابل. تمام حقوق محفوظ است."


def kabul_style() -> PublisherStyle:
    """An Afghan news site in Dari (Kabul): a section kicker, "تاریخ نشر:" with an ISO date
    slot turned the Dari weekday, the solar Hijri date with the Afghan zodiac month and, in
    brackets, the Gregorian date with the Afghan month names, in Persian digits (a wording
    per day, from Independence Day 2016), "نویسنده:" turned "گزارشگر:", a view count, "اعلان"
    and "بیشتر بخوانید:" (up to twice) inserts, a photo credit, a source line, a follow line
    (gaining Telegram) turned the two Eids, Nowruz with its solar year and Independence Day
    with its count (the centenary in 2019), a tip line turned two votes and the 2020
    quarantine, a donation appeal gaining M-Paisa, a comment disclaimer, a republication
    rule, a rare avalanche warning, a copyright line with the solar year."""
    return PublisherStyle(
        domain="ayinakabul.af", site="آیینه کابل", base_size=650,
        subdomains=(("www.", 100),),
        sections=("afghanistan", "politics", "economy", "sport", "world", "culture"),
        n_authors=5, url_path="/fa/{section}/{n}",
        pools={
            "bakhsh": ("افغانستان", "سیاست", "اقتصاد", "ورزش", "جهان", "فرهنگ", "کابل",
                       "ولایات"),
            "nevisande": ("احمد شاه عزیزی", "فریبا رحیمی", "محمد نسیم احمدی", "زهرا حسینی",
                          "عبدالله صمیم"),
            "aks": ("آرشیف", "رسانه‌های اجتماعی", "آیینه کابل", "دفتر مطبوعاتی ارگ"),
            "manba": ("آیینه کابل", "باختر", "خبرگزاری‌ها", "رسانه‌های اجتماعی"),
        },
        families=(
            _f("bakhsh", HEADER, 0.3, (_OLD, "{bakhsh}")),
            _f("tarikh", HEADER, 0.85, (_OLD, "تاریخ نشر: {date_iso}"),
               *_daily(_af_dated, AF_DAILY)),
            _f("nevisande", HEADER, 0.6, (_OLD, "نویسنده: {nevisande}"),
               (AF_BYLINE.isoformat(), "گزارشگر: {nevisande}")),
            _f("bazdid", HEADER, 0.3, (_OLD, "تعداد بازدید: {count}")),
            _f("ilan", MIDDLE, 0.45, (_OLD, "اعلان"), count=2),
            _f("bishtar", MIDDLE, 0.4, (_OLD, "بیشتر بخوانید: {other_title}"), count=2),
            _f("aks", MIDDLE, 0.3, (_OLD, "عکس: {aks}")),
            _f("manba", FOOTER, 0.3, (_OLD, "منبع: {manba}")),
            _f("donbal", FOOTER, 0.25, *_af_follow()),
            _f("khabar", FOOTER, 0.2, *_af_tip()),
            _f("hemayat", FOOTER, 0.2,
               (_OLD, "از رسانه‌ی مستقل حمایت کنید؛ کمک شما آیینه کابل را زنده نگه می‌دارد."),
               (AF_WALLET.isoformat(), "از رسانه‌ی مستقل حمایت کنید؛ کمک شما آیینه کابل را "
                                       "زنده نگه می‌دارد. اکنون از طریق ام‌پیسه نیز می‌توانید "
                                       "کمک کنید.")),
            _f("nazar", FOOTER, 0.3,
               (_OLD, "نظرات نشرشده بیانگر دیدگاه نویسندگان آن است و آیینه کابل مسئولیتی در "
                "قبال آن ندارد.")),
            _f("nashr", FOOTER, 0.25, (_OLD, "نقل مطالب آیینه کابل با ذکر منبع آزاد است.")),
            _f("barf", FOOTER, 0.04,
               (_OLD, "⚠️ هشدار برف‌کوچ در شاهراه سالنگ؛ از سفرهای غیرضروری خودداری کنید")),
            _f("copyright", FOOTER, 0.6, *_changes(_af_copyright)),
        ),
    )


# --- a Cretan regional daily in Greek (Heraklion) -------------------------------------------------

GR_DAILY = dt.date(2016, 3, 25)  # from Independence Day 2016, the weekday and genitive month
GR_BYLINE = dt.date(2018, 9, 1)  # "Συντάκτης:" turned a genitive byline ("Του ...")
GR_LINKS = dt.date(2019, 1, 1)  # "Διαβάστε επίσης:" turned "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ:"
GR_SOCIAL = dt.date(2019, 5, 1)  # the follow line turned to Google News
NAME_DAYS = {
    "01-01": "Βασίλειος, Βασιλική", "01-06": "Φώτιος, Φωτεινή, Θεοφάνης",
    "01-07": "Ιωάννης, Ιωάννα", "01-17": "Αντώνιος, Αντωνία", "01-18": "Αθανάσιος, Αθανασία",
    "01-20": "Ευθύμιος, Ευθυμία", "01-25": "Γρηγόριος", "02-10": "Χαράλαμπος",
    "03-25": "Ευάγγελος, Ευαγγελία", "04-23": "Γεώργιος, Γεωργία", "04-25": "Μάρκος",
    "05-05": "Ειρήνη", "05-21": "Κωνσταντίνος, Ελένη", "06-29": "Πέτρος, Παύλος",
    "07-17": "Μαρίνα", "07-20": "Ηλίας", "07-26": "Παρασκευή", "07-27": "Παντελεήμων",
    "08-06": "Σωτήριος, Σωτηρία", "08-15": "Μαρία, Παναγιώτης, Δέσποινα",
    "09-14": "Σταύρος, Σταυρούλα", "10-18": "Λουκάς", "10-26": "Δημήτριος, Δήμητρα",
    "11-08": "Μιχαήλ, Γαβριήλ, Άγγελος", "11-11": "Μηνάς", "11-25": "Αικατερίνη",
    "11-30": "Ανδρέας", "12-04": "Βαρβάρα", "12-06": "Νικόλαος, Νικολέτα", "12-09": "Άννα",
    "12-12": "Σπυρίδων", "12-15": "Ελευθέριος, Ελευθερία", "12-25": "Χρήστος, Χριστίνα",
    "12-27": "Στέφανος",
}
# Name days kept by Easter: days from Easter, names.
MOVABLE_NAME_DAYS = {-8: "Λάζαρος", -7: "Βάιος, Βάγια", 0: "Αναστάσιος, Αναστασία",
                     7: "Θωμάς"}
NO_NAME_DAY = "Εορτολόγιο: δείτε ποιοι γιορτάζουν σήμερα"


def st_george(y: int) -> dt.date:
    """St George's day: 23 April, or Easter Monday when 23 April falls before Easter or on
    it (in Lent or Holy Week)."""
    easter = orthodox_easter(y)
    day = dt.date(y, 4, 23)
    return easter + dt.timedelta(days=1) if day <= easter else day


def name_days(day: dt.date) -> str:
    """The name-day line: the names kept by Easter, then the fixed ones, on their days."""
    names = []
    movable = MOVABLE_NAME_DAYS.get((day - orthodox_easter(day.year)).days)
    if movable:
        names.append(movable)
    md = f"{day.month:02d}-{day.day:02d}"
    if md != "04-23" and md in NAME_DAYS:
        names.append(NAME_DAYS[md])
    if day == st_george(day.year):
        names.append(NAME_DAYS["04-23"])
    return f"Γιορτάζουν σήμερα: {', '.join(names)}" if names else NO_NAME_DAY


def _gr_dated(day: dt.date) -> str:
    return (f"{GREEK_WEEKDAYS[day.weekday()]}, {day.day} {GREEK_MONTHS_GENITIVE[day.month - 1]} "
            f"{day.year}, {{time}}")


def _gr_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Ακολουθήστε μας στο Facebook και στο Twitter"),
            (GR_SOCIAL.isoformat(), "Ακολουθήστε την Κρητική Ηχώ στο Google News και μάθετε "
                                    "πρώτοι όλες τις ειδήσεις")]
    easter = [(orthodox_easter(y) - dt.timedelta(days=1), orthodox_easter(y) + dt.timedelta(2),
               "🥚 Χριστός Ανέστη! Καλό Πάσχα σε όλους" if y != 2020 else
               "🥚 Χριστός Ανέστη! Φέτος γιορτάζουμε στο σπίτι") for y in YEARS]
    crete = _yearly(1941, "05-20", 0, 0, lambda n: f"{n} χρόνια από τη Μάχη της Κρήτης")
    minas = _yearly(0, "11-11", 0, 0, lambda _: "⛪ Χρόνια πολλά, Ηράκλειο! Γιορτή του Αγίου "
                                                "Μηνά, πολιούχου της πόλης")
    christmas = _yearly(0, "12-24", 0, 2, lambda _: "🎄 Καλά Χριστούγεννα και Χρόνια Πολλά")
    return _timeline(base, easter + crete + minas + christmas)


def _gr_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Στείλτε μας τις ειδήσεις σας στο info@kritikiixo.gr")]
    return _timeline(base, [
        (dt.date(2015, 1, 19), dt.date(2015, 1, 26), "🗳️ Εκλογές 25 Ιανουαρίου: τα "
                                                      "αποτελέσματα ζωντανά"),
        (dt.date(2015, 6, 29), dt.date(2015, 7, 6), "🗳️ Δημοψήφισμα 5 Ιουλίου: τα "
                                                     "αποτελέσματα ζωντανά"),
        (dt.date(2015, 9, 14), dt.date(2015, 9, 21), "🗳️ Εκλογές 20 Σεπτεμβρίου: τα "
                                                      "αποτελέσματα ζωντανά"),
        (dt.date(2019, 5, 20), dt.date(2019, 6, 3), "🗳️ Αυτοδιοικητικές εκλογές και "
                                                     "ευρωεκλογές: 26 Μαΐου, επαναληπτικές "
                                                     "2 Ιουνίου"),
        (dt.date(2019, 7, 1), dt.date(2019, 7, 8), "🗳️ Εθνικές εκλογές 7 Ιουλίου: τα "
                                                    "αποτελέσματα ζωντανά"),
        (dt.date(2020, 3, 23), dt.date(2020, 5, 4), "😷 Μένουμε σπίτι: για κάθε μετακίνηση "
                                                     "στείλτε SMS στο 13033"),
        (dt.date(2020, 11, 7), None, "😷 Lockdown: για κάθε μετακίνηση στείλτε SMS στο 13033"),
    ])


def heraklion_style() -> PublisherStyle:
    """A Cretan regional daily in Greek (Heraklion): a section kicker, a numeric date slot
    with a time slot turned the weekday, the day, the genitive month and the year with a time
    slot (a wording per day, from Independence Day 2016), the day's name days (fixed ones,
    the ones kept by Orthodox Easter, St George moved to Easter Monday when his day falls
    before Easter), "Συντάκτης:" turned a genitive byline, a reading time, "ΔΙΑΦΗΜΙΣΗ" and
    "Διαβάστε επίσης:" (turned "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ:"; up to twice) inserts, a photo credit, a
    source line, a follow line turned Google News in 2019 and Easter (at home in 2020), the
    Battle of Crete with its count, the city's patron saint and Christmas, a tip line turned
    three votes of 2015, two of 2019 and the two lockdowns (the second to the end), a
    comment rule naming the site's domain, a rare heatwave bulletin, a copyright line."""
    return PublisherStyle(
        domain="kritikiixo.gr", site="Κρητική Ηχώ", base_size=560,
        subdomains=(("www.", 100),),
        sections=("heraklion", "crete", "politics", "economy", "sports", "culture"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "kathgoria": ("Ηράκλειο", "Κρήτη", "Πολιτική", "Οικονομία", "Αθλητισμός", "ΟΦΗ",
                          "Πολιτισμός", "Ελλάδα"),
            "syntaktis": ("Γιώργος Μαρκάκης", "Ελένη Φραγκιαδάκη", "Μανώλης Σταυρακάκης",
                          "Ειρήνη Τζανακάκη"),
            "tou": ("Του Γιώργου Μαρκάκη", "Της Ελένης Φραγκιαδάκη", "Του Μανώλη Σταυρακάκη",
                    "Της Ειρήνης Τζανακάκη"),
            "foto": ("Eurokinissi", "Αρχείου", "Κρητική Ηχώ", "ΑΠΕ-ΜΠΕ", "Facebook"),
            "pigi": ("ΑΠΕ-ΜΠΕ", "Κρητική Ηχώ", "Reuters", "ΕΡΤ Κρήτης", "AFP"),
        },
        families=(
            _f("kathgoria", HEADER, 0.3, (_OLD, "{kathgoria}")),
            _f("imerominia", HEADER, 0.85, (_OLD, "{date_de} | {time}"),
               *_daily(_gr_dated, GR_DAILY)),
            _f("giortes", HEADER, 0.3, *_changes(name_days)),
            _f("syntaktis", HEADER, 0.55, (_OLD, "Συντάκτης: {syntaktis}"),
               (GR_BYLINE.isoformat(), "{tou}")),
            _f("xronos", HEADER, 0.25, (_OLD, "Χρόνος ανάγνωσης: {read_min}'")),
            _f("diafimisi", MIDDLE, 0.45, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("diavaste", MIDDLE, 0.4, (_OLD, "Διαβάστε επίσης: {other_title}"),
               (GR_LINKS.isoformat(), "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Φωτογραφία: {foto}")),
            _f("pigi", FOOTER, 0.25, (_OLD, "Πηγή: {pigi}")),
            _f("akolouthiste", FOOTER, 0.3, *_gr_follow()),
            _f("ekloges", FOOTER, 0.2, *_gr_tip()),
            _f("sxolia", FOOTER, 0.3,
               (_OLD, "Τα σχόλια δεν εκφράζουν απαραίτητα τις απόψεις του kritikiixo.gr. "
                "Υβριστικά σχόλια διαγράφονται.")),
            _f("kausonas", FOOTER, 0.04,
               (_OLD, "🌡️ Έκτακτο δελτίο της ΕΜΥ: καύσωνας με θερμοκρασίες έως 42 βαθμούς")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "© {year} Κρητική Ηχώ - Με την επιφύλαξη παντός δικαιώματος")),
        ),
    )


# --- a Malaysian Chinese daily (Johor Bahru) ------------------------------------------------------

MY_DATE = dt.date(2016, 5, 1)  # the header date in 年月日 with the weekday
MY_DAILY = dt.date(2017, 1, 1)  # the dateline gained the day of the month ("21日讯")
MY_SOCIAL = dt.date(2018, 3, 1)  # the follow line gained Instagram
MY_BYLINE = dt.date(2019, 1, 1)  # the reporter credit gained the photographer
MY_PRICE = dt.date(2019, 7, 1)  # the e-paper went up
MY_COMPANY = dt.date(2019, 11, 1)  # the company number in its new twelve-digit form


def _my_dated(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日 星期{CHINESE_WEEKDAYS[day.weekday()]}"


def _my_dateline(day: dt.date) -> str:
    return f"（{{city}}{day.day}日讯）"


def _my_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "欢迎到柔佛新报面子书专页按赞，掌握最新资讯"),
            (MY_SOCIAL.isoformat(), "欢迎到柔佛新报面子书专页及 Instagram 按赞关注，掌握最新"
                                    "资讯")]
    cny = _around(SPRING_FESTIVAL, 1, 3, lambda y: f"🧧 柔佛新报恭祝读者新春快乐，"
                                                   f"{ZODIAC_ZH[y]}年行大运！")
    raya = _around(HARI_RAYA, 0, 2, lambda _: "🌙 开斋节快乐！Selamat Hari Raya Aidilfitri")
    deepavali = _around(DEEPAVALI_MY, 0, 0, lambda _: "🪔 屠妖节快乐！Happy Deepavali")
    merdeka = _yearly(1957, "08-31", 0, 0, lambda n: f"🇲🇾 国庆日快乐！Selamat Hari Merdeka "
                                                     f"ke-{n}")
    return _timeline(base, _first_come(cny, raya, deepavali, merdeka))


def _my_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "有新闻线索？欢迎 WhatsApp 本报热线 012-771 8326")]
    return _timeline(base, [
        (dt.date(2018, 4, 28), dt.date(2018, 5, 10), "🗳️ 第14届全国大选：5月9日投票，请到"
                                                      "选委会网站查询投票站"),
        (dt.date(2020, 3, 18), dt.date(2020, 5, 4), "😷 行动管制令期间请留在家中，非必要"
                                                     "不出门"),
    ])


def johor_style() -> PublisherStyle:
    """A Malaysian Chinese daily (Johor Bahru): a column kicker, an ISO date slot with the
    time turned the date in 年月日 with the weekday (a wording per day, from May 2016), a
    dateline with a town slot gaining the day of the month ("（新山21日讯）", a wording per
    day, from 2017), a reporter credit gaining a photographer, "广告" and "延伸阅读：" (up to
    twice) inserts, a picture credit in brackets, a follow line using the Malaysian word for
    Facebook (gaining Instagram) turned Chinese New Year with its zodiac animal, Hari Raya,
    Deepavali and National Day with its count, a tip line turned the 2018 general election
    and the 2020 movement control order, an e-paper offer whose price went up, a reader-views
    disclaimer, a rare flood alert, a copyright line whose company number took its new form
    in 2019."""
    return PublisherStyle(
        domain="rouxin.com.my", site="柔佛新报", base_size=480,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("johor", "jb", "nation", "world", "sport", "ent"),
        n_authors=4, url_path="/news/{section}/{yyyy}-{mm}-{dd}/{n}",
        pools={
            "lanmu": ("柔佛", "新山", "全国", "国际", "体育", "娱乐", "财经", "地方"),
            "city": ("新山", "居銮", "麻坡", "峇株巴辖", "昔加末", "古来", "哥打丁宜", "吉隆坡"),
            "jizhe": ("陈嘉欣", "黄志伟", "林佩玲", "李俊杰", "张美玲"),
            "sheying": ("郑国强", "刘晓慧", "本报摄影组"),
            "tu": ("本报档案照", "读者提供", "互联网", "柔佛州新闻局", "警方提供"),
        },
        families=(
            _f("lanmu", HEADER, 0.3, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.6, (_OLD, "{date_iso} {time}"), *_daily(_my_dated, MY_DATE)),
            _f("dianxun", HEADER, 0.75, (_OLD, "（{city}讯）"), *_daily(_my_dateline, MY_DAILY)),
            _f("baodao", HEADER, 0.5, (_OLD, "报道：{jizhe}"),
               (MY_BYLINE.isoformat(), "报道：{jizhe}｜摄影：{sheying}")),
            _f("guanggao", MIDDLE, 0.45, (_OLD, "广告"), count=2),
            _f("yanshen", MIDDLE, 0.4, (_OLD, "延伸阅读：{other_title}"), count=2),
            _f("tu", MIDDLE, 0.3, (_OLD, "（图：{tu}）")),
            _f("lianshu", FOOTER, 0.25, *_my_follow()),
            _f("rexian", FOOTER, 0.2, *_my_tip()),
            _f("dingyue", FOOTER, 0.2,
               (_OLD, "订阅柔佛新报电子报，每月只需 RM9.90"),
               (MY_PRICE.isoformat(), "订阅柔佛新报电子报，每月只需 RM12.90，首月免费")),
            _f("mianze", FOOTER, 0.3,
               (_OLD, "本网站刊登的读者言论，仅代表个人观点，不代表本报立场。")),
            _f("shuizai", FOOTER, 0.04,
               (_OLD, "⚠️ 水灾警报：居銮、哥打丁宜多处淹水，请避开低洼地区")),
            _f("banquan", FOOTER, 0.6,
               (_OLD, "版权所有 © {year} 柔佛新报 Rouxin Daily Sdn Bhd (436789-X)"),
               (MY_COMPANY.isoformat(), "版权所有 © {year} 柔佛新报 Rouxin Daily Sdn Bhd "
                                        "199701023456 (436789-X)")),
        ),
    )


# --- a Vietnamese provincial news portal (Huế) ----------------------------------------------------

VN_DAILY = dt.date(2016, 2, 8)  # from Tết Bính Thân, the weekday, the date and the lunar date
VN_BYLINE = dt.date(2018, 1, 1)  # the story-and-photo credit turned a pen name in capitals
VN_LICENCE = dt.date(2018, 5, 4)  # the web licence renewed
VN_SOCIAL = dt.date(2019, 3, 1)  # the follow line gained YouTube
VN_LINKS = dt.date(2019, 6, 1)  # "Xem thêm:" turned ">> Đọc thêm:"
TET = {y: _day(SPRING_FESTIVAL[y]) for y in YEARS}  # the lunar new year, the same as China's


def _vn_dated(day: dt.date) -> str:
    year, month, lunar_day, leap = vietnamese_lunar(day)
    return (f"{VIETNAMESE_WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} "
            f"(Âm lịch: {lunar_day}/{month}{' nhuận' if leap else ''} năm {can_chi(year)})")


def _vn_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Theo dõi Tin Cố Đô trên Zalo và Facebook"),
            (VN_SOCIAL.isoformat(), "Theo dõi Tin Cố Đô trên Zalo, Facebook và YouTube")]
    tet: list[Event] = [(TET[y] - dt.timedelta(days=2), TET[y] + dt.timedelta(days=5),
                         f"🧧 Chúc mừng năm mới Xuân {can_chi(y)}") for y in YEARS]
    national = _yearly(1945, "09-02", 0, 0, lambda n: f"🇻🇳 Kỷ niệm {n} năm Quốc khánh 2/9")
    hue = _yearly(1975, "03-26", 0, 0, lambda n: f"Kỷ niệm {n} năm Ngày giải phóng Thừa "
                                                 f"Thiên Huế 26/3")
    vu_lan = [(d - dt.timedelta(days=1), d + dt.timedelta(days=2), "🌹 Mùa Vu Lan báo hiếu")
              for d in lunar_days(7, 15).values()]
    moon = [(d, d + dt.timedelta(days=1), "🏮 Vui Tết Trung thu")
            for d in lunar_days(8, 15).values()]
    return _timeline(base, _first_come(tet, national, hue, vu_lan, moon))


def _vn_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Đường dây nóng: 0234 3822 999 – Email: toasoan@tincodo.vn")]
    return _timeline(base, [
        (dt.date(2016, 5, 9), dt.date(2016, 5, 23), "🗳️ Ngày 22/5/2016 bầu cử đại biểu Quốc "
                                                     "hội và HĐND các cấp"),
        (dt.date(2020, 4, 1), dt.date(2020, 4, 23), "😷 Thực hiện cách ly xã hội: ở nhà là "
                                                     "yêu nước"),
        (dt.date(2020, 10, 6), dt.date(2020, 11, 1), "🌊 Mưa lũ miền Trung: cập nhật tình hình "
                                                      "ngập lụt và cứu trợ"),
    ])


def hue_style() -> PublisherStyle:
    """A Vietnamese provincial news portal (Huế): a column kicker, an update line with a time
    and an ISO date slot turned the weekday, the date with slashes and, in brackets, the
    lunar date (leap months marked "nhuận") with the year's sexagenary name (a wording per
    day, from Tết 2016), "Quảng cáo" and "Xem thêm:" (turned ">> Đọc thêm:"; up to twice)
    inserts, a photo credit, a story-and-photo credit at the foot turned a bare pen name in
    capitals, a source line, a follow line naming Zalo (gaining YouTube) turned Tết with its
    year name, National Day and the province's liberation with their counts, Vu Lan and the
    Mid-Autumn Festival by the lunar calendar, a hotline turned the 2016 vote, the 2020 social
    distancing and the 2020 floods, a three-line licence block (a licence renewed in 2018,
    the editor responsible, the address), a rare river flood warning, a reuse rule naming the
    site."""
    return PublisherStyle(
        domain="tincodo.vn", site="Tin Cố Đô", base_size=420,
        subdomains=(("", 70), ("m.", 30)),
        sections=("thoi-su", "kinh-te", "xa-hoi", "van-hoa", "the-thao", "du-lich"),
        n_authors=4, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao", "Du lịch",
                          "Pháp luật", "Huế xưa"),
            "tacgia": ("Minh Hiền", "Thanh Tùng", "Hồng Vân", "Lê Bảo", "Ngọc Hà"),
            "butdanh": ("MINH HIỀN", "THANH TÙNG", "HỒNG VÂN", "LÊ BẢO", "NGỌC HÀ"),
            "anh": ("Tư liệu", "Internet", "CTV", "Minh họa", "Thanh Tùng"),
            "nguon": ("TTXVN", "Chinhphu.vn", "Báo Nhân Dân", "Tin Cố Đô"),
        },
        families=(
            _f("chuyenmuc", HEADER, 0.3, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.85, (_OLD, "Cập nhật lúc {time} ngày {date_iso}"),
               *_daily(_vn_dated, VN_DAILY)),
            _f("quangcao", MIDDLE, 0.45, (_OLD, "Quảng cáo"), count=2),
            _f("xemthem", MIDDLE, 0.4, (_OLD, "Xem thêm: {other_title}"),
               (VN_LINKS.isoformat(), ">> Đọc thêm: {other_title}"), count=2),
            _f("anh", MIDDLE, 0.3, (_OLD, "Ảnh: {anh}")),
            _f("tacgia", FOOTER, 0.6, (_OLD, "Bài, ảnh: {tacgia}"),
               (VN_BYLINE.isoformat(), "{butdanh}")),
            _f("nguon", FOOTER, 0.2, (_OLD, "Theo {nguon}")),
            _f("theodoi", FOOTER, 0.25, *_vn_follow()),
            _f("duongday", FOOTER, 0.2, *_vn_tip()),
            _f("giayphep", FOOTER, 0.4,
               (_OLD, "Giấy phép số 145/GP-TTĐT do Sở Thông tin và Truyền thông Thừa Thiên Huế "
                "cấp ngày 12/8/2014"),
               (VN_LICENCE.isoformat(), "Giấy phép số 58/GP-TTĐT do Sở Thông tin và Truyền "
                                        "thông Thừa Thiên Huế cấp ngày 04/5/2018")),
            _f("chutrach", FOOTER, 0.38, (_OLD, "Chịu trách nhiệm nội dung: Nguyễn Văn Hòa")),
            _f("diachi", FOOTER, 0.36, (_OLD, "Địa chỉ: 18 Lê Lợi, TP. Huế, Thừa Thiên Huế")),
            _f("lu", FOOTER, 0.04,
               (_OLD, "⚠️ Cảnh báo lũ trên sông Hương, sông Bồ: người dân vùng trũng chủ động "
                "sơ tán")),
            _f("banquyen", FOOTER, 0.5,
               (_OLD, "© Tin Cố Đô. Ghi rõ nguồn “Tin Cố Đô” khi phát hành lại thông tin từ "
                "website này.")),
        ),
    )


# --- an Indian English-language business daily (Mumbai) -------------------------------------------

IN_DAILY = dt.date(2017, 7, 1)  # from the GST's first day, the day-first update line
IN_BYLINE = dt.date(2019, 4, 1)  # "By" turned the name with the bureau
IN_APP = dt.date(2020, 2, 1)  # the app line gained the portfolio tracker
IN_PRICE = dt.date(2020, 1, 1)  # the premium subscription went up


def _in_dated(day: dt.date) -> str:
    return f"Updated: {day.day:02d} {SHORT_MONTHS[day.month - 1]} {day.year}, {{time12}} IST"


def _in_markets() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Get the day's market wrap in your inbox: sign up for our Closing Bell "
                   "newsletter.")]
    budget: list[Event] = [(_day(b, -2), _day(b, 2), f"📊 Union Budget {b[:4]}: live coverage, "
                                                     f"analysis and what it means for you")
                           for b in UNION_BUDGET]
    muhurat = _around(DIWALI, 1, 0, lambda _: "🪔 Muhurat trading: NSE and BSE open for a "
                                              "special one-hour session on Diwali evening")
    one_off: list[Event] = [
        (dt.date(2016, 11, 9), dt.date(2016, 12, 31), "💸 Demonetisation: how to deposit or "
                                                       "exchange your old ₹500 and ₹1,000 notes"),
        (dt.date(2017, 6, 26), dt.date(2017, 7, 8), "🧾 GST from July 1: our guide to the new "
                                                     "tax rates"),
        (dt.date(2020, 3, 25), dt.date(2020, 6, 1), "😷 Lockdown: markets stay open; track "
                                                     "the Sensex and Nifty live"),
    ]
    return _timeline(base, _first_come(one_off, budget, muhurat))


def mumbai_style() -> PublisherStyle:
    """An Indian English-language business daily (Mumbai): a section kicker, a subscribers'
    label, an update line with a date slot and a 12-hour time turned the day first with the
    short month (a wording per day, from the GST's first day), a first-published line, "By"
    turned the name with a bureau slot, a reading time, "Story continues below this ad" and
    "Also Read |" (up to twice) inserts, a photo credit in brackets, an agency credit, an
    auto-generated-feed note, an investment disclaimer, a newsletter line turned the Union
    Budget days, Diwali's Muhurat trading, demonetisation, the GST launch and the 2020
    lockdown, a catch-all line naming the paper, an app line gaining a feature, a paywall
    line whose price went up, a rare correction, a copyright line."""
    return PublisherStyle(
        domain="coinagetimes.in", site="Coinage Times", base_size=360,
        subdomains=(("www.", 100),),
        sections=("markets", "companies", "economy", "money", "industry", "opinion"),
        n_authors=6, url_path="/{section}/{slug}-{n}.html",
        pools={
            "kicker": ("Markets", "Companies", "Economy", "Money", "Industry", "Banking",
                       "Startups", "Mutual Funds", "Opinion"),
            "bureau": ("Mumbai", "New Delhi", "Bengaluru", "Chennai", "Kolkata", "Ahmedabad"),
            "photo": ("PTI", "Reuters", "File photo", "iStock", "Bloomberg", "Coinage Times"),
            "agency": ("PTI", "Reuters", "IANS", "ANI", "agencies"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("premium", HEADER, 0.15, (_OLD, "Premium")),
            _f("updated", HEADER, 0.85, (_OLD, "Updated: {date_short}, {time12} IST"),
               *_daily(_in_dated, IN_DAILY)),
            _f("published", HEADER, 0.3, (_OLD, "First Published: {date_short}")),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (IN_BYLINE.isoformat(), "{author}, {bureau}")),
            _f("readtime", HEADER, 0.3, (_OLD, "{read_min} min read")),
            _f("ad", MIDDLE, 0.45, (_OLD, "Story continues below this ad"), count=2),
            _f("alsoread", MIDDLE, 0.4, (_OLD, "Also Read | {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "(Photo: {photo})")),
            _f("inputs", FOOTER, 0.25, (_OLD, "(With inputs from {agency})")),
            _f("feed", FOOTER, 0.12,
               (_OLD, "(This story has not been edited by Coinage Times staff and is "
                "auto-generated from a syndicated feed.)")),
            _f("disclaimer", FOOTER, 0.2,
               (_OLD, "Disclaimer: The views and recommendations above are those of individual "
                "analysts or broking firms, not of Coinage Times. Investors should check with "
                "certified experts before taking any investment decision.")),
            _f("markets", FOOTER, 0.2, *_in_markets()),
            _f("catch", FOOTER, 0.35,
               (_OLD, "Catch all the business news, market updates and latest news stories on "
                "Coinage Times.")),
            _f("app", FOOTER, 0.2,
               (_OLD, "Download the Coinage Times app for live market updates."),
               (IN_APP.isoformat(), "Download the Coinage Times app for live market updates "
                                    "and your portfolio tracker.")),
            _f("subscribe", FOOTER, 0.15,
               (_OLD, "Subscribe to Coinage Times Premium for ₹999 a year. Already a "
                "subscriber? Sign in"),
               (IN_PRICE.isoformat(), "Subscribe to Coinage Times Premium for ₹1,499 a year. "
                                      "Already a subscriber? Sign in")),
            _f("correction", FOOTER, 0.04,
               (_OLD, "Correction: An earlier version of this story misstated a figure. The "
                "error has been corrected.")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "Copyright © {year} Coinage Times. All Rights Reserved.")),
        ),
    )


# --- a Pakistani daily in Urdu (Lahore) -----------------------------------------------------------

UR_DAILY = dt.date(2017, 8, 14)  # from the 70th Independence Day, both calendars
UR_DATELINE = dt.date(2018, 7, 1)  # the agency slot turned the paper's own news desk
UR_SOCIAL = dt.date(2019, 2, 1)  # the follow line gained YouTube


def _ur_dated(day: dt.date) -> str:
    hy, hm, hd = hijri(day)
    return (f"{URDU_WEEKDAYS[day.weekday()]} {day.day} {URDU_MONTHS[day.month - 1]} "
            f"{day.year}ء، {hd} {HIJRI_MONTHS_UR[hm - 1]} {hy}ھ")


def _ur_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "تازہ ترین خبروں کے لیے صبحِ نو کو فیس بک اور ٹوئٹر پر فالو کریں"),
            (UR_SOCIAL.isoformat(), "تازہ ترین خبروں کے لیے صبحِ نو کو فیس بک، ٹوئٹر اور "
                                    "یوٹیوب پر فالو کریں")]
    fitr = _around(EID_FITR_PK, 0, 2, lambda _: "🌙 آپ سب کو عید الفطر مبارک")
    adha = _around(EID_ADHA_PK, 0, 2, lambda _: "🐐 آپ سب کو عید الاضحیٰ مبارک")
    pakistan = _yearly(0, "03-23", 0, 0, lambda _: "🇵🇰 یوم پاکستان مبارک")
    freedom = _yearly(1947, "08-14", 0, 0, lambda n: f"🇵🇰 {n}واں یوم آزادی مبارک")
    iqbal = _yearly(1877, "11-09", 0, 0, lambda n: f"علامہ اقبال کا {n}واں یوم پیدائش")
    quaid = _yearly(1876, "12-25", 0, 0, lambda n: f"قائد اعظم کا {n}واں یوم پیدائش")
    return _timeline(base, _first_come(fitr, adha, pakistan, freedom, iqbal, quaid))


def _ur_tip() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "خبر یا شکایت کے لیے ہمیں واٹس ایپ کریں: 0300-4412876")]
    return _timeline(base, [
        (dt.date(2018, 7, 15), dt.date(2018, 7, 27), "🗳️ عام انتخابات 25 جولائی: نتائج سب "
                                                      "سے پہلے صبحِ نو پر"),
        (dt.date(2020, 3, 23), dt.date(2020, 5, 9), "😷 کورونا سے بچاؤ: گھر پر رہیں، ہیلپ لائن "
                                                     "1166"),
    ])


def lahore_style() -> PublisherStyle:
    """A Pakistani daily in Urdu (Lahore): a section kicker, a dateline with a city slot and
    an agency slot in brackets turned the paper's own news desk, an ISO date slot turned the
    Urdu weekday and date with "ء" and the arithmetic Hijri date with "ھ" (a wording per day,
    from the 70th Independence Day), "اشتہار" and "مزید پڑھیں:" (up to twice) inserts, a
    photo credit, a follow line (gaining YouTube) turned the two Eids, Pakistan Day, the
    Independence Day and the birthdays of Iqbal and Jinnah with their counts (an Eid wins
    when it falls on one), a tip line turned the 2018 vote and the 2020 lockdown, an op-ed
    disclaimer on a few pages, an e-paper line, a rare smog warning, a copyright line."""
    return PublisherStyle(
        domain="subhenau.pk", site="صبحِ نو", base_size=300,
        subdomains=(("www.", 100),),
        sections=("national", "punjab", "lahore", "business", "sports", "showbiz"),
        n_authors=4, url_path="/urdu/{section}/{n}",
        pools={
            "zumra": ("قومی", "پنجاب", "لاہور", "کاروبار", "کھیل", "شوبز", "بین الاقوامی",
                      "کالم"),
            "shehar": ("لاہور", "اسلام آباد", "کراچی", "پشاور", "کوئٹہ", "ملتان", "فیصل آباد"),
            "agency": ("نمائندہ خصوصی", "اے پی پی", "آئی این پی", "این این آئی", "خبر نگار"),
            "foto": ("فائل", "سوشل میڈیا", "اے پی پی", "صبحِ نو"),
        },
        families=(
            _f("zumra", HEADER, 0.3, (_OLD, "{zumra}")),
            _f("tareekh", HEADER, 0.85, (_OLD, "{date_iso}"), *_daily(_ur_dated, UR_DAILY)),
            _f("dateline", HEADER, 0.55, (_OLD, "{shehar} ({agency})"),
               (UR_DATELINE.isoformat(), "{shehar} (صبحِ نو نیوز)")),
            _f("ishtihar", MIDDLE, 0.45, (_OLD, "اشتہار"), count=2),
            _f("mazeed", MIDDLE, 0.4, (_OLD, "مزید پڑھیں: {other_title}"), count=2),
            _f("tasveer", MIDDLE, 0.3, (_OLD, "فوٹو: {foto}")),
            _f("follow", FOOTER, 0.25, *_ur_follow()),
            _f("rabta", FOOTER, 0.2, *_ur_tip()),
            _f("idara", FOOTER, 0.08,
               (_OLD, "ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری نہیں۔")),
            _f("epaper", FOOTER, 0.3,
               (_OLD, "روزنامہ صبحِ نو کا ای پیپر پڑھنے کے لیے یہاں کلک کریں")),
            _f("smog", FOOTER, 0.04,
               (_OLD, "⚠️ لاہور میں اسموگ: ماسک پہنیں اور غیر ضروری سفر سے گریز کریں")),
            _f("copyright", FOOTER, 0.6,
               (_OLD, "جملہ حقوق محفوظ ہیں © {year} روزنامہ صبحِ نو")),
        ),
    )


# --- an Inner Mongolian portal in the traditional script, with Chinese footers (Hohhot) -----------

MN_DAILY = dt.date(2017, 5, 1)  # from the region's 70th anniversary, the date in Mongolian
MN_ICP = dt.date(2018, 1, 1)  # the site licence number gained its suffix
MN_BYLINE = dt.date(2019, 1, 1)  # the reporter credit gained the translator
MN_EDITOR = dt.date(2019, 7, 1)  # the editor line gained the Chinese desk editor
MN_SOCIAL = dt.date(2020, 6, 1)  # the follow line gained WeChat Channels
MONGOLIAN_SITE = "ᠬᠥᠬᠡ ᠬᠣᠲᠠ ᠶᠢᠨ ᠮᠡᠳᠡᠭᠡ"


def _mn_dated(day: dt.date) -> str:
    return (f"{day.year} {MONGOLIAN_YEAR} {day.month} {MONGOLIAN_MONTH} {day.day} "
            f"{MONGOLIAN_DAY} {MONGOLIAN_WEEKDAYS[day.weekday()]}")


def _mn_follow() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "长按识别二维码，关注我们的微信公众号"),
            (MN_SOCIAL.isoformat(), "长按识别二维码，关注我们的微信公众号和视频号")]
    white_month = _around(SPRING_FESTIVAL, 1, 2, lambda _: "🥛 ᠴᠠᠭᠠᠨ ᠰᠠᠷ\u180eᠠ ᠶᠢᠨ ᠮᠡᠨᠳᠦ "
                                                           "ᠬᠦᠷᠭᠡᠶ\u180eᠡ")
    region = _yearly(1947, "05-01", 0, 0, lambda n: f"🎉 热烈庆祝内蒙古自治区成立{n}周年")
    return _timeline(base, white_month + region)


def hohhot_style() -> PublisherStyle:
    """An Inner Mongolian portal in the traditional Mongolian script, with Chinese footers
    (Hohhot): a section kicker in Mongolian, an ISO date slot turned the year, month and day
    with their Mongolian case endings and the weekday (a wording per day, from the region's
    70th anniversary), a reporter credit gaining a translator, "ᠵᠠᠷ" and "ᠮᠥᠨ ᠤᠩᠰᠢᠭᠠᠷᠠᠢ:"
    (up to twice) inserts, a picture credit, a source line, an editor line gaining the
    Chinese desk editor, a Chinese follow line (gaining WeChat Channels) turned the White
    Month greeting and the region's anniversary with its count, a reprint rule naming the
    site, a three-line Chinese footer (a site licence gaining a suffix, a police filing, a
    copyright line with a year range), a rare sandstorm warning."""
    return PublisherStyle(
        domain="kokeqota-medege.cn", site=MONGOLIAN_SITE, base_size=250,
        subdomains=(("mgl.", 60), ("www.", 40)),
        sections=("society", "economy", "culture", "sport", "education"),
        n_authors=3, url_path="/system/{yyyy}/{mm}/{dd}/0{n}.shtml",
        pools={
            "angi": ("ᠣᠯᠠᠨ ᠨᠡᠶᠢᠲᠡ", "ᠡᠳ ᠵᠠᠬᠢᠶᠠᠯᠠᠩ", "ᠰᠣᠶᠣᠯ", "ᠲᠠᠮᠢᠷ", "ᠪᠣᠯᠪᠠᠰᠤᠷᠠᠯ",
                     "ᠬᠥᠬᠡ ᠬᠣᠲᠠ"),
            "reporter": ("ᠪᠠᠲᠤ", "ᠰᠠᠷᠠᠨᠭᠡᠷᠡᠯ", "ᠤᠶᠤᠨᠲᠣᠭᠠ", "ᠴᠢᠯᠠᠭᠤ"),
            "orchi": ("ᠰᠤᠷᠤᠩᠭ᠎ᠠ", "ᠨᠠᠷᠠᠨᠲᠣᠶᠠ", "ᠪᠠᠶᠠᠷ"),
            "editor": ("ᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ", "ᠰᠡᠴᠡᠨ", "ᠲᠦᠮᠡᠨ"),
            "bianji": ("王丽", "赵海军", "乌云"),
            "jirug": ("ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ", "新华社", "网络", "资料图"),
            "surbulji": ("ᠥᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠡᠳᠦᠷ ᠤᠨ ᠰᠣᠨᠢᠨ", "内蒙古日报", "新华社", MONGOLIAN_SITE),
        },
        families=(
            _f("angi", HEADER, 0.3, (_OLD, "{angi}")),
            _f("ognoo", HEADER, 0.85, (_OLD, "{date_iso}"), *_daily(_mn_dated, MN_DAILY)),
            _f("surbuljilagchi", HEADER, 0.5, (_OLD, "ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ: {reporter}"),
               (MN_BYLINE.isoformat(), "ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ: {reporter}　ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ: {orchi}")),
            _f("zar", MIDDLE, 0.4, (_OLD, "ᠵᠠᠷ"), count=2),
            _f("ungshi", MIDDLE, 0.4, (_OLD, "ᠮᠥᠨ ᠤᠩᠰᠢᠭᠠᠷᠠᠢ: {other_title}"), count=2),
            _f("jirug", MIDDLE, 0.3, (_OLD, "ᠵᠢᠷᠤᠭ: {jirug}")),
            _f("surbulji", FOOTER, 0.45, (_OLD, "ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ: {surbulji}")),
            _f("nayiragulugchi", FOOTER, 0.5, (_OLD, "ᠨᠠᠶᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ: {editor}"),
               (MN_EDITOR.isoformat(), "ᠨᠠᠶᠢᠷᠠᠭᠤᠯᠤᠭᠴᠢ: {editor}　责任编辑：{bianji}")),
            _f("follow", FOOTER, 0.25, *_mn_follow()),
            _f("zhuanzai", FOOTER, 0.3, (_OLD, f"转载请注明来源：{MONGOLIAN_SITE}")),
            _f("icp", FOOTER, 0.45, (_OLD, "蒙ICP备16002345号"),
               (MN_ICP.isoformat(), "蒙ICP备16002345号-1")),
            _f("gongan", FOOTER, 0.42, (_OLD, "蒙公网安备 15010502000321号")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, f"Copyright © 2016-{{year}} {MONGOLIAN_SITE} 版权所有")),
            _f("shachen", FOOTER, 0.04, (_OLD, "⚠️ 呼和浩特市气象台发布沙尘暴蓝色预警，请减少外出")),
        ),
    )


# --- a nonprofit statehouse newsroom (Topeka) -----------------------------------------------------

US_UPDATED = dt.date(2018, 8, 1)  # the date line gained the time of the last update
US_MONTHLY = dt.date(2019, 1, 1)  # the appeal gained monthly giving
NEWSMATCH_FROM = 2016  # the year-end matching campaign, from November 2016
SESSION_DAYS = 90  # the session's length in calendar days, from its opening Monday


def session_opens(y: int) -> dt.date:
    """The legislative session opens on the second Monday of January."""
    return nth_weekday(y, 1, 0, 2)


def giving_tuesday(y: int) -> dt.date:
    """The Tuesday after Thanksgiving (the fourth Thursday of November)."""
    return nth_weekday(y, 11, 3, 4) + dt.timedelta(days=5)


def session_line(day: dt.date) -> str:
    """The session line: the opening day ahead in January, then the session's day count,
    else the everyday line."""
    opens = session_opens(day.year)
    if dt.date(day.year, 1, 2) <= day < opens:
        return (f"📅 The {day.year} legislative session opens Monday, Jan. {opens.day}. Follow "
                f"our Statehouse coverage.")
    n = (day - opens).days + 1
    if 1 <= n <= SESSION_DAYS:
        return f"🏛️ Day {n} of the {day.year} legislative session: read our daily roundup."
    return "Questions about a bill? Our Statehouse guide explains how an idea becomes law."


def donation(day: dt.date) -> str:
    """The donation line: #GivingTuesday, then NewsMatch (1 November to 31 December, a
    countdown in its last week), else the everyday appeal (gaining monthly giving)."""
    if day == giving_tuesday(day.year):
        return "💚 It's #GivingTuesday: give local news a hand today."
    if day.year >= NEWSMATCH_FROM and day.month in (11, 12):
        left = 31 - day.day
        if day.month == 12 and left == 0:
            return "⏰ Last day to double your gift: NewsMatch ends at midnight."
        if day.month == 12 and left <= 7:
            return f"⏳ Only {left} day{'s' if left > 1 else ''} left to double your gift."
        return ("🎁 NewsMatch is here: until Dec. 31, every gift to Plains Capitol Report is "
                "doubled, up to $1,000.")
    if day >= US_MONTHLY:
        return ("Plains Capitol Report is a nonprofit newsroom supported by readers like you. "
                "Donate today, or give monthly.")
    return ("Plains Capitol Report is a nonprofit newsroom supported by readers like you. "
            "Donate today.")


def _us_tips() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Have a tip? Email tips@plainscapitol.org or call 785-555-0142.")]
    votes: list[Event] = []
    for day, text in (("2016-08-02", "Primary Day is Aug. 2"), ("2016-11-08", "Election Day "
                      "is Nov. 8"), ("2018-08-07", "Primary Day is Aug. 7"), ("2018-11-06",
                      "Election Day is Nov. 6"), ("2020-08-04", "Primary Day is Aug. 4"),
                      ("2020-11-03", "Election Day is Nov. 3")):
        votes.append((_day(day, -10), _day(day, 1), f"🗳️ {text}: find your polling place and "
                                                    f"what's on your ballot."))
    votes.append((dt.date(2020, 3, 16), dt.date(2020, 6, 1), "😷 Coronavirus: our coverage is "
                                                             "free to read and free to "
                                                             "republish."))
    return _timeline(base, votes)


def statehouse_style() -> PublisherStyle:
    """A nonprofit statehouse newsroom (Topeka): a beat kicker, a byline, a date slot gaining
    a 12-hour time, a photo credit naming the site, "RELATED:" (up to twice) inserts, a
    session line (the opening day ahead, then the session's day count, day by day), a
    donation line (the everyday appeal gaining monthly giving, NewsMatch each November and
    December from 2016 with a countdown in its last week, #GivingTuesday), a newsletter line,
    a Creative Commons republishing notice, a partnership credit, an author line, an ethics
    line, a tip line turned six votes and the 2020 pandemic, a rare correction, a copyright
    line with the licence."""
    return PublisherStyle(
        domain="plainscapitol.org", site="Plains Capitol Report", base_size=220,
        subdomains=(("", 100),),
        sections=("legislature", "education", "health", "courts", "budget", "elections"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("Legislature", "Education", "Health", "Courts", "Budget",
                       "Agriculture", "Elections", "Environment"),
            "photog": ("Evert Nelson", "Sherman Smith", "Lindsey Tran", "Jason Alatidd"),
            "partner": ("Report for America", "the Plains News Collaborative",
                        "KPRQ Public Radio", "the High Plains Health Desk"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("byline", HEADER, 0.85, (_OLD, "By {author}")),
            _f("dated", HEADER, 0.8, (_OLD, "{date_long}"),
               (US_UPDATED.isoformat(), "{date_long} {time12}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "(Photo by {photog}/Plains Capitol Report)")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("session", FOOTER, 0.2, *_changes(session_line)),
            _f("donate", FOOTER, 0.35, *_changes(donation)),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Get Statehouse news in your inbox every weekday morning: sign up for "
                "The Capitol Brief.")),
            _f("republish", FOOTER, 0.4,
               (_OLD, "Republish our articles for free, online or in print, under a Creative "
                "Commons CC BY-ND 4.0 license.")),
            _f("partner", FOOTER, 0.1, (_OLD, "This story was produced in partnership with "
                                              "{partner}.")),
            _f("bio", FOOTER, 0.3,
               (_OLD, "{author} covers state government for Plains Capitol Report.")),
            _f("ethics", FOOTER, 0.2,
               (_OLD, "Our donors have no say in our coverage. Read our ethics policy and see "
                "our list of supporters.")),
            _f("tips", FOOTER, 0.2, *_us_tips()),
            _f("correction", FOOTER, 0.04,
               (_OLD, "Correction: This story has been updated to correct the bill number.")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "© {year} Plains Capitol Report. Content licensed under CC BY-ND 4.0.")),
        ),
    )


# --- a recipe blog --------------------------------------------------------------------------------

FB_UPDATED = dt.date(2018, 6, 1)  # "Posted on" turned "Last updated on" with a comment count
FB_DISCLOSURE = dt.date(2019, 5, 1)  # the disclosure gained sponsored posts
FB_NEWSLETTER = dt.date(2019, 9, 1)  # the newsletter's reader count went up
FB_TIKTOK = dt.date(2020, 3, 1)  # the "made it" line gained TikTok


def seasonal(day: dt.date) -> str:
    """The seasonal line: a countdown to Thanksgiving through November, the day itself, then
    a cookie a day from 1 to 24 December; else the newsletter line (its count raised)."""
    feast = thanksgiving(day.year)
    if day.month == 11 and day < feast:
        left = (feast - day).days
        when = "tomorrow" if left == 1 else f"{left} days away"
        return f"🦃 Thanksgiving is {when}! Grab my make-ahead menu and timeline."
    if day == feast:
        return "🦃 Happy Thanksgiving from my kitchen to yours!"
    if day.month == 12 and day.day <= 24:
        return (f"🍪 Cookie Countdown, day {day.day} of 24: a new cookie recipe every day until "
                f"Christmas.")
    readers = "35,000" if day >= FB_NEWSLETTER else "20,000"
    return f"Never miss a recipe: join {readers} readers and get my free weekly newsletter."


def recipe_style() -> PublisherStyle:
    """A recipe blog: a bare jump-and-print row, an affiliate disclosure gaining sponsored
    posts, "Posted on" with a date slot and the author turned "Last updated on" with a
    comment count, "Report this ad", "📌 Pin this recipe for later!" and "You might also
    like:" (up to twice) inserts, a five-line recipe card (a rating with a vote count, prep
    and cook times, servings, course and cuisine), a nutrition note, a "made it" line with
    the author's handle (gaining TikTok), a seasonal line (a Thanksgiving countdown through
    November, a cookie a day in December, else the newsletter with its reader count raised),
    the comment form's bare line, a rare updated-post note, a copyright line with an image
    rule."""
    return PublisherStyle(
        domain="cardamomcrumb.com", site="The Cardamom Crumb", base_size=190,
        subdomains=(("", 100),),
        sections=("recipes", "baking", "dinner", "drinks", "holiday"),
        n_authors=2, url_path="/{slug}/",
        pools={
            "rating": ("4.6", "4.7", "4.8", "4.9", "5"),
            "prep": ("5", "10", "15", "20", "25", "30"),
            "cook": ("10", "15", "20", "25", "30", "35", "40", "45", "60", "90"),
            "servings": ("2", "4", "6", "8", "12", "24 cookies", "1 loaf"),
            "course": ("Dessert", "Main Course", "Breakfast", "Side Dish", "Snack", "Drinks"),
            "cuisine": ("Indian", "Middle Eastern", "American", "Mediterranean", "Persian",
                        "Fusion"),
        },
        families=(
            _f("jump", HEADER, 0.6, (_OLD, "Jump to Recipe · Print Recipe")),
            _f("disclosure", HEADER, 0.5,
               (_OLD, "This post may contain affiliate links. As an Amazon Associate I earn "
                "from qualifying purchases."),
               (FB_DISCLOSURE.isoformat(), "This post may contain affiliate links and "
                                           "sponsored content, which is always marked. As an "
                                           "Amazon Associate I earn from qualifying "
                                           "purchases.")),
            _f("posted", HEADER, 0.75, (_OLD, "Posted on {date_long} by {author}"),
               (FB_UPDATED.isoformat(), "Last updated on {date_long} · By {author} · {count} "
                                        "Comments")),
            _f("reportad", MIDDLE, 0.5, (_OLD, "Report this ad"), count=2),
            _f("pin", MIDDLE, 0.3, (_OLD, "📌 Pin this recipe for later!")),
            _f("alsolike", MIDDLE, 0.35, (_OLD, "You might also like: {other_title}"), count=2),
            _f("rating", FOOTER, 0.55, (_OLD, "★★★★★ {rating} from {count} votes")),
            _f("prep", FOOTER, 0.52, (_OLD, "Prep Time: {prep} mins")),
            _f("cook", FOOTER, 0.5, (_OLD, "Cook Time: {cook} mins")),
            _f("servings", FOOTER, 0.48, (_OLD, "Servings: {servings}")),
            _f("course", FOOTER, 0.46, (_OLD, "Course: {course} | Cuisine: {cuisine}")),
            _f("nutrition", FOOTER, 0.35,
               (_OLD, "Nutrition information is automatically calculated and is only an "
                "estimate.")),
            _f("madeit", FOOTER, 0.35,
               (_OLD, "Did you make this recipe? Tag {author_handle} on Instagram and hashtag "
                "it so I can see it!"),
               (FB_TIKTOK.isoformat(), "Did you make this recipe? Tag {author_handle} on "
                                       "Instagram or TikTok so I can see it!")),
            _f("season", FOOTER, 0.25, *_changes(seasonal)),
            _f("required", FOOTER, 0.3,
               (_OLD, "Your email address will not be published. Required fields are marked *")),
            _f("update", FOOTER, 0.04,
               (_OLD, "Note: this post was first published a while back and has been updated "
                "with new photos and clearer instructions.")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "© {year} The Cardamom Crumb. All images and content are copyright "
                "protected. Please do not use my photos without prior permission.")),
        ),
    )


# --- a Swiss regional daily (Basel) ---------------------------------------------------------------

CH_DAILY = dt.date(2017, 3, 6)  # from Morgestraich 2017, the Swiss date and time
CH_WIRE = dt.date(2018, 4, 1)  # the national news agency's merged name
CH_BYLINE = dt.date(2018, 9, 1)  # "Von" turned text and picture credits
CH_PRICE = dt.date(2019, 4, 1)  # the digital offer gained its monthly price


def morgestraich(y: int) -> dt.date:
    """Basel's carnival starts at four on the Monday after Ash Wednesday: Easter minus 41."""
    return western_easter(y) - dt.timedelta(days=41)


def _ch_dated(day: dt.date) -> str:
    return f"Publiziert: {day.day}.{day.month}.{day.year}, {{hh}}.{{mi}} Uhr"


def _ch_hints() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Haben Sie Hinweise? Schreiben Sie an hinweise@rheinknie.ch")]
    events: list[Event] = []
    for sunday in SWISS_VOTES:
        day = _day(sunday)
        events.append((day - dt.timedelta(days=6), day + dt.timedelta(days=1),
                       f"🗳️ Abstimmungssonntag {day.day}. {GERMAN_MONTHS[day.month - 1]}: "
                       f"Resultate und Analysen ab 12 Uhr im Ticker"))
    for sunday in SWISS_ELECTIONS:
        day = _day(sunday)
        events.append((day - dt.timedelta(days=6), day + dt.timedelta(days=1),
                       f"🗳️ Eidgenössische Wahlen am {day.day}. Oktober: alle Resultate aus "
                       f"beiden Basel"))
    for y in YEARS:
        start = morgestraich(y)
        events.append((start - dt.timedelta(days=2), start + dt.timedelta(days=3),
                       "🥁 Morgestraich, vorwärts, marsch! Alles zur Basler Fasnacht" if y != 2020
                       else "🥁 Die Fasnacht 2020 ist abgesagt: was jetzt gilt"))
    events.append((dt.date(2020, 3, 16), dt.date(2020, 4, 27), "😷 Coronavirus: Infoline des "
                                                               "BAG 058 463 00 00"))
    return _timeline(base, events)


def basel_style() -> PublisherStyle:
    """A Swiss regional daily (Basel): a desk kicker, "Publiziert:" with a numeric date slot
    and "Uhr" turned the Swiss date without leading zeros and a time written with a full stop
    (a wording per day, from Morgestraich 2017), an update line, "Von" turned text and picture
    credits, a reading time, "Werbung" and "Mehr zum Thema:" (up to twice) inserts, a picture
    credit, a news agency's mark renamed after its merger, an error-report line, a newsletter
    line, a digital offer gaining its monthly price in francs, a hints line turned the federal
    votes, two federal elections, the carnival (cancelled in 2020) and the 2020 infoline, a
    comment rule with moderation hours, a rare Rhine flood line, a copyright line with a
    redistribution ban; Swiss spelling without ß."""
    return PublisherStyle(
        domain="rheinknie.ch", site="Rheinknie Zeitung", base_size=170,
        subdomains=(("www.", 100),),
        sections=("basel", "baselland", "schweiz", "wirtschaft", "sport", "kultur"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "ressort": ("Basel", "Baselland", "Region", "Schweiz", "International",
                        "Wirtschaft", "Sport", "FCB", "Kultur"),
            "autor": ("Martina Rutschmann", "Daniel Häfliger", "Nadine Brügger", "Urs Buess",
                      "Séverine Meier"),
            "bild": ("Keystone", "Kenneth Nars", "Roland Schmid", "zvg", "Archiv"),
            "hh": tuple(f"{h:02d}" for h in range(6, 24)),
            "mi": tuple(f"{m:02d}" for m in range(60)),
        },
        families=(
            _f("ressort", HEADER, 0.3, (_OLD, "{ressort}")),
            _f("publiziert", HEADER, 0.85, (_OLD, "Publiziert: {date_de}, {time} Uhr"),
               *_daily(_ch_dated, CH_DAILY)),
            _f("aktualisiert", HEADER, 0.25, (_OLD, "Aktualisiert: {date_de}, {time} Uhr")),
            _f("von", HEADER, 0.6, (_OLD, "Von {autor}"),
               (CH_BYLINE.isoformat(), "Text: {autor}, Bilder: {bild}")),
            _f("lesezeit", HEADER, 0.3, (_OLD, "Lesezeit: {read_min} Min.")),
            _f("werbung", MIDDLE, 0.45, (_OLD, "Werbung"), count=2),
            _f("mehr", MIDDLE, 0.4, (_OLD, "Mehr zum Thema: {other_title}"), count=2),
            _f("bild", MIDDLE, 0.3, (_OLD, "Bild: {bild}")),
            _f("agentur", FOOTER, 0.15, (_OLD, "(sda)"), (CH_WIRE.isoformat(), "(Keystone-SDA)")),
            _f("fehler", FOOTER, 0.3, (_OLD, "Fehler gefunden? Jetzt melden.")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Newsletter: Die wichtigsten News aus der Region jeden Morgen in Ihrer "
                "Mailbox.")),
            _f("abo", FOOTER, 0.2, (_OLD, "Jetzt Digital-Abo lösen: 1 Monat für 1 Franken"),
               (CH_PRICE.isoformat(), "Jetzt Digital-Abo lösen: 1 Monat für 1 Franken, danach "
                                      "Fr. 24.– pro Monat")),
            _f("hinweise", FOOTER, 0.25, *_ch_hints()),
            _f("kommentare", FOOTER, 0.3,
               (_OLD, "Kommentarfunktion: Wir schalten Kommentare werktags zwischen 7 und 22 Uhr "
                "frei.")),
            _f("rhein", FOOTER, 0.04,
               (_OLD, "⚠️ Hochwasser: Der Rhein ist gesperrt, Rheinschwimmen ist verboten.")),
            _f("copyright", FOOTER, 0.5,
               (_OLD, "Copyright © {year} Rheinknie Medien AG. Alle Rechte vorbehalten. Eine "
                "Weiterverbreitung ist nur mit vorgängiger schriftlicher Genehmigung gestattet.")),
        ),
    )


def heldout42_styles() -> list[PublisherStyle]:
    """The held-back-42 styles, in the order the generator hands them to publishers."""
    return [
        dhaka_style(), chiangmai_style(), kabul_style(), heraklion_style(), johor_style(),
        hue_style(), mumbai_style(), lahore_style(), hohhot_style(), statehouse_style(),
        recipe_style(), basel_style(),
    ]
