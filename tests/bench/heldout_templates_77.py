"""The ``held-back-77`` template set of the planted-real benchmark.

Written by a helper session on 2026-11-27 as a clean unseen test, after the held-back-74 set
(`tests.bench.heldout_templates_74`; other sets may have been written at the same time by
other sessions, unseen by this one). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. Eight publishers are of South Asia: an Indian English city daily, a Marathi
daily, a Bangladeshi district paper in Bengali, an Urdu daily of the Deccan, a Tamil district
site, a Telugu district site, a small Sinhala provincial site and a small traders'
association of a Nepali lake town in English with Nepali lines; four are of the Middle East:
a Persian provincial news agency, a Hebrew regional site, a Sorani Kurdish city site and a
small Qatari town site in Gulf Arabic. The families are the kinds a crawl of such sites
holds: dates localised day by day in their own scripts and digits (with the Bengali, the
Hijri, the solar Hijri and the Kurdish calendars beside the Gregorian one, and the Tamil and
Telugu year names), most changing form on the day of a redesign; lines that turn with the day
(sunrise and sunset, the Ramadan fast times, the dam's storage, the onion auction's price
and its closed Sundays, the gold rate, a countdown to a final), the week (candle-lighting
times, the weekday's inauspicious hours), the full moon (the next poya day, an extra one in
a month of two) and the seasons (smog, monsoon, trekking, power cuts); bylines and datelines
of many shapes (a correspondent named by his sub-district, a city dateline with the paper in
brackets), sponsored-content labels, wire disclaimers, agency inputs, a views-are-personal
line, an editor-need-not-agree line, a fair-use line and a statutory fair-use photo credit,
donation appeals with amounts, messenger, channel, newsletter and app appeals (one moved
from a banned messenger), notices reworded in 2016-2020, notices that follow a calendar
(many votes, a referendum, lockdowns and curfews, floods, snow, a blockade, a fuel
shortage, an attack's mourning, national, independence and formation days with their
counts, new years of five calendars, Eids, Diwali, Ganesh, Dashain, Vesak, Pesach and more),
other articles' titles, a tag list, multi-line blocks, mid-body inserts (some up to two
times), bare lines, and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    jdn,
    last_weekday,
    nth_weekday,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

ONE_DAY = dt.timedelta(days=1)

# Zeros of the scripts' digits.
BENGALI_ZERO, DEVANAGARI_ZERO = "\u09e6", "\u0966"
PERSIAN_ZERO, ARABIC_ZERO = "\u06f0", "\u0660"


def local(text: str | int, zero: str) -> str:
    """`text` with its ASCII digits written in the script whose zero is `zero`."""
    return "".join(digits(c, zero) if c.isdigit() else c for c in str(text))


def grouped(n: int) -> str:
    """`n` with a thousands comma (amounts below a lakh print the same in both systems)."""
    return f"{n:,}"


# --- calendars -------------------------------------------------------------------------------

def jalali(day: dt.date) -> tuple[int, int, int]:
    """The solar Hijri (Iranian) date of `day`: (year, month, day)."""
    gy, gm, gd = day.year, day.month, day.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = (355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd
            + before[gm - 1])
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular Islamic date of `day` (year, month, day): the arithmetical calendar, which
    the sites' printed dates follow to within a day or two."""
    n_days = jdn(day) - 1948440 + 10632
    cycle = (n_days - 1) // 10631
    n_days = n_days - 10631 * cycle + 354
    j = (((10985 - n_days) // 5316) * ((50 * n_days) // 17719)
         + (n_days // 5670) * ((43 * n_days) // 15238))
    n_days = (n_days - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43)
              + 29)
    month = (24 * n_days) // 709
    return 30 * cycle + j - 30, month, n_days - (709 * month) // 24


def bangla(day: dt.date) -> tuple[int, int, int]:
    """The Bengali date of `day` as Bangladesh's revised calendar has it: the year from 14
    April, the first five months of 31 days, the others of 30, Falgun 31 in a leap year."""
    y = day.year if (day.month, day.day) >= (4, 14) else day.year - 1
    n = (day - dt.date(y, 4, 14)).days
    lengths = [31] * 5 + [30] * 7
    if (y + 1) % 4 == 0 and ((y + 1) % 100 != 0 or (y + 1) % 400 == 0):
        lengths[10] += 1
    month = 0
    while n >= lengths[month]:
        n -= lengths[month]
        month += 1
    return y - 593, month + 1, n + 1


# The Tamil solar months from the day they usually begin, Chithirai first.
TAMIL_MONTH_STARTS = ("04-14", "05-15", "06-15", "07-17", "08-17", "09-17", "10-18", "11-17",
                      "12-16", "01-15", "02-13", "03-15")
TAMIL_MONTHS = ("சித்திரை", "வைகாசி", "ஆனி", "ஆடி", "ஆவணி", "புரட்டாசி", "ஐப்பசி",
                "கார்த்திகை", "மார்கழி", "தை", "மாசி", "பங்குனி")
# The year of the sixty-year cycle that begins on 14 April of the key's year.
TAMIL_YEARS = {2014: "ஜய", 2015: "மன்மத", 2016: "துர்முகி", 2017: "ஹேவிளம்பி",
               2018: "விளம்பி", 2019: "விகாரி", 2020: "சார்வரி"}


def tamil_date(day: dt.date) -> tuple[str, str, int]:
    """(the year's name, the month, the day of the month) of the Tamil solar calendar."""
    starts = []
    for y in (day.year - 1, day.year):
        for i, md in enumerate(TAMIL_MONTH_STARTS):
            start = dt.date.fromisoformat(f"{y + (i >= 9)}-{md}")
            starts.append((start, i, y))
    start, i, y = max(s for s in starts if s[0] <= day)
    return TAMIL_YEARS[y], TAMIL_MONTHS[i], (day - start).days + 1


def sun_times(day: dt.date, lat: float, lon: float, tz: float) -> tuple[int, int]:
    """Sunrise and sunset on `day` at (`lat`, `lon`), in minutes after local midnight (the
    usual low-precision solar formulas: within a minute or two)."""
    gamma = 2 * math.pi / 365 * (day.timetuple().tm_yday - 0.5)
    eqtime = 229.18 * (0.000075 + 0.001868 * math.cos(gamma) - 0.032077 * math.sin(gamma)
                       - 0.014615 * math.cos(2 * gamma) - 0.040849 * math.sin(2 * gamma))
    decl = (0.006918 - 0.399912 * math.cos(gamma) + 0.070257 * math.sin(gamma)
            - 0.006758 * math.cos(2 * gamma) + 0.000907 * math.sin(2 * gamma)
            - 0.002697 * math.cos(3 * gamma) + 0.00148 * math.sin(3 * gamma))
    phi = math.radians(lat)
    ha = math.degrees(math.acos(math.cos(math.radians(90.833)) / (math.cos(phi) * math.cos(decl))
                                - math.tan(phi) * math.tan(decl)))
    rise = 720 - 4 * (lon + ha) - eqtime + tz * 60
    sets = 720 - 4 * (lon - ha) - eqtime + tz * 60
    return round(rise), round(sets)


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def h12(minutes: int) -> str:
    """A time on the 12-hour clock without the AM/PM mark, as Urdu papers print it."""
    h = minutes // 60 % 12 or 12
    return f"{h}:{minutes % 60:02d}"


SYNODIC = 29.530588853
A_FULL_MOON = dt.datetime(2015, 1, 5, 4, 53)  # UTC


@cache
def poya_days() -> tuple[dt.date, ...]:
    """The full-moon days in Sri Lanka (UTC+5:30) from late 2014 to early 2021 (a mean lunation
    from a known full moon: a day off now and then)."""
    out = []
    for k in range(-2, 80):
        moment = A_FULL_MOON + dt.timedelta(days=k * SYNODIC, hours=5.5)
        out.append(moment.date())
    return tuple(out)


POYA_NAMES = ("දුරුතු", "නවම්", "මැදින්", "බක්", "වෙසක්", "පොසොන්", "ඇසළ", "නිකිණි", "බිනර",
              "වප්", "ඉල්", "උඳුවප්")


def poya_name(poya: dt.date) -> str:
    """The poya's name by its month; the second full moon of a month is its "adhi" poya."""
    name = POYA_NAMES[poya.month - 1]
    if any(p < poya and (p.year, p.month) == (poya.year, poya.month) for p in poya_days()):
        return f"අධි {name}"
    return name


def bikram_year(day: dt.date) -> int:
    """The Bikram Sambat year (Nepal's), which begins in mid-April (1 Baisakh)."""
    new_year = {2015: 14, 2016: 13, 2017: 14, 2018: 14, 2019: 14, 2020: 13, 2021: 14}
    return day.year + (57 if day >= dt.date(day.year, 4, new_year[day.year]) else 56)


def _walk(key: str, anchors: tuple[tuple[str, int], ...], wobble: int) -> Callable[[dt.date], int]:
    """A price per day: straight lines between (ISO day, value) anchors, plus a fixed wobble
    of up to `wobble` each way drawn from the day (made up)."""
    points = [(dt.date.fromisoformat(d), v) for d, v in anchors]

    def value(day: dt.date) -> int:
        for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
            if d0 <= day <= d1:
                base = v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
                break
        else:
            base = points[0][1] if day < points[0][0] else points[-1][1]
        noise = zlib.crc32(f"{key}{day.isoformat()}".encode()) % (2 * wobble + 1) - wobble
        return round(base + noise)

    return value


# Movable days as the sites' readers kept them.
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
GURPURAB = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-04", 2018: "2018-11-23",
            2019: "2019-11-12", 2020: "2020-11-30"}
GANESH = {2015: "2015-09-17", 2016: "2016-09-05", 2017: "2017-08-25", 2018: "2018-09-13",
          2019: "2019-09-02", 2020: "2020-08-22"}
PADWA = {2015: "2015-03-21", 2016: "2016-04-08", 2017: "2017-03-28", 2018: "2018-03-18",
         2019: "2019-04-06", 2020: "2020-03-25", 2021: "2021-04-13"}  # Gudi Padwa and Ugadi
EID_FITR_BD = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-16",
               2019: "2019-06-05", 2020: "2020-05-25"}
EID_FITR_IN = EID_FITR_BD
EID_ADHA_IN = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
               2019: "2019-08-12", 2020: "2020-08-01"}
ASHURA_IR = {2015: "2015-10-24", 2016: "2016-10-12", 2017: "2017-10-01", 2018: "2018-09-20",
             2019: "2019-09-10", 2020: "2020-08-30"}
YOM_HAATZMAUT = {2015: "2015-04-23", 2016: "2016-05-12", 2017: "2017-05-02",
                 2018: "2018-04-19", 2019: "2019-05-09", 2020: "2020-04-29"}
ROSH_HASHANA = {2015: "2015-09-14", 2016: "2016-10-03", 2017: "2017-09-21", 2018: "2018-09-10",
                2019: "2019-09-30", 2020: "2020-09-19"}
HEBREW_YEARS = {2015: 'תשע"ו', 2016: 'תשע"ז', 2017: 'תשע"ח', 2018: 'תשע"ט', 2019: 'תש"ף',
                2020: 'תשפ"א'}  # the year that begins at the key's Rosh Hashana
PESACH = {2015: "2015-04-04", 2016: "2016-04-23", 2017: "2017-04-11", 2018: "2018-03-31",
          2019: "2019-04-20", 2020: "2020-04-09"}
RAMADAN_QA = {2015: ("2015-06-18", "2015-07-16"), 2016: ("2016-06-06", "2016-07-05"),
              2017: ("2017-05-27", "2017-06-24"), 2018: ("2018-05-17", "2018-06-14"),
              2019: ("2019-05-06", "2019-06-03"), 2020: ("2020-04-24", "2020-05-23")}
VESAK = {2015: "2015-05-03", 2016: "2016-05-21", 2017: "2017-05-10", 2018: "2018-04-29",
         2019: "2019-05-18", 2020: "2020-05-07"}
DASHAIN = {2015: "2015-10-22", 2016: "2016-10-11", 2017: "2017-09-30", 2018: "2018-10-19",
           2019: "2019-10-08", 2020: "2020-10-26"}  # Vijaya Dashami
UGADI_YEARS = {2014: "జయ", 2015: "మన్మథ", 2016: "దుర్ముఖి", 2017: "హేవిళంబి", 2018: "విళంబి",
               2019: "వికారి", 2020: "శార్వరి"}  # the year that begins at the key's Ugadi


# --- an Indian English city daily (Chandigarh, Mohali and Panchkula) --------------------------

TL_REDESIGN = dt.date(2018, 8, 15)
TL_BYLINE = dt.date(2017, 7, 3)
TL_LINKS = dt.date(2019, 11, 4)
TL_RIGHTS = dt.date(2017, 4, 3)
TL_WIRE = dt.date(2019, 6, 3)
TL_APPEAL = dt.date(2020, 4, 6)

TL_SEASONS = (
    ("02-10", "🌸 Spring in the city: the Rose Garden and the Garden of Springs stay open "
              "till 8 pm"),
    ("06-25", "🌧️ Monsoon: keep away from the choes and the Sukhna spillway after heavy rain"),
    ("10-01", "🔥 Stubble-burning season: check the tricity's air quality before your morning "
              "walk"),
    ("12-10", "🌫️ Dense fog: trains and flights to and from Chandigarh may run late"),
)


def _tl_notice() -> Wordings:
    base = _steps((_OLD, "Follow The Tricity Ledger on Facebook and Twitter for the latest from "
                         "Chandigarh, Mohali and Panchkula"),
                  ("2018-06-04", "📲 Tricity news on WhatsApp: save our number and send us a "
                                 "'Hi'"),
                  ("2020-02-03", "🔔 Follow us on Google News for tricity updates"))
    news: list[Event] = [
        _vote("2017-02-04", "🗳️ Punjab votes: live updates from Mohali and Kharar", before=3,
              after=1),
        _span("2017-03-09", "2017-03-11", "🗳️ Punjab results: who won Mohali and Kharar"),
        _vote("2019-05-19", "🗳️ Lok Sabha polls: Chandigarh votes today, results on May 23",
              before=3, after=4),
        _vote("2019-10-21", "🗳️ Haryana assembly polls: Panchkula and Kalka results", before=3,
              after=3),
        _span("2020-03-23", "2020-05-31", "😷 Curfew in the tricity: passes, open shops and "
                                          "helplines"),
    ]
    feasts = _yearly("01-26", 1, 0, lambda y: f"🇮🇳 {ordinal(y - 1949)} Republic Day: the "
                                              f"parade at Sector 17, live")
    feasts += _yearly("08-15", 1, 0, lambda y: f"🇮🇳 Happy {ordinal(y - 1946)} Independence "
                                               f"Day")
    feasts += _yearly("01-13", 0, 0, lambda _: "🔥 Happy Lohri from all of us in the newsroom")
    feasts += _movable(_listed(DIWALI), 1, 0, lambda _: "🪔 Happy Diwali: a green one, please; "
                                                        "crackers only from 8 pm to 10 pm")
    feasts += _movable(_listed(GURPURAB), 0, 0,
                       lambda y: ("🙏 550th Prakash Purb of Guru Nanak Dev ji: greetings to "
                                  "our readers" if y == 2019 else
                                  "🙏 Gurpurab greetings to our readers"))
    return _calendar(base, news, feasts)


def tricity_style() -> PublisherStyle:
    """An Indian English city daily (Chandigarh, Mohali and Panchkula): a desk kicker, a
    published line turned an updated line with the weekday on Independence Day 2018, "By"
    turned the writer and the town, a news-service byline, "ALSO READ |" turned "Also Read:"
    (up to twice), a watch-video insert, a photo credit, agency inputs (a list), a wire
    disclaimer reworded, a views-are-personal line with the writer's role, a social line
    turned a WhatsApp and a Google News appeal and turned by three votes and the 2020 curfew,
    Republic and Independence Days with their counts, Lohri, Diwali and Gurpurab (the 550th),
    a donation appeal with an amount reworded in the 2020 epidemic, the smog, fog, monsoon
    and spring seasons, a rights line reworded and the reprint line (a block), a rare rain
    alert."""
    return PublisherStyle(
        domain="tricityledger.in", site="The Tricity Ledger", base_size=236,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("chandigarh", "mohali", "panchkula", "punjab", "haryana", "sports"),
        n_authors=9, url_path="/cities/{section}/{slug}-{n}.html",
        pools={
            "desk": ("Chandigarh", "Mohali", "Panchkula", "Punjab", "Haryana", "Sports"),
            "town": ("Chandigarh", "Mohali", "Panchkula", "Zirakpur", "Kharar"),
            "agency": ("PTI", "IANS", "ANI", "agencies"),
            "photo": ("Ledger photo", "Sourced", "PTI", "Twitter", "File"),
            "writer": ("retired IAS officer", "professor at Panjab University",
                       "Chandigarh-based lawyer", "former Army officer"),
            "amount": ("₹99", "₹199", "₹499", "₹999"),
        },
        families=(
            _f("desk", HEADER, 0.35, (_OLD, "{desk}")),
            _f("updated", HEADER, 0.8, (_OLD, "Published: {date_short}, {time12} IST"),
               (TL_REDESIGN.isoformat(), "Updated: {weekday}, {date_dmy} | {time} IST")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (TL_BYLINE.isoformat(), "{author} | {town}")),
            _f("service", HEADER, 0.12, (_OLD, "Tricity Ledger News Service")),
            _f("alsoread", MIDDLE, 0.35, (_OLD, "ALSO READ | {other_title}"),
               (TL_LINKS.isoformat(), "Also Read: {other_title}"), count=2),
            _f("watch", MIDDLE, 0.1, (_OLD, "▶ WATCH | {other_title}")),
            _f("photo", MIDDLE, 0.22, (_OLD, "(Photo: {photo})")),
            _f("inputs", FOOTER, 0.22, (_OLD, "(With inputs from {agency_list})")),
            _f("wire", FOOTER, 0.1, (_OLD, "(Only the headline of this agency copy was written "
                                           "by our desk; the rest appears as received from the "
                                           "wire.)"),
               (TL_WIRE.isoformat(), "Disclaimer: this is an unedited agency copy carried as "
                                     "received. The Tricity Ledger is not responsible for its "
                                     "content.")),
            _f("views", FOOTER, 0.12, (_OLD, "(The writer is a {writer}. Views expressed are "
                                             "personal.)")),
            _f("notice", FOOTER, 0.3, *_tl_notice()),
            _f("support", FOOTER, 0.15, (_OLD, "Support local journalism in the tricity: "
                                               "contribute {amount} today."),
               (TL_APPEAL.isoformat(), "Reporting through a pandemic costs money. Chip in "
                                       "with {amount} and keep our news free for everyone.")),
            _f("season", FOOTER, 0.15, *_seasons(*TL_SEASONS)),
            _f("rights", FOOTER, 0.4, (_OLD, "© {year} The Tricity Ledger"),
               (TL_RIGHTS.isoformat(), "Copyright © {year} Tricity Ledger Media Pvt. Ltd. "
                                       "All rights reserved.")),
            _f("reprint", FOOTER, 0.3, (_OLD, "For reprint and syndication rights, write to "
                                              "syndication@{domain}")),
            _f("rain", HEADER, 0.04, (_OLD, "⚠️ Orange alert: heavy rain likely in the tricity "
                                            "today, schools stay shut")),
        ),
    )


# --- a Marathi daily (Nashik, Maharashtra) ----------------------------------------------------

MR_REDESIGN = dt.date(2017, 3, 28)  # Gudi Padwa 2017: the date turned ASCII digits
MR_BYLINE = dt.date(2018, 6, 11)
MR_LINKS = dt.date(2019, 6, 17)
MR_RIGHTS = dt.date(2018, 6, 1)

MARATHI_MONTHS = ("जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट",
                  "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर")
MARATHI_WEEKDAYS = ("सोमवार", "मंगळवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")


def _mr_dated(day: dt.date) -> str:
    month = MARATHI_MONTHS[day.month - 1]
    if day < MR_REDESIGN:
        return (f"{MARATHI_WEEKDAYS[day.weekday()]}, {local(day.day, DEVANAGARI_ZERO)} {month} "
                f"{local(day.year, DEVANAGARI_ZERO)}")
    return f"प्रकाशित: {day.day} {month} {day.year}, {{time}}"


def dam_storage(day: dt.date) -> int:
    """The Gangapur dam's storage in per cent (made up): lowest at the start of July, filled
    by late September, drawn down through the dry months; a dry 2015 and a wet 2019."""
    top = {2015: 62, 2019: 99}.get(day.year, 93)
    low = 14
    july, full = dt.date(day.year, 7, 1), dt.date(day.year, 9, 20)
    if day < july:
        last_top = {2014: 90, 2015: 62, 2019: 99}.get(day.year - 1, 93)
        start = dt.date(day.year - 1, 9, 20)
        value = last_top - (last_top - low) * (day - start).days / (july - start).days
    elif day <= full:
        value = low + (top - low) * (day - july).days / (full - july).days
    else:
        value = top - (top - low) * (day - full).days / 284
    wobble = zlib.crc32(day.isoformat().encode()) % 3 - 1
    return max(5, min(100, round(value) + wobble))


def mr_dam_line(day: dt.date) -> str:
    return f"💧 गंगापूर धरणातील आजचा पाणीसाठा: {local(dam_storage(day), DEVANAGARI_ZERO)} टक्के"


onion_price = _walk("onion", (
    ("2015-01-01", 1400), ("2015-08-20", 4200), ("2015-11-01", 1900), ("2016-06-01", 700),
    ("2017-06-01", 600), ("2017-11-10", 2900), ("2018-06-01", 900), ("2019-03-01", 600),
    ("2019-09-25", 4300), ("2019-12-10", 7500), ("2020-02-15", 2000), ("2020-06-01", 900),
    ("2020-10-20", 5600), ("2021-01-10", 2400)), 120)


def mr_onion_line(day: dt.date) -> str:
    """The Lasalgaon onion auction's average price: no auction on Sundays."""
    if day.weekday() == 6:
        return "🧅 लासलगाव बाजार समिती: आज रविवार, कांदा लिलाव बंद"
    price = local(grouped(onion_price(day) // 10 * 10), DEVANAGARI_ZERO)
    return f"🧅 लासलगाव बाजार समिती: लाल कांद्याचा सरासरी दर ₹{price} प्रति क्विंटल"


def _mr_notice() -> Wordings:
    base = _steps((_OLD, "ताज्या बातम्यांसाठी आमचे फेसबुक पेज लाईक करा"),
                  ("2018-09-13", "📲 ताज्या बातम्या थेट व्हॉट्सअ‍ॅपवर: आमचा नंबर सेव्ह करा"),
                  ("2020-07-06", "📢 आता आमच्या टेलिग्राम चॅनलवरही बातम्या वाचा"))
    news: list[Event] = [
        _span("2015-08-26", "2015-09-19", "🚩 सिंहस्थ कुंभमेळा: शाही स्नानासाठी शहरातील वाहतुकीत "
                                          "बदल"),
        _vote("2017-02-21", "🗳️ नाशिक महापालिका निवडणूक: मतदान आणि निकालाचे अपडेट्स",
              before=3, after=2),
        _vote("2019-04-29", "🗳️ लोकसभा निवडणूक: नाशिक आणि दिंडोरीत आज मतदान", before=3,
              after=0),
        _vote("2019-10-21", "🗳️ विधानसभा निवडणूक २०१९: मतदारसंघनिहाय निकाल", before=3,
              after=3),
        _span("2020-03-23", "2020-06-07", "😷 लॉकडाऊन: घरीच रहा, सुरक्षित रहा"),
    ]
    feasts = _movable(_listed(PADWA), 1, 0, lambda _: "🚩 गुढीपाडवा आणि नववर्षाच्या हार्दिक "
                                                      "शुभेच्छा!")
    feasts += _yearly("05-01", 0, 0, lambda y: f"🎉 महाराष्ट्र दिनाच्या "
                                               f"{local(y - 1960, DEVANAGARI_ZERO)}व्या "
                                               f"वर्धापनदिनानिमित्त सर्व वाचकांना शुभेच्छा")
    feasts += _movable(_listed(GANESH), 1, 10, lambda _: "🐘 गणपती बाप्पा मोरया! "
                                                         "गणेशोत्सवाच्या शुभेच्छा")
    feasts += _movable(_listed(DIWALI), 2, 1, lambda _: "🪔 शुभ दीपावली!")
    return _calendar(base, news, feasts)


def nashik_style() -> PublisherStyle:
    """A Marathi daily (Nashik, Maharashtra): a section kicker, the date with the weekday in
    Devanagari digits, turned a published line in ASCII digits with the time on Gudi Padwa
    2017 (a wording per day), a correspondent named by his taluka turned the reporter and
    the taluka, "हेही वाचा:" turned "हेही वाचा ➤" (up to twice), an ad label, a photo credit,
    the dam's storage per day, the onion auction's price per day (closed on Sundays), a
    Facebook line turned WhatsApp and Telegram appeals and turned by the Kumbh, three votes
    and the 2020 lockdown, Gudi Padwa, Maharashtra Day with its count, Ganesh and Diwali, a
    rights line reworded and the printer's line (a block), a rare flood warning."""
    return PublisherStyle(
        domain="godakathvarta.com", site="गोदाकाठ वार्ता", base_size=208,
        subdomains=(("www.", 75), ("", 25)),
        sections=("nashik", "gramin", "rajkaran", "krushi", "krida", "manoranjan"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "vibhag": ("नाशिक शहर", "ग्रामीण", "राजकारण", "कृषी", "क्रीडा", "मनोरंजन"),
            "taluka": ("निफाड", "सिन्नर", "इगतपुरी", "दिंडोरी", "येवला", "मालेगाव"),
            "chitra": ("प्रतिनिधी", "संग्रहित छायाचित्र", "सोशल मीडिया", "वार्ता छायाचित्र"),
        },
        families=(
            _f("vibhag", HEADER, 0.3, (_OLD, "{vibhag}")),
            _f("dinank", HEADER, 0.8, *_by_day(_mr_dated)),
            _f("pratinidhi", HEADER, 0.45, (_OLD, "प्रतिनिधी | {taluka}"),
               (MR_BYLINE.isoformat(), "{author}, {taluka}")),
            _f("hehi", MIDDLE, 0.35, (_OLD, "हेही वाचा: {other_title}"),
               (MR_LINKS.isoformat(), "हेही वाचा ➤ {other_title}"), count=2),
            _f("jahirat", MIDDLE, 0.18, (_OLD, "जाहिरात")),
            _f("chitra", MIDDLE, 0.2, (_OLD, "(छायाचित्र: {chitra})")),
            _f("dharan", FOOTER, 0.25, *_by_day(mr_dam_line)),
            _f("kanda", FOOTER, 0.2, *_by_day(mr_onion_line)),
            _f("suchana", FOOTER, 0.3, *_mr_notice()),
            _f("hakka", FOOTER, 0.4, (_OLD, "© {year} गोदाकाठ वार्ता"),
               (MR_RIGHTS.isoformat(), "© {year} गोदाकाठ वार्ता. सर्व हक्क राखीव. "
                                       "परवानगीशिवाय मजकूर पुनर्प्रकाशित करू नये.")),
            _f("mudrak", FOOTER, 0.3, (_OLD, "मुद्रक व प्रकाशक: सुधीर पाटील, द्वारका, नाशिक "
                                             "४२२०११")),
            _f("pur", HEADER, 0.04, (_OLD, "⚠️ गोदावरीला पूर: रामकुंड परिसरात जाऊ नका")),
        ),
    )


# --- a Bangladeshi district paper in Bengali (Bogura) -----------------------------------------

BD_REDESIGN = dt.date(2019, 4, 14)  # Pohela Boishakh 1426: the Hijri date joined the line
BD_BYLINE = dt.date(2018, 2, 21)
BD_LINKS = dt.date(2018, 9, 3)
BD_RIGHTS = dt.date(2020, 1, 1)

BENGALI_MONTHS = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
                  "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
BANGLA_MONTHS = ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ",
                 "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র")
BENGALI_WEEKDAYS = ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার",
                    "রবিবার")
HIJRI_BENGALI = ("মহররম", "সফর", "রবিউল আউয়াল", "রবিউস সানি", "জমাদিউল আউয়াল",
                 "জমাদিউস সানি", "রজব", "শাবান", "রমজান", "শাওয়াল", "জিলকদ", "জিলহজ")


def bn(text: str | int) -> str:
    return local(text, BENGALI_ZERO)


def _bd_dated(day: dt.date) -> str:
    by, bm, bd_ = bangla(day)
    text = (f"{BENGALI_WEEKDAYS[day.weekday()]}, {bn(day.day)} {BENGALI_MONTHS[day.month - 1]} "
            f"{bn(day.year)}")
    if day < BD_REDESIGN:
        return f"{text} | {bn(bd_)} {BANGLA_MONTHS[bm - 1]} {bn(by)} বঙ্গাব্দ"
    hy, hm, hd = hijri(day)
    return (f"{text}, {bn(bd_)} {BANGLA_MONTHS[bm - 1]} {bn(by)}, {bn(hd)} "
            f"{HIJRI_BENGALI[hm - 1]} {bn(hy)}")


def _bd_rights(y: int) -> str:
    if y < BD_RIGHTS.year:
        return f"© {bn(y)} সর্বস্বত্ব সংরক্ষিত | মহাস্থান সংবাদ"
    return (f"স্বত্ব © {bn(y)} মহাস্থান সংবাদ | অনুমতি ছাড়া এই সাইটের কোনো লেখা, ছবি বা ভিডিও "
            f"ব্যবহার বেআইনি")


def per_year(text: Callable[[int], str]) -> Wordings:
    """A line that prints the year in a script's own digits: one wording per year."""
    return ((_OLD, text(FIRST_DAY.year)),) + tuple(
        (f"{y}-01-01", text(y)) for y in range(FIRST_DAY.year + 1, LAST_DAY.year + 1))


def _bd_notice() -> Wordings:
    base = _steps((_OLD, "আমাদের ফেসবুক পেজে লাইক দিয়ে সঙ্গে থাকুন"),
                  ("2018-12-01", "▶️ আমাদের ইউটিউব চ্যানেল সাবস্ক্রাইব করুন"))
    news: list[Event] = [
        _vote("2018-12-30", "🗳️ একাদশ জাতীয় সংসদ নির্বাচন: বগুড়ার ৭টি আসনের ফলাফল", before=5,
              after=1),
        _span("2019-07-13", "2019-07-31", "🌊 বন্যা পরিস্থিতি: সারিয়াকান্দি ও ধুনটে ত্রাণ "
                                          "বিতরণের খবর"),
        _span("2020-03-26", "2020-05-30", "😷 সাধারণ ছুটি: ঘরে থাকুন, নিরাপদে থাকুন"),
    ]
    feasts = _yearly("04-14", 0, 0, lambda y: f"🎉 শুভ নববর্ষ {bn(y - 593)}")
    feasts += _yearly("02-21", 0, 0, lambda _: "অমর একুশে: ভাষা শহীদদের প্রতি বিনম্র শ্রদ্ধা")
    feasts += _yearly("12-16", 0, 0, lambda y: f"🇧🇩 মহান বিজয় দিবস: বিজয়ের {bn(y - 1971)} বছর")
    feasts += _yearly("03-26", 0, 0, lambda _: "🇧🇩 মহান স্বাধীনতা ও জাতীয় দিবসের শুভেচ্ছা")
    feasts += _movable(_listed(EID_FITR_BD), 1, 2, lambda _: "🌙 ঈদ মোবারক! সবাইকে ঈদের "
                                                             "শুভেচ্ছা")
    return _calendar(base, news, feasts)


def bogura_style() -> PublisherStyle:
    """A Bangladeshi district paper in Bengali (Bogura): a section kicker, the date with the
    weekday and the Bengali date in Bengali digits, the Hijri date added on Pohela Boishakh
    1426 (a wording per day), a correspondent named by his upazila turned the reporter and
    the upazila, "আরও পড়ুন:" turned "আরো পড়ুন ▸" (up to twice), an ad label, a photo
    credit, a Facebook line turned a YouTube appeal and turned by the 2018 vote, a flood and
    the 2020 general holiday, the Bengali new year with its count, the language martyrs,
    Victory Day with its count, Independence Day and Eid, the editor and the office (a
    block) and a rights line in Bengali digits (a wording per year, reworded in 2020), a
    rare river warning."""
    return PublisherStyle(
        domain="mahasthansongbad.com.bd", site="মহাস্থান সংবাদ", base_size=182,
        subdomains=(("www.", 100),),
        sections=("bogura", "saradesh", "rajniti", "krishi", "khela", "binodon"),
        n_authors=6, url_path="/news/{n}",
        pools={
            "bibhag": ("বগুড়া", "সারাদেশ", "রাজনীতি", "কৃষি", "খেলা", "বিনোদন"),
            "upazila": ("শেরপুর", "শিবগঞ্জ", "সোনাতলা", "ধুনট", "কাহালু", "গাবতলী"),
            "chobi": ("সংবাদ", "সংগৃহীত", "প্রতিনিধি", "ফেসবুক থেকে"),
        },
        families=(
            _f("bibhag", HEADER, 0.3, (_OLD, "{bibhag}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_bd_dated)),
            _f("protinidhi", HEADER, 0.45, (_OLD, "{upazila} (বগুড়া) প্রতিনিধি"),
               (BD_BYLINE.isoformat(), "{author}, {upazila} (বগুড়া)")),
            _f("aroo", MIDDLE, 0.35, (_OLD, "আরও পড়ুন: {other_title}"),
               (BD_LINKS.isoformat(), "আরো পড়ুন ▸ {other_title}"), count=2),
            _f("biggapon", MIDDLE, 0.18, (_OLD, "বিজ্ঞাপন")),
            _f("chobi", MIDDLE, 0.2, (_OLD, "ছবি: {chobi}")),
            _f("ghoshona", FOOTER, 0.3, *_bd_notice()),
            _f("sompadok", FOOTER, 0.35, (_OLD, "সম্পাদক ও প্রকাশক: মো. আবদুল হাকিম | "
                                                "কার্যালয়: সাতমাথা, বগুড়া")),
            _f("sorbosotto", FOOTER, 0.4, *per_year(_bd_rights)),
            _f("bonna", HEADER, 0.04, (_OLD, "⚠️ যমুনার পানি বিপদসীমার ওপরে: সারিয়াকান্দির চরে "
                                             "সতর্কতা")),
        ),
    )


# --- a Persian provincial news agency (Rasht, Gilan) -----------------------------------------

FA_REDESIGN = dt.date(2018, 3, 21)  # Nowruz 1397
FA_BYLINE = dt.date(2019, 3, 21)
FA_LINKS = dt.date(2018, 10, 23)
FA_QUOTING = dt.date(2017, 5, 22)

PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                  "آذر", "دی", "بهمن", "اسفند")
PERSIAN_WEEKDAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
PERSIAN_GREGORIAN = ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت",
                     "سپتامبر", "اکتبر", "نوامبر", "دسامبر")


def fa(text: str | int) -> str:
    return local(text, PERSIAN_ZERO)


def _fa_dated(day: dt.date) -> str:
    jy, jm, jd = jalali(day)
    if day < FA_REDESIGN:
        return f"تاریخ انتشار: {fa(jd)} {PERSIAN_MONTHS[jm - 1]} {fa(jy)}"
    return (f"{PERSIAN_WEEKDAYS[day.weekday()]} {fa(jd)} {PERSIAN_MONTHS[jm - 1]} {fa(jy)} - "
            f"{fa(day.day)} {PERSIAN_GREGORIAN[day.month - 1]} {fa(day.year)}")


def _fa_rights(day: dt.date) -> str:
    year = fa(jalali(day)[0])
    if day < FA_QUOTING:
        return f"کلیه حقوق این سایت متعلق به صدای سپیدرود است. © {year}"
    return (f"کلیه حقوق این سایت متعلق به صدای سپیدرود است و نقل مطالب با ذکر منبع بلامانع "
            f"است. © {year}")


def _fa_notice() -> Wordings:
    base = _steps((_OLD, "کانال تلگرام صدای سپیدرود را دنبال کنید"),
                  ("2018-04-30", "ما را در پیام‌رسان سروش دنبال کنید"),
                  ("2019-09-23", "📱 صدای سپیدرود را در ایتا و روبیکا دنبال کنید"))
    news: list[Event] = [
        _vote("2016-02-26", "🗳️ انتخابات مجلس دهم: نتایج حوزه انتخابیه رشت", before=4,
              after=2),
        _vote("2017-05-19", "🗳️ انتخابات ریاست جمهوری و شوراها: نتایج شهر رشت", before=4,
              after=2),
        _span("2020-02-02", "2020-02-09", "❄️ برف سنگین در گیلان: راه‌های روستایی بسته است"),
        _vote("2020-02-21", "🗳️ انتخابات مجلس یازدهم: نتایج شمارش آرا در گیلان", before=4,
              after=2),
        _span("2020-02-24", "2020-05-31", "😷 در خانه بمانیم؛ کرونا را با هم شکست می‌دهیم"),
    ]
    feasts = _yearly("03-20", 3, 4, lambda y: f"🌱 نوروز {fa(y - 621)} مبارک")
    feasts += _movable(_listed(ASHURA_IR), 1, 0, lambda _: "🏴 فرارسیدن تاسوعا و عاشورای حسینی "
                                                           "تسلیت باد")
    feasts += _yearly("02-11", 1, 0, lambda y: f"{fa(y - 1979)}مین سالگرد پیروزی انقلاب اسلامی "
                                               f"گرامی باد")
    feasts += _yearly("12-21", 0, 0, lambda _: "🍉 شب یلدا مبارک")
    return _calendar(base, news, feasts)


def rasht_style() -> PublisherStyle:
    """A Persian provincial news agency (Rasht, Gilan): a service line, a news code turned
    a news id on Nowruz 1397, the solar Hijri date in Persian digits, turned the weekday with
    the Gregorian date on the same day (a wording per day), a reporter turned reporter and
    photographer, "بیشتر بخوانید:" turned "📌 بخوانید:" (up to twice), the source, an
    end-of-news mark with the editor's initials, a tag list, a Telegram line turned Soroush
    when Telegram was filtered and then Eitaa and Rubika, turned by three votes, snow and
    the 2020 epidemic, Nowruz with the year, Ashura, the revolution's anniversary with its
    count and Yalda, a rights line with the solar Hijri year (reworded to allow quoting) and
    the licence (a block), a rare snow warning."""
    return PublisherStyle(
        domain="sedayesepidrud.ir", site="صدای سپیدرود", base_size=150,
        subdomains=(("www.", 100),),
        sections=("ostani", "siasi", "eghtesadi", "ejtemaei", "farhangi", "varzeshi"),
        n_authors=6, url_path="/fa/news/{n}/{slug}",
        pools={
            "servis": ("استانی", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی"),
            "barchasb": ("رشت", "گیلان", "انزلی", "لاهیجان", "آستارا", "برنج", "چای",
                         "گردشگری"),
            "manba": ("ایرنا", "ایسنا", "خبرگزاری مهر", "روابط عمومی استانداری گیلان"),
            "emza": ("م.ر", "ف.ق", "ع.ص", "ن.ب"),
        },
        families=(
            _f("servis", HEADER, 0.35, (_OLD, "سرویس: {servis}")),
            _f("kod", HEADER, 0.55, (_OLD, "کد خبر: {n}"),
               (FA_REDESIGN.isoformat(), "شناسه خبر: {n}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_fa_dated)),
            _f("khabarnegar", HEADER, 0.35, (_OLD, "خبرنگار: {author}"),
               (FA_BYLINE.isoformat(), "گزارش: {author} | عکس: {author2}")),
            _f("bekhanid", MIDDLE, 0.3, (_OLD, "بیشتر بخوانید: {other_title}"),
               (FA_LINKS.isoformat(), "📌 بخوانید: {other_title}"), count=2),
            _f("manba", FOOTER, 0.2, (_OLD, "منبع: {manba}")),
            _f("payan", FOOTER, 0.5, (_OLD, "پایان خبر/ {emza}")),
            _f("barchasb", FOOTER, 0.3, (_OLD, "برچسب‌ها: {barchasb_list}")),
            _f("kanal", FOOTER, 0.3, *_fa_notice()),
            _f("hoquq", FOOTER, 0.4, *_by_day(_fa_rights)),
            _f("mojavez", FOOTER, 0.3, (_OLD, "دارای مجوز از وزارت فرهنگ و ارشاد اسلامی به شماره "
                                              "۷۵۳۱۲")),
            _f("barf", HEADER, 0.04, (_OLD, "⚠️ هشدار نارنجی هواشناسی: بارش برف سنگین در "
                                            "ارتفاعات گیلان")),
        ),
    )


# --- a Hebrew regional site (Beersheba and the Negev) ----------------------------------------

HE_REDESIGN = dt.date(2018, 9, 10)  # Rosh Hashana 5779
HE_BYLINE = dt.date(2017, 1, 1)
HE_LINKS = dt.date(2019, 2, 10)
HE_RIGHTS = dt.date(2018, 3, 1)
HE_NEWSLETTER = dt.date(2020, 1, 5)

HEBREW_MONTHS = ("בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט",
                 "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר")
HEBREW_WEEKDAYS = ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת",
                   "יום ראשון")
BEERSHEBA = (31.25, 34.79)


def _he_dated(day: dt.date) -> str:
    if day < HE_REDESIGN:
        return (f"{HEBREW_WEEKDAYS[day.weekday()]}, {day.day} {HEBREW_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"פורסם: {day:%d.%m.%y}, {{time}}"


def israel_offset(day: dt.date) -> int:
    """Israel's offset from UTC in hours: summer time from the Friday before the last Sunday
    of March to the last Sunday of October."""
    start = last_weekday(day.year, 3, 6) - 2 * ONE_DAY
    end = last_weekday(day.year, 10, 6)
    return 3 if start <= day < end else 2


def shabbat_friday(day: dt.date) -> dt.date:
    """The Friday of the Sabbath a page shows on `day`: this week's, or yesterday's on a
    Saturday."""
    if day.weekday() == 5:
        return day - ONE_DAY
    return day + (4 - day.weekday()) % 7 * ONE_DAY


def he_shabbat_line(day: dt.date) -> str:
    """Candle lighting (sunset less 20 minutes) and the Sabbath's end (sunset plus 40) in
    Beersheba, for the coming Sabbath."""
    friday = shabbat_friday(day)
    saturday = friday + ONE_DAY
    lights = sun_times(friday, *BEERSHEBA, israel_offset(friday))[1] - 20
    ends = sun_times(saturday, *BEERSHEBA, israel_offset(saturday))[1] + 40
    return f"🕯️ כניסת שבת בבאר שבע: {hhmm(lights)} | צאת השבת: {hhmm(ends)}"


def _he_notice() -> Wordings:
    base = _steps((_OLD, "עשו לנו לייק בפייסבוק ותהיו הראשונים לדעת מה קורה בבאר שבע"),
                  ("2019-06-02", "📲 הצטרפו לקבוצת הווטסאפ של נגב עכשיו לעדכונים שוטפים"))
    news: list[Event] = [
        _vote("2015-03-17", "🗳️ הבחירות לכנסת ה-20: התוצאות בבאר שבע ובנגב", before=3,
              after=1),
        _vote("2019-04-09", "🗳️ הבחירות לכנסת ה-21: התוצאות בבאר שבע ובנגב", before=3,
              after=1),
        _vote("2019-09-17", "🗳️ הבחירות לכנסת ה-22: התוצאות בבאר שבע ובנגב", before=3,
              after=1),
        _span("2019-11-12", "2019-11-14", "🚨 מבצע חגורה שחורה: בתי הספר בבאר שבע סגורים"),
        _vote("2020-03-02", "🗳️ הבחירות לכנסת ה-23: מערכת הבחירות השלישית בתוך שנה",
              before=3, after=1),
        _span("2020-03-19", "2020-05-04", "😷 הנחיות הסגר: לא מתרחקים יותר מ-100 מטר מהבית"),
        _span("2020-09-18", "2020-10-17", "😷 הסגר השני: מה מותר ומה אסור"),
    ]
    feasts = _movable(_listed(YOM_HAATZMAUT), 1, 0,
                      lambda y: f"🇮🇱 חג עצמאות שמח! {y - 1948} שנה למדינת ישראל")
    feasts += _movable(_listed(ROSH_HASHANA), 2, 1,
                       lambda y: f"🍎 שנה טובה ומתוקה! {HEBREW_YEARS[y]}")
    feasts += _movable(_listed(PESACH), 1, 1, lambda _: "🍷 חג פסח כשר ושמח")
    return _calendar(base, news, feasts)


def beersheba_style() -> PublisherStyle:
    """A Hebrew regional site (Beersheba and the Negev): a section kicker, the date with the
    weekday and the month with its prefix, turned a short numeric date with the time on Rosh
    Hashana 5779 (a wording per day), "מאת:" turned the writer and the site, a sponsored-
    content label with the partner, "כתבות נוספות:" turned "עוד בנגב עכשיו ←" (up to twice),
    a photo credit (one a statutory fair-use credit), the coming Sabbath's times (a wording
    per week), a Facebook line turned a WhatsApp appeal and turned by four votes, a rocket
    operation and two lockdowns, Independence Day with its count, Rosh Hashana with the
    year's letters and Pesach, a newsletter appeal reworded, a comments disclaimer, a rights
    line reworded, a rare red-alert line."""
    return PublisherStyle(
        domain="negevachshav.co.il", site="נגב עכשיו", base_size=124,
        subdomains=(("www.", 100),),
        sections=("beersheva", "negev", "chinuch", "tzarchanut", "sport", "tarbut"),
        n_authors=5, url_path="/article/{n}",
        pools={
            "madur": ("באר שבע", "הנגב", "חינוך", "צרכנות", "ספורט", "תרבות"),
            "tsilum": ("דוברות העירייה", "באדיבות המשטרה", "צילום פרטי", "יח\"צ",
                       "שימוש לפי סעיף 27א לחוק זכות יוצרים"),
            "shutaf": ("עיריית באר שבע", "אוניברסיטת בן-גוריון", "המכללה האקדמית ספיר",
                       "קניון הנגב"),
        },
        families=(
            _f("madur", HEADER, 0.3, (_OLD, "{madur}")),
            _f("taarich", HEADER, 0.75, *_by_day(_he_dated)),
            _f("kotev", HEADER, 0.45, (_OLD, "מאת: {author}"),
               (HE_BYLINE.isoformat(), "{author} | נגב עכשיו")),
            _f("shituf", HEADER, 0.08, (_OLD, "בשיתוף {shutaf}")),
            _f("od", MIDDLE, 0.3, (_OLD, "כתבות נוספות: {other_title}"),
               (HE_LINKS.isoformat(), "עוד בנגב עכשיו ← {other_title}"), count=2),
            _f("tsilum", MIDDLE, 0.22, (_OLD, "צילום: {tsilum}")),
            _f("shabbat", FOOTER, 0.25, *_by_day(he_shabbat_line)),
            _f("hodaa", FOOTER, 0.3, *_he_notice()),
            _f("niuzleter", FOOTER, 0.2, (_OLD, "רוצים לקבל את חדשות הנגב למייל? הירשמו "
                                                "לניוזלטר שלנו"),
               (HE_NEWSLETTER.isoformat(), "📩 הניוזלטר של נגב עכשיו: כל החדשות מהדרום, פעם "
                                           "ביום")),
            _f("tguvot", FOOTER, 0.2, (_OLD, "התגובות באחריות הכותבים בלבד. המערכת רשאית להסיר "
                                             "תגובות פוגעניות.")),
            _f("zchuyot", FOOTER, 0.4, (_OLD, "© כל הזכויות שמורות לנגב עכשיו"),
               (HE_RIGHTS.isoformat(), "© {year} נגב עכשיו – חדשות באר שבע והנגב. כל הזכויות "
                                       "שמורות.")),
            _f("tseva", HEADER, 0.04, (_OLD, "🚨 צבע אדום בעוטף עזה: היכנסו מיד למרחב המוגן")),
        ),
    )


# --- an Urdu daily of the Deccan (Hyderabad, Telangana) --------------------------------------

UR_REDESIGN = dt.date(2017, 9, 22)  # about the first of Muharram 1439
UR_BYLINE = dt.date(2016, 6, 6)
UR_LINKS = dt.date(2019, 9, 1)
UR_RIGHTS = dt.date(2019, 1, 1)

URDU_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
               "اکتوبر", "نومبر", "دسمبر")
URDU_WEEKDAYS = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
HIJRI_URDU = ("محرم الحرام", "صفر المظفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول",
              "جمادی الثانی", "رجب المرجب", "شعبان المعظم", "رمضان المبارک", "شوال المکرم",
              "ذیقعدہ", "ذی الحجہ")
HYDERABAD = (17.385, 78.487)


def ur(text: str | int) -> str:
    return local(text, PERSIAN_ZERO)


def _ur_dated(day: dt.date) -> str:
    hy, hm, hd = hijri(day)
    gregorian = f"{ur(day.day)} {URDU_MONTHS[day.month - 1]} {ur(day.year)}ء"
    hijri_text = f"{ur(hd)} {HIJRI_URDU[hm - 1]} {ur(hy)}ھ"
    if day < UR_REDESIGN:
        return f"حیدرآباد، {URDU_WEEKDAYS[day.weekday()]} {gregorian} — {hijri_text}"
    return f"{hijri_text} مطابق {gregorian}، بروز {URDU_WEEKDAYS[day.weekday()]}"


def ur_sun_line(day: dt.date) -> str:
    """Sunrise and sunset in Hyderabad; in Ramadan the end of the pre-dawn meal and the time
    to break the fast."""
    rise, sets = sun_times(day, *HYDERABAD, 5.5)
    if hijri(day)[1] == 9:
        return f"🌙 رمضان المبارک: آج سحری کا آخری وقت {ur(h12(rise - 80))}، افطار {ur(h12(sets))}"
    return f"☀️ آج حیدرآباد میں طلوع آفتاب {ur(h12(rise))}، غروب آفتاب {ur(h12(sets))}"


def _ur_notice() -> Wordings:
    base = _steps((_OLD, "تازہ خبروں کے لیے ہمارا فیس بک پیج لائک کیجیے"),
                  ("2018-07-16", "📲 صدائے چارمینار کا واٹس ایپ گروپ جوائن کیجیے"))
    news: list[Event] = [
        _vote("2018-12-07", "🗳️ تلنگانہ اسمبلی انتخابات: حیدرآباد کے نتائج", before=4,
              after=4),
        _vote("2019-04-11", "🗳️ لوک سبھا انتخابات: حیدرآباد میں آج رائے دہی", before=3,
              after=0),
        _span("2020-03-22", "2020-05-31", "😷 لاک ڈاؤن: گھروں میں رہیں، محفوظ رہیں"),
        _span("2020-10-14", "2020-10-25", "🌊 شہر میں سیلاب: امدادی مراکز اور ہیلپ لائن نمبر"),
    ]
    feasts = _movable(_listed(EID_FITR_IN), 1, 2, lambda _: "🌙 عید الفطر مبارک")
    feasts += _movable(_listed(EID_ADHA_IN), 1, 2, lambda _: "🐐 عید الاضحیٰ مبارک")
    feasts += _yearly("06-02", 0, 0, lambda y: f"🎉 یوم تاسیس تلنگانہ: ریاست کے قیام کے "
                                               f"{ur(y - 2014)} برس")
    return _calendar(base, news, feasts)


def hyderabad_style() -> PublisherStyle:
    """An Urdu daily of the Deccan (Hyderabad, Telangana): a section kicker, the city, the
    weekday, the Gregorian and the Hijri dates in Urdu digits, turned Hijri first "مطابق" the
    Gregorian date about the first of Muharram 1439 (a wording per day), sunrise and sunset
    turned the fast's times in Ramadan (a wording per day), a bureau byline turned the
    reporter and the city, "یہ بھی پڑھیں:" turned "مزید پڑھیں ←" (up to twice), an ad label,
    a photo credit, a Facebook line turned a WhatsApp appeal and turned by two votes, the
    2020 lockdown and the city's flood, the two Eids and Telangana's formation day with its
    count, the editor-need-not-agree line, a rights line reworded and the office (a block), a
    rare rain warning."""
    return PublisherStyle(
        domain="sadaecharminar.in", site="صدائے چارمینار", base_size=98,
        subdomains=(("www.", 100),),
        sections=("hyderabad", "telangana", "qaumi", "alami", "khel", "adab"),
        n_authors=5, url_path="/{section}/{n}",
        pools={
            "zumra": ("حیدرآباد", "تلنگانہ", "قومی", "عالمی", "کھیل", "ادب"),
            "tasveer": ("نمائندہ", "ایجنسی", "فائل فوٹو", "سوشل میڈیا"),
        },
        families=(
            _f("zumra", HEADER, 0.3, (_OLD, "{zumra}")),
            _f("tareekh", HEADER, 0.8, *_by_day(_ur_dated)),
            _f("auqat", HEADER, 0.25, *_by_day(ur_sun_line)),
            _f("namanigar", HEADER, 0.45, (_OLD, "بیورو رپورٹ"),
               (UR_BYLINE.isoformat(), "{author} | حیدرآباد")),
            _f("yehbhi", MIDDLE, 0.3, (_OLD, "یہ بھی پڑھیں: {other_title}"),
               (UR_LINKS.isoformat(), "مزید پڑھیں ← {other_title}"), count=2),
            _f("ishtihar", MIDDLE, 0.18, (_OLD, "اشتہار")),
            _f("tasveer", MIDDLE, 0.2, (_OLD, "(تصویر: {tasveer})")),
            _f("elan", FOOTER, 0.3, *_ur_notice()),
            _f("idara", FOOTER, 0.2, (_OLD, "ادارے کا مضمون نگار کی رائے سے متفق ہونا ضروری "
                                            "نہیں۔")),
            _f("huqooq", FOOTER, 0.4, (_OLD, "جملہ حقوق بحق صدائے چارمینار محفوظ ہیں © {year}"),
               (UR_RIGHTS.isoformat(), "© {year} صدائے چارمینار، حیدرآباد — بلا اجازت نقل "
                                       "ممنوع ہے")),
            _f("daftar", FOOTER, 0.3, (_OLD, "دفتر: مغل پورہ، حیدرآباد ۵۰۰۰۰۲ — فون: "
                                             "۰۴۰-۲۴۵۶۱۲۳۴")),
            _f("barish", HEADER, 0.04, (_OLD, "⚠️ شدید بارش کا انتباہ: موسیٰ ندی کے کنارے رہنے "
                                              "والے محتاط رہیں")),
        ),
    )


# --- a Tamil district site (Tirunelveli) ------------------------------------------------------

TA_REDESIGN = dt.date(2018, 4, 14)  # the Tamil new year
TA_BYLINE = dt.date(2018, 1, 15)  # Pongal
TA_LINKS = dt.date(2019, 8, 1)
TA_RIGHTS = dt.date(2017, 9, 1)

TAMIL_GREGORIAN = ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்",
                   "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்")
TAMIL_WEEKDAYS = ("திங்கள்", "செவ்வாய்", "புதன்", "வியாழன்", "வெள்ளி", "சனி", "ஞாயிறு")


def _ta_dated(day: dt.date) -> str:
    year_name, month, mday = tamil_date(day)
    gregorian = f"{TAMIL_GREGORIAN[day.month - 1]} {day.day}, {day.year}"
    if day < TA_REDESIGN:
        return (f"{TAMIL_WEEKDAYS[day.weekday()]}, {gregorian} | {year_name} ஆண்டு, {month} "
                f"{mday}")
    return f"பதிவு: {gregorian} {{time}} | {month} {mday}"


gold_rate = _walk("gold", (
    ("2015-01-01", 2560), ("2015-12-31", 2390), ("2016-07-08", 2930), ("2016-12-31", 2700),
    ("2017-12-31", 2800), ("2018-12-31", 3050), ("2019-09-04", 3680), ("2019-12-31", 3730),
    ("2020-08-07", 5410), ("2021-01-10", 4680)), 18)


def ta_gold_line(day: dt.date) -> str:
    return f"🪙 இன்றைய தங்கம் விலை (22 காரட்): ஒரு கிராம் ₹{grouped(gold_rate(day))}"


def _ta_notice() -> Wordings:
    base = _steps((_OLD, "எங்கள் ஃபேஸ்புக் பக்கத்தை லைக் செய்யுங்கள்"),
                  (TA_REDESIGN.isoformat(), "📲 செய்திகளை உடனுக்குடன் பெற எங்கள் வாட்ஸ்அப் "
                                            "எண்ணைச் சேமியுங்கள்"))
    news: list[Event] = [
        _vote("2016-05-16", "🗳️ சட்டமன்றத் தேர்தல் 2016: நெல்லை மாவட்ட முடிவுகள்", before=4,
              after=3),
        _span("2016-12-06", "2016-12-12", "முதல்வர் ஜெ. ஜெயலலிதா மறைவு: அஞ்சலி"),
        _span("2017-11-30", "2017-12-08", "🌀 ஒக்கி புயல்: நிவாரண உதவி எண்கள்"),
        _vote("2019-04-18", "🗳️ மக்களவைத் தேர்தல்: இன்று வாக்குப்பதிவு", before=3, after=0),
        _span("2020-03-24", "2020-06-30", "😷 ஊரடங்கு: வீட்டிலேயே இருங்கள், பாதுகாப்பாக "
                                          "இருங்கள்"),
    ]
    feasts = _yearly("01-14", 1, 2, lambda _: "🌾 இனிய பொங்கல் நல்வாழ்த்துகள்")
    feasts += _yearly("04-14", 0, 0, lambda y: f"🎉 {TAMIL_YEARS[y]} தமிழ்ப் புத்தாண்டு "
                                               f"நல்வாழ்த்துகள்")
    feasts += _movable(_listed(DIWALI), 1, 0, lambda _: "🪔 தீபாவளி நல்வாழ்த்துகள்")
    return _calendar(base, news, feasts)


def tirunelveli_style() -> PublisherStyle:
    """A Tamil district site (Tirunelveli): a section kicker, the weekday, the Gregorian date
    and the Tamil year's name, month and day, turned a registered line with the time and the
    Tamil month on the Tamil new year 2018 (a wording per day), "our reporter" turned the
    reporter and the town, "இதையும் படிங்க:" turned "இதையும் படிக்கலாமே ▸" (up to twice), an
    ad label, a photo credit, the day's gold rate, a Facebook line turned a WhatsApp appeal
    and turned by two votes, a chief minister's death, a cyclone and the 2020 lockdown,
    Pongal, the Tamil new year with its name and Deepavali, a rights line reworded and the
    office (a block), a rare rain warning."""
    return PublisherStyle(
        domain="porunaiseithigal.com", site="பொருநை செய்திகள்", base_size=80,
        subdomains=(("www.", 100),),
        sections=("nellai", "tenkasi", "thoothukudi", "arasiyal", "vilaiyattu", "anmigam"),
        n_authors=4, url_path="/news/{section}/{n}",
        pools={
            "pirivu": ("நெல்லை", "தென்காசி", "தூத்துக்குடி", "அரசியல்", "விளையாட்டு",
                       "ஆன்மிகம்"),
            "padam": ("நிருபர்", "கோப்புப் படம்", "சமூக வலைதளம்"),
        },
        families=(
            _f("pirivu", HEADER, 0.3, (_OLD, "{pirivu}")),
            _f("thethi", HEADER, 0.75, *_by_day(_ta_dated)),
            _f("nirubar", HEADER, 0.45, (_OLD, "நமது நிருபர்"),
               (TA_BYLINE.isoformat(), "{author} - திருநெல்வேலி")),
            _f("ithaiyum", MIDDLE, 0.3, (_OLD, "இதையும் படிங்க: {other_title}"),
               (TA_LINKS.isoformat(), "இதையும் படிக்கலாமே ▸ {other_title}"), count=2),
            _f("vilambaram", MIDDLE, 0.18, (_OLD, "விளம்பரம்")),
            _f("padam", MIDDLE, 0.2, (_OLD, "படம்: {padam}")),
            _f("thangam", FOOTER, 0.25, *_by_day(ta_gold_line)),
            _f("arivippu", FOOTER, 0.3, *_ta_notice()),
            _f("urimai", FOOTER, 0.35, (_OLD, "© {year} பொருநை செய்திகள்"),
               (TA_RIGHTS.isoformat(), "© {year} பொருநை செய்திகள். அனுமதியின்றி செய்திகளை "
                                       "மறுபிரசுரம் செய்யக் கூடாது.")),
            _f("mugavari", FOOTER, 0.4, (_OLD, "அலுவலகம்: வண்ணார்பேட்டை, திருநெல்வேலி - "
                                               "627003")),
            _f("kanamazhai", HEADER, 0.04, (_OLD, "⚠️ கனமழை எச்சரிக்கை: தாமிரபரணி கரையோர மக்கள் "
                                                  "பாதுகாப்பான இடங்களுக்குச் செல்லவும்")),
        ),
    )


# --- a Telugu district site (Karimnagar, Telangana) -------------------------------------------

TE_REDESIGN = dt.date(2019, 4, 6)  # Ugadi 2019
TE_BYLINE = dt.date(2017, 6, 2)
TE_LINKS = dt.date(2018, 11, 1)
TE_RIGHTS = dt.date(2019, 1, 14)

TELUGU_MONTHS = ("జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు",
                 "సెప్టెంబర్", "అక్టోబర్", "నవంబర్", "డిసెంబర్")
TELUGU_WEEKDAYS = ("సోమవారం", "మంగళవారం", "బుధవారం", "గురువారం", "శుక్రవారం", "శనివారం",
                   "ఆదివారం")
# The inauspicious hour and a half of each weekday (Monday first), by the usual 6 am table.
RAHU_KALAM = ("ఉదయం 7.30 – 9.00", "మధ్యాహ్నం 3.00 – 4.30", "మధ్యాహ్నం 12.00 – 1.30",
              "మధ్యాహ్నం 1.30 – 3.00", "ఉదయం 10.30 – 12.00", "ఉదయం 9.00 – 10.30",
              "సాయంత్రం 4.30 – 6.00")


def _te_dated(day: dt.date) -> str:
    if day < TE_REDESIGN:
        return f"కరీంనగర్, {TELUGU_MONTHS[day.month - 1]} {day.day} (మానేరు వార్తలు):"
    return (f"కరీంనగర్ | {TELUGU_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{TELUGU_MONTHS[day.month - 1]} {day.year}")


def telugu_year(day: dt.date) -> str:
    """The name of the Telugu year on `day` (it begins at Ugadi)."""
    y = day.year if day >= dt.date.fromisoformat(PADWA[day.year]) else day.year - 1
    return UGADI_YEARS[y]


def te_panchangam_line(day: dt.date) -> str:
    return (f"శ్రీ {telugu_year(day)} నామ సంవత్సరం · నేటి రాహుకాలం: "
            f"{RAHU_KALAM[day.weekday()]}")


def _te_notice() -> Wordings:
    base = _steps((_OLD, "మా ఫేస్‌బుక్ పేజీని లైక్ చేయండి"),
                  ("2019-02-01", "📲 తాజా వార్తల కోసం మా టెలిగ్రామ్ ఛానెల్‌లో చేరండి"))
    news: list[Event] = [
        _span("2016-02-16", "2016-02-20", "🙏 మేడారం జాతర: కరీంనగర్ నుంచి ప్రత్యేక బస్సులు"),
        _span("2018-01-30", "2018-02-03", "🙏 మేడారం జాతర: కరీంనగర్ నుంచి ప్రత్యేక బస్సులు"),
        _vote("2018-12-07", "🗳️ తెలంగాణ అసెంబ్లీ ఎన్నికలు: కరీంనగర్ జిల్లా ఫలితాలు", before=4,
              after=4),
        _vote("2019-04-11", "🗳️ లోక్‌సభ ఎన్నికలు: నేడే పోలింగ్", before=3, after=0),
        _span("2020-02-04", "2020-02-08", "🙏 మేడారం జాతర: కరీంనగర్ నుంచి ప్రత్యేక బస్సులు"),
        _span("2020-03-22", "2020-05-31", "😷 లాక్‌డౌన్: ఇంట్లోనే ఉండండి, సురక్షితంగా ఉండండి"),
    ]
    feasts = _yearly("01-14", 1, 1, lambda _: "🪁 సంక్రాంతి శుభాకాంక్షలు")
    feasts += _movable(_listed(PADWA), 1, 0, lambda y: f"ఉగాది శుభాకాంక్షలు: శ్రీ {UGADI_YEARS[y]} "
                                                       f"నామ సంవత్సరానికి స్వాగతం")
    feasts += _yearly("06-02", 0, 0, lambda y: f"తెలంగాణ రాష్ట్ర అవతరణ దినోత్సవ శుభాకాంక్షలు "
                                               f"({y - 2014}వ వార్షికోత్సవం)")
    return _calendar(base, news, feasts)


def karimnagar_style() -> PublisherStyle:
    """A Telugu district site (Karimnagar, Telangana): a section kicker, a city dateline with
    the month and day and the site in brackets, turned the city with the weekday and the
    full date on Ugadi 2019 (a wording per day), the year's name (from Ugadi) and the
    weekday's inauspicious hours, "our correspondent" turned the staff reporter, "ఇవి కూడా
    చదవండి:" turned "ఇది కూడా చదవండి ➤" (up to twice), an ad label, a photo credit, a
    Facebook line turned a Telegram appeal and turned by two votes, three forest fairs and
    the 2020 lockdown, Sankranti, Ugadi with the year's name and the state's formation day
    with its count, a rights line reworded and the editor (a block), a rare rain warning."""
    return PublisherStyle(
        domain="maneruvarthalu.com", site="మానేరు వార్తలు", base_size=64,
        subdomains=(("www.", 100),),
        sections=("karimnagar", "districts", "politics", "agriculture", "sports"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "vibhagam": ("కరీంనగర్", "జిల్లాలు", "రాజకీయం", "వ్యవసాయం", "క్రీడలు"),
            "photo": ("మా ఫొటోగ్రాఫర్", "ఫైల్ ఫొటో", "సోషల్ మీడియా"),
        },
        families=(
            _f("vibhagam", HEADER, 0.3, (_OLD, "{vibhagam}")),
            _f("dateline", HEADER, 0.6, *_by_day(_te_dated)),
            _f("panchangam", HEADER, 0.2, *_by_day(te_panchangam_line)),
            _f("vilekari", HEADER, 0.35, (_OLD, "మా ప్రతినిధి"),
               (TE_BYLINE.isoformat(), "{author}, స్టాఫ్ రిపోర్టర్")),
            _f("ivikuda", MIDDLE, 0.3, (_OLD, "ఇవి కూడా చదవండి: {other_title}"),
               (TE_LINKS.isoformat(), "ఇది కూడా చదవండి ➤ {other_title}"), count=2),
            _f("prakatana", MIDDLE, 0.18, (_OLD, "ప్రకటన")),
            _f("photo", MIDDLE, 0.2, (_OLD, "ఫొటో: {photo}")),
            _f("samacharam", FOOTER, 0.3, *_te_notice()),
            _f("hakkulu", FOOTER, 0.35, (_OLD, "© {year} మానేరు వార్తలు"),
               (TE_RIGHTS.isoformat(), "© {year} మానేరు వార్తలు. సర్వ హక్కులూ "
                                       "ప్రత్యేకించబడినవి.")),
            _f("editor", FOOTER, 0.25, (_OLD, "ఎడిటర్: కె. శ్రీనివాస్ రెడ్డి · కరీంనగర్ - "
                                              "505001")),
            _f("varsham", HEADER, 0.04, (_OLD, "⚠️ భారీ వర్ష హెచ్చరిక: లోయర్ మానేరు డ్యామ్ "
                                               "గేట్లు ఎత్తివేత")),
        ),
    )


# --- a Sorani Kurdish city site (Sulaymaniyah) -----------------------------------------------

KU_REDESIGN = dt.date(2019, 3, 21)  # Newroz 2719
KU_BYLINE = dt.date(2018, 3, 21)
KU_RIGHTS = dt.date(2019, 3, 21)

SORANI_MONTHS = ("کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەممووز",
                 "ئاب", "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم")
SORANI_WEEKDAYS = ("دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "ھەینی", "شەممە",
                   "یەکشەممە")
KURDISH_MONTHS = ("خاکەلێوە", "گوڵان", "جۆزەردان", "پووشپەڕ", "گەلاوێژ", "خەرمانان", "ڕەزبەر",
                  "گەڵاڕێزان", "سەرماوەز", "بەفرانبار", "ڕێبەندان", "ڕەشەمە")

KU_SEASONS = (
    ("06-01", "💡 کارەبای نیشتمانی لە سلێمانی: ١٢ کاتژمێر لە ٢٤ کاتژمێردا"),
    ("09-15", "💡 کارەبای نیشتمانی: ١٦ کاتژمێر لە ٢٤ کاتژمێردا"),
    ("12-01", "💡 کارەبای زستان: ١٠ کاتژمێر لە ڕۆژێکدا، سووتەمەنی بە وریاییەوە بەکاربهێنن"),
)


def ku(text: str | int) -> str:
    return local(text, ARABIC_ZERO)


def kurdish_date(day: dt.date) -> tuple[int, int, int]:
    """The Kurdish solar date: the solar Hijri months, the year counted from 700 BC (Newroz
    2019 began 2719)."""
    jy, jm, jd = jalali(day)
    return jy + 1321, jm, jd


def _ku_dated(day: dt.date) -> str:
    if day < KU_REDESIGN:
        return (f"{SORANI_WEEKDAYS[day.weekday()]}، {ku(day.day)}ی "
                f"{SORANI_MONTHS[day.month - 1]}ی {ku(day.year)}")
    ky, km, kd = kurdish_date(day)
    return f"{ku(kd)}ی {KURDISH_MONTHS[km - 1]}ی {ku(ky)}ی کوردی | {day:%d/%m/%Y}"


def _ku_notice() -> Wordings:
    base = _steps((_OLD, "پەیجی فەیسبووکی دەنگی سەرچنار لایک بکە"),
                  ("2018-09-01", "📲 لە تێلێگرام هەواڵەکانمان بەدوادا بچن"))
    news: list[Event] = [
        _span("2017-09-18", "2017-09-26", "🗳️ ڕیفراندۆمی سەربەخۆیی کوردستان: ٢٥ی ئەیلوول"),
        _vote("2018-05-12", "🗳️ هەڵبژاردنی پەرلەمانی عێراق: ئەنجامەکانی سلێمانی", before=3,
              after=3),
        _vote("2018-09-30", "🗳️ هەڵبژاردنی پەرلەمانی کوردستان: ئەنجامەکان", before=4,
              after=2),
        _span("2020-03-14", "2020-04-20", "😷 قەدەغەی هاتوچۆ: لە ماڵەوە بمێننەوە"),
    ]
    feasts = _yearly("03-20", 1, 1, lambda y: f"🔥 نەورۆزتان پیرۆز بێت! ساڵی {ku(y + 700)}ی "
                                              f"کوردی")
    feasts += _yearly("03-16", 0, 0, lambda y: f"🕯️ {ku(y - 1988)}ەمین ساڵیادی کیمیابارانی "
                                               f"هەڵەبجە")
    return _calendar(base, news, feasts)


def sulaymaniyah_style() -> PublisherStyle:
    """A Sorani Kurdish city site (Sulaymaniyah): a section kicker, the weekday and the date
    with the Syriac month names in Arabic-Indic digits, turned the Kurdish solar date with
    the numeric date on Newroz 2719 (a wording per day), a city-and-site dateline turned the
    writer, "بخوێنەرەوە:" (up to twice), a photo credit, the season's power hours, a
    Facebook line turned a Telegram appeal and turned by the referendum, two votes and the
    2020 curfew, Newroz with the Kurdish year and Halabja with its count, a Kurmanji line in
    Latin letters, a donation appeal with amounts, a rights line reworded, a rare road
    closure."""
    return PublisherStyle(
        domain="dengisarchinar.com", site="دەنگی سەرچنار", base_size=48,
        subdomains=(("www.", 100),),
        sections=("slemani", "herem", "eraq", "aburi", "werzish"),
        n_authors=3, url_path="/ckb/{n}",
        pools={
            "besh": ("سلێمانی", "هەرێم", "عێراق", "ئابووری", "وەرزش"),
            "wene": ("وێنەگری ماڵپەڕ", "ئەرشیف", "تۆڕە کۆمەڵایەتییەکان"),
            "bri": ("٥ هەزار دینار", "١٠ هەزار دینار", "٢٥ هەزار دینار"),
        },
        families=(
            _f("besh", HEADER, 0.3, (_OLD, "{besh}")),
            _f("berwar", HEADER, 0.7, *_by_day(_ku_dated)),
            _f("nusin", HEADER, 0.4, (_OLD, "سلێمانی - دەنگی سەرچنار"),
               (KU_BYLINE.isoformat(), "نووسینی: {author}")),
            _f("bixwenerewe", MIDDLE, 0.3, (_OLD, "بخوێنەرەوە: {other_title}"), count=2),
            _f("wene", MIDDLE, 0.2, (_OLD, "وێنە: {wene}")),
            _f("karaba", FOOTER, 0.2, *_seasons(*KU_SEASONS)),
            _f("agadari", FOOTER, 0.3, *_ku_notice()),
            _f("kurmanji", FOOTER, 0.25, (_OLD, "Nûçeyên me bi kurmancî jî li ser malpera me "
                                                "hene.")),
            _f("pistgiri", FOOTER, 0.12,
               (_OLD, "پشتگیری ڕۆژنامەوانیی سەربەخۆ بکە: بە {bri} یارمەتیمان بدە")),
            _f("maf", FOOTER, 0.35, (_OLD, "© {year} دەنگی سەرچنار"),
               (KU_RIGHTS.isoformat(), "هەموو مافەکان پارێزراون بۆ دەنگی سەرچنار © {year}")),
            _f("befr", HEADER, 0.04, (_OLD, "⚠️ بەفر ڕێگای سلێمانی - پێنجوێن داخست")),
        ),
    )


# --- a Qatari town site in Gulf Arabic (Al Khor) ---------------------------------------------

QA_REDESIGN = dt.date(2018, 12, 18)  # National Day 2018
QA_LINKS = dt.date(2019, 9, 15)
QA_COUNTDOWN = dt.date(2017, 12, 18)
QA_FINAL = dt.date(2022, 12, 18)  # the World Cup final, on National Day
QA_SOCIAL = dt.date(2019, 5, 6)

ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_ARABIC = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")


def _qa_dated(day: dt.date) -> str:
    hy, hm, hd = hijri(day)
    if day < QA_REDESIGN:
        return (f"{ARABIC_WEEKDAYS[day.weekday()]} {hd} {HIJRI_ARABIC[hm - 1]} {hy}هـ - "
                f"{day.day} {ARABIC_MONTHS[day.month - 1]} {day.year}م")
    return f"{day:%d/%m/%Y} | {hd} {HIJRI_ARABIC[hm - 1]} {hy}"


def qa_countdown_line(day: dt.date) -> str:
    if day < QA_COUNTDOWN:
        return "⚽ قطر 2022: استعدوا لأول مونديال في الشرق الأوسط"
    return f"⚽ باقي {(QA_FINAL - day).days} يوماً على نهائي كأس العالم FIFA قطر 2022"


def _qa_notice() -> Wordings:
    base = _steps((_OLD, "لإعلاناتكم في صدى الخور تواصلوا معنا عبر الواتساب"))
    news: list[Event] = [
        _span("2017-06-05", "2017-06-30", "🇶🇦 قطر أقوى: تحديثات يومية عن توفر السلع في "
                                          "أسواق الخور"),
        _span("2020-03-17", "2020-06-14", "😷 #خلك_في_البيت: التزموا بالإجراءات الاحترازية"),
    ]
    feasts = _yearly("12-18", 2, 0, lambda _: "🇶🇦 اليوم الوطني: كل عام وقطر بخير")
    feasts += _movable(lambda y: nth_weekday(y, 2, 1, 2), 0, 0,
                       lambda _: "🏃 اليوم الرياضي للدولة: فعاليات على كورنيش الخور")
    feasts += [(dt.date.fromisoformat(a), dt.date.fromisoformat(b) + ONE_DAY,
                "🌙 رمضان كريم: تابعوا إمساكية رمضان لمدينة الخور")
               for a, b in RAMADAN_QA.values()]
    return _calendar(base, news, feasts)


def al_khor_style() -> PublisherStyle:
    """A Qatari town site in Gulf Arabic (Al Khor): a section kicker, the weekday and the
    Hijri and Gregorian dates, turned a numeric date with the Hijri date on National Day
    2018 (a wording per day), a town-and-site dateline turned "كتب:" and the writer, "اقرأ
    أيضاً:" turned "⬅️ اقرأ كذلك:" (up to twice), the source, a World Cup line turned a
    countdown of days to the final (a wording per day), an advertising line turned by the
    2017 blockade and the 2020 stay-home campaign, National Day, Sport Day and Ramadan, a
    social appeal in Gulf wording reworded, a rights line reworded, a rare dust warning."""
    return PublisherStyle(
        domain="sadaalkhor.qa", site="صدى الخور", base_size=34,
        subdomains=(("www.", 100),),
        sections=("alkhor", "althakhira", "local", "sport", "society"),
        n_authors=2, url_path="/news/{n}",
        pools={
            "qism": ("الخور", "الذخيرة", "محليات", "رياضة", "مجتمع"),
            "masdar": ("قنا", "وكالات", "المكتب الإعلامي", "تواصل اجتماعي"),
        },
        families=(
            _f("qism", HEADER, 0.3, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.7, *_by_day(_qa_dated)),
            _f("katib", HEADER, 0.4, (_OLD, "الخور - صدى الخور"),
               (QA_REDESIGN.isoformat(), "كتب: {author}")),
            _f("iqra", MIDDLE, 0.3, (_OLD, "اقرأ أيضاً: {other_title}"),
               (QA_LINKS.isoformat(), "⬅️ اقرأ كذلك: {other_title}"), count=2),
            _f("masdar", FOOTER, 0.2, (_OLD, "المصدر: {masdar}")),
            _f("mondial", FOOTER, 0.25, *_by_day(qa_countdown_line)),
            _f("tanbih", FOOTER, 0.3, *_qa_notice()),
            _f("tabiuna", FOOTER, 0.25, (_OLD, "حياكم الله.. تابعونا على إنستغرام وسناب شات"),
               (QA_SOCIAL.isoformat(), "حياكم في قناتنا على يوتيوب، لا تنسون الاشتراك")),
            _f("huquq", FOOTER, 0.35, (_OLD, "جميع الحقوق محفوظة © صدى الخور {year}"),
               (QA_REDESIGN.isoformat(), "© {year} صدى الخور - الخور والذخيرة، دولة قطر. يُمنع "
                                         "النسخ دون إذن")),
            _f("ghubar", HEADER, 0.04, (_OLD, "⚠️ الأرصاد: غبار ورياح قوية شمال البلاد، انتبهوا "
                                              "على طريق الخور")),
        ),
    )


# --- a small Sinhala provincial site (Matara) -------------------------------------------------

SI_REDESIGN = dt.date(2019, 1, 1)
SI_BYLINE = dt.date(2018, 4, 14)
SI_RIGHTS = dt.date(2019, 4, 14)

SINHALA_MONTHS = ("ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
                  "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්")
SINHALA_WEEKDAYS = ("සඳුදා", "අඟහරුවාදා", "බදාදා", "බ්‍රහස්පතින්දා", "සිකුරාදා", "සෙනසුරාදා",
                    "ඉරිදා")


def _si_dated(day: dt.date) -> str:
    if day < SI_REDESIGN:
        return (f"{day.year} {SINHALA_MONTHS[day.month - 1]} {day.day} "
                f"{SINHALA_WEEKDAYS[day.weekday()]}")
    return f"පළ කළේ: {day.isoformat()} {{time}}"


def si_poya_line(day: dt.date) -> str:
    """On a poya day, the day's poya; otherwise the next one and its date."""
    poya = min(p for p in poya_days() if p >= day)
    if poya == day:
        return f"🌕 අද {poya_name(poya)} පුර පසළොස්වක පෝය දිනයයි"
    return f"🌕 ඊළඟ පෝය: {poya_name(poya)} පෝය, {SINHALA_MONTHS[poya.month - 1]} {poya.day}"


def _si_notice() -> Wordings:
    base = _steps((_OLD, "අපගේ ෆේස්බුක් පිටුවට ලයික් කරන්න"),
                  ("2018-08-01", "📲 පුවත් වට්සැප් හරහා ලබා ගන්න"))
    news: list[Event] = [
        _vote("2015-01-08", "🗳️ ජනාධිපතිවරණය 2015: මාතර දිස්ත්‍රික් ප්‍රතිඵල", before=4,
              after=2),
        _vote("2015-08-17", "🗳️ මහ මැතිවරණය 2015: මාතර දිස්ත්‍රික් ප්‍රතිඵල", before=4,
              after=2),
        _span("2019-04-21", "2019-04-28", "🕯️ පාස්කු ඉරිදා ප්‍රහාරයෙන් මියගිය සැමට අපගේ ශෝකය"),
        _vote("2019-11-16", "🗳️ ජනාධිපතිවරණය 2019: මාතර දිස්ත්‍රික් ප්‍රතිඵල", before=4,
              after=2),
        _span("2020-03-20", "2020-05-11", "😷 ඇඳිරි නීතිය: නිවසේම රැඳී සිටින්න"),
        _vote("2020-08-05", "🗳️ මහ මැතිවරණය 2020: මාතර දිස්ත්‍රික් ප්‍රතිඵල", before=4,
              after=2),
    ]
    feasts = _yearly("04-13", 1, 1, lambda _: "🌞 සුබ අලුත් අවුරුද්දක් වේවා!")
    feasts += _movable(_listed(VESAK), 0, 1, lambda _: "🪔 සුබ වෙසක් මංගල්‍යයක් වේවා!")
    return _calendar(base, news, feasts)


def matara_style() -> PublisherStyle:
    """A small Sinhala provincial site (Matara): a section kicker, the date year first with
    the weekday, turned a published line with the ISO date and the time on new year's day
    2019 (a wording per day), the reporter and the town turned "from the town" and the
    reporter, "මේවාත් කියවන්න:" (up to twice), a photo credit, the next full-moon poya day
    (an adhi poya in a month of two), a Facebook line turned a WhatsApp appeal and turned by
    five votes, the 2019 attack's mourning and the 2020 curfew, the new year and Vesak, a
    cross-post line, a rights line reworded, a rare river flood warning."""
    return PublisherStyle(
        domain="ruhunuhanda.lk", site="රුහුණු හඬ", base_size=24,
        subdomains=(("www.", 100),),
        sections=("matara", "galle", "hambantota", "sports"),
        n_authors=2, url_path="/news/{n}",
        pools={
            "kotasa": ("මාතර", "ගාල්ල", "හම්බන්තොට", "ක්‍රීඩා"),
            "chayarupa": ("අපේ ඡායාරූප ශිල්පී", "ප්‍රාදේශීය වාර්තාකරු", "ෆේස්බුක්"),
        },
        families=(
            _f("kotasa", HEADER, 0.3, (_OLD, "{kotasa}")),
            _f("dinaya", HEADER, 0.65, *_by_day(_si_dated)),
            _f("varthakaru", HEADER, 0.4, (_OLD, "{author} - මාතර"),
               (SI_BYLINE.isoformat(), "මාතර සිට {author}")),
            _f("kiyawanna", MIDDLE, 0.3, (_OLD, "මේවාත් කියවන්න: {other_title}"), count=2),
            _f("chayarupa", MIDDLE, 0.2, (_OLD, "ඡායාරූපය: {chayarupa}")),
            _f("poya", FOOTER, 0.2, *_by_day(si_poya_line)),
            _f("danweema", FOOTER, 0.3, *_si_notice()),
            _f("crosspost", FOOTER, 0.25, (_OLD, "මෙම පුවත මුලින්ම අපගේ ෆේස්බුක් පිටුවේ පළ "
                                                 "විය.")),
            _f("himikam", FOOTER, 0.35, (_OLD, "© {year} රුහුණු හඬ"),
               (SI_RIGHTS.isoformat(), "© {year} රුහුණු හඬ | සියලු හිමිකම් ඇවිරිණි")),
            _f("gangawathura", HEADER, 0.04, (_OLD, "⚠️ නිල්වලා ගඟ උතුරා යයි: පහත්බිම්වල "
                                                    "ජනතාව පරෙස්සම් වන්න")),
        ),
    )


# --- a traders' association of a Nepali lake town (Pokhara; English with Nepali) --------------

NP_POSTED = dt.date(2018, 4, 14)  # the Nepali new year 2075

NP_SEASONS = (
    ("03-01", "🌸 Spring trekking season: Poon Hill and the Annapurna trails are busy, book "
              "lodges early"),
    ("06-01", "🌧️ Monsoon: boats on Phewa stop at 5 pm, and watch for leeches on the trails"),
    ("09-15", "🏔️ Peak season: Machhapuchhre is clear most mornings"),
    ("12-01", "❄️ Winter: cold mornings, and snow above Ghorepani"),
)


def _np_rights(day: dt.date) -> str:
    return (f"© वि.सं. {local(bikram_year(day), DEVANAGARI_ZERO)} Pokhara Lakeside Traders' "
            f"Association")


def _np_notice() -> Wordings:
    base = _steps((_OLD, "Members' meeting on the last Friday of the month at the Baidam "
                         "office"),
                  (NP_POSTED.isoformat(), "📱 Join our Viber group for members' notices"))
    news: list[Event] = [
        _span("2015-04-25", "2015-05-31", "🙏 Earthquake relief: bring supplies to the "
                                          "association office"),
        _span("2015-09-23", "2016-02-05", "⛽ Fuel shortage: taxis and tourist buses run "
                                          "limited services"),
        _vote("2017-05-14", "🗳️ Local elections: polling in Pokhara-Lekhnath today", before=2,
              after=1),
        _span("2020-01-01", "2020-03-22", "🎉 Visit Nepal 2020: welcome to Lakeside!"),
        _span("2020-03-24", "2020-07-21", "😷 Lockdown: Lakeside shops are closed, stay home"),
    ]
    feasts = _movable(_listed(DASHAIN), 3, 2, lambda _: "🌾 Happy Dashain! Vijaya Dashami "
                                                        "greetings to all")
    feasts += _movable(_listed(DIWALI), 1, 2, lambda _: "🪔 Happy Tihar from Lakeside")
    feasts += _yearly("09-20", 0, 0, lambda y: f"🇳🇵 Constitution Day: {y - 2015} years of the "
                                               f"constitution", years=range(2016, 2021))
    feasts += _yearly("04-14", 0, 0, lambda y: f"नयाँ वर्षको शुभकामना! Happy New Year "
                                               f"{y + 57} BS")
    return _calendar(base, news, feasts)


def pokhara_style() -> PublisherStyle:
    """A traders' association of a Nepali lake town (Pokhara; English with Nepali): a kind
    kicker, the date and the writer turned a posted-by line on the Nepali new year 2075, a
    bilingual greeting, "More from Lakeside:" (up to twice), a photo credit, the trekking,
    monsoon, peak and winter seasons, a meeting line turned a Viber appeal and turned by
    the 2015 earthquake, the fuel shortage, a vote, Visit Nepal 2020 and the lockdown,
    Dashain, Tihar, Constitution Day with its count and the Nepali new year with its year, a
    fair-use line, a rights line with the Bikram Sambat year in Devanagari digits and the
    registration (a block), a rare strike closure."""
    return PublisherStyle(
        domain="lakesidetraders.org.np", site="Pokhara Lakeside Traders' Association",
        base_size=14,
        subdomains=(("www.", 100),),
        sections=("notices", "tourism", "members", "events"),
        n_authors=2, url_path="/news/{slug}",
        pools={
            "kind": ("Notices", "Tourism", "Members", "Events"),
            "photo": ("a member", "the association", "the ward office", "file"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_dmy} · {author}"),
               (NP_POSTED.isoformat(), "Posted by {author} on {date_long}")),
            _f("namaste", HEADER, 0.12, (_OLD, "नमस्ते! Welcome to Lakeside, Pokhara")),
            _f("more", MIDDLE, 0.3, (_OLD, "More from Lakeside: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(*NP_SEASONS)),
            _f("notice", FOOTER, 0.3, *_np_notice()),
            _f("fairuse", FOOTER, 0.3, (_OLD, "Photos shared by members are used here under "
                                               "fair use for community news. Write to us if "
                                               "you want one taken down.")),
            _f("rights", FOOTER, 0.35, *_by_day(_np_rights)),
            _f("registered", FOOTER, 0.3, (_OLD, "Registered with the District Administration "
                                                 "Office, Kaski · Lakeside, Ward 6, Pokhara")),
            _f("bandh", HEADER, 0.04, (_OLD, "⚠️ Bandh today: shops on Lakeside stay "
                                             "closed")),
        ),
    )


def heldout77_styles() -> list[PublisherStyle]:
    """The held-back-77 styles, in the order the generator hands them to publishers."""
    return [
        tricity_style(), nashik_style(), bogura_style(), rasht_style(), beersheba_style(),
        hyderabad_style(), tirunelveli_style(), karimnagar_style(), sulaymaniyah_style(),
        al_khor_style(), matara_style(), pokhara_style(),
    ]
