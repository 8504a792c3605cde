"""The ``held-back-196`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an advertisement marker or a union-printer's line. The publishers are trade unions,
co-operatives and the workers' press in English, Spanish, Swedish, Maltese, Tagalog and
Bengali: a British general union's news pages, an American independent labor weekly, a
Spanish regional union confederation, a Swedish union magazine for mill and forest workers,
a Maltese port workers' union (in Maltese, with English lines), a Philippine labour centre
(in Filipino), a Bangladeshi garment workers' news site (in Bengali), a British consumer
co-operative society's members' news, an Argentine federation of worker co-operatives, a
Swedish consumer co-operative, a Gozitan farmers' co-operative (in Maltese) and a Philippine
jeepney drivers' transport co-operative (in Filipino). The families are the kinds a crawl of
such sites holds: dates localised day by day in English (British and American, AP month
abbreviations), Spanish (Spain and Argentina), Swedish (ISO dates, week numbers), Maltese,
Filipino and Bengali (Bengali digits, and the Bangla date of Bangladesh's calendar, whose
month lengths changed with the 1426 revision), several changing form on the day of a
redesign; strike-ballot notices counting down the days left to vote day by day, ballot
results with their turnouts, strike days counted day by day (British disputes, American
teachers', Verizon, GM and Chicago strikes), Spanish feminist strikes and pension protests,
Swedish bargaining rounds (2016, 2017 and the one the pandemic paused in 2020), Filipino
transport strikes against the jeepney phase-out; membership and dues lines by year (weekly
union contributions each April, Spanish and Swedish monthly dues each January, co-operative
share and membership fees), wage and price amounts by date (Spain's minimum wage as each
decree came in, Manila's wage orders, Bangladesh's garment minimum wage, Maltese cost-of-living
increases, Argentine social monotributo, jeepney fares), co-operative dividends and
re-payments announced on each year's annual meeting day, a community fund's yearly total;
"Printed and promoted by" imprints (turned "Promoted by" on a redesign), a union printer's
line, a Bengali "published and printed" imprint, a Swedish "ansvarig utgivare", registered
society and co-operative registry lines; solidarity and strike-fund appeals (an American
strike fund's running total printed day by day, a Spanish resistance fund), weekly market
prices and weekly member offers with ISO week numbers, monthly registered unemployment;
branch, members' and annual meeting calendars (a union branch's meeting each second Tuesday
but in August, a labour centre's assembly each last Saturday, half-yearly and annual
members' meetings,
board elections, Co-operatives Fortnight, the International Day of Co-operatives, May Day
in every language, Malta's budget days, the State of the Nation Address, Bonifacio Day, the
Rana Plaza and Tazreen anniversaries, the Eids' wage-and-bonus demands, Midsummer and
Christmas opening hours, the Mnarja fair, the pandemic's lockdowns); multi-line blocks
(contacts, imprints, copyright lines), related links and advertisement markers mid-body
(some up to two times), photo credits from pools, bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's. Amounts that are not
public record (dues, fund totals, dividends, prices, unemployment counts) are made up.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    first_come,
    iso_day,
    nth_or_last_weekday,
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
# A line printed day by day is worded once per session (the tests build the styles several
# times): the day functions below are module-level, so the cache finds them again.
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
VECKODAGAR = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
XHUR = ("Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu", "Settembru",
        "Ottubru", "Novembru", "Diċembru")
JIEM = ("It-Tnejn", "It-Tlieta", "L-Erbgħa", "Il-Ħamis", "Il-Ġimgħa", "Is-Sibt", "Il-Ħadd")
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
         "Setyembre", "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")
MASH = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর",
        "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
BAR = ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার")
BANGLA_MASH = ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ",
               "মাঘ", "ফাল্গুন", "চৈত্র")
BENGALI_ZERO = "০"

# --- helpers of this set ------------------------------------------------------------------


def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...)."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def bn(text: int | str) -> str:
    """`text` with its ASCII digits as Bengali digits (commas and the rest kept)."""
    return "".join(digits(c, BENGALI_ZERO) if c.isdigit() else c for c in str(text))


def bangla_date(day: dt.date) -> tuple[int, int, int]:
    """(day, month from 1, year) of Bangladesh's Bangla calendar (Pohela Boishakh on 14
    April): the first five months of 31 days and Falgun of 31 in a leap year as fixed in
    1987; from 1426 (14 April 2019) the revised one, the first six months of 31 days and
    Falgun of 29 (30 in a leap year)."""
    start_year = day.year if day >= dt.date(day.year, 4, 14) else day.year - 1
    year = start_year - 593
    leap = _cal.isleap(start_year + 1)
    if year >= 1426:
        lengths = [31] * 6 + [30] * 4 + [30 if leap else 29, 30]
    else:
        lengths = [31] * 5 + [30] * 5 + [31 if leap else 30, 30]
    n = (day - dt.date(start_year, 4, 14)).days
    for month, length in enumerate(lengths, start=1):
        if n < length:
            return n + 1, month, year
        n -= length
    raise AssertionError(day)


def second_working_day(y: int, m: int) -> dt.date:
    """The second Monday-to-Friday day of month `m` of year `y` (holidays aside)."""
    day, seen = dt.date(y, m, 1), 0
    while True:
        if day.weekday() < 5:
            seen += 1
            if seen == 2:
                return day
        day += ONE


def midsummer_eve(y: int) -> dt.date:
    """Swedish Midsummer Eve: the Friday from 19 to 25 June."""
    return next(dt.date(y, 6, d) for d in range(19, 26) if dt.date(y, 6, d).weekday() == 4)


def each_day(first: dt.date, last: dt.date, text: Callable[[dt.date], str]) -> list[Event]:
    """One event per day from `first` to `last` (both included): a notice counted day by
    day."""
    out: list[Event] = []
    day = first
    while day <= last:
        out.append((day, day + ONE, text(day)))
        day += ONE
    return out


# --- a British general union's news pages -------------------------------------------------

FW_ACT = dt.date(2017, 3, 1)  # the Trade Union Act's ballot thresholds in force
FW_REDESIGN = dt.date(2018, 9, 3)
FW_NEW_GS = dt.date(2019, 1, 14)
FW_DUES = (("2014-04-01", "£2.49"), ("2015-04-01", "£2.55"), ("2016-04-01", "£2.61"),
           ("2017-04-01", "£2.68"), ("2018-04-01", "£2.74"), ("2019-04-01", "£2.81"),
           ("2020-04-01", "£2.81"))  # frozen in the pandemic
# (ballot opens, closes, members balloted, yes %, turnout %)
FW_BALLOTS = (("2015-10-05", "2015-10-23", "Northgate Buses drivers", "87", "61"),
              ("2016-05-09", "2016-05-27", "Calder Council refuse crews", "92", "48"),
              ("2017-09-18", "2017-10-13", "Brightwell Hospitals porters", "79", "56"),
              ("2018-04-16", "2018-05-11", "Fenwick Foods", "71", "52"),
              ("2019-02-04", "2019-03-01", "Hollins Logistics", "84", "63"),
              ("2019-10-07", "2019-11-01", "Airedale Academies support staff", "90", "58"),
              ("2020-09-14", "2020-10-09", "Marston Care Homes", "88", "54"))
FW_STRIKES = (("2015-11-09", "2015-11-13", "Northgate Buses drivers"),
              ("2016-06-20", "2016-07-01", "Calder Council refuse crews"),
              ("2017-11-06", "2017-11-08", "Brightwell Hospitals porters"),
              ("2019-03-25", "2019-04-05", "Hollins Logistics"),
              ("2019-11-25", "2019-11-29", "Airedale Academies support staff"),
              ("2020-11-02", "2020-11-06", "Marston Care Homes"))


def _fw_dated(day: dt.date) -> str:
    if day < FW_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _fw_join(day: dt.date) -> str:
    dues = value_on(day, FW_DUES)
    if day < FW_REDESIGN:
        return f"Join Fairwork Union today from {dues} a week."
    return (f"Not a member yet? Join Fairwork Union online in five minutes: full-time "
            f"membership is {dues} a week, less if you work part-time.")


def _fw_countdown(close: dt.date, who: str) -> Callable[[dt.date], str]:
    def text(day: dt.date) -> str:
        left = (close - day).days
        if left == 0:
            return f"🗳️ {who}: today is the last day to post your ballot paper"
        return (f"🗳️ {who} strike ballot: {left} day{'s' * (left > 1)} left to post your "
                f"vote (closes {close.day} {MONTHS[close.month - 1]})")
    return text


def _fw_strike_day(first: dt.date, last: dt.date, who: str) -> Callable[[dt.date], str]:
    total = (last - first).days + 1
    return lambda day: (f"✊ {who} on strike: day {(day - first).days + 1} of {total}. Join "
                        f"the picket line from 6am")


@cache
def _fw_banner() -> Wordings:
    base = _steps((_OLD, "Your union, your voice: find your workplace rep today"),
                  (FW_ACT.isoformat(), "Ballots are by post: keep your home address up to "
                                       "date with us"),
                  (FW_REDESIGN.isoformat(), "Moved house or changed job? Update your details "
                                            "online so you never miss a ballot"))
    events: list[Event] = []
    for opens, closes, who, yes, turnout in FW_BALLOTS:
        close = iso_day(closes)
        events += each_day(iso_day(opens), close, _fw_countdown(close, who))
        events.append((close + 3 * ONE, close + 10 * ONE,
                       f"📊 {who}: {yes}% voted yes on a {turnout}% turnout"))
    for first, last, who in FW_STRIKES:
        start, end = iso_day(first), iso_day(last)
        events.append((start - 7 * ONE, start,
                       f"✊ {who} strike from {start.day} {MONTHS[start.month - 1]} to "
                       f"{end.day} {MONTHS[end.month - 1]}: support the picket lines"))
        events += each_day(start, end, _fw_strike_day(start, end, who))
    events.append(_span("2020-03-16", "2020-07-31", "🦠 Coronavirus and your job: know your "
                                                    "rights at work, our guidance and helpline"))
    return _calendar(base, sorted(events))


def _fw_imprint(day: dt.date) -> str:
    who = "Maureen Calloway" if day < FW_NEW_GS else "Dev Sahota"
    how = "Printed and promoted" if day < FW_REDESIGN else "Promoted"
    return (f"{how} by {who}, General Secretary, on behalf of Fairwork Union, 128 Clerkenwell "
            f"Row, London EC1R 5DL.")


def fw_branch_meeting(day: dt.date) -> dt.date:
    """The next branch meeting on or after `day`: the second Tuesday of each month, none in
    August."""
    y, m = day.year, day.month
    while True:
        meeting = nth_weekday(y, m, 1, 2)
        if m != 8 and meeting >= day:
            return meeting
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)


def _fw_branch(day: dt.date) -> str:
    meeting = fw_branch_meeting(day)
    return (f"Next {{branch}} branch meeting: Tuesday {meeting.day} {MONTHS[meeting.month - 1]} "
            f"{meeting.year}, 7pm. All members welcome.")


def fairwork_style() -> PublisherStyle:
    """A British general union's news pages: the sector from a pool, "Posted on" with the
    numeric date turned the weekday and the long date on 3 September 2018 (a wording per
    day), "By" the writer turned the writer with the role, a banner reworded for the Trade
    Union Act's postal ballots and the redesign and turned by each strike ballot (the days
    left to vote counted down day by day, the result with its turnout), each strike's days
    counted day by day and the pandemic, "See also:" links up to twice, a picture credit
    from a pool, the helpline advert, the next branch meeting (the second Tuesday of each
    month but August; the branch from a pool), the join appeal with the year's weekly
    contribution (changing each April) reworded on the redesign, the press office line, the
    "Printed and promoted by" imprint ("Promoted by" from the redesign) naming the general
    secretary (a new one from January 2019), the
    Certification Officer line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="fairworkunion.org.uk", site="Fairwork Union", base_size=240,
        subdomains=(("www.", 100),),
        sections=("news", "campaigns", "disputes", "health", "local-government", "logistics"),
        n_authors=10, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "sector": ("Health", "Local government", "Logistics", "Manufacturing", "Retail",
                       "Hospitality", "Care", "Education"),
            "beat": ("Regional Organiser, North West", "National Officer for Health",
                     "Press Officer", "Head of Campaigns", "Regional Secretary, Yorkshire",
                     "Equalities Officer"),
            "picture": ("Fairwork Union / Jess Hurst", "Fairwork Union", "PA", "Alamy",
                        "Andy Lorimer"),
            "branch": ("Leeds Health", "Calder Valley", "Bradford Community", "Hull Docks",
                       "Sheffield Retail", "Wakefield Care"),
        },
        families=(
            _f("sector", HEADER, 0.55, (_OLD, "{sector}")),
            _f("dated", HEADER, 0.9, *_by_day(_fw_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (FW_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("banner", HEADER, 0.3, *_fw_banner()),
            _f("see-also", MIDDLE, 0.35, (_OLD, "See also: {other_title}"), count=2),
            _f("picture", MIDDLE, 0.25, (_OLD, "Picture: {picture}")),
            _f("helpline", MIDDLE, 0.12, (_OLD, "Problem at work? Call the Fairwork Union "
                                                "helpline on 0800 085 4412, 8am to 8pm.")),
            _f("branch", FOOTER, 0.2, *_by_day(_fw_branch)),
            _f("join", FOOTER, 0.5, *_by_day(_fw_join)),
            _f("press", FOOTER, 0.3, (_OLD, "Press office: 020 7946 0882 (24 hours) · "
                                            "press@fairworkunion.org.uk")),
            _f("imprint", FOOTER, 0.35, *_by_day(_fw_imprint)),
            _f("listed", FOOTER, 0.25, (_OLD, "Fairwork Union is a trade union listed by the "
                                              "Certification Officer and affiliated to the "
                                              "TUC.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© Fairwork Union {year}")),
            _f("correction", HEADER, 0.04, (_OLD, "This article was amended on the day of "
                                                  "publication to correct the turnout "
                                                  "figure.")),
        ),
    )


# --- an American independent labor weekly -------------------------------------------------

SF_REDESIGN = dt.date(2017, 1, 9)
SF_JANUS = dt.date(2018, 6, 27)  # the Supreme Court's Janus ruling
SF_SUBSCRIPTION = (("2013-09-01", "$30 a year, $24 for union members"),
                   ("2016-09-01", "$35 a year, $28 for union members"),
                   ("2019-09-01", "$40 a year, $30 for union members"))
# (first day, last day, who): the big strikes the weekly followed day by day
SF_STRIKES = (("2016-04-13", "2016-05-31", "Verizon workers (CWA and IBEW)"),
              ("2018-02-22", "2018-03-06", "West Virginia teachers"),
              ("2018-04-02", "2018-04-12", "Oklahoma teachers"),
              ("2018-04-26", "2018-05-03", "Arizona teachers"),
              ("2019-01-14", "2019-01-22", "Los Angeles teachers"),
              ("2019-09-16", "2019-10-25", "UAW members at GM"),
              ("2019-10-17", "2019-10-31", "Chicago teachers and school staff"))
SF_CONFERENCES = (("2016-01-15", "2016-04-03", "April 1-3, 2016"),
                  ("2018-01-15", "2018-04-08", "April 6-8, 2018"))


def _ap_date(day: dt.date) -> str:
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _sf_dated(day: dt.date) -> str:
    if day < SF_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Published {WEEKDAYS[day.weekday()]}, {_ap_date(day)}"


@cache
def _sf_fund_totals() -> dict[dt.date, tuple[int, int]]:
    """The strike fund's running total and donors, day by day, started again each
    January; more money comes in while a big strike is on."""
    out: dict[dt.date, tuple[int, int]] = {}
    total = donors = 0
    day = FIRST_DAY
    while day <= LAST_DAY:
        if day.month == 1 and day.day == 1:
            total = donors = 0
        busy = any(iso_day(a) <= day <= iso_day(b) for a, b, _ in SF_STRIKES)
        gift = int((180 + 140 * noise(day, "fund")) * (3 if busy else 1))
        total += gift
        donors += max(1, gift // 37)
        out[day] = (total, donors)
        day += ONE
    return out


def _sf_fund(day: dt.date) -> str:
    total, donors = _sf_fund_totals()[day]
    return (f"{day.year} Solidarity Fund: ${total:,} from {donors:,} readers as of "
            f"{AP_MONTHS[day.month - 1]} {day.day}. Chip in to support striking workers.")


def _sf_banner(day: dt.date) -> str:
    on = [(iso_day(a), who) for a, b, who in SF_STRIKES if iso_day(a) <= day <= iso_day(b)]
    if on:
        days = "; ".join(f"{who}, day {(day - first).days + 1}" for first, who in on)
        return f"✊ Strike watch: {days}. Send a message of solidarity"
    for first, last, when in SF_CONFERENCES:
        if iso_day(first) <= day <= iso_day(last):
            return f"Registration is open: Shopfloor Conference, Chicago, {when}"
    if dt.date(2020, 3, 12) <= day <= dt.date(2020, 4, 30):
        return "The 2020 Shopfloor Conference is cancelled. Refunds go out by email"
    if dt.date(2020, 5, 1) <= day <= dt.date(2020, 9, 30):
        return "COVID-19 on the job: tell us how your workplace is handling it"
    if day < SF_JANUS:
        return "Get The Shopfloor Dispatch in your inbox every Friday"
    return "After Janus: organizing tips for public-sector locals, in your inbox every Friday"


def _sf_subscribe(day: dt.date) -> str:
    return f"Subscribe to the print edition: {value_on(day, SF_SUBSCRIPTION)}."


def shopfloor_style() -> PublisherStyle:
    """An American independent labor weekly: a kicker from a pool, the long date turned
    "Published", the weekday and the AP-style date on 9 January 2017 (a wording per day),
    "By" the writer (with the handle after the redesign), a banner turned by the big strikes
    the weekly followed, each counted day by day (Verizon 2016, the 2018 teachers' strikes,
    Los Angeles, GM and Chicago in 2019, two at once in October 2019), the conference
    registrations of 2016 and 2018, the 2020 conference's cancellation and the pandemic,
    reworded after the Janus ruling; "RELATED:" links up to twice, a donation insert and an
    advertisement marker, the year's solidarity fund with its running total and donors as
    of the day (a wording per day, started again each January), the subscription price
    (raised in 2016 and 2019), the free-reprint line, the union printer's line and the
    copyright line with the address (a block), a rare correction."""
    return PublisherStyle(
        domain="shopfloordispatch.com", site="The Shopfloor Dispatch", base_size=150,
        subdomains=(("www.", 100),),
        sections=("strikes", "organizing", "contracts", "labor-law", "union-democracy"),
        n_authors=12, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={"kicker": ("STRIKES", "ORGANIZING", "CONTRACTS", "LABOR LAW", "SOLIDARITY",
                          "UNION DEMOCRACY", "HEALTH & SAFETY")},
        families=(
            _f("kicker", HEADER, 0.6, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.88, *_by_day(_sf_dated)),
            _f("byline", HEADER, 0.75, (_OLD, "by {author}"),
               (SF_REDESIGN.isoformat(), "By {author} · {author_handle}")),
            _f("banner", HEADER, 0.25, *_by_day(_sf_banner)),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("donate", MIDDLE, 0.15, (_OLD, "Independent labor journalism runs on reader "
                                              "support. Give $5 a month.")),
            _f("advert", MIDDLE, 0.15, (_OLD, "— Advertisement —")),
            _f("fund", FOOTER, 0.3, *_by_day(_sf_fund)),
            _f("subscribe", FOOTER, 0.3, *_by_day(_sf_subscribe)),
            _f("reprint", FOOTER, 0.35, (_OLD, "Union locals and worker centers may reprint "
                                               "this article free of charge, with credit to "
                                               "The Shopfloor Dispatch.")),
            _f("union-bug", FOOTER, 0.2, (_OLD, "Printed by union labor ◆ GCC/IBT Local "
                                                "508M")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Shopfloor Dispatch Inc. · 7435 "
                                                 "Michigan Ave., Detroit, MI 48210")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "story misstated the local's number.")),
        ),
    )


# --- a Spanish regional union confederation ------------------------------------------------

SU_REDESIGN = dt.date(2017, 5, 2)
SU_ONLINE = dt.date(2019, 1, 15)
SU_CUOTA = {2015: "11,80", 2016: "11,80", 2017: "12,10", 2018: "12,40", 2019: "12,70",
            2020: "13,00", 2021: "13,00"}
# Spain's minimum wage (SMI), from the day each decree was published in the BOE
SMI = (("2014-01-01", "645,30"), ("2015-01-01", "648,60"), ("2016-01-01", "655,20"),
       ("2016-12-31", "707,60"), ("2017-12-30", "735,90"), ("2018-12-27", "900,00"),
       ("2020-02-05", "950,00"))
PARO = (("2014-12-01", 535_000.0), ("2015-12-01", 478_000.0), ("2016-12-01", 437_000.0),
        ("2017-12-01", 402_000.0), ("2018-12-01", 381_000.0), ("2019-12-01", 368_000.0),
        ("2020-02-01", 372_000.0), ("2020-05-01", 438_000.0), ("2020-12-01", 410_000.0))


_ALARMA = "Estado de alarma: dudas sobre ERTE, permisos y teletrabajo en el 960 55 41 00"
_PENSIONES = ("Pensiones dignas: concentración cada lunes a las 12:00 ante la Delegación "
              "del Gobierno")


def _su_fecha(day: dt.date) -> str:
    if day < SU_REDESIGN:
        return f"Publicado: {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year} · "
            f"{{time}}")


@cache
def _su_convocatoria() -> Wordings:
    base = _steps((_OLD, "Afíliate al Sindicato Unitario del Levante: juntos somos más "
                         "fuertes"),
                  (SU_ONLINE.isoformat(), "Ahora puedes afiliarte en línea en cinco minutos "
                                          "y contar con tu sindicato desde el primer día"))
    alarma = [_span("2020-03-14", "2020-04-21", _ALARMA),
              _span("2020-05-02", "2020-06-21", _ALARMA)]
    huelgas = [
        _span("2018-02-26", "2018-03-08", "8M 2018: huelga feminista con paros de dos horas "
                                          "por turno. Consulta los servicios mínimos"),
        _span("2019-02-25", "2019-03-08", "8M 2019: huelga feminista. Paros parciales y "
                                          "manifestación a las 19:00"),
        _span("2018-02-12", "2018-02-25", _PENSIONES),
        _span("2018-03-09", "2018-03-17", _PENSIONES),
    ]
    mayo = [(dt.date(y, 4, 22), dt.date(y, 5, 2),
             f"1º de Mayo {y}: manifestación a las 12:00 desde la plaza de San Agustín"
             if y != 2020 else "1º de Mayo 2020: este año, en las redes y en los balcones")
            for y in YEARS]
    return _calendar(base, first_come(alarma, huelgas, mayo))


def _su_cuota(day: dt.date) -> str:
    return (f"Cuota de afiliación {day.year}: {SU_CUOTA[day.year]} € al mes; reducida para "
            f"personas en paro y pensionistas")


def _su_paro(day: dt.date) -> str:
    y, m = day.year, day.month - 1
    if day < second_working_day(day.year, day.month):
        m -= 1
    if m <= 0:
        y, m = y - 1, m + 12
    month = dt.date(y, m, 15)
    n = int(through(month, PARO) * (1 + 0.012 * noise(month, "paro")))
    people = f"{n:,}".replace(",", ".")
    return f"Paro registrado en la Comunitat Valenciana, {MESES[m - 1]} de {y}: {people} personas"


def _su_smi(day: dt.date) -> str:
    return f"Salario mínimo interprofesional vigente: {value_on(day, SMI)} € al mes en 14 pagas"


def sul_style() -> PublisherStyle:
    """A Spanish regional union confederation: the section from a pool, "Publicado:" with the
    numeric date turned the weekday, the long date and the time on 2 May 2017 (a wording per
    day), "Por" the writer turned the writer and the press office, a membership banner
    reworded for joining online and turned by the feminist strikes of 8 March 2018 and
    2019, the 2018 pension protests, each May Day and the state of alarm, last month's
    registered unemployment (a wording per month, from the second working day), "Lee
    también:" links, a photo credit from a pool, the minimum wage in force (from each
    decree's publication), the year's dues (each January), the resistance fund with its
    account, the press contact and the copyright line with the address (a block), a rare
    correction."""
    return PublisherStyle(
        domain="sul-sindicato.es", site="Sindicato Unitario del Levante", base_size=120,
        subdomains=(("www.", 90), ("", 10)),
        sections=("accion-sindical", "negociacion-colectiva", "igualdad", "salud-laboral",
                  "pensiones"),
        n_authors=6, url_path="/noticias/{section}/{slug}",
        pools={
            "seccion": ("Acción sindical", "Negociación colectiva", "Igualdad", "Salud laboral",
                        "Juventud", "Pensiones", "Empleo público"),
            "foto": ("Gabinete de Comunicación SUL", "Europa Press", "EFE", "Archivo SUL"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_su_fecha)),
            _f("autoria", HEADER, 0.45, (_OLD, "Por {author}"),
               (SU_REDESIGN.isoformat(), "{author} | Gabinete de Comunicación")),
            _f("convocatoria", HEADER, 0.3, *_su_convocatoria()),
            _f("paro", HEADER, 0.15, *_by_day(_su_paro)),
            _f("lee", MIDDLE, 0.35, (_OLD, "Lee también: {other_title}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("smi", FOOTER, 0.15, *_by_day(_su_smi)),
            _f("cuota", FOOTER, 0.25, *_by_day(_su_cuota)),
            _f("caja", FOOTER, 0.2, (_OLD, "Caja de resistencia: apoya a las plantillas en "
                                           "huelga. ES62 3159 0011 9725 1093 4470")),
            _f("contacto", FOOTER, 0.35, (_OLD, "Gabinete de Comunicación · "
                                                "prensa@sul-sindicato.es · 963 00 41 27")),
            _f("pie", FOOTER, 0.4, (_OLD, "© {year} Sindicato Unitario del Levante. Calle de "
                                          "Albacete 14, 46007 València")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: en una versión anterior "
                                                     "figuraba una fecha errónea de la "
                                                     "asamblea.")),
        ),
    )


# --- a Swedish union magazine for mill and forest workers ---------------------------------

BP_REDESIGN = dt.date(2018, 2, 5)
BP_EDITOR = dt.date(2017, 9, 1)
BP_AVGIFT = {2015: "445", 2016: "455", 2017: "465", 2018: "475", 2019: "490", 2020: "495",
             2021: "505"}


_CORONA = "Corona och jobbet: svar om permittering, sjuklön och karensdag"


def _bp_datum(day: dt.date) -> str:
    if day < BP_REDESIGN:
        return f"{day.day} {MANADER[day.month - 1]} {day.year}"
    return (f"Publicerad {VECKODAGAR[day.weekday()]} {day.day} {MANADER[day.month - 1]} "
            f"{day.year} kl. {{time}}")


@cache
def _bp_puff() -> Wordings:
    base = _steps((_OLD, "Prenumerera på vårt nyhetsbrev – det kommer varje torsdag"),
                  (BP_REDESIGN.isoformat(), "Få Bruksposten i mejlen varje torsdag – anmäl "
                                            "dig här"))
    avtal = [
        _span("2016-01-11", "2016-03-31", "Avtalsrörelsen 2016: följ förhandlingarna hos oss"),
        _span("2016-04-01", "2016-04-10", "Klart: nytt industriavtal på 2,2 procent på ett år"),
        _span("2017-01-09", "2017-03-31", "Avtalsrörelsen 2017: följ förhandlingarna hos oss"),
        _span("2017-04-01", "2017-04-09", "Klart: 6,5 procent på tre år i nya avtalet"),
        _span("2020-01-13", "2020-03-31", "Avtalsrörelsen 2020: följ förhandlingarna hos oss"),
        _span("2020-04-01", "2020-04-14", "Avtalsrörelsen pausas till hösten på grund av "
                                          "coronapandemin"),
        _span("2020-10-01", "2020-10-27", "Avtalsrörelsen är tillbaka: följ förhandlingarna"),
        _span("2020-10-28", "2020-11-08", "Klart: 5,4 procent på 29 månader"),
    ]
    corona = [_span("2020-04-15", "2020-04-23", _CORONA),
              _span("2020-05-02", "2020-06-30", _CORONA)]
    maj = [(dt.date(y, 4, 24), dt.date(y, 5, 2),
            f"1 maj {y}: hitta ditt närmaste demonstrationståg" if y != 2020 else
            "1 maj 2020 firas digitalt: se talen hos oss") for y in YEARS]
    return _calendar(base, first_come(avtal, corona, maj))


def _bp_avgift(day: dt.date) -> str:
    return (f"Medlemsavgift {day.year}: 1,3 procent av lönen, högst {BP_AVGIFT[day.year]} "
            f"kronor i månaden inklusive a-kassa")


def bruksposten_style() -> PublisherStyle:
    """A Swedish union magazine for mill and forest workers: a vignette from a pool, the date
    turned "Publicerad" with the weekday and the time on 5 February 2018 (a wording per day),
    "Text:" the writer and "Foto:" a photographer from a pool, a newsletter line reworded on
    the redesign and turned by the bargaining rounds of 2016 and 2017 and their settlements,
    the 2020 round paused by the pandemic and resumed in October, the pandemic's questions
    and each May Day, "Läs också:" links, "ANNONS" up to twice, a tip-off line, the year's
    union dues with unemployment insurance (each January), the editor-in-chief and
    legally responsible publisher (a new one from September 2017), the publisher line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bruksposten.se", site="Bruksposten", base_size=100,
        subdomains=(("www.", 100),),
        sections=("avtal", "arbetsmiljo", "lon", "facket", "reportage", "debatt"),
        n_authors=7, url_path="/{section}/{slug}",
        pools={"vinjett": ("Avtal", "Arbetsmiljö", "Lön", "Facket", "Reportage", "Debatt",
                           "Krönika"),
               "foto": ("Karin Vesterlund", "Per-Olof Näslund", "TT", "Bruksposten",
                        "Linnea Strand")},
        families=(
            _f("vinjett", HEADER, 0.6, (_OLD, "{vinjett}")),
            _f("datum", HEADER, 0.85, *_by_day(_bp_datum)),
            _f("text", HEADER, 0.65, (_OLD, "Text: {author}")),
            _f("foto", HEADER, 0.45, (_OLD, "Foto: {foto}")),
            _f("puff", HEADER, 0.25, *_bp_puff()),
            _f("las-ocksa", MIDDLE, 0.35, (_OLD, "Läs också: {other_title}")),
            _f("annons", MIDDLE, 0.25, (_OLD, "ANNONS"), count=2),
            _f("tips", FOOTER, 0.2, (_OLD, "Tipsa redaktionen: tips@bruksposten.se eller sms "
                                           "till 070-555 21 40")),
            _f("avgift", FOOTER, 0.2, *_by_day(_bp_avgift)),
            _f("utgivare", FOOTER, 0.4, (_OLD, "Chefredaktör och ansvarig utgivare: Eva "
                                               "Lindqvist"),
               (BP_EDITOR.isoformat(), "Chefredaktör och ansvarig utgivare: Mats Ohlin")),
            _f("utges", FOOTER, 0.35, (_OLD, "Bruksposten ges ut av Skogs- och Bruksfacket och "
                                             "är partipolitiskt obunden.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Bruksposten {year}")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: I en tidigare version angavs fel "
                                                "datum för förhandlingarna.")),
        ),
    )


# --- a Maltese port workers' union ---------------------------------------------------------

GP_REDESIGN = dt.date(2018, 4, 16)
GP_ONLINE = dt.date(2019, 2, 1)
GP_NEW_GS = dt.date(2017, 7, 3)
# the day the Finance Minister read each budget (for the following year)
MALTA_BUDGETS = {2015: "2015-10-26", 2016: "2016-10-17", 2017: "2017-10-09",
                 2018: "2018-10-22", 2019: "2019-10-14", 2020: "2020-10-19"}
COLA = {2015: "0.58", 2016: "1.75", 2017: "1.75", 2018: "1.75", 2019: "2.33", 2020: "1.75",
        2021: "1.75"}


def _mt_date(day: dt.date) -> str:
    return f"{day.day} ta' {XHUR[day.month - 1]} {day.year}"


def _gp_data(day: dt.date) -> str:
    if day < GP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{JIEM[day.weekday()]}, {_mt_date(day)}"


@cache
def _gp_avviz() -> Wordings:
    base = _steps((_OLD, "Issieħeb fl-Għaqda Ħaddiema tal-Port: ċempel 2124 5580"),
                  (GP_ONLINE.isoformat(), "Issa tista' tissieħeb online mis-sit tagħna, "
                                          "f'inqas minn ħames minuti"))
    covid = [_span("2020-03-13", "2020-06-30", "COVID-19: l-uffiċċji tagħna jaqdu bit-telefon "
                                               "biss. Ċempel 2124 5580")]
    mejju = [(dt.date(y, 4, 24), dt.date(y, 5, 2),
              f"Jum il-Ħaddiem {y}: niltaqgħu fil-Belt Valletta fl-10:00") for y in YEARS]
    bagit = [(iso_day(day), iso_day(day, 4),
              f"Il-Baġit {y + 1}: aqra r-reazzjoni tal-Għaqda") for y, day in
             MALTA_BUDGETS.items()]
    return _calendar(base, first_come(covid, mejju, bagit))


def _gp_cola(day: dt.date) -> str:
    return f"COLA {day.year}: żieda ta' €{COLA[day.year]} fil-ġimgħa fil-pagi kollha"


def ghaqdaport_style() -> PublisherStyle:
    """A Maltese port workers' union (in Maltese): the numeric date turned the weekday and
    the Maltese long date on 16 April 2018 (a wording per day), "STQARRIJA GĦALL-ISTAMPA",
    "Minn" the writer, a join line reworded for joining online and turned by each Workers'
    Day, each budget day and the pandemic, "Aqra wkoll:" links, a photo credit from a pool,
    the year's cost-of-living increase (each January), an English line, the general
    secretary's signature (a new one from July 2017), the contact line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="ghaqdaport.org.mt", site="Għaqda Ħaddiema tal-Port", base_size=80,
        subdomains=(("www.", 100),),
        sections=("stqarrijiet", "ahbarijiet", "ftehim", "sahha-u-sigurta"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"ritratt": ("Għaqda Ħaddiema tal-Port", "DOI", "Kurt Borg Micallef",
                           "Jeremy Grech Sant")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_gp_data)),
            _f("stqarrija", HEADER, 0.5, (_OLD, "STQARRIJA GĦALL-ISTAMPA")),
            _f("awtur", HEADER, 0.3, (_OLD, "Minn {author}")),
            _f("avviz", HEADER, 0.3, *_gp_avviz()),
            _f("aqra", MIDDLE, 0.3, (_OLD, "Aqra wkoll: {other_title}")),
            _f("ritratt", MIDDLE, 0.2, (_OLD, "Ritratt: {ritratt}")),
            _f("cola", FOOTER, 0.25, *_by_day(_gp_cola)),
            _f("ingliz", FOOTER, 0.2, (_OLD, "This statement is also available in English on "
                                             "request.")),
            _f("segretarju", FOOTER, 0.3,
               (_OLD, "Iffirmat: Mario Caruana Spiteri, Segretarju Ġenerali"),
               (GP_NEW_GS.isoformat(), "Iffirmat: Rita Attard Borg, Segretarja Ġenerali")),
            _f("kuntatt", FOOTER, 0.35, (_OLD, "Għal aktar informazzjoni: 2124 5580 jew "
                                               "info@ghaqdaport.org.mt")),
            _f("drittijiet", FOOTER, 0.35, (_OLD, "© {year} Għaqda Ħaddiema tal-Port. "
                                                  "Id-drittijiet kollha riżervati.")),
            _f("korrezzjoni", HEADER, 0.04, (_OLD, "Korrezzjoni: id-data tal-laqgħa ġenerali "
                                                   "ġiet ikkoreġuta.")),
        ),
    )


# --- a Philippine labour centre (in Filipino) ----------------------------------------------

BM_REDESIGN = dt.date(2019, 5, 1)
BM_DO174 = dt.date(2017, 3, 16)  # the labour department's order on contracting
# Metro Manila's daily minimum wage (non-agriculture), from each wage order's effect
NCR_WAGE = (("2014-04-04", "₱466 kada araw (Wage Order No. NCR-18)"),
            ("2015-04-04", "₱481 kada araw (Wage Order No. NCR-19)"),
            ("2016-06-02", "₱491 kada araw (Wage Order No. NCR-20)"),
            ("2017-10-05", "₱512 kada araw (Wage Order No. NCR-21)"),
            ("2018-11-22", "₱537 kada araw (Wage Order No. NCR-22)"))


def _tl_date(day: dt.date) -> str:
    return f"{BUWAN[day.month - 1]} {day.day}, {day.year}"


_ECQ = ("ECQ: Walang pasok, walang sahod? Alamin ang inyong karapatan, tumawag sa 0998 "
        "555 2741")


def _bm_petsa(day: dt.date) -> str:
    if day < BM_REDESIGN:
        return _tl_date(day)
    return f"{ARAW[day.weekday()]}, {_tl_date(day)} | {{time12}}"


@cache
def _bm_panawagan() -> Wordings:
    base = _steps((_OLD, "Sumapi sa unyon! I-text ang SUMAPI sa 0917 555 0142"),
                  (BM_DO174.isoformat(), "Labanan ang ENDO: i-report ang kontraktwalisasyon "
                                         "sa inyong pagawaan, i-text sa 0917 555 0142"))
    ecq = [_span("2020-03-16", "2020-04-23", _ECQ), _span("2020-05-02", "2020-05-31", _ECQ)]
    mayo = [(dt.date(y, 4, 24), dt.date(y, 5, 2),
             f"Mayo Uno {y}: Magkita-kita tayo sa Liwasang Bonifacio, 8:00 ng umaga"
             if y != 2020 else "Mayo Uno 2020: Online na pagkilos, samahan kami sa Facebook "
                               "Live") for y in YEARS]
    sona = []
    for y in YEARS:
        day = nth_weekday(y, 7, 0, 4)
        sona.append((day - 5 * ONE, day + ONE, f"SONA {y}: Martsa sa Commonwealth Avenue, "
                                                f"{_tl_date(day)}"))
    bonifacio = [(dt.date(y, 11, 25), dt.date(y, 12, 1),
                  f"Araw ni Bonifacio {y}: Parangalan ang uring manggagawa") for y in YEARS]
    return _calendar(base, first_come(ecq, mayo, sona, bonifacio))


def _bm_sahod(day: dt.date) -> str:
    return f"Minimum na sahod sa NCR: {value_on(day, NCR_WAGE)}"


def bm_assembly(day: dt.date) -> dt.date:
    """The next general assembly on or after `day`: the last Saturday of each month."""
    meeting = nth_or_last_weekday(day.year, day.month, 5, -1)
    if meeting >= day:
        return meeting
    y, m = (day.year, day.month + 1) if day.month < 12 else (day.year + 1, 1)
    return nth_or_last_weekday(y, m, 5, -1)


def _bm_pulong(day: dt.date) -> str:
    if dt.date(2020, 3, 16) <= day <= dt.date(2020, 6, 30):
        return "Walang pulong habang may ECQ. Mag-ugnayan sa group chat ng inyong unyon"
    meeting = bm_assembly(day)
    return (f"Pangkalahatang pulong ng mga kasapi: Sabado, {_tl_date(meeting)}, 2:00 ng hapon "
            f"sa opisina ng unyon")


def boses_style() -> PublisherStyle:
    """A Philippine labour centre (in Filipino): a category from a pool, the long date
    turned the weekday, the date and the time on May Day 2019 (a wording per day), "Ni" the
    writer, a call to join reworded against contractualisation in March 2017 and turned by
    each May Day, each State of the Nation Address, each Bonifacio Day and the enhanced
    community quarantine, "BASAHIN:" links up to twice, a photo credit from a pool, the next
    general assembly (the last Saturday of each month, none in the quarantine), Metro
    Manila's minimum wage (from each wage order's effect), an English line, the statement
    line, the spokesperson's contact and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="bosesmanggagawa.org.ph", site="Boses Manggagawa", base_size=70,
        subdomains=(("www.", 100),),
        sections=("balita", "pahayag", "kampanya", "unyon"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}",
        pools={"kategorya": ("Balita", "Pahayag", "Kontraktwalisasyon", "Sahod", "Karapatan",
                             "Pabrika"),
               "larawan": ("Boses Manggagawa", "Kuha ni Jun Dizon", "Kontribusyon",
                           "File photo")},
        families=(
            _f("kategorya", HEADER, 0.5, (_OLD, "{kategorya}")),
            _f("petsa", HEADER, 0.85, *_by_day(_bm_petsa)),
            _f("ni", HEADER, 0.6, (_OLD, "Ni {author}")),
            _f("panawagan", HEADER, 0.3, *_bm_panawagan()),
            _f("basahin", MIDDLE, 0.35, (_OLD, "BASAHIN: {other_title}"), count=2),
            _f("larawan", MIDDLE, 0.25, (_OLD, "Larawan: {larawan}")),
            _f("pulong", FOOTER, 0.2, *_by_day(_bm_pulong)),
            _f("sahod", FOOTER, 0.25, *_by_day(_bm_sahod)),
            _f("english", FOOTER, 0.12, (_OLD, "Read this statement in English on our "
                                               "website.")),
            _f("pahayag", FOOTER, 0.3, (_OLD, "Ang pahayag na ito ay inilabas ng Boses "
                                              "Manggagawa.")),
            _f("kontak", FOOTER, 0.3, (_OLD, "Para sa media: Liza Mendoza, tagapagsalita, "
                                             "0998 555 2741")),
            _f("karapatang-ari", FOOTER, 0.35, (_OLD, "Karapatang-ari © {year} Boses "
                                                      "Manggagawa")),
            _f("pagtutuwid", HEADER, 0.04, (_OLD, "Pagtutuwid: Naitama na ang petsa ng "
                                                  "pagkilos.")),
        ),
    )


# --- a Bangladeshi garment workers' news site (in Bengali) --------------------------------

SR_REDESIGN = dt.date(2017, 4, 14)  # relaunched on Pohela Boishakh 1424
SR_WAGE = dt.date(2018, 12, 1)  # the garment minimum wage of 2018 in effect
# Eid al-Fitr and Eid al-Adha as kept in Bangladesh
EID_FITR = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-16",
            2019: "2019-06-05", 2020: "2020-05-25"}
EID_ADHA = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
            2019: "2019-08-12", 2020: "2020-08-01"}


def _bn_date(day: dt.date) -> str:
    return f"{bn(day.day)} {MASH[day.month - 1]} {bn(day.year)}"


def _bangla(day: dt.date) -> str:
    d, m, y = bangla_date(day)
    return f"{bn(d)} {BANGLA_MASH[m - 1]} {bn(y)} বঙ্গাব্দ"


def _sr_tarikh(day: dt.date) -> str:
    if day < SR_REDESIGN:
        return _bn_date(day)
    return f"{BAR[day.weekday()]}, {_bn_date(day)} | {_bangla(day)}"


@cache
def _sr_ahoban() -> Wordings:
    base = _steps((_OLD, "শ্রমিক বার্তার খবর পেতে আমাদের ফেসবুক পেজে যুক্ত হোন"))
    corona = [_span("2020-03-26", "2020-05-30", "করোনাকালে কারখানা ও মজুরি: শ্রমিকদের জন্য "
                                                "আমাদের হেল্পলাইন ০১৭০০-৫৫৫১২৩")]
    dibos: list[Event] = []
    for y in YEARS:
        dibos.append((dt.date(y, 4, 20), dt.date(y, 4, 25),
                      f"রানা প্লাজা ধসের {bn(y - 2013)} বছর: সাভারে নিহত শ্রমিকদের স্মরণ"))
        dibos.append((dt.date(y, 4, 26), dt.date(y, 5, 2),
                      f"মহান মে দিবস {bn(y)}: সকাল ১০টায় জাতীয় প্রেসক্লাবের সামনে সমাবেশ"))
        dibos.append((dt.date(y, 11, 21), dt.date(y, 11, 25),
                      f"তাজরীন অগ্নিকাণ্ডের {bn(y - 2012)} বছর: বিচার চাই"))
    eid: list[Event] = []
    for name, days in (("ঈদুল ফিতর", EID_FITR), ("ঈদুল আজহা", EID_ADHA)):
        for y, day in days.items():
            eid.append((iso_day(day, -14), iso_day(day),
                        f"{name} {bn(y)}: ঈদের আগে বেতন-বোনাস পরিশোধ করতে হবে"))
    return _calendar(base, first_come(corona, dibos, eid))


def _sr_sotto(day: dt.date) -> str:
    return f"© {bn(day.year)} শ্রমিক বার্তা। সর্বস্বত্ব সংরক্ষিত।"


def sromikbarta_style() -> PublisherStyle:
    """A Bangladeshi garment workers' news site (in Bengali): the date in Bengali digits
    turned the weekday, the date and the Bangla date on Pohela Boishakh 1424 (a wording per
    day; the Bangla date's months change length with the 1426 revision), "নিজস্ব প্রতিবেদক" or
    a district correspondent from a pool, a follow-us line turned by the Rana Plaza and
    Tazreen anniversaries, each May Day, the wage-and-bonus demands before each Eid and the
    pandemic's helpline, "আরও পড়ুন:" links, "বিজ্ঞাপন" and a photo credit from a pool, the
    garment minimum wage (the 2018 wage from December 2018), the editor's "published and
    printed" imprint,
    the address line and the copyright line with the year in Bengali digits (a block), a
    rare correction."""
    return PublisherStyle(
        domain="sromikbarta.org.bd", site="শ্রমিক বার্তা", base_size=60,
        subdomains=(("www.", 100),),
        sections=("poshak", "mojuri", "andolon", "nirapotta"),
        n_authors=4, url_path="/news/{n}",
        pools={"protibedok": ("নিজস্ব প্রতিবেদক", "গাজীপুর প্রতিনিধি", "আশুলিয়া প্রতিনিধি",
                              "নারায়ণগঞ্জ প্রতিনিধি", "চট্টগ্রাম প্রতিনিধি"),
               "chobi": ("শ্রমিক বার্তা", "সংগৃহীত", "ফাইল ছবি")},
        families=(
            _f("tarikh", HEADER, 0.85, *_by_day(_sr_tarikh)),
            _f("protibedok", HEADER, 0.7, (_OLD, "{protibedok}")),
            _f("ahoban", HEADER, 0.3, *_sr_ahoban()),
            _f("aro-porun", MIDDLE, 0.35, (_OLD, "আরও পড়ুন: {other_title}")),
            _f("bigyapon", MIDDLE, 0.2, (_OLD, "বিজ্ঞাপন")),
            _f("chobi", MIDDLE, 0.2, (_OLD, "ছবি: {chobi}")),
            _f("mojuri", FOOTER, 0.25,
               (_OLD, "পোশাকশ্রমিকদের ন্যূনতম মজুরি: মাসে ৫,৩০০ টাকা (২০১৩ সালের মজুরিকাঠামো)"),
               (SR_WAGE.isoformat(), "পোশাকশ্রমিকদের ন্যূনতম মজুরি: মাসে ৮,০০০ টাকা (২০১৮ সালের "
                                     "মজুরিকাঠামো)")),
            _f("sompadok", FOOTER, 0.3, (_OLD, "সম্পাদক: রাশেদা পারভীন। জাতীয় পোশাক শ্রমিক সংহতির "
                                               "পক্ষে মিরপুর, ঢাকা থেকে প্রকাশিত ও মুদ্রিত।")),
            _f("thikana", FOOTER, 0.3, (_OLD, "যোগাযোগ: বাড়ি ১২, সড়ক ৭, মিরপুর ১০, ঢাকা ১২১৬ | "
                                              "info@sromikbarta.org.bd")),
            _f("sotto", FOOTER, 0.35, *_by_day(_sr_sotto)),
            _f("songsodhon", HEADER, 0.04, (_OLD, "সংশোধনী: প্রতিবেদনে কারখানার নাম ভুল ছাপা "
                                                  "হয়েছিল।")),
        ),
    )


# --- a British consumer co-operative society's members' news -------------------------------

PC_REDESIGN = dt.date(2019, 1, 7)
PC_GDPR = dt.date(2018, 5, 25)
# (annual members' meeting, the dividend it voted for the year before)
PC_DIVIDEND = (("2014-04-12", "1.5p"), ("2015-04-11", "1.5p"), ("2016-04-09", "1.75p"),
               ("2017-04-08", "2p"), ("2018-04-14", "2p"), ("2019-04-13", "2.25p"),
               ("2020-09-12", "1p"))  # the 2020 meeting was held online in September
PC_FUND = {2013: ("35,900", 58), 2014: ("38,400", 61), 2015: ("41,250", 64), 2016: ("44,900", 70),
           2017: ("47,300", 72), 2018: ("52,100", 81), 2019: ("55,800", 86),
           2020: ("71,600", 112)}


def _pc_dated(day: dt.date) -> str:
    if day < PC_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _pc_dividend(day: dt.date) -> str:
    i = bisect_right([a for a, _ in PC_DIVIDEND], day.isoformat()) - 1
    meeting, rate = PC_DIVIDEND[max(i, 0)]
    return (f"Members' dividend for {iso_day(meeting).year - 1}: {rate} in the £ on everything "
            f"you bought with your membership card")


@cache
def _pc_notice() -> Wordings:
    base = _steps((_OLD, "Not a member yet? Join for £1 and share in our profits"),
                  (PC_GDPR.isoformat(), "Join online for £1 and earn a dividend every time "
                                        "you shop"))
    special = [
        _span("2018-05-18", "2018-06-15", "We have updated our privacy notice for members: "
                                          "read what has changed"),
        _span("2020-03-20", "2020-08-21", "Our 2020 annual members' meeting is postponed to "
                                          "the autumn and will be held online"),
        _span("2020-08-22", "2020-09-12", "Annual members' meeting 2020: Saturday 12 "
                                          "September, online. Register by 5 September"),
    ]
    meetings: list[Event] = []
    for y in range(2015, 2020):
        april = nth_weekday(y, 4, 5, 2)
        october = nth_weekday(y, 10, 5, 2)
        meetings.append((april - 21 * ONE, april + ONE,
                         f"Annual members' meeting: Saturday {april.day} April {y}, 10am, Hebden "
                         f"Bridge Co-operative Hall. Bring your membership card"))
        meetings.append((october - 21 * ONE, october + ONE,
                         f"Half-yearly members' meeting: Saturday {october.day} October {y}, "
                         f"10am, Todmorden Co-operative Hall"))
    elections = [(dt.date(y, 2, 1), dt.date(y, 3, 1),
                  f"Board elections {y}: vote online or in store by 28 February")
                 for y in range(2016, 2021, 2)]
    fortnight: list[Event] = []
    for y in YEARS:
        day = nth_weekday(y, 7, 5, 1)  # the International Day of Co-operatives
        fortnight.append((day - 14 * ONE, day + ONE,
                          f"Co-operatives Fortnight {y}: events in our stores and communities "
                          f"up to the International Day of Co-operatives, {day.day} July"))
    return _calendar(base, first_come(special, meetings, elections, fortnight))


def _pc_fund(day: dt.date) -> str:
    y = day.year - 1 if day.month >= 2 else day.year - 2  # each total out on 1 February
    amount, groups = PC_FUND[y]
    return f"In {y} our Community Fund gave £{amount} to {groups} local groups."


def penninecoop_style() -> PublisherStyle:
    """A British consumer co-operative society's members' news: a category from a pool,
    "Posted on" with the ordinal date turned the numeric date on 7 January 2019 (a wording
    per day), a members' notice reworded on the day data protection rules changed in 2018
    and turned by each annual and half-yearly members' meeting, the board elections of even
    years, Co-operatives Fortnight up to each International Day of Co-operatives, the
    privacy notice and the 2020 meeting postponed online; "You might also like:" links, the
    funeral service advert, the dividend for the year before (from each annual meeting),
    the community fund's total for the year before (each 1 February), the registered
    society line and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="penninecoop.coop", site="Pennine Co-operative Society", base_size=45,
        subdomains=(("www.", 80), ("members.", 20)),
        sections=("membership", "community", "food", "democracy"),
        n_authors=3, url_path="/news/{slug}",
        pools={"category": ("Membership", "Community", "Food", "Funeral care", "Democracy",
                            "Fairtrade")},
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.85, *_by_day(_pc_dated)),
            _f("notice", HEADER, 0.3, *_pc_notice()),
            _f("also-like", MIDDLE, 0.3, (_OLD, "You might also like: {other_title}")),
            _f("funeral", MIDDLE, 0.1, (_OLD, "Co-operative Funeral Service: we are here day "
                                              "or night on 01422 555 019")),
            _f("dividend", FOOTER, 0.3, *_by_day(_pc_dividend)),
            _f("community-fund", FOOTER, 0.2, *_by_day(_pc_fund)),
            _f("registered", FOOTER, 0.35, (_OLD, "Pennine Co-operative Society Limited is a "
                                                  "registered society under the Co-operative "
                                                  "and Community Benefit Societies Act 2014, "
                                                  "no. 1471R.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Pennine Co-operative Society "
                                                 "Limited")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the meeting has moved to Hebden Bridge "
                                              "Town Hall.")),
        ),
    )


# --- an Argentine federation of worker co-operatives --------------------------------------

FE_REDESIGN = dt.date(2018, 7, 7)  # relaunched on the International Day of Co-operatives
MONOTRIBUTO = (("2014-07-01", "$157"), ("2016-06-01", "$229"), ("2017-01-01", "$287"),
               ("2018-01-01", "$386"), ("2019-01-01", "$537"), ("2020-02-01", "$758"))


def _fe_fecha(day: dt.date) -> str:
    if day < FE_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIAS[day.weekday()].capitalize()} {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _fe_aviso() -> Wordings:
    base = _steps((_OLD, "Sumate: asociá tu cooperativa a la Federación"))
    aspo = [_span("2020-03-20", "2020-11-08", "ASPO: las cooperativas de alimentos y limpieza "
                                              "siguen trabajando. Consultas al (011) "
                                              "4201-5530")]
    mayo = [(dt.date(y, 4, 25), dt.date(y, 5, 2),
             f"1° de Mayo {y}: acto y olla popular a las 11 en Plaza Alsina") for y in YEARS]
    coop: list[Event] = []
    for y in YEARS:
        day = nth_weekday(y, 7, 5, 1)
        coop.append((day - 6 * ONE, day + ONE,
                     f"Día Internacional de las Cooperativas {y}: feria de productos "
                     f"cooperativos el sábado {day.day} de julio"))
    return _calendar(base, first_come(aspo, mayo, coop))


def _fe_monotributo(day: dt.date) -> str:
    return f"Monotributo social: cuota mensual de {value_on(day, MONOTRIBUTO)} por asociado"


def fecotrasur_style() -> PublisherStyle:
    """An Argentine federation of worker co-operatives: a kicker from a pool, the numeric
    date turned the weekday and the long date on the International Day of Co-operatives 2018
    (a wording per day), "Por" the writer, a call to join (in the voseo) turned by each May
    Day, each International Day of Co-operatives and the 2020 lockdown, "Te puede
    interesar:" links, a photo credit from a pool, the social monotributo's monthly fee
    (raised in steps), the registry line, the Creative Commons line and the address (a
    block), a rare correction."""
    return PublisherStyle(
        domain="fecotrasur.org.ar", site="Federación de Cooperativas de Trabajo del Sur",
        base_size=35, subdomains=(("www.", 100),),
        sections=("cooperativas", "recuperadas", "economia-social", "genero"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={"volanta": ("Cooperativas", "Fábricas recuperadas", "Economía social",
                           "Tarifas", "Género", "Formación"),
               "foto": ("Prensa Federación", "Cooperativa La Unión", "Agencia Cooperar")},
        families=(
            _f("volanta", HEADER, 0.45, (_OLD, "{volanta}")),
            _f("fecha", HEADER, 0.85, *_by_day(_fe_fecha)),
            _f("por", HEADER, 0.4, (_OLD, "Por {author}")),
            _f("aviso", HEADER, 0.3, *_fe_aviso()),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("monotributo", FOOTER, 0.2, *_by_day(_fe_monotributo)),
            _f("inaes", FOOTER, 0.35, (_OLD, "Federación inscripta en el INAES, matrícula "
                                             "N° 31.847")),
            _f("licencia", FOOTER, 0.3, (_OLD, "Contenidos bajo licencia Creative Commons "
                                               "BY-SA 4.0: podés reproducirlos citando la "
                                               "fuente.")),
            _f("contacto", FOOTER, 0.3, (_OLD, "Av. Mitre 1450, Avellaneda, Buenos Aires · "
                                               "(011) 4201-5530")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: corregimos el nombre de "
                                                     "la cooperativa.")),
        ),
    )


# --- a Swedish consumer co-operative -------------------------------------------------------

KK_REDESIGN = dt.date(2019, 9, 2)
# (föreningsstämma, återbäring voted for the year before, percent)
KK_ATERBARING = (("2014-04-24", "1,5"), ("2015-04-23", "1,5"), ("2016-04-28", "2"),
                 ("2017-04-27", "2"), ("2018-04-26", "2,5"), ("2019-04-25", "2,5"),
                 ("2020-10-22", "3"))  # the 2020 stämma was held in October
KK_OFFERS = ("Kaffe 450 g, 2 för 79 kr", "Laxfilé, 149 kr/kg", "Vetemjöl 2 kg, 15 kr",
             "Svenska äpplen, 19,90 kr/kg", "Fläskfilé, 99 kr/kg",
             "Mellanmjölk 1,5 l, 2 för 25 kr", "Ägg 12-pack, 29 kr", "Knäckebröd, 2 för 30 kr")


def _kk_datum(day: dt.date) -> str:
    if day < KK_REDESIGN:
        return day.isoformat()
    return f"{day.day} {MANADER[day.month - 1]} {day.year}"


def _kk_vecka(day: dt.date) -> str:
    monday = monday_of(day)
    offer = KK_OFFERS[(monday.toordinal() // 7) % len(KK_OFFERS)]
    return f"Veckans medlemspris v. {monday.isocalendar()[1]}: {offer}"


def _kk_aterbaring(day: dt.date) -> str:
    i = bisect_right([a for a, _ in KK_ATERBARING], day.isoformat()) - 1
    stamma, rate = KK_ATERBARING[max(i, 0)]
    return f"Återbäring för {iso_day(stamma).year - 1}: {rate} procent på dina medlemsköp"


@cache
def _kk_puff() -> Wordings:
    base = _steps((_OLD, "Bli medlem – insatsen är bara 100 kronor"))
    corona = [_span("2020-03-20", "2020-04-30", "Föreningsstämman 2020 flyttas till hösten"),
              _span("2020-05-01", "2020-08-31", "Handla tryggt: håll avstånd. Klockan 7–8 "
                                                "handlar riskgrupper")]
    stamma: list[Event] = []
    for y in range(2015, 2020):
        day = iso_day(KK_ATERBARING[y - 2014][0])
        stamma.append((day - 14 * ONE, day + ONE,
                       f"Välkommen till föreningsstämman torsdag {day.day} april {y} kl. 18.00 "
                       f"i Folkets hus, Karlstad"))
    helger: list[Event] = []
    for y in YEARS:
        eve = midsummer_eve(y)
        helger.append((eve - 6 * ONE, eve + ONE,
                       f"Midsommarafton {eve.day} juni: alla butiker stänger kl. 14"))
        helger.append((dt.date(y, 12, 18), dt.date(y, 12, 25),
                       f"Julafton {y}: öppet kl. 8–13 i alla butiker"))
    return _calendar(base, first_come(corona, stamma, helger))


def klaralven_style() -> PublisherStyle:
    """A Swedish consumer co-operative: the ISO date turned the long Swedish date on 2
    September 2019 (a wording per day), the week's member price with its ISO week number (a
    wording per week), a join line turned by each annual meeting (moved to the autumn in
    2020), Midsummer Eve and Christmas Eve opening hours and the pandemic's shopping hours,
    "Läs mer:" links, the dividend for the year before (from each annual meeting), the
    member service line and the society's registration line (a block)."""
    return PublisherStyle(
        domain="konsumklaralven.se", site="Konsumföreningen Klarälven", base_size=28,
        subdomains=(("www.", 100),),
        sections=("nyheter", "medlem", "butiker"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_kk_datum)),
            _f("vecka", HEADER, 0.2, *_by_day(_kk_vecka)),
            _f("puff", HEADER, 0.3, *_kk_puff()),
            _f("las-mer", MIDDLE, 0.3, (_OLD, "Läs mer: {other_title}")),
            _f("aterbaring", FOOTER, 0.3, *_by_day(_kk_aterbaring)),
            _f("medlemsservice", FOOTER, 0.35, (_OLD, "Medlemsservice: 054-55 04 00, "
                                                      "vardagar kl. 9–16")),
            _f("org", FOOTER, 0.35, (_OLD, "Konsumföreningen Klarälven ek. för., org.nr "
                                           "787000-1234")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: stämman hålls i stora salen.")),
        ),
    )


# --- a Gozitan farmers' co-operative (in Maltese) ------------------------------------------

BG_FEE = dt.date(2018, 1, 1)
# made-up seasonal produce prices (€/kg) by month: tomatoes, potatoes, onions
PRODUCE = {"tadam": (1.6, 1.5, 1.4, 1.2, 0.9, 0.7, 0.6, 0.6, 0.8, 1.0, 1.3, 1.5),
           "patata": (0.7, 0.7, 0.6, 0.5, 0.45, 0.5, 0.6, 0.65, 0.7, 0.7, 0.75, 0.75),
           "basal": (0.9, 0.9, 0.85, 0.8, 0.7, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.9)}


def _bg_prezzijiet(day: dt.date) -> str:
    monday = monday_of(day)
    prices = " · ".join(
        f"{name} €{base[monday.month - 1] * (1 + 0.15 * noise(monday, name)):.2f}/kg"
        for name, base in PRODUCE.items())
    return f"Prezzijiet tal-ġimgħa li bdiet {_mt_date(monday)}: {prices}"


@cache
def _bg_avviz() -> Wordings:
    base = _steps((_OLD, "Il-ħanut tal-Koperattiva fix-Xewkija jiftaħ mit-Tnejn sas-Sibt, "
                         "7:00–13:00"))
    covid = [_span("2020-03-16", "2020-06-30", "COVID-19: ordnijiet bit-telefon biss fuq "
                                               "2155 6612")]
    laqgha: list[Event] = []
    for y in YEARS:
        day = nth_or_last_weekday(y, 3, 6, -1)
        laqgha.append((day - 10 * ONE, day + ONE,
                       f"Laqgħa Ġenerali Annwali: il-Ħadd {_mt_date(day)} fl-10:00"))
    mnarja = [(dt.date(y, 6, 22), dt.date(y, 6, 30),
               f"L-Imnarja {y}: żuruna fil-wirja agrarja tal-Buskett") for y in YEARS]
    milied = [(dt.date(y, 12, 20), dt.date(y, 12, 27),
               "Il-ħanut jibqa' magħluq fil-25 u s-26 ta' Diċembru") for y in YEARS]
    return _calendar(base, first_come(covid, laqgha, mnarja, milied))


def bdiewa_style() -> PublisherStyle:
    """A Gozitan farmers' co-operative (in Maltese): the Maltese long date (a wording per
    day), the week's produce prices from Monday (a wording per week), a shop-hours line
    turned by each annual general meeting (the last Sunday of March), the Mnarja fair,
    Christmas closing and the pandemic's telephone orders, "Aqra iktar:" links, the yearly
    membership fee (raised in 2018), an English line, the contact line and the copyright
    line (a block)."""
    return PublisherStyle(
        domain="bdiewaghawdxin.com.mt", site="Koperattiva Bdiewa Għawdxin", base_size=22,
        subdomains=(("www.", 100),),
        sections=("ahbarijiet", "prezzijiet", "membri"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.8, *_by_day(_mt_date)),
            _f("prezzijiet", HEADER, 0.2, *_by_day(_bg_prezzijiet)),
            _f("avviz", HEADER, 0.3, *_bg_avviz()),
            _f("aqra", MIDDLE, 0.3, (_OLD, "Aqra iktar: {other_title}")),
            _f("shubija", FOOTER, 0.25, (_OLD, "Sħubija fil-Koperattiva: €25 fis-sena"),
               (BG_FEE.isoformat(), "Sħubija fil-Koperattiva: €30 fis-sena")),
            _f("ingliz", FOOTER, 0.2, (_OLD, "Members may also contact the office in "
                                             "English.")),
            _f("kuntatt", FOOTER, 0.3, (_OLD, "Tel. 2155 6612 · Triq l-Għajn, Ix-Xewkija, "
                                              "Għawdex")),
            _f("drittijiet", FOOTER, 0.3, (_OLD, "© {year} Koperattiva Bdiewa Għawdxin "
                                                 "Ltd")),
            _f("korrezzjoni", HEADER, 0.04, (_OLD, "Korrezzjoni: il-laqgħa ssir fis-sala "
                                                   "tal-parroċċa.")),
        ),
    )


# --- a Philippine jeepney drivers' transport co-operative (in Filipino) ---------------------

TK_REDESIGN = dt.date(2018, 1, 2)
TK_MODERNIZATION = dt.date(2017, 6, 19)  # the transport department's modernisation order
JEEP_FARE = (("2014-06-14", "₱8.00"), ("2015-01-05", "₱7.50"), ("2015-12-07", "₱7.00"),
             ("2018-07-14", "₱9.00"), ("2018-11-01", "₱10.00"), ("2019-01-10", "₱9.00"))
# (first notice, strike day(s) as printed)
TIGIL_PASADA = (("2017-02-22", "2017-02-27", "Pebrero 27, 2017"),
                ("2017-10-11", "2017-10-17", "Oktubre 16 at 17, 2017"),
                ("2018-02-01", "2018-02-06", "Pebrero 5 at 6, 2018"),
                ("2019-09-25", "2019-09-30", "Setyembre 30, 2019"))


def _tk_petsa(day: dt.date) -> str:
    if day < TK_REDESIGN:
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    return f"Inilathala noong {_tl_date(day)}"


@cache
def _tk_abiso() -> Wordings:
    base = _steps((_OLD, "Maging kasapi ng kooperatiba: ₱500 na share capital, puwedeng "
                         "hulugan"),
                  (TK_MODERNIZATION.isoformat(), "Alamin ang PUV modernization at ang aming "
                                                 "prangkisa sa opisina ng kooperatiba"))
    ecq = [_span("2020-03-17", "2020-06-30", "Walang biyahe habang ECQ. Ayuda para sa mga "
                                             "tsuper: magparehistro sa opisina")]
    pasada = [_span(first, last, f"TIGIL-PASADA sa {when}: walang biyahe ang mga kasaping "
                                 f"jeep laban sa phaseout") for first, last, when in TIGIL_PASADA]
    return _calendar(base, first_come(ecq, pasada))


def _tk_pasahe(day: dt.date) -> str:
    return f"Minimum na pasahe sa jeep: {value_on(day, JEEP_FARE)} sa unang apat na kilometro"


def tsuperkoop_style() -> PublisherStyle:
    """A Philippine jeepney drivers' transport co-operative (in Filipino): the numeric
    American-order date turned "Inilathala noong" and the long date on 2 January 2018 (a
    wording per day), "Ulat ni" the writer, a membership line reworded for the 2017
    modernisation order and turned by each transport strike against the phase-out and the
    quarantine, "Basahin din:" links, the minimum jeepney fare (raised and rolled back), the
    co-operative registry line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="tsuperkoop.org.ph", site="Kooperatiba ng mga Tsuper ng Timog", base_size=16,
        subdomains=(("www.", 100),),
        sections=("balita", "abiso", "kasapi"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("petsa", HEADER, 0.8, *_by_day(_tk_petsa)),
            _f("ulat", HEADER, 0.5, (_OLD, "Ulat ni {author}")),
            _f("abiso", HEADER, 0.35, *_tk_abiso()),
            _f("basahin", MIDDLE, 0.3, (_OLD, "Basahin din: {other_title}")),
            _f("pasahe", FOOTER, 0.3, *_by_day(_tk_pasahe)),
            _f("cda", FOOTER, 0.3, (_OLD, "Rehistrado sa Cooperative Development Authority, "
                                          "Reg. No. 9520-1040-1187")),
            _f("karapatan", FOOTER, 0.3, (_OLD, "© {year} Kooperatiba ng mga Tsuper ng Timog. "
                                                "Lahat ng karapatan ay nakalaan.")),
            _f("pagtutuwid", HEADER, 0.04, (_OLD, "Pagtutuwid: Naitama na ang ruta sa "
                                                  "ulat.")),
        ),
    )


def heldout196_styles() -> list[PublisherStyle]:
    """The held-back-196 styles, in the order the generator hands them to publishers."""
    return [
        fairwork_style(), shopfloor_style(), sul_style(), bruksposten_style(),
        ghaqdaport_style(), boses_style(), sromikbarta_style(), penninecoop_style(),
        fecotrasur_style(), klaralven_style(), bdiewa_style(), tsuperkoop_style(),
    ]
