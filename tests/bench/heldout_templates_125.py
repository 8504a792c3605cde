"""The ``held-back-125`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-123 set. It was
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
disclaimer, an attorney-advertising line or a term calendar. The publishers are legal and court
news sites, in English (US, UK, India, Nigeria), French, German, Spanish, Portuguese (Brazil)
and Polish: a US legal trade daily in New York, a UK court-reporting agency, an Indian legal
news portal, a French legal trade weekly's site, a German legal news portal, a Nigerian legal
news site, a Spanish legal daily, a Brazilian legal news site, the news page of a US law firm,
a US legal-aid charity printing English and Spanish, the news page of a Polish regional bar of
legal advisers and the news section of a Brazilian town's official gazette. The families are
the kinds a crawl of such sites holds: dates localised day by day in American English (AP
months, Eastern time with daylight saving), British English (GMT and BST), Indian and Nigerian
English, French (with "1er"), German, Spanish, Portuguese and Polish (genitive months), several
changing form on the day of a redesign; case-number and docket lines of each country (US
circuit dockets, Indian "Civil Appeal No. ... of ...", Nigerian suit numbers, CNJ's unified
Brazilian numbers, German Aktenzeichen, Polish sygnatury, Spanish judgment numbers and ECLI,
French decision references), several printed with the day's date; citation suggestions with
the article's title; lines that turn every business day or every week (an Indian cause list
with vacation benches, a gazette's edition number with its year in Roman numerals, a court
round-up's week, a newsletter's ISO week, a legal clinic's next Thursday); the term calendars
some notices follow (the US Supreme Court's October Term, decision season and summer recess,
the High Court's four sittings and its vacations, the Indian Supreme Court's vacations, Spain's
August, Brazil's "recesso forense" before and after the 2015 Code of Civil Procedure and the
STF's July, Nigeria's annual vacation and new legal year, France's "vacations judiciaires"),
bar exams and law entrance tests (US bar exams, CLAT, CRFPA, the Polish legal advisers' exam),
conferences (NBA's AGC, the Deutscher Juristentag and Anwaltstag), landmark judgments,
confirmation hearings, elections, strikes, the 2018-19 shutdown, the beA outage, GDPR, the
2020 court closures and eviction moratoria, holidays and "ponto facultativo"; "not legal
advice" and attorney-advertising disclaimers reworded, CLE and CPD credit lines, paywall and
subscription notices with prices rising, income limits for legal aid that follow the poverty
guidelines each year, practising-fee reminders, comment and contempt notices,
reporting-restriction lines, related links and advertisement markers mid-body (some up to two
times), multi-line blocks, bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Callable

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
_movable, _daily = _PERIOD.movable, _PERIOD.daily

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
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
POLISH_MONTHS_GENITIVE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
                          "lipca", "sierpnia", "września", "października", "listopada",
                          "grudnia")
POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
                   "niedziela")


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}#{day.isoformat()}".encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def business_day(day: dt.date) -> dt.date:
    """The last weekday (Monday to Friday) on or before `day`."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def us_summer_time(day: dt.date) -> bool:
    """Whether US Eastern daylight time is in force on `day` (the second Sunday of March to
    the day before the first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def uk_summer_time(day: dt.date) -> bool:
    """Whether British Summer Time is in force on `day` (the last Sunday of March to the day
    before the last Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def roman(n: int) -> str:
    """`n` (1 to 39) in Roman numerals, as a gazette prints its year of publication."""
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def dotted(n: int) -> str:
    """A whole number with dotted thousands: 2.345."""
    return f"{n:,}".replace(",", ".")


# --- a US legal trade daily (New York) -----------------------------------------------------

DL_REDESIGN = dt.date(2017, 10, 2)  # relaunched on the first Monday of October Term 2017
DL_TIPS = dt.date(2018, 6, 1)
DL_PAYWALL = dt.date(2019, 3, 4)
DL_NEWSLETTER = dt.date(2019, 1, 7)
# The last opinion day of each October Term, the start of the Court's summer recess.
LAST_OPINION_DAY = {2015: "2015-06-29", 2016: "2016-06-27", 2017: "2017-06-26",
                    2018: "2018-06-27", 2019: "2019-06-27", 2020: "2020-07-09"}


def first_monday_of_october(y: int) -> dt.date:
    """The day the Supreme Court's October Term opens."""
    return nth_weekday(y, 10, 0, 1)


def october_term(day: dt.date) -> int:
    """The October Term `day` belongs to (a term runs from October to the next summer)."""
    return day.year if day >= first_monday_of_october(day.year) else day.year - 1


def _dl_dated(day: dt.date) -> str:
    if day < DL_REDESIGN:
        zone = "EDT" if us_summer_time(day) else "EST"
        return (f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}, {{time12}} "
                f"{zone}")
    return (f"{ENGLISH_WEEKDAYS[day.weekday()][:3]}, {AP_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} · {{time12}} ET")


def _dl_docket(day: dt.date) -> str:
    return f"Docket: {{court}}, No. {day:%y}-{{count}}"


def _dl_scotus(day: dt.date) -> str:
    y = day.year
    opens = first_monday_of_october(y)
    last = iso_day(LAST_OPINION_DAY[y]) if y in LAST_OPINION_DAY else dt.date(y, 6, 30)
    if day >= opens or day < dt.date(y, 6, 1):
        return (f"October Term {october_term(day)} is under way: follow every argument and "
                f"opinion on our Supreme Court tracker")
    if day <= last:
        return (f"Decision season: every opinion of October Term {y - 1}, within minutes of "
                f"its release")
    return (f"The Supreme Court is in its summer recess. October Term {y} opens on Monday, "
            f"{AP_MONTHS[9]} {opens.day}.")


def us_bar_exam(month: int) -> Callable[[int], dt.date | None]:
    """The first day of the February or July bar exam (the last Tuesday of the month); the
    July 2020 exam was moved."""
    return lambda y: None if (y, month) == (2020, 7) else last_weekday(y, month, 1)


def _dl_notice() -> Wordings:
    base = _steps((_OLD, "Sign up for The Docket Ledger's free morning newsletter"),
                  (DL_NEWSLETTER.isoformat(), "📬 The Morning Docket: the day's rulings, "
                                              "filings and lateral moves, in your inbox by "
                                              "6 a.m. ET"))
    hearings: list[Event] = [
        _span("2017-03-20", "2017-03-23", "⚖️ Gorsuch confirmation hearings: live from the "
                                          "Senate Judiciary Committee"),
        _span("2018-09-04", "2018-09-07", "⚖️ Kavanaugh confirmation hearings: live from the "
                                          "Senate Judiciary Committee"),
        _span("2018-09-27", "2018-09-28", "⚖️ Kavanaugh and Ford testify: live from the "
                                          "Senate Judiciary Committee"),
        _span("2020-10-12", "2020-10-15", "⚖️ Barrett confirmation hearings: live from the "
                                          "Senate Judiciary Committee"),
    ]
    news: list[Event] = [
        _span("2018-12-22", "2019-01-25", "🏛️ The shutdown and the federal courts: which "
                                          "civil cases are on hold"),
        _span("2020-03-16", "2020-06-30", "🦠 Courts and COVID-19: our tracker of closures, "
                                          "remote hearings and continuances"),
        _span("2020-10-03", "2020-10-06", "📝 The October 2020 remote bar exam: what "
                                          "candidates need to know"),
    ]
    exams = _movable(us_bar_exam(2), 2, 1, lambda y: f"📝 The February {y} bar exam: good "
                                                     f"luck to everyone sitting this week")
    exams += _movable(us_bar_exam(7), 2, 1, lambda y: f"📝 The July {y} bar exam: good luck "
                                                      f"to everyone sitting this week")
    return _calendar(base, hearings, news, exams)


def docketledger_style() -> PublisherStyle:
    """A US legal trade daily in New York: a practice-area kicker, the long date with Eastern
    standard or daylight time turned the short weekday, the AP date and "ET" on the first
    Monday of October Term 2017 (a wording per day), "By" turned the reporter and the beat, a
    paywall break reworded, "Related:" up to twice, the docket line with the court from a pool
    and the year's docket number, an editing tag, the Supreme Court's term, decision season
    and summer recess, a tips line reworded, a newsletter line turned by confirmation
    hearings, the shutdown, the 2020 courts and the bar exams, the reprints line and the
    copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="docketledger.com", site="The Docket Ledger", base_size=250,
        subdomains=(("www.", 95), ("", 5)),
        sections=("litigation", "appellate", "securities", "ip", "bankruptcy", "employment"),
        n_authors=14, url_path="/articles/{n}/{slug}",
        pools={
            "practice": ("Litigation", "Appellate", "Securities", "Intellectual Property",
                         "Bankruptcy", "Employment", "White Collar", "Antitrust"),
            "beat": ("appellate", "bankruptcy", "securities", "patent", "employment",
                     "white-collar", "antitrust"),
            "court": ("U.S. Court of Appeals for the Second Circuit",
                      "U.S. Court of Appeals for the Federal Circuit",
                      "U.S. Court of Appeals for the Ninth Circuit",
                      "U.S. Court of Appeals for the Third Circuit",
                      "U.S. Court of Appeals for the Fifth Circuit",
                      "U.S. Court of Appeals for the D.C. Circuit"),
        },
        families=(
            _f("practice", HEADER, 0.5, (_OLD, "{practice}")),
            _f("dated", HEADER, 0.9, *_by_day(_dl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (DL_REDESIGN.isoformat(), "By {author} · {author_beat} reporter")),
            _f("paywall", MIDDLE, 0.2, (_OLD, "Subscribers only: sign in to read the rest of "
                                              "this article, or start a free trial."),
               (DL_PAYWALL.isoformat(), "Keep reading with a Docket Ledger subscription. "
                                        "Start your 14-day free trial today.")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("docket", FOOTER, 0.45, *_by_day(_dl_docket)),
            _f("editing", FOOTER, 0.3, (_OLD, "--Editing by {author2}.")),
            _f("scotus", FOOTER, 0.18, *_by_day(_dl_scotus)),
            _f("tips", FOOTER, 0.25, (_OLD, "Have a tip? Email tips@docketledger.com."),
               (DL_TIPS.isoformat(), "Got a tip about a case or a firm? Reach our reporters "
                                     "securely at tips@docketledger.com or on Signal.")),
            _f("notice", FOOTER, 0.3, *_dl_notice()),
            _f("reprints", FOOTER, 0.25, (_OLD, "For reprints and licensing of Docket Ledger "
                                                "articles, write to "
                                                "permissions@docketledger.com.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Docket Ledger Media LLC. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "article misidentified the judge who issued "
                                                  "the ruling.")),
        ),
    )


# --- a UK court-reporting agency -----------------------------------------------------------

AW_REDESIGN = dt.date(2018, 10, 1)  # relaunched on the first day of Michaelmas term 2018
AW_COMMENTS = dt.date(2017, 9, 4)


def spring_bank_holiday(y: int) -> dt.date:
    """England's spring bank holiday: the last Monday of May."""
    return last_weekday(y, 5, 0)


def legal_term(day: dt.date) -> tuple[str, bool]:
    """The High Court's sitting or vacation on `day` and whether the court is sitting:
    Hilary (11 January to the Wednesday before Easter), Easter (the Tuesday after Easter
    Monday to the Friday before the spring bank holiday), Trinity (the Tuesday after it to
    31 July) and Michaelmas (1 October to 21 December) sittings, with the Christmas, Easter,
    Whitsun and long vacations between them."""
    y = day.year
    sunday, bank = easter(y), spring_bank_holiday(y)
    if day <= dt.date(y, 1, 10) or day >= dt.date(y, 12, 22):
        return "Christmas vacation", False
    if day <= sunday - 4 * ONE:
        return "Hilary", True
    if day <= sunday + ONE:
        return "Easter vacation", False
    if day <= bank - 3 * ONE:
        return "Easter", True
    if day <= bank:
        return "Whitsun vacation", False
    if day <= dt.date(y, 7, 31):
        return "Trinity", True
    if day <= dt.date(y, 9, 30):
        return "Long vacation", False
    return "Michaelmas", True


def _aw_dated(day: dt.date) -> str:
    if day < AW_REDESIGN:
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year} {{time}}"
    zone = "BST" if uk_summer_time(day) else "GMT"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year} {{time}} {zone}")


def _aw_week(day: dt.date) -> str:
    monday = day - day.weekday() * ONE
    return (f"Court round-up for the week beginning Monday {monday.day} "
            f"{ENGLISH_MONTHS[monday.month - 1]} {monday.year}: every verdict and sentence "
            f"from our reporters")


def _aw_term_text(day: dt.date) -> str:
    name, sitting = legal_term(day)
    if sitting:
        return f"High Court sittings: {name} term {day.year}"
    return f"{name}: the High Court sits for urgent business only"


def _aw_term() -> Wordings:
    covid = [_span("2020-03-23", "2020-06-30", "🦠 Courts and coronavirus: which hearings go "
                                               "ahead, and how to follow them remotely")]
    return _calendar(_aw_term_text, covid)


def assizewire_style() -> PublisherStyle:
    """A UK court-reporting agency: a desk kicker from a pool, the date and the time turned
    the weekday, the date, the time and GMT or BST on the first day of Michaelmas term 2018 (a
    wording per day), "By ..., Court Reporter" turned the reporter at the court from a pool,
    a rare reporting-restriction line, "Read more:" up to twice, an advertisement marker, the
    week's court round-up (a wording per week), the High Court's sittings and vacations
    (turned by the 2020 remote hearings), a comments-closed line reworded, a support line,
    the licensing line and the copyright (a block), a rare clarification."""
    return PublisherStyle(
        domain="assizewire.co.uk", site="Assize Wire", base_size=220,
        subdomains=(("www.", 100),),
        sections=("crime", "courts", "inquests", "family", "tribunals", "high-court"),
        n_authors=11, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "desk": ("Crime", "Courts", "Inquests", "Family Court", "Employment Tribunal",
                     "High Court"),
            "court": ("the Old Bailey", "Southwark Crown Court", "Manchester Crown Court",
                      "the Royal Courts of Justice", "Westminster Magistrates' Court",
                      "Birmingham Crown Court", "Leeds Crown Court"),
        },
        families=(
            _f("desk", HEADER, 0.45, (_OLD, "{desk}")),
            _f("dated", HEADER, 0.85, *_by_day(_aw_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}, Court Reporter"),
               (AW_REDESIGN.isoformat(), "{author} | Assize Wire, at {court}")),
            _f("restrictions", HEADER, 0.08, (_OLD, "Reporting restrictions: the complainant "
                                                    "cannot be identified under the Sexual "
                                                    "Offences (Amendment) Act 1992.")),
            _f("read-more", MIDDLE, 0.3, (_OLD, "Read more: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.2, (_OLD, "Advertisement")),
            _f("week", FOOTER, 0.15, *_by_day(_aw_week)),
            _f("term", FOOTER, 0.2, *_aw_term()),
            _f("comments", FOOTER, 0.35, (_OLD, "Comments are closed on this article because "
                                                "legal proceedings are active."),
               (AW_COMMENTS.isoformat(), "Comments have been switched off on this story for "
                                         "legal reasons.")),
            _f("support", FOOTER, 0.1, (_OLD, "If you have been affected by the issues in "
                                              "this story, free and confidential support is "
                                              "available from Victim Support.")),
            _f("licensing", FOOTER, 0.3, (_OLD, "Assize Wire supplies court copy to national "
                                                "and regional titles. To license this story, "
                                                "call the newsdesk on 020 7946 0382.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Assize Wire Ltd {year}")),
            _f("clarification", HEADER, 0.04, (_OLD, "Clarification: This report has been "
                                                     "amended to make clear that the "
                                                     "defendant denies the charge.")),
        ),
    )


# --- an Indian legal news portal -----------------------------------------------------------

NV_REDESIGN = dt.date(2017, 8, 24)  # relaunched on the day of the privacy judgment
NV_TELEGRAM = dt.date(2018, 7, 2)
NV_VIRTUAL = dt.date(2020, 3, 23)  # the Supreme Court hears matters by video from here
# The Supreme Court's summer vacations (partial working days), as the site printed them.
SC_SUMMER_VACATION = {2015: ("2015-05-09", "2015-06-30"), 2016: ("2016-05-14", "2016-07-03"),
                      2017: ("2017-05-13", "2017-07-02"), 2018: ("2018-05-19", "2018-07-01"),
                      2019: ("2019-05-11", "2019-06-30"), 2020: ("2020-06-01", "2020-06-19")}
CLAT = {2015: "2015-05-10", 2016: "2016-05-08", 2017: "2017-05-14", 2018: "2018-05-13",
        2019: "2019-05-26", 2020: "2020-09-28"}
VERDICTS = (("2017-08-22", "triple talaq"), ("2017-08-24", "right to privacy"),
            ("2018-09-06", "Section 377"), ("2018-09-26", "Aadhaar"),
            ("2018-09-28", "Sabarimala"), ("2019-11-09", "Ayodhya"))


def _nv_dated(day: dt.date) -> str:
    if day < NV_REDESIGN:
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year} {{time12}}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day:02d} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year} at {{time12}} IST")


def reopening(day: dt.date) -> dt.date:
    """The first weekday from 2 January after the winter break `day` falls in."""
    first = dt.date(day.year + (day.month == 12), 1, 2)
    return first + dt.timedelta(days=max(0, 7 - first.weekday()) if first.weekday() >= 5
                                else 0)


def _nv_cause(day: dt.date) -> str:
    if day.year in SC_SUMMER_VACATION:
        first, last = (iso_day(x) for x in SC_SUMMER_VACATION[day.year])
        if first <= day <= last:
            return (f"Supreme Court summer vacation: only vacation benches sit until "
                    f"{last.day} {ENGLISH_MONTHS[last.month - 1]}")
    if (day.month, day.day) >= (12, 21) or (day.month, day.day) <= (1, 1):
        back = reopening(day)
        return (f"Supreme Court winter break: the court reopens on "
                f"{ENGLISH_WEEKDAYS[back.weekday()]} {back.day} January")
    closed = business_day(day)
    when = f"{ENGLISH_WEEKDAYS[closed.weekday()]} {closed.day} {ENGLISH_MONTHS[closed.month - 1]}"
    if closed >= NV_VIRTUAL:
        return (f"Supreme Court cause list (virtual hearings), {when}: "
                f"{hashed(closed, 'nv-v', 90, 420)} matters before "
                f"{hashed(closed, 'nv-vb', 3, 8)} benches")
    return (f"Supreme Court cause list, {when}: {hashed(closed, 'nv', 700, 1600):,} matters "
            f"before {hashed(closed, 'nv-b', 11, 16)} benches")


def _nv_notice() -> Wordings:
    base = _steps((_OLD, "Follow Nyaya Varta on Twitter for live updates from the courts"),
                  (NV_TELEGRAM.isoformat(), "📲 Join Nyaya Varta on Telegram for every "
                                            "Supreme Court judgment as it is pronounced"))
    verdicts = [(iso_day(day), iso_day(day, 2), f"🔴 LIVE: the Supreme Court's {name} "
                                                f"verdict, paragraph by paragraph")
                for day, name in VERDICTS]
    courts = [_span("2020-03-23", "2020-06-30", "💻 Virtual courts: how the Supreme Court and "
                                                "the High Courts hear urgent matters")]
    clat = _movable(_listed(CLAT), 3, 0, lambda y: f"📝 CLAT {y}: last-minute tips, and the "
                                                   f"answer key after the exam")
    return _calendar(base, verdicts, courts, clat)


def nyayavarta_style() -> PublisherStyle:
    """An Indian legal news portal: a court kicker from a pool, the short date and the time
    turned the weekday, the date and Indian time on the day of the privacy judgment (a wording
    per day), "By" turned the news network line, the coram turned "Bench:", "Also Read -" up
    to twice, the case title, case number and citation lines from pools, "Click here to
    read/download" reworded, the Supreme Court's cause list by business day with its summer
    vacations, its winter break and its virtual hearings, a social line turned a Telegram
    appeal and turned by six landmark verdicts, the 2020 virtual courts and CLAT, a premium
    price rising, "Views are personal." on columns, the copyright, a rare correction."""
    return PublisherStyle(
        domain="nyayavarta.in", site="Nyaya Varta", base_size=195,
        subdomains=(("www.", 90), ("", 10)),
        sections=("supreme-court", "high-court", "columns", "law-schools", "news-updates"),
        n_authors=9, url_path="/{section}/{slug}-{n}",
        pools={
            "kicker": ("Supreme Court", "High Courts", "Delhi High Court", "Bombay High Court",
                       "NCLT", "Columns", "Law Schools"),
            "case_type": ("Civil Appeal", "Criminal Appeal", "Writ Petition (Civil)",
                          "Special Leave Petition (Criminal)", "Transfer Petition (Civil)",
                          "Review Petition (Civil)"),
            "case": ("State of Kerala v. Suresh Nair", "Union of India v. Meera Joshi",
                     "Ramesh Kumar v. State of Haryana", "Alpine Infra Ltd. v. Bank of Deccan",
                     "In Re: Conditions in Shelter Homes",
                     "Lakshmi Textiles v. Commissioner of Income Tax"),
            "bench": ("Justice R. K. Menon and Justice Anjali Deshpande",
                      "Justice S. Banerjee", "Justice M. Iqbal and Justice K. Shetty",
                      "Chief Justice A. N. Khanna, Justice V. Rao and Justice P. Sethi"),
            "doc": ("judgment", "order"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_nv_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (NV_REDESIGN.isoformat(), "{author} · Nyaya Varta News Network")),
            _f("coram", HEADER, 0.3, (_OLD, "Coram: {bench}"),
               (NV_REDESIGN.isoformat(), "Bench: {bench}")),
            _f("also-read", MIDDLE, 0.35, (_OLD, "Also Read - {other_title}"), count=2),
            _f("case-title", FOOTER, 0.35, (_OLD, "Case Title: {case}")),
            _f("case-no", FOOTER, 0.3, (_OLD, "Case No.: {case_type} No. {count} of {year}")),
            _f("citation", FOOTER, 0.3, (_OLD, "Citation: {year} NV (SC) {count}")),
            _f("read-judgment", FOOTER, 0.5, (_OLD, "Click here to read/download the {doc}"),
               (NV_REDESIGN.isoformat(), "Click here to read the {doc}")),
            _f("cause-list", FOOTER, 0.12, *_by_day(_nv_cause)),
            _f("notice", FOOTER, 0.3, *_nv_notice()),
            _f("premium", FOOTER, 0.15, (_OLD, "Go Premium: ad-free reading and judgment "
                                               "alerts for ₹499 a year"),
               ("2020-01-01", "Go Premium: ad-free reading and judgment alerts for ₹999 a "
                              "year")),
            _f("views", FOOTER, 0.12, (_OLD, "Views are personal.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Nyaya Varta. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "report named the wrong Bench.")),
        ),
    )


# --- a French legal trade weekly's site ----------------------------------------------------

LP_REDESIGN = dt.date(2019, 3, 25)  # relaunched on the Monday after the 2019 justice law
LP_PAYWALL = dt.date(2018, 9, 3)
LP_LETTRE = dt.date(2017, 9, 11)
LP_FORMATION = dt.date(2017, 1, 2)
# The solemn opening hearing of the Cour de cassation's year, as the site printed it.
RENTREE_CASSATION = {2015: "2015-01-16", 2016: "2016-01-14", 2017: "2017-01-13",
                     2018: "2018-01-15", 2019: "2019-01-14", 2020: "2020-01-13"}


def french_day(day: dt.date) -> str:
    """The day of the month as French prints it: "1er" for the first."""
    return "1er" if day.day == 1 else str(day.day)


def _lp_dated(day: dt.date) -> str:
    if day < LP_REDESIGN:
        return f"{french_day(day)} {FRENCH_MONTHS[day.month - 1]} {day.year}"
    return (f"Publié le {FRENCH_WEEKDAYS[day.weekday()]} {french_day(day)} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year} à {{time}}")


def _lp_decision(day: dt.date) -> str:
    return f"{{juridiction}}, {french_day(day)} {FRENCH_MONTHS[day.month - 1]} {day.year}, n° {{n}}"


def _lp_notice() -> Wordings:
    base = _steps((_OLD, "Recevez chaque matin la lettre d'information de La Lettre du Palais"),
                  (LP_LETTRE.isoformat(), "📩 La Lettre du Palais du matin : l'actualité "
                                          "juridique du jour, dans votre boîte à 7 h"))
    news = [
        _span("2020-01-06", "2020-02-16", "Grève des avocats contre la réforme des retraites : "
                                          "audiences renvoyées, la mobilisation barreau par "
                                          "barreau"),
        _span("2020-03-16", "2020-05-10", "🦠 Covid-19 : les juridictions fonctionnent selon "
                                          "leur plan de continuation d'activité"),
    ]
    rentree = _movable(_listed(RENTREE_CASSATION), 1, 1,
                       lambda y: f"Audience solennelle de rentrée de la Cour de cassation {y} : "
                                 f"les discours")
    vacations = _yearly("07-15", 0, 47, lambda y: f"Vacations judiciaires {y} : service allégé "
                                                  f"dans les juridictions jusqu'au 31 août")
    crfpa = _movable(lambda y: nth_weekday(y, 9, 1, 1), 1, 0,
                     lambda y: f"Examen d'entrée au CRFPA {y} : bon courage aux candidats")
    return _calendar(base, news, rentree, vacations, crfpa)


def lettredupalais_style() -> PublisherStyle:
    """A French legal trade weekly's site: a rubric kicker, the date (with "1er") turned
    "Publié le" with the weekday and the time on the Monday after the 2019 justice law (a
    wording per day), "Par" with the author, the decision reference with the court from a pool
    and the day's date (a wording per day), a subscribers-only break reworded, "À lire aussi :"
    up to twice, the source from a pool, a continuing-training line reworded, a morning letter
    turned by the lawyers' strike, the 2020 continuation plans, the Cour de cassation's
    opening hearing, the judicial vacations and the CRFPA exam, a subscription price rising,
    the not-a-consultation line and the rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="lettredupalais.fr", site="La Lettre du Palais", base_size=170,
        subdomains=(("www.", 100),),
        sections=("penal", "affaires", "procedure-civile", "social", "profession", "public"),
        n_authors=8, url_path="/actualite/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Pénal", "Affaires", "Procédure civile", "Social", "Profession",
                         "Public", "Libertés fondamentales"),
            "juridiction": ("Cass. crim.", "Cass. 1re civ.", "Cass. soc.", "Cass. com.", "CE",
                            "CA Paris", "Cons. const."),
            "source": ("Cour de cassation", "Conseil d'État", "Légifrance",
                       "Conseil constitutionnel", "AFP", "Conseil national des barreaux"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_lp_dated)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}")),
            _f("decision", HEADER, 0.4, *_by_day(_lp_decision)),
            _f("abonnes", MIDDLE, 0.2, (_OLD, "Cet article est réservé aux abonnés."),
               (LP_PAYWALL.isoformat(), "La suite de cet article est réservée aux abonnés. "
                                        "Déjà abonné ? Connectez-vous.")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("source", FOOTER, 0.3, (_OLD, "Source : {source}")),
            _f("formation", FOOTER, 0.12, (_OLD, "Cet article peut être validé au titre de la "
                                                 "formation continue des avocats (1 heure)."),
               (LP_FORMATION.isoformat(), "Formation continue : validez 1 heure "
                                          "d'autoformation avec le quiz de cet article.")),
            _f("agenda", FOOTER, 0.3, *_lp_notice()),
            _f("tarif", FOOTER, 0.15, (_OLD, "Abonnez-vous : 9 € par mois, sans engagement"),
               ("2019-01-07", "Abonnez-vous : 12 € par mois, sans engagement")),
            _f("avertissement", FOOTER, 0.2, (_OLD, "Les informations publiées ne constituent "
                                                    "pas une consultation juridique.")),
            _f("droits", FOOTER, 0.35, (_OLD, "© La Lettre du Palais {year} – Tous droits "
                                              "réservés – Reproduction interdite sans "
                                              "autorisation")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : une précédente version de "
                                                    "cet article indiquait une date d'audience "
                                                    "erronée.")),
        ),
    )


# --- a German legal news portal ------------------------------------------------------------

RB_REDESIGN = dt.date(2018, 5, 25)  # relaunched on the day the GDPR took effect
RB_NEWSLETTER = dt.date(2016, 9, 1)
RB_FAO = dt.date(2020, 1, 1)
ANWALTSTAG = {2015: ("2015-06-10", "2015-06-12", "Hamburg"),
              2016: ("2016-06-01", "2016-06-03", "Berlin"),
              2017: ("2017-05-24", "2017-05-26", "Essen"),
              2018: ("2018-06-06", "2018-06-08", "Mannheim"),
              2019: ("2019-05-15", "2019-05-17", "Leipzig")}
JURISTENTAG = (("2016-09-13", "2016-09-16", "71. Deutscher Juristentag in Essen"),
               ("2018-09-26", "2018-09-28", "72. Deutscher Juristentag in Leipzig"))


def _rb_dated(day: dt.date) -> str:
    if day < RB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} {day.year}"


def _rb_az(day: dt.date) -> str:
    return (f"{{gericht}}, {{art}} v. {day.day:02d}.{day.month:02d}.{day.year}, Az. {{senat}} "
            f"{{count}}/{day:%y}")


def _rb_cite(day: dt.date) -> str:
    return (f"Zitiervorschlag: {{author}}, {{title}}, in: Rechtsblick, "
            f"{day.day:02d}.{day.month:02d}.{day.year}")


def _rb_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"Rechtsblick-Wochenüberblick KW {week:02d}/{year}: die Urteile der Woche"


def _rb_notice() -> Wordings:
    base = _steps((_OLD, "Folgen Sie Rechtsblick auf Twitter"),
                  (RB_NEWSLETTER.isoformat(), "📩 Der Rechtsblick-Newsletter: jeden Morgen die "
                                              "wichtigsten Urteile"))
    first = [
        _span("2018-05-14", "2018-05-31", "DSGVO ab 25. Mai: Was Kanzleien jetzt umsetzen "
                                          "müssen"),
        _span("2020-03-16", "2020-05-31", "🦠 Corona und die Justiz: Welche Gerichte noch "
                                          "verhandeln"),
    ]
    bea = [_span("2017-12-22", "2018-09-02", "beA offline: Was Anwältinnen und Anwälte zum "
                                             "besonderen elektronischen Anwaltspostfach "
                                             "wissen müssen")]
    meetings = [_span(a, b, f"{name}: Beschlüsse und Berichte") for a, b, name in JURISTENTAG]
    meetings += [_span(a, b, f"Deutscher Anwaltstag {y} in {city}: Programm und Berichte")
                 for y, (a, b, city) in ANWALTSTAG.items()]
    return _calendar(base, first, bea, meetings)


def rechtsblick_style() -> PublisherStyle:
    """A German legal news portal: a rubric kicker, the numeric date turned the weekday and
    the long date on the day the GDPR took effect (a wording per day), "von" turned "Ein
    Beitrag von", the court, the kind of decision and the day's Aktenzeichen (a wording per
    day), "Mehr auf Rechtsblick:" up to twice, advertisement markers, a paywall line with its
    price rising, the citation suggestion with the author, the title and the day (a wording
    per day), the weekly overview by ISO week, a social line turned a newsletter line and
    turned by the GDPR, the beA outage, the 2020 courts, the Juristentag and the Anwaltstag,
    a self-study line for specialist lawyers reworded, the no-legal-advice line and the
    copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="rechtsblick.de", site="Rechtsblick", base_size=150,
        subdomains=(("www.", 100),),
        sections=("zivilrecht", "strafrecht", "arbeitsrecht", "verfassungsrecht", "kanzleien",
                  "ausbildung"),
        n_authors=7, url_path="/{section}/{slug}-{n}/",
        pools={
            "rubrik": ("Zivilrecht", "Strafrecht", "Arbeitsrecht", "Verfassungsrecht",
                       "Verwaltungsrecht", "Juristenausbildung", "Kanzleien"),
            "gericht": ("BGH", "BVerfG", "BAG", "BVerwG", "BFH", "OLG Frankfurt",
                        "LG Berlin"),
            "art": ("Urt.", "Beschl."),
            "senat": ("VI ZR", "1 StR", "1 BvR", "5 AZR", "IX ZR", "3 C", "VIII R", "2 BvE"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_rb_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "von {author}"),
               (RB_REDESIGN.isoformat(), "Ein Beitrag von {author}")),
            _f("az", HEADER, 0.4, *_by_day(_rb_az)),
            _f("mehr", MIDDLE, 0.3, (_OLD, "Mehr auf Rechtsblick: {other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige"), count=2),
            _f("plus", MIDDLE, 0.15, (_OLD, "Weiterlesen mit Rechtsblick Plus: 4 Wochen gratis, "
                                            "danach 9,90 € im Monat"),
               ("2020-02-01", "Weiterlesen mit Rechtsblick Plus: 4 Wochen gratis, danach "
                              "12,90 € im Monat")),
            _f("zitiervorschlag", FOOTER, 0.5, *_by_day(_rb_cite)),
            _f("wochenueberblick", FOOTER, 0.12, *_by_day(_rb_week)),
            _f("hinweis", FOOTER, 0.3, *_rb_notice()),
            _f("fao", FOOTER, 0.15, (_OLD, "Fachanwälte: Dieser Beitrag kann für das "
                                           "Selbststudium nach § 15 FAO angerechnet werden."),
               (RB_FAO.isoformat(), "Fachanwaltsfortbildung: Lernerfolgskontrolle zu diesem "
                                    "Beitrag – bis zu 5 Stunden Selbststudium nach § 15 Abs. 4 "
                                    "FAO.")),
            _f("keine-beratung", FOOTER, 0.2, (_OLD, "Hinweis: Dieser Beitrag ersetzt keine "
                                                     "Rechtsberatung im Einzelfall.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Rechtsblick {year}. Alle Rechte "
                                                 "vorbehalten.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war das "
                                                 "Aktenzeichen falsch angegeben.")),
        ),
    )


# --- a Nigerian legal news site ------------------------------------------------------------

LR_REDESIGN = dt.date(2019, 2, 23)  # relaunched on the 2019 presidential election day
LR_WHATSAPP = dt.date(2017, 11, 1)
LR_PRESS = dt.date(2018, 4, 3)
NBA_AGC = {2015: ("2015-08-23", "2015-08-28", "Abuja"),
           2016: ("2016-08-19", "2016-08-26", "Port Harcourt"),
           2017: ("2017-08-18", "2017-08-25", "Lagos"),
           2018: ("2018-08-24", "2018-08-31", "Abuja"),
           2019: ("2019-08-23", "2019-08-30", "Lagos"),
           2020: ("2020-08-26", "2020-08-29", "")}


def new_legal_year(y: int) -> dt.date:
    """The Supreme Court's new legal year ceremony, as the site kept it: the third Monday of
    September."""
    return nth_weekday(y, 9, 0, 3)


def _lr_dated(day: dt.date) -> str:
    if day < LR_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year} | {{time12}} WAT")


def _lr_agc(y: int) -> str:
    _, _, city = NBA_AGC[y]
    if not city:
        return "NBA AGC 2020 goes virtual: how to join the sessions from your chambers"
    return f"NBA Annual General Conference {y}, {city}: live updates from the conference"


def _lr_notice() -> Wordings:
    base = _steps((_OLD, "Like our Facebook page for daily legal news"),
                  (LR_WHATSAPP.isoformat(), "📲 Get judgments and legal news on WhatsApp: "
                                            "send JOIN to 0803 000 0417"))
    news = [
        _span("2020-03-24", "2020-05-03", "🦠 COVID-19: courts suspend sittings nationwide; "
                                          "only urgent matters will be heard"),
        _span("2020-10-08", "2020-10-31", "#EndSARS: volunteer lawyers offer free legal help "
                                          "to arrested protesters"),
    ]
    votes = [
        _vote("2015-03-28", "🗳️ Presidential election 2015: the tribunals and what the "
                            "Electoral Act says", before=3, after=1),
        _span("2019-02-16", "2019-02-19", "🗳️ INEC postpones the elections to 23 February: "
                                          "what the Electoral Act says"),
        _vote("2019-02-23", "🗳️ Presidential election 2019: the tribunals and what the "
                            "Electoral Act says", before=3, after=1),
    ]
    agc = [_span(a, b, _lr_agc(y)) for y, (a, b, _) in NBA_AGC.items()]
    legal_year = _movable(new_legal_year, 1, 0, lambda y: f"New legal year {y}/{y + 1}: the "
                                                          f"Chief Justice's address")
    vacation = _yearly("07-15", 0, 62, lambda y: f"Annual vacation {y}: vacation judges sit on "
                                                 f"urgent matters only until mid-September")
    fees = [_span(f"{y}-01-04", f"{y}-03-31", f"Reminder: {y} Bar Practising Fees are due by "
                                              f"31 March. Pay only through the NBA portal.")
            for y in YEARS]
    return _calendar(base, news, votes, agc, legal_year, vacation, fees)


def lagoslawreporter_style() -> PublisherStyle:
    """A Nigerian legal news site: a category kicker, the long date turned the weekday, the
    date and West Africa time on the 2019 presidential election day (a wording per day), "By"
    turned the reporter and the city from a pool, the suit number with its court's prefix
    from a pool, "READ ALSO:" up to twice, advertisement markers up to twice, a Facebook line
    turned a WhatsApp appeal and turned by the 2020 court closures, #EndSARS, the two
    presidential elections and the 2019 postponement, the NBA's conferences (virtual in 2020),
    the new legal year, the annual vacation and the practising-fee deadline, a readers'
    comments disclaimer, a press line reworded, the copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="lagoslawreporter.com.ng", site="Lagos Law Reporter", base_size=130,
        subdomains=(("www.", 100),),
        sections=("judiciary", "court-news", "nba", "legislation", "human-rights", "petitions"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "category": ("Judiciary", "Court News", "NBA News", "Legislation", "Human Rights",
                         "Election Petitions", "Law Firms"),
            "city": ("Lagos", "Abuja", "Port Harcourt", "Kano", "Enugu", "Ibadan", "Benin"),
            "suit": ("FHC/ABJ/CS", "FHC/L/CS", "FHC/PH/CS", "ID", "LD", "CA/A", "SC"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.85, *_by_day(_lr_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (LR_REDESIGN.isoformat(), "By {author}, {city}")),
            _f("suit-no", HEADER, 0.35, (_OLD, "Suit No: {suit}/{count}/{year}")),
            _f("read-also", MIDDLE, 0.35, (_OLD, "READ ALSO: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("notice", FOOTER, 0.3, *_lr_notice()),
            _f("disclaimer", FOOTER, 0.35, (_OLD, "Disclaimer: Readers' comments are their "
                                                  "own and are not the views of Lagos Law "
                                                  "Reporter or its staff.")),
            _f("press", FOOTER, 0.2, (_OLD, "Send judgments, press releases and event notices "
                                            "to news@lagoslawreporter.com.ng"),
               (LR_PRESS.isoformat(), "Have a judgment or an event to share? Email "
                                      "news@lagoslawreporter.com.ng or WhatsApp 0803 000 "
                                      "0417")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} Lagos Law Reporter. All "
                                                 "rights reserved. Reproduction in any form "
                                                 "without written permission is "
                                                 "prohibited.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "report stated that the judgment was "
                                                  "delivered in Abuja.")),
        ),
    )


# --- a Spanish legal daily ------------------------------------------------------------------

EE_REDESIGN = dt.date(2018, 9, 10)  # relaunched on the opening of the 2018-19 judicial year
EE_BOLETIN = dt.date(2019, 1, 14)
# The opening of the judicial year at the Tribunal Supremo, as the site printed it.
APERTURA = {2015: "2015-09-14", 2016: "2016-09-05", 2017: "2017-09-05", 2018: "2018-09-10",
            2019: "2019-09-09", 2020: "2020-09-07"}


def _ee_dated(day: dt.date) -> str:
    if day < EE_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{SPANISH_WEEKDAYS[day.weekday()]} {day.day} de {SPANISH_MONTHS[day.month - 1]} "
            f"de {day.year}, {{time}} h")


def _ee_resolucion(day: dt.date) -> str:
    return f"{{tribunal}} {{count}}/{day.year}, de {day.day} de {SPANISH_MONTHS[day.month - 1]}"


def _ee_agosto(y: int) -> list[Event]:
    if y == 2020:
        return [
            _span("2020-08-01", "2020-08-10", "Agosto de 2020: inhábil a efectos procesales "
                                              "solo hasta el día 10"),
            _span("2020-08-11", "2020-08-31", "Del 11 al 31 de agosto de 2020 son hábiles para "
                                              "las actuaciones judiciales (Real Decreto-ley "
                                              "16/2020)"),
        ]
    return [_span(f"{y}-08-01", f"{y}-08-31", f"Agosto de {y} es inhábil a efectos procesales, "
                                              f"salvo para las actuaciones urgentes")]


def _ee_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Twitter y LinkedIn"),
                  (EE_BOLETIN.isoformat(), "📩 Suscríbete a El Estrado al Día: la actualidad "
                                           "jurídica de cada mañana"))
    alarma = [_span("2020-03-14", "2020-06-03", "Estado de alarma: los plazos procesales "
                                                "quedan suspendidos")]
    agosto = [event for y in YEARS for event in _ee_agosto(y)]
    apertura = _movable(_listed(APERTURA), 1, 0, lambda y: f"Apertura del Año Judicial "
                                                           f"{y}-{y + 1}: el discurso del "
                                                           f"presidente del Tribunal Supremo")
    return _calendar(base, alarma, agosto, apertura)


def elestrado_style() -> PublisherStyle:
    """A Spanish legal daily: a section kicker, the numeric date turned the weekday, the long
    date and the time on the opening of the 2018-19 judicial year (a wording per day), "Por"
    with the author, the judgment's number with the court from a pool and the day's date (a
    wording per day), "Te puede interesar:" up to twice, advertisement markers, the ECLI with
    the year, a social line turned a newsletter line and turned by the 2020 state of alarm,
    the inhábil August (partly hábil in 2020) and the opening of the judicial year, a
    subscription price rising, the not-legal-advice line and the rights line (a block), a
    rare erratum."""
    return PublisherStyle(
        domain="elestrado.es", site="El Estrado", base_size=110,
        subdomains=(("www.", 100),),
        sections=("tribunales", "abogacia", "penal", "mercantil", "laboral", "oposiciones"),
        n_authors=6, url_path="/{section}/{slug}_{n}.html",
        pools={
            "seccion": ("Tribunales", "Abogacía", "Penal", "Mercantil", "Laboral", "Justicia",
                        "Oposiciones"),
            "tribunal": ("STS", "STC", "SAN", "STSJ Madrid", "SAP Barcelona", "ATS"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_ee_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("resolucion", HEADER, 0.35, *_by_day(_ee_resolucion)),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "Publicidad")),
            _f("ecli", FOOTER, 0.25, (_OLD, "ECLI:ES:TS:{year}:{count}")),
            _f("aviso", FOOTER, 0.3, *_ee_notice()),
            _f("suscripcion", FOOTER, 0.15, (_OLD, "Hazte suscriptor de El Estrado por 4,99 € "
                                                   "al mes"),
               ("2020-02-01", "Hazte suscriptor de El Estrado por 5,99 € al mes")),
            _f("aviso-legal", FOOTER, 0.2, (_OLD, "Este artículo tiene carácter informativo y "
                                                  "no constituye asesoramiento jurídico.")),
            _f("derechos", FOOTER, 0.35, (_OLD, "© {year} El Estrado Ediciones Jurídicas S.L. "
                                                "Todos los derechos reservados.")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: en una versión anterior "
                                                     "se atribuía la sentencia a otra sala.")),
        ),
    )


# --- a Brazilian legal news site -----------------------------------------------------------

PF_REDESIGN = dt.date(2016, 3, 18)  # relaunched on the day the 2015 Code of Civil Procedure
PF_WHATSAPP = dt.date(2018, 5, 2)
BRAZILIAN_VOTES = (("2016-10-02", 1), ("2016-10-30", 2), ("2018-10-07", 1), ("2018-10-28", 2),
                   ("2020-11-15", 1), ("2020-11-29", 2))


def _pf_dated(day: dt.date) -> str:
    if day < PF_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return (f"{PORTUGUESE_WEEKDAYS[day.weekday()]}, {day.day} de "
            f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}, às {{time}}")


def recesso(y: int) -> Event:
    """The courts' recess from 20 December of `y`: to 6 January before the 2015 Code of
    Civil Procedure took effect, to 20 January after."""
    end = 6 if y < 2016 else 20
    return (dt.date(y, 12, 20), dt.date(y + 1, 1, end + 1),
            f"Recesso forense: prazos suspensos de 20 de dezembro de {y} a {end} de janeiro "
            f"de {y + 1}")


def _pf_notice() -> Wordings:
    base = _steps((_OLD, "Receba as notícias do Pauta Forense no seu e-mail"),
                  (PF_WHATSAPP.isoformat(), "📲 Receba o Pauta Forense no WhatsApp: mande OI "
                                            "para (11) 90000-0417"))
    news = [
        _span("2016-03-14", "2016-03-18", "Novo CPC entra em vigor em 18 de março: o que muda "
                                          "nos prazos"),
        _span("2020-03-19", "2020-04-30", "🦠 Covid-19: prazos processuais suspensos "
                                          "(Resolução CNJ nº 313/2020)"),
    ]
    recess = [recesso(y) for y in range(2014, 2021)]
    stf = _yearly("07-02", 0, 29, lambda y: f"Férias coletivas no STF {y}: plantão da "
                                            f"Presidência até 31 de julho")
    advogado = _yearly("08-11", 1, 0, lambda y: f"11 de agosto, Dia do Advogado: {y - 1827} anos "
                                                f"dos cursos jurídicos no Brasil")
    votes = [_vote(day, f"🗳️ Eleições {day[:4]}: o que diz a Justiça Eleitoral sobre o "
                        f"{n}º turno", before=2, after=0) for day, n in BRAZILIAN_VOTES]
    return _calendar(base, news, recess, stf, advogado, votes)


def pautaforense_style() -> PublisherStyle:
    """A Brazilian legal news site: a desk kicker, the numeric date and the time turned the
    weekday, the long date and "às" with the time on the day the 2015 Code of Civil
    Procedure took effect (a wording per day), "Por" with the author, "Leia também:" up to
    twice, advertisement markers, CNJ's unified case number from pools, the source from a
    pool, an e-mail line turned a WhatsApp appeal and turned by the new Code, the 2020
    suspension of time limits, the courts' recess (to 6 January before the new Code, to 20
    January after), the STF's July, Lawyers' Day with the years of Brazil's law schools and
    the elections, a subscription price rising, the opinion disclaimer and the rights line (a
    block), a rare erratum."""
    return PublisherStyle(
        domain="pautaforense.com.br", site="Pauta Forense", base_size=90,
        subdomains=(("www.", 100),),
        sections=("stf", "stj", "trabalhista", "tributario", "penal", "advocacia"),
        n_authors=5, url_path="/noticias/{n}/{slug}",
        pools={
            "editoria": ("STF", "STJ", "Trabalhista", "Tributário", "Penal", "Advocacia",
                         "Consumidor"),
            "dv": ("12", "47", "83", "05", "61", "29", "90"),
            "tr": ("8.26", "8.19", "8.13", "5.02", "4.03", "8.21"),
            "origem": ("0100", "0001", "0224", "0002", "0053"),
            "fonte": ("STF", "STJ", "TST", "CNJ", "Assessoria de imprensa do tribunal"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_pf_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.2, (_OLD, "PUBLICIDADE")),
            _f("processo", FOOTER, 0.35, (_OLD, "Processo: 0{n}-{dv}.{year}.{tr}.{origem}")),
            _f("fonte", FOOTER, 0.3, (_OLD, "Fonte: {fonte}")),
            _f("aviso", FOOTER, 0.3, *_pf_notice()),
            _f("assine", FOOTER, 0.15, (_OLD, "Assine o Pauta Forense Pro por R$ 19,90 por mês"),
               ("2019-01-02", "Assine o Pauta Forense Pro por R$ 29,90 por mês")),
            _f("opiniao", FOOTER, 0.15, (_OLD, "As opiniões expressas nos artigos são de "
                                               "responsabilidade de seus autores e não refletem "
                                               "a posição do Pauta Forense.")),
            _f("direitos", FOOTER, 0.35, (_OLD, "© {year} Pauta Forense. Todos os direitos "
                                                "reservados. É proibida a reprodução sem "
                                                "autorização.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior desta notícia "
                                              "informava o número do processo de forma "
                                              "incorreta.")),
        ),
    )


# --- the news page of a US law firm --------------------------------------------------------

HW_REDESIGN = dt.date(2018, 5, 25)  # relaunched on the day the GDPR took effect
HW_CLE = dt.date(2017, 1, 3)
HW_HOUSTON = dt.date(2019, 9, 3)


def _hw_dated(day: dt.date) -> str:
    if day < HW_REDESIGN:
        return f"{day.month:02d}.{day.day:02d}.{day.year}"
    return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _hw_resources() -> Wordings:
    base = _steps((_OLD, "Subscribe to receive Harlan Whitcomb client alerts by e-mail."),)
    events = [
        _span("2017-12-18", "2018-01-31", "Tax Cuts and Jobs Act: guidance from our Tax "
                                          "group"),
        _span("2018-04-16", "2018-06-15", "GDPR takes effect May 25, 2018: visit our Data "
                                          "Protection resource page"),
        _span("2019-11-15", "2020-01-31", "CCPA takes effect January 1, 2020: our California "
                                          "privacy checklist"),
        _span("2020-03-13", "2020-12-31", "COVID-19 Resource Center: guidance from our "
                                          "cross-practice task force"),
    ]
    return _calendar(base, events)


def harlanwhitcomb_style() -> PublisherStyle:
    """The news page of a US law firm: the kind of item from a pool, the dotted numeric date
    turned the long date on the day the GDPR took effect (a wording per day), the
    attorney-advertising label, the authors turned "Related Professionals:", the related
    practices from a pool, "Download PDF", a related insight, the not-legal-advice
    disclaimer reworded, the prior-results line, a rare CLE credit line reworded, a
    subscription line turned by tax reform, the GDPR, the CCPA and the 2020 resource center,
    the offices (Houston added in 2019) and the copyright (a block), a rare update."""
    return PublisherStyle(
        domain="harlanwhitcomb.com", site="Harlan Whitcomb", base_size=70,
        subdomains=(("www.", 100),),
        sections=("insights", "news", "events"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kind": ("Client Alert", "Press Release", "Firm News", "Publication",
                     "Event Recap"),
            "practice": ("Litigation", "Corporate", "Tax", "Employment",
                         "Privacy & Cybersecurity", "Real Estate", "Restructuring"),
        },
        families=(
            _f("kind", HEADER, 0.6, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.85, *_by_day(_hw_dated)),
            _f("advertising", HEADER, 0.5, (_OLD, "Attorney Advertising")),
            _f("authors", HEADER, 0.45, (_OLD, "Authors: {author}, {author2}"),
               (HW_REDESIGN.isoformat(), "Related Professionals: {author}, {author2}")),
            _f("practices", HEADER, 0.35, (_OLD, "Related Practices: {practice_list}")),
            _f("pdf", HEADER, 0.25, (_OLD, "Download PDF")),
            _f("insight", MIDDLE, 0.2, (_OLD, "Related Insight: {other_title}")),
            _f("disclaimer", FOOTER, 0.9, (_OLD, "This publication is for general "
                                                  "informational purposes only and is not "
                                                  "intended to be, nor should it be taken as, "
                                                  "legal advice."),
               (HW_REDESIGN.isoformat(), "This alert is provided for general information only. "
                                         "It does not constitute legal advice, and reading it "
                                         "does not create an attorney-client relationship.")),
            _f("prior-results", FOOTER, 0.45, (_OLD, "Prior results do not guarantee a similar "
                                                     "outcome.")),
            _f("cle", FOOTER, 0.08, (_OLD, "This program is approved for 1.0 New York CLE "
                                           "credit in the Areas of Professional Practice "
                                           "category."),
               (HW_CLE.isoformat(), "CLE: 1.0 credit hour approved in New York; credit in "
                                    "California and Illinois is pending.")),
            _f("resources", FOOTER, 0.2, *_hw_resources()),
            _f("offices", FOOTER, 0.25, (_OLD, "New York | Washington, D.C. | Chicago | "
                                               "London"),
               (HW_HOUSTON.isoformat(), "New York | Washington, D.C. | Chicago | Houston | "
                                        "London")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Harlan Whitcomb LLP. All rights "
                                                "reserved.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: This alert has been updated to reflect "
                                              "the agency's final rule.")),
        ),
    )


# --- a US legal-aid charity (English and Spanish) ------------------------------------------

MV_REDESIGN = dt.date(2017, 10, 23)  # relaunched in Pro Bono Week 2017
MV_HELP = dt.date(2018, 3, 1)
MV_CLINICS_PAUSED = dt.date(2020, 3, 16)
# The federal poverty guidelines for a family of four, and the day each year the site moved
# its income limit (125% of them) to the new figures.
POVERTY_GUIDELINE_4 = {2014: 23_850, 2015: 24_250, 2016: 24_300, 2017: 24_600, 2018: 25_100,
                       2019: 25_750, 2020: 26_200}
INCOME_LIMIT_UPDATED = {2015: "2015-02-02", 2016: "2016-02-08", 2017: "2017-02-01",
                        2018: "2018-02-05", 2019: "2019-02-04", 2020: "2020-02-03"}


def income_limit(y: int) -> int:
    """125% of the year's poverty guideline for a family of four, rounded up."""
    return math.ceil(POVERTY_GUIDELINE_4[y] * 125 / 100)


def pro_bono_week(y: int) -> dt.date:
    """The Sunday that opens the National Celebration of Pro Bono: the last full week of
    October."""
    return last_weekday(y, 10, 5) - 6 * ONE


def _mv_dated(day: dt.date) -> str:
    if day < MV_REDESIGN:
        return f"Posted on {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{topic}}"


def _mv_limit(day: dt.date) -> str:
    y = day.year if day >= iso_day(INCOME_LIMIT_UPDATED.get(day.year, "2099-01-01")) else (
        day.year - 1)
    y = min(y, max(POVERTY_GUIDELINE_4))
    return (f"Who qualifies: households with income up to 125% of the federal poverty "
            f"guidelines (${income_limit(y):,} a year for a family of four).")


def _mv_clinic(day: dt.date) -> str:
    if day >= MV_CLINICS_PAUSED:
        return ("Walk-in clinics are paused during the pandemic: call (970) 555-0142 for a "
                "phone appointment")
    thursday = day + dt.timedelta(days=(3 - day.weekday()) % 7)
    return (f"Free walk-in legal clinic this Thursday, {ENGLISH_MONTHS[thursday.month - 1]} "
            f"{thursday.day}, 1–4 p.m., at the {{county}} County Courthouse")


def _mv_alert() -> Wordings:
    base = _steps((_OLD, "Follow Mesa Valley Legal Aid on Facebook for clinic dates and "
                         "updates."),
                  (MV_HELP.isoformat(), "📩 Get our monthly Know Your Rights newsletter in "
                                        "English or Spanish"))
    news = [
        _span("2017-09-05", "2017-10-05", "DACA renewals must be received by October 5, 2017: "
                                          "call us for a free screening"),
        _span("2020-03-27", "2020-07-24", "🏠 Eviction moratorium: if your rental has a "
                                          "federally backed mortgage, your landlord cannot "
                                          "file to evict you before July 25"),
        _span("2020-09-04", "2020-12-31", "🏠 CDC eviction order: sign the declaration and give "
                                          "a copy to your landlord"),
    ]
    closed = _movable(lambda y: nth_weekday(y, 1, 0, 3), 2, 0,
                      lambda _: "Our offices are closed Monday for Martin Luther King Jr. Day")
    closed += _movable(thanksgiving, 2, 1,
                       lambda _: "Our offices are closed Thursday and Friday for Thanksgiving")
    weeks = _movable(pro_bono_week, 0, 6, lambda y: f"National Celebration of Pro Bono {y}: "
                                                    f"thank you to our volunteer attorneys")
    weeks += _movable(lambda y: thanksgiving(y) + 5 * ONE, 1, 0,
                      lambda _: "#GivingTuesday: every gift is matched today, up to $10,000")
    taxes = [_span(f"{y}-02-01", f"{y}-04-15", "Free tax help: our VITA volunteers file "
                                               "returns for eligible households through "
                                               "April 15") for y in range(2015, 2020)]
    taxes.append(_span("2020-02-01", "2020-07-15", "Free tax help: our VITA volunteers file "
                                                   "returns for eligible households through "
                                                   "July 15 this year"))
    return _calendar(base, news, closed, weeks, taxes)


def mesavalley_style() -> PublisherStyle:
    """A US legal-aid charity printing English and Spanish: "Posted on" with the date and the
    author turned the short date and the topic on the Monday of Pro Bono Week 2017 (a wording
    per day), a topic kicker from a pool, "Read more:", the not-legal-advice line reworded, a
    Spanish help line reworded, the income limit by the year's poverty guidelines (moved each
    February), the next Thursday's walk-in clinic (a wording per week; paused in 2020), a
    donation line with its amount rising, a social line turned a newsletter line and turned
    by DACA, the 2020 eviction moratoria, office closures, Pro Bono Week, Giving Tuesday and
    the tax season, the funder's line and the copyright (a block), a rare update."""
    return PublisherStyle(
        domain="mesavalleylegalaid.org", site="Mesa Valley Legal Aid", base_size=55,
        subdomains=(("www.", 100),),
        sections=("news", "know-your-rights", "housing", "family", "immigration"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "topic": ("Housing", "Family Law", "Immigration", "Consumer Debt",
                      "Public Benefits", "Veterans", "Elder Law"),
            "county": ("Mesa", "Delta", "Montrose", "Garfield"),
        },
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_mv_dated)),
            _f("topic", HEADER, 0.35, (_OLD, "{topic}")),
            _f("read-more", MIDDLE, 0.25, (_OLD, "Read more: {other_title}")),
            _f("not-advice", FOOTER, 0.6, (_OLD, "The information on this page is not legal "
                                                 "advice. Laws change often; talk to a lawyer "
                                                 "about your situation."),
               (MV_HELP.isoformat(), "This article gives general legal information, not legal "
                                     "advice. For help with your own case, apply online or "
                                     "call (970) 555-0142.")),
            _f("espanol", FOOTER, 0.35, (_OLD, "¿Habla español? Llame al (970) 555-0142 para "
                                               "ayuda legal gratuita."),
               (MV_HELP.isoformat(), "¿Necesita ayuda legal? Nuestros servicios son gratuitos. "
                                     "Llame al (970) 555-0142 o solicite en línea.")),
            _f("eligibility", FOOTER, 0.25, *_by_day(_mv_limit)),
            _f("clinic", FOOTER, 0.15, *_by_day(_mv_clinic)),
            _f("donate", FOOTER, 0.25, (_OLD, "Donate today: $50 pays for an hour of legal help "
                                              "for a family facing eviction."),
               ("2019-01-02", "Donate today: $75 pays for an hour of legal help for a family "
                              "facing eviction.")),
            _f("alert", FOOTER, 0.3, *_mv_alert()),
            _f("funder", FOOTER, 0.25, (_OLD, "Mesa Valley Legal Aid is funded in part by the "
                                              "Legal Services Corporation, which limits the "
                                              "kinds of cases we can take.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Mesa Valley Legal Aid · A 501(c)(3) "
                                                "nonprofit organization")),
            _f("update", HEADER, 0.04, (_OLD, "Update: This post was changed to correct the "
                                              "clinic's address.")),
        ),
    )


# --- the news page of a Polish regional bar of legal advisers -----------------------------

IR_REDESIGN = dt.date(2018, 1, 2)  # relaunched at the start of the 2018-2020 training cycle
IR_RODO = dt.date(2018, 5, 25)
IR_HOURS = dt.date(2019, 9, 2)
# The written advocates' and legal advisers' exams, as the bar announced them.
EGZAMIN = {2015: ("2015-03-24", "2015-03-27"), 2016: ("2016-03-15", "2016-03-18"),
           2017: ("2017-03-28", "2017-03-31"), 2018: ("2018-03-20", "2018-03-23"),
           2019: ("2019-03-26", "2019-03-29"), 2020: ("2020-06-16", "2020-06-19")}


def training_cycle(day: dt.date) -> tuple[int, int]:
    """The three-year training cycle of legal advisers `day` falls in: 2015-2017 or
    2018-2020."""
    first = 2015 + 3 * ((day.year - 2015) // 3)
    return first, first + 2


def _ir_dated(day: dt.date) -> str:
    if day < IR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{POLISH_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{POLISH_MONTHS_GENITIVE[day.month - 1]} {day.year} r.")


def _ir_wyrok(day: dt.date) -> str:
    return (f"Wyrok z dnia {day.day} {POLISH_MONTHS_GENITIVE[day.month - 1]} {day.year} r., "
            f"sygn. akt {{sygn}} {{count}}/{day:%y}")


def _ir_cycle_text(day: dt.date) -> str:
    first, last = training_cycle(day)
    return f"Doskonalenie zawodowe radców prawnych: cykl szkoleniowy {first}–{last}"


def _ir_cycle() -> Wordings:
    remote = [_span("2020-03-16", "2020-05-31", "Komunikat: biuro Izby pracuje zdalnie; prosimy "
                                                "o kontakt telefoniczny lub mailowy")]
    exams = [_span(a, b, f"Egzamin radcowski {y}: powodzenia wszystkim zdającym!")
             for y, (a, b) in EGZAMIN.items()]
    ends = [_span(f"{y}-12-01", f"{y}-12-31", f"Przypominamy: 31 grudnia {y} r. kończy się "
                                              f"cykl szkoleniowy {y - 2}–{y}; wymagane są 24 "
                                              f"punkty.") for y in (2017, 2020)]
    christmas = _yearly("12-20", 0, 6, lambda _: "Wesołych Świąt i szczęśliwego Nowego Roku "
                                                 "życzą Dziekan i Rada Izby")
    return _calendar(_ir_cycle_text, remote, exams, ends, christmas)


def oirp_style() -> PublisherStyle:
    """The news page of a Polish regional bar of legal advisers: a category kicker, the numeric
    date turned the weekday and the date with the genitive month and "r." at the start of the
    2018-2020 training cycle (a wording per day), "Autor:" turned "Opracowanie: r.pr.", the
    judgment line with the day's date and the signature from a pool (a wording per day),
    "Czytaj także:" up to twice, the training points from a pool reworded, the training cycle
    turned by the 2020 remote office, the written exams (moved in 2020), the end of each
    cycle and Christmas, the not-legal-advice line, the office line reworded, the data
    notice reworded on the GDPR day and the copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="oirp-brzeziny.pl", site="Okręgowa Izba Radców Prawnych w Brzezinach",
        base_size=40,
        subdomains=(("www.", 100),),
        sections=("aktualnosci", "szkolenia", "samorzad", "aplikacja", "orzecznictwo"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "kategoria": ("Aktualności", "Szkolenia", "Samorząd", "Aplikacja", "Orzecznictwo",
                          "Komunikaty"),
            "sygn": ("III CZP", "I CSK", "II KK", "I ACa", "K", "SK", "II FSK", "I OSK"),
            "pkt": ("2 punkty szkoleniowe", "4 punkty szkoleniowe",
                    "6 punktów szkoleniowych", "8 punktów szkoleniowych"),
        },
        families=(
            _f("kategoria", HEADER, 0.5, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.85, *_by_day(_ir_dated)),
            _f("autor", HEADER, 0.3, (_OLD, "Autor: {author}"),
               (IR_REDESIGN.isoformat(), "Opracowanie: r.pr. {author}")),
            _f("wyrok", HEADER, 0.3, *_by_day(_ir_wyrok)),
            _f("czytaj", MIDDLE, 0.3, (_OLD, "Czytaj także: {other_title}"), count=2),
            _f("punkty", FOOTER, 0.35, (_OLD, "Udział w szkoleniu: {pkt}"),
               (IR_REDESIGN.isoformat(), "Za udział w szkoleniu radca prawny uzyskuje "
                                         "{pkt}.")),
            _f("cykl", FOOTER, 0.2, *_ir_cycle()),
            _f("porada", FOOTER, 0.2, (_OLD, "Artykuł ma charakter informacyjny i nie stanowi "
                                             "porady prawnej.")),
            _f("biuro", FOOTER, 0.25, (_OLD, "Biuro Izby: ul. Kościuszki 12, 95-060 Brzeziny, "
                                             "tel. 46 000 04 12"),
               (IR_HOURS.isoformat(), "Biuro Izby: ul. Kościuszki 12, 95-060 Brzeziny, tel. "
                                      "46 000 04 12, czynne pon.–pt. 8.00–16.00")),
            _f("rodo", FOOTER, 0.2, (_OLD, "Informacje o przetwarzaniu danych osobowych "
                                           "uczestników szkoleń znajdują się w regulaminie."),
               (IR_RODO.isoformat(), "Administratorem danych osobowych uczestników szkoleń "
                                     "jest Okręgowa Izba Radców Prawnych w Brzezinach "
                                     "(RODO).")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Okręgowa Izba Radców Prawnych w "
                                                "Brzezinach")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w poprzedniej wersji "
                                                    "komunikatu podano błędny termin "
                                                    "szkolenia.")),
        ),
    )


# --- the news section of a Brazilian town's official gazette -------------------------------

DO_REDESIGN = dt.date(2017, 1, 2)  # relaunched on the first working day of the 2017-20 term
DO_FIRST_YEAR = 2009  # the electronic gazette's first year: 2015 is its "Ano VII"
DO_EDITIONS_BEFORE = 1_448  # editions published before 2015


def corpus_christi(y: int) -> dt.date:
    """Corpus Christi: the Thursday 60 days after Easter."""
    return easter(y) + 60 * ONE


def publishes(day: dt.date) -> bool:
    """Whether the gazette comes out on `day`: weekdays but for Carnival Monday and Tuesday,
    Corpus Christi, Christmas and New Year's Day."""
    carnival = carnival_tuesday(day.year)
    return day.weekday() < 5 and day not in (carnival - ONE, carnival, corpus_christi(day.year),
                                             dt.date(day.year, 12, 25), dt.date(day.year, 1, 1))


def _edition_numbers() -> dict[dt.date, int]:
    out: dict[dt.date, int] = {}
    number, day = DO_EDITIONS_BEFORE, FIRST_DAY
    while day <= LAST_DAY:
        number += publishes(day)
        out[day] = number
        day += ONE
    return out


def _do_dated(day: dt.date) -> str:
    if day < DO_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{PORTUGUESE_WEEKDAYS[day.weekday()].capitalize()}, {day.day} de "
            f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year}")


def _do_edition() -> Wordings:
    numbers = _edition_numbers()

    def text(day: dt.date) -> str:
        last = day
        while not publishes(last) and last > FIRST_DAY:
            last -= ONE
        year = last.year if publishes(last) else last.year - 1  # 1 January 2015: 2014's
        return (f"Diário Oficial Eletrônico · Ano {roman(year - DO_FIRST_YEAR + 1)} · "
                f"Edição nº {dotted(numbers[last])}")
    return _by_day(text)


def _do_notice() -> Wordings:
    base = _steps((_OLD, "Atendimento ao público: segunda a sexta-feira, das 8h às 17h"),
                  ("2018-07-02", "Atendimento ao público: segunda a sexta-feira, das 8h às 14h "
                                 "(horário corrido)"))
    emergency = [_span("2020-03-20", "2020-06-30", "Decreto de emergência: atendimento "
                                                   "presencial suspenso; protocolos somente "
                                                   "pelo site")]
    votes = [_vote(day, f"Eleições municipais {day[:4]}: locais de votação e funcionamento das "
                        f"repartições", before=3, after=0) for day in ("2016-10-02", "2020-11-15")]
    feasts = _movable(carnival_tuesday, 1, 1, lambda y: f"Ponto facultativo de Carnaval {y}: o "
                                                        f"Diário Oficial não circula na segunda "
                                                        f"e na terça-feira")
    feasts += _movable(corpus_christi, 1, 0, lambda y: f"Corpus Christi {y}: feriado, sem "
                                                       f"edição do Diário Oficial")
    feasts += _yearly("05-22", 1, 0, lambda y: f"Rio Claro do Sul celebra {y - 1959} anos de "
                                               f"emancipação política")
    return _calendar(base, emergency, votes, feasts)


def rioclarodosul_style() -> PublisherStyle:
    """The news section of a Brazilian town's official gazette: "Publicado em" with the date
    turned the weekday and the long date on the first working day of the 2017-20 term (a
    wording per day), the edition's number and its year of publication in Roman numerals (a
    wording per publication day), the department from a pool, "Leia também:", the act
    published with its kind from a pool, the legal-validity notice reworded, the opening
    hours reworded and turned by the 2020 emergency decree, the municipal elections, Carnival,
    Corpus Christi and the town's anniversary with its count, the ombudsman's line and the
    gazette's legal line (a block), a rare erratum."""
    return PublisherStyle(
        domain="rioclarodosul.rs.gov.br", site="Rio Claro do Sul", base_size=30,
        subdomains=(("www.", 70), ("diariooficial.", 30)),
        sections=("noticias", "atos", "licitacoes", "concursos"),
        n_authors=2, url_path="/{section}/{n}/{slug}",
        pools={
            "secretaria": ("Gabinete do Prefeito", "Secretaria de Administração",
                           "Procuradoria-Geral do Município", "Secretaria de Saúde",
                           "Secretaria de Educação"),
            "ato": ("Decreto", "Portaria", "Lei Municipal", "Edital", "Resolução"),
        },
        families=(
            _f("data", HEADER, 0.85, *_by_day(_do_dated)),
            _f("edicao", HEADER, 0.5, *_do_edition()),
            _f("secretaria", HEADER, 0.35, (_OLD, "{secretaria}")),
            _f("leia", MIDDLE, 0.25, (_OLD, "Leia também: {other_title}")),
            _f("ato", FOOTER, 0.35, (_OLD, "Ato publicado: {ato} nº {count}/{year}")),
            _f("validade", FOOTER, 0.5, (_OLD, "Esta notícia não substitui a publicação "
                                               "oficial. Vale o texto da edição em PDF."),
               (DO_REDESIGN.isoformat(), "Os atos oficiais só têm validade na edição assinada "
                                         "digitalmente com certificado ICP-Brasil.")),
            _f("expediente", FOOTER, 0.25, *_do_notice()),
            _f("ouvidoria", FOOTER, 0.2, (_OLD, "Ouvidoria Municipal: 0800 000 0412 · "
                                                "ouvidoria@rioclarodosul.rs.gov.br")),
            _f("instituido", FOOTER, 0.3, (_OLD, "Diário Oficial Eletrônico do Município de Rio "
                                                 "Claro do Sul, instituído pela Lei Municipal "
                                                 "nº 1.204/2009")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: onde se lê 12 de março, leia-se 13 de "
                                              "março.")),
        ),
    )


def heldout125_styles() -> list[PublisherStyle]:
    """The held-back-125 styles, in the order the generator hands them to publishers."""
    return [
        docketledger_style(), assizewire_style(), nyayavarta_style(), lettredupalais_style(),
        rechtsblick_style(), lagoslawreporter_style(), elestrado_style(), pautaforense_style(),
        harlanwhitcomb_style(), mesavalley_style(), oirp_style(), rioclarodosul_style(),
    ]
