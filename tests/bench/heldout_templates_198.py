"""The ``held-back-198`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
emergency-number line or an advertisement marker. The publishers are fire brigades,
civil-protection bodies and emergency-service news pages in English, German, Czech, Greek,
Croatian and Nepali: a British county fire and rescue service's newsroom, a German volunteer
fire brigade's incident reports, a Czech regional fire and rescue service's press pages, a
Greek fire and civil-protection news site, a Croatian county fire association, an Australian
rural bushfire brigade, a Nepali disaster news site, an Austrian district fire brigade
command, a Czech village volunteer fire brigade, an American volunteer fire company, a
Croatian town's civil protection and a Greek volunteer mountain rescue team. The families are
the kinds a crawl of such sites holds: incident-report headers (call, alarm and dispatch
times with slots, the units, engines and brigades from pools, the incident type and alarm
level, the duration, the damage and the values saved, the year's running incident number);
dates localised day by day in English (British, Australian and American orders), German
(Austrian "Jänner"), Czech, Greek and Croatian (genitive month names) and Nepali (the Bikram
Sambat calendar in Devanagari digits), several changing form on the day of a redesign; lines
that turn every day (the fire-danger index of the German Weather Service, the Greek fire-risk
map for the next day, the Croatian vegetation-fire index, the Australian Fire Danger Rating
with its total fire bans, Nepali monsoon and forest-fire warnings, a town's daily COVID-19
count), every week (a region's incidents since New Year to the last Sunday) and every month
(last month's incidents, the siren test on the first Saturday); warning-level and fire-ban
banners by season and by date (fire seasons and fire danger periods, droughts' fire bans, the
Austrian forest-fire decrees, county burn bans); volunteer-recruitment appeals reworded over
the years; "in an emergency call 112" (999, 000, 911, 150, 193, 199, 101, 122) notices, some
reworded; notices that follow calendars (Bonfire Night, Advent and New Year's Eve, Easter
fires and Orthodox Easter, the burning of the witches on 30 April, St Florian's day, Fire
Prevention Week with its theme, the Fourth of July, the European 112 day, Get Ready Weekend,
Dashain, Tihar and the Nepali earthquake safety day, open days, balls and competitions, the
Mati fire, the Split fire, the Zagreb and Petrinja earthquakes, the Black Summer, the Gorkha
earthquake, the pandemic); amounts that change over the years (a fire authority's council-tax
precept, a property levy, a fund-drive goal, membership fees, the reconstruction grant, the
year's incident totals); photo credits, related links and advertisement markers mid-body
(some up to two times); multi-line blocks (ENDS, notes to editors and press office, author and
photo credits, imprints and copyright lines), bare lines and families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
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
    listed,
    nth_weekday,
    orthodox_easter,
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
_seasons = _PERIOD.seasons
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MONATE_AT = ("Jänner",) + MONATE[1:]
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince")
DNY = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
MJESECI = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
           "kolovoza", "rujna", "listopada", "studenoga", "prosinca")
DANI = ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja")
MAHINA = ("बैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ",
          "फागुन", "चैत")
BAAR = ("सोमबार", "मंगलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार", "आइतबार")
NEPALI_ZERO = "०"

# --- helpers of this set ------------------------------------------------------------------


@cache
def jitter(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFFFFFFFFFF * 2 - 1


def between(day: dt.date, first: str, last: str) -> bool:
    """Whether `day` is from ISO day `first` to `last`, both included."""
    return iso_day(first) <= day <= iso_day(last)


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A value drawn straight between `anchors` ((ISO day, value), ...), flat outside."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def tabled(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: the value in force on the
    set's first day from the oldest day, then one from each later day of the table."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def danger(day: dt.date, key: str, peak: int, width: float, top: float, levels: int,
           boosts: tuple[tuple[str, str, float], ...] = ()) -> int:
    """A made-up fire-danger level from 1 to `levels` for `day`: a seasonal curve peaking on
    day of year `peak`, the day's weather (`key`) and hot spells (`boosts`: first and last
    ISO day, extra level)."""
    doy = day.timetuple().tm_yday
    dist = min(abs(doy - peak), 365 - abs(doy - peak))
    value = 1 + top * math.exp(-((dist / width) ** 2)) + 0.9 * jitter(day, key)
    value += sum(boost for first, last, boost in boosts if between(day, first, last))
    return max(1, min(levels, round(value)))


def last_sunday(day: dt.date) -> dt.date:
    """The last Sunday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def first_advent(y: int) -> dt.date:
    """The first Sunday of Advent: four Sundays before Christmas."""
    christmas = dt.date(y, 12, 25)
    return christmas - dt.timedelta(days=(christmas.weekday() + 1) % 7 or 7) - 21 * ONE


def grouped(number: int, sep: str) -> str:
    """`number` with its thousands grouped by `sep`."""
    return f"{number:,}".replace(",", sep)


def nepali(number: int | str, width: int = 0) -> str:
    """A number in Devanagari digits."""
    return digits(number, NEPALI_ZERO, width)


# The Bikram Sambat calendar: month lengths of BS 2071-2078 (1 Baisakh 2071 = 14 April 2014).
BS_FIRST = dt.date(2014, 4, 14)
BS_MONTHS = {
    2071: (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    2072: (31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    2073: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    2074: (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    2075: (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    2076: (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),
    2077: (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    2078: (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
}


@cache
def bs_date(day: dt.date) -> tuple[int, int, int]:
    """`day` in the Bikram Sambat calendar: (year, month from 1, day)."""
    left = (day - BS_FIRST).days
    assert left >= 0, day
    for year, lengths in BS_MONTHS.items():
        for month, length in enumerate(lengths, 1):
            if left < length:
                return year, month, left + 1
            left -= length
    raise ValueError(day)


def ad_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of Bikram Sambat `day` `month` `year`."""
    days = sum(sum(lengths) for y, lengths in BS_MONTHS.items() if y < year)
    return BS_FIRST + dt.timedelta(days=days + sum(BS_MONTHS[year][:month - 1]) + day - 1)


def bs_text(day: dt.date) -> str:
    """`day` as Nepali sites print it: "२०७५ साउन १२"."""
    y, m, d_ = bs_date(day)
    return f"{nepali(y)} {MAHINA[m - 1]} {nepali(d_)}"


# --- a British county fire and rescue service's newsroom ----------------------------------

WF_REDESIGN = dt.date(2018, 4, 3)  # the new site went live at the start of the 2018/19 year
WF_ONCALL = dt.date(2017, 6, 1)
WF_SMOKE = dt.date(2017, 10, 1)
WF_ALERTS = dt.date(2019, 1, 14)
WF_PRECEPT = (("2014-04-01", "£68.04 (2014/15)"), ("2015-04-01", "£69.39 (2015/16)"),
              ("2016-04-01", "£70.77 (2016/17)"), ("2017-04-01", "£72.18 (2017/18)"),
              ("2018-04-01", "£74.34 (2018/19)"), ("2019-04-01", "£76.56 (2019/20)"),
              ("2020-04-01", "£78.09 (2020/21)"))
WF_RECRUITMENT = (("2016-09-05", "2016-09-25"), ("2018-01-15", "2018-02-04"),
                  ("2019-10-07", "2019-10-27"))


def _wf_dated(day: dt.date) -> str:
    if day < WF_REDESIGN:
        return f"Posted: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def incidents(y: int, m: int) -> tuple[int, int]:
    """Made-up incidents attended in month `m` of `y`, and how many were fires: more in the
    summer, most in the hot July of 2018, fewer in the 2020 lockdown."""
    season = (0.86, 0.8, 0.9, 0.98, 1.04, 1.12, 1.22, 1.15, 0.97, 0.95, 1.08, 0.93)
    value = 640 * season[m - 1] * (1 + 0.05 * jitter(dt.date(y, m, 1), "wf-incidents"))
    if (y, m) == (2018, 7):
        value *= 1.45
    if y == 2020 and 4 <= m <= 5:
        value *= 0.82
    fires = value * (0.3 + 0.12 * (m in (6, 7, 8)) + 0.05 * jitter(dt.date(y, m, 2), "wf"))
    return int(value), int(fires)


def _wf_month(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.day >= 6 else (day.year, day.month - 2)
    if m <= 0:
        y, m = y - 1, m + 12
    total, fires = incidents(y, m)
    return (f"In {MONTHS[m - 1]} {y} our crews attended {total:,} incidents, {fires} of them "
            f"fires.")


@cache
def _wf_banner() -> Wordings:
    base = _steps((_OLD, "Follow Wealdshire Fire and Rescue Service on Twitter for live "
                         "incident updates"),
                  (WF_ALERTS.isoformat(), "📲 Incident alerts on Twitter, Facebook and "
                                          "Instagram: search for Wealdshire Fire and Rescue "
                                          "Service"))
    news = [
        _span("2018-06-25", "2018-08-10", "🔥 Grass and heath fire risk is very high: no "
                                          "barbecues or bonfires in the countryside"),
        _span("2020-03-23", "2020-07-03", "🏠 Stay home, stay safe: never leave cooking "
                                          "unattended"),
    ]

    def bonfire(y: int) -> str:
        if y == 2020:
            return ("🎆 Bonfire Night 2020: organised displays are cancelled, so please don't "
                    "build your own bonfire")
        return (f"🎆 Bonfire Night {y}: enjoy an organised display and keep sparklers away "
                f"from under-fives")

    bonfires = _yearly("11-05", 7, 1, bonfire)
    christmas = _yearly("12-25", 14, 6, lambda y: f"🎄 Christmas {y}: switch off fairy lights "
                                                  f"at night and never leave candles burning")
    return _calendar(base, news, bonfires, christmas)


@cache
def _wf_recruit() -> Wordings:
    base = _steps((_OLD, "On-call firefighters wanted: could you get to your local fire "
                         "station within five minutes of a call?"),
                  (WF_ONCALL.isoformat(), "Become an on-call firefighter and get paid to help "
                                          "your community. Find out more at "
                                          "wealdshirefire.gov.uk/oncall"))
    windows = [_span(first, last, f"👩‍🚒 Wholetime firefighter recruitment is open until "
                                  f"{iso_day(last).day} {MONTHS[iso_day(last).month - 1]} "
                                  f"{iso_day(last).year}")
               for first, last in WF_RECRUITMENT]
    return _calendar(base, windows)


def wealdshire_style() -> PublisherStyle:
    """A British county fire and rescue service's newsroom: a category from a pool, "Posted:"
    with the numeric date turned the long date on 3 April 2018 (a wording per day), the call
    time and the stations sent from a pool, the incident's status from a pool, a smoke-alarm
    reminder reworded in 2017, "Related:" up to twice and a photo credit mid-body, last
    month's incidents and fires (a wording per month, published each 6th), the fire
    precept's Band D amount (changing each April), "ENDS", the notes to editors and the press
    office (a block), "In an emergency always dial 999", a social-media banner reworded and
    turned by the 2018 heath fires, the lockdown, Bonfire Night and Christmas, an on-call
    recruitment appeal reworded and turned by the wholetime recruitment windows, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="wealdshirefire.gov.uk", site="Wealdshire Fire and Rescue Service",
        base_size=250, subdomains=(("www.", 100),),
        sections=("incidents", "news", "community-safety", "recruitment", "road-safety"),
        n_authors=5, url_path="/news/{section}/{slug}",
        pools={
            "category": ("Incidents", "News", "Community safety", "Recruitment", "Road safety",
                         "Fire investigation"),
            "stations": ("Ashdown Forest", "Crowbridge", "Heathfield", "Uckley", "Battle Cross",
                         "Mayfold", "Hailsworth"),
            "status": ("Closed", "Closed – fire investigation under way",
                       "Crews remain at the scene", "Closed – handed over to the police"),
            "photo": ("Wealdshire Fire and Rescue Service", "Crew Commander, Crowbridge",
                      "police photographer", "a member of the public"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_wf_dated)),
            _f("call", HEADER, 0.35, (_OLD, "Call received: {time} · Crews from: "
                                            "{stations_list}")),
            _f("status", HEADER, 0.2, (_OLD, "Incident status: {status}")),
            _f("smoke-alarm", MIDDLE, 0.2,
               (_OLD, "Test your smoke alarms every month. It only takes a few seconds and "
                      "could save your life."),
               (WF_SMOKE.isoformat(), "Press to test: check your smoke alarms once a month "
                                      "and book a free Safe and Well visit online.")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("month", FOOTER, 0.2, *_by_day(_wf_month)),
            _f("precept", FOOTER, 0.12, *tabled(WF_PRECEPT, lambda v: (
                f"Our part of your council tax: {v} for a Band D home."))),
            _f("ends", FOOTER, 0.5, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.4, (_OLD, "Notes to editors: Wealdshire Fire and Rescue "
                                            "Service has 24 fire stations, nine of them "
                                            "crewed around the clock.")),
            _f("press", FOOTER, 0.4, (_OLD, "Press office: 01632 960451 (out of hours, "
                                            "ask Fire Control for the duty press officer)")),
            _f("emergency", FOOTER, 0.45, (_OLD, "In an emergency always dial 999.")),
            _f("banner", FOOTER, 0.3, *_wf_banner()),
            _f("recruit", FOOTER, 0.25, *_wf_recruit()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Wealdshire Fire and Rescue "
                                                "Service")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story named the wrong fire station.")),
        ),
    )


# --- a German volunteer fire brigade's incident reports -----------------------------------

FA_REDESIGN = dt.date(2016, 10, 1)
FA_MITMACHEN = dt.date(2018, 3, 1)
FA_INSTAGRAM = dt.date(2017, 5, 1)
DSGVO = dt.date(2018, 5, 25)
FA_RATE = {2013: 0.27, 2014: 0.29, 2015: 0.31, 2016: 0.34, 2017: 0.36, 2018: 0.41, 2019: 0.37,
           2020: 0.35, 2021: 0.33}  # incidents a day
FA_OPEN_DAYS = {2015: "2015-05-17", 2016: "2016-05-22", 2017: "2017-05-21",
                2018: "2018-06-10", 2019: "2019-05-26"}  # none in 2020


def einsatz_number(day: dt.date) -> int:
    """The running number of the year's incidents on `day` (made up, resets each 1 January)."""
    return 1 + int((day.timetuple().tm_yday - 1) * FA_RATE[day.year])


def einsatz_total(y: int) -> tuple[int, int]:
    """The incidents of year `y` and how many were fires."""
    total = einsatz_number(dt.date(y, 12, 31))
    return total, int(total * (0.27 + 0.06 * jitter(dt.date(y, 1, 1), "fa")))


def _fa_nummer(day: dt.date) -> str:
    k = einsatz_number(day)
    if day < FA_REDESIGN:
        return f"Einsatz-Nr. {k}/{day.year}"
    return f"Einsatz {k:03d}/{day.year}"


def _fa_alarm(day: dt.date) -> str:
    if day < FA_REDESIGN:
        return f"Datum: {day.day:02d}.{day.month:02d}.{day.year} – Alarm: {{time}} Uhr"
    return (f"Alarmierung: {WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} "
            f"{day.year}, {{time}} Uhr")


WBI = ("sehr geringe Gefahr", "geringe Gefahr", "mittlere Gefahr", "hohe Gefahr",
       "sehr hohe Gefahr")


def wbi(day: dt.date) -> int:
    """The made-up forest-fire danger index of the German Weather Service (1-5)."""
    return danger(day, "wbi", 195, 55, 2.4, 5, (("2015-07-01", "2015-08-15", 0.8),
                                                 ("2018-04-15", "2018-08-31", 1.2),
                                                 ("2019-06-20", "2019-07-31", 0.8),
                                                 ("2020-04-01", "2020-04-30", 1.4)))


def _fa_waldbrand(day: dt.date) -> str:
    if not 3 <= day.month <= 10:
        return ("Waldbrandgefahrenindex: Der Deutsche Wetterdienst stuft die Gefahr von März "
                "bis Oktober täglich ein.")
    n = wbi(day)
    return (f"Waldbrandgefahrenindex (DWD) für heute, {day.day}. {MONATE[day.month - 1]}: "
            f"Stufe {n} – {WBI[n - 1]}")


def _fa_bilanz(day: dt.date) -> str:
    y = day.year - 1 if day >= dt.date(day.year, 1, 25) else day.year - 2
    total, fires = einsatz_total(y)
    return f"Einsatzbilanz {y}: {total} Einsätze, davon {fires} Brandeinsätze"


@cache
def _fa_hinweis() -> Wordings:
    base = _steps((_OLD, "Folgen Sie uns auf Facebook"),
                  (FA_INSTAGRAM.isoformat(), "📸 Neu: Unsere Wehr jetzt auch auf Instagram – "
                                             "folgen Sie uns!"))
    corona = [
        _span("2020-03-16", "2020-06-14", "🦠 Corona: Übungs- und Ausbildungsdienst ausgesetzt "
                                          "– die Einsatzbereitschaft ist gesichert"),
        _span("2020-11-02", "2020-11-28", "🦠 Corona: Übungsdienst erneut ausgesetzt, "
                                          "Gerätehaus für Besucher geschlossen"),
    ]
    open_days = _movable(listed(FA_OPEN_DAYS), 10, 0, lambda y: (
        f"🚒 Tag der offenen Tür am Sonntag, {iso_day(FA_OPEN_DAYS[y]).day}. "
        f"{MONATE[iso_day(FA_OPEN_DAYS[y]).month - 1]} {y}, ab 10 Uhr am Gerätehaus"))
    advent: list[Event] = [(first_advent(y), dt.date(y, 12, 25),
                            f"🕯️ Advent {y}: Kerzen nie unbeaufsichtigt brennen lassen!")
                           for y in YEARS]

    def silvester(y: int) -> str:
        if y == 2020:
            return ("🎆 Silvester 2020: Kein Feuerwerksverkauf – bitte verzichten Sie auf "
                    "Böller")
        return f"🎆 Silvester {y}: Raketen nur im Freien und nie aus der Hand zünden"

    return _calendar(base, corona, open_days, advent, _yearly("12-31", 4, 1, silvester))


def altenweiler_style() -> PublisherStyle:
    """A German volunteer fire brigade's incident reports: the year's running incident
    number (turned zero-padded on 1 October 2016; a wording per few days, from 1 each
    January), the alarm date and time (numeric, turned the weekday and long date on the same
    day; a wording per day), the incident type, the place, the vehicles, the other forces
    and the duration from pools (a header block), the German Weather Service's forest-fire
    index for the day from March to October (a wording per day), the report's author and
    the photo credit (a block), a membership appeal reworded in 2018, "Im Notfall: 112", a
    social-media line reworded and turned by the open days, Advent, New Year's Eve and the
    pandemic, last year's incident total (changing each 25 January), the copyright line with
    the privacy link added on GDPR day, a rare addendum."""
    return PublisherStyle(
        domain="feuerwehr-altenweiler.de", site="Freiwillige Feuerwehr Altenweiler",
        base_size=220, subdomains=(("www.", 100),),
        sections=("einsaetze", "aktuelles", "jugendfeuerwehr", "uebungen"),
        n_authors=4, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "stichwort": ("B1 – Kleinbrand", "B2 – Brand Gebäude", "B3 – Großbrand",
                          "TH 1 – Technische Hilfe", "THL – Verkehrsunfall mit eingeklemmter "
                          "Person", "BMA – Brandmeldeanlage", "Unwetter", "Ölspur"),
            "ort": ("Hauptstraße", "Kreisstraße K 12 Richtung Kirchrode", "Gewerbegebiet Am "
                    "Mühlbach", "B 256, Ortsausgang", "Schulstraße", "Waldweg am Eichberg"),
            "fahrzeuge": ("ELW 1", "HLF 20", "LF 10", "DLK 23/12", "TLF 3000", "MTW",
                          "GW-L2"),
            "kraefte": ("Rettungsdienst", "Polizei", "Notarzt", "Kreisbrandmeister",
                        "FF Kirchrode", "THW"),
            "dauer": ("45 Minuten", "1 Stunde", "1,5 Stunden", "2 Stunden", "3 Stunden",
                      "5 Stunden"),
            "fotos": ("Freiwillige Feuerwehr Altenweiler", "Kreisfeuerwehrverband",
                      "Polizeiinspektion", "privat"),
        },
        families=(
            _f("nummer", HEADER, 0.55, *_by_day(_fa_nummer)),
            _f("alarm", HEADER, 0.85, *_by_day(_fa_alarm)),
            _f("stichwort", HEADER, 0.6, (_OLD, "Einsatzart: {stichwort}")),
            _f("ort", HEADER, 0.5, (_OLD, "Einsatzort: {ort}")),
            _f("fahrzeuge", HEADER, 0.45, (_OLD, "Fahrzeuge: {fahrzeuge_list}")),
            _f("kraefte", HEADER, 0.3, (_OLD, "Weitere Kräfte: {kraefte_list}")),
            _f("dauer", HEADER, 0.35, (_OLD, "Einsatzdauer: {dauer}")),
            _f("waldbrand", HEADER, 0.2, *_by_day(_fa_waldbrand)),
            _f("bericht", FOOTER, 0.45, (_OLD, "Bericht: {author}")),
            _f("fotos", FOOTER, 0.35, (_OLD, "Fotos: {fotos}")),
            _f("mitmachen", FOOTER, 0.3,
               (_OLD, "Mitmachen! Wir suchen Verstärkung für unsere Einsatzabteilung – "
                      "Übungsabend jeden Donnerstag ab 19:30 Uhr im Gerätehaus."),
               (FA_MITMACHEN.isoformat(), "💪 Helfen ist Ehrensache: Werde Teil der "
                                          "Einsatzabteilung oder der Jugendfeuerwehr! Infos "
                                          "am Übungsabend, donnerstags ab 19:30 Uhr.")),
            _f("notruf", FOOTER, 0.45, (_OLD, "Im Notfall: Notruf 112 – Feuerwehr und "
                                              "Rettungsdienst, rund um die Uhr.")),
            _f("hinweis", FOOTER, 0.3, *_fa_hinweis()),
            _f("bilanz", FOOTER, 0.15, *_by_day(_fa_bilanz)),
            _f("copyright", FOOTER, 0.3,
               (_OLD, "© {year} Freiwillige Feuerwehr Altenweiler | Impressum"),
               (DSGVO.isoformat(), "© {year} Freiwillige Feuerwehr Altenweiler | Impressum | "
                                   "Datenschutz")),
            _f("nachtrag", HEADER, 0.04, (_OLD, "Nachtrag: Die Alarmzeit wurde nachträglich "
                                                "korrigiert.")),
        ),
    )


# --- a Czech regional fire and rescue service's press pages -------------------------------

HZ_REDESIGN = dt.date(2017, 9, 1)
HZ_112 = dt.date(2019, 2, 11)  # the European 112 day
HZ_RATE = {2014: 24.0, 2015: 25.5, 2016: 24.2, 2017: 25.1, 2018: 28.3, 2019: 26.7,
           2020: 25.9, 2021: 24.0}  # incidents a day in the region
HZ_DROUGHTS = (("2015-08-07", "2015-09-01"), ("2018-07-27", "2018-09-10"),
               ("2019-06-27", "2019-08-20"), ("2020-04-17", "2020-05-12"))


def _hz_datum(day: dt.date) -> str:
    if day < HZ_REDESIGN:
        return f"Datum: {day.day}. {day.month}. {day.year}"
    return f"{DNY[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year}, {{time}}"


def _hz_zasahy(day: dt.date) -> str:
    sunday = last_sunday(day)
    n = int(sunday.timetuple().tm_yday * HZ_RATE[sunday.year])
    return (f"Od začátku roku {sunday.year} hasiči v kraji zasahovali u {grouped(n, ' ')} "
            f"událostí (stav k neděli {sunday.day}. {sunday.month}.)")


@cache
def _hz_upozorneni() -> Wordings:
    base = _steps((_OLD, "Aktuální informace o zásazích sledujte na našem Twitteru"),
                  (HZ_REDESIGN.isoformat(), "📱 Sledujte nás na Facebooku, Twitteru a "
                                            "Instagramu"))
    sucho = [_span(first, last, f"🔥 Od {iso_day(first).day}. {iso_day(first).month}. "
                                f"{iso_day(first).year} platí období zvýšeného nebezpečí "
                                f"vzniku požárů: nerozdělávejte oheň v přírodě")
             for first, last in HZ_DROUGHTS]
    nouze = [
        _span("2020-03-12", "2020-05-17", "⚠️ Nouzový stav: dodržujte mimořádná opatření "
                                          "vlády"),
        _span("2020-10-05", "2021-01-10", "⚠️ Od 5. října 2020 opět platí nouzový stav: "
                                          "aktuální opatření najdete na webu vlády"),
    ]
    carodejnice = _yearly("04-30", 7, 0, lambda y: f"🧹 Pálení čarodějnic {y}: ohně předem "
                                                   f"ohlaste na krajském operačním středisku")
    den_112 = _yearly("02-11", 2, 0, lambda y: "☎️ 11. února je Evropský den tísňové linky "
                                               "112")
    komin = _yearly("10-01", 0, 13, lambda y: f"🔥 Topná sezóna {y}: nechte si zkontrolovat "
                                              f"a vyčistit komín")
    return _calendar(base, sucho, nouze, carodejnice, den_112, komin)


def polabi_style() -> PublisherStyle:
    """A Czech regional fire and rescue service's press pages: a section from a pool, the
    numeric date turned the weekday, the long date and the time on 1 September 2017 (a
    wording per day), the author with the post, the call time and the units from pools,
    the damage and the values saved from pools and "Související:" up to twice mid-body, a
    photo credit, the region's incidents since New Year to the last Sunday (a wording per
    week), the emergency numbers reworded on the 2019 European 112 day, a banner reworded
    and turned by the droughts' fire bans, the states of emergency, the burning of the
    witches, the 112 day and the heating season, the source, the reuse line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="hzspolabi.cz", site="Hasičský záchranný sbor Polabského kraje",
        base_size=195, subdomains=(("www.", 100),),
        sections=("zasahy", "prevence", "ochrana-obyvatelstva", "krizove-rizeni"),
        n_authors=4, url_path="/clanek/{slug}.aspx",
        pools={
            "rubrika": ("Zásahy", "Prevence", "Ochrana obyvatelstva", "Krizové řízení",
                        "Výcvik", "Ze života sboru"),
            "beat": ("tisková mluvčí", "tiskový mluvčí", "oddělení prevence",
                     "operační a informační středisko"),
            "jednotky": ("HZS stanice Nymburk", "HZS stanice Kolín", "JSDH Poděbrady",
                         "JSDH Sadská", "JSDH Lysá nad Labem", "HZS stanice Brandýs"),
            "skoda": ("20 tisíc Kč", "80 tisíc Kč", "150 tisíc Kč", "400 tisíc Kč",
                      "1,2 milionu Kč"),
            "uchraneno": ("200 tisíc Kč", "1 milion Kč", "3 miliony Kč", "8 milionů Kč"),
            "foto": ("Hasičský záchranný sbor Polabského kraje", "JSDH Poděbrady",
                     "Policie ČR"),
            "zdroj": ("krajské operační a informační středisko", "tisková mluvčí HZS",
                      "Policie ČR", "Zdravotnická záchranná služba"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.9, *_by_day(_hz_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}"),
               (HZ_REDESIGN.isoformat(), "Autor: {author}, {author_beat}")),
            _f("ohlaseni", HEADER, 0.35, (_OLD, "Ohlášení události: {time} · Zasahovaly "
                                                "jednotky: {jednotky_list}")),
            _f("skoda", MIDDLE, 0.2, (_OLD, "Předběžná škoda: {skoda} · Uchráněné hodnoty: "
                                            "{uchraneno}")),
            _f("souvisejici", MIDDLE, 0.35, (_OLD, "Související: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("zasahy", FOOTER, 0.2, *_by_day(_hz_zasahy)),
            _f("tisnove", FOOTER, 0.45,
               (_OLD, "Tísňové volání: hasiči 150, jednotné evropské číslo 112."),
               (HZ_112.isoformat(), "Tísňové linky: 150 hasiči · 155 záchranná služba · 158 "
                                    "policie · 112 jednotné evropské číslo")),
            _f("upozorneni", FOOTER, 0.3, *_hz_upozorneni()),
            _f("zdroj", FOOTER, 0.35, (_OLD, "Zdroj: {zdroj}")),
            _f("licence", FOOTER, 0.25, (_OLD, "Texty a fotografie z této stránky lze dále "
                                               "šířit s uvedením zdroje.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Hasičský záchranný sbor Polabského "
                                                "kraje")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: v dřívější verzi článku byl uveden "
                                              "chybný počet zasahujících jednotek.")),
        ),
    )


# --- a Greek fire and civil-protection news site ------------------------------------------

PN_REDESIGN = dt.date(2018, 2, 1)
PN_112 = dt.date(2020, 2, 11)
PN_ALERTS = dt.date(2019, 9, 1)
KINDYNOS = ("χαμηλός κίνδυνος", "μέσος κίνδυνος", "υψηλός κίνδυνος", "πολύ υψηλός κίνδυνος",
            "κατάσταση συναγερμού")


def _pn_date(day: dt.date) -> str:
    if day < PN_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{MERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year}, {{time}}"


def fire_risk(day: dt.date) -> int:
    """The made-up category (1-5) of the Greek fire-risk map for `day`."""
    return danger(day, "gr-risk", 205, 48, 2.6, 5, (("2017-07-20", "2017-08-20", 0.8),
                                                     ("2018-07-18", "2018-07-28", 1.4),
                                                     ("2019-08-05", "2019-08-20", 0.8),
                                                     ("2020-07-01", "2020-07-10", 0.6)))


def _pn_kindynos(day: dt.date) -> str:
    tomorrow = day + ONE
    if not 5 <= tomorrow.month <= 10:
        return ("Ο ημερήσιος χάρτης πρόβλεψης κινδύνου πυρκαγιάς εκδίδεται από 1η Μαΐου έως "
                "31 Οκτωβρίου.")
    n = fire_risk(tomorrow)
    return (f"Χάρτης πρόβλεψης κινδύνου πυρκαγιάς για αύριο, {MERES[tomorrow.weekday()]} "
            f"{tomorrow.day} {MINES[tomorrow.month - 1]}: κατηγορία {n} – {KINDYNOS[n - 1]}")


@cache
def _pn_banner() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε το ΠυροΝέα στο Facebook και στο Twitter"),
                  (PN_ALERTS.isoformat(), "🔔 Ενεργοποιήστε τις ειδοποιήσεις του ΠυροΝέα για "
                                          "πυρκαγιές στην περιοχή σας"))
    news = [
        _span("2018-07-24", "2018-07-31", "🖤 Εθνικό πένθος στη μνήμη των θυμάτων της "
                                          "πυρκαγιάς στο Μάτι"),
        _span("2020-03-23", "2020-05-03", "🏠 Μένουμε σπίτι: μετακινήσεις μόνο με SMS στο "
                                          "13033"),
        _span("2020-11-07", "2021-01-10", "🏠 Νέο lockdown: μετακινήσεις μόνο με SMS στο "
                                          "13033"),
    ]
    pascha = _movable(orthodox_easter, 3, 1, lambda y: f"🕯️ Καλό Πάσχα {y}: προσοχή με τα "
                                                       f"βεγγαλικά και τις κροτίδες")
    season = _yearly("05-01", 4, 1, lambda y: f"🔥 Αντιπυρική περίοδος {y}: από 1η Μαΐου έως "
                                              f"31 Οκτωβρίου")
    return _calendar(base, news, pascha, season)


def pyronea_style() -> PublisherStyle:
    """A Greek fire and civil-protection news site: a section from a pool, the numeric date
    and time turned the weekday, the long date with the genitive month on 1 February 2018 (a
    wording per day), the writer, the forces at work from a pool, the fire-risk map's
    category for the next day from May to October (a wording per day), "Διαβάστε επίσης:"
    and "ΔΙΑΦΗΜΙΣΗ" up to twice and a photo credit mid-body, the emergency numbers reworded
    for 112 in February 2020, a social-media banner reworded and turned by the Mati fire's
    mourning, the lockdowns, Orthodox Easter and the start of the fire season, the reuse line
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="pyronea.gr", site="ΠυροΝέα", base_size=170,
        subdomains=(("www.", 100),),
        sections=("pyrkagies", "politiki-prostasia", "kairos", "seismoi", "diasoseis"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "kathgoria": ("Πυρκαγιές", "Πολιτική Προστασία", "Καιρός", "Σεισμοί", "Διασώσεις",
                          "Εθελοντισμός"),
            "dynameis": ("12 πυροσβέστες με 4 οχήματα", "18 πυροσβέστες με 6 οχήματα",
                         "32 πυροσβέστες με 11 οχήματα", "45 πυροσβέστες, 15 οχήματα και 2 "
                         "ελικόπτερα", "60 πυροσβέστες, 2 ομάδες πεζοπόρων και 3 αεροσκάφη"),
            "fotografia": ("Eurokinissi", "ΑΠΕ-ΜΠΕ", "Πυροσβεστική Υπηρεσία", "αναγνώστης"),
        },
        families=(
            _f("kathgoria", HEADER, 0.5, (_OLD, "{kathgoria}")),
            _f("hmerominia", HEADER, 0.9, *_by_day(_pn_date)),
            _f("syntakths", HEADER, 0.45, (_OLD, "Συντάκτης: {author}")),
            _f("dynameis", HEADER, 0.3, (_OLD, "Στο σημείο επιχειρούν {dynameis}")),
            _f("kindynos", HEADER, 0.3, *_by_day(_pn_kindynos)),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("diafhmish", MIDDLE, 0.3, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("fotografia", MIDDLE, 0.25, (_OLD, "Φωτογραφία: {fotografia}")),
            _f("ektakth", FOOTER, 0.4,
               (_OLD, "Για πυρκαγιά ή άλλο κίνδυνο καλέστε άμεσα την Πυροσβεστική στο 199."),
               (PN_112.isoformat(), "Σε έκτακτη ανάγκη καλέστε το 112 · Πυροσβεστική 199 · "
                                    "ΕΚΑΒ 166")),
            _f("banner", FOOTER, 0.3, *_pn_banner()),
            _f("anadhmosieush", FOOTER, 0.2, (_OLD, "Απαγορεύεται η αναδημοσίευση χωρίς "
                                                    "αναφορά στην πηγή.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} ΠυροΝέα. Με την επιφύλαξη παντός "
                                                "δικαιώματος.")),
            _f("diorthosh", HEADER, 0.04, (_OLD, "Διόρθωση: Σε προηγούμενη εκδοχή του άρθρου "
                                                 "αναφερόταν λάθος αριθμός οχημάτων.")),
        ),
    )


# --- a Croatian county fire association ---------------------------------------------------

VZ_REDESIGN = dt.date(2019, 3, 1)
VZ_MLADEZ = dt.date(2018, 1, 15)
VZ_TOTALS = {2013: 587, 2014: 612, 2015: 688, 2016: 640, 2017: 921, 2018: 655, 2019: 703}
INDEKS = ("vrlo mala", "mala", "umjerena", "velika", "vrlo velika")


def _vz_datum(day: dt.date) -> str:
    if day < VZ_REDESIGN:
        return f"Objavljeno: {day.day:02d}.{day.month:02d}.{day.year}."
    return f"{DANI[day.weekday()]}, {day.day}. {MJESECI[day.month - 1]} {day.year}."


def fire_index(day: dt.date) -> int:
    """The made-up vegetation-fire danger index (1-5) of the county for `day`."""
    return danger(day, "hr-index", 205, 45, 2.8, 5, (("2017-07-10", "2017-08-15", 1.0),
                                                      ("2019-07-20", "2019-08-10", 0.6)))


def _vz_indeks(day: dt.date) -> str:
    if not 6 <= day.month <= 9:
        return ("Dnevni indeks opasnosti od požara raslinja objavljujemo od 1. lipnja do 30. "
                "rujna.")
    return (f"Indeks opasnosti od požara raslinja za {day.day}. {MJESECI[day.month - 1]}: "
            f"{INDEKS[fire_index(day) - 1]}")


def _vz_intervencije(day: dt.date) -> str:
    y = day.year - 1 if day >= dt.date(day.year, 1, 20) else day.year - 2
    return f"Naše postrojbe imale su {VZ_TOTALS[y]} intervencija u {y}. godini."


@cache
def _vz_obavijest() -> Wordings:
    base = _steps((_OLD, "Pratite nas na Facebooku"))
    news = [
        _span("2017-07-17", "2017-07-23", "🔥 Požari u zaleđu Splita: slušajte upute "
                                          "vatrogasaca i ne ometajte intervencije"),
        _span("2020-03-12", "2020-03-21", "🦠 Odluka Stožera civilne zaštite: otkazana su sva "
                                          "natjecanja i okupljanja"),
        _span("2020-03-22", "2020-04-05", "⚠️ Potres u Zagrebu: vatrogasci naše županije "
                                          "pomažu na terenu"),
        _span("2020-04-06", "2020-05-10", "🦠 Odluka Stožera civilne zaštite: otkazana su sva "
                                          "natjecanja i okupljanja"),
        _span("2020-12-29", "2021-01-10", "⚠️ Potres kod Petrinje: pomoć prikupljamo u svim "
                                          "vatrogasnim domovima"),
    ]
    florijan = _yearly("05-04", 3, 0, lambda y: f"🎉 Sretan Dan vatrogasaca i blagdan sv. "
                                                f"Florijana {y}!")
    return _calendar(base, news, florijan)


def cetina_style() -> PublisherStyle:
    """A Croatian county fire association: a category from a pool, "Objavljeno:" with the
    numeric date turned the weekday and the long date with the genitive month on 1 March
    2019 (a wording per day), the writer, the call time and the brigades from a pool, the
    vegetation-fire index for the day from June to September (a wording per day),
    "Pročitajte i:" and a photo credit mid-body, "Vatrogasci: 193" with 112, the open-fire
    ban turned on at the fire season's start and off at its end each year, a recruitment
    appeal reworded in 2018, a notice turned by the Split fire, the pandemic, the Zagreb and
    Petrinja earthquakes and St Florian's day, last year's interventions (changing each 20
    January), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="vzcetina.hr", site="Vatrogasna zajednica Cetinske krajine", base_size=150,
        subdomains=(("www.", 100),),
        sections=("intervencije", "vijesti", "natjecanja", "mladez", "preventiva"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "kategorija": ("Intervencije", "Vijesti", "Natjecanja", "Vatrogasna mladež",
                           "Preventiva", "Edukacija"),
            "postrojbe": ("JVP Sinj", "DVD Trilj", "DVD Vrlika", "DVD Hrvace", "DVD Otok",
                          "Canadair"),
            "foto": ("arhiva DVD-a", "JVP Sinj", "Hina", "čitatelj"),
        },
        families=(
            _f("kategorija", HEADER, 0.45, (_OLD, "{kategorija}")),
            _f("datum", HEADER, 0.9, *_by_day(_vz_datum)),
            _f("autor", HEADER, 0.45, (_OLD, "Piše: {author}")),
            _f("dojava", HEADER, 0.3, (_OLD, "Dojava zaprimljena u {time} h · Na terenu: "
                                             "{postrojbe_list}")),
            _f("indeks", HEADER, 0.3, *_by_day(_vz_indeks)),
            _f("procitajte", MIDDLE, 0.3, (_OLD, "Pročitajte i: {other_title}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("hitni", FOOTER, 0.45, (_OLD, "Vatrogasci: 193 · Jedinstveni europski broj za "
                                             "hitne službe: 112")),
            _f("zabrana", FOOTER, 0.25, *_seasons(
                ("06-01", "🔥 Požarna sezona: do 30. rujna zabranjeno je loženje vatre na "
                          "otvorenom prostoru."),
                ("10-01", "Spaljivanje biljnog otpada prijavite vatrogasnoj postrojbi dan "
                          "ranije."))),
            _f("mladez", FOOTER, 0.3,
               (_OLD, "Postani vatrogasac! Javi se u najbliže dobrovoljno vatrogasno društvo."),
               (VZ_MLADEZ.isoformat(), "🚒 Tražimo nove članove: upiši se u svoj DVD – djeca "
                                       "od 6 godina, mladi i odrasli.")),
            _f("obavijest", FOOTER, 0.25, *_vz_obavijest()),
            _f("intervencije", FOOTER, 0.15, *_by_day(_vz_intervencije)),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Vatrogasna zajednica Cetinske "
                                                "krajine. Sva prava pridržana.")),
            _f("ispravak", HEADER, 0.04, (_OLD, "Ispravak: u ranijoj verziji teksta naveden je "
                                                "pogrešan broj vatrogasaca.")),
        ),
    )


# --- an Australian rural bushfire brigade -------------------------------------------------

TR_REDESIGN = dt.date(2017, 7, 1)
TR_PLAN = dt.date(2016, 9, 1)
TR_000 = dt.date(2018, 9, 1)
RATINGS = ("LOW-MODERATE", "HIGH", "VERY HIGH", "SEVERE", "EXTREME", "CATASTROPHIC")
TR_LEVY = (("2014-07-01", "$108 (2014–15)"), ("2015-07-01", "$109 (2015–16)"),
           ("2016-07-01", "$111 (2016–17)"), ("2017-07-01", "$113 (2017–18)"),
           ("2018-07-01", "$115 (2018–19)"), ("2019-07-01", "$117 (2019–20)"),
           ("2020-07-01", "$117 (2020–21)"))
FDP_ON = "🔥 The Fire Danger Period is in force: you need a permit to light a fire in the open."
FDP_OFF = "Burning off? Register your burn with the brigade and tell your neighbours first."


def _tr_dated(day: dt.date) -> str:
    if day < TR_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def fire_danger_rating(day: dt.date) -> int:
    """The made-up Fire Danger Rating (1-6) of the district for `day`."""
    return danger(day, "au-fdr", 20, 60, 2.8, 6, (("2019-11-01", "2020-01-31", 1.6),
                                                   ("2017-02-08", "2017-02-14", 1.5)))


def _tr_fdr(day: dt.date) -> str:
    if 4 <= day.month <= 9:
        return "Fire Danger Ratings are published here daily from 1 October to 31 March."
    n = fire_danger_rating(day)
    ban = " · TOTAL FIRE BAN" if n >= 4 else ""
    return (f"Fire Danger Rating today, {WEEKDAYS[day.weekday()]} {day.day} "
            f"{MONTHS[day.month - 1][:3]}: {RATINGS[n - 1]}{ban}")


@cache
def _tr_banner() -> Wordings:
    base = _steps((_OLD, "Check Fires Near Me for current incidents in your area"))
    news = [
        _span("2019-11-08", "2020-02-16", "🔥 Black Summer: donations to the brigade's "
                                          "bushfire appeal are tax deductible. Thank you."),
        _span("2020-03-25", "2020-07-31", "Training is paused under COVID-19 rules, but we "
                                          "still respond to every call."),
    ]
    get_ready = _movable(lambda y: nth_weekday(y, 9, 5, 2) + ONE, 8, 0, lambda y: (
        f"Get Ready Weekend {y}: clear your gutters and cut back long grass before the "
        f"season"))
    return _calendar(base, news, get_ready)


def tarrawong_style() -> PublisherStyle:
    """An Australian rural bushfire brigade: "Posted on" with the day-first numeric date
    turned the weekday and long date on 1 July 2017 (a wording per day), the day's Fire
    Danger Rating from October to March with the total fire bans (a wording per day), the
    writer with the role, the page time and the appliances from pools, "See also:" and a
    photo credit mid-body, the Triple Zero line reworded for 112 in 2018, a survival-plan
    line reworded in 2016, a training-night appeal, a banner turned by the Black Summer
    appeal, the pandemic and each Get Ready Weekend, the Fire Danger Period's permit line
    (on each November, off each May, earlier and later in 2019-20), the property levy's
    fixed charge (changing each July), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="tarrawongrfb.org.au", site="Tarrawong Rural Fire Brigade", base_size=130,
        subdomains=(("www.", 100),),
        sections=("incidents", "news", "training", "community"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "beat": ("Captain", "Deputy Captain", "Community Engagement Officer",
                     "Brigade Secretary"),
            "appliances": ("Cat 1 Tanker", "Cat 7 Light Tanker", "Cat 9 Ute",
                           "Bulk Water Carrier", "Command Vehicle"),
            "photo": ("Tarrawong Rural Fire Brigade", "brigade member", "supplied"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_tr_dated)),
            _f("fdr", HEADER, 0.35, *_by_day(_tr_fdr)),
            _f("author", HEADER, 0.4, (_OLD, "By {author}, {author_beat}")),
            _f("paged", HEADER, 0.3, (_OLD, "Paged: {time} · Responding: "
                                            "{appliances_list}")),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("triple-zero", FOOTER, 0.45,
               (_OLD, "In an emergency, call Triple Zero (000)."),
               (TR_000.isoformat(), "Life-threatening emergency? Call Triple Zero (000). On a "
                                    "mobile with no coverage, try 112.")),
            _f("plan", FOOTER, 0.3,
               (_OLD, "Prepare. Act. Survive. Make your bush fire survival plan now."),
               (TR_PLAN.isoformat(), "Know your trigger to leave: talk through your Bush "
                                     "Fire Survival Plan with your household today.")),
            _f("volunteer", FOOTER, 0.3, (_OLD, "Want to join? We train on Wednesday nights "
                                                "from 7pm at the station.")),
            _f("banner", FOOTER, 0.3, *_tr_banner()),
            _f("permits", FOOTER, 0.25, *_seasons(
                ("05-01", FDP_OFF), ("11-01", FDP_ON),
                special={2019: [("2019-05-01", FDP_OFF), ("2019-10-01", FDP_ON)],
                         2020: [("2020-05-15", FDP_OFF), ("2020-11-01", FDP_ON)]})),
            _f("levy", FOOTER, 0.12, *tabled(TR_LEVY, lambda v: (
                f"Fire Services Property Levy: residential fixed charge {v}."))),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Tarrawong Rural Fire Brigade")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the burn-off was at the "
                                                  "reserve, not the showground.")),
        ),
    )


# --- a Nepali disaster news site ----------------------------------------------------------

BK_REDESIGN = dt.date(2018, 4, 14)  # 1 Baisakh 2075
VIJAYA_DASHAMI = {2015: "2015-10-22", 2016: "2016-10-11", 2017: "2017-09-30",
                  2018: "2018-10-19", 2019: "2019-10-08", 2020: "2020-10-26"}
LAXMI_PUJA = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19",
              2018: "2018-11-07", 2019: "2019-10-27", 2020: "2020-11-14"}
BHEG = ("पूर्वी", "मध्य", "पश्चिमी", "मध्यपश्चिमी", "सुदूरपश्चिमी")
BK_RAHAT = (("2014-01-01", "विपद्‌मा परेकाहरूलाई सहयोग गर्न प्रधानमन्त्री दैवी प्रकोप उद्धार "
                           "कोषमा सहयोग गर्न सकिन्छ ।"),
            ("2015-04-26", "भूकम्प पीडितका लागि प्रधानमन्त्री दैवी प्रकोप उद्धार कोषमा सहयोग "
                           "गरौं ।"),
            ("2016-03-01", "भूकम्प पीडितलाई घर पुनर्निर्माण अनुदान : रु. २ लाख, तीन किस्तामा"),
            ("2016-09-15", "भूकम्प पीडितलाई घर पुनर्निर्माण अनुदान : रु. ३ लाख, तीन किस्तामा"))


def _bk_miti(day: dt.date) -> str:
    weekday = BAAR[day.weekday()]
    if day < BK_REDESIGN:
        return f"{bs_text(day)}, {weekday}"
    return f"प्रकाशित मिति : {bs_text(day)} गते {weekday}"


def _bk_mausam(day: dt.date) -> str:
    if (6, 10) <= (day.month, day.day) <= (9, 30):
        region = BHEG[int((jitter(day, "np-rain") + 1) / 2 * len(BHEG)) % len(BHEG)]
        return (f"मौसम ({bs_text(day)}) : {region} भेगमा भारी वर्षाको सम्भावना, बाढी पहिरोबाट "
                f"सतर्क रहनुहोस्")
    if 3 <= day.month <= 5:
        return f"चेतावनी ({bs_text(day)}) : वन डढेलोको उच्च जोखिम, जंगलमा आगो नबाल्नुहोस्"
    return "मौसम पूर्वानुमानका लागि जल तथा मौसम विज्ञान विभागको सूचना हेर्नुहोस्"


def earthquake_safety_day(y: int) -> dt.date:
    """Nepal's earthquake safety day, 2 Magh, in Gregorian year `y` (mid-January)."""
    return ad_date(y + 56, 10, 2)


@cache
def _bk_suchana() -> Wordings:
    base = _steps((_OLD, "विपद् खबर अब फेसबुक र ट्विटरमा पनि"),
                  (BK_REDESIGN.isoformat(), "📱 ताजा अपडेटका लागि विपद् खबरको मोबाइल एप "
                                            "डाउनलोड गर्नुहोस्"))
    news = [
        _span("2015-04-25", "2015-06-15", "भूकम्प : ताजा अपडेट, उद्धार र राहतका सूचना"),
        _span("2020-03-24", "2020-07-21", "कोरोना लकडाउन : घरमै बसौं, सुरक्षित रहौं"),
    ]
    dashain = _movable(listed(VIJAYA_DASHAMI), 3, 1, lambda y: (
        f"विजयादशमी {nepali(bs_date(iso_day(VIJAYA_DASHAMI[y]))[0])} को शुभकामना ! यात्रामा "
        f"सुरक्षित रहौं"))
    tihar = _movable(listed(LAXMI_PUJA), 2, 2, lambda y: (
        f"तिहार {nepali(bs_date(iso_day(LAXMI_PUJA[y]))[0])} : दियो, मैनबत्ती र पटकाबाट "
        f"आगलागी हुन नदिऔं"))
    bhukampa = _movable(earthquake_safety_day, 2, 0, lambda y: (
        f"भूकम्प सुरक्षा दिवस {nepali(y + 56)} : भूकम्प आउँदा घुँडा टेक्ने, टाउको छोप्ने र "
        f"समात्ने"))
    return _calendar(base, news, dashain, tihar, bhukampa)


def bipadkhabar_style() -> PublisherStyle:
    """A Nepali disaster news site: a section from a pool, the Bikram Sambat date in
    Devanagari digits with the weekday, turned "प्रकाशित मिति :" with "गते" on 1 Baisakh 2075
    (a wording per day), the correspondent line, a weather warning (monsoon rain by region
    from June to September and forest fires from March to May, a wording per day),
    "यो पनि पढ्नुहोस् :", "विज्ञापन" up to twice and a photo credit mid-body, the
    emergency numbers (100, 101, 102), a relief line turned by the Gorkha earthquake and the
    reconstruction grant's amount, a notice reworded and turned by the earthquake, the
    lockdown, Dashain, Tihar and the earthquake safety day (on 2 Magh, with their Bikram
    Sambat years), the registration, editor and copyright lines (a block, the year in
    Devanagari digits), a rare correction."""
    return PublisherStyle(
        domain="bipadkhabar.com", site="विपद् खबर", base_size=110,
        subdomains=(("www.", 100),),
        sections=("samachar", "aagalagi", "badhi-pahiro", "bhukampa", "uddhar"),
        n_authors=5, url_path="/{section}/{n}/",
        pools={
            "barga": ("समाचार", "आगलागी", "बाढी पहिरो", "भूकम्प", "उद्धार", "सुरक्षा"),
            "tasbir": ("नेपाल प्रहरी", "सशस्त्र प्रहरी बल", "विपद् खबर", "स्थानीय बासिन्दा"),
        },
        families=(
            _f("barga", HEADER, 0.5, (_OLD, "{barga}")),
            _f("miti", HEADER, 0.9, *_by_day(_bk_miti)),
            _f("samvaddata", HEADER, 0.45, (_OLD, "विपद् खबर संवाददाता")),
            _f("mausam", HEADER, 0.25, *_by_day(_bk_mausam)),
            _f("yo-pani", MIDDLE, 0.35, (_OLD, "यो पनि पढ्नुहोस् : {other_title}")),
            _f("vigyapan", MIDDLE, 0.3, (_OLD, "विज्ञापन"), count=2),
            _f("tasbir", MIDDLE, 0.2, (_OLD, "तस्बिर : {tasbir}")),
            _f("sampark", FOOTER, 0.45, (_OLD, "आपत्कालीन अवस्थामा : प्रहरी १००, दमकल १०१, "
                                               "एम्बुलेन्स १०२")),
            _f("rahat", FOOTER, 0.15, *tabled(BK_RAHAT, lambda v: v)),
            _f("suchana", FOOTER, 0.3, *_bk_suchana()),
            _f("darta", FOOTER, 0.25, (_OLD, "सूचना तथा प्रसारण विभाग दर्ता नं. ११४२/०७३-७४")),
            _f("sampadak", FOOTER, 0.25, (_OLD, "प्रधान सम्पादक : दीपक खनाल")),
            _f("copyright", FOOTER, 0.3, *_by_day(
                lambda day: f"© {nepali(day.year)} विपद् खबर । सर्वाधिकार सुरक्षित")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सच्याइएको : यसअघि प्रकाशित समाचारमा घाइतेको "
                                              "संख्या गलत उल्लेख भएको थियो ।")),
        ),
    )


# --- an Austrian district fire brigade command --------------------------------------------

BH_REDESIGN = dt.date(2016, 11, 1)
BH_JUGEND = dt.date(2019, 2, 1)
BH_DECREES = (("2015-07-03", "2015-08-31"), ("2017-07-28", "2017-08-25"),
              ("2018-04-20", "2018-05-31"), ("2019-06-25", "2019-08-31"),
              ("2020-04-03", "2020-05-15"))
BH_RATE = {2013: 2.8, 2014: 2.9, 2015: 3.1, 2016: 3.0, 2017: 3.4, 2018: 3.3, 2019: 3.2}  # a day


def _bh_datum(day: dt.date) -> str:
    if day < BH_REDESIGN:
        return f"Datum: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Veröffentlicht am {day.day}. {MONATE_AT[day.month - 1]} {day.year}"


def _bh_bilanz(day: dt.date) -> str:
    y = day.year - 1 if day >= dt.date(day.year, 2, 20) else day.year - 2
    total = int(365 * BH_RATE[y])
    hours = int(total * (11.5 + jitter(dt.date(y, 1, 1), "bh-hours")))
    return (f"Leistungsbilanz {y}: {grouped(total, '.')} Einsätze und {grouped(hours, '.')} "
            f"ehrenamtliche Stunden im Bezirk")


@cache
def _bh_waldbrand() -> Wordings:
    base = _steps((_OLD, "Brauchtumsfeuer wie Oster- und Sonnwendfeuer sind bei der Gemeinde "
                         "anzumelden."))
    decrees = [_span(first, last, f"🔥 Seit {iso_day(first).day}. "
                                  f"{MONATE_AT[iso_day(first).month - 1]} {iso_day(first).year} "
                                  f"gilt die Waldbrandverordnung der Bezirkshauptmannschaft: "
                                  f"kein Feuer und kein Rauchen im Wald!")
               for first, last in BH_DECREES]
    ostern = _movable(lambda y: easter(y) - ONE, 5, 0, lambda y: (
        f"Osterfeuer {y}: nur angemeldet entzünden und nie bei starkem Wind"))
    return _calendar(base, decrees, ostern)


@cache
def _bh_florian() -> Wordings:
    base = _steps((_OLD, "Werde Mitglied der Feuerwehrjugend – ab 10 Jahren!"),
                  (BH_JUGEND.isoformat(), "Feuerwehrjugend: Mitmachen ab 8 Jahren – melde "
                                          "dich bei der Feuerwehr in deiner Gemeinde!"))
    corona = [_span("2020-03-16", "2020-05-31", "Corona: Alle Übungen, Bewerbe und "
                                                "Veranstaltungen sind abgesagt.")]
    florian = _yearly("05-04", 5, 0, lambda y: f"Florianitag {y}: Danke allen "
                                               f"Feuerwehrfrauen und -männern des Bezirks!")
    advent: list[Event] = [(first_advent(y), dt.date(y, 12, 25),
                            f"Advent {y}: Adventkranz nie unbeaufsichtigt brennen lassen!")
                           for y in YEARS]
    silvester = _yearly("12-31", 4, 1, lambda y: f"Silvester {y}: Pyrotechnik der Kategorie "
                                                 f"F2 ist im Ortsgebiet verboten")
    return _calendar(base, corona, florian, advent, silvester)


def hochfeld_style() -> PublisherStyle:
    """An Austrian district fire brigade command: "Datum:" with the numeric date turned
    "Veröffentlicht am" with the long date ("Jänner") on 1 November 2016 (a wording per
    day), the report's author with the rank from a pool, the alarm level and the alarm
    time, the brigades from a pool, "Weitere Berichte:" and a photo-gallery line mid-body,
    "Feuerwehrnotruf 122 · Euronotruf 112", a bonfire line turned by the district's
    forest-fire decrees and Easter fires, a youth-section appeal reworded in February 2019
    and turned by St Florian's day, Advent, New Year's Eve and the pandemic, last year's
    incidents and volunteer hours (changing each 20 February), the imprint and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="bfkdo-hochfeld.at", site="Bezirksfeuerwehrkommando Hochfeld", base_size=90,
        subdomains=(("www.", 100),),
        sections=("einsaetze", "berichte", "jugend", "bewerbe"),
        n_authors=4, url_path="/index.php/{section}/{n}-{slug}",
        pools={
            "rang": ("HBI", "OBI", "BI", "HLM", "OBM", "V"),
            "alarmstufe": ("T1", "T2", "B1", "B2", "B3", "S1"),
            "ff": ("FF Hochfeld-Markt", "FF Sankt Leonhard", "FF Oberwald", "FF Kainach",
                   "FF Pölsen", "BTF Sägewerk"),
            "bilder": ("8", "12", "18", "24", "31", "45"),
        },
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_bh_datum)),
            _f("text", HEADER, 0.5, (_OLD, "Text: {rang} {author}")),
            _f("alarm", HEADER, 0.35, (_OLD, "Alarmstufe {alarmstufe} · Alarmierung um "
                                             "{time} Uhr")),
            _f("ff", HEADER, 0.3, (_OLD, "Eingesetzte Feuerwehren: {ff_list}")),
            _f("weitere", MIDDLE, 0.3, (_OLD, "Weitere Berichte: {other_title}")),
            _f("galerie", MIDDLE, 0.3, (_OLD, "📷 Zur Bildergalerie ({bilder} Fotos)")),
            _f("notruf", FOOTER, 0.45, (_OLD, "Feuerwehrnotruf 122 · Euronotruf 112")),
            _f("waldbrand", FOOTER, 0.25, *_bh_waldbrand()),
            _f("jugend", FOOTER, 0.3, *_bh_florian()),
            _f("bilanz", FOOTER, 0.15, *_by_day(_bh_bilanz)),
            _f("impressum", FOOTER, 0.3, (_OLD, "Medieninhaber: Bezirksfeuerwehrkommando "
                                                "Hochfeld, Florianistraße 1")),
            _f("copyright", FOOTER, 0.25, (_OLD, "© {year} Bezirksfeuerwehrkommando "
                                                 "Hochfeld")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Alarmstufe wurde "
                                                 "richtiggestellt.")),
        ),
    )


# --- a Czech village volunteer fire brigade -----------------------------------------------

SL_REDESIGN = dt.date(2019, 1, 1)
SL_CLENOVE = dt.date(2018, 9, 1)
SL_FEE = {2015: 100, 2016: 100, 2017: 150, 2018: 150, 2019: 200, 2020: 200, 2021: 200}
SL_PLES = {2015: "2015-01-24", 2016: "2016-01-30", 2017: "2017-02-04", 2018: "2018-01-27",
           2019: "2019-02-02", 2020: "2020-01-25"}
SL_SOUTEZ = {2015: "2015-06-13", 2016: "2016-06-11", 2017: "2017-06-17", 2018: "2018-06-16",
             2019: "2019-06-15"}  # none in 2020


def _sl_datum(day: dt.date) -> str:
    if day < SL_REDESIGN:
        return f"Vloženo: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day}. {MESICE[day.month - 1]} {day.year}"


def _sl_day(days: dict[int, str], y: int) -> str:
    day = iso_day(days[y])
    return f"{day.day}. {MESICE[day.month - 1]} {y}"


@cache
def _sl_akce() -> Wordings:
    base = _steps((_OLD, "Přehled všech akcí najdete v kalendáři sboru."))
    zruseno = [
        _span("2020-03-12", "2020-06-30", "Všechny akce sboru jsou do odvolání zrušeny."),
        _span("2020-10-05", "2021-01-10", "Akce sboru jsou kvůli nouzovému stavu zrušeny."),
    ]
    ples = _movable(listed(SL_PLES), 14, 0, lambda y: (
        f"Zveme vás na hasičský ples v sobotu {_sl_day(SL_PLES, y)} od 20 hodin v sále "
        f"hospody U Lípy"))
    carodejnice = _yearly("04-30", 10, 0, lambda y: f"Pálení čarodějnic {y}: 30. dubna od 17 "
                                                    f"hodin na hřišti, občerstvení zajištěno")
    soutez = _movable(listed(SL_SOUTEZ), 10, 0, lambda y: (
        f"Pohárová soutěž v požárním sportu {_sl_day(SL_SOUTEZ, y)} – přijďte fandit!"))
    return _calendar(base, zruseno, ples, carodejnice, soutez)


def hornilhota_style() -> PublisherStyle:
    """A Czech village volunteer fire brigade: "Vloženo:" with the numeric date turned the
    long date on 1 January 2019 (a wording per day), "Napsal(a):", the unit's call-out time
    and type from a pool, "Fotogalerie" mid-body, the view counter, the emergency numbers, a
    membership appeal reworded in 2018, the year's membership fee (raised in 2017 and 2019),
    an events line turned by each year's ball, the burning of the witches, the fire-sport
    competition and the pandemic's cancellations, the thanks to supporters and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="sdhhornilhota.cz", site="SDH Horní Lhota", base_size=70,
        subdomains=(("www.", 70), ("", 30)),
        sections=("aktuality", "zasahy", "mladi-hasici", "souteze"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"typ": ("požár", "technická pomoc", "dopravní nehoda", "planý poplach",
                       "odstranění obtížného hmyzu", "čerpání vody")},
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_sl_datum)),
            _f("autor", HEADER, 0.35, (_OLD, "Napsal(a): {author}")),
            _f("vyjezd", HEADER, 0.25, (_OLD, "Výjezd jednotky: {time} – {typ}")),
            _f("fotogalerie", MIDDLE, 0.3, (_OLD, "Fotogalerie")),
            _f("zobrazeno", FOOTER, 0.3, (_OLD, "Zobrazeno: {count}×")),
            _f("tisnove", FOOTER, 0.4, (_OLD, "Tísňová volání: hasiči 150 · integrovaný "
                                              "záchranný systém 112")),
            _f("clenove", FOOTER, 0.3,
               (_OLD, "Přidejte se k nám! Mladí hasiči se scházejí každý pátek od 17 hodin v "
                      "hasičské zbrojnici."),
               (SL_CLENOVE.isoformat(), "Hledáme nové členy do výjezdové jednotky i mladé "
                                        "hasiče od 6 let – ozvěte se starostovi sboru.")),
            _f("prispevek", FOOTER, 0.15, *_by_day(
                lambda day: f"Členské příspěvky na rok {day.year}: {SL_FEE[day.year]} Kč, děti "
                            f"zdarma – vybírá pokladník sboru.")),
            _f("akce", FOOTER, 0.3, *_sl_akce()),
            _f("podpora", FOOTER, 0.2, (_OLD, "Činnost sboru podporuje obec a Krajský úřad. "
                                              "Děkujeme!")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} SDH Horní Lhota")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: opravili jsme datum konání akce.")),
        ),
    )


# --- an American volunteer fire company ---------------------------------------------------

MV_REDESIGN = dt.date(2018, 6, 1)
MV_JUNIORS = dt.date(2017, 9, 1)
MV_BURN_BANS = (("2016-10-24", "2016-12-05"), ("2019-09-23", "2019-10-18"),
                ("2020-04-01", "2020-04-30"))
FPW_THEMES = {2015: "Hear the Beep Where You Sleep", 2016: "Don't Wait, Check the Date",
              2017: "Every Second Counts: Plan 2 Ways Out", 2018: "Look. Listen. Learn.",
              2019: "Not Every Hero Wears a Cape", 2020: "Serve Up Fire Safety in the "
              "Kitchen"}
MV_GOALS = (("2014-03-01", "$41,000"), ("2015-03-01", "$42,500"), ("2016-03-01", "$44,000"),
            ("2017-03-01", "$45,000"), ("2018-03-01", "$47,500"), ("2019-03-01", "$48,000"),
            ("2020-03-01", "$52,000"))


def _mv_dated(day: dt.date) -> str:
    if day < MV_REDESIGN:
        return f"Posted {day.month}/{day.day}/{day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def fire_prevention_week(y: int) -> dt.date:
    """The Sunday that starts Fire Prevention Week: the week (Sunday to Saturday) of 9
    October."""
    return last_sunday(dt.date(y, 10, 9))


@cache
def _mv_burn() -> Wordings:
    base = _steps((_OLD, "Open burning requires a permit from the township fire marshal."))
    bans = [_span(first, last, f"🔥 County burn ban in effect since "
                               f"{MONTHS[iso_day(first).month - 1]} {iso_day(first).day}, "
                               f"{iso_day(first).year}: no open burning of any kind")
            for first, last in MV_BURN_BANS]
    july = _yearly("07-04", 6, 0, lambda y: f"🎆 Fourth of July {y}: leave the fireworks to "
                                            f"the professionals")
    fpw = _movable(fire_prevention_week, 0, 6, lambda y: (
        f"🚒 Fire Prevention Week {y} (this year's theme: “{FPW_THEMES[y]}”): stop by the "
        f"station for a visit"))
    return _calendar(base, bans, july, fpw)


def millbrook_style() -> PublisherStyle:
    """An American volunteer fire company: "Posted" with the month-first numeric date turned
    the long date on 1 June 2018 (a wording per day), the dispatch time (12-hour clock) and
    the units from a pool, the incident number, "Related:" and a smoke-alarm offer
    mid-body, a burn-permit line turned by the county burn bans, the Fourth of July and Fire
    Prevention Week with each year's theme, the fund drive's goal (changing each March), a
    volunteer appeal reworded for juniors in 2017, "In an emergency, call 911", the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="millbrookvfc.org", site="Millbrook Volunteer Fire Company", base_size=55,
        subdomains=(("www.", 100),),
        sections=("incidents", "news", "events", "fundraising"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={"units": ("Engine 31", "Tanker 31", "Rescue 31", "Brush 31", "Ambulance 31-1",
                         "Chief 31")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_mv_dated)),
            _f("dispatched", HEADER, 0.35, (_OLD, "Dispatched {time12} · Units: "
                                                  "{units_list}")),
            _f("incident", HEADER, 0.2, (_OLD, "Incident No. {n}")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("smoke", MIDDLE, 0.15, (_OLD, "Need a smoke alarm? We install them free for "
                                             "residents: call 555-0172.")),
            _f("burn", FOOTER, 0.3, *_mv_burn()),
            _f("fund", FOOTER, 0.25, *tabled(MV_GOALS, lambda v: (
                f"Our annual fund drive is under way: help us reach our goal of {v}."))),
            _f("volunteer", FOOTER, 0.35,
               (_OLD, "Volunteers wanted: no experience needed, we provide all training and "
                      "gear."),
               (MV_JUNIORS.isoformat(), "Join Millbrook Volunteer Fire Company: firefighters, "
                                        "EMTs, fire police and juniors from age 14. Free "
                                        "training and gear.")),
            _f("emergency", FOOTER, 0.45, (_OLD, "In an emergency, call 911. Never report an "
                                                "emergency through this website or social "
                                                "media.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Millbrook Volunteer Fire Company, a "
                                                "501(c)(3) nonprofit. Donations are tax "
                                                "deductible.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: Tanker 31 was not dispatched to "
                                                  "this call.")),
        ),
    )


# --- a Croatian town's civil protection ---------------------------------------------------

CL_REDESIGN = dt.date(2020, 3, 13)
CL_COUNT_FROM = dt.date(2020, 3, 20)
CL_MJERE = dt.date(2020, 3, 11)
CL_RAVNATELJSTVO = dt.date(2019, 1, 1)  # the state directorate joined the interior ministry
CL_CASES = (("2020-03-20", 2.0), ("2020-04-10", 14.0), ("2020-05-15", 1.0),
            ("2020-07-01", 1.0), ("2020-07-20", 9.0), ("2020-09-01", 21.0),
            ("2020-10-15", 64.0), ("2020-11-25", 310.0), ("2020-12-20", 265.0),
            ("2021-01-10", 120.0))


def _cl_datum(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"{day.day}. {MJESECI[day.month - 1]} {day.year}."
    return f"Ažurirano: {day.day:02d}.{day.month:02d}.{day.year}. u {{time}}"


def active_cases(day: dt.date) -> int:
    """The town's made-up active COVID-19 cases on `day`."""
    return max(1, round(through(day, CL_CASES) * (1 + 0.12 * jitter(day, "hr-covid"))))


def _cl_stozer(day: dt.date) -> str:
    if day < CL_COUNT_FROM:
        return "Priopćenje za javnost"
    return (f"Stanje {day.day}. {day.month}. {day.year}.: {active_cases(day)} aktivnih "
            f"slučajeva zaraze u gradu")


@cache
def _cl_upozorenje() -> Wordings:
    base = _steps((_OLD, "Trenutačno nema upozorenja za područje grada."))
    potres = [
        _span("2020-03-22", "2020-04-05", "⚠️ Nakon potresa: oštećenja zgrada prijavite na "
                                          "broj 112"),
        _span("2020-12-29", "2021-01-10", "⚠️ Potres kod Petrinje: ne ulazite u oštećene "
                                          "zgrade i pratite upute Stožera"),
    ]
    heat = [_span(first, last, f"🌡️ Toplinski val {iso_day(first).year}.: crveno upozorenje – "
                               f"izbjegavajte sunce od 11 do 17 sati")
            for first, last in (("2015-07-20", "2015-07-25"), ("2017-08-01", "2017-08-06"),
                                ("2019-06-25", "2019-06-28"))]
    covid = [_span("2020-03-23", "2020-05-10", "🦠 Odluka Stožera: za napuštanje mjesta "
                                               "prebivališta potrebna je e-propusnica")]
    return _calendar(base, potres, heat, covid)


@cache
def _cl_sirene() -> Wordings:
    base = _steps((_OLD, "Sustav javnog uzbunjivanja provjerava se svake prve subote u mjesecu "
                         "u 12 sati."))
    tests: list[Event] = []
    for y in range(2015, 2022):
        for m in range(1, 13):
            day = nth_weekday(y, m, 5, 1)
            tests.append((day - 5 * ONE, day + ONE, f"📢 U subotu, {day.day}. "
                                                     f"{MJESECI[m - 1]} {y}. u 12 sati: "
                                                     f"redovita provjera sirena"))
    return _calendar(base, tests)


def lipovac_style() -> PublisherStyle:
    """A Croatian town's civil protection: the long date with the genitive month turned
    "Ažurirano:" with the numeric date and the time on 13 March 2020 (a wording per day), a
    press-release line turned the day's active COVID-19 cases from 20 March 2020 (a wording
    per day), a warning line turned by the heat waves, the Zagreb and Petrinja earthquakes
    and the travel passes, "Povezano:" and an advice line reworded for the pandemic
    mid-body, the source reworded when the state directorate moved into the interior
    ministry on 1 January 2019, the 112 line, the siren test before each first Saturday (a
    wording per month), the headquarters' contact and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="cz-lipovac.hr", site="Civilna zaštita Grada Lipovca", base_size=40,
        subdomains=(("www.", 100),),
        sections=("obavijesti", "stozer", "upozorenja"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_cl_datum)),
            _f("stozer", HEADER, 0.3, *_by_day(_cl_stozer)),
            _f("upozorenje", HEADER, 0.25, *_cl_upozorenje()),
            _f("povezano", MIDDLE, 0.3, (_OLD, "Povezano: {other_title}")),
            _f("savjet", MIDDLE, 0.2,
               (_OLD, "Savjet: pripremite obiteljski plan i torbu za izvanredne situacije."),
               (CL_MJERE.isoformat(), "Držite razmak, nosite masku i redovito perite ruke.")),
            _f("izvor", FOOTER, 0.35, (_OLD, "Izvor: Državna uprava za zaštitu i spašavanje"),
               (CL_RAVNATELJSTVO.isoformat(), "Izvor: MUP – Ravnateljstvo civilne zaštite")),
            _f("hitni", FOOTER, 0.45, (_OLD, "U slučaju opasnosti nazovite 112 – županijski "
                                             "centar 112 dostupan je 0 – 24 sata.")),
            _f("sirene", FOOTER, 0.2, *_cl_sirene()),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Stožer civilne zaštite · Trg slobode 1 · tel. "
                                              "048 555 112")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Civilna zaštita Grada Lipovca")),
            _f("ispravak", HEADER, 0.04, (_OLD, "Ispravak: promijenjeno je vrijeme provjere "
                                                "sirena.")),
        ),
    )


# --- a Greek volunteer mountain rescue team -----------------------------------------------

ED_REDESIGN = dt.date(2019, 4, 1)


def _ed_date(day: dt.date) -> str:
    if day < ED_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Αναρτήθηκε στις {day.day} {MINES[day.month - 1]} {day.year}"


@cache
def _ed_ethelontes() -> Wordings:
    base = _steps((_OLD, "Θέλεις να γίνεις εθελοντής διασώστης; Επικοινώνησε μαζί μας."))
    covid = [_span("2020-03-14", "2020-05-31", "Οι εκπαιδεύσεις της ομάδας αναστέλλονται λόγω "
                                               "COVID-19.")]
    eggrafes = _yearly("10-15", 44, 0, lambda y: f"Εγγραφές νέων μελών {y}-{y + 1}: έως 15 "
                                                 f"Οκτωβρίου")
    return _calendar(base, covid, eggrafes)


def kissavos_style() -> PublisherStyle:
    """A Greek volunteer mountain rescue team: a section from a pool, the numeric date
    turned "Αναρτήθηκε στις" with the long date on 1 April 2019 (a wording per day), the call
    time and the members who went out from a pool, a photo credit mid-body, "call 112", a
    volunteers' line turned by each autumn's enrolment and the pandemic, a donation line,
    the tags from a pool, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="diasostes-kissavou.gr", site="Εθελοντές Διασώστες Κισσάβου", base_size=30,
        subdomains=(("www.", 100),),
        sections=("apostoles", "ekpaideusi", "anakoinoseis"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "katigoria": ("Αποστολές", "Εκπαίδευση", "Ανακοινώσεις", "Ασκήσεις", "Δράσεις"),
            "meli": ("4", "6", "8", "11", "14"),
            "foto": ("Αρχείο ομάδας", "Πυροσβεστική Υπηρεσία", "μέλη της ομάδας"),
            "etiketes": ("Κίσσαβος", "αναζήτηση", "διάσωση", "πεζοπορία", "χιόνι",
                         "εκπαίδευση"),
        },
        families=(
            _f("katigoria", HEADER, 0.45, (_OLD, "{katigoria}")),
            _f("hmerominia", HEADER, 0.85, *_by_day(_ed_date)),
            _f("energopoihsh", HEADER, 0.3, (_OLD, "Ενεργοποίηση ομάδας: {time} · "
                                                   "Συμμετείχαν {meli} μέλη")),
            _f("fotografies", MIDDLE, 0.3, (_OLD, "Φωτογραφίες: {foto}")),
            _f("ektakto", FOOTER, 0.45, (_OLD, "Σε περίπτωση ανάγκης στο βουνό καλέστε το "
                                               "112.")),
            _f("ethelontes", FOOTER, 0.3, *_ed_ethelontes()),
            _f("dorea", FOOTER, 0.2, (_OLD, "Στηρίξτε το έργο μας: κάθε δωρεά πηγαίνει σε "
                                            "εξοπλισμό διάσωσης.")),
            _f("etiketes", FOOTER, 0.3, (_OLD, "Ετικέτες: {etiketes_list}")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Εθελοντές Διασώστες Κισσάβου")),
            _f("diorthosh", HEADER, 0.04, (_OLD, "Διόρθωση: η αποστολή ολοκληρώθηκε το "
                                                 "βράδυ, όχι το πρωί.")),
        ),
    )


def heldout198_styles() -> list[PublisherStyle]:
    """The held-back-198 styles, in the order the generator hands them to publishers."""
    return [
        wealdshire_style(), altenweiler_style(), polabi_style(), pyronea_style(),
        cetina_style(), tarrawong_style(), bipadkhabar_style(), hochfeld_style(),
        hornilhota_style(), millbrook_style(), lipovac_style(), kissavos_style(),
    ]
