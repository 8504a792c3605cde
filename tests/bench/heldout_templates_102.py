"""The ``held-back-102`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-100 set
(`tests.bench.heldout_templates_100`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of Iberia, Italy and the Mediterranean islands,
large and small: a Spanish daily in Seville, an Italian daily in Naples, a Portuguese daily in
Porto, a Catalan daily in Girona, a Maltese daily in Valletta, a Basque cooperative site in
Donostia, a Galician site in Vilagarcia de Arousa, a diocesan weekly in Catania, a French and
Corsican site in Bastia, an Italian and Sardinian site in Nuoro, a Catalan site in Andorra la
Vella and a Spanish and Arabic migrants' association in Almeria. The families are the kinds a
crawl of such sites holds: dates localised day by day in Spanish, Italian, Portuguese,
Catalan, Maltese, Basque, Galician, French, Corsican, Sardinian and Arabic (several changing
form on the day of a redesign, a weekly by its issue with its volume), lines that turn every
day, every week or every month (the Euribor's monthly average, the Lotto's draws on Tuesdays,
Thursdays and Saturdays, fuel prices every Monday and every month, the Ordizia market every
Wednesday, the tides, the weather and the wind, the fire danger in its season, the snow in the
ski season, the Sunday's name in the liturgical year, the hour the fast breaks in Ramadan),
the seasons of heat, beaches, fires, storms, mushrooms, cider, village feasts and the Church's
tax appeal, bylines and datelines of many shapes, section kickers, read-also links (some up to
two times), photo credits, agency sources, a collaborator's line, fair-use, licence and
copyright lines, donation, membership, newsletter and social appeals, prices in euros (several
rising over the years), notices reworded in 2016-2020, notices that follow the region's
calendars (general, regional, local and European votes, run-offs, referendums, a vote put off
in 2020, the Catalan referendum and the 2019 protests, fires, storms Leslie and Gloria, an
earthquake and an eruption of Etna, a pope's visit, the state of alarm, emergency and
lockdowns of 2020, a footballer's death, national days with their counts, Holy Week and the
Feria by Easter, Sant Jordi, the Diada, San Gennaro's three days, Sao Joao, the Letras Galegas
with their honorees, the Korrika, the Tamborrada, Sant'Agata, Sa Die, the Redentore, the
Festa di a Nazione, Meritxell, the Eids and Ramadan as Spain's Muslims kept them, carnivals,
events called off in 2020), multi-line blocks, mid-body inserts, bare lines and families in
only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    last_weekday,
    nth_weekday,
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

SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
ITALIAN_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre")
ITALIAN_WEEKDAYS = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato",
                    "domenica")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
CATALAN_MONTHS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost",
                  "setembre", "octubre", "novembre", "desembre")
CATALAN_WEEKDAYS = ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte",
                    "diumenge")
MALTESE_MONTHS = ("Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu",
                  "Settembru", "Ottubru", "Novembru", "Diċembru")
MALTESE_WEEKDAYS = ("It-Tnejn", "It-Tlieta", "L-Erbgħa", "Il-Ħamis", "Il-Ġimgħa", "Is-Sibt",
                    "Il-Ħadd")
BASQUE_MONTHS = ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren",
                 "ekainaren", "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren",
                 "abenduaren")  # the genitive, as a date prints them
BASQUE_WEEKDAYS = ("astelehena", "asteartea", "asteazkena", "osteguna", "ostirala",
                   "larunbata", "igandea")
GALICIAN_MONTHS = ("xaneiro", "febreiro", "marzo", "abril", "maio", "xuño", "xullo", "agosto",
                   "setembro", "outubro", "novembro", "decembro")
GALICIAN_WEEKDAYS = ("luns", "martes", "mércores", "xoves", "venres", "sábado", "domingo")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
CORSICAN_MONTHS = ("ghjennaghju", "ferraghju", "marzu", "aprile", "maghju", "ghjugnu",
                   "lugliu", "aostu", "settembre", "ottobre", "nuvembre", "dicembre")
CORSICAN_WEEKDAYS = ("luni", "marti", "mercuri", "ghjovi", "venneri", "sabbatu", "dumenica")
SARDINIAN_MONTHS = ("ghennàrgiu", "freàrgiu", "martzu", "abrile", "maju", "làmpadas",
                    "trìulas", "austu", "cabudanni", "santugaine", "santandria", "nadale")
SARDINIAN_WEEKDAYS = ("lunis", "martis", "mércuris", "giòbia", "chenàbura", "sàbadu",
                      "domìniga")
ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
                 "أكتوبر", "نونبر", "دجنبر")  # as Moroccan papers name them

# Ramadan's first day and the Eids as the Islamic Commission of Spain announced them.
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day:%Y-%m-%d}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def comma(number: float, places: int = 2) -> str:
    """`number` with a decimal comma (1,299), as the region's pages print it."""
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


def yearly_wave(day: dt.date, peak_doy: int) -> float:
    """-1 to 1 over the year, 1 on day-of-year `peak_doy` (for temperatures and sunsets)."""
    doy = day.timetuple().tm_yday
    return math.cos(2 * math.pi * (doy - peak_doy) / 365.25)


def hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def catalan_de(month: int) -> str:
    """"de març", "d'abril": the month as a Catalan date prints it."""
    name = CATALAN_MONTHS[month - 1]
    return f"d'{name}" if name[0] in "ao" else f"de {name}"


# --- a Spanish daily (Seville) ----------------------------------------------------------------

SE_REDESIGN = dt.date(2018, 2, 28)  # relaunched on Andalusia Day
SE_NEWSLETTER = dt.date(2019, 3, 4)
SE_COPYRIGHT = dt.date(2018, 2, 28)


def _se_dated(day: dt.date) -> str:
    month = SPANISH_MONTHS[day.month - 1]
    if day < SE_REDESIGN:
        return f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()}, {day.day} de {month} de {day.year}"
    return f"{day.day:02d} {month[:3]} {day.year} - {{time}} h"


def euribor(day: dt.date) -> float:
    """The made-up twelve-month Euribor, the average of the month before `day`'s (in per
    cent: about 0.30 early in 2015, below zero from 2016, about -0.50 late in 2020)."""
    first = day.replace(day=1)
    base = interpolate(first, (("2015-01-01", 0.33), ("2015-07-01", 0.17), ("2016-02-01", 0.04),
                               ("2016-04-01", -0.01), ("2017-01-01", -0.08),
                               ("2018-01-01", -0.19), ("2019-01-01", -0.13),
                               ("2019-09-01", -0.36), ("2020-05-01", -0.11),
                               ("2021-01-10", -0.50)))
    return round(base + made_up(first, "euribor", -6, 6) / 1000, 3)


def _se_euribor(day: dt.date) -> str:
    before = SPANISH_MONTHS[(day.month - 2) % 12]
    return f"📈 Euríbor a 12 meses, media de {before}: {comma(euribor(day), 3)} %"


def feria(y: int) -> tuple[dt.date, dt.date] | None:
    """Seville's April Fair: from the Monday two weeks after Easter to the Sunday until
    2016, from the Saturday before to the next Saturday since 2017 (not held in 2020)."""
    if y == 2020:
        return None
    e = easter(y)
    if y < 2017:
        return e + dt.timedelta(days=15), e + dt.timedelta(days=21)
    return e + dt.timedelta(days=13), e + dt.timedelta(days=20)


def _se_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Twitter: @correoguadalq"),
                  (SE_NEWSLETTER.isoformat(), "📩 Apúntate a nuestra newsletter: lo más leído "
                                              "de Sevilla cada mañana"))
    news: list[Event] = [
        _vote("2015-03-22", "🗳️ Elecciones andaluzas: resultados por municipio en directo",
              before=6, after=2),
        _vote("2015-05-24", "🗳️ Elecciones municipales: así votó tu barrio", before=6),
        _vote("2015-12-20", "🗳️ Elecciones generales 20D: escrutinio en directo", before=6),
        _vote("2016-06-26", "🗳️ Elecciones generales 26J: escrutinio en directo", before=6),
        _vote("2018-12-02", "🗳️ Elecciones andaluzas: resultados por municipio en directo",
              before=6, after=2),
        _vote("2019-04-28", "🗳️ Elecciones generales 28A: escrutinio en directo", before=6),
        _vote("2019-05-26", "🗳️ Municipales y europeas: así votó tu barrio", before=6),
        _vote("2019-11-10", "🗳️ Elecciones generales 10N: escrutinio en directo", before=6),
        _span("2020-03-14", "2020-06-20", "😷 Estado de alarma: qué se puede hacer y qué no "
                                          "en Sevilla"),
    ]
    feasts = _yearly("02-28", 1, 0, lambda y: f"💚 Día de Andalucía: {y - 1980} años del "
                                              f"referéndum del 28F")
    feasts += _movable(easter, 7, 0, lambda y: f"✝️ Semana Santa {y}: horarios e itinerarios "
                                               f"de las hermandades")
    feasts += [(first, last + dt.timedelta(days=1), f"💃 Feria de Abril {first.year}: "
                                                     f"cortes de tráfico y lanzaderas al Real")
               for first, last in filter(None, (feria(y) for y in YEARS))]
    feasts += _movable(lambda y: easter(y) + dt.timedelta(days=60), 0, 0,
                       lambda _: "⛪ Corpus Christi: la custodia recorre el centro")
    return _calendar(base, news, feasts)


def seville_style() -> PublisherStyle:
    """A Spanish daily (Seville): a section kicker, the weekday and the date turned a short
    date with the time on Andalusia Day 2018 (a wording per day), a byline with the city
    turned "Por", an agency source, "Noticia relacionada:" (up to twice), a photo credit in
    brackets, a line before an advert, the Euribor's monthly average, the oranges, the heat
    and the autumn, a social line turned a newsletter appeal and turned by eight votes and
    the state of alarm, Andalusia Day with its count, Holy Week, the Feria by Easter (in a
    new form from 2017, not held in 2020) and Corpus, a subscription price falling to a
    first-month offer, a copyright line reworded and a press-clipping line (a block), a rare
    road closure."""
    return PublisherStyle(
        domain="correoguadalquivir.es", site="El Correo del Guadalquivir", base_size=245,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("sevilla", "andalucia", "espana", "economia", "deportes", "cultura"),
        n_authors=9, url_path="/{section}/{slug}_{n}.html",
        pools={
            "seccion": ("SEVILLA", "ANDALUCÍA", "ESPAÑA", "ECONOMÍA", "DEPORTES", "CULTURA",
                        "COFRADÍAS"),
            "agencia": ("Europa Press", "EFE", "Servimedia", "Agencias"),
            "foto": ("Archivo", "Europa Press", "Ayuntamiento de Sevilla", "Junta de Andalucía",
                     "Cedida"),
        },
        families=(
            _f("seccion", HEADER, 0.4, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_se_dated)),
            _f("firma", HEADER, 0.55, (_OLD, "{author} | Sevilla"),
               (SE_REDESIGN.isoformat(), "Por {author} - Sevilla")),
            _f("fuente", HEADER, 0.15, (_OLD, "Fuente: {agencia}")),
            _f("relacionada", MIDDLE, 0.35, (_OLD, "Noticia relacionada: {other_title}"),
               count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "(Foto: {foto})")),
            _f("anuncio", MIDDLE, 0.08, (_OLD, "Continúa tras el anuncio")),
            _f("euribor", FOOTER, 0.2, *_by_day(_se_euribor)),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("01-08", "🍊 Recogida de naranjas amargas: cortes puntuales en calles del "
                          "centro"),
                ("06-15", "☀️ Aviso por calor: evita el sol entre las 12 y las 18 h y bebe "
                          "agua a menudo"),
                ("09-20", "🍂 Vuelve el curso: horarios de autobuses de Tussam y del metro"))),
            _f("aviso", FOOTER, 0.3, *_se_notice()),
            _f("suscripcion", FOOTER, 0.15, (_OLD, "Suscripción digital: 6,99 € al mes"),
               ("2017-10-02", "Suscripción digital: 9,99 € al mes"),
               ("2020-05-04", "Suscripción digital: 1 € el primer mes, después 9,99 €")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} El Correo del Guadalquivir S.L."),
               (SE_COPYRIGHT.isoformat(), "© El Correo del Guadalquivir {year}. Reservados "
                                          "todos los derechos.")),
            _f("reproduccion", FOOTER, 0.2, (_OLD, "Queda prohibida la reproducción de este "
                                                   "contenido en servicios de recortes de "
                                                   "prensa sin autorización expresa (art. 32.1 "
                                                   "LPI).")),
            _f("trafico", HEADER, 0.04, (_OLD, "⚠️ Corte de tráfico en el puente de Triana por "
                                               "obras hasta el viernes")),
        ),
    )


# --- an Italian daily (Naples) ----------------------------------------------------------------

NA_REDESIGN = dt.date(2018, 9, 19)  # relaunched on San Gennaro's day
NA_TELEGRAM = dt.date(2019, 4, 1)
NA_COPYRIGHT = dt.date(2019, 1, 7)
DRAW_DAYS = (1, 3, 5)  # the Lotto draws on Tuesdays, Thursdays and Saturdays


def _na_dated(day: dt.date) -> str:
    month = ITALIAN_MONTHS[day.month - 1]
    if day < NA_REDESIGN:
        return f"{ITALIAN_WEEKDAYS[day.weekday()].capitalize()} {day.day} {month} {day.year}"
    return f"Aggiornato il {day.day} {month} {day.year} alle {{time}}"


def lotto_draw(day: dt.date) -> tuple[dt.date, list[int]]:
    """The latest draw on or before `day` and the five made-up numbers of Naples' wheel."""
    draw = next(day - dt.timedelta(days=k) for k in range(7)
                if (day - dt.timedelta(days=k)).weekday() in DRAW_DAYS)
    return draw, random.Random(f"lotto/napoli/{draw.isoformat()}").sample(range(1, 91), 5)


def _na_lotto(day: dt.date) -> str:
    draw, numbers = lotto_draw(day)
    return (f"🎱 Lotto, estrazione di {ITALIAN_WEEKDAYS[draw.weekday()]} {draw.day} "
            f"{ITALIAN_MONTHS[draw.month - 1]}: ruota di Napoli "
            + " - ".join(str(n) for n in numbers))


def _na_notice() -> Wordings:
    base = _steps((_OLD, "Seguici su Facebook e Instagram: Gazzetta Partenopea"),
                  (NA_TELEGRAM.isoformat(), "📲 Le notizie di Napoli su Telegram: "
                                            "t.me/gazzettapartenopea"))
    news: list[Event] = [
        _vote("2015-05-31", "🗳️ Regionali in Campania: lo spoglio in diretta", before=6,
              after=2),
        _vote("2016-06-05", "🗳️ Comunali a Napoli: i risultati sezione per sezione", before=6,
              after=1),
        _vote("2016-06-19", "🗳️ Ballottaggio a Napoli: i risultati sezione per sezione",
              before=6, after=1),
        _vote("2016-12-04", "🗳️ Referendum costituzionale: come e dove si vota", before=6,
              after=1),
        _vote("2018-03-04", "🗳️ Elezioni politiche: i collegi di Napoli e provincia",
              before=6, after=2),
        _vote("2019-05-26", "🗳️ Europee: lo spoglio in Campania", before=6, after=1),
        _span("2020-03-10", "2020-05-03", "😷 Io resto a casa: cosa si può fare e i moduli "
                                          "per gli spostamenti"),
        _vote("2020-09-20", "🗳️ Regionali e referendum: si vota domenica e lunedì", before=6,
              after=2),
        _span("2020-11-25", "2020-11-30", "💙 Ciao Diego: Napoli piange Maradona, gli omaggi "
                                          "allo stadio"),
    ]
    feasts = _yearly("09-19", 1, 0, lambda _: "🩸 San Gennaro: il Duomo attende il miracolo")
    feasts += _movable(lambda y: nth_weekday(y, 5, 5, 1), 0, 0,
                       lambda _: "🩸 Sabato di maggio: la processione di San Gennaro verso "
                                 "Santa Chiara")
    feasts += _yearly("12-16", 0, 0, lambda _: "🩸 16 dicembre: il terzo miracolo dell'anno "
                                               "di San Gennaro")
    feasts += _yearly("04-25", 0, 0, lambda y: f"🇮🇹 {y - 1945}° anniversario della "
                                               f"Liberazione")
    feasts += _yearly("06-02", 0, 0, lambda y: f"🇮🇹 Festa della Repubblica: {y - 1946} anni")
    feasts += _yearly("09-27", 0, 3, lambda y: f"🏛️ Quattro Giornate di Napoli: {y - 1943} "
                                               f"anni dopo")
    return _calendar(base, news, feasts)


def naples_style() -> PublisherStyle:
    """An Italian daily (Naples): a section kicker, the weekday and the date turned "Aggiornato
    il" with the time on San Gennaro's day 2018 (a wording per day), "di" turned "Articolo
    di", a town's dateline in capitals, "Leggi anche" with an arrow (up to twice), a photo
    credit, a collaborator's line, the Lotto's draws on Tuesdays, Thursdays and Saturdays,
    Vesuvius's fires and the cribs of San Gregorio Armeno, a social line turned a messenger
    appeal and turned by seven votes, the 2020 lockdown and Maradona's death, San Gennaro's
    three days, the Liberation, the Republic and the Four Days with their counts, a
    subscription price rising to an offer, a copyright line with the VAT number reworded
    with the court registration and "reproduction reserved" (a block), a rare metro closure."""
    return PublisherStyle(
        domain="gazzettapartenopea.it", site="Gazzetta Partenopea", base_size=220,
        subdomains=(("www.", 85), ("", 15)),
        sections=("napoli", "campania", "cronaca", "politica", "sport", "cultura"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "sezione": ("NAPOLI", "CAMPANIA", "CRONACA", "POLITICA", "SPORT", "CULTURA",
                        "CALCIO NAPOLI"),
            "citta": ("POZZUOLI", "CASERTA", "SALERNO", "TORRE DEL GRECO", "ISCHIA",
                      "CASTELLAMMARE DI STABIA", "AVELLINO", "BENEVENTO"),
            "foto": ("Ansa", "archivio", "da Facebook", "ufficio stampa", "Regione Campania"),
        },
        families=(
            _f("sezione", HEADER, 0.4, (_OLD, "{sezione}")),
            _f("data", HEADER, 0.8, *_by_day(_na_dated)),
            _f("autore", HEADER, 0.55, (_OLD, "di {author}"),
               (NA_REDESIGN.isoformat(), "Articolo di {author}")),
            _f("luogo", HEADER, 0.2, (_OLD, "{citta} –")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche → {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "(foto {foto})")),
            _f("collabora", FOOTER, 0.1, (_OLD, "Ha collaborato {author2}")),
            _f("lotto", FOOTER, 0.2, *_by_day(_na_lotto)),
            _f("stagione", FOOTER, 0.12, *_seasons(
                ("01-07", "🌋 Sentieri del Parco del Vesuvio: controlla gli orari d'apertura "
                          "prima di salire"),
                ("06-15", "🔥 Estate: rischio incendi sul Vesuvio, segnala i roghi al 1515"),
                ("09-16", "🌋 Sentieri del Parco del Vesuvio: controlla gli orari d'apertura "
                          "prima di salire"),
                ("11-20", "🎄 Natale a San Gregorio Armeno: navette e orari delle botteghe dei "
                          "presepi"))),
            _f("avviso", FOOTER, 0.3, *_na_notice()),
            _f("abbonamento", FOOTER, 0.15, (_OLD, "Abbonamento digitale: 4,99 € al mese"),
               ("2017-01-09", "Abbonamento digitale: 5,99 € al mese"),
               ("2020-03-16", "Abbonamento digitale: 1 € per tre mesi, poi 5,99 € al mese")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Gazzetta Partenopea – P.IVA "
                                                 "00000000000"),
               (NA_COPYRIGHT.isoformat(), "Gazzetta Partenopea © {year} · Testata registrata "
                                          "presso il Tribunale di Napoli · P.IVA "
                                          "00000000000")),
            _f("riproduzione", FOOTER, 0.25, (_OLD, "© RIPRODUZIONE RISERVATA")),
            _f("metro", HEADER, 0.04, (_OLD, "⚠️ Metro Linea 1 chiusa tra Garibaldi e Piscinola "
                                             "fino alle 12 per lavori")),
        ),
    )



# --- a Portuguese daily (Porto) ---------------------------------------------------------------

PO_REDESIGN = dt.date(2018, 4, 25)  # relaunched on Freedom Day
PO_NEWSLETTER = dt.date(2018, 10, 1)


def _po_dated(day: dt.date) -> str:
    if day < PO_REDESIGN:
        return (f"{day.day} de {PORTUGUESE_MONTHS[day.month - 1]} de {day.year}, "
                f"{PORTUGUESE_WEEKDAYS[day.weekday()]}")
    return f"Publicado a {day.day:02d}/{day.month:02d}/{day.year}, às {{time}}"


def fuel_pt(day: dt.date) -> tuple[float, float]:
    """The made-up average prices of a litre of diesel and of 95 petrol in the week of
    `day` (set every Monday)."""
    monday = week_from(day, 0)
    diesel = interpolate(monday, (("2015-01-05", 1.18), ("2015-06-01", 1.30),
                                  ("2016-02-01", 1.05), ("2016-12-05", 1.25),
                                  ("2017-12-04", 1.30), ("2018-10-01", 1.48),
                                  ("2019-06-03", 1.38), ("2020-04-27", 1.15),
                                  ("2021-01-04", 1.28)))
    diesel = round(diesel + made_up(monday, "gasoleo", -15, 15) / 1000, 3)
    return diesel, round(diesel + 0.2 + made_up(monday, "gasolina", 0, 40) / 1000, 3)


def _po_fuel(day: dt.date) -> str:
    diesel, petrol = fuel_pt(day)
    return (f"⛽ Preços médios desta semana: gasóleo {comma(diesel, 3)} €/l, gasolina 95 "
            f"{comma(petrol, 3)} €/l")


def _po_saojoao(y: int) -> str:
    if y == 2020:
        return "🎉 Este ano não há São João na rua: sem fogo de artifício na Ribeira"
    return f"🎉 São João {y}: martelinhos, sardinhas e fogo de artifício à meia-noite"


def _po_notice() -> Wordings:
    base = _steps((_OLD, "Siga-nos no Facebook: /correiodaribeira"),
                  (PO_NEWSLETTER.isoformat(), "📩 Subscreva a newsletter: o Porto em cinco "
                                              "minutos, todas as manhãs"))
    news: list[Event] = [
        _vote("2015-10-04", "🗳️ Legislativas 2015: resultados por concelho", before=6,
              after=2),
        _vote("2016-01-24", "🗳️ Presidenciais: onde votar e resultados", before=6, after=1),
        _span("2016-07-10", "2016-07-12", "🏆 Portugal é campeão da Europa!"),
        _span("2017-06-17", "2017-06-25", "🕯️ Incêndio de Pedrógão Grande: luto nacional e "
                                          "como ajudar as vítimas"),
        _vote("2017-10-01", "🗳️ Autárquicas: resultados freguesia a freguesia", before=6,
              after=2),
        _span("2017-10-15", "2017-10-22", "🔥 Incêndios no Centro e no Norte: estradas "
                                          "cortadas e contactos de emergência"),
        _span("2018-10-13", "2018-10-15", "🌀 Tempestade Leslie: avisos da Proteção Civil"),
        _vote("2019-05-26", "🗳️ Europeias: resultados por concelho", before=6, after=1),
        _vote("2019-10-06", "🗳️ Legislativas 2019: resultados por concelho", before=6,
              after=2),
        _span("2020-03-19", "2020-05-02", "😷 Estado de emergência: fique em casa"),
    ]
    feasts = _yearly("04-25", 0, 0, lambda y: f"🌹 {y - 1974} anos do 25 de Abril")
    feasts += _yearly("06-10", 0, 0, lambda _: "🇵🇹 Dia de Portugal, de Camões e das "
                                               "Comunidades")
    feasts += _yearly("06-23", 1, 1, _po_saojoao)
    return _calendar(base, news, feasts)


def porto_style() -> PublisherStyle:
    """A Portuguese daily (Porto): a section kicker, the date and the weekday turned
    "Publicado a" with a slashed date and the time on Freedom Day 2018 (a wording per day),
    "Texto:" turned the name and the job, an agency's line, "LEIA TAMBÉM |" (up to twice), a
    photo credit, the week's fuel prices every Monday, the bathing season, the fires' critical
    period and the rough sea, a social line turned a newsletter appeal and turned by five
    votes, the Euro 2016 title, the fires of 2017, storm Leslie and the state of emergency,
    Freedom Day with its count, Portugal Day and Sao Joao (not in the street in 2020), a
    subscription price rising, a rights line and the legal links (a block), a rare metro
    notice."""
    return PublisherStyle(
        domain="correiodaribeira.pt", site="Correio da Ribeira", base_size=195,
        subdomains=(("www.", 100),),
        sections=("porto", "norte", "pais", "economia", "desporto", "cultura"),
        n_authors=7, url_path="/{section}/noticia/{slug}-{n}",
        pools={
            "seccao": ("Porto", "Norte", "País", "Economia", "Desporto", "Cultura", "Mundo"),
            "foto": ("Arquivo", "Lusa", "DR", "Câmara Municipal do Porto", "Correio da Ribeira"),
        },
        families=(
            _f("seccao", HEADER, 0.35, (_OLD, "{seccao}")),
            _f("data", HEADER, 0.75, *_by_day(_po_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Texto: {author}"),
               (PO_REDESIGN.isoformat(), "{author} | Jornalista")),
            _f("lusa", FOOTER, 0.15, (_OLD, "* Com Lusa")),
            _f("leia", MIDDLE, 0.3, (_OLD, "LEIA TAMBÉM | {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotografia: {foto}")),
            _f("combustiveis", FOOTER, 0.2, *_by_day(_po_fuel)),
            _f("epoca", FOOTER, 0.12, *_seasons(
                ("06-01", "🏖️ Época balnear: consulte a qualidade da água das praias de "
                          "Matosinhos e Gaia"),
                ("07-01", "🔥 Período crítico de incêndios até 30 de setembro: são proibidas "
                          "as queimadas"),
                ("10-01", "🌊 Agitação marítima: não ultrapasse as fitas nas marginais da "
                          "Foz"))),
            _f("aviso", FOOTER, 0.3, *_po_notice()),
            _f("assinatura", FOOTER, 0.15, (_OLD, "Assinatura digital: 4,90 € por mês"),
               (PO_REDESIGN.isoformat(), "Assinatura digital: 5,90 € por mês"),
               ("2020-09-01", "Assinatura digital: 5,90 € por mês ou 59 € por ano")),
            _f("direitos", FOOTER, 0.45, (_OLD, "© {year} Correio da Ribeira. Todos os direitos "
                                                "reservados.")),
            _f("estatuto", FOOTER, 0.2, (_OLD, "Estatuto editorial · Ficha técnica · "
                                               "Contactos · Política de privacidade")),
            _f("metro", HEADER, 0.04, (_OLD, "⚠️ Metro do Porto: perturbações na linha D entre "
                                             "Trindade e Santo Ovídio")),
        ),
    )


# --- a Catalan daily (Girona) -----------------------------------------------------------------

GI_REDESIGN = dt.date(2018, 4, 23)  # relaunched on Sant Jordi
GI_WHATSAPP = dt.date(2019, 5, 6)


def _gi_dated(day: dt.date) -> str:
    if day < GI_REDESIGN:
        return (f"{CATALAN_WEEKDAYS[day.weekday()]}, {day.day} {catalan_de(day.month)} de "
                f"{day.year}")
    return f"Girona · {day.day:02d}.{day.month:02d}.{day.year} · {{time}}"


def girona_temperatures(day: dt.date) -> tuple[int, int]:
    """Made-up highest and lowest temperatures in Girona on `day` (about 13 and 1 in
    January, 31 and 17 in July)."""
    high = round(22 + 9 * yearly_wave(day, 200)) + made_up(day, "gi-max", -3, 3)
    return high, high - made_up(day, "gi-amplitud", 10, 14)


def _gi_weather(day: dt.date) -> str:
    high, low = girona_temperatures(day)
    return f"🌡️ El temps a Girona avui: màxima {high} °C, mínima {low} °C"


def _gi_santjordi(y: int) -> str:
    if y == 2020:
        return "🌹 Sant Jordi 2020: enguany a casa, les llibreries venen en línia"
    return f"🌹 Sant Jordi {y}: parades de llibres i roses a la Rambla"


def _gi_flors(y: int) -> str:
    if y == 2020:
        return "🌸 Temps de Flors 2020: suspès, els patis es podran veure en vídeo"
    return f"🌸 Temps de Flors {y}: horaris dels patis i els espais"


def _gi_fires(y: int) -> str:
    if y == 2020:
        return "🎡 Enguany no hi ha Fires de Sant Narcís: ni atraccions ni parades a la Devesa"
    return f"🎡 Fires de Sant Narcís {y}: atraccions a la Devesa"


def _gi_notice() -> Wordings:
    base = _steps((_OLD, "Segueix-nos a Twitter: @diaridelter"),
                  (GI_WHATSAPP.isoformat(), "📲 Rep les notícies de Girona per WhatsApp: "
                                            "envia ALTA al 600 000 000"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ Municipals: resultats a les comarques gironines", before=6),
        _vote("2015-09-27", "🗳️ Eleccions al Parlament: resultats per municipis", before=6,
              after=2),
        _vote("2015-12-20", "🗳️ Eleccions espanyoles: resultats per municipis", before=6),
        _vote("2016-06-26", "🗳️ Eleccions espanyoles: resultats per municipis", before=6),
        _span("2017-09-25", "2017-10-02", "🗳️ Referèndum de l'1 d'octubre: el minut a minut "
                                          "des dels col·legis"),
        _vote("2017-12-21", "🗳️ Eleccions al Parlament: resultats per municipis", before=6,
              after=2),
        _vote("2019-04-28", "🗳️ Eleccions espanyoles: resultats per municipis", before=6),
        _vote("2019-05-26", "🗳️ Municipals i europees: resultats a les comarques gironines",
              before=6),
        _span("2019-10-14", "2019-10-20", "🚧 Talls a l'AP-7 i a la frontera: consulteu "
                                          "l'estat del trànsit abans de sortir"),
        _vote("2019-11-10", "🗳️ Eleccions espanyoles: resultats per municipis", before=6),
        _span("2020-01-20", "2020-01-24", "🌊 Temporal Gloria: carreteres tallades i "
                                          "desallotjaments a la costa"),
        _span("2020-03-14", "2020-06-20", "😷 Estat d'alarma: què es pot fer i què no"),
    ]
    feasts = _yearly("04-23", 0, 0, _gi_santjordi)
    feasts += _movable(lambda y: nth_weekday(y, 5, 5, 2), 0, 8, _gi_flors)
    feasts += _yearly("06-23", 0, 0, lambda _: "🎆 Revetlla de Sant Joan: petards, només a "
                                               "les zones autoritzades")
    feasts += _yearly("09-11", 0, 0, lambda y: f"🎗️ Diada Nacional de Catalunya {y}")
    feasts += _yearly("10-29", 4, 3, _gi_fires)
    return _calendar(base, feasts, news)  # a feast's greeting breaks into the news


def girona_style() -> PublisherStyle:
    """A Catalan daily (Girona): a section kicker, the weekday and the date (with "de" or
    "d'") turned the city, a dotted date and the time on Sant Jordi 2018 (a wording per day),
    a byline with the city turned "Redacció |", "Llegeix també:" (up to twice), a photo
    credit, the day's highest and lowest temperatures, the beaches, the mushrooms and the
    Christmas fair, a social line turned a messenger appeal and turned by eight votes, the
    2017 referendum, the 2019 road blocks, storm Gloria and the state of alarm, Sant Jordi,
    Temps de Flors (both at home in 2020), Sant Joan, the Diada and the Sant Narcis fairs (not
    held in 2020), a subscription price rising, a rights line and a reproduction line (a
    block), a rare road works notice."""
    return PublisherStyle(
        domain="diaridelter.cat", site="Diari del Ter", base_size=170,
        subdomains=(("www.", 100),),
        sections=("girona", "comarques", "politica", "economia", "esports", "cultura"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}-{n}.html",
        pools={"seccio": ("Girona", "Comarques", "Política", "Economia", "Esports", "Cultura",
                          "Costa Brava")},
        families=(
            _f("seccio", HEADER, 0.35, (_OLD, "{seccio}")),
            _f("data", HEADER, 0.75, *_by_day(_gi_dated)),
            _f("signatura", HEADER, 0.5, (_OLD, "{author} · Girona"),
               (GI_REDESIGN.isoformat(), "Redacció | {author}")),
            _f("llegeix", MIDDLE, 0.3, (_OLD, "Llegeix també: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotografia: {author2}")),
            _f("temps", FOOTER, 0.2, *_by_day(_gi_weather)),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("06-15", "☀️ Platges de la Costa Brava: mireu el color de la bandera abans "
                          "de banyar-vos"),
                ("09-15", "🍄 Temporada de bolets: no sortiu dels camins i respecteu les "
                          "finques"),
                ("12-01", "🎄 Fira de Nadal: horaris de les parades i activitats"))),
            _f("avis", FOOTER, 0.3, *_gi_notice()),
            _f("subscripcio", FOOTER, 0.15, (_OLD, "Fes-te subscriptor: 6 € al mes"),
               ("2019-01-07", "Fes-te subscriptor: 8 € al mes o 80 € a l'any")),
            _f("drets", FOOTER, 0.45, (_OLD, "© {year} Diari del Ter. Tots els drets "
                                             "reservats.")),
            _f("reproduccio", FOOTER, 0.2, (_OLD, "No es permet reproduir aquest contingut "
                                                  "sense l'autorització expressa de l'editor.")),
            _f("obres", HEADER, 0.04, (_OLD, "⚠️ Obres a la Gran Via de Jaume I: un sol carril "
                                             "fins dijous")),
        ),
    )


# --- a Maltese daily (Valletta, Malta) --------------------------------------------------------

MT_REDESIGN = dt.date(2018, 9, 21)  # relaunched on Independence Day
MT_EMAIL = dt.date(2019, 6, 3)
MT_WINDS = ("Tramuntana", "Grigal", "Lvant", "Xlokk", "Nofsinhar", "Lbiċ", "Punent",
            "Majjistral")


def _mt_dated(day: dt.date) -> str:
    if day < MT_REDESIGN:
        return (f"{MALTESE_WEEKDAYS[day.weekday()]}, {day.day} ta' "
                f"{MALTESE_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"


def malta_wind(day: dt.date) -> tuple[str, int, str]:
    """The made-up wind of `day` (its Maltese name and force) and the state of the sea."""
    force = made_up(day, "mt-force", 1, 7)
    sea = "kalm" if force <= 2 else "ftit imqalleb" if force <= 4 else (
        "imqalleb" if force == 5 else "qawwi")
    return MT_WINDS[made_up(day, "mt-wind", 0, 7)], force, sea


def _mt_weather(day: dt.date) -> str:
    wind, force, sea = malta_wind(day)
    return f"🌬️ It-temp illum: riħ {wind} forza {force}, baħar {sea}"


def _mt_notice() -> Wordings:
    base = _steps((_OLD, "Segwina fuq Facebook: L-Aħbar tal-Port"),
                  (MT_EMAIL.isoformat(), "📩 Irċievi l-aħbarijiet tal-jum fuq l-email: "
                                         "irreġistra b'xejn"))
    news: list[Event] = [
        _vote("2015-04-11", "🗳️ Referendum dwar il-kaċċa fir-rebbiegħa: fejn tivvota",
              before=6, after=1),
        _span("2015-11-26", "2015-11-29", "🚧 CHOGM: toroq magħluqa fil-Belt u madwarha"),
        _vote("2017-06-03", "🗳️ Elezzjoni Ġenerali 2017: ir-riżultati distrett b'distrett",
              before=6, after=2),
        _span("2018-01-19", "2018-01-21", "🎭 Valletta 2018: il-ftuħ tal-Belt Kapitali "
                                          "Ewropea tal-Kultura"),
        _vote("2019-05-25", "🗳️ Elezzjoni tal-MEPs u tal-Kunsilli Lokali: ir-riżultati",
              before=6, after=2),
        _span("2020-03-13", "2020-05-04", "😷 Ibqa' d-dar: segwi l-parir tas-Superintendent "
                                          "tas-Saħħa Pubblika"),
    ]
    feasts = _yearly("03-31", 0, 0, lambda y: f"🇲🇹 Jum il-Ħelsien: {y - 1979} sena")
    feasts += _yearly("06-07", 0, 0, lambda _: "🇲🇹 Sette Giugno")
    feasts += _yearly("06-29", 0, 0, lambda _: "🌾 L-Imnarja fil-Buskett")
    feasts += _yearly("08-15", 0, 0, lambda _: "⛪ Santa Marija: il-festa f'ħames irħula")
    feasts += _yearly("09-08", 0, 0, lambda _: "🇲🇹 Jum il-Vitorja")
    feasts += _yearly("09-21", 0, 0, lambda y: f"🇲🇹 Jum l-Indipendenza: {y - 1964} sena")
    feasts += _yearly("12-13", 0, 0, lambda y: f"🇲🇹 Jum ir-Repubblika: {y - 1974} sena")
    feasts += _movable(carnival_tuesday, 4, 0, lambda y: f"🎭 Karnival ta' Malta {y}: "
                                                         f"il-programm fil-Belt")
    return _calendar(base, news, feasts)


def valletta_style() -> PublisherStyle:
    """A Maltese daily (Valletta): a section kicker, the Maltese weekday and the date turned a
    dotted date and the time on Independence Day 2018 (a wording per day), "Kitba ta'" turned
    the name and the job, "Aqra wkoll:" (up to twice), a photo credit, the day's wind by its
    Maltese name and the sea, the village feasts and Christmas, a social line turned an email
    appeal and turned by the hunting referendum, CHOGM, two elections, Valletta 2018 and the
    2020 measures, Freedom, Independence and Republic days with their counts, Sette Giugno,
    Mnarja, Santa Marija, Victory Day and the carnival, a subscription price rising, a rights
    line and a comments line (a block), a rare ferry notice."""
    return PublisherStyle(
        domain="ahbartalport.com.mt", site="L-Aħbar tal-Port", base_size=150,
        subdomains=(("www.", 100),),
        sections=("ahbarijiet", "politika", "ghawdex", "sport", "kultura", "negozju"),
        n_authors=5, url_path="/{section}/{yyyy}-{mm}-{dd}/{slug}-{n}",
        pools={
            "taqsima": ("AĦBARIJIET", "POLITIKA", "GĦAWDEX", "SPORT", "KULTURA", "NEGOZJU",
                        "DINJA"),
            "ritratt": ("DOI", "Arkivju", "Facebook", "Ritratt mogħti"),
        },
        families=(
            _f("taqsima", HEADER, 0.35, (_OLD, "{taqsima}")),
            _f("data", HEADER, 0.75, *_by_day(_mt_dated)),
            _f("kittieb", HEADER, 0.5, (_OLD, "Kitba ta' {author}"),
               (MT_REDESIGN.isoformat(), "{author} | Ġurnalist")),
            _f("aqra", MIDDLE, 0.3, (_OLD, "Aqra wkoll: {other_title}"), count=2),
            _f("ritratt", MIDDLE, 0.2, (_OLD, "Ritratt: {ritratt}")),
            _f("temp", FOOTER, 0.2, *_by_day(_mt_weather)),
            _f("stagun", FOOTER, 0.12, *_seasons(
                ("06-01", "🎆 Staġun tal-festi: ara l-programm tal-festa tar-raħal tiegħek"),
                ("11-15", "🎄 Presepji u attivitajiet tal-Milied madwar Malta u Għawdex"))),
            _f("avviz", FOOTER, 0.3, *_mt_notice()),
            _f("abbonament", FOOTER, 0.15, (_OLD, "Abbonament diġitali: €4 fix-xahar"),
               ("2019-01-02", "Abbonament diġitali: €5 fix-xahar"),
               ("2020-06-01", "Abbonament diġitali: €5 fix-xahar jew €50 fis-sena")),
            _f("drittijiet", FOOTER, 0.4, (_OLD, "© {year} L-Aħbar tal-Port. Id-drittijiet "
                                                 "kollha riżervati.")),
            _f("kummenti", FOOTER, 0.15, (_OLD, "Il-kummenti huma r-responsabbiltà ta' min "
                                                "jiktibhom, mhux tal-gazzetta.")),
            _f("vapur", HEADER, 0.04, (_OLD, "⚠️ Il-vapuri t'Għawdex: xi vjaġġi kkanċellati "
                                             "minħabba l-maltemp")),
        ),
    )


# --- a Basque cooperative site (Donostia) -----------------------------------------------------

DN_REDESIGN = dt.date(2017, 12, 3)  # relaunched on the day of the Basque language
DN_TELEGRAM = dt.date(2019, 1, 7)
KORRIKA = ((19, "2015-03-19", "2015-03-29"), (20, "2017-03-30", "2017-04-09"),
           (21, "2019-04-04", "2019-04-14"))
ZINEMALDIA = {2015: "2015-09-18", 2016: "2016-09-16", 2017: "2017-09-22", 2018: "2018-09-21",
              2019: "2019-09-20", 2020: "2020-09-18"}


def _dn_dated(day: dt.date) -> str:
    if day < DN_REDESIGN:
        return (f"{day.year}ko {BASQUE_MONTHS[day.month - 1]} {day.day}a, "
                f"{BASQUE_WEEKDAYS[day.weekday()]}")
    return f"{day.year}/{day.month:02d}/{day.day:02d} · {{time}}"


def ordizia_prices(day: dt.date) -> tuple[float, float]:
    """The made-up prices of a kilo of Idiazabal cheese and of beans at the Ordizia market
    of the Wednesday on or before `day`."""
    wednesday = week_from(day, 2)
    years = (wednesday - FIRST_DAY).days / 365.25
    cheese = 18.0 + 0.5 * years + made_up(wednesday, "gazta", -8, 8) / 10
    beans = 7.5 + 0.2 * years + made_up(wednesday, "babarrunak", -6, 6) / 10
    return round(cheese, 2), round(beans, 2)


def _dn_market(day: dt.date) -> str:
    cheese, beans = ordizia_prices(day)
    return (f"🧀 Ordiziako azoka: Idiazabal gazta {comma(cheese)} €/kg, babarrunak "
            f"{comma(beans)} €/kg")


def _dn_astenagusia(y: int) -> str:
    if y == 2020:
        return "🎆 Aurten ez dago Aste Nagusirik: su artifizialik ez Kontxan"
    return f"🎆 Aste Nagusia {y}: su artifizialak gauero Kontxan"


def _dn_notice() -> Wordings:
    base = _steps((_OLD, "Jarrai gaitzazu Twitterren: @itsasaldea"),
                  (DN_TELEGRAM.isoformat(), "📲 Jaso berriak Telegram bidez: t.me/itsasaldea"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ Udal eta foru hauteskundeak: emaitzak herriz herri",
              before=6),
        _vote("2015-12-20", "🗳️ Espainiako hauteskunde orokorrak: emaitzak", before=6),
        _vote("2016-06-26", "🗳️ Espainiako hauteskunde orokorrak: emaitzak", before=6),
        _vote("2016-09-25", "🗳️ Eusko Legebiltzarrerako hauteskundeak: emaitzak herriz "
                            "herri", before=6, after=2),
        _span("2017-04-07", "2017-04-09", "🕊️ Armagabetze eguna Baionan: jarraipena zuzenean"),
        _span("2018-05-03", "2018-05-05", "🕊️ ETAren desegitea: erreakzioak eta "
                                          "ekitaldiak"),
        _vote("2019-04-28", "🗳️ Espainiako hauteskunde orokorrak: emaitzak", before=6),
        _vote("2019-05-26", "🗳️ Udal, foru eta Europako hauteskundeak: emaitzak", before=6),
        _vote("2019-11-10", "🗳️ Espainiako hauteskunde orokorrak: emaitzak", before=6),
        _span("2020-03-14", "2020-06-20", "😷 Alarma egoera: etxean geratu, zaindu zure "
                                          "burua"),
        _vote("2020-07-12", "🗳️ Eusko Legebiltzarrerako hauteskundeak: emaitzak herriz herri",
              before=6, after=2),
    ]
    news += [_span(first, last, f"🏃 {n}. Korrika: noiz pasatzen den zure herritik")
             for n, first, last in KORRIKA]
    feasts = _yearly("01-20", 0, 0, lambda _: "🥁 Danborrada: zorionak, donostiarrok!")
    feasts += _movable(easter, 0, 0, lambda y: f"🇪🇺 Aberri Eguna {y}")
    feasts += _yearly("08-15", 2, 5, _dn_astenagusia)
    feasts += _movable(_listed(ZINEMALDIA), 0, 8, lambda y: f"🎬 Zinemaldia {y}: "
                                                            f"emanaldiak eta sarrerak")
    feasts += _yearly("12-03", 0, 0, lambda _: "💬 Euskararen Nazioarteko Eguna")
    return _calendar(base, news, feasts)


def donostia_style() -> PublisherStyle:
    """A Basque cooperative site (Donostia): a section kicker, the date in the Basque order
    (year, genitive month, day) and the weekday turned a slashed date and the time on the
    language's day 2017 (a wording per day), a byline with the city turned "Testua:", "Gai
    honi buruz:" (up to twice), a photo credit, the Ordizia market's prices every Wednesday,
    the cider houses, the beaches and the storms, a social line turned a messenger appeal and
    turned by eight votes, the three Korrikas, the disarmament, ETA's end and the state of
    alarm, the Tamborrada, Aberri Eguna by Easter, the Aste Nagusia (not held in 2020), the
    film festival and the language's day, a membership appeal reworded, a Creative Commons
    licence and the cooperative's line (a block), a rare train notice."""
    return PublisherStyle(
        domain="itsasaldea.eus", site="Itsasaldeko Berriak", base_size=130,
        subdomains=(("www.", 100),),
        sections=("donostialdea", "gipuzkoa", "politika", "ekonomia", "kirolak", "kultura"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"atala": ("Donostialdea", "Gipuzkoa", "Politika", "Ekonomia", "Kirolak",
                         "Kultura", "Euskara")},
        families=(
            _f("atala", HEADER, 0.35, (_OLD, "{atala}")),
            _f("data", HEADER, 0.75, *_by_day(_dn_dated)),
            _f("egilea", HEADER, 0.45, (_OLD, "{author} | Donostia"),
               (DN_REDESIGN.isoformat(), "Testua: {author}")),
            _f("gaiari", MIDDLE, 0.25, (_OLD, "Gai honi buruz: {other_title}"), count=2),
            _f("argazkia", MIDDLE, 0.2, (_OLD, "Argazkia: {author2}")),
            _f("azoka", FOOTER, 0.15, *_by_day(_dn_market)),
            _f("garaia", FOOTER, 0.12, *_seasons(
                ("01-15", "🍎 Txotx! Sagardotegi denboraldia hasi da"),
                ("06-15", "🏄 Hondartzetan: begiratu banderaren koloreari sartu aurretik"),
                ("10-01", "🌧️ Ekaitz abisuak: kontsultatu Euskalmeten iragarpenak"))),
            _f("oharra", FOOTER, 0.3, *_dn_notice()),
            _f("bazkide", FOOTER, 0.15, (_OLD, "Egin zaitez bazkide: 5 euro hilean"),
               ("2019-09-02", "Egin zaitez bazkide: 6 euro hilean, eta jaso aldizkaria "
                              "etxean")),
            _f("lizentzia", FOOTER, 0.35, (_OLD, "Eduki hau Creative Commons BY-SA 4.0 "
                                                 "lizentziapean argitaratu da.")),
            _f("kooperatiba", FOOTER, 0.2, (_OLD, "Itsasaldeko Berriak · Komunikazio "
                                                  "kooperatiba · Donostia")),
            _f("trena", HEADER, 0.04, (_OLD, "⚠️ Euskotren: zerbitzua etenda Amara eta "
                                             "Lugaritz artean gaur goizean")),
        ),
    )


# --- a Galician site (Vilagarcia de Arousa) ---------------------------------------------------

GL_REDESIGN = dt.date(2017, 5, 17)  # relaunched on the Day of Galician Letters
GL_NEWSLETTER = dt.date(2018, 9, 3)
GL_SUBSCRIPTION = dt.date(2020, 1, 7)
LETRAS = {2015: "Xosé Filgueira Valverde", 2016: "Manuel María", 2017: "Carlos Casares",
          2018: "María Victoria Moreno", 2019: "Antonio Fraguas",
          2020: "Ricardo Carvalho Calero"}
LUNAR_DAY = 24 * 60 + 50  # minutes: a tide comes back about 50 minutes later each day


def _gl_dated(day: dt.date) -> str:
    if day < GL_REDESIGN:
        return f"Vilagarcía, {day.day} de {GALICIAN_MONTHS[day.month - 1]} de {day.year}"
    return (f"{GALICIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day:02d}/{day.month:02d}/"
            f"{day.year} ás {{time}}")


def tides(day: dt.date) -> tuple[list[int], list[int]]:
    """The made-up times of `day`'s high and low waters (minutes after midnight): two a day,
    50 minutes later each day, one only when the second would fall after midnight."""
    half = LUNAR_DAY // 2
    first_high = (372 + (day - FIRST_DAY).days * (LUNAR_DAY - 1440)) % half
    first_low = (first_high + half // 2) % half
    return ([t for t in (first_high, first_high + half) if t < 1440],
            [t for t in (first_low, first_low + half) if t < 1440])


def _gl_tides(day: dt.date) -> str:
    highs, lows = tides(day)
    return (f"🌊 Mareas hoxe en Vilagarcía: preamar {' e '.join(hhmm(t) for t in highs)}; "
            f"baixamar {' e '.join(hhmm(t) for t in lows)}")


def _gl_albarino(y: int) -> str:
    if y == 2020:
        return "🍇 Sen Festa do Albariño este ano: as adegas abren con cita previa"
    return f"🍇 Festa do Albariño {y}: degustacións e concertos en Cambados"


def _gl_marisco(y: int) -> str:
    if y == 2020:
        return "🦞 A Festa do Marisco non se celebra en 2020"
    return f"🦞 Festa do Marisco {y}: horarios da carpa no porto do Grove"


def _gl_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook: Xornal de Arousa"),
                  (GL_NEWSLETTER.isoformat(), "📩 Recibe o boletín de Arousa cada venres no "
                                              "teu correo"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ Municipais: resultados concello por concello", before=6),
        _vote("2015-12-20", "🗳️ Eleccións xerais: resultados na Arousa", before=6),
        _vote("2016-06-26", "🗳️ Eleccións xerais: resultados na Arousa", before=6),
        _vote("2016-09-25", "🗳️ Eleccións galegas: resultados concello por concello",
              before=6, after=2),
        _span("2017-10-15", "2017-10-18", "🔥 Vagas de lumes: estradas cortadas e teléfono de "
                                          "emerxencias 085"),
        _vote("2019-04-28", "🗳️ Eleccións xerais: resultados na Arousa", before=6),
        _vote("2019-05-26", "🗳️ Municipais e europeas: resultados concello por concello",
              before=6),
        _vote("2019-11-10", "🗳️ Eleccións xerais: resultados na Arousa", before=6),
        _span("2020-03-14", "2020-06-20", "😷 Estado de alarma: as eleccións galegas do 5 de "
                                          "abril quedan aprazadas"),
        _vote("2020-07-12", "🗳️ Eleccións galegas: resultados concello por concello",
              before=6, after=2),
    ]
    feasts = _yearly("05-17", 0, 0, lambda y: f"📚 Día das Letras Galegas {y}: "
                                              f"{LETRAS[y]}")
    feasts += _yearly("07-25", 0, 0, lambda _: "🇬🇱 Día da Patria Galega")
    feasts += _movable(lambda y: nth_weekday(y, 8, 6, 1), 4, 0, _gl_albarino)
    feasts += _yearly("10-05", 4, 5, _gl_marisco)
    feasts += _movable(carnival_tuesday, 2, 0, lambda y: f"🎭 Entroido {y}: desfiles na "
                                                         f"comarca")
    return _calendar(base, news, feasts)


def arousa_style() -> PublisherStyle:
    """A Galician site (Vilagarcia de Arousa): a section kicker, the town and the date turned
    the weekday, a slashed date and the time on the Day of Galician Letters 2017 (a wording
    per day), a bare byline turned with the site's name, "Le tamén:" (up to twice), a photo
    credit, the day's tides, the fires, the storms and the Christmas seafood, a social line
    turned a newsletter appeal and turned by eight votes, the 2017 fires and the vote put off
    in 2020, the Letters' day with its honoree, the Galician national day, the Albarino and
    the seafood festivals (not held in 2020) and the Entroido, a support appeal turned a
    subscription and a rights line (a block), a rare water cut."""
    return PublisherStyle(
        domain="xornaldearousa.gal", site="Xornal de Arousa", base_size=110,
        subdomains=(("www.", 100),),
        sections=("vilagarcia", "comarca", "mar", "deportes", "cultura"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"seccion": ("Vilagarcía", "Cambados", "O Grove", "Vilanova", "Comarca", "Mar",
                           "Deportes")},
        families=(
            _f("seccion", HEADER, 0.3, (_OLD, "{seccion}")),
            _f("data", HEADER, 0.7, *_by_day(_gl_dated)),
            _f("sinatura", HEADER, 0.45, (_OLD, "{author}"),
               (GL_REDESIGN.isoformat(), "{author} · Xornal de Arousa")),
            _f("le-tamen", MIDDLE, 0.25, (_OLD, "Le tamén: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("mareas", FOOTER, 0.25, *_by_day(_gl_tides)),
            _f("tempada", FOOTER, 0.12, *_seasons(
                ("07-01", "🔥 Época de alto risco de incendios ata o 30 de setembro: "
                          "prohibidas as queimas"),
                ("10-01", "🌊 Temporais: consulta os avisos de MeteoGalicia antes de saír ao "
                          "mar"),
                ("12-01", "🦪 Marisco para o Nadal: compra na lonxa e esixe a etiqueta"))),
            _f("aviso", FOOTER, 0.3, *_gl_notice()),
            _f("apoio", FOOTER, 0.15, (_OLD, "Apoia o xornalismo local: fai a túa achega"),
               (GL_SUBSCRIPTION.isoformat(), "Fai a túa subscrición: 3 € ao mes")),
            _f("dereitos", FOOTER, 0.35, (_OLD, "© {year} Xornal de Arousa")),
            _f("auga", HEADER, 0.04, (_OLD, "⚠️ Corte de auga hoxe en Vilaxoán por unha avaría "
                                            "na rede")),
        ),
    )


# --- a diocesan weekly (Catania, Sicily) ------------------------------------------------------

CT_BYLINE = dt.date(2019, 2, 5)  # Sant'Agata's day
CT_NEWSLETTER = dt.date(2019, 9, 1)
CT_PRICE = dt.date(2018, 1, 7)
FEASTS_ON_SUNDAY = {(2, 2): "Presentazione del Signore", (6, 29): "Santi Pietro e Paolo",
                    (8, 15): "Assunzione della Beata Vergine Maria", (11, 1): "Tutti i Santi",
                    (11, 2): "Commemorazione di tutti i fedeli defunti"}


def ct_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's year of publication (from 1988), its number in the year and the Sunday
    it is dated."""
    sunday = week_from(day, 6)
    first = week_from(dt.date(sunday.year, 1, 7), 6)  # the year's first Sunday
    return sunday.year - 1987, (sunday - first).days // 7 + 1, sunday


def _ct_issue(day: dt.date) -> str:
    year, number, sunday = ct_issue(day)
    return (f"Settimanale · anno {year}, n. {number} · domenica {sunday.day} "
            f"{ITALIAN_MONTHS[sunday.month - 1]} {sunday.year}")


def liturgical_sunday(sunday: dt.date) -> str:
    """The name of `sunday` in the Roman calendar as kept in Italy (Epiphany on 6 January,
    the Ascension moved to the Sunday; a feast on a Sunday of Ordinary Time replaces it)."""
    y, e = sunday.year, easter(sunday.year)
    christmas = dt.date(y, 12, 25)
    advent1 = christmas - dt.timedelta(days=((christmas.weekday() + 1) % 7 or 7) + 21)
    christ_king = advent1 - dt.timedelta(days=7)
    epiphany = dt.date(y, 1, 6)
    baptism = epiphany + dt.timedelta(days=(6 - epiphany.weekday()) % 7 or 7)
    after_easter = {42: "Ascensione del Signore", 49: "Pentecoste", 56: "Santissima Trinità",
                    63: "Santissimo Corpo e Sangue di Cristo"}
    days = (sunday - e).days
    if sunday == christmas:
        return "Natale del Signore"
    if sunday > christmas:
        return "Santa Famiglia di Gesù, Maria e Giuseppe"
    if sunday >= advent1:
        return f"{roman((sunday - advent1).days // 7 + 1)} Domenica di Avvento"
    if sunday == christ_king:
        return "Nostro Signore Gesù Cristo Re dell'Universo"
    if sunday < baptism:
        return {1: "Maria Santissima Madre di Dio", 6: "Epifania del Signore"}.get(
            sunday.day, "II Domenica dopo Natale")
    if sunday == baptism:
        return "Battesimo del Signore"
    if (sunday.month, sunday.day) in FEASTS_ON_SUNDAY and not -46 <= days <= 63:
        return FEASTS_ON_SUNDAY[(sunday.month, sunday.day)]
    if days < -46:
        return f"{roman((sunday - baptism).days // 7 + 1)} Domenica del Tempo Ordinario"
    if days < -7:
        return f"{roman((days + 42) // 7 + 1)} Domenica di Quaresima"
    if days == -7:
        return "Domenica delle Palme e della Passione del Signore"
    if days == 0:
        return "Pasqua di Risurrezione"
    if days < 42:
        return f"{roman(days // 7 + 1)} Domenica di Pasqua"
    if days in after_easter:
        return after_easter[days]
    return f"{roman(34 - (christ_king - sunday).days // 7)} Domenica del Tempo Ordinario"


def _ct_liturgy(day: dt.date) -> str:
    return f"✝️ Il Vangelo di domenica: {liturgical_sunday(week_from(day, 6))}"


def _ct_notice() -> Wordings:
    base = _steps((_OLD, "Seguici su Facebook: Voce dell'Etna"),
                  (CT_NEWSLETTER.isoformat(), "📩 Ricevi il giornale in PDF ogni sabato: "
                                              "iscriviti alla newsletter"))
    news: list[Event] = [
        _span("2015-12-03", "2015-12-06", "🌋 Etna: cenere sull'aeroporto, controllate i voli "
                                          "prima di partire"),
        _vote("2017-11-05", "🗳️ Regionali: i vescovi invitano a votare con coscienza",
              before=6),
        _span("2018-09-10", "2018-09-15", "⛪ Papa Francesco in Sicilia: Piazza Armerina e "
                                          "Palermo, come seguire la visita"),
        _span("2018-12-26", "2019-01-31", "🙏 Terremoto di Santo Stefano: la raccolta della "
                                          "Caritas per le famiglie di Fleri e Pennisi"),
        _span("2020-03-10", "2020-05-17", "😷 Messe sospese: segui la Messa in streaming ogni "
                                          "domenica alle 11"),
    ]
    feasts = _yearly("02-04", 1, 1, lambda y: f"🕯️ Festa di Sant'Agata {y}: il programma "
                                              f"delle celebrazioni")
    feasts += _yearly("08-17", 0, 0, lambda _: "🕯️ Festa estiva di Sant'Agata")
    feasts += _movable(lambda y: easter(y) - dt.timedelta(days=46), 0, 0,
                       lambda _: "✝️ Mercoledì delle Ceneri: inizia la Quaresima")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Santo Natale: gli orari delle Messe in "
                                               "Cattedrale")
    return _calendar(base, news, feasts)


def catania_style() -> PublisherStyle:
    """A diocesan weekly (Catania): the issue with its year and number and the Sunday it is
    dated (turning every Sunday), the publication date (a wording per day), "A cura di"
    turned "Testo di" on Sant'Agata's day 2019, "Vedi anche:" once, a photo credit in
    brackets, the Sunday's name in the liturgical year (turning every Sunday), the Church's
    tax appeal in its season, a social line turned a newsletter appeal and turned by an
    eruption, a vote, a pope's visit, an earthquake and the suspended Masses of 2020,
    Sant'Agata's two feasts, Ash Wednesday and Christmas, a subscription price rising, a
    republication line and the newsroom's address (a block), a rare late-issue notice."""
    return PublisherStyle(
        domain="vocedelletna.it", site="Voce dell'Etna", base_size=90,
        subdomains=(("www.", 100),),
        sections=("chiesa", "diocesi", "citta", "attualita", "cultura"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"rubrica": ("Chiesa", "Diocesi", "Città", "Attualità", "Cultura",
                           "Vangelo della domenica")},
        families=(
            _f("rubrica", HEADER, 0.3, (_OLD, "{rubrica}")),
            _f("numero", HEADER, 0.4, *_by_day(_ct_issue)),
            _f("data", HEADER, 0.6, *_by_day(lambda day: f"Pubblicato il {day.day} "
                                                         f"{ITALIAN_MONTHS[day.month - 1]} "
                                                         f"{day.year}")),
            _f("autore", HEADER, 0.45, (_OLD, "A cura di {author}"),
               (CT_BYLINE.isoformat(), "Testo di {author}")),
            _f("vedi", MIDDLE, 0.2, (_OLD, "Vedi anche: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "(Foto {author2})")),
            _f("liturgia", FOOTER, 0.2, *_by_day(_ct_liturgy)),
            _f("sostegno", FOOTER, 0.15, *_seasons(
                ("04-15", "✍️ Nella dichiarazione dei redditi firma per l'8xmille alla Chiesa "
                          "cattolica"),
                ("08-01", "🤝 Sostieni i sacerdoti con un'offerta deducibile"))),
            _f("avviso", FOOTER, 0.3, *_ct_notice()),
            _f("abbonamento", FOOTER, 0.15, (_OLD, "Abbonamento annuale: 30 euro"),
               (CT_PRICE.isoformat(), "Abbonamento annuale: 35 euro, sostenitore 60 euro")),
            _f("ripresa", FOOTER, 0.25, (_OLD, "Gli articoli possono essere ripresi citando la "
                                               "fonte e l'autore.")),
            _f("redazione", FOOTER, 0.15, (_OLD, "Redazione: via Vittorio Emanuele 000, "
                                                 "Catania · tel. 095 0000000")),
            _f("ritardo", HEADER, 0.04, (_OLD, "⚠️ Questa settimana il giornale arriva nelle "
                                               "parrocchie con un giorno di ritardo")),
        ),
    )


# --- a French and Corsican site (Bastia, Corsica) ---------------------------------------------

CO_REDESIGN = dt.date(2017, 12, 8)  # relaunched on the Festa di a Nazione
CO_TELEGRAM = dt.date(2019, 4, 1)
TOUR_DE_CORSE = _listed({2015: "2015-10-02", 2016: "2016-09-29", 2017: "2017-04-07",
                         2018: "2018-04-05", 2019: "2019-03-28"})  # called off in 2020


def _co_dated(day: dt.date) -> str:
    if day < CO_REDESIGN:
        return (f"{FRENCH_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return (f"{CORSICAN_WEEKDAYS[day.weekday()]} {day.day} di "
            f"{CORSICAN_MONTHS[day.month - 1]} {day.year} · {{time}}")


def corsica_diesel(day: dt.date) -> float:
    """The made-up average price of a litre of diesel in Corsica in `day`'s month."""
    first = day.replace(day=1)
    base = interpolate(first, (("2015-01-01", 1.32), ("2016-02-01", 1.18),
                               ("2018-10-01", 1.58), ("2020-05-01", 1.34),
                               ("2021-01-10", 1.41)))
    return round(base + made_up(first, "gazole", -20, 20) / 1000, 3)


def _co_fuel(day: dt.date) -> str:
    return (f"⛽ Prix moyen du gazole en Corse en {FRENCH_MONTHS[day.month - 1]} : "
            f"{comma(corsica_diesel(day), 3)} €/l")


def _co_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Facebook : Isula Infurmazione"),
                  (CO_TELEGRAM.isoformat(), "📲 L'infurmazione nant'à Telegram : "
                                            "t.me/isulainfo"))
    news: list[Event] = [
        _vote("2015-12-06", "🗳️ Territoriales, 1er tour : les résultats commune par commune",
              before=6, after=1),
        _vote("2015-12-13", "🗳️ Territoriales, 2e tour : les résultats commune par commune",
              before=5, after=2),
        _vote("2017-04-23", "🗳️ Présidentielle, 1er tour : les résultats en Corse", before=6,
              after=1),
        _vote("2017-05-07", "🗳️ Présidentielle, 2e tour : les résultats en Corse", before=5,
              after=1),
        _vote("2017-06-11", "🗳️ Législatives, 1er tour : les quatre circonscriptions",
              before=6, after=1),
        _vote("2017-06-18", "🗳️ Législatives, 2e tour : les quatre circonscriptions",
              before=5, after=1),
        _vote("2017-12-03", "🗳️ Territoriales, 1er tour : les résultats commune par commune",
              before=6, after=1),
        _vote("2017-12-10", "🗳️ Territoriales, 2e tour : les résultats commune par commune",
              before=5, after=2),
        _span("2018-02-06", "2018-02-07", "🇫🇷 Le président de la République en Corse : le "
                                          "programme de la visite"),
        _vote("2020-03-15", "🗳️ Municipales, 1er tour : les résultats à Bastia et Aiacciu",
              before=6, after=1),
        _span("2020-03-17", "2020-05-10", "😷 Cunfinamentu : restate in casa / restez chez "
                                          "vous"),
        _vote("2020-06-28", "🗳️ Municipales, 2e tour : les résultats à Bastia et Aiacciu",
              before=6, after=1),
    ]
    feasts = _yearly("12-08", 0, 0, lambda _: "🟢 Festa di a Nazione : bona festa à tutti !")
    feasts += _movable(lambda y: nth_weekday(y, 8, 5, 1), 1, 1, lambda y: f"✊ Ghjurnate di "
                                                                          f"Corti {y}")
    feasts += _yearly("09-08", 0, 0, lambda _: "⛪ A Santa di u Niolu à Casamaccioli")
    feasts += _movable(TOUR_DE_CORSE, 1, 3, lambda y: f"🏁 Tour de Corse {y} : routes "
                                                      f"fermées pendant les spéciales")
    return _calendar(base, news, feasts)


def bastia_style() -> PublisherStyle:
    """A French and Corsican site (Bastia): a section kicker, the French weekday and date
    turned the Corsican weekday and date and the time on the Festa di a Nazione 2017 (a
    wording per day), "Par" turned "Scrittu da", "À leghje dinù :" once, a photo credit, the
    month's diesel price, the fire risk and the snow on the pass, a social line turned a
    messenger appeal in Corsican and turned by ten votes in two rounds, a president's visit
    and the 2020 lockdown, the Festa di a Nazione, the Ghjurnate di Corti, the Santa di u
    Niolu and the rally (not run in 2020), a subscription price rising and a rights line (a
    block), a rare train notice."""
    return PublisherStyle(
        domain="isulainfo.corsica", site="Isula Infurmazione", base_size=70,
        subdomains=(("www.", 100),),
        sections=("bastia", "aiacciu", "corsica", "pulitica", "sport", "cultura"),
        n_authors=3, url_path="/{section}/{slug}_a{n}.html",
        pools={"rubrica": ("Bastia", "Aiacciu", "Corsica", "Pulitica", "Sport", "Cultura",
                           "In lingua corsa")},
        families=(
            _f("rubrica", HEADER, 0.3, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.6, *_by_day(_co_dated)),
            _f("autore", HEADER, 0.4, (_OLD, "Par {author}"),
               (CO_REDESIGN.isoformat(), "Scrittu da {author}")),
            _f("leghje", MIDDLE, 0.2, (_OLD, "À leghje dinù : {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo : {author2}")),
            _f("gazole", FOOTER, 0.2, *_by_day(_co_fuel)),
            _f("stagione", FOOTER, 0.12, *_seasons(
                ("06-15", "🔥 Risque incendie : consultez la carte des massifs avant toute "
                          "randonnée"),
                ("10-01", "🍂 Fin de la saison : horaires d'hiver des navettes et des "
                          "trains"),
                ("12-15", "❄️ Col de Vizzavona : équipements obligatoires par temps de "
                          "neige"))),
            _f("avisu", FOOTER, 0.3, *_co_notice()),
            _f("abbunamentu", FOOTER, 0.15, (_OLD, "Abbunatevi / Abonnez-vous : 5 € par mois"),
               ("2019-01-07", "Abbunatevi / Abonnez-vous : 6 € par mois, 60 € par an")),
            _f("dritti", FOOTER, 0.35, (_OLD, "© {year} Isula Infurmazione – Tous droits "
                                              "réservés")),
            _f("trenu", HEADER, 0.04, (_OLD, "⚠️ Trains : circulation interrompue entre "
                                             "Ponte-Leccia et Corti ce matin")),
        ),
    )


# --- an Italian and Sardinian site (Nuoro, Sardinia) ------------------------------------------

SA_REDESIGN = dt.date(2018, 4, 28)  # relaunched on Sa Die de sa Sardigna
SA_WHATSAPP = dt.date(2019, 10, 1)
SA_PAYPAL = dt.date(2019, 10, 1)
FIRE_LEVELS = ("bassa", "media", "alta", "estrema")


def _sa_dated(day: dt.date) -> str:
    if day < SA_REDESIGN:
        return f"Nuoro, {day.day} {ITALIAN_MONTHS[day.month - 1]} {day.year}"
    return (f"{SARDINIAN_WEEKDAYS[day.weekday()]} {day.day} de "
            f"{SARDINIAN_MONTHS[day.month - 1]} {day.year}")


def fire_danger(day: dt.date) -> str | None:
    """The made-up fire danger of `day` in the fire season (1 June to 15 October; higher in
    July and August), None outside it."""
    if not dt.date(day.year, 6, 1) <= day <= dt.date(day.year, 10, 15):
        return None
    return FIRE_LEVELS[min(3, made_up(day, "pericolo", 0, 2) + (day.month in (7, 8)))]


def _sa_fire(day: dt.date) -> str:
    level = fire_danger(day)
    if level is None:
        return "🔥 Campagna antincendio chiusa: segnala comunque ogni rogo al 1515"
    return f"🔥 Bollettino di oggi: pericolo di incendio {level} in Barbagia"


def _sa_redentore(y: int) -> str:
    if y == 2020:
        return "⛰️ Redentore 2020: solo la messa sull'Ortobene, niente sfilata dei costumi"
    return f"⛰️ Festa del Redentore {y}: la sfilata dei costumi e la salita all'Ortobene"


def _sa_notice() -> Wordings:
    base = _steps((_OLD, "Metti mi piace alla nostra pagina Facebook: Cronache di Barbagia"),
                  (SA_WHATSAPP.isoformat(), "📲 Le notizie del Nuorese su WhatsApp: "
                                            "340 000 0000"))
    news: list[Event] = [
        _vote("2015-05-31", "🗳️ Comunali a Nuoro: i risultati sezione per sezione", before=6,
              after=1),
        _vote("2015-06-14", "🗳️ Ballottaggio a Nuoro: i risultati", before=6, after=1),
        _vote("2016-12-04", "🗳️ Referendum costituzionale: i dati del Nuorese", before=6,
              after=1),
        _vote("2018-03-04", "🗳️ Politiche: i collegi della Sardegna centrale", before=6,
              after=2),
        _vote("2019-02-24", "🗳️ Regionali in Sardegna: lo spoglio paese per paese", before=6,
              after=2),
        _span("2020-03-10", "2020-05-03", "😷 Restate a casa / Abbarrade in domo"),
        _vote("2020-10-25", "🗳️ Comunali a Nuoro: i risultati sezione per sezione", before=6,
              after=2),
    ]
    feasts = _yearly("01-16", 0, 1, lambda _: "🔥 Su fogu de Sant'Antoni: i falò nei paesi "
                                              "della Barbagia")
    feasts += _movable(carnival_tuesday, 2, 0, lambda y: f"🎭 Carrasecare {y}: Mamuthones e "
                                                         f"Issohadores a Mamoiada")
    feasts += _yearly("04-28", 0, 0, lambda y: f"📜 Sa Die de sa Sardigna: {y - 1794} annos")
    feasts += _movable(lambda y: last_weekday(y, 8, 6), 3, 0, _sa_redentore)
    return _calendar(base, news, feasts)


def nuoro_style() -> PublisherStyle:
    """An Italian and Sardinian site (Nuoro): the city and the Italian date turned the
    Sardinian weekday and date on Sa Die 2018 (a wording per day), "Servizio di" turned the
    name and the city's Sardinian name, "Lèghe puru:" once, the day's fire danger in the
    season, a social line turned a messenger appeal and turned by six votes and the 2020
    lockdown in both languages, Sant'Antoni's fires, the carnival of Mamoiada, Sa Die with its
    count and the Redentore (without its parade in 2020), a support appeal turned a PayPal
    donation and a rights line (a block), a rare water notice."""
    return PublisherStyle(
        domain="cronachedibarbagia.it", site="Cronache di Barbagia", base_size=52,
        subdomains=(("www.", 100),),
        sections=("nuoro", "barbagia", "ogliastra", "cultura", "sport"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{slug}.html",
        families=(
            _f("data", HEADER, 0.6, *_by_day(_sa_dated)),
            _f("autore", HEADER, 0.4, (_OLD, "Servizio di {author}"),
               (SA_REDESIGN.isoformat(), "{author} / Nùgoro")),
            _f("leghe", MIDDLE, 0.2, (_OLD, "Lèghe puru: {other_title}")),
            _f("incendi", FOOTER, 0.25, *_by_day(_sa_fire)),
            _f("avvisu", FOOTER, 0.3, *_sa_notice()),
            _f("sostegno", FOOTER, 0.15, (_OLD, "Sostieni l'informazione locale: abbonati a "
                                                "3 € al mese"),
               (SA_PAYPAL.isoformat(), "Aiuta Cronache di Barbagia: dona con PayPal")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Cronache di Barbagia · Testata "
                                                 "giornalistica online")),
            _f("acqua", HEADER, 0.04, (_OLD, "⚠️ Acqua non potabile oggi in alcune vie del "
                                             "centro: l'ordinanza del sindaco")),
        ),
    )


# --- a Catalan site (Andorra la Vella, Andorra) -----------------------------------------------

AD_BYLINE = dt.date(2019, 9, 8)  # Meritxell's day
AD_WHATSAPP = dt.date(2018, 3, 14)


def _ad_dated(day: dt.date) -> str:
    return f"Andorra la Vella, {day.day} {catalan_de(day.month)} del {day.year}"


def snow(day: dt.date) -> tuple[int, int, int] | None:
    """The made-up snow depth at the foot and at the top of the slopes and the runs open on
    `day` in the ski season (1 December to 15 April), None outside it."""
    if dt.date(day.year, 4, 15) < day < dt.date(day.year, 12, 1):
        return None
    low = made_up(day, "neu-baix", 20, 90)
    return low, low + made_up(day, "neu-dalt", 40, 90), made_up(day, "pistes", 60, 128)


def _ad_snow(day: dt.date) -> str:
    report = snow(day)
    if report is None:
        return "⛷️ Fora de temporada: l'estat de la neu torna el desembre"
    low, high, runs = report
    return f"⛷️ Estat de la neu avui: {low}-{high} cm de gruix, {runs} pistes obertes"


def _ad_notice() -> Wordings:
    base = _steps((_OLD, "Segueix-nos a Instagram: @ressodelesvalls"),
                  (AD_WHATSAPP.isoformat(), "📲 Rep les notícies al mòbil: WhatsApp "
                                            "+376 300 000"))
    news: list[Event] = [
        _vote("2015-03-01", "🗳️ Eleccions al Consell General: resultats parròquia per "
                            "parròquia", before=5, after=1),
        _vote("2015-12-13", "🗳️ Eleccions comunals: resultats a les set parròquies",
              before=5, after=1),
        _span("2016-07-09", "2016-07-12", "🚴 El Tour a Andorra: talls de carretera fins a "
                                          "Arcalís"),
        _vote("2019-04-07", "🗳️ Eleccions al Consell General: resultats parròquia per "
                            "parròquia", before=5, after=1),
        _span("2019-08-31", "2019-09-01", "🚴 La Vuelta puja als Cortals d'Encamp"),
        _vote("2019-12-15", "🗳️ Eleccions comunals: resultats a les set parròquies",
              before=5, after=1),
        _span("2020-03-14", "2020-05-18", "😷 Confinament: només es pot sortir per anar a "
                                          "treballar o comprar"),
    ]
    feasts = _yearly("01-17", 0, 0, lambda _: "🍲 Escudella de Sant Antoni a la plaça")
    feasts += _yearly("03-14", 0, 0, lambda y: f"📜 Dia de la Constitució: {y - 1993} anys")
    feasts += _yearly("09-08", 1, 0, lambda _: "⛪ Diada de Meritxell, festa nacional")
    return _calendar(base, news, feasts)


def andorra_style() -> PublisherStyle:
    """A Catalan site (Andorra la Vella): the town and the date ("del" and the year; a wording
    per day), a bare byline turned with the town on Meritxell's day 2019, "Més notícies:"
    once, the snow report in the ski season, a social line turned a messenger appeal and
    turned by four votes, the Tour and the Vuelta and the 2020 lockdown, Sant Antoni's
    escudella, Constitution Day with its count and Meritxell, a donation appeal and a rights
    line (a block), a rare border notice."""
    return PublisherStyle(
        domain="ressodelesvalls.ad", site="Ressò de les Valls", base_size=36,
        subdomains=(("", 100),),
        sections=("actualitat", "parroquies", "economia", "esports"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.55, *_by_day(_ad_dated)),
            _f("autor", HEADER, 0.4, (_OLD, "{author}"),
               (AD_BYLINE.isoformat(), "{author} · Andorra la Vella")),
            _f("mes", MIDDLE, 0.2, (_OLD, "Més notícies: {other_title}")),
            _f("neu", FOOTER, 0.25, *_by_day(_ad_snow)),
            _f("avis", FOOTER, 0.3, *_ad_notice()),
            _f("aportacio", FOOTER, 0.15, (_OLD, "Fes una aportació i ajuda'ns a seguir "
                                                 "explicant el país"),
               ("2020-01-07", "Fes-te amic del Ressò: 3 € al mes")),
            _f("drets", FOOTER, 0.35, (_OLD, "© {year} Ressò de les Valls · Andorra")),
            _f("frontera", HEADER, 0.04, (_OLD, "⚠️ Retencions a la frontera del Pas de la Casa "
                                                "aquest matí")),
        ),
    )


# --- a Spanish and Arabic migrants' association (Almeria) -------------------------------------

AL_WHATSAPP = dt.date(2019, 3, 4)
AL_FEE = dt.date(2019, 1, 1)


def _al_dated(day: dt.date) -> str:
    return (f"Almería, {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year} · "
            f"{day.day} {ARABIC_MONTHS[day.month - 1]} {day.year}")


def summer_time(day: dt.date) -> bool:
    """Central European summer time: from the last Sunday of March to the last of October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def iftar(day: dt.date) -> int:
    """The made-up hour the fast breaks in Almeria on `day` (sunset, minutes after midnight
    on the clock: about 18:00 in December, 21:30 late in June)."""
    return round(1155 + 75 * yearly_wave(day, 174)) + 60 * summer_time(day)


def ramadan_day(day: dt.date) -> int | None:
    """The day of Ramadan `day` falls on (1-30), None outside Ramadan."""
    first, eid = dt.date.fromisoformat(RAMADAN[day.year]), dt.date.fromisoformat(
        EID_FITR[day.year])
    return (day - first).days + 1 if first <= day < eid else None


def _al_ramadan(day: dt.date) -> str:
    k = ramadan_day(day) if day.year in RAMADAN else None
    if k is None:
        return "🕌 Horarios de oración: consulta el tablón de la sede · مواقيت الصلاة في المقر"
    return (f"🌙 Ramadán {day.year}, día {k}: ruptura del ayuno en Almería a las "
            f"{hhmm(iftar(day))} · رمضان كريم")


def _al_notice() -> Wordings:
    base = _steps((_OLD, "Cita previa de extranjería: pídela por internet, es gratuita; nunca "
                         "pagues a intermediarios"),
                  (AL_WHATSAPP.isoformat(), "📲 Únete a nuestro grupo de WhatsApp para los "
                                            "avisos de la asociación: 600 000 001"))
    news: list[Event] = [
        _vote("2015-05-24", "🗳️ Municipales: si eres marroquí y te inscribiste en el censo, "
                            "puedes votar", before=10),
        _vote("2019-05-26", "🗳️ Municipales: si eres marroquí y te inscribiste en el censo, "
                            "puedes votar", before=10),
        _span("2020-03-14", "2020-06-20", "😷 Estado de alarma: atendemos por teléfono · "
                                          "نجيب عبر الهاتف"),
    ]
    feasts = _movable(_listed(EID_FITR), 0, 1, lambda y: f"عيد مبارك سعيد · ¡Feliz Eid "
                                                         f"al-Fitr {y}!")
    feasts += _movable(_listed(EID_ADHA), 1, 1, lambda y: f"🐑 Eid al-Adha {y}: عيد الأضحى "
                                                          f"مبارك")
    feasts += _yearly("12-18", 0, 0, lambda _: "🌍 Día Internacional del Migrante: "
                                               "acto en la sede a las 19 h")
    return _calendar(base, feasts, news)  # the Eids break into the state of alarm


def almeria_style() -> PublisherStyle:
    """A Spanish and Arabic migrants' association (Almeria): the city and the date in Spanish
    and in Arabic with the Moroccan month names (a wording per day), a byline with the
    board, "También te puede interesar" in both languages once, the hour the fast breaks on
    each day of Ramadan as Spain's Muslims kept it (the prayer times line outside it), an
    appointments warning turned a messenger appeal and turned by two municipal votes and the
    state of alarm, the two Eids and Migrants' Day, the membership fee rising, the classes
    line and the registration line (a block), a rare opening-hours notice."""
    return PublisherStyle(
        domain="puentedelestrecho.org", site="Puente del Estrecho", base_size=24,
        subdomains=(("", 100),),
        sections=("noticias", "actividades", "tramites"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("fecha", HEADER, 0.5, *_by_day(_al_dated)),
            _f("autor", HEADER, 0.35, (_OLD, "{author} · Junta directiva")),
            _f("tambien", MIDDLE, 0.2, (_OLD, "También te puede interesar · قد يهمك أيضا: "
                                              "{other_title}")),
            _f("ramadan", FOOTER, 0.25, *_by_day(_al_ramadan)),
            _f("avisos", FOOTER, 0.3, *_al_notice()),
            _f("cuota", FOOTER, 0.15, (_OLD, "Hazte socio: 15 € al año"),
               (AL_FEE.isoformat(), "Hazte socio: 20 € al año, familias 30 €")),
            _f("clases", FOOTER, 0.2, (_OLD, "Clases de español martes y jueves a las 18 h · "
                                             "دروس اللغة العربية للأطفال يوم السبت")),
            _f("registro", FOOTER, 0.3, (_OLD, "Asociación Puente del Estrecho · Inscrita en el "
                                               "Registro de Asociaciones de Andalucía")),
            _f("horario", HEADER, 0.04, (_OLD, "⚠️ Esta semana la sede solo abre por las "
                                               "tardes")),
        ),
    )


def heldout102_styles() -> list[PublisherStyle]:
    """The held-back-102 styles, in the order the generator hands them to publishers."""
    return [
        seville_style(), naples_style(), porto_style(), girona_style(), valletta_style(),
        donostia_style(), arousa_style(), catania_style(), bastia_style(), nuoro_style(),
        andorra_style(), almeria_style(),
    ]
