"""The ``held-back-153`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-152 set. It was
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
"gamble responsibly" notice or an advertisement marker. The publishers are racing papers'
sites, form guides, betting-tips blogs and lottery-results services in English, French,
Japanese, Spanish, Portuguese, Hindi and Afrikaans: a British racing daily, a French turf
paper (PMU races, the day's Quinté+), a Japanese racing paper (JRA race cards), a Spanish
lottery-results site, a Brazilian lottery-results site, a Hindi lottery-results site (the
Kerala state lotteries), a South African racing paper in Afrikaans (with the Lotto results),
a British each-way tips blog, an Australian form guide, an American lottery-results site, an
Argentine turf-tips site and a Portuguese EuroMillions results page. The families are the
kinds a crawl of such sites holds: dates localised day by day in English (with Australian
daylight saving), French, Japanese (with the Reiwa era from 1 May 2019), Spanish, Brazilian
and European Portuguese, Hindi and Afrikaans, several changing form on the day of a redesign
(a festival's opening day, the Derby, the Arc, a Christmas draw); lines that turn every day
(the day's feature meeting and its going, the Quinté+ of the day, the JRA track condition or
the next race day, the Kerala draw of the day with its draw number, prices "correct at" the
day, the countdown to Spain's Christmas draw), every draw day (winning numbers drawn for
each draw, jackpots that roll over from draw to draw and reset when won, Mega-Sena draw
numbers), every week (a naps table to the Saturday, a tipster's running profit to the
Sunday); race-card headers, going, rail and weather lines and stakes from pools;
"gamble responsibly" notices with helpline numbers reworded between 2015 and 2020;
odds-correct-at-time notes; claim-deadline notices; amounts that change over the years
(subscriptions, a paper's price with Japan's 2019 consumption-tax rise, Spain's prize-tax
threshold, Mega-Sena and Mega Millions ticket prices, Indian TDS with its cess, bumper first
prizes, welcome offers); notices that follow the racing and lottery calendars (Cheltenham,
the Grand National and its virtual 2020 edition, Royal Ascot, the Derby, the Prix
d'Amérique, the Arc at Chantilly in 2016-2017, the Japanese Derby, Japan Cup and Arima
Kinen with their editions, Christmas and Niño draws, the Mega da Virada, Onam and Christmas
bumpers, the Met and the Durban July, the Melbourne Cup carnival, the Golden Slipper and The
Everest, the Gran Premio Nacional and Carlos Pellegrini, racing suspended and run behind
closed doors in 2020); "Related"-like lines and advertisement markers mid-body (some up to
two times); multi-line blocks (gamble notice, company line and copyright), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    iso_day,
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
_calendar = _PERIOD.calendar
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
MAHINE = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
MAANDE = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus",
          "September", "Oktober", "November", "Desember")
DAE = ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag")

# --- helpers of this set ------------------------------------------------------------------


def rng_of(key: str, day: dt.date) -> random.Random:
    """A random source that is the same for the same `key` and `day` (seeded by a string,
    so not by Python's salted hash)."""
    return random.Random(f"{key}:{day.isoformat()}")


def pick(key: str, day: dt.date, items: tuple[str, ...]) -> str:
    """One of `items`, the same for the same `key` and `day`."""
    return rng_of(key, day).choice(items)


def numbers(key: str, day: dt.date, k: int, high: int) -> list[int]:
    """`k` distinct numbers from 1 to `high`, in order: a draw's winning numbers."""
    return sorted(rng_of(key, day).sample(range(1, high + 1), k))


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


def draw_days(weekdays: tuple[int, ...], skip: tuple[tuple[str, str], ...] = (),
              extra: tuple[dt.date, ...] = ()) -> tuple[dt.date, ...]:
    """The draw days from late 2014 to past the set's last day: the given weekdays (Monday
    0), none from `skip`'s (first, last) ISO spans, plus the `extra` days."""
    day, out = dt.date(2014, 12, 1), set(extra)
    while day <= LAST_DAY + 14 * ONE:
        if day.weekday() in weekdays and not any(a <= day.isoformat() <= b for a, b in skip):
            out.add(day)
        day += ONE
    return tuple(sorted(out))


def last_draw(days: tuple[dt.date, ...], day: dt.date) -> dt.date:
    """The last draw on or before `day`."""
    return days[bisect_right(days, day) - 1]


def next_draw(days: tuple[dt.date, ...], day: dt.date) -> dt.date:
    """The next draw on or after `day`."""
    return days[bisect_left(days, day)]


def rollovers(key: str, days: tuple[dt.date, ...], base: Callable[[dt.date], float],
              step: float, cap: Callable[[dt.date], float], odds: float, rate: float = 0.1
              ) -> dict[dt.date, float]:
    """Made-up jackpots per draw day: `base` after a win, growing by about `step` and
    `rate` of itself each rollover, up to `cap` (won by the fifth draw at the cap); a draw
    is won with chance `odds`."""
    out: dict[dt.date, float] = {}
    jackpot, at_cap = base(days[0]), 0
    for day in days:
        out[day] = jackpot
        at_cap = at_cap + 1 if jackpot >= cap(day) else 0
        if rng_of(key, day).random() < odds or at_cap >= 5:
            jackpot, at_cap = base(day + ONE), 0
        else:
            grow = step * (0.8 + 0.4 * rng_of(key + "+", day).random()) + rate * jackpot
            jackpot = min(cap(day + ONE), round(jackpot + grow, 0))
    return out


def pt_number(n: int) -> str:
    """A whole number as Portuguese and Spanish sites print it: 1.790."""
    return f"{n:,}".replace(",", ".")


# --- a British racing daily ---------------------------------------------------------------

CHELTENHAM = {2015: "2015-03-10", 2016: "2016-03-15", 2017: "2017-03-14", 2018: "2018-03-13",
              2019: "2019-03-12", 2020: "2020-03-10"}  # the first of four days
GRAND_NATIONAL = {2015: "2015-04-11", 2016: "2016-04-09", 2017: "2017-04-08",
                  2018: "2018-04-14", 2019: "2019-04-06"}  # 2020: a virtual race on 4 April
ROYAL_ASCOT = {2015: "2015-06-16", 2016: "2016-06-14", 2017: "2017-06-20", 2018: "2018-06-19",
               2019: "2019-06-18", 2020: "2020-06-16"}  # the first of five days
DERBY = {2015: "2015-06-06", 2016: "2016-06-04", 2017: "2017-06-03", 2018: "2018-06-02",
         2019: "2019-06-01", 2020: "2020-07-04"}
PP_REDESIGN = dt.date(2018, 3, 13)  # relaunched on the opening day of the 2018 Festival
PP_NEWSLETTER = dt.date(2016, 9, 5)
PP_SAFER = dt.date(2019, 8, 1)
PP_BUDGET = dt.date(2017, 6, 1)
RACING_SUSPENDED = ("2020-03-18", "2020-05-31")  # British racing resumed on 1 June 2020
PP_PLUS = (("2014-02-01", "£4.99"), ("2016-10-01", "£5.99"), ("2019-02-01", "£6.99"))
UK_COURSES = ("Cheltenham", "Sandown", "Newbury", "Ascot", "Kempton", "Haydock", "Doncaster",
              "Newmarket", "York", "Lingfield", "Wolverhampton", "Musselburgh")
GOINGS = ("Good", "Good to Soft", "Soft", "Good to Firm", "Heavy", "Soft (Heavy in places)",
          "Good (Good to Soft in places)")
AW_GOING = "Standard"
NAPS_LEADERS = ("Hoofbeat", "The Scout", "Northern Lad", "Newmarket Insider", "Sky Lark")


def _pp_dated(day: dt.date) -> str:
    if day < PP_REDESIGN:
        return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · Updated {{time}}"


def _pp_feature(day: dt.date) -> str:
    if RACING_SUSPENDED[0] <= day.isoformat() <= RACING_SUSPENDED[1]:
        return "No racing in Britain today: the sport is suspended until further notice."
    course = pick("pp-course", day, UK_COURSES)
    going = AW_GOING if course in ("Lingfield", "Wolverhampton", "Kempton") and (
        day.month in (11, 12, 1, 2)) else pick("pp-going", day, GOINGS)
    return (f"{WEEKDAYS[day.weekday()]}'s feature meeting: {course}, going {going}. Weather: "
            f"{pick('pp-weather', day, ('dry', 'showers', 'overcast', 'sunny', 'rain'))}.")


def saturday_of(day: dt.date) -> dt.date:
    """The last Saturday on or before `day`: the day a weekly naps table is made up to."""
    return day - dt.timedelta(days=(day.weekday() - 5) % 7)


def sunday_of(day: dt.date) -> dt.date:
    """The last Sunday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def naps_points(saturday: dt.date) -> float:
    """A made-up naps table leader's level-stakes points since 1 January of the year."""
    total, day = 0.0, dt.date(saturday.year, 1, 1)
    day = saturday_of(day + 6 * ONE)
    while day <= saturday:
        total += rng_of("naps", day).uniform(-3.0, 5.5)
        day += 7 * ONE
    return total


def _pp_naps(day: dt.date) -> str:
    saturday = saturday_of(day)
    return (f"Naps table: {pick('naps-leader', saturday, NAPS_LEADERS)} leads on "
            f"{naps_points(saturday):+.2f} pts to Saturday {saturday.day} "
            f"{MONTHS[saturday.month - 1]}")


@cache
def _pp_notice() -> Wordings:
    base = _steps((_OLD, "Get our tips before the first race: sign up for the free Paddock "
                         "Post newsletter"),
                  (PP_NEWSLETTER.isoformat(), "📨 The Morning Line from The Paddock Post: "
                                              "cards, tips and non-runners by 8am, free"))
    festival: list[Event] = []
    for y, first in CHELTENHAM.items():
        for k in range(4):
            day = iso_day(first, k)
            festival.append((day, day + ONE, f"🏆 Cheltenham Festival {y}, day {k + 1} of 4: "
                                             f"every card, tip and result"))
        festival.append((iso_day(first, -7), iso_day(first), f"Cheltenham Festival {y} "
                                                             f"starts {iso_day(first).day} "
                                                             f"March: our ante-post guide"))
    big_days = [(iso_day(d, -4), iso_day(d, 1), f"🐎 Grand National {y}: the runners, the "
                                                 f"weights and our each-way picks")
                for y, d in GRAND_NATIONAL.items()]
    big_days += [(iso_day(d, -2), iso_day(d, 5), f"👑 Royal Ascot {y}: five days of cards "
                                                  f"and tips") for y, d in ROYAL_ASCOT.items()]
    big_days += [(iso_day(d, -3), iso_day(d, 1), f"The Derby {y} at Epsom: our guide to "
                                                  f"every runner") for y, d in DERBY.items()]
    pandemic = [
        _span("2020-04-01", "2020-04-04", "🖥️ The Virtual Grand National, Saturday 4 April: "
                                          "all profits go to NHS charities"),
        _span(*RACING_SUSPENDED, "British racing is suspended: read our archive and "
                                 "stay safe"),
        _span("2020-06-01", "2020-06-14", "Racing is back behind closed doors: every card "
                                          "from Newcastle and beyond"),
    ]
    return _calendar(base, pandemic, festival, big_days)


def paddockpost_style() -> PublisherStyle:
    """A British racing daily: a section kicker, the short date turned the long date and
    "Updated" with the time on the opening day of the 2018 Cheltenham Festival (a wording
    per day), "By" turned the writer with the beat, the day's feature meeting with its going
    and weather (a wording per day: all-weather tracks on Standard in winter, no racing
    during the 2020 suspension), race-card headers from pools (up to twice), "More racing:"
    and advertisement markers mid-body (up to twice), the naps table to each Saturday (a
    wording per week), prices correct at the time, a newsletter line reworded and turned by
    Cheltenham counted day by day, the Grand National, Royal Ascot, the Derby, the Virtual
    Grand National, the 2020 suspension and the return behind closed doors, the subscription
    price (raised in 2016 and 2019), the gamble notice with its helpline reworded in 2017
    and 2019, the company line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="paddockpost.co.uk", site="The Paddock Post", base_size=250,
        subdomains=(("www.", 85), ("racecards.", 15)),
        sections=("racing", "tips", "results", "bloodstock", "ante-post"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("RACING", "TIPS", "RESULTS", "ANTE-POST", "BLOODSTOCK", "JUMPS",
                       "FLAT", "IRISH RACING"),
            "beat": ("Racing Correspondent", "Chief Tipster", "Bloodstock Editor",
                     "Northern Correspondent", "Irish Racing Reporter", "Betting Editor"),
            "course": UK_COURSES[:10],
            "race": ("Novices' Hurdle (Class 3)", "Handicap Chase (Class 2)",
                     "Maiden Stakes (Class 5)", "Listed Stakes", "Group 3 Stakes",
                     "Handicap (Class 4)", "Bumper (NH Flat Race)"),
            "trip": ("5f", "7f", "1m", "1m2f", "2m", "2m4f", "3m", "3m2f"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_pp_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (PP_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("feature", HEADER, 0.3, *_by_day(_pp_feature)),
            _f("racecard", MIDDLE, 0.3, (_OLD, "{time} {course} · {race} · {trip}"), count=2),
            _f("more", MIDDLE, 0.4, (_OLD, "More racing: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("naps", FOOTER, 0.2, *_by_day(_pp_naps)),
            _f("prices", FOOTER, 0.45, (_OLD, "Prices correct at the time of publication "
                                              "({time}) and liable to change.")),
            _f("notice", FOOTER, 0.3, *_pp_notice()),
            _f("plus", FOOTER, 0.12, *by_table(PP_PLUS, lambda v: (
                f"Paddock Post Plus: full form, ratings and every tip for {v} a month. Cancel "
                f"any time."))),
            _f("gamble", FOOTER, 0.55,
               (_OLD, "18+. Please bet responsibly. Free, confidential advice: 0808 020 4411"),
               (PP_BUDGET.isoformat(), "18+ only. Set a budget and stick to it. Need help? "
                                       "Call 0808 020 4411 or visit gambleaware.org"),
               (PP_SAFER.isoformat(), "18+ | Take time to think. Free support 24/7 from the "
                                      "National Gambling Helpline, 0808 020 4411")),
            _f("company", FOOTER, 0.3, (_OLD, "The Paddock Post is published by Paddock Post "
                                              "Media Ltd, 9 Rowley Mile Yard, Newmarket CB8 "
                                              "0TF.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Paddock Post Media Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article named the wrong trainer of the "
                                                  "winner.")),
        ),
    )


# --- a French turf paper ------------------------------------------------------------------

PRIX_AMERIQUE = {2015: "2015-01-25", 2016: "2016-01-31", 2017: "2017-01-29",
                 2018: "2018-01-28", 2019: "2019-01-27", 2020: "2020-01-26"}
ARC = {2015: ("2015-10-04", "Longchamp"), 2016: ("2016-10-02", "Chantilly"),
       2017: ("2017-10-01", "Chantilly"), 2018: ("2018-10-07", "ParisLongchamp"),
       2019: ("2019-10-06", "ParisLongchamp"), 2020: ("2020-10-04", "ParisLongchamp")}
LT_REDESIGN = dt.date(2019, 1, 27)  # relaunched on the day of the 2019 Prix d'Amérique
LT_RISQUES = dt.date(2018, 7, 1)
CONFINEMENT_COURSES = ("2020-03-17", "2020-05-10")  # racing resumed behind closed doors
LT_ABONNEMENT = (("2014-06-01", "9,90"), ("2017-03-01", "11,90"), ("2020-01-01", "12,90"))
PRIX = ("Prix de Cornulier", "Prix des Lilas", "Prix de la Garonne", "Prix du Bourbonnais",
        "Prix des Ajoncs", "Prix de Normandie", "Prix de la Vallée d'Auge", "Prix du Languedoc",
        "Prix des Mouettes", "Prix de Bretagne", "Prix du Morvan", "Prix de la Seine")


def _lt_date(day: dt.date) -> str:
    if day < LT_REDESIGN:
        return f"Mis en ligne le {day.day:02d}.{day.month:02d}.{day.year % 100:02d} - {{time}}"
    return (f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year}, "
            f"{{time}}")


def hippodrome(day: dt.date) -> str:
    """The Quinté+'s racecourse on `day`: Vincennes and the south in winter, Deauville in
    August, the Paris courses otherwise."""
    if day.month in (12, 1, 2):
        return pick("lt-hippo", day, ("Vincennes", "Vincennes", "Cagnes-sur-Mer", "Pau"))
    if day.month == 8:
        return pick("lt-hippo", day, ("Deauville", "Deauville", "Clairefontaine", "Enghien"))
    paris = "ParisLongchamp" if day.year >= 2018 else "Chantilly" if day.year >= 2016 else (
        "Longchamp")
    return pick("lt-hippo", day, (paris, "Saint-Cloud", "Auteuil", "Chantilly", "Enghien",
                                  "Vincennes", "Compiègne"))


def _lt_quinte(day: dt.date) -> str:
    if CONFINEMENT_COURSES[0] <= day.isoformat() <= CONFINEMENT_COURSES[1]:
        return "Pas de Quinté+ aujourd'hui : les courses sont suspendues pendant le confinement"
    hour = "15h15" if day.weekday() == 6 else "13h50"
    return (f"Quinté+ du {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} : "
            f"{pick('lt-prix', day, PRIX)}, {hippodrome(day)}, "
            f"R1C{pick('lt-course', day, ('3', '4', '5', '6'))}, départ {hour}")


@cache
def _lt_calendrier() -> Wordings:
    base = _steps((_OLD, "Recevez nos pronostics chaque matin : inscrivez-vous à la newsletter "
                         "Le Turf Matin"))
    grands_prix = [(iso_day(d, -6), iso_day(d, 1), f"❄️ Prix d'Amérique {y} : partants, "
                                                    f"cotes et notre favori")
                   for y, d in PRIX_AMERIQUE.items()]
    grands_prix += [(iso_day(d, -6), iso_day(d, 1), f"🏇 Qatar Prix de l'Arc de Triomphe {y} à "
                                                     f"{lieu} : tout le programme")
                    for y, (d, lieu) in ARC.items()]
    confinement = [
        _span(*CONFINEMENT_COURSES, "Courses suspendues : retrouvez nos archives et nos "
                                    "dossiers en attendant la reprise"),
        _span("2020-05-11", "2020-06-21", "Reprise des courses à huis clos : tous les "
                                          "programmes du jour"),
    ]
    return _calendar(base, confinement, grands_prix)


def leturfmatin_style() -> PublisherStyle:
    """A French turf paper: a section from a pool, "Mis en ligne le" with the short date
    turned the weekday and the long date on the day of the 2019 Prix d'Amérique (a wording
    per day), "Par" turned the writer with the beat, the day's Quinté+ (a wording per day:
    its race, racecourse by the season, course number and start; none during the 2020
    lockdown), a meeting-and-race line and the going from pools, "Lire aussi" and
    advertisement markers mid-body (up to twice), indicative odds at the time, "rapports
    sous réserve", the gamble-risks notice with its helpline reworded in 2018, "interdit aux
    mineurs", a newsletter line turned by the Prix d'Amérique, the Arc (at Chantilly in 2016
    and 2017), the lockdown and the return behind closed doors, the subscription price
    (raised in 2017 and 2020), the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="leturfmatin.fr", site="Le Turf Matin", base_size=220,
        subdomains=(("www.", 100),),
        sections=("quinte", "pronostics", "arrivees", "trot", "galop", "obstacle"),
        n_authors=9, url_path="/{section}/{yyyy}-{mm}-{dd}-{slug}",
        pools={
            "rubrique": ("Quinté+", "Pronostics", "Arrivées et rapports", "Trot", "Galop",
                         "Obstacle", "Élevage"),
            "beat": ("spécialiste trot", "spécialiste galop", "envoyé spécial",
                     "chroniqueur obstacle"),
            "reunion": ("R1C1", "R1C3", "R1C4", "R2C5", "R3C2", "R4C7"),
            "hippodrome": ("Vincennes", "Chantilly", "Deauville", "Auteuil", "Saint-Cloud",
                           "Enghien", "Cagnes-sur-Mer"),
            "terrain": ("bon", "bon souple", "souple", "très souple", "collant", "lourd",
                        "léger"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_lt_date)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}"),
               (LT_REDESIGN.isoformat(), "Par {author}, {author_beat}")),
            _f("quinte", HEADER, 0.3, *_by_day(_lt_quinte)),
            _f("course", MIDDLE, 0.3, (_OLD, "{reunion} · {hippodrome} · départ à {time}")),
            _f("terrain", MIDDLE, 0.2, (_OLD, "Terrain : {terrain}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi — {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "— Publicité —"), count=2),
            _f("cotes", FOOTER, 0.4, (_OLD, "Cotes PMU relevées à {time}, données à titre "
                                            "indicatif jusqu'au départ.")),
            _f("rapports", FOOTER, 0.2, (_OLD, "Arrivée et rapports sous réserve de "
                                               "confirmation officielle.")),
            _f("risques", FOOTER, 0.55,
               (_OLD, "Parier comporte des risques : dépendance, isolement, endettement. Pour "
                      "en parler : 09 74 12 36 36 (appel non surtaxé)."),
               (LT_RISQUES.isoformat(), "Les jeux d'argent peuvent devenir un problème. "
                                        "Besoin d'aide ? Appelez le 09 74 12 36 36 (service "
                                        "et appel gratuits).")),
            _f("mineurs", FOOTER, 0.35, (_OLD, "Les paris hippiques sont interdits aux "
                                               "mineurs.")),
            _f("calendrier", FOOTER, 0.25, *_lt_calendrier()),
            _f("abonnement", FOOTER, 0.12, *by_table(LT_ABONNEMENT, lambda v: (
                f"Abonnement intégral Le Turf Matin : {v} € par mois, sans engagement."))),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Le Turf Matin {year} – Reproduction "
                                                "interdite")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le numéro du favori était erroné "
                                               "dans une première version.")),
        ),
    )


# --- a Japanese racing paper --------------------------------------------------------------

KH_REDESIGN = dt.date(2017, 12, 24)  # relaunched on the day of the 2017 Arima Kinen
REIWA = dt.date(2019, 5, 1)
KH_ANZEN = dt.date(2018, 10, 5)  # the gambling-addiction law came into force
KH_LINE = dt.date(2017, 4, 1)
TAX_RISE = dt.date(2019, 10, 1)  # consumption tax from 8% to 10%
TOKYO_YUSHUN = {2015: "2015-05-31", 2016: "2016-05-29", 2017: "2017-05-28",
                2018: "2018-05-27", 2019: "2019-05-26", 2020: "2020-05-31"}
JAPAN_CUP = {2015: "2015-11-29", 2016: "2016-11-27", 2017: "2017-11-26", 2018: "2018-11-25",
             2019: "2019-11-24", 2020: "2020-11-29"}
ARIMA = {2015: "2015-12-27", 2016: "2016-12-25", 2017: "2017-12-24", 2018: "2018-12-23",
         2019: "2019-12-22", 2020: "2020-12-27"}
MUKANKYAKU = ("2020-02-29", "2020-10-09")  # JRA raced without spectators
KH_PRICE = (("2014-04-01", "500"), ("2019-10-01", "510"))
JRA_COURSES = ("東京", "中山", "京都", "阪神", "中京", "新潟", "福島", "小倉", "札幌", "函館")
BABA = ("良", "良", "良", "稍重", "重", "不良")
TENKO = ("晴", "晴", "曇", "小雨", "雨")


def reiwa_year(day: dt.date) -> str:
    """The Reiwa year of `day` (from 1 May 2019), 元 for the first."""
    n = day.year - 2018
    return "令和元年" if n == 1 else f"令和{n}年"


def _kh_hiduke(day: dt.date) -> str:
    youbi = YOUBI[day.weekday()]
    if day < KH_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    if day < REIWA:
        return f"{day.year}年{day.month}月{day.day}日({youbi}) {{time}}"
    return f"{day.year}年({reiwa_year(day)}){day.month}月{day.day}日({youbi}) {{time}}"


def jra_race_day(day: dt.date) -> bool:
    """Whether the JRA races on `day` (weekends, not in the new-year break)."""
    return day.weekday() >= 5 and not (day.month == 1 and day.day <= 4) and not (
        day.month == 12 and day.day >= 29)


def _kh_baba(day: dt.date) -> str:
    if not jra_race_day(day):
        nxt = day + ONE
        while not jra_race_day(nxt):
            nxt += ONE
        return f"次回の中央競馬は{nxt.month}月{nxt.day}日({YOUBI[nxt.weekday()]})開催"
    course = pick("kh-course", saturday_of(day), JRA_COURSES)
    return (f"{day.month}月{day.day}日({YOUBI[day.weekday()]}) {course} "
            f"天候：{pick('kh-tenko', day, TENKO)} 芝：{pick('kh-shiba', day, BABA)} "
            f"ダート：{pick('kh-dirt', day, BABA)}")


@cache
def _kh_oshirase() -> Wordings:
    base = _steps((_OLD, "はやみ競馬新聞の予想はメールマガジンでも配信しています"),
                  (KH_LINE.isoformat(), "はやみ競馬新聞の公式LINEで、最新の予想と速報を"
                                        "お届けします"))
    g1 = [(iso_day(d, -6), iso_day(d, 1), f"第{y - 1933}回日本ダービー（東京優駿）"
                                           f"{iso_day(d).month}月{iso_day(d).day}日：出走馬と"
                                           f"本紙の予想はこちら")
          for y, d in TOKYO_YUSHUN.items()]
    g1 += [(iso_day(d, -6), iso_day(d, 1), f"第{y - 1980}回ジャパンカップ：枠順と予想を掲載中")
           for y, d in JAPAN_CUP.items()]
    g1 += [(iso_day(d, -6), iso_day(d, 1), f"第{y - 1955}回有馬記念：ファン投票の結果と枠順は"
                                           f"こちら")
           for y, d in ARIMA.items()]
    covid = [_span(*MUKANKYAKU, "新型コロナウイルス感染拡大防止のため、中央競馬は無観客で"
                                "開催されています")]
    return _calendar(base, g1, covid)


def keibahayami_style() -> PublisherStyle:
    """A Japanese racing paper: a section from a pool, the dotted date turned the date with
    the weekday on the day of the 2017 Arima Kinen and the Western year with the Reiwa year
    from 1 May 2019 (a wording per day), the writer, the day's track condition and weather
    on race days or the next race day otherwise (a wording per day), race-card headers from
    pools, "関連記事" and a sponsor marker mid-body (up to twice), an odds-at-the-time note,
    the betting-age notice reworded when the gambling-addiction law came into force (with a
    helpline), a newsletter line reworded for LINE and turned by the Japanese Derby, the
    Japan Cup and the Arima Kinen with their editions and by the races without spectators
    in 2020, the paper's price (up with the consumption tax in October 2019), the copyright
    and no-reproduction lines (a block), a rare correction."""
    return PublisherStyle(
        domain="keiba-hayami.jp", site="はやみ競馬新聞", base_size=195,
        subdomains=(("www.", 100),),
        sections=("yoso", "kekka", "jusho", "chiho", "kaigai"),
        n_authors=8, url_path="/news/{yyyy}{mm}{dd}/{n}",
        pools={
            "kubun": ("予想", "レース結果", "重賞", "地方競馬", "海外競馬", "POG", "馬券術"),
            "keibajo": ("東京", "中山", "京都", "阪神", "中京", "新潟", "小倉"),
            "race": ("11R", "10R", "12R", "9R", "1R"),
            "jusho": ("メインレース", "G1", "G2", "G3", "リステッド", "新馬戦", "未勝利戦"),
        },
        families=(
            _f("kubun", HEADER, 0.45, (_OLD, "{kubun}")),
            _f("hiduke", HEADER, 0.85, *_by_day(_kh_hiduke)),
            _f("kisha", HEADER, 0.5, (_OLD, "文：{author}"),
               (KH_REDESIGN.isoformat(), "（{author}／はやみ競馬新聞）")),
            _f("baba", HEADER, 0.3, *_by_day(_kh_baba)),
            _f("shutsuba", MIDDLE, 0.3, (_OLD, "出馬表：{keibajo}{race}（{jusho}） 発走 {time}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}")),
            _f("sponsor", MIDDLE, 0.3, (_OLD, "スポンサーリンク"), count=2),
            _f("odds", FOOTER, 0.4, (_OLD, "※オッズは{time}現在のもので、確定値とは異なる場合が"
                                            "あります。")),
            _f("baken", FOOTER, 0.5,
               (_OLD, "勝馬投票券（馬券）は20歳以上の方しか購入できません。"),
               (KH_ANZEN.isoformat(), "馬券の購入は20歳になってから。のめり込みにご注意を。"
                                      "相談窓口 0570-02-4186")),
            _f("oshirase", FOOTER, 0.25, *_kh_oshirase()),
            _f("kakaku", FOOTER, 0.12, *by_table(KH_PRICE, lambda v: (
                f"はやみ競馬新聞 本紙は1部{v}円（税込）。駅売店・コンビニで発売中"))),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} はやみ競馬新聞 All "
                                                "Rights Reserved.")),
            _f("tensai", FOOTER, 0.3, (_OLD, "記事・写真・データの無断転載を禁じます。")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】騎手名に誤りがありました。おわびして"
                                              "訂正します。")),
        ),
    )


# --- a Spanish lottery-results site -------------------------------------------------------

RS_REDESIGN = dt.date(2018, 12, 22)  # relaunched on the day of the 2018 Christmas draw
RS_JUEGO_SEGURO = dt.date(2020, 11, 5)  # the decree on gambling advertising came in
SORTEOS_SUSPENDIDOS = ("2020-03-17", "2020-05-31")
GRAVAMEN = (("2013-01-01", "2.500"), ("2018-07-05", "10.000"), ("2019-01-01", "20.000"),
            ("2020-01-01", "40.000"))
PRIMITIVA_DAYS = draw_days((0, 3, 5), skip=(SORTEOS_SUSPENDIDOS,))
EUROMILLIONS_DAYS = draw_days((1, 4))


def euromillions_base(day: dt.date) -> float:
    return 15.0 if day < dt.date(2016, 9, 24) else 17.0


def euromillions_cap(day: dt.date) -> float:
    return 190.0 if day < dt.date(2020, 2, 4) else 200.0


@cache
def euromillions_jackpots() -> dict[dt.date, float]:
    """The EuroMillions jackpot of each draw, in millions of euros (made up, the same on the
    Spanish and the Portuguese sites)."""
    return rollovers("euromillions", EUROMILLIONS_DAYS, euromillions_base, 9.0,
                     euromillions_cap, 1 / 7)


def _rs_fecha(day: dt.date) -> str:
    if day < RS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return (f"Actualizado: {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} - {{time}}")


def _rs_combinacion(day: dt.date) -> str:
    draw = last_draw(PRIMITIVA_DAYS, day)
    main = numbers("primitiva", draw, 7, 49)
    rng = rng_of("primitiva-r", draw)
    combo = " - ".join(f"{n:02d}" for n in sorted(main[:6]))
    return (f"La Primitiva del {DIAS[draw.weekday()]} {draw.day} de {MESES[draw.month - 1]}: "
            f"{combo} · C {main[6]} · R {rng.randint(0, 9)}")


def _rs_bote(day: dt.date) -> str:
    draw = next_draw(EUROMILLIONS_DAYS, day)
    amount = euromillions_jackpots()[draw]
    return (f"Bote de Euromillones para el {DIAS[draw.weekday()]} {draw.day} de "
            f"{MESES[draw.month - 1]}: {amount:.0f} millones de euros")


def _rs_navidad(day: dt.date) -> str | None:
    gordo = dt.date(day.year, 12, 22)
    if dt.date(day.year, 11, 1) <= day < gordo:
        left = (gordo - day).days
        return (f"🎄 Lotería de Navidad {day.year}: " + ("mañana es el sorteo del 22 de "
                "diciembre" if left == 1 else f"faltan {left} días para el sorteo del 22 de "
                                              f"diciembre"))
    if day == gordo:
        return "🎄 Hoy, Sorteo Extraordinario de Navidad: la lista de premios, en directo"
    nino = day.year + 1 if day.month == 12 else day.year
    if day > gordo or day <= dt.date(day.year, 1, 6):
        return (f"👶 Sorteo del Niño {nino}, el 6 de enero: compra tu décimo y comprueba el de "
                f"Navidad")
    if SORTEOS_SUSPENDIDOS[0] <= day.isoformat() <= SORTEOS_SUSPENDIDOS[1]:
        return ("Sorteos suspendidos durante el estado de alarma: los premios pendientes se "
                "pagarán al reanudarse")
    return None


def _rs_aviso(day: dt.date) -> str:
    return _rs_navidad(day) or "Comprueba tu décimo o tu boleto en nuestro buscador de premios"


def resultadosdelsorteo_style() -> PublisherStyle:
    """A Spanish lottery-results site: a section from a pool, the numeric date turned the
    weekday and the long date on the day of the 2018 Christmas draw (a wording per day),
    "Redacción", the last Primitiva's winning combination with its complementario and
    reintegro (a wording per draw: Monday, Thursday and Saturday, none in the 2020 state of
    alarm), the next EuroMillions jackpot (a wording per draw: rolled over or reset), "Te
    puede interesar" and advertising markers mid-body, the three-month claim deadline, the
    prize-tax threshold (raised in 2018, 2019 and 2020), the unofficial-results line, the
    play-responsibly notice reworded when the 2020 advertising decree came in, a banner that
    counts down to the Christmas draw day by day, then turns to the Niño draw and to the
    2020 suspension, the copyright line, a rare rectification."""
    return PublisherStyle(
        domain="resultadosdelsorteo.es", site="Resultados del Sorteo", base_size=170,
        subdomains=(("www.", 100),),
        sections=("primitiva", "bonoloto", "euromillones", "loteria-nacional", "el-gordo"),
        n_authors=5, url_path="/{section}/{slug}-{yyyy}{mm}{dd}",
        pools={"seccion": ("La Primitiva", "Bonoloto", "Euromillones", "Lotería Nacional",
                           "El Gordo", "ONCE", "Quiniela")},
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_rs_fecha)),
            _f("firma", HEADER, 0.35, (_OLD, "Redacción / {author}")),
            _f("combinacion", HEADER, 0.3, *_by_day(_rs_combinacion)),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar | {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "PUBLICIDAD"), count=2),
            _f("bote", FOOTER, 0.3, *_by_day(_rs_bote)),
            _f("plazo", FOOTER, 0.4, (_OLD, "Recuerda: tienes tres meses, contados desde el "
                                            "día siguiente al sorteo, para cobrar tu premio.")),
            _f("gravamen", FOOTER, 0.15, *by_table(GRAVAMEN, lambda v: (
                f"Los premios de más de {v} € tributan al 20 % por la parte que supere esa "
                f"cantidad."))),
            _f("oficial", FOOTER, 0.45, (_OLD, "Resultados sin validez oficial: compruébalos "
                                               "siempre con la lista oficial del sorteo.")),
            _f("responsable", FOOTER, 0.5,
               (_OLD, "Juega con responsabilidad. Prohibida la participación de menores de "
                      "edad."),
               (RS_JUEGO_SEGURO.isoformat(), "+18 | Juego seguro. Si el juego deja de ser un "
                                             "entretenimiento, pide ayuda: 900 533 025")),
            _f("aviso", FOOTER, 0.25, *_by_day(_rs_aviso)),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Resultados del Sorteo · Web "
                                                 "independiente, sin relación con Loterías y "
                                                 "Apuestas del Estado")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: en una primera versión "
                                                     "figuraba un reintegro erróneo.")),
        ),
    )


# --- a Brazilian lottery-results site -----------------------------------------------------

SC_REDESIGN = dt.date(2017, 12, 31)  # relaunched on the day of the 2017 Mega da Virada
SC_ZAP = dt.date(2018, 8, 1)
SC_MODERACAO = dt.date(2019, 6, 1)
MEGA_PRICE = (("2013-01-01", "2,50"), ("2015-05-24", "3,50"), ("2019-11-10", "4,50"))
VIRADA = {2015: 246, 2016: 225, 2017: 280, 2018: 280, 2019: 300, 2020: 300}  # R$ millions
MEGA_DAYS = draw_days((2, 5), extra=tuple(dt.date(y, 12, 31) for y in range(2014, 2021)))
MEGA_FIRST = 1665  # the draw number of the first draw of 2015 (made up)


def mega_number(draw: dt.date) -> int:
    """A Mega-Sena draw's number: one more each draw."""
    return MEGA_FIRST + bisect_left(MEGA_DAYS, draw) - bisect_left(MEGA_DAYS, FIRST_DAY)


@cache
def mega_jackpots() -> dict[dt.date, float]:
    """The Mega-Sena prize estimate of each draw in millions of reais (made up); the Mega da
    Virada's is the year's own."""
    out = rollovers("mega-sena", MEGA_DAYS, lambda day: 3.0, 4.0, lambda day: 400.0, 1 / 6)
    for y, amount in VIRADA.items():
        out[dt.date(y, 12, 31)] = float(amount)
    return out


def _sc_data(day: dt.date) -> str:
    if day < SC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return (f"Atualizado em {day.day} de {MESES_PT[day.month - 1]} de {day.year}, "
            f"{DIAS_PT[day.weekday()]}, às {{time}}")


def _sc_concurso(day: dt.date) -> str:
    draw = next_draw(MEGA_DAYS, day)
    when = f"{DIAS_PT[draw.weekday()]}, {draw.day:02d}/{draw.month:02d}"
    if draw.month == 12 and draw.day == 31:
        return f"Mega da Virada, concurso {pt_number(mega_number(draw))}: sorteio {when}"
    return f"Próximo concurso da Mega-Sena: {pt_number(mega_number(draw))}, {when}, às 20h"


def _sc_estimativa(day: dt.date) -> str:
    draw = next_draw(MEGA_DAYS, day)
    value = mega_jackpots()[draw]
    amount = f"{value:.0f} milhões" if value >= 10 else f"{value:.1f} milhões".replace(".", ",")
    return f"Estimativa de prêmio do concurso {pt_number(mega_number(draw))}: R$ {amount}"


@cache
def _sc_aviso() -> Wordings:
    base = _steps((_OLD, "Receba os resultados por e-mail: cadastre-se grátis"),
                  (SC_ZAP.isoformat(), "📲 Resultados no seu WhatsApp logo após o sorteio: "
                                       "entre no nosso grupo"))
    virada = [(dt.date(y, 11, 20), dt.date(y + 1, 1, 1), f"🎆 Mega da Virada {y}: prêmio "
                                                           f"estimado de R$ {VIRADA[y]} "
                                                           f"milhões, que não acumula")
              for y in YEARS]
    virada += [(dt.date(y + 1, 1, 1), dt.date(y + 1, 1, 4), f"Confira o resultado da Mega da "
                                                             f"Virada {y}")
               for y in YEARS]
    pandemia = [_span("2020-03-20", "2020-06-30", "Evite filas nas lotéricas: aposte pelo app "
                                                  "e pelo site oficial")]
    return _calendar(base, virada, pandemia)


def sortecerta_style() -> PublisherStyle:
    """A Brazilian lottery-results site: a game from a pool, the numeric date turned the long
    date with the weekday on the day of the 2017 Mega da Virada (a wording per day), "Por",
    the next Mega-Sena draw with its number (a wording per draw, the Mega da Virada on 31
    December), the prize estimate for it (a wording per draw: rolled over or reset, the
    Virada's the year's own), "Leia também" and advertising markers mid-body (up to twice),
    the ticket price (raised in 2015 and 2019), the 90-day claim deadline, the income-tax
    line, the play-responsibly notice reworded in 2019, a sign-up line reworded for WhatsApp
    and turned by the Mega da Virada, its results and the 2020 pandemic, the copyright line,
    a rare correction."""
    return PublisherStyle(
        domain="sortecerta.com.br", site="Sorte Certa", base_size=150,
        subdomains=(("www.", 100),),
        sections=("mega-sena", "lotofacil", "quina", "lotomania", "dupla-sena"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={"jogo": ("Mega-Sena", "Lotofácil", "Quina", "Lotomania", "Dupla Sena",
                        "Timemania", "Loteria Federal")},
        families=(
            _f("jogo", HEADER, 0.45, (_OLD, "{jogo}")),
            _f("data", HEADER, 0.85, *_by_day(_sc_data)),
            _f("autor", HEADER, 0.4, (_OLD, "Por {author}"),
               (SC_REDESIGN.isoformat(), "Por {author}, da redação do Sorte Certa")),
            _f("concurso", HEADER, 0.3, *_by_day(_sc_concurso)),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também >> {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "CONTINUA APÓS A PUBLICIDADE"), count=2),
            _f("estimativa", FOOTER, 0.3, *_by_day(_sc_estimativa)),
            _f("preco", FOOTER, 0.15, *by_table(MEGA_PRICE, lambda v: (
                f"A aposta mínima da Mega-Sena, com seis números, custa R$ {v}."))),
            _f("prazo", FOOTER, 0.45, (_OLD, "Os prêmios prescrevem 90 dias após a data do "
                                             "sorteio; depois disso, o valor vai para o "
                                             "Fies.")),
            _f("ir", FOOTER, 0.15, (_OLD, "Prêmios acima de R$ 1.903,98 têm 30% de Imposto de "
                                          "Renda retido na fonte.")),
            _f("responsavel", FOOTER, 0.5,
               (_OLD, "Jogue com responsabilidade. Proibido para menores de 18 anos."),
               (SC_MODERACAO.isoformat(), "Aposte com moderação: loteria é diversão, não "
                                          "investimento. Proibido para menores de 18 anos.")),
            _f("aviso", FOOTER, 0.25, *_sc_aviso()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Sorte Certa. Site independente, "
                                                 "sem vínculo com a Caixa.")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: uma versão anterior informava a "
                                                "data errada do sorteio.")),
        ),
    )


# --- a Hindi lottery-results site (the Kerala state lotteries) ----------------------------

LH_REDESIGN = dt.date(2018, 9, 19)  # relaunched on the day of the 2018 Onam bumper draw
LH_TELEGRAM = dt.date(2019, 4, 1)
LH_DISCLAIMER = dt.date(2017, 7, 1)
KERALA_PAUSE = ("2020-03-22", "2020-06-30")  # no draws in the lockdown
TDS = (("2015-01-01", "30.9"), ("2018-04-01", "31.2"))  # 30% and the cess (3%, then 4%)
KERALA = (("विन-विन", "W"), ("स्त्री शक्ति", "SS"), ("अक्षय", "AK"), ("कारुण्य प्लस", "KN"),
          ("निर्मल", "NR"), ("कारुण्य", "KR"), ("पौर्णमी", "RN"))  # Monday to Sunday
KERALA_FIRST = (290, 133, 175, 41, 419, 171, 174)  # the first draw numbers of 2015 (made up)
ONAM = {2015: ("2015-09-23", 8), 2016: ("2016-09-20", 8), 2017: ("2017-09-20", 10),
        2018: ("2018-09-19", 10), 2019: ("2019-09-19", 12), 2020: ("2020-09-20", 12)}
XMAS = {2015: ("2016-02-03", 4), 2016: ("2017-02-02", 6), 2017: ("2018-02-07", 6),
        2018: ("2019-02-10", 6), 2019: ("2020-02-10", 12)}  # Christmas-New Year bumpers


def kerala_draw(day: dt.date) -> str | None:
    """The Kerala lottery drawn on `day` with its draw number, None in the 2020 pause."""
    if KERALA_PAUSE[0] <= day.isoformat() <= KERALA_PAUSE[1]:
        return None
    wd = day.weekday()
    first = FIRST_DAY + dt.timedelta(days=(wd - FIRST_DAY.weekday()) % 7)
    weeks = (day - first).days // 7
    if day.isoformat() > KERALA_PAUSE[1]:  # the draws missed in the pause
        start, end = iso_day(KERALA_PAUSE[0]), iso_day(KERALA_PAUSE[1])
        weeks -= sum((start + k * ONE).weekday() == wd for k in range((end - start).days + 1))
    name, code = KERALA[wd]
    return f"{name} {code}-{KERALA_FIRST[wd] + weeks}"


def _lh_dinank(day: dt.date) -> str:
    if day < LH_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"प्रकाशित: {day.day} {MAHINE[day.month - 1]} {day.year}, {VAAR[day.weekday()]}, {{time}}"


def _lh_draw(day: dt.date) -> str:
    draw = kerala_draw(day)
    when = f"{day.day} {MAHINE[day.month - 1]}"
    if draw is None:
        return f"आज ({when}) कोई ड्रॉ नहीं: लॉकडाउन के कारण केरल लॉटरी के ड्रॉ रुके हुए हैं"
    return f"आज का ड्रॉ ({when}, {VAAR[day.weekday()]}): केरल {draw}, दोपहर 3 बजे"


@cache
def _lh_suchna() -> Wordings:
    base = _steps((_OLD, "ताज़ा रिज़ल्ट के लिए हमारा व्हाट्सऐप नंबर सेव करें"),
                  (LH_TELEGRAM.isoformat(), "📢 हर ड्रॉ का रिज़ल्ट सबसे पहले: हमारे टेलीग्राम चैनल से "
                                            "जुड़ें"))
    bumpers: list[Event] = []
    for y, (day, crore) in ONAM.items():
        bumpers.append((iso_day(day, -30), iso_day(day, 1), f"तिरुवोणम बंपर {y}: ड्रॉ "
                                                            f"{iso_day(day).day} सितंबर को, "
                                                            f"पहला इनाम ₹{crore} करोड़"))
    for y, (day, crore) in XMAS.items():
        bumpers.append((iso_day(day, -30), iso_day(day, 1), f"क्रिसमस-न्यू ईयर बंपर "
                                                            f"{y}-{(y + 1) % 100}: पहला इनाम "
                                                            f"₹{crore} करोड़"))
    pause = [_span(*KERALA_PAUSE, "लॉकडाउन: केरल लॉटरी के सभी ड्रॉ अगली सूचना तक स्थगित")]
    return _calendar(base, pause, bumpers)


def lotterykhabar_style() -> PublisherStyle:
    """A Hindi lottery-results site (the Kerala state lotteries): a category from a pool, the
    numeric date turned "प्रकाशित" with the long date, the weekday and the time on the day of
    the 2018 Onam bumper draw (a wording per day), the writer, the day's draw with its
    lottery and draw number (a wording per day: seven lotteries by weekday, numbered week by
    week, none in the 2020 lockdown), a live-results line and advertisement markers mid-body,
    "ये भी पढ़ें", the 30-day claim deadline, TDS with its cess (30.9% turned 31.2% in April
    2018), the check-the-gazette disclaimer reworded in 2017, the play-responsibly line, a
    follow line reworded for Telegram and turned by the Onam and Christmas-New Year bumpers
    with their first prizes and by the lockdown, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="lotterykhabar.in", site="लॉटरी खबर", base_size=130,
        subdomains=(("www.", 70), ("hindi.", 30)),
        sections=("kerala-lottery", "nagaland-lottery", "bumper", "result"),
        n_authors=4, url_path="/{section}/{slug}-{dd}-{mm}-{yyyy}/",
        pools={"shreni": ("केरल लॉटरी", "बंपर ड्रॉ", "आज का रिज़ल्ट", "लॉटरी टिप्स",
                          "नागालैंड लॉटरी")},
        families=(
            _f("shreni", HEADER, 0.45, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.85, *_by_day(_lh_dinank)),
            _f("lekhak", HEADER, 0.35, (_OLD, "लेखक: {author}")),
            _f("draw", HEADER, 0.3, *_by_day(_lh_draw)),
            _f("live", MIDDLE, 0.2, (_OLD, "लाइव: रिज़ल्ट दोपहर 3 बजे के बाद यहीं अपडेट होगा")),
            _f("ad", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("padhein", MIDDLE, 0.3, (_OLD, "ये भी पढ़ें- {other_title}")),
            _f("daava", FOOTER, 0.4, (_OLD, "इनाम का दावा ड्रॉ की तारीख से 30 दिन के अंदर "
                                            "करना ज़रूरी है।")),
            _f("tds", FOOTER, 0.15, *by_table(TDS, lambda v: (
                f"₹10,000 से ज़्यादा के इनाम पर {v}% टीडीएस कटता है।"))),
            _f("asweekaran", FOOTER, 0.5,
               (_OLD, "यह रिज़ल्ट केवल जानकारी के लिए है, आधिकारिक गज़ट से मिलान ज़रूर करें।"),
               (LH_DISCLAIMER.isoformat(), "अस्वीकरण: हम कोई लॉटरी नहीं बेचते। नंबरों का मिलान केरल सरकार "
                              "के आधिकारिक गज़ट से करें।")),
            _f("zimmedari", FOOTER, 0.3, (_OLD, "लॉटरी में पैसा सोच-समझकर लगाएं। 18 साल से कम "
                                                "उम्र के लोग न खेलें।")),
            _f("suchna", FOOTER, 0.25, *_lh_suchna()),
            _f("copyright", FOOTER, 0.35, (_OLD, "कॉपीराइट © {year} लॉटरी खबर। सर्वाधिकार "
                                                 "सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: पहले इस खबर में ड्रॉ नंबर गलत छप गया था।")),
        ),
    )


# --- a South African racing paper in Afrikaans --------------------------------------------

PK_REDESIGN = dt.date(2017, 7, 1)  # relaunched on the day of the 2017 Durban July
PK_HULP = dt.date(2019, 3, 1)
PK_WHATSAPP = dt.date(2018, 2, 1)
DURBAN_JULY = {y: nth_weekday(y, 7, 5, 1).isoformat() for y in YEARS}
MET = {2015: "2015-01-31", 2016: "2016-01-30", 2017: "2017-01-28", 2018: "2018-01-27",
       2019: "2019-01-26", 2020: "2020-02-01"}
INPERKING = ("2020-03-27", "2020-05-31")
SA_COURSES = ("Turffontein", "Kenilworth", "Greyville", "Scottsville", "Fairview", "Vaal")
TOESTAND = ("Goed", "Goed", "Goed tot sag", "Sag", "Swaar", "Vinnig")
LOTTO_DAYS = draw_days((2, 5))


def _pk_datum(day: dt.date) -> str:
    if day < PK_REDESIGN:
        return day.isoformat()
    return f"{DAE[day.weekday()]} {day.day} {MAANDE[day.month - 1]} {day.year} om {{time}}"


def _pk_baan(day: dt.date) -> str:
    if INPERKING[0] <= day.isoformat() <= INPERKING[1]:
        return "Geen wedrenne vandag nie: perdewedrenne is tydens die inperking opgeskort."
    course = pick("pk-baan", day, SA_COURSES)
    return (f"Baantoestand op {course} vandag ({day.day} {MAANDE[day.month - 1]}): "
            f"{pick('pk-toestand', day, TOESTAND)}")


def _pk_lotto(day: dt.date) -> str:
    draw = last_draw(LOTTO_DAYS, day)
    balls = numbers("sa-lotto", draw, 7, 52)
    main = " ".join(f"{n:02d}" for n in sorted(balls[:6]))
    return (f"Lotto-uitslag, {DAE[draw.weekday()]} {draw.day} {MAANDE[draw.month - 1]}: "
            f"{main} + {balls[6]:02d}")


@cache
def _pk_kalender() -> Wordings:
    base = _steps((_OLD, "Kry ons Saterdag-wenke elke Vrydag gratis in jou e-pos"),
                  (PK_WHATSAPP.isoformat(), "📱 Ons wenke nou ook op WhatsApp: stuur 'WENK' "
                                            "na 082 555 0183"))
    groot = [(iso_day(d, -6), iso_day(d, 1),
              f"🏆 Durban July {y}: die veld, die gewigte en ons keuses"
              + (" (sonder toeskouers)" if y == 2020 else "")) for y, d in DURBAN_JULY.items()]
    groot += [(iso_day(d, -6), iso_day(d, 1), f"Die Met {y} op Kenilworth: alles wat jy moet "
                                               f"weet") for y, d in MET.items()]
    inperking = [_span(*INPERKING, "Wedrenne is opgeskort: lees ons argief terwyl ons wag"),
                 _span("2020-06-01", "2020-06-30", "Wedrenne is terug, sonder toeskouers: al "
                                                   "die kaarte hier")]
    return _calendar(base, inperking, groot)


def perdekoerant_style() -> PublisherStyle:
    """A South African racing paper in Afrikaans: a section from a pool, the ISO date turned
    the weekday, the long date and the time on the day of the 2017 Durban July (a wording
    per day), "Deur", the day's course and its going (a wording per day, none in the 2020
    lockdown), the last Lotto draw's numbers (a wording per draw, Wednesday and Saturday),
    race-card lines from pools, "Lees ook" and advertisement markers mid-body (up to twice),
    prices correct at the time, the gamble notice with its helpline reworded in 2019, a
    tips line reworded for WhatsApp and turned by the Durban July (without spectators in
    2020), the Met and the 2020 lockdown, the address and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="perdekoerant.co.za", site="Die Perdekoerant", base_size=110,
        subdomains=(("www.", 100),),
        sections=("wedrenne", "wenke", "uitslae", "lotto", "teling"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "afdeling": ("Wedrenne", "Wenke", "Uitslae", "Lotto", "Teling", "Jokkies"),
            "wedren": ("Wedren 1", "Wedren 4", "Wedren 6", "Wedren 7", "Wedren 8"),
            "baan": SA_COURSES,
            "afstand": ("1000 m", "1200 m", "1450 m", "1600 m", "2000 m", "2200 m"),
        },
        families=(
            _f("afdeling", HEADER, 0.45, (_OLD, "{afdeling}")),
            _f("datum", HEADER, 0.85, *_by_day(_pk_datum)),
            _f("skrywer", HEADER, 0.45, (_OLD, "Deur {author}")),
            _f("baantoestand", HEADER, 0.25, *_by_day(_pk_baan)),
            _f("lotto", HEADER, 0.15, *_by_day(_pk_lotto)),
            _f("wedren", MIDDLE, 0.25, (_OLD, "{wedren}, {baan} ({afstand}), wegspring {time}")),
            _f("lees", MIDDLE, 0.3, (_OLD, "LEES OOK: {other_title}")),
            _f("advertensie", MIDDLE, 0.3, (_OLD, "Advertensie"), count=2),
            _f("pryse", FOOTER, 0.35, (_OLD, "Pryse korrek soos om {time}; dit kan voor die "
                                             "wegspring verander.")),
            _f("dobbel", FOOTER, 0.55,
               (_OLD, "Slegs vir persone 18 jaar en ouer. Wed verantwoordelik. Tolvrye "
                      "hulplyn: 0800 112 418"),
               (PK_HULP.isoformat(), "18+ Ken jou perke. Vir gratis, vertroulike hulp, bel "
                                     "0800 112 418 of SMS 'HELP' na 31 415")),
            _f("kalender", FOOTER, 0.25, *_pk_kalender()),
            _f("adres", FOOTER, 0.25, (_OLD, "Die Perdekoerant, Posbus 4410, Turffontein, "
                                             "2140")),
            _f("kopiereg", FOOTER, 0.4, (_OLD, "© {year} Die Perdekoerant. Alle regte "
                                               "voorbehou.")),
            _f("regstelling", HEADER, 0.04, (_OLD, "Regstelling: 'n Vroeëre weergawe het die "
                                                   "verkeerde afrigter genoem.")),
        ),
    )


# --- a British each-way tips blog ---------------------------------------------------------

EW_REDESIGN = dt.date(2019, 1, 1)
EW_DISCLOSURE = dt.date(2018, 5, 25)
EW_OFFERS = (("2014-09-01", "Bet £10, get £30 in free bets"),
             ("2016-08-01", "Bet £10, get £20 in free bets"),
             ("2018-10-01", "Bet £10, get £20 in free bets plus £10 casino bonus"),
             ("2020-04-01", "Bet £10, get £20 in free bets"))


@cache
def _ew_profit_table() -> dict[dt.date, float]:
    out, total, day = {}, 0.0, sunday_of(FIRST_DAY + 6 * ONE)
    while day <= LAST_DAY + 7 * ONE:
        total += rng_of("ew-week", day).uniform(-6.0, 7.5)
        out[day] = total
        day += 7 * ONE
    return out


def _ew_profit(day: dt.date) -> str:
    sunday = sunday_of(day)
    points = _ew_profit_table().get(sunday, 0.0)
    return (f"Running total since January 2015: {points:+.1f} points (to Sunday "
            f"{ordinal(sunday.day)} {MONTHS[sunday.month - 1]})")


def _ew_dated(day: dt.date) -> str:
    if day < EW_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"


def eachwayedge_style() -> PublisherStyle:
    """A British each-way tips blog: the American-order date turned the ordinal British date
    on 1 January 2019 (a wording per day), "Posted by", the nap of the day from pools, an
    affiliate disclosure reworded in 2018, stakes from a pool mid-body, a welcome offer that
    changes over the years, prices correct at the time with the day's date (a wording per
    day), the running profit to each Sunday (a wording per week), the gamble notice with its
    helpline, a share line, a comments line and the copyright line, a rare update."""
    return PublisherStyle(
        domain="eachwayedge.co.uk", site="Each Way Edge", base_size=90,
        subdomains=(("", 100),),
        sections=("tips", "festivals", "ante-post", "systems"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "horse": ("Copper Kettle", "Midnight Ledger", "Harbour Lights", "Sunday Rider",
                      "Brave Tolliver", "Quiet Harvest", "Glenmoor Lass"),
            "course": ("Cheltenham", "Aintree", "Ascot", "Newbury", "Haydock", "Kempton"),
            "stake": ("1pt e/w", "2pts win", "0.5pt e/w", "1pt win", "1.5pts e/w"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_ew_dated)),
            _f("posted", HEADER, 0.5, (_OLD, "Posted by {author}"),
               (EW_REDESIGN.isoformat(), "Tips by {author} · {read_min} min read")),
            _f("nap", HEADER, 0.3, (_OLD, "NAP: {horse} ({time} {course})")),
            _f("disclosure", HEADER, 0.4,
               (_OLD, "This post contains affiliate links."),
               (EW_DISCLOSURE.isoformat(), "Disclosure: we may earn a commission if you open "
                                           "an account through links on this page. 18+")),
            _f("stake", MIDDLE, 0.2, (_OLD, "Suggested stake: {stake}")),
            _f("offer", MIDDLE, 0.2, *by_table(EW_OFFERS, lambda v: (
                f"New customers: {v}. 18+ T&Cs apply."))),
            _f("odds", FOOTER, 0.5, *_daily(
                lambda day: f"Odds correct as of {{time}} on {day.day:02d}/{day.month:02d}/"
                            f"{day.year % 100:02d}; please check them before you bet.")),
            _f("profit", FOOTER, 0.3, *_by_day(_ew_profit)),
            _f("gamble", FOOTER, 0.6, (_OLD, "18+ | Only bet what you can afford to lose | "
                                             "Help: 0800 138 7114")),
            _f("share", FOOTER, 0.4, (_OLD, "Share this tip: Twitter · Facebook · "
                                            "WhatsApp")),
            _f("comments", FOOTER, 0.3, (_OLD, "{count} comments: join the conversation")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Each Way Edge. Tips are opinions, "
                                                "not guarantees.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the nap is now a non-runner; stakes on "
                                              "it are returned.")),
        ),
    )


# --- an Australian form guide -------------------------------------------------------------

FC_REDESIGN = dt.date(2018, 11, 6)  # relaunched on Melbourne Cup day 2018
FC_HELP = dt.date(2019, 3, 1)
CAULFIELD_CUP = {2015: "2015-10-17", 2016: "2016-10-15", 2017: "2017-10-21",
                 2018: "2018-10-20", 2019: "2019-10-19", 2020: "2020-10-17"}
GOLDEN_SLIPPER = {2015: "2015-03-21", 2016: "2016-03-19", 2017: "2017-03-25",
                  2018: "2018-03-24", 2019: "2019-03-23", 2020: "2020-03-21"}
EVEREST = {2017: "2017-10-14", 2018: "2018-10-13", 2019: "2019-10-19", 2020: "2020-10-17"}


def melbourne_cup(y: int) -> dt.date:
    """The Melbourne Cup: the first Tuesday of November."""
    return nth_weekday(y, 11, 1, 1)


def daylight_saving(day: dt.date) -> bool:
    """Whether eastern Australia (Victoria, New South Wales) is on daylight saving."""
    return not (nth_weekday(day.year, 4, 6, 1) <= day < nth_weekday(day.year, 10, 6, 1))


def _fc_dated(day: dt.date) -> str:
    if day < FC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    zone = "AEDT" if daylight_saving(day) else "AEST"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} {{time}} {zone}"


@cache
def _fc_carnival() -> Wordings:
    base = _steps((_OLD, "Download the Form Central app for every field, every state"))
    cup: list[Event] = []
    for y in YEARS:
        day = melbourne_cup(y)
        crowd = " (no crowds this year)" if y == 2020 else ""
        derby = day - 3 * ONE
        cup += [(day - 10 * ONE, derby, f"Melbourne Cup Carnival {y} starts with Derby Day, "
                                        f"Saturday {derby.day} {MONTHS[derby.month - 1]}"),
                (day - 3 * ONE, day + 5 * ONE, f"🏆 Melbourne Cup Carnival {y}: full form for "
                                               f"all four days{crowd}")]
    spring = [(iso_day(d, -5), iso_day(d, 1), f"Caulfield Cup {y}: the field and our top "
                                              f"four") for y, d in CAULFIELD_CUP.items()]
    spring += [(iso_day(d, -5), iso_day(d, 1), f"Golden Slipper {y} at Rosehill: every "
                                               f"two-year-old rated") for y, d in
               GOLDEN_SLIPPER.items()]
    everest = [(iso_day(d, -5), iso_day(d, 1), f"The Everest {y}: slot holders, barriers and "
                                               f"our pick") for y, d in EVEREST.items()]
    return _calendar(base, everest, cup, spring)


def formcentral_style() -> PublisherStyle:
    """An Australian form guide: the numeric date turned the weekday, the long date and AEDT or
    AEST on Melbourne Cup day 2018 (a wording per day), "Form analysis by", the track rating and
    the rail from pools, the weather and a scratchings line mid-body, a fixed-odds-at-the-time
    note, the gamble notice with its helpline reworded in 2019, an app line turned by the
    Melbourne Cup carnival (Derby Day before it, no crowds in 2020), the Caulfield Cup, the
    Golden Slipper and The Everest (from 2017), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="formcentral.com.au", site="Form Central", base_size=70,
        subdomains=(("www.", 100),),
        sections=("form", "tips", "results", "carnival"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "rating": ("Good 4", "Good 3", "Soft 5", "Soft 6", "Soft 7", "Heavy 8", "Heavy 10",
                       "Firm 2"),
            "rail": ("True", "Out 3m", "Out 6m", "Out 4m entire circuit", "+2m"),
            "weather": ("Fine", "Overcast", "Showers", "Fine and warm", "Rain"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_fc_dated)),
            _f("byline", HEADER, 0.4, (_OLD, "Form analysis by {author}")),
            _f("track", HEADER, 0.35, (_OLD, "Track: {rating} · Rail: {rail}")),
            _f("weather", MIDDLE, 0.2, (_OLD, "Weather: {weather}")),
            _f("scratchings", MIDDLE, 0.2, (_OLD, "Scratchings and late mail: check the final "
                                                  "fields before the first race.")),
            _f("fixed", FOOTER, 0.35, (_OLD, "Fixed odds as at {time}; prices may have moved "
                                             "since.")),
            _f("gamble", FOOTER, 0.6,
               (_OLD, "Please gamble responsibly. For free help call 1800 737 455, any time."),
               (FC_HELP.isoformat(), "Is gambling costing you more than money? 18+ Call "
                                     "Gambling Help on 1800 737 455.")),
            _f("carnival", FOOTER, 0.3, *_fc_carnival()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Form Central Pty Ltd. Form data "
                                                 "used under licence.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this guide first listed the "
                                                  "wrong barrier for runner 6.")),
        ),
    )


# --- an American lottery-results site -----------------------------------------------------

DD_REDESIGN = dt.date(2019, 1, 2)
DD_HELP = dt.date(2017, 3, 1)
POWERBALL_MATRIX = dt.date(2015, 10, 7)  # white balls 1-69 and Powerball 1-26 from here
MEGA_MILLIONS_PRICE = (("2014-01-01", "$1"), ("2017-10-28", "$2"))
POWERBALL_DAYS = draw_days((2, 5))


@cache
def powerball_jackpots() -> dict[dt.date, float]:
    """The advertised Powerball jackpot of each draw in millions of dollars (made up)."""
    return rollovers("powerball", POWERBALL_DAYS, lambda day: 40.0, 6.0, lambda day: 1600.0,
                     1 / 12, rate=0.07)


def _dd_dated(day: dt.date) -> str:
    if day < DD_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} | {{time12}}"
    return (f"Updated: {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}, {{time12}} ET")


def money(millions: float) -> str:
    """A jackpot as American sites print it: $40 Million, $1.21 Billion."""
    if millions >= 1000:
        return f"${millions / 1000:.2f} Billion"
    return f"${millions:.0f} Million"


def _dd_next(day: dt.date) -> str:
    draw = next_draw(POWERBALL_DAYS, day)
    return (f"Next Powerball drawing: {WEEKDAYS[draw.weekday()][:3]}, "
            f"{MONTHS[draw.month - 1][:3]} {draw.day} · Estimated jackpot "
            f"{money(powerball_jackpots()[draw])}")


def _dd_numbers(day: dt.date) -> str:
    draw = last_draw(POWERBALL_DAYS, day)
    white_max, red_max = (69, 26) if draw >= POWERBALL_MATRIX else (59, 35)
    white = " - ".join(f"{n:02d}" for n in numbers("pb-white", draw, 5, white_max))
    red = numbers("pb-red", draw, 1, red_max)[0]
    play = pick("pb-play", draw, ("2x", "2x", "2x", "3x", "3x", "4x", "5x"))
    return (f"Powerball, {draw.month}/{draw.day}/{draw.year}: {white}, Powerball {red:02d}, "
            f"Power Play {play}")


def drawdesk_style() -> PublisherStyle:
    """An American lottery-results site: the short date and the 12-hour time turned the
    weekday, the long date and ET on 2 January 2019 (a wording per day), the last Powerball
    draw's numbers with the 2015 change of matrix (a wording per draw), the next drawing
    and its estimated jackpot (a wording per draw: rolled over or reset), "Related" and
    advertisement markers mid-body, ticket prices (Mega Millions' rise in October 2017), the
    claim-deadline line, the unofficial-results line, the age and helpline line reworded in
    2017, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="drawdesk.com", site="DrawDesk", base_size=55,
        subdomains=(("www.", 100),),
        sections=("powerball", "mega-millions", "state-games", "winners"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_dd_dated)),
            _f("numbers", HEADER, 0.3, *_by_day(_dd_numbers)),
            _f("next", HEADER, 0.3, *_by_day(_dd_next)),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "ADVERTISEMENT")),
            _f("prices", FOOTER, 0.15, *by_table(MEGA_MILLIONS_PRICE, lambda v: (
                f"Ticket prices: Powerball $2 per play, Mega Millions {v} per play."))),
            _f("claim", FOOTER, 0.4, (_OLD, "Most states give winners 180 days from the draw "
                                            "date to claim a prize; check your state's rules "
                                            "before the deadline.")),
            _f("unofficial", FOOTER, 0.5, (_OLD, "Results are unofficial. If they differ from "
                                                 "the official winning numbers, the official "
                                                 "numbers are final.")),
            _f("helpline", FOOTER, 0.4,
               (_OLD, "You must be 18 or older to buy a ticket in most states. Gambling "
                      "problem? Call 1-800-522-4700."),
               (DD_HELP.isoformat(), "Play within your means. 18+ (19+ in some states, 21+ in "
                                     "others). Help is available at 1-800-522-4700.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} DrawDesk. Not affiliated with any "
                                                "state lottery or multi-state game.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version listed the "
                                                  "wrong Power Play multiplier.")),
        ),
    )


# --- an Argentine turf-tips site ----------------------------------------------------------

LF_REDESIGN = dt.date(2018, 12, 8)  # relaunched on the day of the 2018 Carlos Pellegrini
NACIONAL = {2015: "2015-10-17", 2016: "2016-10-15", 2017: "2017-10-21", 2018: "2018-10-20",
            2019: "2019-10-19", 2020: "2020-11-14"}
PELLEGRINI = {2015: "2015-12-12", 2016: "2016-12-10", 2017: "2017-12-09", 2018: "2018-12-08",
              2019: "2019-12-14", 2020: "2020-12-19"}
AR_PAUSA = ("2020-03-16", "2020-08-31")


def _lf_fecha(day: dt.date) -> str:
    if day < LF_REDESIGN:
        return (f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de "
                f"{day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} · {{time}} hs"


@cache
def _lf_gp() -> Wordings:
    base = _steps((_OLD, "Seguinos en las redes para recibir la fija del día"))
    gp = [(iso_day(d, -5), iso_day(d, 1), f"🏆 Gran Premio Nacional {y} en Palermo: el "
                                          f"programa y nuestros candidatos")
          for y, d in NACIONAL.items()]
    gp += [(iso_day(d, -5), iso_day(d, 1), f"🏆 Gran Premio Carlos Pellegrini {y} en San "
                                           f"Isidro: la fija y los boletos")
           for y, d in PELLEGRINI.items()]
    pausa = [_span(*AR_PAUSA, "Actividad hípica suspendida por la pandemia: volvemos con la "
                              "reanudación de las reuniones")]
    return _calendar(base, pausa, gp)


def lafijaturf_style() -> PublisherStyle:
    """An Argentine turf-tips site: the long date with the weekday turned the dotted date
    and the time on the day of the 2018 Carlos Pellegrini (a wording per day), the meeting
    and racecourse, the track's state and the tip of the day from pools, a
    dividends-subject-to-confirmation line, the play-responsibly line with its helpline, a
    follow line turned by the Gran Premio Nacional and the Carlos Pellegrini and by the 2020
    suspension, the copyright line, a rare rectification."""
    return PublisherStyle(
        domain="lafijaturf.com.ar", site="La Fija Turf", base_size=40,
        subdomains=(("www.", 100),),
        sections=("pronosticos", "palermo", "san-isidro", "la-plata"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "reunion": ("Reunión 41", "Reunión 42", "Reunión 57", "Reunión 63", "Reunión 88"),
            "hipodromo": ("Palermo", "San Isidro", "La Plata"),
            "pista": ("normal", "pesada", "fangosa", "húmeda", "barrosa"),
            "caballo": ("Don Lirio", "Pampa Brava", "Tordillo Fiel", "Cielo de Olavarría",
                        "Gaucho Alegre"),
        },
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_lf_fecha)),
            _f("reunion", HEADER, 0.35, (_OLD, "{reunion} · Hipódromo de {hipodromo}")),
            _f("pista", HEADER, 0.3, (_OLD, "Estado de la pista: {pista}")),
            _f("fija", MIDDLE, 0.25, (_OLD, "🐎 La fija: {caballo}")),
            _f("dividendos", FOOTER, 0.35, (_OLD, "Dividendos sujetos a confirmación oficial "
                                                  "del hipódromo.")),
            _f("juego", FOOTER, 0.5, (_OLD, "Jugá con moderación. Prohibido para menores de "
                                            "18 años. Ayuda gratuita: 0800-333-6611")),
            _f("gp", FOOTER, 0.3, *_lf_gp()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} La Fija Turf – Pronósticos sin "
                                                "garantía de acierto")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Fe de erratas: el número del ejemplar "
                                                     "estaba equivocado.")),
        ),
    )


# --- a Portuguese EuroMillions results page -----------------------------------------------

EH_REDESIGN = dt.date(2019, 9, 24)
EUROMILLIONS_STARS = dt.date(2016, 9, 27)  # the stars from 1 to 12 from here


def _eh_data(day: dt.date) -> str:
    if day < EH_REDESIGN:
        return f"{DIAS_PT[day.weekday()]}, {day.day} de {MESES_PT[day.month - 1]} de {day.year}"
    return f"{day.day:02d}-{day.month:02d}-{day.year} {{time}}"


def _eh_chave(day: dt.date) -> str:
    draw = last_draw(EUROMILLIONS_DAYS, day)
    main = " - ".join(str(n) for n in numbers("em-main", draw, 5, 50))
    stars = numbers("em-stars", draw, 2, 12 if draw >= EUROMILLIONS_STARS else 11)
    return (f"Chave do Euromilhões de {DIAS_PT[draw.weekday()]}, {draw.day:02d}/{draw.month:02d}: "
            f"{main} + estrelas {stars[0]} e {stars[1]}")


def _eh_jackpot(day: dt.date) -> str:
    draw = next_draw(EUROMILLIONS_DAYS, day)
    return (f"Jackpot para {DIAS_PT[draw.weekday()]}, {draw.day} de {MESES_PT[draw.month - 1]}: "
            f"{euromillions_jackpots()[draw]:.0f} milhões de euros")


def euromilhoeshoje_style() -> PublisherStyle:
    """A Portuguese EuroMillions results page: the long date with the weekday turned the
    numeric date and the time on 24 September 2019 (a wording per day), the last draw's
    key with its stars (a wording per draw, 1 to 12 stars from September 2016), the next
    jackpot (a wording per draw, the same amounts as the Spanish site's), the stamp-duty
    line, the 90-day claim deadline, the play-responsibly line and the copyright line, a
    rare correction."""
    return PublisherStyle(
        domain="euromilhoeshoje.pt", site="Euromilhões Hoje", base_size=30,
        subdomains=(("www.", 100),),
        sections=("resultados", "estatisticas", "noticias"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.85, *_by_day(_eh_data)),
            _f("chave", HEADER, 0.35, *_by_day(_eh_chave)),
            _f("jackpot", FOOTER, 0.3, *_by_day(_eh_jackpot)),
            _f("selo", FOOTER, 0.25, (_OLD, "Os prémios acima de 5.000 € pagam imposto do selo "
                                            "de 20% sobre o valor que exceder esse montante.")),
            _f("prazo", FOOTER, 0.4, (_OLD, "Tem 90 dias, a contar da data do sorteio, para "
                                            "reclamar o seu prémio.")),
            _f("moderacao", FOOTER, 0.45, (_OLD, "Jogue com moderação. Jogo proibido a menores "
                                                 "de 18 anos.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Euromilhões Hoje · Site informativo, "
                                                "sem ligação à entidade organizadora")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: a segunda estrela publicada estava "
                                                "errada.")),
        ),
    )


def heldout153_styles() -> list[PublisherStyle]:
    """The held-back-153 styles, in the order the generator hands them to publishers."""
    return [
        paddockpost_style(), leturfmatin_style(), keibahayami_style(),
        resultadosdelsorteo_style(), sortecerta_style(), lotterykhabar_style(),
        perdekoerant_style(), eachwayedge_style(), formcentral_style(), drawdesk_style(),
        lafijaturf_style(), euromilhoeshoje_style(),
    ]
