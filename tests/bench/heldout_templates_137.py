"""The ``held-back-137`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-136 set. It was
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

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share an advertisement marker, a tax-deductibility line or a halachic disclaimer. The
publishers are religious and faith media in English, Spanish, Polish, Arabic, Hebrew, Hindi,
Punjabi and Korean: a British Catholic weekly, an American evangelical mission agency's news
pages, an American Jewish community weekly, a Spanish diocese's weekly, a Polish Catholic
weekly, a Kuwaiti Islamic magazine (in Arabic), an Israeli religious community news site (in
Hebrew), a Hindi devotional magazine, a Korean Christian newspaper, a Canadian Sikh
community paper (in Punjabi), a British Buddhist centre's journal and an English Anglican
diocese's news pages. The families are the kinds a crawl of such sites holds: dates
localised day by day (English, Spanish, Polish with genitive months, Arabic with the tabular
Hijri date in Arabic-Indic digits, Hebrew, Hindi, Korean, Punjabi with the Nanakshahi date),
several changing form on a redesign day (often a feast: Advent Sunday, the first of Ramadan,
Rosh Hashanah, the Nanakshahi new year); lines that turn every day (the liturgical day of
the Roman calendar in English and Spanish, the day's Mass readings, the verse of the day,
Polish name days, the lunar day of the Hindu almanac with the Vikram Samvat year, the
Hukamnama's page, prayer times), every week (Shabbat candle lighting in an American city and
in three Israeli cities, Sunday readings, the next Buddhist observance day by the moon) and
every month (the Pope's prayer intention); notices that follow the calendars of faith
(Advent, Lent, Holy Week, Easter, Pentecost, Thy Kingdom Come, Spain's tax-form box and its
diocesan day, Poland's 1% of income tax, Ramadan with its Hijri year, the Eids and the ten
days of Dhu al-Hijjah, Rosh Hashanah with the Hebrew year in letters, Yom Kippur, Sukkot,
Pesach, Hanukkah, Israel's four elections, Ekadashi and full-moon fasts, Navratri, Diwali,
Holi, Maha Shivaratri, Janmashtami, the 2019 Kumbh, Vaisakhi, Guru Nanak's Gurpurab counted
in years, the Kartarpur corridor, Wesak, the rains retreat and Kathina, Reformation Sunday
with the 500th anniversary, Korean Thanksgiving, Giving Tuesday and year-end matching gifts,
the Year of Mercy, World Youth Day 2016, and the 2020 closures of churches, mosques,
synagogues, gurdwaras and temples); donation appeals and prices with amounts that change
over the years (subscriptions, cover prices, a mission's cost of feeding a family,
matching-gift targets, a Federation's campaign goal, zakat al-fitr, a cow-shelter gift,
class donations); imprimatur, licence and scripture-copyright notices (Jerusalem Bible,
Biblia Tysiąclecia, NRSV, Common Worship); notices reworded in 2016-2020 (the GDPR day among
them); mid-body inserts (related links, advertisement markers up to twice, prayer points,
photo credits, a dedication in memory of the departed); multi-line blocks (readings and
their copyright, charity and copyright lines, tax and accreditation lines); and families in
only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
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
    digits,
    easter,
    iso_day,
    jdn,
    last_weekday,
    nth_weekday,
    thanksgiving,
)
from tests.bench.heldout_calendar import election as _election
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
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MIESIACA = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
            "sierpnia", "września", "października", "listopada", "grudnia")
MIESIAC = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
           "wrzesień", "październik", "listopad", "grudzień")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
SHUHUR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
ARABIC_DAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HODASHIM = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
            "אוקטובר", "נובמבר", "דצמבר")
YAMIM = ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון")
MAAS = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
        "अक्टूबर", "नवंबर", "दिसंबर")
DIN = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
MAHINA = ("ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ",
          "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ")
VAAR = ("ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ", "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨਿੱਚਰਵਾਰ", "ਐਤਵਾਰ")
# The Nanakshahi months: (name, first Gregorian month-day); Chet opens the year on 14 March.
NANAKSHAHI = (("ਚੇਤ", "03-14"), ("ਵੈਸਾਖ", "04-14"), ("ਜੇਠ", "05-15"), ("ਹਾੜ", "06-15"),
              ("ਸਾਵਣ", "07-16"), ("ਭਾਦੋਂ", "08-16"), ("ਅੱਸੂ", "09-15"), ("ਕੱਤਕ", "10-15"),
              ("ਮੱਘਰ", "11-14"), ("ਪੋਹ", "12-14"), ("ਮਾਘ", "01-13"), ("ਫੱਗਣ", "02-12"))
ARABIC_ZERO = "٠"
SYNODIC = 29.530588853
NEW_MOON_JD = 2451550.1  # a new moon, 6 January 2000

# --- helpers of this set ------------------------------------------------------------------


@cache
def mix(day: dt.date, key: str) -> int:
    """A made-up whole number, the same for the same `day` and `key`."""
    return int.from_bytes(hashlib.sha256(f"{key}:{day.toordinal()}".encode()).digest()[:4],
                          "big")


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


def arabic(number: int | str) -> str:
    """A number in Arabic-Indic digits (a decimal point as the Arabic one)."""
    return "".join(digits(c, ARABIC_ZERO) if c.isdigit() else "٫" if c == "." else c
                   for c in str(number))


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular (arithmetical, "Kuwaiti algorithm") Hijri date of `day`, as many sites
    print it: year, month, day (up to two days from the sighted months)."""
    n = jdn(day) - 1948440 + 10632
    cycles = (n - 1) // 10631
    n = n - 10631 * cycles + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycles + j - 30, month, n - (709 * month) // 24


def moon_phase(day: dt.date, hour: float = 12.0) -> float:
    """The mean moon's age on `day` at `hour` UT, as a share of the synodic month (0 new)."""
    jd = jdn(day) - 0.5 + hour / 24
    return ((jd - NEW_MOON_JD) / SYNODIC) % 1.0


def wave(day: dt.date, mean: float, amplitude: float, shift: int = 80) -> int:
    """Minutes after midnight of a time that follows the seasons: `mean` plus `amplitude` at
    the top of the year's wave (the June solstice with the default `shift`)."""
    doy = day.timetuple().tm_yday
    return round(mean + amplitude * math.sin(2 * math.pi * (doy - shift) / 365.2422))


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def us_summer_time(day: dt.date) -> bool:
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def israel_summer_time(day: dt.date) -> bool:
    """Israel's summer time: from the Friday before the last Sunday of March to the last
    Sunday of October."""
    return last_weekday(day.year, 3, 6) - 2 * ONE <= day < last_weekday(day.year, 10, 6)


def advent_sunday(y: int) -> dt.date:
    """The First Sunday of Advent: four Sundays before Christmas."""
    eve = dt.date(y, 12, 24)
    return eve - dt.timedelta(days=(eve.weekday() + 1) % 7) - 21 * ONE


def baptism_of_the_lord(y: int) -> dt.date:
    """The Sunday after 6 January, which closes the Christmas season."""
    jan6 = dt.date(y, 1, 6)
    return jan6 + dt.timedelta(days=(6 - jan6.weekday()) % 7 or 7)


def liturgical(day: dt.date) -> tuple[str, int]:
    """The season of the Roman calendar on `day` and its week (0 where not counted):
    "advent", "christmas", "ordinary", "ash" (the days after Ash Wednesday), "lent", "holy"
    (Holy Week) or "easter"."""
    y, e = day.year, easter(day.year)
    if day >= dt.date(y, 12, 25):
        return "christmas", 0
    if day >= advent_sunday(y):
        return "advent", (day - advent_sunday(y)).days // 7 + 1
    if day <= baptism_of_the_lord(y):
        return "christmas", 0
    if day < e - 46 * ONE:
        return "ordinary", 0
    if day < e - 42 * ONE:
        return "ash", 0
    if day < e - 7 * ONE:
        return "lent", (day - (e - 42 * ONE)).days // 7 + 1
    if day < e:
        return "holy", 0
    if day <= e + 49 * ONE:
        return "easter", (day - e).days // 7 + 1
    return "ordinary", 0


def sunday_cycle(day: dt.date) -> str:
    """The Sunday lectionary year (A, B or C), which turns on Advent Sunday."""
    y = day.year if day >= advent_sunday(day.year) else day.year - 1
    return "ABC"[(y - 2016) % 3]


ORDINALS = ("", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")
ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII")


def liturgical_day(day: dt.date) -> str:
    """The day of the Roman calendar as an English Catholic paper names it."""
    season, week = liturgical(day)
    wd, e, sunday = WEEKDAYS[day.weekday()], easter(day.year), day.weekday() == 6
    cycle = f" (Year {sunday_cycle(day)})" if sunday else ""
    if season == "advent":
        return (f"{ORDINALS[week]} Sunday of Advent{cycle}" if sunday
                else f"{wd} of the {ORDINALS[week]} Week of Advent")
    if season == "christmas":
        if (day.month, day.day) == (12, 25):
            return "The Nativity of the Lord (Christmas Day)"
        return f"{wd} in the Christmas season" + cycle
    if season == "ash":
        return "Ash Wednesday" if day == e - 46 * ONE else f"{wd} after Ash Wednesday"
    if season == "lent":
        return (f"{ORDINALS[week]} Sunday of Lent{cycle}" if sunday
                else f"{wd} of the {ORDINALS[week]} Week of Lent")
    if season == "holy":
        named = {e - 7 * ONE: f"Palm Sunday of the Passion of the Lord{cycle}",
                 e - 3 * ONE: "Holy Thursday", e - 2 * ONE: "Good Friday of the Passion of "
                                                            "the Lord",
                 e - ONE: "Holy Saturday"}
        return named.get(day, f"{wd} of Holy Week")
    if season == "easter":
        if day == e:
            return "Easter Sunday of the Resurrection of the Lord"
        if day == e + 49 * ONE:
            return f"Pentecost Sunday{cycle}"
        if week == 1:
            return f"{wd} within the Octave of Easter"
        return (f"{ORDINALS[week]} Sunday of Easter{cycle}" if sunday
                else f"{wd} of the {ORDINALS[week]} Week of Easter")
    return f"Sunday in Ordinary Time{cycle}" if sunday else f"{wd} in Ordinary Time"


def dia_liturgico(day: dt.date) -> str:
    """The day of the Roman calendar as a Spanish diocesan weekly names it."""
    season, week = liturgical(day)
    wd, e, sunday = DIAS[day.weekday()].capitalize(), easter(day.year), day.weekday() == 6
    ciclo = f" (ciclo {sunday_cycle(day)})" if sunday else ""
    if season == "advent":
        return (f"Domingo {ROMAN[week]} de Adviento{ciclo}" if sunday
                else f"{wd} de la {ROMAN[week]} semana de Adviento")
    if season == "christmas":
        if (day.month, day.day) == (12, 25):
            return "Natividad del Señor"
        return f"{wd} del tiempo de Navidad{ciclo}"
    if season == "ash":
        return "Miércoles de Ceniza" if day == e - 46 * ONE else f"{wd} después de Ceniza"
    if season == "lent":
        return (f"Domingo {ROMAN[week]} de Cuaresma{ciclo}" if sunday
                else f"{wd} de la {ROMAN[week]} semana de Cuaresma")
    if season == "holy":
        named = {e - 7 * ONE: f"Domingo de Ramos en la Pasión del Señor{ciclo}",
                 e - 3 * ONE: "Jueves Santo", e - 2 * ONE: "Viernes Santo",
                 e - ONE: "Sábado Santo"}
        return named.get(day, f"{wd} Santo")
    if season == "easter":
        if day == e:
            return "Domingo de Pascua de la Resurrección del Señor"
        if day == e + 49 * ONE:
            return f"Domingo de Pentecostés{ciclo}"
        if week == 1:
            return f"{wd} de la Octava de Pascua"
        return (f"Domingo {ROMAN[week]} de Pascua{ciclo}" if sunday
                else f"{wd} de la {ROMAN[week]} semana de Pascua")
    return f"Domingo del Tiempo Ordinario{ciclo}" if sunday else f"{wd} del Tiempo Ordinario"


# Books a reading is drawn from, with their chapters: (English, Spanish, Polish, Korean).
BOOKS = (("Gn", "Gn", "Rdz", "창세기", 50), ("Ex", "Ex", "Wj", "출애굽기", 40),
         ("Is", "Is", "Iz", "이사야", 66), ("Jer", "Jr", "Jr", "예레미야", 52),
         ("Ps", "Sal", "Ps", "시편", 150), ("Prv", "Prov", "Prz", "잠언", 31),
         ("Mt", "Mt", "Mt", "마태복음", 28), ("Mk", "Mc", "Mk", "마가복음", 16),
         ("Lk", "Lc", "Łk", "누가복음", 24), ("Jn", "Jn", "J", "요한복음", 21),
         ("Acts", "Hch", "Dz", "사도행전", 28), ("Rom", "Rom", "Rz", "로마서", 16),
         ("1 Cor", "1 Cor", "1 Kor", "고린도전서", 16), ("Eph", "Ef", "Ef", "에베소서", 6),
         ("Phil", "Flp", "Flp", "빌립보서", 4), ("Heb", "Heb", "Hbr", "히브리서", 13),
         ("Jas", "Sant", "Jk", "야고보서", 5), ("1 Jn", "1 Jn", "1 J", "요한일서", 5))
GOSPELS = tuple(b for b in BOOKS if b[0] in ("Mt", "Mk", "Lk", "Jn"))


def reading(day: dt.date, lang: int, books: tuple = BOOKS, sep: str = ":") -> str:
    """A scripture reference for `day` (`lang`: 0 English, 1 Spanish, 2 Polish, 3 Korean):
    a different one each day, as a lectionary or a verse-of-the-day list gives them (the
    Gospel drawn apart from the first reading)."""
    k = day.toordinal() + (0 if books is BOOKS else 17)
    book = books[(k * 7) % len(books)]
    chapter = 1 + (k * 13) % book[4]
    first = 1 + (k * 5) % 24
    return f"{book[lang]} {chapter}{sep}{first}-{first + 4 + k % 7}"


# --- a British Catholic weekly ------------------------------------------------------------

CL_REDESIGN = dt.date(2018, 12, 2)  # relaunched on Advent Sunday 2018
CL_COMMENTS = dt.date(2019, 6, 9)  # Pentecost 2019: comments for subscribers only
CL_PRICES = (("2014-01-01", "£4.99"), ("2016-04-01", "£5.49"), ("2018-12-02", "£5.99"),
             ("2020-04-01", "£6.49"))  # a digital subscription, a month


def _cl_dated(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · {{time}}"


def _cl_readings(day: dt.date) -> str:
    return (f"Mass readings for {day.day} {MONTHS[day.month - 1]}: {reading(day, 0)}; "
            f"{reading(day, 0, GOSPELS)}")


@cache
def _cl_appeal() -> Wordings:
    def base(day: dt.date) -> str:
        price = in_force(day, CL_PRICES)
        if day < CL_REDESIGN:
            return f"Subscribe to The Catholic Lantern from {price} a month"
        return (f"🕯️ Independent Catholic journalism relies on readers: subscribe from "
                f"{price} a month")

    mercy = [_span("2015-12-08", "2016-11-20", "The Jubilee Year of Mercy: follow our "
                                               "coverage from Rome and the dioceses")]
    closed = [_span("2020-03-23", "2020-07-04", "Churches are closed for public worship: "
                                                "find a livestreamed Mass in our guide")]
    lent = _movable(lambda y: easter(y) - 46 * ONE, 0, 45,
                    lambda y: f"Lent {y}: our daily reflections, free to your inbox")
    advent: list[Event] = [(advent_sunday(y), dt.date(y, 12, 25),
                            f"Advent {y}: give a gift subscription this Christmas")
                           for y in YEARS]
    return _calendar(base, closed, lent, advent, mercy)


def lantern_style() -> PublisherStyle:
    """A British Catholic weekly: a section kicker from a pool, the long date turned the
    weekday, the date and the time on Advent Sunday 2018 (a wording per day), "By" turned
    the writer with the beat, the day of the Roman calendar with the Sunday cycle (a wording
    per day), "Related:" and advertisement markers up to twice, a photo credit from a pool,
    a subscription appeal with the month's price (raised in 2016, 2018 and 2020), reworded
    on the redesign and turned by Lent, Advent, the Year of Mercy and the 2020 closure of
    churches, the day's Mass readings and the Jerusalem Bible copyright (a block), a
    comments line reworded at Pentecost 2019, the copyright and charity lines, a rare
    correction."""
    return PublisherStyle(
        domain="catholiclantern.co.uk", site="The Catholic Lantern", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "world", "comment", "features", "parish-life", "vatican"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("NEWS", "WORLD", "VATICAN", "COMMENT", "FEATURES", "PARISH LIFE",
                       "EDUCATION"),
            "beat": ("Rome Correspondent", "News Editor", "Features Writer",
                     "Chief Reporter", "Education Correspondent", "Religious Affairs "
                                                                  "Writer"),
            "photo": ("Lantern Picture Desk", "Vatican Media", "Mazzola Images",
                      "the diocese", "Shutterstock"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_cl_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (CL_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("liturgy", HEADER, 0.25, *_by_day(
                lambda day: f"Today: {liturgical_day(day)}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("appeal", FOOTER, 0.35, *_cl_appeal()),
            _f("readings", FOOTER, 0.3, *_by_day(_cl_readings)),
            _f("jerusalem", FOOTER, 0.2, (_OLD, "Scripture texts are taken from the Jerusalem "
                                                "Bible, © 1966 Darton, Longman & Todd Ltd and "
                                                "Doubleday, and are used with permission.")),
            _f("comments", FOOTER, 0.2,
               (_OLD, "We welcome your comments. Please be charitable: every comment is "
                      "moderated before it appears."),
               (CL_COMMENTS.isoformat(), "Comments are open to subscribers and moderated "
                                         "before they appear. Please be charitable.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} The Catholic Lantern. All rights "
                                                 "reserved.")),
            _f("charity", FOOTER, 0.25, (_OLD, "Lantern Publishing Trust is a registered "
                                               "charity in England and Wales, no. 1098432.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong name for the "
                                                  "parish.")),
        ),
    )


# --- an American evangelical mission agency's news pages ----------------------------------

HF_REDESIGN = dt.date(2017, 10, 2)
HF_PRAYER = dt.date(2019, 1, 7)
HF_FEED = (("2014-01-01", "$35"), ("2017-01-01", "$38"), ("2019-01-01", "$40"))
HF_MATCH = {2015: "100,000", 2016: "150,000", 2017: "150,000", 2018: "200,000",
            2019: "250,000", 2020: "300,000"}


def _hf_dated(day: dt.date) -> str:
    if day < HF_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1][:3]}. {day.day}, {day.year} "
            f"| {{read_min}} min read")


def giving_tuesday(y: int) -> dt.date:
    return thanksgiving(y) + 5 * ONE


@cache
def _hf_give() -> Wordings:
    def base(day: dt.date) -> str:
        return (f"{in_force(day, HF_FEED)} feeds a family in crisis for a month. Give "
                f"today.")

    emergencies = [
        _span("2015-04-25", "2015-06-30", "Nepal earthquake: give to our emergency response "
                                          "now"),
        _span("2016-10-04", "2016-11-20", "Hurricane Matthew: help churches in Haiti feed "
                                          "and shelter their neighbors"),
        _span("2020-03-16", "2020-08-31", "COVID-19 Response Fund: help local churches feed "
                                          "vulnerable families"),
    ]
    tuesday = _movable(lambda y: thanksgiving(y), 0, 5,
                       lambda y: f"#GivingTuesday {y}: every gift matched up to "
                                 f"${HF_MATCH[y]}")
    year_end = _movable(lambda y: giving_tuesday(y) + ONE,
                        0, 30, lambda y: f"Year-end match: your gift is doubled until "
                                         f"December 31, {y}")
    holy = _movable(lambda y: easter(y) - 7 * ONE, 0, 8,
                    lambda y: f"Easter {y}: share the hope of the risen Christ. Give to "
                              f"the Easter appeal")
    return _calendar(base, tuesday, year_end, emergencies, holy)


def harvestfields_style() -> PublisherStyle:
    """An American evangelical mission agency's news pages: a tag from a pool, the long date
    turned the weekday, the short date and the reading time on 2 October 2017 (a wording per
    day), "By" turned the writer and the photographer, a names-changed-for-security line,
    a prayer point from pools reworded in 2019, "Read next:" mid-body, a giving appeal with
    the cost of feeding a family (raised in 2017 and 2019) turned by Giving Tuesday with the
    year's matching target, the year-end match, Easter and the emergencies (Nepal, Haiti,
    the pandemic), the 501(c)(3) line, the accreditation line and the gift-designation line
    (a block), a weekly prayer e-mail line, the copyright line, a rare update."""
    return PublisherStyle(
        domain="harvestfieldsmission.org", site="Harvest Fields Mission", base_size=220,
        subdomains=(("www.", 80), ("news.", 20)),
        sections=("stories", "field-updates", "prayer", "news"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={
            "tag": ("Field Update", "Prayer Request", "Story of Hope", "Disaster Response",
                    "Church Planting", "Bible Translation"),
            "country": ("Kenya", "Nepal", "Peru", "Bangladesh", "Niger", "Cambodia",
                        "Jordan", "Bolivia"),
            "region": ("East Africa", "South Asia", "the Middle East", "Latin America",
                       "Southeast Asia"),
        },
        families=(
            _f("tag", HEADER, 0.5, (_OLD, "{tag}")),
            _f("dated", HEADER, 0.85, *_by_day(_hf_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (HF_REDESIGN.isoformat(), "Written by {author} · Photos by {author2}")),
            _f("names", HEADER, 0.15, (_OLD, "Some names in this story have been changed for "
                                             "security reasons.")),
            _f("pray", MIDDLE, 0.35,
               (_OLD, "Prayer point: pray for the church in {country} and for our workers "
                      "in {region}."),
               (HF_PRAYER.isoformat(), "🙏 Pray with us: for believers in {country} and for "
                                       "the teams serving across {region}")),
            _f("read-next", MIDDLE, 0.35, (_OLD, "Read next: {other_title}")),
            _f("give", FOOTER, 0.45, *_hf_give()),
            _f("tax", FOOTER, 0.35, (_OLD, "Harvest Fields Mission is a 501(c)(3) nonprofit "
                                           "organization. Gifts are tax-deductible as allowed "
                                           "by law.")),
            _f("ecfa", FOOTER, 0.2, (_OLD, "A member of the Evangelical Council for Financial "
                                           "Accountability.")),
            _f("designation", FOOTER, 0.15, (_OLD, "Gifts are used as designated. When a "
                                                   "project is fully funded, your gift goes "
                                                   "where it is needed most.")),
            _f("prayer-mail", FOOTER, 0.2, (_OLD, "Get our prayer updates by email every "
                                                  "Monday.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Harvest Fields Mission. All rights "
                                                 "reserved.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this story was corrected to give the "
                                              "right number of churches planted.")),
        ),
    )


# --- an American Jewish community weekly ---------------------------------------------------

# The first day of Rosh Hashanah (the festival begins the evening before).
ROSH_HASHANAH = {2014: "2014-09-25", 2015: "2015-09-14", 2016: "2016-10-03",
                 2017: "2017-09-21", 2018: "2018-09-10", 2019: "2019-09-30",
                 2020: "2020-09-19", 2021: "2021-09-07"}
PESACH = {2015: "2015-04-04", 2016: "2016-04-23", 2017: "2017-04-11", 2018: "2018-03-31",
          2019: "2019-04-20", 2020: "2020-04-09"}  # 15 Nisan
HANUKKAH = {2015: "2015-12-06", 2016: "2016-12-24", 2017: "2017-12-12", 2018: "2018-12-02",
            2019: "2019-12-22", 2020: "2020-12-10"}  # the evening of the first candle
HEBREW_YEAR_LETTERS = {5775: "תשע״ה", 5776: "תשע״ו", 5777: "תשע״ז", 5778: "תשע״ח",
                       5779: "תשע״ט", 5780: "תש״ף", 5781: "תשפ״א"}
VJ_REDESIGN = iso_day(ROSH_HASHANAH[2019])
VJ_NEWSLETTER = dt.date(2017, 5, 1)
VJ_CAMPAIGN = (("2014-09-01", "2015|3.8"), ("2015-09-01", "2016|3.9"),
               ("2016-09-01", "2017|4.1"), ("2017-09-01", "2018|4.2"),
               ("2018-09-01", "2019|4.4"), ("2019-09-01", "2020|4.5"),
               ("2020-09-01", "2021|4.0"))


def hebrew_year(day: dt.date) -> int:
    """The Jewish year on `day` (it turns on the first day of Rosh Hashanah)."""
    return day.year + 3760 + (day >= iso_day(ROSH_HASHANAH[day.year]))


def yom_kippur(y: int) -> dt.date:
    return iso_day(ROSH_HASHANAH[y], 9)


def shabbat_friday(day: dt.date) -> dt.date:
    """The Friday of the Shabbat a weekly listing gives on `day`: the coming one, the
    current one on Saturday."""
    if day.weekday() == 5:
        return day - ONE
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


def valley_sunset(day: dt.date) -> int:
    """Made-up sunset in the Chronicle's city, in minutes after midnight, clock time."""
    return wave(day, 18 * 60, 91) + 60 * us_summer_time(day)


def us_time(minutes: int) -> str:
    hour, minute = divmod(minutes, 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'}"


def _vj_dated(day: dt.date) -> str:
    if day < VJ_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} | "
            f"{hebrew_year(day)}")


def _vj_candles(day: dt.date) -> str:
    friday = shabbat_friday(day)
    saturday = friday + ONE
    return (f"Candle lighting Friday, {MONTHS[friday.month - 1]} {friday.day}: "
            f"{us_time(valley_sunset(friday) - 18)} · Havdalah Saturday: "
            f"{us_time(valley_sunset(saturday) + 42)}")


@cache
def _vj_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for the Chronicle's weekly e-newsletter"),
                  (VJ_NEWSLETTER.isoformat(), "📰 The Chronicle in your inbox every Thursday: "
                                              "sign up free"))
    rosh = _movable(lambda y: iso_day(ROSH_HASHANAH[y]), 10, 1,
                    lambda y: f"Shanah tovah {y + 3761}! Find High Holiday services in our "
                              f"guide")
    kippur = _movable(yom_kippur, 2, 0,
                      lambda y: f"G'mar chatimah tovah: Yom Kippur begins at sundown on "
                                f"{WEEKDAYS[(yom_kippur(y) - ONE).weekday()]}")
    pesach = _movable(lambda y: iso_day(PESACH[y]), 10, 7,
                      lambda y: f"Chag Pesach sameach! Our Passover {y} guide to seders, "
                                f"recipes and services")
    hanukkah = _movable(lambda y: iso_day(HANUKKAH[y]), 2, 8,
                        lambda y: f"Happy Hanukkah! Light the first candle on "
                                  f"{WEEKDAYS[iso_day(HANUKKAH[y]).weekday()]}, "
                                  f"{MONTHS[iso_day(HANUKKAH[y]).month - 1]} "
                                  f"{iso_day(HANUKKAH[y]).day}")
    closed = [_span("2020-03-16", "2020-08-31", "Most synagogues are streaming services: "
                                                "see our online listings")]
    return _calendar(base, rosh, kippur, pesach, hanukkah, closed)


def valleyjewish_style() -> PublisherStyle:
    """An American Jewish community weekly: a section from a pool, "Posted on" with the long
    date turned the weekday, the date and the Jewish year on Rosh Hashanah 5780 (a wording
    per day), "By" with the beat, the week's Shabbat candle lighting and Havdalah times for
    the city (a wording per week, with American summer time), an e-newsletter line
    reworded and turned by Rosh Hashanah with the new year, Yom Kippur, Pesach, Hanukkah and
    the 2020 closures, "Also read:" and advertisement markers mid-body, the Federation's
    annual campaign with its goal (changing each September), the kashrut disclaimer, the
    obituaries and letters lines, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="valleyjewishchronicle.com", site="The Valley Jewish Chronicle",
        base_size=195, subdomains=(("www.", 100),),
        sections=("local", "israel", "opinion", "arts", "simchas", "obituaries"),
        n_authors=7, url_path="/{section}/{slug}/",
        pools={
            "desk": ("Local", "Israel", "Opinion", "Arts & Culture", "Simchas", "Food",
                        "Obituaries"),
            "beat": ("Chronicle staff", "Contributing Writer", "Israel Correspondent",
                     "Arts Editor", "Senior Writer"),
        },
        families=(
            _f("desk", HEADER, 0.45, (_OLD, "{desk}")),
            _f("dated", HEADER, 0.85, *_by_day(_vj_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}, {author_beat}")),
            _f("candles", HEADER, 0.3, *_by_day(_vj_candles)),
            _f("also-read", MIDDLE, 0.3, (_OLD, "Also read: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement")),
            _f("notice", FOOTER, 0.35, *_vj_notice()),
            _f("campaign", FOOTER, 0.2, *by_table(VJ_CAMPAIGN, lambda v: (
                f"Support the {v.split('|')[0]} Annual Campaign of the Jewish Federation of "
                f"the Valley: ${v.split('|')[1]} million goal"))),
            _f("kashrut", FOOTER, 0.25, (_OLD, "The Valley Jewish Chronicle does not vouch "
                                               "for the kashrut of any product or "
                                               "establishment advertised in its pages.")),
            _f("obits", FOOTER, 0.1, (_OLD, "Obituaries are published free of charge. Send "
                                            "them to obits@valleyjewishchronicle.com.")),
            _f("letters", FOOTER, 0.15, (_OLD, "Letters to the editor must be signed and "
                                               "should not exceed 300 words.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Valley Jewish Chronicle")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version misstated "
                                                  "the date of the event.")),
        ),
    )


# --- a Spanish diocese's weekly -----------------------------------------------------------

IV_REDESIGN = dt.date(2017, 12, 3)  # Advent Sunday 2017
IV_BIZUM = dt.date(2019, 3, 6)  # Ash Wednesday 2019
GDPR = dt.date(2018, 5, 25)
DIA_DIOCESANA = {2015: "2015-11-15", 2016: "2016-11-13", 2017: "2017-11-12",
                 2018: "2018-11-12", 2019: "2019-11-10", 2020: "2020-11-08"}
IV_PRECIO = (("2013-01-01", "0,90 €"), ("2016-01-01", "1,00 €"), ("2019-01-01", "1,20 €"))


def _iv_fecha(day: dt.date) -> str:
    if day < IV_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de {day.year}"


def _iv_evangelio(day: dt.date) -> str:
    return (f"Evangelio del día ({day.day} de {MESES[day.month - 1]}): "
            f"{reading(day, 1, GOSPELS, ', ')}")


@cache
def _iv_campana() -> Wordings:
    base = _steps((_OLD, "Colabora con la Iglesia en Valdeolmos: haz tu donativo en nuestra "
                         "web"),
                  (IV_BIZUM.isoformat(), "💛 Colabora con tu parroquia: dona con Bizum al "
                                         "código 01357 o en nuestra web"))
    renta = _yearly("04-05", 0, 86, lambda y: f"Declaración de la Renta {y - 1}: marca la X "
                                              f"a favor de la Iglesia católica")
    diocesana = _movable(lambda y: iso_day(DIA_DIOCESANA[y]), 7, 0,
                         lambda y: f"Día de la Iglesia Diocesana, {iso_day(DIA_DIOCESANA[y]).day}"
                                   f" de noviembre: tu parroquia cuenta contigo")
    santa = _movable(lambda y: easter(y) - 7 * ONE, 0, 8,
                     lambda y: f"Semana Santa {y}: horarios de los oficios en la catedral")
    alarma = [_span("2020-03-14", "2020-05-24", "Misas sin fieles: sigue la Eucaristía diaria "
                                                "en directo desde la catedral")]
    return _calendar(base, alarma, santa, renta, diocesana)


def valdeolmos_style() -> PublisherStyle:
    """A Spanish diocese's weekly: a section from a pool, the numeric date turned the weekday
    and the long date on Advent Sunday 2017 (a wording per day), "Por" turned the writer and
    the photographer, the day of the Roman calendar in Spanish with the Sunday cycle (a
    wording per day), "Lee también:", "Publicidad" and a photo credit mid-body, a giving line
    reworded on Ash Wednesday 2019 and turned by the tax-form box in the income-tax season,
    the Day of the Diocesan Church, Holy Week and the state of alarm, the day's Gospel with
    its Spanish reference, the cover price (raised in 2016 and 2019), the ecclesiastical
    licence line, the data-protection line reworded on the GDPR day, the copyright line, a
    rare correction."""
    return PublisherStyle(
        domain="iglesiavaldeolmos.es", site="Iglesia en Valdeolmos", base_size=170,
        subdomains=(("www.", 100),),
        sections=("diocesis", "iglesia", "vaticano", "caritas", "opinion", "cultura"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "seccion": ("Diócesis", "Iglesia en España", "Vaticano", "Cáritas", "Opinión",
                        "Cultura", "Jóvenes"),
            "foto": ("Delegación de Medios", "Obispado de Valdeolmos", "Archivo", "Cáritas "
                     "Diocesana"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_iv_fecha)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}"),
               (IV_REDESIGN.isoformat(), "Texto: {author} · Fotos: {foto}")),
            _f("liturgia", HEADER, 0.25, *_by_day(lambda day: dia_liturgico(day))),
            _f("lee", MIDDLE, 0.3, (_OLD, "Lee también: {other_title}")),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "Publicidad")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("campana", FOOTER, 0.35, *_iv_campana()),
            _f("evangelio", FOOTER, 0.3, *_by_day(_iv_evangelio)),
            _f("precio", FOOTER, 0.15, *by_table(IV_PRECIO, lambda v: (
                f"Precio del ejemplar: {v}. Suscripción anual en la Delegación de Medios."))),
            _f("licencia", FOOTER, 0.1, (_OLD, "Con licencia eclesiástica.")),
            _f("datos", FOOTER, 0.2,
               (_OLD, "Conforme a la LOPD 15/1999, sus datos se incorporan a un fichero del "
                      "Obispado de Valdeolmos."),
               (GDPR.isoformat(), "Conforme al RGPD (UE) 2016/679, el responsable del "
                                  "tratamiento es el Obispado de Valdeolmos. Puede ejercer sus "
                                  "derechos en dpd@iglesiavaldeolmos.es")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Obispado de Valdeolmos. Todos los "
                                                "derechos reservados.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: la misa se celebrará el "
                                                     "sábado, no el domingo.")),
        ),
    )


# --- a Polish Catholic weekly -------------------------------------------------------------

GP_REDESIGN = dt.date(2017, 11, 26)  # the Solemnity of Christ the King 2017
GP_RIGHTS = dt.date(2019, 6, 1)
GP_CENA = (("2014-01-01", "4,50"), ("2017-01-01", "5,00"), ("2019-01-01", "5,50"),
           ("2020-07-01", "6,00"))
IMIONA = ("Adam", "Agata", "Agnieszka", "Aleksander", "Alicja", "Andrzej", "Anna", "Antoni",
          "Barbara", "Bartłomiej", "Beata", "Bogdan", "Bożena", "Cecylia", "Czesław",
          "Danuta", "Dominik", "Dorota", "Edward", "Elżbieta", "Emilia", "Feliks", "Franciszek",
          "Grażyna", "Grzegorz", "Halina", "Helena", "Henryk", "Ignacy", "Irena", "Jacek",
          "Jadwiga", "Jakub", "Jan", "Joanna", "Józef", "Julia", "Kamil", "Katarzyna",
          "Kazimierz", "Krzysztof", "Leon", "Łucja", "Maciej", "Magdalena", "Małgorzata",
          "Marek", "Maria", "Michał", "Mikołaj", "Paweł", "Piotr", "Regina", "Roman",
          "Stanisław", "Stefan", "Tadeusz", "Teresa", "Wojciech", "Zofia", "Zbigniew")
INTENCJE = ("o pokój w rodzinach", "za ubogich i bezdomnych", "za kapłanów i osoby "
            "konsekrowane", "o szacunek dla stworzenia", "za ludzi młodych", "za chorych i "
            "cierpiących", "za prześladowanych chrześcijan", "o jedność Kościoła",
            "za migrantów i uchodźców", "za osoby starsze", "za rządzących", "o powołania")


def imieniny(day: dt.date) -> str:
    """The names whose feast falls on `day` (the same each year, as calendars list them)."""
    k = day.month * 31 + day.day
    names = dict.fromkeys(IMIONA[(k * m + c) % len(IMIONA)] for m, c in ((7, 0), (11, 3),
                                                                         (13, 5)))
    return ", ".join(names)


def _gp_data(day: dt.date) -> str:
    if day < GP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACA[day.month - 1]} {day.year}, {{time}}"


@cache
def _gp_wesprzyj() -> Wordings:
    def base(day: dt.date) -> str:
        return f"Wesprzyj Głos Parafii: prenumerata od {in_force(day, GP_CENA)} zł za numer"

    procent = _yearly("01-15", 0, 105, lambda y: f"Przekaż 1% podatku za {y - 1} r. "
                                                 f"Fundacji Głos Parafii, KRS 0000318764")
    post = _movable(lambda y: easter(y) - 46 * ONE, 0, 45,
                    lambda y: f"Wielki Post {y}: rekolekcje online na naszym portalu")
    sdm = [_span("2016-07-20", "2016-07-31", "Światowe Dni Młodzieży Kraków 2016: relacje na "
                                             "żywo")]
    dyspensa = [_span("2020-03-14", "2020-05-31", "Dyspensa od udziału w niedzielnej Mszy "
                                                  "św.: transmisje na naszym portalu")]
    return _calendar(base, sdm, dyspensa, post, procent)


def glosparafii_style() -> PublisherStyle:
    """A Polish Catholic weekly: a section from a pool, the numeric date turned the weekday,
    the date with the month in the genitive and the time on Christ the King 2017 (a wording
    per day), "Autor:" turned the writer and the photographer, the day's name days (a
    wording per day, the same each year), "Czytaj także:" and "Reklama" up to twice, the
    day's readings and the Biblia Tysiąclecia licence (a block), the Pope's monthly prayer
    intention (a wording per month), a support line with the cover price (raised in 2017,
    2019 and 2020) turned by the 1% of income tax each winter, Lent, World Youth Day 2016 and
    the 2020 dispensation, the cover price with VAT, an imprimatur line, the copyright line
    reworded in 2019, a rare correction."""
    return PublisherStyle(
        domain="glosparafii.pl", site="Głos Parafii", base_size=150,
        subdomains=(("www.", 100),),
        sections=("kosciol", "polska", "swiat", "wiara", "rodzina", "kultura"),
        n_authors=7, url_path="/{section}/{slug},{n}.html",
        pools={
            "dzial": ("Kościół", "Polska", "Świat", "Wiara", "Rodzina", "Kultura",
                      "Felietony"),
            "foto": ("Głos Parafii", "Archiwum", "Kuria Diecezjalna", "PAP"),
        },
        families=(
            _f("dzial", HEADER, 0.45, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.85, *_by_day(_gp_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}"),
               (GP_REDESIGN.isoformat(), "Tekst: {author}, zdjęcia: {foto}")),
            _f("imieniny", HEADER, 0.25, *_by_day(
                lambda day: f"{day.day} {MIESIACA[day.month - 1]}: imieniny obchodzą "
                            f"{imieniny(day)}")),
            _f("czytaj", MIDDLE, 0.35, (_OLD, "Czytaj także: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("czytania", FOOTER, 0.3, *_by_day(
                lambda day: f"Czytania na {day.day} {MIESIACA[day.month - 1]}: "
                            f"{reading(day, 2, sep=', ')}; {reading(day, 2, GOSPELS, ', ')}")),
            _f("biblia", FOOTER, 0.2, (_OLD, "Teksty biblijne za Biblią Tysiąclecia, © "
                                             "Wydawnictwo Pallottinum. Publikacja za zgodą "
                                             "wydawcy.")),
            _f("intencja", FOOTER, 0.2, *_by_day(
                lambda day: f"Intencja papieska na {MIESIAC[day.month - 1]} {day.year}: "
                            f"módlmy się {INTENCJE[(day.year * 12 + day.month) % 11]}")),
            _f("wesprzyj", FOOTER, 0.3, *_gp_wesprzyj()),
            _f("cena", FOOTER, 0.15, *by_table(GP_CENA, lambda v: (
                f"Cena {v} zł (w tym 8% VAT)"))),
            _f("imprimatur", FOOTER, 0.06, (_OLD, "Imprimatur: Kuria Diecezjalna w Dąbrowie, "
                                                  "nr {count}/{year}")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© {year} Wydawnictwo Głos Parafii. Wszelkie prawa zastrzeżone."),
               (GP_RIGHTS.isoformat(), "© {year} Wydawnictwo Głos Parafii. Wszelkie prawa "
                                       "zastrzeżone. Kopiowanie bez zgody wydawcy zabronione.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w poprzedniej wersji "
                                                    "tekstu błędnie podano datę odpustu.")),
        ),
    )


# --- a Kuwaiti Islamic magazine -----------------------------------------------------------

RAMADAN = {2015: ("2015-06-18", "2015-07-17"), 2016: ("2016-06-06", "2016-07-06"),
           2017: ("2017-05-27", "2017-06-25"), 2018: ("2018-05-17", "2018-06-15"),
           2019: ("2019-05-06", "2019-06-04"), 2020: ("2020-04-24", "2020-05-24")}  # 1st, Eid
ARAFAH = {2015: "2015-09-23", 2016: "2016-09-11", 2017: "2017-08-31", 2018: "2018-08-20",
          2019: "2019-08-10", 2020: "2020-07-30"}
NH_REDESIGN = iso_day(RAMADAN[2018][0])  # relaunched on the first of Ramadan 1439
NH_APP = dt.date(2019, 1, 1)
NH_ZAKAT = {2015: "1.250", 2016: "1.250", 2017: "1.500", 2018: "1.500", 2019: "1.750",
            2020: "2.000"}  # Kuwaiti dinars a person


def prayer_times(day: dt.date) -> tuple[int, int, int, int, int]:
    """Made-up prayer times in Kuwait City (minutes after midnight): dawn, noon, afternoon,
    sunset, night."""
    maghrib = wave(day, 17 * 60 + 50, 60)
    dhuhr = 11 * 60 + 48 + round(7 * math.sin(4 * math.pi * (day.timetuple().tm_yday + 10)
                                              / 365.2422))
    return (wave(day, 4 * 60 + 7, -50), dhuhr, wave(day, 14 * 60 + 50, 25), maghrib,
            maghrib + 80)


def _nh_tarikh(day: dt.date) -> str:
    if day < NH_REDESIGN:
        return f"{day.day} {SHUHUR[day.month - 1]} {day.year}م"
    hy, hm, hd = hijri(day)
    return (f"{ARABIC_DAYS[day.weekday()]}، {arabic(hd)} {HIJRI_MONTHS[hm - 1]} {arabic(hy)}هـ "
            f"الموافق {arabic(day.day)} {SHUHUR[day.month - 1]} {arabic(day.year)}م")


def _nh_mawaqit(day: dt.date) -> str:
    names = ("الفجر", "الظهر", "العصر", "المغرب", "العشاء")
    times = " · ".join(f"{n} {clock(t)}" for n, t in zip(names, prayer_times(day), strict=True))
    text = f"مواقيت الصلاة في مدينة الكويت ليوم {day.day} {SHUHUR[day.month - 1]}: {times}"
    return text if day < NH_REDESIGN else "".join(arabic(c) if c.isdigit() else c for c in text)


@cache
def _nh_tanbih() -> Wordings:
    base = _steps((_OLD, "تابعوا مجلة نور الهدى على تويتر وإنستغرام"),
                  (NH_APP.isoformat(), "📲 حمّلوا تطبيق نور الهدى لمواقيت الصلاة والأذكار "
                                       "اليومية"))
    ramadan = _movable(lambda y: iso_day(RAMADAN[y][0]), 2, 0,
                       lambda y: f"رمضان {arabic(hijri(iso_day(RAMADAN[y][0]))[0])}هـ: إمساكية "
                                 f"الشهر الكريم ومواعيد صلاة التراويح")
    fasting: list[Event] = [(iso_day(RAMADAN[y][0], 1), iso_day(RAMADAN[y][1]),
                             "رمضان كريم: تقبل الله صيامكم وقيامكم") for y in YEARS]
    fitr = _movable(lambda y: iso_day(RAMADAN[y][1]), 0, 2,
                    lambda y: "عيد فطر مبارك، تقبل الله منا ومنكم")
    hajj = _movable(lambda y: iso_day(ARAFAH[y]), 8, 4,
                    lambda y: f"العشر من ذي الحجة {arabic(hijri(iso_day(ARAFAH[y]))[0])}هـ: "
                              f"فضلها وأحكام الأضحية")
    closed = [_span("2020-03-13", "2020-06-30", "صلوا في بيوتكم: تعليق صلاة الجمعة والجماعة "
                                                "في المساجد مؤقتا")]
    return _calendar(base, ramadan, fitr, hajj, closed, fasting)


def nooralhuda_style() -> PublisherStyle:
    """A Kuwaiti Islamic magazine (in Arabic): a section from a pool, the Gregorian date
    turned the weekday, the Hijri date and the Gregorian date in Arabic-Indic digits on the
    first of Ramadan 1439 (a wording per day), "بقلم:", the day's prayer times in Kuwait
    City (a wording per day, in Arabic-Indic digits from the redesign), "اقرأ أيضا:" and
    "إعلان" mid-body, a follow line reworded for the app in 2019 and turned by Ramadan with
    its Hijri year, its days of fasting, Eid al-Fitr, the ten days of Dhu al-Hijjah with
    their Hijri year and the 2020 closure of mosques, the year's zakat al-fitr in dinars
    (changing each first of Ramadan), a donation line reworded on the redesign, the fatwa
    disclaimer, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="nooralhuda.com.kw", site="نور الهدى", base_size=130,
        subdomains=(("www.", 100),),
        sections=("fiqh", "news", "articles", "fatawa", "family", "ramadan"),
        n_authors=6, url_path="/{section}/{n}",
        pools={"qism": ("فقه", "أخبار", "مقالات", "فتاوى", "الأسرة", "رمضانيات",
                        "السيرة النبوية")},
        families=(
            _f("qism", HEADER, 0.45, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_nh_tarikh)),
            _f("katib", HEADER, 0.5, (_OLD, "بقلم: {author}")),
            _f("mawaqit", HEADER, 0.25, *_by_day(_nh_mawaqit)),
            _f("iqra", MIDDLE, 0.3, (_OLD, "اقرأ أيضا: {other_title}")),
            _f("ilan", MIDDLE, 0.25, (_OLD, "إعلان")),
            _f("tanbih", FOOTER, 0.35, *_nh_tanbih()),
            _f("zakat", FOOTER, 0.2, *by_table(
                (("2014-06-29", "1435|1.250"),) + tuple(
                    (RAMADAN[y][0], f"{hijri(iso_day(RAMADAN[y][0]))[0]}|{NH_ZAKAT[y]}")
                    for y in YEARS),
                lambda v: (f"زكاة الفطر لعام {arabic(v.split('|')[0])}هـ: "
                           f"{arabic(v.split('|')[1])} دينار كويتي عن كل فرد"))),
            _f("tabarru", FOOTER, 0.3,
               (_OLD, "لدعم المجلة يمكنكم التبرع عبر الحساب البنكي المنشور في صفحة اتصل بنا"),
               (NH_REDESIGN.isoformat(), "ساهم في نشر العلم النافع: تبرع الآن عبر كي نت")),
            _f("fatwa", FOOTER, 0.1, (_OLD, "الفتاوى المنشورة تعبر عن رأي أصحابها، وللاستفتاء "
                                            "يرجى مراجعة الجهات الرسمية.")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جميع الحقوق محفوظة لمجلة نور الهدى © {year}")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: ورد في نسخة سابقة تاريخ خاطئ للمحاضرة.")),
        ),
    )


# --- an Israeli religious community news site ---------------------------------------------

KG_REDESIGN = iso_day(ROSH_HASHANAH[2019])  # Rosh Hashanah 5780
KG_TELEGRAM = dt.date(2018, 1, 1)
ISRAEL_ELECTIONS = ("2015-03-17", "2019-04-09", "2019-09-17", "2020-03-02")
NIFTARIM = ("יעקב בן שרה ז״ל", "מרים בת רחל ע״ה", "אברהם בן חנה ז״ל", "לאה בת אסתר ע״ה",
            "משה בן פנינה ז״ל")


def jerusalem_sunset(day: dt.date) -> int:
    """Made-up sunset in Jerusalem, minutes after midnight, clock time."""
    return wave(day, 17 * 60 + 45, 63) + 60 * israel_summer_time(day)


def _kg_taarich(day: dt.date) -> str:
    if day < KG_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"יום {YAMIM[day.weekday()]}, {day.day} ב{HODASHIM[day.month - 1]} {day.year}"


def _kg_zmanim(day: dt.date) -> str:
    friday = shabbat_friday(day)
    sunset = jerusalem_sunset(friday)
    return (f"זמני השבת ({friday.day}/{friday.month}): ירושלים {clock(sunset - 40)} | "
            f"תל אביב {clock(sunset + 2 - 20)} | חיפה {clock(sunset + 3 - 30)} | צאת השבת "
            f"{clock(jerusalem_sunset(friday + ONE) + 40)}")


@cache
def _kg_hodaa() -> Wordings:
    base = _steps((_OLD, "הצטרפו לקבוצת הווטסאפ של קול הגבעה לעדכונים"),
                  (KG_TELEGRAM.isoformat(), "📲 כל העדכונים מהשכונה בערוץ הטלגרם של קול "
                                            "הגבעה"))
    rosh = _movable(lambda y: iso_day(ROSH_HASHANAH[y]), 7, 1,
                    lambda y: f"שנה טובה ומתוקה! ברכת שנת {HEBREW_YEAR_LETTERS[y + 3761]}")
    kippur = _movable(yom_kippur, 2, 0, lambda y: "גמר חתימה טובה לכל בית ישראל")
    sukkot = _movable(lambda y: iso_day(ROSH_HASHANAH[y], 14), 1, 7,
                      lambda y: "חג סוכות שמח: לוח השיעורים בסוכה הקהילתית")
    pesach = _movable(lambda y: iso_day(PESACH[y]), 10, 6,
                      lambda y: f"חג כשר ושמח! מכירת חמץ באתר עד ערב פסח {y}")
    hanukkah = _movable(lambda y: iso_day(HANUKKAH[y]), 1, 8,
                        lambda y: "חנוכה שמח: הדלקת נרות קהילתית בכיכר בכל ערב")
    votes = [_election(day, "הבחירות לכנסת: כל העדכונים והתוצאות", before=5)
             for day in ISRAEL_ELECTIONS]
    closed = [_span("2020-03-15", "2020-05-20", "שמרו על ההנחיות: תפילות במניינים מצומצמים "
                                                "בחוץ בלבד")]
    return _calendar(base, rosh, kippur, sukkot, pesach, hanukkah, votes, closed)


def kolhagiva_style() -> PublisherStyle:
    """An Israeli religious community news site (in Hebrew): a section from a pool, the
    numeric date turned the weekday and the date on Rosh Hashanah 5780 (a wording per day),
    "מאת", the Shabbat times in Jerusalem, Tel Aviv and Haifa and its end (a wording per
    week, with Israeli summer time), a dedication in memory of the departed from a pool,
    "עוד בנושא:" and "פרסומת" mid-body, a WhatsApp line reworded for Telegram in 2018 and
    turned by Rosh Hashanah with the year in letters, Yom Kippur, Sukkot, Pesach, Hanukkah,
    the four elections and the 2020 restrictions, the sanctity-of-the-page line, the
    halachic disclaimer, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="kolhagiva.co.il", site="קול הגבעה", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "judaism", "parasha", "halacha", "community", "opinion"),
        n_authors=5, url_path="/{section}/{n}",
        pools={"mador": ("חדשות", "יהדות", "פרשת השבוע", "הלכה", "קהילה", "דעות"),
               "niftar": NIFTARIM},
        families=(
            _f("mador", HEADER, 0.45, (_OLD, "{mador}")),
            _f("taarich", HEADER, 0.85, *_by_day(_kg_taarich)),
            _f("kotev", HEADER, 0.5, (_OLD, "מאת {author}")),
            _f("zmanim", HEADER, 0.25, *_by_day(_kg_zmanim)),
            _f("ilui", MIDDLE, 0.15, (_OLD, "הגיליון מוקדש לעילוי נשמת {niftar}")),
            _f("od", MIDDLE, 0.3, (_OLD, "עוד בנושא: {other_title}")),
            _f("pirsomet", MIDDLE, 0.25, (_OLD, "פרסומת")),
            _f("hodaa", FOOTER, 0.35, *_kg_hodaa()),
            _f("kdusha", FOOTER, 0.2, (_OLD, "הגיליון מכיל דברי תורה – נא לשמור על קדושתו ולא "
                                             "לעיין בו בשעת התפילה")),
            _f("psak", FOOTER, 0.15, (_OLD, "אין לראות בכתוב פסיקת הלכה; בכל שאלה יש לפנות "
                                            "לרב המקומי.")),
            _f("zchuyot", FOOTER, 0.4, (_OLD, "כל הזכויות שמורות © {year} קול הגבעה")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: בגרסה קודמת נפלה טעות בשעת השיעור.")),
        ),
    )


# --- a Hindi devotional magazine ----------------------------------------------------------

BS_REDESIGN = dt.date(2018, 10, 10)  # the first day of Navratri 2018
NAV_VARSH = {2015: "2015-03-21", 2016: "2016-04-08", 2017: "2017-03-28", 2018: "2018-03-18",
             2019: "2019-04-06", 2020: "2020-03-25", 2021: "2021-04-13"}  # Chaitra Shukla Pratipada
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
NAVRATRI = {2015: "2015-10-13", 2016: "2016-10-01", 2017: "2017-09-21", 2018: "2018-10-10",
            2019: "2019-09-29", 2020: "2020-10-17"}
SHIVARATRI = {2015: "2015-02-17", 2016: "2016-03-07", 2017: "2017-02-24", 2018: "2018-02-13",
              2019: "2019-03-04", 2020: "2020-02-21"}
JANMASHTAMI = {2015: "2015-09-05", 2016: "2016-08-25", 2017: "2017-08-15", 2018: "2018-09-03",
               2019: "2019-08-24", 2020: "2020-08-12"}
HOLI = {2015: "2015-03-06", 2016: "2016-03-24", 2017: "2017-03-13", 2018: "2018-03-02",
        2019: "2019-03-21", 2020: "2020-03-10"}
BS_GAUSEVA = (("2014-01-01", "1,100"), ("2017-04-01", "1,500"), ("2020-04-01", "2,100"))
TITHI = ("प्रतिपदा", "द्वितीया", "तृतीया", "चतुर्थी", "पंचमी", "षष्ठी", "सप्तमी", "अष्टमी",
         "नवमी", "दशमी", "एकादशी", "द्वादशी", "त्रयोदशी", "चतुर्दशी")


def tithi(day: dt.date) -> int:
    """The lunar day (1-30: 1-15 the bright half, 15 the full moon, 30 the new moon) at
    sunrise in India, from the mean moon."""
    return int(moon_phase(day, 0.5) * 30) + 1


def tithi_name(n: int) -> str:
    paksha = "शुक्ल पक्ष" if n <= 15 else "कृष्ण पक्ष"
    if n == 15:
        return "पूर्णिमा"
    if n == 30:
        return "अमावस्या"
    return f"{paksha} {TITHI[(n - 1) % 15]}"


def vikram_samvat(day: dt.date) -> int:
    return day.year + 57 if day >= iso_day(NAV_VARSH[day.year]) else day.year + 56


def _bs_dinank(day: dt.date) -> str:
    if day < BS_REDESIGN:
        return f"{day.day} {MAAS[day.month - 1]} {day.year}"
    return f"{DIN[day.weekday()]}, {day.day} {MAAS[day.month - 1]} {day.year}, {{time}} IST"


def _bs_vrat_base(day: dt.date) -> str:
    n = tithi(day)
    if n in (11, 26):
        return "आज एकादशी व्रत है: व्रत कथा और पारण का समय पढ़ें"
    if n == 15:
        return "आज पूर्णिमा है: सत्यनारायण कथा और स्नान-दान का महत्व"
    return "व्रत-त्योहार की पूरी जानकारी के लिए हमारा पंचांग देखें"


@cache
def _bs_vrat() -> Wordings:
    def fest(table: dict[int, str], before: int, after: int,
             text: Callable[[int], str]) -> list[Event]:
        return _movable(lambda y: iso_day(table[y]), before, after, text)

    festivals = (fest(DIWALI, 5, 1, lambda y: f"दीपावली {y}: लक्ष्मी पूजन का शुभ मुहूर्त")
                 + fest(NAVRATRI, 1, 9, lambda y: f"शारदीय नवरात्रि {y}: नौ दिन, नौ देवियां")
                 + fest(SHIVARATRI, 2, 0, lambda y: f"महाशिवरात्रि {y}: चार प्रहर की पूजा विधि")
                 + fest(JANMASHTAMI, 2, 0, lambda y: f"जन्माष्टमी {y}: निशीथ काल पूजा का समय")
                 + fest(HOLI, 3, 0, lambda y: f"होली {y}: होलिका दहन का मुहूर्त"))
    kumbh = [_span("2019-01-15", "2019-03-04", "कुंभ 2019 प्रयागराज: शाही स्नान की तिथियां")]
    lockdown = [_span("2020-03-25", "2020-06-07", "लॉकडाउन में घर से करें दर्शन: मंदिरों की "
                                                  "ऑनलाइन आरती")]
    return _calendar(_bs_vrat_base, festivals, kumbh, lockdown)


def bhaktisandesh_style() -> PublisherStyle:
    """A Hindi devotional magazine: a section from a pool, the date turned the weekday, the
    date and IST on the first day of Navratri 2018 (a wording per day), "लेखक:", the day's
    almanac line with the lunar day and the Vikram Samvat year (a wording per day), "ये भी
    पढ़ें:" and "विज्ञापन" mid-body, a fasting line that follows the moon (Ekadashi and full
    moon) turned by Diwali, Navratri, Maha Shivaratri, Janmashtami and Holi with their
    years, the 2019 Kumbh and the lockdown, a cow-shelter gift with its amount (raised in
    2017 and 2020) and the 80G line (a block), the religious-beliefs disclaimer, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="bhaktisandesh.in", site="भक्ति संदेश", base_size=95,
        subdomains=(("www.", 100),),
        sections=("dharm", "vrat-tyohar", "jyotish", "mandir", "adhyatm"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={"shreni": ("धर्म", "व्रत-त्योहार", "ज्योतिष", "मंदिर", "अध्यात्म", "कथा")},
        families=(
            _f("shreni", HEADER, 0.45, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.85, *_by_day(_bs_dinank)),
            _f("lekhak", HEADER, 0.45, (_OLD, "लेखक: {author}")),
            _f("panchang", HEADER, 0.3, *_by_day(
                lambda day: f"आज का पंचांग ({day.day} {MAAS[day.month - 1]}): "
                            f"{tithi_name(tithi(day))}, विक्रम संवत {vikram_samvat(day)}")),
            _f("ye-bhi", MIDDLE, 0.35, (_OLD, "ये भी पढ़ें: {other_title}")),
            _f("vigyapan", MIDDLE, 0.25, (_OLD, "विज्ञापन")),
            _f("vrat", FOOTER, 0.3, *_bs_vrat()),
            _f("gauseva", FOOTER, 0.25, *by_table(BS_GAUSEVA, lambda v: (
                f"गौ सेवा में सहयोग करें: ₹{v} में एक गाय का एक माह का चारा"))),
            _f("kar-chhoot", FOOTER, 0.2, (_OLD, "दान पर आयकर अधिनियम की धारा 80G के अंतर्गत छूट "
                                          "उपलब्ध है।")),
            _f("asvikaran", FOOTER, 0.25, (_OLD, "अस्वीकरण: इस लेख की जानकारी धार्मिक "
                                                 "मान्यताओं पर आधारित है, भक्ति संदेश इसकी "
                                                 "पुष्टि नहीं करता।")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} भक्ति संदेश. सर्वाधिकार सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: पिछले संस्करण में मुहूर्त का समय गलत छपा "
                                              "था।")),
        ),
    )


# --- a Korean Christian newspaper ---------------------------------------------------------

HB_REDESIGN = dt.date(2017, 10, 29)  # Reformation Sunday 2017
HB_KAKAO = dt.date(2018, 3, 1)
HB_GUIDOK = (("2014-01-01", "50,000"), ("2018-01-01", "60,000"), ("2020-01-01", "70,000"))
HB_HUWON = (("2014-01-01", "1만"), ("2019-01-01", "2만"))


def _hb_ipryeok(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"등록 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return f"입력 {day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]}) {{time}}"


@cache
def _hb_gongji() -> Wordings:
    base = _steps((_OLD, "한빛기독신문을 구독하시면 매주 교계 소식을 받아보실 수 있습니다"),
                  (HB_KAKAO.isoformat(), "📩 카카오톡 채널을 추가하고 한빛기독신문 뉴스를 "
                                         "받아보세요"))
    easter_week = _movable(lambda y: easter(y) - 7 * ONE, 0, 8,
                           lambda y: f"{y} 부활절 연합예배 안내: 장소와 시간을 확인하세요")
    reformation = [_span("2017-10-01", "2017-10-31", "종교개혁 500주년: 다시 말씀으로, 다시 "
                                                     "복음으로")]
    reformation += _movable(lambda y: last_weekday(y, 10, 6), 6, 0,
                            lambda y: f"종교개혁기념주일 ({y}년 10월 "
                                      f"{last_weekday(y, 10, 6).day}일)",
                            years=range(2015, 2021))
    thanks = _movable(lambda y: nth_weekday(y, 11, 6, 3), 6, 0,
                      lambda y: f"추수감사주일 ({y}년 11월 {nth_weekday(y, 11, 6, 3).day}일): "
                                f"감사의 열매를 나눕니다")
    christmas = _yearly("12-25", 7, 1, lambda y: f"{y} 성탄을 축하합니다: 교회 성탄 예배 안내")
    covid = [_span("2020-02-23", "2020-06-30", "코로나19 확산 방지를 위해 온라인(비대면) 예배에 "
                                               "동참해 주세요")]
    return _calendar(base, easter_week, reformation[:1], reformation[1:], thanks, christmas,
                     covid)


def hanbit_style() -> PublisherStyle:
    """A Korean Christian newspaper: a section from a pool, "등록" with the dotted date and the
    time turned "입력" with the long date and the weekday on Reformation Sunday 2017 (a
    wording per day), the reporter line, the verse of the day (a wording per day), "관련기사"
    and "광고" mid-body, a subscription line reworded for a KakaoTalk channel and turned by
    Easter, Reformation Sunday (the 500th anniversary month in 2017), Thanksgiving Sunday,
    Christmas and the 2020 online services, the monthly support amount (raised in 2019) and
    the yearly subscription (raised in 2018 and 2020), the tip-off line, the copyright line
    forbidding reproduction, a rare correction."""
    return PublisherStyle(
        domain="hanbitnews.co.kr", site="한빛기독신문", base_size=80,
        subdomains=(("www.", 100),),
        sections=("church", "ministry", "mission", "theology", "opinion"),
        n_authors=6, url_path="/news/articleView.html?idxno={n}",
        pools={"bunya": ("교계", "목회", "선교", "신학", "오피니언", "문화")},
        families=(
            _f("bunya", HEADER, 0.45, (_OLD, "{bunya}")),
            _f("ipryeok", HEADER, 0.85, *_by_day(_hb_ipryeok)),
            _f("gija", HEADER, 0.55, (_OLD, "{author} 기자")),
            _f("malsseum", HEADER, 0.25, *_by_day(
                lambda day: f"오늘의 말씀 ({day.month}월 {day.day}일): {reading(day, 3)}")),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "관련기사: {other_title}")),
            _f("gwango", MIDDLE, 0.25, (_OLD, "광고")),
            _f("gongji", FOOTER, 0.3, *_hb_gongji()),
            _f("huwon", FOOTER, 0.25, *by_table(HB_HUWON, lambda v: (
                f"한빛기독신문 후원하기: 월 {v}원 정기후원 (국민은행 123-45-6789-012)"))),
            _f("guidok", FOOTER, 0.15, *by_table(HB_GUIDOK, lambda v: f"연간 구독료 {v}원")),
            _f("jebo", FOOTER, 0.3, (_OLD, "제보 및 보도자료: news@hanbitnews.co.kr")),
            _f("jeojakgwon", FOOTER, 0.45, (_OLD, "저작권자 © 한빛기독신문 무단전재 및 재배포 "
                                                  "금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "바로잡습니다: 기사 중 행사 날짜를 "
                                                  "바로잡습니다.")),
        ),
    )


# --- a Canadian Sikh community paper ------------------------------------------------------

SS_REDESIGN = dt.date(2019, 3, 14)  # the Nanakshahi new year 551
SS_ONLINE = dt.date(2017, 4, 14)  # Vaisakhi 2017
GURPURAB = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-04", 2018: "2018-11-23",
            2019: "2019-11-12", 2020: "2020-11-30"}  # Guru Nanak's birth anniversary


def nanakshahi(day: dt.date) -> tuple[int, str, int]:
    """The Nanakshahi date of `day`: year, month name, day of the month."""
    year = day.year - 1468 if day >= dt.date(day.year, 3, 14) else day.year - 1469
    starts = []
    for name, md in NANAKSHAHI:
        first = iso_day(f"{day.year}-{md}")
        starts.append((first if first <= day else iso_day(f"{day.year - 1}-{md}"), name))
    first, name = max(starts)
    return year, name, (day - first).days + 1


def _ss_mitti(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"{day.day} {MAHINA[day.month - 1]} {day.year}"
    ny, nm, nd = nanakshahi(day)
    return (f"{VAAR[day.weekday()]}, {day.day} {MAHINA[day.month - 1]} {day.year} "
            f"({nd} {nm} {ny} ਨਾਨਕਸ਼ਾਹੀ)")


@cache
def _ss_suchna() -> Wordings:
    base = _steps((_OLD, "ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਵਿਖੇ ਹਰ ਐਤਵਾਰ ਦੀਵਾਨ ਸਵੇਰੇ 10 ਵਜੇ ਤੋਂ 1 ਵਜੇ ਤੱਕ"))
    vaisakhi = _yearly("04-14", 6, 1, lambda y: f"ਵਿਸਾਖੀ {y}: ਨਗਰ ਕੀਰਤਨ ਦਾ ਸਮਾਂ ਅਤੇ ਰੂਟ")
    gurpurab = _movable(lambda y: iso_day(GURPURAB[y]), 7, 1,
                        lambda y: f"ਸ੍ਰੀ ਗੁਰੂ ਨਾਨਕ ਦੇਵ ਜੀ ਦਾ {y - 1469}ਵਾਂ ਪ੍ਰਕਾਸ਼ ਪੁਰਬ")
    bandi = _movable(lambda y: iso_day(DIWALI[y]), 2, 0,
                     lambda y: f"ਬੰਦੀ ਛੋੜ ਦਿਵਸ {y}: ਦੀਪਮਾਲਾ ਅਤੇ ਆਤਿਸ਼ਬਾਜ਼ੀ")
    kartarpur = [_span("2019-10-20", "2019-11-04", "ਕਰਤਾਰਪੁਰ ਲਾਂਘਾ: ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਦੀ ਪੂਰੀ "
                                                   "ਜਾਣਕਾਰੀ")]
    covid = [_span("2020-03-17", "2020-07-15", "ਕੋਰੋਨਾ ਕਾਰਨ ਦੀਵਾਨ ਆਨਲਾਈਨ ਪ੍ਰਸਾਰਿਤ ਕੀਤੇ ਜਾ ਰਹੇ "
                                               "ਹਨ")]
    return _calendar(base, gurpurab, vaisakhi, bandi, kartarpur, covid)


def sanjhisangat_style() -> PublisherStyle:
    """A Canadian Sikh community paper (in Punjabi): the Gregorian date turned the weekday,
    the date and the Nanakshahi date on the Nanakshahi new year 551 (a wording per day),
    "ਲੇਖਕ:", the day's Hukamnama with its page (a wording per day), "ਇਹ ਵੀ ਪੜ੍ਹੋ:" and
    "ਇਸ਼ਤਿਹਾਰ" mid-body, a Sunday-diwan line turned by Guru Nanak's Gurpurab counted in
    years, Vaisakhi, Bandi Chhor Divas, the Kartarpur corridor and the pandemic, a Dasvandh
    line reworded at Vaisakhi 2017, the charity number in English, the copyright line, a
    rare correction."""
    return PublisherStyle(
        domain="sanjhisangat.ca", site="ਸਾਂਝੀ ਸੰਗਤ", base_size=65,
        subdomains=(("www.", 100),),
        sections=("khabran", "panth", "sangat", "lekh"),
        n_authors=4, url_path="/{section}/{slug}",
        families=(
            _f("mitti", HEADER, 0.85, *_by_day(_ss_mitti)),
            _f("lekhak", HEADER, 0.45, (_OLD, "ਲੇਖਕ: {author}")),
            _f("hukamnama", HEADER, 0.3, *_by_day(
                lambda day: f"ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ ({day.day} {MAHINA[day.month - 1]}): ਸ੍ਰੀ ਦਰਬਾਰ "
                            f"ਸਾਹਿਬ, ਅੰਗ {1 + mix(day, 'ang') % 1430}")),
            _f("eh-vi", MIDDLE, 0.3, (_OLD, "ਇਹ ਵੀ ਪੜ੍ਹੋ: {other_title}")),
            _f("ishtihar", MIDDLE, 0.25, (_OLD, "ਇਸ਼ਤਿਹਾਰ")),
            _f("suchna", FOOTER, 0.35, *_ss_suchna()),
            _f("dasvandh", FOOTER, 0.25,
               (_OLD, "ਦਸਵੰਧ ਭੇਜਣ ਲਈ ਈ-ਟ੍ਰਾਂਸਫ਼ਰ ਕਰੋ: seva@sanjhisangat.ca"),
               (SS_ONLINE.isoformat(), "ਦਸਵੰਧ ਹੁਣ ਆਨਲਾਈਨ ਭੇਜੋ — ਹਰ ਦਾਨ ਦੀ ਟੈਕਸ ਰਸੀਦ ਦਿੱਤੀ ਜਾਂਦੀ "
                                       "ਹੈ")),
            _f("charity", FOOTER, 0.15, (_OLD, "Registered charity no. 84512 3456 RR0001")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} ਸਾਂਝੀ ਸੰਗਤ — ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ")),
            _f("sodh", HEADER, 0.04, (_OLD, "ਸੋਧ: ਪਿਛਲੀ ਖ਼ਬਰ ਵਿੱਚ ਨਗਰ ਕੀਰਤਨ ਦੀ ਤਾਰੀਖ਼ ਗ਼ਲਤ ਛਪੀ "
                                            "ਸੀ।")),
        ),
    )


# --- a British Buddhist centre's journal --------------------------------------------------

LP_REDESIGN = dt.date(2018, 4, 29)  # Wesak 2018
WESAK = {2015: "2015-05-03", 2016: "2016-05-21", 2017: "2017-05-10", 2018: "2018-04-29",
         2019: "2019-05-18", 2020: "2020-05-07"}
VASSA = {2015: "2015-07-31", 2016: "2016-07-20", 2017: "2017-07-09", 2018: "2018-07-28",
         2019: "2019-07-17", 2020: "2020-07-06"}
KATHINA = {2015: "2015-10-25", 2016: "2016-10-16", 2017: "2017-10-15", 2018: "2018-10-28",
           2019: "2019-10-20", 2020: "2020-10-18"}
LP_CLASSES = (("2014-01-01", "Drop-in meditation: Tuesdays at 7pm. Suggested donation £5 (£3 "
                             "concessions)"),
              ("2017-01-03", "Drop-in meditation: Tuesdays at 7pm. Suggested donation £6 (£4 "
                             "concessions)"),
              ("2019-01-01", "Drop-in meditation: Tuesdays and Thursdays at 7pm. Suggested "
                             "donation £7 (£4 concessions)"),
              ("2020-03-17", "Drop-in meditation has moved online: Tuesdays at 7pm on Zoom, "
                             "by donation"))
PHASES = ("new moon", "first quarter", "full moon", "last quarter")


def next_observance(day: dt.date) -> tuple[dt.date, str]:
    """The next quarter of the mean moon on or after `day` (an observance day) and its
    name."""
    phase = moon_phase(day)
    k = math.floor(phase * 4) + 1
    jd = jdn(day) + (k / 4 - phase) * SYNODIC
    return dt.date.fromordinal(round(jd) - 1721425), PHASES[k % 4]


def _lp_uposatha(day: dt.date) -> str:
    when, name = next_observance(day)
    return (f"Next observance day: {name}, {WEEKDAYS[when.weekday()]} {when.day} "
            f"{MONTHS[when.month - 1]}")


@cache
def _lp_notice() -> Wordings:
    base = _steps((_OLD, "Join our mailing list for news of classes and retreats"))
    wesak = _movable(lambda y: iso_day(WESAK[y]), 10, 0, lambda y: (
        f"Wesak {y}: celebrate the Buddha's birth, awakening and passing with us on "
        f"{WEEKDAYS[iso_day(WESAK[y]).weekday()]} {iso_day(WESAK[y]).day} "
        f"{MONTHS[iso_day(WESAK[y]).month - 1]}"))
    vassa = _movable(lambda y: iso_day(VASSA[y]), 7, 2,
                     lambda y: f"The rains retreat begins: our {y} Vassa programme")
    kathina = _movable(lambda y: iso_day(KATHINA[y]), 10, 0,
                       lambda y: f"Kathina {y}: offering robes and requisites to the Sangha")
    closed = [_span("2020-03-17", "2020-07-31", "The centre is closed: join our daily "
                                                "sittings online")]
    return _calendar(base, wesak, vassa, kathina, closed)


def lotuspath_style() -> PublisherStyle:
    """A British Buddhist centre's journal: the long date turned the weekday and the date on
    Wesak 2018 (a wording per day), "By" turned the writer and the editor, the next
    observance day by the moon (a wording per quarter of the moon), "Related teaching:" and
    an image credit mid-body, a mailing-list line turned by Wesak, the rains retreat,
    Kathina and the 2020 closure, the drop-in class line with its suggested donation (raised
    in 2017 and 2019, online in 2020), the dana line reworded in 2017, the Creative Commons
    licence, the charity line, a rare correction."""
    return PublisherStyle(
        domain="lotuspathjournal.org", site="Lotus Path", base_size=50,
        subdomains=(("www.", 100),),
        sections=("teachings", "news", "retreats", "practice"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={"image": ("Lotus Path archive", "Unsplash", "the author", "Wikimedia Commons")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"{day.day} {MONTHS[day.month - 1]} {day.year}"
                if day < LP_REDESIGN else
                f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (LP_REDESIGN.isoformat(), "Written by {author} · Edited by {author2}")),
            _f("uposatha", HEADER, 0.25, *_by_day(_lp_uposatha)),
            _f("related", MIDDLE, 0.3, (_OLD, "Related teaching: {other_title}")),
            _f("image", MIDDLE, 0.2, (_OLD, "Image: {image}")),
            _f("notice", FOOTER, 0.3, *_lp_notice()),
            _f("classes", FOOTER, 0.3, *by_table(LP_CLASSES, lambda v: v)),
            _f("dana", FOOTER, 0.35,
               (_OLD, "Dana: the teachings are offered freely. Your gifts keep the centre "
                      "open."),
               ("2017-01-03", "Dana: the Dharma is offered freely. If these teachings have "
                              "been of benefit, please consider a gift.")),
            _f("licence", FOOTER, 0.3, (_OLD, "This article is licensed under Creative Commons "
                                              "BY-NC-ND 4.0: share it freely, unaltered, with "
                                              "credit to Lotus Path.")),
            _f("charity", FOOTER, 0.25, (_OLD, "Lotus Path Buddhist Centre is a registered "
                                               "charity in England and Wales, no. 1067321.")),
            _f("correction", HEADER, 0.04, (_OLD, "Note: an earlier version gave the wrong date "
                                                  "for the retreat.")),
        ),
    )


# --- an English Anglican diocese's news pages ---------------------------------------------

DW_REDESIGN = dt.date(2016, 11, 27)  # Advent Sunday 2016
DW_SAFEGUARDING = dt.date(2018, 9, 1)
DW_SERVICES = (("2014-01-01", "Sunday at the Cathedral: 8am Holy Communion, 10.30am Sung "
                              "Eucharist, 3.30pm Choral Evensong"),
               ("2020-03-23", "The Cathedral's Sunday Eucharist is streamed online at "
                              "10.30am"),
               ("2020-07-05", "Services have resumed with limited seating: please book your "
                              "place online"))


def ascension(y: int) -> dt.date:
    return easter(y) + 39 * ONE


def _dw_readings(day: dt.date) -> str:
    sunday = day + dt.timedelta(days=(6 - day.weekday()) % 7)
    return (f"Readings for Sunday {sunday.day} {MONTHS[sunday.month - 1]}: "
            f"{reading(sunday, 0)}; {reading(sunday, 0, GOSPELS)}")


@cache
def _dw_giving() -> Wordings:
    base = _steps((_OLD, "Support your parish: set up a regular gift by Direct Debit"))
    kingdom = _movable(ascension, 0, 10, lambda y: f"Thy Kingdom Come {y}: pray with us from "
                                                   f"Ascension Day to Pentecost",
                       years=range(2016, 2021))
    lent = _movable(lambda y: easter(y) - 46 * ONE, 0, 39,
                    lambda y: f"Bishop's Lent Appeal {y}: give through your parish")
    christmas = _yearly("12-25", 24, 0, lambda y: "Christmas services across the diocese: find "
                                                  "a church near you")
    closed = [_span("2020-03-23", "2020-07-04", "Our churches are closed for public worship: "
                                                "find online services near you")]
    return _calendar(base, kingdom, closed, lent, christmas)


def wexcombe_style() -> PublisherStyle:
    """An English Anglican diocese's news pages: "Posted on" with the long date turned the
    date alone on Advent Sunday 2016 (a wording per day), the coming Sunday's readings (a
    wording per week), "Read more:" mid-body, the Cathedral's Sunday services (streamed in
    2020, then booked), a giving line turned by Thy Kingdom Come (from 2016), the Bishop's
    Lent Appeal, Christmas and the 2020 closure of churches, the safeguarding line reworded
    in 2018, the NRSV and Common Worship copyright lines, the board of finance and
    copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="dioceseofwexcombe.org.uk", site="Diocese of Wexcombe", base_size=35,
        subdomains=(("www.", 100),),
        sections=("news", "events", "parishes", "bishop"),
        n_authors=3, url_path="/news/{slug}",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
                if day < DW_REDESIGN else f"{day.day} {MONTHS[day.month - 1]} {day.year}")),
            _f("readings", HEADER, 0.2, *_by_day(_dw_readings)),
            _f("read-more", MIDDLE, 0.3, (_OLD, "Read more: {other_title}")),
            _f("services", FOOTER, 0.25, *by_table(DW_SERVICES, lambda v: v)),
            _f("giving", FOOTER, 0.25, *_dw_giving()),
            _f("safeguarding", FOOTER, 0.4,
               (_OLD, "Safeguarding: if you are worried about a child or vulnerable adult, "
                      "contact the Diocesan Safeguarding Adviser on 01632 960418."),
               (DW_SAFEGUARDING.isoformat(), "Safeguarding concerns: call the Diocesan "
                                             "Safeguarding Team on 01632 960418, or the police "
                                             "on 999 if someone is in immediate danger.")),
            _f("nrsv", FOOTER, 0.15, (_OLD, "Bible readings: New Revised Standard Version, © "
                                            "1989 National Council of the Churches of Christ "
                                            "in the USA. Used by permission.")),
            _f("common-worship", FOOTER, 0.1, (_OLD, "Material from Common Worship is © The "
                                                     "Archbishops' Council.")),
            _f("dbf", FOOTER, 0.3, (_OLD, "Wexcombe Diocesan Board of Finance: a company "
                                          "limited by guarantee, no. 00123456; registered "
                                          "charity no. 249876.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Diocese of Wexcombe")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the service starts at 3pm, not "
                                                  "2pm.")),
        ),
    )


def heldout137_styles() -> list[PublisherStyle]:
    """The held-back-137 styles, in the order the generator hands them to publishers."""
    return [
        lantern_style(), harvestfields_style(), valleyjewish_style(), valdeolmos_style(),
        glosparafii_style(), nooralhuda_style(), kolhagiva_style(), bhaktisandesh_style(),
        hanbit_style(), sanjhisangat_style(), lotuspath_style(), wexcombe_style(),
    ]
