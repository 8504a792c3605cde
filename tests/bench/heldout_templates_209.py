"""The ``held-back-209`` template set of the planted-real benchmark.

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
"Clear skies!" sign-off, a "Comparte esto:" widget or an advertisement marker. The publishers
are astronomy clubs, observatories, planetariums and space-news sites in English (American and
British), Spanish (Chile and Spain), Czech, Persian, Japanese and Portuguese (Brazil and
Portugal): an American space-news site, a Czech town's public observatory, a Brazilian
astronomy news site, an Iranian astronomy news site (in Persian), a Japanese stargazing news
site, a Chilean astronomy and observatories site, a British astronomical society, an American
volunteer-run observatory's public nights, a Spanish amateur astronomy club, a Portuguese
planetarium, a Czech spaceflight blog and a Japanese amateur astronomy club. The families are
the kinds a crawl of such sites holds: dates localised day by day in English (with American
daylight time), Czech (the genitive month), Portuguese, Persian (the Solar Hijri calendar in
Persian digits), Japanese (the Heisei and Reiwa eras, with 元年) and Spanish, several changing
form on the day of a redesign; lines that turn every day (the moon's phase and illumination
in six languages, the Japanese moon age, the solar wind and Kp index, launch countdowns in
English and in Czech with its plural forms, tonight's observing hours with summer time and
closed days, a planetarium's sessions of the day) and every week or month (the sky of the
week, the next public viewing Saturday, the next club meeting on the second Thursday or the
third Saturday, the next dark-sky outing on the Saturday nearest the new moon); notices that
follow the calendars of the sky and of the year (eclipses of 2015-2020, transits of Mercury,
the 2018 Mars opposition, the great conjunction, New Horizons, Cassini, InSight, Demo-2,
Perseverance, Hayabusa2, the Perseids, Geminids and Tanabata, Nowruz with its Solar Hijri
year, World Space Week, Researchers' Nights, Chile's Heritage Day, Christmas holidays, Telegram
filtered in Iran, the 2020 closures and Zoom meetings); admission prices, membership dues by
year, by season from September and by Japanese fiscal year from April, and the copyright's
Solar Hijri year turning at each Nowruz; image credits, photo lines with the telescope and
exposure from pools, related links and advertisement markers mid-body (some up to two times);
notices reworded in 2016-2020 (newsletters, Patreon appeals, GDPR, affiliate disclosures,
weather hotlines), multi-line blocks (addresses and contacts, charity and affiliation lines,
copyright blocks), bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
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
    Period,
    Wordings,
    digits,
    iso_day,
    last_weekday,
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
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince")  # the genitive, as dates print them
DNY = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
MAHHA = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
         "دی", "بهمن", "اسفند")
RUZHA = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
PERSIAN_ZERO = "۰"

# --- helpers of this set ------------------------------------------------------------------

SYNODIC = 29.530588853  # mean synodic month, days
NEW_MOON = dt.datetime(2000, 1, 6, 18, 14)  # a mean new moon (UTC)
MOON_PHASES = ("new moon", "waxing crescent", "first quarter", "waxing gibbous", "full moon",
               "waning gibbous", "last quarter", "waning crescent")


def moon_age(day: dt.date) -> float:
    """The moon's age in days (since the last mean new moon) at 20:00 UTC on `day`."""
    evening = dt.datetime(day.year, day.month, day.day, 20)
    return ((evening - NEW_MOON).total_seconds() / 86400) % SYNODIC


def moon_phase(day: dt.date) -> int:
    """The moon's phase on `day` as one of eight (0 new, 2 first quarter, 4 full, ...)."""
    return int(moon_age(day) / SYNODIC * 8 + 0.5) % 8


def moon_lit(day: dt.date) -> int:
    """The share of the moon's disc lit on `day`, in per cent."""
    return round((1 - math.cos(2 * math.pi * moon_age(day) / SYNODIC)) / 2 * 100)


def next_new_moon(day: dt.date) -> dt.date:
    """The day of the first mean new moon on or after `day`."""
    start = dt.datetime(day.year, day.month, day.day)
    k = math.ceil((start - NEW_MOON).total_seconds() / 86400 / SYNODIC)
    return (NEW_MOON + dt.timedelta(days=k * SYNODIC)).date()


@cache
def jitter(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}:{day.toordinal()}".encode()).digest()
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
    """Whether American daylight time is in force on `day` (second Sunday of March to the
    first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def eu_summer(day: dt.date) -> bool:
    """Whether European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def jalali(day: dt.date) -> tuple[int, int, int]:
    """`day` in the Solar Hijri calendar: (year, month, day)."""
    cumulative = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy, gm, gd = day.year, day.month, day.day
    gy2 = gy + 1 if gm > 2 else gy
    days = (355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400
            + gd + cumulative[gm - 1])
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def fa(number: int | str) -> str:
    """A number in Persian digits (other characters kept)."""
    return "".join(digits(c, PERSIAN_ZERO) if c.isdigit() else c for c in str(number))


def fa_date(day: dt.date) -> str:
    """`day` as Iranian sites write it in words: ``۵ مرداد ۱۳۹۷``."""
    jy, jm, jd = jalali(day)
    return f"{fa(jd)} {MAHHA[jm - 1]} {fa(jy)}"


def japanese_era(day: dt.date) -> str:
    """The year of `day` in the Japanese era: 平成28年, 令和元年, 令和2年."""
    if day < dt.date(2019, 5, 1):
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return "令和元年" if n == 1 else f"令和{n}年"


def saturday_on_or_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=(5 - day.weekday()) % 7)


def next_on_or_after(day: dt.date, rule: Callable[[int, int], dt.date | None]) -> dt.date:
    """The first day on or after `day` that `rule(year, month)` gives (None: not that
    month)."""
    y, m = day.year, day.month
    while True:
        found = rule(y, m)
        if found is not None and found >= day:
            return found
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


# Launches a space-news site counts down to (the day of the launch, as reported).
LAUNCHES = (
    ("2015-01-10", "Falcon 9", "CRS-5"), ("2015-02-11", "Falcon 9", "DSCOVR"),
    ("2015-04-14", "Falcon 9", "CRS-6"), ("2015-06-28", "Falcon 9", "CRS-7"),
    ("2015-12-21", "Falcon 9", "ORBCOMM-2"), ("2016-04-08", "Falcon 9", "CRS-8"),
    ("2016-07-18", "Falcon 9", "CRS-9"), ("2016-09-08", "Atlas V", "OSIRIS-REx"),
    ("2016-11-19", "Atlas V", "GOES-R"), ("2017-01-14", "Falcon 9", "Iridium NEXT-1"),
    ("2017-03-30", "Falcon 9", "SES-10"), ("2017-06-03", "Falcon 9", "CRS-11"),
    ("2017-09-07", "Falcon 9", "X-37B OTV-5"), ("2017-12-15", "Falcon 9", "CRS-13"),
    ("2018-02-06", "Falcon Heavy", "Demo flight"), ("2018-04-18", "Falcon 9", "TESS"),
    ("2018-05-05", "Atlas V", "InSight"), ("2018-08-12", "Delta IV Heavy",
                                           "Parker Solar Probe"),
    ("2018-12-03", "Falcon 9", "SSO-A"), ("2019-03-02", "Falcon 9", "Crew Dragon Demo-1"),
    ("2019-04-11", "Falcon Heavy", "Arabsat-6A"), ("2019-06-25", "Falcon Heavy", "STP-2"),
    ("2019-12-20", "Atlas V", "Starliner OFT"), ("2020-01-19", "Falcon 9",
                                                 "In-Flight Abort test"),
    ("2020-05-30", "Falcon 9", "Crew Dragon Demo-2"), ("2020-07-30", "Atlas V",
                                                       "Mars 2020 Perseverance"),
    ("2020-11-15", "Falcon 9", "Crew-1"), ("2020-12-06", "Falcon 9", "CRS-21"),
    ("2021-01-24", "Falcon 9", "Transporter-1"),
)


def next_launch(day: dt.date) -> tuple[int, str, str]:
    """(days to go, vehicle, mission) of the first launch of `LAUNCHES` on or after `day`."""
    for when, vehicle, mission in LAUNCHES:
        if iso_day(when) >= day:
            return (iso_day(when) - day).days, vehicle, mission
    raise ValueError(day)


# --- an American space-news site ----------------------------------------------------------

OD_REDESIGN = dt.date(2018, 2, 6)  # relaunched on the day of Falcon Heavy's first flight
OD_NEWSLETTER = dt.date(2018, 9, 4)
OD_DISCLOSURE = dt.date(2019, 3, 1)


def _od_dated(day: dt.date) -> str:
    if day < OD_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    zone = "EDT" if us_daylight(day) else "EST"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} · "
            f"{{time12}} {zone}")


def _od_countdown(day: dt.date) -> str:
    n, vehicle, mission = next_launch(day)
    if n == 0:
        return f"🚀 Launch day: {vehicle} · {mission}. Watch it live with us"
    return f"🚀 Next launch: {vehicle} · {mission} — T-{n} day{'s' if n > 1 else ''}"


def _od_solar(day: dt.date) -> str:
    speed = 420 + 110 * jitter(day, "wind")
    density = 4.5 + 3.5 * jitter(day, "density")
    kp = max(0, round(2 + 2.5 * jitter(day, "kp")))
    return (f"Solar wind: {speed:.0f} km/s · density {density:.1f} protons/cm³ · Kp index {kp}")


@cache
def _od_newsletter() -> Wordings:
    base = _steps((_OLD, "Get every launch in your inbox: sign up for the Liftoff newsletter"),
                  (OD_NEWSLETTER.isoformat(), "📬 Liftoff: launches, landings and scrubs, "
                                              "every Sunday morning. It's free."))
    news = [
        _span("2015-07-08", "2015-07-15", "🪐 New Horizons reaches Pluto on July 14: follow "
                                          "the flyby with us"),
        _span("2017-08-14", "2017-08-21", "🌒 The Great American Eclipse is Aug. 21: our "
                                          "state-by-state viewing guide"),
        _span("2017-09-11", "2017-09-15", "Cassini's Grand Finale: live coverage as the probe "
                                          "dives into Saturn"),
        _span("2018-11-20", "2018-11-26", "🔴 InSight lands on Mars Nov. 26: watch the seven "
                                          "minutes of terror live"),
        _span("2020-05-20", "2020-05-31", "👩‍🚀 Astronauts launch from Florida again: live "
                                          "coverage of Crew Dragon Demo-2"),
        _span("2020-07-27", "2020-07-31", "Perseverance launch week: everything about NASA's "
                                          "next Mars rover"),
        _span("2020-12-14", "2020-12-21", "🪐 The great conjunction: Jupiter and Saturn "
                                          "closest since 1623 on Dec. 21"),
    ]
    return _calendar(base, news)


def orbitdispatch_style() -> PublisherStyle:
    """An American space-news site: a kicker from a pool, the short date turned the
    weekday, the long date and the time with Eastern standard or daylight time on the day
    of Falcon Heavy's first flight (a wording per day), "By" turned the writer with the
    beat, the day's solar wind and Kp index (a wording per day), a countdown to the next
    launch (a wording per day), an image credit from a pool, "Related:" and advertisement
    markers up to twice, topics from a pool, an affiliate disclosure reworded in 2019, a
    newsletter line reworded and turned by New Horizons, the 2017 eclipse, Cassini,
    InSight, Demo-2, Perseverance and the great conjunction, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="orbitdispatch.com", site="Orbit Dispatch", base_size=250,
        subdomains=(("www.", 100),),
        sections=("launch", "spaceflight", "science", "mars", "astronomy", "business"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("LAUNCH", "SPACEFLIGHT", "SCIENCE", "MARS", "SKYWATCHING",
                       "COMMERCIAL SPACE", "MOON"),
            "beat": ("Senior Space Writer", "Launch Reporter", "Science Editor",
                     "Skywatching Columnist", "Contributing Writer"),
            "credit": ("NASA/Bill Ingalls", "SpaceX", "ULA", "NASA/JPL-Caltech",
                       "ESA/ATG medialab", "NASA/Joel Kowsky", "Orbit Dispatch"),
            "topic": ("SpaceX", "NASA", "ISS", "Mars", "Moon", "Eclipses", "Commercial Crew",
                      "Night Sky"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_od_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (OD_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("solar", HEADER, 0.12, *_daily(_od_solar)),
            _f("countdown", HEADER, 0.25, *_daily(_od_countdown)),
            _f("credit", MIDDLE, 0.4, (_OLD, "(Image credit: {credit})")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("livestream", MIDDLE, 0.06, (_OLD, "Watch: our launch livestream starts 45 "
                                                  "minutes before liftoff.")),
            _f("topics", FOOTER, 0.35, (_OLD, "Topics: {topic_links}")),
            _f("disclosure", FOOTER, 0.15,
               (_OLD, "Orbit Dispatch may earn a commission when you buy telescopes or gear "
                      "through links on this page."),
               (OD_DISCLOSURE.isoformat(), "Orbit Dispatch is supported by its readers. When "
                                           "you buy through links on our site, we may earn "
                                           "an affiliate commission.")),
            _f("newsletter", FOOTER, 0.3, *_od_newsletter()),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Orbit Dispatch Media LLC. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misstated the launch window.")),
        ),
    )


# --- a Czech town's public observatory ----------------------------------------------------

HB_REDESIGN = dt.date(2018, 10, 1)
HB_FACEBOOK = dt.date(2017, 5, 1)
HB_CLOSED = ((dt.date(2020, 3, 11), dt.date(2020, 5, 24)),
             (dt.date(2020, 10, 22), dt.date(2020, 12, 2)))
HB_ADMISSION = (("2014-01-01", "dospělí 50 Kč, děti a studenti 25 Kč"),
                ("2017-01-01", "dospělí 60 Kč, děti a studenti 30 Kč"),
                ("2019-04-01", "dospělí 80 Kč, děti a studenti 40 Kč, rodinné 200 Kč"))
MESIC_FAZE = ("nov", "dorůstající srpek", "první čtvrť", "dorůstající Měsíc", "úplněk",
              "ubývající Měsíc", "poslední čtvrť", "ubývající srpek")


def _hb_dated(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}"
    return f"{DNY[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year}"


def hb_closed(day: dt.date) -> bool:
    return any(first <= day <= last for first, last in HB_CLOSED)


def hb_opening(day: dt.date) -> str:
    """The hour the public observing starts: after dark, later in summer."""
    if not eu_summer(day):
        return "19:00"
    return "22:00" if day.month in (6, 7) else "21:00"


def _hb_tonight(day: dt.date) -> str:
    when = f"{DNY[day.weekday()]} {day.day}. {day.month}."
    if hb_closed(day):
        return f"Dnes ({when}) je hvězdárna uzavřena až do odvolání."
    if day.weekday() in (0, 6):
        return f"Dnes ({when}) je hvězdárna pro veřejnost zavřená. Otevíráme v úterý."
    return (f"Dnes ({when}) pozorování oblohy od {hb_opening(day)}, pouze za jasného "
            f"počasí.")


def _hb_moon(day: dt.date) -> str:
    return f"Měsíc dnes: {MESIC_FAZE[moon_phase(day)]}, osvětleno {moon_lit(day)} %"


@cache
def _hb_program() -> Wordings:
    base = _steps((_OLD, "Aktuální program najdete v kalendáři akcí."),
                  (HB_FACEBOOK.isoformat(), "📅 Program hvězdárny na celý měsíc najdete v "
                                            "kalendáři akcí a na našem Facebooku."))
    closed = [(first, last + ONE, "Hvězdárna je uzavřena. Sledujte naše přednášky online.")
              for first, last in HB_CLOSED]
    sky = [
        _span("2015-03-14", "2015-03-20", "Částečné zatmění Slunce v pátek 20. března: "
                                          "pozorování od 9:30 na terase"),
        _span("2015-09-24", "2015-09-28", "Úplné zatmění Měsíce v noci na 28. září: "
                                          "hvězdárna otevřena od 3:00"),
        _span("2016-05-04", "2016-05-09", "Přechod Merkuru přes Slunce v pondělí 9. května"),
        _span("2018-07-21", "2018-07-27", "Úplné zatmění Měsíce a Mars v opozici: pátek "
                                          "27. července od 21:00"),
        _span("2019-01-16", "2019-01-21", "Zatmění Měsíce v pondělí 21. ledna ráno"),
        _span("2019-11-06", "2019-11-11", "Přechod Merkuru přes Slunce v pondělí 11. "
                                          "listopadu"),
        _span("2020-12-14", "2020-12-21", "Velká konjunkce Jupiteru a Saturnu 21. prosince: "
                                          "sledujte náš přenos"),
    ]
    perseidy = _yearly("08-12", 4, 1, lambda y: f"Perseidy {y}: noční pozorování meteorů "
                                                f"11.–13. srpna, vstup volný")
    noc_vedcu = [(last_weekday(y, 9, 4) - 5 * ONE, last_weekday(y, 9, 4) + ONE,
                  f"Noc vědců {y}: hvězdárna otevřena do půlnoci")
                 for y in range(2015, 2020)]
    return _calendar(base, closed, sky, perseidy, noc_vedcu)


def brezina_style() -> PublisherStyle:
    """A Czech town's public observatory: a section from a pool, the numeric date turned
    the weekday and the genitive month on 1 October 2018 (a wording per day), "Autor:"
    turned text and photo credits, tonight's observing hours with summer time and the
    closed days (a wording per day, the 2020 closures), the moon's phase and illumination
    (a wording per day), "Přečtěte si také:" and a photo credit mid-body, admission prices
    (raised in 2017 and 2019), a programme line reworded and turned by eclipses, transits
    of Mercury, the Mars opposition, the great conjunction, the Perseids, Researchers'
    Nights and the closures, the address, contact and founder lines and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="hvezdarna-brezina.cz", site="Hvězdárna Březina", base_size=210,
        subdomains=(("www.", 100),),
        sections=("aktuality", "pozorovani", "prednasky", "ukazy", "pro-skoly"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rubrika": ("Aktuality", "Pozorování", "Přednášky", "Úkazy na obloze",
                        "Pro školy"),
            "foto": ("Hvězdárna Březina", "ESO", "NASA/JPL-Caltech", "archiv hvězdárny",
                     "ESA/Hubble"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.85, *_by_day(_hb_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}"),
               (HB_REDESIGN.isoformat(), "Text: {author}, foto: {foto}")),
            _f("dnes", HEADER, 0.3, *_daily(_hb_tonight)),
            _f("mesic", HEADER, 0.2, *_daily(_hb_moon)),
            _f("take", MIDDLE, 0.3, (_OLD, "Přečtěte si také: {other_title}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("vstupne", FOOTER, 0.2, *by_table(HB_ADMISSION, lambda v: f"Vstupné: {v}.")),
            _f("program", FOOTER, 0.3, *_hb_program()),
            _f("adresa", FOOTER, 0.4, (_OLD, "Hvězdárna Březina, Na Vyhlídce 412, 539 01 "
                                             "Březina")),
            _f("kontakt", FOOTER, 0.4, (_OLD, "Tel.: 469 555 210 · E-mail: "
                                              "info@hvezdarna-brezina.cz")),
            _f("zrizovatel", FOOTER, 0.25, (_OLD, "Zřizovatelem hvězdárny je město "
                                                  "Březina.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Hvězdárna Březina")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: V původní verzi článku byl chybně "
                                              "uveden čas začátku akce.")),
        ),
    )


# --- a Brazilian astronomy news site ------------------------------------------------------

OC_REDESIGN = dt.date(2019, 7, 2)  # relaunched on the day of the total eclipse in Chile
OC_WHATSAPP = dt.date(2018, 8, 1)
LUA_FASES = ("Lua nova", "Lua crescente", "quarto crescente", "crescente gibosa", "Lua cheia",
             "minguante gibosa", "quarto minguante", "Lua minguante")


def _oc_dated(day: dt.date) -> str:
    if day < OC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"Publicado em {DIAS_PT[day.weekday()]}, {day.day} de {MESES_PT[day.month - 1]} "
            f"de {day.year}, às {{time}}")


def _oc_moon(day: dt.date) -> str:
    return f"🌙 Lua hoje: {LUA_FASES[moon_phase(day)]}, {moon_lit(day)}% iluminada"


def _oc_week(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + 6 * ONE
    return (f"🔭 Céu da semana, de {monday.day}/{monday.month} a {sunday.day}/{sunday.month}: "
            f"veja o que observar")


@cache
def _oc_aviso() -> Wordings:
    base = _steps((_OLD, "Assine a newsletter do Olhar Celeste e receba as novidades do céu."),
                  (OC_WHATSAPP.isoformat(), "📲 Receba as notícias do Olhar Celeste pelo "
                                            "WhatsApp e pelo Telegram."))
    sky = [
        _span("2018-07-20", "2018-07-27", "Eclipse lunar mais longo do século em 27 de julho: "
                                          "veja como observar"),
        _span("2019-01-16", "2019-01-21", "Superlua de sangue na madrugada de 21 de janeiro: "
                                          "saiba os horários"),
        _span("2019-06-25", "2019-07-02", "Eclipse total do Sol em 2 de julho: transmissão "
                                          "ao vivo do Chile"),
        _span("2020-12-07", "2020-12-14", "Eclipse total de 14 de dezembro: acompanhe ao "
                                          "vivo da Patagônia"),
    ]
    return _calendar(base, sky)


def olharceleste_style() -> PublisherStyle:
    """A Brazilian astronomy news site: a section from a pool, the numeric date and time
    turned "Publicado em" with the weekday and the long date on the day of the 2019 eclipse
    (a wording per day), "Por" turned the writer and the editor, the moon's phase (a wording
    per day), "Leia também:" and "Publicidade" up to twice and an image credit mid-body, the
    sky of the week (a wording per week, from each Monday), a newsletter line turned a
    WhatsApp one and turned by the eclipses of 2018-2020, the reproduction line and the
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="olharceleste.com.br", site="Olhar Celeste", base_size=185,
        subdomains=(("www.", 90), ("", 10)),
        sections=("astronomia", "astronautica", "ceu-do-mes", "eclipses", "ciencia"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{slug}.html",
        pools={
            "editoria": ("Astronomia", "Astronáutica", "Céu do mês", "Eclipses", "Ciência",
                         "Astrofotografia"),
            "credito": ("NASA/JPL-Caltech", "ESO/L. Calçada", "Observatório Nacional",
                        "NASA/ESA/Hubble", "INPE", "Olhar Celeste"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_oc_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (OC_REDESIGN.isoformat(), "Por {author} | Edição: {author2}")),
            _f("lua", HEADER, 0.2, *_daily(_oc_moon)),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("credito", MIDDLE, 0.3, (_OLD, "Imagem: {credito}")),
            _f("semana", FOOTER, 0.2, *_by_day(_oc_week)),
            _f("aviso", FOOTER, 0.3, *_oc_aviso()),
            _f("reproducao", FOOTER, 0.2, (_OLD, "É proibida a reprodução deste conteúdo sem "
                                                 "autorização prévia.")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Olhar Celeste. Todos os direitos "
                                                "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior deste texto trazia "
                                              "o horário errado do fenômeno.")),
        ),
    )


# --- an Iranian astronomy news site (in Persian) ------------------------------------------

NE_REDESIGN = dt.date(2018, 3, 21)  # Nowruz 1397
NE_INSTAGRAM = dt.date(2018, 5, 1)  # Telegram was filtered in Iran on 30 April 2018
NOWRUZ = {2015: "2015-03-21", 2016: "2016-03-20", 2017: "2017-03-21", 2018: "2018-03-21",
          2019: "2019-03-21", 2020: "2020-03-20"}
FAZ_MAH = ("ماه نو", "هلال افزاینده", "تربیع اول", "ماه افزاینده", "ماه کامل",
           "ماه کاهنده", "تربیع دوم", "هلال کاهنده")


def _ne_dated(day: dt.date) -> str:
    jy, jm, jd = jalali(day)
    if day < NE_REDESIGN:
        return f"تاریخ انتشار: {fa(jy)}/{fa(f'{jm:02d}')}/{fa(f'{jd:02d}')}"
    return f"{RUZHA[day.weekday()]} {fa_date(day)}"


def _ne_moon(day: dt.date) -> str:
    return f"ماه امشب: {FAZ_MAH[moon_phase(day)]}، {fa(moon_lit(day))} درصد روشن"


def _ne_copyright(day: dt.date) -> str:
    return (f"تمامی حقوق مادی و معنوی این سایت متعلق به نجوم امروز است. © "
            f"{fa(jalali(day)[0])}")


@cache
def _ne_kanal() -> Wordings:
    base = _steps((_OLD, "برای دریافت تازه‌ترین اخبار نجوم به کانال تلگرام نجوم امروز "
                         "بپیوندید"),
                  (NE_INSTAGRAM.isoformat(), "📷 نجوم امروز را در اینستاگرام دنبال کنید"))
    nowruz = [(iso_day(day) - ONE, iso_day(day) + 13 * ONE,
               f"نوروز {fa(jalali(iso_day(day))[0])} خجسته باد") for day in NOWRUZ.values()]
    sky = [
        _span("2016-05-05", "2016-05-09", f"گذر عطارد از مقابل خورشید، "
                                          f"{fa_date(dt.date(2016, 5, 9))}"),
        _span("2018-07-22", "2018-07-27", f"ماه‌گرفتگی کامل شامگاه "
                                          f"{fa_date(dt.date(2018, 7, 27))}"),
        _span("2019-11-06", "2019-11-11", f"گذر عطارد، {fa_date(dt.date(2019, 11, 11))}"),
        _span("2019-12-19", "2019-12-26", f"خورشیدگرفتگی حلقوی {fa_date(dt.date(2019, 12, 26))}"
                                          f"؛ قابل رؤیت در جنوب ایران"),
    ]
    space_week = _yearly("10-04", 0, 6, lambda y: "۱۲ تا ۱۸ مهر، هفته جهانی فضا")
    return _calendar(base, nowruz, sky, space_week)


def nojumemrooz_style() -> PublisherStyle:
    """An Iranian astronomy news site, in Persian: a section from a pool, the Solar Hijri
    date in Persian digits turned the weekday and the month's name at Nowruz 1397 (a wording
    per day), the writer's line turned the writer and the translator, the moon tonight (a
    wording per day), "بیشتر بخوانید:", an image credit and an advertisement marker mid-body,
    a source line from a pool, a Telegram line turned an Instagram one after the 2018
    filtering and turned by Nowruz with its year, the transits of Mercury, the 2018 lunar
    eclipse, the 2019 annular eclipse and World Space Week, the quoting line and the
    copyright line with the Solar Hijri year (turning each Nowruz; a block), a rare
    correction."""
    return PublisherStyle(
        domain="nojumemrooz.ir", site="نجوم امروز", base_size=160,
        subdomains=(("www.", 100),),
        sections=("news", "sky", "space", "cosmology", "observing"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "dasteh": ("اخبار نجوم", "آسمان شب", "فضا", "کیهان‌شناسی", "رصد", "عکس روز"),
            "etebar": ("ناسا", "ناسا/JPL-Caltech", "آژانس فضایی اروپا", "رصدخانه جنوبی اروپا",
                       "تلسکوپ فضایی هابل"),
            "manba": ("ناسا", "آژانس فضایی اروپا", "نشریه نیچر", "نشریه ساینس",
                      "اتحادیه بین‌المللی نجوم"),
        },
        families=(
            _f("dasteh", HEADER, 0.5, (_OLD, "{dasteh}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_ne_dated)),
            _f("nevisande", HEADER, 0.5, (_OLD, "نویسنده: {author}"),
               (NE_REDESIGN.isoformat(), "نویسنده: {author} | ترجمه: {author2}")),
            _f("mah", HEADER, 0.2, *_daily(_ne_moon)),
            _f("bishtar", MIDDLE, 0.35, (_OLD, "بیشتر بخوانید: {other_title}")),
            _f("tasvir", MIDDLE, 0.3, (_OLD, "اعتبار تصویر: {etebar}")),
            _f("tabligh", MIDDLE, 0.2, (_OLD, "تبلیغات")),
            _f("manba", FOOTER, 0.3, (_OLD, "منبع: {manba}")),
            _f("kanal", FOOTER, 0.3, *_ne_kanal()),
            _f("naghl", FOOTER, 0.2, (_OLD, "نقل مطالب با ذکر منبع آزاد است.")),
            _f("hoghugh", FOOTER, 0.35, *_by_day(_ne_copyright)),
            _f("eslah", HEADER, 0.04, (_OLD, "اصلاحیه: ساعت رخداد در نسخه قبلی این خبر "
                                             "اشتباه درج شده بود.")),
        ),
    )


# --- a Japanese stargazing news site ------------------------------------------------------

HT_REDESIGN = dt.date(2017, 4, 1)
HT_MAGAZINE = dt.date(2019, 5, 1)  # the first day of Reiwa
GETSUREI = ("新月", "三日月", "上弦の月", "十三夜", "満月", "寝待月", "下弦の月", "有明月")


def _ht_dated(day: dt.date) -> str:
    if day < HT_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{japanese_era(day)}{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"


def _ht_moon(day: dt.date) -> str:
    return f"今日の月齢：{moon_age(day):.1f}（{GETSUREI[moon_phase(day)]}）"


@cache
def _ht_oshirase() -> Wordings:
    base = _steps((_OLD, "最新記事の更新情報はTwitterでお届けしています"),
                  (HT_MAGAZINE.isoformat(), "📮 毎週金曜、メールマガジン「今週の星空」を配信中"
                                            "（登録無料）"))
    sky = [
        _span("2018-01-25", "2018-01-31", "1月31日は皆既月食！全国で観察のチャンス"),
        _span("2019-01-01", "2019-01-06", "1月6日は部分日食：午前中に全国で見られます"),
        _span("2019-02-18", "2019-02-22", "はやぶさ2、リュウグウへのタッチダウンに挑戦"),
        _span("2020-06-15", "2020-06-21", "6月21日夕方、全国で部分日食"),
        _span("2020-12-01", "2020-12-06", "はやぶさ2カプセル帰還：12月6日未明、オーストラリア"
                                          "に着地予定"),
    ]
    tanabata = _yearly("07-07", 5, 0, lambda y: f"七夕の夜空：{y}年7月7日は天の川を探してみよう")
    perseids = _yearly("08-12", 4, 1, lambda y: f"ペルセウス座流星群{y}：8月12日〜13日の夜が"
                                                f"見ごろ")
    geminids = _yearly("12-14", 4, 1, lambda y: f"ふたご座流星群{y}：12月14日の夜が見ごろ")
    return _calendar(base, sky, tanabata, perseids, geminids)


def hoshizora_style() -> PublisherStyle:
    """A Japanese stargazing news site: a category from a pool, the dotted date turned the
    era date (Heisei, then Reiwa with 元年) and the weekday on 1 April 2017 (a wording per
    day), "文：", the moon age with the name of the phase (a wording per day), "関連記事："
    up to twice, an image credit and "スポンサーリンク" mid-body, tags from a pool, a Twitter
    line turned a newsletter one on the first day of Reiwa and turned by eclipses,
    Hayabusa2, Tanabata, the Perseids and the Geminids, the no-reproduction line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="hoshizora-tsushin.jp", site="星空通信", base_size=135,
        subdomains=(("www.", 100),),
        sections=("news", "sky", "space", "guide", "review"),
        n_authors=5, url_path="/{section}/{yyyy}{mm}{dd}-{n}/",
        pools={
            "bunrui": ("天文ニュース", "星空情報", "宇宙開発", "観望ガイド", "機材レビュー"),
            "teikyo": ("国立天文台", "JAXA", "NASA/JPL-Caltech", "ESA/Hubble", "すばる望遠鏡"),
            "tag": ("月", "惑星", "流星群", "日食・月食", "はやぶさ2", "天体写真", "望遠鏡"),
        },
        families=(
            _f("bunrui", HEADER, 0.45, (_OLD, "{bunrui}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_ht_dated)),
            _f("kisha", HEADER, 0.5, (_OLD, "文：{author}")),
            _f("getsurei", HEADER, 0.25, *_daily(_ht_moon)),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}"), count=2),
            _f("gazou", MIDDLE, 0.3, (_OLD, "画像提供：{teikyo}")),
            _f("sponsor", MIDDLE, 0.25, (_OLD, "スポンサーリンク")),
            _f("tag", FOOTER, 0.3, (_OLD, "タグ：{tag_list}")),
            _f("oshirase", FOOTER, 0.3, *_ht_oshirase()),
            _f("mudan", FOOTER, 0.25, (_OLD, "掲載記事・画像の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} 星空通信 All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】初出時、観測日に誤りがありました。"
                                              "訂正しておわびします。")),
        ),
    )


# --- a Chilean astronomy and observatories site -------------------------------------------

CS_REDESIGN = dt.date(2019, 7, 2)  # relaunched on the day of the total eclipse
CS_BOLETIN = dt.date(2018, 3, 1)
FASES = ("Luna nueva", "Luna creciente", "cuarto creciente", "gibosa creciente", "Luna llena",
         "gibosa menguante", "cuarto menguante", "Luna menguante")


def _cs_dated(day: dt.date) -> str:
    if day < CS_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year} | {{time}}"
    return (f"{DIAS[day.weekday()].capitalize()} {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} | {{time}} hrs.")


def _cs_sky(day: dt.date) -> str:
    return f"Esta noche: {FASES[moon_phase(day)]}, iluminada al {moon_lit(day)} %"


@cache
def _cs_aviso() -> Wordings:
    base = _steps((_OLD, "Síguenos en redes sociales para no perderte ningún fenómeno "
                         "astronómico"),
                  (CS_BOLETIN.isoformat(), "🔭 Suscríbete a «El cielo de la semana», nuestro "
                                           "boletín de los lunes"))
    covid = [_span("2020-03-18", "2020-08-31", "Observatorios cerrados a las visitas por la "
                                               "pandemia: recorre nuestros tours virtuales")]
    sky = [
        _span("2019-01-16", "2019-01-21", "Eclipse total de Luna la noche del 20 de enero: "
                                          "horarios para Chile"),
        _span("2019-06-20", "2019-07-02", "Eclipse total de Sol 2 de julio: transmisión en "
                                          "vivo desde La Higuera"),
        _span("2020-12-07", "2020-12-14", "Eclipse total 14 de diciembre en La Araucanía: "
                                          "sigue la transmisión"),
    ]
    patrimonio = [(last_weekday(y, 5, 6) - 5 * ONE, last_weekday(y, 5, 6) + ONE,
                   f"Día del Patrimonio {y}: los observatorios abren sus puertas")
                  for y in range(2015, 2020)]
    return _calendar(base, covid, sky, patrimonio)


def cielosur_style() -> PublisherStyle:
    """A Chilean astronomy and observatories site: a section from a pool, the dashed date
    and time turned the weekday and the long date on the day of the 2019 eclipse (a wording
    per day), "Por", tonight's moon (a wording per day), "Te puede interesar:",
    "Publicidad" up to twice and an image credit mid-body, topics from a pool, a social
    line turned a newsletter one and turned by the eclipses, Heritage Day and the
    pandemic's closures, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="cielosur.cl", site="Cielo Sur", base_size=110,
        subdomains=(("www.", 100),),
        sections=("astronomia", "espacio", "observatorios", "eclipses", "ciencia"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "seccion": ("Astronomía", "Espacio", "Observatorios", "Eclipses", "Ciencia"),
            "credito": ("ESO/Y. Beletsky", "ALMA (ESO/NAOJ/NRAO)", "NASA/ESA",
                        "Observatorio Gemini/AURA", "Cielo Sur"),
            "tema": ("ALMA", "Paranal", "eclipse", "Luna", "exoplanetas", "astroturismo"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_cs_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("cielo", HEADER, 0.2, *_daily(_cs_sky)),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("credito", MIDDLE, 0.3, (_OLD, "Crédito: {credito}")),
            _f("temas", FOOTER, 0.3, (_OLD, "Temas: {tema_list}")),
            _f("aviso", FOOTER, 0.3, *_cs_aviso()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Cielo Sur · Prohibida su "
                                                 "reproducción total o parcial")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior se "
                                               "indicó mal la hora del eclipse.")),
        ),
    )


# --- a British astronomical society -------------------------------------------------------

SK_REDESIGN = dt.date(2019, 9, 1)
SK_GO_NO_GO = dt.date(2017, 10, 1)
SK_GDPR = dt.date(2018, 5, 25)
SK_ZOOM = dt.date(2020, 4, 1)
SK_VISITORS = dt.date(2018, 1, 1)
SK_DUES = (("2014-09-01", "2014–15: adults £20, families £28, juniors £5"),
           ("2015-09-01", "2015–16: adults £20, families £28, juniors £5"),
           ("2016-09-01", "2016–17: adults £22, families £30, juniors £6"),
           ("2017-09-01", "2017–18: adults £22, families £30, juniors £6"),
           ("2018-09-01", "2018–19: adults £25, families £35, juniors £6"),
           ("2019-09-01", "2019–20: adults £25, families £35, juniors £6"),
           ("2020-09-01", "2020–21 (online season): adults £15, families £20, juniors free"))


def _sk_posted(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year} by {{author}}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · {{author}}"


def sk_meeting_day(y: int, m: int) -> dt.date | None:
    """The society meets on the second Thursday of each month but August."""
    return None if m == 8 else nth_weekday(y, m, 3, 2)


def _sk_meeting(day: dt.date) -> str:
    meeting = next_on_or_after(day, sk_meeting_day)
    when = f"Thursday {meeting.day} {MONTHS[meeting.month - 1]}, 7.30pm"
    if meeting >= SK_ZOOM:
        return f"Next meeting: {when}, online on Zoom. Members will be emailed the link."
    fee = "£3" if meeting < SK_VISITORS else "£4"
    return f"Next meeting: {when}, Skyhaven Village Hall. Visitors welcome ({fee})."


def _sk_moon(day: dt.date) -> str:
    return f"Moon tonight: {MOON_PHASES[moon_phase(day)]}, {moon_lit(day)}% lit"


@cache
def _sk_weather() -> Wordings:
    base = _steps((_OLD, "Observing evenings go ahead only when the sky is clear. Check here "
                         "after 4pm on the day for a go or no-go."),
                  (SK_GO_NO_GO.isoformat(), "Weather permitting! We post GO or NO-GO on our "
                                            "Facebook page by 4pm on the day of each "
                                            "observing evening."))
    covid = [_span("2020-03-17", "2020-08-31", "Group observing is suspended under the "
                                               "current rules. Keep looking up from home!")]
    return _calendar(base, covid)


def skyhaven_style() -> PublisherStyle:
    """A British astronomical society: "Posted on" with the date and the writer turned the
    weekday first on 1 September 2019 (a wording per day), a category from a pool, the
    moon tonight (a wording per day), an imaging line with the target, imager, telescope
    and exposures from a pool mid-body, the next meeting on the second Thursday (none in
    August; visitors' fee raised in 2018, on Zoom from April 2020; a wording per month),
    the go/no-go weather line reworded and turned by the 2020 rules, the season's
    membership dues (changing each September), "Clear skies!", the charity and affiliation
    lines and a privacy line reworded for GDPR (a block), a rare cancellation."""
    return PublisherStyle(
        domain="skyhavenastro.org", site="Skyhaven Astronomical Society", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "meetings", "observing", "imaging", "outreach"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "category": ("Meetings", "Observing", "Imaging", "Outreach", "Society news"),
            "imaging": ("M42 by Dave Holt: 80mm refractor, 40 × 60 s",
                        "The Moon by Priya Shah: 8-inch SCT, best 20% of 2,000 frames",
                        "M31 by Gareth Jones: 72mm refractor, 3 hours in total",
                        "Jupiter by Sam Okafor: 10-inch Dobsonian, ZWO camera",
                        "The Double Cluster by Helen Brooke: 200mm lens, 25 × 90 s"),
        },
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_sk_posted)),
            _f("category", HEADER, 0.3, (_OLD, "{category}")),
            _f("moon", HEADER, 0.2, *_daily(_sk_moon)),
            _f("image", MIDDLE, 0.3, (_OLD, "Image: {imaging}")),
            _f("meeting", FOOTER, 0.35, *_by_day(_sk_meeting)),
            _f("weather", FOOTER, 0.3, *_sk_weather()),
            _f("dues", FOOTER, 0.2, *by_table(SK_DUES, lambda v: (
                f"Membership {v}. Join at any meeting or online."))),
            _f("clear-skies", FOOTER, 0.4, (_OLD, "Clear skies!")),
            _f("charity", FOOTER, 0.35, (_OLD, "Skyhaven Astronomical Society is a registered "
                                               "charity in England and Wales, no. "
                                               "1098765.")),
            _f("affiliated", FOOTER, 0.3, (_OLD, "Affiliated to the Federation of "
                                                 "Astronomical Societies and the British "
                                                 "Astronomical Association.")),
            _f("privacy", FOOTER, 0.15,
               (_OLD, "Members' details are never shared outside the Society."),
               (SK_GDPR.isoformat(), "We hold members' details in line with our privacy "
                                     "notice (GDPR), available from the Secretary.")),
            _f("cancelled", HEADER, 0.04, (_OLD, "UPDATE: tonight's session is cancelled, "
                                                 "thick cloud all evening.")),
        ),
    )


# --- an American volunteer-run observatory's public nights --------------------------------

CR_REDESIGN = dt.date(2018, 3, 1)
CR_HOTLINE = dt.date(2017, 5, 1)
CR_SUSPENDED = dt.date(2020, 3, 14)
CR_ECLIPSE = dt.date(2017, 8, 21)
CR_ADMISSION = (("2014-03-01", "$5 per vehicle"), ("2017-03-01", "$8 per vehicle; members "
                                                                 "free"),
                ("2019-03-01", "$10 per vehicle; members free"))
CR_MEMBERSHIP = (("2014-01-01", "$40 individual, $60 family"),
                 ("2018-01-01", "$45 individual, $70 family"),
                 ("2020-01-01", "$50 individual, $75 family"))


def cr_gates(day: dt.date) -> str:
    """When the gates open on a public night: later as the nights get shorter."""
    if day.month in (6, 7, 8):
        return "8:30 p.m."
    return "8:00 p.m." if day.month in (4, 5, 9) else "7:00 p.m."


def _cr_public(day: dt.date) -> str:
    if day >= CR_SUSPENDED:
        return "Public viewing nights are suspended until further notice."
    if CR_ECLIPSE - 7 * ONE <= day <= CR_ECLIPSE:
        return "☀️ Eclipse Monday, August 21: solar viewing on the lawn, 9:30 a.m. to 1 p.m."
    saturday = saturday_on_or_after(day)
    if saturday.month in (12, 1, 2):
        reopens = nth_weekday(saturday.year + (saturday.month == 12), 3, 5, 1)
        return (f"Public viewing resumes Saturday, {MONTHS[reopens.month - 1]} {reopens.day}. "
                f"See you in the spring!")
    return (f"🔭 Public viewing: Saturday, {MONTHS[saturday.month - 1]} {saturday.day} · gates "
            f"open {cr_gates(saturday)} · weather permitting")


def cobaltridge_style() -> PublisherStyle:
    """An American volunteer-run observatory's public nights: the numeric date turned the
    short date with "Observatory News" on 1 March 2018 (a wording per day), the next public
    viewing Saturday with the gate time by season (a wording per week; closed December to
    February, the 2017 eclipse, suspended in March 2020), a photo credit from a pool and
    a red-light rule mid-body, the weather hotline reworded, admission (raised in 2017 and
    2019) and membership (raised in 2018 and 2020), the nonprofit line, the donate links and
    the copyright line (a block), a rare cancellation."""
    return PublisherStyle(
        domain="cobaltridgeobs.org", site="Cobalt Ridge Observatory", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "public-nights", "events", "education"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"photo": ("Cobalt Ridge Observatory", "volunteer imager Mark Ellis",
                         "NASA/JPL-Caltech", "NOIRLab/AURA", "Cobalt Ridge volunteers")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(
                lambda day: f"{day.month:02d}/{day.day:02d}/{day.year}" if day < CR_REDESIGN
                else f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} · Observatory News")),
            _f("public-night", HEADER, 0.35, *_by_day(_cr_public)),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("red-light", MIDDLE, 0.15, (_OLD, "Please use red flashlights only past the "
                                                 "gate, and dim your headlights as you "
                                                 "arrive.")),
            _f("hotline", FOOTER, 0.3,
               (_OLD, "Cloudy? Call our weather hotline, (555) 014-2207, after 4 p.m. on "
                      "viewing days."),
               (CR_HOTLINE.isoformat(), "Clouds cancel viewing. Check our Clear Sky Chart or "
                                        "call (555) 014-2207 after 4 p.m.")),
            _f("admission", FOOTER, 0.25, *by_table(CR_ADMISSION,
                                                    lambda v: f"Admission: {v}.")),
            _f("membership", FOOTER, 0.2, *by_table(CR_MEMBERSHIP, lambda v: (
                f"Become a member: {v} a year, with free entry to every public night."))),
            _f("nonprofit", FOOTER, 0.35, (_OLD, "Cobalt Ridge Observatory is a 501(c)(3) "
                                                 "nonprofit run entirely by volunteers.")),
            _f("donate", FOOTER, 0.3, (_OLD, "Donate · Volunteer · Contact us")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Cobalt Ridge Observatory "
                                                "Association")),
            _f("canceled", HEADER, 0.04, (_OLD, "Update: tonight's viewing is canceled "
                                                "because of high winds.")),
        ),
    )


# --- a Spanish amateur astronomy club -----------------------------------------------------

AC_REDESIGN = dt.date(2018, 6, 1)
AC_WHATSAPP = dt.date(2017, 2, 1)
AC_DUES = {2014: ("30", "15"), 2015: ("30", "15"), 2016: ("30", "15"), 2017: ("35", "18"),
           2018: ("35", "18"), 2019: ("40", "20"), 2020: ("40", "20"), 2021: ("40", "20")}
AC_ALARM = (dt.date(2020, 3, 14), dt.date(2020, 6, 20))


def _ac_posted(day: dt.date) -> str:
    if day < AC_REDESIGN:
        return f"Publicado el {day.day} {MESES[day.month - 1]}, {day.year} por {{author}}"
    return (f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year} | "
            f"{{author}}")


def ac_outing(day: dt.date) -> tuple[dt.date, dt.date]:
    """(the Saturday nearest the next new moon, that new moon): the club's next dark-sky
    outing on or after `day`."""
    moon = next_new_moon(day)
    while True:
        back = moon - dt.timedelta(days=(moon.weekday() - 5) % 7)
        saturday = back if (moon - back).days <= 3 else back + 7 * ONE
        if saturday >= day:
            return saturday, moon
        moon = next_new_moon(moon + 2 * ONE)


def _ac_cuota(day: dt.date) -> str:
    adult, young = AC_DUES[day.year]
    return f"Cuota de socio {day.year}: {adult} € (jóvenes y estudiantes, {young} €)."


def _ac_salida(day: dt.date) -> str:
    if AC_ALARM[0] <= day <= AC_ALARM[1]:
        return "Salidas de observación suspendidas por el estado de alarma."
    if dt.date(day.year, 8, 8) <= day <= dt.date(day.year, 8, 12):
        return (f"Noche de Perseidas {day.year}: observación abierta al público el 12 de "
                f"agosto en el Collado de la Fuente.")
    saturday, moon = ac_outing(day)
    return (f"Próxima salida de observación: sábado {saturday.day} de "
            f"{MESES[saturday.month - 1]} en el Collado de la Fuente (Luna nueva el día "
            f"{moon.day}).")


def astrocazorla_style() -> PublisherStyle:
    """A Spanish amateur astronomy club's WordPress site: "Publicado el" with the date and
    the writer turned the weekday and the long date on 1 June 2018 (a wording per day), the
    next dark-sky outing on the Saturday nearest the new moon (a wording per month; the
    Perseids night, the 2020 state of alarm), a weather line reworded from email to
    WhatsApp, the year's membership fee (raised in 2017 and 2019), a join-us line, a
    member's photo with the telescope and exposures from a pool mid-body, categories and
    tags from pools, "Comparte esto:" and the copyright line, a rare correction."""
    return PublisherStyle(
        domain="astrocazorla.org", site="Agrupación Astronómica de Cazorla", base_size=55,
        subdomains=(("www.", 100),),
        sections=("actividades", "observacion", "astrofotografia", "noticias"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "categoria": ("Actividades", "Observación", "Astrofotografía", "Noticias",
                          "Divulgación"),
            "etiqueta": ("cielo oscuro", "Luna", "planetas", "Perseidas", "telescopios",
                         "Sierra de Cazorla"),
            "foto": ("Nebulosa de Orión (M42), por Juan Ruiz. Refractor de 80 mm, 30 × 60 s",
                     "Galaxia de Andrómeda, por Lucía Moreno. Teleobjetivo de 200 mm, 2 h",
                     "Vía Láctea sobre el Collado, por Pedro Gámez. 14 mm, 20 s",
                     "Saturno, por Ana Torres. Schmidt-Cassegrain de 235 mm"),
        },
        families=(
            _f("publicado", HEADER, 0.8, *_by_day(_ac_posted)),
            _f("salida", HEADER, 0.3, *_by_day(_ac_salida)),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("tiempo", FOOTER, 0.3,
               (_OLD, "Si el parte anuncia nubes o viento, la salida se suspende: lo avisamos "
                      "por correo antes de las 18:00."),
               (AC_WHATSAPP.isoformat(), "Si el parte anuncia nubes o viento, la salida se "
                                         "suspende: lo avisamos en el grupo de WhatsApp "
                                         "antes de las 18:00.")),
            _f("cuota", FOOTER, 0.2, *_by_day(_ac_cuota)),
            _f("socio", FOOTER, 0.25, (_OLD, "¿Te gusta el cielo? Hazte socio y disfruta de "
                                             "los telescopios de la Agrupación.")),
            _f("categorias", FOOTER, 0.45, (_OLD, "Categorías: {categoria_links}")),
            _f("etiquetas", FOOTER, 0.3, (_OLD, "Etiquetas: {etiqueta_list}")),
            _f("comparte", FOOTER, 0.4, (_OLD, "Comparte esto:")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Agrupación Astronómica de Cazorla "
                                                "· Funciona con WordPress")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: la salida es el sábado, no el "
                                                  "viernes como decíamos.")),
        ),
    )


# --- a Portuguese planetarium -------------------------------------------------------------

PA_REDESIGN = dt.date(2018, 9, 1)
PA_CLOSED = (dt.date(2020, 3, 13), dt.date(2020, 6, 30))
PA_TICKETS = (("2014-01-01", "Adultos 5,00 € · Crianças (4-12) e seniores 3,00 €"),
              ("2018-01-01", "Adultos 6,00 € · Crianças (4-12) e seniores 3,50 €"),
              ("2020-07-01", "Adultos 6,00 € · Crianças (4-12) e seniores 3,50 € · Família "
                             "15,00 €"))


def _pa_dated(day: dt.date) -> str:
    if day < PA_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} de {MESES_PT[day.month - 1]} de {day.year}"


def _pa_sessions(day: dt.date) -> str:
    today = DIAS_PT[day.weekday()]
    if PA_CLOSED[0] <= day <= PA_CLOSED[1]:
        return "O Planetário está temporariamente encerrado."
    if day.weekday() == 0:
        return "Hoje, segunda-feira, o Planetário está encerrado."
    if day.weekday() < 5:
        return f"Sessões de hoje ({today}): 11h00 e 15h00 (escolas, com marcação)"
    if day > PA_CLOSED[1]:
        return (f"Sessões de hoje ({today}): 15h00 e 17h00, lotação reduzida e marcação "
                f"obrigatória")
    return f"Sessões de hoje ({today}): 15h00, 16h30 e 18h00"


@cache
def _pa_aviso() -> Wordings:
    base = _steps((_OLD, "Siga o Planetário do Atlântico no Facebook e no Instagram."))
    covid = [
        (PA_CLOSED[0], PA_CLOSED[1] + ONE, "Encerrado até nova indicação. Acompanhe as nossas "
                                           "sessões online."),
        _span("2020-07-01", "2020-09-30", "Reabrimos! Lotação reduzida e uso obrigatório de "
                                          "máscara."),
    ]
    noite = [(last_weekday(y, 9, 4) - 6 * ONE, last_weekday(y, 9, 4) + ONE,
              f"Noite Europeia dos Investigadores {y}: entrada livre das 18h às 24h")
             for y in range(2015, 2020)]
    natal = _yearly("12-27", 6, 3, lambda y: f"Férias de Natal {y}: sessões extra todos os dias, "
                                             f"de 26 a 30 de dezembro")
    return _calendar(base, covid, noite, natal)


def planetario_style() -> PublisherStyle:
    """A Portuguese planetarium: the dotted date turned the long date on 1 September 2018
    (a wording per day), today's sessions (a wording per day: schools on weekdays, closed on
    Mondays, the 2020 closure and reduced capacity), the show on from a pool and an image
    credit mid-body, ticket prices (raised in 2018, family ticket from July 2020), a social
    line turned by the closure, the reopening, Researchers' Nights and the Christmas
    holidays, the address and contact lines, "Partilhar:" and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="planetarioatlantico.pt", site="Planetário do Atlântico", base_size=45,
        subdomains=(("www.", 100),),
        sections=("noticias", "sessoes", "escolas", "eventos"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "sessao": ("Viagem ao Sistema Solar", "Céu dos Açores", "Dois Pedacinhos de "
                       "Terra", "O Mistério das Estrelas", "Rumo a Marte"),
            "imagem": ("Planetário do Atlântico", "ESO", "NASA", "ESA/Hubble"),
        },
        families=(
            _f("data", HEADER, 0.8, *_by_day(_pa_dated)),
            _f("sessoes", HEADER, 0.3, *_daily(_pa_sessions)),
            _f("cartaz", MIDDLE, 0.3, (_OLD, "Em cartaz: «{sessao}»")),
            _f("imagem", MIDDLE, 0.2, (_OLD, "Imagem: {imagem}")),
            _f("bilhetes", FOOTER, 0.25, *by_table(PA_TICKETS, lambda v: f"Bilhetes: {v}")),
            _f("aviso", FOOTER, 0.3, *_pa_aviso()),
            _f("morada", FOOTER, 0.35, (_OLD, "Planetário do Atlântico · Avenida do Mar, 250 · "
                                              "9500-123 Ponta Delgada")),
            _f("contactos", FOOTER, 0.35, (_OLD, "Tel.: 296 555 140 · "
                                                 "info@planetarioatlantico.pt")),
            _f("partilhar", FOOTER, 0.3, (_OLD, "Partilhar:")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Planetário do Atlântico")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: a sessão de domingo começa às "
                                                "16h30.")),
        ),
    )


# --- a Czech spaceflight blog -------------------------------------------------------------

SR_REDESIGN = dt.date(2019, 3, 2)  # relaunched on the day of Crew Dragon's first flight
SR_DARUJME = dt.date(2019, 3, 2)


def dni(n: int) -> str:
    """`n` days in Czech: 1 den, 2-4 dny, 5 or more dní."""
    return f"{n} den" if n == 1 else f"{n} dny" if n < 5 else f"{n} dní"


def _sr_dated(day: dt.date) -> str:
    if day < SR_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}, {{time}}"
    return f"Publikováno {day.day}. {MESICE[day.month - 1]} {day.year}"


def _sr_start(day: dt.date) -> str:
    n, vehicle, mission = next_launch(day)
    if n == 0:
        return f"Dnes startuje {vehicle} s misí {mission}. Sledujte živý přenos s komentářem!"
    return f"Nejbližší sledovaný start: {vehicle} ({mission}) za {dni(n)}"


def startovnirampa_style() -> PublisherStyle:
    """A Czech spaceflight blog: the numeric date and time turned "Publikováno" with the
    genitive month on the day of Crew Dragon's first flight (a wording per day), "Autor:",
    a countdown to the next launch with Czech plural forms (a wording per day), sources from
    a pool and "Mohlo by vás zajímat:" mid-body, a comment counter, a Patreon appeal
    reworded, the licence line, a rare correction."""
    return PublisherStyle(
        domain="startovnirampa.cz", site="Startovní rampa", base_size=35,
        subdomains=(("www.", 100),),
        sections=("starty", "iss", "mars", "rakety", "ceska-kosmonautika"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"zdroj": ("NASA", "SpaceX", "ESA", "Roskosmos", "ULA"),
               "stitek": ("Falcon 9", "ISS", "Crew Dragon", "Mars", "Starship", "ESA")},
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_sr_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Autor: {author}")),
            _f("start", HEADER, 0.3, *_daily(_sr_start)),
            _f("zdroj", MIDDLE, 0.3, (_OLD, "Zdroje: {zdroj_list}")),
            _f("zajimat", MIDDLE, 0.3, (_OLD, "Mohlo by vás zajímat: {other_title}")),
            _f("stitky", FOOTER, 0.3, (_OLD, "Štítky: {stitek_list}")),
            _f("komentare", FOOTER, 0.2, (_OLD, "Komentáře ({count})")),
            _f("podpora", FOOTER, 0.3,
               (_OLD, "Líbí se vám naše články? Podpořte nás na Patreonu."),
               (SR_DARUJME.isoformat(), "Články píšeme ve volném čase. Podpořte nás přes "
                                        "Patreon nebo Darujme.cz.")),
            _f("licence", FOOTER, 0.3, (_OLD, "Text je možné šířit pod licencí CC BY-NC-SA "
                                              "4.0, obrázky podle licencí jejich autorů.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: start byl původně uveden o den "
                                              "dříve.")),
        ),
    )


# --- a Japanese amateur astronomy club ----------------------------------------------------

KS_REDESIGN = dt.date(2018, 4, 1)
KS_ZOOM = dt.date(2020, 4, 1)
KS_PAUSE = dt.date(2020, 3, 1)
KS_DUES = (("2014-04-01", (2014, "3,000", "1,000")), ("2015-04-01", (2015, "3,000", "1,000")),
           ("2016-04-01", (2016, "3,000", "1,000")), ("2017-04-01", (2017, "3,600", "1,200")),
           ("2018-04-01", (2018, "3,600", "1,200")), ("2019-04-01", (2019, "3,600", "1,200")),
           ("2020-04-01", (2020, "2,000", "無料")))


def _ks_dated(day: dt.date) -> str:
    if day < KS_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"投稿日：{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"


def _ks_reikai(day: dt.date) -> str:
    meeting = next_on_or_after(day, lambda y, m: nth_weekday(y, m, 5, 3))
    where = "オンライン（Zoom）" if meeting >= KS_ZOOM else "北空市民会館 第2会議室"
    return f"次回定例会：{meeting.month}月{meeting.day}日（土）19:00〜 {where}"


def _ks_dues(start: str) -> str:
    fy, adult, student = dict(KS_DUES)[start]
    fee = student if student == "無料" else f"{student}円"
    return f"年会費（{fy}年度）：一般 {adult}円／学生 {fee}"


def kitanosora_style() -> PublisherStyle:
    """A Japanese amateur astronomy club: the date turned "投稿日：" with the weekday on 1
    April 2018 (a wording per day), "投稿者：", the next meeting on the third Saturday (on
    Zoom from April 2020; a wording per month), a weather line for observing nights, the
    fiscal year's dues (changing each April), a member's photo line from a pool mid-body,
    a join-us line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="kitanosora-tenmon.jp", site="北空天文同好会", base_size=28,
        subdomains=(("", 100),),
        sections=("news", "kansoku", "reikai", "photo"),
        n_authors=3, url_path="/{section}/{n}.html",
        pools={"satsuei": ("撮影：佐藤会員（口径80mm屈折、60秒×30枚）",
                           "撮影：田中会員（シュミットカセグレン、動画スタック）",
                           "撮影：鈴木会員（35mmレンズ、固定撮影）",
                           "撮影：高橋会員（ポータブル赤道儀、15秒×40枚）")},
        families=(
            _f("toukou", HEADER, 0.8, *_by_day(_ks_dated)),
            _f("toukousha", HEADER, 0.4, (_OLD, "投稿者：{author}")),
            _f("satsuei", MIDDLE, 0.3, (_OLD, "{satsuei}")),
            _f("reikai", FOOTER, 0.35, *_by_day(_ks_reikai)),
            _f("kanbou", FOOTER, 0.3,
               (_OLD, "観望会は晴天時のみ開催します。開催の可否は当日16時にこのページでお知らせ"
                      "します。"),
               (KS_PAUSE.isoformat(), "新型コロナウイルス感染拡大防止のため、当面の間、観望会は"
                                      "中止します。")),
            _f("nenkaihi", FOOTER, 0.2, *by_table(
                tuple((start, start) for start, _ in KS_DUES), _ks_dues)),
            _f("nyukai", FOOTER, 0.2, (_OLD, "入会希望の方は、例会に直接お越しいただくか、"
                                             "メールでご連絡ください。")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© 北空天文同好会")),
            _f("teisei", HEADER, 0.04, (_OLD, "※訂正：例会の会場を訂正しました。")),
        ),
    )


def heldout209_styles() -> list[PublisherStyle]:
    """The held-back-209 styles, in the order the generator hands them to publishers."""
    return [
        orbitdispatch_style(), brezina_style(), olharceleste_style(), nojumemrooz_style(),
        hoshizora_style(), cielosur_style(), skyhaven_style(), cobaltridge_style(),
        astrocazorla_style(), planetario_style(), startovnirampa_style(), kitanosora_style(),
    ]
