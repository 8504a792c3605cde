"""The ``held-back-85`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-83 set
(`tests.bench.heldout_templates_83`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of the Andes, Central America and the Caribbean,
large and small: a Spanish and Guarani daily in Asunción, a Dominican sports site, a Papiamentu
daily in Willemstad (Curaçao), a Cuban exile site in Miami, a parish paper in St Elizabeth
(Jamaica), a cantonal paper in Pérez Zeledón (Costa Rica), a Haitian Creole weekly in
Cap-Haïtien, a Spanish and K'iche' site in Santa Cruz del Quiché (Guatemala), a Quechua and
Spanish community radio in Cusco, a weekly in the Cayo District (Belize), an Aymara site in El
Alto and a Garifuna site on the north coast of Honduras. The families are the kinds a crawl of
such sites holds: dates localised day by day (several changing form or language on the day of a
redesign, one with the Aymara year that turns at the June solstice, one with the US clocks),
lines that turn every day or every week (a Maya day count, the weather by season with storms
breaking in, exchange rates in guaraníes, Cuban pesos and Jamaican dollars, the latter on
working days only, a weekly's issue number, a market's days), the seasons of frost, sowing,
rain and harvest, bylines and datelines of many shapes, section kickers, read-also links (some
up to two times), photo credits, translators' credits, donation and membership appeals, prices
and appeals in guaraníes, florins, gourdes, quetzales, colones and Jamaican, Belize and US
dollars (several prices rising over the years), a betting-ad warning mid-body, notices reworded
in 2016-2020, notices that follow the region's calendars (votes, postponed or suspended ones, a
referendum on a border claim, hurricanes and tropical storms, an eruption, curfews and the 2020
quarantines, the baseball winter league and the Caribbean Series, carnivals cancelled or cut
short, pilgrimages, the Inti Raymi and a mountain pilgrimage called off in 2020, national days
and anniversaries with their counts), multi-line blocks, mid-body inserts, bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
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
    jdn,
    nth_weekday,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
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
COSTA_RICA_MONTHS = SPANISH_MONTHS[:8] + ("setiembre",) + SPANISH_MONTHS[9:]
SPANISH_ABBR = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov",
                "dic")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
GUARANI_WEEKDAYS = ("Arateĩ", "Arakõi", "Araapy", "Ararundy", "Arapo", "Arapoteĩ", "Arapokõi")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
CREOLE_WEEKDAYS = ("Lendi", "Madi", "Mèkredi", "Jedi", "Vandredi", "Samdi", "Dimanch")
CREOLE_MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
                 "oktòb", "novanm", "desanm")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
PAPIAMENTU_WEEKDAYS = ("djaluna", "djamars", "djarason", "djaweps", "djabièrnè", "djasabra",
                       "djadumingu")
PAPIAMENTU_MONTHS = ("yanüari", "febrüari", "mart", "aprel", "mei", "yüni", "yüli",
                     "ougùstùs", "sèptèmber", "òktober", "novèmber", "desèmber")
QUECHUA_WEEKDAYS = ("Killachaw", "Atipachaw", "Quyllurchaw", "Illapachaw", "Ch'askachaw",
                    "K'uychichaw", "Intichaw")
KICHE_DAYS = ("Imox", "Iq'", "Aq'ab'al", "K'at", "Kan", "Kame", "Kej", "Q'anil", "Toj",
              "Tz'i'", "B'atz'", "E", "Aj", "I'x", "Tz'ikin", "Ajmaq", "No'j", "Tijax",
              "Kawoq", "Ajpu")
KICHE_NUMBERS = ("Jun", "Keb'", "Oxib'", "Kajib'", "Job'", "Waqib'", "Wuqub'", "Waqxaqib'",
                 "B'elejeb'", "Lajuj", "Junlajuj", "Kab'lajuj", "Oxlajuj")

# The Caribbean Series: (year -> first day, host city) as it was played.
CARIBBEAN_SERIES = {2015: ("2015-02-02", "San Juan"), 2016: ("2016-02-01", "Santo Domingo"),
                    2017: ("2017-02-01", "Culiacán"), 2018: ("2018-02-02", "Guadalajara"),
                    2019: ("2019-02-04", "Panamá"), 2020: ("2020-02-01", "San Juan")}


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day:%Y-%m-%d}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def monday_of(day: dt.date) -> dt.date:
    """The Monday `day`'s week starts on (the weekly lines turn on Mondays)."""
    return day - dt.timedelta(days=day.weekday())


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a central bank's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def progress(day: dt.date) -> float:
    """0 on the set's first day to 1 on its last (for rates that drift over the years)."""
    return (day - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days


def thousands(number: int, mark: str = ".") -> str:
    """`number` with `mark` between thousands: 5.820 (Paraguay), 1 500 (Haiti)."""
    return f"{number:,}".replace(",", mark)


def us_eastern_daylight(day: dt.date) -> bool:
    """US daylight saving time: the second Sunday of March to the first Sunday of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def tzolkin(day: dt.date) -> tuple[int, str]:
    """The 260-day Maya count on `day` (the GMT correlation, 584283): (1-13, K'iche' name)."""
    k = jdn(day) - 584283
    return (k + 3) % 13 + 1, KICHE_DAYS[(k + 19) % 20]


def aymara_year(day: dt.date) -> int:
    """The Andean-Amazonian year, which starts at the June solstice (21 June 2016: 5524)."""
    return day.year + (3508 if day >= dt.date(day.year, 6, 21) else 3507)


# --- a Spanish and Guarani daily (Asunción, Paraguay) ------------------------------------------

PY_REDESIGN = dt.date(2017, 8, 14)
PY_RIGHTS = dt.date(2018, 1, 2)
PY_WHATSAPP = dt.date(2019, 5, 6)
PY_DIGITAL = dt.date(2020, 5, 4)
PY_PRICES = ((_OLD, "85.000"), ("2017-01-02", "95.000"), ("2019-01-02", "105.000"))


def _py_dated(day: dt.date) -> str:
    weekday, month = SPANISH_WEEKDAYS[day.weekday()], SPANISH_MONTHS[day.month - 1]
    if day < PY_REDESIGN:
        return f"Asunción, {weekday} {day.day} de {month} de {day.year}"
    return (f"{GUARANI_WEEKDAYS[day.weekday()]} / {weekday.capitalize()}, {day.day} de {month} "
            f"de {day.year} · {{time}}")


def py_dollar(day: dt.date) -> int:
    """The made-up buying price of a dollar in guaraníes in `day`'s week (5,100 to 7,000)."""
    monday = monday_of(day)
    return round(5100 + 1900 * progress(monday)) + made_up(monday, "py-usd", -90, 90)


def _py_rate(day: dt.date) -> str:
    buy = py_dollar(day)
    return (f"💵 Cotización del dólar esta semana: compra ₲ {thousands(buy)} · venta "
            f"₲ {thousands(buy + 80)}")


def _py_caacupe(y: int) -> str:
    if y == 2020:
        return "🙏 Caacupé 2020: sin peregrinación masiva, misas transmitidas en vivo"
    return f"🙏 Caacupé {y}: horarios de misas y desvíos para los peregrinos"


def _py_notice() -> Wordings:
    base = _steps((_OLD, "Seguinos en Facebook y Twitter: @diarioarandu"),
                  (PY_WHATSAPP.isoformat(), "📲 Recibí las noticias por WhatsApp: escribí ALTA "
                                            "al 0981 000 000"))
    news: list[Event] = [
        _vote("2015-11-15", "🗳️ Elecciones municipales: resultados distrito por distrito",
              before=5),
        _vote("2017-12-17", "🗳️ Internas partidarias: coloradas y liberales eligen candidatos",
              before=5, after=0),
        _vote("2018-04-22", "🗳️ Elecciones generales 2018: resultados del TSJE en vivo",
              before=6),
        _span("2020-03-20", "2020-05-03", "😷 Cuarentena total: solo se permite circular por "
                                          "razones de fuerza mayor"),
        _span("2020-05-11", "2020-05-17", "🗳️ Municipales postergadas: el TSJE fija nuevas "
                                          "fechas para 2021"),
    ]
    feasts = _yearly("05-14", 2, 1, lambda y: f"🇵🇾 {y - 1811} años de la Independencia: "
                                              f"felices fiestas patrias")
    feasts += _yearly("06-12", 0, 0, lambda y: f"🕊️ {y - 1935}° aniversario de la Paz del "
                                               f"Chaco")
    feasts += _yearly("08-25", 0, 0, lambda _: "🗣️ Ára Guarani Ñe'ẽ: 25 de agosto, Día del "
                                               "Idioma Guaraní")
    feasts += _yearly("12-08", 6, 0, _py_caacupe)
    return _calendar(base, news, feasts)


def _py_prices() -> Wordings:
    out = [(start, f"Suscribite: ₲ {price} por mes, con entrega a domicilio")
           for start, price in PY_PRICES]
    out.append((PY_DIGITAL.isoformat(), "Suscripción digital: ₲ 35.000 por mes · edición "
                                        "impresa a domicilio ₲ 105.000"))
    return tuple(out)


def asuncion_style() -> PublisherStyle:
    """A Spanish and Guarani daily (Asunción): a section kicker, a greeting in Guarani, the
    city and the Spanish date turned the Guarani weekday beside the Spanish one with the time
    (a wording per day), "Por" turned with the writer's handle, a correspondent's dateline,
    "Lea también:" turned the voseo "👉 Leé también:" (up to twice), a photo credit, the
    dollar's rate in guaraníes every week, a social line turned a messenger appeal and turned
    by three votes, the 2020 quarantine, the municipal vote put off to 2021, Independence and
    the Chaco peace with their counts, the Guarani language day and the Caacupé pilgrimage
    (without crowds in 2020), the monthly subscription rising twice then a digital price, a
    rights line reworded and the address (a block), a rare power cut."""
    return PublisherStyle(
        domain="diarioarandu.com.py", site="Diario Arandu", base_size=245,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("nacionales", "politica", "economia", "deportes", "interior", "cultura"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={
            "seccion": ("Nacionales", "Política", "Economía", "Deportes", "Interior",
                        "Cultura"),
            "ciudad": ("ENCARNACIÓN", "CIUDAD DEL ESTE", "CONCEPCIÓN", "VILLARRICA",
                       "PEDRO JUAN CABALLERO", "PILAR", "CORONEL OVIEDO"),
            "foto": ("Diario Arandu", "Archivo", "Gentileza", "Agencia IP", "Captura de video"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("mbaeichapa", HEADER, 0.1, (_OLD, "Mba'éichapa, Paraguay! Las noticias de hoy, "
                                                 "ko árape")),
            _f("fecha", HEADER, 0.8, *_by_day(_py_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (PY_REDESIGN.isoformat(), "Por {author} · {author_handle}")),
            _f("corresponsal", HEADER, 0.2, (_OLD, "{ciudad} (De nuestro corresponsal).")),
            _f("lea", MIDDLE, 0.35, (_OLD, "Lea también: {other_title}"),
               (PY_REDESIGN.isoformat(), "👉 Leé también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("cotizacion", FOOTER, 0.2, *_by_day(_py_rate)),
            _f("aviso", FOOTER, 0.3, *_py_notice()),
            _f("suscripcion", FOOTER, 0.15, *_py_prices()),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} Diario Arandu. Todos los derechos "
                                                "reservados."),
               (PY_RIGHTS.isoformat(), "© Diario Arandu {year}. Prohibida su reproducción "
                                       "total o parcial sin autorización escrita.")),
            _f("direccion", FOOTER, 0.25, (_OLD, "Redacción: Avda. Mariscal López 0000, "
                                                 "Asunción · Tel.: (021) 000 000")),
            _f("ande", HEADER, 0.04, (_OLD, "⚠️ Corte programado de la ANDE: barrios de "
                                            "Asunción sin energía de 8:00 a 12:00")),
        ),
    )


# --- a Dominican sports site (Santo Domingo) ---------------------------------------------------

DR_REDESIGN = dt.date(2017, 10, 16)  # relaunched for the winter league's opening week
DR_RIGHTS = dt.date(2019, 1, 7)
DR_WHATSAPP = dt.date(2019, 2, 11)


def _dr_dated(day: dt.date) -> str:
    if day < DR_REDESIGN:
        weekday = SPANISH_WEEKDAYS[day.weekday()].capitalize()
        return f"{weekday}, {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    return f"{day.day} {SPANISH_ABBR[day.month - 1]} {day.year} · {{time12}}"


def _dr_short(y: int) -> str:
    return f"{y}-{(y + 1) % 100:02d}"


def _dr_league() -> list[Event]:
    """The winter league's weeks: regular season, round robin and final, as scheduled."""
    out: list[Event] = []
    for y in range(2014, 2020):
        if y >= 2015:
            out.append(_span(f"{y}-10-16", f"{y}-12-22", f"⚾ Lidom {_dr_short(y)}: posiciones, "
                                                         f"calendario y resultados"))
        out.append(_span(f"{y}-12-26", f"{y + 1}-01-17", f"⚾ Round robin {_dr_short(y)}: así "
                                                          f"va la tabla"))
        out.append(_span(f"{y + 1}-01-19", f"{y + 1}-01-30", f"🏆 Serie Final de Lidom "
                                                             f"{_dr_short(y)}: juego a juego"))
    out.append(_span("2020-11-18", "2021-01-10", "⚾ Lidom 2020-21: temporada sin público en los "
                                                 "estadios"))
    return out


def _dr_caribbean() -> list[Event]:
    out: list[Event] = []
    for y, (start, host) in CARIBBEAN_SERIES.items():
        last = (dt.date.fromisoformat(start) + dt.timedelta(days=6)).isoformat()
        out.append(_span(start, last, f"🏆 Serie del Caribe {y} en {host}: agenda del "
                                      f"campeón dominicano"))
    return out


def _dr_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Instagram y Twitter: @jonronquisqueyano"),
                  (DR_WHATSAPP.isoformat(), "📲 Recibe los resultados por WhatsApp: envía ALTA "
                                            "al 809-000-0000"))
    games: list[Event] = [
        _span("2016-08-05", "2016-08-21", "🏅 Río 2016: la agenda de los atletas dominicanos"),
        _span("2017-03-07", "2017-03-22", "⚾ Clásico Mundial 2017: la República Dominicana "
                                          "defiende su título"),
        _span("2018-07-19", "2018-08-03", "🏅 Barranquilla 2018: el medallero dominicano en los "
                                          "Centroamericanos"),
        _span("2019-07-26", "2019-08-11", "🏅 Lima 2019: el medallero dominicano en los "
                                          "Panamericanos"),
        _span("2020-03-24", "2020-03-29", "🏅 Los Juegos de Tokio se posponen para 2021"),
    ]
    votes: list[Event] = [
        _vote("2016-05-15", "🗳️ Elecciones 2016: el deporte también vota; resultados en vivo",
              before=3),
        _span("2020-02-16", "2020-02-19", "🗳️ La JCE suspende las municipales; nueva fecha: "
                                          "15 de marzo"),
        _span("2020-03-19", "2020-07-19", "🏟️ Estado de emergencia: suspendidos todos los "
                                          "eventos deportivos"),
    ]
    return _calendar(base, games, votes, _dr_caribbean(), _dr_league())


def quisqueya_style() -> PublisherStyle:
    """A Dominican sports site (Santo Domingo): a sport kicker, the date with the weekday
    turned an abbreviated date with the 12-hour time on the winter league's opening (a
    wording per day), a dateline in capitals with ".-", "Por" turned with the site's name,
    "LEA TAMBIÉN:" turned "➡️ Te puede interesar:" (up to twice), a photo credit reworded, a
    betting-ad warning mid-body, a social line turned a messenger appeal and turned by the
    winter league's season, round robin and final year by year (a season without fans in
    2020), the Caribbean Series by host city, the Olympics, the Central American and the Pan
    American games, the World Baseball Classic, Tokyo's postponement, a vote, the suspended
    municipal vote and the 2020 emergency, the newsroom's contacts and a rights line
    reworded (a block), a rare erratum."""
    return PublisherStyle(
        domain="jonronquisqueyano.com", site="Jonrón Quisqueyano", base_size=220,
        subdomains=(("www.", 100),),
        sections=("beisbol", "baloncesto", "boxeo", "voleibol", "futbol", "atletismo"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "deporte": ("Béisbol", "Baloncesto", "Boxeo", "Voleibol", "Fútbol", "Atletismo"),
            "ciudad": ("SANTO DOMINGO", "SANTIAGO", "SAN PEDRO DE MACORÍS", "LA ROMANA",
                       "SAN FRANCISCO DE MACORÍS", "NUEVA YORK", "MIAMI"),
            "foto": ("Fuente externa", "Lidom", "Jonrón Quisqueyano", "MLB.com",
                     "Comité Olímpico Dominicano"),
        },
        families=(
            _f("deporte", HEADER, 0.4, (_OLD, "{deporte}")),
            _f("fecha", HEADER, 0.75, *_by_day(_dr_dated)),
            _f("ciudad", HEADER, 0.35, (_OLD, "{ciudad}.-")),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (DR_REDESIGN.isoformat(), "Por {author} | Jonrón Quisqueyano")),
            _f("lea", MIDDLE, 0.35, (_OLD, "LEA TAMBIÉN: {other_title}"),
               (DR_REDESIGN.isoformat(), "➡️ Te puede interesar: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}"),
               (DR_REDESIGN.isoformat(), "(Foto: {foto})")),
            _f("apuestas", MIDDLE, 0.08, (_OLD, "Publicidad · Las apuestas deportivas son solo "
                                                "para mayores de 18 años. Juega con "
                                                "responsabilidad.")),
            _f("aviso", FOOTER, 0.3, *_dr_notice()),
            _f("contacto", FOOTER, 0.2, (_OLD, "Redacción: redaccion@jonronquisqueyano.com · "
                                               "809-000-0001")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Jonrón Quisqueyano. Todos los "
                                               "derechos reservados."),
               (DR_RIGHTS.isoformat(), "Jonrón Quisqueyano © {year} · Prohibida la "
                                       "reproducción sin citar la fuente")),
            _f("errata", HEADER, 0.04, (_OLD, "FE DE ERRATA: en una versión anterior de esta "
                                              "nota se atribuyó el cuadrangular a otro "
                                              "jugador.")),
        ),
    )


# --- a Papiamentu daily (Willemstad, Curaçao) --------------------------------------------------

CW_REDESIGN = dt.date(2018, 7, 2)  # the day of the anthem and the flag
CW_RIGHTS = dt.date(2017, 5, 1)
CW_WHATSAPP = dt.date(2019, 3, 4)


def _cw_dated(day: dt.date) -> str:
    if day < CW_REDESIGN:
        weekday = PAPIAMENTU_WEEKDAYS[day.weekday()].capitalize()
        return f"{weekday}, {day.day} di {PAPIAMENTU_MONTHS[day.month - 1]} {day.year}"
    return f"{day:%d-%m-%Y} · {{time}}"


def cw_weather(day: dt.date) -> tuple[int, int]:
    """The made-up highest temperature (°C) and trade wind (km/h) forecast on `day`."""
    hot = 1 if day.month in (8, 9, 10) else 0
    return made_up(day, "cw-heat", 29, 32) + hot, made_up(day, "cw-wind", 18, 38)


def _cw_weather_base(day: dt.date) -> str:
    heat, wind = cw_weather(day)
    line = f"🌡️ Tempu awe: máksimo {heat} °C, bientu for di ost {wind} km/ora"
    if day.month in (10, 11, 12, 1):  # the rainy season
        line += f", chèns di awaseru {made_up(day, 'cw-rain', 20, 70)}%"
    return line


def _cw_weather() -> Wordings:
    storms: list[Event] = [
        _span("2016-09-28", "2016-09-30", "🌀 Tormenta tropikal Matthew: skol i ofisina ta "
                                          "sera"),
        _span("2017-06-19", "2017-06-20", "🌀 Tormenta tropikal Bret: alerta pa Kòrsou"),
    ]
    return _calendar(_cw_weather_base, storms)


def _cw_notice() -> Wordings:
    base = _steps((_OLD, "Sigui nos riba Facebook: Bon Dia Kòrsou"),
                  (CW_WHATSAPP.isoformat(), "📲 Haña e notisia riba WhatsApp: manda 'ALTA' na "
                                            "+599 9 000 0000"))
    news: list[Event] = [
        _vote("2016-10-05", "🗳️ Elekshon Parlamentario: resultado parsial awe anochi",
              before=5),
        _vote("2017-04-28", "🗳️ Elekshon anticipá: unda i kon pa bai vota", before=5),
        _span("2020-03-31", "2020-05-03", "😷 Toque di keda: tur hende den kas for di 9'or di "
                                          "anochi"),
    ]
    feasts = _movable(lambda y: carnival_tuesday(y) - dt.timedelta(days=2), 3, 0,
                      lambda y: f"🎭 Gran Marcha {y}: ruta i kaminda sera")
    feasts += _movable(lambda y: None if y == 2020 else easter(y) + dt.timedelta(days=1), 2,
                       0, lambda y: f"🌽 Seú {y}: e parada di kosecha ta sali for di Brionplein")
    feasts += _yearly("07-02", 1, 0, lambda _: "🇨🇼 Dia di Himno i Bandera")
    feasts += _yearly("08-17", 0, 0, lambda y: f"✊ Dia di Lucha pa Libertat: {y - 1795} aña di "
                                               f"e rebelion di Tula")
    feasts += _yearly("10-10", 1, 0, lambda y: f"🇨🇼 Felis Dia di Pais Kòrsou! {y - 2010} aña "
                                               f"pais")
    return _calendar(base, news, feasts)


def willemstad_style() -> PublisherStyle:
    """A Papiamentu daily (Willemstad, Curaçao): a kicker, the date with the Papiamentu
    weekday and "di", turned a Dutch-style numeric date with the time on the day of the
    anthem and the flag (a wording per day), "Pa:" turned "Skirbí pa", "Lesa tambe:" (up to
    twice), a photo credit, the day's heat and trade wind with the rain's chance in the rainy
    season (two storms), a social line turned a messenger appeal and turned by two votes,
    the 2020 curfew, the Gran Marcha, the harvest parade (called off in 2020), the flag's
    day and two anniversaries with their counts, the monthly subscription in florins rising,
    a rights line turned partly Dutch and the newsroom's address (a block), a rare
    correction."""
    return PublisherStyle(
        domain="bondiakorsou.cw", site="Bon Dia Kòrsou", base_size=195,
        subdomains=(("www.", 100),),
        sections=("lokal", "politika", "deporte", "kultura", "ekonomia"),
        n_authors=5, url_path="/{section}/{n}",
        pools={
            "seccion": ("Lokal", "Polítika", "Deporte", "Kultura", "Ekonomia", "Mundu"),
            "potret": ("Bon Dia Kòrsou", "Archivo", "GIS", "Polis Kòrsou", "Kortesia"),
        },
        families=(
            _f("seccion", HEADER, 0.35, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.75, *_by_day(_cw_dated)),
            _f("outor", HEADER, 0.5, (_OLD, "Pa: {author}"),
               (CW_REDESIGN.isoformat(), "Skirbí pa {author}")),
            _f("lesa", MIDDLE, 0.3, (_OLD, "Lesa tambe: {other_title}"), count=2),
            _f("potret", MIDDLE, 0.2, (_OLD, "Potret: {potret}")),
            _f("tempu", FOOTER, 0.25, *_cw_weather()),
            _f("aviso", FOOTER, 0.3, *_cw_notice()),
            _f("abonamentu", FOOTER, 0.15, (_OLD, "Abonamentu: NAf 45,- pa luna"),
               ("2017-01-02", "Abonamentu: NAf 48,- pa luna"),
               ("2019-07-01", "Abonamentu: NAf 52,- pa luna, inkluí entrega na kas")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© {year} Bon Dia Kòrsou. Tur derechi "
                                                "reservá."),
               (CW_RIGHTS.isoformat(), "© {year} Bon Dia Kòrsou N.V. · Overname van artikelen "
                                       "alleen met schriftelijke toestemming.")),
            _f("adres", FOOTER, 0.25, (_OLD, "Redakshon: Schottegatweg 00, Willemstad · Tel. "
                                             "+599 9 000 0001")),
            _f("korekshon", HEADER, 0.04, (_OLD, "Korekshon: den un edishon anterior nos a "
                                                 "publiká un fecha robes.")),
        ),
    )


# --- a Cuban exile site (Little Havana, Miami) -------------------------------------------------

CU_REDESIGN = dt.date(2018, 5, 21)
CU_NEWSLETTER = dt.date(2019, 6, 3)
CU_RELATED = dt.date(2019, 1, 14)
CU_NONPROFIT = dt.date(2018, 11, 27)
CU_UNIFIED = dt.date(2021, 1, 1)  # the two Cuban pesos unified


def _cu_dated(day: dt.date) -> str:
    return (f"Puente Calle Ocho, {{lugar}} | {day.day} de {SPANISH_MONTHS[day.month - 1]} de "
            f"{day.year}")


def _cu_updated(day: dt.date) -> str:
    if day < CU_REDESIGN:
        return "Actualizado: {time12}"
    return "Actualizado: {time12} " + ("EDT" if us_eastern_daylight(day) else "EST")


def cu_peso(day: dt.date) -> int:
    """The made-up street price of a dollar in Cuban pesos in `day`'s week (24-27, then
    climbing in the second half of 2020)."""
    monday = monday_of(day)
    climb = max(0, (monday - dt.date(2020, 6, 1)).days) // 9
    return made_up(monday, "cu-cup", 24, 27) + climb


def _cu_rate(day: dt.date) -> str:
    if day >= CU_UNIFIED:
        return (f"💵 Tarea Ordenamiento: tasa oficial única de 24 CUP por dólar; en la calle, "
                f"{cu_peso(day)} CUP")
    return f"💵 El dólar en el mercado informal de La Habana esta semana: {cu_peso(day)} CUP"


def _cu_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Twitter: @puentecalle8"),
                  (CU_NEWSLETTER.isoformat(), "📬 Suscríbase a nuestro boletín diario: "
                                              "puentecalleocho.com/boletin"))
    news: list[Event] = [
        _span("2016-03-19", "2016-03-22", "🇺🇸🇨🇺 Obama en La Habana: cobertura minuto a "
                                          "minuto"),
        _vote("2016-11-08", "🗳️ Elecciones en EE.UU.: cómo votó Miami-Dade", before=6),
        _span("2016-11-26", "2016-12-04", "Muere Fidel Castro: cobertura especial desde Miami "
                                          "y La Habana"),
        _span("2017-09-06", "2017-09-12", "🌀 Huracán Irma: órdenes de evacuación en "
                                          "Miami-Dade"),
        _vote("2018-11-06", "🗳️ Elecciones de medio término: resultados en Florida", before=6),
        _vote("2019-02-24", "🗳️ Referendo constitucional en Cuba: lo que debe saber", before=6,
              after=2),
        _span("2020-03-24", "2020-05-17", "😷 Orden de quedarse en casa en Miami-Dade: lo que "
                                          "abre y lo que cierra"),
        _vote("2020-11-03", "🗳️ Elecciones 2020: votación anticipada en Miami-Dade", before=14),
    ]
    feasts = _yearly("01-28", 0, 0, lambda y: f"{y - 1853} aniversario del natalicio de José "
                                              f"Martí")
    feasts += _yearly("05-20", 0, 0, lambda y: f"🇨🇺 20 de Mayo: {y - 1902} años de la "
                                               f"República de Cuba")
    feasts += _yearly("09-08", 1, 0, lambda _: "🙏 Caridad del Cobre: misa y procesión en la "
                                               "Ermita de Miami")
    return _calendar(base, news, feasts)


def miami_style() -> PublisherStyle:
    """A Cuban exile site (Miami): the site, the city reported from and the date in one
    credit line (a wording per day), an update time turned with the US Eastern zone's
    daylight or standard abbreviation (a wording per change of the clocks), "Por" turned
    with the writer's beat, "Relacionado:" turned "📌 Más sobre Cuba:" (up to twice), a photo
    credit, the dollar's street price in Havana every week (climbing in 2020, then beside the
    official rate of the 2021 unification), a social line turned a newsletter appeal and
    turned by Obama's visit, Fidel Castro's death, a hurricane, three votes in Florida and a
    referendum in Cuba and the 2020 stay-at-home order, Martí's birth and the republic with
    their counts, the feast of Our Lady of Charity, a donation appeal in dollars reworded as
    free of government money, an opinions disclaimer and a bilingual rights line (a block),
    a rare editor's note."""
    return PublisherStyle(
        domain="puentecalleocho.com", site="Puente Calle Ocho", base_size=170,
        subdomains=(("www.", 100),),
        sections=("cuba", "miami", "exilio", "opinion", "deportes"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "lugar": ("Miami", "La Habana", "Hialeah", "Santiago de Cuba", "Camagüey",
                      "Matanzas"),
            "beat": ("Redacción", "Corresponsal en La Habana", "Colaborador", "Editor"),
            "fuente": ("Puente Calle Ocho", "Redes sociales", "Archivo", "Cortesía",
                       "Captura de pantalla"),
            "usd": ("10", "25", "50"),
        },
        families=(
            _f("credito", HEADER, 0.7, *_by_day(_cu_dated)),
            _f("actualizado", HEADER, 0.45, *_by_day(_cu_updated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}"),
               (CU_REDESIGN.isoformat(), "Por {author}, {author_beat}")),
            _f("relacionado", MIDDLE, 0.3, (_OLD, "Relacionado: {other_title}"),
               (CU_RELATED.isoformat(), "📌 Más sobre Cuba: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "(Foto: {fuente})")),
            _f("tasa", FOOTER, 0.2, *_by_day(_cu_rate)),
            _f("aviso", FOOTER, 0.3, *_cu_notice()),
            _f("donar", FOOTER, 0.15, (_OLD, "Apoye el periodismo independiente sobre Cuba: "
                                             "done ${usd} hoy."),
               (CU_NONPROFIT.isoformat(), "Puente Calle Ocho no recibe fondos de ningún "
                                          "gobierno. Su donación de ${usd} nos mantiene.")),
            _f("opinion", FOOTER, 0.2, (_OLD, "Las opiniones expresadas en los artículos son "
                                              "responsabilidad exclusiva de sus autores.")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Puente Calle Ocho · Todos los derechos "
                                               "reservados · All rights reserved · Miami, "
                                               "FL")),
            _f("nota", HEADER, 0.04, (_OLD, "Nota del editor: este artículo fue actualizado "
                                            "para corregir el cargo de un funcionario.")),
        ),
    )


# --- a parish paper (Santa Cruz, St Elizabeth, Jamaica) ---------------------------------------

JM_WEB = dt.date(2017, 2, 6)
JM_RELATED = dt.date(2018, 4, 9)
JM_WHATSAPP = dt.date(2019, 8, 5)
JM_EPAPER = dt.date(2020, 4, 6)


def jm_dollar(day: dt.date) -> float:
    """The made-up Bank of Jamaica selling rate of a US dollar on `day`'s working day
    (about J$117 in 2015 to J$150 in 2020)."""
    work = working_day(day)
    return round(117 + 33 * progress(work) + made_up(work, "jm-usd", -120, 120) / 100, 2)


def _jm_rate(day: dt.date) -> str:
    return f"💱 BOJ weighted average selling rate: US$1 = J${jm_dollar(day):.2f}"


def _jm_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook: The Santa Cruz Clarion"),
                  (JM_WHATSAPP.isoformat(), "📲 WhatsApp your news tips and photos to "
                                            "876-000-0000"))
    news: list[Event] = [
        _vote("2016-02-25", "🗳️ General Election: St Elizabeth constituency results tonight",
              before=6),
        _span("2016-09-29", "2016-10-04", "🌀 Hurricane Matthew: shelters open across St "
                                          "Elizabeth"),
        _vote("2016-11-28", "🗳️ Local Government Elections: division results for the "
                            "Municipal Corporation", before=6),
        _span("2020-04-01", "2020-05-31", "😷 Islandwide curfew 8 p.m. to 6 a.m.: stay home, "
                                          "stay safe"),
        _vote("2020-09-03", "🗳️ General Election 2020: polls open 7 a.m. to 5 p.m.", before=6),
    ]
    feasts = _yearly("05-23", 2, 0, lambda y: f"🛠️ Labour Day {y}: projects across the "
                                              f"parish")
    feasts += _yearly("08-01", 1, 5, lambda y: f"🇯🇲 Happy Emancipendence! Jamaica's "
                                               f"{ordinal(y - 1962)} anniversary of "
                                               f"Independence")
    feasts += _movable(lambda y: nth_weekday(y, 10, 0, 3), 3, 0,
                       lambda y: f"🎖️ National Heroes Day {y}: the parish honours list")
    return _calendar(base, news, feasts)


def santacruz_style() -> PublisherStyle:
    """A parish paper (Santa Cruz, St Elizabeth): a desk kicker, a published line with the
    weekday turned a short date with the time, "By" turned the name and the beat after a
    slash, a dateline with the parish, "SEE ALSO:" turned "RELATED STORY »" (up to twice), a
    bare photo credit, the Bank of Jamaica's rate on working days, a social line turned a
    messenger appeal and turned by three votes, a hurricane and the 2020 curfew, Labour Day,
    Independence with its count and Heroes Day, the death notices' rates rising, the cover
    price rising then an e-paper price, a rights line (a block), a rare water lock-off."""
    return PublisherStyle(
        domain="santacruzclarion.com", site="The Santa Cruz Clarion", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "parish", "agriculture", "sports", "schools", "entertainment"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "desk": ("Parish News", "Agriculture", "Sports", "Schools", "Entertainment",
                     "Church News"),
            "beat": ("Clarion Writer", "Clarion Correspondent", "Sports Writer", "Contributor"),
            "district": ("SANTA CRUZ", "BLACK RIVER", "JUNCTION", "BALACLAVA", "MALVERN",
                         "TREASURE BEACH"),
            "photo": ("Clarion photo", "Contributed", "File photo", "JIS photo"),
        },
        families=(
            _f("desk", HEADER, 0.35, (_OLD, "{desk}")),
            _f("published", HEADER, 0.7, (_OLD, "Published: {weekday}, {date_long}"),
               (JM_WEB.isoformat(), "{date_short} | {time12}")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (JM_WEB.isoformat(), "{author}/{author_beat}")),
            _f("dateline", HEADER, 0.3, (_OLD, "{district}, St Elizabeth —")),
            _f("see-also", MIDDLE, 0.3, (_OLD, "SEE ALSO: {other_title}"),
               (JM_RELATED.isoformat(), "RELATED STORY » {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "{photo}")),
            _f("boj", FOOTER, 0.2, *_by_day(_jm_rate)),
            _f("notice", FOOTER, 0.3, *_jm_notice()),
            _f("deaths", FOOTER, 0.12,
               (_OLD, "Death notices and In Memoriams: call 876-000-0001. Rates from J$2,500 "
                      "for 40 words."),
               ("2019-01-02", "Death notices and In Memoriams: call 876-000-0001. Rates from "
                              "J$3,000 for 40 words.")),
            _f("price", FOOTER, 0.15, (_OLD, "The Santa Cruz Clarion: J$80 on newsstands every "
                                             "Wednesday"),
               ("2017-04-03", "The Santa Cruz Clarion: J$100 on newsstands every Wednesday"),
               (JM_EPAPER.isoformat(), "The Santa Cruz Clarion: J$100 on newsstands every "
                                       "Wednesday · e-paper J$500 a month")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Santa Cruz Clarion Ltd. All "
                                                "rights reserved.")),
            _f("lock-off", HEADER, 0.04, (_OLD, "⚠️ NWC: water lock-off for Santa Cruz and "
                                                "environs, 8 a.m. to 5 p.m. today")),
        ),
    )


# --- a cantonal paper (San Isidro de El General, Pérez Zeledón, Costa Rica) -------------------

CR_REDESIGN = dt.date(2018, 2, 5)  # the day after the national vote
CR_WHATSAPP = dt.date(2019, 4, 1)
CR_SINPE = dt.date(2019, 9, 2)


def _cr_dated(day: dt.date) -> str:
    month = COSTA_RICA_MONTHS[day.month - 1]
    if day < CR_REDESIGN:
        return (f"San Isidro de El General, {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{month} de {day.year}")
    return f"{day.day} {month[:3]}. {day.year} · {{time}}"


def cr_highest(day: dt.date) -> int:
    """The made-up highest temperature (°C) forecast in San Isidro on `day`."""
    dry = day.month in (12, 1, 2, 3, 4)
    return made_up(day, "cr-heat", 30, 34) if dry else made_up(day, "cr-heat", 27, 31)


def _cr_weather_base(day: dt.date) -> str:
    if day.month in (12, 1, 2, 3, 4):
        return f"☀️ IMN: día soleado en Pérez Zeledón, máxima de {cr_highest(day)} °C"
    return (f"🌧️ IMN: aguaceros con tormenta por la tarde en Pérez Zeledón, máxima de "
            f"{cr_highest(day)} °C")


def _cr_weather() -> Wordings:
    storms: list[Event] = [
        _span("2016-11-22", "2016-11-25", "⚠️ CNE: alerta por el huracán Otto"),
        _span("2017-10-04", "2017-10-07", "⚠️ CNE: alerta roja por la tormenta tropical Nate"),
        _span("2020-11-02", "2020-11-06", "⚠️ CNE: alerta por las lluvias del huracán Eta"),
    ]
    return _calendar(_cr_weather_base, storms)


def _cr_romeria(y: int) -> str:
    if y == 2020:
        return "🙏 Romería 2020: la Virgen de los Ángeles visita los cantones; quédese en casa"
    return f"🙏 Romería {y} a la Basílica de los Ángeles: recomendaciones para peregrinos"


def _cr_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook: El Generaleño"),
                  (CR_WHATSAPP.isoformat(), "📲 Envíenos su denuncia por WhatsApp al "
                                            "8000-0000"))
    news: list[Event] = [
        _vote("2016-02-07", "🗳️ Elecciones municipales: quién será el alcalde de Pérez "
                            "Zeledón", before=5),
        _vote("2018-02-04", "🗳️ Elecciones nacionales: resultados del TSE en Pérez Zeledón",
              before=5),
        _vote("2018-04-01", "🗳️ Segunda ronda: cómo votó Pérez Zeledón", before=5),
        _vote("2020-02-02", "🗳️ Elecciones municipales 2020: alcaldía y regidurías", before=5),
        _span("2020-03-16", "2020-06-30", "😷 Restricción vehicular sanitaria: consulte qué "
                                          "días circula su placa"),
    ]
    feasts = _yearly("08-02", 5, 0, _cr_romeria)
    feasts += _yearly("09-15", 1, 0, lambda y: f"🇨🇷 {y - 1821} años de independencia: "
                                               f"faroles y desfiles en San Isidro")
    feasts += _yearly("10-09", 0, 0, lambda y: f"Pérez Zeledón cumple {y - 1931} años como "
                                               f"cantón")
    return _calendar(base, news, feasts)


def perezzeledon_style() -> PublisherStyle:
    """A cantonal paper (Pérez Zeledón, Costa Rica): a district kicker, the town and the
    date with the weekday and Costa Rica's "setiembre", turned a short date with the time
    the day after the national vote (a wording per day), "Por" turned with the paper's
    name, "Lea además:" (up to twice), a photo credit and an "illustrative image" line, the
    day's weather by dry and rainy season (three storms' alerts), a social line turned a
    messenger appeal and turned by four votes and the 2020 plate restrictions, the
    pilgrimage (at home in 2020), Independence and the canton with their counts, a payment
    appeal turned with amounts in colones, a comments disclaimer and a rights line reworded
    (a block), a rare water cut."""
    return PublisherStyle(
        domain="elgeneraleno.co.cr", site="El Generaleño", base_size=130,
        subdomains=(("www.", 100),),
        sections=("canton", "sucesos", "deportes", "agro", "comunidad"),
        n_authors=4, url_path="/noticias/{slug}",
        pools={
            "distrito": ("San Isidro", "Daniel Flores", "Rivas", "Platanares", "Pejibaye",
                         "Páramo", "Barú", "Cajón"),
            "crc": ("1000", "2000", "5000"),
        },
        families=(
            _f("distrito", HEADER, 0.3, (_OLD, "{distrito}")),
            _f("fecha", HEADER, 0.7, *_by_day(_cr_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (CR_REDESIGN.isoformat(), "{author} | El Generaleño")),
            _f("lea", MIDDLE, 0.3, (_OLD, "Lea además: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("ilustrativa", MIDDLE, 0.08, (_OLD, "Imagen con fines ilustrativos")),
            _f("clima", FOOTER, 0.2, *_cr_weather()),
            _f("aviso", FOOTER, 0.3, *_cr_notice()),
            _f("sinpe", FOOTER, 0.15, (_OLD, "Apoye el periodismo local: SINPE Móvil "
                                             "8000-0001"),
               (CR_SINPE.isoformat(), "¿Le gustó esta nota? Apóyenos con ₡{crc} por SINPE "
                                      "Móvil al 8000-0001")),
            _f("comentarios", FOOTER, 0.15, (_OLD, "Los comentarios publicados son "
                                                   "responsabilidad exclusiva de quien los "
                                                   "escribe.")),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} El Generaleño"),
               ("2017-01-09", "Todos los derechos reservados © El Generaleño {year}. "
                              "Prohibida su reproducción.")),
            _f("agua", HEADER, 0.04, (_OLD, "⚠️ AyA: suspensión del servicio de agua en San "
                                            "Isidro centro hoy de 8 a. m. a 4 p. m.")),
        ),
    )


# --- a Haitian Creole weekly (Cap-Haïtien) -----------------------------------------------------

HT_REDESIGN = dt.date(2018, 1, 1)  # relaunched on Independence Day
HT_SOCIAL = dt.date(2019, 3, 11)
HT_FIRST_ISSUE = dt.date(2014, 12, 31)  # a Wednesday: issue 400


def _ht_dated(day: dt.date) -> str:
    creole = (f"{CREOLE_WEEKDAYS[day.weekday()]} {day.day} {CREOLE_MONTHS[day.month - 1]} "
              f"{day.year}")
    if day < HT_REDESIGN:
        return creole
    return (f"{creole} · {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year}")


def ht_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue number on `day` and the Wednesday it came out."""
    wednesday = day - dt.timedelta(days=(day.weekday() - 2) % 7)
    return 400 + (wednesday - HT_FIRST_ISSUE).days // 7, wednesday


def _ht_issue(day: dt.date) -> str:
    number, wednesday = ht_issue(day)
    tuesday = wednesday + dt.timedelta(days=6)
    return (f"Nimewo {number} · Semèn {wednesday.day} {CREOLE_MONTHS[wednesday.month - 1]} – "
            f"{tuesday.day} {CREOLE_MONTHS[tuesday.month - 1]} {tuesday.year}")


def _ht_carnival(y: int) -> str:
    if y == 2016:
        return "🎭 Kanaval 2016 anile akoz eleksyon yo"
    if y == 2020:
        return "🎭 Kanaval 2020 kanpe apre premye jou a"
    return f"🎭 Kanaval {y}: twa jou gra, pwogram ak chan yo"


def _ht_notice() -> Wordings:
    base = _steps((_OLD, "Lavwa Nò parèt chak mèkredi. Mande l nan machann jounal ou."),
                  (HT_SOCIAL.isoformat(), "📲 Swiv Lavwa Nò sou WhatsApp ak Facebook"))
    news: list[Event] = [
        _vote("2015-08-09", "🗳️ Eleksyon lejislatif: kote pou w vote nan Nò a", before=6),
        _vote("2015-10-25", "🗳️ Eleksyon 25 oktòb: prezidan, depite, senatè, majistra",
              before=6),
        _span("2015-12-22", "2015-12-27", "🗳️ Dezyèm tou eleksyon an ranvwaye"),
        _span("2016-10-02", "2016-10-08", "🌀 Siklòn Matthew: rete nan abri, pa travèse rivyè"),
        _vote("2016-11-20", "🗳️ Eleksyon 20 novanm: rezilta pwovizwa yo", before=6, after=8),
        _span("2018-07-07", "2018-07-09", "⚠️ Manifestasyon kont pri gaz la: rete lakay ou"),
        _span("2019-09-16", "2019-11-30", "⚠️ Peyi lòk: lekòl yo fèmen, wout yo bloke"),
        _span("2020-03-20", "2020-06-30", "😷 Kowonaviris: lave men nou, mete mas"),
    ]
    feasts = _yearly("01-01", 1, 1, lambda y: f"🇭🇹 Bòn ane ak bòn fèt Endepandans! "
                                              f"{y - 1804} lane libète")
    feasts += _yearly("01-12", 0, 0, lambda y: f"🕯️ 12 janvye: {y - 2010} lane depi "
                                               f"tranblemanntè a")
    feasts += _movable(carnival_tuesday, 3, 0, _ht_carnival)
    feasts += _yearly("05-18", 0, 0, lambda _: "🇭🇹 Bòn fèt Drapo!")
    feasts += _yearly("11-18", 0, 0, lambda y: f"Batay Vètyè: {y - 1803} lane")
    return _calendar(base, news, feasts)


def caphaitien_style() -> PublisherStyle:
    """A Haitian Creole weekly (Cap-Haïtien): a kicker, the issue number with the week it
    covers (turning every Wednesday), the date in Creole turned Creole beside French on
    Independence Day 2018 (a wording per day), "Pa" turned "Redaksyon:", "Li tou:" (up to
    twice), a photo credit, a newsstand line turned a messenger appeal and turned by three
    votes and a postponed run-off, a hurricane, fuel protests, the 2019 lockdown and the 2020
    epidemic, the new year and Independence with its count, the earthquake's anniversary,
    carnival (cancelled in 2016, cut short in 2020), the flag and Vertières with its count,
    the yearly subscription in gourdes rising, a thanks, a rights line turned bilingual and
    the address (a block), a rare power cut."""
    return PublisherStyle(
        domain="lavwano.ht", site="Lavwa Nò", base_size=110,
        subdomains=(("www.", 100),),
        sections=("nouvel", "politik", "kilti", "espo", "dyaspora"),
        n_authors=4, url_path="/atik/{n}",
        pools={"ribrik": ("Nouvèl", "Politik", "Kilti", "Espò", "Dyaspora", "Lasante")},
        families=(
            _f("ribrik", HEADER, 0.3, (_OLD, "{ribrik}")),
            _f("nimewo", HEADER, 0.45, *_by_day(_ht_issue)),
            _f("dat", HEADER, 0.6, *_by_day(_ht_dated)),
            _f("ote", HEADER, 0.45, (_OLD, "Pa {author}"),
               (HT_REDESIGN.isoformat(), "Redaksyon: {author}")),
            _f("li-tou", MIDDLE, 0.3, (_OLD, "Li tou: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("avi", FOOTER, 0.3, *_ht_notice()),
            _f("abonman", FOOTER, 0.15, (_OLD, "Abònman: 1 500 goud pou yon lane, US$ 60 nan "
                                               "dyaspora"),
               ("2017-01-04", "Abònman: 2 000 goud pou yon lane, US$ 60 nan dyaspora"),
               ("2019-10-02", "Abònman: 2 500 goud pou yon lane, US$ 75 nan dyaspora")),
            _f("mesi", FOOTER, 0.2, (_OLD, "Mèsi dèske w li nou! Pataje atik la ak fanmi w.")),
            _f("dwa", FOOTER, 0.4, (_OLD, "© {year} Lavwa Nò. Tout dwa rezève."),
               (HT_REDESIGN.isoformat(), "© {year} Lavwa Nò · Tout dwa rezève · Tous droits "
                                         "réservés")),
            _f("adres", FOOTER, 0.2, (_OLD, "Ri 17 H, Okap, Ayiti · Tel. +509 0000-0000")),
            _f("kouran", HEADER, 0.04, (_OLD, "⚠️ Pa gen kouran nan Okap jodi a: EDH anonse "
                                              "yon koupi")),
        ),
    )


# --- a Spanish and K'iche' site (Santa Cruz del Quiché, Guatemala) ----------------------------

GT_REDESIGN = dt.date(2018, 3, 12)
GT_WHATSAPP = dt.date(2019, 7, 1)


def _gt_dated(day: dt.date) -> str:
    month = SPANISH_MONTHS[day.month - 1]
    if day < GT_REDESIGN:
        return f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()} {day.day} de {month} de {day.year}"
    return f"{day:%d/%m/%Y} · {{time}} horas"


def _gt_cholqij(day: dt.date) -> str:
    number, name = tzolkin(day)
    return f"🌄 Cholq'ij, ri q'ij kamik: {KICHE_NUMBERS[number - 1]} {name} ({number} {name})"


def batz_days() -> list[dt.date]:
    """The days 8 B'atz' falls on from 2015 to 2020 (every 260 days)."""
    out, day = [], FIRST_DAY
    while day <= LAST_DAY:
        if tzolkin(day) == (8, "B'atz'"):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def _gt_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook: Q'umarkaj Noticias"),
                  (GT_WHATSAPP.isoformat(), "📲 Mándenos su información por WhatsApp al "
                                            "5000-0000"))
    news: list[Event] = [
        _vote("2015-09-06", "🗳️ Elecciones generales: resultados en los municipios de Quiché",
              before=6),
        _vote("2015-10-25", "🗳️ Segunda vuelta presidencial: dónde votar", before=6),
        _span("2018-06-04", "2018-06-10", "🌋 Erupción del Volcán de Fuego: centros de acopio "
                                          "en Santa Cruz"),
        _vote("2019-06-16", "🗳️ Elecciones generales 2019: alcaldías de Quiché", before=6),
        _vote("2019-08-11", "🗳️ Segunda vuelta presidencial 2019", before=6),
        _span("2020-03-22", "2020-07-26", "😷 Toque de queda vigente: consulte el horario de "
                                          "esta semana"),
        _span("2020-11-04", "2020-11-20", "🌀 Eta e Iota: emergencia en el norte de Quiché"),
    ]
    batz: list[Event] = [(day - dt.timedelta(days=1), day + dt.timedelta(days=1),
                          "🔥 Waqxaqib' B'atz': ceremonias mayas en los centros ceremoniales de "
                          "Q'umarkaj") for day in batz_days()]
    feasts = _yearly("09-15", 1, 0, lambda y: f"🇬🇹 {y - 1821} años de independencia: "
                                              f"antorchas y desfiles")
    feasts += _yearly("12-21", 4, 0, lambda _: "🎆 Feria de Santo Tomás en Chichicastenango: "
                                               "palo volador y cofradías")
    return _calendar(base, news, batz, feasts)


def quiche_style() -> PublisherStyle:
    """A Spanish and K'iche' site (Santa Cruz del Quiché): a dateline with the municipality,
    the date with the weekday turned a numeric date with the hours (a wording per day), "Por"
    turned a text and photos credit, a K'iche' translator's credit, "También le puede
    interesar:" (up to twice), the day of the Maya count in K'iche' numbers and names (every
    day, 260 days round), a social line turned a messenger appeal and turned by four votes,
    an eruption, the 2020 curfew and two hurricanes, 8 B'atz' whenever it falls,
    Independence with its count and Santo Tomás's fair, a thanks in K'iche', a donation
    appeal in quetzales and a rights line (a block), a rare landslide."""
    return PublisherStyle(
        domain="qumarkaj.com.gt", site="Q'umarkaj Noticias", base_size=90,
        subdomains=(("www.", 100),),
        sections=("quiche", "municipios", "cultura", "comunidad", "nacionales"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "municipio": ("Santa Cruz del Quiché", "Chichicastenango", "Nebaj", "Zacualpa",
                          "Joyabaj", "Sacapulas", "Chinique"),
            "gtq": ("25", "50", "100"),
        },
        families=(
            _f("municipio", HEADER, 0.35, (_OLD, "{municipio}, Quiché.-")),
            _f("fecha", HEADER, 0.6, *_by_day(_gt_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (GT_REDESIGN.isoformat(), "Texto y fotos: {author}")),
            _f("traduccion", HEADER, 0.15, (_OLD, "Traducción al k'iche': {author2}")),
            _f("interesar", MIDDLE, 0.25, (_OLD, "También le puede interesar: {other_title}"),
               count=2),
            _f("cholqij", FOOTER, 0.25, *_by_day(_gt_cholqij)),
            _f("aviso", FOOTER, 0.3, *_gt_notice()),
            _f("maltyox", FOOTER, 0.2, (_OLD, "¡Maltyox! Gracias por leernos y compartir.")),
            _f("apoyo", FOOTER, 0.12, (_OLD, "Apoye el periodismo comunitario en Quiché: "
                                             "Q{gtq} al mes hacen la diferencia.")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Q'umarkaj Noticias")),
            _f("derrumbe", HEADER, 0.04, (_OLD, "⚠️ Derrumbe en la ruta de Sacapulas a Nebaj: "
                                                "tránsito a una vía")),
        ),
    )


# --- a Quechua and Spanish community radio (Cusco, Peru) -------------------------------------

QU_RUNASIMI = dt.date(2018, 5, 27)  # the day of Peru's native languages
QU_LIVE = dt.date(2019, 5, 13)


def _qu_dated(day: dt.date) -> str:
    month = SPANISH_MONTHS[day.month - 1]
    if day < QU_RUNASIMI:
        return f"Cusco, {day.day} de {month} de {day.year}"
    return f"{QUECHUA_WEEKDAYS[day.weekday()]} · {day.day} {month} killa {day.year} · Qosqo"


def _qu_corpus(y: int) -> dt.date | None:
    return None if y == 2020 else easter(y) + dt.timedelta(days=60)


def _qu_notice() -> Wordings:
    base = _steps((_OLD, "Sintonícenos en el 98.1 FM, desde Cusco para todo el sur andino"),
                  (QU_LIVE.isoformat(), "📲 Escúchenos en vivo por Facebook y en "
                                        "radiosumaqwayra.org.pe"))
    news: list[Event] = [
        _vote("2016-04-10", "🗳️ Elecciones generales 2016: resultados de la ONPE en Cusco",
              before=6),
        _vote("2016-06-05", "🗳️ Segunda vuelta 2016: así votó el Cusco", before=6),
        _vote("2018-10-07", "🗳️ Elecciones regionales y municipales: quién gobernará el Cusco",
              before=6),
        _vote("2018-12-09", "🗳️ Referéndum y segunda vuelta regional", before=6),
        _vote("2020-01-26", "🗳️ Elecciones congresales extraordinarias", before=6),
        _span("2020-03-16", "2020-06-30", "😷 Estado de emergencia: quédese en casa, "
                                          "wasiykipi qhepakuy"),
    ]
    feasts = _movable(lambda y: None if y == 2020 else dt.date(y, 6, 24), 3, 0,
                      lambda y: f"☀️ Inti Raymi {y}: transmisión en vivo desde Saqsaywaman")
    feasts += _movable(lambda y: None if y == 2020 else easter(y) + dt.timedelta(days=56), 4,
                       1, lambda y: f"⛰️ Qoyllur Rit'i {y}: peregrinación al santuario de "
                                    f"Sinakara")
    feasts += _movable(_qu_corpus, 0, 0, lambda _: "Corpus Christi en el Cusco: procesión de "
                                                   "los santos en la plaza de Armas")
    return _calendar(base, news, feasts)


def cusco_style() -> PublisherStyle:
    """A Quechua and Spanish community radio's site (Cusco): a province kicker, the city and
    the Spanish date turned the Quechua weekday with "killa" on the day of the native
    languages (a wording per day), "Por" turned the Quechua "Willakuq", a link to the audio
    in Quechua turned bilingual, "Lea también:" turned Quechua (up to twice), the seasons of
    frost, sowing, rain and harvest, a frequency line turned a live-stream appeal and turned
    by five votes and the 2020 emergency, the Inti Raymi, Qoyllur Rit'i and Corpus Christi
    (none held in 2020), a thanks in Quechua, the station's line and a rights line allowing
    reuse with credit (a block), a rare regional strike."""
    return PublisherStyle(
        domain="radiosumaqwayra.org.pe", site="Radio Sumaq Wayra", base_size=70,
        subdomains=(("www.", 100),),
        sections=("cusco", "provincias", "agro", "cultura"),
        n_authors=3, url_path="/noticias/{yyyy}/{mm}/{slug}",
        pools={"provincia": ("Qosqo", "Urubamba", "Calca", "Anta", "Quispicanchi", "Canchis",
                             "Espinar")},
        families=(
            _f("provincia", HEADER, 0.3, (_OLD, "{provincia}")),
            _f("fecha", HEADER, 0.55, *_by_day(_qu_dated)),
            _f("willakuq", HEADER, 0.4, (_OLD, "Por {author}"),
               (QU_RUNASIMI.isoformat(), "Willakuq / Periodista: {author}")),
            _f("uyariy", MIDDLE, 0.2, (_OLD, "🔊 Escuche esta nota en quechua"),
               (QU_RUNASIMI.isoformat(), "🔊 Uyariy runasimipi / Escuche en quechua")),
            _f("lea", MIDDLE, 0.25, (_OLD, "Lea también: {other_title}"),
               (QU_RUNASIMI.isoformat(), "Ñawinchay kaytapas: {other_title}"), count=2),
            _f("tiempo", FOOTER, 0.25, *_seasons(
                ("04-15", "🌾 Tiempo de cosecha: seque bien su papa y su maíz antes de guardarlos"),
                ("05-20", "❄️ Temporada de heladas: abrigue a niños y ancianos, proteja a sus "
                          "alpacas"),
                ("08-20", "🌱 Tiempo de siembra: consulte al técnico agrario de su comunidad"),
                ("12-01", "🌧️ Temporada de lluvias: cuidado con huaicos y deslizamientos en las "
                          "carreteras"))),
            _f("aviso", FOOTER, 0.3, *_qu_notice()),
            _f("sulpayki", FOOTER, 0.2, (_OLD, "¡Sulpayki! Gracias por escucharnos y leernos.")),
            _f("emisora", FOOTER, 0.25, (_OLD, "Emisora educativa y comunitaria del sur "
                                               "andino")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Radio Sumaq Wayra. Se permite la "
                                                "reproducción citando la fuente.")),
            _f("paro", HEADER, 0.04, (_OLD, "⚠️ Paro regional en el Cusco: sin transporte hacia "
                                            "las provincias")),
        ),
    )


# --- a weekly of the Cayo District (San Ignacio, Belize) --------------------------------------

BZ_REDESIGN = dt.date(2017, 9, 21)  # relaunched on Independence Day
BZ_WHATSAPP = dt.date(2019, 9, 9)
BZ_PRICE = dt.date(2018, 1, 5)


def _bz_dated(day: dt.date) -> str:
    if day < BZ_REDESIGN:
        return (f"Posted: {ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}, {day.year}. {{time12}} CST.")
    return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} | Cayo District"


def _bz_notice() -> Wordings:
    base = _steps((_OLD, "Like The Cayo Compass on Facebook"),
                  (BZ_WHATSAPP.isoformat(), "📲 Send us your news on WhatsApp: 600-0000"))
    news: list[Event] = [
        _vote("2015-11-04", "🗳️ General Elections: Cayo results as they come in", before=6),
        _vote("2018-03-07", "🗳️ Municipal Elections: San Ignacio/Santa Elena and Benque Viejo "
                            "town councils", before=6),
        _span("2019-04-06", "2019-04-10", "🗳️ ICJ referendum postponed by court order; new date "
                                          "to be set"),
        _vote("2019-05-08", "🗳️ ICJ Referendum: YES or NO on taking Guatemala's claim to the "
                            "World Court", before=6),
        _span("2020-04-01", "2020-05-31", "😷 State of emergency: curfew 8 p.m. to 5 a.m."),
        _vote("2020-11-11", "🗳️ General Elections 2020: polls open 7 a.m. to 6 p.m.", before=6),
    ]
    feasts = _yearly("03-06", 0, 3, lambda y: f"🛶 La Ruta Maya Belize River Challenge {y}: "
                                              f"paddlers leave San Ignacio")
    feasts += _yearly("09-10", 1, 0, lambda y: f"🇧🇿 St. George's Caye Day: the "
                                               f"{ordinal(y - 1798)} anniversary")
    feasts += _yearly("09-21", 1, 0, lambda y: f"🇧🇿 Happy {ordinal(y - 1981)} Independence "
                                               f"Day, Belize!")
    feasts += _yearly("11-19", 0, 0, lambda _: "🥁 Happy Garifuna Settlement Day!")
    return _calendar(base, news, feasts)


def cayo_style() -> PublisherStyle:
    """A weekly of the Cayo District (Belize): a posted line with the weekday and Central
    time turned a date with the district on Independence Day 2017 (a wording per day), a
    dateline with the town, "By" turned "Reporting by", "Related:" once, a thanks in Kriol, a
    social line turned a messenger appeal and turned by four votes (a referendum on
    Guatemala's claim, postponed by a court) and the 2020 curfew, the canoe race, the
    September days with their counts and Garifuna Settlement Day, the cover price rising, a
    letters policy and a rights line (a block), a rare bridge closure."""
    return PublisherStyle(
        domain="cayocompass.bz", site="The Cayo Compass", base_size=52,
        subdomains=(("www.", 100),),
        sections=("news", "cayo", "sports", "tourism", "letters"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"town": ("SAN IGNACIO", "SANTA ELENA", "BENQUE VIEJO", "SPANISH LOOKOUT",
                        "BELMOPAN", "SAN JOSE SUCCOTZ")},
        families=(
            _f("posted", HEADER, 0.55, *_by_day(_bz_dated)),
            _f("dateline", HEADER, 0.4, (_OLD, "{town}, Cayo —")),
            _f("byline", HEADER, 0.4, (_OLD, "By {author}"),
               (BZ_REDESIGN.isoformat(), "Reporting by {author}")),
            _f("related", MIDDLE, 0.2, (_OLD, "Related: {other_title}")),
            _f("notice", FOOTER, 0.3, *_bz_notice()),
            _f("tanks", FOOTER, 0.12, (_OLD, "Tanks fi read! Share dis wid yu fambly an "
                                             "fren dem.")),
            _f("price", FOOTER, 0.15, (_OLD, "The Cayo Compass · Out every Friday · BZ$1.00"),
               (BZ_PRICE.isoformat(), "The Cayo Compass · Out every Friday · BZ$1.50")),
            _f("letters", FOOTER, 0.12, (_OLD, "Letters to the editor must carry the writer's "
                                               "name and village. We reserve the right to edit "
                                               "for length.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Cayo Compass, San Ignacio, Cayo "
                                                 "District, Belize")),
            _f("bridge", HEADER, 0.04, (_OLD, "⚠️ Hawkesworth Bridge closed to vehicles today: "
                                              "use the low-lying bridge")),
        ),
    )


# --- an Aymara site (El Alto, Bolivia) ---------------------------------------------------------

BO_WILLKAKUTI = dt.date(2018, 6, 21)  # relaunched on the Andean new year
BO_WHATSAPP = dt.date(2019, 8, 5)


def _bo_dated(day: dt.date) -> str:
    spanish = f"El Alto, {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    if day < BO_WILLKAKUTI:
        return spanish
    return f"{spanish} | Mara {aymara_year(day)}"


def _bo_market(day: dt.date) -> str:
    if day.weekday() in (3, 6):
        return "🛒 Jichhüru: hoy hay Feria 16 de Julio, jueves y domingos"
    following = "jueves" if day.weekday() < 3 else "domingo"
    return f"🛒 Próxima Feria 16 de Julio: este {following}"


def _bo_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook: Aru Chuyma El Alto"),
                  (BO_WHATSAPP.isoformat(), "📲 Mándanos tu denuncia por WhatsApp al 70000000"))
    news: list[Event] = [
        _vote("2016-02-21", "🗳️ Referéndum constitucional: lleva tu carnet", before=6),
        _vote("2019-10-20", "🗳️ Elecciones generales 2019: dónde votar en El Alto", before=6),
        _span("2019-11-10", "2019-11-24", "⚠️ Conflicto: bloqueos y falta de gas y gasolina en "
                                          "El Alto"),
        _span("2020-03-22", "2020-05-31", "😷 Cuarentena total: sale una persona por familia "
                                          "según el último dígito de su carnet"),
        _span("2020-07-23", "2020-07-26", "🗳️ El TSE posterga las elecciones al 18 de octubre"),
        _vote("2020-10-18", "🗳️ Elecciones del 18 de octubre: lleva tu carnet y tu barbijo",
              before=6),
    ]
    feasts = _yearly("01-24", 2, 0, lambda y: f"🏺 Alasitas {y}: ch'alla de tus illas a "
                                              f"mediodía")
    feasts += _yearly("03-06", 0, 0, lambda y: f"🎉 El Alto cumple {y - 1985} años")
    feasts += _yearly("06-21", 1, 0, lambda y: f"☀️ ¡Jallalla Willkakuti {y + 3508}! Año Nuevo "
                                               f"Andino Amazónico")
    return _calendar(base, news, feasts)


def elalto_style() -> PublisherStyle:
    """An Aymara site (El Alto): a greeting in Aymara, the city and the Spanish date turned
    with the Aymara year, which turns at the June solstice, on the Andean new year 2018 (a
    wording per day), "Por" turned "Qillqiri / Redacción:", the big market's days (Thursdays
    and Sundays, a wording per day of the week), a social line turned a messenger appeal and
    turned by a referendum, two votes (one postponed), the 2019 conflict and the 2020
    quarantine by the ID's last digit, Alasitas, the city's anniversary and Willkakuti with
    their counts, a thanks in Aymara and a rights line (a block), a rare transport strike."""
    return PublisherStyle(
        domain="aruchuyma.org.bo", site="Aru Chuyma", base_size=36,
        subdomains=(("", 100),),
        sections=("el-alto", "aymara", "distritos", "cultura"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        families=(
            _f("kamisaki", HEADER, 0.15, (_OLD, "Kamisaki! Jallalla El Alto!")),
            _f("uru", HEADER, 0.5, *_by_day(_bo_dated)),
            _f("qillqiri", HEADER, 0.35, (_OLD, "Por {author}"),
               (BO_WILLKAKUTI.isoformat(), "Qillqiri / Redacción: {author}")),
            _f("feria", FOOTER, 0.2, *_by_day(_bo_market)),
            _f("aviso", FOOTER, 0.3, *_bo_notice()),
            _f("yuspajara", FOOTER, 0.2, (_OLD, "¡Yuspajarapxsmawa! Gracias por leernos.")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} Aru Chuyma · Comunicación aymara "
                                                "desde El Alto")),
            _f("paro", HEADER, 0.04, (_OLD, "⚠️ Paro de transporte en El Alto: no hay minibuses "
                                            "hacia La Paz")),
        ),
    )


# --- a Garifuna site (La Ceiba, Atlántida, Honduras) -------------------------------------------

HN_REDESIGN = dt.date(2018, 4, 12)  # relaunched on the day of the Garifuna arrival
HN_SOCIAL = dt.date(2019, 4, 12)


def _hn_dated(day: dt.date) -> str:
    month = SPANISH_MONTHS[day.month - 1]
    if day < HN_REDESIGN:
        return f"La Ceiba, {day.day} de {month} de {day.year}"
    return f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()} {day.day} de {month}, {day.year}"


def _hn_notice() -> Wordings:
    base = _steps((_OLD, "Escuche también nuestro programa en la radio comunitaria los "
                         "sábados"),
                  (HN_SOCIAL.isoformat(), "📲 Síganos en Facebook y WhatsApp: La Voz "
                                          "Garinagu"))
    news: list[Event] = [
        _vote("2017-11-26", "🗳️ Elecciones generales: el conteo en Atlántida y Colón",
              before=6, after=3),
        _span("2017-12-01", "2017-12-10", "⚠️ Toque de queda tras las elecciones: de 6 p. m. a "
                                          "6 a. m."),
        _span("2020-03-16", "2020-06-30", "😷 Toque de queda: circule solo según el último "
                                          "dígito de su identidad"),
        _span("2020-11-03", "2020-11-08", "🌀 Eta: comunidades incomunicadas en la costa"),
        _span("2020-11-15", "2020-11-20", "🌀 Iota: evacúe las zonas bajas"),
    ]
    feasts = _yearly("04-12", 2, 0, lambda y: f"🥁 {y - 1797} años de la llegada garífuna a "
                                              f"Honduras: ¡feliz 12 de abril!")
    return _calendar(base, news, feasts)


def garinagu_style() -> PublisherStyle:
    """A Garifuna site (La Ceiba, Honduras): a greeting in Garifuna, the city and the date
    turned the weekday and the date on the day of the Garifuna arrival (a wording per day),
    "Por" turned with the community reported from, "Lea también:" (up to twice), a radio
    line turned a social appeal and turned by a vote, its curfew, the 2020 curfew by the ID's
    last digit and two hurricanes, the arrival's anniversary with its count, a thanks in
    Garifuna, a community line and a rights line (a block), a rare swell warning."""
    return PublisherStyle(
        domain="lavozgarinagu.hn", site="La Voz Garinagu", base_size=24,
        subdomains=(("", 100),),
        sections=("comunidades", "cultura", "territorio"),
        n_authors=2, url_path="/{slug}/",
        pools={"comunidad": ("Triunfo de la Cruz", "Sambo Creek", "Corozal", "Trujillo",
                             "Santa Fe", "Punta Gorda", "Iriona")},
        families=(
            _f("buiti", HEADER, 0.15, (_OLD, "Buiti binafi! Noticias de las comunidades "
                                             "garífunas")),
            _f("fecha", HEADER, 0.5, *_by_day(_hn_dated)),
            _f("autor", HEADER, 0.35, (_OLD, "Por {author}"),
               (HN_REDESIGN.isoformat(), "Por {author} desde {comunidad}")),
            _f("lea", MIDDLE, 0.2, (_OLD, "Lea también: {other_title}"), count=2),
            _f("aviso", FOOTER, 0.3, *_hn_notice()),
            _f("seremein", FOOTER, 0.2, (_OLD, "Seremein! Gracias por leer y compartir.")),
            _f("comunidad", FOOTER, 0.25, (_OLD, "Comunicación comunitaria garífuna por la "
                                                 "defensa del territorio y la cultura")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} La Voz Garinagu")),
            _f("marejada", HEADER, 0.04, (_OLD, "⚠️ Marejada en la costa: no salga a pescar "
                                                "hoy")),
        ),
    )


def heldout85_styles() -> list[PublisherStyle]:
    """The held-back-85 styles, in the order the generator hands them to publishers."""
    return [
        asuncion_style(), quisqueya_style(), willemstad_style(), miami_style(),
        santacruz_style(), perezzeledon_style(), caphaitien_style(), quiche_style(),
        cusco_style(), cayo_style(), elalto_style(), garinagu_style(),
    ]
