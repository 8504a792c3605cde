"""The ``held-back-130`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-128 set. It was
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
advertisement marker or a "prices are provisional" line. The publishers are energy, climate
and environment media in English, German, Spanish, Norwegian, Arabic, Chinese and Portuguese:
an American oil-and-gas trade site, a German energy-industry trade site, a Spanish renewables
news site, the climate desk of a British daily, a Norwegian petroleum news site, a Gulf oil
and gas news site (in Arabic), a Chinese power-industry portal, a Brazilian power-sector news
site, a British wetland conservation charity's news pages, an American utility's newsroom, a
German environmental association's press page and a British weekly wind-energy newsletter.
The families are the kinds a crawl of such sites holds: dates localised day by day in English
(with American and British summer and winter time and AP month abbreviations), German,
Spanish, Norwegian, Arabic (later in Arabic-Indic digits), Chinese and Portuguese, several
changing form on the day of a redesign; lines that turn every trading day (the Brent and WTI
settlements, WTI below zero on 20 April 2020), every day (the Spanish day-ahead price, British
and German embargo lines, a dated amendment line), every week (the European carbon price to
each Friday, the American rig count, the Chinese thermal-coal index each Wednesday, the
British wind and solar share each Monday, a newsletter's issue number each Thursday) and
every month (the Mauna Loa carbon dioxide reading, Brazil's tariff flag, the Emirates' fuel
prices from August 2015); price, levy, tariff and membership amounts that change by year
(the German renewables levy, a utility's typical bill after each rate case, Brazil's flag
surcharges, Norwegian licensing rounds, a charity's reserves and membership, customer
numbers); conference
calendars (CERAWeek, OTC, ADIPEC, Offshore Europe, ONS, E-world, Genera, SNEC, WindEurope,
Global Offshore Wind, the COPs, Arendalsuka) and the calendars some notices follow (OPEC
meetings, the 2020 price war, Hurricane Harvey, German nuclear closures and the coal
commission, Spain's renewables auctions, self-consumption rules and state of alarm, climate
strikes and Extinction Rebellion, Johan Sverdrup's start, Ramadan with its Hijri year, the
Spring Festival and the Two Sessions, Brazil's daylight saving time and its abolition, energy
auctions and the Amapá blackout, World Wetlands Day, nesting season and Christmas appeals,
811 Day, energy-assistance season, the 2019 winter storm and 2020 wildfires, Earth Overshoot
Day, the contracts-for-difference rounds, the pandemic); notices reworded in 2016-2020 (GDPR
day, the "climate crisis" style change); slots for authors, titles ("原标题"), sources, data
and photo credits; related links and advertisement markers mid-body (some up to two times);
multi-line blocks (publisher and copyright lines, notes to editors, "###" and safe-harbour
lines, charity and bank lines); bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
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
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

DAY = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember")
UKEDAGER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
SHUHUR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
XINGQI = "一二三四五六日"
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
ARABIC_INDIC_ZERO = "٠"

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up wiggle from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") / (2 ** 64 - 1) * 2 - 1


def path(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
    x = day.toordinal()
    points = [(dt.date.fromisoformat(a).toordinal(), v) for a, v in anchors]
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


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line whose amount is `table`'s: the value in force on the set's first
    day from the oldest day, then one wording from each later start."""
    return tuple([(_OLD, text(value_on(FIRST_DAY, table)))]
                 + [(start, text(v)) for start, v in table if start > FIRST_DAY.isoformat()])


def on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def trading_day(day: dt.date) -> bool:
    """Whether the oil futures settle on `day` (weekdays but Christmas and New Year's Day)."""
    return day.weekday() < 5 and (day.month, day.day) not in ((12, 25), (1, 1))


def last_settlement(day: dt.date) -> dt.date:
    """The last trading day before `day`: the settlement a morning page prints."""
    day -= DAY
    while not trading_day(day):
        day -= DAY
    return day


def us_summer_time(day: dt.date) -> bool:
    """American daylight saving time: the second Sunday of March to the first of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def uk_summer_time(day: dt.date) -> bool:
    """British Summer Time: the last Sunday of March to the last Sunday of October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def arabic_digits(number: int | float | str) -> str:
    """A number in Arabic-Indic digits, with the Arabic decimal separator."""
    return "".join(digits(c, ARABIC_INDIC_ZERO) if c.isdigit() else "٫" if c == "." else c
                   for c in str(number))


def comma(number: float, places: int = 2) -> str:
    """A number with a decimal comma (German, Spanish, Norwegian and Portuguese sites)."""
    return f"{number:.{places}f}".replace(".", ",")


def month_before(day: dt.date, months: int = 1) -> tuple[int, int]:
    """(year, month) `months` months before `day`'s month."""
    k = day.year * 12 + day.month - 1 - months
    return k // 12, k % 12 + 1


# --- markets the trade sites print --------------------------------------------------------

BRENT = (("2015-01-01", 56.4), ("2015-01-13", 46.6), ("2015-05-06", 67.8),
         ("2015-08-24", 42.7), ("2015-11-02", 49.0), ("2015-12-31", 37.3),
         ("2016-01-20", 27.9), ("2016-06-08", 52.5), ("2016-08-02", 41.8),
         ("2016-11-30", 50.5), ("2016-12-30", 56.8), ("2017-06-21", 44.8),
         ("2017-12-29", 66.9), ("2018-05-17", 80.0), ("2018-08-15", 70.8),
         ("2018-10-03", 86.3), ("2018-12-24", 50.5), ("2019-04-25", 75.0),
         ("2019-08-07", 56.2), ("2019-12-31", 66.0), ("2020-01-06", 68.9),
         ("2020-03-09", 34.4), ("2020-04-21", 19.3), ("2020-06-30", 41.2),
         ("2020-10-30", 37.5), ("2020-12-31", 51.8), ("2021-01-11", 55.7))
WTI_SPREAD = (("2015-01-01", 3.0), ("2015-06-01", 5.5), ("2016-01-01", 1.0),
              ("2016-12-31", 3.0), ("2017-09-01", 6.0), ("2018-06-01", 10.0),
              ("2019-01-01", 8.5), ("2019-12-31", 5.0), ("2020-06-01", 2.5),
              ("2021-01-11", 3.2))
WTI_NEGATIVE = dt.date(2020, 4, 20)  # the May contract settled at -$37.63


def brent(day: dt.date) -> float:
    """Brent's made-up settlement on trading day `day` (a real-looking path)."""
    return round(path(day, BRENT) * (1 + 0.018 * noise(day, "brent")), 2)


def wti(day: dt.date) -> float:
    if day == WTI_NEGATIVE:
        return -37.63
    spread = path(day, WTI_SPREAD) * (1 + 0.2 * noise(day, "spread"))
    return round(brent(day) - max(spread, 0.3), 2)


def usd(value: float) -> str:
    return f"-${-value:.2f}" if value < 0 else f"${value:.2f}"


# --- an American oil-and-gas trade site ---------------------------------------------------

CL_REDESIGN = dt.date(2018, 3, 5)  # relaunched on the opening day of CERAWeek 2018
CL_NEWSLETTER = dt.date(2017, 9, 18)
CL_PRO = dt.date(2016, 10, 3)
CERAWEEK = (("2015-04-20", "2015-04-24"), ("2016-02-22", "2016-02-26"),
            ("2017-03-06", "2017-03-10"), ("2018-03-05", "2018-03-09"),
            ("2019-03-11", "2019-03-15"))
OTC = (("2015-05-04", "2015-05-07"), ("2016-05-02", "2016-05-05"),
       ("2017-05-01", "2017-05-04"), ("2018-04-30", "2018-05-03"),
       ("2019-05-06", "2019-05-09"))
ADIPEC = {2015: ("2015-11-09", "2015-11-12"), 2016: ("2016-11-07", "2016-11-10"),
          2017: ("2017-11-13", "2017-11-16"), 2018: ("2018-11-12", "2018-11-15"),
          2019: ("2019-11-11", "2019-11-14"), 2020: ("2020-11-09", "2020-11-12")}
OFFSHORE_EUROPE = (("2015-09-08", "2015-09-11"), ("2017-09-05", "2017-09-08"),
                   ("2019-09-03", "2019-09-06"))
OPEC_MEETINGS = ("2015-06-05", "2015-12-04", "2016-06-02", "2016-11-30", "2017-05-25",
                 "2017-11-30", "2018-06-22", "2018-12-07", "2019-07-01", "2019-12-05",
                 "2020-03-06", "2020-04-09", "2020-06-06", "2020-12-03")
RIGS = (("2015-01-02", 1811), ("2015-03-27", 1048), ("2015-06-26", 859), ("2015-12-31", 698),
        ("2016-05-27", 404), ("2016-12-30", 658), ("2017-06-30", 940), ("2017-12-29", 929),
        ("2018-11-30", 1083), ("2019-06-28", 967), ("2019-12-27", 805),
        ("2020-04-24", 465), ("2020-08-14", 244), ("2020-12-31", 351), ("2021-01-15", 373))


def rig_count(friday: dt.date) -> int:
    return int(round(path(friday, RIGS) + 6 * noise(friday, "rigs")))


def _cl_dated(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year} | {{time}} GMT"
    zone = "CDT" if us_summer_time(day) else "CST"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} · "
            f"{{time12}} {zone}")


def _cl_market(day: dt.date) -> str:
    s = last_settlement(day)
    return (f"Brent {usd(brent(s))} · WTI {usd(wti(s))} (front-month settle, "
            f"{WEEKDAYS[s.weekday()][:3]} {MONTHS[s.month - 1][:3]} {s.day})")


def _cl_rigs(day: dt.date) -> str:
    friday = on_or_before(day, 4)
    now, before = rig_count(friday), rig_count(friday - 7 * DAY)
    return (f"US rig count: {now:,} in the week to Friday {MONTHS[friday.month - 1][:3]} "
            f"{friday.day} ({now - before:+d} on the week). Source: Baker Hughes")


@cache
def _cl_notice() -> Wordings:
    base = _steps((_OLD, "Get Morning Barrel, Crudeline's free weekday newsletter, at 6am "
                         "Central"),
                  (CL_NEWSLETTER.isoformat(), "☕ Morning Barrel: the oil market before the "
                                              "opening bell. Sign up free"))
    shows: list[Event] = []
    for first, last in CERAWEEK:
        shows.append(_span(first, last, f"🎤 CERAWeek {first[:4]}: Crudeline's reporters are "
                                        f"in Houston all week"))
    for first, last in OTC:
        shows.append(_span(first, last, f"OTC {first[:4]}: our offshore coverage from NRG "
                                        f"Park"))
    for first, last in list(ADIPEC.values())[:-1]:  # 2020's was online
        shows.append(_span(first, last, f"ADIPEC {first[:4]}: news and interviews from Abu "
                                        f"Dhabi"))
    for first, last in OFFSHORE_EUROPE:
        shows.append(_span(first, last, f"Offshore Europe {first[:4]}: live from Aberdeen"))
    shows.sort()
    opec = [(iso_day(day, -2), iso_day(day, 2), f"🛢️ OPEC meets in Vienna on "
                                                  f"{MONTHS[iso_day(day).month - 1]} "
                                                  f"{iso_day(day).day}: follow our live blog")
            for day in OPEC_MEETINGS]
    news = [
        _span("2017-08-25", "2017-09-08", "🌀 Hurricane Harvey: our Gulf Coast refinery outage "
                                          "tracker"),
        _span("2020-03-01", "2020-03-03", "CERAWeek 2020 is cancelled: read the interviews we "
                                          "did instead"),
        _span("2020-03-09", "2020-04-08", "📉 The oil price war: every move from Riyadh and "
                                          "Moscow"),
        _span("2020-04-20", "2020-04-26", "📉 WTI below zero: what negative oil prices mean"),
    ]
    return _calendar(base, news, opec, shows)


def crudeline_style() -> PublisherStyle:
    """An American oil-and-gas trade site: a desk kicker from a pool, the short date with
    GMT turned the weekday, the long date and Central time (CST or CDT) on the opening day of
    CERAWeek 2018 (a wording per day), "By" turned the writer with the beat, a subscriber
    marker reworded for its Pro tier, the last Brent and WTI settlements with their trading
    day (a wording per trading day, WTI below zero on 20 April 2020), "Related:" and
    advertisement markers up to twice, a chart credit with data sources from a pool, the
    week's Baker Hughes rig count to each Friday, a newsletter line reworded and turned by
    CERAWeek, OTC, ADIPEC and Offshore Europe, OPEC's meetings, Hurricane Harvey, CERAWeek's
    cancellation, the price war and WTI below zero, a not-investment-advice line, the
    publisher line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="crudeline.com", site="Crudeline", base_size=250,
        subdomains=(("www.", 90), ("pro.", 10)),
        sections=("upstream", "midstream", "downstream", "lng", "offshore", "markets"),
        n_authors=14, url_path="/news/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("UPSTREAM", "MIDSTREAM", "DOWNSTREAM", "LNG", "OFFSHORE", "SHALE",
                       "OPEC+", "ENERGY TRANSITION"),
            "beat": ("Senior Oil Markets Reporter", "Permian Correspondent", "LNG Editor",
                     "Houston Bureau Chief", "Offshore Editor", "Refining Reporter"),
            "data": ("EIA", "Baker Hughes", "CME Group", "ICE", "IEA Oil Market Report",
                     "Crudeline Analytics"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.92, *_by_day(_cl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (CL_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("pro", HEADER, 0.12, (_OLD, "Subscriber exclusive"),
               (CL_PRO.isoformat(), "🔒 Crudeline Pro · Analysis for subscribers")),
            _f("market", HEADER, 0.3, *_by_day(_cl_market)),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("chart", MIDDLE, 0.2, (_OLD, "Chart: Crudeline | Data: {data_list}")),
            _f("rigs", FOOTER, 0.15, *_by_day(_cl_rigs)),
            _f("notice", FOOTER, 0.3, *_cl_notice()),
            _f("advice", FOOTER, 0.2, (_OLD, "Prices and assessments are for information "
                                             "only and are not investment advice.")),
            _f("publisher", FOOTER, 0.35, (_OLD, "Crudeline is published by Crudeline Media "
                                                 "LLC, 1200 Smith Street, Suite 1600, "
                                                 "Houston, TX 77002.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Crudeline Media LLC. All rights "
                                                "reserved. Redistribution is prohibited.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misstated the field's peak "
                                                  "output.")),
        ),
    )


# --- a German energy-industry trade site --------------------------------------------------

EA_REDESIGN = dt.date(2018, 2, 6)  # relaunched on the opening day of E-world 2018
EA_NEWSLETTER = dt.date(2019, 3, 1)
EA_PLUS = dt.date(2017, 1, 10)
EEG_UMLAGE = {2014: "6,240", 2015: "6,170", 2016: "6,354", 2017: "6,880", 2018: "6,792",
              2019: "6,405", 2020: "6,756", 2021: "6,500"}  # ct/kWh, set each 15 October
E_WORLD = (("2015-02-10", "2015-02-12"), ("2016-02-16", "2016-02-18"),
           ("2017-02-07", "2017-02-09"), ("2018-02-06", "2018-02-08"),
           ("2019-02-05", "2019-02-07"), ("2020-02-11", "2020-02-13"))
EUA = (("2015-01-01", 7.2), ("2015-08-01", 8.3), ("2016-02-15", 5.1), ("2016-12-31", 6.5),
       ("2017-06-01", 5.0), ("2017-12-31", 8.2), ("2018-09-10", 25.0), ("2018-12-31", 24.5),
       ("2019-07-22", 29.0), ("2019-12-31", 24.9), ("2020-03-20", 15.5), ("2020-07-15", 30.0),
       ("2020-12-31", 33.5), ("2021-01-11", 34.0))


def eua(friday: dt.date) -> float:
    return round(path(friday, EUA) * (1 + 0.035 * noise(friday, "eua")), 2)


def _ea_dated(day: dt.date) -> str:
    if day < EA_REDESIGN:
        return f"Veröffentlicht am {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}, "
            f"{{time}} Uhr · Lesezeit {{read_min}} Min.")


def _ea_co2(day: dt.date) -> str:
    friday = on_or_before(day, 4)
    now, before = eua(friday), eua(friday - 7 * DAY)
    change = comma((now / before - 1) * 100, 1)
    sign = "+" if now >= before else ""
    return (f"CO₂-Preis (EUA, Dezember-Kontrakt): {comma(now)} €/t zum Wochenschluss am "
            f"{friday.day:02d}.{friday.month:02d}. ({sign}{change} % zur Vorwoche)")


def _ea_umlage(year: str) -> str:
    y = int(year)
    return f"EEG-Umlage {y}: {EEG_UMLAGE[y]} ct/kWh (Vorjahr: {EEG_UMLAGE[y - 1]} ct/kWh)"


@cache
def _ea_hinweis() -> Wordings:
    base = _steps((_OLD, "Den Newsletter von Energiemarkt Aktuell kostenlos abonnieren"),
                  (EA_NEWSLETTER.isoformat(), "📧 Der Morgenbrief: jeden Werktag um 6 Uhr die "
                                              "wichtigsten Energiethemen – jetzt kostenlos "
                                              "abonnieren"))
    messe = [_span(first, last, f"E-world {first[:4]} in Essen: Besuchen Sie uns in Halle 3")
             for first, last in E_WORLD]
    umlage = [(dt.date(y, 10, 15), dt.date(y, 10, 22), f"EEG-Umlage {y + 1}: alle Zahlen und "
                                                       f"Reaktionen") for y in YEARS]
    politik = [
        _span("2015-06-26", "2015-07-03", "Grafenrheinfeld geht vom Netz: das Ende eines "
                                          "Kernkraftwerks"),
        _span("2019-01-26", "2019-02-03", "Kohlekommission: Ausstieg bis spätestens 2038 – "
                                          "alle Ergebnisse"),
        _span("2019-12-30", "2020-01-05", "Philippsburg 2 abgeschaltet: noch sechs Kernkraftwerke "
                                          "am Netz"),
        _span("2020-03-16", "2020-05-31", "Corona und die Energiewirtschaft: unser "
                                          "Live-Ticker"),
        _span("2020-07-03", "2020-07-10", "Kohleausstiegsgesetz beschlossen: was jetzt auf "
                                          "Kraftwerksbetreiber zukommt"),
    ]
    return _calendar(base, politik, umlage, messe)


def energiemarkt_style() -> PublisherStyle:
    """A German energy-industry trade site: a section from a pool, "Veröffentlicht am" with
    the numeric date turned the weekday, the long date, the time and the reading time on the
    opening day of E-world 2018 (a wording per day), "Von" turned "Autor:", a paywall marker
    reworded, the week's European carbon price to each Friday with its change, "Anzeige" up
    to twice and "Lesen Sie auch:" mid-body, a chart credit with sources from a pool, the
    year's renewables levy beside last year's (changing each January), a newsletter line
    reworded and turned by E-world, each October's levy announcement, Grafenrheinfeld's and
    Philippsburg's closures, the coal commission, the pandemic and the coal-exit law, the
    imprint and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="energiemarkt-aktuell.de", site="Energiemarkt Aktuell", base_size=220,
        subdomains=(("www.", 100),),
        sections=("strom", "gas", "erneuerbare", "netze", "handel", "politik"),
        n_authors=9, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrik": ("Strom", "Gas", "Erneuerbare", "Netze", "Handel", "Politik", "Wärme"),
            "quelle": ("Bundesnetzagentur", "EEX", "AG Energiebilanzen", "BDEW",
                       "Fraunhofer ISE"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.88, *_by_day(_ea_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Von {author}"),
               (EA_REDESIGN.isoformat(), "Autor: {author}")),
            _f("plus", HEADER, 0.15, (_OLD, "EA+ Artikel"),
               (EA_PLUS.isoformat(), "🔒 EA+ · Exklusiv für Abonnenten")),
            _f("carbon", HEADER, 0.25, *_by_day(_ea_co2)),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("grafik", MIDDLE, 0.15, (_OLD, "Grafik: Energiemarkt Aktuell | Quelle: "
                                              "{quelle_list}")),
            _f("umlage", FOOTER, 0.15, *from_table(
                tuple((f"{y}-01-01", str(y)) for y in range(2015, 2022)), _ea_umlage)),
            _f("hinweis", FOOTER, 0.3, *_ea_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "Energiemarkt Aktuell ist ein Angebot der "
                                                 "Brückner & Lenz Fachverlag GmbH, Essen.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Brückner & Lenz Fachverlag GmbH – "
                                                "Nachdruck nur mit Genehmigung")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version war die "
                                                 "installierte Leistung falsch angegeben.")),
        ),
    )


# --- a Spanish renewables news site -------------------------------------------------------

RH_REDESIGN = dt.date(2019, 2, 26)  # relaunched on the opening day of Genera 2019
RH_NEWSLETTER = dt.date(2017, 5, 2)
RH_SUN_TAX_GONE = dt.date(2018, 10, 6)  # the day after Real Decreto-ley 15/2018
RH_RD244 = dt.date(2019, 4, 6)  # the day after Real Decreto 244/2019
GENERA = (("2015-02-24", "2015-02-27"), ("2016-03-01", "2016-03-04"),
          ("2017-02-28", "2017-03-03"), ("2018-02-27", "2018-03-02"),
          ("2019-02-26", "2019-03-01"), ("2020-03-03", "2020-03-06"))
SUBASTAS = ("2016-01-14", "2017-05-17", "2017-07-26")
OMIE = (("2015-01-01", 51.0), ("2015-07-15", 59.5), ("2015-12-31", 52.0),
        ("2016-02-20", 27.0), ("2016-04-15", 24.0), ("2016-12-15", 60.0),
        ("2017-01-20", 76.0), ("2017-05-01", 47.0), ("2017-12-31", 57.0),
        ("2018-03-15", 40.0), ("2018-09-20", 71.0), ("2018-12-31", 62.0),
        ("2019-06-01", 47.0), ("2019-12-31", 38.0), ("2020-04-15", 17.5),
        ("2020-09-15", 41.0), ("2020-12-31", 42.0), ("2021-01-11", 60.0))


def omie(day: dt.date) -> float:
    """The made-up day-ahead average price of `day` (a weekend dip, a wiggle)."""
    weekend = 0.85 if day.weekday() >= 5 else 1.0
    return round(path(day, OMIE) * weekend * (1 + 0.12 * noise(day, "omie")), 2)


def _rh_dated(day: dt.date) -> str:
    if day < RH_REDESIGN:
        return f"{day.day} {MESES[day.month - 1]}, {day.year}"
    return (f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} · {{time}} h")


def _rh_omie(day: dt.date) -> str:
    return (f"Precio medio del mercado diario (OMIE) para el {DIAS[day.weekday()]} {day.day} "
            f"de {MESES[day.month - 1]}: {comma(omie(day))} €/MWh")


@cache
def _rh_boletin() -> Wordings:
    base = _steps((_OLD, "Suscríbete gratis a nuestro boletín diario"),
                  (RH_NEWSLETTER.isoformat(), "📩 Recibe cada mañana el boletín de Renovables "
                                              "Hoy: gratis y sin spam"))
    genera = [_span(first, last, f"Genera {first[:4]}: toda la actualidad de la feria desde "
                                 f"IFEMA")
              for first, last in GENERA]
    subastas = [(iso_day(day, -5), iso_day(day, 2), f"Subasta de renovables del "
                                                    f"{iso_day(day).day} de "
                                                    f"{MESES[iso_day(day).month - 1]}: "
                                                    f"resultados en directo")
                for day in SUBASTAS]
    otros = [
        _span("2019-12-02", "2019-12-13", "🌍 COP25 en Madrid: toda la cobertura de la cumbre "
                                          "del clima"),
        _span("2020-03-14", "2020-06-21", "Estado de alarma: así afecta a las obras y a la "
                                          "demanda eléctrica"),
    ]
    return _calendar(base, otros, subastas, genera)


def renovableshoy_style() -> PublisherStyle:
    """A Spanish renewables news site: a section from a pool, the WordPress-style date turned
    the weekday, the long date and the time on the opening day of Genera 2019 (a wording per
    day), "Por" turned "Redacción", the day's average day-ahead price on the Iberian market
    (a wording per day, a dip at weekends and in the 2020 lockdown), "Te puede interesar:"
    and "Publicidad" (up to twice) mid-body, a photo credit from a pool, a self-consumption
    line reworded when the "sun tax" went in 2018 and again in April 2019, a newsletter line
    reworded and turned by Genera, the renewables auctions, COP25 and the state of alarm, a
    provisional-prices line, an opinions line and the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="renovableshoy.es", site="Renovables Hoy", base_size=195,
        subdomains=(("www.", 100),),
        sections=("fotovoltaica", "eolica", "autoconsumo", "almacenamiento", "mercados"),
        n_authors=7, url_path="/{section}/{slug}/",
        pools={
            "seccion": ("Fotovoltaica", "Eólica", "Autoconsumo", "Almacenamiento", "Hidrógeno",
                        "Mercados", "Política energética"),
            "foto": ("Renovables Hoy", "Iberdrola", "Acciona Energía", "Siemens Gamesa",
                     "Shutterstock"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.88, *_by_day(_rh_dated)),
            _f("firma", HEADER, 0.6, (_OLD, "Por {author}"),
               (RH_REDESIGN.isoformat(), "Redacción · {author}")),
            _f("omie", HEADER, 0.25, *_daily(_rh_omie)),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("autoconsumo", FOOTER, 0.12,
               (_OLD, "Autoconsumo: el cargo por la energía autoconsumida, el llamado "
                      "«impuesto al sol», sigue en vigor."),
               (RH_SUN_TAX_GONE.isoformat(), "Autoconsumo: el Real Decreto-ley 15/2018 suprime "
                                             "el «impuesto al sol»."),
               (RH_RD244.isoformat(), "Autoconsumo: el Real Decreto 244/2019 regula el "
                                      "autoconsumo colectivo y la compensación de "
                                      "excedentes.")),
            _f("boletin", FOOTER, 0.3, *_rh_boletin()),
            _f("provisional", FOOTER, 0.2, (_OLD, "Los precios del mercado mayorista son "
                                                  "provisionales hasta su liquidación "
                                                  "definitiva.")),
            _f("opiniones", FOOTER, 0.35, (_OLD, "Renovables Hoy no se hace responsable de las "
                                                 "opiniones de sus colaboradores.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Renovables Hoy · Ediciones Solana "
                                                "S.L. · Todos los derechos reservados")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: una versión anterior atribuía "
                                               "el parque a otra promotora.")),
        ),
    )


# --- the climate desk of a British daily --------------------------------------------------

NL_REDESIGN = dt.date(2017, 10, 2)
NL_CRISIS = dt.date(2019, 5, 17)  # the day its style guide switched to "climate crisis"
COPS = ((21, "Paris", "2015-11-30", "2015-12-12"), (22, "Marrakech", "2016-11-07",
                                                    "2016-11-18"),
        (23, "Bonn", "2017-11-06", "2017-11-17"), (24, "Katowice", "2018-12-02",
                                                   "2018-12-15"),
        (25, "Madrid", "2019-12-02", "2019-12-15"))
CLIMATE_STRIKES = ("2019-03-15", "2019-05-24", "2019-09-20", "2019-11-29")
CO2_SEASON = (0.6, 1.3, 1.9, 3.1, 3.6, 3.0, 1.4, -0.7, -2.4, -2.6, -1.3, -0.2)


def co2_ppm(y: int, m: int) -> float:
    """A made-up Mauna Loa monthly mean: a rising trend and the seasonal swing."""
    months = (y - 2015) * 12 + m - 1
    return round(399.0 + 2.4 * months / 12 + CO2_SEASON[m - 1]
                 + 0.25 * noise(dt.date(y, m, 1), "co2"), 2)


def _nl_dated(day: dt.date) -> str:
    zone = "BST" if uk_summer_time(day) else "GMT"
    if day < NL_REDESIGN:
        return (f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} "
                f"{day.year} {{time}} {zone}")
    return (f"First published on {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}, {{time}} {zone}")


def _nl_co2(day: dt.date) -> str:
    y, m = month_before(day, 1 if day.day >= 5 else 2)
    return (f"Carbon dioxide in the atmosphere: {co2_ppm(y, m):.2f} ppm in {MONTHS[m - 1]} {y} "
            f"(a year earlier: {co2_ppm(y - 1, m):.2f} ppm). Data: NOAA, Mauna Loa")


def _nl_amended(day: dt.date) -> str:
    return (f"This article was amended on {day.day} {MONTHS[day.month - 1]} {day.year} to "
            f"correct a figure for emissions from aviation.")


@cache
def _nl_banner() -> Wordings:
    base = _steps((_OLD, "Sign up to Greenline, our weekly environment newsletter"),
                  (NL_CRISIS.isoformat(), "🌍 Greenline: the week's climate crisis stories in "
                                          "your inbox every Friday. Sign up free"))
    cops = [_span(first, last, f"COP{n} in {city}: our live coverage of the climate talks")
            for n, city, first, last in COPS]
    strikes = [(iso_day(day, -4), iso_day(day, 1), f"✊ Global climate strike on "
                                                   f"{WEEKDAYS[iso_day(day).weekday()]} "
                                                   f"{iso_day(day).day} "
                                                   f"{MONTHS[iso_day(day).month - 1]}: follow "
                                                   f"the day with us")
               for day in CLIMATE_STRIKES]
    news = [
        _span("2018-10-08", "2018-10-14", "The IPCC's 1.5C report: what it says and what it "
                                          "means"),
        _span("2019-04-15", "2019-04-26", "Extinction Rebellion in London: the protests day "
                                          "by day"),
        _span("2019-06-27", "2019-07-03", "Net zero by 2050 is now law: what changes"),
        _span("2020-04-01", "2020-04-07", "COP26 in Glasgow is postponed to 2021"),
    ]
    return _calendar(base, news, strikes, cops)


def northernledger_style() -> PublisherStyle:
    """The climate desk of a British daily: "Environment |" with a topic from a pool turned
    "Climate crisis |" on the day its style guide changed in May 2019, the short date with
    British summer or winter time turned "First published on" with the long date in October
    2017 (a wording per day), the writer turned the writer with the beat, the month's Mauna
    Loa carbon dioxide reading beside a year earlier (a wording per month, published on the
    5th), "More on this story:" up to twice and advertisement markers mid-body, a photo
    credit from a pool, a funding line reworded with the style change, a newsletter line
    reworded and turned by the COPs, the climate strikes, the IPCC's 1.5C report,
    Extinction Rebellion, the net-zero law and COP26's postponement, a comments line, the
    copyright line, a rare amendment line with its day (a wording per day)."""
    return PublisherStyle(
        domain="northernledger.co.uk", site="The Northern Ledger", base_size=170,
        subdomains=(("www.", 100),),
        sections=("environment", "climate-crisis", "energy", "wildlife", "pollution"),
        n_authors=6, url_path="/environment/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "topic": ("Energy", "Wildlife", "Pollution", "Oceans", "Green politics",
                      "Extreme weather", "Renewables"),
            "beat": ("Environment correspondent", "Climate correspondent", "Energy editor",
                     "Science editor", "Wildlife correspondent"),
            "photo": ("Hannah Brierley/The Northern Ledger", "PA", "Getty Images", "Reuters",
                      "Alamy", "AFP via Getty Images"),
        },
        families=(
            _f("desk", HEADER, 0.55, (_OLD, "Environment | {topic}"),
               (NL_CRISIS.isoformat(), "Climate crisis | {topic}")),
            _f("dated", HEADER, 0.9, *_by_day(_nl_dated)),
            _f("byline", HEADER, 0.75, (_OLD, "{author}"),
               (NL_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("carbon", HEADER, 0.2, *_by_day(_nl_co2)),
            _f("more", MIDDLE, 0.35, (_OLD, "More on this story: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement")),
            _f("photo", MIDDLE, 0.4, (_OLD, "Photograph: {photo}")),
            _f("funding", FOOTER, 0.3,
               (_OLD, "The Northern Ledger's environment coverage is supported by the Pennine "
                      "Trust. Our journalism remains editorially independent."),
               (NL_CRISIS.isoformat(), "Our climate crisis reporting is funded in part by the "
                                       "Pennine Trust and by readers like you. Editorial "
                                       "decisions are ours alone.")),
            _f("banner", FOOTER, 0.3, *_nl_banner()),
            _f("comments", FOOTER, 0.2, (_OLD, "Comments on this article are open for 72 hours "
                                               "and are moderated.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Northern Ledger Ltd. All rights "
                                                 "reserved.")),
            _f("amended", FOOTER, 0.04, *_daily(_nl_amended)),
        ),
    )


# --- a Norwegian petroleum news site ------------------------------------------------------

SN_REDESIGN = dt.date(2018, 8, 27)  # relaunched on the opening day of ONS 2018
SN_MORGEN = dt.date(2019, 1, 7)
ONS = (("2016-08-29", "2016-09-01"), ("2018-08-27", "2018-08-30"))
ARENDALSUKA = {2015: ("2015-08-10", "2015-08-14"), 2016: ("2016-08-14", "2016-08-19"),
               2017: ("2017-08-13", "2017-08-18"), 2018: ("2018-08-12", "2018-08-17"),
               2019: ("2019-08-11", "2019-08-16")}
TFO = (("2014-01-21", "2013: 65 utvinningstillatelser til 48 selskaper"),
       ("2015-01-20", "2014: 54 utvinningstillatelser til 43 selskaper"),
       ("2016-01-19", "2015: 56 utvinningstillatelser til 36 selskaper"),
       ("2017-01-17", "2016: 56 utvinningstillatelser til 29 selskaper"),
       ("2018-01-16", "2017: 75 utvinningstillatelser til 34 selskaper"),
       ("2019-01-15", "2018: 83 utvinningstillatelser til 33 selskaper"),
       ("2020-01-14", "2019: 69 utvinningstillatelser til 28 selskaper"))


def _sn_dated(day: dt.date) -> str:
    if day < SN_REDESIGN:
        return f"Publisert {day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"Publisert {UKEDAGER[day.weekday()]} {day.day}. {MANEDER[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def _sn_brent(day: dt.date) -> str:
    s = last_settlement(day)
    return f"Brent: {comma(brent(s))} dollar fatet ved stengetid {UKEDAGER[s.weekday()]}"


@cache
def _sn_tips() -> Wordings:
    base = _steps((_OLD, "Abonner på Sokkelnytts nyhetsbrev – gratis hver morgen"),
                  (SN_MORGEN.isoformat(), "📬 Sokkelnytt Morgen: nyhetsbrevet hele bransjen "
                                          "leser før klokka sju. Meld deg på gratis"))
    ons = [_span(first, last, f"ONS {first[:4]} i Stavanger: følg messa med Sokkelnytt")
           for first, last in ONS]
    arendal = [_span(first, last, f"Arendalsuka {y}: alle energidebattene samlet")
               for y, (first, last) in ARENDALSUKA.items()]
    news = [
        _span("2019-10-05", "2019-10-11", "Johan Sverdrup er i produksjon: alt om "
                                          "kjempefeltet"),
        _span("2020-03-12", "2020-04-28", "Koronakrisen i oljebransjen: følg saken"),
        _span("2020-04-29", "2020-06-12", "Krisepakken for oljenæringen: slik blir "
                                          "skatteendringene"),
        _span("2020-08-24", "2020-08-27", "ONS 2020 er avlyst: les intervjuene fra vår "
                                          "digitale ONS-uke"),
    ]
    return _calendar(base, news, ons, arendal)


def sokkelnytt_style() -> PublisherStyle:
    """A Norwegian petroleum news site: a section from a pool, "Publisert" with the numeric
    date turned the weekday, the long date and "kl." on the opening day of ONS 2018 (a
    wording per day), "Av" turned "Tekst:", the last Brent settlement with its weekday (a
    wording per trading day), "Les også:" and "ANNONSE" (up to twice) mid-body, the sources
    from a pool, the last licensing round's awards (changing each January), a newsletter
    line reworded and turned by ONS, Arendalsuka, Johan Sverdrup's start, the pandemic, the
    tax package and the cancelled ONS 2020, a tips line, the editors' line, the press-ethics
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="sokkelnytt.no", site="Sokkelnytt", base_size=150,
        subdomains=(("www.", 100),),
        sections=("olje-og-gass", "leverandor", "havvind", "politikk", "sikkerhet"),
        n_authors=6, url_path="/{section}/{slug}/{n}",
        pools={
            "seksjon": ("Olje og gass", "Leverandør", "Havvind", "Politikk", "Sikkerhet",
                        "Marked"),
            "kilde": ("NTB", "Oljedirektoratet", "Reuters", "Norsk olje og gass",
                      "Sokkelnytt"),
        },
        families=(
            _f("seksjon", HEADER, 0.45, (_OLD, "{seksjon}")),
            _f("dato", HEADER, 0.88, *_by_day(_sn_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "Av {author}"),
               (SN_REDESIGN.isoformat(), "Tekst: {author}")),
            _f("brent", HEADER, 0.25, *_by_day(_sn_brent)),
            _f("les", MIDDLE, 0.35, (_OLD, "Les også: {other_title}")),
            _f("annonse", MIDDLE, 0.3, (_OLD, "ANNONSE"), count=2),
            _f("kilde", MIDDLE, 0.2, (_OLD, "Kilde: {kilde_list}")),
            _f("tfo", FOOTER, 0.12, *from_table(TFO, lambda v: f"Fakta: Tildeling i "
                                                               f"forhåndsdefinerte områder "
                                                               f"(TFO) {v}.")),
            _f("nyhetsbrev", FOOTER, 0.25, *_sn_tips()),
            _f("tips", FOOTER, 0.3, (_OLD, "Har du tips? Send en e-post til tips@sokkelnytt.no "
                                           "eller ring 51 55 20 10.")),
            _f("redaktor", FOOTER, 0.3, (_OLD, "Ansvarlig redaktør: Kari Nesheim · "
                                               "Nyhetsredaktør: Ola Tangen")),
            _f("presse", FOOTER, 0.3, (_OLD, "Sokkelnytt følger Vær Varsom-plakaten. Klager på "
                                             "innhold kan rettes til Pressens Faglige "
                                             "Utvalg.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Sokkelnytt AS. Innholdet er beskyttet "
                                                 "etter åndsverkloven.")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: I en tidligere versjon av saken var "
                                                "feltets reserver oppgitt feil.")),
        ),
    )


# --- a Gulf oil and gas news site (in Arabic) ---------------------------------------------

NK_DIGITS = dt.date(2017, 11, 13)  # Arabic-Indic digits from the opening day of ADIPEC 2017
NK_TELEGRAM = dt.date(2018, 5, 1)
UAE_PRICES = dt.date(2015, 8, 1)  # the Emirates' fuel prices follow the market from August 2015
RAMADAN = {2015: ("2015-06-18", "2015-07-17", 1436), 2016: ("2016-06-06", "2016-07-06", 1437),
           2017: ("2017-05-27", "2017-06-25", 1438), 2018: ("2018-05-17", "2018-06-15", 1439),
           2019: ("2019-05-06", "2019-06-04", 1440), 2020: ("2020-04-24", "2020-05-24", 1441)}


def uae_fuel(y: int, m: int) -> tuple[str, str]:
    """Made-up Super 98 and diesel prices (dirhams a litre) for month `m` of `y`, set from the
    previous month's average Brent."""
    py, pm = month_before(dt.date(y, m, 1))
    level = path(dt.date(py, pm, 15), BRENT)
    return f"{1.05 + 0.0215 * level:.2f}", f"{1.2 + 0.0225 * level:.2f}"


def _nk_dated(day: dt.date) -> str:
    if day < NK_DIGITS:
        return f"{day.day} {SHUHUR[day.month - 1]} {day.year}"
    return (f"{AYYAM[day.weekday()]} {arabic_digits(day.day)} {SHUHUR[day.month - 1]} "
            f"{arabic_digits(day.year)}")


def _nk_barmil(day: dt.date) -> str:
    s = last_settlement(day)
    return (f"خام برنت: {arabic_digits(f'{brent(s):.2f}')} دولار للبرميل عند التسوية يوم "
            f"{AYYAM[s.weekday()]}")


def _nk_wuqud(day: dt.date) -> str:
    if day < UAE_PRICES:
        return "أسعار الوقود في الإمارات: سوبر ٩٨ بسعر ١٫٧٢ درهم للتر"
    super98, diesel = uae_fuel(day.year, day.month)
    return (f"أسعار الوقود في الإمارات لشهر {SHUHUR[day.month - 1]}: سوبر ٩٨ "
            f"{arabic_digits(super98)} درهم للتر، الديزل {arabic_digits(diesel)} درهم للتر")


@cache
def _nk_tanbih() -> Wordings:
    base = _steps((_OLD, "تابعوا نفط الخليج على تويتر"),
                  (NK_TELEGRAM.isoformat(), "📲 انضموا إلى قناة نفط الخليج على تيليغرام "
                                            "لمتابعة أسعار النفط لحظة بلحظة"))
    opec = [(iso_day(day, -2), iso_day(day, 2), "اجتماع أوبك في فيينا: تغطية مباشرة")
            for day in OPEC_MEETINGS]
    adipec = [_span(first, last, f"أديبك {arabic_digits(y)}: تغطية خاصة من أبوظبي")
              for y, (first, last) in ADIPEC.items()]
    ramadan = [(iso_day(first, -2), iso_day(eid), f"رمضان كريم {arabic_digits(hijri)} هـ")
               for first, eid, hijri in RAMADAN.values()]
    war = [_span("2020-03-09", "2020-04-08", "حرب أسعار النفط: تابعوا التطورات أولاً بأول")]
    return _calendar(base, war, opec, adipec, ramadan)


def naftalkhaleej_style() -> PublisherStyle:
    """A Gulf oil and gas news site, in Arabic: a breadcrumb with the section from a pool,
    the date in Western digits turned the weekday and Arabic-Indic digits on the opening day
    of ADIPEC 2017 (a wording per day), a city dateline with the site's name, the last Brent
    settlement with its weekday in Arabic-Indic digits (a wording per trading day), "اقرأ
    أيضاً:" and "إعلان" (up to twice) mid-body, the sources from a pool, the Emirates' fuel
    prices (fixed, then a wording per month from August 2015), a Twitter line turned a
    Telegram appeal and turned by the price war, OPEC's meetings, ADIPEC and Ramadan with
    its Hijri year, a not-investment-advice line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="naftalkhaleej.com", site="نفط الخليج", base_size=130,
        subdomains=(("www.", 100),),
        sections=("oil", "gas", "opec", "renewables", "markets"),
        n_authors=5, url_path="/ar/{section}/{n}",
        pools={
            "qism": ("نفط", "غاز", "أوبك", "طاقة متجددة", "أسواق", "بتروكيماويات"),
            "madina": ("أبوظبي", "الرياض", "دبي", "الكويت", "الدوحة", "مسقط"),
            "masdar": ("رويترز", "وام", "واس", "أوبك", "بلومبرغ"),
        },
        families=(
            _f("qism", HEADER, 0.45, (_OLD, "الرئيسية › {qism}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_nk_dated)),
            _f("madina", HEADER, 0.5, (_OLD, "{madina} - نفط الخليج")),
            _f("barmil", HEADER, 0.3, *_by_day(_nk_barmil)),
            _f("iqra", MIDDLE, 0.35, (_OLD, "اقرأ أيضاً: {other_title}")),
            _f("ilan", MIDDLE, 0.3, (_OLD, "إعلان"), count=2),
            _f("masdar", MIDDLE, 0.25, (_OLD, "المصدر: {masdar}")),
            _f("wuqud", FOOTER, 0.2, *_by_day(_nk_wuqud)),
            _f("tanbih", FOOTER, 0.3, *_nk_tanbih()),
            _f("tanwih", FOOTER, 0.2, (_OLD, "الأسعار الواردة لأغراض إعلامية فقط ولا تُعد "
                                             "توصية بالاستثمار.")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جميع الحقوق محفوظة © {year} نفط الخليج")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: ورد في نسخة سابقة من الخبر رقم إنتاج غير "
                                              "دقيق.")),
        ),
    )


# --- a Chinese power-industry portal ------------------------------------------------------

DL_REDESIGN = dt.date(2019, 6, 4)  # relaunched on the opening day of SNEC 2019
DL_APP = dt.date(2018, 3, 1)
SPRING_FESTIVAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                   2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
TWO_SESSIONS = {2015: ("2015-03-03", "2015-03-15"), 2016: ("2016-03-03", "2016-03-16"),
                2017: ("2017-03-03", "2017-03-15"), 2018: ("2018-03-03", "2018-03-20"),
                2019: ("2019-03-03", "2019-03-15"), 2020: ("2020-05-21", "2020-05-28")}
SNEC = {2015: ("2015-06-02", "2015-06-04"), 2016: ("2016-05-24", "2016-05-26"),
        2017: ("2017-04-19", "2017-04-21"), 2018: ("2018-05-28", "2018-05-30"),
        2019: ("2019-06-04", "2019-06-06"), 2020: ("2020-08-08", "2020-08-10")}
BSPI = (("2015-01-01", 520.0), ("2015-12-31", 372.0), ("2016-05-01", 375.0),
        ("2016-11-15", 607.0), ("2017-03-01", 590.0), ("2017-06-30", 580.0),
        ("2018-06-30", 575.0), ("2018-12-31", 571.0), ("2019-12-31", 551.0),
        ("2020-05-15", 530.0), ("2020-09-01", 550.0), ("2021-01-11", 590.0))


def bspi(wednesday: dt.date) -> int:
    """The made-up Bohai-Rim thermal coal index of the week (yuan a tonne)."""
    return int(round(path(wednesday, BSPI) + 3 * noise(wednesday, "bspi")))


def _dl_meta(day: dt.date) -> str:
    if day < DL_REDESIGN:
        return f"{day.year}-{day.month:02d}-{day.day:02d} {{time}}　来源：{{laiyuan}}"
    return (f"{day.year}年{day.month:02d}月{day.day:02d}日 {{time}} 星期{XINGQI[day.weekday()]}"
            f"　来源：{{laiyuan}}")


def _dl_coal(day: dt.date) -> str:
    wednesday = on_or_before(day, 2)
    now, before = bspi(wednesday), bspi(wednesday - 7 * DAY)
    move = "持平" if now == before else (f"上涨{now - before}元/吨" if now > before
                                        else f"下跌{before - now}元/吨")
    return (f"环渤海动力煤价格指数（5500大卡）：{now}元/吨（{wednesday.month}月{wednesday.day}"
            f"日），环比{move}")


@cache
def _dl_gonggao() -> Wordings:
    base = _steps((_OLD, "扫描二维码，关注电力观察网微信公众号"),
                  (DL_APP.isoformat(), "下载电力观察网APP，随时随地掌握电力行业资讯"))
    chunjie = [(iso_day(day, -5), iso_day(day, 7), f"{y}年春节快乐！电力观察网祝您新春吉祥")
               for y, day in SPRING_FESTIVAL.items()]
    lianghui = [_span(first, last, f"聚焦{y}年全国两会：能源电力热点一网打尽")
                for y, (first, last) in TWO_SESSIONS.items()]
    snec = [_span(first, last, f"SNEC {y}上海光伏展：现场直击")
            for y, (first, last) in SNEC.items()]
    news = [
        _span("2017-12-19", "2017-12-25", "全国碳排放权交易体系正式启动：发电行业率先纳入"),
        _span("2020-02-03", "2020-03-31", "抗击疫情，电力保供在行动"),
    ]
    return _calendar(base, news, chunjie, lianghui, snec)


def dianliguancha_style() -> PublisherStyle:
    """A Chinese power-industry portal: a breadcrumb with the section from a pool, the ISO
    date with the time and the source from a pool turned the Chinese long date with the
    weekday on the opening day of SNEC 2019 (a wording per day), the author, "原标题:" with
    the article's own title, the week's Bohai-Rim thermal-coal index each Wednesday with its
    change, "相关阅读:" and "广告" (up to twice) mid-body, an image credit from a pool, the
    responsible editor, a disclaimer, a WeChat line turned an app appeal and turned by the
    Spring Festival, the Two Sessions (in May in 2020), SNEC, the national carbon market's
    launch and the epidemic, the copyright line with the ICP number, a rare correction."""
    return PublisherStyle(
        domain="dianliguancha.cn", site="电力观察网", base_size=110,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("huodian", "xinnengyuan", "dianwang", "hedian", "chuneng", "shichang"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "lanmu": ("火电", "新能源", "电网", "核电", "储能", "电力市场", "政策"),
            "laiyuan": ("电力观察网", "中国电力报", "国家能源局", "新华社", "中国能源报"),
            "tuyuan": ("视觉中国", "国家电网", "电力观察网", "东方IC"),
        },
        families=(
            _f("weizhi", HEADER, 0.5, (_OLD, "当前位置：首页 > {lanmu}")),
            _f("meta", HEADER, 0.85, *_by_day(_dl_meta)),
            _f("zuozhe", HEADER, 0.4, (_OLD, "作者：{author}")),
            _f("yuanbiaoti", HEADER, 0.15, (_OLD, "原标题：{title}")),
            _f("meizhi", HEADER, 0.2, *_by_day(_dl_coal)),
            _f("xiangguan", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}")),
            _f("guanggao", MIDDLE, 0.3, (_OLD, "广告"), count=2),
            _f("tupian", MIDDLE, 0.15, (_OLD, "图片来源：{tuyuan}")),
            _f("bianji", FOOTER, 0.55, (_OLD, "（责任编辑：{author2}）")),
            _f("mianze", FOOTER, 0.4, (_OLD, "免责声明：本网转载内容出于传递更多信息之目的，不代表"
                                             "本网观点。如涉及版权问题，请联系本网删除。")),
            _f("gonggao", FOOTER, 0.3, *_dl_gonggao()),
            _f("banquan", FOOTER, 0.35, (_OLD, "版权所有 © 2013-{year} 电力观察网　"
                                               "京ICP备13027514号")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文此前版本中的装机容量数据有误，现已"
                                                 "更正。")),
        ),
    )


# --- a Brazilian power-sector news site ---------------------------------------------------

EP_REDESIGN = dt.date(2017, 3, 1)
EP_WHATSAPP = dt.date(2018, 6, 1)
# Brazil's tariff flag month by month: V green, A yellow, R red (one level, to January 2016),
# 1 and 2 the two red levels.
FLAGS = {2015: "RRRRRRRRRRRR", 2016: "R1AVVVVVVVAV",
         2017: "VVAV1VVAA221", 2018: "VVVVA22222AV", 2019: "VVVVAVA11A1A",
         2020: "VVVVVVVVVVV2", 2021: "AAAA12222222"}
FLAG_COSTS = (("2015-01-01", {"A": "2,50", "R": "3,00"}),
              ("2015-03-02", {"A": "2,50", "R": "5,50"}),
              ("2015-09-01", {"A": "2,50", "R": "4,50"}),
              ("2016-02-01", {"A": "1,50", "1": "3,00", "2": "4,50"}),
              ("2017-11-01", {"A": "1,00", "1": "3,00", "2": "5,00"}),
              ("2019-07-01", {"A": "1,343", "1": "4,169", "2": "6,243"}))
FLAG_NAMES = {"V": "verde", "A": "amarela", "R": "vermelha", "1": "vermelha patamar 1",
              "2": "vermelha patamar 2"}
DST_START = {2014: "2014-10-19", 2015: "2015-10-18", 2016: "2016-10-16", 2017: "2017-10-15",
             2018: "2018-11-04"}
DST_END = {2015: "2015-02-22", 2016: "2016-02-21", 2017: "2017-02-19", 2018: "2018-02-18",
           2019: "2019-02-17"}
LEILOES = (("2017-12-18", "A-4"), ("2017-12-20", "A-6"), ("2018-04-04", "A-4"),
           ("2018-08-31", "A-6"), ("2019-06-28", "A-4"), ("2019-10-18", "A-6"))


def flag_on(day: dt.date) -> str:
    return FLAGS[day.year][day.month - 1]


def _ep_dated(day: dt.date) -> str:
    if day < EP_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{day.day} de {MESES_PT[day.month - 1]} de {day.year} | Atualizado às {{time}}"


def _ep_bandeira(day: dt.date) -> str:
    flag = flag_on(day)
    label = f"Bandeira tarifária de {MESES_PT[day.month - 1]} de {day.year}: {FLAG_NAMES[flag]}"
    if flag == "V":
        return f"{label} (sem cobrança extra)"
    cost = [costs for start, costs in FLAG_COSTS if start <= day.isoformat()][-1][flag]
    return f"{label} (R$ {cost} a cada 100 kWh consumidos)"


@cache
def _ep_aviso() -> Wordings:
    base = _steps((_OLD, "Receba as notícias do Energia em Pauta no seu e-mail"),
                  (EP_WHATSAPP.isoformat(), "📲 Receba as notícias do setor elétrico no "
                                            "WhatsApp: clique e participe"))
    verao: list[Event] = []
    for day in DST_START.values():
        if iso_day(day) >= FIRST_DAY:
            verao.append((iso_day(day, -4), iso_day(day, 1), "Horário de verão começa neste "
                                                             "domingo: adiante o relógio em "
                                                             "uma hora"))
    for day in DST_END.values():
        verao.append((iso_day(day, -4), iso_day(day, 1), "Fim do horário de verão neste "
                                                         "domingo: atrase o relógio em uma "
                                                         "hora"))
    verao.sort()
    leiloes = [(iso_day(day, -3), iso_day(day, 1), f"Leilão {kind} de energia nova: "
                                                   f"acompanhe o resultado ao vivo")
               for day, kind in LEILOES]
    news = [
        _span("2019-04-25", "2019-05-01", "Acabou o horário de verão: decreto extingue a "
                                          "mudança de hora"),
        _span("2020-03-24", "2020-07-31", "Pandemia: ANEEL suspende cortes de energia de "
                                          "consumidores residenciais"),
        _span("2020-11-04", "2020-11-24", "Apagão no Amapá: acompanhe a cobertura"),
    ]
    return _calendar(base, news, leiloes, verao)


def energiaempauta_style() -> PublisherStyle:
    """A Brazilian power-sector news site: a section from a pool, "Publicado em" with the
    numeric date turned the long date and "Atualizado às" on 1 March 2017 (a wording per
    day), "Por" with the city from a pool, the month's tariff flag with its surcharge per
    100 kWh (a wording per month, the surcharges changing in 2015, 2016, 2017 and 2019),
    "Leia também:" and "PUBLICIDADE" (up to twice) mid-body, a photo credit from a pool, an
    email line turned a WhatsApp appeal and turned by daylight saving time's starts and ends
    and its abolition, the energy auctions, the pandemic and the Amapá blackout, the
    reproduction line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="energiaempauta.com.br", site="Energia em Pauta", base_size=90,
        subdomains=(("www.", 100),),
        sections=("geracao", "transmissao", "distribuicao", "renovaveis", "regulacao"),
        n_authors=5, url_path="/noticias/{section}/{slug}",
        pools={
            "editoria": ("Geração", "Transmissão", "Distribuição", "Renováveis",
                         "Petróleo e Gás", "Regulação", "Leilões"),
            "cidade": ("Rio de Janeiro", "São Paulo", "Brasília"),
            "foto": ("Agência Brasil", "Divulgação/ANEEL", "Petrobras/Divulgação",
                     "Energia em Pauta"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_ep_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}, de {cidade}")),
            _f("bandeira", HEADER, 0.25, *_by_day(_ep_bandeira)),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "PUBLICIDADE"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("aviso", FOOTER, 0.25, *_ep_aviso()),
            _f("reproducao", FOOTER, 0.3, (_OLD, "É proibida a reprodução total ou parcial "
                                                 "deste conteúdo sem autorização.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Energia em Pauta Comunicação Ltda. "
                                                 "Todos os direitos reservados.")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: a versão anterior desta reportagem "
                                                "informava a potência errada da usina.")),
        ),
    )


# --- a British wetland conservation charity's news pages ----------------------------------

FM_GDPR = dt.date(2018, 5, 25)  # relaunched, and its consent line reworded, on GDPR day
FM_MEMBERSHIP = (("2014-04-01", "£3"), ("2019-04-01", "£4"))
FM_RESERVES = (("2013-01-01", "12 nature reserves covering 4,600"),
               ("2017-03-01", "13 nature reserves covering 4,900"),
               ("2019-09-01", "14 nature reserves covering 5,200"))


def _fm_embargo(day: dt.date) -> str:
    zone = "BST" if uk_summer_time(day) else "GMT"
    return (f"EMBARGOED UNTIL 00:01 {zone}, {WEEKDAYS[day.weekday()].upper()} {day.day} "
            f"{MONTHS[day.month - 1].upper()} {day.year}")


@cache
def _fm_appeal() -> Wordings:
    base = _steps((_OLD, "Help protect wetland wildlife: donate today"))
    nesting = _yearly("03-01", 0, 152, lambda y: "🐣 Nesting season: please keep dogs on a "
                                                 "lead on all our reserves until 31 July")
    wetlands = _yearly("02-02", 5, 1, lambda y: f"World Wetlands Day {y}: give £5 to restore a "
                                                f"square metre of fen")
    christmas = _yearly("12-01", 0, 23, lambda y: f"🎄 Christmas {y}: give a wild gift – adopt "
                                                  f"a bittern")
    covid = [
        _span("2020-03-23", "2020-06-30", "Our reserves and visitor centres are closed until "
                                          "further notice. Please stay at home."),
        _span("2020-07-01", "2020-10-31", "Our reserves are open again; hides and cafés stay "
                                          "closed for now."),
    ]
    return _calendar(base, covid, christmas, wetlands, nesting)


def fenandmarsh_style() -> PublisherStyle:
    """A British wetland conservation charity's news pages: "Posted on" with the long date
    turned "News ·" with the short date on GDPR day (a wording per day), an embargo line in
    capitals with British summer or winter time (a wording per day, in some releases), the
    writer with the role from a pool, an image credit from a pool, a donation appeal turned by World
    Wetlands Day, each spring's nesting season, the Christmas appeal and the pandemic's
    closures, the membership price (raised in 2019), a Gift Aid line, a newsletter line
    reworded for consent on GDPR day, "ENDS", the notes to editors with the reserves held
    (changing in 2017 and 2019) and the media line (a block), the charity line, a rare
    update."""
    return PublisherStyle(
        domain="fenandmarsh.org.uk", site="Fen and Marsh Trust", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "reserves", "species", "campaigns"),
        n_authors=4, url_path="/news/{slug}",
        pools={
            "beat": ("Reserves Officer", "Conservation Manager", "Communications Officer",
                     "Senior Ecologist", "Volunteer Coordinator"),
            "credit": ("Marsh harrier © Jamie Penrose", "Common crane © Fen and Marsh Trust",
                       "Reedbed at dawn © Alice Okafor", "Water vole © Fen and Marsh Trust",
                       "Bittern © Tom Carver"),
        },
        families=(
            _f("posted", HEADER, 0.85, *_by_day(
                lambda day: f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
                if day < FM_GDPR else
                f"News · {day.day} {MONTHS[day.month - 1][:3]} {day.year}")),
            _f("embargo", HEADER, 0.12, *_daily(_fm_embargo)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}, {author_beat}")),
            _f("image", MIDDLE, 0.35, (_OLD, "Image: {credit}")),
            _f("appeal", FOOTER, 0.3, *_fm_appeal()),
            _f("membership", FOOTER, 0.2, *from_table(FM_MEMBERSHIP, lambda v: (
                f"Join the Trust from {v} a month and enjoy free entry to all our "
                f"reserves."))),
            _f("giftaid", FOOTER, 0.15, (_OLD, "If you are a UK taxpayer, Gift Aid lets us "
                                               "claim an extra 25p for every £1 you give.")),
            _f("newsletter", FOOTER, 0.3,
               (_OLD, "Sign up to our e-newsletter for reserve news and events."),
               (FM_GDPR.isoformat(), "We'd love to keep in touch. Tell us how you'd like to "
                                     "hear from us – you can change your mind at any "
                                     "time.")),
            _f("ends", FOOTER, 0.3, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.3, *from_table(FM_RESERVES, lambda v: (
                f"Notes to editors: the Fen and Marsh Trust cares for {v} hectares of wetland "
                f"in East Anglia."))),
            _f("media", FOOTER, 0.3, (_OLD, "Media enquiries: press office, 01632 960 418 or "
                                            "press@fenandmarsh.org.uk")),
            _f("charity", FOOTER, 0.5, (_OLD, "The Fen and Marsh Trust is a registered charity "
                                              "in England and Wales (no. 1102657) and a "
                                              "company limited by guarantee (no. "
                                              "04987121).")),
            _f("update", HEADER, 0.04, (_OLD, "Update: Sunday's guided walk is cancelled "
                                              "because the paths are flooded.")),
        ),
    )


# --- an American utility's newsroom -------------------------------------------------------

CR_REDESIGN = dt.date(2017, 9, 5)
CR_BILLS = (("2014-01-01", "$92.18"), ("2015-01-01", "$93.40"), ("2016-05-01", "$95.12"),
            ("2017-05-01", "$97.05"), ("2018-05-01", "$96.20"), ("2019-05-01", "$99.64"),
            ("2020-10-01", "$101.35"))
CR_CUSTOMERS = (("2014-01-15", "371,000 electric and 148,000"),
                ("2015-01-15", "374,000 electric and 149,000"),
                ("2016-01-15", "378,000 electric and 151,000"),
                ("2017-01-15", "382,000 electric and 153,000"),
                ("2018-01-15", "386,000 electric and 156,000"),
                ("2019-01-15", "391,000 electric and 158,000"),
                ("2020-01-15", "395,000 electric and 161,000"))


def _cr_dateline(day: dt.date) -> str:
    if day < CR_REDESIGN:
        return f"YAKIMA, Wash., {AP_MONTHS[day.month - 1]} {day.day}, {day.year} —"
    return (f"Yakima, Washington · {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} "
            f"{day.day}, {day.year}")


@cache
def _cr_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for outage alerts by text or email at "
                         "cascaderidgepower.com/alerts"))
    dig = _yearly("08-11", 7, 0, lambda y: "🚧 Call 811 before you dig: it's free, and it's "
                                           "the law")
    energy = _yearly("10-01", 0, 14, lambda y: f"Energy assistance for winter {y}–{y + 1}: "
                                               f"applications open October 1")
    storms = [
        _span("2019-02-08", "2019-02-14", "❄️ Winter storm: crews are working around the "
                                          "clock to restore power"),
        _span("2020-09-07", "2020-09-14", "🔥 Wildfire danger: Public Safety Power Shutoffs "
                                          "are possible in some areas"),
    ]
    covid = [_span("2020-03-16", "2020-12-31", "We've suspended disconnections for "
                                               "nonpayment. Call us to set up a payment "
                                               "plan.")]
    return _calendar(base, storms, covid, dig, energy)


def cascaderidge_style() -> PublisherStyle:
    """An American utility's newsroom: "NEWS RELEASE", the dateline with AP month
    abbreviations turned the weekday and the long date on 5 September 2017 (a wording per
    day), the media contact, an outage-reporting line reworded for the app, the typical
    residential bill after each rate case (five changes), an alerts line turned by 811 Day,
    each autumn's energy-assistance season, the 2019 winter storm, the 2020 wildfires'
    power shutoffs and the pandemic's suspended disconnections, the about line with the
    customers served (changing each January), the safe-harbour line and "###" (a block), a
    rare correction."""
    return PublisherStyle(
        domain="cascaderidgepower.com", site="Cascade Ridge Power", base_size=55,
        subdomains=(("www.", 70), ("newsroom.", 30)),
        sections=("news-releases", "outages", "rates", "community"),
        n_authors=3, url_path="/newsroom/{yyyy}/{slug}",
        pools={},
        families=(
            _f("release", HEADER, 0.6, (_OLD, "NEWS RELEASE")),
            _f("dateline", HEADER, 0.85, *_by_day(_cr_dateline)),
            _f("contact", HEADER, 0.4, (_OLD, "Media contact: {author}, 509-555-0163, "
                                              "media@cascaderidgepower.com")),
            _f("outage", MIDDLE, 0.2,
               (_OLD, "Report an outage at cascaderidgepower.com/outages or call "
                      "1-800-555-0142."),
               (CR_REDESIGN.isoformat(), "Report outages by texting OUT to 64055, in the "
                                         "Cascade Ridge Power app or at 1-800-555-0142.")),
            _f("bill", FOOTER, 0.2, *from_table(CR_BILLS, lambda v: (
                f"A typical residential customer using 1,000 kWh a month pays {v}."))),
            _f("notice", FOOTER, 0.3, *_cr_notice()),
            _f("about", FOOTER, 0.45, *from_table(CR_CUSTOMERS, lambda v: (
                f"About Cascade Ridge Power: we deliver electricity and natural gas to {v} "
                f"natural gas customers in central Washington and northern Oregon."))),
            _f("safe-harbor", FOOTER, 0.25, (_OLD, "This release contains forward-looking "
                                                   "statements that involve risks and "
                                                   "uncertainties; actual results may differ "
                                                   "materially. We undertake no obligation "
                                                   "to update them.")),
            _f("hashes", FOOTER, 0.55, (_OLD, "###")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the substation work starts "
                                                  "Tuesday, not Monday.")),
        ),
    )


# --- a German environmental association's press page --------------------------------------

UW_REDESIGN = dt.date(2019, 7, 29)  # relaunched on Earth Overshoot Day 2019
OVERSHOOT = {2015: "2015-08-13", 2016: "2016-08-08", 2017: "2017-08-02", 2018: "2018-08-01",
             2019: "2019-07-29", 2020: "2020-08-22"}
UW_BEITRAG = (("2012-01-01", "48 € im Jahr (ermäßigt 24 €)"),
              ("2019-01-01", "60 € im Jahr (ermäßigt 30 €)"))


def _uw_ort(day: dt.date) -> str:
    if day < UW_REDESIGN:
        return f"Oldenburg, {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Oldenburg, {day.day}. {MONATE[day.month - 1]} {day.year}"


def _uw_sperrfrist(day: dt.date) -> str:
    return (f"SPERRFRIST: {WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} "
            f"{day.year}, {{time}} Uhr")


@cache
def _uw_hinweis() -> Wordings:
    base = _steps((_OLD, "Werden Sie Mitglied: umweltforum-weser-ems.de/mitmachen"))
    overshoot = [(iso_day(day, -3), iso_day(day, 2), f"Erdüberlastungstag {y}: ab heute "
                                                     f"leben wir auf Pump")
                 for y, day in OVERSHOOT.items()]
    news = [
        _span("2019-09-14", "2019-09-20", "Klimastreik am 20. September: Wir sind dabei!"),
        _span("2020-03-16", "2020-05-10", "Unsere Geschäftsstelle ist vorübergehend nur "
                                          "telefonisch erreichbar."),
    ]
    return _calendar(base, news, overshoot)


def umweltforum_style() -> PublisherStyle:
    """A German environmental association's press page: "Pressemitteilung", an embargo line
    with the weekday, the day and the time (a wording per day, in some releases), the place
    and the numeric date turned the long date on Earth Overshoot Day 2019 (a wording per
    day), a photo-use line with the credit from a pool, a membership line turned by Earth
    Overshoot Day each year, the 2019 climate strike and the pandemic's closed office, the
    membership fee (raised in 2019), the press contact, the donations account and the
    association line (a block), a rare correction."""
    return PublisherStyle(
        domain="umweltforum-weser-ems.de", site="Umweltforum Weser-Ems", base_size=40,
        subdomains=(("www.", 100),),
        sections=("presse", "themen", "aktionen"),
        n_authors=2, url_path="/presse/{yyyy}/{slug}",
        pools={"foto": ("Umweltforum Weser-Ems", "Umweltforum Weser-Ems/J. Harms",
                        "Umweltforum Weser-Ems/B. Ocker")},
        families=(
            _f("pm", HEADER, 0.6, (_OLD, "Pressemitteilung")),
            _f("sperrfrist", HEADER, 0.2, *_daily(_uw_sperrfrist)),
            _f("ort", HEADER, 0.8, *_by_day(_uw_ort)),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto zur freien Verwendung bei Nennung der Quelle: "
                                           "{foto}")),
            _f("hinweis", FOOTER, 0.3, *_uw_hinweis()),
            _f("beitrag", FOOTER, 0.15, *from_table(UW_BEITRAG, lambda v: (
                f"Mitglied werden: ab {v}"))),
            _f("rueckfragen", FOOTER, 0.5, (_OLD, "Für Rückfragen: {author}, Pressestelle, "
                                                  "Tel. 0441 5557 310, "
                                                  "presse@umweltforum-weser-ems.de")),
            _f("spenden", FOOTER, 0.3, (_OLD, "Spendenkonto: Umweltforum Weser-Ems e. V., IBAN "
                                              "DE12 2805 0100 0012 3456 78")),
            _f("verband", FOOTER, 0.35, (_OLD, "Das Umweltforum Weser-Ems e. V. ist ein "
                                               "anerkannter Umweltverband nach dem "
                                               "Umwelt-Rechtsbehelfsgesetz.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Termin der Anhörung wurde "
                                                 "berichtigt.")),
        ),
    )


# --- a British weekly wind-energy newsletter ----------------------------------------------

TB_REDESIGN = dt.date(2018, 1, 4)
TB_FIRST_ISSUE = dt.date(2012, 1, 5)  # a Thursday
WINDEUROPE = (("2015-11-17", "2015-11-20", "EWEA 2015 in Paris"),
              ("2016-09-27", "2016-09-30", "WindEurope Summit 2016 in Hamburg"),
              ("2017-11-28", "2017-11-30", "WindEurope 2017 in Amsterdam"),
              ("2018-09-25", "2018-09-28", "WindEurope 2018 in Hamburg"),
              ("2019-04-02", "2019-04-04", "WindEurope 2019 in Copenhagen"),
              ("2020-12-01", "2020-12-03", "WindEurope Electric City 2020 (online)"))
GLOBAL_OFFSHORE = (("2015-06-16", "2015-06-17"), ("2016-06-21", "2016-06-22"),
                   ("2017-06-13", "2017-06-14"), ("2018-06-19", "2018-06-20"),
                   ("2019-06-18", "2019-06-19"))
CFD_ROUNDS = (("2015-02-26", "first"), ("2017-09-11", "second"), ("2019-09-20", "third"))


def issue_of(day: dt.date) -> tuple[int, dt.date]:
    """The newsletter's issue number and its Thursday for the week of `day`."""
    thursday = on_or_before(day, 3)
    return (thursday - TB_FIRST_ISSUE).days // 7 + 1, thursday


def wind_share(monday: dt.date) -> float:
    """The made-up wind and solar share of Britain's electricity in the week to `monday`."""
    trend = 11.0 + 3.4 * (monday.toordinal() - FIRST_DAY.toordinal()) / 365
    winter = 1.15 if monday.month in (11, 12, 1, 2, 3) else 0.9
    return round(trend * winter * (1 + 0.3 * noise(monday, "wind")), 1)


def _tb_issue(day: dt.date) -> str:
    n, thursday = issue_of(day)
    month = MONTHS[thursday.month - 1]
    if day < TB_REDESIGN:
        return f"Issue {n} · Thursday {thursday.day} {month} {thursday.year}"
    return f"The Turbine Brief #{n} | {thursday.day} {month[:3]} {thursday.year}"


def _tb_share(day: dt.date) -> str:
    monday = on_or_before(day, 0)
    sunday = monday - DAY
    return (f"Wind and solar supplied {wind_share(monday):.1f}% of Great Britain's electricity "
            f"in the week to Sunday {sunday.day} {MONTHS[sunday.month - 1]}. Data: National Grid "
            f"ESO")


@cache
def _tb_event() -> Wordings:
    base = _steps((_OLD, "Know someone who'd like the Brief? Forward it: they can sign up at "
                         "turbinebrief.com"))
    shows = [_span(first, last, f"📍 {name}: meet the Turbine Brief team on the show floor")
             for first, last, name in WINDEUROPE]
    offshore = [_span(first, last, f"Global Offshore Wind {first[:4]}: our notes from the "
                                   f"conference")
                for first, last in GLOBAL_OFFSHORE]
    rounds = [(iso_day(day), iso_day(day, 7), f"Contracts for Difference: the {name} "
                                              f"allocation round's results, project by "
                                              f"project")
              for day, name in CFD_ROUNDS]
    return _calendar(base, rounds, shows, offshore)


def turbinebrief_style() -> PublisherStyle:
    """A British weekly wind-energy newsletter: the issue number and its Thursday (a wording
    per week) turned "#" with the short date in January 2018, a sponsor line from a pool, the
    wind and solar share of Britain's electricity in the week to each Sunday (a wording per
    week, from each Monday), a data credit from a pool and "Chart of the week" mid-body, a
    forward-to-a-friend line turned by WindEurope's events, Global Offshore Wind and the
    contracts-for-difference rounds, the unsubscribe line, the postal address and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="turbinebrief.com", site="The Turbine Brief", base_size=30,
        subdomains=(("", 100),),
        sections=("issues",),
        n_authors=2, url_path="/issues/{yyyy}/{mm}/{slug}",
        pools={
            "sponsor": ("Skerryvore Cable", "Northfleet Blade Services", "Dogger Crew "
                        "Transfer", "Harland Wind Analytics"),
            "data": ("Elexon", "National Grid ESO", "BloombergNEF", "WindEurope", "IRENA",
                     "Ember"),
        },
        families=(
            _f("issue", HEADER, 0.9, *_by_day(_tb_issue)),
            _f("sponsor", HEADER, 0.4, (_OLD, "This week's Brief is sponsored by {sponsor}")),
            _f("share", HEADER, 0.3, *_by_day(_tb_share)),
            _f("data", MIDDLE, 0.3, (_OLD, "Data: {data_list}")),
            _f("chart", MIDDLE, 0.15, (_OLD, "📊 Chart of the week")),
            _f("event", FOOTER, 0.3, *_tb_event()),
            _f("unsubscribe", FOOTER, 0.7, (_OLD, "You are receiving this email because you "
                                                  "subscribed to The Turbine Brief. "
                                                  "Unsubscribe · Update preferences · View "
                                                  "in browser")),
            _f("address", FOOTER, 0.4, (_OLD, "The Turbine Brief, Unit 4, Quayside Works, "
                                              "Newcastle upon Tyne NE1 3DX")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} Turbine Brief Ltd, all "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last week's issue gave the wrong "
                                                  "capacity for an offshore project.")),
        ),
    )


def heldout130_styles() -> list[PublisherStyle]:
    """The held-back-130 styles, in the order the generator hands them to publishers."""
    return [
        crudeline_style(), energiemarkt_style(), renovableshoy_style(), northernledger_style(),
        sokkelnytt_style(), naftalkhaleej_style(), dianliguancha_style(), energiaempauta_style(),
        fenandmarsh_style(), cascaderidge_style(), umweltforum_style(), turbinebrief_style(),
    ]
