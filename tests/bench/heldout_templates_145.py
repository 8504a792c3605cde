"""The ``held-back-145`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-144 set. It was
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
"ADVERTISEMENT" marker or an AIS disclaimer. The publishers are maritime trade papers, port
authorities' news pages, fishing-industry weeklies and ship-tracking news sites in English,
Dutch, Norwegian (Bokmål and Nynorsk), Greek, Chinese, Portuguese (Brazilian and European)
and Tagalog: a British maritime trade daily, a Dutch port authority's newsroom, a Norwegian
fishing-industry weekly, a Greek shipping and ferry news site, a Chinese shipping and ports
weekly's site, a ship-tracking news site, a Brazilian ports and foreign-trade news site, a
Philippine maritime news site (in Tagalog), a casualty register printing Lloyd's-style
casualty notices, a Dutch fishing weekly, a Norwegian port's news pages (in Nynorsk) and the
news pages of an Azorean port authority. The families are the kinds a crawl of such sites
holds: dates localised day by day in English (with British summer and winter time, and UTC),
Dutch, Bokmål, Nynorsk, Greek (genitive months), Chinese, Brazilian and European Portuguese
and Tagalog, several changing form on the day of a redesign; lines that turn every day (high
and low water at a port, computed from a lunar model; the day's cruise calls; the sailing ban
or strike of the day at the Greek ports; the dollar's close in reais; a dry-bulk freight
index at the London close), every week (bunker prices to the Friday, with IMO 2020's new
fuels; a container freight index each Friday; the salmon price by week number; Philippine
diesel adjustments each Tuesday; auction prices at Urk; casualties logged per week), every
month or quarter (vessels tracked, a port's container moves, cumulative port throughput);
fishing quotas, port dues, subscription prices and editors that change over the years;
vessel, voyage, position, IMO-number and registration lines from pools; casualty headings,
sources and update lines; paywalls and metered subscription walls; related links and
advertisement markers mid-body (some up to two times); notices reworded in 2016-2020 and
notices that follow maritime calendars (Posidonia, Nor-Shipping, SMM, London International
Shipping Week, Aqua Nor and Nor-Fishing, the IMO 2020 countdown, Lofotfisket, the Chinese
New Year, National Day and the summer fishing ban, Orthodox Easter and the Dekapentavgoustos,
Carnaval and the 2018 truckers' strike, Semana Santa, Undas, Christmas and the Day of the
Seafarer, named typhoons and storms, port days, Vlaggetjesdag, the pulse-fishing vote and
Brexit, 17 May, Santo Cristo and the Semana do Mar, Black Friday, the 2020 pandemic and its
crew-change crisis); multi-line blocks (notes to editors, contacts, imprints, disclaimers),
bare lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    iso_day,
    last_weekday,
    nth_weekday,
    orthodox_easter,
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
_yearly, _movable = _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles again.
_by_day, _calendar = cache(_PERIOD.by_day), _PERIOD.calendar

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember")
UKEDAGER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
VEKEDAGAR = ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
         "Setyembre", "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}|{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def curve(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
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


def per_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line that changes on the days of `table`: the value in force on the set's first day
    from the oldest day, then one wording from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def comma(value: float, places: int = 2) -> str:
    """A number with a decimal comma, as Dutch, Norwegian and Portuguese sites print it."""
    return f"{value:.{places}f}".replace(".", ",")


def spaced(number: int) -> str:
    """A whole number with spaces between the thousands (Norwegian)."""
    return f"{number:,}".replace(",", " ")


def summer_time(day: dt.date) -> bool:
    """Whether British summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def last_weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`: the day a weekly figure appears."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def business_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it at a weekend: the close a daily market line quotes."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def week_no(day: dt.date) -> int:
    return day.isocalendar()[1]


SYNODIC = 29.530588  # days from new moon to new moon
M2 = 745.236  # minutes from one high water to the next (12 h 25.2 min)
NEW_MOON = dt.datetime(2000, 1, 6, 18, 14)


def tides(day: dt.date, lag: float, mean: float, spring: float
          ) -> list[tuple[int, float]]:
    """The tides (minutes after midnight, height in metres) of one kind on `day` at a port
    whose tide comes `lag` minutes after the model's: one or two a day, 50 minutes later each
    day, highest a day and a half after new and full moon (a made-up but lunar-paced table;
    give a negative `spring` for low waters)."""
    start = (dt.datetime.combine(day, dt.time()) - NEW_MOON).total_seconds() / 60
    k = math.ceil((start - lag) / M2)
    out = []
    while (t := k * M2 + lag) < start + 1440:
        age = (t / 1440) % SYNODIC
        height = mean + spring * math.cos(4 * math.pi * (age - 1.5) / SYNODIC)
        out.append((int(t - start), round(height + 0.03 * noise(day, f"h{k}"), 2)))
        k += 1
    return out


def hhmm(minutes: int, sep: str = ":") -> str:
    return f"{minutes // 60:02d}{sep}{minutes % 60:02d}"


# --- a British maritime trade daily -------------------------------------------------------

AD_REDESIGN = dt.date(2016, 6, 6)  # relaunched on the opening day of Posidonia 2016
AD_METERED = dt.date(2016, 9, 1)
AD_NEWSLETTER = dt.date(2017, 3, 1)
IMO_2020 = dt.date(2020, 1, 1)  # the 0.50% sulphur cap
AD_PRICES = (("2014-01-01", "£35"), ("2017-01-01", "£39"), ("2019-01-01", "£42"),
             ("2020-04-01", "£45"))
SHOWS = (("2015-06-02", "2015-06-05", "Nor-Shipping 2015"),
         ("2015-09-07", "2015-09-11", "London International Shipping Week 2015"),
         ("2016-06-06", "2016-06-10", "Posidonia 2016"),
         ("2016-09-06", "2016-09-09", "SMM Hamburg 2016"),
         ("2017-05-30", "2017-06-02", "Nor-Shipping 2017"),
         ("2017-09-11", "2017-09-15", "London International Shipping Week 2017"),
         ("2018-06-04", "2018-06-08", "Posidonia 2018"),
         ("2018-09-04", "2018-09-07", "SMM Hamburg 2018"),
         ("2019-06-04", "2019-06-07", "Nor-Shipping 2019"),
         ("2019-09-09", "2019-09-13", "London International Shipping Week 2019"))
IFO380 = (("2015-01-01", 270.0), ("2015-05-15", 350.0), ("2016-01-20", 120.0),
          ("2016-06-01", 210.0), ("2017-01-05", 300.0), ("2017-06-20", 260.0),
          ("2018-05-20", 420.0), ("2018-10-05", 460.0), ("2018-12-28", 350.0),
          ("2019-05-01", 410.0), ("2019-10-15", 300.0), ("2019-12-31", 260.0))
VLSFO = (("2020-01-01", 600.0), ("2020-02-15", 480.0), ("2020-04-25", 210.0),
         ("2020-08-01", 330.0), ("2021-01-10", 390.0))
HSFO = (("2020-01-01", 340.0), ("2020-04-25", 160.0), ("2020-08-01", 270.0),
        ("2021-01-10", 340.0))
MGO = (("2015-01-01", 560.0), ("2015-05-15", 600.0), ("2016-01-20", 300.0),
       ("2016-06-01", 410.0), ("2017-01-05", 520.0), ("2017-06-20", 450.0),
       ("2018-05-20", 660.0), ("2018-10-05", 720.0), ("2018-12-28", 560.0),
       ("2019-05-01", 610.0), ("2019-12-31", 620.0), ("2020-04-25", 300.0),
       ("2020-08-01", 370.0), ("2021-01-10", 440.0))
DRY_BULK = (("2015-01-01", 770.0), ("2015-02-18", 510.0), ("2015-08-05", 1220.0),
            ("2016-02-10", 290.0), ("2016-11-18", 1250.0), ("2017-02-10", 690.0),
            ("2017-12-12", 1740.0), ("2018-04-06", 950.0), ("2018-07-24", 1770.0),
            ("2019-02-08", 600.0), ("2019-09-04", 2520.0), ("2020-01-03", 780.0),
            ("2020-05-14", 390.0), ("2020-06-30", 1800.0), ("2020-10-06", 2090.0),
            ("2021-01-10", 1800.0))


def _ad_dated(day: dt.date) -> str:
    if day < AD_REDESIGN:
        return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}"
    zone = "BST" if summer_time(day) else "GMT"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} {{time}} {zone}"


def _ad_paywall(day: dt.date) -> str:
    price = value_on(day, AD_PRICES)
    if day < AD_METERED:
        return f"This article is for Anchorline Daily subscribers. Subscribe from {price} a month."
    return (f"🔒 Subscriber-only story. Already a subscriber? Log in. Otherwise subscribe "
            f"from {price} a month.")


def bunker(friday: dt.date, anchors: tuple[tuple[str, float], ...], key: str) -> int:
    return round(curve(friday, anchors) * (1 + 0.025 * noise(friday, key)))


def _ad_bunkers(day: dt.date) -> str:
    friday = last_weekday_on_or_before(day, 4)
    week = f"week to {friday.day} {MONTHS[friday.month - 1][:3]}"
    mgo = bunker(friday, MGO, "mgo")
    if day < IMO_2020:
        return (f"Bunkers, Rotterdam ({week}): IFO380 ${bunker(friday, IFO380, 'ifo')}/t · "
                f"MGO ${mgo}/t")
    return (f"Bunkers, Rotterdam ({week}): VLSFO ${bunker(friday, VLSFO, 'vlsfo')}/t · HSFO "
            f"${bunker(friday, HSFO, 'hsfo')}/t · MGO ${mgo}/t")


def dry_bulk(day: dt.date) -> int:
    return round(curve(day, DRY_BULK) * (1 + 0.02 * noise(day, "bulk")))


def _ad_index(day: dt.date) -> str:
    close = business_day(day)
    before = close - (3 if close.weekday() == 0 else 1) * ONE
    now = dry_bulk(close)
    return (f"Dry bulk index: {now:,} ({now - dry_bulk(before):+d}) at the London close, "
            f"{WEEKDAYS[close.weekday()][:3]} {close.day} {MONTHS[close.month - 1][:3]}")


@cache
def _ad_notice() -> Wordings:
    base = _steps((_OLD, "Sign up to Anchorline Daily's free morning newsletter"),
                  (AD_NEWSLETTER.isoformat(), "📧 The Morning Watch: shipping's news before "
                                              "the markets open. Free to your inbox"))
    pandemic = [
        _span("2020-03-16", "2020-05-31", "🦠 Coronavirus and shipping: our port restrictions "
                                          "tracker, updated daily"),
        _span("2020-06-01", "2020-09-30", "🧭 The crew change crisis: our tracker of seafarers "
                                          "stranded at sea"),
    ]
    countdown: list[Event] = []
    for n in range(31, 0, -1):
        day = IMO_2020 - n * ONE
        countdown.append((day, day + ONE, f"⏳ IMO 2020: the 0.50% sulphur cap starts in {n} "
                                          f"day{'s' if n > 1 else ''}"))
    countdown.append(_span("2020-01-01", "2020-01-07", "IMO 2020 is here: read our guide to "
                                                       "compliant fuels"))
    shows = [_span(first, last, f"⚓ {name}: our reporters are at the show all week")
             for first, last, name in SHOWS]
    return _calendar(base, pandemic, countdown, shows)


def anchorline_style() -> PublisherStyle:
    """A British maritime trade daily: a sector kicker from a pool, the short date turned the
    weekday, the long date, the time and British summer or winter time on the opening day
    of Posidonia 2016 (a wording per day), "By" turned the writer with the beat, a
    subscription wall with its monthly price (raised in 2017, 2019 and 2020) turned a
    metered wall, Rotterdam bunker prices to each Friday (IFO380 and MGO, then VLSFO, HSFO
    and MGO from IMO 2020), a dry-bulk index at each business day's London close, a vessel
    caption with its IMO number and flag from pools, "Read also:" and "ADVERTISEMENT" up to
    twice mid-body, a newsletter line reworded and turned by the shows (Posidonia,
    Nor-Shipping, SMM, London International Shipping Week), the IMO 2020 countdown day by
    day and the pandemic's trackers, the publisher and copyright lines (a block), a rare
    correction."""
    return PublisherStyle(
        domain="anchorlinedaily.com", site="Anchorline Daily", base_size=250,
        subdomains=(("www.", 100),),
        sections=("tankers", "dry-bulk", "containers", "ports", "casualty", "finance",
                  "regulation"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "sector": ("TANKERS", "DRY BULK", "CONTAINERS", "PORTS & LOGISTICS", "CASUALTY",
                       "SHIP FINANCE", "REGULATION"),
            "beat": ("Tanker Editor", "Dry Bulk Correspondent", "Asia Bureau Chief",
                     "Ship Finance Editor", "Regulation Reporter", "Casualty Desk"),
            "vessel": ("Aegean Fortune", "Cape Meridian", "Pacific Lumen", "Jade Harmony",
                       "Baltic Osprey", "Star Kalliope", "Orient Tidings"),
            "imo": ("9384721", "9512264", "9701835", "9298103", "9645520", "9817443"),
            "flag": ("Liberia", "Marshall Islands", "Panama", "Malta", "Greece", "Singapore"),
            "photo": ("Anchorline Daily", "Shutterstock", "the owner", "port authority",
                      "coastguard handout"),
        },
        families=(
            _f("sector", HEADER, 0.5, (_OLD, "{sector}")),
            _f("dated", HEADER, 0.92, *_by_day(_ad_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (AD_REDESIGN.isoformat(), "By {author} · {author_beat}")),
            _f("paywall", HEADER, 0.2, *_by_day(_ad_paywall)),
            _f("bunkers", HEADER, 0.2, *_by_day(_ad_bunkers)),
            _f("index", HEADER, 0.15, *_by_day(_ad_index)),
            _f("caption", MIDDLE, 0.3, (_OLD, "{vessel} (IMO {imo}, {flag} flag). Photo: "
                                              "{photo}")),
            _f("read-also", MIDDLE, 0.4, (_OLD, "Read also: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("notice", FOOTER, 0.3, *_ad_notice()),
            _f("publisher", FOOTER, 0.3, (_OLD, "Anchorline Daily is published by Anchorline "
                                                "Media Ltd, 3 Mincing Court, London EC3R "
                                                "7AA.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Anchorline Media Ltd. All rights "
                                                 "reserved. No part of this article may be "
                                                 "reproduced without permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong deadweight for the "
                                                  "vessel.")),
        ),
    )


# --- a Dutch port authority's newsroom ----------------------------------------------------

SM_REDESIGN = dt.date(2017, 9, 4)
SM_APP = dt.date(2018, 3, 1)
SM_HAVENGELD = (("2014-01-01", "0,4575"), ("2015-01-01", "0,4621"), ("2016-01-01", "0,4667"),
                ("2017-01-01", "0,4714"), ("2018-01-01", "0,4785"), ("2019-01-01", "0,4881"),
                ("2020-01-01", "0,4979"))
SM_TONNES = {2013: 68.1, 2014: 69.5, 2015: 70.2, 2016: 71.0, 2017: 72.4, 2018: 74.1, 2019: 75.3,
             2020: 68.9}  # million tonnes a year
SM_STORMS = (("2018-01-18", "2018-01-18", "David"), ("2020-02-09", "2020-02-10", "Ciara"),
             ("2020-02-15", "2020-02-16", "Dennis"), ("2020-12-26", "2020-12-27", "Bella"))
PERIODS_NL = ("eerste kwartaal", "eerste halfjaar", "eerste drie kwartalen")


def _sm_dated(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{DAGEN[day.weekday()].capitalize()} {day.day} {MAANDEN[day.month - 1]} {day.year}"


def _sm_getij(day: dt.date) -> str:
    waters = " en ".join(f"{hhmm(t)} (NAP +{comma(h)} m)"
                         for t, h in tides(day, 95.0, 2.25, 0.32))
    return f"Hoogwater Vlissingen {day.day} {MAANDEN[day.month - 1]}: {waters}"


def throughput(y: int, quarters: int) -> float:
    """Tonnes handled in the first `quarters` quarters of `y` (million, cumulative)."""
    share = (0.245, 0.495, 0.748, 1.0)[quarters - 1]
    wiggle = 1 + (0.01 * noise(dt.date(y, quarters * 3, 1), "sm") if quarters < 4 else 0)
    return round(SM_TONNES[y] * share * wiggle, 1)


def sm_release(y: int, m: int) -> dt.date:
    """The day a throughput figure appears: the third Thursday of January, April, July and
    October."""
    return nth_weekday(y, m, 3, 3)


def _sm_overslag(day: dt.date) -> str:
    y = day.year
    releases = [sm_release(y, m) for m in (1, 4, 7, 10)]
    done = sum(r <= day for r in releases)
    if done <= 1:  # the full year in January, before it the first three quarters
        y, done = y - 1, done + 3
    else:
        done -= 1
    now, before = throughput(y, done), throughput(y - 1, done)
    change = comma((now / before - 1) * 100, 1)
    if done == 4:
        return f"Overslag {y}: {comma(now, 1)} miljoen ton ({change}% t.o.v. {y - 1})"
    return (f"Overslag {PERIODS_NL[done - 1]} {y}: {comma(now, 1)} miljoen ton ({change}% t.o.v. "
            f"dezelfde periode in {y - 1})")


def havendag(y: int) -> dt.date:
    """The port's open days: the second Saturday of September."""
    return nth_weekday(y, 9, 5, 2)


@cache
def _sm_melding() -> Wordings:
    base = _steps((_OLD, "Volg de scheepvaartberichten van Havenbedrijf Scheldemond op "
                         "Twitter"),
                  (SM_APP.isoformat(), "📲 Nieuw: onze haven-app met ligplaatsen en verwachte "
                                       "aankomsten"))
    storms = [_span(first, last, f"⚠️ Storm {name}: beperkingen voor de scheepvaart op de "
                                 f"Westerschelde") for first, last, name in SM_STORMS]
    pandemic = [_span("2020-03-16", "2020-06-30", "Corona: de haven blijft open. Lees hier de "
                                                  "maatregelen voor bemanningen en bezoekers")]
    dagen = _movable(havendag, 7, 1, lambda y: (
        "De Havendagen 2020 gaan niet door; kijk mee met de digitale havendag" if y == 2020
        else f"Havendagen {y}: gratis rondvaarten op zaterdag {havendag(y).day} "
             f"september"))
    kerst = _yearly("12-24", 3, 8, lambda y: "Kerst en jaarwisseling: de Havencoördinatie is "
                                             "24/7 bereikbaar via VHF-kanaal 14")
    return _calendar(base, storms, pandemic, dagen, kerst)


def scheldemond_style() -> PublisherStyle:
    """A Dutch port authority's newsroom: the kind of item from a pool, the numeric date
    turned the weekday and the long date on 4 September 2017 (a wording per day), the day's
    high waters at Vlissingen with their heights (a wording per day), the cumulative
    throughput published each quarter's third Thursday, the year's seaport dues per gross
    ton (changing each January), a photo credit, a ship line and "Lees ook:" mid-body, an
    app line reworded and turned by named storms, the pandemic, the port days (called off in
    2020) and Christmas, the note to editors, the press contact and the about line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="scheldemondport.nl", site="Havenbedrijf Scheldemond", base_size=220,
        subdomains=(("www.", 85), ("nieuws.", 15)),
        sections=("nieuws", "persberichten", "nautisch", "duurzaamheid", "werken"),
        n_authors=5, url_path="/nl/{section}/{slug}",
        pools={
            "soort": ("Persbericht", "Nieuws", "Nautisch bericht", "Scheepvaartbericht",
                      "Achtergrond"),
            "foto": ("Havenbedrijf Scheldemond", "Eric Bakker", "ANP", "Rijkswaterstaat",
                     "Freek van Dijk"),
            "schip": ("containerschip Nordic Tern (366 meter)", "bulkcarrier Cape Wren "
                      "(292 meter)", "gastanker Polar Iris (295 meter)", "ro-ro-schip "
                      "Stena Vlaanderen (212 meter)", "cruiseschip Aurora Borealis "
                      "(294 meter)"),
        },
        families=(
            _f("soort", HEADER, 0.55, (_OLD, "{soort}")),
            _f("datum", HEADER, 0.9, *_by_day(_sm_dated)),
            _f("getij", HEADER, 0.25, *_by_day(_sm_getij)),
            _f("overslag", FOOTER, 0.2, *_by_day(_sm_overslag)),
            _f("havengeld", FOOTER, 0.15, *per_table(SM_HAVENGELD, lambda v: (
                f"Zeehavengeld: € {v} per bruto ton (tarief per 1 januari)"))),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("schip", MIDDLE, 0.2, (_OLD, "Het schip: {schip}")),
            _f("lees-ook", MIDDLE, 0.3, (_OLD, "Lees ook: {other_title}")),
            _f("melding", FOOTER, 0.3, *_sm_melding()),
            _f("noot", FOOTER, 0.5, (_OLD, "Noot voor de redactie, niet voor publicatie:")),
            _f("contact", FOOTER, 0.5, (_OLD, "Voor meer informatie: afdeling Communicatie, "
                                              "telefoon 0118 555 140, "
                                              "pers@scheldemondport.nl")),
            _f("over", FOOTER, 0.4, (_OLD, "Havenbedrijf Scheldemond beheert en ontwikkelt de "
                                           "havens aan de Westerschelde.")),
            _f("copyright", FOOTER, 0.2, (_OLD, "© {year} Havenbedrijf Scheldemond N.V.")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie van "
                                                    "dit bericht stond een onjuiste "
                                                    "diepgang.")),
        ),
    )


# --- a Norwegian fishing-industry weekly --------------------------------------------------

KF_REDESIGN = dt.date(2018, 8, 21)  # relaunched on the opening day of Nor-Fishing 2018
KF_PLUS = dt.date(2017, 1, 10)
KF_APP = dt.date(2019, 2, 1)
KF_EDITOR = dt.date(2018, 1, 1)
KF_PRICES = (("2017-01-01", "169"), ("2018-01-01", "189"), ("2019-01-01", "199"),
             ("2020-01-01", "219"))
COD_QUOTA = (("2014-01-01", "993 000"), ("2015-01-01", "894 000"), ("2017-01-01", "890 000"),
             ("2018-01-01", "775 000"), ("2019-01-01", "725 000"), ("2020-01-01", "738 000"),
             ("2021-01-01", "885 600"))
SALMON = (("2015-01-01", 40.0), ("2015-06-01", 38.0), ("2015-12-01", 55.0),
          ("2016-04-15", 70.0), ("2016-08-01", 58.0), ("2016-12-20", 70.0),
          ("2017-03-01", 72.0), ("2017-09-01", 48.0), ("2017-12-20", 62.0),
          ("2018-05-01", 75.0), ("2018-10-01", 55.0), ("2019-04-15", 68.0),
          ("2019-09-15", 52.0), ("2020-01-15", 68.0), ("2020-04-01", 52.0),
          ("2020-07-01", 58.0), ("2020-11-15", 50.0), ("2021-01-10", 54.0))
FISH_FAIRS = (("2015-08-18", "2015-08-21", "Aqua Nor 2015"),
              ("2016-08-16", "2016-08-19", "Nor-Fishing 2016"),
              ("2017-08-15", "2017-08-18", "Aqua Nor 2017"),
              ("2018-08-21", "2018-08-24", "Nor-Fishing 2018"),
              ("2019-08-20", "2019-08-23", "Aqua Nor 2019"))


def _kf_dated(day: dt.date) -> str:
    if day < KF_REDESIGN:
        return f"Publisert {day.day:02d}.{day.month:02d}.{day.year} kl. {{time}}"
    return (f"Publisert {UKEDAGER[day.weekday()]} {day.day}. {MANEDER[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def _kf_abonnent(day: dt.date) -> str:
    if day < KF_PLUS:
        return "Denne saken er bare for abonnenter."
    return (f"🔒 Kystfiskeren+ Les hele saken – abonnement fra {value_on(day, KF_PRICES)} kr i "
            f"måneden")


def salmon_price(week_monday: dt.date) -> float:
    return round(curve(week_monday, SALMON) * (1 + 0.03 * noise(week_monday, "laks")), 2)


def _kf_laks(day: dt.date) -> str:
    wednesday = last_weekday_on_or_before(day, 2)
    week = wednesday - 9 * ONE  # the Monday of the week before
    return (f"Laksepris uke {week_no(week)}: {comma(salmon_price(week))} kr/kg (fersk laks, "
            f"3–6 kg, eksport)")


@cache
def _kf_melding() -> Wordings:
    base = _steps((_OLD, "Få siste nytt fra fiskeriene – last ned Kystfiskeren-appen"),
                  (KF_APP.isoformat(), "📱 Følg Kystfiskeren på Facebook og få varsler i "
                                       "appen"))
    pandemic = [_span("2020-03-12", "2020-06-14", "Koronakrisen og sjømaten: følg utviklingen "
                                                  "her")]
    fairs = [_span(first, last, f"{name}: Kystfiskeren er på plass – les alt fra messa")
             for first, last, name in FISH_FAIRS]
    fairs.append(_span("2020-08-18", "2020-08-21", "Nor-Fishing 2020 er avlyst – les våre "
                                                   "digitale messesaker"))
    lofoten = _yearly("03-15", 28, 31, lambda y: f"Lofotfisket {y}: følg skreisesongen dag "
                                                 f"for dag")
    return _calendar(base, pandemic, fairs, lofoten)


def kystfiskeren_style() -> PublisherStyle:
    """A Norwegian fishing-industry weekly: a section label from a pool, "Publisert" with the
    numeric date and the time turned the weekday and the long date on the opening day of
    Nor-Fishing 2018 (a wording per day), the writer turned text and photo credits, a
    paywall turned "Kystfiskeren+" with its monthly price (raised each January), the
    salmon price of the week before, by week number (each Wednesday), the year's cod quota
    (changing each January, unchanged in 2016), a vessel with its registration from a pool,
    "LES OGSÅ:" and "ANNONSE" (up to twice) mid-body, an app line reworded and turned by
    Lofotfisket, Aqua Nor and Nor-Fishing (called off in 2020) and the pandemic, the press
    ethics line and the copyright line with the editor (changed in 2018) (a block), a rare
    correction."""
    return PublisherStyle(
        domain="kystfiskeren.no", site="Kystfiskeren", base_size=195,
        subdomains=(("www.", 100),),
        sections=("fiskeri", "havbruk", "eksport", "kvoter", "flaten"),
        n_authors=8, url_path="/{section}/{slug}/{n}",
        pools={
            "stikk": ("HAVFISKE", "KYSTFISKE", "OPPDRETT", "SJØMATEKSPORT", "KVOTER", "FLÅTEN"),
            "foto": ("Kystfiskeren", "NTB", "Fiskeridirektoratet", "Privat",
                     "Sjømatrådet"),
            "fartoy": ("«Havbris» (F-12-BD)", "«Nordkyn» (T-84-T)", "«Skreigutt» (N-45-VV)",
                       "«Ørnøy» (M-123-HØ)", "«Brattholm» (H-7-AV)"),
        },
        families=(
            _f("stikk", HEADER, 0.5, (_OLD, "{stikk}")),
            _f("dato", HEADER, 0.9, *_by_day(_kf_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "{author}"),
               (KF_REDESIGN.isoformat(), "Tekst: {author} · Foto: {foto}")),
            _f("abonnent", HEADER, 0.3, *_by_day(_kf_abonnent)),
            _f("laks", HEADER, 0.2, *_by_day(_kf_laks)),
            _f("kvote", FOOTER, 0.15, *per_table(COD_QUOTA, lambda v: (
                f"Totalkvote for nordøstarktisk torsk i år: {v} tonn"))),
            _f("fartoy", MIDDLE, 0.2, (_OLD, "Fartøy: {fartoy}")),
            _f("les-ogsa", MIDDLE, 0.35, (_OLD, "LES OGSÅ: {other_title}")),
            _f("annonse", MIDDLE, 0.3, (_OLD, "ANNONSE"), count=2),
            _f("melding", FOOTER, 0.3, *_kf_melding()),
            _f("presse", FOOTER, 0.3, (_OLD, "Kystfiskeren arbeider etter Vær Varsom-plakatens "
                                             "regler for god presseskikk.")),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© Kystfiskeren AS {year} · Ansvarlig redaktør: Arne Solheim"),
               (KF_EDITOR.isoformat(), "© Kystfiskeren AS {year} · Ansvarlig redaktør: Kari "
                                       "Myrvang")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: I en tidligere versjon av saken var "
                                                "kvoten oppgitt feil.")),
        ),
    )


# --- a Greek shipping and ferry news site -------------------------------------------------

ND_REDESIGN = dt.date(2018, 6, 4)  # relaunched on the opening day of Posidonia 2018
ND_GNEWS = dt.date(2019, 3, 1)
GR_STRIKES = ("2015-11-12", "2015-12-03", "2016-02-04", "2016-05-06", "2016-05-08",
              "2017-05-17", "2017-12-14", "2018-05-30", "2018-11-14", "2019-09-24",
              "2019-12-05", "2020-09-14")


def _nd_dated(day: dt.date) -> str:
    if day < ND_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{MERES[day.weekday()]} {day.day} {MINES[day.month - 1]} {day.year}, {{time}}"


def gale(day: dt.date) -> bool:
    """A made-up sailing-ban day: more often in winter, sometimes with the summer meltemi."""
    threshold = (0.6 if day.month in (11, 12, 1, 2, 3)
                 else 0.8 if day.month in (7, 8) else 0.9)
    return noise(day, "beaufort") > threshold


def _nd_limania(day: dt.date) -> str:
    when = f"{MERES[day.weekday()]} {day.day} {MINES[day.month - 1]}"
    if day.isoformat() in GR_STRIKES:
        return f"Δεμένα τα πλοία σήμερα, {when}: 24ωρη απεργία των ναυτεργατών"
    if gale(day):
        return (f"Απαγορευτικό απόπλου σήμερα, {when}, από Πειραιά, Ραφήνα και Λαύριο λόγω "
                f"ισχυρών ανέμων")
    return f"Κανονικά τα δρομολόγια σήμερα, {when}: δεν ισχύει απαγορευτικό απόπλου"


@cache
def _nd_akolouthiste() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε μας στο Facebook και στο Twitter"),
                  (ND_GNEWS.isoformat(), "Ο Ναυτιλιακός Δρόμος και στο Google News: "
                                         "ακολουθήστε μας"))
    pandemic = [
        _span("2020-03-21", "2020-05-24", "Μόνο οι μόνιμοι κάτοικοι ταξιδεύουν στα νησιά: όλοι "
                                          "οι περιορισμοί"),
        _span("2020-05-25", "2020-08-31", "Υποχρεωτική η μάσκα στα πλοία: τα μέτρα για τις "
                                          "ακτοπλοϊκές μετακινήσεις"),
    ]
    posidonia = [_span("2016-06-06", "2016-06-10", "Ποσειδώνια 2016: όλα τα νέα από την "
                                                   "έκθεση"),
                 _span("2018-06-04", "2018-06-08", "Ποσειδώνια 2018: όλα τα νέα από την "
                                                   "έκθεση")]
    pascha = _movable(orthodox_easter, 6, 1, lambda y: f"Πάσχα {y}: έκτακτα δρομολόγια προς "
                                                       f"τα νησιά")
    avgoustos = _yearly("08-15", 5, 2, lambda y: f"Δεκαπενταύγουστος {y}: αυξημένη κίνηση "
                                                 f"στα λιμάνια")
    return _calendar(base, pandemic, posidonia, pascha, avgoustos)


def naftiliakos_style() -> PublisherStyle:
    """A Greek shipping and ferry news site: a category from a pool, the numeric date and
    the time turned the weekday and the long date with the month in the genitive on the
    opening day of Posidonia 2018 (a wording per day), "Συντάκτης:", the day's line at the
    ports (a wording per day: a seafarers' strike, a sailing ban in strong winds, or normal
    sailings), "Διαβάστε επίσης:" and "ΔΙΑΦΗΜΙΣΗ" (up to twice) mid-body, a ship and a
    source from pools, a follow line reworded for Google News and turned by Posidonia,
    Orthodox Easter, the Dekapentavgoustos and the pandemic's restrictions, the reposting
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="naftiliakosdromos.gr", site="Ναυτιλιακός Δρόμος", base_size=170,
        subdomains=(("www.", 100),),
        sections=("naftilia", "aktoploia", "limania", "nafpigeia", "krouazieres"),
        n_authors=6, url_path="/{section}/{n}/{slug}",
        pools={
            "katigoria": ("Ναυτιλία", "Ακτοπλοΐα", "Λιμάνια", "Ναυπηγεία", "Κρουαζιέρα",
                          "Ναυτική Εκπαίδευση"),
            "ploio": ("Αιγαίον Φως", "Κυκλάδες Εξπρές", "Θαλασσοπούλα", "Ποσειδών Ελλάς",
                      "Νεφέλη"),
            "pigi": ("ΑΠΕ-ΜΠΕ", "Λιμενικό Σώμα", "Υπουργείο Ναυτιλίας", "Ναυτιλιακός Δρόμος"),
        },
        families=(
            _f("katigoria", HEADER, 0.5, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.9, *_by_day(_nd_dated)),
            _f("syntaktis", HEADER, 0.55, (_OLD, "Συντάκτης: {author}")),
            _f("limania", HEADER, 0.25, *_by_day(_nd_limania)),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("diafimisi", MIDDLE, 0.3, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("ploio", MIDDLE, 0.2, (_OLD, "Το πλοίο: «{ploio}»")),
            _f("pigi", MIDDLE, 0.2, (_OLD, "Πηγή: {pigi}")),
            _f("akolouthiste", FOOTER, 0.3, *_nd_akolouthiste()),
            _f("anadimosiefsi", FOOTER, 0.3, (_OLD, "Η αναδημοσίευση του άρθρου επιτρέπεται "
                                                    "μόνο με ενεργό σύνδεσμο προς την "
                                                    "πηγή.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Ναυτιλιακός Δρόμος. Με την επιφύλαξη "
                                                "παντός δικαιώματος.")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: Σε προηγούμενη εκδοχή του άρθρου "
                                                 "αναφερόταν λάθος όνομα πλοίου.")),
        ),
    )


# --- a Chinese shipping and ports weekly's site -------------------------------------------

HG_REDESIGN = dt.date(2018, 1, 1)
HG_WECHAT = dt.date(2019, 6, 1)
HG_POLICE = dt.date(2017, 6, 1)  # the public-security filing number added to the footer
SPRING_FESTIVAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                   2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
FREIGHT = (("2015-01-02", 1110.0), ("2015-12-25", 730.0), ("2016-03-25", 640.0),
           ("2016-12-30", 790.0), ("2017-06-30", 780.0), ("2018-12-28", 850.0),
           ("2019-12-27", 900.0), ("2020-04-24", 870.0), ("2020-08-28", 1050.0),
           ("2021-01-08", 1620.0))


def _hg_dated(day: dt.date) -> str:
    if day < HG_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return (f"发布时间：{day.year}年{day.month:02d}月{day.day:02d}日 {XINGQI[day.weekday()]} "
            f"{{time}}")


def freight_index(friday: dt.date) -> float:
    return round(curve(friday, FREIGHT) * (1 + 0.015 * noise(friday, "ccfi")), 2)


def _hg_yunjia(day: dt.date) -> str:
    friday = last_weekday_on_or_before(day, 4)
    now, before = freight_index(friday), freight_index(friday - 7 * ONE)
    return (f"集装箱运价综合指数（{friday.month}月{friday.day}日）：{now:.2f}点，环比"
            f"{(now / before - 1) * 100:+.1f}%")


@cache
def _hg_tishi() -> Wordings:
    base = _steps((_OLD, "扫描二维码，关注航港周刊微信公众号"),
                  (HG_WECHAT.isoformat(), "关注“航港周刊”微信公众号，航运资讯每天早知道"))
    pandemic = [_span("2020-01-24", "2020-03-31", "疫情防控：国际航行船舶船员换班最新规定")]
    chunjie = _movable(lambda y: iso_day(SPRING_FESTIVAL[y]), 7, 7,
                       lambda y: f"{y}年春节假期：港口作业安排及船期调整")
    xiuyu = _yearly("05-01", 5, 1, lambda y: f"{y}年伏季休渔5月1日12时开始，渔船请按时回港")
    guoqing = _yearly("10-01", 2, 6, lambda y: f"{y}年国庆假期：港口24小时正常作业")
    return _calendar(base, pandemic, chunjie, xiuyu, guoqing)


def hanggang_style() -> PublisherStyle:
    """A Chinese shipping and ports weekly's site: a column from a pool, the ISO date and
    the time turned "发布时间：" with the date in characters and the weekday on New Year's
    Day 2018 (a wording per day), "来源：" from a pool, a container freight index to each
    Friday with its change on the week, "相关阅读：" and "广告" mid-body, a ship name from a
    pool, a WeChat line reworded and turned by the Spring Festival, the summer fishing ban,
    National Day and the pandemic, the editor line, a disclaimer, the copyright line and
    the ICP filing line (given a public-security filing number in 2017) (a block), a rare
    correction."""
    return PublisherStyle(
        domain="hanggangzhoukan.cn", site="航港周刊", base_size=150,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("yaowen", "gangkou", "chuanbo", "haishi", "chuanyuan"),
        n_authors=5, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "lanmu": ("航运要闻", "港口动态", "船舶市场", "海事安全", "船员之家"),
            "laiyuan": ("航港周刊", "港航通讯社", "海事局网站", "本刊记者", "综合报道"),
            "chuanbo": ("“远洋之星”轮", "“东方明珠”轮", "“海丰启航”轮", "“长江一号”轮",
                        "“中远福瑞”轮"),
        },
        families=(
            _f("lanmu", HEADER, 0.5, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.9, *_by_day(_hg_dated)),
            _f("laiyuan", HEADER, 0.6, (_OLD, "来源：{laiyuan}")),
            _f("yunjia", HEADER, 0.2, *_by_day(_hg_yunjia)),
            _f("yuedu", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}")),
            _f("guanggao", MIDDLE, 0.25, (_OLD, "广告")),
            _f("chuanbo", MIDDLE, 0.2, (_OLD, "船名：{chuanbo}")),
            _f("tishi", FOOTER, 0.3, *_hg_tishi()),
            _f("bianji", FOOTER, 0.55, (_OLD, "（责任编辑：{author}）")),
            _f("shengming", FOOTER, 0.35, (_OLD, "声明：本文仅代表作者观点，不代表本网立场。")),
            _f("banquan", FOOTER, 0.35, (_OLD, "版权所有 © {year} 航港周刊 未经授权禁止转载")),
            _f("icp", FOOTER, 0.3, (_OLD, "沪ICP备15031287号-1"),
               (HG_POLICE.isoformat(), "沪ICP备15031287号-1 | 沪公网安备 31011502008817号")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文此前版本中船舶载重吨数有误，"
                                                 "现已更正。")),
        ),
    )


# --- a ship-tracking news site ------------------------------------------------------------

VP_REDESIGN = dt.date(2019, 2, 11)
VP_APP = dt.date(2018, 4, 1)
VP_DISCLAIMER = dt.date(2017, 4, 1)
VP_PRO = (("2014-01-01", "$9.99"), ("2017-03-01", "$11.99"), ("2019-02-11", "$14.99"))


def _vp_dated(day: dt.date) -> str:
    if day < VP_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{time}} UTC"


def vessels_tracked(y: int, m: int) -> int:
    base = curve(dt.date(y, m, 1), (("2015-01-01", 160_000.0), ("2020-12-01", 226_000.0)))
    return int(round(base * (1 + 0.01 * noise(dt.date(y, m, 1), "tracked")), -1))


def _vp_tracked(day: dt.date) -> str:
    return (f"Live now: tracking {vessels_tracked(day.year, day.month):,} vessels from "
            f"terrestrial and satellite AIS")


def black_friday(y: int) -> dt.date:
    return thanksgiving(y) + ONE


@cache
def _vp_app() -> Wordings:
    base = _steps((_OLD, "Download the VesselPulse app for iOS and Android"),
                  (VP_APP.isoformat(), "📱 Track any ship from your phone: get the free "
                                       "VesselPulse app"))
    sale = _movable(black_friday, 0, 3, lambda y: f"Black Friday {y}: 40% off VesselPulse Pro "
                                                  f"until Cyber Monday")
    covid = [_span("2020-03-15", "2020-12-31", "🦠 COVID-19 port restrictions: see the "
                                               "measures at 1,200 ports on our map")]
    scrubbers = [_span("2019-10-01", "2020-02-29", "Which ships have scrubbers? Explore our "
                                                   "IMO 2020 fleet map")]
    return _calendar(base, sale, covid, scrubbers)


def vesselpulse_style() -> PublisherStyle:
    """A ship-tracking news site: a tag from a pool, "Posted on" with the date turned the
    short date and the UTC time on 11 February 2019 (a wording per day), "by", the number
    of vessels tracked (a wording per month), a vessel line with IMO number and flag, a
    voyage line with the last and next port calls and a position line with its AIS source
    from pools, "Related:" mid-body, the AIS disclaimer reworded, the Pro plan's price
    (raised in 2017 and on the 2019 redesign), an app line reworded and turned by Black
    Friday, the IMO 2020 scrubber map and the pandemic's port map, the copyright line, a
    rare update."""
    return PublisherStyle(
        domain="vesselpulse.com", site="VesselPulse", base_size=130,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("ais-insight", "congestion", "fleet-watch", "incidents", "data"),
        n_authors=4, url_path="/blog/{slug}",
        pools={
            "tag": ("AIS Insight", "Port Congestion", "Fleet Watch", "Incident", "Data Story"),
            "vessel": ("Ocean Meridian · IMO 9734112 · Liberia",
                       "Saga Horizon · IMO 9620541 · Panama",
                       "Nordic Tern · IMO 9811227 · Malta",
                       "Jade Harmony · IMO 9457031 · Hong Kong",
                       "Baltic Osprey · IMO 9289640 · Marshall Islands"),
            "port": ("Rotterdam", "Singapore", "Shanghai", "Santos", "Piraeus", "Houston",
                     "Durban"),
            "next": ("Antwerp", "Port Klang", "Busan", "Algeciras", "Suez Canal transit",
                     "New Orleans"),
            "ais": ("terrestrial AIS", "satellite AIS"),
        },
        families=(
            _f("tag", HEADER, 0.45, (_OLD, "{tag}")),
            _f("dated", HEADER, 0.88, *_by_day(_vp_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "by {author}")),
            _f("tracked", HEADER, 0.2, *_by_day(_vp_tracked)),
            _f("vessel", MIDDLE, 0.35, (_OLD, "Vessel: {vessel}")),
            _f("voyage", MIDDLE, 0.25, (_OLD, "Last port call: {port} · Next: {next}")),
            _f("position", MIDDLE, 0.2, (_OLD, "Position received {date_short} {time} UTC via "
                                               "{ais}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("disclaimer", FOOTER, 0.35,
               (_OLD, "AIS positions are broadcast by the ships themselves and may be "
                      "delayed, incomplete or wrong."),
               (VP_DISCLAIMER.isoformat(), "Not to be used for navigation. AIS data is shown "
                                           "as received and coverage varies by area.")),
            _f("pro", FOOTER, 0.3, *per_table(VP_PRO, lambda v: (
                f"Upgrade to VesselPulse Pro for {v} a month, billed yearly"))),
            _f("app", FOOTER, 0.25, *_vp_app()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2012–{year} VesselPulse Ltd.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this story was updated with the "
                                              "vessel's confirmed destination.")),
        ),
    )


# --- a Brazilian ports and foreign-trade news site ----------------------------------------

CC_REDESIGN = dt.date(2018, 3, 1)
CC_WHATSAPP = dt.date(2017, 8, 1)
CC_PRICES = (("2014-01-01", "19,90"), ("2019-07-01", "24,90"), ("2020-07-01", "29,90"))
DOLAR = (("2015-01-02", 2.69), ("2015-03-18", 3.25), ("2015-09-23", 4.15),
         ("2016-01-21", 4.15), ("2016-07-01", 3.22), ("2016-12-30", 3.26),
         ("2017-06-30", 3.31), ("2018-01-02", 3.27), ("2018-05-31", 3.73),
         ("2018-09-13", 4.19), ("2018-12-31", 3.88), ("2019-04-30", 3.93),
         ("2019-11-27", 4.26), ("2020-01-02", 4.02), ("2020-05-14", 5.90),
         ("2020-07-31", 5.22), ("2020-10-30", 5.77), ("2021-01-08", 5.41))
TEUS = {2013: 3.48, 2014: 3.62, 2015: 3.65, 2016: 3.39, 2017: 3.85, 2018: 4.13, 2019: 4.17,
        2020: 4.23}  # million TEU a year


def _cc_dated(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return (f"Publicado em {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}, às {{time}}")


def dolar(day: dt.date) -> float:
    return round(curve(day, DOLAR) * (1 + 0.008 * noise(day, "brl")), 4)


def _cc_dolar(day: dt.date) -> str:
    close = business_day(day)
    return (f"Dólar comercial (fechamento de {close.day:02d}/{close.month:02d}): "
            f"R$ {comma(dolar(close), 4)}")


def teus(y: int, m: int) -> int:
    season = (0.93, 0.88, 1.0, 0.98, 1.03, 1.01, 1.05, 1.07, 1.02, 1.04, 1.0, 0.99)
    value = TEUS[y] * 1e6 / 12 * season[m - 1] * (1 + 0.02 * noise(dt.date(y, m, 1), "teu"))
    return int(round(value, -2))


def _cc_movimentacao(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.day >= 20 else (day.year, day.month - 2)
    if m <= 0:
        y, m = y - 1, m + 12
    now, before = teus(y, m), teus(y - 1, m)
    moved = f"{now:,}".replace(",", ".")
    return (f"Movimentação de contêineres nos portos associados em {MESES[m - 1]} de {y}: "
            f"{moved} TEUs ({comma((now / before - 1) * 100, 1)}% sobre {MESES[m - 1]} de "
            f"{y - 1})")


def _cc_assinante(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return "Conteúdo exclusivo para assinantes"
    return (f"🔒 Exclusivo para assinantes · Assine o Cais & Carga a partir de "
            f"R$ {value_on(day, CC_PRICES)}/mês")


@cache
def _cc_aviso() -> Wordings:
    base = _steps((_OLD, "Receba as notícias do Cais & Carga no seu e-mail"),
                  (CC_WHATSAPP.isoformat(), "📲 Receba as notícias do Cais & Carga pelo "
                                            "WhatsApp"))
    pandemic = [_span("2020-03-16", "2020-07-31", "Covid-19: as medidas sanitárias nos portos "
                                                  "brasileiros")]
    greve = [_span("2018-05-21", "2018-06-01", "Greve dos caminhoneiros: acompanhe os impactos "
                                               "nos portos")]
    carnaval = _movable(carnival_tuesday, 4, 1, lambda y: f"Carnaval {y}: confira o "
                                                          f"funcionamento dos portos e dos "
                                                          f"órgãos anuentes")
    return _calendar(base, pandemic, greve, carnaval)


def caisecarga_style() -> PublisherStyle:
    """A Brazilian ports and foreign-trade news site: a section from a pool, the numeric date
    and the time turned "Publicado em" with the weekday and the long date on 1 March 2018 (a
    wording per day), "Por" with the place, a subscriber wall turned one with its monthly
    price (raised in 2019 and 2020), the commercial dollar's last close (a wording per
    business day), the associated ports' container moves of the month before with the change
    on a year earlier (published each 20th), "Leia também:" and "PUBLICIDADE" (up to twice)
    mid-body, a ship from a pool, a newsletter line reworded for WhatsApp and turned by
    Carnaval, the 2018 truckers' strike and the pandemic, the reproduction line and the
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="caisecarga.com.br", site="Cais & Carga", base_size=110,
        subdomains=(("www.", 100),),
        sections=("portos", "navegacao", "comercio-exterior", "offshore", "cabotagem"),
        n_authors=5, url_path="/noticias/{section}/{slug}",
        pools={
            "editoria": ("Portos", "Navegação", "Comércio Exterior", "Offshore", "Cabotagem",
                         "Logística"),
            "praca": ("de Santos", "de Paranaguá", "do Rio de Janeiro", "de Itajaí",
                      "de Brasília"),
            "navio": ("Log-In Pantanal", "Mercosul Santos", "Aliança Atlântico",
                      "Norsul Vitória", "Cabo Frio Express"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.88, *_by_day(_cc_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}, {praca}")),
            _f("assinante", HEADER, 0.25, *_by_day(_cc_assinante)),
            _f("dolar", HEADER, 0.2, *_by_day(_cc_dolar)),
            _f("movimentacao", FOOTER, 0.2, *_by_day(_cc_movimentacao)),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "PUBLICIDADE"), count=2),
            _f("navio", MIDDLE, 0.2, (_OLD, "Navio: {navio}")),
            _f("aviso", FOOTER, 0.3, *_cc_aviso()),
            _f("reproducao", FOOTER, 0.3, (_OLD, "É proibida a reprodução deste conteúdo sem "
                                                 "autorização expressa.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Cais & Carga Comunicação Ltda. Todos "
                                                "os direitos reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior desta reportagem "
                                              "informava incorretamente o calado do navio.")),
        ),
    )


# --- a Philippine maritime news site (in Tagalog) -----------------------------------------

BD_REDESIGN = dt.date(2019, 6, 25)  # relaunched on the Day of the Seafarer 2019
BD_SOCIAL = dt.date(2018, 1, 15)
TYPHOONS = (("2015-10-16", "2015-10-20", "Lando"), ("2015-12-13", "2015-12-16", "Nona"),
            ("2016-10-18", "2016-10-21", "Lawin"), ("2016-12-24", "2016-12-27", "Nina"),
            ("2017-12-15", "2017-12-18", "Urduja"), ("2017-12-20", "2017-12-23", "Vinta"),
            ("2018-09-13", "2018-09-16", "Ompong"), ("2018-10-29", "2018-10-31", "Rosita"),
            ("2019-12-01", "2019-12-04", "Tisoy"), ("2019-12-24", "2019-12-26", "Ursula"),
            ("2020-10-24", "2020-10-27", "Quinta"), ("2020-10-31", "2020-11-02", "Rolly"),
            ("2020-11-10", "2020-11-13", "Ulysses"))
DIESEL_PH = (("2015-01-01", 32.0), ("2016-01-20", 22.0), ("2016-12-31", 30.0),
             ("2018-01-01", 38.0), ("2018-10-10", 48.0), ("2019-01-01", 40.0),
             ("2019-12-31", 43.0), ("2020-04-25", 26.0), ("2020-12-31", 36.0))


def _bd_dated(day: dt.date) -> str:
    if day < BD_REDESIGN:
        return f"{BUWAN[day.month - 1]} {day.day}, {day.year}"
    return f"{ARAW[day.weekday()]}, {BUWAN[day.month - 1]} {day.day}, {day.year} | {{time}}"


def diesel_move(tuesday: dt.date) -> float:
    """The week's adjustment of the diesel pump price (pesos a litre, to the 5 centavos)."""
    change = (curve(tuesday, DIESEL_PH) - curve(tuesday - 7 * ONE, DIESEL_PH)
              + 0.9 * noise(tuesday, "diesel"))
    return round(change * 20) / 20


def _bd_krudo(day: dt.date) -> str:
    tuesday = last_weekday_on_or_before(day, 1)
    move = diesel_move(tuesday)
    when = f"Martes, {BUWAN[tuesday.month - 1]} {tuesday.day}"
    if move > 0:
        return f"Presyo ng diesel simula {when}: taas-presyo na ₱{move:.2f} kada litro"
    if move < 0:
        return f"Presyo ng diesel simula {when}: rollback na ₱{-move:.2f} kada litro"
    return f"Presyo ng diesel simula {when}: walang galaw"


@cache
def _bd_paalala() -> Wordings:
    base = _steps((_OLD, "I-like ang Balitang Dagat sa Facebook para sa pinakabagong balitang "
                         "pandagat"),
                  (BD_SOCIAL.isoformat(), "📱 Sundan ang Balitang Dagat sa Facebook, YouTube at "
                                          "Viber para sa mga abiso sa biyahe"))
    bagyo = [_span(first, last, f"⚠️ Bagyong {name}: kanselado ang mga biyahe sa dagat habang "
                                f"nakataas ang storm signal") for first, last, name in TYPHOONS]
    pandemic = [
        _span("2020-03-16", "2020-05-31", "ECQ: suspendido ang mga biyahe ng pampasaherong "
                                          "barko"),
        _span("2020-06-01", "2020-08-31", "Biyahe sa dagat sa GCQ: kailangan ng travel pass at "
                                          "face mask"),
    ]
    marino = _yearly("06-25", 2, 0, lambda y: f"Araw ng Marino {y}: pagpupugay sa mga "
                                              f"marinong Pilipino")
    santa = _movable(easter, 7, 1, lambda y: f"Semana Santa {y}: dagsa ang pasahero sa mga "
                                             f"pantalan, magdala ng ID at tiket")
    undas = _yearly("11-01", 4, 2, lambda y: f"Undas {y}: dagdag na biyahe sa mga pantalan")
    pasko = _yearly("12-25", 10, 8, lambda y: f"Pasko {y}: maagang bumili ng tiket para sa "
                                              f"biyaheng pauwi")
    return _calendar(base, bagyo, pandemic, marino, santa, undas, pasko)


def balitangdagat_style() -> PublisherStyle:
    """A Philippine maritime news site, in Tagalog: a section from a pool, the date turned
    the weekday and the time on the Day of the Seafarer 2019 (a wording per day), "Ulat ni",
    the week's diesel price move each Tuesday (an increase, a rollback or none), "BASAHIN:"
    and the English "ADVERTISEMENT" (up to twice) mid-body, a ship and a photo source from
    pools, a Facebook line reworded and turned by named typhoons, Semana Santa, the Day of
    the Seafarer, Undas, Christmas and the pandemic's quarantines, the copyright line, a
    rare correction."""
    return PublisherStyle(
        domain="balitangdagat.ph", site="Balitang Dagat", base_size=90,
        subdomains=(("www.", 100),),
        sections=("balita", "pantalan", "marino", "pangisdaan", "panahon"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "seksiyon": ("Balita", "Pantalan", "Marino", "Pangisdaan", "Panahon"),
            "barko": ("MV Bituing Dagat", "MV San Lorenzo Ruiz Uno", "MV Isla Verde",
                      "MV Perlas ng Silangan", "MV Tala ng Bisaya"),
            "larawan": ("Philippine Coast Guard", "PPA", "MARINA", "Balitang Dagat"),
        },
        families=(
            _f("seksiyon", HEADER, 0.5, (_OLD, "{seksiyon}")),
            _f("petsa", HEADER, 0.88, *_by_day(_bd_dated)),
            _f("ulat", HEADER, 0.5, (_OLD, "Ulat ni {author}")),
            _f("krudo", HEADER, 0.2, *_by_day(_bd_krudo)),
            _f("basahin", MIDDLE, 0.35, (_OLD, "BASAHIN: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("barko", MIDDLE, 0.2, (_OLD, "Barko: {barko}")),
            _f("larawan", MIDDLE, 0.2, (_OLD, "Larawan mula sa {larawan}")),
            _f("paalala", FOOTER, 0.3, *_bd_paalala()),
            _f("karapatan", FOOTER, 0.4, (_OLD, "© {year} Balitang Dagat. Lahat ng karapatan "
                                                "ay nakalaan.")),
            _f("pagwawasto", HEADER, 0.04, (_OLD, "Pagwawasto: Naitama na ang pangalan ng "
                                                  "barko sa ulat na ito.")),
        ),
    )


# --- a casualty register printing Lloyd's-style casualty notices --------------------------

TC_REDESIGN = dt.date(2017, 1, 3)
TC_DISCLAIMER = dt.date(2019, 1, 1)
TC_ARCHIVE = dt.date(2018, 4, 1)


def _tc_dated(day: dt.date) -> str:
    if day < TC_REDESIGN:
        return f"Reported {day.day:02d} {MONTHS[day.month - 1][:3].upper()} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, {{time}} UTC"


def casualties(monday: dt.date) -> tuple[int, int]:
    """Casualties logged in the week before `monday`, and the total losses among them."""
    logged = 38 + round(12 * noise(monday, "logged")) + (6 if monday.month in (1, 2, 12) else 0)
    return logged, max(0, round(1.5 + 2 * noise(monday, "losses")))


def _tc_weekly(day: dt.date) -> str:
    monday = last_weekday_on_or_before(day, 0)
    week = monday - 7 * ONE
    logged, losses = casualties(monday)
    return (f"Casualties logged in week {week_no(week)} of {week.isocalendar()[0]}: {logged} "
            f"(total losses: {losses})")


def tideline_style() -> PublisherStyle:
    """A casualty register printing Lloyd's-style casualty notices: the casualty heading from
    a pool, "Reported" with the date in capitals turned the weekday, the long date and the
    UTC time on 3 January 2017 (a wording per day), the vessel line and the source from
    pools, the casualties logged in the week before (each Monday), a position line and an
    "Update at" line mid-body, the disclaimer reworded, the subscriber line reworded for the
    archive, the reporting contact and the copyright line (a block), a rare amendment."""
    return PublisherStyle(
        domain="tidelinecasualty.co.uk", site="Tideline Casualty Review", base_size=70,
        subdomains=(("www.", 100),),
        sections=("casualties", "collisions", "groundings", "fires", "piracy"),
        n_authors=3, url_path="/casualty/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "heading": ("COLLISION", "GROUNDING", "FIRE/EXPLOSION", "MACHINERY DAMAGE",
                        "FOUNDERED", "HULL DAMAGE", "PIRACY/ROBBERY"),
            "ship": ("KAPITAN ORLOV (Panama) · bulk carrier · 1998 · 26,064 gt",
                     "SEA CORMORANT (Liberia) · product tanker · 2009 · 29,130 gt",
                     "GOLDEN LILY (Hong Kong) · container ship · 2006 · 39,941 gt",
                     "NORDIC SWAN (Malta) · general cargo · 2001 · 4,102 gt",
                     "PRINCESS MAYA (Comoros) · ro-ro passenger · 1985 · 6,730 gt",
                     "AL NOOR 7 (Togo) · livestock carrier · 1980 · 3,812 gt"),
            "source": ("Coastguard", "Owners", "Agents", "Port authority", "Salvors",
                       "Local press"),
            "position": ("Lat 36 12N, Long 014 28E", "Lat 01 16N, Long 103 51E",
                         "Lat 51 58N, Long 001 55E", "Lat 29 41N, Long 048 49E",
                         "Lat 04 03S, Long 039 41E"),
        },
        families=(
            _f("heading", HEADER, 0.6, (_OLD, "{heading}")),
            _f("dated", HEADER, 0.9, *_by_day(_tc_dated)),
            _f("ship", HEADER, 0.6, (_OLD, "{ship}")),
            _f("source", HEADER, 0.5, (_OLD, "Source: {source}")),
            _f("weekly", HEADER, 0.2, *_by_day(_tc_weekly)),
            _f("position", MIDDLE, 0.3, (_OLD, "Position: {position}")),
            _f("update", MIDDLE, 0.25, (_OLD, "Update at {time} UTC:")),
            _f("disclaimer", FOOTER, 0.45,
               (_OLD, "Information in these notices comes from sources believed to be "
                      "reliable; Tideline Casualty Review accepts no liability for "
                      "its accuracy."),
               (TC_DISCLAIMER.isoformat(), "Casualty information is compiled from coastguard, "
                                           "owners' and agents' reports. It is provisional "
                                           "and may be revised as details are confirmed.")),
            _f("subscriber", FOOTER, 0.35,
               (_OLD, "Full casualty histories and vessel records are available to "
                      "subscribers."),
               (TC_ARCHIVE.isoformat(), "Subscribers: search 60,000+ casualty records from "
                                        "1990 onwards. Not a subscriber? Request a trial.")),
            _f("contact", FOOTER, 0.35, (_OLD, "Report a casualty: "
                                               "casualty@tidelinecasualty.co.uk · +44 20 7946 "
                                               "0588 (24h)")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Tideline Information Services Ltd")),
            _f("amended", HEADER, 0.04, (_OLD, "AMENDED: vessel's flag corrected.")),
        ),
    )


# --- a Dutch fishing weekly ---------------------------------------------------------------

VN_REDESIGN = dt.date(2017, 6, 9)
VN_DIGITAAL = dt.date(2018, 1, 5)
SOLE = (("2015-01-01", 13.5), ("2016-06-01", 15.0), ("2017-06-01", 16.5),
        ("2018-06-01", 17.2), ("2019-06-01", 15.8), ("2020-04-01", 10.5),
        ("2020-09-01", 14.0), ("2021-01-10", 15.5))
PLAICE = (("2015-01-01", 1.55), ("2017-01-01", 1.85), ("2019-01-01", 1.70),
          ("2020-04-01", 1.10), ("2021-01-10", 1.60))


def _vn_dated(day: dt.date) -> str:
    if day < VN_REDESIGN:
        return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}"
    return f"{day.day:02d}-{day.month:02d}-{day.year} {{time}}"


def vlaggetjesdag(y: int) -> dt.date:
    """Vlaggetjesdag at Scheveningen: the second Saturday of June."""
    return nth_weekday(y, 6, 5, 2)


def _vn_afslag(day: dt.date) -> str:
    friday = last_weekday_on_or_before(day, 4)
    tong = curve(friday, SOLE) * (1 + 0.06 * noise(friday, "tong"))
    schol = curve(friday, PLAICE) * (1 + 0.08 * noise(friday, "schol"))
    return (f"Afslag Urk, week {week_no(friday)}: tong € {comma(tong)}/kg, schol "
            f"€ {comma(schol)}/kg (gemiddeld)")


@cache
def _vn_melding() -> Wordings:
    base = _steps((_OLD, "Neem een abonnement op Vissersnieuws: elke vrijdag op de mat"),
                  (VN_DIGITAAL.isoformat(), "Vissersnieuws digitaal: lees de krant al op "
                                            "donderdagavond in de app"))
    pandemic = [_span("2020-03-16", "2020-05-31", "Corona: visprijzen onder druk, kotters "
                                                  "blijven binnen")]
    politiek = [
        _span("2018-01-12", "2018-01-19", "Stemming over pulsvisserij in Straatsburg: volg het "
                                          "debat bij ons"),
        _span("2019-03-25", "2019-04-12", "Brexit: wat betekent een no-deal voor de "
                                          "kottervloot?"),
        (dt.date(2020, 12, 24), None, "Brexit-akkoord: dit zijn de gevolgen voor de "
                                      "Nederlandse visserij"),
    ]
    vlag = _movable(vlaggetjesdag, 7, 1, lambda y: (
        "Vlaggetjesdag 2020 gaat niet door; de Hollandse Nieuwe ligt wel in de winkel"
        if y == 2020 else f"Vlaggetjesdag {y}: de eerste Hollandse Nieuwe van het seizoen"))
    return _calendar(base, pandemic, politiek, vlag)


def vissersnieuws_style() -> PublisherStyle:
    """A Dutch fishing weekly: a section from a pool, the weekday and the long date turned
    the numeric date and the time on 9 June 2017 (a wording per day), "Door", the week's
    average prices for sole and plaice at the Urk auction (each Friday, with the week
    number), "Lees ook:" and "Advertentie" mid-body, a cutter and a photo credit from pools,
    a subscription line reworded for the app and turned by Vlaggetjesdag (called off in
    2020), the pulse-fishing vote, Brexit and the pandemic, the masthead line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="vissersnieuws.nl", site="Vissersnieuws", base_size=55,
        subdomains=(("www.", 100),),
        sections=("kotters", "garnalen", "afslag", "beleid", "kustvisserij"),
        n_authors=3, url_path="/nieuws/{yyyy}/{mm}/{slug}",
        pools={
            "rubriek": ("Kotters", "Garnalen", "Afslag", "Beleid", "Kustvisserij"),
            "kotter": ("UK 227 Willem Jacob", "SCH 6 Maartje", "TX 38 Jannetje",
                       "GO 29 Hendrika", "WR 60 Zeester"),
            "foto": ("Vissersnieuws", "Pim Kramer", "ANP", "Wageningen Marine Research"),
        },
        families=(
            _f("rubriek", HEADER, 0.45, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.88, *_by_day(_vn_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Door {author}")),
            _f("afslag", HEADER, 0.2, *_by_day(_vn_afslag)),
            _f("lees-ook", MIDDLE, 0.3, (_OLD, "Lees ook: {other_title}")),
            _f("advertentie", MIDDLE, 0.25, (_OLD, "Advertentie")),
            _f("kotter", MIDDLE, 0.2, (_OLD, "Kotter: {kotter}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("melding", FOOTER, 0.3, *_vn_melding()),
            _f("colofon", FOOTER, 0.3, (_OLD, "Vissersnieuws verschijnt wekelijks op vrijdag. "
                                              "Een uitgave van Kustmedia B.V., Urk.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kustmedia B.V. Niets uit deze "
                                                 "uitgave mag zonder toestemming worden "
                                                 "overgenomen.")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: in een eerdere versie stond een "
                                                 "verkeerde prijs voor tong.")),
        ),
    )


# --- a Norwegian port's news pages (in Nynorsk) -------------------------------------------

NH_REDESIGN = dt.date(2019, 4, 1)
NH_CANCELLED = dt.date(2020, 3, 14)  # all the 2020 cruise calls called off
NH_AVGIFT = (("2014-01-01", "0,50"), ("2015-01-01", "0,52"), ("2016-01-01", "0,54"),
             ("2017-01-01", "0,55"), ("2018-01-01", "0,57"), ("2019-01-01", "0,59"))


def _nh_dated(day: dt.date) -> str:
    if day < NH_REDESIGN:
        return f"{day.day}. {MANEDER[day.month - 1]} {day.year}"
    return f"Publisert {VEKEDAGAR[day.weekday()]} {day.day}. {MANEDER[day.month - 1]} {day.year}"


def cruise_season(day: dt.date) -> bool:
    return dt.date(day.year, 4, 15) <= day <= dt.date(day.year, 10, 15)


def cruise_calls(day: dt.date) -> tuple[int, int]:
    """Made-up cruise calls on `day`: ships and passengers (to the hundred)."""
    ships = max(0, round(1.4 + 1.6 * noise(day, "cruise")))
    people = sum(round(2200 + 1400 * noise(day, f"pax{i}"), -2) for i in range(ships))
    return ships, int(people)


def _nh_anlop(day: dt.date) -> str:
    when = f"{VEKEDAGAR[day.weekday()]} {day.day}. {MANEDER[day.month - 1]}"
    if day >= NH_CANCELLED and day.year == 2020:
        return f"Ingen cruiseanløp i dag, {when}: alle anløp i 2020 er avlyste"
    if not cruise_season(day):
        return f"Ingen cruiseanløp i dag, {when}. Sesongen startar 15. april."
    ships, people = cruise_calls(day)
    if ships == 0:
        return f"Ingen cruiseanløp i dag, {when}."
    return (f"Cruiseanløp i dag, {when}: {ships} skip og om lag "
            f"{spaced(people)} passasjerar")


@cache
def _nh_merknad() -> Wordings:
    base = _steps((_OLD, "Abonner på anløpslista vår på e-post"),
                  (NH_REDESIGN.isoformat(), "📧 Få anløpslista og hamnenytt på e-post kvar "
                                            "veke"))
    pandemic = [_span("2020-03-12", "2020-06-15", "Koronaviruset: skjerpa reglar for "
                                                  "mannskapsbyte og karantene i hamna")]
    mai = _yearly("05-17", 2, 0, lambda y: f"17. mai {y}: hamnekontoret er stengt")
    jul = _yearly("12-24", 3, 7, lambda y: f"Jul og nyttår {y}/{y + 1}: hamnekontoret har "
                                           f"redusert opningstid")
    return _calendar(base, pandemic, mai, jul)


def nordfjordhamn_style() -> PublisherStyle:
    """A Norwegian port's news pages, in Nynorsk: the long date turned "Publisert" with the
    weekday on 1 April 2019 (a wording per day), the day's cruise calls (a wording per day:
    ships and passengers in the season, none out of it, all called off from March 2020),
    the year's port-call dues (changing each January, frozen in 2020), a ship and a quay
    from pools, an e-mail line reworded and turned by 17 May, Christmas and the pandemic,
    the ISPS line, the harbour-master contact and the organisation line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="nordfjordhamn.no", site="Nordfjord Hamn", base_size=40,
        subdomains=(("www.", 100),),
        sections=("nyheiter", "cruise", "anlop", "prosjekt"),
        n_authors=2, url_path="/nyheiter/{slug}",
        pools={
            "skip": ("MS Nordlys Stjerne", "MS Fjordprinsesse", "MS Ocean Aurora",
                     "MS Vestkyst", "MS Polar Explorer"),
            "kai": ("Cruisekaia", "Djupvasskaia", "Ferjekaia", "Fiskerihamna"),
        },
        families=(
            _f("dato", HEADER, 0.85, *_by_day(_nh_dated)),
            _f("anlop", HEADER, 0.3, *_by_day(_nh_anlop)),
            _f("avgift", FOOTER, 0.15, *per_table(NH_AVGIFT, lambda v: (
                f"Anløpsavgift: {v} kr per bruttotonn (frå 1. januar)"))),
            _f("skip", MIDDLE, 0.25, (_OLD, "Skip: {skip}")),
            _f("kai", MIDDLE, 0.2, (_OLD, "Kai: {kai}")),
            _f("merknad", FOOTER, 0.25, *_nh_merknad()),
            _f("isps", FOOTER, 0.3, (_OLD, "Hamneområdet er ISPS-sikra. Uvedkomande har ikkje "
                                           "tilgjenge.")),
            _f("kontakt", FOOTER, 0.4, (_OLD, "Kontakt hamnevakta: +47 57 55 01 20 (heile "
                                              "døgnet) · VHF kanal 12")),
            _f("org", FOOTER, 0.3, (_OLD, "Nordfjord Hamn IKS · Org.nr. 987 654 321")),
            _f("retting", HEADER, 0.04, (_OLD, "Retting: Talet på passasjerar var feil i ein "
                                               "tidlegare versjon av saka.")),
        ),
    )


# --- the news pages of an Azorean port authority ------------------------------------------

PA_REDESIGN = dt.date(2018, 10, 1)
PA_TUP = (("2014-01-01", "0,0834"), ("2015-01-01", "0,0851"), ("2017-01-01", "0,0868"),
          ("2018-01-01", "0,0886"), ("2019-01-01", "0,0904"), ("2020-01-01", "0,0922"))


def _pa_dated(day: dt.date) -> str:
    if day < PA_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


def _pa_mares(day: dt.date) -> str:
    high = " e ".join(f"{hhmm(t, 'h')} ({comma(h, 1)} m)" for t, h in tides(day, 10.0, 1.55,
                                                                           0.3))
    low = " e ".join(f"{hhmm(t, 'h')} ({comma(h, 1)} m)"
                     for t, h in tides(day, 10.0 + M2 / 2, 0.45, -0.25))
    return (f"Marés em Ponta Delgada ({day.day:02d}/{day.month:02d}): preia-mar {high}; "
            f"baixa-mar {low}")


def santo_cristo(y: int) -> dt.date:
    """The Festas do Senhor Santo Cristo: the fifth Sunday after Easter."""
    return easter(y) + 35 * ONE


def semana_do_mar(y: int) -> dt.date:
    """The Semana do Mar at Horta: from the first Sunday of August."""
    return nth_weekday(y, 8, 6, 1)


@cache
def _pa_aviso() -> Wordings:
    base = _steps((_OLD, "Siga os Portos do Atlântico no Facebook"),
                  (PA_REDESIGN.isoformat(), "Siga os Portos do Atlântico no Facebook e no "
                                            "LinkedIn"))
    pandemic = [_span("2020-03-18", "2020-06-30", "Estado de emergência: desembarque de "
                                                  "passageiros de cruzeiros suspenso")]
    cristo = _movable(santo_cristo, 4, 1, lambda y: f"Festas do Senhor Santo Cristo {y}: "
                                                    f"condicionamentos junto ao porto de Ponta "
                                                    f"Delgada")
    mar = _movable(semana_do_mar, 0, 7, lambda y: f"Semana do Mar {y}: regatas e restrições no "
                                                  f"porto da Horta")
    natal = _yearly("12-25", 3, 7, lambda y: f"Natal e Ano Novo {y}: horário dos serviços "
                                             f"portuários")
    return _calendar(base, pandemic, cristo, mar, natal)


def portosatlantico_style() -> PublisherStyle:
    """The news pages of an Azorean port authority, in European Portuguese: the kind of item
    from a pool, the numeric date turned the weekday and the long date on 1 October 2018 (a
    wording per day), the day's high and low waters at Ponta Delgada (a wording per day),
    the year's port-use fee per gross ton (changing each January, unchanged in 2016), a ship
    from a pool, a follow line reworded and turned by Santo Cristo, the Semana do Mar,
    Christmas and the state of emergency, the press contact and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="portosdoatlantico.pt", site="Portos do Atlântico", base_size=30,
        subdomains=(("www.", 100),),
        sections=("noticias", "avisos", "cruzeiros", "obras"),
        n_authors=2, url_path="/pt/{section}/{slug}",
        pools={
            "tipo": ("Comunicado", "Notícia", "Aviso à navegação", "Aviso"),
            "navio": ("Mestre Simão", "Gilberto Mariano", "Atlântico Azul", "Ponta do Pico",
                      "Corvo Express"),
        },
        families=(
            _f("tipo", HEADER, 0.55, (_OLD, "{tipo}")),
            _f("data", HEADER, 0.85, *_by_day(_pa_dated)),
            _f("mares", HEADER, 0.25, *_by_day(_pa_mares)),
            _f("tup", FOOTER, 0.15, *per_table(PA_TUP, lambda v: (
                f"Taxa de uso do porto (navio): {v} € por unidade de arqueação bruta"))),
            _f("navio", MIDDLE, 0.25, (_OLD, "Navio: {navio}")),
            _f("aviso", FOOTER, 0.3, *_pa_aviso()),
            _f("contacto", FOOTER, 0.4, (_OLD, "Para mais informações: Gabinete de "
                                               "Comunicação, tel. 296 555 120, "
                                               "comunicacao@portosdoatlantico.pt")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Portos do Atlântico, S.A.")),
            _f("retificacao", HEADER, 0.04, (_OLD, "Retificação: a hora de chegada do navio "
                                                   "foi corrigida.")),
        ),
    )


def heldout145_styles() -> list[PublisherStyle]:
    """The held-back-145 styles, in the order the generator hands them to publishers."""
    return [
        anchorline_style(), scheldemond_style(), kystfiskeren_style(), naftiliakos_style(),
        hanggang_style(), vesselpulse_style(), caisecarga_style(), balitangdagat_style(),
        tideline_style(), vissersnieuws_style(), nordfjordhamn_style(),
        portosatlantico_style(),
    ]
