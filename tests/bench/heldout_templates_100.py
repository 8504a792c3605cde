"""The ``held-back-100`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-98 set
(`tests.bench.heldout_templates_98`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of the Caribbean and Central America, large and
small: an English daily in Kingston, a Spanish daily in Santo Domingo, a Spanish daily in
Guatemala City, a French and Haitian Creole site in Port-au-Prince, a Papiamentu daily in
Willemstad, an English weekly in San Fernando, a Spanish site in La Ceiba, a Cuban provincial
weekly in Matanzas, a Haitian Creole community radio in Gonaives, a Dutch site on Bonaire, a
Spanish community site in Nicoya and an English and Spanish site in Bocas del Toro. The
families are the kinds a crawl of such sites holds: dates localised day by day in English,
Spanish, French, Haitian Creole, Papiamentu and Dutch (several changing form on the day of a
redesign, two weeklies by their issue with a volume count, one in Roman numerals), lines that
turn every day, every week or every month (exchange rates in Jamaican dollars, pesos,
quetzales, gourdes, lempiras and colones on working days or every day, the gourde's rise and
fall of 2020, fuel prices every month, a radio's programme by weekday), the seasons of
hurricanes, rains, dry spells, cruises and turtles, bylines and datelines of many shapes,
section kickers, read-also links (some up to two times), photo credits, sources, fair-use and
copyright lines, donation, membership, newsletter and social appeals, prices in Jamaican,
Dominican, Trinidad, Cuban and Netherlands Antillean money, quetzales and dollars (several
rising over the years), notices reworded in 2016-2020, notices that follow the region's
calendars (votes, a suspended one, postponed and annulled run-offs, a referendum, curfews,
lockdowns, hurricanes Matthew, Irma, Otto, Eta and Iota, a volcano, fuel shortages, the
peyi lok, national mourning, independence and emancipation days with their counts, carnivals
by Easter (called off in some years), Divali and Eid as Trinidad kept them, Seu, Souvenans,
Vertieres, the Yeguita, King's Day, events called off in 2020), multi-line blocks, mid-body
inserts, bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
CREOLE_MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
                 "oktòb", "novanm", "desanm")
CREOLE_WEEKDAYS = ("lendi", "madi", "mèkredi", "jedi", "vandredi", "samdi", "dimanch")
PAPIAMENTU_MONTHS = ("yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli",
                     "ougùstùs", "sèptèmber", "òktober", "novèmber", "desèmber")
PAPIAMENTU_WEEKDAYS = ("djaluna", "djamars", "djarason", "djaweps", "djabièrnè", "djasabra",
                       "djadumingu")
DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december")
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                  "zondag")

# Divali and Eid ul-Fitr on the days Trinidad and Tobago kept them as public holidays.
DIVALI = {2015: "2015-11-11", 2016: "2016-10-29", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
EID_TT = {2015: "2015-07-18", 2016: "2016-07-06", 2017: "2017-06-26", 2018: "2018-06-15",
          2019: "2019-06-05", 2020: "2020-05-24"}


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day:%Y-%m-%d}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a central bank's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def progress(day: dt.date) -> float:
    """0 on the set's first day to 1 on its last (for rates that drift over the years)."""
    return (day - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days


def comma(number: float, places: int = 2) -> str:
    """`number` with a decimal comma (63,45), as French, Dutch and Spanish pages print it."""
    return f"{number:.{places}f}".replace(".", ",")


def roman(number: int) -> str:
    """`number` (1-3999) in Roman numerals."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def interpolate(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` on the broken line through `points` ((ISO day, value), ...)."""
    if day.isoformat() <= points[0][0]:
        return points[0][1]
    for (a, va), (b, vb) in zip(points, points[1:], strict=False):
        if day.isoformat() <= b:
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - start).days / (end - start).days
    return points[-1][1]


# --- an English daily (Kingston, Jamaica) -----------------------------------------------------

JM_REDESIGN = dt.date(2018, 8, 6)  # relaunched on Independence Day
JM_WHATSAPP = dt.date(2019, 2, 4)
JM_COPYRIGHT = dt.date(2019, 1, 2)


def _jm_dated(day: dt.date) -> str:
    if day < JM_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]} | {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}, {day.year}")
    return f"Published: {day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year} at {{time12}}"


def jmd_rate(day: dt.date) -> float:
    """The made-up weighted average selling rate of a US dollar in Jamaican dollars on `day`'s
    working day (about 115 in early 2015 to 145 late in 2020)."""
    work = working_day(day)
    return round(115.2 + 30 * progress(work) ** 0.9 + made_up(work, "jmd", -60, 60) / 100, 2)


def _jm_fx(day: dt.date) -> str:
    return f"BOJ weighted average selling rate: US$1 = J${jmd_rate(day):.2f}"


def _jm_independence(y: int) -> str:
    return f"🇯🇲 Happy Independence, Jamaica! {y - 1962} years, {ordinal(y - 1962)} anniversary"


def _jm_notice() -> Wordings:
    base = _steps((_OLD, "Follow Harbour View Daily on Twitter and Instagram"),
                  (JM_WHATSAPP.isoformat(), "📲 Get breaking news on WhatsApp: text NEWS to "
                                            "876-000-0000"))
    news: list[Event] = [
        _vote("2016-02-25", "🗳️ General Election 2016: results by constituency as they come "
                            "in", before=6, after=2),
        _span("2016-09-30", "2016-10-05", "🌀 Hurricane Matthew: ODPEM shelter list and "
                                          "emergency numbers"),
        _vote("2016-11-28", "🗳️ Local Government Elections: find your polling division",
              before=5),
        _span("2020-04-01", "2020-06-01", "😷 COVID-19: the nightly curfew is in effect; "
                                          "check the hours for your parish"),
        _vote("2020-09-03", "🗳️ General Election 2020: results by constituency as they come "
                            "in", before=6, after=2),
    ]
    feasts = _yearly("08-01", 0, 0, lambda _: "✊🏾 Emancipation Day: 1 August")
    feasts += _yearly("08-06", 1, 0, _jm_independence)
    feasts += _yearly("05-23", 0, 0, lambda _: "🛠️ Labour Day: pick a project in your "
                                               "community")
    feasts += _movable(lambda y: nth_weekday(y, 10, 0, 3), 0, 0,
                       lambda _: "🏅 National Heroes Day: the nation honours its heroes")
    return _calendar(base, news, feasts)


def kingston_style() -> PublisherStyle:
    """An English daily (Kingston): a section kicker, the weekday and the date turned
    "Published:" with the short month and the time on Independence Day 2018 (a wording per
    day), a "/Staff Reporter" byline turned "By" with a role, a parish dateline, "ALSO
    READ:" (up to twice), a photographer's credit, the Bank of Jamaica's rate on working
    days, the dry season's water restrictions and the hurricane season, a social line turned
    a messenger appeal and turned by two general elections, the local elections, Hurricane
    Matthew and the 2020 curfew, Emancipation, Independence with its count, Labour Day and
    Heroes Day, an e-paper price rising, a letters line and a copyright line reworded (a
    block), a rare correction."""
    return PublisherStyle(
        domain="harbourviewdaily.com.jm", site="Harbour View Daily", base_size=245,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "lead-stories", "business", "sports", "entertainment", "western"),
        n_authors=9, url_path="/article/{section}/{yyyy}{mm}{dd}/{slug}",
        pools={
            "kicker": ("NEWS", "LEAD STORIES", "BUSINESS", "SPORTS", "ENTERTAINMENT",
                       "WESTERN NEWS", "RURAL XPRESS"),
            "parish": ("MONTEGO BAY", "MANDEVILLE", "OCHO RIOS", "SPANISH TOWN", "MAY PEN",
                       "PORT ANTONIO", "SAVANNA-LA-MAR", "BLACK RIVER"),
            "role": ("Staff Reporter", "Senior Staff Reporter", "Business Reporter",
                     "Sports Writer", "Contributor"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_jm_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "{author}/Staff Reporter"),
               (JM_REDESIGN.isoformat(), "By {author}, {role}")),
            _f("dateline", HEADER, 0.2, (_OLD, "{parish}, Jamaica —")),
            _f("also-read", MIDDLE, 0.35, (_OLD, "ALSO READ: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Contributed photo: {author2}/Photographer")),
            _f("fx", FOOTER, 0.2, *_by_day(_jm_fx)),
            _f("season", FOOTER, 0.12, *_seasons(
                ("01-15", "💧 Dry season: the NWC may restrict supply in the Corporate Area; "
                          "store water safely"),
                ("06-01", "🌀 The hurricane season runs to November 30: know your nearest "
                          "shelter"),
                ("12-01", "🎄 Grand Market and Christmas events: send your listings to the "
                          "newsroom"))),
            _f("notice", FOOTER, 0.3, *_jm_notice()),
            _f("epaper", FOOTER, 0.15, (_OLD, "Read the e-paper: J$1,200 a month"),
               ("2017-04-03", "Read the e-paper: J$1,500 a month"),
               ("2020-01-06", "Read the e-paper: J$1,800 a month or J$18,000 a year")),
            _f("letters", FOOTER, 0.15, (_OLD, "Send us your views: letters@"
                                               "harbourviewdaily.com.jm")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Harbour View Daily. All rights "
                                                 "reserved."),
               (JM_COPYRIGHT.isoformat(), "© {year} Harbour View Daily. This material may "
                                          "not be published, broadcast or rewritten without "
                                          "permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: an earlier version of this story "
                                                  "gave the wrong parish")),
        ),
    )


# --- a Spanish daily (Santo Domingo, Dominican Republic) --------------------------------------

DO_REDESIGN = dt.date(2017, 2, 27)  # relaunched on Independence Day
DO_WHATSAPP = dt.date(2019, 5, 6)
DO_RIGHTS = dt.date(2018, 1, 2)


def _do_dated(day: dt.date) -> str:
    weekday, month = SPANISH_WEEKDAYS[day.weekday()], SPANISH_MONTHS[day.month - 1]
    if day < DO_REDESIGN:
        return f"Santo Domingo, {weekday} {day.day} de {month} de {day.year}"
    return f"{weekday.capitalize()} {day.day:02d}/{day.month:02d}/{day.year} - {{time12}}"


def dop_rate(day: dt.date) -> float:
    """The made-up selling rate of a dollar in Dominican pesos on `day`'s working day (about
    44.9 in early 2015 to 58.4 in late 2020)."""
    work = working_day(day)
    return round(44.9 + 13.3 * progress(work) ** 1.3 + made_up(work, "dop", -8, 8) / 100, 2)


def _do_rate(day: dt.date) -> str:
    return f"💵 Tasa del Banco Central: US$1 = RD${dop_rate(day):.2f} (venta)"


def _do_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Instagram y Facebook: @farodelozama"),
                  (DO_WHATSAPP.isoformat(), "📲 Recibe las noticias en WhatsApp: escribe al "
                                            "809-000-0000"))
    news: list[Event] = [
        _vote("2016-05-15", "🗳️ Elecciones 2016: boletines de la JCE minuto a minuto",
              before=6, after=3),
        _span("2020-02-16", "2020-03-08", "🗳️ Elecciones municipales suspendidas: la JCE "
                                          "fijó nueva fecha"),
        _vote("2020-03-15", "🗳️ Elecciones municipales: los colegios abren a las 7:00 a.m.",
              before=6),
        _span("2020-03-20", "2020-06-28", "😷 Toque de queda: consulta el horario vigente "
                                          "antes de salir"),
        _vote("2020-07-05", "🗳️ Elecciones 2020: boletines de la JCE minuto a minuto",
              before=6, after=3),
    ]
    feasts = _yearly("02-27", 1, 0, lambda y: f"🇩🇴 {y - 1844} años de Independencia Nacional")
    feasts += _yearly("08-16", 0, 0, lambda y: f"🇩🇴 {y - 1863} años de la Restauración")
    feasts += _yearly("01-21", 0, 0, lambda _: "🙏 Día de Nuestra Señora de la Altagracia")
    feasts += _movable(easter, 3, 0, lambda y: f"✝️ Semana Santa {y}: recomendaciones del COE "
                                               f"para viajar a las playas")
    return _calendar(base, news, feasts)


def santodomingo_style() -> PublisherStyle:
    """A Spanish daily (Santo Domingo): a section kicker, the city, the weekday and the date
    turned the weekday, a date with slashes and the time on Independence Day 2017 (a wording
    per day), "Por" turned with the newsroom, "Lea también:" (up to twice), a photo credit,
    an advert's label mid-body, the Central Bank's rate on working days, the hurricane
    season and Christmas, a social line turned a messenger appeal and turned by the 2016
    vote, the municipal vote suspended and held again, the 2020 curfew and vote,
    Independence and the Restoration with their counts, the Altagracia and Holy Week, the
    cover price rising, a rights line reworded and the address (a block), a rare power
    cut."""
    return PublisherStyle(
        domain="farodelozama.com.do", site="El Faro del Ozama", base_size=220,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("nacionales", "politica", "economia", "deportes", "provincias", "opinion"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "seccion": ("NACIONALES", "POLÍTICA", "ECONOMÍA", "DEPORTES", "PROVINCIAS",
                        "OPINIÓN", "INTERNACIONALES"),
            "foto": ("Fuente externa", "El Faro del Ozama", "Archivo", "Presidencia",
                     "Redes sociales"),
        },
        families=(
            _f("seccion", HEADER, 0.4, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_do_dated)),
            _f("por", HEADER, 0.55, (_OLD, "Por {author}"),
               (DO_REDESIGN.isoformat(), "{author} · Redacción El Faro del Ozama")),
            _f("lea", MIDDLE, 0.35, (_OLD, "Lea también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("publicidad", MIDDLE, 0.08, (_OLD, "Publicidad")),
            _f("tasa", FOOTER, 0.2, *_by_day(_do_rate)),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("06-01", "🌀 Temporada ciclónica del 1 de junio al 30 de noviembre: sigue los "
                          "boletines de Onamet"),
                ("12-01", "🎄 Navidad en la Zona Colonial: agenda de conciertos y "
                          "actividades"))),
            _f("aviso", FOOTER, 0.3, *_do_notice()),
            _f("precio", FOOTER, 0.15, (_OLD, "Precio: RD$25"), ("2016-01-04", "Precio: RD$30"),
               ("2019-01-07", "Precio: RD$35 · Edición digital RD$300 al mes")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} El Faro del Ozama. Todos los "
                                                "derechos reservados."),
               (DO_RIGHTS.isoformat(), "Prohibida la reproducción total o parcial sin "
                                       "autorización de El Faro del Ozama.")),
            _f("direccion", FOOTER, 0.25, (_OLD, "Av. 27 de Febrero No. 000, Santo Domingo, "
                                                 "R.D. · Tel. 809-000-0001")),
            _f("apagon", HEADER, 0.04, (_OLD, "⚠️ Interrupción programada del servicio "
                                              "eléctrico hoy de 8:00 a.m. a 4:00 p.m. en "
                                              "sectores del Distrito Nacional")),
        ),
    )


# --- a Spanish daily (Guatemala City, Guatemala) ----------------------------------------------

GT_REDESIGN = dt.date(2017, 9, 15)  # relaunched on Independence Day
GT_TELEGRAM = dt.date(2019, 3, 4)


def _gt_dated(day: dt.date) -> str:
    if day < GT_REDESIGN:
        return f"Guatemala, {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    return (f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()} {day.day:02d}.{day.month:02d}."
            f"{day.year} · {{time}} h")


def gtq_rate(day: dt.date) -> float:
    """The made-up reference rate of a dollar in quetzales on `day` (set every day, weekends
    too; about 7.63 in 2015, 7.34 late in 2017, 7.79 late in 2020)."""
    base = interpolate(day, (("2015-01-01", 7.63), ("2016-06-01", 7.65), ("2017-11-01", 7.34),
                             ("2019-01-01", 7.74), ("2021-01-10", 7.79)))
    return round(base + made_up(day, "gtq", -900, 900) / 100_000, 5)


def _gt_rate(day: dt.date) -> str:
    return f"Tipo de cambio de referencia: Q{gtq_rate(day):.5f} por US$1"


def _gt_kites(y: int) -> str:
    if y == 2020:
        return "🪁 Sin festival de barriletes gigantes este año: Sumpango vuela en casa"
    return f"🪁 Barriletes gigantes {y}: cómo llegar a Sumpango y Santiago Sacatepéquez"


def _gt_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook y Twitter: El Quetzal Matutino"),
                  (GT_TELEGRAM.isoformat(), "📲 Únase a nuestro canal de Telegram: "
                                            "t.me/quetzalmatutino"))
    news: list[Event] = [
        _span("2015-04-25", "2015-08-30", "📢 Manifestaciones en la Plaza de la Constitución: "
                                          "cobertura cada sábado"),
        _vote("2015-09-06", "🗳️ Elecciones Generales 2015: resultados del TSE", before=5,
              after=2),
        _vote("2015-10-25", "🗳️ Segunda vuelta presidencial 2015", before=5, after=1),
        _span("2018-06-03", "2018-06-17", "🌋 Volcán de Fuego: albergues habilitados y cómo "
                                          "donar"),
        _vote("2019-06-16", "🗳️ Elecciones Generales 2019: resultados del TSE", before=5,
              after=2),
        _vote("2019-08-11", "🗳️ Segunda vuelta presidencial 2019", before=5, after=1),
        _span("2020-03-22", "2020-09-30", "😷 Toque de queda vigente: consulte los horarios "
                                          "antes de salir"),
        _span("2020-11-03", "2020-11-20", "🌀 Eta e Iota: centros de acopio y números de "
                                          "emergencia"),
    ]
    feasts = _yearly("09-15", 1, 0, lambda y: f"🇬🇹 {y - 1821} años de independencia")
    feasts += _movable(easter, 6, 0, lambda y: f"✝️ Semana Santa {y}: horarios de "
                                               f"procesiones")
    feasts += _yearly("11-01", 1, 0, _gt_kites)
    feasts += _yearly("12-07", 0, 0, lambda _: "🔥 Quema del diablo: no queme llantas ni "
                                               "plásticos")
    return _calendar(base, news, feasts)


def guatemala_style() -> PublisherStyle:
    """A Spanish daily (Guatemala City): a section kicker, the city and the date turned the
    weekday, a dotted date and the time on Independence Day 2017 (a wording per day), a
    department's dateline, "Por" turned with the newsroom, "Le puede interesar:" (up to
    twice), a photo credit naming the paper, the quetzal's reference rate every day, winter
    and summer, a social line turned a messenger appeal and turned by the 2015 protests,
    four votes, the Fuego eruption, the 2020 curfew and two hurricanes, Independence with
    its count, Holy Week, the giant kites (not flown in 2020) and the burning of the devil,
    a subscription price rising, a rights line and a republication line (a block), a rare
    road closure."""
    return PublisherStyle(
        domain="quetzalmatutino.com.gt", site="El Quetzal Matutino", base_size=195,
        subdomains=(("www.", 100),),
        sections=("nacional", "departamentos", "politica", "economia", "deportes", "cultura"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "seccion": ("Nacional", "Departamentos", "Política", "Economía", "Deportes",
                        "Cultura", "Justicia"),
            "depto": ("QUETZALTENANGO", "ESCUINTLA", "COBÁN", "HUEHUETENANGO", "PETÉN",
                      "CHIMALTENANGO", "ZACAPA", "IZABAL"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.75, *_by_day(_gt_dated)),
            _f("lugar", HEADER, 0.2, (_OLD, "{depto}.")),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}"),
               (GT_REDESIGN.isoformat(), "Por {author} · Redacción Matutino")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Le puede interesar: {other_title}"),
               count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotografía: {author2} / El Quetzal Matutino")),
            _f("cambio", FOOTER, 0.2, *_by_day(_gt_rate)),
            _f("invierno", FOOTER, 0.12, *_seasons(
                ("05-15", "🌧️ Invierno: la Conred pide atención a deslizamientos y crecidas "
                          "de ríos"),
                ("11-01", "☀️ Verano: evite las quemas, temporada de incendios forestales"))),
            _f("aviso", FOOTER, 0.3, *_gt_notice()),
            _f("suscripcion", FOOTER, 0.15, (_OLD, "Suscríbase a la edición impresa: Q95 al "
                                                   "mes"),
               ("2018-01-08", "Suscríbase a la edición impresa: Q110 al mes"),
               ("2020-06-01", "Suscríbase: edición digital Q45 al mes, impresa Q120")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} El Quetzal Matutino. Derechos "
                                                "reservados.")),
            _f("fair-use", FOOTER, 0.2, (_OLD, "Se permite citar este contenido con enlace a "
                                               "la nota original; no se autoriza copiarlo "
                                               "completo.")),
            _f("cierre", HEADER, 0.04, (_OLD, "⚠️ Cierre parcial en la Calzada Roosevelt por "
                                              "trabajos de la Municipalidad")),
        ),
    )


# --- a French and Haitian Creole site (Port-au-Prince, Haiti) ---------------------------------

HT_REDESIGN = dt.date(2018, 1, 1)  # relaunched on Independence Day
HT_WHATSAPP = dt.date(2019, 2, 18)
HT_MONCASH = dt.date(2018, 6, 4)


def _ht_dated(day: dt.date) -> str:
    if day < HT_REDESIGN:
        return (f"Publié le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return (f"{CREOLE_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{CREOLE_MONTHS[day.month - 1]} {day.year} · {{time}}")


def htg_rate(day: dt.date) -> float:
    """The made-up reference rate of a dollar in gourdes on `day`'s working day: about 46.5
    early in 2015 to 120 in August 2020, back to about 64 by mid-October 2020."""
    work = working_day(day)
    base = interpolate(work, (("2015-01-01", 46.5), ("2016-03-01", 62.0), ("2017-12-31", 64.0),
                              ("2018-12-31", 76.0), ("2019-12-31", 93.0), ("2020-08-15", 120.0),
                              ("2020-10-15", 64.0), ("2021-01-10", 72.0)))
    return round(base + made_up(work, "htg", -30, 30) / 100, 2)


def _ht_rate(day: dt.date) -> str:
    return f"Taux de référence BRH : 1 dollar US = {comma(htg_rate(day))} gourdes"


def _ht_kanaval(y: int) -> str:
    if y == 2016:
        return "🎭 Kanaval 2016 annulé : pas de défilé au Champ-de-Mars"
    if y == 2020:
        return "🎭 Kanaval 2020 : le dernier jour annulé après les violences"
    return f"🎭 Kanaval {y} : le parcours et les chars du Champ-de-Mars"


def _ht_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook et Twitter : @kwazmaninfo"),
                  (HT_WHATSAPP.isoformat(), "📲 Nouvèl yo sou WhatsApp : ekri nou nan "
                                            "+509 3000 0000"))
    news: list[Event] = [
        _vote("2015-08-09", "🗳️ Législatives : les bureaux de vote ouvrent à 6 h", before=5),
        _vote("2015-10-25", "🗳️ Présidentielle, 1er tour : résultats partiels du CEP",
              before=5, after=3),
        _span("2015-12-22", "2016-01-17", "🗳️ Second tour reporté : le CEP doit annoncer une "
                                          "nouvelle date"),
        _span("2016-01-22", "2016-01-25", "🗳️ Le second tour du 24 janvier est annulé"),
        _span("2016-10-03", "2016-10-16", "🌀 Ouragan Matthew : numéros d'urgence de la "
                                          "Protection civile"),
        _vote("2016-11-20", "🗳️ Élections du 20 novembre : résultats par département",
              before=5, after=3),
        _span("2019-09-16", "2019-11-30", "🚧 Peyi lòk : nos journalistes travaillent dans des "
                                          "conditions difficiles"),
        _span("2020-03-20", "2020-06-30", "😷 Kowonaviris : lave men nou, mete mask, rete "
                                          "lakay"),
    ]
    feasts = _yearly("01-01", 0, 1, lambda y: f"🇭🇹 Bòn fèt Endepandans : {y - 1804} ans")
    feasts += _yearly("01-12", 0, 0, lambda y: f"🕯️ 12 janvier 2010 : {y - 2010} ans après, "
                                               f"nous nous souvenons")
    feasts += _yearly("05-18", 0, 0, lambda _: "🇭🇹 Fête du Drapeau et de l'Université")
    feasts += _yearly("11-18", 0, 0, lambda y: f"⚔️ Vertières : {y - 1803}e anniversaire")
    feasts += _movable(carnival_tuesday, 2, 0, _ht_kanaval)
    return _calendar(base, news, feasts)


def portauprince_style() -> PublisherStyle:
    """A French and Haitian Creole site (Port-au-Prince): a section kicker, "Publié le" with
    the French weekday and date turned the Creole weekday, the date and the time on
    Independence Day 2018 (a wording per day), "Par" turned with the site's name, "Lire aussi
    :" (up to twice), a photo credit, an advert's label, the central bank's rate in gourdes
    on working days (up to 2020's fall), a social line turned a Creole messenger appeal and
    turned by the 2015 votes, a run-off put off and then annulled, Matthew, the 2016 vote,
    the peyi lok and the 2020 lockdown, Independence, the earthquake and Vertieres with their
    counts, Flag Day and the carnival (called off in 2016, cut short in 2020), a donation
    appeal turned Creole with mobile money, a rights line and a reproduction line (a block),
    a rare power cut."""
    return PublisherStyle(
        domain="kwazmaninfo.ht", site="Kwazman Info", base_size=170,
        subdomains=(("www.", 100),),
        sections=("actualite", "politique", "economie", "societe", "culture", "sport"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrique": ("Actualité", "Politique", "Économie", "Société", "Culture", "Sport",
                         "An kreyòl"),
            "photo": ("Kwazman Info", "Archives", "AFP", "Réseaux sociaux",
                      "Collaboration spéciale"),
            "goud": ("250", "500", "1 000"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.75, *_by_day(_ht_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}"),
               (HT_REDESIGN.isoformat(), "Par {author} | Kwazman Info")),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi : {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {photo}")),
            _f("publicite", MIDDLE, 0.08, (_OLD, "PUBLICITÉ")),
            _f("taux", FOOTER, 0.2, *_by_day(_ht_rate)),
            _f("avis", FOOTER, 0.3, *_ht_notice()),
            _f("don", FOOTER, 0.12, (_OLD, "Soutenez le journalisme indépendant en Haïti."),
               (HT_MONCASH.isoformat(), "Sipòte Kwazman Info : voye {goud} goud sou MonCash "
                                        "3000 0001")),
            _f("droits", FOOTER, 0.45, (_OLD, "© {year} Kwazman Info. Tous droits réservés.")),
            _f("reproduction", FOOTER, 0.2, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans l'accord écrit de la "
                                                   "rédaction.")),
            _f("coupure", HEADER, 0.04, (_OLD, "⚠️ EDH : coupure de courant prévue ce matin à "
                                               "Delmas et à Pétion-Ville")),
        ),
    )


# --- a Papiamentu daily (Willemstad, Curacao) -------------------------------------------------

CW_REDESIGN = dt.date(2018, 10, 10)  # relaunched on Curacao Day
CW_WHATSAPP = dt.date(2019, 7, 1)


def _cw_dated(day: dt.date) -> str:
    weekday, month = PAPIAMENTU_WEEKDAYS[day.weekday()], PAPIAMENTU_MONTHS[day.month - 1]
    if day < CW_REDESIGN:
        return f"{weekday.capitalize()}, {day.day} di {month} {day.year}"
    return f"{day.day:02d}-{day.month:02d}-{day.year} | {weekday} | {{time}}"


def fuel_price(day: dt.date) -> int:
    """The made-up price of a litre of petrol in cents of a guilder in `day`'s month (set
    on the first of each month)."""
    return made_up(day.replace(day=1), "gasolin", 188, 246)


def _cw_fuel(day: dt.date) -> str:
    month = PAPIAMENTU_MONTHS[day.month - 1]
    return f"⛽ Preis di gasolin den {month}: Naf. {comma(fuel_price(day) / 100)} pa liter"


def _cw_seu(y: int) -> str:
    if y == 2020:
        return "🌾 No tin marcha di Seú aki aña: selebrá kosecha na kas"
    return f"🌾 Marcha di Seú {y}: ruta i ora di salida"


def _cw_notice() -> Wordings:
    base = _steps((_OLD, "Sigui nos riba Facebook: Kòrant Punda"),
                  (CW_WHATSAPP.isoformat(), "📲 Notisia riba WhatsApp: manda PUNDA na "
                                            "5999 000 0000"))
    news: list[Event] = [
        _vote("2016-10-28", "🗳️ Elekshon pa Parlamento 2016: resultado pa buro", before=6,
              after=2),
        _vote("2017-04-28", "🗳️ Elekshon anticipá: resultado pa buro", before=6, after=2),
        _span("2020-03-24", "2020-05-03", "😷 Keda na kas: toque de keda for di 9 or di "
                                          "anochi"),
    ]
    feasts = _yearly("07-01", 0, 0, lambda _: "✊🏾 Dia di Emansipashon: 1 di yüli")
    feasts += _yearly("07-02", 0, 0, lambda _: "🇨🇼 Dia di Himno i Bandera")
    feasts += _yearly("10-10", 0, 0, lambda y: f"🇨🇼 Dia di Kòrsou: {y - 2010} aña di pais")
    feasts += _movable(lambda y: carnival_tuesday(y) - dt.timedelta(days=2), 1, 0,
                       lambda y: f"🎭 Gran Marcha di Karnaval {y}: ruta i trafiko")
    feasts += _movable(lambda y: easter(y) + dt.timedelta(days=1), 0, 0, _cw_seu)
    return _calendar(base, feasts, news)  # a holiday's greeting breaks into the curfew


def willemstad_style() -> PublisherStyle:
    """A Papiamentu daily (Willemstad): a section kicker, the weekday and the date turned a
    dashed date with the weekday and the time on Curacao Day 2018 (a wording per day), "Pa:"
    turned "Skirbí pa", "Lesa tambe:" (up to twice), a photo credit, the price of petrol
    every month, the hurricane season and the holidays, a social line turned a messenger
    appeal and turned by two votes and the 2020 curfew, Emancipation, Flag Day, Curacao Day
    with its count, the carnival's grand parade and the harvest march (not held in 2020), a
    subscription price rising, a rights line and the newsroom's address (a block), a rare
    water cut."""
    return PublisherStyle(
        domain="korantpunda.cw", site="Kòrant Punda", base_size=150,
        subdomains=(("www.", 100),),
        sections=("notisia", "lokal", "politika", "ekonomia", "deporte", "kultura"),
        n_authors=5, url_path="/{section}/{n}-{slug}",
        pools={
            "seksion": ("NOTISIA", "LOKAL", "POLITIKA", "EKONOMIA", "DEPORTE", "KULTURA",
                        "MUNDIAL"),
            "potret": ("Kòrant Punda", "Archivo", "GOBIERNU", "Social media"),
        },
        families=(
            _f("seksion", HEADER, 0.35, (_OLD, "{seksion}")),
            _f("fecha", HEADER, 0.75, *_by_day(_cw_dated)),
            _f("outor", HEADER, 0.5, (_OLD, "Pa: {author}"),
               (CW_REDESIGN.isoformat(), "Skirbí pa {author}")),
            _f("lesa", MIDDLE, 0.3, (_OLD, "Lesa tambe: {other_title}"), count=2),
            _f("potret", MIDDLE, 0.2, (_OLD, "Potret: {potret}")),
            _f("gasolin", FOOTER, 0.2, *_by_day(_cw_fuel)),
            _f("tempu", FOOTER, 0.12, *_seasons(
                ("06-01", "🌀 Temporada di orkan: prepará bo kas i sigui Meteo"),
                ("12-01", "🎆 Temporada di fiesta: kuidá bo mes i bo yunan ku fuego"))),
            _f("aviso", FOOTER, 0.3, *_cw_notice()),
            _f("abonamentu", FOOTER, 0.15, (_OLD, "Abonamentu: Naf. 45 pa luna"),
               ("2017-01-02", "Abonamentu: Naf. 50 pa luna"),
               ("2020-01-02", "Abonamentu: Naf. 55 pa luna · digital Naf. 25")),
            _f("derechi", FOOTER, 0.45, (_OLD, "© {year} Kòrant Punda. Tur derechi reservá.")),
            _f("adres", FOOTER, 0.2, (_OLD, "Redakshon: Breedestraat 00, Punda · Tel. "
                                            "5999 000 0001")),
            _f("awa", HEADER, 0.04, (_OLD, "⚠️ Awa kortá djawe den parti di Otrobanda pa "
                                           "trabou na e kanal")),
        ),
    )


# --- an English weekly (San Fernando, Trinidad and Tobago) ------------------------------------

TT_BYLINE = dt.date(2018, 8, 31)  # relaunched on Independence Day
TT_WHATSAPP = dt.date(2019, 9, 1)


def tt_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's volume (by year, from 2003), its number in the year and the Sunday it
    came out."""
    sunday = week_from(day, 6)
    first = week_from(dt.date(sunday.year, 1, 7), 6)  # the year's first Sunday
    return sunday.year - 2002, (sunday - first).days // 7 + 1, sunday


def _tt_issue(day: dt.date) -> str:
    volume, number, sunday = tt_issue(day)
    return (f"Sunday Edition · {sunday.day} {ENGLISH_MONTHS[sunday.month - 1]} "
            f"{sunday.year} · Vol. {volume} No. {number}")


def _tt_carnival(y: int) -> str:
    return f"🎉 Carnival {y}: Monday and Tuesday parade routes through San Fernando"


def _tt_notice() -> Wordings:
    base = _steps((_OLD, "Like Naparima Weekly on Facebook for news from the deep south"),
                  (TT_WHATSAPP.isoformat(), "📲 Send news tips on WhatsApp: 868-000-0000"))
    news: list[Event] = [
        _vote("2015-09-07", "🗳️ General Election 2015: southern results seat by seat",
              before=6, after=2),
        _vote("2016-11-28", "🗳️ Local Government Elections: polls open at 6 a.m.", before=5),
        _span("2018-10-19", "2018-10-31", "🌊 Flood relief: drop-off points in Penal, Debe "
                                          "and Barrackpore"),
        _vote("2019-12-02", "🗳️ Local Government Elections: polls open at 6 a.m.", before=5),
        _span("2020-03-30", "2020-05-10", "😷 Stay at home: only essential workers should be "
                                          "on the road"),
        _vote("2020-08-10", "🗳️ General Election 2020: southern results seat by seat",
              before=6, after=2),
    ]
    feasts = _movable(carnival_tuesday, 1, 0, _tt_carnival)
    feasts += _yearly("05-30", 0, 0, lambda y: f"🪔 Indian Arrival Day: {y - 1845} years")
    feasts += _yearly("08-01", 0, 0, lambda _: "✊🏾 Emancipation Day greetings to all our "
                                               "readers")
    feasts += _yearly("08-31", 0, 0, lambda y: f"🇹🇹 Happy {ordinal(y - 1962)} Independence "
                                               f"Anniversary")
    feasts += _yearly("09-24", 0, 0, lambda _: "🇹🇹 Republic Day")
    feasts += _movable(_listed(DIVALI), 2, 0, lambda y: f"🪔 Shubh Divali {y}: Divali Nagar "
                                                        f"and lights across the south")
    feasts += _movable(_listed(EID_TT), 0, 0, lambda _: "🌙 Eid Mubarak to our Muslim "
                                                        "readers")
    return _calendar(base, news, feasts)


def sanfernando_style() -> PublisherStyle:
    """An English weekly (San Fernando): the Sunday edition with its volume and number
    (turning every Sunday), "By" turned with the south bureau on Independence Day 2018, a
    town dateline in capitals, "SEE ALSO:" once, a photo credit, the dry and rainy seasons,
    a social line turned a messenger appeal and turned by four votes, the 2018 floods and
    the 2020 stay-at-home order, Carnival Monday and Tuesday, Indian Arrival Day with its
    count, Emancipation, Independence with its count, Republic Day, Divali and Eid as the
    country kept them, the cover price rising, a classifieds line and a copyright line (a
    block), a rare water notice."""
    return PublisherStyle(
        domain="naparimaweekly.co.tt", site="Naparima Weekly", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "south", "business", "sport", "carnival", "letters"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"town": ("SAN FERNANDO", "PRINCES TOWN", "POINT FORTIN", "SIPARIA", "COUVA",
                        "PENAL", "LA BREA", "MORUGA")},
        families=(
            _f("edition", HEADER, 0.4, *_by_day(_tt_issue)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (TT_BYLINE.isoformat(), "{author} | South Bureau")),
            _f("dateline", HEADER, 0.25, (_OLD, "{town}:")),
            _f("see-also", MIDDLE, 0.2, (_OLD, "SEE ALSO: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "PHOTO: {author2}")),
            _f("weather", FOOTER, 0.12, *_seasons(
                ("01-01", "☀️ Dry season: the Fire Service asks you not to burn bush"),
                ("06-01", "🌧️ Rainy season: report blocked drains and landslips to your "
                          "regional corporation"))),
            _f("notice", FOOTER, 0.3, *_tt_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "Price: TT$4"), ("2017-01-01", "Price: TT$5"),
               ("2019-09-01", "Price: TT$6 · e-edition TT$60 a year")),
            _f("classifieds", FOOTER, 0.15, (_OLD, "Classifieds and death notices: call the "
                                                   "front desk, Mondays to Fridays, 8 to 4.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Naparima Weekly. All rights "
                                                "reserved.")),
            _f("water", HEADER, 0.04, (_OLD, "NOTICE: WASA says no pipe-borne water in Marabella "
                                             "today; truck-borne supply on request")),
        ),
    )


# --- a Spanish site (La Ceiba, Honduras) ------------------------------------------------------

HN_REDESIGN = dt.date(2017, 9, 15)  # relaunched on Independence Day
HN_WHATSAPP = dt.date(2018, 6, 4)
CARNIVAL_CEIBA_OFF = 2020  # the carnival was not held in 2020


def _hn_dated(day: dt.date) -> str:
    month = SPANISH_MONTHS[day.month - 1]
    if day < HN_REDESIGN:
        return (f"La Ceiba, Atlántida, {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de {month} "
                f"de {day.year}")
    return f"{day.day} {month[:3]}. {day.year} · {{time12}}"


def hnl_rate(day: dt.date) -> float:
    """The made-up reference price of a dollar in lempiras on `day`'s working day (about
    21.9 in early 2015 to 24.5 in 2020)."""
    work = working_day(day)
    return round(21.9 + 2.65 * min(1.0, progress(work) * 1.1) ** 0.8
                 + made_up(work, "hnl", -60, 60) / 10_000, 4)


def _hn_rate(day: dt.date) -> str:
    return f"Precio de referencia del dólar (BCH): L {hnl_rate(day):.4f}"


def ceiba_carnival(y: int) -> dt.date | None:
    """The carnival parade of La Ceiba: the third Saturday of May (not held in 2020)."""
    return None if y == CARNIVAL_CEIBA_OFF else nth_weekday(y, 5, 5, 3)


def _hn_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook: Heraldo Ceibeño"),
                  (HN_WHATSAPP.isoformat(), "📲 Envíe sus denuncias por WhatsApp: "
                                            "9000-0000"))
    news: list[Event] = [
        _vote("2017-03-12", "🗳️ Elecciones primarias: centros de votación en Atlántida",
              before=5),
        _vote("2017-11-26", "🗳️ Elecciones generales 2017: conteo del TSE", before=6, after=3),
        _span("2017-12-01", "2017-12-10", "⚠️ Toque de queda de 6:00 p.m. a 6:00 a.m. por diez "
                                          "días"),
        # the carnival's week, called off, breaks into the circulation rule
        _span("2020-05-10", "2020-05-16", "🎉 Sin Carnaval de La Ceiba este año: nos vemos en "
                                          "2021"),
        _span("2020-03-16", "2020-09-30", "😷 Circule solo el día que le toca según el último "
                                          "dígito de su identidad"),
        _span("2020-11-04", "2020-11-22", "🌀 Eta e Iota: albergues en La Ceiba y números de "
                                          "Copeco"),
    ]
    feasts = _movable(ceiba_carnival, 6, 0, lambda y: f"🎉 Gran Carnaval Internacional de La "
                                                      f"Ceiba {y}")
    feasts += _yearly("09-15", 1, 0, lambda y: f"🇭🇳 {y - 1821} años de independencia patria")
    feasts += _yearly("10-03", 0, 0, lambda _: "🇭🇳 Feriado Morazánico: comercios con "
                                               "horario especial")
    return _calendar(base, news, feasts)


def laceiba_style() -> PublisherStyle:
    """A Spanish site (La Ceiba): a section kicker, the city, the department, the weekday and
    the date turned a short date with the time on Independence Day 2017 (a wording per day),
    "Redacción /" turned "Por:", "TE PUEDE INTERESAR:" (up to twice), a photo credit in
    brackets, the lempira's reference price on working days, the rains and the dry season, a
    social line turned a messenger appeal and turned by two votes, the 2017 curfew, the 2020
    circulation rule and two hurricanes, the carnival on the third Saturday of May (called
    off in 2020), Independence with its count and the Morazan holiday, a comments
    disclaimer and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="heraldoceibeno.hn", site="Heraldo Ceibeño", base_size=110,
        subdomains=(("www.", 100),),
        sections=("ceiba", "atlantida", "nacionales", "sucesos", "deportes"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"seccion": ("LA CEIBA", "ATLÁNTIDA", "NACIONALES", "SUCESOS", "DEPORTES",
                           "FARÁNDULA")},
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.7, *_by_day(_hn_dated)),
            _f("por", HEADER, 0.5, (_OLD, "Redacción / {author}"),
               (HN_REDESIGN.isoformat(), "Por: {author}")),
            _f("interesar", MIDDLE, 0.3, (_OLD, "TE PUEDE INTERESAR: {other_title}"),
               count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "(Foto: {author2})")),
            _f("lempira", FOOTER, 0.2, *_by_day(_hn_rate)),
            _f("lluvias", FOOTER, 0.12, *_seasons(
                ("03-01", "☀️ Temporada seca: Copeco alerta por incendios en la zona del Pico "
                          "Bonito"),
                ("10-01", "🌧️ Temporada lluviosa: no cruce ríos crecidos, el Cangrejal sube "
                          "rápido"))),
            _f("aviso", FOOTER, 0.3, *_hn_notice()),
            _f("comentarios", FOOTER, 0.15, (_OLD, "Los comentarios son responsabilidad de "
                                                   "quien los escribe.")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Heraldo Ceibeño. Todos los derechos "
                                               "reservados.")),
            _f("energia", HEADER, 0.04, (_OLD, "⚠️ Corte de energía programado hoy de 8:00 a.m. "
                                               "a 3:00 p.m. en colonias del sector sur")),
        ),
    )


# --- a Cuban provincial weekly (Matanzas, Cuba) -----------------------------------------------

CU_REDESIGN = dt.date(2019, 1, 1)  # relaunched on the Revolution's sixtieth anniversary
CU_TELEGRAM = dt.date(2019, 1, 1)


def cu_issue(day: dt.date) -> tuple[str, int, dt.date]:
    """The weekly's year (in Roman numerals, from 1959), its number in the year and the
    Saturday it came out."""
    saturday = week_from(day, 5)
    first = week_from(dt.date(saturday.year, 1, 7), 5)  # the year's first Saturday
    return roman(saturday.year - 1958), (saturday - first).days // 7 + 1, saturday


def _cu_issue(day: dt.date) -> str:
    year, number, saturday = cu_issue(day)
    return (f"Año {year} · No. {number} · Sábado, {saturday.day} de "
            f"{SPANISH_MONTHS[saturday.month - 1]} de {saturday.year}")


def _cu_dated(day: dt.date) -> str:
    month = SPANISH_MONTHS[day.month - 1]
    if day < CU_REDESIGN:
        return f"Matanzas, {day.day} de {month} de {day.year}"
    return f"{SPANISH_WEEKDAYS[day.weekday()]} {day.day} {month}, {day.year} | {{time12}}"


def _cu_may_day(y: int) -> str:
    if y == 2020:
        return "🚩 Primero de Mayo: este año sin desfile, celebración desde los hogares"
    return f"🚩 Primero de Mayo {y}: desfile en la Plaza de la Revolución de Matanzas"


def _cu_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook y Twitter: @yumurisemanal"),
                  (CU_TELEGRAM.isoformat(), "📲 Únase a nuestro canal de Telegram: "
                                            "t.me/yumurisemanal"))
    news: list[Event] = [
        _span("2016-11-26", "2016-12-05", "🕯️ Duelo nacional: suspendidas las actividades "
                                          "festivas"),
        _span("2017-09-08", "2017-09-20", "🌀 Huracán Irma: información de la Defensa Civil "
                                          "en la provincia"),
        _vote("2018-03-11", "🗳️ Elecciones generales: los colegios abren a las 7:00 a.m.",
              before=5),
        _vote("2019-02-24", "🗳️ Referendo constitucional: los colegios abren a las "
                            "7:00 a.m.", before=6),
        _span("2019-09-11", "2019-10-15", "⛽ Situación con el combustible: horarios del "
                                          "transporte en la provincia"),
        _span("2020-03-24", "2020-07-02", "😷 COVID-19: quédate en casa y usa el nasobuco"),
    ]
    feasts = _yearly("01-01", 0, 1, lambda y: f"🇨🇺 {y - 1959} años del triunfo de la "
                                              f"Revolución")
    feasts += _yearly("07-26", 1, 0, lambda y: f"🇨🇺 Día de la Rebeldía Nacional: "
                                               f"{y - 1953} aniversario")
    feasts += _yearly("10-20", 0, 0, lambda _: "🎶 Día de la Cultura Cubana")
    feasts += _yearly("05-01", 1, 0, _cu_may_day)
    return _calendar(base, feasts, news)  # the anniversaries break into the other notices


def matanzas_style() -> PublisherStyle:
    """A Cuban provincial weekly (Matanzas): the year in Roman numerals, the number and the
    Saturday it came out (turning every Saturday), the city and the date turned the
    weekday, the date and the time on 1 January 2019 (a wording per day), "Por" turned with
    the job, "Vea también:" (up to twice), a photo credit, a social line turned a messenger
    appeal and turned by the national mourning of 2016, Irma, a vote, the 2019 referendum,
    the fuel shortage and the 2020 lockdown, the Revolution and the Moncada with their
    counts, Culture Day and May Day (without a parade in 2020), the cover price, a
    reproduction line, a rights line and the address (a block), a rare power cut."""
    return PublisherStyle(
        domain="yumurisemanal.cu", site="Yumurí Semanal", base_size=90,
        subdomains=(("www.", 100),),
        sections=("matanzas", "cuba", "cultura", "deportes", "opinion"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("edicion", HEADER, 0.4, *_by_day(_cu_issue)),
            _f("fecha", HEADER, 0.6, *_by_day(_cu_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (CU_REDESIGN.isoformat(), "{author} | Periodista")),
            _f("vea", MIDDLE, 0.25, (_OLD, "Vea también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("aviso", FOOTER, 0.3, *_cu_notice()),
            _f("precio", FOOTER, 0.15, (_OLD, "Precio: 20 centavos")),
            _f("reproduccion", FOOTER, 0.3, (_OLD, "Se autoriza la reproducción de nuestros "
                                                   "trabajos siempre que se cite la fuente.")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Yumurí Semanal, Matanzas, Cuba")),
            _f("redaccion", FOOTER, 0.15, (_OLD, "Redacción: calle de Medio No. 000, Matanzas "
                                                 "· Teléfono 45 000000")),
            _f("electrica", HEADER, 0.04, (_OLD, "⚠️ Afectación programada del servicio "
                                                 "eléctrico en el reparto Versalles de 8:00 "
                                                 "a.m. a 2:00 p.m.")),
        ),
    )


# --- a Haitian Creole community radio (Gonaives, Haiti) ---------------------------------------

LK_FREQ = dt.date(2017, 11, 18)  # a second transmitter from Vertieres Day
LK_WHATSAPP = dt.date(2018, 6, 4)
LK_MONCASH = dt.date(2019, 3, 4)
LK_PROGRAMMES = ("Jounal maten ak koze politik", "Fanm kanpe: emisyon fanm Latibonit",
                 "Jaden ak peyizan yo", "Lasante pou tout moun", "Konpa ak rasin jouk minwi",
                 "Espò: chanpyona lokal la", "Mès ak mizik relijye")


def _lk_today(day: dt.date) -> str:
    return f"📻 Jodi a ({CREOLE_WEEKDAYS[day.weekday()]}): {LK_PROGRAMMES[day.weekday()]}"


def _lk_dated(day: dt.date) -> str:
    return (f"Gonayiv, {CREOLE_WEEKDAYS[day.weekday()]} {day.day} "
            f"{CREOLE_MONTHS[day.month - 1]} {day.year}")


def _lk_notice() -> Wordings:
    base = _steps((_OLD, "Voye anons ou yo pa SMS: 3700 0000"),
                  (LK_WHATSAPP.isoformat(), "📲 Voye nouvèl zòn ou pa WhatsApp: 3700 0002"))
    news: list[Event] = [
        _vote("2015-10-25", "🗳️ Eleksyon 25 oktòb: biwo vòt yo louvri a 6è", before=5),
        _span("2016-10-03", "2016-10-16", "🌀 Siklòn Matthew: koute bilten Pwoteksyon sivil "
                                          "yo"),
        _vote("2016-11-20", "🗳️ Eleksyon 20 novanm: rezilta depatman Latibonit", before=5,
              after=3),
        _span("2019-09-16", "2019-11-30", "🚧 Peyi lòk: wout Gonayiv-Pòtoprens bloke, pa "
                                          "pran risk"),
        _span("2020-03-20", "2020-07-31", "😷 Kowonaviris: lave men, mete mask, evite "
                                          "foul moun"),
    ]
    feasts = _yearly("01-01", 1, 1, lambda y: f"🇭🇹 Gonayiv, vil Endepandans: {y - 1804} an")
    feasts += _yearly("11-18", 0, 0, lambda y: f"⚔️ Batay Vètyè: {y - 1803} an")
    feasts += _movable(easter, 2, 1, lambda y: f"🥁 Souvenans {y}: pelerinaj nan Lakou "
                                               f"Souvenans")
    return _calendar(base, news, feasts)


def gonaives_style() -> PublisherStyle:
    """A Haitian Creole community radio (Gonaives): the station and its frequency turned
    with a second transmitter on Vertieres Day 2017, today's programme by weekday (a
    wording per day), the city, the Creole weekday and the date (a wording per day),
    "Repòtaj:" turned "Jounalis:", "Koute tou:" once, the rainy, hurricane and dry seasons,
    an SMS line turned a messenger appeal and turned by two votes, Matthew, the peyi lok
    and the 2020 lockdown, Independence and Vertieres with their counts and Souvenans at
    Easter, a support appeal turned with mobile money and a rights line (a block), a rare
    off-air notice."""
    return PublisherStyle(
        domain="lakansyelfm.ht", site="Radyo Lakansyèl", base_size=70,
        subdomains=(("www.", 100),),
        sections=("nouvel", "latibonit", "agrikilti", "sante", "espo"),
        n_authors=3, url_path="/{section}/{slug}/",
        families=(
            _f("frekans", HEADER, 0.3, (_OLD, "Radyo Lakansyèl 96.5 FM · Gonayiv"),
               (LK_FREQ.isoformat(), "Radyo Lakansyèl 96.5 FM Gonayiv · 104.1 FM Sen Mak")),
            _f("jodi-a", HEADER, 0.2, *_by_day(_lk_today)),
            _f("dat", HEADER, 0.6, *_by_day(_lk_dated)),
            _f("repote", HEADER, 0.4, (_OLD, "Repòtaj: {author}"),
               (LK_WHATSAPP.isoformat(), "Jounalis: {author}")),
            _f("koute", MIDDLE, 0.2, (_OLD, "Koute tou: {other_title}")),
            _f("sezon", FOOTER, 0.15, *_seasons(
                ("04-01", "🌧️ Sezon lapli: veye rivyè La Kinte lè lapli ap tonbe"),
                ("06-01", "🌀 Sezon siklòn: konnen ki abri ki pi pre w"),
                ("12-01", "☀️ Sezon sèk: sere dlo, pa boule raje"))),
            _f("anons", FOOTER, 0.3, *_lk_notice()),
            _f("sipo", FOOTER, 0.15, (_OLD, "Yon radyo kominotè viv ak sipò moun ki koute l."),
               (LK_MONCASH.isoformat(), "Bay radyo a yon kout men: MonCash 3700 0001")),
            _f("dwa", FOOTER, 0.35, (_OLD, "© {year} Radyo Lakansyèl, Gonayiv")),
            _f("kouran", HEADER, 0.04, (_OLD, "⚠️ Nou pap sou lè jodi a ant 10è ak midi: "
                                              "jeneratè a an reparasyon")),
        ),
    )


# --- a Dutch site (Kralendijk, Bonaire) -------------------------------------------------------

BQ_REDESIGN = dt.date(2018, 9, 6)  # relaunched on Bonaire Day
BQ_NEWSLETTER = dt.date(2019, 5, 6)


def _bq_dated(day: dt.date) -> str:
    if day < BQ_REDESIGN:
        return (f"{DUTCH_WEEKDAYS[day.weekday()]} {day.day} {DUTCH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"Kralendijk, {day.day}-{day.month}-{day.year} {{time}}"


def _bq_kingsday(y: int) -> str:
    if y == 2020:
        return "👑 Koningsdag 2020: dit jaar thuis, zonder vrijmarkt"
    return f"👑 Koningsdag {y}: programma op Wilhelminaplein"


def _bq_notice() -> Wordings:
    base = _steps((_OLD, "Volg ons op Facebook: Kralendijk Courant"),
                  (BQ_NEWSLETTER.isoformat(), "📩 Ontvang onze nieuwsbrief: elke vrijdag het "
                                              "nieuws van het eiland"))
    news: list[Event] = [
        _vote("2015-03-18", "🗳️ Eilandsraadsverkiezingen: stembureaus open van 7 tot 19 uur",
              before=5),
        _vote("2017-03-15", "🗳️ Tweede Kamerverkiezingen: ook op Bonaire stemmen", before=5),
        _vote("2019-03-20", "🗳️ Eilandsraadsverkiezingen: stembureaus open van 7 tot 19 uur",
              before=5),
        _span("2020-03-16", "2020-05-31", "😷 Coronamaatregelen: luchthaven dicht voor "
                                          "passagiers, blijf zoveel mogelijk thuis"),
    ]
    feasts = _yearly("04-27", 1, 0, _bq_kingsday)
    feasts += _yearly("04-30", 0, 0, lambda _: "🎉 Dia di Rincon: feest in het oudste dorp")
    feasts += _yearly("09-06", 0, 0, lambda _: "🇧🇶 Dia di Boneiru: fijne feestdag")
    return _calendar(base, feasts, news)  # a holiday's greeting breaks into the measures


def bonaire_style() -> PublisherStyle:
    """A Dutch site (Kralendijk, Bonaire): a section kicker, the Dutch weekday and the date
    turned the town, a dashed date and the time on Bonaire Day 2018 (a wording per day),
    "Door" turned with the town, "Lees ook:" once, a photo credit, the cruise season and the
    turtles' nesting, a social line turned a newsletter appeal and turned by three votes and
    the 2020 measures, King's Day (at home in 2020), Rincon Day and Bonaire Day, a
    subscription price rising and a copyright line (a block), a rare power cut."""
    return PublisherStyle(
        domain="kralendijkcourant.com", site="Kralendijk Courant", base_size=52,
        subdomains=(("www.", 100),),
        sections=("nieuws", "politiek", "economie", "natuur", "sport"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"rubriek": ("Nieuws", "Politiek", "Economie", "Natuur", "Sport",
                           "Caribisch Nederland")},
        families=(
            _f("rubriek", HEADER, 0.3, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.6, *_by_day(_bq_dated)),
            _f("auteur", HEADER, 0.4, (_OLD, "Door {author}"),
               (BQ_REDESIGN.isoformat(), "Door {author}, Kralendijk")),
            _f("lees-ook", MIDDLE, 0.2, (_OLD, "Lees ook: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("seizoen", FOOTER, 0.12, *_seasons(
                ("05-01", "🐢 Broedseizoen van zeeschildpadden: houd 's avonds afstand op de "
                          "stranden"),
                ("10-15", "🚢 Cruiseseizoen: drukte in Kralendijk op cruisedagen"))),
            _f("bericht", FOOTER, 0.3, *_bq_notice()),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Abonnement: $ 10 per maand"),
               ("2018-01-01", "Abonnement: $ 12 per maand, jaarabonnement $ 120")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kralendijk Courant. Niets uit deze "
                                                 "uitgave mag zonder toestemming worden "
                                                 "overgenomen.")),
            _f("stroom", HEADER, 0.04, (_OLD, "⚠️ Stroomonderbreking in Antriol en Nikiboko "
                                              "vanochtend tussen 8 en 11 uur")),
        ),
    )


# --- a Spanish community site (Nicoya, Costa Rica) --------------------------------------------

CR_BYLINE = dt.date(2019, 7, 25)  # the Annexation's day
CR_WHATSAPP = dt.date(2018, 1, 8)
CR_SINPE = dt.date(2019, 2, 4)


def _cr_dated(day: dt.date) -> str:
    return (f"Nicoya, Guanacaste · {day.day} de {SPANISH_MONTHS[day.month - 1]} de "
            f"{day.year}")


def crc_rate(day: dt.date) -> float:
    """The made-up selling rate of a dollar in colones on `day`'s working day (about 540 in
    2015 to 615 late in 2020)."""
    work = working_day(day)
    return round(540 + 75 * progress(work) ** 1.5 + made_up(work, "crc", -250, 250) / 100, 2)


def _cr_rate(day: dt.date) -> str:
    return f"Tipo de cambio (venta): ₡{comma(crc_rate(day))}"


def _cr_yeguita(y: int) -> str:
    if y == 2020:
        return "🐴 La Yeguita 2020: sin procesión, misa transmitida en línea"
    return f"🐴 Fiesta de La Yeguita {y}: procesión, toros y bailes en Nicoya"


def _cr_notice() -> Wordings:
    base = _steps((_OLD, "Escuche también nuestro espacio los sábados en la radio comunal"),
                  (CR_WHATSAPP.isoformat(), "📲 Envíenos sus noticias por WhatsApp: "
                                            "8000-0000"))
    news: list[Event] = [
        _vote("2016-02-07", "🗳️ Elecciones municipales: juntas receptoras en Nicoya",
              before=5),
        _span("2016-11-23", "2016-11-27", "🌀 Huracán Otto: alerta roja en la zona norte y "
                                          "Guanacaste"),
        _span("2017-10-04", "2017-10-12", "🌀 Tormenta Nate: rutas cerradas en la península"),
        _vote("2018-02-04", "🗳️ Elecciones nacionales: juntas receptoras en Nicoya",
              before=5),
        _vote("2018-04-01", "🗳️ Segunda ronda: juntas receptoras en Nicoya", before=5),
        _vote("2020-02-02", "🗳️ Elecciones municipales: juntas receptoras en Nicoya",
              before=5),
        _span("2020-03-16", "2020-08-31", "😷 Restricción vehicular sanitaria: revise qué "
                                          "placas circulan hoy"),
    ]
    feasts = _yearly("07-25", 1, 0, lambda y: f"🐂 {y - 1824} años de la Anexión del Partido "
                                              f"de Nicoya")
    feasts += _yearly("09-15", 1, 0, lambda y: f"🏮 Desfile de faroles: {y - 1821} años de "
                                               f"independencia")
    feasts += _yearly("12-12", 1, 0, _cr_yeguita)
    return _calendar(base, news, feasts)


def nicoya_style() -> PublisherStyle:
    """A Spanish community site (Nicoya): the city, the province and the date (a wording per
    day), "Por" turned the community correspondent on the Annexation's day 2019,
    "Relacionado:" once, the colon's rate on working days, the rainy season, the short dry
    spell and the dry season, a radio line turned a messenger appeal and turned by four
    votes, two storms and the 2020 traffic rule, the Annexation and Independence with their
    counts and the Yeguita (without its procession in 2020), a support appeal turned with
    mobile payments and a rights line (a block), a rare water cut."""
    return PublisherStyle(
        domain="vozdenicoya.cr", site="La Voz de Nicoya", base_size=36,
        subdomains=(("", 100),),
        sections=("noticias", "comunidad", "ambiente", "deportes"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("fecha", HEADER, 0.5, *_by_day(_cr_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (CR_BYLINE.isoformat(), "{author} · Corresponsal comunitario")),
            _f("relacionado", MIDDLE, 0.2, (_OLD, "Relacionado: {other_title}")),
            _f("colon", FOOTER, 0.2, *_by_day(_cr_rate)),
            _f("temporada", FOOTER, 0.2, *_seasons(
                ("05-15", "🌧️ Época lluviosa: precaución en los pasos de los ríos Tempisque y "
                          "Nosara"),
                ("07-10", "🌤️ Veranillo: menos lluvia estas semanas, guarde agua"),
                ("08-10", "🌧️ Época lluviosa: precaución en los pasos de los ríos Tempisque y "
                          "Nosara"),
                ("12-01", "☀️ Época seca: alerta por incendios forestales, no queme "
                          "charrales"))),
            _f("aviso", FOOTER, 0.3, *_cr_notice()),
            _f("apoyo", FOOTER, 0.15, (_OLD, "Este medio comunitario se sostiene con sus "
                                             "lectores."),
               (CR_SINPE.isoformat(), "Apoye La Voz de Nicoya por SINPE Móvil: 8000-0001")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} La Voz de Nicoya")),
            _f("agua", HEADER, 0.04, (_OLD, "⚠️ Suspensión del servicio de agua hoy en barrio "
                                            "San Martín por reparación de tubería")),
        ),
    )


# --- an English and Spanish site (Bocas del Toro, Panama) -------------------------------------

PA_BYLINE = dt.date(2019, 1, 21)  # bilingual bylines from World Youth Day week
PA_WHATSAPP = dt.date(2018, 6, 4)
PA_PATREON = dt.date(2020, 1, 6)


def _pa_dated(day: dt.date) -> str:
    return (f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} | {day.day} de "
            f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")


def _pa_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Facebook / Síguenos en Facebook: Bocas Breeze"),
                  (PA_WHATSAPP.isoformat(), "📲 News tips / Noticias por WhatsApp: "
                                            "+507 6000-0000"))
    news: list[Event] = [
        _span("2016-06-24", "2016-06-27", "🚢 The expanded Canal opens / Inauguración del "
                                          "Canal ampliado"),
        _span("2019-01-21", "2019-01-28", "⛪ World Youth Day / JMJ Panamá 2019: pilgrims on "
                                          "the islands"),
        _vote("2019-05-05", "🗳️ Election Day / Elecciones generales: dry law from Saturday",
              before=5, after=1),
        _span("2020-03-25", "2020-10-12", "😷 Curfew / Toque de queda: check the hours before "
                                          "you take a water taxi"),
    ]
    feasts = _yearly("11-03", 1, 1, lambda y: f"🇵🇦 Fiestas patrias: {y - 1903} years of "
                                              f"independence / años de separación")
    feasts += _yearly("11-16", 0, 0, lambda y: f"🎉 Bocas del Toro Day / Día de Bocas: "
                                               f"{y - 1903} años de provincia")
    feasts += _movable(carnival_tuesday, 3, 0, lambda y: f"🎭 Carnaval {y}: water trucks and "
                                                         f"parades on Isla Colón")
    return _calendar(base, news, feasts)


def bocas_style() -> PublisherStyle:
    """An English and Spanish site (Bocas del Toro): the date in English and in Spanish (a
    wording per day), "By" turned "By / Por" on World Youth Day week 2019, "More news / Más
    noticias:" once, the calm sea, the rains and the turtles, a social line turned a
    messenger appeal and turned by the Canal's expansion, World Youth Day, a vote and the
    2020 curfew, the national days and the province's day with their counts and the
    carnival, a support appeal turned with a Patreon and a rights line (a block), a rare
    power cut."""
    return PublisherStyle(
        domain="bocasbreeze.com", site="Bocas Breeze", base_size=24,
        subdomains=(("", 100),),
        sections=("news", "island-life", "environment", "business"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("date", HEADER, 0.5, *_by_day(_pa_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (PA_BYLINE.isoformat(), "By / Por {author}")),
            _f("more", MIDDLE, 0.2, (_OLD, "More news / Más noticias: {other_title}")),
            _f("season", FOOTER, 0.2, *_seasons(
                ("02-01", "🐢 Turtle nesting on Bluff Beach / Anidación de tortugas: lights "
                          "off at night"),
                ("09-01", "🌊 Calm sea season / Mar en calma: the best months for "
                          "snorkelling"),
                ("11-15", "🌧️ Rainy season / Temporada de lluvias: check the water taxi "
                          "times"))),
            _f("notice", FOOTER, 0.3, *_pa_notice()),
            _f("support", FOOTER, 0.15, (_OLD, "Bocas Breeze is free to read. Tell a friend "
                                               "about us."),
               (PA_PATREON.isoformat(), "Support island news on Patreon from $3 a month")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Bocas Breeze, Bocas del Toro, "
                                                 "Panamá")),
            _f("power", HEADER, 0.04, (_OLD, "⚠️ Power cut on Isla Colón this morning / Corte "
                                             "de luz esta mañana")),
        ),
    )


def heldout100_styles() -> list[PublisherStyle]:
    """The held-back-100 styles, in the order the generator hands them to publishers."""
    return [
        kingston_style(), santodomingo_style(), guatemala_style(), portauprince_style(),
        willemstad_style(), sanfernando_style(), laceiba_style(), matanzas_style(),
        gonaives_style(), bonaire_style(), nicoya_style(), bocas_style(),
    ]
