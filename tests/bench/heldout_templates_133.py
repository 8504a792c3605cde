"""The ``held-back-133`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-128 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister stations
share an "ADVERTISEMENT" marker or a "developing story" line. The publishers are
broadcasters' web newsrooms in English, Spanish, French, Italian, Greek, Hebrew and Tagalog:
an American local TV station, a Spanish regional public broadcaster, a French all-news
channel, an Italian regional TV station, an American public radio station, a Greek regional
TV station, an Israeli news channel (in Hebrew), a Filipino TV network's news site (in
Tagalog), a British local commercial radio station, an American Spanish-language TV
station, a Quebec radio station and an Italian-Swiss radio station. The families are the
broadcast furniture a crawl of such sites holds: datelines printed day by day in each
language (American Central, Eastern and Pacific time with daylight saving, British summer
and winter time, Philippine time, the Greek genitive months, Hebrew month names), several
changing form on the day of a redesign or a rebrand; anchor, reporter and camera credits;
watch and listen lines and audio lengths; "this story will be updated" and live-blog stamps
(a live blog's start and end); programme and air-time notices whose times and channels
change over the years (newscasts added, moved, simulcast; frequencies and translators
added); closed-caption and subtitle notices (teletext subtitle pages, the FCC captioning
contact, the Philippine captioning law); lines that turn every day (a station's forecast
with the day's high and low, a Greek weather line, the day's newscast archive), every week
(Shabbat times to each Friday, the yellow vests' "acte" numbers each Saturday) and every
month (audience shares from the ratings); notices that follow the calendars broadcasters
live by (elections and referendums in six countries, Swiss federal votes, high-school
football Fridays, pledge drives and Giving Tuesday, Yom Kippur's blackout, Israel's
Independence Day and its lockdowns, Orthodox Easter and the Dormition, Holy Week off-air
days in the Philippines, typhoon signals, Semana Santa, the New Year's Eve chimes, Italy's
summer schedule, Quebec's Fête nationale, the 2020 census and the pandemic); agency credits
and photo credits from pools, sponsor lines, related links and advertisement markers
mid-body (some up to two times), the military censor's clearance line, multi-line blocks
(copyright and company lines, contact lines), bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
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
    last_weekday,
    nth_weekday,
    orthodox_easter,
    thanksgiving,
    vote,
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
# A line printed day by day is worded once per session: the tests build the styles several
# times (so the day functions below are module-level functions, not lambdas).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MINASGEN = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
            "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
HODASHIM = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
            "אוקטובר", "נובמבר", "דצמבר")
YAMIM = ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון")
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre",
         "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}/{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF * 2 - 1


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def us_daylight(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day` (second Sunday of March to
    the first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def eu_summer(day: dt.date) -> bool:
    """Whether European (and British) summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def israel_summer(day: dt.date) -> bool:
    """Whether Israel's summer time is in force on `day` (the Friday before the last Sunday
    of March to the last Sunday of October)."""
    return last_weekday(day.year, 3, 6) - 2 * ONE <= day < last_weekday(day.year, 10, 6)


def us_zone(day: dt.date, zone: str) -> str:
    """An American time zone's abbreviation on `day`: "CDT" or "CST" for zone "C"."""
    return f"{zone}{'D' if us_daylight(day) else 'S'}T"


def uk_zone(day: dt.date) -> str:
    return "BST" if eu_summer(day) else "GMT"


def seasonal(day: dt.date, mean: float, swing: float, key: str, spread: float) -> int:
    """A made-up daily temperature: `mean` give or take `swing` over the year (warmest late
    in July), plus up to `spread` of day-to-day noise."""
    phase = 2 * math.pi * (day.timetuple().tm_yday - 202) / 365.25
    return round(mean + swing * math.cos(phase) + spread * noise(day, key))


def friday_on_or_after(day: dt.date) -> dt.date:
    """The Friday of `day`'s Shabbat week: the next Friday, or `day` itself if a Friday (on
    a Saturday, the Friday after it: the week turns once Shabbat is out)."""
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


def tel_aviv_sunset(day: dt.date) -> float:
    """Sunset in Tel Aviv in hours of local clock time, to a few minutes (the sun's
    declination, the equation of time and refraction, from the usual approximations)."""
    n = day.timetuple().tm_yday
    decl = math.radians(23.44) * math.sin(2 * math.pi * (284 + n) / 365)
    b = 2 * math.pi * (n - 81) / 364
    equation = 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)  # minutes
    lat = math.radians(32.08)
    cos_h = ((math.sin(math.radians(-0.833)) - math.sin(lat) * math.sin(decl))
             / (math.cos(lat) * math.cos(decl)))
    hour_angle = math.degrees(math.acos(cos_h)) / 15
    noon = 12 - 34.78 / 15 + 2 - equation / 60  # Israel standard time is UTC+2
    return noon + hour_angle + (1 if israel_summer(day) else 0)


def clock(hours: float) -> str:
    minutes = round(hours * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def shabbat_times(friday: dt.date) -> tuple[str, str]:
    """Candle-lighting (18 minutes before Friday's sunset) and the end of Shabbat (42
    minutes after Saturday's) in Tel Aviv."""
    return (clock(tel_aviv_sunset(friday) - 0.3), clock(tel_aviv_sunset(friday + ONE) + 0.7))


def monthly_share(y: int, m: int, key: str, base: float, spread: float) -> str:
    """A made-up monthly audience share with one decimal (a comma as the decimal mark)."""
    value = base + spread * noise(dt.date(y, m, 1), key)
    return f"{value:.1f}".replace(".", ",")


def previous_month(day: dt.date, published: int) -> tuple[int, int]:
    """The month whose figures are out on `day`, if they come out on day `published`."""
    y, m = day.year, day.month - (1 if day.day >= published else 2)
    if m <= 0:
        y, m = y - 1, m + 12
    return y, m


# --- an American local TV station ---------------------------------------------------------

KQ_REDESIGN = dt.date(2017, 8, 28)  # the new site went live with the fall newscasts
KQ_APP = dt.date(2018, 4, 2)
KQ_DEVELOPING = dt.date(2019, 2, 4)
KQ_NEWSCASTS = (("2012-09-10", "weekdays at 5, 6 and 10 p.m."),
                ("2016-09-12", "weekdays at 5, 6 and 10 p.m. and weekend mornings at 7"),
                ("2018-01-08", "weekdays at 4:30, 5, 6 and 10 p.m. and weekend mornings at 7"),
                ("2020-03-30", "weekdays at 4:30, 5, 6, 9 and 10 p.m. and streaming on the "
                               "KQRV 7 app"))
US_ELECTIONS = ("2016-11-08", "2018-11-06", "2020-11-03")
US_PRIMARIES = ("2016-03-15", "2018-03-20", "2020-03-17")


def _kq_dated(day: dt.date) -> str:
    zone = us_zone(day, "C")
    if day < KQ_REDESIGN:
        return f"Posted: {MONTHS[day.month - 1][:3]} {day.day}, {day.year} {{time12}} {zone}"
    return f"Updated {{time12}} {zone}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _kq_forecast(day: dt.date) -> str:
    high = seasonal(day, 61, 28, "kq-high", 9)
    low = high - 17 + round(4 * noise(day, "kq-low"))
    when = f"{WEEKDAYS[day.weekday()][:3]}., {MONTHS[day.month - 1]} {day.day}"
    if noise(day, "kq-alert") > 0.82:
        return (f"⚠️ FIRST ALERT WEATHER DAY {when}: strong storms possible this afternoon. "
                f"High {high}°, low {low}°")
    return f"🌤️ First Alert Forecast for {when}: high {high}°, low {low}°"


def football_fridays(y: int) -> list[dt.date]:
    """The Fridays of a high-school football regular season: from the last Friday of August
    for eleven weeks."""
    first = last_weekday(y, 8, 4)
    return [first + dt.timedelta(days=7 * k) for k in range(11)]


@cache
def _kq_notice() -> Wordings:
    base = _steps((_OLD, "Download the KQRV News 7 app for breaking news alerts"),
                  (KQ_APP.isoformat(), "📲 Get breaking news and First Alert Weather alerts on "
                                       "the free KQRV 7 app"))
    votes = [vote(day, f"🗳️ Election Night {day[:4]}: live results for every race on KQRV "
                       f"News 7 and kqrv7.com", 5, 1) for day in US_ELECTIONS]
    votes += [vote(day, f"Primary Election {day[:4]}: results and coverage tonight from 7 p.m.",
                   2, 0) for day in US_PRIMARIES]
    covid = [_span("2020-03-13", "2020-12-31", "🦠 Coronavirus: the latest case counts in our "
                                               "viewing area, updated every day")]
    football = [(friday - 2 * ONE, friday + ONE,
                 f"🏈 Friday Night Blitz: scores and highlights tonight at 10:35 (week {k + 1}, "
                 f"{friday.year})")
                for y in YEARS for k, friday in enumerate(football_fridays(y))]
    return _calendar(base, votes, covid, football)


def kqrv_style() -> PublisherStyle:
    """An American local TV station: a kicker from a pool, "Posted:" with the short date,
    the time and Central daylight or standard time, turned "Updated" with the time first and
    the long date when the new site went live (a wording per day), "By" turned the reporter
    with the role from a pool, the day's First Alert forecast with its high and low and
    alert days (a wording per day), a "developing story" line reworded in 2019, "Watch" the
    reporter's story from a newscast of a pool, "RELATED:" and "ADVERTISEMENT" up to twice,
    the Associated Press credit, the newscast times (a newscast added twice, a streaming one
    in 2020), an app notice reworded and turned by election nights and primaries, the
    pandemic and each Friday of the football season, the news-tip line, the copyright line
    and the closed-captioning contact (a block), a rare correction."""
    return PublisherStyle(
        domain="kqrv7.com", site="KQRV News 7", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "weather", "investigates", "politics", "sports", "community"),
        n_authors=14, url_path="/{section}/{slug}/{n}/",
        pools={
            "kicker": ("LOCAL NEWS", "FIRST ALERT WEATHER", "7 INVESTIGATES", "CRIME",
                       "POLITICS", "FRIDAY NIGHT BLITZ", "CONSUMER"),
            "beat": ("Anchor", "Reporter", "Multimedia Journalist", "Chief Meteorologist",
                     "Digital Producer", "7 Investigates Reporter", "Sports Director"),
            "newscast": ("KQRV News 7 at 5", "KQRV News 7 at 6", "KQRV News 7 at 10",
                         "KQRV News 7 This Morning"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_kq_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (KQ_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("forecast", HEADER, 0.2, *_by_day(_kq_forecast)),
            _f("developing", HEADER, 0.12,
               (_OLD, "This is a developing story. It will be updated as more information "
                      "becomes available."),
               (KQ_DEVELOPING.isoformat(), "🔴 DEVELOPING: Stay with KQRV News 7 for updates "
                                           "to this story.")),
            _f("watch", MIDDLE, 0.3, (_OLD, "▶️ Watch {author}'s report from {newscast}")),
            _f("related", MIDDLE, 0.4, (_OLD, "RELATED: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("ap", FOOTER, 0.15, (_OLD, "The Associated Press contributed to this report.")),
            _f("newscasts", FOOTER, 0.2, *by_table(
                KQ_NEWSCASTS, lambda v: f"Watch KQRV News 7 {v}")),
            _f("notice", FOOTER, 0.3, *_kq_notice()),
            _f("tips", FOOTER, 0.35, (_OLD, "Have a news tip? Email newsdesk@kqrv7.com or "
                                            "call the newsroom at (555) 013-7777.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} KQRV News 7, a Prairieland Media "
                                                "station. All rights reserved. Do not "
                                                "rebroadcast or republish without "
                                                "permission.")),
            _f("captions", FOOTER, 0.12, (_OLD, "Closed-captioning concerns: contact Dale "
                                                "Hutchins, Chief Engineer, at "
                                                "captions@kqrv7.com or (555) 013-7000.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: An earlier version of this "
                                                  "story misspelled the name of the school "
                                                  "district.")),
        ),
    )


# --- a Spanish regional public broadcaster ------------------------------------------------

RE_REDESIGN = dt.date(2018, 1, 15)
RE_AUDIO = dt.date(2019, 4, 23)  # Sant Jordi: the audio player relaunched with Ebro Radio
RE_PROGRAMA = (("2013-09-09", "de lunes a viernes a las 14:00 y a las 20:30"),
               ("2016-09-12", "todos los días a las 14:00 y a las 20:30"),
               ("2019-09-09", "todos los días a las 14:00 y a las 21:00"))
ES_VOTES = (("2015-05-24", "autonómicas y municipales"), ("2015-12-20", "generales"),
            ("2016-06-26", "generales"), ("2019-04-28", "generales"),
            ("2019-05-26", "autonómicas, municipales y europeas"),
            ("2019-11-10", "generales"))


def _re_fecha(day: dt.date) -> str:
    if day < RE_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return f"{day.day:02d} {MESES[day.month - 1][:3].upper()} {day.year} · {{time}}"


def _re_audiencia(day: dt.date) -> str:
    y, m = previous_month(day, 1)
    share = monthly_share(y, m, "re-share", 8.6, 1.4)
    return f"Ebro TV cerró {MESES[m - 1]} de {y} con un {share} % de cuota de pantalla."


@cache
def _re_aviso() -> Wordings:
    base = _steps((_OLD, "Sigue toda la actualidad en rtebro.es y en la app de Ebro TV"))
    noches = [vote(day, f"🗳️ Elecciones {kind} {day[:4]}: especial informativo desde las "
                        f"19:30 en Ebro TV y Ebro Radio", 4, 0) for day, kind in ES_VOTES]
    alarma = [_span("2020-03-14", "2020-06-21", "🦠 Coronavirus: Ebro Noticias amplía sus "
                                                "ediciones durante el estado de alarma")]
    santa = _movable(easter, 6, 1, lambda y: f"Semana Santa {y}: procesiones en directo "
                                             f"por Ebro TV y rtebro.es")
    campanadas = _yearly("12-31", 3, 0, lambda y: f"🔔 Campanadas {y}: despide el año con "
                                                  f"Ebro TV desde la plaza del Pilar")
    return _calendar(base, noches, alarma, santa, campanadas)


def rtebro_style() -> PublisherStyle:
    """A Spanish regional public broadcaster: a section from a pool, the numeric date and
    time turned the abbreviated upper-case month on 15 January 2018 (a wording per day), the
    reporter turned "Informa:" with the camera operator from a pool, a listen line reworded
    when the audio player relaunched, "VÍDEO:" with a place from a pool and "Te puede
    interesar:" up to twice mid-body, the newscast times (on weekends from 2016, moved in
    2019), an agency credit from a pool, last month's audience share (a wording per month),
    a notice turned by election nights, the state of alarm, Holy Week and the New Year's Eve
    chimes, the teletext subtitle page, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="rtebro.es", site="Radiotelevisión del Ebro", base_size=220,
        subdomains=(("www.", 90), ("radio.", 10)),
        sections=("sociedad", "politica", "sucesos", "deportes", "cultura", "el-tiempo"),
        n_authors=10, url_path="/noticias/{section}/{slug}_{n}.html",
        pools={
            "seccion": ("Sociedad", "Política", "Sucesos", "Deportes", "Cultura",
                        "El tiempo", "Comarcas"),
            "camara": ("Javier Lasheras", "Pilar Gracia", "Óscar Bielsa", "Nuria Cebrián",
                       "Equipo de Ebro TV"),
            "lugar": ("Zaragoza", "Huesca", "Teruel", "Calatayud", "Alcañiz", "Monzón",
                      "Barbastro"),
            "agencia": ("Europa Press", "EFE", "agencias"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_re_fecha)),
            _f("firma", HEADER, 0.6, (_OLD, "{author}"),
               (RE_REDESIGN.isoformat(), "Informa: {author} | Imagen: {camara}")),
            _f("escuchar", HEADER, 0.25, (_OLD, "🔊 Escuchar la noticia"),
               (RE_AUDIO.isoformat(), "🎧 Escucha esta noticia en Ebro Radio")),
            _f("video", MIDDLE, 0.3, (_OLD, "VÍDEO: {author} informa desde {lugar}")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"),
               count=2),
            _f("programa", FOOTER, 0.2, *by_table(
                RE_PROGRAMA, lambda v: f"Ebro Noticias, {v} en Ebro TV")),
            _f("fuente", FOOTER, 0.15, (_OLD, "Con información de {agencia}")),
            _f("audiencia", FOOTER, 0.12, *_by_day(_re_audiencia)),
            _f("aviso", FOOTER, 0.3, *_re_aviso()),
            _f("subtitulos", FOOTER, 0.1, (_OLD, "Ebro Noticias se emite con subtítulos para "
                                                 "personas sordas en la página 888 del "
                                                 "teletexto.")),
            _f("derechos", FOOTER, 0.45, (_OLD, "© Corporación Ebro de Medios Audiovisuales "
                                                "{year}")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: en una versión anterior "
                                                     "de esta noticia se indicaba una hora "
                                                     "equivocada.")),
        ),
    )


# --- a French all-news channel --------------------------------------------------------------

IC_REDESIGN = dt.date(2018, 9, 3)  # the new site with the new season (la rentrée)
IC_APP = dt.date(2016, 6, 10)
FR_VOTES = (("2015-12-06", "Régionales 2015, premier tour"),
            ("2015-12-13", "Régionales 2015, second tour"),
            ("2017-04-23", "Présidentielle 2017, premier tour"),
            ("2017-05-07", "Présidentielle 2017, second tour"),
            ("2017-06-11", "Législatives 2017, premier tour"),
            ("2017-06-18", "Législatives 2017, second tour"),
            ("2019-05-26", "Européennes 2019"),
            ("2020-03-15", "Municipales 2020, premier tour"),
            ("2020-06-28", "Municipales 2020, second tour"))
ACTE_ONE, N_ACTES = dt.date(2018, 11, 17), 30


def acte_days() -> list[dt.date]:
    """The Saturdays of the yellow vests' protests, "acte" 1 to `N_ACTES`."""
    return [ACTE_ONE + dt.timedelta(days=7 * k) for k in range(N_ACTES)]


def _ic_date(day: dt.date) -> str:
    if day < IC_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"Mis à jour le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} "
            f"{day.year} à {{time}}")


def _ic_audience(day: dt.date) -> str:
    y, m = previous_month(day, 2)
    share = monthly_share(y, m, "ic-share", 2.2, 0.4)
    return (f"InfoContinu a réuni {share} % de part d'audience en {MOIS[m - 1]} {y} "
            f"(Médiamétrie).")


@cache
def _ic_alerte() -> Wordings:
    base = _steps((_OLD, "Téléchargez l'application InfoContinu pour recevoir nos alertes"),
                  (IC_APP.isoformat(), "🔔 Activez les notifications de l'appli InfoContinu : "
                                       "l'essentiel de l'info en temps réel"))
    soirees = [vote(day, f"🗳️ {name} : soirée électorale en direct dès 19 h", 3, 0)
               for day, name in FR_VOTES]
    confinement = [_span("2020-03-17", "2020-05-10", "🦠 Confinement : suivez l'évolution de "
                                                     "l'épidémie en continu"),
                   _span("2020-10-30", "2020-12-14", "🦠 Reconfinement : les règles et les "
                                                     "attestations en direct")]
    actes = [(saturday - ONE, saturday + 2 * ONE,
              f"🟡 Gilets jaunes, acte {k + 1} : suivez la mobilisation en direct")
             for k, saturday in enumerate(acte_days())]
    return _calendar(base, soirees, confinement, actes)


def infocontinu_style() -> PublisherStyle:
    """A French all-news channel: a section and a format from pools, "Publié le" with the
    numeric date turned "Mis à jour le" with the weekday and the long date with the new
    season of 2018 (a wording per day), "Par" turned the name with the channel's, a live
    blog's stamps (opening and closing lines), "Cet article sera mis à jour", "LIRE AUSSI"
    turned "À lire aussi :" (up to twice) and "Publicité" (up to twice) mid-body, a replay
    line from a pool of programmes, last month's audience share from Médiamétrie (a wording
    per month, out each 2nd), an app alert reworded and turned by election nights, the
    lockdowns and each "acte" of the yellow vests (a wording per week), a witness appeal,
    the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="infocontinu.fr", site="InfoContinu", base_size=195,
        subdomains=(("www.", 100),),
        sections=("politique", "societe", "faits-divers", "international", "economie",
                  "meteo"),
        n_authors=12, url_path="/{section}/{slug}_{n}",
        pools={
            "rubrique": ("Politique", "Société", "Faits divers", "International", "Économie",
                         "Météo", "Santé"),
            "format": ("VIDÉO", "EN DIRECT", "INFO INFOCONTINU", "REPLAY", "DÉCRYPTAGE"),
            "emission": ("La Matinale", "Le 18-20", "Le Grand Débat du soir",
                         "L'Hebdo politique", "Week-end Direct"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("format", HEADER, 0.2, (_OLD, "{format}")),
            _f("date", HEADER, 0.9, *_by_day(_ic_date)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}"),
               (IC_REDESIGN.isoformat(), "{author} | InfoContinu")),
            _f("direct", HEADER, 0.08, (_OLD, "🔴 EN DIRECT - Suivez notre édition spéciale "
                                              "minute par minute")),
            _f("fin-direct", FOOTER, 0.06, (_OLD, "Ce direct est terminé. Merci de l'avoir "
                                                  "suivi avec nous.")),
            _f("maj", HEADER, 0.12, (_OLD, "Cet article sera mis à jour au fil des "
                                           "informations.")),
            _f("lire", MIDDLE, 0.4, (_OLD, "LIRE AUSSI - {other_title}"),
               (IC_REDESIGN.isoformat(), "» À lire aussi : {other_title}"), count=2),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("revoir", MIDDLE, 0.2, (_OLD, "▶ Revoir {emission} en replay")),
            _f("audience", FOOTER, 0.12, *_by_day(_ic_audience)),
            _f("alerte", FOOTER, 0.3, *_ic_alerte()),
            _f("temoin", FOOTER, 0.15, (_OLD, "Vous êtes témoin d'un événement ? Envoyez-nous "
                                              "vos photos et vidéos à temoin@infocontinu.fr")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} InfoContinu – Tous droits "
                                                 "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une précédente version de cet "
                                               "article comportait une erreur sur l'âge de la "
                                               "victime.")),
        ),
    )


# --- an Italian regional TV station -------------------------------------------------------

TA_REDESIGN = dt.date(2017, 9, 11)
TA_LEGGI = dt.date(2019, 3, 4)
TA_EDIZIONI = (("2012-01-09", "alle 13:30, alle 19:30 e alle 22:45 sul canale 12"),
               ("2018-01-08", "alle 13:30, alle 19:30 e alle 22:45 sul canale 12 e sul 612 in "
                              "HD"),
               ("2019-09-16", "alle 13:30, alle 19:30 e alle 22:45 sul canale 12, sul 612 in HD "
                              "e in streaming su teleadriatica.it"))
IT_VOTES = (("2015-05-31", "Regionali 2015"), ("2016-12-04", "Referendum costituzionale"),
            ("2018-03-04", "Politiche 2018"), ("2019-05-26", "Europee 2019"),
            ("2020-09-21", "Referendum e regionali 2020"))


def _ta_data(day: dt.date) -> str:
    if day < TA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}, ore {{time}}"


def _ta_oggi(day: dt.date) -> str:
    return (f"📺 Le edizioni del TgA di {GIORNI[day.weekday()]} {day.day} "
            f"{MESI[day.month - 1]}: rivedile su teleadriatica.it")


@cache
def _ta_palinsesto() -> Wordings:
    base = _steps((_OLD, "Segui TeleAdriatica anche su Facebook e Instagram"))
    voti = [vote(day, f"🗳️ {name}: speciale TgA con i risultati in diretta", 3, 1)
            for day, name in IT_VOTES]
    lockdown = [_span("2020-03-09", "2020-05-17", "#iorestoacasa: il TgA in diretta anche in "
                                                  "streaming, tutti i giorni")]
    estate = _yearly("06-15", 0, 80, lambda y: f"☀️ Palinsesto estivo {y}: il TgA delle 22:45 "
                                               f"torna a settembre")
    return _calendar(base, voti, lockdown, estate)


def teleadriatica_style() -> PublisherStyle:
    """An Italian regional TV station: a category from a pool, the numeric date and time
    turned the weekday and the long date on 11 September 2017 (a wording per day), "di"
    turned the reporter with the camera operator from a pool, a watch line with an edition
    from a pool, "Leggi anche:" reworded in 2019 (up to twice) and "PUBBLICITÀ" mid-body,
    the day's newscast archive (a wording per day), the newscast times and channels (an HD
    channel in 2018, streaming in 2019), a social line turned by the votes, the lockdown
    and each summer schedule, "© Riproduzione riservata", the company and registration line,
    the teletext subtitle page, a rare correction."""
    return PublisherStyle(
        domain="teleadriatica.it", site="TeleAdriatica", base_size=170,
        subdomains=(("www.", 100),),
        sections=("cronaca", "politica", "economia", "sport", "cultura", "meteo"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "categoria": ("Cronaca", "Politica", "Economia", "Sport", "Cultura", "Meteo",
                          "Provincia"),
            "operatore": ("Marco Paolini", "Fabio Cingolani", "Elisa Mancini",
                          "Stefano Brandoni"),
            "edizione": ("delle 13:30", "delle 19:30", "della notte"),
        },
        families=(
            _f("categoria", HEADER, 0.45, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_ta_data)),
            _f("autore", HEADER, 0.55, (_OLD, "di {author}"),
               (TA_REDESIGN.isoformat(), "Servizio di {author}, riprese di {operatore}")),
            _f("guarda", MIDDLE, 0.3, (_OLD, "▶ Guarda il servizio del TgA {edizione}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}"),
               (TA_LEGGI.isoformat(), "LEGGI ANCHE ➜ {other_title}"), count=2),
            _f("pubblicita", MIDDLE, 0.25, (_OLD, "PUBBLICITÀ")),
            _f("oggi", FOOTER, 0.2, *_by_day(_ta_oggi)),
            _f("edizioni", FOOTER, 0.2, *by_table(
                TA_EDIZIONI, lambda v: f"Il TgA va in onda {v}")),
            _f("palinsesto", FOOTER, 0.3, *_ta_palinsesto()),
            _f("riproduzione", FOOTER, 0.4, (_OLD, "© Riproduzione riservata")),
            _f("societa", FOOTER, 0.25, (_OLD, "TeleAdriatica S.r.l. – P.IVA 01928370426 – "
                                               "Testata registrata presso il Tribunale di "
                                               "Ancona n. 14/1987")),
            _f("sottotitoli", FOOTER, 0.08, (_OLD, "Il TgA delle 19:30 è sottotitolato alla "
                                                   "pagina 777 del Televideo.")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: nella prima versione "
                                                 "dell'articolo il nome del sindaco era "
                                                 "errato.")),
        ),
    )


# --- an American public radio station -----------------------------------------------------

WK_REDESIGN = dt.date(2016, 7, 11)
WK_BYLINE = dt.date(2019, 5, 6)
WK_COPYRIGHT = dt.date(2017, 1, 1)
WK_SIGNALS = (("2010-01-01", "89.5 FM in Milltown and 91.3 FM in Eastport"),
              ("2018-06-18", "89.5 FM in Milltown, 91.3 FM in Eastport and 104.1 FM in "
                             "Ridgeview"),
              ("2020-02-03", "89.5 FM and 89.5 HD2 in Milltown, 91.3 FM in Eastport and 104.1 "
                             "FM in Ridgeview"))
WK_GOALS = {2015: (1800, 2100), 2016: (1900, 2200), 2017: (2300, 2600), 2018: (2400, 2700),
            2019: (2500, 2800), 2020: (2200, 3000)}  # new members: spring drive, fall drive


def _wk_dated(day: dt.date) -> str:
    if day < WK_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"Published {MONTHS[day.month - 1]} {day.day}, {day.year} at {{time12}} "
            f"{us_zone(day, 'E')}")


def spring_drive(y: int) -> dt.date:
    """The first day of the spring member drive: the first Monday of March."""
    return nth_weekday(y, 3, 0, 1)


def fall_drive(y: int) -> dt.date:
    """The first day of the fall member drive: the second Monday of October."""
    return nth_weekday(y, 10, 0, 2)


@cache
def _wk_support() -> Wordings:
    base = _steps((_OLD, "WKPR is listener-supported public radio. Become a member today."))
    drives: list[Event] = []
    for y in YEARS:
        spring, fall = WK_GOALS[y]
        drives.append((spring_drive(y), spring_drive(y) + 10 * ONE,
                       f"📻 Spring Member Drive {y}: help us welcome {spring:,} new members. "
                       f"Give now"))
        drives.append((fall_drive(y), fall_drive(y) + 10 * ONE,
                       f"📻 Fall Member Drive {y}: help us welcome {fall:,} new members. Give "
                       f"now"))
    giving = [(thanksgiving(y) + 5 * ONE, thanksgiving(y) + 6 * ONE,
               f"#GivingTuesday {y}: every gift to WKPR is matched today") for y in YEARS]
    year_end = _yearly("12-31", 4, 0, lambda y: f"There's still time to make a tax-deductible "
                                                f"gift to WKPR in {y}")
    covid = [_span("2020-03-16", "2020-06-30", "WKPR is here for you through COVID-19. Support "
                                               "the local reporting you rely on")]
    return _calendar(base, covid, drives, giving, year_end)


def wkpr_style() -> PublisherStyle:
    """An American public radio station: a section from a pool, the long date turned
    "Published" with the time and Eastern daylight or standard time on 11 July 2016 (a
    wording per day), "By" turned the reporter with the role in 2019, the audio's length,
    an underwriting line with a sponsor from a pool and "Related:" mid-body, the programme
    the story aired on from a pool, the transcript notice, a network contributor line, the
    frequencies (a translator added in 2018, an HD2 channel in 2020), a membership line
    turned by the spring and fall drives with each year's goals, Giving Tuesday, the year's
    end and the pandemic, the copyright line reworded in 2017, a rare correction."""
    return PublisherStyle(
        domain="wkpr.org", site="WKPR", base_size=150,
        subdomains=(("www.", 100),),
        sections=("local-news", "politics", "education", "environment", "arts", "health"),
        n_authors=8, url_path="/{section}/{yyyy}-{mm}-{dd}/{slug}",
        pools={
            "section": ("Local News", "Politics", "Education", "Environment",
                        "Arts & Culture", "Health"),
            "beat": ("Statehouse Reporter", "Education Reporter", "Morning Edition Host",
                     "Environment Reporter", "News Director", "Arts Reporter"),
            "program": ("Morning Edition", "All Things Considered", "The Eastport Exchange",
                        "Weekend Edition"),
            "sponsor": ("Milltown Community Credit Union", "Ridgeview Regional Hospital",
                        "the Harbor Arts Foundation", "Caldwell & Sons Hardware",
                        "Eastport College"),
        },
        families=(
            _f("section", HEADER, 0.4, (_OLD, "{section}")),
            _f("dated", HEADER, 0.85, *_by_day(_wk_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (WK_BYLINE.isoformat(), "{author} | {author_beat}")),
            _f("listen", HEADER, 0.4, (_OLD, "🎧 Listen · {read_min} min")),
            _f("underwriting", MIDDLE, 0.25, (_OLD, "Support for WKPR comes from {sponsor}.")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("aired", FOOTER, 0.25, (_OLD, "This story aired on {program}.")),
            _f("transcript", FOOTER, 0.1, (_OLD, "This transcript was created on a rush "
                                                 "deadline and may be updated.")),
            _f("contributed", FOOTER, 0.1, (_OLD, "NPR's {author2} contributed to this "
                                                  "report.")),
            _f("signals", FOOTER, 0.2, *by_table(
                WK_SIGNALS, lambda v: f"Hear WKPR on {v}, and anywhere on the WKPR app.")),
            _f("support", FOOTER, 0.35, *_wk_support()),
            _f("copyright", FOOTER, 0.45, (_OLD, "Copyright {year} WKPR 89.5 FM"),
               (WK_COPYRIGHT.isoformat(), "© {year} WKPR. For more local news, visit "
                                          "wkpr.org.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this story "
                                                  "gave the wrong date for the public "
                                                  "hearing.")),
        ),
    )


# --- a Greek regional TV station ------------------------------------------------------------

AG_REDESIGN = dt.date(2018, 9, 10)
AG_DELTIA = (("2010-09-13", "κάθε βράδυ στις 20:30"),
             ("2017-09-18", "κάθε βράδυ στις 20:00"),
             ("2020-03-23", "στις 14:00 και στις 20:00, κάθε μέρα"))
GR_VOTES = (("2015-01-25", "Εκλογές 2015"), ("2015-07-05", "Δημοψήφισμα 2015"),
            ("2015-09-20", "Εκλογές Σεπτεμβρίου 2015"),
            ("2019-05-26", "Ευρωεκλογές και αυτοδιοικητικές εκλογές 2019"),
            ("2019-06-02", "Β' γύρος αυτοδιοικητικών εκλογών 2019"),
            ("2019-07-07", "Εθνικές εκλογές 2019"))


def _ag_imerominia(day: dt.date) -> str:
    if day < AG_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"
    return f"{MERES[day.weekday()]}, {day.day} {MINASGEN[day.month - 1]} {day.year}, {{time}}"


def _ag_kairos(day: dt.date) -> str:
    high = seasonal(day, 22, 8, "ag-high", 3)
    return (f"☀️ Ο καιρός σήμερα, {MERES[day.weekday()]} {day.day} {MINASGEN[day.month - 1]}: "
            f"έως {high} βαθμούς Κελσίου στη Ρόδο")


@cache
def _ag_anakoinosi() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε την Τηλεόραση Αιγαίου στο Facebook και στο Twitter"))
    ekloges = [vote(day, f"🗳️ {name}: τα αποτελέσματα ζωντανά στην Τηλεόραση Αιγαίου", 3, 1)
               for day, name in GR_VOTES]
    lockdown = [_span("2020-03-23", "2020-05-03", "#ΜένουμεΣπίτι: η ενημέρωση για τον "
                                                  "κορονοϊό σε καθημερινές έκτακτες εκπομπές"),
                _span("2020-11-07", "2020-12-31", "🦠 Νέο lockdown: όσα ισχύουν για τις "
                                                  "μετακινήσεις στα νησιά")]
    pascha = _movable(orthodox_easter, 6, 1, lambda y: f"✝️ Πάσχα {y}: η Ακολουθία της "
                                                       f"Αναστάσεως σε ζωντανή μετάδοση")
    panagia = _yearly("08-15", 2, 0, lambda y: f"Δεκαπενταύγουστος {y}: το πανηγύρι της "
                                               f"Παναγίας σε απευθείας μετάδοση")
    return _calendar(base, ekloges, lockdown, pascha, panagia)


def aigaio_style() -> PublisherStyle:
    """A Greek regional TV station: a category in capitals from a pool, the numeric date
    with a bar and the time turned the weekday and the long date with the genitive month on
    10 September 2018 (a wording per day), the reporter, the day's weather line with its
    high (a wording per day), a watch line, "Διαβάστε επίσης:" up to twice and
    "ΔΙΑΦΗΜΙΣΗ" mid-body, the main newscast's time (moved in 2017, twice a day in the
    lockdown), a notice turned by the elections and the referendum, Orthodox Easter, the
    Dormition and the lockdowns, a source from a pool, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="aigaiotv.gr", site="Τηλεόραση Αιγαίου", base_size=130,
        subdomains=(("www.", 100),),
        sections=("eidiseis", "politiki", "koinonia", "athlitika", "politismos"),
        n_authors=7, url_path="/{section}/{n}/{slug}",
        pools={
            "katigoria": ("ΕΙΔΗΣΕΙΣ", "ΠΟΛΙΤΙΚΗ", "ΚΟΙΝΩΝΙΑ", "ΑΘΛΗΤΙΚΑ", "ΠΟΛΙΤΙΣΜΟΣ",
                          "ΚΑΙΡΟΣ", "ΝΗΣΙΑ"),
            "pigi": ("ΑΠΕ-ΜΠΕ", "Reuters", "ertnews.gr"),
        },
        families=(
            _f("katigoria", HEADER, 0.45, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.85, *_by_day(_ag_imerominia)),
            _f("reportaz", HEADER, 0.45, (_OLD, "Ρεπορτάζ: {author}")),
            _f("kairos", HEADER, 0.15, *_by_day(_ag_kairos)),
            _f("deite", MIDDLE, 0.3, (_OLD, "▶ Δείτε το ρεπορτάζ του κεντρικού δελτίου "
                                            "ειδήσεων")),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}"), count=2),
            _f("diafimisi", MIDDLE, 0.25, (_OLD, "ΔΙΑΦΗΜΙΣΗ")),
            _f("deltia", FOOTER, 0.2, *by_table(
                AG_DELTIA, lambda v: f"Το κεντρικό δελτίο ειδήσεων της Τηλεόρασης Αιγαίου {v}")),
            _f("anakoinosi", FOOTER, 0.3, *_ag_anakoinosi()),
            _f("pigi", FOOTER, 0.15, (_OLD, "Πηγή: {pigi}")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Τηλεόραση Αιγαίου. Απαγορεύεται η "
                                                "αναδημοσίευση χωρίς άδεια.")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: σε προηγούμενη εκδοχή του άρθρου "
                                                 "αναφερόταν λάθος ώρα αναχώρησης του "
                                                 "πλοίου.")),
        ),
    )


# --- an Israeli news channel (in Hebrew) --------------------------------------------------

HH_REDESIGN = dt.date(2017, 5, 1)
HH_TELEGRAM = dt.date(2019, 1, 6)
HH_MAHADURA = (("2012-01-01", "בכל ערב ב-20:00"),
               ("2017-11-01", "בכל ערב ב-19:45"),
               ("2020-03-15", "בכל ערב ב-19:45, ומהדורות מיוחדות לאורך היום"))
YOM_KIPPUR = {2015: "2015-09-23", 2016: "2016-10-12", 2017: "2017-09-30", 2018: "2018-09-19",
              2019: "2019-10-09", 2020: "2020-09-28"}
YOM_HAATZMAUT = {2015: "2015-04-23", 2016: "2016-05-12", 2017: "2017-05-02",
                 2018: "2018-04-19", 2019: "2019-05-09", 2020: "2020-04-29"}
IL_ELECTIONS = ("2015-03-17", "2019-04-09", "2019-09-17", "2020-03-02")


def _hh_taarich(day: dt.date) -> str:
    if day < HH_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d} , {{time}}"
    return (f"פורסם: יום {YAMIM[day.weekday()]}, {day.day} ב{HODASHIM[day.month - 1]} "
            f"{day.year}, {{time}}")


def _hh_shabbat(day: dt.date) -> str:
    friday = friday_on_or_after(day)
    lighting, ending = shabbat_times(friday)
    return (f"זמני השבת בתל אביב ({friday.day:02d}.{friday.month:02d}): כניסת שבת {lighting}, "
            f"צאת השבת {ending}")


@cache
def _hh_hodaa() -> Wordings:
    base = _steps((_OLD, "הורידו את האפליקציה של חדשות החוף וקבלו התראות בזמן אמת"),
                  (HH_TELEGRAM.isoformat(), "📲 הצטרפו לערוץ הטלגרם של חדשות החוף: כל "
                                            "המבזקים ראשונים"))
    kippur = _movable(lambda y: iso_day(YOM_KIPPUR[y]), 2, 0, lambda y: (
        f"גמר חתימה טובה: השידורים יופסקו בערב יום הכיפורים {y} ויחודשו במוצאי החג"))
    bchirot = [vote(day, f"🗳️ בחירות {day[:4]}: מהדורה מיוחדת והמדגם ב-22:00", 5, 1)
               for day in IL_ELECTIONS]
    atzmaut = _movable(lambda y: iso_day(YOM_HAATZMAUT[y]), 1, 0, lambda y: (
        f"🇮🇱 יום הזיכרון ויום העצמאות {y}: לוח השידורים המיוחד"))
    seger = [_span("2020-03-25", "2020-05-03", "🦠 קורונה: כל ההנחיות העדכניות במקום אחד"),
             _span("2020-09-18", "2020-10-17", "🦠 הסגר השני: מה מותר ומה אסור")]
    return _calendar(base, kippur, bchirot, atzmaut, seger)


def hahof_style() -> PublisherStyle:
    """An Israeli news channel (in Hebrew): a category from a pool, the numeric date with a
    two-digit year and the time turned "פורסם:" with the weekday and the Hebrew month on
    1 May 2017 (a wording per day), the reporter, the military censor's clearance line in a
    few articles, Shabbat times in Tel Aviv to each Friday (a wording per week), a watch
    line, "עוד בנושא:" up to twice, "פרסומת" and a photo credit from a pool mid-body, the
    main newscast's time (moved in 2017, special editions in 2020), an app notice reworded
    for Telegram and turned by Yom Kippur's blackout, the four elections, Memorial and
    Independence Days and the two lockdowns, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="hahof-news.co.il", site="חדשות החוף", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "security", "economy", "consumer", "sport"),
        n_authors=7, url_path="/article/{n}",
        pools={
            "kategoria": ("חדשות", "פוליטי-מדיני", "ביטחוני", "כלכלה", "צרכנות", "ספורט",
                          "מזג האוויר"),
            "tzilum": ("דוברות המשטרה", "דובר צה״ל", "פלאש 90", "רויטרס", "צילום מסך"),
        },
        families=(
            _f("kategoria", HEADER, 0.45, (_OLD, "{kategoria}")),
            _f("taarich", HEADER, 0.85, *_by_day(_hh_taarich)),
            _f("katav", HEADER, 0.5, (_OLD, "מאת {author}")),
            _f("tzenzura", HEADER, 0.06, (_OLD, "הידיעה הותרה לפרסום")),
            _f("shabbat", HEADER, 0.12, *_by_day(_hh_shabbat)),
            _f("tzfu", MIDDLE, 0.3, (_OLD, "▶ צפו בכתבה המלאה מהמהדורה")),
            _f("od", MIDDLE, 0.35, (_OLD, "עוד בנושא: {other_title}"), count=2),
            _f("pirsomet", MIDDLE, 0.25, (_OLD, "פרסומת")),
            _f("tzilum", MIDDLE, 0.25, (_OLD, "צילום: {tzilum}")),
            _f("mahadura", FOOTER, 0.2, *by_table(
                HH_MAHADURA, lambda v: f"המהדורה המרכזית של חדשות החוף {v}")),
            _f("hodaa", FOOTER, 0.3, *_hh_hodaa()),
            _f("zchuyot", FOOTER, 0.4, (_OLD, "© כל הזכויות שמורות לחדשות החוף {year}")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: בגרסה קודמת של הכתבה נפלה טעות בשם "
                                             "היישוב.")),
        ),
    )


# --- a Filipino TV network's news site (in Tagalog) -----------------------------------------

BY_REDESIGN = dt.date(2018, 2, 5)
BY_CC = dt.date(2017, 1, 2)  # the captioning law's rules in force
BY_ABANGAN = (("2013-01-07", "Lunes hanggang Biyernes, 6:00 PM sa Bayan TV Channel 9"),
              ("2017-06-05", "Lunes hanggang Biyernes, 6:30 PM sa Bayan TV Channel 9"),
              ("2020-03-23", "Lunes hanggang Biyernes, 6:30 PM sa Bayan TV Channel 9 at sabay "
                             "na mapapakinggan sa DZBY 864 AM"))
PH_ELECTIONS = ("2016-05-09", "2019-05-13")
TYPHOONS = (("2015-10-17", "2015-10-20", "Lando"), ("2016-10-19", "2016-10-21", "Lawin"),
            ("2018-09-14", "2018-09-16", "Ompong"), ("2019-12-02", "2019-12-04", "Tisoy"),
            ("2020-10-31", "2020-11-02", "Rolly"), ("2020-11-11", "2020-11-13", "Ulysses"))


def _by_petsa(day: dt.date) -> str:
    if day < BY_REDESIGN:
        return f"{BUWAN[day.month - 1]} {day.day}, {day.year} {{time12}}"
    return (f"Nai-post noong {ARAW[day.weekday()]}, {BUWAN[day.month - 1]} {day.day}, "
            f"{day.year} | {{time12}} PHT")


@cache
def _by_paalala() -> Wordings:
    base = _steps((_OLD, "I-like at i-follow ang Bayan TV News sa Facebook at Twitter"))
    bagyo = [_span(first, last, f"🌀 Bagyong {name}: tumutok sa Bayan TV para sa mga "
                                f"update sa storm signal at suspensyon ng klase")
             for first, last, name in TYPHOONS]
    halalan = [vote(day, f"🗳️ Halalan {day[:4]}: tumutok sa live na bilangan ng boto sa Bayan "
                         f"TV", 5, 2) for day in PH_ELECTIONS]
    ecq = [_span("2020-03-16", "2020-05-31", "🦠 ECQ: manatili sa bahay; abangan ang mga "
                                             "anunsyo ng pamahalaan sa Bayan TV")]
    semana = _movable(easter, 3, 1, lambda y: (
        f"Mahal na Araw {y}: off-air ang Bayan TV sa Biyernes Santo; balik-ere sa Sabado de "
        f"Gloria"))
    return _calendar(base, bagyo, halalan, ecq, semana)


def bayantv_style() -> PublisherStyle:
    """A Filipino TV network's news site (in Tagalog): the month-first date with the time
    turned "Nai-post noong" with the weekday and Philippine time on 5 February 2018 (a
    wording per day), "Ulat ni" the reporter, "PANOORIN:" with a programme from a pool,
    "BASAHIN:" up to twice and "ADVERTISEMENT" mid-body, a credit from a pool, the
    newscast's time (moved in 2017, simulcast on radio in 2020), a notice turned by the
    typhoons, the elections, the community quarantine and Holy Week's off-air days, the
    closed-caption line reworded for the captioning law, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="bayantv.ph", site="Bayan TV", base_size=90,
        subdomains=(("news.", 70), ("www.", 30)),
        sections=("balita", "probinsya", "showbiz", "sports", "panahon"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}/{slug}",
        pools={
            "programa": ("Balitang Bayan", "Bayan Ngayon", "Ulat Gabi", "Bayan Weekend"),
            "mula": ("PNA", "Reuters", "DZBY 864 AM"),
        },
        families=(
            _f("petsa", HEADER, 0.85, *_by_day(_by_petsa)),
            _f("ulat", HEADER, 0.55, (_OLD, "Ulat ni {author}")),
            _f("panoorin", MIDDLE, 0.3, (_OLD, "PANOORIN: Ang buong ulat sa {programa}")),
            _f("basahin", MIDDLE, 0.35, (_OLD, "BASAHIN: {other_title}"), count=2),
            _f("ad", MIDDLE, 0.2, (_OLD, "ADVERTISEMENT")),
            _f("mula", FOOTER, 0.15, (_OLD, "— may ulat mula sa {mula}")),
            _f("abangan", FOOTER, 0.25, *by_table(
                BY_ABANGAN, lambda v: f"Abangan ang Balitang Bayan, {v}.")),
            _f("paalala", FOOTER, 0.3, *_by_paalala()),
            _f("cc", FOOTER, 0.1, (_OLD, "May closed captioning ang aming mga newscast."),
               (BY_CC.isoformat(), "Ang mga newscast ng Bayan TV ay may closed captioning "
                                   "alinsunod sa Republic Act 10905.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Bayan Broadcasting Network, Inc. "
                                                 "All rights reserved.")),
            _f("pagwawasto", HEADER, 0.04, (_OLD, "PAGWAWASTO: Itinama ang pangalan ng barangay "
                                                  "sa naunang bersyon ng ulat na ito.")),
        ),
    )


# --- a British local commercial radio station -----------------------------------------------

FR_REBRAND = dt.date(2019, 9, 2)
FR_LISTEN = (("2012-01-01", "Listen to Fenland Radio on 102.4 FM, DAB and online."),
             ("2017-04-10", "Listen to Fenland Radio on 102.4 FM, DAB, online and on your "
                            "smart speaker."),
             ("2019-09-02", "Fenland Radio: 102.4 FM, DAB, the app and your smart speaker. "
                            "Just say 'play Fenland Radio'."))
UK_VOTES = (("2015-05-07", "General Election 2015"), ("2016-06-23", "EU Referendum"),
            ("2017-06-08", "General Election 2017"), ("2019-12-12", "General Election 2019"))


def _fr_dated(day: dt.date) -> str:
    if day < FR_REBRAND:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · {{time}} "
            f"{uk_zone(day)}")


@cache
def _fr_notice() -> Wordings:
    base = _steps((_OLD, "Hear the latest local news on the hour, every hour"))
    votes = [vote(day, f"{name}: results from every Fenland count, live through the night", 2, 1)
             for day, name in UK_VOTES]
    toys = _yearly("12-05", 20, 15, lambda y: f"🎁 Toy Box Appeal {y}: drop a new toy at any "
                                              f"Fenland library by 20 December")
    covid = [_span("2020-03-23", "2020-06-30", "Stay at home: we're still on air, with the news "
                                               "you need every hour")]
    return _calendar(base, votes, covid, toys)


def fenland_style() -> PublisherStyle:
    """A British local commercial radio station: the short date turned the weekday, the long
    date, the time and British summer or winter time on the day of the 2019 rebrand (a
    wording per day), "By" the reporter, "Hear more on" a show from a pool and "Read more:"
    mid-body, the listening line (a smart speaker added in 2017, reworded at the rebrand), a
    notice turned by the general elections and the EU referendum, each Christmas toy appeal
    and the lockdown, the news-tip line, the copyright line and the licence line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="fenlandradio.co.uk", site="Fenland Radio", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "sport", "travel", "community"),
        n_authors=4, url_path="/news/{section}/{n}/",
        pools={"show": ("Fenland Breakfast", "Drivetime with Kerry", "the Sunday Surgery",
                        "Fenland Sport Saturday")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_fr_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}, Fenland Radio News")),
            _f("hear", MIDDLE, 0.3, (_OLD, "🎧 Hear more on {show}")),
            _f("read-more", MIDDLE, 0.3, (_OLD, "Read more: {other_title}")),
            _f("listen", FOOTER, 0.4, *by_table(FR_LISTEN, lambda v: v)),
            _f("notice", FOOTER, 0.25, *_fr_notice()),
            _f("tips", FOOTER, 0.3, (_OLD, "Got a story? Email news@fenlandradio.co.uk or call "
                                           "the newsroom on 01354 550 102.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Fenland Broadcasting Ltd")),
            _f("licence", FOOTER, 0.15, (_OLD, "Fenland Radio is broadcast under an Ofcom "
                                               "licence. Registered in England no. 03462118.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article originally gave "
                                                  "the wrong name for the road.")),
        ),
    )


# --- an American Spanish-language TV station ------------------------------------------------

N4_REDESIGN = dt.date(2018, 3, 12)
N4_SINTONIZA = (("2014-01-06", "a las 5 de la tarde y a las 11 de la noche"),
                ("2017-01-09", "a las 5:30 de la mañana, a las 5 de la tarde y a las 11 de la "
                               "noche"),
                ("2020-04-06", "a las 5:30 de la mañana, a las 5 y 6 de la tarde y a las 11 de "
                               "la noche"))


def _n4_fecha(day: dt.date) -> str:
    zone = us_zone(day, "P")
    if day < N4_REDESIGN:
        return f"Publicado {day.month:02d}/{day.day:02d}/{day.year} {{time12}} {zone}"
    return (f"Publicado el {day.day} de {MESES[day.month - 1]} de {day.year} • {{time12}} "
            f"{zone}")


@cache
def _n4_app() -> Wordings:
    base = _steps((_OLD, "Descarga la app de Noticias 48 y recibe alertas de última hora"))
    elecciones = [vote(day, f"🗳️ Elecciones {day[:4]}: resultados en vivo en Noticias 48", 5, 1)
                  for day in US_ELECTIONS]
    covid = [_span("2020-03-15", "2020-05-31", "🦠 Coronavirus: lo que debes saber en el Valle "
                                               "Central")]
    censo = [_span("2020-03-12", "2020-10-15", "📋 Censo 2020: ¡hazte contar! Responde en línea "
                                               "o por teléfono")]
    return _calendar(base, elecciones, covid, censo)


def noticias48_style() -> PublisherStyle:
    """An American Spanish-language TV station: "Publicado" with the American numeric date,
    the time and Pacific daylight or standard time turned the long Spanish date on 12 March
    2018 (a wording per day), "Por" the reporter, a watch line and "RELACIONADO:" mid-body,
    "ANUNCIO", the newscast times (a morning newscast added in 2017, a 6 p.m. one in 2020),
    an app notice turned by election nights, the pandemic and the 2020 census, the
    Associated Press credit, the captioning contact, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="noticias48.com", site="Noticias 48", base_size=55,
        subdomains=(("www.", 100),),
        sections=("local", "inmigracion", "salud", "deportes"),
        n_authors=4, url_path="/{section}/{slug}/{n}/",
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_n4_fecha)),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("mira", MIDDLE, 0.3, (_OLD, "▶ Mira el reportaje completo en el video.")),
            _f("relacionado", MIDDLE, 0.35, (_OLD, "RELACIONADO: {other_title}")),
            _f("anuncio", MIDDLE, 0.2, (_OLD, "ANUNCIO")),
            _f("sintoniza", FOOTER, 0.25, *by_table(
                N4_SINTONIZA, lambda v: f"Sintoniza Noticias 48 de lunes a viernes {v}.")),
            _f("app", FOOTER, 0.3, *_n4_app()),
            _f("ap", FOOTER, 0.12, (_OLD, "Con información de The Associated Press.")),
            _f("subtitulos", FOOTER, 0.1, (_OLD, "Para quejas sobre subtítulos (closed "
                                                 "captioning), escriba a cc@noticias48.com.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Noticias 48. Todos los derechos "
                                                 "reservados.")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: una versión anterior de esta "
                                                  "nota tenía mal el nombre de la escuela.")),
        ),
    )


# --- a Quebec radio station -----------------------------------------------------------------

RM_REDESIGN = dt.date(2019, 8, 26)
RM_FREQUENCES = (("2010-01-01", "104,5 FM à Trois-Rivières"),
                 ("2018-05-07", "104,5 FM à Trois-Rivières et 95,1 FM à Shawinigan"))
QC_VOTES = (("2015-10-19", "Élections fédérales 2015"), ("2017-11-05", "Élections municipales "
                                                                        "2017"),
            ("2018-10-01", "Élections québécoises 2018"), ("2019-10-21", "Élections fédérales "
                                                                          "2019"))


def _rm_date(day: dt.date) -> str:
    if day < RM_REDESIGN:
        return f"Publié le {day.day} {MOIS[day.month - 1]} {day.year}"
    return f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year}"


@cache
def _rm_avis() -> Wordings:
    base = _steps((_OLD, "Écoutez Radio Mauricie en direct sur notre site et notre appli"))
    votes = [vote(day, f"{name} : soirée électorale en direct dès 20 h", 3, 0)
             for day, name in QC_VOTES]
    fete = _yearly("06-24", 3, 0, lambda y: f"⚜️ Fête nationale {y} : le spectacle de "
                                            f"Trois-Rivières en direct à nos ondes")
    covid = [_span("2020-03-13", "2020-06-22", "🦠 COVID-19 : les points de presse du "
                                               "gouvernement en direct à 13 h")]
    return _calendar(base, votes, covid, fete)


def radiomauricie_style() -> PublisherStyle:
    """A Quebec radio station: "Publié le" with the long date turned the weekday and the
    date on 26 August 2019 (a wording per day), the reporter with the station's name, a
    listen line with a show from a pool and "Publicité" mid-body, the Canadian Press credit,
    the frequencies (a second transmitter in 2018), a notice turned by the elections, the
    Fête nationale and the pandemic's press briefings, the news-tip line and the copyright
    line (a block), a rare erratum."""
    return PublisherStyle(
        domain="radiomauricie.ca", site="Radio Mauricie", base_size=40,
        subdomains=(("www.", 100),),
        sections=("nouvelles", "sports", "politique", "faits-divers"),
        n_authors=3, url_path="/nouvelles/{slug}-{n}",
        pools={"emission": ("Le Réveil mauricien", "Le Retour", "Midi Mauricie")},
        families=(
            _f("date", HEADER, 0.85, *_by_day(_rm_date)),
            _f("auteur", HEADER, 0.5, (_OLD, "{author} | Radio Mauricie")),
            _f("ecoutez", MIDDLE, 0.3, (_OLD, "🎧 Écoutez l'entrevue complète à l'émission "
                                              "{emission}")),
            _f("publicite", MIDDLE, 0.2, (_OLD, "Publicité")),
            _f("presse", FOOTER, 0.2, (_OLD, "Avec la collaboration de La Presse Canadienne")),
            _f("frequences", FOOTER, 0.3, *by_table(
                RM_FREQUENCES, lambda v: f"Radio Mauricie, {v}")),
            _f("avis", FOOTER, 0.25, *_rm_avis()),
            _f("signaler", FOOTER, 0.15, (_OLD, "Une nouvelle à nous signaler ? Écrivez à "
                                                "salledesnouvelles@radiomauricie.ca")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Radio Mauricie inc. Tous droits "
                                                 "réservés.")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de ce texte "
                                               "donnait un mauvais bilan.")),
        ),
    )


# --- an Italian-Swiss radio station ---------------------------------------------------------

RC_REDESIGN = dt.date(2018, 1, 8)
CH_VOTES = ("2015-06-14", "2015-10-18", "2016-02-28", "2016-06-05", "2016-09-25", "2016-11-27",
            "2017-02-12", "2017-05-21", "2017-09-24", "2018-03-04", "2018-06-10", "2018-09-23",
            "2018-11-25", "2019-02-10", "2019-05-19", "2019-10-20", "2020-02-09", "2020-09-27",
            "2020-11-29")
RC_RG = (("2010-01-01", "ogni ora dalle 6 alle 19"), ("2018-01-08", "ogni ora dalle 6 alle 20 "
                                                                    "e alle 22:30"))


def _rc_data(day: dt.date) -> str:
    if day < RC_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} – {{time}}"
    return f"{GIORNI[day.weekday()][:3]} {day.day:02d}.{day.month:02d}.{day.year}, {{time}}"


def _rc_vote_text(day: str) -> str:
    d = iso_day(day)
    kind = "Elezioni federali" if d.month == 10 else "Votazione federale"
    return f"🇨🇭 {kind} del {d.day} {MESI[d.month - 1]} {d.year}: risultati e commenti in diretta"


@cache
def _rc_avviso() -> Wordings:
    base = _steps((_OLD, "Radio Ceresio anche in DAB+ in tutto il Ticino"))
    voti = [vote(day, _rc_vote_text(day), 2, 0) for day in CH_VOTES]
    return _calendar(base, voti)


def ceresio_style() -> PublisherStyle:
    """An Italian-Swiss radio station: the dotted date and time turned an abbreviated
    weekday first on 8 January 2018 (a wording per day), "a cura di" the reporter, a listen
    line mid-body, a source from a pool, the hourly news bulletins (extended in 2018), a
    notice turned by each federal vote and federal election, the podcast line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="radioceresio.ch", site="Radio Ceresio", base_size=30,
        subdomains=(("www.", 100),),
        sections=("ticino", "svizzera", "mondo", "sport"),
        n_authors=3, url_path="/notizie/{section}/{slug}",
        pools={"fonte": ("Keystone-ATS", "Radio Ceresio", "ATS/red")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_rc_data)),
            _f("cura", HEADER, 0.4, (_OLD, "a cura di {author}")),
            _f("ascolta", MIDDLE, 0.3, (_OLD, "🔊 Ascolta il servizio del Radiogiornale")),
            _f("fonte", FOOTER, 0.25, (_OLD, "Fonte: {fonte}")),
            _f("rg", FOOTER, 0.25, *by_table(
                RC_RG, lambda v: f"Il Radiogiornale di Radio Ceresio {v}")),
            _f("avviso", FOOTER, 0.3, *_rc_avviso()),
            _f("podcast", FOOTER, 0.15, (_OLD, "Tutte le edizioni del Radiogiornale sono "
                                               "disponibili anche in podcast.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Radio Ceresio SA – tutti i diritti "
                                                 "riservati")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: il nome del comune è stato "
                                                 "corretto.")),
        ),
    )


def heldout133_styles() -> list[PublisherStyle]:
    """The held-back-133 styles, in the order the generator hands them to publishers."""
    return [
        kqrv_style(), rtebro_style(), infocontinu_style(), teleadriatica_style(),
        wkpr_style(), aigaio_style(), hahof_style(), bayantv_style(), fenland_style(),
        noticias48_style(), radiomauricie_style(), ceresio_style(),
    ]

