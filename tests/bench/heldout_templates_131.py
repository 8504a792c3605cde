"""The ``held-back-131`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-128 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an advertisement marker, a share line or a blog platform's comment lines. The publishers are
student, university and school media in English, Spanish, French, German, Dutch, Polish and
Japanese: an American campus daily, a British student newspaper, a German university's press
office, a Spanish university's digital newspaper, a Dutch independent university newspaper,
a Japanese university newspaper, a French student newspaper, a Polish student radio station's
site, an American school district's news page, an American college's alumni magazine, an
American university press's blog and a Spanish secondary school's blog. The families are the
kinds a crawl of such sites holds: dates localised day by day (AP-style abbreviated months,
British ordinals, German, Spanish, Dutch, Polish genitive months, Japanese with the kanji
weekday, French), several changing form on the day of a redesign (the first day of a
semester, an introduction week, an academic year's opening); lines that turn every day or two
(press-release numbers, the evening show of the day on the radio), every other week (the next
school-board meeting) and every month (a print issue number, the Japanese one with its era
year, Heisei turned Reiwa on 1 May 2019); publication schedules and notices that follow the
academic calendar (Thanksgiving, winter, spring and summer breaks, freshers' weeks, students'
union elections, exam seasons, German lecture periods and application deadlines, Spanish
university entrance exams, enrolment and Holy Week closures, Dutch introduction weeks and
dies natales, the Japanese entrance ceremony, university festival and National Center Test,
French rentrées and partiels, Polish juwenalia, inaugurations and exam sessions, American
school holidays and first days of school, reunion weekends, homecomings, fiscal-year-end and
Giving Tuesday appeals, academic meetings and University Press Week) and the 2020 pandemic's
closures; editorial-board volume numbers, tuition, fees, credit prices, student numbers,
school-lunch prices, subscription prices with Japan's 2019 consumption-tax rise and discount
codes that change over the years; letters-to-the-editor appeals and editorial-board notices,
reworded in 2016-2019; staff credits, photo credits, related links and advertisement markers
mid-body (some up to two times); multi-line blocks (publisher and copyright lines, media
contacts, blog comment lines), bare lines and families in only 4-6% of articles beside ones
in nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
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
    easter,
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
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # the genitive: 5 marca 2016
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
YOUBI = "月火水木金土日"
REIWA = dt.date(2019, 5, 1)

# --- helpers of this set ------------------------------------------------------------------


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


def roman(n: int) -> str:
    """`n` in Roman numerals (a campus daily's volume number)."""
    out = ""
    for value, letters in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                           (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def japanese_era(day: dt.date) -> str:
    """The Japanese era year of `day`: 平成 to 30 April 2019, 令和 (元年 its first) after."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    year = day.year - 2018
    return "令和元年" if year == 1 else f"令和{year}年"


def md(day: dt.date) -> str:
    """`day` as "Month D" (an English notice's date)."""
    return f"{MONTHS[day.month - 1]} {day.day}"


# --- an American campus daily -------------------------------------------------------------

QD_REDESIGN = dt.date(2018, 8, 27)  # relaunched on the first day of fall 2018 classes
QD_LETTERS = dt.date(2017, 1, 17)
QD_DONATE = dt.date(2018, 9, 4)
GIVING_MATCH = {2015: "$5,000", 2016: "$5,000", 2017: "$7,500", 2018: "$10,000",
                2019: "$15,000", 2020: "$20,000"}


def fall_classes(y: int) -> dt.date:
    """Merriton University's fall classes begin on the last Monday of August."""
    return last_weekday(y, 8, 0)


def spring_classes(y: int) -> dt.date:
    """Spring classes begin on the Tuesday after Martin Luther King Jr. Day."""
    return nth_weekday(y, 1, 0, 3) + ONE


def spring_break(y: int) -> dt.date:
    """Spring break begins on the Saturday before the second Monday of March (nine days)."""
    return nth_weekday(y, 3, 0, 2) - 2 * ONE


def commencement(y: int) -> dt.date:
    """Commencement: the third Sunday of May."""
    return nth_weekday(y, 5, 6, 3)


def _qd_dated(day: dt.date) -> str:
    if day < QD_REDESIGN:
        return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Published {WEEKDAYS[day.weekday()]}, {md(day)}, {day.year} at {{time12}}"


def _qd_volume(day: dt.date) -> str:
    volume = 125 + day.year - 2015 + (day >= day.replace(month=4, day=1))
    return (f"Unsigned editorials represent the majority view of The Quadrangle Daily's Vol. "
            f"{roman(volume)} editorial board.")


@cache
def _qd_schedule() -> Wordings:
    base = _steps((_OLD, "The Quadrangle Daily publishes online every day and in print Monday "
                         "through Thursday during the academic year."))
    covid = [_span("2020-03-13", "2020-08-23", "Print publication is suspended while campus is "
                                               "closed. Read us online and in our daily "
                                               "newsletter."),
             (iso_day("2020-08-24"), None, "The Daily is printing once a week this semester; "
                                           "daily coverage continues online.")]
    breaks: list[Event] = []
    for y in range(2014, 2021):
        tg = thanksgiving(y)
        breaks.append((tg - 5 * ONE, tg + 4 * ONE,
                       f"The Daily is on Thanksgiving break. Print publication resumes Monday, "
                       f"{md(tg + 4 * ONE)}."))
        back = spring_classes(y + 1)
        breaks.append((dt.date(y, 12, 17), back,
                       f"The Daily is on winter break and publishes online only. Print returns "
                       f"Tuesday, {md(back)}."))
        sb = spring_break(y + 1)
        breaks.append((sb, sb + 9 * ONE, f"Spring break: no print edition until Monday, "
                                         f"{md(sb + 9 * ONE)}. Breaking news continues online."))
        summer, fall = commencement(y + 1) + ONE, fall_classes(y + 1)
        breaks.append((summer, fall, f"The Daily publishes weekly during the summer. Daily "
                                     f"print publication resumes Monday, {md(fall)}, {y + 1}."))
    return _calendar(base, covid, breaks)


@cache
def _qd_donate() -> Wordings:
    base = _steps((_OLD, "Support independent student journalism: donate to The Quadrangle "
                         "Daily."),
                  (QD_DONATE.isoformat(), "The Quadrangle Daily is a student-run, independent "
                                          "nonprofit. Your gift pays for printing, training "
                                          "and reporting. Donate today."))
    giving = _movable(lambda y: thanksgiving(y) + 5 * ONE, 2, 0,
                      lambda y: f"#GivingTuesday: every gift to The Quadrangle Daily today is "
                                f"matched by our alumni board, up to {GIVING_MATCH[y]}.")
    covid = [_span("2020-04-01", "2020-06-30", "Our advertising revenue has collapsed with "
                                               "campus closed. Please help keep The Quadrangle "
                                               "Daily publishing.")]
    return _calendar(base, covid, giving)


def quadrangle_style() -> PublisherStyle:
    """An American campus daily: a section kicker from a pool, the AP-style date (abbreviated
    months) turned "Published" with the weekday, the long date and the time on the first day
    of fall 2018 classes (a wording per day), "By" turned the writer with the staff title, a
    staff photo credit, "RELATED:" and advertisement markers mid-body up to twice, a print
    edition line, the editorial-board line with the volume in Roman numerals (a new volume
    each 1 April), an opinion disclaimer, a letters-to-the-editor appeal reworded in 2017, a
    publication schedule that follows the academic calendar (Thanksgiving, winter, spring
    and summer breaks, the 2020 closure), a news-tip line, a newsletter line, a donation
    appeal reworded in 2018 and turned by Giving Tuesday (its match growing by year) and the
    pandemic, the publisher and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="quadrangledaily.com", site="The Quadrangle Daily", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "sports", "opinion", "arts", "campus-life", "science"),
        n_authors=16, url_path="/article/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("NEWS", "SPORTS", "OPINION", "ARTS & CULTURE", "CAMPUS LIFE", "SCIENCE",
                       "STUDENT GOVERNMENT"),
            "beat": ("Staff Writer", "Senior Staff Writer", "News Editor", "Sports Editor",
                     "Contributing Writer", "Campus Editor", "Opinion Columnist"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.92, *_by_day(_qd_dated)),
            _f("byline", HEADER, 0.75, (_OLD, "By {author}"),
               (QD_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo: {author2} | Staff Photographer")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("print", FOOTER, 0.3, (_OLD, "A version of this article appeared in the "
                                            "{weekday}, {date_long} print edition.")),
            _f("editorial", FOOTER, 0.08, *_by_day(_qd_volume)),
            _f("opinion", FOOTER, 0.14, (_OLD, "The views expressed in this column are the "
                                               "author's own and do not necessarily reflect "
                                               "those of The Quadrangle Daily.")),
            _f("letters", FOOTER, 0.2,
               (_OLD, "Letters to the editor may be sent to opinion@quadrangledaily.com. "
                      "Letters should be under 400 words."),
               (QD_LETTERS.isoformat(), "Want to respond? Submit a letter to the editor (450 "
                                        "words max, with your name, class year and school) "
                                        "to opinion@quadrangledaily.com.")),
            _f("schedule", FOOTER, 0.25, *_qd_schedule()),
            _f("tip", FOOTER, 0.2, (_OLD, "Have a news tip? Email news@quadrangledaily.com or "
                                          "message us on Signal.")),
            _f("newsletter", FOOTER, 0.2, (_OLD, "Get The Daily Brief, our morning newsletter, "
                                                 "in your inbox every weekday.")),
            _f("donate", FOOTER, 0.3, *_qd_donate()),
            _f("publisher", FOOTER, 0.4, (_OLD, "The Quadrangle Daily is published by "
                                                "Quadrangle Publishing Inc., an independent "
                                                "nonprofit, and is not an official publication "
                                                "of Merriton University.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} The Quadrangle Daily. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "article misspelled the name of a Student "
                                                  "Assembly senator.")),
        ),
    )


# --- a British student newspaper ----------------------------------------------------------

SS_MEETING = dt.date(2016, 10, 3)


def freshers_week(y: int) -> dt.date:
    """Freshers' Week begins on the third Monday of September."""
    return nth_weekday(y, 9, 0, 3)


SS_REDESIGN = freshers_week(2017)  # relaunched for Freshers' Week 2017


def su_polls_close(y: int) -> dt.date:
    """The students' union's elections close on the Thursday of the first week of March."""
    return nth_weekday(y, 3, 0, 1) + 3 * ONE


def _ss_dated(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _ss_notice() -> Wordings:
    base = _steps((_OLD, "Want to write for us? Come to our writers' meeting, Tuesdays at 6pm "
                         "in the SU building."),
                  (SS_MEETING.isoformat(), "Want to write for us? Writers' meetings are every "
                                           "Wednesday at 6pm in Seminar Room 2 of the SU."))
    covid = [_span("2020-03-18", "2020-09-13", "We are publishing online only while the "
                                               "university is closed. Look after yourselves.")]
    freshers = _movable(freshers_week, 7, 7, lambda y: (
        f"Welcome, freshers of {y}! Say hello at the Freshers' Fair on Wednesday "
        f"{(freshers_week(y) + 2 * ONE).day} September."))
    elections = _movable(su_polls_close, 10, 0, lambda y: (
        f"SU Elections {y}: voting closes at 5pm on Thursday {su_polls_close(y).day} March. Read "
        f"our candidate interviews."))
    exams = [_span(f"{y}-05-04", f"{y}-06-14", "It's exam season: good luck! Our next print "
                                               "edition is out in Freshers' Week.")
             for y in YEARS]
    christmas = _yearly("12-24", 12, 17, lambda y: "We're off for the Christmas break. See you "
                                                   "in January!", years=range(2014, 2021))
    return _calendar(base, covid, freshers, elections, exams, christmas)


def saltmarsh_style() -> PublisherStyle:
    """A British student newspaper: a section from a pool, the date with an English ordinal
    turned "Posted on" with the plain day on the first day of Freshers' Week 2017 (a wording
    per day), "Written by" turned the writer with the editorial role, an image credit from a
    pool and "Also in <section>:" mid-body, a rare welfare line (Nightline's number), the
    editorial-independence line, a writers'-meeting appeal reworded in 2016 and turned by
    Freshers' Week, the students' union elections, exam season, Christmas and the 2020
    closure, a comments-policy line, the tags, a share line and the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="saltmarshstudent.co.uk", site="Saltmarsh Student", base_size=220,
        subdomains=(("www.", 100),),
        sections=("news", "comment", "features", "culture", "sport", "science"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "category": ("News", "Comment", "Features", "Culture", "Sport", "Science",
                         "Lifestyle"),
            "beat": ("News Editor", "Deputy News Editor", "Comment Editor", "Sport Writer",
                     "Culture Editor", "Features Writer", "Editor-in-Chief"),
            "credit": ("Saltmarsh Student", "Flickr (CC BY 2.0)", "Unsplash",
                       "University of Saltmarsh", "Wikimedia Commons"),
            "tags": ("SU", "housing", "tuition fees", "freshers", "strikes", "mental health",
                     "elections", "sport"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.88, *_by_day(_ss_dated)),
            _f("writer", HEADER, 0.7, (_OLD, "Written by {author}"),
               (SS_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("image", MIDDLE, 0.3, (_OLD, "Image: {credit}")),
            _f("also", MIDDLE, 0.3, (_OLD, "Also in {section_cap}: {other_title}")),
            _f("nightline", FOOTER, 0.06, (_OLD, "If you have been affected by any of the "
                                                 "issues raised in this article, Saltmarsh "
                                                 "Nightline is open 8pm-8am every night of term "
                                                 "on 01632 960 471.")),
            _f("independent", FOOTER, 0.3, (_OLD, "Saltmarsh Student is editorially independent "
                                                  "of Saltmarsh SU. Views expressed are those of "
                                                  "the writers.")),
            _f("notice", FOOTER, 0.3, *_ss_notice()),
            _f("comments", FOOTER, 0.2, (_OLD, "Comments are moderated. Please read our "
                                               "comments policy before posting.")),
            _f("tags", FOOTER, 0.45, (_OLD, "Tags: {tags_list}")),
            _f("share", FOOTER, 0.35, (_OLD, "Share this article")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Saltmarsh Student. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article originally gave "
                                                  "the wrong date for the rent strike "
                                                  "ballot.")),
        ),
    )


# --- a German university's press office ---------------------------------------------------

LH_REDESIGN = dt.date(2018, 10, 15)  # relaunched on the first lecture day of WiSe 2018/19
LH_NEWSLETTER = dt.date(2017, 5, 2)
LECTURE_PERIODS = (
    ("2014-10-01", "Vorlesungszeit im Wintersemester 2014/15: 13.10.2014 bis 06.02.2015"),
    ("2015-04-01", "Vorlesungszeit im Sommersemester 2015: 13.04.2015 bis 17.07.2015"),
    ("2015-10-01", "Vorlesungszeit im Wintersemester 2015/16: 19.10.2015 bis 12.02.2016"),
    ("2016-04-01", "Vorlesungszeit im Sommersemester 2016: 11.04.2016 bis 15.07.2016"),
    ("2016-10-01", "Vorlesungszeit im Wintersemester 2016/17: 17.10.2016 bis 10.02.2017"),
    ("2017-04-01", "Vorlesungszeit im Sommersemester 2017: 18.04.2017 bis 21.07.2017"),
    ("2017-10-01", "Vorlesungszeit im Wintersemester 2017/18: 16.10.2017 bis 09.02.2018"),
    ("2018-04-01", "Vorlesungszeit im Sommersemester 2018: 09.04.2018 bis 13.07.2018"),
    ("2018-10-01", "Vorlesungszeit im Wintersemester 2018/19: 15.10.2018 bis 08.02.2019"),
    ("2019-04-01", "Vorlesungszeit im Sommersemester 2019: 15.04.2019 bis 19.07.2019"),
    ("2019-10-01", "Vorlesungszeit im Wintersemester 2019/20: 14.10.2019 bis 07.02.2020"),
    ("2020-04-01", "Digitales Sommersemester 2020: Vorlesungszeit 20.04.2020 bis 24.07.2020"),
    ("2020-10-01", "Vorlesungszeit im Wintersemester 2020/21: 02.11.2020 bis 19.02.2021"),
)
STUDENTS = (("2014-12-01", "23.400"), ("2015-12-01", "24.100"), ("2016-12-01", "24.600"),
            ("2017-12-01", "25.200"), ("2018-12-01", "25.000"), ("2019-12-01", "24.700"),
            ("2020-12-01", "24.900"))  # counted each winter semester, published 1 December


def release_number(day: dt.date) -> int:
    """The press office's running number of the year: about five releases in eight days."""
    return day.timetuple().tm_yday * 5 // 8 + 1


def _lh_dated(day: dt.date) -> str:
    if day < LH_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


def info_day(y: int) -> dt.date:
    """The Hochschulinformationstag: the third Wednesday of November."""
    return nth_weekday(y, 11, 2, 3)


@cache
def _lh_hinweis() -> Wordings:
    base = _steps((_OLD, "Die Universität Lindenhain auf Twitter und Facebook: "
                         "@unilindenhain"),
                  (LH_NEWSLETTER.isoformat(), "Einmal pro Woche das Wichtigste aus Forschung "
                                              "und Campus: jetzt den Newsletter „Campus "
                                              "kompakt“ abonnieren"))
    corona = [_span("2020-03-16", "2020-05-03", "Coronavirus: Der Präsenzbetrieb ist "
                                                "eingestellt. Aktuelle Informationen unter "
                                                "www.uni-lindenhain.de/corona"),
              _span("2020-05-04", "2020-09-30", "Corona: In allen Gebäuden der Universität gilt "
                                                "die Pflicht zum Tragen einer Mund-Nasen-"
                                                "Bedeckung.")]
    frist = _yearly("07-15", 14, 0, lambda y: f"Bewerbungsschluss für zulassungsbeschränkte "
                                              f"Studiengänge: 15. Juli {y}")
    info = _movable(info_day, 10, 0, lambda y: f"Hochschulinformationstag am {info_day(y).day}. "
                                               f"November {y}: Studiengänge kennenlernen")
    weihnachten = _yearly("12-24", 6, 8, lambda y: f"Zwischen den Jahren: Die Universität ist "
                                                   f"vom 24. Dezember {y} bis 1. Januar "
                                                   f"{y + 1} geschlossen.",
                          years=range(2014, 2021))
    return _calendar(base, corona, frist, info, weihnachten)


def lindenhain_style() -> PublisherStyle:
    """A German university's press office: a section from a pool, the release's running
    number of the year (a wording every day or two), the numeric date turned the weekday and
    the long date on the first lecture day of the 2018/19 winter semester (a wording per
    day), "Von", a photo credit from a pool and "Mehr zum Thema:" mid-body, the semester's
    lecture period (changing each 1 April and 1 October, the digital summer semester of
    2020), a notice reworded for a newsletter in 2017 and turned by the July application
    deadline, the information day in November, the Christmas closure and the pandemic, the
    original publication with a journal from a pool, the media contact heading, the press
    officer's line and the scientific contact (a block), the about line with the student
    numbers (changing each 1 December), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="uni-lindenhain.de", site="Universität Lindenhain", base_size=195,
        subdomains=(("www.", 80), ("presse.", 20)),
        sections=("forschung", "studium", "campus", "personalia", "international"),
        n_authors=6, url_path="/aktuelles/{section}/{slug}",
        pools={
            "rubrik": ("Forschung", "Studium und Lehre", "Campus", "Personalia",
                       "Internationales", "Transfer"),
            "foto": ("Universität Lindenhain", "Pressestelle", "privat", "colourbox.de",
                     "Universitätsklinikum"),
            "journal": ("Nature Communications", "PNAS", "Angewandte Chemie", "Physical Review "
                        "Letters", "The Lancet", "Science Advances"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("pm-nr", HEADER, 0.5, *_by_day(
                lambda day: f"Pressemitteilung Nr. {release_number(day):03d}/{day.year}")),
            _f("datum", HEADER, 0.85, *_by_day(_lh_dated)),
            _f("autor", HEADER, 0.35, (_OLD, "Von {author}")),
            _f("bild", MIDDLE, 0.35, (_OLD, "Foto: {foto}")),
            _f("mehr", MIDDLE, 0.25, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("vorlesungszeit", FOOTER, 0.15, *by_table(LECTURE_PERIODS, lambda v: v)),
            _f("hinweis", FOOTER, 0.3, *_lh_hinweis()),
            _f("publikation", FOOTER, 0.2, (_OLD, "Originalpublikation: {author2} et al., "
                                                  "{journal}, {year}.")),
            _f("kontakt-kopf", FOOTER, 0.5, (_OLD, "Kontakt für die Medien:")),
            _f("kontakt", FOOTER, 0.5, (_OLD, "Dr. Hanna Vogt, Pressesprecherin, Tel. 0761 "
                                              "555-4120, presse@uni-lindenhain.de")),
            _f("ansprechpartner", FOOTER, 0.3, (_OLD, "Wissenschaftlicher Ansprechpartner: "
                                                      "Prof. Dr. {author2}")),
            _f("ueber", FOOTER, 0.25, *by_table(STUDENTS, lambda v: (
                f"Die Universität Lindenhain: rund {v} Studierende in elf Fakultäten, "
                f"gegründet 1457."))),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Universität Lindenhain")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war der "
                                                 "Name der Förderinstitution falsch "
                                                 "angegeben.")),
        ),
    )


# --- a Spanish university's digital newspaper ---------------------------------------------

AL_REDESIGN = dt.date(2017, 9, 11)  # relaunched on the first day of the 2017-18 course
AL_BOLETIN = dt.date(2018, 2, 1)
ENTRANCE_EXAMS = {2015: ("PAU", "2015-06-09", "2015-06-11"),
                  2016: ("PAU", "2016-06-07", "2016-06-09"),
                  2017: ("EBAU", "2017-06-06", "2017-06-08"),
                  2018: ("EBAU", "2018-06-05", "2018-06-07"),
                  2019: ("EBAU", "2019-06-04", "2019-06-06"),
                  2020: ("EBAU", "2020-07-06", "2020-07-08")}  # put off by the pandemic
CREDIT_PRICES = (("2014-07-01", "21,03"), ("2015-07-01", "20,75"), ("2016-07-01", "19,80"),
                 ("2017-07-01", "18,46"), ("2018-07-01", "17,20"), ("2019-07-01", "15,53"),
                 ("2020-07-01", "12,62"))


def _al_dated(day: dt.date) -> str:
    if day < AL_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


def _es_range(first: dt.date, last: dt.date) -> str:
    if first.month == last.month:
        return f"del {first.day} al {last.day} de {MESES[last.month - 1]}"
    return f"del {first.day} de {MESES[first.month - 1]} al {last.day} de {MESES[last.month - 1]}"


@cache
def _al_aviso() -> Wordings:
    base = _steps((_OLD, "Sigue la actualidad de la Universidad de Almenara en redes sociales"),
                  (AL_BOLETIN.isoformat(), "Recibe Campus Almenara cada mañana: suscríbete a "
                                           "nuestro boletín diario"))
    alarma = [_span("2020-03-14", "2020-06-21", "Estado de alarma: la docencia continúa en "
                                                "modalidad no presencial")]
    exams: list[Event] = []
    for y, (name, first, last) in ENTRANCE_EXAMS.items():
        exams.append((iso_day(first, -7), iso_day(last, 11),
                      f"{name} {y}: horarios, sedes y notas de la prueba de acceso "
                      f"({_es_range(iso_day(first), iso_day(last))})"))
    semana_santa = _movable(easter, 10, 1, lambda y: (
        f"Semana Santa: la Universidad permanece cerrada "
        f"{_es_range(easter(y) - 6 * ONE, easter(y))}"))
    matricula = _yearly("07-20", 10, 11, lambda y: f"Matrícula del curso {y}-{y + 1}: plazo "
                                                   f"abierto hasta el 31 de julio")
    return _calendar(base, alarma, exams, semana_santa, matricula)


def almenara_style() -> PublisherStyle:
    """A Spanish university's digital newspaper: a section from a pool, the numeric date
    turned the weekday and the long date on the first day of the 2017-18 course (a wording
    per day), "Redacción:" with the writer, the source office from a pool, a photo credit
    and "Noticias relacionadas:" mid-body, a notice reworded for a daily bulletin in 2018 and
    turned by the entrance exams (PAU, then EBAU, put off to July in 2020), Holy Week's
    closure, the July enrolment and the state of alarm, the credit price of each course
    (changing each 1 July), the tags, a share line, the press office's contact, the
    newspaper line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="campusalmenara.es", site="Campus Almenara", base_size=170,
        subdomains=(("www.", 100),),
        sections=("actualidad", "investigacion", "estudiantes", "cultura", "deportes"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "seccion": ("Actualidad", "Investigación", "Estudiantes", "Cultura", "Deportes",
                        "Internacional"),
            "fuente": ("Gabinete de Comunicación", "Unidad de Cultura Científica",
                       "Vicerrectorado de Estudiantes", "Consejo de Estudiantes"),
            "foto": ("Campus Almenara", "Gabinete de Comunicación", "Universidad de Almenara",
                     "Archivo"),
            "etiquetas": ("investigación", "estudiantes", "becas", "Erasmus", "rectorado",
                          "deporte universitario", "cultura"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.88, *_by_day(_al_dated)),
            _f("redaccion", HEADER, 0.45, (_OLD, "Redacción: {author}")),
            _f("fuente", HEADER, 0.3, (_OLD, "Fuente: {fuente}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("relacionadas", MIDDLE, 0.3, (_OLD, "Noticias relacionadas: {other_title}")),
            _f("aviso", FOOTER, 0.3, *_al_aviso()),
            _f("precio", FOOTER, 0.12, *by_table(CREDIT_PRICES, lambda v: (
                f"Precio del crédito en primera matrícula de grado: {v} €"))),
            _f("etiquetas", FOOTER, 0.4, (_OLD, "Etiquetas: {etiquetas_list}")),
            _f("comparte", FOOTER, 0.3, (_OLD, "Comparte esta noticia")),
            _f("contacto", FOOTER, 0.3, (_OLD, "Gabinete de Comunicación · Tel. 950 555 120 · "
                                               "comunicacion@campusalmenara.es")),
            _f("diario", FOOTER, 0.3, (_OLD, "Campus Almenara es el diario digital de la "
                                             "Universidad de Almenara.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Universidad de Almenara. Todos los "
                                                "derechos reservados.")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: en una versión anterior de "
                                                     "esta noticia se indicaba un plazo de "
                                                     "inscripción incorrecto.")),
        ),
    )


# --- a Dutch independent university newspaper ---------------------------------------------

DB_PODCAST = dt.date(2019, 9, 2)
DB_LETTERS = dt.date(2019, 2, 1)
TUITION = (("2014-09-01", "2014-2015: € 1.906"), ("2015-09-01", "2015-2016: € 1.951"),
           ("2016-09-01", "2016-2017: € 1.984"), ("2017-09-01", "2017-2018: € 2.006"),
           ("2018-09-01", "2018-2019: € 2.060"), ("2019-09-01", "2019-2020: € 2.083"),
           ("2020-09-01", "2020-2021: € 2.143"))
DB_FOUNDED = 1956


def introduction_week(y: int) -> dt.date:
    """The introduction week for new students begins on the third Monday of August."""
    return nth_weekday(y, 8, 0, 3)


DB_REDESIGN = introduction_week(2018)  # relaunched on the first day of the 2018 introduction


def _db_dated(day: dt.date) -> str:
    if day < DB_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year} om {{time}}"


@cache
def _db_melding() -> Wordings:
    base = _steps((_OLD, "Volg Het Dijkblad ook op Instagram"),
                  (DB_PODCAST.isoformat(), "🎧 Nieuw: de Dijkblad-podcast, elke vrijdag een "
                                           "nieuwe aflevering"))
    corona = [_span("2020-03-13", "2020-06-30", "Coronavirus: al het onderwijs is voorlopig "
                                                "online. Volg onze liveblog"),
              (iso_day("2020-12-15"), None, "Lockdown: de universiteitsgebouwen zijn dicht, "
                                            "het onderwijs gaat online verder")]
    intro = _movable(introduction_week, 3, 5, lambda y: f"Introductieweek {y}: alles voor "
                                                        f"nieuwe studenten op een rij")
    dies = _yearly("02-08", 3, 0, lambda y: f"Dies Natalis {y}: de Universiteit Waalhaven viert "
                                            f"haar {y - DB_FOUNDED}e verjaardag")
    raad = _yearly("05-22", 4, 2, lambda y: f"Verkiezingen universiteitsraad {y}: bekijk alle "
                                            f"kandidaten en stem")
    return _calendar(base, corona, intro, dies, raad)


def dijkblad_style() -> PublisherStyle:
    """A Dutch independent university newspaper: a section from a pool, the numeric date
    turned the weekday, the long date and the time on the first day of the 2018 introduction
    week (a wording per day), "Tekst:" turned the writer with the photographer from a pool,
    an English-version line reworded in 2016, "Lees ook:" up to twice and "Advertentie"
    mid-body, a letters appeal reworded in 2019, a notice reworded for a podcast and turned
    by the introduction weeks, the dies natalis with the university's age, the
    university-council elections and the pandemic's closures, the statutory tuition fee of
    each academic year (changing each 1 September), the independence line, a comments line,
    the copyright line, a rare correction."""
    return PublisherStyle(
        domain="dijkblad.nl", site="Het Dijkblad", base_size=150,
        subdomains=(("www.", 100),),
        sections=("nieuws", "achtergrond", "wetenschap", "studentenleven", "opinie"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={
            "rubriek": ("Nieuws", "Achtergrond", "Wetenschap", "Studentenleven", "Opinie",
                        "Column"),
            "foto": ("Het Dijkblad", "Universiteit Waalhaven", "ANP", "Pixabay", "privécollectie"),
        },
        families=(
            _f("rubriek", HEADER, 0.5, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.86, *_by_day(_db_dated)),
            _f("tekst", HEADER, 0.6, (_OLD, "Tekst: {author}"),
               (DB_REDESIGN.isoformat(), "Tekst: {author} · Foto: {foto}")),
            _f("english", HEADER, 0.2, (_OLD, "English summary below"),
               ("2016-09-01", "🇬🇧 Read the English version of this article")),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}"), count=2),
            _f("advertentie", MIDDLE, 0.2, (_OLD, "Advertentie")),
            _f("ingezonden", FOOTER, 0.18,
               (_OLD, "Reageren? Stuur een ingezonden brief (max. 400 woorden) naar "
                      "redactie@dijkblad.nl."),
               (DB_LETTERS.isoformat(), "Reageren? Ingezonden brieven (maximaal 350 woorden) "
                                        "kunnen naar redactie@dijkblad.nl. De redactie mag "
                                        "brieven inkorten.")),
            _f("melding", FOOTER, 0.3, *_db_melding()),
            _f("collegegeld", FOOTER, 0.1, *by_table(TUITION, lambda v: (
                f"Wettelijk collegegeld {v}"))),
            _f("onafhankelijk", FOOTER, 0.35, (_OLD, "Het Dijkblad is de onafhankelijke "
                                                     "nieuwssite van de Universiteit "
                                                     "Waalhaven.")),
            _f("reacties", FOOTER, 0.2, (_OLD, "Reageren kan tot 48 uur na publicatie. "
                                               "Reacties worden gemodereerd.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Het Dijkblad")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: in een eerdere versie van dit "
                                                 "artikel stond de naam van de decaan "
                                                 "verkeerd.")),
        ),
    )


# --- a Japanese university newspaper -------------------------------------------------------

WK_REDESIGN = dt.date(2017, 4, 1)  # relaunched for the 2017 academic year
WK_LINE = dt.date(2018, 4, 9)
WK_TAX = dt.date(2019, 10, 1)  # consumption tax from 8% to 10%
WK_FIRST_ISSUE = 1201  # the January 2015 issue; monthly, none in August
CENTER_TEST = {2015: (17, 18), 2016: (16, 17), 2017: (14, 15), 2018: (13, 14),
               2019: (19, 20), 2020: (18, 19)}
WK_FESTIVAL_FIRST = 1951  # the first Wakaba festival


def issue_of(day: dt.date) -> tuple[int, dt.date]:
    """The Japanese paper's latest issue on `day`: its number and its date (the 1st of each
    month but August, whose days still carry July's)."""
    month = day.replace(day=1) if day.month != 8 else dt.date(day.year, 7, 1)
    months = (month.year - 2015) * 12 + month.month - 1
    augusts = sum(1 for y in range(2015, month.year + 1) if dt.date(y, 8, 1) <= month)
    return WK_FIRST_ISSUE + months - augusts, month


def festival(y: int) -> dt.date:
    """The Wakaba festival opens on the first Friday of November (three days)."""
    return nth_weekday(y, 11, 4, 1)


def _wk_dated(day: dt.date) -> str:
    if day < WK_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"


def _wk_issue(day: dt.date) -> str:
    number, date = issue_of(day)
    return f"本紙第{number}号（{japanese_era(date)}{date.month}月1日発行）掲載"


@cache
def _wk_oshirase() -> Wordings:
    base = _steps((_OLD, "最新ニュースは本紙公式ツイッターでも配信しています"),
                  (WK_LINE.isoformat(), "若葉大学新聞のLINE公式アカウントで最新記事をお届けしま"
                                        "す。友だち追加はこちら"))
    corona = [_span("2020-04-07", "2020-05-25", "緊急事態宣言を受け、キャンパスへの入構を原則"
                                                "禁止しています"),
              _span("2020-05-26", "2020-09-20", "前期の授業は原則としてオンラインで実施して"
                                                "います")]
    exams: list[Event] = []
    for y, (d1, d2) in CENTER_TEST.items():
        exams.append((dt.date(y, 1, d1) - 7 * ONE, dt.date(y, 1, d2) + ONE,
                      f"大学入試センター試験（1月{d1}日・{d2}日）のため、両日はキャンパスへの"
                      f"入構を制限します"))
    exams.append((dt.date(2021, 1, 2), dt.date(2021, 1, 18), "大学入学共通テスト（1月16日・"
                                                             "17日）のため、両日はキャンパスへ"
                                                             "の入構を制限します"))
    nyugaku = _yearly("04-04", 3, 3, lambda y: "ご入学おめでとうございます。若葉大学新聞会では"
                                               "新入部員を募集しています")
    gakusai = _movable(festival, 7, 2, lambda y: (
        f"第{y - WK_FESTIVAL_FIRST + 1}回若葉祭（11月{festival(y).day}日～"
        f"{festival(y).day + 2}日）" + ("はオンラインで開催します" if y == 2020
                                         else "の特集ページを公開中")))
    return _calendar(base, corona, exams, nyugaku, gakusai)


def wakaba_style() -> PublisherStyle:
    """A Japanese university newspaper: a category from a pool, the date turned the date with
    the kanji weekday for the 2017 academic year (a wording per day), the print issue it
    appeared in with its number and its date in the Japanese era (a wording per month, Heisei
    turned Reiwa on 1 May 2019), "関連記事：" up to twice, "広告" and a photo credit from a pool
    mid-body, the reporter's credit, a notice reworded for LINE in 2018 and turned by the
    entrance ceremony, the university festival, the National Center Test (the Common Test
    in 2021) and the pandemic, the subscription price (raised with the consumption tax in
    October 2019), a letters appeal, the no-reproduction line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="wakaba-shimbun.jp", site="若葉大学新聞", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "campus", "sports", "research", "culture"),
        n_authors=8, url_path="/{section}/{yyyy}{mm}{dd}-{n}.html",
        pools={
            "kubun": ("ニュース", "学内", "スポーツ", "研究", "文化", "就職"),
            "shashin": ("本紙撮影", "大学提供", "若葉大学広報課提供", "読者提供"),
        },
        families=(
            _f("kubun", HEADER, 0.5, (_OLD, "{kubun}")),
            _f("hizuke", HEADER, 0.86, *_by_day(_wk_dated)),
            _f("go", HEADER, 0.3, *_by_day(_wk_issue)),
            _f("kanren", MIDDLE, 0.3, (_OLD, "関連記事：{other_title}"), count=2),
            _f("kokoku", MIDDLE, 0.25, (_OLD, "広告")),
            _f("shashin", MIDDLE, 0.3, (_OLD, "写真＝{shashin}")),
            _f("kisha", FOOTER, 0.55, (_OLD, "（文＝{author}）")),
            _f("oshirase", FOOTER, 0.3, *_wk_oshirase()),
            _f("kodoku", FOOTER, 0.12, *by_table(
                (("2014-04-01", "2,000"), (WK_TAX.isoformat(), "2,040")),
                lambda v: f"本紙の定期購読（年間{v}円・税込・送料込み）のお申し込みは編集部まで")),
            _f("toukou", FOOTER, 0.15, (_OLD, "読者の皆様からの投稿・ご意見をお待ちしています。"
                                              "宛先：henshu@wakaba-shimbun.jp")),
            _f("mudan", FOOTER, 0.45, (_OLD, "掲載記事・写真の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.45, (_OLD, "Copyright © {year} 若葉大学新聞会 All Rights "
                                                 "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】既報の記事中、サークル名に誤りがありま"
                                              "した。お詫びして訂正します。")),
        ),
    )


# --- a French student newspaper -----------------------------------------------------------

CR_REDESIGN = dt.date(2018, 9, 3)  # relaunched for the 2018 rentrée
CR_COURRIER = dt.date(2017, 1, 9)
CR_FIRST_ISSUE = 61  # the September 2014 issue; ten a year, none in July and August
FEES = (("2014-07-01", "cotisation à la sécurité sociale étudiante, 213 €"),
        ("2015-07-01", "cotisation à la sécurité sociale étudiante, 215 €"),
        ("2017-07-01", "cotisation à la sécurité sociale étudiante, 217 €"),
        ("2018-07-01", "contribution vie étudiante et de campus (CVEC), 90 €"),
        ("2019-07-01", "contribution vie étudiante et de campus (CVEC), 91 €"),
        ("2020-07-01", "contribution vie étudiante et de campus (CVEC), 92 €"))


def monthly_issue(day: dt.date) -> tuple[int, dt.date]:
    """The French paper's latest issue on `day`: its number and its month (September to
    June; July and August still carry June's)."""
    month = day.replace(day=1) if day.month not in (7, 8) else dt.date(day.year, 6, 1)
    n, m = CR_FIRST_ISSUE, dt.date(2014, 9, 1)
    while m < month:
        m = dt.date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        n += m.month not in (7, 8)
    return n, month


def meeting_day(y: int) -> dt.date:
    """The rentrée's first editorial meeting: the second Tuesday of September."""
    return nth_weekday(y, 9, 1, 2)


def _cr_dated(day: dt.date) -> str:
    if day < CR_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publié le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year}"


def _cr_issue(day: dt.date) -> str:
    number, month = monthly_issue(day)
    return f"Article paru dans Le Crayon Rouge n° {number} ({MOIS[month.month - 1]} {month.year})"


@cache
def _cr_rejoindre() -> Wordings:
    base = _steps((_OLD, "Le Crayon Rouge recrute ! Conférence de rédaction tous les mardis à "
                         "18 h, bâtiment B"))
    confinement = [_span("2020-03-17", "2020-05-10", "Confinement : la rédaction continue en "
                                                     "ligne. Restez chez vous, prenez soin de "
                                                     "vous."),
                   _span("2020-10-30", "2020-12-14", "Reconfinement : la rédaction continue en "
                                                     "ligne. Restez chez vous, prenez soin de "
                                                     "vous.")]
    rentree = _movable(meeting_day, 10, 0, lambda y: (
        f"Rentrée {y} : réunion de rentrée de la rédaction le mardi {meeting_day(y).day} "
        f"septembre à 18 h"))
    partiels = _yearly("12-31", 17, 14, lambda y: f"Bon courage pour les partiels ! Le prochain "
                                                  f"numéro sort début février {y + 1}.",
                       years=range(2014, 2021))
    ete = _yearly("07-31", 30, 31, lambda y: f"La rédaction est en vacances : rendez-vous à la "
                                             f"rentrée {y} !")
    return _calendar(base, confinement, rentree, partiels, ete)


def crayonrouge_style() -> PublisherStyle:
    """A French student newspaper: a section from a pool, "Publié le" with the numeric date
    turned the weekday and the long date for the 2018 rentrée (a wording per day), "Par",
    the print issue the article appeared in with its number and month (a wording per month,
    none in summer), "À lire aussi :" up to twice and a photo credit from a pool mid-body, a
    rare opinion disclaimer, a letters appeal reworded in 2017, a recruiting notice turned
    by each rentrée's first meeting, the partiels, the summer holidays and both lockdowns,
    the rentrée fee (student social security, then the CVEC from 2018), the association
    line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="lecrayonrouge.fr", site="Le Crayon Rouge", base_size=110,
        subdomains=(("www.", 100),),
        sections=("campus", "societe", "culture", "sport", "vie-etudiante", "opinions"),
        n_authors=9, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrique": ("Campus", "Société", "Culture", "Sport", "Vie étudiante", "Opinions"),
            "credit": ("Le Crayon Rouge", "Université de Vauclair", "Wikimedia Commons",
                       "DR", "Pixabay"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_cr_dated)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}")),
            _f("numero", HEADER, 0.25, *_by_day(_cr_issue)),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("credit", MIDDLE, 0.3, (_OLD, "Crédit photo : {credit}")),
            _f("tribune", FOOTER, 0.06, (_OLD, "Les propos tenus dans cette tribune n'engagent "
                                               "que leur auteur.")),
            _f("courrier", FOOTER, 0.2,
               (_OLD, "Une réaction ? Écrivez-nous : courrier@lecrayonrouge.fr"),
               (CR_COURRIER.isoformat(), "Droit de réponse, courrier des lecteurs : écrivez à "
                                         "courrier@lecrayonrouge.fr (3 000 signes maximum).")),
            _f("rejoindre", FOOTER, 0.3, *_cr_rejoindre()),
            _f("frais", FOOTER, 0.1, *by_table(FEES, lambda v: f"Frais de rentrée : {v}")),
            _f("association", FOOTER, 0.3, (_OLD, "Journal étudiant indépendant édité par une "
                                                  "association loi 1901 de l'Université de "
                                                  "Vauclair.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Le Crayon Rouge – Tous droits "
                                                "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet article "
                                               "attribuait une citation à la mauvaise "
                                               "personne.")),
        ),
    )


# --- a Polish student radio station's site ------------------------------------------------

KS_REDESIGN = dt.date(2017, 10, 2)  # relaunched on the opening of the 2017/18 academic year
KS_DAB = dt.date(2018, 6, 1)
SHOWS = ("Poniedziałkowy Rozruch", "Strefa Kultury", "Akademicki Magazyn Sportowy",
         "Nocne Granie", "Piątkowa Lista Przebojów", "Sobotni Koncert Życzeń",
         "Niedzielne Rozmowy")  # the evening show of each weekday, Monday first


def juwenalia(y: int) -> dt.date:
    """The juwenalia open on the second Thursday of May (three days)."""
    return nth_weekday(y, 5, 3, 2)


def _ks_dated(day: dt.date) -> str:
    if day < KS_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year}, {{time}}"


def _ks_today(day: dt.date) -> str:
    when = f"{DNI[day.weekday()]} {day.day} {MIESIACE[day.month - 1]}"
    if day.month in (7, 8):
        return f"Wakacyjna ramówka: dziś, {when}, od 20:00 muzyka bez przerw"
    return f"Dziś, {when}, o 20:00: „{SHOWS[day.weekday()]}”"


@cache
def _ks_ogloszenie() -> Wordings:
    base = _steps((_OLD, "Dołącz do nas! Nabór do redakcji trwa cały rok: "
                         "rekrutacja@radiokaskada.pl"))
    odwolane = [_span("2020-05-04", "2020-05-16", "Juwenalia 2020 odwołane – zapraszamy na "
                                                  "koncerty online")]
    covid = [_span("2020-03-12", "2020-06-30", "Zajęcia na uczelni zawieszone – nadajemy z "
                                               "domów, zostańcie z nami")]
    juw = _movable(juwenalia, 10, 2, lambda y: (
        f"Juwenalia {y}: relacje na żywo z koncertów ({juwenalia(y).day}–"
        f"{juwenalia(y).day + 2} maja)"))
    inauguracja = _yearly("10-01", 6, 1, lambda y: f"Inauguracja roku akademickiego "
                                                   f"{y}/{y + 1}: słuchaj relacji na żywo")
    sesja = _yearly("02-01", 8, 12, lambda y: "Sesja zimowa: trzymamy kciuki! Przez całą sesję "
                                              "od 22:00 muzyka do nauki")
    return _calendar(base, odwolane, covid, juw, inauguracja, sesja)


def kaskada_style() -> PublisherStyle:
    """A Polish student radio station's site: a category from a pool, the numeric date turned
    the weekday, the genitive long date and the time on the opening of the 2017/18 academic
    year (a wording per day), "Autor:" turned the writer with the desk, the evening show of
    the day (a wording per day, a summer schedule in July and August), "Posłuchaj audycji"
    with a show from a pool, "Czytaj też:" and "REKLAMA" mid-body, the frequency line
    reworded for DAB+ in 2018, a recruiting notice turned by the juwenalia (cancelled in
    2020), the academic year's inauguration, the winter exam session and the pandemic, the
    newsroom's contact and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="radiokaskada.pl", site="Radio Akademickie Kaskada", base_size=90,
        subdomains=(("www.", 100),),
        sections=("wiadomosci", "kultura", "sport", "muzyka", "studenci"),
        n_authors=7, url_path="/{section}/{slug}",
        pools={
            "kategoria": ("Wiadomości", "Kultura", "Sport", "Muzyka", "Nauka", "Studenci"),
            "beat": ("redakcja informacyjna", "redakcja sportowa", "redakcja muzyczna",
                     "redakcja kulturalna"),
            "audycja": SHOWS,
        },
        families=(
            _f("kategoria", HEADER, 0.5, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.85, *_by_day(_ks_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}"),
               (KS_REDESIGN.isoformat(), "Autor: {author}, {author_beat}")),
            _f("dzis", HEADER, 0.2, *_daily(_ks_today)),
            _f("posluchaj", MIDDLE, 0.25, (_OLD, "Posłuchaj audycji „{audycja}”")),
            _f("czytaj", MIDDLE, 0.3, (_OLD, "Czytaj też: {other_title}")),
            _f("reklama", MIDDLE, 0.2, (_OLD, "REKLAMA")),
            _f("fm", FOOTER, 0.35, (_OLD, "Słuchaj nas na 98,7 FM"),
               (KS_DAB.isoformat(), "Słuchaj nas na 98,7 FM, w DAB+ i na radiokaskada.pl")),
            _f("ogloszenie", FOOTER, 0.25, *_ks_ogloszenie()),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Kontakt z redakcją: redakcja@radiokaskada.pl, "
                                              "tel. 71 555 20 40")),
            _f("prawa", FOOTER, 0.4, (_OLD, "© {year} Radio Akademickie Kaskada. Wszelkie "
                                            "prawa zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji tekstu "
                                                    "podaliśmy błędną datę koncertu.")),
        ),
    )


# --- an American school district's news page ----------------------------------------------

MH_TEXT = dt.date(2017, 6, 19)
MH_VIRTUAL = dt.date(2020, 3, 24)  # board meetings held online from then on
MEALS = (("2014-08-01", "$2.25 elementary, $2.50 middle and high school"),
         ("2015-08-01", "$2.35 elementary, $2.60 middle and high school"),
         ("2016-08-01", "$2.50 elementary, $2.75 middle and high school"),
         ("2018-08-01", "$2.65 elementary, $2.90 middle and high school"),
         ("2019-08-01", "$2.75 elementary, $3.00 middle and high school"),
         ("2020-08-01", "free for every student this school year"))
SUPERINTENDENTS = (("2012-07-01", "Dr. Karen Whitfield"), ("2018-07-01", "Dr. Luis Arroyo"))


def first_school_day(y: int) -> dt.date:
    """The first day of school: the second Wednesday of August."""
    return nth_weekday(y, 8, 2, 2)


MH_REDESIGN = first_school_day(2019)  # the new district site went live that morning


def board_meetings(y: int, m: int) -> list[dt.date]:
    """The regular board meetings of a month: the second and fourth Tuesdays (the second
    only in July and December)."""
    days = [nth_weekday(y, m, 1, 2)]
    if m not in (7, 12):
        days.append(nth_weekday(y, m, 1, 4))
    return days


def next_board_meeting(day: dt.date) -> dt.date:
    """The first regular board meeting on or after `day`."""
    y, m = day.year, day.month
    while True:
        for meeting in board_meetings(y, m):
            if meeting >= day:
                return meeting
        y, m = y + (m == 12), m % 12 + 1


def _mh_posted(day: dt.date) -> str:
    if day < MH_REDESIGN:
        return f"Posted on {day.month:02d}/{day.day:02d}/{day.year}"
    return f"Posted {WEEKDAYS[day.weekday()]}, {md(day)}, {day.year}"


def _mh_board(day: dt.date) -> str:
    meeting = next_board_meeting(day)
    where = ("held virtually and livestreamed" if meeting >= MH_VIRTUAL
             else "District Office Boardroom")
    return (f"Next regular Board of Education meeting: Tuesday, {md(meeting)}, {meeting.year}, "
            f"6:30 p.m., {where}")


def winter_break(y: int) -> tuple[dt.date, dt.date]:
    """The first day of winter break (the Saturday before 24 December) and the Monday
    classes resume on (the first after New Year's Day)."""
    first = dt.date(y, 12, 24) - dt.timedelta(days=(dt.date(y, 12, 24).weekday() - 5) % 7 or 7)
    new_year = dt.date(y + 1, 1, 1)
    return first, new_year + dt.timedelta(days=(7 - new_year.weekday()) % 7 or 7)


@cache
def _mh_alert() -> Wordings:
    base = _steps((_OLD, "Download the district app for school news, lunch menus and "
                         "emergency alerts."),
                  (MH_TEXT.isoformat(), "Get district news and emergency alerts by text: text "
                                        "JOIN to 55512."))
    covid = [_span("2020-03-16", "2020-06-05", "All schools are closed. Distance learning and "
                                               "grab-and-go meals continue."),
             _span("2020-06-06", "2020-08-11", "Free summer grab-and-go meals for all children "
                                               "18 and under, weekdays 11 a.m. to 1 p.m."),
             (iso_day("2020-08-12"), None, "The 2020-21 school year has begun in distance "
                                           "learning. See the Return to Learn plan for "
                                           "updates.")]
    first = _movable(first_school_day, 10, 0, lambda y: (
        f"Welcome back! The first day of school is Wednesday, {md(first_school_day(y))}, {y}."))
    labor = _movable(lambda y: nth_weekday(y, 9, 0, 1), 3, 0, lambda y: (
        f"No school Monday, {md(nth_weekday(y, 9, 0, 1))} (Labor Day)."))
    holidays: list[Event] = []
    for y in range(2014, 2021):
        tg = thanksgiving(y)
        holidays.append((tg - 7 * ONE, tg + 2 * ONE, f"Thanksgiving break: no school "
                                                     f"{md(tg - 3 * ONE)}-{tg.day + 1}, {y}."))
        start, back = winter_break(y)
        holidays.append((start - 5 * ONE, back + ONE,
                         f"Winter break: no school from {md(start)}, {y}. Classes resume "
                         f"Monday, {md(back)}, {y + 1}."))
        mlk = nth_weekday(y + 1, 1, 0, 3)
        holidays.append((mlk - 3 * ONE, mlk + ONE, f"No school Monday, {md(mlk)} (Martin "
                                                   f"Luther King Jr. Day)."))
        presidents = nth_weekday(y + 1, 2, 0, 3)
        holidays.append((presidents - 3 * ONE, presidents + ONE,
                         f"No school Monday, {md(presidents)} (Presidents' Day)."))
        spring = last_weekday(y + 1, 3, 0)
        holidays.append((spring - 7 * ONE, spring + 5 * ONE,
                         f"Spring break: no school {md(spring)}-{md(spring + 4 * ONE)}, "
                         f"{y + 1}."))
    return _calendar(base, covid, first, labor, holidays)


def maplehollow_style() -> PublisherStyle:
    """An American school district's news page: a category from a pool, "Posted on" with the
    numeric date turned "Posted" with the weekday and the long date on the first day of
    school 2019 (a wording per day), the next regular board meeting (the second and fourth
    Tuesdays: a wording every other week, held online from late March 2020), an alert line
    reworded for texts in 2017 and turned by the first day of school, Labor Day,
    Thanksgiving, winter and spring breaks, Martin Luther King Jr. Day, Presidents' Day and
    the pandemic's closure, summer meals and distance learning, a school photo credit
    mid-body, the superintendent's sign-off (a new superintendent in July 2018), the
    school-lunch prices of each school year (free in 2020-21), a Spanish-language line, the
    non-discrimination statement, the media contact, a rare editor's note."""
    return PublisherStyle(
        domain="mhusd.org", site="Maple Hollow Unified School District", base_size=70,
        subdomains=(("www.", 100),),
        sections=("district-news", "board", "food-services", "athletics"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "category": ("District News", "Board of Education", "Superintendent's Message",
                         "Food Services", "Transportation", "Athletics"),
            "school": ("Maple Hollow High School", "Cedar Ridge Middle School",
                       "Brookside Elementary", "Orchard Park Elementary",
                       "Lakeview Elementary"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("posted", HEADER, 0.85, *_by_day(_mh_posted)),
            _f("board", HEADER, 0.25, *_by_day(_mh_board)),
            _f("alert", HEADER, 0.3, *_mh_alert()),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo courtesy of {school}")),
            _f("superintendent", FOOTER, 0.2, *by_table(SUPERINTENDENTS, lambda v: (
                f"- {v}, Superintendent"))),
            _f("meals", FOOTER, 0.12, *by_table(MEALS, lambda v: f"School lunch prices: {v}")),
            _f("espanol", FOOTER, 0.3, (_OLD, "Para recibir esta información en español, llame "
                                              "al (555) 010-4420.")),
            _f("nondiscrimination", FOOTER, 0.25, (_OLD, "Maple Hollow Unified School District "
                                                         "prohibits discrimination, harassment, "
                                                         "intimidation and bullying in all of "
                                                         "its programs and activities.")),
            _f("contact", FOOTER, 0.35, (_OLD, "Media contact: Office of Communications, "
                                               "(555) 010-4400, communications@mhusd.org")),
            _f("note", HEADER, 0.04, (_OLD, "Editor's note: this post was updated to correct "
                                            "the start time of the meeting.")),
        ),
    )


# --- an American college's alumni magazine ------------------------------------------------

AG_PAPERLESS = dt.date(2016, 9, 1)
AG_LETTERS = dt.date(2018, 7, 1)
SEASONS = (("03-01", "Spring"), ("07-01", "Summer"), ("10-15", "Fall"))  # issue mailing days
DEADLINES = {"Spring": "December 15", "Summer": "April 15", "Fall": "August 1"}


def issue_season(day: dt.date) -> tuple[str, int]:
    """The magazine's latest issue on `day` (three a year): its season and year."""
    current = ("Fall", day.year - 1)
    for start, season in SEASONS:
        if day.isoformat()[5:] >= start:
            current = (season, day.year)
    return current


def next_issue(day: dt.date) -> tuple[str, int]:
    """The issue after the latest one on `day`."""
    season, year = issue_season(day)
    return {"Spring": ("Summer", year), "Summer": ("Fall", year),
            "Fall": ("Spring", year + 1)}[season]


def reunion(y: int) -> dt.date:
    """Reunion Weekend opens on the first Friday of June (three days)."""
    return nth_weekday(y, 6, 4, 1)


def homecoming(y: int) -> dt.date:
    """Homecoming: the third Saturday of October."""
    return nth_weekday(y, 10, 5, 3)


def _ag_deadline(day: dt.date) -> str:
    season, year = next_issue(day)
    deadline_year = year - 1 if season == "Spring" else year
    return (f"Class Notes deadline for the {season} {year} issue: {DEADLINES[season]}, "
            f"{deadline_year}")


@cache
def _ag_notice() -> Wordings:
    base = _steps((_OLD, "Keep in touch: update your contact information at "
                         "alumni.ashgrove.edu"),
                  (AG_PAPERLESS.isoformat(), "Prefer to read online? Go paperless and update "
                                             "your details at alumni.ashgrove.edu"))
    virtual = [_span("2020-03-01", "2020-06-07", "Reunion 2020 is going virtual, June 5-7: "
                                                 "join your classmates online")]
    reunions = [(dt.date(y, 3, 1), reunion(y) + 3 * ONE,
                 f"Reunion Weekend {y}: June {reunion(y).day}-{reunion(y).day + 2}. Register by "
                 f"May 15 at alumni.ashgrove.edu/reunion") for y in range(2015, 2020)]
    fiscal = _yearly("06-30", 21, 0, lambda y: f"There's still time: make your gift to the "
                                               f"Ashgrove Fund before the fiscal year ends June "
                                               f"30, {y}")
    giving = _movable(lambda y: thanksgiving(y) + 5 * ONE, 1, 0, lambda y: (
        "It's Giving Tuesday: give to the Ashgrove Fund today and double your impact"))
    home = _movable(homecoming, 14, 1, lambda y: f"Homecoming {y} is October "
                                                 f"{homecoming(y).day}: see the weekend "
                                                 f"schedule")
    return _calendar(base, virtual, reunions, fiscal, giving, home)


def ashgrove_style() -> PublisherStyle:
    """An American college's alumni magazine: a department from a pool, the issue the story
    is from (three a year: a wording per issue), "By" with the writer and a class year from a
    pool, a photography credit and "More from this issue:" mid-body, the Class Notes
    deadline of the next issue (a wording per issue), a notice reworded for going paperless
    in 2016 and turned by Reunion Weekend (virtual in 2020), the fiscal year's end,
    Giving Tuesday and Homecoming, a letters appeal reworded in 2018, the address-change
    line, the publisher and copyright line, a rare correction."""
    return PublisherStyle(
        domain="ashgrove.edu", site="Ashgrove Magazine", base_size=55,
        subdomains=(("magazine.", 85), ("www.", 15)),
        sections=("features", "campus", "alumni", "class-notes", "research"),
        n_authors=5, url_path="/magazine/{section}/{slug}",
        pools={
            "department": ("Features", "On Campus", "Alumni Profiles", "Class Notes",
                           "In Memoriam", "Research"),
            "classyear": ("'88", "'94", "'01", "'07", "'12", "'16"),
        },
        families=(
            _f("department", HEADER, 0.5, (_OLD, "{department}")),
            _f("issue", HEADER, 0.55, *_by_day(
                lambda day: "From the {} {} issue".format(*issue_season(day)))),
            _f("byline", HEADER, 0.6, (_OLD, "By {author} {classyear}")),
            _f("photography", MIDDLE, 0.3, (_OLD, "Photography by {author2}")),
            _f("more", MIDDLE, 0.3, (_OLD, "More from this issue: {other_title}")),
            _f("deadline", FOOTER, 0.15, *_by_day(_ag_deadline)),
            _f("notice", FOOTER, 0.3, *_ag_notice()),
            _f("letters", FOOTER, 0.2,
               (_OLD, "We welcome your letters: magazine@ashgrove.edu or Ashgrove Magazine, 200 "
                      "College Street."),
               (AG_LETTERS.isoformat(), "Write to us! Letters may be edited for length and "
                                        "clarity: magazine@ashgrove.edu")),
            _f("address", FOOTER, 0.15, (_OLD, "Address changes: Alumni Records, (555) "
                                               "010-2200")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ashgrove College. Ashgrove Magazine "
                                                 "is published three times a year by the "
                                                 "Office of Communications.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: our last issue misidentified a "
                                                  "member of the Class of 1971 in a photo "
                                                  "caption.")),
        ),
    )


# --- an American university press's blog --------------------------------------------------

LP_REDESIGN = dt.date(2019, 11, 11)  # relaunched in University Press Week 2019
LP_PODCAST = dt.date(2018, 2, 5)
LP_HOME = dt.date(2020, 3, 23)
AHA_MEETINGS = (("2015-01-02", "2015-01-05", "New York", 412),
                ("2016-01-07", "2016-01-10", "Atlanta", 305),
                ("2017-01-05", "2017-01-08", "Denver", 218),
                ("2018-01-04", "2018-01-07", "Washington, DC", 509),
                ("2019-01-03", "2019-01-06", "Chicago", 322),
                ("2020-01-03", "2020-01-06", "New York", 414))
UP_WEEKS = (("2015-11-08", "2015-11-14"), ("2016-11-06", "2016-11-12"),
            ("2017-11-05", "2017-11-11"), ("2018-11-11", "2018-11-17"),
            ("2019-11-10", "2019-11-16"), ("2020-11-09", "2020-11-13"))


def _lp_posted(day: dt.date) -> str:
    if day < LP_REDESIGN:
        return f"Posted on {md(day)}, {day.year} by {{author}}"
    return f"{md(day)}, {day.year} · {{author}}, {{author_beat}}"


def _lp_discount(day: dt.date) -> str:
    if day >= LP_HOME:
        return "Reading at home? Save 40% on every title with code READ40 through December 31."
    return f"Save 30% on this title with promo code LUP{day.year % 100} at larkspurpress.org."


@cache
def _lp_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for our e-newsletter for new releases and exclusive "
                         "discounts."),
                  (LP_PODCAST.isoformat(), "Listen to Larkspur Conversations, our author "
                                           "podcast, wherever you get your podcasts."))
    meetings = [(iso_day(first, -10), iso_day(last, 1),
                 f"At the AHA annual meeting in {city}? Visit us at booth {booth}.")
                for first, last, city, booth in AHA_MEETINGS]
    meetings.append((dt.date(2021, 1, 1), None, "The AHA annual meeting is virtual this year: "
                                                "visit our online exhibit."))
    weeks = [_span(first, last, f"It's #UPWeek {first[:4]}: celebrating university presses "
                                f"all week.") for first, last in UP_WEEKS]
    return _calendar(base, meetings, weeks)


def larkspur_style() -> PublisherStyle:
    """An American university press's blog: a category from a pool, "Posted on" with the
    long date and the writer turned the date, the writer and the role in University Press
    Week 2019 (a wording per day), the discount code of each year (turned by the pandemic's
    40% offer), "You may also like:" and a book line from a pool mid-body, a notice
    reworded for a podcast in 2018 and turned by the American Historical Association's
    meetings (city and booth, virtual in 2021) and University Press Week, the tags, a
    comments-closed line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="larkspurpress.org", site="Larkspur University Press", base_size=40,
        subdomains=(("blog.", 100),),
        sections=("author-interviews", "history", "politics", "science", "literature"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "category": ("Author Interviews", "History", "Politics", "Science", "Literature",
                         "Events"),
            "beat": ("Publicity Manager", "Acquisitions Editor", "Marketing Assistant",
                     "Director", "Digital Publishing Manager"),
            "book": ("The River Between Empires", "Counting the Commons", "A Grammar of Dust",
                     "Harbor Towns", "The Ledger and the Loom"),
            "tags": ("history", "politics", "new books", "author interview", "open access",
                     "awards"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("posted", HEADER, 0.85, *_by_day(_lp_posted)),
            _f("discount", FOOTER, 0.3, *_by_day(_lp_discount)),
            _f("also", MIDDLE, 0.3, (_OLD, "You may also like: {other_title}")),
            _f("book", MIDDLE, 0.25, (_OLD, "{book} is available now in paperback and "
                                            "ebook.")),
            _f("notice", FOOTER, 0.3, *_lp_notice()),
            _f("tags", FOOTER, 0.4, (_OLD, "Tagged: {tags_list}")),
            _f("comments", FOOTER, 0.3, (_OLD, "Comments are closed.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Larkspur University Press. All "
                                                "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this post originally gave the "
                                                  "wrong publication date for the paperback.")),
        ),
    )


# --- a Spanish secondary school's blog ----------------------------------------------------

IR_REDESIGN = dt.date(2019, 9, 9)  # moved to a new blog theme for the 2019-20 course


def _ir_dated(day: dt.date) -> str:
    if day < IR_REDESIGN:
        return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return f"Publicado el {day.day} {MESES[day.month - 1]}, {day.year}"


@cache
def _ir_aviso() -> Wordings:
    base = _steps((_OLD, "Horario de Secretaría: de lunes a viernes, de 9:00 a 14:00"))
    covid = [_span("2020-05-19", "2020-06-05", "Admisión para el curso 2020-2021: solicitudes "
                                               "del 19 de mayo al 5 de junio, por vía "
                                               "telemática"),
             _span("2020-03-11", "2020-06-19", "Suspendida la actividad lectiva presencial: "
                                               "seguimos en contacto por el aula virtual")]
    admision = [_span(f"{y}-04-20", f"{y}-05-08", f"Plazo de solicitud de admisión para el "
                                                  f"curso {y}-{y + 1}: del 20 de abril al 8 "
                                                  f"de mayo") for y in YEARS]
    navidad = _yearly("12-23", 3, 15, lambda y: f"Vacaciones de Navidad: las clases se "
                                                f"reanudan el 8 de enero de {y + 1}",
                      years=range(2014, 2021))
    semana_santa = _movable(easter, 9, 1, lambda y: (
        f"Vacaciones de Semana Santa {_es_range(easter(y) - 4 * ONE, easter(y) + ONE)}"))
    return _calendar(base, covid, admision, navidad, semana_santa)


def rioalberche_style() -> PublisherStyle:
    """A Spanish secondary school's blog: the blog's date header with the weekday turned
    "Publicado el" on a new theme for the 2019-20 course (a wording per day), "Más
    información" mid-body, a notice turned by the admissions window (moved online in 2020),
    Christmas, Holy Week and the 2020 closure, "Publicado por" with the time, the labels,
    the blog platform's comment lines (a block) and its navigation and feed lines, shared by
    the sister sites, a rare correction."""
    return PublisherStyle(
        domain="iesrioalberche.es", site="IES Río Alberche", base_size=30,
        subdomains=(("www.", 100),),
        sections=("noticias", "jefatura", "orientacion", "extraescolares"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}.html",
        pools={"etiquetas": ("Jefatura de Estudios", "Orientación", "Actividades "
                             "extraescolares", "Biblioteca", "Bachillerato", "ESO", "AMPA")},
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_ir_dated)),
            _f("informacion", MIDDLE, 0.15, (_OLD, "Más información en el tablón de anuncios "
                                                   "del centro.")),
            _f("aviso", HEADER, 0.25, *_ir_aviso()),
            _f("publicado-por", FOOTER, 0.7, (_OLD, "Publicado por {author} en {time}")),
            _f("etiquetas", FOOTER, 0.5, (_OLD, "Etiquetas: {etiquetas_list}")),
            _f("sin-comentarios", FOOTER, 0.45, (_OLD, "No hay comentarios:")),
            _f("publicar-comentario", FOOTER, 0.45, (_OLD, "Publicar un comentario")),
            _f("navegacion", FOOTER, 0.4, (_OLD, "Entrada más reciente Entrada antigua Página "
                                                 "principal")),
            _f("suscribirse", FOOTER, 0.3, (_OLD, "Suscribirse a: Enviar comentarios (Atom)")),
            _f("correccion", HEADER, 0.04, (_OLD, "Corrección: la reunión de familias es el "
                                                  "jueves, no el miércoles.")),
        ),
    )


def heldout131_styles() -> list[PublisherStyle]:
    """The held-back-131 styles, in the order the generator hands them to publishers."""
    return [
        quadrangle_style(), saltmarsh_style(), lindenhain_style(), almenara_style(),
        dijkblad_style(), wakaba_style(), crayonrouge_style(), kaskada_style(),
        maplehollow_style(), ashgrove_style(), larkspur_style(), rioalberche_style(),
    ]
