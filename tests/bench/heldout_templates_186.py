"""The ``held-back-186`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-184 set. It was
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
an entertainment-only disclaimer or an advertisement marker. The publishers are horoscope,
astrology, tarot and wellness-spirituality sites in English, French, Italian, Turkish, Hindi
and Portuguese: an American horoscope portal, a French astrology magazine site, an Italian
horoscope site, a Turkish horoscope and fortune portal, a Hindi astrology and panchang site, a
Brazilian horoscope portal, a British tarot reader's blog, an American wellness and
moon-ritual collective, an Italian telephone card-reading service, a Portuguese horoscope
site, a Turkish coffee-fortune app's blog and a Hindi yoga and spirituality trust. The
families are the kinds a crawl of such sites holds: dates localised day by day in English
(British ordinals too), French, Italian, Turkish, Hindi and Portuguese, several changing form
on the day of a redesign; lines that turn every day (the Moon's phase and sign worked out for
the day, the panchang's tithi with the Vikram Samvat year, the tarot card of the day, a
Mercury-retrograde countdown, the thought of the day), every week (weekly horoscopes from
Monday to Sunday) and at every new and full moon; banners that follow the calendars of the
sky and of the readers (Mercury retrogrades, eclipses, the yearly horoscope from December,
the sabbats of the wheel of the year, Navratri, Diwali, the eclipses' sutak, Ramadan,
Valentine's days, Brazil's Carnival and Dia dos Namorados, Saint Anthony, Yoga Day, Guru
Purnima, the 2020 lockdowns); consultation price lines whose amounts change over the years
(American psychic lines, French premium numbers with the 2015 price notice, Italian 899 lines,
Turkish coffee readings and app tokens through the lira's fall, Brazilian and Portuguese
telephone tarot, British premium lines with the 2015 access-charge notice, Indian kundli
fees, yoga class fees, moon circles); 'for entertainment only' disclaimers reworded in
2017-2019, newsletter, app, WhatsApp, Telegram and YouTube appeals, sign-date boxes, lucky
numbers and colours, affiliate notices, related links and advertisement markers mid-body
(some up to two times), multi-line blocks (publisher lines, imprints, registrations and
copyright lines), bare lines and families in only 4% of articles beside ones in nearly all.
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
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    iso_day,
    ordinal,
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
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SIGNS = ("Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio",
         "Sagittarius", "Capricorn", "Aquarius", "Pisces")
PHASES = ("New Moon", "Waxing Crescent", "First Quarter", "Waxing Gibbous", "Full Moon",
          "Waning Gibbous", "Last Quarter", "Waning Crescent")
PHASE_EMOJI = ("🌑", "🌒", "🌓", "🌔", "🌕", "🌖", "🌗", "🌘")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SIGNES = ("Bélier", "Taureau", "Gémeaux", "Cancer", "Lion", "Vierge", "Balance", "Scorpion",
          "Sagittaire", "Capricorne", "Verseau", "Poissons")
PHASES_FR = ("Nouvelle lune", "Premier croissant", "Premier quartier", "Lune gibbeuse "
             "croissante", "Pleine lune", "Lune gibbeuse décroissante", "Dernier quartier",
             "Dernier croissant")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
SEGNI = ("Ariete", "Toro", "Gemelli", "Cancro", "Leone", "Vergine", "Bilancia", "Scorpione",
         "Sagittario", "Capricorno", "Acquario", "Pesci")
FASI = ("Luna nuova", "Luna crescente", "Primo quarto", "Gibbosa crescente", "Luna piena",
        "Gibbosa calante", "Ultimo quarto", "Luna calante")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
BURCLAR = ("Koç", "Boğa", "İkizler", "Yengeç", "Aslan", "Başak", "Terazi", "Akrep", "Yay",
           "Oğlak", "Kova", "Balık")
MAHINE = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
RASHI = ("मेष", "वृषभ", "मिथुन", "कर्क", "सिंह", "कन्या", "तुला", "वृश्चिक", "धनु", "मकर",
         "कुंभ", "मीन")
TITHI = ("प्रतिपदा", "द्वितीया", "तृतीया", "चतुर्थी", "पंचमी", "षष्ठी", "सप्तमी", "अष्टमी",
         "नवमी", "दशमी", "एकादशी", "द्वादशी", "त्रयोदशी", "चतुर्दशी")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
SIGNOS = ("Áries", "Touro", "Gêmeos", "Câncer", "Leão", "Virgem", "Libra", "Escorpião",
          "Sagitário", "Capricórnio", "Aquário", "Peixes")
FASES_BR = ("Lua Nova", "Lua Crescente", "Lua Cheia", "Lua Minguante")
MAJOR_ARCANA = ("The Fool (0)", "The Magician (I)", "The High Priestess (II)",
                "The Empress (III)", "The Emperor (IV)", "The Hierophant (V)", "The Lovers (VI)",
                "The Chariot (VII)", "Strength (VIII)", "The Hermit (IX)",
                "Wheel of Fortune (X)", "Justice (XI)", "The Hanged Man (XII)", "Death (XIII)",
                "Temperance (XIV)", "The Devil (XV)", "The Tower (XVI)", "The Star (XVII)",
                "The Moon (XVIII)", "The Sun (XIX)", "Judgement (XX)", "The World (XXI)")

# Mercury's retrograde stations (first day retrograde, the day it turns direct), 2014-2021.
MERCURY_RETRO = (
    ("2014-10-04", "2014-10-25"),
    ("2015-01-21", "2015-02-11"), ("2015-05-19", "2015-06-11"), ("2015-09-17", "2015-10-09"),
    ("2016-01-05", "2016-01-25"), ("2016-04-28", "2016-05-22"), ("2016-08-30", "2016-09-22"),
    ("2016-12-19", "2017-01-08"), ("2017-04-09", "2017-05-03"), ("2017-08-12", "2017-09-05"),
    ("2017-12-03", "2017-12-22"), ("2018-03-22", "2018-04-15"), ("2018-07-26", "2018-08-18"),
    ("2018-11-16", "2018-12-06"), ("2019-03-05", "2019-03-28"), ("2019-07-07", "2019-07-31"),
    ("2019-10-31", "2019-11-20"), ("2020-02-16", "2020-03-09"), ("2020-06-18", "2020-07-12"),
    ("2020-10-13", "2020-11-03"), ("2021-01-30", "2021-02-21"),
)
SOLAR_ECLIPSES = ("2015-03-20", "2015-09-13", "2016-03-09", "2016-09-01", "2017-02-26",
                  "2017-08-21", "2018-02-15", "2018-07-13", "2018-08-11", "2019-01-06",
                  "2019-07-02", "2019-12-26", "2020-06-21", "2020-12-14")
LUNAR_ECLIPSES = ("2015-04-04", "2015-09-28", "2016-03-23", "2016-09-16", "2017-02-11",
                  "2017-08-07", "2018-01-31", "2018-07-27", "2019-01-21", "2019-07-16",
                  "2020-01-10", "2020-06-05", "2020-07-05", "2020-11-30")
# Ramadan's first day and the first day of the Bayram, as Turkey kept them.
RAMAZAN = {2015: ("2015-06-18", "2015-07-17"), 2016: ("2016-06-06", "2016-07-05"),
           2017: ("2017-05-27", "2017-06-25"), 2018: ("2018-05-16", "2018-06-15"),
           2019: ("2019-05-06", "2019-06-04"), 2020: ("2020-04-24", "2020-05-24")}
# Chaitra Shukla Pratipada: the first day of each Vikram Samvat year.
SAMVAT_NEW_YEAR = ("2014-03-31", "2015-03-21", "2016-04-08", "2017-03-28", "2018-03-18",
                   "2019-04-06", "2020-03-25")
SHARAD_NAVRATRI = {2015: "2015-10-13", 2016: "2016-10-01", 2017: "2017-09-21",
                   2018: "2018-10-10", 2019: "2019-09-29", 2020: "2020-10-17"}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
GURU_PURNIMA = {2015: "2015-07-31", 2016: "2016-07-19", 2017: "2017-07-09", 2018: "2018-07-27",
                2019: "2019-07-16", 2020: "2020-07-05"}

# --- helpers of this set ------------------------------------------------------------------


@cache
def sky(day: dt.date, hour: float = 12.0) -> tuple[float, float]:
    """The Sun's and the Moon's ecliptic longitudes (degrees) at `hour` UTC on `day`, from
    the leading terms of their series: within about a degree, as almanac sites round."""
    t = day.toordinal() - dt.date(2000, 1, 1).toordinal() + (hour - 12) / 24

    def sin(deg: float) -> float:
        return math.sin(math.radians(deg))

    g = 357.529 + 0.98560028 * t
    sun = 280.459 + 0.98564736 * t + 1.915 * sin(g) + 0.020 * sin(2 * g)
    anomaly = 134.963 + 13.064993 * t
    elong = 297.850 + 12.190749 * t
    moon = (218.316 + 13.176396 * t + 6.289 * sin(anomaly) + 1.274 * sin(2 * elong - anomaly)
            + 0.658 * sin(2 * elong) + 0.214 * sin(2 * anomaly) - 0.186 * sin(g))
    return sun % 360, moon % 360


def elongation(day: dt.date, hour: float = 12.0) -> float:
    """The Moon's angle east of the Sun, 0 at new moon and 180 at full moon."""
    sun, moon = sky(day, hour)
    return (moon - sun) % 360


def phase(day: dt.date) -> int:
    """The Moon's phase at noon UTC, 0 (new) to 7 (waning crescent), as apps name eight."""
    return int(((elongation(day) + 22.5) % 360) // 45)


def illuminated(day: dt.date) -> int:
    """The lit share of the Moon's disc at noon UTC, in per cent."""
    return round((1 - math.cos(math.radians(elongation(day)))) / 2 * 100)


def moon_sign(day: dt.date) -> int:
    """The (tropical) sign the Moon is in at noon UTC, 0 (Aries) to 11."""
    return int(sky(day)[1] // 30)


def sidereal_moon_sign(day: dt.date) -> int:
    """The Moon's rashi at sunrise in India (Lahiri's ayanamsa, about 24 degrees)."""
    ayanamsa = 24.08 + 0.014 * (day.year - 2015)
    return int(((sky(day, 0.5)[1] - ayanamsa) % 360) // 30)


def tithi(day: dt.date) -> int:
    """The lunar day at sunrise in India, 0 (Shukla Pratipada) to 29 (Amavasya)."""
    return int(elongation(day, 0.5) // 12)


@cache
def lunations() -> tuple[tuple[dt.date, str], ...]:
    """The days (UTC) of each new and full moon from late 2014 to early 2021."""
    out = []
    day = dt.date(2014, 12, 1)
    while day <= dt.date(2021, 2, 28):
        before, after = elongation(day, 0), elongation(day, 24)
        if after < before:
            out.append((day, "New"))
        elif before < 180 <= after:
            out.append((day, "Full"))
        day += ONE
    return tuple(out)


def next_lunation(day: dt.date) -> tuple[dt.date, str]:
    """The first new or full moon on or after `day`."""
    days = lunations()
    return days[bisect_right([d for d, _ in days], day - ONE)]


def retro_on(day: dt.date) -> tuple[dt.date, dt.date] | None:
    """Mercury's retrograde period `day` falls in (its first day, the day it turns direct)."""
    for first, direct in MERCURY_RETRO:
        if iso_day(first) <= day < iso_day(direct):
            return iso_day(first), iso_day(direct)
    return None


def next_retro(day: dt.date) -> dt.date:
    """The first day of Mercury's next retrograde after `day`."""
    return min(iso_day(first) for first, _ in MERCURY_RETRO if iso_day(first) > day)


def retro_events(text: Callable[[dt.date, dt.date], str], before: int = 0) -> list[Event]:
    """A notice shown through each Mercury retrograde (from `before` days ahead of it);
    `text` is given its first day and the day it turns direct."""
    return [(iso_day(first, -before), iso_day(direct, 1), text(iso_day(first), iso_day(direct)))
            for first, direct in MERCURY_RETRO]


def eclipse_events(text: Callable[[dt.date, bool], str], before: int, after: int) -> list[Event]:
    """A notice shown around each eclipse; `text` is given its day and whether it is solar."""
    days = sorted([(iso_day(d), True) for d in SOLAR_ECLIPSES]
                  + [(iso_day(d), False) for d in LUNAR_ECLIPSES])
    out: list[Event] = []
    for day, solar in days:
        start = day - before * ONE
        if out and out[-1][1] is not None and start < out[-1][1]:
            start = out[-1][1]  # two eclipses a fortnight apart: the later one's notice waits
        out.append((start, day + (after + 1) * ONE, text(day, solar)))
    return out


def monday_of(day: dt.date) -> dt.date:
    return day - day.weekday() * ONE


@cache
def pick(day: dt.date, key: str, n: int) -> int:
    """A made-up choice among `n`, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}|{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % n


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    return [value for start, value in table if start <= day.isoformat()][-1]


def priced(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting the value of `table`: the value in force on the set's
    first day from the oldest day, then a new wording from each later change."""
    first = [(_OLD, text(value_on(FIRST_DAY, table)))]
    return tuple(first + [(start, text(value)) for start, value in table
                          if start > FIRST_DAY.isoformat()])


def vikram_samvat(day: dt.date) -> int:
    """The Vikram Samvat year of `day` (it starts on Chaitra Shukla Pratipada)."""
    started = [s for s in SAMVAT_NEW_YEAR if s <= day.isoformat()][-1]
    return int(started[:4]) + 57


# --- an American horoscope portal ---------------------------------------------------------

SS_REDESIGN = dt.date(2018, 3, 20)  # relaunched on the spring equinox, the zodiac's new year
SS_NEWSLETTER = dt.date(2019, 2, 1)
SS_DISCLAIMER = dt.date(2017, 9, 1)
SS_PSYCHIC = (("2013-01-01", "$0.99"), ("2016-07-01", "$1.99"), ("2018-11-01", "$2.99"),
              ("2020-04-01", "$1.00"))


def _ss_dated(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"Posted {MONTHS[day.month - 1]} {day.day}, {day.year} at {{time12}}"
    return f"Updated {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _ss_sky(day: dt.date) -> str:
    p = phase(day)
    return (f"{PHASE_EMOJI[p]} Today's sky: {PHASES[p]} in {SIGNS[moon_sign(day)]} · "
            f"{illuminated(day)}% illuminated")


def _ss_retro(day: dt.date) -> str:
    period = retro_on(day)
    if period:
        first, direct = period
        return (f"☿ Mercury retrograde: day {(day - first).days + 1} of {(direct - first).days}. "
                f"It turns direct on {MONTHS[direct.month - 1]} {direct.day}.")
    nxt = next_retro(day)
    return f"☿ Mercury is direct. Next retrograde: {MONTHS[nxt.month - 1]} {nxt.day}, {nxt.year}."


@cache
def _ss_newsletter() -> Wordings:
    base = _steps((_OLD, "Get your daily horoscope in your inbox every morning. Sign up free."),
                  (SS_NEWSLETTER.isoformat(), "✨ Your sign, your inbox: get tomorrow's "
                                              "horoscope tonight, free"))
    eclipses = eclipse_events(lambda day, solar: (
        f"🌘 Eclipse season: what the {MONTHS[day.month - 1]} {day.day} "
        f"{'solar' if solar else 'lunar'} eclipse means for your sign"), 4, 1)
    yearly = _yearly("12-01", 0, 40, lambda y: f"🔮 Your {y + 1} horoscope is here: read "
                                               f"what the year holds for your sign")
    retro = retro_events(lambda first, direct: "☿ Mercury retrograde survival guide: free "
                                               "when you sign up for our newsletter")
    return _calendar(base, eclipses, yearly, retro)


def starsandsigns_style() -> PublisherStyle:
    """An American horoscope portal: a topic kicker, "Posted" with the long date and the
    12-hour time turned "Updated" with the weekday on the 2018 spring equinox (a wording per
    day), "By" turned the writer with the beat, the day's Moon phase, sign and illuminated
    share (a wording per day), a Mercury-retrograde countdown (a wording per day through a
    retrograde), a sign-dates box from a pool, "Read next:" and advertisement markers up to
    twice, a live-psychic offer whose per-minute price changes over the years, the
    entertainment-only disclaimer reworded in 2017, a newsletter appeal reworded and turned
    by the eclipses, the yearly horoscope from each December and the Mercury retrogrades, the
    publisher line and the copyright line (a block), a rare editor's note."""
    return PublisherStyle(
        domain="starsandsignsdaily.com", site="Stars and Signs Daily", base_size=250,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("daily", "weekly", "love", "tarot", "astrology-news", "compatibility"),
        n_authors=10, url_path="/horoscopes/{section}/{slug}",
        pools={
            "kicker": ("DAILY HOROSCOPE", "LOVE & RELATIONSHIPS", "TAROT", "ASTROLOGY 101",
                       "MOON PHASES", "COMPATIBILITY", "CAREER & MONEY"),
            "beat": ("Senior Astrologer", "Tarot Editor", "Astrology Writer",
                     "Love & Compatibility Editor", "Contributing Astrologer"),
            "signbox": ("♈ Aries: March 21 – April 19", "♉ Taurus: April 20 – May 20",
                        "♊ Gemini: May 21 – June 20", "♋ Cancer: June 21 – July 22",
                        "♌ Leo: July 23 – August 22", "♍ Virgo: August 23 – September 22",
                        "♎ Libra: September 23 – October 22",
                        "♏ Scorpio: October 23 – November 21",
                        "♐ Sagittarius: November 22 – December 21",
                        "♑ Capricorn: December 22 – January 19",
                        "♒ Aquarius: January 20 – February 18",
                        "♓ Pisces: February 19 – March 20"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_ss_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (SS_REDESIGN.isoformat(), "By {author} · {author_beat}")),
            _f("sky", HEADER, 0.3, *_by_day(_ss_sky)),
            _f("retrograde", HEADER, 0.15, *_by_day(_ss_retro)),
            _f("signbox", MIDDLE, 0.3, (_OLD, "{signbox}")),
            _f("read-next", MIDDLE, 0.45, (_OLD, "Read next: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("psychic", MIDDLE, 0.15, *priced(SS_PSYCHIC, lambda v: (
                f"Talk to a live psychic now: your first 3 minutes are free, then {v} a "
                f"minute."))),
            _f("entertainment", FOOTER, 0.55,
               (_OLD, "Horoscopes are for entertainment purposes only."),
               (SS_DISCLAIMER.isoformat(), "Horoscopes and readings on Stars and Signs Daily "
                                           "are for entertainment purposes only and are not a "
                                           "substitute for professional advice.")),
            _f("newsletter", FOOTER, 0.3, *_ss_newsletter()),
            _f("publisher", FOOTER, 0.3, (_OLD, "Stars and Signs Daily is published by "
                                                "Celestia Media Group, Inc., Austin, Texas.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Celestia Media Group, Inc. All "
                                                 "rights reserved.")),
            _f("editors-note", HEADER, 0.04, (_OLD, "Editor's note: this horoscope was updated "
                                                    "to correct the time of the full moon.")),
        ),
    )


# --- a French astrology magazine site -----------------------------------------------------

AB_REDESIGN = dt.date(2017, 6, 21)
AB_NEWSLETTER = dt.date(2018, 9, 3)
AB_DISCLAIMER = dt.date(2018, 1, 15)
AB_VOYANCE = (("2012-01-01", "Consultez un voyant au 08 92 68 41 17 (0,34 € TTC/min)"),
              ("2015-10-01", "Voyance par téléphone : 08 92 68 41 17 – Service 0,80 €/min + "
                             "prix appel"),
              ("2019-03-01", "Voyance par téléphone : 08 92 68 41 17 – Service 0,90 €/min + "
                             "prix appel"))


def _ab_date(day: dt.date) -> str:
    if day < AB_REDESIGN:
        return f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year}"
    return f"Le {day.day:02d}.{day.month:02d}.{day.year} – {{time}}"


def _ab_lune(day: dt.date) -> str:
    return (f"Lune du jour : {PHASES_FR[phase(day)]} en {SIGNES[moon_sign(day)]} "
            f"({illuminated(day)} %)")


@cache
def _ab_newsletter() -> Wordings:
    base = _steps((_OLD, "Recevez votre horoscope chaque matin par e-mail"),
                  (AB_NEWSLETTER.isoformat(), "💌 Chaque matin, votre horoscope dans votre "
                                              "boîte mail : inscrivez-vous gratuitement"))
    confinement = [_span("2020-03-17", "2020-05-10", "Confinement : un tirage du tarot offert "
                                                     "chaque jour sur notre site")]
    annee = _yearly("12-01", 0, 40, lambda y: f"Horoscope {y + 1} : découvrez les grandes "
                                              f"tendances de votre année")
    mercure = retro_events(lambda first, direct: (
        f"Mercure rétrograde jusqu'au {direct.day} {MOIS[direct.month - 1]} : nos conseils "
        f"pour traverser la période"))
    return _calendar(base, confinement, annee, mercure)


def astroboussole_style() -> PublisherStyle:
    """A French astrology magazine site: a section from a pool, the long date with the
    weekday turned the dotted date and the time on the 2017 summer solstice (a wording per
    day), "Par" turned "Par ..., astrologue", the Moon of the day with its phase, sign and
    share in French (a wording per day), "À découvrir aussi" and "PUBLICITÉ" (up to twice)
    mid-body, a telephone-reading line with the premium-number price notice of October 2015
    and a rise in 2019, a sponsored-content marker, the entertainment disclaimer reworded in
    2018, a newsletter line reworded and turned by the lockdown, each year's horoscope from
    December and the Mercury retrogrades, the publisher line and the copyright line (a
    block), a rare erratum."""
    return PublisherStyle(
        domain="astroboussole.fr", site="Astro Boussole", base_size=215,
        subdomains=(("www.", 100),),
        sections=("horoscope", "tarot", "numerologie", "lune", "astro-psycho"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={"rubrique": ("Horoscope du jour", "Horoscope de la semaine", "Tarot",
                            "Numérologie", "Lune", "Astro-psycho", "Compatibilité amoureuse")},
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_ab_date)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}"),
               (AB_REDESIGN.isoformat(), "Par {author}, astrologue")),
            _f("lune", HEADER, 0.25, *_by_day(_ab_lune)),
            _f("sponsorise", HEADER, 0.06, (_OLD, "Contenu sponsorisé")),
            _f("decouvrir", MIDDLE, 0.4, (_OLD, "➜ À découvrir aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "PUBLICITÉ"), count=2),
            _f("voyance", MIDDLE, 0.2, *priced(AB_VOYANCE, lambda v: v)),
            _f("divertissement", FOOTER, 0.5,
               (_OLD, "Les prévisions astrologiques sont données à titre indicatif et de "
                      "divertissement."),
               (AB_DISCLAIMER.isoformat(), "Horoscopes et tirages sont proposés à titre de "
                                           "divertissement : ils ne remplacent pas l'avis d'un "
                                           "médecin, d'un avocat ou d'un conseiller "
                                           "financier.")),
            _f("newsletter", FOOTER, 0.3, *_ab_newsletter()),
            _f("editeur", FOOTER, 0.25, (_OLD, "Astro Boussole est édité par Boussole Médias "
                                               "SAS, 12 rue des Étoiles, 69002 Lyon.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Astro Boussole – Reproduction "
                                                "interdite")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article donnait une mauvaise date pour la "
                                               "pleine lune.")),
        ),
    )


# --- an Italian horoscope site ------------------------------------------------------------

CO_REDESIGN = dt.date(2018, 1, 1)
CO_TELEGRAM = dt.date(2017, 5, 15)
CO_DISCLAIMER = dt.date(2019, 2, 1)
CO_CONSULTO = (("2013-01-01", "1,52"), ("2017-04-01", "1,80"), ("2019-09-01", "2,00"))


def _co_data(day: dt.date) -> str:
    if day < CO_REDESIGN:
        return f"{day.day} {MESI[day.month - 1]} {day.year}"
    return (f"{GIORNI[day.weekday()].capitalize()} {day.day} {MESI[day.month - 1]} {day.year} "
            f"- {{time}}")


def _co_settimana(day: dt.date) -> str:
    first = monday_of(day)
    last = first + 6 * ONE
    start = f"{first.day}" if first.month == last.month else f"{first.day} {MESI[first.month - 1]}"
    if first.year != last.year:
        start += f" {first.year}"
    dal = "dall'" if first.day in (1, 8, 11) else "dal "  # dall'8, dall'11: elided
    return f"Oroscopo della settimana {dal}{start} al {last.day} {MESI[last.month - 1]} {last.year}"


def _co_luna(day: dt.date) -> str:
    return f"La Luna oggi: {FASI[phase(day)]} in {SEGNI[moon_sign(day)]}"


@cache
def _co_avviso() -> Wordings:
    base = _steps((_OLD, "Ricevi l'oroscopo ogni mattina: iscriviti alla newsletter"),
                  (CO_TELEGRAM.isoformat(), "📲 L'oroscopo del giorno anche su Telegram: "
                                            "unisciti al nostro canale"))
    lockdown = [_span("2020-03-09", "2020-05-03", "#iorestoacasa: l'oroscopo della "
                                                  "quarantena, ogni giorno alle 7")]
    anno = _yearly("12-01", 0, 40, lambda y: f"Oroscopo {y + 1}: le previsioni segno per "
                                             f"segno")
    mercurio = retro_events(lambda first, direct: (
        f"Mercurio retrogrado fino al {direct.day} {MESI[direct.month - 1]}: cosa evitare"))
    return _calendar(base, lockdown, anno, mercurio)


def cielodioggi_style() -> PublisherStyle:
    """An Italian horoscope site: a category from a pool, the long date turned the weekday and
    the time on New Year's Day 2018 (a wording per day), the weekly horoscope's Monday to
    Sunday (a wording per week), "di" turned "A cura di" in 2018, "LEGGI ANCHE:" and
    "Pubblicità" (up to twice) mid-body, the Moon of the day in Italian (a wording per day),
    an 899 consultation line whose price per minute rises in 2017 and 2019, the
    entertainment disclaimer reworded in 2019, a newsletter line turned a Telegram appeal and
    turned by the lockdown, each year's horoscope and the Mercury retrogrades, the
    registration line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="cielodioggi.it", site="Il Cielo di Oggi", base_size=185,
        subdomains=(("www.", 90), ("amp.", 10)),
        sections=("oroscopo", "amore", "tarocchi", "luna", "numerologia"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"categoria": ("Oroscopo del giorno", "Oroscopo della settimana", "Amore",
                             "Tarocchi", "Luna", "Numerologia", "Affinità di coppia")},
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_co_data)),
            _f("settimana", HEADER, 0.2, *_by_day(_co_settimana)),
            _f("firma", HEADER, 0.55, (_OLD, "di {author}"),
               (CO_REDESIGN.isoformat(), "A cura di {author}")),
            _f("leggi", MIDDLE, 0.4, (_OLD, "LEGGI ANCHE: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("luna", MIDDLE, 0.15, *_by_day(_co_luna)),
            _f("consulto", MIDDLE, 0.15, *priced(CO_CONSULTO, lambda v: (
                f"Consulto con i nostri astrologi: 899 00 12 34, {v} €/min IVA inclusa. "
                f"Servizio riservato ai maggiorenni."))),
            _f("intrattenimento", FOOTER, 0.45,
               (_OLD, "Le previsioni hanno carattere di intrattenimento."),
               (CO_DISCLAIMER.isoformat(), "Gli oroscopi pubblicati hanno finalità di puro "
                                           "intrattenimento e non sostituiscono il parere di "
                                           "un professionista.")),
            _f("avviso", FOOTER, 0.3, *_co_avviso()),
            _f("testata", FOOTER, 0.3, (_OLD, "Il Cielo di Oggi – Testata registrata presso il "
                                              "Tribunale di Bologna n. 8123 del 12/04/2012 – "
                                              "P.IVA 03456780372")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Il Cielo di Oggi. Tutti i diritti "
                                                 "riservati.")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: nella prima versione l'ingresso "
                                                 "del Sole in Ariete era indicato con un giorno "
                                                 "di anticipo.")),
        ),
    )


# --- a Turkish horoscope and fortune portal -----------------------------------------------

YR_REDESIGN = dt.date(2019, 3, 21)
YR_APP = dt.date(2017, 11, 1)
YR_DISCLAIMER = dt.date(2018, 10, 1)
YR_KAHVE = (("2013-01-01", "9,90"), ("2016-01-01", "14,90"), ("2018-09-01", "24,90"),
            ("2019-06-01", "29,90"), ("2020-09-01", "39,90"))


def _yr_tarih(day: dt.date) -> str:
    if day < YR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} - {{time}}"
    return (f"Güncelleme: {day.day} {AYLAR[day.month - 1]} {day.year} "
            f"{GUNLER[day.weekday()]} {{time}}")


def _yr_haftalik(day: dt.date) -> str:
    first = monday_of(day)
    last = first + 6 * ONE
    return (f"Haftalık burç yorumları: {first.day} {AYLAR[first.month - 1]} - {last.day} "
            f"{AYLAR[last.month - 1]} {last.year}")


@cache
def _yr_duyuru() -> Wordings:
    base = _steps((_OLD, "Günlük burç yorumunuzu kaçırmamak için bildirimlere izin verin"),
                  (YR_APP.isoformat(), "📱 Uygulamamızı indirin, burcunuz her sabah cebinizde"))
    ramazan = [(iso_day(first, -2), iso_day(bayram),
                f"Hayırlı Ramazanlar: {y} Ramazan ayında burçları neler bekliyor?")
               for y, (first, bayram) in RAMAZAN.items()]
    bayram = [(iso_day(b), iso_day(b, 3), "İyi bayramlar! Bayram tatilinde burcunuza göre "
                                          "öneriler") for _, b in RAMAZAN.values()]
    yilbasi = _yearly("12-01", 0, 40, lambda y: f"{y + 1} burç yorumları: yeni yılda sizi "
                                                f"neler bekliyor?")
    merkur = retro_events(lambda first, direct: (
        f"Merkür retrosu başladı (bitiş: {direct.day} {AYLAR[direct.month - 1]}): dikkat "
        f"edilmesi gerekenler"))
    return _calendar(base, bayram, ramazan, yilbasi, merkur)


def yildizrehberi_style() -> PublisherStyle:
    """A Turkish horoscope and fortune portal: a category from a pool, the dotted date and
    the time turned "Güncelleme:" with the long date and the weekday on the 2019 spring
    equinox (a wording per day), the writer's name turned "Yazar:", the weekly horoscope's
    Monday to Sunday (a wording per week), the sign the Moon is in today (a wording per day),
    a sign-dates box from a pool, "İlginizi çekebilir:" and "Reklam" (up to twice)
    mid-body, an online coffee-reading price rising with the lira's fall, the
    entertainment-only warning reworded in 2018, a notifications line turned an app appeal
    and turned by Ramadan, the Bayram, each new year's horoscope and the Mercury
    retrogrades, the company line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="yildizrehberi.com.tr", site="Yıldız Rehberi", base_size=160,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("burclar", "tarot", "kahve-fali", "ruya-tabirleri", "ask"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "kategori": ("Günlük Burç Yorumları", "Haftalık Burçlar", "Aşk ve İlişkiler",
                         "Tarot", "Kahve Falı", "Rüya Tabirleri", "Yükselen Burç"),
            "burc": ("Koç burcu (21 Mart - 19 Nisan)", "Boğa burcu (20 Nisan - 20 Mayıs)",
                     "İkizler burcu (21 Mayıs - 21 Haziran)",
                     "Yengeç burcu (22 Haziran - 22 Temmuz)",
                     "Aslan burcu (23 Temmuz - 22 Ağustos)",
                     "Başak burcu (23 Ağustos - 22 Eylül)", "Terazi burcu (23 Eylül - 22 Ekim)",
                     "Akrep burcu (23 Ekim - 21 Kasım)", "Yay burcu (22 Kasım - 21 Aralık)",
                     "Oğlak burcu (22 Aralık - 19 Ocak)", "Kova burcu (20 Ocak - 18 Şubat)",
                     "Balık burcu (19 Şubat - 20 Mart)"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.85, *_by_day(_yr_tarih)),
            _f("yazar", HEADER, 0.45, (_OLD, "{author}"),
               (YR_REDESIGN.isoformat(), "Yazar: {author}")),
            _f("haftalik", HEADER, 0.2, *_by_day(_yr_haftalik)),
            _f("ay", HEADER, 0.2, *_by_day(
                lambda day: f"🌙 Ay bugün {BURCLAR[moon_sign(day)]} burcunda")),
            _f("burc", MIDDLE, 0.25, (_OLD, "{burc}")),
            _f("ilginizi", MIDDLE, 0.4, (_OLD, "İlginizi çekebilir: {other_title}")),
            _f("reklam", MIDDLE, 0.3, (_OLD, "Reklam"), count=2),
            _f("kahve", MIDDLE, 0.15, *priced(YR_KAHVE, lambda v: (
                f"Online kahve falı: {v} TL, yorumunuz 24 saat içinde e-postanızda"))),
            _f("uyari", FOOTER, 0.45,
               (_OLD, "Burç yorumları genel niteliktedir ve eğlence amaçlıdır."),
               (YR_DISCLAIMER.isoformat(), "Sitemizdeki burç yorumları ve fal içerikleri "
                                           "yalnızca eğlence amaçlıdır; kesin bilgi içermez.")),
            _f("duyuru", FOOTER, 0.3, *_yr_duyuru()),
            _f("kunye", FOOTER, 0.25, (_OLD, "Yıldız Rehberi, Gökkuşağı Dijital Yayıncılık "
                                             "A.Ş. tarafından yayımlanmaktadır.")),
            _f("telif", FOOTER, 0.4, (_OLD, "© {year} Yıldız Rehberi - Tüm hakları saklıdır. "
                                            "İzinsiz kopyalanamaz.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberin ilk halinde tutulma saati "
                                                "yanlış verilmişti.")),
        ),
    )


# --- a Hindi astrology and panchang site --------------------------------------------------

JS_REDESIGN = dt.date(2017, 3, 28)  # relaunched on the first day of Vikram Samvat 2074
JS_YOUTUBE = dt.date(2018, 8, 15)
JS_DISCLAIMER = dt.date(2019, 4, 6)
JS_KUNDLI = (("2013-01-01", "501"), ("2017-01-01", "1,100"), ("2019-04-01", "1,500"),
             ("2020-07-01", "2,100"))


def _js_dinank(day: dt.date) -> str:
    if day < JS_REDESIGN:
        return f"{day.day} {MAHINE[day.month - 1]} {day.year}"
    return f"प्रकाशित: {day.day} {MAHINE[day.month - 1]} {day.year} | {VAAR[day.weekday()]}"


def _js_panchang(day: dt.date) -> str:
    t = tithi(day)
    paksha = "शुक्ल" if t < 15 else "कृष्ण"
    name = "पूर्णिमा" if t == 14 else "अमावस्या" if t == 29 else TITHI[t % 15]
    return (f"आज का पंचांग: {paksha} पक्ष {name}, विक्रम संवत {vikram_samvat(day)} | चंद्रमा "
            f"{RASHI[sidereal_moon_sign(day)]} राशि में")


@cache
def _js_suchna() -> Wordings:
    base = _steps((_OLD, "रोज़ का राशिफल पाने के लिए ज्योतिष सागर का ऐप डाउनलोड करें"),
                  (JS_YOUTUBE.isoformat(), "🔔 हमारे यूट्यूब चैनल को सब्सक्राइब करें और "
                                           "बेल आइकन दबाएं"))
    grahan = eclipse_events(lambda day, solar: (
        f"{'सूर्य' if solar else 'चंद्र'} ग्रहण {day.day} {MAHINE[day.month - 1]} "
        f"{day.year}: सूतक काल और राशियों पर असर"), 3, 0)
    navratri = [(iso_day(SHARAD_NAVRATRI[y], -3), iso_day(SHARAD_NAVRATRI[y], 10),
                 f"शारदीय नवरात्रि {y}: घटस्थापना मुहूर्त और नौ दिनों की पूजा विधि")
                for y in YEARS]
    diwali = [(iso_day(DIWALI[y], -7), iso_day(DIWALI[y], 2),
               f"दिवाली {y}: लक्ष्मी पूजन का शुभ मुहूर्त") for y in YEARS]
    sankranti = _yearly("01-14", 3, 1, lambda y: f"मकर संक्रांति {y}: दान और स्नान का महत्व")
    return _calendar(base, grahan, navratri, diwali, sankranti)


def jyotishsagar_style() -> PublisherStyle:
    """A Hindi astrology and panchang site: a section from a pool, the long date turned
    "प्रकाशित:" with the weekday on the first day of Vikram Samvat 2074 (a wording per day),
    the writer with the site's desk, the day's panchang with the tithi at sunrise, the
    Vikram Samvat year and the Moon's rashi (a wording per day), "ये भी पढ़ें -" and "विज्ञापन"
    (up to twice) mid-body, lucky number and colour from pools, a kundli consultation fee
    raised over the years, the disclaimer reworded in 2019, an app line turned a YouTube
    appeal and turned by the eclipses with their sutak, Sharad Navratri, Diwali and Makar
    Sankranti, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="jyotishsagar.in", site="ज्योतिष सागर", base_size=140,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("rashifal", "panchang", "vrat-tyohar", "vastu", "ank-jyotish"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "shreni": ("आज का राशिफल", "साप्ताहिक राशिफल", "पंचांग", "व्रत-त्योहार", "वास्तु",
                       "अंक ज्योतिष"),
            "ank": ("1", "3", "5", "6", "7", "9"),
            "rang": ("पीला", "लाल", "हरा", "सफेद", "नीला", "नारंगी"),
        },
        families=(
            _f("shreni", HEADER, 0.45, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.85, *_by_day(_js_dinank)),
            _f("lekhak", HEADER, 0.5, (_OLD, "{author}, ज्योतिष सागर डेस्क")),
            _f("panchang", HEADER, 0.3, *_by_day(_js_panchang)),
            _f("ye-bhi", MIDDLE, 0.4, (_OLD, "ये भी पढ़ें - {other_title}")),
            _f("vigyapan", MIDDLE, 0.3, (_OLD, "विज्ञापन"), count=2),
            _f("shubh", MIDDLE, 0.2, (_OLD, "शुभ अंक: {ank} | शुभ रंग: {rang}")),
            _f("kundli", MIDDLE, 0.12, *priced(JS_KUNDLI, lambda v: (
                f"कुंडली विश्लेषण और परामर्श के लिए संपर्क करें। शुल्क: ₹{v}"))),
            _f("asvikaran", FOOTER, 0.55,
               (_OLD, "अस्वीकरण: यह जानकारी मान्यताओं और ज्योतिष गणनाओं पर आधारित है। "
                      "ज्योतिष सागर इसकी पुष्टि नहीं करता है।"),
               (JS_DISCLAIMER.isoformat(), "अस्वीकरण: इस लेख में दी गई जानकारी धार्मिक "
                                           "मान्यताओं पर आधारित है। किसी भी उपाय को अपनाने से "
                                           "पहले विशेषज्ञ की सलाह लें।")),
            _f("suchna", FOOTER, 0.3, *_js_suchna()),
            _f("copyright", FOOTER, 0.35, (_OLD, "कॉपीराइट © {year} ज्योतिष सागर | सभी अधिकार "
                                                 "सुरक्षित")),
            _f("sanshodhan", HEADER, 0.04, (_OLD, "संशोधन: इस लेख में ग्रहण के सूतक का समय "
                                                  "सुधारा गया है।")),
        ),
    )


# --- a Brazilian horoscope portal ---------------------------------------------------------

PA_REDESIGN = dt.date(2018, 6, 12)  # relaunched on Dia dos Namorados
PA_WHATSAPP = dt.date(2017, 8, 1)
PA_DISCLAIMER = dt.date(2019, 1, 2)
PA_TARO = (("2013-01-01", "2,99"), ("2016-03-01", "3,49"), ("2018-01-15", "3,99"),
           ("2020-05-01", "4,49"))


def _pa_data(day: dt.date) -> str:
    if day < PA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return f"Atualizado em {day.day} de {MESES[day.month - 1]} de {day.year}"


def _pa_lua(day: dt.date) -> str:
    return f"🌙 Lua de hoje: {FASES_BR[int(elongation(day) // 90)]} em {SIGNOS[moon_sign(day)]}"


@cache
def _pa_aviso() -> Wordings:
    base = _steps((_OLD, "Receba o horóscopo do dia no seu e-mail"),
                  (PA_WHATSAPP.isoformat(), "📲 Receba seu horóscopo todo dia no WhatsApp: é "
                                            "grátis"))
    carnaval = _movable(carnival_tuesday, 4, 1, lambda y: f"Carnaval {y}: simpatias para "
                                                          f"atrair sorte na folia")
    namorados = _yearly("06-12", 11, 0, lambda y: f"Dia dos Namorados {y}: as combinações de "
                                                  f"signos mais quentes")
    reveillon = _yearly("12-01", 0, 40, lambda y: f"Previsões {y + 1}: o que os astros "
                                                  f"reservam para o seu signo")
    mercurio = retro_events(lambda first, direct: (
        f"Mercúrio retrógrado até {direct.day} de {MESES[direct.month - 1]}: o que evitar"))
    return _calendar(base, carnaval, namorados, reveillon, mercurio)


def portaldosastros_style() -> PublisherStyle:
    """A Brazilian horoscope portal: a section from a pool, the numeric date and the time
    turned "Atualizado em" with the long date on Dia dos Namorados 2018 (a wording per day),
    "Por" turned "Por ... | Portal dos Astros", the Moon of the day with Brazil's four phases
    (a wording per day), "Leia também:" and "Publicidade" (up to twice) mid-body, a telephone
    tarot line whose price per minute rises over the years, the entertainment disclaimer
    reworded in 2019, an e-mail line turned a WhatsApp appeal and turned by Carnival, Dia dos
    Namorados, each new year's forecast and the Mercury retrogrades, the publisher line with
    its company number and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="portaldosastros.com.br", site="Portal dos Astros", base_size=120,
        subdomains=(("www.", 100),),
        sections=("horoscopo", "amor", "taro", "lua", "numerologia", "simpatias"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={"editoria": ("Horóscopo do dia", "Horóscopo semanal", "Amor", "Tarô", "Lua",
                            "Numerologia", "Simpatias")},
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_pa_data)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}"),
               (PA_REDESIGN.isoformat(), "Por {author} | Portal dos Astros")),
            _f("lua", HEADER, 0.3, *_by_day(_pa_lua)),
            _f("leia", MIDDLE, 0.4, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("consulta", MIDDLE, 0.15, *priced(PA_TARO, lambda v: (
                f"Consulta de tarô por telefone: R$ {v} por minuto. Na primeira ligação, 5 "
                f"minutos grátis."))),
            _f("entretenimento", FOOTER, 0.45,
               (_OLD, "O horóscopo tem caráter de entretenimento."),
               (PA_DISCLAIMER.isoformat(), "Horóscopos, tarô e simpatias publicados no Portal "
                                           "dos Astros têm finalidade de entretenimento e não "
                                           "substituem orientação médica, jurídica ou "
                                           "financeira.")),
            _f("aviso", FOOTER, 0.3, *_pa_aviso()),
            _f("expediente", FOOTER, 0.25, (_OLD, "Portal dos Astros é uma publicação da Astros "
                                                  "Conteúdo Digital Ltda. – CNPJ "
                                                  "12.345.678/0001-90")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Portal dos Astros. Todos os direitos "
                                                "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior deste texto trazia a "
                                              "data errada da lua cheia.")),
        ),
    )


# --- a British tarot reader's blog --------------------------------------------------------

GD_REDESIGN = dt.date(2017, 10, 31)  # relaunched at Samhain
GD_LETTER = dt.date(2019, 2, 10)
GD_READING = (("2013-01-01", "£30"), ("2016-04-01", "£35"), ("2018-04-01", "£40"),
              ("2020-04-01", "£45"))
GD_PHONE = (("2013-01-01", "Calls cost £1.53 per minute from a BT landline; calls from "
                           "mobiles and other networks may cost more"),
            ("2015-07-01", "Calls cost £1.53 per minute plus your phone company's access "
                           "charge"),
            ("2019-01-07", "Calls cost £1.80 per minute plus your phone company's access "
                           "charge"))
SABBATS = (("02-01", "Imbolc"), ("03-20", "Ostara"), ("05-01", "Beltane"), ("06-21", "Litha"),
           ("08-01", "Lughnasadh"), ("09-22", "Mabon"), ("10-31", "Samhain"), ("12-21", "Yule"))


def _gd_posted(day: dt.date) -> str:
    if day < GD_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _gd_card(day: dt.date) -> str:
    card = MAJOR_ARCANA[pick(day, "card", len(MAJOR_ARCANA))]
    if day < GD_REDESIGN:
        return f"Card of the day: {card}"
    return f"🃏 Today's card: {card}, {'reversed' if pick(day, 'rev', 3) == 0 else 'upright'}"


@cache
def _gd_letter() -> Wordings:
    base = _steps((_OLD, "Join the Gilded Deck circle: a free monthly spread in your inbox"),
                  (GD_LETTER.isoformat(), "✉️ The Gilded Deck letter: a new spread for every "
                                          "new moon, free"))
    sabbats: list[Event] = []
    for y in YEARS:
        for md, name in SABBATS:
            day = iso_day(f"{y}-{md}")
            sabbats.append((day - 7 * ONE, day + ONE, f"🕯️ {name} falls on {day.day} "
                                                      f"{MONTHS[day.month - 1]}: download our "
                                                      f"free {name} spread"))
    return _calendar(base, sabbats)


def gildeddeck_style() -> PublisherStyle:
    """A British tarot reader's blog: "Posted on" with the ordinal date turned the weekday
    and the date at Samhain 2017 (a wording per day), "by" with the writer, an affiliate
    notice, the card of the day (a wording per day, upright or reversed after the
    redesign), a book-a-reading line whose price rises each April of some years, a deck from
    a pool mid-body, the premium phone-line notice with the 2015 access-charge wording and a
    2019 rise, a guidance-only disclaimer, the tags line, the comments count, a letter line
    reworded and turned by the eight sabbats of the wheel of the year, the copyright line, a
    rare update."""
    return PublisherStyle(
        domain="gildeddeck.co.uk", site="The Gilded Deck", base_size=100,
        subdomains=(("www.", 100),),
        sections=("tarot", "spreads", "moon", "sabbats", "readings"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "tags": ("Tarot", "Major Arcana", "Spreads", "Moon magic", "Beginners", "Sabbats",
                     "Journal prompts"),
            "deck": ("the Rider-Waite-Smith deck", "the Thoth deck", "the Wild Unknown",
                     "the Light Seer's Tarot", "the Marseille tarot"),
        },
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_gd_posted)),
            _f("byline", HEADER, 0.4, (_OLD, "by {author}")),
            _f("affiliate", HEADER, 0.15, (_OLD, "This post contains affiliate links. If you "
                                                 "buy through them, The Gilded Deck may earn a "
                                                 "small commission.")),
            _f("card", HEADER, 0.35, *_by_day(_gd_card)),
            _f("book", MIDDLE, 0.2, *priced(GD_READING, lambda v: (
                f"Book a reading: a 30-minute video reading is {v}."))),
            _f("deck", MIDDLE, 0.15, (_OLD, "Deck pictured: {deck}")),
            _f("phone", FOOTER, 0.2, *priced(GD_PHONE, lambda v: (
                f"Live phone readings: 0909 879 0412. {v}. 18+ only. For entertainment "
                f"purposes only."))),
            _f("guidance", FOOTER, 0.45, (_OLD, "Tarot readings are offered for guidance and "
                                                "entertainment. They do not replace advice "
                                                "from a doctor, solicitor or financial "
                                                "adviser.")),
            _f("tags", FOOTER, 0.5, (_OLD, "Filed under: {tags_list}")),
            _f("comments", FOOTER, 0.3, (_OLD, "{count} comments")),
            _f("letter", FOOTER, 0.25, *_gd_letter()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© The Gilded Deck {year}. Please ask before "
                                                 "sharing card photos or spreads.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: I have fixed the dates of the spread in "
                                              "the second section.")),
        ),
    )


# --- an American wellness and moon-ritual collective --------------------------------------

MM_REDESIGN = dt.date(2018, 9, 22)  # relaunched on the autumn equinox
MM_DISCLAIMER = dt.date(2019, 5, 1)
MM_CIRCLE = (("2013-01-01", "Full Moon Circle at our Ojai studio: $20 suggested donation"),
             ("2017-03-01", "Full Moon Circle at our Ojai studio: $25 suggested donation"),
             ("2020-03-16", "Full Moon Circle, now on Zoom: pay what you can, from $10"))


def _mm_dated(day: dt.date) -> str:
    if day < MM_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1].upper()} {day.day}, {day.year} · {{read_min}} min read"


def _mm_next_moon(day: dt.date) -> str:
    when, kind = next_lunation(day)
    emoji = "🌑" if kind == "New" else "🌕"
    return (f"{emoji} Coming up: {kind} Moon in {SIGNS[moon_sign(when)]}, "
            f"{WEEKDAYS[when.weekday()]}, {MONTHS[when.month - 1]} {when.day}")


@cache
def _mm_letter() -> Wordings:
    base = _steps((_OLD, "Sign up for our weekly moon letter"))
    eclipses = eclipse_events(lambda day, solar: (
        f"Eclipse portal: our gentle practices for the {MONTHS[day.month - 1]} {day.day} "
        f"eclipse"), 7, 3)
    intentions = _yearly("12-20", 0, 20, lambda y: f"Set your intentions for {y + 1}: "
                                                   f"download our free workbook")
    retro = retro_events(lambda first, direct: "Mercury is retrograde: slow down with our "
                                                "free reset guide")
    return _calendar(base, eclipses, intentions, retro)


def mindfulmoon_style() -> PublisherStyle:
    """An American wellness and moon-ritual collective: the long date turned capitals with
    the reading time on the 2018 autumn equinox (a wording per day), "Words by", an
    affiliate notice, the coming new or full moon with its sign (a wording per lunation), a
    moon circle whose price changes and moves online in March 2020, a podcast line and a
    discount code from a pool mid-body, the FDA notice for supplements, a not-medical-advice
    disclaimer reworded in 2019, a moon letter appeal turned by the eclipses, each new year's
    intentions and the Mercury retrogrades, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="mindfulmooncollective.com", site="Mindful Moon Collective", base_size=80,
        subdomains=(("www.", 100),),
        sections=("rituals", "crystals", "meditation", "herbal", "astrology"),
        n_authors=4, url_path="/journal/{slug}",
        pools={"code": ("MOONCHILD", "NEWMOON15", "SELFLOVE", "LUNAR10")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_mm_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Words by {author}")),
            _f("affiliate", HEADER, 0.2, (_OLD, "We may earn a commission from links on this "
                                                "page.")),
            _f("next-moon", HEADER, 0.25, *_by_day(_mm_next_moon)),
            _f("circle", MIDDLE, 0.2, *priced(MM_CIRCLE, lambda v: v)),
            _f("podcast", MIDDLE, 0.2, (_OLD, "🎧 Listen: new podcast episodes every Tuesday, "
                                              "wherever you get your podcasts")),
            _f("code", MIDDLE, 0.15, (_OLD, "Use code {code} for 15% off crystals and "
                                            "candles in our shop")),
            _f("fda", FOOTER, 0.3, (_OLD, "*These statements have not been evaluated by the "
                                          "Food and Drug Administration. This product is not "
                                          "intended to diagnose, treat, cure, or prevent any "
                                          "disease.")),
            _f("medical", FOOTER, 0.4,
               (_OLD, "The content on Mindful Moon Collective is for informational purposes "
                      "only and is not medical advice."),
               (MM_DISCLAIMER.isoformat(), "The content on Mindful Moon Collective is for "
                                           "informational purposes only and is not medical "
                                           "advice. Please talk to your doctor or a licensed "
                                           "mental health professional.")),
            _f("letter", FOOTER, 0.3, *_mm_letter()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Mindful Moon Collective LLC")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this post "
                                                  "gave the wrong sign for the new moon.")),
        ),
    )


# --- an Italian telephone card-reading service --------------------------------------------

SP_REDESIGN = dt.date(2019, 2, 14)
SP_899 = (("2013-01-01", "1,52"), ("2016-06-01", "1,83"), ("2019-01-01", "2,05"))
SP_CARTA = (("2013-01-01", "15"), ("2017-01-01", "18"), ("2020-01-01", "20"))


def _sp_data(day: dt.date) -> str:
    if day < SP_REDESIGN:
        return f"Pubblicato il {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}"


@cache
def _sp_promo() -> Wordings:
    base = _steps((_OLD, "Primo consulto? Chiedi il bonus di benvenuto all'operatore"))
    valentino = _yearly("02-14", 7, 0, lambda y: f"San Valentino {y}: chiedi alle carte del "
                                                 f"tuo amore")
    natale = _yearly("12-24", 10, 15, lambda y: f"Le carte per il {y + 1}: prenota il tuo "
                                                f"consulto di fine anno")
    return _calendar(base, valentino, natale)


def stellapolare_style() -> PublisherStyle:
    """An Italian telephone card-reading service's blog: "Pubblicato il" with the numeric
    date turned the weekday and the long date on Valentine's Day 2019 (a wording per day),
    the 899 line with its price per minute (raised in 2016 and 2019), the card-payment
    consultation's price (raised in 2017 and 2020), the reader on line now from a pool,
    "Potrebbe interessarti anche:" mid-body, the entertainment-service notice, the opening
    hours, a welcome-bonus line turned by Valentine's Day and the year's end, the operator's
    company line and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="stellapolarecartomanzia.it", site="Stella Polare Cartomanzia", base_size=65,
        subdomains=(("www.", 100),),
        sections=("cartomanzia", "tarocchi", "amore", "sogni"),
        n_authors=3, url_path="/blog/{slug}/",
        pools={"cartomante": ("Sibilla", "Madame Rosa", "Luna Blu", "Angela dei Tarocchi",
                              "Maestro Elia")},
        families=(
            _f("data", HEADER, 0.8, *_by_day(_sp_data)),
            _f("numero", HEADER, 0.35, *priced(SP_899, lambda v: (
                f"Cartomanzia al telefono: 899 88 44 21 – {v} €/min IVA inclusa da rete fissa "
                f"e mobile. Servizio riservato ai maggiorenni."))),
            _f("carta", MIDDLE, 0.25, *priced(SP_CARTA, lambda v: (
                f"Consulto con carta di credito: 10 minuti a {v} €"))),
            _f("in-linea", MIDDLE, 0.3, (_OLD, "In linea ora: {cartomante}")),
            _f("interessarti", MIDDLE, 0.3, (_OLD, "Potrebbe interessarti anche: "
                                                   "{other_title}")),
            _f("intrattenimento", FOOTER, 0.6, (_OLD, "Servizio di intrattenimento. Il "
                                                      "consulto non sostituisce il parere di "
                                                      "medici, avvocati o consulenti.")),
            _f("orari", FOOTER, 0.3, (_OLD, "Cartomanti disponibili 24 ore su 24, 7 giorni su "
                                            "7")),
            _f("promo", FOOTER, 0.25, *_sp_promo()),
            _f("gestore", FOOTER, 0.3, (_OLD, "Servizio gestito da Stella Polare Srl – P.IVA "
                                              "09876540963 – Milano")),
            _f("copyright", FOOTER, 0.25, (_OLD, "Copyright © {year} Stella Polare Cartomanzia")),
            _f("aggiornamento", HEADER, 0.04, (_OLD, "Aggiornamento: le tariffe indicate in "
                                                     "questo articolo sono state corrette.")),
        ),
    )


# --- a Portuguese horoscope site ----------------------------------------------------------

SS2_REDESIGN = dt.date(2019, 3, 20)
PT_CONSULTAS = (("2013-01-01", "0,60 €/min + IVA"), ("2017-07-01", "1,00 €/min + IVA"),
                ("2020-02-01", "1,20 €/min + IVA"))


def _sn_data(day: dt.date) -> str:
    if day < SS2_REDESIGN:
        return f"{day.day} de {MESES[day.month - 1]} de {day.year}"
    return f"{day.day:02d}-{day.month:02d}-{day.year} {{time}}"


def _sn_semana(day: dt.date) -> str:
    first = monday_of(day)
    last = first + 6 * ONE
    return (f"Horóscopo semanal de {first.day} de {MESES[first.month - 1]} a {last.day} de "
            f"{MESES[last.month - 1]}")


@cache
def _sn_aviso() -> Wordings:
    base = _steps((_OLD, "Subscreva a nossa newsletter e receba o horóscopo todas as semanas"))
    confinamento = [_span("2020-03-18", "2020-05-02", "Fique em casa: o seu horóscopo diário "
                                                      "continua aqui")]
    santo_antonio = _yearly("06-13", 6, 0, lambda y: f"Santo António {y}: as mezinhas dos "
                                                     f"santos populares para o amor")
    ano_novo = _yearly("12-01", 0, 40, lambda y: f"Horóscopo {y + 1}: as previsões para o seu "
                                                 f"signo")
    return _calendar(base, confinamento, santo_antonio, ano_novo)


def signosesinais_style() -> PublisherStyle:
    """A Portuguese horoscope site: the long date turned the dashed date and the time on the
    2019 spring equinox (a wording per day), the weekly horoscope's Monday to Sunday (a
    wording per week), "Por", "Veja também:" and "PUB" (up to twice) mid-body, a telephone tarot
    line whose price per minute rises in 2017 and 2020, the playful-purpose notice, a
    newsletter line turned by the lockdown, Saint Anthony and each new year's horoscope, the
    copyright line and the statute and ERC registration line (a block), a rare erratum."""
    return PublisherStyle(
        domain="signosesinais.pt", site="Signos & Sinais", base_size=50,
        subdomains=(("www.", 100),),
        sections=("horoscopo", "tarot", "amor", "numerologia"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.85, *_by_day(_sn_data)),
            _f("semana", HEADER, 0.25, *_by_day(_sn_semana)),
            _f("autor", HEADER, 0.4, (_OLD, "Por {author}")),
            _f("veja", MIDDLE, 0.35, (_OLD, "Veja também: {other_title}")),
            _f("pub", MIDDLE, 0.3, (_OLD, "PUB"), count=2),
            _f("consultas", FOOTER, 0.25, *priced(PT_CONSULTAS, lambda v: (
                f"Consultas de tarot: 760 30 12 34 ({v}). Serviço para maiores de 18 "
                f"anos."))),
            _f("ludico", FOOTER, 0.4, (_OLD, "As previsões têm um carácter meramente "
                                             "lúdico.")),
            _f("aviso", FOOTER, 0.25, *_sn_aviso()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Signos & Sinais {year}. Todos os direitos "
                                                 "reservados.")),
            _f("estatuto", FOOTER, 0.2, (_OLD, "Estatuto editorial · Ficha técnica · Registo "
                                               "ERC n.º 126512")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a data da lua nova foi corrigida.")),
        ),
    )


# --- a Turkish coffee-fortune app's blog --------------------------------------------------

FF_REDESIGN = dt.date(2018, 7, 1)
FF_KVKK = dt.date(2016, 4, 7)  # the personal data protection law came into force
FF_JETON = (("2013-01-01", "4,99"), ("2018-10-01", "9,99"), ("2020-04-01", "14,99"))


def _ff_tarih(day: dt.date) -> str:
    if day < FF_REDESIGN:
        return f"{day.day} {AYLAR[day.month - 1]} {day.year}"
    return f"{GUNLER[day.weekday()]}, {day.day} {AYLAR[day.month - 1]} {day.year}"


@cache
def _ff_duyuru() -> Wordings:
    base = _steps((_OLD, "Fincanının fotoğrafını çek, falın 30 dakikada gelsin"))
    sevgililer = _yearly("02-14", 6, 0, lambda y: f"Sevgililer Günü {y}: aşk falı yarı "
                                                  f"fiyatına")
    yilbasi = _yearly("12-25", 0, 12, lambda y: f"Yeni yıl falı: {y + 1} senin için ne "
                                                f"getirecek?")
    return _calendar(base, sevgililer, yilbasi)


def falfincani_style() -> PublisherStyle:
    """A Turkish coffee-fortune app's blog: the long date turned the weekday and the date on
    1 July 2018 (a wording per day), the price of ten tokens through the lira's fall, the
    fortune-teller of the day from a pool and "Bunu da okuyun:" mid-body, the
    entertainment-only notice, a privacy line reworded for the 2016 data protection law, the
    comments count, an app line turned by Valentine's Day and the new year, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="falfincani.com.tr", site="Fal Fincanı", base_size=40,
        subdomains=(("www.", 70), ("blog.", 30)),
        sections=("kahve-fali", "tarot", "ask-fali", "ruya"),
        n_authors=2, url_path="/blog/{slug}",
        pools={"falci": ("Falcı Nur", "Bacı Melek", "Yıldız Hanım", "Falcı Derya")},
        families=(
            _f("tarih", HEADER, 0.8, *_by_day(_ff_tarih)),
            _f("jeton", MIDDLE, 0.25, *priced(FF_JETON, lambda v: (
                f"10 jeton {v} TL: bir kahve falı 3 jeton"))),
            _f("falci", MIDDLE, 0.25, (_OLD, "Günün falcısı: {falci}")),
            _f("okuyun", MIDDLE, 0.3, (_OLD, "Bunu da okuyun: {other_title}")),
            _f("eglence", FOOTER, 0.5, (_OLD, "Fal eğlence amaçlıdır; hiçbir şekilde kesin "
                                              "bilgi içermez.")),
            _f("gizlilik", FOOTER, 0.2, (_OLD, "Gizlilik politikamızı okumayı unutmayın."),
               (FF_KVKK.isoformat(), "Kişisel verileriniz 6698 sayılı KVKK kapsamında "
                                     "korunmaktadır.")),
            _f("duyuru", FOOTER, 0.3, *_ff_duyuru()),
            _f("yorum", FOOTER, 0.3, (_OLD, "{count} yorum")),
            _f("telif", FOOTER, 0.35, (_OLD, "© {year} Fal Fincanı. Tüm hakları saklıdır.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Jeton fiyatı güncellendi.")),
        ),
    )


# --- a Hindi yoga and spirituality trust --------------------------------------------------

YP_FEES = (("2013-01-01", "600"), ("2017-04-01", "800"), ("2019-04-01", "1000"))
VICHAR = ("मन शांत हो तो हर दिशा में रास्ता दिखता है।", "हर सांस एक नया आरंभ है।",
          "धैर्य वह दीपक है जो अंधेरे में भी जलता है।", "जो भीतर से संतुष्ट है, वही सच्चा धनी है।",
          "सेवा में ही सच्चा सुख है।", "छोटे कदम भी लंबी यात्रा पूरी करते हैं।",
          "क्रोध को मौन से जीता जा सकता है।", "सुबह का ध्यान पूरे दिन को दिशा देता है।",
          "कृतज्ञता से बड़ा कोई मंत्र नहीं।", "शरीर मंदिर है, इसे स्वच्छ और स्वस्थ रखें।")


@cache
def _yp_sandesh() -> Wordings:
    base = _steps((_OLD, "हर रविवार सुबह 6 बजे निःशुल्क ध्यान सत्र में आप सादर आमंत्रित हैं"))
    lockdown = [_span("2020-03-25", "2020-08-31", "लॉकडाउन में घर से जुड़ें: रोज़ सुबह ऑनलाइन "
                                                  "योग कक्षा")]
    yoga_day = _yearly("06-21", 10, 0, lambda y: f"अंतरराष्ट्रीय योग दिवस {y}: सामूहिक योग "
                                                 f"सत्र में भाग लें")
    guru = [(iso_day(GURU_PURNIMA[y], -5), iso_day(GURU_PURNIMA[y], 1),
             f"गुरु पूर्णिमा {y} पर विशेष सत्संग और भंडारा") for y in YEARS]
    return _calendar(base, lockdown, yoga_day, guru)


def yogpath_style() -> PublisherStyle:
    """A Hindi yoga and spirituality trust: the long date (a wording per day), the
    presenter's line, the thought of the day (a wording per day), the monthly class fee
    (raised in 2017 and 2019), the caution to practise under a teacher, the 80G donation
    line, a meditation invitation turned by the lockdown's online classes, International Yoga
    Day and Guru Purnima, the contact line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="yogpath.org.in", site="योग पथ", base_size=30,
        subdomains=(("www.", 100),),
        sections=("yog", "dhyan", "pravachan", "ayurved"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("dinank", HEADER, 0.8, *_by_day(
                lambda day: f"{day.day} {MAHINE[day.month - 1]} {day.year}")),
            _f("prastuti", HEADER, 0.4, (_OLD, "प्रस्तुति: {author}")),
            _f("vichar", HEADER, 0.3, *_by_day(
                lambda day: f"आज का विचार: {VICHAR[pick(day, 'vichar', len(VICHAR))]}")),
            _f("shulk", MIDDLE, 0.2, *priced(YP_FEES, lambda v: (
                f"मासिक योग कक्षा शुल्क: ₹{v} (सुबह और शाम के बैच)"))),
            _f("savdhani", FOOTER, 0.45, (_OLD, "सावधानी: कोई भी आसन या प्राणायाम प्रशिक्षित "
                                                "शिक्षक की देखरेख में ही करें। गर्भावस्था या "
                                                "किसी रोग में डॉक्टर से सलाह लें।")),
            _f("daan", FOOTER, 0.2, (_OLD, "संस्था को दिया गया दान आयकर अधिनियम की धारा 80G "
                                           "के अंतर्गत कर-मुक्त है।")),
            _f("sandesh", FOOTER, 0.3, *_yp_sandesh()),
            _f("sampark", FOOTER, 0.25, (_OLD, "संपर्क: कार्यालय, योग पथ ट्रस्ट, ऋषिकेश | फोन: "
                                               "0135 244 0217")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} योग पथ ट्रस्ट, ऋषिकेश")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: सत्र का समय बदलकर सुबह 6 बजे किया गया "
                                              "है।")),
        ),
    )


def heldout186_styles() -> list[PublisherStyle]:
    """The held-back-186 styles, in the order the generator hands them to publishers."""
    return [
        starsandsigns_style(), astroboussole_style(), cielodioggi_style(),
        yildizrehberi_style(), jyotishsagar_style(), portaldosastros_style(),
        gildeddeck_style(), mindfulmoon_style(), stellapolare_style(),
        signosesinais_style(), falfincani_style(), yogpath_style(),
    ]
