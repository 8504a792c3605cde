"""The ``held-back-109`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-105 set
(`tests.bench.heldout_templates_105`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of Mexico and the US-Mexico border, large and
small: a Spanish daily in Monterrey, a Spanish daily in Tijuana, a Spanish daily in Merida
with Maya touches, an English and Spanish weekly in El Paso, a Spanish daily in Hermosillo, an
English daily in the Rio Grande Valley, an independent Spanish site in Oaxaca, a Zapotec and
Spanish community radio in Juchitan, a Nahuat and Spanish community radio in Cuetzalan, a
Maya and Spanish weekly in Felipe Carrillo Puerto, an English and Spanish site in Nogales and
a Spanish site in Tapachula. The families are the kinds a crawl of such sites holds: dates
localised day by day in Spanish and English (several changing form on the day of a redesign,
one with the Maya name of the city, two weeklies by their issue day with a volume or a running
number), lines that turn every day, every week, every month or on working days (the peso's
FIX rate on working days, the quetzal at the changers of Tapachula, the waits at Tijuana's
crossings every day, Merida's temperatures, the price of petrol fixed for a year, set every
month and then every day once it was freed, the reservoirs of the Rio Grande every Monday, the
coffee cherry every Monday of the harvest, the market towns of Oaxaca's valleys and a radio's
programme by weekday), the seasons of hurricanes, heat, the monsoon, nortes, rains, burning
for the milpa, Santa Ana winds, the coffee harvest, the produce season and Winter Texans,
bylines and datelines of many shapes, section kickers, read-also links (some up to two
times), photo credits, sources, language links, fair-use, licence and copyright lines,
donation, membership, newsletter and social appeals, prices in pesos and dollars (several
rising over the years), notices reworded in 2016-2020, notices that follow the region's
calendars (Mexican and US votes, primaries, an extraordinary election, a consultation on the
Maya train, the 2017 petrol price rise, teachers' blockades and Nochixtlan, the earthquakes of
September 2017 and June 2020, storms Newton, Earl, Hanna, Cristobal, Delta and Zeta, the
migrant caravans, a US government shutdown, the El Paso shooting and its first anniversary,
concertina wire on a border fence, the 2020 lockdowns, the epidemic traffic light and the
closing of the crossings to non-essential travel, Independence, the Revolution, Juarez's birth
and cities' and a state's founding with their counts, the Guelaguetza, the velas of Juchitan,
Xandu' and Hanal Pixan, the Night of the Radishes, the Caste War, the equinox at Chichen Itza,
carnivals by Easter, the Buen Fin, Black Friday, Thanksgiving, Charro Days, the Sun Bowl,
fairs of coffee, huipil and Pitic, events called off in 2020), multi-line blocks, mid-body
inserts, bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    last_weekday,
    nth_weekday,
    ordinal,
    thanksgiving,
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
SPANISH_MONTHS_SHORT = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct",
                        "nov", "dic")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SPANISH_WEEKDAYS_SHORT = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")

NO_TRAVEL = dt.date(2020, 3, 21)  # the land crossings closed to non-essential travel


def noise(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.md5(f"{day.isoformat()}|{key}".encode()).digest()
    return low + int.from_bytes(digest[-4:], "little") % (high - low + 1)


def banking_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a rate set on working days holds)."""
    return day if day.weekday() < 5 else day - dt.timedelta(days=day.weekday() - 4)


def last_on(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def number_in_year(day: dt.date) -> int:
    """The number in its year of the weekly issue out on `day` (the year's first such
    weekday is number 1)."""
    return (day.timetuple().tm_yday - 1) // 7 + 1


def along(day: dt.date, knots: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` on the broken line through `knots` ((ISO day, value), ...), flat
    before the first and after the last."""
    iso = day.isoformat()
    if iso <= knots[0][0]:
        return knots[0][1]
    for (a, va), (b, vb) in zip(knots, knots[1:], strict=False):
        if iso <= b:
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - start).days / (end - start).days
    return knots[-1][1]


# The peso per dollar, roughly as it went: the 2016 slide, the January 2017 peak, the
# March 2020 jump and the fall back.
MXN_KNOTS = (("2015-01-01", 14.7), ("2015-08-20", 16.9), ("2016-02-10", 19.0),
             ("2016-11-07", 18.4), ("2016-11-10", 20.4), ("2017-01-19", 21.9),
             ("2017-04-20", 18.8), ("2017-07-15", 17.6), ("2017-12-20", 19.6),
             ("2018-04-15", 18.1), ("2018-06-14", 20.7), ("2018-08-31", 19.1),
             ("2018-11-30", 20.4), ("2019-04-01", 19.3), ("2019-08-15", 19.7),
             ("2020-02-18", 18.6), ("2020-03-23", 25.1), ("2020-05-20", 23.1),
             ("2020-08-01", 22.3), ("2020-12-31", 19.9))


def mxn_rate(day: dt.date) -> float:
    """The made-up FIX rate (pesos to the dollar) on `day`'s working day."""
    work = banking_day(day)
    return round(along(work, MXN_KNOTS) + noise(work, "fix", -900, 900) / 10_000, 4)


# --- a Spanish daily (Monterrey, Nuevo Leon) --------------------------------------------------

MTY_REDESIGN = dt.date(2016, 9, 20)  # relaunched on the city's 420th anniversary
MTY_WHATSAPP = dt.date(2018, 10, 1)
MTY_RIGHTS = dt.date(2018, 1, 2)
BUEN_FIN = {2015: ("2015-11-13", "2015-11-16"), 2016: ("2016-11-18", "2016-11-21"),
            2017: ("2017-11-17", "2017-11-20"), 2018: ("2018-11-16", "2018-11-19"),
            2019: ("2019-11-15", "2019-11-18"), 2020: ("2020-11-09", "2020-11-20")}


def _mty_dated(day: dt.date) -> str:
    if day < MTY_REDESIGN:
        return (f"Monterrey, N.L., {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return (f"{SPANISH_WEEKDAYS_SHORT[day.weekday()].capitalize()} {day.day:02d}/"
            f"{day.month:02d}/{day.year} · {{time}} hrs")


def _mty_fix(day: dt.date) -> str:
    return f"💵 Tipo de cambio FIX: ${mxn_rate(day):.4f} pesos por dólar"


def revolution_day(y: int) -> dt.date:
    """The Revolution's holiday: the third Monday of November."""
    return nth_weekday(y, 11, 0, 3)


def _mty_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Twitter y Facebook: @sierramadrediario"),
                  (MTY_WHATSAPP.isoformat(), "📲 Recibe las noticias en tu WhatsApp: manda "
                                             "ALTA al 81 0000 0000"))
    news: list[Event] = [
        _vote("2015-06-07", "🗳️ Elecciones 2015: resultados de la gubernatura de Nuevo León "
                            "casilla por casilla", before=6, after=2),
        _span("2017-01-01", "2017-01-08", "⛽ Gasolinazo: bloqueos y marchas en el área "
                                          "metropolitana, consulta las vialidades"),
        _vote("2018-07-01", "🗳️ Elecciones 2018: conteo rápido y resultados del PREP",
              before=6, after=2),
        _span("2020-03-24", "2020-05-31", "😷 Jornada Nacional de Sana Distancia: quédate en "
                                          "casa"),
        _span("2020-07-25", "2020-07-28", "🌀 Tormenta Hanna: cierres viales y crecida del "
                                          "río Santa Catarina"),
        _span("2020-06-01", "2020-12-31", "🚦 Semáforo epidemiológico: revisa qué actividades "
                                          "están permitidas esta semana"),
    ]
    feasts = _yearly("09-15", 1, 0, lambda y: f"🇲🇽 ¡Viva México! {y - 1810} años del inicio "
                                              f"de la Independencia")
    feasts += _yearly("09-20", 0, 0, lambda y: f"🏔️ Monterrey cumple {y - 1596} años de su "
                                               f"fundación")
    feasts += [(dt.date.fromisoformat(a), dt.date.fromisoformat(b) + dt.timedelta(days=1),
                f"🛍️ El Buen Fin {y}: ofertas y horarios extendidos en plazas")
               for y, (a, b) in BUEN_FIN.items()]
    # on the anniversary itself: the holiday Monday closes the Buen Fin's long weekend
    feasts += _yearly("11-20", 0, 0, lambda y: f"🇲🇽 Aniversario de la Revolución Mexicana: "
                                               f"{y - 1910} años")
    return _calendar(base, news, feasts)


def monterrey_style() -> PublisherStyle:
    """A Spanish daily (Monterrey): a section kicker, the city, the weekday and the date
    turned a short weekday, a date with slashes and the time on the city's anniversary 2016
    (a wording per day), "Por" turned with the paper's name, a municipality's dateline, "Te
    recomendamos:" (up to twice), a photo credit, an advert's label, the agencies it cites,
    the FIX rate on working days, heat, hurricanes and cold fronts, a social line turned a
    messenger appeal and turned by two votes, the 2017 petrol price rise, the 2020 lockdown,
    storm Hanna and the epidemic traffic light, Independence, the city's founding and the
    Revolution with their counts and the Buen Fin, a subscription price rising, a rights line
    reworded (a block), a rare road closure."""
    return PublisherStyle(
        domain="sierramadrediario.com.mx", site="Diario Sierra Madre", base_size=245,
        subdomains=(("www.", 88), ("m.", 12)),
        sections=("local", "nacional", "negocios", "deportes", "gente", "seguridad"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}-{n}",
        pools={
            "seccion": ("LOCAL", "NACIONAL", "NEGOCIOS", "DEPORTES", "GENTE", "SEGURIDAD",
                        "INTERNACIONAL"),
            "municipio": ("GUADALUPE", "SAN NICOLÁS", "APODACA", "ESCOBEDO", "SANTA CATARINA",
                          "SAN PEDRO GARZA GARCÍA", "JUÁREZ", "GARCÍA"),
            "foto": ("Diario Sierra Madre", "Especial", "Archivo", "Cortesía",
                     "Gobierno de Nuevo León"),
            "agencia": ("Notimex", "EFE", "AP", "Reuters", "AFP"),
        },
        families=(
            _f("seccion", HEADER, 0.4, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_mty_dated)),
            _f("por", HEADER, 0.55, (_OLD, "Por {author}"),
               (MTY_REDESIGN.isoformat(), "{author} / Diario Sierra Madre")),
            _f("municipio", HEADER, 0.2, (_OLD, "{municipio}.-")),
            _f("recomendamos", MIDDLE, 0.35, (_OLD, "Te recomendamos: {other_title}"),
               count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("publicidad", MIDDLE, 0.08, (_OLD, "PUBLICIDAD")),
            _f("fuente", FOOTER, 0.15, (_OLD, "Con información de {agencia_list}")),
            _f("dolar", FOOTER, 0.2, *_by_day(_mty_fix)),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("04-20", "🥵 Ola de calor: hidrátate y evita el sol de 11:00 a 16:00 horas"),
                ("06-01", "🌀 Temporada de huracanes: ubica el refugio temporal más cercano"),
                ("11-15", "🥶 Frentes fríos: Protección Civil abre albergues cuando baja la "
                          "temperatura"))),
            _f("aviso", FOOTER, 0.3, *_mty_notice()),
            _f("suscripcion", FOOTER, 0.15, (_OLD, "Suscríbete a la edición impresa: $220 al "
                                                   "mes"),
               ("2017-01-09", "Suscríbete a la edición impresa: $260 al mes"),
               ("2019-07-01", "Suscripción digital $99 al mes · impresa y digital $290")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} Diario Sierra Madre. Todos los "
                                                "derechos reservados."),
               (MTY_RIGHTS.isoformat(), "Queda prohibida la reproducción total o parcial de "
                                        "este contenido sin autorización escrita de Diario "
                                        "Sierra Madre.")),
            _f("cierre", HEADER, 0.04, (_OLD, "⚠️ Cierre parcial en avenida Constitución por "
                                              "obras de la Línea 3 del Metro")),
        ),
    )


# --- a Spanish daily (Tijuana, Baja California) -----------------------------------------------

TJ_REDESIGN = dt.date(2018, 7, 11)  # relaunched on the city's anniversary
TJ_TELEGRAM = dt.date(2019, 8, 5)
TJ_MEMBERS = dt.date(2019, 3, 4)


def _tj_dated(day: dt.date) -> str:
    if day < TJ_REDESIGN:
        return f"Tijuana, B.C., {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    return (f"{SPANISH_WEEKDAYS_SHORT[day.weekday()].capitalize()} {day.day} "
            f"{SPANISH_MONTHS_SHORT[day.month - 1]} {day.year} · {{time12}}")


def crossing_waits(day: dt.date) -> tuple[int, int, int]:
    """The made-up morning waits northbound, in minutes, at San Ysidro, Otay Mesa and the
    SENTRI lanes on `day` (shorter once the crossings closed to non-essential travel)."""
    scale = 0.5 if day >= NO_TRAVEL else 1.0
    return (round(noise(day, "ysidro", 35, 170) * scale), round(noise(day, "otay", 25, 130)
                                                                * scale),
            round(noise(day, "sentri", 8, 50) * scale))


def _tj_waits(day: dt.date) -> str:
    ysidro, otay, sentri = crossing_waits(day)
    return (f"🚗 Garitas esta mañana: San Ysidro {ysidro} min · Otay {otay} min · SENTRI "
            f"{sentri} min")


def black_friday(y: int) -> dt.date:
    """The day after US Thanksgiving."""
    return thanksgiving(y) + dt.timedelta(days=1)


def _tj_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook: El Mirador de la Línea"),
                  (TJ_TELEGRAM.isoformat(), "📲 Únete a nuestro canal de Telegram: "
                                            "t.me/miradordelalinea"))
    news: list[Event] = [
        _vote("2016-06-05", "🗳️ Elecciones municipales en Baja California: ubica tu casilla",
              before=5),
        _vote("2018-07-01", "🗳️ Elección 2018: resultados en los distritos de Tijuana",
              before=6, after=2),
        _span("2018-11-13", "2018-11-30", "🚶 Caravana migrante en Tijuana: albergues, "
                                          "donativos y cierres en las garitas"),
        _span("2018-12-22", "2019-01-25", "🇺🇸 Cierre parcial del gobierno de EE.UU.: "
                                          "retrasos en trámites y citas"),
        _vote("2019-06-02", "🗳️ Elección de gubernatura en Baja California: ubica tu "
                            "casilla", before=6, after=2),
        (NO_TRAVEL, None, "🛂 Solo viajes esenciales por las garitas: consulta las "
                          "restricciones vigentes"),
    ]
    feasts = _yearly("07-11", 1, 0, lambda y: f"🎉 Tijuana cumple {y - 1889} años")
    feasts += _movable(black_friday, 1, 0, lambda y: f"🛍️ Black Friday {y}: prepárate para "
                                                     f"filas largas en San Ysidro y Otay")
    feasts += _yearly("11-02", 1, 0, lambda _: "🕯️ Día de Muertos: horarios de los panteones "
                                               "municipales")
    return _calendar(base, news, feasts)


def tijuana_style() -> PublisherStyle:
    """A Spanish daily (Tijuana): a section kicker, the city and the date turned a short
    weekday, a short month and the time on the city's anniversary 2018 (a wording per day),
    "Por" turned "Por:", "LEE TAMBIÉN:" (up to twice), a photo credit naming the paper, a
    keep-reading label mid-body, the morning waits at the crossings every day, rains, beach
    water and Santa Ana winds, a social line turned a messenger appeal and turned by three
    votes, the caravan, the US shutdown and the closing of the crossings, the city's
    anniversary with its count, Black Friday and the Day of the Dead, a support appeal turned
    a membership with its price, a rights line and a sharing line (a block), a rare water
    cut."""
    return PublisherStyle(
        domain="miradordelalinea.com.mx", site="El Mirador de la Línea", base_size=220,
        subdomains=(("www.", 100),),
        sections=("tijuana", "baja-california", "frontera", "seguridad", "deportes",
                  "espectaculos"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={"seccion": ("TIJUANA", "BAJA CALIFORNIA", "FRONTERA", "SEGURIDAD", "DEPORTES",
                           "ESPECTÁCULOS", "ROSARITO")},
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_tj_dated)),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}"),
               (TJ_REDESIGN.isoformat(), "Por: {author}")),
            _f("lee", MIDDLE, 0.35, (_OLD, "LEE TAMBIÉN: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "(Foto: {author2} / El Mirador de la Línea)")),
            _f("sigue", MIDDLE, 0.07, (_OLD, "Continúa leyendo abajo")),
            _f("garitas", FOOTER, 0.2, *_by_day(_tj_waits)),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("01-01", "🌧️ Temporada de lluvias: no cruces canales ni arroyos crecidos"),
                ("04-15", "🌊 Antes de meterte al mar en Playas de Tijuana revisa si hay "
                          "alerta sanitaria"),
                ("10-01", "🔥 Condición Santa Ana: viento seco y riesgo de incendios en la "
                          "zona costa"),
                ("12-01", "🌧️ Temporada de lluvias: no cruces canales ni arroyos crecidos"))),
            _f("aviso", FOOTER, 0.3, *_tj_notice()),
            _f("apoyo", FOOTER, 0.15, (_OLD, "Apoya el periodismo independiente de la "
                                             "frontera."),
               (TJ_MEMBERS.isoformat(), "Hazte socio de El Mirador de la Línea desde $49 al "
                                        "mes")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} El Mirador de la Línea. Todos los "
                                               "derechos reservados.")),
            _f("compartir", FOOTER, 0.2, (_OLD, "Si compartes esta nota, cita la fuente y "
                                                "enlaza a la publicación original.")),
            _f("agua", HEADER, 0.04, (_OLD, "⚠️ CESPT: sin agua hoy en colonias de la zona "
                                            "este por reparación del acueducto")),
        ),
    )


# --- a Spanish daily with Maya touches (Merida, Yucatan) --------------------------------------

MID_REDESIGN = dt.date(2019, 1, 6)  # relaunched on the city's 477th anniversary
MID_WHATSAPP = dt.date(2019, 4, 1)


def _mid_dated(day: dt.date) -> str:
    weekday, month = SPANISH_WEEKDAYS[day.weekday()], SPANISH_MONTHS[day.month - 1]
    if day < MID_REDESIGN:
        return f"Mérida, Yucatán, {weekday} {day.day} de {month} de {day.year}"
    return f"Jo' (Mérida) · {weekday} {day.day} de {month} de {day.year} · {{time}} h"


def merida_temperatures(day: dt.date) -> tuple[int, int]:
    """Merida's made-up highest and lowest temperature on `day` (°C): hottest in May."""
    season = math.cos(2 * math.pi * (day.timetuple().tm_yday - 135) / 365.25)
    high = round(32 + 4.5 * season) + noise(day, "max", -2, 2)
    return high, high - 11 + noise(day, "min", -2, 2)


def _mid_weather(day: dt.date) -> str:
    high, low = merida_temperatures(day)
    return f"🌡️ Mérida hoy: máxima {high} °C, mínima {low} °C"


def _mid_equinox(y: int) -> str:
    if y == 2020:
        return "🌞 Equinoccio 2020: Chichén Itzá cerrada, sin acceso a la pirámide"
    return f"🌞 Equinoccio de primavera {y}: horarios de acceso a Chichén Itzá"


def _mid_hanal(y: int) -> str:
    if y == 2020:
        return "🕯️ Hanal Pixán 2020: altares en casa, sin Paseo de las Ánimas"
    return f"🕯️ Hanal Pixán {y}: altares, mucbipollos y el Paseo de las Ánimas"


def _mid_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook: La Voz del Mayab"),
                  (MID_WHATSAPP.isoformat(), "📲 Noticias de Yucatán en tu WhatsApp: "
                                             "999 000 0000"))
    news: list[Event] = [
        _vote("2015-06-07", "🗳️ Elecciones 2015: resultados de alcaldías y diputaciones en "
                            "Yucatán", before=6, after=2),
        _vote("2018-07-01", "🗳️ Elección de gobernador 2018: resultados casilla por casilla",
              before=6, after=2),
        _span("2020-03-24", "2020-05-31", "😷 Quédate en casa: horarios de comercios y ley "
                                          "seca en Mérida"),
        _span("2020-06-01", "2020-06-08", "🌀 Tormenta Cristóbal: inundaciones en Mérida y "
                                          "el interior del estado"),
        _span("2020-10-06", "2020-10-08", "🌀 Huracán Delta: refugios temporales abiertos en "
                                          "el oriente del estado"),
        _span("2020-10-26", "2020-10-28", "🌀 Huracán Zeta: refugios temporales abiertos en "
                                          "Mérida y la costa"),
    ]
    feasts = _yearly("01-06", 0, 0, lambda y: f"🏛️ Mérida cumple {y - 1542} años de su "
                                              f"fundación")
    feasts += _movable(carnival_tuesday, 5, 0, lambda y: f"🎭 Carnaval de Mérida {y}: "
                                                         f"horarios y rutas de los desfiles")
    feasts += _yearly("03-21", 1, 0, _mid_equinox)
    feasts += _yearly("10-31", 1, 2, _mid_hanal)
    return _calendar(base, news, feasts)


def merida_style() -> PublisherStyle:
    """A Spanish daily with Maya touches (Merida): a section kicker, the city, the weekday
    and the date turned the city's Maya name, the date and the time on its anniversary 2019
    (a wording per day), "Por" turned with the paper's name, a correspondent's town, "También
    puedes leer:" (up to twice), a photo credit, the day's temperatures, burning, heat,
    hurricanes and nortes, a social line turned a messenger appeal and turned by two votes,
    the 2020 lockdown, Cristobal, Delta and Zeta, the city's founding with its count, the
    carnival, the equinox (the site closed in 2020) and Hanal Pixan (without its procession
    in 2020), a subscription price rising, a Maya thanks and a rights line (a block), a rare
    power cut."""
    return PublisherStyle(
        domain="vozdelmayab.com.mx", site="La Voz del Mayab", base_size=195,
        subdomains=(("www.", 100),),
        sections=("merida", "yucatan", "interior", "policia", "deportes", "cultura"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "seccion": ("MÉRIDA", "YUCATÁN", "INTERIOR", "POLICÍA", "DEPORTES", "CULTURA",
                        "MAYA"),
            "pueblo": ("Valladolid", "Tizimín", "Progreso", "Motul", "Ticul", "Tekax",
                       "Izamal", "Umán"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.75, *_by_day(_mid_dated)),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}"),
               (MID_REDESIGN.isoformat(), "Por {author} | La Voz del Mayab")),
            _f("corresponsal", HEADER, 0.2, (_OLD, "Corresponsal / {pueblo}")),
            _f("tambien", MIDDLE, 0.3, (_OLD, "También puedes leer: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("clima", FOOTER, 0.2, *_by_day(_mid_weather)),
            _f("temporada", FOOTER, 0.12, *_seasons(
                ("03-01", "🔥 Temporada de quemas: pide tu permiso y no dejes el fuego solo"),
                ("04-15", "🥵 Temporada de calor: toma agua y no expongas a los niños al sol"),
                ("06-01", "🌀 Temporada de huracanes: ten lista tu mochila de emergencia"),
                ("11-01", "🌬️ Temporada de nortes: puerto de Progreso cerrado a la "
                          "navegación menor cuando hay alerta"))),
            _f("aviso", FOOTER, 0.3, *_mid_notice()),
            _f("suscripcion", FOOTER, 0.15, (_OLD, "Suscripción a domicilio: $180 al mes"),
               ("2018-01-02", "Suscripción a domicilio: $210 al mes"),
               ("2020-03-02", "Suscripción a domicilio $230 · edición digital $79 al mes")),
            _f("dios-boetik", FOOTER, 0.15, (_OLD, "Dios bo'otik tumen a xokik La Voz del "
                                                   "Mayab")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} La Voz del Mayab. Prohibida su "
                                               "reproducción total o parcial.")),
            _f("luz", HEADER, 0.04, (_OLD, "⚠️ CFE: corte de luz programado hoy en colonias del "
                                           "norte de Mérida")),
        ),
    )


# --- an English and Spanish weekly (El Paso, Texas) -------------------------------------------

EP_BYLINE = dt.date(2018, 1, 4)  # the first Thursday issue of 2018
EP_WHATSAPP = dt.date(2018, 9, 6)
EP_MEMBERS = dt.date(2019, 10, 3)
SHOOTING = dt.date(2019, 8, 3)


def ep_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's volume (by year, from 1998), its number in the year and the Thursday it
    came out."""
    thursday = last_on(day, 3)
    return thursday.year - 1997, number_in_year(thursday), thursday


def _ep_issue(day: dt.date) -> str:
    volume, number, thursday = ep_issue(day)
    return (f"Vol. {volume}, No. {number} · Week of {ENGLISH_MONTHS[thursday.month - 1]} "
            f"{thursday.day}, {thursday.year} / Semana del {thursday.day} de "
            f"{SPANISH_MONTHS[thursday.month - 1]}")


def sun_bowl(y: int) -> dt.date | None:
    """The Sun Bowl on New Year's Eve (called off in 2020)."""
    return None if y == 2020 else dt.date(y, 12, 31)


def _ep_notice() -> Wordings:
    base = _steps((_OLD, "Follow us / Síguenos: @borderlandsemanario on Facebook and "
                         "Instagram"),
                  (EP_WHATSAPP.isoformat(), "📲 News tips / Denuncias por WhatsApp: "
                                            "915-000-0000"))
    news: list[Event] = [
        _vote("2016-03-01", "🗳️ Texas primaries / Primarias de Texas: polls open 7 a.m. to "
                            "7 p.m.", before=6),
        _vote("2016-11-08", "🗳️ Election Day / Día de elecciones: find your polling place",
              before=6),
        _vote("2018-03-06", "🗳️ Texas primaries / Primarias de Texas: polls open 7 a.m. to "
                            "7 p.m.", before=6),
        _vote("2018-11-06", "🗳️ Midterms / Elecciones intermedias: find your polling place",
              before=6),
        _span(SHOOTING.isoformat(), "2019-08-18", "🕯️ #ElPasoStrong: vigils, blood drives "
                                                  "and how to help / cómo ayudar"),
        _vote("2020-03-03", "🗳️ Texas primaries / Primarias de Texas: polls open 7 a.m. to "
                            "7 p.m.", before=6),
        _span("2020-08-02", "2020-08-04", "🕯️ One year later / Un año después: El Paso "
                                          "remembers the 23"),
        _vote("2020-11-03", "🗳️ Election Day / Día de elecciones: early voting sites and "
                            "hours", before=6),
        (NO_TRAVEL, None, "🛂 Essential travel only at the bridges / Solo cruces esenciales "
                          "en los puentes"),
    ]
    feasts = _yearly("05-05", 1, 0, lambda _: "🎉 Cinco de Mayo: events on both sides of the "
                                              "river / eventos en ambos lados")
    feasts += _yearly("09-15", 0, 1, lambda y: f"🇲🇽 El Grito: {y - 1810} years of "
                                               f"independence / años de Independencia")
    feasts += _movable(thanksgiving, 1, 0, lambda _: "🦃 Happy Thanksgiving / Feliz Día de "
                                                     "Acción de Gracias")
    feasts += _movable(sun_bowl, 2, 0, lambda y: f"🏈 The {ordinal(y - 1933)} Sun Bowl: "
                                                 f"parking and traffic / estacionamiento")
    return _calendar(base, news, feasts)


def elpaso_style() -> PublisherStyle:
    """An English and Spanish weekly (El Paso): the issue's volume and number with the
    Thursday it came out in English and Spanish (turning every Thursday), "By" turned with
    the job in both languages at the first issue of 2018, a town dateline in capitals, a link
    to the story in the other language, "Related / Relacionado:" once, a photo credit, a
    social line turned a messenger appeal and turned by six votes, the 2019 shooting and its
    anniversary and the closing of the bridges, Cinco de Mayo, the Grito with its count,
    Thanksgiving and the Sun Bowl with its count (called off in 2020), a donation appeal
    turned a membership, a newsletter line, a republishing line and a copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="borderlandsemanario.com", site="Borderland Semanario", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "noticias", "juarez", "culture", "opinion", "sports"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "town": ("EL PASO", "CIUDAD JUÁREZ", "LAS CRUCES", "SOCORRO", "HORIZON CITY",
                     "ANTHONY", "SUNLAND PARK"),
            "idioma": ("Lea esta nota en español", "Read this story in English"),
        },
        families=(
            _f("edition", HEADER, 0.4, *_by_day(_ep_issue)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (EP_BYLINE.isoformat(), "{author}, Staff Writer / Redacción")),
            _f("dateline", HEADER, 0.25, (_OLD, "{town} —")),
            _f("language", HEADER, 0.2, (_OLD, "{idioma}")),
            _f("related", MIDDLE, 0.25, (_OLD, "Related / Relacionado: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo / Foto: {author2}")),
            _f("notice", FOOTER, 0.3, *_ep_notice()),
            _f("donate", FOOTER, 0.15, (_OLD, "Borderland Semanario is a nonprofit newsroom. "
                                              "Donate today."),
               (EP_MEMBERS.isoformat(), "Become a member from $5 a month / Hazte miembro "
                                        "desde $5 al mes")),
            _f("newsletter", FOOTER, 0.15, (_OLD, "Get our free newsletter every Thursday / "
                                                  "Recibe nuestro boletín gratis cada "
                                                  "jueves")),
            _f("republish", FOOTER, 0.15, (_OLD, "You may republish this story for free with "
                                                 "credit and a link to the original.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Borderland Semanario. All rights "
                                                "reserved / Todos los derechos reservados.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction / Corrección: an earlier version "
                                                  "of this story misspelled a name")),
        ),
    )


# --- a Spanish daily (Hermosillo, Sonora) -----------------------------------------------------

HMO_REDESIGN = dt.date(2019, 5, 27)
HMO_WHATSAPP = dt.date(2018, 5, 7)
FREE_FUEL = dt.date(2017, 3, 30)  # petrol prices freed in Sonora and Baja California
FUEL_RISE = dt.date(2017, 1, 1)


def magna_price(day: dt.date) -> float:
    """The made-up price of a litre of Magna in Hermosillo on `day`: fixed in 2015, set for
    each month in 2016 and from the 2017 rise, every day once prices were freed."""
    if day < dt.date(2016, 1, 1):
        return 13.57
    if day < FREE_FUEL:
        month = day.replace(day=1)
        low, high = (1316, 1398) if day < FUEL_RISE else (1570, 1625)
        return noise(month, "magna-month", low, high) / 100
    base = along(day, (("2017-03-30", 16.1), ("2018-12-31", 20.2), ("2019-12-31", 19.9),
                       ("2020-04-20", 16.9), ("2020-12-31", 19.6)))
    return round(base + noise(day, "magna-day", -25, 25) / 100, 2)


def _hmo_fuel(day: dt.date) -> str:
    if day < FREE_FUEL:
        return f"⛽ Precio máximo de la gasolina Magna: ${magna_price(day):.2f} por litro"
    return f"⛽ Magna hoy en Hermosillo: ${magna_price(day):.2f} por litro (promedio)"


def _hmo_dated(day: dt.date) -> str:
    if day < HMO_REDESIGN:
        return f"Hermosillo, Son., {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    return (f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
            f"{SPANISH_MONTHS_SHORT[day.month - 1].capitalize()}. {day.year} - {{time}} hrs")


def pitic(y: int) -> dt.date | None:
    """The first day of the Fiestas del Pitic: the last Thursday of May (not held in 2020)."""
    return None if y == 2020 else last_weekday(y, 5, 3)


def _hmo_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook y Twitter: @cronicadeldesierto"),
                  (HMO_WHATSAPP.isoformat(), "📲 Mándanos tu reporte por WhatsApp: "
                                             "662 000 0000"))
    news: list[Event] = [
        _vote("2015-06-07", "🗳️ Elección de gobernador 2015: resultados del PREP en Sonora",
              before=6, after=2),
        _span("2016-09-06", "2016-09-08", "🌀 Huracán Newton: suspensión de clases y "
                                          "refugios abiertos"),
        _vote("2018-07-01", "🗳️ Elección 2018: resultados en los distritos de Sonora",
              before=6, after=2),
        _span("2020-03-26", "2020-06-14", "😷 Quédate en casa: horarios de comercios y "
                                          "transporte urbano"),
    ]
    feasts = _movable(pitic, 0, 3, lambda y: f"🎪 Fiestas del Pitic {y}: cartelera y cierres "
                                             f"en el centro")
    feasts += _yearly("09-15", 0, 1, lambda y: f"🇲🇽 Grito de Independencia: {y - 1810} "
                                               f"años")
    feasts += _movable(revolution_day, 3, 0, lambda y: f"🐎 Desfile por los {y - 1910} años "
                                                       f"de la Revolución: cierres viales")
    return _calendar(base, news, feasts)


def hermosillo_style() -> PublisherStyle:
    """A Spanish daily (Hermosillo): a section kicker, the city and the date turned the
    weekday, a short month and the time in May 2019 (a wording per day), "Redacción /"
    turned "Por", "NOTA RELACIONADA:" (up to twice), a photo credit naming the paper, the
    price of petrol (fixed in 2015, monthly from 2016, daily once freed in 2017), heat, the
    monsoon and cold fronts, a social line turned a messenger appeal and turned by two votes,
    Newton and the 2020 lockdown, the Pitic fair (not held in 2020), the Grito and the
    Revolution's parade with their counts, a subscription price rising, an opinion disclaimer
    and a rights line (a block), a rare water rota."""
    return PublisherStyle(
        domain="cronicadeldesierto.mx", site="Crónica del Desierto", base_size=150,
        subdomains=(("www.", 100),),
        sections=("hermosillo", "sonora", "cajeme", "nogales", "deportes", "escenario"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"seccion": ("HERMOSILLO", "SONORA", "CAJEME", "NOGALES", "DEPORTES",
                           "ESCENARIO")},
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.7, *_by_day(_hmo_dated)),
            _f("por", HEADER, 0.5, (_OLD, "Redacción / {author}"),
               (HMO_REDESIGN.isoformat(), "Por {author}")),
            _f("relacionada", MIDDLE, 0.3, (_OLD, "NOTA RELACIONADA: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}/Crónica del Desierto")),
            _f("gasolina", FOOTER, 0.2, *_by_day(_hmo_fuel)),
            _f("clima", FOOTER, 0.12, *_seasons(
                ("05-15", "🥵 Temporada de calor: no dejes a niños ni mascotas dentro del "
                          "carro"),
                ("07-01", "⛈️ Monzón: tormentas por la tarde, no cruces arroyos crecidos"),
                ("11-15", "❄️ Frentes fríos: heladas en la sierra, abriga a los tuyos"))),
            _f("aviso", FOOTER, 0.3, *_hmo_notice()),
            _f("suscripcion", FOOTER, 0.15, (_OLD, "Suscripción impresa: $150 al mes"),
               ("2018-01-01", "Suscripción impresa: $175 al mes"),
               ("2020-07-01", "Suscripción impresa $175 · digital $65 al mes")),
            _f("opinion", FOOTER, 0.15, (_OLD, "Las opiniones de los columnistas son "
                                               "responsabilidad de sus autores.")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Crónica del Desierto. Derechos "
                                               "reservados.")),
            _f("tandeo", HEADER, 0.04, (_OLD, "⚠️ Agua de Hermosillo: tandeo hoy en colonias "
                                              "del poniente, almacena agua")),
        ),
    )


# --- an English daily (Brownsville, Rio Grande Valley, Texas) --------------------------------

RGV_REDESIGN = dt.date(2017, 7, 4)
RGV_TEXTS = dt.date(2019, 6, 3)
CHARRO_DAYS = {2015: "2015-02-28", 2016: "2016-02-27", 2017: "2017-02-25",
               2018: "2018-02-24", 2019: "2019-03-02", 2020: "2020-02-29"}


def _rgv_dated(day: dt.date) -> str:
    if day < RGV_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}, {day.year}")
    return f"Updated {AP_MONTHS[day.month - 1]} {day.day}, {day.year} {{time12}}"


def reservoirs(day: dt.date) -> tuple[int, int, dt.date]:
    """The made-up shares full (%) of Falcon and Amistad reservoirs in the report of the
    Monday on or before `day`."""
    monday = last_on(day, 0)
    falcon = along(monday, (("2015-01-01", 27), ("2016-06-01", 38), ("2017-06-01", 52),
                            ("2019-06-01", 63), ("2020-12-31", 44)))
    amistad = along(monday, (("2015-01-01", 48), ("2016-06-01", 70), ("2017-06-01", 82),
                             ("2019-06-01", 90), ("2020-12-31", 66)))
    return (round(falcon) + noise(monday, "falcon", -2, 2),
            round(amistad) + noise(monday, "amistad", -2, 2), monday)


def _rgv_reservoirs(day: dt.date) -> str:
    falcon, amistad, _ = reservoirs(day)
    return f"💧 Reservoir levels this week: Falcon {falcon}% full · Amistad {amistad}% full"


def _rgv_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Facebook and Twitter: @valleypalmcourier"),
                  (RGV_TEXTS.isoformat(), "📲 Get breaking news alerts: text RGV to "
                                          "956-000-0000"))
    news: list[Event] = [
        _vote("2016-03-01", "🗳️ Primary Election Day: polling places in Cameron and Hidalgo "
                            "counties", before=6),
        _vote("2016-11-08", "🗳️ Election Day: results from across the Valley", before=6,
              after=1),
        _vote("2018-03-06", "🗳️ Primary Election Day: polling places in Cameron and Hidalgo "
                            "counties", before=6),
        _vote("2018-11-06", "🗳️ Election Day: results from across the Valley", before=6,
              after=1),
        _span("2018-12-22", "2019-01-25", "🏛️ Government shutdown: what's open and closed "
                                          "in the Valley"),
        _vote("2020-03-03", "🗳️ Primary Election Day: polling places in Cameron and Hidalgo "
                            "counties", before=6),
        _span("2020-03-25", "2020-05-31", "😷 Shelter in place: what's open in Cameron and "
                                          "Hidalgo counties"),
        _span("2020-07-24", "2020-07-29", "🌀 Hurricane Hanna: shelters, road closures and "
                                          "power outages"),
        _vote("2020-11-03", "🗳️ Election Day: results from across the Valley", before=6,
              after=1),
    ]
    feasts = _movable(_listed(CHARRO_DAYS), 3, 1, lambda y: f"🤠 {ordinal(y - 1937)} Charro "
                                                            f"Days Fiesta: parade routes and "
                                                            f"street closures")
    feasts += _yearly("07-04", 0, 0, lambda _: "🎆 Happy Fourth of July from all of us at the "
                                               "Courier")
    feasts += _movable(thanksgiving, 0, 0, lambda _: "🦃 Happy Thanksgiving, Valley")
    return _calendar(base, news, feasts)


def valley_style() -> PublisherStyle:
    """An English daily (Brownsville): the weekday and the date turned "Updated" with AP
    months and the time on the Fourth of July 2017 (a wording per day), "By" turned with the
    job, a town dateline in capitals, "RELATED:" (up to twice), a photo credit in brackets,
    the reservoirs every Monday, hurricanes and Winter Texans, a social line turned a text
    alert and turned by six votes, the shutdown, the 2020 order and Hanna, Charro Days with
    its count, the Fourth and Thanksgiving, a subscription price rising, a reporter's beat
    line and a copyright line (a block), a rare boil-water notice."""
    return PublisherStyle(
        domain="valleypalmcourier.com", site="The Valley Palm Courier", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "local", "border", "business", "sports", "life"),
        n_authors=5, url_path="/news/{section}/{slug}/article_{n}.html",
        pools={
            "town": ("BROWNSVILLE", "HARLINGEN", "McALLEN", "EDINBURG", "WESLACO", "MISSION",
                     "PHARR", "SAN BENITO", "PORT ISABEL"),
            "beat": ("courts", "education", "the border", "business", "health",
                     "local government"),
        },
        families=(
            _f("dated", HEADER, 0.75, *_by_day(_rgv_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (RGV_REDESIGN.isoformat(), "By {author} | Staff Writer")),
            _f("dateline", HEADER, 0.25, (_OLD, "{town} —")),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "(Photo: {author2} | Valley Palm Courier)")),
            _f("reservoirs", FOOTER, 0.15, *_by_day(_rgv_reservoirs)),
            _f("season", FOOTER, 0.12, *_seasons(
                ("06-01", "🌀 Hurricane season runs through Nov. 30: know your evacuation "
                          "zone"),
                ("11-01", "🌵 Welcome back, Winter Texans: park events and volunteer "
                          "listings every Sunday"))),
            _f("notice", FOOTER, 0.3, *_rgv_notice()),
            _f("subscribe", FOOTER, 0.15, (_OLD, "Subscribe: $12.99 a month"),
               ("2018-02-05", "Subscribe: $14.99 a month"),
               ("2020-04-06", "Digital access: 99¢ for the first month, then $9.99")),
            _f("beat", FOOTER, 0.2, (_OLD, "{author} covers {author_beat} for the Courier.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Valley Palm Courier. All rights "
                                                "reserved.")),
            _f("boil-water", HEADER, 0.04, (_OLD, "BOIL WATER NOTICE: customers east of "
                                                  "Expressway 77 should boil water before "
                                                  "drinking")),
        ),
    )


# --- an independent Spanish site (Oaxaca de Juarez, Oaxaca) -----------------------------------

OAX_REDESIGN = dt.date(2019, 3, 21)  # relaunched on Juarez's birthday
OAX_TELEGRAM = dt.date(2018, 8, 6)
OAX_MEMBERS = dt.date(2019, 9, 2)
PLAZA_DAYS = ("Miahuatlán", "Ayoquezco", "Etla y Zimatlán", "Zaachila y Ejutla", "Ocotlán",
              "la Central de Abasto", "Tlacolula")


def _oax_dated(day: dt.date) -> str:
    if day < OAX_REDESIGN:
        return (f"Oaxaca de Juárez, Oax., {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} · {{time}}"


def _oax_plaza(day: dt.date) -> str:
    return (f"🧺 Hoy {SPANISH_WEEKDAYS[day.weekday()]} hay día de plaza en "
            f"{PLAZA_DAYS[day.weekday()]}")


def lunes_del_cerro(y: int) -> dt.date | None:
    """The first of the Guelaguetza's two Mondays: the first Monday after 16 July (not
    held on the hill in 2020)."""
    if y == 2020:
        return None
    day = dt.date(y, 7, 17)
    return day + dt.timedelta(days=(0 - day.weekday()) % 7)


def _oax_radishes(y: int) -> str:
    if y == 2020:
        return "🌶️ Noche de Rábanos 2020: este año sin exposición en el zócalo"
    return f"🌶️ Noche de Rábanos {y}: filas y horarios en el zócalo"


def _oax_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook, Twitter e Instagram"),
                  (OAX_TELEGRAM.isoformat(), "📲 Recibe el resumen del día en Telegram: "
                                             "t.me/jicaraoaxaca"))
    news: list[Event] = [
        _vote("2016-06-05", "🗳️ Elección de gobernador 2016: ubica tu casilla", before=5,
              after=1),
        _span("2016-05-15", "2016-06-18", "✊ Paro magisterial: bloqueos en la capital, "
                                          "consulta las rutas alternas"),
        _span("2016-06-19", "2016-07-10", "🕯️ Nochixtlán: cobertura especial de los "
                                          "enfrentamientos y bloqueos"),
        _span("2017-09-07", "2017-09-30", "🆘 Sismo en el Istmo: centros de acopio y cómo "
                                          "ayudar a Juchitán"),
        _vote("2018-07-01", "🗳️ Elecciones 2018: resultados en los distritos de Oaxaca",
              before=6, after=2),
        _span("2020-03-23", "2020-06-22", "😷 Quédate en casa: mercados con horario "
                                          "reducido"),
        _span("2020-06-23", "2020-06-30", "🆘 Sismo del 23 de junio: daños en la Costa y la "
                                          "Sierra Sur"),
        _span("2020-07-18", "2020-07-28", "💃 Sin Guelaguetza en el Cerro del Fortín este "
                                          "año: las delegaciones bailan en línea"),
    ]
    feasts = _movable(lunes_del_cerro, 2, 7, lambda y: f"💃 Guelaguetza {y}: Lunes del "
                                                       f"Cerro, boletos y calendas")
    feasts += _yearly("12-23", 2, 0, _oax_radishes)
    feasts += _yearly("03-21", 0, 0, lambda y: f"🇲🇽 {y - 1806} años del natalicio de Benito "
                                               f"Juárez")
    feasts += _yearly("11-01", 1, 1, lambda _: "🕯️ Día de Muertos: comparsas y muerteadas en "
                                               "los Valles Centrales")
    return _calendar(base, news, feasts)


def oaxaca_style() -> PublisherStyle:
    """An independent Spanish site (Oaxaca de Juarez): the city, the weekday and the date
    turned a dotted date and the time on Juarez's birthday 2019 (a wording per day), the
    valley's market town of the weekday (a wording per day), "Reportaje:" unchanged, a town
    dateline, "Lee además:" once, a photo credit, a social line turned a messenger appeal and
    turned by the teachers' strike, Nochixtlan, two votes, two earthquakes, the 2020 lockdown
    and the Guelaguetza called off, the Guelaguetza's two Mondays, the Night of the Radishes
    (without its show in 2020), Juarez's birth with its count and the Day of the Dead, a
    donation appeal turned a membership, a licence line and a rights line (a block), a rare
    road blockade."""
    return PublisherStyle(
        domain="jicaraoaxaca.mx", site="La Jícara Oaxaqueña", base_size=110,
        subdomains=(("", 100),),
        sections=("oaxaca", "istmo", "costa", "mixteca", "territorio", "cultura"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"municipio": ("JUCHITÁN", "SALINA CRUZ", "TUXTEPEC", "HUAJUAPAN",
                             "PUERTO ESCONDIDO", "PINOTEPA NACIONAL", "TLAXIACO",
                             "MIAHUATLÁN")},
        families=(
            _f("fecha", HEADER, 0.7, *_by_day(_oax_dated)),
            _f("plaza", HEADER, 0.15, *_by_day(_oax_plaza)),
            _f("reportaje", HEADER, 0.5, (_OLD, "Reportaje: {author}")),
            _f("lugar", HEADER, 0.2, (_OLD, "{municipio}, Oax.—")),
            _f("lee", MIDDLE, 0.25, (_OLD, "Lee además: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("aviso", FOOTER, 0.3, *_oax_notice()),
            _f("dona", FOOTER, 0.15, (_OLD, "Somos un medio independiente: apóyanos con un "
                                            "donativo."),
               (OAX_MEMBERS.isoformat(), "Súmate a nuestra comunidad de lectores desde $50 "
                                         "al mes")),
            _f("licencia", FOOTER, 0.25, (_OLD, "Este contenido se publica bajo licencia "
                                                "Creative Commons BY-NC-SA 4.0.")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} La Jícara Oaxaqueña")),
            _f("bloqueo", HEADER, 0.04, (_OLD, "⚠️ Bloqueo en la carretera federal 190 a la "
                                               "altura de El Tule; toma vías alternas")),
        ),
    )


# --- a Zapotec and Spanish community radio (Juchitan, Oaxaca) ---------------------------------

JCH_ONLINE = dt.date(2018, 9, 5)  # streaming from the Fifth of September 2018
JCH_WHATSAPP = dt.date(2018, 10, 1)
JCH_OXXO = dt.date(2019, 5, 2)
QUAKE = dt.date(2017, 9, 7)
JCH_PROGRAMMES = ("Noticiero en diidxazá", "Sones istmeños y música de banda",
                  "Ca binnizá: voces de las comunidades", "La hora de las velas y los "
                  "convites", "Salud en casa con las promotoras", "Deportes del Istmo",
                  "Misa y música sacra")


def _jch_today(day: dt.date) -> str:
    return f"📻 Hoy {SPANISH_WEEKDAYS[day.weekday()]}: {JCH_PROGRAMMES[day.weekday()]}"


def _jch_dated(day: dt.date) -> str:
    return (f"Juchitán de Zaragoza, Oax., {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
            f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")


def _jch_notice() -> Wordings:
    base = _steps((_OLD, "Manda tus avisos por mensaje al 971 000 0000"),
                  (JCH_WHATSAPP.isoformat(), "📲 Manda tus avisos por WhatsApp al "
                                             "971 000 0001"))
    news: list[Event] = [
        _vote("2016-06-05", "🗳️ Elecciones 2016: ubica tu casilla en Juchitán", before=5),
        _span(QUAKE.isoformat(), "2017-11-30", "🆘 Después del sismo: albergues, víveres y "
                                               "revisión de casas en Juchitán"),
        _vote("2018-07-01", "🗳️ Elecciones 2018: ubica tu casilla en Juchitán", before=5),
        _span("2020-03-23", "2020-07-31", "😷 Quédate en casa y usa cubrebocas en el "
                                          "mercado"),
    ]
    feasts = _yearly("05-20", 8, 6, lambda y: f"💃 Velas de mayo {y}: regada de frutas y "
                                              f"convites en Juchitán")
    feasts += _yearly("09-05", 1, 0, lambda y: f"🎖️ 5 de Septiembre: {y - 1866} años de la "
                                               f"batalla de Juchitán")
    feasts += _yearly("11-01", 1, 1, lambda y: f"🕯️ Xandu' {y}: levanta tu biguié' y recibe "
                                               f"a los difuntos")
    return _calendar(base, news, feasts)


def juchitan_style() -> PublisherStyle:
    """A Zapotec and Spanish community radio (Juchitan): the station and its frequency
    turned streaming on the Fifth of September 2018, today's programme by weekday (a wording
    per day), the town, the weekday and the date (a wording per day), a Zapotec greeting,
    "Nota de" turned with the station's name, "Escucha también:" once, the nortes, fires and
    rains, a text line turned a messenger appeal and turned by two votes, the 2017 earthquake
    and the 2020 lockdown, the velas of May, the Fifth of September with its count and
    Xandu', a support appeal with a Zapotec thanks turned a deposit at a shop, a rights line
    (a block), a rare off-air notice."""
    return PublisherStyle(
        domain="radionisaguiigu.org.mx", site="Radio Nisa Guiigu'", base_size=90,
        subdomains=(("www.", 100),),
        sections=("noticias", "istmo", "cultura", "comunidad"),
        n_authors=3, url_path="/{section}/{slug}/",
        families=(
            _f("frecuencia", HEADER, 0.3, (_OLD, "Radio Nisa Guiigu' 98.1 FM · Juchitán"),
               (JCH_ONLINE.isoformat(), "Radio Nisa Guiigu' 98.1 FM y en línea desde el "
                                        "Istmo")),
            _f("hoy", HEADER, 0.2, *_by_day(_jch_today)),
            _f("fecha", HEADER, 0.6, *_by_day(_jch_dated)),
            _f("padiuxhi", HEADER, 0.15, (_OLD, "Padiuxhi! Noticias del Istmo en diidxazá y "
                                                "en español")),
            _f("nota", HEADER, 0.4, (_OLD, "Nota de {author}"),
               ("2019-01-07", "{author} · Radio Nisa Guiigu'")),
            _f("escucha", MIDDLE, 0.2, (_OLD, "Escucha también: {other_title}")),
            _f("temporada", FOOTER, 0.15, *_seasons(
                ("03-01", "🔥 Temporada de incendios: no quemes basura ni pastizales"),
                ("06-01", "🌧️ Temporada de lluvias: cuidado con la crecida del río Los "
                          "Perros"),
                ("10-15", "🌬️ Temporada de nortes: rachas fuertes en La Ventosa, cuidado en "
                          "la carretera"))),
            _f("aviso", FOOTER, 0.3, *_jch_notice()),
            _f("coopera", FOOTER, 0.15, (_OLD, "Radio comunitaria sostenida por su gente. "
                                               "Xquixe pe' laatu."),
               (JCH_OXXO.isoformat(), "Coopera con la radio: depósito en OXXO a la cuenta "
                                      "0000 0000 0000 0000")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Radio Nisa Guiigu', Juchitán")),
            _f("antena", HEADER, 0.04, (_OLD, "⚠️ Hoy salimos del aire de 10 a 12 por "
                                              "mantenimiento de la antena")),
        ),
    )


# --- a Nahuat and Spanish community radio (Cuetzalan, Puebla) ---------------------------------

CTZ_REDESIGN = dt.date(2018, 10, 4)  # relaunched on the fair's day
CTZ_WHATSAPP = dt.date(2019, 2, 4)
CTZ_SIGNATURE = dt.date(2019, 6, 3)


def _ctz_dated(day: dt.date) -> str:
    if day < CTZ_REDESIGN:
        return (f"Cuetzalan del Progreso, Pue., {SPANISH_WEEKDAYS[day.weekday()]} {day.day} "
                f"de {SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"Kuetsalan · {day.day:02d}/{day.month:02d}/{day.year}"


def harvest(day: dt.date) -> bool:
    """The coffee harvest of the Sierra Norte: November to March."""
    return day.month >= 11 or day.month <= 3


def cherry_price(day: dt.date) -> int:
    """The made-up price of a kilo of coffee cherry, in pesos, in the week from the Monday
    on or before `day`."""
    monday = last_on(day, 0)
    return noise(monday, "cereza", 6, 14)


def _ctz_coffee(day: dt.date) -> str:
    if harvest(last_on(day, 0)):
        return f"☕ Café cereza esta semana en Cuetzalan: ${cherry_price(day)} el kilo"
    return "☕ Fuera de temporada de corte: el precio del café cereza vuelve en noviembre"


def _ctz_fair(y: int) -> str:
    if y == 2020:
        return "☕ Este año no hay Feria del Café y del Huipil: cuídate y cuida a los tuyos"
    return f"☕ Feria del Café y del Huipil {y}: danzas de Voladores, Quetzales y Santiagos"


def _ctz_notice() -> Wordings:
    base = _steps((_OLD, "Avisos a la comunidad: déjalos en la cabina o llama al "
                         "233 000 0000"),
                  (CTZ_WHATSAPP.isoformat(), "📲 Avisos a la comunidad por WhatsApp: "
                                             "233 000 0001"))
    news: list[Event] = [
        _span("2016-08-06", "2016-08-12", "🌀 Tormenta Earl: deslaves en la Sierra Norte, "
                                          "caminos cerrados"),
        _span("2017-09-19", "2017-10-08", "🆘 Sismo del 19 de septiembre: acopio en el "
                                          "auditorio municipal"),
        _vote("2018-07-01", "🗳️ Elecciones 2018: ubica tu casilla", before=5),
        _vote("2019-06-02", "🗳️ Elección extraordinaria de gobernador: ubica tu casilla",
              before=5),
        _span("2020-03-23", "2020-08-31", "😷 Cuida a tu familia: lava tus manos y usa "
                                          "cubrebocas"),
    ]
    feasts = _yearly("10-04", 3, 3, _ctz_fair)
    feasts += _yearly("11-01", 1, 1, lambda _: "🕯️ Todos Santos: ofrendas en las casas y "
                                               "en la plaza")
    feasts += _yearly("12-12", 1, 0, lambda _: "🌹 12 de diciembre: peregrinación a la "
                                               "Virgen de Guadalupe")
    return _calendar(base, news, feasts)


def cuetzalan_style() -> PublisherStyle:
    """A Nahuat and Spanish community radio (Cuetzalan): the station and its frequency, a
    Nahuat greeting, the town, the weekday and the date turned the town's Nahuat name and a
    slashed date on the fair's day 2018 (a wording per day), "Reportaje:" turned with the
    station's name, "Más noticias:" once, the coffee cherry's price every Monday of the
    harvest, rains and fog, a cabin line turned a messenger appeal and turned by Earl, the
    2017 earthquake, two votes and the 2020 lockdown, the coffee and huipil fair (not held in
    2020), All Saints and the Virgin's day, a Nahuat thanks turned a support appeal and a
    rights line (a block), a rare off-air notice."""
    return PublisherStyle(
        domain="tonalmitl.org.mx", site="Radio Tonalmitl", base_size=70,
        subdomains=(("", 100),),
        sections=("noticias", "sierra-norte", "cafe", "cultura"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("frecuencia", HEADER, 0.3, (_OLD, "Radio Tonalmitl 105.3 FM · Cuetzalan")),
            _f("pialli", HEADER, 0.15, (_OLD, "Pialli! La voz de los pueblos maseual de la "
                                              "Sierra Norte")),
            _f("fecha", HEADER, 0.6, *_by_day(_ctz_dated)),
            _f("reportaje", HEADER, 0.4, (_OLD, "Reportaje: {author}"),
               (CTZ_SIGNATURE.isoformat(), "Información: {author} / Radio Tonalmitl")),
            _f("mas", MIDDLE, 0.2, (_OLD, "Más noticias: {other_title}")),
            _f("cafe", FOOTER, 0.2, *_by_day(_ctz_coffee)),
            _f("temporada", FOOTER, 0.15, *_seasons(
                ("06-01", "🌧️ Temporada de lluvias: cuidado con los deslaves en los caminos "
                          "de la Sierra"),
                ("11-15", "🌫️ Neblina en la carretera Zacapoaxtla-Cuetzalan: maneja con "
                          "precaución"))),
            _f("aviso", FOOTER, 0.3, *_ctz_notice()),
            _f("tasohkamati", FOOTER, 0.15, (_OLD, "Tasohkamati por escucharnos: esta radio "
                                                   "vive de la cooperación de su gente."),
               ("2019-09-02", "Tasohkamati! Coopera con tu radio en la cabina o por "
                              "transferencia")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Radio Tonalmitl, Cuetzalan, "
                                                "Puebla")),
            _f("sin-senal", HEADER, 0.04, (_OLD, "⚠️ Sin transmisión esta mañana por una falla "
                                                 "eléctrica en la cabina")),
        ),
    )


# --- a Maya and Spanish weekly (Felipe Carrillo Puerto, Quintana Roo) ------------------------

FCP_FIRST_ISSUE = dt.date(2015, 1, 3)  # a Saturday: issue 118
FCP_BYLINE = dt.date(2019, 1, 5)
FCP_WHATSAPP = dt.date(2019, 7, 6)


def fcp_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's running issue number and the Saturday it came out."""
    saturday = last_on(day, 5)
    return 118 + (saturday - FCP_FIRST_ISSUE).days // 7, saturday


def _fcp_issue(day: dt.date) -> str:
    number, saturday = fcp_issue(day)
    return (f"Túumben K'iin · Núm. {number} · Sábado {saturday.day} de "
            f"{SPANISH_MONTHS[saturday.month - 1]} de {saturday.year}")


def _fcp_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook: Túumben K'iin"),
                  (FCP_WHATSAPP.isoformat(), "📲 Manda tus noticias de la comunidad por "
                                             "WhatsApp: 983 000 0000"))
    news: list[Event] = [
        _vote("2016-06-05", "🗳️ Elección de gobernador: ubica tu casilla en la zona maya",
              before=5),
        _vote("2018-07-01", "🗳️ Elecciones 2018: ubica tu casilla en la zona maya",
              before=5),
        _vote("2019-06-02", "🗳️ Elección de diputados locales: ubica tu casilla", before=5),
        _span("2019-12-09", "2019-12-15", "🚆 Consulta indígena sobre el Tren Maya: "
                                          "asambleas regionales este fin de semana"),
        _span("2020-03-23", "2020-05-31", "😷 Quédate en casa: filtros sanitarios en la "
                                          "entrada de las comunidades"),
        _span("2020-10-06", "2020-10-08", "🌀 Huracán Delta: refugios abiertos en la zona "
                                          "maya"),
        _span("2020-10-26", "2020-10-28", "🌀 Huracán Zeta: refugios abiertos en la zona "
                                          "maya"),
    ]
    feasts = _yearly("07-30", 0, 0, lambda y: f"⚔️ {y - 1847} años del inicio de la Guerra "
                                              f"de Castas")
    feasts += _yearly("10-08", 0, 0, lambda y: f"🏛️ Quintana Roo cumple {y - 1974} años como "
                                               f"estado libre y soberano")
    feasts += _yearly("10-31", 1, 2, lambda y: f"🕯️ Hanal Pixán {y}: u janal pixano'ob")
    return _calendar(base, news, feasts)


def carrillopuerto_style() -> PublisherStyle:
    """A Maya and Spanish weekly (Felipe Carrillo Puerto): the running issue number with the
    Saturday it came out (turning every Saturday), a Maya greeting, "Por" turned "Ts'íib:"
    with the first issue of 2019, "Xook xan:" once, a photo credit, burning for the milpa,
    hurricanes and the harvest, a social line turned a messenger appeal and turned by three
    votes, the consultation on the Maya train, the 2020 lockdown, Delta and Zeta, the Caste
    War and the state's founding with their counts and Hanal Pixan, the cover price rising and
    a rights line (a block), a rare late-delivery notice."""
    return PublisherStyle(
        domain="tuumbenkiin.org.mx", site="Túumben K'iin", base_size=52,
        subdomains=(("", 100),),
        sections=("kaaj", "noticias", "milpa", "cultura"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("ejemplar", HEADER, 0.4, *_by_day(_fcp_issue)),
            _f("maalob", HEADER, 0.2, (_OLD, "Ma'alob k'iin, ko'one'ex xook")),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (FCP_BYLINE.isoformat(), "Ts'íib: {author}")),
            _f("xook-xan", MIDDLE, 0.2, (_OLD, "Xook xan: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("temporada", FOOTER, 0.15, *_seasons(
                ("03-01", "🔥 Temporada de quemas para la milpa: avisa a tus vecinos y haz "
                          "guardarrayas"),
                ("06-01", "🌀 Temporada de huracanes: revisa el techo de tu casa y guarda "
                          "agua"),
                ("11-15", "🌽 Tiempo de cosecha: cuida tu maíz de la humedad y las plagas"))),
            _f("aviso", FOOTER, 0.3, *_fcp_notice()),
            _f("precio", FOOTER, 0.15, (_OLD, "Precio del ejemplar: $10"),
               ("2018-01-06", "Precio del ejemplar: $12")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Túumben K'iin, Felipe Carrillo "
                                                "Puerto, Q. Roo")),
            _f("tarde", HEADER, 0.04, (_OLD, "⚠️ Esta semana el semanario llega un día tarde a "
                                             "las comunidades por el cierre de la carretera")),
        ),
    )


# --- an English and Spanish site (Nogales, Arizona) -------------------------------------------

NOG_BYLINE = dt.date(2018, 11, 6)
NOG_TEXTS = dt.date(2018, 4, 2)


def _nog_dated(day: dt.date) -> str:
    return f"Posted {day.month}/{day.day}/{day.year % 100:02d}"


def _nog_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook: Ambos Nogales Wire"),
                  (NOG_TEXTS.isoformat(), "📲 Text NEWS to 520-000-0000 for alerts / "
                                          "alertas"))
    news: list[Event] = [
        _vote("2016-08-30", "🗳️ Arizona primary / Primaria de Arizona: polls open 6 a.m. to "
                            "7 p.m.", before=5),
        _vote("2016-11-08", "🗳️ Election Day / Día de elecciones: polls open 6 a.m. to "
                            "7 p.m.", before=5),
        _vote("2018-08-28", "🗳️ Arizona primary / Primaria de Arizona: polls open 6 a.m. to "
                            "7 p.m.", before=5),
        _vote("2018-11-06", "🗳️ Election Day / Día de elecciones: polls open 6 a.m. to "
                            "7 p.m.", before=5),
        _span("2019-02-02", "2019-03-15", "🚧 Concertina wire on the border fence / Alambre "
                                          "de púas en el muro: what the city council asked"),
        _vote("2020-08-04", "🗳️ Arizona primary / Primaria de Arizona: polls open 6 a.m. to "
                            "7 p.m.", before=5),
        _vote("2020-11-03", "🗳️ Election Day / Día de elecciones: polls open 6 a.m. to "
                            "7 p.m.", before=5),
        (NO_TRAVEL, None, "🛂 Essential travel only at the ports / Solo viajes esenciales "
                          "por las garitas"),
    ]
    feasts = _yearly("05-05", 1, 0, lambda _: "🎉 Cinco de Mayo on both sides of the line")
    feasts += _yearly("07-04", 0, 0, lambda _: "🎆 Happy Fourth of July / Feliz 4 de julio")
    feasts += _movable(thanksgiving, 0, 0, lambda _: "🦃 Happy Thanksgiving / Feliz Día de "
                                                     "Acción de Gracias")
    return _calendar(base, news, feasts)


def nogales_style() -> PublisherStyle:
    """An English and Spanish site (Nogales): "Posted" with a US numeric date (a wording per
    day), "By" turned with the site's name on Election Day 2018, a link to the Spanish
    version, "More / Más:" once, the monsoon and the produce season, a social line turned a
    text alert and turned by six votes, the concertina wire of 2019 and the closing of the
    ports, Cinco de Mayo, the Fourth and Thanksgiving, a donation appeal and a copyright line
    (a block), a rare lane closure."""
    return PublisherStyle(
        domain="ambosnogaleswire.com", site="Ambos Nogales Wire", base_size=36,
        subdomains=(("", 100),),
        sections=("news", "border", "business", "community"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("posted", HEADER, 0.5, *_by_day(_nog_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (NOG_BYLINE.isoformat(), "{author} | Ambos Nogales Wire")),
            _f("espanol", HEADER, 0.12, (_OLD, "Lea esta nota en español")),
            _f("more", MIDDLE, 0.2, (_OLD, "More / Más: {other_title}")),
            _f("season", FOOTER, 0.2, *_seasons(
                ("06-15", "⛈️ Monsoon season through Sept. 30: turn around, don't drown"),
                ("10-01", "🍅 Produce season at the Mariposa port: expect trucks on Mariposa "
                          "Road"))),
            _f("notice", FOOTER, 0.3, *_nog_notice()),
            _f("donate", FOOTER, 0.15, (_OLD, "Support local news in Ambos Nogales: donate "
                                              "at ambosnogaleswire.com/donate")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ambos Nogales Wire")),
            _f("lanes", HEADER, 0.04, (_OLD, "⚠️ DeConcini port: pedestrian lanes closed this "
                                             "morning / carriles peatonales cerrados")),
        ),
    )


# --- a Spanish site (Tapachula, Chiapas) ------------------------------------------------------

TAP_BYLINE = dt.date(2018, 9, 14)  # Chiapas's day
TAP_WHATSAPP = dt.date(2019, 3, 4)


def _tap_dated(day: dt.date) -> str:
    return f"Tapachula, Chis., {day.day:02d}-{day.month:02d}-{day.year}"


def quetzal_rates(day: dt.date) -> tuple[float, float]:
    """The made-up buying and selling price of a quetzal, in pesos, at the changers of the
    central park on `day`'s working day."""
    work = banking_day(day)
    middle = mxn_rate(work) / 7.7
    return round(middle - noise(work, "gtq-buy", 5, 12) / 100, 2), round(
        middle + noise(work, "gtq-sell", 5, 12) / 100, 2)


def _tap_quetzal(day: dt.date) -> str:
    buy, sell = quetzal_rates(day)
    return f"💱 Quetzal en el parque central: compra ${buy:.2f} · venta ${sell:.2f}"


def _tap_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook: Soconusco al Momento"),
                  (TAP_WHATSAPP.isoformat(), "📲 Tu denuncia por WhatsApp: 962 000 0000"))
    news: list[Event] = [
        _span(QUAKE.isoformat(), "2017-09-21", "🆘 Sismo de 8.2: daños en la costa de "
                                               "Chiapas y centros de acopio"),
        _vote("2018-07-01", "🗳️ Elecciones 2018: gobernador, presidente y alcaldes", before=6,
              after=2),
        _span("2018-10-19", "2018-10-27", "🚶 Caravana migrante: cruce del Suchiate y paso "
                                          "por Tapachula"),
        _span("2020-01-18", "2020-01-25", "🚶 Caravana en el río Suchiate: cierres en "
                                          "Ciudad Hidalgo"),
        _span("2020-03-23", "2020-06-30", "😷 Quédate en casa: horarios del mercado San Juan"),
    ]
    feasts = _yearly("09-14", 0, 0, lambda y: f"🇲🇽 {y - 1824} años de la federación de "
                                              f"Chiapas a México")
    feasts += _movable(lambda y: nth_weekday(y, 3, 4, 2), 1, 9, lambda y: f"🎡 Feria "
                                                                          f"Mesoamericana {y}")
    feasts += _yearly("12-12", 1, 0, lambda _: "🌹 Peregrinaciones guadalupanas: cierres en "
                                               "el centro")
    return _calendar(base, news, feasts)


def tapachula_style() -> PublisherStyle:
    """A Spanish site (Tapachula): the city and a dashed date (a wording per day), "Por"
    turned "Corresponsal:" on Chiapas's day 2018, "Relacionada:" once, the quetzal at the
    changers on working days, the coffee harvest and the rains, a social line turned a
    messenger appeal and turned by the 2017 earthquake, a vote, two caravans and the 2020
    lockdown, Chiapas's federation with its count, the fair and the Virgin's day, a copyright
    line and the newsroom's address (a block), a rare water cut."""
    return PublisherStyle(
        domain="soconuscoalmomento.mx", site="Soconusco al Momento", base_size=24,
        subdomains=(("", 100),),
        sections=("tapachula", "frontera-sur", "costa", "deportes"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("fecha", HEADER, 0.5, *_by_day(_tap_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (TAP_BYLINE.isoformat(), "Corresponsal: {author}")),
            _f("relacionada", MIDDLE, 0.2, (_OLD, "Relacionada: {other_title}")),
            _f("quetzal", FOOTER, 0.2, *_by_day(_tap_quetzal)),
            _f("temporada", FOOTER, 0.2, *_seasons(
                ("05-15", "🌧️ Temporada de lluvias: cuidado con la crecida del río Coatán"),
                ("11-01", "☕ Temporada de corte de café: precaución con el transporte de "
                          "jornaleros en las fincas"))),
            _f("aviso", FOOTER, 0.3, *_tap_notice()),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Soconusco al Momento. Todos los "
                                                "derechos reservados.")),
            _f("contacto", FOOTER, 0.2, (_OLD, "Contacto: 4a. Avenida Norte, Centro, "
                                               "Tapachula · Tel. 962 000 0001")),
            _f("agua", HEADER, 0.04, (_OLD, "⚠️ COAPATAP: corte de agua hoy en colonias del "
                                            "sur de la ciudad")),
        ),
    )


def heldout109_styles() -> list[PublisherStyle]:
    """The held-back-109 styles, in the order the generator hands them to publishers."""
    return [
        monterrey_style(), tijuana_style(), merida_style(), elpaso_style(),
        hermosillo_style(), valley_style(), oaxaca_style(), juchitan_style(),
        cuetzalan_style(), carrillopuerto_style(), nogales_style(), tapachula_style(),
    ]
