"""The ``held-back-170`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-168 set. It was
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
"not financial advice" line, a risk warning or an advertisement marker. The publishers are
insurance, pensions and accountancy trade press, an actuarial bulletin and brokers' and
advisers' newsrooms in English, German, French, Italian, Dutch and Japanese: a British
insurance trade magazine, a British accountancy trade magazine, a German insurance trade
site, a French insurance and broking weekly, a Dutch pensions news site, a Japanese insurance
industry paper, an Italian insurance trade site for agents and brokers, a British pensions
trade site, an actuarial bulletin, a British high-street insurance broker's news pages, a
German tax adviser's client letters and a French wealth and life-insurance broker's blog.
The families are the kinds a crawl of such sites holds: dates localised day by day in English
(with ordinals), German, French (with "1er"), Italian, Dutch and Japanese (with the Heisei and
Reiwa eras and the weekday), several changing form on the day of a redesign (the Insurance
Distribution Directive's days in Britain, Germany and Italy, new state pension day, the PACTE
law, the Dutch pensions agreement, Making Tax Digital's first day); lines that turn every day
(a self-assessment countdown, "figures correct as of"), three times a week (a paper's issue
number), every week (an actuarial bulletin's issue), every month (Dutch funding ratios, the
next German tax due date, a client letter's edition) and every quarter (the average Italian
motor premium); rates and amounts that change over the years (Insurance Premium Tax, the
Ogden discount rate and Bank Rate, the personal allowance, VAT threshold and corporation tax,
the German guaranteed rate, the pension contribution ceiling and basic tax-free allowance,
average euro-fund yields, the French social-security ceiling, the Dutch state pension age,
Japan's standard rate for life insurance and a subscription price with consumption tax, the
British state pension and lifetime allowance, the CMI mortality model, a membership fee);
regulatory-status lines (FCA firm reference numbers, ORIAS, the Italian court registration,
the German professional-title line), "past performance" and "capital at risk" warnings,
"not advice" lines, CPD reminders (reworded, and at the end of the CPD year) and tax-year
deadlines (5 April and 31 January, the 730 return, the French income-tax return, Japan's final
returns, the German filing deadline moved to July); notices reworded in 2015-2020 and notices
that follow the calendars of these trades (storms and claims surges, the Ogden reviews, GDPR,
IDD, the business-interruption test case, Budgets and Autumn Statements, pension freedoms and
auto-enrolment steps, DKM in Dortmund, the Rendez-vous de Septembre in Monte Carlo, the
Prinsjesdag budget, Golden Week and New Year closures, the new era name, Easter and Christmas
office hours, the 2020 VAT cut in Germany, the 2019 start of withholding tax in France, the
pandemic); reporter beats and sources from pools, related links, advertisement markers and
sponsored inserts mid-body (some up to two times), multi-line blocks (publisher and copyright
lines, imprints, regulatory footers, contact blocks), bare lines and families in only 4% of
articles beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    easter,
    iso_day,
    last_weekday,
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
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
REIWA = dt.date(2019, 5, 1)  # the first day of the Reiwa era
NBSP = "\u00a0"

# --- helpers of this set ------------------------------------------------------------------

Table = tuple[tuple[str, str], ...]  # (first ISO day in force, value), in order


@cache
def wobble(key: str, n: int) -> float:
    """A made-up number from -1 to 1, fixed for `key` and `n` (a month, a quarter)."""
    digest = hashlib.blake2b(f"{key}/{n}".encode(), digest_size=8).digest()
    return int.from_bytes(digest[:4], "little") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn straight between `points` ((ISO day, value), ...)."""
    xs = [iso_day(p).toordinal() for p, _ in points]
    x = day.toordinal()
    if x <= xs[0]:
        return points[0][1]
    for i in range(1, len(xs)):
        if x <= xs[i]:
            y0, y1 = points[i - 1][1], points[i][1]
            return y0 + (y1 - y0) * (x - xs[i - 1]) / (xs[i] - xs[i - 1])
    return points[-1][1]


def value_on(day: dt.date, table: Table) -> str:
    """The value of `table` in force on `day` (its first value before its first day)."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def stepped(table: Table, text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that shows `text(value)` for the value of `table` in force:
    from the oldest day the set's first day's value, then one from each later change."""
    first = (_OLD, text(value_on(FIRST_DAY, table)))
    return (first,) + tuple((start, text(value)) for start, value in table
                            if start > FIRST_DAY.isoformat())


def tax_year(day: dt.date) -> str:
    """The British tax year (6 April to 5 April) `day` falls in: "2017/18"."""
    y = day.year if (day.month, day.day) >= (4, 6) else day.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


def fr_day(n: int) -> str:
    """A day of the month as French prints it: "1er", "2", ..."""
    return "1er" if n == 1 else str(n)


def weekend_to_monday(day: dt.date) -> dt.date:
    """A due date that falls on a Saturday or Sunday moves to the Monday after."""
    return day + dt.timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def thousands(n: int, sep: str) -> str:
    """`n` with `sep` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


# The dates of British Budgets and Autumn Statements, with their names.
UK_BUDGETS = {"2015-03-18": "Budget 2015", "2015-07-08": "Summer Budget 2015",
              "2015-11-25": "Autumn Statement 2015", "2016-03-16": "Budget 2016",
              "2016-11-23": "Autumn Statement 2016", "2017-03-08": "Spring Budget 2017",
              "2017-11-22": "Autumn Budget 2017", "2018-10-29": "Budget 2018",
              "2020-03-11": "Budget 2020"}
# Insurance Premium Tax, standard rate.
IPT = (("2011-01-04", "6%"), ("2015-11-01", "9.5%"), ("2016-10-01", "10%"),
       ("2017-06-01", "12%"))
OGDEN = (("2001-06-28", "2.5%"), ("2017-03-20", "-0.75%"), ("2019-08-05", "-0.25%"))
BANK_RATE = (("2009-03-05", "0.5%"), ("2016-08-04", "0.25%"), ("2017-11-02", "0.5%"),
             ("2018-08-02", "0.75%"), ("2020-03-11", "0.25%"), ("2020-03-19", "0.1%"))


# --- a British insurance trade magazine ---------------------------------------------------

CL_REDESIGN = dt.date(2018, 10, 1)  # relaunched the day the IDD applied in Britain
CL_NEWSLETTERS = dt.date(2016, 9, 5)
CL_CPD_QUIZ = dt.date(2017, 9, 4)


def _cl_dated(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} · {{time}}"


def _cl_rates(day: dt.date) -> str:
    return (f"Key rates: Bank Rate {value_on(day, BANK_RATE)} · IPT {value_on(day, IPT)} · "
            f"Ogden discount rate {value_on(day, OGDEN)}")


def cl_awards_close(y: int) -> dt.date:
    """The closing day for entries to the magazine's claims awards: the last Friday of April."""
    return last_weekday(y, 4, 4)


@cache
def _cl_bulletin() -> Wordings:
    base = _steps((_OLD, "Register free for Cover Ledger's daily news alerts"),
                  (CL_NEWSLETTERS.isoformat(), "📧 Pick your newsletters: Daily, Claims "
                                               "Weekly, London Market. Register free"))
    news = [
        _span("2015-12-06", "2015-12-20", "🌧️ Storm Desmond: the latest on flood claims "
                                          "from insurers and loss adjusters"),
        _span("2017-02-27", "2017-03-31", "⚖️ Ogden discount rate cut to -0.75%: all our "
                                          "coverage and analysis"),
        _span("2018-02-28", "2018-03-11", "❄️ Beast from the East: burst pipes and "
                                          "escape-of-water claims"),
        _span("2018-05-14", "2018-05-31", "🔐 GDPR is here: what brokers must do with "
                                          "client data"),
        _span("2018-09-17", "2018-09-30", "📋 IDD applies from 1 October: the checklist for "
                                          "brokers"),
        _span("2019-07-15", "2019-08-18", "⚖️ New Ogden rate of -0.25%: reaction from motor "
                                          "and liability insurers"),
        _span("2020-03-16", "2020-09-14", "🦠 Coronavirus: how insurers and brokers are "
                                          "responding"),
        _span("2020-09-15", "2020-09-21", "⚖️ Business interruption test case: the judgment "
                                          "and reaction"),
        _span("2020-11-16", "2020-11-20", "⚖️ BI test case at the Supreme Court: our "
                                          "day-by-day report"),
    ]
    awards = _movable(cl_awards_close, 21, 0, lambda y: (
        f"🏆 Cover Ledger Claims Awards {y}: entries close on {cl_awards_close(y).day} April"))
    return _calendar(base, news, awards)


def coverledger_style() -> PublisherStyle:
    """A British insurance trade magazine: a market kicker from a pool, the short date
    turned the weekday, the long date and the time on the day the Insurance Distribution
    Directive applied (a wording per day), "By" turned the writer with the beat, a premium
    marker reworded, the key rates (Bank Rate, Insurance Premium Tax and the Ogden discount
    rate, each from the day it changed), "READ MORE" and advertisement markers up to twice,
    a CPD line reworded for a quiz, a newsletter line reworded and turned by storms, the
    Ogden reviews, GDPR, IDD, the pandemic, the business-interruption test case and each
    year's claims awards, the publisher line and the copyright line (a block), a rare
    clarification."""
    return PublisherStyle(
        domain="coverledger.co.uk", site="Cover Ledger", base_size=250,
        subdomains=(("www.", 100),),
        sections=("general-insurance", "claims", "reinsurance", "regulation", "broking",
                  "insurtech"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("General insurance", "Commercial lines", "Personal lines", "Claims",
                       "Reinsurance", "London market", "Regulation", "Insurtech",
                       "Broking"),
            "beat": ("Claims Editor", "Deputy Editor", "London Market Reporter",
                     "Commercial Lines Reporter", "Insurtech Correspondent",
                     "Reinsurance Editor"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_cl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (CL_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("access", HEADER, 0.15, (_OLD, "Premium article"),
               (CL_REDESIGN.isoformat(), "🔒 For subscribers · Already a member? Log in")),
            _f("rates", HEADER, 0.2, *_by_day(_cl_rates)),
            _f("read-more", MIDDLE, 0.4, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("cpd", FOOTER, 0.3,
               (_OLD, "CPD: reading this article counts as 30 minutes of unstructured CPD."),
               (CL_CPD_QUIZ.isoformat(), "🎓 Earn CPD: answer three questions on this "
                                         "article to log 30 minutes of structured learning.")),
            _f("bulletin", FOOTER, 0.3, *_cl_bulletin()),
            _f("publisher", FOOTER, 0.3, (_OLD, "Cover Ledger is published by Ledgerhouse "
                                                "Media Ltd, 3 Mincing Court, London EC3R "
                                                "7AA.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Ledgerhouse Media Ltd. No part of "
                                                 "this article may be reproduced without "
                                                 "written permission.")),
            _f("clarification", HEADER, 0.04, (_OLD, "Clarification: this story was amended "
                                                     "to give the insurer's correct combined "
                                                     "ratio.")),
        ),
    )


# --- a British accountancy trade magazine -------------------------------------------------

DC_REDESIGN = dt.date(2019, 4, 1)  # relaunched on Making Tax Digital's first day
DC_WEEKLY = dt.date(2017, 1, 9)
PERSONAL_ALLOWANCE = (("2014-04-06", "£10,000"), ("2015-04-06", "£10,600"),
                      ("2016-04-06", "£11,000"), ("2017-04-06", "£11,500"),
                      ("2018-04-06", "£11,850"), ("2019-04-06", "£12,500"))
VAT_THRESHOLD = (("2014-04-01", "£81,000"), ("2015-04-01", "£82,000"),
                 ("2016-04-01", "£83,000"), ("2017-04-01", "£85,000"))
CORPORATION_TAX = (("2014-04-01", "21%"), ("2015-04-01", "20%"), ("2017-04-01", "19%"))
MTD_STEPS = (("2017-07-13", "Making Tax Digital for VAT begins on 1 April 2019: is your "
                            "practice ready?"),
             ("2019-04-01", "Making Tax Digital for VAT is live: read our guide for "
                            "practices"),
             ("2020-07-21", "Making Tax Digital will cover every VAT-registered business "
                            "from April 2022"))


def _dc_dated(day: dt.date) -> str:
    if day < DC_REDESIGN:
        return f"Posted: {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year} "
            f"· {{read_min}} min read")


def sa_deadline(day: dt.date) -> dt.date:
    """The next 31 January self-assessment deadline on or after `day`."""
    return dt.date(day.year if day.month == 1 else day.year + 1, 1, 31)


def _dc_countdown(day: dt.date) -> str:
    deadline = sa_deadline(day)
    returns = f"{deadline.year - 2}/{(deadline.year - 1) % 100:02d}"
    if day == deadline:
        return f"⏰ Self-assessment deadline today: file {returns} returns by midnight"
    days = (deadline - day).days
    return (f"⏰ {days} day{'s' if days > 1 else ''} to the 31 January {deadline.year} "
            f"self-assessment deadline ({returns} returns)")


def _dc_rates(day: dt.date) -> str:
    return (f"Tax year {tax_year(day)}: personal allowance {value_on(day, PERSONAL_ALLOWANCE)} "
            f"· VAT threshold {value_on(day, VAT_THRESHOLD)} · corporation tax "
            f"{value_on(day, CORPORATION_TAX)}")


@cache
def _dc_events() -> Wordings:
    base = _steps((_OLD, "Sign up for the Debit & Credit weekly technical update"),
                  (DC_WEEKLY.isoformat(), "📬 Every Monday: tax, audit and practice news in "
                                          "one email. Sign up free"))
    budgets = [(iso_day(day, -1), iso_day(day, 2), f"📊 {name}: live coverage and what it "
                                                   f"means for your clients")
               for day, name in UK_BUDGETS.items()]
    covid = [_span("2020-03-20", "2020-10-31", "🦠 COVID-19 support: furlough, grants and "
                                               "tax deferrals explained")]
    return _calendar(base, covid, budgets)


def debitandcredit_style() -> PublisherStyle:
    """A British accountancy trade magazine: a topic from a pool, "Posted:" with the numeric
    date turned the weekday, the ordinal date and the reading time on Making Tax Digital's
    first day (a wording per day), "by" turned the writer with the beat, a countdown to the
    next 31 January self-assessment deadline (a wording per day), "Related:" and a sponsor's
    insert mid-body, a Making Tax Digital line reworded as the plans changed, the tax year's
    personal allowance, VAT threshold and corporation tax rate (each from the day it
    changed), a CPD line reworded with the reading time, a not-advice line, the jobs count, a
    newsletter line reworded and turned by each Budget and Autumn Statement and the
    pandemic's support schemes, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="debitandcredit.co.uk", site="Debit & Credit", base_size=220,
        subdomains=(("www.", 85), ("", 15)),
        sections=("tax", "audit", "practice", "payroll", "technology", "careers"),
        n_authors=9, url_path="/{section}/{slug}",
        pools={
            "topic": ("Tax", "Audit", "Practice management", "Payroll", "Cloud accounting",
                      "VAT", "Technical", "Careers"),
            "beat": ("Tax Editor", "Technical Editor", "Practice Reporter",
                     "Payroll Correspondent", "Audit Editor"),
            "sponsor": ("Ledgerly", "TaxPilot", "PayNest", "Sumwise", "AuditBay"),
        },
        families=(
            _f("topic", HEADER, 0.55, (_OLD, "{topic}")),
            _f("dated", HEADER, 0.9, *_by_day(_dc_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "by {author}"),
               (DC_REDESIGN.isoformat(), "Written by {author}, {author_beat}")),
            _f("countdown", HEADER, 0.25, *_daily(_dc_countdown)),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("sponsored", MIDDLE, 0.2, (_OLD, "Sponsored · In association with {sponsor}")),
            _f("mtd", FOOTER, 0.2, (_OLD, "Making Tax Digital: are your clients ready for "
                                          "quarterly updates from April 2018?"), *MTD_STEPS),
            _f("rates", FOOTER, 0.2, *_by_day(_dc_rates)),
            _f("cpd", FOOTER, 0.35,
               (_OLD, "CPD: reading this article can count towards your verifiable CPD. "
                      "Record what you learned in your CPD log."),
               (DC_REDESIGN.isoformat(), "🎓 Log it: this {read_min}-minute read can count "
                                         "towards your CPD")),
            _f("not-advice", FOOTER, 0.3, (_OLD, "This article is general information, not "
                                                 "professional advice. Always check the "
                                                 "latest HMRC guidance before acting.")),
            _f("jobs", FOOTER, 0.15, (_OLD, "Jobs this week: {count} roles in practice and "
                                            "industry on Debit & Credit Jobs")),
            _f("events", FOOTER, 0.25, *_dc_events()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Debit & Credit Publishing Ltd · "
                                                "Registered in England and Wales No. "
                                                "07812345")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong filing date for "
                                                  "partnership returns.")),
        ),
    )


# --- a German insurance trade site --------------------------------------------------------

AR_REDESIGN = dt.date(2018, 2, 23)  # relaunched the day the IDD took effect in Germany
AR_NEWSLETTER = dt.date(2017, 5, 2)
GARANTIEZINS = (("2012-01-01", "1,75"), ("2015-01-01", "1,25"), ("2017-01-01", "0,90"))
BBG_WEST = (("2014-01-01", "5.950"), ("2015-01-01", "6.050"), ("2016-01-01", "6.200"),
            ("2017-01-01", "6.350"), ("2018-01-01", "6.500"), ("2019-01-01", "6.700"),
            ("2020-01-01", "6.900"), ("2021-01-01", "7.100"))
DKM = {2015: ("2015-10-27", "2015-10-29"), 2016: ("2016-10-25", "2016-10-27"),
       2017: ("2017-10-24", "2017-10-26"), 2018: ("2018-10-23", "2018-10-25"),
       2019: ("2019-10-22", "2019-10-24"), 2020: ("2020-10-26", "2020-10-29")}


def _ar_datum(day: dt.date) -> str:
    if day < AR_REDESIGN:
        return f"Veröffentlicht am {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{day.day:02d}.{day.month:02d}.{day.year} · {{time}} Uhr · Lesezeit "
            f"{{read_min}} Min.")


@cache
def _ar_hinweis() -> Wordings:
    base = _steps((_OLD, "Den Assekuranz-Report-Newsletter kostenlos bestellen"),
                  (AR_NEWSLETTER.isoformat(), "📰 Montag bis Freitag um 6 Uhr: der "
                                              "Assekuranz-Report-Newsletter für Makler und "
                                              "Vermittler"))
    news = [
        _span("2018-01-18", "2018-01-31", "Sturmtief Friederike: die Schadenbilanz der "
                                          "Versicherer"),
        _span("2018-02-12", "2018-03-09", "IDD ab 23. Februar: Was Vermittler jetzt wissen "
                                          "müssen"),
        _span("2020-03-16", "2020-06-30", "Corona-Pandemie: Betriebsschließungen und was die "
                                          "Versicherer zahlen"),
    ]
    messe = [(iso_day(first, -7), iso_day(last, 1),
              f"DKM {y} in Dortmund: Unser Messe-Special mit allen Terminen" if y < 2020 else
              "DKM 2020 digital: Unser Special zur virtuellen Leitmesse")
             for y, (first, last) in DKM.items()]
    return _calendar(base, news, messe)


def assekuranz_style() -> PublisherStyle:
    """A German insurance trade site: a section from a pool, "Veröffentlicht am" with the
    numeric date turned the date, the time and the reading time on the day the IDD took
    effect (a wording per day), "von" turned "Autor:" with the desk, "Quelle:" from a pool,
    "Anzeige" (up to twice) and "Mehr zum Thema:" mid-body, the maximum guaranteed rate for
    new life policies (cut in 2015 and 2017), the pension contribution ceiling (each
    January), a not-advice line, a newsletter line reworded and turned by a storm, the IDD,
    the pandemic and each year's DKM fair, the imprint and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="assekuranz-report.de", site="Assekuranz-Report", base_size=195,
        subdomains=(("www.", 100),),
        sections=("leben", "kranken", "kfz", "vertrieb", "bav", "recht"),
        n_authors=8, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Lebensversicherung", "Krankenversicherung", "Kfz-Versicherung",
                       "Vertrieb", "Maklerwelt", "bAV", "Regulierung", "Schaden"),
            "quelle": ("GDV", "BaFin", "Deutsche Bundesbank", "Unternehmensangaben",
                       "eigene Recherche", "Statistisches Bundesamt"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_ar_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "von {author}"),
               (AR_REDESIGN.isoformat(), "Autor: {author} · Redaktion Assekuranz-Report")),
            _f("quelle", MIDDLE, 0.3, (_OLD, "Quelle: {quelle}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("mehr", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("garantiezins", FOOTER, 0.2, *stepped(GARANTIEZINS, lambda v: (
                f"Höchstrechnungszins für neue Lebensversicherungsverträge: {v} %"))),
            _f("bbg", FOOTER, 0.15, *stepped(BBG_WEST, lambda v: (
                f"Beitragsbemessungsgrenze Rentenversicherung (West): {v} Euro im Monat"))),
            _f("keine-beratung", FOOTER, 0.35, (_OLD, "Dieser Beitrag dient ausschließlich "
                                                      "der Information und ersetzt keine "
                                                      "Versicherungs- oder Anlageberatung.")),
            _f("hinweis", FOOTER, 0.3, *_ar_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "Assekuranz-Report erscheint im Rheinauen "
                                                 "Fachverlag GmbH, Köln.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Rheinauen Fachverlag GmbH · "
                                                 "Nachdruck nur mit Genehmigung")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version war "
                                                 "die Beitragseinnahme des Versicherers zu "
                                                 "hoch angegeben.")),
        ),
    )


# --- a French insurance and broking weekly ------------------------------------------------

CH_REDESIGN = dt.date(2019, 5, 23)  # relaunched the day the PACTE law was published
CH_NEWSLETTER = dt.date(2017, 1, 9)
# Average yield of euro funds in life insurance for a year, published each January.
FONDS_EUROS = (("2014-01-28", "2013 : 2,8"), ("2015-01-27", "2014 : 2,5"),
               ("2016-01-26", "2015 : 2,3"), ("2017-01-24", "2016 : 1,9"),
               ("2018-01-23", "2017 : 1,8"), ("2019-01-22", "2018 : 1,8"),
               ("2020-01-28", "2019 : 1,4"))
PASS = tuple((f"{y}-01-01", f"{y} : {amount[:2]}{NBSP}{amount[2:]}") for y, amount in (
    (2014, "37548"), (2015, "38040"), (2016, "38616"), (2017, "39228"), (2018, "39732"),
    (2019, "40524"), (2020, "41136"), (2021, "41136")))
MONTE_CARLO = {2015: "2015-09-12", 2016: "2016-09-10", 2017: "2017-09-09", 2018: "2018-09-08",
               2019: "2019-09-07"}  # the Rendez-vous de Septembre's first day; none in 2020


def _ch_date(day: dt.date) -> str:
    if day < CH_REDESIGN:
        return f"Publié le {fr_day(day.day)} {MOIS[day.month - 1]} {day.year}"
    return (f"{JOURS[day.weekday()].capitalize()} {fr_day(day.day)} {MOIS[day.month - 1]} "
            f"{day.year} · {{time}}")


@cache
def _ch_newsletter() -> Wordings:
    base = _steps((_OLD, "Recevez chaque lundi notre lettre d'information"),
                  (CH_NEWSLETTER.isoformat(), "📩 Chaque matin, l'essentiel de l'assurance et "
                                              "du courtage : inscrivez-vous à notre "
                                              "newsletter"))
    news = [
        _span("2017-09-15", "2017-10-08", "🌀 Ouragan Irma : le point sur l'indemnisation à "
                                          "Saint-Martin et Saint-Barthélemy"),
        _span("2018-01-03", "2018-01-14", "🌬️ Tempête Eleanor : les assureurs mobilisés"),
        _span("2019-05-23", "2019-06-16", "📜 Loi Pacte : ce qui change pour l'épargne "
                                          "retraite et l'assurance vie"),
        _span("2020-03-16", "2020-06-30", "🦠 Covid-19 : les assureurs face aux pertes "
                                          "d'exploitation"),
        _span("2020-11-16", "2020-12-06", "📅 Résiliation infra-annuelle des complémentaires "
                                          "santé au 1er décembre 2020"),
    ]
    rdv = [(iso_day(first, -5), iso_day(first, 6), f"🌊 Rendez-vous de Septembre {y} à "
                                                  f"Monte-Carlo : notre édition spéciale "
                                                  f"réassurance")
           for y, first in MONTE_CARLO.items()]
    return _calendar(base, news, rdv)


def courtierhebdo_style() -> PublisherStyle:
    """A French insurance and broking weekly: a section from a pool, "Publié le" with the
    long date ("1er" on the first) turned the weekday, the date and the time on the day the
    PACTE law was published (a wording per day), "Par" turned the writer with the title, a
    subscribers' marker, "Sur le même sujet :" and "Publicité" (up to twice) mid-body, the
    average euro-fund yield (each January) and the social-security ceiling (each year), a
    newsletter line reworded and turned by Irma, Eleanor, PACTE, the pandemic, the
    termination-at-any-time rule and the Rendez-vous de Septembre, the rights line and the
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="courtierhebdo.fr", site="Le Courtier Hebdo", base_size=170,
        subdomains=(("www.", 100),),
        sections=("assurance-vie", "iard", "sante-prevoyance", "courtage", "reglementation"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={"rubrique": ("Assurance vie", "IARD", "Santé-prévoyance", "Courtage",
                            "Réglementation", "Sinistres", "Retraite", "Insurtech")},
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_ch_date)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}"),
               (CH_REDESIGN.isoformat(), "Par {author} | Le Courtier Hebdo")),
            _f("abonnes", HEADER, 0.12, (_OLD, "Article réservé aux abonnés")),
            _f("sujet", MIDDLE, 0.35, (_OLD, "Sur le même sujet : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("fonds-euros", FOOTER, 0.2, *stepped(FONDS_EUROS, lambda v: (
                f"Rendement moyen des fonds en euros en {v} %"))),
            _f("pass", FOOTER, 0.15, *stepped(PASS, lambda v: (
                f"Plafond annuel de la Sécurité sociale {v}{NBSP}€"))),
            _f("newsletter", FOOTER, 0.3, *_ch_newsletter()),
            _f("droits", FOOTER, 0.3, (_OLD, "Tous droits réservés. Toute reproduction, même "
                                             "partielle, est soumise à autorisation.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Éditions du Courtier – Le Courtier "
                                                 "Hebdo")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article mentionnait un mauvais chiffre "
                                               "d'affaires.")),
        ),
    )


# --- a Dutch pensions news site -----------------------------------------------------------

PB_REDESIGN = dt.date(2019, 6, 5)  # relaunched the day the pensions agreement was presented
PB_NEWSLETTER = dt.date(2018, 1, 8)
AOW_LEEFTIJD = {2015: "65 jaar en 3 maanden", 2016: "65 jaar en 6 maanden",
                2017: "65 jaar en 9 maanden", 2018: "66 jaar", 2019: "66 jaar en 4 maanden",
                2020: "66 jaar en 4 maanden", 2021: "66 jaar en 4 maanden"}
FUNDING = (("2015-01-31", 103.0), ("2015-06-30", 107.0), ("2016-06-30", 97.0),
           ("2016-12-31", 100.0), ("2017-12-31", 111.0), ("2018-12-31", 105.0),
           ("2019-08-31", 94.0), ("2019-12-31", 100.0), ("2020-03-31", 89.0),
           ("2020-12-31", 97.0))


def _pb_datum(day: dt.date) -> str:
    if day < PB_REDESIGN:
        return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"
    return (f"Gepubliceerd op {WEEKDAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} "
            f"{day.year} om {{time}}")


def funding_ratio(y: int, m: int) -> float:
    """A made-up average funding ratio of Dutch pension funds at the end of month `m`."""
    end = dt.date(y + m // 12, m % 12 + 1, 1) - ONE
    return through(end, FUNDING) + 0.8 * wobble("dekkingsgraad", y * 12 + m)


def _pb_dekking(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.day >= 15 else (day.year, day.month - 2)
    if m <= 0:
        y, m = y - 1, m + 12
    ratio = f"{funding_ratio(y, m):.1f}".replace(".", ",")
    return f"Gemiddelde dekkingsgraad pensioenfondsen eind {MAANDEN[m - 1]} {y}: {ratio}%"


@cache
def _pb_melding() -> Wordings:
    base = _steps((_OLD, "Abonneer je op de gratis nieuwsbrief van PensioenBode"),
                  (PB_NEWSLETTER.isoformat(), "📬 Elke werkdag het pensioennieuws in je "
                                              "mailbox? Meld je gratis aan"))
    news = [
        _span("2019-06-05", "2019-06-30", "Pensioenakkoord gesloten: lees alle analyses en "
                                          "reacties"),
        _span("2019-10-28", "2019-11-30", "Dreigende kortingen: volg het nieuws per "
                                          "pensioenfonds"),
        _span("2020-03-16", "2020-05-31", "Coronacrisis: dekkingsgraden onder druk"),
    ]
    prinsjesdag = _movable(lambda y: nth_weekday(y, 9, 1, 3), 3, 2, lambda y: (
        f"Prinsjesdag {y}: wat betekenen de plannen voor uw pensioen en AOW?"))
    return _calendar(base, news, prinsjesdag)


def pensioenbode_style() -> PublisherStyle:
    """A Dutch pensions news site: a category from a pool, the long date turned
    "Gepubliceerd op" with the weekday and the time on the day the pensions agreement was
    presented (a wording per day), "Door" turned the writer with the reading time, the
    average funding ratio at the end of last month (a wording per month, from each 15th),
    the year's state pension age, "Lees ook:" and "Advertentie" (up to twice) mid-body, an
    investment-risk warning mid-body, a newsletter line reworded and turned by the pensions
    agreement, the threatened cuts, the pandemic and each Prinsjesdag, the no-rights
    disclaimer and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="pensioenbode.nl", site="PensioenBode", base_size=130,
        subdomains=(("www.", 100),),
        sections=("pensioenfondsen", "aow", "beleggen", "toezicht", "werkgevers"),
        n_authors=5, url_path="/nieuws/{yyyy}/{mm}/{slug}",
        pools={"categorie": ("Pensioenfondsen", "AOW", "Pensioenakkoord", "Beleggingen",
                             "Toezicht", "Werkgevers", "Deelnemers")},
        families=(
            _f("categorie", HEADER, 0.45, (_OLD, "{categorie}")),
            _f("datum", HEADER, 0.85, *_by_day(_pb_datum)),
            _f("door", HEADER, 0.5, (_OLD, "Door {author}"),
               (PB_REDESIGN.isoformat(), "Door {author} · leestijd: {read_min} min.")),
            _f("dekkingsgraad", HEADER, 0.2, *_by_day(_pb_dekking)),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}")),
            _f("advertentie", MIDDLE, 0.25, (_OLD, "Advertentie"), count=2),
            _f("risico", MIDDLE, 0.12, (_OLD, "Let op: beleggen brengt risico's met zich mee. "
                                              "U kunt (een deel van) uw inleg verliezen.")),
            _f("aow", FOOTER, 0.2, *tuple(
                ((_OLD if y == 2015 else f"{y}-01-01"), f"AOW-leeftijd in {y}: {age}")
                for y, age in AOW_LEEFTIJD.items())),
            _f("melding", FOOTER, 0.3, *_pb_melding()),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "Aan de inhoud van dit artikel kunnen geen "
                                                 "rechten worden ontleend.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} PensioenBode · Alle rechten "
                                                 "voorbehouden")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie van "
                                                    "dit bericht stond een verkeerde "
                                                    "dekkingsgraad.")),
        ),
    )


# --- a Japanese insurance industry paper --------------------------------------------------

HK_REDESIGN = dt.date(2017, 4, 1)  # relaunched at the start of the 2017 fiscal year
HK_DIGITAL = dt.date(2018, 4, 2)
HK_ISSUE_FIRST = dt.date(2015, 1, 2)  # issue 9,801 (the paper comes out Mon, Wed and Fri)
STANDARD_RATE = (("2013-04-01", "1.00"), ("2017-04-01", "0.25"))
HK_PRICE = (("2014-04-01", "3,240"), ("2019-10-01", "3,300"))  # monthly, with consumption tax
SHINKOKU_END = {2015: "2015-03-16", 2016: "2016-03-15", 2017: "2017-03-15",
                2018: "2018-03-15", 2019: "2019-03-15", 2020: "2020-04-16"}


def era(day: dt.date) -> str:
    """The Japanese era year of `day`: 平成29年, 令和元年, 令和2年."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return f"令和{'元' if n == 1 else n}年"


def _hk_hizuke(day: dt.date) -> str:
    if day < HK_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return f"{day.year}年（{era(day)}）{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"


def issue_number(day: dt.date) -> int:
    """The paper's latest issue on `day`: one each Monday, Wednesday and Friday."""
    days = (day - HK_ISSUE_FIRST).days
    weeks, rest = divmod(days, 7)
    # HK_ISSUE_FIRST is a Friday: the next issues come 3 (Mon) and 5 (Wed) days later.
    return 9801 + 3 * weeks + (rest >= 3) + (rest >= 5)


def _hk_gou(day: dt.date) -> str:
    return f"本紙掲載号：第{issue_number(day):,}号"


@cache
def _hk_oshirase() -> Wordings:
    base = _steps((_OLD, "本紙の定期購読のお申し込みはこちらから"),
                  (HK_DIGITAL.isoformat(), "📱 電子版がスタート：スマートフォンでも全記事が"
                                           "読めます"))
    news = [
        _span("2019-04-01", "2019-04-24", "新元号「令和」：各社のシステム対応まとめ"),
        _span("2020-04-17", "2020-06-30", "新型コロナウイルス：保険金・給付金の特別取扱い"
                                          "一覧"),
    ]
    gw = _yearly("05-03", 8, 3, lambda y: f"ゴールデンウィーク（{y}年5月3日〜6日）は休刊"
                                            f"いたします")
    nenmatsu = _yearly("12-29", 9, 6, lambda y: f"年末年始（{y}年12月29日〜{y + 1}年1月4日）"
                                                 f"は休刊いたします")
    shinkoku = [(dt.date(y, 2, 16), iso_day(end, 1), f"確定申告は{iso_day(end).month}月"
                                                     f"{iso_day(end).day}日まで：生命保険料"
                                                     f"控除の記入漏れにご注意ください")
                for y, end in SHINKOKU_END.items()]
    return _calendar(base, news, gw, nenmatsu, shinkoku)


def hokenkeizai_style() -> PublisherStyle:
    """A Japanese insurance industry paper: a field from a pool, the slashed date turned the
    Western year with the era year and the weekday at the start of the 2017 fiscal year (a
    wording per day, Heisei turned Reiwa on 1 May 2019), the issue the article ran in (a
    wording per issue, three a week), "出典：" from a pool, the standard rate for life
    insurance (cut in April 2017), "関連記事：" and "広告" mid-body, a notice reworded for the
    digital edition and turned by the new era, the pandemic, Golden Week and New Year
    closures and the final-return season (extended in 2020), the subscription price (raised
    with the consumption tax in October 2019), the no-reproduction line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="hokenkeizai.jp", site="保険経済新報", base_size=105,
        subdomains=(("www.", 100),),
        sections=("seiho", "sonpo", "dairiten", "kantoku", "kyosai"),
        n_authors=4, url_path="/article/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "bunya": ("生命保険", "損害保険", "少額短期保険", "共済", "代理店", "規制・監督",
                      "再保険"),
            "shutten": ("金融庁", "生命保険協会", "日本損害保険協会", "損害保険料率算出機構",
                        "各社発表"),
        },
        families=(
            _f("bunya", HEADER, 0.45, (_OLD, "【{bunya}】")),
            _f("hizuke", HEADER, 0.85, *_by_day(_hk_hizuke)),
            _f("gou", HEADER, 0.3, *_by_day(_hk_gou)),
            _f("shutten", MIDDLE, 0.3, (_OLD, "出典：{shutten}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}")),
            _f("kokoku", MIDDLE, 0.3, (_OLD, "広告")),
            _f("yotei", FOOTER, 0.15, *stepped(STANDARD_RATE, lambda v: (
                f"生命保険の標準利率：年{v}%"))),
            _f("oshirase", FOOTER, 0.3, *_hk_oshirase()),
            _f("koudoku", FOOTER, 0.15, *stepped(HK_PRICE, lambda v: (
                f"購読料：月額{v}円（税込）"))),
            _f("tensai", FOOTER, 0.4, (_OLD, "記事・写真・図表の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} 保険経済新報社 All "
                                                 "Rights Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】記事中の保険料収入の数値に誤りがあり"
                                              "ました。お詫びして訂正します。")),
        ),
    )


# --- an Italian insurance trade site for agents and brokers -------------------------------

AO_REDESIGN = dt.date(2018, 10, 1)  # relaunched the day the IDD took effect in Italy
AO_NEWSLETTER = dt.date(2017, 3, 1)
SCADENZE_730 = {2015: "2015-07-07", 2016: "2016-07-07", 2017: "2017-07-24",
                2018: "2018-07-23", 2019: "2019-07-23", 2020: "2020-09-30"}
RC_AUTO = (("2014-11-15", 468.0), ("2016-02-15", 432.0), ("2017-08-15", 412.0),
           ("2019-02-15", 398.0), ("2020-08-15", 384.0), ("2021-02-15", 372.0))


def _ao_data(day: dt.date) -> str:
    if day < AO_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}, ore {{time}}"


def rc_quarter(day: dt.date) -> tuple[int, int]:
    """The last quarter (year, 1-4) whose average motor premium is out on `day`: each one is
    published on the 15th of the second month after it ends."""
    y, q = day.year, 4
    while True:
        month = 3 * q + 2  # 5, 8, 11 or 14 (February of the next year)
        if dt.date(y + (month - 1) // 12, (month - 1) % 12 + 1, 15) <= day:
            return y, q
        y, q = (y, q - 1) if q > 1 else (y - 1, 4)


def rc_premium(y: int, q: int) -> int:
    end = dt.date(y, 3 * q, 1)
    return round(through(end, RC_AUTO) + 3 * wobble("rcauto", y * 4 + q))


def _ao_rcauto(day: dt.date) -> str:
    y, q = rc_quarter(day)
    return (f"Premio medio RC auto: {rc_premium(y, q)} euro ({q}° trimestre {y}, "
            f"rilevazione IVASS)")


@cache
def _ao_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter di Assicurare Oggi"),
                  (AO_NEWSLETTER.isoformat(), "📩 Ogni mattina le notizie per agenti e broker: "
                                              "iscriviti gratis"))
    news = [
        _span("2018-09-17", "2018-10-14", "IDD in vigore dal 1° ottobre: cosa cambia per gli "
                                          "intermediari"),
        _span("2020-03-09", "2020-05-18", "Emergenza Covid-19: le misure per assicurati e "
                                          "intermediari"),
    ]
    scadenze = []
    for y, day in SCADENZE_730.items():
        end = iso_day(day)
        scadenze.append((end - 20 * ONE, end + ONE, f"🗓️ Dichiarazione 730/{y}: scadenza il "
                                                    f"{end.day} {MESI[end.month - 1]}. Le "
                                                    f"polizze da detrarre"))
    return _calendar(base, news, scadenze)


def assicurareoggi_style() -> PublisherStyle:
    """An Italian insurance trade site for agents and brokers: a section from a pool, the
    numeric date turned the weekday, the long date and the time on the day the IDD took
    effect in Italy (a wording per day), "di" turned the writer with the desk, the average
    motor premium of the last quarter (a wording per quarter), "Leggi anche:" and
    "Pubblicità" (up to twice) mid-body, a newsletter line reworded and turned by the IDD,
    the lockdown and each year's 730 deadline (moved in 2017 and 2020), the court
    registration, the editor, the publisher's VAT number and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="assicurareoggi.it", site="Assicurare Oggi", base_size=85,
        subdomains=(("www.", 100),),
        sections=("vita", "danni", "rc-auto", "intermediari", "normativa"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"sezione": ("Vita", "Danni", "RC Auto", "Intermediari", "Normativa",
                           "Previdenza", "Sinistri")},
        families=(
            _f("sezione", HEADER, 0.4, (_OLD, "{sezione}")),
            _f("data", HEADER, 0.85, *_by_day(_ao_data)),
            _f("autore", HEADER, 0.5, (_OLD, "di {author}"),
               (AO_REDESIGN.isoformat(), "Di {author} – Redazione Assicurare Oggi")),
            _f("rcauto", HEADER, 0.2, *_by_day(_ao_rcauto)),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("avviso", FOOTER, 0.3, *_ao_avviso()),
            _f("testata", FOOTER, 0.25, (_OLD, "Testata giornalistica registrata presso il "
                                               "Tribunale di Milano, n. 214 del 12/05/2009")),
            _f("direttore", FOOTER, 0.25, (_OLD, "Direttore responsabile: Marta Colombini")),
            _f("editore", FOOTER, 0.3, (_OLD, "Editore: AO Media S.r.l. – P.IVA "
                                              "04512870965")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Riproduzione riservata")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: nella prima versione "
                                              "dell'articolo la data di entrata in vigore "
                                              "era errata.")),
        ),
    )


# --- a British pensions trade site --------------------------------------------------------

PN_REDESIGN = dt.date(2016, 4, 6)  # relaunched on new state pension day
PN_WEEKLY = dt.date(2018, 9, 7)
PN_MAPS = dt.date(2019, 1, 1)  # the Money and Pensions Service opened
STATE_PENSION = (("2014-04-06", "Basic State Pension £113.10"),
                 ("2015-04-06", "Basic State Pension £115.95"),
                 ("2016-04-06", "New State Pension £155.65"),
                 ("2017-04-06", "New State Pension £159.55"),
                 ("2018-04-06", "New State Pension £164.35"),
                 ("2019-04-06", "New State Pension £168.60"),
                 ("2020-04-06", "New State Pension £175.20"))
LIFETIME_ALLOWANCE = (("2014-04-06", "£1.25m"), ("2016-04-06", "£1m"),
                      ("2018-04-06", "£1.03m"), ("2019-04-06", "£1.055m"),
                      ("2020-04-06", "£1.0731m"))
AUTO_ENROLMENT = {2018: "5%", 2019: "8%"}  # minimum total contributions from 6 April


def _pn_dated(day: dt.date) -> str:
    if day < PN_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _pn_allowances(day: dt.date) -> str:
    return (f"{tax_year(day)}: {value_on(day, STATE_PENSION)} a week · lifetime allowance "
            f"{value_on(day, LIFETIME_ALLOWANCE)} · annual allowance £40,000")


def _pn_correct(day: dt.date) -> str:
    return (f"Figures correct as of {day.day} {MONTHS[day.month - 1]} {day.year}; rates and "
            f"allowances can change.")


@cache
def _pn_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to the Pension Brief weekly email"),
                  (PN_WEEKLY.isoformat(), "📨 Pension Brief Weekly lands every Friday "
                                          "morning. Subscribe free"))
    first = [
        _span("2015-03-23", "2015-04-12", "Pension freedoms start on 6 April: our guide for "
                                          "trustees and advisers"),
        _span("2020-03-23", "2020-06-30", "🦠 Coronavirus: scam warnings and transfer "
                                          "requests"),
    ] + [(iso_day(f"{y}-03-20"), iso_day(f"{y}-04-13"),
          f"Auto-enrolment minimums rise to {rate} on 6 April {y}")
         for y, rate in AUTO_ENROLMENT.items()]
    budgets = [(iso_day(day, -1), iso_day(day, 2), f"📊 {name}: the pensions announcements "
                                                   f"as they happen")
               for day, name in UK_BUDGETS.items()]
    year_end = _yearly("04-05", 21, 0, lambda y: (
        f"⏳ The {y - 1}/{y % 100:02d} tax year ends on 5 April: use your annual allowance"))
    january = _yearly("01-31", 21, 0, lambda y: (
        f"Self-assessment deadline 31 January {y}: claim higher-rate pension tax relief"))
    return _calendar(base, first, budgets, year_end, january)


def pensionbrief_style() -> PublisherStyle:
    """A British pensions trade site: the short numeric date turned the weekday and the long
    date on new state pension day (a wording per day), "Written by", the tax year's state
    pension, lifetime and annual allowances (each 6 April), "Related:", "Partner content"
    and a capital-at-risk advertisement mid-body, a past-performance warning, a not-advice
    line reworded when the Money and Pensions Service opened, "Figures correct as of" with
    the day's date (a wording per day), a newsletter line reworded and turned by pension
    freedoms, the auto-enrolment steps, the pandemic, each Budget and Autumn Statement, the
    tax year's end and the self-assessment deadline, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="pensionbrief.co.uk", site="Pension Brief", base_size=70,
        subdomains=(("www.", 100),),
        sections=("db", "dc", "regulation", "investment", "state-pension"),
        n_authors=4, url_path="/news/{slug}",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_pn_dated)),
            _f("author", HEADER, 0.55, (_OLD, "Written by {author}")),
            _f("allowances", HEADER, 0.2, *_by_day(_pn_allowances)),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("partner", MIDDLE, 0.15, (_OLD, "Partner content")),
            _f("risk-ad", MIDDLE, 0.15, (_OLD, "Advertisement · Capital at risk. Tax rules "
                                               "can change and their effect depends on your "
                                               "circumstances.")),
            _f("past-performance", FOOTER, 0.3, (_OLD, "The value of pensions and investments "
                                                       "can go down as well as up, and you "
                                                       "may get back less than you put in. "
                                                       "Past performance is not a guide to "
                                                       "future returns.")),
            _f("not-advice", FOOTER, 0.3,
               (_OLD, "Nothing here is personal financial advice. If you are unsure, speak "
                      "to a regulated adviser or contact Pension Wise."),
               (PN_MAPS.isoformat(), "Nothing here is personal financial advice. If you are "
                                     "unsure, speak to a regulated adviser or contact the "
                                     "Money and Pensions Service.")),
            _f("correct", FOOTER, 0.3, *_daily(_pn_correct)),
            _f("notice", FOOTER, 0.3, *_pn_notice()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Pension Brief Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article originally gave "
                                                  "the wrong date for the scheme's buy-in.")),
        ),
    )


# --- an actuarial bulletin ----------------------------------------------------------------

AD_REDESIGN = dt.date(2016, 9, 1)  # relaunched at the start of the 2016-17 CPD year
AD_ISSUE_FIRST = dt.date(2015, 1, 1)  # a Thursday: issue 212
CMI_MODEL = (("2014-03-11", "CMI_2013"), ("2015-03-10", "CMI_2014"),
             ("2016-03-08", "CMI_2015"), ("2017-03-07", "CMI_2016"),
             ("2018-03-06", "CMI_2017"), ("2019-03-07", "CMI_2018"),
             ("2020-03-05", "CMI_2019"))
AD_FEE = (("2013-09-01", "£40"), ("2017-09-01", "£45"), ("2019-09-01", "£50"))


def _ad_dated(day: dt.date) -> str:
    if day < AD_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
    return day.isoformat()


def ad_issue(day: dt.date) -> int:
    """The bulletin's latest issue on `day`: one every Thursday."""
    return 212 + (day - AD_ISSUE_FIRST).days // 7


def _ad_issue(day: dt.date) -> str:
    thursday = day - dt.timedelta(days=(day.weekday() - 3) % 7)
    week = thursday.isocalendar()
    return f"Issue {ad_issue(day)} · week {week[1]}, {week[0]}"


@cache
def _ad_cpd() -> Wordings:
    base = _steps((_OLD, "Reading the Digest can count towards your CPD: record it in your "
                         "CPD log."))
    covid = [_span("2020-03-23", "2020-05-31", "💻 April 2020 exams move online: what "
                                               "students need to know")]
    cpd_year = _yearly("08-31", 20, 0, lambda y: (
        f"📝 Your CPD year ends on 31 August {y}: make sure your record is complete"))
    april = _yearly("01-31", 14, 0, lambda y: (
        f"✏️ Bookings for the April {y} exams close on 31 January"))
    september = _yearly("07-15", 14, 0, lambda y: (
        f"✏️ Bookings for the September {y} exams close on 15 July"))
    return _calendar(base, covid, cpd_year, april, september)


def actuarialdigest_style() -> PublisherStyle:
    """An actuarial bulletin: the issue and week number (a wording per week, from each
    Thursday), "Posted on" with the date turned the ISO date at the start of the 2016-17 CPD
    year (a wording per day), the writer with the credential from a pool, "See also:" and
    the job of the week from a pool mid-body, the current CMI mortality projections model
    (each March), a CPD line turned by the end of each CPD year, exam bookings and the
    online exams of 2020, the views disclaimer, the membership fee (raised in 2017 and 2019)
    and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="actuarialdigest.org", site="The Actuarial Digest", base_size=55,
        subdomains=(("www.", 100),),
        sections=("pensions", "life", "general-insurance", "risk", "education"),
        n_authors=6, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "beat": ("FIA", "FFA", "student member", "CERA", "FIA, CERA"),
            "job": ("Pricing Actuary, London", "Senior Pensions Consultant, Leeds",
                    "Reserving Analyst, Zurich", "Head of Capital Modelling, Dublin",
                    "Graduate Actuarial Trainee, Edinburgh"),
        },
        families=(
            _f("issue", HEADER, 0.6, *_by_day(_ad_issue)),
            _f("dated", HEADER, 0.8, *_by_day(_ad_dated)),
            _f("author", HEADER, 0.5, (_OLD, "{author}, {author_beat}")),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("job", MIDDLE, 0.25, (_OLD, "Job of the week: {job}")),
            _f("cmi", FOOTER, 0.2, *stepped(CMI_MODEL, lambda v: (
                f"Current mortality projections model: {v}"))),
            _f("cpd", FOOTER, 0.3, *_ad_cpd()),
            _f("views", FOOTER, 0.35, (_OLD, "Views expressed in the Digest are the authors' "
                                             "own and not those of its editorial board.")),
            _f("membership", FOOTER, 0.2, *stepped(AD_FEE, lambda v: (
                f"The Actuarial Digest is free to members. Not a member? Join for {v} a "
                f"year."))),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} The Actuarial Digest. Share with "
                                                "attribution for non-commercial use.")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum: the table of annuity factors in "
                                               "the original version used the wrong "
                                               "discount rate.")),
        ),
    )


# --- a British high-street insurance broker's news pages ----------------------------------

HF_REDESIGN = dt.date(2019, 1, 14)
HF_SATURDAYS = dt.date(2017, 9, 2)  # the office stopped opening on Saturdays


def _hf_dated(day: dt.date) -> str:
    if day < HF_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _hf_hours() -> Wordings:
    base = _steps((_OLD, "Office hours: Mon–Fri 9am–5pm, Sat 9am–12pm"),
                  (HF_SATURDAYS.isoformat(), "Office hours: Monday to Friday, 9am to 5.30pm"))
    covid = [_span("2020-03-23", "2020-07-03", "Our office is closed, but the team is working "
                                               "from home: call or email as usual")]
    christmas = _yearly("12-24", 14, 7, lambda y: (
        f"🎄 Christmas {y}: we close at 1pm on 24 December and reopen on "
        f"{(weekend_to_monday(dt.date(y, 12, 29))).day} December"))
    good_friday = _movable(lambda y: easter(y) - 2 * ONE, 7, 3, lambda y: (
        f"Easter {y}: closed on Good Friday {(easter(y) - 2 * ONE).day} "
        f"{MONTHS[(easter(y) - 2 * ONE).month - 1]} and Easter Monday"))
    return _calendar(base, covid, christmas, good_friday)


def harlowfinch_style() -> PublisherStyle:
    """A British high-street insurance broker's news pages: "Posted in" with the category,
    "Posted on" with the American-order date and the writer turned the bare date on a
    redesign day (a wording per day), a call-us line mid-body, "Share this post", a
    guidance-only line, the Insurance Premium Tax rate in quotes (each rise), office hours
    reworded when Saturdays stopped and turned by Christmas, Easter and the pandemic, the
    complaints line, the FCA status line reworded and the company line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="harlowfinch.co.uk", site="Harlow & Finch", base_size=45,
        subdomains=(("www.", 100),),
        sections=("news", "business", "home", "motor", "landlords"),
        n_authors=3, url_path="/{section}/{slug}/",
        families=(
            _f("category", HEADER, 0.5, (_OLD, "Posted in {section_cap}")),
            _f("dated", HEADER, 0.8, *_by_day(_hf_dated)),
            _f("call", MIDDLE, 0.3, (_OLD, "Speak to our team on 01632 960418 for a quote.")),
            _f("share", FOOTER, 0.35, (_OLD, "Share this post")),
            _f("guidance", FOOTER, 0.25, (_OLD, "This article is general guidance only. "
                                                "Cover is subject to the terms and conditions "
                                                "of each policy.")),
            _f("ipt", FOOTER, 0.2, *stepped(IPT, lambda v: (
                f"Premiums quoted include Insurance Premium Tax at the current rate of {v}."))),
            _f("hours", FOOTER, 0.25, *_hf_hours()),
            _f("complaints", FOOTER, 0.2, (_OLD, "Unhappy with our service? You may be able "
                                                 "to refer your complaint to the Financial "
                                                 "Ombudsman Service.")),
            _f("fca", FOOTER, 0.6,
               (_OLD, "Harlow & Finch is a trading name of Harlow & Finch Insurance Brokers "
                      "Ltd, authorised and regulated by the Financial Conduct Authority (FRN "
                      "309112)."),
               (HF_REDESIGN.isoformat(), "Harlow & Finch Insurance Brokers Ltd is authorised "
                                         "and regulated by the Financial Conduct Authority. "
                                         "Firm Reference Number 309112.")),
            _f("company", FOOTER, 0.45, (_OLD, "Registered in England and Wales, company no. "
                                               "03917745. Registered office: 4 Market Row, "
                                               "Tewkesbury GL20 5AB.")),
            _f("correction", HEADER, 0.04, (_OLD, "Update: the renewal deadline in this post "
                                                  "has been corrected.")),
        ),
    )


# --- a German tax adviser's client letters ------------------------------------------------

KH_REDESIGN = dt.date(2019, 1, 2)
KH_XING = dt.date(2017, 6, 1)
GRUNDFREIBETRAG = (("2014-01-01", "8.354"), ("2015-01-01", "8.472"), ("2016-01-01", "8.652"),
                   ("2017-01-01", "8.820"), ("2018-01-01", "9.000"), ("2019-01-01", "9.168"),
                   ("2020-01-01", "9.408"), ("2021-01-01", "9.744"))
# Filing deadlines for last year's income-tax return: alone and with an adviser.
ABGABEFRIST = {2015: ("31. Mai 2015", "31. Dezember 2015"),
               2016: ("31. Mai 2016", "31. Dezember 2016"),
               2017: ("31. Mai 2017", "31. Dezember 2017"),
               2018: ("31. Mai 2018", "31. Dezember 2018"),
               2019: ("31. Juli 2019", "2. März 2020"),
               2020: ("31. Juli 2020", "1. März 2021"),
               2021: ("2. August 2021", "28. Februar 2022")}


def _kh_datum(day: dt.date) -> str:
    if day < KH_REDESIGN:
        return f"Stand: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Beitrag vom {day.day}. {MONATE[day.month - 1]} {day.year}"


def tax_due(y: int, m: int) -> dt.date:
    """The monthly German tax due date: the 10th, moved to the Monday after a weekend."""
    return weekend_to_monday(dt.date(y, m, 10))


def next_tax_due(day: dt.date) -> dt.date:
    due = tax_due(day.year, day.month)
    if day <= due:
        return due
    return tax_due(day.year + day.month // 12, day.month % 12 + 1)


def _kh_termin(day: dt.date) -> str:
    due = next_tax_due(day)
    what = "Umsatzsteuer, Lohnsteuer"
    if due.month in (3, 6, 9, 12):
        what += ", Einkommen- und Körperschaftsteuer-Vorauszahlung"
    return (f"Nächster Steuertermin: {WOCHENTAGE[due.weekday()]}, "
            f"{due.day:02d}.{due.month:02d}.{due.year} ({what})")


def _kh_ausgabe(day: dt.date) -> str:
    return f"Mandanten-Rundschreiben {MONATE[day.month - 1]} {day.year}"


@cache
def _kh_aktuell() -> Wordings:
    base = _steps((_OLD, "Aktuelle Steuernachrichten finden Sie auch in unserem "
                         "Mandantenportal."),
                  (KH_XING.isoformat(), "Folgen Sie unserer Kanzlei auch auf XING und "
                                        "LinkedIn."))
    news = [
        _span("2020-03-25", "2020-06-14", "Corona-Soforthilfen: Wir unterstützen Sie beim "
                                          "Antrag und bei der Stundung von Steuern."),
        _span("2020-06-15", "2020-12-18", "Vom 1. Juli bis 31. Dezember 2020 gelten 16 % und "
                                          "5 % Umsatzsteuer: Kassen und Rechnungen "
                                          "umstellen!"),
        (dt.date(2021, 1, 4), None, "Seit 1. Januar 2021 gelten wieder 19 % und 7 % "
                                    "Umsatzsteuer."),
    ]
    closed = _yearly("12-24", 5, 8, lambda y: (
        f"Unsere Kanzlei ist vom 24.12.{y} bis 01.01.{y + 1} geschlossen."))
    return _calendar(base, news, closed)


def kanzleihollweg_style() -> PublisherStyle:
    """A German tax adviser's client letters: the month's edition (a wording per month),
    "Stand:" with the numeric date turned "Beitrag vom" with the long date on a redesign day
    (a wording per day), the next monthly tax due date with the quarterly prepayments (a
    wording per due date), the filing deadlines for last year's return (each January, moved
    to July from 2019), the basic tax-free allowance (each January), a news line reworded
    and turned by the pandemic's aid, the 2020 VAT cut and its end, and the Christmas
    closing, the no-advice line, the contact line and the professional-title line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="kanzlei-hollweg.de", site="Steuerkanzlei Hollweg & Partner", base_size=35,
        subdomains=(("www.", 100),),
        sections=("mandanteninformationen", "steuertermine", "aktuelles"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("ausgabe", HEADER, 0.45, *_by_day(_kh_ausgabe)),
            _f("datum", HEADER, 0.75, *_by_day(_kh_datum)),
            _f("termin", HEADER, 0.3, *_by_day(_kh_termin)),
            _f("frist", FOOTER, 0.2, *tuple(
                ((_OLD if y == 2015 else f"{y}-01-01"),
                 f"Abgabefrist Einkommensteuererklärung {y - 1}: {alone} (mit Steuerberater: "
                 f"{adviser})") for y, (alone, adviser) in ABGABEFRIST.items())),
            _f("grundfreibetrag", FOOTER, 0.2, *stepped(GRUNDFREIBETRAG, lambda v: (
                f"Grundfreibetrag: {v} Euro (Ledige)"))),
            _f("aktuell", FOOTER, 0.3, *_kh_aktuell()),
            _f("hinweis", FOOTER, 0.5, (_OLD, "Hinweis: Die Informationen in diesem Beitrag "
                                              "wurden sorgfältig zusammengestellt, ersetzen "
                                              "aber keine individuelle Beratung. Sprechen Sie "
                                              "uns gerne an.")),
            _f("kontakt", FOOTER, 0.35, (_OLD, "Steuerkanzlei Hollweg & Partner mbB · "
                                               "Marktstraße 14 · 35390 Gießen · Tel. 0641 "
                                               "555287-0")),
            _f("berufsrecht", FOOTER, 0.2, (_OLD, "Berufsbezeichnung: Steuerberater "
                                                  "(verliehen in der Bundesrepublik "
                                                  "Deutschland), zuständige Kammer: "
                                                  "Steuerberaterkammer Hessen")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Termin für die "
                                                 "Sondervorauszahlung wurde berichtigt.")),
        ),
    )


# --- a French wealth and life-insurance broker's blog -------------------------------------

MP_REDESIGN = dt.date(2020, 1, 6)
MP_PFU = dt.date(2018, 1, 1)  # the flat tax on capital income
MP_DDA = dt.date(2018, 10, 1)  # the insurance distribution directive in France
DECLARATION = {2015: "2015-06-09", 2016: "2016-05-24", 2017: "2017-05-23", 2018: "2018-05-22",
               2019: "2019-05-21", 2020: "2020-06-04"}  # online returns, first zone


def _mp_date(day: dt.date) -> str:
    if day < MP_REDESIGN:
        return f"Article du {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Mis en ligne le {fr_day(day.day)} {MOIS[day.month - 1]} {day.year}"


@cache
def _mp_calendrier() -> Wordings:
    base = _steps((_OLD, "Suivez l'actualité du cabinet sur LinkedIn"))
    news = [_span("2018-12-10", "2019-01-15", "Prélèvement à la source au 1er janvier 2019 : "
                                              "ce qui change pour vous")]
    declaration = []
    for y, day in DECLARATION.items():
        end = iso_day(day)
        declaration.append((end - 21 * ONE, end + ONE, f"📅 Déclaration de revenus {y} : date "
                                                       f"limite en ligne le {fr_day(end.day)} "
                                                       f"{MOIS[end.month - 1]} (zone 1)"))
    year_end = _yearly("12-31", 30, 0, lambda y: (
        f"Versements sur votre {'PER' if y >= 2019 else 'PERP'} : pensez-y avant le 31 "
        f"décembre {y} pour réduire vos impôts"))
    return _calendar(base, news, declaration, year_end)


def marceaupatrimoine_style() -> PublisherStyle:
    """A French wealth and life-insurance broker's blog: "Article du" with the numeric date
    turned "Mis en ligne le" with the long date on a redesign day (a wording per day), the
    adviser's byline, the life-insurance tax line reworded for the 2018 flat tax, a
    free-review line and "À découvrir aussi :" mid-body, a line turned by the withholding
    tax, each year's income-tax return deadline and the year-end retirement savings, the
    past-performance and capital-loss warning, the complaints line reworded for the
    insurance distribution directive, the ORIAS registration and the copyright line (a
    block), a rare update."""
    return PublisherStyle(
        domain="marceau-patrimoine.fr", site="Marceau Patrimoine", base_size=30,
        subdomains=(("www.", 100),),
        sections=("assurance-vie", "retraite", "fiscalite", "immobilier"),
        n_authors=2, url_path="/blog/{slug}",
        families=(
            _f("date", HEADER, 0.7, *_by_day(_mp_date)),
            _f("auteur", HEADER, 0.4, (_OLD, "Rédigé par {author}, conseiller en gestion de "
                                             "patrimoine")),
            _f("fiscalite", MIDDLE, 0.2,
               (_OLD, "Rappel : après 8 ans, les rachats d'assurance vie bénéficient d'un "
                      "abattement annuel de 4 600 € (9 200 € pour un couple)."),
               (MP_PFU.isoformat(), "Depuis le 1er janvier 2018, les gains des nouveaux "
                                    "versements en assurance vie relèvent du prélèvement "
                                    "forfaitaire unique de 30 %, sauf après 8 ans.")),
            _f("rdv", MIDDLE, 0.3, (_OLD, "Prenez rendez-vous : votre premier bilan "
                                          "patrimonial est offert.")),
            _f("decouvrir", MIDDLE, 0.3, (_OLD, "À découvrir aussi : {other_title}")),
            _f("calendrier", FOOTER, 0.3, *_mp_calendrier()),
            _f("risque", FOOTER, 0.5, (_OLD, "Les performances passées ne préjugent pas des "
                                             "performances futures. Les supports en unités de "
                                             "compte présentent un risque de perte en "
                                             "capital.")),
            _f("reclamation", FOOTER, 0.3,
               (_OLD, "Réclamations : écrivez-nous à l'adresse du cabinet."),
               (MP_DDA.isoformat(), "Réclamations : reclamations@marceau-patrimoine.fr. En cas "
                                    "de litige, vous pouvez saisir le médiateur de "
                                    "l'assurance.")),
            _f("orias", FOOTER, 0.45, (_OLD, "Marceau Patrimoine, SARL au capital de 10 000 €, "
                                             "courtier en assurance et conseiller en "
                                             "investissements financiers, immatriculé à "
                                             "l'ORIAS sous le n° 12 065 478.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Marceau Patrimoine · Mentions "
                                                "légales")),
            _f("mise-a-jour", HEADER, 0.04, (_OLD, "Mise à jour : cet article a été actualisé "
                                                   "après la loi de finances.")),
        ),
    )


def heldout170_styles() -> list[PublisherStyle]:
    """The held-back-170 styles, in the order the generator hands them to publishers."""
    return [
        coverledger_style(), debitandcredit_style(), assekuranz_style(), courtierhebdo_style(),
        pensioenbode_style(), hokenkeizai_style(), assicurareoggi_style(), pensionbrief_style(),
        actuarialdigest_style(), harlowfinch_style(), kanzleihollweg_style(),
        marceaupatrimoine_style(),
    ]
