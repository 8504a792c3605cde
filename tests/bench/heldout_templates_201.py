"""The ``held-back-201`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-200 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
advertisement marker or a bar's opening hours. The publishers are cricket, rugby, golf and
tennis clubs and their sports news sites in English, Afrikaans, Hindi, Urdu, Maori and
French: a British county cricket news site, a New Zealand rugby club (in English and Maori),
an Afrikaans rugby and cricket news site, a Hindi cricket news site, an Urdu cricket news
site, a French tennis club, a Scottish golf club, an American tennis news site, a French
rugby club, an Afrikaans golf club, an Indian gymkhana club (in English with Hindi lines) and
an English village cricket club. The families are the kinds a crawl of such sites holds:
dates localised day by day in English (with British summer and winter time), Maori beside
English, Afrikaans, Hindi (later in Devanagari digits), Urdu (later in Urdu digits) and
French, several changing form on the day of a redesign (the opening day of a season, a
league or a tour); lines that turn every day (a golf course's status, "statistics correct
at the close of play", "figures as of"), every week (the tennis rankings to each Monday, a
golf club's Saturday competition) and every month (the next monthly medal); fixture and
scorecard headers and result lines from pools (grades, rounds, teams, scores, grounds);
membership and subscription lines by season (club subscriptions each April or July, tennis
and rugby season tickets each August and September, registrations before each rugby season,
a site's subscription price, the gymkhana's fee turned from service tax to GST in July
2017); sponsor credits and partner lists; clubhouse and bar notices (summer and winter
hours with British summer time, dry days, South Africa's alcohol bans, the pandemic's
closures and alert levels); junior-section appeals (summer camps, school terms, All Stars
cricket); notices reworded in 2016-2020 and notices that follow the calendars of sport (the
Ashes, the World Cups, the IPL and PSL seasons, the Grand Slams, Roland-Garros, the Six
Nations, the Open, the Lions tour, Currie Cup finals, Te Wiki o te Reo Maori, Ramadan and
the Eids with their Hijri years, Pakistan's independence day, South African load-shedding,
the pandemic); "Read more"-like lines, photo credits and advertisement markers mid-body
(some up to two times); multi-line blocks (contacts, sponsors, sign-offs and copyright
lines), bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
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
_calendar, _yearly, _seasons = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.seasons
# Lines printed day by day are worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MARAMA = ("Kohitātea", "Huitanguru", "Poutūterangi", "Paengawhāwhā", "Haratua", "Pipiri",
          "Hōngongoi", "Hereturikōkā", "Mahuru", "Whiringa-ā-nuku", "Whiringa-ā-rangi",
          "Hakihea")
RA = ("Rāhina", "Rātū", "Rāapa", "Rāpare", "Rāmere", "Rāhoroi", "Rātapu")
MAANDE = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus",
          "September", "Oktober", "November", "Desember")
MND = ("Jan", "Feb", "Mrt", "Apr", "Mei", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Des")
DAE = ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag")
MAHINE = ("जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
URDU_MAHINE = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
               "اکتوبر", "نومبر", "دسمبر")
URDU_DIN = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ", "اتوار")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DEVANAGARI_ZERO = "०"
URDU_ZERO = "۰"

# --- helpers of this set ------------------------------------------------------------------


@cache
def roll(day: dt.date, key: str) -> float:
    """A made-up draw from 0 to 1, the same for the same `day` and `key` (the weather)."""
    digest = hashlib.blake2b(f"{day.isoformat()}/{key}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") / 2**64


def bst(day: dt.date) -> bool:
    """Whether British Summer Time is in force on `day` (last Sunday of March to the last
    Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week: the day the tennis rankings are published."""
    return day - dt.timedelta(days=day.weekday())


def next_saturday(day: dt.date) -> dt.date:
    """`day` if it is a Saturday, else the Saturday after it."""
    return day + dt.timedelta(days=(5 - day.weekday()) % 7)


def medal_day(day: dt.date) -> dt.date:
    """The next monthly medal on or after `day`: the first Saturday of a month."""
    medal = nth_weekday(day.year, day.month, 5, 1)
    if day > medal:
        y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
        medal = nth_weekday(y, m, 5, 1)
    return medal


def hindi(number: int | str) -> str:
    """A number in Devanagari digits."""
    return digits(number, DEVANAGARI_ZERO)


def urdu(number: int | str) -> str:
    """A number in the Urdu (extended Arabic-Indic) digits."""
    return digits(number, URDU_ZERO)


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day of the table."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def season_on(day: dt.date, md: str) -> int:
    """The first year of the season `day` falls in, for seasons that start each `md`."""
    return day.year if day.strftime("%m-%d") >= md else day.year - 1


def spans(rows: tuple[tuple[str, str, str], ...]) -> list[Event]:
    """Events from (first ISO day, last ISO day, text) rows."""
    return [_span(first, last, text) for first, last, text in rows]


# --- a British county cricket news site ---------------------------------------------------

BE_REDESIGN = dt.date(2018, 4, 13)  # relaunched on the first day of the 2018 Championship
BE_SPONSOR = dt.date(2017, 4, 7)
BE_NEW_SPONSOR = dt.date(2019, 4, 5)
BE_PRICES = (("2014-03-01", "£3.99 a month"), ("2016-03-01", "£4.49 a month"),
             ("2018-04-13", "£4.99 a month or £49 a year"),
             ("2020-03-01", "£5.99 a month or £59 a year"))
BE_NEWS = (("2015-07-08", "2015-08-24", "🏏 The Ashes 2015: live blogs, player ratings and "
                                        "analysis from every Test"),
           ("2019-05-30", "2019-07-14", "🏆 Cricket World Cup 2019: every match live, with "
                                        "county players' form guides"),
           ("2019-08-01", "2019-09-16", "🏏 The Ashes 2019: live blogs and analysis from "
                                        "every Test"),
           ("2020-03-18", "2020-07-31", "⏸️ No county cricket before August: the 2020 season "
                                        "explained"),
           ("2020-08-01", "2020-09-27", "🏏 Bob Willis Trophy: live scores from every "
                                        "ground"))


def _be_dated(day: dt.date) -> str:
    if day < BE_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    zone = "BST" if bst(day) else "GMT"
    return (f"Last updated {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}, {{time}} {zone}")


def _be_stats(day: dt.date) -> str:
    return (f"Statistics correct at the close of play on {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}.")


@cache
def _be_notice() -> Wordings:
    base = _steps((_OLD, "Get the Boundary Edge newsletter: county cricket in your inbox "
                         "every morning"),
                  (BE_REDESIGN.isoformat(), "📬 Close of Play: every county scorecard in "
                                            "your inbox each evening. Sign up free"))
    previews = _yearly("04-05", 21, 3, lambda y: f"📅 County Championship {y}: our "
                                                 f"team-by-team season previews")
    return _calendar(base, spans(BE_NEWS), previews)


def boundaryedge_style() -> PublisherStyle:
    """A British county cricket news site: the competition from a pool, the short date
    turned "Last updated" with the weekday, the long date, the time and British summer or
    winter time on the first day of the 2018 Championship (a wording per day), "By" turned
    the writer at a ground from a pool, a fixture header (day of four, home and away sides
    from pools), a scorecard link mid-body, "READ MORE:" and advertisement markers up to
    twice, a photo credit from a pool, "Statistics correct at the close of play" with the
    day's date (a wording per day), a newsletter line reworded and turned by the Ashes, the
    2019 World Cup, each April's season previews, the postponed 2020 season and the Bob
    Willis Trophy, the subscription price (raised in 2016, 2018 and 2020), a coverage
    sponsor credit reworded in 2017 and turned to a new sponsor in 2019, the copyright line,
    a rare correction."""
    return PublisherStyle(
        domain="boundaryedge.co.uk", site="Boundary Edge", base_size=250,
        subdomains=(("www.", 100),),
        sections=("county-championship", "one-day-cup", "t20-blast", "england", "women",
                  "club-cricket"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "competition": ("County Championship Division One", "County Championship "
                            "Division Two", "One-Day Cup", "T20 Blast", "England",
                            "Women's cricket", "Club cricket"),
            "ground": ("Lord's", "The Oval", "Headingley", "Edgbaston", "Trent Bridge",
                       "Old Trafford", "New Road", "Taunton", "Chelmsford", "Hove"),
            "home": ("Surrey", "Yorkshire", "Essex", "Somerset", "Lancashire",
                     "Nottinghamshire", "Hampshire"),
            "away": ("Kent", "Warwickshire", "Middlesex", "Sussex", "Durham",
                     "Worcestershire", "Gloucestershire", "Derbyshire"),
            "match_day": ("1", "2", "3", "4"),
            "photo": ("Getty Images", "PA Images", "Boundary Edge / Ollie Pryor",
                      "the county club", "Alamy", "Reuters"),
        },
        families=(
            _f("competition", HEADER, 0.5, (_OLD, "{competition}")),
            _f("dated", HEADER, 0.9, *_by_day(_be_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (BE_REDESIGN.isoformat(), "By {author} at {ground}")),
            _f("fixture", HEADER, 0.3, (_OLD, "Day {match_day} of 4 · {home} v {away}")),
            _f("scorecard", MIDDLE, 0.3, (_OLD, "📋 Full scorecard and ball-by-ball "
                                                "commentary: {home} v {away}")),
            _f("read-more", MIDDLE, 0.4, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photograph: {photo}")),
            _f("stats", FOOTER, 0.25, *_daily(_be_stats)),
            _f("notice", FOOTER, 0.3, *_be_notice()),
            _f("subscribe", FOOTER, 0.15, *from_table(BE_PRICES, lambda v: (
                f"Subscribe for unlimited county coverage: {v}. Cancel any time."))),
            _f("sponsor", FOOTER, 0.25,
               (_OLD, "County cricket coverage in association with Hartwell Insurance"),
               (BE_SPONSOR.isoformat(), "Our county coverage is supported by Hartwell "
                                        "Insurance. Editorial content is independent."),
               (BE_NEW_SPONSOR.isoformat(), "Our county coverage is supported by Cobbett & "
                                            "Lane Wealth. Editorial content is "
                                            "independent.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Boundary Edge Media Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "report gave the wrong margin of "
                                                  "victory.")),
        ),
    )


# --- a New Zealand rugby club (in English and Maori) --------------------------------------

KR_REDESIGN = dt.date(2017, 6, 3)  # the new site went live on the Lions tour's first day
KR_REO = dt.date(2019, 9, 9)  # bylines in Maori from Te Wiki o te Reo Maori 2019
KR_INSTAGRAM = dt.date(2018, 5, 1)
KR_JUNIORS = dt.date(2018, 2, 1)
KR_FEES = {2015: ("150", "60"), 2016: ("160", "60"), 2017: ("160", "65"), 2018: ("170", "65"),
           2019: ("175", "70"), 2020: ("180", "70")}
REO_WEEK = {2015: ("2015-07-27", "2015-08-02"), 2016: ("2016-07-04", "2016-07-10"),
            2017: ("2017-09-11", "2017-09-17"), 2018: ("2018-09-10", "2018-09-16"),
            2019: ("2019-09-09", "2019-09-15"), 2020: ("2020-09-14", "2020-09-20")}
ALERT_LEVELS = (("2020-03-26", "2020-04-27", "🦠 Alert Level 4: the clubrooms are closed and "
                                             "all rugby is off. Stay home, save lives."),
                ("2020-04-28", "2020-05-13", "Alert Level 3: no training and no games; the "
                                             "clubrooms stay closed."),
                ("2020-05-14", "2020-06-08", "Alert Level 2: training is back in small groups. "
                                             "Sign in at the clubrooms for contact tracing."),
                ("2020-08-12", "2020-08-30", "Alert Level 3 in Auckland: this weekend's games "
                                             "are postponed."))
KR_TOURS = (("2015-09-18", "2015-10-31", "🏉 Rugby World Cup 2015: breakfast and the big "
                                         "screen in the clubrooms for every All Blacks test"),
            ("2017-06-03", "2017-07-08", "🦁 The Lions are here: watch every tour match in "
                                         "the clubrooms"),
            ("2019-09-20", "2019-11-02", "🏉 Rugby World Cup 2019: breakfast and the big "
                                         "screen in the clubrooms for every All Blacks test"))


def _kr_dated(day: dt.date) -> str:
    if day < KR_REDESIGN:
        return f"{day.day}/{day.month:02d}/{day.year}"
    return (f"{RA[day.weekday()]} {day.day} {MARAMA[day.month - 1]} {day.year} · "
            f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}")


@cache
def _kr_notice() -> Wordings:
    base = _steps((_OLD, "Follow {site} on Facebook for team lists and match-day updates"),
                  (KR_INSTAGRAM.isoformat(), "📲 Team lists, results and photos: follow "
                                             "{site} on Facebook and Instagram"))
    registrations = _yearly("03-01", 40, 40, lambda y: (
        f"📝 Registrations for the {y} season are open: seniors ${KR_FEES[y][0]}, juniors "
        f"${KR_FEES[y][1]}. Rēhita mai ināianei!"))
    reo = [(iso_day(first), iso_day(last, 1), f"🌿 Te Wiki o te Reo Māori {y}: kia kaha te "
                                              f"reo Māori ki te papa tākaro!")
           for y, (first, last) in REO_WEEK.items()]
    return _calendar(base, spans(ALERT_LEVELS), spans(KR_TOURS), reo, registrations)


def kahurangi_style() -> PublisherStyle:
    """A New Zealand rugby club (in English and Maori): "Kia ora koutou", the numeric date
    turned the Maori and English long dates on the Lions tour's first day (a wording per
    day), "By" turned "Nā" on the first day of Maori Language Week 2019, the grade and round
    from pools, a full-time score line with the opponent and score from pools, the match
    sponsor from a pool, a notice reworded for Instagram and turned by each season's
    registrations with their fees, the World Cups, the Lions tour, Te Wiki o te Reo Maori
    and the 2020 alert levels, a juniors appeal reworded, the clubrooms bar line, a thanks
    line, the sponsors list and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kahurangirfc.co.nz", site="Kahurangi Rugby Football Club", base_size=220,
        subdomains=(("www.", 100),),
        sections=("club-news", "seniors", "juniors", "results", "events"),
        n_authors=5, url_path="/news/{slug}",
        pools={
            "grade": ("Premier Men", "Premier Women", "Senior Reserves", "Colts Under 21",
                      "Under 85kg", "Golden Oldies"),
            "round": tuple(str(n) for n in range(1, 15)),
            "opponent": ("Hokianga", "Otamatea", "Moerewa", "Kaikohe", "Mangakahia",
                         "Ruawai", "Western Districts"),
            "score": ("24–17", "31–12", "8–22", "19–19", "45–10", "13–27", "36–5"),
            "sponsor": ("Northland Freight", "Manaia Dairy", "Pūriri Plumbing",
                        "The Landing Tavern", "Kauri Coast Builders", "Tōtara Motors"),
        },
        families=(
            _f("greeting", HEADER, 0.35, (_OLD, "Kia ora koutou,")),
            _f("dated", HEADER, 0.9, *_by_day(_kr_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"), (KR_REO.isoformat(),
                                                             "Nā {author}")),
            _f("round", HEADER, 0.35, (_OLD, "{grade} · Round {round}")),
            _f("result", MIDDLE, 0.3, (_OLD, "Full time · {grade}: {site} {score} "
                                             "{opponent}")),
            _f("match-sponsor", MIDDLE, 0.25, (_OLD, "Match sponsor: {sponsor}")),
            _f("notice", FOOTER, 0.35, *_kr_notice()),
            _f("juniors", FOOTER, 0.2,
               (_OLD, "Juniors: Rippa rugby for 5 to 7 year olds on Saturday mornings. "
                      "Haere mai, bring the whānau!"),
               (KR_JUNIORS.isoformat(), "Junior rugby: Rippa, Small Blacks and Under 13s. "
                                        "Register online; whānau welcome at every game.")),
            _f("bar", FOOTER, 0.2, (_OLD, "The clubrooms bar opens Thursdays from 5pm and "
                                          "after every home game. Host responsibility: no ID, "
                                          "no service.")),
            _f("thanks", FOOTER, 0.3, (_OLD, "Ngā mihi nui ki ō mātou kaitautoko. Thank you to "
                                             "our sponsors, volunteers and whānau.")),
            _f("sponsors", FOOTER, 0.3, (_OLD, "Proudly supported by {sponsor_list}")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Kahurangi Rugby Football Club "
                                                "Incorporated")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the kick-off time for Saturday "
                                                  "has been changed to 2.45pm.")),
        ),
    )


# --- an Afrikaans rugby and cricket news site ---------------------------------------------

SK_REDESIGN = dt.date(2018, 2, 16)  # relaunched on the opening weekend of Super Rugby 2018
SK_WHATSAPP = dt.date(2017, 3, 1)
SK_PRICES = (("2014-03-01", "39"), ("2016-03-01", "45"), ("2017-03-01", "49"),
             ("2019-03-01", "55"), ("2020-03-01", "59"))
BEURTKRAG = (("2015-01-18", "2015-01-23", 2), ("2015-02-10", "2015-02-14", 2),
             ("2015-03-17", "2015-03-21", 2), ("2015-04-07", "2015-04-14", 2),
             ("2015-05-04", "2015-05-09", 2), ("2015-06-23", "2015-06-27", 1),
             ("2015-07-30", "2015-08-03", 1), ("2018-06-14", "2018-06-15", 2),
             ("2018-11-29", "2018-12-02", 2), ("2019-02-10", "2019-02-14", 2),
             ("2019-03-16", "2019-03-24", 4), ("2019-10-17", "2019-10-20", 2),
             ("2019-12-02", "2019-12-08", 2), ("2019-12-09", "2019-12-09", 6),
             ("2019-12-10", "2019-12-19", 4), ("2020-01-08", "2020-01-10", 2),
             ("2020-03-13", "2020-03-18", 2), ("2020-07-12", "2020-07-20", 2),
             ("2020-10-16", "2020-10-19", 2), ("2020-12-03", "2020-12-07", 2))
CURRIE_FINALS = {2015: "2015-10-24", 2016: "2016-10-22", 2017: "2017-10-28",
                 2018: "2018-10-27", 2019: "2019-08-24"}
INPERKING = (("2020-03-27", "2020-04-30", 5), ("2020-05-01", "2020-05-31", 4),
             ("2020-06-01", "2020-08-17", 3), ("2020-08-18", "2020-09-20", 2))


def _sk_dated(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"{day.day} {MND[day.month - 1]} {day.year}"
    return f"{DAE[day.weekday()]} {day.day} {MAANDE[day.month - 1]} {day.year} om {{time}}"


@cache
def _sk_notice() -> Wordings:
    base = _steps((_OLD, "Teken in op ons gratis nuusbrief vir die week se rugby- en "
                         "krieketnuus"),
                  (SK_WHATSAPP.isoformat(), "📲 Kry Skrumnuus op WhatsApp: tellings, spanne "
                                            "en die jongste nuus"))
    krag = [(iso_day(first), iso_day(last, 1), f"⚡ Beurtkrag vlak {stage} is vandag van krag: "
                                               f"kyk jou skedule voor die afskop")
            for first, last, stage in BEURTKRAG]
    inperking = [(iso_day(first), iso_day(last, 1), f"🦠 Inperking vlak {level}: volg die "
                                                    f"jongste reëls vir sport en "
                                                    f"byeenkomste")
                 for first, last, level in INPERKING]
    bokke = [_span("2019-11-02", "2019-11-10", "🏆 Die Bokke is wêreldkampioene! Lees al ons "
                                               "berigte oor die eindstryd in Yokohama")]
    currie = [(iso_day(day, -6), iso_day(day, 1), f"Curriebeker-eindstryd {y}: voorskou, "
                                                  f"spanne en regstreekse telling")
              for y, day in CURRIE_FINALS.items()]
    wereldbeker = spans((("2015-09-18", "2015-10-31", "🏉 Wêreldbeker 2015: al ons berigte, "
                                                      "tellings en ontledings op een plek"),
                         ("2019-09-20", "2019-11-01", "🏉 Wêreldbeker 2019: al ons berigte, "
                                                      "tellings en ontledings op een plek")))
    return _calendar(base, inperking, krag, bokke, currie, wereldbeker)


def skrumnuus_style() -> PublisherStyle:
    """An Afrikaans rugby and cricket news site: the section from a pool, the short date
    turned the weekday, the long date and "om" with the time on the opening weekend of Super
    Rugby 2018 (a wording per day), "Deur" turned the writer with the photographer from a
    pool, a final-score line with the teams and score from pools, "LEES OOK:" and
    "Advertensie" up to twice mid-body, a photo credit, a notice reworded for WhatsApp and
    turned by load-shedding days with their stage, the lockdown levels, the World Cups, the
    Springboks' 2019 title and the Currie Cup finals, the subscription price (raised each
    March in four years), a comments line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="skrumnuus.co.za", site="Skrumnuus", base_size=195,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("rugby", "krieket", "springbokke", "proteas", "skolesport"),
        n_authors=9, url_path="/{section}/{yyyy}-{mm}-{dd}-{slug}/",
        pools={
            "afdeling": ("Rugby", "Krieket", "Springbokke", "Currie Beker", "Super Rugby",
                         "Proteas", "Skolesport"),
            "tuis": ("Bulle", "Stormers", "Sharks", "Leeus", "Cheetahs", "Griekwas"),
            "besoekers": ("Crusaders", "Blues", "Brumbies", "Jaguares", "Waratahs",
                          "Sunwolves", "Hurricanes"),
            "telling": ("27-20", "13-16", "34-7", "22-22", "41-19", "18-24"),
            "foto": ("Gallo Images", "Skrumnuus", "Getty Images", "AFP", "Backpagepix"),
        },
        families=(
            _f("afdeling", HEADER, 0.5, (_OLD, "{afdeling}")),
            _f("datum", HEADER, 0.85, *_by_day(_sk_dated)),
            _f("skrywer", HEADER, 0.6, (_OLD, "Deur {author}"),
               (SK_REDESIGN.isoformat(), "Deur {author} | Foto's: {foto}")),
            _f("telling", MIDDLE, 0.25, (_OLD, "Eindtelling: {tuis} {telling} {besoekers}")),
            _f("lees-ook", MIDDLE, 0.4, (_OLD, "LEES OOK: {other_title}"), count=2),
            _f("advertensie", MIDDLE, 0.3, (_OLD, "Advertensie"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("kennisgewing", FOOTER, 0.3, *_sk_notice()),
            _f("intekening", FOOTER, 0.2, *from_table(SK_PRICES, lambda v: (
                f"Word 'n Skrumnuus-intekenaar vir net R{v} per maand en lees sonder "
                f"advertensies."))),
            _f("kommentaar", FOOTER, 0.15, (_OLD, "Kommentaar word gemodereer. Hou dit "
                                                  "asseblief ordentlik en op die bal.")),
            _f("kopiereg", FOOTER, 0.45, (_OLD, "© {year} Skrumnuus (Edms) Bpk. Alle regte "
                                                "voorbehou.")),
            _f("regstelling", HEADER, 0.04, (_OLD, "Regstelling: 'n Vorige weergawe van hierdie "
                                                   "berig het die verkeerde telling "
                                                   "gegee.")),
        ),
    )


# --- a Hindi cricket news site ------------------------------------------------------------

PP_REDESIGN = dt.date(2019, 3, 23)  # relaunched on the opening day of IPL 2019
PP_YOUTUBE = dt.date(2018, 6, 1)
IPL = {2015: ("2015-04-08", "2015-05-24"), 2016: ("2016-04-09", "2016-05-29"),
       2017: ("2017-04-05", "2017-05-21"), 2018: ("2018-04-07", "2018-05-27"),
       2019: ("2019-03-23", "2019-05-12"), 2020: ("2020-09-19", "2020-11-10")}
PP_EVENTS = (("2015-02-14", "2015-03-29", "🏆 विश्व कप 2015: हर मैच का लाइव स्कोर और विश्लेषण"),
             ("2016-03-08", "2016-04-03", "🏆 टी20 विश्व कप 2016: भारत में हो रहे हर मुकाबले "
                                          "की पूरी कवरेज"),
             ("2017-06-01", "2017-06-18", "🏆 चैंपियंस ट्रॉफी 2017: लाइव स्कोर और पूरा "
                                          "शेड्यूल"),
             ("2018-09-15", "2018-09-28", "एशिया कप 2018: टीम इंडिया के हर मैच का लाइव अपडेट"),
             ("2019-05-30", "2019-07-14", "🏆 विश्व कप 2019: हर मैच का लाइव स्कोर और विश्लेषण"),
             ("2020-03-25", "2020-05-31", "🏠 लॉकडाउन में घर बैठे देखिए क्रिकेट के यादगार "
                                          "मुकाबले"))


def _pp_dated(day: dt.date) -> str:
    if day < PP_REDESIGN:
        return f"प्रकाशित: {day.day} {MAHINE[day.month - 1]} {day.year}"
    return f"{VAAR[day.weekday()]}, {hindi(day.day)} {MAHINE[day.month - 1]} {hindi(day.year)}"


def _pp_figures(day: dt.date) -> str:
    return f"सभी आंकड़े {day.day} {MAHINE[day.month - 1]} {day.year} तक के हैं।"


@cache
def _pp_notice() -> Wordings:
    base = _steps((_OLD, "क्रिकेट की हर ताज़ा खबर के लिए पिच पत्रिका का ऐप डाउनलोड करें"),
                  (PP_YOUTUBE.isoformat(), "📺 मैच का विश्लेषण देखने के लिए पिच पत्रिका के "
                                           "यूट्यूब चैनल को सब्सक्राइब करें"))
    ipl = [(iso_day(first, -2), iso_day(last, 1), f"🏏 आईपीएल {y}: लाइव स्कोर, पॉइंट्स टेबल "
                                                  f"और पूरा शेड्यूल यहां देखें")
           for y, (first, last) in IPL.items()]
    return _calendar(base, spans(PP_EVENTS), ipl)


def pitchpatrika_style() -> PublisherStyle:
    """A Hindi cricket news site: the category from a pool, "प्रकाशित:" with the date
    turned the weekday and the date in Devanagari digits on the opening day of IPL 2019 (a
    wording per day), the writer turned "डेस्क" on the same day, a scorecard line with the
    teams from pools, "इसे भी पढ़ें:" and an advertisement marker (up to twice) mid-body, a
    photo credit from a pool, "सभी आंकड़े ... तक के हैं" with the day's date (a wording
    per day), an app notice reworded for YouTube and turned by each IPL season, the World
    Cups, the Champions Trophy, the Asia Cup and the lockdown, a follow line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="pitchpatrika.in", site="पिच पत्रिका", base_size=170,
        subdomains=(("www.", 70), ("hindi.", 30)),
        sections=("cricket", "ipl", "team-india", "domestic", "women"),
        n_authors=8, url_path="/{section}/{slug}-{n}",
        pools={
            "shreni": ("क्रिकेट", "आईपीएल", "टीम इंडिया", "घरेलू क्रिकेट", "महिला क्रिकेट",
                       "विश्व कप"),
            "team1": ("भारत", "भारत ए", "भारतीय महिला टीम"),
            "team2": ("ऑस्ट्रेलिया", "इंग्लैंड", "दक्षिण अफ्रीका", "न्यूज़ीलैंड", "श्रीलंका",
                      "वेस्टइंडीज", "बांग्लादेश"),
            "photo": ("बीसीसीआई", "पीटीआई", "गेटी इमेजेज", "सोशल मीडिया", "फाइल फोटो"),
        },
        families=(
            _f("shreni", HEADER, 0.5, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.85, *_by_day(_pp_dated)),
            _f("lekhak", HEADER, 0.55, (_OLD, "द्वारा: {author}"),
               (PP_REDESIGN.isoformat(), "{author} | पिच पत्रिका डेस्क")),
            _f("scorecard", MIDDLE, 0.3, (_OLD, "स्कोरकार्ड: {team1} बनाम {team2}")),
            _f("ise-bhi", MIDDLE, 0.35, (_OLD, "इसे भी पढ़ें: {other_title}")),
            _f("vigyapan", MIDDLE, 0.3, (_OLD, "- विज्ञापन -"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "फोटो साभार: {photo}")),
            _f("aankde", FOOTER, 0.3, *_daily(_pp_figures)),
            _f("suchna", FOOTER, 0.3, *_pp_notice()),
            _f("follow", FOOTER, 0.3, (_OLD, "ताज़ा अपडेट के लिए हमें फेसबुक और ट्विटर पर "
                                             "फॉलो करें।")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} पिच पत्रिका। सर्वाधिकार सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस खबर में पहले मैच की तारीख गलत छपी "
                                              "थी।")),
        ),
    )


# --- an Urdu cricket news site ------------------------------------------------------------

WN_DIGITS = dt.date(2018, 2, 22)  # dates in Urdu digits from the opening day of PSL 2018
WN_WHATSAPP = dt.date(2019, 1, 1)
PSL = {2016: ("2016-02-04", "2016-02-23"), 2017: ("2017-02-09", "2017-03-05"),
       2018: ("2018-02-22", "2018-03-25"), 2019: ("2019-02-14", "2019-03-17"),
       2020: ("2020-02-20", "2020-03-17")}
RAMAZAN = {2015: ("2015-06-19", "2015-07-18", 1436), 2016: ("2016-06-07", "2016-07-07", 1437),
           2017: ("2017-05-28", "2017-06-26", 1438), 2018: ("2018-05-17", "2018-06-16", 1439),
           2019: ("2019-05-07", "2019-06-05", 1440), 2020: ("2020-04-25", "2020-05-25", 1441)}
WN_PREMIUM = (("2014-07-01", "150"), ("2016-07-01", "200"), ("2018-07-01", "250"),
              ("2019-07-01", "300"))


def _wn_dated(day: dt.date) -> str:
    if day < WN_DIGITS:
        return f"{day.day} {URDU_MAHINE[day.month - 1]} {day.year}"
    return (f"{URDU_DIN[day.weekday()]}، {urdu(day.day)} {URDU_MAHINE[day.month - 1]} "
            f"{urdu(day.year)}")


@cache
def _wn_notice() -> Wordings:
    base = _steps((_OLD, "تازہ ترین اسکور اور خبروں کے لیے ہماری ایپ ڈاؤن لوڈ کریں"),
                  (WN_WHATSAPP.isoformat(), "📱 اب واٹس ایپ پر بھی: کرکٹ کی ہر خبر براہ راست "
                                            "اپنے فون پر حاصل کریں"))
    covid = [_span("2020-03-18", "2020-05-09", "🦠 کورونا وائرس: گھر پر رہیں، محفوظ رہیں")]
    psl = [(iso_day(first, -3), iso_day(last, 1), f"🏏 پی ایس ایل {n}: لائیو اسکور، پوائنٹس "
                                                  f"ٹیبل اور مکمل شیڈول")
           for n, (first, last) in enumerate(PSL.values(), start=1)]
    ramazan: list[Event] = []
    for first, eid, hijri in RAMAZAN.values():
        ramazan.append((iso_day(first), iso_day(eid), f"🌙 رمضان المبارک {urdu(hijri)}ھ: "
                                                      f"رمضان کرکٹ ٹورنامنٹس کی خبریں"))
        ramazan.append((iso_day(eid), iso_day(eid, 3), "عید مبارک! ہماری پوری ٹیم کی جانب سے "
                                                       "دلی مبارکباد"))
    world_cup = [_span("2019-05-30", "2019-07-14", "🏆 ورلڈ کپ 2019: قومی ٹیم کے ہر میچ کی "
                                                   "مکمل کوریج")]
    azadi = _yearly("08-14", 3, 0, lambda y: f"🇵🇰 جشن آزادی {y} مبارک ہو!")
    return _calendar(base, covid, psl, ramazan, world_cup, azadi)


def wicketnama_style() -> PublisherStyle:
    """An Urdu cricket news site: the category from a pool, the date turned the weekday and
    the date in Urdu digits on the opening day of PSL 2018 (a wording per day), "رپورٹ:"
    turned the writer and the city from a pool on the same day, a scorecard line with the
    teams from pools, "مزید پڑھیں:" and "اشتہار" mid-body, a photo credit, a notice reworded
    for WhatsApp and turned by each PSL season (numbered), Ramadan with its Hijri year in
    Urdu digits and Eid, the 2019 World Cup, each independence day and the pandemic, the
    premium membership price (raised each July in three years), a follow line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="wicketnama.pk", site="وکٹ نامہ", base_size=150,
        subdomains=(("www.", 100),),
        sections=("cricket", "psl", "national-team", "domestic"),
        n_authors=6, url_path="/{section}/{n}/",
        pools={
            "zumra": ("کرکٹ", "پی ایس ایل", "قومی ٹیم", "ڈومیسٹک کرکٹ", "ویمنز کرکٹ"),
            "shehar": ("لاہور", "کراچی", "راولپنڈی", "ملتان", "پشاور"),
            "team1": ("پاکستان", "پاکستان شاہینز", "پاکستان ویمنز"),
            "team2": ("آسٹریلیا", "انگلینڈ", "جنوبی افریقہ", "نیوزی لینڈ", "سری لنکا",
                      "ویسٹ انڈیز", "بنگلہ دیش"),
            "photo": ("پی سی بی", "اے ایف پی", "فائل فوٹو", "سوشل میڈیا"),
        },
        families=(
            _f("zumra", HEADER, 0.5, (_OLD, "{zumra}")),
            _f("tareekh", HEADER, 0.85, *_by_day(_wn_dated)),
            _f("nama-nigar", HEADER, 0.55, (_OLD, "رپورٹ: {author}"),
               (WN_DIGITS.isoformat(), "{author}، {shehar}")),
            _f("scorecard", MIDDLE, 0.25, (_OLD, "اسکور کارڈ: {team1} بمقابلہ {team2}")),
            _f("mazeed", MIDDLE, 0.35, (_OLD, "مزید پڑھیں: {other_title}")),
            _f("ishtehar", MIDDLE, 0.3, (_OLD, "اشتہار")),
            _f("photo", MIDDLE, 0.2, (_OLD, "فوٹو: {photo}")),
            _f("ittela", FOOTER, 0.3, *_wn_notice()),
            _f("premium", FOOTER, 0.15, *from_table(WN_PREMIUM, lambda v: (
                f"پریمیم رکنیت: بغیر اشتہارات کے صرف {v} روپے ماہانہ"))),
            _f("follow", FOOTER, 0.3, (_OLD, "ہمیں فیس بک، ٹوئٹر اور یوٹیوب پر فالو کریں")),
            _f("huqooq", FOOTER, 0.4, (_OLD, "جملہ حقوق محفوظ ہیں © {year} وکٹ نامہ")),
            _f("tasheeh", HEADER, 0.04, (_OLD, "تصحیح: اس خبر کے پہلے ورژن میں میچ کا مقام غلط "
                                               "لکھا گیا تھا۔")),
        ),
    )


# --- a French tennis club -----------------------------------------------------------------

TV_REDESIGN = dt.date(2018, 9, 1)  # the new site opened with the 2018-2019 season
TV_TENUP = dt.date(2019, 9, 1)
TV_COTISATION = {2014: ("180", "110"), 2015: ("185", "110"), 2016: ("190", "115"),
                 2017: ("195", "120"), 2018: ("200", "120"), 2019: ("210", "125"),
                 2020: ("210", "125")}
ROLAND_GARROS = {2015: ("2015-05-24", "2015-06-07"), 2016: ("2016-05-22", "2016-06-05"),
                 2017: ("2017-05-28", "2017-06-11"), 2018: ("2018-05-27", "2018-06-10"),
                 2019: ("2019-05-26", "2019-06-09"), 2020: ("2020-09-27", "2020-10-11")}
CONFINEMENT = (("2020-03-17", "2020-05-10", "🔒 Confinement : le club est fermé jusqu'à nouvel "
                                            "ordre. Prenez soin de vous."),
               ("2020-05-11", "2020-06-21", "Déconfinement : courts extérieurs ouverts en "
                                            "simple, sur réservation uniquement."),
               ("2020-10-30", "2020-11-27", "🔒 Reconfinement : le club est de nouveau "
                                            "fermé."),
               ("2020-11-28", "2020-12-14", "Courts extérieurs rouverts en simple, une heure "
                                            "au maximum par réservation."))


def _tv_dated(day: dt.date) -> str:
    if day < TV_REDESIGN:
        return f"{day.day} {MOIS[day.month - 1]} {day.year}"
    return f"Article du {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year}"


def _tv_cotisation(day: dt.date) -> str:
    y = season_on(day, "09-01")
    adult, young = TV_COTISATION[y]
    text = (f"Inscriptions saison {y}-{y + 1} : cotisation adulte {adult} €, jeune {young} € "
            f"(licence FFT incluse).")
    if y == 2020:
        text += " Remise de 30 € pour les réinscriptions."
    return text


@cache
def _tv_notice() -> Wordings:
    base = _steps((_OLD, "Réservez vos courts en ligne 24 h/24 sur le site du club"),
                  (TV_TENUP.isoformat(), "📱 Réservation des courts : désormais sur "
                                         "l'application Ten'Up"))
    rg = [(iso_day(first, -2), iso_day(last, 1), f"🎾 Roland-Garros {y} : résultats, tableaux "
                                                 f"et sortie du club au stade")
          for y, (first, last) in ROLAND_GARROS.items()]
    open_ = _yearly("06-20", 8, 8, lambda y: f"🏆 Tournoi open {y} du club : inscriptions "
                                             f"jusqu'au 10 juin au club-house",
                    years=range(2015, 2020))
    return _calendar(base, spans(CONFINEMENT), rg, open_)


def tcvalmont_style() -> PublisherStyle:
    """A French tennis club: the heading from a pool, the long date turned "Article du" with
    the weekday on the first day of the 2018-2019 season (a wording per day), "Par" with the
    committee turned "Rédigé par" on the same day, a team result from pools mid-body, a
    photo credit from a pool, the season's membership fees (a wording per season, from each
    1 September; a rebate in 2020), a notice reworded for Ten'Up and turned by each
    Roland-Garros (in September in 2020), the club's open tournament and both lockdowns, a
    tennis-school appeal turned each autumn by the school's enrolments, a clubhouse line
    reworded, the partners list, the contact line and the copyright line (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="tcvalmont.fr", site="Tennis Club de Valmont", base_size=130,
        subdomains=(("www.", 100),),
        sections=("vie-du-club", "competitions", "ecole-de-tennis", "tournois", "padel"),
        n_authors=4, url_path="/actualites/{slug}",
        pools={
            "rubrique": ("Vie du club", "Compétitions", "École de tennis", "Tournoi open",
                         "Padel", "Équipes"),
            "equipe": ("Messieurs 1", "Messieurs 2", "Dames 1", "Messieurs +35",
                       "15-16 ans garçons", "13-14 ans filles"),
            "score": ("victoire 4-2", "défaite 2-4", "match nul 3-3", "victoire 6-0",
                      "victoire 5-1", "défaite 1-5"),
            "photo": ("TCV", "Ligue de tennis", "FFT", "Jean-Marc Aubry"),
            "partenaire": ("Boulangerie du Marché", "Crédit Mutuel de Valmont",
                           "Garage Fabre", "Intersport Valmont", "Mairie de Valmont"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_tv_dated)),
            _f("auteur", HEADER, 0.4, (_OLD, "Par {author}, commission communication"),
               (TV_REDESIGN.isoformat(), "Rédigé par {author}")),
            _f("resultat", MIDDLE, 0.3, (_OLD, "Résultat {equipe} : {score}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Crédit photo : {photo}")),
            _f("cotisation", FOOTER, 0.3, *_by_day(_tv_cotisation)),
            _f("annonce", FOOTER, 0.3, *_tv_notice()),
            _f("ecole", FOOTER, 0.25, *_seasons(
                ("08-25", "🎾 Rentrée de l'école de tennis : inscriptions ouvertes pour les "
                          "5-17 ans, séance découverte offerte"),
                ("10-11", "École de tennis : cours collectifs le mercredi et le samedi, "
                          "encadrés par un moniteur diplômé d'État"))),
            _f("club-house", FOOTER, 0.25,
               (_OLD, "Club-house ouvert le mercredi après-midi et le week-end. Buvette "
                      "assurée par les bénévoles lors des rencontres par équipes."),
               (TV_REDESIGN.isoformat(), "Le club-house vous accueille du mardi au dimanche ; "
                                         "la buvette est tenue par les bénévoles les jours de "
                                         "match. Merci à eux !")),
            _f("partenaires", FOOTER, 0.2, (_OLD, "Merci à nos partenaires : "
                                                  "{partenaire_list}")),
            _f("contact", FOOTER, 0.3, (_OLD, "Tennis Club de Valmont · 12 allée des Platanes "
                                              "· 04 75 62 18 90 · contact@tcvalmont.fr")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Tennis Club de Valmont – association "
                                                "loi 1901")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : la date de l'assemblée générale a "
                                               "été corrigée.")),
        ),
    )


# --- a Scottish golf club -----------------------------------------------------------------

KB_REDESIGN = dt.date(2019, 4, 1)
KB_VISITORS = dt.date(2017, 4, 1)
KB_DRESS = dt.date(2018, 3, 1)
KB_CLOSED = (dt.date(2020, 3, 23), dt.date(2020, 5, 28))  # golf resumed on 29 May 2020
KB_SUBS = (("2014-04-01", "£520, junior £60"), ("2015-04-01", "£535, junior £60"),
           ("2016-04-01", "£550, junior £65"), ("2017-04-01", "£565, junior £65"),
           ("2018-04-01", "£580, junior £70"), ("2019-04-01", "£595, junior £70"),
           ("2020-04-01", "£595, junior £70 (no increase this year)"))
THE_OPEN = {2015: ("2015-07-16", "2015-07-20", "St Andrews"),
            2016: ("2016-07-14", "2016-07-17", "Royal Troon"),
            2017: ("2017-07-20", "2017-07-23", "Royal Birkdale"),
            2018: ("2018-07-19", "2018-07-22", "Carnoustie"),
            2019: ("2019-07-18", "2019-07-21", "Royal Portrush")}
RYDER_CUP = {2016: ("2016-09-30", "2016-10-02", "Hazeltine"),
             2018: ("2018-09-28", "2018-09-30", "Le Golf National")}


def _kb_dated(day: dt.date) -> str:
    if day < KB_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Club news · {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def course_status(day: dt.date) -> str:
    """The state of the course on `day`: closed in the first lockdown, frost and winter
    greens from November to March, buggies off in a wet summer spell."""
    if KB_CLOSED[0] <= day <= KB_CLOSED[1]:
        return "Closed under Scottish Government guidance"
    r = roll(day, "course")
    if day.month in (11, 12, 1, 2, 3):
        if r < 0.15:
            return "Closed (frost), next inspection at 10am"
        if r < 0.45:
            return "Open, temporary greens on the 4th and 11th, trolleys only"
        return "Open, winter rules, preferred lies through the green"
    if r < 0.1:
        return "Open, buggies restricted to paths after heavy rain"
    return "Open, all greens in play, buggies allowed"


def _kb_course(day: dt.date) -> str:
    return (f"Course status {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}: "
            f"{course_status(day)}")


def _kb_medal(day: dt.date) -> str:
    medal = medal_day(day)
    name = "Monthly Medal" if 4 <= medal.month <= 10 else "Winter Stableford"
    return (f"Next {name}: Saturday {medal.day} {MONTHS[medal.month - 1]}. Entries close "
            f"Thursday at 6pm.")


def _kb_bar(day: dt.date) -> str:
    if KB_CLOSED[0] <= day <= dt.date(2020, 7, 14):
        return "The clubhouse is closed. Toilets at the starter's hut remain open."
    if dt.date(2020, 10, 9) <= day <= dt.date(2020, 10, 25):
        return "The bar is closed under the temporary restrictions; the café serves until 6pm."
    if bst(day):
        return "Clubhouse bar: 11am to 10pm daily, food served until 8pm."
    return "Clubhouse bar: 11am to 6pm, Fridays and Saturdays until 9pm."


@cache
def _kb_notice() -> Wordings:
    base = _steps((_OLD, "Visitors welcome: call the pro shop to book a tee time"),
                  (KB_VISITORS.isoformat(), "Visitors welcome seven days a week. Book online "
                                            "for the best green fees."))
    covid = spans((("2020-03-23", "2020-05-28", "⛔ The course and clubhouse are closed. Stay "
                                                "safe, and we'll see you on the first tee "
                                                "soon."),
                   ("2020-05-29", "2020-07-14", "The course has reopened for members only: "
                                                "book tee times through the club app.")))
    opens = [(iso_day(first, -3), iso_day(last, 1), f"⛳ The Open {y} at {venue}: every round "
                                                    f"on the big screen in the lounge bar")
             for y, (first, last, venue) in THE_OPEN.items()]
    ryder = [(iso_day(first, -2), iso_day(last, 1), f"🇪🇺 Ryder Cup {y} at {venue}: "
                                                    f"breakfast and the big screen all "
                                                    f"weekend")
             for y, (first, last, venue) in RYDER_CUP.items()]
    return _calendar(base, covid, opens, ryder)


def kilbrannan_style() -> PublisherStyle:
    """A Scottish golf club: the numeric date turned "Club news ·" with the weekday and the
    long date on 1 April 2019 (a wording per day), the day's course status (a wording per
    day: frost, winter greens, buggies, the lockdown), the next monthly medal or winter
    stableford (a wording per month), the writer turned the writer with the club post from
    a pool, a competition result from pools mid-body, a tee-booking line, the annual
    subscription (changing each April), the bar's summer and winter hours with British
    summer time and the pandemic's closures, a dress-code line reworded, a juniors appeal,
    a visitors line reworded and turned by each Open, the Ryder Cups and the lockdown, the
    copyright line, a rare update."""
    return PublisherStyle(
        domain="kilbrannangolf.co.uk", site="Kilbrannan Golf Club", base_size=110,
        subdomains=(("www.", 100),),
        sections=("club-news", "competitions", "juniors", "ladies", "course"),
        n_authors=5, url_path="/news/{slug}",
        pools={
            "beat": ("Club Secretary", "Club Captain", "Ladies' Captain", "Junior Convener",
                     "Head Professional", "Greens Convener"),
            "comp": ("Club Championship", "Spring Meeting", "Seniors' Texas Scramble",
                     "Ladies' Medal", "Mixed Foursomes", "Junior Open"),
            "winner": ("Alasdair Munro", "Fiona Crawford", "Callum Reid", "Morag Sinclair",
                       "Euan MacPhail", "Shona Galbraith"),
            "net": ("nett 66", "nett 68", "nett 69", "41 points", "39 points", "nett 71"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_kb_dated)),
            _f("course", HEADER, 0.35, *_by_day(_kb_course)),
            _f("medal", HEADER, 0.2, *_by_day(_kb_medal)),
            _f("author", HEADER, 0.35, (_OLD, "Posted by {author}"),
               (KB_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{comp}: winner {winner}, {net}")),
            _f("tee", MIDDLE, 0.12, (_OLD, "Book a tee time online or call the pro shop on "
                                           "01586 552318.")),
            _f("subs", FOOTER, 0.2, *from_table(KB_SUBS, lambda v: (
                f"Annual subscription from 1 April: full member {v}."))),
            _f("bar", FOOTER, 0.3, *_by_day(_kb_bar)),
            _f("dress", FOOTER, 0.2,
               (_OLD, "Dress code: smart casual in the clubhouse; no denim, and no golf spikes "
                      "beyond the locker rooms."),
               (KB_DRESS.isoformat(), "Smart casual dress is welcome in the clubhouse. Golf "
                                      "shoes in the Spike Bar only, please.")),
            _f("juniors", FOOTER, 0.15, (_OLD, "Junior section: free coaching on Saturday "
                                               "mornings from April to September, ages 8 to 17. "
                                               "New juniors always welcome.")),
            _f("notice", FOOTER, 0.25, *_kb_notice()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kilbrannan Golf Club. Affiliated to "
                                                 "Scottish Golf.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the draw and start times have been "
                                              "amended.")),
        ),
    )


# --- an American tennis news site ---------------------------------------------------------

BR_REDESIGN = dt.date(2017, 1, 16)  # relaunched on the opening day of the 2017 Australian Open
BR_PODCAST = dt.date(2018, 6, 19)
BR_DISCLOSURE = dt.date(2018, 3, 1)
TOURS_SUSPENDED = (dt.date(2020, 3, 16), dt.date(2020, 8, 23))  # rankings frozen
SLAMS = (("Australian Open", {2015: ("2015-01-19", "2015-02-01"),
                              2016: ("2016-01-18", "2016-01-31"),
                              2017: ("2017-01-16", "2017-01-29"),
                              2018: ("2018-01-15", "2018-01-28"),
                              2019: ("2019-01-14", "2019-01-27"),
                              2020: ("2020-01-20", "2020-02-02")}),
         ("Roland-Garros", ROLAND_GARROS),
         ("Wimbledon", {2015: ("2015-06-29", "2015-07-12"), 2016: ("2016-06-27", "2016-07-10"),
                        2017: ("2017-07-03", "2017-07-16"), 2018: ("2018-07-02", "2018-07-15"),
                        2019: ("2019-07-01", "2019-07-14")}),
         ("US Open", {2015: ("2015-08-31", "2015-09-13"), 2016: ("2016-08-29", "2016-09-11"),
                      2017: ("2017-08-28", "2017-09-10"), 2018: ("2018-08-27", "2018-09-09"),
                      2019: ("2019-08-26", "2019-09-08"), 2020: ("2020-08-31", "2020-09-13")}))


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year} · {{time12}} ET"


def _br_rankings(day: dt.date) -> str:
    if TOURS_SUSPENDED[0] <= day <= TOURS_SUSPENDED[1]:
        return "Rankings frozen since March 16, 2020, while the tours are suspended."
    monday = monday_of(day)
    return f"Rankings as of Monday, {MONTHS[monday.month - 1]} {monday.day}, {monday.year}."


@cache
def _br_notice() -> Wordings:
    base = _steps((_OLD, "Get the Baseline Report newsletter: every match that mattered, "
                         "every Monday"),
                  (BR_PODCAST.isoformat(), "🎧 New: the Baseline Report podcast, every "
                                           "Tuesday. Listen and subscribe"))
    suspended = spans((("2020-03-12", "2020-04-01", "⏸️ The tours are suspended: our tracker "
                                                    "of cancelled and postponed events"),
                       ("2020-04-02", "2020-04-08", "Wimbledon 2020 is cancelled: what it "
                                                    "means for the rest of the season")))
    slams = [(iso_day(first, -3), iso_day(last, 1), f"🎾 {name} {y}: draws, order of play and "
                                                    f"live scores")
             for name, years in SLAMS for y, (first, last) in years.items()]
    return _calendar(base, suspended, sorted(slams))


def baselinereport_style() -> PublisherStyle:
    """An American tennis news site: the tour from a pool, the short American date turned
    the long date with the time and "ET" on the opening day of the 2017 Australian Open (a
    wording per day), "By" turned the writer with the handle on the same day, a score line
    with players and score from pools, "Related:" and advertisement markers (up to twice)
    mid-body, a photo credit from a pool, the rankings to each Monday (a wording per week;
    frozen while the tours were suspended in 2020), a newsletter line reworded for a podcast
    and turned by each Grand Slam, the 2020 suspension and Wimbledon's cancellation, an
    affiliate disclosure reworded, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="baselinereport.com", site="Baseline Report", base_size=90,
        subdomains=(("www.", 100),),
        sections=("atp", "wta", "grand-slams", "davis-cup", "features"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "tour": ("ATP", "WTA", "Grand Slams", "Davis Cup", "Fed Cup", "Challengers"),
            "winner": ("Novak Djokovic", "Rafael Nadal", "Roger Federer", "Andy Murray",
                       "Dominic Thiem", "Stan Wawrinka"),
            "loser": ("Kei Nishikori", "Milos Raonic", "Marin Cilic", "Alexander Zverev",
                      "Grigor Dimitrov", "David Goffin"),
            "sets": ("6-4, 6-3", "7-6(5), 6-4", "6-2, 3-6, 6-1", "6-3, 6-7(4), 7-5",
                     "6-4, 4-6, 6-4, 6-2"),
            "photo": ("Getty Images", "AP Photo", "USA TODAY Sports", "Reuters"),
        },
        families=(
            _f("tour", HEADER, 0.5, (_OLD, "{tour}")),
            _f("dated", HEADER, 0.85, *_by_day(_br_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (BR_REDESIGN.isoformat(), "By {author} {author_handle}")),
            _f("score", MIDDLE, 0.2, (_OLD, "{winner} d. {loser} {sets}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("photo", MIDDLE, 0.25, (_OLD, "({photo})")),
            _f("rankings", FOOTER, 0.2, *_by_day(_br_rankings)),
            _f("notice", FOOTER, 0.25, *_br_notice()),
            _f("disclosure", FOOTER, 0.2,
               (_OLD, "This post may contain affiliate links."),
               (BR_DISCLOSURE.isoformat(), "Baseline Report may earn a commission when you buy "
                                           "through links on this page.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Baseline Report LLC. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version misstated "
                                                  "the seeding.")),
        ),
    )


# --- a French rugby club ------------------------------------------------------------------

UM_REDESIGN = dt.date(2017, 8, 19)  # the new site opened with the 2017-2018 season
UM_INSTAGRAM = dt.date(2017, 8, 19)
UM_ABONNEMENT = {2014: ("90", "50"), 2015: ("95", "50"), 2016: ("95", "55"),
                 2017: ("100", "55"), 2018: ("105", "60"), 2019: ("110", "60"),
                 2020: ("110", "60")}
SIX_NATIONS = {2015: ("2015-02-06", "2015-03-21"), 2016: ("2016-02-06", "2016-03-19"),
               2017: ("2017-02-04", "2017-03-18"), 2018: ("2018-02-03", "2018-03-17"),
               2019: ("2019-02-01", "2019-03-16"), 2020: ("2020-02-01", "2020-03-08")}


def _um_dated(day: dt.date) -> str:
    if day < UM_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year}"


def _um_abonnement(day: dt.date) -> str:
    y = season_on(day, "08-01")
    tribune, pelouse = UM_ABONNEMENT[y]
    return (f"Abonnements saison {y}-{y + 1} : tribune {tribune} €, pelouse {pelouse} €. En "
            f"vente au secrétariat et les jours de match.")


@cache
def _um_notice() -> Wordings:
    base = _steps((_OLD, "Suivez l'actualité du club sur notre page Facebook"),
                  (UM_INSTAGRAM.isoformat(), "📸 Résultats, photos et vidéos : suivez l'USM "
                                             "sur Facebook et Instagram"))
    confinement = [_span("2020-03-17", "2020-06-21", "🔒 Saison arrêtée : entraînements et "
                                                     "matchs suspendus, le club-house est "
                                                     "fermé")]
    tournoi = [(iso_day(first, -1), iso_day(last, 1), f"🏉 Tournoi des Six Nations {y} : les "
                                                      f"matchs du XV de France sur écran géant "
                                                      f"au club-house")
               for y, (first, last) in SIX_NATIONS.items()]
    mondial = spans((("2015-09-18", "2015-10-31", "Coupe du monde 2015 : tous les matchs des "
                                                  "Bleus au club-house"),
                     ("2019-09-20", "2019-11-02", "Coupe du monde 2019 : tous les matchs des "
                                                  "Bleus au club-house, petit-déjeuner "
                                                  "offert")))
    return _calendar(base, confinement, tournoi, mondial)


def montclar_style() -> PublisherStyle:
    """A French rugby club: the numeric date turned the weekday and the long date on the
    first day of the 2017-2018 season (a wording per day), the league day with the home
    and away sides from pools, the final score from a pool mid-body, a photo credit, the
    season tickets (a wording per season, from each 1 August), a notice reworded for
    Instagram and turned by each Six Nations, the World Cups and the stopped 2020 season,
    the bar line, a rugby-school appeal, the partners list and the copyright line (a
    block), a rare erratum."""
    return PublisherStyle(
        domain="usmontclar-rugby.fr", site="Union Sportive Montclaraise", base_size=70,
        subdomains=(("www.", 100),),
        sections=("equipe-premiere", "reserve", "ecole-de-rugby", "vie-du-club"),
        n_authors=3, url_path="/{section}/{slug}.html",
        pools={
            "journee": tuple(str(n) for n in range(1, 19)),
            "adversaire": ("Stade Lavaurais", "RC Auch", "US Nafarroa", "SC Tulle",
                           "Avenir Valencien", "RC Vichy", "US Marmande"),
            "score": ("USM 27 – 13", "USM 18 – 21", "USM 33 – 10", "USM 15 – 15",
                      "USM 9 – 24", "USM 41 – 7"),
            "photo": ("Club", "Serge Labat", "La Dépêche", "Laurent Ferrié"),
            "partenaire": ("Intermarché Montclar", "Cave coopérative des Coteaux",
                           "Transports Sabatier", "Crédit Agricole", "Bodega Chez Mimi"),
        },
        families=(
            _f("date", HEADER, 0.8, *_by_day(_um_dated)),
            _f("journee", HEADER, 0.4, (_OLD, "Fédérale 1 · Journée {journee} · USM – "
                                              "{adversaire}")),
            _f("score", MIDDLE, 0.3, (_OLD, "Score final : {score}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo : {photo}")),
            _f("abonnement", FOOTER, 0.25, *_by_day(_um_abonnement)),
            _f("annonce", FOOTER, 0.3, *_um_notice()),
            _f("buvette", FOOTER, 0.25, (_OLD, "Buvette et bodega ouvertes dès 13 h les jours "
                                               "de match. Repas d'après-match au club-house "
                                               "sur réservation.")),
            _f("ecole", FOOTER, 0.2, (_OLD, "École de rugby : filles et garçons de 5 à 14 ans, "
                                            "le mercredi et le samedi matin. Venez essayer, "
                                            "les deux premières séances sont gratuites !")),
            _f("partenaires", FOOTER, 0.3, (_OLD, "Le club remercie ses partenaires : "
                                                  "{partenaire_list}")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Union Sportive Montclaraise – "
                                                "section rugby")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le coup d'envoi est fixé à 15 h, et "
                                               "non 15 h 30.")),
        ),
    )


# --- an Afrikaans golf club ---------------------------------------------------------------

SG_REDESIGN = dt.date(2018, 7, 1)  # the new site opened with the 2018/19 membership year
SG_LEDEGELD = {2014: ("R6 800", "R900"), 2015: ("R7 200", "R950"), 2016: ("R7 650", "R1 000"),
               2017: ("R8 100", "R1 050"), 2018: ("R8 600", "R1 100"),
               2019: ("R9 100", "R1 150"), 2020: ("R9 100", "R1 150")}
DRANKVERBOD = (("2020-03-27", "2020-05-31"), ("2020-07-13", "2020-08-17"),
               ("2020-12-29", "2021-01-10"))
FORMATE = ("Stableford", "Medalje", "Betterbal-stableford", "Alliansie", "Bogey")


def _sg_dated(day: dt.date) -> str:
    if day < SG_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DAE[day.weekday()]} {day.day} {MAANDE[day.month - 1]} {day.year}"


def _sg_kompetisie(day: dt.date) -> str:
    saturday = next_saturday(day)
    fmt = FORMATE[saturday.isocalendar()[1] % len(FORMATE)]
    return (f"Kompetisie Saterdag {saturday.day} {MAANDE[saturday.month - 1]}: {fmt}. "
            f"Skryf in by die pro-winkel.")


def _sg_ledegeld(day: dt.date) -> str:
    y = season_on(day, "07-01")
    full, junior = SG_LEDEGELD[y]
    text = f"Ledegeld {y}/{(y + 1) % 100:02d}: volle lid {full}, junior {junior}."
    return text + (" Geen verhoging vanjaar nie." if y == 2020 else "")


def _sg_kroeg(day: dt.date) -> str:
    for first, last in DRANKVERBOD:
        if iso_day(first) <= day <= iso_day(last):
            return "🚫 Geen drankverkope nie: die kroeg bly gesluit tot verdere kennisgewing."
    return "Die kroeg is daagliks oop van 10:00 tot 20:00. Drink verantwoordelik."


def stellenrivier_style() -> PublisherStyle:
    """An Afrikaans golf club: the numeric date turned the weekday and the long Afrikaans
    date on 1 July 2018 (a wording per day), the writer with the club post from a pool, the
    coming Saturday's competition with its format (a wording per week), a result line and
    the day's sponsor from pools mid-body, the membership fees (a wording per membership
    year, from each 1 July), the bar's hours turned by the 2020 alcohol bans, a juniors
    appeal and the copyright line, a rare correction."""
    return PublisherStyle(
        domain="stellenriviergholf.co.za", site="Stellenrivier Gholfklub", base_size=55,
        subdomains=(("www.", 100),),
        sections=("nuus", "uitslae", "juniors", "dames"),
        n_authors=3, url_path="/nuus/{slug}",
        pools={
            "beat": ("Kaptein", "Klubbestuurder", "Gholfdirekteur", "Damekaptein",
                     "Juniorsameroeper"),
            "comp": ("Saterdag-stableford", "Woensdag se damesdag", "Maandelikse medalje",
                     "Seniors se 4BBB", "Klubkampioenskap"),
            "wenner": ("Pieter du Plessis", "Anel Botha", "Johan van Wyk", "Marietjie Steyn",
                       "Sipho Dlamini", "Riaan Coetzee"),
            "punte": ("36", "38", "39", "41", "42"),
            "borg": ("Boland Motors", "Wynkelder Rivierkloof", "Pretorius Prokureurs",
                     "Spar Stellenrivier"),
        },
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_sg_dated)),
            _f("bylyn", HEADER, 0.3, (_OLD, "Deur {author}, {author_beat}")),
            _f("kompetisie", HEADER, 0.25, *_by_day(_sg_kompetisie)),
            _f("uitslag", MIDDLE, 0.3, (_OLD, "Uitslag {comp}: {wenner}, {punte} punte")),
            _f("borg", MIDDLE, 0.2, (_OLD, "Borg van die dag: {borg}")),
            _f("ledegeld", FOOTER, 0.25, *_by_day(_sg_ledegeld)),
            _f("kroeg", FOOTER, 0.25, *_by_day(_sg_kroeg)),
            _f("juniors", FOOTER, 0.15, (_OLD, "Junior gholf: gratis afrigting elke "
                                               "Woensdagmiddag om 15:00. Bring jou maats "
                                               "saam!")),
            _f("kopiereg", FOOTER, 0.3, (_OLD, "© {year} Stellenrivier Gholfklub. Alle regte "
                                               "voorbehou.")),
            _f("regstelling", HEADER, 0.04, (_OLD, "Regstelling: die uitslag van die "
                                                   "damesdag is reggestel.")),
        ),
    )


# --- an Indian gymkhana club (in English, with Hindi lines) -------------------------------

RG_REDESIGN = dt.date(2018, 8, 15)
RG_FEES = (("2014-04-01", "₹1,800 per month plus service tax"),
           ("2016-04-01", "₹2,000 per month plus service tax"),
           ("2017-07-01", "₹2,000 per month plus 18% GST"),
           ("2018-04-01", "₹2,250 per month plus 18% GST"),
           ("2020-04-01", "₹2,500 per month plus 18% GST"))
HOLI = {2015: "2015-03-06", 2016: "2016-03-24", 2017: "2017-03-13", 2018: "2018-03-02",
        2019: "2019-03-21", 2020: "2020-03-10"}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
POLLING = {"2015-02-07": "polling day, Delhi Assembly", "2017-04-23": "polling day, MCD",
           "2019-05-12": "polling day, Lok Sabha", "2020-02-08": "polling day, Delhi Assembly"}


def _rg_dated(day: dt.date) -> str:
    if day < RG_REDESIGN:
        return f"Dated {day.day:02d}-{day.month:02d}-{day.year}"
    return (f"Dated: {day.day} {MONTHS[day.month - 1]} {day.year} / दिनांक: {day.day} "
            f"{MAHINE[day.month - 1]} {day.year}")


def dry_days() -> list[tuple[dt.date, str]]:
    """The Club's dry days from 2015 to 2020: national days, Holi, Diwali and polling
    days."""
    out = []
    for y in YEARS:
        out += [(dt.date(y, 1, 26), "Republic Day"), (dt.date(y, 8, 15), "Independence Day"),
                (dt.date(y, 10, 2), "Gandhi Jayanti"), (iso_day(HOLI[y]), "Holi"),
                (iso_day(DIWALI[y]), "Diwali")]
    out += [(iso_day(day), name) for day, name in POLLING.items()]
    return sorted(out)


@cache
def _rg_notice() -> Wordings:
    base = _steps((_OLD, "Members are requested to carry their membership cards and to sign "
                         "in their guests at reception."))
    covid = [_span("2020-03-20", "2020-08-31", "The Club premises remain closed in view of "
                                               "COVID-19 till further orders.")]
    dry = [(day - 4 * ONE, day + ONE, f"🚫 Dry day: the bar will remain closed on "
                                      f"{WEEKDAYS[day.weekday()]}, {day.day} "
                                      f"{MONTHS[day.month - 1]} {day.year} ({name}).")
           for day, name in dry_days()]
    return _calendar(base, covid, dry)


@cache
def _rg_children() -> Wordings:
    base = _steps((_OLD, "Members' children may join the coaching classes on all weekdays "
                         "except Mondays."))
    covid = [_span("2020-03-20", "2020-08-31", "All coaching classes stand suspended till "
                                               "further orders.")]
    camp = _yearly("05-15", 30, 30, lambda y: f"☀️ Summer coaching camp {y} for members' "
                                              f"children: cricket, tennis, swimming and "
                                              f"skating. Register at the sports office.")
    return _calendar(base, covid, camp)


def rajpath_style() -> PublisherStyle:
    """An Indian gymkhana club (in English, with Hindi lines): the reference number, the
    numeric date turned the English and Hindi dates on Independence Day 2018 (a wording per
    day), the venue from a pool mid-body, a notice turned by each dry day (national days,
    Holi, Diwali, polling days) and the pandemic's closure, a children's coaching line turned
    by each summer camp, the monthly subscription (raised in 2016, 2018 and 2020, its tax
    turned GST in July 2017), the dress code, a no-smoking line in Hindi and English, the
    secretary's sign-off and the copyright line (a block), a rare corrigendum."""
    return PublisherStyle(
        domain="rajpathgymkhana.in", site="Rajpath Gymkhana", base_size=40,
        subdomains=(("www.", 100),),
        sections=("circulars", "sports", "events", "notices"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"venue": ("Cricket nets", "Tennis (clay courts)", "Squash courts",
                         "Billiards room", "Swimming pool", "Card room")},
        families=(
            _f("ref", HEADER, 0.4, (_OLD, "Ref. No. RG/SEC/{n}")),
            _f("dated", HEADER, 0.8, *_by_day(_rg_dated)),
            _f("venue", MIDDLE, 0.25, (_OLD, "Venue: {venue}")),
            _f("notice", FOOTER, 0.3, *_rg_notice()),
            _f("children", FOOTER, 0.2, *_rg_children()),
            _f("subscription", FOOTER, 0.2, *from_table(RG_FEES, lambda v: (
                f"Subscription for permanent members: {v}."))),
            _f("dress", FOOTER, 0.25, (_OLD, "Dress code: smart casuals in the main lounge; "
                                             "sports attire in the sports areas only. "
                                             "Slippers are not permitted.")),
            _f("smoking", FOOTER, 0.2, (_OLD, "कृपया क्लब परिसर में धूम्रपान न करें। / Smoking "
                                              "is prohibited on the Club premises.")),
            _f("secretary", FOOTER, 0.4, (_OLD, "Hony. Secretary, Rajpath Gymkhana")),
            _f("copyright", FOOTER, 0.25, (_OLD, "© {year} Rajpath Gymkhana Club. All rights "
                                                 "reserved.")),
            _f("corrigendum", HEADER, 0.04, (_OLD, "Corrigendum: the date of the General Body "
                                                   "Meeting has been revised.")),
        ),
    )


# --- an English village cricket club ------------------------------------------------------

LH_REDESIGN = dt.date(2017, 1, 1)
LH_ALL_STARS = dt.date(2017, 3, 1)  # All Stars Cricket from 2017
LH_DYNAMOS = dt.date(2020, 3, 1)
LH_SUBS = (("2014-04-01", "adults £60, students £30, juniors £25; match fee £7"),
           ("2016-04-01", "adults £65, students £30, juniors £25; match fee £8"),
           ("2018-04-01", "adults £70, students £35, juniors £30; match fee £8"),
           ("2019-04-01", "adults £70, students £35, juniors £30; match fee £9"))
LH_TEAS = "Tea rota: please check the board in the pavilion. Scones are not optional."
LH_NETS = "Winter nets at the leisure centre, Fridays 7pm, from January. All welcome."


def _lh_dated(day: dt.date) -> str:
    if day < LH_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{author}} · Club news"


def littlehadley_style() -> PublisherStyle:
    """An English village cricket club: "Posted on" with the American date and the writer
    turned the British date and "Club news" on 1 January 2017 (a wording per day), the
    fixture from pools, the result from a pool and the match-ball sponsor mid-body, the
    season's teas turned winter nets each September (and the 2020 suspension), the subs
    (raised in 2016, 2018 and 2019), the bar line, a juniors appeal reworded for All Stars
    Cricket and Dynamos, the copyright line, a rare update."""
    return PublisherStyle(
        domain="littlehadleycc.org.uk", site="Little Hadley Cricket Club", base_size=30,
        subdomains=(("", 100),),
        sections=("news", "match-reports", "juniors"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "team": ("1st XI", "2nd XI", "Sunday XI", "Midweek XI", "Under 13s", "Under 15s"),
            "opposition": ("Brampton Abbotts", "Kingsmead Green", "Ashby Parva", "Stoke Lacey",
                           "Old Hollinsians"),
            "venue": ("(H)", "(A)"),
            "result": ("won by 4 wickets", "lost by 23 runs", "match drawn",
                       "abandoned, rain", "won by 61 runs", "lost by 2 wickets"),
            "sponsor": ("The Plough, Little Hadley", "Hadley Motors",
                        "J. Pargeter & Sons, Builders", "The Tea Room on the Green"),
        },
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_lh_dated)),
            _f("fixture", HEADER, 0.35, (_OLD, "{team} v {opposition} {venue}")),
            _f("result", MIDDLE, 0.3, (_OLD, "Result: {result}")),
            _f("match-ball", MIDDLE, 0.15, (_OLD, "Match ball kindly sponsored by {sponsor}")),
            _f("teas", FOOTER, 0.25, *_seasons(
                ("04-18", LH_TEAS), ("09-16", LH_NETS),
                special={2020: [("2020-03-17", "All club cricket is suspended for now. Stay "
                                               "safe and we'll see you on the other side."),
                                ("2020-07-11", "Cricket is back: bring your own drinks and hand "
                                               "sanitiser; no teas this season."),
                                ("2020-09-16", LH_NETS)]})),
            _f("subs", FOOTER, 0.2, *from_table(LH_SUBS, lambda v: (
                f"Subs: {v}. Pay the treasurer or by bank transfer."))),
            _f("bar", FOOTER, 0.25, (_OLD, "The pavilion bar is open on match days and Thursday "
                                           "evenings. All profits go to the club.")),
            _f("juniors", FOOTER, 0.2,
               (_OLD, "Junior training on Friday evenings, 6 to 7.30pm, ages 7 to 15."),
               (LH_ALL_STARS.isoformat(), "All Stars Cricket for 5 to 8 year olds returns in "
                                          "May. Sign up through the ECB website."),
               (LH_DYNAMOS.isoformat(), "All Stars (5-8) and Dynamos (8-11) Cricket return in "
                                        "May. Sign up through the ECB website.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Little Hadley Cricket Club. "
                                                "Affiliated to the ECB.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: Saturday's match has been moved to the "
                                              "away ground.")),
        ),
    )


def heldout201_styles() -> list[PublisherStyle]:
    """The held-back-201 styles, in the order the generator hands them to publishers."""
    return [
        boundaryedge_style(), kahurangi_style(), skrumnuus_style(), pitchpatrika_style(),
        wicketnama_style(), tcvalmont_style(), kilbrannan_style(), baselinereport_style(),
        montclar_style(), stellenrivier_style(), rajpath_style(), littlehadley_style(),
    ]
