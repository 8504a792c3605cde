"""The ``held-back-155`` template set of the planted-real benchmark.

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
"Reply · Thank · Share" strip, a forum-software credit or an advertisement marker. The
publishers are hyperlocal news sites, neighbourhood apps' digests, community forums and
patch-style town sites in English (American, British and Australian), German (and Austrian
German), French, Swedish, Polish, Hebrew and Japanese: an American patch-style town news
site, a British neighbourhood app's daily digest, a German district news site, a French
neighbourhood news association in Lyon's Pentes, a Swedish suburban local paper, a Polish
district portal, an Israeli neighbourhood site (in Hebrew), a Japanese town-info site, a
British village forum on phpBB, an Australian inner-suburb news site, an American
neighbourhood association's news pages and a Viennese neighbourhood blog. The families are
the kinds a crawl of such sites holds: neighbourhood tags and "posted in" lines from pools,
dates localised day by day in English (with Eastern time, Australian summer and winter time
and phpBB's "It is currently" clock), German, Austrian German (with "Jänner"), French,
Swedish, Polish (months in the genitive), Hebrew and Japanese (the dates of a Heisei or Reiwa
era year, turning on 1 May 2019), several changing form on the day of a redesign; lines that
turn every day (an app's daily digest header, the forum clock, a fire danger rating in the
bush-fire season), every week (bin-collection reminders that alternate bins by fortnight and
move after bank holidays and Feiertage, Polish waste-fraction rotas, the Sabbath's
candle-lighting and havdalah times with Israel's summer time) and every month (the next
neighbourhood council or board meeting); street-works notices by date, street-sweeping and
winter-parking seasons, snow emergencies and trash-pickup delays after American holidays;
calendars some notices follow (Election Days, Bonfire Night fireworks and lost pets, the
German Stadtteilfest and Christmas market, the Fête des voisins, the Fête de la musique and
the Fête des Lumières, Valborg, Midsummer and Lucia, Corpus Christi processions and All
Saints' Day, participatory-budget votes, the burning of chametz, Lag BaOmer bonfires, the
Tishrei holidays, the year-end rubbish break, a fireworks festival and typhoon Hagibis,
Australia Day, Anzac Day and the Black Summer fires, National Night Out, Vienna's Advent
markets and elections, the 2020 lockdowns); amounts that change over years (a waste fee per
resident, bulky-waste pickup charges, a council's domestic waste charge each July, an
association's annual dues, Japan's consumption tax from 8% to 10% with its reduced rate, a
suggested monthly donation, a forum's yearly sponsor); mid-body inserts ("Related:" lines and
their kin with other articles' titles, advertisement markers up to twice, sponsor strips,
lost-pet appeals, shop details, photo credits); moderation notices, comment rules reworded
for the GDPR, "views are the author's own" lines on community posts, the Swedish responsible
publisher and the Austrian media-law disclosure; multi-line blocks (digest footers, forum
footers, imprints), bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MONATE_AT = ("Jänner",) + MONATE[1:]
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # the genitive, as in dates
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
HODASHIM = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
            "אוקטובר", "נובמבר", "דצמבר")
YAMIM = ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")

# --- helpers of this set ------------------------------------------------------------------


def noise(day: dt.date, key: str) -> float:
    """A made-up number from 0 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}|{day.isoformat()}".encode()) / 0xFFFFFFFF


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week: the week a bin reminder is written for."""
    return day - dt.timedelta(days=day.weekday())


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    return [value for start, value in table if start <= day.isoformat()][-1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str, str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table` ((first ISO day, value),
    ...): `text(start, value)`, from the oldest day the one in force on the set's first day."""
    first = [(s, v) for s, v in table if s <= FIRST_DAY.isoformat()][-1]
    out = [(_OLD, text(*first))]
    out += [(start, text(start, value)) for start, value in table
            if start > FIRST_DAY.isoformat()]
    return tuple(out)


def next_meeting(day: dt.date, meeting: Callable[[int, int], dt.date],
                 skip: tuple[int, ...] = ()) -> dt.date:
    """The next monthly meeting on or after `day` (`meeting(year, month)`), no meeting in
    the months of `skip`."""
    y, m = day.year, day.month
    while True:
        if m not in skip and meeting(y, m) >= day:
            return meeting(y, m)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def us_election_day(y: int) -> dt.date:
    """The Tuesday after the first Monday of November."""
    return nth_weekday(y, 11, 0, 1) + ONE


def first_advent(y: int) -> dt.date:
    """The first Sunday of Advent: the fourth Sunday before Christmas Day."""
    christmas = dt.date(y, 12, 25)
    return christmas - dt.timedelta(days=christmas.weekday() + 1 + 21)


def midsummer_eve(y: int) -> dt.date:
    """Swedish Midsummer Eve: the Friday from 19 to 25 June."""
    first = dt.date(y, 6, 19)
    return first + dt.timedelta(days=(4 - first.weekday()) % 7)


def corpus_christi(y: int) -> dt.date:
    """Corpus Christi (Boże Ciało): the Thursday 60 days after Easter."""
    return easter(y) + dt.timedelta(days=60)


def aedt(day: dt.date) -> bool:
    """Whether Sydney is on summer time (AEDT): from the first Sunday of October to the
    first Sunday of April."""
    return day < nth_weekday(day.year, 4, 6, 1) or day >= nth_weekday(day.year, 10, 6, 1)


def israel_summer_time(day: dt.date) -> bool:
    """Israeli summer time (from 2013): from the Friday before the last Sunday of March to
    the last Sunday of October."""
    start = last_weekday(day.year, 3, 6) - 2 * ONE
    return start <= day < last_weekday(day.year, 10, 6)


def tel_aviv_sunset(day: dt.date) -> int:
    """A rough sunset in Tel Aviv on `day`, in minutes after local midnight (summer time
    counted)."""
    doy = day.timetuple().tm_yday
    minutes = 1064 + 66 * math.cos(2 * math.pi * (doy - 178) / 365.25)
    return round(minutes) + 60 * israel_summer_time(day)


def clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def shabbat_friday(day: dt.date) -> dt.date:
    """The Friday of the Sabbath a site shows on `day`: the coming one, the current one on
    Saturday."""
    if day.weekday() == 5:
        return day - ONE
    return day + dt.timedelta(days=(4 - day.weekday()) % 7)


REIWA = dt.date(2019, 5, 1)


def wareki(day: dt.date) -> str:
    """The Japanese era date: Heisei to 30 April 2019, Reiwa from 1 May 2019 (its first year
    written 元年)."""
    if day >= REIWA:
        n, era = day.year - 2018, "令和"
    else:
        n, era = day.year - 1988, "平成"
    return f"{era}{'元' if n == 1 else n}年{day.month}月{day.day}日"


# --- an American patch-style town news site -----------------------------------------------

CH_REDESIGN = dt.date(2018, 3, 12)
CH_EVENTS = dt.date(2016, 9, 6)
CH_NEWSLETTER = dt.date(2017, 5, 1)
CH_SNOW = ("2015-01-26", "2015-02-09", "2016-01-22", "2017-03-13", "2018-01-04", "2018-03-07",
           "2019-01-19", "2020-12-16")


def _ch_dated(day: dt.date) -> str:
    if day < CH_REDESIGN:
        return f"Posted {MONTHS[day.month - 1][:3]} {day.day}, {day.year} at {{time12}}"
    return (f"Updated {WEEKDAYS[day.weekday()][:3]}, {MONTHS[day.month - 1][:3]} {day.day}, "
            f"{day.year} at {{time12}} ET")


def _ch_holidays(y: int) -> list[tuple[dt.date, str]]:
    return [(dt.date(y, 1, 1), "New Year's Day"), (last_weekday(y, 5, 0), "Memorial Day"),
            (dt.date(y, 7, 4), "Independence Day"), (nth_weekday(y, 9, 0, 1), "Labor Day"),
            (thanksgiving(y), "Thanksgiving"), (dt.date(y, 12, 25), "Christmas Day")]


def _ch_sweeping(day: dt.date) -> str:
    if 4 <= day.month <= 11:
        return ("🧹 Street sweeping season runs April 1 to November 30: check the posted signs "
                "on your block.")
    return ("❄️ Winter parking rules are in effect: no overnight parking on snow routes when "
            "a snow emergency is declared.")


@cache
def _ch_banner() -> Wordings:
    elections = [_vote(us_election_day(y).isoformat(),
                       f"🗳️ Election Day is Tuesday, November {us_election_day(y).day}: polls "
                       f"open 6 a.m. to 8 p.m. Find your polling place.", before=7, after=0)
                 for y in YEARS]
    snow = [(iso_day(first), iso_day(first, 3),
             f"❄️ Snow emergency declared {MONTHS[iso_day(first).month - 1]} "
             f"{iso_day(first).day}: move cars off snow routes until it is lifted.")
            for first in CH_SNOW]
    covid = [_span("2020-03-16", "2020-06-30", "🦠 Town Hall is closed to walk-ins; most "
                                               "permits and payments are online for now.")]
    trash: list[Event] = []
    for y in range(2015, 2022):
        for day, name in _ch_holidays(y):
            if day.weekday() < 5:
                monday = monday_of(day)
                trash.append((monday - 2 * ONE, monday + 6 * ONE,
                              f"🗑️ No pickup on {name} ({MONTHS[day.month - 1]} {day.day}): "
                              f"trash and recycling run one day late the rest of the week."))
    trash.sort()
    return _calendar(_ch_sweeping, elections, snow, covid, trash)


def cedarhollow_style() -> PublisherStyle:
    """An American patch-style town news site: a topic and a neighborhood from pools, "Posted"
    with the short date and the time turned "Updated" with the weekday and "ET" on 12 March
    2018 (a wording per day), "By" with "Staff", a community-post disclaimer on some
    articles, a town banner that follows the street-sweeping and winter-parking seasons and
    turns for Election Days, snow emergencies, the trash-pickup delays of holiday weeks and
    the pandemic, "RELATED:" and "Advertisement" (up to twice) mid-body, a local-business
    sponsor strip and a "Coming up:" event listing from pools, an events-calendar line
    reworded, the tips, newsletter and
    copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="cedarhollowlocal.com", site="Cedar Hollow Local", base_size=260,
        subdomains=(("", 70), ("www.", 30)),
        sections=("news", "police-fire", "schools", "traffic", "real-estate", "community"),
        n_authors=9, url_path="/{section}/{slug}",
        pools={
            "topic": ("Local News", "Police & Fire", "Schools", "Traffic & Transit",
                      "Real Estate", "Community Corner", "Obituaries"),
            "hood": ("Downtown", "Millbrook", "West End", "Harbor Heights", "Old Orchard",
                     "Riverside", "Fox Run"),
            "sponsor": ("Bellamy's Hardware", "Cedar Hollow Dental Group", "Rossi & Daughters "
                        "Pizzeria", "Northgate Realty", "Green Thumb Landscaping"),
            "event": ("Farmers market, Saturdays 8 a.m. to noon, Town Green",
                      "Story time for toddlers, Wednesdays 10:30 a.m., Cedar Hollow Library",
                      "Friends of the Library book sale, First Congregational Church",
                      "Zoning board of appeals, Town Hall, Room 2, 7 p.m.",
                      "Cleanup day at Millbrook Pond: gloves and bags provided"),
        },
        families=(
            _f("topic", HEADER, 0.55, (_OLD, "{topic}")),
            _f("hood", HEADER, 0.35, (_OLD, "Neighborhood: {hood}")),
            _f("dated", HEADER, 0.9, *_by_day(_ch_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}, Cedar Hollow Local Staff"),
               (CH_REDESIGN.isoformat(), "{author}, Cedar Hollow Local Staff")),
            _f("community", HEADER, 0.1, (_OLD, "This post was contributed by a community "
                                                "member. The views expressed here are the "
                                                "author's own.")),
            _f("banner", HEADER, 0.3, *_ch_banner()),
            _f("related", MIDDLE, 0.45, (_OLD, "RELATED: {other_title}")),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("sponsor", MIDDLE, 0.15, (_OLD, "Local business spotlight, sponsored by "
                                               "{sponsor}")),
            _f("coming-up", MIDDLE, 0.2, (_OLD, "📅 Coming up: {event}")),
            _f("events", FOOTER, 0.2,
               (_OLD, "Have an event? Post it to the Cedar Hollow Local calendar."),
               (CH_EVENTS.isoformat(), "📅 Yard sales, fundraisers, library hours: post your "
                                       "event to the Cedar Hollow Local calendar. It's free.")),
            _f("tips", FOOTER, 0.4, (_OLD, "Got a news tip? Email tips@cedarhollowlocal.com")),
            _f("newsletter", FOOTER, 0.35,
               (_OLD, "Subscribe to Cedar Hollow Local's free daily newsletter."),
               (CH_NEWSLETTER.isoformat(), "📰 Get Cedar Hollow news in your inbox every "
                                           "morning. Sign up free.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Cedar Hollow Local Media LLC. All "
                                                "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article misstated the time of the "
                                                  "hearing.")),
        ),
    )


# --- a British neighbourhood app's daily digest -------------------------------------------

KM_REDESIGN = dt.date(2019, 3, 4)
KM_GDPR = dt.date(2018, 5, 25)


def bank_holiday_mondays(y: int) -> list[dt.date]:
    """England's Monday bank holidays besides Christmas (Easter Monday, the early May
    holiday but in 2020, the spring and summer holidays)."""
    out = [easter(y) + ONE, last_weekday(y, 5, 0), last_weekday(y, 8, 0)]
    if y != 2020:
        out.append(nth_weekday(y, 5, 0, 1))
    return sorted(out)


VE_DAY_2020 = dt.date(2020, 5, 8)  # the early May bank holiday moved to a Friday


def _km_bins(day: dt.date) -> str:
    monday = monday_of(day)
    week = f"w/c {monday.day} {MONTHS[monday.month - 1]}"
    sunday = monday + 6 * ONE
    if any(monday <= dt.date(y, m, d) <= sunday for y in (monday.year, sunday.year)
           for m, d in ((12, 25), (1, 1))):
        return (f"Bin day this week ({week}): Christmas and New Year collections run up to "
                f"two days late.")
    if monday <= VE_DAY_2020 <= sunday:
        return (f"Bin day this week ({week}): Friday's bank holiday moves Friday collections "
                f"to Saturday.")
    if monday in bank_holiday_mondays(monday.year):
        return (f"Bin day this week ({week}): bank holiday Monday, so every collection is a "
                f"day late, Saturday included.")
    if (monday.toordinal() // 7) % 2:
        bins = "blue bin (recycling)"
        if 3 <= monday.month <= 11:
            bins += " and brown bin (garden waste)"
    else:
        bins = "green bin (general waste)"
    return f"Bin day this week ({week}): {bins} plus your food caddy."


def _km_digest(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if day < KM_REDESIGN:
        return f"Your Kingsmead Neighbours digest for {when}"
    return f"Today on Kingsmead Neighbours · {when} {day.year}"


def _km_dated(day: dt.date) -> str:
    if day < KM_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]}"
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


@cache
def _km_pets() -> Wordings:
    base = _steps((_OLD, "🐾 Lost or found a pet? Post it in Lost & Found so neighbours can "
                         "look out for them."))
    bonfire = _yearly("11-05", 4, 2, lambda y: f"🎆 Bonfire Night {y}: keep cats and dogs "
                                               f"indoors after dark and check their microchip "
                                               f"details.")
    new_year = _yearly("12-31", 2, 1, lambda y: f"🎆 Fireworks on New Year's Eve {y}: walk "
                                                f"dogs before dark and keep cats in.")
    return _calendar(base, bonfire, new_year)


def kingsmead_style() -> PublisherStyle:
    """A British neighbourhood app's daily digest: the digest's header with the weekday and
    the day (a wording per day, turned "Today on" with the year on 4 March 2019), "Posted in"
    with a category and an area from pools (their order swapped on the redesign), the short
    date with no year turned the weekday and the year (a wording per day), the week's bin
    reminder (a wording per week: alternate fortnights, garden waste from March to November,
    bank-holiday weeks, Christmas and VE Day's moved holiday), a rare moderator's note, a
    lost-pet line turned by Bonfire Night and New Year's Eve fireworks, a sponsor strip from
    a pool, "Reply · Thank · Share", the community guidelines reworded for the GDPR, the
    why-you-get-this, unsubscribe and company lines (a block), a rare update."""
    return PublisherStyle(
        domain="kingsmeadneighbours.co.uk", site="Kingsmead Neighbours", base_size=230,
        subdomains=(("www.", 60), ("digest.", 40)),
        sections=("general", "recommendations", "lost-and-found", "safety", "for-sale"),
        n_authors=16, url_path="/p/{n}",
        pools={
            "category": ("General", "Recommendations", "Lost & Found", "Crime & Safety",
                         "For Sale & Free", "Events"),
            "area": ("Kingsmead", "Hollybank", "St Anne's", "Canal Side", "Ferry Lane",
                     "The Glebe"),
            "sponsor": ("Hollybank Vets", "Patel's Pharmacy", "Glebe Lane Garage",
                        "Canal Side Coffee Co.", "Brightwell Estate Agents"),
        },
        families=(
            _f("digest", HEADER, 0.6, *_by_day(_km_digest)),
            _f("posted-in", HEADER, 0.85, (_OLD, "Posted in {category} · {area}"),
               (KM_REDESIGN.isoformat(), "{area} · Posted in {category}")),
            _f("dated", HEADER, 0.75, *_by_day(_km_dated)),
            _f("bins", HEADER, 0.25, *_by_day(_km_bins)),
            _f("moderated", HEADER, 0.05, (_OLD, "This post was edited by a moderator to "
                                                 "remove personal details.")),
            _f("pets", MIDDLE, 0.12, *_km_pets()),
            _f("sponsor", MIDDLE, 0.2, (_OLD, "Sponsored · {sponsor}")),
            _f("reactions", FOOTER, 0.6, (_OLD, "Reply · Thank · Share")),
            _f("guidelines", FOOTER, 0.3,
               (_OLD, "Please keep posts neighbourly. Read our community guidelines."),
               (KM_GDPR.isoformat(), "Please keep posts neighbourly: read our community "
                                     "guidelines and our updated privacy notice.")),
            _f("why", FOOTER, 0.45, (_OLD, "You're receiving this digest because you're a "
                                           "verified member of Kingsmead Neighbours.")),
            _f("unsubscribe", FOOTER, 0.45, (_OLD, "Manage your email settings · "
                                                   "Unsubscribe")),
            _f("company", FOOTER, 0.3, (_OLD, "Kingsmead Neighbours CIC, registered in England "
                                              "and Wales no. 10442871")),
            _f("update", HEADER, 0.04, (_OLD, "Update from the poster: this has now been "
                                              "sorted, thank you all.")),
        ),
    )


# --- a German district news site ----------------------------------------------------------

SA_REDESIGN = dt.date(2018, 9, 3)
SA_DSGVO = dt.date(2018, 5, 25)
SA_KALENDER = dt.date(2017, 2, 1)
SA_BAUSTELLEN = (
    ("2015-04-13", "2015-06-26", "Vollsperrung der Kastanienallee zwischen Bahnhofstraße und "
                                 "Marktplatz: Umleitung über die Lindenstraße"),
    ("2016-03-07", "2016-11-18", "Kanalbau in der Gartenstraße: Einbahnregelung "
                                 "stadtauswärts"),
    ("2017-07-03", "2017-08-25", "Gleisarbeiten: Straßenbahnlinie 4 fährt nicht zwischen "
                                 "Südbahnhof und Rosenplatz"),
    ("2018-05-14", "2018-10-05", "Neubau der Fußgängerbrücke am Mühlbach: Geh- und Radweg "
                                 "gesperrt"),
    ("2019-03-18", "2019-12-13", "Umbau des Rosenplatzes: Bushaltestelle in die "
                                 "Schillerstraße verlegt"),
    ("2020-06-29", "2020-09-11", "Fahrbahnsanierung Bahnhofstraße: halbseitige Sperrung mit "
                                 "Ampelregelung"),
)


def feiertage_de(y: int) -> list[tuple[dt.date, str]]:
    """The public holidays that move a week's collections (a Land with Whit Monday and
    Corpus Christi not counted; Reformation Day in 2017 only)."""
    e = easter(y)
    out = [(dt.date(y, 1, 1), "Neujahr"), (e - 2 * ONE, "Karfreitag"), (e + ONE, "Ostermontag"),
           (dt.date(y, 5, 1), "Tag der Arbeit"), (e + 39 * ONE, "Christi Himmelfahrt"),
           (e + 50 * ONE, "Pfingstmontag"), (dt.date(y, 10, 3), "Tag der Deutschen Einheit"),
           (dt.date(y, 12, 25), "1. Weihnachtstag"), (dt.date(y, 12, 26), "2. Weihnachtstag")]
    if y == 2017:
        out.append((dt.date(2017, 10, 31), "Reformationstag"))
    return sorted(out)


def _sa_dated(day: dt.date) -> str:
    if day < SA_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}, "
            f"{{time}} Uhr")


def _sa_abfuhr(day: dt.date) -> str:
    monday = monday_of(day)
    woche = f"Abfuhr in der Woche ab {monday.day}. {MONATE[monday.month - 1]}"
    for feiertag, name in feiertage_de(monday.year) + feiertage_de(monday.year + 1):
        if monday <= feiertag < monday + 5 * ONE:
            return (f"{woche}: wegen {name} verschieben sich alle Termine ab "
                    f"{WOCHENTAGE[feiertag.weekday()]} um einen Tag.")
    if monday.month == 1 and 7 <= monday.day <= 20:
        return f"{woche}: Abholung der Weihnachtsbäume, bitte abgeschmückt bereitstellen."
    if (monday.toordinal() // 7) % 2:
        return f"{woche}: Restmüll und Biotonne."
    return f"{woche}: Gelbe Säcke und Altpapier."


@cache
def _sa_baustelle() -> Wordings:
    base = _steps((_OLD, "Baustellen und Sperrungen im Stadtteil: alle aktuellen Meldungen "
                         "auf unserer Verkehrsseite"))
    works = [_span(first, last, f"🚧 {text}") for first, last, text in SA_BAUSTELLEN]
    return _calendar(base, works)


@cache
def _sa_termine() -> Wordings:
    base = _steps((_OLD, "Veranstaltungen im Stadtteil? Tragen Sie Ihren Termin kostenlos in "
                         "unseren Kalender ein."),
                  (SA_KALENDER.isoformat(), "📅 Flohmarkt, Lesung, Vereinsfest: Ihr Termin "
                                            "kostenlos im Südstadt-Kalender"))
    wahlen = [_vote("2017-09-24", "🗳️ Bundestagswahl am 24. September 2017: Ihr Wahllokal "
                                  "steht auf der Wahlbenachrichtigung", after=0),
              _vote("2019-05-26", "🗳️ Europawahl am 26. Mai 2019: Ihr Wahllokal steht auf der "
                                  "Wahlbenachrichtigung", after=0)]
    corona = [_span("2020-03-16", "2020-05-10", "Corona: Bürgerbüro nur mit Termin, alle "
                                                "Veranstaltungen im Stadtteil abgesagt")]

    def fest(y: int) -> str:
        if y == 2020:
            return "Das Südstadtfest 2020 fällt wegen der Corona-Pandemie aus"
        sat = nth_weekday(y, 9, 5, 2)
        return (f"🎪 Südstadtfest {y} am {sat.day}. und {sat.day + 1}. September: Programm und "
                f"Straßensperrungen")

    feste = _movable(lambda y: nth_weekday(y, 9, 5, 2), 7, 1, fest)

    def markt(y: int) -> str:
        if y == 2020:
            return "Kein Weihnachtsmarkt auf dem Rosenplatz in diesem Jahr"
        return f"🎄 Weihnachtsmarkt auf dem Rosenplatz bis 23. Dezember {y}: täglich 11 bis 20 Uhr"

    maerkte = [(first_advent(y) - 4 * ONE, dt.date(y, 12, 24), markt(y)) for y in YEARS]
    return _calendar(base, wahlen, corona, feste, maerkte)


def suedstadt_style() -> PublisherStyle:
    """A German district news site: the district from a pool, the numeric date turned the
    weekday, the long date and the time on 3 September 2018 (a wording per day), "Von"
    turned "Autor:", the week's collections (a wording per week: residual and organic waste
    in turn with yellow bags and paper, holiday weeks with the holiday's name, Christmas
    trees in January), a street-works line by date mid-body, "Anzeige" (up to twice) and
    "Auch interessant:" mid-body, a calendar line reworded and turned by the federal and
    European elections, the Stadtteilfest, the Christmas market and the pandemic, a
    readers'-letters line, the comments line reworded for the GDPR, the imprint and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="suedstadt-anzeiger.de", site="Südstadt-Anzeiger", base_size=200,
        subdomains=(("www.", 100),),
        sections=("stadtteil", "verkehr", "kultur", "vereine", "politik"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={"stadtteil": ("Südstadt", "Rosenviertel", "Am Mühlbach", "Bahnhofsviertel",
                             "Gartenstadt", "Südfriedhof")},
        families=(
            _f("stadtteil", HEADER, 0.5, (_OLD, "{stadtteil}")),
            _f("datum", HEADER, 0.88, *_by_day(_sa_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (SA_REDESIGN.isoformat(), "Autor: {author}")),
            _f("abfuhr", HEADER, 0.2, *_by_day(_sa_abfuhr)),
            _f("baustelle", MIDDLE, 0.15, *_sa_baustelle()),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("auch", MIDDLE, 0.35, (_OLD, "Auch interessant: {other_title}")),
            _f("termine", FOOTER, 0.2, *_sa_termine()),
            _f("leserbrief", FOOTER, 0.08, (_OLD, "Leserbriefe geben nicht unbedingt die "
                                                  "Meinung der Redaktion wieder. Kürzungen "
                                                  "behalten wir uns vor.")),
            _f("kommentare", FOOTER, 0.25,
               (_OLD, "Kommentare werden vor der Freischaltung von der Redaktion geprüft."),
               (SA_DSGVO.isoformat(), "Kommentare werden vor der Freischaltung geprüft. Wie "
                                      "wir Ihre Daten verarbeiten, steht in unserer "
                                      "Datenschutzerklärung.")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Südstadt-Anzeiger · Stadtteilverlag Kessler "
                                                "GmbH · Impressum · Datenschutz")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Stadtteilverlag Kessler GmbH")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version stand "
                                                 "ein falscher Termin für die "
                                                 "Bürgerversammlung.")),
        ),
    )


# --- a French neighbourhood news association ---------------------------------------------

EP_REDESIGN = dt.date(2019, 9, 2)
EP_AGENDA = dt.date(2017, 3, 1)
EP_MODERATION = dt.date(2016, 11, 2)
EP_DONS = (("2012-01-01", "3 €"), ("2019-01-01", "5 €"))
EP_TRAVAUX = (
    ("2015-06-01", "2015-09-30", "Travaux montée de la Grande-Côte : passage piéton "
                                 "uniquement"),
    ("2016-05-17", "2016-08-31", "Réfection de la place Sathonay : stationnement interdit"),
    ("2017-07-10", "2017-08-25", "Voirie rue des Tables-Claudiennes : circulation alternée"),
    ("2018-04-03", "2018-12-21", "Chantier du parking Croix-Paquet : accès piétons "
                                 "modifiés"),
    ("2019-06-24", "2019-10-18", "Canalisations rue d'Austerlitz : rue fermée à la "
                                 "circulation"),
    ("2020-07-06", "2020-08-28", "Travaux d'été sur le métro C : bus relais entre Hôtel de "
                                 "Ville et Croix-Rousse"),
)
EP_COUNCIL_PAUSE = (dt.date(2020, 3, 14), dt.date(2020, 9, 1))


def fete_des_voisins(y: int) -> dt.date:
    """The Fête des voisins: the last Friday of May (moved to 18 September in 2020)."""
    return dt.date(2020, 9, 18) if y == 2020 else last_weekday(y, 5, 4)


def _ep_dated(day: dt.date) -> str:
    if day < EP_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Publié le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} à "
            f"{{time}}")


def _ep_conseil(day: dt.date) -> str:
    if EP_COUNCIL_PAUSE[0] <= day < EP_COUNCIL_PAUSE[1]:
        return "Les conseils de quartier sont suspendus pendant la crise sanitaire."
    meeting = next_meeting(day, lambda y, m: nth_weekday(y, m, 1, 1), skip=(8,))
    return (f"Prochain conseil de quartier : mardi {meeting.day} {MOIS[meeting.month - 1]} "
            f"{meeting.year} à 19 h, maison des associations")


@cache
def _ep_travaux() -> Wordings:
    base = _steps((_OLD, "Travaux dans le quartier : consultez la carte des chantiers de la "
                         "Métropole"))
    works = [_span(first, last, f"🚧 {text}") for first, last, text in EP_TRAVAUX]
    return _calendar(base, works)


@cache
def _ep_agenda() -> Wordings:
    base = _steps((_OLD, "Annoncez gratuitement vos événements de quartier dans notre "
                         "agenda."),
                  (EP_AGENDA.isoformat(), "📅 Vide-greniers, expos, réunions d'immeuble : "
                                          "proposez vos rendez-vous à l'agenda de L'Écho des "
                                          "Pentes"))
    votes = [_vote("2020-03-15", "🗳️ Municipales : premier tour le dimanche 15 mars 2020",
                   after=0),
             _vote("2020-06-28", "🗳️ Municipales : second tour le dimanche 28 juin 2020",
                   after=0)]
    confinement = [_span("2020-03-17", "2020-05-10", "🏠 Confinement : commerces du quartier "
                                                     "ouverts et livraisons, notre liste"),
                   _span("2020-10-30", "2020-12-14", "🏠 Reconfinement : les commerces du "
                                                     "quartier qui livrent ou font du "
                                                     "retrait")]
    voisins = _movable(fete_des_voisins, 10, 0, lambda y: (
        f"🥂 Fête des voisins le vendredi {fete_des_voisins(y).day} "
        f"{MOIS[fete_des_voisins(y).month - 1]} {y} : inscrivez votre immeuble"))
    musique = _yearly("06-21", 5, 0, lambda y: f"🎶 Fête de la musique {y} : les scènes des "
                                               f"Pentes, rue par rue")

    def lumieres(y: int) -> str:
        if y == 2015:
            return ("Le 8 décembre 2015, la Fête des Lumières laisse place à un hommage aux "
                    "victimes des attentats")
        if y == 2020:
            return "Pas de Fête des Lumières en 2020 : pensez aux lumignons aux fenêtres"
        return f"✨ Fête des Lumières {y} : circulation et accès aux Pentes du 5 au 8 décembre"

    return _calendar(base, votes, _yearly("12-08", 6, 0, lumieres), confinement, voisins,
                     musique)


def echodespentes_style() -> PublisherStyle:
    """A French neighbourhood news association in Lyon's Pentes: a section and a
    neighbourhood from pools, "Publié le" with the numeric date turned the weekday, the long
    date and the time on 2 September 2019 (a wording per day), "Par", the next neighbourhood
    council (a wording per month: the first Tuesday, none in August, suspended in 2020),
    "À lire aussi :" and "Publicité" (up to twice) mid-body, a street-works line by date
    mid-body, an agenda line reworded and turned by the municipal election rounds, the
    lockdowns, the Fête des voisins (moved in 2020), the Fête de la musique and the Fête des
    Lumières (a tribute in 2015, cancelled in 2020), the moderation line reworded, the
    support line with its suggested monthly gift (raised in 2019) and the copyright line (a
    block), a rare erratum."""
    return PublisherStyle(
        domain="echodespentes.fr", site="L'Écho des Pentes", base_size=175,
        subdomains=(("www.", 100),),
        sections=("vie-de-quartier", "commerces", "urbanisme", "associations", "sorties"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrique": ("Vie de quartier", "Commerces", "Urbanisme", "Associations",
                         "Sorties", "Portraits"),
            "quartier": ("Pentes de la Croix-Rousse", "Terreaux", "Saint-Vincent",
                         "Plateau", "Quais de Saône"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("quartier", HEADER, 0.3, (_OLD, "Quartier : {quartier}")),
            _f("date", HEADER, 0.85, *_by_day(_ep_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}")),
            _f("conseil", HEADER, 0.2, *_by_day(_ep_conseil)),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("pub", MIDDLE, 0.25, (_OLD, "Publicité"), count=2),
            _f("travaux", MIDDLE, 0.15, *_ep_travaux()),
            _f("agenda", FOOTER, 0.3, *_ep_agenda()),
            _f("moderation", FOOTER, 0.2,
               (_OLD, "Les commentaires sont modérés. Merci de rester courtois."),
               (EP_MODERATION.isoformat(), "Les commentaires sont modérés a posteriori : tout "
                                           "propos injurieux ou diffamatoire sera supprimé.")),
            _f("soutien", FOOTER, 0.25, *from_table(EP_DONS, lambda _, v: (
                f"L'Écho des Pentes est un média associatif sans publicité ciblée : "
                f"soutenez-nous dès {v} par mois."))),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} L'Écho des Pentes, association loi "
                                                "1901")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une première version de cet article "
                                               "indiquait une mauvaise adresse.")),
        ),
    )


# --- a Swedish suburban local paper -------------------------------------------------------

SO_REDESIGN = dt.date(2017, 11, 6)
SO_UTGIVARE = dt.date(2018, 3, 1)
SO_GROVAVFALL = (("2014-01-01", "295"), ("2016-01-01", "310"), ("2018-01-01", "330"),
                 ("2020-01-01", "355"))


def _so_dated(day: dt.date) -> str:
    if day < SO_REDESIGN:
        return f"{day.day} {MANADER[day.month - 1]} {day.year} {{time}}"
    return f"Publicerad {day.day} {MANADER[day.month - 1]} {day.year} kl. {{time}}"


def _so_season(day: dt.date) -> str:
    if 4 <= day.month <= 5:
        return ("🧹 Vårstädning pågår: flytta bilen när skyltarna säger att gatan ska "
                "sopas.")
    return "Grovsopbilen kommer till ditt område en gång i månaden: se tider och platser här."


@cache
def _so_notis() -> Wordings:
    val = [_vote("2018-09-09", "🗳️ Valdagen är söndag 9 september 2018: förtidsröstningen "
                               "pågår i Söderorts bibliotek", before=14, after=0)]
    corona = [_span("2020-03-12", "2020-06-15", "Corona: håll avstånd i butiker och på "
                                                "bussen, följ myndigheternas råd")]

    def valborg(y: int) -> str:
        if y == 2020:
            return "Valborg 2020: inga stora brasor i parkerna i år"
        return f"🔥 Valborgsmässoafton {y}: brasor och vårtal i parkerna, se programmet"

    valborgar = _yearly("04-30", 3, 0, valborg)
    midsommar = _movable(midsummer_eve, 5, 0, lambda y: (
        f"Midsommarafton {midsummer_eve(y).day} juni {y}: dans kring stången vid "
        f"Hägerstensåsens gård"))
    lucia = _yearly("12-13", 3, 0, lambda y: f"Luciatåg {y} i Söderorts kyrkor och skolor: "
                                             f"se alla tider")
    return _calendar(_so_season, val, valborgar, corona, midsommar, lucia)


def soderort_style() -> PublisherStyle:
    """A Swedish suburban local paper: the district from a pool, the date and the time
    turned "Publicerad" with "kl." on 6 November 2017 (a wording per day), "Av" turned
    "Text:", a notice that follows spring street cleaning and the bulky-waste rounds and
    turns for the 2018 election, Valborg, Midsummer, Lucia and the pandemic, "Läs också:"
    and "Annons" (up to twice) mid-body, the bulky-waste truck's stop from a pool, the
    bulky-waste pickup charge (raised in 2016, 2018 and 2020), the tips line, the
    responsible publisher (a new one from March 2018) and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="soderortsbladet.se", site="Söderortsbladet", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nyheter", "trafik", "kultur", "sport", "bostad"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "stadsdel": ("Hägersten", "Årsta", "Enskede", "Farsta", "Bandhagen", "Högdalen"),
            "plats": ("Hägerstensvägen vid ICA", "Årsta torg", "Bandhagens centrum",
                      "Högdalsplan", "Farsta strand"),
        },
        families=(
            _f("stadsdel", HEADER, 0.45, (_OLD, "{stadsdel}")),
            _f("datum", HEADER, 0.85, *_by_day(_so_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "Av {author}"),
               (SO_REDESIGN.isoformat(), "Text: {author}")),
            _f("notis", HEADER, 0.2, *_so_notis()),
            _f("las", MIDDLE, 0.35, (_OLD, "Läs också: {other_title}")),
            _f("annons", MIDDLE, 0.3, (_OLD, "Annons"), count=2),
            _f("grovsopor", MIDDLE, 0.12, (_OLD, "Grovsopbilen står vid {plats} tisdag kl. "
                                                 "17–19.")),
            _f("avgift", FOOTER, 0.15, *from_table(SO_GROVAVFALL, lambda _, v: (
                f"Hämtning av grovavfall vid porten kostar {v} kronor per tillfälle."))),
            _f("tips", FOOTER, 0.35, (_OLD, "Tipsa redaktionen: tips@soderortsbladet.se eller "
                                            "sms 0730-12 34 56")),
            _f("utgivare", FOOTER, 0.35, (_OLD, "Ansvarig utgivare: Karin Lindqvist"),
               (SO_UTGIVARE.isoformat(), "Ansvarig utgivare: Johan Ekström")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Söderortsbladet AB")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: i en tidigare version angavs fel "
                                                "datum för mötet.")),
        ),
    )


# --- a Polish district portal -------------------------------------------------------------

WG_REDESIGN = dt.date(2018, 1, 8)
WG_RODO = dt.date(2018, 5, 25)
WG_NEWSLETTER = dt.date(2019, 2, 1)
WG_OPLATA = (("2013-07-01", "10,00 zł"), ("2016-01-01", "11,00 zł"), ("2019-04-01", "14,00 zł"),
             ("2020-03-01", "19,50 zł"))
WG_BUDZET = {2015: ("2015-09-14", "2015-09-27"), 2016: ("2016-09-12", "2016-09-25"),
             2017: ("2017-06-05", "2017-06-18"), 2018: ("2018-06-11", "2018-06-24"),
             2019: ("2019-06-10", "2019-06-23"), 2020: ("2020-09-07", "2020-09-20")}
WG_WYBORY = (("2015-05-10", "wybory prezydenckie, I tura"),
             ("2015-05-24", "wybory prezydenckie, II tura"),
             ("2015-10-25", "wybory parlamentarne"), ("2018-10-21", "wybory samorządowe"),
             ("2019-05-26", "wybory do Parlamentu Europejskiego"),
             ("2019-10-13", "wybory parlamentarne"),
             ("2020-06-28", "wybory prezydenckie, I tura"),
             ("2020-07-12", "wybory prezydenckie, II tura"))
FRAKCJE = ("odpady zmieszane i bio", "papier i szkło", "metale i tworzywa sztuczne")


def swieta_pl(y: int) -> list[dt.date]:
    """Poland's public holidays."""
    e = easter(y)
    fixed = [(1, 1), (1, 6), (5, 1), (5, 3), (8, 15), (11, 1), (11, 11), (12, 25), (12, 26)]
    return sorted([dt.date(y, m, d) for m, d in fixed] + [e + ONE, corpus_christi(y)])


def _wg_dated(day: dt.date) -> str:
    if day < WG_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year}, godz. {{time}}"


def _wg_odpady(day: dt.date) -> str:
    monday = monday_of(day)
    text = (f"Wywóz odpadów w tygodniu od {monday.day} {MIESIACE[monday.month - 1]}: "
            f"{FRAKCJE[(monday.toordinal() // 7) % 3]}")
    holidays = [s for s in swieta_pl(monday.year) + swieta_pl(monday.year + 1)
                if monday <= s < monday + 5 * ONE]
    if holidays:
        s = holidays[0]
        text += f" (święto {s.day} {MIESIACE[s.month - 1]}: odbiór przesunięty na sobotę)"
    return text + "."


@cache
def _wg_komunikat() -> Wordings:
    base = _steps((_OLD, "Polub nas na Facebooku: najświeższe wiadomości z Górnej"),
                  (WG_NEWSLETTER.isoformat(), "📩 Zapisz się na nasz newsletter: co piątek "
                                              "najważniejsze sprawy dzielnicy"))
    wybory = [_vote(day, f"🗳️ {day[8:].lstrip('0')} {MIESIACE[int(day[5:7]) - 1]} {day[:4]}: "
                         f"{name}, lokale wyborcze otwarte od 7 do 21", after=0)
              for day, name in WG_WYBORY]
    covid = [_span("2020-03-12", "2020-05-17", "Koronawirus: urząd dzielnicy przyjmuje tylko "
                                               "po wcześniejszym umówieniu wizyty")]
    budzet = [_span(first, last, f"🗳️ Budżet obywatelski {y}: głosowanie potrwa do "
                                 f"{iso_day(last).day} {MIESIACE[iso_day(last).month - 1]}")
              for y, (first, last) in WG_BUDZET.items()]
    swieci = _yearly("11-01", 4, 1, lambda y: f"🕯️ Wszystkich Świętych {y}: zmiany w "
                                              f"komunikacji i linie cmentarne na Zarzewie")
    procesje = _movable(corpus_christi, 2, 0, lambda y: f"Boże Ciało {y}: procesje i "
                                                        f"utrudnienia w ruchu na osiedlach")
    return _calendar(base, wybory, covid, procesje, budzet, swieci)


def wiescizgornej_style() -> PublisherStyle:
    """A Polish district portal: a category from a pool, the numeric date and the time
    turned the weekday, the long date with the month in the genitive and "godz." on 8
    January 2018 (a wording per day), "Autor:", the week's waste fractions in turn (a
    wording per week, holiday weeks moved to Saturday), "Czytaj także:" and "REKLAMA" (up to
    twice) mid-body, a photo credit from a pool, the waste fee per resident (raised in 2016,
    2019 and 2020), a notice reworded and turned by the elections, the participatory-budget
    votes, All Saints' Day, Corpus Christi processions and the pandemic, the comments line,
    the terms line turned a GDPR (RODO) line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="wiescizgornej.pl", site="Wieści z Górnej", base_size=130,
        subdomains=(("www.", 100),),
        sections=("osiedle", "komunikacja", "inwestycje", "kultura", "sport"),
        n_authors=5, url_path="/{section}/{n},{slug}.html",
        pools={
            "kategoria": ("Osiedle", "Komunikacja", "Inwestycje", "Kultura", "Sport",
                          "Bezpieczeństwo"),
            "foto": ("Wieści z Górnej", "UMŁ", "Czytelnik", "archiwum"),
        },
        families=(
            _f("kategoria", HEADER, 0.45, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.85, *_by_day(_wg_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("odpady", HEADER, 0.2, *_by_day(_wg_odpady)),
            _f("czytaj", MIDDLE, 0.35, (_OLD, "Czytaj także: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "REKLAMA"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "fot. {foto}")),
            _f("oplata", FOOTER, 0.15, *from_table(WG_OPLATA, lambda _, v: (
                f"Opłata za odbiór odpadów komunalnych: {v} od mieszkańca miesięcznie."))),
            _f("komunikat", FOOTER, 0.25, *_wg_komunikat()),
            _f("komentarze", FOOTER, 0.3, (_OLD, "Komentarze są moderowane. Redakcja nie "
                                                 "odpowiada za treść wypowiedzi "
                                                 "internautów.")),
            _f("rodo", FOOTER, 0.2,
               (_OLD, "Korzystanie z serwisu oznacza akceptację regulaminu."),
               (WG_RODO.isoformat(), "Administratorem Twoich danych osobowych jest "
                                     "Wydawnictwo Górna sp. z o.o. Szczegóły w polityce "
                                     "prywatności (RODO).")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Wydawnictwo Górna sp. z o.o. "
                                                "Wszelkie prawa zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwszej wersji tekstu "
                                                    "podaliśmy błędny numer linii.")),
        ),
    )


# --- an Israeli neighbourhood site (in Hebrew) --------------------------------------------

HS_REDESIGN = dt.date(2018, 10, 1)
HS_TELEGRAM = dt.date(2019, 1, 6)
EREV_PESACH = {2015: "2015-04-03", 2016: "2016-04-22", 2017: "2017-04-10", 2018: "2018-03-30",
               2019: "2019-04-19", 2020: "2020-04-08"}
LAG_BAOMER = {2015: "2015-05-07", 2016: "2016-05-26", 2017: "2017-05-14", 2018: "2018-05-03",
              2019: "2019-05-23", 2020: "2020-05-12"}
ROSH_HASHANAH = {2015: "2015-09-14", 2016: "2016-10-03", 2017: "2017-09-21",
                 2018: "2018-09-10", 2019: "2019-09-30", 2020: "2020-09-19"}
SUKKOT = {2015: "2015-09-28", 2016: "2016-10-17", 2017: "2017-10-05", 2018: "2018-09-24",
          2019: "2019-10-14", 2020: "2020-10-03"}
HS_BECHIROT = ("2015-03-17", "2018-10-30", "2019-04-09", "2019-09-17", "2020-03-02")


def _he_date(day: dt.date) -> str:
    return f"{day.day} ב{HODASHIM[day.month - 1]} {day.year}"


def _hs_dated(day: dt.date) -> str:
    if day < HS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{YAMIM[day.weekday()]}, {_he_date(day)}, {{time}}"


def _hs_shabbat(day: dt.date) -> str:
    friday = shabbat_friday(day)
    candles = tel_aviv_sunset(friday) - 18
    havdalah = tel_aviv_sunset(friday + ONE) + 36
    return (f"זמני שבת בתל אביב ({friday.day}.{friday.month}): כניסה {clock(candles)} | "
            f"יציאה {clock(havdalah)}")


@cache
def _hs_hodaa() -> Wordings:
    base = _steps((_OLD, "הצטרפו לקבוצת הווטסאפ השכונתית לקבלת עדכונים"),
                  (HS_TELEGRAM.isoformat(), "📲 כל העדכונים מהשכונה בערוץ הטלגרם שלנו: "
                                            "הצטרפו עכשיו"))
    bechirot = [_vote(day, f"🗳️ יום הבחירות, {_he_date(iso_day(day))}: יום שבתון, הקלפיות "
                           f"פתוחות 7:00–22:00", before=5, after=0) for day in HS_BECHIROT]
    corona = [_span("2020-03-15", "2020-05-04", "קורונה: שירותי העירייה ניתנים כעת במוקד "
                                                "הטלפוני 106 ובאתר")]
    chametz = [(iso_day(day, -3), iso_day(day, 1),
                f"ביעור חמץ {y}: עמדות שריפה יוצבו בגינות הציבוריות ב{_he_date(iso_day(day))}"
                if y != 2020 else "ביעור חמץ 2020: בגלל הקורונה אין עמדות שריפה, שורפים ליד "
                                  "הבית ובלי התקהלות")
               for y, day in EREV_PESACH.items()]
    lag = [(iso_day(day, -4), iso_day(day, 1),
            f"ל״ג בעומר {y}: מדורות רק במתחמים שאושרו, הרחק מעצים ומבנים")
           for y, day in LAG_BAOMER.items()]
    tishrei = [(iso_day(day, -5), iso_day(day, 2),
                f"שנה טובה! שינויים בפינוי האשפה בראש השנה {y}") for y, day in
               ROSH_HASHANAH.items()]
    sukkot = [(iso_day(day, -2), iso_day(day, 9),
               f"פינוי סכך וסוכות {y}: מניחים ליד הפחים עד מוצאי החג") for y, day in
              SUKKOT.items()]
    dst: list[Event] = []
    for y in YEARS:
        start, end = last_weekday(y, 3, 6) - 2 * ONE, last_weekday(y, 10, 6)
        dst.append((start - 3 * ONE, start + ONE, "⏰ מעבר לשעון קיץ ביום שישי ב-02:00: "
                                                  "מזיזים את השעון שעה קדימה"))
        dst.append((end - 3 * ONE, end + ONE, "⏰ חוזרים לשעון חורף ביום ראשון ב-02:00: "
                                              "מזיזים את השעון שעה אחורה"))
    return _calendar(base, bechirot, chametz, corona, lag, tishrei, sukkot, dst)


def hashchuna_style() -> PublisherStyle:
    """An Israeli neighbourhood site, in Hebrew: the neighbourhood from a pool, the numeric
    date turned the weekday, the long date and the time on 1 October 2018 (a wording per
    day), "מאת", the week's Sabbath times in Tel Aviv (a wording per week, with summer time),
    "עוד באתר:" and "פרסומת" (up to twice) mid-body, a pruning-waste pickup line and a photo
    credit from pools, a WhatsApp line turned a Telegram appeal and turned by the elections,
    the pandemic, the burning of chametz, Lag BaOmer, Rosh Hashanah, Sukkot and the clock
    changes, the comments line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="hashchuna.co.il", site="השכונה שלי", base_size=115,
        subdomains=(("www.", 100),),
        sections=("news", "community", "education", "realestate", "culture"),
        n_authors=5, url_path="/{section}/{n}",
        pools={
            "shchuna": ("פלורנטין", "נווה שאנן", "יד אליהו", "רמת החייל", "הצפון הישן",
                        "כרם התימנים"),
            "pinui": ("ראשון", "שני", "שלישי", "רביעי", "חמישי"),
            "tzalam": ("דוברות העירייה", "באדיבות התושבים", "מערכת השכונה", "שאטרסטוק"),
        },
        families=(
            _f("shchuna", HEADER, 0.45, (_OLD, "{shchuna}")),
            _f("taarich", HEADER, 0.85, *_by_day(_hs_dated)),
            _f("kotev", HEADER, 0.5, (_OLD, "מאת {author}")),
            _f("shabbat", HEADER, 0.25, *_by_day(_hs_shabbat)),
            _f("od", MIDDLE, 0.35, (_OLD, "עוד באתר: {other_title}")),
            _f("pirsomet", MIDDLE, 0.3, (_OLD, "פרסומת"), count=2),
            _f("gezem", MIDDLE, 0.12, (_OLD, "פינוי גזם וגרוטאות: מוציאים את הפסולת ביום "
                                             "{pinui} בערב בלבד")),
            _f("tzilum", MIDDLE, 0.2, (_OLD, "צילום: {tzalam}")),
            _f("hodaa", FOOTER, 0.3, *_hs_hodaa()),
            _f("tguvot", FOOTER, 0.3, (_OLD, "התגובות באחריות כותביהן בלבד. המערכת רשאית "
                                             "להסיר תגובות פוגעניות.")),
            _f("huquq", FOOTER, 0.3, (_OLD, "© {year} השכונה שלי. כל הזכויות שמורות.")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: בגרסה קודמת של הכתבה נפלה טעות בשעת "
                                             "הכנס.")),
        ),
    )


# --- a Japanese town-info site ------------------------------------------------------------

HM_REDESIGN = dt.date(2018, 4, 2)
HM_LINE = dt.date(2017, 7, 1)
HM_APP = dt.date(2018, 4, 1)
HM_TAX = dt.date(2019, 10, 1)  # consumption tax from 8% to 10%, food to take away at 8%


def hanabi_day(y: int) -> dt.date:
    """The town's fireworks festival: the last Saturday of July."""
    return last_weekday(y, 7, 5)


def _hm_dated(day: dt.date) -> str:
    if day < HM_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"投稿日：{day.year}.{day.month:02d}.{day.day:02d}（{YOUBI[day.weekday()]}）"


def _hm_keisai(day: dt.date) -> str:
    return f"掲載日：{wareki(day)}"


@cache
def _hm_gomi() -> Wordings:
    base = _steps((_OLD, "ごみの分別・収集日は市のホームページで確認できます"),
                  (HM_APP.isoformat(), "♻️ ごみの収集日は市のごみ分別アプリでも確認できます"))
    typhoon = [_span("2019-10-10", "2019-10-13", "台風19号接近：避難所の開設状況は市のホームペー"
                                                 "ジで確認してください")]
    emergency = [_span("2020-04-07", "2020-05-25", "緊急事態宣言中：不要不急の外出は控えましょう")]
    senkyo = [_vote(day, f"{iso_day(day).month}月{iso_day(day).day}日は市議会議員選挙の"
                         f"投票日です", after=0) for day in ("2015-04-26", "2019-04-21")]

    def hanabi(y: int) -> str:
        if y == 2020:
            return "2020年のひばりが丘花火大会は中止となりました"
        day = hanabi_day(y)
        return f"🎆 第{y - 1976}回ひばりが丘花火大会は{day.month}月{day.day}日（土）開催"

    hanabis = _movable(hanabi_day, 10, 0, hanabi)
    nenmatsu = _yearly("12-31", 16, 3, lambda y: f"年末年始のごみ収集：{y}年12月30日〜{y + 1}年"
                                                 f"1月3日はお休みです")
    return _calendar(base, typhoon, emergency, senkyo, hanabis, nenmatsu)


def hibari_style() -> PublisherStyle:
    """A Japanese town-info site: a category from a pool, the date in kanji turned "投稿日："
    with dots and the weekday on 2 April 2018 (a wording per day), the writer's line, a
    rubbish notice reworded and turned by the local elections, the fireworks festival
    (cancelled in 2020), typhoon Hagibis, the 2020 state of emergency and the year-end
    collection break, "【関連記事】", "スポンサーリンク" (up to twice) and the shop details from
    a pool mid-body, the tax-inclusive prices line (8% turned 10% with the reduced rate on 1
    October 2019), the date of posting in the Japanese era (a wording per day, Heisei turned
    Reiwa on 1 May 2019), the as-of-reporting line, the tips line reworded (email turned
    LINE) and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="hibari-machineta.jp", site="ひばりが丘まちネタ", base_size=100,
        subdomains=(("", 100),),
        sections=("open", "event", "gourmet", "kosodate", "bousai"),
        n_authors=4, url_path="/{section}/{n}/",
        pools={
            "category": ("開店・閉店", "イベント", "グルメ", "子育て", "防災", "まちの話題"),
            "tenpo": ("ベーカリー麦の穂（ひばりが丘駅南口徒歩3分）", "珈琲店こもれび（月曜定休）",
                      "手打ちそば 松風（11:30〜15:00）", "青空ファーマーズマーケット（毎週土曜）"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "カテゴリー：{category}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_hm_dated)),
            _f("kisha", HEADER, 0.45, (_OLD, "取材・文／{author}")),
            _f("gomi", HEADER, 0.15, *_hm_gomi()),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}")),
            _f("sponsor", MIDDLE, 0.25, (_OLD, "スポンサーリンク"), count=2),
            _f("tenpo", MIDDLE, 0.2, (_OLD, "店舗情報：{tenpo}")),
            _f("zeikomi", FOOTER, 0.2, (_OLD, "※価格はすべて税込（8%）です。"),
               (HM_TAX.isoformat(), "※価格はすべて税込（10%、テイクアウトは軽減税率8%）です。")),
            _f("keisai", FOOTER, 0.2, *_daily(_hm_keisai)),
            _f("chuui", FOOTER, 0.4, (_OLD, "※掲載内容は取材時点の情報です。最新情報は各店舗・施設"
                                            "にご確認ください。")),
            _f("tokoro", FOOTER, 0.25,
               (_OLD, "情報提供はこちら：tips@hibari-machineta.jp"),
               (HM_LINE.isoformat(), "📮 まちの情報をお寄せください：LINE公式アカウントから"
                                     "送れます")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} ひばりが丘まちネタ")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】営業時間に誤りがありました。お詫びして"
                                              "訂正します。")),
        ),
    )


# --- a British village forum on phpBB -----------------------------------------------------

WF_UK_DATES = dt.date(2016, 8, 1)  # the board's date format set to British
WF_GDPR = dt.date(2018, 5, 25)
WF_SPONSORS = (("2014-01-01", "Hollis & Sons Hardware"), ("2016-04-01", "Westmere Village "
               "Pharmacy"), ("2018-09-01", "The Old Forge Tearooms"),
               ("2020-05-01", "Westmere Community Shop"))


def _wf_stamp(day: dt.date) -> str:
    if day < WF_UK_DATES:
        return (f"{WEEKDAYS[day.weekday()][:3]} {MONTHS[day.month - 1][:3]} {day.day:02d}, "
                f"{day.year} {{time12}}")
    return (f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year} "
            f"{{time}}")


def _wf_currently(day: dt.date) -> str:
    return f"It is currently {_wf_stamp(day)}"


def _wf_postby(day: dt.date) -> str:
    return f"Post by {{author_handle}} » {_wf_stamp(day)}"


def westmere_style() -> PublisherStyle:
    """A British village forum on phpBB: the board index breadcrumb with the board from a
    pool, "It is currently" with the day (a wording per day) and "Post by" with the poster's
    handle and the day (a wording per day), both in phpBB's American date format turned
    British on 1 August 2016, the sponsor strip (a new sponsor now and then), a rare
    moved-topic line, "Last edited by" on some posts, a moderator's note and a lost-pet line
    mid-body, the forum rules reworded for the GDPR, "Who is online", "Users browsing this
    forum" and the phpBB credit (a block)."""
    return PublisherStyle(
        domain="westmereforum.org.uk", site="Westmere Village Forum", base_size=85,
        subdomains=(("www.", 100),),
        sections=("local-news", "lost-and-found-pets", "planning", "roadworks", "whats-on"),
        n_authors=20, url_path="/viewtopic.php?t={n}",
        pools={
            "board": ("Local news & issues", "Lost & found pets", "Planning applications",
                      "Roadworks & traffic", "What's on", "Buy, sell & swap"),
            "edits": ("1 time", "1 time", "2 times", "3 times"),
            "guests": ("3", "5", "7", "12", "18"),
        },
        families=(
            _f("crumbs", HEADER, 0.6, (_OLD, "Board index ‹ {board}")),
            _f("sponsor", HEADER, 0.15, *from_table(WF_SPONSORS, lambda _, v: (
                f"This forum is kindly sponsored by {v}"))),
            _f("currently", HEADER, 0.5, *_by_day(_wf_currently)),
            _f("moved", HEADER, 0.04, (_OLD, "This topic has been moved to {board}.")),
            _f("postby", HEADER, 0.75, *_by_day(_wf_postby)),
            _f("modnote", MIDDLE, 0.05, (_OLD, "Moderator note: personal details removed. "
                                               "Please don't post other people's addresses.")),
            _f("pets", MIDDLE, 0.1, (_OLD, "Lost a pet? Please also report it to the "
                                           "council's dog warden on 01632 960448.")),
            _f("edited", FOOTER, 0.15, (_OLD, "Last edited by {author_handle}, edited {edits} "
                                              "in total.")),
            _f("rules", FOOTER, 0.25,
               (_OLD, "Please read the forum rules before posting."),
               (WF_GDPR.isoformat(), "By posting you agree to the forum rules and our privacy "
                                     "policy (updated 25 May 2018).")),
            _f("online", FOOTER, 0.5, (_OLD, "Who is online")),
            _f("browsing", FOOTER, 0.5, (_OLD, "Users browsing this forum: No registered "
                                                "users and {guests} guests")),
            _f("phpbb", FOOTER, 0.5, (_OLD, "Powered by phpBB® Forum Software © phpBB "
                                            "Limited")),
        ),
    )


# --- an Australian inner-suburb news site -------------------------------------------------

ML_REDESIGN = dt.date(2019, 7, 1)
ML_NEWSLETTER = dt.date(2018, 2, 5)
ML_RESPECT = dt.date(2018, 7, 8)  # NAIDOC Week 2018
ML_WASTE = (("2014-07-01", "$435"), ("2015-07-01", "$449"), ("2016-07-01", "$462"),
            ("2017-07-01", "$478"), ("2018-07-01", "$491"), ("2019-07-01", "$505"),
            ("2020-07-01", "$515"))
FIRE_BANS = ("2017-02-11", "2017-02-12", "2018-03-18", "2019-11-12", "2019-12-10",
             "2019-12-19", "2019-12-21", "2020-01-04", "2020-01-10", "2020-01-23")
RATINGS = ("Low–Moderate", "High", "Very High", "Severe")
BLACK_SUMMER = (dt.date(2019, 11, 8), dt.date(2020, 2, 10))


def fire_season(day: dt.date) -> bool:
    """The bush-fire danger period: October to March."""
    return day.month >= 10 or day.month <= 3


def _ml_dated(day: dt.date) -> str:
    if day < ML_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    zone = "AEDT" if aedt(day) else "AEST"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} – {{time}} {zone}"


def _ml_fire(day: dt.date) -> str:
    if not fire_season(day):
        return ("The bush fire danger period runs from 1 October to 31 March. Check the "
                "rating before lighting any outdoor fire.")
    x = noise(day, "fire") + (0.6 if BLACK_SUMMER[0] <= day <= BLACK_SUMMER[1] else 0.0)
    rating = RATINGS[min(3, int(x * 2.2))]
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if day.isoformat() in FIRE_BANS:
        return f"🔥 Fire danger today, {when}: Severe. A total fire ban is in force."
    return f"Fire danger today, {when}: {rating}"


@cache
def _ml_notice() -> Wordings:
    base = _steps((_OLD, "Follow Marrickvale Local on Facebook for breaking local news"),
                  (ML_NEWSLETTER.isoformat(), "📬 Get Marrickvale Local in your inbox: our "
                                              "free weekday newsletter"))
    votes = [_vote("2016-07-02", "🗳️ Federal election, Saturday 2 July 2016: find your "
                                 "local polling place", after=0),
             _vote("2017-09-09", "🗳️ Council elections, Saturday 9 September 2017: voting "
                                 "is compulsory", after=0),
             _vote("2019-03-23", "🗳️ NSW state election, Saturday 23 March 2019: find your "
                                 "polling place", after=0),
             _vote("2019-05-18", "🗳️ Federal election, Saturday 18 May 2019: find your local "
                                 "polling place", after=0)]
    fires = [(BLACK_SUMMER[0], BLACK_SUMMER[1] + ONE, "🔥 Bushfire emergency: smoke haze "
                                                      "across the inner west, check air "
                                                      "quality before exercising")]
    covid = [_span("2020-03-23", "2020-05-31", "🦠 Stay home: support inner west businesses "
                                               "doing takeaway and delivery")]
    anzac = _yearly("04-25", 3, 0, lambda y: f"Anzac Day {y}: dawn service at the "
                                             f"Marrickvale cenotaph from 4.30am")
    australia = _yearly("01-26", 3, 0, lambda y: f"26 January {y}: events, closures and "
                                                 f"bin-day changes in the inner west")
    return _calendar(base, votes, fires, covid, anzac, australia)


def marrickvale_style() -> PublisherStyle:
    """An Australian inner-suburb news site: the suburb from a pool, the numeric date turned
    the long date, the time and AEST or AEDT on 1 July 2019 (a wording per day), "By", the
    day's fire danger rating in the bush-fire season (a wording per day, total fire bans
    and the Black Summer), "READ MORE:" and "ADVERTISEMENT" (up to twice) mid-body, a
    council clean-up line, a notice reworded and turned by the elections, the Black Summer,
    the pandemic, Anzac Day and 26 January, the domestic waste charge (set each July), the
    Acknowledgement of Country reworded and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="marrickvalelocal.com.au", site="Marrickvale Local", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "council", "business", "community", "sport"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={"suburb": ("Marrickvale", "Dulwich Hill", "Tempe", "St Peters", "Sydenham",
                          "Petersham")},
        families=(
            _f("suburb", HEADER, 0.4, (_OLD, "{suburb}")),
            _f("dated", HEADER, 0.85, *_by_day(_ml_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("fire", HEADER, 0.15, *_by_day(_ml_fire)),
            _f("read-more", MIDDLE, 0.3, (_OLD, "READ MORE: {other_title}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "ADVERTISEMENT"), count=2),
            _f("cleanup", MIDDLE, 0.1, (_OLD, "Council clean-up: book your free kerbside "
                                              "collection online or call 9335 2222.")),
            _f("notice", FOOTER, 0.25, *_ml_notice()),
            _f("waste", FOOTER, 0.12, *from_table(ML_WASTE, lambda start, v: (
                f"Domestic waste charge {start[:4]}-{int(start[2:4]) + 1:02d}: {v} a year "
                f"per household"))),
            _f("country", FOOTER, 0.45,
               (_OLD, "Marrickvale Local acknowledges the Gadigal and Wangal people of the "
                      "Eora Nation, the traditional custodians of the land on which we "
                      "work."),
               (ML_RESPECT.isoformat(), "Marrickvale Local acknowledges the Gadigal and "
                                        "Wangal people of the Eora Nation and pays respect to "
                                        "Elders past, present and emerging.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Marrickvale Local Pty Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this story originally gave "
                                                  "the wrong street for the new cafe.")),
        ),
    )


# --- an American neighbourhood association's news pages ----------------------------------

BG_REDESIGN = dt.date(2017, 4, 3)
BG_ZOOM = dt.date(2020, 4, 1)
BG_DUES = (("2014-01-01", "$175"), ("2015-01-01", "$180"), ("2016-01-01", "$190"),
           ("2017-01-01", "$190"), ("2018-01-01", "$200"), ("2019-01-01", "$215"),
           ("2020-01-01", "$225"))


def national_night_out(y: int) -> dt.date:
    """National Night Out: the first Tuesday of August."""
    return nth_weekday(y, 8, 1, 1)


def _bg_dated(day: dt.date) -> str:
    when = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return when if day < BG_REDESIGN else f"Posted on {when}"


def _bg_meeting(day: dt.date) -> str:
    meeting = next_meeting(day, lambda y, m: nth_weekday(y, m, 3, 2))
    when = f"Thursday, {MONTHS[meeting.month - 1]} {meeting.day}, 7 p.m."
    if day >= BG_ZOOM:
        return f"Next board meeting: {when}, on Zoom until further notice."
    return f"Next board meeting: {when}, at the clubhouse. All residents welcome."


def _bg_season(day: dt.date) -> str:
    if 4 <= day.month <= 11:
        return "🍂 Yard waste pickup is weekly through November 30. Use paper bags only."
    return "Yard waste pickup resumes April 1. Hold branches until then."


@cache
def _bg_banner() -> Wordings:
    snow = [_span("2016-01-22", "2016-01-25", "❄️ Snow emergency: please move cars off "
                                              "Briar Glen Drive so the plows can get "
                                              "through"),
            _span("2019-01-19", "2019-01-21", "❄️ Snow emergency: please move cars off "
                                              "Briar Glen Drive so the plows can get "
                                              "through")]
    nno = _movable(national_night_out, 7, 0, lambda y: (
        f"🔦 National Night Out is Tuesday, August {national_night_out(y).day}: block party "
        f"at the clubhouse from 6 p.m."))
    sale = _movable(lambda y: nth_weekday(y, 5, 5, 1), 10, 0, lambda y: (
        f"Community garage sale: Saturday, May {nth_weekday(y, 5, 5, 1).day}, 8 a.m. to "
        f"2 p.m."), years=range(2015, 2020))
    halloween = _yearly("10-31", 5, 0, lambda y: f"🎃 Trick-or-treat hours {y}: 5 to 8 p.m. "
                                                 f"Porch light on means come on up.")
    return _calendar(_bg_season, snow, nno, sale, halloween)


def briarglen_style() -> PublisherStyle:
    """An American neighbourhood association's news pages: the long date turned "Posted on"
    on 3 April 2017 (a wording per day), "Filed under:" with categories from a pool, the next
    board meeting (a wording per month: the second Thursday, on Zoom from April 2020), a
    banner that follows the yard-waste season and turns for snow emergencies, National Night
    Out, the community garage sale and Halloween, "See also:" and a lost-pet line mid-body,
    the year's dues (raised most Januaries), the volunteers line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="briarglenneighbors.org", site="Briar Glen Neighbors", base_size=50,
        subdomains=(("www.", 100),),
        sections=("announcements", "safety", "events", "board"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"category": ("Announcements", "Safety", "Yard & Garden", "Events",
                            "Board News")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_bg_dated)),
            _f("filed", HEADER, 0.45, (_OLD, "Filed under: {category_list}")),
            _f("meeting", HEADER, 0.2, *_by_day(_bg_meeting)),
            _f("banner", HEADER, 0.25, *_bg_banner()),
            _f("see-also", MIDDLE, 0.25, (_OLD, "See also: {other_title}")),
            _f("pets", MIDDLE, 0.08, (_OLD, "Lost pet? Post in our Facebook group and call "
                                            "Animal Control at 555-0187.")),
            _f("dues", FOOTER, 0.2, *from_table(BG_DUES, lambda start, v: (
                f"{start[:4]} annual dues: {v} per household. Pay online or drop a check at "
                f"the clubhouse."))),
            _f("volunteer", FOOTER, 0.3, (_OLD, "Briar Glen Neighbors is run entirely by "
                                                "volunteers. Want to help? Email "
                                                "board@briarglenneighbors.org")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Briar Glen Neighbors Association")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the pool opens Saturday, not "
                                                  "Friday.")),
        ),
    )


# --- a Viennese neighbourhood blog --------------------------------------------------------

GB_REDESIGN = dt.date(2019, 2, 4)


def _gb_dated(day: dt.date) -> str:
    if day < GB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE_AT[day.month - 1]} {day.year}"


@cache
def _gb_hinweis() -> Wordings:
    base = _steps((_OLD, "Termine im Grätzl? Schick sie uns an termine@graetzlblatt.at"))
    wahlen = [_vote("2015-10-11", "🗳️ Wien-Wahl am 11. Oktober 2015: Wahlkarten bis "
                                  "Mittwoch beantragen", after=0),
              _vote("2020-10-11", "🗳️ Wien-Wahl am 11. Oktober 2020: Wahlkarten bis "
                                  "Mittwoch beantragen", after=0)]
    lockdowns = [_span("2020-03-16", "2020-04-13", "Lockdown: Welche Geschäfte im Grätzl "
                                                   "liefern, unsere Liste"),
                 _span("2020-11-17", "2020-12-06", "Lockdown: Welche Geschäfte im Grätzl "
                                                   "liefern, unsere Liste")]
    advent = [(dt.date(y, 11, 15), dt.date(y, 12, 24),
               f"🎄 Adventmärkte {y} im Grätzl: Öffnungszeiten und Punschstände")
              for y in YEARS if y != 2020]
    return _calendar(base, wahlen, lockdowns, advent)


def graetzlblatt_style() -> PublisherStyle:
    """A Viennese neighbourhood blog: the district from a pool, the numeric date turned the
    weekday and the long date with Austrian "Jänner" on 4 February 2019 (a wording per
    day), "von", a sponsor line from a pool, "Werbung" (up to twice) and "Weiterlesen:"
    mid-body, a dates line turned by the Vienna elections, the lockdowns and the Advent
    markets, the no-liability line, the media-law disclosure and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="graetzlblatt.at", site="Grätzlblatt", base_size=35,
        subdomains=(("www.", 100),),
        sections=("margareten", "mariahilf", "neubau", "ottakring"),
        n_authors=2, url_path="/{section}/{slug}/",
        pools={
            "bezirk": ("Margareten", "Mariahilf", "Neubau", "Josefstadt", "Ottakring",
                       "Hernals"),
            "sponsor": ("Bäckerei Kornfeld", "Radwerkstatt Gumpendorf", "Buchhandlung am "
                        "Naschmarkt"),
        },
        families=(
            _f("bezirk", HEADER, 0.45, (_OLD, "{bezirk}")),
            _f("datum", HEADER, 0.85, *_by_day(_gb_dated)),
            _f("von", HEADER, 0.45, (_OLD, "von {author}")),
            _f("sponsor", MIDDLE, 0.15, (_OLD, "Mit freundlicher Unterstützung von "
                                               "{sponsor}")),
            _f("werbung", MIDDLE, 0.25, (_OLD, "Werbung"), count=2),
            _f("weiter", MIDDLE, 0.3, (_OLD, "Weiterlesen: {other_title}")),
            _f("hinweis", FOOTER, 0.3, *_gb_hinweis()),
            _f("gewaehr", FOOTER, 0.3, (_OLD, "Angaben ohne Gewähr, Änderungen vorbehalten.")),
            _f("offenlegung", FOOTER, 0.3, (_OLD, "Offenlegung gemäß § 25 Mediengesetz: "
                                                  "Grätzlblatt, Verein für "
                                                  "Nachbarschaftsjournalismus, Wien")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Grätzlblatt")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Markt ist am Samstag, nicht "
                                                 "am Freitag.")),
        ),
    )


def heldout155_styles() -> list[PublisherStyle]:
    """The held-back-155 styles, in the order the generator hands them to publishers."""
    return [
        cedarhollow_style(), kingsmead_style(), suedstadt_style(), echodespentes_style(),
        soderort_style(), wiescizgornej_style(), hashchuna_style(), hibari_style(),
        westmere_style(), marrickvale_style(), briarglen_style(), graetzlblatt_style(),
    ]
