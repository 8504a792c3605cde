"""The ``held-back-106`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-105 set
(`tests.bench.heldout_templates_105`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are the local and regional press of the UK and Ireland, large
and small: an English evening daily in Leeds, a Scottish daily in Dundee, a daily in Belfast,
an Irish county weekly in Kerry, an Irish-language site in Connemara, a Welsh-language valley
site, a daily on the Isle of Man with Manx dates, a Jersey daily with Jerriais touches, a
Gaelic and English community paper in Stornoway, an English market-town weekly in Shropshire, a
community site in Derry and a hyperlocal site in east London. The families are the kinds a
crawl of such sites holds: dates localised day by day in English, Irish, Welsh, Manx and
Scottish Gaelic (several changing form on the day of a redesign, the time zone turning with
British Summer Time, two weeklies by their issue), lines that turn every day or every week
(tide times at Dundee and St Helier, the days Northern Ireland went without an Executive, the
countdown to the TT, petrol prices every Monday, a Welsh word of the week), the seasons of
gritting, midges, wildfires and ferry timetables, bylines and datelines of many shapes, section
kickers, read-also links (some up to two times), photo credits, sources (the Press Association
renamed, the Local Democracy Reporting Service), cross-posts, press-regulator and copyright
lines, funding lines, donation, membership, newsletter and social appeals, prices in pounds and
euros (several rising over the years), notices reworded in 2016-2020, notices that follow the
region's calendars (general elections, the EU referendum, Holyrood, the Assembly in Cardiff,
Stormont, the Keys, the States of Jersey, London's mayor, Irish referendums, a vote put off in
2020, storms Ophelia, Emma, Callum, Ciara and Dennis, the Beast from the East, floods,
lockdowns and the Welsh firebreak, the Twelfth, St Patrick's, St David's and St Andrew's days,
Burns Night, Hogmanay, Yorkshire Day, the TT, Tynwald Day, Hop-tu-Naa, Liberation Day with its
count, the Battle of Flowers, the National Eisteddfod and the Mod in their towns, HebCelt, Puck
Fair, the Rose of Tralee, Oireachtas na Samhna, the Easter Rising's centenary, the Open at
Portrush, carnivals, marathons and festivals called off in 2020), multi-line blocks, mid-body
inserts, bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    last_weekday,
    nth_weekday,
    ordinal,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
IRISH_MONTHS = ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil",
                "Lúnasa", "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig")
IRISH_WEEKDAYS = ("Dé Luain", "Dé Máirt", "Dé Céadaoin", "Déardaoin", "Dé hAoine",
                  "Dé Sathairn", "Dé Domhnaigh")
WELSH_MONTHS = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr")
WELSH_WEEKDAYS = ("Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener",
                  "Dydd Sadwrn", "Dydd Sul")
MANX_MONTHS = ("Jerrey-Geuree", "Toshiaght-Arree", "Mart", "Averil", "Boaldyn", "Mean-Souree",
               "Jerrey-Souree", "Luanistyn", "Mean-Fouyir", "Jerrey-Fouyir", "Mee Houney",
               "Mee ny Nollick")
MANX_WEEKDAYS = ("Jelune", "Jemayrt", "Jecrean", "Jerdein", "Jeheiney", "Jesarn", "Jedoonee")
GAELIC_MONTHS = ("Am Faoilleach", "An Gearran", "Am Màrt", "An Giblean", "An Cèitean",
                 "An t-Ògmhios", "An t-Iuchar", "An Lùnastal", "An t-Sultain", "An Dàmhair",
                 "An t-Samhain", "An Dùbhlachd")
GAELIC_WEEKDAYS = ("Diluain", "Dimàirt", "Diciadain", "Diardaoin", "Dihaoine", "Disathairne",
                   "Didòmhnaich")

# UK-wide votes (the notices of most British styles follow them).
GE_2015, EU_REF, GE_2017, GE_2019 = "2015-05-07", "2016-06-23", "2017-06-08", "2019-12-12"
DEVOLVED_2016 = "2016-05-05"  # Holyrood, the Senedd (then the Assembly), Stormont, London
UK_LOCKDOWN = ("2020-03-23", "2020-05-10")  # "stay at home", to the first easing


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day:%Y-%m-%d}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def interpolate(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` on the broken line through `points` ((ISO day, value), ...)."""
    if day.isoformat() <= points[0][0]:
        return points[0][1]
    for (a, va), (b, vb) in zip(points, points[1:], strict=False):
        if day.isoformat() <= b:
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - start).days / (end - start).days
    return points[-1][1]


def summer_time(day: dt.date) -> bool:
    """British Summer Time: from the last Sunday of March to the last Sunday of October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def zone(day: dt.date) -> str:
    """The UK's clock on `day`: BST in summer, GMT otherwise."""
    return "BST" if summer_time(day) else "GMT"


TIDE_PERIOD = 745.2  # minutes from one high water to the next (12 h 25 min)


def high_waters(day: dt.date, offset: float) -> list[str]:
    """The made-up times of high water on `day` (one or two, "HH:MM"): a tide every 12 h 25
    min from `offset` minutes past midnight on the set's first day, in local clock time."""
    start = (day - FIRST_DAY).days * 1440 - (60 if summer_time(day) else 0)
    k = math.ceil((start - offset) / TIDE_PERIOD)
    out = []
    while (t := offset + k * TIDE_PERIOD) < start + 1440:
        minutes = int(t - start)
        out.append(f"{minutes // 60:02d}:{minutes % 60:02d}")
        k += 1
    return out


def tide_height(day: dt.date) -> float:
    """A made-up height of high water at St Helier on `day` in metres: springs of about 11.6
    m and neaps of about 8.4 m, a cycle of 14.77 days."""
    phase = 2 * math.pi * (day - FIRST_DAY).days / 14.765
    return round(10.0 + 1.6 * math.cos(phase) + made_up(day, "je-tide", -10, 10) / 100, 1)


# --- an English evening daily (Leeds, West Yorkshire) -----------------------------------------

AE_REDESIGN = dt.date(2018, 8, 1)  # relaunched on Yorkshire Day
AE_NEWSLETTER = dt.date(2018, 8, 6)
AE_LDRS = dt.date(2018, 1, 8)
AE_PA_MEDIA = dt.date(2019, 10, 1)
# The first day of the Tour de Yorkshire (not raced in 2020).
TOUR_DE_YORKSHIRE = {2015: "2015-05-01", 2016: "2016-04-29", 2017: "2017-04-28",
                     2018: "2018-05-03", 2019: "2019-05-02"}


def _ae_dated(day: dt.date) -> str:
    if day < AE_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return (f"Published {ordinal(day.day)} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year}, "
            f"{{time}} {zone(day)}")


def petrol_price(day: dt.date) -> float:
    """The made-up average price of a litre of unleaded in West Yorkshire in the week from
    `day`'s Monday, in pence (about 110 early in 2015, 102 early in 2016, 131 late in 2018,
    104 in spring 2020)."""
    monday = week_from(day, 0)
    base = interpolate(monday, (("2015-01-05", 111.0), ("2016-02-15", 101.5),
                                ("2017-03-06", 119.5), ("2018-11-05", 131.0),
                                ("2019-06-03", 127.0), ("2020-05-11", 104.5),
                                ("2021-01-10", 116.0)))
    return round(base + made_up(monday, "ae-petrol", -8, 8) / 10, 1)


def _ae_petrol(day: dt.date) -> str:
    return f"⛽ Unleaded in West Yorkshire this week: {petrol_price(day):.1f}p a litre on average"


def _ae_carnival(y: int) -> str:
    if y == 2020:
        return "🎉 No parade this year: Leeds West Indian Carnival goes online"
    return (f"🎉 Leeds West Indian Carnival: the {ordinal(y - 1967)} anniversary parade leaves "
            f"Potternewton Park at 2pm")


def _ae_notice() -> Wordings:
    base = _steps((_OLD, "Like the Airedale Evening Post on Facebook and follow us on Twitter"),
                  (AE_NEWSLETTER.isoformat(), "📩 Sign up for our free Leeds newsletter: the "
                                              "day's headlines at 7am"))
    news: list[Event] = [
        _vote(GE_2015, "🗳️ General Election 2015: every Leeds result as it is declared",
              after=1),
        _span("2015-12-26", "2016-01-03", "🌊 Boxing Day floods: how to help Kirkstall Road "
                                          "businesses and families"),
        _vote(EU_REF, "🗳️ EU referendum: the Leeds count live from the First Direct Arena",
              after=1),
        _vote(GE_2017, "🗳️ General Election 2017: every Leeds result as it is declared",
              after=1),
        _span("2018-02-27", "2018-03-03", "❄️ The Beast from the East: school closures across "
                                          "Leeds"),
        _vote("2019-05-02", "🗳️ Local elections: ward by ward results from Leeds Civic Hall",
              before=5),
        _vote(GE_2019, "🗳️ General Election 2019: every Leeds result as it is declared",
              after=1),
        _span(*UK_LOCKDOWN, "😷 Stay at home, protect the NHS, save lives: the latest on "
                            "coronavirus in Leeds"),
        _span("2020-11-05", "2020-12-01", "😷 England's second lockdown: what is open in Leeds "
                                          "this month"),
    ]
    feasts = _yearly("08-01", 0, 0, lambda _: "🌹 Happy Yorkshire Day from all of us")
    feasts += _movable(_listed(TOUR_DE_YORKSHIRE), 2, 2, lambda y: f"🚴 Tour de Yorkshire {y}: "
                                                                   f"road closures stage by "
                                                                   f"stage")
    feasts += _movable(lambda y: last_weekday(y, 8, 0), 1, 0, _ae_carnival)
    feasts += _movable(lambda y: nth_weekday(y, 11, 6, 2), 1, 0,
                       lambda _: "🌺 Remembrance Sunday: services across Leeds")
    return _calendar(base, news, feasts)


def leeds_style() -> PublisherStyle:
    """An English evening daily (Leeds): a section kicker, the weekday and the date turned
    "Published" with an ordinal, the short month, the time and BST or GMT on Yorkshire Day
    2018 (a wording per day), "By" turned the name with a role, an area tag, "READ MORE:"
    (up to twice), a picture credit, a story's source line (the Press Association renamed PA
    Media in 2019) and a politics line turned the Local Democracy Reporting Service, petrol
    prices every Monday, a social line turned a newsletter appeal and turned by three general
    elections, the EU referendum, the local elections, the floods, the snow and two
    lockdowns, Yorkshire Day, the Tour de Yorkshire, the carnival with its count (online in
    2020) and Remembrance Sunday, a subscription price rising, a support appeal from the 2020
    lockdown, a regulator line and a copyright line reworded (a block), a rare
    correction."""
    return PublisherStyle(
        domain="airedalepost.co.uk", site="Airedale Evening Post", base_size=245,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "crime", "politics", "business", "sport", "whats-on"),
        n_authors=9, url_path="/{section}/{slug}-{n}",
        pools={
            "kicker": ("NEWS", "CRIME", "POLITICS", "EDUCATION", "HEALTH", "BUSINESS",
                       "LEEDS UNITED", "WHAT'S ON"),
            "area": ("Headingley", "Bramley", "Morley", "Otley", "Pudsey", "Horsforth",
                     "Rothwell", "Wetherby", "Chapel Allerton", "Seacroft"),
            "role": ("Reporter", "Chief Reporter", "Crime Reporter", "Health Correspondent",
                     "Education Reporter", "Business Editor"),
            "picture": ("PA Wire", "Submitted", "Google Street View", "West Yorkshire Police",
                        "Stock image"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_ae_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (AE_REDESIGN.isoformat(), "{author}, {role}")),
            _f("area", HEADER, 0.2, (_OLD, "📍 {area}")),
            _f("read-more", MIDDLE, 0.35, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("picture", MIDDLE, 0.25, (_OLD, "Picture: {picture}")),
            _f("source", FOOTER, 0.12, (_OLD, "Additional reporting by the Press Association"),
               (AE_PA_MEDIA.isoformat(), "Additional reporting by PA Media")),
            _f("democracy", FOOTER, 0.1, (_OLD, "Coverage of Leeds City Council meetings by our "
                                                "local government desk"),
               (AE_LDRS.isoformat(), "This story was written by a Local Democracy Reporter, "
                                     "a post funded by the BBC and filled by local papers")),
            _f("petrol", FOOTER, 0.15, *_by_day(_ae_petrol)),
            _f("notice", FOOTER, 0.3, *_ae_notice()),
            _f("subscribe", FOOTER, 0.15, (_OLD, "Get the paper delivered from £3.50 a week"),
               ("2017-03-06", "Get the paper delivered from £3.95 a week"),
               ("2019-09-02", "Go digital: £1 for your first month, then £5.99 a month")),
            _f("support", FOOTER, 0.15, (_OLD, "Thank you for buying the Airedale Evening "
                                               "Post."),
               ("2020-03-30", "Our journalists are working from home to keep you informed. "
                              "If you can, please subscribe.")),
            _f("regulator", FOOTER, 0.3, (_OLD, "This newspaper is regulated by IPSO and abides "
                                                "by the Editors' Code of Practice.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Airedale Evening Post"),
               (AE_REDESIGN.isoformat(), "© {year} Airedale Evening Post. All rights reserved. "
                                         "Registered in England and Wales.")),
            _f("correction", HEADER, 0.04, (_OLD, "An earlier version of this article named the "
                                                  "wrong school. We apologise for the error.")),
        ),
    )


# --- a Scottish daily (Dundee) -----------------------------------------------------------------

TB_REDESIGN = dt.date(2018, 9, 15)  # relaunched the day V&A Dundee opened
TB_APP = dt.date(2019, 3, 4)
TB_TIDE = 185.0  # minutes past midnight of the first high water counted


def _tb_dated(day: dt.date) -> str:
    if day < TB_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ordinal(day.day)} "
                f"{ENGLISH_MONTHS[day.month - 1]} {day.year}")
    return f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d} {{time}}"


def _tb_tides(day: dt.date) -> str:
    return "🌊 High water at Broughty Ferry today: " + " and ".join(high_waters(day, TB_TIDE))


def _tb_hogmanay(y: int) -> str:
    if y == 2020:
        return "🥃 Hogmanay: no bells in the City Square this year, bring it in at home"
    return f"🥃 Hogmanay {y}: the bells in the City Square and the last buses home"


def _tb_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Facebook and Twitter: @taybridgecourier"),
                  (TB_APP.isoformat(), "📲 Get Tayside's news first: download our free app"))
    news: list[Event] = [
        _vote(GE_2015, "🗳️ General Election 2015: the Dundee and Angus counts live", after=1),
        _vote(DEVOLVED_2016, "🗳️ Holyrood 2016: the Dundee and Angus counts live", after=1),
        _vote(EU_REF, "🗳️ EU referendum: the Tayside count live", after=1),
        _vote(GE_2017, "🗳️ General Election 2017: the Dundee and Angus counts live", after=1),
        _span("2018-02-27", "2018-03-03", "❄️ Red warning for snow: closures across Dundee and "
                                          "Angus"),
        _span("2018-09-14", "2018-09-16", "🏛️ V&A Dundee opens: the weekend's events on the "
                                          "waterfront"),
        _vote(GE_2019, "🗳️ General Election 2019: the Dundee and Angus counts live", after=1),
        _span("2020-03-23", "2020-05-28", "😷 Stay at home: the latest on coronavirus in "
                                          "Tayside"),
    ]
    feasts = _yearly("01-25", 1, 0, lambda y: f"🥃 Burns Night {y}: suppers across Tayside")
    feasts += _yearly("11-30", 0, 0, lambda _: "🏴 Happy St Andrew's Day")
    feasts += _yearly("12-31", 1, 0, _tb_hogmanay)
    return _calendar(base, news, feasts)


def dundee_style() -> PublisherStyle:
    """A Scottish daily (Dundee): a section kicker, the weekday and the date with an ordinal
    turned a short numeric date and the time the day V&A Dundee opened (a wording per day),
    "By" turned with a role, "You may also like:" (up to twice), a picture credit, the day's
    high water at Broughty Ferry (a wording per day), wildfires, midges and gritting, a
    social line turned an app appeal and turned by three general elections, Holyrood, the EU
    referendum, the red snow warning, the V&A's opening and the 2020 lockdown, Burns Night,
    St Andrew's Day and Hogmanay (at home in 2020), a subscription price rising, a newsdesk
    line and a copyright line (a block), a rare bridge closure."""
    return PublisherStyle(
        domain="taybridgecourier.co.uk", site="Taybridge Courier", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "dundee", "angus", "fife", "sport", "business"),
        n_authors=8, url_path="/fp/{section}/{n}/{slug}/",
        pools={
            "kicker": ("DUNDEE", "ANGUS", "PERTH & KINROSS", "FIFE", "COURTS", "POLITICS",
                       "DUNDEE UNITED", "FARMING"),
            "role": ("Reporter", "Senior Reporter", "Courts Reporter", "Political Editor",
                     "Farming Editor"),
            "pic": ("Kim Cessford", "Mhairi Edwards", "Supplied", "Police Scotland",
                    "Google Maps"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_tb_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (TB_REDESIGN.isoformat(), "{author}, {role}")),
            _f("also-like", MIDDLE, 0.3, (_OLD, "You may also like: {other_title}"), count=2),
            _f("pic", MIDDLE, 0.25, (_OLD, "Pic: {pic}")),
            _f("tides", FOOTER, 0.15, *_by_day(_tb_tides)),
            _f("season", FOOTER, 0.12, *_seasons(
                ("03-20", "🔥 Wildfire warning: no barbecues or campfires on the Sidlaws and "
                          "in the glens"),
                ("06-01", "🦟 The midges are out: check the forecast before heading for the "
                          "hills"),
                ("11-01", "❄️ Winter: see which roads the council grits first"))),
            _f("notice", FOOTER, 0.3, *_tb_notice()),
            _f("subscribe", FOOTER, 0.15, (_OLD, "Subscribe from £2.99 a week"),
               ("2018-01-08", "Subscribe from £3.49 a week"),
               ("2020-01-06", "Subscribe from £3.99 a week or go digital for £4.99 a month")),
            _f("newsdesk", FOOTER, 0.2, (_OLD, "Got a story? Email news@taybridgecourier.co.uk "
                                               "or call 01382 000000")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Taybridge Courier, Dundee. All "
                                                 "rights reserved.")),
            _f("bridge", HEADER, 0.04, (_OLD, "⚠️ Tay Road Bridge: closed to double-deck buses "
                                              "and high-sided vehicles because of high "
                                              "winds")),
        ),
    )


# --- a daily (Belfast, Northern Ireland) -------------------------------------------------------

FP_REDESIGN = dt.date(2017, 9, 4)
FP_NEWSLETTER = dt.date(2018, 10, 1)
NO_EXECUTIVE = (dt.date(2017, 1, 9), dt.date(2017, 1, 27), dt.date(2020, 1, 11))


def _fp_dated(day: dt.date) -> str:
    if day < FP_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day} {day.year}")
    return f"{ENGLISH_MONTHS[day.month - 1]} {day.day} {day.year} {{time}}"


def days_without_executive(day: dt.date) -> int | None:
    """The days since the deputy First Minister resigned (9 January 2017), as the paper
    counted them from the Assembly's dissolution to power-sharing's return (None outside)."""
    since, shown, back = NO_EXECUTIVE
    return (day - since).days if shown <= day < back else None


def _fp_stormont(day: dt.date) -> str:
    n = days_without_executive(day)
    if n is not None:
        return f"🏛️ Day {n:,} without a Northern Ireland Executive"
    if day < NO_EXECUTIVE[1]:
        return "🏛️ Stormont: follow the Assembly's business on our politics page"
    return "🏛️ Power-sharing is back: follow the Assembly's business on our politics page"


def twelfth(y: int) -> dt.date:
    """The Twelfth holiday: 12 July, or the Monday after when it falls on a Sunday."""
    day = dt.date(y, 7, 12)
    return day + dt.timedelta(days=1) if day.weekday() == 6 else day


def _fp_marathon(y: int) -> str:
    if y == 2020:
        return "🏃 The Belfast City Marathon is off this May Day: new date to follow"
    return f"🏃 Belfast City Marathon {y}: road closures from 6am"


def _fp_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Facebook and Twitter for breaking news"),
                  (FP_NEWSLETTER.isoformat(), "📩 The Farset Post morning briefing: sign up "
                                              "for free"))
    news: list[Event] = [
        _vote(GE_2015, "🗳️ Westminster 2015: all 18 constituency results", after=1),
        _vote(DEVOLVED_2016, "🗳️ Assembly Election 2016: the count, stage by stage", after=2),
        _vote(EU_REF, "🗳️ EU referendum: Northern Ireland's count live", after=1),
        _vote("2017-03-02", "🗳️ Assembly Election 2017: the count, stage by stage", after=2),
        _vote(GE_2017, "🗳️ Westminster 2017: all 18 constituency results", after=1),
        _span("2017-10-15", "2017-10-17", "🌀 Storm Ophelia: schools shut and the latest "
                                          "warnings"),
        _vote("2019-05-02", "🗳️ Council elections: every count centre live", before=5,
              after=2),
        _span("2019-07-14", "2019-07-21", "⛳ The Open at Royal Portrush: travel, tickets and "
                                          "the leaderboard"),
        _vote(GE_2019, "🗳️ Westminster 2019: all 18 constituency results", after=1),
        _span("2020-03-23", "2020-05-18", "😷 Stay at home: Northern Ireland's coronavirus "
                                          "rules"),
    ]
    feasts = _yearly("03-17", 1, 0, lambda _: "☘️ St Patrick's Day: the parades and what's "
                                              "open")
    feasts += _movable(twelfth, 1, 0, lambda y: f"🥁 The Twelfth {y}: parade routes and road "
                                                f"closures")
    feasts += _movable(lambda y: nth_weekday(y, 5, 0, 1), 0, 0, _fp_marathon)
    return _calendar(base, feasts, news)  # a holiday's line breaks into the others


def belfast_style() -> PublisherStyle:
    """A daily (Belfast): a section kicker, the weekday and the date turned the date and the
    time on 4 September 2017 (a wording per day), "By" turned with a role, a town's dateline,
    "Related:" (up to twice), a photo credit, the days without an Executive from 2017 to 2020 (a
    wording per day), a sister paper's cross-post line, a social line turned a newsletter appeal
    and turned by three Westminster elections, two Assembly elections, the EU referendum,
    Ophelia, the council elections, the Open and the 2020 lockdown, St Patrick's Day, the
    Twelfth (moved off a Sunday) and the marathon (off in 2020), the cover price rising, a
    regulator line and a copyright line (a block), a rare road closure."""
    return PublisherStyle(
        domain="farsetpost.co.uk", site="The Farset Post", base_size=195,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("news", "politics", "belfast", "sport", "business", "opinion"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={
            "kicker": ("NORTHERN IRELAND", "BELFAST", "POLITICS", "COURTS", "ULSTER RUGBY",
                       "GAA", "IRISH LEAGUE"),
            "role": ("Political Correspondent", "Chief Reporter", "Crime Correspondent",
                     "Reporter", "Business Editor"),
            "town": ("ENNISKILLEN", "NEWRY", "BALLYMENA", "ARMAGH", "OMAGH", "COLERAINE",
                     "LISBURN", "BANGOR"),
            "photo": ("PA", "Pacemaker", "Submitted", "PSNI", "Stock image"),
            "sister": ("Lough Neagh Leader", "Sperrin Observer", "Mourne Chronicle",
                       "North Antrim Guardian"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_fp_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (FP_REDESIGN.isoformat(), "By {author}, {role}")),
            _f("dateline", HEADER, 0.15, (_OLD, "{town} —")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("stormont", FOOTER, 0.15, *_by_day(_fp_stormont)),
            _f("first-appeared", FOOTER, 0.08, (_OLD, "This story first appeared in our sister "
                                                      "paper, the {sister}.")),
            _f("notice", FOOTER, 0.3, *_fp_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "Price 90p"), ("2017-03-06", "Price £1"),
               ("2019-10-07", "Price £1.10 · Digital edition £7.99 a month")),
            _f("regulator", FOOTER, 0.25, (_OLD, "We are a member of IPSO. To complain about "
                                                 "an article, write to the editor first.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} The Farset Post, Belfast")),
            _f("roads", HEADER, 0.04, (_OLD, "⚠️ Westlink: one lane closed citybound after a "
                                             "crash, expect delays")),
        ),
    )


# --- an Irish county weekly (Killarney, Kerry) -------------------------------------------------

IV_REDESIGN = dt.date(2018, 8, 17)  # relaunched for the Rose of Tralee
IV_DIGITAL = dt.date(2019, 1, 8)
# The Rose of Tralee's selection night (not held in 2020).
ROSE_OF_TRALEE = {2015: "2015-08-25", 2016: "2016-08-23", 2017: "2017-08-22",
                  2018: "2018-08-21", 2019: "2019-08-27"}


def iv_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's volume (from 1903), its number in the year and the Tuesday it came
    out."""
    tuesday = week_from(day, 1)
    first = week_from(dt.date(tuesday.year, 1, 7), 1)  # the year's first Tuesday
    return tuesday.year - 1902, (tuesday - first).days // 7 + 1, tuesday


def _iv_issue(day: dt.date) -> str:
    volume, number, tuesday = iv_issue(day)
    return (f"Vol. {volume} No. {number} — Tuesday, {ENGLISH_MONTHS[tuesday.month - 1]} "
            f"{tuesday.day}, {tuesday.year}")


def _iv_dated(day: dt.date) -> str:
    if day < IV_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day} {day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year} | {{time}}"


def _iv_paddy(y: int) -> str:
    if y == 2020:
        return "☘️ St Patrick's Day parades are cancelled across the county this year"
    return f"☘️ St Patrick's Day {y}: parade times in Killarney, Tralee and Dingle"


def _iv_puck(y: int) -> str:
    if y == 2020:
        return "🐐 No Puck Fair this August: King Puck stays on the mountain"
    return f"🐐 Puck Fair {y}: traffic plan for Killorglin"


def _iv_notice() -> Wordings:
    base = _steps((_OLD, "Like The Iveragh Champion on Facebook"),
                  (IV_DIGITAL.isoformat(), "📲 Read the full paper on your phone: subscribe "
                                           "to the digital edition"))
    news: list[Event] = [
        _vote("2015-05-22", "🗳️ Marriage equality referendum: the Kerry count", after=1),
        _vote("2016-02-26", "🗳️ General Election 2016: the Kerry count, every tally",
              after=3),
        _span("2016-03-24", "2016-03-28", "🇮🇪 1916–2016: the county's centenary "
                                          "commemorations this Easter"),
        _span("2017-10-15", "2017-10-17", "🌀 Storm Ophelia: red warning, schools closed, stay "
                                          "indoors"),
        _span("2018-02-28", "2018-03-03", "❄️ Storm Emma: roads, schools and water supply"),
        _vote("2018-05-25", "🗳️ Eighth Amendment referendum: the Kerry count", after=1),
        _vote("2018-10-26", "🗳️ Presidential election and blasphemy referendum: the count",
              after=1),
        _vote("2019-05-24", "🗳️ Local, European and divorce votes: the Kerry counts",
              after=3),
        _vote("2020-02-08", "🗳️ General Election 2020: the Kerry count, every tally",
              after=3),
        _span("2020-03-27", "2020-05-17", "😷 Stay at home: only essential journeys within "
                                          "2km"),
        _span("2020-10-21", "2020-11-30", "😷 Level 5: stay within 5km of home"),
    ]
    feasts = _yearly("03-17", 2, 0, _iv_paddy)
    feasts += _yearly("08-10", 1, 2, _iv_puck)
    feasts += _movable(_listed(ROSE_OF_TRALEE), 4, 0, lambda y: f"🌹 Rose of Tralee {y}: the "
                                                                f"Kerry Rose and the festival "
                                                                f"programme")
    return _calendar(base, news, feasts)


def kerry_style() -> PublisherStyle:
    """An Irish county weekly (Killarney): its volume, number and the Tuesday it came out
    (turning every Tuesday), the date turned a numeric date and the time for the Rose of
    Tralee 2018 (a wording per day), "By" turned a district correspondent, a GAA kicker,
    "Also in this week's paper:" once, a picture credit, a social line turned a digital
    appeal and turned by two general elections, five referendums and votes, the Rising's
    centenary, two storms and two lockdowns, St Patrick's Day and Puck Fair (both off in
    2020) and the Rose of Tralee, the cover price in euros rising, a deadline for notices, a
    press council line and a copyright line (a block), a rare publishing-day notice."""
    return PublisherStyle(
        domain="iveraghchampion.ie", site="The Iveragh Champion", base_size=170,
        subdomains=(("www.", 100),),
        sections=("news", "sport", "gaa", "farming", "community", "opinion"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "district": ("Killarney", "Cahersiveen", "Kenmare", "Dingle", "Listowel",
                         "Killorglin", "Castleisland"),
            "kicker": ("GAA", "Club notes", "Farming", "Courts", "Community", "Tourism"),
        },
        families=(
            _f("issue", HEADER, 0.35, *_by_day(_iv_issue)),
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.65, *_by_day(_iv_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (IV_REDESIGN.isoformat(), "{author}, {district} Correspondent")),
            _f("also-in", MIDDLE, 0.2, (_OLD, "Also in this week's paper: {other_title}")),
            _f("picture", MIDDLE, 0.2, (_OLD, "Picture: {author2}")),
            _f("notice", FOOTER, 0.3, *_iv_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "€2.20 (incl. VAT)"),
               ("2017-01-03", "€2.50 (incl. VAT)"), ("2020-01-07", "€2.80 (incl. VAT)")),
            _f("deadline", FOOTER, 0.15, (_OLD, "Deadline for death notices, anniversaries and "
                                                "classifieds: Friday at 5pm.")),
            _f("press-council", FOOTER, 0.3, (_OLD, "This newspaper is a member of the Press "
                                                    "Council of Ireland and supports the Office "
                                                    "of the Press Ombudsman.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Iveragh Champion Ltd.")),
            _f("bank-holiday", HEADER, 0.04, (_OLD, "Because of the bank holiday, next week's "
                                                    "paper will be in the shops on "
                                                    "Wednesday.")),
        ),
    )


# --- an Irish-language site (Connemara, County Galway) -----------------------------------------

NC_REDESIGN = dt.date(2018, 3, 1)  # relaunched for Seachtain na Gaeilge
NC_NEWSLETTER = dt.date(2019, 2, 4)
NC_SUPPORT = dt.date(2020, 4, 6)


def _nc_dated(day: dt.date) -> str:
    if day < NC_REDESIGN:
        return (f"{IRISH_WEEKDAYS[day.weekday()]}, {day.day} {IRISH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{day.day}.{day.month}.{day.year} | {{time}}"


def oireachtas(y: int) -> dt.date:
    """The Sunday that closes Oireachtas na Samhna: the first Sunday of November."""
    return nth_weekday(y, 11, 6, 1)


def _nc_oireachtas(y: int) -> str:
    if y == 2020:
        return "🎶 Oireachtas na Samhna 2020: an fhéile ar líne i mbliana"
    return f"🎶 Oireachtas na Samhna {y}: clár na comórtas agus na gceolchoirmeacha"


def _nc_notice() -> Wordings:
    base = _steps((_OLD, "Lean muid ar Facebook agus ar Twitter"),
                  (NC_NEWSLETTER.isoformat(), "📩 Cláraigh don nuachtlitir sheachtainiúil"))
    news: list[Event] = [
        _vote("2015-05-22", "🗳️ Reifreann an phósta: an comhaireamh i nGaillimh", after=1),
        _vote("2016-02-26", "🗳️ Olltoghchán 2016: torthaí Ghaillimh Thiar", after=3),
        _span("2017-10-15", "2017-10-17", "🌀 Stoirm Ophelia: fanaigí istigh"),
        _vote("2018-05-25", "🗳️ Reifreann ar an Ochtú Leasú: an comhaireamh", after=1),
        _vote("2018-10-26", "🗳️ Toghchán an Uachtaráin: an comhaireamh", after=1),
        _vote("2019-05-24", "🗳️ Toghcháin áitiúla agus Eorpacha: na torthaí", after=3),
        _span("2020-02-01", "2020-02-02", "🌀 Cuireadh oscailt Ghaillimh 2020 ar ceal de bharr "
                                          "Stoirm Ciara"),
        _vote("2020-02-08", "🗳️ Olltoghchán 2020: torthaí Ghaillimh Thiar", after=3),
        _span("2020-03-27", "2020-05-17", "😷 Fanaigí sa bhaile: na rialacha nua"),
    ]
    feasts = _yearly("02-01", 0, 0, lambda _: "🌾 Lá Fhéile Bríde sona daoibh")
    feasts += _yearly("03-01", 0, 16, lambda y: f"🍀 Seachtain na Gaeilge {y}: imeachtaí ar "
                                                f"fud na Gaeltachta")
    feasts += _movable(oireachtas, 4, 0, _nc_oireachtas)
    return _calendar(base, news, feasts)


def connemara_style() -> PublisherStyle:
    """An Irish-language site (Connemara): a section kicker, the Irish weekday and the date
    turned a dotted date and the time for Seachtain na Gaeilge 2018 (a wording per day), "Le"
    turned with a role, "Léigh freisin:" (up to twice), a photo credit, a social line turned
    a newsletter appeal in February 2019 and turned by two general elections, four
    referendums and votes, Ophelia, Galway 2020's opening called off and the lockdown, St
    Brigid's Day, Seachtain na Gaeilge and Oireachtas na Samhna (online in 2020), a support
    appeal turned with an amount, a funding line and a copyright line (a block), a rare
    ferry notice."""
    return PublisherStyle(
        domain="nuachtchoisfharraige.ie", site="Nuacht Chois Fharraige", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nuacht", "gaeltacht", "polaitiocht", "spoirt", "cultur"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={"rannog": ("Nuacht", "Gaeltacht", "Polaitíocht", "Spórt", "Cultúr",
                          "Oideachas", "Iascaireacht")},
        families=(
            _f("rannog", HEADER, 0.35, (_OLD, "{rannog}")),
            _f("data", HEADER, 0.7, *_by_day(_nc_dated)),
            _f("udar", HEADER, 0.5, (_OLD, "Le {author}"),
               (NC_REDESIGN.isoformat(), "{author} · Tuairisceoir")),
            _f("leigh", MIDDLE, 0.3, (_OLD, "Léigh freisin: {other_title}"), count=2),
            _f("grianghraf", MIDDLE, 0.2, (_OLD, "Grianghraf: {author2}")),
            _f("fogra", FOOTER, 0.3, *_nc_notice()),
            _f("tacaiocht", FOOTER, 0.15, (_OLD, "Tacaigh le hiriseoireacht Ghaeilge: roinn an "
                                                 "scéal seo."),
               (NC_SUPPORT.isoformat(), "Tacaigh linn ó €3 sa mhí")),
            _f("maoiniu", FOOTER, 0.25, (_OLD, "Le cúnamh ó Fhoras na Gaeilge")),
            _f("cearta", FOOTER, 0.4, (_OLD, "© {year} Nuacht Chois Fharraige")),
            _f("bad", HEADER, 0.04, (_OLD, "⚠️ Níl aon bhád go hÁrainn inniu de bharr na "
                                           "drochaimsire")),
        ),
    )


# --- a Welsh-language valley site (the Teifi valley, Ceredigion) --------------------------------

LD_REDESIGN = dt.date(2019, 3, 1)  # relaunched on St David's Day
LD_NEWSLETTER = dt.date(2018, 9, 3)
LD_SUPPORT = dt.date(2020, 4, 6)
# The first day of the National Eisteddfod and its town (online, as AmGen, in 2020).
EISTEDDFOD = {2015: ("2015-07-31", "Meifod"), 2016: ("2016-07-29", "Y Fenni"),
              2017: ("2017-08-04", "Ynys Môn"), 2018: ("2018-08-03", "Caerdydd"),
              2019: ("2019-08-02", "Llanrwst")}
WELSH_WORDS = ("hiraeth (a longing for home)", "cwtch (a cuddle)",
               "cynefin (the place you belong)", "hwyl (fervour, fun)",
               "glaw mân (drizzle)", "dyfalbarhad (perseverance)",
               "cyfeillgarwch (friendship)", "pili-pala (butterfly)",
               "smwddio (to iron)", "tamaid (a bite to eat)")


def _ld_dated(day: dt.date) -> str:
    if day < LD_REDESIGN:
        return (f"{WELSH_WEEKDAYS[day.weekday()]} {day.day} {WELSH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{day.day:02d}.{day.month:02d}.{day.year} · {{time}}"


def welsh_word(day: dt.date) -> str:
    """The word of the week from `day`'s Monday."""
    return WELSH_WORDS[week_from(day, 0).toordinal() // 7 % len(WELSH_WORDS)]


def _ld_word(day: dt.date) -> str:
    return f"📚 Gair yr wythnos: {welsh_word(day)}"


def eisteddfod(y: int) -> dt.date | None:
    """The National Eisteddfod's first day (None in 2020)."""
    return dt.date.fromisoformat(EISTEDDFOD[y][0]) if y in EISTEDDFOD else None


def _ld_notice() -> Wordings:
    base = _steps((_OLD, "Dilynwch ni ar Facebook a Twitter"),
                  (LD_NEWSLETTER.isoformat(), "📩 Tanysgrifiwch i'n cylchlythyr wythnosol"))
    news: list[Event] = [
        _vote(GE_2015, "🗳️ Etholiad Cyffredinol 2015: y canlyniadau yng Ngheredigion",
              after=1),
        _vote(DEVOLVED_2016, "🗳️ Etholiad y Cynulliad 2016: y cyfrif yn Aberystwyth",
              after=1),
        _vote(EU_REF, "🗳️ Refferendwm yr UE: y cyfrif yng Ngheredigion", after=1),
        _vote(GE_2017, "🗳️ Etholiad Cyffredinol 2017: y canlyniadau yng Ngheredigion",
              after=1),
        _span("2018-10-12", "2018-10-14", "🌀 Storm Callum: llifogydd yn nyffryn Teifi"),
        _vote(GE_2019, "🗳️ Etholiad Cyffredinol 2019: y canlyniadau yng Ngheredigion",
              after=1),
        _span("2020-02-15", "2020-02-17", "🌀 Storm Dennis: rhybudd llifogydd coch"),
        _span(*UK_LOCKDOWN, "😷 Arhoswch gartref: y rheolau diweddaraf"),
        _span("2020-10-23", "2020-11-08", "😷 Y cyfnod atal byr: arhoswch gartref tan 9 "
                                          "Tachwedd"),
    ]
    feasts = _yearly("01-25", 0, 0, lambda _: "💘 Dydd Santes Dwynwen hapus")
    feasts += _yearly("03-01", 1, 0, lambda _: "🏴 Dydd Gŵyl Dewi Hapus")
    feasts += _movable(eisteddfod, 1, 8, lambda y: f"🎪 Eisteddfod Genedlaethol {y}: "
                                                   f"{EISTEDDFOD[y][1]}")
    feasts += _yearly("08-01", 0, 7, lambda _: "🎪 Eisteddfod AmGen: dim Maes eleni, yr ŵyl "
                                               "ar-lein", years=range(2020, 2021))
    return _calendar(base, news, feasts)


def teifi_style() -> PublisherStyle:
    """A Welsh-language valley site (the Teifi valley): a section kicker, the Welsh weekday
    and the date turned a dotted date and the time on St David's Day 2019 (a wording per
    day), "Gan" turned with a role, "Darllenwch hefyd:" (up to twice), a photo credit, a
    word of the week (turning every Monday), a social line turned a newsletter appeal and
    turned by three general elections, the Assembly election, the EU referendum, two storms,
    the lockdown and the firebreak, St Dwynwen's and St David's days and the National
    Eisteddfod in its town (AmGen in 2020), a support appeal turned with an amount, a
    funding line and a copyright line (a block), a rare road closure."""
    return PublisherStyle(
        domain="llaisyteifi.cymru", site="Llais y Teifi", base_size=130,
        subdomains=(("", 100),),
        sections=("newyddion", "gwleidyddiaeth", "chwaraeon", "celfyddydau", "amaeth"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={"adran": ("Newyddion", "Gwleidyddiaeth", "Chwaraeon", "Celfyddydau",
                         "Addysg", "Amaeth")},
        families=(
            _f("adran", HEADER, 0.35, (_OLD, "{adran}")),
            _f("dyddiad", HEADER, 0.7, *_by_day(_ld_dated)),
            _f("awdur", HEADER, 0.5, (_OLD, "Gan {author}"),
               (LD_REDESIGN.isoformat(), "{author}, Gohebydd")),
            _f("darllenwch", MIDDLE, 0.3, (_OLD, "Darllenwch hefyd: {other_title}"), count=2),
            _f("llun", MIDDLE, 0.2, (_OLD, "Llun: {author2}")),
            _f("gair", FOOTER, 0.15, *_by_day(_ld_word)),
            _f("hysbysiad", FOOTER, 0.3, *_ld_notice()),
            _f("cefnogi", FOOTER, 0.15, (_OLD, "Cefnogwch newyddiaduraeth Gymraeg: rhannwch y "
                                               "stori hon."),
               (LD_SUPPORT.isoformat(), "Cyfrannwch at Llais y Teifi o £3 y mis")),
            _f("nawdd", FOOTER, 0.25, (_OLD, "Gyda chefnogaeth Cyngor Llyfrau Cymru")),
            _f("hawlfraint", FOOTER, 0.4, (_OLD, "© {year} Llais y Teifi. Cedwir pob hawl.")),
            _f("ffordd", HEADER, 0.04, (_OLD, "⚠️ Mae'r A487 ar gau ger Aberteifi heddiw "
                                              "oherwydd gwaith ffordd")),
        ),
    )


# --- a daily (Douglas, Isle of Man) ------------------------------------------------------------

MM_REDESIGN = dt.date(2018, 7, 5)  # relaunched on Tynwald Day
MM_NEWSLETTER = dt.date(2019, 4, 1)
# The first practice Saturday of TT fortnight (the 2020 races were cancelled on 18 March).
TT_START = {2015: "2015-05-30", 2016: "2016-05-28", 2017: "2017-05-27", 2018: "2018-05-26",
            2019: "2019-05-25", 2020: "2020-05-30"}
TT_CANCELLED = dt.date(2020, 3, 18)


def _mm_dated(day: dt.date) -> str:
    english = f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    if day < MM_REDESIGN:
        return f"{ENGLISH_WEEKDAYS[day.weekday()]} {english}"
    return (f"{MANX_WEEKDAYS[day.weekday()]} {day.day} {MANX_MONTHS[day.month - 1]} {day.year} "
            f"· {english}")


def tt_countdown(day: dt.date) -> str:
    """The TT line on `day`: the days to the next fortnight, the fortnight itself, or the
    cancellation."""
    if day >= TT_CANCELLED:
        return "🏍️ There will be no TT races this year"
    for y in sorted(TT_START):
        start = dt.date.fromisoformat(TT_START[y])
        if day < start:
            n = (start - day).days
            return f"🏍️ {n} day{'s' if n != 1 else ''} to go until TT {y}"
        if day < start + dt.timedelta(days=14):
            return f"🏍️ TT {y}: today's road closures and race schedule"
    raise ValueError(day)


def tynwald_day(y: int) -> dt.date:
    """Tynwald Day: 5 July, or the Monday after when it falls at a weekend."""
    day = dt.date(y, 7, 5)
    return day + dt.timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def _mm_notice() -> Wordings:
    base = _steps((_OLD, "Follow the Mannin Mail on Twitter: @manninmail"),
                  (MM_NEWSLETTER.isoformat(), "📩 The island's news in your inbox: sign up to "
                                              "our daily newsletter"))
    news: list[Event] = [
        _vote("2016-09-22", "🗳️ House of Keys election: results from all 12 constituencies",
              before=6, after=1),
        _span("2020-03-27", "2020-05-19", "😷 Stay at home: the island's borders are closed"),
    ]
    feasts = _movable(tynwald_day, 1, 0, lambda y: f"🏛️ Tynwald Day {y}: the ceremony at St "
                                                   f"John's and the fair")
    feasts += _yearly("10-31", 1, 0, lambda _: "🎃 Hop-tu-Naa: turnip lanterns, not "
                                               "pumpkins")
    feasts += _yearly("12-25", 2, 0, lambda _: "🎄 Nollick Ghennal! Merry Christmas from the "
                                               "Mannin Mail")
    return _calendar(base, news, feasts)


def douglas_style() -> PublisherStyle:
    """A daily (Douglas, Isle of Man): the weekday and the date turned the date in Manx and
    in English on Tynwald Day 2018 (a wording per day), "By" turned with the newsroom,
    "Related stories:" once, a photo credit, the countdown to the TT (a wording per day,
    the fortnight itself and the 2020 cancellation), the ferry timetables, a social line
    turned a newsletter appeal and turned by the Keys election and the 2020 border closure,
    Tynwald Day (moved off a weekend), Hop-tu-Naa and Christmas in Manx, the cover price
    rising and a copyright line (a block), a rare road closure."""
    return PublisherStyle(
        domain="manninmail.im", site="Mannin Mail", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "tt", "business", "sport", "community"),
        n_authors=4, url_path="/article/{n}/{slug}",
        families=(
            _f("dated", HEADER, 0.7, *_by_day(_mm_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (MM_REDESIGN.isoformat(), "{author} | Douglas newsroom")),
            _f("related", MIDDLE, 0.25, (_OLD, "Related stories: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {author2}")),
            _f("tt", FOOTER, 0.2, *_by_day(tt_countdown)),
            _f("ferry", FOOTER, 0.12, *_seasons(
                ("03-27", "⛴️ Summer timetable: fast craft sailings to Liverpool resume"),
                ("11-05", "⛴️ Winter timetable: Heysham sailings only until spring"))),
            _f("notice", FOOTER, 0.3, *_mm_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "Price 80p"), ("2017-07-03", "Price 90p"),
               ("2020-01-06", "Price £1")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Mannin Mail, Douglas, Isle of Man")),
            _f("mountain", HEADER, 0.04, (_OLD, "⚠️ The Mountain Road is closed between "
                                                "Ramsey and the Bungalow this morning")),
        ),
    )


# --- a daily (St Helier, Jersey) ---------------------------------------------------------------

BB_REDESIGN = dt.date(2018, 5, 9)  # relaunched on Liberation Day
BB_NEWSLETTER = dt.date(2019, 9, 2)
BB_TIDE = 430.0


def _bb_dated(day: dt.date) -> str:
    if day < BB_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"


def _bb_tides(day: dt.date) -> str:
    times = " and ".join(high_waters(day, BB_TIDE))
    return f"🌊 St Helier high water: {times} ({tide_height(day):.1f}m)"


def battle_of_flowers(y: int) -> dt.date:
    """The Battle of Flowers parade: the second Thursday of August."""
    return nth_weekday(y, 8, 3, 2)


def _bb_liberation(y: int) -> str:
    if y == 2020:
        return "🇯🇪 Liberation 75: the celebrations are postponed, raise a flag at home"
    return f"🇯🇪 Liberation Day: {y - 1945} years since the island was freed"


def _bb_flowers(y: int) -> str:
    if y == 2020:
        return "🌸 No Battle of Flowers parade this summer"
    return f"🌸 Battle of Flowers {y}: the parade route and road closures"


def _bb_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook for the island's news"),
                  (BB_NEWSLETTER.isoformat(), "📩 Jersey's news every morning: sign up to our "
                                              "newsletter"))
    news: list[Event] = [
        _vote("2018-05-16", "🗳️ Election day: polling stations open 8am to 8pm", before=6,
              after=1),
        _span("2020-03-30", "2020-05-10", "😷 Stay at home: the island's coronavirus rules"),
    ]
    feasts = _yearly("05-09", 1, 0, _bb_liberation)
    feasts += _movable(battle_of_flowers, 2, 0, _bb_flowers)
    feasts += _yearly("12-25", 2, 0, lambda _: "🎄 Bouan Noué! Merry Christmas to all our "
                                               "readers")
    return _calendar(base, feasts, news)  # Liberation Day breaks into the 2020 lockdown


def jersey_style() -> PublisherStyle:
    """A daily (St Helier, Jersey): the weekday and the date turned a numeric date and the
    time on Liberation Day 2018 (a wording per day), "By" turned with a role, "See also:"
    once, a photo credit, the day's high water and its height (a wording per day), a social
    line turned a newsletter appeal and turned by the 2018 election and the 2020 lockdown,
    Liberation Day with its count (postponed in 2020), the Battle of Flowers (off in 2020)
    and Christmas in Jerriais, the cover price rising, a Jerriais sign-off and a copyright
    line (a block), a rare sailings notice."""
    return PublisherStyle(
        domain="bailiwickbulletin.je", site="Bailiwick Bulletin", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "business", "sport", "island-life"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"role": ("Reporter", "Political Reporter", "Business Reporter")},
        families=(
            _f("dated", HEADER, 0.65, *_by_day(_bb_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (BB_REDESIGN.isoformat(), "{author}, {role}")),
            _f("see-also", MIDDLE, 0.2, (_OLD, "See also: {other_title}")),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo: {author2}")),
            _f("tides", FOOTER, 0.15, *_by_day(_bb_tides)),
            _f("notice", FOOTER, 0.3, *_bb_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "Price 80p"), ("2018-01-02", "Price 90p")),
            _f("sign-off", FOOTER, 0.15, (_OLD, "À bétôt! See you tomorrow.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Bailiwick Bulletin, St Helier")),
            _f("sailings", HEADER, 0.04, (_OLD, "⚠️ This morning's sailings to St Malo and "
                                                "Guernsey are cancelled because of the "
                                                "weather")),
        ),
    )


# --- a Gaelic and English community paper (Stornoway, Lewis) -----------------------------------

FE_WHATSAPP = dt.date(2019, 1, 7)
FE_SUPPORT = dt.date(2020, 5, 4)
# The Royal National Mod: its first day and its town (online in 2020).
MOD = {2015: ("2015-10-09", "an t-Òban"), 2016: ("2016-10-14", "Steòrnabhagh"),
       2017: ("2017-10-13", "Loch Abar"), 2018: ("2018-10-12", "Dùn Omhain"),
       2019: ("2019-10-11", "Glaschu"), 2020: ("2020-10-09", "air loidhne")}


def _fe_dated(day: dt.date) -> str:
    return (f"{GAELIC_WEEKDAYS[day.weekday()]} {day.day} {GAELIC_MONTHS[day.month - 1]} "
            f"{day.year} | {ENGLISH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1]} {day.year}")


def hebcelt(y: int) -> dt.date | None:
    """The first day of the Hebridean Celtic Festival: the third Wednesday of July (not held
    in 2020)."""
    return None if y == 2020 else nth_weekday(y, 7, 2, 3)


def _fe_mod(y: int) -> str:
    if y == 2020:
        return "🎶 Am Mòd 2020 air loidhne / The Mod goes online this year"
    return f"🎶 Am Mòd Nàiseanta Rìoghail {y}: {MOD[y][1]}"


def _fe_hogmanay(y: int) -> str:
    return f"🎆 Bliadhna Mhath Ùr! Happy New Year {y + 1}"


def _fe_notice() -> Wordings:
    base = _steps((_OLD, "Lean sinn air Facebook / Follow us on Facebook"),
                  (FE_WHATSAPP.isoformat(), "📲 Cuir fios thugainn / Send us your news: "
                                            "WhatsApp 07700 900000"))
    news: list[Event] = [
        _vote(GE_2015, "🗳️ Taghadh 2015 / General Election: Na h-Eileanan an Iar", after=1),
        _vote(DEVOLVED_2016, "🗳️ Taghadh Phàrlamaid na h-Alba / Holyrood 2016", after=1),
        _vote(EU_REF, "🗳️ Referendum an EU / EU referendum: the Western Isles count",
              after=1),
        _vote(GE_2017, "🗳️ Taghadh 2017 / General Election: Na h-Eileanan an Iar", after=1),
        _vote(GE_2019, "🗳️ Taghadh 2019 / General Election: Na h-Eileanan an Iar", after=1),
        _span("2020-03-23", "2020-05-28", "😷 Fuirich aig an taigh / Stay at home: essential "
                                          "travel only on the ferries"),
    ]
    feasts = _movable(lambda y: dt.date.fromisoformat(MOD[y][0]), 1, 8, _fe_mod)
    feasts += _movable(hebcelt, 2, 3, lambda y: f"🎸 HebCelt {y}: the line-up and the buses "
                                                f"to the castle grounds")
    feasts += _yearly("12-31", 1, 1, _fe_hogmanay)
    return _calendar(base, news, feasts)


def stornoway_style() -> PublisherStyle:
    """A Gaelic and English community paper (Stornoway): the date in Gaelic and in English (a
    wording per day), "Le" turned a bilingual byline, "Leugh cuideachd / Read also:" once, a
    photo credit, the ferry timetables, a social line turned a messenger appeal and turned by
    three general elections, Holyrood, the EU referendum and the 2020 lockdown, the Mod in
    its town (online in 2020), HebCelt (off in 2020) and Hogmanay, a support appeal turned
    with an amount, a funding line and a copyright line (a block), a rare ferry notice."""
    return PublisherStyle(
        domain="fiosnaneilean.scot", site="Fios nan Eilean", base_size=70,
        subdomains=(("www.", 100),),
        sections=("naidheachdan", "news", "coimhearsnachd", "spors"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("ceann-latha", HEADER, 0.6, *_by_day(_fe_dated)),
            _f("ughdar", HEADER, 0.45, (_OLD, "Le {author}"),
               ("2018-10-12", "Le / By {author}")),
            _f("leugh", MIDDLE, 0.2, (_OLD, "Leugh cuideachd / Read also: {other_title}")),
            _f("dealbh", MIDDLE, 0.15, (_OLD, "Dealbh / Photo: {author2}")),
            _f("aiseag", FOOTER, 0.15, *_seasons(
                ("03-29", "⛴️ Clàr-ama an t-samhraidh / Summer timetable: three Ullapool "
                          "sailings a day"),
                ("10-25", "⛴️ Clàr-ama a' gheamhraidh / Winter timetable: check sailings "
                          "before you travel"))),
            _f("fios", FOOTER, 0.3, *_fe_notice()),
            _f("taic", FOOTER, 0.15, (_OLD, "Cuidich sinn / Help us: share our stories"),
               (FE_SUPPORT.isoformat(), "Cuidich sinn / Support us from £3 a month")),
            _f("bord", FOOTER, 0.25, (_OLD, "Le taic bho Bhòrd na Gàidhlig / Supported by Bòrd "
                                            "na Gàidhlig")),
            _f("coir", FOOTER, 0.35, (_OLD, "© {year} Fios nan Eilean, Steòrnabhagh")),
            _f("aiseag-dheth", HEADER, 0.04, (_OLD, "⚠️ Chan eil an t-aiseag a' seòladh an-diugh "
                                                    "/ No sailings to Ullapool today")),
        ),
    )


# --- an English market-town weekly (Ludlow, Shropshire) ----------------------------------------

TC_REDESIGN = dt.date(2017, 9, 7)  # a new look for the food festival's issue
TC_FIRST_ISSUE = dt.date(1878, 1, 3)  # a made-up first Thursday


def tc_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's number (counted from its first issue) and the Thursday it came out."""
    thursday = week_from(day, 3)
    return (thursday - TC_FIRST_ISSUE).days // 7 + 1, thursday


def _tc_issue(day: dt.date) -> str:
    number, thursday = tc_issue(day)
    return (f"No. {number:,} · Thursday {thursday.day} {ENGLISH_MONTHS[thursday.month - 1]} "
            f"{thursday.year}")


def _tc_dated(day: dt.date) -> str:
    if day < TC_REDESIGN:
        return f"Posted {day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year}"
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year} at {{time12}}"


def food_festival(y: int) -> dt.date:
    """The Friday the food festival opens: the second Friday of September."""
    return nth_weekday(y, 9, 4, 2)


def _tc_festival(y: int) -> str:
    if y == 2020:
        return "🧀 No food festival in the castle this September"
    return f"🧀 Food festival {y}: parking, park and ride and the castle programme"


def _tc_notice() -> Wordings:
    base = _steps((_OLD, "Find us on Facebook: search for the Teme & Corve Journal"),
                  ("2018-04-05", "📩 Get the week's headlines every Thursday: sign up to our "
                                 "newsletter"))
    news: list[Event] = [
        _vote(GE_2015, "🗳️ General Election: the Ludlow count at the leisure centre",
              after=1),
        _vote(EU_REF, "🗳️ EU referendum: Shropshire's count", after=1),
        _vote(GE_2017, "🗳️ General Election: the Ludlow count at the leisure centre",
              after=1),
        _vote(GE_2019, "🗳️ General Election: the Ludlow count at the leisure centre",
              after=1),
        _span("2020-02-15", "2020-03-01", "🌊 Flood warnings on the Teme and the Corve: "
                                          "Temeside and Linney closed"),
        _span(*UK_LOCKDOWN, "😷 Stay at home: the shops that will deliver to you"),
        _span("2020-11-05", "2020-12-01", "😷 Lockdown again: the market moves to click and "
                                          "collect"),
    ]
    feasts = _movable(food_festival, 5, 2, _tc_festival)
    feasts += _movable(lambda y: nth_weekday(y, 11, 6, 2), 2, 0,
                       lambda _: "🌺 Remembrance Sunday: the parade to the church")
    return _calendar(base, news, feasts)


def ludlow_style() -> PublisherStyle:
    """An English market-town weekly (Ludlow): its number and the Thursday it came out
    (turning every Thursday), "Posted" and the date turned the date and a 12-hour time for
    the food festival of 2017 (a wording per day), "By" turned "Report:", "See also:" once, a
    picture credit, a social line turned a newsletter appeal and turned by three general
    elections, the EU referendum, the 2020 floods and two lockdowns, the food festival (off
    in 2020) and Remembrance Sunday, the cover price rising, the office's address and a
    copyright line (a block), a rare printing notice."""
    return PublisherStyle(
        domain="temecorvejournal.co.uk", site="Teme & Corve Journal", base_size=52,
        subdomains=(("www.", 100),),
        sections=("news", "farming", "sport", "whats-on"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("issue", HEADER, 0.3, *_by_day(_tc_issue)),
            _f("posted", HEADER, 0.6, *_by_day(_tc_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (TC_REDESIGN.isoformat(), "Report: {author}")),
            _f("see-also", MIDDLE, 0.2, (_OLD, "See also: {other_title}")),
            _f("picture", MIDDLE, 0.15, (_OLD, "Picture: {author2}")),
            _f("notice", FOOTER, 0.3, *_tc_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "Price 80p"), ("2016-10-06", "Price 90p"),
               ("2019-10-03", "Price £1")),
            _f("office", FOOTER, 0.2, (_OLD, "Our office: 00 Corve Street, Ludlow · Tel. "
                                             "01584 000000 · Open Mon-Fri 9-4")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Teme & Corve Journal")),
            _f("printing", HEADER, 0.04, (_OLD, "Because of a fault at the printers, last "
                                                "week's crossword solutions appear again "
                                                "inside")),
        ),
    )


# --- a community site (Derry, Northern Ireland) ------------------------------------------------

FV_BYLINE = dt.date(2018, 10, 31)  # from Halloween 2018
FV_WHATSAPP = dt.date(2018, 3, 5)
FV_SUPPORT = dt.date(2019, 11, 4)


def _fv_dated(day: dt.date) -> str:
    return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"


def _fv_halloween(y: int) -> str:
    if y == 2020:
        return "🎃 Halloween 2020: no parade or fireworks, the festival moves online"
    return f"🎃 Halloween {y}: the carnival parade, the fireworks and road closures"


def _fv_notice() -> Wordings:
    base = _steps((_OLD, "Like Foyleside Voice on Facebook"),
                  (FV_WHATSAPP.isoformat(), "📲 Send us your news on WhatsApp: 07700 900111"))
    news: list[Event] = [
        _vote(DEVOLVED_2016, "🗳️ Assembly election: the Foyle count live", after=2),
        _vote("2017-03-02", "🗳️ Assembly election: the Foyle count live", after=2),
        _vote(GE_2017, "🗳️ General election: the Foyle count live", after=1),
        _vote("2019-05-02", "🗳️ Council elections: the Derry and Strabane counts", before=5,
              after=2),
        _vote(GE_2019, "🗳️ General election: the Foyle count live", after=1),
        _span("2020-03-23", "2020-05-18", "😷 Stay at home: community groups that can help"),
    ]
    feasts = _yearly("03-17", 0, 0, lambda _: "☘️ Lá Fhéile Pádraig sona daoibh! Happy St "
                                              "Patrick's Day")
    feasts += _yearly("10-31", 3, 0, _fv_halloween)
    return _calendar(base, news, feasts)


def derry_style() -> PublisherStyle:
    """A community site (Derry): the date (a wording per day), "By" turned a community
    reporter on Halloween 2018, "More from the city:" once, a social line turned a messenger
    appeal and turned by two Assembly elections, two general elections, the council
    elections and the 2020 lockdown, St Patrick's Day in Irish and English and Halloween
    (online in 2020), a support appeal turned with an amount and a rights line (a block), a
    rare bridge closure."""
    return PublisherStyle(
        domain="foylesidevoice.com", site="Foyleside Voice", base_size=36,
        subdomains=(("", 100),),
        sections=("news", "community", "sport", "culture"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("dated", HEADER, 0.5, *_by_day(_fv_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (FV_BYLINE.isoformat(), "{author}, Community Reporter")),
            _f("more", MIDDLE, 0.2, (_OLD, "More from the city: {other_title}")),
            _f("notice", FOOTER, 0.3, *_fv_notice()),
            _f("support", FOOTER, 0.15, (_OLD, "Foyleside Voice is a not-for-profit community "
                                               "site."),
               (FV_SUPPORT.isoformat(), "Keep Foyleside Voice going: give from £3 a month")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Foyleside Voice")),
            _f("bridge", HEADER, 0.04, (_OLD, "⚠️ Craigavon Bridge: the lower deck is closed "
                                              "this morning")),
        ),
    )


# --- a hyperlocal site (Clapton, east London) --------------------------------------------------

CC_BYLINE = dt.date(2019, 1, 7)
CC_NEWSLETTER = dt.date(2017, 9, 4)
CC_MEMBERS = dt.date(2020, 1, 13)
# London Marathon Sunday (in 2020, a race for the elite only, around St James's Park).
LONDON_MARATHON = {2015: "2015-04-26", 2016: "2016-04-24", 2017: "2017-04-23",
                   2018: "2018-04-22", 2019: "2019-04-28", 2020: "2020-10-04"}


def _cc_dated(day: dt.date) -> str:
    return f"{ENGLISH_WEEKDAYS[day.weekday()][:3]} {day.day} {ENGLISH_MONTHS[day.month - 1]}"


def _cc_marathon(y: int) -> str:
    if y == 2020:
        return "🏃 No mass marathon this year: the elite race runs laps of St James's Park"
    return f"🏃 London Marathon {y}: which roads are shut and when"


def _cc_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Twitter and Instagram"),
                  (CC_NEWSLETTER.isoformat(), "📩 Our weekly newsletter: the best of Clapton, "
                                              "every Friday"))
    news: list[Event] = [
        _vote(GE_2015, "🗳️ General election: the Hackney count", after=1),
        _vote(DEVOLVED_2016, "🗳️ Mayor of London and Assembly: polls open 7am to 10pm",
              before=5),
        _vote(EU_REF, "🗳️ EU referendum: Hackney's count", after=1),
        _vote(GE_2017, "🗳️ General election: the Hackney count", after=1),
        _vote("2018-05-03", "🗳️ Council elections: Hackney's results ward by ward",
              before=5, after=1),
        _vote(GE_2019, "🗳️ General election: the Hackney count", after=1),
        _span("2020-03-13", "2020-03-22", "🗳️ May's mayoral election is put off for a year"),
        _span(*UK_LOCKDOWN, "😷 Stay at home: mutual aid groups in your street"),
        _span("2020-11-05", "2020-12-01", "😷 Lockdown two: the local shops doing deliveries"),
    ]
    feasts = _movable(_listed(LONDON_MARATHON), 2, 0, _cc_marathon)
    return _calendar(base, news, feasts)


def clapton_style() -> PublisherStyle:
    """A hyperlocal site (Clapton): the short weekday and the date without the year (a
    wording per day), "Words:" turned "By", "Read next:" once, a social line turned a
    newsletter appeal and turned by three general elections, the mayoral vote and its
    postponement, the EU referendum, the council elections and two lockdowns, the marathon
    (elite only in 2020), a membership appeal turned with an amount and a reuse line (a
    block), a rare train notice."""
    return PublisherStyle(
        domain="claptonclarion.london", site="The Clapton Clarion", base_size=24,
        subdomains=(("", 100),),
        sections=("news", "food", "planning", "people"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        families=(
            _f("dated", HEADER, 0.5, *_by_day(_cc_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "Words: {author}"),
               (CC_BYLINE.isoformat(), "By {author}")),
            _f("read-next", MIDDLE, 0.2, (_OLD, "Read next: {other_title}")),
            _f("notice", FOOTER, 0.3, *_cc_notice()),
            _f("members", FOOTER, 0.15, (_OLD, "The Clapton Clarion is run by volunteers."),
               (CC_MEMBERS.isoformat(), "Become a Clarion member from £3 a month")),
            _f("reuse", FOOTER, 0.35, (_OLD, "© {year} The Clapton Clarion. Happy for you to "
                                             "quote us: please link back.")),
            _f("trains", HEADER, 0.04, (_OLD, "⚠️ No Overground trains between Hackney Downs "
                                              "and Chingford this weekend")),
        ),
    )


def heldout106_styles() -> list[PublisherStyle]:
    """The held-back-106 styles, in the order the generator hands them to publishers."""
    return [
        leeds_style(), dundee_style(), belfast_style(), kerry_style(), connemara_style(),
        teifi_style(), douglas_style(), jersey_style(), stornoway_style(), ludlow_style(),
        derry_style(), clapton_style(),
    ]
