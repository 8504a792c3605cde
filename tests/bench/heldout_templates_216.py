"""The ``held-back-216`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
"Anzeige" or "광고" marker, a level-test appeal or an "Alle Angaben ohne Gewähr" line. The
publishers are language schools, exam boards and study-abroad agencies in English, French,
German, Korean, Vietnamese and Turkish: a British chain of English-language schools, a British
English-exam board, a French-as-a-foreign-language school in Montpellier, a Korean
study-abroad agency, a Vietnamese study-abroad consultancy, a Turkish study-abroad agency, a
German language institute and exam centre in Heidelberg, an Irish English-language college, a
Korean university's Korean-language institute, a Turkish-language teaching centre in Izmir, a
German school-exchange association and a Vietnamese IELTS preparation centre. The families are
the kinds a crawl of such sites holds: dates localised day by day in English (with Irish
summer and winter time), French, German, Korean, Vietnamese and Turkish, several changing form
on a redesign day; exam-session and registration-deadline lines that turn with each session
(an exam board's monthly sessions, DELF-DALF sessions, telc exams, TOPIK rounds counted one by
one, a month's IELTS dates), course-start calendars (every Monday, the first Monday of each
month, four terms a year, two-monthly Turkish courses, a fortnightly IELTS class), application
and scholarship deadlines by season, a daily exchange rate and Ireland's student work hours by
season; fee tables by year (course fees, exam fees, tuition in won and lira, programme prices,
IELTS fees in dong) and visa fees and notices that change on their days (the US SEVIS fee, the
Australian student visa, the British Tier 4 fee, Germany's § 16f, France's online VLS-TS
validation, Ireland's ILEP and IRP, Turkey's exit fee, Vietnam's licence decree); notices that
follow calendars (Christmas and summer closures, St Patrick's Day, Seollal, Chuseok and the
CSAT with its two postponements, Tết, the Bayrams, early-booking offers, agency fairs, the
pandemic); multi-line blocks (accreditation, company and copyright lines; Korean
business-registration lines), "Related"-like links and advertisement markers mid-body (some up
to two times), bare lines and rare corrections in about 4% of articles beside datelines in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_left, bisect_right
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
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_yearly = _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")

# Lunar New Year (Seollal, Tết), Chuseok, the Korean CSAT as held, the two Bayrams (first day).
LUNAR_NEW_YEAR = {2014: "2014-01-31", 2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25",
                  2021: "2021-02-12"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
CSAT = {2015: "2015-11-12", 2016: "2016-11-17", 2017: "2017-11-23", 2018: "2018-11-15",
        2019: "2019-11-14", 2020: "2020-12-03"}  # 2017 put off a week (the Pohang earthquake),
#                                                   2020 put off to December (the pandemic)
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}


# --- helpers of this set ------------------------------------------------------------------


def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}/{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A value drawn straight between `anchors` ((ISO day, value), ...)."""
    x = day.toordinal()
    pts = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= pts[0][0]:
        return pts[0][1]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return pts[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later start."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(v)) for start, v in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def next_of(day: dt.date, days: list[dt.date]) -> dt.date:
    """The first of the sorted `days` on or after `day`."""
    return days[bisect_left(days, day)]


def summer_time(day: dt.date) -> bool:
    """Whether Irish (and British) summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def fr_day(day: dt.date) -> str:
    """A French date as in running text: "1er mars 2019", "14 mars 2019"."""
    return f"{'1er' if day.day == 1 else day.day} {MOIS[day.month - 1]} {day.year}"


def ko_day(day: dt.date, year: bool = True) -> str:
    """A Korean date: "2019년 3월 14일(목)", or "3월 14일(목)"."""
    short = f"{day.month}월 {day.day}일({YOIL[day.weekday()]})"
    return f"{day.year}년 {short}" if year else short


def tr_day(day: dt.date) -> str:
    """A Turkish date: "14 Mart 2019"."""
    return f"{day.day} {AYLAR[day.month - 1]} {day.year}"


def vn_day(day: dt.date) -> str:
    """A Vietnamese numeric date: "14/03/2019"."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def de_day(day: dt.date) -> str:
    """A German numeric date: "14.03.2019"."""
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


# --- a British chain of English-language schools ------------------------------------------

BW_REDESIGN = dt.date(2018, 1, 8)  # relaunched on the first Monday of the January term
BW_NEWSLETTER = dt.date(2017, 5, 2)
BW_BREXIT = dt.date(2020, 1, 31)
BW_CLOSED = (dt.date(2020, 3, 20), dt.date(2020, 8, 31))
BW_FEES = (("2014-01-01", "2014|205|275|60"), ("2015-01-01", "2015|215|285|60"),
           ("2016-01-01", "2016|225|295|60"), ("2017-01-01", "2017|235|310|70"),
           ("2018-01-01", "2018|245|320|70"), ("2019-01-01", "2019|255|335|75"),
           ("2020-01-01", "2020|265|345|75"))


def _bw_dated(day: dt.date) -> str:
    if day < BW_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · "
            f"{{read_min}} min read")


@cache
def bw_start_days() -> list[dt.date]:
    """The Mondays General English courses start on: every one but over Christmas."""
    day, out = dt.date(2014, 12, 1), []
    while day < dt.date(2021, 3, 1):
        if not (day.month == 12 and day.day >= 22 or day.month == 1 and day.day == 1):
            out.append(day)
        day += 7 * ONE
    return out


def _bw_start(day: dt.date) -> str:
    if BW_CLOSED[0] <= day <= BW_CLOSED[1]:
        return "Our schools are closed: live online General English starts every Monday."
    start = next_of(day + ONE, bw_start_days())
    return (f"General English starts every Monday. Next start date: Monday {start.day} "
            f"{MONTHS[start.month - 1]} {start.year}")


def _bw_fees(value: str) -> str:
    year, general, intensive, registration = value.split("|")
    return (f"{year} fees: General English £{general} a week · Intensive English £{intensive} a "
            f"week · Registration £{registration}")


@cache
def _bw_notice() -> Wordings:
    base = _steps((_OLD, "Join our newsletter for course offers and free lesson ideas"),
                  (BW_NEWSLETTER.isoformat(), "📬 English tips every Friday: join 20,000 "
                                              "learners on the Brightwater English newsletter"))
    covid = [(BW_CLOSED[0], BW_CLOSED[1] + ONE,
              "🦠 Our schools are closed for now: every class continues live online")]
    christmas = _yearly("12-24", 14, 8, lambda y: f"🎄 Our schools close from 24 December {y} "
                                                  f"and reopen on 2 January {y + 1}")
    summer = _yearly("01-31", 29, 28, lambda y: f"☀️ Junior summer centres {y}: book by 28 "
                                                f"February and save 10%",
                     years=range(2015, 2021))
    return _PERIOD.calendar(base, covid, christmas, summer)


def brightwater_style() -> PublisherStyle:
    """A British chain of English-language schools: a blog kicker, "Posted on" and the date
    turned the weekday, the date and the reading time on the first Monday of the January 2018
    term (a wording per day), "By" turned the teacher with the role and the school from
    pools, the next Monday's course start (a wording per week, none over Christmas; online
    during the 2020 closure), a free level test and "Related:" links mid-body (the links up
    to twice), the year's fees (changing each January), a visa line reworded on Brexit day,
    a newsletter appeal reworded and turned by summer bookings, Christmas closures and the
    pandemic, the accreditation, company and copyright lines (a block), a rare
    correction."""
    return PublisherStyle(
        domain="brightwaterenglish.co.uk", site="Brightwater English", base_size=250,
        subdomains=(("www.", 90), ("blog.", 10)),
        sections=("blog", "news", "exam-preparation", "student-life", "teachers"),
        n_authors=14, url_path="/{section}/{slug}",
        pools={
            "kicker": ("Student life", "Exam tips", "Grammar", "Vocabulary", "Teacher's corner",
                       "Our schools", "Study in the UK"),
            "beat": ("Director of Studies", "Senior Teacher", "Student Services Manager",
                     "Academic Manager", "Teacher Trainer", "Activities Coordinator"),
            "school": ("Brighton", "Bournemouth", "Cambridge", "Edinburgh", "London Covent "
                       "Garden", "Oxford"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_bw_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (BW_REDESIGN.isoformat(), "Written by {author}, {author_beat} at our {school} "
                                         "school")),
            _f("course-start", HEADER, 0.25, *_by_day(_bw_start)),
            _f("level-test", MIDDLE, 0.3, (_OLD, "Not sure of your level? Take our free online "
                                                 "English test")),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("fees", FOOTER, 0.2, *from_table(BW_FEES, _bw_fees)),
            _f("visa", FOOTER, 0.3,
               (_OLD, "Students from outside the EU can study with us for up to 11 months on a "
                      "Short-term study visa."),
               (BW_BREXIT.isoformat(), "EU, EEA and Swiss students can study with us without a "
                                       "visa until 31 December 2020; after that, courses of "
                                       "more than six months need one.")),
            _f("notice", FOOTER, 0.3, *_bw_notice()),
            _f("accreditation", FOOTER, 0.45, (_OLD, "Accredited by the British Council for the "
                                                     "teaching of English in the UK. Member of "
                                                     "English UK.")),
            _f("company", FOOTER, 0.4, (_OLD, "Brightwater English Ltd · Registered in England "
                                              "and Wales, company no. 05812394 · 12 Marine "
                                              "Parade, Brighton BN2 1TL")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Brightwater English. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this post first gave the wrong "
                                                  "closing date for scholarship applications.")),
        ),
    )


# --- a British English-exam board ---------------------------------------------------------

ME_REDESIGN = dt.date(2017, 9, 4)
ME_GDPR = dt.date(2018, 5, 25)
ME_RESULTS = dt.date(2019, 1, 7)
ME_CANCELLED = (dt.date(2020, 3, 17), dt.date(2020, 6, 30))
ME_FEES = (("2014-01-01", "2014|98|112|124"), ("2015-01-01", "2015|100|115|127"),
           ("2016-01-01", "2016|102|118|130"), ("2017-01-01", "2017|105|121|134"),
           ("2018-01-01", "2018|108|125|138"), ("2019-01-01", "2019|111|129|142"),
           ("2020-01-01", "2020|114|133|146"))
ME_RECOGNISED = (("2014-01-01", "12,000"), ("2016-01-01", "15,000"), ("2018-01-01", "20,000"),
                 ("2020-01-01", "25,000"))


@cache
def me_sessions() -> list[dt.date]:
    """The paper-based sessions: the second Saturday of each month but August (none from
    April to June 2020)."""
    out = [nth_weekday(y, m, 5, 2) for y in range(2014, 2022) for m in range(1, 13)
           if m != 8]
    return [s for s in out if not dt.date(2020, 4, 1) <= s <= dt.date(2020, 6, 30)]


def me_closes(session: dt.date) -> dt.date:
    """Entries for a session close on the Friday five weeks before it."""
    return session - 36 * ONE


def _me_day(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _me_session(day: dt.date) -> str:
    if ME_CANCELLED[0] <= day <= ME_CANCELLED[1]:
        return ("All paper-based sessions from 21 March to 30 June 2020 are cancelled: "
                "candidates can transfer or take a full refund.")
    sessions = me_sessions()
    session = next_of(day, sessions)
    if day <= me_closes(session):
        return (f"Next paper-based session: {_me_day(session)} · Entries close "
                f"{_me_day(me_closes(session))}")
    after = sessions[sessions.index(session) + 1]
    return (f"Entries are closed for {_me_day(session)} · Next session: {_me_day(after)} "
            f"(entries close {me_closes(after).day} {MONTHS[me_closes(after).month - 1]})")


def _me_fees(value: str) -> str:
    year, b1, b2, c1 = value.split("|")
    return (f"UK entry fees {year}: Threshold B1 £{b1} · Vantage B2 £{b2} · Advanced C1 "
            f"£{c1}")


@cache
def _me_newsletter() -> Wordings:
    base = _steps((_OLD, "Sign up for Meridian English Assessment's monthly e-newsletter "
                         "for teachers"))
    covid = [_span("2020-03-17", "2020-07-31", "Exams and COVID-19: the latest on cancelled "
                                               "sessions, refunds and the at-home test")]
    week = _PERIOD.movable(lambda y: nth_weekday(y, 3, 0, 3), 14, 4,
                           lambda y: f"🎓 Teachers' Week {y}: free live webinars every day "
                                     f"from {nth_weekday(y, 3, 0, 3).day} March")
    return _PERIOD.calendar(base, covid, week)


def meridian_style() -> PublisherStyle:
    """A British English-exam board: an audience kicker from a pool, the short date turned
    "Last updated" and the long date on 4 September 2017 (a wording per day), the next
    paper-based session and its closing date for entries (a wording per session: turned
    "entries are closed" in the last five weeks; the spring 2020 sessions cancelled), the
    year's entry fees (changing each January), a results line reworded in 2019, the number
    of organisations recognising the exams (changing every two Januaries), "See also:" and
    a privacy line reworded on the GDPR's first day, a newsletter line turned by Teachers'
    Week and the pandemic, the charity, office and copyright lines (a block), a rare
    clarification."""
    return PublisherStyle(
        domain="meridianassessment.org", site="Meridian English Assessment", base_size=220,
        subdomains=(("www.", 85), ("news.", 15)),
        sections=("news", "centres", "teachers", "research", "candidates"),
        n_authors=7, url_path="/news/{yyyy}/{slug}",
        pools={"audience": ("For centres", "For teachers", "For candidates", "Research",
                            "Recognition", "News")},
        families=(
            _f("audience", HEADER, 0.45, (_OLD, "{audience}")),
            _f("dated", HEADER, 0.9, *_by_day(
                lambda day: f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}"
                if day < ME_REDESIGN else
                f"Last updated {day.day} {MONTHS[day.month - 1]} {day.year}")),
            _f("session", HEADER, 0.3, *_by_day(_me_session)),
            _f("results", MIDDLE, 0.2,
               (_OLD, "Results are released online around four weeks after the exam."),
               (ME_RESULTS.isoformat(), "Computer-based results are online within two weeks; "
                                        "paper-based results within four.")),
            _f("recognised", MIDDLE, 0.25, *from_table(ME_RECOGNISED, lambda v: (
                f"Our exams are accepted by more than {v} universities, employers and "
                f"governments worldwide."))),
            _f("see-also", MIDDLE, 0.35, (_OLD, "See also: {other_title}")),
            _f("fees", FOOTER, 0.2, *from_table(ME_FEES, _me_fees)),
            _f("privacy", FOOTER, 0.25,
               (_OLD, "We handle candidates' personal data in line with the Data Protection "
                      "Act 1998."),
               (ME_GDPR.isoformat(), "We process candidates' personal data under the GDPR. "
                                     "Read our privacy notice to find out how.")),
            _f("newsletter", FOOTER, 0.3, *_me_newsletter()),
            _f("charity", FOOTER, 0.45, (_OLD, "Meridian English Assessment is a not-for-profit "
                                               "exam board and a registered charity (no. "
                                               "1098234).")),
            _f("office", FOOTER, 0.35, (_OLD, "Registered office: Tenter House, 8 Mill Lane, "
                                              "Reading RG1 2PX")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Meridian English Assessment {year}")),
            _f("clarification", HEADER, 0.04, (_OLD, "Clarification: the closing dates in this "
                                                     "article apply to UK centres only.")),
        ),
    )


# --- a French-as-a-foreign-language school in Montpellier ---------------------------------

LR_REDESIGN = dt.date(2018, 9, 3)  # la rentrée 2018
LR_VLS_TS = dt.date(2019, 2, 18)
LR_TARIFS = (("2014-01-01", "2014|210|80"), ("2015-01-01", "2015|220|80"),
             ("2016-01-01", "2016|225|80"), ("2017-01-01", "2017|235|85"),
             ("2018-01-01", "2018|245|90"), ("2019-01-01", "2019|255|90"),
             ("2020-01-01", "2020|265|95"))


@cache
def delf_sessions() -> list[dt.date]:
    """The DELF-DALF sessions: from the second Monday of March, May, June and November
    (none in May and June 2020)."""
    out = [nth_weekday(y, m, 0, 2) for y in range(2014, 2022) for m in (3, 5, 6, 11)]
    return [s for s in out if not (s.year == 2020 and s.month in (5, 6))]


def delf_closes(session: dt.date) -> dt.date:
    """Registration for a session closes thirty days before its first exam."""
    return session - 30 * ONE


def _lr_date(day: dt.date) -> str:
    if day < LR_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publié le {JOURS[day.weekday()]} {fr_day(day)} à {{time}}"


def _lr_delf(day: dt.date) -> str:
    if dt.date(2020, 3, 16) <= day <= dt.date(2020, 6, 30):
        return ("Sessions DELF-DALF de mai et juin 2020 annulées : les candidats inscrits "
                "seront remboursés.")
    sessions = delf_sessions()
    session = next_of(day, sessions)
    name = f"{MOIS[session.month - 1]} {session.year}"
    if day <= delf_closes(session):
        close = delf_closes(session)
        return (f"Session DELF-DALF de {name} : épreuves à partir du lundi {fr_day(session)}"
                f" · inscriptions jusqu'au {JOURS[close.weekday()]} {fr_day(close)}")
    after = sessions[sessions.index(session) + 1]
    return (f"Inscriptions closes pour la session de {name} · prochaine session : "
            f"{MOIS[after.month - 1]} {after.year}")


def _lr_rentree(day: dt.date) -> str:
    first = [nth_weekday(y, m, 0, 1) for y in range(2014, 2022) for m in range(1, 13)]
    start = next_of(day, first)
    return f"Prochaine rentrée des cours intensifs : lundi {fr_day(start)}"


@cache
def _lr_lettre() -> Wordings:
    base = _steps((_OLD, "Inscrivez-vous à notre lettre d'information mensuelle"))
    covid = [_span("2020-03-17", "2020-05-10", "Confinement : tous nos cours continuent en "
                                               "ligne, aux mêmes horaires")]
    noel = _yearly("12-24", 12, 9, lambda y: f"L'école sera fermée du 24 décembre {y} au 2 "
                                             f"janvier {y + 1} inclus")
    ete = _yearly("08-01", 14, 14, lambda y: f"Fermeture estivale du secrétariat du 1er au 15 "
                                             f"août {y}")
    return _PERIOD.calendar(base, covid, noel, ete)


def _lr_tarifs(value: str) -> str:
    year, week, inscription = value.split("|")
    return (f"Tarifs {year} : cours intensif 20 h/semaine {week} € · frais d'inscription "
            f"{inscription} €")


def languesetrivages_style() -> PublisherStyle:
    """A French-as-a-foreign-language school in Montpellier: a section from a pool, "Publié
    le" and the numeric date turned the weekday, the date and the time at the 2018 rentrée
    (a wording per day), "Par" turned the writer with the photo credit from a pool, the next
    DELF-DALF session and its closing date for registration (a wording per session; May and
    June 2020 cancelled), the next first-Monday start of the intensive courses (a wording
    per month), "À lire aussi :", the year's fees (changing each January), a visa line
    reworded for the online VLS-TS validation, a newsletter line turned by the Christmas
    and August closures and the lockdown, the label, address and copyright lines (a block),
    a rare erratum."""
    return PublisherStyle(
        domain="languesetrivages.fr", site="Langues & Rivages", base_size=195,
        subdomains=(("www.", 100),),
        sections=("actualites", "cours", "examens", "vie-etudiante", "hebergement"),
        n_authors=6, url_path="/{section}/{slug}.html",
        pools={"rubrique": ("Actualités", "Cours de français", "DELF-DALF", "Vie étudiante",
                            "Hébergement", "Culture"),
               "credit": ("Langues & Rivages", "Adobe Stock", "Ville de Montpellier", "DR")},
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.9, *_by_day(_lr_date)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}"),
               (LR_REDESIGN.isoformat(), "Par {author} | Photo : {credit}")),
            _f("delf", HEADER, 0.3, *_by_day(_lr_delf)),
            _f("rentree", MIDDLE, 0.2, *_by_day(_lr_rentree)),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("tarifs", FOOTER, 0.2, *from_table(LR_TARIFS, _lr_tarifs)),
            _f("visa", FOOTER, 0.25,
               (_OLD, "Étudiants non européens : la demande de visa se fait auprès de Campus "
                      "France dans votre pays."),
               (LR_VLS_TS.isoformat(), "Visa long séjour étudiant : validez votre VLS-TS en "
                                       "ligne dans les trois mois qui suivent votre "
                                       "arrivée.")),
            _f("lettre", FOOTER, 0.3, *_lr_lettre()),
            _f("label", FOOTER, 0.45, (_OLD, "École labellisée Qualité FLE · Établissement "
                                             "d'enseignement supérieur privé")),
            _f("adresse", FOOTER, 0.35, (_OLD, "Langues & Rivages – 8 rue de la Loge, 34000 "
                                               "Montpellier – 04 67 55 12 34")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Langues & Rivages – Tous droits "
                                                "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une erreur s'était glissée dans les "
                                               "dates de la session de mai.")),
        ),
    )


# --- a Korean study-abroad agency ---------------------------------------------------------

HB_REDESIGN = dt.date(2017, 3, 2)
HB_HOURS = dt.date(2018, 7, 1)  # the 52-hour week
HB_BLOG = dt.date(2019, 4, 1)
HB_VISA = (("2014-01-01", "160|200"), ("2019-06-24", "160|350"),
           ("2020-03-18", "suspended"))


def _hb_visa(value: str) -> str:
    if value == "suspended":
        return "주한미국대사관의 비자 인터뷰가 2020년 3월 18일부터 잠정 중단되었습니다."
    mrv, sevis = value.split("|")
    return f"미국 학생비자(F-1) 신청 수수료 {mrv}달러, SEVIS 비용 {sevis}달러"


def fair_day(y: int, m: int) -> dt.date:
    """The agency's fair: the first Saturday of March and of September."""
    return nth_weekday(y, m, 5, 1)


def _holiday(name: str, day: dt.date) -> str:
    first, last = day - ONE, day + ONE
    return f"{name} 연휴 휴무 안내: {ko_day(first, False)}~{ko_day(last, False)}"


@cache
def _hb_annae() -> Wordings:
    base = _steps((_OLD, "한빛유학 네이버 블로그에서 최신 유학 소식을 받아보세요"),
                  (HB_BLOG.isoformat(), "▶ 한빛유학 유튜브 채널을 구독하고 유학 설명회 영상을 "
                                        "받아보세요"))
    covid = [_span("2020-02-24", "2020-06-30", "코로나19 확산 방지를 위해 유학 박람회를 온라인 "
                                               "상담회로 대체합니다")]
    csat = [(iso_day(CSAT[y], -3), iso_day(CSAT[y], 1),
             f"{y + 1}학년도 수능일({ko_day(iso_day(CSAT[y]), False)})에는 오후 1시부터 "
             f"상담합니다") for y in YEARS]
    quake = [_span("2017-11-15", "2017-11-19", "포항 지진으로 수능이 11월 23일로 연기되어 상담 "
                                               "일정을 조정합니다")]
    holidays: list[Event] = []
    for y in YEARS:
        for name, table in (("설", LUNAR_NEW_YEAR), ("추석", CHUSEOK)):
            day = iso_day(table[y])
            holidays.append((day - 10 * ONE, day + 2 * ONE, _holiday(name, day)))
    fairs: list[Event] = []
    for y in YEARS:
        for m, season in ((3, "봄"), (9, "가을")):
            day = fair_day(y, m)
            where = "온라인 개최" if (y, m) == (2020, 9) else "코엑스"
            fairs.append((day - 14 * ONE, day + 2 * ONE,
                          f"{y} {season} 한빛유학 해외유학·어학연수 박람회: "
                          f"{ko_day(day, False)}~{ko_day(day + ONE, False)} {where}"))
    return _PERIOD.calendar(base, covid, quake, csat, sorted(holidays), fairs)


def hanbit_style() -> PublisherStyle:
    """A Korean study-abroad agency: a category from a pool, the dotted date turned the
    Korean long date with the weekday and the time on 2 March 2017 (a wording per day), the
    consultant and branch from pools, a KakaoTalk appeal, "관련 글:" up to twice and "광고"
    mid-body, a notice line reworded (blog, then YouTube) and turned by the agency's spring
    and autumn fairs, Seollal and Chuseok closures, the CSAT (postponed a week in 2017 by
    the Pohang earthquake and to December in 2020) and the pandemic, the US student-visa
    fees (the SEVIS fee raised in June 2019, then the embassy's suspension), the
    consultation hours shortened for the 52-hour week, the business-registration and
    copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="hanbityuhak.co.kr", site="한빛유학", base_size=170,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("news", "usa", "canada", "uk", "australia", "philippines"),
        n_authors=5, url_path="/board/{section}/{n}",
        pools={
            "bunryu": ("유학 뉴스", "미국 유학", "캐나다 어학연수", "영국 유학",
                       "호주 워킹홀리데이", "필리핀 어학연수"),
            "damdang": ("김지현", "박서연", "이준호", "최민아", "윤태경", "서하은"),
            "jijeom": ("강남센터", "종로센터", "부산센터", "대구센터"),
        },
        families=(
            _f("bunryu", HEADER, 0.5, (_OLD, "{bunryu}")),
            _f("nalja", HEADER, 0.9, *_by_day(
                lambda day: f"{day.year}.{day.month:02d}.{day.day:02d}" if day < HB_REDESIGN
                else f"{ko_day(day)} {{time}}")),
            _f("jakseong", HEADER, 0.5, (_OLD, "글: {damdang} 컨설턴트 ({jijeom})")),
            _f("kakao", MIDDLE, 0.3, (_OLD, "카카오톡에서 '한빛유학'을 검색하고 1:1 상담을 "
                                            "받아보세요")),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "관련 글: {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.25, (_OLD, "광고")),
            _f("annae", FOOTER, 0.3, *_hb_annae()),
            _f("bija", FOOTER, 0.25, *from_table(HB_VISA, _hb_visa)),
            _f("sangdam", FOOTER, 0.4,
               (_OLD, "유학 상담 문의: 02-555-0172 (평일 10:00~19:00, 토요일 10:00~15:00)"),
               (HB_HOURS.isoformat(), "유학 상담 문의: 02-555-0172 (평일 10:00~18:00, 토요일 "
                                      "휴무)")),
            _f("saeopja", FOOTER, 0.4, (_OLD, "상호: (주)한빛유학 | 대표: 김태현 | "
                                              "사업자등록번호: 214-86-53017 | 서울특별시 강남구 "
                                              "테헤란로 152")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} 한빛유학. All rights "
                                                 "reserved.")),
            _f("sujeong", HEADER, 0.04, (_OLD, "[수정] 본문의 장학금 신청 마감일을 "
                                               "바로잡았습니다.")),
        ),
    )


# --- a Vietnamese study-abroad consultancy ------------------------------------------------

SM_REDESIGN = dt.date(2019, 2, 11)  # the first working Monday after Tết 2019
SM_DECREE = dt.date(2017, 4, 21)  # the decree on study-abroad consulting in force
SM_VISA = (("2014-01-01", "Lệ phí visa du học Úc: 550 AUD"),
           ("2016-07-01", "Lệ phí visa du học Úc (subclass 500): 550 AUD"),
           ("2017-07-01", "Lệ phí visa du học Úc (subclass 500): 560 AUD"),
           ("2018-07-01", "Lệ phí visa du học Úc (subclass 500): 575 AUD"),
           ("2019-07-01", "Lệ phí visa du học Úc (subclass 500): 620 AUD"))
AUD_VND = (("2015-01-01", 18500.0), ("2015-09-01", 15800.0), ("2016-06-01", 16800.0),
           ("2017-06-01", 17200.0), ("2018-01-20", 18200.0), ("2018-12-20", 16300.0),
           ("2019-08-20", 15600.0), ("2020-03-20", 13900.0), ("2020-07-01", 16000.0),
           ("2021-01-10", 17600.0))


def aud_vnd(day: dt.date) -> int:
    """A made-up reference rate of the day, in dong to the Australian dollar."""
    return int(round(through(day, AUD_VND) * (1 + 0.004 * wobble(day, "aud")), -1))


def _sm_rate(day: dt.date) -> str:
    rate = f"{aud_vnd(day):,}".replace(",", ".")
    return f"Tỷ giá tham khảo ngày {vn_day(day)}: 1 AUD = {rate} VNĐ"


@cache
def sm_seminars() -> list[dt.date]:
    """The monthly seminars: the third Sunday, but none within a week of Tết."""
    out = []
    for y in range(2014, 2022):
        tet = iso_day(LUNAR_NEW_YEAR[y])
        for m in range(1, 13):
            day = nth_weekday(y, m, 6, 3)
            if abs((day - tet).days) > 7:
                out.append(day)
    return out


def _sm_seminar(day: dt.date) -> str:
    if dt.date(2020, 2, 3) <= day <= dt.date(2020, 5, 31):
        return "Hội thảo du học tháng này chuyển sang hình thức trực tuyến, đăng ký để nhận link"
    seminar = next_of(day, sm_seminars())
    return (f"Hội thảo du học Úc – Canada: 9h00 Chủ Nhật, {vn_day(seminar)} tại văn phòng "
            f"Hà Nội")


def _sm_scholarship(day: dt.date) -> str:
    deadlines = sorted(dt.date(y, m, 15) for y in range(2014, 2022) for m in (4, 11))
    deadline = next_of(day, deadlines)
    intake = (7, deadline.year) if deadline.month == 4 else (2, deadline.year + 1)
    return (f"Học bổng đến 50% học phí cho kỳ nhập học tháng {intake[0]}/{intake[1]} – hạn "
            f"nộp hồ sơ {vn_day(deadline)}")


@cache
def _sm_thongbao() -> Wordings:
    base = _steps((_OLD, "Đăng ký nhận bản tin du học hàng tuần qua email"))
    covid = [_span("2020-02-03", "2020-04-30", "Văn phòng tạm ngừng tiếp khách, tư vấn qua "
                                               "Zalo và điện thoại")]
    tet: list[Event] = []
    for y in YEARS:
        day = iso_day(LUNAR_NEW_YEAR[y])
        tet.append((day - 12 * ONE, day + 6 * ONE,
                    f"Văn phòng nghỉ Tết Nguyên đán {y} từ {vn_day(day - 2 * ONE)} đến "
                    f"{vn_day(day + 5 * ONE)}"))
    holidays = _yearly("04-30", 5, 1, lambda y: f"Nghỉ lễ 30/4 – 1/5/{y}, văn phòng làm việc "
                                                f"lại từ ngày 02/05")
    return _PERIOD.calendar(base, covid, tet, holidays)


def saomai_style() -> PublisherStyle:
    """A Vietnamese study-abroad consultancy: a section from a pool, the numeric date and
    time turned the weekday, the date, the time and GMT+7 after Tết 2019 (a wording per
    day), the consultant from a pool, the next monthly seminar (none near Tết; online in the
    spring of 2020), a scholarship appeal with the next deadline for the February or July
    intake, "Xem thêm:" up to twice and "Quảng cáo" mid-body, the day's reference exchange
    rate (a wording per day), the Australian student-visa fee (changing in July), a
    newsletter line turned by Tết, the April and May holidays and the pandemic, the hotline,
    offices, licence (reworded for the 2017 decree) and copyright lines (a block), a rare
    correction."""
    return PublisherStyle(
        domain="duhocsaomai.vn", site="Du học Sao Mai", base_size=150,
        subdomains=(("www.", 100),),
        sections=("tin-tuc", "du-hoc-uc", "du-hoc-canada", "du-hoc-my", "hoc-bong"),
        n_authors=4, url_path="/{section}/{slug}-{n}.html",
        pools={"chuyenmuc": ("Tin du học", "Du học Úc", "Du học Canada", "Du học Mỹ",
                             "Học bổng", "Du học Nhật Bản"),
               "tuvan": ("Nguyễn Thu Hà", "Trần Minh Khoa", "Lê Hoàng Yến", "Phạm Quốc Bảo",
                         "Đỗ Thanh Mai")},
        families=(
            _f("chuyenmuc", HEADER, 0.5, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.9, *_by_day(
                lambda day: f"{vn_day(day)} {{time}}" if day < SM_REDESIGN else
                f"{THU[day.weekday()]}, {vn_day(day)}, {{time}} (GMT+7)")),
            _f("tacgia", HEADER, 0.45, (_OLD, "Bài viết: {tuvan}")),
            _f("hoithao", HEADER, 0.3, *_by_day(_sm_seminar)),
            _f("hocbong", MIDDLE, 0.25, *_by_day(_sm_scholarship)),
            _f("xemthem", MIDDLE, 0.35, (_OLD, "Xem thêm: {other_title}"), count=2),
            _f("quangcao", MIDDLE, 0.2, (_OLD, "Quảng cáo")),
            _f("tygia", FOOTER, 0.2, *_by_day(_sm_rate)),
            _f("visa", FOOTER, 0.2, *from_table(SM_VISA, lambda v: v)),
            _f("thongbao", FOOTER, 0.3, *_sm_thongbao()),
            _f("hotline", FOOTER, 0.45, (_OLD, "Hotline: 1900 6318 – Email: "
                                               "tuvan@duhocsaomai.vn")),
            _f("diachi", FOOTER, 0.4, (_OLD, "Văn phòng Hà Nội: 28 Trần Hưng Đạo, Hoàn Kiếm · "
                                             "Văn phòng TP.HCM: 112 Nguyễn Đình Chiểu, "
                                             "Quận 3")),
            _f("giayphep", FOOTER, 0.3,
               (_OLD, "Giấy phép hoạt động tư vấn du học số 58/QĐ-SGDĐT"),
               (SM_DECREE.isoformat(), "Giấy chứng nhận đủ điều kiện kinh doanh dịch vụ tư vấn "
                                       "du học số 58/GCN-SGDĐT do Sở GD&ĐT Hà Nội cấp")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Du học Sao Mai. Ghi rõ nguồn khi "
                                                "trích dẫn.")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: bài viết đã được cập nhật hạn "
                                                 "nộp hồ sơ học bổng.")),
        ),
    )


# --- a Turkish study-abroad agency --------------------------------------------------------

AT_REDESIGN = dt.date(2018, 8, 27)  # the Monday after Kurban Bayramı 2018
AT_FIYAT = (("2014-01-01", "2014|225"), ("2015-01-01", "2015|235"), ("2016-01-01", "2016|245"),
            ("2017-01-01", "2017|255"), ("2018-01-01", "2018|265"), ("2019-01-01", "2019|275"),
            ("2020-01-01", "2020|285"))
AT_HARC = (("2014-01-01", "15"), ("2019-01-01", "50"))
AT_VIZE = (("2014-04-06", "Tier 4|322"), ("2016-03-18", "Tier 4|328"),
           ("2017-04-06", "Tier 4|335"), ("2018-04-06", "Tier 4|348"),
           ("2020-10-05", "Student|348"))


def _at_vize(value: str) -> str:
    route, fee = value.split("|")
    if route == "Student":
        return f"İngiltere öğrenci vizesi (Student route) başvuru ücreti: {fee} £"
    return f"İngiltere öğrenci vizesi ({route}) başvuru ücreti: {fee} £"


def _bayram(name: str, first: dt.date, days: int) -> Event:
    last = first + (days - 1) * ONE
    return (first - 8 * ONE, last + ONE,
            f"Ofisimiz {name} nedeniyle {tr_day(first)} – {tr_day(last)} tarihleri arasında "
            f"kapalıdır. İyi bayramlar!")


@cache
def _at_duyuru() -> Wordings:
    base = _steps((_OLD, "Dil okulu kayıtlarınızda ücretsiz danışmanlık için bize ulaşın"))
    covid = [_span("2020-03-16", "2020-06-01", "Ofislerimiz geçici olarak kapalıdır; "
                                               "danışmanlık görüşmelerimiz online devam "
                                               "ediyor")]
    bayram = sorted([_bayram("Ramazan Bayramı", iso_day(RAMAZAN_BAYRAMI[y]), 3) for y in YEARS]
                    + [_bayram("Kurban Bayramı", iso_day(KURBAN_BAYRAMI[y]), 4) for y in YEARS])
    erken = [(dt.date(y, 1, 2), dt.date(y, 4, 1),
              f"Erken kayıt fırsatı: {y} yaz okullarında 31 Mart'a kadar %15 indirim")
             for y in YEARS]
    return _PERIOD.calendar(base, covid, bayram, erken)


def atlas_style() -> PublisherStyle:
    """A Turkish study-abroad agency: a category from a pool, the dotted date turned the long
    date with the weekday and the time after Kurban Bayramı 2018 (a wording per day),
    "Yazar:" turned "Yazan: ... | Eğitim Danışmanı", "İlginizi çekebilir:" up to twice and
    "Reklam" mid-body, the exit fee (raised in 2019) and the British student-visa fee
    (changing each spring, the route renamed in October 2020), the year's London course
    price (changing each January), an announcement turned by the Bayram closures,
    early-booking offers and the pandemic, the consultation, address and copyright lines
    (a block), a rare correction."""
    return PublisherStyle(
        domain="atlasyurtdisi.com.tr", site="Atlas Yurtdışı Eğitim", base_size=130,
        subdomains=(("www.", 100),),
        sections=("haberler", "dil-okullari", "universite", "yaz-okulu", "vize"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={"kategori": ("Dil Okulları", "Yurtdışı Üniversite", "Yaz Okulları", "Vize",
                            "Burslar", "Work and Travel")},
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.9, *_by_day(
                lambda day: de_day(day) if day < AT_REDESIGN else
                f"{tr_day(day)} {GUNLER[day.weekday()]}, {{time}}")),
            _f("yazar", HEADER, 0.45, (_OLD, "Yazar: {author}"),
               (AT_REDESIGN.isoformat(), "Yazan: {author} | Eğitim Danışmanı")),
            _f("ilginizi", MIDDLE, 0.35, (_OLD, "İlginizi çekebilir: {other_title}"), count=2),
            _f("reklam", MIDDLE, 0.2, (_OLD, "Reklam")),
            _f("harc", MIDDLE, 0.15, *from_table(AT_HARC, lambda v: (
                f"Yurt dışı çıkış harcı: {v} TL (yurt dışında öğrenim gören öğrenciler "
                f"muaftır)"))),
            _f("vize", FOOTER, 0.2, *from_table(AT_VIZE, _at_vize)),
            _f("fiyat", FOOTER, 0.2, *from_table(AT_FIYAT, lambda v: (
                f"{v.split('|')[0]} fiyatları: Londra'da genel İngilizce kursu haftalık "
                f"{v.split('|')[1]} £'dan başlıyor (konaklama hariç)"))),
            _f("duyuru", FOOTER, 0.3, *_at_duyuru()),
            _f("danisma", FOOTER, 0.4, (_OLD, "Ücretsiz danışmanlık için: 0212 555 47 10 · "
                                              "WhatsApp: 0532 555 47 10")),
            _f("adres", FOOTER, 0.35, (_OLD, "Atlas Yurtdışı Eğitim · Halaskargazi Cad. No: 112 "
                                             "Şişli / İstanbul")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Atlas Yurtdışı Eğitim Danışmanlığı. "
                                                "Tüm hakları saklıdır.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberdeki son başvuru tarihi "
                                                "güncellenmiştir.")),
        ),
    )


# --- a German language institute and exam centre in Heidelberg ----------------------------

SN_REDESIGN = dt.date(2019, 1, 7)
SN_VISUM = dt.date(2020, 3, 1)  # the Skilled Immigration Act in force: § 16f AufenthG
SN_PREISE = (("2014-01-01", "2014|480|50"), ("2015-01-01", "2015|495|50"),
             ("2016-01-01", "2016|510|50"), ("2017-01-01", "2017|530|60"),
             ("2018-01-01", "2018|550|60"), ("2019-01-01", "2019|570|60"),
             ("2020-01-01", "2020|590|70"))


@cache
def sn_starts() -> list[dt.date]:
    """The intensive courses start on the first Monday of each month, the second in
    January."""
    return [nth_weekday(y, m, 0, 2 if m == 1 else 1) for y in range(2014, 2022)
            for m in range(1, 13)]


@cache
def telc_days() -> list[dt.date]:
    """telc exams: the last Saturday of each month but August and December (none in April
    and May 2020)."""
    out = [last_weekday(y, m, 5) for y in range(2014, 2022) for m in range(1, 13)
           if m not in (8, 12)]
    return [d for d in out if not (d.year == 2020 and d.month in (4, 5))]


def telc_closes(exam: dt.date) -> dt.date:
    """Registration for a telc exam closes six weeks before it."""
    return exam - 42 * ONE


def _sn_pruefung(day: dt.date) -> str:
    if dt.date(2020, 3, 16) <= day <= dt.date(2020, 5, 17):
        return "Die telc-Prüfungen im April und Mai 2020 entfallen. Angemeldete erhalten Post."
    exams = telc_days()
    exam = exams[bisect_left([telc_closes(e) for e in exams], day)]
    return (f"telc Deutsch B1: nächste Prüfung am Samstag, {de_day(exam)} · Anmeldeschluss "
            f"{de_day(telc_closes(exam))}")


@cache
def _sn_hinweis() -> Wordings:
    base = _steps((_OLD, "Folgen Sie uns auf Facebook und Instagram"))
    corona = [_span("2020-03-16", "2020-06-14", "Corona: Der Unterricht findet bis auf Weiteres "
                                                "online statt")]
    ferien = _yearly("12-23", 14, 14, lambda y: f"Das Institut ist vom 23. Dezember {y} bis 6. "
                                                f"Januar {y + 1} geschlossen")
    sommer = _yearly("04-01", 0, 75, lambda y: f"Sommerkurse {y}: jetzt anmelden und einen "
                                               f"Platz im Wohnheim sichern")
    return _PERIOD.calendar(base, corona, ferien, sommer)


def _sn_preise(value: str) -> str:
    year, course, fee = value.split("|")
    return (f"Kurspreise {year}: Intensivkurs (4 Wochen, 20 UE pro Woche) {course} €, zzgl. "
            f"Anmeldegebühr {fee} €")


def neckar_style() -> PublisherStyle:
    """A German language institute and exam centre in Heidelberg: a section from a pool, the
    numeric date turned "Veröffentlicht am" and the long date on 7 January 2019 (a wording
    per day), the next intensive-course start (a wording per month), the next telc exam and
    its closing date for registration (a wording per exam; April and May 2020 cancelled),
    "Anzeige" up to twice and "Das könnte Sie auch interessieren:" mid-body, the year's
    course prices and registration fee (changing each January), a visa line reworded for
    § 16f of the Residence Act in March 2020, a social-media line turned by the Christmas
    closure, summer courses and the pandemic, "Alle Angaben ohne Gewähr", the institute and
    copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="sprachinstitut-neckar.de", site="Sprachinstitut am Neckar", base_size=110,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "deutschkurse", "pruefungen", "visum", "wohnen"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={"rubrik": ("Aktuelles", "Deutschkurse", "Prüfungen", "Visum & Aufenthalt",
                          "Leben in Heidelberg")},
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(
                lambda day: de_day(day) if day < SN_REDESIGN else
                f"Veröffentlicht am {day.day}. {MONATE[day.month - 1]} {day.year}")),
            _f("kursbeginn", HEADER, 0.3, *_by_day(
                lambda day: (lambda s: f"Nächster Kursbeginn Intensivkurs A1–C1: Montag, "
                                       f"{s.day}. {MONATE[s.month - 1]} {s.year}")(
                    next_of(day, sn_starts())))),
            _f("pruefung", MIDDLE, 0.25, *_by_day(_sn_pruefung)),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige"), count=2),
            _f("auch", MIDDLE, 0.3, (_OLD, "Das könnte Sie auch interessieren: {other_title}")),
            _f("preise", FOOTER, 0.2, *from_table(SN_PREISE, _sn_preise)),
            _f("visum", FOOTER, 0.25,
               (_OLD, "Sie brauchen ein Visum zum Sprachkurs? Nach Zahlung der Kursgebühr "
                      "senden wir Ihnen eine Anmeldebestätigung."),
               (SN_VISUM.isoformat(), "Visum zum Sprachkurs (§ 16f AufenthG): Nach Zahlung der "
                                      "Kursgebühr stellen wir Ihnen eine Anmeldebestätigung "
                                      "aus.")),
            _f("hinweis", FOOTER, 0.3, *_sn_hinweis()),
            _f("gewaehr", FOOTER, 0.35, (_OLD, "Alle Angaben ohne Gewähr. Änderungen "
                                               "vorbehalten.")),
            _f("institut", FOOTER, 0.35, (_OLD, "Sprachinstitut am Neckar gGmbH · Hauptstraße "
                                                "120 · 69117 Heidelberg · Tel. 06221 555 830")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Sprachinstitut am Neckar")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war der "
                                                 "Anmeldeschluss falsch angegeben.")),
        ),
    )


# --- an Irish English-language college ----------------------------------------------------

LL_REDESIGN = dt.date(2017, 9, 4)
LL_ILEP = dt.date(2016, 1, 1)
LL_ACELS = dt.date(2016, 9, 1)
LL_IRP = dt.date(2017, 11, 30)
LL_CLOSED = (dt.date(2020, 3, 12), dt.date(2020, 7, 31))


def _ll_dated(day: dt.date) -> str:
    if day < LL_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    zone = "IST" if summer_time(day) else "GMT"
    return f"Updated {day.day} {MONTHS[day.month - 1][:3]} {day.year}, {{time}} {zone}"


def _ll_hours(day: dt.date) -> str:
    if (day.month, day.day) >= (12, 15) or (day.month, day.day) <= (1, 15):
        return ("Stamp 2 students may work up to 40 hours a week from 15 December to 15 "
                "January.")
    if 6 <= day.month <= 9:
        return "Stamp 2 students may work up to 40 hours a week from June to September."
    return "Stamp 2 students may work up to 20 hours a week during term time."


@cache
def _ll_notice() -> Wordings:
    base = _steps((_OLD, "Follow #LiffeyLife on Instagram for weekly events"))
    covid = [(LL_CLOSED[0], LL_CLOSED[1] + ONE, "Our building is closed: all classes continue "
                                                "online with your usual teacher")]
    patrick = _yearly("03-17", 7, 0, lambda y: (
        f"☘️ St Patrick's Day {y}: the college is closed on "
        f"{WEEKDAYS[dt.date(y, 3, 17).weekday()]} 17 March"))
    christmas = _yearly("12-24", 10, 8, lambda y: f"The college is closed from 24 December {y} "
                                                  f"to 1 January {y + 1}")
    return _PERIOD.calendar(base, covid, patrick, christmas)


def liffey_style() -> PublisherStyle:
    """An Irish English-language college: the date turned "Updated", the short date, the
    time and Irish summer time or GMT on 4 September 2017 (a wording per day), "Posted by",
    the Stamp 2 work hours by season (40 hours in summer and over Christmas), an
    immigration line reworded for the IRP card, "You might also like:", an eligibility line
    reworded for the ILEP in 2016, a notice turned by St Patrick's Day, Christmas and the
    pandemic, the accreditation (reworded in 2016), address and copyright lines (a block), a
    rare update."""
    return PublisherStyle(
        domain="liffeylanguage.ie", site="Liffey Language College", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "courses", "visas", "student-life"),
        n_authors=3, url_path="/news/{slug}",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_ll_dated)),
            _f("byline", HEADER, 0.4, (_OLD, "Posted by {author}")),
            _f("hours", HEADER, 0.25, *_by_day(_ll_hours)),
            _f("immigration", MIDDLE, 0.2,
               (_OLD, "Non-EEA students must register with GNIB within 90 days of arrival; "
                      "the fee is €300."),
               (LL_IRP.isoformat(), "Non-EEA students must register for an Irish Residence "
                                    "Permit (IRP) within 90 days of arrival; the fee is "
                                    "€300.")),
            _f("also", MIDDLE, 0.35, (_OLD, "You might also like: {other_title}")),
            _f("eligible", FOOTER, 0.25,
               (_OLD, "All our 25-week Academic Year programmes qualify for a Stamp 2 student "
                      "permission."),
               (LL_ILEP.isoformat(), "Our Academic Year programmes are listed on the Interim "
                                     "List of Eligible Programmes (ILEP).")),
            _f("notice", FOOTER, 0.3, *_ll_notice()),
            _f("accreditation", FOOTER, 0.4,
               (_OLD, "Accredited by ACELS. Member of Marketing English in Ireland."),
               (LL_ACELS.isoformat(), "Recognised by ACELS, a function of Quality and "
                                      "Qualifications Ireland. Member of Marketing English in "
                                      "Ireland.")),
            _f("address", FOOTER, 0.35, (_OLD, "Liffey Language College, 22 Ormond Quay Upper, "
                                               "Dublin 7 · +353 1 555 0190")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Liffey Language College Ltd")),
            _f("update", HEADER, 0.04, (_OLD, "Update: we have corrected the start date of the "
                                              "evening course.")),
        ),
    )


# --- a Korean university's Korean-language institute --------------------------------------

NK_REDESIGN = dt.date(2018, 8, 27)
NK_BIJA = dt.date(2018, 3, 1)
NK_SUEOPRYO = (("2014-01-01", "1,500,000|50,000"), ("2017-01-01", "1,600,000|60,000"),
               ("2019-01-01", "1,700,000|60,000"), ("2020-01-01", "1,700,000|80,000"))
TERMS = ((3, "봄학기"), (6, "여름학기"), (9, "가을학기"), (12, "겨울학기"))
TOPIK_MONTHS = {2014: (1, 4, 7, 10), 2015: (1, 4, 7, 10, 11), 2016: (1, 4, 7, 10, 11),
                2017: (1, 4, 5, 7, 10, 11), 2018: (1, 4, 5, 7, 10, 11),
                2019: (1, 4, 5, 7, 10, 11), 2020: (1, 4, 5, 7, 10, 11),
                2021: (1, 4, 5, 7, 10, 11)}
TOPIK_FIRST_2014 = 36  # the round number given to January 2014's test


@cache
def topik_rounds() -> list[tuple[dt.date, int]]:
    """The TOPIK tests (the third Sunday of their months) and their round numbers."""
    out, n = [], TOPIK_FIRST_2014
    for y, months in TOPIK_MONTHS.items():
        for m in months:
            out.append((nth_weekday(y, m, 6, 3), n))
            n += 1
    return out


def _nk_topik(day: dt.date) -> str:
    rounds = topik_rounds()
    if dt.date(2020, 2, 24) <= day <= dt.date(2020, 5, 31):
        spring = [n for t, n in rounds if t.year == 2020 and t.month in (4, 5)]
        return (f"제{spring[0]}회·제{spring[1]}회 한국어능력시험(TOPIK)은 코로나19로 시행이 "
                f"취소되었습니다.")
    test, n = rounds[bisect_left([t for t, _ in rounds], day)]
    return f"제{n}회 한국어능력시험(TOPIK) 시행일: {ko_day(test)}"


@cache
def nk_terms() -> list[tuple[dt.date, dt.date, str]]:
    """The four terms a year: (application deadline, first day, name)."""
    out = []
    for y in range(2014, 2022):
        for m, name in TERMS:
            start = nth_weekday(y, m, 0, 1)
            out.append((start - 66 * ONE, start, f"{y}년 {name}"))
    return out


def _nk_hakgi(day: dt.date) -> str:
    terms = nk_terms()
    deadline, start, name = terms[bisect_left([t[0] for t in terms], day)]
    return f"{name} 신청 마감: {ko_day(deadline, False)} · 개강: {ko_day(start, False)}"


def nurikorean_style() -> PublisherStyle:
    """A Korean university's Korean-language institute: a board category from a pool, the
    ISO registration date turned the dotted date with a view count on 27 August 2018 (a
    wording per day), the next term's application deadline and first day (four terms a
    year), the next TOPIK round counted on (the spring 2020 rounds cancelled), a
    scholarship line, the tuition and application fee (changing in some Januaries), a D-4
    visa line reworded in 2018 for the bank statement, the contact, address and copyright
    lines (a block), a rare correction."""
    return PublisherStyle(
        domain="nurikorean.ac.kr", site="누리대학교 한국어교육원", base_size=70,
        subdomains=(("www.", 70), ("", 30)),
        sections=("notice", "admission", "topik", "student-life"),
        n_authors=2, url_path="/bbs/{section}/view/{n}",
        pools={"bunryu": ("공지사항", "입학 안내", "TOPIK", "학생 생활", "장학")},
        families=(
            _f("bunryu", HEADER, 0.45, (_OLD, "{bunryu}")),
            _f("deungrok", HEADER, 0.85, *_by_day(
                lambda day: f"등록일 {day.isoformat()}" if day < NK_REDESIGN else
                f"등록일: {day.year}.{day.month:02d}.{day.day:02d} | 조회수 {{count}}")),
            _f("hakgi", HEADER, 0.3, *_by_day(_nk_hakgi)),
            _f("topik", MIDDLE, 0.25, *_by_day(_nk_topik)),
            _f("janghak", MIDDLE, 0.15, (_OLD, "성적 우수자 장학금: 학기별 수업료의 30%를 "
                                               "감면합니다.")),
            _f("sueopryo", FOOTER, 0.2, *from_table(NK_SUEOPRYO, lambda v: (
                f"정규과정 수업료 {v.split('|')[0]}원 (10주, 200시간) · 입학 전형료 "
                f"{v.split('|')[1]}원"))),
            _f("bija", FOOTER, 0.2,
               (_OLD, "어학연수 비자(D-4) 발급에 필요한 표준입학허가서는 등록금 납부 후 "
                      "발급됩니다."),
               (NK_BIJA.isoformat(), "어학연수 비자(D-4) 신청 시 미화 10,000달러 이상의 "
                                     "잔고증명서를 함께 제출해야 합니다.")),
            _f("munui", FOOTER, 0.4, (_OLD, "문의: 누리대학교 한국어교육원 행정실 Tel. "
                                            "02-555-3410 / klc@nurikorean.ac.kr")),
            _f("juso", FOOTER, 0.35, (_OLD, "(04512) 서울특별시 중구 세종대로 55 인문관 3층")),
            _f("copyright", FOOTER, 0.3, (_OLD, "Copyright © 누리대학교 한국어교육원. All Rights "
                                                "Reserved.")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "※ 모집 요강의 일부 내용이 정정되었습니다.")),
        ),
    )


# --- a Turkish-language teaching centre in Izmir ------------------------------------------

YT_REDESIGN = dt.date(2019, 9, 2)
YT_IKAMET = dt.date(2019, 5, 2)
YT_UCRET = (("2014-09-01", "2014-2015|1.200"), ("2015-09-01", "2015-2016|1.300"),
            ("2016-09-01", "2016-2017|1.400"), ("2017-09-01", "2017-2018|1.600"),
            ("2018-09-01", "2018-2019|1.950"), ("2019-09-01", "2019-2020|2.400"),
            ("2020-09-01", "2020-2021|2.750"))


@cache
def yt_kur_days() -> list[dt.date]:
    """A new course starts on the first Monday of February, April, June, October and
    December."""
    return [nth_weekday(y, m, 0, 1) for y in range(2014, 2022) for m in (2, 4, 6, 10, 12)]


def _yt_kur(day: dt.date) -> str:
    if dt.date(2020, 3, 16) <= day <= dt.date(2020, 9, 30):
        return "Dersler uzaktan eğitimle devam ediyor; yeni kur tarihleri yakında duyurulacak"
    start = next_of(day, yt_kur_days())
    return (f"Yeni kur {tr_day(start)} {GUNLER[start.weekday()]} başlıyor · Seviye tespit "
            f"sınavı {tr_day(start - 3 * ONE)}")


@cache
def _yt_burs() -> Wordings:
    base = _steps((_OLD, "Türkiye Bursları hakkında bilgi almak için danışmanlarımıza "
                         "başvurabilirsiniz"))
    donem = [(dt.date(y, 1, 10), dt.date(y, 2, 21), f"Türkiye Bursları {y} başvuruları 20 "
                                                     f"Şubat'a kadar devam ediyor")
             for y in YEARS]
    return _PERIOD.calendar(base, donem)


def _tatil(name: str, y: int, first: dt.date, days: int) -> Event:
    back = first + days * ONE
    return (first - 5 * ONE, back, f"{name} {y} tatili: dersler {tr_day(back)} tarihinde "
                                   f"başlıyor")


@cache
def _yt_duyuru() -> Wordings:
    base = _steps((_OLD, "Güncel duyurular için Instagram hesabımızı takip edin"))
    covid = [_span("2020-03-16", "2020-09-30", "Yüz yüze derslere ara verildi, tüm kurlar "
                                               "uzaktan eğitimle sürüyor")]
    bayram = sorted([_tatil("Ramazan Bayramı", y, iso_day(RAMAZAN_BAYRAMI[y]), 3)
                     for y in YEARS]
                    + [_tatil("Kurban Bayramı", y, iso_day(KURBAN_BAYRAMI[y]), 4)
                       for y in YEARS])
    return _PERIOD.calendar(base, covid, bayram)


def yakamoz_style() -> PublisherStyle:
    """A Turkish-language teaching centre in Izmir: a kind from a pool, "Yayın tarihi:" and
    the dotted date turned the long date on 2 September 2019 (a wording per day), the next
    course start and its placement test (five a year; remote teaching in 2020), a Türkiye
    Scholarships line turned by each year's application period, the year's course fee
    (changing each September), a residence-permit line reworded in 2019, an announcement
    turned by the Bayram holidays and the pandemic, the contact and copyright lines (a
    block), a rare correction."""
    return PublisherStyle(
        domain="yakamozturkce.com.tr", site="Yakamoz Türkçe Öğretim Merkezi", base_size=55,
        subdomains=(("www.", 100),),
        sections=("duyurular", "kurslar", "sinav", "ogrenci"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"tur": ("Duyuru", "Kurs", "Sınav", "Burs", "Etkinlik")},
        families=(
            _f("tur", HEADER, 0.45, (_OLD, "{tur}")),
            _f("tarih", HEADER, 0.85, *_by_day(
                lambda day: f"Yayın tarihi: {de_day(day)}" if day < YT_REDESIGN else
                tr_day(day))),
            _f("kur", HEADER, 0.3, *_by_day(_yt_kur)),
            _f("burs", MIDDLE, 0.15, *_yt_burs()),
            _f("ucret", FOOTER, 0.2, *from_table(YT_UCRET, lambda v: (
                f"{v.split('|')[0]} eğitim yılı kur ücreti: {v.split('|')[1]} TL (A1–C1, kur "
                f"başına)"))),
            _f("ikamet", FOOTER, 0.25,
               (_OLD, "Öğrenci ikamet izni başvurularında merkezimizin kayıt belgesi kabul "
                      "edilmektedir."),
               (YT_IKAMET.isoformat(), "İkamet izni için e-ikamet sistemi üzerinden randevu "
                                       "alın; kayıt belgenizi merkezimizden teslim "
                                       "alabilirsiniz.")),
            _f("duyuru", FOOTER, 0.3, *_yt_duyuru()),
            _f("iletisim", FOOTER, 0.4, (_OLD, "İletişim: Yakamoz Türkçe Öğretim Merkezi, "
                                               "Alsancak / İzmir · 0232 555 12 80")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Yakamoz Türkçe Öğretim Merkezi")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Kur başlangıç tarihi yanlış "
                                                "yazılmıştı, düzeltildi.")),
        ),
    )


# --- a German school-exchange association -------------------------------------------------

BJ_REDESIGN = dt.date(2017, 10, 16)
BJ_PREISE = (("2014-09-01", "2015/16|8.950"), ("2015-09-01", "2016/17|9.250"),
             ("2016-09-01", "2017/18|9.490"), ("2017-09-01", "2018/19|9.790"),
             ("2018-09-01", "2019/20|9.990"), ("2019-09-01", "2020/21|10.290"),
             ("2020-09-01", "2021/22|10.490"))


def _bj_frist(day: dt.date) -> str:
    y = day.year if day <= dt.date(day.year, 3, 31) else day.year + 1
    return (f"Bewerbungsschluss für das Schuljahr {y}/{str(y + 1)[2:]} in den USA: 31. März "
            f"{y}")


def _bj_stipendium(day: dt.date) -> str:
    y = day.year if day <= dt.date(day.year, 10, 15) else day.year + 1
    return (f"Jetzt bewerben: Teilstipendien für das Austauschjahr {y + 1}/{str(y + 2)[2:]} – "
            f"Bewerbungsschluss 15. Oktober {y}")


@cache
def _bj_hinweis() -> Wordings:
    base = _steps((_OLD, "Infoabende in Ihrer Nähe: alle Termine auf unserer Website"))
    corona = [_span("2020-03-13", "2020-12-31", "Corona: aktuelle Informationen zur Ausreise "
                                                "und zur Rückkehr unserer Austauschschüler")]
    abflug = _yearly("07-20", 14, 20, lambda y: f"Gute Reise! Unsere Austauschschüler {y}/"
                                                f"{str(y + 1)[2:]} fliegen im August ab")
    return _PERIOD.calendar(base, corona, abflug)


def brueckenjahr_style() -> PublisherStyle:
    """A German school-exchange association: the numeric date turned the weekday and the long
    date on 16 October 2017 (a wording per day), the US application deadline (changing each
    1 April), a partial-scholarship appeal with its deadline (changing each 16 October),
    "Mehr zum Thema:", the programme price for the coming school year (changing each
    September), a visa line, an info-evening line turned by the August departures and the
    pandemic, the association, contact and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="brueckenjahr.de", site="Brückenjahr Austausch", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "usa", "kanada", "neuseeland", "stipendien"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("datum", HEADER, 0.85, *_by_day(
                lambda day: de_day(day) if day < BJ_REDESIGN else
                f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}")),
            _f("frist", HEADER, 0.3, *_by_day(_bj_frist)),
            _f("stipendium", MIDDLE, 0.2, *_by_day(_bj_stipendium)),
            _f("thema", MIDDLE, 0.3, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("preis", FOOTER, 0.2, *from_table(BJ_PREISE, lambda v: (
                f"Programmpreis High School USA {v.split('|')[0]}: ab {v.split('|')[1]} € "
                f"(inkl. Flug und Versicherung)"))),
            _f("visum", FOOTER, 0.2, (_OLD, "Für die USA brauchen Austauschschüler ein "
                                            "J-1-Visum; die Gastschule stellen wir.")),
            _f("hinweis", FOOTER, 0.3, *_bj_hinweis()),
            _f("verein", FOOTER, 0.4, (_OLD, "Brückenjahr Austausch e.V. · gemeinnütziger "
                                             "Verein · Amtsgericht Hamburg VR 18243")),
            _f("kontakt", FOOTER, 0.35, (_OLD, "Tel. 040 555 27 90 · info@brueckenjahr.de")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Brückenjahr Austausch e.V.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Bewerbungsschluss wurde "
                                                 "berichtigt.")),
        ),
    )


# --- a Vietnamese IELTS preparation centre ------------------------------------------------

HD_REDESIGN = dt.date(2018, 3, 5)
HD_LEPHI = (("2014-01-01", "4.500.000"), ("2017-01-01", "4.620.000"),
            ("2018-03-01", "4.750.000"), ("2020-01-01", "4.664.000"))


def _hd_lich(day: dt.date) -> str:
    if day.year == 2020 and day.month == 4:
        return "Tạm dừng các kỳ thi IELTS trong tháng 4/2020 theo chỉ thị giãn cách xã hội"
    sat = nth_weekday(day.year, day.month, 5, 1)
    days = []
    while sat.month == day.month:
        days.append(f"{sat.day:02d}/{sat.month:02d}")
        sat += 7 * ONE
    return f"Lịch thi IELTS tháng {day.month}/{day.year} (thi trên giấy): {', '.join(days)}"


@cache
def hd_classes() -> list[dt.date]:
    """A new intensive IELTS class every other Monday."""
    day, out = dt.date(2014, 12, 29), []
    while day < dt.date(2021, 3, 1):
        out.append(day)
        day += 14 * ONE
    return out


@cache
def _hd_thongbao() -> Wordings:
    base = _steps((_OLD, "Đăng ký học thử miễn phí tại fanpage Anh ngữ Hải Đăng"))
    covid = [_span("2020-02-03", "2020-05-03", "Các lớp học chuyển sang học trực tuyến cho đến "
                                               "khi có thông báo mới")]
    tet = [(iso_day(LUNAR_NEW_YEAR[y], -10), iso_day(LUNAR_NEW_YEAR[y], 7),
            f"Trung tâm nghỉ Tết {y}, khai giảng lại từ {vn_day(iso_day(LUNAR_NEW_YEAR[y], 7))}")
           for y in YEARS]
    return _PERIOD.calendar(base, covid, tet)


def haidang_style() -> PublisherStyle:
    """A Vietnamese IELTS preparation centre: "Ngày đăng:" and the numeric date turned
    "Cập nhật lúc" the time and the date on 5 March 2018 (a wording per day), the month's
    IELTS dates (a wording per month; none in April 2020), the next fortnightly intensive
    class, "Bài viết liên quan:", the IELTS fee (changing in some years), a free-trial line
    turned by Tết and the pandemic, the contact and copyright lines (a block), a rare
    correction."""
    return PublisherStyle(
        domain="anhnguhaidang.edu.vn", site="Anh ngữ Hải Đăng", base_size=30,
        subdomains=(("www.", 100),),
        sections=("tin-tuc", "kinh-nghiem-thi", "lich-khai-giang"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("ngay", HEADER, 0.85, *_by_day(
                lambda day: f"Ngày đăng: {vn_day(day)}" if day < HD_REDESIGN else
                f"Cập nhật lúc {{time}}, {vn_day(day)}")),
            _f("lichthi", HEADER, 0.3, *_by_day(_hd_lich)),
            _f("khaigiang", MIDDLE, 0.25, *_by_day(
                lambda day: (lambda c: f"Khai giảng lớp IELTS cấp tốc: {THU[c.weekday()]}, "
                                       f"{vn_day(c)}")(next_of(day, hd_classes())))),
            _f("lienquan", MIDDLE, 0.3, (_OLD, "Bài viết liên quan: {other_title}")),
            _f("lephi", FOOTER, 0.25, *from_table(HD_LEPHI, lambda v: (
                f"Lệ phí thi IELTS hiện tại: {v} VNĐ"))),
            _f("thongbao", FOOTER, 0.25, *_hd_thongbao()),
            _f("lienhe", FOOTER, 0.4, (_OLD, "Liên hệ: 024 3555 8120 – 45 Láng Hạ, Đống Đa, "
                                             "Hà Nội")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Anh ngữ Hải Đăng")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: lịch khai giảng trong bài đã được "
                                                 "cập nhật.")),
        ),
    )


def heldout216_styles() -> list[PublisherStyle]:
    """The held-back-216 styles, in the order the generator hands them to publishers."""
    return [
        brightwater_style(), meridian_style(), languesetrivages_style(), hanbit_style(),
        saomai_style(), atlas_style(), neckar_style(), liffey_style(), nurikorean_style(),
        yakamoz_style(), brueckenjahr_style(), haidang_style(),
    ]
