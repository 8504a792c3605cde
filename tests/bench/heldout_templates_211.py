"""The ``held-back-211`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-208 set. It was
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

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
scam warning or an advertisement marker. The publishers are senior citizens' associations,
pensioners' unions and retirement magazines in English, Italian, Greek, Romanian, Japanese and
Tamil: a British retirement magazine, an Italian pensioners' union, a Greek pensions news site,
a Romanian pensioners' association, a Japanese retirement magazine, a Tamil Nadu government
pensioners' association, an American retired teachers' association, a British helpline charity
for lonely older people, an Italian magazine for older readers, a Greek municipality's open-care
centres for older people (KAPI), a Japanese city's federation of senior clubs and a Romanian
pensioners' mutual-aid fund (CARP). The families are the kinds a crawl of such sites holds:
dates localised day by day in English (British and American, the AP's month abbreviations),
Italian, Greek, Romanian, Japanese (with the Heisei and Reiwa era years, the era changing on
1 May 2019) and Tamil, several changing form on the day of a redesign; pension-rate lines that
change by year (the British State Pension each April, Italy's INPS minimum and its yearly
revaluation, Greece's minimum and national pension, Romania's pension point and social
allowance, Japan's basic pension and contributions each fiscal year, Tamil Nadu's dearness
relief with its freeze in 2020, American COLAs each October and Medicare Part B premiums each
January), membership dues, a fund's loan interest and death grant; lines that turn every day
("figures checked on"), every week (a Romanian club's Thursday meeting), every month (Greek
pension paydays, an American chapter's second-Tuesday meeting with its summer break, a Tamil
association's first-Saturday meeting, a Japanese senior club's third-Wednesday meeting, a
magazine's latest issue on sale each 15th); helpline hours (extended or cut in the pandemic),
scam warnings (reworded for the British pension cold-calling ban and Japan's cash-card
thieves), club-meeting calendars and membership appeals; notices that follow the calendars
of older people's lives (Winter Fuel Payments and Christmas gift subscriptions, pension
freedoms and the State Pension age reaching 66, the quattordicesima and the 730 tax campaign,
5x1000 season, the Festa dei Nonni, Quota 100, Greek capital controls, elections and Orthodox
Easter, Romanian Easter, 1 October and Christmas closures, Respect for the Aged Day, the Reiwa
era change and year-end closures, Tamil Nadu's annual mustering, Pongal and Pensioners' Day,
Medicare open enrollment and American Election Days, Loneliness Awareness Week, a fund's
general meeting, the 2020 pandemic); multi-line blocks (publisher and copyright lines, union
addresses, charity and company registrations, club secretariats), related links, photo
credits, advertisement markers mid-body (some up to two times), bare lines and families in
only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from typing import Any

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    iso_day,
    last_weekday,
    nth_weekday,
    ordinal,
    orthodox_easter,
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
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")  # genitive
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
LUNI = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
        "septembrie", "octombrie", "noiembrie", "decembrie")
ZILE = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
MAATHAM = ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்",
           "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்")
KIZHAMAI = ("திங்கட்கிழமை", "செவ்வாய்க்கிழமை", "புதன்கிழமை", "வியாழக்கிழமை",
            "வெள்ளிக்கிழமை", "சனிக்கிழமை", "ஞாயிற்றுக்கிழமை")

REIWA = dt.date(2019, 5, 1)  # the first day of Japan's Reiwa era

# --- helpers of this set ------------------------------------------------------------------


def in_effect(day: dt.date, table: tuple[tuple[str, Any], ...]) -> Any:
    """The value of `table` ((first ISO day, value), ...) in effect on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def rate_wordings(table: tuple[tuple[str, Any], ...], text: Callable[[Any], str]) -> Wordings:
    """The wordings of a line worded from `table`: from the oldest day the value in effect on
    the set's first day, then one from each later start."""
    first = FIRST_DAY.isoformat()
    return ((_OLD, text(in_effect(FIRST_DAY, table))),
            *((start, text(value)) for start, value in table if start > first))


def on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The first `weekday` (Monday 0) on or after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def next_monthly(day: dt.date, rule: Callable[[int, int], dt.date],
                 skip: tuple[int, ...] = ()) -> dt.date:
    """The first meeting on or after `day` of a club meeting on `rule(year, month)` each
    month but the months of `skip`."""
    y, m = day.year, day.month
    while True:
        if m not in skip and rule(y, m) >= day:
            return rule(y, m)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def wareki(day: dt.date) -> str:
    """The Japanese era year of `day` (平成28年, 令和元年, 令和2年)."""
    era, n = ("令和", day.year - 2018) if day >= REIWA else ("平成", day.year - 1988)
    return f"{era}{'元' if n == 1 else n}年"


def greek_payday(y: int, m: int) -> dt.date:
    """The day the pensions of month `m` of `y` are paid: the last weekday on or before the
    26th of the month before."""
    y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    day = dt.date(y, m, 26)
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def ap_date(day: dt.date) -> str:
    """A date as American newsletters print it (AP style): "Sept. 13", "March 8"."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}"


# --- a British retirement magazine --------------------------------------------------------

LL_REDESIGN = dt.date(2018, 9, 3)
LL_OFFER = dt.date(2017, 10, 2)
LL_COLD_CALLS = dt.date(2019, 1, 9)  # the ban on pension cold calls came into force
STATE_PENSION = (("2014-04-06", ("2014/15", "", "113.10")),
                 ("2015-04-06", ("2015/16", "", "115.95")),
                 ("2016-04-06", ("2016/17", "155.65", "119.30")),
                 ("2017-04-06", ("2017/18", "159.55", "122.30")),
                 ("2018-04-06", ("2018/19", "164.35", "125.95")),
                 ("2019-04-06", ("2019/20", "168.60", "129.20")),
                 ("2020-04-06", ("2020/21", "175.20", "134.25")))


def _ll_dated(day: dt.date) -> str:
    if day < LL_REDESIGN:
        return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"
    return f"Updated {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year} · {{read_min}} min read"


def _ll_pension(value: tuple[str, str, str]) -> str:
    year, new, basic = value
    if not new:
        return f"State Pension {year}: the basic State Pension is £{basic} a week."
    return (f"State Pension {year}: £{new} a week (new State Pension), £{basic} a week (basic "
            f"State Pension).")


def _ll_checked(day: dt.date) -> str:
    return (f"Figures checked on {day.day} {MONTHS[day.month - 1][:3]} {day.year}. Rates and "
            f"allowances change: see GOV.UK for the latest.")


@cache
def _ll_helpline() -> Wordings:
    base = _steps((_OLD, "Money questions? Call our readers' helpline on 0306 999 0271, Monday "
                         "to Friday, 10am to 4pm."))
    covid = [_span("2020-03-23", "2020-09-30", "Money questions? While so many of you are at "
                                               "home, our helpline is open seven days a week, "
                                               "9am to 6pm: 0306 999 0271.")]
    return _calendar(base, covid)


@cache
def _ll_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to Later Life Monthly: your first three issues for £3"),
                  (LL_OFFER.isoformat(), "📮 Later Life Monthly through your letterbox: 12 "
                                         "issues for £29.99 and a free large-print puzzle book"))
    covid = [_span("2020-03-23", "2020-07-04", "🏠 Staying at home? Every issue still comes by "
                                               "post, and our puzzles are free online")]
    age = [_span("2020-09-21", "2020-10-18", "The State Pension age reaches 66 on 6 October "
                                             "2020: find out when you can claim")]
    freedoms = [_span("2015-03-23", "2015-04-30", "Pension freedoms are here: our free guide "
                                                  "to taking your pot, step by step")]
    winter = _yearly("11-07", 6, 7, lambda y: f"Winter Fuel Payment {y}: most payments arrive "
                                              f"in November and December. Not had yours? "
                                              f"Call us")
    christmas = _yearly("12-10", 20, 10, lambda y: f"🎁 Christmas {y}: give a year of Later "
                                                   f"Life Monthly for £24.99")
    return _calendar(base, covid, age, freedoms, winter, christmas)


def laterlife_style() -> PublisherStyle:
    """A British retirement magazine: a topic kicker from a pool, the date turned "Updated"
    with the ordinal day and the reading time on 3 September 2018 (a wording per day), "By"
    turned "Words:", the tax year's State Pension rates (the new State Pension from April
    2016, changing each April), a scam warning reworded the day pension cold calls were
    banned, a photo credit from a pool, "You might also like:" and advertisement markers up
    to twice, "Figures checked on" with the day's date (a wording per day), the readers'
    helpline with its hours widened in the pandemic, a subscription appeal reworded and
    turned by pension freedoms, Winter Fuel Payments, Christmas gift subscriptions, the
    pandemic and the State Pension age reaching 66, a not-financial-advice line, the
    publisher and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="laterlifemonthly.co.uk", site="Later Life Monthly", base_size=250,
        subdomains=(("www.", 100),),
        sections=("money", "pensions", "health", "travel", "home", "consumer"),
        n_authors=12, url_path="/{section}/{slug}",
        pools={
            "kicker": ("MONEY", "PENSIONS", "HEALTH", "TRAVEL", "HOME & GARDEN", "CONSUMER",
                       "PUZZLES"),
            "photo": ("Getty Images", "Alamy", "Later Life Monthly", "PA Images",
                      "supplied by the family"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.93, *_by_day(_ll_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (LL_REDESIGN.isoformat(), "Words: {author}")),
            _f("pension-rates", MIDDLE, 0.2, *rate_wordings(STATE_PENSION, _ll_pension)),
            _f("scam", MIDDLE, 0.15,
               (_OLD, "Scam warning: never give your bank details to a caller you were not "
                      "expecting, however genuine they sound."),
               (LL_COLD_CALLS.isoformat(), "Scam warning: cold calls about pensions are now "
                                           "banned. If someone rings out of the blue about "
                                           "your pension, hang up.")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photograph: {photo}")),
            _f("also-like", MIDDLE, 0.4, (_OLD, "You might also like: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("checked", FOOTER, 0.3, *_daily(_ll_checked)),
            _f("helpline", FOOTER, 0.3, *_ll_helpline()),
            _f("notice", FOOTER, 0.3, *_ll_notice()),
            _f("advice", FOOTER, 0.35, (_OLD, "This article is general information, not "
                                              "regulated financial advice.")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Later Life Monthly is published by Greyfriars "
                                                "Media Ltd, 7 Tanner's Yard, Bath.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Greyfriars Media Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong date for the State "
                                                  "Pension increase.")),
        ),
    )


# --- an Italian pensioners' union ---------------------------------------------------------

FP_REDESIGN = dt.date(2018, 10, 1)
FP_TESSERA = dt.date(2017, 1, 9)
FP_SPORTELLO = dt.date(2019, 2, 4)
FP_LICENZA = dt.date(2017, 5, 2)
MINIMO_INPS = (("2014-01-01", ("2014", "501,38")), ("2015-01-01", ("2015", "502,38")),
               ("2016-01-01", ("2016", "501,89")), ("2017-01-01", ("2017", "501,89")),
               ("2018-01-01", ("2018", "507,42")), ("2019-01-01", ("2019", "513,01")),
               ("2020-01-01", ("2020", "515,58")), ("2021-01-01", ("2021", "515,58")))
DEADLINE_730 = {2015: "2015-07-07", 2016: "2016-07-07", 2017: "2017-07-24", 2018: "2018-07-23",
                2019: "2019-07-23", 2020: "2020-09-30"}


def _fp_data(day: dt.date) -> str:
    if day < FP_REDESIGN:
        return f"Pubblicato: {day.day:02d} {MESI[day.month - 1].capitalize()} {day.year}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}"


@cache
def _fp_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti a FPU Pensionati: chiedi alla lega più vicina a casa tua"),
                  (FP_TESSERA.isoformat(), "✊ Rinnova la tessera FPU Pensionati: insieme "
                                           "difendiamo le pensioni di tutti"))
    covid = [_span("2020-03-09", "2020-05-17", "Emergenza coronavirus: le sedi restano chiuse, "
                                               "ti rispondiamo al numero verde 800 555 019")]
    quattordicesima = _yearly("07-01", 10, 9, lambda y: f"Quattordicesima {y}: arriva con la "
                                                        f"pensione di luglio. Verifica se ti "
                                                        f"spetta")
    campagna: list[Event] = []
    for y in YEARS:
        deadline = iso_day(DEADLINE_730[y])
        campagna.append((dt.date(y, 4, 15), deadline + ONE,
                         f"Modello 730/{y}: prenota al CAAF entro il {deadline.day} "
                         f"{MESI[deadline.month - 1]}. Gratis per gli iscritti"))
    return _calendar(base, covid, quattordicesima, campagna)


def fpu_style() -> PublisherStyle:
    """An Italian pensioners' union: a category from a pool, "Pubblicato:" with the date
    turned the weekday and the long date on 1 October 2018 (a wording per day), the press
    office turned the writer, "LEGGI ANCHE:", a PDF download line and a scam warning
    mid-body, the year's INPS minimum pension (each January), the advice desk's hours
    reworded, a membership appeal reworded and turned by the quattordicesima, the 730 tax
    campaign with its deadline and the pandemic, a 5x1000 appeal in its season and a
    volunteers' appeal the rest of the year, the union's address and the rights line
    reworded for a Creative Commons licence (a block), a rare erratum."""
    return PublisherStyle(
        domain="fpu-pensionati.it", site="FPU Pensionati", base_size=215,
        subdomains=(("www.", 100),),
        sections=("previdenza", "fisco", "sanita", "welfare", "territorio"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={"categoria": ("Previdenza", "Fisco", "Sanità", "Welfare", "Contrattazione "
                             "sociale", "Dalle leghe")},
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.88, *_by_day(_fp_data)),
            _f("firma", HEADER, 0.45, (_OLD, "A cura dell'Ufficio stampa"),
               (FP_REDESIGN.isoformat(), "di {author} – Ufficio stampa")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "LEGGI ANCHE: {other_title}")),
            _f("allegato", MIDDLE, 0.15, (_OLD, "📎 Scarica il documento completo (PDF)")),
            _f("truffe", MIDDLE, 0.15, (_OLD, "Attenzione alle truffe: l'INPS non manda nessuno "
                                              "a casa a controllare la pensione. Nel dubbio "
                                              "chiama il 112.")),
            _f("minimo", FOOTER, 0.2, *rate_wordings(
                MINIMO_INPS, lambda v: f"Trattamento minimo INPS {v[0]}: {v[1]} euro al mese")),
            _f("sportello", FOOTER, 0.35,
               (_OLD, "Sportello previdenza: lunedì, mercoledì e venerdì dalle 9 alle 12, su "
                      "appuntamento"),
               (FP_SPORTELLO.isoformat(), "Sportello previdenza e patronato: dal lunedì al "
                                          "venerdì, 9–12 e 15–18. Prenota al numero verde 800 "
                                          "555 019")),
            _f("avviso", FOOTER, 0.3, *_fp_avviso()),
            _f("cinque-per-mille", FOOTER, 0.2, *_seasons(
                ("03-15", "Nella dichiarazione dei redditi dona il 5x1000 ad Anziani Insieme "
                          "onlus: codice fiscale 97234560157"),
                ("10-31", "Diventa volontario: dai una mano agli anziani soli del tuo "
                          "quartiere"))),
            _f("sede", FOOTER, 0.3, (_OLD, "FPU Pensionati – Federazione Pensionati Uniti · Via "
                                           "Goito 41, 00185 Roma · C.F. 97123450583")),
            _f("licenza", FOOTER, 0.35, (_OLD, "© {year} FPU Pensionati. Tutti i diritti "
                                               "riservati."),
               (FP_LICENZA.isoformat(), "Contenuti rilasciati con licenza Creative Commons "
                                        "BY-NC-SA 4.0 · FPU Pensionati {year}")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: la scadenza indicata in un primo "
                                              "momento era sbagliata.")),
        ),
    )


# --- a Greek pensions news site -----------------------------------------------------------

SS_REDESIGN = dt.date(2017, 1, 2)
SS_EFKA = dt.date(2017, 1, 1)  # the single social-insurance fund EFKA starts
SS_NEWSLETTER = dt.date(2018, 5, 2)
SS_MINIMUM = (("2010-01-01", "Ελάχιστη σύνταξη ΙΚΑ (15 έτη ασφάλισης): 486,84 €"),
              ("2016-05-13", "Εθνική σύνταξη (20 έτη ασφάλισης): 345,60 €"),
              ("2020-03-01", "Εθνική σύνταξη (20 έτη ασφάλισης): 384,00 €"))
GREEK_VOTES = (("2015-01-25", "25ης Ιανουαρίου"), ("2015-09-20", "20ής Σεπτεμβρίου"),
               ("2019-07-07", "7ης Ιουλίου"))


def _ss_dated(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{MERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year}, {{time}}"


def _ss_payday(day: dt.date) -> str:
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    if greek_payday(y, m) < day:
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    pay = greek_payday(y, m)
    return (f"Πληρωμή συντάξεων {MINES[m - 1]} {y}: {MERES[pay.weekday()]} {pay.day} "
            f"{MINES[pay.month - 1]}")


@cache
def _ss_notice() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε το Σύνταξη Σήμερα στο Facebook για όλα τα νέα των "
                         "συνταξιούχων"),
                  (SS_NEWSLETTER.isoformat(), "📩 Γραφτείτε στο newsletter και μάθετε πρώτοι "
                                              "τις ημερομηνίες πληρωμής των συντάξεων"))
    banks = [_span("2015-06-28", "2015-07-19", "Κλειστές τράπεζες: οι συνταξιούχοι χωρίς κάρτα "
                                               "σηκώνουν έως 120 ευρώ την εβδομάδα")]
    covid = [_span("2020-03-23", "2020-05-03", "#ΜένουμεΣπίτι: οι συντάξεις πληρώνονται κανονικά, "
                                               "αποφύγετε τις ουρές στις τράπεζες")]
    votes = [_vote(day, f"Εκλογές {name}: τι λένε τα κόμματα για τις συντάξεις", before=10,
                   after=0) for day, name in GREEK_VOTES]
    easter = _movable(orthodox_easter, 7, 1, lambda y: f"Πάσχα {y}: Χρόνια Πολλά σε όλους τους "
                                                       f"συνταξιούχους!")
    return _calendar(base, banks, covid, votes, easter)


def syntaxi_style() -> PublisherStyle:
    """A Greek pensions news site: a category from a pool, the numeric date and time turned
    the weekday and the long date (genitive month) on 2 January 2017 (a wording per day),
    the writer, the next pension payday (a wording per month), "Διαβάστε επίσης:", "ΔΙΑΦΗΜΙΣΗ"
    up to twice and a source from a pool mid-body, the minimum pension turned the national
    pension of 2016 and raised in 2020, a newsletter line reworded and turned by the 2015
    bank closure, the elections, Orthodox Easter and the lockdown, a disclaimer reworded
    for EFKA, a comment count, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="syntaxisimera.gr", site="Σύνταξη Σήμερα", base_size=180,
        subdomains=(("www.", 100),),
        sections=("syntaxeis", "efka", "anadromika", "epidomata", "ygeia"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "katigoria": ("ΣΥΝΤΑΞΕΙΣ", "ΕΦΚΑ", "ΑΝΑΔΡΟΜΙΚΑ", "ΕΠΙΔΟΜΑΤΑ", "ΥΓΕΙΑ", "ΕΙΔΗΣΕΙΣ"),
            "pigi": ("ΑΠΕ-ΜΠΕ", "Υπουργείο Εργασίας", "e-ΕΦΚΑ", "ΓΣΕΕ", "Καθημερινή"),
        },
        families=(
            _f("katigoria", HEADER, 0.5, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.88, *_by_day(_ss_dated)),
            _f("syntaktis", HEADER, 0.45, (_OLD, "Συντάκτης: {author}")),
            _f("pliromi", HEADER, 0.25, *_by_day(_ss_payday)),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("diafimisi", MIDDLE, 0.3, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("pigi", MIDDLE, 0.2, (_OLD, "Πηγή: {pigi}")),
            _f("elaxisti", FOOTER, 0.15, *rate_wordings(SS_MINIMUM, lambda v: v)),
            _f("enimerosi", FOOTER, 0.3, *_ss_notice()),
            _f("apopoiisi", FOOTER, 0.3,
               (_OLD, "Οι πληροφορίες έχουν ενημερωτικό χαρακτήρα και δεν υποκαθιστούν την "
                      "απάντηση του ασφαλιστικού σας ταμείου."),
               (SS_EFKA.isoformat(), "Οι πληροφορίες έχουν ενημερωτικό χαρακτήρα και δεν "
                                     "υποκαθιστούν την απάντηση του e-ΕΦΚΑ.")),
            _f("sxolia", FOOTER, 0.2, (_OLD, "Σχόλια ({count})")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Σύνταξη Σήμερα. Απαγορεύεται η "
                                                 "αναδημοσίευση χωρίς άδεια.")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: σε προηγούμενη εκδοχή του άρθρου "
                                                 "αναφερόταν λάθος ημερομηνία πληρωμής.")),
        ),
    )


# --- a Romanian pensioners' association ---------------------------------------------------

AP_REDESIGN = dt.date(2019, 9, 2)
AP_SEDIU = dt.date(2018, 3, 1)
AP_PANDEMIC = dt.date(2020, 3, 12)
PUNCT_PENSIE = (("2014-01-01", "762,1"), ("2015-01-01", "830,2"), ("2016-01-01", "871,7"),
                ("2017-07-01", "1.000"), ("2018-07-01", "1.100"), ("2019-09-01", "1.265"),
                ("2020-09-01", "1.442"))
INDEMNIZATIE = (("2013-01-01", "400"), ("2017-03-01", "520"), ("2018-07-01", "640"),
                ("2019-09-01", "704"), ("2020-09-01", "800"))
COTIZATIE = (("2014-01-01", ("2014", "24")), ("2015-01-01", ("2015", "24")),
             ("2016-01-01", ("2016", "24")), ("2017-01-01", ("2017", "30")),
             ("2018-01-01", ("2018", "30")), ("2019-01-01", ("2019", "36")),
             ("2020-01-01", ("2020", "36")), ("2021-01-01", ("2021", "36")))


def _ap_data(day: dt.date) -> str:
    if day < AP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{ZILE[day.weekday()]}, {day.day} {LUNI[day.month - 1]} {day.year}"


def _ap_punct(value: str) -> str:
    start = [s for s, v in PUNCT_PENSIE if v == value][0]
    day = iso_day(start)
    return (f"Valoarea punctului de pensie: {value} lei, de la {day.day} {LUNI[day.month - 1]} "
            f"{day.year}")


def _ap_club(day: dt.date) -> str:
    if day >= AP_PANDEMIC:
        return "Întâlnirile clubului sunt suspendate până la noi dispoziții, din cauza pandemiei."
    thursday = on_or_after(day, 3)
    if thursday.month == 8:
        back = on_or_after(dt.date(day.year, 9, 1), 3)
        return (f"Clubul este în vacanță în august. Ne revedem joi, {back.day} septembrie, la "
                f"ora 10.")
    return (f"Întâlnirea săptămânală a clubului: joi, {thursday.day} "
            f"{LUNI[thursday.month - 1]}, ora 10:00, la sediul asociației")


@cache
def _ap_program() -> Wordings:
    base = _steps((_OLD, "Sediul asociației este deschis de luni până vineri, între orele 9 și "
                         "13."),
                  (AP_SEDIU.isoformat(), "Sediul asociației: luni–vineri 9–13, iar marțea și "
                                         "joia și între 16 și 18."))
    covid = [_span("2020-03-16", "2020-06-14", "Sediul este închis pe durata stării de urgență. "
                                               "Ne puteți suna la 0265 555 214, luni–vineri, "
                                               "9–12.")]
    easter = _movable(orthodox_easter, 2, 1, lambda y: f"Hristos a înviat! Sediul este închis "
                                                       f"de Vinerea Mare până în a doua zi de "
                                                       f"Paști {y}.")
    october = _yearly("10-01", 7, 0, lambda y: f"1 Octombrie {y}, Ziua Internațională a "
                                               f"Persoanelor Vârstnice: vă așteptăm la "
                                               f"spectacolul de la Casa de Cultură.")
    christmas = [(dt.date(y, 12, 20), dt.date(y + 1, 1, 8),
                  f"Sărbători fericite și La mulți ani {y + 1}! Sediul se redeschide pe 8 "
                  f"ianuarie.") for y in YEARS]
    return _calendar(base, covid, easter, october, christmas)


def tarnava_style() -> PublisherStyle:
    """A Romanian pensioners' association: a section from a pool, the numeric date turned
    the weekday and the long date on 2 September 2019 (a wording per day), "Postat de",
    "Citește și:" and a scam warning mid-body, the pension point with the day it took
    effect and the social allowance (both raised in 2017-2020), the club's Thursday meeting
    (a wording per week, its August break and its suspension in the pandemic), the year's
    membership dues, the office hours reworded and turned by Orthodox Easter, 1 October,
    Christmas and the state of emergency, the contact and registration lines (a block), a
    rare erratum."""
    return PublisherStyle(
        domain="pensionaritarnava.ro", site="Asociația Pensionarilor Târnava", base_size=150,
        subdomains=(("www.", 100),),
        sections=("noutati", "legislatie", "sanatate", "excursii", "club"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={"rubrica": ("Noutăți", "Legislație", "Sănătate", "Excursii", "Viața clubului")},
        families=(
            _f("rubrica", HEADER, 0.45, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.87, *_by_day(_ap_data)),
            _f("autor", HEADER, 0.4, (_OLD, "Postat de {author}")),
            _f("citeste", MIDDLE, 0.3, (_OLD, "Citește și: {other_title}")),
            _f("atentie", MIDDLE, 0.15, (_OLD, "Atenție la metoda „accidentul”: nu dați bani "
                                               "unor necunoscuți care vă sună că o rudă a "
                                               "pățit ceva. Sunați la 112.")),
            _f("punct", FOOTER, 0.3, *rate_wordings(PUNCT_PENSIE, _ap_punct)),
            _f("indemnizatie", FOOTER, 0.15, *rate_wordings(
                INDEMNIZATIE, lambda v: f"Indemnizația socială pentru pensionari: {v} lei pe "
                                        f"lună")),
            _f("club", FOOTER, 0.3, *_by_day(_ap_club)),
            _f("cotizatie", FOOTER, 0.2, *rate_wordings(
                COTIZATIE, lambda v: f"Cotizația de membru pe anul {v[0]}: {v[1]} lei")),
            _f("program", FOOTER, 0.3, *_ap_program()),
            _f("contact", FOOTER, 0.35, (_OLD, "Asociația Pensionarilor Târnava · Str. Lungă nr. "
                                               "112 · Tel. 0265 555 214")),
            _f("inregistrare", FOOTER, 0.3, (_OLD, "CIF 4567812 · Înscrisă în Registrul "
                                                   "asociațiilor și fundațiilor sub nr. 12/1990")),
            _f("erata", HEADER, 0.04, (_OLD, "Erată: data excursiei a fost corectată.")),
        ),
    )


# --- a Japanese retirement magazine -------------------------------------------------------

YS_REDESIGN = dt.date(2017, 4, 1)
YS_OFFER = dt.date(2018, 1, 15)
YS_SAGI = dt.date(2019, 6, 3)
YS_HOURS = dt.date(2019, 10, 1)
KISO_NENKIN = (("2014-04-01", ("2014", "772,800")), ("2015-04-01", ("2015", "780,100")),
               ("2016-04-01", ("2016", "780,100")), ("2017-04-01", ("2017", "779,300")),
               ("2018-04-01", ("2018", "779,300")), ("2019-04-01", ("2019", "780,100")),
               ("2020-04-01", ("2020", "781,700")))
HOKENRYO = (("2014-04-01", ("2014", "15,250")), ("2015-04-01", ("2015", "15,590")),
            ("2016-04-01", ("2016", "16,260")), ("2017-04-01", ("2017", "16,490")),
            ("2018-04-01", ("2018", "16,340")), ("2019-04-01", ("2019", "16,410")),
            ("2020-04-01", ("2020", "16,540")))


def keiro_no_hi(y: int) -> dt.date:
    """Respect for the Aged Day: the third Monday of September."""
    return nth_weekday(y, 9, 0, 3)


def _ys_date(day: dt.date) -> str:
    if day < YS_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{wareki(day)}{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"


def _ys_issue(day: dt.date) -> str:
    y, m = day.year, day.month
    if day.day >= 15:  # on sale each 15th, dated the next month
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return f"最新号 {y}年{m}月号 好評発売中（毎月15日発売）"


@cache
def _ys_oshirase() -> Wordings:
    base = _steps((_OLD, "定期購読のお申し込みは、お電話またはハガキで承ります"),
                  (YS_OFFER.isoformat(), "📖 定期購読なら毎号ご自宅へ。いまなら初回号が半額です"))
    kinkyu = [_span("2020-04-07", "2020-05-25", "緊急事態宣言を受け、編集部の電話受付時間を短縮して"
                                                "います")]
    kaigen = [_span("2019-04-01", "2019-05-07", "新元号「令和」：改元に伴う年金の手続きは必要ありま"
                                                "せん")]
    keiro = _movable(keiro_no_hi, 10, 0, lambda y: f"敬老の日特集：{y}年は9月{keiro_no_hi(y).day}"
                                                   f"日が敬老の日です")
    nenmatsu = [(dt.date(y, 12, 28), dt.date(y + 1, 1, 5),
                 f"年末年始休業：{y}年12月28日〜{y + 1}年1月4日は電話受付をお休みします")
                for y in YEARS]
    return _calendar(base, kinkyu, kaigen, keiro, nenmatsu)


def yutori_style() -> PublisherStyle:
    """A Japanese retirement magazine: a category from a pool, the dotted date turned the
    era date with the weekday on 1 April 2017 (Heisei, then Reiwa from 1 May 2019; a
    wording per day), the writer, "関連記事：", "広告" up to twice and a fraud warning
    reworded for cash-card thieves mid-body, the fiscal year's full basic pension and
    national-pension contribution (each April), the latest issue (a wording per month, on
    sale each 15th), a subscription line reworded and turned by Respect for the Aged Day,
    the year-end closure, the era change and the state of emergency, the readers' line with
    its hours cut, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="yutoriseikatsu.jp", site="ゆとり生活", base_size=125,
        subdomains=(("www.", 100),),
        sections=("okane", "nenkin", "kenko", "kaigo", "shumi"),
        n_authors=5, url_path="/articles/{n}",
        pools={"category": ("お金", "年金", "健康", "介護", "趣味", "旅")},
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("date", HEADER, 0.88, *_by_day(_ys_date)),
            _f("author", HEADER, 0.5, (_OLD, "文／{author}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}")),
            _f("kokoku", MIDDLE, 0.3, (_OLD, "広告"), count=2),
            _f("sagi", MIDDLE, 0.2,
               (_OLD, "【注意】「還付金があります」という電話は詐欺です。"
                      "ATMでお金が戻ることはありません"),
               (YS_SAGI.isoformat(), "【注意】警察官や銀行員を名乗って"
                                     "キャッシュカードを預かりに来るのは詐欺です。"
                                     "暗証番号は誰にも教えないで")),
            _f("nenkin", FOOTER, 0.25, *rate_wordings(
                KISO_NENKIN, lambda v: f"{v[0]}年度の老齢基礎年金（満額）：年額{v[1]}円")),
            _f("hokenryo", FOOTER, 0.15, *rate_wordings(
                HOKENRYO, lambda v: f"国民年金保険料：月額{v[1]}円（{v[0]}年度）")),
            _f("issue", FOOTER, 0.3, *_by_day(_ys_issue)),
            _f("oshirase", FOOTER, 0.3, *_ys_oshirase()),
            _f("denwa", FOOTER, 0.3, (_OLD, "読者相談室 0120-555-312（平日10時〜17時）"),
               (YS_HOURS.isoformat(), "読者相談室 0120-555-312（平日10時〜16時・土日祝休み）")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} ゆとり生活編集部 無断転載を禁じます")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】記事中の年金額に誤りがありました。訂正して"
                                              "おわびします。")),
        ),
    )


# --- a Tamil Nadu government pensioners' association (in Tamil) ----------------------------

KU_REDESIGN = dt.date(2017, 4, 14)  # Tamil New Year's Day
KU_SANTHA = dt.date(2018, 1, 1)
KU_NHIS = dt.date(2018, 7, 1)
KU_PANDEMIC = dt.date(2020, 3, 22)
AKAVILAI = (("2014-10-01", "107"), ("2015-04-10", "113"), ("2015-10-05", "119"),
            ("2016-04-04", "125"), ("2016-10-14", "132"), ("2017-10-13", "5"),
            ("2018-04-06", "7"), ("2018-10-17", "9"), ("2019-03-01", "12"),
            ("2019-10-15", "17"), ("2020-04-27", "17, frozen"))


def _ku_thethi(day: dt.date) -> str:
    if day < KU_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{KIZHAMAI[day.weekday()]}, {day.day} {MAATHAM[day.month - 1]} {day.year}"


def _ku_akavilai(value: str) -> str:
    if value.endswith("frozen"):
        return "அகவிலை நிவாரணம் 17% — ஜூன் 2021 வரை உயர்வு நிறுத்திவைப்பு"
    return f"அகவிலை நிவாரணம்: அடிப்படை ஓய்வூதியத்தில் {value}%"


def first_saturday(y: int, m: int) -> dt.date:
    return nth_weekday(y, m, 5, 1)


def _ku_koottam(day: dt.date) -> str:
    if day >= KU_PANDEMIC:
        return "கொரோனா பரவல் காரணமாக மாதாந்திரக் கூட்டங்கள் மறு அறிவிப்பு வரை நடைபெறாது"
    meet = next_monthly(day, first_saturday)
    return (f"மாதாந்திரக் கூட்டம்: {meet.day} {MAATHAM[meet.month - 1]} {meet.year}, சனிக்கிழமை "
            f"காலை 10 மணி, சங்க அலுவலகம்")


@cache
def _ku_arivippu() -> Wordings:
    base = _steps((_OLD, "சங்க உறுப்பினர் சந்தா: ஆண்டுக்கு ₹100, ஆயுள் உறுப்பினர் ₹1,000"),
                  (KU_SANTHA.isoformat(), "சங்க உறுப்பினர் சந்தா: ஆண்டுக்கு ₹150, ஆயுள் உறுப்பினர் "
                                          "₹1,500 — இணையம் வழியாகவும் செலுத்தலாம்"))
    nerkaanal: list[Event] = [
        (dt.date(y, 4, 1), dt.date(y, 7, 1), f"ஆண்டு நேர்காணல் {y}: ஏப்ரல் 1 முதல் ஜூன் 30 வரை "
                                             f"கருவூலத்தில் நேரில் ஆஜராகுங்கள்")
        for y in range(2015, 2020)]
    nerkaanal.append(_span("2020-04-01", "2020-09-30", "ஆண்டு நேர்காணல் 2020: கொரோனா காரணமாக "
                                                       "செப்டம்பர் 30 வரை நீட்டிப்பு"))
    pongal = _yearly("01-15", 4, 1, lambda y: f"அனைவருக்கும் இனிய பொங்கல் நல்வாழ்த்துகள் — {y}")
    pensioners_day = _yearly("12-17", 7, 0, lambda y: f"டிசம்பர் 17, ஓய்வூதியர் தினம் {y}: "
                                                      f"மாவட்டத் தலைநகரங்களில் சிறப்புக் கூட்டங்கள்")
    return _calendar(base, nerkaanal, pongal, pensioners_day)


def kural_style() -> PublisherStyle:
    """A Tamil Nadu government pensioners' association, in Tamil: a section from a pool, the
    numeric date turned the weekday and the long date on Tamil New Year's Day 2017 (a
    wording per day), the reporter, "இதையும் படியுங்கள்:", "விளம்பரம்" and a government order
    from a pool mid-body, the dearness relief on the day each rise was announced (reset by
    the pay revision of 2017, frozen in 2020), the first-Saturday meeting (a wording per
    month, suspended in the pandemic), a dues line reworded and turned by the annual
    mustering (extended in 2020), Pongal and Pensioners' Day, the health-insurance premium
    reworded, the contact line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="oyvuthiyarkural.org", site="ஓய்வூதியர் குரல்", base_size=105,
        subdomains=(("www.", 100),),
        sections=("news", "da", "medical", "sangam", "go"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}.html",
        pools={
            "pirivu": ("ஓய்வூதியம்", "அகவிலைப்படி", "மருத்துவம்", "சங்கச் செய்திகள்", "அரசாணைகள்"),
            "arasanai": ("அரசாணை (நிலை) எண் 303, நிதித் துறை", "அரசாணை (நிலை) எண் 22, நிதி "
                         "(ஓய்வூதியம்) துறை", "அரசாணை (நிலை) எண் 402, நிதித் துறை",
                         "அரசாணை (நிலை) எண் 149, நிதி (ஊதியக் குழு) துறை"),
        },
        families=(
            _f("pirivu", HEADER, 0.5, (_OLD, "{pirivu}")),
            _f("thethi", HEADER, 0.86, *_by_day(_ku_thethi)),
            _f("seithi", HEADER, 0.4, (_OLD, "செய்தி: {author}")),
            _f("padiyungal", MIDDLE, 0.35, (_OLD, "இதையும் படியுங்கள்: {other_title}")),
            _f("vilambaram", MIDDLE, 0.25, (_OLD, "விளம்பரம்")),
            _f("arasanai", MIDDLE, 0.2, (_OLD, "ஆதாரம்: {arasanai}")),
            _f("akavilai", FOOTER, 0.3, *rate_wordings(AKAVILAI, _ku_akavilai)),
            _f("koottam", FOOTER, 0.25, *_by_day(_ku_koottam)),
            _f("arivippu", FOOTER, 0.3, *_ku_arivippu()),
            _f("kaappeedu", FOOTER, 0.2,
               (_OLD, "புதிய மருத்துவக் காப்பீட்டுத் திட்டம்: ஓய்வூதியத்தில் மாதம் ₹150 பிடித்தம்"),
               (KU_NHIS.isoformat(), "புதிய மருத்துவக் காப்பீட்டுத் திட்டம் 2018: ஓய்வூதியத்தில் மாதம் "
                                     "₹350 பிடித்தம், ₹5 லட்சம் வரை காப்பீடு")),
            _f("thodarbu", FOOTER, 0.35, (_OLD, "தொடர்புக்கு: ஓய்வூதியர் குரல், மாநிலச் செயலாளர், "
                                                "044-2555 0123")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} ஓய்வூதியர் குரல். அனைத்து உரிமைகளும் "
                                                "பாதுகாக்கப்பட்டவை.")),
            _f("thiruththam", HEADER, 0.04, (_OLD, "திருத்தம்: இச்செய்தியில் முன்பு அரசாணை எண் தவறாக "
                                                   "வெளியிடப்பட்டது.")),
        ),
    )


# --- an American retired teachers' association --------------------------------------------

RB_REDESIGN = dt.date(2018, 8, 15)
RB_DUES = dt.date(2019, 1, 1)
RB_CANCELED = dt.date(2020, 3, 11)
RB_ZOOM = dt.date(2020, 9, 1)
COLA = (("2014-10-22", ("2015", "1.7")), ("2015-10-15", ("2016", "0.0")),
        ("2016-10-18", ("2017", "0.3")), ("2017-10-13", ("2018", "2.0")),
        ("2018-10-11", ("2019", "2.8")), ("2019-10-10", ("2020", "1.6")),
        ("2020-10-13", ("2021", "1.3")))
PART_B = (("2014-01-01", ("2014", "104.90")), ("2015-01-01", ("2015", "104.90")),
          ("2016-01-01", ("2016", "121.80")), ("2017-01-01", ("2017", "134.00")),
          ("2018-01-01", ("2018", "134.00")), ("2019-01-01", ("2019", "135.50")),
          ("2020-01-01", ("2020", "144.60")), ("2021-01-01", ("2021", "148.50")))
ELECTION_DAYS = ("2016-11-08", "2018-11-06", "2020-11-03")


def second_tuesday(y: int, m: int) -> dt.date:
    return nth_weekday(y, m, 1, 2)


def _rb_dated(day: dt.date) -> str:
    if day < RB_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {ap_date(day)}, {day.year}"


def _rb_meeting(day: dt.date) -> str:
    meet = next_monthly(day, second_tuesday, skip=(7, 8))
    if RB_CANCELED <= day < RB_ZOOM:
        return "Chapter meetings are canceled until further notice."
    if day >= RB_ZOOM:
        return (f"Next chapter meeting (on Zoom): Tuesday, {ap_date(meet)}, 10 a.m. The link is "
                f"in your email.")
    if meet.month == 9 and day.month in (6, 7, 8):
        return (f"No chapter meetings in July and August. We meet again Tuesday, "
                f"{ap_date(meet)}.")
    return (f"Next chapter meeting: Tuesday, {ap_date(meet)}, 10 a.m., Riverbend Public Library, "
            f"Community Room B")


@cache
def _rb_notice() -> Wordings:
    base = _steps((_OLD, "Not a member yet? Dues are $20 a year. Join online or at any chapter "
                         "meeting."),
                  (RB_DUES.isoformat(), "Not a member yet? Dues are $25 a year, and lunch at "
                                        "your first chapter meeting is on us."))
    covid = [_span("2020-03-16", "2020-06-30", "Please check on a neighbor: many retired "
                                               "members live alone and cannot get out right "
                                               "now.")]
    elections = [_vote(day, f"Election Day is Tuesday, Nov. {iso_day(day).day}: read the "
                            f"candidates' answers on pensions and health care.", before=14,
                       after=0) for day in ELECTION_DAYS]
    enrollment = [(dt.date(y, 10, 15), dt.date(y, 12, 8),
                   f"Medicare open enrollment runs Oct. 15 to Dec. 7, {y}. Bring your plan "
                   f"questions to our free counseling table.") for y in YEARS]
    return _calendar(base, covid, elections, enrollment)


def riverbend_style() -> PublisherStyle:
    """An American retired teachers' association: "Posted on" with the date turned the
    weekday and the AP-style date on 15 August 2018 (a wording per day), "By" turned the
    writer with the office held, the next second-Tuesday chapter meeting (a wording per
    month, no meetings in July and August, canceled in the pandemic and then on Zoom), a
    Social Security scam warning and a photo credit mid-body, the COLA announced each
    October and the Medicare Part B premium each January, a dues appeal reworded and turned
    by Medicare open enrollment, Election Days and the pandemic, the newsletter line and the
    address (a block), a benefits disclaimer, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="riverbendrea.org", site="Riverbend Retired Educators Association",
        base_size=90, subdomains=(("www.", 100),),
        sections=("news", "legislation", "benefits", "chapter"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={"beat": ("Newsletter Editor", "Legislative Chair", "Membership Chair",
                        "Health Benefits Chair", "Chapter President")},
        families=(
            _f("dated", HEADER, 0.86, *_by_day(_rb_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (RB_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("meeting", HEADER, 0.3, *_by_day(_rb_meeting)),
            _f("scam", MIDDLE, 0.15, (_OLD, "Scam alert: Social Security will never call to say "
                                            "your number has been suspended. Hang up.")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo by {author2}")),
            _f("cola", FOOTER, 0.25, *rate_wordings(
                COLA, lambda v: f"Social Security cost-of-living adjustment for {v[0]}: "
                                f"{v[1]}%")),
            _f("part-b", FOOTER, 0.2, *rate_wordings(
                PART_B, lambda v: f"Standard Medicare Part B premium in {v[0]}: ${v[1]} a "
                                  f"month")),
            _f("notice", FOOTER, 0.3, *_rb_notice()),
            _f("newsletter", FOOTER, 0.3, (_OLD, "The Apple Core is the newsletter of the "
                                                 "Riverbend Retired Educators Association, "
                                                 "published monthly except July and August.")),
            _f("address", FOOTER, 0.35, (_OLD, "Riverbend Retired Educators Association · P.O. "
                                               "Box 1187 · Riverbend, OH 45011")),
            _f("disclaimer", FOOTER, 0.2, (_OLD, "Benefit information is provided as a service "
                                                 "to members. Confirm details with your "
                                                 "retirement system.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Riverbend Retired Educators "
                                                "Association")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the luncheon is on Thursday, not "
                                                  "Wednesday.")),
        ),
    )


# --- a British helpline charity for lonely older people -----------------------------------

ST_REDESIGN = dt.date(2019, 6, 3)
ST_REGULATOR = dt.date(2016, 7, 7)  # the Fundraising Regulator opened
ST_ASK = dt.date(2018, 1, 8)


def _st_dated(day: dt.date) -> str:
    if day < ST_REDESIGN:
        return f"Posted: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def loneliness_week(y: int) -> dt.date:
    """The first day of Loneliness Awareness Week: the second Monday of June."""
    return nth_weekday(y, 6, 0, 2)


@cache
def _st_helpline() -> Wordings:
    base = _steps((_OLD, "Free, confidential and open 24 hours a day: call The Silver Thread "
                         "on 0808 157 0412."))
    christmas = _yearly("12-25", 6, 1, lambda y: f"🎄 Alone at Christmas {y}? Our helpline is "
                                                 f"open right through Christmas Day: 0808 157 "
                                                 f"0412")
    week = _movable(loneliness_week, 0, 6, lambda y: f"Loneliness Awareness Week {y}: tell us "
                                                     f"who you would like to talk to")
    covid = [(dt.date(2020, 3, 16), None, "📞 Staying at home? Our volunteers are making more "
                                          "friendship calls than ever. Free, 24 hours: 0808 "
                                          "157 0412")]
    return _calendar(base, christmas, week, covid)


def silverthread_style() -> PublisherStyle:
    """A British helpline charity for lonely older people: "Posted:" with the dotted date
    turned the long date on 3 June 2019 (a wording per day), the helpline line turned by
    Christmas, Loneliness Awareness Week and the pandemic, a privacy line, a donation appeal
    reworded, "See also:" and a no-money-asked warning mid-body, a share line with the
    article's title, Gift Aid, the fundraising-standards line reworded for the Fundraising
    Regulator, the charity and company registrations (a block), a rare update."""
    return PublisherStyle(
        domain="silverthread.org.uk", site="The Silver Thread", base_size=75,
        subdomains=(("www.", 100),),
        sections=("news", "stories", "campaigns", "volunteering"),
        n_authors=3, url_path="/news/{slug}",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_st_dated)),
            _f("helpline", HEADER, 0.35, *_st_helpline()),
            _f("privacy", MIDDLE, 0.15, (_OLD, "Names have been changed to protect people's "
                                               "privacy.")),
            _f("donate", MIDDLE, 0.25,
               (_OLD, "£10 pays for ten friendship calls to an older person with no one else "
                      "to talk to. Please give what you can."),
               (ST_ASK.isoformat(), "£12 pays for a month of weekly friendship calls. Please "
                                    "give what you can.")),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("no-money", MIDDLE, 0.2, (_OLD, "Remember: our volunteers will never ask you for "
                                               "money, bank details or passwords.")),
            _f("share", FOOTER, 0.15, (_OLD, "Share this story: {title}")),
            _f("gift-aid", FOOTER, 0.15, (_OLD, "If you pay UK tax, Gift Aid adds 25p to every "
                                                "£1 you give, at no cost to you.")),
            _f("standards", FOOTER, 0.2,
               (_OLD, "We are members of the Institute of Fundraising and follow its Code of "
                      "Fundraising Practice."),
               (ST_REGULATOR.isoformat(), "We are registered with the Fundraising Regulator "
                                          "and follow the Code of Fundraising Practice.")),
            _f("charity", FOOTER, 0.45, (_OLD, "The Silver Thread is a registered charity in "
                                               "England and Wales (1145236) and Scotland "
                                               "(SC044712).")),
            _f("company", FOOTER, 0.35, (_OLD, "Company limited by guarantee, registered in "
                                               "England no. 07965432. Registered office: 4 "
                                               "Canal Wharf, Manchester.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: our helpline number has changed since "
                                              "this story was first published.")),
        ),
    )


# --- an Italian magazine for older readers ------------------------------------------------

ED_REDESIGN = dt.date(2019, 4, 1)
ED_PREZZO = dt.date(2018, 1, 1)
PEREQUAZIONE = (("2014-01-01", ("2014", "1,2")), ("2015-01-01", ("2015", "0,3")),
                ("2016-01-01", ("2016", "0,0")), ("2017-01-01", ("2017", "0,0")),
                ("2018-01-01", ("2018", "1,1")), ("2019-01-01", ("2019", "1,1")),
                ("2020-01-01", ("2020", "0,4")), ("2021-01-01", ("2021", "0,0")))


def _ed_data(day: dt.date) -> str:
    if day < ED_REDESIGN:
        return f"{day.day} {MESI[day.month - 1]} {day.year}"
    return f"Ultimo aggiornamento: {day.day:02d}/{day.month:02d}/{day.year} ore {{time}}"


@cache
def _ed_avviso() -> Wordings:
    base = _steps((_OLD, "Abbonati a Età d'Oro: 11 numeri a 25 euro"),
                  (ED_PREZZO.isoformat(), "Abbonati a Età d'Oro: 11 numeri a 29 euro e il "
                                          "calendario in regalo"))
    covid = [_span("2020-03-09", "2020-05-17", "#iorestoacasa: sfoglia gratis l'edizione "
                                               "digitale di Età d'Oro")]
    quota = [_span("2019-01-17", "2019-04-01", "Quota 100: tutte le domande e le risposte nel "
                                               "nostro speciale")]
    nonni = _yearly("10-02", 6, 0, lambda y: f"2 ottobre {y}, Festa dei Nonni: mandaci una foto "
                                             f"con i tuoi nipoti")
    caldo = [(dt.date(y, 7, 1), dt.date(y, 9, 1), f"Estate {y}: con il gran caldo bevi spesso, "
                                                  f"esci nelle ore fresche e chiedi consiglio "
                                                  f"al tuo medico") for y in YEARS]
    return _calendar(base, covid, quota, nonni, caldo)


def etadoro_style() -> PublisherStyle:
    """An Italian magazine for older readers: a section from a pool, the long date turned
    "Ultimo aggiornamento:" with the numeric date and the time on 1 April 2019 (a wording
    per day), "di", a photo credit from a pool, "Ti potrebbe interessare:" and "Pubblicità"
    up to twice mid-body, the year's pension revaluation (each January), a see-your-doctor
    line, a subscription appeal reworded and turned by the Festa dei Nonni, summer heat,
    Quota 100 and the lockdown, the registration and copyright lines (a block), a rare
    erratum."""
    return PublisherStyle(
        domain="etadoro.it", site="Età d'Oro", base_size=60,
        subdomains=(("www.", 100),),
        sections=("pensioni", "salute", "viaggi", "benessere", "diritti"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rubrica": ("Pensioni", "Salute", "Viaggi", "Benessere", "Diritti", "Tempo libero"),
            "foto": ("iStock", "Shutterstock", "Archivio Età d'Oro", "Ansa"),
        },
        families=(
            _f("rubrica", HEADER, 0.45, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.86, *_by_day(_ed_data)),
            _f("firma", HEADER, 0.5, (_OLD, "di {author}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("interessare", MIDDLE, 0.35, (_OLD, "Ti potrebbe interessare: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("perequazione", FOOTER, 0.2, *rate_wordings(
                PEREQUAZIONE, lambda v: f"Rivalutazione delle pensioni {v[0]}: {v[1]}%")),
            _f("medico", FOOTER, 0.25, (_OLD, "Le informazioni di questo articolo non "
                                              "sostituiscono il parere del tuo medico.")),
            _f("avviso", FOOTER, 0.3, *_ed_avviso()),
            _f("testata", FOOTER, 0.3, (_OLD, "Età d'Oro – Registrazione del Tribunale di Milano "
                                              "n. 214 del 12 giugno 2009")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Edizioni Quattro Stagioni S.r.l. – "
                                                 "P. IVA 07894560961")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: l'importo indicato in origine "
                                              "era errato.")),
        ),
    )


# --- a Greek municipality's open-care centres for older people (KAPI) ----------------------

KA_REDESIGN = dt.date(2018, 9, 3)
KA_AMKA = dt.date(2019, 1, 7)
KA_CLOSED = dt.date(2020, 3, 11)


def _ka_date(day: dt.date) -> str:
    if day < KA_REDESIGN:
        return f"Δημοσιεύθηκε: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {MINES[day.month - 1]} {day.year}"


def _ka_hours(day: dt.date) -> str:
    if (6, 15) <= (day.month, day.day) < (9, 15):
        return ("Θερινό ωράριο ΚΑΠΗ: Δευτέρα έως Παρασκευή 08:00–13:30. Τα απογεύματα "
                "παραμένουν κλειστά.")
    return "Τα ΚΑΠΗ λειτουργούν Δευτέρα έως Παρασκευή, 08:00–13:30 και 17:30–20:30."


@cache
def _ka_orario() -> Wordings:
    covid = [(KA_CLOSED, None, "Λόγω κορωνοϊού τα ΚΑΠΗ παραμένουν κλειστά. Για βοήθεια καλέστε "
                               "στο 210 555 0100.")]
    easter = _movable(orthodox_easter, 2, 1, lambda y: f"Πάσχα {y}: τα ΚΑΠΗ είναι κλειστά από τη "
                                                       f"Μεγάλη Παρασκευή έως τη Δευτέρα του "
                                                       f"Πάσχα.")
    return _calendar(_ka_hours, covid, easter)


def kapi_style() -> PublisherStyle:
    """A Greek municipality's open-care centres for older people (KAPI): "Ανακοίνωση", the
    date turned from "Δημοσιεύθηκε:" to the long date on 3 September 2018 (a wording per
    day), the next excursion from a pool, a blood-pressure clinic and gentle exercise lines
    mid-body, the opening hours (summer hours each year, closed over Orthodox Easter and
    from the pandemic on), a membership line reworded to ask for the AMKA number, tags from
    a pool, the municipality and contact lines (a block), a rare update."""
    return PublisherStyle(
        domain="kapi-akrotiriou.gr", site="ΚΑΠΗ Δήμου Ακρωτηρίου", base_size=50,
        subdomains=(("www.", 100),),
        sections=("anakoinoseis", "ekdromes", "ekdiloseis", "ygeia"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "ekdromi": ("Ναύπλιο και Επίδαυρος", "Μονή Οσίου Λουκά", "Λουτράκι", "Δελφοί και "
                        "Αράχωβα", "Καλάβρυτα", "Μετέωρα (διήμερη)"),
            "tags": ("ΚΑΠΗ", "εκδρομές", "υγεία", "εκδηλώσεις", "γυμναστική", "εθελοντισμός"),
        },
        families=(
            _f("anakoinosi", HEADER, 0.5, (_OLD, "Ανακοίνωση")),
            _f("date", HEADER, 0.85, *_by_day(_ka_date)),
            _f("ekdromi", HEADER, 0.25, (_OLD, "Επόμενη εκδρομή: {ekdromi}")),
            _f("iatreio", MIDDLE, 0.2, (_OLD, "Μέτρηση πίεσης και σακχάρου κάθε Τρίτη 09:00–11:00 "
                                              "στο ιατρείο του ΚΑΠΗ.")),
            _f("gymnastiki", MIDDLE, 0.15, (_OLD, "Ήπια γυμναστική: Δευτέρα και Πέμπτη στις 10:00, "
                                                  "στην αίθουσα πολλαπλών χρήσεων.")),
            _f("orario", FOOTER, 0.35, *_ka_orario()),
            _f("eggrafi", FOOTER, 0.25,
               (_OLD, "Εγγραφές μελών: φέρτε την αστυνομική σας ταυτότητα και μία φωτογραφία. Η "
                      "εγγραφή είναι δωρεάν."),
               (KA_AMKA.isoformat(), "Εγγραφές μελών: φέρτε αστυνομική ταυτότητα, ΑΜΚΑ και μία "
                                     "φωτογραφία. Η εγγραφή είναι δωρεάν.")),
            _f("tags", FOOTER, 0.3, (_OLD, "Ετικέτες: {tags_list}")),
            _f("dimos", FOOTER, 0.4, (_OLD, "ΚΑΠΗ Δήμου Ακρωτηρίου – Διεύθυνση Κοινωνικής "
                                            "Προστασίας")),
            _f("epikoinonia", FOOTER, 0.4, (_OLD, "Τηλ. 210 555 0100 · Email: "
                                                  "info@kapi-akrotiriou.gr")),
            _f("enimerosi", HEADER, 0.04, (_OLD, "Ενημέρωση: η εκδρομή μεταφέρθηκε την επόμενη "
                                                 "Κυριακή.")),
        ),
    )


# --- a Japanese city's federation of senior clubs -----------------------------------------

AC_REDESIGN = dt.date(2018, 4, 1)
AC_BOSHU = dt.date(2017, 4, 1)
AC_SAGI = dt.date(2019, 6, 1)
AC_HALT = (dt.date(2020, 3, 1), dt.date(2020, 7, 1))  # no meetings in between
NENKAIHI = (("2014-04-01", ("2014", "1,200")), ("2015-04-01", ("2015", "1,200")),
            ("2016-04-01", ("2016", "1,200")), ("2017-04-01", ("2017", "1,500")),
            ("2018-04-01", ("2018", "1,500")), ("2019-04-01", ("2019", "1,500")),
            ("2020-04-01", ("2020", "1,500")))


def third_wednesday(y: int, m: int) -> dt.date:
    return nth_weekday(y, m, 2, 3)


def _ac_date(day: dt.date) -> str:
    if day < AC_REDESIGN:
        return f"掲載日：{day.year}年{day.month}月{day.day}日"
    return f"{day.year}/{day.month:02d}/{day.day:02d} 更新"


def _ac_reikai(day: dt.date) -> str:
    if AC_HALT[0] <= day < AC_HALT[1]:
        return "新型コロナウイルス感染症の拡大防止のため、定例会は当面中止します"
    meet = next_monthly(day, third_wednesday, skip=(8,))
    if meet.month == 9 and day.month in (7, 8):
        return f"8月の定例会はお休みです。次回は9月{meet.day}日（水）です"
    text = f"次回定例会：{meet.month}月{meet.day}日（水）午前10時〜 あさひ台市民会館2階"
    return text + "　※マスクを着用してご参加ください" if day >= AC_HALT[1] else text


@cache
def _ac_oshirase() -> Wordings:
    base = _steps((_OLD, "お問い合わせは事務局（平日9時〜16時）まで"))
    covid = [_span("2020-03-01", "2020-06-30", "新型コロナウイルス感染拡大防止のため、"
                                               "行事はすべて中止します")]
    keiro = _movable(keiro_no_hi, 14, 0, lambda y: f"{y}年度 敬老会：9月{keiro_no_hi(y).day}日"
                                                   f"（月・祝）午前10時から市民会館大ホール")
    nenmatsu = [(dt.date(y, 12, 28), dt.date(y + 1, 1, 5),
                 "年末年始（12月28日〜1月4日）は事務局をお休みします") for y in YEARS]
    return _calendar(base, covid, keiro, nenmatsu)


def asahidai_style() -> PublisherStyle:
    """A Japanese city's federation of senior clubs: the date turned from "掲載日：" to the
    slashed date with "更新" on 1 April 2018 (a wording per day), the next third-Wednesday
    meeting (a wording per month, a break in August, halted in spring 2020 and then asking
    for masks), a fraud warning reworded, a seasonal health line (traffic safety, heatstroke,
    flu), a membership appeal reworded, the fiscal year's dues, a notice turned by the
    Respect for the Aged gathering, the year-end closure and the pandemic, the secretariat,
    address and copyright lines (a block)."""
    return PublisherStyle(
        domain="asahidai-rc.jp", site="あさひ台市老人クラブ連合会", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "katsudo", "oshirase"),
        n_authors=2, url_path="/{section}/{yyyy}{mm}{dd}.html",
        families=(
            _f("date", HEADER, 0.85, *_by_day(_ac_date)),
            _f("reikai", HEADER, 0.3, *_by_day(_ac_reikai)),
            _f("sagi", MIDDLE, 0.2,
               (_OLD, "特殊詐欺にご注意！「息子」を名乗る電話でお金の話が出たら、"
                      "いったん切って家族に確認を"),
               (AC_SAGI.isoformat(), "特殊詐欺にご注意！キャッシュカードを預かる・"
                                     "すり替える手口が増えています。暗証番号は絶対に教えないで")),
            _f("kenko", MIDDLE, 0.15, *_seasons(
                ("04-01", "春の交通安全運動：夕方の外出は明るい色の服と反射材を"),
                ("06-01", "熱中症に注意：のどが渇く前にこまめな水分補給を"),
                ("10-01", "インフルエンザ予防：手洗い・うがいと早めの予防接種を"))),
            _f("boshu", FOOTER, 0.3, (_OLD, "会員募集中！60歳以上の方ならどなたでも入会できます"),
               (AC_BOSHU.isoformat(), "会員募集中！おおむね60歳以上の方、見学だけでも歓迎します")),
            _f("nenkaihi", FOOTER, 0.2, *rate_wordings(
                NENKAIHI, lambda v: f"年会費 {v[1]}円（{v[0]}年度）")),
            _f("oshirase", FOOTER, 0.3, *_ac_oshirase()),
            _f("jimukyoku", FOOTER, 0.4, (_OLD, "あさひ台市老人クラブ連合会 事務局")),
            _f("jusho", FOOTER, 0.4, (_OLD, "〒321-0955 あさひ台市中央2-4-1 市社会福祉協議会内 "
                                            "TEL 028-555-0137")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© あさひ台市老人クラブ連合会")),
        ),
    )


# --- a Romanian pensioners' mutual-aid fund (CARP) ----------------------------------------

DOBANDA = (("2013-01-01", "9"), ("2016-03-01", "8"), ("2018-04-01", "7,5"),
           ("2020-04-01", "6"))
AJUTOR_DECES = (("2014-01-01", "800"), ("2017-01-01", "1.000"), ("2019-07-01", "1.200"))


def _cp_data(day: dt.date) -> str:
    return f"Publicat la {day.day:02d}.{day.month:02d}.{day.year}"


def general_meeting(y: int) -> dt.date:
    """The members' general meeting: the last Saturday of April."""
    return last_weekday(y, 4, 5)


@cache
def _cp_program() -> Wordings:
    base = _steps((_OLD, "Program cu publicul: luni–vineri, 8:00–14:00. Casieria închide la "
                         "13:30."))
    covid = [_span("2020-03-16", "2020-06-30", "Pe durata stării de urgență lucrăm doar cu "
                                               "programare telefonică: 0254 555 310.")]
    adunare = _movable(general_meeting, 10, 0, lambda y: f"Adunarea generală a membrilor: "
                                                         f"sâmbătă, {general_meeting(y).day} "
                                                         f"aprilie {y}, ora 10, la Casa de "
                                                         f"Cultură.")
    christmas = [(dt.date(y, 12, 20), dt.date(y + 1, 1, 4),
                  f"Casieria este închisă între 24 decembrie {y} și 3 ianuarie {y + 1}.")
                 for y in YEARS]
    return _calendar(base, covid, adunare, christmas)


def carp_style() -> PublisherStyle:
    """A Romanian pensioners' mutual-aid fund (CARP): "Publicat la" with the numeric date (a
    wording per day, never redesigned), the loan interest rate and the death grant (changed
    in 2016-2020), a loans line mid-body, the public hours turned by the general meeting,
    Christmas and the state of emergency, a who-may-join line, the legal and contact lines
    (a block), a rare erratum."""
    return PublisherStyle(
        domain="carp-valealunga.ro", site="CAR Pensionari Valea Lungă", base_size=30,
        subdomains=(("www.", 100),),
        sections=("anunturi", "imprumuturi", "adunari"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("data", HEADER, 0.8, *_by_day(_cp_data)),
            _f("imprumut", MIDDLE, 0.2, (_OLD, "Împrumuturi de până la cinci ori soldul fondului "
                                               "social, fără giranți pentru membrii cu vechime de "
                                               "peste un an.")),
            _f("dobanda", FOOTER, 0.3, *rate_wordings(
                DOBANDA, lambda v: f"Dobânda la împrumuturi: {v}% pe an")),
            _f("ajutor-deces", FOOTER, 0.2, *rate_wordings(
                AJUTOR_DECES, lambda v: f"Ajutorul de deces acordat de casă: {v} lei")),
            _f("program", FOOTER, 0.35, *_cp_program()),
            _f("membri", FOOTER, 0.25, (_OLD, "Pot deveni membri toți pensionarii, indiferent de "
                                              "casa de pensii de care aparțin.")),
            _f("legal", FOOTER, 0.35, (_OLD, "CAR Pensionari Valea Lungă, organizație "
                                             "neguvernamentală fără scop patrimonial, înființată "
                                             "conform Legii nr. 540/2002.")),
            _f("contact", FOOTER, 0.35, (_OLD, "Str. Unirii nr. 9, Valea Lungă · Tel. 0254 555 "
                                               "310")),
            _f("eroare", HEADER, 0.04, (_OLD, "Eroare corectată: suma din anunț a fost "
                                              "actualizată.")),
        ),
    )


def heldout211_styles() -> list[PublisherStyle]:
    """The held-back-211 styles, in the order the generator hands them to publishers."""
    return [
        laterlife_style(), fpu_style(), syntaxi_style(), tarnava_style(), yutori_style(),
        kural_style(), riverbend_style(), silverthread_style(), etadoro_style(), kapi_style(),
        asahidai_style(), carp_style(),
    ]
