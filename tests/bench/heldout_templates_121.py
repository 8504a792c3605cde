"""The ``held-back-121`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-120 set. It was
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
network footer. The publishers are institutional newsrooms, large and small, in English,
French, Spanish, German, Arabic and Portuguese: the press room of an intergovernmental office
in Geneva, a policy think tank in Washington, a French university's news pages, a Spanish
humanitarian foundation in Madrid, a German city's press office, the news agency of a
Brazilian federal university in the Sertão, an Arab water-policy network in Amman, a Canadian
federal agency's news releases, a Mexican municipal government's press bulletins, an English
university's press office, a Moroccan think tank in Rabat printing French and Arabic, and a
Mozambican women's association in Maputo. The families are the kinds a crawl of such sites
holds: dates localised day by day in English (British, American and Canadian forms, with
Central European summer and winter time), French (with "1er"), Spanish (Spain's and Mexico's
forms), German, Brazilian and Mozambican Portuguese, Arabic (Levantine and Moroccan month
names, Arabic-Indic digits and the tabular Hijri date) (several changing form on the day of a
redesign), lines that turn every day, every week, twice a week, every month, every term or
every year (press release and bulletin numbers, a city hall's opening hours by weekday and
public holiday, a waste-collection week, an office's hours by weekday and in Ramadan, a think
tank's weekly event, a foundation's member count, university terms and semesters, academic
years, a municipality's legend of the year), the seasons of a property-tax discount, document
types and kickers, bylines, datelines and signatures of many shapes, "check against
delivery", end marks ("ENDS", "- 30 -", "-انتهى-"), notes to editors, "About" paragraphs
whose figures grow, media contacts, read-also and related links (some up to two times),
photo credits and data sources, disclaimers, reproduction, licence, data-protection,
accessibility and copyright lines, donation, membership, match, tax-relief and M-Pesa
appeals with amounts rising over the years (euros, dollars, pounds, meticais), notices
reworded in 2016-2020 (one on the day the GDPR applied, one on the EU's web-accessibility
deadline) and notices that follow the institutions' calendars (World Water, Oceans and
Disaster Risk Reduction days, the climate COPs from Paris to Madrid and the postponed
Glasgow one, Giving Tuesday and year-end challenges, US elections and shutdowns, French
open days, admissions portals, the 2018 blockades and the confinements, Spain's tax-return
campaign and its "X Solidaria", earthquakes, hurricanes, cyclones Idai and Kenneth and the
Beirut explosion, German federal and European elections, Rosenmontag, the Advent market,
Brazil's electoral restrictions on government sites, ENEM, Carnival and São João, the
Canadian caretaker convention, National Aboriginal Day renamed, Canada 150, Mexico's
electoral bans, the 2017 earthquakes, the Grito and the patron saint's fair, A-level results
and clearing, UCU strikes, UK elections and the EU referendum, Ramadan and the Eids in Amman
and Rabat, Jordan's and Mozambique's independence days and the Throne Day and Green March
with their counts, Moroccan elections, COP22 in Marrakech, the Mozambican Women's Day and
the sixteen days of activism, and the 2020 lockdowns and states of emergency), multi-line
blocks, mid-body inserts, bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    digits,
    easter,
    iso_day,
    jdn,
    last_weekday,
    nth_weekday,
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
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
LEVANTINE_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                    "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
MOROCCAN_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت",
                   "شتنبر", "أكتوبر", "نونبر", "دجنبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
ARABIC_ZERO = "\u0660"

# Ramadan and the Eids as announced in Jordan (Amman) and in Morocco (often a day later).
JO_RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
              2019: "2019-05-06", 2020: "2020-04-24"}
JO_EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
JO_EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}
MA_RAMADAN = {2015: "2015-06-19", 2016: "2016-06-07", 2017: "2017-05-28", 2018: "2018-05-17",
              2019: "2019-05-07", 2020: "2020-04-25"}
MA_EID_ADHA = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-01", 2018: "2018-08-22",
               2019: "2019-08-12", 2020: "2020-07-31"}


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def eu_summer_time(day: dt.date) -> bool:
    """Whether Central European Summer Time is in force on `day` (from the last Sunday of
    March to the day before the last Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def arabic_digits(number: int | str, width: int = 0) -> str:
    return digits(number, ARABIC_ZERO, width)


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular (arithmetical) Hijri date of `day`: year, month (1-12), day."""
    n = jdn(day) - 1948440 + 10632
    cycle = (n - 1) // 10631
    n = n - 10631 * cycle + 354
    j = (((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238))
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycle + j - 30, month, n - (709 * month) // 24


def french_day(day: dt.date) -> str:
    """The day of the month as French prints it: "1er", "2", ... "31"."""
    return "1er" if day.day == 1 else str(day.day)


def dotted(number: int) -> str:
    """`number` with dots between thousands, as Spanish and German print it: "18.420"."""
    return f"{number:,}".replace(",", ".")


def working_day(day: dt.date, holidays: frozenset[dt.date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def _running_numbers(key: str, holidays: Callable[[int], frozenset[dt.date]], low: int,
                     high: int, saturdays: bool) -> dict[dt.date, int]:
    """The last number issued by each day of the period: each working day (and Saturday if
    `saturdays`) issues `low` to `high` numbers; the count starts again each January."""
    out: dict[dt.date, int] = {}
    day, count = dt.date(FIRST_DAY.year - 1, 12, 1), 0
    while day <= LAST_DAY:
        if day.month == 1 and day.day == 1:
            count = 0
        if working_day(day, holidays(day.year)) or (saturdays and day.weekday() == 5):
            count += hashed(day, key, low, high)
        out[day] = count
        day += ONE
    return out


# --- an intergovernmental office (Geneva) ---------------------------------------------------

IO_REDESIGN = dt.date(2018, 6, 8)  # relaunched on World Oceans Day 2018
IO_NEWSLETTER = dt.date(2017, 1, 16)
IO_LICENCE = dt.date(2019, 1, 1)
IO_MEMBERS = (("2015-01-01", 58), ("2017-03-01", 61), ("2019-07-01", 64))
COPS = (("2015-11-30", "2015-12-12", "COP21 in Paris"),
        ("2016-11-07", "2016-11-18", "COP22 in Marrakech"),
        ("2017-11-06", "2017-11-17", "COP23 in Bonn"),
        ("2018-12-02", "2018-12-14", "COP24 in Katowice"),
        ("2019-12-02", "2019-12-13", "COP25 in Madrid"))


def cet(day: dt.date) -> str:
    return "CEST" if eu_summer_time(day) else "CET"


def io_release(day: dt.date) -> int:
    """The number of the office's latest release by `day`: one each Tuesday and Thursday,
    counted from 1 each January."""
    first = dt.date(day.year, 1, 1)
    weeks, rest = divmod((day - first).days + 1, 7)
    return 2 * weeks + sum((first.weekday() + k) % 7 in (1, 3) for k in range(rest))


def _io_ref(day: dt.date) -> str:
    return f"Ref.: PR/{day.year}/{io_release(day):03d}"


def _io_dated(day: dt.date) -> str:
    if day < IO_REDESIGN:
        return f"GENEVA, {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return (f"Geneva, {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year} · {{time}} "
            f"{cet(day)}")


def _io_about(members: int) -> str:
    return (f"About the Intergovernmental Office for Coastal Resilience: set up by treaty in "
            f"1987, it brings together {members} member states to protect coasts, deltas and "
            f"small islands from flooding and erosion.")


def _io_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Twitter and LinkedIn for the latest news from Geneva."),
                  (IO_NEWSLETTER.isoformat(), "Subscribe to Coastlines, our monthly "
                                              "newsletter, for new reports and events."))
    cops = [_span(first, last, f"🌍 {name}: our delegation's daily briefings and side "
                               f"events") for first, last, name in COPS]
    cops.append(_span("2020-11-09", "2020-11-20", "🌍 COP26 would have opened in Glasgow "
                                                  "this month. It has been postponed to "
                                                  "November 2021."))
    cops.append(_span("2017-06-05", "2017-06-09", "🌊 The UN Ocean Conference is under way in "
                                                  "New York: follow our delegation"))
    news = [_span("2020-03-16", "2020-06-30", "Our Geneva headquarters is closed to visitors. "
                                              "Staff are working remotely; media requests "
                                              "are answered by email.")]
    days = _yearly("06-08", 2, 0, lambda y: f"🌊 World Oceans Day {y}: read our message")
    days += _yearly("03-22", 1, 0, lambda y: f"💧 World Water Day {y}")
    days += _yearly("10-13", 1, 0, lambda y: f"International Day for Disaster Risk Reduction "
                                             f"{y}: see our events")
    return _calendar(base, cops, news, days)


def iocr_style() -> PublisherStyle:
    """An intergovernmental office (Geneva): the document type from a pool, a capitalised
    GENEVA dateline turned the date with the time and the Central European summer or winter
    time on World Oceans Day 2018 (a wording per day), the release's reference number turning
    each Tuesday and Thursday, the other languages' links in three scripts, "Check against
    delivery" on speeches, the speaker's byline, "Related:" up to twice, a photo credit, an
    end mark, "Notes to editors", an "About" paragraph whose member count grows, the media
    contact (a block), a social line turned a newsletter appeal and turned by the COPs from
    Paris to Madrid, the 2017 ocean conference, the postponed Glasgow COP, the 2020 closure
    and the UN days of oceans, water and disaster risk reduction, a copyright line turned an
    open licence, a rare embargo line."""
    return PublisherStyle(
        domain="iocr.int", site="Intergovernmental Office for Coastal Resilience",
        base_size=260, subdomains=(("www.", 90), ("media.", 10)),
        sections=("news", "press-releases", "statements", "speeches", "stories"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "doctype": ("PRESS RELEASE", "NEWS", "STATEMENT", "SPEECH", "MEDIA ADVISORY",
                        "FEATURE STORY"),
            "beat": ("Director-General", "Deputy Director-General", "Head of the Delta "
                     "Programme", "Chief Scientist", "Director of Operations"),
        },
        families=(
            _f("doc-type", HEADER, 0.55, (_OLD, "{doctype}")),
            _f("dateline", HEADER, 0.85, *_by_day(_io_dated)),
            _f("ref", HEADER, 0.35, *_by_day(_io_ref)),
            _f("languages", HEADER, 0.3, (_OLD, "Also available in: Français | Español | "
                                                "العربية | 中文")),
            _f("delivery", HEADER, 0.12, (_OLD, "Check against delivery")),
            _f("speaker", HEADER, 0.2, (_OLD, "Remarks by {author}, {author_beat}")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: © IOCR/{author2}")),
            _f("ends", FOOTER, 0.35, (_OLD, "– ENDS –")),
            _f("notes", FOOTER, 0.3, (_OLD, "Notes to editors")),
            _f("about", FOOTER, 0.35, *((start, _io_about(n)) for start, n in IO_MEMBERS)),
            _f("contact", FOOTER, 0.4, (_OLD, "Media contact: {author2}, Communications "
                                              "Officer, +41 22 000 00 00, media@iocr.int")),
            _f("copyright", FOOTER, 0.35,
               (_OLD, "© {year} Intergovernmental Office for Coastal Resilience"),
               (IO_LICENCE.isoformat(), "© IOCR {year}. Some rights reserved. This work is "
                                        "available under a CC BY-NC-SA 3.0 IGO licence.")),
            _f("notice", FOOTER, 0.25, *_io_notice()),
            _f("embargo", HEADER, 0.04, (_OLD, "EMBARGOED: not for publication or broadcast "
                                               "before 00:01 GMT")),
        ),
    )


# --- a policy think tank (Washington) --------------------------------------------------------

AB_REDESIGN = dt.date(2018, 1, 30)  # relaunched on the day of the 2018 State of the Union
AB_COUNCIL = dt.date(2017, 2, 1)
AB_MATCH = {2015: "25,000", 2016: "40,000", 2017: "50,000", 2018: "75,000", 2019: "100,000",
            2020: "150,000"}
AB_EVENTS = ("Housing Affordability in Midsize Cities", "The Future of Trade with Mexico",
             "Rural Broadband: Who Pays?", "Reforming the Federal Budget Process",
             "Water Rights in the West", "Retirement Security for Gig Workers",
             "Election Administration After 2016", "The State of U.S. Manufacturing",
             "Opioids and the Workforce")


def election_day(y: int) -> dt.date:
    """The US general election day: the Tuesday after the first Monday of November."""
    return nth_weekday(y, 11, 0, 1) + ONE


def labor_day(y: int) -> dt.date:
    return nth_weekday(y, 9, 0, 1)


def giving_tuesday(y: int) -> dt.date:
    return thanksgiving(y) + 5 * ONE


def ab_event(day: dt.date) -> str:
    """The week's event title (a new one each Monday), or the summer schedule in August and
    up to Labor Day."""
    monday = latest(day, 0)
    if (day.month == 8 or (day.month == 9 and day < labor_day(day.year))) and monday.month != 7:
        return ""
    week = (monday - latest(FIRST_DAY, 0)).days // 7
    return AB_EVENTS[week % len(AB_EVENTS)]


def _ab_weekly(day: dt.date) -> str:
    title = ab_event(day)
    if not title:
        return "Alderbrook is on its summer schedule. Public events resume after Labor Day."
    thursday = latest(day, 0) + 3 * ONE
    return (f"This week at Alderbrook: \"{title}\", Thursday, "
            f"{AP_MONTHS[thursday.month - 1]} {thursday.day}, 10 a.m. ET. Register to attend "
            f"or watch online.")


def _ab_dated(day: dt.date) -> str:
    if day < AB_REDESIGN:
        return f"Published {ENGLISH_MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return f"{ENGLISH_MONTHS[day.month - 1].upper()} {day.day}, {day.year}"


def _ab_appeal() -> Wordings:
    base = _steps((_OLD, "Support independent, nonpartisan research. Donate today."),
                  (AB_COUNCIL.isoformat(), "Join the Alderbrook Council: members who give "
                                           "$250 or more a year receive our briefings "
                                           "first."))
    giving = _movable(giving_tuesday, 0, 0, lambda y: f"It's #GivingTuesday {y}: give to "
                                                      f"the research that shapes the debate")
    shutdowns = [_span("2018-01-20", "2018-01-22", "Government shutdown: our scholars on "
                                                   "what closes and who pays"),
                 _span("2018-12-22", "2019-01-25", "The partial government shutdown: our "
                                                   "scholars on what closes and who pays")]
    votes = [_vote(election_day(y).isoformat(), f"Election {y}: our scholars on what the "
                                                f"results mean for policy", before=2,
                   after=2) for y in (2016, 2018, 2020)]
    news = [_span("2020-03-16", "2020-07-31", "Our events have moved online. Join our "
                                              "webinars from wherever you are.")]
    match = [_span(f"{y}-11-15", f"{y}-12-31", f"Year-End Challenge {y}: every gift made by "
                                               f"Dec. 31 is matched, up to ${AB_MATCH[y]}")
             for y in YEARS]
    return _calendar(base, giving, shutdowns, votes, news, match)


def alderbrook_style() -> PublisherStyle:
    """A policy think tank (Washington): the content type from a pool, "Published" with a
    short date turned a capitalised month on the day of the 2018 State of the Union (a wording
    per day), "By" turned with the scholar's title, the reading time, a PDF link, "Read more:"
    up to twice, a chart's data source from a pool, the week's event turning every Monday (the
    summer schedule in August), the outlet a piece first appeared in, a views disclaimer, a
    donation line turned a council appeal and turned by Giving Tuesday, the 2018 and 2019
    shutdowns, the elections, the online events of 2020 and the year-end challenge whose match
    grows each year, a donor disclosure, the media line and a copyright line (a block), a rare
    editor's note."""
    return PublisherStyle(
        domain="alderbrook.org", site="The Alderbrook Institute", base_size=230,
        subdomains=(("www.", 100),),
        sections=("research", "commentary", "testimony", "events", "podcasts"),
        n_authors=14, url_path="/{section}/{slug}/",
        pools={
            "ctype": ("Commentary", "Report", "Testimony", "Policy Brief", "Op-Ed",
                      "Event Recap", "Q&A"),
            "beat": ("Senior Fellow, Economic Studies", "Fellow, Foreign Policy Program",
                     "Director, Center on Health Policy", "Visiting Scholar",
                     "Research Analyst, Metropolitan Policy", "Senior Fellow, Governance "
                     "Studies"),
            "dataset": ("Census Bureau", "Bureau of Labor Statistics", "Congressional Budget "
                        "Office", "Federal Reserve", "USDA"),
            "outlet": ("The Hill", "Foreign Affairs", "Politico", "The Washington Post",
                       "Lawfare", "Roll Call"),
        },
        families=(
            _f("content-type", HEADER, 0.5, (_OLD, "{ctype}")),
            _f("dated", HEADER, 0.85, *_by_day(_ab_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (AB_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("reading", HEADER, 0.3, (_OLD, "{read_min} min read")),
            _f("pdf", HEADER, 0.15, (_OLD, "Download the full report (PDF)")),
            _f("read-more", MIDDLE, 0.3, (_OLD, "Read more: {other_title}"), count=2),
            _f("source", MIDDLE, 0.15, (_OLD, "Source: Alderbrook analysis of {dataset} "
                                              "data.")),
            _f("weekly", FOOTER, 0.15, *_by_day(_ab_weekly)),
            _f("originally", FOOTER, 0.12, (_OLD, "This piece originally appeared in "
                                                  "{outlet}.")),
            _f("views", FOOTER, 0.3, (_OLD, "The views expressed in this piece are those of "
                                            "the author and do not necessarily reflect those "
                                            "of the institution, its management or its other "
                                            "scholars.")),
            _f("appeal", FOOTER, 0.3, *_ab_appeal()),
            _f("disclosure", FOOTER, 0.15, (_OLD, "A full list of our donors appears in our "
                                                  "annual report. Donors do not influence our "
                                                  "findings.")),
            _f("media", FOOTER, 0.25, (_OLD, "Media inquiries: communications@alderbrook.org "
                                             "or (202) 000-0140")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Alderbrook Institute. All "
                                                "rights reserved.")),
            _f("editors-note", HEADER, 0.04, (_OLD, "Editor's note: This post has been updated "
                                                    "to correct a figure in the second "
                                                    "chart.")),
        ),
    )


# --- a French university's news pages ---------------------------------------------------------

FR_REDESIGN = dt.date(2018, 9, 3)  # relaunched on the first day of the 2018 academic year
FR_APP = dt.date(2017, 9, 1)
FR_ACCESSIBILITY = dt.date(2020, 9, 23)
FR_STUDENTS = (("2015-01-01", "22 000"), ("2017-09-01", "24 000"), ("2019-09-01", "26 000"))
PARCOURSUP = {2018: ("2018-01-22", "2018-03-13"), 2019: ("2019-01-22", "2019-03-14"),
              2020: ("2020-01-22", "2020-03-12")}


def academic_year(day: dt.date) -> str:
    """The French academic year `day` falls in (a new one each 1 September): "2017-2018"."""
    first = day.year if day.month >= 9 else day.year - 1
    return f"{first}-{first + 1}"


def open_day(y: int) -> dt.date:
    """The university's open day: the first Saturday of February."""
    return nth_weekday(y, 2, 5, 1)


def _fr_dated(day: dt.date) -> str:
    if day < FR_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {french_day(day)} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year}")


def _fr_year(day: dt.date) -> str:
    return f"Année universitaire {academic_year(day)}"


def _fr_admission(y: int) -> Event:
    if y in PARCOURSUP:
        first, last = PARCOURSUP[y]
        end = iso_day(last)
        return _span(first, last, f"Parcoursup {y} : formulez vos vœux jusqu'au {end.day} "
                                  f"mars")
    return _span(f"{y}-01-20", f"{y}-03-20", f"Admission post-bac {y} : saisissez vos vœux "
                                             f"avant le 20 mars")


def _fr_agenda() -> Wordings:
    base = _steps((_OLD, "Suivez l'université sur Twitter, Facebook et Instagram"),
                  (FR_APP.isoformat(), "📱 Téléchargez l'appli ULV Campus : emploi du temps, "
                                       "restaurants et bibliothèques"))
    crises = [
        _span("2015-11-14", "2015-11-20", "Hommage aux victimes des attentats du 13 novembre : "
                                          "minute de silence lundi à midi"),
        _span("2018-04-09", "2018-05-25", "Mobilisation étudiante : certains bâtiments sont "
                                          "bloqués, consultez l'ENT pour vos examens"),
        _span("2020-03-16", "2020-05-10", "Confinement : l'université est fermée au public, "
                                          "les enseignements continuent à distance"),
        _span("2020-10-30", "2020-12-14", "Reconfinement : cours à distance, bibliothèques "
                                          "ouvertes sur rendez-vous"),
    ]
    dates = _movable(open_day, 10, 0, lambda y: f"Journée portes ouvertes le samedi "
                                                f"{open_day(y).day} février {y} : venez "
                                                f"découvrir nos formations")
    dates += [_fr_admission(y) for y in YEARS]  # the open day wins over the admissions portal
    dates += _yearly("10-05", 0, 9, lambda y: f"Fête de la science {y} : les laboratoires "
                                              f"ouvrent leurs portes")
    dates += [_span(f"{y}-07-25", f"{y}-08-19", f"Fermeture estivale : l'université est "
                                                f"fermée jusqu'au 19 août {y}")
              for y in YEARS]
    return _calendar(base, crises, dates)


def loirevienne_style() -> PublisherStyle:
    """A French university's news pages: the section from a pool, "Publié le" with a slashed
    date turned the weekday and the long date (with "1er") on the first day of the 2018
    academic year (a wording per day), the academic year turning each 1 September, "Rédaction"
    turned "Par ... | Service communication", "À lire aussi :" up to twice, a photo credit from
    a pool, a social line turned an app appeal and turned by the 2015 attacks' tribute, the
    2018 blockades and the two confinements, APB and then Parcoursup, open days, the Fête de
    la science and the summer closure, an "About" paragraph whose student count grows, the
    press contact, legal links turned with the accessibility statement on the EU's 2020
    deadline and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="univ-loirevienne.fr", site="Université Loire-Vienne", base_size=200,
        subdomains=(("www.", 80), ("actu.", 20)),
        sections=("recherche", "formation", "vie-etudiante", "international", "culture"),
        n_authors=6, url_path="/actualites/{slug}",
        pools={
            "rubrique": ("Recherche", "Formation", "Vie étudiante", "International",
                         "Culture", "Partenariats", "Communiqué de presse"),
            "credit": ("Service communication", "Université Loire-Vienne", "CNRS Photothèque",
                       "Adobe Stock", "DR"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_fr_dated)),
            _f("annee", HEADER, 0.2, *_by_day(_fr_year)),
            _f("auteur", HEADER, 0.4, (_OLD, "Rédaction : {author}"),
               (FR_REDESIGN.isoformat(), "Par {author} | Service communication")),
            _f("lire-aussi", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("credit", MIDDLE, 0.2, (_OLD, "Crédit photo : {credit}")),
            _f("agenda", FOOTER, 0.3, *_fr_agenda()),
            _f("apropos", FOOTER, 0.25, *(
                (start, f"À propos : l'Université Loire-Vienne accueille {n} étudiants sur "
                        f"quatre campus et compte 38 laboratoires de recherche.")
                for start, n in FR_STUDENTS)),
            _f("contact-presse", FOOTER, 0.3, (_OLD, "Contact presse : {author2} – "
                                                     "presse@univ-loirevienne.fr – 05 00 00 "
                                                     "00 00")),
            _f("mentions", FOOTER, 0.25, (_OLD, "Mentions légales | Plan du site | Crédits"),
               (FR_ACCESSIBILITY.isoformat(), "Mentions légales | Plan du site | "
                                              "Accessibilité : partiellement conforme")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Université Loire-Vienne {year}")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : la date de la conférence a "
                                                    "été modifiée depuis la première "
                                                    "publication.")),
        ),
    )


# --- a Spanish humanitarian foundation (Madrid) ----------------------------------------------

ES_REDESIGN = dt.date(2019, 3, 22)  # relaunched on World Water Day 2019
ES_WHATSAPP = dt.date(2017, 11, 6)
ES_GDPR = dt.date(2018, 5, 25)
ES_FIRST_MEMBERS = 18_200


def es_members(day: dt.date) -> int:
    """The foundation's member count shown in `day`'s month (it grows a little each
    month)."""
    months = (day.year - FIRST_DAY.year) * 12 + day.month - 1
    return ES_FIRST_MEMBERS + 130 * months + hashed(day.replace(day=1), "socios", 0, 90)


def tax_campaign(y: int) -> tuple[str, str]:
    """The first and last days of the year's income-tax return campaign (Spain)."""
    return (f"{y}-04-0{1 if y >= 2019 else 5}", f"{y}-06-30")


def _es_dated(day: dt.date) -> str:
    if day < ES_REDESIGN:
        return f"Madrid, {day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}} h"


def _es_members(day: dt.date) -> str:
    return f"Ya somos {dotted(es_members(day))} socios y socias. ¡Únete!"


def _es_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook, Twitter e Instagram"),
                  (ES_WHATSAPP.isoformat(), "📲 Recibe nuestras noticias por WhatsApp: "
                                            "escríbenos al 600 000 000"))
    emergencies = [
        _span("2016-04-17", "2016-05-15", "🚨 Emergencia terremoto en Ecuador: tu ayuda ya "
                                          "llega a las familias de Manabí"),
        _span("2016-10-05", "2016-10-31", "🚨 Huracán Matthew en Haití: agua, refugio y "
                                          "alimentos para las familias"),
        _span("2017-09-08", "2017-10-15", "🚨 Terremotos en México: apoyamos a las "
                                          "comunidades de Oaxaca, Chiapas y Puebla"),
        _span("2018-06-04", "2018-06-30", "🚨 Erupción del Volcán de Fuego en Guatemala: "
                                          "dona para las familias evacuadas"),
        _span("2019-03-16", "2019-04-15", "🚨 Ciclón Idai en Mozambique: emergencia "
                                          "humanitaria"),
        _span("2020-03-14", "2020-06-21", "🦠 Emergencia COVID-19: seguimos trabajando con "
                                          "las familias más vulnerables"),
        _span("2020-08-05", "2020-08-31", "🚨 Explosión en Beirut: ayuda de emergencia a las "
                                          "familias afectadas"),
    ]
    days = [_span(*tax_campaign(y), f"🧾 Campaña de la Renta {y}: marca la X Solidaria, no "
                                    f"te cuesta nada") for y in YEARS]
    days += _yearly("03-22", 1, 0, lambda y: f"💧 Día Mundial del Agua {y}: 2.100 millones "
                                             f"de personas no tienen agua segura en casa")
    days += _yearly("12-15", 0, 16, lambda _: "🎁 Esta Navidad, regala un gesto solidario")
    return _calendar(base, emergencies, days)


def tierracompartida_style() -> PublisherStyle:
    """A Spanish humanitarian foundation (Madrid): the type of item from a pool, the Madrid
    dateline turned a slashed date with the time on World Water Day 2019 (a wording per day),
    the writer, an inline appeal whose amount rises, "Te puede interesar:" up to twice, a
    photo credit, the member count turning each month, a membership fee rising, the tax relief
    on gifts rising in 2016, a social line turned a WhatsApp line and turned by the
    emergencies of Ecuador, Haiti, Mexico, Guatemala, Mozambique, COVID-19 and Beirut, the tax
    return campaign's "X Solidaria", World Water Day and Christmas, the data-protection line
    reworded on the day the GDPR applied, the registry line and a copyright line (a block), a
    transparency line, a rare correction."""
    return PublisherStyle(
        domain="tierracompartida.org", site="Fundación Tierra Compartida", base_size=180,
        subdomains=(("www.", 100),),
        sections=("noticias", "emergencias", "prensa", "opinion", "proyectos"),
        n_authors=7, url_path="/{section}/{slug}",
        pools={
            "tipo": ("Nota de prensa", "Noticia", "Emergencia", "Opinión", "Testimonio",
                     "Proyecto"),
        },
        families=(
            _f("tipo", HEADER, 0.45, (_OLD, "{tipo}")),
            _f("fecha", HEADER, 0.85, *_by_day(_es_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Texto: {author}")),
            _f("dona", MIDDLE, 0.15, (_OLD, "👉 Con 15 euros, una familia tiene agua potable "
                                            "durante un mes. Dona ahora."),
               ("2018-01-01", "👉 Con 20 euros, una familia tiene agua potable durante un "
                              "mes. Dona ahora.")),
            _f("interesar", MIDDLE, 0.25, (_OLD, "Te puede interesar: {other_title}"),
               count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2} / Fundación Tierra Compartida")),
            _f("socios", FOOTER, 0.2, *_by_day(_es_members)),
            _f("cuota", FOOTER, 0.2, (_OLD, "Hazte socio/a desde 10 € al mes"),
               ("2018-01-01", "Hazte socio/a desde 12 € al mes")),
            _f("desgrava", FOOTER, 0.2, (_OLD, "Tus donativos desgravan: recuperas el 50% de "
                                               "los primeros 150 € en tu declaración de la "
                                               "renta."),
               ("2016-01-01", "Tus donativos desgravan: recuperas el 75% de los primeros "
                              "150 € en tu declaración de la renta.")),
            _f("aviso", FOOTER, 0.3, *_es_notice()),
            _f("proteccion", FOOTER, 0.2,
               (_OLD, "Conforme a la LOPD, puedes ejercer tus derechos de acceso, "
                      "rectificación, cancelación y oposición escribiendo a "
                      "lopd@tierracompartida.org"),
               (ES_GDPR.isoformat(), "Conforme al Reglamento General de Protección de Datos "
                                     "(RGPD), puedes ejercer tus derechos escribiendo a "
                                     "dpd@tierracompartida.org")),
            _f("registro", FOOTER, 0.2, (_OLD, "Inscrita en el Registro de Fundaciones con el "
                                               "n.º 1.207 · CIF G-00000000")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Fundación Tierra Compartida. Todos "
                                                 "los derechos reservados.")),
            _f("transparencia", FOOTER, 0.15, (_OLD, "Cuentas auditadas cada año. Consulta "
                                                     "nuestro Portal de Transparencia.")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: una versión anterior de "
                                                     "esta noticia daba una cifra "
                                                     "equivocada de personas atendidas.")),
        ),
    )


# --- a German city's press office -------------------------------------------------------------

DE_REDESIGN = dt.date(2018, 10, 1)
DE_NEWSLETTER = dt.date(2018, 3, 1)
DE_SPOKESMAN = dt.date(2018, 7, 1)
DE_ACCESSIBILITY = dt.date(2020, 9, 23)  # the EU's deadline for older public websites
DE_VOTES = {"2017-09-24": "Bundestagswahl", "2019-05-26": "Europa- und Kommunalwahl",
            "2015-09-13": "Bürgermeisterwahl", "2020-09-13": "Bürgermeisterwahl"}


@cache
def german_holidays(y: int) -> dict[dt.date, str]:
    """The public holidays the city hall closes on (a Catholic Land: with Corpus Christi and
    All Saints; with the Reformation's 500th anniversary in 2017)."""
    e = easter(y)
    days = {dt.date(y, 1, 1): "Neujahr", e - 2 * ONE: "Karfreitag", e + ONE: "Ostermontag",
            dt.date(y, 5, 1): "Tag der Arbeit", e + 39 * ONE: "Christi Himmelfahrt",
            e + 50 * ONE: "Pfingstmontag", e + 60 * ONE: "Fronleichnam",
            dt.date(y, 10, 3): "Tag der Deutschen Einheit", dt.date(y, 11, 1): "Allerheiligen",
            dt.date(y, 12, 25): "1. Weihnachtstag", dt.date(y, 12, 26): "2. Weihnachtstag"}
    if y == 2017:
        days[dt.date(2017, 10, 31)] = "Reformationstag"
    return days


def rose_monday(y: int) -> dt.date:
    return easter(y) - 48 * ONE


def _de_holidays(y: int) -> frozenset[dt.date]:
    return frozenset(german_holidays(y))


@cache
def _de_numbers() -> dict[dt.date, int]:
    return _running_numbers("pm", _de_holidays, 1, 4, saturdays=False)


def de_release(day: dt.date) -> int:
    """The number of the city's latest press release by `day` (1 to 4 each working day,
    counted from 1 each January; none on weekends and public holidays)."""
    return _de_numbers()[day]


def _de_number(day: dt.date) -> str:
    return f"Pressemitteilung Nr. {max(1, de_release(day))}/{day.year}"


def _de_dated(day: dt.date) -> str:
    if day < DE_REDESIGN:
        return f"Datum: {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
            f"{day.year}, {{time}} Uhr")


def de_hours(day: dt.date) -> str:
    """The citizens' office's hours on `day`."""
    holiday = german_holidays(day.year).get(day)
    if holiday:
        return f"geschlossen ({holiday})"
    if day == rose_monday(day.year):
        return "8 bis 11.11 Uhr, danach geschlossen (Rosenmontag)"
    if dt.date(2020, 3, 17) <= day <= dt.date(2020, 5, 3) and day.weekday() < 6:
        return "nur nach Terminvereinbarung"
    return ("8 bis 12 Uhr", "8 bis 12 Uhr", "geschlossen", "8 bis 18 Uhr", "8 bis 12 Uhr",
            "9 bis 12 Uhr (nur mit Termin)", "geschlossen")[day.weekday()]


def _de_hours(day: dt.date) -> str:
    return (f"Bürgerbüro heute ({GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. "
            f"{GERMAN_MONTHS[day.month - 1]}): {de_hours(day)}")


def waste_district(day: dt.date) -> str:
    """The district whose yellow bins are collected in `day`'s week (by the ISO week's
    parity)."""
    return "Nord und Altstadt" if day.isocalendar()[1] % 2 else "Süd und Weststadt"


def _de_waste(day: dt.date) -> str:
    return (f"Abfuhrkalender: In dieser Woche (KW {day.isocalendar()[1]}) wird die Gelbe "
            f"Tonne in den Bezirken {waste_district(day)} geleert.")


def advent_first(y: int) -> dt.date:
    """The first Sunday of Advent (four Sundays before Christmas)."""
    return latest(dt.date(y, 12, 24), 6) - 21 * ONE


def _de_notice() -> Wordings:
    base = _steps((_OLD, "Aktuelle Meldungen der Stadt auch auf Twitter und Facebook"),
                  (DE_NEWSLETTER.isoformat(), "Newsletter abonnieren: die Pressemitteilungen "
                                              "der Stadt per E-Mail"))
    votes = [_vote(day, f"🗳️ {kind} am {iso_day(day).day}. "
                        f"{GERMAN_MONTHS[iso_day(day).month - 1]}: Wahllokale von 8 bis 18 "
                        f"Uhr geöffnet, Briefwahl im Wahlamt", before=10, after=0)
             for day, kind in DE_VOTES.items()]
    news = [_span("2020-03-16", "2020-05-10", "Corona-Hotline der Stadt: 0000 123-9999, "
                                              "montags bis freitags 8 bis 18 Uhr"),
            _span("2020-12-16", "2021-01-10", "Lockdown: Das Rathaus ist nur nach "
                                              "Terminvereinbarung geöffnet.")]
    feasts = _movable(rose_monday, 3, 0, lambda y: "Rosenmontag: Das Rathaus schließt um "
                                                   "11.11 Uhr")
    feasts += _movable(advent_first, 3, 25, lambda y: (
        f"Weihnachtsmarkt {y} auf dem Rathausplatz: täglich 11 bis 21 Uhr" if y != 2020 else
        "Der Weihnachtsmarkt fällt in diesem Jahr aus."))
    return _calendar(base, votes, news, feasts)


def wendelstadt_style() -> PublisherStyle:
    """A German city's press office: the number of the press release running through the
    year (1 to 4 a working day), the office from a pool, "Datum:" with a dotted date turned
    the weekday, the long date and the time on 1 October 2018 (a wording per day), a photo
    credit from a pool, "Mehr zum Thema:", the citizens' office's hours by weekday, public
    holiday, Rosenmontag and the 2020 closure, the yellow-bin district of the week, a social
    line turned a newsletter line and turned by the federal, European, local and mayoral
    elections, the 2020 hotline and lockdown, Rosenmontag and the Advent market (cancelled in
    2020), the press office's address, the contact and the spokesman in charge (a block,
    the spokesman changing in 2018), the legal links turned with the accessibility statement
    on the EU's 2020 deadline, a copyright line, a rare correction."""
    return PublisherStyle(
        domain="wendelstadt.de", site="Stadt Wendelstadt", base_size=160,
        subdomains=(("www.", 100),),
        sections=("rathaus", "presse", "kultur", "bauen", "umwelt", "soziales"),
        n_authors=4, url_path="/{section}/pressemitteilungen/{slug}",
        pools={
            "amt": ("Amt für Stadtentwicklung", "Ordnungsamt", "Kulturamt", "Amt für Schule "
                    "und Sport", "Umweltamt", "Tiefbauamt", "Bürgerbüro"),
            "bild": ("Stadt Wendelstadt", "Presseamt", "privat", "Stadtarchiv",
                     "Feuerwehr Wendelstadt"),
        },
        families=(
            _f("nummer", HEADER, 0.5, *_by_day(_de_number)),
            _f("amt", HEADER, 0.35, (_OLD, "{amt}")),
            _f("datum", HEADER, 0.85, *_by_day(_de_dated)),
            _f("bild", MIDDLE, 0.25, (_OLD, "Foto: {bild}")),
            _f("mehr", MIDDLE, 0.2, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("buergerbuero", FOOTER, 0.15, *_by_day(_de_hours)),
            _f("abfall", FOOTER, 0.1, *_by_day(_de_waste)),
            _f("hinweis", FOOTER, 0.3, *_de_notice()),
            _f("pressestelle", FOOTER, 0.35, (_OLD, "Pressestelle der Stadt Wendelstadt, "
                                                    "Rathausplatz 1, 00000 Wendelstadt")),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Ansprechpartner: {author}, Telefon 0000 "
                                              "123-4567, presse@wendelstadt.de")),
            _f("visdp", FOOTER, 0.2, (_OLD, "V.i.S.d.P.: Martina Kessel, Pressesprecherin"),
               (DE_SPOKESMAN.isoformat(), "V.i.S.d.P.: Jonas Ebeling, Pressesprecher")),
            _f("impressum", FOOTER, 0.2, (_OLD, "Impressum | Datenschutz | Kontakt"),
               (DE_ACCESSIBILITY.isoformat(), "Impressum | Datenschutz | Kontakt | Erklärung "
                                              "zur Barrierefreiheit")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Stadt Wendelstadt {year}")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war die "
                                                 "Uhrzeit der Sitzung falsch angegeben.")),
        ),
    )


# --- a Brazilian federal university's news agency (the Sertão) -------------------------------

BR_REDESIGN = dt.date(2017, 3, 13)  # relaunched on the first day of the 2017.1 semester
BR_TELEGRAM = dt.date(2018, 3, 1)
BR_STRIKE = (dt.date(2015, 5, 28), dt.date(2015, 10, 9))
BR_REMOTE = dt.date(2020, 3, 17)  # on-site activities suspended
BR_ERE = dt.date(2020, 8, 17)  # the emergency remote semester began
# The electoral period (from three months before the first round to the runoff; the 2020
# municipal vote was moved to November).
BR_ELECTIONS = {2016: ("2016-07-02", "2016-10-30"), 2018: ("2018-07-07", "2018-10-28"),
                2020: ("2020-08-15", "2020-11-29")}
ENEM = {2015: ("2015-05-25", "2015-06-05"), 2016: ("2016-05-09", "2016-05-20"),
        2017: ("2017-05-08", "2017-05-19"), 2018: ("2018-05-07", "2018-05-18"),
        2019: ("2019-05-06", "2019-05-17"), 2020: ("2020-05-11", "2020-05-27")}


def br_semester(day: dt.date) -> str:
    """The line of the academic calendar in force on `day`."""
    if BR_STRIKE[0] <= day <= BR_STRIKE[1]:
        return "Calendário acadêmico suspenso durante a greve"
    if BR_REMOTE <= day < BR_ERE:
        return "Calendário acadêmico suspenso: atividades presenciais interrompidas"
    if day >= BR_ERE:
        return "Ensino Remoto Emergencial: período letivo 2020.3"
    if dt.date(day.year, 3, 1) <= day <= dt.date(day.year, 7, 15):
        return f"Semestre letivo {day.year}.1 em andamento"
    if dt.date(day.year, 8, 1) <= day <= dt.date(day.year, 12, 20):
        return f"Semestre letivo {day.year}.2 em andamento"
    return "Recesso acadêmico: o expediente administrativo segue normal"


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return (f"Publicado: {PORTUGUESE_WEEKDAYS[day.weekday()].capitalize()}, {day.day} de "
                f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}")
    return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} {{time}}"


def _br_notice() -> Wordings:
    base = _steps((_OLD, "Siga a universidade nas redes sociais: @ufsertao"),
                  (BR_TELEGRAM.isoformat(), "Receba as notícias da universidade pelo "
                                            "Telegram: t.me/ufsertao"))
    elections = [_span(first, last, f"Em cumprimento à legislação eleitoral, as publicações "
                                    f"deste portal estão restritas durante o período eleitoral "
                                    f"de {y}.")
                 for y, (first, last) in BR_ELECTIONS.items()]
    news = [_span("2020-03-17", "2020-08-14", "Atividades presenciais suspensas: acompanhe os "
                                              "comunicados do Comitê de Crise")]
    feasts = _movable(carnival_tuesday, 3, 0, lambda _: "Ponto facultativo de Carnaval: o "
                                                        "expediente recomeça na "
                                                        "quarta-feira às 14h")
    feasts += _yearly("06-24", 5, 0, lambda _: "Recesso junino: não haverá expediente nos "
                                               "dias 23 e 24 de junho. Bom São João!")
    feasts += [_span(first, last, f"Inscrições abertas para o Enem {y}: não perca o prazo")
               for y, (first, last) in ENEM.items()]
    feasts += _yearly("10-15", 0, 6, lambda y: f"Semana Nacional de Ciência e Tecnologia "
                                               f"{y}: confira a programação nos campi")
    return _calendar(base, elections, news, feasts)


def ufsertao_style() -> PublisherStyle:
    """A Brazilian federal university's news agency (the Sertão): the section from a pool,
    "Publicado:" with the weekday and the long date turned a slashed date with the time on
    the first day of the 2017.1 semester (a wording per day), the writer turned with the
    editor, the academic calendar by semester and recess (suspended by the 2015 strike and
    in 2020, then the emergency remote period), "Leia também:" up to twice, a photo credit,
    a social line turned a Telegram line and turned by the electoral periods of 2016, 2018 and
    2020 (government sites restrict what they publish), the 2020 suspension, Carnival, São
    João, the Enem sign-ups and the science week, an accessibility line, the reproduction
    line, the communication office and the address (a block), a rare erratum."""
    return PublisherStyle(
        domain="ufsertao.edu.br", site="Universidade Federal do Sertão", base_size=140,
        subdomains=(("www.", 70), ("portal.", 30)),
        sections=("ensino", "pesquisa", "extensao", "institucional", "comunidade"),
        n_authors=6, url_path="/noticias/{yyyy}/{mm}/{slug}",
        pools={
            "editoria": ("Ensino", "Pesquisa", "Extensão", "Institucional", "Comunidade",
                         "Cultura", "Editais"),
        },
        families=(
            _f("editoria", HEADER, 0.45, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_br_dated)),
            _f("autoria", HEADER, 0.5, (_OLD, "Por {author} – Agência de Notícias"),
               (BR_REDESIGN.isoformat(), "Texto: {author} | Edição: {author2}")),
            _f("calendario", HEADER, 0.15, *_by_day(br_semester)),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {author2}/Ascom")),
            _f("aviso", FOOTER, 0.3, *_br_notice()),
            _f("acessibilidade", FOOTER, 0.15, (_OLD, "Acessibilidade: alto contraste · "
                                                      "aumentar fonte · VLibras")),
            _f("reproducao", FOOTER, 0.25, (_OLD, "Reprodução permitida desde que citada a "
                                                  "fonte.")),
            _f("ascom", FOOTER, 0.3, (_OLD, "Assessoria de Comunicação (Ascom) · "
                                            "ascom@ufsertao.edu.br · (87) 0000-0000")),
            _f("endereco", FOOTER, 0.25, (_OLD, "Universidade Federal do Sertão · Av. José de "
                                                "Alencar, s/n · CEP 56000-000")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: o horário da aula inaugural foi "
                                              "corrigido nesta versão.")),
        ),
    )


# --- an Arab water-policy network (Amman) -----------------------------------------------------

AW_REDESIGN = dt.date(2018, 3, 22)  # relaunched on World Water Day 2018
AW_NEWSLETTER = dt.date(2017, 10, 1)
AW_MEMBERS = (("2015-01-01", "45", "14"), ("2017-06-01", "52", "16"),
              ("2019-06-01", "61", "17"))
AW_WEEKS = (("2015-03-29", "2015-04-02"), ("2017-03-19", "2017-03-23"),
            ("2019-03-03", "2019-03-07"))


def jo_ramadan_day(day: dt.date) -> int | None:
    """The day of Ramadan `day` falls in as announced in Jordan (1 on the first day, to the
    eve of the Eid), None outside it."""
    if day.year not in JO_RAMADAN:
        return None
    first, eid = iso_day(JO_RAMADAN[day.year]), iso_day(JO_EID_FITR[day.year])
    return (day - first).days + 1 if first <= day < eid else None


def _aw_hours(day: dt.date) -> str:
    if day.weekday() in (4, 5):  # Friday and Saturday: the weekend in Jordan
        return f"مكاتب الشبكة مغلقة اليوم ({ARABIC_WEEKDAYS[day.weekday()]}): عطلة نهاية الأسبوع"
    n = jo_ramadan_day(day)
    if n is not None:
        return (f"ساعات الدوام في رمضان (اليوم {arabic_digits(n)}): من التاسعة صباحاً حتى "
                f"الثالثة عصراً")
    return "ساعات الدوام: من الأحد إلى الخميس، من الثامنة صباحاً حتى الرابعة عصراً"


def _aw_dated(day: dt.date) -> str:
    if day < AW_REDESIGN:
        return f"عمّان في {day.day} {LEVANTINE_MONTHS[day.month - 1]} {day.year}"
    hy, hm, hd = hijri(day)
    return (f"{ARABIC_WEEKDAYS[day.weekday()]} {arabic_digits(day.day)} "
            f"{LEVANTINE_MONTHS[day.month - 1]} {arabic_digits(day.year)} م، الموافق "
            f"{arabic_digits(hd)} {HIJRI_MONTHS[hm - 1]} {arabic_digits(hy)} هـ")


def _aw_notice() -> Wordings:
    base = _steps((_OLD, "تابعونا على تويتر وفيسبوك"),
                  (AW_NEWSLETTER.isoformat(), "اشتركوا في النشرة الشهرية للشبكة لتصلكم "
                                              "أحدث الدراسات"))
    meetings = [_span(first, last, "أسبوع المياه العربي منعقد في عمّان: تابعوا الجلسات مباشرة")
                for first, last in AW_WEEKS]
    news = [_span("2020-03-17", "2020-06-06", "بسبب حظر التجول، يعمل فريق الشبكة عن بُعد "
                                              "ويمكن التواصل معنا بالبريد الإلكتروني")]
    feasts = _movable(_listed(JO_RAMADAN), 1, 2, lambda _: "🌙 رمضان كريم، وكل عام وأنتم بخير")
    feasts += _movable(_listed(JO_EID_FITR), 1, 2, lambda _: "عيد فطر سعيد")
    feasts += _movable(_listed(JO_EID_ADHA), 1, 3, lambda _: "عيد أضحى مبارك")
    feasts += _yearly("03-22", 2, 0, lambda y: f"💧 اليوم العالمي للمياه {y}")
    feasts += _yearly("05-25", 1, 0, lambda y: f"🇯🇴 كل عام والأردن بخير في عيد الاستقلال "
                                               f"الـ{y - 1946}")
    feasts += _yearly("12-18", 0, 0, lambda _: "اليوم العالمي للغة العربية")
    return _calendar(base, meetings, feasts, news)  # Ramadan and the Eid break into the curfew


def arabwaternet_style() -> PublisherStyle:
    """An Arab water-policy network (Amman): the type of item from a pool, the Amman dateline
    with the Levantine month turned the weekday, the Gregorian date and the tabular Hijri date
    in Arabic-Indic digits on World Water Day 2018 (a wording per day), "إعداد:", "اقرأ
    أيضاً:", a photo credit from a pool, the office's hours by weekday (closed on the Friday
    and Saturday weekend) and in Ramadan with its day, a social line turned a newsletter
    appeal and turned by the Arab Water Weeks, the 2020 curfew, Ramadan and the Eids, World
    Water Day, Jordan's independence day with its count and Arabic Language Day, the end mark,
    an "About" paragraph whose member count grows, the media contact (a block), a rights line,
    a rare correction."""
    return PublisherStyle(
        domain="arabwaternet.org", site="الشبكة العربية لسياسات المياه", base_size=120,
        subdomains=(("www.", 100),),
        sections=("news", "press", "publications", "events", "opinion"),
        n_authors=5, url_path="/ar/{section}/{n}",
        pools={
            "naw": ("بيان صحفي", "أخبار الشبكة", "فعاليات", "إصدارات", "مقالات رأي"),
            "sura": ("الشبكة العربية لسياسات المياه", "أرشيف الشبكة", "بترا", "أ ف ب"),
        },
        families=(
            _f("naw", HEADER, 0.45, (_OLD, "{naw}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_aw_dated)),
            _f("idad", HEADER, 0.4, (_OLD, "إعداد: {author}")),
            _f("iqra", MIDDLE, 0.25, (_OLD, "اقرأ أيضاً: {other_title}")),
            _f("sura", MIDDLE, 0.2, (_OLD, "(الصورة: {sura})")),
            _f("dawam", FOOTER, 0.12, *_by_day(_aw_hours)),
            _f("tanwih", FOOTER, 0.3, *_aw_notice()),
            _f("intaha", FOOTER, 0.35, (_OLD, "-انتهى-")),
            _f("nabdha", FOOTER, 0.3, *(
                (start, f"نبذة عن الشبكة: شبكة إقليمية مستقلة تأسست عام 2009، تضم {n} مؤسسة "
                        f"بحثية وحكومية من {k} دولة عربية")
                for start, n, k in AW_MEMBERS)),
            _f("itisal", FOOTER, 0.3, (_OLD, "للتواصل الإعلامي: {author2}، هاتف 0000 000 6 "
                                             "962+، media@arabwaternet.org")),
            _f("huquq", FOOTER, 0.3, (_OLD, "جميع الحقوق محفوظة © {year} الشبكة العربية "
                                            "لسياسات المياه")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: عُدِّل هذا الخبر لتصويب اسم الجهة "
                                              "المنظمة للورشة.")),
        ),
    )


# --- a Canadian federal agency's news releases -------------------------------------------------

CA_REDESIGN = dt.date(2017, 3, 1)  # moved to the government's common web platform
CA_SUBSCRIBE = dt.date(2018, 4, 3)
CA_CARETAKER = (("2015-08-02", "2015-11-03", 2015), ("2019-09-11", "2019-11-19", 2019))
CA_RENAMED = 2017  # National Aboriginal Day became National Indigenous Peoples Day


def _ca_dated(day: dt.date) -> str:
    if day < CA_REDESIGN:
        return f"{{city}}, {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} – {{city}}"


def _ca_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Twitter and Facebook for news from the North."),
                  (CA_SUBSCRIBE.isoformat(), "Subscribe to receive our news releases by "
                                             "email or RSS."))
    caretaker = [_span(first, last, f"During the {y} federal election, this website is "
                                    f"updated only with information about public safety, "
                                    f"services and programs.")
                 for first, last, y in CA_CARETAKER]
    news = [_span("2020-03-16", "2020-06-30", "COVID-19: our offices are closed to the "
                                              "public. Project funding decisions continue.")]
    days = _yearly("06-21", 1, 0, lambda y: (
        "Happy National Aboriginal Day!" if y < CA_RENAMED else
        "Happy National Indigenous Peoples Day!"))
    days += _yearly("07-01", 1, 0, lambda y: (
        "Happy Canada Day! #Canada150" if y == 2017 else "Happy Canada Day! Bonne fête du "
                                                         "Canada!"))
    days += _yearly("07-09", 0, 0, lambda _: "Happy Nunavut Day!")
    days += _yearly("11-11", 1, 0, lambda _: "Remembrance Day: Lest we forget.")
    return _calendar(base, caretaker, news, days)


def cnia_style() -> PublisherStyle:
    """A Canadian federal agency's news releases: the release type from a pool, "From:" with
    the agency's name, the city and the date turned the date then the city on the move to the
    common web platform in 2017 (a wording per day), a French-version line, "Related news
    release:", the quick facts, associated links and contacts headings with the media
    relations line (a block), a social line turned a subscription line and turned by the
    caretaker periods of the 2015 and 2019 elections, the 2020 closure, National Aboriginal
    Day renamed National Indigenous Peoples Day in 2017, Canada Day (Canada 150), Nunavut Day
    and Remembrance Day, the day the page was modified, a rare correction."""
    return PublisherStyle(
        domain="cnia-acin.gc.ca", site="Canadian Northern Infrastructure Agency",
        base_size=100, subdomains=(("www.", 100),),
        sections=("news", "news-releases", "statements", "backgrounders"),
        n_authors=4, url_path="/en/news/{yyyy}/{mm}/{slug}.html",
        pools={
            "kind": ("News release", "Statement", "Media advisory", "Backgrounder"),
            "city": ("Ottawa, Ontario", "Iqaluit, Nunavut", "Yellowknife, Northwest "
                     "Territories", "Whitehorse, Yukon", "Kuujjuaq, Quebec"),
        },
        families=(
            _f("kind", HEADER, 0.5, (_OLD, "{kind}")),
            _f("from", HEADER, 0.45, (_OLD, "From: Canadian Northern Infrastructure Agency")),
            _f("dateline", HEADER, 0.85, *_by_day(_ca_dated)),
            _f("french", HEADER, 0.25, (_OLD, "Ce communiqué est également offert en "
                                              "français.")),
            _f("related", MIDDLE, 0.15, (_OLD, "Related news release: {other_title}")),
            _f("quick-facts", FOOTER, 0.3, (_OLD, "Quick facts")),
            _f("links", FOOTER, 0.25, (_OLD, "Associated links")),
            _f("contacts", FOOTER, 0.35, (_OLD, "Contacts")),
            _f("media", FOOTER, 0.35, (_OLD, "Media Relations, Canadian Northern "
                                             "Infrastructure Agency, 613-000-0000, "
                                             "media@cnia-acin.gc.ca")),
            _f("notice", FOOTER, 0.25, *_ca_notice()),
            _f("modified", FOOTER, 0.92, (_OLD, "Date modified: {date_iso}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: This news release was revised "
                                                  "to correct the funding amount.")),
        ),
    )


# --- a Mexican municipal government's press bulletins -----------------------------------------

MX_ADMINISTRATION = dt.date(2018, 10, 1)  # a new municipal administration took office
MX_LEMAS = {2015: "2015, Año del Agua y la Reforestación en San Jacinto",
            2016: "2016, Año de la Cultura de la Legalidad",
            2017: "2017, Año del Centenario de la Constitución en San Jacinto del Río",
            2018: "2018, Año de la Participación Ciudadana",
            2019: "2019, Año del Campo Jacinteño",
            2020: "2020, Año de la Salud y la Solidaridad"}
MX_BANS = (("2015-04-05", "2015-06-07", "7 de junio de 2015"),
           ("2018-03-30", "2018-07-01", "1 de julio de 2018"))


@cache
def _mx_numbers() -> dict[dt.date, int]:
    return _running_numbers("boletin", lambda y: frozenset({dt.date(y, 1, 1),
                                                            dt.date(y, 9, 16),
                                                            dt.date(y, 12, 25)}),
                            0, 3, saturdays=True)


def mx_bulletin(day: dt.date) -> int:
    """The number of the municipality's latest bulletin by `day` (0 to 3 a day from Monday
    to Saturday, counted from 1 each January)."""
    return max(1, _mx_numbers()[day])


def _mx_bulletin(day: dt.date) -> str:
    return f"Boletín No. {mx_bulletin(day):03d}/{day.year}"


def _mx_lema(day: dt.date) -> str:
    return f"“{MX_LEMAS.get(day.year, MX_LEMAS[2020])}”"


def _mx_dated(day: dt.date) -> str:
    if day < MX_ADMINISTRATION:
        return (f"San Jacinto del Río, a {day.day} de {SPANISH_MONTHS[day.month - 1]} de "
                f"{day.year}.")
    return (f"{SPANISH_WEEKDAYS[day.weekday()].capitalize()} {day.day} de "
            f"{SPANISH_MONTHS[day.month - 1]}, {day.year}")


def _mx_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en redes sociales: /SanJacintoGob"),
                  (MX_ADMINISTRATION.isoformat(), "Gobierno Municipal 2018-2021: juntos "
                                                  "construimos San Jacinto"))
    bans = [_span(first, last, f"En cumplimiento de la veda electoral, este portal suspende la "
                               f"difusión de propaganda gubernamental hasta el {until}.")
            for first, last, until in MX_BANS]
    news = [_span("2017-09-20", "2017-10-15", "Sismo: los centros de acopio funcionan en la "
                                              "Presidencia Municipal y el DIF"),
            _span("2020-03-23", "2020-05-30", "#QuédateEnCasa: Jornada Nacional de Sana "
                                              "Distancia. Atención ciudadana por teléfono")]
    feasts = _yearly("09-15", 5, 1, lambda y: f"🇲🇽 Ceremonia del Grito de Independencia "
                                              f"{y}: 15 de septiembre, 23:00 horas, Plaza "
                                              f"Principal")
    feasts += _yearly("08-10", 0, 8, lambda y: f"Feria de San Jacinto {y}: programa de "
                                               f"actividades y cierres viales")
    feasts += _yearly("10-29", 0, 4, lambda _: "Día de Muertos: concurso de altares en el "
                                               "jardín municipal")
    return _calendar(base, bans, news, feasts)


def sanjacinto_style() -> PublisherStyle:
    """A Mexican municipal government's press bulletins: the year's official legend in
    quotation marks (a new one each January), the bulletin's number running through the year,
    the place and the date turned the weekday and the date when a new administration took
    office on 1 October 2018 (a wording per day), the social communication office, a photo
    credit, "Lee también:", a social line turned the administration's slogan and turned by the
    electoral bans of 2015 and 2018, the 2017 earthquake, the 2020 national distancing
    campaign, the Grito, the patron saint's fair and the Day of the Dead, the property-tax
    discount by month, the privacy and transparency lines, the address and a copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="sanjacintodelrio.gob.mx", site="H. Ayuntamiento de San Jacinto del Río",
        base_size=85, subdomains=(("www.", 100),),
        sections=("boletines", "obras", "seguridad", "dif", "cultura"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        families=(
            _f("lema", HEADER, 0.3, *_by_day(_mx_lema)),
            _f("boletin", HEADER, 0.5, *_by_day(_mx_bulletin)),
            _f("fecha", HEADER, 0.85, *_by_day(_mx_dated)),
            _f("comunicacion", HEADER, 0.3, (_OLD, "Comunicación Social / {author}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: Comunicación Social")),
            _f("lee", MIDDLE, 0.2, (_OLD, "Lee también: {other_title}")),
            _f("aviso", FOOTER, 0.3, *_mx_notice()),
            _f("predial", FOOTER, 0.2, *_seasons(
                ("01-01", "Paga tu predial en enero y obtén 15% de descuento"),
                ("02-01", "Paga tu predial en febrero y obtén 10% de descuento"),
                ("03-01", "Último mes con 5% de descuento en el pago del predial"),
                ("04-01", "Paga tu predial en línea o en las cajas de Tesorería Municipal"))),
            _f("privacidad", FOOTER, 0.2, (_OLD, "Consulta nuestro aviso de privacidad "
                                                 "integral.")),
            _f("transparencia", FOOTER, 0.2, (_OLD, "Transparencia: consulta las obligaciones "
                                                    "comunes en la Plataforma Nacional de "
                                                    "Transparencia.")),
            _f("direccion", FOOTER, 0.25, (_OLD, "Presidencia Municipal, Plaza Principal s/n, "
                                                 "Centro, C.P. 00000 · Tel. (000) 000 00 "
                                                 "00")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} H. Ayuntamiento de San Jacinto del "
                                                "Río. Todos los derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior se "
                                                     "publicó mal el horario del evento.")),
        ),
    )


# --- an English university's press office -----------------------------------------------------

UK_REDESIGN = dt.date(2017, 9, 25)  # relaunched on the first day of the 2017 autumn term
UK_DIGEST = dt.date(2016, 9, 1)
UK_STUDENTS = (("2015-01-01", "17,500"), ("2017-09-01", "18,400"), ("2019-09-01", "19,600"))
RESULTS_DAY = {2015: "2015-08-13", 2016: "2016-08-18", 2017: "2017-08-17",
               2018: "2018-08-16", 2019: "2019-08-15", 2020: "2020-08-13"}
UK_ELECTIONS = ("2015-05-07", "2017-06-08", "2019-12-12")
UK_STRIKES = (("2018-02-22", "2018-03-16"), ("2019-11-25", "2019-12-04"),
              ("2020-02-20", "2020-03-13"))


def uk_term(day: dt.date) -> tuple[str, int] | None:
    """The term `day` falls in and its week (1 on the first Monday), None in the vacations:
    autumn from the last Monday of September (11 weeks), spring from the second Monday of
    January (10 weeks), summer from the Monday a week after Easter Monday (9 weeks)."""
    y = day.year
    for name, start, weeks in (("Autumn", last_weekday(y, 9, 0), 11),
                               ("Spring", nth_weekday(y, 1, 0, 2), 10),
                               ("Summer", easter(y) + 8 * ONE, 9)):
        if start <= day < start + weeks * 7 * ONE:
            return name, (day - start).days // 7 + 1
    return None


def _uk_term(day: dt.date) -> str:
    term = uk_term(day)
    if term is None:
        return "🎓 University vacation: the campus and libraries remain open"
    return f"🎓 {term[0]} term {day.year}, week {term[1]}"


def uk_fee(day: dt.date) -> tuple[str, str]:
    """The entry year a page advertises on `day` (the next one from September) and its
    undergraduate fee (£9,250 from 2017 entry)."""
    entry = day.year + (1 if day.month >= 9 else 0)
    return f"{entry}/{str(entry + 1)[2:]}", "£9,250" if entry >= 2017 else "£9,000"


def _uk_fee(day: dt.date) -> str:
    entry, fee = uk_fee(day)
    return f"Undergraduate tuition fee for UK students, {entry} entry: {fee} a year"


def _uk_dated(day: dt.date) -> str:
    if day < UK_REDESIGN:
        return f"Posted on {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.year}")


def open_day_uk(y: int) -> dt.date:
    """The summer open day: the third Saturday of June."""
    return nth_weekday(y, 6, 5, 3)


def _uk_notice() -> Wordings:
    base = _steps((_OLD, "Follow the University on Twitter for the latest news."),
                  (UK_DIGEST.isoformat(), "Sign up for the Research Digest, our monthly "
                                          "round-up of discoveries."))
    strikes = [_span(first, last, "Industrial action: check with your department whether "
                                  "your teaching is affected")
               for first, last in UK_STRIKES]
    news = [_span("2020-03-23", "2020-07-03", "COVID-19: campus buildings are closed. "
                                              "Teaching and assessment continue online.")]
    votes = [_vote(day, f"General Election {day[:4]}: our academics are available for "
                        f"comment. Contact the Press Office.", before=5, after=1)
             for day in UK_ELECTIONS]
    votes.append(_vote("2016-06-23", "EU referendum: our experts on what a vote to Leave or "
                                     "Remain would mean", before=6, after=3))
    dates = _movable(_listed(RESULTS_DAY), 1, 12, lambda y: f"Clearing {y} is open: call our "
                                                            f"hotline on 0800 000 0000")
    dates += _movable(open_day_uk, 14, 0, lambda y: f"Open Day, Saturday {open_day_uk(y).day} "
                                                    f"June {y}: book your place")
    return _calendar(base, strikes, news, votes, dates)


def wexcombe_style() -> PublisherStyle:
    """An English university's press office: the category from a pool, "Posted on" with the
    long date turned the weekday and a short month on the first day of the 2017 autumn term (a
    wording per day), the term and its week (the vacations between), the writer, "Find out
    more:", an image credit from a pool, a social line turned a digest appeal and turned by
    the UCU strikes, the 2020 closure, the general elections, the EU referendum, clearing and
    the open day, the tuition fee of the entry year advertised (rising to £9,250 for 2017
    entry), the notes to editors with the paper's title and journal, an "About" paragraph whose
    student count grows and the press office's line (a block), the charity line, a copyright
    line, a rare embargo line."""
    return PublisherStyle(
        domain="wexcombe.ac.uk", site="University of Wexcombe", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "research", "press-releases", "expert-comment", "alumni"),
        n_authors=4, url_path="/news/{yyyy}/{mm}/{slug}/",
        pools={
            "category": ("Research", "Press release", "Student news", "Expert comment",
                         "Alumni", "Events"),
            "image": ("University of Wexcombe", "Getty Images", "Shutterstock", "the "
                      "research team"),
            "journal": ("Nature Communications", "The Lancet", "PLOS ONE", "Journal of "
                        "Ecology", "Science Advances"),
        },
        families=(
            _f("category", HEADER, 0.4, (_OLD, "{category}")),
            _f("dated", HEADER, 0.85, *_by_day(_uk_dated)),
            _f("term", HEADER, 0.15, *_by_day(_uk_term)),
            _f("byline", HEADER, 0.35, (_OLD, "Written by {author}")),
            _f("find-out", MIDDLE, 0.2, (_OLD, "Find out more: {other_title}")),
            _f("image", MIDDLE, 0.2, (_OLD, "Image credit: {image}")),
            _f("notice", FOOTER, 0.25, *_uk_notice()),
            _f("fees", FOOTER, 0.08, *_by_day(_uk_fee)),
            _f("notes", FOOTER, 0.3, (_OLD, "Notes to Editors")),
            _f("paper", FOOTER, 0.15, (_OLD, "The paper, \"{title}\", is published in "
                                             "{journal}.")),
            _f("about", FOOTER, 0.25, *(
                (start, f"The University of Wexcombe is a research-intensive university with "
                        f"{n} students from more than 140 countries.")
                for start, n in UK_STUDENTS)),
            _f("press", FOOTER, 0.3, (_OLD, "Media enquiries: Press Office, 01000 000000, "
                                            "press@wexcombe.ac.uk")),
            _f("charity", FOOTER, 0.15, (_OLD, "The University of Wexcombe is an exempt "
                                               "charity.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© University of Wexcombe {year}")),
            _f("embargo", HEADER, 0.04, (_OLD, "Under strict embargo until 00:01 UK time, "
                                               "{weekday} {date_dmy}")),
        ),
    )


# --- a Moroccan think tank (Rabat), French and Arabic ------------------------------------------

MA_REDESIGN = dt.date(2019, 11, 18)  # relaunched on Independence Day 2019
MA_LETTER = dt.date(2018, 1, 15)
MA_FORUM = {2015: "2015-10-22", 2016: "2016-10-20", 2017: "2017-10-19", 2018: "2018-10-18",
            2019: "2019-10-17"}


def ma_ramadan(y: int) -> tuple[dt.date, dt.date]:
    """The first day of Ramadan in Morocco and its last (29 days on, the Eid excluded)."""
    first = iso_day(MA_RAMADAN[y])
    return first, first + 28 * ONE


def _ma_dated(day: dt.date) -> str:
    if day < MA_REDESIGN:
        return f"Rabat, le {french_day(day)} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {day.day} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} | {ARABIC_WEEKDAYS[day.weekday()]} "
            f"{day.day} {MOROCCAN_MONTHS[day.month - 1]} {day.year}")


def _ma_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur Twitter et LinkedIn"),
                  (MA_LETTER.isoformat(), "Abonnez-vous à la lettre mensuelle du Centre | "
                                          "اشترك في النشرة الشهرية"))
    votes = [_vote("2015-09-04", "Élections communales et régionales du 4 septembre 2015 : "
                                 "suivez nos analyses", before=6, after=2),
             _vote("2016-10-07", "Élections législatives du 7 octobre 2016 : suivez nos "
                                 "analyses", before=6, after=2),
             _span("2016-11-07", "2016-11-18", "COP22 à Marrakech : nos publications sur le "
                                               "climat et l'Afrique")]
    news = [_span("2020-03-20", "2020-07-10", "État d'urgence sanitaire : nos rencontres se "
                                              "tiennent en ligne")]
    feasts = [_span(*(d.isoformat() for d in ma_ramadan(y)),
                    "رمضان مبارك – horaires adaptés pendant le mois sacré")
              for y in YEARS]
    feasts += _movable(_listed(MA_EID_ADHA), 1, 2, lambda _: "عيد مبارك سعيد – Aïd Moubarak")
    feasts += _yearly("07-30", 1, 0, lambda y: f"{y - 1999}e anniversaire de la Fête du Trône")
    feasts += _yearly("11-06", 0, 0, lambda y: f"{y - 1975}e anniversaire de la Marche Verte")
    feasts += _movable(_listed(MA_FORUM), 7, 1, lambda y: f"Forum Atlas {y} : inscrivez-vous "
                                                          f"aux tables rondes")
    return _calendar(base, votes, news, feasts)


def centreatlas_style() -> PublisherStyle:
    """A Moroccan think tank (Rabat), French and Arabic: the publication type from a pool in
    both languages, "Rabat, le" with the date (with "1er") turned the French and the Arabic
    weekday and date with the Moroccan month names on Independence Day 2019 (a wording per
    day), "Par" with the researcher's title, a link to the Arabic version, "Voir aussi :", the
    PDF's page count, an opinions disclaimer, a social line turned a bilingual letter appeal
    and turned by the 2015 and 2016 elections, COP22, the 2020 state of emergency, Ramadan,
    the Eid, the Throne Day and the Green March with their counts and the annual forum, the
    contact and a bilingual copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="centreatlas.ma", site="Centre Atlas d'Études Politiques", base_size=50,
        subdomains=(("www.", 100),),
        sections=("publications", "analyses", "evenements", "tribunes"),
        n_authors=4, url_path="/fr/{section}/{slug}",
        pools={
            "categorie": ("Policy Paper", "Note d'analyse", "Tribune", "Événement",
                          "ورقة سياسات", "تحليل"),
            "beat": ("chercheur associé", "directrice de recherche", "chercheur principal",
                     "analyste", "doctorante"),
        },
        families=(
            _f("categorie", HEADER, 0.45, (_OLD, "{categorie}")),
            _f("date", HEADER, 0.8, *_by_day(_ma_dated)),
            _f("auteur", HEADER, 0.45, (_OLD, "Par {author}, {author_beat}")),
            _f("arabe", HEADER, 0.15, (_OLD, "اقرأ النسخة العربية من هذا المقال")),
            _f("voir", MIDDLE, 0.25, (_OLD, "Voir aussi : {other_title}")),
            _f("pdf", FOOTER, 0.2, (_OLD, "Télécharger la note au format PDF ({read_min} "
                                          "pages)")),
            _f("avis", FOOTER, 0.3, (_OLD, "Les opinions exprimées dans cette publication "
                                           "n'engagent que leurs auteurs.")),
            _f("annonce", FOOTER, 0.3, *_ma_notice()),
            _f("contact", FOOTER, 0.45, (_OLD, "Contact : communication@centreatlas.ma · +212 "
                                               "5 37 00 00 00")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Centre Atlas d'Études Politiques – "
                                                "جميع الحقوق محفوظة")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cette note "
                                               "comportait une erreur dans le tableau 2.")),
        ),
    )


# --- a Mozambican women's association (Maputo) --------------------------------------------------

MZ_REDESIGN = dt.date(2019, 4, 7)  # relaunched on Mozambican Women's Day 2019
MZ_MPESA = dt.date(2018, 3, 1)
MZ_MONTHS = tuple(m.capitalize() for m in PORTUGUESE_MONTHS)  # capitalised, as in Mozambique


def _mz_dated(day: dt.date) -> str:
    if day < MZ_REDESIGN:
        return f"Maputo, {day.day} de {MZ_MONTHS[day.month - 1]} de {day.year}"
    return f"{day.day:02d} {MZ_MONTHS[day.month - 1][:3]} {day.year}"


def _mz_notice() -> Wordings:
    base = _steps((_OLD, "Apoie o nosso trabalho: faça um donativo à Associação"),
                  (MZ_MPESA.isoformat(), "📱 Doe por M-Pesa: envie 100 MT para o 84 000 "
                                         "0000"),
                  ("2020-01-01", "📱 Doe por M-Pesa: envie 150 MT para o 84 000 0000"))
    storms = [_span("2019-03-15", "2019-04-24", "Ciclone Idai: apoio às mulheres e famílias "
                                                "da Beira e de Búzi"),
              _span("2019-04-25", "2019-05-31", "Ciclone Kenneth: apoio às famílias de Cabo "
                                                "Delgado")]
    votes = [_vote("2018-10-10", "Eleições autárquicas de 10 de Outubro: a nossa observação "
                                 "eleitoral", before=5, after=2),
             _vote("2019-10-15", "Eleições gerais de 15 de Outubro: a nossa observação "
                                 "eleitoral", before=5, after=2)]
    news = [_span("2020-04-01", "2020-09-06", "Estado de Emergência: os nossos serviços de "
                                              "apoio funcionam por telefone")]
    days = _yearly("04-07", 2, 0, lambda _: "7 de Abril, Dia da Mulher Moçambicana")
    days += _yearly("06-25", 1, 0, lambda y: f"{y - 1975}.º aniversário da Independência "
                                             f"Nacional")
    days += _yearly("11-25", 0, 15, lambda y: f"16 Dias de Activismo contra a Violência "
                                              f"Baseada no Género {y}")
    return _calendar(base, storms, votes, days, news)  # the national days break in


def mulheresdoindico_style() -> PublisherStyle:
    """A Mozambican women's association (Maputo): "Maputo," with the date and the capitalised
    month turned a short date on Mozambican Women's Day 2019 (a wording per day), a press-note
    label, "Por", a photo credit, a donation line turned an M-Pesa appeal whose amount rises
    in 2020 and turned by cyclones Idai and Kenneth, the 2018 and 2019 elections, the 2020
    state of emergency, Women's Day, Independence Day with its count and the sixteen days of
    activism, a free helpline, a donor line from a pool, the address and a copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="mulheresdoindico.org.mz", site="Associação Mulheres do Índico", base_size=35,
        subdomains=(("", 100),),
        sections=("noticias", "imprensa", "projectos", "campanhas"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"parceiro": ("União Europeia", "Fundo para a Igualdade", "UNFPA",
                            "Embaixada da Suécia")},
        families=(
            _f("data", HEADER, 0.65, *_by_day(_mz_dated)),
            _f("nota", HEADER, 0.3, (_OLD, "Nota de imprensa")),
            _f("autora", HEADER, 0.4, (_OLD, "Por {author}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotografia: {author2}")),
            _f("apelo", FOOTER, 0.3, *_mz_notice()),
            _f("linha", FOOTER, 0.2, (_OLD, "Linha de apoio gratuita: 800 000 000, 24 horas "
                                            "por dia")),
            _f("parceiro", FOOTER, 0.15, (_OLD, "Com o apoio de: {parceiro}")),
            _f("contacto", FOOTER, 0.5, (_OLD, "Av. Eduardo Mondlane, n.º 0000, Maputo · "
                                                "info@mulheresdoindico.org.mz")),
            _f("direitos", FOOTER, 0.55, (_OLD, "© {year} Associação Mulheres do Índico")),
            _f("correccao", HEADER, 0.04, (_OLD, "Correcção: uma versão anterior desta notícia "
                                                 "indicava um número errado de "
                                                 "participantes.")),
        ),
    )


def heldout121_styles() -> list[PublisherStyle]:
    """The held-back-121 styles, in the order the generator hands them to publishers."""
    return [
        iocr_style(), alderbrook_style(), loirevienne_style(), tierracompartida_style(),
        wendelstadt_style(), ufsertao_style(), arabwaternet_style(), cnia_style(),
        sanjacinto_style(), wexcombe_style(), centreatlas_style(), mulheresdoindico_style(),
    ]
