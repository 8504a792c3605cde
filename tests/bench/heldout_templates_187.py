"""The ``held-back-187`` template set of the planted-real benchmark.

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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
advertisement marker, a table header or a "provisional results" notice. The publishers are
election commissions, polling firms and political-data sites in English, Spanish, Polish,
Indonesian, Swahili and Greek: an American election-forecast and data site, a British polling
firm's news pages, a Spanish poll aggregator, an Indonesian regency's election commission, a
Polish polling firm, a Kenyan election-data site (in Swahili), a Greek poll aggregator, a
Mexican state electoral institute's press office, an American county board of elections, an
Indonesian survey and quick-count firm, a Polish electoral-map blog and a Tanzanian network
of election observers (in Swahili). The families are the kinds a crawl of such sites holds:
dates localised day by day in English (with Eastern time), Spanish, Indonesian (with WIB),
Polish (month names in the genitive), Swahili (with EAT) and Greek, several changing form on
the day of a redesign; lines that turn every day (countdowns to polling day, with the dates
moved when a vote was annulled or postponed, a daily polling average frozen during Spain's
five-day ban on polls, a generic-ballot average), every week (voting intention and fieldwork
dates each Thursday, a polls database and Greek and Polish averages and seat projections each
Monday) and every month (a state's electoral roll); notices that follow the calendars of
elections (election nights, primaries and caucuses, Super Tuesday, Spain's poll ban, Poland's
electoral silence and the presidential vote of 10 May 2020 that did not take place,
Indonesia's quiet days and recount, Mexico's blackout, Greek elections and the 2015
referendum, Tanzania's and Zanzibar's votes, the pandemic's postponements); methodology,
sample and margin-of-error lines from pools; results and turnout tables' headers;
"provisional results" notices reworded between 2015 and 2020 (Situng turned Sirekap, forms
34A after Kenya's 2017 vote, the PREP); data-licence credits; amounts that change over the
years (electoral rolls by election, poll workers' pay, a panel's size, a network's members);
related links and advertisement markers mid-body (some up to two times); multi-line blocks
(membership lines, media contacts, "-MWISHO-", about lines, addresses), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, iso_day
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar = _PERIOD.calendar
# A line printed day by day is worded once per session (its text is a named function, so the
# cache holds across the several builds of the styles the tests make).
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # the genitive, as dates have it
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
         "Septemba", "Oktoba", "Novemba", "Desemba")
SIKU = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")  # genitive
IMERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")

# --- helpers of this set ------------------------------------------------------------------


def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2 ** 64 * 2 - 1


@cache
def _points(anchors: tuple[tuple[str, float], ...]) -> tuple[list[int], list[float]]:
    return [iso_day(a).toordinal() for a, _ in anchors], [v for _, v in anchors]


def drift(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
    xs, ys = _points(anchors)
    x = day.toordinal()
    i = bisect_right(xs, x)
    if i == 0:
        return ys[0]
    if i == len(xs):
        return ys[-1]
    return ys[i - 1] + (ys[i] - ys[i - 1]) * (x - xs[i - 1]) / (xs[i] - xs[i - 1])


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def next_vote(day: dt.date, votes: tuple[str, ...]) -> dt.date | None:
    """The first of `votes` (ISO days, in order) on or after `day`."""
    for text in votes:
        if iso_day(text) >= day:
            return iso_day(text)
    return None


def comma(value: float, places: int = 1) -> str:
    """A number with a decimal comma, as continental sites print it."""
    return f"{value:.{places}f}".replace(".", ",")


def dots(number: int) -> str:
    """A whole number with dots between thousands (Spanish, Indonesian, Greek)."""
    return f"{number:,}".replace(",", ".")


def fieldwork_span(first: dt.date, last: dt.date, months: tuple[str, ...]) -> str:
    """"5–7 June 2017", "30 May – 1 June 2017" or "31 December 2019 – 2 January 2020"."""
    if first.month == last.month:
        return f"{first.day}–{last.day} {months[last.month - 1]} {last.year}"
    if first.year == last.year:
        return (f"{first.day} {months[first.month - 1]} – {last.day} {months[last.month - 1]} "
                f"{last.year}")
    return (f"{first.day} {months[first.month - 1]} {first.year} – {last.day} "
            f"{months[last.month - 1]} {last.year}")


# --- an American election-forecast and data site ------------------------------------------

BL_REDESIGN = dt.date(2018, 8, 16)  # relaunched with its midterm forecast
BL_NEWSLETTER = dt.date(2017, 9, 5)
BL_METHOD = dt.date(2017, 3, 1)  # pollster ratings after the 2016 misses
BL_GITHUB = dt.date(2019, 1, 15)
US_GENERAL = ("2016-11-08", "2018-11-06", "2020-11-03", "2022-11-08")
US_OFF_YEAR = ("2015-11-03", "2017-11-07", "2019-11-05")
SUPER_TUESDAY = ("2016-03-01", "2020-03-03")
IOWA = ("2016-02-01", "2020-02-03")
GENERIC_BALLOT = (("2015-01-01", 1.0), ("2016-06-01", 3.5), ("2016-11-08", 1.2),
                  ("2017-06-01", 7.0), ("2017-12-20", 12.5), ("2018-06-01", 6.8),
                  ("2018-11-06", 7.3), ("2019-06-01", 6.5), ("2020-03-01", 6.5),
                  ("2020-10-15", 7.8), ("2021-01-10", 6.0))


def _bl_dated(day: dt.date) -> str:
    if day < BL_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year}, {{time12}} ET"


def _bl_countdown(day: dt.date) -> str:
    vote = next_vote(day, US_GENERAL)
    assert vote is not None
    if vote == day:
        return f"It's Election Day {day.year}: the first polls close at 6 p.m. ET"
    n = (vote - day).days
    kind = "general election" if vote.year % 4 == 0 else "midterm elections"
    return (f"{n} day{'s' * (n != 1)} until the {vote.year} {kind} "
            f"({MONTHS[vote.month - 1]} {vote.day})")


def generic_ballot(day: dt.date) -> float:
    """The Democrats' lead in the made-up generic-ballot average on `day` (negative: the
    Republicans lead)."""
    return drift(day, GENERIC_BALLOT) + 0.4 * noise(day, "generic")


def _bl_average(day: dt.date) -> str:
    lead = round(generic_ballot(day), 1)
    side = f"{'D' if lead >= 0 else 'R'}+{abs(lead):.1f}"
    return f"Generic ballot average, {MONTHS[day.month - 1][:3]} {day.day}: {side}"


@cache
def polls_in_database() -> dict[dt.date, int]:
    """The made-up number of polls in the database each Monday: more go in before a vote."""
    votes = [iso_day(v) for v in US_GENERAL + US_OFF_YEAR]
    out, total = {}, 8214
    monday = weekday_on_or_before(FIRST_DAY, 0)
    while monday <= LAST_DAY:
        out[monday] = total
        busy = any(dt.timedelta(0) <= v - monday <= dt.timedelta(days=70) for v in votes)
        total += 14 + int(8 * (1 + noise(monday, "polls"))) + 45 * busy
        monday += 7 * ONE
    return out


def _bl_database(day: dt.date) -> str:
    n = polls_in_database()[weekday_on_or_before(day, 0)]
    return f"Our database holds {n:,} polls and is updated every Monday."


@cache
def _bl_notice() -> Wordings:
    base = _steps((_OLD, "Get The Crosstab, our Sunday newsletter on polls and elections"),
                  (BL_NEWSLETTER.isoformat(), "📊 The Crosstab: polls, maps and models in your "
                                              "inbox every Sunday. Sign up free"))
    counting = [
        _span("2020-02-04", "2020-02-06", "Iowa's caucus results are delayed: we will update "
                                          "as the state party reports them"),
        _span("2020-11-05", "2020-11-09", "🗳️ Still counting: where the outstanding vote is "
                                          "in the battleground states"),
    ]
    nights = [_vote(day, f"🗳️ Election night {day[:4]}: live results and race calls from 7 "
                         f"p.m. ET", before=2, after=1) for day in US_GENERAL[:3]]
    primaries = [_vote(day, f"Super Tuesday {day[:4]}: live results from every state "
                            f"voting", before=2, after=0) for day in SUPER_TUESDAY]
    primaries += [_vote(day, f"Iowa caucuses {day[:4]}: follow the results with us",
                        before=3, after=0) for day in IOWA]
    off_year = [_vote(day, f"Off-year elections {day[:4]}: governors' races and ballot "
                           f"measures, live", before=1, after=0) for day in US_OFF_YEAR]
    return _calendar(base, counting, nights, primaries, off_year)


def ballotlens_style() -> PublisherStyle:
    """An American election-forecast and data site: a topic kicker, the short date turned
    "Updated" with the long date and Eastern time on the day its midterm forecast launched
    (a wording per day), "By" turned the writer with the beat, the days until the next
    general or midterm election (a wording per day), the day's generic-ballot average (a
    wording per day), a chart credit with the data source from a pool, a results table's
    header, "Related:" and advertisement markers up to twice, the averages' method reworded
    after 2016, the number of polls in the database (each Monday), a data-licence line
    reworded for GitHub, a newsletter line reworded and turned by election nights, Super
    Tuesday, the Iowa caucuses, off-year elections and the slow counts of 2020, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="ballotlens.com", site="BallotLens", base_size=250,
        subdomains=(("www.", 100),),
        sections=("polls", "forecast", "senate", "house", "governors", "redistricting"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("POLLS", "FORECAST", "SENATE", "HOUSE", "GOVERNORS", "REDISTRICTING",
                       "TURNOUT"),
            "beat": ("Elections Analyst", "Senior Polling Editor", "Data Reporter",
                     "Redistricting Reporter", "Politics Editor", "Elections Data Editor"),
            "source": ("state election offices", "the Census Bureau's Current Population "
                       "Survey", "our polling database", "the Federal Election Commission",
                       "county canvass reports"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_bl_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (BL_REDESIGN.isoformat(), "By {author} · {author_beat}")),
            _f("countdown", HEADER, 0.3, *_by_day(_bl_countdown)),
            _f("average", HEADER, 0.2, *_by_day(_bl_average)),
            _f("chart", MIDDLE, 0.35, (_OLD, "Chart: BallotLens · Source: {source} · Get the "
                                             "data")),
            _f("table-head", MIDDLE, 0.2, (_OLD, "Candidate | Party | Votes | Pct."),
               (BL_REDESIGN.isoformat(), "Candidate | Party | Votes | Share | Est. vote "
                                         "counted")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("method", FOOTER, 0.3,
               (_OLD, "Our polling averages weight each poll by its sample size and how "
                      "recently it was conducted."),
               (BL_METHOD.isoformat(), "Our averages weight polls by sample size, recency and "
                                       "pollster rating, and adjust for each firm's partisan "
                                       "lean.")),
            _f("database", FOOTER, 0.2, *_by_day(_bl_database)),
            _f("licence", FOOTER, 0.25,
               (_OLD, "Our poll data is free to reuse under a Creative Commons Attribution "
                      "4.0 license. Please credit BallotLens."),
               (BL_GITHUB.isoformat(), "Data: download our polls and forecasts on GitHub "
                                       "(CC BY 4.0). Please credit BallotLens.")),
            _f("notice", FOOTER, 0.3, *_bl_notice()),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} BallotLens Media, Inc. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "article misstated the margin in the 2016 "
                                                  "race.")),
        ),
    )


# --- a British polling firm's news pages --------------------------------------------------

HP_REDESIGN = dt.date(2017, 9, 4)
HP_EDUCATION = dt.date(2017, 7, 3)  # weighting by education after the 2017 election
HP_GDPR = dt.date(2018, 5, 25)
UK_LOCAL = ("2016-05-05", "2017-05-04", "2018-05-03", "2019-05-02")
HP_PANEL = (("2014-01-01", "120,000"), ("2016-01-01", "150,000"), ("2018-01-01", "185,000"),
            ("2020-01-01", "230,000"))
CON = (("2015-01-01", 32), ("2015-05-07", 37), ("2016-06-23", 36), ("2016-09-01", 41),
       ("2017-04-18", 44), ("2017-06-08", 42), ("2018-06-01", 40), ("2019-05-23", 24),
       ("2019-09-01", 32), ("2019-12-12", 44), ("2020-04-15", 50), ("2020-09-15", 40),
       ("2021-01-10", 40))
LAB = (("2015-01-01", 33), ("2015-05-07", 31), ("2016-06-23", 31), ("2017-04-18", 26),
       ("2017-06-08", 40), ("2018-06-01", 40), ("2019-05-23", 22), ("2019-09-01", 23),
       ("2019-12-12", 33), ("2020-04-15", 30), ("2020-09-15", 39), ("2021-01-10", 38))
LIBDEM = (("2015-01-01", 8), ("2015-05-07", 8), ("2017-06-08", 8), ("2018-06-01", 9),
      ("2019-05-23", 20), ("2019-09-01", 20), ("2019-12-12", 12), ("2020-04-15", 7),
      ("2021-01-10", 7))


def _hp_dated(day: dt.date) -> str:
    if day < HP_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def hp_thursday(day: dt.date) -> dt.date:
    """The Thursday the weekly poll out on `day` was published (fieldwork Tuesday and
    Wednesday)."""
    return weekday_on_or_before(day, 3)


def _hp_fieldwork(day: dt.date) -> str:
    thursday = hp_thursday(day)
    return (f"Fieldwork: {fieldwork_span(thursday - 2 * ONE, thursday - ONE, MONTHS)} · "
            f"Sample: {{sample}} GB adults")


def voting_intention(thursday: dt.date) -> tuple[int, int, int, int]:
    """The made-up weekly shares: Conservative, Labour, Liberal Democrat, others."""
    con = round(drift(thursday, CON) + 1.5 * noise(thursday, "con"))
    lab = round(drift(thursday, LAB) + 1.5 * noise(thursday, "lab"))
    ld = round(drift(thursday, LIBDEM) + noise(thursday, "ld"))
    return con, lab, ld, 100 - con - lab - ld


def _hp_vi(day: dt.date) -> str:
    thursday = hp_thursday(day)
    con, lab, ld, other = voting_intention(thursday)
    return (f"Westminster voting intention ({thursday.day} {MONTHS[thursday.month - 1][:3]}): "
            f"CON {con}%, LAB {lab}%, LD {ld}%, others {other}%")


def _hp_panel(value: str) -> str:
    return f"Our online panel has more than {value} members across Great Britain."


def _hp_panel_on(day: dt.date) -> str:
    return _hp_panel(value_on(day, HP_PANEL))


@cache
def _hp_notice() -> Wordings:
    base = _steps((_OLD, "Join our panel and earn points for every survey you complete"),
                  (HP_GDPR.isoformat(), "🔐 We have updated our privacy notice for the GDPR: "
                                        "see how we look after panel members' data"))
    campaigns = [
        _span("2015-03-30", "2015-05-08", "🗳️ General election 7 May 2015: every voting "
                                          "intention poll of our campaign in one place"),
        _span("2016-05-23", "2016-06-24", "🇪🇺 EU referendum, 23 June: our Remain and Leave "
                                          "tracker, updated twice a week"),
        _span("2016-06-25", "2016-07-15", "What happens after the vote to Leave? Read our "
                                          "post-referendum polling"),
        _span("2017-04-18", "2017-06-09", "🗳️ General election 8 June 2017: every voting "
                                          "intention poll of our campaign in one place"),
        _span("2019-05-13", "2019-05-24", "European Parliament elections, 23 May 2019: our "
                                          "final poll"),
        _span("2019-10-30", "2019-12-13", "🗳️ General election 12 December 2019: every voting "
                                          "intention poll of our campaign in one place"),
        _span("2020-03-23", "2020-06-30", "Our online fieldwork carries on as normal during "
                                          "the COVID-19 lockdown"),
    ]
    local = [_vote(day, f"Local elections {iso_day(day).day} May {day[:4]}: what our polling "
                        f"says about the results", before=7, after=1) for day in UK_LOCAL]
    return _calendar(base, campaigns, local)


def hartwell_style() -> PublisherStyle:
    """A British polling firm's news pages: a category from a pool, "Posted on" with the
    numeric date turned the weekday and the long date on 4 September 2017 (a wording per
    day), the writer with the role, the week's fieldwork dates with the sample from a pool
    and the week's voting intention (a wording per week, each Thursday), a margin-of-error
    line reworded, a data-tables line reworded, a results table's header, the weighting line
    reworded for education after the 2017 election, a panel line turned by the general
    elections, the EU referendum, local elections, the GDPR and the lockdown, the panel's
    size (changing some Januaries), the British Polling Council line, the media line and the
    company line (a block), a rare update."""
    return PublisherStyle(
        domain="hartwellpolling.co.uk", site="Hartwell Polling", base_size=220,
        subdomains=(("www.", 100),),
        sections=("politics", "brexit", "public-services", "scotland", "methodology"),
        n_authors=7, url_path="/news/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "category": ("Voting intention", "Leader ratings", "Brexit tracker",
                         "Public services", "Methodology", "Scottish politics"),
            "beat": ("Research Director", "Associate Director", "Head of Political Research",
                     "Senior Research Executive"),
            "sample": ("2,011", "2,034", "1,987", "2,102", "1,652", "4,069"),
        },
        families=(
            _f("category", HEADER, 0.55, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_hp_dated)),
            _f("author", HEADER, 0.5, (_OLD, "{author}, {author_beat}")),
            _f("fieldwork", HEADER, 0.4, *_by_day(_hp_fieldwork)),
            _f("vi", HEADER, 0.25, *_by_day(_hp_vi)),
            _f("moe", MIDDLE, 0.25,
               (_OLD, "Margin of error: ±3 points at the 95% confidence level."),
               (HP_REDESIGN.isoformat(), "As an online panel poll it has no true margin of "
                                         "error; a random sample of 2,000 would be accurate to "
                                         "±2 points.")),
            _f("tables", MIDDLE, 0.35, (_OLD, "Full data tables are available to download."),
               (HP_REDESIGN.isoformat(), "📎 Download the full tables (XLSX)")),
            _f("table-head", MIDDLE, 0.2, (_OLD, "Party | Share | Change on last poll")),
            _f("weighting", FOOTER, 0.3,
               (_OLD, "Data were weighted to be representative of all GB adults by age, "
                      "gender, region, social grade and past vote."),
               (HP_EDUCATION.isoformat(), "Data were weighted to be representative of all GB "
                                          "adults by age, gender, region, social grade, "
                                          "education and past vote.")),
            _f("notice", FOOTER, 0.3, *_hp_notice()),
            _f("panel", FOOTER, 0.15, *_by_day(_hp_panel_on)),
            _f("bpc", FOOTER, 0.45, (_OLD, "Hartwell Polling is a member of the British "
                                           "Polling Council and abides by its rules.")),
            _f("press", FOOTER, 0.4, (_OLD, "Media enquiries: press@hartwellpolling.co.uk · "
                                            "020 7946 0885")),
            _f("company", FOOTER, 0.3, (_OLD, "Hartwell Polling Ltd, registered in England and "
                                              "Wales no. 08815520. Company Partner of the "
                                              "Market Research Society.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the tables were reissued to correct a "
                                              "weighting error in the Scottish subsample.")),
        ),
    )


# --- a Spanish poll aggregator ------------------------------------------------------------

EM_REDESIGN = dt.date(2019, 3, 4)  # relaunched before the April 2019 general election
EM_TELEGRAM = dt.date(2018, 6, 2)
EM_METHOD = dt.date(2016, 9, 1)
VOX_FROM = dt.date(2018, 12, 3)  # in the average from the day after the Andalusian election
UNIDOS = dt.date(2016, 5, 13)
UNIDAS = dt.date(2019, 4, 1)
ES_VOTES = {"2015-03-22": "andaluzas", "2015-05-24": "municipales y autonómicas",
            "2015-09-27": "catalanas", "2015-12-20": "generales", "2016-06-26": "generales",
            "2016-09-25": "gallegas y vascas", "2017-12-21": "catalanas",
            "2018-12-02": "andaluzas", "2019-04-28": "generales",
            "2019-05-26": "municipales, autonómicas y europeas", "2019-11-10": "generales",
            "2020-07-12": "gallegas y vascas"}
CENSO = (("2011-11-20", "35.779.491"), ("2015-12-20", "36.510.952"),
         ("2016-06-26", "36.520.913"), ("2019-04-28", "36.893.976"),
         ("2019-11-10", "37.001.379"))
PP = (("2015-01-01", 27.0), ("2015-12-20", 28.7), ("2016-06-26", 33.0), ("2017-06-01", 29.0),
      ("2018-06-01", 22.0), ("2019-04-28", 16.7), ("2019-11-10", 20.8), ("2020-06-01", 21.0),
      ("2021-01-10", 20.0))
PSOE = (("2015-01-01", 22.0), ("2015-12-20", 22.0), ("2016-06-26", 22.6), ("2017-06-01", 22.0),
        ("2018-06-01", 26.0), ("2019-04-28", 28.7), ("2019-11-10", 28.0), ("2020-06-01", 29.0),
        ("2021-01-10", 27.0))
UP = (("2015-01-01", 26.0), ("2015-12-20", 20.7), ("2016-06-26", 21.1), ("2017-06-01", 20.0),
      ("2018-06-01", 16.0), ("2019-04-28", 14.3), ("2019-11-10", 12.9), ("2020-06-01", 11.0),
      ("2021-01-10", 11.0))
CS = (("2015-01-01", 8.0), ("2015-12-20", 13.9), ("2016-06-26", 13.1), ("2017-06-01", 15.0),
      ("2018-04-01", 27.0), ("2018-12-02", 19.0), ("2019-04-28", 15.9), ("2019-11-10", 6.8),
      ("2020-06-01", 8.0), ("2021-01-10", 8.0))
VOX = (("2018-12-03", 8.0), ("2019-04-28", 10.3), ("2019-11-10", 15.1), ("2020-06-01", 15.0),
       ("2021-01-10", 16.0))


def _em_dated(day: dt.date) -> str:
    if day < EM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return (f"Actualizado: {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} · {{time}} h")


def general_ban(day: dt.date) -> dt.date | None:
    """The general election whose five-day ban on publishing polls covers `day`, if any."""
    for text, kind in ES_VOTES.items():
        vote = iso_day(text)
        if kind == "generales" and vote - 5 * ONE <= day < vote:
            return vote
    return None


def up_name(day: dt.date) -> str:
    return "Podemos" if day < UNIDOS else "Unidos Podemos" if day < UNIDAS else "Unidas Podemos"


def _em_promedio(day: dt.date) -> str:
    vote = general_ban(day)
    if vote is not None:
        last = vote - 6 * ONE
        return (f"Promedio congelado por la veda electoral (último dato: {last.day} de "
                f"{MESES[last.month - 1]})")
    values = [("PP", drift(day, PP)), ("PSOE", drift(day, PSOE)), (up_name(day), drift(day, UP)),
              ("Cs", drift(day, CS))]
    if day >= VOX_FROM:
        values.append(("Vox", drift(day, VOX)))
    shares = " · ".join(f"{name} {comma(v + 0.3 * noise(day, name))} %" for name, v in values)
    return f"Promedio de encuestas ({day.day} de {MESES[day.month - 1]}): {shares}"


def _em_censo(value: str) -> str:
    return f"Censo electoral en las últimas generales: {value} electores"


def _em_censo_on(day: dt.date) -> str:
    return _em_censo(value_on(day, CENSO))


@cache
def _em_aviso() -> Wordings:
    base = _steps((_OLD, "Recibe cada nueva encuesta en tu correo: suscríbete al boletín de "
                         "Electómetro"),
                  (EM_TELEGRAM.isoformat(), "📲 Nuevo: recibe las encuestas al momento en "
                                            "Telegram y WhatsApp"))
    postponed = [_span("2020-03-16", "2020-03-31", "Aplazadas por el coronavirus las "
                                                   "elecciones gallegas y vascas del 5 de "
                                                   "abril")]
    bans: list[Event] = []
    nights: list[Event] = []
    for text, kind in ES_VOTES.items():
        vote = iso_day(text)
        bans.append((vote - 5 * ONE, vote,
                     f"⛔ Veda electoral: hasta el cierre de los colegios el {vote.day} de "
                     f"{MESES[vote.month - 1]} no se pueden publicar encuestas de las "
                     f"elecciones {kind}"))
        nights.append((vote, vote + 2 * ONE, f"🗳️ Noche electoral: el escrutinio de las "
                                              f"elecciones {kind}, en directo"))
    return _calendar(base, postponed, bans, nights)


def electometro_style() -> PublisherStyle:
    """A Spanish poll aggregator: a section from a pool, the numeric date and the time turned
    "Actualizado:" with the weekday and the long date on 4 March 2019 (a wording per day),
    "Por" turned the writer with the handle, the day's polling average (a wording per day;
    Unidos and Unidas Podemos and Vox join it on their days, frozen during the five-day ban
    before general elections), a poll's technical sheet with interviews, method and sampling
    error from pools, a seat table's header, "Te puede interesar:" and "Publicidad" up to
    twice, the method reworded, the electoral roll of the last general election (changing
    on each), a data-licence line, an alert line reworded and turned by the ban on polls and
    the election nights of every election and the postponed Galician and Basque votes, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="electometro.es", site="Electómetro", base_size=195,
        subdomains=(("www.", 100),),
        sections=("encuestas", "generales", "autonomicas", "municipales", "analisis"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "seccion": ("Encuestas", "Generales", "Autonómicas", "Municipales", "Europeas",
                        "Análisis"),
            "entrevistas": ("1.000", "1.200", "2.000", "2.500", "3.000", "1.100"),
            "metodo": ("telefónicas (CATI)", "online (CAWI)", "mixtas (CATI y CAWI)",
                       "presenciales"),
            "error": ("2,2", "2,8", "3,1", "1,8", "2,0"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_em_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (EM_REDESIGN.isoformat(), "Por {author} · {author_handle}")),
            _f("promedio", HEADER, 0.25, *_by_day(_em_promedio)),
            _f("ficha", MIDDLE, 0.35, (_OLD, "Ficha técnica: {entrevistas} entrevistas "
                                             "{metodo}. Error muestral: ±{error} % para un "
                                             "nivel de confianza del 95,5 % (p=q=0,5).")),
            _f("tabla", MIDDLE, 0.25, (_OLD, "Partido | Estimación de voto | Escaños")),
            _f("interesar", MIDDLE, 0.4, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("metodo", FOOTER, 0.3,
               (_OLD, "Nuestro promedio pondera cada encuesta por el tamaño de su muestra y su "
                      "antigüedad."),
               (EM_METHOD.isoformat(), "Nuestro promedio pondera cada encuesta por el tamaño "
                                       "de su muestra, su antigüedad y el acierto histórico "
                                       "de la empresa que la firma.")),
            _f("censo", FOOTER, 0.2, *_by_day(_em_censo_on)),
            _f("licencia", FOOTER, 0.25, (_OLD, "Los datos de Electómetro se publican con "
                                                "licencia CC BY 4.0: puedes reutilizarlos "
                                                "citando la fuente.")),
            _f("aviso", FOOTER, 0.3, *_em_aviso()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Electómetro · Aviso legal · Política "
                                                 "de cookies")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: una versión anterior de "
                                                     "este artículo atribuía la encuesta a otra "
                                                     "empresa.")),
        ),
    )


# --- an Indonesian regency's election commission ------------------------------------------

KP_REDESIGN = dt.date(2018, 2, 12)
KP_HASHTAG = dt.date(2018, 1, 15)
KP_SEHAT = dt.date(2020, 6, 15)  # the 2020 regional elections' stages resumed
KP_SIREKAP = dt.date(2020, 9, 1)
KP_CEKDPT = dt.date(2020, 7, 15)
KP_PERPPU = dt.date(2020, 5, 5)  # the 2020 vote moved from 23 September to 9 December
KP_VOTES = (("2015-12-09", "Pilkada Serentak 2015"), ("2019-04-17", "Pemilu Serentak 2019"))
DPT = (("2013-12-04", "401.872"), ("2015-10-10", "412.337"), ("2018-09-05", "436.118"),
       ("2018-12-15", "438.905"), ("2019-02-08", "439.562"), ("2020-10-14", "446.120"))


def _kp_dated(day: dt.date) -> str:
    if day < KP_REDESIGN:
        return f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year}"
    return f"Diposting pada {day.day} {BULAN[day.month - 1]} {day.year} pukul {{time}} WIB"


def kp_vote(day: dt.date) -> tuple[dt.date, str] | None:
    """The next vote the regency counts down to on `day` (the 2020 one moved in May 2020)."""
    pilkada_2020 = "2020-09-23" if day < KP_PERPPU else "2020-12-09"
    for text, name in KP_VOTES + ((pilkada_2020, "Pilkada Serentak 2020"),):
        if iso_day(text) >= day:
            return iso_day(text), name
    return None


def _kp_countdown(day: dt.date) -> str:
    found = kp_vote(day)
    if found is None:
        return ("Terima kasih atas partisipasi Anda dalam Pilkada Serentak 2020. Tetap patuhi "
                "protokol kesehatan.")
    vote, name = found
    if vote == day:
        return f"Hari ini pemungutan suara {name}: TPS dibuka pukul 07.00–13.00 WIB"
    return (f"H-{(vote - day).days} menuju pemungutan suara {name}, {HARI[vote.weekday()]}, "
            f"{vote.day} {BULAN[vote.month - 1]} {vote.year}")


def _kp_dpt(value: str) -> str:
    return (f"Daftar Pemilih Tetap (DPT) yang ditetapkan KPU Kabupaten Tanjung Sari: {value} "
            f"pemilih")


def _kp_dpt_on(day: dt.date) -> str:
    return _kp_dpt(value_on(day, DPT))


@cache
def _kp_pengumuman() -> Wordings:
    base = _steps((_OLD, "Layanan informasi publik: ajukan permohonan melalui PPID KPU "
                         "Kabupaten Tanjung Sari"),
                  (KP_REDESIGN.isoformat(), "📢 Pastikan Anda terdaftar sebagai pemilih: cek "
                                            "di lindungihakmu.kpu.go.id"),
                  (KP_CEKDPT.isoformat(), "📢 Pastikan Anda terdaftar sebagai pemilih: cek di "
                                          "cekdptonline.kpu.go.id"))
    tunda = [_span("2020-03-21", "2020-06-14", "Tahapan Pilkada Serentak 2020 ditunda "
                                               "sementara karena pandemi COVID-19")]
    tenang: list[Event] = []
    rekap: list[Event] = []
    for text in ("2015-12-09", "2019-04-17", "2020-12-09"):
        vote = iso_day(text)
        first, last = vote - 3 * ONE, vote - ONE
        tenang.append((first, vote, f"Masa tenang {first.day}–{last.day} {BULAN[last.month - 1]} "
                                    f"{last.year}: segala bentuk kampanye dilarang"))
        rekap.append((vote + ONE, vote + 10 * ONE, "Rekapitulasi hasil penghitungan suara "
                                                   "tingkat kecamatan dan kabupaten sedang "
                                                   "berlangsung"))
    return _calendar(base, tunda, tenang, rekap)


def kpu_tanjungsari_style() -> PublisherStyle:
    """An Indonesian regency's election commission: a category from a pool, the weekday and
    the long date turned "Diposting pada" with the time in WIB on 12 February 2018 (a
    wording per day), the writer turned the writer and the editor from a pool, the days to
    the next vote ("H-"; the 2020 regional vote moved from September to December), a notice
    turned by the quiet days before each vote, the recounts after them and the pandemic's
    postponement (and reworded for each voter-check site), "Baca juga:" up to twice, a
    "provisional results" notice reworded for Sirekap, a vote table's header, the hashtags
    reworded, the final voters' list (changing with each list), the source from a pool,
    the address and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kpu-tanjungsarikab.go.id", site="KPU Kabupaten Tanjung Sari", base_size=170,
        subdomains=(("", 70), ("www.", 30)),
        sections=("berita", "pengumuman", "sosialisasi", "tahapan", "hukum"),
        n_authors=5, url_path="/berita/{yyyy}/{mm}/{slug}",
        pools={
            "kategori": ("Berita", "Pengumuman", "Sosialisasi", "Tahapan Pemilu", "Hukum",
                         "Data dan Informasi"),
            "editor": ("Humas", "Subbagian Teknis Penyelenggaraan", "Tim Media Center"),
            "sumber": ("Humas KPU Kabupaten Tanjung Sari", "KPU RI", "Bawaslu", "Antara"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("tanggal", HEADER, 0.85, *_by_day(_kp_dated)),
            _f("penulis", HEADER, 0.5, (_OLD, "Penulis: {author}"),
               (KP_REDESIGN.isoformat(), "Penulis: {author} | Editor: {editor}")),
            _f("hitung-mundur", HEADER, 0.3, *_by_day(_kp_countdown)),
            _f("pengumuman", HEADER, 0.25, *_kp_pengumuman()),
            _f("baca-juga", MIDDLE, 0.35, (_OLD, "Baca juga: {other_title}"), count=2),
            _f("sementara", MIDDLE, 0.2,
               (_OLD, "Data Situng merupakan hasil penghitungan sementara, bukan hasil resmi. "
                      "Hasil resmi ditetapkan melalui rekapitulasi berjenjang."),
               (KP_SIREKAP.isoformat(), "Publikasi Sirekap merupakan alat bantu, bukan hasil "
                                        "resmi. Hasil resmi ditetapkan melalui rekapitulasi "
                                        "berjenjang.")),
            _f("tabel", MIDDLE, 0.2, (_OLD, "No. | Pasangan Calon | Perolehan Suara | "
                                            "Persentase")),
            _f("tagar", FOOTER, 0.4, (_OLD, "#AyoMemilih #PilkadaDamai"),
               (KP_HASHTAG.isoformat(), "#KPUMelayani #PemiluBerintegritas"),
               (KP_SEHAT.isoformat(), "#PilkadaSehat #KPUMelayani")),
            _f("dpt", FOOTER, 0.15, *_by_day(_kp_dpt_on)),
            _f("sumber", FOOTER, 0.3, (_OLD, "Sumber: {sumber}")),
            _f("alamat", FOOTER, 0.35, (_OLD, "Jl. Merdeka No. 17 · Telp. (0711) 555 204 · "
                                              "Email: info@kpu-tanjungsarikab.go.id")),
            _f("hak-cipta", FOOTER, 0.35, (_OLD, "Hak Cipta © {year} KPU Kabupaten Tanjung "
                                                 "Sari. Seluruh hak dilindungi.")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: rapat pleno terbuka diundur menjadi pukul "
                                             "13.00 WIB.")),
        ),
    )


# --- a Polish polling firm ----------------------------------------------------------------

KW_REDESIGN = dt.date(2018, 9, 3)
KW_LICENCE = dt.date(2017, 1, 2)
PL_VOTES = ("2015-05-10", "2015-05-24", "2015-09-06", "2015-10-25", "2018-10-21",
            "2018-11-04", "2019-05-26", "2019-10-13", "2020-06-28", "2020-07-12")


def _kw_dated(day: dt.date) -> str:
    if day < KW_REDESIGN:
        return f"Warszawa, {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Warszawa, {day.day} {MIESIACE[day.month - 1]} {day.year} r."


def _kw_proba(day: dt.date) -> str:
    thursday = weekday_on_or_before(day, 3)
    return (f"Badanie zrealizowano w dniach "
            f"{fieldwork_span(thursday - 10 * ONE, thursday - 8 * ONE, MIESIACE)} r. metodą "
            f"{{metoda}} na reprezentatywnej próbie {{proba}} dorosłych mieszkańców Polski.")


@cache
def _kw_cisza() -> Wordings:
    base = _steps((_OLD, "Najnowsze wyniki badań publikujemy w każdy czwartek"),
                  (KW_REDESIGN.isoformat(), "📈 Raporty z badań w każdy czwartek: zapisz się "
                                            "na powiadomienia e-mail"))
    maj = [_span("2020-05-07", "2020-05-10", "Głosowanie zaplanowane na 10 maja 2020 r. nie "
                                             "odbędzie się; czekamy na nowy termin wyborów "
                                             "prezydenckich")]
    cisza = [(iso_day(v) - ONE, iso_day(v) + ONE,
              f"🤫 Trwa cisza wyborcza. Do zakończenia głosowania ({iso_day(v).day} "
              f"{MIESIACE[iso_day(v).month - 1]}, godz. 21:00) nie publikujemy wyników sondaży.")
             for v in PL_VOTES]
    wieczor = [(iso_day(v) + ONE, iso_day(v) + 3 * ONE, "Wyniki late poll i pierwsze dane PKW: "
                                                        "nasze omówienie") for v in PL_VOTES]
    return _calendar(base, maj, cisza, wieczor)


def kwadrant_style() -> PublisherStyle:
    """A Polish polling firm: "Komunikat z badań", the place and the numeric date turned the
    long date in the genitive with "r." on 3 September 2018 (a wording per day), the
    writer, a weekly fieldwork line with the method and sample from pools (a wording per
    week), the margin-of-error line, a results table's header, "Zobacz także:", a reports
    line reworded and turned by the electoral silence before every vote, the nights after
    them and the presidential vote of 10 May 2020 that did not take place, a quoting line
    reworded as a CC BY licence, the OFBOR membership, the media contact and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="kwadrant-badania.pl", site="Kwadrant", base_size=150,
        subdomains=(("www.", 100),),
        sections=("polityka", "spoleczenstwo", "gospodarka", "wybory"),
        n_authors=4, url_path="/komunikaty/{yyyy}/{slug}",
        pools={
            "metoda": ("CATI", "CAWI", "mixed-mode (CATI i CAWI)", "CAPI"),
            "proba": ("1000", "1005", "1012", "1100", "1017"),
        },
        families=(
            _f("komunikat", HEADER, 0.55, (_OLD, "Komunikat z badań")),
            _f("data", HEADER, 0.85, *_by_day(_kw_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Opracowanie: {author}"),
               (KW_REDESIGN.isoformat(), "Autor raportu: {author}")),
            _f("cisza", HEADER, 0.3, *_kw_cisza()),
            _f("proba", MIDDLE, 0.35, *_by_day(_kw_proba)),
            _f("blad", MIDDLE, 0.3, (_OLD, "Maksymalny błąd oszacowania dla próby tej "
                                           "wielkości wynosi ±3 punkty procentowe.")),
            _f("tabela", MIDDLE, 0.25, (_OLD, "Ugrupowanie | Poparcie (%) | Zmiana (pkt proc.)")),
            _f("zobacz", MIDDLE, 0.3, (_OLD, "Zobacz także: {other_title}")),
            _f("cytowanie", FOOTER, 0.4,
               (_OLD, "Wykorzystanie wyników badania dozwolone wyłącznie z podaniem źródła: "
                      "Kwadrant."),
               (KW_LICENCE.isoformat(), "Wyniki badań Kwadrant udostępniamy na licencji CC BY "
                                        "4.0: przy publikacji prosimy podać źródło.")),
            _f("ofbor", FOOTER, 0.3, (_OLD, "Kwadrant jest członkiem Organizacji Firm Badania "
                                            "Opinii i Rynku (OFBOR).")),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Kontakt dla mediów: media@kwadrant-badania.pl, "
                                              "tel. 22 555 41 90")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© 2008–{year} Kwadrant Sp. z o.o. Wszelkie "
                                                 "prawa zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji "
                                                    "komunikatu podano błędną wielkość "
                                                    "próby.")),
        ),
    )


# --- a Kenyan election-data site (in Swahili) ---------------------------------------------

TK_REDESIGN = dt.date(2017, 6, 1)  # Madaraka Day
TK_FORMS = dt.date(2017, 8, 9)  # forms 34A online after the 2017 vote
KE_ELECTION = dt.date(2017, 8, 8)
KE_ANNULLED = dt.date(2017, 9, 1)
KE_OCT17 = dt.date(2017, 9, 4)  # the fresh presidential vote set for 17 October...
KE_OCT26 = dt.date(2017, 9, 21)  # ...and moved to 26 October
KE_REGISTER = (("2013-02-18", "milioni 14.3 (2013)"), ("2017-06-20", "milioni 19.6 (2017)"))


def _tk_dated(day: dt.date) -> str:
    if day < TK_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Ilisasishwa: {SIKU[day.weekday()]}, {day.day} {MIEZI[day.month - 1]} {day.year}, "
            f"{{time}} EAT")


def ke_vote(day: dt.date) -> tuple[dt.date, str] | None:
    """The vote the site counts down to on `day` (None between the ruling and the new date)."""
    if day <= KE_ELECTION:
        return KE_ELECTION, "Uchaguzi Mkuu"
    if day < KE_ANNULLED:
        return dt.date(2022, 8, 9), "Uchaguzi Mkuu"
    if day < KE_OCT17:
        return None
    if day < KE_OCT26:
        return dt.date(2017, 10, 17), "uchaguzi mpya wa urais"
    if day <= dt.date(2017, 10, 26):
        return dt.date(2017, 10, 26), "uchaguzi mpya wa urais"
    return dt.date(2022, 8, 9), "Uchaguzi Mkuu"


def _tk_countdown(day: dt.date) -> str:
    found = ke_vote(day)
    if found is None:
        return ("Mahakama ya Juu imebatilisha uchaguzi wa urais; IEBC itatangaza tarehe ya "
                "uchaguzi mpya")
    vote, name = found
    if vote == day:
        return ("Leo ni siku ya kupiga kura: vituo viko wazi kuanzia saa 12 asubuhi hadi saa 11 "
                "jioni")
    return (f"Zimebaki siku {(vote - day).days:,} kabla ya {name} ({vote.day} "
            f"{MIEZI[vote.month - 1]} {vote.year})")


def _tk_register_on(day: dt.date) -> str:
    return f"Wapiga kura waliosajiliwa na IEBC: {value_on(day, KE_REGISTER)}"


def takwimu_style() -> PublisherStyle:
    """A Kenyan election-data site, in Swahili: a section from a pool, the numeric date turned
    "Ilisasishwa:" with the weekday, the long date and the time in EAT on Madaraka Day 2017
    (a wording per day), "Na" with the writer turned the writer and the town from a pool,
    the days to the next vote (the 2017 general election, the fresh presidential vote after
    the Supreme Court's ruling, set for 17 October and moved to 26 October, then 2022: a
    wording per day), a poll's sample and margin of error from pools, a results table's
    header, "Soma pia:" up to twice, "TANGAZO", a "provisional results" notice reworded for
    forms 34A, the registered voters (changing with the 2017 register), a data-licence
    line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="takwimuzakura.co.ke", site="Takwimu za Kura", base_size=130,
        subdomains=(("www.", 100),),
        sections=("uchaguzi", "kura-za-maoni", "takwimu", "bunge", "kaunti"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "kundi": ("Uchaguzi", "Kura za Maoni", "Takwimu", "Bunge", "Kaunti", "Uchambuzi"),
            "mji": ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
            "wahojiwa": ("1,500", "2,000", "2,400", "1,800"),
            "moe": ("2.1", "2.5", "2.8"),
        },
        families=(
            _f("kundi", HEADER, 0.5, (_OLD, "{kundi}")),
            _f("tarehe", HEADER, 0.85, *_by_day(_tk_dated)),
            _f("mwandishi", HEADER, 0.55, (_OLD, "Na {author}"),
               (TK_REDESIGN.isoformat(), "Na {author}, {mji}")),
            _f("siku", HEADER, 0.3, *_by_day(_tk_countdown)),
            _f("utafiti", MIDDLE, 0.3, (_OLD, "Utafiti huu ulihusisha wahojiwa {wahojiwa} kutoka "
                                              "kaunti zote 47; kiwango cha makosa ni "
                                              "±{moe}%.")),
            _f("jedwali", MIDDLE, 0.25, (_OLD, "Mgombea | Chama | Kura | Asilimia")),
            _f("soma-pia", MIDDLE, 0.35, (_OLD, "Soma pia: {other_title}"), count=2),
            _f("tangazo", MIDDLE, 0.3, (_OLD, "TANGAZO")),
            _f("matokeo", FOOTER, 0.25,
               (_OLD, "Matokeo haya ni ya muda; matokeo rasmi hutangazwa na IEBC pekee."),
               (TK_FORMS.isoformat(), "Matokeo haya ni ya muda, kutoka fomu 34A zilizowekwa "
                                      "kwenye tovuti ya IEBC. Matokeo rasmi hutangazwa na IEBC "
                                      "pekee.")),
            _f("wapiga-kura", FOOTER, 0.2, *_by_day(_tk_register_on)),
            _f("leseni", FOOTER, 0.25, (_OLD, "Takwimu zetu ni huru kutumika chini ya leseni "
                                              "ya Creative Commons (CC BY 4.0); tafadhali taja "
                                              "Takwimu za Kura.")),
            _f("haki", FOOTER, 0.35, (_OLD, "© {year} Takwimu za Kura. Haki zote "
                                            "zimehifadhiwa.")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: habari hii imerekebishwa "
                                                   "kuonyesha idadi sahihi ya vituo vya "
                                                   "kupigia kura.")),
        ),
    )


# --- a Greek poll aggregator --------------------------------------------------------------

PS_REDESIGN = dt.date(2019, 5, 13)
PS_NEWSLETTER = dt.date(2018, 10, 1)
KINAL_FROM = dt.date(2018, 3, 12)
GR_VOTES = {"2015-01-25": "Βουλευτικές εκλογές", "2015-07-05": "Δημοψήφισμα",
            "2015-09-20": "Βουλευτικές εκλογές", "2019-05-26": "Ευρωεκλογές και "
            "αυτοδιοικητικές εκλογές", "2019-06-02": "Β΄ γύρος αυτοδιοικητικών εκλογών",
            "2019-07-07": "Βουλευτικές εκλογές"}
GR_REGISTERED = (("2012-06-17", "9.947.876"), ("2015-01-25", "9.911.495"),
                 ("2015-09-20", "9.836.997"), ("2019-07-07", "9.960.749"))
ND = (("2015-01-01", 28.0), ("2015-01-25", 27.8), ("2015-07-05", 24.0), ("2015-09-20", 28.1),
      ("2016-06-01", 30.0), ("2017-06-01", 33.0), ("2018-06-01", 32.0), ("2019-05-26", 33.1),
      ("2019-07-07", 39.8), ("2020-06-01", 44.0), ("2021-01-10", 42.0))
SYRIZA = (("2015-01-01", 33.0), ("2015-01-25", 36.3), ("2015-07-05", 37.0),
          ("2015-09-20", 35.5), ("2016-06-01", 22.0), ("2017-06-01", 20.0),
          ("2018-06-01", 22.0), ("2019-05-26", 23.8), ("2019-07-07", 31.5),
          ("2020-06-01", 25.0), ("2021-01-10", 27.0))
THIRD = (("2015-01-01", 5.0), ("2015-09-20", 6.3), ("2017-06-01", 6.0), ("2018-06-01", 7.0),
         ("2019-07-07", 8.1), ("2021-01-10", 6.0))


def _ps_dated(day: dt.date) -> str:
    if day < PS_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"
    return f"Δημοσιεύθηκε: {IMERES[day.weekday()]} {day.day} {MINES[day.month - 1]} {day.year}"


def _ps_average(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0)
    third = "ΚΙΝΑΛ" if monday >= KINAL_FROM else "ΠΑΣΟΚ"
    values = [("ΝΔ", drift(monday, ND)), ("ΣΥΡΙΖΑ", drift(monday, SYRIZA)),
              (third, drift(monday, THIRD))]
    shares = " · ".join(f"{name} {comma(v + 0.5 * noise(monday, name))}%" for name, v in values)
    return f"Μέσος όρος δημοσκοπήσεων ({monday.day} {MINES[monday.month - 1]}): {shares}"


def _ps_registered_on(day: dt.date) -> str:
    return f"Εγγεγραμμένοι εκλογείς στις τελευταίες βουλευτικές: {value_on(day, GR_REGISTERED)}"


@cache
def _ps_eklogi() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε το Ψηφοδέλτιο στο Twitter για κάθε νέα μέτρηση"),
                  (PS_NEWSLETTER.isoformat(), "📬 Κάθε Δευτέρα ο μέσος όρος των δημοσκοπήσεων "
                                              "στο email σας"))
    votes = [_vote(day, f"{kind} {iso_day(day).day} {MINES[iso_day(day).month - 1]}: τα "
                        f"αποτελέσματα σε πραγματικό χρόνο από τις 19:00", before=3, after=1)
             for day, kind in GR_VOTES.items()]
    return _calendar(base, votes)


def psifodeltio_style() -> PublisherStyle:
    """A Greek poll aggregator: a section from a pool, the numeric date and the time turned
    "Δημοσιεύθηκε:" with the weekday and the long date in the genitive on 13 May 2019 (a
    wording per day), the writer, the week's polling average (each Monday; ΚΙΝΑΛ replaces
    ΠΑΣΟΚ in 2018), a poll's technical details from pools, a table's header, "Διαβάστε
    επίσης:" up to twice, "ΔΙΑΦΗΜΙΣΗ", a social line reworded and turned by each election and
    the 2015 referendum, the registered voters at the last general election, a sources line,
    a data-licence line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="psifodeltio.gr", site="Ψηφοδέλτιο", base_size=110,
        subdomains=(("www.", 100),),
        sections=("dimoskopiseis", "ekloges", "analysi", "aftodioikisi"),
        n_authors=4, url_path="/{section}/{n}/{slug}",
        pools={
            "enotita": ("Δημοσκοπήσεις", "Εκλογές", "Ευρωεκλογές", "Αυτοδιοικητικές",
                        "Ανάλυση"),
            "etaireia": ("Metron Analysis", "MRB", "Pulse RC", "Marc", "GPO", "Alco"),
            "deigma": ("1.002", "1.015", "1.200", "800", "1.500"),
            "sfalma": ("3,1", "2,8", "3,5", "2,5"),
        },
        families=(
            _f("enotita", HEADER, 0.5, (_OLD, "{enotita}")),
            _f("imerominia", HEADER, 0.85, *_by_day(_ps_dated)),
            _f("syntaktis", HEADER, 0.5, (_OLD, "Συντάκτης: {author}")),
            _f("mesos-oros", HEADER, 0.2, *_by_day(_ps_average)),
            _f("eklogi", HEADER, 0.3, *_ps_eklogi()),
            _f("taftotita", MIDDLE, 0.35, (_OLD, "Ταυτότητα έρευνας: {etaireia}, δείγμα "
                                                 "{deigma} ατόμων, τηλεφωνικές συνεντεύξεις, "
                                                 "μέγιστο σφάλμα ±{sfalma}%.")),
            _f("pinakas", MIDDLE, 0.25, (_OLD, "Κόμμα | Πρόθεση ψήφου | Εκτίμηση ψήφου")),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}"), count=2),
            _f("diafimisi", MIDDLE, 0.3, (_OLD, "ΔΙΑΦΗΜΙΣΗ")),
            _f("eggegrammenoi", FOOTER, 0.15, *_by_day(_ps_registered_on)),
            _f("piges", FOOTER, 0.3, (_OLD, "Οι μετρήσεις προέρχονται από τα δελτία τύπου των "
                                            "εταιρειών· η επεξεργασία είναι του Ψηφοδέλτιου.")),
            _f("adeia", FOOTER, 0.3, (_OLD, "Τα δεδομένα του Ψηφοδέλτιου διατίθενται με άδεια "
                                            "Creative Commons Αναφορά 4.0 (CC BY 4.0).")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ψηφοδέλτιο. Με την επιφύλαξη παντός "
                                                 "δικαιώματος.")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: σε προηγούμενη εκδοχή του άρθρου "
                                                 "αναφερόταν λάθος μέγεθος δείγματος.")),
        ),
    )


# --- a Mexican state electoral institute's press office -----------------------------------

IE_REDESIGN = dt.date(2018, 1, 15)
IE_REFORM = dt.date(2017, 9, 8)  # independent candidacies in the tables from the 2017-2018 process
MX_VOTES = {"2015-06-07": "Jornada Electoral 2015", "2017-06-04": "Jornada Electoral 2017",
            "2018-07-01": "Jornada Electoral 2018"}
IE_PROCESO = (("2014-10-07", "Proceso Electoral Local Ordinario 2014-2015"),
              ("2016-09-15", "Proceso Electoral Local Ordinario 2016-2017"),
              ("2017-09-08", "Proceso Electoral Local Ordinario 2017-2018"),
              ("2020-09-07", "Proceso Electoral Local Ordinario 2020-2021"))


def _ie_dated(day: dt.date) -> str:
    if day < IE_REDESIGN:
        return f"San Andrés del Valle, a {day.day} de {MESES[day.month - 1]} de {day.year}."
    return (f"San Andrés del Valle, {DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} "
            f"de {day.year}")


def lista_nominal(day: dt.date) -> tuple[dt.date, int]:
    """The cut-off day and the made-up number of voters of the state's roll published on
    `day` (each 10th, cut off at the end of the month before)."""
    published = day.replace(day=10)
    if day < published:
        published = (published - 20 * ONE).replace(day=10)
    cutoff = published.replace(day=1) - ONE
    months = (cutoff.year - 2014) * 12 + cutoff.month
    return cutoff, 2_412_000 + 2_350 * months + int(900 * noise(cutoff, "lista"))


def _ie_lista(day: dt.date) -> str:
    cutoff, n = lista_nominal(day)
    return (f"Lista nominal con corte al {cutoff.day} de {MESES[cutoff.month - 1]} de "
            f"{cutoff.year}: {n:,} ciudadanas y ciudadanos")


def _ie_proceso_on(day: dt.date) -> str:
    return value_on(day, IE_PROCESO)


@cache
def _ie_aviso() -> Wordings:
    base = _steps((_OLD, "Ubica tu casilla: consulta el encarte en ieta.org.mx/casillas"))
    covid = [_span("2020-03-23", "2020-08-31", "Por la contingencia sanitaria por COVID-19 la "
                                               "atención presencial está suspendida")]
    veda: list[Event] = []
    jornada: list[Event] = []
    for text, name in MX_VOTES.items():
        vote = iso_day(text)
        first, last = vote - 3 * ONE, vote - ONE
        veda.append((first, vote, f"Veda electoral del {first.day} al {last.day} de "
                                  f"{MESES[last.month - 1]}: no hay actos de campaña ni "
                                  f"difusión de encuestas"))
        jornada.append((vote, vote + 4 * ONE, f"{name}: consulta los resultados preliminares "
                                              f"en el PREP y el avance de los cómputos"))
    return _calendar(base, covid, veda, jornada)


def ieta_style() -> PublisherStyle:
    """A Mexican state electoral institute's press office: the press-release number, the
    place and the long date turned the weekday on 15 January 2018 (a wording per day), the
    electoral process in progress (changing when each begins), a notice turned by the
    blackout before each election day, election day with the PREP and the pandemic's
    closure, a PREP notice reworded, a table's header reworded for independent candidacies,
    "Consulta también:", the state's roll (each month), the social-communication contact,
    the privacy notice and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="ieta.org.mx", site="Instituto Electoral de Tierra Alta", base_size=90,
        subdomains=(("www.", 100),),
        sections=("comunicados", "proceso-electoral", "consejo-general", "educacion-civica"),
        n_authors=3, url_path="/{section}/{yyyy}/{slug}",
        families=(
            _f("comunicado", HEADER, 0.6, (_OLD, "Comunicado de prensa núm. {count}")),
            _f("fecha", HEADER, 0.8, *_by_day(_ie_dated)),
            _f("proceso", HEADER, 0.35, *_by_day(_ie_proceso_on)),
            _f("aviso", HEADER, 0.3, *_ie_aviso()),
            _f("prep", MIDDLE, 0.2,
               (_OLD, "Los resultados del PREP son preliminares y de carácter informativo."),
               (IE_REFORM.isoformat(), "Los resultados del PREP son preliminares y no tienen "
                                       "efectos jurídicos; los oficiales son los de los "
                                       "cómputos distritales y municipales.")),
            _f("tabla", MIDDLE, 0.25, (_OLD, "Partido o coalición | Votos | Porcentaje"),
               (IE_REFORM.isoformat(), "Partido, coalición o candidatura independiente | Votos "
                                       "| %")),
            _f("consulta", MIDDLE, 0.25, (_OLD, "Consulta también: {other_title}")),
            _f("lista", FOOTER, 0.2, *_by_day(_ie_lista)),
            _f("contacto", FOOTER, 0.35, (_OLD, "Coordinación de Comunicación Social · "
                                                "comunicacion@ieta.org.mx · (228) 555 0140")),
            _f("privacidad", FOOTER, 0.3, (_OLD, "Aviso de privacidad: los datos personales "
                                                 "recabados se protegen conforme a la ley "
                                                 "estatal de la materia.")),
            _f("derechos", FOOTER, 0.3, (_OLD, "© {year} Instituto Electoral de Tierra Alta. "
                                               "Algunos derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: la sesión del Consejo "
                                                     "General es a las 17:00 horas.")),
        ),
    )


# --- an American county board of elections ------------------------------------------------

MC_REDESIGN = dt.date(2019, 1, 7)
MC_MAIL = dt.date(2020, 5, 1)
MC_MOVED = dt.date(2020, 3, 16)  # the 2020 primary moved from 17 March to 2 June
MC_VOTES = (("2015-11-03", "General Election"), ("2016-03-15", "Primary Election"),
            ("2016-11-08", "General Election"), ("2017-05-02", "Primary Election"),
            ("2017-11-07", "General Election"), ("2018-05-08", "Primary Election"),
            ("2018-11-06", "General Election"), ("2019-05-07", "Primary Election"),
            ("2019-11-05", "General Election"), ("2020-06-02", "Primary Election"),
            ("2020-11-03", "General Election"), ("2021-05-04", "Primary Election"))
POLL_WORKER_PAY = (("2012-01-01", "130"), ("2018-01-01", "150"), ("2020-07-01", "200"))


def mc_votes(day: dt.date) -> list[tuple[dt.date, str]]:
    """The county's votes as known on `day` (the 2020 primary on 17 March until it moved)."""
    votes = [(iso_day(text), kind) for text, kind in MC_VOTES]
    if day < MC_MOVED:
        votes = [(dt.date(2020, 3, 17), kind) if vote == dt.date(2020, 6, 2) else (vote, kind)
                 for vote, kind in votes]
    return votes


def _mc_dated(day: dt.date) -> str:
    if day < MC_REDESIGN:
        return f"Posted on {day.month}/{day.day}/{day.year}"
    return f"Published {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _mc_countdown(day: dt.date) -> str:
    vote, kind = next((v, k) for v, k in mc_votes(day) if v >= day)
    if vote == day:
        return "Today is Election Day: polls are open from 6:30 a.m. to 7:30 p.m."
    n = (vote - day).days
    closes = vote - 30 * ONE
    return (f"{n} day{'s' * (n != 1)} until the {kind}, {MONTHS[vote.month - 1]} {vote.day}, "
            f"{vote.year}. Registration closes {MONTHS[closes.month - 1]} {closes.day}.")


def _mc_unofficial(day: dt.date) -> str:
    last = max(v for v, _ in mc_votes(day) if v <= day) if day >= dt.date(2015, 11, 3) else (
        dt.date(2014, 11, 4))
    certified = last + 14 * ONE
    return (f"Unofficial results. The {MONTHS[last.month - 1]} {last.day}, {last.year} results "
            f"will be certified on {MONTHS[certified.month - 1]} {certified.day}.")


def _mc_pay_on(day: dt.date) -> str:
    return (f"Become a poll worker: you will be paid ${value_on(day, POLL_WORKER_PAY)} for "
            f"Election Day and training.")


def marlow_style() -> PublisherStyle:
    """An American county board of elections: "Posted on" with the numeric date turned
    "Published" with the weekday and the long date on 7 January 2019 (a wording per day),
    the days until the next primary or general election with the registration deadline (a
    wording per day; the 2020 primary moved from March to June), an "unofficial results"
    line naming the last election and its certification day, a turnout table's header, the
    poll workers' pay (raised in 2018 and for 2020), an accessibility line, a mail-ballot line
    reworded for 2020, the phone line and the address (a block), a rare update."""
    return PublisherStyle(
        domain="marlowcountyvotes.gov", site="Marlow County Board of Elections", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "results", "voters", "candidates"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_mc_dated)),
            _f("countdown", HEADER, 0.35, *_by_day(_mc_countdown)),
            _f("unofficial", MIDDLE, 0.2, *_by_day(_mc_unofficial)),
            _f("table-head", MIDDLE, 0.25, (_OLD, "Precincts reporting | Registered voters | "
                                                  "Ballots cast | Turnout")),
            _f("pay", FOOTER, 0.2, *_by_day(_mc_pay_on)),
            _f("access", FOOTER, 0.15, (_OLD, "All polling places are accessible to voters with "
                                              "disabilities. Curbside voting is available on "
                                              "request.")),
            _f("mail", FOOTER, 0.3,
               (_OLD, "Absentee ballot applications must reach our office by 5 p.m. on the "
                      "Tuesday before Election Day."),
               (MC_MAIL.isoformat(), "Any registered voter may vote by mail this year. Track "
                                     "your ballot at marlowcountyvotes.gov/track.")),
            _f("phone", FOOTER, 0.4, (_OLD, "Questions? Call (555) 010-4400, Monday to Friday, "
                                            "8 a.m. to 4:30 p.m.")),
            _f("address", FOOTER, 0.35, (_OLD, "Marlow County Board of Elections · 200 Court "
                                               "Street, Room 104")),
            _f("update", HEADER, 0.04, (_OLD, "Update: results were updated at 11:45 p.m. to "
                                              "include the last two precincts.")),
        ),
    )


# --- an Indonesian survey and quick-count firm ----------------------------------------------

LD_RILIS = dt.date(2017, 1, 1)
LD_KPU = dt.date(2019, 2, 1)  # registered with the KPU for the 2019 quick count
ID_VOTES = ("2015-12-09", "2017-02-15", "2017-04-19", "2018-06-27", "2019-04-17",
            "2020-12-09")


def _ld_dated(day: dt.date) -> str:
    return f"Jakarta, {day.day} {BULAN[day.month - 1]} {day.year}"


@cache
def _ld_hitung() -> Wordings:
    base = _steps((_OLD, "Hasil survei merupakan potret opini publik saat survei dilakukan, "
                         "bukan prediksi hasil pemilihan."))
    votes = [_vote(day, "Hasil hitung cepat baru dipublikasikan pukul 15.00 WIB, dua jam setelah "
                        "pemungutan suara di wilayah Indonesia bagian barat selesai.",
                   before=0, after=1) for day in ID_VOTES]
    return _calendar(base, votes)


def lingkar_style() -> PublisherStyle:
    """An Indonesian survey and quick-count firm: "Rilis Survei" reworded with quick counts,
    the place and the long date (a wording per day), the method line with the respondents
    and the margin of error from pools, a disclaimer turned on each election day by the
    quick-count publication rule, "Baca juga:", the Persepi membership, the funding line
    reworded for the KPU's registration, the contact and the copyright line with its
    quoting licence (a block), a rare correction."""
    return PublisherStyle(
        domain="lingkardata.id", site="Lingkar Data Survei", base_size=55,
        subdomains=(("www.", 100),),
        sections=("rilis", "survei", "hitung-cepat"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "responden": ("1.200", "1.220", "2.400", "1.600"),
            "moe": ("2,8", "2,9", "2,0", "2,5"),
        },
        families=(
            _f("rilis", HEADER, 0.55, (_OLD, "Rilis Survei"),
               (LD_RILIS.isoformat(), "Rilis Survei & Hitung Cepat")),
            _f("tanggal", HEADER, 0.8, *_by_day(_ld_dated)),
            _f("metodologi", MIDDLE, 0.35, (_OLD, "Survei dilakukan terhadap {responden} "
                                                  "responden dengan metode multistage random "
                                                  "sampling; margin of error ±{moe} persen pada "
                                                  "tingkat kepercayaan 95 persen.")),
            _f("hitung-cepat", HEADER, 0.3, *_ld_hitung()),
            _f("baca", MIDDLE, 0.3, (_OLD, "Baca juga: {other_title}")),
            _f("persepi", FOOTER, 0.35, (_OLD, "Lingkar Data Survei adalah anggota Perhimpunan "
                                               "Survei Opini Publik Indonesia (Persepi).")),
            _f("dana", FOOTER, 0.3, (_OLD, "Survei ini dibiayai secara mandiri oleh Lingkar Data "
                                           "Survei."),
               (LD_KPU.isoformat(), "Sumber dana: mandiri. Lingkar Data Survei terdaftar di KPU "
                                    "sebagai lembaga survei dan hitung cepat Pemilu 2019.")),
            _f("narahubung", FOOTER, 0.3, (_OLD, "Narahubung: {author} · 0812-5550-1234")),
            _f("hak-cipta", FOOTER, 0.3, (_OLD, "© {year} Lingkar Data Survei. Data boleh "
                                                "dikutip dengan menyebutkan sumbernya.")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: angka elektabilitas pada grafik kedua telah "
                                             "diperbaiki.")),
        ),
    )


# --- a Polish electoral-map blog ----------------------------------------------------------

MW_REDESIGN = dt.date(2019, 8, 1)
MW_PATRONITE = dt.date(2018, 4, 1)
KO_FROM = dt.date(2018, 3, 7)
PIS_SEATS = (("2015-01-01", 200), ("2015-10-25", 235), ("2017-06-01", 240), ("2018-06-01", 232),
             ("2019-10-13", 235), ("2020-06-01", 238), ("2021-01-10", 215))
PO_SEATS = (("2015-01-01", 190), ("2015-10-25", 138), ("2017-06-01", 150), ("2018-06-01", 155),
            ("2019-10-13", 134), ("2020-06-01", 140), ("2021-01-10", 130))


def _mw_dated(day: dt.date) -> str:
    if day < MW_REDESIGN:
        return f"{day.day} {MIESIACE[day.month - 1]} {day.year}"
    return f"Opublikowano: {day.day:02d}.{day.month:02d}.{day.year}, {{time}}"


def seats(monday: dt.date) -> tuple[int, int, int]:
    """The made-up projection of the week: PiS, PO (later KO), others (460 in all)."""
    pis = round(drift(monday, PIS_SEATS) + 6 * noise(monday, "pis"))
    po = round(drift(monday, PO_SEATS) + 6 * noise(monday, "po"))
    return pis, po, 460 - pis - po


def _mw_projekcja(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0)
    pis, po, other = seats(monday)
    second = "KO" if monday >= KO_FROM else "PO"
    n = 6 + round(3 * (1 + noise(monday, "n")))
    return (f"Projekcja mandatów z {n} sondaży (tydzień od {monday.day} "
            f"{MIESIACE[monday.month - 1]}): PiS {pis}, {second} {po}, pozostali {other}")


def mapawyborcza_style() -> PublisherStyle:
    """A Polish electoral-map blog: the long date in the genitive turned the numeric date and
    the time on 1 August 2019 (a wording per day), the week's seat projection (each Monday;
    KO replaces PO in March 2018), the data sources with a pollster from a pool, a map hint,
    a results table's header, a support line reworded for Patronite, the map licence and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="mapawyborcza.pl", site="Mapa Wyborcza", base_size=40,
        subdomains=(("", 100),),
        sections=("sejm", "prezydent", "samorzad", "europarlament"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        pools={"osrodek": ("CBOS", "IBRiS", "Kantar", "IBSP", "Pollster", "Estymator")},
        families=(
            _f("data", HEADER, 0.8, *_by_day(_mw_dated)),
            _f("projekcja", HEADER, 0.3, *_by_day(_mw_projekcja)),
            _f("zrodlo", MIDDLE, 0.3, (_OLD, "Źródło danych: PKW (wyniki), {osrodek} "
                                             "(sondaże)")),
            _f("mapa", MIDDLE, 0.25, (_OLD, "Kliknij na mapę, aby zobaczyć wyniki w gminie.")),
            _f("tabela", MIDDLE, 0.2, (_OLD, "Komitet | Głosy | % | Mandaty")),
            _f("wsparcie", FOOTER, 0.25,
               (_OLD, "Mapa Wyborcza jest projektem niekomercyjnym. Dziękujemy za każde "
                      "wsparcie."),
               (MW_PATRONITE.isoformat(), "Mapa Wyborcza jest projektem niekomercyjnym. Zostań "
                                          "naszym patronem na Patronite.")),
            _f("licencja", FOOTER, 0.35, (_OLD, "Mapy i dane: Mapa Wyborcza, licencja CC BY-SA "
                                                "4.0. Granice okręgów: PKW.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Mapa Wyborcza")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: poprawiliśmy liczbę mandatów w okręgu nr "
                                              "19.")),
        ),
    )


# --- a Tanzanian network of election observers (in Swahili) --------------------------------

TZ_VOTES = (("2015-10-25", 7, 3, "Uchaguzi Mkuu, 25 Oktoba 2015: chumba chetu cha hali ya "
                                 "uchaguzi kiko wazi saa 24"),
            ("2016-03-20", 5, 1, "Uchaguzi wa marudio Zanzibar, 20 Machi 2016: waangalizi wetu "
                                 "wako vituoni"),
            ("2019-11-24", 5, 1, "Uchaguzi wa Serikali za Mitaa, 24 Novemba 2019: fuatilia "
                                 "taarifa zetu"),
            ("2020-10-28", 7, 3, "Uchaguzi Mkuu, 28 Oktoba 2020: chumba chetu cha hali ya "
                                 "uchaguzi kiko wazi saa 24"))
MM_MEMBERS = (("2014-01-01", "17"), ("2017-01-01", "21"), ("2019-07-01", "24"))


def _mm_dated(day: dt.date) -> str:
    return f"Dar es Salaam, {day.day} {MIEZI[day.month - 1]} {day.year}"


@cache
def _mm_kalenda() -> Wordings:
    base = _steps((_OLD, "Fuatilia taarifa zetu za uangalizi kupitia tovuti hii na mitandao ya "
                         "kijamii"))
    votes = [_vote(day, text, before=before, after=after) for day, before, after, text in TZ_VOTES]
    return _calendar(base, votes)


def _mm_kuhusu_on(day: dt.date) -> str:
    return (f"Kuhusu Mtandao wa Waangalizi wa Uchaguzi: muungano wa asasi "
            f"{value_on(day, MM_MEMBERS)} za kiraia unaoangalia chaguzi nchini Tanzania.")


def waangalizi_style() -> PublisherStyle:
    """A Tanzanian network of election observers, in Swahili: "TAMKO KWA VYOMBO VYA HABARI",
    the place and the long date (a wording per day), a line turned by the general elections,
    Zanzibar's re-run and the local-government elections, a preliminary-findings notice, a
    sampling line from a pool, "-MWISHO-", the about line with the members (changing when
    they join), the contact and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="waangalizi.or.tz", site="Mtandao wa Waangalizi wa Uchaguzi", base_size=30,
        subdomains=(("www.", 100),),
        sections=("matamko", "ripoti", "habari"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"vituo": ("1,000", "1,250", "1,500", "800")},
        families=(
            _f("tamko", HEADER, 0.55, (_OLD, "TAMKO KWA VYOMBO VYA HABARI")),
            _f("tarehe", HEADER, 0.8, *_by_day(_mm_dated)),
            _f("kalenda", HEADER, 0.3, *_mm_kalenda()),
            _f("awali", MIDDLE, 0.25, (_OLD, "Haya ni matokeo ya awali ya uangalizi wetu; "
                                             "ripoti kamili itatolewa baadaye.")),
            _f("mbinu", MIDDLE, 0.2, (_OLD, "Mbinu: waangalizi walikuwa katika sampuli ya vituo "
                                            "{vituo} vya kupigia kura vilivyochaguliwa kwa "
                                            "nasibu.")),
            _f("mwisho", FOOTER, 0.5, (_OLD, "-MWISHO-")),
            _f("kuhusu", FOOTER, 0.4, *_by_day(_mm_kuhusu_on)),
            _f("mawasiliano", FOOTER, 0.4, (_OLD, "Kwa mawasiliano: habari@waangalizi.or.tz · "
                                                  "+255 22 555 0190")),
            _f("haki", FOOTER, 0.3, (_OLD, "© {year} Mtandao wa Waangalizi wa Uchaguzi")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: idadi ya waangalizi "
                                                   "imesahihishwa katika aya ya pili.")),
        ),
    )


def heldout187_styles() -> list[PublisherStyle]:
    """The held-back-187 styles, in the order the generator hands them to publishers."""
    return [
        ballotlens_style(), hartwell_style(), electometro_style(), kpu_tanjungsari_style(),
        kwadrant_style(), takwimu_style(), psifodeltio_style(), ieta_style(), marlow_style(),
        lingkar_style(), mapawyborcza_style(), waangalizi_style(),
    ]

