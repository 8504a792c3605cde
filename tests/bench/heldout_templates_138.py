"""The ``held-back-138`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-136 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an emergency-number line or an advertisement marker. The publishers are weather, disaster and
emergency-management newsrooms in English, Spanish, Italian, Japanese, Indonesian,
Icelandic, Filipino and Greek: an American weather news site, a Spanish weather news site,
an Italian weather and civil-protection site, a Japanese disaster-preparedness news site, an
Indonesian disaster news portal, an Icelandic weather and natural-hazards site, a Filipino
radio network's weather desk, a Greek fire and civil-protection news site, an Australian
country fire service's newsroom, a Scottish mountain rescue team, a Mexican seismic-alert
news site and an American county emergency-management office. The families are the kinds a
crawl of such sites holds: dates localised day by day in English (with American, British
and Australian summer and winter time), Spanish (with CET and CEST), Italian, Japanese (the
Heisei date turned the Reiwa era on 1 May 2019), Indonesian (WIB), Icelandic, Filipino and
Greek (genitive months), several changing form on the day of a redesign; lines that turn
every day (the hurricane-season day count, the Italian bulletin's "this bulletin replaces
the previous one" with its valid-until day, "information as of" lines, Greek fire-danger
categories, Australian fire danger ratings and total fire bans, Scottish avalanche hazard
levels), every week (the drought monitor's Thursday figure) and every month (a climate
summary); warning and status lines by date (named hurricanes, Spanish heat waves, the 2019
DANA, storms Gloria and Filomena, the central Italian earthquakes, Vaia, Venice's acqua alta,
Etna and Stromboli, the Kumamoto and Iburi earthquakes, the 2018 and 2020 Japanese rains and
Typhoon Hagibis, Lombok, Palu and the Sunda Strait tsunami, Mount Agung's alert levels,
Katla, Öræfajökull, the Flateyri avalanche and the Þorbjörn uplift, Philippine typhoons with
their local names and storm signals, Taal and Mayon, the Mati fire, Ianos and the Samos
earthquake, Black Summer, Mexico's September earthquakes and national drills, the pandemic);
seasons (fire seasons, rainy and dry seasons, the Atlantic hurricane season, the avalanche
season, the amihan), anniversaries (3.11, Disaster Prevention Day); emergency numbers that
changed (Italy's 112, the Philippines' 911, Mexico's 911 in 2017); amounts that change over
the years (fire-ban fines, text-to-donate amounts, flood-insurance premiums); data credits,
photo credits, quake lines and places from pools, related links and advertisement markers
mid-body (some up to two times); notices reworded in 2016-2020, multi-line blocks (emergency
numbers with the copyright line, charity lines, media contacts), bare lines and families in
only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    iso_day,
    last_weekday,
    listed,
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
_yearly_since, _seasons = _PERIOD.yearly_since, _PERIOD.seasons
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
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MANUDIR = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
           "október", "nóvember", "desember")
VIKUDAGAR = ("mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur",
             "laugardagur", "sunnudagur")
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
         "Setyembre", "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
IMERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number in [0, 1), the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") / 2 ** 64


def through(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """A value drawn straight between `points` ((ISO day, value), ...), flat outside them."""
    days = [iso_day(p).toordinal() for p, _ in points]
    x = day.toordinal()
    i = bisect_right(days, x)
    if i == 0:
        return points[0][1]
    if i == len(days):
        return points[-1][1]
    (x0, y0), (x1, y1) = (days[i - 1], points[i - 1][1]), (days[i], points[i][1])
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def tabled(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line naming the value of `table` in force: from the oldest day the
    value on the set's first day, then one from each later start."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def us_daylight(day: dt.date) -> bool:
    """American daylight saving time: the second Sunday of March to the first of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def eu_summer(day: dt.date) -> bool:
    """European summer time: the last Sunday of March to the last Sunday of October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def au_daylight(day: dt.date) -> bool:
    """Daylight saving in south-eastern Australia: the first Sunday of October to the first
    Sunday of April."""
    return day >= nth_weekday(day.year, 10, 6, 1) or day < nth_weekday(day.year, 4, 6, 1)


def thursday_of(day: dt.date) -> dt.date:
    """The last Thursday on or before `day`: the day a weekly drought map comes out."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def japanese_era(day: dt.date) -> str:
    """The Japanese era year of `day`: Heisei to 30 April 2019, Reiwa from 1 May 2019 (its
    first year written 元年)."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return "令和元年" if n == 1 else f"令和{n}年"


# --- an American weather news site ---------------------------------------------------------

WF_REDESIGN = dt.date(2017, 6, 1)  # relaunched on the first day of the 2017 hurricane season
WF_APP = dt.date(2018, 3, 1)
WF_DATA = dt.date(2019, 4, 15)
HURRICANES = (("2015-09-30", "2015-10-05", "Hurricane Joaquin"),
              ("2016-01-21", "2016-01-25", "Winter Storm Jonas"),
              ("2016-10-04", "2016-10-10", "Hurricane Matthew"),
              ("2017-08-24", "2017-09-02", "Hurricane Harvey"),
              ("2017-09-05", "2017-09-13", "Hurricane Irma"),
              ("2017-09-18", "2017-09-26", "Hurricane Maria"),
              ("2018-09-10", "2018-09-18", "Hurricane Florence"),
              ("2018-10-08", "2018-10-12", "Hurricane Michael"),
              ("2019-08-29", "2019-09-07", "Hurricane Dorian"),
              ("2020-08-24", "2020-08-29", "Hurricane Laura"),
              ("2020-09-13", "2020-09-17", "Hurricane Sally"),
              ("2020-10-27", "2020-10-29", "Hurricane Zeta"))
DROUGHT = (("2015-01-01", 32.0), ("2015-06-01", 26.0), ("2016-01-01", 18.0),
           ("2016-11-15", 31.0), ("2017-04-01", 9.0), ("2017-09-15", 14.0),
           ("2018-06-01", 30.0), ("2019-04-01", 3.0), ("2019-10-01", 15.0),
           ("2020-05-01", 18.0), ("2020-10-15", 52.0), ("2021-01-10", 47.0))


def _wf_dated(day: dt.date) -> str:
    if day < WF_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    zone = "EDT" if us_daylight(day) else "EST"
    return (f"Updated {{time12}} {zone} {WEEKDAYS[day.weekday()][:3]} "
            f"{MONTHS[day.month - 1]} {day.day}, {day.year}")


def season_start(y: int) -> dt.date:
    return dt.date(y, 6, 1)


def _wf_season(day: dt.date) -> str:
    start, end = season_start(day.year), dt.date(day.year, 11, 30)
    if start <= day <= end:
        return (f"Day {(day - start).days + 1} of the {day.year} Atlantic hurricane season "
                f"(June 1 – November 30)")
    y = day.year if day < start else day.year + 1
    days = (season_start(y) - day).days
    return f"{days} days until the {y} Atlantic hurricane season begins"


def drought(thursday: dt.date) -> float:
    return max(0.5, through(thursday, DROUGHT) + 3 * (noise(thursday, "dm") - 0.5))


def _wf_drought(day: dt.date) -> str:
    thursday = thursday_of(day)
    return (f"U.S. Drought Monitor, {MONTHS[thursday.month - 1][:3]}. {thursday.day}: "
            f"{drought(thursday):.1f}% of the contiguous U.S. is in drought")


@cache
def _wf_banner() -> Wordings:
    base = _steps((_OLD, "Get the Morning Forecast newsletter in your inbox every weekday"),
                  (WF_APP.isoformat(), "📲 Severe weather near you? Turn on storm alerts in "
                                       "The Weather Front app"))
    storms = [_span(first, last, f"🌀 {name}: live updates, radar and forecast track")
              for first, last, name in HURRICANES]
    covid = [_span("2020-03-16", "2020-05-31", "Coronavirus and the weather: our guide to "
                                               "hurricane prep during a pandemic")]
    return _calendar(base, storms, covid)


def weatherfront_style() -> PublisherStyle:
    """An American weather news site: a topic kicker, the short date turned "Updated" with
    the time, EDT or EST, the weekday and the long date on 1 June 2017 (a wording per day),
    "By" turned the writer with the beat, a rare "LIVE UPDATES" marker, the hurricane-season
    day count (a wording per day), the drought monitor's figure to each Thursday (a wording
    per week), "Related:" and advertisement markers up to twice, a "Watch" video line and a
    photo credit from pools, a data-credit line reworded, a safety line, a newsletter banner
    reworded and turned by the named hurricanes and the pandemic, the copyright line and the
    legal links (a block), a rare correction."""
    return PublisherStyle(
        domain="weatherfront.com", site="The Weather Front", base_size=250,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "hurricanes", "severe-weather", "winter", "climate", "wildfires"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("SEVERE WEATHER", "HURRICANES", "WINTER STORMS", "FLOODING",
                       "WILDFIRES", "CLIMATE", "FORECAST"),
            "beat": ("Meteorologist", "Senior Meteorologist", "Hurricane Specialist",
                     "Climate Reporter", "Staff Writer", "Digital Producer"),
            "video": ("Storm chasers capture a tornado crossing the highway",
                      "Why this hurricane intensified so fast",
                      "Timelapse: a derecho rolls across the plains",
                      "How to read a forecast cone"),
            "photo": ("NOAA", "NASA Earth Observatory", "Getty Images", "AP Photo",
                      "The Weather Front", "National Weather Service"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_wf_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (WF_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("live", HEADER, 0.08, (_OLD, "LIVE UPDATES")),
            _f("season", HEADER, 0.25, *_daily(_wf_season)),
            _f("drought", FOOTER, 0.12, *_by_day(_wf_drought)),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("video", MIDDLE, 0.15, (_OLD, "▶ WATCH: {video}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "(Photo: {photo})")),
            _f("data", FOOTER, 0.25,
               (_OLD, "Forecast data from the National Weather Service and the National "
                      "Hurricane Center."),
               (WF_DATA.isoformat(), "Data: NOAA / National Weather Service. Forecasts can "
                                     "change quickly; check back for updates.")),
            _f("safety", FOOTER, 0.3, (_OLD, "Always follow the instructions of your local "
                                             "officials and emergency managers.")),
            _f("banner", FOOTER, 0.3, *_wf_banner()),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} The Weather Front Media, LLC. All "
                                                 "rights reserved.")),
            _f("legal", FOOTER, 0.3, (_OLD, "Privacy Policy | Terms of Use | Ad Choices | Do "
                                            "Not Sell My Info")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misstated the storm's peak "
                                                  "winds.")),
        ),
    )


# --- a Spanish weather news site -----------------------------------------------------------

MI_REDESIGN = dt.date(2018, 3, 20)  # relaunched on the spring equinox
MI_FUENTE = dt.date(2019, 1, 15)
MI_BOLETIN = dt.date(2017, 10, 2)
OLAS = (("2015-06-27", "2015-07-22", "julio de 2015"), ("2016-09-04", "2016-09-08",
                                                          "septiembre de 2016"),
        ("2017-06-13", "2017-06-21", "junio de 2017"), ("2017-07-12", "2017-07-16",
                                                          "julio de 2017"),
        ("2018-08-01", "2018-08-06", "agosto de 2018"), ("2019-06-26", "2019-07-01",
                                                          "junio de 2019"),
        ("2020-07-30", "2020-08-01", "julio de 2020"))


def _mi_dated(day: dt.date) -> str:
    if day < MI_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    zone = "CEST" if eu_summer(day) else "CET"
    return (f"Actualizado: {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}, {{time}} {zone}")


def anomaly(y: int, m: int) -> float:
    """A made-up monthly temperature anomaly, warming over the years."""
    return -0.6 + 0.15 * (y - 2015) + 2.4 * noise(dt.date(y, m, 1), "anom")


def _mi_balance(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.day >= 6 else (day.year, day.month - 2)
    if m <= 0:
        y, m = y - 1, m + 12
    return (f"Balance climático de {MESES[m - 1]} de {y}: {anomaly(y, m):+.1f} °C respecto "
            f"a la media 1981-2010")


@cache
def _mi_aviso() -> Wordings:
    base = _steps((_OLD, "Consulta los avisos meteorológicos en vigor en tu provincia"))
    olas = [_span(first, last, f"🌡️ Ola de calor de {name}: avisos naranja y rojo por "
                               f"temperaturas máximas") for first, last, name in OLAS]
    temporales = [
        _span("2019-09-11", "2019-09-14", "🔴 DANA: aviso rojo por lluvias en la Comunidad "
                                          "Valenciana y la Región de Murcia"),
        _span("2020-01-19", "2020-01-23", "🌊 Borrasca Gloria: aviso rojo por oleaje y "
                                          "lluvias en el Mediterráneo"),
        _span("2021-01-07", "2021-01-10", "❄️ Borrasca Filomena: aviso rojo por nevadas en "
                                          "Madrid y el centro peninsular"),
    ]
    incendios = _yearly("06-01", 0, 136, lambda y: f"🔥 Época de peligro alto de incendios "
                                                   f"(1 de junio – 15 de octubre de {y})")
    return _calendar(base, temporales, olas, incendios)


def meteoiberica_style() -> PublisherStyle:
    """A Spanish weather news site: a section from a pool, the numeric date and time turned
    "Actualizado:" with the weekday, the long date and CET or CEST on the spring equinox of
    2018 (a wording per day), "Por" turned the writer with the role, a warning line turned
    by the heat waves, the 2019 DANA, storms Gloria and Filomena and each summer's high fire
    danger season, "Te puede interesar:" and "Publicidad" (up to twice) mid-body, a map
    credit from a pool, the last month's climate summary (a wording per month, published
    each 6th), a data-source line reworded, an official-time line, a newsletter line
    reworded, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="meteoiberica.es", site="Meteo Ibérica", base_size=220,
        subdomains=(("www.", 100),),
        sections=("prediccion", "avisos", "clima", "incendios", "temporales"),
        n_authors=9, url_path="/noticias/{section}/{slug}-{n}.html",
        pools={
            "seccion": ("Predicción", "Avisos", "Clima", "Incendios", "Temporales",
                        "Fenómenos extremos"),
            "beat": ("Meteorólogo", "Meteoróloga", "Redacción", "Climatólogo",
                     "Predictora"),
            "mapa": ("AEMET", "Meteo Ibérica", "Copernicus EMS", "EUMETSAT", "ECMWF"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_mi_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (MI_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("aviso", HEADER, 0.3, *_mi_aviso()),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("mapa", MIDDLE, 0.2, (_OLD, "Mapa: {mapa}")),
            _f("balance", FOOTER, 0.15, *_by_day(_mi_balance)),
            _f("fuente", FOOTER, 0.3,
               (_OLD, "Fuente de los datos: Agencia Estatal de Meteorología (AEMET)."),
               (MI_FUENTE.isoformat(), "Elaboración propia con datos de AEMET y del modelo "
                                       "europeo ECMWF.")),
            _f("hora", FOOTER, 0.15, (_OLD, "Todas las horas se indican en hora oficial "
                                            "peninsular.")),
            _f("boletin", FOOTER, 0.25,
               (_OLD, "Recibe la predicción del fin de semana en tu correo"),
               (MI_BOLETIN.isoformat(), "📩 Suscríbete gratis al boletín de Meteo Ibérica y "
                                        "recibe los avisos de tu zona")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Meteo Ibérica. Prohibida la "
                                                 "reproducción total o parcial.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: una versión anterior de "
                                                     "esta noticia situaba el aviso en otra "
                                                     "provincia.")),
        ),
    )


# --- an Italian weather and civil-protection site -----------------------------------------

AA_REDESIGN = dt.date(2018, 1, 8)
AA_NUE = dt.date(2017, 6, 1)  # the single emergency number 112 reaches the region
AA_NEWSLETTER = dt.date(2019, 9, 2)


def _aa_dated(day: dt.date) -> str:
    if day < AA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} ore {{time}}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year} - {{time}}"


def _aa_bollettino(day: dt.date) -> str:
    until = day + ONE
    return (f"Questo bollettino sostituisce il precedente ed è valido fino alle ore 24:00 di "
            f"{GIORNI[until.weekday()]} {until.day} {MESI[until.month - 1]}.")


@cache
def _aa_allerta() -> Wordings:
    base = _steps((_OLD, "Consulta il bollettino di criticità e le allerte in vigore nella "
                         "tua regione"))
    eventi = [
        _span("2016-08-24", "2016-09-15", "Terremoto del Centro Italia: numeri utili, "
                                          "raccolte fondi e aggiornamenti"),
        _span("2016-10-26", "2016-11-30", "Sequenza sismica in Umbria e nelle Marche: gli "
                                          "aggiornamenti della Protezione civile"),
        _span("2017-08-21", "2017-08-28", "Terremoto a Ischia: le informazioni per i "
                                          "residenti"),
        _span("2018-10-28", "2018-10-31", "🔴 Allerta rossa in Veneto e Friuli Venezia "
                                          "Giulia per vento e piogge"),
        _span("2018-12-24", "2018-12-31", "Etna: eruzione laterale e terremoto a "
                                          "Fleri, tutti gli aggiornamenti"),
        _span("2019-07-03", "2019-07-10", "Stromboli: parossismo, le indicazioni per "
                                          "turisti e residenti"),
        _span("2019-08-28", "2019-09-03", "Stromboli: nuovo parossismo, aggiornamenti "
                                          "dall'INGV"),
        _span("2019-11-12", "2019-11-18", "🌊 Acqua alta eccezionale a Venezia: le maree "
                                          "previste"),
        _span("2020-03-09", "2020-05-18", "#iorestoacasa: le misure in vigore per "
                                          "l'emergenza coronavirus"),
    ]
    return _calendar(base, eventi)


def allertaappennino_style() -> PublisherStyle:
    """An Italian weather and civil-protection site: a category from a pool, the numeric
    date with "ore" turned the weekday and the long date on 8 January 2018 (a wording per
    day), "di" and the writer, an alert line turned by the central Italian earthquakes,
    Ischia, storm Vaia, Etna, Stromboli, Venice's acqua alta and the lockdown, an epicentre
    line and an INGV line from pools, "Leggi anche:" and "Pubblicità" (up to twice)
    mid-body, the bulletin's "this bulletin replaces the previous one", valid to the next
    day (a wording per day), the emergency numbers turned 112 on 1 June 2017, a newsletter
    line reworded, the copyright and the registration lines (a block), a rare correction."""
    return PublisherStyle(
        domain="allertaappennino.it", site="Allerta Appennino", base_size=195,
        subdomains=(("www.", 100),),
        sections=("meteo", "allerte", "terremoti", "vulcani", "protezione-civile"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "categoria": ("Meteo", "Allerta", "Terremoti", "Vulcani", "Protezione civile",
                          "Neve e valanghe"),
            "zona": ("3 km a SE di Norcia (PG)", "5 km a N di Amatrice (RI)",
                     "2 km a W di Visso (MC)", "4 km a NE di Casamicciola Terme (NA)",
                     "6 km a S di Zafferana Etnea (CT)", "3 km a E di Gubbio (PG)"),
            "ml": ("2.4", "2.9", "3.1", "3.6", "4.0", "4.4"),
        },
        families=(
            _f("categoria", HEADER, 0.45, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_aa_dated)),
            _f("autore", HEADER, 0.55, (_OLD, "di {author}")),
            _f("allerta", HEADER, 0.3, *_aa_allerta()),
            _f("epicentro", MIDDLE, 0.2, (_OLD, "Magnitudo ML {ml} · Epicentro: {zona}")),
            _f("ingv", MIDDLE, 0.15, (_OLD, "Dati INGV – Istituto Nazionale di Geofisica e "
                                            "Vulcanologia, soggetti a revisione.")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("bollettino", FOOTER, 0.2, *_daily(_aa_bollettino)),
            _f("numeri", FOOTER, 0.3,
               (_OLD, "In caso di emergenza chiama il 115 (Vigili del Fuoco) o il 118."),
               (AA_NUE.isoformat(), "In caso di emergenza chiama il 112, Numero Unico di "
                                    "Emergenza.")),
            _f("newsletter", FOOTER, 0.2,
               (_OLD, "Iscriviti alla newsletter di Allerta Appennino"),
               (AA_NEWSLETTER.isoformat(), "🔔 Ricevi le allerte meteo della tua zona: "
                                           "iscriviti alla newsletter gratuita")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Allerta Appennino – Riproduzione "
                                                 "riservata")),
            _f("testata", FOOTER, 0.25, (_OLD, "Testata registrata presso il Tribunale di "
                                               "Perugia, n. 14/2013 · P.IVA 03214560547")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: in una prima versione "
                                              "dell'articolo la magnitudo era indicata in "
                                              "modo errato.")),
        ),
    )


# --- a Japanese disaster-preparedness news site --------------------------------------------

REIWA = dt.date(2019, 5, 1)  # relaunched on the first day of the Reiwa era
SN_STOCK = dt.date(2017, 9, 1)
SN_LINE = dt.date(2018, 4, 2)


def _sn_dated(day: dt.date) -> str:
    if day < REIWA:
        return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"
    return f"{japanese_era(day)}{day.month}月{day.day}日（{YOUBI[day.weekday()]}） {{time}}配信"


@cache
def _sn_keikai() -> Wordings:
    base = _steps((_OLD, "最新の気象警報・注意報は気象庁ホームページでご確認ください"))
    saigai = [
        _span("2016-04-14", "2016-04-30", "【熊本地震】被害状況と支援情報のまとめ"),
        _span("2018-07-06", "2018-07-20", "【平成30年7月豪雨】避難情報と被害の状況"),
        _span("2018-09-06", "2018-09-16", "【北海道胆振東部地震】停電・断水の最新情報"),
        _span("2019-10-10", "2019-10-20", "【台風19号】大雨特別警報と河川の氾濫情報"),
        _span("2020-07-04", "2020-07-15", "【令和2年7月豪雨】九州の避難所と道路の情報"),
    ]
    kinen = _yearly_since(2011, "03-11", 1, 0, lambda n: f"東日本大震災から{n}年：あの日を"
                                                         f"忘れない")
    bousai = _yearly("09-01", 2, 4, lambda y: f"{y}年 防災週間（8月30日〜9月5日）：家庭の"
                                              f"備えを点検しましょう")
    return _calendar(base, saigai, kinen, bousai)


def sonae_style() -> PublisherStyle:
    """A Japanese disaster-preparedness news site: a category from a pool, the numeric date
    turned the Reiwa date with the weekday and "配信" on 1 May 2019 (a wording per day), the
    editors' line, a warnings line turned by the Kumamoto and Iburi earthquakes, the 2018
    and 2020 heavy rains, Typhoon Hagibis, each 3.11 anniversary counted in years and each
    Disaster Prevention Week, a source credit from a pool, the no-tsunami line, "【関連記事】"
    and "広告" (up to twice) mid-body, "information as of" with the day (a wording per day),
    a stockpile line reworded, an app line reworded for LINE, the copyright and the no-
    reproduction lines (a block), a rare correction."""
    return PublisherStyle(
        domain="sonaenews.jp", site="そなえニュース", base_size=170,
        subdomains=(("www.", 100),),
        sections=("jishin", "taifu", "ooame", "kazan", "bousai"),
        n_authors=6, url_path="/articles/{section}/{n}",
        pools={
            "bunrui": ("地震", "台風", "大雨", "火山", "防災", "大雪"),
            "shutten": ("気象庁", "国土地理院", "内閣府（防災担当）", "消防庁",
                        "気象庁ホームページ"),
        },
        families=(
            _f("bunrui", HEADER, 0.45, (_OLD, "{bunrui}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_sn_dated)),
            _f("henshu", HEADER, 0.4, (_OLD, "文：そなえニュース編集部")),
            _f("keikai", HEADER, 0.25, *_sn_keikai()),
            _f("shutten", MIDDLE, 0.3, (_OLD, "出典：{shutten}")),
            _f("tsunami", MIDDLE, 0.12, (_OLD, "この地震による津波の心配はありません。")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}")),
            _f("kokoku", MIDDLE, 0.25, (_OLD, "広告"), count=2),
            _f("jiten", FOOTER, 0.35, *_daily(
                lambda day: f"※この記事の情報は{day.month}月{day.day}日 {{time}}時点のもの"
                            f"です。")),
            _f("bichiku", FOOTER, 0.2,
               (_OLD, "飲料水は1人1日3リットル、最低3日分を備蓄しましょう。"),
               (SN_STOCK.isoformat(), "飲料水は1人1日3リットル、最低3日分、できれば1週間分"
                                      "の備蓄を。")),
            _f("app", FOOTER, 0.25,
               (_OLD, "そなえニュースアプリで緊急地震速報をプッシュ通知"),
               (SN_LINE.isoformat(), "LINE公式アカウントを友だち追加して、防災情報を受け取ろう")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} そなえニュース")),
            _f("tensai", FOOTER, 0.3, (_OLD, "記事・写真の無断転載を禁じます。")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】当初の記事で震度の表記に誤りがありました。"
                                              "訂正しておわびします。")),
        ),
    )


# --- an Indonesian disaster news portal ----------------------------------------------------

SB_REDESIGN = dt.date(2018, 10, 1)
SB_112 = dt.date(2017, 1, 2)
SB_GNEWS = dt.date(2019, 6, 10)
AGUNG = (("2014-01-01", "Level I (Normal)"), ("2017-09-18", "Level III (Siaga)"),
         ("2017-09-22", "Level IV (Awas)"), ("2017-10-29", "Level III (Siaga)"),
         ("2017-11-27", "Level IV (Awas)"), ("2018-02-10", "Level III (Siaga)"),
         ("2020-12-16", "Level II (Waspada)"))


def _sb_dated(day: dt.date) -> str:
    if day < SB_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}, {{time}} WIB"
    return f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year} | {{time}} WIB"


@cache
def _sb_posko() -> Wordings:
    base = _steps((_OLD, "Pantau informasi resmi hanya dari BMKG, BNPB dan BPBD setempat"))
    bencana = [
        _span("2018-07-29", "2018-08-31", "Gempa Lombok: posko pengungsian dan kebutuhan "
                                          "mendesak"),
        _span("2018-09-28", "2018-10-26", "Gempa dan tsunami Palu-Donggala: daftar posko dan "
                                          "cara berdonasi"),
        _span("2018-12-22", "2019-01-05", "Tsunami Selat Sunda: jauhi pantai di sekitar "
                                          "Anak Krakatau"),
        _span("2020-01-01", "2020-01-07", "Banjir Jabodetabek: titik pengungsian dan nomor "
                                          "darurat"),
        _span("2020-03-14", "2020-06-30", "COVID-19: tetap di rumah, pakai masker, jaga "
                                          "jarak"),
    ]
    return _calendar(base, bencana)


def siagabencana_style() -> PublisherStyle:
    """An Indonesian disaster news portal: a channel from a pool, the numeric date with WIB
    turned the weekday and the long date on 1 October 2018 (a wording per day), "Penulis:"
    turned reporter and editor, Mount Agung's alert level (changing on the days the level
    did), a notice turned by Lombok, Palu, the Sunda Strait tsunami, the Jakarta floods and
    the pandemic, a quake line from pools and the no-tsunami line, "Baca juga:" and
    "ADVERTISEMENT" (up to twice) mid-body, the emergency numbers reworded for 112, the
    seasons' warnings (transition, dry season fires, rainy season floods), a follow line
    reworded for Google News, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="siagabencana.id", site="Siaga Bencana", base_size=150,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("gempa", "banjir", "gunung-api", "cuaca", "karhutla"),
        n_authors=7, url_path="/berita/{section}/{yyyy}{mm}{dd}/{slug}",
        pools={
            "kanal": ("Gempa", "Banjir", "Gunung Api", "Cuaca", "Kebakaran Hutan",
                      "Tsunami"),
            "mag": ("4,6", "5,0", "5,3", "5,7", "6,2"),
            "km": ("10", "18", "33", "65", "112"),
        },
        families=(
            _f("kanal", HEADER, 0.45, (_OLD, "{kanal}")),
            _f("tanggal", HEADER, 0.85, *_by_day(_sb_dated)),
            _f("penulis", HEADER, 0.5, (_OLD, "Penulis: {author}"),
               (SB_REDESIGN.isoformat(), "Reporter: {author} | Editor: {author2}")),
            _f("agung", HEADER, 0.15, *tabled(AGUNG, lambda v: f"Status Gunung Agung: {v}")),
            _f("posko", HEADER, 0.25, *_sb_posko()),
            _f("gempa", MIDDLE, 0.2, (_OLD, "Info gempa: M {mag}, kedalaman {km} km. Sumber: "
                                            "BMKG")),
            _f("tsunami", MIDDLE, 0.12, (_OLD, "Gempa ini tidak berpotensi tsunami.")),
            _f("baca", MIDDLE, 0.35, (_OLD, "Baca juga: {other_title}")),
            _f("iklan", MIDDLE, 0.25, (_OLD, "ADVERTISEMENT"), count=2),
            _f("darurat", FOOTER, 0.3,
               (_OLD, "Dalam keadaan darurat hubungi Pusdalops BPBD atau pemadam kebakaran "
                      "113."),
               (SB_112.isoformat(), "Dalam keadaan darurat hubungi Call Center 112 (bebas "
                                    "pulsa).")),
            _f("musim", FOOTER, 0.2, *_seasons(
                ("04-01", "Masa pancaroba: waspadai hujan lebat disertai petir dan angin "
                          "kencang"),
                ("07-01", "Musim kemarau: cegah kebakaran hutan dan lahan, jangan membakar "
                          "sampah"),
                ("11-01", "Musim hujan: waspadai banjir dan tanah longsor di sekitar Anda"))),
            _f("ikuti", FOOTER, 0.25,
               (_OLD, "Ikuti Siaga Bencana di Twitter dan Instagram"),
               (SB_GNEWS.isoformat(), "Ikuti berita terkini Siaga Bencana di Google News")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} Siaga Bencana. All rights "
                                                 "reserved.")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: sebelumnya tertulis kekuatan gempa M 5,8; "
                                             "yang benar M 5,3.")),
        ),
    )


# --- an Icelandic weather and natural-hazards site ----------------------------------------

VV_REDESIGN = dt.date(2018, 9, 3)
VV_HEIMILD = dt.date(2019, 2, 1)


def _vv_dated(day: dt.date) -> str:
    if day < VV_REDESIGN:
        return f"{day.day}.{day.month}.{day.year} | {{time}}"
    return f"{VIKUDAGAR[day.weekday()]} {day.day}. {MANUDIR[day.month - 1]} {day.year} kl. {{time}}"


@cache
def _vv_vidvorun() -> Wordings:
    base = _steps((_OLD, "Kynntu þér veðurspá og færð áður en lagt er af stað"))
    atburdir = [
        _span("2016-09-29", "2016-10-10", "Jarðskjálftahrina í Kötluöskju: fylgst er "
                                          "grannt með"),
        _span("2017-11-18", "2017-12-31", "Óvissustig almannavarna vegna Öræfajökuls"),
        _span("2019-12-10", "2019-12-12", "🔴 Rauð viðvörun: ofsaveður á norðanverðu "
                                          "landinu"),
        _span("2020-01-14", "2020-01-21", "Snjóflóð á Flateyri og Suðureyri: hættustig á "
                                          "Vestfjörðum"),
        _span("2020-01-26", "2020-03-05", "Óvissustig vegna landriss við Þorbjörn á "
                                          "Reykjanesi"),
        _span("2020-03-06", "2020-05-03", "Neyðarstig almannavarna vegna COVID-19"),
    ]
    return _calendar(base, atburdir)


def vedurvaktin_style() -> PublisherStyle:
    """An Icelandic weather and natural-hazards site: a category from a pool, the numeric
    date turned the weekday, the long date and "kl." on 3 September 2018 (a wording per
    day), "skrifar" after the writer, a warning line turned by Katla's swarm, Öræfajökull,
    the December 2019 red warning, the Flateyri avalanche, the Þorbjörn uplift and the
    pandemic's emergency phase, a road line, "Tengt:" and "Auglýsing" mid-body, "the
    information is from" with the day (a wording per day), a data-source line reworded,
    the 112 line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="vedurvaktin.is", site="Veðurvaktin", base_size=130,
        subdomains=(("www.", 100),),
        sections=("vedur", "skjalftar", "eldgos", "snjoflod", "faerd"),
        n_authors=4, url_path="/frettir/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"flokkur": ("Veður", "Jarðskjálftar", "Eldgos", "Snjóflóð", "Færð á vegum",
                           "Almannavarnir")},
        families=(
            _f("flokkur", HEADER, 0.45, (_OLD, "{flokkur}")),
            _f("dagsetning", HEADER, 0.85, *_by_day(_vv_dated)),
            _f("hofundur", HEADER, 0.5, (_OLD, "{author} skrifar")),
            _f("vidvorun", HEADER, 0.3, *_vv_vidvorun()),
            _f("faerd", MIDDLE, 0.2, (_OLD, "Upplýsingar um færð á vegum í síma 1777.")),
            _f("tengt", MIDDLE, 0.35, (_OLD, "Tengt: {other_title}")),
            _f("auglysing", MIDDLE, 0.25, (_OLD, "Auglýsing")),
            _f("uppfaert", FOOTER, 0.3, *_daily(
                lambda day: f"Upplýsingarnar eru frá {day.day}. {MANUDIR[day.month - 1]} "
                            f"{day.year} og geta breyst.")),
            _f("heimild", FOOTER, 0.3,
               (_OLD, "Heimild: Veðurstofa Íslands."),
               (VV_HEIMILD.isoformat(), "Heimildir: Veðurstofa Íslands og almannavarnadeild "
                                        "ríkislögreglustjóra.")),
            _f("neyd", FOOTER, 0.35, (_OLD, "Í neyð skal alltaf hringja í 112.")),
            _f("hofundarrettur", FOOTER, 0.35, (_OLD, "© {year} Veðurvaktin ehf. Öll réttindi "
                                                      "áskilin.")),
            _f("leidretting", HEADER, 0.04, (_OLD, "Leiðrétting: í fyrri útgáfu fréttarinnar "
                                                   "var stærð skjálftans röng.")),
        ),
    )


# --- a Filipino radio network's weather desk ----------------------------------------------

RB_REDESIGN = dt.date(2018, 6, 1)
RB_911 = dt.date(2016, 8, 1)  # Emergency 911 replaced Patrol 117
RB_YOUTUBE = dt.date(2019, 3, 1)
BAGYO = (("2015-10-16", "2015-10-20", "Lando", 4), ("2015-12-13", "2015-12-17", "Nona", 3),
         ("2016-10-14", "2016-10-17", "Karen", 3), ("2016-10-18", "2016-10-21", "Lawin", 4),
         ("2017-12-21", "2017-12-24", "Vinta", 2), ("2018-09-13", "2018-09-16", "Ompong", 4),
         ("2018-10-29", "2018-10-31", "Rosita", 3), ("2019-12-01", "2019-12-04", "Tisoy", 4),
         ("2019-12-24", "2019-12-26", "Ursula", 3), ("2020-10-30", "2020-11-02", "Rolly", 4),
         ("2020-11-10", "2020-11-13", "Ulysses", 3))


def _rb_dated(day: dt.date) -> str:
    if day < RB_REDESIGN:
        return f"{BUWAN[day.month - 1]} {day.day}, {day.year}"
    return (f"Nai-post noong {ARAW[day.weekday()]}, {BUWAN[day.month - 1]} {day.day}, "
            f"{day.year} | {{time12}}")


@cache
def _rb_signal() -> Wordings:
    base = _steps((_OLD, "Para sa pinakabagong weather bulletin, makinig sa Radyo Bantay"))
    bagyo = [_span(first, last, f"🌀 Bagyong {name}: nakataas ang Signal No. {signal} sa "
                                f"ilang lalawigan") for first, last, name, signal in BAGYO]
    bulkan = [
        _span("2018-01-22", "2018-03-05", "🌋 Alert Level 4 sa Bulkang Mayon: bawal pumasok "
                                          "sa 8-km danger zone"),
        _span("2020-01-12", "2020-01-25", "🌋 Alert Level 4 sa Bulkang Taal: lumikas mula sa "
                                          "14-km danger zone"),
        _span("2020-01-26", "2020-02-13", "🌋 Alert Level 3 na lang sa Bulkang Taal, ayon sa "
                                          "PHIVOLCS"),
    ]
    ecq = [_span("2020-03-16", "2020-05-15", "Enhanced community quarantine: manatili sa "
                                             "bahay")]
    return _calendar(base, bagyo, bulkan, ecq)


def radyobantay_style() -> PublisherStyle:
    """A Filipino radio network's weather desk: a category from a pool, the date in Filipino
    turned "Nai-post noong" with the weekday and the time on 1 June 2018 (a wording per day),
    "Ulat ni", a storm line turned by the typhoons under their local names with their
    signals, Mayon's and Taal's alert levels and the quarantine, "BASAHIN:" and
    "Advertisement" (up to twice) mid-body, a photo credit from a pool, the emergency number
    turned 911 on 1 August 2016, the seasons' reminders (amihan, dry season, rainy season),
    a follow line reworded for YouTube, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="radyobantay.com.ph", site="Radyo Bantay", base_size=110,
        subdomains=(("www.", 100),),
        sections=("panahon", "bagyo", "lindol", "bulkan", "balita"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "kategorya": ("Panahon", "Bagyo", "Lindol", "Bulkan", "Baha", "Balita"),
            "larawan": ("PAGASA", "PHIVOLCS", "NDRRMC", "Radyo Bantay",
                        "Philippine Coast Guard"),
        },
        families=(
            _f("kategorya", HEADER, 0.45, (_OLD, "{kategorya}")),
            _f("petsa", HEADER, 0.85, *_by_day(_rb_dated)),
            _f("ulat", HEADER, 0.5, (_OLD, "Ulat ni {author}")),
            _f("signal", HEADER, 0.3, *_rb_signal()),
            _f("basahin", MIDDLE, 0.35, (_OLD, "BASAHIN: {other_title}")),
            _f("ad", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("larawan", MIDDLE, 0.2, (_OLD, "Larawan mula sa {larawan}")),
            _f("hotline", FOOTER, 0.3,
               (_OLD, "Para sa emergency, tumawag sa Patrol 117."),
               (RB_911.isoformat(), "Para sa emergency, tumawag sa Emergency 911.")),
            _f("paalala", FOOTER, 0.2, *_seasons(
                ("03-01", "Tag-init na: uminom ng maraming tubig at iwasan ang matagal na "
                          "pagbibilad sa araw"),
                ("06-01", "Tag-ulan na: ihanda ang go bag at alamin ang pinakamalapit na "
                          "evacuation center"),
                ("12-01", "Panahon ng amihan: asahan ang malamig na hangin at maalong dagat"))),
            _f("sundan", FOOTER, 0.3,
               (_OLD, "Sundan ang Radyo Bantay sa Facebook para sa live na updates."),
               (RB_YOUTUBE.isoformat(), "Panoorin ang Radyo Bantay live sa Facebook at "
                                        "YouTube.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Radyo Bantay Broadcasting Corp. "
                                                 "Lahat ng karapatan ay nakalaan.")),
            _f("pagwawasto", HEADER, 0.04, (_OLD, "Pagwawasto: mali ang naunang nakasulat na "
                                                  "lakas ng hangin ng bagyo.")),
        ),
    )


# --- a Greek fire and civil-protection news site ------------------------------------------

PY_REDESIGN = dt.date(2019, 5, 1)  # relaunched on the first day of the 2019 fire season
KATIGORIES = ("Χαμηλός", "Μέτριος", "Υψηλός", "Πολύ υψηλός", "Κατάσταση συναγερμού")
PY_ALERT_DAYS = ("2018-07-23", "2018-07-24", "2019-08-13", "2019-08-14", "2020-08-16")


def _py_dated(day: dt.date) -> str:
    if day < PY_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return f"{IMERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year}, {{time}}"


def fire_season(day: dt.date) -> bool:
    """The Greek fire season: 1 May to 31 October."""
    return 5 <= day.month <= 10


def fire_category(day: dt.date) -> int:
    """A made-up highest fire-danger category of the day (1 to 5), higher in summer."""
    if day.isoformat() in PY_ALERT_DAYS:
        return 5
    peak = {5: 1.6, 6: 2.4, 7: 3.0, 8: 3.1, 9: 2.5, 10: 1.7}[day.month]
    return max(1, min(4, round(peak + 1.6 * (noise(day, "fire") - 0.5))))


def _py_kindynos(day: dt.date) -> str:
    if not fire_season(day):
        return "Η αντιπυρική περίοδος διαρκεί από 1η Μαΐου έως 31 Οκτωβρίου."
    n = fire_category(day)
    return (f"Χάρτης πρόβλεψης κινδύνου πυρκαγιάς, {IMERES[day.weekday()]} {day.day} "
            f"{MINES[day.month - 1]}: κατηγορία κινδύνου {n} ({KATIGORIES[n - 1]})")


@cache
def _py_enimerosi() -> Wordings:
    base = _steps((_OLD, "Ακολουθείτε πάντα τις οδηγίες της Πολιτικής Προστασίας"))
    gegonota = [
        _span("2017-07-21", "2017-07-27", "Σεισμός στην Κω: οδηγίες αντισεισμικής "
                                          "προστασίας"),
        _span("2018-07-24", "2018-07-26", "Τριήμερο εθνικό πένθος για τα θύματα των "
                                          "πυρκαγιών στην Αττική"),
        _span("2020-03-23", "2020-05-03", "Μένουμε σπίτι: οι έκτακτοι περιορισμοί "
                                          "κυκλοφορίας"),
        _span("2020-09-16", "2020-09-20", "Μεσογειακός κυκλώνας «Ιανός»: έκτακτο δελτίο "
                                          "επικίνδυνων καιρικών φαινομένων"),
        _span("2020-10-30", "2020-11-06", "Σεισμός στη Σάμο: οδηγίες για τους κατοίκους "
                                          "και τα σχολεία"),
    ]
    return _calendar(base, gegonota)


def pyroskopio_style() -> PublisherStyle:
    """A Greek fire and civil-protection news site: a category from a pool, the numeric date
    turned the weekday and the long date with the genitive month on 1 May 2019 (a wording
    per day), the writer, the day's fire-danger category in the fire season (a wording per
    day, the season's dates outside it), a notice turned by the Kos earthquake, the national
    mourning after Mati, the lockdown, Ianos and the Samos earthquake, "Διαβάστε επίσης:",
    "ΔΙΑΦΗΜΙΣΗ" and a source from a pool mid-body, a provisional-data line, the emergency
    numbers and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="pyroskopio.gr", site="Πυροσκόπιο", base_size=90,
        subdomains=(("www.", 100),),
        sections=("pyrkagies", "seismoi", "kairos", "politiki-prostasia"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "katigoria": ("Πυρκαγιές", "Σεισμοί", "Καιρός", "Πολιτική Προστασία",
                          "Πλημμύρες"),
            "pigi": ("Γενική Γραμματεία Πολιτικής Προστασίας", "Πυροσβεστική Υπηρεσία",
                     "Γεωδυναμικό Ινστιτούτο", "ΕΜΥ", "Λιμενικό Σώμα"),
        },
        families=(
            _f("katigoria", HEADER, 0.45, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.85, *_by_day(_py_dated)),
            _f("syntaktis", HEADER, 0.4, (_OLD, "Συντάκτης: {author}")),
            _f("kindynos", HEADER, 0.3, *_by_day(_py_kindynos)),
            _f("enimerosi", FOOTER, 0.25, *_py_enimerosi()),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("diafimisi", MIDDLE, 0.25, (_OLD, "ΔΙΑΦΗΜΙΣΗ")),
            _f("pigi", MIDDLE, 0.2, (_OLD, "Πηγή: {pigi}")),
            _f("prosorina", MIDDLE, 0.1, (_OLD, "Τα στοιχεία του σεισμού είναι αυτόματα και "
                                                "ενδέχεται να αναθεωρηθούν.")),
            _f("arithmoi", FOOTER, 0.35, (_OLD, "Πυροσβεστική 199 · ΕΚΑΒ 166 · Ευρωπαϊκός "
                                                "αριθμός έκτακτης ανάγκης 112")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Πυροσκόπιο. Απαγορεύεται η "
                                                 "αναδημοσίευση χωρίς άδεια.")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: σε προηγούμενη εκδοχή του "
                                                 "άρθρου αναφερόταν λάθος περιοχή.")),
        ),
    )


# --- an Australian country fire service's newsroom ---------------------------------------

WR_REDESIGN = dt.date(2018, 9, 3)
WR_PLAN = dt.date(2016, 9, 1)
RATINGS = ("Low-Moderate", "High", "Very High", "Severe", "Extreme", "Catastrophic")
WR_CATASTROPHIC = ("2017-02-12", "2019-11-12", "2019-12-21", "2020-01-04")
WR_FINES = (("2014-07-01", "$18,655"), ("2015-07-01", "$18,656"), ("2016-07-01", "$18,891"),
            ("2017-07-01", "$19,029"), ("2018-07-01", "$19,347"), ("2019-07-01", "$19,826"),
            ("2020-07-01", "$20,222"))


def _wr_dated(day: dt.date) -> str:
    if day < WR_REDESIGN:
        return f"Posted: {day.day:02d}/{day.month:02d}/{day.year}"
    zone = "AEDT" if au_daylight(day) else "AEST"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} {zone}")


def danger_period(day: dt.date) -> bool:
    """The bush fire danger period: 1 October to 31 March."""
    return day.month >= 10 or day.month <= 3


def fire_rating(day: dt.date) -> int:
    """A made-up district fire danger rating (index into RATINGS), higher in summer and in
    the Black Summer of 2019-20."""
    if day.isoformat() in WR_CATASTROPHIC:
        return 5
    peak = {10: 0.6, 11: 1.1, 12: 1.6, 1: 1.9, 2: 1.7, 3: 1.0}[day.month]
    if dt.date(2019, 10, 1) <= day <= dt.date(2020, 2, 10):
        peak += 1.2
    return max(0, min(4, round(peak + 2.2 * (noise(day, "fdr") - 0.5))))


def _wr_rating(day: dt.date) -> str:
    if not danger_period(day):
        return "Fire danger ratings are issued daily during the Fire Danger Period."
    n = fire_rating(day)
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if n >= 4:
        return f"🔥 {when}: {RATINGS[n]} fire danger. Total Fire Ban in force."
    return f"Fire Danger Rating, {when}: {RATINGS[n]}"


def westernranges_style() -> PublisherStyle:
    """An Australian country fire service's newsroom: "Posted:" with the numeric date turned
    the weekday, the long date, the time and AEST or AEDT on 3 September 2018 (a wording
    per day), the day's fire danger rating and total fire bans in the fire danger period (a
    wording per day), an incident line from pools, a survival-plan line reworded, the
    fire-ban fine (changing each July), the alerts app line, the Triple Zero line, the
    acknowledgement of country, the media line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="wrcfs.org.au", site="Western Ranges Country Fire Service", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "incidents", "community", "volunteers"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "incident": ("Grass fire, Mount Calder Road", "Scrub fire, Yarrabee",
                         "Bushfire, Kendall Gap", "Structure fire, Pellam", "Burn-off escape, "
                                                                            "Tallong"),
            "status": ("Going", "Contained", "Being controlled", "Under control", "Safe"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_wr_dated)),
            _f("rating", HEADER, 0.35, *_by_day(_wr_rating)),
            _f("incident", MIDDLE, 0.25, (_OLD, "Incident: {incident} · Status: {status}")),
            _f("plan", FOOTER, 0.3,
               (_OLD, "Prepare. Act. Survive. Make your bushfire survival plan today."),
               (WR_PLAN.isoformat(), "Know your triggers, have a plan and leave early: "
                                     "leaving early is always the safest option.")),
            _f("fines", FOOTER, 0.15, *tabled(WR_FINES, lambda v: (
                f"Lighting a fire on a Total Fire Ban day can attract a fine of up to {v}, "
                f"imprisonment, or both."))),
            _f("app", FOOTER, 0.25, (_OLD, "Stay informed: download the Fire Alerts app and "
                                           "set a watch zone.")),
            _f("triple-zero", FOOTER, 0.45, (_OLD, "In an emergency, call Triple Zero (000).")),
            _f("country", FOOTER, 0.2, (_OLD, "We acknowledge the Traditional Owners of the "
                                              "lands on which we live and work, and pay our "
                                              "respects to Elders past and present.")),
            _f("media", FOOTER, 0.3, (_OLD, "Media enquiries: 08 8463 4200 (24 hours)")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Western Ranges Country Fire "
                                                "Service")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the fire was first reported at "
                                                  "2.15pm, not 12.15pm.")),
        ),
    )


# --- a Scottish mountain rescue team -------------------------------------------------------

GA_REDESIGN = dt.date(2019, 10, 1)
GA_SMS = dt.date(2017, 1, 9)
GA_TEXT = (("2014-01-01", "£3"), ("2018-06-01", "£5"), ("2020-11-02", "£10"))
HAZARDS = ("Low", "Moderate", "Considerable", "High", "Very High")


def _ga_dated(day: dt.date) -> str:
    if day < GA_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return (f"Callout report · {WEEKDAYS[day.weekday()]} {day.day} "
            f"{MONTHS[day.month - 1]} {day.year}")


def avalanche_season(day: dt.date) -> bool:
    """The Scottish avalanche forecasting season: 14 December to 14 April."""
    return (day.month, day.day) >= (12, 14) or (day.month, day.day) <= (4, 14)


def hazard(day: dt.date) -> int:
    """A made-up avalanche hazard level (index into HAZARDS), highest in February."""
    peak = {12: 1.0, 1: 1.6, 2: 1.9, 3: 1.5, 4: 0.8}[day.month]
    return max(0, min(4, round(peak + 2.0 * (noise(day, "sais") - 0.5))))


def _ga_avalanche(day: dt.date) -> str:
    if not avalanche_season(day):
        return "Avalanche forecasts are published daily from mid-December to mid-April."
    n = hazard(day)
    return (f"Avalanche hazard for {WEEKDAYS[day.weekday()]} {day.day} "
            f"{MONTHS[day.month - 1]}: {HAZARDS[n]} ({n + 1})")


def glenarroch_style() -> PublisherStyle:
    """A Scottish mountain rescue team's callout reports: the numeric date turned "Callout
    report ·" with the weekday and the long date on 1 October 2019 (a wording per day), the
    callout number, the day's avalanche hazard in the forecasting season (a wording per day),
    a thanks line from a pool, a forecast line, the 999 line with emergency SMS added in
    2017, the text-to-donate amount (raised in 2018 and 2020), the donations line and the
    charity line (a block), a rare correction."""
    return PublisherStyle(
        domain="glenarrochmrt.org.uk", site="Glen Arroch Mountain Rescue Team", base_size=55,
        subdomains=(("www.", 100),),
        sections=("callouts", "news", "training"),
        n_authors=3, url_path="/{section}/{yyyy}/{slug}",
        pools={"partner": ("the Coastguard helicopter from Prestwick", "Police Scotland",
                           "the Scottish Ambulance Service", "SARDA Scotland search dogs",
                           "our neighbouring team")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_ga_dated)),
            _f("callout", HEADER, 0.45, (_OLD, "Callout {count}/{year}")),
            _f("avalanche", HEADER, 0.25, *_by_day(_ga_avalanche)),
            _f("thanks", MIDDLE, 0.2, (_OLD, "Thanks to {partner} for their assistance.")),
            _f("forecast", FOOTER, 0.2, (_OLD, "Check the mountain weather and avalanche "
                                               "forecasts before you set out.")),
            _f("emergency", FOOTER, 0.5,
               (_OLD, "In an emergency dial 999, ask for Police, then Mountain Rescue."),
               (GA_SMS.isoformat(), "In an emergency dial 999, ask for Police, then Mountain "
                                    "Rescue. No signal? Register for emergency SMS first.")),
            _f("text", FOOTER, 0.25, *tabled(GA_TEXT, lambda v: f"Text HILLS24 to 70085 to "
                                                               f"donate {v}.")),
            _f("donate", FOOTER, 0.35, (_OLD, "We are all volunteers and rely on donations to "
                                              "keep the team on call.")),
            _f("charity", FOOTER, 0.35, (_OLD, "Glen Arroch Mountain Rescue Team is a "
                                               "Scottish charity, SC024816.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the casualty was walking on "
                                                  "the north ridge, not the east.")),
        ),
    )


# --- a Mexican seismic-alert news site ------------------------------------------------------

SM_REDESIGN = dt.date(2018, 1, 15)
SM_911 = dt.date(2017, 1, 9)  # 911 replaced 066 as the emergency number
SIMULACROS = {2015: "2015-09-19", 2016: "2016-09-19", 2017: "2017-09-19",
              2018: "2018-09-19", 2019: "2019-09-19"}


def _sm_dated(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}} h"
    return (f"{DIAS[day.weekday()].capitalize()} {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} · {{time}} h (tiempo del centro)")


@cache
def _sm_simulacro() -> Wordings:
    base = _steps((_OLD, "¿Sabes qué hacer al escuchar la alerta sísmica? Consulta las "
                         "recomendaciones"))
    sismos = [
        _span("2017-09-08", "2017-09-18", "Sismo de magnitud 8.2 en Chiapas: albergues y "
                                          "centros de acopio"),
        _span("2017-09-20", "2017-10-05", "Sismo del 19 de septiembre: centros de acopio y "
                                          "edificios evaluados"),
        _span("2018-02-16", "2018-02-22", "Sismo en Pinotepa Nacional: reporte de daños"),
        _span("2020-06-23", "2020-06-30", "Sismo de magnitud 7.4 en Oaxaca: reporte de daños "
                                          "y réplicas"),
    ]
    simulacros = _movable(listed(SIMULACROS), 3, 0, lambda y: f"📢 Simulacro Nacional {y}: "
                                                              f"19 de septiembre, participa")
    return _calendar(base, sismos, simulacros)


def sismoalerta_style() -> PublisherStyle:
    """A Mexican seismic-alert news site: the numeric date turned the weekday, the long date
    and "tiempo del centro" on 15 January 2018 (a wording per day), the newsroom line, a
    notice turned by the Chiapas, Puebla, Pinotepa and Oaxaca earthquakes and each national
    drill, the magnitude and epicentre line from pools, the SSN data line, the drill motto,
    the emergency number turned 911 on 9 January 2017, an official-alert line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="sismoalerta.com.mx", site="SismoAlerta MX", base_size=40,
        subdomains=(("www.", 100),),
        sections=("sismos", "alerta", "prevencion"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "mag": ("4.1", "4.5", "5.0", "5.4", "5.9", "6.3"),
            "epicentro": ("Pinotepa Nacional, Oax.", "Crucecita, Oax.", "Acapulco, Gro.",
                          "Tecomán, Col.", "Ciudad Hidalgo, Chis.", "Petatlán, Gro."),
        },
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_sm_dated)),
            _f("redaccion", HEADER, 0.4, (_OLD, "Redacción SismoAlerta MX")),
            _f("simulacro", HEADER, 0.3, *_sm_simulacro()),
            _f("magnitud", MIDDLE, 0.25, (_OLD, "Magnitud {mag} · Epicentro: {epicentro}")),
            _f("ssn", MIDDLE, 0.2, (_OLD, "Fuente: Servicio Sismológico Nacional (UNAM). "
                                          "Datos preliminares.")),
            _f("lema", FOOTER, 0.3, (_OLD, "Recuerda: no corro, no grito, no empujo.")),
            _f("emergencias", FOOTER, 0.35, (_OLD, "Emergencias: 066 · Denuncia anónima: 089"),
               (SM_911.isoformat(), "Emergencias: 911 · Denuncia anónima: 089")),
            _f("oficial", FOOTER, 0.15, (_OLD, "Este sitio no emite la alerta sísmica oficial; "
                                               "la alerta la emite el SASMEX.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} SismoAlerta MX. Todos los derechos "
                                                 "reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: el sismo ocurrió a las "
                                                     "8:14 h, no a las 18:14 h.")),
        ),
    )


# --- an American county emergency-management office ---------------------------------------

BC_REDESIGN = dt.date(2019, 6, 3)
BC_TEXT = dt.date(2018, 5, 1)
BC_PREMIUM = (("2014-04-01", "$695"), ("2015-04-01", "$728"), ("2016-04-01", "$751"),
              ("2017-04-01", "$766"), ("2018-04-01", "$781"), ("2019-04-01", "$802"),
              ("2020-04-01", "$829"))
BC_STORMS = (("2016-10-05", "2016-10-09", "Matthew"), ("2017-09-06", "2017-09-12", "Irma"),
             ("2018-09-10", "2018-09-16", "Florence"), ("2019-08-31", "2019-09-06", "Dorian"),
             ("2020-07-31", "2020-08-04", "Isaias"))


def _bc_dated(day: dt.date) -> str:
    if day < BC_REDESIGN:
        return f"Posted on: {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Press Release · {day.month:02d}/{day.day:02d}/{day.year}"


@cache
def _bc_notice() -> Wordings:
    base = _steps((_OLD, "Know your zone: look up your hurricane evacuation zone online"))
    storms = [_span(first, last, f"🌀 Hurricane {name}: evacuation orders and shelter "
                                 f"information") for first, last, name in BC_STORMS]
    covid = [_span("2020-03-13", "2020-06-30", "COVID-19: the county Emergency Operations "
                                               "Center is activated")]
    prep = _yearly("06-01", 7, 6, lambda y: f"The {y} hurricane season starts June 1: make a "
                                            f"plan, build a kit")
    return _calendar(base, storms, covid, prep)


def bayliss_style() -> PublisherStyle:
    """An American county emergency-management office: "Posted on:" with the long date
    turned "Press Release ·" with the numeric date on 3 June 2019 (a wording per day), "FOR
    IMMEDIATE RELEASE", a notice turned by the hurricanes, the pandemic and each season's
    start, the evacuation zones and a shelter from pools, the flood-insurance premium
    (changing each April), the alerts line reworded for text alerts, the 911 line and the
    media line (a block), a Spanish-language line, a rare correction."""
    return PublisherStyle(
        domain="baylisscountyem.gov", site="Bayliss County Emergency Management", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "hurricanes", "preparedness"),
        n_authors=2, url_path="/news/{slug}",
        pools={"zones": ("Zone A", "Zone B", "Zone C", "Zone D", "Zone E"),
               "shelter": ("Harbor View High School", "Riverside Middle School",
                           "Oak Creek Recreation Center", "Pine Street Elementary")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_bc_dated)),
            _f("release", HEADER, 0.5, (_OLD, "FOR IMMEDIATE RELEASE")),
            _f("notice", HEADER, 0.3, *_bc_notice()),
            _f("zones", MIDDLE, 0.2, (_OLD, "Evacuation zones affected: {zones_list}")),
            _f("shelter", MIDDLE, 0.15, (_OLD, "Shelter open: {shelter} (pets allowed in "
                                               "carriers)")),
            _f("flood", FOOTER, 0.15, *tabled(BC_PREMIUM, lambda v: (
                f"Flood insurance takes 30 days to go into effect. The average policy in the "
                f"county costs {v} a year."))),
            _f("alerts", FOOTER, 0.35,
               (_OLD, "Sign up for emergency notifications on the county website."),
               (BC_TEXT.isoformat(), "Text your ZIP code to 888777 to get emergency alerts.")),
            _f("nine-one-one", FOOTER, 0.4, (_OLD, "For emergencies call 911. Non-emergency: "
                                                   "(555) 010-4400.")),
            _f("media", FOOTER, 0.35, (_OLD, "Media contact: Public Information Officer, "
                                             "pio@baylisscountyem.gov")),
            _f("espanol", FOOTER, 0.1, (_OLD, "Esta información está disponible en español: "
                                              "llame al 311.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the shelter opens at 2 p.m., "
                                                  "not noon.")),
        ),
    )


def heldout138_styles() -> list[PublisherStyle]:
    """The held-back-138 styles, in the order the generator hands them to publishers."""
    return [
        weatherfront_style(), meteoiberica_style(), allertaappennino_style(), sonae_style(),
        siagabencana_style(), vedurvaktin_style(), radyobantay_style(), pyroskopio_style(),
        westernranges_style(), glenarroch_style(), sismoalerta_style(), bayliss_style(),
    ]

