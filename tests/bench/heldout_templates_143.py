"""The ``held-back-143`` template set of the planted-real benchmark.

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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
safety disclaimer or an advertisement marker. The publishers are outdoors, pets, gardening
and country-life magazines in English, German, French, Finnish, Norwegian, Spanish and
Japanese: a British gardening monthly, an American hunting and fishing magazine, a German
hunting and angling magazine, a French hiking and mountaineering site, a Finnish fishing and
hunting magazine, a Norwegian hiking magazine, a Spanish pet and veterinary news site, a
Japanese gardening magazine, a British pet news site, an American saltwater fishing report,
a German allotment association's pages and a British angling club's news. The families are
the kinds a crawl of such sites holds: dates localised day by day in English (British and
American, with American Eastern time and its daylight saving), German, French, Finnish (the
weekday in the essive), Norwegian, Spanish and Japanese (the Heisei era, then Reiwa from 1 May
2019), several changing form on a redesign day; lines that turn every day (the moon's phase
and light for hunters and anglers in English and German, a tide table, the surf temperature),
every month (sowing calendars in English and Japanese) and with the seasons (hunting seasons
by species in America and Germany, Finnish openers, the river close season, Norway's ban on
fires in the forest, avalanche bulletins in winter and storms in summer, processionary
caterpillars, water turned off at the allotments, the Ice Saints); notices that follow the
calendars of the country (flower shows, Easter in the mountains, the UTMB, Jagd & Hund, San
Antón, fireworks nights, hot cars in summer, the 2020 lockdowns, Norway's cabin ban, African
swine fever in Germany); licence and fee amounts that change over the years (the Finnish
fishing management fee, the English rod licence, an angling club's membership fees,
striped bass limits, allotment rents, pet insurance, subscription prices, a Japanese price
with the 2019 rise in consumption tax); breeder, affiliate, safety and veterinary
disclaimers reworded in 2016-2020 (compulsory microchipping, Lucy's Law, the revised
Norwegian mountain code); plant, route, breed and venue lines from pools,
related links and advertisement markers mid-body (some up to two times), multi-line blocks
(rescue numbers, imprints, contact and copyright lines), bare sign-offs ("Waidmannsheil!",
"Tight lines!") and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
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
    easter,
    iso_day,
    nth_weekday,
    ordinal,
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
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WT = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
KUUT = ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
        "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta")
PAIVINA = ("maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina",
           "lauantaina", "sunnuntaina")  # the weekday in the essive: "on Saturday"
MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember")
UKEDAGER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
YOUBI = "月火水木金土日"

# --- helpers of this set ------------------------------------------------------------------

SYNODIC = 29.530588853  # days from new moon to new moon
NEW_MOON = dt.datetime(2000, 1, 6, 18, 14)  # a new moon (UTC) the phases are counted from
MOON_EN = ("New Moon", "Waxing Crescent", "First Quarter", "Waxing Gibbous", "Full Moon",
           "Waning Gibbous", "Last Quarter", "Waning Crescent")
MOND_DE = ("Neumond", "zunehmende Sichel", "erstes Viertel", "zunehmender Mond", "Vollmond",
           "abnehmender Mond", "letztes Viertel", "abnehmende Sichel")


def moon_age(day: dt.date) -> float:
    """The moon's age in days at noon UTC of `day` (0 at new moon)."""
    noon = dt.datetime(day.year, day.month, day.day, 12)
    return ((noon - NEW_MOON).total_seconds() / 86400) % SYNODIC


def moon_phase(day: dt.date) -> int:
    """The moon's phase on `day` as one of eight (0 new, 2 first quarter, 4 full, 6 last
    quarter)."""
    return int(moon_age(day) / SYNODIC * 8 + 0.5) % 8


def moon_light(day: dt.date) -> int:
    """The share of the moon's disc lit on `day`, in percent."""
    return round((1 - math.cos(2 * math.pi * moon_age(day) / SYNODIC)) / 2 * 100)


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


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


def us_daylight(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day` (second Sunday of March
    to first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def wareki(day: dt.date) -> str:
    """The Japanese era year of `day`: Heisei, then Reiwa from 1 May 2019 (its first year
    written 元年)."""
    if day >= REIWA:
        n = day.year - 2018
        return "令和元年" if n == 1 else f"令和{n}年"
    return f"平成{day.year - 1988}年"


def last_saturday(y: int, month: int) -> dt.date:
    """The last Saturday of `month` in `y`."""
    last = dt.date(y + (month == 12), month % 12 + 1, 1) - ONE
    return last - dt.timedelta(days=(last.weekday() - 5) % 7)


REIWA = dt.date(2019, 5, 1)


# --- a British gardening monthly ----------------------------------------------------------

WG_REDESIGN = dt.date(2018, 3, 20)  # relaunched on the spring equinox
WG_AFFILIATE = dt.date(2019, 2, 1)
WG_SUBSCRIBE = (("2014-01-01", "£29.99"), ("2016-01-01", "£32.99"), ("2018-01-01", "£34.99"),
                ("2020-01-01", "£37.50"))
CHELSEA = {2015: ("2015-05-19", "2015-05-23"), 2016: ("2016-05-24", "2016-05-28"),
           2017: ("2017-05-23", "2017-05-27"), 2018: ("2018-05-22", "2018-05-26"),
           2019: ("2019-05-21", "2019-05-25")}
HAMPTON = {2015: ("2015-06-30", "2015-07-05"), 2016: ("2016-07-05", "2016-07-10"),
           2017: ("2017-07-04", "2017-07-09"), 2018: ("2018-07-03", "2018-07-08"),
           2019: ("2019-07-02", "2019-07-07")}
SOW_NOW = (
    ("01-01", "Sow now: onions and sweet peas under glass; chit early potatoes on a cool "
              "windowsill"),
    ("02-01", "Sow now: chillies, aubergines and tomatoes in a heated propagator"),
    ("03-01", "Sow now: broad beans, peas and hardy annuals outdoors once the soil warms"),
    ("04-01", "Sow now: carrots, beetroot and salad leaves little and often"),
    ("05-01", "Sow now: runner and French beans, courgettes and squash after the last frost"),
    ("06-01", "Sow now: biennials such as foxgloves and wallflowers for next spring"),
    ("07-01", "Sow now: spring cabbage, oriental leaves and a last row of carrots"),
    ("08-01", "Sow now: winter salads and green manures on empty beds"),
    ("09-01", "Plant now: spring bulbs, garlic and overwintering onion sets"),
    ("10-01", "Plant now: bare-root roses, tulips and hardy broad beans for an early crop"),
    ("11-01", "Plant now: bare-root hedging, fruit trees and soft fruit bushes"),
    ("12-01", "This month: order seeds, clean pots and sharpen your secateurs"),
)


def _wg_dated(day: dt.date) -> str:
    if day < WG_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · "
            f"{{read_min}} min read")


@cache
def _wg_shows() -> Wordings:
    base = _steps((_OLD, "Never miss an issue: get the magazine delivered to your door"))
    shows: list[Event] = []
    for y, (first, last) in CHELSEA.items():
        shows.append((iso_day(first, -7), iso_day(last, 1),
                      f"🌸 RHS Chelsea Flower Show {y}: show gardens, awards and our pick of "
                      f"the new plants"))
    for y, (first, last) in HAMPTON.items():
        shows.append((iso_day(first, -5), iso_day(last, 1),
                      f"Hampton Court Palace Garden Festival {y}: our day-by-day guide"))
    pandemic = [
        _span("2020-03-24", "2020-05-12", "Garden centres are closed: order plants and seeds "
                                          "online and keep growing at home"),
        _span("2020-05-18", "2020-05-23", "🌸 The Chelsea Flower Show goes virtual this year: "
                                          "tour the gardens online with us"),
    ]
    return _calendar(base, pandemic, sorted(shows))


def walledgarden_style() -> PublisherStyle:
    """A British gardening monthly: a topic kicker from a pool, the long date turned the
    weekday and the reading time on the 2018 spring equinox (a wording per day), "Words"
    turned "Words: ... · Photography: ..." on the same day, a sowing calendar that turns
    each month, a plant caption from a pool, "Related:" and advertisement markers mid-body
    (up to twice), an affiliate disclosure reworded in 2019, a delivery appeal turned by the
    Chelsea and Hampton Court shows and by the 2020 lockdown and virtual Chelsea, the
    subscription price (changing every other January), the publisher and copyright lines
    (a block), a rare correction."""
    return PublisherStyle(
        domain="thewalledgarden.co.uk", site="The Walled Garden", base_size=250,
        subdomains=(("www.", 100),),
        sections=("grow-your-own", "flowers", "trees-and-shrubs", "houseplants", "design",
                  "wildlife"),
        n_authors=12, url_path="/{section}/{slug}",
        pools={
            "kicker": ("GROW YOUR OWN", "FLOWERS", "TREES & SHRUBS", "HOUSEPLANTS",
                       "GARDEN DESIGN", "WILDLIFE GARDENING"),
            "plant": ("Rosa 'Gertrude Jekyll'", "Salvia 'Amistad'", "Geranium 'Rozanne'",
                      "Dahlia 'Café au Lait'", "Hydrangea paniculata 'Limelight'",
                      "Digitalis purpurea", "Malus 'Evereste'", "Verbena bonariensis"),
            "photo": ("Jason Ingram", "Marianne Majerus", "GAP Photos", "Alamy",
                      "the author"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.95, *_by_day(_wg_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Words {author}"),
               (WG_REDESIGN.isoformat(), "Words: {author} · Photography: {photo}")),
            _f("sow-now", HEADER, 0.25, *_seasons(*SOW_NOW)),
            _f("caption", MIDDLE, 0.3, (_OLD, "Above: {plant}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("affiliate", FOOTER, 0.2,
               (_OLD, "We may earn a commission if you buy through links on this page."),
               (WG_AFFILIATE.isoformat(), "Our experts test and choose every product. If you "
                                          "buy through our links we may earn a small "
                                          "commission, at no extra cost to you.")),
            _f("appeal", FOOTER, 0.3, *_wg_shows()),
            _f("subscribe", FOOTER, 0.15, *from_table(WG_SUBSCRIBE, lambda v: (
                f"Subscribe today: 13 issues of The Walled Garden for {v} a year, free UK "
                f"delivery."))),
            _f("publisher", FOOTER, 0.3, (_OLD, "The Walled Garden is published by Hollybank "
                                                "Media Ltd, 3 Orchard Row, Bath BA1 2QE.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Hollybank Media Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong flowering height "
                                                  "for this variety.")),
        ),
    )


# --- an American hunting and fishing magazine ---------------------------------------------

TT_REDESIGN = dt.date(2017, 8, 1)
TT_AFFILIATE = dt.date(2019, 4, 1)
TT_SUBSCRIBE = (("2014-01-01", "$12"), ("2017-01-01", "$15"), ("2019-07-01", "$19.99"))


def _tt_dated(day: dt.date) -> str:
    if day < TT_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "EDT" if us_daylight(day) else "EST"
    return f"Updated {AP_MONTHS[day.month - 1]} {day.day}, {day.year}, {{time12}} {zone}"


def _tt_solunar(day: dt.date) -> str:
    return (f"Solunar outlook for {AP_MONTHS[day.month - 1]} {day.day}: "
            f"{MOON_EN[moon_phase(day)]}, {moon_light(day)}% illuminated")


def firearms_opener(y: int) -> dt.date:
    """The firearms deer opener: the Saturday before Thanksgiving."""
    return thanksgiving(y) - 5 * ONE


def _tt_season(day: dt.date) -> str:
    y = day.year
    opener = firearms_opener(y)
    if opener - 10 * ONE <= day < opener:
        return (f"🦌 Firearms deer season opens Saturday, Nov. {opener.day}: blaze orange is "
                f"required")
    if opener <= day <= opener + 15 * ONE:
        return ("🦌 Firearms deer season is open: wear blaze orange and know what is beyond "
                "your target")
    if dt.date(y, 4, 10) <= day <= dt.date(y, 5, 31):
        return "🦃 Spring turkey season is open: never stalk a gobbler call"
    if dt.date(y, 9, 1) <= day <= dt.date(y, 9, 30):
        return "Dove season is open: check your state's shooting hours"
    if dt.date(y, 10, 1) <= day < opener - 10 * ONE:
        return "🏹 Archery deer season is open: wear a full-body harness in your treestand"
    return "Off-season: sight in, scout and get your licenses early"


def timberandtide_style() -> PublisherStyle:
    """An American hunting and fishing magazine: a category from a pool, the long date
    turned "Updated" with the AP-style date, the time and Eastern standard or daylight time
    on 1 August 2017 (a wording per day), "By", the day's solunar outlook with the moon's
    phase and light (a wording per day), the open season (turkey, dove, archery and the
    firearms deer opener before Thanksgiving each year), a gear line from a pool, "RELATED:"
    and "ADVERTISEMENT" mid-body (up to twice), an affiliate disclosure reworded in 2019, a
    regulations disclaimer, the subscription price (raised in 2017 and 2019), the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="timberandtide.com", site="Timber & Tide", base_size=220,
        subdomains=(("www.", 100),),
        sections=("hunting", "fishing", "guns", "gear", "conservation", "survival"),
        n_authors=10, url_path="/{section}/{slug}/",
        pools={
            "category": ("Hunting", "Fishing", "Guns", "Gear", "Conservation", "Survival",
                         "Whitetail"),
            "gear": ("Sitka Fanatic jacket", "Vortex Viper HD 10x42", "Benelli Super Black "
                     "Eagle 3", "Shimano Stradic FL 2500", "Hoyt Carbon RX-4", "Yeti Tundra "
                     "45"),
        },
        families=(
            _f("category", HEADER, 0.55, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_tt_dated)),
            _f("byline", HEADER, 0.75, (_OLD, "By {author}")),
            _f("solunar", HEADER, 0.2, *_by_day(_tt_solunar)),
            _f("season", HEADER, 0.25, *_by_day(_tt_season)),
            _f("gear", MIDDLE, 0.2, (_OLD, "Gear used in this story: {gear_list}")),
            _f("related", MIDDLE, 0.45, (_OLD, "RELATED: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "ADVERTISEMENT"), count=2),
            _f("affiliate", FOOTER, 0.25,
               (_OLD, "Timber & Tide may receive a commission on purchases made through links "
                      "in this article."),
               (TT_AFFILIATE.isoformat(), "Our editors pick every product independently. When "
                                          "you buy through our links, Timber & Tide may earn "
                                          "an affiliate commission.")),
            _f("regs", FOOTER, 0.35, (_OLD, "Seasons, bag limits and license requirements vary "
                                            "by state. Always check current regulations before "
                                            "you hunt or fish.")),
            _f("subscribe", FOOTER, 0.15, *from_table(TT_SUBSCRIBE, lambda v: (
                f"Subscribe to Timber & Tide: one year, six issues, just {v}."))),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} Timber & Tide Media LLC. "
                                                "All rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "misstated the state's archery season dates.")),
        ),
    )


# --- a German hunting and angling magazine ------------------------------------------------

RR_REDESIGN = dt.date(2018, 1, 30)  # relaunched on the opening day of Jagd & Hund 2018
RR_PROBEABO = dt.date(2019, 9, 1)
ASP = dt.date(2020, 9, 10)  # the first case of African swine fever in Germany
JAGD_UND_HUND = {2015: ("2015-01-27", "2015-02-01"), 2016: ("2016-01-26", "2016-01-31"),
                 2017: ("2017-01-31", "2017-02-05"), 2018: ("2018-01-30", "2018-02-04"),
                 2019: ("2019-01-29", "2019-02-03"), 2020: ("2020-01-28", "2020-02-02")}
JAGDZEITEN = (
    ("01-16", "Jagdzeiten aktuell: Ricke, Kitz und Schmalreh bis 31. Januar, Schwarzwild"),
    ("02-01", "Jagdzeiten aktuell: Schonzeit für Rehwild – Frischlinge und Überläufer "
              "ganzjährig"),
    ("05-01", "Jagdzeiten aktuell: Rehbock und Schmalreh seit 1. Mai, Frischlinge und "
              "Überläufer"),
    ("09-01", "Jagdzeiten aktuell: Rehbock, Ricke, Kitz, Schwarzwild, Stockente"),
    ("10-16", "Jagdzeiten aktuell: Ricke, Kitz, Schmalreh, Schwarzwild, Stockente – Rehbock "
              "hat Schonzeit"),
)


def _rr_dated(day: dt.date) -> str:
    if day < RR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WT[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year} · {{time}} Uhr"


def _rr_mond(day: dt.date) -> str:
    return (f"Mond am {day.day:02d}.{day.month:02d}.: {MOND_DE[moon_phase(day)]}, "
            f"{moon_light(day)} % beleuchtet")


@cache
def _rr_hinweis() -> Wordings:
    base = _steps((_OLD, "Jetzt testen: 3 Ausgaben Revier & Rute für nur 9,90 €"),
                  (RR_PROBEABO.isoformat(), "📬 Revier & Rute im Probeabo: 3 Hefte plus "
                                            "Taschenmesser als Prämie für 12,90 €"))
    messe = [(iso_day(first, -6), iso_day(last, 1),
              f"Jagd & Hund {y} in Dortmund: alle Neuheiten im Messe-Special")
             for y, (first, last) in JAGD_UND_HUND.items()]
    lage = [
        _span("2020-03-16", "2020-05-10", "Corona: Jagdausübung bleibt erlaubt – die Regeln "
                                          "Ihres Bundeslandes im Überblick"),
        (ASP, None, "🐗 Afrikanische Schweinepest in Brandenburg: was Jäger jetzt beachten "
                    "müssen"),
    ]
    return _calendar(base, lage, messe)


def revierundrute_style() -> PublisherStyle:
    """A German hunting and angling magazine: a section from a pool, the numeric date
    turned the short weekday, the long date and the time on the opening day of Jagd & Hund
    2018 (a wording per day), "Von", the day's moon phase and light (a wording per day), the
    open hunting seasons (changing on the same days each year), "Anzeige" up to twice and
    "Lesen Sie auch:" mid-body, a trial-subscription line reworded in 2019 and turned by each
    Jagd & Hund fair, the 2020 lockdown and African swine fever, a no-liability line,
    "Waidmannsheil!", the imprint and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="revier-und-rute.de", site="Revier & Rute", base_size=195,
        subdomains=(("www.", 100),),
        sections=("jagd", "angeln", "waffen", "hunde", "wildkueche", "revier"),
        n_authors=8, url_path="/{section}/{slug}-{n}",
        pools={"rubrik": ("Jagdpraxis", "Angeln", "Waffen & Optik", "Jagdhunde", "Wildküche",
                          "Revierarbeit", "Recht")},
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_rr_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Von {author}")),
            _f("mond", HEADER, 0.15, *_by_day(_rr_mond)),
            _f("jagdzeit", HEADER, 0.2, *_seasons(*JAGDZEITEN)),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("hinweis", FOOTER, 0.3, *_rr_hinweis()),
            _f("gewaehr", FOOTER, 0.3, (_OLD, "Alle Angaben ohne Gewähr. Maßgeblich sind die "
                                              "Jagd- und Schonzeiten Ihres Bundeslandes.")),
            _f("waidmannsheil", FOOTER, 0.25, (_OLD, "Waidmannsheil!")),
            _f("impressum", FOOTER, 0.25, (_OLD, "Revier & Rute erscheint im Verlag Grünrock "
                                                 "Medien GmbH, Kassel.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Grünrock Medien GmbH · Alle Rechte "
                                                "vorbehalten")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war die "
                                                 "Schonzeit für Hecht falsch angegeben.")),
        ),
    )


# --- a French hiking and mountaineering site ----------------------------------------------

CS_REDESIGN = dt.date(2019, 7, 1)
CS_SECURITE = dt.date(2017, 11, 15)
CS_AFFILIATION = dt.date(2018, 5, 1)
UTMB = {2015: "2015-08-28", 2016: "2016-08-26", 2017: "2017-09-01", 2018: "2018-08-31",
        2019: "2019-08-30"}  # the Friday of the main race


def _cs_dated(day: dt.date) -> str:
    if day < CS_REDESIGN:
        return f"Publié le {day.day} {MOIS[day.month - 1]} {day.year}"
    return (f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year} · "
            f"{{time}}")


def _cs_base(day: dt.date) -> str:
    if day.month in (12, 1, 2, 3, 4):
        return ("❄️ Saison d'hiver : consultez le bulletin d'estimation du risque d'avalanche "
                "(BERA) avant toute sortie")
    if day.month in (6, 7, 8):
        return "☀️ En été, partez tôt : les orages éclatent souvent l'après-midi en montagne"
    return "Avant de partir, consultez la météo montagne et l'état des sentiers"


@cache
def _cs_saison() -> Wordings:
    utmb = [(iso_day(day, -4), iso_day(day, 3), f"UTMB {y} : suivez les coureurs autour du "
                                                f"mont Blanc en direct")
            for y, day in UTMB.items()]
    covid = [
        _span("2020-03-17", "2020-05-10", "Confinement : les sorties en montagne sont "
                                          "interdites, restez chez vous"),
        _span("2020-05-11", "2020-06-01", "Déconfinement : randonnées autorisées dans un rayon "
                                          "de 100 km autour du domicile"),
        _span("2020-08-24", "2020-08-30", "L'UTMB 2020 n'aura pas lieu : rendez-vous en 2021"),
    ]
    return _calendar(_cs_base, covid, utmb)


def cimesetsentiers_style() -> PublisherStyle:
    """A French hiking and mountaineering site: a section from a pool, "Publié le" with the
    long date turned the short weekday, the date and the time on 1 July 2019 (a wording per
    day), "Par", a route card (start and height gain) from pools, "À lire aussi :" and
    "Publicité" mid-body, a season line (avalanche bulletins in winter, storms in summer)
    turned by each UTMB week, the 2020 lockdown and its 100 km rule and the cancelled UTMB,
    a risk disclaimer reworded in 2017, the rescue numbers and the copyright line (a block),
    an affiliate line from 2018, a rare erratum."""
    return PublisherStyle(
        domain="cimesetsentiers.fr", site="Cimes et Sentiers", base_size=170,
        subdomains=(("www.", 100),),
        sections=("randonnee", "alpinisme", "escalade", "trail", "materiel", "refuges"),
        n_authors=7, url_path="/{section}/{slug}.html",
        pools={
            "rubrique": ("Randonnée", "Alpinisme", "Escalade", "Trail", "Matériel",
                         "Refuges"),
            "depart": ("Chamonix, parking du Montenvers", "Pralognan-la-Vanoise",
                       "Cauterets, Pont d'Espagne", "La Bérarde", "Gavarnie",
                       "Col du Lautaret"),
            "denivele": ("650 m", "820 m", "1 100 m", "1 350 m", "480 m"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_cs_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}")),
            _f("fiche", MIDDLE, 0.25, (_OLD, "Départ : {depart} · Dénivelé positif : "
                                             "{denivele}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité")),
            _f("saison", HEADER, 0.25, *_cs_saison()),
            _f("securite", FOOTER, 0.35,
               (_OLD, "La montagne comporte des risques. Ces informations ne remplacent pas "
                      "l'avis d'un professionnel."),
               (CS_SECURITE.isoformat(), "La pratique de la montagne comporte des risques : "
                                         "les itinéraires décrits le sont à titre indicatif "
                                         "et n'engagent pas la rédaction.")),
            _f("secours", FOOTER, 0.3, (_OLD, "En cas d'accident en montagne, composez le 112 "
                                              "(PGHM ou CRS Montagne).")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Cimes et Sentiers – Reproduction "
                                                "interdite")),
            _f("affiliation", FOOTER, 0.12,
               (_OLD, "Les liens marqués d'un astérisque (*) sont sponsorisés."),
               (CS_AFFILIATION.isoformat(), "Cet article contient des liens affiliés : un "
                                            "achat via ces liens peut nous rapporter une "
                                            "commission.")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le dénivelé indiqué dans une "
                                               "précédente version était erroné.")),
        ),
    )


# --- a Finnish fishing and hunting magazine -----------------------------------------------

EV_REDESIGN = dt.date(2018, 8, 20)  # relaunched on the opening day of duck hunting
EV_TILAA = dt.date(2018, 1, 1)
KALASTUSMAKSU = (("2014-01-01", "Kalastuksenhoitomaksu 24 € / vuosi tai 7 € / 7 vrk"),
                 ("2016-01-01", "Kalastonhoitomaksu 39 € / vuosi, 12 € / 7 vrk tai 5 € / "
                                "vrk"),
                 ("2019-01-01", "Kalastonhoitomaksu 45 € / vuosi, 15 € / 7 vrk tai 6 € / "
                                "vrk"))


def hirvi_opener(y: int) -> dt.date:
    """The opening day of moose hunting: the last Saturday of September."""
    return last_saturday(y, 9)


def _ev_dated(day: dt.date) -> str:
    if day < EV_REDESIGN:
        return f"{day.day}.{day.month}.{day.year} {{time}}"
    return f"Julkaistu {PAIVINA[day.weekday()]} {day.day}. {KUUT[day.month - 1]} {day.year}"


@cache
def _ev_kausi() -> Wordings:
    base = _steps((_OLD, "Tilaa Erä ja Vesi kotiisi – 10 numeroa vuodessa"),
                  (EV_TILAA.isoformat(), "Tilaa Erä ja Vesi: lehti kotiin ja näköislehti "
                                         "mobiiliin samalla tilauksella"))
    sorsa = _yearly("08-20", 5, 3, lambda y: f"🦆 Sorsastus alkaa {y} 20. elokuuta klo 12")
    kanalinnut = _yearly("09-10", 4, 2, lambda y: f"Kanalintujen metsästys alkaa {y} "
                                                  f"10. syyskuuta – muista alueelliset "
                                                  f"rajoitukset")
    hirvi = _movable(hirvi_opener, 6, 1, lambda y: (
        f"🫎 Hirvenmetsästys alkaa lauantaina {hirvi_opener(y).day}. syyskuuta {y}: "
        f"huomioliivi päälle"))
    korona = [_span("2020-03-28", "2020-04-19", "Uudenmaan rajat on suljettu: kalastaa voi "
                                                "oman alueen vesillä")]
    return _calendar(base, korona, sorsa, kanalinnut, hirvi)


def erajavesi_style() -> PublisherStyle:
    """A Finnish fishing and hunting magazine: a section from a pool, the numeric date and
    the time turned "Julkaistu" with the weekday in the essive and the long date on the
    opening day of duck hunting in 2018 (a wording per day), "Teksti: ... | Kuvat: ...",
    "Mainos" and "Lue myös:" mid-body, a photo credit, the fishing management fee (renamed
    and raised in 2016, raised in 2019), a subscription line reworded in 2018 and turned by
    the duck, grouse and moose openers and the closing of Uusimaa in 2020, a hunting-safety
    line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="erajavesi.fi", site="Erä ja Vesi", base_size=150,
        subdomains=(("www.", 100),),
        sections=("kalastus", "metsastys", "retkeily", "koirat", "varusteet"),
        n_authors=6, url_path="/{section}/{slug}/{n}",
        pools={"osasto": ("Kalastus", "Metsästys", "Retkeily", "Metsästyskoirat", "Varusteet",
                          "Riistakeittiö"),
               "kuva": ("Erä ja Vesi", "Lehtikuva", "kirjoittaja", "Riistakeskus",
                        "Kari Heinonen")},
        families=(
            _f("osasto", HEADER, 0.5, (_OLD, "{osasto}")),
            _f("paivays", HEADER, 0.85, *_by_day(_ev_dated)),
            _f("teksti", HEADER, 0.55, (_OLD, "Teksti: {author} | Kuvat: {kuva}")),
            _f("mainos", MIDDLE, 0.3, (_OLD, "Mainos"), count=2),
            _f("lue", MIDDLE, 0.35, (_OLD, "Lue myös: {other_title}")),
            _f("kuvateksti", MIDDLE, 0.15, (_OLD, "Kuva: {kuva}")),
            _f("maksu", FOOTER, 0.2, *from_table(KALASTUSMAKSU, lambda v: (
                f"{v}. Maksun voi hoitaa verkossa osoitteessa eraluvat.fi."))),
            _f("kausi", FOOTER, 0.3, *_ev_kausi()),
            _f("turvallisuus", FOOTER, 0.2, (_OLD, "Muista metsästysturvallisuus: tunnista "
                                                   "saalis ja varmista taustat ennen "
                                                   "laukausta.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Erä ja Vesi {year} · Kustannus Oy Revontuli")),
            _f("korjaus", HEADER, 0.04, (_OLD, "Korjaus: Jutussa oli aiemmin väärä kalastuksen "
                                               "alkamispäivä.")),
        ),
    )


# --- a Norwegian hiking magazine ----------------------------------------------------------

FV_REDESIGN = dt.date(2018, 10, 15)
FJELLVETT = dt.date(2016, 3, 8)  # the revised mountain code
FV_ABONNEMENT = (("2014-01-01", "449"), ("2016-01-01", "499"), ("2018-01-01", "549"),
                 ("2020-01-01", "599"))


def _fv_dated(day: dt.date) -> str:
    if day < FV_REDESIGN:
        return f"Publisert {day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"Oppdatert {UKEDAGER[day.weekday()]} {day.day}. {MANEDER[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def _fv_base(day: dt.date) -> str:
    if dt.date(day.year, 4, 15) <= day <= dt.date(day.year, 9, 15):
        return "🔥 Husk: generelt bålforbud i og nær skog fra 15. april til 15. september"
    if day.month in (12, 1, 2, 3, 4):
        return "❄️ Sjekk skredvarselet på varsom.no før du legger ut på tur"
    return "Meld fra hvor du går, og ta med kart og kompass"


@cache
def _fv_varsel() -> Wordings:
    paske = _movable(easter, 7, 1, lambda y: f"🐣 God påske {y}! Les fjellvettreglene og sjekk "
                                             f"skredvarselet før turen")
    korona = [_span("2020-03-19", "2020-04-19", "Hytteforbudet gjelder: hold deg til turer i "
                                                "nærområdet")]
    return _calendar(_fv_base, korona, paske)


def fjellogvidde_style() -> PublisherStyle:
    """A Norwegian hiking magazine: a section from a pool, "Publisert" with the numeric date
    and the time turned "Oppdatert" with the weekday, the long date and "kl." on 15 October
    2018 (a wording per day), "Tekst og foto:", "Annonse" and "Les også:" mid-body, a trip
    card from pools, a line on the mountain code reworded for the 2016 revision, a notice
    that follows the seasons (the ban on fires near forest from 15 April to 15 September,
    avalanche warnings in winter) turned by each Easter and by the 2020 cabin ban, the
    subscription price (changing every other January), the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="fjellogvidde.no", site="Fjell og Vidde", base_size=130,
        subdomains=(("www.", 100),),
        sections=("tur", "topptur", "utstyr", "hytter", "friluftsliv"),
        n_authors=5, url_path="/{section}/{slug}/{n}",
        pools={
            "seksjon": ("Turforslag", "Topptur", "Utstyr", "Hytter", "Friluftsliv"),
            "tur": ("Besseggen", "Romsdalseggen", "Preikestolen", "Trolltunga",
                    "Galdhøpiggen", "Kjerag"),
            "tid": ("4–6 timer", "6–8 timer", "3–4 timer", "10–12 timer"),
        },
        families=(
            _f("seksjon", HEADER, 0.45, (_OLD, "{seksjon}")),
            _f("dato", HEADER, 0.85, *_by_day(_fv_dated)),
            _f("tekst", HEADER, 0.6, (_OLD, "Tekst og foto: {author}")),
            _f("annonse", MIDDLE, 0.3, (_OLD, "Annonse")),
            _f("les", MIDDLE, 0.35, (_OLD, "Les også: {other_title}")),
            _f("turfakta", MIDDLE, 0.2, (_OLD, "Turfakta: {tur} · {tid}")),
            _f("fjellvett", FOOTER, 0.3,
               (_OLD, "Følg fjellvettreglene: Legg ikke ut på langtur uten trening, og meld fra "
                      "hvor du går."),
               (FJELLVETT.isoformat(), "Fjellvettreglene: Planlegg turen og meld fra hvor du "
                                       "går. Vend i tide – det er ingen skam å snu.")),
            _f("varsel", HEADER, 0.25, *_fv_varsel()),
            _f("abonnement", FOOTER, 0.15, *from_table(FV_ABONNEMENT, lambda v: (
                f"Abonner på Fjell og Vidde: 8 utgaver i året for {v} kroner."))),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Fjell og Vidde AS. Ettertrykk uten "
                                                "tillatelse er forbudt.")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: I en tidligere versjon sto det feil "
                                                "høydemeter for turen.")),
        ),
    )


# --- a Spanish pet and veterinary news site -----------------------------------------------

MS_REDESIGN = dt.date(2018, 10, 4)  # relaunched on World Animal Day
MS_SEGURO = (("2014-01-01", "3,90"), ("2017-01-01", "4,50"), ("2019-01-01", "4,95"))


def _ms_dated(day: dt.date) -> str:
    if day < MS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}h"
    return (f"Actualizado el {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}, a las {{time}}")


def _ms_base(day: dt.date) -> str:
    if day.month in (2, 3, 4):
        return ("🐛 Temporada de procesionaria: evita los pinares en los paseos y acude al "
                "veterinario si tu perro la toca")
    if day.month in (7, 8):
        return "☀️ Ola de calor: pasea a tu perro a primera hora y nunca lo dejes en el coche"
    return "Adopta, no compres: miles de animales esperan un hogar en las protectoras"


@cache
def _ms_aviso() -> Wordings:
    san_anton = _yearly("01-17", 4, 0, lambda y: f"San Antón {y}: bendición de animales el "
                                                 f"17 de enero en tu parroquia")
    covid = [_span("2020-03-14", "2020-06-20", "Estado de alarma: puedes sacar a tu perro, "
                                               "solo y cerca de casa")]
    return _calendar(_ms_base, covid, san_anton)


def mascotasana_style() -> PublisherStyle:
    """A Spanish pet and veterinary news site: a section from a pool, the numeric date with
    the time turned "Actualizado el" with the weekday, the long date and the time on World
    Animal Day 2018 (a wording per day), "Por", a breed card from a pool, "Te puede
    interesar:" up to twice and "Publicidad" mid-body, a seasonal notice (processionary
    caterpillars in spring, heat in summer, adoption otherwise) turned by San Antón and the
    state of alarm, a veterinary disclaimer reworded on the redesign day, the pet-insurance
    price (raised in 2017 and 2019), an affiliate line, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="mascotasana.es", site="Mascota Sana", base_size=110,
        subdomains=(("www.", 100),),
        sections=("perros", "gatos", "salud", "nutricion", "adopcion", "exoticos"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "seccion": ("Perros", "Gatos", "Salud", "Nutrición", "Adopción", "Exóticos"),
            "raza": ("Podenco andaluz", "Galgo español", "Mastín español", "Gato europeo",
                     "Yorkshire terrier", "Border collie", "Bodeguero andaluz"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_ms_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("raza", MIDDLE, 0.15, (_OLD, "Ficha de raza: {raza}")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad")),
            _f("aviso", HEADER, 0.25, *_ms_aviso()),
            _f("veterinario", FOOTER, 0.4,
               (_OLD, "Este artículo es orientativo y no sustituye la consulta con tu "
                      "veterinario."),
               (MS_REDESIGN.isoformat(), "La información de este artículo es divulgativa. "
                                         "Ante cualquier síntoma, consulta con tu veterinario "
                                         "de confianza.")),
            _f("seguro", FOOTER, 0.15, *from_table(MS_SEGURO, lambda v: (
                f"Seguro de responsabilidad civil para tu perro desde {v} € al mes."))),
            _f("afiliados", FOOTER, 0.15, (_OLD, "Algunos enlaces de esta página son de "
                                                 "afiliados: si compras a través de ellos, "
                                                 "recibimos una pequeña comisión.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Mascota Sana. Todos los derechos "
                                                "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Fe de errores: una versión anterior indicaba "
                                              "mal la dosis recomendada.")),
        ),
    )


# --- a Japanese gardening magazine --------------------------------------------------------

MN_REDESIGN = dt.date(2017, 4, 1)
SHOHIZEI = dt.date(2019, 10, 1)  # consumption tax from 8 to 10 per cent
MN_TEIKI = (("2014-04-01", "10,368円"), ("2019-10-01", "10,560円"))
TANEMAKI = (
    ("01-01", "今月の園芸作業：寒肥を施し、バラの剪定を行いましょう"),
    ("02-01", "今月の種まき：トマト・ナスの育苗を室内で始めましょう"),
    ("03-01", "今月の種まき：ホウレンソウ、コマツナ、ジャガイモの植え付け"),
    ("04-01", "今月の種まき：エダマメ、オクラ、ヒマワリ、アサガオ"),
    ("05-01", "今月の植え付け：夏野菜の苗の定植に最適な時期です"),
    ("06-01", "今月の園芸作業：梅雨どきの病害虫対策と挿し木"),
    ("07-01", "今月の園芸作業：夏の水やりは朝夕の涼しい時間に"),
    ("08-01", "今月の種まき：秋冬野菜（ダイコン、ハクサイ）の準備"),
    ("09-01", "今月の種まき：パンジー、ビオラ、秋まき一年草"),
    ("10-01", "今月の植え付け：チューリップなど春咲き球根"),
    ("11-01", "今月の園芸作業：落ち葉で腐葉土づくり、タマネギの植え付け"),
    ("12-01", "今月の園芸作業：寒さ対策と道具の手入れ"),
)


def _mn_dated(day: dt.date) -> str:
    if day < MN_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{wareki(day)}{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"


def midoriniwa_style() -> PublisherStyle:
    """A Japanese gardening magazine: a category from a pool, the dotted date turned the
    era year (Heisei, then Reiwa from 1 May 2019), the date and the weekday on 1 April 2017
    (a wording per day), "文：... 写真：...", "関連記事：" and "PR" mid-body, a plant caption
    from a pool, a sowing calendar that turns each month, an information-as-of-publication
    note, the yearly subscription price (with the 2019 rise in consumption tax), the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="midori-niwa.jp", site="みどりの庭通信", base_size=90,
        subdomains=(("www.", 100),),
        sections=("yasai", "hana", "bara", "taniku", "niwa"),
        n_authors=5, url_path="/{section}/{n}/",
        pools={
            "category": ("家庭菜園", "草花", "バラ", "多肉植物", "庭づくり", "観葉植物"),
            "shashin": ("編集部", "筆者", "PIXTA", "アフロ"),
            "shokubutsu": ("クレマチス", "アジサイ", "ミニトマト", "シュウメイギク", "ラベンダー",
                           "ギボウシ"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_mn_dated)),
            _f("bun", HEADER, 0.5, (_OLD, "文：{author}　写真：{shashin}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}")),
            _f("pr", MIDDLE, 0.25, (_OLD, "PR")),
            _f("caption", MIDDLE, 0.2, (_OLD, "写真：{shokubutsu}の花")),
            _f("tanemaki", FOOTER, 0.25, *_seasons(*TANEMAKI)),
            _f("jiten", FOOTER, 0.4, (_OLD, "※掲載情報は記事公開時点のものです。")),
            _f("teiki", FOOTER, 0.15, *from_table(MN_TEIKI, lambda v: (
                f"定期購読のご案内：年間12冊 {v}（税込・送料無料）"))),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} みどりの庭通信 All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】初出時、植え付けの適期に"
                                              "誤りがありました。")),
        ),
    )


# --- a British pet news site --------------------------------------------------------------

PP_REDESIGN = dt.date(2016, 4, 6)  # relaunched on the day microchipping became compulsory
PP_REVIEWED = dt.date(2018, 9, 1)
LUCYS_LAW = dt.date(2020, 4, 6)


def _pp_dated(day: dt.date) -> str:
    if day < PP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Published {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _pp_base(day: dt.date) -> str:
    if day < PP_REDESIGN:
        return "From 6 April 2016 every dog in England must be microchipped: find out more"
    if day.month in (6, 7, 8):
        return ("🌡️ Dogs die in hot cars: never leave your pet in a parked car, even with the "
                "window open")
    return "Is your dog's microchip up to date? Keep your contact details current"


@cache
def _pp_seasonal() -> Wordings:
    bonfire = _yearly("11-05", 10, 1, lambda y: f"🎆 Fireworks season {y}: keep pets indoors "
                                                f"and give them a safe den")
    hogmanay = _yearly("12-31", 3, 1, lambda y: f"New Year fireworks: how to help a scared "
                                                f"dog or cat see in {y + 1}")
    return _calendar(_pp_base, bonfire, hogmanay)


def pawprint_style() -> PublisherStyle:
    """A British pet news site: a section kicker from a pool, the numeric date turned
    "Published" with the short month on 6 April 2016, the day microchipping became
    compulsory in England (a wording per day), "By", "Reviewed by" a vet from a pool (from
    2018), a pet of the week, "Read more:" and "Advert" mid-body, a seasonal notice
    (microchipping, hot cars in summer) turned by each fireworks season and New Year, a
    breeder-listings disclosure reworded for Lucy's Law, an advice disclaimer, an insurance
    affiliate line, the copyright line, a rare clarification."""
    return PublisherStyle(
        domain="pawprintnews.co.uk", site="Pawprint News", base_size=70,
        subdomains=(("www.", 100),),
        sections=("dogs", "cats", "small-pets", "horses", "vet-advice"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("Dogs", "Cats", "Small pets", "Horses", "Vet advice"),
            "vet": ("Dr Hannah Okafor BVSc MRCVS", "Dr Owen Pryce BVM&S MRCVS",
                    "Dr Keira Lamb BVetMed MRCVS"),
            "pet": ("Biscuit, a lurcher at the Ashdown rescue", "Mittens, a ten-year-old "
                    "tabby", "Pip and Squeak, a pair of guinea pigs", "Bramble, a Staffie "
                    "cross"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_pp_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}")),
            _f("reviewed", HEADER, 0.25, (_OLD, "Checked by our vet team"),
               (PP_REVIEWED.isoformat(), "Reviewed by {vet}")),
            _f("pet-of-week", MIDDLE, 0.12, (_OLD, "Pet of the week: {pet}")),
            _f("read-more", MIDDLE, 0.35, (_OLD, "Read more: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advert"), count=2),
            _f("seasonal", HEADER, 0.25, *_pp_seasonal()),
            _f("breeder", FOOTER, 0.2,
               (_OLD, "Breeder listings are paid adverts and are not inspected by Pawprint "
                      "News. Always see a puppy with its mother."),
               (LUCYS_LAW.isoformat(), "Lucy's Law: puppies and kittens in England must now "
                                       "be bought from the breeder or adopted from a rescue. "
                                       "Always see a puppy with its mother.")),
            _f("advice", FOOTER, 0.35, (_OLD, "This article is for general information. If you "
                                              "are worried about your pet's health, always "
                                              "speak to your vet.")),
            _f("affiliate", FOOTER, 0.12, (_OLD, "We may earn a commission if you take out pet "
                                                 "insurance through links on this page.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Pawprint News Ltd")),
            _f("clarification", HEADER, 0.04, (_OLD, "Clarification: this article has been "
                                                     "updated to make clear the advice applies "
                                                     "in England only.")),
        ),
    )


# --- an American saltwater fishing report -------------------------------------------------

M2 = 745.236  # minutes in a semi-diurnal tide (12 h 25.2 min)
FIRST_HIGH = 312.0  # minutes after midnight of 1 January 2015 of a high tide at the inlet
STRIPED_BASS = (("2014-01-01", "2 fish at 28\" or larger"),
                ("2015-04-01", "1 fish at 28\" or larger"),
                ("2020-04-01", "1 fish, 28\" to less than 35\""))


def tide_times(day: dt.date) -> tuple[list[int], list[int]]:
    """Made-up high and low tides at the inlet on `day`, in minutes after midnight: a
    semi-diurnal tide about 50 minutes later each day."""
    start = (day - FIRST_DAY).days * 1440
    highs: list[int] = []
    lows: list[int] = []
    k = math.floor((start - FIRST_HIGH) / M2) - 1
    while (high := FIRST_HIGH + k * M2) < start + 1440:
        for when, into in ((high, highs), (high + M2 / 2, lows)):
            if start <= when < start + 1440:
                into.append(int(when - start))
        k += 1
    return highs, sorted(lows)


def clock12(minutes: int) -> str:
    hour, minute = divmod(minutes, 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def surf_temp(day: dt.date) -> int:
    """A made-up surf temperature (°F): coldest in early February, warmest in early August,
    a little noise from day to day."""
    season = (1 - math.cos(2 * math.pi * (day.timetuple().tm_yday - 35) / 365.25)) / 2
    return round(38 + 36 * season + 2 * wobble(day, "surf"))


def _ir_tides(day: dt.date) -> str:
    highs, lows = tide_times(day)
    return (f"Tides at Manasquan Inlet, {day.month}/{day.day}: High "
            f"{', '.join(clock12(t) for t in highs)} · Low {', '.join(clock12(t) for t in lows)}")


def inletreport_style() -> PublisherStyle:
    """An American saltwater fishing report: "Fishing report for" with the weekday and the
    long date (a wording per day), the captain's name from a pool, the day's tides at the
    inlet (a wording per day) and the surf temperature (a wording per day), "Sponsored"
    mid-body, the striped bass limit (cut in 2015, a slot limit from 2020), the saltwater
    registry line, "Tight lines!", the copyright line, a rare correction."""
    return PublisherStyle(
        domain="inletreport.com", site="The Inlet Report", base_size=55,
        subdomains=(("www.", 100),),
        sections=("reports", "surf", "offshore", "back-bay"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"capt": ("Capt. Rich Delmonte", "Capt. Sal Ferrante", "Capt. Jenna Kowalski",
                        "Capt. Bob Haines")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"Fishing report for {WEEKDAYS[day.weekday()]}, "
                            f"{MONTHS[day.month - 1]} {day.day}, {day.year}")),
            _f("capt", HEADER, 0.35, (_OLD, "Report from {capt}")),
            _f("tides", HEADER, 0.4, *_daily(_ir_tides)),
            _f("surf-temp", HEADER, 0.25, *_daily(
                lambda day: f"Surf temperature at Point Pleasant Beach ({day.month}/{day.day}): "
                            f"{surf_temp(day)}°F")),
            _f("sponsored", MIDDLE, 0.25, (_OLD, "Sponsored")),
            _f("striper", FOOTER, 0.25, *from_table(STRIPED_BASS, lambda v: (
                f"Striped bass limit: {v}. Circle hooks required with bait."))),
            _f("registry", FOOTER, 0.2, (_OLD, "Anglers 16 and older must register with the "
                                               "free Saltwater Recreational Registry.")),
            _f("tight-lines", FOOTER, 0.4, (_OLD, "Tight lines!")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} The Inlet Report")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the bluefish limit was misstated "
                                                  "in an earlier version of this report.")),
        ),
    )


# --- a German allotment association's pages -----------------------------------------------

KG_PACHT = (("2014-01-01", "0,24"), ("2017-01-01", "0,27"), ("2019-01-01", "0,31"))
KG_HINWEISE = (
    ("02-15", "Bitte Pacht und Umlagen bis zum 31. März auf das Vereinskonto überweisen."),
    ("04-01", "Ab 15. April wird das Wasser in der Anlage wieder angestellt."),
    ("05-08", "Eisheilige vom 11. bis 15. Mai: empfindliche Pflanzen erst danach auspflanzen."),
    ("05-16", "Bitte an die Gartenordnung denken: Hecken höchstens 1,25 m hoch."),
    ("10-01", "Am 31. Oktober wird das Wasser abgestellt – Wasseruhren bitte frostsicher "
              "machen."),
    ("11-01", "Die Anlage ist im Winter geöffnet; bitte die Tore immer schließen."),
)


@cache
def _kg_hinweis() -> Wordings:
    base = _seasons(*KG_HINWEISE)
    corona = [_span("2020-03-16", "2020-06-30", "Das Vereinsheim bleibt wegen Corona "
                                                "geschlossen. Die Gärten dürfen genutzt "
                                                "werden.")]
    return _calendar(lambda day: value_on(day, base), corona)


def kleingarten_style() -> PublisherStyle:
    """A German allotment association's pages: "Stand:" with the numeric date (a wording per
    day), the board member's name, a notice that follows the garden year (rent due, water
    turned on and off, the Ice Saints, the hedge rule) turned by the 2020 closing of the
    clubhouse, the next work day from a pool mid-body, the rent per square metre (raised in
    2017 and 2019), the quiet hours, the contact and copyright lines (a block), a rare
    correction."""
    return PublisherStyle(
        domain="kgv-sonnenwiese.de", site="KGV Sonnenwiese", base_size=40,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "termine", "verein"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"einsatz": ("Samstag, 9 Uhr: Hecken am Hauptweg schneiden",
                           "Samstag, 10 Uhr: Wege harken und Laub sammeln",
                           "Samstag, 9 Uhr: Vereinsheim streichen")},
        families=(
            _f("stand", HEADER, 0.8, *_by_day(
                lambda day: f"Stand: {day.day:02d}.{day.month:02d}.{day.year}")),
            _f("verfasst", HEADER, 0.5, (_OLD, "Eingestellt von {author} (Vorstand)")),
            _f("hinweis", HEADER, 0.35, *_kg_hinweis()),
            _f("einsatz", MIDDLE, 0.25, (_OLD, "Nächster Arbeitseinsatz: {einsatz}")),
            _f("pacht", FOOTER, 0.2, *from_table(KG_PACHT, lambda v: (
                f"Pacht: {v} € pro Quadratmeter und Jahr, zuzüglich Umlagen."))),
            _f("ruhezeiten", FOOTER, 0.3, (_OLD, "Ruhezeiten: werktags 13 bis 15 Uhr und ab "
                                                 "20 Uhr, sonn- und feiertags ganztägig.")),
            _f("kontakt", FOOTER, 0.4, (_OLD, "Kontakt: KGV Sonnenwiese e. V., Am Stadtgraben "
                                              "12, 04109 Leipzig")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} KGV Sonnenwiese e. V.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Arbeitseinsatz beginnt um 9 "
                                                 "Uhr, nicht um 10 Uhr.")),
        ),
    )


# --- a British angling club's news --------------------------------------------------------

ROD_LICENCE = (("2014-04-01", "£27"), ("2017-04-01", "£30"))
AC_MEMBERSHIP = (("2014-04-01", "adults £45, juniors £10"), ("2016-04-01", "adults £50, juniors "
                                                                          "£10"),
                 ("2019-04-01", "adults £55, juniors £12"))


def _ac_close(day: dt.date) -> str:
    if dt.date(day.year, 3, 15) <= day <= dt.date(day.year, 6, 15):
        return ("The coarse close season is on: no fishing on the river stretches until 16 "
                "June. The lakes stay open.")
    return "River and lake stretches are open to members. Please fill in your catch returns."


def anglingclub_style() -> PublisherStyle:
    """A British angling club's news: "Posted on" the ordinal date "by" the author (a
    wording per day), the river close season from 15 March to 15 June each year, the venue
    from a pool mid-body, the Environment Agency rod licence (raised in April 2017), the
    membership fees (raised in April 2016 and April 2019), a bailiffs line, "Tight lines!",
    the copyright line, a rare update."""
    return PublisherStyle(
        domain="wyebankanglers.org.uk", site="Wyebank Anglers", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "match-results", "venues"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"venue": ("Mill Pool", "Church Meadow stretch", "Hollow Lake",
                         "Kingfisher Reach")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year} "
                            f"by {{author}}")),
            _f("close-season", HEADER, 0.3, *_by_day(_ac_close)),
            _f("venue", MIDDLE, 0.3, (_OLD, "Venue: {venue}")),
            _f("licence", FOOTER, 0.25, *from_table(ROD_LICENCE, lambda v: (
                f"Reminder: anglers 13 and over need an Environment Agency rod licence (coarse "
                f"and non-migratory trout, {v} a year)."))),
            _f("membership", FOOTER, 0.2, *from_table(AC_MEMBERSHIP, lambda v: (
                f"Membership runs from 1 April to 31 March: {v}. Day tickets from the "
                f"tackle shop."))),
            _f("bailiffs", FOOTER, 0.3, (_OLD, "Members must carry their club card at all "
                                               "times. Bailiffs patrol all waters.")),
            _f("tight-lines", FOOTER, 0.45, (_OLD, "Tight lines!")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Wyebank Anglers")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the match has been moved to the Church "
                                              "Meadow stretch.")),
        ),
    )


def heldout143_styles() -> list[PublisherStyle]:
    """The held-back-143 styles, in the order the generator hands them to publishers."""
    return [
        walledgarden_style(), timberandtide_style(), revierundrute_style(),
        cimesetsentiers_style(), erajavesi_style(), fjellogvidde_style(), mascotasana_style(),
        midoriniwa_style(), pawprint_style(), inletreport_style(), kleingarten_style(),
        anglingclub_style(),
    ]
