"""The ``held-back-162`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-160 set. It was
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
"story continues below" marker or an apology for the disruption. The publishers are
airlines', airports' and rail and public-transport operators' newsrooms, aviation and rail
trade press and travel-disruption live pages in English, German, Italian, Polish, Arabic,
Thai and Korean: an American aviation trade daily, a German regional rail operator's
newsroom, an Italian airport's press area, a Polish rail and public-transport trade portal,
an Arabic aviation news site (with Hijri dates), a British regional paper's travel live
pages, a Korean low-cost airline's newsroom, a Thai metro operator's announcements, an
Italian city bus and tram company's notices, a German regional airport's press releases, a
Polish city transport authority's notices and an Irish regional airline's newsroom. The
families are the kinds a crawl of such sites holds: dates localised day by day in English
(with American Eastern daylight and standard time), German, Italian, Polish (month names in
the genitive), Arabic (the Hijri date in Arabic-Indic digits beside the Gregorian one from
1 Muharram 1440), Thai (the Buddhist-era year, later in two digits) and Korean (with the
weekday), several changing form on the day of a redesign; lines that turn every day (a
countdown to the December timetable change, strike banners naming the day, "last updated"
lines), every week (the week's scheduled US departures and their change on a year earlier,
to each Monday) and every month (an airport's passengers, Poland's rail passengers, a Korean
fuel surcharge with its step); flight, route, line and station slots from pools; "check your
flight status" notices reworded; strike, storm and engineering-works banners by date (GDL and
EVG strikes, Italian air and local-transport strikes with their guaranteed hours, Verdi's
airport warning strikes, British storms and the Gatwick drone, the 2018 Northern timetable
collapse, runway works), timetable-change reminders (the European December change and the
Polish March correction, IATA summer and winter seasons), calendars (Ramadan and the Hajj
season by the Hijri calendar, Seollal and Chuseok, Incheon's second terminal, Songkran and
New Year's Eve, All Saints' cemetery lines, Car-Free Day, Easter and Christmas timetables,
German summer holidays, trade shows, MERS and the 2020 pandemic); amounts that change over
the years (rail season tickets with the 2020 VAT cut, parking, bus and tram fares, metro
fares, Saudi VAT from 5% to 15%, airline lead-in fares, fleet and destination counts);
related links, advertisement markers and photo credits mid-body (some up to two times);
multi-line blocks (press contacts, "# # #" and about lines, copyright and reproduction
lines), bare lines, and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    digits,
    easter,
    iso_day,
    jdn,
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
# Lines printed day by day are worded once per session: the tests build the styles often.
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MIESIACA = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # genitive: "5 marca"
MIESIACU = ("styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu",
            "wrześniu", "październiku", "listopadzie", "grudniu")  # locative: "w marcu"
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
SHUHUR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
THAI_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
               "พ.ย.", "ธ.ค.")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
ARABIC_ZERO = "٠"

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up wobble from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}|{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def along(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A made-up level through `anchors` ((ISO day, value), ...), straight between them."""
    days = [iso_day(a) for a, _ in anchors]
    i = bisect_right(days, day)
    if i == 0:
        return anchors[0][1]
    if i == len(days):
        return anchors[-1][1]
    (d0, v0), (d1, v1) = (days[i - 1], anchors[i - 1][1]), (days[i], anchors[i][1])
    return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def tabled(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line that changes on the days of `table`: from the oldest day the value in force on
    the set's first day, then one wording from each later start."""
    return ((_OLD, text(value_on(FIRST_DAY, table))),) + tuple(
        (start, text(value)) for start, value in table if start > FIRST_DAY.isoformat())


def comma(value: float, places: int = 1) -> str:
    """A decimal as German, Italian and Polish sites print it: 4,2."""
    return f"{value:.{places}f}".replace(".", ",")


def dotted(number: int) -> str:
    """A whole number with dots between the thousands: 412.318."""
    return f"{number:,}".replace(",", ".")


def signed_comma(value: float) -> str:
    return ("+" if value >= 0 else "−") + comma(abs(value))


def us_daylight(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day`."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def december_change(y: int) -> dt.date:
    """The European December timetable change: the Sunday after the second Saturday."""
    return nth_weekday(y, 12, 5, 2) + ONE


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular Islamic date (year, month, day) of `day`."""
    n = jdn(day) - 1948440 + 10632
    cycle = (n - 1) // 10631
    n = n - 10631 * cycle + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycle + j - 30, month, n - (709 * month) // 24


def arabic(number: int | str) -> str:
    """A number in Arabic-Indic digits."""
    return "".join(digits(c, ARABIC_ZERO) if c.isdigit() else c for c in str(number))


def be_year(y: int) -> int:
    """The Buddhist-era year Thai sites print."""
    return y + 543


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def last_month(day: dt.date, published: int) -> tuple[int, int]:
    """The (year, month) of the latest monthly figures on `day`, each month's figures out on
    day `published` of the next month."""
    back = 1 if day.day >= published else 2
    m = day.month - back
    return (day.year, m) if m >= 1 else (day.year - 1, m + 12)


# --- an American aviation trade daily ------------------------------------------------------

AW_REDESIGN = dt.date(2018, 10, 1)
AW_NEWSLETTER = dt.date(2017, 1, 9)
AW_PRO = dt.date(2019, 3, 4)
AW_SHOWS = (("2015-04-14", "2015-04-16", "MRO Americas 2015", "Miami"),
            ("2015-09-19", "2015-09-22", "World Routes 2015", "Durban"),
            ("2015-11-17", "2015-11-19", "NBAA-BACE 2015", "Las Vegas"),
            ("2016-04-05", "2016-04-07", "MRO Americas 2016", "Dallas"),
            ("2016-09-24", "2016-09-27", "World Routes 2016", "Chengdu"),
            ("2016-11-01", "2016-11-03", "NBAA-BACE 2016", "Orlando"),
            ("2017-04-25", "2017-04-27", "MRO Americas 2017", "Orlando"),
            ("2017-09-23", "2017-09-26", "World Routes 2017", "Barcelona"),
            ("2017-10-10", "2017-10-12", "NBAA-BACE 2017", "Las Vegas"),
            ("2018-04-10", "2018-04-12", "MRO Americas 2018", "Orlando"),
            ("2018-09-15", "2018-09-18", "World Routes 2018", "Guangzhou"),
            ("2018-10-16", "2018-10-18", "NBAA-BACE 2018", "Orlando"),
            ("2019-04-09", "2019-04-11", "MRO Americas 2019", "Atlanta"),
            ("2019-09-21", "2019-09-24", "World Routes 2019", "Adelaide"),
            ("2019-10-22", "2019-10-24", "NBAA-BACE 2019", "Las Vegas"))
AW_TRAFFIC = (("2015-01-01", 1.0), ("2020-03-01", 1.0), ("2020-03-30", 0.45),
              ("2020-04-20", 0.38), ("2020-06-01", 0.5), ("2020-08-01", 0.62),
              ("2020-12-31", 0.64), ("2021-01-10", 0.6))
_SEASON = (0.9, 0.86, 0.97, 0.99, 1.03, 1.08, 1.11, 1.1, 0.98, 1.0, 0.96, 0.95)


def departures(monday: dt.date) -> int:
    """Made-up US scheduled departures in the week from `monday`."""
    growth = 1 + 0.018 * (monday.year - 2015) + 0.0015 * monday.month
    value = 176_000 * growth * _SEASON[monday.month - 1] * along(monday, AW_TRAFFIC)
    return int(round(value * (1 + 0.012 * noise(monday, "deps")), -1))


def _aw_dated(day: dt.date) -> str:
    if day < AW_REDESIGN:
        return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "EDT" if us_daylight(day) else "EST"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} | "
            f"{{time12}} {zone}")


def _aw_schedules(day: dt.date) -> str:
    monday = monday_of(day)
    now, year_ago = departures(monday), departures(monday - 364 * ONE)
    return (f"Schedules, week of {AP_MONTHS[monday.month - 1]} {monday.day}: {now:,} U.S. "
            f"departures filed ({(now / year_ago - 1) * 100:+.1f}% year over year)")


@cache
def _aw_notice() -> Wordings:
    base = _steps((_OLD, "Get AeroWire Daily in your inbox every weekday morning."),
                  (AW_NEWSLETTER.isoformat(), "✉️ AeroWire Daily lands at 6 a.m. ET every "
                                              "weekday. Subscribe free"))
    shows = [_span(first, last, f"🛫 {name}, {city}: our reporters on the show floor")
             for first, last, name, city in AW_SHOWS]
    news = [
        _span("2018-12-22", "2019-01-25", "Government shutdown: how FAA and TSA staffing "
                                          "gaps hit airlines"),
        _span("2019-09-23", "2019-10-06", "Thomas Cook collapse: repatriation flights and "
                                          "slot sales, updated"),
        _span("2020-03-12", "2020-07-31", "COVID-19: our running tally of grounded fleets and "
                                          "suspended routes"),
    ]
    return _calendar(base, news, shows)


def aerowire_style() -> PublisherStyle:
    """An American aviation trade daily: a channel kicker from a pool, the AP-style date
    turned the weekday, the long date and the time with EDT or EST on 1 October 2018 (a
    wording per day), "By" turned the writer with the beat, a subscriber marker reworded,
    the week's scheduled US departures and their change on a year earlier (a wording per
    week, from each Monday), a route slot and a photo credit from pools, "Related:" and
    "ADVERTISEMENT" up to twice mid-body, a newsletter line reworded and turned by trade
    shows (MRO Americas, World Routes, NBAA-BACE), the 2018-19 shutdown, Thomas Cook's
    collapse and the pandemic, the reprints line and the copyright line reworded (a
    block), a rare correction."""
    return PublisherStyle(
        domain="aerowiredaily.com", site="AeroWire Daily", base_size=250,
        subdomains=(("www.", 90), ("", 10)),
        sections=("commercial", "cargo", "airports", "safety", "fleet", "routes", "labor"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "channel": ("COMMERCIAL", "CARGO", "AIRPORTS", "SAFETY & REGULATION", "FLEET",
                        "ROUTES", "LABOR"),
            "beat": ("Airlines Editor", "Cargo Reporter", "Washington Correspondent",
                     "Labor Reporter", "Airports Reporter", "Fleet Analyst"),
            "route": ("Denver (DEN) – Reykjavik (KEF), 4x weekly, Boeing 757-200",
                      "Newark (EWR) – Porto (OPO), daily, Boeing 767-300ER",
                      "Austin (AUS) – Cancun (CUN), 3x weekly, Airbus A320",
                      "Chicago O'Hare (ORD) – Krakow (KRK), 2x weekly, Boeing 787-8",
                      "Seattle (SEA) – Tokyo Narita (NRT), daily, Airbus A330-900neo",
                      "Boston (BOS) – Shannon (SNN), 5x weekly, Airbus A321LR"),
            "photo": ("AeroWire Daily / Dana Whitcombe", "Boeing", "Airbus", "the airline",
                      "Getty Images"),
        },
        families=(
            _f("channel", HEADER, 0.55, (_OLD, "{channel}")),
            _f("dated", HEADER, 0.92, *_by_day(_aw_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (AW_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("pro", HEADER, 0.12, (_OLD, "This story is available to AeroWire Daily "
                                           "subscribers."),
               (AW_PRO.isoformat(), "AeroWire Daily Pro · Subscriber exclusive")),
            _f("schedules", HEADER, 0.18, *_by_day(_aw_schedules)),
            _f("route", MIDDLE, 0.25, (_OLD, "Route: {route}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo credit: {photo}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advertisement", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("notice", FOOTER, 0.3, *_aw_notice()),
            _f("reprints", FOOTER, 0.3, (_OLD, "For reprints and licensing, write to "
                                               "licensing@aerowiredaily.com.")),
            _f("copyright", FOOTER, 0.45,
               (_OLD, "Copyright © {year} AeroWire Daily Media LLC. All rights reserved."),
               (AW_REDESIGN.isoformat(), "© {year} AeroWire Daily Media LLC. Use of this "
                                         "site means you accept our Terms of Use.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misstated the number of weekly "
                                                  "frequencies.")),
        ),
    )


# --- a German regional rail operator's newsroom -------------------------------------------

WB_REDESIGN = dt.date(2019, 12, 15)  # relaunched on the day of the December 2019 change
WB_APP = dt.date(2017, 3, 1)
WB_FORMULAR = dt.date(2018, 6, 1)
WB_MONATSKARTE = (("2014-01-01", "176,00"), ("2015-01-01", "179,50"),
                  ("2016-01-01", "183,90"), ("2018-01-01", "188,20"),
                  ("2019-01-01", "191,60"), ("2020-01-01", "195,30"),
                  ("2020-07-01", "191,70"),  # VAT cut from 7 to 5 per cent
                  ("2021-01-01", "196,80"))
WB_STREIKS = (("2015-04-22", "2015-04-23", "GDL"), ("2015-05-05", "2015-05-10", "GDL"),
              ("2018-12-10", "2018-12-10", "EVG"))
WB_STUERME = (("2017-10-05", "2017-10-06", "Sturmtief Xavier"),
              ("2018-01-18", "2018-01-19", "Orkan Friederike"),
              ("2020-02-09", "2020-02-11", "Sturmtief Sabine"))
WB_BAU = (("2016-07-18", "2016-08-28", "Bremen Hbf und Delmenhorst"),
          ("2017-06-26", "2017-08-06", "Oldenburg und Hude"),
          ("2018-07-02", "2018-08-12", "Verden und Langwedel"),
          ("2019-07-15", "2019-08-25", "Bremen-Burg und Osterholz-Scharmbeck"))


def _wb_dated(day: dt.date) -> str:
    if day < WB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Veröffentlicht am {day.day}. {MONATE[day.month - 1]} {day.year} um {{time}} Uhr"


def _de_day(day: dt.date) -> str:
    return f"{day.day}. {MONATE[day.month - 1]} {day.year}"


def _wb_streik(first: dt.date, last: dt.date, union: str) -> str:
    if first == last:
        return (f"⚠️ {union}-Warnstreik am {WOCHENTAGE[first.weekday()]}, {_de_day(first)}: "
                f"Es fahren nur einzelne Züge.")
    return (f"⚠️ {union}-Streik vom {first.day}. bis {_de_day(last)}: Es gilt ein "
            f"Ersatzfahrplan.")


@cache
def _wb_banner() -> Wordings:
    base = _steps((_OLD, "Aktuelle Störungen und Baustellen: weserlandbahn.de/verkehrslage"))
    streiks = [(iso_day(a, -2), iso_day(b, 1), _wb_streik(iso_day(a), iso_day(b), union))
               for a, b, union in WB_STREIKS]
    stuerme = [_span(a, b, f"🌪️ {name}: Zugverkehr eingeschränkt, bitte verschieben Sie "
                           f"nicht notwendige Fahrten") for a, b, name in WB_STUERME]
    bau = [(iso_day(a, -7), iso_day(b, 1),
            f"🚧 Bauarbeiten {iso_day(a).day}.{iso_day(a).month:02d}.–{_de_day(iso_day(b))}: "
            f"Ersatzverkehr mit Bussen zwischen {where}") for a, b, where in WB_BAU]
    corona = [_span("2020-03-23", "2020-04-26", "🦠 Corona: Wir fahren vorübergehend nach "
                                                "einem reduzierten Fahrplan."),
              _span("2020-04-27", "2020-12-31", "😷 In Zügen und an Bahnsteigen gilt die "
                                                "Maskenpflicht.")]
    return _calendar(base, streiks, stuerme, corona, bau)


def _wb_fahrplan(day: dt.date) -> str:
    change = december_change(day.year)
    left = (change - day).days
    if left == 0:
        return f"Heute tritt der Fahrplan {day.year + 1} in Kraft."
    if left == 1:
        return (f"Morgen, am {_de_day(change)}, ist Fahrplanwechsel: Bitte prüfen Sie Ihre "
                f"Verbindung.")
    if 1 < left <= 21:
        return f"Noch {left} Tage bis zum Fahrplanwechsel am {_de_day(change)}."
    if day < WB_APP:
        return "Fahrplanauskunft und Tickets: weserlandbahn.de/fahrplan"
    return "📱 Fahrplan und Handyticket immer dabei: mit der Weserland-Bahn-App"


def weserland_style() -> PublisherStyle:
    """A German regional rail operator's newsroom: a heading from a pool, the numeric date
    turned "Veröffentlicht am" with the long date and the time on the day of the December
    2019 timetable change (a wording per day), a banner turned by the GDL and EVG strikes
    (naming the days), the storms, summer engineering works and the pandemic, the lines
    concerned, replacement buses and a photo credit from pools mid-body, a countdown to each
    December timetable change (a wording per day for three weeks) otherwise an app line, a
    passenger-rights line reworded, the monthly season ticket's price (each January, and
    down with the VAT cut of July 2020), "Änderungen vorbehalten.", the press contact in
    three lines (a block), a rare correction."""
    return PublisherStyle(
        domain="weserlandbahn.de", site="Weserland-Bahn", base_size=215,
        subdomains=(("www.", 85), ("presse.", 15)),
        sections=("presse", "baustellen", "fahrplan", "unternehmen"),
        n_authors=4, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "rubrik": ("Presseinformation", "Baustelle", "Fahrplan", "Unternehmen",
                       "Fahrgastinformation", "Streik"),
            "linien": ("RS 1", "RS 2", "RS 3", "RS 4", "RE 8", "RB 41", "RE 9"),
            "abschnitt": ("Bremen Hbf und Verden (Aller)", "Oldenburg (Oldb) und Hude",
                          "Bremen-Vegesack und Bremen-Farge", "Delmenhorst und Bremen Hbf",
                          "Osterholz-Scharmbeck und Bremerhaven-Lehe"),
            "foto": ("Weserland-Bahn", "Weserland-Bahn / J. Meiners", "Stadler", "Alstom"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.9, *_by_day(_wb_dated)),
            _f("banner", HEADER, 0.3, *_wb_banner()),
            _f("gilt", MIDDLE, 0.3, (_OLD, "Gilt für: {linien_list}")),
            _f("sev", MIDDLE, 0.2, (_OLD, "Schienenersatzverkehr (SEV) zwischen "
                                          "{abschnitt}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {foto}")),
            _f("fahrplan", FOOTER, 0.3, *_by_day(_wb_fahrplan)),
            _f("fahrgastrechte", FOOTER, 0.2,
               (_OLD, "Ab 60 Minuten Verspätung am Ziel erstatten wir 25 Prozent des "
                      "Fahrpreises."),
               (WB_FORMULAR.isoformat(), "Fahrgastrechte: 25 % ab 60 Minuten, 50 % ab 120 "
                                         "Minuten Verspätung – jetzt auch online "
                                         "beantragen.")),
            _f("preis", FOOTER, 0.15, *tabled(WB_MONATSKARTE, lambda v: (
                f"Monatskarte Bremen – Oldenburg, 2. Klasse: {v} €"))),
            _f("vorbehalt", FOOTER, 0.35, (_OLD, "Änderungen vorbehalten.")),
            _f("kontakt", FOOTER, 0.45, (_OLD, "Pressekontakt:")),
            _f("firma", FOOTER, 0.45, (_OLD, "Weserland-Bahn GmbH · Unternehmenskommunikation "
                                             "· Am Hulsberg 12 · 28205 Bremen")),
            _f("telefon", FOOTER, 0.4, (_OLD, "Telefon 0421 555 3710 · "
                                              "presse@weserlandbahn.de")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Ersatzverkehr beginnt bereits "
                                                 "am Freitagabend.")),
        ),
    )


# --- an Italian airport's press area -------------------------------------------------------

AC_REDESIGN = dt.date(2018, 5, 28)
AC_APP = dt.date(2017, 11, 6)
AC_SCIOPERI = ("2015-03-20", "2015-07-26", "2015-10-28", "2016-06-09", "2016-10-21",
               "2017-03-20", "2017-06-16", "2017-12-15", "2018-06-25", "2018-11-16",
               "2019-07-26", "2019-10-25", "2020-02-25")
AC_PARCHEGGIO = (("2014-03-01", "39"), ("2016-03-01", "42"), ("2017-03-01", "45"),
                 ("2019-03-01", "49"), ("2020-06-03", "35"))
AC_ANNO = {2013: 4.41, 2014: 4.62, 2015: 4.81, 2016: 5.02, 2017: 5.37, 2018: 5.55, 2019: 5.71,
           2020: 5.80}  # million passengers a year, before the pandemic
_AC_MESE = (0.66, 0.62, 0.76, 0.9, 1.0, 1.1, 1.27, 1.34, 1.14, 1.0, 0.66, 0.7)
_AC_COVID = (0.62, 0.02, 0.01, 0.05, 0.2, 0.42, 0.48, 0.3, 0.2, 0.15)  # March to December


def passeggeri(y: int, m: int) -> int:
    """Made-up monthly passengers at the airport (the pandemic from March 2020)."""
    value = AC_ANNO[y] * 1e6 / 12.15 * _AC_MESE[m - 1] * (1 + 0.02 * noise(dt.date(y, m, 1),
                                                                            "pax"))
    if y == 2020 and m >= 3:
        value *= _AC_COVID[m - 3]
    return int(round(value))


def _ac_dated(day: dt.date) -> str:
    if day < AC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{GIORNI[day.weekday()].capitalize()} {day.day} {MESI[day.month - 1]} {day.year}, "
            f"ore {{time}}")


def _ac_traffico(day: dt.date) -> str:
    y, m = last_month(day, 10)
    now, before = passeggeri(y, m), passeggeri(y - 1, m)
    return (f"Traffico di {MESI[m - 1]} {y}: {dotted(now)} passeggeri "
            f"({signed_comma((now / before - 1) * 100)}% rispetto a {MESI[m - 1]} {y - 1})")


def _it_sciopero(day: dt.date) -> str:
    return (f"⚠️ Sciopero nazionale del trasporto aereo {GIORNI[day.weekday()]} {day.day} "
            f"{MESI[day.month - 1]}: garantiti i voli dalle 7 alle 10 e dalle 18 alle 21")


@cache
def _ac_avviso() -> Wordings:
    base = _steps((_OLD, "Prima di partire verifica lo stato del tuo volo con la compagnia "
                         "aerea"),
                  (AC_APP.isoformat(), "✈️ Stato dei voli in tempo reale: scarica l'app "
                                       "Aeroporto di Carsola"))
    scioperi = [(iso_day(day, -5), iso_day(day, 1), _it_sciopero(iso_day(day)))
                for day in AC_SCIOPERI]
    lavori = [_span("2019-07-27", "2019-10-27", "🚧 Pista chiusa per rifacimento dal 27 luglio "
                                                "al 27 ottobre 2019: voli trasferiti a "
                                                "Valdora")]
    covid = [_span("2020-03-14", "2020-06-02", "🦠 Emergenza Covid-19: terminal aperto ai soli "
                                               "passeggeri, voli ridotti"),
             _span("2020-06-03", "2020-12-31", "😷 In aerostazione obbligo di mascherina e "
                                               "controllo della temperatura")]
    return _calendar(base, covid, scioperi, lavori)


def carsola_style() -> PublisherStyle:
    """An Italian airport's press area: a section from a pool, the numeric date turned the
    weekday, the long date and the time on 28 May 2018 (a wording per day), a flight-status
    notice reworded and turned by the national air-transport strikes (naming the day, with
    the guaranteed hours), the 2019 runway closure and the pandemic, last month's passengers
    and their change on a year earlier (a wording per month, out each 10th), a connection
    and an airline's photo from pools, "Leggi anche:" and "Pubblicità" mid-body, the
    long-stay parking price (changing each March, cut on reopening in 2020), the liquids
    rule, the press office in two lines and the copyright line (a block), a rare
    rectification."""
    return PublisherStyle(
        domain="aeroportocarsola.it", site="Aeroporto di Carsola", base_size=190,
        subdomains=(("www.", 100),),
        sections=("comunicati", "voli", "traffico", "lavori", "servizi"),
        n_authors=3, url_path="/it/media/{section}/{slug}",
        pools={
            "sezione": ("Comunicati stampa", "Nuovi voli", "Dati di traffico", "Lavori",
                        "Servizi ai passeggeri"),
            "collegamento": ("FR 3281 Carsola – Bruxelles Charleroi", "W6 4417 Carsola – "
                             "Tirana", "U2 2863 Carsola – Londra Gatwick", "AZ 1655 "
                             "Carsola – Roma Fiumicino", "V7 1420 Carsola – Cagliari",
                             "FR 8846 Carsola – Valencia"),
            "foto": ("Ryanair", "Wizz Air", "easyJet", "Alitalia", "Volotea",
                     "Aeroporto di Carsola"),
        },
        families=(
            _f("sezione", HEADER, 0.45, (_OLD, "{sezione}")),
            _f("data", HEADER, 0.88, *_by_day(_ac_dated)),
            _f("avviso", HEADER, 0.35, *_ac_avviso()),
            _f("traffico", HEADER, 0.2, *_by_day(_ac_traffico)),
            _f("collegamento", MIDDLE, 0.3, (_OLD, "Collegamento: {collegamento}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.2, (_OLD, "Pubblicità")),
            _f("parcheggio", FOOTER, 0.15, *tabled(AC_PARCHEGGIO, lambda v: (
                f"Parcheggio P3 lunga sosta: 7 giorni da {v} € prenotando online"))),
            _f("liquidi", FOOTER, 0.12, (_OLD, "Nel bagaglio a mano sono ammessi liquidi solo "
                                               "in contenitori da massimo 100 ml, in una busta "
                                               "trasparente da un litro.")),
            _f("ufficio", FOOTER, 0.45, (_OLD, "Ufficio Stampa Aeroporto di Carsola S.p.A.")),
            _f("recapiti", FOOTER, 0.4, (_OLD, "Tel. +39 0521 555 810 – "
                                               "stampa@aeroportocarsola.it")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Aeroporto di Carsola S.p.A. – P.IVA "
                                                 "02841750347 – Tutti i diritti riservati")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: il nuovo collegamento partirà il "
                                                 "29 marzo e non il 28.")),
        ),
    )


# --- a Polish rail and public-transport trade portal --------------------------------------

TW_REDESIGN = dt.date(2019, 6, 3)
TW_RODO = dt.date(2018, 5, 25)  # the GDPR's first day
TW_ROK = {2013: 266.0, 2014: 269.0, 2015: 280.0, 2016: 292.0, 2017: 303.0, 2018: 310.0, 2019: 335.0,
          2020: 340.0}  # million rail passengers a year, before the pandemic
_TW_MIESIAC = (0.9, 0.9, 0.98, 0.98, 1.02, 1.03, 1.1, 1.08, 1.0, 1.02, 0.98, 1.01)
_TW_COVID = (0.6, 0.15, 0.3, 0.55, 0.78, 0.8, 0.74, 0.7, 0.6, 0.56)  # March to December


def pasazerowie(y: int, m: int) -> float:
    """Made-up millions of rail passengers in Poland in a month."""
    value = TW_ROK[y] / 12 * _TW_MIESIAC[m - 1] * (1 + 0.015 * noise(dt.date(y, m, 1), "utk"))
    if y == 2020 and m >= 3:
        value *= _TW_COVID[m - 3]
    return round(value, 1)


def _tw_dated(day: dt.date) -> str:
    if day < TW_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACA[day.month - 1]} {day.year} r."


def _tw_utk(day: dt.date) -> str:
    y, m = last_month(day, 28)
    now, before = pasazerowie(y, m), pasazerowie(y - 1, m)
    return (f"Dane UTK: w {MIESIACU[m - 1]} {y} r. koleje przewiozły {comma(now)} mln "
            f"pasażerów ({signed_comma((now / before - 1) * 100)}% r/r)")


@cache
def _tw_rozklad() -> Wordings:
    base = _steps((_OLD, "Przed podróżą sprawdź aktualny rozkład jazdy u przewoźnika"))
    grudzien = [(december_change(y) - 14 * ONE, december_change(y) + 2 * ONE,
                 f"🚆 Nowy rozkład jazdy od {december_change(y).day} grudnia {y} r. – sprawdź "
                 f"zmiany na swojej trasie") for y in YEARS]
    marzec = [(nth_weekday(y, 3, 6, 2) - 7 * ONE, nth_weekday(y, 3, 6, 2) + ONE,
               f"Korekta rozkładu jazdy {nth_weekday(y, 3, 6, 2).day} marca {y} r.: część "
               f"pociągów zmienia godziny odjazdu") for y in YEARS]
    covid = [_span("2020-03-31", "2020-05-29", "🦠 W pociągach i autobusach zajęta może być "
                                               "tylko połowa miejsc siedzących"),
             _span("2020-05-30", "2020-12-31", "😷 W transporcie zbiorowym obowiązuje "
                                               "zakrywanie ust i nosa")]
    swieta = _yearly("11-01", 4, 1, lambda y: f"Wszystkich Świętych {y}: dodatkowe pociągi i "
                                              f"linie cmentarne w wielu miastach")
    return _calendar(base, covid, grudzien, marzec, swieta)


def torowisko_style() -> PublisherStyle:
    """A Polish rail and public-transport trade portal: a category from a pool, the numeric
    date and time turned the weekday and the long date with the month in the genitive on 3
    June 2019 (a wording per day), "Autor:" turned the writer with the portal's name, the
    monthly UTK passenger figure in the locative ("w marcu") with its change on a year
    earlier (a wording per month, out each 28th), "Czytaj także:" and "REKLAMA" up to twice
    mid-body, a photo caption with the vehicle and the photographer from pools, a timetable
    line turned by each December change and March correction, All Saints' extra services
    and the pandemic's limits, a newsletter line reworded on the GDPR's first day, the
    rights line and the no-copying line (a block), a rare correction."""
    return PublisherStyle(
        domain="torowisko.pl", site="Torowisko.pl", base_size=165,
        subdomains=(("www.", 100),),
        sections=("kolej", "tramwaje", "autobusy", "infrastruktura", "tabor", "lotnictwo"),
        n_authors=7, url_path="/{section}/{slug},{n}.html",
        pools={
            "kategoria": ("Kolej", "Tramwaje", "Autobusy", "Infrastruktura", "Tabor",
                          "Lotnictwo", "Przetargi"),
            "pojazd": ("Pesa Elf 2 (EN76)", "Newag Impuls 2 (36WEh)", "Stadler Flirt (ED160)",
                       "Solaris Urbino 12 electric", "Pesa Twist", "Newag Griffin (E4MSU)"),
            "fot": ("Torowisko.pl", "Marek Zawadzki", "PKP Intercity", "Newag", "Pesa"),
        },
        families=(
            _f("kategoria", HEADER, 0.5, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.9, *_by_day(_tw_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Autor: {author}"),
               (TW_REDESIGN.isoformat(), "{author}, Torowisko.pl")),
            _f("utk", HEADER, 0.15, *_by_day(_tw_utk)),
            _f("czytaj", MIDDLE, 0.4, (_OLD, "Czytaj także: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "REKLAMA"), count=2),
            _f("zdjecie", MIDDLE, 0.2, (_OLD, "Na zdjęciu: {pojazd}. Fot. {fot}")),
            _f("rozklad", FOOTER, 0.3, *_tw_rozklad()),
            _f("newsletter", FOOTER, 0.25,
               (_OLD, "Zapisz się na newsletter portalu Torowisko.pl i bądź na bieżąco z branżą."),
               (TW_RODO.isoformat(), "📨 Newsletter Torowisko.pl co rano w Twojej skrzynce. "
                                     "Zapisując się, akceptujesz politykę prywatności "
                                     "(RODO).")),
            _f("prawa", FOOTER, 0.4, (_OLD, "© {year} Torowisko.pl. Wszelkie prawa "
                                            "zastrzeżone.")),
            _f("kopiowanie", FOOTER, 0.3, (_OLD, "Kopiowanie i rozpowszechnianie treści bez "
                                                 "zgody wydawcy jest zabronione.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwszej wersji tekstu "
                                                    "podaliśmy błędną liczbę pojazdów.")),
        ),
    )


# --- an Arabic aviation news site ----------------------------------------------------------

AJ_REDESIGN = dt.date(2018, 9, 12)  # 1 Muharram 1440 by the tabular calendar
AJ_VAT = (("2014-01-01", ""), ("2018-01-01", "5"), ("2020-07-01", "15"))
AJ_INSTAGRAM = dt.date(2019, 1, 1)


def _aj_dated(day: dt.date) -> str:
    if day < AJ_REDESIGN:
        return f"{day.day} {SHUHUR[day.month - 1]} {day.year}"
    hy, hm, hd = hijri(day)
    return (f"{AYYAM[day.weekday()]} {arabic(hd)} {HIJRI_MONTHS[hm - 1]} {arabic(hy)} هـ "
            f"الموافق {arabic(day.day)} {SHUHUR[day.month - 1]} {arabic(day.year)} م")


def _aj_vat(value: str) -> str:
    if not value:
        return "الأسعار المذكورة لا تشمل الرسوم والضرائب الحكومية."
    return f"الأسعار المذكورة شاملة ضريبة القيمة المضافة بنسبة {value}%."


def _aj_tanbih(day: dt.date) -> str:
    if dt.date(2020, 3, 15) <= day <= dt.date(2020, 5, 30):
        return "تعليق الرحلات الدولية والداخلية مؤقتاً حتى إشعار آخر"
    if dt.date(2020, 5, 31) <= day <= dt.date(2020, 12, 31):
        return "عودة الرحلات الداخلية: ارتداء الكمامة إلزامي داخل المطار والطائرة"
    hy, hm, hd = hijri(day)
    if hm == 9:
        return f"رمضان كريم: مواعيد الرحلات خلال شهر رمضان {hy} هـ قد تتغير"
    if (hm == 11 and hd >= 15) or (hm == 12 and hd <= 15):
        return f"موسم حج {hy} هـ: احضر إلى المطار قبل موعد رحلتك بأربع ساعات"
    return "تحقق من حالة رحلتك قبل التوجه إلى المطار"


def ajniha_style() -> PublisherStyle:
    """An Arabic aviation news site: a section from a pool, the Gregorian date turned the
    weekday, the Hijri date and the Gregorian one in Arabic-Indic digits on 1 Muharram 1440
    (a wording per day), "كتب:" with the writer, "اقرأ أيضاً:" and "إعلان" (up to twice)
    mid-body, a route and a source from pools, a prices line that names VAT from 2018 (5%)
    and its rise to 15% in July 2020, a check-your-flight notice turned by Ramadan and the
    Hajj season with their Hijri years (by the tabular calendar) and the pandemic's
    suspension and masks, a social line reworded, the rights line and the no-copying line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="ajnihanews.com", site="أجنحة نيوز", base_size=140,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("airlines", "airports", "cargo", "travel", "industry"),
        n_authors=5, url_path="/news/{section}/{n}",
        pools={
            "qism": ("أخبار الطيران", "المطارات", "شركات الطيران", "الشحن الجوي", "السفر",
                     "صناعة الطيران"),
            "khatt": ("الرياض – مانشستر: ثلاث رحلات أسبوعياً", "جدة – كوالالمبور: رحلة يومية",
                      "القاهرة – الدمام: أربع رحلات أسبوعياً", "الدمام – إسطنبول: رحلتان يومياً",
                      "المدينة المنورة – عمّان: رحلتان أسبوعياً"),
            "masdar": ("الهيئة العامة للطيران المدني", "بيان صحفي", "وكالات",
                       "أجنحة نيوز", "الاتحاد الدولي للنقل الجوي (إياتا)"),
        },
        families=(
            _f("qism", HEADER, 0.5, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.88, *_by_day(_aj_dated)),
            _f("katib", HEADER, 0.55, (_OLD, "كتب: {author}")),
            _f("iqra", MIDDLE, 0.35, (_OLD, "اقرأ أيضاً: {other_title}")),
            _f("ilan", MIDDLE, 0.25, (_OLD, "إعلان"), count=2),
            _f("khatt", MIDDLE, 0.2, (_OLD, "الخط الجديد: {khatt}")),
            _f("masdar", MIDDLE, 0.25, (_OLD, "المصدر: {masdar}")),
            _f("dariba", FOOTER, 0.12, *tabled(AJ_VAT, _aj_vat)),
            _f("tanbih", FOOTER, 0.3, *_by_day(_aj_tanbih)),
            _f("tawasul", FOOTER, 0.25, (_OLD, "تابعوا آخر أخبار الطيران عبر حسابنا على تويتر"),
               (AJ_INSTAGRAM.isoformat(), "تابعونا على تويتر وإنستغرام ليصلكم كل جديد عن "
                                          "الطيران والمطارات")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جميع الحقوق محفوظة لـ أجنحة نيوز © {year}")),
            _f("naql", FOOTER, 0.3, (_OLD, "لا يجوز نسخ المواد أو إعادة نشرها دون إذن مسبق "
                                           "من إدارة الموقع.")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: ورد في نسخة سابقة من الخبر عدد رحلات "
                                              "غير صحيح.")),
        ),
    )


# --- a British regional paper's travel live pages ------------------------------------------

NE_REDESIGN = dt.date(2019, 2, 4)
NE_WHATSAPP = dt.date(2017, 6, 1)
NE_PRIVACY = dt.date(2018, 5, 25)


def _ne_dated(day: dt.date) -> str:
    if day < NE_REDESIGN:
        return (f"Last updated: {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} "
                f"{day.year}, {{time}}")
    return f"Updated {{time}} · {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


@cache
def _ne_banner() -> Wordings:
    base = _steps((_OLD, "Travel news for roads, rail and flights across the North East"),
                  (NE_WHATSAPP.isoformat(), "🚦 Stuck in traffic or on a train? Send us your "
                                            "travel updates"))
    weather = [
        _span("2015-12-04", "2015-12-07", "🌧️ Storm Desmond: live updates on flooded roads "
                                          "and cancelled trains"),
        _span("2017-02-23", "2017-02-24", "💨 Storm Doris: speed limits on the rail network "
                                          "and bridges closed"),
        _span("2018-02-26", "2018-03-04", "❄️ Beast from the East: trains, buses and flights "
                                          "cancelled as snow hits"),
        _span("2018-12-19", "2018-12-21", "Gatwick drone sightings: flights from the North "
                                          "East affected"),
        _span("2019-09-09", "2019-09-10", "✈️ BA pilots' strike: almost all British Airways "
                                          "flights cancelled"),
        _span("2020-02-08", "2020-02-10", "💨 Storm Ciara: disruption on the East Coast Main "
                                          "Line"),
        _span("2020-02-15", "2020-02-17", "🌧️ Storm Dennis: flood warnings and rail "
                                          "cancellations"),
    ]
    trains = [_span("2018-05-20", "2018-07-29", "🚆 Timetable chaos: today's Northern "
                                                "cancellations, listed every morning")]
    covid = [_span("2020-03-23", "2020-06-14", "Coronavirus: travel only if it is essential"),
             _span("2020-06-15", "2020-12-31", "😷 Face coverings are compulsory on public "
                                               "transport")]
    return _calendar(base, covid, weather, trains)


def northgate_style() -> PublisherStyle:
    """A British regional paper's travel live pages: "LIVE" reworded on 4 February 2019,
    "Last updated:" with the weekday and the long date turned the time and the short date
    on the same day (a wording per day), a travel banner reworded and turned by storms
    (Desmond, Doris, Ciara, Dennis), the Beast from the East, the Gatwick drone, the BA
    pilots' strike, the 2018 Northern timetable collapse and the pandemic, "Key points",
    an update from the reporter and "READ MORE:" (up to twice) mid-body, "Story continues
    below", the operators to check from a pool, a WhatsApp tip line, a newsletter line
    reworded for the GDPR, "Show more updates", the copyright line, a rare correction."""
    return PublisherStyle(
        domain="northgateecho.co.uk", site="Northgate Echo", base_size=120,
        subdomains=(("www.", 100),),
        sections=("news", "traffic-travel", "transport", "weather"),
        n_authors=6, url_path="/news/{section}/live-{slug}-{n}",
        pools={"operator": ("National Rail Enquiries", "Northern", "LNER", "TransPennine "
                            "Express", "Tyne and Wear Metro", "Newcastle Airport",
                            "Highways England")},
        families=(
            _f("live", HEADER, 0.6, (_OLD, "LIVE"), (NE_REDESIGN.isoformat(), "● LIVE UPDATES")),
            _f("updated", HEADER, 0.85, *_by_day(_ne_dated)),
            _f("banner", HEADER, 0.35, *_ne_banner()),
            _f("key-points", HEADER, 0.3, (_OLD, "Key points")),
            _f("update-from", MIDDLE, 0.3, (_OLD, "📍 Update from {author}"), count=2),
            _f("read-more", MIDDLE, 0.35, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("continues", MIDDLE, 0.3, (_OLD, "Story continues below")),
            _f("check", FOOTER, 0.4, (_OLD, "Check before you travel: {operator_list}")),
            _f("whatsapp", FOOTER, 0.2, (_OLD, "Got a travel update? Message the Northgate "
                                               "Echo newsdesk on 07700 900318")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Get the morning travel bulletin in your inbox: sign up here"),
               (NE_PRIVACY.isoformat(), "Get the morning travel bulletin in your inbox. We "
                                        "will only use your email for this newsletter; see "
                                        "our privacy notice.")),
            _f("show-more", FOOTER, 0.5, (_OLD, "Show more updates")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Northgate Echo, part of Tynebridge "
                                                 "Media")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier update said the line "
                                                  "had reopened; it remains closed.")),
        ),
    )


# --- a Korean low-cost airline's newsroom --------------------------------------------------

HN_REDESIGN = dt.date(2018, 1, 18)  # the day Incheon's second terminal opened
HN_APP = dt.date(2019, 6, 1)
SEOLLAL = ("2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25")
CHUSEOK = ("2015-09-27", "2016-09-15", "2017-10-04", "2018-09-24", "2019-09-13", "2020-10-01")
MOPS = (("2014-12-01", 190.0), ("2015-01-15", 160.0), ("2015-06-01", 185.0),
        ("2015-12-15", 120.0), ("2016-02-01", 95.0), ("2016-12-01", 150.0),
        ("2017-06-15", 140.0), ("2017-12-15", 182.0), ("2018-05-20", 218.0),
        ("2018-10-10", 236.0), ("2018-12-25", 172.0), ("2019-05-01", 200.0),
        ("2019-12-15", 190.0), ("2020-04-20", 70.0), ("2020-08-01", 118.0),
        ("2021-01-10", 145.0))  # made-up jet fuel, US cents a gallon
HN_FLEET = (("2014-01-01", "12대, 국내선 4개 · 국제선 11개"), ("2015-01-01", "15대, 국내선 4개 · "
            "국제선 16개"), ("2016-01-01", "18대, 국내선 5개 · 국제선 21개"),
            ("2017-01-01", "22대, 국내선 5개 · 국제선 27개"), ("2018-01-01", "26대, 국내선 "
            "6개 · 국제선 34개"), ("2019-01-01", "29대, 국내선 6개 · 국제선 38개"),
            ("2020-01-01", "31대, 국내선 7개 · 국제선 41개"))


def surcharge_step(y: int, m: int) -> int:
    """The fuel-surcharge step of tickets issued in month `m`: from the made-up fuel price a
    month before, one step per 10 cents over 150."""
    price = along(dt.date(y, m, 1) - 20 * ONE, MOPS)
    return 0 if price < 150 else int((price - 150) // 10) + 1


def _hn_dated(day: dt.date) -> str:
    if day < HN_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"등록일 {day.year}년 {day.month}월 {day.day}일({YOIL[day.weekday()]})"


def _hn_surcharge(day: dt.date) -> str:
    step = surcharge_step(day.year, day.month)
    if step == 0:
        return f"{day.year}년 {day.month}월 발권 국제선 유류할증료: 미부과"
    return (f"{day.year}년 {day.month}월 발권 국제선 유류할증료: {step}단계, 편도 "
            f"{step * 1_200:,}원 ~ {step * 7_200:,}원")


@cache
def _hn_gonji() -> Wordings:
    base = _steps((_OLD, "하늘항공 회원으로 가입하면 모바일 탑승권과 "
                         "포인트 적립을 이용할 수 있습니다"))
    rush = "특별 수송 기간: 공항 혼잡이 예상되니 여유 있게 도착해 주세요"
    seollal = [(iso_day(day, -6), iso_day(day, 3), f"{day[:4]}년 설 연휴 {rush}")
               for day in SEOLLAL]
    chuseok = [(iso_day(day, -6), iso_day(day, 3), f"{day[:4]}년 추석 연휴 {rush}")
               for day in CHUSEOK]
    terminal = [_span("2018-01-04", "2018-02-09", "1월 18일부터 하늘항공은 인천공항 "
                                                  "제2여객터미널에서 출발합니다. "
                                                  "이용 터미널을 확인하세요")]
    outbreaks = [_span("2015-06-01", "2015-07-28", "메르스 관련 안내: 발열 증상이 "
                                                   "있으면 탑승이 제한될 수 있습니다"),
                 _span("2020-02-24", "2020-12-31", "코로나19 관련 운항 변경 안내: "
                                                   "기내에서는 마스크를 반드시 "
                                                   "착용해 주세요")]
    return _calendar(base, outbreaks, terminal, seollal, chuseok)


def haneul_style() -> PublisherStyle:
    """A Korean low-cost airline's newsroom: "보도자료", the dotted date turned "등록일" with
    the long date and the weekday on the day Incheon's second terminal opened (a wording
    per day), "배포 즉시 보도 가능", the press officer, a route and a flight from pools and
    a photo credit mid-body, the month's fuel surcharge with its step (a wording per month,
    none while fuel is cheap), a check-your-flight line reworded, a members' line turned
    by Seollal and Chuseok, the move to Terminal 2, MERS and the pandemic, "# # #", the
    about line with the fleet and routes (each January) and the inquiries line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="haneulair.co.kr", site="하늘항공", base_size=105,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("press", "network", "service", "csr"),
        n_authors=3, url_path="/kr/newsroom/{section}/{n}",
        pools={
            "noseon": ("인천 – 다낭 (주 14회)", "김포 – 제주 (하루 12회)",
                       "인천 – 오사카 간사이 (주 21회)", "부산 – 세부 (주 7회)",
                       "인천 – 괌 (주 7회)", "대구 – 타이베이 (주 4회)"),
            "pyeon": ("HN701", "HN213", "HN605", "HN117", "HN329"),
        },
        families=(
            _f("bodo", HEADER, 0.6, (_OLD, "보도자료")),
            _f("nalja", HEADER, 0.85, *_by_day(_hn_dated)),
            _f("siseom", HEADER, 0.45, (_OLD, "배포 즉시 보도 가능")),
            _f("damdang", HEADER, 0.3, (_OLD, "담당: 홍보팀 {author}")),
            _f("noseon", MIDDLE, 0.3, (_OLD, "노선: {noseon}")),
            _f("pyeon", MIDDLE, 0.15, (_OLD, "편명: {pyeon}")),
            _f("sajin", MIDDLE, 0.25, (_OLD, "[사진 제공: 하늘항공]")),
            _f("yuryu", FOOTER, 0.2, *_by_day(_hn_surcharge)),
            _f("hwagin", FOOTER, 0.35,
               (_OLD, "항공기 출발 시각은 사정에 따라 바뀔 수 있으니 "
                      "출발 전 운항 정보를 확인하시기 바랍니다."),
               (HN_APP.isoformat(), "✈ 출발 전 홈페이지나 모바일 앱의 '출도착 조회'에서 "
                                    "항공편 상태를 꼭 확인하세요.")),
            _f("gonji", FOOTER, 0.3, *_hn_gonji()),
            _f("kkeut", FOOTER, 0.5, (_OLD, "# # #")),
            _f("sogae", FOOTER, 0.4, *tabled(HN_FLEET, lambda v: (
                f"하늘항공은 보잉 737 항공기 {v} 노선을 운항하는 저비용항공사입니다."))),
            _f("munui", FOOTER, 0.4, (_OLD, "문의: 하늘항공 홍보팀 02-555-0128")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "정정: 취항 일자를 바로잡습니다.")),
        ),
    )


# --- a Thai metro operator's announcements -------------------------------------------------

MS_REDESIGN = dt.date(2019, 10, 1)
MS_LINE = dt.date(2018, 8, 1)
MS_FARES = (("2014-01-01", "16 – 42"), ("2017-07-03", "16 – 44"), ("2019-04-01", "17 – 45"),
            ("2020-07-03", "17 – 47"))


def _ms_dated(day: dt.date) -> str:
    if day < MS_REDESIGN:
        return f"{day.day} {THAI_MONTHS[day.month - 1]} {be_year(day.year)}"
    return (f"อัปเดตล่าสุด {day.day} {THAI_MONTHS[day.month - 1]} {be_year(day.year) % 100:02d} | "
            f"{{time}} น.")


@cache
def _ms_banner() -> Wordings:
    base = _steps((_OLD, "ตรวจสอบสถานะการเดินรถก่อนออกเดินทางได้ที่แอปพลิเคชันเมโทรสยาม"))
    songkran = _yearly("04-13", 2, 3, lambda y: f"เทศกาลสงกรานต์ {be_year(y)}: เดินรถตามตารางวันหยุด "
                                                f"ความถี่ 5 – 8 นาที")
    new_year = _yearly("12-31", 3, 1, lambda y: f"คืนข้ามปี {be_year(y)}: ขยายเวลาให้บริการถึง 02.00 น. "
                                                f"ของวันที่ 1 มกราคม {be_year(y + 1)}")
    covid = [_span("2020-04-03", "2020-06-14", "ช่วงประกาศเคอร์ฟิว: ให้บริการ 05.30 – 22.00 น. "
                                               "และต้องสวมหน้ากากอนามัยทุกครั้ง"),
             _span("2020-06-15", "2020-12-31", "กรุณาสวมหน้ากากอนามัยและเว้นระยะห่างตลอดการเดินทาง")]
    return _calendar(base, covid, songkran, new_year)


def metrosiam_style() -> PublisherStyle:
    """A Thai metro operator's announcements: a kicker from a pool, the date with the short
    month and the Buddhist-era year turned "อัปเดตล่าสุด" with a two-digit year and the time
    on 1 October 2019 (a wording per day), a status banner turned by Songkran and New
    Year's Eve with their Buddhist-era years and the 2020 curfew and masks, the stations
    affected from a pool, the service hours and a shuttle line mid-body, the fares
    (changing in 2017, 2019 and 2020), the apology line, a Twitter line turned a LINE
    appeal, the call centre and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="metrosiam.co.th", site="เมโทรสยาม", base_size=90,
        subdomains=(("www.", 100),),
        sections=("announcement", "service", "activity", "corporate"),
        n_authors=2, url_path="/th/news/{section}/{n}",
        pools={
            "muad": ("ประกาศการเดินรถ", "ข่าวประชาสัมพันธ์", "กิจกรรม", "ปิดปรับปรุงสถานี"),
            "sathani": ("สถานีสนามไชย", "สถานีหัวลำโพง", "สถานีสุขุมวิท", "สถานีจตุจักร",
                        "สถานีบางซื่อ", "สถานีลาดพร้าว", "สถานีท่าพระ"),
        },
        families=(
            _f("muad", HEADER, 0.5, (_OLD, "{muad}")),
            _f("wanthi", HEADER, 0.85, *_by_day(_ms_dated)),
            _f("sathana", HEADER, 0.3, *_ms_banner()),
            _f("sathani", MIDDLE, 0.3, (_OLD, "สถานีที่ได้รับผลกระทบ: {sathani_list}")),
            _f("wela", MIDDLE, 0.15, (_OLD, "เวลาให้บริการปกติ 06.00 – 24.00 น.")),
            _f("shuttle", MIDDLE, 0.1, (_OLD, "มีรถโดยสารรับส่งฟรีระหว่าง{sathani}และสถานีใกล้เคียง")),
            _f("khaduaysan", FOOTER, 0.2, *tabled(MS_FARES, lambda v: (
                f"อัตราค่าโดยสาร {v} บาท (เด็กและผู้สูงอายุลดครึ่งราคา)"))),
            _f("khothot", FOOTER, 0.45, (_OLD, "ขออภัยในความไม่สะดวกมา ณ ที่นี้")),
            _f("social", FOOTER, 0.25, (_OLD, "ติดตามข่าวสารการเดินรถได้ทางทวิตเตอร์ของเมโทรสยาม"),
               (MS_LINE.isoformat(), "รับแจ้งเตือนเหตุขัดข้องแบบเรียลไทม์ เพิ่มเพื่อน LINE Official "
                                     "ของเมโทรสยาม")),
            _f("callcenter", FOOTER, 0.35, (_OLD, "สอบถามเพิ่มเติม ศูนย์บริการลูกค้า โทร. 0 2555 0199 "
                                                  "(ทุกวัน 06.00 – 24.00 น.)")),
            _f("copyright", FOOTER, 0.3, (_OLD, "สงวนลิขสิทธิ์ © {year} บริษัท เมโทรสยาม จำกัด (มหาชน)")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "แก้ไขข้อมูล: วันที่ปิดปรับปรุงสถานีเปลี่ยนแปลงตามประกาศล่าสุด")),
        ),
    )


# --- an Italian city bus and tram company's notices ----------------------------------------

TV_REDESIGN = dt.date(2020, 1, 7)
TV_APP = dt.date(2018, 4, 3)
TV_SCIOPERI = (("2015-04-10", 4), ("2015-11-06", 24), ("2016-03-18", 4), ("2016-10-21", 24),
               ("2017-06-16", 24), ("2017-11-10", 4), ("2018-02-23", 24), ("2018-07-10", 4),
               ("2019-03-08", 24), ("2019-07-24", 4), ("2019-10-25", 24), ("2020-02-14", 4),
               ("2020-11-25", 24))
TV_BIGLIETTO = (("2013-01-01", "1,30"), ("2016-02-01", "1,50"), ("2019-07-01", "1,70"))


def _tv_dated(day: dt.date) -> str:
    if day < TV_REDESIGN:
        return f"{day.day} {MESI[day.month - 1]} {day.year}"
    return f"Pubblicato: {day.day:02d}/{day.month:02d}/{day.year} {{time}}"


def _tv_sciopero(day: dt.date, hours: int) -> str:
    when = f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]}"
    if hours == 24:
        return (f"⚠️ Sciopero di 24 ore {when}: servizio garantito dalle 5.30 alle 8.30 e dalle "
                f"17 alle 20")
    return f"⚠️ Sciopero di 4 ore {when}, dalle 18 alle 22: possibili corse soppresse"


@cache
def _tv_avviso() -> Wordings:
    base = _steps((_OLD, "Orari e percorsi aggiornati su valmarinabus.it"),
                  (TV_APP.isoformat(), "📲 Arrivi in tempo reale e biglietto sul telefono con "
                                       "l'app di Trasporti Valmarina"))
    scioperi = [(iso_day(day, -4), iso_day(day, 1), _tv_sciopero(iso_day(day), hours))
                for day, hours in TV_SCIOPERI]
    feste = _yearly("12-31", 0, 0, lambda y: f"Capodanno {y + 1}: servizio notturno "
                                             f"straordinario fino alle 3")
    covid = [_span("2020-03-12", "2020-05-17", "🦠 Emergenza Covid-19: orario ridotto e salita "
                                               "solo dalla porta centrale")]
    return _calendar(base, covid, scioperi, feste)


def valmarina_style() -> PublisherStyle:
    """An Italian city bus and tram company's notices: the long date turned "Pubblicato:"
    with the numeric date and the time on 7 January 2020 (a wording per day), a notice
    reworded and turned by 4- and 24-hour strikes (naming the day, with the guaranteed
    bands), New Year's night service and the pandemic, the lines concerned, a diversion and
    a suspended stop from pools mid-body, the 90-minute ticket's price (raised in 2016 and
    2019), the toll-free number and the copyright line (a block), a rare rectification."""
    return PublisherStyle(
        domain="valmarinabus.it", site="Trasporti Valmarina", base_size=75,
        subdomains=(("www.", 100),),
        sections=("avvisi", "news", "biglietti", "cantieri"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "linee": ("1", "3", "4", "7", "12", "T1", "T2", "N5"),
            "via": ("via Garibaldi", "corso Vittorio Emanuele", "piazza della Stazione",
                    "viale dei Mille", "via Roma", "largo Cavour"),
        },
        families=(
            _f("data", HEADER, 0.85, *_by_day(_tv_dated)),
            _f("avviso", HEADER, 0.4, *_tv_avviso()),
            _f("linee", MIDDLE, 0.4, (_OLD, "Linee interessate: {linee_list}")),
            _f("deviazione", MIDDLE, 0.2, (_OLD, "Deviazione temporanea: le corse non "
                                                 "transitano in {via}")),
            _f("fermata", MIDDLE, 0.15, (_OLD, "Fermata provvisoria in {via}")),
            _f("biglietto", FOOTER, 0.2, *tabled(TV_BIGLIETTO, lambda v: (
                f"Biglietto urbano 90 minuti: {v} € (2 € se acquistato a bordo)"))),
            _f("numero-verde", FOOTER, 0.35, (_OLD, "Informazioni: numero verde 800 55 01 22, "
                                                    "lunedì–sabato 7–19")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Trasporti Valmarina S.p.A. – Tutti "
                                                "i diritti riservati")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: la deviazione inizia lunedì e non "
                                                 "domenica.")),
        ),
    )


# --- a German regional airport's press releases --------------------------------------------

FB_REDESIGN = dt.date(2018, 11, 1)
FB_WEBSITE = dt.date(2019, 4, 1)
FB_JAHR = {2013: 1.31, 2014: 1.36, 2015: 1.42, 2016: 1.49, 2017: 1.58, 2018: 1.63,
           2019: 1.61, 2020: 1.65}  # million passengers a year, before the pandemic
_FB_MONAT = (0.55, 0.58, 0.72, 0.95, 1.05, 1.15, 1.35, 1.38, 1.2, 1.05, 0.56, 0.6)
_FB_COVID = (0.5, 0.01, 0.02, 0.1, 0.35, 0.45, 0.4, 0.28, 0.12, 0.1)
FB_ZIELE = {2014: ("34", "19"), 2015: ("35", "20"), 2016: ("37", "21"), 2017: ("38", "22"),
            2018: ("41", "23"), 2019: ("40", "22"), 2020: ("42", "14")}  # summer, winter
FB_STREIKS = ("2016-04-27", "2018-04-10", "2019-01-15", "2019-01-23")
FERIEN = {2015: "2015-07-23", 2016: "2016-06-23", 2017: "2017-06-22", 2018: "2018-06-28",
          2019: "2019-07-04", 2020: "2020-07-16"}  # first day of the summer holidays


def fluggaeste(y: int, m: int) -> int:
    """Made-up monthly passengers at the airport (the pandemic from March 2020)."""
    value = FB_JAHR[y] * 1e6 / 11.64 * _FB_MONAT[m - 1] * (1 + 0.025 * noise(dt.date(y, m, 1),
                                                                              "fb"))
    if y == 2020 and m >= 3:
        value *= _FB_COVID[m - 3]
    return int(round(value))


def _fb_dated(day: dt.date) -> str:
    if day < FB_REDESIGN:
        return f"Bergfeld, {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Pressemitteilung vom {_de_day(day)}"


def _fb_zahlen(day: dt.date) -> str:
    y, m = last_month(day, 8)
    now, before = fluggaeste(y, m), fluggaeste(y - 1, m)
    return (f"Verkehrszahlen {MONATE[m - 1]} {y}: {dotted(now)} Fluggäste "
            f"({signed_comma((now / before - 1) * 100)} % zum Vorjahresmonat)")


def _fb_flugplan() -> Wordings:
    out = [(_OLD, f"Winterflugplan 2014/15: {FB_ZIELE[2014][1]} Ziele ab Flughafen Bergfeld")]
    for y in YEARS:
        summer, winter = FB_ZIELE[y]
        out.append((last_weekday(y, 3, 6).isoformat(),
                    f"Sommerflugplan {y}: {summer} Ziele ab Flughafen Bergfeld"))
        out.append((last_weekday(y, 10, 6).isoformat(),
                    f"Winterflugplan {y}/{(y + 1) % 100:02d}: {winter} Ziele ab Flughafen "
                    f"Bergfeld"))
    return tuple(out)


@cache
def _fb_hinweis() -> Wordings:
    base = _steps((_OLD, "Bitte seien Sie spätestens zwei Stunden vor Abflug am Terminal."))
    streiks = [(iso_day(day, -2), iso_day(day, 1),
                f"⚠️ Warnstreik am {WOCHENTAGE[iso_day(day).weekday()]}, "
                f"{_de_day(iso_day(day))}: Abflüge können ausfallen") for day in FB_STREIKS]
    ferien = [(iso_day(FERIEN[y], -3), iso_day(FERIEN[y], 4),
               f"☀️ Sommerferien {y}: Rechnen Sie mit Wartezeiten an der Sicherheitskontrolle")
              for y in YEARS]
    corona = [_span("2020-03-18", "2020-06-14", "🦠 Corona: Zutritt zum Terminal nur für "
                                                "Fluggäste mit Flugschein")]
    return _calendar(base, corona, streiks, ferien)


def bergfeld_style() -> PublisherStyle:
    """A German regional airport's press releases: "Medieninformation", the place and the
    numeric date turned "Pressemitteilung vom" with the long date on 1 November 2018 (a
    wording per day), last month's passengers and their change on a year earlier (a
    wording per month, out each 8th), a new destination from a pool mid-body, a notice
    turned by Verdi's warning strikes (naming the day), the summer holidays and the
    pandemic, the destinations of the summer and winter seasons (changing on the last
    Sundays of March and October), a flight-status line reworded, the about line and the
    press contact (a block), a rare correction."""
    return PublisherStyle(
        domain="flughafen-bergfeld.de", site="Flughafen Bergfeld", base_size=60,
        subdomains=(("www.", 100),),
        sections=("presse", "flugplan", "unternehmen"),
        n_authors=2, url_path="/presse/{yyyy}/{slug}",
        pools={"ziel": ("Mallorca mit Eurowings", "Antalya mit SunExpress", "Hurghada mit "
                        "Corendon", "Kreta mit TUIfly", "London-Stansted mit Ryanair",
                        "Gran Canaria mit Condor")},
        families=(
            _f("medien", HEADER, 0.55, (_OLD, "Medieninformation")),
            _f("datum", HEADER, 0.85, *_by_day(_fb_dated)),
            _f("zahlen", HEADER, 0.2, *_by_day(_fb_zahlen)),
            _f("hinweis", HEADER, 0.3, *_fb_hinweis()),
            _f("ziel", MIDDLE, 0.3, (_OLD, "Neu im Flugplan: {ziel}")),
            _f("flugplan", FOOTER, 0.25, *_fb_flugplan()),
            _f("flugstatus", FOOTER, 0.35,
               (_OLD, "Bitte informieren Sie sich vor Reiseantritt bei Ihrer Fluggesellschaft "
                      "über den aktuellen Flugstatus."),
               (FB_WEBSITE.isoformat(), "Aktuelle Abflug- und Ankunftszeiten: "
                                        "flughafen-bergfeld.de/abflug")),
            _f("ueber", FOOTER, 0.4, (_OLD, "Über den Flughafen Bergfeld: Regionalflughafen "
                                            "mit Linien- und Urlaubsflügen in Niedersachsen.")),
            _f("pressekontakt", FOOTER, 0.4, (_OLD, "Pressekontakt: Flughafen Bergfeld GmbH, "
                                                    "Telefon 05931 555 204")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Erstflug ist am Samstag, "
                                                 "nicht am Sonntag.")),
        ),
    )


# --- a Polish city transport authority's notices -------------------------------------------

ZL_REDESIGN = dt.date(2018, 2, 1)
ZL_BILETY = (("2013-01-01", "3,00 zł, ulgowy 1,50 zł"), ("2017-09-01", "3,20 zł, ulgowy 1,60 zł"),
             ("2019-01-01", "3,40 zł, ulgowy 1,70 zł"))


def _zl_dated(day: dt.date) -> str:
    if day < ZL_REDESIGN:
        return f"Data publikacji: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"opublikowano {day.day} {MIESIACA[day.month - 1]} {day.year} r., godz. {{time}}"


@cache
def _zl_swieta() -> Wordings:
    base = _steps((_OLD, "Rozkłady jazdy i planer podróży: ztmlesznow.pl/rozklady"))
    cmentarne = _yearly("11-01", 4, 1, lambda y: f"Wszystkich Świętych {y}: kursują linie "
                                                 f"cmentarne C1 i C2")
    wigilia = _yearly("12-24", 2, 2, lambda y: f"Wigilia i Boże Narodzenie {y}: rozkład "
                                               f"świąteczny, ostatnie kursy 24 grudnia ok. 17:00")
    wielkanoc = _movable(easter, 2, 1, lambda y: f"Wielkanoc {y}: w niedzielę i poniedziałek "
                                                 f"obowiązuje rozkład świąteczny")
    bez_auta = _yearly("09-22", 3, 0, lambda y: f"22 września {y}: Europejski Dzień bez "
                                                f"Samochodu – przejazd bezpłatny z dowodem "
                                                f"rejestracyjnym")
    covid = [_span("2020-03-25", "2020-05-29", "🦠 W pojeździe może przebywać najwyżej połowa "
                                               "miejsc siedzących")]
    return _calendar(base, covid, cmentarne, wigilia, wielkanoc, bez_auta)


def ztmlesznow_style() -> PublisherStyle:
    """A Polish city transport authority's notices: "Komunikat", "Data publikacji:" turned
    "opublikowano" with the long date in the genitive and the time on 1 February 2018 (a
    wording per day), the lines concerned and a diversion from pools mid-body, the single
    ticket's price (raised in 2017 and 2019), a timetable line turned by All Saints'
    cemetery lines, Christmas Eve, Easter, Car-Free Day and the pandemic, "Za utrudnienia
    przepraszamy.", the information line and the copyright line (a block), a rare
    update."""
    return PublisherStyle(
        domain="ztmlesznow.pl", site="ZTM Lesznów", base_size=45,
        subdomains=(("www.", 100),),
        sections=("komunikaty", "zmiany", "bilety"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "linie": ("2", "5", "11", "17", "23", "N3", "E-1", "Z-4"),
            "objazd": ("ul. Kościuszki i al. Jana Pawła II", "ul. Dworcową i pl. Wolności",
                       "ul. Grunwaldzką", "al. Piłsudskiego i ul. Słowackiego"),
        },
        families=(
            _f("komunikat", HEADER, 0.55, (_OLD, "Komunikat")),
            _f("data", HEADER, 0.85, *_by_day(_zl_dated)),
            _f("linie", MIDDLE, 0.4, (_OLD, "Zmiany dotyczą linii: {linie_list}")),
            _f("objazd", MIDDLE, 0.2, (_OLD, "Objazd przez {objazd}")),
            _f("bilety", FOOTER, 0.2, *tabled(ZL_BILETY, lambda v: (
                f"Bilet jednorazowy normalny: {v}"))),
            _f("rozklad", FOOTER, 0.3, *_zl_swieta()),
            _f("przepraszamy", FOOTER, 0.5, (_OLD, "Za utrudnienia przepraszamy.")),
            _f("infolinia", FOOTER, 0.3, (_OLD, "Informacja pasażerska: tel. 65 555 19 19 "
                                                "(całodobowo)")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} ZTM Lesznów")),
            _f("aktualizacja", HEADER, 0.04, (_OLD, "Aktualizacja: zmieniono termin "
                                                    "zakończenia objazdu.")),
        ),
    )


# --- an Irish regional airline's newsroom --------------------------------------------------

CA_REDESIGN = dt.date(2019, 5, 1)
CA_ALERTS = dt.date(2018, 9, 1)
CA_FARES = (("2014-01-01", "24.99"), ("2016-01-12", "19.99"), ("2018-01-09", "21.99"),
            ("2019-01-08", "22.99"), ("2020-06-15", "14.99"))
CA_DESTINATIONS = (("2014-04-01", "9"), ("2015-04-01", "11"), ("2016-04-01", "12"),
                   ("2017-04-01", "14"), ("2018-04-01", "15"), ("2019-04-01", "17"),
                   ("2020-04-01", "16"))


def _ca_dated(day: dt.date) -> str:
    if day < CA_REDESIGN:
        return f"Galway, {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _ca_banner() -> Wordings:
    base = _steps((_OLD, "Book direct at corribair.ie for our lowest fares"))
    weather = [_span("2017-10-15", "2017-10-17", "Storm Ophelia: all flights on 16 October are "
                                                 "cancelled; change for free"),
               _span("2018-02-28", "2018-03-03", "Storm Emma: flights may be cancelled at short "
                                                 "notice; check your flight status")]
    covid = [_span("2020-03-27", "2020-06-30", "Our flights are suspended until further notice: "
                                               "refunds and vouchers explained")]
    return _calendar(base, covid, weather)


def corrib_style() -> PublisherStyle:
    """An Irish regional airline's newsroom: "NEWS RELEASE", "Galway," with the long date
    turned the weekday on 1 May 2019 (a wording per day), a route and an aircraft from
    pools mid-body, a banner turned by storms Ophelia and Emma and the pandemic's
    suspension, the lead-in fare (changing with each January seat sale, and cut in June
    2020), a flight-status line reworded for text alerts, "– Ends –", the about line with
    the destinations (each April) and the media line (a block), a rare correction."""
    return PublisherStyle(
        domain="corribair.ie", site="Corrib Air", base_size=35,
        subdomains=(("www.", 100),),
        sections=("news", "routes", "company"),
        n_authors=2, url_path="/newsroom/{slug}",
        pools={
            "route": ("Galway – Manchester, daily from 28 March", "Galway – Edinburgh, 4 "
                      "weekly", "Knock – Bristol, 3 weekly", "Galway – Isle of Man, Saturdays "
                      "in summer", "Kerry – Birmingham, 5 weekly"),
            "aircraft": ("ATR 72-600 EI-CRA", "ATR 72-600 EI-CRB", "ATR 42-600 EI-CRD",
                         "Dash 8-400 EI-CRF"),
        },
        families=(
            _f("release", HEADER, 0.5, (_OLD, "NEWS RELEASE")),
            _f("dated", HEADER, 0.8, *_by_day(_ca_dated)),
            _f("route", MIDDLE, 0.3, (_OLD, "New route: {route}")),
            _f("aircraft", MIDDLE, 0.15, (_OLD, "Pictured: Corrib Air {aircraft}")),
            _f("banner", HEADER, 0.25, *_ca_banner()),
            _f("fares", FOOTER, 0.25, *tabled(CA_FARES, lambda v: (
                f"Fares from €{v} one way including taxes and charges, subject to "
                f"availability."))),
            _f("status", FOOTER, 0.3,
               (_OLD, "Always check your flight status at corribair.ie before leaving for the "
                      "airport."),
               (CA_ALERTS.isoformat(), "Get flight status alerts by text: add your mobile "
                                       "number in Manage My Booking.")),
            _f("ends", FOOTER, 0.45, (_OLD, "– Ends –")),
            _f("about", FOOTER, 0.4, *tabled(CA_DESTINATIONS, lambda v: (
                f"About Corrib Air: Galway's regional airline, flying to {v} destinations in "
                f"Ireland and the UK."))),
            _f("media", FOOTER, 0.4, (_OLD, "Media queries: {author}, Corrib Air, +353 91 555 "
                                            "0142")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the first flight departs at 07:40, "
                                                  "not 07:15.")),
        ),
    )


def heldout162_styles() -> list[PublisherStyle]:
    """The held-back-162 styles, in the order the generator hands them to publishers."""
    return [
        aerowire_style(), weserland_style(), carsola_style(), torowisko_style(),
        ajniha_style(), northgate_style(), haneul_style(), metrosiam_style(),
        valmarina_style(), bergfeld_style(), ztmlesznow_style(), corrib_style(),
    ]
