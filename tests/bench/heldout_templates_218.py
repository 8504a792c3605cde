"""The ``held-back-218`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"not medical advice" line or an emergency-number line. The publishers are the news pages of
hospitals, clinics and public-health agencies in English, Spanish, Romanian, Arabic,
Indonesian and Finnish: an American hospital system's newsroom, a British NHS hospital
trust, a Spanish regional health service, a Romanian county emergency hospital, a Gulf
health authority (in Arabic), an Indonesian regional public hospital, a Finnish hospital
district, an American county health department, an Argentine private clinic, a Romanian
county public-health directorate, a Jordanian private hospital (in Arabic) and a Finnish
town's health centre. The families are the kinds a crawl of such sites holds: dates
localised day by day in English (American and British order), Spanish, Romanian, Arabic
(Gulf and Levantine month names), Indonesian (with WIB) and Finnish, several changing form
on the day of a redesign; lines that turn every day (emergency-department wait times, the
emergency unit's patients of the day before, "page last reviewed", "last updated"), every
week (the county's flu activity to the week's end, a measles count each Friday, the staff
flu-jab uptake each Monday) and every month (a surgical waiting list); visiting-hours
notices turned by flu seasons, norovirus winters, Ramadan, Eid, Lebaran and the 2020
pandemic (no visitors, one visitor with a mask, restrictions again); vaccination-campaign
banners by calendar (autumn flu campaigns in both hemispheres, the Hajj meningitis vaccine,
Indonesia's polio week, measles-rubella campaign and school immunisation month, Romania's
measles epidemic, European Immunisation Week, the first COVID-19 vaccines); emergency
notices (A&E winter pressures and NHS 111 First, heat-wave codes, dengue alerts, the state
of alarm); appointment-line hours reworded for apps and WhatsApp; "not medical advice"
notices reworded; fees and amounts that change over the years (car parking, BPJS
contributions, Finnish visit fees and payment ceilings, beds and staff counts, employees,
hospitals in the system, medical directors); related-article links, photo credits, insurers
from pools and calls to book mid-body (some up to two times); multi-line blocks (ENDS, notes
to editors, media contacts, about lines, copyright lines), civil-rights and language
taglines, bare lines and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are
the generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, iso_day, nth_weekday
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
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
LUNI = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
        "septembrie", "octombrie", "noiembrie", "decembrie")
ZILE = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
SHUHUR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
ASHHUR_SHAM = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
               "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
VIIKONPAIVAT = ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
                "sunnuntai")
VP_LYHYT = ("ma", "ti", "ke", "to", "pe", "la", "su")

# Ramadan's first day, Eid al-Fitr, the day of Arafah and the Hijri year, as the Gulf kept
# them; Indonesia's Idul Fitri (a day later in 2019).
RAMADAN = {2015: ("2015-06-18", "2015-07-17", "2015-09-23", 1436),
           2016: ("2016-06-06", "2016-07-06", "2016-09-11", 1437),
           2017: ("2017-05-27", "2017-06-25", "2017-08-31", 1438),
           2018: ("2018-05-17", "2018-06-15", "2018-08-20", 1439),
           2019: ("2019-05-06", "2019-06-04", "2019-08-10", 1440),
           2020: ("2020-04-24", "2020-05-24", "2020-07-30", 1441)}
IDUL_FITRI = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
              2019: "2019-06-05", 2020: "2020-05-24"}

# --- helpers of this set ------------------------------------------------------------------


def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def along(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A value drawn straight between `anchors` ((ISO day, value), ...), flat outside."""
    x = day.toordinal()
    pts = [(dt.date.fromisoformat(a).toordinal(), v) for a, v in anchors]
    if x <= pts[0][0]:
        return pts[0][1]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return pts[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, object], ...]) -> object:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, object], ...], text: Callable[[object], str]) -> Wordings:
    """A line that changes on the days of `table`: the value in force on the set's first day
    from the oldest day, then one wording from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(v)) for start, v in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def thousands(n: int, sep: str) -> str:
    """`n` with `sep` between groups of three digits (1,234 or 1.234 or 1 234)."""
    return f"{n:,}".replace(",", sep)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def friday_of(day: dt.date) -> dt.date:
    """The last Friday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def juhannusaatto(y: int) -> dt.date:
    """Finnish Midsummer Eve: the Friday from 19 to 25 June."""
    first = dt.date(y, 6, 19)
    return first + dt.timedelta(days=(4 - first.weekday()) % 7)


def ro_count(n: int, noun: str) -> str:
    """A Romanian count: "de" before the noun from 20 on ("12 cazuri", "160 de cazuri")."""
    return f"{n} de {noun}" if n % 100 >= 20 or (n >= 100 and n % 100 == 0) else f"{n} {noun}"


def public_health_week(y: int) -> dt.date:
    """The Monday that opens the first full week of April."""
    return nth_weekday(y, 4, 0, 1)


def spans(rows: tuple[tuple[str, str], ...], text: str) -> list[Event]:
    return [_span(first, last, text) for first, last in rows]


# --- an American hospital system's newsroom -----------------------------------------------

HC_REDESIGN = dt.date(2018, 2, 5)
HC_ER_WAITS = dt.date(2016, 4, 4)  # the ER wait-time widget went live
HC_DISCLAIMER = dt.date(2017, 7, 10)
HC_SECTION_1557 = dt.date(2016, 10, 17)  # nondiscrimination notices and taglines
HC_APP = dt.date(2019, 1, 14)
HC_FLU_SEASONS = (("2014-12-22", "2015-03-27"), ("2016-01-25", "2016-04-08"),
                  ("2016-12-19", "2017-03-31"), ("2017-12-11", "2018-04-06"),
                  ("2018-12-17", "2019-04-05"), ("2019-12-09", "2020-03-13"))
HC_SYSTEM = (("2014-01-06", (4, "6,800")), ("2015-01-05", (4, "7,100")),
             ("2016-01-04", (5, "7,900")), ("2017-01-09", (5, "8,200")),
             ("2018-01-08", (6, "9,400")), ("2019-01-07", (6, "9,700")),
             ("2020-01-06", (6, "10,100")))


def _hc_dated(day: dt.date) -> str:
    if day < HC_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year} · {{read_min}} min read"


def er_minutes(day: dt.date, campus: str, base: float) -> int:
    """Made-up ER waits: longer on Mondays and in flu season, short in spring 2020."""
    season = 1.35 if day.month in (12, 1, 2) else 1.0
    monday = 1.25 if day.weekday() == 0 else 1.0
    covid = 0.45 if dt.date(2020, 3, 20) <= day <= dt.date(2020, 6, 30) else 1.0
    return max(3, round(base * season * monday * covid * (1 + 0.4 * wobble(day, campus))))


def _hc_er(day: dt.date) -> str:
    if day < HC_ER_WAITS:
        return "In a medical emergency, call 911 or go to the nearest emergency room."
    return (f"ER wait times: Main Campus {er_minutes(day, 'main', 34)} min · North Campus "
            f"{er_minutes(day, 'north', 18)} min (updated {{time12}})")


@cache
def _hc_visitors() -> Wordings:
    base = _steps((_OLD, "Visiting hours are 9 a.m. to 9 p.m. daily. Quiet hours begin at "
                         "10 p.m."))
    covid = [
        _span("2020-03-14", "2020-06-07", "COVID-19 update: no visitors are allowed in our "
                                          "hospitals at this time, with limited exceptions."),
        _span("2020-06-08", "2020-11-22", "COVID-19 update: one healthy adult visitor per "
                                          "patient per day. Masks are required at all times."),
        (iso_day("2020-11-23"), None, "COVID-19 update: visitors are restricted again as "
                                      "cases rise. See the exceptions before you come."),
    ]
    flu = spans(HC_FLU_SEASONS, "Flu season visitor restrictions are in effect: visitors "
                                "under 14 and anyone with flu symptoms may not visit "
                                "patient areas.")
    return _calendar(base, covid, flu)


@cache
def _hc_campaign() -> Wordings:
    base = _steps((_OLD, "Sign up for Healthy Living, our free monthly e-newsletter"),
                  (HC_APP.isoformat(), "Get our app: find care near you, see ER wait times "
                                       "and book appointments"))
    covid = [
        _span("2020-03-16", "2020-09-27", "COVID-19: if you have a fever or cough, call our "
                                          "nurse line at 555-0177 before coming in"),
        (iso_day("2020-12-14"), None, "COVID-19 vaccines have arrived: we are vaccinating "
                                      "frontline health care workers first"),
    ]
    flu = _yearly("10-01", 3, 60, lambda y: f"Flu shots are here: walk in at any of our urgent "
                                            f"care locations through Nov. 30, {y}")
    return _calendar(base, covid, flu)


def hillcrest_style() -> PublisherStyle:
    """An American hospital system's newsroom: a service-line kicker from a pool, "Posted on"
    with the long date turned the AP-style date and the reading time on 5 February 2018 (a
    wording per day), "By" turned the writer with the title, the ER wait times of two
    campuses (a wording per day from April 2016, before it a call-911 line), a visiting-hours
    line turned by each flu season's restrictions and the 2020 pandemic (no visitors, one
    visitor with a mask, restrictions again), a newsletter banner turned the app and turned
    by each autumn's flu shots, the pandemic's nurse line and the first vaccines, related
    links up to twice, a call to book with a specialty from a pool, a photo credit from a
    pool, a "not medical advice" line reworded in 2017, the media contact with a second
    writer, the about line with its hospitals and employees (changing each January) and the
    copyright line (a block), the civil-rights notice and the Spanish language tagline (from
    October 2016), a rare correction."""
    return PublisherStyle(
        domain="hillcresthealth.org", site="Hillcrest Health", base_size=250,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("news", "cancer-care", "heart", "womens-health", "community", "research"),
        n_authors=8, url_path="/newsroom/{section}/{slug}",
        pools={
            "kicker": ("Cancer Care", "Heart & Vascular", "Women's Health", "Community",
                       "Awards & Recognition", "Research", "Pediatrics", "Orthopedics"),
            "beat": ("Senior Communications Specialist", "Media Relations Manager",
                     "Staff Writer", "Public Relations Coordinator"),
            "specialty": ("cardiology", "orthopedic", "breast health", "sleep medicine",
                          "pediatric", "neurology"),
            "photo": ("Hillcrest Health", "Hillcrest Health Foundation", "Getty Images",
                      "Adobe Stock", "the family"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_hc_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (HC_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("er-wait", HEADER, 0.2, *_by_day(_hc_er)),
            _f("visitors", HEADER, 0.3, *_hc_visitors()),
            _f("campaign", HEADER, 0.2, *_hc_campaign()),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("book", MIDDLE, 0.25, (_OLD, "To make an appointment with a {specialty} "
                                            "specialist, call 555-0199 or book online.")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo courtesy of {photo}")),
            _f("disclaimer", FOOTER, 0.35,
               (_OLD, "This article is for informational purposes only and is not intended "
                      "as medical advice."),
               (HC_DISCLAIMER.isoformat(), "The content on this page is general information "
                                           "and is not a substitute for professional medical "
                                           "advice. Always talk with your doctor about your "
                                           "health.")),
            _f("media", FOOTER, 0.4, (_OLD, "Media contact: {author2}, Public Relations, "
                                            "555-0142 · media@hillcresthealth.org")),
            _f("about", FOOTER, 0.4, *by_table(HC_SYSTEM, lambda v: (
                f"About Hillcrest Health: a not-for-profit health system of {v[0]} hospitals "
                f"and more than {v[1]} employees serving the Tri-County region."))),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Hillcrest Health. All rights "
                                                 "reserved.")),
            _f("civil-rights", FOOTER, 0.15,
               (_OLD, "Hillcrest Health is an equal opportunity employer."),
               (HC_SECTION_1557.isoformat(), "Hillcrest Health complies with applicable "
                                             "federal civil rights laws and does not "
                                             "discriminate on the basis of race, color, "
                                             "national origin, age, disability or sex.")),
            _f("tagline", FOOTER, 0.1,
               (_OLD, "Interpreter services are available free of charge. Ask any staff "
                      "member."),
               (HC_SECTION_1557.isoformat(), "ATENCIÓN: si habla español, tiene a su "
                                             "disposición servicios gratuitos de asistencia "
                                             "lingüística. Llame al 1-800-555-0123.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misstated the clinic's opening "
                                                  "date.")),
        ),
    )


# --- a British NHS hospital trust -----------------------------------------------------------

AV_REDESIGN = dt.date(2019, 3, 18)
AV_OPEN_VISITING = dt.date(2017, 4, 3)
AV_111_FIRST = dt.date(2020, 12, 1)
AV_APPEAL = dt.date(2020, 4, 1)
AV_NOROVIRUS = (("2015-01-05", "2015-02-20"), ("2015-12-14", "2016-01-29"),
                ("2016-12-05", "2017-02-10"), ("2017-12-18", "2018-03-02"),
                ("2018-12-10", "2019-02-01"), ("2019-11-25", "2020-01-31"))
AV_FLU_UPTAKE = {2014: 68.4, 2015: 71.2, 2016: 74.8, 2017: 79.3, 2018: 81.6, 2019: 80.4,
                 2020: 88.1}  # final share of frontline staff vaccinated, each season
AV_STAFF = (("2014-04-01", "5,900"), ("2015-04-01", "6,100"), ("2016-04-01", "6,300"),
            ("2017-04-01", "6,400"), ("2018-04-02", "6,700"), ("2019-04-01", "6,900"),
            ("2020-04-01", "7,300"))
AV_PARKING = (("2014-04-01", "£2.50 for up to two hours, £6 all day"),
              ("2017-04-01", "£2.80 for up to two hours, £6.50 all day"),
              ("2019-04-01", "£3.00 for up to two hours, £7 all day"),
              ("2020-03-25", "free for NHS staff, patients and visitors during the COVID-19 "
                             "pandemic"))


def _av_dated(day: dt.date) -> str:
    if day < AV_REDESIGN:
        return f"Published: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def flu_season_start(day: dt.date) -> int | None:
    """The year of the staff flu campaign running on `day` (October to February)."""
    if day.month >= 10:
        return day.year
    if day.month <= 2:
        return day.year - 1
    return None


def staff_uptake(day: dt.date) -> float:
    """The share of frontline staff vaccinated by the Monday of `day`'s week: rising over
    ten weeks from October to the season's final share."""
    y = flu_season_start(day)
    assert y is not None
    weeks = (monday_of(day) - monday_of(dt.date(y, 10, 1))).days // 7
    return AV_FLU_UPTAKE[y] * min(1.0, 0.12 + 0.088 * weeks)


def _av_flu(day: dt.date) -> str:
    y = flu_season_start(day)
    if y is None:
        return "Join our team: search our current vacancies on NHS Jobs"
    return (f"Flu fighters {y}/{(y + 1) % 100:02d}: {staff_uptake(day):.0f}% of our frontline "
            f"staff have had their flu jab so far. Have you?")


@cache
def _av_ae() -> Wordings:
    def base(day: dt.date) -> str:
        if day < AV_111_FIRST:
            return ("A&E is for serious and life-threatening emergencies only. For anything "
                    "else, call NHS 111 or see your pharmacist.")
        return ("Think NHS 111 First: call 111 before you go to A&E, unless it is a "
                "life-threatening emergency.")

    winter = _yearly("12-27", 12, 14, lambda y: (
        f"Winter {y}/{(y + 1) % 100:02d}: our A&E departments are extremely busy. Please "
        + ("call NHS 111 first." if y == 2020 else "think before you attend.")),
        years=range(2014, 2021))
    return _calendar(base, winter)


@cache
def _av_visiting() -> Wordings:
    base = _steps((_OLD, "Visiting hours on our wards are 2pm to 8pm. Please check with the "
                         "ward before you visit."),
                  (AV_OPEN_VISITING.isoformat(), "We have open visiting from 11am to 8pm on "
                                                 "most wards. Please respect protected "
                                                 "mealtimes."))
    covid = [
        _span("2020-03-25", "2020-08-16", "Visiting is suspended to protect patients and "
                                          "staff, except in exceptional circumstances."),
        _span("2020-08-17", "2020-11-04", "Visiting is by appointment only: one visitor per "
                                          "patient, and a face covering must be worn."),
        (iso_day("2020-11-05"), None, "Visiting is suspended again during national "
                                      "restrictions, except in exceptional circumstances."),
    ]
    noro = spans(AV_NOROVIRUS, "Norovirus: some wards are closed to visitors. Please do not "
                               "visit if you have had diarrhoea or vomiting in the last 48 "
                               "hours.")
    return _calendar(base, covid, noro)


def ashbourne_style() -> PublisherStyle:
    """A British NHS hospital trust: a category from a pool, "Published:" with the numeric
    date turned the weekday and the long date on 18 March 2019 (a wording per day), an A&E
    line turned by each winter's pressures and reworded for NHS 111 First in December 2020,
    the staff flu campaign with its uptake so far (a wording per week, October to February;
    a vacancies line the rest of the year), a visiting line reworded for open visiting and
    turned by norovirus winters and the pandemic, "Read more:" links up to twice, a photo
    caption from a pool, a charity appeal reworded for the pandemic, the car-parking
    charges (raised in April 2017 and 2019, free from March 2020), "ENDS", the notes to
    editors with the staff count (changing each April), the media line and the social line
    (a block), a rare update."""
    return PublisherStyle(
        domain="ashbournevalley.nhs.uk", site="Ashbourne Valley Hospitals", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "patient-stories", "charity", "research", "careers"),
        n_authors=5, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "category": ("Trust news", "Patient stories", "Our charity", "Research",
                         "Awards", "Our people"),
            "pictured": ("Staff on Ward 12 with their award", "The new MRI scanner at "
                         "Ashbourne General", "Volunteers at the main entrance", "The "
                         "maternity team", "Matron Ruth Ellery and colleagues"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_av_dated)),
            _f("ae", HEADER, 0.25, *_av_ae()),
            _f("flu-fighters", HEADER, 0.15, *_by_day(_av_flu)),
            _f("read-more", MIDDLE, 0.35, (_OLD, "Read more: {other_title}"), count=2),
            _f("pictured", MIDDLE, 0.25, (_OLD, "Pictured: {pictured}")),
            _f("charity", MIDDLE, 0.15,
               (_OLD, "Ashbourne Valley Hospitals Charity: your donations pay for the extras "
                      "that make a difference to our patients."),
               (AV_APPEAL.isoformat(), "Support our NHS heroes: give to the Ashbourne Valley "
                                       "Hospitals Charity COVID-19 appeal.")),
            _f("visiting", FOOTER, 0.3, *_av_visiting()),
            _f("parking", FOOTER, 0.1, *by_table(AV_PARKING, lambda v: f"Car parking: {v}.")),
            _f("ends", FOOTER, 0.5, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.45, *by_table(AV_STAFF, lambda v: (
                f"Notes to editors: Ashbourne Valley Hospitals NHS Foundation Trust employs "
                f"more than {v} staff and serves around 520,000 people."))),
            _f("media", FOOTER, 0.45, (_OLD, "For more information contact the communications "
                                             "team on 01632 960 482 or email "
                                             "communications@ashbournevalley.nhs.uk")),
            _f("social", FOOTER, 0.25, (_OLD, "Follow us on Twitter and Facebook: "
                                              "@AshValleyNHS")),
            _f("update", HEADER, 0.04, (_OLD, "This article was updated to correct the ward "
                                              "name.")),
        ),
    )


# --- a Spanish regional health service --------------------------------------------------------

SV_REDESIGN = dt.date(2017, 10, 2)
SV_APP = dt.date(2018, 5, 14)
SV_GRIPE = {2014: "2014-10-20", 2015: "2015-10-19", 2016: "2016-10-24", 2017: "2017-10-23",
            2018: "2018-10-22", 2019: "2019-10-21", 2020: "2020-10-13"}
SV_VISITAS = (("2020-03-11", "Se restringen las visitas en los hospitales: solo un "
                             "acompañante por paciente en casos imprescindibles."),
              ("2020-06-22", "Visitas: un acompañante por paciente, con mascarilla, de 17:00 a "
                             "20:00 horas."))


def _sv_fecha(day: dt.date) -> str:
    if day < SV_REDESIGN:
        return f"Valdelobos, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return (f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} · {{time}} h")


def waiting_list(month_end: dt.date) -> tuple[int, int]:
    """Made-up surgical waiting list and mean wait in days at the end of a month."""
    n = along(month_end, (("2014-11-30", 8100), ("2017-06-30", 9300), ("2019-12-31", 9800),
                          ("2020-05-31", 13600), ("2020-12-31", 12400)))
    days = along(month_end, (("2014-11-30", 92), ("2019-12-31", 104), ("2020-05-31", 161),
                             ("2020-12-31", 138)))
    return (round(n * (1 + 0.03 * wobble(month_end, "lista"))),
            round(days * (1 + 0.05 * wobble(month_end, "demora"))))


def _sv_lista(day: dt.date) -> str:
    back = 1 if day.day >= 20 else 2
    first = day.replace(day=1)
    for _ in range(back):
        first = (first - ONE).replace(day=1)
    end = (first + dt.timedelta(days=32)).replace(day=1) - ONE
    n, days = waiting_list(end)
    return (f"Lista de espera quirúrgica a {end.day} de {MESES[end.month - 1]} de {end.year}: "
            f"{thousands(n, '.')} pacientes, con una demora media de {days} días.")


@cache
def _sv_campana() -> Wordings:
    base = _steps((_OLD, "Pide cita con tu médico de familia en la web o en el 941 555 060"),
                  (SV_APP.isoformat(), "Pide cita previa desde la app de Salud, las 24 horas "
                                       "del día"))
    covid = [
        _span("2020-03-14", "2020-06-20", "Estado de alarma: si tienes fiebre o tos, no acudas "
                                          "a tu centro de salud; llama al 900 555 300"),
        _span("2020-06-21", "2020-10-12", "Nueva normalidad: la mascarilla es obligatoria en "
                                          "todos los centros sanitarios"),
    ]
    gripe = [(iso_day(start), dt.date(y + 1, 2, 1),
              f"Campaña de vacunación antigripal {y}-{y + 1}: vacúnate si tienes más de 65 "
              f"años o una enfermedad crónica") for y, start in SV_GRIPE.items()]
    return _calendar(base, covid, gripe)


def valdelobos_style() -> PublisherStyle:
    """A Spanish regional health service: "Nota de prensa", the place and the long date
    turned the weekday and the time on 2 October 2017 (a wording per day), the area from a
    pool, an appointment banner reworded for the app and turned by each autumn's flu
    campaign with its season, the state of alarm and the new normal's masks, related news
    up to twice, a photo credit from a pool, the surgical waiting list at the end of a month
    (a wording per month, published each 20th), a visiting line turned twice in 2020, the
    "not a substitute for a health professional" notice, the emergency number, the press
    office line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="saludvaldelobos.es", site="Servicio de Salud de Valdelobos", base_size=180,
        subdomains=(("www.", 80), ("prensa.", 20)),
        sections=("atencion-primaria", "hospitales", "salud-publica", "profesionales"),
        n_authors=4, url_path="/noticias/{yyyy}/{mm}/{slug}",
        pools={
            "area": ("Atención Primaria", "Hospitales", "Salud Pública", "Salud Mental",
                     "Urgencias y Emergencias", "Profesionales"),
            "foto": ("Gabinete de Prensa", "Servicio de Salud de Valdelobos", "Archivo",
                     "Consejería de Sanidad"),
        },
        families=(
            _f("nota", HEADER, 0.5, (_OLD, "Nota de prensa")),
            _f("fecha", HEADER, 0.9, *_by_day(_sv_fecha)),
            _f("area", HEADER, 0.4, (_OLD, "Área: {area}")),
            _f("campana", HEADER, 0.3, *_sv_campana()),
            _f("relacionadas", MIDDLE, 0.35, (_OLD, "Noticias relacionadas: {other_title}"),
               count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("lista-espera", FOOTER, 0.2, *_by_day(_sv_lista)),
            _f("visitas", FOOTER, 0.2, (_OLD, "Horario de visitas en los hospitales: de 12:00 "
                                              "a 21:00 horas. Un acompañante por paciente."),
               *SV_VISITAS),
            _f("aviso", FOOTER, 0.35, (_OLD, "La información de esta web es divulgativa y no "
                                             "sustituye la consulta con un profesional "
                                             "sanitario.")),
            _f("urgencias", FOOTER, 0.25, (_OLD, "Ante una emergencia sanitaria, llama al "
                                                 "112.")),
            _f("prensa", FOOTER, 0.4, (_OLD, "Gabinete de Prensa del Servicio de Salud de "
                                             "Valdelobos · Tel. 941 555 300 · "
                                             "prensa@saludvaldelobos.es")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Servicio de Salud de Valdelobos. "
                                                 "Consejería de Sanidad.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior "
                                                     "se indicaba mal el horario del centro "
                                                     "de salud.")),
        ),
    )


# --- a Romanian county emergency hospital -----------------------------------------------------

SJ_REDESIGN = dt.date(2018, 9, 3)
SJ_UPU = dt.date(2016, 6, 1)  # the emergency unit's daily count goes online
SJ_TELVERDE = dt.date(2017, 2, 1)
SJ_GDPR = dt.date(2018, 5, 25)
SJ_ONLINE = dt.date(2019, 3, 1)
SJ_GRIPA = (("2015-01-26", "2015-03-15"), ("2016-01-20", "2016-03-06"),
            ("2017-01-09", "2017-02-26"), ("2018-01-12", "2018-03-25"),
            ("2019-01-14", "2019-03-10"), ("2020-02-03", "2020-03-08"))
SJ_RUJEOLA = ("2016-09-26", "2018-06-30")
SJ_PATURI = (("2014-01-01", ("1.120", "2.140")), ("2016-01-01", ("1.150", "2.210")),
             ("2018-01-01", ("1.190", "2.380")), ("2020-01-01", ("1.210", "2.560")))


def _sj_data(day: dt.date) -> str:
    if day < SJ_REDESIGN:
        return f"Publicat: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{ZILE[day.weekday()]}, {day.day} {LUNI[day.month - 1]} {day.year}, ora {{time}}"


def upu_patients(day: dt.date) -> tuple[int, int]:
    """Made-up patients seen by the emergency unit on `day` and how many were admitted."""
    base = 210 if day.weekday() in (0, 6) else 180
    if dt.date(2020, 3, 16) <= day <= dt.date(2020, 5, 31):
        base = 95
    n = round(base * (1 + 0.18 * wobble(day, "upu")))
    return n, round(n * (0.24 + 0.05 * wobble(day, "internari")))


def _sj_upu(day: dt.date) -> str:
    if day < SJ_UPU:
        return "Unitatea de Primiri Urgențe funcționează non-stop. În caz de urgență sunați la 112."
    before = day - ONE
    n, k = upu_patients(before)
    return (f"UPU: ieri, {before.day} {LUNI[before.month - 1]}, s-au prezentat "
            f"{ro_count(n, 'pacienți')}, dintre care {k} au fost internați.")


@cache
def _sj_vizite() -> Wordings:
    base = _steps((_OLD, "Program de vizită: luni–vineri 15:00–20:00; sâmbătă și duminică "
                         "10:00–20:00."))
    covid = [
        _span("2020-03-09", "2020-05-14", "Pe durata stării de urgență, vizitarea pacienților "
                                          "este interzisă."),
        (iso_day("2020-05-15"), None, "Pe durata stării de alertă vizitele rămân suspendate. "
                                      "Masca de protecție este obligatorie în spital."),
    ]
    gripa = spans(SJ_GRIPA, "Atenție: din cauza epidemiei de gripă, accesul vizitatorilor în "
                            "spital este interzis până la noi dispoziții.")
    return _calendar(base, covid, gripa)


@cache
def _sj_programari() -> Wordings:
    base = _steps((_OLD, "Programări la Ambulatoriul de specialitate: 0265 555 300, luni–vineri, "
                         "8:00–14:00"),
                  (SJ_ONLINE.isoformat(), "Programări online pe scjusanmihai.ro sau la 0265 555 "
                                          "300, luni–vineri, 7:30–15:30"))
    covid = [_span("2020-03-09", "2020-05-14", "Ambulatoriul este închis pe durata stării de "
                                               "urgență; consultații doar prin telefon")]
    gripa = _yearly("10-01", 0, 45, lambda y: (
        f"Vaccinul antigripal pentru sezonul {y}–{y + 1} a sosit la medicii de familie. "
        f"Grupele de risc se vaccinează gratuit."))
    rujeola = [_span(*SJ_RUJEOLA, "Epidemie de rujeolă: vaccinați-vă copiii! Vaccinul ROR este "
                                  "gratuit la medicul de familie.")]
    return _calendar(base, covid, gripa, rujeola)


def sanmihai_style() -> PublisherStyle:
    """A Romanian county emergency hospital: "Comunicat de presă", "Publicat:" with the
    numeric date turned the weekday, the long date and the time on 3 September 2018 (a
    wording per day), the emergency unit's patients of the day before and its admissions
    (a wording per day from June 2016, before it a call-112 line), an appointment banner
    reworded for online booking and turned by Romania's measles epidemic, each autumn's flu
    vaccine and the state of emergency, "Vezi și:" links, a photo credit from a pool, a
    visiting line turned by each flu epidemic's ban and the 2020 states of emergency and
    alert, a no-bribes notice reworded with a free line, a data-protection line reworded for
    the GDPR, the spokesperson line, the beds and staff line (changing every two years) and
    the copyright line (a block), an EU-funding line, a rare erratum."""
    return PublisherStyle(
        domain="scjusanmihai.ro", site="Spitalul Clinic Județean de Urgență Sânmihai",
        base_size=150, subdomains=(("www.", 100),),
        sections=("comunicate", "noutati", "anunturi", "cariera"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"foto": ("arhiva spitalului", "Biroul de presă", "pagina de Facebook a "
                        "spitalului", "Agerpres")},
        families=(
            _f("comunicat", HEADER, 0.5, (_OLD, "Comunicat de presă")),
            _f("data", HEADER, 0.85, *_by_day(_sj_data)),
            _f("upu", HEADER, 0.25, *_by_day(_sj_upu)),
            _f("programari", HEADER, 0.2, *_sj_programari()),
            _f("vezi", MIDDLE, 0.3, (_OLD, "Vezi și: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("vizite", FOOTER, 0.35, *_sj_vizite()),
            _f("atentii", FOOTER, 0.3,
               (_OLD, "Personalul spitalului nu are voie să ceară sau să primească bani ori "
                      "alte foloase de la pacienți."),
               (SJ_TELVERDE.isoformat(), "Personalul spitalului nu are voie să ceară bani sau "
                                         "alte foloase. Dacă vi se cer, sunați gratuit la "
                                         "0800 800 555.")),
            _f("date-personale", FOOTER, 0.15,
               (_OLD, "Datele dumneavoastră sunt protejate conform Legii nr. 677/2001."),
               (SJ_GDPR.isoformat(), "Prelucrăm datele cu caracter personal conform "
                                     "Regulamentului (UE) 2016/679 (GDPR).")),
            _f("purtator", FOOTER, 0.4, (_OLD, "Purtător de cuvânt: {author}, tel. 0744 555 "
                                               "218")),
            _f("paturi", FOOTER, 0.25, *by_table(SJ_PATURI, lambda v: (
                f"Spitalul Clinic Județean de Urgență Sânmihai are {v[0]} de paturi și {v[1]} "
                f"de angajați."))),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Spitalul Clinic Județean de Urgență "
                                                "Sânmihai. Toate drepturile rezervate.")),
            _f("finantare", FOOTER, 0.1, (_OLD, "Proiect cofinanțat din Fondul European de "
                                                "Dezvoltare Regională prin Programul "
                                                "Operațional Regional 2014–2020.")),
            _f("erata", HEADER, 0.04, (_OLD, "Erată: în versiunea inițială a comunicatului, "
                                             "programul ambulatoriului era greșit.")),
        ),
    )


# --- a Gulf health authority, in Arabic ---------------------------------------------------------

NH_REDESIGN = dt.date(2018, 4, 15)
NH_APP = dt.date(2017, 3, 1)


def _nh_tarikh(day: dt.date) -> str:
    if day < NH_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{AYYAM[day.weekday()]} {day.day} {SHUHUR[day.month - 1]} {day.year}"


@cache
def _nh_mawaid() -> Wordings:
    base = _steps((_OLD, "ساعات العمل في المراكز الصحية: من الأحد إلى الخميس، من 7:30 صباحاً "
                         "حتى 8:00 مساءً"))
    covid = [(iso_day("2020-03-22"), None, "كوفيد-19: يقتصر العمل في المراكز الصحية على "
                                           "الحالات العاجلة والاستشارات عن بُعد")]
    ramadan = [(iso_day(first), iso_day(eid),
                f"ساعات العمل خلال شهر رمضان المبارك {hijri} هـ: من 9:00 صباحاً حتى 3:00 "
                f"عصراً") for first, eid, _, hijri in RAMADAN.values()]
    eids = [(iso_day(eid), iso_day(eid, 4), "عيد فطر سعيد: المراكز الصحية مغلقة خلال العطلة، "
                                            "وأقسام الطوارئ تعمل على مدار الساعة")
            for _, eid, _, _ in RAMADAN.values()]
    eids += [(iso_day(arafah), iso_day(arafah, 5), "عيد أضحى مبارك: المراكز الصحية مغلقة "
                                                   "خلال العطلة، وأقسام الطوارئ تعمل على مدار "
                                                   "الساعة")
             for _, _, arafah, _ in RAMADAN.values()]
    return _calendar(base, covid, eids, ramadan)


@cache
def _nh_hamla() -> Wordings:
    base = _steps((_OLD, "احجز موعدك عبر الموقع الإلكتروني أو اتصل بمركز الاتصال 800 6425"),
                  (NH_APP.isoformat(), "احجز موعدك في ثوانٍ عبر تطبيقنا الذكي، المتاح على "
                                       "أندرويد وآي أو إس"))
    hajj = [(iso_day(arafah, -45), iso_day(arafah, -9),
             f"حجاج بيت الله الحرام: لقاح الحمى الشوكية إلزامي قبل السفر بعشرة أيام على "
             f"الأقل – موسم حج {hijri} هـ")
            for y, (_, _, arafah, hijri) in RAMADAN.items() if y < 2020]
    flu = _yearly("10-01", 0, 91, lambda y: f"حملة التطعيم ضد الإنفلونزا الموسمية {y}: اللقاح "
                                            f"مجاني لكبار المواطنين والحوامل وأصحاب الأمراض "
                                            f"المزمنة")
    covid = [(iso_day("2020-03-01"), None, "للاستفسار عن فيروس كورونا المستجد (كوفيد-19) "
                                           "اتصلوا على الرقم المجاني 800 6425")]
    return _calendar(base, hajj, flu, covid)


def nakheel_style() -> PublisherStyle:
    """A Gulf health authority, in Arabic: "Press release", the numeric date turned the
    weekday and the long date with Gulf month names on 15 April 2018 (a wording per day), a
    booking banner reworded for the app and turned by the Hajj season's meningitis vaccine
    with its Hijri year, each autumn's flu campaign and the pandemic's hotline, "Read also"
    links up to twice, a photo credit from a pool, the health centres' hours turned by
    Ramadan with its Hijri year, both Eids and the pandemic, the "does not replace a doctor"
    notice, "last updated" with the day's date (a wording per day), the call centre, the
    media line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="nakheelhealth.ae", site="هيئة النخيل للصحة", base_size=120,
        subdomains=(("www.", 100),),
        sections=("news", "campaigns", "announcements"),
        n_authors=3, url_path="/ar/media-centre/{section}/{slug}",
        pools={"sura": ("المكتب الإعلامي", "إدارة الاتصال الحكومي", "أرشيف الهيئة",
                        "وام")},
        families=(
            _f("khabar", HEADER, 0.5, (_OLD, "خبر صحفي")),
            _f("tarikh", HEADER, 0.85, *_by_day(_nh_tarikh)),
            _f("hamla", HEADER, 0.2, *_nh_hamla()),
            _f("aqra", MIDDLE, 0.35, (_OLD, "اقرأ أيضاً: {other_title}"), count=2),
            _f("sura", MIDDLE, 0.2, (_OLD, "الصورة: {sura}")),
            _f("mawaid", FOOTER, 0.3, *_nh_mawaid()),
            _f("ikhla", FOOTER, 0.35, (_OLD, "المعلومات الواردة في هذه الصفحة للتوعية العامة ولا "
                                             "تغني عن استشارة الطبيب المختص.")),
            _f("tahdith", FOOTER, 0.3, *_daily(
                lambda day: f"آخر تحديث للصفحة: {day.day} {SHUHUR[day.month - 1]} {day.year}")),
            _f("markaz", FOOTER, 0.35, (_OLD, "مركز الاتصال: 800 6425 (على مدار الساعة)")),
            _f("ilam", FOOTER, 0.35, (_OLD, "للتواصل الإعلامي: media@nakheelhealth.ae")),
            _f("huquq", FOOTER, 0.35, (_OLD, "جميع الحقوق محفوظة © {year} هيئة النخيل للصحة")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: تم تعديل موعد انطلاق الحملة في هذا "
                                              "الخبر.")),
        ),
    )


# --- an Indonesian regional public hospital ------------------------------------------------------

SK_REDESIGN = dt.date(2019, 1, 2)
SK_DAFTAR = dt.date(2018, 8, 1)
BPJS_KELAS_I = (("2014-01-01", "59.500"), ("2016-04-01", "80.000"), ("2020-01-01", "160.000"),
                ("2020-04-01", "80.000"), ("2020-07-01", "150.000"))


def _sk_tanggal(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year}"
    return f"Diposting {day.day:02d}/{day.month:02d}/{day.year} {{time}} WIB"


@cache
def _sk_besuk() -> Wordings:
    base = _steps((_OLD, "Jam besuk: pukul 11.00–13.00 dan 17.00–19.00 WIB. Anak di bawah 12 "
                         "tahun dilarang masuk ruang perawatan."))
    covid = [(iso_day("2020-03-17"), None, "Selama pandemi COVID-19 jam besuk ditiadakan. "
                                           "Pasien hanya boleh ditunggu satu orang keluarga.")]
    lebaran = [(iso_day(day, -3), iso_day(day, 8),
                f"Jam besuk selama libur Idul Fitri {RAMADAN[y][3]} H: pukul 10.00–12.00 dan "
                f"16.00–18.00 WIB") for y, day in IDUL_FITRI.items()]
    return _calendar(base, covid, lebaran)


@cache
def _sk_info() -> Wordings:
    base = _steps((_OLD, "Pendaftaran rawat jalan: Senin–Kamis 07.30–12.00, Jumat 07.30–10.00, "
                         "Sabtu 07.30–11.00"),
                  (SK_DAFTAR.isoformat(), "Daftar rawat jalan lebih mudah lewat aplikasi JKN "
                                          "Mobile atau WhatsApp 0812 5555 0118"))
    covid = [(iso_day("2020-03-15"), None, "Waspada COVID-19: pakai masker, cuci tangan, jaga "
                                           "jarak. Hotline 0812 5555 0119")]
    hkn = _yearly("11-12", 2, 2, lambda y: f"Selamat Hari Kesehatan Nasional ke-{y - 1964}, "
                                           f"12 November {y}")
    kampanye = [
        _span("2016-03-08", "2016-03-15", "Pekan Imunisasi Nasional (PIN) Polio 8–15 Maret "
                                          "2016: bawa anak usia 0–59 bulan ke posyandu"),
        _span("2017-08-01", "2017-09-30", "Kampanye Imunisasi Measles Rubella (MR) "
                                          "Agustus–September 2017 untuk anak 9 bulan sampai "
                                          "15 tahun"),
    ]
    bias = _yearly("11-01", 0, 29, lambda y: f"Bulan Imunisasi Anak Sekolah (BIAS) November "
                                             f"{y}: imunisasi gratis di sekolah")
    return _calendar(base, hkn, covid, kampanye, bias)


def sukamaju_style() -> PublisherStyle:
    """An Indonesian regional public hospital: the category from a pool, the weekday and
    the long date turned "Diposting" with the numeric date, the time and WIB on 2 January
    2019 (a wording per day), "Penulis:" turned the writer and the editor, a registration
    banner reworded for the JKN app and WhatsApp and turned by the 2016 polio week, the
    2017 measles-rubella campaign, each November's school immunisation month, National
    Health Day with its number and the pandemic, "Baca juga:" links up to twice, a photo
    credit from a pool, the visiting hours turned by each Lebaran with its Hijri year and
    the pandemic, the BPJS referral line, the BPJS class I contribution (changing five
    times), the 24-hour emergency line, the public-relations line and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="rsudsukamaju.go.id", site="RSUD Sukamaju", base_size=100,
        subdomains=(("www.", 60), ("", 40)),
        sections=("berita", "pelayanan", "kegiatan", "pengumuman"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kategori": ("Berita", "Pelayanan", "Kegiatan", "Promosi Kesehatan",
                         "Pengumuman"),
            "foto": ("Humas RSUD Sukamaju", "Dokumentasi RSUD", "Istimewa", "Antara"),
        },
        families=(
            _f("kategori", HEADER, 0.4, (_OLD, "{kategori}")),
            _f("tanggal", HEADER, 0.85, *_by_day(_sk_tanggal)),
            _f("penulis", HEADER, 0.5, (_OLD, "Penulis: {author}"),
               (SK_REDESIGN.isoformat(), "Penulis: {author} | Editor: {author2}")),
            _f("info", HEADER, 0.2, *_sk_info()),
            _f("baca-juga", MIDDLE, 0.4, (_OLD, "Baca juga: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("besuk", FOOTER, 0.3, *_sk_besuk()),
            _f("bpjs", FOOTER, 0.25, (_OLD, "Pasien BPJS Kesehatan wajib membawa kartu JKN-KIS "
                                            "dan surat rujukan dari fasilitas kesehatan tingkat "
                                            "pertama.")),
            _f("iuran", FOOTER, 0.12, *by_table(BPJS_KELAS_I, lambda v: (
                f"Iuran BPJS Kesehatan kelas I: Rp {v} per orang per bulan."))),
            _f("igd", FOOTER, 0.3, (_OLD, "IGD 24 jam: (0266) 555 118")),
            _f("humas", FOOTER, 0.35, (_OLD, "Humas RSUD Sukamaju · humas@rsudsukamaju.go.id")),
            _f("hak-cipta", FOOTER, 0.3, (_OLD, "Hak Cipta © {year} RSUD Sukamaju")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: jadwal poliklinik pada berita ini telah "
                                             "diperbaiki.")),
        ),
    )


# --- a Finnish hospital district -------------------------------------------------------------

KH_REDESIGN = dt.date(2018, 11, 5)
KH_WAIT = dt.date(2017, 1, 9)  # the emergency department's waiting estimate goes online
KH_116117 = dt.date(2019, 5, 6)
KH_AJANVARAUS = dt.date(2019, 9, 2)
KH_INFLUENSSA = (("2015-01-12", "2015-03-15"), ("2016-02-01", "2016-03-27"),
                 ("2017-01-02", "2017-03-05"), ("2017-12-27", "2018-03-25"),
                 ("2019-01-07", "2019-03-17"), ("2020-01-20", "2020-03-16"))
KH_ROKOTUS = {2015: "2015-11-02", 2016: "2016-11-01", 2017: "2017-11-01", 2018: "2018-11-01",
              2019: "2019-11-04", 2020: "2020-10-26"}
KH_MAKSU = (("2014-01-01", "32,70"), ("2016-01-01", "41,70"), ("2018-01-01", "41,20"),
            ("2020-01-01", "41,80"))


def _kh_pvm(day: dt.date) -> str:
    if day < KH_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    return f"Julkaistu {day.day}.{day.month}.{day.year} klo {{time}}"


def _kh_paivystys(day: dt.date) -> str:
    if day < KH_WAIT:
        return "Päivystys palvelee kiireellisissä asioissa ympäri vuorokauden."
    hours = max(1, round(3 + 1.5 * wobble(day, "odotus") + (1 if day.weekday() == 0 else 0)))
    text = (f"Päivystyksen arvioitu odotusaika {VP_LYHYT[day.weekday()]} {day.day}.{day.month}.: "
            f"kiireettömissä asioissa noin {hours} h.")
    if day >= KH_116117:
        text += " Soita ensin Päivystysapuun 116117."
    return text


@cache
def _kh_vierailu() -> Wordings:
    base = _steps((_OLD, "Vierailuaika osastoilla on klo 12–20."))
    covid = [
        _span("2020-03-17", "2020-06-30", "Sairaaloissa on vierailukielto koronaepidemian "
                                          "vuoksi."),
        _span("2020-07-01", "2020-10-31", "Vierailut on sallittu rajoitetusti: yksi terve "
                                          "vierailija kerrallaan. Käytä kasvomaskia."),
        (iso_day("2020-11-01"), None, "Vierailurajoitukset kiristyvät: vierailut vain "
                                      "erityisestä syystä ja sopimalla osaston kanssa."),
    ]
    flunssa = spans(KH_INFLUENSSA, "Influenssakausi: älä tule vierailulle flunssaisena. "
                                   "Osastoilla voi olla vierailurajoituksia.")
    return _calendar(base, covid, flunssa)


@cache
def _kh_rokotus() -> Wordings:
    base = _steps((_OLD, "Ajanvaraus ja peruutukset: puh. 03 555 1200 ma–pe klo 8–15"),
                  (KH_AJANVARAUS.isoformat(), "Voit perua ja siirtää aikasi myös verkossa "
                                              "ympäri vuorokauden"))
    rokotus = [(iso_day(start), dt.date(y, 12, 31),
                f"Kausi-influenssarokotukset {y}–{y + 1} alkavat. Rokote on maksuton "
                f"riskiryhmille.") for y, start in KH_ROKOTUS.items()]
    return _calendar(base, rokotus)


def kaakkoishame_style() -> PublisherStyle:
    """A Finnish hospital district: "Tiedote", the numeric date turned "Julkaistu" with the
    time on 5 November 2018 (a wording per day), the emergency department's estimated wait
    (a wording per day from January 2017, with the 116117 advice line from May 2019), a
    booking banner reworded for online changes and turned by each autumn's flu vaccinations
    with their season, "Lue myös:" links, a photo credit from a pool, a visiting line turned
    by each influenza season and the 2020 ban, restrictions and tighter restrictions, the
    outpatient visit fee (changing three times), the contact line with the writer and the
    title, the share line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="khshp.fi", site="Kaakkois-Hämeen sairaanhoitopiiri", base_size=85,
        subdomains=(("www.", 100),),
        sections=("ajankohtaista", "tiedotteet", "potilaille", "ammattilaisille"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "beat": ("ylilääkäri", "johtajaylilääkäri", "ylihoitaja", "viestintäpäällikkö",
                     "osastonylilääkäri"),
            "kuva": ("Kaakkois-Hämeen sairaanhoitopiiri", "Lehtikuva", "Pixabay",
                     "sairaanhoitopiirin kuva-arkisto"),
        },
        families=(
            _f("tiedote", HEADER, 0.5, (_OLD, "Tiedote")),
            _f("pvm", HEADER, 0.85, *_by_day(_kh_pvm)),
            _f("paivystys", HEADER, 0.2, *_by_day(_kh_paivystys)),
            _f("rokotus", HEADER, 0.2, *_kh_rokotus()),
            _f("lue-myos", MIDDLE, 0.35, (_OLD, "Lue myös: {other_title}")),
            _f("kuva", MIDDLE, 0.25, (_OLD, "Kuva: {kuva}")),
            _f("vierailu", FOOTER, 0.3, *_kh_vierailu()),
            _f("maksu", FOOTER, 0.12, *by_table(KH_MAKSU, lambda v: (
                f"Poliklinikkakäynnin maksu on {v} euroa."))),
            _f("lisatietoja", FOOTER, 0.45, (_OLD, "Lisätietoja: {author}, {author_beat}, "
                                                   "puh. 044 555 0123")),
            _f("jaa", FOOTER, 0.3, (_OLD, "Jaa: Facebook · Twitter · LinkedIn · "
                                          "Sähköposti")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Kaakkois-Hämeen "
                                                "sairaanhoitopiiri")),
            _f("korjaus", HEADER, 0.04, (_OLD, "Korjaus: tiedotteen puhelinnumero on "
                                               "korjattu.")),
        ),
    )


# --- an American county health department --------------------------------------------------

MC_REDESIGN = dt.date(2019, 7, 1)
MC_ACCREDITED = dt.date(2017, 9, 18)


def flu_level(week_end: dt.date) -> str:
    """The county's made-up flu activity for the week ending on a Saturday."""
    y = week_end.year if week_end.month >= 7 else week_end.year - 1
    peak = dt.date(y + 1, 2, 5) + dt.timedelta(days=round(14 * wobble(dt.date(y, 1, 1), "pk")))
    height = {2014: 3.4, 2015: 2.6, 2016: 3.0, 2017: 3.9, 2018: 3.1, 2019: 3.6, 2020: 1.2}[y]
    weeks = abs((week_end - peak).days) / 7
    score = height * max(0.0, 1 - weeks / 11) + 0.4 * wobble(week_end, "flu")
    if y == 2019 and week_end >= dt.date(2020, 3, 21):
        score = 0.3
    return ("Minimal", "Low", "Moderate", "High")[min(3, max(0, int(score)))]


def _mc_flu(day: dt.date) -> str:
    week_end = friday_of(day) - dt.timedelta(days=6)
    if 6 <= week_end.month <= 9:
        return "Flu surveillance reports resume in October."
    return (f"Flu activity in Marlow County, week ending {MONTHS[week_end.month - 1]} "
            f"{week_end.day}: {flu_level(week_end)}")


def _mc_dated(day: dt.date) -> str:
    if day < MC_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Release date: {day.month:02d}/{day.day:02d}/{day.year}"


@cache
def _mc_banner() -> Wordings:
    base = _steps((_OLD, "Sign up for county emergency alerts: text ALERTS to 555-888"))
    covid = [(iso_day("2020-03-12"), None, "COVID-19 information line: (555) 013-4499, 8 a.m. "
                                           "to 8 p.m. daily")]
    week = [(public_health_week(y) - 10 * ONE, public_health_week(y) + 7 * ONE,
             f"National Public Health Week is April {public_health_week(y).day}–"
             f"{(public_health_week(y) + 6 * ONE).day}, {y}: join us at events across the "
             f"county") for y in YEARS]
    return _calendar(base, covid, week)


@cache
def _mc_clinic() -> Wordings:
    base = _steps((_OLD, "Immunization clinic hours: Monday–Friday, 8 a.m.–4:30 p.m. No "
                         "appointment needed."))
    flu = _yearly("09-15", 0, 76, lambda y: (
        "Drive-through flu shot clinics 2020: see dates and sites at marlowcountyhealth.org/flu"
        if y == 2020 else f"Free flu shot clinics {y}: see dates and locations at "
                          f"marlowcountyhealth.org/flu"))
    covid = [(iso_day("2020-03-16"), None, "Immunization clinics are by appointment only "
                                           "during COVID-19. Call (555) 013-4400.")]
    return _calendar(base, flu, covid)


def marlow_style() -> PublisherStyle:
    """An American county health department: "FOR IMMEDIATE RELEASE", the long date turned
    "Release date:" with the numeric date on 1 July 2019 (a wording per day), the contact
    with the writer, the county's flu activity for the week ending each Saturday (a wording
    per week; a resumes-in-October line in summer), an alerts banner turned by each National
    Public Health Week and the pandemic's information line, a clinic line turned by each
    autumn's flu clinics and the pandemic, "More news:" links, "Page last reviewed" with the
    day's date (a wording per day), a Spanish line, the equal-opportunity line, "###" and
    the about line reworded for accreditation (a block), a rare correction."""
    return PublisherStyle(
        domain="marlowcountyhealth.org", site="Marlow County Health Department", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "press-releases", "flu", "environmental-health"),
        n_authors=2, url_path="/news/{slug}",
        families=(
            _f("release", HEADER, 0.55, (_OLD, "FOR IMMEDIATE RELEASE")),
            _f("dated", HEADER, 0.8, *_by_day(_mc_dated)),
            _f("contact", HEADER, 0.45, (_OLD, "Contact: {author}, Public Information Officer, "
                                               "(555) 013-4470")),
            _f("flu-activity", HEADER, 0.2, *_by_day(_mc_flu)),
            _f("banner", HEADER, 0.15, *_mc_banner()),
            _f("clinic", MIDDLE, 0.2, *_mc_clinic()),
            _f("more-news", MIDDLE, 0.2, (_OLD, "More news: {other_title}")),
            _f("reviewed", FOOTER, 0.35, *_daily(
                lambda day: f"Page last reviewed: {MONTHS[day.month - 1]} {day.day}, "
                            f"{day.year}")),
            _f("espanol", FOOTER, 0.15, (_OLD, "Para información en español, llame al (555) "
                                               "013-4410.")),
            _f("equal", FOOTER, 0.15, (_OLD, "This institution is an equal opportunity "
                                             "provider.")),
            _f("ends", FOOTER, 0.45, (_OLD, "###")),
            _f("about", FOOTER, 0.35,
               (_OLD, "The Marlow County Health Department works to protect and improve the "
                      "health of everyone who lives, works and plays in the county."),
               (MC_ACCREDITED.isoformat(), "The Marlow County Health Department, nationally "
                                           "accredited since 2017, works to protect and "
                                           "improve the health of everyone in the county.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the clinic on Saturday opens at "
                                                  "9 a.m., not 8 a.m.")),
        ),
    )


# --- an Argentine private clinic --------------------------------------------------------------

CP_REDESIGN = dt.date(2019, 8, 5)
CP_WHATSAPP = dt.date(2019, 3, 1)
CP_AISLAMIENTO = dt.date(2020, 3, 20)
CP_DIRECTOR = dt.date(2018, 1, 1)
CP_ANTIGRIPAL = {2015: "2015-04-13", 2016: "2016-04-11", 2017: "2017-04-03",
                 2018: "2018-04-09", 2019: "2019-03-25", 2020: "2020-03-23"}


def _cp_fecha(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publicado el {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _cp_campana() -> Wordings:
    base = _steps((_OLD, "Guardia médica las 24 horas: Av. Rivadavia 8450"))
    antigripal = [(iso_day(start), dt.date(y, 7, 1),
                   "Campaña antigripal 2020: vacunamos a mayores de 65 con turno previo, lejos "
                   "de la guardia respiratoria" if y == 2020 else
                   f"Campaña de vacunación antigripal {y}: vacunate sin turno en nuestro "
                   f"vacunatorio") for y, start in CP_ANTIGRIPAL.items()]
    dengue = [_span("2016-01-18", "2016-04-30", "Alerta dengue: si tenés fiebre y dolor de "
                                                "cabeza, consultá y no te automediques"),
              _span("2020-01-20", "2020-03-19", "Alerta dengue: si tenés fiebre y dolor de "
                                                "cabeza, consultá y no te automediques")]
    covid = [(CP_AISLAMIENTO, None, "Si tenés fiebre y tos o dificultad para respirar, ingresá "
                                    "por la guardia respiratoria de la calle Lautaro")]
    return _calendar(base, antigripal, dengue, covid)


def parquesur_style() -> PublisherStyle:
    """An Argentine private clinic: the numeric date turned "Publicado el" with the long date
    on 5 August 2019 (a wording per day), the category from a pool, a banner turned by each
    autumn's flu campaign, the 2016 and 2020 dengue alerts and the respiratory emergency
    entrance, "Te puede interesar:" links, the insurers from a pool, the appointment line
    reworded for WhatsApp and for teleconsultations in the 2020 isolation, the "does not
    replace a medical consultation" notice, the emergency line, the medical director
    (changed in 2018), the share line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="clinicaparquesur.com.ar", site="Clínica del Parque Sur", base_size=55,
        subdomains=(("www.", 100),),
        sections=("novedades", "salud", "institucional"),
        n_authors=3, url_path="/novedades/{slug}",
        pools={
            "categoria": ("Institucional", "Salud", "Novedades", "Prevención"),
            "prepaga": ("OSDE", "Swiss Medical", "Galeno", "Medifé", "Omint", "Sancor Salud"),
        },
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_cp_fecha)),
            _f("categoria", HEADER, 0.4, (_OLD, "{categoria}")),
            _f("campana", HEADER, 0.2, *_cp_campana()),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar: {other_title}")),
            _f("coberturas", MIDDLE, 0.15, (_OLD, "Atendemos {prepaga_list} y la mayoría de "
                                                  "las obras sociales.")),
            _f("turnos", FOOTER, 0.35,
               (_OLD, "Turnos: (011) 5555-7000, de lunes a viernes de 8 a 20 h."),
               (CP_WHATSAPP.isoformat(), "Turnos por WhatsApp al +54 9 11 5555-7000 o desde "
                                         "la web, las 24 h."),
               (CP_AISLAMIENTO.isoformat(), "Turnos: durante el aislamiento priorizamos la "
                                            "teleconsulta. Escribinos por WhatsApp al +54 9 11 "
                                            "5555-7000.")),
            _f("aviso", FOOTER, 0.3, (_OLD, "La información publicada tiene fines informativos "
                                            "y no reemplaza la consulta médica.")),
            _f("guardia", FOOTER, 0.25, (_OLD, "Guardia 24 h · Emergencias: 107")),
            _f("director", FOOTER, 0.35,
               (_OLD, "Director Médico: Dr. Julio C. Ferraro · M.N. 84.312"),
               (CP_DIRECTOR.isoformat(), "Directora Médica: Dra. Silvina Arrieta · M.N. "
                                         "97.655")),
            _f("compartir", FOOTER, 0.25, (_OLD, "Compartí esta nota: Facebook · Twitter · "
                                                 "WhatsApp")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Clínica del Parque Sur S.A. Todos "
                                                "los derechos reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Fe de erratas: el horario del vacunatorio fue "
                                              "corregido.")),
        ),
    )


# --- a Romanian county public-health directorate -----------------------------------------------

DS_PROGRAM = dt.date(2020, 3, 16)
DS_CANICULA = (("2015-07-06", "2015-07-09", "portocaliu"), ("2015-08-04", "2015-08-09", "roșu"),
               ("2016-07-19", "2016-07-23", "portocaliu"), ("2017-07-31", "2017-08-06", "roșu"),
               ("2018-08-06", "2018-08-10", "portocaliu"), ("2019-06-24", "2019-06-27",
                                                            "portocaliu"),
               ("2019-07-24", "2019-07-27", "roșu"), ("2020-08-10", "2020-08-13", "portocaliu"))
DS_VACCINARE = {2015: ("2015-04-20", "2015-04-26"), 2016: ("2016-04-24", "2016-04-30"),
                2017: ("2017-04-24", "2017-04-30"), 2018: ("2018-04-23", "2018-04-29"),
                2019: ("2019-04-24", "2019-04-30"), 2020: ("2020-04-20", "2020-04-26")}
DS_RUJEOLA = (("2016-10-07", 12.0), ("2017-03-31", 160.0), ("2017-12-29", 290.0),
              ("2018-12-28", 395.0), ("2019-12-27", 455.0))


def _date_ro_numeric(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def measles_cases(friday: dt.date) -> int:
    return int(along(friday, DS_RUJEOLA))


def _ds_rujeola(day: dt.date) -> str:
    friday = friday_of(day)
    if friday < iso_day(DS_RUJEOLA[0][0]) or friday > iso_day(DS_RUJEOLA[-1][0]):
        return "Verificați carnetul de vaccinări al copilului la medicul de familie."
    return (f"Rujeolă în județ: {ro_count(measles_cases(friday), 'cazuri')} confirmate de la "
            f"începutul epidemiei (situația la {friday.day:02d}.{friday.month:02d}.{friday.year})")


@cache
def _ds_alerta() -> Wordings:
    base = _steps((_OLD, "Informații despre vaccinuri și calendarul de vaccinare: "
                         "dspmuresel.ro/vaccinare"))
    canicula = [_span(first, last, f"Cod {cod} de caniculă: evitați expunerea la soare între "
                                   f"orele 11 și 18 și beți multe lichide")
                for first, last, cod in DS_CANICULA]
    saptamana = [_span(first, last, f"Săptămâna Europeană a Vaccinării {y}: vaccinarea "
                                    f"salvează vieți") for y, (first, last) in
                 DS_VACCINARE.items()]
    gripa = _yearly("10-01", 0, 60, lambda y: "Vaccinarea antigripală este gratuită pentru "
                                              f"grupele de risc, la medicul de familie ({y})")
    covid = [(iso_day("2020-03-01"), None, "Informații COVID-19: linia TELVERDE 0800 800 555, "
                                           "non-stop")]
    return _calendar(base, canicula, saptamana, gripa, covid)


def muresel_style() -> PublisherStyle:
    """A Romanian county public-health directorate: "COMUNICAT DE PRESĂ", the numeric date
    (a wording per day), an alert banner turned by the heat-wave codes, each European
    Immunisation Week, each autumn's free flu vaccine and the pandemic's free line, the
    county's measles count each Friday from October 2016 to December 2019 (a wording per
    week), "Citește și:" links, a photo source from a pool, the surveillance source line,
    the spokesperson, the opening hours reworded for the state of emergency and the
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="dspmuresel.ro", site="Direcția de Sănătate Publică Mureșel", base_size=45,
        subdomains=(("www.", 100),),
        sections=("comunicate", "informari", "campanii"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"foto": ("arhiva DSP", "Pixabay", "Ministerul Sănătății", "Inquam Photos")},
        families=(
            _f("comunicat", HEADER, 0.5, (_OLD, "COMUNICAT DE PRESĂ")),
            _f("data", HEADER, 0.8, *_by_day(_date_ro_numeric)),
            _f("alerta", HEADER, 0.2, *_ds_alerta()),
            _f("rujeola", HEADER, 0.15, *_by_day(_ds_rujeola)),
            _f("citeste", MIDDLE, 0.25, (_OLD, "Citește și: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Sursa foto: {foto}")),
            _f("sursa", FOOTER, 0.4, (_OLD, "Sursa: Compartimentul de Supraveghere "
                                            "Epidemiologică și Control Boli Transmisibile")),
            _f("purtator", FOOTER, 0.35, (_OLD, "Purtător de cuvânt: {author}")),
            _f("program", FOOTER, 0.25,
               (_OLD, "Program cu publicul: luni–joi 8:30–16:00, vineri 8:30–13:30"),
               (DS_PROGRAM.isoformat(), "Relațiile cu publicul se desfășoară doar online și "
                                        "telefonic, pe perioada pandemiei")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Direcția de Sănătate Publică "
                                                "Mureșel")),
            _f("erata", HEADER, 0.04, (_OLD, "Erată: numărul de cazuri a fost actualizat.")),
        ),
    )


# --- a Jordanian private hospital, in Arabic -----------------------------------------------------

SN_REDESIGN = dt.date(2017, 9, 1)
SN_WHATSAPP = dt.date(2018, 6, 1)


def _sn_tarikh(day: dt.date) -> str:
    if day < SN_REDESIGN:
        return f"{day.day} {ASHHUR_SHAM[day.month - 1]} {day.year}"
    return f"{AYYAM[day.weekday()]}، {day.day:02d}-{day.month:02d}-{day.year}"


@cache
def _sn_ziyara() -> Wordings:
    base = _steps((_OLD, "أوقات الزيارة: يومياً من 11 صباحاً حتى 1 ظهراً ومن 4 عصراً حتى 8 "
                         "مساءً"))
    covid = [_span("2020-03-17", "2020-06-05", "تم منع الزيارات حفاظاً على سلامة المرضى خلال "
                                              "جائحة كورونا"),
             (iso_day("2020-06-06"), None, "يُسمح بمرافق واحد فقط لكل مريض مع ارتداء الكمامة")]
    ramadan = [(iso_day(first), iso_day(eid),
                f"أوقات الزيارة في شهر رمضان المبارك {hijri} هـ: من 12 ظهراً حتى 3 عصراً ومن "
                f"8:30 مساءً حتى 11 ليلاً") for first, eid, _, hijri in RAMADAN.values()]
    return _calendar(base, covid, ramadan)


def sanabel_style() -> PublisherStyle:
    """A Jordanian private hospital, in Arabic: the long date with Levantine month names
    turned the weekday and the numeric date on 1 September 2017 (a wording per day), the
    24-hour emergency line, "Read more" links, a photo credit from a pool, the insurers
    from a pool, the appointment line reworded for WhatsApp, the visiting hours turned by
    Ramadan with its Hijri year and the pandemic's ban and one companion, the health-
    education notice, the share line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="sanabelhospital.jo", site="مستشفى السنابل التخصصي", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "health-tips", "events"),
        n_authors=2, url_path="/ar/news/{slug}",
        pools={"sura": ("قسم العلاقات العامة", "أرشيف المستشفى", "بترا"),
               "tamin": ("الشركة الأردنية الفرنسية للتأمين", "شركة التأمين الإسلامية",
                         "المجموعة العربية الأوروبية للتأمين", "ميدنت", "نات هيلث")},
        families=(
            _f("tarikh", HEADER, 0.8, *_by_day(_sn_tarikh)),
            _f("tawari", HEADER, 0.2, (_OLD, "قسم الطوارئ يعمل على مدار 24 ساعة – هاتف 06 555 "
                                             "0911")),
            _f("iqra", MIDDLE, 0.3, (_OLD, "اقرأ المزيد: {other_title}")),
            _f("sura", MIDDLE, 0.2, (_OLD, "تصوير: {sura}")),
            _f("tamin", MIDDLE, 0.15, (_OLD, "نستقبل المؤمَّنين لدى {tamin_list}")),
            _f("mawid", FOOTER, 0.35,
               (_OLD, "لحجز المواعيد: 06 555 0000 من السبت إلى الخميس، 8 صباحاً – 8 مساءً"),
               (SN_WHATSAPP.isoformat(), "لحجز المواعيد اتصل على 06 555 0000 أو راسلنا عبر "
                                         "واتساب 079 555 0000")),
            _f("ziyara", FOOTER, 0.3, *_sn_ziyara()),
            _f("tathqif", FOOTER, 0.3, (_OLD, "هذه المعلومات لأغراض التثقيف الصحي فقط ولا تغني "
                                              "عن مراجعة الطبيب.")),
            _f("musharaka", FOOTER, 0.25, (_OLD, "شارك هذا الخبر: فيسبوك · تويتر · واتساب")),
            _f("huquq", FOOTER, 0.3, (_OLD, "© {year} مستشفى السنابل التخصصي. جميع الحقوق "
                                            "محفوظة")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: تم تعديل اسم الطبيب في هذا الخبر.")),
        ),
    )


# --- a Finnish town's health centre --------------------------------------------------------------

KJ_REDESIGN = dt.date(2020, 1, 8)
KJ_TAKAISINSOITTO = dt.date(2017, 6, 1)
KJ_MAKSUT = (("2014-01-01", ("20,60", "636")), ("2016-01-01", ("20,90", "691")),
             ("2018-01-01", ("20,60", "683")), ("2020-01-01", ("20,90", "692")))


def _kj_pvm(day: dt.date) -> str:
    if day < KJ_REDESIGN:
        return f"{VIIKONPAIVAT[day.weekday()].capitalize()} {day.day}.{day.month}.{day.year}"
    return f"Päivitetty {day.day}.{day.month}.{day.year}"


@cache
def _kj_aukiolo() -> Wordings:
    base = _steps((_OLD, "Terveysasema on avoinna ma–to klo 8–16 ja pe klo 8–14."))
    covid = [(iso_day("2020-03-16"), None, "Koronaepäily? Soita ennen kuin tulet "
                                           "terveysasemalle, puh. 03 555 4400.")]
    juhannus = [(juhannusaatto(y) - 5 * ONE, juhannusaatto(y) + ONE,
                 f"Juhannusaattona {juhannusaatto(y).day}.6.{y} terveysasema on suljettu. "
                 f"Kiireellisissä asioissa ota yhteys päivystykseen.") for y in YEARS]
    joulu = _yearly("12-24", 7, 8, lambda y: f"Terveysasema on suljettu 24.–26.12.{y} ja "
                                             f"1.1.{y + 1}.", years=range(2014, 2021))
    return _calendar(base, joulu, juhannus, covid)


def kuusijarvi_style() -> PublisherStyle:
    """A Finnish town's health centre: the weekday and the numeric date turned "Päivitetty"
    on 8 January 2020 (a wording per day), the appointment line reworded for call-backs,
    "Lue lisää:" links, a photo credit from a pool, the opening hours turned by Midsummer
    Eve, Christmas and the pandemic's call-first line, the visit fee and payment ceiling
    (changing three times), the emergency number, the share line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="kuusijarventerveys.fi", site="Kuusijärven terveyskeskus", base_size=30,
        subdomains=(("www.", 100),),
        sections=("ajankohtaista", "tiedotteet"),
        n_authors=2, url_path="/ajankohtaista/{slug}",
        pools={"kuva": ("kaupungin kuva-arkisto", "Pixabay", "Lehtikuva", "terveyskeskus")},
        families=(
            _f("pvm", HEADER, 0.8, *_by_day(_kj_pvm)),
            _f("ajanvaraus", HEADER, 0.3,
               (_OLD, "Ajanvaraus puh. 03 555 4400 ma–pe klo 8–15."),
               (KJ_TAKAISINSOITTO.isoformat(), "Ajanvaraus puh. 03 555 4400 klo 8–15. Jätä "
                                               "soittopyyntö, niin soitamme takaisin.")),
            _f("lue-lisaa", MIDDLE, 0.3, (_OLD, "Lue lisää: {other_title}")),
            _f("kuva", MIDDLE, 0.2, (_OLD, "Kuva: {kuva}")),
            _f("aukiolo", FOOTER, 0.35, *_kj_aukiolo()),
            _f("maksut", FOOTER, 0.15, *by_table(KJ_MAKSUT, lambda v: (
                f"Terveyskeskusmaksu {v[0]} euroa käynniltä, maksukatto {v[1]} euroa "
                f"vuodessa."))),
            _f("hatanumero", FOOTER, 0.35, (_OLD, "Hätätilanteessa soita 112.")),
            _f("jaa", FOOTER, 0.2, (_OLD, "Jaa sivu: Facebook · Twitter · WhatsApp")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Kuusijärven terveyskeskus")),
            _f("korjaus", HEADER, 0.04, (_OLD, "Korjaus: uutisessa oli väärä aukioloaika.")),
        ),
    )


def heldout218_styles() -> list[PublisherStyle]:
    """The held-back-218 styles, in the order the generator hands them to publishers."""
    return [
        hillcrest_style(), ashbourne_style(), valdelobos_style(), sanmihai_style(),
        nakheel_style(), sukamaju_style(), kaakkoishame_style(), marlow_style(),
        parquesur_style(), muresel_style(), sanabel_style(), kuusijarvi_style(),
    ]
