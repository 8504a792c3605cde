"""The ``held-back-203`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection
rules and quality results, before any benchmark run on it, and without shaping any line to
pass or to fail a detector: the families are what real sites of these kinds print, from
general knowledge of them. All wording is original; none is copied from the data, from the
tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"showtimes subject to change" line or an advertisement marker. The publishers are cinema
chains, film festivals and film-criticism sites in English, French, Spanish, Korean, Persian
and Polish: a British film-criticism magazine, an American cinema chain, a Korean film
magazine, a French cinema chain, an Iranian film news site (in Persian, with Solar Hijri
dates), a Polish arthouse cinema, a Spanish film-criticism site, a Canadian international
film festival, a French regional film festival, a Korean cinema chain, a Spanish cinema chain
and a Polish film blog. The families are the kinds a crawl of such sites holds: dates
localised day by day in English, French, Spanish, Korean, Persian (the Solar Hijri date, later
in Persian digits with the weekday) and Polish, several changing form on a redesign day (the
opening day of a festival, Nowruz); screening-time lines and age ratings (BBFC, MPAA, Korean,
French, Spanish, Canadian, Iranian and Polish categories) from pools, running times and star
ratings; lines that turn every day (showtimes for the day, festival countdowns "12 days to
go", "J-12", "D-12", the Spanish Día del Espectador and Korea's Culture Day on the last
Wednesday of the month), every week (the French programme week from Wednesday, the Polish
repertoire week from Friday); festival calendars (Cannes, Venice, the London Film Festival,
San Sebastián, Málaga, the Goyas, the Oscars and BAFTAs, Busan and Jeonju, the Fajr
festival with its Persian ordinals, Gdynia and New Horizons, the French Printemps and Fête du
cinéma, the Spanish Fiesta del Cine), accreditation and call-for-entries notices that follow a
festival's year, press-screening disclosures reworded between 2017 and 2019, Telegram turned
Instagram after Iran's 2018 block, consent and data-protection lines reworded on the GDPR day,
the 2020 closures and reopenings of cinemas in each country; ticket prices and festival passes
that change by year; "Related"-like lines, advertisement markers, screening venues and
content advisories mid-body (some up to twice); multi-line blocks (address, contact and
copyright lines), bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
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
    ordinal,
    thanksgiving,
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
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
MIESIACA = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
MAHHA = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
         "بهمن", "اسفند")
RUZHA = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
PERSIAN_ZERO = "۰"

# --- helpers of this set ------------------------------------------------------------------


def jalali(day: dt.date) -> tuple[int, int, int]:
    """The Solar Hijri (Jalali) year, month and day of `day`, as Iranian sites print them."""
    gy, gm, gd = day.year, day.month, day.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = (355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd
            + before[gm - 1])
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


def fa(number: int | str, width: int = 0) -> str:
    """A number in Persian digits, zero-padded to `width` (other characters kept)."""
    return "".join(digits(c, PERSIAN_ZERO) if c.isdigit() else c
                   for c in str(number).zfill(width))


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


def within(day: dt.date, spans: dict[int, tuple[str, str]]) -> tuple[int, dt.date, dt.date
                                                                     ] | None:
    """The year, first and last day of the entry of `spans` (year -> (first, last ISO day))
    that `day` falls in, if any."""
    for y, (first, last) in spans.items():
        if iso_day(first) <= day <= iso_day(last):
            return y, iso_day(first), iso_day(last)
    return None


def events(spans: dict[int, tuple[str, str]], text: Callable[[int], str], before: int = 0,
           after: int = 0) -> list[Event]:
    """An event per entry of `spans` (year -> (first, last ISO day)), from `before` days
    before the first day to `after` days after the last; `text` is given the year."""
    return [(iso_day(first, -before), iso_day(last, after + 1), text(y))
            for y, (first, last) in spans.items()]


def last_of_week(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`: the day a programme week starts."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def next_of_week(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) on or after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def culture_day(y: int, m: int) -> dt.date:
    """Korea's Culture Day: the last Wednesday of the month."""
    return last_weekday(y, m, 2)


# --- calendars of the film world (as the sites printed them) ------------------------------

CANNES = {2015: ("2015-05-13", "2015-05-24"), 2016: ("2016-05-11", "2016-05-22"),
          2017: ("2017-05-17", "2017-05-28"), 2018: ("2018-05-08", "2018-05-19"),
          2019: ("2019-05-14", "2019-05-25")}  # 2020: cancelled
VENICE = {2015: ("2015-09-02", "2015-09-12"), 2016: ("2016-08-31", "2016-09-10"),
          2017: ("2017-08-30", "2017-09-09"), 2018: ("2018-08-29", "2018-09-08"),
          2019: ("2019-08-28", "2019-09-07"), 2020: ("2020-09-02", "2020-09-12")}
LFF = {2015: ("2015-10-07", "2015-10-18"), 2016: ("2016-10-05", "2016-10-16"),
       2017: ("2017-10-04", "2017-10-15"), 2018: ("2018-10-10", "2018-10-21"),
       2019: ("2019-10-02", "2019-10-13"), 2020: ("2020-10-07", "2020-10-18")}
OSCARS = {2015: "2015-02-22", 2016: "2016-02-28", 2017: "2017-02-26", 2018: "2018-03-04",
          2019: "2019-02-24", 2020: "2020-02-09"}
BAFTAS = {2015: "2015-02-08", 2016: "2016-02-14", 2017: "2017-02-12", 2018: "2018-02-18",
          2019: "2019-02-10", 2020: "2020-02-02"}
SAN_SEBASTIAN = {2015: ("2015-09-18", "2015-09-26"), 2016: ("2016-09-16", "2016-09-24"),
                 2017: ("2017-09-22", "2017-09-30"), 2018: ("2018-09-21", "2018-09-29"),
                 2019: ("2019-09-20", "2019-09-28"), 2020: ("2020-09-18", "2020-09-26")}
MALAGA = {2015: ("2015-04-17", "2015-04-26"), 2016: ("2016-04-22", "2016-05-01"),
          2017: ("2017-03-17", "2017-03-26"), 2018: ("2018-04-13", "2018-04-22"),
          2019: ("2019-03-15", "2019-03-24"), 2020: ("2020-08-21", "2020-08-30")}
GOYAS = {2015: "2015-02-07", 2016: "2016-02-06", 2017: "2017-02-04", 2018: "2018-02-03",
         2019: "2019-02-02", 2020: "2020-01-25"}
BUSAN = {2015: ("2015-10-01", "2015-10-10"), 2016: ("2016-10-06", "2016-10-15"),
         2017: ("2017-10-12", "2017-10-21"), 2018: ("2018-10-04", "2018-10-13"),
         2019: ("2019-10-03", "2019-10-12"), 2020: ("2020-10-21", "2020-10-30")}
JEONJU = {2015: ("2015-04-30", "2015-05-09"), 2016: ("2016-04-28", "2016-05-07"),
          2017: ("2017-04-27", "2017-05-06"), 2018: ("2018-05-03", "2018-05-12"),
          2019: ("2019-05-02", "2019-05-11"), 2020: ("2020-05-28", "2020-06-06")}
FAJR = {y: (f"{y}-02-01", f"{y}-02-11") for y in YEARS}  # 12 to 22 Bahman
FAJR_ORDINALS = {2015: "سی‌وسومین", 2016: "سی‌وچهارمین", 2017: "سی‌وپنجمین",
                 2018: "سی‌وششمین", 2019: "سی‌وهفتمین", 2020: "سی‌وهشتمین"}
ASHURA = {2015: "2015-10-24", 2016: "2016-10-12", 2017: "2017-10-01", 2018: "2018-09-20",
          2019: "2019-09-10", 2020: "2020-08-30"}
GDYNIA = {2015: ("2015-09-14", "2015-09-19"), 2016: ("2016-09-19", "2016-09-24"),
          2017: ("2017-09-18", "2017-09-23"), 2018: ("2018-09-17", "2018-09-22"),
          2019: ("2019-09-16", "2019-09-21"), 2020: ("2020-12-08", "2020-12-12")}
NEW_HORIZONS = {2015: ("2015-07-23", "2015-08-02"), 2016: ("2016-07-21", "2016-07-31"),
                2017: ("2017-08-03", "2017-08-13"), 2018: ("2018-07-26", "2018-08-05"),
                2019: ("2019-08-01", "2019-08-11"), 2020: ("2020-11-05", "2020-11-15")}
PRINTEMPS = {2015: ("2015-03-22", "2015-03-24"), 2016: ("2016-03-20", "2016-03-22"),
             2017: ("2017-03-19", "2017-03-21"), 2018: ("2018-03-18", "2018-03-20"),
             2019: ("2019-03-17", "2019-03-19")}  # 2020: cancelled
FETE = {2015: ("2015-06-28", "2015-07-01"), 2016: ("2016-06-26", "2016-06-29"),
        2017: ("2017-06-25", "2017-06-28"), 2018: ("2018-07-01", "2018-07-04"),
        2019: ("2019-06-30", "2019-07-03")}
FIESTA_DEL_CINE = {2015: ("2015-10-26", "2015-10-28"), 2016: ("2016-10-24", "2016-10-26"),
                   2017: ("2017-10-23", "2017-10-25"), 2018: ("2018-10-22", "2018-10-24"),
                   2019: ("2019-10-28", "2019-10-30")}
GDPR_DAY = dt.date(2018, 5, 25)


# --- a British film-criticism magazine ----------------------------------------------------

RV_REDESIGN = dt.date(2018, 5, 8)  # relaunched on the opening day of Cannes 2018
RV_SCREENING = dt.date(2017, 9, 1)
RV_NEWSLETTER = dt.date(2019, 1, 11)
UK_LOCKDOWN = ("2020-03-17", "2020-07-03")


def _rv_dated(day: dt.date) -> str:
    if day < RV_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
    return f"Published {day.day} {MONTHS[day.month - 1]} {day.year} · Updated {{time}}"


@cache
def _rv_notice() -> Wordings:
    base = _steps((_OLD, "Get the Reel Verdict newsletter: every new release, reviewed"),
                  (RV_NEWSLETTER.isoformat(), "📬 The Friday Reel: this week's releases "
                                              "reviewed, in your inbox every Friday. Sign up"))
    lockdown = [_span(*UK_LOCKDOWN, "🏠 Cinemas are closed: our pick of the best new films "
                                    "to stream at home"),
                _span("2020-11-05", "2020-12-01", "🏠 Cinemas in England are closed again: "
                                                  "what to watch this week")]
    festivals = (events(CANNES, lambda y: f"🌴 Cannes {y}: every competition film reviewed, "
                                          f"live from the Croisette")
                 + events(VENICE, lambda y: f"🦁 Venice {y}: our reviews from the Lido")
                 + events(LFF, lambda y: f"🎟️ London Film Festival {y}: reviews and "
                                         f"red-carpet interviews"))
    awards = ([(iso_day(day, -3), iso_day(day, 2), f"🏆 Oscars {y}: the winners, live from "
                                                   f"1am UK time")
               for y, day in OSCARS.items()]
              + [(iso_day(day, -3), iso_day(day, 2), f"🎭 BAFTAs {y}: the full list of "
                                                     f"winners")
                 for y, day in BAFTAS.items()])
    return _calendar(base, lockdown, festivals, awards)


def reelverdict_style() -> PublisherStyle:
    """A British film-criticism magazine: a section kicker from a pool, the short numeric date
    turned "Published" with the long date and the updated time on the opening day of Cannes
    2018 (a wording per day), "Reviewed by" turned the critic with a handle, a star rating,
    the certificate and running time from pools, "Read our review:" (reworded on the
    redesign) and "Advertisement" up to twice mid-body, a trailer marker, a press-screening
    disclosure reworded in 2017, a where-to-watch line turned an affiliate disclosure, a
    newsletter appeal reworded in 2019 and turned by Cannes, Venice, the London Film
    Festival, the Oscars, the BAFTAs and the 2020 closures, the about line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="reelverdict.co.uk", site="Reel Verdict", base_size=250,
        subdomains=(("www.", 100),),
        sections=("reviews", "interviews", "festivals", "features", "streaming"),
        n_authors=12, url_path="/{section}/{slug}",
        pools={
            "kicker": ("REVIEW", "INTERVIEW", "FESTIVALS", "FEATURE", "STREAMING",
                       "BOX OFFICE", "NEWS"),
            "stars": ("★★★★☆", "★★★☆☆", "★★★★★", "★★☆☆☆", "★☆☆☆☆"),
            "cert": ("15", "12A", "PG", "18", "U"),
            "runtime": ("118", "96", "134", "102", "88", "141", "109"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_rv_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Reviewed by {author}"),
               (RV_REDESIGN.isoformat(), "Words by {author} {author_handle}")),
            _f("stars", HEADER, 0.45, (_OLD, "{stars}")),
            _f("factfile", HEADER, 0.35, (_OLD, "Certificate: {cert} · Running time: "
                                                "{runtime} mins")),
            _f("related", MIDDLE, 0.4, (_OLD, "Read our review: {other_title}"),
               (RV_REDESIGN.isoformat(), "You might also like: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("trailer", MIDDLE, 0.2, (_OLD, "▶ Watch the trailer")),
            _f("screening", FOOTER, 0.3,
               (_OLD, "Reviewed at a press screening."),
               (RV_SCREENING.isoformat(), "Reel Verdict watched this film at a press "
                                          "screening arranged by its UK distributor.")),
            _f("affiliate", FOOTER, 0.25,
               (_OLD, "Check your local cinema for screening times."),
               (RV_REDESIGN.isoformat(), "When you buy through links on our site, we may earn "
                                         "an affiliate commission.")),
            _f("notice", FOOTER, 0.3, *_rv_notice()),
            _f("about", FOOTER, 0.35, (_OLD, "Reel Verdict is an independent film magazine, "
                                             "published in London since 2009.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Reel Verdict Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "review gave the wrong running time.")),
        ),
    )


# --- an American cinema chain -------------------------------------------------------------

ST_REDESIGN = dt.date(2017, 4, 12)
ST_CLOSED = ("2020-03-17", "2020-08-20")  # reopened on Friday 21 August 2020
ST_PRICES = (("2014-06-01", ("11.50", "8.00", "8.50")), ("2016-03-01", ("12.00", "8.50", "9.00")),
             ("2017-04-12", ("12.50", "8.50", "9.00")), ("2018-06-01", ("13.25", "9.00", "9.50")),
             ("2019-06-01", ("13.75", "9.50", "10.00")))
ST_TUESDAY = (("2014-01-01", "$5"), ("2019-07-02", "$6"))
ST_SUMMER = {y: (f"{y}-06-15", f"{y}-08-15") for y in range(2015, 2020)}


def _st_dated(day: dt.date) -> str:
    if day < ST_REDESIGN:
        return f"Posted on {day.month:02d}/{day.day:02d}/{day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _st_showtimes(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}"
    if iso_day(ST_CLOSED[0]) <= day <= iso_day(ST_CLOSED[1]):
        return f"No showtimes for {when}: all Starlite locations are temporarily closed."
    return f"Showtimes for {when}: {{showtimes}}"


def _st_prices(start: str) -> str:
    adult, matinee, child = dict(ST_PRICES)[start]
    return (f"Adult evening admission ${adult} · matinees before 4 p.m. ${matinee} · children "
            f"and seniors ${child}")


@cache
def _st_notice() -> Wordings:
    base = _steps((_OLD, "Skip the line: buy your tickets online at starlitecinemas.com"),
                  (ST_REDESIGN.isoformat(), "📱 Reserve your seats in the Starlite Cinemas "
                                            "app"))
    closure = [_span(*ST_CLOSED, "⚠️ All Starlite Cinemas are temporarily closed. Gift cards "
                                 "and Rewards points remain valid."),
               _span("2020-08-21", "2020-10-31", "😷 Welcome back: masks are required in our "
                                                 "lobbies and every other row stays empty")]
    summer = events(ST_SUMMER, lambda y: f"🍿 Summer Movie Camp {y}: $1 family films Tuesday "
                                         f"and Wednesday mornings")
    holidays: list[Event] = []
    for y in YEARS:
        day = thanksgiving(y)
        holidays.append((day - 3 * ONE, day + ONE, "🦃 Open Thanksgiving Day: first shows at "
                                                   "noon"))
        holidays.append((dt.date(y, 12, 18), dt.date(y, 12, 26), f"🎄 Open Christmas Day {y}: "
                                                                 f"gift cards in any amount"))
    return _calendar(base, closure, summer, holidays)


def starlite_style() -> PublisherStyle:
    """An American cinema chain: a category from a pool, "Posted on" with the numeric date
    turned the long date on 12 April 2017 (a wording per day), the day's showtimes (a wording
    per day; none while closed in 2020), the MPAA rating with its reasons and the run time
    from pools, the theaters playing a film from a pool, a trailer marker, a tickets appeal
    turned the app and turned by the 2020 closure and reopening, the summer series,
    Thanksgiving and Christmas, the admission prices (raised in 2016-2019), Discount Tuesdays
    ($5, then $6), the captioning line, "Showtimes subject to change" and the copyright line
    (a block), a rare update."""
    return PublisherStyle(
        domain="starlitecinemas.com", site="Starlite Cinemas", base_size=220,
        subdomains=(("www.", 80), ("news.", 20)),
        sections=("now-showing", "coming-soon", "events", "press"),
        n_authors=5, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "category": ("Now Showing", "Coming Soon", "Special Events", "Press Releases",
                         "Fan Events"),
            "mpaa": ("PG-13 for sequences of action violence and some language",
                     "R for violence and language throughout", "PG for mild peril and rude "
                     "humor", "PG-13 for thematic elements and brief strong language",
                     "R for strong language and some sexual content", "G"),
            "runtime": ("1 hr 58 min", "2 hr 14 min", "1 hr 36 min", "2 hr 2 min",
                        "1 hr 47 min", "2 hr 31 min"),
            "theater": ("Starlite 14 Riverside", "Starlite Grand 16", "Starlite Eastgate 8",
                        "Starlite Cinema Grill Westfield", "Starlite Lakeview 10"),
            "showtimes": ("11:40 AM, 2:50 PM, 6:15 PM, 9:30 PM", "12:15 PM, 3:30 PM, 7:00 PM, "
                          "10:10 PM", "1:00 PM, 4:10 PM, 7:20 PM", "10:30 AM, 1:45 PM, 5:00 PM, "
                          "8:15 PM, 11:00 PM", "4:30 PM, 7:45 PM"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_st_dated)),
            _f("notice", HEADER, 0.3, *_st_notice()),
            _f("showtimes", HEADER, 0.35, *_daily(_st_showtimes)),
            _f("rating", HEADER, 0.4, (_OLD, "Rated {mpaa}")),
            _f("runtime", HEADER, 0.3, (_OLD, "Run time: {runtime}")),
            _f("theaters", MIDDLE, 0.3, (_OLD, "Now playing at {theater_list}")),
            _f("trailer", MIDDLE, 0.2, (_OLD, "▶ Play trailer")),
            _f("prices", FOOTER, 0.25, *by_table(
                tuple((start, start) for start, _ in ST_PRICES), _st_prices)),
            _f("tuesday", FOOTER, 0.2, *by_table(ST_TUESDAY, lambda v: (
                f"Discount Tuesdays: every movie, every showtime, {v} for Starlite Rewards "
                f"members"))),
            _f("captions", FOOTER, 0.15, (_OLD, "Closed captioning and audio description "
                                                "devices are available at the box office.")),
            _f("subject", FOOTER, 0.4, (_OLD, "Showtimes subject to change.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Starlite Cinemas, Inc. All rights "
                                                "reserved.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the showtimes for this event have "
                                              "changed.")),
        ),
    )


# --- a Korean film magazine ---------------------------------------------------------------

CM_REDESIGN = dt.date(2018, 10, 4)  # relaunched on the opening day of the 23rd Busan festival
CM_SCREENING = dt.date(2019, 3, 1)
CM_COPYRIGHT = dt.date(2016, 7, 1)
BUSAN_FIRST = 20  # the 2015 edition


def _cm_dated(day: dt.date) -> str:
    if day < CM_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return (f"기사입력 {day.year}년 {day.month:02d}월 {day.day:02d}일 ({YOIL[day.weekday()]}) "
            f"{{time}}")


def _cm_dday(day: dt.date) -> str:
    """The festival countdown strip: D-n before Busan (30 days) and Jeonju (14 days), the
    festival's day while it runs."""
    for y, (first, last) in BUSAN.items():
        ed = y - 2015 + BUSAN_FIRST
        opening, closing = iso_day(first), iso_day(last)
        if opening - 30 * ONE <= day < opening:
            return f"제{ed}회 부산국제영화제 개막 D-{(opening - day).days}"
        if opening <= day <= closing:
            return (f"제{ed}회 부산국제영화제 {(day - opening).days + 1}일차 · 현장 소식을 "
                    f"실시간으로 전합니다")
    for y, (first, last) in JEONJU.items():
        ed = y - 2015 + 16
        opening, closing = iso_day(first), iso_day(last)
        if opening - 14 * ONE <= day < opening:
            return f"제{ed}회 전주국제영화제 개막 D-{(opening - day).days}"
        if opening <= day <= closing:
            return f"제{ed}회 전주국제영화제 {(day - opening).days + 1}일차"
    return "씨네마루 유튜브 채널에서 신작 예고편을 만나보세요"


def cinemaru_style() -> PublisherStyle:
    """A Korean film magazine: a section from a pool, "입력" with the dotted date turned
    "기사입력" with the long date and the weekday on the opening day of the 2018 Busan festival
    (a wording per day), the reporter's line turned the photo credit, the rating and running
    time from pools, a festival countdown strip (D-n before Busan and Jeonju, the festival's
    day while it runs: a wording per day in the run-up), "▶ 관련기사" up to twice and "광고"
    mid-body, a photo credit from a pool, a press-screening note reworded in 2019, the tip-off
    line and the copyright line reworded in 2016 (a block), a rare correction."""
    return PublisherStyle(
        domain="cinemaru.co.kr", site="씨네마루", base_size=195,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("review", "interview", "boxoffice", "festival", "column"),
        n_authors=7, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunryu": ("리뷰", "인터뷰", "박스오피스", "영화제", "현장", "칼럼"),
            "deungeup": ("15세이상관람가", "12세이상관람가", "청소년관람불가", "전체관람가"),
            "bun": ("112", "98", "127", "135", "104", "89"),
            "jegong": ("배급사 제공", "누리픽쳐스 제공", "한빛엔터테인먼트 제공",
                       "부산국제영화제 제공", "전주국제영화제 제공"),
        },
        families=(
            _f("bunryu", HEADER, 0.5, (_OLD, "{bunryu}")),
            _f("ipryeok", HEADER, 0.9, *_by_day(_cm_dated)),
            _f("gija", HEADER, 0.6, (_OLD, "{author} 기자"),
               (CM_REDESIGN.isoformat(), "글 {author} 기자 · 사진 {jegong}")),
            _f("deungeup", HEADER, 0.35, (_OLD, "관람등급 {deungeup} · 상영시간 {bun}분")),
            _f("dday", HEADER, 0.25, *_by_day(_cm_dday)),
            _f("gwanryeon", MIDDLE, 0.35, (_OLD, "▶ 관련기사: {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "광고")),
            _f("sajin", MIDDLE, 0.25, (_OLD, "사진={jegong}")),
            _f("sisa", FOOTER, 0.25,
               (_OLD, "※ 이 글은 언론배급시사회 관람 후 작성했습니다."),
               (CM_SCREENING.isoformat(), "※ 본 리뷰는 배급사가 마련한 언론시사회에서 영화를 "
                                          "관람한 뒤 작성됐습니다.")),
            _f("jebo", FOOTER, 0.3, (_OLD, "기사제보 및 보도자료 news@cinemaru.co.kr")),
            _f("copyright", FOOTER, 0.45,
               (_OLD, "Copyright © 씨네마루. All rights reserved."),
               (CM_COPYRIGHT.isoformat(), "저작권자 © 씨네마루 무단전재 및 재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 기사 중 개봉일을 바로잡습니다.")),
        ),
    )


# --- a French cinema chain ----------------------------------------------------------------

RI_REDESIGN = dt.date(2018, 6, 27)  # a Wednesday: the new site went live with the new week
RI_APP = dt.date(2017, 9, 6)
RI_CLOSED = (("2020-03-14", "2020-06-21"), ("2020-10-30", "2021-01-10"))
RI_TARIFS = (("2014-07-01", "10,90 € · tarif réduit 8,50 €"),
             ("2016-07-01", "11,20 € · tarif réduit 8,70 €"),
             ("2018-01-03", "11,50 € · tarif réduit 9,00 €"),
             ("2019-07-03", "11,80 € · tarif réduit 9,20 €"),
             ("2020-06-22", "12,00 € · tarif réduit 9,40 €"))


def _ri_dated(day: dt.date) -> str:
    if day < RI_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year}"


def _ri_closed(day: dt.date) -> bool:
    return any(iso_day(a) <= day <= iso_day(b) for a, b in RI_CLOSED)


def _ri_semaine(day: dt.date) -> str:
    """The programme week, from Wednesday (release day) to Tuesday."""
    if _ri_closed(day):
        return "Vos cinémas sont fermés : la programmation reprendra dès leur réouverture."
    first = last_of_week(day, 2)
    last = first + 6 * ONE
    head = f"{first.day}" if first.month == last.month else f"{first.day} {MOIS[first.month - 1]}"
    return (f"Programme de la semaine du mercredi {head} au mardi {last.day} "
            f"{MOIS[last.month - 1]}")


def _fr_span(first: dt.date, last: dt.date) -> str:
    if first.month == last.month:
        return f"du {first.day} au {last.day} {MOIS[last.month - 1]}"
    return f"du {first.day} {MOIS[first.month - 1]} au {last.day} {MOIS[last.month - 1]}"


@cache
def _ri_evenement() -> Wordings:
    base = _steps((_OLD, "Réservez vos places en ligne, sans frais de réservation"),
                  (RI_APP.isoformat(), "📲 Réservez avec l'appli et cumulez un point fidélité "
                                       "par séance"))
    closures = [_span(*RI_CLOSED[0], "Fermeture administrative : nos salles sont fermées "
                                     "jusqu'à nouvel ordre"),
                _span("2020-06-22", "2020-08-31", "😷 Réouverture le 22 juin : masque "
                                                  "obligatoire dans le hall, un fauteuil sur "
                                                  "deux"),
                (iso_day(RI_CLOSED[1][0]), None, "Confinement : nos salles sont fermées. Vos "
                                                 "cartes d'abonnement seront prolongées.")]
    printemps = [(iso_day(a, -7), iso_day(b, 1),
                  f"🌸 Printemps du cinéma {_fr_span(iso_day(a), iso_day(b))} {y} : 4 € la "
                  f"séance") for y, (a, b) in PRINTEMPS.items()]
    fete = [(iso_day(a, -7), iso_day(b, 1),
             f"🎬 Fête du cinéma {y} : 4 € la séance {_fr_span(iso_day(a), iso_day(b))}")
            for y, (a, b) in FETE.items()]
    return _calendar(base, closures, printemps, fete)


def rivage_style() -> PublisherStyle:
    """A French cinema chain: a section from a pool, "Publié le" with the numeric date turned
    the weekday and the long date on 27 June 2018 (a wording per day), the programme week
    from Wednesday to Tuesday (a wording per week; a closure line in the 2020 closures), the
    classification and the running time from pools, a booking line turned the app and
    turned by each Printemps and Fête du cinéma and the 2020 closures and reopening, the
    session times, a preview-with-the-team line and "Publicité" (up to twice) mid-body, the
    ticket prices (raised in 2016-2020), the session-time explanation, the cookie line
    reworded on the GDPR day and the legal line (a block), a rare erratum."""
    return PublisherStyle(
        domain="cinemasrivage.fr", site="Cinémas Rivage", base_size=160,
        subdomains=(("www.", 100),),
        sections=("a-l-affiche", "prochainement", "evenements", "jeune-public"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "rubrique": ("À l'affiche", "Prochainement", "Événements", "Ciné-goûter",
                         "Avant-premières", "Opéra et ballet"),
            "classement": ("Tous publics", "Tous publics avec avertissement",
                           "Interdit aux moins de 12 ans", "Interdit aux moins de 16 ans"),
            "duree": ("1h38", "2h05", "1h52", "2h31", "1h27", "1h44"),
            "seances": ("14h00 – 16h30 – 20h45", "11h15 – 13h45 – 18h00 – 20h30",
                        "16h00 – 21h00 (VOST)", "13h30 – 15h45 – 18h00 – 22h15",
                        "20h00 (VF) – 22h15 (VOST)"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_ri_dated)),
            _f("semaine", HEADER, 0.3, *_by_day(_ri_semaine)),
            _f("classement", HEADER, 0.3, (_OLD, "{classement} · Durée : {duree}")),
            _f("evenement", HEADER, 0.25, *_ri_evenement()),
            _f("seances", MIDDLE, 0.3, (_OLD, "Séances : {seances}")),
            _f("avant-premiere", MIDDLE, 0.15, (_OLD, "Avant-première suivie d'une rencontre "
                                                      "avec l'équipe du film")),
            _f("publicite", MIDDLE, 0.25, (_OLD, "Publicité"), count=2),
            _f("tarifs", FOOTER, 0.25, *by_table(RI_TARIFS, lambda v: (
                f"Plein tarif {v} · moins de 14 ans 4 €"))),
            _f("horaires", FOOTER, 0.35, (_OLD, "Les horaires indiqués sont ceux du début de la "
                                                "séance ; publicités et bandes-annonces durent "
                                                "environ 20 minutes.")),
            _f("cookies", FOOTER, 0.2,
               (_OLD, "Ce site utilise des cookies pour mesurer son audience."),
               (GDPR_DAY.isoformat(), "Nous utilisons des cookies avec votre consentement. "
                                      "Gérer mes choix")),
            _f("mentions", FOOTER, 0.35, (_OLD, "© {year} Cinémas Rivage – Mentions légales – "
                                                "Conditions générales de vente")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : la séance de 20h45 est remplacée par "
                                               "une séance à 21h00.")),
        ),
    )


# --- an Iranian film news site (in Persian) -----------------------------------------------

NZ_REDESIGN = dt.date(2018, 3, 21)  # Nowruz 1397
NZ_INSTAGRAM = dt.date(2018, 5, 1)  # Telegram blocked in Iran on 30 April 2018
NZ_CLOSED = ("2020-02-23", "2020-06-23")
NZ_BELIT = (("2014-03-21", "۱۰"), ("2016-03-20", "۱۲"), ("2017-03-21", "۱۵"),
            ("2018-09-23", "۱۸"), ("2019-03-21", "۲۰"), ("2020-06-24", "۲۵"))


def _nz_dated(day: dt.date) -> str:
    jy, jm, jd = jalali(day)
    if day < NZ_REDESIGN:
        return f"تاریخ انتشار: {jy}/{jm:02d}/{jd:02d} - {{time}}"
    return f"{RUZHA[day.weekday()]} {fa(jd)} {MAHHA[jm - 1]} {fa(jy)}"


@cache
def _nz_elan() -> Wordings:
    base = _steps((_OLD, "کانال تلگرام نمای نزدیک را دنبال کنید"),
                  (NZ_INSTAGRAM.isoformat(), "صفحه اینستاگرام نمای نزدیک را دنبال کنید"))
    covid = [_span(*NZ_CLOSED, "سینماها تا اطلاع ثانوی تعطیل هستند")]
    fajr = events(FAJR, lambda y: f"{FAJR_ORDINALS[y]} جشنواره فیلم فجر: پوشش لحظه‌به‌لحظه "
                                  f"اخبار و نقدها", before=7)
    nowruz: list[Event] = []
    for y in YEARS:
        first = next(d for d in (dt.date(y, 3, 20), dt.date(y, 3, 21)) if jalali(d)[1:] == (1, 1))
        nowruz.append((first - 7 * ONE, first + 13 * ONE,
                       f"اکران نوروزی {fa(jalali(first)[0])}: فیلم‌ها و سانس‌های سینماهای تهران"))
    muharram = [(iso_day(day, -2), iso_day(day, 1), "سینماها در روزهای تاسوعا و عاشورا "
                                                    "تعطیل هستند")
                for day in ASHURA.values()]
    return _calendar(base, covid, fajr, nowruz, muharram)


def namayenazdik_style() -> PublisherStyle:
    """An Iranian film news site, in Persian: the news code, the Solar Hijri date in Latin
    digits with the time turned the weekday and the long date in Persian digits on Nowruz
    1397 (a wording per day), a section from a pool, the age rating from a pool, "بیشتر
    بخوانید" up to twice and "تبلیغات" mid-body, Tehran's ticket price (changing at Nowruz
    and in 2018 and 2020), a press-screening note reworded on the redesign, a Telegram line
    turned Instagram after Iran's May 2018 block and turned by the Fajr festival with its
    Persian ordinal, the Nowruz releases with the Hijri year, Tasua and Ashura and the 2020
    closure, the editorial contact and the rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="namayenazdik.ir", site="نمای نزدیک", base_size=140,
        subdomains=(("www.", 100),),
        sections=("iran", "world", "fajr", "boxoffice", "review"),
        n_authors=5, url_path="/fa/news/{n}/{slug}",
        pools={
            "sotun": ("سینمای ایران", "سینمای جهان", "جشنواره فجر", "گیشه", "نقد فیلم",
                      "تلویزیون"),
            "radeh": ("مناسب برای همه سنین", "بالای ۱۲ سال", "بالای ۱۵ سال", "بالای ۱۸ سال"),
        },
        families=(
            _f("kod", HEADER, 0.7, (_OLD, "کد خبر: {n}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_nz_dated)),
            _f("sotun", HEADER, 0.5, (_OLD, "{sotun}")),
            _f("radeh", HEADER, 0.25, (_OLD, "رده سنی: {radeh}")),
            _f("bishtar", MIDDLE, 0.35, (_OLD, "بیشتر بخوانید: {other_title}"), count=2),
            _f("tabligh", MIDDLE, 0.25, (_OLD, "تبلیغات")),
            _f("belit", FOOTER, 0.2, *by_table(NZ_BELIT, lambda v: (
                f"قیمت بلیت سینماهای تهران: {v} هزار تومان"))),
            _f("ekran", FOOTER, 0.2,
               (_OLD, "این یادداشت پس از اکران رسانه‌ای فیلم نوشته شده است."),
               (NZ_REDESIGN.isoformat(), "این نقد پس از نمایش ویژه اصحاب رسانه نوشته شده "
                                         "است.")),
            _f("elan", FOOTER, 0.3, *_nz_elan()),
            _f("tamas", FOOTER, 0.3, (_OLD, "تماس با تحریریه: info@namayenazdik.ir")),
            _f("naghl", FOOTER, 0.45, (_OLD, "کلیه حقوق برای نمای نزدیک محفوظ است و نقل مطالب "
                                             "با ذکر منبع آزاد است.")),
            _f("eslah", HEADER, 0.04, (_OLD, "اصلاحیه: نام کارگردان در نسخه قبلی این خبر "
                                             "اشتباه درج شده بود.")),
        ),
    )


# --- a Polish arthouse cinema -------------------------------------------------------------

KZ_REDESIGN = dt.date(2019, 9, 16)  # relaunched on the opening day of the 44th Gdynia festival
KZ_ONLINE = dt.date(2017, 10, 1)
KZ_CLOSED = (("2020-03-12", "2020-06-05"), ("2020-11-07", "2021-01-10"))
KZ_CENY = (("2014-09-01", "18 zł, ulgowy 15 zł"), ("2016-09-01", "19 zł, ulgowy 16 zł"),
           ("2018-01-01", "20 zł, ulgowy 17 zł"), ("2019-09-01", "22 zł, ulgowy 18 zł"),
           ("2020-06-06", "23 zł, ulgowy 19 zł"))
KZ_WTORKI = (("2014-01-01", "12 zł"), ("2018-01-02", "13 zł"), ("2020-06-06", "14 zł"))
KINO_LETNIE = {y: (f"{y}-07-01", f"{y}-08-31") for y in range(2015, 2020)}


def _pl_date(day: dt.date) -> str:
    return f"{day.day} {MIESIACA[day.month - 1]}"


def _kz_dated(day: dt.date) -> str:
    if day < KZ_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACA[day.month - 1]} {day.year}"


def _kz_repertuar(day: dt.date) -> str:
    """The repertoire week, from Friday (premiere day) to Thursday."""
    if any(iso_day(a) <= day <= iso_day(b) for a, b in KZ_CLOSED):
        return "Repertuar zawieszony: kino jest nieczynne do odwołania."
    first = last_of_week(day, 4)
    return f"Repertuar od piątku {_pl_date(first)} do czwartku {_pl_date(first + 6 * ONE)}"


@cache
def _kz_ogloszenie() -> Wordings:
    base = _steps((_OLD, "Rezerwacje biletów: kasa kina, tel. 42 630 15 15"),
                  (KZ_ONLINE.isoformat(), "🎟️ Kup bilet online i wybierz miejsce na sali"))
    closures = [_span(*KZ_CLOSED[0], "⚠️ Kino nieczynne do odwołania. Bilety na odwołane "
                                     "seanse zwracamy w kasie."),
                _span("2020-06-06", "2020-08-31", "😷 Wracamy 6 czerwca: maseczki w holu, "
                                                  "co drugie miejsce wolne"),
                (iso_day(KZ_CLOSED[1][0]), None, "⚠️ Kino znów zamknięte. Zapraszamy na "
                                                 "seanse online.")]
    gdynia = events(GDYNIA, lambda y: f"🎞️ {y - 1975}. Festiwal Polskich Filmów Fabularnych w "
                                      f"Gdyni: filmy konkursowe wkrótce na naszym ekranie")
    letnie = events(KINO_LETNIE, lambda y: f"☀️ Kino Letnie {y}: seanse pod chmurką w każdą "
                                           f"sobotę, wstęp wolny")
    return _calendar(base, closures, gdynia, letnie)


def kinozorza_style() -> PublisherStyle:
    """A Polish arthouse cinema: a category from a pool, the numeric date turned the weekday
    and the long date (genitive month) on the opening day of the 2019 Gdynia festival (a
    wording per day), the repertoire week from Friday to Thursday (a wording per week; a
    suspended-repertoire line while closed in 2020), the age category and running time from
    pools, a booking line turned online sales and turned by the summer open-air season, the
    Gdynia festival with its edition and the 2020 closures and reopening, the session times
    and a meet-the-director line mid-body, the ticket prices and the cheap-Tuesday price
    (raised over the years), the privacy line reworded on the GDPR day, the address and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kinozorza.pl", site="Kino Zorza", base_size=120,
        subdomains=(("www.", 100),),
        sections=("repertuar", "wydarzenia", "premiery", "dkf"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "kategoria": ("Repertuar", "Wydarzenia", "Premiery", "Kino dla dzieci",
                          "Dyskusyjny Klub Filmowy", "Aktualności"),
            "wiek": ("od lat 15", "od lat 12", "od lat 7", "od lat 18",
                     "bez ograniczeń wiekowych"),
            "czas": ("94", "112", "128", "141", "87", "105"),
            "seanse": ("16:15, 18:30, 20:45", "12:00, 17:30, 20:00", "15:00, 19:15",
                       "18:00, 21:00", "11:30 (dla dzieci), 16:45, 19:00"),
        },
        families=(
            _f("kategoria", HEADER, 0.45, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.85, *_by_day(_kz_dated)),
            _f("repertuar", HEADER, 0.3, *_by_day(_kz_repertuar)),
            _f("wiek", HEADER, 0.3, (_OLD, "Kategoria wiekowa: {wiek} · czas trwania: {czas} "
                                           "min")),
            _f("ogloszenie", HEADER, 0.25, *_kz_ogloszenie()),
            _f("seanse", MIDDLE, 0.3, (_OLD, "Seanse: {seanse}")),
            _f("spotkanie", MIDDLE, 0.15, (_OLD, "Po seansie spotkanie z twórcami. Prowadzenie: "
                                                 "{author}.")),
            _f("ceny", FOOTER, 0.25, *by_table(KZ_CENY, lambda v: f"Bilet normalny {v}")),
            _f("tanie-wtorki", FOOTER, 0.2, *by_table(KZ_WTORKI, lambda v: (
                f"Tanie wtorki: wszystkie seanse po {v}"))),
            _f("rodo", FOOTER, 0.2,
               (_OLD, "Strona korzysta z plików cookies."),
               (GDPR_DAY.isoformat(), "Administratorem Twoich danych osobowych jest Kino Zorza. "
                                      "Szczegóły w polityce prywatności.")),
            _f("adres", FOOTER, 0.35, (_OLD, "ul. Ogrodowa 14, 90-001 Łódź · kasa czynna od 30 "
                                             "minut przed pierwszym seansem")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kino Zorza. Wszelkie prawa "
                                                 "zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: seans o 18:30 przeniesiono "
                                                    "do sali kameralnej.")),
        ),
    )


# --- a Spanish film-criticism site --------------------------------------------------------

BC_REDESIGN = dt.date(2018, 9, 21)  # relaunched on the opening day of San Sebastián 2018
BC_PASE = dt.date(2017, 2, 1)
BC_BOLETIN = dt.date(2019, 4, 1)
ES_ALARMA = ("2020-03-14", "2020-06-21")


def _bc_dated(day: dt.date) -> str:
    if day < BC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _bc_aviso() -> Wordings:
    base = _steps((_OLD, "Síguenos en Twitter y en Instagram"),
                  (BC_BOLETIN.isoformat(), "📩 Suscríbete al boletín: los estrenos de cada "
                                           "viernes, comentados"))
    alarma = [_span(*ES_ALARMA, "🏠 Cines cerrados por el estado de alarma: qué ver en "
                                "plataformas")]
    festivales = (events(SAN_SEBASTIAN, lambda y: f"🐚 Festival de San Sebastián {y}: todas "
                                                  f"nuestras crónicas desde el Kursaal")
                  + events(MALAGA, lambda y: f"🌞 Festival de Málaga {y}: críticas de la "
                                             f"sección oficial"))
    goyas = [(iso_day(day, -2), iso_day(day, 2), f"🏆 Premios Goya {y}: sigue la gala con "
                                                 f"nosotros")
             for y, day in GOYAS.items()]
    return _calendar(base, alarma, festivales, goyas)


def butacacritica_style() -> PublisherStyle:
    """A Spanish film-criticism site: a section from a pool, the numeric date turned the
    weekday and the long date on the opening day of San Sebastián 2018 (a wording per day),
    "Por", the critic's score, the ICAA rating and the running time and country from pools,
    "Te puede interesar:" up to twice and "Publicidad" mid-body, a press-screening note
    reworded in 2017, a follow-us line turned a newsletter appeal and turned by San
    Sebastián, Málaga, the Goyas and the state of alarm, the affiliate line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="butacacritica.es", site="Butaca Crítica", base_size=100,
        subdomains=(("www.", 100),),
        sections=("criticas", "estrenos", "festivales", "series", "entrevistas"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "seccion": ("Críticas", "Estrenos", "Festivales", "Series", "Entrevistas",
                        "Taquilla"),
            "nota": ("7", "8", "6", "9", "5", "7,5", "6,5"),
            "calificacion": ("No recomendada para menores de 12 años",
                             "No recomendada para menores de 16 años",
                             "Apta para todos los públicos",
                             "No recomendada para menores de 7 años",
                             "No recomendada para menores de 18 años"),
            "ficha": ("98 min · España", "124 min · Francia, Bélgica", "112 min · Estados "
                      "Unidos", "106 min · México, España", "131 min · Argentina"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_bc_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("nota", HEADER, 0.4, (_OLD, "Nota: {nota}/10")),
            _f("calificacion", HEADER, 0.3, (_OLD, "Calificación: {calificacion} · {ficha}")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.25, (_OLD, "Publicidad")),
            _f("pase", FOOTER, 0.3,
               (_OLD, "Crítica escrita tras el pase de prensa."),
               (BC_PASE.isoformat(), "Hemos visto esta película en un pase de prensa organizado "
                                     "por su distribuidora en España.")),
            _f("aviso", FOOTER, 0.3, *_bc_aviso()),
            _f("afiliados", FOOTER, 0.15, (_OLD, "Algunos enlaces de esta página son de "
                                                 "afiliados: si compras a través de ellos, "
                                                 "recibimos una pequeña comisión.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Butaca Crítica · Prohibida la "
                                                "reproducción total o parcial")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior figuraba "
                                               "mal el nombre del director de fotografía.")),
        ),
    )


# --- a Canadian international film festival ------------------------------------------------

HF_REDESIGN = dt.date(2019, 6, 1)
HF_SPONSOR = dt.date(2018, 1, 1)
HF_LAND = dt.date(2017, 9, 14)  # the opening day of the 37th festival
HF_FIRST = 35  # the 2015 edition
HIFF = {2015: ("2015-09-17", "2015-09-24"), 2016: ("2016-09-15", "2016-09-22"),
        2017: ("2017-09-14", "2017-09-21"), 2018: ("2018-09-13", "2018-09-20"),
        2019: ("2019-09-12", "2019-09-19"), 2020: ("2020-09-17", "2020-09-24"),
        2021: ("2021-09-16", "2021-09-23")}
HF_PASSES = (("2014-05-01", ("175", "110", "13")), ("2016-05-01", ("185", "115", "14")),
             ("2018-05-01", ("195", "120", "15")), ("2019-05-01", ("210", "125", "15")),
             ("2020-05-01", ("99", "60", "10")))  # 2020: the online edition


def _en_span(first: dt.date, last: dt.date) -> str:
    if first.month == last.month:
        return f"{MONTHS[first.month - 1]} {first.day}–{last.day}"
    return f"{MONTHS[first.month - 1]} {first.day}–{MONTHS[last.month - 1]} {last.day}"


def _hf_next(day: dt.date) -> int:
    """The year of the next (or running) edition on `day`."""
    return day.year if day <= iso_day(HIFF[day.year][1]) else day.year + 1


def _hf_countdown(day: dt.date) -> str:
    y = _hf_next(day)
    first, last = iso_day(HIFF[y][0]), iso_day(HIFF[y][1])
    ed = y - 2015 + HF_FIRST
    if first <= day <= last:
        return (f"Festival day {(day - first).days + 1} of {(last - first).days + 1} · box office "
                f"open 10 a.m. to 9 p.m.")
    days = (first - day).days
    if days == 1:
        return f"Tomorrow: the {ordinal(ed)} Harbourlight International Film Festival opens"
    if days <= 60:
        return f"{days} days to go until the {ordinal(ed)} Harbourlight International Film Festival"
    return f"Save the date: HIFF {y} runs {_en_span(first, last)}, {y}"


def _hf_accreditation(day: dt.date) -> str:
    y = _hf_next(day)
    deadline = dt.date(y, 8, 15) if y != 2020 else dt.date(2020, 9, 1)
    if dt.date(y, 6, 1) <= day <= deadline:
        return (f"Media accreditation for HIFF {y} is open until {MONTHS[deadline.month - 1]} "
                f"{deadline.day}.")
    if deadline < day:
        return (f"Media accreditation for HIFF {y} has closed. Accredited media collect "
                f"badges at the Press Office.")
    return f"Media accreditation for HIFF {y} opens June 1."


def _hf_submissions(day: dt.date) -> str:
    y = day.year if day < dt.date(day.year, 6, 16) else day.year + 1
    if day < dt.date(y, 1, 15):
        return f"Submissions for HIFF {y} open January 15."
    if day <= dt.date(y, 3, 31):
        return f"Submissions for HIFF {y} are open: early-bird deadline March 31."
    if day <= dt.date(y, 5, 15):
        return f"Submissions for HIFF {y} are open: regular deadline May 15."
    return f"Last call for HIFF {y}: late submissions close June 15."


def _hf_passes(start: str) -> str:
    full, package, single = dict(HF_PASSES)[start]
    return f"Festival pass ${full} · 10-film package ${package} · single tickets ${single}"


def harbourlight_style() -> PublisherStyle:
    """A Canadian international film festival: a kicker from a pool, the long date turned
    the weekday on 1 June 2019 (a wording per day), a countdown to the next edition with its
    ordinal (a wording per day in the 60 days before, the festival's day while it runs, a
    save-the-date line otherwise), the screening venue, the Canadian classification and a
    content advisory mid-body, the media accreditation notice following the festival's year
    (open, closed, opening June 1), the call for entries following its deadlines, the
    festival passes (raised in 2016-2019, cut for the 2020 online edition), the sponsor line
    reworded in 2018, the about line with a land acknowledgement from 2017, the media line
    and the copyright line (a block), a rare schedule change."""
    return PublisherStyle(
        domain="harbourlightfilmfest.org", site="Harbourlight International Film Festival",
        base_size=85, subdomains=(("www.", 100),),
        sections=("news", "programme", "industry", "press"),
        n_authors=3, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "kicker": ("Festival News", "Programme", "Industry", "Press", "Awards",
                       "Community"),
            "venue": ("Harbour Hall, 7:00 p.m.", "Capitol Theatre, 9:30 p.m.",
                      "Dockyard Cinema 2, 1:15 p.m.", "Waterfront Studio, 4:00 p.m."),
            "rating": ("PG", "14A", "18A", "R", "Festival exempt (18+)"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(
                lambda day: f"{MONTHS[day.month - 1]} {day.day}, {day.year}" if day < HF_REDESIGN
                else f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
                     f"{day.year}")),
            _f("countdown", HEADER, 0.35, *_by_day(_hf_countdown)),
            _f("screening", MIDDLE, 0.3, (_OLD, "Screens at {venue}")),
            _f("rating", MIDDLE, 0.2, (_OLD, "Classification: {rating}")),
            _f("advisory", MIDDLE, 0.1, (_OLD, "Content advisory: this film contains scenes of "
                                               "violence and strong language.")),
            _f("accreditation", FOOTER, 0.3, *_by_day(_hf_accreditation)),
            _f("submissions", FOOTER, 0.2, *_by_day(_hf_submissions)),
            _f("passes", FOOTER, 0.25, *by_table(
                tuple((start, start) for start, _ in HF_PASSES), _hf_passes)),
            _f("sponsor", FOOTER, 0.3, (_OLD, "Presenting sponsor: Atlantic Mutual Insurance"),
               (HF_SPONSOR.isoformat(), "Presented by Tidewater Credit Union")),
            _f("about", FOOTER, 0.3,
               (_OLD, "The Harbourlight International Film Festival is a registered charity "
                      "(no. 10471 2285 RR0001)."),
               (HF_LAND.isoformat(), "The Harbourlight International Film Festival is a "
                                     "registered charity in Mi'kma'ki, the ancestral and "
                                     "unceded territory of the Mi'kmaq people.")),
            _f("media", FOOTER, 0.35, (_OLD, "Media contact: press@harbourlightfilmfest.org")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Harbourlight International Film "
                                                "Festival Society")),
            _f("change", HEADER, 0.04, (_OLD, "Schedule change: this screening has moved to the "
                                              "Capitol Theatre.")),
        ),
    )


# --- a French regional film festival ------------------------------------------------------

EL_REDESIGN = dt.date(2018, 11, 14)  # the opening day of the 24th festival
EL_REGION = dt.date(2016, 9, 1)
EL_FIRST = 21  # the 2015 edition
ECRANS = {2015: ("2015-11-18", "2015-11-24"), 2016: ("2016-11-16", "2016-11-22"),
          2017: ("2017-11-15", "2017-11-21"), 2018: ("2018-11-14", "2018-11-20"),
          2019: ("2019-11-13", "2019-11-19"), 2020: ("2020-11-18", "2020-11-24"),
          2021: ("2021-11-17", "2021-11-23")}
EL_PASS = (("2014-09-01", "45 € · séance 6 € · moins de 26 ans 4 €"),
           ("2016-09-01", "48 € · séance 6,50 € · moins de 26 ans 4 €"),
           ("2018-09-01", "50 € · séance 7 € · moins de 26 ans 4,50 €"),
           ("2020-09-01", "25 € (édition en ligne) · séance 3 €"))


def _el_next(day: dt.date) -> int:
    return day.year if day <= iso_day(ECRANS[day.year][1]) else day.year + 1


def _el_compte(day: dt.date) -> str:
    y = _el_next(day)
    first, last = iso_day(ECRANS[y][0]), iso_day(ECRANS[y][1])
    ed = y - 2015 + EL_FIRST
    if first <= day <= last:
        return (f"Festival : jour {(day - first).days + 1} – programme du {JOURS[day.weekday()]} "
                f"{day.day} novembre")
    days = (first - day).days
    if days <= 45:
        return f"J-{days} : le {ed}e festival Écrans de Loire ouvre le {first.day} novembre"
    return f"{ed}e édition du {first.day} au {last.day} novembre {y}"


def _el_accreditation(day: dt.date) -> str:
    y = _el_next(day)
    if dt.date(y, 9, 1) <= day <= dt.date(y, 10, 31):
        return f"Accréditations presse {y} : demandes ouvertes jusqu'au 31 octobre."
    if dt.date(y, 11, 1) <= day:
        return (f"Les accréditations {y} sont closes. Retrait des badges à l'accueil presse, "
                f"Maison du festival.")
    return f"Les accréditations presse {y} ouvriront le 1er septembre."


def _el_appel(day: dt.date) -> str:
    y = day.year if day <= dt.date(day.year, 6, 30) else day.year + 1
    if dt.date(y, 3, 1) <= day:
        return f"Appel à films {y} : inscriptions ouvertes jusqu'au 30 juin."
    return f"Le règlement de l'appel à films {y} sera publié le 1er mars."


def ecransdeloire_style() -> PublisherStyle:
    """A French regional film festival: a section from a pool, the long date turned
    "Publié le" with the weekday on the opening day of the 2018 festival (a wording per day),
    a countdown "J-n" to the next edition (a wording per day in the 45 days before, the
    festival's day while it runs, the edition's dates otherwise), the screening room, "En
    VOSTF" and a school-screening line mid-body, the press accreditation notice and the call
    for films following the festival's year, the pass and ticket prices (changing each
    September, cut for the 2020 online edition), the partners line reworded for the
    region's new name, the press contact and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="ecransdeloire.fr", site="Écrans de Loire", base_size=70,
        subdomains=(("www.", 100),),
        sections=("actualites", "competition", "jeune-public", "presse"),
        n_authors=2, url_path="/{yyyy}/{section}/{slug}",
        pools={
            "rubrique": ("Actualités", "Compétition", "Jeune public", "Professionnels",
                         "Presse", "Palmarès"),
            "salle": ("Grande salle du Cinéma Les Lobis", "Halle aux grains, salle 2",
                      "Cinéma Le Préau", "Médiathèque, auditorium"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(
                lambda day: f"{day.day} {MOIS[day.month - 1]} {day.year}" if day < EL_REDESIGN
                else f"Publié le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} "
                     f"{day.year}")),
            _f("compte", HEADER, 0.3, *_by_day(_el_compte)),
            _f("salle", MIDDLE, 0.25, (_OLD, "Séance : {salle}")),
            _f("vostf", MIDDLE, 0.2, (_OLD, "En VOSTF")),
            _f("scolaire", MIDDLE, 0.1, (_OLD, "Séance scolaire : réservation obligatoire pour "
                                               "les groupes.")),
            _f("accreditation", FOOTER, 0.3, *_by_day(_el_accreditation)),
            _f("appel", FOOTER, 0.2, *_by_day(_el_appel)),
            _f("pass", FOOTER, 0.25, *by_table(EL_PASS, lambda v: f"Pass festival {v}")),
            _f("partenaires", FOOTER, 0.3,
               (_OLD, "Avec le soutien de la Région Centre et du CNC"),
               (EL_REGION.isoformat(), "Avec le soutien de la Région Centre-Val de Loire, du "
                                       "CNC et de la Ville de Blois")),
            _f("contact", FOOTER, 0.35, (_OLD, "Contact presse : Agence Trois Temps, "
                                               "presse@ecransdeloire.fr")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Association Écrans de Loire")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : la séance de clôture débute "
                                                    "à 20h30 et non à 21h.")),
        ),
    )


# --- a Korean cinema chain ----------------------------------------------------------------

CF_REDESIGN = dt.date(2019, 1, 1)
CF_DISTANCING = dt.date(2020, 3, 10)
CF_YOGEUM = (("2014-01-01", "주중 9,000원 · 주말 10,000원"),
             ("2016-03-03", "스탠다드석 기준 주중 9,000원 · 주말 10,000원"),
             ("2018-04-11", "스탠다드석 기준 주중 10,000원 · 주말 11,000원"),
             ("2020-10-26", "스탠다드석 기준 주중 12,000원 · 주말 13,000원"))


def _cf_munhwa(day: dt.date) -> str:
    """Culture Day: the last Wednesday of the month, 5,000 won from 5 to 9 p.m."""
    cday = culture_day(day.year, day.month)
    if day == cday:
        return "오늘은 문화가 있는 날! 오후 5시~9시 상영작 5,000원"
    if cday - 6 * ONE <= day < cday:
        return (f"{day.month}월 {cday.day}일(수) 문화가 있는 날: 오후 5시~9시 상영작 5,000원")
    return "씨네포레 앱으로 예매하고 포인트 적립하세요"


def cineforet_style() -> PublisherStyle:
    """A Korean cinema chain: a notice type from a pool, "등록일" with the ISO date turned the
    dotted date and the weekday on New Year's Day 2019 (a wording per day), the Culture Day
    line (a wording per day in the week before the last Wednesday of each month, an app
    appeal otherwise), the rating and the showtimes from pools and an event-stock line
    mid-body, the ticket prices (seat grades from 2016, raised in 2018 and 2020), the
    entry line reworded for masks and seat distancing in March 2020, "timetables may change",
    the company line and the copyright line (a block), a rare notice."""
    return PublisherStyle(
        domain="cineforet.co.kr", site="씨네포레", base_size=55,
        subdomains=(("www.", 100),),
        sections=("notice", "event", "movie"),
        n_authors=2, url_path="/support/{section}/{n}",
        pools={
            "gubun": ("공지사항", "이벤트", "개봉작", "특별상영"),
            "deungeup": ("12세이상관람가", "15세이상관람가", "전체관람가", "청소년관람불가"),
            "sigan": ("10:20 / 12:50 / 15:30 / 18:10 / 20:40", "09:50 / 13:10 / 16:30 / 19:50",
                      "11:00 / 14:00 / 17:00 / 20:00 / 23:00", "14:40 / 19:25"),
        },
        families=(
            _f("gubun", HEADER, 0.45, (_OLD, "[{gubun}]")),
            _f("deungrok", HEADER, 0.8, *_by_day(
                lambda day: f"등록일 {day.isoformat()}" if day < CF_REDESIGN
                else f"{day.year}.{day.month:02d}.{day.day:02d} ({YOIL[day.weekday()]})")),
            _f("munhwa", HEADER, 0.3, *_by_day(_cf_munhwa)),
            _f("deungeup", MIDDLE, 0.3, (_OLD, "{deungeup}")),
            _f("sigan", MIDDLE, 0.3, (_OLD, "상영시간 {sigan}")),
            _f("sojin", MIDDLE, 0.15, (_OLD, "※ 이벤트 경품은 소진 시 조기 종료될 수 있습니다.")),
            _f("yogeum", FOOTER, 0.25, *by_table(CF_YOGEUM, lambda v: f"일반 2D 관람료: {v}")),
            _f("ipjang", FOOTER, 0.3,
               (_OLD, "쾌적한 관람을 위해 상영 시작 전까지 입장해 주세요."),
               (CF_DISTANCING.isoformat(), "코로나19 예방을 위해 마스크 착용과 좌석 "
                                           "띄어앉기에 협조해 주세요.")),
            _f("byeongyeong", FOOTER, 0.4, (_OLD, "상영시간표는 극장 사정에 따라 변경될 수 "
                                                  "있습니다.")),
            _f("hoesa", FOOTER, 0.35, (_OLD, "(주)씨네포레 · 사업자등록번호 211-86-40517 · "
                                             "고객센터 1644-3321")),
            _f("copyright", FOOTER, 0.35, (_OLD, "COPYRIGHT © 씨네포레 ALL RIGHTS RESERVED")),
            _f("annae", HEADER, 0.04, (_OLD, "[안내] 본 이벤트의 응모 기간이 연장되었습니다.")),
        ),
    )


# --- a Spanish cinema chain ---------------------------------------------------------------

CA_REDESIGN = dt.date(2017, 10, 6)
CA_APP = dt.date(2018, 3, 1)
CA_CLOSED = ("2020-03-14", "2020-06-25")  # reopened on Friday 26 June 2020
CA_ESPECTADOR = (("2014-01-01", "4,90 €"), ("2017-01-04", "5,50 €"), ("2019-01-02", "5,90 €"))


def _ca_dated(day: dt.date) -> str:
    if day < CA_REDESIGN:
        return f"{day.day} de {MESES[day.month - 1]} de {day.year}"
    return f"Actualizado: {day.day:02d}/{day.month:02d}/{day.year}"


def _ca_espectador(day: dt.date) -> str:
    """The Wednesday Día del Espectador: today's, or the next one's date."""
    if iso_day(CA_CLOSED[0]) <= day <= iso_day(CA_CLOSED[1]):
        return "Cines cerrados temporalmente por el estado de alarma."
    price = in_force(day, CA_ESPECTADOR)
    if day.weekday() == 2:
        return f"Hoy es miércoles, Día del Espectador: todas las sesiones a {price}"
    nxt = next_of_week(day, 2)
    return (f"Próximo Día del Espectador: miércoles {nxt.day} de {MESES[nxt.month - 1]}, "
            f"entradas a {price}")


@cache
def _ca_fiesta() -> Wordings:
    base = _steps((_OLD, "Compra tus entradas en la web sin gastos de gestión"),
                  (CA_APP.isoformat(), "📱 Nueva app: elige tu butaca y paga con el móvil"))
    covid = [(iso_day(CA_CLOSED[1], 1), iso_day("2020-10-01"), "😷 Reabrimos el 26 de junio: "
                                                              "aforo reducido y mascarilla "
                                                              "obligatoria")]
    fiesta = [(iso_day(a, -10), iso_day(b, 1),
               f"🎟️ Fiesta del Cine del {iso_day(a).day} al {iso_day(b).day} de "
               f"{MESES[iso_day(b).month - 1]}: entradas a 2,90 € con tu acreditación")
              for a, b in FIESTA_DEL_CINE.values()]
    return _calendar(base, covid, fiesta)


def cinesalbor_style() -> PublisherStyle:
    """A Spanish cinema chain: a section from a pool, the long date turned "Actualizado:" with
    the numeric date on 6 October 2017 (a wording per day), a booking line turned the app and
    turned by each Fiesta del Cine and the 2020 reopening, the session times and the
    recommended age from pools and a "Sesión en VOSE" marker mid-body, the Wednesday Día del
    Espectador (today, or the next Wednesday's date: a wording per day; its price raised in
    2017 and 2019; a closure line in the state of alarm), "times subject to change", the
    company line and the copyright line (a block), a rare notice."""
    return PublisherStyle(
        domain="cinesalbor.es", site="Cines Albor", base_size=40,
        subdomains=(("www.", 100),),
        sections=("cartelera", "estrenos", "promociones"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "seccion": ("Cartelera", "Próximos estrenos", "Promociones", "Eventos"),
            "sesiones": ("16:00 · 18:15 · 20:30 · 22:45", "17:10 · 19:40 · 22:10",
                         "12:00 · 16:30 · 18:30", "20:15 · 22:30"),
            "edad": ("TP", "+7", "+12", "+16", "+18"),
        },
        families=(
            _f("seccion", HEADER, 0.4, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.8, *_by_day(_ca_dated)),
            _f("fiesta", HEADER, 0.25, *_ca_fiesta()),
            _f("sesiones", MIDDLE, 0.3, (_OLD, "Sesiones: {sesiones}")),
            _f("edad", MIDDLE, 0.25, (_OLD, "Edad recomendada: {edad}")),
            _f("vose", MIDDLE, 0.1, (_OLD, "Sesión en VOSE")),
            _f("espectador", FOOTER, 0.3, *_daily(_ca_espectador)),
            _f("sujeto", FOOTER, 0.35, (_OLD, "Horarios sujetos a cambios. La venta anticipada "
                                              "cierra 15 minutos antes de cada sesión.")),
            _f("empresa", FOOTER, 0.3, (_OLD, "Cines Albor S.L. · C/ Mayor 18, 50001 Zaragoza · "
                                              "CIF B50123456")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Cines Albor")),
            _f("aviso", HEADER, 0.04, (_OLD, "Aviso: la sesión de las 22:45 del sábado queda "
                                             "cancelada.")),
        ),
    )


# --- a Polish film blog -------------------------------------------------------------------

KP_REDESIGN = dt.date(2018, 1, 1)
KP_POKAZ = dt.date(2017, 6, 1)
KP_PATRONITE = dt.date(2018, 9, 1)


@cache
def _kp_festiwal() -> Wordings:
    base = _steps((_OLD, "Nowe recenzje w każdy piątek"))
    gdynia = events(GDYNIA, lambda y: f"Relacja z {y - 1975}. FPFF w Gdyni: codziennie nowe "
                                      f"recenzje")
    horyzonty = events(NEW_HORIZONS, lambda y: f"Piszemy z {y - 2000}. MFF Nowe Horyzonty: "
                                               f"codziennie nowe recenzje")
    return _calendar(base, gdynia, horyzonty)


def kadrpokadrze_style() -> PublisherStyle:
    """A Polish film blog: the long date (genitive month) turned "Opublikowano" with the
    numeric date on New Year's Day 2018 (a wording per day), the author, the score, a
    new-reviews line turned by the Gdynia festival and New Horizons with their editions,
    "Zobacz też:" and "Reklama" mid-body, where the film premieres from a pool, a
    press-screening note reworded in 2017, a Facebook line turned a Patronite appeal in
    2018, the no-copying line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kadrpokadrze.pl", site="Kadr po kadrze", base_size=30,
        subdomains=(("", 100),),
        sections=("recenzje", "festiwale", "seriale"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "ocena": ("7", "8", "6", "9", "5", "4"),
            "premiera": ("w kinach od piątku", "na VOD", "na Netfliksie", "w kinach studyjnych",
                         "na HBO GO"),
        },
        families=(
            _f("data", HEADER, 0.8, *_by_day(
                lambda day: f"{day.day} {MIESIACA[day.month - 1]} {day.year}"
                if day < KP_REDESIGN else f"Opublikowano: {day.day:02d}.{day.month:02d}."
                                          f"{day.year}")),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("ocena", HEADER, 0.4, (_OLD, "Ocena: {ocena}/10")),
            _f("festiwal", HEADER, 0.2, *_kp_festiwal()),
            _f("zobacz", MIDDLE, 0.3, (_OLD, "Zobacz też: {other_title}")),
            _f("reklama", MIDDLE, 0.25, (_OLD, "Reklama")),
            _f("premiera", MIDDLE, 0.2, (_OLD, "Premiera: {premiera}")),
            _f("pokaz", FOOTER, 0.3,
               (_OLD, "Film obejrzałem na pokazie prasowym."),
               (KP_POKAZ.isoformat(), "Recenzja powstała po pokazie prasowym zorganizowanym "
                                      "przez dystrybutora, który nie miał wpływu na jej "
                                      "treść.")),
            _f("wsparcie", FOOTER, 0.25,
               (_OLD, "Podoba Ci się blog? Polub nas na Facebooku."),
               (KP_PATRONITE.isoformat(), "Wspieraj Kadr po kadrze na Patronite: każda "
                                          "złotówka to kolejna recenzja.")),
            _f("prawa", FOOTER, 0.35, (_OLD, "Kopiowanie tekstów bez zgody autora zabronione.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Kadr po kadrze")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: poprawiliśmy nazwisko operatora "
                                              "zdjęć.")),
        ),
    )


def heldout203_styles() -> list[PublisherStyle]:
    """The held-back-203 styles, in the order the generator hands them to publishers."""
    return [
        reelverdict_style(), starlite_style(), cinemaru_style(), rivage_style(),
        namayenazdik_style(), kinozorza_style(), butacacritica_style(), harbourlight_style(),
        ecransdeloire_style(), cineforet_style(), cinesalbor_style(), kadrpokadrze_style(),
    ]
