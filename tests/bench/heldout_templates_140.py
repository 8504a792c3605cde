"""The ``held-back-140`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-136 set. It was
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
"Share this page" line, a members-only line or an advertisement marker. The publishers are
the news pages of labour unions, co-operatives, political parties and campaigns in English
(British and American), German, Spanish, Italian, Hindi, Swedish and Afrikaans: a British
public and private sector union, the press office of a British political party, a German
industrial union, a Spanish party's press room, an Italian party's news pages, an Indian
trade-union federation's news site (in Hindi), a Swedish service-workers' union, an American
building-trades union local, an Afrikaans farmers' co-operative in the Karoo, a British
regional co-operative federation, a British low-pay campaign and a German local voters'
association. The families are the kinds a crawl of such sites holds: dates localised day by
day in English (ordinals, American order, capitals), German, Spanish, Italian, Hindi (in
Devanagari digits after a redesign), Swedish (ISO dates, then the long form with "kl.") and
Afrikaans, several changing form on the day of a redesign (Workers' Memorial Day, May Day,
Labor Day, a party conference); lines that turn every day (a press release's embargo to the
next morning), every week (the wool-auction price each Wednesday) and every month (the next
general membership meeting on the second Tuesday, the next Stammtisch on the first Thursday);
membership and dues lines whose amounts change over the years (union subscriptions each April,
party membership fees, Spanish and Swedish dues, an American local's monthly dues, a
co-operative's bonus on purchases each November), statutory amounts (the German minimum wage,
the British National Living Wage and the voluntary living wage announced each November,
India's central minimum wage revised each April and October, the Spanish cap on donations
halved in April 2015), a party's councillors and MPs after each election, a federation's
member count each July; "Published and promoted by" imprints, V.i.S.d.P. lines, "Ansvarig
utgivare", an American "Paid for by" disclaimer and registration lines reworded when the
agent, the editor or the address changed; notices that follow the calendars of such sites
(ballots before and after the 2016 Trade Union Act's turnout threshold, strike days and
picket lines, Workers' Memorial Day, the TUC Congress, May Day, wage rounds and works-council
elections, India's nationwide general strikes and the 2020 labour codes, Swedish wage rounds
and the 2018 election, British register-to-vote deadlines and polling days, Spanish campaign
fortnights, reflection days and polling days, Italian election silence and the 2x1000 tax
season, American election days and the Labor Day picnic, Co-operatives Fortnight and the
International Day of Co-operatives, living-wage weeks and Budget days, an annual general
meeting, a drought, the 2020 pandemic's lockdowns); pools (sections, spokespersons' briefs,
branches, cities, photo sources, community share offers), related links and advertisement
markers mid-body (some up to two times), multi-line blocks (notes to editors and press
contacts, imprints and copyright lines, "In solidarity," and the signature), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
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
    digits,
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times (the functions handed over are the module's own, so the cache finds them again).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MAHINE = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
MAANDE = ("Januarie", "Februarie", "Maart", "April", "Mei", "Junie", "Julie", "Augustus",
          "September", "Oktober", "November", "Desember")
DAE = ("Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrydag", "Saterdag", "Sondag")
DEVANAGARI_ZERO = "०"

# --- helpers of this set ------------------------------------------------------------------


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def amounts(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line whose amount is set on the days of `table`: from the oldest
    day the amount in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def deva(number: int | str) -> str:
    """A number in Devanagari digits."""
    return digits(number, DEVANAGARI_ZERO)


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}/{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF * 2 - 1


def trend(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `points` ((ISO day, value), ...), flat outside them."""
    x = day.toordinal()
    marks = [(iso_day(p).toordinal(), v) for p, v in points]
    if x <= marks[0][0]:
        return marks[0][1]
    for (x0, y0), (x1, y1) in zip(marks, marks[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return marks[-1][1]


def next_on_or_after(day: dt.date, meeting: Callable[[int, int], dt.date]) -> dt.date:
    """The first meeting on or after `day`, `meeting(year, month)` giving each month's."""
    this = meeting(day.year, day.month)
    if this >= day:
        return this
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return meeting(y, m)


def second_tuesday(y: int, m: int) -> dt.date:
    return nth_weekday(y, m, 1, 2)


def first_thursday(y: int, m: int) -> dt.date:
    return nth_weekday(y, m, 3, 1)


def wednesday_of(day: dt.date) -> dt.date:
    """The last Wednesday on or before `day`: the week's wool auction."""
    return day - dt.timedelta(days=(day.weekday() - 2) % 7)


# --- a British public and private sector union --------------------------------------------

AU_REDESIGN = dt.date(2018, 4, 28)  # relaunched on Workers' Memorial Day
AU_JOIN = dt.date(2017, 6, 5)
AU_OFFICE = dt.date(2019, 1, 7)
TU_ACT_THRESHOLD = dt.date(2017, 3, 1)  # ballots opened from now on need a 50% turnout
AU_DUES = (("2014-04-01", "£11.90 a month, or £5.95"), ("2015-04-01", "£12.15 a month, or £6.05"),
           ("2016-04-01", "£12.40 a month, or £6.20"), ("2017-04-01", "£12.75 a month, or £6.35"),
           ("2018-04-01", "£13.10 a month, or £6.55"), ("2019-04-01", "£13.45 a month, or £6.70"))
AU_BALLOTS = (("2015-10-05", "2015-10-26", "home care workers' pay"),
              ("2016-05-09", "2016-05-27", "school support staff pay"),
              ("2016-12-19", "2017-01-13", "refuse collection rotas"),
              ("2017-08-14", "2017-09-08", "bus drivers' pay"),
              ("2018-01-15", "2018-02-09", "university support staff pensions"),
              ("2019-04-29", "2019-05-17", "hospital cleaners' sick pay"),
              ("2020-09-21", "2020-10-16", "council workers' pay"))
AU_STRIKES = (("2015-11-17", "Home care workers at Pennine Homecare"),
              ("2016-06-14", "School support staff in Calderbrook"),
              ("2017-02-21", "Refuse collectors in Wharfedale"),
              ("2017-10-10", "Bus drivers at Moorland Buses"),
              ("2018-03-13", "Support staff at Holmebridge University"),
              ("2019-06-04", "Cleaners at Airedale General Hospital"))
TUC_CONGRESS = (("2015-09-13", "2015-09-16", "Brighton"), ("2016-09-11", "2016-09-14", "Brighton"),
                ("2017-09-10", "2017-09-13", "Brighton"),
                ("2018-09-09", "2018-09-12", "Manchester"),
                ("2019-09-08", "2019-09-11", "Brighton"), ("2020-09-15", "2020-09-15", "online"))


def _au_dated(day: dt.date) -> str:
    if day < AU_REDESIGN:
        return f"Posted {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _au_ballot(first: str, close: str, what: str) -> Event:
    end = iso_day(close)
    when = f"{end.day} {MONTHS[end.month - 1]}"
    if iso_day(first) < TU_ACT_THRESHOLD:
        text = f"🗳️ Ballot open on {what}: vote YES to both questions and post your paper by {when}"
    else:
        text = (f"🗳️ Ballot open on {what}: the law now needs a 50% turnout, so post your "
                f"paper by {when}")
    return (iso_day(first), end + ONE, text)


def _au_strike(day: str, who: str) -> list[Event]:
    d = iso_day(day)
    when = f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    return [(d - 6 * ONE, d, f"Strike day {when}: {who} walk out. Join a picket line near you"),
            (d, d + ONE, f"✊ {who} are on strike today. Please don't cross the picket line")]


@cache
def _au_banner() -> Wordings:
    base = _steps((_OLD, "Stronger together: join Alliance Union today"),
                  (AU_JOIN.isoformat(), "Join Alliance Union online: it takes five minutes "
                                        "and you're covered from day one"))
    action = [_au_ballot(*b) for b in AU_BALLOTS]
    for day, who in AU_STRIKES:
        action += _au_strike(day, who)
    memorial = _yearly("04-28", 6, 0, lambda y: f"28 April {y} is Workers' Memorial Day: stop "
                                                f"for a minute's silence at noon")
    pandemic = [_span("2020-03-23", "2020-07-31", "🦠 Coronavirus: your rights on furlough, "
                                                  "sick pay and safe working")]
    congress = [_span(first, last, f"TUC Congress {first[:4]}: follow our delegates " + (
        "at the online Congress" if town == "online" else f"in {town}"))
        for first, last, town in TUC_CONGRESS]
    return _calendar(base, action, memorial, pandemic, congress)


def alliance_style() -> PublisherStyle:
    """A British public and private sector union: a kicker from a pool, "Posted" with the
    ordinal date turned the short weekday and date on Workers' Memorial Day 2018 (a wording
    per day), "By" turned the writer with the role, a banner reworded and turned by ballots
    (reworded for the Trade Union Act's 50% turnout threshold from March 2017), strike days
    and their picket lines, Workers' Memorial Day, the TUC Congress and the pandemic, "Join"
    and "Related:" (up to twice) mid-body, the branch to contact from a pool, the monthly
    subscription (changing each April), "Share this page", the press office line, the
    published-by line (reworded when the head office moved) and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="allianceunion.org.uk", site="Alliance Union", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "campaigns", "pay", "health-and-safety", "equality", "branches"),
        n_authors=12, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("News", "Campaigns", "Pay and conditions", "Health and safety",
                       "Equality", "Young members", "Branch news"),
            "beat": ("National Officer", "Regional Organiser", "Health and Safety Officer",
                     "Press Officer", "Equality Officer", "Head of Bargaining"),
            "branch": ("Leeds Health", "Sheffield City", "Bradford and Calderdale",
                       "Hull Docks", "York Community", "Wakefield Local Government"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_au_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (AU_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("banner", HEADER, 0.3, *_au_banner()),
            _f("join", MIDDLE, 0.3, (_OLD, "Not a member yet? Join Alliance Union online "
                                           "today.")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("branch", MIDDLE, 0.12, (_OLD, "Want to get involved? Contact the {branch} "
                                              "branch secretary.")),
            _f("dues", FOOTER, 0.15, *amounts(AU_DUES, lambda v: (
                f"Membership costs {v} if you work under 16 hours a week."))),
            _f("share", FOOTER, 0.4, (_OLD, "Share this page")),
            _f("press", FOOTER, 0.25, (_OLD, "Media enquiries: Alliance Union press office, "
                                             "0113 496 0521 (24 hours)")),
            _f("published", FOOTER, 0.35,
               (_OLD, "Published by Alliance Union, 20 Mill Street, Leeds LS1 4DD"),
               (AU_OFFICE.isoformat(), "Published by Alliance Union, Unity House, 7 Wellington "
                                       "Place, Leeds LS1 4AP")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Alliance Union · an independent "
                                                 "trade union")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this story originally gave the "
                                                  "wrong date for the branch meeting.")),
        ),
    )


# --- the press office of a British political party ----------------------------------------

NC_REDESIGN = dt.date(2017, 9, 23)  # relaunched on the opening day of the party conference
NC_CHIP_IN = dt.date(2016, 10, 3)
NC_AGENT = dt.date(2018, 2, 1)
NC_MOVE = dt.date(2020, 1, 6)
NC_SEATS = (("2014-05-23", "2 MPs and 212 councillors"),
            ("2015-05-08", "1 MP and 198 councillors"),
            ("2016-05-06", "1 MP and 231 councillors"),
            ("2017-05-05", "1 MP and 260 councillors"),
            ("2017-06-09", "3 MPs and 260 councillors"),
            ("2018-05-04", "3 MPs and 301 councillors"),
            ("2019-05-03", "3 MPs and 389 councillors"),
            ("2019-12-13", "2 MPs and 389 councillors"))
NC_FEES = (("2014-01-01", "£36"), ("2017-01-01", "£42"), ("2019-01-01", "£48"))
# polling day, the last day to register to vote, what is voted on
UK_VOTES = (("2015-05-07", "2015-04-20", "general election"),
            ("2016-05-05", "2016-04-18", "local elections"),
            ("2016-06-23", "2016-06-07", "EU referendum"),
            ("2017-05-04", "2017-04-13", "local elections"),
            ("2017-06-08", "2017-05-22", "general election"),
            ("2018-05-03", "2018-04-17", "local elections"),
            ("2019-05-02", "2019-04-12", "local elections"),
            ("2019-05-23", "2019-05-07", "European elections"),
            ("2019-12-12", "2019-11-26", "general election"))


def _nc_dated(day: dt.date) -> str:
    if day < NC_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"Released {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]} "
            f"{day.year} at {{time}}")


def _nc_embargo(day: dt.date) -> str:
    morning = day + ONE
    return (f"EMBARGOED UNTIL 00:01 {WEEKDAYS[morning.weekday()].upper()} {morning.day} "
            f"{MONTHS[morning.month - 1].upper()} {morning.year}")


@cache
def _nc_donate() -> Wordings:
    base = _steps((_OLD, "Donate to New Commons: every pound funds our campaigns"),
                  (NC_CHIP_IN.isoformat(), "💚 Can you chip in £5 to keep New Commons "
                                           "campaigning?"))
    polling: list[Event] = []
    register: list[Event] = []
    gotv: list[Event] = []
    for day, deadline, kind in UK_VOTES:
        poll, last = iso_day(day), iso_day(deadline)
        polling.append((poll, poll + ONE, f"🗳️ Polls are open from 7am to 10pm today for the "
                                          f"{kind}: find your polling station"))
        register.append((last - 21 * ONE, last + ONE,
                         f"📮 Not registered? You have until {last.day} {MONTHS[last.month - 1]} "
                         f"to register to vote in the {kind}"))
        gotv.append((last + ONE, poll, f"{WEEKDAYS[poll.weekday()]} {poll.day} "
                                       f"{MONTHS[poll.month - 1]} is polling day: give an hour "
                                       f"to get out the vote"))
    conference = _yearly("09-24", 2, 2, lambda y: f"New Commons conference {y}"
                                                  f"{' goes online' if y == 2020 else ''}: "
                                                  f"speeches, votes and fringe events")
    pandemic = [_span("2020-03-23", "2020-06-30", "Campaigning is paused during the lockdown: "
                                                  "here's how to help your neighbours")]
    return _calendar(base, polling, register, gotv, conference, pandemic)


def newcommons_style() -> PublisherStyle:
    """The press office of a British political party: "PRESS RELEASE" turned "News from New
    Commons", the date turned "Released" with the weekday and the time on the opening day of
    the 2017 conference (a wording per day), an embargo to 00:01 the next morning in
    capitals (a wording per day), a "Commenting," line with the spokesperson's brief from a
    pool, "Related news:" mid-body, the membership fee (raised in 2017 and 2019), "– ENDS –",
    the notes to editors with the party's MPs and councillors after each election, the press
    office line (a block), a donation appeal reworded and turned by register-to-vote
    deadlines, get-out-the-vote days and polling days of each vote, the conference and the
    lockdown, the "Published and promoted by" imprint (reworded for a new agent and a new
    address), a privacy line, a rare correction."""
    return PublisherStyle(
        domain="newcommons.org.uk", site="New Commons", base_size=220,
        subdomains=(("www.", 85), ("press.", 15)),
        sections=("press-releases", "news", "policy", "campaigns"),
        n_authors=9, url_path="/{section}/{slug}",
        pools={"brief": ("housing", "health and social care", "work and pensions",
                         "transport", "climate and energy", "education", "local government")},
        families=(
            _f("release", HEADER, 0.55, (_OLD, "PRESS RELEASE"),
               (NC_REDESIGN.isoformat(), "News from New Commons")),
            _f("dated", HEADER, 0.9, *_by_day(_nc_dated)),
            _f("embargo", HEADER, 0.15, *_daily(_nc_embargo)),
            _f("commenting", MIDDLE, 0.3, (_OLD, "Commenting, New Commons spokesperson for "
                                                 "{brief} {author} said:")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related news: {other_title}")),
            _f("join", MIDDLE, 0.15, *amounts(NC_FEES, lambda v: (
                f"Join New Commons from {v} a year, or £6 if you're unwaged."))),
            _f("ends", FOOTER, 0.5, (_OLD, "– ENDS –")),
            _f("notes", FOOTER, 0.45, *amounts(NC_SEATS, lambda v: (
                f"Notes to editors: New Commons has {v} across England, Scotland and "
                f"Wales."))),
            _f("media", FOOTER, 0.45, (_OLD, "Press office: 020 7946 0183 · out of hours 07700 "
                                             "900871 · press@newcommons.org.uk")),
            _f("donate", FOOTER, 0.3, *_nc_donate()),
            _f("imprint", FOOTER, 0.6,
               (_OLD, "Published and promoted by Ruth Calloway on behalf of New Commons, both "
                      "at 41 Weavers Row, London E1 6QL."),
               (NC_AGENT.isoformat(), "Published and promoted by Daniel Oyelaran on behalf of "
                                      "New Commons, both at 41 Weavers Row, London E1 6QL."),
               (NC_MOVE.isoformat(), "Published and promoted by Daniel Oyelaran on behalf of "
                                     "New Commons, both at 3 Canal Yard, London N1 9JQ.")),
            _f("privacy", FOOTER, 0.15, (_OLD, "We'll use your details to keep you updated "
                                               "about our campaigns. You can unsubscribe at "
                                               "any time.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "release gave the wrong ward name.")),
        ),
    )


# --- a German industrial union ------------------------------------------------------------

IG_REDESIGN = dt.date(2019, 5, 1)  # relaunched on May Day
IG_ONLINE = dt.date(2017, 7, 1)
IG_VISDP = dt.date(2019, 10, 14)
MINDESTLOHN = (("2015-01-01", "8,50"), ("2017-01-01", "8,84"), ("2019-01-01", "9,19"),
               ("2020-01-01", "9,35"), ("2021-01-01", "9,50"))
IG_TARIF = ((2016, "2016-04-18", "2016-05-13", "4,5 Prozent mehr Geld"),
            (2018, "2018-01-08", "2018-02-06", "6 Prozent mehr Geld und das Recht auf "
                                               "kürzere Vollzeit"))


def _ig_datum(day: dt.date) -> str:
    if day < IG_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


@cache
def _ig_aktion() -> Wordings:
    base = _steps((_OLD, "Gemeinsam sind wir stark: Jetzt Mitglied werden"),
                  (IG_ONLINE.isoformat(), "Jetzt online Mitglied werden – in fünf Minuten "
                                          "erledigt"))
    corona = [_span("2020-03-16", "2020-06-30", "Corona-Krise: Deine Rechte bei Kurzarbeit, "
                                                "Homeoffice und Kinderbetreuung")]
    mai = _yearly("05-01", 10, 0, lambda y: (
        "1. Mai 2020: Wir feiern digital – Livestream ab 11 Uhr" if y == 2020 else
        f"Heraus zum 1. Mai {y}: Alle Kundgebungen in deiner Nähe"))
    tarif = [_span(first, last, f"Tarifrunde {y}: Unsere Forderung – {was}. Mach mit bei den "
                                f"Warnstreiks!") for y, first, last, was in IG_TARIF]
    brwahl = [_span("2018-03-01", "2018-05-31", "Betriebsratswahlen 2018: Kandidiere für "
                                                "deinen Betriebsrat!")]
    return _calendar(base, mai, corona, tarif, brwahl)


def igwerk_style() -> PublisherStyle:
    """A German industrial union: a section from a pool, the numeric date turned the weekday
    and the long date on May Day 2019 (a wording per day), "Von" turned "Text:", a banner
    reworded and turned by May Day (online in 2020), the wage rounds of 2016 and 2018 with
    their demands, the 2018 works-council elections and the pandemic, a members-only line
    and "Auch interessant:" mid-body, the dues line, the statutory minimum wage (raised in
    2017, 2019, 2020 and 2021), the share line (WhatsApp added on the redesign), the press
    contact, the V.i.S.d.P. line (a new name in October 2019) and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="igwerk.de", site="IG Werk und Energie", base_size=195,
        subdomains=(("www.", 90), ("", 10)),
        sections=("tarif", "betrieb", "politik", "jugend", "arbeitsschutz", "bildung"),
        n_authors=8, url_path="/aktuelles/{section}/{slug}",
        pools={"rubrik": ("Tarif", "Betrieb", "Politik", "Jugend", "Frauen", "Arbeitsschutz",
                          "Bildung")},
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_ig_datum)),
            _f("autor", HEADER, 0.45, (_OLD, "Von {author}"),
               (IG_REDESIGN.isoformat(), "Text: {author}")),
            _f("aktion", HEADER, 0.3, *_ig_aktion()),
            _f("mitglied", MIDDLE, 0.25, (_OLD, "Tarifverträge gelten nur für Mitglieder: "
                                                "Jetzt beitreten und dazugehören.")),
            _f("auch", MIDDLE, 0.35, (_OLD, "Auch interessant: {other_title}")),
            _f("beitrag", FOOTER, 0.12, (_OLD, "Der Mitgliedsbeitrag beträgt 1 Prozent des "
                                               "monatlichen Bruttoeinkommens und ist steuerlich "
                                               "absetzbar.")),
            _f("mindestlohn", FOOTER, 0.15, *amounts(MINDESTLOHN, lambda v: (
                f"Gesetzlicher Mindestlohn: {v} Euro brutto pro Stunde"))),
            _f("teilen", FOOTER, 0.4, (_OLD, "Artikel teilen: Facebook · Twitter · E-Mail"),
               (IG_REDESIGN.isoformat(), "Teilen: Facebook · Twitter · WhatsApp · E-Mail")),
            _f("kontakt", FOOTER, 0.35, (_OLD, "Pressekontakt: IG Werk und Energie, Pressestelle, "
                                               "Telefon 069 555 2840, presse@igwerk.de")),
            _f("visdp", FOOTER, 0.4,
               (_OLD, "V.i.S.d.P.: Karin Lohmeyer, IG Werk und Energie, Gutleutstraße 140, "
                      "60327 Frankfurt am Main"),
               (IG_VISDP.isoformat(), "V.i.S.d.P.: Thomas Berendt, IG Werk und Energie, "
                                      "Gutleutstraße 140, 60327 Frankfurt am Main")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} IG Werk und Energie")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war der "
                                                 "Termin der Kundgebung falsch angegeben.")),
        ),
    )


# --- a Spanish party's press room ---------------------------------------------------------

CC_REDESIGN = dt.date(2018, 9, 3)
CC_SIMPATIZANTE = dt.date(2017, 2, 1)
CC_LIMITE = dt.date(2015, 4, 1)  # the cap on a person's donations halved
CC_CUOTAS = (("2014-01-01", "5 € al mes (cuota reducida de 1 €"),
             ("2018-01-01", "6 € al mes (cuota reducida de 1 €"),
             ("2020-01-01", "6 € al mes (cuota reducida de 0,50 €"))
# polling day (a Sunday), what is voted on
ES_VOTES = (("2015-05-24", "municipales y autonómicas"), ("2015-12-20", "generales"),
            ("2016-06-26", "generales"), ("2019-04-28", "generales"),
            ("2019-05-26", "municipales, autonómicas y europeas"), ("2019-11-10", "generales"))


def _cc_fecha(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} | {{time}}"
    return f"{{ciudad}}, {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _cc_campana() -> Wordings:
    base = _steps((_OLD, "Afíliate a Compromiso Ciudadano y decide con nosotros"),
                  (CC_SIMPATIZANTE.isoformat(), "Únete: hazte simpatizante gratis o afíliate "
                                                "en un minuto"))
    votes: list[Event] = []
    for day, kind in ES_VOTES:
        poll = iso_day(day)
        when = f"{poll.day} de {MESES[poll.month - 1]}"
        votes += [
            (poll - 15 * ONE, poll - ONE, f"🗳️ Elecciones {kind} del {when}: consulta la "
                                          f"agenda de campaña"),
            (poll - ONE, poll, "Jornada de reflexión: hasta el cierre de los colegios "
                               "electorales no publicaremos contenidos de campaña."),
            (poll, poll + ONE, f"Hoy, {when}, votamos. Los colegios electorales abren de 9:00 "
                               f"a 20:00 horas."),
        ]
    alarma = [_span("2020-03-14", "2020-06-21", "Estado de alarma: nuestras sedes permanecen "
                                                "cerradas; escríbenos a "
                                                "info@compromisociudadano.es")]
    ocho_m = _yearly("03-08", 3, 0, lambda y: f"8M {y}: ¡nos vemos en las calles!")
    return _calendar(base, votes, alarma, ocho_m)


def compromiso_style() -> PublisherStyle:
    """A Spanish party's press room: a section from a pool, the numeric date and the time
    turned the city and the long date on 3 September 2018 (a wording per day), "Nota de
    prensa", a banner reworded and turned by each election's campaign fortnight, its
    reflection day and polling day, the state of alarm and 8M, "Te puede interesar:" and a
    video line mid-body, the membership dues (raised in 2018, the reduced rate cut in
    2020), the donations line (the cap halved in April 2015), the press office, the legal
    line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="compromisociudadano.es", site="Compromiso Ciudadano", base_size=170,
        subdomains=(("www.", 100),),
        sections=("actualidad", "congreso", "municipios", "opinion", "agenda"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "seccion": ("Actualidad", "Congreso", "Municipios", "Opinión", "Agenda", "Prensa"),
            "ciudad": ("Madrid", "Valencia", "Sevilla", "Zaragoza", "Valladolid", "Murcia"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_cc_fecha)),
            _f("nota", HEADER, 0.45, (_OLD, "Nota de prensa")),
            _f("campana", HEADER, 0.3, *_cc_campana()),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("video", MIDDLE, 0.12, (_OLD, "▶ Vídeo: las declaraciones completas en nuestro "
                                             "canal de YouTube")),
            _f("cuota", FOOTER, 0.15, *amounts(CC_CUOTAS, lambda v: (
                f"Cuota de afiliación: {v} para personas desempleadas y estudiantes)."))),
            _f("donaciones", FOOTER, 0.15,
               (_OLD, "Las donaciones a partidos políticos tienen un límite de 100.000 euros "
                      "anuales por persona."),
               (CC_LIMITE.isoformat(), "Las donaciones a partidos políticos no pueden superar "
                                       "los 50.000 euros anuales por persona y no pueden "
                                       "ser anónimas.")),
            _f("prensa", FOOTER, 0.35, (_OLD, "Gabinete de Prensa · prensa@compromisociudadano.es"
                                              " · 915 550 214")),
            _f("legal", FOOTER, 0.3, (_OLD, "Compromiso Ciudadano · C/ del Pez 18, 28004 Madrid "
                                            "· Aviso legal · Política de privacidad")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Compromiso Ciudadano")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior de esta "
                                               "nota figuraba una hora equivocada del acto.")),
        ),
    )


# --- an Italian party's news pages --------------------------------------------------------

SC_REDESIGN = dt.date(2018, 1, 29)  # relaunched for the 2018 general election campaign
SC_SEDE = dt.date(2016, 9, 1)
# first and last day of voting, what is voted on
IT_VOTES = (("2015-05-31", "2015-05-31", "le amministrative e le regionali"),
            ("2016-04-17", "2016-04-17", "il referendum sulle trivellazioni"),
            ("2016-06-05", "2016-06-05", "le amministrative"),
            ("2016-12-04", "2016-12-04", "il referendum costituzionale"),
            ("2017-06-11", "2017-06-11", "le amministrative"),
            ("2018-03-04", "2018-03-04", "le politiche e le regionali"),
            ("2018-06-10", "2018-06-10", "le amministrative"),
            ("2019-05-26", "2019-05-26", "le europee e le amministrative"),
            ("2020-09-20", "2020-09-21", "il referendum costituzionale e le regionali"))
SC_CODICE = "S41"


def _sc_data(day: dt.date) -> str:
    if day < SC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}, ore {{time}}"


@cache
def _sc_avviso() -> Wordings:
    def base(day: dt.date) -> str:
        return f"Tesseramento {day.year}: iscriviti o rinnova la tessera di Sinistra Civica"

    silenzio: list[Event] = []
    campagna: list[Event] = []
    for first, last, kind in IT_VOTES:
        start, end = iso_day(first), iso_day(last)
        silenzio.append((start - ONE, end + ONE, "Silenzio elettorale: fino alla chiusura dei "
                                                 "seggi non pubblichiamo contenuti di "
                                                 "propaganda."))
        campagna.append((start - 14 * ONE, start - ONE,
                         f"{start.day} {MESI[start.month - 1]} {start.year}: si vota per {kind}. "
                         f"Scopri dove e come votare"))
    pandemia = [_span("2020-03-09", "2020-05-17", "#IoRestoACasa: assemblee e iniziative si "
                                                  "svolgono online")]
    duexmille = _yearly("06-15", 44, 46, lambda y: (
        f"Dichiarazione dei redditi {y}: destina il 2x1000 a Sinistra Civica, codice "
        f"{SC_CODICE}"))
    return _calendar(base, silenzio, campagna, pandemia, duexmille)


def sinistracivica_style() -> PublisherStyle:
    """An Italian party's news pages: "Comunicato stampa", a category from a pool, the numeric
    date turned the weekday, the long date and the time at the start of the 2018 campaign (a
    wording per day), "di" and the writer, a notice turned by the year's membership drive,
    each vote's campaign fortnight and its election silence (two days in 2020), the 2x1000
    tax season and the lockdown, "Leggi anche:" and a photo source from a pool mid-body, the
    tax credit on donations, the bank details, the seat line (the party moved in September
    2016) and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="sinistracivica.it", site="Sinistra Civica", base_size=150,
        subdomains=(("www.", 100),),
        sections=("territori", "parlamento", "lavoro", "ambiente", "europa"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "categoria": ("Territori", "Parlamento", "Lavoro", "Ambiente", "Europa",
                          "Comunicati"),
            "foto": ("Ufficio stampa Sinistra Civica", "archivio", "pagina Facebook del "
                     "partito", "Giulia Ferretti"),
        },
        families=(
            _f("comunicato", HEADER, 0.35, (_OLD, "Comunicato stampa")),
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_sc_data)),
            _f("autore", HEADER, 0.4, (_OLD, "di {author}")),
            _f("avviso", HEADER, 0.3, *_sc_avviso()),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("detrazione", FOOTER, 0.12, (_OLD, "Le erogazioni liberali ai partiti sono "
                                                  "detraibili al 26% da 30 a 30.000 euro "
                                                  "annui.")),
            _f("iban", FOOTER, 0.2, (_OLD, "Sostienici con un bonifico: IBAN IT60 X054 2811 "
                                           "1010 0000 0123 456 intestato a Sinistra Civica")),
            _f("sede", FOOTER, 0.35,
               (_OLD, "Sinistra Civica – Via Palestro 36, 00185 Roma – C.F. 97712340581"),
               (SC_SEDE.isoformat(), "Sinistra Civica – Via dei Volsci 21, 00185 Roma – C.F. "
                                     "97712340581")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Sinistra Civica – Tutti i diritti "
                                                "riservati")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: nella versione precedente era "
                                              "indicata una data sbagliata dell'assemblea.")),
        ),
    )


# --- an Indian trade-union federation's news site (in Hindi) ------------------------------

SA_REDESIGN = dt.date(2018, 5, 1)  # relaunched on May Day, dates in Devanagari digits
SA_ONLINE = dt.date(2019, 2, 1)
# first and last day of a nationwide strike or sit-in, and what it is called
SA_HADTAL = (("2015-09-02", "2015-09-02", "देशव्यापी आम हड़ताल"),
             ("2016-09-02", "2016-09-02", "देशव्यापी आम हड़ताल"),
             ("2017-11-09", "2017-11-11", "संसद के सामने महापड़ाव"),
             ("2019-01-08", "2019-01-09", "दो दिन की देशव्यापी आम हड़ताल"),
             ("2020-01-08", "2020-01-08", "देशव्यापी आम हड़ताल"),
             ("2020-11-26", "2020-11-26", "देशव्यापी आम हड़ताल"))
MIN_WAGE = (("2014-10-01", "337"), ("2015-04-01", "346"), ("2015-10-01", "350"),
            ("2016-04-01", "360"), ("2016-10-01", "374"), ("2017-01-19", "523"),
            ("2017-04-01", "537"), ("2017-10-01", "541"), ("2018-04-01", "550"),
            ("2018-10-01", "559"), ("2019-04-01", "571"), ("2019-10-01", "583"),
            ("2020-04-01", "602"), ("2020-10-01", "610"))


def _sa_dinank(day: dt.date) -> str:
    if day < SA_REDESIGN:
        return f"{day.day} {MAHINE[day.month - 1]} {day.year}"
    return (f"प्रकाशित: {VAAR[day.weekday()]}, {deva(day.day)} {MAHINE[day.month - 1]} "
            f"{deva(day.year)}")


def _sa_dates(first: dt.date, last: dt.date) -> str:
    if first == last:
        return f"{first.day} {MAHINE[first.month - 1]} {first.year}"
    return f"{first.day}-{last.day} {MAHINE[last.month - 1]} {last.year}"


@cache
def _sa_suchna() -> Wordings:
    base = _steps((_OLD, "यूनियन से जुड़ने के लिए अपने ज़िला कार्यालय से संपर्क करें"),
                  (SA_ONLINE.isoformat(), "अब ऑनलाइन सदस्यता फ़ॉर्म भरकर यूनियन से जुड़ें"))
    hadtal: list[Event] = []
    for first, last, name in SA_HADTAL:
        start, end = iso_day(first), iso_day(last)
        hadtal += [(start - 12 * ONE, start, f"{_sa_dates(start, end)} की {name} को सफल बनाएं"),
                   (start, end + ONE, f"आज {name}: सभी साथी अपने कार्यस्थल पर धरने में शामिल हों")]
    mai = _yearly("05-01", 3, 0, lambda y: f"मई दिवस {y}: दुनिया भर के मेहनतकशों को लाल सलाम")
    lockdown = [_span("2020-03-25", "2020-05-31", "लॉकडाउन: फंसे हुए प्रवासी मज़दूर हमारी "
                                                  "हेल्पलाइन 1800 555 0190 पर संपर्क करें")]
    codes = [_span("2020-09-23", "2020-10-15", "नई श्रम संहिताओं के ख़िलाफ़ विरोध दिवस: अपने "
                                               "ज़िले के प्रदर्शन में शामिल हों")]
    return _calendar(base, hadtal, mai, lockdown, codes)


def shramikawaaz_style() -> PublisherStyle:
    """An Indian trade-union federation's news site, in Hindi: "Press release", the long date
    turned "published" with the weekday and Devanagari digits on May Day 2018 (a wording per
    day), a category from a pool, the reporter line, a notice reworded and turned by the
    nationwide general strikes and the 2017 sit-in before Parliament (before and on the
    days), May Day, the lockdown's helpline and the protests against the 2020 labour codes,
    the central minimum wage for unskilled work (revised each April and October, the new
    rates of January 2017), "इसे भी पढ़ें:" and a photo source from a pool mid-body, the
    slogan line, the office address and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="shramikawaaz.in", site="श्रमिक आवाज़", base_size=130,
        subdomains=(("www.", 100),),
        sections=("andolan", "vetan", "kanoon", "mahila", "rajya"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={
            "shreni": ("मज़दूर आंदोलन", "वेतन समझौता", "असंगठित क्षेत्र", "श्रम कानून",
                       "महिला श्रमिक", "राज्यों से"),
            "tasveer": ("श्रमिक आवाज़", "यूनियन कार्यालय", "सोशल मीडिया", "संवाददाता"),
        },
        families=(
            _f("vigyapti", HEADER, 0.3, (_OLD, "प्रेस विज्ञप्ति")),
            _f("dinank", HEADER, 0.85, *_by_day(_sa_dinank)),
            _f("shreni", HEADER, 0.45, (_OLD, "{shreni}")),
            _f("samvaddata", HEADER, 0.45, (_OLD, "{author} की रिपोर्ट")),
            _f("suchna", HEADER, 0.3, *_sa_suchna()),
            _f("vetan", FOOTER, 0.15, *amounts(MIN_WAGE, lambda v: (
                f"केंद्रीय न्यूनतम वेतन (अकुशल, क्षेत्र 'क'): ₹{v} प्रतिदिन"))),
            _f("padhen", MIDDLE, 0.35, (_OLD, "इसे भी पढ़ें: {other_title}")),
            _f("tasveer", MIDDLE, 0.2, (_OLD, "तस्वीर: {tasveer}")),
            _f("nara", FOOTER, 0.3, (_OLD, "दुनिया के मज़दूरो, एक हो!")),
            _f("sampark", FOOTER, 0.35, (_OLD, "केंद्रीय कार्यालय: श्रमिक भवन, 7 झंडेवालान, नई "
                                               "दिल्ली – 110055 · फ़ोन 011 2355 0190")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} श्रमिक आवाज़ · सर्वाधिकार सुरक्षित")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: पिछले संस्करण में रैली की तारीख़ ग़लत छप "
                                              "गई थी।")),
        ),
    )


# --- a Swedish service-workers' union -----------------------------------------------------

SF_REDESIGN = dt.date(2017, 10, 2)
SF_AKASSA_STEG = dt.date(2018, 1, 1)
SF_UTGIVARE = dt.date(2018, 6, 1)
SF_AKASSA_TILLFALLIG = dt.date(2020, 4, 13)  # a month of membership counts as four
SF_AVGIFT = (("2014-01-01", "305"), ("2015-01-01", "312"), ("2016-01-01", "318"),
             ("2017-01-01", "326"), ("2018-01-01", "334"), ("2019-01-01", "339"),
             ("2020-01-01", "345"))
SF_AVTAL = ((2016, "2016-03-01", "2016-04-30", "Avtalsrörelsen 2016: följ förhandlingarna om "
                                               "våra löner"),
            (2017, "2017-02-15", "2017-04-15", "Avtalsrörelsen 2017: följ förhandlingarna om "
                                               "våra löner"),
            (2020, "2020-09-21", "2020-11-06", "Den uppskjutna avtalsrörelsen 2020: så går "
                                               "förhandlingarna"))


def _sf_datum(day: dt.date) -> str:
    if day < SF_REDESIGN:
        return day.isoformat()
    return f"Publicerad {day.day} {MANADER[day.month - 1]} {day.year} kl. {{time}}"


@cache
def _sf_kalender() -> Wordings:
    base = _steps((_OLD, "Bli medlem i Servicefacket – de tre första månaderna för halva "
                         "priset"),
                  (SF_AKASSA_STEG.isoformat(), "Bli medlem i Servicefacket och a-kassan i "
                                               "samma steg"))
    maj = _yearly("05-01", 5, 0, lambda y: (
        "Första maj 2020: i år firar vi digitalt, häng med på vår sändning" if y == 2020 else
        f"Första maj {y}: vi ses i demonstrationståget!"))
    avtal = [_span(first, last, text) for _, first, last, text in SF_AVTAL]
    val = [_span("2018-08-22", "2018-09-09", "Valet 2018: förtidsröstningen är öppen. Rösta "
                                             "senast söndag den 9 september!")]
    corona = [_span("2020-03-16", "2020-08-31", "Corona: det här gäller för dig som är "
                                                "korttidspermitterad eller sjuk")]
    return _calendar(base, maj, avtal, val, corona)


def servicefacket_style() -> PublisherStyle:
    """A Swedish service-workers' union: a subject from a pool, the ISO date turned
    "Publicerad" with the long date and "kl." on 2 October 2017 (a wording per day), "Text:"
    and the writer, a banner reworded and turned by May Day (digital in 2020), the wage
    rounds of 2016 and 2017 and the postponed one of autumn 2020, the 2018 election's early
    voting and the pandemic, an unemployment-fund reminder reworded for the pandemic's
    temporary rule, "Läs också:" mid-body, the monthly fee (changing each January), "Dela
    artikeln", the members' helpline, the responsible editor (a new one in June 2018) and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="servicefacket.se", site="Servicefacket", base_size=110,
        subdomains=(("www.", 100),),
        sections=("avtal", "arbetsmiljo", "a-kassa", "lon", "ungdom"),
        n_authors=4, url_path="/nyheter/{slug}",
        pools={"amne": ("Avtal", "Arbetsmiljö", "A-kassa", "Lön", "Jämställdhet", "Ung")},
        families=(
            _f("amne", HEADER, 0.5, (_OLD, "{amne}")),
            _f("datum", HEADER, 0.85, *_by_day(_sf_datum)),
            _f("text", HEADER, 0.45, (_OLD, "Text: {author}")),
            _f("kalender", HEADER, 0.3, *_sf_kalender()),
            _f("akassa", MIDDLE, 0.15,
               (_OLD, "Kom ihåg: du måste ha varit med i a-kassan i tolv månader för att få "
                      "inkomstrelaterad ersättning."),
               (SF_AKASSA_TILLFALLIG.isoformat(), "Tillfälligt under 2020: varje månad i "
                                                  "a-kassan räknas som fyra. Gå med i dag!")),
            _f("las", MIDDLE, 0.35, (_OLD, "Läs också: {other_title}")),
            _f("avgift", FOOTER, 0.15, *amounts(SF_AVGIFT, lambda v: (
                f"Medlemsavgift: {v} kronor i månaden, a-kassan ingår."))),
            _f("dela", FOOTER, 0.4, (_OLD, "Dela artikeln")),
            _f("direkt", FOOTER, 0.3, (_OLD, "Frågor om jobbet? Ring Servicefacket Direkt på "
                                             "0771-55 40 00, vardagar 8–17.")),
            _f("utgivare", FOOTER, 0.35, (_OLD, "Ansvarig utgivare: Maria Ekström"),
               (SF_UTGIVARE.isoformat(), "Ansvarig utgivare: Jonas Lindqvist")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Servicefacket")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: I en tidigare version angavs fel "
                                                "datum för avtalets utgång.")),
        ),
    )


# --- an American building-trades union local ----------------------------------------------

LO_REDESIGN = dt.date(2019, 9, 2)  # relaunched on Labor Day
LO_BOOKS_ONLINE = dt.date(2018, 3, 1)
LO_ZOOM = dt.date(2020, 4, 1)  # meetings by video from April 2020
LO_DUES = (("2014-01-01", "38.00"), ("2016-01-01", "40.50"), ("2018-01-01", "43.00"),
           ("2020-01-01", "45.50"))
US_ELECTIONS = ("2016-11-08", "2018-11-06", "2020-11-03")


def _lo_dated(day: dt.date) -> str:
    if day < LO_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year}"


def _lo_meeting(day: dt.date) -> str:
    meeting = next_on_or_after(day, second_tuesday)
    where = "by Zoom (link sent by text)" if meeting >= LO_ZOOM else "at the Union Hall"
    return (f"Next general membership meeting: {WEEKDAYS[meeting.weekday()]}, "
            f"{MONTHS[meeting.month - 1]} {meeting.day}, {meeting.year}, 7:00 p.m., {where}")


def labor_day(y: int) -> dt.date:
    return nth_weekday(y, 9, 0, 1)


@cache
def _lo_banner() -> Wordings:
    base = _steps((_OLD, "Out of work? Sign the books at the hall, Monday to Friday 7 to 9 "
                         "a.m."),
                  (LO_BOOKS_ONLINE.isoformat(), "Out of work? You can now sign the "
                                                "out-of-work list online, 24/7."))
    elections: list[Event] = [(iso_day(day, -14), iso_day(day, 1),
                  f"🇺🇸 Vote Tuesday, November {iso_day(day).day}: see who Local 1187 endorses")
                 for day in US_ELECTIONS]
    closed = [_span("2020-03-16", "2020-06-30", "The hall is closed to walk-ins. Call dispatch "
                                                "at 555-0187 or sign the books online.")]
    picnic = _movable(labor_day, 10, 0, lambda y: (
        "Labor Day 2020: this year's picnic is cancelled. Stay safe, brothers and sisters"
        if y == 2020 else f"Labor Day picnic {y}: Monday, September {labor_day(y).day}, at "
                          f"Riverside Park. Bring the family!"))
    return _calendar(base, elections, closed, picnic)


def local1187_style() -> PublisherStyle:
    """An American building-trades union local: "Posted on" with the American date turned
    the capitals on Labor Day 2019 (a wording per day), "Posted by" turned the writer with
    the office held, the next general membership meeting on the second Tuesday (a wording
    per month, by Zoom from April 2020), a banner reworded and turned by election days, the
    Labor Day picnic (cancelled in 2020) and the hall's closure, "See also:" and an
    organizing tip mid-body, the monthly dues (raised every other January), "In solidarity,"
    and the business manager's signature (a block), the "Paid for by" disclaimer, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="local1187.org", site="Local 1187", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "political-action", "apprenticeship", "dispatch"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"beat": ("Business Manager", "Recording Secretary", "Organizer",
                        "Apprenticeship Coordinator", "Political Director")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_lo_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Posted by {author}"),
               (LO_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("meeting", HEADER, 0.25, *_by_day(_lo_meeting)),
            _f("banner", HEADER, 0.3, *_lo_banner()),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("organize", MIDDLE, 0.15, (_OLD, "Know a non-union shop that's hiring? Tell an "
                                                "organizer: organize@local1187.org")),
            _f("dues", FOOTER, 0.15, *amounts(LO_DUES, lambda v: (
                f"Monthly dues: ${v}; working dues are 2.5% of gross wages."))),
            _f("solidarity", FOOTER, 0.35, (_OLD, "In solidarity,")),
            _f("signature", FOOTER, 0.35, (_OLD, "{author2}, Business Manager / Financial "
                                                 "Secretary")),
            _f("paid-for", FOOTER, 0.15, (_OLD, "Paid for by Local 1187 COPE and not "
                                                "authorized by any candidate or candidate's "
                                                "committee.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Local 1187. All rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the apprenticeship deadline is "
                                                  "the 15th, not the 5th.")),
        ),
    )


# --- an Afrikaans farmers' co-operative in the Karoo --------------------------------------

KK_REDESIGN = dt.date(2019, 3, 1)
KK_AANLYN = dt.date(2017, 7, 1)
KK_TAK = dt.date(2018, 6, 1)  # a new branch in Prins Albert
KK_BONUS = (("2014-11-30", "3,5"), ("2015-11-30", "3,0"), ("2016-11-30", "2,5"),
            ("2017-11-30", "3,0"), ("2018-11-30", "3,25"), ("2019-11-30", "2,0"),
            ("2020-11-30", "2,75"))
KK_AJV = {2015: "2015-09-24", 2016: "2016-09-22", 2017: "2017-09-28", 2018: "2018-09-27",
          2019: "2019-09-26", 2020: "2020-10-08"}
WOOL = (("2015-01-01", 152.0), ("2015-08-01", 160.0), ("2016-06-01", 156.0),
        ("2017-06-01", 186.0), ("2018-03-01", 224.0), ("2018-11-01", 201.0),
        ("2019-06-01", 162.0), ("2019-12-01", 150.0), ("2020-03-01", 141.0),
        ("2020-09-01", 116.0), ("2021-01-10", 126.0))
WOOL_STOP = (dt.date(2020, 3, 25), dt.date(2020, 5, 31))  # auctions halted in the lockdown


def _kk_datum(day: dt.date) -> str:
    if day < KK_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return f"{DAE[day.weekday()]} {day.day} {MAANDE[day.month - 1]} {day.year}"


def wool_price(wednesday: dt.date) -> str:
    """The week's made-up merino indicator in rand a kilogram, with a decimal comma."""
    price = trend(wednesday, WOOL) * (1 + 0.025 * wobble(wednesday, "wol"))
    return f"{price:.2f}".replace(".", ",")


def _kk_wol(day: dt.date) -> str:
    wednesday = wednesday_of(day)
    if WOOL_STOP[0] <= wednesday <= WOOL_STOP[1]:
        return "Wolveilings is weens die inperking opgeskort tot verdere kennisgewing."
    if wednesday.month == 7:
        return "Die wolseisoen is in reses: die eerste veiling is in Augustus."
    return (f"Wolveiling van {wednesday.day} {MAANDE[wednesday.month - 1]}: merino-aanwyser "
            f"R{wool_price(wednesday)}/kg skoon")


@cache
def _kk_kennisgewing() -> Wordings:
    base = _steps((_OLD, "Word 'n lid van Karoo Koöperasie en deel in die jaarlikse bonus"),
                  (KK_AANLYN.isoformat(), "Nuwe lede: registreer nou aanlyn en ontvang jou "
                                          "ledekaart binne 'n week"))
    ajv: list[Event] = []
    for y, day in KK_AJV.items():
        d = iso_day(day)
        where = "via Zoom" if y == 2020 else "in die Stadsaal, Graaff-Reinet"
        ajv.append((d - 21 * ONE, d + ONE, f"Algemene jaarvergadering {y}: {DAE[d.weekday()]} "
                                           f"{d.day} {MAANDE[d.month - 1]} om 10:00 {where}"))
    bonus = _yearly("11-30", 10, 0, lambda y: (
        f"Bonusse vir die boekjaar {y - 1}/{str(y)[2:]} word op 30 November in lede se "
        f"rekeninge inbetaal"))
    droogte = [_span("2019-01-15", "2019-04-30", "Droogtehulp: lede kry 10% afslag op voer "
                                                 "tot einde April")]
    inperking = [_span("2020-03-27", "2020-04-30", "Inperking: ons takke bly oop vir "
                                                   "noodsaaklike landbouvoorrade, 08:00 tot "
                                                   "13:00")]
    return _calendar(base, inperking, ajv, bonus, droogte)


def karookoop_style() -> PublisherStyle:
    """An Afrikaans farmers' co-operative in the Karoo: a category from a pool, the slashed
    ISO date turned the weekday and the long date on 1 March 2019 (a wording per day),
    "Deur", the week's wool auction with its merino indicator (a wording per week, none in
    July's recess nor in the lockdown), a notice reworded and turned by each year's annual
    general meeting (by Zoom in 2020), the bonus payout each November, the drought relief
    and the lockdown, "Lees ook:" and "Advertensie" (up to twice) mid-body, the bonus on
    purchases (set each November), the branches (one added in 2018), the enquiries line,
    the financial-services disclaimer and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="karookoop.co.za", site="Karoo Koöperasie", base_size=70,
        subdomains=(("www.", 100),),
        sections=("nuus", "graan", "wol", "vee", "finansies"),
        n_authors=3, url_path="/nuus/{slug}",
        pools={"kategorie": ("Lede-nuus", "Graan", "Wol en sybokhaar", "Vee", "Kleinhandel",
                             "Finansies")},
        families=(
            _f("kategorie", HEADER, 0.45, (_OLD, "{kategorie}")),
            _f("datum", HEADER, 0.85, *_by_day(_kk_datum)),
            _f("deur", HEADER, 0.4, (_OLD, "Deur {author}")),
            _f("wol", HEADER, 0.2, *_by_day(_kk_wol)),
            _f("kennisgewing", FOOTER, 0.3, *_kk_kennisgewing()),
            _f("lees", MIDDLE, 0.3, (_OLD, "Lees ook: {other_title}")),
            _f("advertensie", MIDDLE, 0.3, (_OLD, "Advertensie"), count=2),
            _f("bonus", FOOTER, 0.15, *amounts(KK_BONUS, lambda v: (
                f"Jaarlikse bonus aan lede: {v}% op kwalifiserende aankope."))),
            _f("takke", FOOTER, 0.25,
               (_OLD, "Ons takke: Beaufort-Wes · Graaff-Reinet · Middelburg · Victoria-Wes"),
               (KK_TAK.isoformat(), "Ons takke: Beaufort-Wes · Graaff-Reinet · Middelburg · "
                                    "Prins Albert · Victoria-Wes")),
            _f("navrae", FOOTER, 0.35, (_OLD, "Navrae: 049 555 0123 · info@karookoop.co.za")),
            _f("fsp", FOOTER, 0.3, (_OLD, "Karoo Koöperasie Bpk is 'n gemagtigde "
                                          "finansiëledienste-verskaffer (FSP 41234).")),
            _f("kopiereg", FOOTER, 0.35, (_OLD, "© {year} Karoo Koöperasie Bpk. Alle regte "
                                                "voorbehou.")),
            _f("regstelling", HEADER, 0.04, (_OLD, "Regstelling: die datum van die "
                                                   "inligtingsdag was verkeerd in 'n vroeër "
                                                   "weergawe.")),
        ),
    )


# --- a British regional co-operative federation -------------------------------------------

MF_REDESIGN = dt.date(2018, 7, 7)  # relaunched on the International Day of Co-operatives
MF_ADVICE = dt.date(2019, 2, 1)
MF_ABOUT = (("2014-07-01", "142 co-operatives with 61,000 members"),
            ("2015-07-01", "149 co-operatives with 63,500 members"),
            ("2016-07-01", "155 co-operatives with 64,200 members"),
            ("2017-07-01", "163 co-operatives with 66,800 members"),
            ("2018-07-01", "171 co-operatives with 68,100 members"),
            ("2019-07-01", "178 co-operatives with 70,400 members"),
            ("2020-07-01", "184 co-operatives with 72,900 members"))


def coops_day(y: int) -> dt.date:
    """The International Day of Co-operatives: the first Saturday of July."""
    return nth_weekday(y, 7, 5, 1)


def _mf_dated(day: dt.date) -> str:
    if day < MF_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"Posted {WEEKDAYS[day.weekday()]} {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"


@cache
def _mf_banner() -> Wordings:
    base = _steps((_OLD, "Starting a co-op? Our development team gives free advice"),
                  (MF_ADVICE.isoformat(), "Thinking of starting a co-op? Book a free "
                                          "one-to-one with our advisers"))
    fortnight = _yearly("06-20", 6, 7, lambda y: f"Co-operatives Fortnight {y}: find a co-op "
                                                 f"event near you")
    day = _movable(coops_day, 3, 0, lambda y: f"Saturday {coops_day(y).day} July {y} is the "
                                              f"International Day of Co-operatives")
    covid = [_span("2020-03-23", "2020-07-31", "Covid-19 support for co-ops: grants, loans and "
                                               "free advice")]
    return _calendar(base, fortnight, day, covid)


def marches_style() -> PublisherStyle:
    """A British regional co-operative federation: a kicker from a pool, the short date
    turned "Posted" with the weekday and the ordinal on the International Day of
    Co-operatives 2018 (a wording per day), a banner reworded and turned by Co-operatives
    Fortnight, the International Day of Co-operatives and the pandemic, a community share
    offer from a pool and "You might also like:" mid-body, the seven principles line, the
    e-bulletin line, the about line with the co-operatives and members counted each July,
    the registration line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="marchesfederation.coop", site="Marches Co-operative Federation", base_size=55,
        subdomains=(("www.", 100),),
        sections=("news", "events", "development", "community-shares"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "kicker": ("Member news", "Events", "Co-op development", "Community shares",
                       "Policy"),
            "offer": ("Clun Valley Community Energy", "The Plough Inn, Wistanstow",
                      "Wye Valley Bakery", "Church Stretton Community Bookshop",
                      "Teme Valley Broadband"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_mf_dated)),
            _f("banner", HEADER, 0.25, *_mf_banner()),
            _f("shares", MIDDLE, 0.15, (_OLD, "Community share offer now open: {offer}")),
            _f("related", MIDDLE, 0.3, (_OLD, "You might also like: {other_title}")),
            _f("principles", FOOTER, 0.15, (_OLD, "Co-operatives are guided by seven "
                                                  "principles, from voluntary and open "
                                                  "membership to concern for community.")),
            _f("bulletin", FOOTER, 0.25, (_OLD, "Get co-op news from the Marches every month: "
                                                "sign up to our e-bulletin.")),
            _f("about", FOOTER, 0.35, *amounts(MF_ABOUT, lambda v: (
                f"About us: Marches Co-operative Federation supports {v} across Shropshire, "
                f"Herefordshire and the Welsh borders."))),
            _f("registered", FOOTER, 0.35, (_OLD, "Marches Co-operative Federation Limited is "
                                                  "a registered society, no. 30217R.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Marches Co-operative Federation")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the share offer closes on 30 "
                                                  "June, not 30 July.")),
        ),
    )


# --- a British low-pay campaign -----------------------------------------------------------

FP_MOVE = dt.date(2019, 3, 1)
# the voluntary living wage, announced each November (outside London / in London)
LIVING_WAGE = (("2014-11-03", "£7.85 an hour (£9.15 in London)"),
               ("2015-11-02", "£8.25 an hour (£9.40 in London)"),
               ("2016-10-31", "£8.45 an hour (£9.75 in London)"),
               ("2017-11-06", "£8.75 an hour (£10.20 in London)"),
               ("2018-11-05", "£9.00 an hour (£10.55 in London)"),
               ("2019-11-11", "£9.30 an hour (£10.75 in London)"),
               ("2020-11-09", "£9.50 an hour (£10.85 in London)"))
# the statutory National Living Wage for workers aged 25 and over, from April 2016
NATIONAL_LIVING_WAGE = (("2014-10-01", "£6.50 minimum wage"), ("2015-10-01", "£6.70 minimum wage"),
                        ("2016-04-01", "£7.20 National Living Wage"),
                        ("2017-04-01", "£7.50 National Living Wage"),
                        ("2018-04-01", "£7.83 National Living Wage"),
                        ("2019-04-01", "£8.21 National Living Wage"),
                        ("2020-04-01", "£8.72 National Living Wage"))
BUDGETS = ("2015-03-18", "2015-07-08", "2016-03-16", "2017-03-08", "2017-11-22", "2018-10-29",
           "2020-03-11")


@cache
def _fp_banner() -> Wordings:
    base = _steps((_OLD, "Sign up for campaign updates from Fair Pay Now"))
    week: list[Event] = []
    for start, _ in LIVING_WAGE[1:]:
        d = iso_day(start)
        week += [(d - 5 * ONE, d, f"New living wage rates are out on {WEEKDAYS[d.weekday()]} "
                                  f"{d.day} {MONTHS[d.month - 1]}: watch this space"),
                 (d, d + 7 * ONE, f"Living Wage Week {d.year}: is your employer paying the new "
                                  f"rate?")]
    budgets: list[Event] = []
    for day in BUDGETS:
        d = iso_day(day)
        budgets.append((d - 2 * ONE, d + ONE, f"Budget day, {WEEKDAYS[d.weekday()]} {d.day} "
                                              f"{MONTHS[d.month - 1]}: our live verdict on what "
                                              f"it means for low pay"))
    furlough = [_span("2020-03-20", "2020-07-31", "Furloughed on 80% pay? Know your rights and "
                                                  "tell us what's happening")]
    return _calendar(base, week, budgets, furlough)


def fairpaynow_style() -> PublisherStyle:
    """A British low-pay campaign: "Posted" and the date (a wording per day), the living
    wage line with the rates announced each November, the statutory minimum (the National
    Living Wage from April 2016, raised each April), a petition counter, a banner turned by
    each Living Wage Week (before and after the announcement), Budget days and furlough,
    a call for stories and "More:" mid-body, a donation line, the share line, the
    "Promoted by" imprint (a new address in March 2019) and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="fairpaynow.org.uk", site="Fair Pay Now", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "blog", "research", "campaigns"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"amount": ("£3", "£5", "£10", "£20")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"Posted {day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}")),
            _f("rates", HEADER, 0.2, *amounts(LIVING_WAGE, lambda v: (
                f"The living wage is now {v}"))),
            _f("statutory", FOOTER, 0.12, *amounts(NATIONAL_LIVING_WAGE, lambda v: (
                f"The legal minimum for over-25s is the {v}: we say it's not enough."))),
            _f("petition", HEADER, 0.25, (_OLD, "Add your name: {n} people have signed so far")),
            _f("banner", HEADER, 0.3, *_fp_banner()),
            _f("story", MIDDLE, 0.2, (_OLD, "Paid less than the living wage? Tell us your "
                                            "story, in confidence.")),
            _f("more", MIDDLE, 0.3, (_OLD, "More: {other_title}")),
            _f("donate", FOOTER, 0.3, (_OLD, "We take no money from government or political "
                                             "parties. Give {amount} a month to keep us "
                                             "independent.")),
            _f("share", FOOTER, 0.35, (_OLD, "Share on Facebook · Share on Twitter · Email a "
                                             "friend")),
            _f("imprint", FOOTER, 0.45,
               (_OLD, "Promoted by Fair Pay Now, 18 Hatton Row, Manchester M4 1EW."),
               (FP_MOVE.isoformat(), "Promoted by Fair Pay Now, Suite 4, Ancoats Works, "
                                     "Manchester M4 6DE.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Fair Pay Now")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: we have updated the London rate "
                                                  "in this article.")),
        ),
    )


# --- a German local voters' association ---------------------------------------------------

FB_CORONA = (dt.date(2020, 3, 12), dt.date(2020, 6, 30))  # no Stammtisch in these months
DE_VOTES = (("2016-03-13", "die Landtagswahl"), ("2017-09-24", "die Bundestagswahl"),
            ("2019-05-26", "die Kommunal- und Europawahl"))


def _fb_termin(day: dt.date) -> str:
    if FB_CORONA[0] <= day <= FB_CORONA[1]:
        meeting = next_on_or_after(FB_CORONA[1] + ONE, first_thursday)
        return (f"Unsere Stammtische fallen wegen Corona aus. Nächster Termin: "
                f"{meeting.day}. {MONATE[meeting.month - 1]} {meeting.year}")
    meeting = next_on_or_after(day, first_thursday)
    return (f"Nächster Stammtisch: {WOCHENTAGE[meeting.weekday()]}, {meeting.day}. "
            f"{MONATE[meeting.month - 1]} {meeting.year}, 19:30 Uhr, Gasthaus Linde")


@cache
def _fb_wahl() -> Wordings:
    base = _steps((_OLD, "Machen Sie mit: Freie Bürgerliste Lindenbach – jede Stimme und jede "
                         "Idee zählt!"))
    wahlen: list[Event] = [(iso_day(day, -28), iso_day(day, 1),
               f"Am {iso_day(day).day}. {MONATE[iso_day(day).month - 1]} {day[:4]} ist {was}: "
               f"Briefwahl jetzt beantragen!") for day, was in DE_VOTES]
    return _calendar(base, wahlen)


def lindenbach_style() -> PublisherStyle:
    """A German local voters' association: "Veröffentlicht am" and the numeric date (a
    wording per day), "Ein Beitrag von", the next Stammtisch on the first Thursday (a
    wording per month, none in the spring of 2020), a banner turned by the Landtag,
    Bundestag and local elections, "Siehe auch:" mid-body, the donations account and its tax
    line, the V.i.S.d.P. line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="fbl-lindenbach.de", site="Freie Bürgerliste Lindenbach", base_size=30,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "gemeinderat", "termine"),
        n_authors=3, url_path="/{section}/{slug}",
        families=(
            _f("datum", HEADER, 0.85, *_by_day(
                lambda day: f"Veröffentlicht am {day.day:02d}.{day.month:02d}.{day.year}")),
            _f("beitrag", HEADER, 0.4, (_OLD, "Ein Beitrag von {author}")),
            _f("termin", HEADER, 0.25, *_by_day(_fb_termin)),
            _f("wahl", HEADER, 0.3, *_fb_wahl()),
            _f("siehe", MIDDLE, 0.3, (_OLD, "Siehe auch: {other_title}")),
            _f("spenden", FOOTER, 0.2, (_OLD, "Spendenkonto: Volksbank Lindenbach, IBAN DE41 "
                                              "6209 0100 0123 4567 89")),
            _f("steuer", FOOTER, 0.15, (_OLD, "Spenden an Wählervereinigungen sind nach § 34g "
                                              "EStG steuerlich begünstigt.")),
            _f("visdp", FOOTER, 0.4, (_OLD, "V.i.S.d.P.: Gerhard Maier, Hauptstraße 5, 74389 "
                                            "Lindenbach")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Freie Bürgerliste Lindenbach e. V.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Sitzung beginnt um 19 Uhr, "
                                                 "nicht um 18 Uhr.")),
        ),
    )


def heldout140_styles() -> list[PublisherStyle]:
    """The held-back-140 styles, in the order the generator hands them to publishers."""
    return [
        alliance_style(), newcommons_style(), igwerk_style(), compromiso_style(),
        sinistracivica_style(), shramikawaaz_style(), servicefacket_style(), local1187_style(),
        karookoop_style(), marches_style(), fairpaynow_style(), lindenbach_style(),
    ]
