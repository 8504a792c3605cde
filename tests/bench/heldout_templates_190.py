"""The ``held-back-190`` template set of the planted-real benchmark.

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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"not legal advice" line, a refund line or an advertisement marker. The publishers are
consumer-protection bodies, ombudsmen, complaints boards and product-recall services in
English, German, French, Korean, Norwegian and Spanish: a British consumer champion's
magazine site, a British product-recall register, a German consumer advice centre, a French
consumer-news site, a Korean consumer agency's newsroom (in Korean), a Norwegian consumer
complaints board's published decisions, a Spanish consumers' association, a British payments
and banking ombudsman's published decisions, a German product-recall portal, an American
county consumer-affairs office's news releases, a French consumer mediator's published
opinions and a Korean product-safety recall service (in Korean). The families are the kinds a
crawl of such sites holds: dates localised day by day in English (British and American, with
AP-style months), German (with short weekdays), French (with "1er"), Korean (with the
weekday in brackets), Norwegian and Spanish, several changing form on the day of a redesign;
lines that turn every day (an ombudsman's "accept or reject my decision before" a date four
weeks on, a mediator's fifteen-day answer date), every week (a recall register's running
count of the year's recalls, a recall portal's count of last week's recalls) and every month
(the French regulated gas tariffs, a Korean agency's monthly count of complaints);
recall-notice headers, hazard, risk-level, product, batch and defect lines from pools,
case-reference lines (decision, file and opinion numbers), "this is not legal advice"
notices reworded in 2016-2019, helpline-hours lines reworded for the pandemic, with summer
hours, August closures, Easter and Christmas closures; scam-warning banners that follow the
calendars of consumers (Black Friday, the January and July sales with the French legal sales
dates and their 2020 shift, tax-return deadlines and the American tax season, the Korean
Seollal and Chuseok holidays, the pandemic, the German VAT cut); amounts that change over the
years (the British energy price cap, membership and advice fees, an ombudsman's award limit,
a complaints board's case fee, an association's dues); decision headings and signatures,
"Related:" lines and advertisement markers mid-body (some up to two times), multi-line blocks
(charity and company lines, "###" and media contacts, signatures, copyright lines), bare lines
and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
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
    easter,
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
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
WT_KURZ = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MANEDER = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember")
UKEDAGER = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
YOIL = ("월", "화", "수", "목", "금", "토", "일")

# Korean lunar holidays: the day of Seollal (the lunar new year) and of Chuseok.
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}

# --- helpers of this set ------------------------------------------------------------------


@cache
def spread(key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, always the same for the same `key`."""
    digest = hashlib.sha256(key.encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


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


def black_friday(y: int) -> dt.date:
    """The day after American Thanksgiving."""
    return thanksgiving(y) + ONE


def fr_day(day: dt.date) -> str:
    """A French date: "1er mars 2016", "5 mars 2016"."""
    return f"{'1er' if day.day == 1 else day.day} {MOIS[day.month - 1]} {day.year}"


def no_day(day: dt.date) -> str:
    """A Norwegian date: "5. mars 2016"."""
    return f"{day.day}. {MANEDER[day.month - 1]} {day.year}"


def ko_day(day: dt.date) -> str:
    """A Korean date with the weekday: "2016년 3월 5일(토)"."""
    return f"{day.year}년 {day.month}월 {day.day}일({YOIL[day.weekday()]})"


def soldes(y: int) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date]]:
    """The French winter and summer sales of year `y` (first and last day): from the second
    Wednesday of January (the first if the second falls after the 12th) and the last
    Wednesday of June (the one before if the last falls after the 28th), six weeks long,
    four from 2020; the 2020 summer sales put off to 15 July."""
    winter = nth_weekday(y, 1, 2, 2)
    if winter.day > 12:
        winter -= 7 * ONE
    summer = last_weekday(y, 6, 2)
    if summer.day > 28:
        summer -= 7 * ONE
    if y == 2020:
        summer = dt.date(2020, 7, 15)
    length = 28 if y >= 2020 else 42
    return ((winter, winter + (length - 1) * ONE), (summer, summer + (length - 1) * ONE))


def mondays_so_far(day: dt.date) -> int:
    """How many Mondays of `day`'s year fall on or before `day`."""
    jan1 = dt.date(day.year, 1, 1)
    first = jan1 + dt.timedelta(days=(0 - jan1.weekday()) % 7)
    return 0 if day < first else (day - first).days // 7 + 1


@cache
def recalls_listed(y: int, weeks: int) -> int:
    """The recalls a register has listed in year `y` after `weeks` weekly updates."""
    return sum(spread(f"rr-week:{y}:{k}", 4, 11) for k in range(weeks))


# --- a British consumer champion's magazine site -----------------------------------------

FD_REDESIGN = dt.date(2018, 5, 25)  # relaunched the day the GDPR came into force
FD_ADVICE = dt.date(2017, 9, 4)
FD_ALERTS = dt.date(2017, 10, 2)
FD_HELPLINE = dt.date(2020, 3, 23)
PRICE_CAP = (("2015-01-01", ""), ("2019-01-01", "£1,137"), ("2019-04-01", "£1,254"),
             ("2019-10-01", "£1,179"), ("2020-04-01", "£1,162"), ("2020-10-01", "£1,042"))
FD_MEMBERSHIP = (("2014-04-01", "9.75"), ("2017-04-01", "10.75"), ("2019-04-01", "11.99"))


def _fd_dated(day: dt.date) -> str:
    if day < FD_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Last updated {day.day} {MONTHS[day.month - 1]} {day.year}, {{time12}}"


def _fd_cap(value: str) -> str:
    if not value:
        return ("Energy prices aren't capped for most households: compare tariffs before your "
                "fixed deal ends.")
    return (f"Energy price cap: {value} a year for a typical dual-fuel household paying by "
            f"direct debit.")


@cache
def _fd_alert() -> Wordings:
    base = _steps((_OLD, "Think you've been scammed? Tell us what happened and we'll help you "
                         "act fast"),
                  (FD_ALERTS.isoformat(), "🚨 Get our free scam alerts: the latest cons in your "
                                          "inbox every Friday"))
    covid = [_span("2020-03-16", "2020-06-30", "🦠 Coronavirus: your refund rights for "
                                               "cancelled holidays, weddings and gigs")]
    friday = _movable(black_friday, 7, 3, lambda y: f"🛍️ Black Friday {y}: check our price "
                                                    f"tracker first – most 'deals' were cheaper "
                                                    f"before")
    tax = _yearly("01-31", 16, 0, lambda y: f"🚨 Tax return deadline {y}: HMRC never texts or "
                                            f"emails you about a refund – don't click the link")
    return _calendar(base, covid, friday, tax)


def fairdeal_style() -> PublisherStyle:
    """A British consumer champion's magazine site: a topic kicker, the numeric date turned
    "Last updated" with the long date and the time on the GDPR's first day (a wording per
    day), "By" turned the writer with the beat, a legal reviewer, a scam-alert banner
    reworded and turned by Black Friday, the January tax-return deadline and the pandemic,
    "Related:", a newsletter box and a know-your-rights box mid-body, the energy price cap from
    January 2019 (changing each April and October), a not-legal-advice line reworded in
    2017, the legal helpline's hours reworded for the pandemic, the membership price
    (raised in April 2017 and 2019), the charity line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="fairdealwatch.co.uk", site="Fair Deal Watch", base_size=250,
        subdomains=(("www.", 100),),
        sections=("consumer-rights", "scams", "product-safety", "energy", "travel", "money"),
        n_authors=14, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("Consumer rights", "Scams", "Product safety", "Energy", "Travel",
                       "Money", "Broadband & mobile"),
            "beat": ("Consumer Rights Editor", "Scams Reporter", "Money Editor",
                     "Senior Researcher", "Energy Specialist", "Travel Writer"),
            "right": ("you have 30 days to reject a faulty item for a full refund",
                      "a flight delayed by three hours or more may entitle you to "
                      "compensation",
                      "you can cancel most online orders within 14 days of delivery",
                      "your card provider can be jointly liable for purchases between £100 and "
                      "£30,000",
                      "a service must be carried out with reasonable care and skill"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_fd_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (FD_REDESIGN.isoformat(), "{author}, {author_beat}")),
            _f("reviewed", HEADER, 0.2, (_OLD, "Checked by {author2}, Legal Adviser")),
            _f("alert", HEADER, 0.3, *_fd_alert()),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}")),
            _f("newsletter", MIDDLE, 0.15, (_OLD, "Sign up for our free weekly email: deals, "
                                                  "recalls and your rights")),
            _f("rights", MIDDLE, 0.25, (_OLD, "Know your rights: {right}.")),
            _f("price-cap", FOOTER, 0.15, *by_table(PRICE_CAP, _fd_cap)),
            _f("not-advice", FOOTER, 0.45,
               (_OLD, "The information in this article is for general guidance only and is "
                      "not legal advice."),
               (FD_ADVICE.isoformat(), "This guide explains your rights in general terms. It "
                                       "isn't legal advice: for help with your own case, talk "
                                       "to a qualified adviser.")),
            _f("helpline", FOOTER, 0.3,
               (_OLD, "Members can call our Legal Helpline Monday to Friday, 8.30am to 6pm."),
               (FD_HELPLINE.isoformat(), "Our Legal Helpline is open Monday to Friday, 9am to "
                                         "5pm, while our advisers work from home.")),
            _f("membership", FOOTER, 0.25, *by_table(FD_MEMBERSHIP, lambda v: (
                f"Join Fair Deal Watch from £{v} a month for unlimited reviews and legal "
                f"help."))),
            _f("charity", FOOTER, 0.35, (_OLD, "Fair Deal Watch is the trading name of Fair "
                                               "Deal Watch Ltd, owned by the Fair Trading "
                                               "Association, a registered charity (no. "
                                               "1098451).")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Fair Deal Watch Ltd. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong deadline for "
                                                  "claiming a refund.")),
        ),
    )


# --- a British product-recall register ------------------------------------------------------

RR_REDESIGN = dt.date(2019, 3, 1)
RR_REFUND = dt.date(2017, 6, 1)
RR_HOURS = dt.date(2018, 1, 8)


def _rr_dated(day: dt.date) -> str:
    if day < RR_REDESIGN:
        return f"Notified: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Date notified: {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _rr_count(day: dt.date) -> str:
    return (f"Recalls and safety warnings listed in {day.year} so far: "
            f"{recalls_listed(day.year, mondays_so_far(day))}")


@cache
def _rr_helpline() -> Wordings:
    base = _steps((_OLD, "Recall helpline: 0808 196 4420, Monday to Friday 9am–5pm"),
                  (RR_HOURS.isoformat(), "Recall helpline: 0808 196 4420, Monday to Friday "
                                         "8am–8pm, Saturday 9am–1pm"))
    covid = [_span("2020-03-23", "2020-07-31", "Our helpline is running a reduced service: "
                                               "please report unsafe products online")]
    christmas = _yearly("12-24", 0, 8, lambda y: f"Our helpline is closed from 24 December {y} "
                                                 f"to 1 January {y + 1}. You can still report "
                                                 f"an unsafe product online.",
                        years=range(2014, 2021))
    return _calendar(base, covid, christmas)


def recallregister_style() -> PublisherStyle:
    """A British product-recall register: the notice's kind from a pool ("PRODUCT RECALL"),
    the recall reference turned on the 2019 redesign, "Notified:" with the numeric date
    turned the weekday and the long date on 1 March 2019 (a wording per day), the hazard and
    the risk level from pools, the year's running count of recalls (a wording per week, each
    Monday), the product category and a stop-using line reworded for refunds without a
    receipt mid-body, the helpline's hours reworded and turned by Christmas closures and the
    pandemic, a supplied-by-the-manufacturer line, a register-your-appliances line, the about
    line and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="recallregister.org.uk", site="Recall Register", base_size=220,
        subdomains=(("www.", 100),),
        sections=("recalls", "safety-warnings", "electrical", "toys", "food", "vehicles"),
        n_authors=5, url_path="/recalls/{yyyy}/{slug}",
        pools={
            "notice": ("PRODUCT RECALL", "SAFETY WARNING", "PRODUCT WITHDRAWAL"),
            "hazard": ("Electric shock", "Fire", "Choking", "Chemical", "Injury", "Burns",
                       "Suffocation", "Microbiological"),
            "risk": ("Serious", "High", "Medium", "Low"),
            "category": ("Electrical appliances", "Toys", "Childcare articles",
                         "Cosmetics", "Food and drink", "Motor vehicles", "Furniture"),
        },
        families=(
            _f("notice", HEADER, 0.6, (_OLD, "{notice}")),
            _f("reference", HEADER, 0.7, (_OLD, "Reference: PSR/{year}/{n}"),
               (RR_REDESIGN.isoformat(), "Recall ref. {year}-{n}")),
            _f("notified", HEADER, 0.85, *_by_day(_rr_dated)),
            _f("hazard", HEADER, 0.55, (_OLD, "Hazard: {hazard}")),
            _f("risk", HEADER, 0.4, (_OLD, "Risk level: {risk}")),
            _f("count", HEADER, 0.2, *_by_day(_rr_count)),
            _f("category", MIDDLE, 0.3, (_OLD, "Product category: {category}")),
            _f("stop-using", MIDDLE, 0.35,
               (_OLD, "Stop using the product immediately and return it to the store where you "
                      "bought it for a full refund."),
               (RR_REFUND.isoformat(), "Stop using this product now. Return it to any store "
                                       "for a full refund – you don't need a receipt.")),
            _f("helpline", FOOTER, 0.3, *_rr_helpline()),
            _f("supplied", FOOTER, 0.45, (_OLD, "The information on this page was supplied by "
                                                "the manufacturer or retailer. Recall Register "
                                                "does not test products.")),
            _f("register", FOOTER, 0.25, (_OLD, "Register your appliances and we'll tell you "
                                                "if they are ever recalled.")),
            _f("about", FOOTER, 0.3, (_OLD, "Recall Register is an independent service run by "
                                            "the Home Safety Trust, registered charity no. "
                                            "1154230.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Home Safety Trust {year}")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the affected batch numbers have been "
                                              "extended.")),
        ),
    )


# --- a German consumer advice centre ------------------------------------------------------

VB_REDESIGN = dt.date(2018, 5, 25)
VB_PHISHING = dt.date(2017, 3, 1)
VB_HINWEIS = dt.date(2017, 7, 1)
VB_CORONA = dt.date(2020, 3, 16)
VB_ENTGELT = (("2014-01-01", "10"), ("2017-01-01", "15"), ("2019-07-01", "18"))


def _vb_stand(day: dt.date) -> str:
    if day < VB_REDESIGN:
        return f"Stand: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Stand: {WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


@cache
def _vb_warnung() -> Wordings:
    base = _steps((_OLD, "Abzocke am Telefon? Melden Sie unerwünschte Werbeanrufe bei uns."),
                  (VB_PHISHING.isoformat(), "⚠️ Phishing-Radar: aktuelle Warnungen vor "
                                            "gefälschten Mails und SMS"))
    corona = [
        _span("2020-03-16", "2020-06-30", "Corona: Was Sie bei abgesagten Reisen, Konzerten "
                                          "und Hochzeiten jetzt wissen müssen"),
        _span("2020-07-01", "2020-07-31", "Mehrwertsteuer gesenkt: Geben Händler die Senkung "
                                          "an Sie weiter?"),
    ]
    friday = _movable(black_friday, 5, 3, lambda y: f"🛒 Black Friday {y}: Vorsicht vor "
                                                    f"Fake-Shops – prüfen Sie das Impressum")
    energie = _yearly("12-10", 0, 40, lambda y: f"Strom oder Gas wird {y + 1} teurer? Sie haben "
                                                f"ein Sonderkündigungsrecht",
                      years=range(2014, 2021))
    return _calendar(base, corona, friday, energie)


def vbmittelrhein_style() -> PublisherStyle:
    """A German consumer advice centre: a topic from a pool, "Stand:" with the numeric date
    turned the weekday and the long date on 25 May 2018 (a wording per day), a warning
    banner reworded and turned by Black Friday, the winter's energy price rises, the
    pandemic and the 2020 VAT cut, "Lesen Sie auch:" and a model letter from a pool
    mid-body, the tags from a pool, a not-legal-advice line reworded in 2017, the fee for
    personal advice (raised in 2017 and 2019), the telephone advice hours reworded for the
    pandemic, the funding line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="vb-mittelrhein.de", site="Verbraucherberatung Mittelrhein", base_size=195,
        subdomains=(("www.", 100),),
        sections=("vertraege", "energie", "geld", "digitale-welt", "lebensmittel", "reise"),
        n_authors=8, url_path="/themen/{section}/{slug}",
        pools={
            "rubrik": ("Verträge & Reklamation", "Energie", "Geld & Versicherungen",
                       "Digitale Welt", "Lebensmittel", "Reise & Mobilität",
                       "Gesundheit & Pflege"),
            "muster": ("Widerruf eines Online-Kaufs", "Kündigung eines Handyvertrags",
                       "Reklamation einer mangelhaften Ware", "Widerspruch gegen eine "
                       "Preiserhöhung", "Rückforderung von Inkassokosten"),
            "schlagwort": ("Widerruf", "Gewährleistung", "Inkasso", "Fake-Shop", "Stromtarif",
                           "Fluggastrechte", "Datenschutz"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("stand", HEADER, 0.85, *_by_day(_vb_stand)),
            _f("warnung", HEADER, 0.3, *_vb_warnung()),
            _f("lesen", MIDDLE, 0.35, (_OLD, "Lesen Sie auch: {other_title}")),
            _f("musterbrief", MIDDLE, 0.2, (_OLD, "Musterbrief: {muster} (PDF)")),
            _f("schlagworte", FOOTER, 0.3, (_OLD, "Schlagworte: {schlagwort_list}")),
            _f("rechtsberatung", FOOTER, 0.4,
               (_OLD, "Dieser Beitrag ersetzt keine individuelle Rechtsberatung."),
               (VB_HINWEIS.isoformat(), "Die Informationen in diesem Beitrag sind sorgfältig "
                                        "recherchiert, ersetzen aber keine persönliche "
                                        "Rechtsberatung.")),
            _f("entgelt", FOOTER, 0.2, *by_table(VB_ENTGELT, lambda v: (
                f"Persönliche Beratung in unseren Beratungsstellen: {v} Euro (für Menschen mit "
                f"geringem Einkommen kostenlos)"))),
            _f("telefon", FOOTER, 0.3,
               (_OLD, "Telefonische Beratung: Mo–Do 9–17 Uhr, Fr 9–13 Uhr, Tel. 0261 555 4410"),
               (VB_CORONA.isoformat(), "Unsere Beratungsstellen sind geschlossen. Telefonische "
                                       "Beratung: Mo–Fr 9–18 Uhr, Tel. 0261 555 4410")),
            _f("foerderung", FOOTER, 0.35, (_OLD, "Die Verbraucherberatung Mittelrhein wird "
                                                  "gefördert vom Ministerium für Familie und "
                                                  "Verbraucherschutz des Landes.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Verbraucherberatung Mittelrhein "
                                                 "e. V.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war die "
                                                 "Widerrufsfrist falsch angegeben.")),
        ),
    )


# --- a French consumer-news site ---------------------------------------------------------

CO_REDESIGN = dt.date(2018, 9, 3)
CO_BLOCTEL = dt.date(2016, 6, 1)  # the official opt-out list replaced Pacitel
CO_CONSEIL = dt.date(2019, 1, 7)


def _co_date(day: dt.date) -> str:
    if day < CO_REDESIGN:
        return f"Le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"{JOURS[day.weekday()]} {fr_day(day)}, mis à jour à {{time}}")


def gas_change(y: int, m: int) -> int:
    """A made-up monthly change of the regulated gas tariffs, in tenths of a per cent."""
    return spread(f"gaz:{y}:{m}", -60, 60)


def _co_gaz(day: dt.date) -> str:
    tenths = gas_change(day.year, day.month)
    if tenths == 0:
        change = "inchangés"
    else:
        change = f"{tenths / 10:+.1f} %".replace(".", ",")
    return f"Tarifs réglementés du gaz au 1er {MOIS[day.month - 1]} {day.year} : {change}"


def _co_soldes_events() -> list[Event]:
    out: list[Event] = []
    for y in YEARS:
        for name, (first, last) in zip(("hiver", "été"), soldes(y), strict=True):
            out.append((first - 3 * ONE, last + ONE,
                        f"🏷️ Soldes d'{name} {y} : du {fr_day(first)[:-5]} au "
                        f"{fr_day(last)[:-5]}. Prix barrés, retours : vos droits"))
    return out


@cache
def _co_bandeau() -> Wordings:
    base = _steps((_OLD, "Bons plans, rappels, arnaques : recevez notre lettre chaque mardi"))
    confinement = [_span("2020-03-17", "2020-05-10", "🦠 Confinement : voyages, spectacles, "
                                                     "salles de sport, comment être "
                                                     "remboursé")]
    return _calendar(base, confinement, _co_soldes_events())


def consovigilance_style() -> PublisherStyle:
    """A French consumer-news site: a section from a pool, "Le" with the numeric date turned
    the weekday, the long date (with "1er") and "mis à jour à" on 3 September 2018 (a wording
    per day), "Par", a banner turned by the winter and summer sales (from their legal days,
    four weeks long and the summer put off in 2020) and the lockdown, a product-recall line
    with the product and the reason from pools, "À lire aussi :" and "Publicité" (up to
    twice) mid-body, the month's regulated gas tariffs (a wording per month), the source
    from a pool, the telephone opt-out line reworded when Bloctel replaced Pacitel, a
    not-legal-advice line reworded in 2019, the reproduction line and the copyright line (a
    block), a rare erratum."""
    return PublisherStyle(
        domain="consovigilance.fr", site="Conso Vigilance", base_size=170,
        subdomains=(("www.", 100),),
        sections=("rappels", "arnaques", "energie", "banque", "telephonie", "alimentation"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrique": ("Rappels produits", "Arnaques", "Énergie", "Banque", "Téléphonie",
                         "Alimentation", "Litiges"),
            "produit": ("Fromage au lait cru", "Steaks hachés surgelés", "Poussette pliable",
                        "Chargeur USB", "Jouet en bois", "Crème solaire enfant"),
            "motif": ("présence possible de Listeria", "présence de salmonelles",
                      "risque d'étouffement", "risque d'électrocution",
                      "corps étranger métallique", "allergène non déclaré"),
            "source": ("RappelConso", "DGCCRF", "le fabricant", "l'enseigne", "AFP"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_co_date)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}")),
            _f("bandeau", HEADER, 0.25, *_co_bandeau()),
            _f("rappel", MIDDLE, 0.25, (_OLD, "RAPPEL CONSO · {produit} : {motif}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("gaz", FOOTER, 0.15, *_by_day(_co_gaz)),
            _f("bloctel", FOOTER, 0.3,
               (_OLD, "Marre du démarchage téléphonique ? Inscrivez-vous sur la liste "
                      "d'opposition Pacitel."),
               (CO_BLOCTEL.isoformat(), "Marre du démarchage téléphonique ? Inscrivez-vous "
                                        "gratuitement sur Bloctel, la liste d'opposition "
                                        "officielle.")),
            _f("conseil", FOOTER, 0.35,
               (_OLD, "Cet article a une visée informative et ne constitue pas un conseil "
                      "juridique."),
               (CO_CONSEIL.isoformat(), "Cet article est fourni à titre d'information : il ne "
                                        "remplace pas l'avis d'un juriste ou d'une "
                                        "association de consommateurs.")),
            _f("source", FOOTER, 0.2, (_OLD, "Source : {source}")),
            _f("reproduction", FOOTER, 0.2, (_OLD, "Reproduction interdite sans l'accord de "
                                                   "l'éditeur.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Conso Vigilance – Éditions du "
                                                 "Guet")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet "
                                               "article indiquait un mauvais numéro de lot.")),
        ),
    )


# --- a Korean consumer agency's newsroom (in Korean) --------------------------------------

HN_REDESIGN = dt.date(2019, 1, 2)
HN_ONLINE = dt.date(2018, 3, 5)


def _hn_dated(day: dt.date) -> str:
    if day < HN_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return f"등록일 {ko_day(day)} {{time}}"


def complaints(y: int, m: int) -> int:
    """A made-up count of the consumer complaints a month brought."""
    return spread(f"hn:{y}:{m}", 52_000, 79_000)


def _hn_tonggye(day: dt.date) -> str:
    y, m = day.year, day.month - (1 if day.day >= 10 else 2)
    if m <= 0:
        y, m = y - 1, m + 12
    now, before = complaints(y, m), complaints(y - 1, m)
    return (f"{y}년 {m}월 소비자상담 접수 {now:,}건 (전년 동월 대비 "
            f"{(now / before - 1) * 100:+.1f}%)")


def _hn_holidays() -> list[Event]:
    out: list[Event] = []
    for y in YEARS:
        for name, day in (("설", SEOLLAL[y]), ("추석", CHUSEOK[y])):
            out.append((iso_day(day, -10), iso_day(day, 2),
                        f"[소비자경보] {y} {name} 명절 택배·선물 사칭 문자에 주의하세요"))
    return out


@cache
def _hn_gyeongbo() -> Wordings:
    base = _steps((_OLD, "소비자 피해가 생기면 국번없이 1372 소비자상담센터에 상담하세요"))
    covid = [_span("2020-02-03", "2020-04-30", "[소비자경보] 마스크·손소독제 온라인 판매 사기에 "
                                               "주의하세요")]
    return _calendar(base, covid, _hn_holidays())


def hanuri_style() -> PublisherStyle:
    """A Korean consumer agency's newsroom (in Korean): a category from a pool, "입력" with
    the dotted date turned "등록일" with the long date and the weekday on 2 January 2019 (a
    wording per day), the department from a pool with the writer, a consumer-alert banner
    turned by Seollal and Chuseok (delivery scam texts) and the pandemic's mask scams,
    "관련기사:" and a redress link mid-body, the month's count of complaints and its change
    on a year earlier (a wording per month, from each 10th), the counselling line reworded
    for online counselling, a not-legal-advice line, the copyright line and the address (a
    block), a rare correction."""
    return PublisherStyle(
        domain="hanurisobija.or.kr", site="한누리소비자원", base_size=150,
        subdomains=(("www.", 100),),
        sections=("press", "alert", "recall", "redress", "test"),
        n_authors=6, url_path="/board/{section}/view.do?no={n}",
        pools={
            "bunryu": ("보도자료", "소비자경보", "리콜", "피해구제", "시험·검사", "정책연구"),
            "buseo": ("피해구제국 서비스팀", "시험검사국 생활화학팀", "안전감시국 위해정보팀",
                      "정책연구실", "대외협력팀"),
        },
        families=(
            _f("bunryu", HEADER, 0.5, (_OLD, "{bunryu}")),
            _f("deungnok", HEADER, 0.85, *_by_day(_hn_dated)),
            _f("damdang", HEADER, 0.45, (_OLD, "담당부서: {buseo} ({author})")),
            _f("gyeongbo", HEADER, 0.3, *_hn_gyeongbo()),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "관련기사: {other_title}")),
            _f("baro", MIDDLE, 0.2, (_OLD, "▶ 피해구제 신청 바로가기")),
            _f("tonggye", FOOTER, 0.2, *_by_day(_hn_tonggye)),
            _f("sangdam", FOOTER, 0.35,
               (_OLD, "소비자상담센터 ☎ 1372 (평일 09:00~18:00)"),
               (HN_ONLINE.isoformat(), "소비자상담센터 ☎ 1372 (평일 09:00~18:00) · 온라인 상담은 "
                                       "24시간 접수")),
            _f("beopryul", FOOTER, 0.3, (_OLD, "이 자료는 소비자 정보 제공을 위한 것으로, 개별 "
                                               "사안에 대한 법률 자문이 아닙니다.")),
            _f("jeojakgwon", FOOTER, 0.35, (_OLD, "<저작권자 © 한누리소비자원, 무단전재 및 "
                                                  "재배포 금지>")),
            _f("juso", FOOTER, 0.3, (_OLD, "(30112) 세종특별자치시 한누리대로 1372 "
                                           "한누리소비자원")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 보도자료의 시험 대상 제품 수를 "
                                                  "바로잡습니다.")),
        ),
    )


# --- a Norwegian consumer complaints board's published decisions ---------------------------

FN_REDESIGN = dt.date(2019, 1, 1)
FN_LAW = dt.date(2017, 1, 1)  # the new act on consumer disputes
FN_GEBYR = (("2014-01-01", "2 000"), ("2017-01-01", "3 500"), ("2019-01-01", "4 000"))


def _fn_dated(day: dt.date) -> str:
    if day < FN_REDESIGN:
        return f"Avgjort {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Vedtak fattet {UKEDAGER[day.weekday()]} {no_day(day)}"


def _fn_easter(y: int) -> str:
    thursday, monday = easter(y) - 3 * ONE, easter(y) + ONE
    return (f"Påsken {y}: kontoret er stengt fra skjærtorsdag {thursday.day}. "
            f"{MANEDER[thursday.month - 1]} til og med 2. påskedag {monday.day}. "
            f"{MANEDER[monday.month - 1]}")


@cache
def _fn_telefontid() -> Wordings:
    base = _steps((_OLD, "Telefontid: mandag–fredag kl. 09.00–15.00"))
    korona = [_span("2020-03-12", "2020-06-14", "Koronaviruset: kontoret er stengt for besøk, "
                                                "men vi svarer på telefon og e-post")]
    paske = _movable(easter, 10, 1, _fn_easter)
    sommer = _yearly("07-01", 0, 45, lambda y: f"Sommertid {y}: telefonen er åpen kl. "
                                               f"10.00–14.00 fram til 15. august")
    jul = _yearly("12-20", 0, 12, lambda y: f"Kontoret holder julestengt fra 24. desember {y} "
                                            f"til og med 1. januar {y + 1}",
                  years=range(2014, 2021))
    return _calendar(base, korona, paske, sommer, jul)


def forbrukernemnda_style() -> PublisherStyle:
    """A Norwegian consumer complaints board's published decisions: the case number, "Avgjort"
    with the numeric date turned "Vedtak fattet" with the weekday and the long date on 1
    January 2019 (a wording per day), the subject from a pool, the chair, the outcome from a
    pool, the decision's headings mid-body, "Les også:", the binding-decision line reworded
    for the 2017 act on consumer disputes, a names-removed line, the telephone hours turned
    by Easter, the summer hours, the Christmas closure and the pandemic, the case fee
    (raised in 2017 and 2019), the address and the privacy line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="forbrukernemndanord.no", site="Forbrukernemnda Nord", base_size=130,
        subdomains=(("www.", 100),),
        sections=("avgjorelser", "kjop", "tjenester", "reise"),
        n_authors=5, url_path="/avgjorelser/{yyyy}/{n}",
        pools={
            "omrade": ("Kjøp av bil", "Håndverkertjenester", "Elektronikk", "Møbler",
                       "Klær og sko", "Pakkereiser", "Mobiltelefon"),
            "utfall": ("Klager gis medhold", "Klager gis delvis medhold",
                       "Klager gis ikke medhold", "Saken avvises"),
        },
        families=(
            _f("sak", HEADER, 0.8, (_OLD, "Sak nr. {year}/{n}")),
            _f("dato", HEADER, 0.85, *_by_day(_fn_dated)),
            _f("omrade", HEADER, 0.5, (_OLD, "Saksområde: {omrade}")),
            _f("leder", HEADER, 0.4, (_OLD, "Nemndleder: {author}")),
            _f("resultat", HEADER, 0.6, (_OLD, "Resultat: {utfall}")),
            _f("bakgrunn", MIDDLE, 0.45, (_OLD, "Sakens bakgrunn")),
            _f("vurdering", MIDDLE, 0.55, (_OLD, "Nemndas vurdering")),
            _f("les", MIDDLE, 0.3, (_OLD, "Les også: {other_title}")),
            _f("bindende", FOOTER, 0.5,
               (_OLD, "Avgjørelsen er bindende for partene dersom saken ikke bringes inn for "
                      "tingretten innen fire uker."),
               (FN_LAW.isoformat(), "Vedtaket blir rettskraftig hvis ingen av partene reiser "
                                    "søksmål for tingretten innen én måned.")),
            _f("anonym", FOOTER, 0.3, (_OLD, "Partenes navn er fjernet før publisering.")),
            _f("telefontid", FOOTER, 0.3, *_fn_telefontid()),
            _f("gebyr", FOOTER, 0.2, *by_table(FN_GEBYR, lambda v: (
                f"Behandlingsgebyr for den næringsdrivende når saken avgjøres i nemnda: {v} "
                f"kr"))),
            _f("adresse", FOOTER, 0.35, (_OLD, "Forbrukernemnda Nord · Postboks 6140, 9291 "
                                               "Tromsø · Org.nr. 912 345 678")),
            _f("personvern", FOOTER, 0.3, (_OLD, "Personvern og informasjonskapsler")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: beløpet i nemndas konklusjon er "
                                                "rettet.")),
        ),
    )


# --- a Spanish consumers' association ----------------------------------------------------

CL_REDESIGN = dt.date(2017, 9, 1)
CL_AVISO = dt.date(2019, 5, 6)
CL_CUOTA = (("2014-01-01", "36"), ("2018-01-01", "40"), ("2020-01-01", "45"))
CL_NORMAL = "Horario de atención: de lunes a viernes, de 9:00 a 14:00 y de 16:00 a 19:00"
CL_VERANO = "Horario de verano (julio y agosto): de lunes a viernes, de 8:00 a 15:00"
CL_ALARMA = "Durante el estado de alarma te atendemos solo por teléfono y correo electrónico"


def _cl_fecha(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"Publicado el {day.day}/{day.month}/{day.year}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _cl_alerta() -> Wordings:
    base = _steps((_OLD, "¿Tienes un problema con una empresa? Te ayudamos a reclamar"))
    alarma = [_span("2020-03-14", "2020-06-21", "Estado de alarma: cómo reclamar viajes, "
                                                "conciertos y cuotas del gimnasio")]
    rebajas = _yearly("01-07", 0, 24, lambda y: f"🏷️ Rebajas de invierno {y}: guarda el tique y "
                                                f"revisa las condiciones de devolución")
    rebajas += _yearly("07-01", 0, 30, lambda y: f"🏷️ Rebajas de verano {y}: los productos "
                                                 f"rebajados tienen la misma garantía")
    friday = _movable(black_friday, 6, 3, lambda y: f"Black Friday {y}: compara precios "
                                                    f"antes de comprar y desconfía de las "
                                                    f"gangas")
    return _calendar(base, alarma, rebajas, friday)


def consumidores_style() -> PublisherStyle:
    """A Spanish consumers' association: a section from a pool, "Publicado el" with the
    numeric date turned the weekday and the long date on 1 September 2017 (a wording per
    day), "Redacción" turned "Por" the writer, a banner turned by the winter and summer sales,
    Black Friday and the state of alarm, a case file number, "Te puede interesar:" and a
    complaint-forms reminder mid-body, the office hours with the summer hours each July and
    August and the state of alarm, a not-legal-advice line reworded in 2019, the yearly
    dues (raised in 2018 and 2020), the registry line and the copyright line (a block), a
    rare rectification."""
    return PublisherStyle(
        domain="consumidoresdellevante.org", site="Consumidores del Levante", base_size=110,
        subdomains=(("www.", 100),),
        sections=("reclamaciones", "banca", "suministros", "telefonia", "viajes"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={"seccion": ("Reclamaciones", "Banca", "Suministros", "Telefonía",
                           "Alimentación", "Viajes", "Vivienda")},
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_cl_fecha)),
            _f("autor", HEADER, 0.45, (_OLD, "Redacción · {author}"),
               (CL_REDESIGN.isoformat(), "Por {author}")),
            _f("alerta", HEADER, 0.3, *_cl_alerta()),
            _f("expediente", MIDDLE, 0.2, (_OLD, "Caso real · Expediente n.º {year}/{n}")),
            _f("interesar", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}")),
            _f("hojas", MIDDLE, 0.15, (_OLD, "Recuerda: todos los establecimientos deben tener "
                                             "hojas de reclamaciones a disposición de sus "
                                             "clientes.")),
            _f("horario", FOOTER, 0.3, *_seasons(
                ("07-01", CL_VERANO), ("09-01", CL_NORMAL),
                special={2020: [("2020-03-16", CL_ALARMA), ("2020-06-22", CL_NORMAL),
                                ("2020-07-01", CL_VERANO), ("2020-09-01", CL_NORMAL)]})),
            _f("asesoramiento", FOOTER, 0.35,
               (_OLD, "La información de este artículo es orientativa y no sustituye el "
                      "asesoramiento jurídico profesional."),
               (CL_AVISO.isoformat(), "Este contenido es informativo. Para tu caso concreto, "
                                      "consulta con nuestro servicio jurídico.")),
            _f("cuota", FOOTER, 0.2, *by_table(CL_CUOTA, lambda v: (
                f"Hazte socio por {v} € al año y te defendemos en tus reclamaciones"))),
            _f("registro", FOOTER, 0.3, (_OLD, "Asociación inscrita en el Registro Estatal de "
                                               "Asociaciones de Consumidores y Usuarios con el "
                                               "n.º 4471.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Consumidores del Levante. Todos los "
                                                 "derechos reservados.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: el plazo para reclamar es "
                                                     "de dos meses, no de un mes.")),
        ),
    )


# --- a British payments and banking ombudsman's published decisions ----------------------

PB_REDESIGN = dt.date(2018, 1, 2)
PB_PUBLISHED = dt.date(2019, 6, 3)
PB_PHONES = dt.date(2020, 3, 23)
PB_LIMIT = (("2012-01-01", "£150,000"), ("2019-04-01", "£350,000"), ("2020-04-01", "£355,000"))


def _pb_accept(day: dt.date) -> str:
    by = day + 28 * ONE
    return (f"Under the rules of the Payments & Banking Ombudsman, I'm required to ask "
            f"{{party}} to accept or reject my decision before {by.day} {MONTHS[by.month - 1]} "
            f"{by.year}.")


def pbombudsman_style() -> PublisherStyle:
    """A British payments and banking ombudsman's published decisions: "Ombudsman's final
    decision" turned "Final decision" on 2 January 2018, the decision reference, the business
    complained about from a pool, the decision's headings mid-body, the accept-or-reject
    line with the date four weeks on (a wording per day) and the ombudsman's name and title
    (a block), the award limit (raised in April 2019 and 2020), a published-without-names
    line reworded in 2019, the phone hours reworded for the pandemic, the company line, a
    rare note."""
    return PublisherStyle(
        domain="pbombudsman.org.uk", site="Payments & Banking Ombudsman", base_size=95,
        subdomains=(("www.", 100),),
        sections=("decisions",),
        n_authors=9, url_path="/decisions/DRN{n}",
        pools={
            "business": ("Harbourline Bank plc", "Cresta Cards Ltd", "Northgate Building "
                         "Society", "QuickPay Transfers Ltd", "Meridian Credit Union",
                         "Oakfield Loans Ltd"),
            "party": ("Mr A", "Mrs B", "Ms C", "Miss D", "Mr and Mrs E", "Mr F", "Ms H"),
        },
        families=(
            _f("final", HEADER, 0.6, (_OLD, "Ombudsman's final decision"),
               (PB_REDESIGN.isoformat(), "Final decision")),
            _f("reference", HEADER, 0.85, (_OLD, "Reference: DRN-{n}")),
            _f("about", HEADER, 0.6, (_OLD, "Complaint about: {business}")),
            _f("complaint", MIDDLE, 0.55, (_OLD, "The complaint")),
            _f("happened", MIDDLE, 0.6, (_OLD, "What happened")),
            _f("decided", MIDDLE, 0.6, (_OLD, "What I've decided – and why")),
            _f("accept", FOOTER, 0.7, *_by_day(_pb_accept)),
            _f("name", FOOTER, 0.65, (_OLD, "{author}")),
            _f("role", FOOTER, 0.65, (_OLD, "Ombudsman")),
            _f("limit", FOOTER, 0.2, *by_table(PB_LIMIT, lambda v: (
                f"The most we can tell a business to pay is {v}, plus interest and costs."))),
            _f("published", FOOTER, 0.35,
               (_OLD, "This decision has been published with the consumer's name removed. It "
                      "isn't legal advice."),
               (PB_PUBLISHED.isoformat(), "We publish our final decisions without names. A "
                                          "decision doesn't set a precedent and isn't legal "
                                          "advice.")),
            _f("phones", FOOTER, 0.2,
               (_OLD, "Questions about a complaint? Call us on 0300 555 0188, Monday to Friday "
                      "8am to 8pm, Saturday 9am to 1pm."),
               (PB_PHONES.isoformat(), "Our phone lines are open Monday to Friday 9am to 5pm. "
                                       "Please use our online form where you can.")),
            _f("company", FOOTER, 0.25, (_OLD, "Payments & Banking Ombudsman Ltd, a company "
                                               "limited by guarantee, registered in England "
                                               "no. 08812345.")),
            _f("note", HEADER, 0.04, (_OLD, "Note: this decision replaces the version "
                                            "published earlier, which contained a typing "
                                            "error.")),
        ),
    )


# --- a German product-recall portal ------------------------------------------------------

RR2_REDESIGN = dt.date(2019, 4, 1)
RR2_APP = dt.date(2017, 5, 2)
RR2_QUELLE = dt.date(2018, 2, 1)


def _rk_datum(day: dt.date) -> str:
    if day < RR2_REDESIGN:
        return f"Veröffentlicht: {day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"
    return f"{WT_KURZ[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year} · {{time}} Uhr"


def recalls_in_week(monday: dt.date) -> int:
    """A made-up count of the recalls of the ISO week starting `monday`."""
    return spread(f"rk:{monday.isoformat()}", 6, 19)


def _rk_woche(day: dt.date) -> str:
    monday = day - dt.timedelta(days=day.weekday()) - 7 * ONE
    year, week, _ = monday.isocalendar()
    return f"Rückrufe der Vorwoche (KW {week}/{year}): {recalls_in_week(monday)}"


def rueckrufradar_style() -> PublisherStyle:
    """A German product-recall portal: "Rückruf:" with the category from a pool,
    "Veröffentlicht:" with the numeric date turned the short weekday and the long date on 1
    April 2019 (a wording per day), last week's count of recalls (a wording per week, each
    Monday), the product, the reason and the batch from pools and "Anzeige" (up to twice)
    mid-body, a refund line, the no-guarantee line reworded for its sources and the
    copyright line (a block), an app line turned from Facebook in 2017, a rare
    correction."""
    return PublisherStyle(
        domain="rueckruf-radar.de", site="Rückruf-Radar", base_size=80,
        subdomains=(("www.", 100),),
        sections=("lebensmittel", "kosmetik", "spielzeug", "elektro", "auto"),
        n_authors=3, url_path="/rueckruf/{section}/{slug}",
        pools={
            "kategorie": ("Lebensmittel", "Kosmetik", "Spielzeug", "Elektrogeräte",
                          "Fahrzeuge", "Bedarfsgegenstände"),
            "produkt": ("Bio-Sesam, 250 g", "Räucherlachs in Scheiben", "Babybrei Apfel-Birne",
                        "Holzrassel für Kleinkinder", "Powerbank 10.000 mAh",
                        "Haarspray extra stark"),
            "grund": ("Salmonellen nachgewiesen", "Listerien nachgewiesen", "Glassplitter",
                      "Metallteile im Produkt", "nicht deklariertes Allergen (Sellerie)",
                      "Überhitzungsgefahr"),
            "charge": ("L2045A", "L2117B", "LOS 19-334", "Charge 0712", "MHD 14.08.",
                       "LOT 5521"),
        },
        families=(
            _f("rueckruf", HEADER, 0.6, (_OLD, "Rückruf: {kategorie}")),
            _f("datum", HEADER, 0.85, *_by_day(_rk_datum)),
            _f("woche", HEADER, 0.2, *_by_day(_rk_woche)),
            _f("produkt", MIDDLE, 0.4, (_OLD, "Betroffenes Produkt: {produkt}")),
            _f("grund", MIDDLE, 0.4, (_OLD, "Grund des Rückrufs: {grund}")),
            _f("charge", MIDDLE, 0.3, (_OLD, "Betroffene Charge: {charge}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("rueckgabe", FOOTER, 0.4, (_OLD, "Kunden können das Produkt in allen Filialen "
                                                "zurückgeben. Der Kaufpreis wird erstattet, "
                                                "auch ohne Kassenbon.")),
            _f("app", FOOTER, 0.25, (_OLD, "Folgen Sie Rückruf-Radar auf Facebook und verpassen "
                                           "Sie keinen Rückruf"),
               (RR2_APP.isoformat(), "📲 Keinen Rückruf mehr verpassen: Rückruf-Radar gibt es "
                                     "jetzt als App")),
            _f("gewaehr", FOOTER, 0.45,
               (_OLD, "Alle Angaben ohne Gewähr. Die Informationen stammen vom Hersteller bzw. "
                      "Händler."),
               (RR2_QUELLE.isoformat(), "Alle Angaben ohne Gewähr. Quelle: Hersteller, Händler "
                                        "oder zuständige Landesbehörde.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Rückruf-Radar · Impressum · "
                                                 "Datenschutz")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Das Mindesthaltbarkeitsdatum war "
                                                 "zunächst falsch angegeben.")),
        ),
    )


# --- an American county consumer-affairs office's news releases --------------------------

MC_REDESIGN = dt.date(2018, 7, 2)
MC_CLOSED = dt.date(2020, 3, 23)


def _mc_dated(day: dt.date) -> str:
    if day < MC_REDESIGN:
        return f"MARLOW, Ind. ({AP_MONTHS[day.month - 1]} {day.day}, {day.year}) –"
    return f"Posted {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


@cache
def _mc_season() -> Wordings:
    base = _steps((_OLD, "Report a scam: call our hotline or file a complaint online"))
    covid = [_span("2020-04-01", "2020-06-30", "💵 Economic Impact Payments: no one from the "
                                               "government will charge you a fee to send "
                                               "yours")]
    tax = [_span(f"{y}-01-20", f"{y}-04-18", f"🧾 Tax season {y}: the IRS will not call to "
                                             f"demand immediate payment")
           for y in range(2015, 2020)]
    tax.append(_span("2020-01-27", "2020-07-15", "🧾 Tax season 2020: the IRS will not call "
                                                 "to demand immediate payment"))
    holidays = [(black_friday(y), dt.date(y, 12, 25), f"🎁 Holiday shopping {y}: watch for "
                                                      f"fake delivery notices and gift card "
                                                      f"scams") for y in YEARS]
    return _calendar(base, covid, tax, holidays)


def marlow_style() -> PublisherStyle:
    """An American county consumer-affairs office's news releases: "FOR IMMEDIATE RELEASE",
    the dateline with AP-style months turned "Posted" with the weekday on 2 July 2018 (a
    wording per day), the release's kind from a pool, a scam-season banner turned by the
    tax season (to 15 July in 2020), holiday shopping and the pandemic's relief payments, a
    file-a-complaint line and a do-not-call tip mid-body, the hotline's hours reworded for
    the pandemic, a no-legal-advice line, "###" and the media contact (a block), a rare
    correction."""
    return PublisherStyle(
        domain="marlowcountyconsumer.gov", site="Marlow County Office of Consumer Affairs",
        base_size=65,
        subdomains=(("www.", 100),),
        sections=("news", "alerts", "settlements"),
        n_authors=2, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={"kind": ("CONSUMER ALERT", "NEWS RELEASE", "SCAM WARNING", "SETTLEMENT")},
        families=(
            _f("release", HEADER, 0.55, (_OLD, "FOR IMMEDIATE RELEASE")),
            _f("kind", HEADER, 0.4, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.8, *_by_day(_mc_dated)),
            _f("season", HEADER, 0.3, *_mc_season()),
            _f("complaint", MIDDLE, 0.3, (_OLD, "Consumers who believe they were targeted can "
                                                "file a complaint at "
                                                "marlowcountyconsumer.gov/complaint or call "
                                                "1-800-555-0137.")),
            _f("do-not-call", MIDDLE, 0.1, (_OLD, "Tip: add your number to the National Do Not "
                                                  "Call Registry to cut down on sales calls.")),
            _f("hotline", FOOTER, 0.3,
               (_OLD, "Consumer Hotline: 1-800-555-0137, Monday–Friday, 8:30 a.m.–4:30 p.m. "
                      "Se habla español."),
               (MC_CLOSED.isoformat(), "Our office is closed to walk-in visitors. The Consumer "
                                       "Hotline is open Monday–Friday, 9 a.m.–4 p.m. Se habla "
                                       "español.")),
            _f("no-advice", FOOTER, 0.2, (_OLD, "The Marlow County Office of Consumer Affairs "
                                                "cannot give legal advice or act as your "
                                                "private attorney.")),
            _f("end", FOOTER, 0.5, (_OLD, "###")),
            _f("media", FOOTER, 0.45, (_OLD, "Media contact: {author}, Public Information "
                                             "Officer, (555) 014-2290")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the settlement amount has been "
                                                  "corrected.")),
        ),
    )


# --- a French consumer mediator's published opinions -------------------------------------

MR_ORDONNANCE = dt.date(2016, 1, 1)  # consumer mediation under the code de la consommation


def _mr_avis(day: dt.date) -> str:
    return f"Avis rendu le {fr_day(day)}"


def _mr_delai(day: dt.date) -> str:
    until = day + 15 * ONE
    return (f"Les parties disposent de quinze jours, soit jusqu'au {fr_day(until)}, pour faire "
            f"connaître leur décision au médiateur.")


@cache
def _mr_horaires() -> Wordings:
    base = _steps((_OLD, "Accueil téléphonique : du lundi au vendredi, de 9 h à 12 h 30"))
    ete = _yearly("08-01", 0, 20, lambda y: f"Fermeture estivale du 1er au 21 août {y} : les "
                                            f"saisines en ligne restent ouvertes")
    confinement = [_span("2020-03-17", "2020-05-10", "Confinement : l'accueil téléphonique est "
                                                     "suspendu, écrivez-nous en ligne")]
    return _calendar(base, confinement, ete)


def mediationrhone_style() -> PublisherStyle:
    """A French consumer mediator's published opinions: the file number, "Avis rendu le"
    with the long date (with "1er", a wording per day), the sector from a pool, a link to
    refer a case mid-body, the free-of-charge line reworded for the 2016 consumer mediation
    rules, a not-binding line, the fifteen-day answer date (a wording per day), the phone
    hours turned by each August closure and the lockdown, the listing line and the copyright
    line (a block), a rare erratum."""
    return PublisherStyle(
        domain="mediation-conso-rhone.fr", site="Médiation Conso Rhône", base_size=50,
        subdomains=(("www.", 100),),
        sections=("avis",),
        n_authors=2, url_path="/avis/{yyyy}/{n}",
        pools={"secteur": ("Énergie", "Télécommunications", "Eau", "Vente à distance",
                           "Automobile", "Travaux et ameublement")},
        families=(
            _f("dossier", HEADER, 0.75, (_OLD, "Dossier n° MCR-{year}-{n}")),
            _f("avis", HEADER, 0.8, *_by_day(_mr_avis)),
            _f("secteur", HEADER, 0.5, (_OLD, "Secteur : {secteur}")),
            _f("saisine", MIDDLE, 0.2, (_OLD, "Saisir le médiateur en ligne : "
                                              "www.mediation-conso-rhone.fr/saisine")),
            _f("gratuit", FOOTER, 0.4, (_OLD, "Le recours au médiateur est gratuit."),
               (MR_ORDONNANCE.isoformat(), "Conformément à l'article L. 612-1 du code de la "
                                           "consommation, la médiation est gratuite pour le "
                                           "consommateur.")),
            _f("lie", FOOTER, 0.45, (_OLD, "Les parties restent libres d'accepter ou de refuser "
                                           "la solution proposée et de saisir le juge.")),
            _f("delai", FOOTER, 0.3, *_by_day(_mr_delai)),
            _f("horaires", FOOTER, 0.3, *_mr_horaires()),
            _f("referencement", FOOTER, 0.3, (_OLD, "Médiateur de la consommation référencé "
                                                    "auprès de la commission d'évaluation et de "
                                                    "contrôle de la médiation.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Médiation Conso Rhône – association "
                                                "loi 1901")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le montant du remboursement a été "
                                               "rectifié.")),
        ),
    )


# --- a Korean product-safety recall service (in Korean) ----------------------------------

AJ_REDESIGN = dt.date(2018, 6, 1)
AJ_JUNGJI = dt.date(2019, 7, 1)


def _aj_dated(day: dt.date) -> str:
    if day < AJ_REDESIGN:
        return f"게시일: {day.isoformat()}"
    return f"게시일 {day.year}. {day.month}. {day.day}.({YOIL[day.weekday()]})"


def _aj_holidays() -> list[Event]:
    out: list[Event] = []
    for y in YEARS:
        for name, text in (("설", SEOLLAL[y]), ("추석", CHUSEOK[y])):
            day = iso_day(text)
            first, last = day - ONE, day + ONE
            out.append((day - 7 * ONE, last + ONE,
                        f"{y} {name} 연휴({first.month}월 {first.day}일~{last.month}월 "
                        f"{last.day}일)에는 콜센터를 운영하지 않습니다"))
    return out


@cache
def _aj_annae() -> Wordings:
    return _calendar(_steps((_OLD, "리콜 정보는 매일 오후 6시에 갱신됩니다")), _aj_holidays())


def anjeon_style() -> PublisherStyle:
    """A Korean product-safety recall service (in Korean): the recall's kind from a pool, the
    ISO date turned the dotted date with the weekday on 1 June 2018 (a wording per day), the
    product and the defect from pools mid-body, a stop-using line reworded in 2019, the call
    centre's hours, an update line turned by the Seollal and Chuseok closures, the
    supplied-by-the-business line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="anjeonalrimi.kr", site="제품안전알리미", base_size=35,
        subdomains=(("www.", 100),),
        sections=("recall",),
        n_authors=2, url_path="/recall/view/{n}",
        pools={
            "yuhyeong": ("자진리콜", "리콜권고", "리콜명령", "수거·교환"),
            "jepum": ("어린이용 킥보드", "전기 온수매트", "유아용 물티슈", "휴대용 선풍기",
                      "가정용 전기레인지"),
            "gyeolham": ("화재 위험", "감전 위험", "유해물질 기준 초과",
                         "부품 분리로 인한 질식 위험", "배터리 과열"),
        },
        families=(
            _f("yuhyeong", HEADER, 0.6, (_OLD, "[{yuhyeong}]")),
            _f("gesi", HEADER, 0.85, *_by_day(_aj_dated)),
            _f("jepum", MIDDLE, 0.4, (_OLD, "제품명: {jepum}")),
            _f("gyeolham", MIDDLE, 0.35, (_OLD, "결함 내용: {gyeolham}")),
            _f("jungji", FOOTER, 0.4,
               (_OLD, "해당 제품을 가지고 있는 소비자는 즉시 사용을 중지하고 판매처에 연락하시기 "
                      "바랍니다."),
               (AJ_JUNGJI.isoformat(), "해당 제품을 보유한 소비자는 사용을 멈추고 사업자에게 무상 "
                                       "수리·교환·환급을 요청하세요.")),
            _f("munui", FOOTER, 0.35, (_OLD, "문의: 제품안전 콜센터 080-555-1372 (평일 "
                                             "09:00~18:00, 주말·공휴일 휴무)")),
            _f("annae", FOOTER, 0.25, *_aj_annae()),
            _f("jaryo", FOOTER, 0.45, (_OLD, "본 정보는 해당 사업자가 제출한 자료를 바탕으로 "
                                            "작성되었습니다.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "Copyright © {year} 제품안전알리미. All rights "
                                                "reserved.")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 리콜 대상 모델명을 바로잡습니다.")),
        ),
    )


def heldout190_styles() -> list[PublisherStyle]:
    """The held-back-190 styles, in the order the generator hands them to publishers."""
    return [
        fairdeal_style(), recallregister_style(), vbmittelrhein_style(),
        consovigilance_style(), hanuri_style(), forbrukernemnda_style(), consumidores_style(),
        pbombudsman_style(), rueckrufradar_style(), marlow_style(), mediationrhone_style(),
        anjeon_style(),
    ]
