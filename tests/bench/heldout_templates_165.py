"""The ``held-back-165`` template set of the planted-real benchmark.

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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an advertisement marker or an equal-opportunity line. The publishers are job boards'
career-advice pages, HR and recruitment trade press, staffing agencies' and public
employment services' news in English, German, French, Swedish, Romanian, Tagalog and Malay:
a British job board's career-advice pages, an American HR trade publication, a German job
board's career guide, a French HR and payroll trade daily, a Swedish job board's news and
advice, a Romanian job portal's news, a Philippine job portal's news (in Tagalog), a
Malaysian job portal's news (in Malay), a French staffing agency's news and job posts, an
Irish recruitment agency's job posts, a German job centre's press releases and an American
county workforce board's news. The families are the kinds a crawl of such sites holds: dates
localised day by day in English (British and American, with AP-style month abbreviations),
German, French, Swedish, Romanian, Tagalog and Malay, several changing form on the day of a
redesign; "apply by" and closing-date lines worded from the day of the post (a wording per
day); lines that turn every day (the day's count of open jobs, the central bank's euro rate
on working days), every week (American jobless claims each Thursday) and every month (an
average advertised salary, a district's unemployment rate); amounts that change by year or
on the day a law says (British, German, French, Irish, Romanian, Philippine and Malaysian
minimum wages, France's social-security ceiling, American payroll limits, Germany's basic
benefit, Sweden's unemployment-benefit ceiling, a job-posting price); notices reworded in
2016-2019 and notices that follow the calendars of the job market (January job hunting and
Blue Monday, A-level results days, apprenticeship starts, summer-job seasons, open
enrollment, job fairs on Labour Day and Independence Day, a national job fair each April,
disability employment week, Ramadan, Hari Raya, Chinese New Year and Merdeka, Christmas
closures, American holidays, the overtime rules of 2016 and 2020, France's labour ordinances,
pay-as-you-earn tax and gender-equality index, the 2020 pandemic's lockdowns, short-time work
and reopenings); equal-opportunity statements, salary, location and contract-type slots from
pools, CV-upload prompts, job-alert appeals, scam warnings, related links and advertisement
markers mid-body (some up to two times); multi-line blocks (disclaimers and copyright lines,
agency licence lines, press contacts), bare lines and families in only 4% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
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
    iso_day,
    last_weekday,
    nth_weekday,
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MANADER = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december")
LUNI = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
        "septembrie", "octombrie", "noiembrie", "decembrie")
ZILE = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
BUWAN = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
         "Setyembre", "Oktubre", "Nobyembre", "Disyembre")
ARAW = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo")
BULAN = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
         "Oktober", "November", "Disember")
HARI = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest[:4], "little") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A value drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str, str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: the value in force on the
    set's first day from the oldest day, then one from each later start. `text` is given
    the start (ISO) and the value."""
    first = [(s, v) for s, v in table if s <= FIRST_DAY.isoformat()][-1]
    out = [(_OLD, text(*first))]
    out += [(start, text(start, value)) for start, value in table
            if start > FIRST_DAY.isoformat()]
    return tuple(out)


def working_day(day: dt.date) -> dt.date:
    """The last Monday-to-Friday on or before `day`."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def thursday_of(day: dt.date) -> dt.date:
    """The last Thursday on or before `day`: the day weekly claims are published."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def blue_monday(y: int) -> dt.date:
    """The third Monday of January, which job boards call their busiest day."""
    return nth_weekday(y, 1, 0, 3)


def thousands(n: int, sep: str) -> str:
    """`n` with `sep` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


def decimal_comma(x: float, places: int) -> str:
    return f"{x:.{places}f}".replace(".", ",")


# --- a British job board's career-advice pages --------------------------------------------

CL_REDESIGN = dt.date(2018, 9, 3)
CL_CV = dt.date(2017, 2, 6)
CL_ALERT = dt.date(2016, 10, 3)
RESULTS_DAYS = ("2015-08-13", "2016-08-18", "2017-08-17", "2018-08-16", "2019-08-15",
                "2020-08-13")  # A-level results, Thursdays
UK_WAGE = (("2014-10-01", "The National Minimum Wage for workers aged 21 and over is £6.50 "
                          "an hour."),
           ("2015-10-01", "The National Minimum Wage for workers aged 21 and over is £6.70 "
                          "an hour."),
           ("2016-04-01", "The National Living Wage for workers aged 25 and over is £7.20 an "
                          "hour."),
           ("2017-04-01", "The National Living Wage for workers aged 25 and over is £7.50 an "
                          "hour."),
           ("2018-04-01", "The National Living Wage for workers aged 25 and over is £7.83 an "
                          "hour."),
           ("2019-04-01", "The National Living Wage for workers aged 25 and over is £8.21 an "
                          "hour."),
           ("2020-04-01", "The National Living Wage for workers aged 25 and over is £8.72 an "
                          "hour."))
CL_SALARY = (("2014-01-01", 31_400.0), ("2016-01-01", 32_300.0), ("2018-01-01", 33_600.0),
             ("2020-02-01", 35_100.0), ("2020-05-01", 32_900.0), ("2020-12-01", 34_800.0))


def _cl_dated(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"Last updated: {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return (f"Updated {WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1]} "
            f"{day.year} · {{read_min}} min read")


def advertised_salary(y: int, m: int) -> int:
    """Made-up average advertised salary of month `m` of `y`, to the nearest £10."""
    first = dt.date(y, m, 1)
    value = through(first, CL_SALARY) * (1 + 0.006 * wobble(first, "salary"))
    return int(round(value, -1))


def _cl_salary(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.day >= 6 else (day.year, day.month - 2)
    if m <= 0:
        y, m = y - 1, m + 12
    now, before = advertised_salary(y, m), advertised_salary(y - 1, m)
    return (f"Average advertised salary on CareerLane, {MONTHS[m - 1]} {y}: £{now:,} "
            f"({(now / before - 1) * 100:+.1f}% year on year)")


@cache
def _cl_alert() -> Wordings:
    base = _steps((_OLD, "Create a free job alert and get new jobs by email"),
                  (CL_ALERT.isoformat(), "🔔 Never miss a job: set up a CareerLane job alert "
                                         "in two clicks"))
    january = _movable(blue_monday, 13, 6, lambda y: f"New year, new job? January is our "
                                                     f"busiest month for vacancies: start your "
                                                     f"{y} search today", years=range(2015, 2022))
    results = [(iso_day(day, -2), iso_day(day, 8), f"A-level results day {day[:4]}: "
                                                    f"apprenticeships and school-leaver jobs "
                                                    f"near you")
               for day in RESULTS_DAYS]
    pandemic = [
        _span("2020-03-23", "2020-07-03", "🦠 Key workers needed: supermarket, care and "
                                          "delivery jobs hiring now"),
        _span("2020-09-02", "2020-12-23", "Kickstart Scheme: paid six-month placements for "
                                          "16-24 year olds on Universal Credit"),
    ]
    return _calendar(base, pandemic, results, january)


def careerlane_style() -> PublisherStyle:
    """A British job board's career-advice pages: a topic kicker from a pool, "Last
    updated" with the short date turned the weekday, the long date and the reading time on
    3 September 2018 (a wording per day), "Written by" turned the writer with the beat, a
    fact-checked line in some articles, a CV-upload prompt reworded in 2017, "Related:"
    links and advertisement markers (up to twice), a jobs widget with the job type and city
    from pools, last month's average advertised salary and its change on a year earlier (a
    wording per month, published each 6th), the minimum wage (each October, then the
    National Living Wage each April), a job-alert appeal reworded and turned by January job
    hunting to Blue Monday, A-level results days, the pandemic and the Kickstart Scheme,
    the disclaimer and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="careerlane.co.uk", site="CareerLane", base_size=250,
        subdomains=(("www.", 100),),
        sections=("career-advice", "cv-help", "interviews", "salary", "working-life"),
        n_authors=12, url_path="/{section}/{slug}",
        pools={
            "kicker": ("CV advice", "Interview tips", "Salary guide", "Career change",
                       "Graduate jobs", "Working life", "Cover letters"),
            "beat": ("Careers Writer", "CV Expert", "Recruitment Editor", "Career Coach",
                     "Workplace Reporter"),
            "jobtype": ("warehouse", "admin", "customer service", "nursing", "teaching",
                        "accountancy", "HGV driver", "software developer"),
            "city": ("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol",
                     "Cardiff", "Belfast"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_cl_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "Written by {author}"),
               (CL_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("checked", HEADER, 0.12, (_OLD, "Fact-checked by the CareerLane editorial "
                                               "team")),
            _f("cv-upload", MIDDLE, 0.3, (_OLD, "Upload your CV and let recruiters find you"),
               (CL_CV.isoformat(), "📄 Upload your CV in 60 seconds: thousands of recruiters "
                                   "search CareerLane every day")),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("jobs", MIDDLE, 0.25, (_OLD, "Browse {jobtype} jobs in {city} →")),
            _f("advert", MIDDLE, 0.2, (_OLD, "Advertisement"), count=2),
            _f("salary", FOOTER, 0.15, *_by_day(_cl_salary)),
            _f("wage", FOOTER, 0.12, *from_table(UK_WAGE, lambda _, v: v)),
            _f("alert", FOOTER, 0.35, *_cl_alert()),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "This article is general information only "
                                                 "and is not legal or financial advice.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} CareerLane Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong statutory notice "
                                                  "period.")),
        ),
    )


# --- an American HR trade publication -----------------------------------------------------

WL_REDESIGN = dt.date(2019, 1, 7)
WL_NEWSLETTER = dt.date(2017, 4, 3)
PAYROLL = (("2015-01-01", "$118,500|$18,000"), ("2016-01-01", "$118,500|$18,000"),
           ("2017-01-01", "$127,200|$18,000"), ("2018-01-01", "$128,400|$18,500"),
           ("2019-01-01", "$132,900|$19,000"), ("2020-01-01", "$137,700|$19,500"),
           ("2021-01-01", "$142,800|$19,500"))  # Social Security wage base | 401(k) deferral
POSTING = (("2014-01-01", "for $295 (30 days)"), ("2018-07-01", "for $325 (30 days)"),
           ("2020-04-15", "free for 60 days if you are an essential employer"))
CONFERENCES = {2015: ("2015-10-19", "Chicago"), 2016: ("2016-10-17", "Denver"),
               2017: ("2017-10-23", "Nashville"), 2018: ("2018-10-15", "San Diego"),
               2019: ("2019-10-21", "Austin")}  # Ledger Live, Monday to Wednesday
CLAIMS = (("2014-12-27", 290.0), ("2015-06-27", 275.0), ("2016-06-25", 266.0),
          ("2017-06-24", 243.0), ("2018-06-30", 222.0), ("2019-06-29", 218.0),
          ("2020-03-07", 213.0), ("2020-03-14", 282.0), ("2020-03-21", 3307.0),
          ("2020-03-28", 6867.0), ("2020-04-04", 6615.0), ("2020-04-25", 3867.0),
          ("2020-05-30", 1877.0), ("2020-07-04", 1400.0), ("2020-08-29", 880.0),
          ("2020-11-28", 740.0), ("2021-01-09", 800.0))  # thousands, made up around them


def ap_date(day: dt.date) -> str:
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _wl_dated(day: dt.date) -> str:
    if day < WL_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Published {ap_date(day)} · Updated {{time12}} ET"


def jobless_claims(week_ending: dt.date) -> int:
    """Made-up initial claims for the week ending on a Saturday, to the nearest thousand."""
    value = through(week_ending, CLAIMS) * (1 + 0.03 * wobble(week_ending, "claims"))
    return int(round(value)) * 1000


def _wl_claims(day: dt.date) -> str:
    week_ending = thursday_of(day) - 5 * ONE
    return (f"Initial jobless claims: {jobless_claims(week_ending):,} in the week ending "
            f"{ap_date(week_ending)} (seasonally adjusted)")


def _wl_payroll(start: str, value: str) -> str:
    base, deferral = value.split("|")
    return (f"{start[:4]} payroll limits: Social Security wage base {base}; 401(k) employee "
            f"deferral {deferral}.")


@cache
def _wl_newsletter() -> Wordings:
    base = _steps((_OLD, "Get Workforce Ledger's HR Daily in your inbox"),
                  (WL_NEWSLETTER.isoformat(), "📬 Join 80,000 HR pros who read HR Daily every "
                                              "weekday morning. Subscribe free"))
    rules = [
        _span("2016-05-18", "2016-07-15", "The new overtime rule takes effect Dec. 1: our "
                                          "compliance guide for exempt employees"),
        _span("2016-11-23", "2016-12-09", "A federal court has blocked the overtime rule: "
                                          "what HR should do now"),
        _span("2019-09-24", "2019-10-06", "New overtime threshold of $684 a week from Jan. 1: "
                                          "what HR must do now"),
        _span("2019-12-02", "2019-12-31", "Reminder: the $684 overtime threshold applies from "
                                          "Jan. 1"),
    ]
    pandemic = [_span("2020-03-13", "2020-06-30", "🦠 COVID-19 and the workplace: our free "
                                                  "employer resource center")]
    live = [(iso_day(day, -14), iso_day(day, 3), f"Ledger Live {y} in {city}: three days of "
                                                 f"HR sessions, register now")
            for y, (day, city) in CONFERENCES.items()]
    enrollment = _yearly("11-01", 17, 29, lambda y: f"Open enrollment {y}: our benefits "
                                                    f"communication toolkit")
    return _calendar(base, pandemic, live, rules, enrollment)


def workforceledger_style() -> PublisherStyle:
    """An American HR trade publication: a topic kicker from a pool, the long date turned
    "Published" with the AP-style date and an Eastern time on 7 January 2019 (a wording per
    day), "By" turned the writer with the beat, a rare sponsored-content marker, the week's
    initial jobless claims (a wording per week, each Thursday, the 2020 spike with them), a
    webinar line from a pool, "RELATED:" links and "ADVERTISEMENT" (up to twice), the year's
    payroll limits (each January), a newsletter appeal reworded and turned by the overtime
    rules of 2016 and 2020, the pandemic, the Ledger Live conferences and open enrollment,
    the legal line, the job-posting price (raised in 2018, free to essential employers in
    2020) and the copyright line (a block), a rare editor's note."""
    return PublisherStyle(
        domain="workforceledger.com", site="Workforce Ledger", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("employment-law", "benefits", "talent", "payroll", "hr-tech", "dei"),
        n_authors=11, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("EMPLOYMENT LAW", "BENEFITS", "TALENT ACQUISITION", "PAYROLL",
                       "DIVERSITY & INCLUSION", "HR TECH", "WELLBEING"),
            "beat": ("Senior Editor", "Employment Law Reporter", "Benefits Editor",
                     "Talent Reporter", "HR Tech Columnist"),
            "webinar": ("Building a fair pay-equity audit", "I-9 compliance in a remote "
                        "world", "What the new FMLA forms mean for you", "Onboarding that "
                        "keeps hourly workers", "Reading your engagement survey"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_wl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (WL_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("sponsored", HEADER, 0.06, (_OLD, "SPONSORED CONTENT")),
            _f("claims", HEADER, 0.18, *_by_day(_wl_claims)),
            _f("webinar", MIDDLE, 0.2, (_OLD, "Free webinar: {webinar}")),
            _f("related", MIDDLE, 0.45, (_OLD, "RELATED: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("payroll", FOOTER, 0.15, *from_table(PAYROLL, _wl_payroll)),
            _f("newsletter", FOOTER, 0.3, *_wl_newsletter()),
            _f("legal", FOOTER, 0.3, (_OLD, "This article is for informational purposes and "
                                            "is not legal advice.")),
            _f("posting", FOOTER, 0.2, *from_table(POSTING, lambda _, v: (
                f"Hiring? Post a job on Workforce Ledger Careers {v}."))),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright {year} Workforce Ledger Media Inc. "
                                                "All rights reserved.")),
            _f("note", HEADER, 0.04, (_OLD, "Editor's note: This story was updated to correct "
                                            "the rule's effective date.")),
        ),
    )


# --- a German job board's career guide ----------------------------------------------------

JW_RELAUNCH = dt.date(2018, 2, 5)
JW_CV = dt.date(2019, 3, 1)
JW_ALARM = dt.date(2017, 6, 1)
MINDESTLOHN = (("2015-01-01", "8,50"), ("2017-01-01", "8,84"), ("2019-01-01", "9,19"),
               ("2020-01-01", "9,35"), ("2021-01-01", "9,50"))


def _jw_dated(day: dt.date) -> str:
    if day < JW_RELAUNCH:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Aktualisiert am {day.day}. {MONATE[day.month - 1]} {day.year} · Lesezeit "
            f"{{read_min}} Min.")


@cache
def _jw_alarm() -> Wordings:
    base = _steps((_OLD, "Jobs per E-Mail: Jetzt kostenlosen Job-Alarm einrichten"),
                  (JW_ALARM.isoformat(), "🔔 Neue Jobs zuerst sehen: Job-Alarm in 30 Sekunden "
                                         "aktivieren"))
    corona = [_span("2020-03-13", "2020-06-30", "Corona und Job: Kurzarbeit, Homeoffice, "
                                                "Kündigung – Antworten auf Ihre Fragen")]
    ausbildung = _yearly("07-15", 0, 47, lambda y: f"Ausbildungsstart {y}: Jetzt noch freie "
                                                   f"Ausbildungsplätze finden")
    jahreswechsel = _yearly("12-27", 0, 13, lambda y: f"Neues Jahr, neuer Job? Die besten "
                                                      f"Stellen für den Jobwechsel {y + 1}",
                            years=range(2014, 2021))
    return _calendar(base, corona, ausbildung, jahreswechsel)


def jobwerk_style() -> PublisherStyle:
    """A German job board's career guide: a section from a pool, the numeric date turned
    "Aktualisiert am" with the long date and the reading time on 5 February 2018 (a wording
    per day), "Von" turned "Ein Beitrag von", a CV-upload prompt reworded in 2019, a
    matching-jobs line with the occupation and city from pools, "Auch interessant:" and
    "Anzeige" (up to twice) mid-body, the statutory minimum wage (each rise), a job-alert
    appeal reworded and turned by each summer's apprenticeship start, each new year and the
    pandemic, the legal-advice line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="jobwerk.de", site="Jobwerk", base_size=195,
        subdomains=(("www.", 100),),
        sections=("bewerbung", "gehalt", "arbeitsrecht", "karriere", "ausbildung"),
        n_authors=8, url_path="/ratgeber/{section}/{slug}",
        pools={
            "rubrik": ("Bewerbung", "Vorstellungsgespräch", "Gehalt", "Arbeitsrecht",
                       "Weiterbildung", "Homeoffice", "Ausbildung"),
            "beruf": ("Pflegefachkraft", "Erzieher/in", "Lagerhelfer/in", "Bürokaufmann/-frau",
                      "Softwareentwickler/in", "Elektroniker/in", "Berufskraftfahrer/in"),
            "stadt": ("Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Leipzig",
                      "Stuttgart"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_jw_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (JW_RELAUNCH.isoformat(), "Ein Beitrag von {author}")),
            _f("lebenslauf", MIDDLE, 0.3,
               (_OLD, "Lebenslauf hochladen und von Arbeitgebern gefunden werden"),
               (JW_CV.isoformat(), "📄 Jetzt Lebenslauf hochladen – über 12.000 Unternehmen "
                                   "suchen auf Jobwerk nach Talenten")),
            _f("stellen", MIDDLE, 0.25, (_OLD, "Passende Stellen: {beruf} in {stadt}")),
            _f("auch", MIDDLE, 0.4, (_OLD, "Auch interessant: {other_title}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("mindestlohn", FOOTER, 0.12, *from_table(MINDESTLOHN, lambda s, v: (
                f"Gesetzlicher Mindestlohn seit 1. Januar {s[:4]}: {v} Euro brutto pro "
                f"Stunde"))),
            _f("jobalarm", FOOTER, 0.35, *_jw_alarm()),
            _f("rechtlich", FOOTER, 0.35, (_OLD, "Dieser Ratgeber ersetzt keine individuelle "
                                                 "Rechtsberatung. Alle Angaben ohne Gewähr.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Jobwerk GmbH")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version war die "
                                                 "Kündigungsfrist falsch angegeben.")),
        ),
    )


# --- a French HR and payroll trade daily --------------------------------------------------

RM_REDESIGN = dt.date(2019, 9, 2)  # la rentrée
RM_NEWSLETTER = dt.date(2017, 1, 9)
PASS = (("2015-01-01", "38 040"), ("2016-01-01", "38 616"), ("2017-01-01", "39 228"),
        ("2018-01-01", "39 732"), ("2019-01-01", "40 524"), ("2020-01-01", "41 136"),
        ("2021-01-01", "41 136"))


def _rm_dated(day: dt.date) -> str:
    if day < RM_REDESIGN:
        return f"{day.day} {MOIS[day.month - 1]} {day.year}"
    return f"Publié le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year} à {{time}}"


@cache
def _rm_newsletter() -> Wordings:
    base = _steps((_OLD, "Inscrivez-vous à la newsletter quotidienne de RH Matin"),
                  (RM_NEWSLETTER.isoformat(), "📩 Chaque matin à 7 h, l'essentiel de l'actu RH : "
                                              "inscrivez-vous gratuitement"))
    dossiers = [
        _span("2017-08-31", "2017-10-15", "Ordonnances travail : notre dossier spécial sur "
                                          "la réforme du Code du travail"),
        _span("2018-12-01", "2019-01-31", "Prélèvement à la source : le mode d'emploi pour "
                                          "le service paie"),
        _span("2020-03-16", "2020-06-30", "Covid-19 : activité partielle, télétravail, "
                                          "protocole sanitaire – notre fil info"),
    ]
    index = _yearly("02-15", 0, 14, lambda y: f"Index de l'égalité femmes-hommes {y} : "
                                              f"publication avant le 1er mars",
                    years=range(2019, 2021))
    return _calendar(base, dossiers, index)


def rhmatin_style() -> PublisherStyle:
    """A French HR and payroll trade daily: a section from a pool, the long date turned
    "Publié le" with the weekday and the time at the 2019 rentrée (a wording per day), "Par"
    turned the writer with the beat, a subscribers' marker reworded, "À lire aussi :",
    "Publicité" (up to twice) and a how-to sheet from a pool mid-body, the year's social
    security ceiling (each January), a newsletter line reworded and turned by the 2017
    labour ordinances, pay-as-you-earn tax, each gender-equality index deadline and the
    pandemic, the reproduction line and the copyright line (a block), a rare rectification."""
    return PublisherStyle(
        domain="rhmatin.fr", site="RH Matin", base_size=170,
        subdomains=(("www.", 100),),
        sections=("droit-social", "paie", "recrutement", "formation", "qvt"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrique": ("Droit social", "Paie", "Recrutement", "Formation",
                         "Qualité de vie au travail", "Dialogue social"),
            "beat": ("rédactrice en chef adjointe", "journaliste droit social",
                     "journaliste paie", "chef de rubrique recrutement"),
            "fiche": ("la rupture conventionnelle", "le CSE en 10 questions",
                      "calculer l'indemnité de licenciement", "le bulletin de paie clarifié",
                      "l'entretien professionnel"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_rm_dated)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}"),
               (RM_REDESIGN.isoformat(), "Par {author}, {author_beat}")),
            _f("abonnes", HEADER, 0.18, (_OLD, "Article réservé aux abonnés"),
               (RM_REDESIGN.isoformat(), "🔒 Réservé aux abonnés RH Matin Premium")),
            _f("lire", MIDDLE, 0.4, (_OLD, "À lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("fiche", MIDDLE, 0.15, (_OLD, "Fiche pratique : {fiche}")),
            _f("pass", FOOTER, 0.15, *from_table(PASS, lambda s, v: (
                f"Plafond annuel de la Sécurité sociale {s[:4]} : {v} €"))),
            _f("newsletter", FOOTER, 0.3, *_rm_newsletter()),
            _f("reproduction", FOOTER, 0.2, (_OLD, "Droits de reproduction et de diffusion "
                                                   "réservés ; usage strictement personnel.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© RH Matin {year}")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : une version précédente de "
                                                    "cet article mentionnait un taux de "
                                                    "cotisation erroné.")),
        ),
    )


# --- a Swedish job board's news and advice ------------------------------------------------

JS_REDESIGN = dt.date(2017, 11, 13)
JS_GDPR = dt.date(2018, 5, 25)
AKASSA = (("2014-01-01", "680 kronor per dag"),
          ("2015-09-07", "910 kronor per dag de första 100 dagarna"),
          ("2020-04-13", "1 200 kronor per dag de första 100 dagarna"))
JS_JOBS = (("2015-01-01", 36_000.0), ("2016-01-01", 41_000.0), ("2017-06-01", 47_000.0),
           ("2019-06-01", 50_000.0), ("2020-03-01", 48_000.0), ("2020-04-15", 29_000.0),
           ("2020-12-31", 39_000.0))


def _js_dated(day: dt.date) -> str:
    if day < JS_REDESIGN:
        return f"{day.day} {MANADER[day.month - 1]} {day.year}"
    return f"Publicerad {day.day} {MANADER[day.month - 1]} {day.year} kl. {{time}}"


def open_jobs(day: dt.date) -> int:
    """Made-up count of open jobs on the board on `day` (fewer at weekends)."""
    weekend = 0.96 if day.weekday() >= 5 else 1.0
    return int(through(day, JS_JOBS) * weekend * (1 + 0.02 * wobble(day, "jobs")))


def _js_just_nu(day: dt.date) -> str:
    return f"Just nu: {thousands(open_jobs(day), ' ')} lediga jobb på Jobbspanaren"


@cache
def _js_bevakning() -> Wordings:
    base = _steps((_OLD, "Skapa en jobbevakning och få nya jobb direkt i mejlen"))
    corona = [_span("2020-03-16", "2020-08-31", "Korttidspermittering och varsel: så påverkas "
                                                "du – frågor och svar")]
    sommar = _yearly("02-01", 0, 88, lambda y: f"☀️ Sommarjobb {y}: hundratals nya annonser "
                                               f"varje dag")
    jul = _yearly("12-20", 0, 16, lambda y: "God jul! Nya jobb publiceras som vanligt under "
                                            "helgerna", years=range(2014, 2021))
    return _calendar(base, corona, sommar, jul)


def jobbspanaren_style() -> PublisherStyle:
    """A Swedish job board's news and advice: the long date turned "Publicerad" with the
    time on 13 November 2017 (a wording per day), the day's count of open jobs (a wording per
    day), "Av" turned "Text:", "Läs också:", "Annons" and a CV-upload prompt mid-body, the
    unemployment-benefit ceiling (raised in 2015 and in the pandemic), a job-alert line
    turned by each spring's summer-job season, each Christmas and the pandemic's short-time
    work, a cookie line reworded for the GDPR, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="jobbspanaren.se", site="Jobbspanaren", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nyheter", "karriar", "lon", "arbetsratt"),
        n_authors=6, url_path="/{section}/{slug}",
        families=(
            _f("datum", HEADER, 0.85, *_by_day(_js_dated)),
            _f("just-nu", HEADER, 0.25, *_daily(_js_just_nu)),
            _f("av", HEADER, 0.55, (_OLD, "Av {author}"),
               (JS_REDESIGN.isoformat(), "Text: {author}")),
            _f("las-ocksa", MIDDLE, 0.4, (_OLD, "Läs också: {other_title}")),
            _f("annons", MIDDLE, 0.3, (_OLD, "Annons")),
            _f("cv", MIDDLE, 0.25, (_OLD, "Ladda upp ditt cv och låt arbetsgivarna hitta dig")),
            _f("akassa", FOOTER, 0.12, *from_table(AKASSA, lambda _, v: (
                f"Högsta ersättning från a-kassan: {v}"))),
            _f("bevakning", FOOTER, 0.35, *_js_bevakning()),
            _f("cookies", FOOTER, 0.2,
               (_OLD, "Jobbspanaren använder kakor för att ge dig en bättre upplevelse."),
               (JS_GDPR.isoformat(), "Vi behandlar dina personuppgifter enligt GDPR. Läs mer "
                                     "i vår integritetspolicy.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Jobbspanaren AB")),
            _f("rattelse", HEADER, 0.04, (_OLD, "Rättelse: I en tidigare version angavs fel "
                                                "sista ansökningsdag.")),
        ),
    )


# --- a Romanian job portal's news ---------------------------------------------------------

JA_REDESIGN = dt.date(2018, 3, 1)
JA_CV = dt.date(2019, 4, 1)
SALARIUL_MINIM = (("2015-01-01", "975"), ("2015-07-01", "1.050"), ("2016-05-01", "1.250"),
                  ("2017-02-01", "1.450"), ("2018-01-01", "1.900"), ("2019-01-01", "2.080"),
                  ("2020-01-01", "2.230"), ("2021-01-01", "2.300"))
EUR_RON = (("2015-01-01", 4.48), ("2015-07-01", 4.47), ("2016-01-01", 4.52),
           ("2016-07-01", 4.51), ("2017-01-01", 4.50), ("2017-07-01", 4.57),
           ("2018-01-01", 4.66), ("2018-07-01", 4.65), ("2019-01-01", 4.68),
           ("2019-07-01", 4.73), ("2020-01-01", 4.78), ("2020-07-01", 4.84),
           ("2021-01-10", 4.87))


def _ja_dated(day: dt.date) -> str:
    if day < JA_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"{ZILE[day.weekday()]}, {day.day} {LUNI[day.month - 1]} {day.year}"


def eur_ron(day: dt.date) -> float:
    """Made-up euro rate of the central bank on working day `day`."""
    return round(through(day, EUR_RON) * (1 + 0.002 * wobble(day, "ron")), 4)


def _ja_curs(day: dt.date) -> str:
    fixing = working_day(day)
    return (f"Curs BNR {fixing.day:02d}.{fixing.month:02d}.{fixing.year}: 1 EUR = "
            f"{decimal_comma(eur_ron(fixing), 4)} lei")


def _ja_salariu(start: str, value: str) -> str:
    day = iso_day(start)
    return (f"Salariul minim brut pe țară: {value} lei pe lună, de la {day.day} "
            f"{LUNI[day.month - 1]} {day.year}")


def bursa(y: int) -> dt.date:
    """The national job fair of year `y`: the last Friday of April."""
    return last_weekday(y, 4, 4)


@cache
def _ja_alerte() -> Wordings:
    base = _steps((_OLD, "Primește joburi noi pe e-mail: activează alertele Joburi Azi"))
    pandemie = [
        _span("2020-03-16", "2020-05-14", "Stare de urgență: ce se întâmplă cu contractul de "
                                          "muncă și cu șomajul tehnic"),
        _span("2020-05-15", "2020-06-30", "Starea de alertă: reluarea activității și măsurile "
                                          "de protecție la locul de muncă"),
    ]
    burse = _movable(bursa, 7, 0, lambda y: f"Bursa generală a locurilor de muncă {y}: "
                                            f"vineri, {bursa(y).day} aprilie, în toate județele",
                     years=range(2015, 2020))
    absolventi = _movable(lambda y: nth_weekday(y, 10, 4, 3), 5, 0,
                          lambda y: f"Bursa locurilor de muncă pentru absolvenți {y}",
                          years=range(2015, 2020))
    return _calendar(base, pandemie, burse, absolventi)


def joburiazi_style() -> PublisherStyle:
    """A Romanian job portal's news: the numeric date and the time turned the weekday and the
    long date on 1 March 2018 (a wording per day), the central bank's euro rate of the last
    working day (a wording per working day), "Autor:", "Citește și:", "Publicitate", a
    CV-upload prompt reworded in 2019 and a city's jobs from a pool mid-body, the minimum
    gross wage with the day it took effect (each rise), a job-alert line turned by the
    national job fair each April, the graduates' job fair each October, the state of
    emergency and the state of alert, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="joburiazi.ro", site="Joburi Azi", base_size=130,
        subdomains=(("www.", 100),),
        sections=("stiri", "sfaturi", "salarii", "legislatie"),
        n_authors=5, url_path="/{section}/{slug}-{n}",
        pools={"oras": ("București", "Cluj-Napoca", "Timișoara", "Iași", "Brașov",
                        "Constanța", "Craiova")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_ja_dated)),
            _f("curs", HEADER, 0.2, *_by_day(_ja_curs)),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("citeste", MIDDLE, 0.4, (_OLD, "Citește și: {other_title}")),
            _f("publicitate", MIDDLE, 0.3, (_OLD, "Publicitate")),
            _f("cv", MIDDLE, 0.25, (_OLD, "Încarcă-ți CV-ul și aplică rapid la joburile "
                                          "potrivite"),
               (JA_CV.isoformat(), "📎 Ai CV-ul pe Joburi Azi? Angajatorii te pot contacta "
                                   "direct")),
            _f("oras", MIDDLE, 0.2, (_OLD, "Joburi în {oras}: vezi toate anunțurile")),
            _f("salariu", FOOTER, 0.15, *from_table(SALARIUL_MINIM, _ja_salariu)),
            _f("alerte", FOOTER, 0.3, *_ja_alerte()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Joburi Azi. Toate drepturile "
                                                 "rezervate.")),
            _f("erata", HEADER, 0.04, (_OLD, "Erată: o versiune anterioară a articolului "
                                             "indica un termen greșit de depunere a "
                                             "dosarului.")),
        ),
    )


# --- a Philippine job portal's news (in Tagalog) ------------------------------------------

TN_REDESIGN = dt.date(2019, 6, 12)  # Araw ng Kalayaan
TN_VIBER = dt.date(2018, 8, 1)
NCR_WAGE = (("2014-04-04", "466|18"), ("2015-04-04", "481|19"), ("2016-06-02", "491|20"),
            ("2017-10-05", "512|21"), ("2018-11-22", "537|22"))


def _tn_dated(day: dt.date) -> str:
    if day < TN_REDESIGN:
        return f"{BUWAN[day.month - 1]} {day.day}, {day.year}"
    return f"{ARAW[day.weekday()]}, {BUWAN[day.month - 1]} {day.day}, {day.year} | {{time12}}"


def _tn_huling(day: dt.date) -> str:
    last = day + 15 * ONE
    return f"Huling araw ng pag-apply: {BUWAN[last.month - 1]} {last.day}, {last.year}"


def _tn_sahod(_: str, value: str) -> str:
    amount, order = value.split("|")
    return f"Minimum na sahod sa NCR: ₱{amount} kada araw (Wage Order No. NCR-{order})"


@cache
def _tn_abiso() -> Wordings:
    base = _steps((_OLD, "I-like ang aming Facebook page para sa pinakabagong job openings"),
                  (TN_VIBER.isoformat(), "📲 Sumali sa aming Viber community para sa araw-araw "
                                         "na job alerts"))
    ecq = [_span("2020-03-16", "2020-05-31", "ECQ: mga kumpanyang tumatanggap pa rin ng "
                                             "work-from-home na aplikante")]
    paggawa = _yearly("05-01", 7, 0, lambda y: f"Job fair sa Araw ng Paggawa {y}: libu-libong "
                                               f"trabaho ang naghihintay",
                      years=range(2015, 2020))
    kalayaan = _yearly("06-12", 5, 0, lambda y: f"Kalayaan Job Fair {y}: magdala ng maraming "
                                                f"kopya ng resume", years=range(2015, 2020))
    pasko = _yearly("12-16", 0, 9, lambda y: "Maligayang Pasko mula sa Trabaho Ngayon! Tuloy "
                                             "ang hiring ngayong Disyembre")
    return _calendar(base, ecq, paggawa, kalayaan, pasko)


def trabahongayon_style() -> PublisherStyle:
    """A Philippine job portal's news (in Tagalog): the long date turned the weekday and the
    time on Independence Day 2019 (a wording per day), "Ni", "BASAHIN DIN:",
    "ADVERTISEMENT" and a resume-upload prompt mid-body, the apply-by day fifteen days after
    the post (a wording per day), the NCR minimum wage with its wage order (each order), a
    free-to-apply scam warning, a social-media line reworded for Viber and turned by each
    Labour Day and Independence Day job fair, the ECQ and Christmas, the copyright line, a
    rare correction."""
    return PublisherStyle(
        domain="trabahongayon.com.ph", site="Trabaho Ngayon", base_size=110,
        subdomains=(("www.", 100),),
        sections=("balita", "job-fair", "ofw", "tips"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        families=(
            _f("petsa", HEADER, 0.85, *_by_day(_tn_dated)),
            _f("ni", HEADER, 0.5, (_OLD, "Ni {author}")),
            _f("basahin", MIDDLE, 0.4, (_OLD, "BASAHIN DIN: {other_title}")),
            _f("advertisement", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT")),
            _f("resume", MIDDLE, 0.3, (_OLD, "I-upload ang iyong resume at hayaang makita ka ng "
                                             "mga employer")),
            _f("huling-araw", FOOTER, 0.3, *_by_day(_tn_huling)),
            _f("sahod", FOOTER, 0.12, *from_table(NCR_WAGE, _tn_sahod)),
            _f("abiso", FOOTER, 0.3, *_tn_abiso()),
            _f("paalala", FOOTER, 0.35, (_OLD, "PAALALA: Libre ang pag-apply. Huwag magbayad "
                                               "sa sinumang nangangako ng trabaho kapalit ng "
                                               "pera.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Trabaho Ngayon. Lahat ng karapatan "
                                                "ay nakalaan.")),
            _f("pagwawasto", HEADER, 0.04, (_OLD, "PAGWAWASTO: Naitama na ang petsa ng job "
                                                  "fair sa artikulong ito.")),
        ),
    )


# --- a Malaysian job portal's news (in Malay) ---------------------------------------------

KK_REDESIGN = dt.date(2018, 7, 2)
KK_TELEGRAM = dt.date(2017, 3, 1)
GAJI_MINIMUM = (("2013-01-01", "RM900 (Semenanjung) dan RM800 (Sabah, Sarawak dan Labuan)"),
                ("2016-07-01", "RM1,000 (Semenanjung) dan RM920 (Sabah, Sarawak dan Labuan)"),
                ("2019-01-01", "RM1,100 di seluruh negara"),
                ("2020-02-01", "RM1,200 di kawasan majlis bandaraya dan perbandaran, RM1,100 "
                               "di kawasan lain"))
# First day of Ramadan, Hari Raya Aidilfitri, the Hijri year (as Malaysia kept them).
RAMADAN = {2015: ("2015-06-18", "2015-07-17", 1436), 2016: ("2016-06-06", "2016-07-06", 1437),
           2017: ("2017-05-27", "2017-06-25", 1438), 2018: ("2018-05-17", "2018-06-15", 1439),
           2019: ("2019-05-06", "2019-06-05", 1440), 2020: ("2020-04-24", "2020-05-24", 1441)}
CNY = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
       2019: "2019-02-05", 2020: "2020-01-25"}


def _kk_dated(day: dt.date) -> str:
    if day < KK_REDESIGN:
        return f"{day.day} {BULAN[day.month - 1]} {day.year}"
    return f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year} | {{time12}}"


def _kk_tutup(day: dt.date) -> str:
    last = day + 21 * ONE
    return f"Tarikh tutup permohonan: {last.day} {BULAN[last.month - 1]} {last.year}"


@cache
def _kk_saluran() -> Wordings:
    base = _steps((_OLD, "Ikuti Kerjaya Kini di Facebook untuk kerja kosong terkini"),
                  (KK_TELEGRAM.isoformat(), "Sertai saluran Telegram Kerjaya Kini untuk kerja "
                                            "kosong setiap hari"))
    raya: list[Event] = []
    for puasa, raya_day, hijri in RAMADAN.values():
        raya.append((iso_day(puasa), iso_day(raya_day), f"Salam Ramadan {hijri}H: kerja "
                                                        f"kosong sepanjang bulan puasa"))
        raya.append((iso_day(raya_day), iso_day(raya_day, 7), f"Selamat Hari Raya Aidilfitri "
                                                              f"{hijri}H, maaf zahir dan batin"))
    cny = [(iso_day(day, -2), iso_day(day, 2), f"Selamat Tahun Baru Cina {y}")
           for y, day in CNY.items()]
    merdeka = _yearly("08-31", 3, 0, lambda y: f"Selamat Hari Kebangsaan ke-{y - 1957}")
    pkp = [
        _span("2020-03-18", "2020-05-03", "PKP: senarai majikan yang masih mengambil pekerja"),
        _span("2020-05-04", "2020-06-09", "PKPB: sektor yang dibenarkan beroperasi dan "
                                          "peluang kerja"),
    ]
    return _calendar(base, raya, cny, merdeka, pkp)


def kerjayakini_style() -> PublisherStyle:
    """A Malaysian job portal's news (in Malay): the long date turned the weekday and the
    time on 2 July 2018 (a wording per day), a channel line reworded for Telegram and turned
    by Ramadan and Hari Raya with the Hijri year, Chinese New Year, Merdeka counted from 1957
    and the movement-control orders, "Oleh", "BACA JUGA:", "IKLAN" and a resume-upload
    prompt mid-body, the closing day three weeks after the post (a wording per day), the
    minimum wage (each order), the scam warning and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="kerjayakini.com.my", site="Kerjaya Kini", base_size=90,
        subdomains=(("www.", 100),),
        sections=("berita", "kerja-kosong", "tips-kerjaya", "kerajaan"),
        n_authors=4, url_path="/{section}/{slug}/",
        families=(
            _f("tarikh", HEADER, 0.85, *_by_day(_kk_dated)),
            _f("saluran", HEADER, 0.25, *_kk_saluran()),
            _f("oleh", HEADER, 0.5, (_OLD, "Oleh {author}")),
            _f("baca", MIDDLE, 0.4, (_OLD, "BACA JUGA: {other_title}")),
            _f("iklan", MIDDLE, 0.3, (_OLD, "IKLAN")),
            _f("resume", MIDDLE, 0.2, (_OLD, "Muat naik resume anda dan biar majikan mencari "
                                             "anda")),
            _f("tutup", FOOTER, 0.3, *_by_day(_kk_tutup)),
            _f("gaji", FOOTER, 0.12, *from_table(GAJI_MINIMUM, lambda _, v: (
                f"Gaji minimum sebulan: {v}"))),
            _f("amaran", FOOTER, 0.3, (_OLD, "Kerjaya Kini tidak mengenakan sebarang bayaran "
                                             "kepada pencari kerja. Berhati-hati dengan "
                                             "tawaran kerja palsu.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "Hak cipta terpelihara © {year} Kerjaya Kini "
                                                "Sdn. Bhd.")),
            _f("pembetulan", HEADER, 0.04, (_OLD, "Pembetulan: Tarikh temu duga dalam berita "
                                                  "ini telah dibetulkan.")),
        ),
    )


# --- a French staffing agency's news and job posts ----------------------------------------

IA_REDESIGN = dt.date(2018, 1, 8)
SMIC = (("2015-01-01", "9,61"), ("2016-01-01", "9,67"), ("2017-01-01", "9,76"),
        ("2018-01-01", "9,88"), ("2019-01-01", "10,03"), ("2020-01-01", "10,15"),
        ("2021-01-01", "10,25"))


def _ia_dated(day: dt.date) -> str:
    if day < IA_REDESIGN:
        return f"Actualité du {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publiée le {day.day} {MOIS[day.month - 1]} {day.year}"


def _ia_postulez(day: dt.date) -> str:
    last = day + 10 * ONE
    return f"Postulez avant le {last.day} {MOIS[last.month - 1]} {last.year}"


def disability_week(y: int) -> dt.date:
    """The Monday of France's disability employment week: the third week of November."""
    return nth_weekday(y, 11, 0, 3)


@cache
def _ia_bandeau() -> Wordings:
    base = _steps((_OLD, "Retrouvez toutes nos offres sur l'appli Intérim Atout"))
    confinement = [_span("2020-03-17", "2020-05-10", "Confinement : nos agences restent "
                                                     "joignables par téléphone et par e-mail")]
    handicap = _movable(disability_week, 0, 6, lambda y: f"Semaine pour l'emploi des personnes "
                                                         f"handicapées {y} : nos agences se "
                                                         f"mobilisent")
    ete = _yearly("04-01", 0, 60, lambda y: f"Jobs d'été {y} : inscrivez-vous dès maintenant "
                                            f"en agence")
    return _calendar(base, confinement, handicap, ete)


def interimatout_style() -> PublisherStyle:
    """A French staffing agency's news and job posts: "Actualité du" with the numeric date
    turned "Publiée le" with the long date on 8 January 2018 (a wording per day), the branch
    from a pool, a banner turned by the summer-job season, disability employment week and
    the lockdown, the post, the contract type and the pay with the end-of-assignment and
    paid-leave allowances from pools mid-body, a CV prompt, "Postulez avant le" ten days
    after the post (a wording per day), the year's minimum hourly wage (each January), the
    equal-opportunity line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="interimatout.fr", site="Intérim Atout", base_size=70,
        subdomains=(("www.", 100),),
        sections=("actualites", "offres", "conseils"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "ville": ("Rouen", "Le Havre", "Évreux", "Caen", "Dieppe", "Lisieux"),
            "poste": ("Préparateur de commandes", "Cariste CACES 3", "Agent de production",
                      "Soudeur TIG", "Assistant administratif", "Manutentionnaire"),
            "contrat": ("Intérim", "CDI intérimaire", "CDD", "Intérim – mission longue"),
            "salaire": ("11,00 € à 12,50 € brut de l'heure", "selon profil", "10,50 € brut de "
                        "l'heure + primes d'équipe", "1 800 € brut mensuel"),
        },
        families=(
            _f("date", HEADER, 0.8, *_by_day(_ia_dated)),
            _f("agence", HEADER, 0.4, (_OLD, "Agence de {ville}")),
            _f("bandeau", HEADER, 0.2, *_ia_bandeau()),
            _f("poste", MIDDLE, 0.3, (_OLD, "Poste à pourvoir : {poste} H/F – {ville}")),
            _f("contrat", MIDDLE, 0.2, (_OLD, "Type de contrat : {contrat}")),
            _f("salaire", MIDDLE, 0.25, (_OLD, "Salaire : {salaire} + 10 % d'IFM + 10 % "
                                               "d'ICCP")),
            _f("cv", MIDDLE, 0.2, (_OLD, "Déposez votre CV en 2 clics")),
            _f("postulez", FOOTER, 0.3, *_by_day(_ia_postulez)),
            _f("smic", FOOTER, 0.15, *from_table(SMIC, lambda s, v: (
                f"SMIC horaire brut au 1er janvier {s[:4]} : {v} €"))),
            _f("diversite", FOOTER, 0.4, (_OLD, "Intérim Atout étudie, à compétences égales, "
                                                "toutes les candidatures, dont celles des "
                                                "personnes en situation de handicap.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Intérim Atout – agence d'emploi")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : l'adresse de l'agence a été "
                                               "corrigée.")),
        ),
    )


# --- an Irish recruitment agency's job posts ----------------------------------------------

LR_REDESIGN = dt.date(2019, 2, 4)
IE_WAGE = (("2011-07-01", "€8.65"), ("2016-01-01", "€9.15"), ("2017-01-01", "€9.25"),
           ("2018-01-01", "€9.55"), ("2019-01-01", "€9.80"), ("2020-02-01", "€10.10"),
           ("2021-01-01", "€10.20"))


def _lr_dated(day: dt.date) -> str:
    if day < LR_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"Posted {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _lr_closing(day: dt.date) -> str:
    last = day + 14 * ONE
    return f"Closing date: {ordinal(last.day)} {MONTHS[last.month - 1]} {last.year}"


def first_monday_after(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=7 - day.weekday())


@cache
def _lr_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on LinkedIn for the latest roles"))
    christmas = [(dt.date(y, 12, 14), dt.date(y, 12, 24),
                  f"Our offices close at 1pm on 23 December and reopen on Monday "
                  f"{first_monday_after(dt.date(y + 1, 1, 1)).day} January {y + 1}")
                 for y in YEARS]
    remote = [_span("2020-03-13", "2020-12-13", "We are interviewing by video call while our "
                                                "offices are closed")]
    return _calendar(base, remote, christmas)


def lanigan_style() -> PublisherStyle:
    """An Irish recruitment agency's job posts: "Posted on" with the ordinal date turned the
    short date on 4 February 2019 (a wording per day), the consultant, a notice turned by
    each Christmas closure and the pandemic's video interviews, the location, salary and
    job type from pools mid-body, the closing date two weeks after the post (a wording per
    day), the minimum wage with its date (each rise), the register-your-CV line, the agency
    licence line, the equal-opportunities line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="laniganrecruitment.ie", site="Lanigan Recruitment", base_size=55,
        subdomains=(("www.", 100),),
        sections=("jobs", "news", "salary-guide"),
        n_authors=4, url_path="/{section}/{slug}-{n}",
        pools={
            "location": ("Dublin 2", "Dublin 18 / Hybrid", "Cork City", "Galway", "Limerick",
                         "Athlone", "Remote (Ireland)"),
            "salary": ("€32,000 – €38,000 DOE", "€45,000 + bonus", "€14.50 per hour",
                       "€55,000 – €65,000 + pension", "Competitive"),
            "jobtype": ("Permanent, full time", "Temporary, 6 months", "Contract, 12 months",
                        "Permanent, part time"),
        },
        families=(
            _f("posted", HEADER, 0.8, *_by_day(_lr_dated)),
            _f("consultant", HEADER, 0.45, (_OLD, "Consultant: {author}")),
            _f("notice", HEADER, 0.2, *_lr_notice()),
            _f("location", MIDDLE, 0.3, (_OLD, "Location: {location}")),
            _f("salary", MIDDLE, 0.3, (_OLD, "Salary: {salary}")),
            _f("jobtype", MIDDLE, 0.2, (_OLD, "Job type: {jobtype}")),
            _f("closing", FOOTER, 0.35, *_by_day(_lr_closing)),
            _f("wage", FOOTER, 0.1, *from_table(IE_WAGE, lambda s, v: (
                f"The national minimum wage for an experienced adult worker is {v} an hour "
                f"from {iso_day(s).day} {MONTHS[iso_day(s).month - 1]} {s[:4]}."))),
            _f("register", FOOTER, 0.3, (_OLD, "Register your CV with Lanigan Recruitment and "
                                               "hear about roles before they are "
                                               "advertised.")),
            _f("licence", FOOTER, 0.25, (_OLD, "Lanigan Recruitment acts as an employment "
                                               "agency for this vacancy. Licence no. "
                                               "EA4123.")),
            _f("equality", FOOTER, 0.35, (_OLD, "We are an equal opportunities employer and "
                                                "welcome applications from all sections of "
                                                "the community.")),
            _f("copyright", FOOTER, 0.25, (_OLD, "© {year} Lanigan Recruitment Ltd")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the closing date for this role "
                                                  "has been extended.")),
        ),
    )


# --- a German job centre's press releases -------------------------------------------------

JC_REDESIGN = dt.date(2019, 7, 1)
REGELBEDARF = (("2015-01-01", "399"), ("2016-01-01", "404"), ("2017-01-01", "409"),
               ("2018-01-01", "416"), ("2019-01-01", "424"), ("2020-01-01", "432"),
               ("2021-01-01", "446"))
JC_RATE = (("2014-12-01", 5.9), ("2016-12-01", 5.4), ("2018-12-01", 4.8),
           ("2020-02-01", 4.7), ("2020-05-01", 5.9), ("2020-12-01", 5.8))
SEASON = (0.5, 0.45, 0.3, 0.1, 0.0, -0.05, 0.1, 0.15, -0.1, -0.2, -0.25, -0.1)


def _jc_dated(day: dt.date) -> str:
    if day < JC_REDESIGN:
        return f"Wettenau, {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Pressemitteilung vom {day.day}. {MONATE[day.month - 1]} {day.year}"


def unemployment_rate(y: int, m: int) -> float:
    """Made-up unemployment rate of the district in month `m` of `y`, to one decimal."""
    first = dt.date(y, m, 1)
    return round(through(first, JC_RATE) + SEASON[m - 1] + 0.1 * wobble(first, "quote"), 1)


def release_day(y: int, m: int) -> dt.date:
    """The day the figures of month `m` of `y` come out: its last Thursday."""
    return last_weekday(y, m, 3)


def _jc_quote(day: dt.date) -> str:
    y, m = (day.year, day.month) if day >= release_day(day.year, day.month) else (
        (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12))
    return (f"Arbeitslosenquote im {MONATE[m - 1]} {y}: "
            f"{decimal_comma(unemployment_rate(y, m), 1)} Prozent")


def jobmesse(y: int) -> dt.date:
    """The district's job fair: the second Saturday of March."""
    return nth_weekday(y, 3, 5, 2)


@cache
def _jc_hinweis() -> Wordings:
    base = _steps((_OLD, "Termine vereinbaren Sie bequem online oder telefonisch."))
    corona = [_span("2020-03-16", "2020-06-30", "Wegen der Corona-Pandemie ist das Haus für "
                                                "Besucher geschlossen. Anträge bitte per Post "
                                                "oder E-Mail.")]
    messe = _movable(jobmesse, 14, 0, lambda y: f"Jobmesse am {jobmesse(y).day}. März {y} in "
                                                f"der Stadthalle Wettenau – Eintritt frei",
                     years=range(2015, 2020))
    return _calendar(base, corona, messe)


def wettertal_style() -> PublisherStyle:
    """A German job centre's press releases: "Pressemitteilung", the place and the numeric
    date turned "Pressemitteilung vom" with the long date on 1 July 2019 (a wording per
    day), the district's unemployment rate of the last month out (a wording per month, each
    last Thursday), a photo credit mid-body, the basic benefit for a single adult (each
    January), a notice turned by each March job fair and the pandemic's closure, the
    attachment line, the equal-opportunity line, the press contact and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="jobcenter-wettertal.de", site="Jobcenter Kreis Wettertal", base_size=40,
        subdomains=(("www.", 100),),
        sections=("presse", "arbeitsmarkt", "aktuelles"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("pm", HEADER, 0.55, (_OLD, "Pressemitteilung")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: Jobcenter Kreis Wettertal")),
            _f("datum", HEADER, 0.8, *_by_day(_jc_dated)),
            _f("quote", HEADER, 0.3, *_by_day(_jc_quote)),
            _f("regelbedarf", FOOTER, 0.15, *from_table(REGELBEDARF, lambda s, v: (
                f"Regelbedarf für Alleinstehende ab 1. Januar {s[:4]}: {v} Euro im Monat"))),
            _f("hinweis", FOOTER, 0.3, *_jc_hinweis()),
            _f("anhang", FOOTER, 0.2, (_OLD, "Die Arbeitsmarktzahlen im Detail finden Sie im "
                                             "Anhang (PDF, barrierefrei).")),
            _f("chancen", FOOTER, 0.1, (_OLD, "Wir fördern Chancengleichheit und begrüßen "
                                              "Bewerbungen unabhängig von Geschlecht, "
                                              "Herkunft, Religion, Behinderung, Alter und "
                                              "sexueller Identität.")),
            _f("kontakt", FOOTER, 0.4, (_OLD, "Pressekontakt: Jobcenter Kreis Wettertal, "
                                              "Pressestelle, Tel. 06031 555-210")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Jobcenter Kreis Wettertal")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Termin der Informations"
                                                 "veranstaltung wurde berichtigt.")),
        ),
    )


# --- an American county workforce board's news --------------------------------------------

KR_REDESIGN = dt.date(2018, 7, 2)
KR_REOPEN = dt.date(2020, 7, 1)


def _kr_dated(day: dt.date) -> str:
    if day < KR_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _kr_apply(day: dt.date) -> str:
    last = day + 10 * ONE
    return f"Apply by {MONTHS[last.month - 1]} {last.day}, {last.year}"


def closures(y: int) -> list[tuple[dt.date, str]]:
    """The holidays the job centers close for in year `y` (as observed)."""
    def observed(day: dt.date) -> dt.date:
        return day + ONE if day.weekday() == 6 else day - ONE if day.weekday() == 5 else day

    return [(observed(dt.date(y, 1, 1)), "New Year's Day"),
            (last_weekday(y, 5, 0), "Memorial Day"),
            (observed(dt.date(y, 7, 4)), "Independence Day"),
            (nth_weekday(y, 9, 0, 1), "Labor Day"), (thanksgiving(y), "Thanksgiving"),
            (observed(dt.date(y, 12, 25)), "Christmas")]


@cache
def _kr_closed() -> Wordings:
    base = _steps((_OLD, "Visit a job center Monday to Friday, 8 a.m. to 4:30 p.m."),
                  (KR_REOPEN.isoformat(), "Job centers are open by appointment only. Face "
                                          "masks are required."))
    pandemic = [_span("2020-03-17", "2020-06-30", "Job centers are closed to walk-in visitors. "
                                                  "Call 555-0188 for help by phone.")]
    holidays: list[Event] = []
    for y in range(2015, 2022):
        for day, name in closures(y):
            holidays.append((day - 4 * ONE, day + ONE, f"Job centers will be closed "
                                                       f"{WEEKDAYS[day.weekday()]}, "
                                                       f"{MONTHS[day.month - 1]} {day.day} "
                                                       f"for {name}."))
    holidays.sort()
    return _calendar(base, pandemic, holidays)


def kettleriver_style() -> PublisherStyle:
    """An American county workforce board's news: "Posted on" with the long date turned the
    weekday on 2 July 2018 (a wording per day), an opening-hours line turned by each
    holiday closure and the pandemic's closure and reworded at the reopening, a hiring
    event with the employer and the center from pools and an interview tip mid-body, "Apply
    by" ten days after the post (a wording per day), an unemployment-insurance line, the
    equal-opportunity line, the funding line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="kettleriverworks.org", site="Kettle River Works", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "events", "job-seekers", "employers"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "employer": ("Northfield Foods", "Kettle Valley Health", "Ridgeway Logistics",
                         "County Road Department", "Lakeshore Manufacturing"),
            "center": ("Pine City Job Center", "Hinckley Job Center", "Mora Job Center"),
        },
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_kr_dated)),
            _f("hours", HEADER, 0.25, *_kr_closed()),
            _f("event", MIDDLE, 0.3, (_OLD, "Hiring event: {employer} at the {center}")),
            _f("tip", MIDDLE, 0.15, (_OLD, "Job seekers: bring several copies of your résumé "
                                           "and dress for an interview.")),
            _f("apply", FOOTER, 0.3, *_by_day(_kr_apply)),
            _f("ui", FOOTER, 0.12, (_OLD, "Questions about unemployment insurance? Apply "
                                          "online or call the state UI line, 1-888-555-0110.")),
            _f("eo", FOOTER, 0.45, (_OLD, "Kettle River Works is an equal opportunity "
                                          "employer/program. Auxiliary aids and services are "
                                          "available on request to individuals with "
                                          "disabilities. TTY: 711.")),
            _f("funding", FOOTER, 0.3, (_OLD, "Programs are funded in part under the Workforce "
                                              "Innovation and Opportunity Act through the U.S. "
                                              "Department of Labor.")),
            _f("copyright", FOOTER, 0.25, (_OLD, "© {year} Kettle River Works")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the hiring event starts at 10 "
                                                  "a.m., not 9 a.m.")),
        ),
    )


def heldout165_styles() -> list[PublisherStyle]:
    """The held-back-165 styles, in the order the generator hands them to publishers."""
    return [
        careerlane_style(), workforceledger_style(), jobwerk_style(), rhmatin_style(),
        jobbspanaren_style(), joburiazi_style(), trabahongayon_style(), kerjayakini_style(),
        interimatout_style(), lanigan_style(), wettertal_style(), kettleriver_style(),
    ]
