"""The ``held-back-62`` template set of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the held-back-61 set
(`tests.bench.heldout_templates_61`; a held-back-63 set was being written at the same time by
another session, unseen by this one). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from the earlier sets'
modules, `tests.bench.planted_real` and the slots it hands a template) or the README's
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
sites share a network footer. Nine publishers are news sites from places in Europe, North
America and the Caribbean no earlier set had a publisher in, in large and small languages
(some printing two languages on one line, one switching from a bilingual long date to a
numeric one); three are specialist sites: a monastery's pages printing the old-calendar date
and the day's fasting rule, a seismic research unit's reports and a second-tier ice hockey
club's match reports. The families are the kinds a crawl of such sites holds: dates
localised day by day (one with the Atlantic time zone of the day's daylight-saving rule,
one with the Julian date beside the Gregorian one, some changing form on the day of a
redesign), a fasting rule that follows the Orthodox year day by day, weekly reports and a
weekly market price that follows its season, a hockey season's phases (with one season cut
short), bylines and datelines of many shapes, notices reworded in 2016-2020, notices that
follow a calendar (votes, storms, floods, fires, an ice storm, a blizzard, the 2020
epidemic, a volcano's alert levels, carnivals on the Western Easter, feasts on the Orthodox
one, days on a weekday of a month, the change of the clocks, festivals called off in 2020,
anniversaries with their counts) and the seasons, monthly fuel prices and exchange rates,
other articles' titles, tag lists, multi-line blocks, mid-body inserts (some up to two
times), bare lines, and families in only 4-5% of articles beside ones in nearly all. The
hard negatives (statements quoted in several articles, syndicated copies, stock sentences)
are the generator's.
"""

from __future__ import annotations

import datetime as dt

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    last_weekday,
    orthodox_easter,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import nth_or_last_weekday as nth_weekday
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


def _month_index(ym: str) -> int:
    year, month = ym.split("-")
    return int(year) * 12 + int(month) - 1


def _interpolate(anchors: tuple[tuple[str, float], ...], k: float) -> float:
    """The value at month index `k` (year * 12 + month - 1) on the line through `anchors`
    ((ISO month, value), ...), flat before the first and after the last."""
    points = [(_month_index(ym), value) for ym, value in anchors]
    if k <= points[0][0]:
        return points[0][1]
    for (k0, v0), (k1, v1) in zip(points, points[1:], strict=False):
        if k0 <= k <= k1:
            return v0 + (v1 - v0) * (k - k0) / (k1 - k0)
    return points[-1][1]


def _comma(value: float, places: int) -> str:
    """`value` with `places` decimals and a decimal comma."""
    return f"{value:.{places}f}".replace(".", ",")


def north_american_dst(day: dt.date) -> bool:
    """Whether `day` falls in daylight saving time in Canada and most of the US: from the
    second Sunday of March to the day before the first Sunday of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def friday_of(day: dt.date) -> dt.date:
    """The latest Friday on or before `day` (the day a weekly report or price is dated)."""
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DUTCH_MONTHS_SHORT = ("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.",
                      "okt.", "nov.", "dec.")
GAGAUZ_MONTHS = ("Büük ay", "Küçük ay", "Baba Marta", "Çiçek ayı", "Hederlez ayı",
                 "Kirez ayı", "Orak ayı", "Harman ayı", "Ceviz ayı", "Canavar ayı",
                 "Kasım ayı", "Kırım ayı")
GAGAUZ_WEEKDAYS = ("Pazertesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumaertesi", "Pazar")
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
SERBIAN_MONTHS = ("јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август",
                  "септембар", "октобар", "новембар", "децембар")
SERBIAN_WEEKDAYS = ("понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља")


# --- a Canary Islands Spanish-language daily (Las Palmas de Gran Canaria) --------------------

CN_REDESIGN = dt.date(2017, 10, 2)  # the long date turned a numeric one with Canarian time
CN_BYLINE = dt.date(2018, 9, 3)
CN_LINKS = dt.date(2019, 4, 1)
CN_RIGHTS = dt.date(2019, 3, 1)

# The average price of a litre of 95 petrol in the islands the site printed, at a few
# months; the months between are interpolated. Diesel is 9 cents cheaper.
CN_FUEL_ANCHORS: tuple[tuple[str, float], ...] = (
    ("2015-01", 1.02), ("2015-07", 1.08), ("2016-02", 0.90), ("2016-12", 1.00),
    ("2017-06", 0.98), ("2018-06", 1.12), ("2018-12", 1.02), ("2019-06", 1.10),
    ("2020-01", 1.08), ("2020-04", 0.86), ("2020-08", 0.95), ("2021-01", 0.97),
)


def _cn_dated(day: dt.date) -> str:
    if day < CN_REDESIGN:
        return (f"{SPANISH_WEEKDAYS[day.weekday()]}, {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"{day:%d/%m/%Y} · {{time}} h (hora canaria)"


def cn_fuel(day: dt.date) -> str:
    """The fuel line of `day`'s month (a wording per month), with decimal commas."""
    petrol = _interpolate(CN_FUEL_ANCHORS, day.year * 12 + day.month - 1)
    return (f"⛽ Precio medio en Canarias este mes: gasolina 95 a {_comma(petrol, 3)} €/l · "
            f"gasóleo a {_comma(petrol - 0.09, 3)} €/l")


def _cn_pino(y: int) -> str:
    if y == 2020:
        return "⛪ Virgen del Pino 2020: sin romería ni peregrinación a Teror este año"
    return f"⛪ Fiestas del Pino {y}: romería y cortes de tráfico en Teror"


def _cn_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook, Twitter e Instagram"),
                  ("2019-02-04", "📲 Únete a nuestro canal de Telegram y recibe lo último de "
                                 "Canarias en tu móvil"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ Elecciones autonómicas y municipales: resultados isla a isla",
              after=2),
        _vote("2015-12-20", "🗳️ Elecciones generales: así ha votado Canarias", after=2),
        _vote("2016-06-26", "🗳️ Elecciones generales del 26J: resultados en Las Palmas y Santa "
                            "Cruz de Tenerife", after=2),
        _vote("2019-04-28", "🗳️ Elecciones generales del 28A: el escrutinio en directo",
              after=2),
        _vote("2019-05-26", "🗳️ Autonómicas, cabildos y municipales: todos los resultados",
              after=3),
        _span("2019-08-10", "2019-08-25", "🔥 Incendio en la cumbre de Gran Canaria: desalojos "
                                          "y carreteras cortadas"),
        _vote("2019-11-10", "🗳️ Elecciones generales del 10N: resultados en Canarias", after=2),
        _span("2020-02-22", "2020-02-25", "🌫️ Calima extrema: consulta el estado de los vuelos "
                                          "en los aeropuertos canarios"),
        _span("2020-03-14", "2020-06-21", "😷 Estado de alarma: todas las medidas en Canarias"),
    ]
    feasts = _yearly("05-30", 1, 0, lambda y: f"🌋 Feliz Día de Canarias: {y - 1983} años del "
                                              f"primer pleno del Parlamento")
    feasts += _yearly("09-08", 1, 0, _cn_pino)
    feasts += _yearly("08-04", 1, 0, lambda y: f"🌿 Bajada de la Rama {y} en Agaete: guaguas "
                                               f"especiales y accesos", years=range(2015, 2020))
    feasts += _movable(lambda y: last_weekday(y, 3, 6), 2, 0,
                       lambda _: "🕑 El domingo cambia la hora: a la 1:00 en Canarias serán las "
                                 "2:00")
    feasts += _movable(lambda y: last_weekday(y, 10, 6), 2, 0,
                       lambda _: "🕑 El domingo se atrasa la hora: a las 2:00 en Canarias "
                                 "volverá a ser la 1:00")
    return _calendar(base, news, feasts)


def canarias_style() -> PublisherStyle:
    """A Canary Islands Spanish-language daily (Las Palmas de Gran Canaria): a section
    kicker, the Spanish weekday and long date, turned a numeric date with the time and "hora
    canaria" on the day of a redesign (a wording per day), the writer's bare name, which
    gained the city, an agency line with a city from pools, "MÁS INFORMACIÓN:" turned "➤
    Relacionada:" (up to twice), an ad label, a photo credit, tags, the month's average fuel
    prices with decimal commas (a wording per month), a follow line turned Telegram and
    turned by six votes, the 2019 summit fire, the 2020 dust storm and state of alarm, the
    Canary Islands' day with its count, the Pino festival (without its pilgrimage in 2020),
    the Rama festival (none in 2020) and the change of the clocks an hour earlier in the
    islands, a comments disclaimer, a rights line reworded, a rare dust warning."""
    return PublisherStyle(
        domain="diarioalisio.es", site="Diario Alisio", base_size=240,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("gran-canaria", "canarias", "sucesos", "economia", "deportes", "cultura"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}-{n}.html",
        pools={
            "seccion": ("Gran Canaria", "Canarias", "Sucesos", "Economía", "UD Las Palmas",
                        "Tenerife", "Lanzarote", "Fuerteventura"),
            "agencia": ("EFE", "Europa Press", "Acfi Press"),
            "ciudad": ("Santa Cruz de Tenerife", "Madrid", "Arrecife", "Puerto del Rosario",
                       "Telde"),
            "foto": ("Diario Alisio", "EFE", "Cabildo de Gran Canaria", "Archivo",
                     "Quique Montesdeoca"),
            "etiqueta": ("Las Palmas de Gran Canaria", "Cabildo", "Gobierno de Canarias",
                         "turismo", "Puerto de La Luz", "calima", "Telde", "guaguas"),
        },
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_cn_dated)),
            _f("firma", HEADER, 0.5, (_OLD, "{author}"),
               (CN_BYLINE.isoformat(), "{author} | Las Palmas de Gran Canaria")),
            _f("agencia", HEADER, 0.2, (_OLD, "{agencia} / {ciudad}")),
            _f("relacionada", MIDDLE, 0.4, (_OLD, "MÁS INFORMACIÓN: {other_title}"),
               (CN_LINKS.isoformat(), "➤ Relacionada: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.25, (_OLD, "Publicidad")),
            _f("fotografia", MIDDLE, 0.25, (_OLD, "Fotografía: {foto}")),
            _f("etiquetas", FOOTER, 0.35, (_OLD, "Etiquetas: {etiqueta_list}")),
            _f("carburante", FOOTER, 0.2, *_by_day(cn_fuel)),
            _f("aviso", FOOTER, 0.3, *_cn_notice()),
            _f("comentarios", FOOTER, 0.15, (_OLD, "Los comentarios son responsabilidad de sus "
                                                   "autores; Diario Alisio se reserva el "
                                                   "derecho a retirarlos.")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} Diario Alisio. Todos los derechos "
                                                "reservados."),
               (CN_RIGHTS.isoformat(), "Diario Alisio © {year} · Queda prohibida la "
                                       "reproducción total o parcial sin permiso expreso")),
            _f("calima", HEADER, 0.04, (_OLD, "⚠️ Aviso amarillo por calima: evita el ejercicio "
                                              "al aire libre")),
        ),
    )


# --- a Newfoundland English-language daily (St. John's) ---------------------------------------

NL_REDESIGN = dt.date(2017, 5, 29)  # the date turned "Updated:" with an AP date and the zone
NL_BYLINE = dt.date(2018, 9, 10)
NL_LINKS = dt.date(2018, 6, 4)
NL_PAYWALL = dt.date(2019, 2, 4)


def _nl_dated(day: dt.date) -> str:
    if day < NL_REDESIGN:
        return f"Published on {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "NDT" if north_american_dst(day) else "NST"
    return f"Updated: {AP_MONTHS[day.month - 1]} {day.day}, {day.year} at {{time12}} {zone}"


def regatta_day(y: int) -> dt.date | None:
    """Regatta Day in St. John's: the first Wednesday of August (no regatta in 2020)."""
    return None if y == 2020 else nth_weekday(y, 8, 2, 1)


def nl_season(day: dt.date) -> str:
    """The city line of `day`'s season."""
    if day.month in (12, 1, 2, 3):
        return ("🚫 Winter parking ban: no overnight parking on city streets from 12:30 a.m. "
                "to 7 a.m.")
    if day.month in (4, 5, 6):
        return "🧊 Iceberg season: send us your sightings and photos"
    if day.month in (7, 8):
        return "🐋 Whales and puffins are back: give them room on the water"
    return "🦌 Moose on the roads: slow down at dusk and dawn"


def _nl_notice() -> Wordings:
    base = _steps((_OLD, "Like The Signal Hill Courier on Facebook and follow us on Twitter"),
                  ("2018-10-01", "📧 Start your day with our morning briefing: sign up free"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Federal election: the results in St. John's East and St. "
                            "John's South–Mount Pearl"),
        _vote("2015-11-30", "🗳️ Provincial election: district-by-district results"),
        _vote("2019-05-16", "🗳️ Provincial election 2019: live results from all 40 districts"),
        _vote("2019-10-21", "🗳️ Federal election 2019: Newfoundland and Labrador results"),
        _span("2020-01-17", "2020-01-24", "❄️ State of emergency in St. John's: stay off the "
                                          "roads"),
        _span("2020-03-18", "2020-07-02", "😷 Public health emergency: what's open, what's "
                                          "closed"),
        _span("2020-07-03", "2020-11-23", "🚗 The Atlantic bubble is open: travel rules for "
                                          "Atlantic Canadians"),
    ]
    feasts = _yearly("07-01", 0, 0, lambda y: f"🕊️ Memorial Day: {y - 1916} years since "
                                              f"Beaumont-Hamel")
    feasts += _movable(regatta_day, 1, 0, lambda y: f"🚣 Royal St. John's Regatta {y}: races on "
                                                    f"Quidi Vidi Lake, weather permitting")
    feasts += _yearly("11-05", 0, 0, lambda _: "🔥 Bonfire Night: designated sites and safety "
                                               "tips")
    feasts += _yearly("12-23", 0, 0, lambda _: "🥃 Happy Tibb's Eve! Get home safe, b'ys")
    return _calendar(base, news, feasts)


def stjohns_style() -> PublisherStyle:
    """A Newfoundland English-language daily (St. John's): a section kicker, "Published on"
    with the long date, turned "Updated:" with the AP month, a 12-hour time and NST or NDT
    by the day's daylight-saving rule on the day of a redesign (a wording per day), "By"
    with the writer turned the name with the paper's, "RELATED:" turned "You might also be
    interested in:" (up to twice), "Story continues below advertisement", photo credits with
    the paper's name, a city line that follows the seasons (the winter parking ban,
    icebergs, whales, moose), a follow line turned a newsletter and turned by four votes,
    the 2020 blizzard, health emergency and Atlantic bubble, Memorial Day with its count,
    Regatta Day on the first Wednesday of August (none in 2020), Bonfire Night and Tibb's
    Eve, a subscription appeal reworded for a paywall, a funded-reporter line on a few
    pages, a correction on fewer, a rights line, a rare ferry cancellation."""
    return PublisherStyle(
        domain="signalhillcourier.ca", site="The Signal Hill Courier", base_size=210,
        subdomains=(("www.", 100),),
        sections=("local-news", "provincial", "business", "sports", "opinion", "arts"),
        n_authors=9, url_path="/news/{section}/{slug}-{n}/",
        pools={
            "kicker": ("Local News", "Provincial", "Business", "Sports", "Opinion", "Arts",
                       "Court"),
            "photo": ("Gerard Kavanagh", "Siobhan Tobin", "Rhonda Pardy", "file photo"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("updated", HEADER, 0.8, *_by_day(_nl_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (NL_BYLINE.isoformat(), "{author} · The Signal Hill Courier")),
            _f("related", MIDDLE, 0.4, (_OLD, "RELATED: {other_title}"),
               (NL_LINKS.isoformat(), "You might also be interested in: {other_title}"),
               count=2),
            _f("below-ad", MIDDLE, 0.3, (_OLD, "Story continues below advertisement")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}/The Signal Hill Courier")),
            _f("season", FOOTER, 0.2, *_by_day(nl_season)),
            _f("notice", FOOTER, 0.3, *_nl_notice()),
            _f("subscribe", FOOTER, 0.3,
               (_OLD, "Support local journalism: subscribe to The Signal Hill Courier for "
                      "$2.99 a week."),
               (NL_PAYWALL.isoformat(), "Local news matters. Get unlimited digital access for "
                                        "99 cents your first month.")),
            _f("lji", FOOTER, 0.1, (_OLD, "{author} is a Local Journalism Initiative reporter; "
                                          "the position is funded by the Government of "
                                          "Canada.")),
            _f("correction", FOOTER, 0.05, (_OLD, "CORRECTION: An earlier version of this story "
                                                  "misspelled the name of a community.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Signal Hill Courier. All rights "
                                                "reserved.")),
            _f("ferry", HEADER, 0.04, (_OLD, "⛴️ Bell Island ferry: this morning's crossings are "
                                             "cancelled because of high winds")),
        ),
    )


# --- a German-language news site of East Belgium (Eupen) --------------------------------------

EU_REDESIGN = dt.date(2018, 1, 8)  # the weekday and long date turned "Veröffentlicht am"
EU_LINKS = dt.date(2018, 6, 4)
EU_BYLINE = dt.date(2019, 1, 7)
EU_RIGHTS = dt.date(2019, 9, 2)


def _eu_dated(day: dt.date) -> str:
    if day < EU_REDESIGN:
        return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
                f"{day.year}")
    return (f"Veröffentlicht am {day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year} um "
            f"{{time}} Uhr")


def eu_venn(day: dt.date) -> str:
    """The High Fens line of `day`'s season."""
    if day.month in (12, 1, 2):
        return "⛷️ Hohes Venn: Loipenbericht und Parkplätze am Signal de Botrange"
    if day.month in (3, 4, 5):
        return "🔥 Hohes Venn: Bei roter Fahne sind die C-Zonen wegen Brandgefahr gesperrt"
    return "🥾 Hohes Venn: Bitte bleiben Sie auf den Holzstegen"


def fat_thursday(y: int) -> dt.date:
    """The Thursday before the carnival's Monday in Eupen: 52 days before Easter."""
    return easter(y) - dt.timedelta(days=52)


def _eu_notice() -> Wordings:
    base = _steps((_OLD, "Folgen Sie uns auf Facebook"),
                  ("2018-09-03", "📬 Unser Newsletter: jeden Morgen die wichtigsten Nachrichten "
                                 "aus Ostbelgien"))
    news: list[Event] = [
        _span("2016-03-22", "2016-03-28", "Anschläge in Brüssel: alle Entwicklungen im "
                                          "Überblick"),
        _vote("2018-10-14", "🗳️ Gemeinderatswahlen 2018: die Ergebnisse aus allen neun "
                            "Gemeinden", after=2),
        _vote("2019-05-26", "🗳️ Superwahlsonntag: die Ergebnisse für PDG, Kammer und Europa",
              after=2),
        _span("2020-01-08", "2020-01-12", "📜 100 Jahre Ostbelgien: das Programm zum "
                                          "Jubiläum"),
        _span("2020-03-18", "2020-05-03", "😷 Coronavirus: Lockdown in Belgien – alle "
                                          "Maßnahmen"),
        _span("2020-11-02", "2020-12-13", "😷 Zweiter Lockdown: was ab Montag gilt"),
    ]
    feasts = _movable(fat_thursday, 0, 4, lambda y: f"🎭 Karneval {y}: Rosenmontagszug in "
                                                    f"Eupen, Umleitungen und Busse")
    feasts += _yearly("07-21", 0, 0, lambda y: f"🇧🇪 Nationalfeiertag: {y - 1831} Jahre seit dem "
                                               f"Eid Leopolds I.")
    feasts += _yearly("11-15", 0, 0, lambda _: "Festtag der Deutschsprachigen Gemeinschaft: "
                                               "Empfang im Parlament")
    return _calendar(base, news, feasts)


def eupen_style() -> PublisherStyle:
    """A German-language news site of East Belgium (Eupen): a place kicker, the German
    weekday and long date, turned "Veröffentlicht am" with the time and "Uhr" on the day of
    a redesign (a wording per day), "Von" with the writer turned with the site's name,
    "Lesen Sie auch:" turned "» Mehr zum Thema:" (up to twice), an ad label, picture
    credits, an initials line, a High Fens line that follows the seasons, a follow line
    turned a newsletter and turned by the 2016 attacks, two votes, the region's centenary
    and two lockdowns, the carnival from the Thursday to the Monday, the national day with
    its count and the community's day, a letters disclaimer, a rights line reworded and the
    imprint (a block), a rare traffic jam."""
    return PublisherStyle(
        domain="eupenerrundschau.be", site="Eupener Rundschau", base_size=190,
        subdomains=(("www.", 100),),
        sections=("eupen", "kelmis", "eifel", "ostbelgien", "sport", "belgien"),
        n_authors=7, url_path="/{section}/{n}-{slug}",
        pools={
            "ort": ("Eupen", "Kelmis", "Raeren", "Lontzen", "St. Vith", "Bütgenbach",
                    "Ostbelgien", "Sport"),
            "bild": ("Eupener Rundschau", "Belga", "Archiv", "David Hagemann", "Polizeizone "
                     "Weser-Göhl"),
        },
        families=(
            _f("ort", HEADER, 0.3, (_OLD, "{ort}")),
            _f("datum", HEADER, 0.8, *_by_day(_eu_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}"),
               (EU_BYLINE.isoformat(), "{author} · Eupener Rundschau")),
            _f("lesen", MIDDLE, 0.4, (_OLD, "Lesen Sie auch: {other_title}"),
               (EU_LINKS.isoformat(), "» Mehr zum Thema: {other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "- Anzeige -")),
            _f("bild", MIDDLE, 0.25, (_OLD, "Bild: {bild}")),
            _f("kuerzel", FOOTER, 0.2, (_OLD, "(red/belga)")),
            _f("venn", FOOTER, 0.2, *_by_day(eu_venn)),
            _f("hinweis", FOOTER, 0.3, *_eu_notice()),
            _f("leserbriefe", FOOTER, 0.12, (_OLD, "Leserbriefe geben die Meinung ihrer "
                                                   "Verfasser wieder, nicht die der "
                                                   "Redaktion.")),
            _f("rechte", FOOTER, 0.4, (_OLD, "© {year} Eupener Rundschau – Alle Rechte "
                                             "vorbehalten"),
               (EU_RIGHTS.isoformat(), "Nachdruck und Weiterverbreitung nur mit schriftlicher "
                                       "Genehmigung des Verlags")),
            _f("verlag", FOOTER, 0.3, (_OLD, "Verlag: Weser Medien AG, Gospertstraße 12, 4700 "
                                             "Eupen")),
            _f("redaktion", FOOTER, 0.3, (_OLD, "Chefredaktion: Marlene Kistemann | Kontakt: "
                                                "redaktion@{domain}")),
            _f("stau", HEADER, 0.04, (_OLD, "🚧 Stau auf der E40 zwischen Lichtenbusch und "
                                            "Eynatten: bitte weiträumig umfahren")),
        ),
    )


# --- an Acadian French-language news site (Caraquet, New Brunswick) ---------------------------

AC_REDESIGN = dt.date(2018, 4, 9)  # the long date turned "Mis à jour le" with the time zone
AC_BYLINE = dt.date(2019, 5, 6)
AC_LINKS = dt.date(2019, 3, 4)
AC_MEMBERS = dt.date(2019, 10, 7)


def _fr_day(day: dt.date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def _ac_dated(day: dt.date) -> str:
    if day < AC_REDESIGN:
        return (f"Le {FRENCH_WEEKDAYS[day.weekday()]} {_fr_day(day)} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    zone = "HAA" if north_american_dst(day) else "HNA"
    return (f"Mis à jour le {_fr_day(day)} {FRENCH_MONTHS[day.month - 1]} {day.year} à "
            f"{{time}} ({zone})")


def ac_season(day: dt.date) -> str:
    """The Peninsula's line of `day`'s season."""
    if day.month in (5, 6):
        return "🦞 C'est la saison du homard : achetez local, directement au quai"
    if day.month in (7, 8):
        return "🏖️ Plages de la Péninsule : vérifiez le drapeau avant la baignade"
    if day.month in (12, 1, 2, 3):
        return "❄️ Tempête ? Consultez chaque matin notre liste des fermetures d'écoles"
    return "🚗 Travaux routiers : consultez l'état des routes avant de partir"


def _ac_festival(y: int) -> str:
    if y == 2020:
        return "🎺 15 août 2020 : Tintamarre à la maison, fêtons chez nous"
    return f"🎺 Festival acadien de Caraquet {y} : spectacles et Tintamarre du 15 août"


def _ac_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et Twitter"),
                  ("2019-01-14", "📰 Recevez notre infolettre gratuite chaque matin"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Élections fédérales : les résultats dans Acadie–Bathurst"),
        _span("2017-01-24", "2017-02-05", "🧊 Tempête de verglas : centres de réchauffement et "
                                          "pannes dans la Péninsule"),
        _vote("2018-09-24", "🗳️ Élections provinciales : résultats circonscription par "
                            "circonscription", after=2),
        _span("2019-08-10", "2019-08-24", "🌍 Congrès mondial acadien 2019 : programme et "
                                          "retrouvailles de familles"),
        _vote("2019-10-21", "🗳️ Élections fédérales 2019 : les résultats en Acadie"),
        _span("2020-03-19", "2020-05-08", "😷 COVID-19 : état d'urgence au Nouveau-Brunswick"),
        _vote("2020-09-14", "🗳️ Élections provinciales 2020 : suivez le dépouillement"),
    ]
    feasts = _yearly("08-15", 14, 0, _ac_festival)
    feasts += _yearly("07-28", 0, 0, lambda y: f"🕯️ 28 juillet : {y - 1755} ans depuis le Grand "
                                               f"Dérangement")
    return _calendar(base, news, feasts)


def caraquet_style() -> PublisherStyle:
    """An Acadian French-language news site (Caraquet, New Brunswick): "Le" with the French
    weekday and date ("1er" on the first), turned "Mis à jour le" with the time and HNA or
    HAA (Atlantic time) by the day's daylight-saving rule on the day of a redesign (a
    wording per day), "Par" with the writer turned the name with a role from a pool, a
    capitalised town dateline, "À LIRE AUSSI |" turned "➜ Sur le même sujet :" (up to
    twice), an ad label, a photo credit, the Peninsula's season line (lobster, beaches,
    storms, roads), a follow line turned a newsletter and turned by four votes, the 2017 ice
    storm, the 2019 world congress and the 2020 emergency, the Acadian festival to the
    Tintamarre of 15 August (at home in 2020) and the deportation's day with its count, a
    subscription appeal turned membership, a comments line, a rights line, a rare power
    cut."""
    return PublisherStyle(
        domain="echodelapeninsule.ca", site="L'Écho de la Péninsule", base_size=170,
        subdomains=(("www.", 100),),
        sections=("actualites", "peninsule", "economie", "peche", "sports", "arts"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "ville": ("CARAQUET", "SHIPPAGAN", "TRACADIE", "LAMÈQUE", "BATHURST", "MONCTON",
                      "EDMUNDSTON"),
            "role": ("Journaliste", "Collaboration spéciale", "Correspondant", "Chroniqueur"),
            "photo": ("archives", "gracieuseté", "Rémi Savoie", "Nadine Robichaud", "GRC"),
        },
        families=(
            _f("date", HEADER, 0.75, *_by_day(_ac_dated)),
            _f("par", HEADER, 0.5, (_OLD, "Par {author}"),
               (AC_BYLINE.isoformat(), "{author} | {role}")),
            _f("ville", HEADER, 0.3, (_OLD, "{ville} –")),
            _f("alire", MIDDLE, 0.35, (_OLD, "À LIRE AUSSI | {other_title}"),
               (AC_LINKS.isoformat(), "➜ Sur le même sujet : {other_title}"), count=2),
            _f("publicite", MIDDLE, 0.2, (_OLD, "Publicité")),
            _f("photo", MIDDLE, 0.25, (_OLD, "(Photo : {photo})")),
            _f("saison", FOOTER, 0.2, *_by_day(ac_season)),
            _f("avis", FOOTER, 0.3, *_ac_notice()),
            _f("soutien", FOOTER, 0.2, (_OLD, "Appuyez l'information en français en Acadie : "
                                              "abonnez-vous dès 5,99 $ par mois."),
               (AC_MEMBERS.isoformat(), "💙 Votre soutien fait vivre le journalisme régional. "
                                        "Devenez membre dès aujourd'hui.")),
            _f("commentaires", FOOTER, 0.15, (_OLD, "Les commentaires sont modérés et doivent "
                                                    "respecter notre nétiquette.")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} L'Écho de la Péninsule. Tous droits "
                                             "réservés.")),
            _f("panne", HEADER, 0.04, (_OLD, "⚡ Panne d'électricité : des milliers de clients "
                                             "privés de courant dans la Péninsule")),
        ),
    )


# --- a Dutch-language regional news site with Limburgish lines (Maastricht) --------------------

MA_REDESIGN = dt.date(2018, 2, 19)  # the short numeric date turned "Gepubliceerd:"
MA_LINKS = dt.date(2019, 5, 6)
MA_BYLINE = dt.date(2019, 4, 1)
MA_WHATSAPP = dt.date(2018, 9, 3)


def _ma_dated(day: dt.date) -> str:
    if day < MA_REDESIGN:
        return f"{day:%d-%m-%y}, {{time}}"
    return f"Gepubliceerd: {day.day} {DUTCH_MONTHS_SHORT[day.month - 1]} {day.year}, {{time}}"


def carnival_sunday(y: int) -> dt.date:
    """The carnival's Sunday in Limburg: 49 days before Easter."""
    return easter(y) - dt.timedelta(days=49)


def preuvenemint(y: int) -> dt.date | None:
    """The last day of the food festival on the Vrijthof: the last Sunday of August (none in
    2020)."""
    return None if y == 2020 else last_weekday(y, 8, 6)


def _ma_notice() -> Wordings:
    base = _steps((_OLD, "Volg Vrijthof Nieuws op Facebook en Instagram"),
                  ("2018-11-05", "📩 Elke ochtend het nieuws uit Zuid-Limburg in je mailbox: "
                                 "meld je aan voor de nieuwsbrief"))
    news: list[Event] = [
        _vote("2015-03-18", "🗳️ Provinciale Statenverkiezingen: de uitslagen in Limburg"),
        _vote("2017-03-15", "🗳️ Tweede Kamerverkiezingen: zo stemde Maastricht"),
        _vote("2018-03-21", "🗳️ Gemeenteraadsverkiezingen: alle uitslagen uit Zuid-Limburg"),
        _vote("2019-03-20", "🗳️ Provinciale Staten 2019: de nieuwe zetelverdeling"),
        _span("2020-03-15", "2020-05-10", "😷 Coronavirus: blijf thuis, alle maatregelen op "
                                          "een rij"),
    ]
    feasts = _movable(carnival_sunday, 3, 2, lambda y: f"🎭 Alaaf! Vastelaovend {y}: "
                                                       f"optochten, afsluitingen en de "
                                                       f"sleuteloverdracht")
    feasts += _yearly("11-11", 0, 0, lambda _: "🃏 De elfde van de elfde: het carnavalsseizoen "
                                               "is geopend")
    feasts += _movable(preuvenemint, 3, 0, lambda y: f"🍷 Preuvenemint {y} op het Vrijthof: "
                                                     f"openingstijden en munten")
    return _calendar(base, news, feasts)


def maastricht_style() -> PublisherStyle:
    """A Dutch-language regional news site with Limburgish lines (Maastricht): a region
    kicker, a short numeric date with a two-digit year and the time, turned "Gepubliceerd:"
    with the abbreviated month on the day of a redesign (a wording per day), "Door" with the
    writer turned the name with "verslaggever", "Lees ook:" turned "▶ Ook interessant:"
    (up to twice), an ad label, picture credits, a thank-you in Limburgish, a follow line
    turned a newsletter and turned by four votes and the 2020 lockdown, the carnival from
    the Thursday to the Tuesday, the eleventh of the eleventh and the food festival on the
    last weekend of August (none in 2020), a tip line turned WhatsApp, a rights line, a rare
    tunnel closure."""
    return PublisherStyle(
        domain="vrijthofnieuws.nl", site="Vrijthof Nieuws", base_size=150,
        subdomains=(("www.", 100),),
        sections=("maastricht", "heuvelland", "westelijke-mijnstreek", "parkstad", "sport",
                  "cultuur"),
        n_authors=5, url_path="/nieuws/{section}/{n}/{slug}",
        pools={
            "regio": ("Maastricht", "Heuvelland", "Sittard-Geleen", "Parkstad", "Limburg",
                      "MVV", "Meerssen"),
            "beeld": ("Vrijthof Nieuws", "ANP", "Marcel van Hoorn", "Gemeente Maastricht",
                      "archief"),
        },
        families=(
            _f("regio", HEADER, 0.3, (_OLD, "{regio}")),
            _f("datum", HEADER, 0.75, *_by_day(_ma_dated)),
            _f("door", HEADER, 0.5, (_OLD, "Door {author}"),
               (MA_BYLINE.isoformat(), "{author} | verslaggever")),
            _f("leesook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}"),
               (MA_LINKS.isoformat(), "▶ Ook interessant: {other_title}"), count=2),
            _f("advertentie", MIDDLE, 0.2, (_OLD, "ADVERTENTIE")),
            _f("beeld", MIDDLE, 0.25, (_OLD, "Beeld: {beeld}")),
            _f("merci", FOOTER, 0.15, (_OLD, "Merci veur 't leze! Tot mörge.")),
            _f("melding", FOOTER, 0.3, *_ma_notice()),
            _f("tip", FOOTER, 0.2, (_OLD, "Tip de redactie: redactie@{domain}"),
               (MA_WHATSAPP.isoformat(), "Heb je nieuws? App de redactie op 06 12 34 56 78")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Vrijthof Nieuws. Alle rechten "
                                                "voorbehouden.")),
            _f("tunnel", HEADER, 0.04, (_OLD, "🚧 A2-tunnel afgesloten: het verkeer wordt "
                                              "omgeleid via de bovengrondse weg")),
        ),
    )


# --- a Yucatán Spanish-language news site with Maya lines (Mérida) ---------------------------

YU_REDESIGN = dt.date(2019, 2, 4)  # the city and long date turned the month first, a 12-hour time
YU_BYLINE = dt.date(2018, 6, 4)
YU_LINKS = dt.date(2018, 7, 2)


def _yu_dated(day: dt.date) -> str:
    if day < YU_REDESIGN:
        return (f"Mérida, Yucatán, {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"{SPANISH_MONTHS[day.month - 1].capitalize()} {day.day}, {day.year} - {{time12}}"


def yu_weather(day: dt.date) -> str:
    """The civil-protection line of `day`'s season: hurricanes from June to November, the
    heat in spring, the northers in winter."""
    if 6 <= day.month <= 11:
        return f"🌀 Temporada de huracanes {day.year}: ten lista tu mochila de emergencia"
    if 3 <= day.month <= 5:
        return "🔥 Temporada de calor: hasta 40 °C en Mérida, hidrátate y evita el sol"
    return "🌬️ Temporada de nortes: frentes fríos y marejadas en la costa"


def _yu_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook y Twitter"),
                  ("2018-09-03", "📱 Recibe las noticias de Yucatán en tu WhatsApp"))
    news: list[Event] = [
        _vote("2015-06-07", "🗳️ Elecciones 2015: resultados de alcaldías y diputaciones en "
                            "Yucatán", after=2),
        _span("2016-08-03", "2016-08-05", "🌀 Tormenta tropical Earl: lluvias y rachas en la "
                                          "península"),
        _span("2017-08-07", "2017-08-10", "🌀 Franklin cruza la península: refugios temporales "
                                          "abiertos"),
        _vote("2018-07-01", "🗳️ Elección 2018: gubernatura, presidencia y alcaldía de Mérida",
              after=3),
        _span("2020-03-23", "2020-05-31", "😷 Jornada Nacional de Sana Distancia: quédate en "
                                          "casa"),
        _span("2020-06-01", "2020-06-07", "🌧️ Tormenta tropical Cristóbal: inundaciones en "
                                          "Mérida y el oriente"),
        _span("2020-10-06", "2020-10-08", "🌀 Huracán Delta: alerta roja en el oriente del "
                                          "estado"),
        _span("2020-10-26", "2020-10-27", "🌀 Huracán Zeta: alerta en la costa norte"),
    ]
    feasts = _yearly("01-06", 0, 0, lambda y: f"🎂 Mérida cumple {y - 1542} años de su "
                                              f"fundación")
    feasts += _movable(carnival_tuesday, 5, 0, lambda y: f"🎭 Carnaval de Mérida {y}: desfiles "
                                                         f"y cierres viales")
    feasts += _yearly("03-21", 1, 0, lambda y: f"🐍 Equinoccio de primavera {y}: el descenso de "
                                               f"Kukulcán en Chichén Itzá",
                      years=range(2015, 2020))
    feasts += _yearly("11-01", 1, 1, lambda _: "🕯️ Hanal Pixán: la comida de las ánimas")
    return _calendar(base, news, feasts)


def merida_style() -> PublisherStyle:
    """A Yucatán Spanish-language news site with Maya lines (Mérida): the city, the state and
    the Spanish long date, turned the capitalised month first with a 12-hour time on the
    day of a redesign (a wording per day), "Por" with the writer turned with the site's
    name, a capitalised town dateline with "Yuc.", "También lee:" turned "🔗 Te
    recomendamos:" (up to twice), an ad label, photo credits, the civil-protection line of
    the seasons (hurricanes with the year, heat, northers), a thank-you in Maya, a follow
    line turned WhatsApp and turned by two votes, five storms and the 2020 distancing, the
    city's founding with its count, the carnival, the equinox at Chichén Itzá (none in
    2020) and Hanal Pixán, a rights line, a rare red-tide warning."""
    return PublisherStyle(
        domain="laceibapeninsular.mx", site="La Ceiba Peninsular", base_size=130,
        subdomains=(("www.", 100),),
        sections=("merida", "yucatan", "policia", "deportes", "peninsula", "cultura"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "municipio": ("PROGRESO", "VALLADOLID", "TIZIMÍN", "TEKAX", "IZAMAL", "MOTUL",
                          "TICUL", "UMÁN"),
            "foto": ("La Ceiba Peninsular", "Cortesía", "Archivo", "Gobierno de Yucatán",
                     "Especial"),
        },
        families=(
            _f("fecha", HEADER, 0.75, *_by_day(_yu_dated)),
            _f("por", HEADER, 0.45, (_OLD, "Por {author}"),
               (YU_BYLINE.isoformat(), "{author} | La Ceiba Peninsular")),
            _f("municipio", HEADER, 0.25, (_OLD, "{municipio}, Yuc.—")),
            _f("tambien", MIDDLE, 0.35, (_OLD, "También lee: {other_title}"),
               (YU_LINKS.isoformat(), "🔗 Te recomendamos: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "— Publicidad —")),
            _f("foto", MIDDLE, 0.25, (_OLD, "(Foto: {foto})")),
            _f("clima", FOOTER, 0.2, *_by_day(yu_weather)),
            _f("bootik", FOOTER, 0.15, (_OLD, "¡Dios bo'otik! Gracias por leer La Ceiba "
                                              "Peninsular")),
            _f("aviso", FOOTER, 0.3, *_yu_notice()),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} La Ceiba Peninsular. Prohibida su "
                                               "reproducción total o parcial.")),
            _f("marea", HEADER, 0.04, (_OLD, "🌊 Marea roja en la costa: evita consumir mariscos "
                                             "de la zona")),
        ),
    )


# --- a US Virgin Islands English-language daily (Christiansted, St. Croix) --------------------

VI_UPDATED = dt.date(2018, 5, 7)
VI_BYLINE = dt.date(2019, 1, 7)
VI_LINKS = dt.date(2018, 8, 6)
VI_ALERTS = dt.date(2019, 5, 6)


def vi_season(day: dt.date) -> str:
    """The hurricane season's line from June to November, the dry season's outside it."""
    if 6 <= day.month <= 11:
        return (f"🌀 Hurricane season {day.year}: know your nearest shelter and sign up for "
                f"VITEMA alerts")
    return "☀️ Dry season: conserve water and check your cistern"


def _vi_notice() -> Wordings:
    base = _steps((_OLD, "Follow The Crucian Beacon on Facebook"),
                  (VI_ALERTS.isoformat(), "📱 Text BEACON to get breaking news alerts on your "
                                          "phone"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ General election 2016: Senate and Board of Elections "
                            "results"),
        _span("2017-09-05", "2017-09-17", "🌀 Hurricane Irma: shelters, curfews and WAPA "
                                          "updates"),
        _span("2017-09-18", "2017-10-31", "🌀 Hurricane Maria: curfew hours, water and supply "
                                          "distribution"),
        _vote("2018-11-06", "🗳️ General election 2018: governor, Senate and delegate results"),
        _vote("2018-11-20", "🗳️ Gubernatorial runoff: live results from both districts",
              before=4),
        _span("2020-03-25", "2020-05-31", "😷 Stay-at-home order: beaches open for exercise "
                                          "only"),
        _vote("2020-11-03", "🗳️ General election 2020: Senate, delegate and referendum "
                            "results"),
    ]
    feasts = _yearly("01-06", 11, 0, lambda y: f"🎉 Crucian Christmas Festival {y - 1}–{y}: "
                                               f"village nights and parade routes",
                     years=range(2015, 2021))
    feasts += _yearly("03-31", 0, 0, lambda y: f"🇻🇮 Transfer Day: {y - 1917} years since "
                                               f"Denmark sold the islands to the United States")
    feasts += _yearly("07-03", 0, 0, lambda y: f"✊🏾 Emancipation Day: {y - 1848} years since "
                                               f"freedom was proclaimed in Frederiksted")
    feasts += _yearly("11-01", 0, 0, lambda y: f"📰 D. Hamilton Jackson Day: {y - 1915} years "
                                               f"of a free press in the Virgin Islands")
    return _calendar(base, news, feasts)


def stcroix_style() -> PublisherStyle:
    """A US Virgin Islands English-language daily (Christiansted, St. Croix): a capitalised
    town dateline, "Posted" with the short date and a 12-hour time in AST, which gained an
    updated time, "By" with the writer and "Beacon Staff" turned with the paper's name,
    "SEE ALSO:" turned "➡️ Related:" (up to twice), a sponsored label, a staff photo credit
    with another writer, the hurricane season's line with the year and the dry season's, a
    follow line turned text alerts and turned by three general elections and a runoff,
    hurricanes Irma and Maria and the 2020 order, the Christmas festival over the new year
    (none in 2020-21), Transfer Day, Emancipation Day and the press-freedom day with their
    counts, a letters disclaimer, a correction on a few pages, a rights line, a rare power
    outage."""
    return PublisherStyle(
        domain="crucianbeacon.vi", site="The Crucian Beacon", base_size=110,
        subdomains=(("www.", 100),),
        sections=("local", "government", "business", "sports", "lifestyle", "opinion"),
        n_authors=4, url_path="/news/{section}/{slug}/article_{n}.html",
        pools={
            "town": ("CHRISTIANSTED", "FREDERIKSTED", "CHARLOTTE AMALIE", "KINGSHILL",
                     "CRUZ BAY"),
        },
        families=(
            _f("dateline", HEADER, 0.5, (_OLD, "{town} —")),
            _f("posted", HEADER, 0.7, (_OLD, "Posted {date_short} at {time12} AST"),
               (VI_UPDATED.isoformat(), "Updated {date_short} at {time12} AST")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}, Beacon Staff"),
               (VI_BYLINE.isoformat(), "By {author} | The Crucian Beacon")),
            _f("seealso", MIDDLE, 0.3, (_OLD, "SEE ALSO: {other_title}"),
               (VI_LINKS.isoformat(), "➡️ Related: {other_title}"), count=2),
            _f("sponsored", MIDDLE, 0.15, (_OLD, "Sponsored")),
            _f("photo", MIDDLE, 0.2, (_OLD, "(Beacon photo by {author2})")),
            _f("season", FOOTER, 0.2, *_by_day(vi_season)),
            _f("notice", FOOTER, 0.3, *_vi_notice()),
            _f("letters", FOOTER, 0.12, (_OLD, "Letters and commentaries reflect the views of "
                                               "their writers, not those of The Crucian "
                                               "Beacon.")),
            _f("correction", FOOTER, 0.05, (_OLD, "Editor's note: This story has been updated "
                                                  "to correct the spelling of a senator's "
                                                  "name.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Crucian Beacon, Christiansted, "
                                                "St. Croix, U.S. Virgin Islands")),
            _f("outage", HEADER, 0.04, (_OLD, "⚡ Power outage: St. Croix district without "
                                              "electricity, WAPA crews responding")),
        ),
    )


# --- a Gagauz-language news site with Russian lines (Comrat, Moldova) -------------------------

GZ_REDESIGN = dt.date(2019, 1, 14)  # the two-language long date turned a numeric one
GZ_PHOTOS = dt.date(2018, 3, 5)
GZ_TELEGRAM = dt.date(2019, 3, 4)

# The National Bank's lei for a dollar and for a euro the site printed, at a few months;
# the months between are interpolated.
GZ_USD: tuple[tuple[str, float], ...] = (
    ("2015-01", 15.6), ("2015-03", 18.6), ("2015-06", 18.9), ("2016-01", 20.0),
    ("2016-03", 20.2), ("2016-12", 20.0), ("2017-06", 18.3), ("2018-01", 16.8),
    ("2018-10", 17.0), ("2019-06", 18.0), ("2020-01", 17.4), ("2020-04", 18.2),
    ("2020-12", 17.2), ("2021-01", 17.1),
)
GZ_EUR: tuple[tuple[str, float], ...] = (
    ("2015-01", 18.5), ("2015-03", 20.3), ("2016-01", 21.8), ("2016-12", 21.0),
    ("2017-06", 20.7), ("2018-01", 20.6), ("2018-10", 19.6), ("2019-06", 20.2),
    ("2020-01", 19.4), ("2020-04", 19.8), ("2020-12", 20.8), ("2021-01", 20.9),
)


def _gz_dated(day: dt.date) -> str:
    if day < GZ_REDESIGN:
        return (f"{GAGAUZ_WEEKDAYS[day.weekday()]}, {day.day} {GAGAUZ_MONTHS[day.month - 1]} "
                f"{day.year} · {day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year} г.")
    return f"{day:%d.%m.%Y}, {{time}}"


def gz_rate(day: dt.date) -> str:
    """The exchange line of `day`'s month (a wording per month), with decimal commas."""
    k = day.year * 12 + day.month - 1
    return (f"💱 BNM kursu: 1 USD = {_comma(_interpolate(GZ_USD, k), 2)} lei · 1 EUR = "
            f"{_comma(_interpolate(GZ_EUR, k), 2)} lei")


def wine_day(y: int) -> dt.date | None:
    """The national wine day's Saturday: the first Saturday of October (none in 2020)."""
    return None if y == 2020 else nth_weekday(y, 10, 5, 1)


def _gz_notice() -> Wordings:
    base = _steps((_OLD, "Bizi Facebook'ta izleyin"),
                  (GZ_TELEGRAM.isoformat(), "Telegram kanalımıza yazılın, haberleri ilk siz "
                                            "bilin"))
    news: list[Event] = [
        _vote("2015-03-22", "🗳️ Выборы башкана Гагаузии: итоги голосования", after=2),
        _vote("2016-10-30", "🗳️ Выборы президента Молдовы: результаты по Гагаузии", after=2),
        _vote("2016-11-13", "🗳️ Второй тур выборов президента: явка и итоги", before=4,
              after=2),
        _vote("2019-02-24", "🗳️ Парламентские выборы: результаты по округам Гагаузии",
              after=2),
        _vote("2019-09-22", "🗳️ Выборы башкана Гагаузии 2019: итоги", after=2),
        _span("2020-03-17", "2020-05-15", "😷 Чрезвычайное положение: что запрещено и что "
                                          "разрешено"),
        _vote("2020-11-01", "🗳️ Выборы президента 2020: результаты по Гагаузии", after=2),
        _vote("2020-11-15", "🗳️ Второй тур: итоги голосования в Гагаузии", before=4, after=2),
    ]
    feasts = _movable(orthodox_easter, 1, 1, lambda _: "Hristos diriildi! Hakına diriildi!")
    feasts += _yearly("05-06", 1, 0, lambda _: "🌿 Hederlez bayramınız kutlu olsun!")
    feasts += _movable(wine_day, 1, 1, lambda y: f"🍇 Milli Şarap Günü {y}: Komrat'ta "
                                                 f"panayır")
    feasts += _yearly("12-23", 0, 0, lambda y: f"Gagauz Yeri {y - 1994} yaşında!")
    return _calendar(base, news, feasts)


def comrat_style() -> PublisherStyle:
    """A Gagauz-language news site with Russian lines (Comrat, Moldova): a three-language
    switch, the Gagauz weekday and date with its old month names beside the Russian date,
    turned a numeric date with the time on the day of a redesign (a wording per day),
    "Yazdı:" with the writer, which gained the photographer, "Okuyun taa:" (up to twice),
    an ad label, the National Bank's dollar and euro (a wording per month), a thank-you, a
    follow line turned Telegram and turned by seven votes in Russian and the 2020
    emergency, Orthodox Easter, Hederlez, the wine day (none in 2020) and the autonomy's
    day with its count, a rights line in Russian, a rare hail warning."""
    return PublisherStyle(
        domain="bucaksesi.md", site="Bucak Sesi", base_size=90,
        subdomains=(("", 100),),
        sections=("haberler", "politika", "ekonomika", "kultura", "sport", "dunya"),
        n_authors=3, url_path="/{section}/{n}",
        families=(
            _f("dil", HEADER, 0.2, (_OLD, "Gagauzça | Русский | Română")),
            _f("tarih", HEADER, 0.75, *_by_day(_gz_dated)),
            _f("yazdi", HEADER, 0.45, (_OLD, "Yazdı: {author}"),
               (GZ_PHOTOS.isoformat(), "Yazdı: {author} | Fotolar: {author2}")),
            _f("okuyun", MIDDLE, 0.3, (_OLD, "Okuyun taa: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "Reklama")),
            _f("kurs", FOOTER, 0.2, *_by_day(gz_rate)),
            _f("saaolun", FOOTER, 0.15, (_OLD, "Saa olun okuduunuz için!")),
            _f("bildiri", FOOTER, 0.3, *_gz_notice()),
            _f("hak", FOOTER, 0.4, (_OLD, "© {year} Bucak Sesi. При использовании материалов "
                                          "ссылка на {domain} обязательна.")),
            _f("dolu", HEADER, 0.04, (_OLD, "⚠️ Kuvetli yaamur hem dolu bekleniyor: dikkatli "
                                            "olun")),
        ),
    )


# --- a Louisiana English-language weekly with Cajun French lines (Lafayette) ------------------

LA_UPDATED = dt.date(2018, 3, 5)
LA_BYLINE = dt.date(2018, 10, 1)
LA_NEWSLETTER = dt.date(2019, 8, 5)

# How much dearer (or cheaper) boiled crawfish was than in an average season.
CRAWFISH_OFFSET = {2015: 0.0, 2016: -0.25, 2017: 0.5, 2018: 0.0, 2019: 0.75, 2020: -0.75}


def crawfish_price(friday: dt.date) -> float | None:
    """The boiled price a pound the site printed for the week of `friday`: dear in January,
    cheapest in late April, dearer again in June; None out of season (July to December)."""
    if friday.month > 6:
        return None
    week = (friday - dt.date(friday.year, 1, 1)).days // 7
    value = 8.5 - 0.3 * week if week <= 16 else 3.7 + 0.2 * (week - 16)
    value += CRAWFISH_OFFSET.get(friday.year, 0.0)
    return max(2.99, round(value * 2) / 2 - 0.01)


def la_crawfish(day: dt.date) -> str:
    """The crawfish line of `day`'s week (Friday to Thursday; a wording per week in
    season)."""
    price = crawfish_price(friday_of(day))
    if price is None:
        return "🦞 Crawfish season is over: see y'all in January"
    return f"🦞 Boiled crawfish this week: ${price:.2f} a pound at most Lafayette boil shops"


def festival_international(y: int) -> dt.date | None:
    """The festival's Sunday: the last Sunday of April (none in 2020)."""
    return None if y == 2020 else last_weekday(y, 4, 6)


def festivals_acadiens(y: int) -> dt.date | None:
    """The festivals' Sunday in Girard Park: the second Sunday of October (none in 2020)."""
    return None if y == 2020 else nth_weekday(y, 10, 6, 2)


def lent_fridays(y: int) -> list[dt.date]:
    """The Fridays of Lent in `y`, from the one after Ash Wednesday to Good Friday."""
    return [easter(y) - dt.timedelta(days=d) for d in (44, 37, 30, 23, 16, 9, 2)]


def _la_notice() -> Wordings:
    base = _steps((_OLD, "Like The Vermilion Ledger on Facebook"),
                  (LA_NEWSLETTER.isoformat(), "📬 Get The Vermilion Ledger in your inbox every "
                                              "Thursday"))
    news: list[Event] = [
        _vote("2015-10-24", "🗳️ Governor's race primary: Lafayette Parish results"),
        _vote("2015-11-21", "🗳️ Governor's runoff: live results", before=4),
        _span("2016-08-12", "2016-08-31", "🌊 The flood of August 2016: shelters, road closures "
                                          "and how to help"),
        _vote("2016-11-08", "🗳️ Election Day 2016: results from Lafayette Parish"),
        _vote("2018-12-08", "🗳️ Charter amendments: Lafayette votes on separate city and parish "
                            "councils", before=4),
        _span("2019-07-11", "2019-07-15", "🌀 Tropical Storm Barry: sandbag locations and "
                                          "closures"),
        _vote("2019-10-12", "🗳️ Election 2019: governor, legislature and the new councils"),
        _vote("2019-11-16", "🗳️ Runoff 2019: governor and local races", before=4),
        _span("2020-03-23", "2020-05-14", "😷 Stay-at-home order: what's open in Acadiana"),
        _span("2020-08-24", "2020-08-31", "🌀 Hurricane Laura: evacuations, outages and "
                                          "recovery"),
        _span("2020-10-07", "2020-10-12", "🌀 Hurricane Delta: outages and debris pickup"),
        _vote("2020-11-03", "🗳️ Election Day 2020: results from Lafayette Parish"),
    ]
    feasts = _movable(carnival_tuesday, 4, 0, lambda y: f"🎭 Mardi Gras {y}: parade routes and "
                                                        f"courir schedules")
    feasts += [(friday, friday + dt.timedelta(days=1),
                "🐟 Lenten Friday: where to find a fish fry this week")
               for y in YEARS for friday in lent_fridays(y)]
    feasts += _movable(festival_international, 4, 0,
                       lambda y: f"🎶 Festival International de Louisiane {y}: stages, parking "
                                 f"and shuttles")
    feasts += _movable(festivals_acadiens, 2, 0, lambda y: f"🪗 Festivals Acadiens et Créoles "
                                                           f"{y} in Girard Park")
    return _calendar(base, news, feasts)


def lafayette_style() -> PublisherStyle:
    """A Louisiana English-language weekly with Cajun French lines (Lafayette): "Posted:"
    with a slashed US date and a 12-hour time, turned "Updated" with the short date, "By"
    with the writer, which gained "staff writer", a greeting in Cajun French, "More from
    Acadiana:" (up to twice), an ad label, a photo courtesy line from a pool, the week's
    boiled crawfish price (a wording per week in season, a closed-season line outside it),
    a follow line turned a newsletter and turned by nine votes, the 2016 flood, three
    storms and the 2020 order, Mardi Gras, the Fridays of Lent and two festivals on a
    weekday of a month (none in 2020), a sign-off in Cajun French, a rights line, a rare
    boil advisory."""
    return PublisherStyle(
        domain="vermilionledger.com", site="The Vermilion Ledger", base_size=75,
        subdomains=(("www.", 100),),
        sections=("news", "parish", "food", "music", "sports", "opinion"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "courtesy": ("Lafayette Consolidated Government", "the family", "Acadiana Center "
                         "for the Arts", "Louisiana State Police", "UL Lafayette"),
        },
        families=(
            _f("posted", HEADER, 0.65, (_OLD, "Posted: {date_slash} at {time12}"),
               (LA_UPDATED.isoformat(), "Updated {date_short} · {time12}")),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (LA_BYLINE.isoformat(), "By {author}, staff writer")),
            _f("bonjour", HEADER, 0.12, (_OLD, "Comment ça va? Here's the week in Acadiana.")),
            _f("more", MIDDLE, 0.3, (_OLD, "More from Acadiana: {other_title}"), count=2),
            _f("ad", MIDDLE, 0.2, (_OLD, "Advertisement")),
            _f("courtesy", MIDDLE, 0.2, (_OLD, "(Photo courtesy of {courtesy})")),
            _f("crawfish", FOOTER, 0.25, *_by_day(la_crawfish)),
            _f("notice", FOOTER, 0.3, *_la_notice()),
            _f("merci", FOOTER, 0.15, (_OLD, "Merci for reading, and à la prochaine!")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Vermilion Ledger, Lafayette, "
                                                "Louisiana")),
            _f("boil", HEADER, 0.04, (_OLD, "💧 Boil advisory: customers in north Lafayette "
                                            "should boil water before drinking")),
        ),
    )


# --- a Serbian Orthodox monastery's pages (Fruška Gora; Serbian, religion) --------------------

OLD_STYLE = 13  # days the Julian calendar lags behind the Gregorian one (1900-2099)
SR_SERVICES = dt.date(2018, 9, 2)
SR_GIVING = dt.date(2019, 6, 3)


def julian(day: dt.date) -> dt.date:
    """The Julian (old-calendar) date of Gregorian `day`, as a date object."""
    return day - dt.timedelta(days=OLD_STYLE)


def _sr_dated(day: dt.date) -> str:
    old = julian(day)
    return (f"{SERBIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day}. "
            f"{SERBIAN_MONTHS[day.month - 1]} {day.year}. · {old.day}. "
            f"{SERBIAN_MONTHS[old.month - 1]} по старом календару")


def sr_fast(day: dt.date) -> str:
    """The fasting rule of `day` as the monastery printed it: the four fasts, the strict
    days, the fast-free weeks and otherwise Wednesdays and Fridays."""
    pascha = orthodox_easter(day.year)
    delta = (day - pascha).days
    md = (day.month, day.day)
    if (1, 7) <= md <= (1, 17):
        return "Данас: божићни празници, без поста"
    if md == (1, 18):
        return "Данас: строги пост, Крстовдан уочи Богојављења"
    if md == (9, 11):
        return "Данас: строги пост, Усековање главе Светог Јована"
    if md == (9, 27):
        return "Данас: строги пост, Крстовдан"
    if -69 <= delta <= -64 or 1 <= delta <= 6 or 50 <= delta <= 56:
        return "Данас: трапава седмица, без поста"
    if -55 <= delta <= -49:
        return "Данас: бели мрс, сирна седмица"
    if -48 <= delta <= -1:
        return "Данас: Часни пост"
    if delta >= 57 and md <= (7, 11):
        return "Данас: Петровски пост"
    if (8, 14) <= md <= (8, 27):
        return "Данас: Госпојински пост"
    if md >= (11, 28) or md <= (1, 6):
        return "Данас: Божићни пост"
    if day.weekday() == 2:
        return "Данас: посни дан (среда)"
    if day.weekday() == 4:
        return "Данас: посни дан (петак)"
    return "Данас: мрсни дан"


def _sr_notice() -> Wordings:
    base = _steps((_OLD, "Света Литургија недељом и празником у 8 часова"),
                  (SR_SERVICES.isoformat(), "Света Литургија недељом и празником у 7:30, "
                                            "вечерње у 17 часова"))
    feasts = _yearly("01-07", 1, 2, lambda _: "Мир Божји, Христос се роди!")
    feasts += _movable(orthodox_easter, 0, 6, lambda _: "Христос воскресе! Ваистину воскресе!")
    feasts += _yearly("06-28", 0, 0, lambda y: f"Видовдан: {y - 1389} година од Косовског "
                                               f"боја")
    feasts += _yearly("12-19", 1, 0, lambda _: "Никољдан, слава манастира: литургија у 8, "
                                               "славски колач у 10 часова")
    news: list[Event] = [
        _span("2020-03-22", "2020-05-06", "Због епидемије богослужења се служе без присуства "
                                          "верних"),
        _span("2020-11-20", "2020-11-29", "🕯️ Упокојио се у Господу Патријарх српски Иринеј"),
    ]
    return _calendar(base, feasts, news)


def monastery_style() -> PublisherStyle:
    """A Serbian Orthodox monastery's pages (Fruška Gora; Serbian in Cyrillic, religion):
    the weekday and the Gregorian date with the Julian date "по старом календару" (a
    wording per day), the day's fasting rule (the four fasts, the strict days, the
    fast-free weeks, Wednesdays and Fridays; a wording from each day it changes), "Приредио:"
    with the writer, photo credits, a services line reworded and turned by Christmas,
    Easter week, Vidovdan with its count, the monastery's feast, the 2020 closed services
    and the patriarch's death, a dress code for visitors, opening hours that follow the
    seasons, a giving line reworded, the rights line and the blessing (a block), a rare
    road closure."""
    return PublisherStyle(
        domain="manastirsrednjagora.rs", site="Манастир Средња Гора", base_size=55,
        subdomains=(("", 100),),
        sections=("vesti", "bogosluzenja", "pouke", "galerija", "istorija", "poklonjenja"),
        n_authors=2, url_path="/vesti/{slug}",
        pools={
            "foto": ("архив манастира", "Епархија сремска", "сабраћа манастира",
                     "Радио Слово љубве"),
        },
        families=(
            _f("datum", HEADER, 0.7, *_by_day(_sr_dated)),
            _f("post", HEADER, 0.45, *_by_day(sr_fast)),
            _f("priredio", HEADER, 0.35, (_OLD, "Приредио: {author}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {foto}")),
            _f("najava", FOOTER, 0.35, *_sr_notice()),
            _f("odevanje", FOOTER, 0.2, (_OLD, "Молимо посетиоце да у манастир долазе пристојно "
                                               "одевени.")),
            _f("radno", FOOTER, 0.2, *_seasons(
                ("04-01", "Манастир је отворен за посетиоце од 7 до 19 часова"),
                ("10-01", "Манастир је отворен за посетиоце од 8 до 16 часова"))),
            _f("prilog", FOOTER, 0.2, (_OLD, "Прилоге за обнову конака можете уплатити на "
                                             "текући рачун 160-0000000123456-78"),
               (SR_GIVING.isoformat(), "Хвала свима који помажу обнову конака. Текући рачун: "
                                       "160-0000000123456-78")),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Манастир Средња Гора. Сва права "
                                            "задржана.")),
            _f("blagoslov", FOOTER, 0.35, (_OLD, "Са благословом Његовог Преосвештенства "
                                                 "Епископа сремског")),
            _f("put", HEADER, 0.04, (_OLD, "⚠️ Пут преко Фрушке горе затворен је због радова; "
                                           "прилаз манастиру из правца Ирига")),
        ),
    )


# --- a seismic research unit's reports (St. Augustine, Trinidad; English, science) ------------

TT_FELT = dt.date(2019, 1, 7)
TT_TSUNAMI = dt.date(2018, 4, 2)

# The regional tsunami exercise as the unit announced it (not held in 2020).
CARIBE_WAVE = {2015: "2015-03-25", 2016: "2016-03-17", 2017: "2017-03-21", 2018: "2018-03-15",
               2019: "2019-03-14"}
KEJ_YELLOW = "🟡 Kick 'em Jenny: alert level YELLOW; 1.5 km exclusion zone for all vessels"
KEJ_ORANGE = "🟠 Kick 'em Jenny: alert level ORANGE; 5 km exclusion zone, an eruption is possible"


def _tt_week(day: dt.date) -> str:
    friday = friday_of(day)
    return (f"Weekly report · week ending Friday {friday.day} "
            f"{ENGLISH_MONTHS[friday.month - 1]} {friday.year}")


def _tt_alert() -> Wordings:
    news: list[Event] = [
        _span("2015-07-23", "2015-09-09", KEJ_ORANGE),
        _span("2017-04-29", "2017-05-12", KEJ_ORANGE),
        _span("2018-08-21", "2018-08-27", "🔴 The M7.3 earthquake off Venezuela on 21 August: "
                                          "aftershocks continue, report any damage"),
        (_day("2020-12-29"), None, "🟠 La Soufrière, St Vincent: alert level ORANGE; an "
                                   "effusive eruption is under way"),
    ]
    feasts = _movable(_listed(CARIBE_WAVE), 1, 0, lambda y: f"🌊 Caribe Wave {y}: the regional "
                                                            f"tsunami exercise")
    feasts += _yearly("11-05", 0, 0, lambda _: "🌊 World Tsunami Awareness Day: know your "
                                               "evacuation route", years=range(2016, 2021))
    return _calendar(lambda _: KEJ_YELLOW, news, feasts)


def trinidad_style() -> PublisherStyle:
    """A seismic research unit's reports (St. Augustine, Trinidad; English, science): a
    report-kind kicker from a pool, the weekly report's Friday (a wording per week), the
    magnitude and the region from pools with the local time, the seismologist on duty, a
    preliminary-results line and a no-tsunami line (a block; the second reworded), a
    felt-report appeal reworded, a submarine volcano's alert level turned by two orange
    alerts, the 2018 Venezuelan earthquake and a neighbour's eruption from December 2020
    (to the end), the regional tsunami exercise (none in 2020) and tsunami awareness day
    from 2016, a data-citation line, a rights line, a rare stations-offline notice."""
    return PublisherStyle(
        domain="antillesseismic.org.tt", site="Antilles Seismic Research Unit", base_size=40,
        subdomains=(("www.", 100),),
        sections=("earthquakes", "volcanoes", "tsunami", "outreach", "network", "news"),
        n_authors=3, url_path="/reports/{yyyy}/{slug}",
        pools={
            "kind": ("Earthquake report", "Felt earthquake", "Volcano update",
                     "Tsunami information statement", "Outreach"),
            "mag": ("3.1", "3.4", "3.8", "4.2", "4.6", "5.1", "2.9"),
            "region": ("north of Tobago", "Gulf of Paria", "east of Barbados",
                       "near Kick 'em Jenny", "north-west of Trinidad",
                       "off the coast of Venezuela", "south of Grenada"),
        },
        families=(
            _f("kind", HEADER, 0.5, (_OLD, "{kind}")),
            _f("week", HEADER, 0.35, *_by_day(_tt_week)),
            _f("event", HEADER, 0.4, (_OLD, "Magnitude {mag} · {region} · {time} local time "
                                            "(UTC−4)")),
            _f("duty", HEADER, 0.3, (_OLD, "Prepared by {author}, seismologist on duty")),
            _f("preliminary", FOOTER, 0.3, (_OLD, "These results are preliminary; magnitude "
                                                  "and location may be revised as more data are "
                                                  "reviewed.")),
            _f("tsunami", FOOTER, 0.3, (_OLD, "No tsunami was generated by this event."),
               (TT_TSUNAMI.isoformat(), "This earthquake did not generate a tsunami. Always "
                                        "follow official warnings.")),
            _f("felt", FOOTER, 0.3, (_OLD, "Did you feel it? Submit a felt report on our "
                                           "website."),
               (TT_FELT.isoformat(), "Felt this earthquake? Tell us in under a minute with our "
                                     "online form.")),
            _f("alert", FOOTER, 0.3, *_tt_alert()),
            _f("cite", FOOTER, 0.2, (_OLD, "Data may be reused with attribution: please credit "
                                           "the Antilles Seismic Research Unit.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Antilles Seismic Research Unit, St. "
                                                 "Augustine, Trinidad and Tobago")),
            _f("offline", HEADER, 0.04, (_OLD, "⚠️ Several stations are offline after a power "
                                               "cut; locations may be less accurate")),
        ),
    )


# --- a second-tier ice hockey club's match reports (Frenštát; Czech, sport) -------------------

HOCKEY_STOP = dt.date(2020, 3, 12)  # the 2019/20 season was stopped for the epidemic
HOCKEY_PARTNER = dt.date(2018, 7, 1)
HOCKEY_YOUTUBE = dt.date(2019, 8, 1)


def hockey_season(day: dt.date) -> str:
    """The season and its phase on `day`: a season runs from July to June."""
    start = day.year if day.month >= 7 else day.year - 1
    if HOCKEY_STOP <= day <= dt.date(2020, 6, 30):
        phase = "sezóna předčasně ukončena"
    elif day.month in (7, 8):
        phase = "letní příprava"
    elif day.month >= 9 or day.month <= 2:
        phase = "základní část"
    elif day.month in (3, 4):
        phase = "play-off"
    else:
        phase = "po sezóně"
    return f"Sezóna {start}/{(start + 1) % 100:02d} · {phase}"


def _cz_notice() -> Wordings:
    base = _steps((_OLD, "Sledujte nás na Facebooku a Instagramu"),
                  (HOCKEY_YOUTUBE.isoformat(), "Domácí zápasy vysíláme živě na klubovém "
                                               "YouTube kanálu"))
    news: list[Event] = [
        _span("2015-05-01", "2015-05-17", "🏒 MS 2015 v Praze a Ostravě: fandíme národnímu "
                                          "týmu"),
        _span("2020-03-12", "2020-04-30", "⛔ Sezóna 2019/20 je kvůli koronaviru předčasně "
                                          "ukončena"),
        (_day("2020-10-09"), None, "🏟️ Zápasy se hrají bez diváků: sledujte přenosy online"),
    ]
    feasts = _yearly("11-15", 0, 0, lambda y: f"🐺 Klub dnes slaví {y - 1932}. narozeniny")
    feasts += _yearly("12-20", 3, 1, lambda _: "🎄 Vánoční zápas: přineste plyšáka pro děti "
                                               "z dětského domova", years=range(2015, 2020))
    return _calendar(base, news, feasts)


def hockey_style() -> PublisherStyle:
    """A second-tier ice hockey club's match reports (Frenštát; Czech, sport): the season
    and its phase (a wording from each day it changes; the 2019/20 season stopped in March
    2020), the round, the opponent and the score from pools, "Text:" and "Foto:" with two
    writers, the attendance, a tickets line that follows the season (season tickets in
    summer), a follow line turned a stream and turned by the 2015 world championship, the
    stopped season and the 2020 matches without fans (to the end), the club's birthday with
    its count and the Christmas match (none in 2020), a partners line reworded, a rights
    line, a rare start-time change."""
    return PublisherStyle(
        domain="beskydstivlci.cz", site="HC Beskydští Vlci", base_size=28,
        subdomains=(("www.", 100),),
        sections=("a-tym", "mladez", "klub", "vstupenky", "fotogalerie", "partneri"),
        n_authors=2, url_path="/clanky/{n}-{slug}",
        pools={
            "kolo": ("12", "7", "23", "31", "4", "18", "40", "27", "45", "9"),
            "souper": ("HC Přerov", "SK Prostějov", "HC Zubr Jihlava", "AZ Havířov",
                       "HC Slavia Praha", "VHK Vsetín", "HC Kolín"),
            "skore": ("3:2", "1:4", "5:2", "2:3 pp", "4:3 sn", "0:2", "6:1"),
        },
        families=(
            _f("sezona", HEADER, 0.6, *_by_day(hockey_season)),
            _f("zapas", HEADER, 0.5, (_OLD, "{kolo}. kolo: HC Beskydští Vlci – {souper} "
                                            "{skore}")),
            _f("text", HEADER, 0.4, (_OLD, "Text: {author} | Foto: {author2}")),
            _f("divaci", FOOTER, 0.3, (_OLD, "Diváků: {count}")),
            _f("vstupenky", FOOTER, 0.25, *_seasons(
                ("07-01", "🎟️ Permanentky na novou sezónu jsou v prodeji v pokladně zimního "
                          "stadionu"),
                ("09-01", "🎟️ Vstupenky na domácí zápasy: pokladna otevírá hodinu před úvodním "
                          "buly"))),
            _f("hlaseni", FOOTER, 0.3, *_cz_notice()),
            _f("partneri", FOOTER, 0.3, (_OLD, "Děkujeme partnerům klubu a městu Frenštát "
                                               "pod Radhoštěm"),
               (HOCKEY_PARTNER.isoformat(), "Generální partner klubu: Beskydská strojírna "
                                            "a.s.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} HC Beskydští Vlci, z. s. | Všechna "
                                                 "práva vyhrazena")),
            _f("zmena", HEADER, 0.04, (_OLD, "⚠️ Změna času: utkání začne až v 18:30")),
        ),
    )


def heldout62_styles() -> list[PublisherStyle]:
    """The held-back-62 styles, in the order the generator hands them to publishers."""
    return [
        canarias_style(), stjohns_style(), eupen_style(), caraquet_style(),
        maastricht_style(), merida_style(), stcroix_style(), comrat_style(),
        lafayette_style(), monastery_style(), trinidad_style(), hockey_style(),
    ]
