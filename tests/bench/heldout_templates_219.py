"""The ``held-back-219`` template set of the planted-real benchmark.

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
"ENDS", "###" or a provider-code line. The publishers are the news offices of universities and
research institutes in English (UK, US, Australia), German, Italian, Chinese (simplified and
traditional), Portuguese (Brazil and Portugal) and Hebrew: a British university's news centre,
a German university's press office, an Italian university's press office, a Chinese
university's news site, a Brazilian federal university's news portal, an Israeli university's
spokesperson's pages (in Hebrew), an American ocean-science institute's newsroom, a
Portuguese university's news pages, an Italian lagoon-research institute's press releases, a
Taiwanese national university's news (with the Minguo year), an Australian university's
newsroom and a German research centre's press information. The families are the kinds a
crawl of such sites holds: dates localised day by day in English, German, Italian, Chinese
(the Minguo year turned the Gregorian one), Portuguese (month names capitalised as before the
spelling reform, lowercase after a redesign) and Hebrew, several changing form on the day of a
redesign; embargo lines worded for the day of publication and for the week's journal day
(Science's Thursday, Nature's Wednesday, with summer and winter time); press-release numbers
that count up through each year; press-office and media-contact lines, "ENDS", "###",
notes to editors with the year's ranking, about lines with staff numbers by year; funding
acknowledgements from pools of funders, grants and project codes, reworded when the research
councils became UKRI, when Italy's ministry was split, when Portugal's unit funding codes
changed and when the Excellence Strategy's clusters began; tuition and fee lines by academic
year (English fees, German semester contributions, Italy's no-tax area, Chinese and Taiwanese
fees, Brazil's Enem fee, Israeli tuition with the Hebrew year, Portuguese propinas, Australian
student contributions); notices that follow the academic calendars (open days, Clearing and A
level results days, UCAS deadlines, graduations, Girls'Day, application deadlines, Italy's
medical admissions test and 5 per mille season, gaokao admissions and university
anniversaries counted by year, Enem and Sisu, the 2015 Brazilian strike, Pesach and Rosh
Hashana with the Hebrew year, Giving Tuesday and World Oceans Day, Portugal's national access
competition, the European Researchers' Night, Venice's 2019 flood, O-Week and Cyclone Debbie,
the 2020 pandemic); photo credits, related links (some up to two times) and multimedia lines
mid-body; footer link rows reworded for data-protection and accessibility rules, multi-line
blocks (ENDS, notes, contacts, copyright), bare lines and families in only 4% of articles
beside ones in nearly all. The hard negatives (statements quoted in several articles,
syndicated copies, stock sentences) are the generator's.
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
    iso_day,
    last_weekday,
    nth_weekday,
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
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS_BR = ("Segunda", "Terça", "Quarta", "Quinta", "Sexta", "Sábado", "Domingo")
HODASHIM = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
            "אוקטובר", "נובמבר", "דצמבר")
YAMIM = ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון")
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")

# --- helpers of this set ------------------------------------------------------------------


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) on or after `day`: a journal's weekly embargo day."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def summer_time(day: dt.date) -> bool:
    """Whether European (and British) summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def us_daylight(day: dt.date) -> bool:
    """Whether US daylight saving time is in force on `day` (second Sunday of March to the
    first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def academic_year(day: dt.date, first_month: int) -> int:
    """The first calendar year of the academic year `day` falls in (years start on the
    first of `first_month`)."""
    return day.year if day.month >= first_month else day.year - 1


def minguo(y: int) -> int:
    """The Minguo (Republic of China) year Taiwanese sites print."""
    return y - 1911


def release_number(day: dt.date) -> int:
    """A press office's running number on `day`: about 230 releases a year, from 1 in
    January."""
    return day.timetuple().tm_yday * 230 // 366 + 1


# --- a British university's news centre ---------------------------------------------------

WX_REDESIGN = dt.date(2018, 9, 24)  # relaunched on the first day of the 2018-19 teaching year
WX_UKRI = dt.date(2018, 4, 1)  # the research councils became part of UK Research and Innovation
WX_PRESS = dt.date(2017, 1, 9)
RESULTS_DAYS = {2015: "2015-08-13", 2016: "2016-08-18", 2017: "2017-08-17",
                2018: "2018-08-16", 2019: "2019-08-15", 2020: "2020-08-13"}
UK_FEES = (("2014-09-01", ("2015/16", "£9,000")), ("2015-09-01", ("2016/17", "£9,000")),
           ("2016-09-01", ("2017/18", "£9,250")), ("2017-09-01", ("2018/19", "£9,250")),
           ("2018-09-01", ("2019/20", "£9,250")), ("2019-09-01", ("2020/21", "£9,250")),
           ("2020-09-01", ("2021/22", "£9,250")))
QS_RANKS = (("2014-09-16", "151st"), ("2015-09-15", "148th"), ("2016-09-06", "139th"),
            ("2017-06-08", "141st"), ("2018-06-06", "133rd"), ("2019-06-19", "128th"),
            ("2020-06-10", "131st"))


def wx_open_days(y: int) -> tuple[dt.date, dt.date, dt.date]:
    """The summer open days (the Friday and Saturday at the end of June) and the autumn one
    (the second Saturday of September)."""
    saturday = last_weekday(y, 6, 5)
    return saturday - ONE, saturday, nth_weekday(y, 9, 5, 2)


def wx_graduation(y: int) -> dt.date:
    """The Monday of summer graduation week (the second Monday of July)."""
    return nth_weekday(y, 7, 0, 2)


def _wx_dated(day: dt.date) -> str:
    if day < WX_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · "
            f"{{read_min}} min read")


def _wx_embargo(day: dt.date) -> str:
    zone = "BST" if summer_time(day) else "GMT"
    return (f"EMBARGOED UNTIL 00:01 {zone} ON {WEEKDAYS[day.weekday()].upper()} {day.day} "
            f"{MONTHS[day.month - 1].upper()} {day.year}")


def _wx_fees(value: tuple[str, str]) -> str:
    entry, fee = value
    return (f"Tuition fees for Home and EU undergraduates starting in {entry}: {fee} a year.")


@cache
def _wx_study() -> Wordings:
    base = _steps((_OLD, "Find out more about studying with us: wrexford.ac.uk/study"),
                  ("2017-02-01", "🎓 Thinking about university? Explore our degrees and "
                                 "book a campus tour"))
    open_days: list[Event] = []
    for y in YEARS:
        friday, saturday, autumn = wx_open_days(y)
        where = "online" if y == 2020 else "on campus"
        open_days.append((friday - 21 * ONE, saturday + ONE,
                          f"Open days {friday.day} and {saturday.day} June {y}: join us "
                          f"{where} and book your place"))
        open_days.append((autumn - 14 * ONE, autumn + ONE,
                          f"Autumn open day, Saturday {autumn.day} September {y}: book your "
                          f"place"))
    clearing = [(iso_day(day) - ONE, iso_day(day) + 15 * ONE,
                 f"Clearing {y} is open: call our hotline on 0800 028 4420")
                for y, day in RESULTS_DAYS.items()]
    graduation = [(wx_graduation(y) - 3 * ONE, wx_graduation(y) + 5 * ONE,
                   f"Congratulations to the Class of {y}! Watch the summer graduation "
                   f"ceremonies live") for y in range(2015, 2020)]
    graduation.append(_span("2020-07-01", "2020-07-31", "Summer graduation 2020 is postponed: "
                                                        "we will celebrate with you when it is "
                                                        "safe"))
    ucas = [(dt.date(y, 1, 2), dt.date(y, 1, 16 if y < 2021 else 30),
             f"UCAS deadline {15 if y < 2021 else 29} January {y}: there is still time to "
             f"apply") for y in range(2015, 2022)]
    covid = [_span("2020-03-16", "2020-09-30", "Coronavirus (COVID-19): the latest guidance "
                                               "for students, staff and visitors")]
    return _calendar(base, open_days, clearing, graduation, ucas, covid)


def wrexford_style() -> PublisherStyle:
    """A British university's news centre: a topic from a pool, "Posted on" with the long
    date turned the weekday, the date and the reading time on the first day of the 2018
    teaching year (a wording per day), "By" turned the writer with the press office, an
    embargo line worded for the day (00:01 in British summer or winter time), a picture
    credit from a pool, "Related story:" up to twice mid-body, a funding line from pools of
    research councils and charities reworded when the councils became UKRI, a study appeal
    reworded and turned by the open days (online in 2020), Clearing after each A level
    results day, summer graduation (postponed in 2020), the UCAS deadline (extended in 2021)
    and the pandemic, the year's home undergraduate fee (for the next year's entry, each
    September), "ENDS", the notes to editors with the year's world ranking (each June or
    September), the press-office line reworded and the company line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="wrexford.ac.uk", site="University of Wrexford", base_size=250,
        subdomains=(("www.", 85), ("news.", 15)),
        sections=("research", "health", "engineering", "humanities", "students", "business"),
        n_authors=9, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "topic": ("Research", "Health and medicine", "Engineering", "Arts and humanities",
                      "Student life", "Business and enterprise", "Awards and honours"),
            "credit": ("University of Wrexford / Ellis Marr", "Wrexford Medical School",
                       "Getty Images", "Science Photo Library", "the research team"),
            "council": ("Engineering and Physical Sciences Research Council (EPSRC)",
                        "Medical Research Council (MRC)",
                        "Natural Environment Research Council (NERC)",
                        "Economic and Social Research Council (ESRC)",
                        "Biotechnology and Biological Sciences Research Council (BBSRC)"),
            "charity": ("Wellcome Trust", "Leverhulme Trust", "British Heart Foundation",
                        "Cancer Research UK", "Royal Society"),
        },
        families=(
            _f("topic", HEADER, 0.5, (_OLD, "{topic}")),
            _f("dated", HEADER, 0.92, *_by_day(_wx_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (WX_REDESIGN.isoformat(), "{author}, Press Office")),
            _f("embargo", HEADER, 0.12, *_by_day(_wx_embargo)),
            _f("credit", MIDDLE, 0.3, (_OLD, "Picture credit: {credit}")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related story: {other_title}"), count=2),
            _f("funding", FOOTER, 0.3,
               (_OLD, "The research was funded by the {council} and the {charity}."),
               (WX_UKRI.isoformat(), "The study was funded by the {council}, part of UK "
                                     "Research and Innovation, and the {charity}.")),
            _f("study", FOOTER, 0.3, *_wx_study()),
            _f("fees", FOOTER, 0.15, *from_table(UK_FEES, _wx_fees)),
            _f("ends", FOOTER, 0.5, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.45, *from_table(QS_RANKS, lambda rank: (
                f"Notes to editors: the University of Wrexford is ranked {rank} in the world "
                f"in the QS World University Rankings and is home to 27,000 students."))),
            _f("press", FOOTER, 0.45,
               (_OLD, "For further information please contact the press office on 01632 "
                      "960412 or email press@wrexford.ac.uk"),
               (WX_PRESS.isoformat(), "Media enquiries: Press Office, +44 (0)1632 960412 "
                                      "(out of hours 07700 900735), press@wrexford.ac.uk")),
            _f("company", FOOTER, 0.25, (_OLD, "University of Wrexford, Wrexford WR4 7AL. A "
                                               "registered charity, no. 1147306.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong name for the research "
                                                  "group.")),
        ),
    )


# --- a German university's press office ---------------------------------------------------

HF_REDESIGN = dt.date(2017, 10, 2)  # relaunched at the start of the winter semester 2017/18
HF_DSGVO = dt.date(2018, 5, 25)
HF_BARRIEREFREI = dt.date(2020, 9, 23)
HF_EXZELLENZ = dt.date(2019, 1, 1)  # the Excellence Strategy's clusters began
GIRLS_DAY = {2015: "2015-04-23", 2016: "2016-04-28", 2017: "2017-04-27", 2018: "2018-04-26",
             2019: "2019-03-28"}  # 2020's, on 26 March, was cancelled
SEMESTERBEITRAG = (("2014-12-01", ("Sommersemester 2015", "262,84")),
                   ("2015-06-01", ("Wintersemester 2015/16", "268,34")),
                   ("2015-12-01", ("Sommersemester 2016", "268,34")),
                   ("2016-06-01", ("Wintersemester 2016/17", "281,10")),
                   ("2016-12-01", ("Sommersemester 2017", "281,10")),
                   ("2017-06-01", ("Wintersemester 2017/18", "290,70")),
                   ("2017-12-01", ("Sommersemester 2018", "290,70")),
                   ("2018-06-01", ("Wintersemester 2018/19", "301,20")),
                   ("2018-12-01", ("Sommersemester 2019", "301,20")),
                   ("2019-06-01", ("Wintersemester 2019/20", "310,60")),
                   ("2019-12-01", ("Sommersemester 2020", "310,60")),
                   ("2020-06-01", ("Wintersemester 2020/21", "310,60")),
                   ("2020-12-01", ("Sommersemester 2021", "318,40")))


def hochschulinfotag(y: int) -> dt.date:
    """The university's information day for school pupils: the second Wednesday of
    November."""
    return nth_weekday(y, 11, 2, 2)


def _hf_nummer(day: dt.date) -> str:
    return f"Pressemitteilung Nr. {release_number(day)}/{day.year}"


def _hf_datum(day: dt.date) -> str:
    if day < HF_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Veröffentlicht am {day.day}. {MONATE[day.month - 1]} {day.year} | Lesezeit: " \
           f"{{read_min}} Min."


def _hf_sperrfrist(day: dt.date) -> str:
    return (f"SPERRFRIST: {WOCHENTAGE[day.weekday()]}, {day.day:02d}.{day.month:02d}."
            f"{day.year}, 15:00 Uhr")


def _hf_beitrag(value: tuple[str, str]) -> str:
    semester, euro = value
    return f"Semesterbeitrag für das {semester}: {euro} Euro (inklusive Semesterticket)"


@cache
def _hf_hinweis() -> Wordings:
    base = _steps((_OLD, "Neuigkeiten aus der Universität Hohenfels: jetzt den Newsletter "
                         "abonnieren"),
                  (HF_REDESIGN.isoformat(), "📬 Der Uni-Newsletter: einmal im Monat das "
                                            "Wichtigste aus Forschung und Studium"))
    girls = [(iso_day(day) - 10 * ONE, iso_day(day) + ONE,
              f"Girls'Day am {iso_day(day).day}. {MONATE[iso_day(day).month - 1]} {y}: "
              f"Schülerinnen entdecken MINT-Berufe an der Uni") for y, day in GIRLS_DAY.items()]
    hit = [(hochschulinfotag(y) - 14 * ONE, hochschulinfotag(y) + ONE,
            f"Hochschulinformationstag am {hochschulinfotag(y).day}. November {y}: "
            f"Schnupperstudium für Schülerinnen und Schüler") for y in range(2015, 2020)]
    bewerbung = [(dt.date(y, 7, 1), dt.date(y, 7, 16),
                  f"Bewerbungsschluss 15. Juli {y}: jetzt online bewerben")
                 for y in range(2015, 2020)]
    bewerbung.append(_span("2020-07-01", "2020-08-20", "Bewerbungsschluss verschoben: "
                                                       "Bewerbungen bis 20. August 2020 "
                                                       "möglich"))
    corona = [_span("2020-03-16", "2020-06-30", "Coronavirus: Das Sommersemester 2020 findet "
                                                "digital statt"),
              _span("2020-11-02", "2021-01-31", "Wintersemester 2020/21: Lehre überwiegend "
                                                "digital, Bibliothek nur mit Termin")]
    return _calendar(base, bewerbung, corona, girls, hit)


def hohenfels_style() -> PublisherStyle:
    """A German university's press office: the release number counting up through each
    year (a wording every day or two), the numeric date turned "Veröffentlicht am" with the
    long date and the reading time at the start of the 2017/18 winter semester (a wording per
    day), a rare embargo line worded for the day, "Von", a photo credit from a pool and
    "Das könnte Sie auch interessieren:" mid-body, a funding line from a pool of
    collaborative research centres reworded for the Excellence Strategy in 2019, the
    original publication from a pool of journals, the scientific contact with institutes
    from a pool and the press contact (a block), the semester contribution (changing for
    each semester), a newsletter line reworded and turned by the application deadline
    (moved in 2020), the pandemic semesters, Girls'Day and the information day, a footer
    link row reworded for the GDPR and the accessibility rules, a rare correction."""
    return PublisherStyle(
        domain="uni-hohenfels.de", site="Universität Hohenfels", base_size=220,
        subdomains=(("www.", 100),),
        sections=("forschung", "studium", "campus", "personalia", "transfer"),
        n_authors=6, url_path="/presse/meldungen/{slug}",
        pools={
            "foto": ("Universität Hohenfels / Jonas Brehm", "Pressestelle der Universität",
                     "privat", "Colourbox", "Universität Hohenfels"),
            "sfb": ("SFB 1287 „Grenzflächen in Bewegung“", "SFB/TRR 214 „Quantenmaterie“",
                    "Graduiertenkolleg 2563", "SFB 1342 „Zelluläre Signalnetze“"),
            "journal": ("Nature Communications", "Physical Review Letters", "PNAS",
                        "Angewandte Chemie", "The Lancet", "Science Advances"),
            "institut": ("Institut für Physikalische Chemie", "Institut für Ökologie",
                         "Seminar für Alte Geschichte", "Institut für Informatik",
                         "Klinik für Neurologie"),
        },
        families=(
            _f("nummer", HEADER, 0.6, *_by_day(_hf_nummer)),
            _f("datum", HEADER, 0.88, *_by_day(_hf_datum)),
            _f("sperrfrist", HEADER, 0.06, *_by_day(_hf_sperrfrist)),
            _f("autor", HEADER, 0.45, (_OLD, "Von {author}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("auch", MIDDLE, 0.3, (_OLD, "Das könnte Sie auch interessieren: "
                                           "{other_title}")),
            _f("foerderung", FOOTER, 0.25,
               (_OLD, "Die Deutsche Forschungsgemeinschaft (DFG) fördert die Arbeiten im "
                      "Rahmen des {sfb}."),
               (HF_EXZELLENZ.isoformat(), "Die Arbeiten werden im Rahmen der "
                                          "Exzellenzstrategie des Bundes und der Länder "
                                          "sowie im {sfb} von der DFG gefördert.")),
            _f("publikation", FOOTER, 0.3, (_OLD, "Originalpublikation: {author2} et al., "
                                                  "{journal} ({year}), DOI: "
                                                  "10.1038/s41467-0{n}")),
            _f("ansprechpartner", FOOTER, 0.4, (_OLD, "Wissenschaftlicher Ansprechpartner: "
                                                      "Prof. Dr. {author2}, {institut}")),
            _f("kontakt", FOOTER, 0.45, (_OLD, "Pressekontakt: Presse- und "
                                               "Öffentlichkeitsarbeit der Universität "
                                               "Hohenfels, Tel. 05551 39-4410, "
                                               "presse@uni-hohenfels.de")),
            _f("beitrag", FOOTER, 0.12, *from_table(SEMESTERBEITRAG, _hf_beitrag)),
            _f("hinweis", FOOTER, 0.3, *_hf_hinweis()),
            _f("links", FOOTER, 0.35, (_OLD, "Impressum · Datenschutz · Kontakt"),
               (HF_DSGVO.isoformat(), "Impressum · Datenschutzerklärung · Kontakt"),
               (HF_BARRIEREFREI.isoformat(), "Impressum · Datenschutzerklärung · "
                                             "Barrierefreiheit · Kontakt")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war "
                                                 "der Name des Instituts falsch angegeben.")),
        ),
    )


# --- an Italian university's press office -------------------------------------------------

CV_REDESIGN = dt.date(2017, 11, 6)
CV_MUR = dt.date(2020, 1, 10)  # the ministry of education, universities and research split
NO_TAX_AREA = (("2014-08-01", ("2014/2015", "")), ("2015-08-01", ("2015/2016", "")),
               ("2016-08-01", ("2016/2017", "")), ("2017-08-01", ("2017/2018", "13.000")),
               ("2018-08-01", ("2018/2019", "13.000")), ("2019-08-01", ("2019/2020", "13.000")),
               ("2020-08-01", ("2020/2021", "20.000")))
MEDICINA = {2015: "2015-04-14", 2016: "2016-09-06", 2017: "2017-09-05", 2018: "2018-09-04",
            2019: "2019-09-03", 2020: "2020-09-03"}
DICHIARAZIONE = {2015: "2015-07-07", 2016: "2016-07-07", 2017: "2017-07-24",
                 2018: "2018-07-23", 2019: "2019-07-23", 2020: "2020-09-30"}


def _cv_data(day: dt.date) -> str:
    if day < CV_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Pubblicato il {GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} "
            f"{day.year}")


def _cv_tasse(value: tuple[str, str]) -> str:
    anno, soglia = value
    if not soglia:
        return (f"Tasse e contributi a.a. {anno}: importi per fasce ISEE nel regolamento "
                f"di Ateneo")
    return (f"Tasse e contributi a.a. {anno}: esonero totale (no tax area) con ISEE fino a "
            f"{soglia} euro")


@cache
def _cv_avviso() -> Wordings:
    base = _steps((_OLD, "Segui l'Ateneo su Facebook, Twitter e YouTube"),
                  ("2018-02-01", "Seguici su Instagram: @unicastelvecchio"))
    cinque = [(dt.date(y, 5, 1), iso_day(DICHIARAZIONE[y], 1),
               f"5 per mille {y}: firma per la ricerca del nostro Ateneo, "
               f"codice fiscale 80001230451 (entro il {iso_day(DICHIARAZIONE[y]).day} "
               f"{MESI[iso_day(DICHIARAZIONE[y]).month - 1]})") for y in YEARS]
    test = [(iso_day(day) - 14 * ONE, iso_day(day, 1),
             f"Test di ammissione a Medicina e Chirurgia {y}: {iso_day(day).day} "
             f"{MESI[iso_day(day).month - 1]}, ore 11") for y, day in MEDICINA.items()]
    open_day = [(nth_weekday(y, 3, 5, 3) - 10 * ONE, nth_weekday(y, 3, 5, 3) + ONE,
                 f"Open Day {y}: sabato {nth_weekday(y, 3, 5, 3).day} marzo al Polo didattico "
                 f"di San Martino") for y in range(2015, 2020)]
    covid = [_span("2020-03-05", "2020-04-30", "Emergenza Covid-19: lezioni, esami e sedute di "
                                               "laurea a distanza"),
             _span("2020-11-06", "2021-01-31", "Didattica a distanza fino a nuove disposizioni: "
                                               "le informazioni per gli studenti")]
    return _calendar(base, test, covid, open_day, cinque)


def castelvecchio_style() -> PublisherStyle:
    """An Italian university's press office: "Comunicato stampa", an area from a pool, the
    numeric date turned "Pubblicato il" with the weekday and the long date in November 2017
    (a wording per day), a photo credit from a pool and "Leggi anche:" up to twice mid-body,
    a funding line from a pool of national research calls reworded when the ministry was
    split in 2020, the fees line by academic year with the no-tax area (from 2017/18, raised
    for 2020/21), a social line reworded and turned by the 5 per mille season with each
    year's filing deadline, the medical admissions test (in April 2015, September after),
    the open days and the pandemic, the press-office line and the copyright line with the
    VAT number (a block), a rare correction."""
    return PublisherStyle(
        domain="unicastelvecchio.it", site="Università degli Studi di Castelvecchio",
        base_size=195, subdomains=(("www.", 90), ("magazine.", 10)),
        sections=("ateneo", "ricerca", "didattica", "terza-missione", "eventi"),
        n_authors=4, url_path="/notizie/{slug}",
        pools={
            "area": ("Ateneo", "Ricerca", "Didattica", "Terza missione", "Internazionale",
                     "Eventi"),
            "foto": ("Ufficio Stampa", "Archivio fotografico di Ateneo", "Fabio Lenzi",
                     "Pixabay"),
            "bando": ("PRIN 2015", "PRIN 2017", "FARE", "PRIN 2020", "Dipartimenti di "
                                                                     "eccellenza"),
        },
        families=(
            _f("comunicato", HEADER, 0.45, (_OLD, "Comunicato stampa")),
            _f("area", HEADER, 0.4, (_OLD, "{area}")),
            _f("data", HEADER, 0.85, *_by_day(_cv_data)),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}"), count=2),
            _f("finanziamento", FOOTER, 0.25,
               (_OLD, "La ricerca è finanziata dal Ministero dell'Istruzione, dell'Università "
                      "e della Ricerca (MIUR) nell'ambito del bando {bando}."),
               (CV_MUR.isoformat(), "La ricerca è finanziata dal Ministero dell'Università e "
                                    "della Ricerca (MUR) nell'ambito del bando {bando}.")),
            _f("tasse", FOOTER, 0.15, *from_table(NO_TAX_AREA, _cv_tasse)),
            _f("avviso", FOOTER, 0.3, *_cv_avviso()),
            _f("ufficio", FOOTER, 0.45, (_OLD, "Ufficio Stampa – Università degli Studi di "
                                               "Castelvecchio · tel. 0577 235511 · "
                                               "ufficio.stampa@unicastelvecchio.it")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Università degli Studi di "
                                                 "Castelvecchio · P.IVA 00273530527")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: nella versione precedente era "
                                                 "indicata una data errata.")),
        ),
    )


# --- a Chinese university's news site -----------------------------------------------------

NH_REDESIGN = dt.date(2017, 9, 1)
NH_GONGAN = dt.date(2019, 3, 1)
NH_FOUNDED = 1958  # the anniversary falls on 18 October
NH_FEES = (("2014-06-01", ("2014", "4800")), ("2015-06-01", ("2015", "4800")),
           ("2016-06-01", ("2016", "4800")), ("2017-06-01", ("2017", "4800")),
           ("2018-06-01", ("2018", "5500")), ("2019-06-01", ("2019", "5500")),
           ("2020-06-01", ("2020", "5800")))


def _nh_dated(day: dt.date) -> str:
    if day < NH_REDESIGN:
        return f"发布时间：{day.isoformat()}"
    return f"{day.year}年{day.month:02d}月{day.day:02d}日 {XINGQI[day.weekday()]} {{time}}"


@cache
def _nh_tongzhi() -> Wordings:
    base = _steps((_OLD, "欢迎关注南湖大学官方微信公众号"),
                  ("2018-03-01", "扫码关注“南湖大学”微信公众号、抖音号，获取更多校园资讯"))
    gaokao = [(dt.date(y, 6, 7), dt.date(y, 7, 21),
               f"{y}年本科招生咨询热线：0731-88821234（高考后咨询时间 8:00—22:00）")
              for y in range(2015, 2020)]
    gaokao_2020 = [_span("2020-07-07", "2020-08-10", "2020年本科招生咨询热线：0731-88821234"
                                                     "（高考延期至7月7日至8日）")]
    biye = [(dt.date(y, 6, 20), dt.date(y, 6, 27), f"{y}届本科生毕业典礼暨学位授予仪式网络直播")
            for y in range(2015, 2020)]
    xiaoqing = [(dt.date(y, 10, 8), dt.date(y, 10, 19), f"南湖大学建校{y - NH_FOUNDED}周年，"
                                                        f"欢迎校友回家") for y in YEARS]
    kaixue = [(dt.date(y, 8, 28), dt.date(y, 9, 8), f"欢迎{y}级新同学！迎新网站已开通")
              for y in range(2015, 2020)]
    yiqing = [_span("2020-01-27", "2020-05-31", "疫情防控期间，全体师生未经批准不得提前返校"),
              _span("2020-06-01", "2020-08-27", "返校须知：师生凭健康码、体温正常入校")]
    return _calendar(base, gaokao_2020, yiqing, biye, gaokao, xiaoqing, kaixue)


def nanhu_style() -> PublisherStyle:
    """A Chinese university's news site: a column from a pool, "发布时间：" with the ISO date
    turned the Chinese date, the weekday and the time at the start of the 2017 autumn term (a
    wording per day), the source office from a pool, the view count, the text and photo
    credits from pools, "相关阅读：" mid-body, the funding line with grant numbers from a
    pool, the editor and reviewer line from pools, an admissions and WeChat line turned by
    the gaokao admissions hotline (later in 2020), graduation, the anniversary counted each
    year, the freshmen's arrival and the epidemic, the year's undergraduate fee (from each
    June's admissions brochure), print and close links, the copyright line turned a line with
    the public-security filing in 2019, a rare correction."""
    return PublisherStyle(
        domain="nanhu.edu.cn", site="南湖大学", base_size=150,
        subdomains=(("news.", 100),),
        sections=("xxyw", "kydt", "jxgz", "xywh", "hzjl"),
        n_authors=4, url_path="/info/{n}.htm",
        pools={
            "lanmu": ("学校要闻", "科研动态", "教学工作", "校园文化", "合作交流", "媒体南湖"),
            "laiyuan": ("党委宣传部", "科学技术研究院", "教务处", "研究生院", "国际合作与交流处",
                        "化学化工学院"),
            "wen": ("李晓东", "王静", "陈思远", "刘洋", "张雨涵", "赵峰"),
            "tu": ("党委宣传部", "孙浩", "学院供图", "何文博"),
            "bianji": ("周敏", "吴桐", "郑晓"),
            "shenhe": ("黄建国", "林立"),
            "jijin": ("52075231", "21876102", "41971342", "61933004", "U1832154"),
        },
        families=(
            _f("lanmu", HEADER, 0.45, (_OLD, "{lanmu}")),
            _f("shijian", HEADER, 0.95, *_by_day(_nh_dated)),
            _f("laiyuan", HEADER, 0.6, (_OLD, "来源：{laiyuan}")),
            _f("dianji", HEADER, 0.5, (_OLD, "浏览次数：{count}")),
            _f("wentu", HEADER, 0.45, (_OLD, "文/{wen} 图/{tu}")),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相关阅读：{other_title}")),
            _f("jijin", FOOTER, 0.25, (_OLD, "该研究得到国家自然科学基金（项目编号：{jijin}）"
                                             "和湖南省自然科学基金的资助。")),
            _f("bianji", FOOTER, 0.5, (_OLD, "（编辑：{bianji}  审核：{shenhe}）")),
            _f("tongzhi", FOOTER, 0.25, *_nh_tongzhi()),
            _f("xuefei", FOOTER, 0.1, *from_table(NH_FEES, lambda v: (
                f"{v[0]}年本科普通专业学费标准：{v[1]}元/学年（艺术类专业另行公布）"))),
            _f("dayin", FOOTER, 0.35, (_OLD, "【打印本页】【关闭窗口】")),
            _f("banquan", FOOTER, 0.4,
               (_OLD, "版权所有 © 南湖大学党委宣传部 湘ICP备05001234号"),
               (NH_GONGAN.isoformat(), "版权所有 © 南湖大学 湘ICP备05001234号 "
                                       "湘公网安备43010402000123号")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文一处数据有误，已于发布当日更正。")),
        ),
    )


# --- a Brazilian federal university's news portal -----------------------------------------

VI_REDESIGN = dt.date(2019, 4, 8)  # moved to the federal government's common portal
ENEM = {2015: ("2015-10-24", "2015-10-25"), 2016: ("2016-11-05", "2016-11-06"),
        2017: ("2017-11-05", "2017-11-12"), 2018: ("2018-11-04", "2018-11-11"),
        2019: ("2019-11-03", "2019-11-10"), 2020: ("2021-01-17", "2021-01-24")}
SISU = {2015: ("2015-01-19", "2015-01-22"), 2016: ("2016-01-11", "2016-01-14"),
        2017: ("2017-01-24", "2017-01-27"), 2018: ("2018-01-23", "2018-01-26"),
        2019: ("2019-01-22", "2019-01-25"), 2020: ("2020-01-21", "2020-01-26")}
ENEM_FEES = (("2014-05-12", ("2014", "35")), ("2015-05-25", ("2015", "63")),
             ("2016-05-09", ("2016", "68")), ("2017-05-08", ("2017", "82")),
             ("2018-05-07", ("2018", "82")), ("2019-05-06", ("2019", "85")),
             ("2020-05-11", ("2020", "85")))


def _vi_dated(day: dt.date) -> str:
    if day < VI_REDESIGN:
        mes = MESES[day.month - 1].capitalize()
        return (f"Publicado: {DIAS_BR[day.weekday()]}, {day.day:02d} de {mes} de {day.year}, "
                f"{{time}}")
    return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} às {{time}}"


@cache
def _vi_aviso() -> Wordings:
    base = _steps((_OLD, "Acompanhe a UFVI nas redes sociais"))
    enem = []
    for y, (first, second) in ENEM.items():
        d1, d2 = iso_day(first), iso_day(second)
        enem.append((d1 - 7 * ONE, d2 + ONE, f"Enem {y}: provas em {d1.day} e {d2.day} de "
                                             f"{MESES[d2.month - 1]}. Boa prova!"))
    sisu = [(iso_day(first) - 5 * ONE, iso_day(last, 1),
             f"Sisu {y}: inscrições de {iso_day(first).day} a {iso_day(last).day} de janeiro; "
             f"a UFVI oferta vagas em 62 cursos") for y, (first, last) in SISU.items()]
    greve = [_span("2015-05-28", "2015-10-09", "Greve dos servidores: consulte o calendário "
                                               "acadêmico ajustado")]
    pandemia = [_span("2020-03-17", "2020-08-16", "Covid-19: atividades acadêmicas presenciais "
                                                  "suspensas por tempo indeterminado"),
                _span("2020-08-17", "2021-01-09", "Ensino Remoto Emergencial: confira o "
                                                  "calendário suplementar")]
    return _calendar(base, enem, sisu, greve, pandemia)


def itapoa_style() -> PublisherStyle:
    """A Brazilian federal university's news portal: a category from a pool, "Publicado:" with
    the weekday and the date (its month capitalised) turned "Publicado em" with the numeric date
    when the site moved to the common federal portal in April 2019 (a wording per day), the text
    and photo credits, "Leia também:" up to twice and a photo-gallery line mid-body, a funding
    line with a state foundation from a pool, a notice turned by the Enem days (moved to January
    2021), Sisu's registration, the 2015 strike and the pandemic's suspension and remote
    teaching, the year's Enem fee (from each registration period), the communication office's
    line and the address (a block), the access-to-information row reworded for gov.br, a rare
    errata."""
    return PublisherStyle(
        domain="ufvi.br", site="Universidade Federal do Vale do Itapoã", base_size=130,
        subdomains=(("www.", 60), ("portal.", 40)),
        sections=("noticias", "pesquisa", "extensao", "ensino", "editais"),
        n_authors=5, url_path="/ultimas-noticias/{slug}",
        pools={
            "categoria": ("Notícias", "Pesquisa", "Extensão", "Ensino", "Editais", "Eventos"),
            "foto": ("Ascom/UFVI", "Arquivo UFVI", "Divulgação", "Marcos Paiva/UFVI"),
            "fap": ("Fapemig", "Fapesp", "Faperj", "Fapesb", "Fapergs"),
        },
        families=(
            _f("categoria", HEADER, 0.4, (_OLD, "{categoria}")),
            _f("publicado", HEADER, 0.88, *_by_day(_vi_dated)),
            _f("texto", HEADER, 0.5, (_OLD, "Texto: {author} | Foto: {foto}")),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}"), count=2),
            _f("galeria", MIDDLE, 0.12, (_OLD, "📷 Confira mais fotos na galeria do evento")),
            _f("fomento", FOOTER, 0.2, (_OLD, "A pesquisa contou com apoio do CNPq, da Capes e "
                                              "da {fap}.")),
            _f("aviso", HEADER, 0.25, *_vi_aviso()),
            _f("inscricao", FOOTER, 0.12, *from_table(ENEM_FEES, lambda v: (
                f"Taxa de inscrição do Enem {v[0]}: R$ {v[1]},00 (isenção para concluintes da "
                f"rede pública)"))),
            _f("ascom", FOOTER, 0.45, (_OLD, "Assessoria de Comunicação Social (Ascom) – UFVI "
                                             "· (33) 3529-2700 · imprensa@ufvi.br")),
            _f("endereco", FOOTER, 0.35, (_OLD, "Universidade Federal do Vale do Itapoã – "
                                                "Campus Universitário, Rodovia MG-290, km 12 – "
                                                "CEP 35900-000")),
            _f("transparencia", FOOTER, 0.2,
               (_OLD, "Acesso à Informação · Ouvidoria · Transparência Pública"),
               (VI_REDESIGN.isoformat(), "Acesso à Informação · Ouvidoria · Transparência "
                                         "Pública · gov.br")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a data do evento foi corrigida após a "
                                              "publicação.")),
        ),
    )


# --- an Israeli university's spokesperson's pages (in Hebrew) -----------------------------

SH_REDESIGN = dt.date(2018, 10, 14)  # relaunched on the first day of the year's teaching
ROSH_HASHANA = {2015: "2015-09-14", 2016: "2016-10-03", 2017: "2017-09-21", 2018: "2018-09-10",
                2019: "2019-09-30", 2020: "2020-09-19"}
PESACH = {2015: "2015-04-04", 2016: "2016-04-23", 2017: "2017-04-11", 2018: "2018-03-31",
          2019: "2019-04-20", 2020: "2020-04-09"}
HEBREW_YEARS = {2014: 'תשע"ה', 2015: 'תשע"ו', 2016: 'תשע"ז', 2017: 'תשע"ח', 2018: 'תשע"ט',
                2019: 'תש"ף', 2020: 'תשפ"א'}
SH_TUITION = (("2014-08-01", (2014, "10,288")), ("2015-08-01", (2015, "10,345")),
              ("2016-08-01", (2016, "10,353")), ("2017-08-01", (2017, "10,380")),
              ("2018-08-01", (2018, "10,416")), ("2019-08-01", (2019, "10,468")),
              ("2020-08-01", (2020, "10,490")))


def _sh_dated(day: dt.date) -> str:
    if day < SH_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"יום {YAMIM[day.weekday()]}, {day.day} ב{HODASHIM[day.month - 1]} {day.year}"


def _sh_embargo(day: dt.date) -> str:
    return (f"אמברגו: לא לפרסום לפני יום {YAMIM[day.weekday()]}, {day.day:02d}.{day.month:02d}."
            f"{day.year}, בשעה 18:00")


@cache
def _sh_moed() -> Wordings:
    base = _steps((_OLD, "הירשמו לניוזלטר של אוניברסיטת השרון"))
    pesach = [(iso_day(day) - 5 * ONE, iso_day(day) + 8 * ONE,
               f"חג פסח שמח! משרדי האוניברסיטה סגורים בחול המועד ({HEBREW_YEARS[y - 1]})")
              for y, day in PESACH.items()]
    rosh = [(iso_day(day) - 7 * ONE, iso_day(day) + 2 * ONE,
             f"שנה טובה ומתוקה! ברכות לשנת {HEBREW_YEARS[y]}") for y, day in
            ROSH_HASHANA.items()]
    open_day = [(dt.date(y, 12, 1), dt.date(y, 12, 11),
                 f"יום פתוח לתואר ראשון ושני: {nth_weekday(y, 12, 3, 2).day} בדצמבר {y}, "
                 f"הרשמה באתר") for y in range(2015, 2020)]
    covid = [_span("2020-03-15", "2020-06-30", "בהתאם להנחיות משרד הבריאות, הלימודים מתקיימים "
                                               "בלמידה מרחוק"),
             _span("2020-09-25", "2021-01-31", "הסגר השני: הקמפוס סגור, הלימודים בזום")]
    return _calendar(base, covid, pesach, rosh, open_day)


def sharon_style() -> PublisherStyle:
    """An Israeli university's spokesperson's pages, in Hebrew: "press release", the numeric
    date turned the weekday and the long date on the first teaching day of 2018 (a wording per
    day), a rare embargo line worded for the day, "further reading:", a photo credit from a pool
    and a video line mid-body, a funding line from a pool of foundations, the undergraduate
    tuition for each academic year with its Hebrew year (from each August), a newsletter line
    turned by Pesach, Rosh Hashana with the new Hebrew year, the open days and the pandemic's
    remote teaching and second closure, the spokesperson's line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="usharon.ac.il", site="אוניברסיטת השרון", base_size=110,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("research", "campus", "awards", "community"),
        n_authors=3, url_path="/he/news/{slug}",
        pools={
            "keren": ("הקרן הלאומית למדע (ISF)", "הקרן הדו-לאומית ישראל-ארה\"ב (BSF)",
                      "מועצת המחקר האירופית (ERC)", "משרד המדע והטכנולוגיה"),
            "tzalam": ("דוברות האוניברסיטה", "יונתן בן-דוד", "באדיבות המעבדה", "שאטרסטוק"),
        },
        families=(
            _f("hoda", HEADER, 0.5, (_OLD, "הודעה לעיתונות")),
            _f("taarich", HEADER, 0.85, *_by_day(_sh_dated)),
            _f("embargo", HEADER, 0.08, *_by_day(_sh_embargo)),
            _f("kria", MIDDLE, 0.3, (_OLD, "לקריאה נוספת: {other_title}")),
            _f("tzilum", MIDDLE, 0.25, (_OLD, "צילום: {tzalam}")),
            _f("video", MIDDLE, 0.1, (_OLD, "לצפייה בסרטון המלא בערוץ היוטיוב של האוניברסיטה")),
            _f("mimun", FOOTER, 0.25, (_OLD, "המחקר נתמך על ידי {keren}.")),
            _f("schar", FOOTER, 0.12, *from_table(SH_TUITION, lambda v: (
                f"שכר לימוד לתואר ראשון בשנת הלימודים {HEBREW_YEARS[v[0]]}: {v[1]} ש\"ח"))),
            _f("moed", FOOTER, 0.3, *_sh_moed()),
            _f("dovrut", FOOTER, 0.45, (_OLD, "דוברות אוניברסיטת השרון: 09-7654321, "
                                              "dover@usharon.ac.il")),
            _f("zchuyot", FOOTER, 0.35, (_OLD, "© כל הזכויות שמורות לאוניברסיטת השרון {year}")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: בגרסה קודמת של הידיעה נפלה טעות בשם "
                                             "החוקרת.")),
        ),
    )


# --- an American ocean-science institute's newsroom ---------------------------------------

CO_REDESIGN = dt.date(2017, 7, 10)
CO_FUNDING = dt.date(2019, 1, 1)
CO_STAFF = (("2014-01-01", "640"), ("2015-01-01", "655"), ("2016-01-01", "670"),
            ("2017-01-01", "690"), ("2018-01-01", "700"), ("2019-01-01", "715"),
            ("2020-01-01", "730"))


def _co_dated(day: dt.date) -> str:
    if day < CO_REDESIGN:
        return f"SEATTLE, Wash. — {MONTHS[day.month - 1]} {day.day}, {day.year} —"
    return f"SEATTLE ({MONTHS[day.month - 1]} {day.day}, {day.year}) —"


def _co_embargo(day: dt.date) -> str:
    thursday = on_or_after(day, 3)
    zone = "EDT" if us_daylight(thursday) else "EST"
    return (f"EMBARGOED until Thursday, {MONTHS[thursday.month - 1]} {thursday.day}, "
            f"{thursday.year}, 2 p.m. {zone}")


@cache
def _co_give() -> Wordings:
    base = _steps((_OLD, "Support ocean science: cascadeocean.org/give"),
                  ("2018-01-15", "🌊 Your gift sends students to sea. Donate today at "
                                 "cascadeocean.org/give"))
    giving = [(thanksgiving(y) + 2 * ONE, thanksgiving(y) + 6 * ONE,
               f"#GivingTuesday {y}: every gift to ocean science is matched today")
              for y in YEARS]
    year_end = _yearly("12-31", 16, 0, lambda y: f"Make a tax-deductible gift before December "
                                                 f"31, {y}")
    oceans = _yearly("06-08", 2, 0, lambda y: f"World Oceans Day {y}: take the plunge with our "
                                              f"virtual lab tours")
    covid = [_span("2020-03-16", "2020-07-31", "Our research vessels remain in port during "
                                               "COVID-19; see how we're studying the sea from "
                                               "home")]
    return _calendar(base, covid, giving, year_end, oceans)


def cascade_style() -> PublisherStyle:
    """An American ocean-science institute's newsroom: "NEWS RELEASE", an embargo line to
    Thursday's 2 p.m. in Eastern daylight or standard time (a wording per week), the Seattle
    dateline (its form changed in July 2017, a wording per day), the media contact with the
    writer, a photo credit from a pool and a multimedia line mid-body, a funding line from
    pools of awards reworded in 2019, a link to the paper, a giving line reworded and turned
    by Giving Tuesday, the year-end gift season, World Oceans Day and the pandemic, "###",
    the about line with its staff numbers (each January) and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="cascadeocean.org", site="Cascade Institute for Ocean Science", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "research", "expeditions", "education"),
        n_authors=3, url_path="/news/{yyyy}/{slug}",
        pools={
            "photo": ("Megan Ortiz, CIOS", "CIOS / R/V Halcyon crew", "NOAA",
                      "Courtesy of the researchers", "Dan Kemper © Cascade Institute"),
            "award": ("OCE-1634129", "OCE-1755387", "OPP-1820938", "OCE-1927412",
                      "OCE-2019214"),
        },
        families=(
            _f("release", HEADER, 0.45, (_OLD, "NEWS RELEASE")),
            _f("embargo", HEADER, 0.3, *_by_day(_co_embargo)),
            _f("dateline", HEADER, 0.8, *_by_day(_co_dated)),
            _f("contact", HEADER, 0.4, (_OLD, "Media contact: {author}, Office of "
                                              "Communications, (206) 555-0172")),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("multimedia", MIDDLE, 0.12, (_OLD, "High-resolution images and video are "
                                                  "available for download at "
                                                  "cascadeocean.org/media")),
            _f("funding", FOOTER, 0.35,
               (_OLD, "This work was supported by the National Science Foundation under award "
                      "{award}."),
               (CO_FUNDING.isoformat(), "Funding for this research came from the National "
                                        "Science Foundation (award {award}) and NOAA's Ocean "
                                        "Exploration program.")),
            _f("paper", FOOTER, 0.25, (_OLD, "Read the paper: https://doi.org/10.1126/"
                                             "sciadv.aa{n}")),
            _f("give", FOOTER, 0.2, *_co_give()),
            _f("hash", FOOTER, 0.5, (_OLD, "###")),
            _f("about", FOOTER, 0.45, *from_table(CO_STAFF, lambda staff: (
                f"About the Cascade Institute for Ocean Science: founded in 1968, the "
                f"independent nonprofit institute employs {staff} scientists, engineers and "
                f"staff."))),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Cascade Institute for Ocean "
                                                "Science. All rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release was updated to "
                                                  "correct the depth of the survey.")),
        ),
    )


# --- a Portuguese university's news pages -------------------------------------------------

VS_REDESIGN = dt.date(2018, 9, 17)
VS_FCT_CODES = dt.date(2020, 1, 1)  # the units' strategic funding took new codes
PROPINAS = (("2014-08-01", ("2014/2015", "1063,47")), ("2015-08-01", ("2015/2016", "1063,47")),
            ("2016-08-01", ("2016/2017", "1063,47")), ("2017-08-01", ("2017/2018", "1068,47")),
            ("2018-08-01", ("2018/2019", "1068,47")), ("2019-08-01", ("2019/2020", "871,52")),
            ("2020-08-01", ("2020/2021", "697,00")))
ACESSO = {2015: ("2015-07-20", "2015-08-07"), 2016: ("2016-07-25", "2016-08-08"),
          2017: ("2017-07-24", "2017-08-04"), 2018: ("2018-07-23", "2018-08-06"),
          2019: ("2019-07-22", "2019-08-05"), 2020: ("2020-08-07", "2020-08-23")}


def _vs_dated(day: dt.date) -> str:
    if day < VS_REDESIGN:
        return f"{day.day:02d} {MESES[day.month - 1].capitalize()} {day.year}"
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _vs_candidaturas() -> Wordings:
    base = _steps((_OLD, "Siga a Universidade do Vale do Sado no Facebook e no Instagram"))
    acesso = []
    for y, (first, last) in ACESSO.items():
        d1, d2 = iso_day(first), iso_day(last)
        acesso.append((d1, d2 + ONE, f"Concurso Nacional de Acesso {y}: 1.ª fase de "
                                     f"candidaturas de {d1.day} de {MESES[d1.month - 1]} a "
                                     f"{d2.day} de {MESES[d2.month - 1]}"))
    dia_aberto = [(nth_weekday(y, 4, 2, 3) - 10 * ONE, nth_weekday(y, 4, 2, 3) + ONE,
                   f"Dia Aberto {y}: {nth_weekday(y, 4, 2, 3).day} de abril, inscrições para "
                   f"escolas secundárias") for y in range(2015, 2020)]
    covid = [_span("2020-03-13", "2020-05-31", "Covid-19: atividades letivas presenciais "
                                               "suspensas; o ensino continua a distância")]
    return _calendar(base, covid, acesso, dia_aberto)


def valesado_style() -> PublisherStyle:
    """A Portuguese university's news pages: a category from a pool, the communication
    office's line, the date with its month capitalised turned the lowercase long date in
    September 2018 (a wording per day), "Ler também:" mid-body, the FCT funding line with
    project codes from pools, reworded for the units' new codes in 2020, the year's
    undergraduate tuition (frozen, then cut in 2019 and 2020), a social line turned by the
    national access competition's first phase (late in 2020), the open days and the
    pandemic, the press contact and the copyright line (a block), the cookie line reworded for
    the GDPR, a rare correction."""
    return PublisherStyle(
        domain="uvsado.pt", site="Universidade do Vale do Sado", base_size=70,
        subdomains=(("www.", 100),),
        sections=("investigacao", "ensino", "comunidade", "premios"),
        n_authors=3, url_path="/noticias/{slug}",
        pools={
            "categoria": ("Investigação", "Ensino", "Comunidade", "Prémios", "Internacional"),
            "uid": ("UID/MAR/04292/2013", "UID/AMB/50017/2013", "PTDC/BIA-BMA/30514/2017",
                    "UID/Multi/04046/2013"),
            "uidb": ("UIDB/04292/2020", "UIDB/50017/2020", "UIDP/04046/2020",
                     "PTDC/BIA-BMA/30514/2017"),
        },
        families=(
            _f("categoria", HEADER, 0.4, (_OLD, "{categoria}")),
            _f("gabinete", HEADER, 0.3, (_OLD, "Gabinete de Comunicação e Imagem")),
            _f("data", HEADER, 0.85, *_by_day(_vs_dated)),
            _f("ler", MIDDLE, 0.3, (_OLD, "Ler também: {other_title}")),
            _f("fct", FOOTER, 0.3,
               (_OLD, "Este trabalho foi financiado por fundos nacionais através da FCT – "
                      "Fundação para a Ciência e a Tecnologia, I.P., no âmbito do projeto "
                      "{uid}."),
               (VS_FCT_CODES.isoformat(), "Este trabalho foi financiado por fundos nacionais "
                                          "através da FCT – Fundação para a Ciência e a "
                                          "Tecnologia, I.P., no âmbito do projeto {uidb}.")),
            _f("propinas", FOOTER, 0.15, *from_table(PROPINAS, lambda v: (
                f"Propina anual de licenciatura em {v[0]}: {v[1]} €"))),
            _f("candidaturas", FOOTER, 0.3, *_vs_candidaturas()),
            _f("contacto", FOOTER, 0.4, (_OLD, "Contacto para a imprensa: Gabinete de "
                                               "Comunicação · 265 000 123 · "
                                               "comunicacao@uvsado.pt")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Universidade do Vale do Sado")),
            _f("cookies", FOOTER, 0.15,
               (_OLD, "Este sítio utiliza cookies para melhorar a sua experiência."),
               ("2018-05-25", "Utilizamos cookies de acordo com o Regulamento Geral sobre a "
                              "Proteção de Dados (RGPD). Saiba mais.")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: o nome do projeto foi corrigido.")),
        ),
    )


# --- an Italian lagoon-research institute's press releases --------------------------------

IR_REDESIGN = dt.date(2019, 2, 4)
ACQUA_ALTA = ("2019-11-13", "2019-11-24")


def researchers_night(y: int) -> dt.date:
    """The European Researchers' Night: the last Friday of September (27 November in
    2020)."""
    return dt.date(2020, 11, 27) if y == 2020 else last_weekday(y, 9, 4)


def _ir_data(day: dt.date) -> str:
    if day < IR_REDESIGN:
        return f"Venezia, {day.day} {MESI[day.month - 1]} {day.year}"
    return f"Venezia, {GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}"


def _ir_embargo(day: dt.date) -> str:
    wednesday = on_or_after(day, 2)
    return (f"Sotto embargo fino alle ore 17:00 (ora italiana) di mercoledì {wednesday.day} "
            f"{MESI[wednesday.month - 1]} {wednesday.year}")


@cache
def _ir_notte() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter dell'IRAL"))
    notte = [(researchers_night(y) - 12 * ONE, researchers_night(y) + ONE,
              f"Notte Europea dei Ricercatori {y}: venerdì {researchers_night(y).day} "
              f"{MESI[researchers_night(y).month - 1]} laboratori aperti all'Arsenale")
             for y in YEARS]
    acqua = [_span(*ACQUA_ALTA, "Acqua alta eccezionale: la sede dell'Arsenale resta chiusa al "
                                "pubblico")]
    covid = [_span("2020-03-09", "2020-05-18", "Emergenza Covid-19: il personale lavora in "
                                               "modalità agile, la sede è chiusa")]
    return _calendar(base, acqua, covid, notte)


def iral_style() -> PublisherStyle:
    """An Italian lagoon-research institute's press releases: "COMUNICATO STAMPA", the
    Venice dateline turned the weekday in February 2019 (a wording per day), an embargo line
    to Wednesday's 17:00 (a wording per week), "Nella foto:" from a pool, the Horizon 2020
    acknowledgement with grant numbers from a pool, the article reference, a newsletter line
    turned by the European Researchers' Night (moved in 2020), the November 2019 flood and
    the pandemic, the contact line with the writer and the press office (a block), a rare
    correction."""
    return PublisherStyle(
        domain="iral.it", site="Istituto di Ricerca sulle Acque Lagunari", base_size=55,
        subdomains=(("www.", 100),),
        sections=("comunicati", "ricerca", "eventi"),
        n_authors=2, url_path="/comunicati/{yyyy}/{slug}",
        pools={
            "foto": ("la barena di San Felice durante il campionamento", "il laboratorio "
                     "galleggiante dell'istituto", "una carota di sedimento lagunare",
                     "i ricercatori in laguna nord"),
            "ga": ("641762", "730272", "776848", "820989", "862626"),
            "rivista": ("Nature Geoscience", "Estuarine, Coastal and Shelf Science",
                        "Scientific Reports", "Geophysical Research Letters"),
        },
        families=(
            _f("comunicato", HEADER, 0.5, (_OLD, "COMUNICATO STAMPA")),
            _f("data", HEADER, 0.8, *_by_day(_ir_data)),
            _f("embargo", HEADER, 0.2, *_by_day(_ir_embargo)),
            _f("foto", MIDDLE, 0.2, (_OLD, "Nella foto: {foto}")),
            _f("horizon", FOOTER, 0.3, (_OLD, "Questo progetto ha ricevuto finanziamenti dal "
                                              "programma di ricerca e innovazione Horizon "
                                              "2020 dell'Unione europea (convenzione di "
                                              "sovvenzione n. {ga}).")),
            _f("articolo", FOOTER, 0.25, (_OLD, "L'articolo: {author2} et al., \"{rivista}\", "
                                                "{year}")),
            _f("notte", FOOTER, 0.2, *_ir_notte()),
            _f("referente", FOOTER, 0.4, (_OLD, "Per informazioni: {author}, IRAL, tel. 041 "
                                                "2404711")),
            _f("stampa", FOOTER, 0.4, (_OLD, "Ufficio stampa: stampa@iral.it")),
            _f("correzione", HEADER, 0.04, (_OLD, "Correzione: il nome della rivista è stato "
                                                  "corretto.")),
        ),
    )


# --- a Taiwanese national university's news -----------------------------------------------

XK_REDESIGN = dt.date(2018, 8, 1)  # relaunched at the start of the 107 academic year
XK_FOUNDED = 1987  # the anniversary falls on 11 November


def _xk_dated(day: dt.date) -> str:
    if day < XK_REDESIGN:
        return f"發布日期：{minguo(day.year)}-{day.month:02d}-{day.day:02d}"
    return f"更新日期：{day.year}/{day.month:02d}/{day.day:02d}"


def _xk_fees(day: dt.date) -> str:
    ay = minguo(academic_year(day, 8))
    return f"{ay}學年度學士班學雜費：每學期新臺幣 24,670 元（文、法、商、管理學院）"


@cache
def _xk_gonggao() -> Wordings:
    base = _steps((_OLD, "歡迎按讚追蹤國立溪口大學 Facebook 粉絲專頁"))
    xiaoqing = [(dt.date(y, 10, 28), dt.date(y, 11, 12),
                 f"{y - XK_FOUNDED}週年校慶 11月11日 歡迎校友回娘家") for y in YEARS]
    biye = [(dt.date(y, 6, 1), dt.date(y, 6, 16),
             f"{minguo(y) - 1}學年度畢業典禮 6月{nth_weekday(y, 6, 5, 2).day}日舉行")
            for y in YEARS]
    fangyi = [_span("2020-02-25", "2020-06-30", "防疫期間進入校園請配戴口罩並量測體溫")]
    return _calendar(base, fangyi, biye, xiaoqing)


def xikou_style() -> PublisherStyle:
    """A Taiwanese national university's news: "發布日期：" with the Minguo-year date turned
    "更新日期：" with the Gregorian one at the start of the 107 academic year (a wording per
    day), the issuing office from a pool, the view count, "延伸閱讀：" mid-body, the MOST
    grant line with project numbers from a pool, the fees for the academic year (from each
    August), a Facebook line turned by the anniversary counted each year, graduation with the
    academic year and the epidemic, the news contact and the copyright line (a block), the
    accessibility mark, a rare correction."""
    return PublisherStyle(
        domain="xikou.edu.tw", site="國立溪口大學", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "research", "students"),
        n_authors=2, url_path="/p/406-1000-{n}.php",
        pools={
            "danwei": ("秘書室", "研究發展處", "教務處", "學生事務處", "國際事務處"),
            "jihua": ("MOST 107-2221-E-415-003", "MOST 108-2636-E-415-001",
                      "MOST 106-2410-H-415-012", "MOST 109-2321-B-415-004"),
        },
        families=(
            _f("riqi", HEADER, 0.88, *_by_day(_xk_dated)),
            _f("danwei", HEADER, 0.5, (_OLD, "發布單位：{danwei}")),
            _f("dianyue", HEADER, 0.4, (_OLD, "點閱次數：{count}")),
            _f("yanshen", MIDDLE, 0.25, (_OLD, "延伸閱讀：{other_title}")),
            _f("jihua", FOOTER, 0.2, (_OLD, "本研究獲科技部補助（計畫編號：{jihua}）。")),
            _f("xuezafei", FOOTER, 0.12, *_by_day(_xk_fees)),
            _f("gonggao", FOOTER, 0.3, *_xk_gonggao()),
            _f("lianluo", FOOTER, 0.4, (_OLD, "新聞聯絡人：秘書室公共事務組 電話：(05)271-7000")),
            _f("banquan", FOOTER, 0.35, (_OLD, "Copyright © {year} 國立溪口大學 版權所有")),
            _f("wuzhangai", FOOTER, 0.15, (_OLD, "通過AA檢測等級無障礙網頁檢測")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正啟事：本文計畫主持人姓名已更正。")),
        ),
    )


# --- an Australian university's newsroom -------------------------------------------------

CC_REDESIGN = dt.date(2019, 2, 25)  # relaunched for O-Week 2019
CC_RESPECT = dt.date(2019, 7, 7)  # NAIDOC Week 2019
STUDENT_CONTRIBUTION = (("2014-01-01", ("2014", "6,044", "8,613", "10,085")),
                        ("2015-01-01", ("2015", "6,152", "8,768", "10,266")),
                        ("2016-01-01", ("2016", "6,256", "8,917", "10,440")),
                        ("2017-01-01", ("2017", "6,349", "9,050", "10,596")),
                        ("2018-01-01", ("2018", "6,349", "9,050", "10,596")),
                        ("2019-01-01", ("2019", "6,566", "9,359", "10,958")),
                        ("2020-01-01", ("2020", "6,684", "9,527", "11,155")))


def cc_open_day(y: int) -> dt.date:
    """Open Day: the second Sunday of August."""
    return nth_weekday(y, 8, 6, 2)


def _cc_dated(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"Published {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


@cache
def _cc_events() -> Wordings:
    base = _steps((_OLD, "Keep up with Coral Coast University on Facebook and Instagram"))
    open_days = [(cc_open_day(y) - 14 * ONE, cc_open_day(y) + ONE,
                  f"{'Virtual ' if y == 2020 else ''}Open Day, Sunday {cc_open_day(y).day} "
                  f"August {y}: explore courses, campus tours and scholarships") for y in YEARS]
    oweek = [(last_weekday(y, 2, 0) - 7 * ONE, last_weekday(y, 2, 0) + 5 * ONE,
              f"O-Week {y}: welcome to our new students!") for y in YEARS]
    graduation = [(dt.date(y, 12, 7), dt.date(y, 12, 19),
                   f"Congratulations to our {y} graduates: watch the ceremonies live")
                  for y in YEARS]
    debbie = [_span("2017-03-27", "2017-03-31", "Tropical Cyclone Debbie: all campuses are "
                                                "closed until further notice")]
    covid = [_span("2020-03-23", "2020-07-12", "COVID-19: teaching has moved online; campus "
                                               "services are limited")]
    return _calendar(base, debbie, covid, open_days, oweek, graduation)


def coralcoast_style() -> PublisherStyle:
    """An Australian university's newsroom: a category from a pool, the long date turned
    "Published" with the weekday for O-Week 2019 (a wording per day), "Related:" and a photo
    credit from a pool mid-body, an events line turned by Open Day (virtual in 2020),
    O-Week, the December graduations, Cyclone Debbie and the pandemic, the year's student
    contribution amounts by band (each January), the Acknowledgement of Country reworded for
    NAIDOC Week 2019, the media line and the provider codes (a block), a rare correction."""
    return PublisherStyle(
        domain="coralcoast.edu.au", site="Coral Coast University", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "research", "community"),
        n_authors=2, url_path="/newsroom/{slug}",
        pools={
            "category": ("Research", "Community", "Students", "Indigenous engagement",
                         "Partnerships"),
            "photo": ("Coral Coast University", "Sam Whitford", "supplied"),
        },
        families=(
            _f("category", HEADER, 0.4, (_OLD, "{category}")),
            _f("dated", HEADER, 0.85, *_by_day(_cc_dated)),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("events", FOOTER, 0.25, *_cc_events()),
            _f("contribution", FOOTER, 0.12, *from_table(STUDENT_CONTRIBUTION, lambda v: (
                f"Student contribution amounts {v[0]} (per full-time year): band 1 ${v[1]}, "
                f"band 2 ${v[2]}, band 3 ${v[3]}"))),
            _f("country", FOOTER, 0.4,
               (_OLD, "Coral Coast University acknowledges the Traditional Owners of the lands "
                      "on which our campuses stand."),
               (CC_RESPECT.isoformat(), "Coral Coast University acknowledges the Traditional "
                                        "Custodians of the lands on which we work and learn, "
                                        "and pays respect to Elders past, present and "
                                        "emerging.")),
            _f("media", FOOTER, 0.45, (_OLD, "Media enquiries: Media Office, 07 4781 5000 "
                                             "(after hours 0491 570 110)")),
            _f("cricos", FOOTER, 0.35, (_OLD, "CRICOS Provider Code: 00117J · TEQSA Provider "
                                              "ID: PRV12045")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the name of the grant has been "
                                                  "updated.")),
        ),
    )


# --- a German research centre's press information -----------------------------------------

FM_GENDER = dt.date(2019, 1, 1)
FM_STAFF = (("2014-01-01", "410"), ("2015-01-01", "425"), ("2016-01-01", "440"),
            ("2017-01-01", "460"), ("2018-01-01", "480"), ("2019-01-01", "495"),
            ("2020-01-01", "510"))
FM_OPEN_DAYS = ("2016-09-10", "2018-09-08", "2020-09-12")  # every other year; 2020's online


def _fm_sperrfrist(day: dt.date) -> str:
    wednesday = on_or_after(day, 2)
    zone = "MESZ" if summer_time(wednesday) else "MEZ"
    return (f"Sperrfrist: Mittwoch, {wednesday.day}. {MONATE[wednesday.month - 1]} "
            f"{wednesday.year}, 17:00 Uhr {zone}")


def _fm_ueber(start: str) -> str:
    staff = dict(FM_STAFF)[start]
    if iso_day(start) < FM_GENDER:
        return (f"Das Forschungszentrum Moorland in Husum erforscht Moore, Küsten und Böden und "
                f"beschäftigt rund {staff} Mitarbeiterinnen und Mitarbeiter.")
    return (f"Das Forschungszentrum Moorland in Husum erforscht Moore, Küsten und Böden; rund "
            f"{staff} Beschäftigte arbeiten an drei Standorten.")


@cache
def _fm_hinweis() -> Wordings:
    base = _steps((_OLD, "Folgen Sie uns auf Twitter: @fzmoorland"))
    offen = [(iso_day(day) - 21 * ONE, iso_day(day, 1),
              f"Tag der offenen Tür am {iso_day(day).day}. September {iso_day(day).year}"
              f"{' – diesmal digital' if day.startswith('2020') else ''}")
             for day in FM_OPEN_DAYS]
    moortag = _yearly("06-02", 5, 0, lambda y: f"Weltmoortag {y}: Führungen durch das "
                                               f"Versuchsmoor")
    corona = [_span("2020-03-17", "2020-06-30", "Corona: Das Forschungszentrum ist für "
                                                "Besucher geschlossen")]
    return _calendar(base, corona, offen, moortag)


def moorland_style() -> PublisherStyle:
    """A German research centre's press information: "Presseinformation", the Husum
    dateline with the numeric date (a wording per day), an embargo line to Wednesday's
    17:00 in summer or winter time (a wording per week), the BMBF funding line with project
    codes from a pool, the scientific contact, the press contact and the about line with
    the staff numbers (each January, reworded in gender-neutral German in 2019) (a block), a
    social line turned by the open days every other year (online in 2020), a peatland day
    and the pandemic, a rare correction."""
    return PublisherStyle(
        domain="fz-moorland.de", site="Forschungszentrum Moorland", base_size=25,
        subdomains=(("www.", 100),),
        sections=("presse", "forschung"),
        n_authors=2, url_path="/presse/{yyyy}/{slug}",
        pools={"fkz": ("03F0812A", "01LN1702B", "033W046C", "01LC1825A"),
               "abteilung": ("Abteilung Moorökologie", "Abteilung Küstengeologie",
                             "Arbeitsgruppe Bodenkohlenstoff")},
        families=(
            _f("presseinfo", HEADER, 0.5, (_OLD, "Presseinformation")),
            _f("datum", HEADER, 0.8, *_by_day(
                lambda day: f"Husum, {day.day:02d}.{day.month:02d}.{day.year}")),
            _f("sperrfrist", HEADER, 0.15, *_by_day(_fm_sperrfrist)),
            _f("foerderung", FOOTER, 0.3, (_OLD, "Das Vorhaben wird vom Bundesministerium für "
                                                 "Bildung und Forschung (BMBF) unter dem "
                                                 "Förderkennzeichen {fkz} gefördert.")),
            _f("wissenschaft", FOOTER, 0.4, (_OLD, "Wissenschaftlicher Kontakt: Dr. {author2}, "
                                                   "{abteilung}")),
            _f("presse", FOOTER, 0.45, (_OLD, "Pressekontakt: Dr. {author}, Tel. 04841 "
                                              "668-120, presse@fz-moorland.de")),
            _f("ueber", FOOTER, 0.4, *from_table(tuple((s, s) for s, _ in FM_STAFF),
                                                 _fm_ueber)),
            _f("hinweis", FOOTER, 0.2, *_fm_hinweis()),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Angabe zur Fläche des "
                                                 "Versuchsmoors wurde berichtigt.")),
        ),
    )


def heldout219_styles() -> list[PublisherStyle]:
    """The held-back-219 styles, in the order the generator hands them to publishers."""
    return [
        wrexford_style(), hohenfels_style(), castelvecchio_style(), nanhu_style(),
        itapoa_style(), sharon_style(), cascade_style(), valesado_style(), iral_style(),
        xikou_style(), coralcoast_style(), moorland_style(),
    ]
