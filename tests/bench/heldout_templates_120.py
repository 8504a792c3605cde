"""The ``held-back-120`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-118 set. It was
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
network footer. The publishers are US local news outlets, large and small: a city daily in
Wisconsin, a TV station in southwest Louisiana, a public radio station in the Ohio valley, a
Spanish-language weekly in the Rio Grande Valley, a nonprofit statehouse newsroom in Arizona,
an alt-weekly in a rust-belt city, a Chinese-language weekly in San Francisco, a Korean daily
in Los Angeles, a Vietnamese weekly in Little Saigon, an Arabic weekly in Dearborn, a Haitian
Creole radio and news site in Miami and a small volunteer-run news site in a Vermont town. The
families are the kinds a crawl of such sites holds: dates localised day by day in American
English (AP months, Central, Eastern and Arizona time with daylight saving), Spanish, Chinese
(traditional characters), Korean, Vietnamese, Arabic (later in Arabic-Indic digits, with the
Levantine month names) and Haitian Creole (several changing form on the day of a redesign),
lines that turn every day, every week or every business day (an e-edition's day, a newscast's
times by weekday and football season, a radio schedule by weekday and holiday, a legislative
session's day count, an alt-weekly's volume and issue, weekly editions' numbers, the won's
daily rate, the days of Ramadan, a radio's programmes by weekday), the seasons of winter
parking, hurricanes, mud season and foliage, bylines and datelines of many shapes, kickers,
read-also and related links (some up to two times), photo credits, sources, partner
cross-posts, a republishing licence, donor disclosures, reproduction and copyright lines, an
FCC line, membership, pledge-drive, matching-gift, newsletter, app, messenger and social
appeals, prices in dollars (several rising over the years), notices reworded in 2016-2020 and
notices that follow the region's calendars (the states' spring, primary, general and runoff
elections (Louisiana's on Saturdays, one moved in 2020), Vermont's Town Meeting Day, the 2020
census, stay-at-home orders, hurricanes Harvey, Matthew, Irma, Hanna, Laura and Delta, Mardi
Gras and Kanaval, deer seasons, pledge drives, Giving Tuesday and year-end matching,
Thanksgiving, Independence Day, Hispanic Heritage Month and the Day of the Dead, the Lunar New
Year, the Mid-Autumn festival, Tet, Seollal and Chuseok, Black April, Liberation Day and the
1992 unrest with their counts, Ramadan and the Eids, Haitian independence, the 2010 earthquake
and Flag Day with their counts, Tropical Storm Irene's anniversary), multi-line blocks,
mid-body inserts, bare lines and families in only 4% of articles beside ones in nearly all. The
hard negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    digits,
    iso_day,
    nth_weekday,
    ordinal,
    thanksgiving,
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

ONE = dt.timedelta(days=1)

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
CHINESE_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
VIETNAMESE_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
                       "Chủ Nhật")
LEVANTINE_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                    "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
GREGORIAN_ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
                           "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ARABIC_ZERO = "\u0660"
CREOLE_MONTHS = ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
                 "oktòb", "novanm", "desanm")
CREOLE_WEEKDAYS = ("Lendi", "Madi", "Mèkredi", "Jedi", "Vandredi", "Samdi", "Dimanch")

LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
              2019: "2019-09-13", 2020: "2020-10-01"}
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-16",
           2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
HIJRI_YEAR = {2015: 1436, 2016: 1437, 2017: 1438, 2018: 1439, 2019: 1440, 2020: 1441}
CENSUS_2020 = ("2020-03-12", "2020-10-15")  # self-response opened, counting ended


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weeks_since(day: dt.date, weekday: int) -> int:
    """How many `weekday`s have passed from the first one of the set's period to `day`'s
    latest one (0 in the first week)."""
    return (latest(day, weekday) - latest(FIRST_DAY + dt.timedelta(days=6), weekday)).days // 7


def us_summer_time(day: dt.date) -> bool:
    """Whether US daylight saving time is in force on `day` (from the second Sunday of March
    to the day before the first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def zone(day: dt.date, letter: str) -> str:
    """The US time zone's abbreviation on `day` ("C" gives CDT or CST)."""
    return f"{letter}{'D' if us_summer_time(day) else 'S'}T"


def election_day(y: int) -> dt.date:
    """The US general election day: the Tuesday after the first Monday of November."""
    return nth_weekday(y, 11, 0, 1) + ONE


def ap_date(day: dt.date) -> str:
    """The date as AP style prints it: "Sept. 5, 2019"."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def long_date(day: dt.date) -> str:
    """"Thursday, September 5, 2019"."""
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def census(text: str) -> Event:
    return _span(*CENSUS_2020, text)


# --- a city daily (Wisconsin) ----------------------------------------------------------------

WI_REDESIGN = dt.date(2018, 4, 3)  # relaunched on the spring election day
WI_NEWSLETTER = dt.date(2017, 3, 6)


def deer_opener(y: int) -> dt.date:
    """The opening Saturday of Wisconsin's nine-day gun deer season (before Thanksgiving)."""
    return thanksgiving(y) - 5 * ONE


def _wi_dated(day: dt.date) -> str:
    if day < WI_REDESIGN:
        return f"Published {{time12}} CT {ap_date(day)}"
    return (f"Updated {ENGLISH_WEEKDAYS[day.weekday()]}, {ap_date(day)} at {{time12}} "
            f"{zone(day, 'C')}")


def _wi_edition(day: dt.date) -> str:
    if day.weekday() == 6:
        return (f"📰 Sunday e-Edition of the Lakeport Courier, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}: comics, coupons and the week in review")
    return f"📰 Today's e-Edition: {long_date(day)}"


def _wi_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook and follow @LakeportCourier on Twitter"),
                  (WI_NEWSLETTER.isoformat(), "📧 Get the Morning Briefing: the day's top "
                                              "local stories in your inbox by 6 a.m."))
    votes: list[Event] = [_vote(nth_weekday(y, 4, 1, 1).isoformat(),
                                f"🗳️ Spring election {y}: where to vote, what's on your "
                                f"ballot and results after 8 p.m.", before=4, after=0)
                          for y in YEARS]
    votes += [_vote(nth_weekday(y, 8, 1, 2).isoformat(),
                    f"🗳️ Partisan primary {y}: polls open 7 a.m. to 8 p.m., live results "
                    f"online", before=3, after=0) for y in (2016, 2018, 2020)]
    votes += [_vote(election_day(y).isoformat(),
                    f"🗳️ Election Day {y}: polls open 7 a.m. to 8 p.m., follow live results "
                    f"with us", before=5, after=1) for y in (2016, 2018, 2020)]
    news: list[Event] = [
        _span("2020-03-13", "2020-06-30", "Our coronavirus coverage is free to all readers. "
                                          "Please consider subscribing to support it."),
    ]
    feasts = _movable(deer_opener, 3, 8, lambda y: f"🦌 Gun deer season {y}: hunting hours, "
                                                   f"registration and CWD sampling sites")
    feasts += _yearly("07-04", 2, 0, lambda _: "🎆 Fourth of July: fireworks, parades and "
                                               "what's open on the holiday")
    return _calendar(base, votes, news, feasts)


def lakeport_style() -> PublisherStyle:
    """A city daily (Wisconsin): a kicker, "Published" with the time and an AP date turned
    "Updated" with the weekday and the Central daylight or standard time on the 2018 spring
    election day (a wording per day), "By" with the reporter's beat, "RELATED:" up to twice,
    a photo credit from a pool, the e-Edition of the day (the Sunday one with its sections),
    the seasons of winter parking, road work, summer and football, a social line turned a
    newsletter appeal and turned by spring, primary and general elections, the free
    coronavirus coverage, the deer opener and the Fourth, a subscription offer rising twice,
    the reporter's handle, the letters policy, the terms and a copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="lakeportcourier.com", site="The Lakeport Courier", base_size=250,
        subdomains=(("www.", 85), ("eu.", 15)),
        sections=("news", "local", "sports", "business", "opinion", "outdoors"),
        n_authors=14, url_path="/story/{section}/{yyyy}/{mm}/{dd}/{slug}/{n}/",
        pools={
            "kicker": ("LOCAL NEWS", "PUBLIC SAFETY", "EDUCATION", "POLITICS", "BUSINESS",
                       "OUTDOORS", "HIGH SCHOOL SPORTS", "OPINION"),
            "beat": ("city hall reporter", "courts and public safety reporter",
                     "education reporter", "business reporter", "sports reporter",
                     "outdoors writer"),
            "photo": ("Courier staff", "Submitted photo", "Associated Press",
                      "Lakeport Police Department", "Getty Images"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_wi_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (WI_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "(Photo: {photo})")),
            _f("e-edition", FOOTER, 0.15, *_by_day(_wi_edition)),
            _f("season", FOOTER, 0.12, *_seasons(
                ("04-01", "🚧 Road work season: this week's lane closures and detours"),
                ("06-01", "☀️ Summer in the city: concerts, farmers markets and beach "
                          "reports"),
                ("08-20", "🏈 Friday night football: scores and highlights from across the "
                          "area"),
                ("11-15", "❄️ Winter parking rules: no parking on city streets from 2 to 6 "
                          "a.m. through March"))),
            _f("notice", FOOTER, 0.3, *_wi_notice()),
            _f("subscribe", FOOTER, 0.2, (_OLD, "Subscribe today: $1 for your first three "
                                                "months of digital access"),
               ("2017-07-01", "Subscribe: 99 cents for the first month, then $9.99 a month"),
               ("2019-07-01", "Subscribe: 99 cents for the first month, then $12.99 a "
                              "month")),
            _f("handle", FOOTER, 0.3, (_OLD, "Follow {author} on Twitter: {author_handle}")),
            _f("letters", FOOTER, 0.2, (_OLD, "Letters to the editor: 250 words or fewer, "
                                              "with your name and town, to "
                                              "letters@lakeportcourier.com")),
            _f("terms", FOOTER, 0.25, (_OLD, "Your use of this website means you accept our "
                                             "terms of service and privacy notice.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Lakeport Courier, a Northwoods "
                                                "Media company. All rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "story misstated the date of the hearing.")),
        ),
    )


# --- a TV station (southwest Louisiana) ------------------------------------------------------

LA_REDESIGN = dt.date(2019, 6, 1)  # relaunched on the first day of the 2019 hurricane season
LA_APP = dt.date(2016, 8, 15)

LA_VOTES = {"2015-10-24": "Governor's primary", "2015-11-21": "Governor's runoff",
            "2016-03-05": "Presidential primary", "2016-11-08": "Election Day",
            "2016-12-10": "Senate runoff", "2018-11-06": "Election Day",
            "2018-12-08": "Secretary of State runoff", "2019-10-12": "Governor's primary",
            "2019-11-16": "Governor's runoff", "2020-07-11": "Presidential primary",
            "2020-11-03": "Election Day", "2020-12-05": "Runoff election"}
STORMS = (("2017-08-25", "2017-09-05", "🌀 Harvey: rainfall totals, road closures and "
                                       "shelters"),
          ("2020-08-24", "2020-10-05", "🌀 Hurricane Laura recovery: curfews, boil advisories "
                                       "and where to get help"),
          ("2020-10-06", "2020-10-20", "🌀 Hurricane Delta: outages, debris pickup and "
                                       "shelters"))


def football_friday(day: dt.date) -> bool:
    """A Friday of the high school football season (the last Friday of August to the Friday
    after Thanksgiving; none in the 2020 storm weeks)."""
    start = nth_weekday(day.year, 8, 4, 4)
    if day.year == 2020:
        start = dt.date(2020, 10, 2)
    return day.weekday() == 4 and start <= day <= thanksgiving(day.year) + ONE


def _la_newscast(day: dt.date) -> str:
    head = f"📺 KSWL 9 News tonight, {ENGLISH_WEEKDAYS[day.weekday()]}"
    if day.weekday() == 5:
        return f"{head}: 6 and 10 p.m."
    if day.weekday() == 6:
        return f"{head}: 5:30 and 10 p.m."
    if football_friday(day):
        return f"{head}: 5, 6 and 10 p.m., then Gridiron Friday at 10:35"
    return f"{head}: 5, 6 and 10 p.m."


def _la_dated(day: dt.date) -> str:
    if day < LA_REDESIGN:
        return (f"Posted: {ENGLISH_MONTHS[day.month - 1][:3]} {day.day:02d}, {day.year} / "
                f"{{time12}} {zone(day, 'C')}")
    return f"Updated: {{time12}} {long_date(day)}"


def _la_vote(kind: str, day: dt.date) -> str:
    return (f"🗳️ {kind}, Saturday, {ap_date(day)}: polls open 7 a.m. to 8 p.m."
            if day.weekday() == 5 else
            f"🗳️ {kind}, {ap_date(day)}: polls open 6 a.m. to 8 p.m.")


def _la_notice() -> Wordings:
    base = _steps((_OLD, "Like KSWL 9 News on Facebook for breaking news and weather"),
                  (LA_APP.isoformat(), "📲 Get breaking news and First Alert weather on the "
                                       "KSWL 9 News app"))
    storms = [_span(first, last, text) for first, last, text in STORMS]
    votes = [_vote(day, _la_vote(kind, iso_day(day)), before=3, after=0)
             for day, kind in LA_VOTES.items()]
    news = [_span("2020-03-23", "2020-05-14", "🏠 Louisiana's stay-at-home order: what's open "
                                              "and what's closed")]
    feasts = _movable(carnival_tuesday, 5, 0, lambda y: f"🎭 Mardi Gras {y}: parade routes, "
                                                        f"times and road closures")
    return _calendar(base, storms, votes, news, feasts)


def kswl_style() -> PublisherStyle:
    """A TV station (southwest Louisiana): "Posted:" with a short date, the time and the
    Central daylight or standard time turned "Updated:" with the time and the long date on the
    first day of the 2019 hurricane season (a wording per day), "by:" turned with the role,
    "MORE:" up to twice, a video credit, the newscast's times by weekday with the football
    Fridays, the hurricane season's app line, a social line turned an app appeal and turned by
    Harvey, Laura and Delta, Louisiana's Saturday elections (a primary moved in 2020), the
    stay-at-home order and Mardi Gras, a contributors' line, a tip line, the report-it
    address, the EEO line and a copyright line (a block), a rare weather alert."""
    return PublisherStyle(
        domain="kswl9.com", site="KSWL 9 News", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "weather", "sports", "investigations", "community"),
        n_authors=10, url_path="/news/{section}/{slug}/",
        pools={
            "role": ("KSWL 9 Reporter", "Multimedia Journalist", "Digital Producer",
                     "Chief Meteorologist"),
            "contrib": ("The Associated Press", "CNN Newsource", "Nexus Media Wire"),
        },
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_la_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "by: {author}"),
               (LA_REDESIGN.isoformat(), "{author}, {role}")),
            _f("more", MIDDLE, 0.3, (_OLD, "MORE: {other_title}"), count=2),
            _f("video", MIDDLE, 0.15, (_OLD, "Video: {author2}, KSWL 9 photojournalist")),
            _f("newscast", FOOTER, 0.2, *_by_day(_la_newscast)),
            _f("hurricane", FOOTER, 0.15, *_seasons(
                ("06-01", "🌀 Hurricane season runs through Nov. 30: track every storm on the "
                          "KSWL 9 First Alert Weather app"),
                ("12-01", "⛈️ Severe weather can strike any time: turn on alerts in the KSWL "
                          "9 First Alert Weather app"))),
            _f("notice", FOOTER, 0.3, *_la_notice()),
            _f("contrib", FOOTER, 0.2, (_OLD, "{contrib} contributed to this report.")),
            _f("tips", FOOTER, 0.2, (_OLD, "Have a news tip? Call the KSWL 9 newsroom at "
                                           "(337) 000-0900")),
            _f("report-it", FOOTER, 0.2, (_OLD, "See it, shoot it, send it: "
                                                "reportit@kswl9.com")),
            _f("eeo", FOOTER, 0.15, (_OLD, "KSWL 9 News is an equal opportunity employer. Our "
                                           "FCC public file is available online.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright {year} Gulf Coast Broadcasting. All "
                                                "rights reserved. This material may not be "
                                                "republished without permission.")),
            _f("alert", HEADER, 0.04, (_OLD, "⚠️ FIRST ALERT WEATHER DAY: storms likely this "
                                             "afternoon")),
        ),
    )


# --- a public radio station (Ohio valley) ----------------------------------------------------

OH_REDESIGN = dt.date(2018, 7, 2)  # relaunched with the new fiscal year
OH_SUSTAINER = dt.date(2017, 10, 1)


def spring_drive(y: int) -> dt.date | None:
    """The first day of the spring member drive (the third Thursday of March)."""
    return nth_weekday(y, 3, 3, 3)


def fall_drive(y: int) -> dt.date | None:
    """The first day of the fall member drive (the second Thursday of October)."""
    return nth_weekday(y, 10, 3, 2)


def giving_tuesday(y: int) -> dt.date:
    """Giving Tuesday: the Tuesday after Thanksgiving."""
    return thanksgiving(y) + 5 * ONE


def _oh_schedule(day: dt.date) -> str:
    when = f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} {day.day}"
    if day == thanksgiving(day.year):
        return f"📻 On WRVP this {when}: a Thanksgiving day of music and stories"
    if day.month == 12 and day.day in (24, 25):
        return f"📻 On WRVP this {when}: holiday music from the valley all day"
    if day.weekday() == 5:
        return f"📻 On WRVP this {when}: Weekend Edition, then Porch Pickin' at 7 p.m."
    if day.weekday() == 6:
        return f"📻 On WRVP this {when}: Weekend Edition, then Sunday Gospel Hour at 6 p.m."
    return (f"📻 On WRVP this {when}: Morning Edition 5-9 a.m., All Things Considered "
            f"4-7 p.m.")


def _oh_dated(day: dt.date) -> str:
    if day < OH_REDESIGN:
        return (f"Published {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} at "
                f"{{time12}} {zone(day, 'E')}")
    return f"{ap_date(day)} · {{time12}} {zone(day, 'E')}"


def _oh_drive(season: str) -> Callable[[int], str]:
    def text(y: int) -> str:
        if season == "Spring" and y == 2020:
            return ("📻 Our on-air spring drive is canceled this year. If you can, please "
                    "give online.")
        return f"📻 {season} Member Drive {y}: call 1-800-000-0897 or give online"
    return text


def _oh_notice() -> Wordings:
    base = _steps((_OLD, "WRVP is listener-supported public radio. Make your gift today."),
                  (OH_SUSTAINER.isoformat(), "Become a sustaining member: $10 a month keeps "
                                             "local news on the air"))
    giving = _movable(giving_tuesday, 0, 0, lambda y: f"💛 It's #GivingTuesday {y}: every "
                                                      f"gift to WRVP is matched today")
    drives = _movable(spring_drive, 0, 7, _oh_drive("Spring"))
    drives += _movable(fall_drive, 0, 7, _oh_drive("Fall"))
    match: list[Event] = [_span(f"{y}-11-01", f"{y}-12-31",
                                f"Through Dec. 31, your gift to WRVP is matched up to $1,000 "
                                f"({y} year-end match)") for y in range(2016, 2021)]
    news = [_span("2020-03-16", "2020-06-30", "Our reporters are covering the coronavirus "
                                              "from home. Thank you for listening and "
                                              "giving.")]
    return _calendar(base, giving, drives, news, match)


def wrvp_style() -> PublisherStyle:
    """A public radio station (Ohio valley): "Published" with the date, the time and the
    Eastern daylight or standard time turned a dotted AP date on the first day of the 2018
    fiscal year (a wording per day), the reporter turned with the beat, a listen line,
    "Related:" once, a photo credit from a pool, the day's programmes by weekday and holiday,
    a partner's cross-post line from a pool, the underwriter from a pool, a giving line turned
    a sustaining-member appeal and turned by the spring and fall drives (one canceled in
    2020), Giving Tuesday, the year-end match and the 2020 coverage from home, the licence and
    a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="wrvp.org", site="River Valley Public Radio", base_size=195,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "health", "environment", "arts-culture"),
        n_authors=8, url_path="/{section}/{yyyy}-{mm}-{dd}/{slug}",
        pools={
            "beat": ("Statehouse Reporter", "Health Reporter", "Environment Reporter",
                     "Morning Edition Host", "News Director"),
            "photo": ("WRVP", "Courtesy of the city", "Associated Press", "Report for "
                      "America"),
            "partner": ("Tri-State Newsroom Collaborative", "the Statehouse News Bureau",
                        "the Appalachia Reporting Project"),
            "sponsor": ("Valley Community Foundation", "Riverside Health System",
                        "Mound Street Credit Union", "the Hollins Family Fund"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_oh_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "{author}"),
               (OH_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("listen", HEADER, 0.3, (_OLD, "Listen · {read_min}:00")),
            _f("related", MIDDLE, 0.25, (_OLD, "Related: {other_title}")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("schedule", FOOTER, 0.15, *_by_day(_oh_schedule)),
            _f("partner", FOOTER, 0.2, (_OLD, "This story comes from {partner}, a public "
                                              "media collaboration, and is shared with "
                                              "permission.")),
            _f("underwriting", FOOTER, 0.2, (_OLD, "Support for WRVP news comes from "
                                                   "{sponsor}.")),
            _f("notice", FOOTER, 0.3, *_oh_notice()),
            _f("licence", FOOTER, 0.25, (_OLD, "WRVP 89.7 FM is licensed to River Valley "
                                               "Public Media, Inc., a 501(c)(3) nonprofit.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} River Valley Public Radio")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: A previous version of this "
                                                  "story gave the wrong county.")),
        ),
    )


# --- a Spanish-language weekly (Rio Grande Valley, Texas) ------------------------------------

TX_REDESIGN = dt.date(2019, 9, 15)  # relaunched on the first day of Hispanic Heritage Month
TX_WHATSAPP = dt.date(2018, 5, 1)
TX_FIRST_EDITION = 1041  # the Thursday edition of the first week


def edition_number(day: dt.date) -> int:
    """The number of the Thursday edition out on `day`."""
    return TX_FIRST_EDITION + weeks_since(day, 3)


def _tx_edition(day: dt.date) -> str:
    thursday = latest(day, 3)
    return (f"🗞️ Edición impresa nº {edition_number(day)}, jueves {thursday.day} de "
            f"{SPANISH_MONTHS[thursday.month - 1]}: gratis en más de 300 puntos del Valle")


def _tx_dated(day: dt.date) -> str:
    if day < TX_REDESIGN:
        return f"Publicado el {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    return (f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()} {day.day} de "
            f"{SPANISH_MONTHS[day.month - 1]} de {day.year} | {{time12}}")


def _tx_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook: El Faro del Valle"),
                  (TX_WHATSAPP.isoformat(), "📲 Reciba las noticias del Valle en WhatsApp: "
                                            "escriba \"NOTICIAS\" al (956) 000-0456"))
    votes: list[Event] = [
        _vote(day, "🗳️ Primarias de Texas: la votación anticipada terminó, hoy se vota en su "
                   "precinto", before=3, after=0)
        for day in ("2016-03-01", "2018-03-06", "2020-03-03")]
    votes += [_vote(election_day(y).isoformat(), f"🗳️ Elecciones {y}: consulte su casilla y "
                                                 f"lleve una identificación con foto",
                    before=5, after=0) for y in (2016, 2018, 2020)]
    news: list[Event] = [
        _span("2020-03-20", "2020-05-31", "🦠 Coronavirus: información sobre pruebas, "
                                          "escuelas y ayuda en el Valle"),
        _span("2020-07-24", "2020-08-02", "🌀 Huracán Hanna: refugios, apagones y dónde pedir "
                                          "ayuda"),
        census("📋 ¡Hágase contar! Responda el Censo 2020: su comunidad depende de ello"),
    ]
    feasts = _yearly("09-15", 0, 30, lambda y: f"🎉 Mes de la Herencia Hispana {y}: "
                                               f"eventos en todo el Valle")
    feasts += _yearly("11-01", 2, 1, lambda _: "💀 Día de Muertos: altares y celebraciones "
                                               "en el Valle")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 ¡Feliz Navidad de parte de todos en El "
                                               "Faro del Valle!")
    return _calendar(base, votes, news, feasts)


def faro_style() -> PublisherStyle:
    """A Spanish-language weekly (Rio Grande Valley, Texas): a section kicker, "Publicado el"
    with the long date turned the weekday, the date and the time on the first day of Hispanic
    Heritage Month 2019 (a wording per day), "Por" turned with the site, "Lea también:" up to
    twice, a photo credit from a pool, the Thursday edition's number, a social line turned a
    WhatsApp appeal and turned by the Texas primaries and general elections, the 2020
    coronavirus, Hurricane Hanna and the census, Hispanic Heritage Month, the Day of the Dead
    and Christmas, an English-version line, a print subscription rising and turned digital,
    the advertising line and a rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="elfarodelvalle.com", site="El Faro del Valle", base_size=170,
        subdomains=(("www.", 100),),
        sections=("local", "frontera", "inmigracion", "deportes", "comunidad"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "seccion": ("Local", "Frontera", "Inmigración", "Salud", "Educación", "Deportes",
                        "Comunidad"),
            "foto": ("El Faro del Valle", "Cortesía", "AP", "Archivo"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_tx_dated)),
            _f("firma", HEADER, 0.55, (_OLD, "Por {author}"),
               (TX_REDESIGN.isoformat(), "Por {author} / El Faro del Valle")),
            _f("lea", MIDDLE, 0.3, (_OLD, "Lea también: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("edicion", FOOTER, 0.15, *_by_day(_tx_edition)),
            _f("aviso", FOOTER, 0.3, *_tx_notice()),
            _f("ingles", FOOTER, 0.1, (_OLD, "Read this story in English on our website.")),
            _f("suscripcion", FOOTER, 0.15, (_OLD, "Suscríbase: la edición impresa a su casa "
                                                   "por $45 al año"),
               ("2018-01-01", "Suscríbase: la edición impresa a su casa por $52 al año"),
               ("2020-06-01", "Suscríbase a la edición digital: $3.99 al mes")),
            _f("anuncie", FOOTER, 0.25, (_OLD, "Para anunciarse en El Faro del Valle llame al "
                                               "(956) 000-0400")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} El Faro del Valle. Todos los "
                                                "derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior "
                                                     "se publicó mal el nombre de la "
                                                     "escuela.")),
        ),
    )


# --- a nonprofit statehouse newsroom (Arizona) -----------------------------------------------

AZ_REDESIGN = dt.date(2018, 1, 8)  # relaunched on the opening day of the 2018 session
AZ_NEWSLETTER = dt.date(2016, 9, 6)
SESSIONS = {2015: ("2015-01-12", "2015-04-03"), 2016: ("2016-01-11", "2016-05-07"),
            2017: ("2017-01-09", "2017-05-10"), 2018: ("2018-01-08", "2018-05-04"),
            2019: ("2019-01-14", "2019-05-28"), 2020: ("2020-01-13", "2020-05-26")}
AZ_RECESS = dt.date(2020, 3, 23)  # the Legislature recessed for the coronavirus


def session_day(day: dt.date) -> int | None:
    """The day of the regular session `day` falls in (1 on the opening Monday), None outside
    a session, 0 in the 2020 recess."""
    if day.year not in SESSIONS:
        return None
    first, last = SESSIONS[day.year]
    if not iso_day(first) <= day <= iso_day(last):
        return None
    if day >= AZ_RECESS:
        return 0
    return (day - iso_day(first)).days + 1


def _az_session(day: dt.date) -> str:
    n = session_day(day)
    legislature = ordinal(52 + (day.year - 2015) // 2)
    regular = "1st" if day.year % 2 else "2nd"
    if n is None:
        return "🏛️ The Legislature has adjourned sine die. Track interim hearings with us."
    if n == 0:
        return "🏛️ The Legislature is in recess because of the coronavirus."
    return f"🏛️ Day {n} of the {legislature} Legislature, {regular} Regular Session"


def _az_dated(day: dt.date) -> str:
    if day < AZ_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{ap_date(day)} | Updated {{time12}} MST"  # no daylight saving in Arizona


def _az_appeal() -> Wordings:
    base = _steps((_OLD, "Saguaro Ledger is free to read. Support independent journalism "
                         "with a gift of any amount."),
                  ("2018-09-01", "Join the 3,000 members who keep Saguaro Ledger free for "
                                 "everyone. Become a member."))
    giving = _movable(giving_tuesday, 0, 0, lambda y: f"It's Giving Tuesday: every dollar "
                                                      f"you give today is matched ({y})")
    votes: list[Event] = [_vote("2016-05-17", "🗳️ Special election today: Propositions 123 "
                                              "and 124 explained", before=4, after=0)]
    votes += [_vote(day, "🗳️ Primary Election Day: find your polling place and our voter "
                         "guide", before=4, after=0)
              for day in ("2016-08-30", "2018-08-28", "2020-08-04")]
    votes += [_vote(election_day(y).isoformat(), f"🗳️ Election Day {y}: results and analysis "
                                                 f"all night", before=4, after=1)
              for y in (2016, 2018, 2020)]
    match: list[Event] = [_span(f"{y}-11-01", f"{y}-12-31",
                                f"NewsMatch {y}: your year-end gift is matched, up to $1,000, "
                                f"through Dec. 31") for y in range(2016, 2021)]
    news = [_span("2020-03-15", "2020-06-30", "Our coronavirus reporting is free to read and "
                                              "free to republish.")]
    return _calendar(base, giving, votes, news, match)


def saguaro_style() -> PublisherStyle:
    """A nonprofit statehouse newsroom (Arizona): a topic kicker, the long date turned an AP
    date with the time in Arizona's year-round standard time on the opening day of the 2018
    session (a wording per day), "By" turned with the beat, "Related:" up to twice, a graphic
    credit, the session's day count (the recess of 2020, sine die between sessions), a
    partner line from a pool, a republishing licence, a donor disclosure, a newsletter line
    reworded, a giving line turned a membership appeal and turned by Giving Tuesday, a special
    election, primaries and general elections, the free 2020 reporting and the year-end
    match, its nonprofit status and a copyright line (a block), a rare clarification."""
    return PublisherStyle(
        domain="saguaroledger.org", site="Saguaro Ledger", base_size=150,
        subdomains=(("", 100),),
        sections=("politics", "education", "water", "border", "health", "criminal-justice"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "topic": ("Politics", "Legislature", "Education", "Water", "Border",
                      "Health", "Criminal Justice"),
            "beat": ("Capitol reporter", "education reporter", "water and environment "
                     "reporter", "border reporter", "data reporter"),
            "partner": ("Borderlands Public Media", "the Desert Data Lab",
                        "Tucson Community Radio"),
        },
        families=(
            _f("topic", HEADER, 0.45, (_OLD, "{topic}")),
            _f("dated", HEADER, 0.8, *_by_day(_az_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (AZ_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}"), count=2),
            _f("graphic", MIDDLE, 0.1, (_OLD, "Graphic by {author2}")),
            _f("session", FOOTER, 0.2, *_by_day(_az_session)),
            _f("partner", FOOTER, 0.15, (_OLD, "This story was reported in partnership with "
                                               "{partner}.")),
            _f("republish", FOOTER, 0.2, (_OLD, "Republish this article for free under our "
                                                "Creative Commons license. See our "
                                                "republishing guidelines.")),
            _f("disclosure", FOOTER, 0.15, (_OLD, "Our donors have no say in our coverage. "
                                                  "See the full list of our supporters.")),
            _f("newsletter", FOOTER, 0.2, (_OLD, "Get our stories first: sign up for the "
                                                 "weekly newsletter"),
               (AZ_NEWSLETTER.isoformat(), "Capitol Daily: what lawmakers did today, every "
                                           "weekday at 5 p.m. Sign up free.")),
            _f("appeal", FOOTER, 0.3, *_az_appeal()),
            _f("nonprofit", FOOTER, 0.25, (_OLD, "Saguaro Ledger is a nonpartisan 501(c)(3) "
                                                 "nonprofit newsroom.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Saguaro Ledger")),
            _f("clarification", HEADER, 0.04, (_OLD, "Clarification: This story was updated "
                                                     "to say the bill passed a committee, not "
                                                     "the full Senate.")),
        ),
    )


# --- an alt-weekly (a rust-belt city) --------------------------------------------------------

RC_REDESIGN = dt.date(2017, 9, 6)  # relaunched with the first issue of volume 29
RC_FIRST_VOLUME = 1989  # volume 1 began with the first Wednesday of September 1989
RC_PRESS_CLUB = dt.date(2018, 10, 1)


def volume_start(day: dt.date) -> dt.date:
    """The first Wednesday of September that began `day`'s volume."""
    start = nth_weekday(day.year, 9, 2, 1)
    return start if day >= start else nth_weekday(day.year - 1, 9, 2, 1)


def volume_issue(day: dt.date) -> tuple[int, int]:
    """The volume and issue of the alt-weekly on the stands on `day` (a new one every
    Wednesday; issue 1 each September)."""
    start = volume_start(day)
    return start.year - RC_FIRST_VOLUME + 1, (latest(day, 2) - start).days // 7 + 1


def week_span(first: dt.date) -> str:
    """"March 2-8, 2016", "Feb. 24-March 1, 2016", "Dec. 30, 2015-Jan. 5, 2016"."""
    last = first + 6 * ONE
    if first.year != last.year:
        return f"{ap_date(first)}-{ap_date(last)}"
    if first.month != last.month:
        return (f"{AP_MONTHS[first.month - 1]} {first.day}-{AP_MONTHS[last.month - 1]} "
                f"{last.day}, {last.year}")
    return f"{AP_MONTHS[first.month - 1]} {first.day}-{last.day}, {last.year}"


def _rc_issue(day: dt.date) -> str:
    volume, issue = volume_issue(day)
    return f"Vol. {volume}, Issue {issue} · {week_span(latest(day, 2))}"


def _rc_dated(day: dt.date) -> str:
    if day < RC_REDESIGN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()][:3]}, "
                f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.day}, {day.year} at {{time12}}")
    return ap_date(day)


def _rc_notice() -> Wordings:
    base = _steps((_OLD, "Rust City Reader is free, every Wednesday, at 500 locations around "
                         "town."),
                  (RC_PRESS_CLUB.isoformat(), "Keep the Reader free: join the Reader Press "
                                              "Club from $5 a month."))
    ballot = _yearly("05-01", 0, 30, lambda y: (
        f"🏆 Best of Rust City {y}: the readers' poll is open through May 31"
        if y != 2020 else "🏆 Best of Rust City 2020 moves online: vote for the places "
                          "that kept us going"))
    news = [_span("2020-03-16", "2020-05-31", "Our print edition is on pause. Read every "
                                              "story here, free.")]
    holidays = _movable(thanksgiving, 6, 0, lambda _: "🦃 Thanksgiving week: this issue hits "
                                                      "the stands Tuesday")
    holidays += _yearly("06-01", 0, 0, lambda _: "🏳️‍🌈 Pride Month: our guide to every "
                                                 "march, party and drag brunch")
    holidays += _yearly("10-25", 0, 6, lambda _: "🎃 Halloween: haunted houses, costume "
                                                 "parties and horror double features")
    return _calendar(base, ballot, news, holidays)


def rustcity_style() -> PublisherStyle:
    """An alt-weekly (a rust-belt city): a kicker, the volume and issue with the week's span
    turning every Wednesday, the short weekday, date and time turned an AP date with the first
    issue of volume 29 (a wording per day), "by", "More:" once, a photo credit, an event
    listing, a free-paper line turned a press club appeal and turned by the readers' poll
    (online in 2020), the 2020 print pause, Thanksgiving week, Pride and Halloween, the
    pick-up line, an adults-only line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="rustcityreader.com", site="Rust City Reader", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "music", "food-drink", "arts", "film", "cannabis"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "kicker": ("NEWS", "MUSIC", "FOOD + DRINK", "ARTS", "FILM", "CANNABIS",
                       "OPINION"),
            "venue": ("the Foundry Room", "Mill Street Tavern", "the Union Hall",
                      "Riverside Amphitheater", "the Blast Furnace"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("issue", HEADER, 0.3, *_by_day(_rc_issue)),
            _f("dated", HEADER, 0.7, *_by_day(_rc_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "by {author}")),
            _f("more", MIDDLE, 0.2, (_OLD, "More: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo by {author2}")),
            _f("event", FOOTER, 0.15, (_OLD, "If you go: {venue}, {weekday} at {time12}. "
                                             "All ages.")),
            _f("notice", FOOTER, 0.3, *_rc_notice()),
            _f("pickup", FOOTER, 0.2, (_OLD, "Find a copy: our pick-up map lists every box, "
                                             "cafe and bar that carries us.")),
            _f("adults", FOOTER, 0.1, (_OLD, "Some content on this page is intended for "
                                             "readers 21 and over.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Rust City Reader. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: The band's name was misspelled "
                                                  "in an earlier version.")),
        ),
    )


# --- a Chinese-language weekly (San Francisco) -----------------------------------------------

SF_REDESIGN = dt.date(2019, 2, 5)  # relaunched on the Lunar New Year's day
SF_APP = dt.date(2017, 11, 1)
SF_FIRST_ISSUE = 702
ZODIAC = {2015: "羊", 2016: "猴", 2017: "雞", 2018: "狗", 2019: "豬", 2020: "鼠"}
SF_PARADE = {2015: "2015-03-07", 2016: "2016-02-20", 2017: "2017-02-11", 2018: "2018-03-03",
             2019: "2019-02-23", 2020: "2020-02-08"}


def sf_issue(day: dt.date) -> int:
    """The number of the Thursday issue out on `day`."""
    return SF_FIRST_ISSUE + weeks_since(day, 3)


def _sf_issue(day: dt.date) -> str:
    thursday = latest(day, 3)
    return f"本報第{sf_issue(day)}期 · {thursday.year}年{thursday.month}月{thursday.day}日出版"


def _sf_dated(day: dt.date) -> str:
    if day < SF_REDESIGN:
        return f"{day.year}-{day.month:02d}-{day.day:02d}"
    return (f"{day.year}年{day.month}月{day.day}日 {CHINESE_WEEKDAYS[day.weekday()]} "
            f"{{time}}")


def _sf_notice() -> Wordings:
    base = _steps((_OLD, "歡迎關注本報Facebook專頁及微信公眾號"),
                  (SF_APP.isoformat(), "📲 下載金山週報App，即時接收灣區新聞推送"))
    votes: list[Event] = [_vote(election_day(y).isoformat(), f"🗳️ {y}年11月{election_day(y).day}"
                                                             f"日選舉日：投票站早上7時至晚上8時"
                                                             f"開放", before=6, after=0)
                          for y in (2016, 2018, 2020)]
    votes += [_vote(day, "🗳️ 加州初選日：請記得投票", before=3, after=0)
              for day in ("2016-06-07", "2018-06-05", "2020-03-03")]
    news: list[Event] = [
        _span("2020-03-17", "2020-06-14", "🏠 三藩市居家避疫令生效：非必要請留在家中"),
        census("📋 2020人口普查：每個人都要被數到，請上網、電話或郵寄填表"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 2, 5, lambda y: f"🧧 恭賀新禧，{ZODIAC[y]}"
                                                               f"年大吉！")
    feasts += _movable(_listed(SF_PARADE), 3, 0, lambda y: f"🐉 {y}年春節花車巡遊：交通管制"
                                                           f"及最佳觀賞地點")
    feasts += _movable(_listed(MID_AUTUMN), 2, 0, lambda _: "🥮 中秋佳節，人月兩團圓")
    return _calendar(base, votes, news, feasts)


def jinshan_style() -> PublisherStyle:
    """A Chinese-language weekly (San Francisco, traditional characters): a section kicker,
    a dashed date turned the long date with the weekday and the time on the 2019 Lunar New
    Year (a wording per day), the reporter with the place, "相關新聞：" up to twice, a photo
    credit from a pool, the Thursday issue's number and date, a social line turned an app
    appeal and turned by general elections and California primaries, the 2020 stay-at-home
    order and census, the New Year with its animal, the parade and the Mid-Autumn festival, a
    subscription price rising, the advertising line and a rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="jinshanweekly.com", site="金山週報", base_size=110,
        subdomains=(("www.", 100),),
        sections=("bayarea", "chinatown", "immigration", "education", "community"),
        n_authors=5, url_path="/news/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "leibie": ("灣區新聞", "華埠", "移民", "教育", "社區", "美國新聞", "體育"),
            "tu": ("本報記者攝", "資料圖片", "受訪者提供", "美聯社"),
            "didian": ("舊金山", "奧克蘭", "聖荷西", "屋崙"),
            "laiyuan": ("本報綜合報導", "中央社", "美聯社", "世界新聞網"),
        },
        families=(
            _f("leibie", HEADER, 0.45, (_OLD, "{leibie}")),
            _f("riqi", HEADER, 0.8, *_by_day(_sf_dated)),
            _f("jizhe", HEADER, 0.55, (_OLD, "本報記者{author}／{didian}報導")),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相關新聞：{other_title}"), count=2),
            _f("tu", MIDDLE, 0.25, (_OLD, "（圖：{tu}）")),
            _f("laiyuan", FOOTER, 0.2, (_OLD, "來源：{laiyuan}")),
            _f("qihao", FOOTER, 0.15, *_by_day(_sf_issue)),
            _f("tongzhi", FOOTER, 0.3, *_sf_notice()),
            _f("dingyue", FOOTER, 0.15, (_OLD, "訂閱報紙：一年$48，送報到府"),
               ("2018-01-01", "訂閱報紙：一年$58，送報到府，另有網上版")),
            _f("guanggao", FOOTER, 0.25, (_OLD, "廣告刊登請洽：(415) 000-0088")),
            _f("banquan", FOOTER, 0.35, (_OLD, "© {year} 金山週報 版權所有，未經授權不得轉載")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本報日前報導中的會議日期有誤，特此更正。")),
        ),
    )


# --- a Korean daily (Los Angeles) ------------------------------------------------------------

KR_REDESIGN = dt.date(2018, 6, 5)  # relaunched on the California primary
KR_YOUTUBE = dt.date(2019, 3, 1)
SEOLLAL = LUNAR_NEW_YEAR
CHUSEOK = MID_AUTUMN


def krw_rate(day: dt.date) -> tuple[dt.date, int]:
    """The won-dollar base rate `day`'s pages quote and the business day it is of (a made-up
    rate, the Friday's over the weekend)."""
    quoted = day - dt.timedelta(days=max(0, day.weekday() - 4))
    return quoted, hashed(quoted, "krw", 1085, 1215)


def _kr_rate(day: dt.date) -> str:
    quoted, rate = krw_rate(day)
    return f"💱 오늘의 환율 ({quoted.month}월 {quoted.day}일 기준) 1달러 = {rate:,}원"


def _kr_dated(day: dt.date) -> str:
    if day < KR_REDESIGN:
        return f"입력 {day.year}-{day.month:02d}-{day.day:02d} {{time}}"
    return (f"{day.year}년 {day.month}월 {day.day}일 ({KOREAN_WEEKDAYS[day.weekday()]}) "
            f"{{time}}")


def _kr_notice() -> Wordings:
    base = _steps((_OLD, "라성일보 카카오톡 플러스친구를 추가하세요"),
                  (KR_YOUTUBE.isoformat(), "🎬 라성일보 유튜브 채널에서 한인사회 영상 뉴스를 "
                                           "만나보세요"))
    votes: list[Event] = [
        _span("2016-03-30", "2016-04-04", "🗳️ 제20대 국회의원선거 재외투표: LA 총영사관 "
                                          "투표소에서"),
        _span("2017-04-25", "2017-04-30", "🗳️ 제19대 대통령선거 재외투표: 여권을 지참하세요"),
    ]
    votes += [_vote(day, "🗳️ 캘리포니아 예비선거일: 한인 유권자의 한 표가 중요합니다",
                    before=3, after=0) for day in ("2016-06-07", "2018-06-05", "2020-03-03")]
    votes += [_vote(election_day(y).isoformat(), f"🗳️ {y} 미국 선거일: 투표소는 오전 7시부터 "
                                                 f"오후 8시까지", before=5, after=0)
              for y in (2016, 2018, 2020)]
    news = [_span("2020-03-19", "2020-05-31", "🏠 가주 자택대피령: 필수 업종 외 영업 중단"),
            census("📋 2020 인구조사에 꼭 참여하세요: 한인 인구가 정확히 집계되어야 "
                   "합니다")]
    feasts = _movable(_listed(SEOLLAL), 1, 1, lambda _: "🧧 새해 복 많이 받으세요")
    feasts += _movable(_listed(CHUSEOK), 1, 1, lambda _: "🌕 즐거운 추석 보내세요")
    feasts += _yearly("04-29", 1, 0, lambda y: f"4·29 LA 폭동 {y - 1992}주년: 잊지 말아야 할 "
                                               f"그날")
    feasts += _yearly("08-15", 0, 0, lambda y: f"🇰🇷 제{y - 1945}주년 광복절")
    return _calendar(base, feasts, votes, news)  # the 25th anniversary of 4·29 breaks in


def rasung_style() -> PublisherStyle:
    """A Korean daily (Los Angeles): a section kicker, "입력" with a dashed date turned the
    long Korean date with the weekday on the 2018 California primary (a wording per day), the
    reporter, "▶ 관련기사:" up to twice, a photo credit from a pool, the won's rate of the
    business day, a messenger line turned a video channel and turned by Korea's overseas
    voting, California primaries and US elections, the stay-at-home order and the census,
    Seollal, Chuseok, the 1992 unrest and Liberation Day with their counts, a subscription
    price rising, the tip line and a rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="rasungilbo.com", site="라성일보", base_size=90,
        subdomains=(("www.", 100),),
        sections=("community", "la", "immigration", "business", "sports"),
        n_authors=6, url_path="/article/{n}",
        pools={
            "bunryu": ("한인사회", "LA", "이민", "경제", "교육", "스포츠", "연예"),
            "sajin": ("라성일보", "연합뉴스", "AP", "독자 제공"),
        },
        families=(
            _f("bunryu", HEADER, 0.45, (_OLD, "{bunryu}")),
            _f("nalja", HEADER, 0.8, *_by_day(_kr_dated)),
            _f("gija", HEADER, 0.55, (_OLD, "{author} 기자")),
            _f("gwallyeon", MIDDLE, 0.3, (_OLD, "▶ 관련기사: {other_title}"), count=2),
            _f("sajin", MIDDLE, 0.25, (_OLD, "<사진={sajin}>")),
            _f("jimyeon", FOOTER, 0.08, (_OLD, "이 기사는 라성일보 인쇄판에도 실렸습니다.")),
            _f("hwanyul", FOOTER, 0.2, *_by_day(_kr_rate)),
            _f("allim", FOOTER, 0.3, *_kr_notice()),
            _f("gudok", FOOTER, 0.15, (_OLD, "정기구독 신청: 월 $15"),
               ("2018-01-01", "정기구독 신청: 월 $18 (온라인 포함)")),
            _f("jebo", FOOTER, 0.25, (_OLD, "제보 및 문의: (213) 000-0700 · "
                                            "news@rasungilbo.com")),
            _f("jeojakgwon", FOOTER, 0.35, (_OLD, "<저작권자 © 라성일보, 무단 전재 및 재배포 "
                                                  "금지>")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 본지 기사 중 행사 장소를 바로잡습니다.")),
        ),
    )


# --- a Vietnamese weekly (Little Saigon, California) -----------------------------------------

VN_REDESIGN = dt.date(2018, 2, 16)  # relaunched on Tet 2018
VN_LIVE = dt.date(2017, 6, 1)
VN_FIRST_ISSUE = 880
CAN_CHI = {2015: "Ất Mùi", 2016: "Bính Thân", 2017: "Đinh Dậu", 2018: "Mậu Tuất",
           2019: "Kỷ Hợi", 2020: "Canh Tý"}


def vn_issue(day: dt.date) -> int:
    """The number of the Friday paper out on `day`."""
    return VN_FIRST_ISSUE + weeks_since(day, 4)


def _vn_issue(day: dt.date) -> str:
    friday = latest(day, 4)
    return f"Báo giấy số {vn_issue(day)}, phát hành Thứ Sáu {friday.day:02d}/{friday.month:02d}"


def _vn_dated(day: dt.date) -> str:
    if day < VN_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{VIETNAMESE_WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year}"
            f" - {{time}}")


def _vn_notice() -> Wordings:
    base = _steps((_OLD, "Mời quý độc giả theo dõi chúng tôi trên Facebook"),
                  (VN_LIVE.isoformat(), "📺 Xem tin tức trực tiếp mỗi tối trên kênh YouTube "
                                        "của chúng tôi"))
    votes: list[Event] = [_vote(election_day(y).isoformat(), f"🗳️ Ngày Bầu Cử {y}: xin "
                                                             f"quý vị đi bầu", before=5,
                                after=0) for y in (2016, 2018, 2020)]
    votes += [_vote(day, "🗳️ Bầu cử sơ bộ California: lá phiếu của cộng đồng rất quan trọng",
                    before=3, after=0) for day in ("2016-06-07", "2018-06-05", "2020-03-03")]
    news = [_span("2020-03-19", "2020-05-31", "🏠 Lệnh ở nhà của California: xin giữ an toàn "
                                              "cho gia đình"),
            census("📋 Thống Kê Dân Số 2020: hãy điền đơn để cộng đồng được tính đủ")]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 3, 3, lambda y: f"🧧 Chúc Mừng Năm Mới "
                                                               f"{CAN_CHI[y]}")
    feasts += _yearly("04-30", 2, 0, lambda y: f"🕯️ Tháng Tư Đen: tưởng niệm {y - 1975} năm "
                                               f"ngày mất nước")
    feasts += _movable(_listed(MID_AUTUMN), 2, 0, lambda _: "🏮 Vui Tết Trung Thu cùng các "
                                                            "em thiếu nhi")
    return _calendar(base, feasts, votes, news)  # Black April breaks into the 2020 order


def littlesaigon_style() -> PublisherStyle:
    """A Vietnamese weekly (Little Saigon, California): a section kicker, a slashed date
    turned the weekday, the date and the time on Tet 2018 (a wording per day), the author
    turned "Bài:", "Xem thêm:" up to twice, a photo credit from a pool, the Friday paper's
    number, a social line turned a live video channel and turned by elections and primaries,
    the stay-at-home order and the census, Tet with its year's name, Black April with its
    count and the Mid-Autumn festival, the advertising line and a rights line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="tiengnoilittlesaigon.com", site="Tiếng Nói Little Saigon", base_size=70,
        subdomains=(("www.", 100),),
        sections=("cong-dong", "hoa-ky", "viet-nam", "the-gioi", "van-hoa"),
        n_authors=4, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Cộng Đồng", "Hoa Kỳ", "Việt Nam", "Thế Giới", "Văn Hóa",
                          "Sức Khỏe"),
            "hinh": ("Tiếng Nói Little Saigon", "AP", "Getty Images", "Độc giả cung cấp"),
            "nguon": ("AP", "Reuters", "VOA", "tổng hợp"),
        },
        families=(
            _f("chuyenmuc", HEADER, 0.4, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.75, *_by_day(_vn_dated)),
            _f("tacgia", HEADER, 0.5, (_OLD, "{author}"),
               (VN_REDESIGN.isoformat(), "Bài: {author}")),
            _f("xemthem", MIDDLE, 0.3, (_OLD, "Xem thêm: {other_title}"), count=2),
            _f("hinh", MIDDLE, 0.25, (_OLD, "Hình: {hinh}")),
            _f("nguon", FOOTER, 0.2, (_OLD, "(Nguồn: {nguon})")),
            _f("sobao", FOOTER, 0.15, *_by_day(_vn_issue)),
            _f("thongbao", FOOTER, 0.3, *_vn_notice()),
            _f("dangky", FOOTER, 0.15, (_OLD, "Đặt báo giao tận nhà: $40 một năm"),
               ("2019-01-01", "Đặt báo giao tận nhà: $48 một năm, kèm báo điện tử")),
            _f("quangcao", FOOTER, 0.25, (_OLD, "Quảng cáo xin liên lạc: (714) 000-0350")),
            _f("banquyen", FOOTER, 0.35, (_OLD, "© {year} Tiếng Nói Little Saigon. Mọi hình "
                                                "thức sao chép phải được sự đồng ý.")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: bản tin trước ghi sai giờ khai "
                                                 "mạc, xin thành thật cáo lỗi.")),
        ),
    )


# --- an Arabic weekly (Dearborn, Michigan) ---------------------------------------------------

MI_REDESIGN = dt.date(2018, 5, 16)  # relaunched on the first day of Ramadan 2018
MI_ENGLISH = dt.date(2017, 1, 9)


def arabic_digits(number: int | str, width: int = 0) -> str:
    return digits(number, ARABIC_ZERO, width)


def ramadan_day(day: dt.date) -> int | None:
    """The day of Ramadan `day` falls in (1 on the first day, to the eve of the Eid), None
    outside it."""
    if day.year not in RAMADAN:
        return None
    first, eid = iso_day(RAMADAN[day.year]), iso_day(EID_FITR[day.year])
    return (day - first).days + 1 if first <= day < eid else None


def _mi_ramadan(day: dt.date) -> str:
    n = ramadan_day(day)
    if n is None:
        return "📅 دليل نشاطات الجالية هذا الأسبوع في ديربورن وديترويت"
    return f"🌙 اليوم {n} من رمضان {HIJRI_YEAR[day.year]}هـ: مواعيد الإفطار في ديربورن"


def _mi_dated(day: dt.date) -> str:
    if day < MI_REDESIGN:
        return (f"ديربورن - {ARABIC_WEEKDAYS[day.weekday()]} {day.day} "
                f"{LEVANTINE_MONTHS[day.month - 1]} {day.year}")
    return (f"{ARABIC_WEEKDAYS[day.weekday()]} {arabic_digits(day.day)} "
            f"{LEVANTINE_MONTHS[day.month - 1]} ({GREGORIAN_ARABIC_MONTHS[day.month - 1]}) "
            f"{arabic_digits(day.year)}")


def _mi_notice() -> Wordings:
    base = _steps((_OLD, "تابعونا على فيسبوك وتويتر"),
                  (MI_ENGLISH.isoformat(), "🇺🇸 اقرأوا أخبار الجالية بالإنكليزية على موقعنا "
                                           "الجديد"))
    votes: list[Event] = [_vote(day, "🗳️ الانتخابات التمهيدية في ميشيغن: صوتك يصنع الفرق",
                                before=3, after=0)
                          for day in ("2016-03-08", "2016-08-02", "2018-08-07", "2020-03-10",
                                      "2020-08-04")]
    votes += [_vote(election_day(y).isoformat(), f"🗳️ انتخابات {y}: مراكز الاقتراع مفتوحة "
                                                 f"من 7 صباحاً حتى 8 مساءً", before=5,
                    after=0) for y in (2016, 2018, 2020)]
    news = [_span("2020-03-24", "2020-06-01", "🏠 أمر البقاء في المنزل في ميشيغن: ما المسموح "
                                              "وما الممنوع"),
            census("📋 شاركوا في إحصاء 2020: العرب الأميركيون يجب أن يُحسبوا")]
    feasts = _movable(_listed(RAMADAN), 1, 2, lambda _: "🌙 رمضان كريم وكل عام وأنتم بخير")
    feasts += _movable(_listed(EID_FITR), 1, 2, lambda _: "🎉 عيد فطر مبارك")
    feasts += _movable(_listed(EID_ADHA), 1, 2, lambda _: "🐑 عيد أضحى مبارك")
    return _calendar(base, feasts, votes, news)  # Ramadan breaks into the 2020 order


def dearborn_style() -> PublisherStyle:
    """An Arabic weekly (Dearborn, Michigan): a section kicker, the town, weekday and date
    with the Levantine month turned the weekday and the date in Arabic-Indic digits with both
    month names on the first day of Ramadan 2018 (a wording per day), "بقلم", "اقرأ أيضاً:"
    once, a photo credit from a pool, the day of Ramadan and its iftar times (the community
    guide outside it), a social line turned an English-edition line and turned by Michigan's
    primaries and general elections, the stay-at-home order, the census, Ramadan and the Eids,
    a subscription price rising, the office line and a rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="sadadearborn.com", site="صدى ديربورن", base_size=55,
        subdomains=(("www.", 100),),
        sections=("community", "michigan", "america", "middle-east", "opinion"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "qism": ("الجالية", "ميشيغن", "أميركا", "الشرق الأوسط", "رأي", "ثقافة"),
            "taswir": ("صدى ديربورن", "أ ب", "رويترز", "أرشيف"),
            "masdar": ("وكالات", "أسوشيتد برس", "رويترز", "خاص"),
        },
        families=(
            _f("qism", HEADER, 0.4, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.75, *_by_day(_mi_dated)),
            _f("biqalam", HEADER, 0.45, (_OLD, "بقلم {author}")),
            _f("iqra", MIDDLE, 0.2, (_OLD, "اقرأ أيضاً: {other_title}")),
            _f("taswir", MIDDLE, 0.2, (_OLD, "(تصوير: {taswir})")),
            _f("masdar", FOOTER, 0.2, (_OLD, "المصدر: {masdar}")),
            _f("ramadan", FOOTER, 0.15, *_by_day(_mi_ramadan)),
            _f("ilan", FOOTER, 0.3, *_mi_notice()),
            _f("ishtirak", FOOTER, 0.15, (_OLD, "الاشتراك السنوي في النسخة الورقية: 40 دولاراً"),
               ("2019-01-01", "الاشتراك السنوي في النسخة الورقية: 50 دولاراً")),
            _f("maktab", FOOTER, 0.25, (_OLD, "للإعلان والاشتراك: (313) 000-0581")),
            _f("huquq", FOOTER, 0.35, (_OLD, "جميع الحقوق محفوظة © {year} صدى ديربورن")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: ورد في نسخة سابقة من الخبر اسم خاطئ "
                                              "للمتحدث.")),
        ),
    )


# --- a Haitian Creole radio and news site (Miami) --------------------------------------------

HT_REDESIGN = dt.date(2019, 5, 18)  # relaunched on Flag Day 2019
HT_WHATSAPP = dt.date(2018, 2, 1)


def _ht_show(day: dt.date) -> str:
    weekday = CREOLE_WEEKDAYS[day.weekday()].lower()
    if day.weekday() == 6:
        return f"🎙️ Jodi a, {weekday}: Lamès an dirèk a 9è, answit Konpa Dimanch a 2è"
    if day.weekday() == 5:
        return f"🎙️ Jodi a, {weekday}: Espò Lakay a 10è, answit Sware Konpa a 8è"
    return f"🎙️ Jodi a, {weekday}: Bonjou Lakay 6è-9è, Jounal Midi a 12è, Jounal Swa a 6è"


def _ht_dated(day: dt.date) -> str:
    if day < HT_REDESIGN:
        return f"{day.day} {CREOLE_MONTHS[day.month - 1]} {day.year}"
    return (f"{CREOLE_WEEKDAYS[day.weekday()]} {day.day} {CREOLE_MONTHS[day.month - 1]} "
            f"{day.year} | {{time12}}")


def _ht_notice() -> Wordings:
    base = _steps((_OLD, "Suiv nou sou Facebook ak Instagram | Follow us on Facebook and "
                         "Instagram"),
                  (HT_WHATSAPP.isoformat(), "📲 Voye nouvèl ou sou WhatsApp: (305) 000-0509"))
    news: list[Event] = [
        _span("2016-10-03", "2016-10-16", "🌀 Siklòn Matthew: kijan pou ede fanmi nou "
                                          "ann Ayiti"),
        _span("2017-09-06", "2017-09-17", "🌀 Siklòn Irma: abri, dlo ak enfòmasyon pou "
                                          "Miyami"),
        _span("2017-11-21", "2017-12-10", "⚠️ TPS pou Ayisyen: sa desizyon an vle di pou "
                                          "ou | What the TPS decision means"),
        _span("2020-03-24", "2020-05-17", "🏠 Rete lakay ou: konsèy sou kowonaviris la"),
        census("📋 Resansman 2020: tout moun konte | Everyone counts"),
    ]
    news += [_vote(election_day(y).isoformat(), f"🗳️ Eleksyon {y}: ale vote | Go vote",
                   before=5, after=0) for y in (2016, 2018, 2020)]
    feasts = _yearly("01-01", 1, 0, lambda y: f"🇭🇹 Bòn ane! {y - 1804}yèm anivèsè "
                                              f"Endepandans Ayiti")
    feasts += _yearly("01-12", 0, 0, lambda y: f"🕯️ {y - 2010} an depi tranbleman tè 12 "
                                               f"janvye a: nou pa bliye")
    feasts += _yearly("05-18", 1, 0, lambda y: f"🇭🇹 Bòn fèt Drapo! {y - 1803} an depi "
                                               f"1803")
    feasts += _movable(carnival_tuesday, 2, 0, lambda y: f"🎭 Kanaval {y}: mizik ak "
                                                         f"ambyans an dirèk")
    return _calendar(base, feasts, news)  # Flag Day breaks into the census


def lakay_style() -> PublisherStyle:
    """A Haitian Creole radio and news site (Miami): the Creole date turned the weekday, the
    date and the time on Flag Day 2019 (a wording per day), "Pa" turned with the site, "Li
    tou:" once, a photo credit, the day's programmes by weekday, a bilingual social line
    turned a WhatsApp line and turned by Matthew, Irma, the TPS decision, the 2020 stay home,
    the census and elections, Independence, the earthquake and Flag Day with their counts and
    Kanaval, a membership price rising, the studio line and a rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="lakaymiami.com", site="Lakay Miami", base_size=40,
        subdomains=(("www.", 100),),
        sections=("nouvel", "ayiti", "imigrasyon", "kominote", "espo"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"sous": ("Le Nouvelliste", "AP", "Radio Lakay", "rezo sosyal yo")},
        families=(
            _f("dat", HEADER, 0.6, *_by_day(_ht_dated)),
            _f("ote", HEADER, 0.45, (_OLD, "Pa {author}"),
               (HT_REDESIGN.isoformat(), "Pa {author} | Lakay Miami")),
            _f("li-tou", MIDDLE, 0.2, (_OLD, "Li tou: {other_title}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: {author2}")),
            _f("sous", FOOTER, 0.15, (_OLD, "Sous: {sous}")),
            _f("emisyon", FOOTER, 0.2, *_by_day(_ht_show)),
            _f("koute", FOOTER, 0.2, (_OLD, "📻 Koute nou an dirèk sou 1590 AM ak sou "
                                            "entènèt")),
            _f("avi", FOOTER, 0.3, *_ht_notice()),
            _f("manm", FOOTER, 0.2, (_OLD, "Vin manm Lakay Miami: $5 pa mwa | Become a member "
                                           "for $5 a month"),
               ("2019-01-01", "Vin manm Lakay Miami: $7 pa mwa | Become a member for $7 a "
                              "month")),
            _f("estidyo", FOOTER, 0.3, (_OLD, "Estidyo: Little Haiti, Miami · Liy dirèk: "
                                              "(305) 000-0500")),
            _f("dwa", FOOTER, 0.35, (_OLD, "© {year} Lakay Miami. Tout dwa rezève.")),
            _f("koreksyon", HEADER, 0.04, (_OLD, "Koreksyon: nou te bay move dat pou reyinyon "
                                                 "an.")),
        ),
    )


# --- a small volunteer-run news site (a Vermont town) ----------------------------------------

VT_REDESIGN = dt.date(2019, 3, 5)  # relaunched on Town Meeting Day 2019
VT_DONATE = dt.date(2017, 11, 1)


def town_meeting(y: int) -> dt.date:
    """Vermont's Town Meeting Day: the first Tuesday of March."""
    return nth_weekday(y, 3, 1, 1)


def rifle_opener(y: int) -> dt.date:
    """The opening Saturday of Vermont's 16-day rifle deer season (12 days before
    Thanksgiving)."""
    return thanksgiving(y) - 12 * ONE


def _vt_dated(day: dt.date) -> str:
    if day < VT_REDESIGN:
        return f"Posted on {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return long_date(day)


def _vt_meeting(y: int) -> str:
    day = town_meeting(y)
    return (f"🏛️ Town Meeting Day is Tuesday, March {day.day}: the warning, the budget and "
            f"the school articles")


def _vt_notice() -> Wordings:
    base = _steps((_OLD, "The Bulletin is written by your neighbors. Send news and photos to "
                         "editor@maplehollowbulletin.org"),
                  (VT_DONATE.isoformat(), "The Bulletin is free and ad-free. A $25 gift "
                                          "covers a month of web hosting."))
    meetings = _movable(town_meeting, 10, 0, _vt_meeting)
    votes: list[Event] = [_vote(day, "🗳️ Primary day: polls at the town office, 10 a.m. to "
                                     "7 p.m.", before=2, after=0)
                          for day in ("2016-08-09", "2018-08-14", "2020-08-11")]
    votes += [_vote(election_day(y).isoformat(), f"🗳️ Election Day {y}: polls at the town "
                                                 f"office, 10 a.m. to 7 p.m.", before=4,
                    after=0) for y in (2016, 2018, 2020)]
    news = [_span("2020-03-25", "2020-05-15", "The town office is closed to the public. Call "
                                              "or email the clerk.")]
    feasts = _yearly("08-28", 1, 0, lambda y: f"Remembering Irene, {y - 2011} years on")
    feasts += _movable(rifle_opener, 2, 0, lambda _: "🦌 Rifle season opens Saturday: wear "
                                                     "orange on the trails")
    return _calendar(base, meetings, votes, news, feasts)


def maplehollow_style() -> PublisherStyle:
    """A small volunteer-run news site (a Vermont town): "Posted on" with the long date
    turned the weekday and the date on Town Meeting Day 2019 (a wording per day), "by" the
    neighbor who wrote it, the seasons of sugaring, mud season, summer and foliage, a
    volunteers' line turned a gift appeal and turned by Town Meeting Day, primaries and
    general elections, the closed town office of 2020, Irene's anniversary with its count and
    the rifle opener, the week's sponsor from a pool, a community-calendar line and a
    copyright line (a block), a rare cancellation."""
    return PublisherStyle(
        domain="maplehollowbulletin.org", site="Maple Hollow Bulletin", base_size=30,
        subdomains=(("", 100),),
        sections=("town", "schools", "selectboard", "outdoors", "neighbors"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"sponsor": ("Hollow Road General Store", "Brookside Sugarhouse",
                           "Twin Bridges Hardware", "the Grange")},
        families=(
            _f("posted", HEADER, 0.6, *_by_day(_vt_dated)),
            _f("byline", HEADER, 0.4, (_OLD, "by {author}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {author2}")),
            _f("seasons", FOOTER, 0.15, *_seasons(
                ("03-01", "🍁 Sugaring season: sugarhouse open days are on the calendar"),
                ("03-20", "🚧 Mud season: Class 4 roads are posted, check before you drive"),
                ("06-01", "☀️ Summer: the swimming hole, the farmers market and band "
                          "concerts on the green"),
                ("09-20", "🍂 Foliage season: please don't park on the narrow roads"),
                ("12-01", "❄️ Winter parking ban on town roads during plowing"))),
            _f("notice", FOOTER, 0.3, *_vt_notice()),
            _f("sponsor", FOOTER, 0.2, (_OLD, "This week's Bulletin is sponsored by "
                                              "{sponsor}.")),
            _f("letters", FOOTER, 0.15, (_OLD, "Letters are welcome from residents: 300 words, "
                                               "signed, by Monday noon.")),
            _f("obituaries", FOOTER, 0.1, (_OLD, "Obituaries are published free of charge. "
                                                 "Send them with a photo to the editor.")),
            _f("calendar", FOOTER, 0.25, (_OLD, "Add your event to the community calendar: it's "
                                                "free.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Maple Hollow Bulletin")),
            _f("canceled", HEADER, 0.04, (_OLD, "CANCELED: this event has been called off "
                                                "because of the weather.")),
        ),
    )


def heldout120_styles() -> list[PublisherStyle]:
    """The held-back-120 styles, in the order the generator hands them to publishers."""
    return [
        lakeport_style(), kswl_style(), wrvp_style(), faro_style(), saguaro_style(),
        rustcity_style(), jinshan_style(), rasung_style(), littlesaigon_style(),
        dearborn_style(), lakay_style(), maplehollow_style(),
    ]
