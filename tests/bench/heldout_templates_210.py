"""The ``held-back-210`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-208 set. It was
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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
breeding-season line or an advertisement marker. The publishers are birdwatching,
ornithology and wildlife-recording societies and their sites, in English, Dutch, Danish,
Estonian, Hungarian and Korean: a British rare-bird news site, a Dutch birding news site, a
Danish bird observatory's daily log, a Hungarian bird society's news, a Korean birding
news site, an Estonian birdwatchers' news site, a British bird observatory's daily log, a
Danish bird photographers' club, an American Audubon chapter, an Estonian nature centre's
visitor pages, a Hungarian ringing station and a Korean migratory-bird centre. The
families are the kinds a crawl of such sites holds: dates localised day by day in English
(with British summer and winter time), Dutch, Danish, Estonian, Hungarian and Korean, most
changing form on the day of a redesign; sightings-report headers (observers, the day's
weather, sunrise and sunset, high water with its height, the day's ringing total, the
records entered today), lines that turn every week (the week's review to a Sunday, the
week's observations by ISO week) and every month (the bird of the month, the photo theme of
the month, the next chapter meeting on each second Tuesday); record-submission and
records-committee notices, codes of conduct, reserve and visitor-centre opening times that
follow the seasons (summer and winter hours, hostel seasons, ringing seasons, the breeding
season, winter feeding, migration), with the pandemic's closures; ringing and survey
calendars (garden bird counts, EuroBirdwatch, Birdfair, Global Big Day, the Christmas Bird
Count with its number, the Great Backyard Bird Count, World Migratory Bird Day, the winter
waterbird census, the Day of Birds and Trees, the 1% tax offer, bird flu outbreaks,
lockdowns); membership fees, donation levels, hostel prices and admission charges that
change over the years; photo credits and captions (species, cameras, lenses and exposure
from pools), related links and advertisement markers mid-body (some up to two times);
notices reworded in 2016-2020, multi-line blocks (about, contact and copyright lines), bare
lines, lines in nearly every article beside ones in only 4%. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
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
    iso_day,
    last_weekday,
    nth_weekday,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _seasons = _PERIOD.calendar, _PERIOD.seasons
# A line printed day by day is worded once per session: the tests build the styles several
# times, so the day functions below are module-level (the cache keys on them).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MAANEDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december")
UGEDAGE = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
KUUD = ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august",
        "september", "oktoober", "november", "detsember")
PAEVAD = ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev")
HONAPOK = ("január", "február", "március", "április", "május", "június", "július",
           "augusztus", "szeptember", "október", "november", "december")
NAPOK = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
YOIL = ("월", "화", "수", "목", "금", "토", "일")

# --- helpers of this set ------------------------------------------------------------------


def unit(day: dt.date, key: str) -> float:
    """A made-up number in [0, 1), the same for the same `day` and `key` (a day's weather,
    a day's count of records)."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 2**32


def summer_time(day: dt.date) -> bool:
    """Whether British and European summer time is in force on `day` (from the last Sunday
    of March to the last Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def clock(minutes: float, sep: str = ":") -> str:
    """Minutes after midnight as a 24-hour clock time ("06:47", or "06.47" with `sep`)."""
    m = int(round(minutes)) % 1440
    return f"{m // 60:02d}{sep}{m % 60:02d}"


def sun_times(day: dt.date, lat: float, lon: float, zone: int) -> tuple[float, float]:
    """Sunrise and sunset on `day` at `lat`/`lon` (east positive), in minutes after midnight
    of the local clock (`zone` hours from UTC, an hour more in summer time): the usual
    fractional-year approximation, good to a minute or two."""
    g = 2 * math.pi / 365 * (day.timetuple().tm_yday - 1)
    eqtime = 229.18 * (0.000075 + 0.001868 * math.cos(g) - 0.032077 * math.sin(g)
                       - 0.014615 * math.cos(2 * g) - 0.040849 * math.sin(2 * g))
    decl = (0.006918 - 0.399912 * math.cos(g) + 0.070257 * math.sin(g)
            - 0.006758 * math.cos(2 * g) + 0.000907 * math.sin(2 * g)
            - 0.002697 * math.cos(3 * g) + 0.00148 * math.sin(3 * g))
    phi = math.radians(lat)
    cos_ha = (math.cos(math.radians(90.833)) / (math.cos(phi) * math.cos(decl))
              - math.tan(phi) * math.tan(decl))
    ha = math.degrees(math.acos(max(-1.0, min(1.0, cos_ha))))
    shift = 60 * (zone + summer_time(day))
    return (720 - 4 * (lon + ha) - eqtime + shift, 720 - 4 * (lon - ha) - eqtime + shift)


LUNAR_DAY = 1490.8  # minutes: high water comes about 50 minutes later each day
SPRING_NEAP = 14.765  # days from spring tide to spring tide
FIRST_HIGH_WATER = 3 * 60 + 12  # on 1 January 2015, GMT, at the observatory's point


def high_waters(day: dt.date) -> list[tuple[float, float]]:
    """The high waters of `day` at the observatory's point (made up, but moving as tides
    do): (minutes after midnight GMT, height in metres), one or two a day."""
    n = (day - FIRST_DAY).days
    first = (FIRST_HIGH_WATER + n * (LUNAR_DAY - 1440)) % (LUNAR_DAY / 2)
    out = []
    t = first
    while t < 1440:
        k = n + t / 1440
        out.append((t, 4.9 + 0.7 * math.cos(2 * math.pi * k / SPRING_NEAP)))
        t += LUNAR_DAY / 2
    return out


def last_sunday_before(day: dt.date) -> dt.date:
    """The Sunday a week's review ends on: yesterday on a Monday, a week ago on a Sunday."""
    return day - dt.timedelta(days=day.weekday() + 1)


def months_since(day: dt.date) -> int:
    """Whole months from January 2015 to `day`'s month."""
    return (day.year - 2015) * 12 + day.month - 1


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def amounts(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line naming an amount from `table`: the wording in force on the set's first day
    from the oldest day, then one from each later day the amount changes."""
    later = [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return ((_OLD, text(in_force(FIRST_DAY, table))), *later)


def weekend_of(saturday: dt.date, before: int, text: str) -> Event:
    """A count held on a weekend: shown from `before` days before the Saturday to the
    Sunday."""
    return (saturday - dt.timedelta(days=before), saturday + 2 * ONE, text)


# Bird flu among wild birds: the notices of the two big European winters (2016-17, 2020-21).
FLU_UK = (("2016-12-06", "2017-05-14"), ("2020-11-11", None))
FLU_NL = (("2016-11-10", "2017-03-31"), ("2020-10-30", None))
FLU_KR = (("2016-11-17", "2017-04-30"), ("2017-11-20", "2018-03-15"), ("2020-11-27", None))


def outbreaks(periods: tuple[tuple[str, str | None], ...], text: str) -> list[Event]:
    """A notice shown during each outbreak (first ISO day, last ISO day or None)."""
    return [(iso_day(first), iso_day(last, 1) if last else None, text) for first, last in periods]


# --- a British rare-bird news site --------------------------------------------------------

SM_REDESIGN = dt.date(2018, 8, 17)  # relaunched on the opening day of Birdfair 2018
SM_APP = dt.date(2017, 6, 1)
SM_VERIFIED = dt.date(2019, 4, 1)
BIRDFAIR = {2015: "2015-08-21", 2016: "2016-08-19", 2017: "2017-08-18", 2018: "2018-08-17",
            2019: "2019-08-16"}  # Friday to Sunday at Rutland Water; cancelled in 2020
GARDEN_WATCH = {2015: "2015-01-24", 2016: "2016-01-30", 2017: "2017-01-28",
                2018: "2018-01-27", 2019: "2019-01-26", 2020: "2020-01-25"}
GLOBAL_BIG_DAY = {2015: "2015-05-09", 2016: "2016-05-14", 2017: "2017-05-13",
                  2018: "2018-05-05", 2019: "2019-05-04", 2020: "2020-05-09"}
SM_PREMIUM = (("2013-09-01", "£19.99"), ("2016-09-01", "£22.99"), ("2019-09-01", "£24.99"))


def sm_dated(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    zone = "BST" if summer_time(day) else "GMT"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{time}} {zone}"


def sm_review(day: dt.date) -> str:
    s = last_sunday_before(day)
    return (f"Review of the week: all the news from the seven days to Sunday {s.day} "
            f"{MONTHS[s.month - 1]} {s.year}")


@cache
def sm_notice() -> Wordings:
    base = _steps((_OLD, "Get rare bird news by text message: subscribe from £2.99 a month"),
                  (SM_APP.isoformat(), "🔔 An alert for every rarity in your county: try the "
                                       "Saltmarsh Birding app free for 14 days"))
    lockdown = [
        _span("2020-03-23", "2020-05-12", "🏠 Lockdown: please stay local, bird from home and "
                                          "send us your garden sightings"),
        _span("2020-11-05", "2020-12-01", "🏠 Lockdown again: exercise locally and please "
                                          "don't travel to twitch"),
    ]
    flu = outbreaks(FLU_UK, "⚠️ Avian influenza: do not touch dead or sick wild birds; report "
                            "them to the Defra helpline")
    fair = [(iso_day(day, -10), iso_day(day, 3), f"📍 Birdfair {y} at Rutland Water: come and "
                                                 f"say hello on our stand in Marquee 3")
            for y, day in BIRDFAIR.items()]
    fair.append(_span("2020-08-10", "2020-08-23", "Birdfair 2020 is cancelled: watch our "
                                                  "online talks instead"))
    garden = [weekend_of(iso_day(day), 6, f"🐦 Big Garden Birdwatch {y}: spend an hour "
                                          f"counting your garden birds this weekend")
              for y, day in GARDEN_WATCH.items()]
    big_day = [(iso_day(day, -4), iso_day(day, 1), f"Global Big Day {y}: how many species "
                                                   f"can you log on Saturday?")
               for y, day in GLOBAL_BIG_DAY.items()]
    return _calendar(base, lockdown, flu, fair, garden, big_day)


def saltmarsh_style() -> PublisherStyle:
    """A British rare-bird news site: a kicker from a pool, the short date with the weekday
    turned the long date, the time and British summer or winter time on the opening day of
    Birdfair 2018 (a wording per day), "Words:" turned the writer with the beat, the week's
    review to the last Sunday (a wording per week), a caption with the species, the county
    and the photographer from pools, "Read next:" and advertisement markers up to twice, a
    private-land line, an unverified-records line reworded in 2019, the birdwatchers' code,
    a text-alert appeal turned an app appeal and turned by the lockdowns, bird flu,
    Birdfair (cancelled in 2020), the Big Garden Birdwatch and Global Big Day, the Premium
    price (raised each September of 2016 and 2019), the publisher line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="saltmarshbirding.co.uk", site="Saltmarsh Birding", base_size=250,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("news", "rarities", "identification", "sites", "conservation", "optics"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("RARE BIRD NEWS", "MIGRATION", "IDENTIFICATION", "SITE GUIDE",
                       "CONSERVATION", "OPTICS", "SEABIRDS"),
            "beat": ("News Editor", "Identification Consultant", "Scotland Correspondent",
                     "Records Editor", "Optics Reviewer", "Seabird Correspondent"),
            "species": ("Red-flanked Bluetail", "Pallid Harrier", "Dusky Warbler", "Hoopoe",
                        "Rose-coloured Starling", "Glossy Ibis", "Little Bunting",
                        "Pied Wheatear"),
            "county": ("Norfolk", "Shetland", "Isles of Scilly", "Cornwall", "Yorkshire",
                       "Northumberland", "Kent"),
            "photo": ("Saltmarsh Birding", "Neil Carrow", "Jo Featherstone", "a reader",
                      "Fen Photo Library"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(sm_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Words: {author}"),
               (SM_REDESIGN.isoformat(), "By {author} · {author_beat}")),
            _f("review", HEADER, 0.12, *_by_day(sm_review)),
            _f("caption", MIDDLE, 0.45, (_OLD, "{species}, {county}. Photo: {photo}")),
            _f("read-next", MIDDLE, 0.35, (_OLD, "Read next: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("private-land", MIDDLE, 0.06, (_OLD, "Please note: the bird is on private land. "
                                                    "View only from the public footpath and "
                                                    "do not enter the fields.")),
            _f("unverified", FOOTER, 0.3,
               (_OLD, "Sightings are published as reported to us and have not been checked "
                      "by a records committee."),
               (SM_VERIFIED.isoformat(), "All sightings are as reported and unverified unless "
                                         "stated. Please submit your records to the county "
                                         "recorder.")),
            _f("code", FOOTER, 0.2, (_OLD, "Please follow the birdwatchers' code: the welfare "
                                           "of birds comes first, respect access and never "
                                           "trespass.")),
            _f("notice", FOOTER, 0.35, *sm_notice()),
            _f("premium", FOOTER, 0.12, *amounts(SM_PREMIUM, lambda v: (
                f"Saltmarsh Birding Premium: every rarity alert, site guide and photo gallery "
                f"for {v} a year."))),
            _f("publisher", FOOTER, 0.3, (_OLD, "Saltmarsh Birding is published by Tern Media "
                                                "Ltd, The Old Granary, Cley Road, Holt, "
                                                "Norfolk.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Tern Media Ltd. Photographs remain "
                                                 "the copyright of the photographers.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong site for the bird.")),
        ),
    )


# --- a Dutch birding news site ------------------------------------------------------------

VB_REDESIGN = dt.date(2018, 10, 6)  # relaunched on Euro Birdwatch 2018
VB_NIEUWSBRIEF = dt.date(2019, 3, 1)
VB_DONATEUR = (("2012-01-01", "20"), ("2017-01-01", "22,50"), ("2019-07-01", "25"))
TUINVOGELTELLING = {2015: "2015-01-17", 2016: "2016-01-23", 2017: "2017-01-21",
                    2018: "2018-01-20", 2019: "2019-01-26", 2020: "2020-01-25"}
VB_MONTH_FACTOR = (0.55, 0.6, 0.8, 1.0, 1.15, 0.85, 0.7, 0.75, 0.9, 1.05, 0.8, 0.55)


def vb_datum(day: dt.date) -> str:
    if day < VB_REDESIGN:
        return f"Geplaatst op {day.day:02d}-{day.month:02d}-{day.year}"
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}, {{time}} uur"


def dutch_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def records_today(day: dt.date) -> tuple[int, int]:
    """Made-up numbers of records and species entered on `day` (more in spring and autumn,
    at weekends, each year, and in the spring lockdown)."""
    base = 9000 * 1.12 ** (day.year - 2015) * VB_MONTH_FACTOR[day.month - 1]
    if day.weekday() >= 5:
        base *= 1.45
    if dt.date(2020, 3, 16) <= day <= dt.date(2020, 5, 31):
        base *= 1.3
    records = int(base * (0.85 + 0.3 * unit(day, "vb")))
    species = int(150 + 110 * VB_MONTH_FACTOR[day.month - 1] * (0.9 + 0.2 * unit(day, "vs")))
    return records, species


def vb_vandaag(day: dt.date) -> str:
    records, species = records_today(day)
    return (f"Vandaag ingevoerd: {dutch_number(records)} waarnemingen van {species} soorten")


@cache
def vb_tip() -> Wordings:
    base = _steps((_OLD, "Ontvang elke vrijdag de nieuwsbrief van Vogelbericht"),
                  (VB_NIEUWSBRIEF.isoformat(), "📬 Elke vrijdag het vogelnieuws van de week in "
                                               "je mailbox: meld je gratis aan"))
    lockdown = [_span("2020-03-16", "2020-05-10", "🏠 Blijf zoveel mogelijk thuis: tel de "
                                                  "vogels in je tuin of vanaf je balkon")]
    flu = outbreaks(FLU_NL, "⚠️ Vogelgriep: raak dode wilde vogels niet aan en meld ze bij de "
                            "gemeente")
    telling = [weekend_of(iso_day(day), 7, f"🐦 Nationale Tuinvogeltelling {y}: tel een halfuur "
                                           f"de vogels in je tuin")
               for y, day in TUINVOGELTELLING.items()]
    euro = [weekend_of(nth_weekday(y, 10, 5, 1), 5, f"Euro Birdwatch {y}: tel mee op "
                                                    f"zaterdag {nth_weekday(y, 10, 5, 1).day} "
                                                    f"oktober op een telpost bij jou in de buurt")
            for y in range(2015, 2020)]
    euro.append(weekend_of(nth_weekday(2020, 10, 5, 1), 5, "Euro Birdwatch 2020 gaat door, "
                                                          "maar dit jaar zonder excursies"))
    return _calendar(base, lockdown, flu, telling, euro)


def vogelbericht_style() -> PublisherStyle:
    """A Dutch birding news site: a section from a pool, "Geplaatst op" with the numeric date
    turned the weekday, the long date and the time on Euro Birdwatch day 2018 (a wording
    per day), "Door", the records and species entered today (a wording per day), a caption
    with the species, the province and the photographer from pools, "Lees ook:" and
    "Advertentie" (up to twice) mid-body, a report-your-sighting line, the breeding-season
    line from 15 March to 15 July each year, a newsletter line reworded and turned by the
    lockdown, bird flu, the garden bird count and Euro Birdwatch, the donation level
    (raised in 2017 and 2019), the reproduction line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="vogelbericht.nl", site="Vogelbericht", base_size=220,
        subdomains=(("www.", 100),),
        sections=("nieuws", "zeldzaamheden", "determinatie", "gebieden", "bescherming"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubriek": ("Nieuws", "Zeldzaamheden", "Determinatie", "Vogelgebieden",
                        "Bescherming", "Trek"),
            "soort": ("Roze spreeuw", "Grote pieper", "Bladkoning", "Steppekiekendief",
                      "Daurische klauwier", "Kleine zilverreiger", "Ralreiger"),
            "provincie": ("Noord-Holland", "Friesland", "Zeeland", "Groningen", "Flevoland",
                          "Limburg"),
            "foto": ("Vogelbericht", "Freek Hoogland", "Anouk de Wit", "lezersfoto",
                     "Natuurbeeld"),
        },
        families=(
            _f("rubriek", HEADER, 0.5, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.85, *_by_day(vb_datum)),
            _f("auteur", HEADER, 0.6, (_OLD, "Door {author}")),
            _f("vandaag", HEADER, 0.2, *_daily(vb_vandaag)),
            _f("foto", MIDDLE, 0.4, (_OLD, "{soort}, {provincie} (foto: {foto})")),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}")),
            _f("advertentie", MIDDLE, 0.3, (_OLD, "Advertentie"), count=2),
            _f("melden", MIDDLE, 0.15, (_OLD, "Zelf een bijzondere vogel gezien? Meld je "
                                              "waarneming met datum, plaats en bij voorkeur "
                                              "een foto.")),
            _f("broedseizoen", FOOTER, 0.3, *_seasons(
                ("03-15", "🐣 Het is broedseizoen (15 maart – 15 juli): blijf op de paden en "
                          "houd je hond aan de lijn."),
                ("07-16", "Blijf op de paden en verstoor geen rustende of foeragerende "
                          "vogels."))),
            _f("tip", FOOTER, 0.3, *vb_tip()),
            _f("donateur", FOOTER, 0.12, *amounts(VB_DONATEUR, lambda v: (
                f"Steun ons werk: word donateur vanaf € {v} per jaar."))),
            _f("overname", FOOTER, 0.25, (_OLD, "Overname van teksten en foto's is niet "
                                                "toegestaan zonder schriftelijke "
                                                "toestemming.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Vogelbericht · Alle rechten "
                                                "voorbehouden")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie van "
                                                    "dit bericht stond een verkeerde "
                                                    "vindplaats.")),
        ),
    )


# --- a Danish bird observatory's daily log ------------------------------------------------

SK_REDESIGN = dt.date(2019, 3, 15)  # the new site opened with the spring season
SK_INSTAGRAM = dt.date(2018, 4, 1)
SK_KONTINGENT = (("2013-01-01", "200 kr. (husstand 300 kr.)"),
                 ("2017-01-01", "225 kr. (husstand 325 kr.)"),
                 ("2019-01-01", "250 kr. (husstand 350 kr.)"))
VINDE = ("N", "NØ", "Ø", "SØ", "S", "SV", "V", "NV")
HIMMEL = ("klart", "let skyet", "skiftende skydække", "overskyet", "regnbyger", "tåge",
          "diset")


def sk_dato(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"{day.day}/{day.month} {day.year}"
    return (f"{UGEDAGE[day.weekday()].capitalize()} d. {day.day}. {MAANEDER[day.month - 1]} "
            f"{day.year}")


def temperature(day: dt.date, key: str, mean: float, swing: float) -> int:
    """A made-up day's temperature: the season's curve (coldest in late January) and noise."""
    n = day.timetuple().tm_yday
    return round(mean - swing * math.cos(2 * math.pi * (n - 20) / 365)
                 + 6 * (unit(day, key) - 0.5))


def sk_vejr(day: dt.date) -> str:
    wind = VINDE[int(unit(day, "skv") * 8)]
    speed = 1 + int(unit(day, "sks") * 13)
    sky = HIMMEL[int(unit(day, "skh") * len(HIMMEL))]
    return f"Vejr: {wind} {speed} m/s, {sky}, {temperature(day, 'skt', 8, 8)} °C"


def sk_sol(day: dt.date) -> str:
    rise, set_ = sun_times(day, 57.3, 10.5, 1)
    return f"Sol op kl. {clock(rise, '.')} · sol ned kl. {clock(set_, '.')}"


SK_FORAAR = ("Stationen er bemandet fra solopgang. Besøgende er velkomne ved ringmærkningen "
             "kl. 8–11.")
SK_SOMMER = "Sommerpause: der er ingen fast ringmærkning før 1. august."
SK_VINTER = ("Stationen er ubemandet i vinterhalvåret. Ringmærkningen begynder igen "
             "15. marts.")


@cache
def sk_opslag() -> Wordings:
    base = _steps((_OLD, "Følg stationen på Facebook for daglige opdateringer"),
                  (SK_INSTAGRAM.isoformat(), "📷 Følg os på Instagram: dagens fugle fra nettene, "
                                             "hver dag i sæsonen"))
    corona = [_span("2020-03-12", "2020-05-17", "Stationen er lukket for besøgende på grund "
                                                "af corona. Følg ringmærkningen her på siden.")]
    fuglenes_dag = [(nth_weekday(y, 5, 6, 1) - 6 * ONE, nth_weekday(y, 5, 6, 1) + ONE,
                     f"Fuglenes Dag søndag d. {nth_weekday(y, 5, 6, 1).day}. maj {y}: åbent hus "
                     f"på stationen kl. 9–14") for y in YEARS]
    haver = [weekend_of(nth_weekday(y, 2, 5, 1), 5, f"Havefugletælling {y}: tæl fuglene i din "
                                                    f"have i weekenden")
             for y in YEARS]
    return _calendar(base, corona, fuglenes_dag, haver)


def skovnaes_style() -> PublisherStyle:
    """A Danish bird observatory's daily log: the short date turned the weekday and the long
    date on the first day of the 2019 spring season (a wording per day), the observers, the
    day's wind, sky and temperature and the day's sunrise and sunset (a wording per day
    each), the day's ringing total, a species of the day from a pool, a photo credit, "Læs
    også:", the ringing season's line (spring, summer break, autumn and winter each year,
    and the pandemic's spring), the membership fee (raised in 2017 and 2019), a reporting
    line, a Facebook line turned an Instagram line and turned by the pandemic, the Day of
    Birds and the garden bird count, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="skovnaesfuglestation.dk", site="Skovnæs Fuglestation", base_size=195,
        subdomains=(("www.", 100),),
        sections=("dagbog", "ringmaerkning", "nyheder", "besoeg"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "art": ("rødhals", "fuglekonge", "gransanger", "munk", "kærnebider",
                    "hvid vipstjert", "dværgfluesnapper"),
            "foto": ("Skovnæs Fuglestation", "stationens ringmærkere", "frivillig på "
                     "stationen"),
        },
        families=(
            _f("dato", HEADER, 0.85, *_by_day(sk_dato)),
            _f("observatorer", HEADER, 0.55, (_OLD, "Observatører: {author}, {author2}")),
            _f("vejr", HEADER, 0.45, *_daily(sk_vejr)),
            _f("sol", HEADER, 0.2, *_daily(sk_sol)),
            _f("ringmaerket", MIDDLE, 0.35, (_OLD, "Ringmærket i dag: {count} fugle")),
            _f("dagens-art", MIDDLE, 0.2, (_OLD, "Dagens art: {art}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("laes-ogsaa", MIDDLE, 0.2, (_OLD, "Læs også: {other_title}")),
            _f("saeson", FOOTER, 0.35, *_seasons(
                ("03-15", SK_FORAAR), ("06-16", SK_SOMMER), ("08-01", SK_FORAAR),
                ("11-16", SK_VINTER),
                special={2020: [("2020-03-12", "Foråret 2020: ringmærkningen fortsætter med få "
                                               "folk, men stationen er lukket for besøgende."),
                                ("2020-06-16", SK_SOMMER), ("2020-08-01", SK_FORAAR),
                                ("2020-11-16", SK_VINTER)]})),
            _f("kontingent", FOOTER, 0.15, *amounts(SK_KONTINGENT, lambda v: (
                f"Støt fuglestationen: kontingentet er {v} om året."))),
            _f("indberetning", FOOTER, 0.3, (_OLD, "Dagens observationer indtastes i den "
                                                   "nationale fugledatabase og kan blive rettet "
                                                   "senere.")),
            _f("opslag", FOOTER, 0.3, *sk_opslag()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Skovnæs Fuglestation · Gengivelse "
                                                 "af tekst og billeder kun efter aftale")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: antallet af ringmærkede fugle er "
                                                "rettet.")),
        ),
    )


# --- a Hungarian bird society's news -------------------------------------------------------

MA_REDESIGN = dt.date(2018, 5, 10)  # relaunched on the Day of Birds and Trees 2018
MA_TAGSAG = dt.date(2019, 1, 1)
MA_TAGDIJ = (("2014-01-01", "4000 Ft, diákoknak és nyugdíjasoknak 2000 Ft"),
             ("2017-01-01", "5000 Ft, diákoknak és nyugdíjasoknak 2500 Ft"),
             ("2020-01-01", "6000 Ft, diákoknak és nyugdíjasoknak 3000 Ft"))
HONAP_MADARA = ("kék vércse", "gyurgyalag", "szalakóta", "nagy kócsag", "búbos banka",
                "fekete gólya", "rétisas", "daru", "kerecsensólyom", "barkóscinege", "túzok",
                "tengelic", "jégmadár", "széncinege", "fehér gólya", "parlagi sas",
                "cigánycsuk")
ADOSZAM = "18765432-1-13"


def hungarian_date(day: dt.date) -> str:
    return f"{day.year}. {HONAPOK[day.month - 1]} {day.day}."


def ma_datum(day: dt.date) -> str:
    if day < MA_REDESIGN:
        return hungarian_date(day)
    return f"{hungarian_date(day)}, {NAPOK[day.weekday()]} {{time}}"


def bird_of_the_month(day: dt.date) -> str:
    return HONAP_MADARA[months_since(day) % len(HONAP_MADARA)]


def ma_honap(day: dt.date) -> str:
    return (f"A hónap madara ({day.year}. {HONAPOK[day.month - 1]}): "
            f"{bird_of_the_month(day)}")


@cache
def ma_felhivas() -> Wordings:
    base = _steps((_OLD, "Csatlakozzon egyesületünkhöz, és kapja meg negyedéves lapunkat!"),
                  (MA_TAGSAG.isoformat(), "💚 Legyen a tagunk: a tagdíj a madárvédelmi "
                                          "munkánkat támogatja"))
    covid = [_span("2020-03-12", "2020-06-14", "A járványhelyzet miatt terepi programjainkat "
                                               "visszavonásig szüneteltetjük.")]
    madarak_napja = [(dt.date(y, 5, 6), dt.date(y, 5, 11),
                      f"Madarak és Fák Napja, {y}. május 10.: várjuk a családokat "
                      f"programjainkra!") for y in YEARS]
    szja = [(dt.date(y, 3, 1), dt.date(y, 5, 21),
             f"Adója 1%-ával támogassa a Madárles Egyesületet! Adószámunk: {ADOSZAM} "
             f"({y}. május 20-ig rendelkezhet)") for y in YEARS]
    return _calendar(base, covid, madarak_napja, szja)


def madarles_style() -> PublisherStyle:
    """A Hungarian bird society's news: a section from a pool, the long date (year first)
    turned the weekday and the time on the Day of Birds and Trees 2018 (a wording per day),
    "Szerző:" turned the writer with the photographer, the bird of the month (a wording per
    month), a photo credit, "Kapcsolódó cikk:" and "Hirdetés" (up to twice) mid-body, a
    ringing-recovery line, a winter-feeding line from November to March and a watering line
    in the summer, a membership appeal reworded and turned by the 1% tax offer (March to
    20 May), the Day of Birds and Trees (10 May) and the pandemic, the membership fee (raised
    in 2017 and 2020), the source line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="madarles.hu", site="Madárles", base_size=170,
        subdomains=(("www.", 100),),
        sections=("hirek", "megfigyelesek", "termeszetvedelem", "programok", "gyuruzes"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "rovat": ("Hírek", "Megfigyelések", "Természetvédelem", "Programok",
                      "Madárgyűrűzés", "Fotópályázat"),
            "foto": ("Madárles", "Kovács Bence", "Szabó Réka", "olvasói fotó", "archív"),
        },
        families=(
            _f("rovat", HEADER, 0.5, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.85, *_by_day(ma_datum)),
            _f("szerzo", HEADER, 0.55, (_OLD, "Szerző: {author}"),
               (MA_REDESIGN.isoformat(), "Írta: {author} | Fotó: {foto}")),
            _f("honap", HEADER, 0.2, *_by_day(ma_honap)),
            _f("foto", MIDDLE, 0.35, (_OLD, "Fotó: {foto}")),
            _f("kapcsolodo", MIDDLE, 0.35, (_OLD, "Kapcsolódó cikk: {other_title}")),
            _f("hirdetes", MIDDLE, 0.3, (_OLD, "Hirdetés"), count=2),
            _f("gyuru", MIDDLE, 0.1, (_OLD, "Gyűrűs madarat talált? Olvassa le a gyűrű "
                                            "feliratát, és jelezze nekünk a megtalálás helyével "
                                            "és idejével!")),
            _f("etetes", FOOTER, 0.2, *_seasons(
                ("04-01", "Nyáron ne etessük a madarakat, de egy itató sokat segít a "
                          "kánikulában."),
                ("11-01", "Itt a madáretetés ideje: napraforgót és faggyút tegyünk ki, és ne "
                          "hagyjuk abba tavaszig!"))),
            _f("felhivas", FOOTER, 0.3, *ma_felhivas()),
            _f("tagdij", FOOTER, 0.12, *amounts(MA_TAGDIJ, lambda v: f"Éves tagdíj: {v}.")),
            _f("forras", FOOTER, 0.2, (_OLD, "Cikkeink és fotóink átvétele csak a forrás "
                                             "megjelölésével lehetséges.")),
            _f("jogok", FOOTER, 0.35, (_OLD, "© {year} Madárles Egyesület. Minden jog "
                                             "fenntartva.")),
            _f("helyesbites", HEADER, 0.04, (_OLD, "Helyesbítés: a cikk korábbi változatában "
                                                   "hibás időpont szerepelt.")),
        ),
    )


# --- a Korean birding news site -------------------------------------------------------------

SW_REDESIGN = dt.date(2019, 5, 11)  # relaunched on World Migratory Bird Day 2019
SW_KAKAO = dt.date(2017, 7, 1)
SW_HUWON = (("2013-01-01", "월 5,000원"), ("2018-03-01", "월 10,000원"))
CENSUS = {2015: "2015-01-16", 2016: "2016-01-15", 2017: "2017-01-13", 2018: "2018-01-19",
          2019: "2019-01-18", 2020: "2020-01-17"}  # the winter waterbird census (Fri-Sun)


def sw_dated(day: dt.date) -> str:
    if day < SW_REDESIGN:
        return f"{day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]})"
    return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"


def migratory_bird_day(y: int) -> dt.date:
    """World Migratory Bird Day: the second Saturday of May."""
    return nth_weekday(y, 5, 5, 2)


@cache
def sw_allim() -> Wordings:
    base = _steps((_OLD, "새와사람 소식을 이메일로 받아보세요"),
                  (SW_KAKAO.isoformat(), "새와사람 카카오톡 채널을 추가하면 탐조 소식을 가장 먼저 "
                                         "받아볼 수 있습니다"))
    covid = [_span("2020-02-24", "2020-05-05", "코로나19 확산 방지를 위해 단체 탐조 행사를 "
                                               "당분간 중단합니다")]
    flu = outbreaks(FLU_KR, "⚠️ 조류인플루엔자 확산 방지를 위해 철새도래지 방문을 자제해 주세요")
    wmbd = [(migratory_bird_day(y) - 7 * ONE, migratory_bird_day(y) + ONE,
             f"세계 철새의 날({y}년 5월 {migratory_bird_day(y).day}일) 전국 탐조 행사 안내")
            for y in YEARS]
    census = [(iso_day(day, -10), iso_day(day, 3), f"{y}년 겨울철 조류 동시센서스: 탐조 "
                                                   f"자원봉사자를 모집합니다")
              for y, day in CENSUS.items()]
    return _calendar(base, covid, flu, wmbd, census)


def saewasaram_style() -> PublisherStyle:
    """A Korean birding news site: a section from a pool, the long date with the weekday
    turned "입력" with the dotted date and the time on World Migratory Bird Day 2019 (a
    wording per day), the reporter's line turned "글·사진" with the redesign, a photo
    caption ("▲") and a photo credit from pools, "관련기사" and "광고" (up to twice)
    mid-body, the source of the figures from a pool, a keep-your-distance line, an e-mail
    line turned a KakaoTalk line and turned by bird flu, the winter waterbird census, World
    Migratory Bird Day and the pandemic, the monthly donation (raised in 2018), the
    copyright line in nearly every article (reworded on the redesign day), a rare
    correction."""
    return PublisherStyle(
        domain="saewasaram.kr", site="새와사람", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "birding", "conservation", "photo", "column"),
        n_authors=6, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("탐조", "보전", "철새", "생태", "사진", "칼럼"),
            "seol": ("갯벌에서 먹이를 찾는 저어새", "논에서 쉬고 있는 흑두루미 무리",
                     "하구에 내려앉은 큰고니", "번식지로 돌아온 황새",
                     "물가에서 쉬는 검은머리물떼새"),
            "sajin": ("새와사람", "독자 제공", "지역 탐조모임 제공", "환경단체 제공"),
            "jaryo": ("환경부", "국립생물자원관", "국립공원공단", "지역 탐조모임", "새와사람 취재"),
        },
        families=(
            _f("bunya", HEADER, 0.5, (_OLD, "{bunya}")),
            _f("ipryeok", HEADER, 0.85, *_by_day(sw_dated)),
            _f("gija", HEADER, 0.6, (_OLD, "{author} 기자"),
               (SW_REDESIGN.isoformat(), "글·사진 {author} 기자")),
            _f("seol", MIDDLE, 0.4, (_OLD, "▲ {seol} ⓒ {sajin}")),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "[관련기사] {other_title}")),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "광고"), count=2),
            _f("jaryo", MIDDLE, 0.15, (_OLD, "자료: {jaryo}")),
            _f("yeui", MIDDLE, 0.12, (_OLD, "탐조할 때는 새와 충분한 거리를 두고, 둥지 가까이 "
                                            "다가가지 마세요.")),
            _f("allim", FOOTER, 0.3, *sw_allim()),
            _f("huwon", FOOTER, 0.15, *amounts(SW_HUWON, lambda v: (
                f"정기후원 {v}부터: 새와사람의 탐조·보전 기사를 응원해 주세요"))),
            _f("jeojakgwon", FOOTER, 0.95, (_OLD, "ⓒ 새와사람 (무단 전재-재배포 금지)"),
               (SW_REDESIGN.isoformat(), "저작권자 © 새와사람 무단전재 및 재배포 금지")),
            _f("bareul", HEADER, 0.04, (_OLD, "[바로잡습니다] 기사 속 관찰 장소를 바로잡습니다.")),
        ),
    )


# --- an Estonian birdwatchers' news site --------------------------------------------------

LV_REDESIGN = dt.date(2018, 1, 27)  # relaunched on the garden bird days of 2018
LV_UUDISKIRI = dt.date(2018, 9, 1)
LV_VORM = dt.date(2019, 4, 1)
LV_LIIKMEMAKS = (("2014-01-01", "10 eurot, õpilastele 5 eurot"),
                 ("2017-01-01", "12 eurot, õpilastele 5 eurot"),
                 ("2020-01-01", "15 eurot, õpilastele 7 eurot"))


def lv_kuupaev(day: dt.date) -> str:
    if day < LV_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{PAEVAD[day.weekday()]}, {day.day}. {KUUD[day.month - 1]} {day.year}, {{time}}"


def lv_nadal(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + 6 * ONE
    week = day.isocalendar()[1]
    return (f"Nädala vaatlused: {week}. nädal ({monday.day:02d}.{monday.month:02d}–"
            f"{sunday.day:02d}.{sunday.month:02d}.{sunday.year})")


@cache
def lv_kutse() -> Wordings:
    base = _steps((_OLD, "Liitu Linnuvaatleja uudiskirjaga"),
                  (LV_UUDISKIRI.isoformat(), "📬 Iga reede värsked linnuuudised postkasti: telli "
                                             "Linnuvaatleja uudiskiri"))
    eriolukord = [_span("2020-03-12", "2020-05-17", "Eriolukord: ühisretked jäävad ära, vaatle "
                                                    "linde kodu lähedal")]
    aed = [weekend_of(last_weekday(y, 1, 5), 5,
                      f"Aialinnupäevad {last_weekday(y, 1, 5):%d.%m}–"
                      f"{last_weekday(y, 1, 5) + ONE:%d.%m.%Y}: loenda tunni jooksul oma aia "
                      f"linde") for y in YEARS]
    euro = [weekend_of(nth_weekday(y, 10, 5, 1), 6, f"Euroopa linnuvaatluspäevad {y}: tule "
                                                    f"rändlinde loendama!") for y in YEARS]
    return _calendar(base, eriolukord, aed, euro)


def linnuvaatleja_style() -> PublisherStyle:
    """An Estonian birdwatchers' news site: a section from a pool, the numeric date turned
    the weekday, the long date and the time on the garden bird days of 2018 (a wording per
    day), "Autor:", the week's observations by ISO week from Monday to Sunday (a wording per
    week), a photo credit, "Loe ka:" and "Reklaam" (up to twice) mid-body, a report-your-
    sightings line reworded in 2019, a newsletter line reworded and turned by the garden
    bird days, the European birdwatch days and the emergency of 2020, the membership fee
    (raised in 2017 and 2020), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="linnuvaatleja.ee", site="Linnuvaatleja", base_size=130,
        subdomains=(("www.", 70), ("", 30)),
        sections=("uudised", "vaatlused", "looduskaitse", "retked", "rongastamine"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "rubriik": ("Uudised", "Vaatlused", "Looduskaitse", "Retked", "Rõngastamine"),
            "foto": ("Linnuvaatleja", "Mart Kask", "Liis Tamm", "lugeja foto"),
        },
        families=(
            _f("rubriik", HEADER, 0.5, (_OLD, "{rubriik}")),
            _f("kuupaev", HEADER, 0.85, *_by_day(lv_kuupaev)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}")),
            _f("nadal", HEADER, 0.2, *_by_day(lv_nadal)),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {foto}")),
            _f("loe-ka", MIDDLE, 0.35, (_OLD, "Loe ka: {other_title}")),
            _f("reklaam", MIDDLE, 0.25, (_OLD, "Reklaam"), count=2),
            _f("teata", FOOTER, 0.3,
               (_OLD, "Nägid haruldast lindu? Teata sellest meile e-posti teel."),
               (LV_VORM.isoformat(), "Teata oma linnuvaatlustest meie vaatlusvormi kaudu – iga "
                                     "teade loeb.")),
            _f("kutse", FOOTER, 0.3, *lv_kutse()),
            _f("liikmemaks", FOOTER, 0.12, *amounts(LV_LIIKMEMAKS, lambda v: (
                f"Liikmemaks: {v} aastas."))),
            _f("autorioigus", FOOTER, 0.35, (_OLD, "© {year} Linnuvaatleja. Materjalide "
                                                   "kasutamine ainult viitega allikale.")),
            _f("parandus", HEADER, 0.04, (_OLD, "Parandus: loos oli algselt vale vaatluskoht.")),
        ),
    )


# --- a British bird observatory's daily log -----------------------------------------------

KP_REDESIGN = dt.date(2019, 8, 1)
KP_RECORDS = dt.date(2018, 1, 1)
KP_HOSTEL = (("2013-03-01", "£18 a night (members £14)"), ("2017-03-01", "£20 a night "
             "(members £16)"), ("2019-03-01", "£22 a night (members £17)"))
BEAUFORT_WIND = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
SKIES = ("clear", "sunny spells", "cloudy", "overcast", "showers", "light rain at times",
         "fog early, clearing", "drizzle")
KP_OPEN = "The hostel is open: please book at least a week ahead."
KP_BOOKINGS = "Hostel bookings for the new season (March to November) are now open."
KP_CLOSED = "The hostel is closed for the winter. Bookings open on 1 February."


def kp_logdate(day: dt.date) -> str:
    if day < KP_REDESIGN:
        return (f"Daily log: {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"Log for {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def kp_weather(day: dt.date) -> str:
    wind = BEAUFORT_WIND[int(unit(day, "kpw") * 8)]
    force = 1 + int(unit(day, "kpf") * 7)
    sky = SKIES[int(unit(day, "kps") * len(SKIES))]
    return f"Weather: {wind} {force}, {sky}; {temperature(day, 'kpt', 9, 6)}°C"


def kp_sun(day: dt.date) -> str:
    rise, set_ = sun_times(day, 54.6, -1.1, 0)
    return f"Sunrise {clock(rise)} · Sunset {clock(set_)}"


def kp_tides(day: dt.date) -> str:
    zone = "BST" if summer_time(day) else "GMT"
    shift = 60 if summer_time(day) else 0
    parts = [f"{clock(t + shift)} ({h:.1f} m)" for t, h in high_waters(day)]
    return f"High water at the Point ({zone}): " + " and ".join(parts)


def kittiwake_style() -> PublisherStyle:
    """A British bird observatory's daily log: "Daily log:" with the weekday and the long
    date turned "Log for" with the short date on 1 August 2019 (a wording per day), the
    observers, the day's wind in Beaufort force, sky and temperature, sunrise and sunset
    and the high waters with their heights (each a wording per day), the day's ringing
    total, an in-the-hand photo credit, a records-committee line reworded in 2018, the
    hostel season's line (bookings in February, open from March, closed in December, the
    pandemic's closures), the hostel price (raised in 2017 and 2019), the charity line and
    the copyright line (a block), a rare amendment."""
    return PublisherStyle(
        domain="kittiwakepoint.org.uk", site="Kittiwake Point Bird Observatory", base_size=110,
        subdomains=(("www.", 100),),
        sections=("log", "ringing", "news", "visiting"),
        n_authors=5, url_path="/{section}/{yyyy}-{mm}-{dd}-{slug}",
        pools={"species": ("Yellow-browed Warbler", "Firecrest", "Goldcrest", "Redwing",
                           "Barred Warbler", "Red-breasted Flycatcher", "Wryneck")},
        families=(
            _f("logdate", HEADER, 0.85, *_by_day(kp_logdate)),
            _f("observers", HEADER, 0.5, (_OLD, "Observers: {author}, {author2} et al.")),
            _f("weather", HEADER, 0.4, *_daily(kp_weather)),
            _f("sun", HEADER, 0.15, *_daily(kp_sun)),
            _f("tides", HEADER, 0.2, *_daily(kp_tides)),
            _f("ringed", MIDDLE, 0.35, (_OLD, "Ringing totals: {count} new birds, plus "
                                              "retraps.")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {species} in the hand ({author2})")),
            _f("records", FOOTER, 0.3,
               (_OLD, "Records are provisional until accepted by the county records "
                      "committee."),
               (KP_RECORDS.isoformat(), "All records in this log are provisional and subject "
                                        "to review by the relevant records committee.")),
            _f("hostel", FOOTER, 0.25, *_seasons(
                ("02-01", KP_BOOKINGS), ("03-01", KP_OPEN), ("12-01", KP_CLOSED),
                special={2020: [("2020-02-01", KP_BOOKINGS),
                                ("2020-03-17", "The hostel is closed until further notice "
                                               "because of COVID-19."),
                                ("2020-08-01", "The hostel has reopened for single households: "
                                               "booking is essential."),
                                ("2020-11-05", "The hostel is closed during the national "
                                               "lockdown."),
                                ("2020-12-01", KP_CLOSED)]})),
            _f("prices", FOOTER, 0.15, *amounts(KP_HOSTEL, lambda v: f"Hostel: {v}.")),
            _f("charity", FOOTER, 0.3, (_OLD, "Kittiwake Point Bird Observatory is a registered "
                                              "charity (no. 1012345) run by volunteers. "
                                              "Donations keep the nets open.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Kittiwake Point Bird Observatory "
                                                "Trust")),
            _f("amended", HEADER, 0.04, (_OLD, "Amended: the ringing total for this day has been "
                                               "corrected.")),
        ),
    )


# --- a Danish bird photographers' club ----------------------------------------------------

FV_REDESIGN = dt.date(2018, 6, 1)
FV_KONKURRENCE = dt.date(2019, 2, 1)
FV_KONTINGENT = (("2012-01-01", "250"), ("2016-01-01", "275"), ("2019-01-01", "300"))
TEMAER = ("Vadefugle", "Fugle i flugt", "Spætter", "Fugle i sne", "Rovfugle",
          "Småfugle i modlys", "Ugler", "Ænder og gæs", "Fugle i byen", "Trækfugle",
          "Spejlinger", "Sort-hvid", "Portrætter", "Fugle ved foderbrættet")


def fv_dato(day: dt.date) -> str:
    if day < FV_REDESIGN:
        return f"Uploadet {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day}. {MAANEDER[day.month - 1]} {day.year} kl. {{time}}"


def photo_theme(day: dt.date) -> str:
    return TEMAER[months_since(day) % len(TEMAER)]


def fv_tema(day: dt.date) -> str:
    return f"Månedens tema, {MAANEDER[day.month - 1]} {day.year}: {photo_theme(day)}"


@cache
def fv_konkurrence() -> Wordings:
    base = _steps((_OLD, "Del dine bedste fuglebilleder i galleriet"),
                  (FV_KONKURRENCE.isoformat(), "📸 Upload dine billeder og vær med i månedens "
                                               "fotokonkurrence"))
    aarets = [(dt.date(y, 11, 1), dt.date(y, 12, 1), f"Årets Fuglefoto {y}: indsend dine "
                                                     f"billeder senest 30. november")
              for y in YEARS]
    afstemning = [(dt.date(y, 12, 1), dt.date(y + 1, 1, 1), f"Stem på Årets Fuglefoto {y} "
                                                            f"inden nytår")
                  for y in YEARS]
    return _calendar(base, aarets, afstemning)


def fuglefoto_style() -> PublisherStyle:
    """A Danish bird photographers' club: "Uploadet" with the numeric date turned the long
    date and the time on 1 June 2018 (a wording per day), "Fotograf:", the photo theme of
    the month (a wording per month), the camera, the lens and the exposure from pools, a
    copyright-of-images line, "Se også:" and "Annonce" mid-body, a gallery line turned a
    competition line and turned by the year's photo competition (entries in November, the
    vote in December), the photographers' ethics line, the membership fee (raised in 2016
    and 2019), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="fuglefotovest.dk", site="Fuglefoto Vest", base_size=90,
        subdomains=(("www.", 100),),
        sections=("galleri", "artikler", "udstyr", "konkurrence"),
        n_authors=10, url_path="/{section}/{slug}",
        pools={
            "kamera": ("Canon EOS 7D Mark II", "Nikon D500", "Nikon D850", "Sony A9",
                       "Canon EOS 1D X Mark II", "Olympus OM-D E-M1 Mark II"),
            "objektiv": ("500 mm f/4", "100–400 mm", "150–600 mm", "600 mm f/4",
                         "300 mm f/2,8 + 1,4x"),
            "eksponering": ("1/2000 s · f/5,6 · ISO 800", "1/1600 s · f/6,3 · ISO 1250",
                            "1/800 s · f/4 · ISO 400", "1/3200 s · f/8 · ISO 2000"),
        },
        families=(
            _f("dato", HEADER, 0.8, *_by_day(fv_dato)),
            _f("fotograf", HEADER, 0.6, (_OLD, "Fotograf: {author}")),
            _f("tema", HEADER, 0.25, *_by_day(fv_tema)),
            _f("exif", MIDDLE, 0.45, (_OLD, "{kamera} · {objektiv} · {eksponering}")),
            _f("se-ogsaa", MIDDLE, 0.3, (_OLD, "Se også: {other_title}")),
            _f("annonce", MIDDLE, 0.2, (_OLD, "Annonce")),
            _f("ophavsret", FOOTER, 0.5, (_OLD, "Alle billeder er beskyttet af ophavsret og må "
                                                "ikke bruges uden fotografens tilladelse.")),
            _f("etik", FOOTER, 0.25, (_OLD, "Husk naturfotografens etik: fuglens velfærd går "
                                            "forud for billedet. Forstyr aldrig ved reden.")),
            _f("konkurrence", FOOTER, 0.2, *fv_konkurrence()),
            _f("kontingent", FOOTER, 0.12, *amounts(FV_KONTINGENT, lambda v: (
                f"Medlemskab af Fuglefoto Vest: {v} kr. om året."))),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Fuglefoto Vest og de enkelte "
                                                "fotografer")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: billedet var fejlagtigt krediteret "
                                                "en anden fotograf.")),
        ),
    )


# --- an American Audubon chapter ----------------------------------------------------------

MC_REDESIGN = dt.date(2019, 9, 3)
MC_TRIPS = dt.date(2018, 3, 1)
MC_ZOOM = dt.date(2020, 3, 11)
MC_DUES = (("2012-01-01", "Individual $20, Family $30"),
           ("2018-01-01", "Individual $25, Family $35"))
MEETING_MONTHS = (9, 10, 11, 12, 1, 2, 3, 4, 5)


def mc_posted(day: dt.date) -> str:
    if day < MC_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()][:3]}, {MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def next_meeting(day: dt.date) -> dt.date:
    """The chapter's next meeting on or after `day`: the second Tuesday of each month from
    September to May."""
    y, m = day.year, day.month
    while True:
        if m in MEETING_MONTHS:
            meeting = nth_weekday(y, m, 1, 2)
            if meeting >= day:
                return meeting
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def mc_meeting(day: dt.date) -> str:
    meeting = next_meeting(day)
    when = f"Tuesday, {MONTHS[meeting.month - 1]} {meeting.day}, {meeting.year}, 7 p.m."
    if day >= MC_ZOOM:
        return f"Next chapter meeting (online via Zoom): {when}"
    if day.month in (6, 7, 8):
        return f"Chapter meetings resume after the summer break on {when}"
    return f"Next chapter meeting: {when}, at the Marsh Creek Nature Center. All are welcome."


def count_day(y: int) -> dt.date:
    """The chapter's Christmas Bird Count: the first Saturday on or after December 14."""
    first = dt.date(y, 12, 14)
    return first + dt.timedelta(days=(5 - first.weekday()) % 7)


def presidents_day(y: int) -> dt.date:
    return nth_weekday(y, 2, 0, 3)


@cache
def mc_news() -> Wordings:
    base = _steps((_OLD, "Join us! Our field trips are free and open to everyone."),
                  (MC_TRIPS.isoformat(), "🔭 Field trips are free and open to all, and we lend "
                                         "binoculars to beginners."))
    cbc: list[Event] = []
    for y in range(2014, 2021):
        count = count_day(y)
        n = ordinal(y - 1899)
        cbc.append((dt.date(y, 11, 25), count + ONE, f"🦉 The {n} Christmas Bird Count: our "
                                                     f"circle counts on Saturday, December "
                                                     f"{count.day}. Sign up with the compiler!"))
        cbc.append((count + ONE, dt.date(y + 1, 1, 6), f"Thank you, counters! Results of our "
                                                       f"{n} Christmas Bird Count will be "
                                                       f"posted in January."))
    gbbc = [(presidents_day(y) - 10 * ONE, presidents_day(y) + ONE,
             f"Great Backyard Bird Count, February {presidents_day(y).day - 3}–"
             f"{presidents_day(y).day}, {y}: count for 15 minutes or more and send in your "
             f"checklist.") for y in YEARS]
    covid = [_span("2020-03-14", "2020-08-31", "All chapter field trips are canceled until "
                                               "further notice. Please bird close to home."),
             (dt.date(2020, 9, 1), None, "Small-group field trips have resumed: registration "
                                         "is required and masks must be worn.")]
    return _calendar(base, cbc, gbbc, covid)


def marshcreek_style() -> PublisherStyle:
    """An American Audubon chapter: "Posted on" with the long date turned the short weekday
    and date on 3 September 2019 (a wording per day), "by", a field-trip line from a pool, a
    photo credit, the next chapter meeting on the second Tuesday (a wording per meeting:
    the summer break, on Zoom from March 2020), a field-trip line reworded and turned by
    each Christmas Bird Count with its number (the count day, then the thanks), the Great
    Backyard Bird Count and the pandemic, the dues (raised in 2018), the nonprofit line and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="marshcreekaudubon.org", site="Marsh Creek Audubon Society", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "field-trips", "programs", "conservation", "christmas-bird-count"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={"trip": ("Saturday bird walk at Heron Pond, 8 a.m.",
                        "Beginners' walk at the Nature Center, 9 a.m.",
                        "Shorebirds at Sandy Point, 7:30 a.m.",
                        "Owl prowl at Cedar Bluff, 6 p.m.",
                        "Hawk watch at Ridge Overlook, 10 a.m.")},
        families=(
            _f("posted", HEADER, 0.8, *_by_day(mc_posted)),
            _f("author", HEADER, 0.5, (_OLD, "by {author}")),
            _f("trip", MIDDLE, 0.25, (_OLD, "Field trip: {trip}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo by {author2}")),
            _f("meeting", FOOTER, 0.35, *_by_day(mc_meeting)),
            _f("news", FOOTER, 0.3, *mc_news()),
            _f("dues", FOOTER, 0.15, *amounts(MC_DUES, lambda v: (
                f"Chapter membership: {v} a year."))),
            _f("nonprofit", FOOTER, 0.3, (_OLD, "Marsh Creek Audubon Society is a 501(c)(3) "
                                                "nonprofit organization. Donations are "
                                                "tax-deductible to the extent allowed by "
                                                "law.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Marsh Creek Audubon Society")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the meeting place of this trip "
                                                  "has changed.")),
        ),
    )


# --- an Estonian nature centre's visitor pages --------------------------------------------

KO_REDESIGN = dt.date(2019, 5, 1)  # the new site opened with the summer season
KO_PILET = (("2014-05-01", "täiskasvanu 3 €, õpilane 1,50 €, perepilet 7 €"),
            ("2016-05-01", "täiskasvanu 4 €, õpilane 2 €, perepilet 9 €"),
            ("2019-05-01", "täiskasvanu 5 €, õpilane 2,50 €, perepilet 11 €"))
KO_SUVI = "Looduskeskus on 1. maist 30. septembrini avatud iga päev kell 10–18."
KO_TALV = "Oktoobrist aprillini on looduskeskus avatud teisipäevast laupäevani kell 10–16."


def ko_kuupaev(day: dt.date) -> str:
    if day < KO_REDESIGN:
        return f"Avaldatud {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day}. {KUUD[day.month - 1]} {day.year}"


def korsmaa_style() -> PublisherStyle:
    """An Estonian nature centre's visitor pages: "Avaldatud" with the numeric date turned
    the long date on 1 May 2019 (a wording per day), the opening hours (summer from May,
    winter from October, closed in the emergency of 2020), the migration line through the
    seasons (spring migration, breeding, autumn cranes, winter feeding), the tower line, a
    guided walk from a pool, a photo credit, the ticket prices (raised in 2016 and 2019),
    the contact line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="korsmaa.ee", site="Kõrsmaa looduskeskus", base_size=55,
        subdomains=(("www.", 100),),
        sections=("uudised", "sundmused", "kulastajale"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"retk": ("linnuretk luhal", "öine kakuretk", "sookurgede õhtu",
                        "laste loodusretk", "kevadine hanede loendus")},
        families=(
            _f("kuupaev", HEADER, 0.8, *_by_day(ko_kuupaev)),
            _f("ranne", HEADER, 0.2, *_seasons(
                ("03-20", "Kevadränne on alanud: haned ja luiged peatuvad luhal märtsist "
                          "maini."),
                ("06-01", "Pesitsusajal palume püsida matkarajal ja hoida koerad rihmas."),
                ("09-01", "Sügisränne: sookurgede kogunemist saab vaadelda tornist septembris "
                          "ja oktoobris."),
                ("11-15", "Talvel toidame keskuse juures linde – tule vaatama!"))),
            _f("retk", MIDDLE, 0.25, (_OLD, "Juhendatud retk: {retk}")),
            _f("torn", MIDDLE, 0.2, (_OLD, "Linnuvaatlustorn on avatud ööpäev läbi ja "
                                           "tasuta.")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {author}")),
            _f("lahtiolek", FOOTER, 0.4, *_seasons(
                ("05-01", KO_SUVI), ("10-01", KO_TALV),
                special={2020: [("2020-03-13", "Looduskeskus on eriolukorra tõttu suletud. "
                                               "Matkarada ja torn on avatud."),
                                ("2020-05-18", KO_SUVI), ("2020-10-01", KO_TALV)]})),
            _f("pilet", FOOTER, 0.2, *amounts(KO_PILET, lambda v: f"Piletid: {v}.")),
            _f("kontakt", FOOTER, 0.35, (_OLD, "Kõrsmaa looduskeskus · tel 5555 1234 · "
                                               "info@korsmaa.ee")),
            _f("autorioigus", FOOTER, 0.3, (_OLD, "© {year} Kõrsmaa looduskeskus")),
            _f("parandus", HEADER, 0.04, (_OLD, "Parandus: retke kogunemiskoht on muutunud.")),
        ),
    )


# --- a Hungarian ringing station ----------------------------------------------------------

NV_REDESIGN = dt.date(2017, 7, 15)  # the new site opened with the 2017 ringing camp
NV_BELEPO = (("2014-07-15", "felnőtt 600 Ft, diák és nyugdíjas 300 Ft"),
             ("2017-07-15", "felnőtt 800 Ft, diák és nyugdíjas 400 Ft"),
             ("2019-07-15", "felnőtt 1000 Ft, diák és nyugdíjas 500 Ft"))
NV_NYITVA = ("A gyűrűzőtábor július 15. és október 31. között működik; látogatókat naponta "
             "8 és 11 óra között fogadunk.")
NV_ZARVA = "A gyűrűzőtábor jelenleg szünetel. Következő szezon: július 15."


def nv_datum(day: dt.date) -> str:
    if day < NV_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}."
    return f"{hungarian_date(day)} ({NAPOK[day.weekday()]})"


def nadasto_style() -> PublisherStyle:
    """A Hungarian ringing station: the dotted numeric date turned the long date with the
    weekday on the opening day of the 2017 ringing camp (a wording per day), the ringers,
    the day's ringing total, a photo credit, the ringing camp's line (open from 15 July to
    31 October, by appointment in 2020), the admission (raised in 2017 and 2019), a
    ring-recovery line, the supporters' line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="nadastovarta.hu", site="Nádastói Madárvárta", base_size=40,
        subdomains=(("www.", 100),),
        sections=("naplo", "hirek", "latogatas"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        families=(
            _f("datum", HEADER, 0.85, *_by_day(nv_datum)),
            _f("gyuruzok", HEADER, 0.5, (_OLD, "Gyűrűzők: {author}, {author2}")),
            _f("fogas", MIDDLE, 0.3, (_OLD, "Mai fogás: {count} madár")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Fotó: {author2}")),
            _f("tabor", FOOTER, 0.35, *_seasons(
                ("07-15", NV_NYITVA), ("11-01", NV_ZARVA),
                special={2020: [("2020-07-15", "A 2020-as gyűrűzőtábor július 15-én indul, de "
                                               "látogatókat csak előzetes bejelentkezéssel "
                                               "fogadunk."),
                                ("2020-11-01", NV_ZARVA)]})),
            _f("belepo", FOOTER, 0.2, *amounts(NV_BELEPO, lambda v: f"Belépő: {v}.")),
            _f("visszajelzes", FOOTER, 0.25, (_OLD, "Gyűrűs madár megkerüléséről a Madárgyűrűzési "
                                                   "Központot kérjük értesíteni.")),
            _f("tamogatok", FOOTER, 0.4, (_OLD, "A madárvárta működését a nemzeti park "
                                                "igazgatósága és önkéntesek segítik.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Nádastói Madárvárta")),
            _f("helyesbites", HEADER, 0.04, (_OLD, "Helyesbítés: a napi fogás száma "
                                                   "javítva.")),
        ),
    )


# --- a Korean migratory-bird centre -------------------------------------------------------

GD_REDESIGN = dt.date(2018, 3, 1)
GD_GWALLAMRYO = (("2013-03-01", "어른 2,000원, 청소년 1,000원"),
                 ("2018-03-01", "어른 3,000원, 청소년 1,500원"))
GD_HABGI = "관람시간 09:00~18:00 (입장 마감 17:00), 매주 월요일 휴관"
GD_DONGGI = "관람시간 09:00~17:00 (입장 마감 16:00), 매주 월요일 휴관"
GD_HYUGWAN = "코로나19 확산 방지를 위해 센터를 임시 휴관합니다"


def gd_dated(day: dt.date) -> str:
    if day < GD_REDESIGN:
        return f"작성일 {day.isoformat()}"
    return f"{day.year}.{day.month:02d}.{day.day:02d} ({YOIL[day.weekday()]})"


@cache
def gd_annae() -> Wordings:
    base = _steps((_OLD, "탐조 시 철새에게 너무 가까이 다가가지 말고 망원경을 이용해 주세요"))
    flu = outbreaks(FLU_KR, "조류인플루엔자 예방을 위해 탐조대 일부 구간의 출입을 통제합니다")
    season = [(dt.date(y, 11, 15), dt.date(y + 1, 3, 1), "철새 도래 시기입니다: 탐조대 "
                                                         "주변에서는 소리를 낮춰 주세요")
              for y in range(2014, 2021)]
    return _calendar(base, flu, season)


def galdaeseom_style() -> PublisherStyle:
    """A Korean migratory-bird centre: "작성일" with the ISO date turned the dotted date
    with the weekday on 1 March 2018 (a wording per day), the writer, the visitor notice
    turned by bird flu and each winter's migrant season, a birding programme from a pool, a
    photo credit, the opening hours (summer from March, winter from November, the
    pandemic's closures), the admission (raised in 2018), the enquiries line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="galdaeseom.or.kr", site="갈대섬 철새탐조센터", base_size=30,
        subdomains=(("www.", 100),),
        sections=("notice", "program", "news"),
        n_authors=2, url_path="/board/view.do?no={n}",
        pools={"program": ("겨울 철새 탐조 교실", "가족 탐조 여행", "갯벌 생태 체험",
                           "두루미 관찰 프로그램", "청소년 탐조단")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(gd_dated)),
            _f("writer", HEADER, 0.5, (_OLD, "작성자: {author}")),
            _f("annae", HEADER, 0.2, *gd_annae()),
            _f("program", MIDDLE, 0.25, (_OLD, "탐조 프로그램: {program}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "사진: {author}")),
            _f("hours", FOOTER, 0.4, *_seasons(
                ("03-01", GD_HABGI), ("11-01", GD_DONGGI),
                special={2020: [("2020-02-24", GD_HYUGWAN), ("2020-05-06", GD_HABGI),
                                ("2020-11-01", GD_DONGGI), ("2020-12-08", GD_HYUGWAN)]})),
            _f("fee", FOOTER, 0.2, *amounts(GD_GWALLAMRYO, lambda v: f"관람료: {v}")),
            _f("contact", FOOTER, 0.35, (_OLD, "문의: 갈대섬 철새탐조센터 061-555-0123")),
            _f("copyright", FOOTER, 0.3, (_OLD, "Copyright © {year} 갈대섬 철새탐조센터. "
                                                "All rights reserved.")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 프로그램 일정이 변경되었습니다.")),
        ),
    )


def heldout210_styles() -> list[PublisherStyle]:
    """The held-back-210 styles, in the order the generator hands them to publishers."""
    return [
        saltmarsh_style(), vogelbericht_style(), skovnaes_style(), madarles_style(),
        saewasaram_style(), linnuvaatleja_style(), kittiwake_style(), fuglefoto_style(),
        marshcreek_style(), korsmaa_style(), nadasto_style(), galdaeseom_style(),
    ]
