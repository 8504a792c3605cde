"""The ``held-back-129`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"prices are believed accurate" line or an advertisement marker. The publishers are the
agricultural, farming and rural press in English, Spanish, Portuguese, French, Hindi, Swahili
and Ukrainian: a British farm weekly, an American farm radio network's markets desk, a
Spanish farm news site, a Brazilian agribusiness portal, a Norman farm weekly (in French), an
Indian farm news site (in Hindi), a Ukrainian grain-market site, a Kenyan rural radio's farm
pages (in Swahili), a New Zealand dairy co-operative's supplier news, an American livestock
auction's market reports, an Argentine grain-market site and an Irish farmers' co-op's
newsletter. The families are the kinds a crawl of such sites holds: dates localised day by
day in English (with American Central daylight and standard time), Spanish (Spain's and
Argentina's), Portuguese, French, Hindi, Swahili and Ukrainian, several changing form on the
day of a redesign; price lines that turn every trading day (cash grain bids, the Paranaguá
soy price, Indore's mandi prices, the Rosario board), every week (the lamb SQQ, a Spanish
lonja's cereals, Rouen wheat, Ukrainian port wheat, Eldoret maize, a weekly cattle sale's
date, receipts and steer prices, an Irish mart) and every month (an Irish co-op's milk
price); amounts that change over the years (subscription prices, affiliate-station counts,
Spain's minimum wage, Brazil's Funrural rate, India's wheat MSP, the forecast farmgate milk
price, the supplier count, Argentina's soy export duty, a magazine's yearly subscription);
notices reworded in 2016-2020 and notices that follow the farming calendar (the Cereals,
Highland, Yorkshire and Royal Welsh shows, LAMMA, the 2018 snow and drought, BPS deadlines,
USDA's planting and acreage reports, the Farm Progress Show, the 2018 trade aid and the 2020
derecho, FIMA and the PAC application window, Agrishow, the soy-free period and the Plano
Safra, the Paris farm show, SPACE and the Telepac deadline, the Kerala monsoon onset,
PM-KISAN and the 2020 farmers' march, Ukraine's sowing and harvest, Kenya's long and short
rains and the 2020 locusts, Fieldays, moving day and M. bovis, Expoagro and Argentina's
harvest, the Ploughing, Christmas hours, the 2020 lockdowns); a dairy season's stages by day
of year, weekly sales with their special sales and Christmas break, pools (sections, breeds,
sponsors, sources, market tones, field reps), related links and advertisement markers
mid-body (some up to two times), multi-line blocks (publisher and copyright, notes and media
contacts, "– ENDS –", legal lines), bare lines and families in only 4% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
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
    iso_day,
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
_calendar, _yearly, _seasons = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.seasons
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
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MAHINE = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
MISIATSI = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
            "вересня", "жовтня", "листопада", "грудня")
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
         "Septemba", "Oktoba", "Novemba", "Desemba")
SIKU = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}|{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[4:8], "big") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """The level of a made-up price on `day`, drawn straight between `anchors` ((ISO day,
    level), ...) and flat outside them."""
    x = day.toordinal()
    points = _points(anchors)
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


@cache
def _points(anchors: tuple[tuple[str, float], ...]) -> tuple[tuple[int, float], ...]:
    return tuple((iso_day(a).toordinal(), v) for a, v in anchors)


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def last_trading_day(day: dt.date) -> dt.date:
    """The last weekday before `day`: the close a morning price line quotes."""
    day -= ONE
    while day.weekday() >= 5:
        day -= ONE
    return day


def last_business_day(y: int, m: int) -> dt.date:
    """The last weekday of month `m` of `y` (USDA's planting and acreage reports)."""
    day = dt.date(y + m // 12, m % 12 + 1, 1) - ONE
    while day.weekday() >= 5:
        day -= ONE
    return day


def central_daylight(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day`."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def grouped(number: int, sep: str) -> str:
    """`number` with its thousands grouped by `sep` (a comma, a point or a space)."""
    return f"{number:,}".replace(",", sep)


def comma(value: float, places: int = 2) -> str:
    """`value` with a decimal comma."""
    return f"{value:.{places}f}".replace(".", ",")


def listed_spans(rows: tuple[tuple[str, str, str], ...],
                 text: Callable[[str], str]) -> list[Event]:
    """Events from (first ISO day, last ISO day, name) rows; `text` is given the name."""
    return [_span(first, last, text(name)) for first, last, name in rows]


# --- a British farm weekly ----------------------------------------------------------------

FL_REDESIGN = dt.date(2017, 9, 4)
FL_DIGITAL = dt.date(2016, 10, 3)
FL_SUBS = (("2014-03-01", "£99"), ("2015-03-02", "£104"), ("2016-03-01", "£108"),
           ("2017-03-01", "£112"), ("2018-03-01", "£118"), ("2019-03-01", "£122"),
           ("2020-03-02", "£125"))
UK_SHOWS = (("2015-01-21", "2015-01-22", "LAMMA 2015"),
            ("2015-06-10", "2015-06-11", "Cereals 2015"),
            ("2015-06-18", "2015-06-21", "the Royal Highland Show"),
            ("2015-07-14", "2015-07-16", "the Great Yorkshire Show"),
            ("2015-07-20", "2015-07-23", "the Royal Welsh Show"),
            ("2016-01-20", "2016-01-21", "LAMMA 2016"),
            ("2016-06-15", "2016-06-16", "Cereals 2016"),
            ("2016-06-23", "2016-06-26", "the Royal Highland Show"),
            ("2016-07-12", "2016-07-14", "the Great Yorkshire Show"),
            ("2016-07-18", "2016-07-21", "the Royal Welsh Show"),
            ("2017-01-18", "2017-01-19", "LAMMA 2017"),
            ("2017-06-14", "2017-06-15", "Cereals 2017"),
            ("2017-06-22", "2017-06-25", "the Royal Highland Show"),
            ("2017-07-11", "2017-07-13", "the Great Yorkshire Show"),
            ("2017-07-24", "2017-07-27", "the Royal Welsh Show"),
            ("2018-01-17", "2018-01-18", "LAMMA 2018"),
            ("2018-06-13", "2018-06-14", "Cereals 2018"),
            ("2018-06-21", "2018-06-24", "the Royal Highland Show"),
            ("2018-07-10", "2018-07-12", "the Great Yorkshire Show"),
            ("2018-07-23", "2018-07-26", "the Royal Welsh Show"),
            ("2019-01-08", "2019-01-09", "LAMMA 2019"),
            ("2019-06-12", "2019-06-13", "Cereals 2019"),
            ("2019-06-20", "2019-06-23", "the Royal Highland Show"),
            ("2019-07-16", "2019-07-18", "the Great Yorkshire Show"),
            ("2019-07-22", "2019-07-25", "the Royal Welsh Show"),
            ("2020-01-07", "2020-01-08", "LAMMA 2020"))
BPS_DEADLINES = {2015: "2015-06-15", 2016: "2016-05-16", 2017: "2017-05-15",
                 2018: "2018-05-15", 2019: "2019-05-15", 2020: "2020-06-15"}
LAMB_SQQ = (("2015-01-01", 172.0), ("2015-04-20", 235.0), ("2015-09-01", 158.0),
            ("2016-04-25", 228.0), ("2016-09-05", 165.0), ("2017-04-24", 248.0),
            ("2017-09-04", 172.0), ("2018-04-23", 260.0), ("2018-09-03", 178.0),
            ("2019-04-22", 228.0), ("2019-09-02", 160.0), ("2020-04-20", 245.0),
            ("2020-09-07", 190.0), ("2021-01-10", 215.0))


def _fl_dated(day: dt.date) -> str:
    if day < FL_REDESIGN:
        return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"Updated {day.day:02d}/{day.month:02d}/{day.year} {{time}}"


def lamb_sqq(wednesday: dt.date) -> float:
    return through(wednesday, LAMB_SQQ) * (1 + 0.025 * wobble(wednesday, "sqq"))


def _fl_sqq(day: dt.date) -> str:
    wed = on_or_before(day, 2)
    now, before = lamb_sqq(wed), lamb_sqq(wed - 7 * ONE)
    return (f"Liveweight lamb SQQ: {now:.1f}p/kg in the week to {wed.day} "
            f"{MONTHS[wed.month - 1][:3]} ({now - before:+.1f}p on the week)")


@cache
def _fl_notice() -> Wordings:
    base = _steps((_OLD, "Get the Farmers Ledger in your inbox: sign up to our newsletters"),
                  (FL_DIGITAL.isoformat(), "Read every page of the Farmers Ledger on your "
                                           "phone from 5am on Thursdays: download the app"))
    weather = [
        _span("2018-02-26", "2018-03-06", "❄️ Snow and the Beast from the East: lambing, "
                                          "milk collections and feed deliveries"),
        _span("2018-07-09", "2018-08-31", "☀️ Drought 2018: forage, straw and grazing help "
                                          "in one place"),
        _span("2020-03-23", "2020-05-24", "🦠 Coronavirus: what it means for farm "
                                          "businesses, updated daily"),
    ]
    shows = listed_spans(UK_SHOWS, lambda name: f"🚜 Live from {name}: news, awards and "
                                               f"machinery launches")
    bps = [(iso_day(day, -21), iso_day(day, 1),
            f"⏰ BPS {y}: applications must reach the RPA by {iso_day(day).day} "
            f"{MONTHS[iso_day(day).month - 1]}") for y, day in BPS_DEADLINES.items()]
    return _calendar(base, weather, shows, bps)


def farmersledger_style() -> PublisherStyle:
    """A British farm weekly: a section kicker from a pool, the weekday and long date turned
    "Updated" with the numeric date and the time on 4 September 2017 (a wording per day),
    "By" turned the writer with the beat, the liveweight lamb SQQ to each Wednesday with the
    week's change (a wording per week), a stock photo caption (breed, mart and agency from
    pools), "See also:" and "ADVERTISEMENT" up to twice, a newsletter appeal reworded for the
    app and turned by LAMMA, Cereals, the Highland, Yorkshire and Royal Welsh shows, the
    BPS deadline each spring, the 2018 snow and drought and the pandemic, the year's
    subscription price (changing each March), the publisher line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="farmersledger.co.uk", site="Farmers Ledger", base_size=250,
        subdomains=(("www.", 100),),
        sections=("arable", "livestock", "dairy", "machinery", "policy", "business"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("ARABLE", "LIVESTOCK", "DAIRY", "MACHINERY", "POLICY", "BUSINESS",
                       "RURAL LIFE"),
            "beat": ("Livestock Editor", "Arable Reporter", "Machinery Editor",
                     "Political Correspondent", "Dairy Specialist", "Business Reporter"),
            "breed": ("Texel shearlings", "Suffolk cross lambs", "Aberdeen-Angus heifers",
                      "Limousin cross bullocks", "Beltex tups", "Holstein Friesian heifers"),
            "mart": ("Welshpool", "Bakewell", "Skipton", "Carlisle", "Builth Wells",
                     "Ashford"),
            "photo": ("Farmers Ledger / Rhys Morgan", "Farmers Ledger", "Alamy", "the family",
                      "the auctioneers"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_fl_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (FL_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("sqq", HEADER, 0.2, *_by_day(_fl_sqq)),
            _f("caption", MIDDLE, 0.3, (_OLD, "{breed} sold at {mart}. Picture: {photo}")),
            _f("see-also", MIDDLE, 0.4, (_OLD, "See also: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("notice", FOOTER, 0.3, *_fl_notice()),
            _f("subs", FOOTER, 0.15, *from_table(FL_SUBS, lambda v: (
                f"Subscribe to the Farmers Ledger from {v} a year: print, app and the full "
                f"archive"))),
            _f("publisher", FOOTER, 0.3, (_OLD, "The Farmers Ledger is published by Ledger "
                                                "Rural Media Ltd, Abbey Foregate Mill, "
                                                "Shrewsbury SY2 6BN.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Ledger Rural Media Ltd. All rights "
                                                 "reserved. No reproduction without "
                                                 "permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong sale average for the "
                                                  "top pen.")),
        ),
    )


# --- an American farm radio network's markets desk ----------------------------------------

PA_REDESIGN = dt.date(2018, 3, 1)
PA_PODCAST = dt.date(2017, 4, 3)
PA_AUDIO = dt.date(2019, 9, 3)
PA_STATIONS = (("2014-01-01", "38"), ("2016-01-04", "41"), ("2017-01-02", "44"),
               ("2018-09-04", "47"), ("2019-01-07", "51"), ("2020-01-06", "53"))
FARM_PROGRESS = (("2015-09-01", "2015-09-03", "Decatur, Illinois"),
                 ("2016-08-30", "2016-09-01", "Boone, Iowa"),
                 ("2017-08-29", "2017-08-31", "Decatur, Illinois"),
                 ("2018-08-28", "2018-08-30", "Boone, Iowa"),
                 ("2019-08-27", "2019-08-29", "Decatur, Illinois"))
CORN = (("2015-01-01", 3.75), ("2015-07-01", 4.05), ("2015-12-31", 3.45),
        ("2016-06-15", 3.85), ("2016-09-01", 2.95), ("2017-06-30", 3.35),
        ("2017-12-31", 3.10), ("2018-05-15", 3.65), ("2018-08-01", 3.15),
        ("2019-06-15", 4.20), ("2019-10-01", 3.60), ("2020-04-20", 2.85),
        ("2020-08-15", 2.95), ("2021-01-10", 4.65))
SOYBEANS = (("2015-01-01", 9.80), ("2015-09-01", 8.40), ("2016-06-15", 11.20),
            ("2016-10-01", 9.10), ("2017-12-31", 9.20), ("2018-07-15", 7.90),
            ("2019-05-15", 7.40), ("2019-12-31", 8.60), ("2020-04-30", 7.85),
            ("2021-01-10", 13.40))


def _pa_dated(day: dt.date) -> str:
    if day < PA_REDESIGN:
        month = MONTHS[day.month - 1]
        short = month if len(month) <= 5 else "Sept." if day.month == 9 else f"{month[:3]}."
        return f"{short} {day.day}, {day.year}"
    zone = "CDT" if central_daylight(day) else "CST"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} "
            f"{{time12}} {zone}")


def _pa_bids(day: dt.date) -> str:
    close = last_trading_day(day)
    corn = through(close, CORN) * (1 + 0.015 * wobble(close, "corn"))
    beans = through(close, SOYBEANS) * (1 + 0.015 * wobble(close, "beans"))
    return (f"Central Iowa cash bids, {WEEKDAYS[close.weekday()][:3]}. close: corn "
            f"${corn:.2f}, soybeans ${beans:.2f}")


@cache
def _pa_reports() -> Wordings:
    base = _steps((_OLD, "Get the closing markets by text: send MARKETS to 55510"),
                  (PA_PODCAST.isoformat(), "🎙️ Morning Markets is now a podcast: subscribe "
                                           "wherever you listen"))
    news = [
        _span("2018-09-04", "2019-02-14", "Trade aid: what farmers need to know about the "
                                          "Market Facilitation Program"),
        _span("2020-05-26", "2020-06-26", "CFAP sign-up is open at your county FSA office: "
                                          "our guide to the coronavirus payments"),
        _span("2020-08-10", "2020-08-30", "🌪️ Derecho: damage reports and help for farmers "
                                          "in Iowa and Illinois"),
    ]
    reports: list[Event] = []
    for y in YEARS:
        for month, name in ((3, "Prospective Plantings"), (6, "Acreage")):
            day = last_business_day(y, month)
            reports.append((day - 3 * ONE, day + ONE, f"📊 USDA's {name} report, "
                                                      f"{MONTHS[day.month - 1]} {day.day}: "
                                                      f"live analysis at 11 a.m. CT"))
    shows = listed_spans(FARM_PROGRESS, lambda place: f"Farm Progress Show in {place}: we "
                                                      f"broadcast live from the show")
    shows.append(_span("2020-08-31", "2020-09-03", "Farm Progress Virtual Experience: our "
                                                   "interviews all week"))
    return _calendar(base, news, reports, shows)


def prairieag_style() -> PublisherStyle:
    """An American farm radio network's markets desk: the AP-style short date turned the
    weekday, the long date, the time and Central daylight or standard time on 1 March 2018
    (a wording per day), "By" turned the writer with the beat, a listen line reworded with
    the audio's minutes, the last close's Central Iowa cash bids (a wording per trading
    day), a sponsor line and "RELATED:" (up to twice) mid-body, "Story continues below", a
    text-alerts line reworded for the podcast and turned by USDA's Prospective Plantings and
    Acreage reports, the Farm Progress Show, the 2018 trade aid, CFAP and the derecho, the
    number of affiliate stations (changing a few times), the futures-risk line, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="prairieagradio.com", site="Prairie Ag Radio", base_size=220,
        subdomains=(("www.", 85), ("markets.", 15)),
        sections=("markets", "crops", "livestock", "policy", "weather"),
        n_authors=7, url_path="/news/{section}/{slug}",
        pools={
            "beat": ("Farm Director", "Markets Reporter", "Agribusiness Reporter",
                     "Washington Correspondent"),
            "sponsor": ("Heartland Seed Co.", "Plains Implement", "Midland Farm Credit",
                        "Sioux Valley Cooperative", "Big River Crop Insurance"),
        },
        families=(
            _f("dated", HEADER, 0.9, *_by_day(_pa_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (PA_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("listen", HEADER, 0.3, (_OLD, "🎧 Listen to this story"),
               (PA_AUDIO.isoformat(), "🎧 Listen: {read_min}-minute audio report")),
            _f("bids", HEADER, 0.25, *_by_day(_pa_bids)),
            _f("sponsor", MIDDLE, 0.25, (_OLD, "Market coverage brought to you by "
                                               "{sponsor}")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("continues", MIDDLE, 0.25, (_OLD, "Story continues below")),
            _f("reports", FOOTER, 0.3, *_pa_reports()),
            _f("stations", FOOTER, 0.2, *from_table(PA_STATIONS, lambda v: (
                f"Hear Prairie Ag Radio on {v} affiliate stations across Iowa, Nebraska and "
                f"South Dakota."))),
            _f("risk", FOOTER, 0.25, (_OLD, "Futures trading involves substantial risk of loss "
                                            "and is not suitable for all investors. Past "
                                            "results are not indicative of future results.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Prairie Ag Radio Network, LLC. All "
                                                "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: An earlier version of this "
                                                  "story misstated the planted acreage "
                                                  "estimate.")),
        ),
    )


# --- a Spanish farm news site -------------------------------------------------------------

TC_REDESIGN = dt.date(2018, 2, 20)  # relaunched on the opening day of FIMA 2018
TC_WHATSAPP = dt.date(2018, 9, 10)
SMI = (("2015-01-01", "648,60"), ("2016-01-01", "655,20"), ("2017-01-01", "707,70"),
       ("2018-01-01", "735,90"), ("2019-01-01", "900"), ("2020-01-01", "950"))
FIMA = (("2016-02-16", "2016-02-20", "2016"), ("2018-02-20", "2018-02-24", "2018"),
        ("2020-02-25", "2020-02-29", "2020"))
PAC_DEADLINES = {2015: "2015-06-15", 2016: "2016-05-15", 2017: "2017-04-30",
                 2018: "2018-04-30", 2019: "2019-04-30", 2020: "2020-06-15"}
TRIGO = (("2015-01-01", 196.0), ("2015-08-01", 182.0), ("2016-08-01", 158.0),
         ("2017-06-01", 176.0), ("2018-09-01", 205.0), ("2019-08-01", 180.0),
         ("2020-06-01", 186.0), ("2021-01-10", 212.0))


def _tc_fecha(day: dt.date) -> str:
    if day < TC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"Actualizado el {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} a las {{time}}")


def _tc_lonja(day: dt.date) -> str:
    thursday = on_or_before(day, 3)
    wheat = through(thursday, TRIGO) * (1 + 0.02 * wobble(thursday, "trigo"))
    barley = wheat * (0.88 + 0.02 * wobble(thursday, "cebada"))
    return (f"Lonja de Valdeoro, sesión del {thursday.day:02d}/{thursday.month:02d}: trigo "
            f"blando {comma(wheat)} €/t · cebada {comma(barley)} €/t")


@cache
def _tc_boletin() -> Wordings:
    base = _steps((_OLD, "Suscríbete gratis al boletín semanal de mercados"),
                  (TC_WHATSAPP.isoformat(), "📲 Recibe cada jueves los precios de las lonjas "
                                            "en tu WhatsApp"))
    alarma = [_span("2020-03-14", "2020-06-21", "🚜 Estado de alarma: la actividad agraria "
                                                "sigue permitida. Todas las medidas, aquí")]
    fima = listed_spans(FIMA, lambda y: f"FIMA {y}: sigue con nosotros la feria de "
                                        f"maquinaria agrícola de Zaragoza")
    pac = [(iso_day(day, -20), iso_day(day, 1),
            f"📝 PAC {y}: la solicitud única se puede presentar hasta el "
            f"{iso_day(day).day} de {MESES[iso_day(day).month - 1]}")
           for y, day in PAC_DEADLINES.items()]
    return _calendar(base, pac, fima, alarma)


def tribunacampo_style() -> PublisherStyle:
    """A Spanish farm news site: a section from a pool, the numeric date and time turned
    "Actualizado el" with the weekday, the long date and the time on the opening day of
    FIMA 2018 (a wording per day), "Por" turned the writer and the desk, a lonja's wheat and
    barley prices to each Thursday's session (a wording per week), "Te puede interesar:",
    "Publicidad" (up to twice) and a source line from a pool mid-body, the year's minimum
    wage for farm work (changing each January), a newsletter line reworded for WhatsApp and
    turned by the PAC application deadline, FIMA and the state of alarm, the reproduction
    line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="tribunadelcampo.es", site="Tribuna del Campo", base_size=195,
        subdomains=(("www.", 100),),
        sections=("agricultura", "ganaderia", "politica-agraria", "maquinaria", "mercados"),
        n_authors=8, url_path="/{section}/{slug}_{n}.html",
        pools={
            "seccion": ("Agricultura", "Ganadería", "Política agraria", "Maquinaria",
                        "Mercados", "Regadío"),
            "fuente": ("Ministerio de Agricultura, Pesca y Alimentación", "Cooperativas "
                       "Agro-alimentarias", "Eurostat", "la Junta", "elaboración propia"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_tc_fecha)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}"),
               (TC_REDESIGN.isoformat(), "{author} · Redacción")),
            _f("lonja", HEADER, 0.2, *_by_day(_tc_lonja)),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("fuente", MIDDLE, 0.2, (_OLD, "Fuente: {fuente}")),
            _f("smi", FOOTER, 0.12, *from_table(SMI, lambda v: (
                f"Referencia para el campo: salario mínimo interprofesional de {v} € al mes "
                f"en 14 pagas"))),
            _f("boletin", FOOTER, 0.3, *_tc_boletin()),
            _f("reproduccion", FOOTER, 0.3, (_OLD, "Queda prohibida la reproducción total o "
                                                   "parcial de esta información sin citar su "
                                                   "procedencia.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Tribuna del Campo Ediciones, S.L.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior se "
                                               "indicaba mal la superficie asegurada.")),
        ),
    )


# --- a Brazilian agribusiness portal ------------------------------------------------------

CS_REDESIGN = dt.date(2019, 4, 29)  # relaunched on the opening day of Agrishow 2019
CS_TELEGRAM = dt.date(2020, 2, 3)
FUNRURAL = (("2011-01-01", "2,3%"), ("2018-01-01", "1,5%"))
AGRISHOW = (("2015-04-27", "2015-05-01", "Agrishow 2015"),
            ("2016-04-25", "2016-04-29", "Agrishow 2016"),
            ("2017-05-01", "2017-05-05", "Agrishow 2017"),
            ("2018-04-30", "2018-05-04", "Agrishow 2018"),
            ("2019-04-29", "2019-05-03", "Agrishow 2019"))
PLANO_SAFRA = {2015: "2015-06-02", 2016: "2016-05-04", 2017: "2017-06-07", 2018: "2018-06-06",
               2019: "2019-06-18", 2020: "2020-06-17"}
SOJA = (("2015-01-01", 66.0), ("2015-09-25", 82.0), ("2016-03-01", 74.0),
        ("2016-06-01", 92.0), ("2017-04-01", 68.0), ("2018-06-01", 88.0),
        ("2019-05-01", 78.0), ("2019-12-31", 90.0), ("2020-05-01", 112.0),
        ("2020-10-15", 168.0), ("2021-01-10", 162.0))


def _cs_data(day: dt.date) -> str:
    if day < CS_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return (f"{DIAS_PT[day.weekday()].capitalize()}, {day.day} de {MESES_PT[day.month - 1]} "
            f"de {day.year} · Atualizado às {{time}}")


def _cs_soja(day: dt.date) -> str:
    close = last_trading_day(day)
    price = through(close, SOJA) * (1 + 0.012 * wobble(close, "soja"))
    return (f"Soja em Paranaguá: R$ {comma(price)}/saca de 60 kg (fechamento de "
            f"{close.day:02d}/{close.month:02d})")


@cache
def _cs_canal() -> Wordings:
    base = _steps((_OLD, "Receba as notícias do Canal Safra no seu WhatsApp"),
                  (CS_TELEGRAM.isoformat(), "📲 O Canal Safra agora também está no Telegram: "
                                            "entre no nosso canal"))
    pandemia = [_span("2020-03-20", "2020-06-30", "🦠 Coronavírus: o agro não para. "
                                                  "Acompanhe a cobertura completa")]
    feiras = listed_spans(AGRISHOW, lambda name: f"🚜 {name}: cobertura ao vivo direto de "
                                                 f"Ribeirão Preto")
    feiras.append(_span("2020-04-27", "2020-05-01", "Agrishow 2020 foi cancelada: veja os "
                                                    "lançamentos que chegariam à feira"))
    plano = [(iso_day(day), iso_day(day, 5), f"💰 Plano Safra {y}/{str(y + 1)[2:]}: os "
                                             f"juros e os limites de crédito")
             for y, day in PLANO_SAFRA.items()]
    vazio = _yearly("06-15", 3, 3, lambda y: f"🌱 Começa o vazio sanitário da soja em Mato "
                                             f"Grosso: até 15 de setembro de {y}")
    return _calendar(base, feiras, plano, vazio, pandemia)


def canalsafra_style() -> PublisherStyle:
    """A Brazilian agribusiness portal: a desk from a pool, "Publicado em" with the numeric
    date and the time turned the weekday, the long date and "Atualizado às" on the opening
    day of Agrishow 2019 (a wording per day), "Por" turned the writer and the city, the
    last close's soy price at Paranaguá (a wording per trading day), "Leia também:",
    "Publicidade" (up to twice) and a source line from a pool mid-body, the Funrural rate
    (cut in 2018), a WhatsApp line reworded for Telegram and turned by Agrishow (cancelled in
    2020), the Plano Safra, the soy-free period in Mato Grosso and the pandemic, the
    reproduction line and the copyright line (a block), a rare errata."""
    return PublisherStyle(
        domain="canalsafra.com.br", site="Canal Safra", base_size=170,
        subdomains=(("www.", 100),),
        sections=("soja", "milho", "pecuaria", "cafe", "maquinas", "clima"),
        n_authors=7, url_path="/noticias/{section}/{slug}/",
        pools={
            "editoria": ("Soja", "Milho", "Pecuária", "Café", "Máquinas", "Clima",
                         "Política agrícola"),
            "praca": ("Cuiabá", "Londrina", "Rio Verde", "Passo Fundo", "Brasília",
                      "Luís Eduardo Magalhães"),
            "fonte": ("Conab", "Cepea/Esalq", "Embrapa", "IBGE", "Ministério da "
                      "Agricultura"),
        },
        families=(
            _f("editoria", HEADER, 0.45, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_cs_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (CS_REDESIGN.isoformat(), "Por {author}, de {praca}")),
            _f("soja", HEADER, 0.25, *_by_day(_cs_soja)),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("fonte", MIDDLE, 0.2, (_OLD, "Fonte: {fonte}")),
            _f("funrural", FOOTER, 0.12, *from_table(FUNRURAL, lambda v: (
                f"Funrural do produtor pessoa física: {v} sobre a receita bruta da "
                f"comercialização"))),
            _f("canal", FOOTER, 0.3, *_cs_canal()),
            _f("reproducao", FOOTER, 0.3, (_OLD, "É proibida a reprodução deste conteúdo sem "
                                                 "autorização prévia.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Canal Safra. Todos os direitos "
                                                "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior desta reportagem "
                                              "trazia a área plantada errada.")),
        ),
    )


# --- a Norman farm weekly (in French) -----------------------------------------------------

ES_REDESIGN = dt.date(2018, 2, 24)  # relaunched on the opening day of the 2018 Paris show
ES_NUMERIQUE = dt.date(2017, 1, 5)
ES_TARIF = (("2014-01-01", "79"), ("2015-01-01", "81"), ("2016-01-01", "83"),
            ("2017-01-01", "85"), ("2018-01-01", "88"), ("2019-01-01", "90"),
            ("2020-01-01", "92"))
SIA = (("2015-02-21", "2015-03-01", "2015"), ("2016-02-27", "2016-03-06", "2016"),
       ("2017-02-25", "2017-03-05", "2017"), ("2018-02-24", "2018-03-04", "2018"),
       ("2019-02-23", "2019-03-03", "2019"), ("2020-02-22", "2020-02-29", "2020"))
SPACE = (("2015-09-15", "2015-09-18", "2015"), ("2016-09-13", "2016-09-16", "2016"),
         ("2017-09-12", "2017-09-15", "2017"), ("2018-09-11", "2018-09-14", "2018"),
         ("2019-09-10", "2019-09-13", "2019"), ("2020-09-15", "2020-09-17", "2020"))
TELEPAC = {2015: "2015-06-09", 2016: "2016-05-17", 2017: "2017-05-15", 2018: "2018-05-15",
           2019: "2019-05-15", 2020: "2020-06-15"}
BLE = (("2015-01-01", 192.0), ("2015-09-01", 168.0), ("2016-08-01", 148.0),
       ("2017-05-01", 165.0), ("2017-12-01", 158.0), ("2018-08-15", 205.0),
       ("2019-08-01", 168.0), ("2020-04-01", 192.0), ("2020-08-01", 178.0),
       ("2021-01-10", 218.0))


def _es_date(day: dt.date) -> str:
    if day < ES_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year} "
            f"– {{time}}")


def ble(tuesday: dt.date) -> int:
    return round(through(tuesday, BLE) * (1 + 0.025 * wobble(tuesday, "ble")))


def _es_cotation(day: dt.date) -> str:
    tuesday = on_or_before(day, 1)
    now, before = ble(tuesday), ble(tuesday - 7 * ONE)
    return (f"Blé tendre rendu Rouen : {now} €/t au {tuesday.day} {MOIS[tuesday.month - 1]} "
            f"({now - before:+d} € sur la semaine)")


@cache
def _es_abonnement() -> Wordings:
    base = _steps((_OLD, "Abonnez-vous à L'Écho des Sillons : 52 numéros par an, livrés "
                         "chaque vendredi"),
                  (ES_NUMERIQUE.isoformat(), "📰 L'Écho des Sillons en numérique dès le jeudi "
                                             "soir : découvrez nos offres d'abonnement"))
    confinement = [_span("2020-03-17", "2020-05-10", "🦠 Covid-19 : les exploitations "
                                                     "continuent de tourner. Nos réponses à "
                                                     "vos questions")]
    salons = listed_spans(SIA, lambda y: f"🐄 Salon international de l'agriculture {y} : "
                                         f"suivez nos éleveurs normands porte de Versailles")
    space = listed_spans(SPACE, lambda y: f"Space {y} : toute l'actualité du salon de "
                                          f"l'élevage de Rennes")
    telepac = [(iso_day(day, -14), iso_day(day, 1),
                f"📅 Déclaration PAC {y} : dernier délai sur Telepac le {iso_day(day).day} "
                f"{MOIS[iso_day(day).month - 1]}") for y, day in TELEPAC.items()]
    return _calendar(base, confinement, salons, space, telepac)


def echodessillons_style() -> PublisherStyle:
    """A Norman farm weekly (in French): a section from a pool, "Publié le" with the
    numeric date turned the weekday, the long date and the time on the opening day of the
    2018 Paris farm show (a wording per day), "Par", Rouen's wheat price to each Tuesday with
    the week's change (a wording per week), "Lire aussi |" and "Publicité" (up to twice)
    mid-body, a farm-weather line, a subscription line reworded for the digital edition and
    turned by the Paris farm show, SPACE, the Telepac deadline and the lockdown, the year's
    subscription price (changing each January), the legal-notices line and the copyright
    line (a block), a rare rectification."""
    return PublisherStyle(
        domain="echodessillons.fr", site="L'Écho des Sillons", base_size=150,
        subdomains=(("www.", 100),),
        sections=("cultures", "elevage", "lait", "machinisme", "vie-rurale"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"rubrique": ("Cultures", "Élevage", "Lait", "Machinisme", "Vie rurale",
                            "Syndicalisme")},
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_es_date)),
            _f("par", HEADER, 0.55, (_OLD, "Par {author}")),
            _f("cotation", HEADER, 0.2, *_by_day(_es_cotation)),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi | {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("meteo", HEADER, 0.12, (_OLD, "Météo agricole : les prévisions à dix jours "
                                             "pour votre commune")),
            _f("abonnement", FOOTER, 0.3, *_es_abonnement()),
            _f("tarif", FOOTER, 0.12, *from_table(ES_TARIF, lambda v: (
                f"Abonnement d'un an (papier + numérique) : {v} € TTC"))),
            _f("annonces", FOOTER, 0.3, (_OLD, "Journal habilité à publier les annonces "
                                               "légales et judiciaires dans la Manche, "
                                               "l'Orne et le Calvados.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} L'Écho des Sillons – Reproduction "
                                                "interdite")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : une erreur s'était "
                                                    "glissée dans le prix du lait annoncé.")),
        ),
    )


# --- an Indian farm news site (in Hindi) --------------------------------------------------

KV_REDESIGN = dt.date(2019, 2, 24)  # relaunched on the day PM-KISAN was launched
KV_APP = dt.date(2017, 7, 1)
WHEAT_MSP = (("2014-10-18", "1,450|2015-16"), ("2015-11-04", "1,525|2016-17"),
             ("2016-11-07", "1,625|2017-18"), ("2017-10-24", "1,735|2018-19"),
             ("2018-10-03", "1,840|2019-20"), ("2019-10-23", "1,925|2020-21"),
             ("2020-09-21", "1,975|2021-22"))
MONSOON_KERALA = {2015: "2015-06-05", 2016: "2016-06-08", 2017: "2017-05-30",
                  2018: "2018-05-29", 2019: "2019-06-08", 2020: "2020-06-01"}
GEHUN = (("2015-01-01", 1620.0), ("2015-04-15", 1480.0), ("2016-02-15", 1710.0),
         ("2016-04-15", 1560.0), ("2017-02-15", 1820.0), ("2017-04-15", 1660.0),
         ("2018-04-15", 1760.0), ("2019-02-15", 2050.0), ("2019-04-15", 1880.0),
         ("2020-04-15", 1900.0), ("2021-01-10", 1960.0))
SARSON = (("2015-01-01", 3650.0), ("2016-01-01", 4350.0), ("2017-01-01", 4050.0),
          ("2018-01-01", 4000.0), ("2019-01-01", 4150.0), ("2020-01-01", 4350.0),
          ("2020-10-01", 5600.0), ("2021-01-10", 6100.0))


def _kv_dinank(day: dt.date) -> str:
    if day < KV_REDESIGN:
        return f"प्रकाशित: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{VAAR[day.weekday()]}, {day.day} {MAHINE[day.month - 1]} {day.year}"


def _kv_mandi(day: dt.date) -> str:
    market = day if day.weekday() != 6 else day - ONE  # the mandi is shut on Sundays
    wheat = round(through(market, GEHUN) * (1 + 0.02 * wobble(market, "gehun")))
    mustard = round(through(market, SARSON) * (1 + 0.02 * wobble(market, "sarson")))
    return (f"मंडी भाव ({market.day} {MAHINE[market.month - 1]}): गेहूं ₹{wheat:,}/क्विंटल, "
            f"सरसों ₹{mustard:,}/क्विंटल (इंदौर)")


def _kv_msp(value: str) -> str:
    price, season = value.split("|")
    return f"गेहूं का न्यूनतम समर्थन मूल्य: ₹{price} प्रति क्विंटल (रबी विपणन सीज़न {season})"


@cache
def _kv_suchna() -> Wordings:
    base = _steps((_OLD, "खेती-किसानी की हर ख़बर के लिए किसान वाणी का फ़ेसबुक पेज लाइक करें"),
                  (KV_APP.isoformat(), "📱 किसान वाणी ऐप डाउनलोड करें: मंडी भाव और मौसम की "
                                       "जानकारी अब आपकी भाषा में"))
    news = [
        _span("2019-02-24", "2019-03-10", "💰 पीएम-किसान: पहली किस्त के 2,000 रुपये खाते में आने "
                                          "लगे, ऐसे देखें अपना नाम"),
        _span("2020-03-25", "2020-05-31", "🦠 लॉकडाउन में खेती: कटाई, मंडी और ख़रीद से जुड़ी हर "
                                          "जानकारी"),
        _span("2020-11-26", "2021-01-10", "किसान आंदोलन: दिल्ली की सीमाओं से पल-पल की ख़बर"),
    ]
    monsoon = [(iso_day(day), iso_day(day, 5), f"🌧️ मानसून {y} ने केरल में दस्तक दी: खरीफ़ "
                                               f"बुवाई की तैयारी शुरू करें")
               for y, day in MONSOON_KERALA.items()]
    return _calendar(base, news, monsoon)


def kisanvani_style() -> PublisherStyle:
    """An Indian farm news site (in Hindi): a section from a pool, "प्रकाशित:" with the
    numeric date turned the weekday and the long date on the day PM-KISAN was launched (a
    wording per day), the writer, Indore's wheat and mustard prices (a wording per day, the
    mandi shut on Sundays), "ये भी पढ़ें-" and "विज्ञापन" mid-body, the wheat MSP of the
    coming rabi marketing season (changing each autumn), a Facebook line reworded for the
    app and turned by PM-KISAN's first instalment, the monsoon's onset in Kerala, the
    lockdown and the farmers' march on Delhi, the Kisan Call Centre line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="kisanvani.in", site="किसान वाणी", base_size=120,
        subdomains=(("www.", 100),),
        sections=("kheti", "mandi-bhav", "mausam", "pashupalan", "yojana"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={"shreni": ("खेती-बाड़ी", "मंडी भाव", "मौसम", "पशुपालन", "सरकारी योजना",
                          "बागवानी")},
        families=(
            _f("shreni", HEADER, 0.5, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.85, *_by_day(_kv_dinank)),
            _f("lekhak", HEADER, 0.5, (_OLD, "लेखक: {author}")),
            _f("mandi", HEADER, 0.25, *_by_day(_kv_mandi)),
            _f("ye-bhi", MIDDLE, 0.35, (_OLD, "ये भी पढ़ें- {other_title}")),
            _f("vigyapan", MIDDLE, 0.3, (_OLD, "विज्ञापन")),
            _f("msp", FOOTER, 0.15, *from_table(WHEAT_MSP, _kv_msp)),
            _f("suchna", FOOTER, 0.3, *_kv_suchna()),
            _f("helpline", FOOTER, 0.3, (_OLD, "किसान कॉल सेंटर: 1800-180-1551 (टोल फ़्री, सुबह 6 "
                                               "से रात 10 बजे तक)")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} किसान वाणी। सर्वाधिकार सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस ख़बर के पिछले संस्करण में योजना की अंतिम "
                                              "तारीख़ ग़लत छप गई थी।")),
        ),
    )


# --- a Ukrainian grain-market site --------------------------------------------------------

ZT_REDESIGN = dt.date(2019, 7, 1)
ZT_ZEMLIA = dt.date(2020, 3, 31)  # the land-market law passed
ZT_PEREDPLATA = (("2014-09-01", "480"), ("2015-09-01", "560"), ("2016-09-01", "640"),
                 ("2017-09-01", "720"), ("2018-09-01", "780"), ("2019-09-01", "840"),
                 ("2020-09-01", "900"))
PSHENYTSIA = (("2015-01-01", 3150.0), ("2015-07-01", 2900.0), ("2016-01-01", 3600.0),
              ("2016-08-01", 3350.0), ("2017-03-01", 4100.0), ("2017-08-01", 3950.0),
              ("2018-03-01", 4600.0), ("2018-10-01", 5400.0), ("2019-08-01", 4500.0),
              ("2020-03-01", 5500.0), ("2020-10-01", 6650.0), ("2021-01-10", 7100.0))


def _zt_data(day: dt.date) -> str:
    if day < ZT_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{day.day} {MISIATSI[day.month - 1]} {day.year}, {{time}}"


def _zt_tsina(day: dt.date) -> str:
    friday = on_or_before(day, 4)
    price = round(through(friday, PSHENYTSIA) * (1 + 0.02 * wobble(friday, "pshenytsia")), -1)
    return (f"Пшениця 2 класу, CPT-порт: {grouped(int(price), ' ')} грн/т (тиждень до "
            f"{friday.day:02d}.{friday.month:02d})")


@cache
def _zt_anons() -> Wordings:
    base = _steps((_OLD, "Підписуйтесь на Зерновий тиждень у Telegram"),
                  (ZT_ZEMLIA.isoformat(), "🌾 Ринок землі запрацює з 1 липня 2021 року: усе про "
                                          "земельну реформу в нашому спецпроєкті"))
    karantyn = [_span("2020-03-12", "2020-05-11", "🦠 Карантин: як працюють елеватори, порти "
                                                  "та ринки")]
    posivna = _yearly("04-20", 31, 30, lambda y: f"🌱 Посівна-{y}: хід сівби по областях "
                                                 f"щодня")
    zhnyva = _yearly("07-31", 30, 31, lambda y: f"🚜 Жнива-{y}: скільки зібрано і за якими "
                                                f"цінами")
    return _calendar(base, karantyn, posivna, zhnyva)


def zernotyzhden_style() -> PublisherStyle:
    """A Ukrainian grain-market site: a section from a pool, the numeric date and time turned
    the long date with the month's genitive on 1 July 2019 (a wording per day), the writer,
    the port price of class-2 wheat to each Friday (a wording per week), "Читайте також:",
    "Реклама" and a source line from a pool mid-body, the magazine's yearly subscription
    (changing each September), a Telegram line reworded for the land reform and turned by
    each spring's sowing, each summer's harvest and the quarantine, the link-back line and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="zernotyzhden.com.ua", site="Зерновий тиждень", base_size=100,
        subdomains=(("", 100),),
        sections=("rynky", "zernovi", "oliyni", "tekhnika", "ahropolityka"),
        n_authors=5, url_path="/news/{slug}-{n}",
        pools={
            "rubryka": ("Ринки", "Зернові", "Олійні", "Техніка", "Агрополітика",
                        "Тваринництво"),
            "dzherelo": ("Мінекономіки", "Держстат", "Українська зернова асоціація",
                         "Укргідрометцентр", "власна інформація"),
        },
        families=(
            _f("rubryka", HEADER, 0.45, (_OLD, "{rubryka}")),
            _f("data", HEADER, 0.85, *_by_day(_zt_data)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}")),
            _f("tsina", HEADER, 0.2, *_by_day(_zt_tsina)),
            _f("chytaite", MIDDLE, 0.35, (_OLD, "Читайте також: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама")),
            _f("dzherelo", MIDDLE, 0.2, (_OLD, "Джерело: {dzherelo}")),
            _f("peredplata", FOOTER, 0.12, *from_table(ZT_PEREDPLATA, lambda v: (
                f"Річна передплата друкованого журналу: {v} грн"))),
            _f("anons", FOOTER, 0.3, *_zt_anons()),
            _f("posylannia", FOOTER, 0.3, (_OLD, "Використання матеріалів сайту дозволяється "
                                                 "лише з гіперпосиланням на першоджерело.")),
            _f("prava", FOOTER, 0.35, (_OLD, "© {year} Зерновий тиждень. Усі права захищено.")),
            _f("vypravlennia", HEADER, 0.04, (_OLD, "Виправлення: у попередній версії новини "
                                                    "було помилково вказано обсяг експорту.")),
        ),
    )


# --- a Kenyan rural radio's farm pages (in Swahili) ---------------------------------------

SM_REDESIGN = dt.date(2018, 10, 1)
SM_KIPINDI = dt.date(2019, 1, 5)
ASK_SHOWS = (("2015-09-28", "2015-10-04", "2015"), ("2016-09-26", "2016-10-02", "2016"),
             ("2018-10-01", "2018-10-07", "2018"), ("2019-09-30", "2019-10-06", "2019"))
MAHINDI = (("2015-01-01", 2500.0), ("2015-08-01", 2300.0), ("2016-06-01", 3100.0),
           ("2017-05-15", 4400.0), ("2017-10-01", 3000.0), ("2018-06-01", 2100.0),
           ("2019-05-01", 3300.0), ("2019-11-01", 2700.0), ("2020-06-01", 3200.0),
           ("2021-01-10", 2800.0))


def _sm_tarehe(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{SIKU[day.weekday()]}, {day.day} {MIEZI[day.month - 1]} {day.year}"


def _sm_bei(day: dt.date) -> str:
    monday = on_or_before(day, 0)
    price = round(through(monday, MAHINDI) * (1 + 0.03 * wobble(monday, "mahindi")), -1)
    return (f"Bei ya mahindi, soko la Eldoret: KSh {grouped(int(price), ',')} kwa gunia la kilo "
            f"90 (wiki ya {monday.day} {MIEZI[monday.month - 1]})")


@cache
def _sm_msimu() -> Wordings:
    base = _steps((_OLD, "Tuma neno SHAMBA kwenda 22540 upate ushauri wa kilimo kila wiki"))
    dharura = [
        _span("2020-01-10", "2020-03-15", "🦗 Nzige wa jangwani: ripoti makundi ya nzige kwa "
                                          "afisa wa kilimo wa kaunti yako"),
        _span("2020-03-16", "2020-06-30", "🦠 Virusi vya corona: wakulima wanaruhusiwa "
                                          "kusafirisha mazao wakati wa kafyu"),
    ]
    maonyesho = listed_spans(ASK_SHOWS, lambda y: f"Maonyesho ya Kilimo ya Nairobi {y}: "
                                                  f"tutembelee Jamhuri Park")
    masika = _yearly("03-20", 19, 26, lambda y: f"🌧️ Mvua za masika {y}: panda mapema na "
                                                f"utumie mbegu zilizothibitishwa")
    vuli = _yearly("10-15", 14, 26, lambda y: f"🌦️ Mvua za vuli {y}: andaa shamba lako sasa")
    return _calendar(base, dharura, maonyesho, masika, vuli)


def sautiyamkulima_style() -> PublisherStyle:
    """A Kenyan rural radio's farm pages (in Swahili): the numeric date turned the weekday
    and the long date on 1 October 2018 (a wording per day), "Na" and the writer, the
    programme's air time (moved to the weekend evenings in January 2019), the Eldoret maize
    price to each Monday (a wording per week), "Soma pia:", "TANGAZO" and a photo credit
    from a pool mid-body, an SMS line turned by the long and short rains each year, the
    Nairobi show, the 2020 locusts and the curfew, the extension-officer line, the toll-free
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="sautiyamkulima.co.ke", site="Sauti ya Mkulima", base_size=85,
        subdomains=(("www.", 100),),
        sections=("kilimo", "mifugo", "masoko", "hali-ya-hewa"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={"picha": ("Sauti ya Mkulima", "Maktaba", "Wizara ya Kilimo", "Mkulima mwenyewe")},
        families=(
            _f("tarehe", HEADER, 0.85, *_by_day(_sm_tarehe)),
            _f("mwandishi", HEADER, 0.55, (_OLD, "Na {author}")),
            _f("kipindi", HEADER, 0.25,
               (_OLD, "🎙️ Sikiliza kipindi cha Shamba Letu kila Jumamosi saa tatu asubuhi"),
               (SM_KIPINDI.isoformat(), "🎙️ Shamba Letu sasa iko hewani Jumamosi na Jumapili "
                                        "saa kumi na mbili jioni")),
            _f("bei", HEADER, 0.2, *_by_day(_sm_bei)),
            _f("soma", MIDDLE, 0.35, (_OLD, "Soma pia: {other_title}")),
            _f("tangazo", MIDDLE, 0.25, (_OLD, "TANGAZO")),
            _f("picha", MIDDLE, 0.2, (_OLD, "Picha: {picha}")),
            _f("msimu", FOOTER, 0.3, *_sm_msimu()),
            _f("ushauri", FOOTER, 0.3, (_OLD, "Kwa ushauri zaidi, wasiliana na afisa wa ugani "
                                              "aliye karibu nawe.")),
            _f("simu", FOOTER, 0.2, (_OLD, "Tupigie bila malipo: 0800 720 555 (Jumatatu hadi "
                                           "Ijumaa, saa mbili asubuhi hadi saa kumi jioni)")),
            _f("haki", FOOTER, 0.35, (_OLD, "© {year} Sauti ya Mkulima. Haki zote "
                                            "zimehifadhiwa.")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: habari hii imesahihishwa "
                                                   "kuonyesha bei sahihi ya mbolea.")),
        ),
    )


# --- a New Zealand dairy co-operative's supplier news -------------------------------------

KD_REDESIGN = dt.date(2018, 6, 13)  # relaunched on the opening day of Fieldays 2018
KD_FORECAST = (("2014-12-10", "2014/15 season: $4.70"), ("2015-05-28", "2015/16 season: $5.25"),
               ("2015-08-07", "2015/16 season: $3.85"), ("2015-09-30", "2015/16 season: $4.60"),
               ("2015-12-10", "2015/16 season: $4.15"), ("2016-04-27", "2015/16 season: $3.90"),
               ("2016-05-25", "2016/17 season: $4.25"), ("2016-08-30", "2016/17 season: $4.75"),
               ("2016-10-19", "2016/17 season: $6.00"), ("2017-05-24", "2017/18 season: $6.50"),
               ("2017-08-03", "2017/18 season: $6.75"), ("2017-12-07", "2017/18 season: $6.40"),
               ("2018-05-30", "2018/19 season: $7.00"),
               ("2018-10-23", "2018/19 season: $6.25–$6.50"),
               ("2019-05-29", "2019/20 season: $6.25–$7.25"),
               ("2019-08-15", "2019/20 season: $6.55–$7.05"),
               ("2020-05-28", "2020/21 season: $5.40–$6.90"),
               ("2020-08-06", "2020/21 season: $5.90–$6.90"),
               ("2020-12-10", "2020/21 season: $6.70–$7.30"))
KD_SUPPLIERS = (("2014-06-01", "10,420"), ("2015-06-01", "10,510"), ("2016-06-01", "10,380"),
                ("2017-06-01", "10,290"), ("2018-06-01", "10,150"), ("2019-06-01", "10,060"),
                ("2020-06-01", "9,980"))
FIELDAYS = (("2015-06-10", "2015-06-13", "Fieldays 2015"), ("2016-06-15", "2016-06-18",
            "Fieldays 2016"), ("2017-06-14", "2017-06-17", "Fieldays 2017"),
            ("2018-06-13", "2018-06-16", "Fieldays 2018"), ("2019-06-12", "2019-06-15",
            "Fieldays 2019"))


def _kd_dated(day: dt.date) -> str:
    if day < KD_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"Supplier news · {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}")


@cache
def _kd_notice() -> Wordings:
    base = _steps((_OLD, "Questions about your collection? Call the Supplier Line on 0800 555 "
                         "147, 24 hours a day."))
    news = [
        _span("2018-05-28", "2018-06-10", "Mycoplasma bovis: read our latest guidance for "
                                          "suppliers before moving stock"),
        _span("2020-03-26", "2020-05-13", "Alert Level 4: collections continue as normal. "
                                          "Please keep two metres from tanker drivers"),
        _span("2020-06-24", "2020-07-03", "Fieldays Online: visit our virtual stand this "
                                          "week"),
    ]
    fieldays = listed_spans(FIELDAYS, lambda name: f"Visit us at {name}, Mystery Creek: site "
                                                   f"C14, main pavilion")
    moving = _yearly("06-01", 10, 0, lambda y: f"Moving day, 1 June {y}: tell us about new "
                                               f"sharemilkers and changed supply details")
    christmas = _yearly("12-25", 5, 8, lambda y: "Collections run as normal over Christmas "
                                                 "and New Year: please keep tanker tracks "
                                                 "clear")
    return _calendar(base, news, fieldays, moving, christmas)


def kahikatea_style() -> PublisherStyle:
    """A New Zealand dairy co-operative's supplier news: the long date turned "Supplier
    news ·" with the weekday on the opening day of Fieldays 2018 (a wording per day), the
    forecast farmgate milk price (changing with each announcement), a photo credit from a
    pool, the stage of the dairy season (changing on the same days each year), a Supplier
    Line notice turned by moving day, Fieldays, Christmas collections, M. bovis and Alert
    Level 4, "– ENDS –", the about line with the number of suppliers (changing each June)
    and the media line (a block), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="kahikateadairy.co.nz", site="Kahikatea Dairy", base_size=70,
        subdomains=(("www.", 70), ("suppliers.", 30)),
        sections=("news", "milk-price", "farm-support", "sustainability"),
        n_authors=3, url_path="/news/{yyyy}/{slug}",
        pools={"photo": ("Kahikatea Dairy", "Supplied", "Waikato Times", "the farm family")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_kd_dated)),
            _f("forecast", HEADER, 0.3, *from_table(KD_FORECAST, lambda v: (
                f"Forecast farmgate milk price for the {v} per kgMS"))),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(
                ("01-10", "Summer milk quality: cool milk to 7°C within three hours of "
                          "milking."),
                ("05-01", "Drying off? Tell us your last collection date at least 48 hours "
                          "ahead."),
                ("07-15", "Calving underway: give us 48 hours' notice of your first "
                          "collection."),
                ("10-01", "Peak milk: please keep tanker tracks and the vat stand clear."))),
            _f("notice", FOOTER, 0.3, *_kd_notice()),
            _f("ends", FOOTER, 0.5, (_OLD, "– ENDS –")),
            _f("about", FOOTER, 0.45, *from_table(KD_SUPPLIERS, lambda v: (
                f"About Kahikatea Dairy: a farmer-owned co-operative of {v} supplier "
                f"shareholders in the Waikato, Bay of Plenty and Taranaki."))),
            _f("media", FOOTER, 0.45, (_OLD, "For more information: Communications team, "
                                             "07 555 0192 or media@kahikateadairy.co.nz")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Kahikatea Dairy Co-operative "
                                                "Limited")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this update has been amended to "
                                                  "show the right advance rate.")),
        ),
    )


# --- an American livestock auction's market reports ---------------------------------------

RB_REDESIGN = dt.date(2017, 1, 3)
STEERS = (("2015-01-01", 275.0), ("2015-10-01", 225.0), ("2016-10-01", 150.0),
          ("2017-05-01", 180.0), ("2017-11-01", 168.0), ("2018-05-01", 178.0),
          ("2019-05-01", 172.0), ("2020-04-15", 150.0), ("2020-11-01", 165.0),
          ("2021-01-10", 170.0))
HEAD = (280, 250, 240, 200, 180, 150, 120, 140, 190, 320, 360, 300)  # tens of head by month


def no_sale(tuesday: dt.date) -> bool:
    """Whether the barn is shut on `tuesday`: in Christmas week and on New Year's Day."""
    return (tuesday.month == 12 and 22 <= tuesday.day <= 28) or (tuesday.month, tuesday.day
                                                                 ) == (1, 1)


def sale_day(day: dt.date) -> dt.date:
    """The last Tuesday sale on or before `day`."""
    sale = on_or_before(day, 1)
    while no_sale(sale):
        sale -= 7 * ONE
    return sale


def next_sale(day: dt.date) -> dt.date:
    """The first Tuesday sale after `day`."""
    sale = day + dt.timedelta(days=(1 - day.weekday()) % 7 or 7)
    while no_sale(sale):
        sale += 7 * ONE
    return sale


def receipts(sale: dt.date) -> int:
    return int(round(HEAD[sale.month - 1] * 10 * (1 + 0.25 * wobble(sale, "head")), -1))


def _rb_sale(day: dt.date) -> str:
    sale = sale_day(day)
    if day < RB_REDESIGN:
        return f"Market report: {sale.month}/{sale.day}/{sale.year} sale"
    return (f"Market report for the {WEEKDAYS[sale.weekday()]}, {MONTHS[sale.month - 1]} "
            f"{sale.day}, {sale.year} sale")


def _rb_receipts(day: dt.date) -> str:
    sale = sale_day(day)
    year_ago = sale_day(sale - 364 * ONE)
    return (f"Receipts: {receipts(sale):,} head; last week {receipts(sale_day(sale - ONE)):,}; "
            f"a year ago {receipts(year_ago):,}")


def _rb_steers(day: dt.date) -> str:
    sale = sale_day(day)
    top = through(sale, STEERS) * (1 + 0.03 * wobble(sale, "steers"))
    return f"Steers 500-600 lbs: ${top * 0.88:.2f}-${top:.2f} per cwt"


def _rb_next(day: dt.date) -> str:
    sale = next_sale(day)
    when = f"{WEEKDAYS[sale.weekday()]}, {MONTHS[sale.month - 1]} {sale.day}"
    if sale == nth_weekday(sale.year, 11, 1, 1):
        return f"Next sale: {when}: weaned calf special, 10 a.m. start"
    if sale == nth_weekday(sale.year, 2, 1, 2):
        return f"Next sale: {when}: bred cow and heifer sale, 11 a.m. start"
    if no_sale(sale - 7 * ONE):
        return f"Happy holidays from all of us. Sales resume {when} at 11 a.m."
    return f"Next sale: {when}, 11 a.m. sharp"


def redbutte_style() -> PublisherStyle:
    """An American livestock auction's market reports: the date of the week's Tuesday sale,
    numeric then the weekday and long date from January 2017 (a wording per week, no sale in
    Christmas week nor on New Year's Day), the receipts against last week and a year ago and
    the steer price range (a wording per sale), the market's tone from a pool, the next sale
    with the weaned calf special, the bred cow sale and the holiday break (a wording per
    week), the consigning line with a field rep from a pool, the watch-and-bid-online line,
    the brand-inspection line, the accuracy line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="redbuttelivestock.com", site="Red Butte Livestock", base_size=55,
        subdomains=(("www.", 100),),
        sections=("market-reports", "news", "special-sales"),
        n_authors=2, url_path="/{section}/{yyyy}-{mm}-{dd}-{slug}",
        pools={
            "tone": ("steady to $3 higher", "$2 to $5 lower", "steady on a light test",
                     "sharply higher with active demand", "uneven, mostly steady"),
            "rep": ("Wade Lindstrom, (605) 555-0143", "Cody Harland, (605) 555-0171",
                    "Jess Ortega, (605) 555-0126"),
        },
        families=(
            _f("sale", HEADER, 0.85, *_by_day(_rb_sale)),
            _f("receipts", HEADER, 0.5, *_by_day(_rb_receipts)),
            _f("tone", HEADER, 0.35, (_OLD, "Feeder cattle {tone} compared with last week.")),
            _f("steers", MIDDLE, 0.3, *_by_day(_rb_steers)),
            _f("next", FOOTER, 0.4, *_by_day(_rb_next)),
            _f("consign", FOOTER, 0.3, (_OLD, "To consign, call the barn at (605) 555-0188 or "
                                              "your field rep: {rep}")),
            _f("live", FOOTER, 0.25, (_OLD, "Watch and bid online every sale day at "
                                            "redbuttelivestock.com/live")),
            _f("brand", FOOTER, 0.2, (_OLD, "All cattle sold are subject to brand "
                                            "inspection.")),
            _f("accuracy", FOOTER, 0.35, (_OLD, "Prices reported are believed accurate but are "
                                                "not guaranteed.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Red Butte Livestock Auction, Inc.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last week's top on the bred "
                                                  "heifers has been fixed.")),
        ),
    )


# --- an Argentine grain-market site -------------------------------------------------------

MP_REDESIGN = dt.date(2019, 3, 12)  # relaunched on the opening day of Expoagro 2019
RETENCIONES = (("2015-01-01", "35%"), ("2015-12-17", "30%"), ("2018-01-01", "29,5%"),
               ("2018-02-01", "29%"), ("2018-03-01", "28,5%"), ("2018-04-01", "28%"),
               ("2018-05-01", "27,5%"), ("2018-06-01", "27%"), ("2018-07-01", "26,5%"),
               ("2018-08-01", "26%"), ("2018-09-04", "18% más $4 por dólar exportado"),
               ("2019-12-14", "30%"), ("2020-03-09", "33%"), ("2020-10-05", "30%"),
               ("2020-11-01", "31,5%"), ("2020-12-01", "32%"), ("2021-01-01", "33%"))
EXPOAGRO = (("2015-03-04", "2015-03-07", "2015"), ("2016-03-08", "2016-03-11", "2016"),
            ("2017-03-07", "2017-03-10", "2017"), ("2018-03-13", "2018-03-16", "2018"),
            ("2019-03-12", "2019-03-15", "2019"), ("2020-03-10", "2020-03-13", "2020"))
PIZARRA_SOJA = (("2015-01-01", 2250.0), ("2015-12-01", 2500.0), ("2015-12-20", 3900.0),
                ("2016-06-01", 4300.0), ("2017-06-01", 4000.0), ("2018-03-01", 6100.0),
                ("2018-09-01", 10200.0), ("2019-06-01", 11000.0), ("2019-09-01", 14500.0),
                ("2020-06-01", 17800.0), ("2020-10-20", 28000.0), ("2021-01-10", 31000.0))


NOVILLO = (("2015-01-01", 18.5), ("2015-12-20", 24.0), ("2016-12-01", 30.0),
           ("2017-12-01", 33.0), ("2018-09-01", 42.0), ("2019-06-01", 55.0),
           ("2019-12-01", 78.0), ("2020-06-01", 90.0), ("2021-01-10", 125.0))


def _mp_novillo(day: dt.date) -> str:
    friday = on_or_before(day, 4)
    price = through(friday, NOVILLO) * (1 + 0.02 * wobble(friday, "novillo"))
    return (f"Índice novillo del Mercado de Liniers: $ {comma(price)}/kg vivo (semana al "
            f"{friday.day:02d}/{friday.month:02d})")


def _mp_fecha(day: dt.date) -> str:
    if day < MP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{DIAS[day.weekday()].capitalize()} {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}")


def _mp_pizarra(day: dt.date) -> str:
    close = last_trading_day(day)
    soja = round(through(close, PIZARRA_SOJA) * (1 + 0.01 * wobble(close, "pz-soja")), -1)
    maiz = round(soja * (0.52 + 0.03 * wobble(close, "pz-maiz")), -1)
    return (f"Pizarra Rosario {close.day:02d}/{close.month:02d}: soja $ "
            f"{grouped(int(soja), '.')}/t · maíz $ {grouped(int(maiz), '.')}/t")


@cache
def _mp_aviso() -> Wordings:
    base = _steps((_OLD, "Recibí la pizarra de Rosario todos los días en tu correo"))
    cuarentena = [_span("2020-03-20", "2020-05-10", "🦠 Cuarentena: el agro sigue trabajando. "
                                                    "Puertos, acopios y transporte, al día")]
    expoagro = listed_spans(EXPOAGRO, lambda y: f"🚜 Expoagro {y}: seguí la muestra en vivo "
                                                f"con nuestra cobertura")
    cosecha = _yearly("04-25", 24, 36, lambda y: f"🌾 Cosecha gruesa {y - 1}/{str(y)[2:]}: avance "
                                                 f"de la trilla de soja y maíz por zona")
    return _calendar(base, cuarentena, expoagro, cosecha)


def mercadopampeano_style() -> PublisherStyle:
    """An Argentine grain-market site: the numeric date turned the weekday and the long date
    on the opening day of Expoagro 2019 (a wording per day), "Por", the last close's Rosario
    board for soy and maize (a wording per trading day), the Liniers steer index to each
    Friday (a wording per week), a source line from a pool mid-body,
    the soy export duty (changing with each decree: the 2018 monthly cuts, the per-dollar
    levy, the 2020 rises), a mailing-list line turned by Expoagro, each autumn's harvest and
    the quarantine, the prices-are-guidance line and the copyright line (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="mercadopampeano.com.ar", site="Mercado Pampeano", base_size=40,
        subdomains=(("www.", 100),),
        sections=("granos", "hacienda", "politica", "clima"),
        n_authors=3, url_path="/{section}/{slug}-n{n}",
        pools={"fuente": ("Bolsa de Comercio de Rosario", "Bolsa de Cereales de Buenos Aires",
                          "Matba-Rofex", "Ministerio de Agricultura de la Nación")},
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_mp_fecha)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}")),
            _f("pizarra", HEADER, 0.3, *_by_day(_mp_pizarra)),
            _f("novillo", HEADER, 0.15, *_by_day(_mp_novillo)),
            _f("fuente", MIDDLE, 0.25, (_OLD, "Fuente: {fuente}")),
            _f("derechos", FOOTER, 0.2, *from_table(RETENCIONES, lambda v: (
                f"Derechos de exportación vigentes para el poroto de soja: {v}"))),
            _f("aviso", FOOTER, 0.25, *_mp_aviso()),
            _f("orientativos", FOOTER, 0.35, (_OLD, "Los precios publicados son orientativos y "
                                                    "no constituyen una recomendación de "
                                                    "compra o venta.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Mercado Pampeano. Todos los "
                                                 "derechos reservados.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: corregimos el precio de la "
                                               "soja disponible publicado ayer.")),
        ),
    )


# --- an Irish farmers' co-op's newsletter -------------------------------------------------

SC_ONLINE = dt.date(2018, 4, 3)
SC_DIVIDEND = (("2014-05-17", "4.5c"), ("2015-05-16", "5c"), ("2016-05-21", "4c"),
               ("2017-05-20", "5.5c"), ("2018-05-19", "6c"), ("2019-05-18", "6.5c"),
               ("2020-09-26", "5c"))  # the 2020 AGM was put off to September
PLOUGHING = (("2015-09-22", "2015-09-24", "2015"), ("2016-09-20", "2016-09-22", "2016"),
             ("2017-09-19", "2017-09-21", "2017"), ("2018-09-18", "2018-09-20", "2018"),
             ("2019-09-17", "2019-09-19", "2019"))
MILK = (("2014-12-01", 31.0), ("2015-06-01", 28.5), ("2016-05-01", 23.0),
        ("2016-12-01", 32.0), ("2017-10-01", 37.5), ("2018-06-01", 32.0),
        ("2019-06-01", 31.5), ("2020-04-01", 29.0), ("2020-11-01", 33.5))


def _sc_dated(day: dt.date) -> str:
    return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"


def _sc_milk(day: dt.date) -> str:
    paid = day.replace(day=15)
    y, m = (day.year, day.month - 1) if day >= paid else (day.year, day.month - 2)
    if m <= 0:
        y, m = y - 1, m + 12
    month = dt.date(y, m, 1)
    cents = through(month, MILK) * (1 + 0.01 * wobble(month, "milk"))
    return (f"{MONTHS[m - 1]} milk: {cents:.2f}c/l including VAT for milk at 3.6% butterfat and "
            f"3.3% protein")


def _sc_mart(day: dt.date) -> str:
    saturday = on_or_before(day, 5)
    lots = int(round(520 * (1 + 0.3 * wobble(saturday, "mart")), -1))
    return (f"Belmullet Mart, Saturday {saturday.day} {MONTHS[saturday.month - 1]}: {lots} "
            f"cattle on offer")


@cache
def _sc_hours() -> Wordings:
    base = _steps((_OLD, "Our stores are open Monday to Friday 8.30am-6pm and Saturday "
                         "9am-1pm."),
                  (SC_ONLINE.isoformat(), "Order feed, fertiliser and hardware online and "
                                          "collect in store the next day."))
    covid = [_span("2020-03-27", "2020-05-18", "Stores remain open for farm supplies: please "
                                               "phone your order ahead and keep your distance")]
    ploughing = listed_spans(PLOUGHING, lambda y: f"Call to our stand at the National "
                                                  f"Ploughing Championships {y}")
    christmas = _yearly("12-25", 5, 7, lambda y: f"Christmas {y}: stores close at 1pm on 24 "
                                                 f"December and reopen on 27 December")
    return _calendar(base, covid, ploughing, christmas)


def slievemore_style() -> PublisherStyle:
    """An Irish farmers' co-op's newsletter: "Posted on" with the long date (a wording per
    day), last month's milk price (a wording per month, paid each 15th), the Saturday mart's
    numbers (a wording per week), a store-hours line reworded for online orders and turned by
    the Ploughing, Christmas and the 2020 lockdown, the dividend approved at the last AGM
    (changing each May, in September in 2020), the contact line, the registered-society line
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="slievemorecoop.ie", site="Slievemore Co-op", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "milk", "mart", "stores"),
        n_authors=2, url_path="/{section}/{slug}/",
        families=(
            _f("dated", HEADER, 0.8, *_daily(_sc_dated)),
            _f("milk", HEADER, 0.25, *_by_day(_sc_milk)),
            _f("mart", HEADER, 0.2, *_by_day(_sc_mart)),
            _f("hours", FOOTER, 0.3, *_sc_hours()),
            _f("dividend", FOOTER, 0.1, *from_table(SC_DIVIDEND, lambda v: (
                f"Shareholders: a dividend of {v} per share was approved at the last AGM."))),
            _f("contact", FOOTER, 0.35, (_OLD, "Slievemore Co-op, Main Street, Belmullet, "
                                               "Co. Mayo · 097 55512")),
            _f("registered", FOOTER, 0.3, (_OLD, "Registered in Ireland as a co-operative "
                                                 "society, no. 5301R.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Slievemore Co-op")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the mart date in last week's "
                                                  "notice was wrong.")),
        ),
    )


def heldout129_styles() -> list[PublisherStyle]:
    """The held-back-129 styles, in the order the generator hands them to publishers."""
    return [
        farmersledger_style(), prairieag_style(), tribunacampo_style(), canalsafra_style(),
        echodessillons_style(), kisanvani_style(), zernotyzhden_style(),
        sautiyamkulima_style(), kahikatea_style(), redbutte_style(), mercadopampeano_style(),
        slievemore_style(),
    ]
