"""The ``held-back-98`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-96 set
(`tests.bench.heldout_templates_96`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of the Andes and the Southern Cone, large and small:
a national daily in Santiago, a city daily in Rosario, an English mining newsletter with
bureaus in Santiago and Lima, a daily in Quito, a daily in La Paz with Aymara touches, a news
site in Montevideo, a Spanish and Guarani site in Asuncion, a regional daily in Cusco with
Quechua touches, a Portuguese-language site at the triple border in Foz do Iguacu, a community
radio in Temuco with Mapudungun touches, a Spanish and Welsh weekly in Trelew (Chubut) and a
Japanese and Spanish Nikkei weekly in Lima. The families are the kinds a crawl of such sites
holds: dates localised day by day in Spanish (Chilean, Rioplatense, Andean), English,
Portuguese, Guarani, Welsh and Japanese (several changing form on the day of a redesign, one by
the change of Japan's era on 1 May 2019, a weekly by its Friday issue), lines that turn every
day, on working days or by the weekday (the UF and the UI, the dollar in Chilean, Argentine
(official and parallel), Uruguayan, Paraguayan, Peruvian and Brazilian money, the grain board's
soybean price, copper, lithium every week, the falls' flow at Iguazu, Quito's driving
restriction by weekday, El Alto's market days, Temuco's air quality in the smoke season, a
radio's programme by weekday), the seasons of smog, rains, frost, heat, dengue, beaches, whales
and the Inca Trail's closure, bylines and datelines of many shapes, section kickers, read-also
links (some up to two times), photo credits, a newsletter's reporting and editing credits and
its licence terms, fair-use and copyright lines, a readers' ombudsman, donation, membership,
newsletter and social appeals, prices in pesos, bolivianos, guaranies, soles, reais and dollars
(several rising over the years, the Argentine ones fast), notices reworded in 2016-2020,
notices that follow the region's calendars (votes, primaries, run-offs, referendums and a
plebiscite put off, an annulled vote's crisis, the 2019 unrest in Chile and Ecuador, curfews,
quarantines and a closed bridge in 2020, earthquakes, an eruption alert, floods, a water
rationing, a strike at a mine, Fiestas Patrias and independence days with their counts,
Carnival, Holy Week and Corpus Christi by Easter, Alasitas, Gran Poder, the Andean new year
with its count, Inti Raymi, Qoyllur Rit'i, We Tripantu, San Juan, Caacupe, the Eisteddfod and
the Welsh landing with its count, Japanese immigration with its count, events called off in
2020), multi-line blocks, mid-body inserts, bare lines and families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
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
    nth_or_last_weekday,
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
GUARANI_MONTHS = ("jasyteĩ", "jasykõi", "jasyapy", "jasyrundy", "jasypo", "jasypoteĩ",
                  "jasypokõi", "jasypoapy", "jasyporundy", "jasypa", "jasypateĩ", "jasypakõi")
GUARANI_WEEKDAYS = ("arateĩ", "arakõi", "araapy", "ararundy", "arapo", "arapoteĩ", "arapokõi")
WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
REIWA = dt.date(2019, 5, 1)  # Japan's era changes from Heisei to Reiwa

Points = tuple[tuple[str, float], ...]


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a rate fixed on Friday holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def progress(day: dt.date) -> float:
    """0 on the set's first day to 1 on its last (for values that drift over the years)."""
    return (day - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days


def along(day: dt.date, points: Points) -> float:
    """The value on `day` of a line through `points` ((ISO day, value), in order): flat
    before the first and after the last, straight between two (a jump between two days)."""
    iso = day.isoformat()
    if iso <= points[0][0]:
        return points[0][1]
    for (a, va), (b, vb) in zip(points, points[1:], strict=False):
        if iso <= b:
            da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - da).days / (db - da).days
    return points[-1][1]


def grouped(value: float, decimals: int = 0, point: str = ",", sep: str = ".") -> str:
    """`value` as the region prints it: thousands by `sep`, decimals after `point`
    (24.557,31 in Chile; 3.412 soles in Peru with `point` "." and no thousands)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", point).replace("\0", sep)


def spanish_long(day: dt.date) -> str:
    """5 de marzo de 2016."""
    return f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"


def weekday_es(day: dt.date, capital: bool = True) -> str:
    """The Spanish weekday of `day` (Sábado, or sábado)."""
    name = SPANISH_WEEKDAYS[day.weekday()]
    return name.capitalize() if capital else name


# --- a national daily (Santiago, Chile) --------------------------------------------------------

MA_REDESIGN = dt.date(2018, 4, 2)  # the new site went live on the Monday after Easter
MA_NEWSLETTER = dt.date(2019, 3, 4)
MA_PRICES = (("2016-03-01", "$3.990"), ("2018-03-01", "$4.990"), ("2020-01-06", "$5.990"))
CLP_POINTS: Points = (
    ("2015-01-02", 607), ("2015-09-01", 700), ("2016-01-20", 725), ("2016-06-15", 680),
    ("2017-06-15", 665), ("2018-01-15", 603), ("2018-09-05", 690), ("2019-06-15", 692),
    ("2019-11-28", 825), ("2020-03-19", 865), ("2020-07-15", 782), ("2020-12-30", 712))


def uf_value(day: dt.date) -> float:
    """The made-up value of the UF in pesos on `day` (it moves every day, weekends too:
    about 24,560 at the start of 2015 to 29,070 at the end of 2020)."""
    return round(24557.6 + 4512 * progress(day) ** 1.05 + made_up(day, "uf", 0, 99) / 100, 2)


def clp_rate(day: dt.date) -> float:
    """The made-up observed dollar in Chilean pesos on `day`'s working day."""
    work = working_day(day)
    return round(along(work, CLP_POINTS) + made_up(work, "clp", -450, 450) / 100, 2)


def _ma_dated(day: dt.date) -> str:
    if day < MA_REDESIGN:
        return f"Santiago, {weekday_es(day, False)} {spanish_long(day)}"
    return f"{weekday_es(day)} {day.day:02d}-{day.month:02d}-{day.year} | {{time}} hrs."


def _ma_uf(day: dt.date) -> str:
    return f"UF hoy: ${grouped(uf_value(day), 2)}"


def _ma_dolar(day: dt.date) -> str:
    return f"Dólar observado: ${grouped(clp_rate(day), 2)}"


def _ma_fiestas(y: int) -> str:
    if y == 2020:
        return "🇨🇱 Fiestas Patrias 2020: sin fondas, revisa los permisos para el 18"
    return f"🇨🇱 ¡Felices Fiestas Patrias! {y - 1810} años de la Primera Junta de Gobierno"


def _ma_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Twitter e Instagram: @elmiradorandino"),
                  (MA_NEWSLETTER.isoformat(), "📩 Recibe el boletín de la mañana: inscríbete "
                                              "gratis en elmiradorandino.cl/boletin"))
    news: list[Event] = [
        _span("2015-06-11", "2015-07-05", "⚽ Copa América 2015: el calendario de la Roja en "
                                          "casa"),
        _span("2015-09-16", "2015-09-22", "🔴 Terremoto en la Región de Coquimbo: sigue nuestra "
                                          "cobertura minuto a minuto"),
        _vote("2016-10-23", "🗳️ Municipales 2016: busca tu local de votación", before=6),
        _vote("2017-07-02", "🗳️ Primarias 2017: quiénes pueden votar", before=4, after=0),
        _vote("2017-11-19", "🗳️ Elección presidencial y parlamentaria: resultados en vivo",
              before=6),
        _vote("2017-12-17", "🗳️ Segunda vuelta presidencial: resultados en vivo", before=6),
        _span("2018-01-15", "2018-01-18", "⛪ El Papa en Chile: desvíos de tránsito y horarios "
                                          "de las misas"),
        _span("2019-10-19", "2019-10-28", "⚠️ Estado de emergencia y toque de queda: revisa los "
                                          "horarios en tu comuna"),
        _span("2020-03-18", "2020-07-27", "😷 Estado de catástrofe: revisa qué comunas están en "
                                          "cuarentena"),
        _vote("2020-10-25", "🗳️ Plebiscito nacional: horario preferente para mayores de 60",
              before=6),
    ]
    feasts = _yearly("09-18", 3, 1, _ma_fiestas)
    feasts += _yearly("05-21", 0, 0, lambda _: "⚓ 21 de mayo: Día de las Glorias Navales")
    return _calendar(base, news, feasts)


def santiago_style() -> PublisherStyle:
    """A national daily (Santiago): a section kicker, the city, the weekday and the date
    turned the weekday, a date with hyphens and the time after Easter 2018 (a wording per
    day), "Por" turned with the site's name, "Lee también:" (up to twice), a photo credit,
    an advert's label mid-body, the UF every day, the observed dollar on working days, the
    smog season and spring's UV, a social line turned a newsletter appeal and turned by the
    Copa América, an earthquake, four votes, the Pope's visit, the 2019 emergency, the 2020
    catastrophe and the plebiscite, Fiestas Patrias with their count (no fondas in 2020)
    and Navy Day, the digital subscription's price rising, a rights line and the address (a
    block), a rare correction."""
    return PublisherStyle(
        domain="elmiradorandino.cl", site="El Mirador Andino", base_size=245,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("nacional", "politica", "economia", "mundo", "deportes", "cultura"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "seccion": ("NACIONAL", "POLÍTICA", "ECONOMÍA", "MUNDO", "DEPORTES", "CULTURA",
                        "REGIONES"),
            "foto": ("Archivo El Mirador Andino", "Agencia", "Cedida", "Redes sociales",
                     "Gobierno de Chile"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_ma_dated)),
            _f("por", HEADER, 0.6, (_OLD, "Por {author}"),
               (MA_REDESIGN.isoformat(), "Por {author} | El Mirador Andino")),
            _f("lee-tambien", MIDDLE, 0.35, (_OLD, "Lee también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("publicidad", MIDDLE, 0.1, (_OLD, "PUBLICIDAD")),
            _f("uf", FOOTER, 0.2, *_by_day(_ma_uf)),
            _f("dolar", FOOTER, 0.18, *_by_day(_ma_dolar)),
            _f("aire", FOOTER, 0.12, *_seasons(
                ("04-01", "🌫️ Gestión de episodios críticos: revisa la calidad del aire antes de "
                          "hacer deporte"),
                ("09-01", "☀️ Índice UV alto en la Región Metropolitana: usa bloqueador de "
                          "11 a 17 horas"))),
            _f("aviso", FOOTER, 0.3, *_ma_notice()),
            _f("suscripcion", FOOTER, 0.2,
               (_OLD, "Lee sin límites: suscríbete al diario digital por $2.990 al mes"),
               *((start, f"Lee sin límites: suscríbete al diario digital por {price} al mes")
                 for start, price in MA_PRICES)),
            _f("derechos", FOOTER, 0.5, (_OLD, "© {year} El Mirador Andino. Todos los derechos "
                                               "reservados."),
               ("2017-01-02", "© {year} El Mirador Andino. Prohibida su reproducción total o "
                              "parcial sin autorización.")),
            _f("direccion", FOOTER, 0.25, (_OLD, "Av. Providencia 0000, Santiago · Mesa central: "
                                                 "+56 2 2000 0000")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: una versión anterior de "
                                                     "esta nota confundía dos comunas.")),
        ),
    )


# --- a city daily (Rosario, Argentina) ---------------------------------------------------------

ER_REDESIGN = dt.date(2017, 6, 20)  # relaunched on Flag Day
ER_NEWSLETTER = dt.date(2019, 5, 6)
ER_PRICES = (("2016-01-04", "$ 149"), ("2017-01-02", "$ 199"), ("2018-01-02", "$ 259"),
             ("2018-10-01", "$ 349"), ("2019-06-03", "$ 449"), ("2020-03-02", "$ 599"))
ARS_POINTS: Points = (
    ("2015-01-02", 8.75), ("2015-12-16", 9.95), ("2015-12-17", 14.1), ("2016-06-15", 14.4),
    ("2016-12-29", 16.3), ("2017-12-28", 19.3), ("2018-04-20", 20.8), ("2018-06-29", 29.6),
    ("2018-09-03", 39.6), ("2018-12-28", 39.4), ("2019-08-09", 46.8), ("2019-08-12", 60.0),
    ("2019-12-30", 63.0), ("2020-06-30", 74.5), ("2020-12-30", 88.5))
ARS_GAP: Points = (  # the parallel ("blue") dollar over the official one
    ("2015-01-02", 1.55), ("2015-12-16", 1.45), ("2015-12-17", 1.03), ("2019-08-30", 1.03),
    ("2019-12-30", 1.23), ("2020-05-15", 1.75), ("2020-10-22", 2.2), ("2020-12-30", 1.7))
SOY_POINTS: Points = (  # dollars a tonne
    ("2015-01-02", 235), ("2016-06-01", 270), ("2017-06-01", 240), ("2018-06-01", 250),
    ("2019-06-01", 215), ("2020-06-01", 230), ("2020-12-30", 330))


def ars_rates(day: dt.date) -> tuple[float, float]:
    """The made-up official and parallel dollar in Argentine pesos on `day`'s working
    day."""
    work = working_day(day)
    official = along(work, ARS_POINTS) * (1 + made_up(work, "ars", -6, 6) / 1000)
    blue = official * along(work, ARS_GAP) * (1 + made_up(work, "blue", -10, 10) / 1000)
    return round(official, 2), round(blue, 2)


def soy_price(day: dt.date) -> int:
    """The made-up board price of soybeans in Rosario in pesos a tonne on `day`'s working
    day (the dollar price at the official rate, to 10 pesos)."""
    work = working_day(day)
    dollars = along(work, SOY_POINTS) + made_up(work, "soja", -8, 8)
    return 10 * round(dollars * ars_rates(work)[0] / 10)


def _er_dated(day: dt.date) -> str:
    if day < ER_REDESIGN:
        return f"{weekday_es(day)}, {spanish_long(day)}"
    return f"{day.day:02d}/{day.month:02d}/{day.year} | {{time}} hs"


def _er_dolar(day: dt.date) -> str:
    official, blue = ars_rates(day)
    return f"💵 Dólar hoy — oficial: ${grouped(official, 2)} | blue: ${grouped(blue, 2)}"


def _er_soja(day: dt.date) -> str:
    return f"🌱 Pizarra de Rosario: soja ${grouped(soy_price(day))} la tonelada"


def _er_julio(y: int) -> str:
    if y == 2016:
        return "🇦🇷 Bicentenario de la Independencia: los actos en Rosario"
    return f"🇦🇷 9 de Julio: {y - 1816} años de la Independencia"


def _er_notice() -> Wordings:
    base = _steps((_OLD, "Seguinos en Facebook y Twitter: El Eco de Rosario"),
                  (ER_NEWSLETTER.isoformat(), "📩 Sumate al newsletter: las noticias de "
                                              "Rosario cada mañana en tu correo"))
    news: list[Event] = [
        _vote("2015-08-09", "🗳️ PASO 2015: dónde voto en Rosario", before=5),
        _vote("2015-10-25", "🗳️ Elecciones generales: resultados mesa por mesa", before=5),
        _vote("2015-11-22", "🗳️ Balotaje: resultados en vivo", before=5),
        _vote("2017-08-13", "🗳️ PASO 2017: dónde voto en Rosario", before=5),
        _vote("2017-10-22", "🗳️ Elecciones legislativas: resultados en vivo", before=5),
        _span("2018-06-14", "2018-07-15", "⚽ Mundial Rusia 2018: el fixture de la "
                                          "Selección"),
        _vote("2019-08-11", "🗳️ PASO 2019: dónde voto en Rosario", before=5),
        _vote("2019-10-27", "🗳️ Elecciones generales: resultados mesa por mesa", before=5),
        _span("2020-03-20", "2020-11-08", "😷 Aislamiento obligatorio: quiénes pueden circular "
                                          "en Rosario"),
    ]
    feasts = _yearly("06-20", 1, 0, lambda _: "🇦🇷 Día de la Bandera: el acto central en el "
                                              "Monumento")
    feasts += _yearly("07-09", 0, 0, _er_julio)
    feasts += _yearly("05-25", 0, 0, lambda y: f"🇦🇷 25 de Mayo: {y - 1810} años de la "
                                               f"Revolución")
    feasts += _yearly("10-07", 0, 0, lambda _: "⛪ Día de la Virgen del Rosario, patrona de "
                                               "la ciudad")
    return _calendar(base, news, feasts)


def rosario_style() -> PublisherStyle:
    """A city daily (Rosario): a section kicker, a listen-to-the-story label, the weekday and
    the date turned a date with slashes and the time on Flag Day 2017 (a wording per day),
    "Por" turned with the newsroom, "Mirá también:" (up to twice), a photo credit, the
    official and parallel dollars on working days, the grain board's soybean price on
    working days, a social line turned a newsletter appeal and turned by seven votes, the
    World Cup and the 2020 isolation, Flag Day, 9 July with its count (the bicentenary in
    2016), 25 May with its count and the patron's day, a comments policy, the subscription
    rising with inflation, a copyright and an intellectual property line (a block), a rare
    clarification."""
    return PublisherStyle(
        domain="elecoderosario.com.ar", site="El Eco de Rosario", base_size=220,
        subdomains=(("www.", 85), ("", 15)),
        sections=("la-ciudad", "politica", "economia", "policiales", "ovacion", "zona-campo"),
        n_authors=8, url_path="/{section}/{slug}-n{n}.html",
        pools={
            "seccion": ("LA CIUDAD", "POLÍTICA", "ECONOMÍA", "POLICIALES", "DEPORTES",
                        "CAMPO", "ESPECTÁCULOS"),
            "foto": ("El Eco de Rosario", "Archivo", "Gentileza", "Prensa Municipalidad",
                     "Télam"),
        },
        families=(
            _f("seccion", HEADER, 0.4, (_OLD, "{seccion}")),
            _f("escuchar", HEADER, 0.15, (_OLD, "Escuchar nota")),
            _f("fecha", HEADER, 0.8, *_by_day(_er_dated)),
            _f("por", HEADER, 0.55, (_OLD, "Por {author}"),
               (ER_REDESIGN.isoformat(), "Por {author} | Redacción El Eco de Rosario")),
            _f("mira-tambien", MIDDLE, 0.35, (_OLD, "Mirá también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("dolar", FOOTER, 0.22, *_by_day(_er_dolar)),
            _f("soja", FOOTER, 0.12, *_by_day(_er_soja)),
            _f("aviso", FOOTER, 0.3, *_er_notice()),
            _f("comentarios", FOOTER, 0.2, (_OLD, "Los comentarios publicados son de exclusiva "
                                                  "responsabilidad de sus autores.")),
            _f("suscripcion", FOOTER, 0.18, (_OLD, "Suscribite a la edición digital por $ 99 "
                                                   "por mes"),
               *((start, f"Suscribite a la edición digital por {price} por mes")
                 for start, price in ER_PRICES)),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} El Eco de Rosario. Todos los "
                                                 "derechos reservados.")),
            _f("propiedad", FOOTER, 0.3, (_OLD, "Propiedad intelectual en trámite. Prohibida la "
                                                "reproducción total o parcial.")),
            _f("aclaracion", HEADER, 0.04, (_OLD, "Aclaración: se corrigió el nombre del barrio "
                                                  "en el tercer párrafo.")),
        ),
    )


# --- an English mining newsletter (Santiago and Lima) ------------------------------------------

AM_REDESIGN = dt.date(2018, 3, 5)  # relaunched for the Toronto convention
AM_NEWSLETTER = dt.date(2019, 8, 5)
AM_LICENCE = dt.date(2017, 7, 3)
COPPER_POINTS: Points = (
    ("2015-01-02", 6300), ("2015-06-15", 5850), ("2015-12-15", 4600), ("2016-06-15", 4650),
    ("2016-11-15", 5600), ("2017-12-28", 7150), ("2018-06-08", 7250), ("2018-08-15", 5950),
    ("2019-06-14", 5850), ("2019-12-30", 6150), ("2020-03-23", 4620), ("2020-07-15", 6400),
    ("2020-12-30", 7850))
LITHIUM_POINTS: Points = (
    ("2015-01-05", 6200), ("2016-01-04", 12500), ("2017-01-02", 17500), ("2018-03-05", 21500),
    ("2019-01-07", 11000), ("2020-01-06", 7000), ("2020-12-28", 6300))
PERUMIN = {2015: "2015-09-21", 2017: "2017-09-18", 2019: "2019-09-16"}


def copper_price(day: dt.date) -> int:
    """The made-up LME cash copper price in dollars a tonne on `day`'s working day."""
    work = working_day(day)
    return round(along(work, COPPER_POINTS)) + made_up(work, "cu", -60, 60)


def lithium_price(day: dt.date) -> int:
    """The made-up weekly lithium carbonate price in dollars a tonne, from Monday, to 50."""
    monday = week_from(day, 0)
    return 50 * round((along(monday, LITHIUM_POINTS) + made_up(monday, "li", -300, 300)) / 50)


def _am_dated(day: dt.date) -> str:
    month = ENGLISH_MONTHS[day.month - 1]
    if day < AM_REDESIGN:
        return f"{{city}} | {month[:3]}. {day.day}, {day.year}"
    return f"{ENGLISH_WEEKDAYS[day.weekday()][:3]} {day.day} {month} {day.year}, {{time}} " \
           f"local time"


def _am_copper(day: dt.date) -> str:
    return f"LME copper (cash): US${copper_price(day):,}/t"


def _am_lithium(day: dt.date) -> str:
    monday = week_from(day, 0)
    return (f"Lithium carbonate, week of {ENGLISH_MONTHS[monday.month - 1][:3]} {monday.day}: "
            f"US${lithium_price(day):,}/t")


def _am_notice() -> Wordings:
    base = _steps((_OLD, "Follow Andes Mining Report on LinkedIn for breaking news"),
                  (AM_NEWSLETTER.isoformat(), "Get the Andes Morning Note in your inbox: "
                                              "andesminingreport.com/subscribe"))
    news: list[Event] = [
        _vote("2016-04-10", "PERU VOTES: what the candidates say about mining", before=5),
        _vote("2016-06-05", "PERU RUN-OFF: what the candidates say about mining", before=5),
        _span("2017-02-09", "2017-03-24", "STRIKE WATCH: the stoppage at Escondida, updated "
                                          "daily"),
        _vote("2017-11-19", "CHILE VOTES: royalties, water and lithium on the ballot",
              before=5),
        _vote("2017-12-17", "CHILE RUN-OFF: royalties, water and lithium on the ballot",
              before=5),
        _span("2019-02-04", "2019-04-11", "BLOCKADE WATCH: the mining corridor in Apurimac, "
                                          "updated daily"),
        _span("2019-10-19", "2019-11-15", "CHILE UNREST: port and mine operations tracker"),
        _span("2020-03-16", "2020-06-30", "COVID-19 TRACKER: suspended and reduced operations "
                                          "in Peru and Chile"),
        _vote("2020-10-25", "CHILE PLEBISCITE: what a new constitution could mean for mining",
              before=5),
    ]
    feasts = _movable(lambda y: nth_weekday(y, 3, 6, 1), 0, 3,
                      lambda y: f"At PDAC {y} in Toronto? Meet our editors at the Peru and "
                                f"Chile pavilions")
    feasts += _movable(_listed(PERUMIN), 0, 4, lambda y: f"PERUMIN {31 + (y - 2013) // 2}: "
                                                         f"live from Arequipa")
    feasts += _yearly("08-10", 0, 0, lambda _: "Día de la Minería: Chile's mining day")
    return _calendar(base, news, feasts)


def mining_style() -> PublisherStyle:
    """An English mining newsletter (Santiago and Lima): a topic kicker, a subscriber-only
    label, a city and the short month with the year turned the weekday, the date and the
    local time on 5 March 2018 (a wording per day), "By" turned with the site's name,
    "Related coverage:" (up to twice), a photo credit, copper on working days and lithium
    every week, a social line turned a newsletter appeal and turned by four votes, a strike,
    a blockade, the 2019 unrest, the 2020 tracker and the plebiscite, PDAC, Perumin with its
    number and Chile's mining day, a not-advice line, the reporting and editing credits and
    the licence terms reworded and the subscription (a block), a rare correction."""
    return PublisherStyle(
        domain="andesminingreport.com", site="Andes Mining Report", base_size=195,
        subdomains=(("www.", 100),),
        sections=("copper", "lithium", "gold", "policy", "labour", "water"),
        n_authors=7, url_path="/news/{yyyy}{mm}{dd}-{slug}",
        pools={
            "topic": ("COPPER", "LITHIUM", "GOLD & SILVER", "POLICY", "LABOUR", "WATER",
                      "PROJECTS"),
            "city": ("SANTIAGO", "LIMA", "ANTOFAGASTA", "AREQUIPA", "CALAMA", "COPIAPÓ",
                     "LA PAZ", "SALTA"),
            "photo": ("company handout", "Andes Mining Report", "file photo", "government "
                      "press office"),
        },
        families=(
            _f("topic", HEADER, 0.5, (_OLD, "{topic}")),
            _f("premium", HEADER, 0.25, (_OLD, "SUBSCRIBER CONTENT")),
            _f("dateline", HEADER, 0.8, *_by_day(_am_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (AM_REDESIGN.isoformat(), "By {author}, Andes Mining Report")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related coverage: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.18, (_OLD, "Photo: {photo}")),
            _f("copper", FOOTER, 0.25, *_by_day(_am_copper)),
            _f("lithium", FOOTER, 0.12, *_by_day(_am_lithium)),
            _f("notice", FOOTER, 0.25, *_am_notice()),
            _f("not-advice", FOOTER, 0.2, (_OLD, "This report is for information only and is "
                                                 "not investment advice.")),
            _f("credits", FOOTER, 0.55, (_OLD, "(Reporting by {author}; editing by {author2})"),
               (AM_REDESIGN.isoformat(), "(Reporting by {author} in {city}; editing by the "
                                         "Lima desk)")),
            _f("licence", FOOTER, 0.45, (_OLD, "© {year} Andes Mining Report. Forwarding to "
                                               "non-subscribers is not permitted."),
               (AM_LICENCE.isoformat(), "© {year} Andes Mining Report. Licensed to "
                                        "subscribers; quote up to two paragraphs with a "
                                        "link.")),
            _f("subscribe", FOOTER, 0.2, (_OLD, "Annual subscription: US$950, multi-user "
                                                "licences available"),
               ("2017-01-02", "Annual subscription: US$1,100, multi-user licences available"),
               ("2019-01-02", "Annual subscription: US$1,250, multi-user licences "
                              "available")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: an earlier version gave the "
                                                  "wrong figure for the mine's output.")),
        ),
    )


# --- a daily (Quito, Ecuador) --------------------------------------------------------------------

CP_REDESIGN = dt.date(2017, 5, 24)  # relaunched on the day of the Battle of Pichincha
CP_WHATSAPP = dt.date(2019, 1, 7)
CP_OMBUDSMAN = dt.date(2019, 2, 20)  # the communication law's reform
CP_NO_DRIVING = (dt.date(2020, 3, 17), dt.date(2020, 6, 3))  # the emergency's own rule
PLATES = ("1 y 2", "3 y 4", "5 y 6", "7 y 8", "9 y 0")


def _cp_dated(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return f"Quito, {spanish_long(day)}"
    return f"{weekday_es(day)} {spanish_long(day)} - {{time}}"


def _cp_plates(day: dt.date) -> str:
    if CP_NO_DRIVING[0] <= day < CP_NO_DRIVING[1]:
        return "🚗 Pico y placa suspendido: rige la restricción vehicular de la emergencia"
    if day.weekday() >= 5:
        return f"🚗 Hoy {weekday_es(day, False)} no rige el pico y placa en Quito"
    return (f"🚗 Pico y placa hoy, {weekday_es(day, False)}: placas terminadas en "
            f"{PLATES[day.weekday()]}, de 07:00 a 09:30 y de 16:00 a 19:30")


def _cp_quito(y: int) -> str:
    if y == 2020:
        return "🎉 Fiestas de Quito 2020: los festejos son virtuales"
    return f"🎉 Fiestas de Quito: {y - 1534} años de fundación española"


def _cp_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook y Twitter: @CentinelaUIO"),
                  (CP_WHATSAPP.isoformat(), "📲 Reciba las noticias de Quito por WhatsApp: "
                                            "escriba ALTA al 099 000 0000"))
    news: list[Event] = [
        _span("2015-08-14", "2015-10-31", "🌋 Alerta amarilla por el Cotopaxi: conozca las "
                                          "rutas de evacuación del valle de Los Chillos"),
        _span("2016-04-16", "2016-05-15", "🙏 Terremoto en Manabí y Esmeraldas: centros de "
                                          "acopio en Quito"),
        _vote("2017-02-19", "🗳️ Elecciones 2017: consulte dónde votar", before=5),
        _vote("2017-04-02", "🗳️ Segunda vuelta: consulte dónde votar", before=5),
        _vote("2018-02-04", "🗳️ Consulta popular y referéndum: las siete preguntas",
              before=5),
        _vote("2019-03-24", "🗳️ Elecciones seccionales: consulte dónde votar", before=5),
        _span("2019-10-03", "2019-10-14", "⚠️ Paro nacional y estado de excepción: vías "
                                          "cerradas en Quito"),
        _span("2020-03-16", "2020-09-13", "😷 Estado de excepción: toque de queda y semáforo "
                                          "en Quito"),
    ]
    feasts = _yearly("12-06", 5, 0, _cp_quito)
    feasts += _yearly("05-24", 0, 0, lambda y: f"🇪🇨 {y - 1822} años de la Batalla de "
                                               f"Pichincha")
    feasts += _yearly("08-10", 0, 0, lambda y: f"🇪🇨 10 de Agosto: {y - 1809} años del Primer "
                                               f"Grito de Independencia")
    feasts += _yearly("11-02", 2, 0, lambda _: "🍞 Día de Difuntos: guaguas de pan y colada "
                                               "morada")
    feasts += _yearly("06-21", 0, 2, lambda _: "☀️ Inti Raymi: agenda del Hatun Puncha en "
                                               "Cayambe y Otavalo")
    return _calendar(base, news, feasts)


def quito_style() -> PublisherStyle:
    """A daily (Quito): a section kicker, the city and the date turned the weekday, the date
    and the time on 24 May 2017 (a wording per day), "Por:" turned with the newsroom, "Lea
    también:" (up to twice), a photo credit, the day's driving restriction by weekday
    (suspended in the 2020 emergency), the dry season's fires and the rains, a social line
    turned a messenger appeal and turned by the Cotopaxi alert, the 2016 earthquake, four
    votes, the 2019 strike and the 2020 emergency, the city's feasts with their count
    (virtual in 2020), two national days with their counts, the Day of the Dead and Inti
    Raymi, a readers' ombudsman reworded with the law, the cover price in dollars rising and
    a rights line (a block), a rare water cut."""
    return PublisherStyle(
        domain="centinelapichincha.com.ec", site="El Centinela del Pichincha", base_size=170,
        subdomains=(("www.", 80), ("", 20)),
        sections=("quito", "politica", "economia", "pais", "deportes", "cultura"),
        n_authors=6, url_path="/{section}/{slug}.html",
        pools={
            "seccion": ("QUITO", "POLÍTICA", "ECONOMÍA", "PAÍS", "DEPORTES", "CULTURA"),
            "foto": ("El Centinela", "Archivo", "Cortesía Municipio de Quito", "Redes "
                     "sociales", "Secretaría de Comunicación"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.75, *_by_day(_cp_dated)),
            _f("por", HEADER, 0.5, (_OLD, "Por: {author}"),
               (CP_REDESIGN.isoformat(), "{author} · Redacción Quito")),
            _f("lea-tambien", MIDDLE, 0.3, (_OLD, "Lea también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("pico-y-placa", HEADER, 0.15, *_by_day(_cp_plates)),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("06-15", "☀️ Verano en Quito: riesgo alto de incendios forestales, no queme "
                          "basura ni maleza"),
                ("10-01", "🌧️ Temporada de lluvias: evite las quebradas durante los "
                          "aguaceros"))),
            _f("aviso", FOOTER, 0.3, *_cp_notice()),
            _f("defensor", FOOTER, 0.2, (_OLD, "Defensor de audiencias y lectores: "
                                               "defensor@centinelapichincha.com.ec"),
               (CP_OMBUDSMAN.isoformat(), "Escríbanos sus comentarios y reclamos: "
                                          "lectores@centinelapichincha.com.ec")),
            _f("precio", FOOTER, 0.2, (_OLD, "Precio del ejemplar: USD 0,50"),
               ("2016-09-01", "Precio del ejemplar: USD 0,75"),
               ("2019-09-02", "Precio del ejemplar: USD 1,00 · Edición digital USD 4,99 al "
                              "mes")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} El Centinela del Pichincha. Prohibida "
                                                "la reproducción sin autorización.")),
            _f("agua", HEADER, 0.04, (_OLD, "⚠️ Corte de agua programado hoy en el sur de Quito, "
                                            "de 08:00 a 18:00")),
        ),
    )


# --- a daily (La Paz, Bolivia) ------------------------------------------------------------------

DI_REDESIGN = dt.date(2016, 7, 16)  # relaunched on La Paz's day
DI_WHATSAPP = dt.date(2019, 3, 11)
FERIA_DAYS = (3, 6)  # El Alto's big market: Thursdays and Sundays


def gran_poder(y: int) -> dt.date:
    """The Gran Poder parade: the Saturday before Trinity Sunday."""
    return easter(y) + dt.timedelta(days=55)


def oruro_entry(y: int) -> dt.date:
    """The Carnival of Oruro's entry: the Saturday before Carnival Tuesday."""
    return carnival_tuesday(y) - dt.timedelta(days=3)


def next_feria(day: dt.date) -> dt.date:
    """El Alto's market day on or after `day` (a Thursday or a Sunday)."""
    while day.weekday() not in FERIA_DAYS:
        day += dt.timedelta(days=1)
    return day


def _di_dated(day: dt.date) -> str:
    if day < DI_REDESIGN:
        return f"{weekday_es(day, False)} {day.day} de {SPANISH_MONTHS[day.month - 1]}, {day.year}"
    return f"La Paz, {weekday_es(day, False)} {day.day:02d}.{day.month:02d}.{day.year}"


def _di_feria(day: dt.date) -> str:
    if day.weekday() in FERIA_DAYS:
        return f"🛍️ Hoy {weekday_es(day, False)} hay Feria 16 de Julio en El Alto"
    nxt = next_feria(day)
    return f"🛍️ Próxima Feria 16 de Julio: {weekday_es(nxt, False)} {nxt.day}"


def _di_gran_poder(y: int) -> str:
    if y == 2020:
        return "💃 Gran Poder 2020: la entrada folklórica se suspende"
    return f"💃 Gran Poder {y}: recorrido y desvíos de la entrada folklórica"


def _di_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook: Diario Illimani"),
                  (DI_WHATSAPP.isoformat(), "📲 Noticias en su WhatsApp: envíe ALTA al "
                                            "700 00000"))
    news: list[Event] = [
        _vote("2015-03-29", "🗳️ Elecciones subnacionales: recintos en La Paz y El Alto",
              before=5),
        _vote("2016-02-21", "🗳️ Referendo constitucional del 21F: recintos de votación",
              before=5),
        _span("2016-11-08", "2016-12-15", "🚰 Racionamiento de agua en La Paz: horarios por "
                                          "zonas"),
        _vote("2019-10-20", "🗳️ Elecciones generales: recintos de votación", before=5,
              after=0),
        _span("2019-10-21", "2019-11-24", "⚠️ Conflicto poselectoral: bloqueos y paros en La "
                                          "Paz y El Alto"),
        _span("2020-03-22", "2020-05-31", "😷 Cuarentena total: circulación según el último "
                                          "dígito del carnet"),
        _vote("2020-10-18", "🗳️ Elecciones generales 2020: recintos y medidas de "
                            "bioseguridad", before=5),
    ]
    feasts = _yearly("01-24", 1, 2, lambda y: f"🪙 Alasitas {y}: la feria de las miniaturas "
                                              f"abre al mediodía")
    feasts += _movable(oruro_entry, 1, 0, lambda y: f"🎭 Carnaval de Oruro {y}: la Entrada "
                                                    f"del Sábado de Peregrinación")
    feasts += _yearly("03-23", 0, 0, lambda y: f"⚓ Día del Mar: {y - 1879} años sin "
                                               f"costa")
    feasts += _movable(gran_poder, 1, 0, _di_gran_poder)
    feasts += _yearly("06-21", 1, 0, lambda y: f"☀️ Jallalla Willkakuti: Año Nuevo Andino "
                                               f"Amazónico {y + 3508}")
    feasts += _yearly("07-16", 0, 0, lambda y: f"🏛️ {y - 1809} años de la Revolución del 16 "
                                               f"de Julio")
    feasts += _yearly("08-06", 1, 0, lambda y: f"🇧🇴 {y - 1825} años de la Patria")
    return _calendar(base, news, feasts)


def lapaz_style() -> PublisherStyle:
    """A daily (La Paz): a section kicker, the weekday and the date turned the city and a
    dotted date on 16 July 2016 (a wording per day), "Por" turned with the site's name, "Le
    puede interesar:" (up to twice), a photo credit, El Alto's market day (a wording per
    day), the fixed exchange rate, the rains and the frosts, a social line turned a
    messenger appeal and turned by four votes, the water rationing, the 2019 crisis and the
    2020 quarantine, Alasitas, Oruro's carnival, the Day of the Sea with its count, Gran
    Poder (called off in 2020), the Andean new year with its count, two national days with
    their counts, an Aymara greeting, the cover price rising and a reproduction line (a
    block), a rare blockade."""
    return PublisherStyle(
        domain="diarioillimani.com.bo", site="Diario Illimani", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nacional", "la-paz", "el-alto", "economia", "deportes", "cultura"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "seccion": ("NACIONAL", "LA PAZ", "EL ALTO", "ECONOMÍA", "DEPORTES", "CULTURA"),
            "foto": ("Diario Illimani", "Archivo", "Cortesía", "Redes sociales"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.75, *_by_day(_di_dated)),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}"),
               (DI_REDESIGN.isoformat(), "{author} / Diario Illimani")),
            _f("le-puede", MIDDLE, 0.3, (_OLD, "Le puede interesar: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("feria", HEADER, 0.12, *_by_day(_di_feria)),
            _f("cambio", FOOTER, 0.2, (_OLD, "Tipo de cambio oficial: Bs 6,86 compra · Bs 6,96 "
                                             "venta")),
            _f("clima", FOOTER, 0.12, *_seasons(
                ("01-01", "🌧️ Época de lluvias: el Senamhi alerta por riadas en la ladera "
                          "oeste"),
                ("04-15", "❄️ Heladas en el Altiplano: abrigue a niños y adultos mayores"),
                ("09-01", "🌬️ Agosto ya pasó: cuidado con los vientos y el polvo en El Alto"),
                ("11-15", "🌧️ Época de lluvias: el Senamhi alerta por riadas en la ladera "
                          "oeste"))),
            _f("aviso", FOOTER, 0.3, *_di_notice()),
            _f("jallalla", FOOTER, 0.12, (_OLD, "Jallalla: gracias por leer Diario Illimani")),
            _f("precio", FOOTER, 0.2, (_OLD, "Precio: Bs 3"), ("2017-01-02", "Precio: Bs 4"),
               ("2019-07-01", "Precio: Bs 5")),
            _f("reproduccion", FOOTER, 0.4, (_OLD, "© {year} Diario Illimani. Se autoriza la "
                                                   "reproducción citando la fuente.")),
            _f("bloqueo", HEADER, 0.04, (_OLD, "⚠️ Bloqueo en la autopista La Paz–El Alto: use "
                                               "vías alternas")),
        ),
    )


# --- a news site (Montevideo, Uruguay) -----------------------------------------------------------

RO_REDESIGN = dt.date(2018, 8, 25)  # relaunched on Independence Day
RO_MEMBERS = dt.date(2017, 3, 1)
RO_LICENCE = dt.date(2019, 1, 2)
UYU_POINTS: Points = (
    ("2015-01-02", 24.3), ("2015-12-30", 29.9), ("2016-06-15", 30.9), ("2016-12-29", 29.3),
    ("2017-12-28", 28.8), ("2018-12-28", 32.4), ("2019-12-30", 37.3), ("2020-04-15", 44.5),
    ("2020-12-30", 42.3))


def ui_value(day: dt.date) -> float:
    """The made-up value of the Unidad Indexada in pesos on `day` (it moves a little every
    day with prices: about 3.01 at the start of 2015 to 4.74 at the end of 2020)."""
    return round(3.0148 + 1.73 * progress(day) ** 1.03, 4)


def uyu_rate(day: dt.date) -> float:
    """The made-up interbank dollar in Uruguayan pesos on `day`'s working day."""
    work = working_day(day)
    return round(along(work, UYU_POINTS) + made_up(work, "uyu", -150, 150) / 1000, 3)


def turismo(y: int) -> dt.date:
    """The Monday of Tourism Week (Holy Week as Uruguay's calendar names it)."""
    return easter(y) - dt.timedelta(days=6)


def _ro_dated(day: dt.date) -> str:
    if day < RO_REDESIGN:
        return f"{day.day} {SPANISH_MONTHS[day.month - 1][:3]} {day.year}"
    return f"{weekday_es(day)} {spanish_long(day)} · Actualizado {{time}}"


def _ro_ui(day: dt.date) -> str:
    return f"UI: {grouped(ui_value(day), 4)} · Dólar: ${grouped(uyu_rate(day), 3)}"


def _ro_notice() -> Wordings:
    base = _steps((_OLD, "Seguinos en Twitter: @ramblaoriental"),
                  ("2019-04-01", "📩 La Rambla de la mañana: recibí nuestro resumen gratis de "
                                 "lunes a viernes"))
    news: list[Event] = [
        _vote("2015-05-10", "🗳️ Elecciones departamentales: dónde voto", before=5),
        _vote("2019-06-30", "🗳️ Elecciones internas: dónde voto", before=5),
        _vote("2019-10-27", "🗳️ Elecciones nacionales y plebiscito: dónde voto", before=5),
        _vote("2019-11-24", "🗳️ Balotaje: resultados en vivo", before=5, after=3),
        _span("2020-03-13", "2020-06-30", "😷 Emergencia sanitaria: si podés, quedate en "
                                          "casa"),
        _vote("2020-09-27", "🗳️ Elecciones departamentales: dónde voto y cómo votar con "
                            "tapabocas", before=5),
    ]
    feasts = _movable(carnival_tuesday, 1, 0, lambda _: "🎭 Lunes y martes de Carnaval: "
                                                        "feriado")
    feasts += _movable(turismo, 0, 6, lambda y: f"🐎 Semana de Turismo {y}: Criolla del "
                                                f"Prado y horarios de ómnibus")
    feasts += _yearly("07-18", 0, 0, lambda y: f"📜 {y - 1830} años de la Jura de la "
                                               f"Constitución")
    feasts += _yearly("08-24", 0, 0, lambda _: "🎶 Noche de la Nostalgia: los bailes de "
                                               "esta noche")
    feasts += _yearly("08-25", 0, 0, lambda y: f"🇺🇾 {y - 1825} años de la Declaratoria de "
                                               f"la Independencia")
    return _calendar(base, news, feasts)


def montevideo_style() -> PublisherStyle:
    """A news site (Montevideo): a section kicker, a short date turned the weekday, the date
    and the time it was updated on 25 August 2018 (a wording per day), "Escribe" turned with
    a beat, "Leé también:" (up to twice), a photographer's credit, the UI every day with the
    dollar of the working day, the beaches, the winter plan and the rest of the year, a
    social line turned a newsletter appeal and turned by five votes and the 2020 emergency,
    Carnival, Tourism Week by Easter, two national days with their counts and the Night of
    Nostalgia, a members' appeal turned with a monthly price and a licence line reworded (a
    block), a rare storm alert."""
    return PublisherStyle(
        domain="ramblaoriental.com.uy", site="Rambla Oriental", base_size=130,
        subdomains=(("", 70), ("www.", 30)),
        sections=("politica", "sociedad", "economia", "cultura", "deporte", "montevideo"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={
            "seccion": ("Política", "Sociedad", "Economía", "Cultura", "Deporte",
                        "Montevideo"),
            "beat": ("Política", "Sociedad", "Economía", "Cultura", "Deporte"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.75, *_by_day(_ro_dated)),
            _f("escribe", HEADER, 0.5, (_OLD, "Escribe {author}"),
               (RO_REDESIGN.isoformat(), "Escribe {author} | {author_beat}")),
            _f("lee", MIDDLE, 0.3, (_OLD, "Leé también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.18, (_OLD, "Foto: {author2}")),
            _f("indicadores", FOOTER, 0.18, *_by_day(_ro_ui)),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("05-15", "❄️ Plan Invierno: si ves a alguien durmiendo a la intemperie, llamá "
                          "al 0800 0000"),
                ("09-15", "🧉 Rambla Oriental: Montevideo y el país, todos los días"),
                ("12-08", "🏖️ Temporada de playas: mirá el color de la bandera antes de "
                          "meterte al agua"))),
            _f("aviso", FOOTER, 0.3, *_ro_notice()),
            _f("socios", FOOTER, 0.2, (_OLD, "Apoyá el periodismo independiente: compartí "
                                             "nuestras notas."),
               (RO_MEMBERS.isoformat(), "Hacete socio de Rambla Oriental desde $ 190 por "
                                        "mes"),
               ("2019-03-01", "Hacete socio de Rambla Oriental desde $ 240 por mes")),
            _f("licencia", FOOTER, 0.45, (_OLD, "© {year} Rambla Oriental. Se permite citar "
                                                "con mención de la fuente."),
               (RO_LICENCE.isoformat(), "Contenido bajo licencia Creative Commons BY-NC-ND 4.0: "
                                        "citá a Rambla Oriental con un enlace.")),
            _f("alerta", HEADER, 0.04, (_OLD, "⛈️ Alerta naranja por tormentas fuertes: evitá "
                                              "circular por la rambla")),
        ),
    )


# --- a Spanish and Guarani site (Asuncion, Paraguay) ---------------------------------------------

TP_REDESIGN = dt.date(2017, 8, 25)  # relaunched on the Day of the Guarani Language
TP_WHATSAPP = dt.date(2018, 9, 3)
PYG_POINTS: Points = (
    ("2015-01-02", 4630), ("2015-12-30", 5800), ("2016-12-29", 5770), ("2017-12-28", 5590),
    ("2018-12-28", 5960), ("2019-12-30", 6450), ("2020-06-15", 6800), ("2020-12-30", 6900))


def pyg_rate(day: dt.date) -> int:
    """The made-up dollar in guaranies at the exchange houses on `day`'s working day."""
    work = working_day(day)
    return round(along(work, PYG_POINTS)) + made_up(work, "pyg", -25, 25)


def _tp_dated(day: dt.date) -> str:
    if day < TP_REDESIGN:
        return f"{weekday_es(day)}, {spanish_long(day)}"
    return (f"{GUARANI_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{GUARANI_MONTHS[day.month - 1]} {day.year} · {{time}}")


def _tp_cambio(day: dt.date) -> str:
    return f"💱 Cambios hoy: USD 1 = Gs. {grouped(pyg_rate(day))}"


def _tp_caacupe(y: int) -> str:
    if y == 2020:
        return "⛪ Caacupé 2020: la peregrinación es virtual, seguí la misa desde tu casa"
    return f"⛪ Caacupé {y}: horarios de misas y desvíos en la ruta"


def _tp_notice() -> Wordings:
    base = _steps((_OLD, "Seguinos en Facebook: Tape Pyahu"),
                  (TP_WHATSAPP.isoformat(), "📲 Recibí las noticias en WhatsApp: escribinos "
                                            "al 0981 000 000"))
    news: list[Event] = [
        _vote("2015-11-15", "🗳️ Elecciones municipales: consultá tu local de votación",
              before=5),
        _span("2015-12-18", "2016-02-29", "🌊 Crecida del río Paraguay: centros de evacuados "
                                          "en Asunción"),
        _span("2017-03-31", "2017-04-03", "⚠️ Incidentes en el Congreso: la situación en el "
                                          "centro de Asunción"),
        _vote("2017-12-17", "🗳️ Internas partidarias: consultá tu local de votación",
              before=5),
        _vote("2018-04-22", "🗳️ Elecciones generales: consultá tu local de votación",
              before=5),
        _span("2020-03-20", "2020-05-03", "😷 Cuarentena total: quedate en tu casa, "
                                          "ñañangareko ñande rehe"),
    ]
    feasts = _yearly("05-14", 0, 1, lambda y: f"🇵🇾 {y - 1811} años de la Independencia: "
                                              f"¡feliz día, mamá!")
    feasts += _yearly("06-12", 0, 0, lambda y: f"🕊️ {y - 1935} años de la Paz del Chaco")
    feasts += _yearly("06-24", 2, 0, lambda _: "🔥 San Juan ára: pelota tata ha kambuchi "
                                               "jejoka")
    feasts += _yearly("08-01", 0, 0, lambda _: "🍲 1 de agosto: jopara ha caña con ruda")
    feasts += _yearly("08-25", 0, 0, lambda _: "🗣️ Ñane ñe'ẽ ára: Día del Idioma Guaraní")
    feasts += _yearly("12-08", 3, 0, _tp_caacupe)
    return _calendar(base, news, feasts)


def asuncion_style() -> PublisherStyle:
    """A Spanish and Guarani site (Asuncion): a section kicker in either language, the
    Spanish weekday and date turned the Guarani weekday, the date with the Guarani month and
    the time on 25 August 2017 (a wording per day), "Por" turned "Ohai:", "Más noticias:"
    (up to twice), "Ta'anga:" before a photo credit, the dollar in guaranies on working
    days, dengue, autumn and the heat, a social line turned a messenger appeal and turned by
    three votes, the 2015 flood, the Congress riot and the 2020 quarantine, Independence and
    Mothers' Day with its count, the Chaco peace with its count, San Juan, 1 August, the
    language's day and Caacupe (virtual in 2020), the cover price rising, a rights line and
    a Guarani goodbye (a block), a rare power cut."""
    return PublisherStyle(
        domain="tapepyahu.com.py", site="Tape Pyahu", base_size=110,
        subdomains=(("www.", 100),),
        sections=("nacionales", "politica", "economia", "deportes", "interior", "cultura"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "seccion": ("Nacionales", "Política", "Economía", "Deportes", "Interior",
                        "Ñane Retã", "Cultura"),
            "foto": ("Tape Pyahu", "Archivo", "Gentileza", "Redes sociales"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.7, *_by_day(_tp_dated)),
            _f("por", HEADER, 0.45, (_OLD, "Por {author}"),
               (TP_REDESIGN.isoformat(), "Ohai: {author}")),
            _f("mas-noticias", MIDDLE, 0.3, (_OLD, "Más noticias: {other_title}"), count=2),
            _f("taanga", MIDDLE, 0.2, (_OLD, "Ta'anga: {foto}")),
            _f("cambio", FOOTER, 0.2, *_by_day(_tp_cambio)),
            _f("estacion", FOOTER, 0.12, *_seasons(
                ("01-15", "🦟 Dengue: eliminá los criaderos de mosquitos de tu patio"),
                ("04-15", "🧉 Tape Pyahu: noticias de Paraguay ára ñavõ"),
                ("10-15", "🥵 Ola de calor: tomá agua y tereré, evitá el sol de 10 a 16"))),
            _f("aviso", FOOTER, 0.3, *_tp_notice()),
            _f("precio", FOOTER, 0.18, (_OLD, "Precio: Gs. 3.000"),
               ("2018-01-02", "Precio: Gs. 4.000"),
               ("2020-01-02", "Precio: Gs. 5.000 · Digital Gs. 35.000 por mes")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Tape Pyahu. Todos los derechos "
                                               "reservados.")),
            _f("aguyje", FOOTER, 0.15, (_OLD, "Aguyje! Jajotopata ko'ẽrõ.")),
            _f("ande", HEADER, 0.04, (_OLD, "⚠️ Corte de energía programado hoy en barrios de "
                                            "Asunción, de 7 a 12")),
        ),
    )


# --- a regional daily (Cusco, Peru) ---------------------------------------------------------------

OC_REDESIGN = dt.date(2018, 6, 24)  # relaunched on Inti Raymi
OC_WHATSAPP = dt.date(2019, 7, 1)
PEN_POINTS: Points = (
    ("2015-01-02", 2.98), ("2015-12-30", 3.41), ("2016-06-15", 3.30), ("2016-12-29", 3.36),
    ("2017-12-28", 3.24), ("2018-12-28", 3.37), ("2019-12-30", 3.31), ("2020-03-20", 3.50),
    ("2020-12-30", 3.61))


def pen_rate(day: dt.date) -> float:
    """The made-up dollar in soles on `day`'s working day."""
    work = working_day(day)
    return round(along(work, PEN_POINTS) + made_up(work, "pen", -12, 12) / 1000, 3)


def corpus_christi(y: int) -> dt.date:
    """Corpus Christi: the Thursday 60 days after Easter."""
    return easter(y) + dt.timedelta(days=60)


def _oc_dated(day: dt.date) -> str:
    if day < OC_REDESIGN:
        return f"Cusco, {day.day} de {SPANISH_MONTHS[day.month - 1]} del {day.year}"
    return f"{weekday_es(day)}, {day.day:02d} de {SPANISH_MONTHS[day.month - 1]} de " \
           f"{day.year} | {{time}} h"


def _oc_cambio(day: dt.date) -> str:
    return f"💱 Tipo de cambio: S/ {grouped(pen_rate(day), 3, '.', ',')} por dólar"


def _oc_inti(y: int) -> str:
    if y == 2020:
        return "☀️ Inti Raymi 2020: sin escenificación en Saqsaywaman por la pandemia"
    return f"☀️ Inti Raymi {y}: Qorikancha, Haukaypata y Saqsaywaman"


def _oc_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook: El Observador Cusqueño"),
                  (OC_WHATSAPP.isoformat(), "📲 Noticias por WhatsApp: escriba NOTICIAS al "
                                            "984 000 000"))
    news: list[Event] = [
        _vote("2016-04-10", "🗳️ Elecciones generales: ubique su local de votación",
              before=5),
        _vote("2016-06-05", "🗳️ Segunda vuelta: ubique su local de votación", before=5),
        _vote("2018-10-07", "🗳️ Elecciones regionales y municipales: ubique su local",
              before=5),
        _vote("2018-12-09", "🗳️ Referéndum y segunda vuelta regional", before=5),
        _span("2019-09-30", "2019-10-02", "⚠️ Disolución del Congreso: las últimas noticias"),
        _vote("2020-01-26", "🗳️ Elecciones congresales extraordinarias", before=5),
        _span("2020-03-16", "2020-06-30", "😷 Estado de emergencia: Machu Picchu y el Camino "
                                          "Inca cerrados"),
        _span("2020-11-10", "2020-11-16", "⚠️ Crisis política: marchas en la Plaza de "
                                          "Armas"),
    ]
    # Inti Raymi's notice breaks into the 2020 emergency's (to say it is not staged)
    inti = _yearly("06-24", 3, 0, _oc_inti)
    feasts = _movable(lambda y: easter(y) - dt.timedelta(days=6), 0, 0,
                      lambda _: "✝️ Lunes Santo: procesión del Taytacha de los Temblores")
    feasts += _movable(lambda y: easter(y) + dt.timedelta(days=56), 2, 0,
                       lambda _: "🏔️ Qoyllur Rit'i: las naciones bajan del Sinakara")
    feasts += _movable(corpus_christi, 1, 0, lambda _: "⛪ Corpus Christi: los santos y "
                                                       "vírgenes llegan a la Catedral")
    feasts += _yearly("07-28", 1, 0, lambda y: f"🇵🇪 Fiestas Patrias: {y - 1821} años de "
                                               f"Independencia")
    return _calendar(base, inti, news, feasts)


def cusco_style() -> PublisherStyle:
    """A regional daily (Cusco): a section kicker, the city and the date "del" year turned
    the weekday, the date and the time on Inti Raymi 2018 (a wording per day), "Por" turned
    "Redacción:", "Lea además:" (up to twice), a photo credit, the dollar in soles on
    working days, the Inca Trail's February closure, frosts, UV and the rains, a social line
    turned a messenger appeal and turned by five votes, the 2019 dissolution, the 2020
    closure and the November crisis, Holy Monday, Qoyllur Rit'i and Corpus Christi by
    Easter, Inti Raymi (not staged in 2020) and Fiestas Patrias with their count, a Quechua
    thanks, the cover price rising and a rights line (a block), a rare strike."""
    return PublisherStyle(
        domain="observadorcusqueno.pe", site="El Observador Cusqueño", base_size=90,
        subdomains=(("www.", 100),),
        sections=("cusco", "regiones", "politica", "turismo", "deportes", "cultura"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "seccion": ("CUSCO", "REGIONES", "POLÍTICA", "TURISMO", "DEPORTES", "CULTURA"),
            "foto": ("El Observador Cusqueño", "Archivo", "Difusión", "Dircetur"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.7, *_by_day(_oc_dated)),
            _f("por", HEADER, 0.45, (_OLD, "Por {author}"),
               (OC_REDESIGN.isoformat(), "Redacción: {author}")),
            _f("lea-ademas", MIDDLE, 0.3, (_OLD, "Lea además: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.18, (_OLD, "Foto: {foto}")),
            _f("cambio", FOOTER, 0.18, *_by_day(_oc_cambio)),
            _f("camino-inca", FOOTER, 0.1, *_seasons(
                ("02-01", "🥾 Camino Inca cerrado por mantenimiento todo febrero"),
                ("03-01", "🥾 Camino Inca: reserve su permiso con meses de anticipación"))),
            _f("clima", FOOTER, 0.1, *_seasons(
                ("05-15", "❄️ Heladas en las provincias altas: abríguese y proteja a sus "
                          "animales"),
                ("09-01", "☀️ Radiación UV extrema en Cusco: use sombrero y bloqueador"),
                ("12-01", "🌧️ Temporada de lluvias: cuidado con los huaicos en la vía a "
                          "Machu Picchu"))),
            _f("aviso", FOOTER, 0.3, *_oc_notice()),
            _f("sulpayki", FOOTER, 0.12, (_OLD, "Sulpayki! Tupananchiskama.")),
            _f("precio", FOOTER, 0.18, (_OLD, "Precio: S/ 1.00"),
               ("2019-01-02", "Precio: S/ 1.50")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} El Observador Cusqueño. Prohibida la "
                                               "reproducción sin autorización del editor.")),
            _f("paro", HEADER, 0.04, (_OLD, "⚠️ Paro regional: hoy no hay trenes a Machu "
                                            "Picchu")),
        ),
    )


# --- a Portuguese-language site at the triple border (Foz do Iguacu, Brazil) --------------------

GT_REDESIGN = dt.date(2019, 6, 10)  # relaunched on the city's birthday
GT_WHATSAPP = dt.date(2018, 5, 7)
BRL_POINTS: Points = (
    ("2015-01-02", 2.66), ("2015-09-23", 4.15), ("2015-12-30", 3.95), ("2016-06-15", 3.45),
    ("2016-12-29", 3.27), ("2017-12-28", 3.31), ("2018-09-13", 4.19), ("2018-12-28", 3.87),
    ("2019-12-30", 4.03), ("2020-05-13", 5.89), ("2020-12-30", 5.19))
BRIDGE_CLOSED = ("2020-03-18", "2020-10-14")


def brl_rate(day: dt.date) -> float:
    """The made-up dollar in reais on `day`'s working day."""
    work = working_day(day)
    return round(along(work, BRL_POINTS) + made_up(work, "brl", -3, 3) / 100, 2)


def falls_flow(day: dt.date) -> int:
    """The made-up flow of the Iguazu falls in cubic metres a second on `day` (higher in the
    southern winter and spring, low in the 2020 drought), to 10."""
    season = (0.7, 0.7, 0.8, 0.9, 1.1, 1.3, 1.2, 1.0, 1.1, 1.4, 1.2, 0.9)[day.month - 1]
    drought = 0.3 if dt.date(2020, 3, 1) <= day else 1.0
    return 10 * round(1500 * season * drought * made_up(day, "vazao", 60, 160) / 1000)


def _gt_dated(day: dt.date) -> str:
    if day < GT_REDESIGN:
        return f"Foz do Iguaçu, {day.day} de {PORTUGUESE_MONTHS[day.month - 1]} de {day.year}"
    return (f"{PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} "
            f"às {{time}}")


def _gt_vazao(day: dt.date) -> str:
    return f"💧 Vazão das Cataratas hoje: {grouped(falls_flow(day))} m³/s"


def _gt_cambio(day: dt.date) -> str:
    brl, pyg = brl_rate(day), pyg_rate(day)
    return (f"💱 Câmbio na fronteira: US$ 1 = R$ {grouped(brl, 2)} | R$ 1 = "
            f"₲ {grouped(pyg / brl)}")


def _gt_natal(y: int) -> str:
    if y == 2020:
        return "🎄 Natal das Cataratas 2020: programação reduzida e sem desfiles"
    return f"🎄 Natal das Cataratas {y}: programação na Avenida Brasil"


def _gt_notice() -> Wordings:
    base = _steps((_OLD, "Curta nossa página no Facebook: Gazeta da Tríplice"),
                  (GT_WHATSAPP.isoformat(), "📲 Receba as notícias no WhatsApp: (45) "
                                            "90000-0000"))
    news: list[Event] = [
        _vote("2016-10-02", "🗳️ Eleições municipais: onde votar em Foz", before=5),
        _span("2018-05-21", "2018-05-31", "🚚 Greve dos caminhoneiros: postos sem combustível "
                                          "em Foz"),
        _vote("2018-10-07", "🗳️ Eleições 2018: onde votar em Foz", before=5),
        _vote("2018-10-28", "🗳️ Segundo turno: apuração em tempo real", before=5),
        _span(*BRIDGE_CLOSED, "🌉 Ponte da Amizade fechada: veja quem pode atravessar"),
        _vote("2020-11-15", "🗳️ Eleições municipais 2020: horário preferencial para idosos",
              before=5),
    ]
    feasts = _yearly("06-10", 0, 0, lambda y: f"🎂 Foz do Iguaçu faz {y - 1914} anos")
    feasts += _movable(carnival_tuesday, 2, 0, lambda _: "🎭 Carnaval: horários do comércio "
                                                         "na fronteira")
    feasts += _yearly("12-24", 20, 0, _gt_natal)
    return _calendar(base, news, feasts)


def foz_style() -> PublisherStyle:
    """A Portuguese-language site at the triple border (Foz do Iguacu): an editorial kicker,
    the city and the date turned the weekday, a date with slashes and the time on the city's
    birthday 2019 (a wording per day), "Por" turned with the site's name, "Leia também:"
    (up to twice), a photo credit, an advert's label mid-body, the falls' flow every day,
    the real and the guarani on working days, a social line turned a messenger appeal and
    turned by four votes, the truckers' strike and the bridge closed in 2020, the city's
    birthday with its count, Carnival and Christmas at the falls (scaled down in 2020), the
    subscription rising, a rights line and a greeting in three languages (a block), a rare
    queue at the bridge."""
    return PublisherStyle(
        domain="gazetadatriplice.com.br", site="Gazeta da Tríplice", base_size=70,
        subdomains=(("www.", 100),),
        sections=("cidade", "fronteira", "politica", "turismo", "esportes"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "editoria": ("CIDADE", "FRONTEIRA", "POLÍTICA", "TURISMO", "ESPORTES"),
            "foto": ("Gazeta da Tríplice", "Divulgação", "Arquivo", "Prefeitura de Foz"),
        },
        families=(
            _f("editoria", HEADER, 0.35, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.7, *_by_day(_gt_dated)),
            _f("por", HEADER, 0.45, (_OLD, "Por {author}"),
               (GT_REDESIGN.isoformat(), "{author} | Gazeta da Tríplice")),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.18, (_OLD, "Foto: {foto}")),
            _f("publicidade", MIDDLE, 0.08, (_OLD, "PUBLICIDADE")),
            _f("vazao", FOOTER, 0.15, *_by_day(_gt_vazao)),
            _f("cambio", FOOTER, 0.2, *_by_day(_gt_cambio)),
            _f("aviso", FOOTER, 0.3, *_gt_notice()),
            _f("assine", FOOTER, 0.15, (_OLD, "Assine a Gazeta: R$ 9,90 por mês"),
               ("2018-01-02", "Assine a Gazeta: R$ 14,90 por mês"),
               ("2020-02-03", "Assine a Gazeta: R$ 19,90 por mês no plano digital")),
            _f("direitos", FOOTER, 0.4, (_OLD, "© {year} Gazeta da Tríplice. Proibida a "
                                               "reprodução sem autorização.")),
            _f("bem-vindo", FOOTER, 0.12, (_OLD, "Bem-vindo · Bienvenido · Eguahẽporã")),
            _f("ponte", HEADER, 0.04, (_OLD, "⚠️ Ponte da Amizade com fila de duas horas nesta "
                                             "manhã")),
        ),
    )


# --- a community radio (Temuco, Chile) ------------------------------------------------------------

RL_REDESIGN = dt.date(2019, 6, 24)  # the new site went up on We Tripantu
RL_STREAM = dt.date(2017, 3, 6)
RL_WHATSAPP = dt.date(2018, 4, 2)
RL_SHOWS = ("Mari mari pu lamngen: noticiero de las 7", "Nütram: conversación con dirigentes, "
            "a las 11", "Kimün: mapuzugun para todos, a las 18", "La hora de los "
            "campesinos, a las 6", "Feria en la radio: precios del mercado, a las 10",
            "Sábado ranchero, desde las 9", "Misa y canto a lo divino, a las 10")
AIR_SEASON = ("04-01", "09-30")  # the smoke season of wood stoves
AIR_LEVELS = ("bueno", "bueno", "regular", "regular", "alerta", "alerta", "preemergencia")


def air_quality(day: dt.date) -> str | None:
    """The made-up air quality Temuco declares for `day` in the smoke season (None out of
    it)."""
    if not f"{day.year}-{AIR_SEASON[0]}" <= day.isoformat() <= f"{day.year}-{AIR_SEASON[1]}":
        return None
    return AIR_LEVELS[made_up(day, "aire", 0, len(AIR_LEVELS) - 1)]


def _rl_dated(day: dt.date) -> str:
    if day < RL_REDESIGN:
        return f"Publicado el {spanish_long(day)}"
    return f"{weekday_es(day)} {day.day}/{day.month}/{day.year}"


def _rl_today(day: dt.date) -> str:
    return f"📻 Hoy {weekday_es(day, False)}: {RL_SHOWS[day.weekday()]}"


def _rl_air(day: dt.date) -> str:
    level = air_quality(day)
    if level is None:
        return "🔥 Calidad del aire: fuera del período de episodios críticos"
    if level in ("bueno", "regular"):
        return f"🔥 Calidad del aire hoy en Temuco: {level}. Se permite el uso de leña seca"
    return f"🔥 Calidad del aire hoy en Temuco: {level}. Prohibido encender estufas a leña"


def _rl_notice() -> Wordings:
    base = _steps((_OLD, "Mándanos tus saludos por mensaje de texto al 9 0000 0000"),
                  (RL_WHATSAPP.isoformat(), "Saludos y denuncias por WhatsApp: +56 9 0000 "
                                            "0000"))
    news: list[Event] = [
        _span("2015-03-03", "2015-03-15", "🌋 Alerta roja por el volcán Villarrica: atentos a "
                                          "los avisos de evacuación"),
        _vote("2016-10-23", "🗳️ Municipales: transmisión especial desde el conteo", before=4),
        _vote("2017-11-19", "🗳️ Presidenciales: transmisión especial desde el conteo",
              before=4),
        _vote("2017-12-17", "🗳️ Segunda vuelta: transmisión especial desde el conteo",
              before=4),
        _span("2018-01-16", "2018-01-17", "⛪ El Papa Francisco en Maquehue: cortes de "
                                          "tránsito en Temuco"),
        _span("2020-03-18", "2020-08-31", "😷 Cuarentena en Temuco y Padre Las Casas: pide tu "
                                          "permiso en línea"),
        _vote("2020-10-25", "🗳️ Plebiscito: transmisión especial desde el conteo", before=4),
    ]
    feasts = _yearly("06-24", 3, 0, lambda _: "🌄 Küme We Tripantu pu lamngen: el sol "
                                              "vuelve")
    feasts += _yearly("02-24", 0, 0, lambda y: f"🎂 Temuco cumple {y - 1881} años")
    feasts += _yearly("09-18", 2, 1, lambda _: "🇨🇱 Fiestas Patrias: cueca y ramadas en la "
                                               "radio")
    return _calendar(base, news, feasts)


def temuco_style() -> PublisherStyle:
    """A community radio (Temuco): the station's dial line turned with the stream, the
    programme of the day by weekday, a posted date turned the weekday and a short date on We
    Tripantu 2019 (a wording per day), "Por" turned a note for the radio, "Escucha también:"
    once, the air quality every day of the smoke season, a greetings line turned a messenger
    appeal and turned by an eruption alert, four votes, the Pope's visit and the 2020
    quarantine, We Tripantu, the city's birthday with its count and Fiestas Patrias, a
    Mapudungun thanks, an appeal turned a membership and a licence line (a block), a rare
    stream outage."""
    return PublisherStyle(
        domain="radiollaima.cl", site="Radio Llaima", base_size=52,
        subdomains=(("www.", 100),),
        sections=("noticias", "comunidades", "campo", "cultura", "deportes"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("dial", HEADER, 0.3, (_OLD, "Radio Llaima 96.3 FM · Temuco"),
               (RL_STREAM.isoformat(), "Radio Llaima 96.3 FM · Temuco · y en vivo por "
                                       "radiollaima.cl")),
            _f("hoy", HEADER, 0.2, *_by_day(_rl_today)),
            _f("publicado", HEADER, 0.6, *_by_day(_rl_dated)),
            _f("por", HEADER, 0.4, (_OLD, "Por {author}"),
               (RL_REDESIGN.isoformat(), "Nota de {author} para Radio Llaima")),
            _f("escucha", MIDDLE, 0.2, (_OLD, "Escucha también: {other_title}")),
            _f("aire", FOOTER, 0.2, *_by_day(_rl_air)),
            _f("saludos", FOOTER, 0.3, *_rl_notice()),
            _f("chaltu-may", FOOTER, 0.12, (_OLD, "Chaltu may por escucharnos y leernos.")),
            _f("aporte", FOOTER, 0.15, (_OLD, "Radio Llaima es una radio comunitaria: colabora "
                                              "con un aporte voluntario."),
               ("2019-01-07", "Hazte socio de la radio comunitaria: $3.000 al mes")),
            _f("licencia", FOOTER, 0.35, (_OLD, "© {year} Radio Llaima. Se autoriza su difusión "
                                                "citando la fuente.")),
            _f("senal", HEADER, 0.04, (_OLD, "⚠️ Tenemos problemas con la transmisión en línea; "
                                             "seguimos en el 96.3")),
        ),
    )


# --- a Spanish and Welsh weekly (Trelew, Chubut, Argentina) -----------------------------------

SD_FIRST_ISSUE = dt.date(2015, 1, 2)  # a Friday: issue 803
SD_REDESIGN = dt.date(2018, 7, 27)  # the Friday before the landing's day


def sd_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number on `day` and the Friday it came out."""
    friday = week_from(day, 4)
    return 803 + (friday - SD_FIRST_ISSUE).days // 7, friday


def eisteddfod(y: int) -> dt.date:
    """The Eisteddfod's main day: the last Saturday of October."""
    return nth_or_last_weekday(y, 10, 5, -1)


def _sd_issue(day: dt.date) -> str:
    number, friday = sd_issue(day)
    if day < SD_REDESIGN:
        return f"Rhifyn {number} · Dydd Gwener {friday.day} {WELSH_MONTHS[friday.month - 1]} " \
               f"{friday.year}"
    return f"Rhifyn / Edición {number} · viernes {spanish_long(friday)}"


def _sd_eisteddfod(y: int) -> str:
    if y == 2020:
        return "🎶 Eisteddfod 2020: este año las competencias son en línea"
    return f"🎶 Eisteddfod del Chubut {y}: programa de competencias en Trelew"


def _sd_notice() -> Wordings:
    base = _steps((_OLD, "Avisos y cartas de lectores: redaccion@serenyde.com.ar"),
                  ("2019-03-01", "📲 Avisos por WhatsApp: 280 400 0000"))
    news: list[Event] = [
        _vote("2015-08-09", "🗳️ PASO 2015: las escuelas de Trelew", before=5),
        _vote("2015-10-25", "🗳️ Elecciones generales: las escuelas de Trelew", before=5),
        _vote("2015-11-22", "🗳️ Balotaje: las escuelas de Trelew", before=5),
        _span("2017-03-29", "2017-04-15", "🌧️ Temporal en Comodoro Rivadavia: cómo ayudar "
                                          "desde el valle"),
        _vote("2019-06-09", "🗳️ Elecciones provinciales en Chubut", before=5),
        _vote("2019-10-27", "🗳️ Elecciones generales: las escuelas de Trelew", before=5),
        _span("2020-03-20", "2020-06-07", "😷 Aislamiento obligatorio: la edición impresa se "
                                          "reparte a domicilio"),
    ]
    feasts = _yearly("07-28", 1, 0, lambda y: f"🏴 Gŵyl y Glaniad: {y - 1865} mlynedd / "
                                              f"{y - 1865} años del desembarco del Mimosa")
    feasts += _movable(eisteddfod, 6, 1, _sd_eisteddfod)
    feasts += _yearly("03-01", 0, 0, lambda _: "🌼 Dydd Gŵyl Dewi hapus! / ¡Feliz día de "
                                               "San David!")
    return _calendar(base, news, feasts)


def trelew_style() -> PublisherStyle:
    """A Spanish and Welsh weekly (Trelew): the issue number with the Friday it came out in
    Welsh (turning every Friday) turned bilingual on 27 July 2018, "Por" turned "Gan / Por",
    "Ver también:" once, whales and the summer's fires, a letters line turned a messenger
    appeal and turned by five votes, the 2017 storm and the 2020 isolation, the Welsh
    landing with its count, the Eisteddfod (online in 2020) and Saint David's day, the cover
    price rising fast, a Welsh thanks and a rights line (a block), a rare late edition."""
    return PublisherStyle(
        domain="serenyde.com.ar", site="Seren y De", base_size=36,
        subdomains=(("www.", 100),),
        sections=("valle", "chubut", "cultura", "campo"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("rhifyn", HEADER, 0.45, *_by_day(_sd_issue)),
            _f("por", HEADER, 0.45, (_OLD, "Por {author}"),
               (SD_REDESIGN.isoformat(), "Gan / Por {author}")),
            _f("ver", MIDDLE, 0.2, (_OLD, "Ver también: {other_title}")),
            _f("temporada", FOOTER, 0.15, *_seasons(
                ("06-01", "🐋 Temporada de ballenas en Península Valdés: salidas desde Puerto "
                          "Pirámides"),
                ("12-15", "🔥 Verano en la meseta: prohibido hacer fuego fuera de lugares "
                          "habilitados"))),
            _f("avisos", FOOTER, 0.3, *_sd_notice()),
            _f("precio", FOOTER, 0.15, (_OLD, "Precio del ejemplar: $ 15"),
               ("2016-04-01", "Precio del ejemplar: $ 25"),
               ("2018-07-27", "Precio del ejemplar: $ 40"),
               ("2019-09-06", "Precio del ejemplar: $ 70"),
               ("2020-08-07", "Precio del ejemplar: $ 90")),
            _f("diolch", FOOTER, 0.15, (_OLD, "Diolch am ddarllen · Gracias por leernos")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Seren y De, Trelew, Chubut")),
            _f("demora", HEADER, 0.04, (_OLD, "⚠️ Esta semana la edición impresa sale el "
                                              "sábado")),
        ),
    )


# --- a Japanese and Spanish Nikkei weekly (Lima, Peru) ----------------------------------------

AN_PRICE = dt.date(2018, 1, 5)


def japanese_era(day: dt.date) -> str:
    """`day`'s year as Japan counts it: Heisei to 30 April 2019, Reiwa (its first year
    "gannen") from 1 May 2019."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    return "令和元年" if day.year == 2019 else f"令和{day.year - 2018}年"


def _an_dated(day: dt.date) -> str:
    japanese = f"{japanese_era(day)}{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）"
    if day < REIWA:
        return japanese
    return f"{japanese} · {spanish_long(day)}"


def _an_notice() -> Wordings:
    base = _steps((_OLD, "Facebook: Andes Nippo"),
                  ("2019-05-01", "📩 Boletín semanal / 週刊メール：andesnippo.pe/boletin"))
    news: list[Event] = [
        _vote("2016-04-10", "🗳️ ペルー大統領選挙 / Elecciones generales", before=5),
        _vote("2016-06-05", "🗳️ 決選投票 / Segunda vuelta", before=5),
        _span("2020-03-16", "2020-06-30", "😷 緊急事態宣言：外出制限 / Estado de emergencia"),
    ]
    feasts = _yearly("04-03", 0, 0, lambda y: f"🌸 日本人ペルー移住{y - 1899}周年 / {y - 1899} "
                                              f"años de la inmigración japonesa")
    feasts += _yearly("01-01", 0, 2, lambda _: "🎍 あけましておめでとうございます / ¡Feliz "
                                               "Año Nuevo!")
    feasts += _yearly("07-28", 0, 0, lambda y: f"🇵🇪 ペルー独立記念日 / {y - 1821} años de "
                                               f"Independencia")
    return _calendar(base, news, feasts)


def lima_nikkei_style() -> PublisherStyle:
    """A Japanese and Spanish Nikkei weekly (Lima): the date with Japan's era and weekday
    turned bilingual when Reiwa began on 1 May 2019 (a wording per day), "文・" turned
    bilingual, "関連記事：" once, a photographer's credit, and a block of a social line
    turned a newsletter appeal and turned by two votes and the 2020 emergency, Japanese
    immigration with its count, the new year and Peru's independence with its count, the
    monthly price rising and a rights line, a rare missed issue."""
    return PublisherStyle(
        domain="andesnippo.pe", site="Andes Nippo", base_size=24,
        subdomains=(("", 100),),
        sections=("comunidad", "peru", "japon", "cultura"),
        n_authors=2, url_path="/{section}/{n}",
        families=(
            _f("hizuke", HEADER, 0.5, *_by_day(_an_dated)),
            _f("bun", HEADER, 0.45, (_OLD, "文・{author}"),
               (REIWA.isoformat(), "文・{author} / Texto: {author}")),
            _f("kanren", MIDDLE, 0.2, (_OLD, "関連記事：{other_title}")),
            _f("shashin", MIDDLE, 0.15, (_OLD, "写真・{author2}")),
            _f("oshirase", FOOTER, 0.3, *_an_notice()),
            _f("kodoku", FOOTER, 0.2, (_OLD, "購読料 / Suscripción: S/ 20 al mes"),
               (AN_PRICE.isoformat(), "購読料 / Suscripción: S/ 25 al mes")),
            _f("chosakuken", FOOTER, 0.45, (_OLD, "© {year} Andes Nippo. 無断転載を禁じます。")),
            _f("kyukan", HEADER, 0.04, (_OLD, "⚠️ 今週は休刊です / Esta semana no hay edición "
                                              "impresa")),
        ),
    )


def heldout98_styles() -> list[PublisherStyle]:
    """The held-back-98 styles, in the order the generator hands them to publishers."""
    return [
        santiago_style(), rosario_style(), mining_style(), quito_style(), lapaz_style(),
        montevideo_style(), asuncion_style(), cusco_style(), foz_style(), temuco_style(),
        trelew_style(), lima_nikkei_style(),
    ]
