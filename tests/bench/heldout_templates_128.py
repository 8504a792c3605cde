"""The ``held-back-128`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-126 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"subject to change" line or an advertisement marker. The publishers are aviation, railway
and transport trade press and operators' newsrooms in English, German, French, Spanish,
Arabic, Hindi and Thai: a British aviation trade magazine, a British train operator's
newsroom, a German aviation trade site, a French air and rail travel news site, a Spanish
city bus operator's news and notices pages, the press room of a Gulf airline (in Arabic), an
Indian railway news site (in Hindi), a Thai aviation news site, a British regional airport's
media centre, an American transit agency's rider news, the press room of a British
long-haul airline and a German regional transport association. The families are the kinds a
crawl of such sites holds: dates localised day by day in English (with British summer and
winter time and UTC), German, French, Spanish, Arabic (later in Arabic-Indic digits), Hindi
and Thai (with the Buddhist-era year), several changing form on the day of a redesign;
lines that turn every day ("information correct at time of publishing" with the day's date,
service status lines that name the day), every week (the jet-fuel price to the Friday) and
every month (an airport's passenger numbers); service-disruption notices by date (strike
days, the French pension strike counted day by day, Christmas closures, the 2020 pandemic);
timetable-change notices (Britain's May and December changes, the European December change),
fare and tax amounts that change by year (British regulated fares, German air-passenger tax,
French solidarity tax and eco-contribution, Spanish bus fares, American base fares, British
Air Passenger Duty, Indian platform tickets, German fare rises); fleet lines and
registration lines from pools, fleet sizes that change each January, flight and route
lines, train numbers, photo credits, related links and advertisement markers mid-body (some
up to two times); notices reworded in 2016-2020 and notices that follow the calendars of
transport (air shows in even and odd years, the 737 MAX grounding, Air Berlin's insolvency,
Songkran, Ramadan, the Eids and the Hajj season with their Hijri years, Diwali and Chhath
special trains, rail and Union Budgets, the Kumbh, American holidays' Sunday schedules, Holy
Week, Spain's state of alarm, lockdowns), multi-line blocks (notes to editors, media
contacts, "ENDS", about lines, imprints), bare lines and families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
    last_weekday,
    nth_weekday,
    thanksgiving,
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
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ASHHUR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MAHINE = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
DUEAN = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
         "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
WAN = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์")
ARABIC_ZERO = "٠"

# --- helpers of this set ------------------------------------------------------------------


@cache
def jitter(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}:{day.toordinal()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF * 2 - 1


def level(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn through `anchors` ((ISO day, value), ...), straight between them."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
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


def summer_time(day: dt.date) -> bool:
    """Whether British and European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def friday_of(day: dt.date) -> dt.date:
    """The last Friday on or before `day`: the day a weekly price is published."""
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def european_timetable_change(y: int) -> dt.date:
    """The European timetable change: the Sunday after the second Saturday of December."""
    return nth_weekday(y, 12, 5, 2) + ONE


def be_year(y: int) -> int:
    """The Buddhist-era year Thai sites print."""
    return y + 543


def arabic(number: int | str) -> str:
    """A number in Arabic-Indic digits (a decimal point as the Arabic one)."""
    return "".join(digits(c, ARABIC_ZERO) if c.isdigit() else "٫" if c == "." else c
                   for c in str(number))


# --- a British aviation trade magazine ----------------------------------------------------

SB_REDESIGN = dt.date(2017, 6, 19)  # relaunched on the opening day of the Paris Air Show
SB_NEWSLETTER = dt.date(2018, 3, 1)
AIR_SHOWS = (("2015-06-15", "2015-06-21", "Paris Air Show 2015"),
             ("2015-11-08", "2015-11-12", "Dubai Airshow 2015"),
             ("2016-02-16", "2016-02-21", "Singapore Airshow 2016"),
             ("2016-07-11", "2016-07-17", "Farnborough 2016"),
             ("2017-06-19", "2017-06-25", "Paris Air Show 2017"),
             ("2017-11-12", "2017-11-16", "Dubai Airshow 2017"),
             ("2018-02-06", "2018-02-11", "Singapore Airshow 2018"),
             ("2018-07-16", "2018-07-22", "Farnborough 2018"),
             ("2019-06-17", "2019-06-23", "Paris Air Show 2019"),
             ("2019-11-17", "2019-11-21", "Dubai Airshow 2019"),
             ("2020-02-11", "2020-02-16", "Singapore Airshow 2020"))
JET_FUEL = (("2015-01-01", 68.0), ("2015-06-01", 80.0), ("2016-01-20", 33.0),
            ("2016-10-01", 55.0), ("2017-06-20", 56.0), ("2018-05-25", 92.0),
            ("2018-10-05", 98.0), ("2018-12-24", 62.0), ("2019-04-20", 82.0),
            ("2019-12-31", 78.0), ("2020-01-20", 80.0), ("2020-04-24", 18.0),
            ("2020-08-01", 42.0), ("2021-01-10", 58.0))


def _sb_dated(day: dt.date) -> str:
    if day < SB_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return (f"Published {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} "
            f"· {{time}} UTC")


def jet_fuel(friday: dt.date) -> float:
    return level(friday, JET_FUEL) * (1 + 0.03 * jitter(friday, "jet"))


def _sb_fuel(day: dt.date) -> str:
    friday = friday_of(day)
    now, before = jet_fuel(friday), jet_fuel(friday - 7 * ONE)
    return (f"Jet fuel: ${now:.2f}/bbl in the week to {friday.day} "
            f"{MONTHS[friday.month - 1][:3]} ({(now / before - 1) * 100:+.1f}% on the week)")


@cache
def _sb_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for Skyline Daily, our free morning briefing"),
                  (SB_NEWSLETTER.isoformat(), "📩 Skyline Daily: the aviation briefing 60,000 "
                                              "professionals read before 7am. Sign up free"))
    shows = [_span(first, last, f"✈️ {name}: all our show news, orders and analysis, live")
             for first, last, name in AIR_SHOWS]
    news = [
        _span("2019-03-11", "2019-03-31", "🚨 737 MAX grounded worldwide: follow our live "
                                          "coverage"),
        _span("2020-03-11", "2020-06-30", "🦠 COVID-19 and aviation: our tracker of parked "
                                          "fleets and cut routes"),
        _span("2020-07-20", "2020-07-24", "🖥️ Farnborough is cancelled: join our virtual "
                                          "show week instead"),
    ]
    return _calendar(base, news, shows)


def skyline_style() -> PublisherStyle:
    """A British aviation trade magazine: a topic kicker, the short date turned the weekday,
    the long date and the UTC time on the opening day of the 2017 Paris Air Show (a wording
    per day), "By" turned the writer with the beat, a subscriber marker, the week's jet-fuel
    price to each Friday (a wording per week), a photo caption with the aircraft type and
    registration from pools, a photo credit from a pool, "Read more:" and advertisement
    markers up to twice, a briefing appeal reworded and turned by the air shows (Paris,
    Farnborough, Dubai and Singapore in their years), the 737 MAX grounding, the pandemic
    and Farnborough's cancellation, the publisher line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="skylinebriefing.com", site="Skyline Briefing", base_size=250,
        subdomains=(("www.", 100),),
        sections=("airlines", "airports", "manufacturing", "mro", "leasing", "safety"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("AIRLINES", "AIRPORTS", "MANUFACTURING", "MRO", "LEASING", "SAFETY",
                       "BUSINESS AVIATION"),
            "beat": ("Air Transport Editor", "Senior Reporter", "Americas Correspondent",
                     "Asia Editor", "MRO Reporter", "Manufacturing Editor"),
            "aircraft": ("Airbus A320neo", "Boeing 787-9", "Airbus A350-900", "Boeing 737-800",
                         "ATR 72-600", "Embraer E195-E2", "Airbus A220-300"),
            "reg": ("G-EZWX", "D-AIXK", "EI-FXA", "VH-ZND", "N842AN", "9V-SMF", "C-FTJR"),
            "photo": ("Skyline Briefing / Tom Harker", "Airbus", "Boeing", "Shutterstock",
                      "the airline"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_sb_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (SB_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("premium", HEADER, 0.15, (_OLD, "Subscriber content"),
               (SB_REDESIGN.isoformat(), "🔒 Premium · For Skyline Briefing subscribers")),
            _f("jet-fuel", HEADER, 0.2, *_by_day(_sb_fuel)),
            _f("caption", MIDDLE, 0.3, (_OLD, "Pictured: {aircraft} {reg}. Photo: {photo}")),
            _f("read-more", MIDDLE, 0.4, (_OLD, "Read more: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("notice", FOOTER, 0.3, *_sb_notice()),
            _f("publisher", FOOTER, 0.3, (_OLD, "Skyline Briefing is published by Skyline "
                                                "Briefing Media Ltd, 14 Aldgate Yard, London "
                                                "EC3N 1AG.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Skyline Briefing Media Ltd. All "
                                                 "rights reserved. Not to be reproduced "
                                                 "without permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong engine type for the "
                                                  "order.")),
        ),
    )


# --- a British train operator's newsroom --------------------------------------------------

NR_REDESIGN = dt.date(2018, 5, 20)  # relaunched on the day of the May 2018 timetable change
NR_APP = dt.date(2017, 3, 1)
NR_DELAY_REPAY = dt.date(2019, 9, 29)  # Delay Repay from 15 minutes
FARE_RISES = (("2014-01-02", "2.8"), ("2015-01-02", "2.2"), ("2016-01-04", "1.0"),
              ("2017-01-02", "2.3"), ("2018-01-02", "3.4"), ("2019-01-02", "3.1"),
              ("2020-01-02", "2.7"))  # the 2021 rise was put off to March
MAY_CHANGES = {2015: "2015-05-17", 2016: "2016-05-15", 2017: "2017-05-21", 2018: "2018-05-20",
               2019: "2019-05-19", 2020: "2020-05-17"}
NR_STRIKES = ("2016-11-22", "2016-12-13", "2016-12-14", "2017-03-13", "2017-04-08",
              "2017-10-03", "2017-10-05", "2018-09-08", "2018-09-15", "2018-10-06",
              "2018-10-13", "2018-12-22", "2019-01-12", "2019-01-26")


def _nr_dated(day: dt.date) -> str:
    if day < NR_REDESIGN:
        return f"Posted {day.day:02d}/{day.month:02d}/{day.year}"
    zone = "BST" if summer_time(day) else "GMT"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} {zone}")


def _nr_status(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if (day.month, day.day) in ((12, 25), (12, 26)):
        return (f"🚫 No Northlink Rail trains run today, {when}. Services restart on 27 "
                f"December.")
    if day.isoformat() in NR_STRIKES:
        return (f"⚠️ Industrial action today, {when}: a reduced timetable runs. Check before "
                f"you travel.")
    if dt.date(2020, 3, 23) <= day <= dt.date(2020, 7, 3):
        return f"Service status, {when}: a reduced timetable is running for key workers."
    return f"Service status, {when}: check before you travel."


def _nr_fares(value: str) -> str:
    return f"Regulated fares rose by an average of {value}% this January."


@cache
def _nr_notice() -> Wordings:
    base = _steps((_OLD, "Plan your journey and buy tickets at northlinkrail.co.uk"),
                  (NR_APP.isoformat(), "🎟️ Buy with the Northlink Rail app: no booking fees, "
                                       "ever"))
    changes: list[Event] = []
    for y in YEARS:
        for day in (iso_day(MAY_CHANGES[y]), european_timetable_change(y)):
            changes.append((day - 14 * ONE, day + ONE,
                            f"🕒 New timetable from Sunday {day.day} {MONTHS[day.month - 1]} "
                            f"{day.year}: check your train times"))
    christmas = _yearly("12-27", 7, 6, lambda y: f"🎄 Christmas {y}: engineering works close "
                                                 f"some lines; plan ahead")
    pandemic = [
        _span("2020-03-23", "2020-06-14", "🦠 Travel only if your journey is essential"),
        _span("2020-06-15", "2020-08-31", "😷 Face coverings are required on our trains and "
                                          "stations"),
    ]
    return _calendar(base, pandemic, changes, christmas)


def northlink_style() -> PublisherStyle:
    """A British train operator's newsroom: a category from a pool, "Posted" with the numeric
    date turned the weekday, the long date and British summer or winter time on the day of
    the May 2018 timetable change (a wording per day), the press office line, the day's
    service status (a wording per day: strike days, no trains at Christmas, the pandemic's
    reduced timetable), a photo caption with the train's class and unit number from pools,
    a Delay Repay line reworded for 15 minutes, the year's regulated-fare rise (changing
    each January), "Information correct at time of publishing" with the day's date (a
    wording per day), a ticket appeal reworded and turned by each May and December
    timetable change, Christmas works and the pandemic, "ENDS", the notes to editors and the
    media line (a block), the company line, a rare update."""
    return PublisherStyle(
        domain="northlinkrail.co.uk", site="Northlink Rail", base_size=220,
        subdomains=(("www.", 80), ("news.", 20)),
        sections=("press-releases", "service-updates", "timetables", "accessibility"),
        n_authors=6, url_path="/news/{section}/{slug}",
        pools={
            "category": ("Press release", "Service update", "Timetable change",
                         "Engineering works", "Accessibility", "Fares and tickets"),
            "cls": ("195", "331", "158", "156", "185", "397"),
            "unit": ("195 107", "331 012", "158 849", "156 460", "185 131", "397 004"),
            "station": ("Manchester Piccadilly", "Leeds", "Preston", "York", "Carlisle",
                        "Sheffield"),
        },
        families=(
            _f("category", HEADER, 0.55, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_nr_dated)),
            _f("issued", HEADER, 0.5, (_OLD, "Issued by the Northlink Rail press office")),
            _f("status", HEADER, 0.3, *_by_day(_nr_status)),
            _f("caption", MIDDLE, 0.2, (_OLD, "Pictured: Class {cls} unit {unit} at "
                                              "{station}")),
            _f("delay-repay", MIDDLE, 0.2,
               (_OLD, "Delayed by 30 minutes or more? Claim Delay Repay within 28 days."),
               (NR_DELAY_REPAY.isoformat(), "Delayed by 15 minutes or more? You can now claim "
                                            "Delay Repay within 28 days.")),
            _f("fares", FOOTER, 0.2, *by_table(FARE_RISES, _nr_fares)),
            _f("correct", FOOTER, 0.5, *_daily(
                lambda day: f"Information correct at time of publishing "
                            f"({day.day:02d}/{day.month:02d}/{day.year}).")),
            _f("notice", FOOTER, 0.3, *_nr_notice()),
            _f("ends", FOOTER, 0.55, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.45, (_OLD, "Notes to editors: Northlink Rail runs more than "
                                             "1,400 trains a day across the North of "
                                             "England.")),
            _f("media", FOOTER, 0.45, (_OLD, "Media enquiries: 0161 496 0142 (24 hours) · "
                                             "press@northlinkrail.co.uk")),
            _f("company", FOOTER, 0.3, (_OLD, "Northlink Rail Limited. Registered in England "
                                              "and Wales, no. 04321876.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this release was amended to correct the "
                                              "dates of the engineering works.")),
        ),
    )


# --- a German aviation trade site ---------------------------------------------------------

LK_REDESIGN = dt.date(2018, 4, 25)  # relaunched on the opening day of ILA 2018
LK_NEWSLETTER = dt.date(2019, 1, 15)
LUFTVERKEHRSTEUER = (("2015-01-01", "7,50 / 23,43 / 42,18"), ("2016-01-01", "7,38 / 23,05 / 41,49"),
                     ("2017-01-01", "7,47 / 23,32 / 41,99"), ("2018-01-01", "7,46 / 23,29 / 41,96"),
                     ("2019-01-01", "7,38 / 23,05 / 41,49"), ("2020-01-01", "7,50 / 23,43 / 42,18"),
                     ("2020-04-01", "12,90 / 32,67 / 58,82"))


def _lk_dated(day: dt.date) -> str:
    if day < LK_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}, "
            f"{{time}} Uhr")


def _lk_steuer(value: str) -> str:
    return (f"Luftverkehrsteuer je Fluggast (Distanzklassen 1 / 2 / 3): {value} Euro")


@cache
def _lk_hinweis() -> Wordings:
    base = _steps((_OLD, "Den Luftfahrt-Kurier-Newsletter jetzt kostenlos abonnieren"),
                  (LK_NEWSLETTER.isoformat(), "✈️ Jeden Morgen um 7 Uhr: die wichtigsten "
                                              "Luftfahrt-News im Newsletter – kostenlos"))
    news = [
        _span("2015-03-24", "2015-04-02", "Absturz von Flug 4U9525: alle Entwicklungen"),
        _span("2016-06-01", "2016-06-04", "ILA Berlin 2016: Unser Messe-Ticker"),
        _span("2016-11-23", "2016-11-30", "Pilotenstreik bei Lufthansa: Welche Flüge "
                                          "ausfallen"),
        _span("2017-08-15", "2017-10-28", "Air Berlin insolvent: alle Entwicklungen im "
                                          "Live-Ticker"),
        _span("2018-04-25", "2018-04-29", "ILA Berlin 2018: Unser Messe-Ticker"),
        _span("2019-03-11", "2019-03-31", "Flugverbot für die Boeing 737 MAX: Was "
                                          "Passagiere wissen müssen"),
        _span("2020-03-16", "2020-06-14", "Corona-Krise: Welche Airlines noch fliegen"),
        _span("2020-10-25", "2020-11-08", "BER ist eröffnet: Alles zum neuen Hauptstadt-"
                                          "Flughafen"),
    ]
    return _calendar(base, news)


def luftfahrtkurier_style() -> PublisherStyle:
    """A German aviation trade site: a section from a pool, the numeric date turned the
    weekday, the long date and the time on the opening day of ILA 2018 (a wording per day),
    "Von" turned the writer with the photographer from a pool, "Anzeige" and "Lesen Sie
    auch:" mid-body, an aircraft type and registration caption from pools, the air-passenger
    tax by distance band (changing each January and raised in April 2020), "Alle Angaben
    ohne Gewähr", a newsletter line reworded and turned by the Germanwings crash, the ILAs,
    a pilots' strike, Air Berlin's insolvency, the 737 MAX grounding, the pandemic and BER's
    opening, the imprint and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="luftfahrt-kurier.de", site="Luftfahrt-Kurier", base_size=195,
        subdomains=(("www.", 100),),
        sections=("airlines", "flughaefen", "industrie", "business-aviation", "militaer"),
        n_authors=8, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Airlines", "Flughäfen", "Industrie", "Business Aviation", "Militär",
                       "Sicherheit"),
            "foto": ("Lufthansa", "Airbus", "Flughafen München", "Luftfahrt-Kurier",
                     "dpa"),
            "muster": ("Airbus A321neo", "Boeing 747-8", "Airbus A330-300", "Embraer 190",
                       "Bombardier CRJ900"),
            "kennzeichen": ("D-AIEA", "D-ABYT", "D-AIKO", "D-AEMA", "D-ACNX"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_lk_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (LK_REDESIGN.isoformat(), "Text: {author} | Fotos: {foto}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("lesen", MIDDLE, 0.3, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("bild", MIDDLE, 0.2, (_OLD, "Im Bild: {muster} mit dem Kennzeichen "
                                           "{kennzeichen}")),
            _f("steuer", FOOTER, 0.15, *by_table(LUFTVERKEHRSTEUER, _lk_steuer)),
            _f("gewaehr", FOOTER, 0.35, (_OLD, "Alle Angaben ohne Gewähr. Flugpläne und Preise "
                                               "können sich kurzfristig ändern.")),
            _f("hinweis", FOOTER, 0.3, *_lk_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "Luftfahrt-Kurier ist ein Angebot der "
                                                 "Kurier Fachmedien GmbH, Frankfurt am "
                                                 "Main.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kurier Fachmedien GmbH – Alle "
                                                 "Rechte vorbehalten")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung stand "
                                                 "eine falsche Sitzplatzzahl.")),
        ),
    )


# --- a French air and rail travel news site -----------------------------------------------

CV_REDESIGN = dt.date(2019, 6, 17)  # relaunched on the opening day of the 2019 Paris Air Show
CV_NEWSLETTER = dt.date(2017, 9, 1)
CV_ECOCONTRIBUTION = dt.date(2020, 1, 1)
PENSION_STRIKE = (dt.date(2019, 12, 5), dt.date(2020, 1, 19))
SNCF_STRIKE_FIRST = dt.date(2018, 4, 3)  # two days in five, to 28 June


def sncf_strike_days() -> list[tuple[dt.date, dt.date]]:
    """The pairs of strike days of the 2018 rail strike (two days in every five)."""
    out, day = [], SNCF_STRIKE_FIRST
    while day <= dt.date(2018, 6, 28):
        out.append((day, day + ONE))
        day += 5 * ONE
    return out


def _cv_dated(day: dt.date) -> str:
    if day < CV_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"Mis à jour le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} "
            f"{day.year} à {{time}}")


def _cv_trafic(day: dt.date) -> str:
    for first, second in sncf_strike_days():
        if first - 2 * ONE <= day <= second:
            return (f"⚠️ Grève SNCF les {first.day} et {second.day} {MOIS[second.month - 1]} : "
                    f"prévisions de trafic publiées la veille à 17 h")
    start, end = PENSION_STRIKE
    if start <= day <= end:
        return (f"⚠️ Grève contre la réforme des retraites : jour {(day - start).days + 1}, "
                f"trafic SNCF et RATP très perturbé")
    if dt.date(2020, 3, 17) <= day <= dt.date(2020, 5, 10):
        return "🦠 Confinement : seuls les déplacements indispensables sont autorisés"
    return "Info trafic : consultez l'état du réseau avant de partir"


@cache
def _cv_newsletter() -> Wordings:
    base = _steps((_OLD, "Recevez notre lettre d'information chaque vendredi"),
                  (CV_NEWSLETTER.isoformat(), "📬 Bons plans, nouvelles lignes, grèves : "
                                              "abonnez-vous à la newsletter de Carnet de Vol"))
    salons = [_span(f"{y}-06-{d1}", f"{y}-06-{d2}", f"Salon du Bourget {y} : suivez le salon "
                                                     f"en direct avec nous")
              for y, d1, d2 in ((2015, 15, 21), (2017, 19, 25), (2019, 17, 23))]
    return _calendar(base, salons)


def carnetdevol_style() -> PublisherStyle:
    """A French air and rail travel news site: a section from a pool, "Publié le" with the
    numeric date turned the weekday and the long date on the opening day of the 2019 Paris
    Air Show (a wording per day), "Par", a traffic line turned by each pair of days of the
    2018 rail strike, the pension strike counted day by day and the lockdown, "À lire
    aussi :" and "Publicité" (up to twice) mid-body, a route line from a pool, the solidarity
    tax with the eco-contribution added in 2020, an indicative-prices line, a newsletter line
    reworded and turned by the Paris Air Shows, the reproduction line and the copyright line
    (a block), a rare erratum."""
    return PublisherStyle(
        domain="carnetdevol.fr", site="Carnet de Vol", base_size=170,
        subdomains=(("www.", 100),),
        sections=("compagnies", "aeroports", "train", "bons-plans", "industrie"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrique": ("Compagnies aériennes", "Aéroports", "Train", "Bons plans",
                         "Industrie", "Low cost"),
            "ligne": ("Paris-Orly – Pointe-à-Pitre", "Lyon – Montréal", "Nantes – Marrakech",
                      "Bordeaux – Lisbonne", "Marseille – Alger", "Paris – Barcelone en TGV"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_cv_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}")),
            _f("trafic", HEADER, 0.25, *_by_day(_cv_trafic)),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("ligne", MIDDLE, 0.2, (_OLD, "Nouvelle ligne : {ligne}")),
            _f("taxe", FOOTER, 0.12,
               (_OLD, "Taxe de solidarité sur les billets d'avion : 1,13 € par passager en "
                      "classe économique (vol intérieur ou européen)."),
               (CV_ECOCONTRIBUTION.isoformat(), "Taxe de solidarité : 1,13 € + "
                                                "éco-contribution de 1,50 € par passager en "
                                                "classe économique (vol intérieur ou "
                                                "européen).")),
            _f("indicatif", FOOTER, 0.35, (_OLD, "Les horaires et tarifs cités sont donnés à "
                                                 "titre indicatif et peuvent évoluer ; "
                                                 "vérifiez-les auprès du transporteur.")),
            _f("newsletter", FOOTER, 0.25, *_cv_newsletter()),
            _f("reproduction", FOOTER, 0.2, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans autorisation.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Carnet de Vol – Tous droits "
                                                 "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article indiquait une mauvaise date de "
                                               "lancement.")),
        ),
    )


# --- a Spanish city bus operator's news and notices ---------------------------------------

TS_REDESIGN = dt.date(2019, 7, 1)
BUS_FARES = (("2014-01-01", "1,20 € · bonobús 10 viajes 8,00 €"),
             ("2017-01-01", "1,25 € · bonobús 10 viajes 8,25 €"),
             ("2018-01-01", "1,30 € · bonobús 10 viajes 8,50 €"),
             ("2019-01-01", "1,35 € · bonobús 10 viajes 8,75 €"),
             ("2020-01-01", "1,40 € · bonobús 10 viajes 9,00 €"))


def _ts_dated(day: dt.date) -> str:
    if day < TS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Publicado el {DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}, {{time}} h")


@cache
def _ts_aviso() -> Wordings:
    base = _steps((_OLD, "Consulta horarios y tiempos de paso en la app TUS Sierramar"))
    covid = [
        _span("2020-03-14", "2020-05-03", "🦠 Estado de alarma: servicios mínimos en todas "
                                          "las líneas"),
        _span("2020-05-04", "2020-06-21", "😷 Uso obligatorio de mascarilla en autobuses y "
                                          "marquesinas"),
    ]
    semana_santa = _movable(easter, 3, 1, lambda y: f"Semana Santa {y}: horarios especiales "
                                                    f"y desvíos por procesiones")
    navidad = _yearly("12-31", 7, 6, lambda y: f"🎄 Navidad {y}: horarios de festivo el 25 de "
                                               f"diciembre y el 1 de enero")
    fiestas = _yearly("08-15", 5, 2, lambda y: f"Feria de Agosto {y}: refuerzo de líneas al "
                                               f"recinto ferial")
    return _calendar(base, covid, semana_santa, navidad, fiestas)


def sierramar_style() -> PublisherStyle:
    """A Spanish city bus operator's news and notices: a section from a pool, the numeric
    date turned "Publicado el" with the weekday, the long date and the time on 1 July 2019
    (a wording per day), the lines affected from a pool, a stop-works line, an accessibility
    line, the year's fares (changing each January), a subject-to-change line, a notice of
    the app turned by the state of alarm and the masks, Holy Week, Christmas and the August
    fair, the customer-service line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="tusierramar.es", site="Transportes Urbanos de Sierramar", base_size=150,
        subdomains=(("www.", 100),),
        sections=("avisos", "noticias", "tarifas", "obras"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "seccion": ("Avisos", "Noticias", "Tarifas", "Obras", "Accesibilidad"),
            "lineas": ("L1", "L2", "L3", "L5", "L7", "C1", "Búho N1"),
            "parada": ("Plaza Mayor", "Estación de Autobuses", "Hospital Comarcal",
                       "Avenida del Puerto", "Campus Universitario"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_ts_dated)),
            _f("aviso", HEADER, 0.3, *_ts_aviso()),
            _f("lineas", MIDDLE, 0.35, (_OLD, "Líneas afectadas: {lineas_list}")),
            _f("parada", MIDDLE, 0.15, (_OLD, "Parada provisional: {parada} (junto a la "
                                              "marquesina habitual)")),
            _f("desvio", MIDDLE, 0.2, (_OLD, "Desvío provisional por obras en {parada}")),
            _f("accesible", MIDDLE, 0.1, (_OLD, "Todos nuestros autobuses tienen piso bajo y "
                                                "rampa para sillas de ruedas.")),
            _f("tarifas", FOOTER, 0.2, *by_table(BUS_FARES, lambda v: f"Billete sencillo: "
                                                                     f"{v}")),
            _f("sujeto", FOOTER, 0.4, (_OLD, "Información sujeta a cambios. Horarios válidos "
                                             "salvo incidencias en el tráfico.")),
            _f("atencion", FOOTER, 0.35, (_OLD, "Atención al cliente: 900 101 334 (gratuito, "
                                                "de 7:00 a 22:00)")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Transportes Urbanos de Sierramar, "
                                                 "S.A. · Aviso legal · Privacidad")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: el desvío empieza el "
                                                     "lunes, no el domingo.")),
        ),
    )


# --- the press room of a Gulf airline (in Arabic) -----------------------------------------

WA_DIGITS = dt.date(2018, 1, 1)  # datelines in Arabic-Indic digits from 2018
WA_APP = dt.date(2017, 10, 1)
RAMADAN = {2015: ("2015-06-18", "2015-07-17", 1436), 2016: ("2016-06-06", "2016-07-06", 1437),
           2017: ("2017-05-27", "2017-06-25", 1438), 2018: ("2018-05-16", "2018-06-15", 1439),
           2019: ("2019-05-06", "2019-06-04", 1440), 2020: ("2020-04-24", "2020-05-24", 1441)}
ARAFAH = {2015: "2015-09-23", 2016: "2016-09-11", 2017: "2017-08-31", 2018: "2018-08-20",
          2019: "2019-08-10", 2020: "2020-07-30"}
WA_FLEET = (("2014-01-01", (26, "6.0")), ("2015-01-01", (28, "6.1")),
            ("2016-01-01", (32, "5.8")), ("2017-01-01", (35, "5.9")),
            ("2018-01-01", (38, "6.2")), ("2019-01-01", (41, "6.4")),
            ("2020-01-01", (43, "6.9")))


def _wa_dated(day: dt.date) -> str:
    if day < WA_DIGITS:
        return f"دبي، {day.day} {ASHHUR[day.month - 1]} {day.year}"
    return (f"دبي، {AYYAM[day.weekday()]} {arabic(day.day)} {ASHHUR[day.month - 1]} "
            f"{arabic(day.year)}")


def _wa_fleet(start: str) -> str:
    size, age = dict(WA_FLEET)[start]
    return (f"يتألف أسطول طيران الواحة من {arabic(size)} طائرة بمتوسط عمر {arabic(age)} "
            f"سنوات.")


@cache
def _wa_notice() -> Wordings:
    base = _steps((_OLD, "احجز رحلتك عبر موقعنا الإلكتروني أو مكاتب طيران الواحة"),
                  (WA_APP.isoformat(), "📱 حمّل تطبيق طيران الواحة واحصل على بطاقة صعودك "
                                       "إلكترونياً"))
    covid = [_span("2020-03-25", "2020-06-30", "تعليق مؤقت للرحلات المنتظمة حتى إشعار آخر")]
    ramadan = [(iso_day(first) - 3 * ONE, iso_day(eid), f"رمضان كريم: جدول رحلات شهر رمضان "
                                                       f"{arabic(hijri)} هـ")
               for first, eid, hijri in RAMADAN.values()]
    eid = [(iso_day(e), iso_day(e) + 4 * ONE, "عيد فطر سعيد: رحلات إضافية خلال عطلة العيد")
           for _, e, _ in RAMADAN.values()]
    hajj = [(iso_day(day) - 25 * ONE, iso_day(day) + 10 * ONE,
             f"موسم الحج {arabic(RAMADAN[y][2])} هـ: رحلات إضافية إلى جدة والمدينة المنورة")
            for y, day in ARAFAH.items()]
    return _calendar(base, covid, eid, ramadan, hajj)


def wahaair_style() -> PublisherStyle:
    """The press room of a Gulf airline, in Arabic: "Press release", the Dubai dateline with
    the day in Western digits turned the weekday and Arabic-Indic digits on New Year's Day
    2018 (a wording per day), a flight line from a pool, an aircraft line from a pool, the
    fleet's size and average age (changing each January), an information-correct line, a
    booking line reworded and turned by Ramadan with its Hijri year, Eid al-Fitr, the Hajj
    season and the pandemic's suspension, "-ends-", the about line and the media line (a
    block), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="wahaairways.ae", site="طيران الواحة", base_size=130,
        subdomains=(("www.", 70), ("media.", 30)),
        sections=("press", "network", "fleet", "corporate"),
        n_authors=4, url_path="/ar/media/{section}/{slug}",
        pools={
            "rahla": ("WH 201 دبي – القاهرة", "WH 315 دبي – عمّان", "WH 402 دبي – الدار البيضاء",
                      "WH 118 دبي – مومباي", "WH 560 دبي – إسطنبول"),
            "taira": ("إيرباص A320neo", "بوينغ 737 ماكس 8", "إيرباص A321LR", "بوينغ 787-9"),
        },
        families=(
            _f("bayan", HEADER, 0.6, (_OLD, "بيان صحفي")),
            _f("dateline", HEADER, 0.8, *_by_day(_wa_dated)),
            _f("rahla", MIDDLE, 0.3, (_OLD, "رقم الرحلة: {rahla}")),
            _f("taira", MIDDLE, 0.15, (_OLD, "الطائرة: {taira}")),
            _f("ustul", FOOTER, 0.25, *by_table(
                tuple((start, start) for start, _ in WA_FLEET), _wa_fleet)),
            _f("sahih", FOOTER, 0.3, (_OLD, "المعلومات صحيحة وقت النشر، وقد تتغير جداول "
                                            "الرحلات دون إشعار مسبق.")),
            _f("tanbih", FOOTER, 0.3, *_wa_notice()),
            _f("intaha", FOOTER, 0.55, (_OLD, "-انتهى-")),
            _f("nabdha", FOOTER, 0.45, (_OLD, "نبذة عن طيران الواحة: ناقلة جوية مقرها دبي تسيّر "
                                              "رحلات إلى أكثر من ٦٠ وجهة.")),
            _f("ilam", FOOTER, 0.4, (_OLD, "للاستفسارات الإعلامية: media@wahaairways.ae")),
            _f("huquq", FOOTER, 0.3, (_OLD, "© {year} طيران الواحة. جميع الحقوق محفوظة.")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: عُدّل موعد بدء الرحلات في هذا البيان.")),
        ),
    )


# --- an Indian railway news site (in Hindi) -----------------------------------------------

RD_REDESIGN = dt.date(2017, 7, 1)
RD_TELEGRAM = dt.date(2019, 4, 1)
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
CHHATH = {2015: "2015-11-17", 2016: "2016-11-06", 2017: "2017-10-26", 2018: "2018-11-13",
          2019: "2019-11-02", 2020: "2020-11-20"}
RAIL_BUDGETS = {"2015-02-26": "रेल बजट 2015", "2016-02-25": "रेल बजट 2016",
                "2017-02-01": "आम बजट 2017", "2018-02-01": "आम बजट 2018",
                "2019-02-01": "अंतरिम बजट 2019", "2019-07-05": "आम बजट 2019",
                "2020-02-01": "आम बजट 2020"}
PLATFORM_TICKET = (("2013-01-01", "₹5"), ("2015-04-01", "₹10"),
                   ("2020-03-17", "₹10 (भीड़ वाले स्टेशनों पर अस्थायी रूप से ₹50)"))


def _rd_dated(day: dt.date) -> str:
    if day < RD_REDESIGN:
        return f"{day.day} {MAHINE[day.month - 1]} {day.year}"
    return (f"अपडेटेड: {VAAR[day.weekday()]}, {day.day} {MAHINE[day.month - 1]} {day.year}, "
            f"{{time}} IST")


@cache
def _rd_suchna() -> Wordings:
    base = _steps((_OLD, "रेल दर्पण के व्हाट्सऐप ग्रुप से जुड़ें"),
                  (RD_TELEGRAM.isoformat(), "📢 ट्रेनों की हर अपडेट के लिए रेल दर्पण का "
                                            "टेलीग्राम चैनल जॉइन करें"))
    lockdown = [
        _span("2020-03-22", "2020-05-11", "लॉकडाउन: सभी यात्री ट्रेनें रद्द, टिकट का पूरा "
                                          "पैसा वापस मिलेगा"),
        _span("2020-05-12", "2020-06-30", "विशेष ट्रेनें: केवल कन्फर्म टिकट वाले यात्री ही "
                                          "स्टेशन आएं"),
    ]
    budgets = [(iso_day(day) - ONE, iso_day(day) + 2 * ONE, f"{name}: रेलवे को क्या मिला")
               for day, name in RAIL_BUDGETS.items()]
    festivals = [(iso_day(DIWALI[y]) - 12 * ONE, iso_day(CHHATH[y]) + 2 * ONE,
                  f"दिवाली और छठ {y}: स्पेशल ट्रेनों की पूरी सूची") for y in YEARS]
    kumbh = [_span("2019-01-10", "2019-03-04", "कुंभ 2019: प्रयागराज के लिए मेला स्पेशल "
                                               "ट्रेनें")]
    return _calendar(base, lockdown, budgets, festivals, kumbh)


def raildarpan_style() -> PublisherStyle:
    """An Indian railway news site, in Hindi: a section from a pool, the long date turned
    "अपडेटेड:" with the weekday and the time on the GST day (a wording per day), the
    reporter's line, "यह भी पढ़ें:" and "विज्ञापन" (up to twice) mid-body, a train number
    and name from a pool, the platform-ticket price (raised in 2015, and at crowded stations
    in March 2020), a check-before-you-travel line, a WhatsApp line turned a Telegram appeal
    and turned by the rail and Union Budgets, Diwali and Chhath special trains, the Kumbh
    and the lockdown, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="raildarpan.in", site="रेल दर्पण", base_size=110,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("railway", "metro", "aviation", "yatri"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "srot": ("रेल मंत्रालय", "उत्तर रेलवे", "IRCTC", "पूर्व मध्य रेलवे"),
            "shreni": ("रेलवे", "मेट्रो", "विमानन", "यात्री सुविधा", "भर्ती"),
            "gaadi": ("12301 हावड़ा राजधानी एक्सप्रेस", "12951 मुंबई राजधानी एक्सप्रेस",
                      "22439 वंदे भारत एक्सप्रेस", "12002 भोपाल शताब्दी एक्सप्रेस",
                      "02563 बरौनी-नई दिल्ली क्लोन स्पेशल"),
        },
        families=(
            _f("shreni", HEADER, 0.5, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.85, *_by_day(_rd_dated)),
            _f("lekhak", HEADER, 0.55, (_OLD, "{author}, नई दिल्ली")),
            _f("yeh-bhi", MIDDLE, 0.35, (_OLD, "यह भी पढ़ें: {other_title}")),
            _f("vigyapan", MIDDLE, 0.3, (_OLD, "विज्ञापन"), count=2),
            _f("gaadi", MIDDLE, 0.25, (_OLD, "ट्रेन: {gaadi}")),
            _f("srot", MIDDLE, 0.2, (_OLD, "स्रोत: {srot}")),
            _f("platform", FOOTER, 0.15, *by_table(PLATFORM_TICKET,
                                                  lambda v: f"प्लेटफॉर्म टिकट: {v}")),
            _f("pushti", FOOTER, 0.35, (_OLD, "ट्रेनों का समय और किराया बदल सकता है; यात्रा से "
                                              "पहले NTES या 139 पर पुष्टि करें।")),
            _f("suchna", FOOTER, 0.3, *_rd_suchna()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} रेल दर्पण। सर्वाधिकार सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: पहले इस खबर में ट्रेन का गलत नंबर छप "
                                              "गया था।")),
        ),
    )


# --- a Thai aviation news site ------------------------------------------------------------

FM_REDESIGN = dt.date(2019, 1, 1)
FM_LINE = dt.date(2018, 6, 1)


def _fm_dated(day: dt.date) -> str:
    if day < FM_REDESIGN:
        return f"{day.day}/{day.month:02d}/{be_year(day.year)}"
    return (f"{WAN[day.weekday()]}ที่ {day.day} {DUEAN[day.month - 1]} พ.ศ. "
            f"{be_year(day.year)} เวลา {{time}} น.")


def _fm_khomun(day: dt.date) -> str:
    return (f"ข้อมูล ณ วันที่ {day.day} {DUEAN[day.month - 1]} {be_year(day.year)} "
            f"อาจมีการเปลี่ยนแปลง")


@cache
def _fm_prakat() -> Wordings:
    base = _steps((_OLD, "ติดตามข่าวการบินได้ทางเพจเฟซบุ๊กฟ้าใหม่นิวส์"),
                  (FM_LINE.isoformat(), "เพิ่มเพื่อน LINE @fahmainews รับข่าวการบินก่อนใคร"))
    covid = [_span("2020-04-04", "2020-06-30", "กพท. ห้ามเที่ยวบินโดยสารเข้าประเทศไทยชั่วคราว")]
    songkran = _yearly("04-13", 4, 4, lambda y: f"เดินทางช่วงสงกรานต์ {be_year(y)}: "
                                                f"เช็กเที่ยวบินเพิ่มก่อนเดินทาง")
    new_year = _yearly("12-31", 4, 3, lambda y: f"ปีใหม่ {be_year(y + 1)}: "
                                                f"สายการบินเพิ่มเที่ยวบินพิเศษ")
    return _calendar(base, covid, songkran, new_year)


def fahmai_style() -> PublisherStyle:
    """A Thai aviation news site: a section from a pool, the numeric date with the
    Buddhist-era year turned the weekday, the long date and the time on New Year's Day
    2019 (a wording per day), "โดย", "อ่านเพิ่มเติม:" and "โฆษณา" mid-body, "information as
    of" with the day's date (a wording per day), a Facebook line turned a LINE appeal and
    turned by Songkran, the New Year and the 2020 ban on inbound flights, the copyright line,
    a rare correction."""
    return PublisherStyle(
        domain="fahmainews.com", site="ฟ้าใหม่นิวส์", base_size=90,
        subdomains=(("www.", 100),),
        sections=("airline", "airport", "travel", "rail"),
        n_authors=4, url_path="/{section}/{n}",
        pools={"muad": ("สายการบิน", "สนามบิน", "ท่องเที่ยว", "ระบบราง", "โลว์คอสต์"),
               "phap": ("การบินไทย", "ท่าอากาศยานไทย", "ไทยแอร์เอเชีย", "แฟ้มภาพ")},
        families=(
            _f("muad", HEADER, 0.5, (_OLD, "{muad}")),
            _f("wanthi", HEADER, 0.85, *_by_day(_fm_dated)),
            _f("phukhian", HEADER, 0.5, (_OLD, "โดย {author}")),
            _f("aan", MIDDLE, 0.35, (_OLD, "อ่านเพิ่มเติม: {other_title}")),
            _f("khosana", MIDDLE, 0.3, (_OLD, "โฆษณา")),
            _f("khomun", FOOTER, 0.3, *_daily(_fm_khomun)),
            _f("prakat", FOOTER, 0.3, *_fm_prakat()),
            _f("copyright", FOOTER, 0.35, (_OLD, "สงวนลิขสิทธิ์ © {year} ฟ้าใหม่นิวส์")),
            _f("phap", MIDDLE, 0.25, (_OLD, "ภาพ: {phap}")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "แก้ไข: ข่าวนี้แก้ไขวันที่เริ่มบินให้ถูกต้อง")),
        ),
    )


# --- a British regional airport's media centre --------------------------------------------

HA_REDESIGN = dt.date(2019, 4, 1)
HA_MASKS = dt.date(2020, 6, 15)
HA_ANNUAL = {2013: "5.2", 2014: "5.4", 2015: "5.7", 2016: "6.1", 2017: "6.6", 2018: "6.8",
             2019: "7.0", 2020: "2.1"}  # million passengers, published each 20 January


def passengers(y: int, m: int) -> int:
    """Made-up monthly passenger numbers: the year's traffic spread over a season (the
    pandemic from March 2020)."""
    season = (0.62, 0.6, 0.72, 0.86, 1.0, 1.12, 1.28, 1.33, 1.15, 0.98, 0.7, 0.64)
    base = float(HA_ANNUAL.get(y, "7.0")) if y != 2020 else 7.1
    value = base * 1e6 / 12 * season[m - 1] * (1 + 0.02 * jitter(dt.date(y, m, 1), "pax"))
    if y == 2020 and m >= 3:
        value *= (0.55, 0.01, 0.02, 0.06, 0.18, 0.3, 0.26, 0.17, 0.12, 0.15)[m - 3]
    return int(round(value, -2))


def _ha_pax(day: dt.date) -> str:
    published = day.replace(day=12)
    y, m = (day.year, day.month - 1) if day >= published else (day.year, day.month - 2)
    if m <= 0:
        y, m = y - 1, m + 12
    now, before = passengers(y, m), passengers(y - 1, m)
    return (f"Passengers in {MONTHS[m - 1]} {y}: {now:,} ({(now / before - 1) * 100:+.1f}% on "
            f"{MONTHS[m - 1]} {y - 1})")


def _ha_notes(day: dt.date) -> str:
    y = day.year - 1 if day >= day.replace(month=1, day=20) else day.year - 2
    return (f"Notes to editors: Harrowfield Airport handled {HA_ANNUAL[y]} million passengers "
            f"in {y} and serves more than 60 destinations.")


def harrowfield_style() -> PublisherStyle:
    """A British regional airport's media centre: the long date turned "Media centre ·" on
    1 April 2019 (a wording per day), the last month's passenger numbers and their change
    on a year earlier (a wording per month, published each 12th), a new-route line from a
    pool, a liquids line, a check-with-your-airline line reworded for face coverings, "ENDS",
    the notes to editors with last year's passengers (changing each 20 January) and the
    media line (a block), the copyright line, a rare update."""
    return PublisherStyle(
        domain="harrowfieldairport.co.uk", site="Harrowfield Airport", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "routes", "community", "business"),
        n_authors=3, url_path="/media-centre/{yyyy}/{slug}",
        pools={"route": ("Harrowfield – Alicante with Sunjet", "Harrowfield – Dublin with "
                         "Aer Arann", "Harrowfield – Faro with Sunjet", "Harrowfield – "
                         "Amsterdam with Northwind", "Harrowfield – Palma with Sunjet")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day < HA_REDESIGN
                else f"Media centre · {day.day} {MONTHS[day.month - 1]} {day.year}")),
            _f("pax", HEADER, 0.25, *_by_day(_ha_pax)),
            _f("route", MIDDLE, 0.3, (_OLD, "New route: {route}")),
            _f("parking", MIDDLE, 0.1, (_OLD, "Pre-book your parking online and save up to "
                                              "60% on the gate price.")),
            _f("liquids", FOOTER, 0.15, (_OLD, "Security reminder: liquids over 100ml must go "
                                               "in your hold luggage.")),
            _f("airline", FOOTER, 0.4,
               (_OLD, "Flight times can change at short notice: please check with your airline "
                      "before travelling."),
               (HA_MASKS.isoformat(), "Face coverings must be worn in the terminal. Please "
                                      "check with your airline before travelling.")),
            _f("ends", FOOTER, 0.5, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.45, *_by_day(_ha_notes)),
            _f("media", FOOTER, 0.45, (_OLD, "Media enquiries: press office 0113 496 0777 "
                                             "(out of hours 07700 900412)")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Harrowfield Airport Limited")),
            _f("update", HEADER, 0.04, (_OLD, "Updated: the start date of the new route has "
                                              "been corrected.")),
        ),
    )


# --- an American transit agency's rider news ----------------------------------------------

TV_REDESIGN = dt.date(2018, 1, 2)
TV_FARES = (("2012-07-01", "$1.75 · Day Pass $4.50"), ("2017-07-01", "$2.00 · Day Pass $5.00"),
            ("2019-07-01", "$2.00 · Day Pass $5.50"))


def _tv_alert_days(y: int) -> list[tuple[dt.date, str]]:
    return [(last_weekday(y, 5, 0), "Memorial Day"), (dt.date(y, 7, 4), "Independence Day"),
            (nth_weekday(y, 9, 0, 1), "Labor Day"), (thanksgiving(y), "Thanksgiving Day"),
            (dt.date(y, 12, 25), "Christmas Day"), (dt.date(y, 1, 1), "New Year's Day")]


@cache
def _tv_alert() -> Wordings:
    base = _steps((_OLD, "Sign up for Rider Alerts by text or email"))
    covid = [_span("2020-03-23", "2020-08-31", "😷 Rear-door boarding and free fares during "
                                               "COVID-19; masks required on board")]
    holidays: list[Event] = []
    for y in range(2015, 2022):
        for day, name in _tv_alert_days(y):
            holidays.append((day - 3 * ONE, day + ONE, f"🚌 {name} {y}: buses run on a Sunday "
                                                       f"schedule"))
    holidays.sort()
    return _calendar(base, covid, holidays)


def trivalley_style() -> PublisherStyle:
    """An American transit agency's rider news: "Posted" with the numeric date turned the
    weekday and the long date on 2 January 2018 (a wording per day), the routes affected
    from a pool, a Rider Alerts line turned by the holidays' Sunday schedules and the
    pandemic's free fares, the fares (raised in 2017 and 2019), "This information was
    accurate as of" with the day's date (a wording per day), the Title VI line, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="trivalleytransit.org", site="Tri-Valley Transit", base_size=55,
        subdomains=(("www.", 100),),
        sections=("news", "service-alerts", "fares", "projects"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"routes": ("Route 1", "Route 4", "Route 10", "Route 22", "Express 90",
                          "Night Owl 200")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"Posted {day.month:02d}/{day.day:02d}/{day.year}"
                if day < TV_REDESIGN else
                f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}")),
            _f("routes", MIDDLE, 0.35, (_OLD, "Routes affected: {routes_list}")),
            _f("alert", HEADER, 0.3, *_tv_alert()),
            _f("fares", FOOTER, 0.2, *by_table(TV_FARES, lambda v: f"Local fare: {v}")),
            _f("accurate", FOOTER, 0.35, *_daily(
                lambda day: f"This information was accurate as of {MONTHS[day.month - 1]} "
                            f"{day.day}, {day.year}.")),
            _f("ada", FOOTER, 0.15, (_OLD, "Need this information in another format or "
                                           "language? Call 555-0140 (TTY 711).")),
            _f("media", FOOTER, 0.25, (_OLD, "Media contact: Communications Office, "
                                             "media@trivalleytransit.org")),
            _f("title-vi", FOOTER, 0.2, (_OLD, "Tri-Valley Transit runs its services without "
                                               "regard to race, color or national origin, in "
                                               "line with Title VI of the Civil Rights Act.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Tri-Valley Transit Authority")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the detour begins Monday, not "
                                                  "Sunday.")),
        ),
    )


# --- the press room of a British long-haul airline ----------------------------------------

AA_REDESIGN = dt.date(2018, 3, 1)
APD_LONG_HAUL = (("2014-04-01", "£71"), ("2016-04-01", "£73"), ("2017-04-01", "£75"),
                 ("2018-04-01", "£78"), ("2020-04-01", "£80"))
AA_FLEET = (("2014-01-01", "31"), ("2015-01-01", "33"), ("2016-01-01", "35"),
            ("2017-01-01", "38"), ("2018-01-01", "40"), ("2019-01-01", "42"),
            ("2020-01-01", "44"))


def _aa_dated(day: dt.date) -> str:
    if day < AA_REDESIGN:
        return f"LONDON, {MONTHS[day.month - 1]} {day.day}, {day.year} –"
    return f"London, {day.day} {MONTHS[day.month - 1]} {day.year}:"


def auroraatlantic_style() -> PublisherStyle:
    """The press room of a British long-haul airline: "FOR IMMEDIATE RELEASE", the dateline
    (American order turned British order on 1 March 2018, a wording per day), a flight line
    from a pool, the fares line with the year's long-haul Air Passenger Duty (changing each
    April), "-ENDS-", the about line with the fleet's size (changing each January) and the
    media line (a block), a rare correction."""
    return PublisherStyle(
        domain="auroraatlantic.com", site="Aurora Atlantic", base_size=40,
        subdomains=(("www.", 60), ("media.", 40)),
        sections=("press-releases", "network", "fleet"),
        n_authors=2, url_path="/media/{section}/{slug}",
        pools={"flight": ("AU 101 London Gatwick – Boston Logan", "AU 117 London Gatwick – "
                          "Orlando", "AU 205 Manchester – Barbados", "AU 141 London Gatwick – "
                          "Toronto Pearson"),
               "reg": ("G-AURA", "G-AURB", "G-AURD", "G-AURF", "G-AURK")},
        families=(
            _f("release", HEADER, 0.6, (_OLD, "FOR IMMEDIATE RELEASE")),
            _f("dated", HEADER, 0.8, *_by_day(_aa_dated)),
            _f("flight", MIDDLE, 0.3, (_OLD, "Flight {flight}")),
            _f("fares", FOOTER, 0.3, *by_table(APD_LONG_HAUL, lambda v: (
                f"Fares are one way, include taxes and Air Passenger Duty ({v} in economy) "
                f"and are subject to availability."))),
            _f("image", MIDDLE, 0.25, (_OLD, "Image: Aurora Atlantic Boeing 787-9 {reg}")),
            _f("ends", FOOTER, 0.45, (_OLD, "-ENDS-")),
            _f("about", FOOTER, 0.4, *by_table(AA_FLEET, lambda v: (
                f"About Aurora Atlantic: a long-haul airline flying {v} aircraft from London "
                f"Gatwick and Manchester."))),
            _f("media", FOOTER, 0.4, (_OLD, "Media contact: press@auroraatlantic.com · "
                                            "+44 20 7946 0321")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Aurora Atlantic Airways Limited")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the launch date has been "
                                                  "changed to 28 March.")),
        ),
    )


# --- a German regional transport association ----------------------------------------------

VL_TARIF = {2015: "2,9", 2016: "1,9", 2017: "1,5", 2018: "1,9", 2019: "1,8", 2020: "1,4",
            2021: "1,5"}


@cache
def _vl_hinweis() -> Wordings:
    base = _steps((_OLD, "Fahrplanauskunft rund um die Uhr: www.vlt-verkehr.de"))
    wechsel = [(european_timetable_change(y) - 10 * ONE, european_timetable_change(y) + 4 * ONE,
                f"🚆 Fahrplanwechsel am {european_timetable_change(y).day}. Dezember {y}: die "
                f"neuen Fahrpläne sind online") for y in YEARS]
    tarif = _yearly("01-01", 12, 13, lambda y: f"Neue Preise ab 1. Januar {y}: im Schnitt "
                                               f"+{VL_TARIF[y]} %", years=range(2015, 2022))
    return _calendar(base, wechsel, tarif)


def vlt_style() -> PublisherStyle:
    """A German regional transport association: "Pressemitteilung", the place and the
    numeric date (a wording per day), a timetable line turned by each European December
    timetable change and each January's fare rise with its percentage, "Alle Angaben ohne
    Gewähr", the press contact and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="vlt-verkehr.de", site="Verkehrsverbund Lahn-Taunus", base_size=30,
        subdomains=(("www.", 100),),
        sections=("presse", "fahrplan", "tarif"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"linien": ("RB 25", "RE 20", "Bus 201", "Bus 286", "RB 22", "AST 54"),
               "abschnitt": ("Limburg und Diez", "Weilburg und Wetzlar",
                             "Niedernhausen und Idstein", "Bad Camberg und Limburg")},
        families=(
            _f("pm", HEADER, 0.55, (_OLD, "Pressemitteilung")),
            _f("datum", HEADER, 0.8, *_by_day(
                lambda day: f"Limburg, {day.day:02d}.{day.month:02d}.{day.year}")),
            _f("linien", MIDDLE, 0.35, (_OLD, "Betroffene Linien: {linien_list}")),
            _f("ersatz", MIDDLE, 0.2, (_OLD, "Ersatzverkehr mit Bussen zwischen "
                                             "{abschnitt}")),
            _f("hinweis", FOOTER, 0.35, *_vl_hinweis()),
            _f("gewaehr", FOOTER, 0.4, (_OLD, "Alle Angaben ohne Gewähr.")),
            _f("kontakt", FOOTER, 0.4, (_OLD, "Pressekontakt: Verkehrsverbund Lahn-Taunus, "
                                              "Presse- und Öffentlichkeitsarbeit, Tel. 06431 "
                                              "555-120")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Verkehrsverbund Lahn-Taunus GmbH")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Umleitung gilt ab Montag.")),
        ),
    )


def heldout128_styles() -> list[PublisherStyle]:
    """The held-back-128 styles, in the order the generator hands them to publishers."""
    return [
        skyline_style(), northlink_style(), luftfahrtkurier_style(), carnetdevol_style(),
        sierramar_style(), wahaair_style(), raildarpan_style(), fahmai_style(),
        harrowfield_style(), trivalley_style(), auroraatlantic_style(), vlt_style(),
    ]
