"""The ``held-back-183`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-176 set. It was
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
advertisement marker or an investment disclaimer. The publishers are Israeli and
Hebrew-language press and Israel's Russian-, Arabic-, Amharic- and English-language outlets:
a Hebrew national news portal, an English-language Jerusalem daily, a Russian-language
Israeli news site, an Arabic-language news site of the Galilee, a Haredi (ultra-Orthodox)
Hebrew news site, a Hebrew business daily, an English-language Israeli news agency's wire, an
Amharic-language site of the Ethiopian-Israeli community, a Hebrew local weekly of the
Sharon, a Hebrew regional radio station's news pages, a Russian-language guide for new
immigrants and a Hebrew local site of the Gaza border towns. The families are the kinds a
crawl of such sites holds: dates localised day by day in Hebrew, English, Russian, Arabic
and Amharic, with the Hebrew-calendar date beside the Gregorian one (in Hebrew letters, in
English and in Russian), the tabular Hijri date and the Ethiopian date (Amete Mihret), several
changing form on the day of a redesign; the Hebrew calendar worked out (molad and
postponements), so holiday notices fall on the right days: Rosh Hashanah with the year in
letters, Yom Kippur, Sukkot, Hanukkah, Purim, Pesach, Shavuot, Yom HaShoah, Yom HaZikaron and
Yom HaAtzmaut with their moves off Friday, Shabbat and Monday, and Sigd; Shabbat-times banners
worked out from the sun for each city (candle lighting by the city's custom, nightfall,
Rabbeinu Tam) in Israeli summer and winter time, turning each Sunday; prayer times and
Ramadan's imsak and iftar for Nazareth, printed day by day; the Bank of Israel's dollar rate
on business days and the Tel Aviv index on trading days (the TA-25 renamed TA-35 in 2017);
military-censor notices ("cleared for publication"), agency and correspondent credits, photo
credits from pools, translated-from-Hebrew lines, Telegram and WhatsApp appeals (Facebook
pages and WhatsApp groups turned Telegram channels) turned by the Knesset elections of 2015,
2019 (twice) and 2020 and the 2018 local elections, the rounds of rocket fire from Gaza, the
2016 fires, the Home Front Command's instructions, the 2020 lockdowns, Ramadan and the Eids,
Christmas in Nazareth, Enkutatash and the holidays; amounts that change over the years (VAT cut
to 17% in October 2015, subscription prices, the Bank of Israel's rate, the minimum wage,
membership prices); related links and advertisement markers mid-body (some up to two times);
multi-line blocks (the agency's end marks and desk lines, imprints and copyright lines), bare
lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    iso_day,
    last_weekday,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

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
# Hebrew: the Gregorian months with "in" (במרץ) and the days of the week (Monday first).
HODASHIM = ("בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט",
            "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר")
YAMIM = ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון")
YAMIM_OT = ("יום ב׳", "יום ג׳", "יום ד׳", "יום ה׳", "יום ו׳", "שבת קודש", "יום א׳")
MESYATSA = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")
DNI = ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье")
# Arabic: the Levantine month names Israel's Arabic press prints, and the Hijri months.
SHUHUR = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
         "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
# Amharic: the Ethiopian months and the days of the week.
WERAT = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት",
         "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን")
QENAT = ("ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሑድ")

# Israel's calendar of votes, rockets and the pandemic.
KNESSET = {"2015-03-17": 20, "2019-04-09": 21, "2019-09-17": 22, "2020-03-02": 23}
LOCAL_ELECTIONS = "2018-10-30"
ROUNDS = (("2018-05-29", "2018-05-30"), ("2018-07-14", "2018-07-15"),
          ("2018-08-08", "2018-08-09"), ("2018-11-12", "2018-11-13"),
          ("2019-03-25", "2019-03-26"), ("2019-05-04", "2019-05-06"),
          ("2019-11-12", "2019-11-14"), ("2020-02-23", "2020-02-24"))  # fire from Gaza
FIRES = ("2016-11-22", "2016-11-27")
LOCKDOWNS = (("2020-03-25", "2020-05-03"), ("2020-09-18", "2020-10-17"),
             ("2020-12-27", "2021-01-10"))
# --- helpers of this set ------------------------------------------------------------------


@cache
def jitter(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}:{day.toordinal()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF * 2 - 1


@cache
def _points(anchors: tuple[tuple[str, float], ...]) -> tuple[tuple[int, float], ...]:
    return tuple((iso_day(a).toordinal(), v) for a, v in anchors)


def level(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn through `anchors` ((ISO day, value), ...), straight between them."""
    x = day.toordinal()
    points = _points(anchors)
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


# The Hebrew calendar (the arithmetic of the fixed calendar, molad and postponements), with
# days as proleptic Gregorian ordinals (`date.toordinal`). Months are numbered from Nisan
# (1) to Elul (6), Tishrei (7) to Adar (12) and Adar II (13) in a leap year.
HEBREW_EPOCH = -1373427  # the ordinal of 1 Tishrei AM 1


def hebrew_leap(y: int) -> bool:
    return (7 * y + 1) % 19 < 7


@cache
def _elapsed_days(y: int) -> int:
    months = (235 * y - 234) // 19
    parts = 12084 + 13753 * months
    day = 29 * months + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


@cache
def rosh_hashanah_ordinal(y: int) -> int:
    """The ordinal of 1 Tishrei of Hebrew year `y`."""
    before, now, after = _elapsed_days(y - 1), _elapsed_days(y), _elapsed_days(y + 1)
    delay = 2 if after - now == 356 else 1 if now - before == 382 else 0
    return HEBREW_EPOCH + now + delay


@cache
def hebrew_months(y: int) -> tuple[tuple[int, int], ...]:
    """(month, days) of Hebrew year `y`, in order from Tishrei."""
    length = rosh_hashanah_ordinal(y + 1) - rosh_hashanah_ordinal(y)
    cheshvan = 30 if length % 10 == 5 else 29  # a "full" year of 355 or 385 days
    kislev = 29 if length % 10 == 3 else 30  # a "deficient" year of 353 or 383 days
    adar = ((12, 30), (13, 29)) if hebrew_leap(y) else ((12, 29),)
    return ((7, 30), (8, cheshvan), (9, kislev), (10, 29), (11, 30), *adar,
            (1, 30), (2, 29), (3, 30), (4, 29), (5, 30), (6, 29))


@cache
def hebrew_date(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the Hebrew calendar."""
    n = day.toordinal()
    y = day.year + 3761
    if n < rosh_hashanah_ordinal(y):
        y -= 1
    left = n - rosh_hashanah_ordinal(y)
    for month, days in hebrew_months(y):
        if left < days:
            return y, month, left + 1
        left -= days
    raise AssertionError(day)


def from_hebrew(y: int, month: int, d: int) -> dt.date:
    """The Gregorian day of `d` `month` of Hebrew year `y`."""
    n = rosh_hashanah_ordinal(y)
    for m, days in hebrew_months(y):
        if m == month:
            return dt.date.fromordinal(n + d - 1)
        n += days
    raise ValueError((y, month))


def adar(y: int) -> int:
    """The month Purim falls in: Adar, or Adar II in a leap year."""
    return 13 if hebrew_leap(y) else 12


def gematria(n: int) -> str:
    """`n` (1 to 999) in Hebrew letters, 15 and 16 as ט״ו and ט״ז."""
    out = ""
    for value, letter in ((400, "ת"), (300, "ש"), (200, "ר"), (100, "ק")):
        while n >= value:
            out, n = out + letter, n - value
    if n in (15, 16):
        return out + ("טו" if n == 15 else "טז")
    if n >= 10:
        out, n = out + "יכלמנסעפצ"[n // 10 - 1], n % 10
    return out + ("אבגדהוזחט"[n - 1] if n else "")


def heb_numeral(n: int, gershayim: str = '"', geresh: str = "'") -> str:
    """A Hebrew numeral as printed: a geresh after one letter, gershayim before the last."""
    letters = gematria(n)
    return letters + geresh if len(letters) == 1 else letters[:-1] + gershayim + letters[-1]


HEB_MONTHS = {1: "ניסן", 2: "אייר", 3: "סיוון", 4: "תמוז", 5: "אב", 6: "אלול", 7: "תשרי",
              8: "חשוון", 9: "כסלו", 10: "טבת", 11: "שבט", 12: "אדר", 13: "אדר ב'"}
EN_MONTHS = {1: "Nisan", 2: "Iyar", 3: "Sivan", 4: "Tammuz", 5: "Av", 6: "Elul", 7: "Tishrei",
             8: "Cheshvan", 9: "Kislev", 10: "Tevet", 11: "Shevat", 12: "Adar", 13: "Adar II"}
RU_MONTHS = {1: "нисана", 2: "ияра", 3: "сивана", 4: "таммуза", 5: "ава", 6: "элуля",
             7: "тишрея", 8: "хешвана", 9: "кислева", 10: "тевета", 11: "швата", 12: "адара",
             13: "адара II"}


def heb_month(y: int, month: int, names: dict[int, str], first_adar: str) -> str:
    """The name of Hebrew `month` of year `y` in `names` (Adar I in a leap year as
    `first_adar`)."""
    return first_adar if month == 12 and hebrew_leap(y) else names[month]


def hebrew_in_letters(day: dt.date, gershayim: str = '"', geresh: str = "'",
                      of: str = "ב") -> str:
    """The Hebrew date in letters: י"ד באדר תשע"ז (`of` before the month, "" for none)."""
    y, m, d = hebrew_date(day)
    first_adar = "אדר א" + geresh
    month = heb_month(y, m, {**HEB_MONTHS, 13: "אדר ב" + geresh}, first_adar)
    return (f"{heb_numeral(d, gershayim, geresh)} {of}{month} "
            f"{heb_numeral(y % 1000, gershayim, geresh)}")


def hebrew_in_english(day: dt.date) -> str:
    """The Hebrew date as English-language sites print it: 14 Adar 5777."""
    y, m, d = hebrew_date(day)
    return f"{d} {heb_month(y, m, EN_MONTHS, 'Adar I')} {y}"


def hebrew_in_russian(day: dt.date) -> str:
    """The Hebrew date as Russian-language sites print it: 14 адара 5777."""
    y, m, d = hebrew_date(day)
    return f"{d} {heb_month(y, m, RU_MONTHS, 'адара I')} {y}"


def heb_year_letters(y: int, gershayim: str = '"') -> str:
    """A Hebrew year in letters with its thousands: ה'תשע"ח."""
    return "ה'" + heb_numeral(y % 1000, gershayim)


@cache
def jewish_days(y: int) -> dict[str, dt.date]:
    """The holidays and memorial days falling in Gregorian year `y`, as kept in Israel."""
    autumn, spring = y + 3761, y + 3760
    atzmaut = from_hebrew(spring, 2, 5)
    atzmaut += {4: -1, 5: -2, 0: 1}.get(atzmaut.weekday(), 0) * ONE  # Fri, Sat, Mon
    shoah = from_hebrew(spring, 1, 27)
    shoah += {4: -1, 6: 1}.get(shoah.weekday(), 0) * ONE  # Fri, Sun
    return {
        "purim": from_hebrew(spring, adar(spring), 14),
        "pesach": from_hebrew(spring, 1, 15),
        "shoah": shoah,
        "zikaron": atzmaut - ONE,
        "atzmaut": atzmaut,
        "shavuot": from_hebrew(spring, 3, 6),
        "rosh-hashanah": from_hebrew(autumn, 7, 1),
        "kippur": from_hebrew(autumn, 7, 10),
        "sukkot": from_hebrew(autumn, 7, 15),
        "sigd": from_hebrew(autumn, 8, 29),
        "hanukkah": from_hebrew(autumn, 9, 25),
    }


# The tabular Islamic calendar (30-year cycle) that sites' date widgets print.
ISLAMIC_EPOCH = 227015  # the ordinal of 1 Muharram AH 1


def _from_islamic(y: int, m: int, d: int) -> int:
    return (d + 29 * (m - 1) + (6 * m - 1) // 11 + (y - 1) * 354 + (3 + 11 * y) // 30
            + ISLAMIC_EPOCH - 1)


def hijri_date(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the tabular Islamic calendar."""
    n = day.toordinal()
    y = (30 * (n - ISLAMIC_EPOCH) + 10646) // 10631
    m = min(12, (11 * (n - _from_islamic(y, 1, 1)) + 330) // 325)
    return y, m, n - _from_islamic(y, m, 1) + 1


def from_hijri(y: int, m: int, d: int) -> dt.date:
    return dt.date.fromordinal(_from_islamic(y, m, d))


# The Ethiopian calendar: twelve months of 30 days and Pagume of 5 (6 before a Gregorian
# leap year), the year from 1 Meskerem (11 or 12 September).
ETHIOPIC_EPOCH = 2796  # the ordinal of 1 Meskerem 1 (Amete Mihret)


def _from_ethiopic(y: int, m: int, d: int) -> int:
    return ETHIOPIC_EPOCH - 1 + 365 * (y - 1) + y // 4 + 30 * (m - 1) + d


def ethiopian_date(day: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the Ethiopian calendar."""
    n = day.toordinal()
    y = (4 * (n - ETHIOPIC_EPOCH) + 1463) // 1461
    m = (n - _from_ethiopic(y, 1, 1)) // 30 + 1
    return y, m, n - _from_ethiopic(y, m, 1) + 1


def enkutatash(y: int) -> dt.date:
    """The Ethiopian New Year's day in Gregorian year `y`."""
    return dt.date.fromordinal(_from_ethiopic(y - 7, 1, 1))


# Israeli time and the sun: Shabbat and prayer times as the sites' widgets work them out.
CITIES = {  # latitude, longitude (east)
    "jerusalem": (31.778, 35.235), "tel-aviv": (32.085, 34.781), "haifa": (32.794, 34.990),
    "beersheba": (31.252, 34.791), "bnei-brak": (32.081, 34.833),
    "netanya": (32.321, 34.853), "nazareth": (32.700, 35.303), "sderot": (31.525, 34.596),
}


def israel_summer_time(day: dt.date) -> bool:
    """Israeli summer time (since 2013): from the Friday before the last Sunday of March to
    the last Sunday of October."""
    return (last_weekday(day.year, 3, 6) - 2 * ONE <= day
            < last_weekday(day.year, 10, 6))


@cache
def sun_at(day: dt.date, city: str, altitude: float, setting: bool = True) -> int:
    """Israeli local time (minutes after midnight) at which the sun's centre crosses
    `altitude` degrees in `city` on `day`, in the evening (or the morning)."""
    lat, lon = (math.radians(v) for v in CITIES[city])
    n = day.toordinal() - dt.date(2000, 1, 1).toordinal()
    noon = n - math.degrees(lon) / 360
    anomaly = math.radians((357.5291 + 0.98560028 * noon) % 360)
    centre = (1.9148 * math.sin(anomaly) + 0.02 * math.sin(2 * anomaly)
              + 0.0003 * math.sin(3 * anomaly))
    ecliptic = math.radians((math.degrees(anomaly) + centre + 282.9372) % 360)
    transit = noon + 0.0053 * math.sin(anomaly) - 0.0069 * math.sin(2 * ecliptic)
    declination = math.asin(math.sin(ecliptic) * math.sin(math.radians(23.44)))
    hour = math.degrees(math.acos(
        (math.sin(math.radians(altitude)) - math.sin(lat) * math.sin(declination))
        / (math.cos(lat) * math.cos(declination))))
    utc = (transit - n + (hour if setting else -hour) / 360) * 1440 + 720
    return int(utc) + (180 if israel_summer_time(day) else 120)


def sunset(day: dt.date, city: str) -> int:
    return sun_at(day, city, -0.833)


def clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def clock12(minutes: int) -> str:
    hour = minutes // 60
    return f"{(hour - 1) % 12 + 1}:{minutes % 60:02d} {'am' if hour < 12 else 'pm'}"


CANDLES = {"jerusalem": 40, "haifa": 30, "tel-aviv": 20, "beersheba": 20, "bnei-brak": 22,
           "netanya": 20, "sderot": 20}


def candles(friday: dt.date, city: str) -> int:
    """Candle-lighting time: minutes before sunset by the city's custom."""
    return sunset(friday, city) - CANDLES[city]


def havdalah(friday: dt.date, city: str) -> int:
    """The end of Shabbat: nightfall (the sun 8.5 degrees down) on Saturday."""
    return sun_at(friday + ONE, city, -8.5)


def rabbeinu_tam(friday: dt.date, city: str) -> int:
    """The end of Shabbat after Rabbeinu Tam: 72 minutes after Saturday's sunset."""
    return sunset(friday + ONE, city) + 72


def shabbat_of(day: dt.date) -> dt.date:
    """The Friday of the Shabbat a site's banner shows on `day`: the coming one from Sunday,
    the current one on Saturday."""
    return day - ONE if day.weekday() == 5 else day + ((4 - day.weekday()) % 7) * ONE


def ddmmyyyy(day: dt.date, sep: str = ".") -> str:
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def knesset_votes(text: Callable[[int, dt.date], str], before: int = 3,
                  after: int = 1) -> list[Event]:
    """A notice around each Knesset election: `text` is given the Knesset's number and the
    polling day."""
    return [_vote(day, text(n, iso_day(day)), before, after) for day, n in KNESSET.items()]


def holiday_events(name: str, before: int, after: int, text: Callable[[dt.date], str],
                   years: range = range(2015, 2021)) -> list[Event]:
    """A notice each year around Jewish day `name` (`jewish_days`): `text` is given the
    day."""
    return [(jewish_days(y)[name] - before * ONE, jewish_days(y)[name] + (after + 1) * ONE,
             text(jewish_days(y)[name])) for y in years]


def lockdowns(*texts: str) -> list[Event]:
    """The three lockdowns of 2020, one text each."""
    return [_span(first, last, text) for (first, last), text in zip(LOCKDOWNS, texts,
                                                                     strict=True)]


# --- a Hebrew national news portal --------------------------------------------------------

KR_REDESIGN = dt.date(2018, 1, 14)
KR_TELEGRAM = dt.date(2018, 6, 3)


def _kr_dated(day: dt.date) -> str:
    if day < KR_REDESIGN:
        return f"פורסם: {day.day:02d}.{day.month:02d}.{day.year % 100:02d}, {{time}}"
    return (f"פורסם: {YAMIM[day.weekday()]}, {day.day} {HODASHIM[day.month - 1]} {day.year} · "
            f"{hebrew_in_letters(day)} · {{time}}")


def _kr_shabbat(day: dt.date) -> str:
    f = shabbat_of(day)
    return (f"כניסת השבת: ירושלים {clock(candles(f, 'jerusalem'))} · תל אביב "
            f"{clock(candles(f, 'tel-aviv'))} · חיפה {clock(candles(f, 'haifa'))} · באר שבע "
            f"{clock(candles(f, 'beersheba'))} | צאת השבת בירושלים: "
            f"{clock(havdalah(f, 'jerusalem'))}")


@cache
def _kr_telegram() -> Wordings:
    base = _steps((_OLD, "קבלו את המבזקים של קו ראשון ישירות לוואטסאפ שלכם"),
                  (KR_TELEGRAM.isoformat(), "📲 הצטרפו לערוץ הטלגרם של קו ראשון: כל "
                                            "המבזקים בזמן אמת"))
    news = [
        _span(*FIRES, "🔥 גל השריפות: כל העדכונים מחיפה, מזכרון יעקב ומהיישובים שפונו"),
        _span("2019-11-12", "2019-11-14", "🚨 מבצע \"חגורה שחורה\": ההתרעות וההנחיות "
                                          "לתושבי הדרום והמרכז"),
        _span("2020-03-12", "2020-03-24", "🦠 נגיף הקורונה בישראל: כל ההנחיות והמספרים"),
        *lockdowns("🔒 הסגר: מה מותר, מה אסור ועד מתי", "🔒 הסגר השני: כל ההנחיות לחגים "
                   "ולבתי הכנסת", "🔒 הסגר השלישי: מה נסגר ומה נשאר פתוח"),
    ]
    votes = knesset_votes(lambda n, day: f"🗳️ הבחירות לכנסת ה-{n}: מדגמים, תוצאות ודיווחים "
                                         f"מהקלפיות – עדכון חי")
    new_year = holiday_events("rosh-hashanah", 3, 1, lambda day: (
        f"🍎 שנה טובה ומתוקה מכל צוות קו ראשון – {heb_year_letters(hebrew_date(day)[0])}"))
    pesach = holiday_events("pesach", 2, 6, lambda day: "חג פסח שמח מכל צוות קו ראשון")
    return _calendar(base, news, votes, new_year, pesach)


def kavrishon_style() -> PublisherStyle:
    """A Hebrew national news portal: a section from a pool, "פורסם:" with the short date
    and the time, turned the weekday, the long date and the Hebrew date in letters on 14
    January 2018 (a wording per day), "מאת" turned the writer with the beat, a photo credit
    from a pool, "קראו עוד:" and "פרסומת" mid-body up to twice, the comment count, a
    military-censor line in a few articles, the week's Shabbat times for four cities (turning
    each Sunday), a WhatsApp line turned a Telegram appeal and turned by the 2016 fires,
    "Black Belt", the pandemic and the lockdowns, the elections, Rosh Hashanah with the year
    in letters and Pesach, the tips line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="kavrishon.co.il", site="קו ראשון", base_size=250,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("news", "military", "politics", "economy", "sport", "culture", "health"),
        n_authors=16, url_path="/articles/{n}",
        pools={
            "mador": ("חדשות", "צבא וביטחון", "פוליטי-מדיני", "כלכלה", "ספורט", "תרבות",
                      "בריאות", "צרכנות"),
            "beat": ("הכתב הצבאי", "הכתבת הפוליטית", "הכתב הכלכלי", "כתב החדשות בצפון",
                     "כתבת החדשות בדרום", "כתב ירושלים", "כתבת הבריאות"),
            "tzilum": ("פלאש 90", "רויטרס", "AP", "דובר צה\"ל", "דוברות המשטרה",
                       "לשכת העיתונות הממשלתית", "אי-פי-איי"),
        },
        families=(
            _f("mador", HEADER, 0.5, (_OLD, "{mador}")),
            _f("pursam", HEADER, 0.9, *_by_day(_kr_dated)),
            _f("kotev", HEADER, 0.65, (_OLD, "מאת {author}"),
               (KR_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("tzilum", MIDDLE, 0.35, (_OLD, "צילום: {tzilum}")),
            _f("kraot", MIDDLE, 0.4, (_OLD, "קראו עוד: {other_title}"), count=2),
            _f("pirsomet", MIDDLE, 0.3, (_OLD, "פרסומת"), count=2),
            _f("tguvot", HEADER, 0.3, (_OLD, "{count} תגובות")),
            _f("tzenzura", FOOTER, 0.07, (_OLD, "הידיעה פורסמה באישור הצנזורה הצבאית")),
            _f("shabbat", FOOTER, 0.25, *_by_day(_kr_shabbat)),
            _f("telegram", FOOTER, 0.3, *_kr_telegram()),
            _f("meida", FOOTER, 0.35, (_OLD, "יש לכם סיפור? כתבו לנו: desk@kavrishon.co.il "
                                             "או בוואטסאפ 052-555-0180")),
            _f("copyright", FOOTER, 0.45, (_OLD, "קו ראשון © {year} כל הזכויות שמורות")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: בגרסה קודמת של הידיעה נפלה טעות בשם "
                                             "היישוב. הטעות תוקנה.")),
        ),
    )


# --- an English-language Jerusalem daily --------------------------------------------------

JG_REDESIGN = dt.date(2017, 5, 24)  # relaunched on Jerusalem Day 2017
JG_WHATSAPP = dt.date(2019, 6, 2)
JG_MEMBERS = (("2014-01-01", "$5"), ("2018-01-01", "$6"), ("2020-01-01", "$8"))


def _jg_dated(day: dt.date) -> str:
    if day < JG_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}, {{time12}}"
    return (f"Published {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} | {hebrew_in_english(day)}")


def _jg_shabbat(day: dt.date) -> str:
    f = shabbat_of(day)
    return (f"Shabbat times, {MONTHS[f.month - 1]} {f.day}: candles in Jerusalem "
            f"{clock12(candles(f, 'jerusalem'))}, Tel Aviv {clock12(candles(f, 'tel-aviv'))}; "
            f"Shabbat ends {clock12(havdalah(f, 'jerusalem'))}")


@cache
def _jg_appeal() -> Wordings:
    base = _steps((_OLD, "Independent journalism from Jerusalem depends on readers like you. "
                         "Support the Jaffa Gate Post."))
    covid = [_span("2020-03-12", "2020-06-30", "Coronavirus in Israel: our live updates are "
                                               "free to every reader")]
    votes = knesset_votes(lambda n, day: f"🗳️ Israel elects the {ordinal(n)} Knesset: live "
                                         f"results and analysis")
    hanukkah = holiday_events("hanukkah", 1, 7, lambda day: (
        f"Happy Hanukkah {day.year}! Give a gift membership this festival of lights"))
    atzmaut = holiday_events("atzmaut", 1, 0, lambda day: (
        f"Israel at {day.year - 1948}: our Independence Day coverage"))
    return _calendar(base, covid, votes, hanukkah, atzmaut)


def jaffagate_style() -> PublisherStyle:
    """An English-language Jerusalem daily: a kicker from a pool, the short date and the
    time, turned "Published" with the weekday, the long date and the Hebrew date on
    Jerusalem Day 2017 (a wording per day), "By", a photo credit in capitals and "RELATED:"
    mid-body, "Advertisement" up to twice, the week's Shabbat times with the Friday's date
    (turning each Sunday), a cleared-for-publication line in a few articles, the agencies
    that contributed (a pool), the writer's bio, a reader appeal turned by the elections
    (with the Knesset's number), Hanukkah, Independence Day with Israel's age and the
    pandemic, the membership price (raised in 2018 and 2020), an email line turned a
    WhatsApp appeal in June 2019, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="jaffagatepost.com", site="The Jaffa Gate Post", base_size=220,
        subdomains=(("www.", 100),),
        sections=("israel-news", "middle-east", "jewish-world", "opinion", "tech", "diaspora"),
        n_authors=14, url_path="/{section}/{slug}-{n}",
        pools={
            "kicker": ("ISRAEL NEWS", "MIDDLE EAST", "JEWISH WORLD", "OPINION", "ISRAEL TECH",
                       "DIASPORA", "ISRAEL INSIDE"),
            "beat": ("military correspondent", "political correspondent",
                     "Arab affairs correspondent", "diplomatic correspondent",
                     "health reporter", "Jerusalem reporter"),
            "credit": ("FLASH90", "REUTERS", "IDF SPOKESPERSON'S UNIT", "GPO",
                       "AP PHOTO", "COURTESY", "ISRAEL POLICE"),
            "agency": ("Jaffa Gate Post staff", "AP", "AFP", "Reuters", "JTA"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_jg_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}")),
            _f("credit", MIDDLE, 0.35, (_OLD, "(photo credit: {credit})")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("shabbat", HEADER, 0.2, *_by_day(_jg_shabbat)),
            _f("censor", FOOTER, 0.06, (_OLD, "This article was cleared for publication by "
                                              "the IDF Military Censor.")),
            _f("agencies", FOOTER, 0.3, (_OLD, "{agency_list} contributed to this report.")),
            _f("bio", FOOTER, 0.3, (_OLD, "{author} is the Jaffa Gate Post's {author_beat}.")),
            _f("appeal", FOOTER, 0.3, *_jg_appeal()),
            _f("members", FOOTER, 0.15, *by_table(JG_MEMBERS, lambda v: (
                f"Jaffa Gate Post Community members read ad-free for {v} a month."))),
            _f("briefing", FOOTER, 0.2, (_OLD, "Sign up for the Daily Edition and get our top "
                                               "stories by email every morning"),
               (JG_WHATSAPP.isoformat(), "💬 Get our Israel news updates on WhatsApp: text "
                                         "JOIN to +972-52-555-0123")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright {year} Jaffa Gate Post Ltd. "
                                                "Reproduction without written permission is "
                                                "prohibited.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "article misidentified the reserve unit "
                                                  "involved.")),
        ),
    )


# --- a Russian-language Israeli news site -------------------------------------------------

IK_REDESIGN = dt.date(2019, 9, 1)
IK_TELEGRAM = dt.date(2017, 10, 1)
DOLLAR = (("2015-01-01", 3.90), ("2015-03-15", 4.05), ("2015-06-15", 3.80),
          ("2016-01-20", 3.96), ("2016-07-01", 3.86), ("2016-12-20", 3.84),
          ("2017-06-20", 3.52), ("2018-01-20", 3.42), ("2018-09-15", 3.60),
          ("2019-01-01", 3.75), ("2019-12-31", 3.46), ("2020-03-18", 3.92),
          ("2020-06-15", 3.45), ("2020-12-31", 3.21), ("2021-01-10", 3.18))
EURO = (("2015-01-01", 4.72), ("2015-04-01", 4.28), ("2016-06-01", 4.35),
        ("2017-06-01", 3.98), ("2018-03-01", 4.26), ("2019-06-01", 4.08),
        ("2020-03-18", 4.25), ("2020-12-31", 3.94), ("2021-01-10", 3.90))


def rate_day(day: dt.date) -> dt.date:
    """The business day whose representative rates the Bank of Israel publishes, as a
    site shows them on `day`: the day itself from Monday to Friday, Friday's at the
    weekend."""
    return day - max(0, day.weekday() - 4) * ONE


@cache
def dollar(day: dt.date) -> float:
    return level(day, DOLLAR) * (1 + 0.004 * jitter(day, "usd"))


@cache
def euro(day: dt.date) -> float:
    return level(day, EURO) * (1 + 0.004 * jitter(day, "eur"))


def _ik_dated(day: dt.date) -> str:
    if day < IK_REDESIGN:
        return f"{ddmmyyyy(day)} {{time}}"
    return (f"{DNI[day.weekday()]}, {day.day} {MESYATSA[day.month - 1]} {day.year} "
            f"({hebrew_in_russian(day)}), {{time}}")


def ru_number(x: float) -> str:
    return f"{x:.3f}".replace(".", ",")


def _ik_kurs(day: dt.date) -> str:
    r = rate_day(day)
    return (f"Официальный курс на {r.day:02d}.{r.month:02d}: доллар – {ru_number(dollar(r))} ₪, "
            f"евро – {ru_number(euro(r))} ₪")


def _ik_shabbat(day: dt.date) -> str:
    f = shabbat_of(day)
    return (f"Шаббат {f.day} {MESYATSA[f.month - 1]}: зажигание свечей в Иерусалиме – "
            f"{clock(candles(f, 'jerusalem'))}, в Тель-Авиве – {clock(candles(f, 'tel-aviv'))}, "
            f"в Хайфе – {clock(candles(f, 'haifa'))}; исход субботы – "
            f"{clock(havdalah(f, 'jerusalem'))}")


@cache
def _ik_telegram() -> Wordings:
    base = _steps((_OLD, "Присоединяйтесь к нашей группе в Facebook"),
                  (IK_TELEGRAM.isoformat(), "📢 Подписывайтесь на наш Telegram-канал: главные "
                                            "новости Израиля раньше всех"))
    covid = [_span("2020-03-12", "2020-03-24", "🦠 Коронавирус в Израиле: правила карантина и "
                                               "горячие линии"),
             *lockdowns("🔒 Карантин: что разрешено и что запрещено", "🔒 Второй карантин: "
                        "правила на праздники", "🔒 Третий карантин: что закрыто и до какого "
                        "числа")]
    votes = knesset_votes(lambda n, day: f"🗳️ Выборы в Кнессет {n}-го созыва: онлайн-трансляция "
                                         f"и итоги подсчёта голосов")
    zikaron = holiday_events("zikaron", 1, 0, lambda day: (
        "День памяти павших: сирена прозвучит накануне в 20:00 и в 11:00 утра"))
    new_year = holiday_events("rosh-hashanah", 3, 1, lambda day: (
        f"Шана това! С Новым {hebrew_date(day)[0]} годом!"))
    pesach = holiday_events("pesach", 2, 6, lambda day: "Хаг Песах самеах! С праздником!")
    return _calendar(base, covid, votes, zikaron, new_year, pesach)


def izkurier_style() -> PublisherStyle:
    """A Russian-language Israeli news site: a section from a pool, the numeric date and the
    time turned the weekday, the long date and the Hebrew date in Russian on 1 September
    2019 (a wording per day), "Автор:", "Фото:" from a pool, "Читайте также:" up to twice,
    "Реклама", the Bank of Israel's dollar and euro rates (a wording per business day, the
    weekend keeping Friday's), the source of the report from a pool, a military-censor line
    in a few articles, the week's Shabbat times (turning each Sunday), a Facebook line turned
    a Telegram appeal and turned by the pandemic and the lockdowns, the elections, Yom
    HaZikaron's sirens, Rosh Hashanah with the Hebrew year and Pesach, the reprint line and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="izkurier.co.il", site="Израильский курьер", base_size=195,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "army", "aliyah", "economy", "middle-east", "society"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}.html",
        pools={
            "rubrika": ("Новости Израиля", "Политика", "Армия и безопасность",
                        "Алия и абсорбция", "Экономика", "Ближний Восток", "Общество"),
            "foto": ("Flash90", "AFP", "пресс-служба ЦАХАЛа", "Reuters",
                     "пресс-служба полиции", "Бюро правительственной печати"),
            "istochnik": ("ивритоязычные СМИ", "пресс-служба ЦАХАЛа", "полиция Израиля",
                          "Министерство здравоохранения", "канцелярия премьер-министра"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.9, *_by_day(_ik_dated)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}")),
            _f("kurs", HEADER, 0.2, *_by_day(_ik_kurs)),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {foto}")),
            _f("chitayte", MIDDLE, 0.4, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама")),
            _f("istochnik", FOOTER, 0.3, (_OLD, "Источник: {istochnik}")),
            _f("cenzura", FOOTER, 0.06, (_OLD, "Материал публикуется с разрешения военной "
                                               "цензуры.")),
            _f("shabbat", FOOTER, 0.2, *_by_day(_ik_shabbat)),
            _f("telegram", FOOTER, 0.3, *_ik_telegram()),
            _f("perepechatka", FOOTER, 0.4, (_OLD, "При использовании материалов ссылка на "
                                                   "«Израильский курьер» обязательна.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© 2009–{year} Израильский курьер")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправление: в первоначальной версии "
                                                   "статьи было неверно указано название "
                                                   "населённого пункта.")),
        ),
    )


# --- an Arabic-language news site of the Galilee ------------------------------------------

SM_REDESIGN = dt.date(2017, 9, 22)  # relaunched on 1 Muharram 1439
SM_WHATSAPP = dt.date(2017, 4, 2)


def _sm_dated(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{ddmmyyyy(day, '/')} - {{time}}"
    hy, hm, hd = hijri_date(day)
    return (f"{AYYAM[day.weekday()]} {day.day} {SHUHUR[day.month - 1]} {day.year} | "
            f"{hd} {HIJRI[hm - 1]} {hy} هـ")


def _sm_mawaqit(day: dt.date) -> str:
    fajr, maghrib = sun_at(day, "nazareth", -18, setting=False), sunset(day, "nazareth")
    if hijri_date(day)[1] == 9:
        return (f"إمساكية رمضان – اليوم {hijri_date(day)[2]} من رمضان ({ddmmyyyy(day, '/')}): "
                f"الإمساك {clock(fajr - 10)} | الإفطار {clock(maghrib + 2)} (الناصرة)")
    dhuhr = (sun_at(day, "nazareth", -0.833, setting=False) + maghrib) // 2 + 2
    return (f"مواقيت الصلاة ليوم {AYYAM[day.weekday()]} {ddmmyyyy(day, '/')} – الناصرة: "
            f"الفجر {clock(fajr)} | الظهر {clock(dhuhr)} | المغرب {clock(maghrib + 2)} | "
            f"العشاء {clock(sun_at(day, 'nazareth', -17))}")


def hijri_days(month: int, first: int, last: int) -> list[tuple[dt.date, dt.date, int]]:
    """(first day, the day after the last, Hijri year) of days `first` to `last` of Hijri
    `month` in each Hijri year from 1436 to 1442."""
    return [(from_hijri(y, month, first), from_hijri(y, month, last) + ONE, y)
            for y in range(1436, 1443)]


@cache
def _sm_whatsapp() -> Wordings:
    base = _steps((_OLD, "تابعونا على صفحة صوت المرج في فيسبوك"),
                  (SM_WHATSAPP.isoformat(), "📲 انضموا إلى مجموعة واتساب صوت المرج لتصلكم "
                                            "الأخبار أولًا بأول"))
    covid = [_span("2020-03-12", "2020-03-24", "كورونا: تعليمات وزارة الصحة باللغة العربية"),
             *lockdowns("🔒 الإغلاق: ما المسموح وما الممنوع في البلدات العربية",
                        "🔒 الإغلاق الثاني: التعليمات الكاملة", "🔒 الإغلاق الثالث: ما الذي "
                        "أُغلق وحتى متى")]
    votes = knesset_votes(lambda n, day: f"انتخابات الكنيست الـ{n}: نسبة التصويت في البلدات "
                                         f"العربية ساعة بساعة")
    local = [_vote(LOCAL_ELECTIONS, "الانتخابات المحلية 2018: النتائج من كل بلدة عربية", 3, 2)]
    ramadan = [(first - ONE, end, f"🌙 رمضان كريم {y} هـ – إمساكية الشهر الفضيل للناصرة وقرى "
                                  f"المرج") for first, end, y in hijri_days(9, 1, 30)]
    fitr = [(first, end, "عيد فطر سعيد – كل عام وأنتم بخير من أسرة صوت المرج")
            for first, end, _ in hijri_days(10, 1, 3)]
    adha = [(first, end, "عيد أضحى مبارك – كل عام وأنتم بخير من أسرة صوت المرج")
            for first, end, _ in hijri_days(12, 10, 13)]
    christmas = _yearly("12-25", 5, 1, lambda y: f"ميلاد مجيد {y} – أجواء الميلاد في الناصرة")
    return _calendar(base, covid, votes, local, ramadan, fitr, adha, christmas)


def sawtalmarj_style() -> PublisherStyle:
    """An Arabic-language news site of the Galilee: a section from a pool, the numeric date
    and the time turned the weekday, the Levantine month name and the tabular Hijri date on
    1 Muharram 1439 (a wording per day), the correspondent's line, the "a statement reached
    us from" line with its source from a pool, a photo note from a pool, "اقرأ أيضًا:" up to
    twice and "إعلان" mid-body, the day's prayer times for Nazareth turned Ramadan's imsak and
    iftar (a wording per day), "سُمح بالنشر" on a few articles, a Facebook line turned a
    WhatsApp appeal and turned by the pandemic and the lockdowns, the Knesset and local
    elections, Ramadan with its Hijri year, the Eids and Christmas, the opinion and comments
    disclaimers, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="sawtalmarj.com", site="صوت المرج", base_size=170,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("local", "bilad", "politics", "sport", "arts", "economy"),
        n_authors=8, url_path="/{section}/{n}.html",
        pools={
            "qism": ("محليات", "أخبار البلاد", "سياسة", "رياضة محلية", "فن ومنوعات",
                     "اقتصاد", "مقالات"),
            "masdar": ("الناطق بلسان الشرطة", "بلدية الناصرة", "الناطق بلسان نجمة داوود "
                       "الحمراء", "المجلس المحلي", "لجنة المتابعة", "وزارة الصحة"),
            "surat": ("صورة للتوضيح فقط", "تصوير: صوت المرج", "الصورة من الناطق بلسان الشرطة",
                      "صورة من الأرشيف"),
        },
        families=(
            _f("qism", HEADER, 0.5, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.9, *_by_day(_sm_dated)),
            _f("murasil", HEADER, 0.5, (_OLD, "{author} - مراسل صوت المرج")),
            _f("bayan", HEADER, 0.2, (_OLD, "وصل إلى موقع صوت المرج بيان من {masdar}، جاء "
                                            "فيه:")),
            _f("sumiha", HEADER, 0.05, (_OLD, "سُمح بالنشر")),
            _f("surat", MIDDLE, 0.35, (_OLD, "{surat}")),
            _f("iqra", MIDDLE, 0.35, (_OLD, "اقرأ أيضًا: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.3, (_OLD, "- إعلان -")),
            _f("mawaqit", FOOTER, 0.2, *_daily(_sm_mawaqit)),
            _f("whatsapp", FOOTER, 0.35, *_sm_whatsapp()),
            _f("raey", FOOTER, 0.2, (_OLD, "المقالات المنشورة تعبّر عن رأي كاتبيها ولا تعبّر "
                                           "بالضرورة عن رأي موقع صوت المرج.")),
            _f("taaliqat", FOOTER, 0.25, (_OLD, "التعليقات المنشورة لا تعبّر عن رأي إدارة "
                                                "الموقع، نرجو الالتزام بآداب النقاش.")),
            _f("huquq", FOOTER, 0.35, (_OLD, "جميع الحقوق محفوظة © صوت المرج {year}")),
            _f("tanwih", HEADER, 0.04, (_OLD, "تنويه: عُدّل اسم القرية في نسخة سابقة من "
                                              "هذا الخبر.")),
        ),
    )


# --- a Haredi (ultra-Orthodox) Hebrew news site -------------------------------------------

KH_REDESIGN = dt.date(2017, 10, 15)  # relaunched after Sukkot 5778
KH_HOTLINE = dt.date(2019, 1, 6)


def _kh_dated(day: dt.date) -> str:
    hebrew = hebrew_in_letters(day, "״", "׳", of="")
    if day < KH_REDESIGN:
        return f"{YAMIM_OT[day.weekday()]} {hebrew}"
    return f"{YAMIM_OT[day.weekday()]} {hebrew} | {ddmmyyyy(day)}"


def _kh_shabbat(day: dt.date) -> str:
    f = shabbat_of(day)
    return (f"זמני השבת: הדלקת נרות ירושלים {clock(candles(f, 'jerusalem'))} | בני ברק "
            f"{clock(candles(f, 'bnei-brak'))} | צאת השבת {clock(havdalah(f, 'jerusalem'))} | "
            f"ר״ת {clock(rabbeinu_tam(f, 'jerusalem'))}")


@cache
def _kh_hodaa() -> Wordings:
    base = _steps((_OLD, "האתר אינו פעיל בשבתות ובחגי ישראל"))
    covid = [_span("2020-03-15", "2020-05-20", "הנחיות גדולי ישראל ומשרד הבריאות לתפילה "
                                               "ולקיום מניינים בימי הקורונה"),
             _span("2020-09-18", "2020-10-17", "הסגר בחגים: כל ההנחיות לתפילה בבתי הכנסת "
                                               "ובמרחב הפתוח")]
    new_year = holiday_events("rosh-hashanah", 6, 1, lambda day: (
        f"כתיבה וחתימה טובה לכל בית ישראל – שנת {heb_year_letters(hebrew_date(day)[0], '״')} "
        f"טובה ומבורכת"))
    kippur = holiday_events("kippur", 1, 0, lambda day: "גמר חתימה טובה! האתר אינו פעיל "
                                                        "ביום הכיפורים")
    festivals = [*holiday_events("sukkot", 1, 7, lambda day: "חג סוכות כשר ושמח! האתר יחזור "
                                                             "לפעילות במוצאי החג"),
                 *holiday_events("pesach", 1, 6, lambda day: "חג כשר ושמח! האתר יחזור "
                                                             "לפעילות במוצאי החג"),
                 *holiday_events("shavuot", 1, 0, lambda day: "חג שבועות שמח! האתר יחזור "
                                                              "לפעילות במוצאי החג")]
    purim = holiday_events("purim", 1, 1, lambda day: (
        "פורים שמח לכל בית ישראל! האתר יחזור לפעילות אחרי שושן פורים"))
    return _calendar(base, new_year, kippur, festivals, purim, covid)


def kolhakirya_style() -> PublisherStyle:
    """A Haredi (ultra-Orthodox) Hebrew news site: "בס״ד" on nearly every page, the weekday
    and the Hebrew date in letters only, with the Gregorian date added after Sukkot 5778 (a
    wording per day), "מאת:", the week's Shabbat times for Jerusalem and Bnei Brak with
    nightfall and Rabbeinu Tam (turning each Sunday), a photo credit from a pool, "פרסומת"
    up to twice, a dedication from a pool, a closed-on-Shabbat line turned by Rosh Hashanah
    with the year in letters, Yom Kippur, Sukkot, Pesach, Shavuot, Purim and Shushan Purim
    and the pandemic's prayer rules, the comments rule, a news-tips line reworded with a
    hotline in 2019, the copyright line, a rare clarification."""
    return PublisherStyle(
        domain="kolhakirya.co.il", site="קול הקריה", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "torah", "community", "jerusalem", "bnei-brak"),
        n_authors=6, url_path="/news/{n}",
        pools={
            "tzilum": ("ארכיון קול הקריה", "פלאש 90", "באדיבות המשפחה", "דוברות העירייה",
                       "באדיבות המצלם"),
            "niftar": ("ר׳ משה ב״ר יעקב ז״ל", "מרת רחל בת ר׳ אברהם ע״ה",
                       "ר׳ יצחק ב״ר שמואל ז״ל", "מרת לאה בת ר׳ דוד ע״ה"),
        },
        families=(
            _f("basad", HEADER, 0.85, (_OLD, "בס״ד")),
            _f("taarich", HEADER, 0.85, *_by_day(_kh_dated)),
            _f("kotev", HEADER, 0.5, (_OLD, "מאת: {author}")),
            _f("shabbat", HEADER, 0.3, *_by_day(_kh_shabbat)),
            _f("tzilum", MIDDLE, 0.3, (_OLD, "צילום: {tzilum}")),
            _f("pirsomet", MIDDLE, 0.25, (_OLD, "פרסומת"), count=2),
            _f("iluy", FOOTER, 0.2, (_OLD, "הלימוד באתר לעילוי נשמת {niftar}")),
            _f("hodaa", FOOTER, 0.3, *_kh_hodaa()),
            _f("tguvot", FOOTER, 0.25, (_OLD, "התגובות מתפרסמות לאחר אישור המערכת. נא להקפיד "
                                              "על לשון נקייה.")),
            _f("yediot", FOOTER, 0.3, (_OLD, "יש לכם ידיעה? שלחו למערכת: news@kolhakirya.co.il"),
               (KH_HOTLINE.isoformat(), "יש לכם ידיעה? הקו החם של קול הקריה: 03-555-0172, "
                                        "זמין גם בוואטסאפ")),
            _f("copyright", FOOTER, 0.35, (_OLD, "כל הזכויות שמורות לקול הקריה © {year}")),
            _f("havhara", HEADER, 0.04, (_OLD, "הבהרה: בידיעה המקורית נכתב בטעות כי הכינוס "
                                               "ייערך ביום חמישי.")),
        ),
    )


# --- a Hebrew business daily --------------------------------------------------------------

KY_REDESIGN = dt.date(2019, 3, 3)
TA35 = dt.date(2017, 2, 9)  # the TA-25 index becomes the TA-35
INDEX = (("2015-01-01", 1450.0), ("2015-04-20", 1600.0), ("2016-02-10", 1360.0),
         ("2016-12-31", 1410.0), ("2017-12-31", 1500.0), ("2018-10-01", 1600.0),
         ("2018-12-28", 1480.0), ("2019-12-31", 1690.0), ("2020-02-20", 1680.0),
         ("2020-03-16", 1180.0), ("2020-06-30", 1350.0), ("2020-10-30", 1310.0),
         ("2021-01-10", 1560.0))
BOI_RATE = (("2014-08-25", "0.25%"), ("2015-02-24", "0.1%"), ("2018-11-27", "0.25%"),
            ("2020-04-07", "0.1%"))
SUBSCRIPTION = (("2014-01-01", "29.90|18"), ("2015-10-01", "29.90|17"),
                ("2018-01-01", "34.90|17"), ("2020-01-01", "39.90|17"))  # price, VAT


def trading_day(day: dt.date) -> dt.date:
    """The last Tel Aviv trading day (Sunday to Thursday) on or before `day`."""
    return day - {4: 1, 5: 2}.get(day.weekday(), 0) * ONE


@cache
def index_close(day: dt.date) -> float:
    return level(day, INDEX) * (1 + 0.008 * jitter(day, "ta"))


def _ky_dated(day: dt.date) -> str:
    if day < KY_REDESIGN:
        return f"{ddmmyyyy(day, '/')} {{time}}"
    return f"עודכן: {YAMIM[day.weekday()]}, {ddmmyyyy(day)}, {{time}}"


def _ky_madad(day: dt.date) -> str:
    t = trading_day(day)
    before = trading_day(t - ONE)
    change = (index_close(t) / index_close(before) - 1) * 100
    name = "ת\"א 35" if t >= TA35 else "ת\"א 25"
    return f"מדד {name}: {index_close(t):,.2f} נקודות ({change:+.2f}%)"


def _ky_dolar(day: dt.date) -> str:
    r = rate_day(day)
    return f"השער היציג: דולר {dollar(r):.3f} ₪ | אירו {euro(r):.3f} ₪ ({r.day}.{r.month})"


def _ky_minui(value: str) -> str:
    price, vat = value.split("|")
    return f"מינוי דיגיטלי לכסף יומי: {price} ₪ לחודש (המחיר כולל מע\"מ {vat}%)"


def kesefyomi_style() -> PublisherStyle:
    """A Hebrew business daily: a section from a pool, the numeric date and the time turned
    "עודכן:" with the weekday on 3 March 2019 (a wording per day), the writer with the beat,
    the Tel Aviv index's close and change (a wording per trading day, Sunday to Thursday;
    the TA-25 named TA-35 from 9 February 2017), the Bank of Israel's dollar and euro rates
    (a wording per business day), "עוד בכסף יומי:" up to twice and a sponsored-content
    marker with the partner from a pool mid-body, the Bank of Israel's rate (changed in
    2015, 2018 and 2020), the digital subscription with its price and VAT (cut to 17% in
    October 2015, the price raised in 2018 and 2020), the investment-advice disclaimer and
    the disclosure line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="kesefyomi.co.il", site="כסף יומי", base_size=130,
        subdomains=(("www.", 100),),
        sections=("markets", "real-estate", "hi-tech", "consumer", "macro", "career"),
        n_authors=8, url_path="/article/{n}",
        pools={
            "mador": ("שוק ההון", "נדל\"ן", "היי-טק", "צרכנות", "מאקרו", "קריירה"),
            "beat": ("כתב שוק ההון", "כתבת הנדל\"ן", "כתב ההיי-טק", "כתבת הצרכנות",
                     "הכתב לענייני מאקרו"),
            "shutaf": ("בית ההשקעות גבעון", "בנק השרון", "ביטוח הכרמל", "קרן נתיב"),
        },
        families=(
            _f("mador", HEADER, 0.45, (_OLD, "{mador}")),
            _f("taarich", HEADER, 0.85, *_by_day(_ky_dated)),
            _f("kotev", HEADER, 0.55, (_OLD, "{author}, {author_beat}")),
            _f("madad", HEADER, 0.2, *_by_day(_ky_madad)),
            _f("dolar", HEADER, 0.15, *_by_day(_ky_dolar)),
            _f("od", MIDDLE, 0.35, (_OLD, "עוד בכסף יומי: {other_title}"), count=2),
            _f("shivuki", MIDDLE, 0.12, (_OLD, "תוכן שיווקי בשיתוף {shutaf}")),
            _f("ribit", FOOTER, 0.15, *by_table(BOI_RATE, lambda v: (
                f"ריבית בנק ישראל: {v}"))),
            _f("minui", FOOTER, 0.2, *by_table(SUBSCRIPTION, _ky_minui)),
            _f("ein-lirot", FOOTER, 0.45, (_OLD, "אין באמור בכתבה זו משום ייעוץ השקעות או "
                                                 "תחליף לייעוץ המתחשב בנתונים ובצרכים של כל "
                                                 "אדם.")),
            _f("gilui", FOOTER, 0.12, (_OLD, "גילוי נאות: הכותב אינו מחזיק במניות החברות "
                                             "המוזכרות בכתבה.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} כסף יומי בע\"מ. אין להעתיק, לשכפל "
                                                 "או להפיץ ללא אישור בכתב.")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: בגרסה קודמת נכתב כי ההנפקה תתבצע בניו "
                                             "יורק; היא תתבצע בבורסה בתל אביב.")),
        ),
    )


# --- an English-language Israeli news agency's wire ---------------------------------------

YP_REDESIGN = dt.date(2018, 7, 1)


def _yp_dateline(day: dt.date) -> str:
    if day < YP_REDESIGN:
        return f"{{place}}, {MONTHS[day.month - 1]} {day.day}, {day.year} (YPS) --"
    return (f"{{place}}, {day.day} {MONTHS[day.month - 1]} {day.year} / "
            f"{hebrew_in_english(day)} (YPS) –")


def _yp_closure(name: str, days: int) -> Callable[[dt.date], str]:
    """The advisory of a holiday of `days` days named `name`, given its first day."""
    def text(day: dt.date) -> str:
        eve, end = day - ONE, day + (days - 1) * ONE
        return (f"HOLIDAY ADVISORY: the YPS desk closes for {name} {hebrew_date(day)[0]} from "
                f"sundown on {WEEKDAYS[eve.weekday()]}, {MONTHS[eve.month - 1]} {eve.day}, "
                f"to nightfall on {WEEKDAYS[end.weekday()]}, {MONTHS[end.month - 1]} "
                f"{end.day}.")
    return text


@cache
def _yp_advisory() -> Wordings:
    base = _steps((_OLD, "The YPS desk is staffed Sunday to Friday afternoon; urgent copy "
                         "moves on Shabbat only in emergencies."))
    new_year = holiday_events("rosh-hashanah", 5, 1, _yp_closure("Rosh Hashanah", 2))
    kippur = holiday_events("kippur", 5, 0, _yp_closure("Yom Kippur", 1))
    pesach = holiday_events("pesach", 5, 0, _yp_closure("the first day of Passover", 1))
    rounds = [_span(first, last, "ESCALATION: the YPS desk is staffed around the clock; "
                                 "Home Front Command updates move as flashes")
              for first, last in ROUNDS]
    return _calendar(base, rounds, new_year, kippur, pesach)


def yarkonpress_style() -> PublisherStyle:
    """An English-language Israeli news agency's wire: "URGENT" on a few items, the dateline
    with the place from a pool and the date, turned the British order with the Hebrew date
    on 1 July 2018 (a wording per day), "By ..., YPS", a cleared-by-the-censor line in a few
    items, a photo credit naming a second staffer and a translated-from-Hebrew line
    mid-body, the desk-hours advisory turned by the holiday closures (Rosh Hashanah, Yom
    Kippur and the first day of Passover, with their days) and the rounds of rocket fire,
    "###", the subscriber-use line, the desk line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="yarkonpress.com", site="Yarkon Press Service", base_size=110,
        subdomains=(("www.", 70), ("wire.", 30)),
        sections=("security", "diplomacy", "society", "business", "science"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"place": ("JERUSALEM", "TEL AVIV", "HAIFA", "BEERSHEBA", "ASHKELON",
                         "TIBERIAS", "EILAT")},
        families=(
            _f("urgent", HEADER, 0.08, (_OLD, "URGENT")),
            _f("dateline", HEADER, 0.85, *_by_day(_yp_dateline)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}, YPS")),
            _f("cleared", HEADER, 0.08, (_OLD, "Cleared for publication by the IDF Censor.")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo by {author2}/YPS")),
            _f("translated", MIDDLE, 0.15, (_OLD, "Translated from the Hebrew by the YPS "
                                                  "desk.")),
            _f("advisory", FOOTER, 0.2, *_yp_advisory()),
            _f("ends", FOOTER, 0.5, (_OLD, "###")),
            _f("use", FOOTER, 0.35, (_OLD, "YPS content may be used by subscribing media with "
                                           "full credit to Yarkon Press Service.")),
            _f("desk", FOOTER, 0.4, (_OLD, "YPS news desk: +972-2-555-0147 · "
                                           "desk@yarkonpress.com")),
            _f("copyright", FOOTER, 0.3, (_OLD, "Copyright © {year} Yarkon Press Service")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: fixes the spelling of the "
                                                  "moshav's name in the third paragraph.")),
        ),
    )


# --- an Amharic-language site of the Ethiopian-Israeli community --------------------------

EI_REDESIGN = dt.date(2018, 9, 11)  # relaunched on Enkutatash 2011
EI_TELEGRAM = dt.date(2018, 3, 4)


def ethiopian_in_amharic(day: dt.date) -> str:
    y, m, d = ethiopian_date(day)
    return f"{WERAT[m - 1]} {d} ቀን {y} ዓ.ም."


def _ei_dated(day: dt.date) -> str:
    if day < EI_REDESIGN:
        return ddmmyyyy(day, "/")
    return f"{QENAT[day.weekday()]}፣ {ethiopian_in_amharic(day)} ({ddmmyyyy(day)})"


@cache
def _ei_telegram() -> Wordings:
    base = _steps((_OLD, "የፌስቡክ ገጻችንን ላይክ ያድርጉ"),
                  (EI_TELEGRAM.isoformat(), "📢 የቴሌግራም ቻናላችንን ይቀላቀሉ – ዜናዎችን ቀድመው "
                                            "ያግኙ"))
    covid = [_span("2020-03-12", "2020-05-03", "ኮሮናቫይረስ: የጤና ጥበቃ ሚኒስቴር መመሪያዎች "
                                               "በአማርኛ")]
    sigd = holiday_events("sigd", 3, 1, lambda day: f"እንኳን ለሲግድ በዓል {day.year} በሰላም "
                                                    f"አደረሳችሁ!")
    new_year = [(enkutatash(y) - 2 * ONE, enkutatash(y) + 3 * ONE,
                 f"እንኳን ለ{ethiopian_date(enkutatash(y))[0]} ዓ.ም. አዲስ ዓመት በሰላም አደረሳችሁ!")
                for y in YEARS]
    votes = knesset_votes(lambda n, day: f"የእስራኤል ምርጫ {day.year}: ድምጽዎን ይስጡ!", 3, 0)
    return _calendar(base, covid, sigd, new_year, votes)


def ethioisrael_style() -> PublisherStyle:
    """An Amharic-language site of the Ethiopian-Israeli community: a section from a pool,
    the numeric date turned the weekday and the Ethiopian date with the Gregorian one on
    Enkutatash 2011 (a wording per day), the reporter's line, "ተጨማሪ ያንብቡ:" and
    "ማስታወቂያ" mid-body, a Hebrew line pointing to the Hebrew version, a Facebook line
    turned a Telegram appeal and turned by Sigd (on 29 Cheshvan), Enkutatash with the
    Ethiopian year, the elections and the pandemic, the weekly radio programme, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="ethioisraelnews.co.il", site="ኢትዮ-እስራኤል ዜና", base_size=90,
        subdomains=(("www.", 100),),
        sections=("zena", "community", "sport", "culture", "aliyah", "health"),
        n_authors=4, url_path="/am/{section}/{n}",
        pools={"ares": ("ዜና", "ማህበረሰብ", "ስፖርት", "ባህል", "አሊያ", "ጤና")},
        families=(
            _f("ares", HEADER, 0.45, (_OLD, "{ares}")),
            _f("ken", HEADER, 0.85, *_by_day(_ei_dated)),
            _f("zegabi", HEADER, 0.5, (_OLD, "ዘጋቢ: {author}")),
            _f("yanbu", MIDDLE, 0.3, (_OLD, "ተጨማሪ ያንብቡ: {other_title}")),
            _f("mastawokia", MIDDLE, 0.25, (_OLD, "ማስታወቂያ")),
            _f("ivrit", FOOTER, 0.2, (_OLD, "הכתבה זמינה גם בעברית באתר ኢትዮ-እስራኤል ዜና")),
            _f("telegram", FOOTER, 0.35, *_ei_telegram()),
            _f("radio", FOOTER, 0.15, (_OLD, "የአማርኛ ሬዲዮ ፕሮግራማችንን ዘወትር እሑድ ከ18:00 ጀምሮ "
                                             "ያዳምጡ")),
            _f("huquq", FOOTER, 0.35, (_OLD, "© {year} ኢትዮ-እስራኤል ዜና። መብቱ በሕግ የተጠበቀ "
                                             "ነው።")),
            _f("mastekakeya", HEADER, 0.04, (_OLD, "ማስተካከያ: በቀድሞው ዘገባ የከተማው ስም በስህተት "
                                                   "ተጽፎ ነበር።")),
        ),
    )


# --- a Hebrew local weekly of the Sharon --------------------------------------------------

GS_REDESIGN = dt.date(2019, 8, 1)
GS_PRINT_PAUSE = dt.date(2020, 3, 26)


def _gs_dated(day: dt.date) -> str:
    if day < GS_REDESIGN:
        return ddmmyyyy(day, "/")
    return (f"{YAMIM[day.weekday()]}, {day.day} {HODASHIM[day.month - 1]} {day.year} "
            f"({hebrew_in_letters(day)})")


def _gs_shabbat(day: dt.date) -> str:
    f = shabbat_of(day)
    return (f"שבת שלום מגל השרון! כניסת השבת בנתניה: {clock(candles(f, 'netanya'))}, "
            f"יציאה: {clock(havdalah(f, 'netanya'))}")


@cache
def _gs_hodaa() -> Wordings:
    local = [_vote(LOCAL_ELECTIONS, "🗳️ בחירות לרשויות המקומיות 30.10.2018: כל המועמדים "
                                    "לראשות הערים בשרון", 10, 1)]
    votes = knesset_votes(lambda n, day: f"הבחירות לכנסת ה-{n}: איפה מצביעים בנתניה, בכפר "
                                         f"סבא וברעננה", 2, 0)
    covid = lockdowns("🔒 הסגר בשרון: מה פתוח ומה סגור בעיר שלכם", "🔒 הסגר השני: שעות "
                      "הפתיחה של הסופרים בשרון", "🔒 הסגר השלישי: מה פתוח ומה סגור בשרון")
    return _calendar(_gs_shabbat, covid, local, votes)


def galhasharon_style() -> PublisherStyle:
    """A Hebrew local weekly of the Sharon: the town from a pool, the numeric date turned
    the weekday, the long date and the Hebrew date on 1 August 2019 (a wording per day),
    the writer with the paper's name, "תוכן שיווקי" and "עוד באתר:" mid-body, the print
    edition's line reworded when printing paused in March 2020, a WhatsApp tips line, the
    week's Shabbat times in Netanya (turning each Sunday) turned by the local and Knesset
    elections and the lockdowns, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="galhasharon.co.il", site="גל השרון", base_size=70,
        subdomains=(("www.", 100),),
        sections=("netanya", "kfar-saba", "raanana", "hod-hasharon", "herzliya"),
        n_authors=4, url_path="/{section}/{n}",
        pools={"ir": ("נתניה", "כפר סבא", "רעננה", "הוד השרון", "הרצליה", "אבן יהודה")},
        families=(
            _f("ir", HEADER, 0.45, (_OLD, "{ir}")),
            _f("taarich", HEADER, 0.85, *_by_day(_gs_dated)),
            _f("kotev", HEADER, 0.5, (_OLD, "{author} | גל השרון")),
            _f("shivuki", MIDDLE, 0.2, (_OLD, "תוכן שיווקי")),
            _f("od", MIDDLE, 0.3, (_OLD, "עוד באתר: {other_title}")),
            _f("gilayon", FOOTER, 0.25, (_OLD, "העיתון המודפס של גל השרון מחולק בכל יום חמישי "
                                               "לתיבות הדואר בשרון"),
               (GS_PRINT_PAUSE.isoformat(), "הדפסת העיתון מושהית בתקופת הקורונה; כל הכתבות "
                                            "זמינות באתר גל השרון")),
            _f("whatsapp", FOOTER, 0.3, (_OLD, "📱 יש לכם ידיעה מקומית? שלחו לוואטסאפ המערכת: "
                                               "054-555-0193")),
            _f("hodaa", FOOTER, 0.3, *_gs_hodaa()),
            _f("copyright", FOOTER, 0.35, (_OLD, "כל הזכויות שמורות © גל השרון {year}")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: שם בית הספר תוקן בעקבות פניית קוראים.")),
        ),
    )


# --- a Hebrew regional radio station's news pages -----------------------------------------

RA_APP = dt.date(2018, 5, 6)
RA_TELEGRAM = dt.date(2019, 2, 3)


def _ra_dated(day: dt.date) -> str:
    return f"{YAMIM[day.weekday()]} {ddmmyyyy(day)} | {{time}}"


@cache
def _ra_hodaa() -> Wordings:
    base = _steps((_OLD, "הצטרפו לקבוצת הוואטסאפ של חדשות רדיו עמקים"),
                  (RA_TELEGRAM.isoformat(), "📢 חדשות העמקים בטלגרם: הצטרפו לערוץ של רדיו "
                                            "עמקים"))
    shoah = holiday_events("shoah", 1, 0, lambda day: (
        "יום הזיכרון לשואה ולגבורה: לוח השידורים של רדיו עמקים משתנה"))
    zikaron = holiday_events("zikaron", 1, 0, lambda day: (
        "יום הזיכרון לחללי מערכות ישראל: שידורי זיכרון מיוחדים עד צאת היום"))
    atzmaut = holiday_events("atzmaut", 0, 0, lambda day: (
        f"חג עצמאות שמח! {day.year - 1948} שנה למדינת ישראל – משדרים מהחגיגות בעמק"))
    votes = knesset_votes(lambda n, day: f"ליל הבחירות לכנסת ה-{n}: משדר מיוחד עם התוצאות "
                                         f"מהעמקים", 0, 1)
    covid = lockdowns("🔒 הסגר: עדכוני משרד הבריאות לעמק יזרעאל ולגלבוע בכל שעה",
                      "🔒 הסגר השני: עדכונים בכל שעה", "🔒 הסגר השלישי: עדכונים בכל שעה")
    return _calendar(base, shoah, zikaron, atzmaut, votes, covid)


def radioamakim_style() -> PublisherStyle:
    """A Hebrew regional radio station's news pages: the programme from a pool, the weekday,
    the numeric date and the time (a wording per day), the presenter's line, a listen-to-the-
    interview line mid-body, the news-on-the-hour line, the live-broadcast line reworded for
    the app in May 2018, a WhatsApp line turned a Telegram appeal and turned by Yom HaShoah,
    Yom HaZikaron and Yom HaAtzmaut (with Israel's age), election nights and the lockdowns,
    the copyright line, a rare correction."""
    return PublisherStyle(
        domain="radioamakim.co.il", site="רדיו עמקים", base_size=55,
        subdomains=(("www.", 100),),
        sections=("news", "programs", "sport", "music"),
        n_authors=4, url_path="/news/{n}",
        pools={"tochnit": ("בוקר טוב עמקים", "מבט לעמק", "יומן הצהריים", "עמקים ספורט",
                           "ערב בעמק")},
        families=(
            _f("tochnit", HEADER, 0.45, (_OLD, "{tochnit}")),
            _f("taarich", HEADER, 0.85, *_by_day(_ra_dated)),
            _f("magish", HEADER, 0.4, (_OLD, "הגיש: {author}")),
            _f("haazinu", MIDDLE, 0.25, (_OLD, "🎧 להאזנה לראיון המלא לחצו כאן")),
            _f("mahadurot", HEADER, 0.2, (_OLD, "מהדורות החדשות של רדיו עמקים: בכל שעה עגולה")),
            _f("shidur", FOOTER, 0.4, (_OLD, "האזינו לרדיו עמקים בשידור חי ב-96.6FM"),
               (RA_APP.isoformat(), "🎧 רדיו עמקים בשידור חי: 96.6FM, באתר ובאפליקציה "
                                    "החדשה")),
            _f("hodaa", FOOTER, 0.25, *_ra_hodaa()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© רדיו עמקים {year} – כל הזכויות שמורות")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: בדיווח המקורי נכתב בטעות שם המושב "
                                             "הלא נכון.")),
        ),
    )


# --- a Russian-language guide for new immigrants ------------------------------------------

SG_REDESIGN = dt.date(2019, 1, 1)
SG_TELEGRAM = dt.date(2017, 6, 4)
MIN_WAGE = (("2014-01-01", "4300"), ("2015-04-01", "4650"), ("2016-07-01", "4825"),
            ("2016-12-01", "5000"), ("2017-12-01", "5300"))


def _sg_dated(day: dt.date) -> str:
    if day < SG_REDESIGN:
        return f"Актуально на {ddmmyyyy(day)}"
    return f"Проверено редакцией {day.day} {MESYATSA[day.month - 1]} {day.year} г."


def shalomgid_style() -> PublisherStyle:
    """A Russian-language guide for new immigrants: a section from a pool, "Актуально на"
    with the numeric date turned "Проверено редакцией" with the long date on New Year's Day
    2019 (a wording per day), the minimum wage (raised in 2015, 2016 twice and 2017), the
    source from a pool, a "useful to know" link and a WhatsApp help line turned a Telegram
    group in June 2017 mid-body, the not-legal-advice line, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="shalomgid.co.il", site="Шалом-Гид", base_size=40,
        subdomains=(("www.", 100),),
        sections=("prava", "nalogi", "rabota", "zhilye", "zdorovye", "armiya"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={
            "rubrika": ("Права репатриантов", "Налоги", "Работа", "Жильё", "Здоровье",
                        "Армия"),
            "istochnik": ("Министерство алии и интеграции", "Битуах леуми",
                          "Налоговое управление", "больничные кассы"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.85, *_by_day(_sg_dated)),
            _f("minimalka", FOOTER, 0.25, *by_table(MIN_WAGE, lambda v: (
                f"Минимальная зарплата в Израиле: {v} шекелей в месяц"))),
            _f("istochnik", FOOTER, 0.3, (_OLD, "По данным: {istochnik}")),
            _f("polezno", MIDDLE, 0.3, (_OLD, "Полезно знать: {other_title}")),
            _f("pomosch", MIDDLE, 0.2, (_OLD, "Нужна помощь? Задайте вопрос нашим "
                                              "консультантам в WhatsApp: 052-555-0166"),
               (SG_TELEGRAM.isoformat(), "Нужна помощь? Задайте вопрос в нашей группе в "
                                         "Telegram – консультанты отвечают бесплатно")),
            _f("yurist", FOOTER, 0.4, (_OLD, "Информация носит справочный характер и не "
                                             "заменяет консультацию юриста.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Шалом-Гид. Перепечатка только с "
                                                "письменного согласия редакции.")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправление: сумма пособия в статье "
                                                   "уточнена.")),
        ),
    )


# --- a Hebrew local site of the Gaza border towns -----------------------------------------

HD_APP = dt.date(2017, 7, 2)


def _hd_dated(day: dt.date) -> str:
    return f"{hebrew_in_letters(day, of='')} | {day.day:02d}.{day.month:02d}.{day.year % 100:02d}"


@cache
def _hd_pikud() -> Wordings:
    base = _steps((_OLD, "הנחיות פיקוד העורף: אין שינוי בהנחיות להתגוננות באזור"))
    rounds = [_span(first, last, "⚠️ פיקוד העורף: אין לימודים ואין התקהלויות ביישובי עוטף "
                                 "עזה – הישארו בקרבת מרחב מוגן")
              for first, last in ROUNDS]
    covid = lockdowns("🔒 הנחיות הסגר: ההתקהלות מוגבלת, חדרי הביטחון המשותפים פתוחים",
                      "🔒 הסגר השני: הנחיות משרד הבריאות", "🔒 הסגר השלישי: הנחיות משרד "
                      "הבריאות")
    return _calendar(base, rounds, covid)


def hadaromsheli_style() -> PublisherStyle:
    """A Hebrew local site of the Gaza border towns: the town from a pool, the Hebrew date in
    letters beside the short date (a wording per day), the reporter's line, "פרסומת" mid-body,
    the Home Front Command's instructions turned by each round of rocket fire and the
    lockdowns, the alerts-app line reworded in July 2017, a WhatsApp group line, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="hadaromsheli.co.il", site="הדרום שלי", base_size=30,
        subdomains=(("www.", 100),),
        sections=("sderot", "netivot", "ofakim", "ashkelon", "eshkol"),
        n_authors=3, url_path="/{section}/{n}",
        pools={"yeshuv": ("שדרות", "נתיבות", "אופקים", "אשקלון", "שער הנגב", "אשכול")},
        families=(
            _f("yeshuv", HEADER, 0.45, (_OLD, "{yeshuv}")),
            _f("taarich", HEADER, 0.85, *_by_day(_hd_dated)),
            _f("divuach", HEADER, 0.4, (_OLD, "דיווח: {author}")),
            _f("pirsomet", MIDDLE, 0.2, (_OLD, "פרסומת")),
            _f("pikud", FOOTER, 0.3, *_hd_pikud()),
            _f("hatraot", FOOTER, 0.2, (_OLD, "קבלו התרעות צבע אדום בזמן אמת לטלפון"),
               (HD_APP.isoformat(), "הורידו את אפליקציית פיקוד העורף וקבלו התרעות לפי "
                                    "אזור")),
            _f("whatsapp", FOOTER, 0.3, (_OLD, "הצטרפו לקבוצת הוואטסאפ של הדרום שלי – "
                                               "עדכונים מהיישובים")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} הדרום שלי – חדשות עוטף עזה")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: שעת האירוע תוקנה בעקבות הודעת "
                                             "המועצה.")),
        ),
    )


def heldout183_styles() -> list[PublisherStyle]:
    """The held-back-183 styles, in the order the generator hands them to publishers."""
    return [
        kavrishon_style(), jaffagate_style(), izkurier_style(), sawtalmarj_style(),
        kolhakirya_style(), kesefyomi_style(), yarkonpress_style(), ethioisrael_style(),
        galhasharon_style(), radioamakim_style(), shalomgid_style(), hadaromsheli_style(),
    ]
