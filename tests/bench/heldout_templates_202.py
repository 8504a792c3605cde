"""The ``held-back-202`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types in
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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
advertisement marker, a wildlife-accident line or the Carniolan-bee line. The publishers are
hunting, beekeeping and rural associations' news pages and newsletters in English, German,
Swedish, Finnish, Slovenian and Czech: a British shooting and countryside association, a
German district hunters' association, a Swedish regional hunting association, a Finnish
hunters' district association, a Czech district hunting association, a Slovenian regional
beekeepers' union, an English beekeepers' association, a German beekeepers' club, a Swedish
beekeepers' society, a Finnish village association (with its private-road board), a Slovenian
hunting club and a Czech beekeepers' local branch.

The families are the kinds a crawl of such sites holds: dates localised day by day in English,
German, Swedish (ISO and long), Finnish (with its partitive months and abbreviated weekdays),
Slovenian and Czech (with genitive months), several changing form on a redesign day; lines that
turn every day (what game is in season in England and Wales, Sundays and Christmas Day
included; the moon's phase and the next full moon for night stalking; sunrise and sunset at
Kuopio in Finnish time; a Slovenian control hive's weight change), every week (game-meat prices
to each ISO week's Monday, falling with African swine fever) and every month (the beekeeping
year's tasks); open and closed seasons (British game seasons and the Glorious Twelfth moved off
a Sunday, German and Slovenian hunting seasons, the Swedish bear hunt and the northern and
southern moose-hunt openings, the Finnish duck, grouse and moose openings, swarm season);
licence and permit notices (British firearm and shotgun certificate fees raised in April 2015,
the general licences revoked in April 2019, Finland's game management fee by hunting year from
each 1 August, Sweden's dues by hunting year from each 1 July, Finland's new private roads act
of 2019); association dues by year; honey-show, trial and meeting calendars (a village honey
show, the National Honey Show, gundog trials, game shows, trophy shows, hunters' balls, annual
meetings, St Hubert's masses, Midsummer bonfires, World Bee Day from 2018, the Traditional
Slovenian Breakfast, spring thaw weight limits); safety and disease notices (African swine
fever in the Czech Republic, Belgium and Germany, avian influenza zones, American foulbrood
restriction zones, varroa treatment windows, the Asian hornet, the pandemic); notices reworded
between 2015 and 2020 (a join appeal, a swine-fever line, the state hunting card, the Asian
Hornet Watch app, the GDPR, the private roads act), bylines turned on a redesign day,
"Related:" lines, photo credits and advertisement markers mid-body (some up to two times),
multi-line blocks (greeting, imprint, copyright; about, company, copyright), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
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
    iso_day,
    last_weekday,
    nth_weekday,
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
_seasons = _PERIOD.seasons
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
VECKODAGAR = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
KUUT = ("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
        "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta")
PV_LYHYT = ("ma", "ti", "ke", "to", "pe", "la", "su")
PV_ESSIIVI = ("maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina",
              "lauantaina", "sunnuntaina")
MESECI = ("januar", "februar", "marec", "april", "maj", "junij", "julij", "avgust",
          "september", "oktober", "november", "december")
MESECA = ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
          "septembra", "oktobra", "novembra", "decembra")
DNEVI = ("ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja")
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince")
DNY = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest[:4], "little") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn through `anchors` ((ISO day, value), ...), straight between them."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def by_year(values: dict[int, str], text: Callable[[int, str], str],
            md: str = "01-01") -> Wordings:
    """The wordings of a line that changes each year on month-day `md` (dues, fees): `text`
    is given the year and its value (`values`: year -> value); from the oldest day the
    year in force on the set's first day."""
    table = [(f"{y}-{md}", y) for y in sorted(values)]
    first = FIRST_DAY.isoformat()
    current = max(y for day, y in table if day <= first)
    out = [(_OLD, text(current, values[current]))]
    out += [(day, text(y, values[y])) for day, y in table if day > first]
    return tuple(out)


def eet_offset(day: dt.date) -> int:
    """Finnish time's offset from UTC in hours: 3 in summer time, else 2."""
    return 3 if last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6) else 2


def sun_times(day: dt.date, lat: float, lon: float, offset: int) -> tuple[str, str]:
    """Sunrise and sunset on `day` at `lat`, `lon` (degrees east), local clock time
    (UTC + `offset` hours), as "h.mm" (the NOAA approximation, to the minute)."""
    g = 2 * math.pi / 365 * (day.timetuple().tm_yday - 1)
    eqtime = 229.18 * (0.000075 + 0.001868 * math.cos(g) - 0.032077 * math.sin(g)
                       - 0.014615 * math.cos(2 * g) - 0.040849 * math.sin(2 * g))
    decl = (0.006918 - 0.399912 * math.cos(g) + 0.070257 * math.sin(g)
            - 0.006758 * math.cos(2 * g) + 0.000907 * math.sin(2 * g)
            - 0.002697 * math.cos(3 * g) + 0.00148 * math.sin(3 * g))
    phi = math.radians(lat)
    cos_ha = (math.cos(math.radians(90.833)) / (math.cos(phi) * math.cos(decl))
              - math.tan(phi) * math.tan(decl))
    ha = math.degrees(math.acos(max(-1.0, min(1.0, cos_ha))))

    def clock(minutes_utc: float) -> str:
        m = round(minutes_utc + 60 * offset) % 1440
        return f"{m // 60}.{m % 60:02d}"

    return clock(720 - 4 * (lon + ha) - eqtime), clock(720 - 4 * (lon - ha) - eqtime)


SYNODIC = 29.530588853
NEW_MOON = dt.date(2000, 1, 6).toordinal() + 18.23 / 24  # 6 January 2000, 18:14 UTC


def moon_age(day: dt.date) -> float:
    """The moon's age in days at noon UTC on `day` (0 at new moon)."""
    return (day.toordinal() + 0.5 - NEW_MOON) % SYNODIC


def moon_lit(day: dt.date) -> int:
    """The illuminated share of the moon's disc at noon UTC on `day`, in per cent."""
    return round(50 * (1 - math.cos(2 * math.pi * moon_age(day) / SYNODIC)))


def next_full_moon(day: dt.date) -> dt.date:
    """The day (UTC) of the first full moon on or after `day`."""
    k = math.ceil((day.toordinal() - NEW_MOON - SYNODIC / 2) / SYNODIC)
    return dt.date.fromordinal(math.floor(NEW_MOON + SYNODIC / 2 + k * SYNODIC))


def midsummer_eve(y: int) -> dt.date:
    """Finnish Midsummer Eve: the Friday from 19 to 25 June."""
    first = dt.date(y, 6, 19)
    return first + dt.timedelta(days=(4 - first.weekday()) % 7)


def week_monday(day: dt.date) -> dt.date:
    """The Monday of `day`'s ISO week: the day a weekly price list is published."""
    return day - dt.timedelta(days=day.weekday())


# --- a British shooting and countryside association ---------------------------------------

FQ_REDESIGN = dt.date(2018, 2, 5)
FQ_JOIN = dt.date(2017, 9, 1)
FQ_FEES = (("2001-04-01", "firearm £50 grant, £40 renewal; shotgun £50 grant, £40 renewal"),
           ("2015-04-21", "firearm £88 grant, £62 renewal; shotgun £79.50 grant, £49 renewal"))
FQ_DUES = {2015: "£72", 2016: "£74", 2017: "£76", 2018: "£79", 2019: "£81", 2020: "£84"}
GL_REVOKED = (dt.date(2019, 4, 25), dt.date(2019, 6, 14))


def grouse_opening(y: int) -> dt.date:
    """The first day of grouse shooting: the Twelfth, or the Monday when it is a Sunday."""
    day = dt.date(y, 8, 12)
    return day + ONE if day.weekday() == 6 else day


def in_season(day: dt.date) -> list[str]:
    """The quarry in season in England and Wales on `day` (seasons only, Sundays aside)."""
    md = (day.month, day.day)
    out = []
    if (8, 12) <= md <= (12, 10):
        out.append("red grouse")
    if md >= (8, 12) or md <= (1, 31):
        out.append("snipe")
    if md >= (9, 1) or md <= (2, 1):
        out.append("partridge")
    if md >= (10, 1) or md <= (2, 1):
        out.append("pheasant")
    if md >= (10, 1) or md <= (1, 31):
        out.append("woodcock")
    if md >= (9, 1) or md <= (1, 31):
        out.append("duck and geese inland")
    elif md <= (2, 20):
        out.append("duck and geese below the high-water mark")
    return out


def _fq_season(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    quarry = in_season(day)
    if not quarry:
        return (f"In season, {when}: closed season for game birds; the grouse season opens "
                f"on 12 August.")
    if (day.weekday() == 6 or (day.month, day.day) == (12, 25)) and quarry != [
            "duck and geese below the high-water mark"]:
        return f"In season, {when}: no game birds may be shot on a Sunday or on Christmas Day."
    return f"In season, {when}: {', '.join(quarry)}."


def _fq_dated(day: dt.date) -> str:
    if day < FQ_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {ordinal(day.day)} {MONTHS[day.month - 1]} "
            f"{day.year} · {{time}}")


@cache
def _fq_notice() -> Wordings:
    base = _steps((_OLD, "Join the Field & Quarry Association today"),
                  (FQ_JOIN.isoformat(), "🎯 Join today: shooting insurance, expert advice and "
                                        "a strong voice for the countryside"))
    news = [
        _span("2016-12-06", "2017-02-28", "🦆 Avian influenza prevention zone in force: "
                                          "biosecurity advice for game farmers and wildfowlers"),
        (GL_REVOKED[0], GL_REVOKED[1] + ONE, "⚠️ General licences GL04, GL05 and GL06 revoked: "
                                             "our guidance on controlling pest birds"),
        _span("2020-03-23", "2020-05-12", "🦠 Coronavirus and shooting: read our latest "
                                          "guidance before you go out"),
        _span("2020-11-05", "2020-12-01", "🦠 England's second lockdown: what it means for "
                                          "shoots, stalking and clay grounds"),
        _span("2020-12-02", "2021-01-10", "🦆 Avian influenza: housing order for poultry and "
                                          "game birds, wildfowlers take extra care"),
    ]
    twelfth = _movable(grouse_opening, 8, 0, lambda y: (
        f"🌿 The Glorious Twelfth {y}: grouse shooting opens on "
        f"{WEEKDAYS[grouse_opening(y).weekday()]} {grouse_opening(y).day} August"))
    return _calendar(base, news, twelfth)


def fieldandquarry_style() -> PublisherStyle:
    """A British shooting and countryside association's news pages: a topic kicker from a
    pool, the long date turned the weekday, the ordinal day and the time on 5 February 2018
    (a wording per day), "By" turned the writer with the role from a pool, a members-only
    marker, what is in season that day in England and Wales (a wording per day: grouse from
    the Twelfth, partridge, pheasant, woodcock, snipe and wildfowl inland and on the
    foreshore, no game on Sundays or on Christmas Day), "Related:" and advertisement markers
    up to twice mid-body, a photo credit from a pool, the certificate fees (raised on 21
    April 2015), the year's membership dues, a join appeal reworded in 2017 and turned by
    avian influenza zones, the general licences' revocation, the Glorious Twelfth (on the
    Monday when the Twelfth is a Sunday) and the lockdowns, the about, company and copyright
    lines (a block), a rare correction."""
    return PublisherStyle(
        domain="fieldandquarry.org.uk", site="Field & Quarry Association", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "gamekeeping", "deer", "wildfowling", "firearms", "policy"),
        n_authors=12, url_path="/news/{yyyy}/{mm}/{slug}/",
        pools={
            "kicker": ("NEWS", "GAMEKEEPING", "DEER", "WILDFOWLING", "FIREARMS LICENSING",
                       "POLICY", "GUNDOGS"),
            "beat": ("Head of Shooting", "Deer Officer", "Press Officer", "Gamekeeping Adviser",
                     "Firearms Adviser", "Wildfowling Officer"),
            "photo": ("Field & Quarry Association", "Shutterstock", "Alamy", "a member",
                      "Andy Moorcroft"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_fq_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (FQ_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("members", HEADER, 0.12, (_OLD, "MEMBERS ONLY")),
            _f("season", HEADER, 0.3, *_by_day(_fq_season)),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("fees", FOOTER, 0.12, *from_table(FQ_FEES, lambda v: (
                f"Certificate fees in England and Wales: {v}."))),
            _f("dues", FOOTER, 0.18, *by_year(FQ_DUES, lambda y, v: (
                f"Full membership {y}: {v} a year, with £10 million public liability "
                f"insurance included."))),
            _f("notice", FOOTER, 0.3, *_fq_notice()),
            _f("about", FOOTER, 0.35, (_OLD, "The Field & Quarry Association speaks for "
                                             "shooters, gamekeepers and wildfowlers across "
                                             "the United Kingdom.")),
            _f("company", FOOTER, 0.3, (_OLD, "Field & Quarry Association Ltd, a company "
                                              "limited by guarantee. Registered in England "
                                              "and Wales no. 06112043.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Field & Quarry Association. All "
                                                "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong closing date for "
                                                  "the consultation.")),
        ),
    )


# --- a German district hunters' association -----------------------------------------------

JH_RELAUNCH = dt.date(2017, 10, 16)
JH_MELDEN = dt.date(2018, 2, 1)
ASP_CZ = (dt.date(2017, 6, 27), dt.date(2017, 9, 30))
ASP_BE = (dt.date(2018, 9, 13), dt.date(2018, 12, 31))
ASP_DE = dt.date(2020, 9, 10)
JH_BEITRAG = {2015: "88 € (Jungjäger im ersten Jahr 44 €)",
              2016: "88 € (Jungjäger im ersten Jahr 44 €)",
              2017: "92 € (Jungjäger im ersten Jahr 46 €)",
              2018: "92 € (Jungjäger im ersten Jahr 46 €)",
              2019: "96 € (Jungjäger im ersten Jahr 48 €)",
              2020: "96 € (Jungjäger im ersten Jahr 48 €)"}
SCHWARZWILD_PREIS = (("2015-01-05", 1.90), ("2016-06-01", 1.80), ("2017-06-26", 1.60),
                     ("2018-01-15", 1.20), ("2018-09-17", 1.00), ("2019-06-01", 0.90),
                     ("2020-09-07", 0.85), ("2020-09-14", 0.50), ("2021-01-04", 0.45))
REHWILD_PREIS = (("2015-01-05", 5.50), ("2017-01-02", 5.20), ("2019-01-07", 4.80),
                 ("2020-04-06", 4.20), ("2021-01-04", 4.50))


def _jh_datum(day: dt.date) -> str:
    if day < JH_RELAUNCH:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


def _jh_mond(day: dt.date) -> str:
    lit, full = moon_lit(day), next_full_moon(day)
    if lit >= 99:
        phase = "Vollmond"
    elif lit <= 1:
        phase = "Neumond"
    else:
        phase = "zunehmend" if moon_age(day) < SYNODIC / 2 else "abnehmend"
    return (f"Mond am {day.day:02d}.{day.month:02d}.: {phase}, {lit} % beleuchtet · nächster "
            f"Vollmond {full.day:02d}.{full.month:02d}.")


def wildbret(monday: dt.date) -> tuple[float, float]:
    """Made-up buying prices for game meat in the week of `monday`: wild boar over 20 kg and
    roe deer, in euros per kilo, to five cents."""
    boar = through(monday, SCHWARZWILD_PREIS) + 0.1 * noise(monday, "boar")
    roe = through(monday, REHWILD_PREIS) + 0.2 * noise(monday, "roe")
    return round(boar * 20) / 20, round(roe * 20) / 20


def _euro(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _jh_wildbret(day: dt.date) -> str:
    monday = week_monday(day)
    boar, roe = wildbret(monday)
    week = monday.isocalendar()
    return (f"Wildbretpreise KW {week[1]}/{week[0]}: Schwarzwild über 20 kg {_euro(boar)} €/kg, "
            f"Rehwild {_euro(roe)} €/kg (in der Decke, frei Wildkammer)")


@cache
def _jh_asp() -> Wordings:
    base = _steps((_OLD, "Fallwild? Bitte beim Veterinäramt melden."),
                  (JH_MELDEN.isoformat(), "Verendete Wildschweine sofort dem Veterinäramt "
                                          "melden – jeder Fund zählt für die ASP-Früherkennung."))
    asp = [
        (ASP_CZ[0], ASP_CZ[1] + ONE, "⚠️ Afrikanische Schweinepest in Tschechien nachgewiesen: "
                                     "keine Trophäen und kein Wildbret aus dem Raum Zlín "
                                     "mitbringen"),
        (ASP_BE[0], ASP_BE[1] + ONE, "⚠️ ASP in Belgien: Schwarzwild verstärkt bejagen, "
                                     "Fallwild melden"),
        (ASP_DE, None, "🐗 ASP in Brandenburg bestätigt: Hinweise für Jäger, Hundeführer und "
                       "Drückjagden"),
    ]
    return _calendar(base, asp)


def dog_trial(y: int) -> dt.date:
    """The hunting-dog usability trial: the first Saturday of September."""
    return nth_weekday(y, 9, 5, 1)


def game_show(y: int) -> dt.date:
    """The district's game and trophy show: the second Sunday of March."""
    return nth_weekday(y, 3, 6, 2)


@cache
def _jh_termine() -> Wordings:
    base = _steps((_OLD, "Übungsschießen jeden zweiten Samstag auf dem Schießstand am "
                         "Hochwald."))
    corona = [_span("2020-03-13", "2020-05-31", "Übungsschießen und Lehrgänge fallen wegen "
                                                "Corona bis auf Weiteres aus.")]
    pruefung = _movable(dog_trial, 21, 0, lambda y: (
        f"Brauchbarkeitsprüfung für Jagdhunde {y}: Samstag, {dog_trial(y).day}. September – "
        f"Meldeschluss zwei Wochen vorher"))
    hegeschau = _movable(game_show, 14, 0, lambda y: (
        f"Hegeschau {y}: Sonntag, {game_show(y).day}. März, Bürgerhaus"))
    return _calendar(base, corona, pruefung, hegeschau)


def _jh_beitrag(y: int, value: str) -> str:
    return f"Mitgliedsbeitrag {y}: {value}, Versicherung inklusive"


def hochwald_style() -> PublisherStyle:
    """A German district hunters' association: a section from a pool, the numeric date turned
    the weekday and the long date on 16 October 2017 (a wording per day), "Von" turned "Text
    und Foto:", the moon's phase with the share lit and the next full moon (a wording per day),
    an African-swine-fever line reworded in 2018 and turned by the outbreaks in the Czech
    Republic, Belgium and Brandenburg, the open seasons (changing on the same days each year),
    game-meat prices to each ISO week's Monday (falling with swine fever), the year's dues, a
    dates line turned by each year's game show (second Sunday of March), the dog usability
    trial (first Saturday of September) and the pandemic, "Lesen Sie auch:" and "Anzeige" (up
    to twice) mid-body, a photo credit from a pool, the greeting, imprint and copyright lines
    (a block), a rare correction."""
    return PublisherStyle(
        domain="jaegerschaft-hochwald.de", site="Jägerschaft Hochwald", base_size=220,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "schwarzwild", "hundewesen", "schiesswesen", "jungjaeger"),
        n_authors=7, url_path="/{section}/{yyyy}/{slug}.html",
        pools={
            "rubrik": ("Aktuelles", "Schwarzwild", "Hundewesen", "Schießwesen", "Naturschutz",
                       "Jungjäger", "Brauchtum"),
            "foto": ("Jägerschaft Hochwald", "privat", "Adobe Stock", "Hegering Losheim",
                     "Wildtierportal"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.88, *_by_day(_jh_datum)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}"),
               (JH_RELAUNCH.isoformat(), "Text und Foto: {author}")),
            _f("mond", HEADER, 0.2, *_by_day(_jh_mond)),
            _f("asp", HEADER, 0.25, *_jh_asp()),
            _f("lesen", MIDDLE, 0.3, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("jagdzeit", FOOTER, 0.2, *_seasons(
                ("01-01", "Jetzt Jagdzeit: Rot-, Dam- und Rehwild (weiblich), Schwarzwild, "
                          "Fuchs"),
                ("02-01", "Jetzt Jagdzeit: Schwarzwild, Fuchs, Waschbär"),
                ("05-01", "Jetzt Jagdzeit: Rehbock, Schmalreh, Schwarzwild, Fuchs, Waschbär"),
                ("08-01", "Jetzt Jagdzeit: Rehwild, Rotwild, Schwarzwild, Fuchs, Dachs"),
                ("10-16", "Jetzt Jagdzeit: Reh-, Rot- und Damwild, Schwarzwild, Fuchs, "
                          "Dachs, Fasan"),
            )),
            _f("wildbret", FOOTER, 0.15, *_by_day(_jh_wildbret)),
            _f("beitrag", FOOTER, 0.15, *by_year(JH_BEITRAG, _jh_beitrag)),
            _f("termine", FOOTER, 0.2, *_jh_termine()),
            _f("gruss", FOOTER, 0.35, (_OLD, "Waidmannsheil! Ihr Vorstand")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Jägerschaft Hochwald e.V. · Mitglied im "
                                                "Landesjagdverband · Vereinsregister VR 2314")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Jägerschaft Hochwald e.V.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung stand "
                                                 "ein falscher Termin für das Übungsschießen.")),
        ),
    )


# --- a Swedish regional hunting association -----------------------------------------------

NJ_REDESIGN = dt.date(2018, 8, 21)  # relaunched on the first day of the 2018 bear hunt
NJ_JAKTKORT = dt.date(2019, 7, 1)
NJ_AVGIFT = {2014: "480", 2015: "490", 2016: "500", 2017: "510", 2018: "520", 2019: "540",
             2020: "560"}  # kronor, by the hunting year from 1 July
BJORNAR = {2015: 48, 2016: 52, 2017: 55, 2018: 61, 2019: 57, 2020: 50}


def moose_north(y: int) -> dt.date:
    """The moose-hunt opening in northern Sweden: the first Monday of September."""
    return nth_weekday(y, 9, 0, 1)


def moose_south(y: int) -> dt.date:
    """The moose-hunt opening in southern Sweden: the second Monday of October."""
    return nth_weekday(y, 10, 0, 2)


def _nj_datum(day: dt.date) -> str:
    if day < NJ_REDESIGN:
        return f"Publicerad {day.day} {MANADER[day.month - 1]} {day.year}"
    return f"Uppdaterad {day.isoformat()} kl. {{time}}"


@cache
def _nj_premiar() -> Wordings:
    base = _steps((_OLD, "Kontrollera jakttiderna i jaktförordningen innan du går ut."),
                  (NJ_JAKTKORT.isoformat(), "Har du löst statligt jaktkort? Det gäller "
                                            "jaktåret 1 juli–30 juni."))
    corona = [_span("2020-03-16", "2020-06-14", "Coronaviruset: utbildningar och skjutprov "
                                                "skjuts upp, följ myndigheternas råd")]
    lodjur = _yearly("03-01", 7, 13, lambda y: f"Licensjakt på lodjur från 1 mars {y}: läs "
                                               f"länsstyrelsens beslut")
    bjorn = _yearly("08-21", 10, 0, lambda y: (
        f"Björnjakten börjar {VECKODAGAR[dt.date(y, 8, 21).weekday()]} 21 augusti {y}: "
        f"{BJORNAR[y]} björnar får fällas i länet"))
    norr = _movable(moose_north, 7, 0, lambda y: f"Älgjakten i norra Sverige börjar måndag "
                                                 f"{moose_north(y).day} september {y}")
    soder = _movable(moose_south, 10, 0, lambda y: f"Älgjaktspremiär i södra Sverige måndag "
                                                   f"{moose_south(y).day} oktober {y}")
    return _calendar(base, corona, lodjur, bjorn, norr, soder)


def norrdalen_style() -> PublisherStyle:
    """A Swedish regional hunting association: a category from a pool, "Publicerad" with the
    long date turned "Uppdaterad" with the ISO date and the time on the first day of the
    2018 bear hunt (a wording per day), "Av" turned writer and photographer, an openings
    line (the lynx licence hunt each 1 March, the bear hunt each 21 August with the year's
    quota, the northern moose hunt on the first Monday of September, the southern one on
    the second Monday of October, the pandemic) reworded for the state hunting card in
    2019, "Läs också:" and "Annons" (up to twice) mid-body, a photo credit from a pool,
    range times from a pool, the wildlife-accident line, the dues by hunting year (from each
    1 July), the newsletter, contact and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="norrdalensjakt.se", site="Jaktvårdsförbundet Norrdalen", base_size=195,
        subdomains=(("www.", 100),),
        sections=("nyheter", "alg", "rovdjur", "viltvard", "skytte", "hund"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "kategori": ("Nyheter", "Älg", "Rovdjur", "Viltvård", "Jaktskytte", "Hund",
                         "Utbildning"),
            "foto": ("Jaktvårdsförbundet Norrdalen", "privat", "Mostphotos", "TT",
                     "Länsstyrelsen"),
            "skjuttid": ("tisdagar 17–20", "torsdagar 17–20", "lördagar 10–14",
                         "söndagar 10–13"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("datum", HEADER, 0.88, *_by_day(_nj_datum)),
            _f("av", HEADER, 0.5, (_OLD, "Av {author}"),
               (NJ_REDESIGN.isoformat(), "Text: {author} · Foto: {foto}")),
            _f("premiar", HEADER, 0.25, *_nj_premiar()),
            _f("las", MIDDLE, 0.3, (_OLD, "Läs också: {other_title}")),
            _f("annons", MIDDLE, 0.25, (_OLD, "Annons"), count=2),
            _f("bild", MIDDLE, 0.15, (_OLD, "Bild: {foto}")),
            _f("skjutbana", MIDDLE, 0.1, (_OLD, "Skjutbanan är öppen för älgskytte "
                                                "{skjuttid}.")),
            _f("viltolycka", FOOTER, 0.3, (_OLD, "Viltolycka? Ring 112 och märk ut platsen "
                                                 "där djuret blev påkört.")),
            _f("avgift", FOOTER, 0.15, *by_year(NJ_AVGIFT, lambda y, v: (
                f"Medlemsavgift jaktåret {y}/{y + 1}: {v} kr, tidningen ingår"), md="07-01")),
            _f("nyhetsbrev", FOOTER, 0.25, (_OLD, "Prenumerera på vårt nyhetsbrev – "
                                                  "jaktnyheter varannan vecka.")),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Jaktvårdsförbundet Norrdalen · Box 114, "
                                              "821 22 Bollnäs · kansli@norrdalensjakt.se")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Jaktvårdsförbundet Norrdalen")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: I en tidigare version angavs fel "
                                                "datum för skjutprovet.")),
        ),
    )


# --- a Finnish hunters' district association ----------------------------------------------

SM_REDESIGN = dt.date(2017, 9, 30)  # relaunched on the opening day of the 2017 moose hunt
SM_OMARIISTA = dt.date(2018, 8, 1)
SM_RHM = {2014: "33", 2015: "33", 2016: "39", 2017: "39", 2018: "39", 2019: "39",
          2020: "39"}  # euros, by the hunting year from 1 August
SM_JASEN = {2015: "34 € (nuoret 17 €)", 2016: "34 € (nuoret 17 €)", 2017: "36 € (nuoret 18 €)",
            2018: "36 € (nuoret 18 €)", 2019: "38 € (nuoret 19 €)", 2020: "38 € (nuoret 19 €)"}
KUOPIO = (62.89, 27.68)


def moose_fi(y: int) -> dt.date:
    """The Finnish moose-hunt opening: the last Saturday of September."""
    return last_weekday(y, 9, 5)


def _sm_pvm(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    return f"Julkaistu {PV_LYHYT[day.weekday()]} {day.day}.{day.month}.{day.year} klo {{time}}"


def _sm_aurinko(day: dt.date) -> str:
    rise, down = sun_times(day, *KUOPIO, eet_offset(day))
    return f"Aurinko nousee {rise} ja laskee {down} (Kuopio, {day.day}.{day.month}.)"


@cache
def _sm_ajankohtaista() -> Wordings:
    base = _steps((_OLD, "Metsästäjätutkinnot ja ampumakokeet: katso päivät "
                         "tapahtumakalenterista."),
                  (SM_OMARIISTA.isoformat(), "Ampumakoe on voimassa kolme vuotta – tarkista "
                                             "omasi Oma riista -palvelusta."))
    korona = [_span("2020-03-17", "2020-05-31", "Koronavirus: koulutukset ja ampumakokeet on "
                                                "siirretty, seuraa tiedotteita")]
    sorsa = _yearly("08-20", 7, 0, lambda y: f"Sorsastus alkaa "
                                             f"{PV_ESSIIVI[dt.date(y, 8, 20).weekday()]} "
                                             f"20.8.{y} klo 12")
    kanalinnut = _yearly("09-10", 7, 0, lambda y: f"Metsäkanalintujen metsästys alkaa "
                                                  f"10.9.{y}: tarkista alueesi rajoitukset")
    hirvi = _movable(moose_fi, 10, 0, lambda y: f"Hirvenmetsästys alkaa lauantaina "
                                                f"{moose_fi(y).day}.9.{y}")
    return _calendar(base, korona, sorsa, kanalinnut, hirvi)


def savo_style() -> PublisherStyle:
    """A Finnish hunters' district association: a section from a pool, the numeric date
    turned "Julkaistu" with the abbreviated weekday and the time on the opening day of the
    2017 moose hunt (a wording per day), "Teksti:", sunrise and sunset at Kuopio in Finnish
    summer or winter time (a wording per day), a news line reworded in 2018 and turned by
    each year's duck-hunt opening (20 August at noon), forest-grouse opening (10 September),
    moose-hunt opening (the last Saturday of September) and the pandemic, "Lue myös:" and
    "Mainos" (up to twice) mid-body, a photo credit from a pool, the game management fee by
    hunting year (from each 1 August), the year's dues, the magazine, contact and copyright
    lines (a block), a rare correction."""
    return PublisherStyle(
        domain="savonmetsastajat.fi", site="Savon Metsästäjäpiiri", base_size=170,
        subdomains=(("www.", 100),),
        sections=("uutiset", "hirvi", "suurpedot", "ammunta", "koirat", "koulutus"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "osio": ("Uutiset", "Hirvi", "Suurpedot", "Ammunta", "Koirat", "Koulutus",
                     "Riistanhoito"),
            "kuva": ("Savon Metsästäjäpiiri", "Lehtikuva", "kotialbumi", "Riistakamera",
                     "Pekka Rönkkö"),
        },
        families=(
            _f("osio", HEADER, 0.45, (_OLD, "{osio}")),
            _f("pvm", HEADER, 0.88, *_by_day(_sm_pvm)),
            _f("kirjoittaja", HEADER, 0.45, (_OLD, "Teksti: {author}")),
            _f("aurinko", HEADER, 0.15, *_by_day(_sm_aurinko)),
            _f("ajankohtaista", HEADER, 0.25, *_sm_ajankohtaista()),
            _f("lue", MIDDLE, 0.3, (_OLD, "Lue myös: {other_title}")),
            _f("mainos", MIDDLE, 0.25, (_OLD, "Mainos"), count=2),
            _f("kuva", MIDDLE, 0.2, (_OLD, "Kuva: {kuva}")),
            _f("riistanhoitomaksu", FOOTER, 0.15, *by_year(SM_RHM, lambda y, v: (
                f"Riistanhoitomaksu metsästysvuodelta {y}–{y + 1} on {v} euroa."), md="08-01")),
            _f("jasenmaksu", FOOTER, 0.15, *by_year(SM_JASEN, lambda y, v: (
                f"Jäsenmaksu vuodelle {y}: {v}"))),
            _f("lehti", FOOTER, 0.2, (_OLD, "Jäsenenä saat Eräviesti-lehden neljä kertaa "
                                            "vuodessa.")),
            _f("yhteys", FOOTER, 0.3, (_OLD, "Savon Metsästäjäpiiri ry · Kauppakatu 22, 70100 "
                                             "Kuopio · toimisto@savonmetsastajat.fi")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Savon Metsästäjäpiiri ry")),
            _f("korjaus", HEADER, 0.04, (_OLD, "Korjaus: Jutussa oli aiemmin väärä "
                                               "ampumakoepäivä.")),
        ),
    )


# --- a Czech district hunting association -------------------------------------------------

OH_REDESIGN = dt.date(2018, 3, 1)
OH_PRISPEVEK = {2015: "950 Kč", 2016: "950 Kč", 2017: "1 000 Kč", 2018: "1 050 Kč",
                2019: "1 100 Kč", 2020: "1 150 Kč"}
AMP_ZLIN = (dt.date(2017, 6, 27), dt.date(2019, 2, 28))
AMP_VOLNO = (dt.date(2019, 3, 1), dt.date(2019, 4, 30))


def trophy_show(y: int) -> dt.date:
    """The district trophy show: the second Saturday of April."""
    return nth_weekday(y, 4, 5, 2)


def hunters_ball(y: int) -> dt.date:
    """The hunters' ball: the second Saturday of February."""
    return nth_weekday(y, 2, 5, 2)


def _oh_datum(day: dt.date) -> str:
    if day < OH_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}"
    return f"{DNY[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year}"


@cache
def _oh_amp() -> Wordings:
    base = _steps((_OLD, "Uhynulou černou zvěř hlaste krajské veterinární správě."))
    events = [
        (AMP_ZLIN[0], AMP_ZLIN[1] + ONE, "⚠️ Africký mor prasat na Zlínsku: platí mimořádná "
                                         "veterinární opatření a zákaz vstupu do lesa v "
                                         "zamořené oblasti"),
        (AMP_VOLNO[0], AMP_VOLNO[1] + ONE, "Česko je opět prosté afrického moru prasat: "
                                           "opatření se postupně ruší"),
        (ASP_DE, None, "🐗 Africký mor prasat v Německu: zvýšená ostražitost, odběr vzorků od "
                       "uhynulých divočáků"),
    ]
    return _calendar(base, events)


@cache
def _oh_pozvanka() -> Wordings:
    base = _steps((_OLD, "Kalendář akcí spolku najdete v sekci Akce."))
    covid = [_span("2020-03-12", "2020-05-17", "Přehlídka trofejí 2020 se kvůli koronaviru "
                                               "nekoná")]
    show = _movable(trophy_show, 14, 1, lambda y: (
        f"Chovatelská přehlídka trofejí {y}: sobota {trophy_show(y).day}. dubna, sokolovna"))
    ball = _movable(hunters_ball, 14, 0, lambda y: (
        f"Myslivecký ples {y}: sobota {hunters_ball(y).day}. února, vstupenky na sekretariátu"))
    hubert = _yearly("11-03", 7, 0, lambda y: (
        f"Svatohubertská mše {y}: {DNY[dt.date(y, 11, 3).weekday()]} 3. listopadu"))
    return _calendar(base, covid, show, ball, hubert)


def horacko_style() -> PublisherStyle:
    """A Czech district hunting association: a section from a pool, the numeric date with
    spaces turned the weekday and the genitive month on 1 March 2018 (a wording per day),
    "Autor:", an African-swine-fever line turned by the Zlín outbreak, the country's free
    status again and the German outbreak, an invitation line turned by each year's hunters'
    ball, trophy show and St Hubert's mass (the 2020 show cancelled), "Čtěte také:" and
    "Reklama" (up to twice) mid-body, a photo credit from a pool, the year's dues, the
    insurance, office and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="omshoracko.cz", site="OMS Horácko", base_size=150,
        subdomains=(("www.", 100),),
        sections=("aktuality", "kynologie", "strelectvi", "mladi-myslivci", "zkousky"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rubrika": ("Aktuality", "Kynologie", "Střelectví", "Mladí myslivci",
                        "Ochrana přírody", "Zkoušky"),
            "foto": ("OMS Horácko", "archiv spolku", "Josef Dvořák", "Shutterstock"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.88, *_by_day(_oh_datum)),
            _f("autor", HEADER, 0.45, (_OLD, "Autor: {author}")),
            _f("amp", HEADER, 0.25, *_oh_amp()),
            _f("ctete", MIDDLE, 0.3, (_OLD, "Čtěte také: {other_title}")),
            _f("reklama", MIDDLE, 0.25, (_OLD, "Reklama"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("pozvanka", FOOTER, 0.25, *_oh_pozvanka()),
            _f("prispevek", FOOTER, 0.15, *by_year(OH_PRISPEVEK, lambda y, v: (
                f"Členský příspěvek na rok {y}: {v}"))),
            _f("pojisteni", FOOTER, 0.2, (_OLD, "Povinné pojištění myslivce sjednáte na "
                                                "sekretariátu spolku.")),
            _f("sekretariat", FOOTER, 0.3, (_OLD, "Sekretariát OMS Horácko: úterý a čtvrtek "
                                                  "8–15 h, Masarykovo nám. 14, 674 01 "
                                                  "Třebíč")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} OMS Horácko, z. s.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: V původní verzi článku bylo uvedeno "
                                              "chybné datum zkoušek.")),
        ),
    )


# --- a Slovenian regional beekeepers' union -----------------------------------------------

CP_REDESIGN = dt.date(2018, 5, 20)  # relaunched on the first World Bee Day
CP_CLANARINA = {2015: "25 €", 2016: "25 €", 2017: "27 €", 2018: "27 €", 2019: "30 €",
                2020: "30 €"}
CP_GNILOBA = (dt.date(2016, 6, 10), dt.date(2016, 8, 31))
SCALE_MONTHS = (-0.15, -0.2, -0.1, 0.6, 1.4, 0.9, 0.5, 0.0, -0.1, -0.2, -0.15, -0.1)


def _cp_datum(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Objavljeno: {DNEVI[day.weekday()]}, {day.day}. {day.month}. {day.year} ob {{time}}"


def hive_change(day: dt.date) -> float:
    """A control hive's made-up weight change on `day`, in kilograms to 0.1 kg."""
    base = SCALE_MONTHS[day.month - 1]
    spread = 1.2 if 4 <= day.month <= 7 else 0.15
    return round(base + spread * noise(day, "tehtnica"), 1)


def _cp_tehtnica(day: dt.date) -> str:
    kg = hive_change(day)
    change = "0,0" if kg == 0 else f"{kg:+.1f}".replace(".", ",")
    return f"Kontrolna tehtnica Ruše, {day.day}. {day.month}. {day.year}: {change} kg"


@cache
def _cp_zdravstvo() -> Wordings:
    base = _steps((_OLD, "Sum na bolezen čebel? Obvestite pristojnega veterinarja."))
    gniloba = [(CP_GNILOBA[0], CP_GNILOBA[1] + ONE, "Huda gniloba čebelje zalege v okolici "
                                                    "Ruš: prepovedano je prevažanje čebel")]
    poletje = _yearly("08-31", 45, 0, lambda y: (
        f"Poletno zatiranje varoj po zadnjem točenju, najpozneje do 31. avgusta {y}"))
    zima = _yearly("12-31", 45, 0, lambda y: (
        f"Zimsko zatiranje varoj z oksalno kislino v brezzaležnem obdobju, do 31. decembra {y}"))
    return _calendar(base, gniloba, poletje, zima)


def slovenian_breakfast(y: int) -> dt.date:
    """The Traditional Slovenian Breakfast: the third Friday of November."""
    return nth_weekday(y, 11, 4, 3)


@cache
def _cp_dogodki() -> Wordings:
    base = _steps((_OLD, "Včlanite se v čebelarsko društvo v svojem kraju."))
    covid = [_span("2020-03-13", "2020-05-31", "Zaradi epidemije so predavanja v društvih "
                                               "odpovedana")]
    pobuda = _yearly("05-20", 10, 0, lambda y: (
        f"Podprite pobudo za svetovni dan čebel 20. maja ({y})"), years=range(2016, 2018))
    dan = _yearly("05-20", 10, 0, lambda y: f"20. maj {y} – svetovni dan čebel: praznujte z "
                                            f"nami", years=range(2018, 2021))
    zajtrk = _movable(slovenian_breakfast, 7, 0, lambda y: (
        f"Tradicionalni slovenski zajtrk, petek, {slovenian_breakfast(y).day}. novembra {y}: "
        f"med iz domačega čebelnjaka"))
    return _calendar(base, covid, pobuda, dan, zajtrk)


def pohorje_style() -> PublisherStyle:
    """A Slovenian regional beekeepers' union: a section from a pool, the numeric date turned
    "Objavljeno:" with the weekday and the time on the first World Bee Day (20 May 2018, a
    wording per day), "Avtor:", a control hive's weight change that day (a wording per day),
    a bee-health line turned by a foulbrood zone in 2016 and each year's summer and winter
    varroa treatment, an events line turned by the World Bee Day campaign and the day
    itself from 2018, the Traditional Slovenian Breakfast (third Friday of November) and the
    pandemic, "Preberite tudi:" and "Oglas" (up to twice) mid-body, a photo credit from a
    pool, the year's dues, the Carniolan-bee line, the contact and copyright lines (a
    block), a rare correction."""
    return PublisherStyle(
        domain="cebelarji-pohorje.si", site="Čebelarska zveza Pohorje-Drava", base_size=130,
        subdomains=(("www.", 100),),
        sections=("novice", "pasa", "zdravstvo", "izobrazevanje", "drustva"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rubrika": ("Novice", "Paša", "Zdravstveno varstvo čebel", "Izobraževanje",
                        "Čebelji pridelki", "Društva"),
            "foto": ("Čebelarska zveza Pohorje-Drava", "arhiv društva", "Marko Kovač",
                     "Shutterstock"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.88, *_by_day(_cp_datum)),
            _f("avtor", HEADER, 0.45, (_OLD, "Avtor: {author}")),
            _f("tehtnica", HEADER, 0.2, *_by_day(_cp_tehtnica)),
            _f("zdravstvo", FOOTER, 0.25, *_cp_zdravstvo()),
            _f("dogodki", HEADER, 0.2, *_cp_dogodki()),
            _f("preberite", MIDDLE, 0.3, (_OLD, "Preberite tudi: {other_title}")),
            _f("oglas", MIDDLE, 0.2, (_OLD, "Oglas"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("clanarina", FOOTER, 0.15, *by_year(CP_CLANARINA, lambda y, v: (
                f"Članarina za leto {y}: {v}, vključno z revijo Panj"))),
            _f("kranjska", FOOTER, 0.15, (_OLD, "Kranjska čebela je zaščitena avtohtona "
                                                "pasma: v Sloveniji je dovoljena samo njena "
                                                "reja.")),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Čebelarska zveza Pohorje-Drava · Mariborska "
                                              "cesta 9, 2342 Ruše · tajnistvo@cebelarji-"
                                              "pohorje.si")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Čebelarska zveza Pohorje-Drava. "
                                                 "Vse pravice pridržane.")),
            _f("popravek", HEADER, 0.04, (_OLD, "Popravek: V prvotni objavi je bil naveden "
                                                "napačen datum predavanja.")),
        ),
    )


# --- an English beekeepers' association ---------------------------------------------------

WB_REDESIGN = dt.date(2019, 1, 14)
WB_HORNET_APP = dt.date(2017, 4, 1)
WB_SUBS = {2015: "£26", 2016: "£26", 2017: "£27", 2018: "£28", 2019: "£29", 2020: "£30"}


def honey_show(y: int) -> dt.date:
    """The association's honey show: the first Saturday of September."""
    return nth_weekday(y, 9, 5, 1)


def national_honey_show(y: int) -> dt.date:
    """The first day of the National Honey Show: the last Thursday of October."""
    return last_weekday(y, 10, 3)


def _wb_posted(day: dt.date) -> str:
    if day < WB_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year} · {{author}}"


@cache
def _wb_hornet() -> Wordings:
    base = _steps((_OLD, "Learn to recognise the Asian hornet and report any sighting to the "
                         "Non-Native Species Secretariat."),
                  (WB_HORNET_APP.isoformat(), "Report a suspected Asian hornet with the Asian "
                                              "Hornet Watch app, with a photo if you can."))
    alerts = [
        _span("2016-09-20", "2016-10-31", "⚠️ Asian hornet confirmed in Gloucestershire: "
                                          "watch your hives and report any sighting."),
        _span("2018-09-03", "2018-10-14", "⚠️ Asian hornet nests found in the south of "
                                          "England: keep monitoring traps out until "
                                          "November."),
    ]
    return _calendar(base, alerts)


@cache
def _wb_events() -> Wordings:
    base = _steps((_OLD, "Members' evenings: second Tuesday of the month, 7.30pm, Wealdmere "
                         "Village Hall."))
    cancelled = [_span("2020-08-10", "2020-09-05", "🍯 No honey show this year: enter our "
                                                   "online photo competition instead")]
    covid = [(iso_day("2020-03-17"), None, "🦠 Meetings have moved online: join us on Zoom "
                                           "until further notice")]
    show = _movable(honey_show, 21, 0, lambda y: (
        f"🍯 Honey Show {y}: Saturday {honey_show(y).day} September at the village hall. "
        f"Schedules from the show secretary."))
    national = _movable(national_honey_show, 14, 2, lambda y: (
        f"National Honey Show {y} opens on Thursday {national_honey_show(y).day} October: "
        f"car-sharing list at the next meeting"))
    course = _yearly("02-01", 21, 6, lambda y: f"Beginners' course {y}: eight Wednesday "
                                               f"evenings from February, a few places left")
    return _calendar(base, cancelled, covid, show, national, course)


def wealdmere_style() -> PublisherStyle:
    """An English beekeepers' association: "Posted on" with the American-order date and the
    writer turned the short date and the writer on 14 January 2019 (a wording per day), a
    swarm line that changes with the swarm season (April to July), "See also:" mid-body, a
    photo credit from a pool, an apiary-meeting line from a pool, an Asian-hornet line
    reworded for the app in 2017 and turned by two alerts, an events line turned by each
    year's honey show (the first Saturday of September), the National Honey Show (the last
    Thursday of October), the beginners' course and the pandemic (the 2020 show cancelled),
    the BeeBase line, the year's subscriptions, the charity and copyright lines (a block), a
    rare update."""
    return PublisherStyle(
        domain="wealdmerebees.org.uk", site="Wealdmere Beekeepers' Association", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "swarms", "bee-health", "honey-show", "training"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "photo": ("Wealdmere Beekeepers' Association", "the author", "Sue Hollins",
                      "National Bee Unit"),
            "apiary": ("Saturday 2pm at the teaching apiary", "Sunday 10.30am at Holt Farm",
                       "Wednesday 6pm at the teaching apiary"),
        },
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_wb_posted)),
            _f("swarm", HEADER, 0.3, *_seasons(
                ("04-01", "🐝 Seen a swarm? Call our swarm line on 07700 900361 and a "
                          "collector will come out."),
                ("08-01", "Our swarm collectors are back on call from April. For wasp nests, "
                          "please call a pest controller."))),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("apiary", MIDDLE, 0.1, (_OLD, "Apiary meeting: {apiary}, weather "
                                             "permitting.")),
            _f("hornet", FOOTER, 0.25, *_wb_hornet()),
            _f("events", FOOTER, 0.3, *_wb_events()),
            _f("beebase", FOOTER, 0.15, (_OLD, "Register your apiary on BeeBase so the bee "
                                               "inspector can warn you of foulbrood "
                                               "nearby.")),
            _f("subs", FOOTER, 0.15, *by_year(WB_SUBS, lambda y, v: (
                f"Subscriptions for {y}: {v} for a registered member, including bee disease "
                f"insurance."))),
            _f("charity", FOOTER, 0.35, (_OLD, "Wealdmere Beekeepers' Association is a "
                                               "registered charity, no. 1041187.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Wealdmere Beekeepers' "
                                                "Association")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the date of the bait-hive workshop has "
                                              "changed.")),
        ),
    )


# --- a German beekeepers' club ------------------------------------------------------------

IL_REDESIGN = dt.date(2019, 3, 1)
DSGVO = dt.date(2018, 5, 25)
IL_BEITRAG = {2015: "30 €", 2016: "30 €", 2017: "32 €", 2018: "32 €", 2019: "35 €",
              2020: "35 €"}
IL_FAULBRUT = ((dt.date(2016, 5, 10), dt.date(2016, 9, 30)),
               (dt.date(2019, 6, 3), dt.date(2019, 10, 15)))
BIENENJAHR = (
    "Winterruhe: Völker nicht stören, Fluglöcher frei halten",
    "Reinigungsflug beobachten, Gemülldiagnose für die Varroa",
    "Frühjahrsdurchsicht an warmen Tagen, Futtervorrat prüfen",
    "Honigraum aufsetzen, Drohnenrahmen einhängen",
    "Schwarmkontrolle alle sieben Tage, Frühtracht schleudern",
    "Ableger bilden, Sommertracht beobachten",
    "Letzte Ernte, danach sofort gegen die Varroa behandeln",
    "Auffüttern und die Ameisensäurebehandlung abschließen",
    "Einfütterung abschließen, Mäusegitter bereithalten",
    "Mäusegitter anbringen, Völker einengen",
    "Brutfreiheit abwarten, Beuten gegen Sturm sichern",
    "Oxalsäure-Winterbehandlung in der brutfreien Zeit",
)


def _il_datum(day: dt.date) -> str:
    if day < IL_REDESIGN:
        return f"{day.day}. {MONATE[day.month - 1]} {day.year}"
    return f"Beitrag vom {day.day:02d}.{day.month:02d}.{day.year}"


def _il_monat(day: dt.date) -> str:
    return f"Bienenjahr {MONATE[day.month - 1]} {day.year}: {BIENENJAHR[day.month - 1]}"


@cache
def _il_varroa() -> Wordings:
    base = _steps((_OLD, "Varroa im Blick behalten: den natürlichen Milbenfall regelmäßig "
                         "kontrollieren."))
    faulbrut = [(first, last + ONE, f"⚠️ Amerikanische Faulbrut: Sperrbezirk um Lindenhöhe "
                                    f"seit {first.day}.{first.month}.{first.year} – keine Völker "
                                    f"verbringen") for first, last in IL_FAULBRUT]
    sommer = _yearly("08-31", 40, 0, lambda y: f"Varroa-Sommerbehandlung {y}: nach der "
                                               f"letzten Schleuderung mit Ameisensäure "
                                               f"behandeln")
    winter = _yearly("12-31", 30, 0, lambda y: f"Winterbehandlung {y}: Oxalsäure in der "
                                               f"brutfreien Zeit träufeln oder sprühen")
    return _calendar(base, faulbrut, sommer, winter)


def tag_der_imkerei(y: int) -> dt.date:
    """The open-apiary day: the first Saturday of July."""
    return nth_weekday(y, 7, 5, 1)


@cache
def _il_termine() -> Wordings:
    base = _steps((_OLD, "Vereinsabend an jedem ersten Freitag im Monat um 19:30 Uhr im "
                         "Gasthaus Zur Linde."))
    corona = [_span("2020-03-16", "2020-06-30", "Die Vereinsabende fallen wegen Corona bis "
                                                "auf Weiteres aus.")]
    kurs = _yearly("03-01", 30, 0, lambda y: f"Neuimkerkurs {y}: Anmeldung bis 1. März")
    imkerei = _movable(tag_der_imkerei, 10, 1, lambda y: (
        f"Tag der offenen Imkerei {y}: Lehrbienenstand am Samstag, "
        f"{tag_der_imkerei(y).day}. Juli"))
    praemierung = _yearly("10-15", 21, 0, lambda y: f"Honigprämierung {y}: Gläser bis 15. "
                                                    f"Oktober beim Vorstand abgeben")
    return _calendar(base, corona, kurs, imkerei, praemierung)


def lindenhoehe_style() -> PublisherStyle:
    """A German beekeepers' club: the long date turned "Beitrag vom" with the numeric date on
    1 March 2019 (a wording per day), "von", the beekeeping year's tasks for the month (a
    wording per month), a varroa line turned by two foulbrood restriction zones and each
    year's summer and winter treatment, a dates line turned by the beginners' course, the
    open-apiary day (first Saturday of July), the honey judging and the pandemic,
    "Weitere Beiträge:" mid-body, a photo credit and a honey seller from pools, the year's
    dues, the imprint, a privacy line reworded for the GDPR and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="imkerverein-lindenhoehe.de", site="Imkerverein Lindenhöhe", base_size=90,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "bienenjahr", "termine", "honig"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={
            "bild": ("Imkerverein Lindenhöhe", "privat", "Pixabay", "Landesverband"),
            "imker": ("Imkerei Brandt, Lindenweg 4", "Familie Özdemir, Hofladen am Kirchberg",
                      "Imkerei Schwalm, Wochenmarkt samstags"),
        },
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_il_datum)),
            _f("autor", HEADER, 0.4, (_OLD, "von {author}")),
            _f("monat", HEADER, 0.3, *_by_day(_il_monat)),
            _f("weitere", MIDDLE, 0.3, (_OLD, "Weitere Beiträge: {other_title}")),
            _f("bild", MIDDLE, 0.2, (_OLD, "Bild: {bild}")),
            _f("honig", MIDDLE, 0.1, (_OLD, "Honig aus der Region: {imker}")),
            _f("varroa", FOOTER, 0.25, *_il_varroa()),
            _f("termine", FOOTER, 0.25, *_il_termine()),
            _f("beitrag", FOOTER, 0.15, *by_year(IL_BEITRAG, lambda y, v: (
                f"Jahresbeitrag {y}: {v} je Mitglied zuzüglich Umlage je Volk"))),
            _f("impressum", FOOTER, 0.3, (_OLD, "Imkerverein Lindenhöhe e.V. · Vereinsregister "
                                                "VR 1187 · Mitglied im Landesverband der "
                                                "Imker")),
            _f("datenschutz", FOOTER, 0.2, (_OLD, "Diese Seite verwendet Cookies."),
               (DSGVO.isoformat(), "Hinweise nach der DSGVO finden Sie in unserer "
                                   "Datenschutzerklärung.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Imkerverein Lindenhöhe e.V.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Kurs beginnt eine Woche "
                                                 "später als zuerst gemeldet.")),
        ),
    )


# --- a Swedish beekeepers' society --------------------------------------------------------

VM_REDESIGN = dt.date(2018, 6, 1)
VM_AVGIFT = {2015: "395 kr", 2016: "395 kr", 2017: "410 kr", 2018: "425 kr", 2019: "425 kr",
             2020: "440 kr"}


def _vm_datum(day: dt.date) -> str:
    if day < VM_REDESIGN:
        return day.isoformat()
    return f"{day.day} {MANADER[day.month - 1]} {day.year}"


@cache
def _vm_bisjukdom() -> Wordings:
    base = _steps((_OLD, "Misstänker du bisjukdom? Kontakta länsstyrelsens bitillsynsman."))
    rota = [_span("2017-07-10", "2017-09-30", "Amerikansk yngelröta konstaterad i Köping: "
                                              "flytta inga bisamhällen inom tre kilometer")]
    varroa = _yearly("08-31", 30, 0, lambda y: f"Dags att behandla mot varroa efter sista "
                                               f"slungningen ({y})")
    return _calendar(base, rota, varroa)


def annual_meeting_se(y: int) -> dt.date:
    """The society's annual meeting: the first Sunday of March."""
    return nth_weekday(y, 3, 6, 1)


def honey_market(y: int) -> dt.date:
    """The honey market: the first Saturday of September."""
    return nth_weekday(y, 9, 5, 1)


@cache
def _vm_traffar() -> Wordings:
    base = _steps((_OLD, "Välkommen till våra medlemsträffar – hela programmet finns i "
                         "kalendern."))
    corona = [_span("2020-03-15", "2020-08-31", "Vårens och sommarens träffar är inställda på "
                                                "grund av coronapandemin")]
    kurs = _yearly("02-15", 35, 0, lambda y: f"Nybörjarkurs i biodling {y}: anmälan senast "
                                             f"15 februari")
    arsmote = _movable(annual_meeting_se, 13, 0, lambda y: (
        f"Årsmöte {y}: söndag {annual_meeting_se(y).day} mars kl. 14 i Folkets hus"))
    marknad = _movable(honey_market, 14, 0, lambda y: (
        f"Honungsmarknad lördag {honey_market(y).day} september {y} på torget"))
    return _calendar(base, corona, kurs, arsmote, marknad)


def malardalen_style() -> PublisherStyle:
    """A Swedish beekeepers' society: the ISO date turned the long date on 1 June 2018 (a
    wording per day), "Skrivet av", a bee-disease line turned by a foulbrood zone in 2017
    and each year's varroa treatment, a meetings line turned by the beginners' course, the
    annual meeting (first Sunday of March), the honey market (first Saturday of September)
    and the pandemic, "Läs även:" mid-body, a photo credit and a honey seller from pools,
    the year's dues, the society and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="vmbiodlare.se", site="Västra Mälardalens Biodlare", base_size=70,
        subdomains=(("www.", 100),),
        sections=("nyheter", "bihalsa", "kurser", "honung"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "foto": ("Västra Mälardalens Biodlare", "privat", "Anna Lindqvist"),
            "honung": ("Kolbäcks bigård", "Biodlare Eriksson i Arboga", "Gårdsbutiken i "
                       "Kungsör"),
        },
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_vm_datum)),
            _f("skribent", HEADER, 0.35, (_OLD, "Skrivet av {author}")),
            _f("bisjukdom", FOOTER, 0.25, *_vm_bisjukdom()),
            _f("traffar", HEADER, 0.2, *_vm_traffar()),
            _f("las", MIDDLE, 0.25, (_OLD, "Läs även: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("honung", MIDDLE, 0.1, (_OLD, "Köp lokal honung: {honung}")),
            _f("avgift", FOOTER, 0.15, *by_year(VM_AVGIFT, lambda y, v: (
                f"Medlemsavgift {y}: {v}, familjemedlem 100 kr"))),
            _f("forening", FOOTER, 0.3, (_OLD, "Västra Mälardalens Biodlare · org.nr "
                                               "802412-3361 · Bankgiro 5521-0412")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Västra Mälardalens Biodlare")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: Kursen börjar en vecka senare än vi "
                                                "först skrev.")),
        ),
    )


# --- a Finnish village association --------------------------------------------------------

HK_REDESIGN = dt.date(2019, 1, 1)
YKSITYISTIELAKI = dt.date(2019, 1, 1)  # the new private roads act came into force
KELIRIKKO = {2015: ("2015-04-08", "2015-05-15"), 2016: ("2016-03-30", "2016-05-06"),
             2017: ("2017-04-12", "2017-05-19"), 2018: ("2018-04-18", "2018-05-22"),
             2019: ("2019-04-03", "2019-05-10"), 2020: ("2020-03-25", "2020-04-30")}
HK_JASEN = {2015: "12 €", 2016: "12 €", 2017: "15 €", 2018: "15 €", 2019: "15 €", 2020: "18 €"}


def _hk_pvm(day: dt.date) -> str:
    if day < HK_REDESIGN:
        return f"Julkaistu {day.day}.{day.month}.{day.year}"
    return (f"{PV_ESSIIVI[day.weekday()].capitalize()} {day.day}. {KUUT[day.month - 1]} "
            f"{day.year}")


@cache
def _hk_tiekunta() -> Wordings:
    base = _steps((_OLD, "Tieyksiköt ja tiemaksut: ota yhteyttä tiekunnan toimitsijaan."),
                  (YKSITYISTIELAKI.isoformat(), "Uusi yksityistielaki voimassa 1.1.2019: "
                                                "tiekunnan kokous päättää tiemaksuista."))
    kelirikko = []
    for y, (first, last) in KELIRIKKO.items():
        a, b = iso_day(first), iso_day(last)
        kelirikko.append(_span(first, last, f"Kelirikko: Honkalahdentiellä painorajoitus 8 "
                                            f"tonnia {a.day}.{a.month}.–{b.day}.{b.month}.{y}"))
    return _calendar(base, kelirikko)


def spring_work_day(y: int) -> dt.date:
    """The village's spring work party: the second Saturday of May."""
    return nth_weekday(y, 5, 5, 2)


def little_christmas(y: int) -> dt.date:
    """The village's Christmas party: the first Saturday of December."""
    return nth_weekday(y, 12, 5, 1)


@cache
def _hk_tapahtumat() -> Wordings:
    base = _steps((_OLD, "Tervetuloa kylätalolle! Tapahtumat päivitetään tälle sivulle."))
    korona = [_span("2020-03-18", "2020-06-01", "Kylätalo on suljettu koronaviruksen vuoksi, "
                                                "tapahtumat perutaan")]
    talkoot = _movable(spring_work_day, 10, 0, lambda y: (
        f"Kevättalkoot lauantaina {spring_work_day(y).day}.5.{y} klo 10, talkoosoppa tarjolla"))
    kokko = _movable(midsummer_eve, 10, 0, lambda y: (
        f"Juhannuskokko rannassa juhannusaattona {midsummer_eve(y).day}.6.{y} klo 21"))
    pikkujoulu = _movable(little_christmas, 14, 0, lambda y: (
        f"Kylän pikkujoulut lauantaina {little_christmas(y).day}.12.{y} kylätalolla"))
    return _calendar(base, korona, talkoot, kokko, pikkujoulu)


def honkalahti_style() -> PublisherStyle:
    """A Finnish village association with its private-road board: "Julkaistu" with the
    numeric date turned the weekday and the partitive month on 1 January 2019 (a wording per
    day), a road line reworded when the new private roads act came into force (1 January
    2019) and turned by each spring's thaw weight limit, an events line turned by the spring
    work party, the Midsummer bonfire (Midsummer Eve), the Christmas party and the
    pandemic, "Katso myös:" mid-body, a sauna line from a pool, the year's dues with the
    account, the hall hire, EU rural-fund and contact lines (a block), a rare correction."""
    return PublisherStyle(
        domain="honkalahdenkyla.fi", site="Honkalahden kyläyhdistys", base_size=55,
        subdomains=(("www.", 70), ("", 30)),
        sections=("ajankohtaista", "tiekunta", "tapahtumat"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"sauna": ("lauantaisin klo 16–20", "keskiviikkoisin klo 17–21",
                         "perjantaisin klo 17–20")},
        families=(
            _f("pvm", HEADER, 0.85, *_by_day(_hk_pvm)),
            _f("tiekunta", HEADER, 0.25, *_hk_tiekunta()),
            _f("tapahtumat", FOOTER, 0.3, *_hk_tapahtumat()),
            _f("katso", MIDDLE, 0.2, (_OLD, "Katso myös: {other_title}")),
            _f("sauna", MIDDLE, 0.15, (_OLD, "Kylätalon sauna lämpiää {sauna}.")),
            _f("jasenmaksu", FOOTER, 0.2, *by_year(HK_JASEN, lambda y, v: (
                f"Jäsenmaksu {y}: {v} / talous, tilille FI21 1234 5600 0007 85"))),
            _f("vuokraus", FOOTER, 0.2, (_OLD, "Kylätalon vuokraus: puh. 040 123 4567")),
            _f("leader", FOOTER, 0.1, (_OLD, "Euroopan maaseudun kehittämisen "
                                             "maatalousrahasto: Eurooppa investoi "
                                             "maaseutualueisiin.")),
            _f("yhteys", FOOTER, 0.3, (_OLD, "Honkalahden kyläyhdistys ry · Honkalahdentie "
                                             "12, 58900 Rantasalmi")),
            _f("korjaus", HEADER, 0.04, (_OLD, "Korjaus: Talkoopäivä on lauantai eikä "
                                               "sunnuntai.")),
        ),
    )


# --- a Slovenian hunting club -------------------------------------------------------------

LV_REDESIGN = dt.date(2019, 2, 1)
LV_CLANARINA = {2015: "160 €", 2016: "160 €", 2017: "170 €", 2018: "170 €", 2019: "180 €",
                2020: "180 €"}


def annual_assembly_si(y: int) -> dt.date:
    """The club's annual assembly: the second Saturday of March."""
    return nth_weekday(y, 3, 5, 2)


def hubert_mass_si(y: int) -> dt.date:
    """St Hubert's mass at the club's hut: the first Sunday of November."""
    return nth_weekday(y, 11, 6, 1)


def _lv_datum(day: dt.date) -> str:
    if day < LV_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}"
    return f"{DNEVI[day.weekday()]}, {day.day}. {MESECI[day.month - 1]} {day.year}"


@cache
def _lv_obvestila() -> Wordings:
    base = _steps((_OLD, "Vse člane vabimo na delovne akcije v lovišču."))
    kuga = [(ASP_DE, None, "Afriška prašičja kuga v Nemčiji: poginule divje prašiče takoj "
                           "javite veterinarski upravi")]
    zbor = _movable(annual_assembly_si, 14, 0, lambda y: (
        f"Občni zbor bo v soboto, {annual_assembly_si(y).day}. {MESECA[2]} {y}, ob 18. uri v "
        f"lovskem domu"))
    masa = _movable(hubert_mass_si, 10, 0, lambda y: (
        f"Hubertova maša v nedeljo, {hubert_mass_si(y).day}. {MESECA[10]} {y}, pri lovski "
        f"koči"))
    return _calendar(base, kuga, zbor, masa)


def vrhovlje_style() -> PublisherStyle:
    """A Slovenian hunting club: the numeric date with spaces turned the weekday and the
    month's name on 1 February 2019 (a wording per day), a notices line turned by each
    year's annual assembly (second Saturday of March), St Hubert's mass (first Sunday of
    November) and African swine fever in Germany, the open seasons (changing on the same
    days each year), a photo credit from a pool, the year's dues, the hunters' greeting,
    the hut and contact lines (a block), a rare correction."""
    return PublisherStyle(
        domain="ld-vrhovlje.si", site="Lovska družina Vrhovlje", base_size=40,
        subdomains=(("www.", 100),),
        sections=("novice", "lovisce", "kinologija"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"foto": ("Lovska družina Vrhovlje", "arhiv družine", "Janez Furlan"),
               "dom": ("ob sobotah od 16. ure", "ob nedeljah dopoldne", "po dogovoru z "
                       "gospodarjem")},
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_lv_datum)),
            _f("obvestila", HEADER, 0.25, *_lv_obvestila()),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("lovna-doba", FOOTER, 0.2, *_seasons(
                ("01-01", "V lovni dobi: divji prašič, lisica, šakal"),
                ("05-01", "V lovni dobi: srnjak, lanščak in lanščica srnjadi, divji prašič, "
                          "lisica"),
                ("08-16", "V lovni dobi: srnjak, jelenjad, divji prašič, lisica"),
                ("09-01", "V lovni dobi: srnjad, jelenjad, gams, divji prašič, lisica"),
                ("11-01", "V lovni dobi: srna, mladiči srnjadi, jelenjad, divji prašič, "
                          "lisica"),
            )),
            _f("clanarina", FOOTER, 0.15, *by_year(LV_CLANARINA, lambda y, v: (
                f"Članarina za leto {y}: {v}, pripravniki plačajo polovico"))),
            _f("pozdrav", FOOTER, 0.35, (_OLD, "Z lovskim pozdravom, upravni odbor")),
            _f("dom", FOOTER, 0.2, (_OLD, "Lovski dom je odprt {dom}.")),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Lovska družina Vrhovlje · Vrhovlje 7 · 6210 "
                                              "Sežana")),
            _f("popravek", HEADER, 0.04, (_OLD, "Popravek: Občni zbor bo v soboto in ne v "
                                                "petek.")),
        ),
    )


# --- a Czech beekeepers' local branch -----------------------------------------------------

VP_REDESIGN = dt.date(2018, 9, 1)
VP_PRISPEVEK = {2015: "150 Kč + 10 Kč za včelstvo", 2016: "150 Kč + 10 Kč za včelstvo",
                2017: "160 Kč + 10 Kč za včelstvo", 2018: "160 Kč + 12 Kč za včelstvo",
                2019: "180 Kč + 12 Kč za včelstvo", 2020: "180 Kč + 15 Kč za včelstvo"}
VP_MOR = (dt.date(2019, 5, 20), dt.date(2019, 8, 31))


def _vp_datum(day: dt.date) -> str:
    if day < VP_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    return f"Publikováno: {DNY[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year}"


@cache
def _vp_vcelstva() -> Wordings:
    base = _steps((_OLD, "Kontakty na důvěrníky najdete v sekci Organizace."))
    mor = [(VP_MOR[0], VP_MOR[1] + ONE, "⚠️ Mor včelího plodu v katastru Vlašimi: ochranné "
                                        "pásmo 3 km, přesun včelstev zakázán")]
    meli = _yearly("02-15", 31, 0, lambda y: f"Vzorky zimní měli odevzdejte důvěrníkům do 15. "
                                             f"února {y}")
    dotace = _yearly("09-15", 14, 0, lambda y: f"Žádosti o dotaci na včelstva přijímáme do "
                                               f"15. září {y}")
    aerosol = _yearly("11-30", 30, 0, lambda y: f"Podzimní ošetření včelstev aerosolem "
                                                f"probíhá do 30. listopadu {y}")
    return _calendar(base, mor, meli, dotace, aerosol)


def podblanicko_style() -> PublisherStyle:
    """A Czech beekeepers' local branch: the numeric date turned "Publikováno:" with the
    weekday and the genitive month on 1 September 2018 (a wording per day), "Zapsal:", a
    colonies line turned by a foulbrood zone in 2019, each year's winter-debris samples (to
    15 February), subsidy applications (to 15 September) and autumn aerosol treatment, a
    photo credit and a honey seller from pools, the year's dues per member and colony, the
    contact line, a rare correction."""
    return PublisherStyle(
        domain="vcelaripodblanicka.cz", site="Včelaři Podblanicka", base_size=30,
        subdomains=(("www.", 100),),
        sections=("aktuality", "osveta", "zdravi-vcel"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"foto": ("Včelaři Podblanicka", "archiv", "Jana Horáková"),
               "med": ("Včelařství Novák, Vlašim", "Med z Blaníku, Louňovice",
                       "Farmářský trh v Benešově")},
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_vp_datum)),
            _f("zapsal", HEADER, 0.3, (_OLD, "Zapsal: {author}")),
            _f("vcelstva", FOOTER, 0.3, *_vp_vcelstva()),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("med", MIDDLE, 0.1, (_OLD, "Med od místních včelařů: {med}")),
            _f("prispevek", FOOTER, 0.2, *by_year(VP_PRISPEVEK, lambda y, v: (
                f"Členský příspěvek {y}: {v}"))),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Včelaři Podblanicka, z. s. · Vlašim · IČ "
                                              "70812345")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: Schůze se koná v sobotu, ne v "
                                              "neděli.")),
        ),
    )


def heldout202_styles() -> list[PublisherStyle]:
    """The held-back-202 styles, in the order the generator hands them to publishers."""
    return [
        fieldandquarry_style(), hochwald_style(), norrdalen_style(), savo_style(),
        horacko_style(), pohorje_style(), wealdmere_style(), lindenhoehe_style(),
        malardalen_style(), honkalahti_style(), vrhovlje_style(), podblanicko_style(),
    ]
