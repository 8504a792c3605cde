"""The ``held-back-184`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-176 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"Shownotes" marker or a "wherever you get your podcasts" line. The publishers are podcasts,
radio shows and their show-notes and transcript pages in English, Spanish, German, French,
Portuguese and Dutch: an American podcast network's show notes, an American public radio
station's programme and transcript pages, a Spanish radio network's on-demand pages, a
German regional public radio station, a French talk and culture radio's podcast pages, a
Brazilian podcast network, a Dutch regional broadcaster, a British pub-interview podcast, a
Mexican talk radio show, a German tech podcast's show notes, a Portuguese local radio
station and a Flemish interview podcast. The families are the kinds a crawl of such sites
holds: episode numbers that turn every week (every second week for the tech podcast) with
their running times, series and episode counts that restart each year; air dates localised
day by day in American English (with Central standard and daylight time), British English,
Spanish of Spain (with CET and CEST) and of Mexico, German, French (with "1er"), Brazilian and
European Portuguese, Dutch and Flemish, several changing form on the day of a redesign; the
running time of the day's programme or segment (a wording per day), "available until" a year
or, after the 2019 change, two years on (a wording per day); "this transcript was generated
automatically" notices that replaced rush-transcript, manuscript, volunteer and summary
lines on their days; listen-on and subscribe lines reworded as iTunes became Apple Podcasts
and Google Podcasts and Spotify were added; sponsor reads, promo codes, underwriting
credits, guest lines and chapter marks from pools, "Listen next"-like links to other
episodes (some up to twice), ad-break and advertisement markers mid-body; membership,
Patreon, Steady, Padrim-to-Apoia.se and pledge amounts that change over the years, and the
German broadcasting fee; notices that follow the calendars of radio (fund drives and Giving
Tuesday, Thanksgiving breaks and best-of weeks, election nights in the United States, Spain,
Germany, France, Brazil, Mexico and Portugal, Spain's and Portugal's lockdowns, Carnival,
the 2018 World Cup, Christmas request shows and year-end countdowns, Koningsdag and
Sinterklaas's arrival, the Fête de la musique and summer breaks, São João, Día de Muertos and
the 2017 Mexico City earthquake, the Hamburg port anniversary, the Chaos Communication
Congress, the Edinburgh Fringe, the pandemic); credits and contact blocks (produced by,
edited by, music by, licences, imprints, copyright lines), bare markers, and families in
only 4% of articles (corrections) beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
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
    carnival_tuesday,
    iso_day,
    last_weekday,
    nth_weekday,
    thanksgiving,
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
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times, and every day function below is a module-level function (a cache key).
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
MND = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
DAGEN = ("ma", "di", "wo", "do", "vr", "za", "zo")

# --- helpers of this set ------------------------------------------------------------------


def pick(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`
    (an episode's running time)."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def episode(day: dt.date, launch: dt.date, every: int) -> tuple[int, dt.date]:
    """The number and release day of the latest episode out on `day` of a show whose first
    episode came out on `launch` and a new one every `every` days."""
    k = (day - launch).days // every
    return k + 1, launch + dt.timedelta(days=k * every)


def clock(seconds: int, hours: bool = False) -> str:
    """A running time as m:ss, or h:mm:ss when `hours`."""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if hours else f"{h * 60 + m}:{s:02d}"


def us_summer(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day`."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def eu_summer(day: dt.date) -> bool:
    """Whether European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that names the value of `table` in force: the value on the
    set's first day from the oldest day, then one from each later change."""
    first = FIRST_DAY.isoformat()
    return ((_OLD, text(in_force(FIRST_DAY, table))),
            *((start, text(value)) for start, value in table if start > first))


def dmy(day: dt.date, sep: str) -> str:
    """The numeric day-month-year date with two-digit day and month: 05.03.2016."""
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


# --- an American podcast network's show notes ---------------------------------------------

LT_LAUNCH = dt.date(2012, 9, 3)  # a Monday: the first episode of the network's flagship show
LT_REDESIGN = dt.date(2018, 9, 10)
LT_APPLE = dt.date(2017, 6, 5)
LT_GOOGLE = dt.date(2018, 6, 18)
LT_SPOTIFY = dt.date(2019, 2, 6)
LT_AUTO = dt.date(2019, 4, 1)
LT_PLUS = (("2000-01-01", ""), ("2017-03-01", "$4.99"), ("2019-07-01", "$5.99"))
US_ELECTIONS = ("2016-11-08", "2018-11-06", "2020-11-03")


def _lt_episode(day: dt.date) -> str:
    number, aired = episode(day, LT_LAUNCH, 7)
    length = clock(pick(aired, "lt", 34 * 60, 62 * 60))
    if day < LT_REDESIGN:
        return f"Episode {number} | {aired.month}/{aired.day}/{aired.year} | {length}"
    return (f"EPISODE {number} · {MONTHS[aired.month - 1]} {aired.day}, {aired.year} · "
            f"{length}")


def _lt_plus(value: str) -> str:
    if not value:
        return "Like the show? Rate and review us on iTunes: it helps new listeners find us."
    return (f"Join Long Table Plus for {value} a month: every show ad-free, plus bonus "
            f"episodes.")


@cache
def _lt_notice() -> Wordings:
    base = _steps((_OLD, "New episodes every Monday. Subscribe so you never miss one."),
                  (LT_REDESIGN.isoformat(), "New episodes every Monday, and bonus episodes "
                                            "for members every Thursday."))
    pandemic = [_span("2020-03-16", "2020-06-30", "We're recording from closets and kitchens "
                                                  "for now: thanks for bearing with the "
                                                  "sound.")]
    elections = [_vote(day, "Election night: join us live on YouTube from 8 p.m. Eastern",
                       before=1, after=0) for day in US_ELECTIONS]
    breaks = [(thanksgiving(y) - 3 * ONE, thanksgiving(y) + 5 * ONE,
               "No new episode this week: happy Thanksgiving from all of us. We're back "
               "Monday.") for y in YEARS]
    best = [(dt.date(y, 12, 18), dt.date(y + 1, 1, 4), f"Best of {y}: our favourite "
                                                        f"episodes of the year, replayed "
                                                        f"over the holidays") for y in YEARS]
    return _calendar(base, pandemic, elections, breaks, best)


def longtable_style() -> PublisherStyle:
    """An American podcast network's show notes: the show from a pool, the episode number
    and its running time turning every Monday (a wording per week, the numeric date turned
    the long date in capitals on the redesign), "Hosted by" later with the producer, a
    subscribe line reworded as iTunes became Apple Podcasts and Google Podcasts and Spotify
    were added, a transcript notice turned "generated automatically", sponsor reads and
    promo codes from pools, "Listen next:" (up to twice) and ad-break markers mid-body, a
    release notice turned by the pandemic, election nights, Thanksgiving breaks and the
    year's best-of, a review appeal turned the membership and its price (raised in 2019),
    the credits, contact and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="longtableaudio.com", site="Long Table Audio", base_size=240,
        subdomains=(("www.", 85), ("shows.", 15)),
        sections=("the-long-table", "margins", "kitchen-science", "night-shift",
                  "small-claims"),
        n_authors=12, url_path="/{section}/episodes/{slug}",
        pools={
            "show": ("The Long Table", "Margins", "Kitchen Science", "Night Shift Stories",
                     "Small Claims", "Off the Record Player"),
            "sponsor": ("Brightnest Mattress", "Quillmark", "Hearthbox Meal Kits", "Ledgerly",
                        "Wanderpost", "Fernway Glasses"),
            "promo": ("20%", "15%", "$30", "a free month", "$50"),
        },
        families=(
            _f("show", HEADER, 0.55, (_OLD, "{show}")),
            _f("episode", HEADER, 0.85, *_by_day(_lt_episode)),
            _f("hosts", HEADER, 0.5, (_OLD, "Hosted by {author}"),
               (LT_REDESIGN.isoformat(), "Hosted by {author} · Produced by {author2}")),
            _f("listen", HEADER, 0.6, (_OLD, "Subscribe: iTunes | Stitcher | RSS"),
               (LT_APPLE.isoformat(), "Subscribe: Apple Podcasts | Stitcher | RSS"),
               (LT_GOOGLE.isoformat(), "Subscribe: Apple Podcasts | Google Podcasts | "
                                       "Stitcher | RSS"),
               (LT_SPOTIFY.isoformat(), "Listen on Apple Podcasts, Spotify, Google Podcasts "
                                        "or wherever you get your podcasts")),
            _f("transcript", HEADER, 0.35,
               (_OLD, "This transcript was prepared by a transcription service and may not "
                      "be in its final form."),
               (LT_AUTO.isoformat(), "This transcript was generated automatically and "
                                     "lightly edited. It may contain errors; please check "
                                     "the audio before quoting.")),
            _f("sponsor", MIDDLE, 0.35, (_OLD, "This episode is brought to you by "
                                               "{sponsor}.")),
            _f("promo", MIDDLE, 0.2, (_OLD, "Use code TABLE at checkout for {promo} off your "
                                            "first order.")),
            _f("listen-next", MIDDLE, 0.35, (_OLD, "Listen next: {other_title}"), count=2),
            _f("ad-break", MIDDLE, 0.25, (_OLD, "[AD BREAK]"), count=2),
            _f("notice", FOOTER, 0.3, *_lt_notice()),
            _f("membership", FOOTER, 0.3, *by_table(LT_PLUS, _lt_plus)),
            _f("credits", FOOTER, 0.45, (_OLD, "{show} is produced by {author2}, with theme "
                                               "music by Pale Harbor.")),
            _f("contact", FOOTER, 0.35, (_OLD, "Questions or feedback? Email "
                                               "hello@longtableaudio.com or leave a voicemail "
                                               "at (555) 201-8890.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Long Table Audio, LLC. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "episode misstated a guest's job title. The "
                                                  "audio has been updated.")),
        ),
    )


# --- an American public radio station's programme and transcript pages -------------------

KP_REDESIGN = dt.date(2017, 10, 2)
KP_SCHEDULE = dt.date(2019, 1, 7)
KP_AUTO = dt.date(2020, 1, 6)
KP_GIFT = (("2014-07-01", "$5"), ("2017-07-01", "$6"), ("2019-07-01", "$8"))  # fiscal years


def _kp_dated(day: dt.date) -> str:
    if day < KP_REDESIGN:
        return f"Originally aired {MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "CDT" if us_summer(day) else "CST"
    return (f"Published {MONTHS[day.month - 1]} {day.day}, {day.year} at {{time12}} "
            f"{zone}")


def drive_days(y: int) -> list[tuple[dt.date, dt.date, str]]:
    """The station's spring and fall fund drives: ten days from the first Tuesday of March
    and of October (first day, day after the last, season)."""
    spring, fall = nth_weekday(y, 3, 1, 1), nth_weekday(y, 10, 1, 1)
    return [(spring, spring + 10 * ONE, "Spring"), (fall, fall + 10 * ONE, "Fall")]


def giving_tuesday(y: int) -> dt.date:
    return thanksgiving(y) + 5 * ONE


def _kp_base(day: dt.date) -> str:
    return (f"Kestrel Public Radio is listener-supported. Become a sustaining member for "
            f"{in_force(day, KP_GIFT)} a month.")


@cache
def _kp_support() -> Wordings:
    covid = [_span("2020-03-16", "2020-05-31", "COVID-19 in the High Plains: local updates, "
                                               "closures and resources at "
                                               "kestrelradio.org/coronavirus")]
    elections = [_vote(day, "Election night on 89.7 FM: live results and analysis from 7 "
                            "p.m.", before=2, after=0) for day in US_ELECTIONS]
    giving = [(giving_tuesday(y), giving_tuesday(y) + ONE, "It's Giving Tuesday: every gift "
                                                           "made today is matched, up to "
                                                           "$25,000.") for y in YEARS]
    drives = [(first, end, f"It's our {season} Fund Drive! Give at kestrelradio.org/give or "
                           f"call 1-800-555-0189.")
              for y in YEARS for first, end, season in drive_days(y)]
    return _calendar(_kp_base, covid, elections, giving, drives)


def kestrel_style() -> PublisherStyle:
    """An American public radio station's programme and transcript pages: the programme
    from a pool, "Originally aired" turned "Published" with the time and Central standard
    or daylight time on the redesign (a wording per day), the byline turned "| Kestrel
    Public Radio", the segment's listen line, a programme-schedule line reworded for a new
    schedule and transmitter, a rush-transcript line turned "created by computer", photo
    credits, underwriting credits from a pool and "Related:" (up to twice) mid-body, the
    membership appeal with the monthly gift (raised in 2017 and 2019) turned by the spring
    and fall fund drives, Giving Tuesday, election nights and the pandemic, the copyright
    line, the public-file line, a rare correction."""
    return PublisherStyle(
        domain="kestrelradio.org", site="Kestrel Public Radio", base_size=215,
        subdomains=(("www.", 100),),
        sections=("news", "high-plains-morning", "front-porch", "arts", "agriculture"),
        n_authors=10, url_path="/post/{slug}",
        pools={
            "program": ("High Plains Morning", "The Kestrel Hour", "Front Porch",
                        "Sunday Crossroads", "Weekend Workbench", "Ag Report"),
            "underwriter": ("Sunflower Valley Credit Union", "Prairie Hearth Bakery",
                            "Redbud Family Dental", "the Salina Arts Council",
                            "Flint Hills Hardware", "Wheatland Insurance Group"),
        },
        families=(
            _f("program", HEADER, 0.55, (_OLD, "{program}")),
            _f("dated", HEADER, 0.9, *_by_day(_kp_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (KP_REDESIGN.isoformat(), "{author} | Kestrel Public Radio")),
            _f("listen", HEADER, 0.45, (_OLD, "Listen · {read_min}:00")),
            _f("airs", HEADER, 0.35,
               (_OLD, "High Plains Morning airs weekdays at 6, 7 and 8 a.m. on 89.7 FM."),
               (KP_SCHEDULE.isoformat(), "Catch local news weekdays at 6, 7 and 8 a.m. and "
                                         "5:30 p.m. on 89.7 FM and 90.5 FM Salina.")),
            _f("transcript", HEADER, 0.3,
               (_OLD, "This is a rush transcript. Copy may not be in its final form."),
               (KP_AUTO.isoformat(), "This transcript was created by computer and checked "
                                     "by a volunteer. It may contain errors.")),
            _f("photo", MIDDLE, 0.25, (_OLD, "{author2} / Kestrel Public Radio")),
            _f("underwriting", MIDDLE, 0.3, (_OLD, "Support for Kestrel Public Radio comes "
                                                   "from {underwriter}.")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}"), count=2),
            _f("support", FOOTER, 0.35, *_kp_support()),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright {year} Kestrel Public Radio. To "
                                                "see more, visit kestrelradio.org.")),
            _f("public-file", FOOTER, 0.1, (_OLD, "Our FCC public inspection file is online. "
                                                  "For help with it, email "
                                                  "publicfile@kestrelradio.org.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misspelled the name of a county "
                                                  "commissioner.")),
        ),
    )


# --- a Spanish radio network's on-demand pages ---------------------------------------------

RM_REDESIGN = dt.date(2018, 9, 3)  # the first day of the 2018-19 season
RM_WHATSAPP = dt.date(2016, 9, 12)
RM_SPOTIFY = dt.date(2018, 1, 15)
RM_AUTO = dt.date(2019, 9, 9)
RM_PODCAST = dt.date(2020, 2, 3)
ELECCIONES_ES = {"2015-12-20": "elecciones generales", "2016-06-26": "elecciones generales",
                 "2019-04-28": "elecciones generales",
                 "2019-05-26": "municipales, autonómicas y europeas",
                 "2019-11-10": "elecciones generales"}


def _rm_fecha(day: dt.date) -> str:
    if day < RM_REDESIGN:
        return f"{dmy(day, '/')} - {{time}}"
    zone = "CEST" if eu_summer(day) else "CET"
    return (f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} · {{time}} h {zone}")


def _rm_duracion(day: dt.date) -> str:
    return f"Duración: {clock(pick(day, 'rm', 48 * 60, 125 * 60), hours=True)}"


@cache
def _rm_aviso() -> Wordings:
    base = _steps((_OLD, "Radio Meseta: en el 98.4 FM, en la app y en radiomeseta.es"))
    alarma = [_span("2020-03-14", "2020-06-21", "#YoMeQuedoEnCasa: Radio Meseta sigue "
                                                "contigo, en directo también en la app")]
    noches = [_vote(day, f"Noche electoral del {iso_day(day).day} de "
                         f"{MESES[iso_day(day).month - 1]}: especial {kind} desde las 20.00 h",
                    before=2, after=0) for day, kind in ELECCIONES_ES.items()]
    campanadas = [(dt.date(y, 12, 26), dt.date(y + 1, 1, 1), f"Campanadas {y + 1}: despide "
                                                            f"el año con Radio Meseta")
                  for y in YEARS]
    verano = [_span(f"{y}-07-01", f"{y}-08-31", f"Verano {y}: consulta la programación "
                                                f"especial hasta el 31 de agosto")
              for y in YEARS]
    return _calendar(base, alarma, noches, campanadas, verano)


def meseta_style() -> PublisherStyle:
    """A Spanish radio network's on-demand pages: the programme from a pool, the numeric date
    and time turned the weekday, the long date and CET or CEST on the first day of the
    2018-19 season (a wording per day), the day's running time (a wording per day), a
    listen-on line reworded twice, a summary line turned "Transcripción generada
    automáticamente", "Te puede interesar:" (up to twice), advertising markers and a
    sponsor credit from a pool mid-body, a call-in line reworded for WhatsApp, a frequency
    line turned by the election nights, the state of alarm, the New Year's chimes and the
    summer schedule, the legal line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="radiomeseta.es", site="Radio Meseta", base_size=190,
        subdomains=(("www.", 90), ("podcast.", 10)),
        sections=("programas", "informativos", "deportes", "cultura", "podcast"),
        n_authors=9, url_path="/audio/{section}/{slug}_{n}/",
        pools={
            "programa": ("Al Alba", "La Rebotica", "Ventana Abierta", "La Tertulia de las "
                         "Ocho", "Noches de Radio Meseta", "Meseta Deportiva"),
            "patrocinador": ("Bodegas Valdeoro", "Seguros Alcázar", "Cafés La Molienda",
                             "Ópticas Miravista", "Muebles Tajo"),
        },
        families=(
            _f("programa", HEADER, 0.55, (_OLD, "{programa}")),
            _f("fecha", HEADER, 0.85, *_by_day(_rm_fecha)),
            _f("duracion", HEADER, 0.45, *_by_day(_rm_duracion)),
            _f("escucha", HEADER, 0.45,
               (_OLD, "Escúchalo en iVoox y en la app de Radio Meseta"),
               (RM_SPOTIFY.isoformat(), "Escúchalo en iVoox, Spotify, Apple Podcasts y en la "
                                        "app de Radio Meseta"),
               (RM_PODCAST.isoformat(), "Suscríbete al pódcast en Spotify, Apple Podcasts, "
                                        "Google Podcasts o iVoox")),
            _f("transcripcion", HEADER, 0.2,
               (_OLD, "Resumen elaborado por la redacción a partir de la emisión."),
               (RM_AUTO.isoformat(), "Transcripción generada automáticamente. Puede contener "
                                     "errores.")),
            _f("te-puede", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad")),
            _f("patrocinio", MIDDLE, 0.15, (_OLD, "Este espacio cuenta con el patrocinio de "
                                                  "{patrocinador}")),
            _f("participa", FOOTER, 0.3,
               (_OLD, "Participa: llámanos al 900 555 123 o escríbenos a "
                      "oyentes@radiomeseta.es"),
               (RM_WHATSAPP.isoformat(), "Participa: mándanos un audio de WhatsApp al 600 555 "
                                         "123 o escríbenos a oyentes@radiomeseta.es")),
            _f("aviso", FOOTER, 0.3, *_rm_aviso()),
            _f("legal", FOOTER, 0.3, (_OLD, "Radio Meseta S.A. · Calle de Alcalá 480, 28027 "
                                            "Madrid · Aviso legal · Política de cookies")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Radio Meseta {year}. Todos los derechos "
                                                "reservados")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: en una versión anterior "
                                                     "de este texto se atribuía la frase a "
                                                     "otro tertuliano.")),
        ),
    )


# --- a German regional public radio station ------------------------------------------------

WN_REDESIGN = dt.date(2017, 1, 9)
WN_APPS = dt.date(2018, 3, 1)
WN_TELEMEDIEN = dt.date(2019, 5, 1)  # audio kept online two years instead of one
WN_AUTO = dt.date(2019, 10, 1)
RUNDFUNKBEITRAG = (("2013-01-01", "17,98"), ("2015-04-01", "17,50"))
HAFENGEBURTSTAG = (("2015-05-08", "2015-05-10"), ("2016-05-05", "2016-05-08"),
                   ("2017-05-05", "2017-05-07"), ("2018-05-10", "2018-05-13"),
                   ("2019-05-09", "2019-05-12"))


def _wn_datum(day: dt.date) -> str:
    if day < WN_REDESIGN:
        return f"Sendung vom {dmy(day, '.')}"
    return f"{WOCHENTAGE[day.weekday()]}, {dmy(day, '.')}, {{time}} Uhr"


def _wn_dauer(day: dt.date) -> str:
    return f"Dauer: {clock(pick(day, 'wn', 150, 55 * 60))} Min."


def years_on(day: dt.date, n: int) -> dt.date:
    """The same day `n` years on (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + n)
    except ValueError:
        return day.replace(year=day.year + n, day=28)


def _wn_verfuegbar(day: dt.date) -> str:
    until = years_on(day, 1 if day < WN_TELEMEDIEN else 2)
    return f"Audio verfügbar bis {dmy(until, '.')}"


def _wn_beitrag(value: str) -> str:
    return f"Welle Nordhafen wird aus dem Rundfunkbeitrag finanziert ({value} Euro im Monat)."


@cache
def _wn_hinweis() -> Wordings:
    base = _steps((_OLD, "Welle Nordhafen hören: UKW 94,2 · DAB+ · Livestream"))
    corona = [_span("2020-03-16", "2020-06-30", "Coronavirus: aktuelle Informationen für den "
                                                "Norden jederzeit in unserer App")]
    wahlen = [_vote("2017-09-24", "Bundestagswahl 2017: der Wahlabend live ab 17.45 Uhr",
                    before=3, after=0),
              _vote("2015-02-15", "Bürgerschaftswahl 2015: Hochrechnungen und Stimmen live",
                    before=3, after=0),
              _vote("2020-02-23", "Bürgerschaftswahl 2020: Hochrechnungen und Stimmen live",
                    before=3, after=0)]
    hafen = [_span(first, last, f"Hafengeburtstag {first[:4]}: wir senden live von den "
                                f"Landungsbrücken") for first, last in HAFENGEBURTSTAG]
    wunsch = _yearly("12-20", 0, 6, lambda y: f"Weihnachtswunschkonzert {y}: Ihre Grüße unter "
                                              f"0800 555 9420")
    return _calendar(base, corona, wahlen, hafen, wunsch)


def nordhafen_style() -> PublisherStyle:
    """A German regional public radio station: the programme from a pool, "Sendung vom"
    turned the weekday, the numeric date and the time on the redesign (a wording per day),
    "Von" reworded, the segment's running time (a wording per day), a podcast line reworded,
    a manuscript line ("es gilt das gesprochene Wort") turned an automatic-transcript notice,
    a studio guest from a pool and "Mehr zum Thema:" (up to twice) mid-body, "Audio
    verfügbar bis" a year on, two years from May 2019 (a wording per day), a frequency line
    turned by the pandemic, the federal and Hamburg elections, the port anniversary and the
    Christmas request show, the broadcasting fee (cut in April 2015), the imprint and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="wellenordhafen.de", site="Welle Nordhafen", base_size=165,
        subdomains=(("www.", 100),),
        sections=("nachrichten", "kultur", "ratgeber", "sport", "podcast"),
        n_authors=8, url_path="/{section}/audio-{slug}-{n}.html",
        pools={
            "sendung": ("Nordhafen am Morgen", "Wellengang", "Feierabend", "Das Gespräch",
                        "Kulturtipp", "Plattdeutsch am Sonntag"),
            "gast": ("die Meeresbiologin Dr. Ilka Brandt", "der Hafenlotse Sönke Petersen",
                     "die Kabarettistin Maren Lüders", "der Koch Jan-Hinnerk Voss",
                     "die Historikerin Prof. Anke Thielsen"),
        },
        families=(
            _f("sendung", HEADER, 0.5, (_OLD, "{sendung}")),
            _f("datum", HEADER, 0.85, *_by_day(_wn_datum)),
            _f("autor", HEADER, 0.45, (_OLD, "Von {author}"),
               (WN_REDESIGN.isoformat(), "Ein Beitrag von {author}")),
            _f("dauer", HEADER, 0.45, *_by_day(_wn_dauer)),
            _f("podcast", HEADER, 0.35, (_OLD, "Als Podcast abonnieren: iTunes | RSS-Feed"),
               (WN_APPS.isoformat(), "Podcast abonnieren: Apple Podcasts · Spotify · Deezer · "
                                     "RSS-Feed")),
            _f("transkript", HEADER, 0.2,
               (_OLD, "Manuskript der Sendung – es gilt das gesprochene Wort."),
               (WN_AUTO.isoformat(), "Dieses Transkript wurde automatisch erstellt und nicht "
                                     "redigiert. Es kann Fehler enthalten.")),
            _f("gast", MIDDLE, 0.2, (_OLD, "Zu Gast im Studio: {gast}")),
            _f("mehr", MIDDLE, 0.35, (_OLD, "Mehr zum Thema: {other_title}"), count=2),
            _f("verfuegbar", FOOTER, 0.45, *_by_day(_wn_verfuegbar)),
            _f("hinweis", FOOTER, 0.3, *_wn_hinweis()),
            _f("beitrag", FOOTER, 0.15, *by_table(RUNDFUNKBEITRAG, _wn_beitrag)),
            _f("impressum", FOOTER, 0.3, (_OLD, "Welle Nordhafen, Anstalt des öffentlichen "
                                                "Rechts, Am Kaiserkai 12, 20457 Hamburg")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Welle Nordhafen {year}")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war "
                                                 "der Name des Gesprächspartners falsch "
                                                 "geschrieben.")),
        ),
    )


# --- a French talk and culture radio's podcast pages ----------------------------------------

OC_REDESIGN = dt.date(2018, 8, 27)  # la rentrée 2018
OC_PODCAST = dt.date(2019, 9, 2)
OC_AUTO = dt.date(2020, 1, 6)


def french_day(day: dt.date) -> str:
    """The day of the month as French prints it: 1er, 2, 3..."""
    return "1er" if day.day == 1 else str(day.day)


def _oc_date(day: dt.date) -> str:
    if day < OC_REDESIGN:
        return f"Émission du {dmy(day, '/')}"
    return (f"{JOURS[day.weekday()].capitalize()} {french_day(day)} {MOIS[day.month - 1]} "
            f"{day.year}")


def _oc_duree(day: dt.date) -> str:
    return f"{pick(day, 'oc', 24, 59)} min"


@cache
def _oc_grille() -> Wordings:
    base = _steps((_OLD, "Ondes Claires, la radio des idées, sur le 92.7 FM et en DAB+"))
    confinement = [
        _span("2020-03-17", "2020-05-10", "Confinement : nos émissions sont réalisées à "
                                          "distance, merci de votre indulgence"),
        _span("2020-10-30", "2020-12-14", "Reconfinement : toutes nos émissions restent à "
                                          "écouter en podcast"),
    ]
    elections = [_vote("2017-04-23", "Présidentielle, premier tour : soirée électorale dès "
                                     "19 h", before=2, after=0),
                 _vote("2017-05-07", "Présidentielle, second tour : soirée électorale dès "
                                     "19 h", before=2, after=0)]
    musique = _yearly("06-21", 2, 0, lambda y: f"Fête de la musique {y} : concerts en direct "
                                               f"toute la soirée")
    ete = [(dt.date(y, 7, 6), last_weekday(y, 8, 0),
            f"Cet été, l'émission fait une pause : retour le lundi "
            f"{last_weekday(y, 8, 0).day} août") for y in YEARS]
    return _calendar(base, confinement, elections, musique, ete)


def ondesclaires_style() -> PublisherStyle:
    """A French talk and culture radio's podcast pages: the programme from a pool, "Émission
    du" turned the weekday and the long date (with "1er") on la rentrée 2018 (a wording per
    day), the day's running time (a wording per day), a listen and download line turned a
    subscribe line, an extracts line turned an automatic-transcription notice, guests with
    their titles from a pool, "À écouter aussi :" (up to twice) and the music playlist from a
    pool mid-body, a frequency line turned by the lockdowns, the 2017 presidential
    election, the Fête de la musique and each summer break with its return day, the
    production, realisation (later with the sound engineer) and copyright lines (a block),
    a rare erratum."""
    return PublisherStyle(
        domain="ondesclaires.fr", site="Ondes Claires", base_size=140,
        subdomains=(("www.", 100),),
        sections=("emissions", "idees", "sciences", "histoire", "litterature"),
        n_authors=7, url_path="/emissions/{section}/{slug}",
        pools={
            "emission": ("Le Temps d'un café", "Sur le fil", "Carnets de route",
                         "La Boîte à idées", "Les Matins clairs", "Histoires de sciences"),
            "qualite": ("historienne", "sociologue", "romancier", "philosophe",
                        "directrice de recherche au CNRS", "journaliste"),
            "morceau": ("Lou Vernet – Les Quais d'automne", "Trio Ardoise – Valse pour rien",
                        "Mahé Colin – Petite Lumière", "Les Baladins – Sous la halle"),
            "technicien": ("Benoît Garnier", "Sylvie Aubry", "Yann Le Goff"),
        },
        families=(
            _f("emission", HEADER, 0.55, (_OLD, "{emission}")),
            _f("date", HEADER, 0.85, *_by_day(_oc_date)),
            _f("duree", HEADER, 0.45, *_by_day(_oc_duree)),
            _f("ecouter", HEADER, 0.4, (_OLD, "Écouter l'émission · Télécharger le MP3"),
               (OC_PODCAST.isoformat(), "S'abonner au podcast : Apple Podcasts, Deezer, "
                                        "Spotify, Podcast Addict")),
            _f("transcription", HEADER, 0.15,
               (_OLD, "Retrouvez ci-dessous les principaux extraits de l'entretien."),
               (OC_AUTO.isoformat(), "Cette transcription a été générée automatiquement ; "
                                     "elle peut comporter des erreurs.")),
            _f("invites", MIDDLE, 0.3, (_OLD, "Avec : {author2}, {qualite}")),
            _f("a-ecouter", MIDDLE, 0.35, (_OLD, "À écouter aussi : {other_title}"), count=2),
            _f("musique", MIDDLE, 0.2, (_OLD, "Programmation musicale : {morceau}")),
            _f("grille", FOOTER, 0.25, *_oc_grille()),
            _f("production", FOOTER, 0.45, (_OLD, "Production : {author}")),
            _f("realisation", FOOTER, 0.4, (_OLD, "Réalisation : {author2}"),
               (OC_REDESIGN.isoformat(), "Réalisation : {author2} · Prise de son : "
                                         "{technicien}")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Ondes Claires – {year}")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une précédente version de cette page "
                                               "indiquait un mauvais titre pour l'ouvrage de "
                                               "notre invitée.")),
        ),
    )


# --- a Brazilian podcast network -----------------------------------------------------------

CP_LAUNCH = dt.date(2013, 3, 1)  # a Friday
CP_REDESIGN = dt.date(2018, 3, 2)
CP_SPOTIFY = dt.date(2018, 7, 20)
CP_AUTO = dt.date(2020, 6, 1)
CP_APOIO = (("2014-01-01", "no Padrim a partir de R$ 5"),
            ("2018-01-01", "no Catarse a partir de R$ 8"),
            ("2020-01-01", "no Apoia.se a partir de R$ 10"))
ELEICOES_BR = {"2016-10-02": "Eleições municipais 2016", "2016-10-30": "Segundo turno 2016",
               "2018-10-07": "Eleições 2018", "2018-10-28": "Segundo turno 2018",
               "2020-11-15": "Eleições municipais 2020", "2020-11-29": "Segundo turno 2020"}


def _cp_episodio(day: dt.date) -> str:
    number, aired = episode(day, CP_LAUNCH, 7)
    minutes = pick(aired, "cp", 52, 118)
    if day < CP_REDESIGN:
        return f"#{number} – {dmy(aired, '/')}"
    return (f"Episódio {number} · {aired.day} de {MESES_PT[aired.month - 1]} de {aired.year} "
            f"· {minutes // 60}h{minutes % 60:02d}min")


def _cp_apoio(value: str) -> str:
    return f"Apoie o Café com Prosa {value} por mês e ganhe acesso a episódios exclusivos."


@cache
def _cp_calendario() -> Wordings:
    base = _steps((_OLD, "Episódios novos toda sexta-feira"),
                  (CP_REDESIGN.isoformat(), "Episódio novo toda sexta-feira, às 6h, no seu "
                                            "agregador favorito"))
    pandemia = [_span("2020-03-16", "2020-07-31", "Estamos gravando de casa: fique em casa você "
                                                  "também 🏠")]
    eleicoes = [_vote(day, f"{name}: episódio especial na segunda-feira depois da apuração",
                      before=3, after=1) for day, name in ELEICOES_BR.items()]
    copa = [_span("2018-06-14", "2018-07-15", "Copa 2018: episódios extras do Papo de Bola "
                                              "depois de cada jogo do Brasil")]
    carnaval = [(carnival_tuesday(y) - 4 * ONE, carnival_tuesday(y) + 2 * ONE,
                 f"Carnaval {y}: o episódio da semana sai na Quarta-feira de Cinzas")
                for y in YEARS]
    recesso = [(dt.date(y, 12, 20), dt.date(y + 1, 1, 8), f"Recesso de fim de ano: voltamos em "
                                                          f"janeiro de {y + 1}")
               for y in YEARS]
    return _calendar(base, pandemia, eleicoes, copa, carnaval, recesso)


def cafecomprosa_style() -> PublisherStyle:
    """A Brazilian podcast network: the podcast from a pool, the episode number turning each
    Friday with its numeric date, later the long date and the running time (a wording per
    week), a listen-on line reworded for Spotify, a volunteers' transcription line turned
    "Transcrição gerada automaticamente", the participants, a sponsor read with its coupon
    and discount from pools and "Ouça também:" (up to twice) mid-body, the support line
    moving from Padrim to Catarse to Apoia.se with its amount, a release line reworded and
    turned by Carnival, the World Cup, election rounds, the pandemic and the year-end
    break, the editing, contact and licence lines (a block), a rare erratum."""
    return PublisherStyle(
        domain="cafecomprosa.com.br", site="Café com Prosa", base_size=120,
        subdomains=(("www.", 100),),
        sections=("episodios", "historia", "ciencia", "futebol", "cultura"),
        n_authors=6, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "podcast": ("Café com Prosa", "Prosa Histórica", "Papo de Bola",
                        "Ciência na Cozinha"),
            "convidado": ("Júlia Menezes", "Prof. Otávio Rangel", "Dra. Camila Peixoto",
                          "Rafa do Sertão", "Tiago Albuquerque"),
            "patrocinador": ("Livraria Sabiá", "Torrefação Serra Azul", "Cursos Ponte",
                             "Banco Jabuticaba"),
            "desconto": ("10%", "15%", "20%", "R$ 30"),
            "capa": ("Nina Tavares", "Estúdio Ipê"),
        },
        families=(
            _f("podcast", HEADER, 0.5, (_OLD, "{podcast}")),
            _f("episodio", HEADER, 0.85, *_by_day(_cp_episodio)),
            _f("ouca", HEADER, 0.5, (_OLD, "Ouça no iTunes, no Android ou baixe o MP3"),
               (CP_SPOTIFY.isoformat(), "Ouça no Spotify, Deezer, Apple Podcasts e Google "
                                        "Podcasts")),
            _f("transcricao", HEADER, 0.2,
               (_OLD, "Transcrição feita por voluntários da comunidade do Café com Prosa."),
               (CP_AUTO.isoformat(), "Transcrição gerada automaticamente, pode conter "
                                     "erros.")),
            _f("participantes", MIDDLE, 0.3, (_OLD, "Participantes: {author}, {author2} e "
                                                    "{convidado}")),
            _f("oferecimento", MIDDLE, 0.3, (_OLD, "Este episódio é um oferecimento de "
                                                   "{patrocinador}: use o cupom PROSA e ganhe "
                                                   "{desconto} de desconto.")),
            _f("ouca-tambem", MIDDLE, 0.35, (_OLD, "Ouça também: {other_title}"), count=2),
            _f("apoie", FOOTER, 0.35, *by_table(CP_APOIO, _cp_apoio)),
            _f("calendario", FOOTER, 0.25, *_cp_calendario()),
            _f("edicao", FOOTER, 0.4, (_OLD, "Edição: {author2} · Vitrine: {capa}")),
            _f("contato", FOOTER, 0.35, (_OLD, "Mande seu e-mail para "
                                               "prosa@cafecomprosa.com.br")),
            _f("licenca", FOOTER, 0.2, (_OLD, "Este podcast é distribuído sob a licença "
                                              "Creative Commons BY-NC-SA 4.0.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: no episódio, dissemos que a ponte foi "
                                              "inaugurada em 1974; o correto é 1976.")),
        ),
    )


# --- a Dutch regional broadcaster ----------------------------------------------------------

OK_APP = dt.date(2016, 6, 1)
OK_APPS = dt.date(2018, 5, 14)
OK_REDESIGN = dt.date(2019, 1, 7)
OK_AUTO = dt.date(2020, 3, 2)
INTOCHT = ("2015-11-14", "2016-11-12", "2017-11-18", "2018-11-17", "2019-11-16", "2020-11-14")


def _ok_datum(day: dt.date) -> str:
    if day < OK_REDESIGN:
        return f"{dmy(day, '-')} {{time}}"
    return f"{DAGEN[day.weekday()]} {day.day} {MND[day.month - 1]} {day.year}, {{time}}"


def _ok_luister(day: dt.date) -> str:
    return f"Beluister het fragment ({clock(pick(day, 'ok', 95, 14 * 60))})"


@cache
def _ok_agenda() -> Wordings:
    base = _steps((_OLD, "Omroep Kustlicht: radio op 105,3 FM en via DAB+"))
    corona = [_span("2020-03-16", "2020-06-30", "Coronavirus: het laatste nieuws uit de regio "
                                                "in ons liveblog")]
    verkiezing = [_vote("2017-03-15", "Tweede Kamerverkiezingen: de uitslagenavond live vanaf "
                                      "21.00 uur", before=2, after=0)]
    koningsdag = _yearly("04-27", 3, 0, lambda y: f"Koningsdag {y}: de hele dag live vanaf de "
                                                  f"boulevard")
    intocht = [(iso_day(day, -5), iso_day(day, 1), f"Intocht van Sinterklaas op zaterdag "
                                                   f"{iso_day(day).day} november: live verslag "
                                                   f"vanaf 11.00 uur") for day in INTOCHT]
    top = _yearly("12-25", 0, 6, lambda y: f"Kustlicht Top 500 van {y}: van eerste kerstdag "
                                           f"tot oudejaarsavond")
    return _calendar(base, corona, verkiezing, koningsdag, intocht, top)


def kustlicht_style() -> PublisherStyle:
    """A Dutch regional broadcaster: the programme from a pool, the numeric date and time
    turned the abbreviated weekday and month on the redesign (a wording per day), the
    fragment's running time (a wording per day), "Door", a summary line turned an
    automatic-transcription notice, "Lees ook:" (up to twice) and advertisement markers
    mid-body, a subscribe line reworded, a tip line reworded for WhatsApp, a frequency line
    turned by the pandemic, the 2017 election, Koningsdag, Sinterklaas's arrival and the
    year-end countdown, the colophon and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="omroepkustlicht.nl", site="Omroep Kustlicht", base_size=100,
        subdomains=(("www.", 100),),
        sections=("nieuws", "radio", "sport", "cultuur"),
        n_authors=6, url_path="/{section}/{n}/{slug}",
        pools={"programma": ("Kustlicht Ochtend", "Het Zeegat", "Avond aan Zee",
                             "Strandpraat", "Kustlicht Sport")},
        families=(
            _f("programma", HEADER, 0.5, (_OLD, "{programma}")),
            _f("datum", HEADER, 0.85, *_by_day(_ok_datum)),
            _f("luister", HEADER, 0.4, *_by_day(_ok_luister)),
            _f("auteur", HEADER, 0.4, (_OLD, "Door {author}")),
            _f("transcriptie", HEADER, 0.15,
               (_OLD, "Dit is een bewerkte samenvatting van het gesprek in de uitzending."),
               (OK_AUTO.isoformat(), "Deze transcriptie is automatisch gegenereerd en kan "
                                     "fouten bevatten.")),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("advertentie", MIDDLE, 0.2, (_OLD, "Advertentie")),
            _f("abonneer", FOOTER, 0.35, (_OLD, "Abonneer je op onze podcast via iTunes"),
               (OK_APPS.isoformat(), "Abonneer je via Apple Podcasts, Spotify of je favoriete "
                                     "podcastapp")),
            _f("tip", FOOTER, 0.3, (_OLD, "Heb je een tip? Mail naar nieuws@omroepkustlicht.nl"),
               (OK_APP.isoformat(), "Tip de redactie: mail nieuws@omroepkustlicht.nl of app "
                                    "naar 06 55 51 23 45")),
            _f("agenda", FOOTER, 0.25, *_ok_agenda()),
            _f("colofon", FOOTER, 0.3, (_OLD, "Omroep Kustlicht is de regionale publieke "
                                              "omroep voor de kust van Noord-Holland.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Omroep Kustlicht")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: in een eerdere versie van dit "
                                                 "artikel stond een verkeerde achternaam.")),
        ),
    )


# --- a British pub-interview podcast -------------------------------------------------------

LI_LAUNCH = dt.date(2014, 1, 9)  # a Thursday
LI_REDESIGN = dt.date(2019, 1, 10)
LI_LOCKDOWN = dt.date(2020, 3, 23)
LI_PATREON = (("2014-01-01", "£3"), ("2018-04-06", "£4"), ("2020-04-06", "£5"))
FRINGE = (("2015-08-07", "2015-08-31"), ("2016-08-05", "2016-08-29"),
          ("2017-08-04", "2017-08-28"), ("2018-08-03", "2018-08-27"),
          ("2019-08-02", "2019-08-26"))  # none in 2020


def _li_episode(day: dt.date) -> str:
    number, aired = episode(day, LI_LAUNCH, 7)
    if day < LI_REDESIGN:
        return f"Episode {number} – {aired.day} {MONTHS[aired.month - 1]} {aired.year}"
    first = nth_weekday(aired.year, 1, 3, 1)  # each year's series starts on its first Thursday
    return (f"Series {aired.year - 2013}, episode {(aired - first).days // 7 + 1} · "
            f"{aired.day} {MONTHS[aired.month - 1][:3]} {aired.year}")


def _li_patreon(value: str) -> str:
    return (f"Support the show on Patreon from {value} a month and get every episode a day "
            f"early.")


@cache
def _li_live() -> Wordings:
    base = _steps((_OLD, "Got a question for the quiz round? Email quiz@lockinpodcast.co.uk"))
    lockdown = [_span("2020-03-23", "2020-07-03", "The pubs are shut but the podcast isn't: "
                                                  "new episodes every Thursday as usual")]
    fringe = [(iso_day(first, -21), iso_day(last, 1), f"The Lock-In Live at the Edinburgh "
                                                      f"Fringe {first[:4]}: tickets on sale "
                                                      f"now") for first, last in FRINGE]
    christmas = _yearly("12-24", 10, 1, lambda y: f"Our {y} Christmas special is out now, "
                                                  f"crackers and all")
    return _calendar(base, lockdown, fringe, christmas)


def lockin_style() -> PublisherStyle:
    """A British pub-interview podcast: the episode number and its date turning each
    Thursday, turned series and episode within the year on the redesign (a wording per
    week), the week's guest and their job from a pool, where it was recorded (turned
    "remotely" by the lockdown), an automatic-transcript notice, timestamps and a sponsor
    from a pool mid-body, the Patreon price (raised in 2018 and 2020), a quiz line turned by
    the Edinburgh Fringe runs, Christmas specials and the lockdown, the music and copyright
    lines (a block), a rare correction."""
    return PublisherStyle(
        domain="lockinpodcast.co.uk", site="The Lock-In", base_size=85,
        subdomains=(("www.", 100),),
        sections=("episodes", "specials", "live"),
        n_authors=3, url_path="/episodes/{slug}",
        pools={
            "guest_role": ("comedian", "brewer", "darts commentator", "novelist",
                           "former footballer", "folk singer", "landlady"),
            "pub": ("the Crown & Anchor, Leeds", "the Wheatsheaf, Stockport",
                    "the Old Ship, Whitby", "the Bell, Hebden Bridge"),
            "sponsor": ("Ridgeway Brewing Co.", "Pitchside Sportswear", "Kettle & Crumb"),
        },
        families=(
            _f("episode", HEADER, 0.85, *_by_day(_li_episode)),
            _f("guest", HEADER, 0.5, (_OLD, "This week's guest: {author2}, {guest_role}")),
            _f("recorded", HEADER, 0.3, (_OLD, "Recorded at {pub}"),
               (LI_LOCKDOWN.isoformat(), "Recorded remotely during lockdown, so forgive the "
                                         "odd dodgy connection")),
            _f("transcript", HEADER, 0.25, (_OLD, "This transcript was produced automatically "
                                                  "and has not been checked word for word. "
                                                  "Timings refer to the full episode.")),
            _f("timestamp", MIDDLE, 0.3, (_OLD, "[00:{time}]")),
            _f("sponsor", MIDDLE, 0.25, (_OLD, "This week's episode is sponsored by "
                                               "{sponsor}.")),
            _f("patreon", FOOTER, 0.4, *by_table(LI_PATREON, _li_patreon)),
            _f("live", FOOTER, 0.15, *_li_live()),
            _f("music", FOOTER, 0.3, (_OLD, "Theme music: 'Last Orders' by The Tapsters")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} The Lock-In Podcast Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: in this episode we said the "
                                                  "brewery opened in 1994. It was 1996.")),
        ),
    )


# --- a Mexican talk radio show -------------------------------------------------------------

SR_REDESIGN = dt.date(2017, 8, 14)
SR_PODCAST = dt.date(2018, 8, 6)
SR_HORARIO = dt.date(2019, 1, 7)
SR_AUTO = dt.date(2020, 4, 20)


def _sr_fecha(day: dt.date) -> str:
    if day < SR_REDESIGN:
        return f"Ciudad de México, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return (f"{DIAS[day.weekday()].capitalize()} {dmy(day, '/')} · {{time}} h (tiempo del "
            f"centro)")


@cache
def _sr_aviso() -> Wordings:
    base = _steps((_OLD, "Sobremesa Radio: la plática de después de comer"))
    covid = [_span("2020-03-23", "2020-06-30", "Quédate en casa: seguimos al aire desde "
                                               "nuestras casas")]
    sismo = [_span("2017-09-19", "2017-10-08", "Sismo del 19 de septiembre: consulta aquí los "
                                               "centros de acopio")]
    eleccion = [_vote("2018-07-01", "Elección 2018: cobertura especial de la jornada "
                                    "electoral", before=3, after=1)]
    muertos = _yearly("11-02", 5, 0, lambda y: f"Especial de Día de Muertos {y}: comparte tu "
                                               f"ofrenda con #SobremesaDeMuertos")
    return _calendar(base, covid, sismo, eleccion, muertos)


def sobremesa_style() -> PublisherStyle:
    """A Mexican talk radio show: "Ciudad de México" and the long date turned the weekday,
    the numeric date and central time on the redesign (a wording per day), "Conduce:", the
    broadcast hours reworded for a new time slot, a stenographic-version line turned an
    automatic-transcription notice, "Relacionado:" and a sponsor from a pool mid-body, a
    podcast line reworded, a slogan turned by the 2017 earthquake, the 2018 election, Día de
    Muertos and the pandemic, the privacy notice and the "D.R. ©" line (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="sobremesaradio.mx", site="Sobremesa Radio", base_size=70,
        subdomains=(("www.", 100),),
        sections=("programas", "entrevistas", "cultura", "politica"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={"patrocinador": ("Mezcal Tres Lunas", "Farmacias del Bajío",
                                "Tortillería La Güera", "Autobuses Altiplano")},
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_sr_fecha)),
            _f("conduce", HEADER, 0.4, (_OLD, "Conduce: {author}")),
            _f("emision", HEADER, 0.35,
               (_OLD, "En vivo de lunes a viernes a las 14:00 h por el 101.9 FM"),
               (SR_HORARIO.isoformat(), "En vivo de lunes a viernes a las 15:00 h por el "
                                        "101.9 FM y en Facebook Live")),
            _f("transcripcion", HEADER, 0.15, (_OLD, "Versión estenográfica de la emisión."),
               (SR_AUTO.isoformat(), "Esta transcripción se generó de forma automática y "
                                     "puede contener errores.")),
            _f("relacionado", MIDDLE, 0.3, (_OLD, "Relacionado: {other_title}")),
            _f("patrocinio", MIDDLE, 0.2, (_OLD, "Con el patrocinio de {patrocinador}")),
            _f("escuchanos", FOOTER, 0.4, (_OLD, "Descarga el podcast en iTunes y SoundCloud"),
               (SR_PODCAST.isoformat(), "Escúchanos en Spotify, Apple Podcasts y Google "
                                        "Podcasts")),
            _f("aviso", FOOTER, 0.25, *_sr_aviso()),
            _f("privacidad", FOOTER, 0.25, (_OLD, "Consulta nuestro Aviso de Privacidad en "
                                                  "sobremesaradio.mx/privacidad")),
            _f("copyright", FOOTER, 0.35, (_OLD, "D.R. © {year} Sobremesa Radio, S.A. de "
                                                 "C.V.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: el nombre correcto de la "
                                                     "invitada es Maricruz, no Maricela.")),
        ),
    )


# --- a German tech podcast's show notes ----------------------------------------------------

KS_LAUNCH = dt.date(2011, 4, 5)  # a Tuesday; a new episode every second Tuesday
KS_MASTODON = dt.date(2017, 4, 10)
KS_REDESIGN = dt.date(2018, 6, 5)
KS_APPS = dt.date(2019, 3, 1)
KS_AUTO = dt.date(2019, 6, 18)
KS_SUPPORT = (("2000-01-01", "per Flattr oder PayPal"),
              ("2017-05-02", "bei Steady ab 3 € im Monat"),
              ("2020-01-01", "bei Steady ab 4 € im Monat"))
CONGRESS = ((2015, "32C3", "Hamburg"), (2016, "33C3", "Hamburg"), (2017, "34C3", "Leipzig"),
            (2018, "35C3", "Leipzig"), (2019, "36C3", "Leipzig"))


def _ks_folge(day: dt.date) -> str:
    number, aired = episode(day, KS_LAUNCH, 14)
    if day < KS_REDESIGN:
        return f"KS{number:03d} – Folge vom {dmy(aired, '.')}"
    runtime = clock(pick(aired, "ks", 68 * 60, 195 * 60), hours=True)
    return (f"KS{number:03d} · {aired.day}. {MONATE[aired.month - 1]} {aired.year} · "
            f"Laufzeit {runtime}")


def _ks_support(value: str) -> str:
    return f"Unterstütze Kabelsalat {value}."


@cache
def _ks_hinweis() -> Wordings:
    base = _steps((_OLD, "Neue Folge alle zwei Wochen, immer dienstags."))
    congress = [(dt.date(y, 12, 20), dt.date(y, 12, 31), f"Wir sind auf dem {name} in {city}: "
                                                         f"kommt vorbei und sagt Hallo!")
                for y, name, city in CONGRESS]
    congress.append((dt.date(2020, 12, 20), dt.date(2020, 12, 31), "rC3: der Congress findet "
                                                                   "dieses Jahr remote statt, "
                                                                   "wir senden von zu Hause"))
    sommer = [_span(f"{y}-07-20", f"{y}-08-16", "Sommerpause: die nächste Folge erscheint Ende "
                                                "August.") for y in YEARS]
    return _calendar(base, congress, sommer)


def kabelsalat_style() -> PublisherStyle:
    """A German tech podcast's show notes: the episode number and its date turning every
    second Tuesday, with the long date and the running time from the redesign (a wording
    per fortnight), a bare "Shownotes" marker, a subscribe line with its feeds reworded,
    chapter marks from a pool and "Siehe auch:" mid-body, a transcript line turned
    "automatisch erstellt", the support line from Flattr to Steady and its amount, a release
    line turned by the Chaos Communication Congress and the summer break, the feedback
    line reworded from Twitter to Mastodon and the licence line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="kabelsalat-podcast.de", site="Kabelsalat", base_size=55,
        subdomains=(("", 100),),
        sections=("folgen", "specials"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"kapitel": ("00:00:00 Begrüßung", "00:03:41 Feedback", "00:21:15 Netzpolitik",
                           "00:48:02 Hardware-Ecke", "01:12:30 Picks der Woche",
                           "01:35:48 Verabschiedung")},
        families=(
            _f("folge", HEADER, 0.85, *_by_day(_ks_folge)),
            _f("shownotes", HEADER, 0.5, (_OLD, "Shownotes")),
            _f("abonnieren", HEADER, 0.4,
               (_OLD, "Abonnieren: iTunes · RSS (MP3) · RSS (AAC) · RSS (Opus)"),
               (KS_APPS.isoformat(), "Abonnieren: Apple Podcasts · Spotify · RSS (MP3) · RSS "
                                     "(Opus)")),
            _f("kapitel", MIDDLE, 0.25, (_OLD, "{kapitel}")),
            _f("siehe", MIDDLE, 0.3, (_OLD, "Siehe auch: {other_title}")),
            _f("transkript", FOOTER, 0.2, (_OLD, "Ein Transkript dieser Folge gibt es auf "
                                                 "Anfrage."),
               (KS_AUTO.isoformat(), "Transkript automatisch erstellt mit Spracherkennung. "
                                     "Fehler bitte an feedback@kabelsalat-podcast.de.")),
            _f("unterstuetzen", FOOTER, 0.35, *by_table(KS_SUPPORT, _ks_support)),
            _f("hinweis", FOOTER, 0.2, *_ks_hinweis()),
            _f("kontakt", FOOTER, 0.3,
               (_OLD, "Feedback gerne per Mail an feedback@kabelsalat-podcast.de oder auf "
                      "Twitter an @kabelsalatpod"),
               (KS_MASTODON.isoformat(), "Feedback gerne per Mail an "
                                         "feedback@kabelsalat-podcast.de oder auf Mastodon "
                                         "an @kabelsalat@chaos.social")),
            _f("lizenz", FOOTER, 0.3, (_OLD, "Dieser Podcast steht unter der Lizenz CC BY-SA "
                                             "4.0.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der erwähnte Router unterstützt "
                                                 "doch kein WPA3, danke an alle Hörer.")),
        ),
    )


# --- a Portuguese local radio station -------------------------------------------------------

RR_REDESIGN = dt.date(2019, 2, 4)
RR_AUTO = dt.date(2020, 9, 14)
ELEICOES_PT = {"2015-10-04": "Legislativas 2015", "2016-01-24": "Presidenciais 2016",
               "2017-10-01": "Autárquicas 2017", "2019-10-06": "Legislativas 2019"}


def _rr_data(day: dt.date) -> str:
    if day < RR_REDESIGN:
        return f"{dmy(day, '-')} | {{time}}"
    return f"{day.day} de {MESES_PT[day.month - 1]} de {day.year}, {{time}}"


@cache
def _rr_aviso() -> Wordings:
    base = _steps((_OLD, "Rádio Ribeira, 97.1 FM: a rádio do vale"))
    emergencia = [_span("2020-03-18", "2020-05-02", "Estado de emergência: a Rádio Ribeira "
                                                    "continua consigo, fique em casa")]
    eleicoes = [_vote(day, f"{name}: noite eleitoral em direto a partir das 19h", before=2,
                      after=0) for day, name in ELEICOES_PT.items()]
    sao_joao = _yearly("06-23", 3, 1, lambda y: f"São João {y}: emissão especial em direto "
                                                f"a partir das 21h")
    return _calendar(base, emergencia, eleicoes, sao_joao)


def ribeira_style() -> PublisherStyle:
    """A Portuguese local radio station: the programme from a pool, the numeric date and
    time turned the long date on the redesign (a wording per day), "Oiça aqui", "Leia
    também:" mid-body, a revised-transcript line turned "Transcrição automática", a
    frequency line turned by the elections, São João and the state of emergency, the
    editorial-statute line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="radioribeira.pt", site="Rádio Ribeira", base_size=40,
        subdomains=(("www.", 100),),
        sections=("noticias", "programas", "desporto"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"programa": ("Bom Dia Ribeira", "Conversas de Café", "Desporto Local",
                            "Tarde Ribeira")},
        families=(
            _f("programa", HEADER, 0.4, (_OLD, "{programa}")),
            _f("data", HEADER, 0.85, *_by_day(_rr_data)),
            _f("oica", HEADER, 0.4, (_OLD, "Oiça aqui o programa completo")),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}")),
            _f("transcricao", FOOTER, 0.1,
               (_OLD, "Transcrição da entrevista revista pela redação."),
               (RR_AUTO.isoformat(), "Transcrição automática: pode conter imprecisões.")),
            _f("aviso", FOOTER, 0.2, *_rr_aviso()),
            _f("estatuto", FOOTER, 0.25, (_OLD, "Estatuto editorial · Ficha técnica · "
                                                "Contactos")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Rádio Ribeira – Todos os direitos "
                                                 "reservados")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: na versão anterior, o nome da junta de "
                                              "freguesia estava incorreto.")),
        ),
    )


# --- a Flemish interview podcast -----------------------------------------------------------

KK_LAUNCH = dt.date(2014, 9, 3)  # a Wednesday
KK_REDESIGN = dt.date(2018, 9, 5)
KK_STEUN = (("2014-01-01", "3"), ("2019-01-01", "4"))


def _kk_aflevering(day: dt.date) -> str:
    number, aired = episode(day, KK_LAUNCH, 7)
    if day < KK_REDESIGN:
        return f"Aflevering {number} – {aired.day} {MAANDEN[aired.month - 1]} {aired.year}"
    return (f"#{number} · {DAGEN[aired.weekday()]} {aired.day} {MAANDEN[aired.month - 1]} "
            f"{aired.year} · {pick(aired, 'kk', 28, 75)} min")


def _kk_steun(value: str) -> str:
    return (f"Steun Klankkast vanaf {value} euro per maand en beluister elke aflevering "
            f"zonder reclame.")


def klankkast_style() -> PublisherStyle:
    """A Flemish interview podcast: the episode number and date turning each Wednesday,
    with the weekday and running time from the redesign (a wording per week), the guest,
    a listen line reworded, a sponsor from a pool mid-body, an automatic-transcript notice,
    the support amount (raised in 2019), the editing and music credits and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="klankkast.be", site="Klankkast", base_size=30,
        subdomains=(("www.", 100),),
        sections=("afleveringen", "extra"),
        n_authors=2, url_path="/afleveringen/{slug}",
        pools={"sponsor": ("Brouwerij De Schelde", "Fietsen Vandamme", "Boekhandel 't Hoekske")},
        families=(
            _f("aflevering", HEADER, 0.85, *_by_day(_kk_aflevering)),
            _f("gast", HEADER, 0.3, (_OLD, "Te gast: {author2}")),
            _f("luister", HEADER, 0.4, (_OLD, "Luister via iTunes, Stitcher of download de mp3"),
               (KK_REDESIGN.isoformat(), "Luister via Apple Podcasts, Spotify of Google "
                                         "Podcasts")),
            _f("sponsor", MIDDLE, 0.2, (_OLD, "Deze aflevering kwam tot stand met de steun van "
                                              "{sponsor}.")),
            _f("transcript", FOOTER, 0.15, (_OLD, "Dit transcript werd automatisch gegenereerd "
                                                  "en kan fouten bevatten.")),
            _f("steun", FOOTER, 0.3, *by_table(KK_STEUN, _kk_steun)),
            _f("credits", FOOTER, 0.3, (_OLD, "Montage: {author2} – Muziek: Blauwe Maan")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Klankkast vzw")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: de naam van de gast was in een "
                                                 "eerdere versie verkeerd gespeld.")),
        ),
    )


def heldout184_styles() -> list[PublisherStyle]:
    """The held-back-184 styles, in the order the generator hands them to publishers."""
    return [
        longtable_style(), kestrel_style(), meseta_style(), nordhafen_style(),
        ondesclaires_style(), cafecomprosa_style(), kustlicht_style(), lockin_style(),
        sobremesa_style(), kabelsalat_style(), ribeira_style(), klankkast_style(),
    ]
