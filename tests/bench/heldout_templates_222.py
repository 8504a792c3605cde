"""The ``held-back-222`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
betting warning, an advertisement marker or a "sponsored link" line. The publishers are
equestrian, horse-racing and dog-show news sites in English, French, Irish, Japanese, Spanish
and Swedish: a British racing news site, a French trotting and flat-racing tips site, a
Japanese racing news site, a British dog-show weekly, a Swedish trotting paper, an Irish racing
site, an Argentine turf magazine, an Irish-language horse and pony news site, a French
regional canine club, an American hunter/jumper association, a Spanish regional canine society
and a Swedish riding club. The families are the kinds a crawl of such sites holds: dates
localised day by day in English (with British and Irish summer time, ordinals and AP-style
months), French, Irish, Japanese (with the Heisei and Reiwa eras and the day-of-week kanji),
Spanish and Swedish, several changing form on the day of a redesign (a festival's first day, a
new era); lines that turn every day (the going at the day's meetings, "odds correct at", the
day's Quinté+, the era-dated race-card line, the day's Argentine meetings) and every week (a
dog weekly's issue date, the Saturday V75 and its track, a tipster's running total to the
Sunday); betting-responsibility notices reworded over the years (British, French with the
regulator renamed, Japanese after the 2018 addiction law, Swedish after the 2019 licensing and
its 2020 deposit limit, Irish, Argentine); notices that follow the racing and show calendars
(the Cheltenham Festival and Royal Ascot counted day by day, the Grand National and its 2020
virtual race, the Prix d'Amérique, the Arc with its move to Chantilly and back to
ParisLongchamp, the Derby, Japan Cup and Arima Kinen with their numbers, Elitloppet and the
Swedish Derby, Punchestown, Galway and Leopardstown at Christmas, the Carlos Pellegrini,
Spancilhill, the Dublin Horse Show, Clifden and Ballinasloe, Crufts, Discover Dogs, the
championship shows and their closing dates for entries, club shows and their deadlines, the
pandemic's suspensions and behind-closed-doors racing); amounts that change over the years
(subscriptions, a premium plan with Japan's consumption tax, Irish prize-money, Argentine
subscription prices, membership fees in euros, dollars and kronor, by calendar or by show
season); notices reworded for the GDPR and Spain's 2018 data law; results headers and
result lines; pools (courses, race times, races, horses, prices, breeds, shows,
photographers, tracks, divisions), related links, advertisement markers mid-body (some up
to two times), multi-line blocks (publisher and copyright lines, letters and publisher
lines, editors and imprints), bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements
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
    Event,
    Period,
    Wordings,
    easter,
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
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
VECKODAGAR = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
MIONNA = ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa",
          "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig")
LAETHANTA = ("Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine", "Dé Sathairn",
             "Dé Domhnaigh")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")

REIWA = dt.date(2019, 5, 1)  # the first day of Japan's Reiwa era

# --- helpers of this set ------------------------------------------------------------------


@cache
def jitter(day: dt.date, key: str) -> float:
    """A made-up number from 0 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}/{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0x100000000


def pick(day: dt.date, key: str, items: tuple[str, ...]) -> str:
    """One of `items`, the same for the same `day` and `key`."""
    return items[int(jitter(day, key) * len(items))]


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


def summer_time(day: dt.date) -> bool:
    """Whether British and Irish summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def sunday_of(day: dt.date) -> dt.date:
    """The last Sunday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def saturday_from(day: dt.date) -> dt.date:
    """The first Saturday on or after `day`."""
    return day + dt.timedelta(days=(5 - day.weekday()) % 7)


def era(day: dt.date) -> str:
    """The Japanese era year of `day`: Heisei to 30 April 2019, Reiwa (its first year
    "元年") from 1 May 2019."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return "令和元年" if n == 1 else f"令和{n}年"


def days_of(first: dt.date, n: int, text: Callable[[int], str]) -> list[Event]:
    """A meeting of `n` days from `first`: one event per day, `text` given the day's number
    (from 1)."""
    return [(first + k * ONE, first + (k + 1) * ONE, text(k + 1)) for k in range(n)]


# --- a British racing news site -----------------------------------------------------------

FR_REDESIGN = dt.date(2017, 3, 14)  # relaunched on the first day of the 2017 Festival
FR_NEWSLETTER = dt.date(2018, 9, 3)
FR_GAMBLE_FUN = dt.date(2016, 2, 1)
FR_GAMBLE_THINK = dt.date(2020, 8, 17)
CHELTENHAM = {2015: "2015-03-10", 2016: "2016-03-15", 2017: "2017-03-14", 2018: "2018-03-13",
              2019: "2019-03-12", 2020: "2020-03-10"}  # the Tuesday of each Festival
FESTIVAL_DAYS = ("Champion Day", "Style Wednesday", "St Patrick's Thursday", "Gold Cup Day")
ROYAL_ASCOT = {2015: "2015-06-16", 2016: "2016-06-14", 2017: "2017-06-20", 2018: "2018-06-19",
               2019: "2019-06-18", 2020: "2020-06-16"}
GRAND_NATIONAL = {2015: "2015-04-11", 2016: "2016-04-09", 2017: "2017-04-08",
                  2018: "2018-04-14", 2019: "2019-04-06"}  # none in 2020
GB_SUSPENDED = (dt.date(2020, 3, 18), dt.date(2020, 5, 31))  # no British racing
FLAT_COURSES = ("Newmarket", "York", "Goodwood", "Haydock", "Ascot", "Sandown", "Doncaster",
                "Chester", "Epsom", "Newbury")
JUMPS_COURSES = ("Cheltenham", "Kempton", "Sandown", "Haydock", "Newbury", "Wetherby",
                 "Exeter", "Kelso", "Aintree", "Chepstow")
AW_COURSES = ("Lingfield (AW)", "Kempton (AW)", "Wolverhampton (AW)", "Southwell (AW)",
              "Chelmsford City (AW)", "Newcastle (AW)")
GOINGS = ("Firm", "Good to Firm", "Good", "Good to Soft", "Soft", "Heavy")


def _fr_dated(day: dt.date) -> str:
    if day < FR_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{time}}"
    zone = "BST" if summer_time(day) else "GMT"
    return (f"Last updated: {{time}} {zone}, {WEEKDAYS[day.weekday()]}, {day.day} "
            f"{MONTHS[day.month - 1]} {day.year}")


def _fr_going(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if GB_SUSPENDED[0] <= day <= GB_SUSPENDED[1]:
        return f"Going, {when}: no British racing today while the sport is suspended."
    if (day.month, day.day) in ((12, 24), (12, 25)):
        return f"Going, {when}: no racing today."
    summer = 4 <= day.month <= 10
    course = pick(day, "turf", FLAT_COURSES if summer else JUMPS_COURSES)
    going = pick(day, "going", GOINGS[:4] if summer else GOINGS[2:])
    aw = pick(day, "aw", AW_COURSES)
    slow = "Standard to Slow" if jitter(day, "slow") < 0.15 else "Standard"
    return f"Going, {when}: {course} {going}; {aw} {slow}"


@cache
def naps(sunday: dt.date) -> float:
    """A tipster's made-up profit in points for the year to `sunday`, one week at a time."""
    week = round((jitter(sunday, "naps") - 0.46) * 14, 2)
    before = sunday - 7 * ONE
    return week + (naps(before) if before.year == sunday.year else 0.0)


def _fr_naps(day: dt.date) -> str:
    sunday = sunday_of(day)
    return (f"Naps table: our tipster is {naps(sunday):+.2f} pts to a £1 level stake for "
            f"{sunday.year}, to Sunday {sunday.day} {MONTHS[sunday.month - 1][:3]}")


@cache
def _fr_notice() -> Wordings:
    base = _steps((_OLD, "Get The Furlong Report's free tips email every morning"),
                  (FR_NEWSLETTER.isoformat(), "📧 First Past The Post: our tipsters' best "
                                              "bets in your inbox by 8am. Sign up free"))
    virtual = [_span("2020-03-30", "2020-04-04", "🎮 The Virtual Grand National: runners, "
                                                 "odds and how to watch on Saturday")]
    festival: list[Event] = []
    ascot: list[Event] = []
    national: list[Event] = []
    for y in YEARS:
        tuesday = iso_day(CHELTENHAM[y])
        festival.append((tuesday - 7 * ONE, tuesday,
                         f"🏇 The Cheltenham Festival {y} starts on Tuesday {tuesday.day} "
                         f"March: read our ante-post guide"))
        festival += days_of(tuesday, 4, lambda k, y=y: (
            f"🏆 Cheltenham Festival {y}, day {k}, {FESTIVAL_DAYS[k - 1]}: tips and every "
            f"result live"))
        closed = " behind closed doors" if y == 2020 else ""
        ascot += days_of(iso_day(ROYAL_ASCOT[y]), 5, lambda k, y=y, closed=closed: (
            f"👑 Royal Ascot {y}{closed}, day {k} of 5: tips and every result live"))
        if y in GRAND_NATIONAL:
            saturday = iso_day(GRAND_NATIONAL[y])
            national.append((saturday - 5 * ONE, saturday + ONE,
                             f"🏇 Grand National {y}: our guide to every runner and the "
                             f"best prices"))
    covid = [
        _span("2020-03-18", "2020-05-31", "🚫 British racing is suspended: relive the great "
                                          "races in our archive"),
        _span("2020-06-01", "2020-06-15", "🏁 Racing is back behind closed doors: every "
                                          "result, every day"),
    ]
    return _calendar(base, virtual, festival, ascot, national, covid)


def furlong_style() -> PublisherStyle:
    """A British racing news site: a kicker from a pool, the date and the time turned "Last
    updated" with British summer or winter time on the first day of the 2017 Cheltenham
    Festival (a wording per day), "By" with the writer's beat, the day's going at a turf and
    an all-weather course (a wording per day: the season's courses, no racing on Christmas
    Eve and Christmas Day or while racing was suspended in 2020), a race-card line, a tip
    with the price and a replay line from pools, "READ MORE:" and advertisement markers up to
    twice, "Odds correct at" with the day's date (a wording per day), a tipster's running
    total to each Sunday (a wording per week), a betting-responsibility line reworded twice,
    a tips-email appeal reworded and turned by the Cheltenham Festival (counted day by day),
    Royal Ascot, the Grand National, the 2020 virtual National and the pandemic, the
    publisher line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="furlongreport.co.uk", site="The Furlong Report", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "tips", "results", "jumps", "flat", "bloodstock"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("RACING NEWS", "TIPS", "RESULTS", "JUMPS", "FLAT", "BLOODSTOCK",
                       "BREEDING"),
            "beat": ("Racing Correspondent", "Chief Tipster", "Bloodstock Editor",
                     "Northern Correspondent", "Irish Correspondent", "Betting Editor"),
            "course": ("Cheltenham", "Ascot", "Sandown", "Kempton", "Haydock", "York",
                       "Newbury", "Lingfield", "Wetherby", "Musselburgh"),
            "racetime": ("1.30", "2.05", "2.40", "3.15", "3.50", "4.25", "7.45"),
            "race": ("Class 2 Handicap Chase (2m 4f)", "Novices' Hurdle (2m)",
                     "Listed Stakes (1m 2f)", "Class 4 Handicap (6f)", "Group 3 Stakes (1m)",
                     "Maiden Stakes (7f)", "Mares' Handicap Hurdle (3m)"),
            "horse": ("Copper Lantern", "Quayside Rebel", "Mist Over Malvern", "Ballyfinch",
                      "Saint Ives Storm", "Hollow Oak", "Dancing Tern", "Gatekeeper's Lad"),
            "price": ("9/4", "5/2", "3/1", "7/2", "4/1", "6/1", "8/1", "12/1", "evens"),
        },
        constants={"company": "Furlong Report Media Ltd"},
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_fr_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (FR_REDESIGN.isoformat(), "By {author} · {author_beat}")),
            _f("going", HEADER, 0.25, *_by_day(_fr_going)),
            _f("racecard", MIDDLE, 0.35, (_OLD, "Racecard: {course} {racetime}, {race}")),
            _f("tip", MIDDLE, 0.25, (_OLD, "Furlong Report tip: {horse} at {price}")),
            _f("replay", MIDDLE, 0.12, (_OLD, "Watch the replay: {course} {racetime}")),
            _f("read-more", MIDDLE, 0.45, (_OLD, "READ MORE: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("odds", FOOTER, 0.45, *_daily(
                lambda day: f"Odds correct at {{time}} on {day.day:02d}/{day.month:02d}/"
                            f"{day.year} and subject to change.")),
            _f("naps", FOOTER, 0.15, *_by_day(_fr_naps)),
            _f("gamble", FOOTER, 0.55,
               (_OLD, "18+ only. Please gamble responsibly. For help and advice visit "
                      "BeGambleAware.org"),
               (FR_GAMBLE_FUN.isoformat(), "18+ | When the fun stops, stop | "
                                           "BeGambleAware.org"),
               (FR_GAMBLE_THINK.isoformat(), "18+ | Take time to think | Set your limits | "
                                             "BeGambleAware.org")),
            _f("notice", FOOTER, 0.3, *_fr_notice()),
            _f("publisher", FOOTER, 0.3, (_OLD, "The Furlong Report is published by {company}, "
                                                "9 Stable Yard, Newmarket CB8 0XY.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} {company}. All rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article named the wrong jockey.")),
        ),
    )


# --- a French trotting and flat-racing tips site ------------------------------------------

PT_REDESIGN = dt.date(2018, 1, 28)  # relaunched on the day of the 2018 Prix d'Amérique
PT_NEWSLETTER = dt.date(2017, 9, 4)
PT_ANJ = dt.date(2020, 6, 24)  # the ARJEL became the Autorité nationale des jeux
FR_SUSPENDED = (dt.date(2020, 3, 17), dt.date(2020, 5, 10))
LONGCHAMP_CLOSED = (dt.date(2015, 10, 5), dt.date(2018, 4, 28))  # rebuilt: the Arc at Chantilly
PRIX = ("Prix de la Côte Fleurie", "Prix des Châtaigniers", "Prix du Bocage",
        "Prix de la Vallée d'Auge", "Prix des Mouettes", "Prix du Perche", "Prix des Tilleuls",
        "Prix de la Forêt d'Écouves", "Prix du Cotentin", "Prix des Hortensias",
        "Prix de la Presqu'île", "Prix du Val de Saire")


def arc_venue(y: int) -> str:
    day = nth_weekday(y, 10, 6, 1)
    if day < LONGCHAMP_CLOSED[0]:
        return "Longchamp"
    return "Chantilly" if day < LONGCHAMP_CLOSED[1] else "ParisLongchamp"


def _pt_dated(day: dt.date) -> str:
    if day < PT_REDESIGN:
        return f"Le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"Publié le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} à "
            f"{{time}}")


def _pt_quinte(day: dt.date) -> str:
    when = f"{JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]}"
    if FR_SUSPENDED[0] <= day <= FR_SUSPENDED[1]:
        return f"Pas de Quinté+ ce {when} : les courses sont suspendues"
    if day == last_weekday(day.year, 1, 6):
        return f"Quinté+ du {when} : Prix d'Amérique à Vincennes, départ 16h15"
    if day.month in (11, 12, 1, 2):
        places = ("Vincennes", "Vincennes", "Vincennes", "Cagnes-sur-Mer", "Pau", "Deauville")
    elif day.month == 8:
        places = ("Deauville", "Deauville", "Clairefontaine", "Cabourg", "Enghien", "Vichy")
    else:
        longchamp = ("Longchamp" if day < LONGCHAMP_CLOSED[0] else "Chantilly"
                     if day < LONGCHAMP_CLOSED[1] else "ParisLongchamp")
        places = (longchamp, "Chantilly", "Saint-Cloud", "Auteuil", "Enghien", "Compiègne",
                  "Maisons-Laffitte", "Lyon-Parilly")
    place = pick(day, "hippo", places)
    hour = "20h15" if place == "Vincennes" and day.weekday() in (1, 4) else pick(
        day, "heure", ("13h50", "15h15", "15h20", "16h15", "13h55"))
    return f"Quinté+ du {when} : {pick(day, 'prix', PRIX)} à {place}, départ {hour}"


@cache
def _pt_newsletter() -> Wordings:
    base = _steps((_OLD, "Recevez chaque matin nos pronostics gratuits par e-mail"),
                  (PT_NEWSLETTER.isoformat(), "📩 Le Quinté+ décortiqué dans votre boîte mail "
                                              "chaque matin à 8 h : inscrivez-vous"))
    amerique = _movable(lambda y: last_weekday(y, 1, 6), 6, 0,
                        lambda y: f"🏆 Prix d'Amérique {y} : toutes nos analyses et le direct "
                                  f"de Vincennes")
    arc = _movable(lambda y: nth_weekday(y, 10, 6, 1), 6, 0,
                   lambda y: f"🏆 Prix de l'Arc de Triomphe {y} à {arc_venue(y)} : notre "
                             f"dossier complet")
    covid = [
        _span("2020-03-17", "2020-05-10", "⛔ Courses suspendues pendant le confinement : nos "
                                          "archives en accès libre"),
        _span("2020-05-11", "2020-05-31", "🏇 Reprise des courses à huis clos depuis le 11 "
                                          "mai : tous nos pronostics"),
    ]
    return _calendar(base, amerique, arc, covid)


def pisteetturf_style() -> PublisherStyle:
    """A French trotting and flat-racing tips site: a section from a pool, "Le" with the
    numeric date and the time turned "Publié le" with the weekday and the long date on the
    day of the 2018 Prix d'Amérique (a wording per day), "Par", the day's Quinté+ with its
    race, course and start (a wording per day: Vincennes in winter, Deauville in August,
    Chantilly while Longchamp was rebuilt, the Prix d'Amérique, the 2020 suspension), our
    pick and a non-runner line from pools, "À lire aussi :" and "Publicité" (up to twice)
    mid-body, a subject-to-the-official-list line, one of the regulator's rotating gambling
    warnings from a pool, a partner line reworded when the ARJEL became the ANJ, a newsletter
    line reworded and turned by the Prix d'Amérique, the Arc (at Longchamp, Chantilly or
    ParisLongchamp), the lockdown and the return behind closed doors, the imprint and the
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="pisteetturf.fr", site="Piste et Turf", base_size=220,
        subdomains=(("www.", 100),),
        sections=("trot", "galop", "obstacle", "pronostics", "quinte", "elevage"),
        n_authors=7, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}.html",
        pools={
            "rubrique": ("Trot", "Galop", "Obstacle", "Pronostics", "Quinté+", "Élevage"),
            "selection": ("7 - 3 - 12 - 1 - 9", "4 - 11 - 2 - 14 - 6", "10 - 5 - 8 - 13 - 3",
                          "2 - 9 - 16 - 7 - 11", "1 - 6 - 4 - 15 - 12"),
            "numero": ("3", "5", "8", "11", "14", "16"),
            "avertissement": (
                "Jouer comporte des risques : endettement, isolement, dépendance. Pour être "
                "aidé, appelez le 09 74 75 13 13 (appel non surtaxé).",
                "Les jeux d'argent peuvent être dangereux : pertes d'argent, conflits "
                "familiaux, addiction. Nos conseils sur joueurs-info-service.fr.",
                "Jouer comporte des risques : ne misez que ce que vous pouvez vous permettre "
                "de perdre. Aide au 09 74 75 13 13 (appel non surtaxé).",
            ),
        },
        constants={"editeur": "Éditions Hippiques de l'Ouest SAS"},
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_pt_dated)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}")),
            _f("quinte", HEADER, 0.3, *_by_day(_pt_quinte)),
            _f("selection", MIDDLE, 0.3, (_OLD, "Notre sélection : {selection}")),
            _f("non-partant", MIDDLE, 0.1, (_OLD, "Non-partant : le n° {numero}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("reserve", FOOTER, 0.35, (_OLD, "Sous réserve de la liste officielle des "
                                               "partants et des rapports définitifs.")),
            _f("avertissement", FOOTER, 0.5, (_OLD, "{avertissement}")),
            _f("partenaire", FOOTER, 0.2,
               (_OLD, "Pariez en ligne avec notre partenaire, opérateur agréé par l'ARJEL. "
                      "Interdit aux mineurs."),
               (PT_ANJ.isoformat(), "Pariez en ligne avec notre partenaire, opérateur agréé "
                                    "par l'Autorité nationale des jeux (ANJ). Interdit aux "
                                    "mineurs.")),
            _f("newsletter", FOOTER, 0.3, *_pt_newsletter()),
            _f("mentions", FOOTER, 0.25, (_OLD, "Piste et Turf est édité par {editeur}, 12 rue "
                                                "du Haras, 14000 Caen.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Piste et Turf – Reproduction "
                                                "interdite")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet article "
                                               "donnait un mauvais numéro de corde.")),
        ),
    )


# --- a Japanese racing news site ----------------------------------------------------------

TS_REDESIGN = dt.date(2018, 4, 1)
TS_YOUTUBE = dt.date(2019, 3, 1)
TS_ADDICTION = dt.date(2018, 10, 5)  # the gambling-addiction law came into force
TS_PREMIUM = (("2014-04-01", "324"), ("2017-01-01", "540"), ("2019-10-01", "550"))
DERBY_JP = {2015: "2015-05-31", 2016: "2016-05-29", 2017: "2017-05-28", 2018: "2018-05-27",
            2019: "2019-05-26", 2020: "2020-05-31"}
ARIMA = {2015: "2015-12-27", 2016: "2016-12-25", 2017: "2017-12-24", 2018: "2018-12-23",
         2019: "2019-12-22", 2020: "2020-12-27"}


def _ts_dated(day: dt.date) -> str:
    if day < TS_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"
    return f"{day.year}年{day.month}月{day.day}日({YOUBI[day.weekday()]}) {{time}}"


def _ts_shutsuba(day: dt.date) -> str:
    return f"出馬表・オッズは{era(day)}{day.month}月{day.day}日 {{time}}現在のものです"


@cache
def _ts_oshirase() -> Wordings:
    base = _steps((_OLD, "ターフ速報の最新ニュースはTwitterでも配信中"),
                  (TS_YOUTUBE.isoformat(), "▶ ターフ速報のYouTubeチャンネルでレース回顧を配信中"))
    races: list[Event] = []
    for y in YEARS:
        for table, name, place, n in ((DERBY_JP, "日本ダービー", "東京", y - 1933),
                                      (ARIMA, "有馬記念", "中山", y - 1955)):
            day = iso_day(table[y])
            races.append((day - 6 * ONE, day + ONE, f"🏆 第{n}回{name}（{day.month}月{day.day}"
                                                    f"日・{place}）特集ページ公開中"))
        jc = last_weekday(y, 11, 6)
        races.append((jc - 6 * ONE, jc + ONE, f"🏆 第{y - 1980}回ジャパンカップ（11月{jc.day}"
                                              f"日・東京）特集ページ公開中"))
    covid = [
        _span("2020-02-29", "2020-10-09", "⚠ 新型コロナウイルス感染拡大防止のため、中央競馬は"
                                          "無観客で開催されています"),
        _span("2020-10-10", "2020-12-31", "⚠ 競馬場への入場は指定席の事前購入者に限られています"),
    ]
    return _calendar(base, sorted(races), covid)


def turfsokuho_style() -> PublisherStyle:
    """A Japanese racing news site: a category from a pool, the numeric date turned the date
    in kanji with the day-of-week kanji on 1 April 2018 (a wording per day), the writer, a
    results header with a Grade 1 race from a pool, the race-card line with the era date
    (Heisei to 30 April 2019, then Reiwa's first year "元年", a wording per
    day), related links and "スポンサーリンク" (up to twice) mid-body, a
    photo credit from a pool, a check-the-official-results line, the betting-age line
    reworded when the gambling-addiction law came into force, the premium plan's monthly
    price with the consumption tax (8% then 10% from October 2019), a notice reworded and
    turned by the Derby, the Japan Cup and the Arima Kinen with their numbers and by racing
    without spectators in 2020, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="turf-sokuho.jp", site="ターフ速報", base_size=195,
        subdomains=(("www.", 70), ("", 30)),
        sections=("news", "yoso", "kekka", "pog", "chiho", "kaigai"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "kategori": ("重賞", "予想", "レース結果", "POG", "地方競馬", "海外競馬"),
            "shashin": ("ターフ速報", "JRA提供", "共同通信社", "撮影：編集部"),
            "juusho": ("宝塚記念", "天皇賞（春）", "安田記念", "桜花賞", "皐月賞", "菊花賞",
                       "スプリンターズステークス", "マイルチャンピオンシップ"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_ts_dated)),
            _f("kisha", HEADER, 0.5, (_OLD, "文：{author}")),
            _f("kekka", HEADER, 0.15, (_OLD, "【レース結果】{juusho}（G1）")),
            _f("shutsuba", HEADER, 0.25, *_by_day(_ts_shutsuba)),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}")),
            _f("sponsor", MIDDLE, 0.3, (_OLD, "スポンサーリンク"), count=2),
            _f("shashin", MIDDLE, 0.2, (_OLD, "写真：{shashin}")),
            _f("chui", FOOTER, 0.4, (_OLD, "※出走馬、騎手、発走時刻などは必ず主催者発表のものと"
                                           "照合してください。")),
            _f("baken", FOOTER, 0.45,
               (_OLD, "馬券は20歳になってから。"),
               (TS_ADDICTION.isoformat(), "馬券は20歳になってから。競馬は適度に楽しみましょう。"
                                          "のめり込みが心配な方は相談窓口へ。")),
            _f("premium", FOOTER, 0.15, *by_table(TS_PREMIUM, lambda v: (
                f"プレミアム会員なら全レースの予想が読み放題（月額{v}円・税込）"))),
            _f("oshirase", FOOTER, 0.3, *_ts_oshirase()),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} ターフ速報 All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】記事中の馬名に誤りがありました。"
                                              "おわびして訂正します。")),
        ),
    )


# --- a British dog-show weekly ------------------------------------------------------------

SR_REDESIGN = dt.date(2018, 3, 8)  # relaunched on the first day of Crufts 2018
SR_APP = dt.date(2017, 1, 5)
CRUFTS = {2015: "2015-03-05", 2016: "2016-03-10", 2017: "2017-03-09", 2018: "2018-03-08",
          2019: "2019-03-07", 2020: "2020-03-05", 2021: "2021-03-11"}  # the Thursday
SR_SUBSCRIPTION = (("2014-04-01", "£79"), ("2016-04-01", "£84"), ("2017-04-01", "£87"),
                   ("2018-04-01", "£92"), ("2019-04-01", "£95"), ("2020-04-01", "£99"))
KC_SUSPENDED = dt.date(2020, 3, 16)  # no licensed shows for the rest of 2020


def championship_shows(y: int) -> list[tuple[dt.date, str]]:
    """The championship shows the weekly lists, each on its first day."""
    return [(nth_weekday(y, 5, 5, 2), "Northern Counties Championship Show"),
            (nth_weekday(y, 6, 3, 3), "Three Shires Championship Show"),
            (nth_weekday(y, 8, 4, 1), "Southdown Championship Show"),
            (nth_weekday(y, 9, 4, 2), "Ridings Championship Show"),
            (nth_weekday(y, 12, 4, 2), "Capital Canine Association Championship Show")]


def friday_from(day: dt.date) -> dt.date:
    """The first Friday on or after `day`: the date on the week's issue."""
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


def _sr_dated(day: dt.date) -> str:
    if day < SR_REDESIGN:
        friday = friday_from(day)
        return f"Issue dated Friday {friday.day} {MONTHS[friday.month - 1]} {friday.year}"
    return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year} at {{time12}}"


def _sr_entries(day: dt.date) -> str:
    if KC_SUSPENDED <= day <= dt.date(2020, 12, 31):
        return "Championship shows: all licensed shows are cancelled for the rest of 2020."
    shows = [s for y in (day.year, day.year + 1) for s in championship_shows(y)]
    first, name = next((d, n) for d, n in shows if d >= day)
    post, online = first - 35 * ONE, first - 31 * ONE
    when = f"{first.day} {MONTHS[first.month - 1]}"
    if day <= post:
        return (f"Next championship show: {name}, {when}. Postal entries close "
                f"{post.day} {MONTHS[post.month - 1]}, online entries "
                f"{online.day} {MONTHS[online.month - 1]}.")
    if day <= online:
        return (f"Next championship show: {name}, {when}. Postal entries have closed; online "
                f"entries close {online.day} {MONTHS[online.month - 1]}.")
    return f"Next championship show: {name}, {when}. Entries have closed."


@cache
def _sr_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to Show Ring Weekly and never miss a result"),
                  (SR_APP.isoformat(), "📱 Every issue on your phone from 6am on Thursday: "
                                       "download the Show Ring Weekly app"))
    crufts: list[Event] = []
    for y in YEARS:
        first = iso_day(CRUFTS[y])
        crufts.append((first - 10 * ONE, first, f"🏆 Crufts {y} starts on Thursday {first.day} "
                                                f"March: our day-by-day guide to the NEC"))
        crufts += days_of(first, 4, lambda k, y=y: f"🏆 Crufts {y}, day {k} of 4: group "
                                                   f"results every evening")
    discover = _movable(lambda y: nth_weekday(y, 11, 5, 2) if y < 2020 else None, 7, 1,
                        lambda y: f"Discover Dogs {y}: meet more than 200 breeds in London "
                                  f"this weekend")
    covid = [_span("2020-03-16", "2020-07-31", "🦠 Shows are cancelled: send us your lockdown "
                                               "training stories")]
    return _calendar(base, crufts, discover, covid)


def showring_style() -> PublisherStyle:
    """A British dog-show weekly: a section from a pool, the issue's Friday date (a wording
    per week) turned "Posted on" with the day and the time on the first day of Crufts 2018 (a
    wording per day), "By", a best-in-show line with the breed and the show from pools and a
    critique line mid-body, the next championship show with its postal and online closing
    dates (a wording per day, the shows cancelled from March 2020), the year's subscription
    (raised each April), an appeal reworded and turned by Crufts (counted day by day),
    Discover Dogs and the pandemic, the letters line, the publisher line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="showringweekly.co.uk", site="Show Ring Weekly", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "show-results", "breed-notes", "health", "crufts"),
        n_authors=9, url_path="/{section}/{slug}/",
        pools={
            "section": ("NEWS", "SHOW RESULTS", "BREED NOTES", "HEALTH", "JUDGES' CRITIQUES",
                        "CRUFTS"),
            "breed": ("Flat Coated Retriever", "Lhasa Apso", "Whippet", "Irish Setter",
                      "Pembroke Corgi", "Standard Poodle", "Bearded Collie", "Border Terrier"),
            "show": ("Northern Counties", "Three Shires", "Southdown", "Ridings",
                     "Capital Canine Association"),
        },
        families=(
            _f("section", HEADER, 0.45, (_OLD, "{section}")),
            _f("dated", HEADER, 0.85, *_by_day(_sr_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}")),
            _f("bis", MIDDLE, 0.3, (_OLD, "Best in Show at {show}: the {breed}")),
            _f("critique", MIDDLE, 0.15, (_OLD, "Full critique to follow in next week's "
                                                "issue.")),
            _f("entries", FOOTER, 0.3, *_by_day(_sr_entries)),
            _f("subscription", FOOTER, 0.2, *by_table(SR_SUBSCRIPTION, lambda v: (
                f"Annual UK subscription: {v} by direct debit, 51 issues delivered."))),
            _f("notice", FOOTER, 0.3, *_sr_notice()),
            _f("letters", FOOTER, 0.25, (_OLD, "Letters to the editor: "
                                               "letters@showringweekly.co.uk. We may edit "
                                               "letters for length.")),
            _f("publisher", FOOTER, 0.25, (_OLD, "Show Ring Weekly, Unit 4, Kennel Lane "
                                                 "Business Park, Bromsgrove B60 1AA.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Show Ring Publications Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: last week's report gave the "
                                                  "wrong judge for the gundog group.")),
        ),
    )


# --- a Swedish trotting paper -------------------------------------------------------------

SP_REDESIGN = dt.date(2017, 5, 28)  # relaunched on Elitloppet day 2017
SP_PLUS = dt.date(2018, 2, 1)
SP_LICENSING = dt.date(2019, 1, 1)  # Sweden's licensed gambling market
SP_DEPOSIT_LIMIT = dt.date(2020, 7, 2)  # a temporary weekly deposit limit
V75_TRACKS = ("Solvalla", "Åby", "Jägersro", "Bergsåker", "Romme", "Färjestad", "Halmstad",
              "Axevalla", "Eskilstuna", "Gävle", "Örebro", "Umåker", "Mantorp", "Kalmar",
              "Boden")


def _sp_dated(day: dt.date) -> str:
    if day < SP_REDESIGN:
        return f"Publicerad {day.isoformat()} {{time}}"
    return (f"Publicerad {VECKODAGAR[day.weekday()]} {day.day} {MANADER[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def _sp_v75(day: dt.date) -> str:
    saturday = saturday_from(day)
    track = "Solvalla" if jitter(saturday, "solvalla") < 0.25 else pick(saturday, "v75",
                                                                       V75_TRACKS)
    jackpot = " – jackpot!" if jitter(saturday, "jackpot") < 0.12 else ""
    return f"V75 lördag {saturday.day} {MANADER[saturday.month - 1]}: {track}{jackpot}"


@cache
def _sp_notis() -> Wordings:
    base = _steps((_OLD, "Prenumerera på Sulkyposten – första månaden för en krona"),
                  (SP_PLUS.isoformat(), "Sulkyposten Plus: alla V75-tips och analyser för "
                                        "99 kr/mån"))
    elitloppet = _movable(lambda y: last_weekday(y, 5, 6), 3, 0,
                          lambda y: f"🏆 Elitloppet {y} på Solvalla: följ hela helgen med oss")
    derby = _movable(lambda y: nth_weekday(y, 9, 6, 1), 4, 0,
                     lambda y: f"🏆 Svenskt Travderby {y} på Jägersro: startlistor och tips")
    covid = [_span("2020-03-12", "2020-12-31", "Travet körs utan publik: se alla lopp i "
                                               "direktsändning")]
    return _calendar(base, elitloppet, derby, covid)


def sulkyposten_style() -> PublisherStyle:
    """A Swedish trotting paper: a section from a pool, "Publicerad" with the ISO date and the
    time turned the weekday and the long date on Elitloppet day 2017 (a wording per day),
    "Av", the coming Saturday's V75 track, now and then a jackpot (a wording per week), a
    photo credit from a pool, "Läs mer:" and "Annons" (up to twice) mid-body, a tips line,
    the betting line reworded for the 2019 licensing and the 2020 deposit limit, a notice
    reworded and turned by Elitloppet, the Swedish Derby and racing without spectators, the
    copyright line with the editor, a rare correction."""
    return PublisherStyle(
        domain="sulkyposten.se", site="Sulkyposten", base_size=150,
        subdomains=(("www.", 100),),
        sections=("travnytt", "v75", "elitloppet", "uppfodning", "resultat", "galopp"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "avdelning": ("TRAVNYTT", "V75", "ELITLOPPET", "UPPFÖDNING", "RESULTAT", "GALOPP"),
            "foto": ("Sulkyposten", "TR Bild", "Privat", "Kanal 75"),
        },
        constants={"utgivare": "Karin Ström"},
        families=(
            _f("avdelning", HEADER, 0.5, (_OLD, "{avdelning}")),
            _f("datum", HEADER, 0.85, *_by_day(_sp_dated)),
            _f("av", HEADER, 0.6, (_OLD, "Av {author}")),
            _f("omgang", HEADER, 0.3, *_by_day(_sp_v75)),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("las-mer", MIDDLE, 0.35, (_OLD, "Läs mer: {other_title}")),
            _f("annons", MIDDLE, 0.3, (_OLD, "Annons"), count=2),
            _f("tips", FOOTER, 0.2, (_OLD, "Sulkypostens V75-tips publiceras varje torsdag "
                                           "kväll.")),
            _f("spel", FOOTER, 0.5,
               (_OLD, "Spela med måtta. 18-årsgräns för spel på trav och galopp."),
               (SP_LICENSING.isoformat(), "18+ | Spela ansvarsfullt | Stödlinjen.se"),
               (SP_DEPOSIT_LIMIT.isoformat(), "18+ | Spela ansvarsfullt | Stödlinjen.se | "
                                              "Tillfällig insättningsgräns 5 000 kr per "
                                              "vecka")),
            _f("notis", FOOTER, 0.3, *_sp_notis()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Sulkyposten AB · Ansvarig utgivare: "
                                                "{utgivare}")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: I en tidigare version angavs fel "
                                                "kusk.")),
        ),
    )


# --- an Irish racing site -----------------------------------------------------------------

FL_REDESIGN = dt.date(2018, 4, 24)  # relaunched on the first day of Punchestown 2018
FL_PODCAST = dt.date(2018, 10, 4)
FL_GAMBLE = dt.date(2019, 3, 1)
PUNCHESTOWN = {2015: "2015-04-28", 2016: "2016-04-26", 2017: "2017-04-25", 2018: "2018-04-24",
               2019: "2019-04-30"}  # none in 2020
DUBLIN_RACING_FESTIVAL = {2018: "2018-02-03", 2019: "2019-02-02", 2020: "2020-02-01"}
HRI_PRIZE = (("2015-01-01", "€54.6m"), ("2016-01-01", "€57.7m"),
             ("2017-01-01", "€61.2m"), ("2018-01-01", "€63.2m"), ("2019-01-01", "€66.5m"),
             ("2020-01-01", "€68.2m"), ("2020-06-08", "€48.5m"))


def _fl_dated(day: dt.date) -> str:
    if day < FL_REDESIGN:
        return f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    zone = "IST" if summer_time(day) else "GMT"
    return (f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}, "
            f"{{time}} {zone}")


@cache
def _fl_notice() -> Wordings:
    base = _steps((_OLD, "Follow Fetlock on Twitter for every result as it happens"),
                  (FL_PODCAST.isoformat(), "🎧 The Fetlock podcast: a new episode every "
                                           "Thursday"))
    drf: list[Event] = []
    for y, first in DUBLIN_RACING_FESTIVAL.items():
        drf += days_of(iso_day(first), 2, lambda k, y=y: (
            f"Dublin Racing Festival {y}, day {k} of 2: every result from Leopardstown"))
    fairyhouse = _movable(lambda y: easter(y) + ONE if y < 2020 else None, 3, 0,
                          lambda y: f"Irish Grand National {y}: our guide to the Fairyhouse "
                                    f"runners")
    punchestown: list[Event] = []
    for y, first in PUNCHESTOWN.items():
        punchestown += days_of(iso_day(first), 5, lambda k, y=y: (
            f"Punchestown Festival {y}, day {k}: results and reaction"))
    galway: list[Event] = []
    for y in YEARS:
        closed = " (behind closed doors)" if y == 2020 else ""
        galway += days_of(last_weekday(y, 7, 0), 7, lambda k, y=y, closed=closed: (
            f"Galway Races {y}{closed}, day {k} of 7: every result from Ballybrit"))
    christmas = [event for y in YEARS for event in days_of(
        dt.date(y, 12, 26), 4, lambda k, y=y: (f"🎄 Nollaig shona! Leopardstown's Christmas "
                                               f"Festival {y}, day {k}: every result"))]
    covid = [
        _span("2020-03-12", "2020-03-24", "Racing continues behind closed doors: full "
                                          "results on Fetlock"),
        _span("2020-03-25", "2020-06-07", "Irish racing is suspended: our archive is open to "
                                          "everyone"),
        _span("2020-06-08", "2020-06-30", "🏁 Racing is back at Naas, behind closed doors"),
    ]
    return _calendar(base, drf, fairyhouse, punchestown, galway, christmas, covid)


def fetlock_style() -> PublisherStyle:
    """An Irish racing site: the date with an English ordinal turned the short weekday, the
    date and the time with Irish summer or winter time on the first day of Punchestown 2018
    (a wording per day), "Report by", a race-card line and a result line with the first
    three and the winner's price from pools, "Related:" and
    "ADVERTISEMENT" (up to twice) mid-body, a betting line reworded, the year's prize-money
    fund (changing each January and cut when racing resumed in 2020), a podcast line
    reworded and turned by the Dublin Racing Festival, the Irish Grand National,
    Punchestown, Galway (counted day by day) and Leopardstown at Christmas (with an Irish
    greeting) and the pandemic, the company line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="fetlock.ie", site="Fetlock", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "national-hunt", "flat", "point-to-point", "bloodstock"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "course": ("Leopardstown", "Fairyhouse", "Punchestown", "Navan", "Naas", "Galway",
                       "the Curragh", "Limerick", "Down Royal"),
            "racetime": ("12.50", "1.25", "2.00", "2.35", "3.10", "3.45", "5.30"),
            "horse": ("Kilbrack Lad", "Slaney Mist", "Coolrain Echo", "Tara's Gift",
                      "Ballyhale Storm", "Inch Strand"),
            "horse2": ("Moyvalley Rose", "The Long Acre", "Glenbeigh Flyer", "Sionnach Rua"),
            "horse3": ("Carrig Lass", "Dromore Boy", "Barrow Bridge", "Mountain Ash"),
            "price": ("2/1", "9/4", "11/4", "7/2", "5/1", "10/1", "evens"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_fl_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Report by {author}")),
            _f("racecard", MIDDLE, 0.3, (_OLD, "Racecard: {course}, {racetime}")),
            _f("result", MIDDLE, 0.2, (_OLD, "RESULT: {course} {racetime}: 1 {horse} "
                                             "({price}), 2 {horse2}, 3 {horse3}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "ADVERTISEMENT"), count=2),
            _f("gamble", FOOTER, 0.45,
               (_OLD, "18+ Please bet responsibly."),
               (FL_GAMBLE.isoformat(), "18+ | Please gamble responsibly | For help and support "
                                       "visit gamblingcare.ie")),
            _f("prize", FOOTER, 0.15, *by_table(HRI_PRIZE, lambda v: (
                f"Prize-money fund for Irish racing this year: {v}"))),
            _f("notice", FOOTER, 0.3, *_fl_notice()),
            _f("company", FOOTER, 0.25, (_OLD, "Fetlock Media Ltd, The Square, Kildare Town, "
                                               "Co. Kildare. Registered in Ireland, no. "
                                               "512874.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Fetlock Media Ltd {year}. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this report has been amended to "
                                                  "give the trainer's correct name.")),
        ),
    )


# --- an Argentine turf magazine -----------------------------------------------------------

TH_REDESIGN = dt.date(2018, 12, 8)  # relaunched on the day of the 2018 Carlos Pellegrini
TH_WHATSAPP = dt.date(2018, 3, 1)
TH_MENORES = dt.date(2017, 6, 1)
AR_SUSPENDED = (dt.date(2020, 3, 20), dt.date(2020, 9, 30))  # the lockdown stopped racing
TH_SUSCRIPCION = (("2014-03-01", "$ 880"), ("2015-03-01", "$ 1.100"), ("2016-03-01", "$ 1.450"),
                  ("2017-03-01", "$ 1.800"), ("2018-03-01", "$ 2.300"), ("2019-03-01", "$ 3.600"),
                  ("2020-03-01", "$ 5.200"))
REUNIONES = ("Palermo", "La Plata", "San Isidro", "Palermo", "La Plata", "San Isidro",
             "Palermo")  # Monday to Sunday


def _th_dated(day: dt.date) -> str:
    if day < TH_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{DIAS[day.weekday()].capitalize()} {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} | {{time}}")


def _th_reunion(day: dt.date) -> str:
    when = f"{DIAS[day.weekday()]} {day.day}/{day.month}"
    if AR_SUSPENDED[0] <= day <= AR_SUSPENDED[1]:
        return f"Reuniones del {when}: sin actividad, carreras suspendidas por el aislamiento"
    if (day.month, day.day) in ((12, 25), (1, 1)):
        return f"Reuniones del {when}: sin actividad"
    first = pick(day, "primera", ("13.00", "13.30", "14.00", "14.30", "15.00"))
    return f"Reuniones del {when}: {REUNIONES[day.weekday()]}, 1ª carrera {first} h"


@cache
def _th_aviso() -> Wordings:
    base = _steps((_OLD, "Seguinos en Twitter, Facebook e Instagram"),
                  (TH_WHATSAPP.isoformat(), "📲 Recibí los pronósticos de cada reunión por "
                                            "WhatsApp"))
    pellegrini = _movable(lambda y: nth_weekday(y, 12, 5, 2), 6, 0,
                          lambda y: f"🏆 Gran Premio Internacional Carlos Pellegrini {y} "
                                    f"(G1): cobertura especial desde San Isidro")
    nacional = _movable(lambda y: nth_weekday(y, 10, 5, 3) if y != 2020 else None, 6, 0,
                        lambda y: f"🏆 Gran Premio Nacional {y} (G1) en Palermo: todos los "
                                  f"inscriptos")
    covid = [_span("2020-03-20", "2020-09-30", "⛔ Actividad hípica suspendida por el "
                                               "aislamiento social, preventivo y obligatorio")]
    return _calendar(base, covid, pellegrini, nacional)


def tribunahipica_style() -> PublisherStyle:
    """An Argentine turf magazine: a section from a pool, the numeric date turned the
    weekday, the long date and the time on the day of the 2018 Carlos Pellegrini (a wording
    per day), "Por", the day's meetings by weekday with the first race's time (a wording per
    day: none at Christmas and New Year or during the 2020 lockdown), a stakes race from a
    pool, "Leé también:" and "PUBLICIDAD" (up to twice) mid-body, the compulsive-gambling
    warning reworded for minors, the print subscription (raised each March with inflation),
    a notice reworded and turned by the Gran Premio Nacional, the Carlos Pellegrini and the
    lockdown, the editor line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="latribunahipica.com.ar", site="La Tribuna Hípica", base_size=110,
        subdomains=(("www.", 100),),
        sections=("palermo", "san-isidro", "la-plata", "internacionales", "cria",
                  "pronosticos"),
        n_authors=5, url_path="/nota/{n}-{slug}",
        pools={
            "seccion": ("Palermo", "San Isidro", "La Plata", "Internacionales", "Cría",
                        "Pronósticos"),
            "clasico": ("Clásico Comparación (G2), 2000 metros", "Clásico Ensayo (G2), 1600 "
                        "metros", "Gran Premio Montevideo (G1), 2000 metros", "Clásico "
                        "Otoño (G3), 1200 metros", "Gran Premio Jockey Club (G1), 2000 metros"),
        },
        constants={"director": "Ernesto Balbuena"},
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_th_dated)),
            _f("por", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("reunion", HEADER, 0.25, *_by_day(_th_reunion)),
            _f("clasico", MIDDLE, 0.25, (_OLD, "{clasico}")),
            _f("lee", MIDDLE, 0.35, (_OLD, "Leé también: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "PUBLICIDAD"), count=2),
            _f("juego", FOOTER, 0.5,
               (_OLD, "Jugar compulsivamente es perjudicial para la salud."),
               (TH_MENORES.isoformat(), "Jugar compulsivamente es perjudicial para la salud. "
                                        "Prohibido para menores de 18 años.")),
            _f("suscripcion", FOOTER, 0.2, *by_table(TH_SUSCRIPCION, lambda v: (
                f"Suscripción anual a la edición impresa: {v} (envío sin cargo en CABA y GBA)"))),
            _f("aviso", FOOTER, 0.3, *_th_aviso()),
            _f("director", FOOTER, 0.2, (_OLD, "Director: {director} · Propietario: Editorial "
                                               "del Turf S.R.L.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} La Tribuna Hípica. Prohibida su "
                                                 "reproducción total o parcial.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en la versión anterior "
                                                     "figuraba mal el nombre del cuidador.")),
        ),
    )


# --- an Irish-language horse and pony news site -------------------------------------------

SC_REDESIGN = dt.date(2018, 8, 16)  # relaunched on the day of the 2018 Clifden show
SC_SOCIAL = dt.date(2019, 1, 7)
DUBLIN_HORSE_SHOW = {2015: "2015-08-05", 2016: "2016-08-03", 2017: "2017-08-09",
                     2018: "2018-08-08", 2019: "2019-08-07"}  # none in 2020
SC_TAILLE = (("2014-01-01", "€35 (daoine fásta), €15 (faoi 18)"),
             ("2017-01-01", "€40 (daoine fásta), €15 (faoi 18)"),
             ("2019-01-01", "€45 (daoine fásta), €20 (faoi 18)"))


def _sc_dated(day: dt.date) -> str:
    if day < SC_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return f"{LAETHANTA[day.weekday()]}, {day.day} {MIONNA[day.month - 1]} {day.year}"


@cache
def _sc_aonach() -> Wordings:
    base = _steps((_OLD, "Cláraigh le haghaidh ár nuachtlitir sheachtainiúil"),
                  (SC_SOCIAL.isoformat(), "Lean muid ar Facebook agus ar Instagram"))
    spancilhill = _movable(lambda y: dt.date(y, 6, 23) if y < 2020 else None, 3, 0,
                           lambda y: f"🐎 Aonach Capall Spancilhill, 23 Meitheamh {y}: beidh "
                                     f"muid ann")
    rds = _movable(lambda y: iso_day(DUBLIN_HORSE_SHOW[y]) if y in DUBLIN_HORSE_SHOW else None,
                   0, 4, lambda y: f"Seó Capall Bhaile Átha Cliath {y}: torthaí gach lae anseo")
    clifden = _movable(lambda y: nth_weekday(y, 8, 3, 3) if y < 2020 else None, 2, 0,
                       lambda y: f"Seó Chapaillíní Chonamara {y}, An Clochán: torthaí agus "
                                 f"grianghraif")
    ballinasloe = _movable(lambda y: nth_weekday(y, 10, 6, 1) if y < 2020 else None, 7, 0,
                           lambda y: f"Aonach Capall Bhéal Átha na Sluaighe {y}: an t-aonach "
                                     f"is sine san Eoraip")
    covid = [_span("2020-03-12", "2020-12-31", "Cuireadh formhór na seónna agus na n-aontaí "
                                               "ar ceal i mbliana de bharr COVID-19")]
    return _calendar(base, spancilhill, rds, clifden, ballinasloe, covid)


def scealachapaill_style() -> PublisherStyle:
    """An Irish-language horse and pony news site: the numeric date turned the Irish weekday
    and long date on the day of the 2018 Clifden show (a wording per day), "Le", a photo
    credit from a pool, "Léigh freisin:" and "Fógra" mid-body, the year's membership fee in
    Irish (changing in 2017 and 2019), a newsletter line reworded and turned by the
    Spancilhill fair, the Dublin Horse Show, the Connemara pony show at Clifden, the
    Ballinasloe fair and the 2020 cancellations, the funder's line, an English line, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="scealachapaill.ie", site="Scéala an Chapaill", base_size=90,
        subdomains=(("www.", 100),),
        sections=("nuacht", "seonna", "aontai", "capaillini", "polaitiocht"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={"grianghraf": ("Scéala an Chapaill", "Seán Ó Flatharta", "Sportsfile",
                              "Cumann na gCapaillíní")},
        families=(
            _f("data", HEADER, 0.8, *_by_day(_sc_dated)),
            _f("udar", HEADER, 0.5, (_OLD, "Le {author}")),
            _f("grianghraf", MIDDLE, 0.25, (_OLD, "Grianghraf: {grianghraf}")),
            _f("leigh", MIDDLE, 0.35, (_OLD, "Léigh freisin: {other_title}")),
            _f("fogra", MIDDLE, 0.25, (_OLD, "Fógra")),
            _f("taille", FOOTER, 0.2, *by_table(SC_TAILLE, lambda v: (
                f"Táille bhallraíochta na bliana seo: {v}"))),
            _f("aonach", FOOTER, 0.3, *_sc_aonach()),
            _f("maoiniu", FOOTER, 0.3, (_OLD, "Tá an suíomh seo maoinithe ag Foras na "
                                              "Gaeilge.")),
            _f("bearla", FOOTER, 0.15, (_OLD, "An English version of this article is "
                                              "available on request.")),
            _f("coipcheart", FOOTER, 0.35, (_OLD, "© {year} Scéala an Chapaill. Gach ceart ar "
                                                  "cosaint.")),
            _f("ceartuchan", HEADER, 0.04, (_OLD, "Ceartúchán: Bhí ainm na láire mícheart i "
                                                  "leagan níos luaithe den alt seo.")),
        ),
    )


# --- a French regional canine club --------------------------------------------------------

CC_REDESIGN = dt.date(2017, 9, 3)
GDPR = dt.date(2018, 5, 25)
CC_COTISATION = {2015: "25 € (individuelle), 35 € (couple)",
                 2016: "27 € (individuelle), 37 € (couple)",
                 2017: "27 € (individuelle), 37 € (couple)",
                 2018: "30 € (individuelle), 40 € (couple)",
                 2019: "30 € (individuelle), 40 € (couple)",
                 2020: "32 € (individuelle), 42 € (couple)",
                 2021: "32 € (individuelle), 42 € (couple)"}


def club_shows(y: int) -> list[tuple[dt.date, str]]:
    """The club's shows of year `y`, each on its day."""
    return [(nth_weekday(y, 4, 6, 2), "Exposition canine nationale de Tours"),
            (nth_weekday(y, 6, 6, 3), "Régionale d'élevage de Blois"),
            (nth_weekday(y, 9, 6, 1), "Concours d'agility du club")]


def _cc_dated(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Actualité du {day.day} {MOIS[day.month - 1]} {day.year}"


def _cc_engagements() -> list[Event]:
    out: list[Event] = []
    for y in YEARS:
        for day, name in club_shows(y):
            close = day - 21 * ONE
            out.append((day - 56 * ONE, close + ONE,
                        f"📅 {name}, dimanche {day.day} {MOIS[day.month - 1]} {y} : clôture des "
                        f"engagements le {close.day} {MOIS[close.month - 1]} (engagements sur "
                        f"CEDIA)"))
            out.append((close + ONE, day + ONE,
                        f"{name}, dimanche {day.day} {MOIS[day.month - 1]} {y} : engagements "
                        f"clos, catalogue en ligne la veille"))
    return out


@cache
def _cc_calendrier() -> Wordings:
    base = _steps((_OLD, "Retrouvez le calendrier complet des manifestations du club sur "
                         "notre site"))
    covid = [_span("2020-03-14", "2020-12-31", "⛔ COVID-19 : toutes les manifestations du "
                                               "club sont suspendues jusqu'à nouvel ordre")]
    return _calendar(base, covid, _cc_engagements())


def clubcanin_style() -> PublisherStyle:
    """A French regional canine club: "Publié le" with the numeric date turned "Actualité
    du" with the long date in 2017 (a wording per day), "Rédigé par", a best-in-show line
    with the breed and a photo credit from pools, the year's membership fee (a wording per
    year, changed each January), the club's shows with their closing dates for entries (a
    wording per day before and after each closing date, suspended by the pandemic), the
    affiliation line, the data-protection line reworded for the GDPR, the copyright line, a
    rare corrective."""
    return PublisherStyle(
        domain="clubcaninvaldeloire.fr", site="Club Canin du Val de Loire", base_size=70,
        subdomains=(("www.", 100),),
        sections=("actualites", "expositions", "agility", "elevage"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "race": ("Berger des Pyrénées", "Épagneul breton", "Bouvier bernois", "Griffon "
                     "vendéen", "Braque d'Auvergne", "Golden retriever"),
            "photographe": ("Club Canin du Val de Loire", "Martine Roux", "Photo du club"),
        },
        families=(
            _f("date", HEADER, 0.8, *_by_day(_cc_dated)),
            _f("auteur", HEADER, 0.35, (_OLD, "Rédigé par {author}")),
            _f("bis", MIDDLE, 0.25, (_OLD, "Meilleur de l'exposition (BIS) : {race}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {photographe}")),
            _f("cotisation", FOOTER, 0.25, *_by_day(_cc_cotisation)),
            _f("calendrier", FOOTER, 0.35, *_cc_calendrier()),
            _f("affiliation", FOOTER, 0.2, (_OLD, "Club affilié à la Société Centrale Canine "
                                                  "et à la Canine régionale du Centre.")),
            _f("donnees", FOOTER, 0.15,
               (_OLD, "Conformément à la loi Informatique et Libertés, vous disposez d'un "
                      "droit d'accès et de rectification de vos données."),
               (GDPR.isoformat(), "Vos données sont traitées conformément au RGPD. Pour "
                                  "exercer vos droits : contact@clubcaninvaldeloire.fr")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Club Canin du Val de Loire – "
                                                "association loi 1901")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : la date de clôture des "
                                                    "engagements a été corrigée.")),
        ),
    )


def _cc_cotisation(day: dt.date) -> str:
    return f"Cotisation {day.year} : {CC_COTISATION[day.year]}"


# --- an American hunter/jumper association -------------------------------------------------

TW_REDESIGN = dt.date(2019, 12, 1)  # the new site opened with the 2020 show season
TW_FEES = (("2014-12-01", "2015", "$50", "$35", "$95"),
           ("2015-12-01", "2016", "$50", "$35", "$95"),
           ("2016-12-01", "2017", "$55", "$40", "$105"),
           ("2017-12-01", "2018", "$55", "$40", "$105"),
           ("2018-12-01", "2019", "$60", "$45", "$115"),
           ("2019-12-01", "2020", "$65", "$45", "$125"),
           ("2020-12-01", "2021", "$65", "$50", "$130"))  # each show season from December 1
TW_SHOWS = {3: "Spring Opener", 4: "April Showers Classic", 5: "Azalea Festival",
            6: "Summer Solstice", 7: "Red, White & Blue", 8: "Dog Days", 9: "Harvest Moon",
            10: "Fall Classic", 11: "Year-End Finals"}
USEF_SUSPENDED = (dt.date(2020, 3, 16), dt.date(2020, 5, 31))


def tw_shows(y: int) -> list[tuple[dt.date, str]]:
    """The association's shows of year `y`: the second weekend of March to November."""
    return [(nth_weekday(y, m, 5, 2), name) for m, name in TW_SHOWS.items()]


def _tw_dated(day: dt.date) -> str:
    if day < TW_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year} · News"


def _tw_next(day: dt.date) -> str:
    if USEF_SUSPENDED[0] <= day <= USEF_SUSPENDED[1]:
        return ("All association shows are suspended through May 31 in line with USEF's "
                "COVID-19 suspension.")
    shows = [s for y in (day.year, day.year + 1) for s in tw_shows(y)]
    saturday, name = next((d, n) for d, n in shows if d + ONE >= day)
    venue = "Tidewater Equestrian Center" if saturday.month % 2 else "Chesapeake Horse Park"
    close = saturday - 12 * ONE
    masks = " Masks are required on the grounds." if dt.date(2020, 6, 1) <= saturday else ""
    when = f"{AP_MONTHS[saturday.month - 1]} {saturday.day}-{saturday.day + 1}"
    if day <= close:
        return (f"Next show: {name}, {when} at {venue}. Entries close "
                f"{AP_MONTHS[close.month - 1]} {close.day}.{masks}")
    return (f"Next show: {name}, {when} at {venue}. Entries are closed; post entries carry a "
            f"$35 fee.{masks}")


def _tw_fees() -> Wordings:
    def text(row: tuple[str, str, str, str, str]) -> str:
        _, season, adult, junior, fam = row
        return (f"{season} membership: Adult {adult} · Junior {junior} · Family {fam}. "
                f"Memberships run December 1 to November 30.")
    out = [(_OLD, text(TW_FEES[0]))]
    return tuple(out + [(row[0], text(row)) for row in TW_FEES[1:]])


def tidewater_style() -> PublisherStyle:
    """An American hunter/jumper association: "Posted on" with the long date turned AP-style
    months ("Sept. 14") when the new site opened for the 2020 season (a wording per day),
    "Submitted by", a champion line with the division, horse and rider from pools, the next
    show with its closing date for entries (a wording per day, suspended with USEF in spring
    2020, masks from June 2020), the season's membership fees (changing each December 1), a
    points line, a helmet line, the nonprofit line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="tidewaterhunterjumper.org", site="Tidewater Hunter Jumper Association",
        base_size=55, subdomains=(("www.", 100),),
        sections=("news", "results", "points", "membership"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "division": ("Children's Hunter", "Adult Amateur Hunter", "Pony Hunter",
                         "Low Schooling Jumper", "Modified Adult Jumper", "Green Hunter"),
            "horse": ("Sweet Tea", "Cape Henry", "Oyster Bay", "Lucky Clover", "Bayside Blues",
                      "Northern Neck"),
            "rider": ("Emma Carrow", "Sophie Lindqvist", "Grace Whitfield", "Ava Delacroix",
                      "Maddie Osei"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_tw_dated)),
            _f("byline", HEADER, 0.3, (_OLD, "Submitted by {author}")),
            _f("champion", MIDDLE, 0.25, (_OLD, "Champion, {division}: {horse}, ridden by "
                                                "{rider}")),
            _f("next-show", FOOTER, 0.35, *_by_day(_tw_next)),
            _f("membership", FOOTER, 0.25, *_tw_fees()),
            _f("points", FOOTER, 0.2, (_OLD, "Points are unofficial until verified by the "
                                             "Points Secretary.")),
            _f("helmet", FOOTER, 0.15, (_OLD, "ASTM/SEI-approved helmets are required whenever "
                                              "mounted on the show grounds.")),
            _f("nonprofit", FOOTER, 0.3, (_OLD, "Tidewater Hunter Jumper Association is a "
                                                "501(c)(3) nonprofit organization. Donations "
                                                "are tax-deductible as allowed by law.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Tidewater Hunter Jumper "
                                                "Association")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the reserve champion in the "
                                                  "pony division has been updated.")),
        ),
    )


# --- a Spanish regional canine society ----------------------------------------------------

CA_REDESIGN = dt.date(2018, 2, 5)
LOPDGDD = dt.date(2018, 12, 7)  # Spain's data-protection law of 2018 in force
CA_CUOTA = (("2014-01-01", "35 €"), ("2017-01-01", "38 €"), ("2019-01-01", "40 €"),
            ("2020-01-01", "42 €"))


def canina_shows(y: int) -> list[tuple[dt.date, str]]:
    """The society's shows of year `y`, each on its day."""
    return [(nth_weekday(y, 5, 6, 2), "Exposición Nacional Canina de Torrelavega"),
            (nth_weekday(y, 8, 5, 2), "Exposición Internacional Canina de Santander (CACIB)")]


def _ca_dated(day: dt.date) -> str:
    if day < CA_REDESIGN:
        return f"Santander, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year} | Noticias"


@cache
def _ca_inscripciones() -> Wordings:
    base = _steps((_OLD, "Consulta el calendario de exposiciones en nuestra web"))
    covid = [_span("2020-03-14", "2020-12-31", "Exposiciones de 2020 aplazadas por la COVID-19 "
                                               "hasta nuevo aviso")]
    shows: list[Event] = []
    for y in YEARS:
        for day, name in canina_shows(y):
            close = day - 18 * ONE
            shows.append((day - 60 * ONE, close + ONE,
                          f"📅 {name}, {day.day} de {MESES[day.month - 1]} de {y}: cierre de "
                          f"inscripciones el {close.day} de {MESES[close.month - 1]}"))
            shows.append((close + ONE, day + ONE,
                          f"{name}, {day.day} de {MESES[day.month - 1]} de {y}: inscripciones "
                          f"cerradas"))
    return _calendar(base, covid, shows)


def canina_style() -> PublisherStyle:
    """A Spanish regional canine society: the place and the long date turned the dotted
    numeric date in 2018 (a wording per day), a best-in-show line and a photo credit from
    pools, the shows with their closing dates for entries (before and after each closing
    date, put off by the pandemic), the year's membership fee (changing in 2017, 2019 and
    2020), the affiliation line, the data-protection line reworded for the GDPR and for
    Spain's 2018 law, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="caninacantabrico.es", site="Sociedad Canina del Cantábrico", base_size=40,
        subdomains=(("www.", 100),),
        sections=("noticias", "exposiciones", "socios"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "raza": ("Pastor Vasco", "Perro de Agua Español", "Mastín Español", "Podenco "
                     "Ibicenco", "Galgo Español", "Alano Español"),
            "fotografo": ("Sociedad Canina del Cantábrico", "Foto cedida", "Lucía Pereda"),
        },
        families=(
            _f("fecha", HEADER, 0.8, *_by_day(_ca_dated)),
            _f("bis", MIDDLE, 0.25, (_OLD, "Mejor Perro de la Exposición (BIS): {raza}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {fotografo}")),
            _f("inscripciones", FOOTER, 0.35, *_ca_inscripciones()),
            _f("cuota", FOOTER, 0.25, *by_table(CA_CUOTA, lambda v: (
                f"Cuota anual de socio: {v}. Domiciliación bancaria en enero."))),
            _f("rsce", FOOTER, 0.25, (_OLD, "Entidad colaboradora de la Real Sociedad Canina "
                                            "de España.")),
            _f("datos", FOOTER, 0.15,
               (_OLD, "De acuerdo con la LOPD 15/1999, sus datos se incorporan a un fichero de "
                      "la Sociedad."),
               (GDPR.isoformat(), "Sus datos se tratan según el Reglamento General de "
                                  "Protección de Datos (RGPD)."),
               (LOPDGDD.isoformat(), "Sus datos se tratan según el RGPD y la Ley Orgánica "
                                     "3/2018 (LOPDGDD).")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Sociedad Canina del Cantábrico · "
                                                "Todos los derechos reservados")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: la fecha de cierre de "
                                                  "inscripciones era errónea.")),
        ),
    )


# --- a Swedish riding club ----------------------------------------------------------------

BR_REDESIGN = dt.date(2019, 1, 7)
BR_PANDEMIC = dt.date(2020, 3, 17)
BR_AVGIFT = (("2014-01-01", "vuxen 400 kr, ungdom 250 kr, familj 800 kr"),
             ("2016-01-01", "vuxen 450 kr, ungdom 300 kr, familj 900 kr"),
             ("2019-01-01", "vuxen 500 kr, ungdom 300 kr, familj 950 kr"))


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return day.isoformat()
    return f"Publicerad {day.day} {MANADER[day.month - 1]} {day.year}"


def lucia_saturday(y: int) -> dt.date:
    """The club's Lucia jumping: the Saturday on or before Lucia day, 13 December."""
    lucia = dt.date(y, 12, 13)
    return lucia - dt.timedelta(days=(lucia.weekday() - 5) % 7)


def _br_hoppning() -> list[Event]:
    out: list[Event] = []
    for y in YEARS:
        days = [(nth_weekday(y, m, 6, 1), "Klubbhoppning") for m in (3, 5, 9, 11)]
        days.append((lucia_saturday(y), "Luciahoppning"))
        for day, name in days:
            close = day - 6 * ONE
            when = f"{VECKODAGAR[day.weekday()]} {day.day} {MANADER[day.month - 1]}"
            out.append((day - 21 * ONE, close + ONE,
                        f"🐴 {name} {when}: anmälan senast {VECKODAGAR[close.weekday()]} "
                        f"{close.day} {MANADER[close.month - 1]} via TDB"))
            out.append((close + ONE, day + ONE,
                        f"🐴 {name} {when}: anmälan är stängd, startlistan kommer på "
                        f"fredag"))
    return out


@cache
def _br_kalender() -> Wordings:
    base = _steps((_OLD, "Se hela aktivitetskalendern på vår hemsida"),
                  (BR_PANDEMIC.isoformat(), "Ridskolan är öppen med anpassningar efter "
                                            "Folkhälsomyndighetens råd"))
    return _calendar(base, _br_hoppning())


def bjorkasen_style() -> PublisherStyle:
    """A Swedish riding club: the ISO date turned "Publicerad" with the long date in 2019 (a
    wording per day), "Skrivet av", the year's membership fees (changing in 2016 and 2019),
    the club jumping days and Lucia jumping with their entry deadlines (before and after
    each deadline) over a calendar line reworded for the pandemic, the insurance line, the
    Swish line, the copyright line with the organisation number, a rare correction."""
    return PublisherStyle(
        domain="bjorkasensridklubb.se", site="Björkåsens Ridklubb", base_size=30,
        subdomains=(("www.", 100),),
        sections=("nyheter", "tavling", "ridskola"),
        n_authors=2, url_path="/{section}/{slug}",
        constants={"swish": "123 456 78 90", "orgnr": "802400-1234"},
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_br_dated)),
            _f("skrivet", HEADER, 0.3, (_OLD, "Skrivet av {author}")),
            _f("avgift", FOOTER, 0.3, *by_table(BR_AVGIFT, lambda v: (
                f"Medlemsavgift för året: {v}"))),
            _f("kalender", FOOTER, 0.35, *_br_kalender()),
            _f("forsakring", FOOTER, 0.2, (_OLD, "Alla medlemmar är olycksfallsförsäkrade "
                                                 "genom Svenska Ridsportförbundet.")),
            _f("swish", FOOTER, 0.2, (_OLD, "Betala enkelt med Swish till {swish}")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Björkåsens Ridklubb · Org.nr "
                                                "{orgnr}")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: tävlingen är flyttad till "
                                                "söndag.")),
        ),
    )


def heldout222_styles() -> list[PublisherStyle]:
    """The held-back-222 styles, in the order the generator hands them to publishers."""
    return [
        furlong_style(), pisteetturf_style(), turfsokuho_style(), showring_style(),
        sulkyposten_style(), fetlock_style(), tribunahipica_style(), scealachapaill_style(),
        clubcanin_style(), tidewater_style(), canina_style(), bjorkasen_style(),
    ]
