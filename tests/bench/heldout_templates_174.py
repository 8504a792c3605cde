"""The ``held-back-174`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-168 set. It was
written WITHOUT looking at cleanpipe's code (nothing under ``cleanpipe/`` but the generator's
model and template types in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names
come from `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
"end of message" mark, an advertisement marker or a disclaimer. The publishers are Arabic-,
Persian-, Urdu- and Pashto-language dailies, news portals and diaspora sites, some of them in
English: a London-based pan-Arab daily, a Tehran news portal (in Persian), a Lahore Urdu
daily, a Karachi English-language daily, a Cairo news portal, a Doha daily (in Arabic with
Arabic-Indic digits), a Kabul Pashto news site, a London Persian diaspora site, a Riyadh
business portal, a Kabul news agency's English wire, a Bradford Urdu and English community
weekly and a Dearborn Arab-American weekly. The families are the kinds a crawl of such sites
holds: dates localised day by day in Arabic (Egyptian and Levantine month names, Western and
Arabic-Indic digits), Persian and Pashto (the Solar Hijri calendar in Persian digits, Iranian
and Afghan month names), Urdu and English, with the Hijri date beside the Gregorian one (the
tabular Hijri calendar a CMS computes, a day behind in Pakistan), several changing form on a
redesign day; lines that turn every day (prayer times computed for Karachi, Lahore, Tehran,
Cairo, Doha, Kabul, Bradford and Dearborn, with summer time where it applies, turning into
sehri and iftar times in Ramadan; a daily issue number and the paper's year of publication;
the Egyptian gold price; a World Cup countdown), every day but Friday (the Tehran gold-coin
price) and every trading day (the Riyadh index); fuel prices that change each month (Pakistan
then fortnightly from July 2020, Qatar after its 2016 reform), VAT that starts in 2018 and
triples in 2020, subscription and advertising rates that change over the years; the
correspondent and agency credits ("London: «...»", "Lahore (special correspondent)", "KABUL
(...) –"), news codes, sources, "end of message" marks, photo credits, related links and
advertisement markers mid-body (some up to two or three times); follow-us appeals reworded
(Telegram dropped in Iran after its filtering in April 2018) and banners that follow the
calendars of these countries (Ramadan and the two Eids on the days Saudi Arabia and Pakistan
observed them, Muharram and Ashura, Nowruz and Yalda, Pakistan's and Afghanistan's
independence days, Qatar's National Day and Sport Day, Saudi budget days and Aramco's listing,
Iranian, Pakistani, Egyptian, Afghan, British and American votes, the 2017-2019 Iranian
protests, the PSL, the 2019 Africa Cup in Egypt, the Doha agreement, the 2020 pandemic);
copyright lines (one with the Solar Hijri year, turning at Nowruz), imprints and opinion
disclaimers in blocks, bare lines and families in only 4% of articles beside ones in nearly
all. Prices, indexes and counts are made up but of the size and trend such sites printed.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    iso_day,
    last_weekday,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر")
LEVANT_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                 "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
AR_DAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_AR = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
            "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
HIJRI_UR = ("محرم الحرام", "صفر المظفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول",
            "جمادی الثانی", "رجب المرجب", "شعبان المعظم", "رمضان المبارک", "شوال المکرم",
            "ذوالقعدہ", "ذوالحجہ")
HIJRI_EN = ("Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
            "Jumada al-Akhira", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhul Qadah",
            "Dhul Hijjah")
UR_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
             "اکتوبر", "نومبر", "دسمبر")
UR_DAYS = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
FA_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
             "دی", "بهمن", "اسفند")
FA_DAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
FA_GREGORIAN = ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر",
                "اکتبر", "نوامبر", "دسامبر")
PS_MONTHS = ("وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ",
             "مرغومی", "سلواغه", "کب")
PS_DAYS = ("دونۍ", "درېنۍ", "څلرنۍ", "پينځنۍ", "جمعه", "اونۍ", "يونۍ")
PS_GREGORIAN = ("جنوري", "فبروري", "مارچ", "اپرېل", "مۍ", "جون", "جولای", "اګست", "سپتمبر",
                "اکتوبر", "نومبر", "ډسمبر")
AFGHAN_MONTHS = ("Hamal", "Sawr", "Jawza", "Saratan", "Asad", "Sunbula", "Mizan", "Aqrab",
                 "Qaws", "Jadi", "Dalw", "Hoot")
ARABIC_ZERO, PERSIAN_ZERO = "٠", "۰"

# The first day of each Solar Hijri year (1 Farvardin, 1 Hamal).
NOWRUZ = {1393: dt.date(2014, 3, 21), 1394: dt.date(2015, 3, 21), 1395: dt.date(2016, 3, 20),
          1396: dt.date(2017, 3, 21), 1397: dt.date(2018, 3, 21), 1398: dt.date(2019, 3, 21),
          1399: dt.date(2020, 3, 20), 1400: dt.date(2021, 3, 21)}
# Ramadan's first day and the two Eids as Saudi Arabia (and the Gulf, Egypt, Afghanistan and
# most British mosques) and Pakistan observed them.
RAMADAN_SA = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
              2019: "2019-05-06", 2020: "2020-04-24"}
FITR_SA = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
           2019: "2019-06-04", 2020: "2020-05-24"}
ADHA_SA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
           2019: "2019-08-11", 2020: "2020-07-31"}
RAMADAN_PK = {2015: "2015-06-19", 2016: "2016-06-07", 2017: "2017-05-28", 2018: "2018-05-17",
              2019: "2019-05-07", 2020: "2020-04-25"}
FITR_PK = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-16",
           2019: "2019-06-05", 2020: "2020-05-24"}
ADHA_PK = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
           2019: "2019-08-12", 2020: "2020-08-01"}

# --- helpers of this set ------------------------------------------------------------------


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular (arithmetic) Hijri date of `day`: year, month, day. It runs a day or two
    off the sighted months, as the Hijri date a CMS computes does."""
    n = day.toordinal() + 1721425 - 1948440 + 10632
    cycle = (n - 1) // 10631
    n = n - 10631 * cycle + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycle + j - 30, month, n - (709 * month) // 24


def shamsi(day: dt.date) -> tuple[int, int, int]:
    """The Solar Hijri date of `day` (Iran's and Afghanistan's): year, month, day."""
    year = max(y for y, first in NOWRUZ.items() if first <= day)
    n = (day - NOWRUZ[year]).days
    if n < 186:
        return year, n // 31 + 1, n % 31 + 1
    return year, 7 + (n - 186) // 30, (n - 186) % 30 + 1


_TO_ARABIC = str.maketrans({**{str(i): digits(i, ARABIC_ZERO) for i in range(10)},
                            ".": "٫", ",": "٬"})
_TO_PERSIAN = str.maketrans({**{str(i): digits(i, PERSIAN_ZERO) for i in range(10)},
                             ".": "٫", ",": "٬"})


def ar(number: int | str) -> str:
    """A number in Arabic-Indic digits (the Arabic decimal point and thousands mark)."""
    return str(number).translate(_TO_ARABIC)


def fa(number: int | str) -> str:
    """A number in Persian digits (the Persian decimal point and thousands mark)."""
    return str(number).translate(_TO_PERSIAN)


def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


@cache
def _ordinals(anchors: tuple[tuple[str, float], ...]) -> tuple[int, ...]:
    return tuple(iso_day(a).toordinal() for a, _ in anchors)


def trend(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn straight between `anchors` ((ISO day, value), ...)."""
    xs = _ordinals(anchors)
    x = day.toordinal()
    i = bisect_right(xs, x)
    if i == 0:
        return anchors[0][1]
    if i == len(xs):
        return anchors[-1][1]
    (x0, y0), (x1, y1) = (xs[i - 1], anchors[i - 1][1]), (xs[i], anchors[i][1])
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def table_value(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def uk_summer(day: dt.date) -> bool:
    """British Summer Time: from the last Sunday of March to the last Sunday of October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def us_summer(day: dt.date) -> bool:
    """American daylight time: from the second Sunday of March to the first of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def iran_summer(day: dt.date) -> bool:
    """Iran's summer time: from 2 Farvardin to 30 Shahrivar."""
    _, m, d = shamsi(day)
    return (m, d) >= (1, 2) and m <= 6 and (m, d) != (6, 31)



@dataclass(frozen=True)
class Method:
    """How a city's prayer times are reckoned: where it is, its clock, the sun's depression
    at dawn and nightfall (or nightfall so many minutes after sunset), the shadow factor of
    the afternoon prayer (1, or 2 for the Hanafi school) and the sun's depression at the
    evening prayer (Shia timetables wait for the redness to go)."""

    lat: float
    lon: float
    zone: Callable[[dt.date], float]  # hours ahead of UTC on the day
    fajr: float
    isha: float
    isha_minutes: int = 0  # if set, nightfall this long after sunset (90, 120 in Ramadan)
    asr: int = 1
    maghrib: float = 0.833
    high: bool = False  # a northern city: dawn and nightfall kept within 90 minutes


@cache
def _sun(day: dt.date) -> tuple[float, float]:
    """The sun's declination (radians) and the equation of time (hours) at noon on `day`,
    from the usual low-precision formulas."""
    n = day.toordinal() - 730120  # days from 1 January 2000, noon
    g = math.radians(357.529 + 0.98560028 * n)
    q = 280.459 + 0.98564736 * n
    lam = math.radians(q + 1.915 * math.sin(g) + 0.020 * math.sin(2 * g))
    eps = math.radians(23.439 - 0.00000036 * n)
    ra = math.degrees(math.atan2(math.cos(eps) * math.sin(lam), math.cos(lam))) / 15
    return math.asin(math.sin(eps) * math.sin(lam)), (q / 15 - ra + 12) % 24 - 12


@cache
def prayer_times(day: dt.date, method: Method, ramadan: bool = False) -> dict[str, int]:
    """The day's times, in minutes after local midnight: fajr, sunrise, dhuhr, asr, maghrib,
    isha."""
    decl, eqt = _sun(day)
    lat = math.radians(method.lat)
    sin_sin, cos_cos = math.sin(lat) * math.sin(decl), math.cos(lat) * math.cos(decl)
    noon = 12 + method.zone(day) - method.lon / 15 - eqt

    def hours(altitude: float) -> float:  # from noon to when the sun stands at `altitude`
        cos_h = (math.sin(math.radians(altitude)) - sin_sin) / cos_cos
        return math.degrees(math.acos(max(-1.0, min(1.0, cos_h)))) / 15

    shadow = math.degrees(math.atan(1 / (method.asr + math.tan(abs(lat - decl)))))
    sunrise, sunset = noon - hours(-0.833), noon + hours(-0.833)
    fajr, maghrib = noon - hours(-method.fajr), noon + hours(-method.maghrib)
    if method.isha_minutes:
        isha = sunset + (method.isha_minutes + 30 * ramadan) / 60
    else:
        isha = noon + hours(-method.isha)
    if method.high:
        fajr, isha = max(fajr, sunrise - 1.5), min(isha, sunset + 1.5)
    times = {"fajr": fajr, "sunrise": sunrise, "dhuhr": noon + 2 / 60, "asr": noon + hours(shadow),
             "maghrib": maghrib, "isha": isha}
    return {name: round(h * 60) % 1440 for name, h in times.items()}


def hhmm(minutes: int) -> str:
    """A clock time on the 24-hour clock: 04:07, 19:23."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def h12(minutes: int) -> str:
    """A clock time on the 12-hour clock, as Pakistani and American sites print it: 4:07."""
    return f"{(minutes // 60 - 1) % 12 + 1}:{minutes % 60:02d}"


def ampm(minutes: int) -> str:
    """A 12-hour time with am or pm: 4:07am, 7:23pm."""
    return f"{h12(minutes)}{'am' if minutes < 720 else 'pm'}"


def fasting_day(day: dt.date, starts: dict[int, str], eids: dict[int, str]) -> int | None:
    """The day of Ramadan `day` is (1 on its first day), None outside Ramadan."""
    if day.year not in starts:
        return None
    first, eid = iso_day(starts[day.year]), iso_day(eids[day.year])
    return (day - first).days + 1 if first <= day < eid else None


def hijri_days(month: int, day: int) -> dict[int, dt.date]:
    """The Gregorian day of tabular Hijri `month`/`day` in each year 2015-2020 (the first
    one in a year that has two)."""
    out: dict[int, dt.date] = {}
    d = FIRST_DAY
    while d <= dt.date(2020, 12, 31):
        if hijri(d)[1:] == (month, day) and d.year not in out:
            out[d.year] = d
        d += ONE
    return out


def _islamic_events(starts: dict[int, str], fitr: dict[int, str], adha: dict[int, str],
                    ramadan: Callable[[int, int], str], eid: Callable[[int, int], str],
                    qurban: Callable[[int, int], str] | None = None,
                    before_adha: int = 1) -> list[Event]:
    """Ramadan (from its first day to the Eid), Eid al-Fitr (three days) and, if worded, Eid
    al-Adha (from `before_adha` days before, four days); texts get the year and the Hijri
    year."""
    out: list[Event] = []
    for y in YEARS:
        first, fitr_day, adha_day = iso_day(starts[y]), iso_day(fitr[y]), iso_day(adha[y])
        hy = hijri(first + 5 * ONE)[0]
        out.append((first, fitr_day, ramadan(y, hy)))
        out.append((fitr_day, fitr_day + 3 * ONE, eid(y, hy)))
        if qurban is not None:
            out.append((adha_day - before_adha * ONE, adha_day + 4 * ONE, qurban(y, hy)))
    return out


KARACHI = Method(24.86, 67.01, lambda day: 5, 18, 18, asr=2)
LAHORE = Method(31.55, 74.34, lambda day: 5, 18, 18, asr=2)
TEHRAN = Method(35.69, 51.39, lambda day: 4.5 if iran_summer(day) else 3.5, 17.7, 14,
                maghrib=4.5)
CAIRO = Method(30.04, 31.24, lambda day: 2, 19.5, 17.5)
DOHA = Method(25.29, 51.53, lambda day: 3, 18, 0, isha_minutes=90)
KABUL = Method(34.53, 69.17, lambda day: 4.5, 18, 18, asr=2)
BRADFORD = Method(53.79, -1.75, lambda day: 1 if uk_summer(day) else 0, 12, 12, asr=2,
                  high=True)
DEARBORN = Method(42.32, -83.18, lambda day: -4 if us_summer(day) else -5, 15, 15)


# --- a London-based pan-Arab daily --------------------------------------------------------

MN_REDESIGN = dt.date(2017, 10, 1)
MN_FIRST_ISSUE = dt.date(1978, 7, 4)
MN_ISSUE_2015 = 13051  # the issue of 1 January 2015; one a day since
MN_TELEGRAM = dt.date(2019, 9, 1)
MN_INSTAGRAM = dt.date(2016, 4, 1)


def mn_issue(day: dt.date) -> int:
    return MN_ISSUE_2015 + (day - FIRST_DAY).days


def mn_volume(day: dt.date) -> int:
    """The paper's year of publication: its first issue came out on 4 July 1978."""
    return day.year - MN_FIRST_ISSUE.year + (day >= day.replace(month=7, day=4))


def _mn_dated(day: dt.date) -> str:
    hy, hm, hd = hijri(day)
    if day < MN_REDESIGN:
        return (f"{AR_DAYS[day.weekday()]} {day.day} {LEVANT_MONTHS[day.month - 1]} "
                f"({AR_MONTHS[day.month - 1]}) {day.year} - {hd} {HIJRI_AR[hm - 1]} {hy} هـ")
    return (f"{AR_DAYS[day.weekday()]} - {hd} {HIJRI_AR[hm - 1]} {hy} هـ - {day.day} "
            f"{AR_MONTHS[day.month - 1]} {day.year} م")


def _mn_issue(day: dt.date) -> str:
    if day < MN_REDESIGN:
        return f"العدد {mn_issue(day)}"
    return f"السنة {mn_volume(day)} - العدد [{mn_issue(day)}]"


@cache
def _mn_banner() -> Wordings:
    base = _steps((_OLD, "اشترك في النشرة البريدية اليومية لـ«المنارة»"),
                  (MN_REDESIGN.isoformat(), "«المنارة» في بريدك كل صباح: اشترك مجاناً"))
    islamic = _islamic_events(
        RAMADAN_SA, FITR_SA, ADHA_SA,
        lambda y, hy: f"رمضان كريم | إمساكية رمضان {hy} هـ لأبرز المدن العربية",
        lambda y, hy: "عيد فطر مبارك | كل عام وقراء «المنارة» بخير",
        lambda y, hy: "موسم الحج | تغطية «المنارة» من مكة المكرمة والمشاعر المقدسة", 8)
    news = [
        _span("2016-06-20", "2016-06-25", "استفتاء بريطانيا على عضوية الاتحاد الأوروبي: "
                                          "النتائج لحظة بلحظة"),
        _span("2018-06-14", "2018-07-15", "مونديال روسيا 2018: المنتخبات العربية الأربعة "
                                          "يوماً بيوم"),
    ]
    corona = [_span("2020-03-12", "2020-06-30", "فيروس كورونا: آخر المستجدات في العالم "
                                                "العربي")]
    return _calendar(base, news, islamic, corona)


def almanara_style() -> PublisherStyle:
    """A London-based pan-Arab daily: a section from a pool, the weekday, the Gregorian date
    with its Levantine and Egyptian month names and the Hijri date, turned Hijri first on 1
    October 2017 (a wording per day), the issue number (one a day) with the paper's year of
    publication from the redesign (turning each 4 July), the bureau credit ("London:
    «Al-Manara»") from a pool, the writer turned the writer and the paper, an archive photo
    credit and "Read also:" (up to twice) and advertisement markers mid-body, a newsletter
    banner reworded and turned by Ramadan, the Eids, the Hajj season, the Brexit vote, the
    2018 World Cup and the pandemic, an opinion disclaimer, a follow-us line reworded twice,
    the publisher and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="almanaradaily.com", site="المنارة", base_size=250,
        subdomains=(("www.", 90), ("", 10)),
        sections=("arab-world", "gulf", "international", "economy", "culture", "sport",
                  "opinion"),
        n_authors=16, url_path="/{section}/{n}",
        pools={
            "qism": ("العالم العربي", "الخليج", "دولي", "اقتصاد", "ثقافة وفنون", "رياضة",
                     "الرأي"),
            "maktab": ("لندن: «المنارة»", "بيروت: «المنارة»", "الرياض: «المنارة»",
                       "القاهرة: «المنارة»", "بغداد: «المنارة»", "الرباط: «المنارة»",
                       "واشنطن: «المنارة»"),
            "sura": ("(أ.ف.ب)", "(رويترز)", "(إ.ب.أ)", "(أ.ب)", "(غيتي)"),
        },
        families=(
            _f("qism", HEADER, 0.5, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.9, *_by_day(_mn_dated)),
            _f("adad", HEADER, 0.55, *_by_day(_mn_issue)),
            _f("maktab", HEADER, 0.6, (_OLD, "{maktab}")),
            _f("katib", HEADER, 0.45, (_OLD, "{author}"),
               (MN_REDESIGN.isoformat(), "{author} - «المنارة»")),
            _f("sura", MIDDLE, 0.3, (_OLD, "صورة أرشيفية {sura}")),
            _f("iqra", MIDDLE, 0.4, (_OLD, "اقرأ أيضاً: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.3, (_OLD, "إعلان"), count=2),
            _f("nashra", HEADER, 0.25, *_mn_banner()),
            _f("ray", FOOTER, 0.12, (_OLD, "المقالات المنشورة تعبّر عن آراء كتّابها ولا تعكس "
                                           "بالضرورة رأي الصحيفة.")),
            _f("tabiuna", FOOTER, 0.35,
               (_OLD, "تابعونا على فيسبوك وتويتر"),
               (MN_INSTAGRAM.isoformat(), "تابعوا «المنارة» على فيسبوك وتويتر وإنستغرام"),
               (MN_TELEGRAM.isoformat(), "تابعوا «المنارة» على تويتر وإنستغرام وقناتنا على "
                                         "تلغرام")),
            _f("sharika", FOOTER, 0.3, (_OLD, "تصدر عن شركة المنارة للصحافة والنشر - لندن")),
            _f("huquq", FOOTER, 0.45,
               (_OLD, "جميع الحقوق محفوظة © {year} «المنارة»"),
               (MN_REDESIGN.isoformat(), "© «المنارة» {year} - جميع الحقوق محفوظة. يُمنع النسخ "
                                         "أو إعادة النشر دون إذن مسبق.")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: ورد في نسخة سابقة من هذا الخبر موعد "
                                              "خاطئ لانعقاد القمة.")),
        ),
    )


# --- a Tehran news portal -----------------------------------------------------------------

AN_REDESIGN = dt.date(2018, 3, 21)  # relaunched on Nowruz 1397
AN_TELEGRAM_FILTERED = dt.date(2018, 4, 30)
AN_COPYRIGHT = dt.date(2017, 3, 21)
COIN = (("2015-01-01", 960_000), ("2015-12-20", 1_010_000), ("2016-12-20", 1_140_000),
        ("2017-12-20", 1_390_000), ("2018-04-10", 2_000_000), ("2018-09-30", 4_400_000),
        ("2019-03-01", 4_200_000), ("2019-12-01", 4_300_000), ("2020-03-01", 5_600_000),
        ("2020-08-01", 10_200_000), ("2020-10-25", 15_000_000), ("2021-01-10", 10_800_000))
ASHURA = hijri_days(1, 10)


def coin_price(day: dt.date) -> int:
    """The gold coin's price in tomans, to the thousand (the market shuts on Fridays)."""
    value = trend(day, COIN) * (1 + 0.012 * noise(day, "coin"))
    return int(round(value, -3))


def _an_dated(day: dt.date) -> str:
    y, m, d = shamsi(day)
    if day < AN_REDESIGN:
        return f"تاریخ انتشار: {fa(y)}/{fa(f'{m:02d}')}/{fa(f'{d:02d}')} - {{time}}"
    return f"{FA_DAYS[day.weekday()]} {fa(d)} {FA_MONTHS[m - 1]} {fa(y)} - ساعت {{time}}"


def _an_owqat(day: dt.date) -> str:
    t = prayer_times(day, TEHRAN)
    _, m, d = shamsi(day)
    return (f"اوقات شرعی تهران ({fa(d)} {FA_MONTHS[m - 1]}): اذان صبح {fa(hhmm(t['fajr']))} | "
            f"طلوع آفتاب {fa(hhmm(t['sunrise']))} | اذان ظهر {fa(hhmm(t['dhuhr']))} | "
            f"اذان مغرب {fa(hhmm(t['maghrib']))}")


def _an_sekke(day: dt.date) -> str:
    quoted = day - ONE if day.weekday() == 4 else day
    _, m, d = shamsi(quoted)
    return (f"قیمت سکه امامی در بازار تهران ({fa(d)} {FA_MONTHS[m - 1]}): "
            f"{fa(f'{coin_price(quoted):,}')} تومان")


@cache
def _an_banner() -> Wordings:
    base = _steps((_OLD, "آفتاب نو را در تلگرام دنبال کنید"),
                  (AN_TELEGRAM_FILTERED.isoformat(), "آفتاب نو را در اینستاگرام دنبال کنید"))
    nowruz = [(NOWRUZ[sy] - 5 * ONE, NOWRUZ[sy] + 13 * ONE,
               f"نوروز {fa(sy)} خجسته باد؛ آفتاب نو در تعطیلات نوروزی هم با شماست")
              for sy in range(1394, 1400)]
    ashura = [(ASHURA[y] - 2 * ONE, ASHURA[y] + ONE, "فرا رسیدن تاسوعا و عاشورای حسینی تسلیت "
                                                     "باد") for y in YEARS]
    ramadan = [(iso_day(RAMADAN_PK[y]), iso_day(FITR_PK[y]),
                f"ماه مبارک رمضان {fa(hijri(iso_day(RAMADAN_PK[y]) + 5 * ONE)[0])}: جدول اوقات "
                f"شرعی و برنامه‌های افطار") for y in YEARS]
    yalda = _yearly("12-21", 1, 0, lambda y: "شب یلدا مبارک")
    votes = [
        _span("2016-02-20", "2016-02-28", "انتخابات مجلس دهم و خبرگان: نتایج لحظه به لحظه"),
        _span("2017-05-13", "2017-05-21", "انتخابات ریاست جمهوری ۱۳۹۶: نتایج لحظه به لحظه"),
        _span("2020-02-15", "2020-02-23", "انتخابات مجلس یازدهم: نتایج لحظه به لحظه"),
    ]
    corona = [_span("2020-02-24", "2020-06-30", "کرونا در ایران: آخرین آمار مبتلایان و "
                                                "توصیه‌های بهداشتی")]
    return _calendar(base, corona, votes, nowruz, ashura, ramadan, yalda)


def aftabno_style() -> PublisherStyle:
    """A Tehran news portal (in Persian): the service name from a pool, the news code, the
    Solar Hijri date in Persian digits turned the weekday and the month's name on Nowruz 1397
    (a wording per day), the day's prayer times in Tehran with Iran's summer time (a wording
    per day), the gold coin's price (turning every day but Friday), "Read more:" (up to
    twice) and advertisement markers mid-body, the source agency from a pool, "end of
    message", a follow-us banner moved from Telegram to Instagram when Telegram was filtered
    and turned by Nowruz, Tasua and Ashura, Ramadan, Yalda, the votes of 2016, 2017 and 2020
    and the pandemic, the reuse line and the copyright line (a block, the copyright
    reworded in 1396), a rare correction."""
    return PublisherStyle(
        domain="aftabno.ir", site="آفتاب نو", base_size=220,
        subdomains=(("www.", 100),),
        sections=("politics", "economy", "society", "sport", "culture", "world"),
        n_authors=10, url_path="/fa/news/{n}/{slug}",
        pools={
            "service": ("سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "فرهنگی و هنری", "بین‌الملل"),
            "manba": ("ایرنا", "ایسنا", "ایلنا", "خبرگزاری مهر", "باشگاه خبرنگاران جوان"),
        },
        families=(
            _f("service", HEADER, 0.5, (_OLD, "سرویس {service}"),
               (AN_REDESIGN.isoformat(), "{service}")),
            _f("code", HEADER, 0.7, (_OLD, "کد خبر: {n}")),
            _f("tarikh", HEADER, 0.9, *_by_day(_an_dated)),
            _f("owqat", HEADER, 0.2, *_daily(_an_owqat)),
            _f("sekke", HEADER, 0.15, *_by_day(_an_sekke)),
            _f("bishtar", MIDDLE, 0.4, (_OLD, "بیشتر بخوانید: {other_title}"), count=2),
            _f("tablighat", MIDDLE, 0.25, (_OLD, "تبلیغات")),
            _f("manba", FOOTER, 0.4, (_OLD, "منبع: {manba}")),
            _f("entehay", FOOTER, 0.5, (_OLD, "انتهای پیام/")),
            _f("banner", FOOTER, 0.3, *_an_banner()),
            _f("naghl", FOOTER, 0.3, (_OLD, "نقل مطالب با ذکر منبع بلامانع است.")),
            _f("huquq", FOOTER, 0.4,
               (_OLD, "کلیه حقوق این سایت متعلق به پایگاه خبری آفتاب نو است."),
               (AN_COPYRIGHT.isoformat(), "© {year} آفتاب نو - تمامی حقوق مادی و معنوی این "
                                          "سایت محفوظ است.")),
            _f("eslahiye", HEADER, 0.04, (_OLD, "اصلاحیه: رقم اعلام‌شده در نسخه قبلی این خبر "
                                                "نادرست بود.")),
        ),
    )


# --- a Lahore Urdu daily ------------------------------------------------------------------

SN_REDESIGN = dt.date(2018, 8, 14)  # relaunched on Independence Day
SN_YOUTUBE = dt.date(2017, 10, 1)
PETROL = (("2015-01-01", 78.3), ("2015-02-01", 70.3), ("2015-06-01", 74.5),
          ("2015-12-01", 76.0), ("2016-02-01", 64.3), ("2016-12-01", 66.3),
          ("2017-06-01", 72.8), ("2018-01-01", 84.5), ("2018-07-01", 95.2),
          ("2018-11-01", 97.8), ("2019-01-01", 91.0), ("2019-07-01", 117.8),
          ("2020-01-01", 116.6), ("2020-03-01", 111.6), ("2020-04-01", 96.6),
          ("2020-05-01", 81.6), ("2020-06-01", 74.5), ("2020-06-26", 100.1),
          ("2020-12-16", 103.7))


@cache
def petrol_days() -> tuple[dt.date, ...]:
    """The days Pakistan's petrol price changed: the first of each month, the 26 June 2020
    rise, then the 1st and the 16th of each month from July 2020."""
    out = [dt.date(y, m, 1) for y in YEARS for m in range(1, 13)]
    out += [dt.date(2020, 6, 26)] + [dt.date(2020, m, 16) for m in range(7, 13)]
    return tuple(sorted(out))


def petrol(day: dt.date) -> str:
    """The petrol price in rupees a litre set on the last price day on or before `day`."""
    days = petrol_days()
    set_on = days[max(bisect_right(days, day) - 1, 0)]
    anchored = dict(PETROL).get(set_on.isoformat())
    value = anchored if anchored is not None else trend(set_on, PETROL) * (
        1 + 0.025 * noise(set_on, "petrol"))
    return f"{value:.2f}"


def _sn_dated(day: dt.date) -> str:
    greg = f"{UR_DAYS[day.weekday()]} {day.day} {UR_MONTHS[day.month - 1]} {day.year}ء"
    if day < SN_REDESIGN:
        return greg
    hy, hm, hd = hijri(day - ONE)  # the sighted months run a day behind the Gulf's
    return f"{greg}، {hd} {HIJRI_UR[hm - 1]} {hy}ھ"


def _sn_petrol(day: dt.date) -> str:
    return f"پیٹرول کی قیمت: {petrol(day)} روپے فی لیٹر"


def _sn_awqat(day: dt.date) -> str:
    t = prayer_times(day, LAHORE)
    fast = fasting_day(day, RAMADAN_PK, FITR_PK)
    if fast is not None:
        return (f"رمضان المبارک کا {fast} واں روزہ — لاہور: سحری {h12(t['fajr'] - 10)}، "
                f"افطار {h12(t['maghrib'])}")
    return (f"اوقات نماز (لاہور): فجر {h12(t['fajr'])}، ظہر {h12(t['dhuhr'])}، عصر "
            f"{h12(t['asr'])}، مغرب {h12(t['maghrib'])}، عشاء {h12(t['isha'])}")


@cache
def _sn_elan() -> Wordings:
    base = _steps((_OLD, "شہرنامہ کو فیس بک پر لائک کریں"),
                  (SN_YOUTUBE.isoformat(), "شہرنامہ کا یوٹیوب چینل سبسکرائب کریں"))
    islamic = _islamic_events(
        RAMADAN_PK, FITR_PK, ADHA_PK,
        lambda y, hy: f"رمضان المبارک {hy}ھ: سحر و افطار کے اوقات روزانہ شہرنامہ میں",
        lambda y, hy: "عید الفطر مبارک — شہرنامہ کے تمام قارئین کو دلی مبارکباد",
        lambda y, hy: "عید الاضحیٰ مبارک — قربانی کی کھالیں مستحق اداروں کو دیں")
    azadi = _yearly("08-14", 1, 0, lambda y: f"جشن آزادی مبارک — پاکستان کا {y - 1947} واں یوم "
                                             f"آزادی")
    qarardad = _yearly("03-23", 1, 0, lambda y: "یوم پاکستان مبارک — 23 مارچ")
    kashmir = _yearly("02-05", 1, 0, lambda y: "یوم یکجہتی کشمیر — 5 فروری")
    news = [
        _span("2018-07-18", "2018-07-28", "عام انتخابات 2018: نتائج سب سے پہلے شہرنامہ پر"),
        _span("2020-03-16", "2020-07-30", "کورونا وائرس: گھر پر رہیں، محفوظ رہیں"),
    ]
    return _calendar(base, news, azadi, islamic, qarardad, kashmir)


def shehrnama_style() -> PublisherStyle:
    """A Lahore Urdu daily: a section from a pool, the Urdu weekday and date with "ء", the
    Hijri date a day behind the Gulf's added on Independence Day 2018 (a wording per day), the
    correspondent credit ("Lahore (special correspondent)") from a pool, the day's prayer
    times in Lahore turning into the fast's number and its sehri and iftar times in Ramadan
    (a wording per day), the petrol price (monthly, fortnightly from July 2020), "Also
    read:" and advertisement markers (up to twice) and a file-photo mark mid-body, a
    follow-us line turned YouTube and turned by Ramadan, the Eids, Independence Day, Pakistan
    Day, Kashmir Day, the 2018 election and the pandemic, the columnist disclaimer, the
    printer-and-publisher line and the copyright line (a block), a rare clarification."""
    return PublisherStyle(
        domain="shehrnama.com.pk", site="شہرنامہ", base_size=195,
        subdomains=(("www.", 70), ("urdu.", 30)),
        sections=("national", "international", "business", "sports", "showbiz", "columns"),
        n_authors=9, url_path="/{section}/{yyyy}-{mm}-{dd}/{n}",
        pools={
            "zumra": ("قومی", "بین الاقوامی", "کاروبار", "کھیل", "شوبز", "کالم"),
            "numainda": ("لاہور (نمائندہ خصوصی)", "اسلام آباد (نیوز ایجنسیاں)",
                         "کراچی (اسٹاف رپورٹر)", "پشاور (بیورو رپورٹ)", "کوئٹہ (آن لائن)",
                         "راولپنڈی (نامہ نگار)"),
        },
        families=(
            _f("zumra", HEADER, 0.45, (_OLD, "{zumra}")),
            _f("tarikh", HEADER, 0.9, *_by_day(_sn_dated)),
            _f("numainda", HEADER, 0.65, (_OLD, "{numainda}")),
            _f("awqat", HEADER, 0.2, *_daily(_sn_awqat)),
            _f("petrol", HEADER, 0.12, *_by_day(_sn_petrol)),
            _f("yeh-bhi", MIDDLE, 0.4, (_OLD, "یہ بھی پڑھیں: {other_title}")),
            _f("ishtihar", MIDDLE, 0.3, (_OLD, "اشتہار"), count=2),
            _f("file-photo", MIDDLE, 0.15, (_OLD, "(فائل فوٹو)")),
            _f("elan", FOOTER, 0.3, *_sn_elan()),
            _f("rai", FOOTER, 0.1, (_OLD, "ادارے کا کالم نگار کی رائے سے متفق ہونا ضروری "
                                          "نہیں۔")),
            _f("nashir", FOOTER, 0.25, (_OLD, "پرنٹر و پبلشر: شہرنامہ پبلی کیشنز، مطبوعہ "
                                              "شہرنامہ پریس، لاہور")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جملہ حقوق بحق روزنامہ شہرنامہ محفوظ ہیں © "
                                            "{year}")),
            _f("wazahat", HEADER, 0.04, (_OLD, "وضاحت: اس خبر کے پچھلے نسخے میں ایک نام غلط "
                                               "شائع ہوا تھا۔")),
        ),
    )


# --- a Karachi English-language daily -----------------------------------------------------

IC_REDESIGN = dt.date(2017, 3, 23)  # relaunched on Pakistan Day
IC_APP = dt.date(2018, 4, 2)
PSL = ((2016, "2016-02-04", "2016-02-23"), (2017, "2017-02-09", "2017-03-05"),
       (2018, "2018-02-22", "2018-03-25"), (2019, "2019-02-14", "2019-03-17"),
       (2020, "2020-02-20", "2020-03-16"))


def _ic_dated(day: dt.date) -> str:
    if day < IC_REDESIGN:
        return f"Published: {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"Published {WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} "
            f"{day.year}, {{time12}} PKT")


def _ic_print(day: dt.date) -> str:
    return (f"Print edition: The Indus Courier, Karachi, {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}")


def _ic_timings(day: dt.date) -> str:
    t = prayer_times(day, KARACHI)
    fast = fasting_day(day, RAMADAN_PK, FITR_PK)
    if fast is not None:
        hy = hijri(day - ONE)[0]
        return (f"Ramazan {fast}, {hy} AH: Sehr ends {ampm(t['fajr'] - 10)}, Iftar "
                f"{ampm(t['maghrib'])} (Karachi)")
    return (f"Prayer timings (Karachi): Fajr {ampm(t['fajr'])}, Zuhr {ampm(t['dhuhr'])}, "
            f"Asr {ampm(t['asr'])}, Maghrib {ampm(t['maghrib'])}, Isha {ampm(t['isha'])}")


@cache
def _ic_follow() -> Wordings:
    base = _steps((_OLD, "Like The Indus Courier on Facebook and follow us on Twitter"),
                  (IC_APP.isoformat(), "Get The Indus Courier app for Android and iOS"))
    psl = [_span(first, last, f"PSL {y}: live scores, fixtures and points table")
           for y, first, last in PSL]
    news = [
        _span("2018-07-20", "2018-07-30", "Election 2018: live results from all 272 "
                                          "constituencies"),
        _span("2019-05-30", "2019-07-14", "Cricket World Cup 2019: all our coverage"),
        _span("2020-03-15", "2020-07-31", "Coronavirus in Pakistan: live updates and helplines"),
    ]
    islamic = _islamic_events(
        RAMADAN_PK, FITR_PK, ADHA_PK,
        lambda y, hy: f"Ramazan {y}: sehr and iftar timings for your city",
        lambda y, hy: "Eid Mubarak from all of us at The Indus Courier")
    return _calendar(base, news, psl, islamic)


def induscourier_style() -> PublisherStyle:
    """A Karachi English-language daily: a section from a pool, "By" with the writer, the
    agency or desk credit from a pool, the city dateline from a pool, "Published:" with the
    long date turned the short weekday, date and time in PKT on Pakistan Day 2017 (a wording
    per day), the day's prayer timings in Karachi turning into the Ramazan day's sehr and
    iftar (a wording per day), "Read:" (up to twice) and advertisement markers mid-body,
    the print-edition line with the day's date (a wording per day), a follow-us line turned
    an app line and turned by the PSL seasons, the 2018 election, the 2019 World Cup, the
    pandemic, Ramazan and Eid, the views disclaimer, the comments policy and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="induscourier.com.pk", site="The Indus Courier", base_size=170,
        subdomains=(("www.", 100),),
        sections=("pakistan", "business", "sport", "world", "opinion", "karachi"),
        n_authors=12, url_path="/story/{n}/{slug}",
        pools={
            "kicker": ("Pakistan", "Business", "Sport", "World", "Opinion", "Karachi",
                       "Life & Style"),
            "credit": ("Our Correspondent", "APP", "Staff Reporter", "News Desk", "Reuters",
                       "AFP"),
            "city": ("KARACHI", "ISLAMABAD", "LAHORE", "PESHAWAR", "QUETTA", "HYDERABAD"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}")),
            _f("credit", HEADER, 0.25, (_OLD, "{credit}")),
            _f("dated", HEADER, 0.9, *_by_day(_ic_dated)),
            _f("city", HEADER, 0.5, (_OLD, "{city}:")),
            _f("timings", HEADER, 0.15, *_daily(_ic_timings)),
            _f("read", MIDDLE, 0.4, (_OLD, "Read: {other_title}"), count=2),
            _f("ad", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT")),
            _f("print", FOOTER, 0.4, *_daily(_ic_print)),
            _f("follow", FOOTER, 0.3, *_ic_follow()),
            _f("views", FOOTER, 0.15, (_OLD, "The views expressed by the writer and the "
                                             "reader comments do not necessarily reflect the "
                                             "views and policies of The Indus Courier.")),
            _f("comments", FOOTER, 0.25, (_OLD, "Comments are moderated and generally will be "
                                                "posted if they are on-topic and not "
                                                "abusive.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} The Indus Courier")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "story misstated the name of the "
                                                  "district.")),
        ),
    )


# --- a Cairo news portal ------------------------------------------------------------------

BS_REDESIGN = dt.date(2019, 7, 1)
BS_APP = dt.date(2017, 1, 15)
BS_PHOTOGRAPHER = dt.date(2018, 1, 1)
FLOTATION = dt.date(2016, 11, 3)
GOLD_21 = (("2015-01-01", 272.0), ("2015-12-31", 285.0), ("2016-06-30", 380.0),
           ("2016-11-02", 455.0), ("2016-11-03", 560.0), ("2016-12-31", 590.0),
           ("2017-12-31", 615.0), ("2018-12-31", 640.0), ("2019-06-30", 690.0),
           ("2019-12-31", 710.0), ("2020-03-31", 800.0), ("2020-08-07", 930.0),
           ("2020-12-31", 795.0))


def gold_21(day: dt.date) -> int:
    """A gram of 21-carat gold in Egyptian pounds on `day`."""
    return round(trend(day, GOLD_21) * (1 + 0.01 * noise(day, "gold")))


def _bs_dated(day: dt.date) -> str:
    if day < BS_REDESIGN:
        return f"{AR_DAYS[day.weekday()]}، {day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"نُشر {AR_DAYS[day.weekday()]} {day.day} {AR_MONTHS[day.month - 1]} {day.year}"


def _bs_dahab(day: dt.date) -> str:
    return f"سعر جرام الذهب عيار 21 اليوم {AR_DAYS[day.weekday()]}: {gold_21(day)} جنيهاً"


def _bs_mawaqit(day: dt.date) -> str:
    t = prayer_times(day, CAIRO)
    return (f"مواقيت الصلاة في القاهرة اليوم: الفجر {h12(t['fajr'])} - الظهر {h12(t['dhuhr'])}"
            f" - العصر {h12(t['asr'])} - المغرب {h12(t['maghrib'])} - العشاء {h12(t['isha'])}")


@cache
def _bs_banner() -> Wordings:
    base = _steps((_OLD, "تابعوا بوابة الصباح على فيسبوك"),
                  (BS_APP.isoformat(), "حمّل تطبيق بوابة الصباح على أندرويد وآيفون"))
    islamic = _islamic_events(
        RAMADAN_SA, FITR_SA, ADHA_SA,
        lambda y, hy: f"إمساكية رمضان {y}: مواعيد الإفطار والسحور في القاهرة والمحافظات",
        lambda y, hy: "عيد الفطر المبارك: مواعيد صلاة العيد في جميع المحافظات",
        lambda y, hy: "عيد الأضحى المبارك: أسعار الأضاحي ومواعيد صلاة العيد", 2)
    votes = [
        _span("2015-10-15", "2015-10-20", "انتخابات مجلس النواب 2015: المرحلة الأولى"),
        _span("2015-11-20", "2015-11-25", "انتخابات مجلس النواب 2015: المرحلة الثانية"),
        _span("2018-03-24", "2018-04-02", "الانتخابات الرئاسية 2018: تابع النتائج أولاً بأول"),
        _span("2019-04-18", "2019-04-23", "الاستفتاء على التعديلات الدستورية: لجنتك فين؟"),
        _span("2020-08-09", "2020-08-13", "انتخابات مجلس الشيوخ 2020: تعرف على لجنتك"),
    ]
    news = [
        _span("2016-11-03", "2016-11-10", "تحرير سعر الصرف: كل ما تريد معرفته عن قرار البنك "
                                          "المركزي"),
        _span("2019-06-21", "2019-07-19", "أمم أفريقيا 2019 في مصر: جدول المباريات والنتائج"),
        _span("2020-03-14", "2020-06-30", "فيروس كورونا في مصر: آخر الأرقام وأرقام الطوارئ"),
    ]
    return _calendar(base, news, votes, islamic)


def bawabatalsabah_style() -> PublisherStyle:
    """A Cairo news portal: a section from a pool, "Written by:" turned the writer and the
    photographer from a pool, the weekday and numeric date with the time turned the weekday
    and long date on 1 July 2019 (a wording per day), the day's prayer times in Cairo (a
    wording per day), the day's price of 21-carat gold (a wording per day, jumping with the
    November 2016 flotation), "Read also:" (up to three times), "Watch |" and advertisement
    markers mid-body, a follow-us line turned an app line and turned by Ramadan's imsakiya,
    the Eids, the flotation, the votes of 2015, 2018, 2019 and 2020, the 2019 Africa Cup and
    the pandemic, the comments disclaimer and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="bawabatalsabah.com", site="بوابة الصباح", base_size=140,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("egypt", "accidents", "sport", "economy", "art", "governorates"),
        n_authors=14, url_path="/{section}/{n}",
        pools={
            "qism": ("أخبار مصر", "حوادث", "رياضة", "اقتصاد", "فن", "محافظات"),
            "musawir": ("أحمد رمضان", "محمود شعبان", "مصطفى الشيمي", "هبة خليفة"),
        },
        families=(
            _f("qism", HEADER, 0.45, (_OLD, "{qism}")),
            _f("katab", HEADER, 0.7, (_OLD, "كتب: {author}"),
               (BS_PHOTOGRAPHER.isoformat(), "كتب: {author} - تصوير: {musawir}")),
            _f("tarikh", HEADER, 0.9, *_by_day(_bs_dated)),
            _f("mawaqit", HEADER, 0.12, *_daily(_bs_mawaqit)),
            _f("dahab", HEADER, 0.15, *_daily(_bs_dahab)),
            _f("iqra", MIDDLE, 0.4, (_OLD, "اقرأ أيضا: {other_title}"), count=3),
            _f("shahid", MIDDLE, 0.12, (_OLD, "شاهد | {other_title}")),
            _f("ilan", MIDDLE, 0.3, (_OLD, "إعلان")),
            _f("banner", FOOTER, 0.3, *_bs_banner()),
            _f("taliqat", FOOTER, 0.2, (_OLD, "التعليقات المنشورة تعبر عن آراء أصحابها ولا "
                                              "تعبر عن رأي الموقع.")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جميع الحقوق محفوظة لبوابة الصباح © {year}")),
            _f("tashih", HEADER, 0.04, (_OLD, "تنويه: تم تعديل الخبر لتصحيح اسم المحافظة.")),
        ),
    )


# --- a Doha daily -------------------------------------------------------------------------

SH_REDESIGN = dt.date(2018, 12, 18)  # relaunched on National Day
SH_APP = dt.date(2019, 3, 1)
WORLD_CUP = dt.date(2022, 11, 21)
COUNTDOWN = dt.date(2017, 11, 21)  # five years to go
FUEL_REFORM = dt.date(2016, 1, 15)
FUEL_MONTHLY = dt.date(2016, 6, 1)
FUEL = (("2016-06-01", 1.30), ("2017-01-01", 1.50), ("2017-06-01", 1.45), ("2018-01-01", 1.75),
        ("2018-10-01", 2.10), ("2019-01-01", 1.85), ("2019-06-01", 2.05), ("2019-12-01", 1.95),
        ("2020-04-01", 1.30), ("2020-06-01", 1.10), ("2020-12-01", 1.35))


def qatar_fuel(day: dt.date) -> tuple[str, str, str]:
    """Super, premium and diesel in riyals a litre (set monthly from June 2016)."""
    if day < FUEL_REFORM:
        return "1.00", "0.85", "1.50"
    if day < FUEL_MONTHLY:
        return "1.30", "1.15", "1.40"
    month = day.replace(day=1)
    sup = round(trend(month, FUEL) * (1 + 0.03 * noise(month, "fuel")) * 20) / 20
    return f"{sup:.2f}", f"{sup - 0.10:.2f}", f"{sup - 0.05 + 0.05 * (month.month % 2):.2f}"


def _sh_dated(day: dt.date) -> str:
    hy, hm, hd = hijri(day)
    if day < SH_REDESIGN:
        return (f"{AR_DAYS[day.weekday()]} {ar(hd)} {HIJRI_AR[hm - 1]} {ar(hy)} هـ - "
                f"{ar(day.day)} {AR_MONTHS[day.month - 1]} {ar(day.year)} م")
    return (f"الدوحة - {AR_DAYS[day.weekday()]} {ar(day.day)} {AR_MONTHS[day.month - 1]} "
            f"{ar(day.year)} | {ar(hd)} {HIJRI_AR[hm - 1]} {ar(hy)}")


def _sh_mawaqit(day: dt.date) -> str:
    fast = fasting_day(day, RAMADAN_SA, FITR_SA)
    t = prayer_times(day, DOHA, fast is not None)
    return (f"مواقيت الصلاة في الدوحة: الفجر {ar(h12(t['fajr']))} | الشروق "
            f"{ar(h12(t['sunrise']))} | الظهر {ar(h12(t['dhuhr']))} | العصر "
            f"{ar(h12(t['asr']))} | المغرب {ar(h12(t['maghrib']))} | العشاء "
            f"{ar(h12(t['isha']))}")


def _sh_countdown(day: dt.date) -> str:
    if day < COUNTDOWN:
        return "كأس العالم FIFA قطر ٢٠٢٢: الطريق إلى المونديال"
    return f"يتبقى {ar((WORLD_CUP - day).days)} يوماً على انطلاق كأس العالم FIFA قطر ٢٠٢٢"


def _sh_waqud(day: dt.date) -> str:
    sup, premium, diesel = (ar(v) for v in qatar_fuel(day))
    month = AR_MONTHS[day.month - 1]
    return (f"أسعار الوقود لشهر {month}: السوبر {sup} ريال، الممتاز {premium} ريال، الديزل "
            f"{diesel} ريال")


@cache
def _sh_banner() -> Wordings:
    base = _steps((_OLD, "تابعوا «الساحل» على تويتر وإنستغرام"),
                  (SH_APP.isoformat(), "حمّلوا تطبيق «الساحل» واحصلوا على الأخبار العاجلة "
                                       "أولاً بأول"))
    islamic = _islamic_events(
        RAMADAN_SA, FITR_SA, ADHA_SA,
        lambda y, hy: f"رمضان كريم | الساحل الرمضاني {ar(hy)}",
        lambda y, hy: "عيدكم مبارك | إجازة العيد ومواعيد عمل الجهات الحكومية",
        lambda y, hy: "عيد الأضحى المبارك | مواعيد صلاة العيد في مصليات الدولة", 2)
    national = _yearly("12-18", 8, 0, lambda y: f"اليوم الوطني {ar(y)} | احتفالات الدولة في "
                                               f"درب الساعة")
    sport = _movable(lambda y: nth_weekday(y, 2, 1, 2), 2, 0,
                     lambda y: f"اليوم الرياضي للدولة {ar(y)}")
    corona = [_span("2020-03-09", "2020-07-31", "فيروس كورونا | الإرشادات الرسمية وأرقام "
                                                "الاتصال بالجهات الصحية")]
    return _calendar(base, corona, islamic, national, sport)


def alsahel_style() -> PublisherStyle:
    """A Doha daily (in Arabic, with Arabic-Indic digits): a section from a pool, the
    weekday and the Hijri and Gregorian dates turned "Doha -" and Gregorian first on National
    Day 2018 (a wording per day), the place and source credit from a pool, the day's prayer
    times in Doha (nightfall later in Ramadan; a wording per day), the World Cup countdown
    from five years to go (a wording per day), "Read also.." and advertisement markers and
    a photographer credit mid-body, the month's fuel prices (fixed, raised in January 2016,
    monthly from June 2016), a follow-us line turned an app line and turned by Ramadan, the
    Eids, National Day, Sport Day and the pandemic, the subscriptions line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="alsaheldaily.qa", site="الساحل", base_size=110,
        subdomains=(("www.", 100),),
        sections=("local", "gulf", "arab-international", "economy", "sport", "variety"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "qism": ("محليات", "الخليج", "عربي ودولي", "اقتصاد", "رياضة", "منوعات"),
            "masdar": ("الدوحة - «الساحل»", "الدوحة - قنا", "عواصم - وكالات",
                       "الدوحة - «الساحل» - خاص"),
            "musawir": ("عمرو السيد", "محمد الهاشمي", "ياسر بخيت", "الساحل"),
        },
        families=(
            _f("qism", HEADER, 0.45, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.9, *_by_day(_sh_dated)),
            _f("masdar", HEADER, 0.55, (_OLD, "{masdar}")),
            _f("mawaqit", HEADER, 0.2, *_daily(_sh_mawaqit)),
            _f("mundial", HEADER, 0.15, *_by_day(_sh_countdown)),
            _f("iqra", MIDDLE, 0.35, (_OLD, "اقرأ أيضاً.. {other_title}")),
            _f("ilan", MIDDLE, 0.25, (_OLD, "إعلان"), count=2),
            _f("sura", MIDDLE, 0.2, (_OLD, "(تصوير: {musawir})")),
            _f("waqud", FOOTER, 0.12, *_by_day(_sh_waqud)),
            _f("banner", FOOTER, 0.3, *_sh_banner()),
            _f("ishtirak", FOOTER, 0.2, (_OLD, "للاشتراك والتوزيع: ٤٤٦٦٠٠٠٠ - فاكس: "
                                               "٤٤٦٦٠١١١")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جميع الحقوق محفوظة © {year} دار الساحل للصحافة "
                                            "والطباعة والنشر")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصويب: ورد اسم الوزارة خطأً في نسخة سابقة من "
                                              "هذا الخبر.")),
        ),
    )


# --- a Kabul Pashto news site -------------------------------------------------------------

SP_REDESIGN = dt.date(2019, 3, 21)  # relaunched on 1 Hamal 1398
SP_YOUTUBE = dt.date(2018, 1, 1)


def _sp_dated(day: dt.date) -> str:
    y, m, d = shamsi(day)
    if day < SP_REDESIGN:
        return f"د {fa(y)} لمریز کال د {PS_MONTHS[m - 1]} {fa(d)}مه"
    return (f"{PS_DAYS[day.weekday()]}، {fa(d)} {PS_MONTHS[m - 1]} {fa(y)} - {fa(day.day)} "
            f"{PS_GREGORIAN[day.month - 1]} {fa(day.year)}")


def _sp_wakhtuna(day: dt.date) -> str:
    t = prayer_times(day, KABUL)
    return (f"د کابل د لمانځه وختونه: سهار {fa(h12(t['fajr']))}، ماسپښین {fa(h12(t['dhuhr']))}،"
            f" مازدیګر {fa(h12(t['asr']))}، ماښام {fa(h12(t['maghrib']))}، ماسختن "
            f"{fa(h12(t['isha']))}")


def _sp_haq(day: dt.date) -> str:
    return f"ټول حقونه خوندي دي © {fa(shamsi(day)[0])} سپوږمۍ"


@cache
def _sp_banner() -> Wordings:
    base = _steps((_OLD, "موږ په فېسبوک کې تعقیب کړئ"),
                  (SP_YOUTUBE.isoformat(), "زموږ یوټیوب چینل ته ګډون وکړئ"))
    islamic = _islamic_events(
        RAMADAN_SA, FITR_SA, ADHA_SA,
        lambda y, hy: "د روژې مبارکه میاشت مو مبارک شه",
        lambda y, hy: "کوچنی اختر مو مبارک شه",
        lambda y, hy: "لوی اختر مو مبارک شه", 1)
    azadi = _yearly("08-19", 2, 0, lambda y: f"د هېواد د خپلواکۍ {fa(y - 1919)}مه کالیزه مو "
                                             f"مبارک شه")
    nowruz = [(NOWRUZ[sy] - ONE, NOWRUZ[sy] + 2 * ONE, f"نوی لمریز کال {fa(sy)} مو مبارک شه")
              for sy in range(1394, 1400)]
    news = [
        _span("2018-10-18", "2018-10-28", "ولسي جرګې ټاکنې ۱۳۹۷: ګړۍ په ګړۍ پایلې"),
        _span("2019-09-26", "2019-10-06", "ولسمشریزې ټاکنې ۱۳۹۸: ګړۍ په ګړۍ خبرونه"),
        _span("2020-03-22", "2020-06-30", "کرونا ویروس: په کور کې پاتې شئ او خپل لاسونه "
                                          "ومینځئ"),
    ]
    return _calendar(base, news, islamic, azadi, nowruz)


def spogmai_style() -> PublisherStyle:
    """A Kabul Pashto news site: the Solar Hijri date in Pashto month names and Persian digits,
    turned the weekday and both calendars on 1 Hamal 1398 (a wording per day), the writer,
    the source from a pool, the place credit from a pool, the day's prayer times in Kabul (a
    wording per day), "Read this too:", advertisement markers and a photo credit mid-body, a
    follow-us line turned YouTube and turned by Ramadan, the Eids, Independence Day with its
    anniversary, the new solar year, the 2018 and 2019 elections and the pandemic, the
    reuse notice and the copyright line with the Solar Hijri year (turning at the new year;
    a block), a rare correction."""
    return PublisherStyle(
        domain="spogmainews.af", site="سپوږمۍ", base_size=90,
        subdomains=(("www.", 80), ("", 20)),
        sections=("afghanistan", "world", "economy", "sport", "culture"),
        n_authors=6, url_path="/ps/{section}/{n}",
        pools={
            "sarchina": ("باختر", "پژواک", "سپوږمۍ", "ځايي رسنۍ", "ټولنیزې رسنۍ"),
            "makan": ("کابل", "کندهار", "ننګرهار", "هلمند", "خوست", "کندز", "پکتیا"),
            "anzor": ("سپوږمۍ", "ارشیف", "ټولنیزې رسنۍ", "ای اف پي"),
        },
        families=(
            _f("neta", HEADER, 0.85, *_by_day(_sp_dated)),
            _f("likwal", HEADER, 0.45, (_OLD, "لیکوال: {author}")),
            _f("sarchina", HEADER, 0.3, (_OLD, "سرچینه: {sarchina}")),
            _f("makan", HEADER, 0.45, (_OLD, "{makan} (سپوږمۍ):")),
            _f("wakhtuna", HEADER, 0.12, *_daily(_sp_wakhtuna)),
            _f("lolai", MIDDLE, 0.35, (_OLD, "دا هم ولولئ: {other_title}")),
            _f("elan", MIDDLE, 0.25, (_OLD, "اعلان")),
            _f("anzor", MIDDLE, 0.15, (_OLD, "انځور: {anzor}")),
            _f("banner", FOOTER, 0.3, *_sp_banner()),
            _f("kapi", FOOTER, 0.2, (_OLD, "د دې خبر د خپرولو پر مهال د سرچینې یادول اړین "
                                           "دي.")),
            _f("haq", FOOTER, 0.4, *_by_day(_sp_haq)),
            _f("samun", HEADER, 0.04, (_OLD, "سمون: د دې خبر په پخواني متن کې د ولسوالۍ نوم "
                                             "ناسم لیکل شوی و.")),
        ),
    )


# --- a London Persian diaspora site -------------------------------------------------------

TZ_REDESIGN = dt.date(2019, 1, 21)
TZ_DONATION = (("2000-01-01", "۳ پوند"), ("2017-09-01", "۵ پوند"), ("2020-04-01", "۶ پوند"))
TZ_INSTAGRAM = dt.date(2018, 4, 30)


def _tz_dated(day: dt.date) -> str:
    y, m, d = shamsi(day)
    greg = f"{fa(day.day)} {FA_GREGORIAN[day.month - 1]} {fa(day.year)}"
    if day < TZ_REDESIGN:
        return f"{FA_DAYS[day.weekday()]} {fa(d)} {FA_MONTHS[m - 1]} {fa(y)} برابر با {greg}"
    return f"{fa(d)} {FA_MONTHS[m - 1]} {fa(y)} - {greg}"


def _tz_hemayat(amount: str) -> str:
    return (f"ترازو رسانه‌ای مستقل است و به کمک خوانندگانش زنده است. با ماهی {amount} از ما "
            f"حمایت کنید.")


@cache
def _tz_banner() -> Wordings:
    base = _steps((_OLD, "ترازو را در تلگرام دنبال کنید"),
                  (TZ_INSTAGRAM.isoformat(), "ترازو را در اینستاگرام و توییتر دنبال کنید"))
    nowruz = [(NOWRUZ[sy] - 3 * ONE, NOWRUZ[sy] + 4 * ONE, f"نوروز {fa(sy)} پیروز")
              for sy in range(1394, 1400)]
    yalda = _yearly("12-21", 1, 0, lambda y: "یلدای شما خجسته")
    news = [
        _span("2017-12-28", "2018-01-12", "اعتراضات سراسری در ایران: گزارش لحظه به لحظه"),
        _span("2019-11-15", "2019-11-30", "اعتراضات آبان و قطع اینترنت در ایران: پوشش ویژه"),
        _span("2020-01-08", "2020-01-20", "سرنگونی پرواز ۷۵۲ اوکراینی: همه آنچه می‌دانیم"),
        _span("2020-02-21", "2020-06-30", "کرونا در ایران و جهان: آخرین آمارها"),
    ]
    votes = [
        _span("2016-02-24", "2016-02-28", "انتخابات مجلس و خبرگان: پوشش ویژه"),
        _span("2017-05-17", "2017-05-21", "انتخابات ریاست جمهوری: پوشش ویژه"),
    ]
    return _calendar(base, news, votes, nowruz, yalda)


def tarazoo_style() -> PublisherStyle:
    """A London Persian diaspora site: the weekday and the Solar Hijri date "equal to" the
    Gregorian one in Persian, turned both dates without the weekday on 21 January 2019 (a
    wording per day), the writer with a beat from a pool, "Read more:" and a photo credit
    from a pool mid-body, a follow-us line moved from Telegram to Instagram when Telegram
    was filtered and turned by Nowruz, Yalda, the 2017-18 and November 2019 protests, flight
    PS752, the 2016 and 2017 votes and the pandemic, an opinion disclaimer, the donation
    appeal with its monthly amount (raised in 2017 and 2020), the tips line, the company line
    (in English) and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="tarazoo.co.uk", site="ترازو", base_size=80,
        subdomains=(("www.", 100),),
        sections=("iran", "world", "economy", "society", "culture", "opinion"),
        n_authors=7, url_path="/{section}/{yyyy}{mm}{dd}-{n}",
        pools={
            "beat": ("خبرنگار ترازو", "سردبیر", "ستون‌نویس", "تحلیلگر اقتصادی"),
            "aks": ("رویترز", "گتی ایمیجز", "شبکه‌های اجتماعی", "ترازو", "ای‌اف‌پی"),
        },
        families=(
            _f("tarikh", HEADER, 0.9, *_by_day(_tz_dated)),
            _f("nevisande", HEADER, 0.55, (_OLD, "نویسنده: {author}"),
               (TZ_REDESIGN.isoformat(), "{author}، {author_beat}")),
            _f("bishtar", MIDDLE, 0.35, (_OLD, "بیشتر بخوانید: {other_title}")),
            _f("aks", MIDDLE, 0.25, (_OLD, "عکس: {aks}")),
            _f("banner", HEADER, 0.25, *_tz_banner()),
            _f("didgah", FOOTER, 0.15, (_OLD, "دیدگاه‌های مطرح‌شده در این یادداشت لزوماً "
                                              "دیدگاه ترازو نیست.")),
            _f("hemayat", FOOTER, 0.3, *((start, _tz_hemayat(amount))
                                         for start, amount in TZ_DONATION)),
            _f("tamas", FOOTER, 0.15, (_OLD, "خبر، عکس یا ویدیویی دارید؟ برای ما بفرستید: "
                                             "news@tarazoo.co.uk")),
            _f("company", FOOTER, 0.2, (_OLD, "Tarazoo Media Ltd is registered in England and "
                                              "Wales, company number 09381726.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} ترازو. همه حقوق محفوظ است.")),
            _f("eslah", HEADER, 0.04, (_OLD, "اصلاح: در نسخه پیشین این گزارش نام یکی از "
                                             "شهرها اشتباه آمده بود.")),
        ),
    )


# --- a Riyadh business portal -------------------------------------------------------------

IQ_GREGORIAN_FIRST = dt.date(2016, 10, 2)  # the state's payroll moved to the Gregorian year
VAT = (("2000-01-01", ""), ("2018-01-01", "5"), ("2020-07-01", "15"))
TASI = (("2015-01-01", 8330.0), ("2015-04-28", 9830.0), ("2015-08-24", 6920.0),
        ("2015-12-31", 6910.0), ("2016-01-21", 5520.0), ("2016-10-04", 5420.0),
        ("2016-12-29", 7210.0), ("2017-12-31", 7230.0), ("2018-05-15", 8360.0),
        ("2018-12-31", 7830.0), ("2019-05-01", 9290.0), ("2019-08-25", 8270.0),
        ("2019-12-31", 8390.0), ("2020-03-16", 5960.0), ("2020-06-30", 7220.0),
        ("2020-12-31", 8690.0))
BUDGET_DAYS = ("2015-12-28", "2016-12-22", "2017-12-19", "2018-12-18", "2019-12-09",
               "2020-12-15")
ARAMCO = (dt.date(2019, 11, 17), dt.date(2019, 12, 11))  # subscription opens; first trade


def trading_day(day: dt.date) -> bool:
    """Whether the Riyadh exchange trades on `day` (Sunday to Thursday)."""
    return day.weekday() not in (4, 5)


def last_session(day: dt.date) -> dt.date:
    while not trading_day(day):
        day -= ONE
    return day


def tasi_close(day: dt.date) -> float:
    return round(trend(day, TASI) * (1 + 0.008 * noise(day, "tasi")), 2)


def _iq_tasi(day: dt.date) -> str:
    session = last_session(day)
    before = last_session(session - ONE)
    now, change = tasi_close(session), tasi_close(session) / tasi_close(before) - 1
    return (f"تاسي: أغلق المؤشر العام جلسة {AR_DAYS[session.weekday()]} {session.day}/"
            f"{session.month} عند {now:,.2f} نقطة ({change * 100:+.2f}%)")


def _iq_dated(day: dt.date) -> str:
    hy, hm, hd = hijri(day)
    h = f"{hd} {HIJRI_AR[hm - 1]} {hy} هـ"
    g = f"{day.day} {AR_MONTHS[day.month - 1]} {day.year} م"
    if day < IQ_GREGORIAN_FIRST:
        return f"{AR_DAYS[day.weekday()]} {h} الموافق {g}"
    return f"{AR_DAYS[day.weekday()]} {g} الموافق {h}"


def _iq_vat(rate: str) -> str:
    if not rate:
        return "الأسعار الواردة في الخبر لا تشمل الرسوم والضرائب."
    return f"الأسعار الواردة في الخبر تشمل ضريبة القيمة المضافة بنسبة {rate}%."


@cache
def _iq_banner() -> Wordings:
    base = _steps((_OLD, "اشترك في نشرة اقتصادنا اليومية"),
                  ("2018-09-01", "نشرة اقتصادنا: ملخص الأسواق في بريدك قبل افتتاح تداول"))
    budgets = [(iso_day(day, -2), iso_day(day, 2), f"ميزانية {int(day[:4]) + 1}: الأرقام "
                                                   f"والتحليلات لحظة بلحظة")
               for day in BUDGET_DAYS]
    ramadan = [(iso_day(RAMADAN_SA[y]), iso_day(FITR_SA[y]), "ساعات التداول في رمضان: من "
                                                             "10 صباحاً حتى 1 ظهراً")
               for y in YEARS]
    national = _yearly("09-23", 2, 0, lambda y: f"اليوم الوطني {y - 1932}: إجازة للقطاعين العام "
                                                f"والخاص")
    news = [
        (ARAMCO[0], ARAMCO[1] + 3 * ONE, "طرح أرامكو: كل ما يحتاجه المكتتب الفرد"),
        _span("2017-12-24", "2018-01-03", "ضريبة القيمة المضافة: دليلك قبل بدء التطبيق"),
        _span("2020-06-24", "2020-07-03", "رفع ضريبة القيمة المضافة إلى 15%: ما الذي يتغير؟"),
        _span("2020-03-15", "2020-06-10", "كورونا والأسواق: متابعة يومية"),
    ]
    return _calendar(base, budgets, news, national, ramadan)


def iqtisadona_style() -> PublisherStyle:
    """A Riyadh business portal: a section from a pool, the weekday with the Hijri date
    "corresponding to" the Gregorian one, turned Gregorian first when the state's payroll
    moved to the Gregorian year (a wording per day), the writer, the main index's last close
    and change (turning every trading day, Sunday to Thursday), "Read more:" and an ad-space
    marker mid-body, a prices line that names VAT when it came in (5%) and when it tripled
    (15%), the investment disclaimer, a newsletter banner reworded and turned by the budget
    days, National Day with its number, Ramadan's trading hours, Aramco's listing, the VAT
    changes and the pandemic, the contact line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="iqtisadona.com.sa", site="اقتصادنا", base_size=70,
        subdomains=(("www.", 100),),
        sections=("markets", "real-estate", "energy", "companies", "banks", "macro"),
        n_authors=6, url_path="/article/{n}",
        pools={"qism": ("أسواق", "عقار", "طاقة", "شركات", "بنوك", "اقتصاد كلي")},
        families=(
            _f("qism", HEADER, 0.45, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.9, *_by_day(_iq_dated)),
            _f("katib", HEADER, 0.4, (_OLD, "{author} - الرياض")),
            _f("tasi", HEADER, 0.25, *_by_day(_iq_tasi)),
            _f("iqra", MIDDLE, 0.35, (_OLD, "اقرأ المزيد: {other_title}")),
            _f("ilan", MIDDLE, 0.25, (_OLD, "مساحة إعلانية")),
            _f("daraib", FOOTER, 0.15, *((start, _iq_vat(rate)) for start, rate in VAT)),
            _f("tanwih", FOOTER, 0.35, (_OLD, "إخلاء مسؤولية: المعلومات الواردة لأغراض "
                                              "إعلامية فقط ولا تُعد توصية بالشراء أو البيع.")),
            _f("nashra", FOOTER, 0.25, *_iq_banner()),
            _f("tawasul", FOOTER, 0.2, (_OLD, "للتواصل مع التحرير: editor@iqtisadona.com.sa")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جميع الحقوق محفوظة لـ«اقتصادنا» © {year}")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: عُدّل رقم صافي الربح الوارد في الخبر.")),
        ),
    )


# --- a Kabul news agency's English wire ---------------------------------------------------

HK_REDESIGN = dt.date(2019, 3, 21)
HK_WIRE = (("2000-01-01", "USD 150"), ("2018-01-01", "USD 180"))
HK_WHATSAPP = dt.date(2017, 6, 1)


def _hk_dated(day: dt.date) -> str:
    y, m, d = shamsi(day)
    if day < HK_REDESIGN:
        return (f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} / "
                f"{AFGHAN_MONTHS[m - 1]} {d}, {y}")
    return f"{AFGHAN_MONTHS[m - 1]} {d}, {y} SH ({MONTHS[day.month - 1]} {day.day}, {day.year})"


@cache
def _hk_follow() -> Wordings:
    base = _steps((_OLD, "Follow Hindukush Press on Twitter and Facebook"),
                  (HK_WHATSAPP.isoformat(), "Get Hindukush Press headlines on WhatsApp and "
                                            "Telegram"))
    independence = _yearly("08-19", 1, 0, lambda y: f"Afghanistan marks {y - 1919} years of "
                                                    f"independence")
    news = [
        _span("2018-10-19", "2018-10-30", "Parliamentary elections: results as they come in"),
        _span("2019-09-27", "2019-10-10", "Presidential election 2019: live coverage"),
        _span("2020-02-29", "2020-03-10", "US-Taliban agreement signed in Doha: full "
                                          "coverage"),
        _span("2020-09-12", "2020-09-30", "Intra-Afghan talks in Doha: day by day"),
        _span("2020-03-24", "2020-06-30", "COVID-19 in Afghanistan: cases by province"),
    ]
    return _calendar(base, news, independence)


def hindukush_style() -> PublisherStyle:
    """A Kabul news agency's English wire: the city dateline with the agency's name from a
    pool, the weekday and Gregorian date beside the Solar Hijri one in Afghan month names,
    turned Solar Hijri first on 1 Hamal 1398 (a wording per day), "By", a line pointing to the
    Dari version, "Related:" and a photo credit from a pool mid-body, a follow-us line
    reworded and turned by Independence Day, the 2018 and 2019 elections, the Doha agreement,
    the intra-Afghan talks and the pandemic, the wire's monthly rate (raised in 2018), the
    newsroom contact and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="hindukushpress.af", site="Hindukush Press", base_size=55,
        subdomains=(("www.", 70), ("en.", 30)),
        sections=("afghanistan", "region", "economy", "security"),
        n_authors=4, url_path="/en/{section}/{n}",
        pools={
            "city": ("KABUL", "KANDAHAR", "HERAT", "MAZAR-I-SHARIF", "JALALABAD", "KUNDUZ"),
            "photo": ("Hindukush Press", "File photo", "Social media", "Presidential Palace "
                                                                      "handout"),
        },
        families=(
            _f("dateline", HEADER, 0.6, (_OLD, "{city} (Hindukush Press) –")),
            _f("dated", HEADER, 0.9, *_by_day(_hk_dated)),
            _f("byline", HEADER, 0.35, (_OLD, "By {author}")),
            _f("dari", HEADER, 0.15, (_OLD, "این خبر به زبان دری نیز در دسترس است")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("follow", FOOTER, 0.3, *_hk_follow()),
            _f("wire", FOOTER, 0.12, *((start, f"Subscribe to the Hindukush Press English wire "
                                               f"from {rate} a month.")
                                       for start, rate in HK_WIRE)),
            _f("contact", FOOTER, 0.25, (_OLD, "Newsroom: +93 20 210 4455 · "
                                               "news@hindukushpress.af")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Hindukush Press. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "report gave the wrong district.")),
        ),
    )


# --- a Bradford Urdu and English community weekly -----------------------------------------

AB_REDESIGN = dt.date(2018, 5, 17)  # relaunched on the first day of Ramadan 1439
AB_ONLINE = dt.date(2018, 9, 6)
AB_CLASSIFIEDS = (("2000-01-01", "£15"), ("2018-01-01", "£20"))


def _ab_dated(day: dt.date) -> str:
    if day < AB_REDESIGN:
        return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
    hy, hm, hd = hijri(day)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} | {hd} {HIJRI_EN[hm - 1]} {hy}"


def _ab_salah(day: dt.date) -> str:
    fast = fasting_day(day, RAMADAN_SA, FITR_SA)
    t = prayer_times(day, BRADFORD)
    if fast is not None:
        return (f"Ramadan day {fast} in Bradford: Sehri ends {hhmm(t['fajr'])}, Iftar "
                f"{hhmm(t['maghrib'])}")
    return (f"Bradford prayer times today: Fajr {hhmm(t['fajr'])} · Sunrise "
            f"{hhmm(t['sunrise'])} · Zuhr {hhmm(t['dhuhr'])} · Asr {hhmm(t['asr'])} · "
            f"Maghrib {hhmm(t['maghrib'])} · Isha {hhmm(t['isha'])}")


def _ab_jummah(day: dt.date) -> str:
    return ("Jummah at Manningham Central Masjid: 1:45pm (British Summer Time)"
            if uk_summer(day) else "Jummah at Manningham Central Masjid: 12:45pm (GMT)")


@cache
def _ab_banner() -> Wordings:
    base = _steps((_OLD, "Pick up your free copy of Awaz Bradford every Thursday"),
                  (AB_ONLINE.isoformat(), "Awaz Bradford: free every Thursday, online every "
                                            "day"))
    islamic = _islamic_events(
        RAMADAN_SA, FITR_SA, ADHA_SA,
        lambda y, hy: f"Ramadan Mubarak: our {y} Bradford timetable is inside this week's "
                      f"paper",
        lambda y, hy: "Eid Mubarak from everyone at Awaz Bradford",
        lambda y, hy: "Eid al-Adha Mubarak: book your qurbani before Arafah", 6)
    votes = [
        _span("2015-04-13", "2015-05-07", "General election 2015: make sure you are "
                                          "registered to vote"),
        _span("2016-06-01", "2016-06-23", "EU referendum: have your say on 23 June"),
        _span("2017-05-15", "2017-06-08", "General election 2017: polling day is 8 June"),
        _span("2019-11-18", "2019-12-12", "General election 2019: polling day is 12 "
                                          "December"),
    ]
    covid = [_span("2020-03-23", "2020-07-31", "Coronavirus: mosques closed, pray at home and "
                                               "stay safe")]
    return _calendar(base, covid, votes, islamic)


def awazbradford_style() -> PublisherStyle:
    """A Bradford Urdu and English community weekly: the weekday and date turned the date with
    the Hijri one on the first day of Ramadan 2018 (a wording per day), "By", an Urdu kicker
    from a pool, the day's Bradford prayer times turning into the Ramadan day's sehri and
    iftar times (a wording per day, BST and GMT), "Also read:" in Urdu and advertisement
    markers mid-body, the Jummah time changing with the clocks, a free-copy banner reworded
    and turned by Ramadan, the Eids, the votes of 2015-2019 and the pandemic, the classified
    rates (raised in 2018) and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="awazbradford.co.uk", site="Awaz Bradford", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "community", "pakistan", "kashmir", "sport"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={"kicker": ("خبریں", "کمیونٹی", "پاکستان", "کشمیر", "کھیل")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_ab_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}")),
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("salah", HEADER, 0.2, *_daily(_ab_salah)),
            _f("yeh-bhi", MIDDLE, 0.3, (_OLD, "یہ بھی پڑھیں: {other_title}")),
            _f("ad", MIDDLE, 0.3, (_OLD, "Advertisement")),
            _f("jummah", FOOTER, 0.15, *_by_day(_ab_jummah)),
            _f("banner", FOOTER, 0.3, *_ab_banner()),
            _f("classifieds", FOOTER, 0.25, *((start, f"To advertise call 01274 555 820. "
                                                      f"Classifieds from {price} a week.")
                                              for start, price in AB_CLASSIFIEDS)),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Awaz Media Ltd, Bradford")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last week's report gave the "
                                                  "wrong date for the community iftar.")),
        ),
    )


# --- a Dearborn Arab-American weekly ------------------------------------------------------

CW_REDESIGN = dt.date(2019, 9, 5)
CW_PAUSED = dt.date(2020, 3, 26)
CW_DELIVERY = (("2000-01-01", "$45"), ("2018-01-01", "$50"), ("2020-01-01", "$55"))
US_VOTES = ("2016-03-08", "2016-11-08", "2018-08-07", "2018-11-06", "2020-03-10",
            "2020-08-04", "2020-11-03")


def _cw_dated(day: dt.date) -> str:
    if day < CW_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    hy, hm, hd = hijri(day)
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} | "
            f"{hd} {HIJRI_EN[hm - 1]} {hy}")


def _cw_times(day: dt.date) -> str:
    fast = fasting_day(day, RAMADAN_SA, FITR_SA)
    t = prayer_times(day, DEARBORN)
    if fast is not None:
        return (f"Ramadan Day {fast}: Imsak {h12(t['fajr'] - 10)} am, Iftar "
                f"{h12(t['maghrib'])} pm (Dearborn)")
    return (f"Dearborn prayer times: Fajr {h12(t['fajr'])} am · Dhuhr {h12(t['dhuhr'])} pm · "
            f"Asr {h12(t['asr'])} pm · Maghrib {h12(t['maghrib'])} pm · Isha "
            f"{h12(t['isha'])} pm")


@cache
def _cw_banner() -> Wordings:
    base = _steps((_OLD, "Pick up the Crescent Weekly free every Thursday in Dearborn and "
                         "Detroit"),
                  (CW_PAUSED.isoformat(), "Our print edition is paused: read the Crescent "
                                          "Weekly online every day"))
    votes = [(iso_day(day, -7), iso_day(day, 1), f"Election Day is {MONTHS[int(day[5:7]) - 1]} "
                                                  f"{int(day[8:])}: find your polling place")
             for day in US_VOTES]
    islamic = _islamic_events(
        RAMADAN_SA, FITR_SA, ADHA_SA,
        lambda y, hy: f"Ramadan Kareem: the {y} Dearborn prayer calendar is in this week's "
                      f"edition",
        lambda y, hy: "Eid Mubarak from the Crescent Weekly family")
    heritage = _yearly("04-15", 14, 15, lambda y: f"April {y} is Arab American Heritage "
                                                  f"Month", years=range(2017, 2021))
    return _calendar(base, votes, islamic, heritage)


def crescentweekly_style() -> PublisherStyle:
    """A Dearborn Arab-American weekly: the date turned the weekday, date and Hijri date on 5
    September 2019 (a wording per day), "By", an Arabic kicker from a pool, the day's
    prayer times in Dearborn turning into the Ramadan day's imsak and iftar (a wording per
    day, with American daylight time), "RELATED:" and advertisement markers mid-body, a
    free-copy banner turned online when print paused in 2020 and turned by the 2016-2020
    primaries and elections, Ramadan, Eid and Arab American Heritage Month, the home
    delivery price (raised in 2018 and 2020), the Arabic advertising line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="crescentweekly.com", site="Crescent Weekly", base_size=30,
        subdomains=(("www.", 100),),
        sections=("local", "community", "middle-east", "politics", "sports"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"kicker": ("محليات", "الجالية", "لبنان", "اليمن", "العراق", "رياضة")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_cw_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("times", HEADER, 0.15, *_daily(_cw_times)),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}")),
            _f("ad", MIDDLE, 0.25, (_OLD, "— Advertisement —")),
            _f("banner", FOOTER, 0.3, *_cw_banner()),
            _f("delivery", FOOTER, 0.2, *((start, f"Home delivery in Wayne County: {price} a "
                                                  f"year. Call 313-555-0190.")
                                          for start, price in CW_DELIVERY)),
            _f("ilan", FOOTER, 0.2, (_OLD, "للإعلان في Crescent Weekly اتصلوا على "
                                           "313-555-0190")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Crescent Weekly, Dearborn, "
                                                 "Michigan")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misspelled a council member's "
                                                  "name.")),
        ),
    )


def heldout174_styles() -> list[PublisherStyle]:
    """The held-back-174 styles, in the order the generator hands them to publishers."""
    return [
        almanara_style(), aftabno_style(), shehrnama_style(), induscourier_style(),
        bawabatalsabah_style(), alsahel_style(), spogmai_style(), tarazoo_style(),
        iqtisadona_style(), hindukush_style(), awazbradford_style(), crescentweekly_style(),
    ]
