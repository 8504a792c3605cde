"""The ``held-back-193`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-192 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an advertisement marker, an accessibility notice, a licence line or a blog platform's
credit. The publishers are public-transport operators' and transit authorities' news pages
and commuters' blogs in English, Catalan, Basque, Dutch, Korean and Nepali: a London
commuters' blog, an Australian state transit authority's news page, a Catalan metro and bus
operator, a Korean urban railway corporation's notice board, a Dutch regional bus and tram
operator, a Nepali transport news portal, a Basque transport consortium (with Spanish beside
the Basque), a Korean commuter's blog on a blog platform, a Catalan rail users'
association's blog, a Flemish commuters' blog, a Kathmandu bus cooperative's notices (in
Nepali, the dates in the Bikram Sambat calendar) and a New Zealand regional council's bus
network. The families are the kinds a crawl of such sites holds: dates localised day by day
in English (with Australian and New Zealand daylight time), Catalan (with "d'abril" and "a
l'agost"), Basque ("2019ko martxoaren 5a"), Dutch, Korean and Nepali (Bikram Sambat dates in
Devanagari digits), several changing form on the day of a redesign; lines that turn every
day ("page last reviewed", "information as of", "기준"), every week (the coming weekend's
closures, a blog's week of service notes) and every month (on-time running, a line's
punctuality); service-change and planned-works notices by date (strikes in London,
Catalonia, the Basque Country, the Netherlands and Belgium, December timetable changes,
summer works), the calendars commuters travel by (Christmas and New Year's Eve, Sant Joan
and La Mercè, Aste Nagusia, Koningsdag, Seollal and Chuseok with their late trains, the
college exam day and its postponements, Dashain and Tihar, Waitangi and Anzac days, the 2015
Nepal earthquake and the blockade after it, the pandemic with New Zealand's alert levels);
fare tables that change each year (London's daily cap, Opal-style caps, a T-10, Dutch
boarding and kilometre fares, Basque zone fares, a Flemish ten-ride card, Kathmandu's
minimum fare, a New Zealand card fare and its free months) and Korea's 2015 fare rise,
petrol prices on the days they were changed; accessibility and lost-property notices, app
download appeals reworded between 2015 and 2020, affected lines, replacement buses and stops
from pools, related links, advertisement markers (some up to two times), attachments and
sponsored-post disclosures mid-body; multi-line blocks (press contacts, "Noot voor de
redactie", "आज्ञाले," with the manager's title, bilingual Basque and Spanish footers, a
blog's category list), bare lines and families in only 4% of articles beside ones in nearly
all. Amounts are plausible, not the official figures. Bikram Sambat dates take each year's
first day as the almanacs give it and a common pattern of month lengths, so a date may be a
day off an almanac's. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    easter,
    iso_day,
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# The lines printed day by day are worded once per session (module-level text functions).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESOS = ("gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre",
         "octubre", "novembre", "desembre")
DIES = ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge")
HILABETEAK = ("urtarrilaren", "otsailaren", "martxoaren", "apirilaren", "maiatzaren",
              "ekainaren", "uztailaren", "abuztuaren", "irailaren", "urriaren", "azaroaren",
              "abenduaren")  # the genitive the Basque date takes
ASTEGUNAK = ("astelehena", "asteartea", "asteazkena", "osteguna", "ostirala", "larunbata",
             "igandea")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DAGEN_KORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
MAANDEN_KORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                "dec")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
YOIL_FULL = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")
BS_MONTHS = ("बैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ",
             "फागुन", "चैत")
BARA = ("सोमबार", "मंगलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार", "आइतबार")
DEVANAGARI_ZERO = "०"

# --- helpers of this set ------------------------------------------------------------------


def wobble(key: str, day: dt.date) -> float:
    """A made-up number from -1 to 1, fixed for `key` and `day` (monthly figures)."""
    return (zlib.crc32(f"{key}|{day.isoformat()}".encode()) % 20001) / 10000 - 1


def value_on(table: tuple[tuple[str, str], ...], day: dt.date) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day` (its first value
    before any of them)."""
    found = table[0][1]
    for start, value in table:
        if start <= day.isoformat():
            found = value
    return found


def priced(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that quotes the value of `table` in force: a new wording only
    on the days the value changes."""
    return _by_day(lambda day: text(value_on(table, day)))


def nepali(number: int | str) -> str:
    """A number in Devanagari digits."""
    return "".join(digits(c, DEVANAGARI_ZERO) if c.isdigit() else c for c in str(number))


# Baisakh 1 of each Bikram Sambat year as the almanacs give it.
BS_NEW_YEAR = {2071: "2014-04-14", 2072: "2015-04-14", 2073: "2016-04-13", 2074: "2017-04-14",
               2075: "2018-04-14", 2076: "2019-04-14", 2077: "2020-04-13", 2078: "2021-04-14"}
_BS_365 = (31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30)
_BS_366 = (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31)


def bs_date(day: dt.date) -> tuple[int, int, int]:
    """The Bikram Sambat (year, month from 1, day) of `day` (2014-2021)."""
    for year in sorted(BS_NEW_YEAR, reverse=True):
        start = iso_day(BS_NEW_YEAR[year])
        if day >= start:
            days = (iso_day(BS_NEW_YEAR[year + 1]) - start).days
            left = (day - start).days
            for month, length in enumerate(_BS_366 if days == 366 else _BS_365, start=1):
                if left < length:
                    return year, month, left + 1
                left -= length
    raise ValueError(day)


def de_mes(month: int) -> str:
    """"de març", "d'abril": the Catalan month after "de", elided before a vowel."""
    name = MESOS[month - 1]
    return f"d'{name}" if name[0] in "ao" else f"de {name}"


def al_mes(month: int) -> str:
    """"al gener", "a l'abril": the Catalan month after "a" with its article."""
    name = MESOS[month - 1]
    return f"a l'{name}" if name[0] in "ao" else f"al {name}"


def catalan_long(day: dt.date) -> str:
    """"5 de març de 2019", "12 d'abril de 2019"."""
    return f"{day.day} {de_mes(day.month)} de {day.year}"


def basque_long(day: dt.date) -> str:
    """"2019ko martxoaren 5a"."""
    return f"{day.year}ko {HILABETEAK[day.month - 1]} {day.day}a"


def european_timetable_change(y: int) -> dt.date:
    """The December timetable change: the night after the second Saturday of December, so
    the Sunday that follows it."""
    return nth_weekday(y, 12, 5, 2) + ONE


def daylight_south(day: dt.date, start: tuple[int, int], end: tuple[int, int]) -> bool:
    """Southern daylight time on `day`: from the `start` (month, nth) Sunday to the `end`
    (month, nth) Sunday of the next year (a month's last Sunday as nth -1)."""
    def sunday(y: int, month: int, nth: int) -> dt.date:
        if nth > 0:
            return nth_weekday(y, month, 6, nth)
        last = dt.date(y + month // 12, month % 12 + 1, 1) - ONE
        return last - dt.timedelta(days=(last.weekday() - 6) % 7)

    return not (sunday(day.year, end[0], end[1]) <= day < sunday(day.year, *start))


def aedt(day: dt.date) -> bool:
    """New South Wales daylight time: first Sunday of October to first Sunday of April."""
    return daylight_south(day, (10, 1), (4, 1))


def nzdt(day: dt.date) -> bool:
    """New Zealand daylight time: last Sunday of September to first Sunday of April."""
    return daylight_south(day, (9, -1), (4, 1))


def coming_weekend(day: dt.date) -> dt.date:
    """The Saturday of the weekend a Monday-to-Sunday page looks at (Sunday: the day
    before)."""
    return day - ONE if day.weekday() == 6 else day + dt.timedelta(days=5 - day.weekday())


def last_month(day: dt.date, published: int) -> tuple[int, int]:
    """The (year, month) whose figure is the latest on `day`, each month's published on day
    `published` of the next."""
    back = 1 if day.day >= published else 2
    y, m = day.year, day.month - back
    return (y - 1, m + 12) if m <= 0 else (y, m)


# --- a London commuters' blog -------------------------------------------------------------

DC_REDESIGN = dt.date(2017, 9, 18)
DC_BRIEFING = dt.date(2018, 2, 5)
DC_MEMBERS = dt.date(2019, 4, 1)
DC_TIPJAR = dt.date(2016, 6, 1)
DC_CAP = (("2014-01-02", "£8.40"), ("2015-01-02", "£6.40"), ("2016-01-02", "£6.50"),
          ("2017-01-02", "£6.60"), ("2018-01-02", "£6.80"), ("2019-01-02", "£7.00"),
          ("2020-01-02", "£7.20"))  # the Zones 1-2 pay-as-you-go daily cap
TUBE_STRIKES = ("2015-07-09", "2015-08-06", "2017-01-09")


def _dc_dated(day: dt.date) -> str:
    if day < DC_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year} "
            f"· {{read_min}} min read")


def _dc_weekend(day: dt.date) -> str:
    sat = coming_weekend(day)
    sun = sat + ONE
    return (f"🚧 Closures this weekend (Sat {sat.day} {MONTHS[sat.month - 1][:3]} – Sun "
            f"{sun.day} {MONTHS[sun.month - 1][:3]}): check our full list before you set off")


@cache
def _dc_alert() -> Wordings:
    base = _steps((_OLD, "Get our Monday email on the week's closures and delays"),
                  (DC_BRIEFING.isoformat(), "📬 The Commute Briefing: closures, strikes and "
                                            "fare news every Monday at 7am. Subscribe free"))
    strikes = [(iso_day(s, -3), iso_day(s, 1),
                f"⚠️ Tube strike on {WEEKDAYS[iso_day(s).weekday()]} {iso_day(s).day} "
                f"{MONTHS[iso_day(s).month - 1]}: expect little or no service. Our "
                f"survival guide") for s in TUBE_STRIKES]
    pandemic = [
        _span("2020-03-20", "2020-06-14", "🦠 Essential journeys only: what is still running "
                                          "and where"),
        _span("2020-06-15", "2020-11-04", "😷 Face coverings are now compulsory on public "
                                          "transport in England"),
        _span("2020-11-05", "2020-12-02", "🦠 Lockdown two: your reduced service guide"),
    ]
    night_tube = [_span("2016-08-15", "2016-08-21", "🌙 The Night Tube starts this Friday on "
                                                    "the Central and Victoria lines")]
    christmas = _yearly("12-25", 4, 1, lambda y: f"🎄 No Tube, buses or trains on Christmas "
                                                 f"Day {y}: the full holiday timetable")
    return _calendar(base, strikes, pandemic, night_tube, christmas)


def dailycommute_style() -> PublisherStyle:
    """A London commuters' blog: tags from a pool, "Posted on" with the long date turned the
    short weekday, the short date and the reading time on 18 September 2017 (a wording per
    day), "by" turned "Words:" with the writer, a mid-week alert line reworded for a Monday
    briefing and turned by the Tube strikes, the Night Tube's first weekend, Christmas and
    the pandemic's three phases, the coming weekend's closures (a wording per week, turning
    on Mondays), "Related:" and "ADVERTISEMENT" mid-body up to twice, a map credit from a
    pool, a tip-off line, the year's daily cap (changing each 2 January), the comment count,
    the not-affiliated line, a support appeal reworded twice and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="thedailycommute.co.uk", site="The Daily Commute", base_size=250,
        subdomains=(("www.", 100),),
        sections=("tube", "rail", "buses", "cycling", "fares", "planned-works"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "tag": ("Tube", "Overground", "Buses", "Fares", "Night Tube", "Planned works",
                    "Cycling", "Strikes"),
            "map": ("OpenStreetMap contributors", "The Daily Commute", "TfL open data",
                    "a reader"),
        },
        families=(
            _f("tags", HEADER, 0.55, (_OLD, "Filed under {tag_list}")),
            _f("dated", HEADER, 0.9, *_by_day(_dc_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "by {author}"),
               (DC_REDESIGN.isoformat(), "Words: {author}")),
            _f("alert", HEADER, 0.3, *_dc_alert()),
            _f("weekend", HEADER, 0.2, *_by_day(_dc_weekend)),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("map", MIDDLE, 0.15, (_OLD, "Map: {map}")),
            _f("tip", MIDDLE, 0.1, (_OLD, "Seen something odd on your line? Send it to "
                                          "tips@thedailycommute.co.uk")),
            _f("cap", FOOTER, 0.15, *priced(DC_CAP, lambda v: (
                f"Pay as you go, Zones 1-2: the daily cap is {v} this year."))),
            _f("comments", FOOTER, 0.5, (_OLD, "{count} comments"),
               (DC_REDESIGN.isoformat(), "Join the discussion ({count} comments)")),
            _f("independent", FOOTER, 0.35, (_OLD, "The Daily Commute is written by "
                                                   "commuters and is not affiliated with "
                                                   "Transport for London or any operator.")),
            _f("support", FOOTER, 0.3, (_OLD, "Enjoyed this? Buy us a coffee."),
               (DC_TIPJAR.isoformat(), "Keep the blog going: support us from £3 a month."),
               (DC_MEMBERS.isoformat(), "Become a Daily Commute member: no adverts, early "
                                        "closure maps, from £3 a month.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Daily Commute. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this post first gave the wrong "
                                                  "weekend for the Jubilee line closure.")),
        ),
    )


# --- an Australian state transit authority's news page ------------------------------------

CL_REDESIGN = dt.date(2018, 10, 8)
CL_APPS = dt.date(2017, 11, 20)
CL_CAPS = (("2014-09-01", "$15.00 · Sunday $2.50"), ("2016-07-04", "$15.40 · Sunday $2.60"),
           ("2017-07-03", "$15.40 · Sunday $2.70"), ("2018-07-02", "$15.80 · Sunday $2.70"),
           ("2019-07-01", "$15.80 · Sunday $2.80"), ("2020-07-06", "$16.10 · Sunday $2.80"))


def _cl_dated(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"Published: {day.day:02d}/{day.month:02d}/{day.year}"
    zone = "AEDT" if aedt(day) else "AEST"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} {zone}")


def on_time(y: int, m: int) -> float:
    """Made-up on-time running of peak services, in per cent (higher with the pandemic's
    empty roads)."""
    base = 91.5 + 2.5 * wobble("otr", dt.date(y, m, 1))
    if y == 2020 and 4 <= m <= 6:
        base = 97.0 + 0.8 * wobble("otr20", dt.date(y, m, 1))
    return round(base, 1)


def _cl_on_time(day: dt.date) -> str:
    y, m = last_month(day, 10)
    return f"On-time running, {MONTHS[m - 1]} {y}: {on_time(y, m):.1f}% of peak services"


@cache
def _cl_planner() -> Wordings:
    base = _steps((_OLD, "Plan your trip with the Coastlink Trip Planner"),
                  (CL_APPS.isoformat(), "📱 Real-time apps now show how full your bus is. Plan "
                                        "your trip before you travel"))
    pandemic = [_span("2020-03-24", "2020-05-31", "🦠 Only travel if you need to. Look for "
                                                  "the green dots and keep your distance"),
                _span("2020-07-12", "2020-12-31", "😷 Masks are strongly recommended where "
                                                  "you cannot physically distance")]
    public = []
    for y in range(2015, 2021):
        public += [(dt.date(y, 1, 26) - 2 * ONE, dt.date(y, 1, 27),
                    f"Australia Day {y}: services run to a Sunday timetable"),
                   (easter(y) - 6 * ONE, easter(y) + 2 * ONE,
                    f"Easter {y}: Good Friday and Easter Monday run to a Sunday timetable"),
                   (dt.date(y, 4, 25) - 2 * ONE, dt.date(y, 4, 26),
                    f"Anzac Day {y}: Sunday timetable, and travel free to the dawn services "
                    f"with your medals"),
                   (dt.date(y, 12, 28), dt.date(y + 1, 1, 2),
                    f"🎆 New Year's Eve {y}: trains all night and road closures in the city")]
    public.sort()
    return _calendar(base, pandemic, public)


def coastlink_style() -> PublisherStyle:
    """An Australian state transit authority's news page: a category from a pool, the
    numeric date turned the weekday, the long date and daylight or standard time on 8
    October 2018 (a wording per day), last month's on-time running (a wording per month,
    published each 10th), trackwork and replacement-bus lines and a photo credit from pools
    mid-body, "You may also like:", the Opal-style daily and Sunday caps (changing each
    July), a trip-planner line reworded for real-time apps and turned by Australia Day,
    Easter, Anzac Day, New Year's Eve and the pandemic, "Page last reviewed:" with the day's
    date (a wording per day), the accessible-format line, the Acknowledgement of Country,
    the media line and the licence line (a block), a rare update."""
    return PublisherStyle(
        domain="coastlink.nsw.gov.au", site="Coastlink", base_size=220,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("media-releases", "trackwork", "projects", "accessibility", "fares"),
        n_authors=4, url_path="/news-and-events/{section}/{slug}",
        pools={
            "category": ("Media release", "Service update", "Trackwork", "Customer notice",
                         "Projects", "Accessibility"),
            "between": ("Wattle Point and Kirrawee Junction", "Bellbird and Morrow Heights",
                        "Tallong Bay and the City", "Marsden Flat and Kurrajong North"),
            "photo": ("Coastlink", "the project team", "NSW Government", "a customer"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_cl_dated)),
            _f("on-time", HEADER, 0.2, *_by_day(_cl_on_time)),
            _f("trackwork", MIDDLE, 0.25, (_OLD, "Trackwork: buses replace trains between "
                                                 "{between}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Image: {photo}")),
            _f("related", MIDDLE, 0.3, (_OLD, "You may also like: {other_title}")),
            _f("caps", FOOTER, 0.2, *priced(CL_CAPS, lambda v: (
                f"Adult daily cap on a Coastlink card: {v}. Fares are reviewed each July."))),
            _f("planner", FOOTER, 0.35, *_cl_planner()),
            _f("reviewed", FOOTER, 0.3, *_daily(
                lambda day: f"Page last reviewed: {day.day} {MONTHS[day.month - 1]} "
                            f"{day.year}")),
            _f("accessible", FOOTER, 0.2, (_OLD, "Need this page in another format? Call "
                                                 "Coastlink Info on 13 28 46 (TTY 133 677).")),
            _f("country", FOOTER, 0.3, (_OLD, "Coastlink acknowledges the Traditional "
                                              "Custodians of the lands we travel across and "
                                              "pays respect to Elders past and present.")),
            _f("media", FOOTER, 0.35, (_OLD, "Media enquiries: Coastlink media unit, 02 5550 "
                                             "1420")),
            _f("licence", FOOTER, 0.35, (_OLD, "© {year} Coastlink. Content licensed under "
                                               "Creative Commons Attribution 4.0.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the trackwork start time has changed "
                                              "since this notice was published.")),
        ),
    )


# --- a Catalan metro and bus operator -----------------------------------------------------

TM_REDESIGN = dt.date(2018, 1, 8)
TM_APP = dt.date(2017, 5, 15)
TM_T10 = (("2014-01-01", "10,30 €"), ("2016-01-16", "9,95 €"), ("2018-01-01", "10,20 €"),
          ("2020-01-01", "11,35 €"))
MWC = (("2015-03-02", "2015-03-05"), ("2016-02-22", "2016-02-25"),
       ("2017-02-27", "2017-03-02"), ("2018-02-26", "2018-03-01"),
       ("2019-02-25", "2019-02-28"))
CATALAN_STRIKES = ("2017-10-03", "2017-11-08", "2019-10-18")


def _tm_data(day: dt.date) -> str:
    if day < TM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIES[day.weekday()]}, {catalan_long(day)} - {{time}} h"


@cache
def _tm_avis() -> Wordings:
    base = _steps((_OLD, "Consulta l'estat del servei en temps real al web de TMC"),
                  (TM_APP.isoformat(), "📲 Descarrega l'app TMC Mobilitat: horaris, avisos i "
                                       "temps d'espera a la butxaca"))
    strikes = [(iso_day(s, -4), iso_day(s, 1),
                f"⚠️ Vaga general del {iso_day(s).day} {de_mes(iso_day(s).month)}: consulta "
                f"els serveis mínims") for s in CATALAN_STRIKES]
    pandemic = [_span("2020-03-14", "2020-05-03", "Estat d'alarma: servei reduït. Viatja "
                                                  "només si és imprescindible"),
                _span("2020-05-04", "2020-12-31", "😷 La mascareta és obligatòria a tota la "
                                                  "xarxa de TMC")]
    congress = [_span(first, last, f"Mobile World Congress {first[:4]}: reforç de servei a "
                                   f"les línies del recinte firal") for first, last in MWC]
    fiestas = (_yearly("06-23", 3, 1, lambda y: f"🔥 Revetlla de Sant Joan {y}: metro tota "
                                                f"la nit del 23 al 24 de juny")
               + _yearly("09-11", 2, 0, lambda y: f"Diada Nacional {y}: servei d'horari de "
                                                  f"festiu")
               + _yearly("09-24", 4, 0, lambda y: f"Festes de la Mercè {y}: horaris especials "
                                                  f"i reforç nocturn")
               + _yearly("12-31", 3, 1, lambda y: f"🎉 Cap d'Any {y}: metro tota la nit del 31 "
                                                  f"de desembre a l'1 de gener"))
    return _calendar(base, strikes, pandemic, congress, sorted(fiestas))


def tmcamp_style() -> PublisherStyle:
    """A Catalan metro and bus operator: a section from a pool, the numeric date turned the
    weekday, the long date ("5 de març", "12 d'abril") and the time on 8 January 2018 (a
    wording per day), the lines affected and the replacement bus from pools mid-body,
    "Llegeix també:", the T-10's price (changed in January 2016, 2018 and 2020), an app
    appeal reworded and turned by the general strikes, the state of alarm and the masks,
    the Mobile World Congress, Sant Joan, the Diada, La Mercè and New Year's Eve,
    "Informació actualitzada a" with the day's date (a wording per day), the accessibility
    and lost-property notices, the press contact and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="tmcamp.cat", site="Transports Metropolitans del Camp", base_size=195,
        subdomains=(("www.", 100),),
        sections=("noticies", "afectacions", "obres", "tarifes"),
        n_authors=3, url_path="/ca/{section}/{slug}",
        pools={
            "seccio": ("Notícies", "Afectacions del servei", "Obres", "Tarifes",
                       "Accessibilitat", "Objectes perduts"),
            "linies": ("L1", "L2", "L3", "Bus 12", "Bus 24", "Nitbus N4"),
            "tram": ("Plaça Major i Sant Pere", "Estació Central i la Floresta",
                     "Camí Ral i Parc del Riu", "Hospital i Can Vidal"),
        },
        families=(
            _f("seccio", HEADER, 0.5, (_OLD, "{seccio}")),
            _f("data", HEADER, 0.9, *_by_day(_tm_data)),
            _f("linies", MIDDLE, 0.3, (_OLD, "Línies afectades: {linies_list}")),
            _f("alternatiu", MIDDLE, 0.15, (_OLD, "Servei alternatiu d'autobús entre "
                                                  "{tram}")),
            _f("llegeix", MIDDLE, 0.3, (_OLD, "Llegeix també: {other_title}")),
            _f("tarifa", FOOTER, 0.2, *priced(TM_T10, lambda v: (
                f"Preu de la T-10 d'una zona: {v}"))),
            _f("avis", FOOTER, 0.35, *_tm_avis()),
            _f("actualitzat", FOOTER, 0.25, *_daily(
                lambda day: f"Informació actualitzada a {catalan_long(day)}.")),
            _f("accessibilitat", FOOTER, 0.2, (_OLD, "Totes les estacions tenen ascensor, "
                                                     "excepte les indicades al plànol "
                                                     "d'accessibilitat.")),
            _f("objectes", FOOTER, 0.1, (_OLD, "Objectes perduts: Centre d'Atenció al Client "
                                               "de Plaça Major, de dilluns a divendres de 8 a "
                                               "20 h.")),
            _f("premsa", FOOTER, 0.35, (_OLD, "Departament de Comunicació · premsa@tmcamp.cat")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Transports Metropolitans del Camp, "
                                                 "SA. Tots els drets reservats.")),
            _f("rectificacio", HEADER, 0.04, (_OLD, "Rectificació: s'ha corregit l'horari de "
                                                    "les obres.")),
        ),
    )


# --- a Korean urban railway corporation's notice board ------------------------------------

HB_REDESIGN = dt.date(2019, 3, 4)
HB_APP = dt.date(2018, 7, 2)
HB_FARES = (("2012-02-25", "1,050원"), ("2015-06-27", "1,250원"))
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
# The college entrance exam: 2017's put off a week by the Pohang earthquake, 2020's to
# December by the pandemic.
SUNEUNG = {2015: "2015-11-12", 2016: "2016-11-17", 2017: "2017-11-23", 2018: "2018-11-15",
           2019: "2019-11-14", 2020: "2020-12-03"}


def _hb_nalja(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"등록일 {day.isoformat()} ({YOIL[day.weekday()]}) {{time}}"


@cache
def _hb_gongji() -> Wordings:
    base = _steps((_OLD, "열차 운행 정보는 한빛메트로 앱에서 실시간으로 확인하세요"),
                  (HB_APP.isoformat(), "📱 한빛메트로 앱이 새로워졌습니다! 열차 위치와 칸별 "
                                       "혼잡도를 확인하세요"))
    pandemic = [_span("2020-02-24", "2020-05-12", "코로나19 확산 방지를 위해 전 역사와 "
                                                  "전동차를 매일 방역하고 있습니다"),
                _span("2020-05-13", "2020-12-31", "😷 마스크를 쓰지 않으면 열차를 이용하실 "
                                                  "수 없습니다")]
    exams = [(iso_day(day, -3), iso_day(day, 1),
              f"📝 {y + 1}학년도 수능일({iso_day(day).month}월 {iso_day(day).day}일) 아침 "
              f"출근 시간대 열차를 늘려 운행합니다") for y, day in SUNEUNG.items()]
    holidays = [(iso_day(day, -5), iso_day(day, 2),
                 f"🎑 {name} 연휴 귀성·귀경객을 위해 막차를 새벽 2시까지 연장 운행합니다")
                for table, name in ((SEOLLAL, "설"), (CHUSEOK, "추석"))
                for day in table.values()]
    new_year = _yearly("12-31", 3, 0, lambda y: f"🔔 {y}년 제야의 종 타종 행사로 12월 31일 "
                                                f"막차를 연장 운행합니다")
    # The pandemic hid 2020's Chuseok trains and New Year's bell, not its exam day.
    return _calendar(base, exams, pandemic, sorted(holidays), new_year)


def hanbitmetro_style() -> PublisherStyle:
    """A Korean urban railway corporation's notice board: a board name from a pool, the
    dotted date turned "등록일" with the ISO date, the weekday and the time on 4 March 2019 (a
    wording per day), the writer turned the department and the writer, a view count, the
    lines concerned and an attachment (.hwp and .pdf) from pools mid-body, "☞ 관련 공지:",
    the basic card fare (raised on 27 June 2015), an app line reworded and turned by
    Seollal and Chuseok's late trains, the college exam days (two of them postponed), New
    Year's Eve's bell and the pandemic's disinfection and masks, "기준" with the day's date (a
    wording per day), the lost-property line, the customer centre and the English copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="hanbitmetro.co.kr", site="한빛메트로", base_size=170,
        subdomains=(("www.", 100),),
        sections=("notice", "press", "service"),
        n_authors=4, url_path="/board/{section}/view.do?no={n}",
        pools={
            "bunryu": ("공지사항", "보도자료", "운행조정", "공사안내", "요금안내", "분실물안내"),
            "busu": ("홍보실", "영업처", "운전처", "시설처", "고객지원팀"),
            "noseon": ("1호선", "2호선", "3호선", "경전철", "환승역"),
            "cheombu": ("운행시간표_개정안내.hwp", "공사구간_안내도.pdf", "보도자료.hwp",
                        "임시시간표.pdf"),
        },
        families=(
            _f("bunryu", HEADER, 0.5, (_OLD, "{bunryu}")),
            _f("nalja", HEADER, 0.9, *_by_day(_hb_nalja)),
            _f("jakseongja", HEADER, 0.45, (_OLD, "작성자 : {author}"),
               (HB_REDESIGN.isoformat(), "담당부서 : {busu} | 작성자 : {author}")),
            _f("johoe", HEADER, 0.3, (_OLD, "조회수 {count}")),
            _f("noseon", MIDDLE, 0.3, (_OLD, "대상 노선: {noseon_list}")),
            _f("cheombu", MIDDLE, 0.15, (_OLD, "첨부파일: {cheombu}")),
            _f("gwallyeon", MIDDLE, 0.3, (_OLD, "☞ 관련 공지: {other_title}")),
            _f("yogeum", FOOTER, 0.2, *priced(HB_FARES, lambda v: (
                f"기본운임(교통카드 기준) 성인 {v}, 청소년 720원, 어린이 450원"))),
            _f("gongji", FOOTER, 0.35, *_hb_gongji()),
            _f("gijun", FOOTER, 0.3, *_daily(
                lambda day: f"※ {day.year}년 {day.month}월 {day.day}일 기준 정보이며, 운행 "
                            f"사정에 따라 변경될 수 있습니다.")),
            _f("bunsil", FOOTER, 0.1, (_OLD, "열차에 두고 내린 물건은 유실물센터(평일 "
                                             "07:00~22:00)에서 찾으실 수 있습니다.")),
            _f("munui", FOOTER, 0.4, (_OLD, "문의 : 한빛메트로 고객센터 1599-4000")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © Hanbit Metro Corporation. All "
                                                "rights reserved.")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 공사 기간이 잘못 안내되어 "
                                                  "바로잡습니다.")),
        ),
    )


# --- a Dutch regional bus and tram operator -----------------------------------------------

PV_REDESIGN = dt.date(2017, 12, 10)  # relaunched on the day of the December timetable
PV_BANKPAS = dt.date(2019, 1, 7)
PV_TARIEF = (("2014-01-01", "€ 0,89 en € 0,155"), ("2015-01-01", "€ 0,89 en € 0,157"),
             ("2016-01-01", "€ 0,90 en € 0,159"), ("2017-01-01", "€ 0,90 en € 0,161"),
             ("2018-01-01", "€ 0,96 en € 0,164"), ("2019-01-01", "€ 0,98 en € 0,168"),
             ("2020-01-01", "€ 1,01 en € 0,171"))  # boarding fare and per kilometre


def _pv_datum(day: dt.date) -> str:
    if day < PV_REDESIGN:
        return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"
    return (f"Gepubliceerd op {DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} "
            f"{day.year} om {{time}} uur")


@cache
def _pv_melding() -> Wordings:
    base = _steps((_OLD, "Check altijd de actuele reisinformatie in de Polderstad "
                         "Vervoer-app"),
                  (PV_BANKPAS.isoformat(), "📲 Nieuw in de app: koop je kaartje en check in "
                                           "met je telefoon"))
    strike = [_span("2019-05-24", "2019-05-28", "⚠️ Dinsdag 28 mei landelijke ov-staking: tot "
                                                "10.00 uur rijden er geen bussen en trams")]
    pandemic = [_span("2020-03-15", "2020-05-31", "🦠 Reis alleen als het echt nodig is. We "
                                                  "rijden een aangepaste dienstregeling"),
                _span("2020-06-01", "2020-12-31", "😷 Mondkapje verplicht in bus en tram, "
                                                  "ook bij de halte")]
    kings = _yearly("04-27", 4, 0, lambda y: f"👑 Koningsdag {y}: omleidingen rond het "
                                             f"centrum, bussen rijden een zondagsdienst",
                    years=range(2015, 2020))
    timetable = [(european_timetable_change(y) - 10 * ONE, european_timetable_change(y) + ONE,
                  f"🗓️ Nieuwe dienstregeling vanaf zondag {european_timetable_change(y).day} "
                  f"december {y}: bekijk wat er verandert") for y in YEARS]
    old_year = _yearly("12-31", 1, 0, lambda y: f"🎆 Oudejaarsdag {y}: de laatste bussen "
                                                f"rijden rond 20.00 uur")
    return _calendar(base, strike, timetable, pandemic, kings, old_year)


def polderstad_style() -> PublisherStyle:
    """A Dutch regional bus and tram operator: a section from a pool, the long date turned
    "Gepubliceerd op" with the weekday and the time on the December 2017 timetable change
    (a wording per day), the detoured lines and the stops skipped from pools mid-body,
    "Lees ook:", the boarding and kilometre fares (changing each January), a travel-info
    line reworded for the app and turned by the 2019 strike, Koningsdag, each December
    timetable, New Year's Eve's early last buses and the pandemic's masks, the
    accessibility and lost-property lines, the customer service line, "Noot voor de
    redactie", the press line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="polderstadvervoer.nl", site="Polderstad Vervoer", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nieuws", "werkzaamheden", "omleidingen", "tarieven"),
        n_authors=3, url_path="/nieuws/{yyyy}/{slug}",
        pools={
            "rubriek": ("Nieuws", "Werkzaamheden", "Omleidingen", "Tarieven",
                        "Toegankelijkheid"),
            "lijnen": ("3", "7", "12", "18", "N41", "tram 2"),
            "haltes": ("Stationsplein", "Marktbrug", "Polderweg", "Ziekenhuis Oost",
                       "Sportpark De Meent"),
        },
        families=(
            _f("rubriek", HEADER, 0.45, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.9, *_by_day(_pv_datum)),
            _f("omleiding", MIDDLE, 0.35, (_OLD, "Omleiding voor lijn {lijnen_list}")),
            _f("haltes", MIDDLE, 0.2, (_OLD, "Deze haltes vervallen: {haltes_list}")),
            _f("lees", MIDDLE, 0.3, (_OLD, "Lees ook: {other_title}")),
            _f("tarief", FOOTER, 0.2, *priced(PV_TARIEF, lambda v: (
                f"Instaptarief en kilometertarief met de OV-chipkaart: {v}"))),
            _f("melding", FOOTER, 0.35, *_pv_melding()),
            _f("toegankelijk", FOOTER, 0.2, (_OLD, "Al onze bussen zijn toegankelijk voor "
                                                   "reizigers met een rolstoel of rollator.")),
            _f("gevonden", FOOTER, 0.1, (_OLD, "Iets laten liggen in de bus? Kijk bij Gevonden "
                                               "voorwerpen op onze website.")),
            _f("klantenservice", FOOTER, 0.4, (_OLD, "Klantenservice: 0900 555 0120 (lokaal "
                                                     "tarief), elke dag van 7.00 tot "
                                                     "23.00 uur")),
            _f("noot", FOOTER, 0.3, (_OLD, "Noot voor de redactie, niet voor publicatie:")),
            _f("pers", FOOTER, 0.3, (_OLD, "Voor meer informatie: afdeling Communicatie, "
                                           "pers@polderstadvervoer.nl")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Polderstad Vervoer B.V.")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: in een eerdere versie stond een "
                                                 "verkeerde einddatum van de omleiding.")),
        ),
    )


# --- a Nepali transport news portal -------------------------------------------------------

YK_REDESIGN = dt.date(2018, 4, 14)  # relaunched on the first day of 2075 BS
YK_APP = dt.date(2019, 8, 1)
VIJAYA_DASHAMI = {2015: "2015-10-22", 2016: "2016-10-11", 2017: "2017-09-30",
                  2018: "2018-10-19", 2019: "2019-10-08", 2020: "2020-10-26"}
LAXMI_PUJA = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
              2019: "2019-10-27", 2020: "2020-11-14"}
PETROL = (("2014-12-01", "१२४"), ("2015-01-17", "११६"), ("2015-03-16", "११३"),
          ("2015-10-06", "१२५"), ("2016-02-11", "१०४"), ("2016-12-16", "१०६"),
          ("2017-08-16", "१०७"), ("2018-05-16", "११४"), ("2018-10-17", "१२४"),
          ("2019-01-15", "११४"), ("2019-06-15", "११८"), ("2020-02-14", "११६"),
          ("2020-04-14", "१०६"))  # rupees a litre, changed by the oil corporation


def bs_text(day: dt.date) -> str:
    """"२०७६ चैत ११": the Bikram Sambat date in Devanagari digits."""
    y, m, d = bs_date(day)
    return f"{nepali(y)} {BS_MONTHS[m - 1]} {nepali(d)}"


def _yk_miti(day: dt.date) -> str:
    if day < YK_REDESIGN:
        return bs_text(day)
    y, m, d = bs_date(day)
    return f"प्रकाशित मिति : {BARA[day.weekday()]}, {BS_MONTHS[m - 1]} {nepali(d)}, {nepali(y)}"


@cache
def _yk_suchana() -> Wordings:
    base = _steps((_OLD, "यातायात खबरलाई फेसबुक र ट्विटरमा पछ्याउनुहोस्"),
                  (YK_APP.isoformat(), "📲 यातायात खबरको मोबाइल एप डाउनलोड गर्नुहोस् र "
                                       "सडकको ताजा अवस्था थाहा पाउनुहोस्"))
    disasters = [
        _span("2015-04-25", "2015-05-31", "भूकम्प: राजमार्ग र सार्वजनिक यातायातको ताजा अवस्था"),
        _span("2015-09-24", "2016-02-05", "नाकाबन्दी: इन्धन अभावले सार्वजनिक यातायात सीमित, "
                                          "जोर–बिजोर प्रणाली लागू"),
        _span("2020-03-24", "2020-07-21", "लकडाउन: सार्वजनिक सवारी साधन सञ्चालनमा रोक"),
        _span("2020-07-22", "2020-12-31", "😷 मास्क लगाऔं, स्वास्थ्य मापदण्ड पालना गरेर मात्र "
                                          "यात्रा गरौं"),
    ]
    dashain = [(iso_day(day, -15), iso_day(day, 1),
                f"दशैं {nepali(bs_date(iso_day(day))[0])}: लामो दूरीका बसको अग्रिम टिकट "
                f"बुकिङ खुला") for day in VIJAYA_DASHAMI.values()]
    tihar = [(iso_day(day, -3), iso_day(day, 3),
              f"तिहार {nepali(bs_date(iso_day(day))[0])}: भाइटीकासम्म थप बस सञ्चालन")
             for day in LAXMI_PUJA.values()]
    return _calendar(base, disasters[:3], dashain, tihar, disasters[3:])


def yatayatkhabar_style() -> PublisherStyle:
    """A Nepali transport news portal: a section from a pool, the Bikram Sambat date in
    Devanagari digits turned "प्रकाशित मिति" with the weekday on the first day of 2075 BS (a
    wording per day), the reporter from a pool, the petrol price on the days the oil
    corporation changed it, "सम्बन्धित समाचार:" and "विज्ञापन" mid-body (up to twice), a
    follow-us line reworded for the app and turned by the 2015 earthquake, the blockade,
    Dashain's advance booking, Tihar's extra buses, the lockdown and the masks, the
    information-as-of line with the day's Bikram Sambat date (a wording per day), "प्रतिक्रिया
    दिनुहोस्", the editor and registration line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="yatayatkhabar.com.np", site="यातायात खबर", base_size=130,
        subdomains=(("www.", 80), ("", 20)),
        sections=("news", "public-transport", "road", "fare"),
        n_authors=5, url_path="/{section}/{n}",
        pools={
            "shreni": ("समाचार", "सार्वजनिक यातायात", "सडक", "भाडादर", "सूचना", "अर्थ"),
            "samvaddata": ("यातायात खबर संवाददाता", "रमेश अधिकारी", "सुनिता थापा",
                           "विकास श्रेष्ठ", "कृष्ण पौडेल"),
        },
        families=(
            _f("shreni", HEADER, 0.5, (_OLD, "{shreni}")),
            _f("miti", HEADER, 0.9, *_by_day(_yk_miti)),
            _f("samvaddata", HEADER, 0.55, (_OLD, "{samvaddata}")),
            _f("petrol", HEADER, 0.2, *priced(PETROL, lambda v: (
                f"पेट्रोल प्रतिलिटर रु. {v} (नेपाल आयल निगमको पछिल्लो मूल्य)"))),
            _f("sambandhit", MIDDLE, 0.35, (_OLD, "सम्बन्धित समाचार: {other_title}")),
            _f("vigyapan", MIDDLE, 0.35, (_OLD, "विज्ञापन"), count=2),
            _f("suchana", FOOTER, 0.35, *_yk_suchana()),
            _f("adyavadhik", FOOTER, 0.25, *_daily(
                lambda day: f"यो जानकारी {bs_text(day)} गतेसम्मको हो ।")),
            _f("pratikriya", FOOTER, 0.3, (_OLD, "प्रतिक्रिया दिनुहोस्")),
            _f("sampadak", FOOTER, 0.35, (_OLD, "सम्पादक: हरि न्यौपाने | सूचना विभाग दर्ता नं. "
                                                "८९३/०७३-७४")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} यातायात खबर । सर्वाधिकार सुरक्षित")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सच्याइएको: यस समाचारमा पहिले उल्लेख गरिएको "
                                              "मिति सच्याइएको छ ।")),
        ),
    )


# --- a Basque transport consortium ---------------------------------------------------------

IG_REDESIGN = dt.date(2019, 1, 7)
IG_APP = dt.date(2017, 10, 2)
IG_TARIFA = (("2014-01-01", "0,76 € · 2 zona: 0,91 €"), ("2016-01-01", "0,78 € · 2 zona: "
                                                                      "0,93 €"),
             ("2017-01-01", "0,79 € · 2 zona: 0,94 €"), ("2018-01-01", "0,80 € · 2 zona: "
                                                                      "0,96 €"),
             ("2019-01-01", "0,81 € · 2 zona: 0,97 €"), ("2020-01-01", "0,82 € · 2 zona: "
                                                                      "0,99 €"))
BASQUE_STRIKES = ("2018-03-08", "2019-01-30", "2019-03-08", "2020-01-30")


def aste_nagusia(y: int) -> dt.date | None:
    """Bilbao's Aste Nagusia: from the first Saturday after 15 August (none in 2020)."""
    if y == 2020:
        return None
    day = dt.date(y, 8, 16)
    return day + dt.timedelta(days=(5 - day.weekday()) % 7)


def _ig_data(day: dt.date) -> str:
    if day < IG_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return f"{basque_long(day)}, {ASTEGUNAK[day.weekday()]}"


@cache
def _ig_oharra() -> Wordings:
    base = _steps((_OLD, "Jarraitu zerbitzuaren egoera gure Twitter kontuan"),
                  (IG_APP.isoformat(), "📲 Deskargatu Ibaizabal app-a: denbora errealeko "
                                       "ordutegiak eta abisuak"))
    strikes = [(iso_day(s, -4), iso_day(s, 1),
                f"⚠️ Greba eguna, {basque_long(iso_day(s))}: gutxieneko zerbitzuak / servicios "
                f"mínimos") for s in BASQUE_STRIKES]
    pandemic = [_span("2020-03-14", "2020-06-21", "Alarma egoera: zerbitzu murriztua. "
                                                  "Maskara derrigorrezkoa da"),
                _span("2020-06-22", "2020-12-31", "😷 Maskara derrigorrezkoa da garraio "
                                                  "publikoan / Mascarilla obligatoria")]
    big_week = _movable(aste_nagusia, 2, 8, lambda y: f"🎡 Aste Nagusia {y}: gaueko zerbitzu "
                                                      f"berezia jai egun guztietan")
    christmas = _yearly("12-24", 3, 7, lambda y: f"🎄 Gabonak {y}: abenduaren 24an eta 31n "
                                                 f"zerbitzua 21:00etan amaituko da")
    return _calendar(base, strikes, pandemic, big_week, christmas)


def ibaizabal_style() -> PublisherStyle:
    """A Basque transport consortium (its news in Basque with Spanish beside it): a section
    from a pool, the numeric date turned the Basque long date ("2019ko martxoaren 5a") with
    the weekday on 7 January 2019 (a wording per day), the lines affected and the temporary
    stop from pools mid-body, "Irakurri ere:", the zone fares with a travel card (changing
    each January), an app line reworded and turned by the general and 8 March strikes
    (bilingual), the state of alarm, the masks, Aste Nagusia (none in 2020) and Christmas
    Eve's early end, the bilingual customer line, the accessibility and lost-property
    lines, the press line and the bilingual copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="ibaizabalgarraio.eus", site="Ibaizabal Garraio Partzuergoa", base_size=110,
        subdomains=(("www.", 100),),
        sections=("albisteak", "zerbitzua", "obrak", "tarifak"),
        n_authors=3, url_path="/eu/{section}/{slug}",
        pools={
            "atala": ("Albisteak", "Zerbitzu aldaketak", "Obrak", "Tarifak",
                      "Irisgarritasuna"),
            "lineak": ("L1", "L3", "A12", "A23", "G5", "Gautxori"),
            "geltokia": ("Zubiaurre plaza", "Udaletxea", "Anbulatorioa", "Kiroldegia",
                         "Geltoki zaharra"),
        },
        families=(
            _f("atala", HEADER, 0.5, (_OLD, "{atala}")),
            _f("data", HEADER, 0.9, *_by_day(_ig_data)),
            _f("lineak", MIDDLE, 0.3, (_OLD, "Eragindako lineak: {lineak_list}")),
            _f("geltokia", MIDDLE, 0.15, (_OLD, "Behin-behineko geltokia: {geltokia}")),
            _f("irakurri", MIDDLE, 0.3, (_OLD, "Irakurri ere: {other_title}")),
            _f("tarifa", FOOTER, 0.2, *priced(IG_TARIFA, lambda v: (
                f"Bidaia txartelarekin, 1 zona: {v}"))),
            _f("oharra", FOOTER, 0.35, *_ig_oharra()),
            _f("arreta", FOOTER, 0.25, (_OLD, "Bezeroarentzako arreta / Atención al cliente: "
                                              "946 555 010")),
            _f("irisgarri", FOOTER, 0.15, (_OLD, "Autobus guztiak irisgarriak dira gurpil-"
                                                 "aulkian doazen bidaiarientzat.")),
            _f("galdutakoak", FOOTER, 0.1, (_OLD, "Galdutako objektuak: Zubiaurreko bulegoan, "
                                                  "astelehenetik ostiralera 8:00-15:00.")),
            _f("prentsa", FOOTER, 0.35, (_OLD, "Prentsa arloa / Gabinete de prensa: "
                                               "prentsa@ibaizabalgarraio.eus")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ibaizabal Garraio Partzuergoa · "
                                                 "Consorcio de Transportes Ibaizabal")),
            _f("zuzenketa", HEADER, 0.04, (_OLD, "Zuzenketa: obren hasiera data zuzendu da.")),
        ),
    )


# --- a Korean commuter's blog on a blog platform ------------------------------------------

CM_MOVE = dt.date(2018, 9, 1)  # a new skin when the blog moved


def _cm_nalja(day: dt.date) -> str:
    if day < CM_MOVE:
        return f"{day.year}. {day.month}. {day.day}. {{time}}"
    return f"{day.year}년 {day.month}월 {day.day}일 {YOIL_FULL[day.weekday()]}"


def _cm_jugan(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday())
    sunday = monday + 6 * ONE
    return (f"이번 주 출근길 체크 ({monday.month}/{monday.day} ~ {sunday.month}/{sunday.day}): "
            f"공사·운행 조정 모음")


def _cm_yogeum(day: dt.date) -> str:
    fare = value_on(HB_FARES, day)
    return f"※ {day.year}년 기준 지하철 기본요금 {fare} (교통카드, 성인)"


def commutememo_style() -> PublisherStyle:
    """A Korean commuter's blog on a blog platform: "반응형" over the post, a category from a
    pool, the dotted date and time turned the long date with the weekday when the blog moved
    on 1 September 2018 (a wording per day), this week's commute check (a wording per week,
    turning on Mondays), "728x90" ad markers mid-body up to twice, a sponsored-post
    disclosure from a pool, the year's basic fare line (a wording per year and the 2015
    rise), likes and comments counts, a subscribe button reworded, the category's other
    posts and a link (a block), the licence line and the platform's credit, a rare
    correction."""
    return PublisherStyle(
        domain="commutememo.tistory.com", site="출근길 메모장", base_size=90,
        subdomains=(("", 100),),
        sections=("commute", "lines", "cards", "review"),
        n_authors=1, url_path="/{n}",
        pools={
            "kategori": ("출퇴근 일기", "노선 소식", "교통카드", "역 리뷰", "생활 정보"),
            "brand": ("교통카드 앱", "공유 킥보드 업체", "출근 도시락 브랜드",
                      "무선 이어폰 브랜드"),
        },
        families=(
            _f("banung", HEADER, 0.35, (_OLD, "반응형")),
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("nalja", HEADER, 0.85, *_by_day(_cm_nalja)),
            _f("jugan", HEADER, 0.15, *_by_day(_cm_jugan)),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "728x90"), count=2),
            _f("hyeopchan", MIDDLE, 0.08, (_OLD, "※ 이 포스팅은 {brand} 측으로부터 소정의 원고료를 "
                                                 "받아 작성되었습니다.")),
            _f("yogeum", MIDDLE, 0.15, *_by_day(_cm_yogeum)),
            _f("gonggam", FOOTER, 0.5, (_OLD, "공감 {count}")),
            _f("daetgeul", FOOTER, 0.4, (_OLD, "댓글 {count}")),
            _f("gudok", FOOTER, 0.3, (_OLD, "구독하기"),
               (CM_MOVE.isoformat(), "이 블로그 구독하기")),
            _f("dareun", FOOTER, 0.35, (_OLD, "'{kategori}' 카테고리의 다른 글")),
            _f("dareun-geul", FOOTER, 0.3, (_OLD, "{other_title}")),
            _f("ccl", FOOTER, 0.2, (_OLD, "저작자표시 비영리 변경금지")),
            _f("skin", FOOTER, 0.3, (_OLD, "Designed by 티스토리")),
            _f("sujeong", HEADER, 0.04, (_OLD, "+ 내용 수정: 환승 시간 안내를 바로잡았습니다.")),
        ),
    )


# --- a Catalan rail users' association's blog ----------------------------------------------

UT_MOVE = dt.date(2018, 2, 1)  # moved from a hosted blog to its own site
UT_QUOTA = (("2014-01-01", "10 €"), ("2018-01-01", "12 €"), ("2020-01-01", "15 €"))


def _ut_data(day: dt.date) -> str:
    if day < UT_MOVE:
        return f"{DIES[day.weekday()]}, {catalan_long(day)}"
    return catalan_long(day)


def punctuality(y: int, m: int) -> float:
    """Made-up share of the line's trains on time, in per cent (worse in the summer works)."""
    value = 88.0 + 4.0 * wobble("r7", dt.date(y, m, 1)) - (5.0 if m in (7, 8) else 0.0)
    return round(value, 1)


def _ut_puntualitat(day: dt.date) -> str:
    y, m = last_month(day, 5)
    share = f"{punctuality(y, m):.1f}".replace(".", ",")
    return f"Puntualitat de la línia {al_mes(m)} de {y}: {share} % dels trens"


@cache
def _ut_avis() -> Wordings:
    base = _steps((_OLD, "Segueix-nos a Twitter per saber com va la línia en directe"))
    works = _yearly("07-20", 10, 30, lambda y: f"🚧 Obres d'estiu {y}: tall de la línia entre "
                                               f"Garraf i Sitges i autobusos substitutoris")
    easter_days = [(easter(y) - 4 * ONE, easter(y) + 2 * ONE,
                    f"Setmana Santa {y}: horari de festiu dijous, divendres i dilluns")
                   for y in YEARS]
    strikes = [(iso_day(s, -3), iso_day(s, 1),
                f"⚠️ Vaga del {iso_day(s).day} {de_mes(iso_day(s).month)}: serveis mínims del "
                f"33 % en hora punta") for s in CATALAN_STRIKES]
    pandemic = [_span("2020-03-14", "2020-06-21", "Estat d'alarma: la línia circula amb "
                                                  "menys trens. Viatgeu només si cal")]
    return _calendar(base, pandemic, strikes, works, easter_days)


def usuaris_style() -> PublisherStyle:
    """A Catalan rail users' association's blog: "Publicat per" with the writer, the date
    with the weekday turned the date without it when the blog moved on 1 February 2018 (a
    wording per day), last month's punctuality of the line ("al gener", "a l'abril", a
    wording per month, published each 5th), a complaint form line and "Relacionat:"
    mid-body, a follow-us line turned by the strikes, the summer works, Holy Week and the
    state of alarm, the labels from a pool and the comment count, the share bar reworded
    for the new site, the membership fee (raised in 2018 and 2020), the opinions line and the
    licence line (a block), a rare update."""
    return PublisherStyle(
        domain="usuaristrencosta.cat", site="Usuaris del Tren de la Costa", base_size=70,
        subdomains=(("www.", 60), ("", 40)),
        sections=("incidencies", "obres", "reivindicacions"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}.html",
        pools={"etiquetes": ("Rodalies", "R2 Sud", "Obres", "Vaga", "Incidències",
                             "Reivindicacions")},
        families=(
            _f("autor", HEADER, 0.6, (_OLD, "Publicat per {author}")),
            _f("data", HEADER, 0.85, *_by_day(_ut_data)),
            _f("puntualitat", HEADER, 0.2, *_by_day(_ut_puntualitat)),
            _f("reclamacio", MIDDLE, 0.2, (_OLD, "Has patit un retard? Omple el full de "
                                                 "reclamació i envia'ns-ne una còpia.")),
            _f("relacionat", MIDDLE, 0.3, (_OLD, "Relacionat: {other_title}")),
            _f("avis", FOOTER, 0.3, *_ut_avis()),
            _f("etiquetes", FOOTER, 0.4, (_OLD, "Etiquetes: {etiquetes_list}")),
            _f("comentaris", FOOTER, 0.45, (_OLD, "{count} comentaris")),
            _f("compartir", FOOTER, 0.3,
               (_OLD, "Envia per correu electrònic · Comparteix a Twitter · Comparteix a "
                      "Facebook"),
               (UT_MOVE.isoformat(), "Comparteix: Twitter · Facebook · WhatsApp · Telegram")),
            _f("socis", FOOTER, 0.25, *priced(UT_QUOTA, lambda v: (
                f"Fes-te soci de l'associació: {v} l'any i ens ajudes a defensar la línia."))),
            _f("opinions", FOOTER, 0.15, (_OLD, "Les opinions d'aquest blog són de l'associació "
                                                "i no representen cap operador.")),
            _f("llicencia", FOOTER, 0.3, (_OLD, "Aquesta obra està subjecta a una llicència "
                                                "Creative Commons Reconeixement-CompartirIgual "
                                                "4.0.")),
            _f("actualitzacio", HEADER, 0.04, (_OLD, "ACTUALITZACIÓ: la vaga s'ha "
                                                     "desconvocat.")),
        ),
    )


# --- a Flemish commuters' blog ------------------------------------------------------------

PB_REDESIGN = dt.date(2018, 6, 4)
PB_NIEUWSBRIEF = dt.date(2017, 3, 1)
PB_RITTEN = (("2014-02-01", "€ 14,00"), ("2016-02-01", "€ 15,00"), ("2017-02-01", "€ 16,00"),
             ("2019-02-01", "€ 17,00"), ("2020-02-01", "€ 17,50"))
BELGIAN_STRIKES = ("2016-01-06", "2016-05-31", "2016-06-24", "2017-10-10", "2019-02-13")


def _pb_datum(day: dt.date) -> str:
    if day < PB_REDESIGN:
        return f"Geplaatst op {day.day} {MAANDEN[day.month - 1]} {day.year} door {{author}}"
    return (f"{DAGEN_KORT[day.weekday()]} {day.day} {MAANDEN_KORT[day.month - 1]} {day.year} "
            f"· {{author}}")


@cache
def _pb_staking() -> Wordings:
    base = _steps((_OLD, "Volg Pendelaarsblog ook op Facebook"))
    strikes = [(iso_day(s, -4), iso_day(s, 1),
                f"⚠️ Staking op {DAGEN[iso_day(s).weekday()]} {iso_day(s).day} "
                f"{MAANDEN[iso_day(s).month - 1]}: trein, tram en bus rijden sterk beperkt")
               for s in BELGIAN_STRIKES]
    pandemic = [_span("2020-05-04", "2020-12-31", "😷 Mondmasker verplicht op trein, tram en "
                                                  "bus vanaf 12 jaar")]
    return _calendar(base, strikes, pandemic)


def pendelaars_style() -> PublisherStyle:
    """A Flemish commuters' blog: "Geplaatst op" with the long date and the writer turned the
    short weekday, the short date and the writer on 4 June 2018 (a wording per day), a
    follow-us line turned by the national strikes and the masks, "Eerder op dit blog:",
    "Advertentie" mid-body up to twice, a commuter's tip from a pool, the ten-ride card's
    price (changing on 1 February in some years), the tags and the comment count, the
    independence line, the newsletter appeal reworded and the copyright line (a block), a
    rare update."""
    return PublisherStyle(
        domain="pendelaarsblog.be", site="Pendelaarsblog", base_size=55,
        subdomains=(("www.", 100),),
        sections=("trein", "bus-en-tram", "fiets"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "tags": ("trein", "tram", "bus", "staking", "werken", "vertraging", "tarieven"),
            "tip": ("neem de trein van 7.12 uur, die is minder vol",
                    "check de app vóór je vertrekt", "een vouwfiets mag gratis mee",
                    "in het laatste rijtuig is er altijd plaats"),
        },
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_pb_datum)),
            _f("staking", HEADER, 0.3, *_pb_staking()),
            _f("eerder", MIDDLE, 0.3, (_OLD, "Eerder op dit blog: {other_title}")),
            _f("advertentie", MIDDLE, 0.25, (_OLD, "Advertentie"), count=2),
            _f("tip", MIDDLE, 0.1, (_OLD, "Pendeltip: {tip}")),
            _f("rittenkaart", FOOTER, 0.2, *priced(PB_RITTEN, lambda v: (
                f"Een kaart voor tien ritten kost nu {v}."))),
            _f("tags", FOOTER, 0.35, (_OLD, "Tags: {tags_list}")),
            _f("reacties", FOOTER, 0.45, (_OLD, "{count} reacties")),
            _f("onafhankelijk", FOOTER, 0.2, (_OLD, "Pendelaarsblog is een onafhankelijk blog "
                                                    "en heeft geen banden met een vervoerder.")),
            _f("nieuwsbrief", FOOTER, 0.25, (_OLD, "Schrijf je in voor onze nieuwsbrief"),
               (PB_NIEUWSBRIEF.isoformat(), "Elke vrijdag het pendelnieuws van de week in je "
                                            "mailbox? Schrijf je in")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Pendelaarsblog – Alle rechten "
                                                "voorbehouden")),
            _f("update", HEADER, 0.04, (_OLD, "UPDATE: de staking is intussen afgelast.")),
        ),
    )


# --- a Kathmandu bus cooperative's notices --------------------------------------------------

UB_REDESIGN = dt.date(2019, 7, 17)  # the first day of the 2076/77 fiscal year
UB_EVENING = dt.date(2017, 4, 14)
UB_BHADA = (("2014-07-17", "१३ (विद्यार्थी ७)"), ("2015-10-17", "१५ (विद्यार्थी ८)"),
            ("2016-03-01", "१४ (विद्यार्थी ८)"), ("2018-11-18", "१५ (विद्यार्थी ८)"),
            ("2020-07-22", "१८ (विद्यार्थी १०)"))


def _ub_miti(day: dt.date) -> str:
    y, m, d = bs_date(day)
    if day < UB_REDESIGN:
        return f"मिति: {nepali(y)}/{nepali(f'{m:02d}')}/{nepali(f'{d:02d}')}"
    return f"मिति: {nepali(y)} {BS_MONTHS[m - 1]} {nepali(d)} गते ({day.isoformat()})"


@cache
def _ub_bishesh() -> Wordings:
    base = _steps((_OLD, "बस सेवासम्बन्धी जानकारीका लागि हाम्रो फेसबुक पेज हेर्नुहोस्"),
                  (UB_REDESIGN.isoformat(), "📲 अब मोबाइल एपबाट बसको रुट र समय हेर्न सकिन्छ"))
    dashain = [(iso_day(day, -3), iso_day(day, 5),
                "दशैं बिदाको अवधिमा बस सेवा सीमित रूटमा मात्र सञ्चालन हुनेछ")
               for day in VIJAYA_DASHAMI.values()]
    lockdown = [_span("2020-03-24", "2020-07-21", "लकडाउनका कारण सबै रुटका बस सेवा स्थगित")]
    return _calendar(base, lockdown, dashain)


def upatyakabus_style() -> PublisherStyle:
    """A Kathmandu bus cooperative's notices: "सार्वजनिक सूचना", the Bikram Sambat date with
    slashes turned the month's name, "गते" and the AD date on the first day of the 2076/77
    fiscal year (a wording per day), a route from a pool mid-body, the minimum fare with the
    student fare (changed several times), service hours lengthened in 2017, a Facebook line
    turned an app line and by Dashain and the lockdown, the reserved-seats and
    left-belongings lines, "आज्ञाले," with the manager's title, the contact line (a block), a
    rare amended-notice line."""
    return PublisherStyle(
        domain="upatyakabus.com.np", site="उपत्यका सहकारी बस सेवा", base_size=40,
        subdomains=(("www.", 100),),
        sections=("suchana", "news"),
        n_authors=2, url_path="/{section}/{n}",
        pools={"rut": ("रत्नपार्क – बुढानीलकण्ठ", "कलंकी – चाबहिल", "लगनखेल – गोंगबु",
                       "सूर्यबिनायक – रत्नपार्क", "चक्रपथ परिक्रमा")},
        families=(
            _f("sarvajanik", HEADER, 0.6, (_OLD, "सार्वजनिक सूचना")),
            _f("miti", HEADER, 0.8, *_by_day(_ub_miti)),
            _f("rut", MIDDLE, 0.35, (_OLD, "रुट: {rut}")),
            _f("bhada", FOOTER, 0.25, *priced(UB_BHADA, lambda v: (
                f"न्यूनतम भाडा रु. {v}"))),
            _f("samay", FOOTER, 0.2, (_OLD, "सेवा समय: बिहान ६ बजेदेखि बेलुका ८ बजेसम्म"),
               (UB_EVENING.isoformat(), "सेवा समय: बिहान ६ बजेदेखि राति ९ बजेसम्म")),
            _f("bishesh", HEADER, 0.3, *_ub_bishesh()),
            _f("arakshit", FOOTER, 0.15, (_OLD, "अपाङ्गता भएका, ज्येष्ठ नागरिक र गर्भवती "
                                                "महिलाका लागि सिट आरक्षित छ ।")),
            _f("chhuteko", FOOTER, 0.1, (_OLD, "बसमा छुटेका सामान कार्यालयबाट बुझिलिन सकिनेछ ।")),
            _f("aagyale", FOOTER, 0.45, (_OLD, "आज्ञाले,")),
            _f("prabandhak", FOOTER, 0.45, (_OLD, "प्रबन्ध सञ्चालक")),
            _f("sampark", FOOTER, 0.3, (_OLD, "सम्पर्क: ०१-४४५५६६७, info@upatyakabus.com.np")),
            _f("sansodhit", HEADER, 0.04, (_OLD, "संशोधित सूचना")),
        ),
    )


# --- a New Zealand regional council's bus network ------------------------------------------

RM_REDESIGN = dt.date(2019, 7, 1)
RM_FARES = (("2014-07-01", "$2.50; with a Kōwhai card $1.95"),
            ("2016-07-01", "$2.60; with a Kōwhai card $2.02"),
            ("2018-07-01", "$2.70; with a Kōwhai card $2.10"),
            ("2020-03-24", "free while the COVID-19 alert level is 4 or 3"),
            ("2020-07-01", "$2.80; with a Kōwhai card $2.18"))
ALERT_LEVELS = (("2020-03-21", "2020-03-22", "2"), ("2020-03-23", "2020-03-25", "3"),
                ("2020-03-26", "2020-04-27", "4"), ("2020-04-28", "2020-05-13", "3"),
                ("2020-05-14", "2020-06-08", "2"), ("2020-08-12", "2020-09-21", "2"))


def _rm_dated(day: dt.date) -> str:
    if day < RM_REDESIGN:
        return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}"
    zone = "NZDT" if nzdt(day) else "NZST"
    return (f"Published: {WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} "
            f"{day.year} ({zone})")


@cache
def _rm_alert() -> Wordings:
    base = _steps((_OLD, "Timetables and real-time departures: riverlinkmetro.govt.nz"))
    levels = [_span(first, last, f"🦠 COVID-19 Alert Level {level}: "
                                 + {"4": "buses run for essential workers only",
                                    "3": "buses run for essential travel, fares are free",
                                    "2": "keep your distance and scan in on board"}[level])
              for first, last, level in ALERT_LEVELS]
    holidays: list[Event] = []
    for y in range(2015, 2021):
        holidays += [(dt.date(y, 2, 4), dt.date(y, 2, 7), f"Waitangi Day {y}: Sunday timetable"),
                     (dt.date(y, 4, 23), dt.date(y, 4, 26), f"Anzac Day {y}: buses start after "
                                                            f"the dawn service"),
                     (nth_weekday(y, 10, 0, 4) - 2 * ONE, nth_weekday(y, 10, 0, 4) + ONE,
                      f"Labour Day {y}: Sunday timetable"),
                     (dt.date(y, 12, 20), dt.date(y + 1, 1, 4),
                      f"🎄 Summer holiday timetable {y}/{str(y + 1)[2:]}: fewer school-day "
                      f"trips")]
    holidays.sort()
    return _calendar(base, levels, holidays)


def riverlink_style() -> PublisherStyle:
    """A New Zealand regional council's bus network: the short date turned "Published:" with
    the weekday, the long date and daylight or standard time on 1 July 2019 (a wording per
    day), "Kia ora koutou," a timetable line turned by the pandemic's alert levels, Waitangi
    Day, Anzac Day, Labour Day and the summer timetable, the routes affected from a pool
    mid-body, the adult fare (changing in July and free under alert levels 4 and 3), the
    lost-property and low-floor lines, "Ngā mihi," the media line and the copyright line (a
    block), a rare update."""
    return PublisherStyle(
        domain="riverlinkmetro.govt.nz", site="Riverlink Metro", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "service-changes", "fares"),
        n_authors=2, url_path="/news/{slug}",
        pools={"routes": ("Route 1", "Route 4", "Route 11", "Route 24", "Route 60e",
                          "Night Rider")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_rm_dated)),
            _f("kia-ora", HEADER, 0.2, (_OLD, "Kia ora koutou,")),
            _f("alert", HEADER, 0.35, *_rm_alert()),
            _f("routes", MIDDLE, 0.3, (_OLD, "Routes affected: {routes_list}")),
            _f("fares", FOOTER, 0.2, *priced(RM_FARES, lambda v: (
                f"Adult fare, one zone: {v}"))),
            _f("lost", FOOTER, 0.1, (_OLD, "Left something on the bus? Lost property is kept "
                                           "at the Riverlink depot for 30 days.")),
            _f("low-floor", FOOTER, 0.15, (_OLD, "All Riverlink Metro buses are low-floor and "
                                                 "kneel at the kerb for easier boarding.")),
            _f("nga-mihi", FOOTER, 0.3, (_OLD, "Ngā mihi, the Riverlink Metro team")),
            _f("media", FOOTER, 0.3, (_OLD, "Media enquiries: communications team, 0800 555 "
                                            "742")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Riverlink Metro, a service of the "
                                                "Kōwhai Regional Council")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the Route 24 detour has now ended.")),
        ),
    )


def heldout193_styles() -> list[PublisherStyle]:
    """The held-back-193 styles, in the order the generator hands them to publishers."""
    return [
        dailycommute_style(), coastlink_style(), tmcamp_style(), hanbitmetro_style(),
        polderstad_style(), yatayatkhabar_style(), ibaizabal_style(), commutememo_style(),
        usuaris_style(), pendelaars_style(), upatyakabus_style(), riverlink_style(),
    ]
