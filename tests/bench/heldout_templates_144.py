"""The ``held-back-144`` template set of the planted-real benchmark.

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
"provisional figures" line or an "ENDS" marker. The publishers are government, parliament and
statistics news services in English, French, Spanish, German, Dutch, Malay and Swahili: a
British parliamentary news service, a British regional statistics office's release pages, a
French regional statistics institute, the press room of a Pacific central bank, the press
room of an Andean central bank (in Spanish), a German Land statistics office, a Dutch
parliamentary news service, a Malaysian state statistics department (in Malay), a Tanzanian
parliamentary news service (in Swahili), the news pages of an island's official gazette, a
German Land parliament's press service and the news pages of a French-language official
journal. The families are the kinds a crawl of such sites holds: dates localised day by day
in English, French (with "1er"), Spanish (once in capitals), German, Dutch, Malay and Swahili,
several changing form on the day of a redesign; release and issue numbers counted through
each year (press releases, gazette issues every Tuesday and Friday with Good Friday and
Christmas moved, a journal out every day but Monday); embargo lines with the day's date;
next-release calendars (the third or fourth Wednesday, the second Friday, the 28th moved off
weekends, monetary-policy meetings on the last Friday or the second Thursday, later Wednesday,
of their months, plenary weeks, Tuesday votes skipping recesses) and copy deadlines; the sitting
status of a House (recesses, prorogations, dissolutions and polling days) and of the Bunge (its
numbered meetings, dissolution and elections); inflation figures published monthly and
policy rates changing on decision days (an emergency cut in March 2020); fees and tariffs
changing each April or January; "provisional figures" notices and revision notes reworded;
notices that follow the calendars of government (general elections, referendums, Budgets and
Brexit votes, pre-election periods, Prinsjesdag, recesses, census rounds, Semana Santa, Hari
Raya, National Day, Union Day, budget day in Dodoma, presidential and municipal elections, the
2020 pandemic's closures and states of emergency); publishers and presidents who change;
figure, chart and table titles, committees, NOR codes and notice codes from pools; related
links and photo credits mid-body (some up to two times); multi-line contact blocks, "ENDS"
and "MWISHO", licence and copyright lines, bare lines and families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

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
    carnival_tuesday,
    easter,
    iso_day,
    last_weekday,
    nth_weekday,
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
_yearly = _PERIOD.yearly
# Lines printed day by day are worded once per session: the tests build the styles again.
_by_day, _daily, _calendar = cache(_PERIOD.by_day), cache(_PERIOD.daily), _PERIOD.calendar

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
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
BULAN = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
         "Oktober", "November", "Disember")
HARI = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
         "Septemba", "Oktoba", "Novemba", "Desemba")
SIKU = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")

# --- helpers of this set ------------------------------------------------------------------


def en_long(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def fr_long(day: dt.date) -> str:
    """A French date, the first of the month as "1er"."""
    return f"{'1er' if day.day == 1 else day.day} {MOIS[day.month - 1]} {day.year}"


def weekdays_upto(day: dt.date) -> int:
    """The weekdays (Monday to Friday) from 1 January of `day`'s year to `day`, inclusive."""
    start = dt.date(day.year, 1, 1)
    weeks, rest = divmod((day - start).days + 1, 7)
    return weeks * 5 + sum((start.weekday() + k) % 7 < 5 for k in range(rest))


def next_on(day: dt.date, rule: Callable[[int, int], dt.date | None]) -> dt.date:
    """The first day after `day` that `rule(year, month)` gives (None: none that month)."""
    y, m = day.year, day.month
    while True:
        found = rule(y, m)
        if found is not None and found > day:
            return found
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def last_on(day: dt.date, rule: Callable[[int, int], dt.date | None]) -> dt.date:
    """The last day on or before `day` that `rule(year, month)` gives."""
    y, m = day.year, day.month
    while True:
        found = rule(y, m)
        if found is not None and found <= day:
            return found
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)


def month_before(day: dt.date) -> tuple[int, int]:
    return (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)


def monthly_rate(anchors: tuple[tuple[int, int, float], ...], y: int, m: int,
                 key: str) -> float:
    """A made-up monthly rate: straight between `anchors` ((year, month, value), ...), with
    a small wiggle that is the same for the same month and key."""
    x = y * 12 + m - 1
    points = [(ay * 12 + am - 1, v) for ay, am, v in anchors]
    value = points[-1][1] if x >= points[-1][0] else points[0][1]
    for (x0, v0), (x1, v1) in zip(points, points[1:], strict=False):
        if x0 <= x <= x1:
            value = v0 + (v1 - v0) * (x - x0) / (x1 - x0)
            break
    wiggle = (zlib.crc32(f"{key}:{y}:{m}".encode()) % 31 - 15) / 100
    return round(value + wiggle, 1) + 0.0


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def amounts(table: tuple[tuple[str, str], ...], text: Callable[[str, str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: `text(first day, value)`
    in force on the set's first day from the oldest day, then one from each later day."""
    first = max(start for start, _ in table if start <= FIRST_DAY.isoformat())
    out = [(_OLD, text(first, in_force(FIRST_DAY, table)))]
    out += [(start, text(start, value)) for start, value in table if start > first]
    return tuple(out)


# --- a British parliamentary news service -------------------------------------------------

CD_REDESIGN = dt.date(2017, 9, 5)  # relaunched on the House's return from the summer recess
CD_BYLINE = dt.date(2018, 1, 8)
CD_EMAIL = dt.date(2016, 9, 5)
CD_HANSARD = dt.date(2018, 6, 4)
HYBRID = (dt.date(2020, 4, 21), dt.date(2020, 6, 2))  # the hybrid House
# (first day the House does not sit, the day it sits again, what it is): recesses,
# prorogations and dissolutions (with polling day).
COMMONS_BREAKS = (
    ("2014-12-19", "2015-01-05", "recess"), ("2015-02-13", "2015-02-23", "recess"),
    ("2015-03-27", "2015-05-18", "dissolved 2015-05-07"), ("2015-05-22", "2015-06-01", "recess"),
    ("2015-07-22", "2015-09-07", "recess"), ("2015-09-18", "2015-10-12", "recess"),
    ("2015-12-18", "2016-01-05", "recess"), ("2016-02-12", "2016-02-22", "recess"),
    ("2016-03-25", "2016-04-11", "recess"), ("2016-05-27", "2016-06-06", "recess"),
    ("2016-07-22", "2016-09-05", "recess"), ("2016-09-16", "2016-10-10", "recess"),
    ("2016-12-21", "2017-01-09", "recess"), ("2017-02-10", "2017-02-20", "recess"),
    ("2017-03-31", "2017-04-18", "recess"), ("2017-04-28", "2017-06-13", "dissolved 2017-06-08"),
    ("2017-07-21", "2017-09-05", "recess"), ("2017-09-15", "2017-10-09", "recess"),
    ("2017-12-22", "2018-01-08", "recess"), ("2018-02-09", "2018-02-19", "recess"),
    ("2018-03-30", "2018-04-16", "recess"), ("2018-05-25", "2018-06-04", "recess"),
    ("2018-07-27", "2018-09-04", "recess"), ("2018-09-14", "2018-10-09", "recess"),
    ("2018-12-21", "2019-01-07", "recess"), ("2019-04-05", "2019-04-23", "recess"),
    ("2019-05-24", "2019-06-04", "recess"), ("2019-07-26", "2019-09-03", "recess"),
    ("2019-09-10", "2019-09-25", "prorogued"), ("2019-10-09", "2019-10-14", "prorogued"),
    ("2019-11-06", "2019-12-17", "dissolved 2019-12-12"), ("2019-12-21", "2020-01-07", "recess"),
    ("2020-02-14", "2020-02-24", "recess"), ("2020-03-26", "2020-04-21", "recess"),
    ("2020-05-22", "2020-06-02", "recess"), ("2020-07-23", "2020-09-01", "recess"),
    ("2020-12-18", "2021-01-05", "recess"),
)
BUDGETS = {"2015-03-18": "Budget", "2015-07-08": "Summer Budget",
           "2015-11-25": "Spending Review", "2016-03-16": "Budget",
           "2016-11-23": "Autumn Statement", "2017-03-08": "Spring Budget",
           "2017-11-22": "Budget", "2018-10-29": "Budget", "2020-03-11": "Budget"}
MEANINGFUL_VOTES = ("2019-01-15", "2019-03-12", "2019-03-29")
GENERAL_ELECTIONS = (("2015-03-30", "2015-05-07"), ("2017-05-03", "2017-06-08"),
                     ("2019-11-06", "2019-12-12"))


def commons_break(day: dt.date) -> tuple[dt.date, str] | None:
    """The day the House sits again and why it does not sit, if `day` is in a break."""
    for first, back, kind in COMMONS_BREAKS:
        if first <= day.isoformat() < back:
            return iso_day(back), kind
    return None


def _cd_dated(day: dt.date) -> str:
    if day < CD_REDESIGN:
        return en_long(day)
    return (f"Published {WEEKDAYS[day.weekday()][:3]} {day.day:02d} {MONTHS[day.month - 1][:3]} "
            f"{day.year} · {{time}}")


def _cd_sitting(day: dt.date) -> str:
    pause = commons_break(day)
    if pause is not None:
        back, kind = pause
        if kind.startswith("dissolved"):
            poll = iso_day(kind.split()[1])
            return (f"Parliament is dissolved. Polling day: Thursday {poll.day} "
                    f"{MONTHS[poll.month - 1]} {poll.year}.")
        if kind == "prorogued":
            return (f"Parliament is prorogued. MPs return on {WEEKDAYS[back.weekday()]} "
                    f"{back.day} {MONTHS[back.month - 1]}.")
        return (f"The House is in recess. It next sits on {WEEKDAYS[back.weekday()]} "
                f"{en_long(back)}.")
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if day.weekday() >= 5:
        monday = day + (7 - day.weekday()) * ONE
        return f"No sitting today. The House next sits on Monday {monday.day} " \
               f"{MONTHS[monday.month - 1]}."
    hour = ("2.30pm", "11.30am", "11.30am", "9.30am", "9.30am")[day.weekday()]
    if HYBRID[0] <= day < HYBRID[1]:
        return f"Sitting today, {when}: the hybrid House meets at {hour}."
    return f"Sitting today, {when}: the House meets at {hour}."


@cache
def _cd_notice() -> Wordings:
    base = _steps((_OLD, "Get the Commons Digest morning email: the day in Parliament before "
                         "8am"),
                  (CD_EMAIL.isoformat(), "📬 The Week Ahead: what Parliament is doing and why "
                                         "it matters, every Monday. Sign up free"))
    elections = [_span(first, poll, f"🗳️ General election, Thursday {en_long(iso_day(poll))}: "
                                     f"our guide to the campaign and the candidates")
                 for first, poll in GENERAL_ELECTIONS]
    pandemic = [_span("2020-03-24", "2020-06-30", "🦠 Coronavirus: Parliament is closed to "
                                                  "visitors; debates continue online")]
    referendum = [_span("2016-06-16", "2016-06-26", "EU referendum, 23 June 2016: what happens "
                                                    "in Parliament next")]
    brexit = [_vote(day, "Meaningful vote: how every MP voted on the withdrawal agreement",
                    before=2, after=2) for day in MEANINGFUL_VOTES]
    budgets = [(iso_day(day, -1), iso_day(day, 2),
                f"{name} {iso_day(day).year}: follow the Chancellor's statement and the "
                f"debate live") for day, name in BUDGETS.items()]
    return _calendar(base, elections, pandemic, referendum, brexit, budgets)


def commonsdigest_style() -> PublisherStyle:
    """A British parliamentary news service: the House or the business from a pool, the long
    date turned the short weekday, the zero-padded date and the time on the House's return
    on 5 September 2017 (a wording per day), "By" turned the writer with the beat, the
    day's sitting status (a wording per day: the sitting hour of the weekday and of the
    hybrid House, weekends, recesses with the day the House returns, the two prorogations of
    2019, dissolutions with polling day), the committee from a pool, a Parliament TV line,
    "Related:" up to twice, an advertisement marker, an email appeal reworded and turned by
    the general elections, the EU referendum, the meaningful votes, the Budgets and the
    pandemic, the Hansard disclaimer reworded, the Open Parliament Licence, the press line
    and the publisher line (a block), a rare correction."""
    return PublisherStyle(
        domain="commonsdigest.org.uk", site="The Commons Digest", base_size=250,
        subdomains=(("www.", 100),),
        sections=("commons", "lords", "committees", "legislation", "westminster-hall"),
        n_authors=10, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "house": ("House of Commons", "House of Lords", "Select committees",
                      "Westminster Hall", "Bills and legislation", "Written questions"),
            "beat": ("Parliamentary Correspondent", "Lords Reporter", "Committees Reporter",
                     "Political Editor", "Legislation Reporter"),
            "committee": ("Treasury Committee", "Health and Social Care Committee",
                          "Public Accounts Committee", "Home Affairs Committee",
                          "Exiting the European Union Committee", "Liaison Committee",
                          "Environmental Audit Committee"),
        },
        families=(
            _f("house", HEADER, 0.55, (_OLD, "{house}")),
            _f("dated", HEADER, 0.92, *_by_day(_cd_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (CD_BYLINE.isoformat(), "{author}, {author_beat}")),
            _f("sitting", HEADER, 0.3, *_by_day(_cd_sitting)),
            _f("committee", MIDDLE, 0.25, (_OLD, "Committee: {committee}")),
            _f("watch", MIDDLE, 0.2, (_OLD, "Watch the debate on Parliament TV")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "Advertisement")),
            _f("notice", FOOTER, 0.3, *_cd_notice()),
            _f("hansard", FOOTER, 0.35,
               (_OLD, "This article is not an official record of proceedings. The Official "
                      "Report (Hansard) is the full record."),
               (CD_HANSARD.isoformat(), "This summary is not an official record. Read every "
                                        "word of the debate in Hansard.")),
            _f("licence", FOOTER, 0.4, (_OLD, "Contains Parliamentary information licensed "
                                              "under the Open Parliament Licence v3.0.")),
            _f("press", FOOTER, 0.3, (_OLD, "Press enquiries: 020 7946 0815 · "
                                            "news@commonsdigest.org.uk")),
            _f("publisher", FOOTER, 0.3, (_OLD, "The Commons Digest is an independent "
                                                "parliamentary news service. Registered "
                                                "charity no. 1148832.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong majority for the "
                                                  "second reading.")),
        ),
    )


# --- a British regional statistics office's release pages ---------------------------------

RS_REDESIGN = dt.date(2018, 3, 6)
RS_ALERTS = dt.date(2017, 11, 1)
RS_PROVISIONAL = dt.date(2017, 6, 1)
RS_UNCONFIRMED = (dt.date(2020, 4, 1), dt.date(2020, 5, 20))  # next release to be confirmed
UK_CPI = ((2015, 1, 0.3), (2015, 4, -0.1), (2015, 10, -0.1), (2016, 3, 0.5), (2016, 12, 1.6),
          (2017, 5, 2.9), (2017, 11, 3.1), (2018, 6, 2.4), (2018, 12, 2.1), (2019, 6, 2.0),
          (2019, 12, 1.3), (2020, 2, 1.7), (2020, 5, 0.5), (2020, 8, 0.2), (2020, 12, 0.6))


def rs_release_day(y: int, m: int) -> dt.date:
    """The office's monthly release day: the third Wednesday."""
    return nth_weekday(y, m, 2, 3)


def _rs_release(day: dt.date) -> str:
    if day < RS_REDESIGN:
        return f"Release date: {en_long(day)}"
    return f"Released: {WEEKDAYS[day.weekday()]} {en_long(day)}, 9:30am"


def _rs_next(day: dt.date) -> str:
    if RS_UNCONFIRMED[0] <= day < RS_UNCONFIRMED[1]:
        return "Next release: to be confirmed"
    return f"Next release: {en_long(next_on(day, rs_release_day))}"


def _rs_cpi(day: dt.date) -> str:
    y, m = month_before(last_on(day, rs_release_day))
    rate = monthly_rate(UK_CPI, y, m, "cpi")
    return f"Consumer prices index (CPI): {rate}% in the 12 months to {MONTHS[m - 1]} {y}"


@cache
def _rs_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for release alerts: get an email when new statistics are "
                         "published"),
                  (RS_ALERTS.isoformat(), "🔔 Release alerts: choose your topics and we "
                                          "email you on publication day"))
    elections = [_span(first, poll, f"Pre-election period until {en_long(iso_day(poll))}: we "
                                    f"publish statistics but no commentary")
                 for first, poll in GENERAL_ELECTIONS]
    covid = [_span("2020-03-20", "2020-09-30", "Coronavirus (COVID-19): face-to-face "
                                               "interviewing is suspended, so some estimates "
                                               "rest on smaller samples"),
             (dt.date(2020, 10, 12), None, "Census 2021 is on Sunday 21 March 2021: find out "
                                           "how your answers are used")]
    christmas = _yearly("12-24", 6, 8, lambda y: f"Christmas {y}: no releases from 24 "
                                                 f"December to 1 January")
    return _calendar(base, covid, elections, christmas)


def regionalstats_style() -> PublisherStyle:
    """A British regional statistics office's release pages: the release type from a pool,
    "Release date" turned "Released" with the weekday and 9:30am on 6 March 2018 (a wording
    per day), the next release (the third Wednesday of the month, "to be confirmed" in the
    spring of 2020), "This is the latest release", the contact with the statistician's name,
    the latest CPI rate (turning on each release day), a provisional-figures note reworded,
    figure titles from a pool and "Download this chart" (up to twice), a revisions note, an
    alerts appeal reworded and turned by pre-election periods, Christmas, the pandemic and
    the 2021 census, the Open Government Licence and the Crown copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="regionalstatistics.gov.uk", site="Office for Regional Statistics",
        base_size=220, subdomains=(("www.", 100),),
        sections=("economy", "employment", "population", "inflation", "housing", "trade"),
        n_authors=9, url_path="/releases/{section}/{slug}",
        pools={
            "kind": ("Statistical bulletin", "Article", "Methodology", "Dataset release",
                     "Ad hoc release", "Experimental statistics"),
            "figure": ("Figure 1: Employment rate, people aged 16 to 64, seasonally adjusted",
                       "Figure 2: Unemployment rate, people aged 16 and over",
                       "Figure 3: Annual growth in average weekly earnings",
                       "Figure 4: CPI 12-month rate by division",
                       "Figure 5: Quarterly growth in gross value added",
                       "Figure 6: Employment rates by local authority"),
        },
        families=(
            _f("kind", HEADER, 0.6, (_OLD, "{kind}")),
            _f("release", HEADER, 0.9, *_by_day(_rs_release)),
            _f("next", HEADER, 0.75, *_by_day(_rs_next)),
            _f("latest", HEADER, 0.35, (_OLD, "This is the latest release. View previous "
                                              "releases")),
            _f("contact", HEADER, 0.5, (_OLD, "Contact: {author} · "
                                              "statistics@regionalstatistics.gov.uk · "
                                              "+44 1633 455 900")),
            _f("cpi", HEADER, 0.2, *_by_day(_rs_cpi)),
            _f("provisional", MIDDLE, 0.3,
               (_OLD, "Figures for the latest month are provisional and may be revised."),
               (RS_PROVISIONAL.isoformat(), "The latest figures are provisional: they are "
                                            "revised as more survey returns arrive.")),
            _f("figure", MIDDLE, 0.35, (_OLD, "{figure}"), count=2),
            _f("download", MIDDLE, 0.3, (_OLD, "Download this chart"), count=2),
            _f("revisions", FOOTER, 0.25, (_OLD, "Revisions: estimates for earlier periods have "
                                                 "been revised in line with our revisions "
                                                 "policy.")),
            _f("notice", FOOTER, 0.3, *_rs_notice()),
            _f("ogl", FOOTER, 0.45, (_OLD, "All content is available under the Open Government "
                                           "Licence v3.0, except where otherwise stated")),
            _f("crown", FOOTER, 0.45, (_OLD, "© Crown copyright {year}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: Table 3 was reissued to correct "
                                                  "an error in the regional totals.")),
        ),
    )


# --- a French regional statistics institute -----------------------------------------------

VG_REDESIGN = dt.date(2019, 1, 15)
VG_LETTRE = dt.date(2017, 3, 1)
VG_PROVISOIRE = dt.date(2017, 6, 1)
VG_DIRECTEUR = dt.date(2018, 9, 1)


def vg_release_day(y: int, m: int) -> dt.date:
    """The institute's monthly note: the second Friday."""
    return nth_weekday(y, m, 4, 2)


def _vg_parution(day: dt.date) -> str:
    if day < VG_REDESIGN:
        return f"Paru le : {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Paru le : {JOURS[day.weekday()]} {fr_long(day)}"


def _vg_numero(day: dt.date) -> str:
    return f"Publication n° {day.year}-{max(1, weekdays_upto(day)):03d}"


def _vg_prochaine(day: dt.date) -> str:
    return f"Prochaine publication : {fr_long(next_on(day, vg_release_day))}"


def census_collection(y: int) -> tuple[dt.date, dt.date]:
    """The census collection: from the third Thursday of January, five weeks less a day."""
    first = nth_weekday(y, 1, 3, 3)
    return first, first + 30 * ONE


@cache
def _vg_avertissement() -> Wordings:
    base = _steps((_OLD, "Recevez nos avis de parution par courriel"),
                  (VG_LETTRE.isoformat(), "📩 Abonnez-vous à nos avis de parution et à notre "
                                          "lettre mensuelle"))
    crise = [_span("2020-03-17", "2020-06-30", "Avertissement : la crise sanitaire perturbe la "
                                               "collecte ; les résultats sont à interpréter "
                                               "avec prudence."),
             (dt.date(2020, 11, 26), None, "Le recensement 2021 est reporté à 2022 en raison "
                                           "de la crise sanitaire.")]
    recensement: list[Event] = []
    for y in YEARS:
        first, last = census_collection(y)
        recensement.append((first - 7 * ONE, last + ONE, (
            f"Recensement {y} : la collecte a lieu du {first.day} janvier au {last.day} "
            f"février. Répondez en ligne !")))
    return _calendar(base, crise, recensement)


def valdegaronne_style() -> PublisherStyle:
    """A French regional statistics institute: the collection from a pool, "Paru le" with
    the numeric date turned the weekday and the long date (with "1er") on 15 January 2019 (a
    wording per day), the publication number counted through the year, the next
    publication (the second Friday of the month), a provisional-data note reworded, chart
    titles from a pool (up to twice), the source from a pool, "Pour en savoir plus", an
    alerts appeal reworded and turned by each January's census collection, the pandemic and
    the postponed 2021 census, the press contact, the reproduction line, the publisher's
    director (a new one from 1 September 2018) and the copyright line (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="stat-valdegaronne.fr", site="Institut de la statistique du Val-de-Garonne",
        base_size=150, subdomains=(("www.", 100),),
        sections=("emploi", "population", "conjoncture", "entreprises", "tourisme"),
        n_authors=6, url_path="/publications/{section}/{slug}",
        pools={
            "collection": ("Informations rapides", "Chiffres clés", "Analyses",
                           "Bilan économique", "Conjoncture", "Dossier"),
            "graphique": ("Graphique 1 – Évolution de l'emploi salarié",
                          "Graphique 2 – Taux de chômage localisé",
                          "Graphique 3 – Créations d'entreprises",
                          "Graphique 4 – Fréquentation des hôtels",
                          "Graphique 5 – Logements autorisés"),
            "source": ("Institut, estimations d'emploi", "Institut, enquête Emploi",
                       "Institut, comptes régionaux", "Urssaf, Acoss",
                       "Institut, état civil", "Dares, DSN"),
        },
        families=(
            _f("collection", HEADER, 0.6, (_OLD, "{collection}")),
            _f("parution", HEADER, 0.88, *_by_day(_vg_parution)),
            _f("numero", HEADER, 0.45, *_by_day(_vg_numero)),
            _f("prochaine", HEADER, 0.55, *_by_day(_vg_prochaine)),
            _f("provisoire", MIDDLE, 0.3,
               (_OLD, "Données provisoires, susceptibles d'être révisées."),
               (VG_PROVISOIRE.isoformat(), "Les résultats du dernier trimestre sont "
                                           "provisoires et seront révisés.")),
            _f("graphique", MIDDLE, 0.3, (_OLD, "{graphique}"), count=2),
            _f("source", MIDDLE, 0.35, (_OLD, "Source : {source}")),
            _f("savoir-plus", MIDDLE, 0.25, (_OLD, "Pour en savoir plus : {other_title}")),
            _f("avertissement", FOOTER, 0.3, *_vg_avertissement()),
            _f("contact", FOOTER, 0.35, (_OLD, "Contact presse : 05 53 77 10 00 · "
                                               "presse@stat-valdegaronne.fr")),
            _f("reproduction", FOOTER, 0.35, (_OLD, "Reproduction partielle autorisée sous "
                                                    "réserve de la mention de la source.")),
            _f("directeur", FOOTER, 0.3,
               (_OLD, "Directeur de la publication : Michel Lacombe"),
               (VG_DIRECTEUR.isoformat(), "Directrice de la publication : Sophie "
                                          "Arnaud-Delmas")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Institut de la statistique du "
                                                "Val-de-Garonne {year}")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le chiffre de l'emploi intérimaire a "
                                               "été corrigé le lendemain de la parution.")),
        ),
    )


# --- the press room of a Pacific central bank ---------------------------------------------

TR_REDESIGN = dt.date(2019, 2, 1)
TR_LICENCE = dt.date(2017, 7, 1)
TR_VIDEO = dt.date(2020, 3, 26)
CASH_RATE = (("2014-07-24", "3.50"), ("2015-06-11", "3.25"), ("2015-08-13", "3.00"),
             ("2015-09-10", "2.75"), ("2015-11-12", "2.50"), ("2016-03-10", "2.25"),
             ("2016-08-11", "2.00"), ("2016-11-10", "1.75"), ("2019-05-08", "1.50"),
             ("2019-08-14", "1.00"), ("2020-03-16", "0.25"))  # 16 March 2020: unscheduled
DECISION_MONTHS = (2, 3, 5, 6, 8, 9, 11)


def tr_decision_day(y: int, m: int) -> dt.date | None:
    """A cash-rate decision: the second Thursday of its months, the second Wednesday from
    2018."""
    if m not in DECISION_MONTHS:
        return None
    return nth_weekday(y, m, 3 if y < 2018 else 2, 2)


def _tr_number(day: dt.date) -> str:
    n = (day.timetuple().tm_yday * 2) // 7 + 1
    return f"Media release {day.year}/{n:02d}"


def _tr_dated(day: dt.date) -> str:
    if day < TR_REDESIGN:
        return en_long(day)
    return f"Issued: {WEEKDAYS[day.weekday()]} {en_long(day)}, {{time}}"


def _tr_embargo(day: dt.date) -> str:
    return f"Embargoed until 2.00pm {WEEKDAYS[day.weekday()]} {en_long(day)}"


def _tr_next(day: dt.date) -> str:
    nxt = next_on(day, tr_decision_day)
    return f"Next Official Cash Rate decision: {WEEKDAYS[nxt.weekday()]} {en_long(nxt)}"


@cache
def _tr_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to receive our publications by email"))
    covid = [_span("2020-03-23", "2020-05-13", "🦠 COVID-19: our offices are closed to "
                                               "visitors; cash services continue")]
    notes = [_span("2015-09-28", "2015-11-15", "New $5 and $10 banknotes enter circulation "
                                               "on 12 October 2015")]
    christmas = _yearly("12-24", 7, 10, lambda y: f"Our offices close from 24 December {y} to "
                                                  f"4 January {y + 1}")
    return _calendar(base, covid, notes, christmas)


def tasmanreserve_style() -> PublisherStyle:
    """The press room of a Pacific central bank: the release type from a pool, the media
    release number counted through the year, the long date turned "Issued" with the weekday
    and the time on 1 February 2019 (a wording per day), the embargo line with the day's
    date (a wording per day), the Official Cash Rate (changing on decision days and the
    emergency cut of 16 March 2020), the next decision (the second Thursday, from 2018 the
    second Wednesday, of seven months), chart titles from a pool, "Related:", a press
    conference line reworded for video links, "ENDS" and the media line (a block), the
    speeches disclaimer, a subscription line turned by new banknotes, Christmas closures and
    the pandemic, the copyright line reworded for a licence, a rare correction."""
    return PublisherStyle(
        domain="tasmanreserve.org", site="Tasman Reserve Bank", base_size=120,
        subdomains=(("www.", 100),),
        sections=("news", "monetary-policy", "financial-stability", "speeches", "notes-and-coins"),
        n_authors=4, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "kind": ("Media release", "Monetary Policy Statement", "Speech",
                     "Financial Stability Report", "Statement"),
            "chart": ("Chart 1: CPI inflation and the target band",
                      "Chart 2: Official Cash Rate and market pricing",
                      "Chart 3: Unemployment rate", "Chart 4: Trade-weighted exchange rate",
                      "Chart 5: House price inflation"),
        },
        families=(
            _f("kind", HEADER, 0.55, (_OLD, "{kind}")),
            _f("number", HEADER, 0.5, *_by_day(_tr_number)),
            _f("dated", HEADER, 0.85, *_by_day(_tr_dated)),
            _f("embargo", HEADER, 0.3, *_daily(_tr_embargo)),
            _f("ocr", HEADER, 0.3, *amounts(CASH_RATE, lambda _, v: f"Official Cash Rate: {v}%")),
            _f("chart", MIDDLE, 0.3, (_OLD, "{chart}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("watch", MIDDLE, 0.15,
               (_OLD, "Watch the Governor's press conference live at 3pm"),
               (TR_VIDEO.isoformat(), "Watch the Governor's press conference online at 3pm; "
                                      "media join by video link")),
            _f("next-decision", FOOTER, 0.35, *_by_day(_tr_next)),
            _f("ends", FOOTER, 0.5, (_OLD, "ENDS")),
            _f("media", FOOTER, 0.45, (_OLD, "Media enquiries: Communications, 04 555 2000 · "
                                             "media@tasmanreserve.org")),
            _f("disclaimer", FOOTER, 0.15, (_OLD, "Speeches give the views of the speaker and "
                                                  "not necessarily those of the Bank.")),
            _f("notice", FOOTER, 0.25, *_tr_notice()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Tasman Reserve Bank {year}"),
               (TR_LICENCE.isoformat(), "© Tasman Reserve Bank {year}. Published under a "
                                        "Creative Commons Attribution 4.0 licence.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the chart of mortgage rates was "
                                                  "replaced because of a labelling error.")),
        ),
    )


# --- the press room of an Andean central bank ---------------------------------------------

RA_REDESIGN = dt.date(2017, 10, 2)
RA_NOTA = dt.date(2018, 5, 2)
RA_TWITTER = dt.date(2016, 8, 1)
# Policy-rate changes, decided on the last Friday of the month.
RA_CHANGES = ((2015, 9, "4,75"), (2015, 10, "5,25"), (2015, 11, "5,50"), (2015, 12, "5,75"),
              (2016, 1, "6,25"), (2016, 2, "6,50"), (2016, 3, "6,75"), (2016, 4, "7,00"),
              (2016, 6, "7,50"), (2016, 7, "7,75"), (2016, 12, "7,50"), (2017, 1, "7,25"),
              (2017, 2, "7,00"), (2017, 3, "6,50"), (2017, 4, "6,25"), (2017, 5, "5,75"),
              (2017, 6, "5,50"), (2017, 7, "5,25"), (2017, 11, "4,75"), (2018, 1, "4,50"),
              (2018, 4, "4,25"), (2020, 3, "3,75"), (2020, 4, "3,25"), (2020, 5, "2,75"),
              (2020, 6, "2,50"), (2020, 7, "2,25"), (2020, 9, "1,75"))
ANDEAN_CPI = ((2015, 1, 3.8), (2015, 7, 4.5), (2015, 12, 6.8), (2016, 7, 8.9), (2016, 12, 5.7),
              (2017, 6, 4.0), (2017, 12, 4.1), (2018, 6, 3.2), (2018, 12, 3.2), (2019, 6, 3.4),
              (2019, 12, 3.8), (2020, 3, 3.9), (2020, 6, 2.2), (2020, 12, 1.6))


def ra_meeting(y: int, m: int) -> dt.date:
    """The board's monetary-policy meeting: the last Friday of the month."""
    return last_weekday(y, m, 4)


def ra_rates() -> tuple[tuple[str, str], ...]:
    return (("2014-12-19", "4,50"),) + tuple(
        (ra_meeting(y, m).isoformat(), v) for y, m, v in RA_CHANGES)


def _ra_fecha(day: dt.date) -> str:
    if day < RA_REDESIGN:
        return f"Altamira, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return (f"Altamira, {DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} – {{time}} h")


def _ra_numero(day: dt.date) -> str:
    return f"N.º {(day.timetuple().tm_yday * 3) // 14 + 1:03d}-{day.year}"


def _ra_embargo(day: dt.date) -> str:
    return (f"EMBARGADA HASTA LAS 18:00 H DEL {DIAS[day.weekday()]} {day.day} DE "
            f"{MESES[day.month - 1]} DE {day.year}").upper()


def _ra_proxima(day: dt.date) -> str:
    nxt = next_on(day, ra_meeting)
    return (f"Próxima reunión de política monetaria: {DIAS[nxt.weekday()]} {nxt.day} de "
            f"{MESES[nxt.month - 1]} de {nxt.year}")


def _ra_inflacion(day: dt.date) -> str:
    y, m = month_before(day if day.day >= 5 else day.replace(day=1) - ONE)
    rate = f"{monthly_rate(ANDEAN_CPI, y, m, 'ipc'):.1f}".replace(".", ",")
    return f"Inflación anual a {MESES[m - 1]} de {y}: {rate} %"


@cache
def _ra_aviso() -> Wordings:
    base = _steps((_OLD, "Reciba nuestras publicaciones por correo electrónico: suscríbase "
                         "aquí"),
                  (RA_TWITTER.isoformat(), "Siga al Banco en Twitter e Instagram: "
                                           "@ReservaAndina"))
    covid = [(dt.date(2020, 3, 17), None, "Emergencia sanitaria: la atención al público es "
                                          "solo con cita previa")]
    billetes = [_span("2016-10-03", "2016-11-30", "Nueva familia de billetes: conozca sus "
                                                  "elementos de seguridad")]
    semana_santa: list[Event] = []
    for y in YEARS:
        thursday, friday = easter(y) - 3 * ONE, easter(y) - 2 * ONE
        first = f"{thursday.day}" if thursday.month == friday.month else (
            f"{thursday.day} de {MESES[thursday.month - 1]}")
        semana_santa.append((thursday - 7 * ONE, thursday + 3 * ONE, (
            f"Semana Santa: el Banco no atiende al público el jueves {first} y el viernes "
            f"{friday.day} de {MESES[friday.month - 1]}")))
    fin_de_ano = _yearly("12-24", 10, 8, lambda y: f"Horario de fin de año: las oficinas "
                                                   f"cierran el 24 y el 31 de diciembre de {y}")
    return _calendar(base, covid, billetes, semana_santa, fin_de_ano)


def reservaandina_style() -> PublisherStyle:
    """The press room of an Andean central bank (in Spanish): "Comunicado de prensa"
    reworded "Nota de prensa", the city and the long date turned the weekday and the time on
    2 October 2017 (a wording per day), the release number counted through the year, the
    embargo in capitals with the day's date (a wording per day), the policy rate (changing
    on the last Friday of the months the board moved it), the annual inflation (turning on
    each 5th), a preliminary-figures note, table titles from a pool (up to twice), the next
    monetary-policy meeting (the last Friday of the month), a subscription line reworded and
    turned by Holy Week, the new banknotes, the year-end hours and the pandemic, the
    communications contact and the reproduction line (a block), a rare corrigendum."""
    return PublisherStyle(
        domain="reservaandina.org", site="Banco de la Reserva Andina", base_size=100,
        subdomains=(("www.", 100),),
        sections=("comunicados", "politica-monetaria", "estadisticas", "billetes"),
        n_authors=3, url_path="/sala-de-prensa/{yyyy}/{slug}",
        pools={"cuadro": ("Cuadro 1: Inflación anual por grupos de gasto",
                          "Cuadro 2: Tasas de interés del sistema financiero",
                          "Cuadro 3: Reservas internacionales netas",
                          "Cuadro 4: Balanza de pagos", "Cuadro 5: Tipo de cambio nominal")},
        families=(
            _f("tipo", HEADER, 0.6, (_OLD, "Comunicado de prensa"),
               (RA_NOTA.isoformat(), "Nota de prensa")),
            _f("fecha", HEADER, 0.88, *_by_day(_ra_fecha)),
            _f("numero", HEADER, 0.45, *_by_day(_ra_numero)),
            _f("embargo", HEADER, 0.25, *_daily(_ra_embargo)),
            _f("tasa", HEADER, 0.3, *amounts(ra_rates(), lambda _, v: f"Tasa de política "
                                                                      f"monetaria: {v} %")),
            _f("inflacion", HEADER, 0.2, *_by_day(_ra_inflacion)),
            _f("cifras", MIDDLE, 0.25, (_OLD, "Las cifras del último mes son preliminares y "
                                              "están sujetas a revisión.")),
            _f("cuadro", MIDDLE, 0.3, (_OLD, "{cuadro}"), count=2),
            _f("proxima", FOOTER, 0.35, *_by_day(_ra_proxima)),
            _f("aviso", FOOTER, 0.3, *_ra_aviso()),
            _f("contacto", FOOTER, 0.4, (_OLD, "Gerencia de Comunicaciones · "
                                               "prensa@reservaandina.org · (601) 343 1111")),
            _f("reproduccion", FOOTER, 0.4, (_OLD, "Se autoriza la reproducción total o parcial "
                                                   "citando la fuente.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: se corrigió la cifra de "
                                                     "reservas internacionales del cuadro 3.")),
        ),
    )


# --- a German Land statistics office ------------------------------------------------------

SN_REDESIGN = dt.date(2018, 7, 2)
SN_PORTAL = dt.date(2017, 2, 1)
SN_VORLAEUFIG = dt.date(2019, 1, 1)
GERMAN_CPI = ((2015, 1, -0.3), (2015, 6, 0.3), (2015, 12, 0.3), (2016, 6, 0.3),
              (2016, 12, 1.7), (2017, 6, 1.6), (2017, 12, 1.7), (2018, 6, 2.1),
              (2018, 12, 1.7), (2019, 6, 1.6), (2019, 12, 1.5), (2020, 2, 1.7),
              (2020, 6, 0.9), (2020, 7, -0.1), (2020, 12, -0.3))  # VAT cut from July 2020


def sn_release_day(y: int, m: int) -> dt.date:
    """The next publication: the 28th, on the Friday before if it falls on a weekend."""
    day = dt.date(y, m, 28)
    return day - max(0, day.weekday() - 4) * ONE


def _sn_pm(day: dt.date) -> str:
    n = weekdays_upto(day) * 3 // 5 + 1
    if day < SN_REDESIGN:
        return f"Pressemitteilung Nr. {n}/{day.year} vom {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Pressemitteilung Nr. {n}/{day.year} · {WOCHENTAGE[day.weekday()]}, {day.day}. "
            f"{MONATE[day.month - 1]} {day.year}")


def _sn_vpi(day: dt.date) -> str:
    y, m = (day.year, day.month) if day >= sn_release_day(day.year, day.month) else \
        month_before(day)
    rate = f"{monthly_rate(GERMAN_CPI, y, m, 'vpi'):+.1f}".replace(".", ",")
    return f"Verbraucherpreisindex {MONATE[m - 1]} {y}: {rate} % gegenüber dem Vorjahresmonat"


def _sn_naechste(day: dt.date) -> str:
    nxt = next_on(day, sn_release_day)
    return (f"Nächste Veröffentlichung zu diesem Thema voraussichtlich am "
            f"{nxt.day:02d}.{nxt.month:02d}.{nxt.year}")


@cache
def _sn_hinweis() -> Wordings:
    base = _steps((_OLD, "Weitere Ergebnisse finden Sie in unserer Datenbank NORDSTAT."),
                  (SN_PORTAL.isoformat(), "📊 Alle Daten auch im Statistik-Portal NORDSTAT – "
                                          "kostenlos und ohne Anmeldung."))
    corona = [_span("2020-03-16", "2020-06-30", "Wegen der Corona-Pandemie ist unser "
                                                "Auskunftsdienst nur telefonisch und per "
                                                "E-Mail erreichbar."),
              (dt.date(2020, 11, 3), None, "Der Zensus wird wegen der Corona-Pandemie auf "
                                           "2022 verschoben.")]
    wahlen = [_vote("2017-05-07", "Landtagswahl am 7. Mai 2017: vorläufige Ergebnisse aller "
                                  "Wahlkreise ab 18 Uhr", before=4, after=3),
              _vote("2017-09-24", "Bundestagswahl am 24. September 2017: vorläufige "
                                  "Ergebnisse für das Land ab 18 Uhr", before=4, after=3),
              _vote("2019-05-26", "Europawahl am 26. Mai 2019: vorläufige Ergebnisse ab 18 "
                                  "Uhr", before=4, after=3)]
    return _calendar(base, corona, wahlen)


def statistiknordmark_style() -> PublisherStyle:
    """A German Land statistics office: the press release number counted through the year
    with the numeric date, turned the weekday and the long date on 2 July 2018 (a wording
    per day), the topic from a pool, the consumer price index (published each 28th, moved
    to the Friday before a weekend, negative after the 2020 VAT cut), a provisional-results
    note reworded, chart titles from a pool (up to twice), a bare table download line, the
    next publication, a database line reworded and turned by the Land, federal and European
    elections, the pandemic and the postponed census, the statistician, the press office
    and the reprint line (a block), a rare correction."""
    return PublisherStyle(
        domain="statistik-nordmark.de", site="Statistisches Landesamt Nordmark", base_size=85,
        subdomains=(("www.", 100),),
        sections=("presse", "bevoelkerung", "preise", "arbeitsmarkt", "wahlen"),
        n_authors=5, url_path="/presse/{yyyy}/{slug}",
        pools={
            "thema": ("Bevölkerung", "Preise", "Arbeitsmarkt", "Bauen und Wohnen",
                      "Landwirtschaft", "Verkehr", "Wahlen"),
            "grafik": ("Erwerbstätige nach Wirtschaftsbereichen", "Baugenehmigungen im "
                       "Wohnbau", "Gästeübernachtungen nach Monaten", "Geburten und "
                       "Sterbefälle", "Verbraucherpreise im Vorjahresvergleich"),
        },
        families=(
            _f("pm", HEADER, 0.75, *_by_day(_sn_pm)),
            _f("thema", HEADER, 0.5, (_OLD, "{thema}")),
            _f("vpi", HEADER, 0.2, *_by_day(_sn_vpi)),
            _f("vorlaeufig", MIDDLE, 0.3, (_OLD, "Vorläufige Ergebnisse."),
               (SN_VORLAEUFIG.isoformat(), "Hinweis: Die Ergebnisse sind vorläufig und können "
                                           "sich noch ändern.")),
            _f("grafik", MIDDLE, 0.3, (_OLD, "Grafik: {grafik}"), count=2),
            _f("download", MIDDLE, 0.2, (_OLD, "Tabelle herunterladen (XLSX)")),
            _f("naechste", FOOTER, 0.4, *_by_day(_sn_naechste)),
            _f("hinweis", FOOTER, 0.3, *_sn_hinweis()),
            _f("auskunft", FOOTER, 0.4, (_OLD, "Auskunft erteilt: {author}, Telefon 0431 555 "
                                               "9300")),
            _f("presse", FOOTER, 0.4, (_OLD, "Pressestelle: presse@statistik-nordmark.de · "
                                             "Telefon 0431 555 9100")),
            _f("nachdruck", FOOTER, 0.35, (_OLD, "Vervielfältigung und Verbreitung, auch "
                                                 "auszugsweise, mit Quellenangabe gestattet.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In Tabelle 2 wurde ein "
                                                 "Übertragungsfehler berichtigt.")),
        ),
    )


# --- a Dutch parliamentary news service ---------------------------------------------------

KN_REDESIGN = dt.date(2018, 9, 18)  # relaunched on Prinsjesdag 2018
KN_APP = dt.date(2017, 5, 1)
KN_TERUGKIJKEN = dt.date(2017, 9, 19)


def prinsjesdag(y: int) -> dt.date:
    """The third Tuesday of September."""
    return nth_weekday(y, 9, 1, 3)


def friday_on_or_before(day: dt.date) -> dt.date:
    return day - ((day.weekday() - 4) % 7) * ONE


@cache
def kamer_recesses() -> tuple[tuple[dt.date, dt.date, str], ...]:
    """(first day, the Monday the Kamer sits again, the recess) for 2014 to 2021."""
    out: list[tuple[dt.date, dt.date, str]] = []
    for y in range(2014, 2022):
        carnival = carnival_tuesday(y)
        out.append((carnival - 4 * ONE, carnival + 6 * ONE, "voorjaarsreces"))
        may = friday_on_or_before(dt.date(y, 4, 26))
        out.append((may, may + 17 * ONE, "meireces"))
        summer = nth_weekday(y, 7, 4, 1)
        out.append((summer, summer + 59 * ONE, "zomerreces"))
        autumn = nth_weekday(y, 10, 4, 2)
        out.append((autumn, autumn + 10 * ONE, "herfstreces"))
        christmas = friday_on_or_before(dt.date(y, 12, 21))
        out.append((christmas, nth_weekday(y + 1, 1, 0, 2), "kerstreces"))
    return tuple(sorted(out))


def kamer_recess(day: dt.date) -> tuple[dt.date, dt.date, str] | None:
    for first, back, name in kamer_recesses():
        if first <= day < back:
            return first, back, name
    return None


def nl_long(day: dt.date) -> str:
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


def _kn_datum(day: dt.date) -> str:
    if day < KN_REDESIGN:
        return nl_long(day)
    return f"Nieuwsbericht | {DAGEN[day.weekday()]} {nl_long(day)}"


def _kn_reces(day: dt.date) -> str:
    recess = kamer_recess(day)
    if recess is not None:
        last = recess[1] - ONE
        return f"De Kamer is met {recess[2]} tot en met zondag {nl_long(last)}."
    monday = day - day.weekday() * ONE
    return f"Plenaire agenda voor de week van maandag {nl_long(monday)}"


def _kn_stemmingen(day: dt.date) -> str:
    tuesday = day + ((1 - day.weekday()) % 7 or 7) * ONE
    while kamer_recess(tuesday) is not None:
        tuesday += 7 * ONE
    return f"Volgende stemmingen: dinsdag {nl_long(tuesday)}, aan het eind van de vergadering"


@cache
def _kn_mededeling() -> Wordings:
    base = _steps((_OLD, "Volg het Kamernieuws ook via Twitter: @kamernieuws"),
                  (KN_APP.isoformat(), "📱 Stemmingen, debatten en agenda's: download de app "
                                       "van Kamernieuws"))
    corona = [_span("2020-03-12", "2020-06-30", "De Kamer vergadert in aangepaste vorm "
                                                "vanwege het coronavirus; de publieke tribune "
                                                "is gesloten.")]
    stemdagen = [
        _vote("2015-03-18", "Provinciale Statenverkiezingen op woensdag 18 maart 2015"),
        _vote("2016-04-06", "Raadgevend referendum over het associatieverdrag met Oekraïne op "
                            "6 april 2016"),
        _vote("2017-03-15", "Tweede Kamerverkiezingen op woensdag 15 maart 2017: de uitslag en "
                            "de nieuwe zetelverdeling", before=10, after=6),
        _vote("2018-03-21", "Raadgevend referendum over de Wet op de inlichtingen- en "
                            "veiligheidsdiensten op 21 maart 2018"),
        _vote("2019-03-20", "Provinciale Statenverkiezingen op woensdag 20 maart 2019"),
        _vote("2019-05-23", "Europese verkiezingen op donderdag 23 mei 2019"),
    ]
    prinsjes = [(prinsjesdag(y) - 5 * ONE, prinsjesdag(y) + 3 * ONE,
                 f"Prinsjesdag {y}: de troonrede en de Miljoenennota, live te volgen")
                for y in YEARS]
    return _calendar(base, corona, stemdagen, prinsjes)


def kamernieuws_style() -> PublisherStyle:
    """A Dutch parliamentary news service: the kind of item from a pool, the long date turned
    "Nieuwsbericht |" with the weekday on Prinsjesdag 2018 (a wording per day), the recess
    or the week's plenary agenda (a wording per week: spring, May, summer, autumn and
    Christmas recesses with their last day), the committee from a pool, a Debat Direct line
    reworded, "Lees ook:" up to twice, the next votes (the next Tuesday outside a recess), a
    Twitter line reworded for the app and turned by elections, referendums, Prinsjesdag and
    the pandemic, the disclaimer, the press line and the copyright line (a block), a rare
    rectification."""
    return PublisherStyle(
        domain="kamernieuws.nl", site="Kamernieuws", base_size=70,
        subdomains=(("www.", 100),),
        sections=("nieuws", "commissies", "plenair", "stemmingen"),
        n_authors=4, url_path="/nieuws/{yyyy}/{mm}/{slug}",
        pools={
            "soort": ("Nieuwsbericht", "Commissiedebat", "Plenair debat", "Hoorzitting",
                      "Rondetafelgesprek", "Stemmingen"),
            "commissie": ("Financiën", "Justitie en Veiligheid", "Volksgezondheid, Welzijn en "
                          "Sport", "Infrastructuur en Waterstaat", "Economische Zaken en "
                          "Klimaat", "Buitenlandse Zaken", "Onderwijs, Cultuur en "
                          "Wetenschap"),
        },
        families=(
            _f("soort", HEADER, 0.55, (_OLD, "{soort}")),
            _f("datum", HEADER, 0.88, *_by_day(_kn_datum)),
            _f("reces", HEADER, 0.25, *_by_day(_kn_reces)),
            _f("commissie", MIDDLE, 0.3, (_OLD, "Commissie {commissie}")),
            _f("debat-direct", MIDDLE, 0.25, (_OLD, "Bekijk het debat terug via Debat Direct"),
               (KN_TERUGKIJKEN.isoformat(), "Terugkijken: het hele debat staat op Debat "
                                            "Direct")),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("stemmingen", FOOTER, 0.2, *_by_day(_kn_stemmingen)),
            _f("mededeling", FOOTER, 0.3, *_kn_mededeling()),
            _f("disclaimer", FOOTER, 0.35, (_OLD, "Dit bericht is geen officieel verslag. Aan "
                                                  "de inhoud kunnen geen rechten worden "
                                                  "ontleend.")),
            _f("pers", FOOTER, 0.35, (_OLD, "Persvoorlichting: 070 318 0000 · "
                                            "pers@kamernieuws.nl")),
            _f("copyright", FOOTER, 0.25, (_OLD, "© {year} Kamernieuws")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie stond "
                                                    "een onjuiste datum voor de stemming.")),
        ),
    )


# --- a Malaysian state statistics department ----------------------------------------------

PK_REDESIGN = dt.date(2018, 5, 10)
PK_APP = dt.date(2019, 1, 2)
PK_PERMULAAN = dt.date(2017, 7, 1)
AIDILFITRI = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
              2019: "2019-06-05", 2020: "2020-05-24"}
MALAY_CPI = ((2015, 1, 1.0), (2015, 4, 1.8), (2015, 12, 2.7), (2016, 6, 1.6), (2016, 12, 1.8),
             (2017, 3, 5.1), (2017, 12, 3.5), (2018, 5, 1.8), (2018, 7, 0.9), (2018, 12, 0.2),
             (2019, 1, -0.7), (2019, 6, 1.5), (2019, 12, 1.0), (2020, 2, 1.3),
             (2020, 4, -2.9), (2020, 8, -1.4), (2020, 12, -1.4))


def ms_long(day: dt.date) -> str:
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def pk_release_day(y: int, m: int) -> dt.date:
    """The consumer price index: the fourth Wednesday."""
    return nth_weekday(y, m, 2, 4)


def _pk_tarikh(day: dt.date) -> str:
    if day < PK_REDESIGN:
        return ms_long(day)
    return f"Tarikh keluaran: {HARI[day.weekday()]}, {ms_long(day)}"


def _pk_embargo(day: dt.date) -> str:
    return (f"EMBARGO: Hanya untuk siaran selepas jam 12.00 tengah hari, {HARI[day.weekday()]} "
            f"{ms_long(day)}")


def _pk_ihp(day: dt.date) -> str:
    y, m = month_before(last_on(day, pk_release_day))
    rate = monthly_rate(MALAY_CPI, y, m, "ihp")
    return f"IHP {BULAN[m - 1]} {y}: {rate:+.1f} peratus berbanding tahun sebelumnya"


def _pk_kalendar(day: dt.date) -> str:
    return f"Penerbitan IHP seterusnya: {ms_long(next_on(day, pk_release_day))}"


@cache
def _pk_pengumuman() -> Wordings:
    base = _steps((_OLD, "Ikuti kami di Facebook dan Twitter: @PerangkaanKenanga"),
                  (PK_APP.isoformat(), "📲 Muat turun aplikasi StatsKenanga untuk data terkini "
                                       "di telefon anda"))
    pkp = [_span("2020-03-18", "2020-05-03", "Perintah Kawalan Pergerakan: kaunter perkhidmatan "
                                             "ditutup sehingga diberitahu kelak")]
    banci = [_span("2020-07-07", "2020-10-31", "Banci Penduduk dan Perumahan 2020: lengkapkan "
                                               "borang anda secara dalam talian")]
    raya = [(iso_day(day, -7), iso_day(day, 8), f"Selamat Hari Raya Aidilfitri {y}. Maaf zahir "
                                                f"dan batin.")
            for y, day in AIDILFITRI.items()]
    merdeka = _yearly("08-31", 5, 1, lambda y: f"Selamat Hari Kebangsaan ke-{y - 1957}")
    return _calendar(base, pkp, banci, raya, merdeka)


def perangkaankenanga_style() -> PublisherStyle:
    """A Malaysian state statistics department (in Malay): the kind of release from a pool,
    the long date turned "Tarikh keluaran" with the weekday on 10 May 2018 (a wording per
    day), the embargo with the day's date (a wording per day), the consumer price index
    (published each fourth Wednesday, negative in 2019 and 2020), a preliminary-figures
    note reworded, chart titles from a pool (up to twice), "Baca juga", the next release, a
    social-media line reworded for the app and turned by Hari Raya Aidilfitri, National Day,
    the 2020 census and the movement control order, the issuing line, the contact and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="perangkaankenanga.gov.my", site="Jabatan Perangkaan Negeri Kenanga",
        base_size=60, subdomains=(("www.", 100),),
        sections=("kenyataan-media", "penerbitan", "infografik"),
        n_authors=3, url_path="/index.php/{section}/{slug}",
        pools={
            "jenis": ("Kenyataan Media", "Siaran Akhbar", "Penerbitan", "Infografik"),
            "carta": ("Carta 1: Kadar pengangguran", "Carta 2: Indeks Harga Pengguna mengikut "
                      "kumpulan utama", "Carta 3: Nilai eksport dan import", "Carta 4: Penduduk "
                      "mengikut kumpulan umur"),
        },
        families=(
            _f("jenis", HEADER, 0.55, (_OLD, "{jenis}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_pk_tarikh)),
            _f("embargo", HEADER, 0.35, *_daily(_pk_embargo)),
            _f("ihp", HEADER, 0.2, *_by_day(_pk_ihp)),
            _f("permulaan", MIDDLE, 0.3,
               (_OLD, "Nota: Angka adalah permulaan dan tertakluk kepada semakan."),
               (PK_PERMULAAN.isoformat(), "Nota: Data suku tahun terkini adalah anggaran "
                                          "permulaan.")),
            _f("carta", MIDDLE, 0.3, (_OLD, "{carta}"), count=2),
            _f("baca-juga", MIDDLE, 0.25, (_OLD, "Baca juga: {other_title}")),
            _f("kalendar", FOOTER, 0.3, *_by_day(_pk_kalendar)),
            _f("pengumuman", FOOTER, 0.3, *_pk_pengumuman()),
            _f("dikeluarkan", FOOTER, 0.35, (_OLD, "Dikeluarkan oleh: Pejabat Pengarah "
                                                   "Perangkaan Negeri Kenanga")),
            _f("hubungi", FOOTER, 0.35, (_OLD, "Untuk sebarang pertanyaan, sila hubungi Unit "
                                               "Komunikasi Korporat di talian 07-555 3000 atau "
                                               "media@perangkaankenanga.gov.my")),
            _f("hakcipta", FOOTER, 0.3, (_OLD, "Hak Cipta Terpelihara © {year} Jabatan "
                                               "Perangkaan Negeri Kenanga")),
            _f("pembetulan", HEADER, 0.04, (_OLD, "Pembetulan: Jadual 2 telah dikemas kini bagi "
                                                  "membetulkan angka eksport.")),
        ),
    )


# --- a Tanzanian parliamentary news service -----------------------------------------------

HB_REDESIGN = dt.date(2017, 4, 4)  # relaunched on the opening day of the budget meeting
HB_YOUTUBE = dt.date(2018, 1, 30)
DODOMA_CITY = dt.date(2018, 4, 26)  # Dodoma declared a city
# (first day, last day, meeting, parliament) of the Bunge's meetings.
BUNGE_MEETINGS = (
    ("2015-01-27", "2015-02-13", 18, 10), ("2015-03-17", "2015-04-01", 19, 10),
    ("2015-05-12", "2015-07-09", 20, 10), ("2015-11-17", "2015-11-20", 1, 11),
    ("2016-01-19", "2016-02-05", 2, 11), ("2016-04-19", "2016-06-30", 3, 11),
    ("2016-09-06", "2016-09-16", 4, 11), ("2016-11-01", "2016-11-11", 5, 11),
    ("2017-01-31", "2017-02-10", 6, 11), ("2017-04-04", "2017-06-30", 7, 11),
    ("2017-09-05", "2017-09-15", 8, 11), ("2017-11-07", "2017-11-17", 9, 11),
    ("2018-01-30", "2018-02-09", 10, 11), ("2018-04-03", "2018-06-29", 11, 11),
    ("2018-09-04", "2018-09-14", 12, 11), ("2018-11-06", "2018-11-16", 13, 11),
    ("2019-01-29", "2019-02-08", 14, 11), ("2019-04-02", "2019-06-28", 15, 11),
    ("2019-09-03", "2019-09-13", 16, 11), ("2019-11-05", "2019-11-15", 17, 11),
    ("2020-01-28", "2020-02-07", 18, 11), ("2020-03-31", "2020-06-16", 19, 11),
    ("2020-11-10", "2020-11-13", 1, 12), ("2021-02-02", "2021-02-12", 2, 12),
)
BUNGE_DISSOLVED = (("2015-07-10", "2015-10-25"), ("2020-06-17", "2020-10-28"))
BUDGET_DAYS = {2015: "2015-06-11", 2016: "2016-06-08", 2017: "2017-06-08", 2018: "2018-06-14",
               2019: "2019-06-13", 2020: "2020-06-11"}


def sw_long(day: dt.date) -> str:
    return f"{day.day} {MIEZI[day.month - 1]} {day.year}"


def _hb_tarehe(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return sw_long(day)
    return f"Imewekwa: {SIKU[day.weekday()]}, {sw_long(day)}"


def _hb_mkutano(day: dt.date) -> str:
    for first, poll in BUNGE_DISSOLVED:
        if first <= day.isoformat() <= poll:
            return f"Bunge limevunjwa. Uchaguzi Mkuu: {sw_long(iso_day(poll))}"
    where = "jijini" if day >= DODOMA_CITY else "mjini"
    for first, last, meeting, bunge in BUNGE_MEETINGS:
        if first <= day.isoformat() <= last:
            return f"Mkutano wa {meeting} wa Bunge la {bunge} unaendelea {where} Dodoma"
        if day.isoformat() < first:
            start = iso_day(first)
            return f"Bunge limeahirishwa hadi {SIKU[start.weekday()]}, {sw_long(start)}"
    raise ValueError(day)


@cache
def _hb_tangazo() -> Wordings:
    base = _steps((_OLD, "Fuatilia vikao vya Bunge moja kwa moja kupitia Bunge TV"),
                  (HB_YOUTUBE.isoformat(), "📺 Tazama vikao vya Bunge mubashara kupitia Bunge "
                                           "TV na YouTube"))
    corona = [_span("2020-03-17", "2020-05-31", "Tahadhari ya Corona: wageni hawaruhusiwi "
                                                "kuingia ukumbini")]
    uchaguzi = [_vote(day, f"Uchaguzi Mkuu {sw_long(iso_day(day))}: jitokeze kupiga kura",
                      before=10) for day in ("2015-10-25", "2020-10-28")]
    bajeti: list[Event] = []
    for y, day in BUDGET_DAYS.items():
        d = iso_day(day)
        bajeti.append((d - 4 * ONE, d + ONE, (
            f"Bajeti Kuu ya Serikali {y}/{(y + 1) % 100:02d} inasomwa {SIKU[d.weekday()]}, "
            f"{d.day} Juni, saa 10 jioni")))
    muungano = _yearly("04-26", 2, 0, lambda y: f"Heri ya Sikukuu ya Muungano: miaka {y - 1964}")
    return _calendar(base, corona, uchaguzi, bajeti, muungano)


def habarizabunge_style() -> PublisherStyle:
    """A Tanzanian parliamentary news service (in Swahili): the section from a pool, the long
    date turned "Imewekwa" with the weekday on the opening day of the 2017 budget meeting (a
    wording per day), "Na" with the writer, later with "Dodoma", the Bunge's status (its
    numbered meetings of the tenth, eleventh and twelfth parliaments, "mjini" Dodoma turned
    "jijini" when it became a city, adjournments with the day it returns, dissolution with
    polling day), photo credits from a pool, "Soma pia:", a Bunge TV line reworded for
    YouTube and turned by budget day, the general elections, Union Day and the pandemic,
    "MWISHO", the issuing unit and the contact line (a block), the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="habarizabunge.go.tz", site="Habari za Bunge", base_size=50,
        subdomains=(("www.", 100),),
        sections=("habari", "kamati", "maswali", "bajeti"),
        n_authors=4, url_path="/habari/{slug}",
        pools={
            "kundi": ("Habari", "Kamati", "Maswali na Majibu", "Miswada", "Bajeti", "Matukio"),
            "picha": ("Ofisi ya Bunge", "Kitengo cha Habari Bunge", "Bunge TV", "Maktaba ya "
                      "Bunge"),
        },
        families=(
            _f("kundi", HEADER, 0.5, (_OLD, "{kundi}")),
            _f("tarehe", HEADER, 0.85, *_by_day(_hb_tarehe)),
            _f("mwandishi", HEADER, 0.5, (_OLD, "Na {author}"),
               (HB_REDESIGN.isoformat(), "Na {author}, Dodoma")),
            _f("mkutano", HEADER, 0.3, *_by_day(_hb_mkutano)),
            _f("picha", MIDDLE, 0.3, (_OLD, "(Picha na {picha})")),
            _f("soma-pia", MIDDLE, 0.35, (_OLD, "Soma pia: {other_title}")),
            _f("tangazo", FOOTER, 0.3, *_hb_tangazo()),
            _f("mwisho", FOOTER, 0.45, (_OLD, "MWISHO")),
            _f("imetolewa", FOOTER, 0.4, (_OLD, "Imetolewa na Kitengo cha Habari, Elimu kwa Umma "
                                                "na Mawasiliano, Ofisi ya Bunge")),
            _f("mawasiliano", FOOTER, 0.35, (_OLD, "Barua pepe: habari@habarizabunge.go.tz · "
                                                   "Simu: +255 26 232 0000")),
            _f("hakimiliki", FOOTER, 0.25, (_OLD, "Hakimiliki © {year} Habari za Bunge")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: Jina la Mbunge aliyeuliza swali "
                                                   "limesahihishwa.")),
        ),
    )


# --- the news pages of an island's official gazette ---------------------------------------

KG_REDESIGN = dt.date(2018, 4, 3)
KG_ONLINE = dt.date(2019, 1, 8)
KG_FEES = (("2014-04-01", "£62.00"), ("2015-04-01", "£64.50"), ("2016-04-01", "£66.00"),
           ("2017-04-01", "£68.00"), ("2018-04-01", "£70.50"), ("2019-04-01", "£72.00"),
           ("2020-04-01", "£72.00 (unchanged)"))


@cache
def gazette_issues(y: int) -> tuple[dt.date, ...]:
    """The year's issues: every Tuesday and Friday, none on 25 and 26 December or 1 January,
    and on the Thursday before Good Friday."""
    good_friday = easter(y) - 2 * ONE
    out = []
    day = dt.date(y, 1, 1)
    while day.year == y:
        if day.weekday() in (1, 4) and (day.month, day.day) not in ((12, 25), (12, 26), (1, 1)):
            out.append(day - ONE if day == good_friday else day)
        day += ONE
    return tuple(out)


def issue_on(day: dt.date) -> tuple[int, dt.date]:
    """The number and day of the latest issue on or before `day`."""
    for y in (day.year, day.year - 1):
        issues = [d for d in gazette_issues(y) if d <= day]
        if issues:
            return len(issues), issues[-1]
    raise ValueError(day)


def issue_after(day: dt.date) -> tuple[int, dt.date]:
    """The number and day of the first issue after `day`."""
    for y in (day.year, day.year + 1):
        issues = gazette_issues(y)
        for i, d in enumerate(issues):
            if d > day:
                return i + 1, d
    raise ValueError(day)


def copy_deadline(issue: dt.date) -> dt.date:
    """Noon two working days before an issue."""
    day, left = issue, 2
    while left:
        day -= ONE
        left -= day.weekday() < 5
    return day


def _kg_issue(day: dt.date) -> str:
    n, issue = issue_on(day)
    return f"Issue No. {n} of {issue.year} · {WEEKDAYS[issue.weekday()]} {en_long(issue)}"


def _kg_published(day: dt.date) -> str:
    if day < KG_REDESIGN:
        return f"Publication date: {en_long(day)}"
    return f"Published {day.day:02d}/{day.month:02d}/{day.year}"


def _kg_deadline(day: dt.date) -> str:
    n, issue = issue_after(day)
    while copy_deadline(issue) < day:
        n, issue = issue_after(issue)
    deadline = copy_deadline(issue)
    return (f"Copy deadline for Issue No. {n}: 12 noon, {WEEKDAYS[deadline.weekday()]} "
            f"{deadline.day} {MONTHS[deadline.month - 1]}")


@cache
def _kg_schedule() -> Wordings:
    base = _steps((_OLD, "The Gazette is published every Tuesday and Friday."),
                  (KG_ONLINE.isoformat(), "The Gazette is published online every Tuesday and "
                                          "Friday at 9am."))
    covid = [_span("2020-03-23", "2020-07-31", "The Gazette Office is closed to callers: send "
                                               "notices by email only.")]
    easters: list[Event] = []
    christmases: list[Event] = []
    for y in YEARS:
        thursday = easter(y) - 3 * ONE
        easters.append((thursday - 7 * ONE, thursday + 2 * ONE, (
            f"Easter {y}: the Gazette is published on Thursday {thursday.day} "
            f"{MONTHS[thursday.month - 1]} instead of Good Friday.")))
        last = gazette_issues(y)[-1]
        christmases.append((dt.date(y, 12, 14), dt.date(y + 1, 1, 3), (
            f"Christmas {y}: the last issue of the year is on {WEEKDAYS[last.weekday()]} "
            f"{last.day} December.")))
    return _calendar(base, covid, easters, christmases)


def kerrowgazette_style() -> PublisherStyle:
    """The news pages of an island's official gazette: the notice type from a pool, the issue
    with its number counted through the year (every Tuesday and Friday, the Thursday before
    Good Friday, none at Christmas; a wording per issue), the publication date turned
    numeric on 3 April 2018 (a wording per day), the notice id, the notice code from a pool,
    the issuing authority from a pool, "See also:", a schedule line reworded and turned by
    Easter, Christmas and the pandemic, the copy deadline for the next issue, the notice
    fees (changing each April), the disclaimer, the office's contact and the Crown copyright
    line reworded (a block), a rare correction."""
    return PublisherStyle(
        domain="kerrowgazette.gov.im", site="Kerrow Government Gazette", base_size=40,
        subdomains=(("www.", 100),),
        sections=("notices", "news", "parliament", "planning"),
        n_authors=2, url_path="/{section}/notice/{n}",
        pools={
            "kind": ("State", "Parliament", "Planning", "Insolvency", "Companies",
                     "Public notices"),
            "code": ("1101", "1502", "2410", "2903", "1201"),
            "authority": ("the Chief Secretary", "the Registrar of Companies", "the Planning "
                          "Committee", "the Treasury", "the Attorney General"),
        },
        families=(
            _f("kind", HEADER, 0.55, (_OLD, "{kind}")),
            _f("issue", HEADER, 0.5, *_by_day(_kg_issue)),
            _f("published", HEADER, 0.85, *_by_day(_kg_published)),
            _f("notice-id", HEADER, 0.45, (_OLD, "Notice ID: {n}")),
            _f("notice-code", HEADER, 0.3, (_OLD, "Notice code: {code}")),
            _f("authority", MIDDLE, 0.25, (_OLD, "Issued under the authority of {authority}")),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("schedule", FOOTER, 0.25, *_kg_schedule()),
            _f("deadline", FOOTER, 0.3, *_by_day(_kg_deadline)),
            _f("fees", FOOTER, 0.2, *amounts(KG_FEES, lambda start, v: (
                f"Fees from 1 April {start[:4]}: standard notice {v}, VAT exempt"))),
            _f("disclaimer", FOOTER, 0.35, (_OLD, "Notices are published as supplied. The "
                                                  "Gazette Office does not check their "
                                                  "accuracy.")),
            _f("contact", FOOTER, 0.35, (_OLD, "Gazette Office, Government Buildings, Port "
                                               "Kerrow · 01624 555 123")),
            _f("copyright", FOOTER, 0.35,
               (_OLD, "© Crown copyright {year}. Printed by the Kerrow Government Printer"),
               (KG_REDESIGN.isoformat(), "© Crown copyright {year}. Published by the Kerrow "
                                         "Government Gazette Office")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this notice replaces the one "
                                                  "published in the previous issue.")),
        ),
    )


# --- a German Land parliament's press service ---------------------------------------------

LN_REDESIGN = dt.date(2017, 6, 6)  # the new Landtag's constituent sitting
LN_MEDIATHEK = dt.date(2019, 2, 1)
LN_PRESSESTELLE = dt.date(2019, 2, 1)


def plenary_week(y: int, m: int) -> dt.date | None:
    """A plenary session's first day: the third Wednesday, none in July and August nor
    during the 2017 election."""
    if m in (7, 8) or (y, m) in ((2017, 4), (2017, 5)):
        return None
    return nth_weekday(y, m, 2, 3)


def _ln_datum(day: dt.date) -> str:
    if day < LN_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Nordhafen, {day.day}. {MONATE[day.month - 1]} {day.year}"


def _ln_nr(day: dt.date) -> str:
    return f"Landtag aktuell Nr. {weekdays_upto(day) * 2 // 5 + 1}/{day.year}"


def _ln_tagung(day: dt.date) -> str:
    start = last_on(day, plenary_week)
    if start <= day <= start + 2 * ONE:
        return f"Plenartagung: heute, {WOCHENTAGE[day.weekday()]}, {day.day}. " \
               f"{MONATE[day.month - 1]} {day.year}"
    nxt = next_on(day, plenary_week)
    return f"Nächste Plenartagung: {nxt.day}. bis {nxt.day + 2}. {MONATE[nxt.month - 1]} " \
           f"{nxt.year}"


@cache
def _ln_hinweis() -> Wordings:
    base = _steps((_OLD, "Besuchergruppen melden sich beim Besucherdienst an: "
                         "besucherdienst@landtag-nordmark.de"))
    corona = [(dt.date(2020, 3, 13), None, "Wegen der Corona-Pandemie sind Besuche im Landtag "
                                           "derzeit nicht möglich.")]
    wahl = [_vote("2017-05-07", "Landtagswahl am 7. Mai 2017: Ergebnisse und Wahlbeteiligung "
                                "ab 18 Uhr", before=14)]
    sommer = _yearly("07-01", 0, 61, lambda y: f"Sommerpause {y}: die nächste Plenartagung "
                                               f"ist im September")
    return _calendar(base, corona, wahl, sommer)


def landtagnordmark_style() -> PublisherStyle:
    """A German Land parliament's press service: the section from a pool, the numeric date
    turned the capital and the long date at the new Landtag's constituent sitting on 6 June
    2017 (a wording per day), the press service's number counted through the year, the
    plenary session (today's, or the next: the week of the third Wednesday, none in the
    summer break nor during the 2017 campaign), the printed paper number of the 18th, then
    the 19th electoral term, a video line reworded, a visitors line turned by the election,
    each summer break and the pandemic, the publisher (a new president after the election)
    and the press contact reworded (a block), a rare correction."""
    return PublisherStyle(
        domain="landtag-nordmark.de", site="Landtag Nordmark", base_size=35,
        subdomains=(("www.", 100),),
        sections=("plenum", "ausschuesse", "praesidium", "petitionen"),
        n_authors=2, url_path="/presse/{yyyy}/{slug}",
        pools={
            "rubrik": ("Plenum", "Ausschüsse", "Präsidium", "Petitionen", "Besuch im Landtag"),
            "ds": ("312", "1045", "1876", "2290", "3315", "4127"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_ln_datum)),
            _f("nr", HEADER, 0.4, *_by_day(_ln_nr)),
            _f("tagung", HEADER, 0.3, *_by_day(_ln_tagung)),
            _f("drucksache", MIDDLE, 0.3, (_OLD, "Drucksache 18/{ds}"),
               (LN_REDESIGN.isoformat(), "Drucksache 19/{ds}")),
            _f("video", MIDDLE, 0.25, (_OLD, "Die Debatte zum Nachsehen in der Mediathek des "
                                             "Landtages"),
               (LN_MEDIATHEK.isoformat(), "Die Debatte im Video: "
                                          "landtag-nordmark.de/mediathek")),
            _f("hinweis", FOOTER, 0.3, *_ln_hinweis()),
            _f("herausgeber", FOOTER, 0.4,
               (_OLD, "Herausgeber: Der Präsident des Landtages, Pressestelle"),
               (LN_REDESIGN.isoformat(), "Herausgeberin: Die Präsidentin des Landtages, "
                                         "Pressestelle")),
            _f("kontakt", FOOTER, 0.4,
               (_OLD, "Pressesprecher: Telefon 0431 988-1120, presse@landtag-nordmark.de"),
               (LN_PRESSESTELLE.isoformat(), "Pressestelle: Telefon 0431 988-1120, "
                                             "presse@landtag-nordmark.de")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Sitzung des Ausschusses "
                                                 "beginnt um 14 Uhr.")),
        ),
    )


# --- the news pages of a French-language official journal ---------------------------------

JO_REDESIGN = dt.date(2016, 10, 3)
JO_ELECTRONIQUE = dt.date(2016, 1, 1)
JO_LICENCE = dt.date(2017, 4, 20)
JO_TARIFS = (("2014-01-01", "5,42 € HT la ligne"), ("2015-01-01", "5,50 € HT la ligne"),
             ("2016-01-01", "5,57 € HT la ligne"), ("2017-01-01", "5,61 € HT la ligne"),
             ("2018-01-01", "5,68 € HT la ligne"), ("2019-01-01", "5,72 € HT la ligne"),
             ("2020-01-01", "5,77 € HT la ligne"), ("2021-01-01", "0,183 € HT le caractère"))


def jo_issue(day: dt.date) -> tuple[int, dt.date]:
    """The journal's latest issue on or before `day` (out every day but Monday), and its
    number in the year."""
    issue = day - ONE if day.weekday() == 0 else day
    start = dt.date(issue.year, 1, 1)
    days = (issue - start).days + 1
    first_monday = (0 - start.weekday()) % 7  # days from 1 January to its first Monday
    mondays = 0 if days <= first_monday else (days - first_monday - 1) // 7 + 1
    return days - mondays, issue


def _jo_date(day: dt.date) -> str:
    if day < JO_REDESIGN:
        return f"Publié le {fr_long(day)}"
    n, issue = jo_issue(day)
    return f"JO n° {n} du {JOURS[issue.weekday()]} {fr_long(issue)}"


def _jo_version(day: dt.date) -> str:
    return f"Version en vigueur au {fr_long(day)}"


@cache
def _jo_abonnement() -> Wordings:
    base = _steps((_OLD, "Abonnez-vous au sommaire quotidien du Journal officiel"))
    urgence = [_span("2020-03-24", "2020-07-10", "État d'urgence sanitaire : retrouvez tous les "
                                                 "textes publiés depuis le 24 mars 2020"),
               (dt.date(2020, 10, 17), None, "L'état d'urgence sanitaire est de nouveau en "
                                             "vigueur depuis le 17 octobre 2020")]
    elections = [_span("2017-04-10", "2017-05-08", "Élection présidentielle 2017 : les "
                                                   "résultats officiels paraîtront au Journal "
                                                   "officiel"),
                 _span("2017-06-01", "2017-06-19", "Élections législatives des 11 et 18 juin "
                                                   "2017 : les résultats officiels"),
                 _span("2020-03-02", "2020-03-16", "Élections municipales 2020 : les textes "
                                                   "relatifs au scrutin")]
    return _calendar(base, urgence, elections)


def joaurele_style() -> PublisherStyle:
    """The news pages of a French-language official journal: the rubric from a pool,
    "Publié le" turned the issue number and the issue's weekday and date on 3 October 2016
    (the journal is out every day but Monday; a wording per day), the NOR code from a pool,
    "Lire aussi", "Version en vigueur au" with the day's date (a wording per day), the
    authentic-version line reworded when the electronic edition became authentic, a
    subscription line turned by the 2017 and 2020 elections and the states of health
    emergency, the legal-notice tariff (changing each January, per character from 2021), the
    open-licence line reworded and the contact (a block), a rare erratum."""
    return PublisherStyle(
        domain="jo-saintaurele.fr", site="Journal officiel de Saint-Aurèle", base_size=30,
        subdomains=(("www.", 100),),
        sections=("lois-et-decrets", "arretes", "annonces", "actualites"),
        n_authors=2, url_path="/jo/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rubrique": ("Lois et décrets", "Arrêtés", "Annonces légales", "Marchés publics",
                         "Actualités"),
            "nor": ("ECOX1934567L", "INTA1702211D", "SSAZ2008450A", "TREL1811123D",
                    "JUSC1623590R"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_jo_date)),
            _f("nor", MIDDLE, 0.3, (_OLD, "NOR : {nor}")),
            _f("lire-aussi", MIDDLE, 0.25, (_OLD, "Lire aussi : {other_title}")),
            _f("version", FOOTER, 0.3, *_daily(_jo_version)),
            _f("authentique", FOOTER, 0.35,
               (_OLD, "Seule la version publiée au Journal officiel imprimé fait foi."),
               (JO_ELECTRONIQUE.isoformat(), "Seule la version électronique authentifiée du "
                                             "Journal officiel fait foi.")),
            _f("abonnement", FOOTER, 0.25, *_jo_abonnement()),
            _f("tarif", FOOTER, 0.2, *amounts(JO_TARIFS, lambda start, v: (
                f"Tarif des annonces légales {start[:4]} : {v}"))),
            _f("licence", FOOTER, 0.35, (_OLD, "Réutilisation libre sous Licence Ouverte"),
               (JO_LICENCE.isoformat(), "Données réutilisables sous Licence Ouverte 2.0")),
            _f("contact", FOOTER, 0.35, (_OLD, "Direction de l'information légale · Service "
                                               "des annonces : 05 90 55 10 20")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : la date d'entrée en vigueur de "
                                               "l'arrêté a été corrigée.")),
        ),
    )


def heldout144_styles() -> list[PublisherStyle]:
    """The held-back-144 styles, in the order the generator hands them to publishers."""
    return [
        commonsdigest_style(), regionalstats_style(), valdegaronne_style(),
        tasmanreserve_style(), reservaandina_style(), statistiknordmark_style(),
        kamernieuws_style(), perangkaankenanga_style(), habarizabunge_style(),
        kerrowgazette_style(), landtagnordmark_style(), joaurele_style(),
    ]
