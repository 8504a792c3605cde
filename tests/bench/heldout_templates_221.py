"""The ``held-back-221`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-216 set. It was
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
"rates can change" line or an advertisement marker. The publishers are the customer news
pages of banks, insurers and pension funds in English, German, Polish, Turkish, Swahili and
Bengali: a British building society, a German municipal savings bank, a Polish regional bank,
a Turkish bank's announcements, an American credit union, a Tanzanian commercial bank (in
Swahili), a Bangladeshi bank (in Bengali), a German insurer's press and customer pages, a
British occupational pension scheme's members' site, a Polish mutual insurer, a Turkish
private-pension company and a Kenyan savings and credit co-operative (in Swahili). The
families are the kinds a crawl of such sites holds: dates localised day by day in English,
German, Polish (with the genitive month), Turkish, Swahili and Bengali (in Bengali digits,
later with the Bangla calendar date, whose 2019 revision changes the months' lengths),
several changing form on the day of a redesign; lines that turn every day ("rates correct
as at" with the day's date), every business day (exchange rates by each country's working
week, a Polish bank's numbered rate table counting its working days), every week (a savings
bank's conditions each Monday) and every month (a credit union's dividend rates, a pension
scheme's next payment day); rate lines that change on the central banks' decision days (Bank
Rate, the NBP reference rate, the TCMB policy rate, the American prime rate) and amounts
that change over the years (deposit protection, ISA allowances, IRA limits, pension
increases and lifetime allowances, auto-enrolment minimums, the German pension adjustment,
the guaranteed rate of German life policies, the Riester allowance, the Turkish state
contribution cap, a SACCO's dividends, a Bangladeshi fixed-deposit rate under the 2020 cap);
regulatory disclosure lines (PRA and FCA, NCUA and Equal Housing, BaFin and the ombudsman,
KNF, RODO and IPID, EGM, SASRA, Bangladesh Bank), some reworded on the day a law
came in; fraud warnings turned by the pandemic's scams, PSD2, tax seasons and the Kurban
donation season; branch-hours notices that follow the holidays of each country (British bank
holidays and Easter, American federal holidays, Carnival, Corpus Christi and Weltspartag,
All Saints' and the 2018 centenary holiday, the bayrams with their Hijri years, Sabasaba,
Nanenane and Tanzania's election days, Madaraka, Mashujaa, Jamhuri and Kenya's two 2017
polling days, the Eids, Ramadan hours and Bangladesh's 1 July and 31 December bank
holidays, the 2020 lockdowns) and calendars of money (AGMs and their votes, the
Kfz-Wechsel deadline and named storms, the 500+ and Dobry Start application windows, PPK
and automatic enrolment phases); app appeals reworded; related links, advertisement markers,
photo credits and product lines mid-body (some up to two times); multi-line blocks
(registered-office and copyright lines, press contacts and about lines), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
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
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # the genitive
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
MIEZI = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
         "Oktoba", "Novemba", "Desemba")
SIKU = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili")
BN_MASH = ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
           "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর")
BN_BAR = ("সোমবার", "মঙ্গলবার", "বুধবার", "বৃহস্পতিবার", "শুক্রবার", "শনিবার", "রবিবার")
BANGLA_MASH = ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ",
               "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র")
BENGALI_ZERO = "০"

# Eids and bayrams: the first day, as each country's banks kept it.
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}
HIJRI = {2015: 1436, 2016: 1437, 2017: 1438, 2018: 1439, 2019: 1440, 2020: 1441}

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def trend(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...)."""
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


def table_wordings(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def working_day_on_or_before(day: dt.date, weekend: tuple[int, ...] = (5, 6),
                             holidays: frozenset[dt.date] = frozenset()) -> dt.date:
    """The last working day on or before `day` (`weekend`: Monday 0)."""
    while day.weekday() in weekend or day in holidays:
        day -= ONE
    return day


def bn(text: object) -> str:
    """`text` with its ASCII digits as Bengali digits."""
    return "".join(digits(c, BENGALI_ZERO) if c.isdigit() else c for c in str(text))


BN_REVISION = dt.date(2019, 4, 14)  # the revised Bangla calendar, from Pohela Boishakh 1426


def bangla_date(day: dt.date) -> tuple[int, int, int]:
    """(day, month index, year) of `day` in Bangladesh's Bangla calendar: the year starts on
    14 April; before 1426 the first five months have 31 days (Falgun 31 in a leap year), from
    1426 the first six (Falgun 29, 30 in a leap year)."""
    y = day.year if day >= dt.date(day.year, 4, 14) else day.year - 1
    start = dt.date(y, 4, 14)
    leap = _cal.isleap(y + 1)
    if start >= BN_REVISION:
        lengths = [31] * 6 + [30] * 4 + [30 if leap else 29, 30]
    else:
        lengths = [31] * 5 + [30] * 5 + [31 if leap else 30, 30]
    n = (day - start).days
    for month, length in enumerate(lengths):
        if n < length:
            return n + 1, month, y - 593
        n -= length
    raise AssertionError(day)


def de_number(value: float, places: int = 2) -> str:
    """`value` with a decimal comma, as German, Polish and Turkish sites print it."""
    return f"{value:.{places}f}".replace(".", ",")


def tr_money(value: float) -> str:
    """An amount as Turkish sites print it: 5.332,50."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


# --- a British building society ----------------------------------------------------------

HM_REDESIGN = dt.date(2018, 2, 12)
HM_APP = dt.date(2017, 6, 5)
HM_TAKE_FIVE = dt.date(2017, 1, 16)
BANK_RATE = (("2009-03-05", "0.50"), ("2016-08-04", "0.25"), ("2017-11-02", "0.50"),
             ("2018-08-02", "0.75"), ("2020-03-11", "0.25"), ("2020-03-19", "0.10"))
HM_SVR = {"0.50": "4.49", "0.25": "4.24", "0.75": "4.74", "0.10": "4.09"}
FSCS = (("2010-12-31", "£85,000"), ("2016-01-01", "£75,000"), ("2017-01-30", "£85,000"))
ISA_ALLOWANCE = (("2014-04-06", "2014/15: £15,000"), ("2015-04-06", "2015/16: £15,240"),
                 ("2016-04-06", "2016/17: £15,240"), ("2017-04-06", "2017/18: £20,000"),
                 ("2018-04-06", "2018/19: £20,000"), ("2019-04-06", "2019/20: £20,000"),
                 ("2020-04-06", "2020/21: £20,000"))
HM_AGM = {2015: "2015-04-22", 2016: "2016-04-20", 2017: "2017-04-26", 2018: "2018-04-25",
          2019: "2019-04-24"}  # 2020's was held behind closed doors in July


def _hm_dated(day: dt.date) -> str:
    if day < HM_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _hm_rate(start: str) -> str:
    rate = value_on(iso_day(start), BANK_RATE)
    when = iso_day(start)
    since = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
    return (f"Bank Rate: {rate}% (since {since}) · Our Standard Variable Rate: "
            f"{HM_SVR[rate]}%")


def uk_bank_holidays(y: int) -> list[tuple[dt.date, str]]:
    """England's bank holidays of `y` but Easter and Christmas (early May moved to VE Day in
    2020)."""
    early_may = dt.date(2020, 5, 8) if y == 2020 else nth_weekday(y, 5, 0, 1)
    return [(early_may, "Early May bank holiday"),
            (last_weekday(y, 5, 0), "Spring bank holiday"),
            (last_weekday(y, 8, 0), "Summer bank holiday")]


@cache
def _hm_branches() -> Wordings:
    base = _steps((_OLD, "Branch opening hours: Monday to Friday 9am to 5pm, Saturday 9am "
                         "to 12 noon"))
    pandemic = [_span("2020-03-23", "2020-07-03", "Coronavirus: our branches are open 10am to "
                                                  "2pm on weekdays. Please only visit if "
                                                  "you need to.")]
    holidays: list[Event] = []
    for y in YEARS:
        friday, monday = easter(y) - 2 * ONE, easter(y) + ONE
        holidays.append((friday - 6 * ONE, monday + ONE,
                         f"Easter {y}: our branches are closed on Good Friday {friday.day} "
                         f"{MONTHS[friday.month - 1]} and Easter Monday {monday.day} "
                         f"{MONTHS[monday.month - 1]}"))
        for day, name in uk_bank_holidays(y):
            holidays.append((day - 5 * ONE, day + ONE,
                             f"{name}: our branches are closed on {WEEKDAYS[day.weekday()]} "
                             f"{day.day} {MONTHS[day.month - 1]}"))
        holidays.append((dt.date(y, 12, 18), dt.date(y + 1, 1, 2),
                         f"Christmas {y}: branches close at 1pm on Christmas Eve and are "
                         f"closed on 25 and 26 December and 1 January"))
    return _calendar(base, pandemic, holidays)


@cache
def _hm_fraud() -> Wordings:
    base = _steps((_OLD, "We will never call or email you to ask for your full password or "
                         "PIN."),
                  (HM_TAKE_FIVE.isoformat(), "Take Five to stop fraud: we will never ask you "
                                             "to move your money to a 'safe account'."))
    scams = [_span("2020-03-16", "2020-09-30", "⚠️ Beware of coronavirus scams: we will never "
                                               "text you a link asking for your security "
                                               "details.")]
    shopping = _yearly("12-12", 11, 12, lambda y: f"Shopping online this Christmas? Watch "
                                                  f"out for fake parcel delivery texts "
                                                  f"({y}).")
    return _calendar(base, scams, shopping)


@cache
def _hm_vote() -> Wordings:
    base = _steps((_OLD, "Members: join our Members' Panel and help shape our savings and "
                         "mortgages."))
    votes = [(iso_day(day) - 28 * ONE, iso_day(day) + ONE,
              f"🗳️ AGM {y}: vote by {iso_day(day).day - 5} April and we'll give 50p to our "
              f"charity of the year for every vote cast") for y, day in HM_AGM.items()]
    votes.append(_span("2020-06-15", "2020-07-15", "🗳️ AGM 2020: this year's meeting is "
                                                   "held online – please vote by proxy"))
    return _calendar(base, votes)


def harbourmere_style() -> PublisherStyle:
    """A British building society's news pages: a category from a pool, "Posted on" with the
    numeric date turned the weekday and the long date on 12 February 2018 (a wording per
    day), "By" turned the writer with the team, Bank Rate with the date of its last change
    and the society's variable rate (changing on the Bank of England's decision days),
    branch hours turned by Easter, the bank holidays (VE Day's in 2020), Christmas and the
    pandemic's short hours, related links (up to twice, reworded on the redesign day), the
    tax year's ISA allowance, a repossession warning and an app appeal reworded mid-body,
    "Interest rates correct as at" with the day's date (a wording per day), the FSCS limit
    (cut in 2016 and restored in 2017), a fraud warning reworded for Take Five and turned by
    the pandemic's scams and Christmas shopping, an AGM vote appeal each April (online in
    2020), the authorisation line and the principal office (a block), a rare correction."""
    return PublisherStyle(
        domain="harbourmere.co.uk", site="Harbourmere Building Society", base_size=250,
        subdomains=(("www.", 100),),
        sections=("savings", "mortgages", "member-news", "security", "community"),
        n_authors=7, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "category": ("Member news", "Savings", "Mortgages", "Security", "Branch news",
                         "Community"),
            "beat": ("Savings team", "Mortgage team", "Member Relations", "Financial Crime "
                     "team", "Communications"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_hm_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (HM_REDESIGN.isoformat(), "Written by {author}, {author_beat}")),
            _f("bank-rate", HEADER, 0.15, *table_wordings(
                tuple((start, start) for start, _ in BANK_RATE), _hm_rate)),
            _f("branches", HEADER, 0.25, *_hm_branches()),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"),
               (HM_REDESIGN.isoformat(), "You might also like: {other_title}"), count=2),
            _f("isa", MIDDLE, 0.12, *table_wordings(
                ISA_ALLOWANCE, lambda v: f"ISA allowance for {v}. Interest is tax-free.")),
            _f("repossessed", MIDDLE, 0.15, (_OLD, "Your home may be repossessed if you do "
                                                   "not keep up repayments on your "
                                                   "mortgage.")),
            _f("app", MIDDLE, 0.2,
               (_OLD, "Manage your savings online, day or night, with our online banking."),
               (HM_APP.isoformat(), "📱 Download our new app: check balances and move "
                                    "money in seconds.")),
            _f("rates-correct", FOOTER, 0.45, *_daily(
                lambda day: f"Interest rates correct as at {day.day} {MONTHS[day.month - 1]} "
                            f"{day.year}.")),
            _f("fscs", FOOTER, 0.3, *table_wordings(FSCS, lambda v: (
                f"Eligible savings with Harbourmere Building Society are protected by the "
                f"Financial Services Compensation Scheme up to {v} per person."))),
            _f("fraud", FOOTER, 0.3, *_hm_fraud()),
            _f("vote", FOOTER, 0.15, *_hm_vote()),
            _f("authorised", FOOTER, 0.5, (_OLD, "Harbourmere Building Society is authorised by "
                                                 "the Prudential Regulation Authority and "
                                                 "regulated by the Financial Conduct "
                                                 "Authority and the Prudential Regulation "
                                                 "Authority (FRN 106221).")),
            _f("office", FOOTER, 0.4, (_OLD, "Principal Office: Harbourmere Building "
                                             "Society, Chandlers House, 9 Quay Parade")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong maturity date for "
                                                  "the fixed rate bond.")),
        ),
    )


# --- a German municipal savings bank ------------------------------------------------------

SK_REDESIGN = dt.date(2019, 9, 14)  # relaunched with the PSD2 log-in rules
SK_EINSIG = dt.date(2015, 7, 3)  # the new deposit guarantee act in force
SK_MOBIL = dt.date(2018, 7, 31)
SK_APPLE = dt.date(2019, 12, 10)
SK_BRIEF = (("2014-06-01", 0.45), ("2015-03-10", 0.25), ("2016-03-10", 0.15),
            ("2017-06-01", 0.10), ("2018-09-01", 0.15), ("2019-08-01", 0.02),
            ("2020-06-01", 0.01), ("2021-01-10", 0.01))


def weltspartag(y: int) -> dt.date:
    """Weltspartag at the savings bank: 30 October, or the Friday before on a weekend."""
    return working_day_on_or_before(dt.date(y, 10, 30))


def _sk_datum(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


def _sk_konditionen(day: dt.date) -> str:
    monday = day - day.weekday() * ONE
    rate = max(0.01, trend(monday, SK_BRIEF) + 0.01 * round(2 * wobble(monday, "brief")))
    return (f"Konditionen Stand {monday.day:02d}.{monday.month:02d}.{monday.year}: "
            f"Sparkassenbrief 3 Jahre {de_number(rate)} % p. a.")


@cache
def _sk_oeffnung() -> Wordings:
    base = _steps((_OLD, "Alle Filialen und Öffnungszeiten finden Sie unter "
                         "ssk-lindenau.de/filialen"))
    corona = [_span("2020-03-18", "2020-05-10", "Corona: Unsere Filialen sind eingeschränkt "
                                                "geöffnet, Beratung nur nach Terminvereinbarung")]
    feste: list[Event] = []
    for y in YEARS:
        rosenmontag = easter(y) - 48 * ONE
        feste.append((rosenmontag - 4 * ONE, rosenmontag + ONE,
                      f"Rosenmontag, {rosenmontag.day}. {MONATE[rosenmontag.month - 1]}: alle "
                      f"Filialen ab 12 Uhr geschlossen"))
        fronleichnam = easter(y) + 60 * ONE
        feste.append((fronleichnam - 5 * ONE, fronleichnam + 2 * ONE,
                      f"Fronleichnam ({fronleichnam.day}. {MONATE[fronleichnam.month - 1]}): "
                      f"Filialen geschlossen, am Brückentag verkürzt geöffnet"))
        spartag = weltspartag(y)
        text = (f"Weltspartag am {spartag.day}. Oktober {y}: Spardose mitbringen und "
                f"Überraschung abholen" if y != 2020 else
                "Weltspartag 2020: die ganze Woche, mit Abstand und Maske")
        feste.append((spartag - 7 * ONE, spartag + ONE, text))
        feste.append((dt.date(y, 12, 17), dt.date(y + 1, 1, 1),
                      f"Am 24. und 31. Dezember {y} sind alle Filialen geschlossen; die "
                      f"SB-Bereiche sind geöffnet"))
    return _calendar(base, corona, feste)


@cache
def _sk_sicherheit() -> Wordings:
    base = _steps((_OLD, "Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrer PIN oder "
                         "einer TAN."))
    psd2 = [_span("2019-08-19", "2019-10-13", "Ab 14. September 2019 gelten neue "
                                              "Sicherheitsregeln im Online-Banking (PSD2)")]
    corona = [_span("2020-03-20", "2020-06-30", "Vorsicht: Betrüger nutzen das Coronavirus "
                                                "für gefälschte Sparkassen-E-Mails")]
    return _calendar(base, psd2, corona)


def sparkasse_style() -> PublisherStyle:
    """A German municipal savings bank's news pages: a heading from a pool, the numeric date
    turned the weekday and the long date on the PSD2 day (a wording per day), the
    conditions of a savings certificate with the Monday they were set (a wording per week),
    a branch-hours line turned by Rosenmontag, Corpus Christi, Weltspartag (in a week of its
    own in 2020), the closures on Christmas and New Year's Eve and the pandemic, "Das
    könnte Sie auch interessieren:" and photo credits from a pool mid-body, an app line
    reworded for mobile payment and Apple Pay, a contact line with the writer, the deposit
    protection line reworded on the day the new guarantee act came in, a security line
    turned by PSD2 and the pandemic's phishing, the imprint and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="ssk-lindenau.de", site="Stadtsparkasse Lindenau", base_size=220,
        subdomains=(("www.", 100),),
        sections=("presse", "privatkunden", "firmenkunden", "vorsorge", "vor-ort"),
        n_authors=5, url_path="/de/home/ihre-sparkasse/{section}/{slug}.html",
        pools={
            "rubrik": ("Pressemitteilung", "Kundeninformation", "Sicherheit", "Vor Ort",
                       "Vorsorge", "Baufinanzierung"),
            "foto": ("Stadtsparkasse Lindenau", "Jens Körber", "Anja Weil", "DSGV"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_sk_datum)),
            _f("konditionen", HEADER, 0.15, *_by_day(_sk_konditionen)),
            _f("oeffnung", HEADER, 0.25, *_sk_oeffnung()),
            _f("interessant", MIDDLE, 0.3, (_OLD, "Das könnte Sie auch interessieren: "
                                                  "{other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("app", MIDDLE, 0.15,
               (_OLD, "Mit der App Sparkasse haben Sie Ihre Finanzen immer im Blick."),
               (SK_MOBIL.isoformat(), "Jetzt mobil bezahlen: einfach das Android-Smartphone "
                                      "an die Kasse halten."),
               (SK_APPLE.isoformat(), "Apple Pay ist da: jetzt in der App Sparkasse "
                                      "freischalten.")),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Ihr Ansprechpartner: {author}, "
                                              "Unternehmenskommunikation, Telefon 06181 "
                                              "555-2210")),
            _f("einlagen", FOOTER, 0.25,
               (_OLD, "Einlagen bei der Stadtsparkasse Lindenau sind durch den "
                      "Haftungsverbund der Sparkassen-Finanzgruppe geschützt."),
               (SK_EINSIG.isoformat(), "Die Stadtsparkasse Lindenau ist dem amtlich "
                                       "anerkannten Institutssicherungssystem der "
                                       "Sparkassen-Finanzgruppe angeschlossen.")),
            _f("sicherheit", FOOTER, 0.3, *_sk_sicherheit()),
            _f("impressum", FOOTER, 0.3, (_OLD, "Stadtsparkasse Lindenau · Anstalt des "
                                                "öffentlichen Rechts · Am Stadtgraben 2")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Stadtsparkasse Lindenau")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war "
                                                 "die Öffnungszeit der Filiale falsch "
                                                 "angegeben.")),
        ),
    )


# --- a Polish regional bank ---------------------------------------------------------------

BN_PL_REDESIGN = dt.date(2018, 5, 25)  # relaunched on the day the GDPR (RODO) applied
NBP_RATE = (("2014-10-09", "2,00"), ("2015-03-05", "1,50"), ("2020-03-18", "1,00"),
            ("2020-04-09", "0,50"), ("2020-05-29", "0,10"))
PL_CAPITAL = (("2012-01-01", "120 500 000"), ("2018-07-02", "135 250 000"))
PL_RRSO = (("2014-10-01", "11,84"), ("2015-04-01", "10,97"), ("2015-10-01", "10,97"),
           ("2016-04-01", "10,42"), ("2016-10-01", "10,42"), ("2017-04-01", "10,15"),
           ("2017-10-01", "10,15"), ("2018-04-01", "9,89"), ("2018-10-01", "9,89"),
           ("2019-04-01", "9,74"), ("2019-10-01", "9,74"), ("2020-04-01", "9,21"),
           ("2020-10-01", "8,88"))
CENTENARY_HOLIDAY = dt.date(2018, 11, 12)


@cache
def polish_holidays(y: int) -> frozenset[dt.date]:
    """Poland's public holidays of `y` on which banks close (and 12 November 2018)."""
    fixed = [dt.date(y, m, d) for m, d in ((1, 1), (1, 6), (5, 1), (5, 3), (8, 15), (11, 1),
                                            (11, 11), (12, 25), (12, 26))]
    movable = [easter(y) + ONE, easter(y) + 60 * ONE]
    extra = [CENTENARY_HOLIDAY] if y == 2018 else []
    return frozenset(fixed + movable + extra)


@cache
def polish_working_days(y: int) -> tuple[dt.date, ...]:
    """The working days of `y` in Poland, in order."""
    day, out = dt.date(y, 1, 1), []
    while day.year == y:
        if day.weekday() < 5 and day not in polish_holidays(y):
            out.append(day)
        day += ONE
    return tuple(out)


def _pl_data(day: dt.date) -> str:
    if day < BN_PL_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year} r."


def _pl_kursy(day: dt.date) -> str:
    table_day = working_day_on_or_before(
        day, holidays=polish_holidays(day.year) | polish_holidays(day.year - 1))
    number = polish_working_days(table_day.year).index(table_day) + 1
    return (f"Kursy walut z dnia {table_day.day:02d}.{table_day.month:02d}.{table_day.year} "
            f"(tabela nr {number}/{table_day.year})")


def _pl_stopa(value: str) -> str:
    return f"Stopa referencyjna NBP: {value}%"


@cache
def _pl_placowki() -> Wordings:
    base = _steps((_OLD, "Placówki Banku czynne od poniedziałku do piątku w godz. "
                         "8:00–17:00"))
    epidemia = [_span("2020-03-16", "2020-05-17", "Epidemia: placówki czynne w skróconych "
                                                  "godzinach 9:00–14:00")]
    swieta: list[Event] = [_span("2018-11-05", "2018-11-12", "12 listopada 2018 r. – dzień "
                                                            "wolny od pracy, placówki "
                                                            "nieczynne")]
    for y in YEARS:
        boze_cialo = easter(y) + 60 * ONE
        swieta.append((boze_cialo - 5 * ONE, boze_cialo + ONE,
                       f"Boże Ciało, {boze_cialo.day} {MIESIACE[boze_cialo.month - 1]} – "
                       f"placówki nieczynne"))
        swieta.append((dt.date(y, 10, 27), dt.date(y, 11, 2),
                       f"1 listopada {y} r. (Wszystkich Świętych) placówki nieczynne"))
        swieta.append((dt.date(y, 12, 17), dt.date(y + 1, 1, 1),
                       f"24 i 31 grudnia {y} r. placówki czynne do godz. 13:00"))
    return _calendar(base, epidemia, swieta)


@cache
def _pl_bezpieczenstwo() -> Wordings:
    base = _steps((_OLD, "Bank nigdy nie prosi o podanie hasła ani kodu SMS w wiadomości "
                         "e-mail."))
    psd2 = [_span("2019-08-26", "2019-10-13", "Od 14 września 2019 r. logowanie do "
                                              "bankowości internetowej z dodatkowym kodem "
                                              "(PSD2)")]
    epidemia = [_span("2020-03-16", "2020-06-30", "Uwaga na oszustów podszywających się pod "
                                                  "Bank w czasie epidemii")]
    return _calendar(base, psd2, epidemia)


@cache
def _pl_wniosek() -> Wordings:
    base = _steps((_OLD, "Wnioski o świadczenia rodzinne złożysz w bankowości "
                         "internetowej."))
    okna = [
        _span("2016-04-01", "2016-06-30", "Rodzina 500+: złóż wniosek w naszej "
                                          "bankowości internetowej"),
        _span("2019-06-17", "2019-07-14", "500+ na każde dziecko: wniosek złożysz online od "
                                          "1 lipca 2019 r."),
    ]
    dobry_start = [_span(f"{y}-07-01", f"{y}-08-31", f"Dobry Start 300+: wniosek na rok "
                                                     f"szkolny {y}/{y + 1} złożysz online")
                   for y in (2018, 2019, 2020)]
    return _calendar(base, okna, dobry_start)


def nadwislanski_style() -> PublisherStyle:
    """A Polish regional bank's news and announcements: a category from a pool, the numeric
    date turned the weekday and the long date with the genitive month and "r." on the day
    the GDPR applied (a wording per day), the exchange-rate table of the last working day
    numbered by the working days of its year (a wording per working day, Polish holidays
    and the 2018 centenary holiday skipped), a branch-hours line turned by Corpus Christi,
    All Saints', Christmas and New Year's Eve, the centenary holiday and the pandemic,
    "Czytaj także:" and "REKLAMA" (up to twice) mid-body, the cash loan's representative
    APR by half-year, an application line turned by the 500+ and Dobry Start windows, the
    NBP reference rate (changing on the council's decision days), the BFG line reworded
    for the 2016 act, a security line turned by PSD2 and the pandemic, the registration
    line with the share capital (raised in 2018) and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="banknadwislanski.pl", site="Bank Nadwiślański", base_size=195,
        subdomains=(("www.", 100),),
        sections=("aktualnosci", "komunikaty", "bezpieczenstwo", "dla-firm", "kredyty"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={"kategoria": ("Komunikaty", "Aktualności", "Bezpieczeństwo", "Dla firm",
                             "Kredyty", "Oszczędności")},
        families=(
            _f("kategoria", HEADER, 0.45, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.85, *_by_day(_pl_data)),
            _f("kursy", HEADER, 0.2, *_by_day(_pl_kursy)),
            _f("placowki", HEADER, 0.25, *_pl_placowki()),
            _f("czytaj", MIDDLE, 0.3, (_OLD, "Czytaj także: {other_title}")),
            _f("reklama", MIDDLE, 0.25, (_OLD, "REKLAMA"), count=2),
            _f("rrso", MIDDLE, 0.12, *table_wordings(PL_RRSO, lambda v: (
                f"Rzeczywista roczna stopa oprocentowania (RRSO) kredytu gotówkowego wynosi "
                f"{v}%."))),
            _f("wniosek", MIDDLE, 0.12, *_pl_wniosek()),
            _f("stopa", FOOTER, 0.15, *table_wordings(NBP_RATE, _pl_stopa)),
            _f("bfg", FOOTER, 0.3,
               (_OLD, "Bank Nadwiślański S.A. jest uczestnikiem obowiązkowego systemu "
                      "gwarantowania depozytów Bankowego Funduszu Gwarancyjnego."),
               ("2016-10-09", "Bank Nadwiślański S.A. jest uczestnikiem systemu "
                              "gwarantowania BFG: depozyty są chronione do równowartości "
                              "100 000 euro. Więcej: bfg.pl")),
            _f("bezpieczenstwo", FOOTER, 0.3, *_pl_bezpieczenstwo()),
            _f("nota", FOOTER, 0.3, *table_wordings(PL_CAPITAL, lambda v: (
                f"Bank Nadwiślański S.A., ul. Mostowa 14, Toruń, KRS 0000211390, kapitał "
                f"zakładowy {v} zł, wpłacony w całości."))),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Bank Nadwiślański S.A. Wszelkie "
                                                "prawa zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji "
                                                    "komunikatu podano błędną datę.")),
        ),
    )


# --- a Turkish bank's announcements -------------------------------------------------------

YB_REDESIGN = dt.date(2017, 11, 1)
YB_QR = dt.date(2018, 10, 15)
TCMB_RATE = (("2014-07-17", "8,25"), ("2015-01-20", "7,75"), ("2015-02-24", "7,50"),
             ("2018-06-01", "16,50"),
             ("2018-06-07", "17,75"), ("2018-09-13", "24,00"), ("2019-07-25", "19,75"),
             ("2019-09-12", "16,50"), ("2019-10-24", "14,00"), ("2019-12-12", "12,00"),
             ("2020-01-16", "11,25"), ("2020-02-19", "10,75"), ("2020-03-17", "9,75"),
             ("2020-04-22", "8,75"), ("2020-05-21", "8,25"), ("2020-09-24", "10,25"),
             ("2020-11-19", "15,00"), ("2020-12-24", "17,00"))
USD_TRY = (("2015-01-01", 2.33), ("2015-09-20", 3.05), ("2016-01-01", 2.92),
           ("2016-12-31", 3.52), ("2017-12-31", 3.79), ("2018-05-23", 4.70),
           ("2018-08-13", 6.90), ("2018-12-31", 5.29), ("2019-12-31", 5.95),
           ("2020-08-31", 7.40), ("2020-11-06", 8.50), ("2021-01-10", 7.45))
EUR_USD = (("2015-01-01", 1.21), ("2015-03-15", 1.06), ("2017-01-01", 1.05),
           ("2018-02-15", 1.24), ("2019-12-31", 1.12), ("2021-01-10", 1.22))


def _yb_tarih(day: dt.date) -> str:
    if day < YB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {AYLAR[day.month - 1]} {day.year} {GUNLER[day.weekday()]}, {{time}}"


def _yb_kur(day: dt.date) -> str:
    rate_day = working_day_on_or_before(day)
    usd = trend(rate_day, USD_TRY) * (1 + 0.006 * wobble(rate_day, "usd"))
    eur = usd * trend(rate_day, EUR_USD) * (1 + 0.003 * wobble(rate_day, "eur"))
    return (f"Döviz satış kurları ({rate_day.day:02d}.{rate_day.month:02d}.{rate_day.year}, "
            f"10:00): USD {de_number(usd, 4)} · EUR {de_number(eur, 4)}")


def _bayram(y: int, first: str, days: int, text: Callable[[dt.date, int], str]) -> Event:
    """A bayram's closure notice: from six days before its first day to its last day."""
    start = iso_day(first)
    return (start - 6 * ONE, start + days * ONE, text(start, y))


@cache
def _yb_sube() -> Wordings:
    base = _steps((_OLD, "Şubelerimiz hafta içi 09:00-17:00 saatleri arasında hizmet "
                         "vermektedir."))
    salgin = [_span("2020-03-23", "2020-06-01", "Salgın tedbirleri kapsamında şubelerimiz "
                                                "12:00-17:00 saatleri arasında hizmet "
                                                "vermektedir.")]

    def ramazan(start: dt.date, y: int) -> str:
        arife = start - ONE
        return (f"Ramazan Bayramı ({HIJRI[y]}): şubelerimiz {arife.day} {AYLAR[arife.month - 1]} "
                f"öğleden sonra ve bayram süresince kapalıdır.")

    def kurban(start: dt.date, y: int) -> str:
        arife = start - ONE
        return (f"Kurban Bayramı ({HIJRI[y]}): şubelerimiz {arife.day} {AYLAR[arife.month - 1]} "
                f"öğleden sonra ve bayram süresince kapalıdır.")

    bayramlar = [_bayram(y, RAMAZAN_BAYRAMI[y], 3, ramazan) for y in YEARS]
    bayramlar += [_bayram(y, KURBAN_BAYRAMI[y], 4, kurban) for y in YEARS]
    resmi = _yearly("10-29", 4, 0, lambda y: f"29 Ekim Cumhuriyet Bayramı: şubelerimiz 28 "
                                             f"Ekim {y} öğleden sonra ve 29 Ekim'de kapalıdır.")
    return _calendar(base, bayramlar, salgin, resmi)


@cache
def _yb_uyari() -> Wordings:
    base = _steps((_OLD, "Bankamız sizden hiçbir zaman şifre, parola veya SMS ile gelen "
                         "doğrulama kodu istemez."))
    salgin = [_span("2020-03-20", "2020-06-30", "Salgın döneminde bankamız adına yapılan sahte "
                                                "kredi ve yardım aramalarına itibar "
                                                "etmeyiniz.")]
    kurban = [(iso_day(KURBAN_BAYRAMI[y]) - 20 * ONE, iso_day(KURBAN_BAYRAMI[y]),
               "Kurban bağışı adı altında yapılan dolandırıcılıklara karşı dikkatli olunuz.")
              for y in YEARS]
    return _calendar(base, salgin, kurban)


def yildizbank_style() -> PublisherStyle:
    """A Turkish bank's announcements and press releases: a category from a pool, the
    numeric date turned the long date with the weekday and the time on 1 November 2017 (a
    wording per day), the selling rates of the dollar and the euro of the last weekday (a
    wording per working day), a branch-hours line turned by the Ramadan and Kurban bayrams
    with their Hijri years, Republic Day and the pandemic's short hours, "İlgili haber:"
    mid-body, an app line reworded for card-less QR withdrawals, a campaign-terms line, the
    KKDF and BSMV line, the TCMB policy rate (changing on the bank's decision days), the
    TMSF line, a fraud warning turned by the pandemic and each Kurban donation season, the
    trade register line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="yildizbank.com.tr", site="Yıldız Bank", base_size=170,
        subdomains=(("www.", 90), ("", 10)),
        sections=("duyurular", "basin-bultenleri", "guvenlik", "kampanyalar"),
        n_authors=3, url_path="/hakkimizda/{section}/{slug}",
        pools={"kategori": ("Duyurular", "Basın Bültenleri", "Güvenlik", "Kampanyalar",
                            "KOBİ", "Emeklilik")},
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.85, *_by_day(_yb_tarih)),
            _f("kur", HEADER, 0.2, *_by_day(_yb_kur)),
            _f("sube", HEADER, 0.25, *_yb_sube()),
            _f("ilgili", MIDDLE, 0.3, (_OLD, "İlgili haber: {other_title}")),
            _f("mobil", MIDDLE, 0.2,
               (_OLD, "Mobil uygulamamızla bankacılık işlemleriniz her an yanınızda."),
               (YB_QR.isoformat(), "Mobil uygulamamızı indirin, ATM'lerden kartsız QR kod "
                                   "ile para çekin.")),
            _f("kampanya", MIDDLE, 0.12, (_OLD, "Kampanya koşulları ve detaylı bilgi için "
                                                "yildizbank.com.tr/kampanyalar adresini "
                                                "ziyaret ediniz.")),
            _f("kkdf", FOOTER, 0.12, (_OLD, "Bireysel kredilerde faiz tutarı üzerinden %15 "
                                            "KKDF ve %5 BSMV tahsil edilir.")),
            _f("politika", FOOTER, 0.15, *table_wordings(TCMB_RATE, lambda v: (
                f"TCMB politika faizi (bir hafta vadeli repo): %{v}"))),
            _f("tmsf", FOOTER, 0.3, (_OLD, "Gerçek kişilere ait mevduat, mevzuatta belirtilen "
                                           "tutara kadar Tasarruf Mevduatı Sigorta Fonu "
                                           "(TMSF) güvencesindedir.")),
            _f("uyari", FOOTER, 0.3, *_yb_uyari()),
            _f("sicil", FOOTER, 0.3, (_OLD, "Yıldız Bank A.Ş. · Ticaret Sicil No: 274615 · "
                                            "Büyükdere Cad. No: 141 Şişli/İstanbul")),
            _f("telif", FOOTER, 0.35, (_OLD, "© {year} Yıldız Bank A.Ş. Tüm hakları "
                                             "saklıdır.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Duyurunun ilk halinde kampanya "
                                                "bitiş tarihi hatalı yazılmıştır.")),
        ),
    )


# --- an American credit union -------------------------------------------------------------

CP_REDESIGN = dt.date(2017, 9, 5)
CP_ZELLE = dt.date(2019, 3, 18)
PRIME = (("2008-12-16", "3.25"), ("2015-12-17", "3.50"), ("2016-12-15", "3.75"),
         ("2017-03-16", "4.00"), ("2017-06-15", "4.25"), ("2017-12-14", "4.50"),
         ("2018-03-22", "4.75"), ("2018-06-14", "5.00"), ("2018-09-27", "5.25"),
         ("2018-12-20", "5.50"), ("2019-08-01", "5.25"), ("2019-09-19", "5.00"),
         ("2019-10-31", "4.75"), ("2020-03-04", "4.25"), ("2020-03-16", "3.25"))
IRA_LIMITS = {2015: ("5,500", "6,500"), 2016: ("5,500", "6,500"), 2017: ("5,500", "6,500"),
              2018: ("5,500", "6,500"), 2019: ("6,000", "7,000"), 2020: ("6,000", "7,000"),
              2021: ("6,000", "7,000")}
CERTIFICATE = (("2015-01-01", 0.85), ("2016-01-01", 0.90), ("2017-06-01", 1.10),
               ("2018-06-01", 1.75), ("2019-03-01", 2.30), ("2019-11-01", 1.90),
               ("2020-04-01", 1.20), ("2020-12-01", 0.60), ("2021-01-10", 0.55))


def us_holidays(y: int) -> list[tuple[dt.date, str]]:
    """The federal holidays a credit union closes for (a Sunday one on the Monday)."""
    def observed(day: dt.date) -> dt.date:
        return day + ONE if day.weekday() == 6 else day

    return [(observed(dt.date(y, 1, 1)), "New Year's Day"),
            (nth_weekday(y, 1, 0, 3), "Martin Luther King Jr. Day"),
            (nth_weekday(y, 2, 0, 3), "Presidents' Day"),
            (last_weekday(y, 5, 0), "Memorial Day"),
            (observed(dt.date(y, 7, 4)), "Independence Day"),
            (nth_weekday(y, 9, 0, 1), "Labor Day"),
            (nth_weekday(y, 10, 0, 2), "Columbus Day"),
            (observed(dt.date(y, 11, 11)), "Veterans Day"),
            (thanksgiving(y), "Thanksgiving Day"),
            (observed(dt.date(y, 12, 25)), "Christmas Day")]


def _cp_dated(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return f"Posted {day.month:02d}/{day.day:02d}/{day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _cp_dividends(day: dt.date) -> str:
    first = day.replace(day=1)
    apy = trend(first, CERTIFICATE)
    return (f"Dividend rates effective {MONTHS[first.month - 1]} 1, {first.year}: 12-month "
            f"share certificate {apy:.2f}% APY*")


@cache
def _cp_holiday() -> Wordings:
    base = _steps((_OLD, "Branch hours: Monday–Friday 9 a.m.–5 p.m., Saturday 9 a.m.–noon"))
    pandemic = [_span("2020-03-18", "2020-06-14", "Our lobbies are closed: drive-thru lanes "
                                                  "are open and lobby visits are by "
                                                  "appointment")]
    holidays: list[Event] = []
    for y in range(2015, 2022):
        for day, name in us_holidays(y):
            holidays.append((day - 6 * ONE, day + ONE,
                             f"All branches will be closed {WEEKDAYS[day.weekday()]}, "
                             f"{MONTHS[day.month - 1]} {day.day}, {day.year} in observance "
                             f"of {name}."))
    holidays.sort()
    return _calendar(base, pandemic, holidays)


@cache
def _cp_fraud() -> Wordings:
    base = _steps((_OLD, "Cedar Prairie Credit Union will never call, text or email you to "
                         "ask for your PIN or online banking password."))
    stimulus = [_span("2020-04-10", "2020-06-30", "Stimulus scam alert: the IRS will not text "
                                                  "or email you about your Economic Impact "
                                                  "Payment.")]
    tax = [_span(f"{y}-02-01", f"{y}-04-15", "Tax season scam alert: the IRS does not call to "
                                             "demand immediate payment.") for y in YEARS]
    shopping = _yearly("12-10", 14, 14, lambda y: f"Shopping online this holiday season? Turn "
                                                  f"on card alerts in the app ({y}).")
    return _calendar(base, stimulus, tax, shopping)


def cedarprairie_style() -> PublisherStyle:
    """An American credit union's member news: a category from a pool, "Posted" with the
    numeric date turned the long date on 5 September 2017 (a wording per day), the prime
    rate (changing on the Fed's decision days), a branch-hours line turned by each federal
    holiday and the pandemic's closed lobbies, "You may also like:" mid-body, the year's IRA
    contribution limits, an app line reworded for Zelle, the dividend rates of the month (a
    wording per month) and the rates disclosure, a fraud warning turned by tax seasons, the
    stimulus scams and holiday shopping, the routing number, the NCUA line, the Equal
    Housing line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="cedarprairiecu.org", site="Cedar Prairie Credit Union", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "rates", "fraud-alerts", "community", "lending"),
        n_authors=4, url_path="/about/news/{slug}",
        pools={"category": ("Member News", "Rates", "Fraud Alert", "Community",
                            "Holiday Hours", "Lending")},
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.85, *_by_day(_cp_dated)),
            _f("prime", HEADER, 0.12, *table_wordings(PRIME, lambda v: (
                f"Prime Rate: {v}%. HELOC rates as low as Prime + 0.00% APR."))),
            _f("holiday", HEADER, 0.3, *_cp_holiday()),
            _f("also", MIDDLE, 0.3, (_OLD, "You may also like: {other_title}")),
            _f("ira", MIDDLE, 0.1, *_by_day(
                lambda day: f"IRA contribution limit for {day.year}: "
                            f"${IRA_LIMITS[day.year][0]} (${IRA_LIMITS[day.year][1]} if you "
                            f"are 50 or older)")),
            _f("app", MIDDLE, 0.2,
               (_OLD, "Deposit checks from your phone with our mobile app."),
               (CP_ZELLE.isoformat(), "Send money to friends and family with Zelle® in our "
                                      "mobile app.")),
            _f("dividends", FOOTER, 0.2, *_by_day(_cp_dividends)),
            _f("disclosure", FOOTER, 0.3, (_OLD, "*APY = Annual Percentage Yield. APR = Annual "
                                                 "Percentage Rate. Rates are subject to "
                                                 "change without notice.")),
            _f("fraud", FOOTER, 0.3, *_cp_fraud()),
            _f("routing", FOOTER, 0.2, (_OLD, "Routing number: 291075384")),
            _f("ncua", FOOTER, 0.5, (_OLD, "Federally insured by NCUA.")),
            _f("housing", FOOTER, 0.4, (_OLD, "Equal Housing Opportunity")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Cedar Prairie Credit Union. All "
                                                "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this post was updated to show "
                                                  "the right closing time on Christmas "
                                                  "Eve.")),
        ),
    )


# --- a Tanzanian commercial bank (in Swahili) ---------------------------------------------

BP_REDESIGN = dt.date(2018, 7, 7)  # relaunched on Sabasaba
BP_PLC = dt.date(2018, 11, 26)  # listed on the stock exchange
BP_APP = dt.date(2019, 2, 4)
USD_TZS = (("2015-01-01", 1730.0), ("2015-08-01", 2150.0), ("2016-01-01", 2180.0),
           ("2017-01-01", 2230.0), ("2018-01-01", 2240.0), ("2019-01-01", 2300.0),
           ("2020-01-01", 2298.0), ("2021-01-10", 2318.0))
BP_AMANA = (("2014-07-01", "10.5"), ("2016-01-04", "11"), ("2017-07-03", "9.5"),
            ("2019-01-02", "8.5"), ("2020-05-04", "7.5"))
TZ_ELECTIONS = (dt.date(2015, 10, 25), dt.date(2020, 10, 28))
TZ_EID = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-15",
          2019: "2019-06-05", 2020: "2020-05-24"}


def _sw_long(day: dt.date) -> str:
    return f"{SIKU[day.weekday()]}, {day.day} {MIEZI[day.month - 1]} {day.year}"


def _bp_tarehe(day: dt.date) -> str:
    if day < BP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Imechapishwa: {_sw_long(day)}"


def _bp_fedha(day: dt.date) -> str:
    rate_day = working_day_on_or_before(day)
    mid = trend(rate_day, USD_TZS) * (1 + 0.004 * wobble(rate_day, "tzs"))
    buy, sell = round(mid - 12), round(mid + 12)
    return (f"Viwango vya fedha za kigeni ({rate_day.day:02d}/{rate_day.month:02d}/"
            f"{rate_day.year}): USD kununua {buy:,} · kuuza {sell:,}")


@cache
def _bp_sikukuu() -> Wordings:
    base = _steps((_OLD, "Matawi yetu yanafunguliwa Jumatatu hadi Ijumaa, saa 2:30 asubuhi "
                         "hadi saa 10:00 jioni."))
    uchaguzi = [(day - 5 * ONE, day + ONE,
                 f"Matawi yote yatafungwa {_sw_long(day)}, siku ya Uchaguzi Mkuu.")
                for day in TZ_ELECTIONS]
    sikukuu: list[Event] = []
    for y in YEARS:
        for month, day_no, name in ((4, 26, "Muungano"), (7, 7, "Sabasaba"),
                                    (8, 8, "Nanenane"), (12, 9, "Uhuru")):
            day = dt.date(y, month, day_no)
            sikukuu.append((day - 4 * ONE, day + ONE,
                            f"Matawi yote yatafungwa {_sw_long(day)} kwa sikukuu ya {name}."))
        eid = iso_day(TZ_EID[y])
        sikukuu.append((eid - 4 * ONE, eid + 2 * ONE,
                        f"Eid Mubarak! Matawi yatafungwa siku ya Idd el-Fitr ({y})."))
    sikukuu.sort()
    return _calendar(base, uchaguzi, sikukuu)


@cache
def _bp_utapeli() -> Wordings:
    base = _steps((_OLD, "Usimpe mtu yeyote namba yako ya siri (PIN). Benki ya Pwani "
                         "haitakupigia simu kuiomba."))
    corona = [_span("2020-03-18", "2020-06-30", "Tahadhari: matapeli wanatumia jina la corona "
                                                "kuomba fedha. Usitume pesa kwa namba "
                                                "usiyoijua.")]
    return _calendar(base, corona)


def benkiyapwani_style() -> PublisherStyle:
    """A Tanzanian commercial bank's news, in Swahili: a heading from a pool, the numeric
    date turned "Imechapishwa:" with the weekday and the long date on Sabasaba 2018 (a
    wording per day), "Na" and the writer, the dollar's buying and selling rates of the last
    weekday (a wording per working day), a branch-hours line in Swahili time turned by
    Muungano, Sabasaba, Nanenane, Uhuru, Idd el-Fitr and the two election days, "Soma
    pia:" and "TANGAZO" (up to twice) mid-body, a USSD line reworded for the app, the
    12-month deposit rate (changing on the bank's own days), a fraud warning turned by the
    pandemic's scams, the deposit insurance line, the licence line, the customer-service
    line and the copyright line with "Limited" turned "PLC" on listing (a block), a rare
    correction."""
    return PublisherStyle(
        domain="benkiyapwani.co.tz", site="Benki ya Pwani", base_size=130,
        subdomains=(("www.", 100),),
        sections=("habari", "matangazo", "usalama", "mikopo"),
        n_authors=4, url_path="/sw/{section}/{slug}",
        pools={"kundi": ("Habari", "Matangazo", "Usalama", "Mikopo", "Akiba",
                         "Wajasiriamali")},
        families=(
            _f("kundi", HEADER, 0.45, (_OLD, "{kundi}")),
            _f("tarehe", HEADER, 0.85, *_by_day(_bp_tarehe)),
            _f("mwandishi", HEADER, 0.3, (_OLD, "Na {author}")),
            _f("fedha", HEADER, 0.15, *_by_day(_bp_fedha)),
            _f("sikukuu", HEADER, 0.25, *_bp_sikukuu()),
            _f("soma", MIDDLE, 0.3, (_OLD, "Soma pia: {other_title}")),
            _f("tangazo", MIDDLE, 0.2, (_OLD, "TANGAZO"), count=2),
            _f("simu", MIDDLE, 0.2,
               (_OLD, "Pata huduma za benki kwa simu yako: piga *150*55#"),
               (BP_APP.isoformat(), "Pakua programu yetu ya simu na ufanye miamala saa 24 "
                                    "kila siku.")),
            _f("amana", FOOTER, 0.2, *table_wordings(BP_AMANA, lambda v: (
                f"Amana ya muda maalum (miezi 12): riba hadi {v}% kwa mwaka."))),
            _f("utapeli", FOOTER, 0.3, *_bp_utapeli()),
            _f("bima", FOOTER, 0.2, (_OLD, "Amana za wateja zimekingwa na Bodi ya Bima ya "
                                           "Amana kwa mujibu wa sheria.")),
            _f("leseni", FOOTER, 0.35, (_OLD, "Benki ya Pwani imepewa leseni na inasimamiwa "
                                              "na Benki Kuu ya Tanzania.")),
            _f("huduma", FOOTER, 0.3, (_OLD, "Huduma kwa wateja: 0800 110 055 (bila malipo) · "
                                             "huduma@benkiyapwani.co.tz")),
            _f("haki", FOOTER, 0.3, (_OLD, "© {year} Benki ya Pwani Limited. Haki zote "
                                           "zimehifadhiwa."),
               (BP_PLC.isoformat(), "© {year} Benki ya Pwani PLC. Haki zote "
                                    "zimehifadhiwa.")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: tarehe ya mwisho ya ofa "
                                                   "imesahihishwa katika habari hii.")),
        ),
    )


# --- a Bangladeshi bank (in Bengali) ------------------------------------------------------

MS_APP = dt.date(2018, 3, 26)
MS_INCENTIVE = dt.date(2019, 7, 1)  # a 2% cash incentive on remittances
MS_FDR = (("2014-07-01", "8.50"), ("2016-01-03", "7.50"), ("2017-07-02", "6.00"),
          ("2018-07-01", "7.75"), ("2020-04-01", "6.00"))  # the 9-6 rule from April 2020
USD_BDT = (("2015-01-01", 77.9), ("2016-01-01", 78.4), ("2017-01-01", 79.0),
           ("2017-12-31", 82.7), ("2018-12-31", 83.9), ("2019-12-31", 84.9),
           ("2021-01-10", 84.8))
BD_FITR = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-16",
           2019: "2019-06-05", 2020: "2020-05-25"}
BD_ADHA = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
           2019: "2019-08-12", 2020: "2020-08-01"}
BD_RAMADAN = {2015: "2015-06-19", 2016: "2016-06-07", 2017: "2017-05-28", 2018: "2018-05-17",
              2019: "2019-05-07", 2020: "2020-04-25"}


def _bn_date(day: dt.date) -> str:
    return f"{bn(day.day)} {BN_MASH[day.month - 1]} {bn(day.year)}"


def _ms_tarikh(day: dt.date) -> str:
    if day < BN_REVISION:
        return f"ঢাকা, {_bn_date(day)}"
    d, m, y = bangla_date(day)
    return f"{BN_BAR[day.weekday()]}, {bn(d)} {BANGLA_MASH[m]} {bn(y)} বঙ্গাব্দ | {_bn_date(day)}"


def _ms_hor(day: dt.date) -> str:
    rate_day = working_day_on_or_before(day, weekend=(4, 5))
    mid = trend(rate_day, USD_BDT) * (1 + 0.002 * wobble(rate_day, "bdt"))
    return (f"আজকের বিনিময় হার ({bn(f'{rate_day.day:02d}-{rate_day.month:02d}-{rate_day.year}')}"
            f"): মার্কিন ডলার ক্রয় {bn(f'{mid - 0.5:.2f}')}, বিক্রয় {bn(f'{mid + 0.5:.2f}')}")


@cache
def _ms_chhuti() -> Wordings:
    base = _steps((_OLD, "ব্যাংকের শাখাসমূহ রবিবার থেকে বৃহস্পতিবার সকাল ১০টা থেকে বিকেল ৪টা "
                         "পর্যন্ত খোলা থাকে।"))
    lockdown = [_span("2020-03-26", "2020-05-30", "সাধারণ ছুটিতে সীমিত পরিসরে সকাল ১০টা থেকে "
                                                  "দুপুর ১২টা পর্যন্ত লেনদেন চলবে।")]
    eids: list[Event] = []
    for y in YEARS:
        for first, name in ((BD_FITR[y], "ঈদুল ফিতর"), (BD_ADHA[y], "ঈদুল আজহা")):
            eid = iso_day(first)
            eids.append((eid - 5 * ONE, eid + 3 * ONE,
                         f"{name} {bn(HIJRI[y])} উপলক্ষে {_bn_date(eid - ONE)} থেকে "
                         f"{_bn_date(eid + ONE)} পর্যন্ত ব্যাংক বন্ধ থাকবে।"))
    ramadan = [(iso_day(BD_RAMADAN[y]), iso_day(BD_FITR[y]) - 5 * ONE,
                "রমজান মাসে লেনদেন চলবে সকাল ৯টা থেকে দুপুর ১টা ৩০ মিনিট পর্যন্ত।")
               for y in YEARS]
    bank_holidays = [(dt.date(y, m, d) - 3 * ONE, dt.date(y, m, d) + ONE,
                      f"{_bn_date(dt.date(y, m, d))} ব্যাংক হলিডে: শাখাসমূহে গ্রাহক লেনদেন বন্ধ "
                      f"থাকবে।") for y in YEARS for m, d in ((7, 1), (12, 31))]
    return _calendar(base, eids, lockdown, bank_holidays, ramadan)


@cache
def _ms_satarkata() -> Wordings:
    base = _steps((_OLD, "আপনার কার্ডের পিন, ওটিপি বা পাসওয়ার্ড কাউকে জানাবেন না। ব্যাংক কখনো "
                         "ফোনে এসব তথ্য চায় না।"))
    corona = [_span("2020-03-26", "2020-06-30", "করোনাভাইরাসের নামে অনুদান বা ঋণের প্রলোভন "
                                                "দেখানো প্রতারকদের থেকে সাবধান থাকুন।")]
    eid = [(iso_day(BD_FITR[y]) - 15 * ONE, iso_day(BD_FITR[y]),
            "ঈদের কেনাকাটায় জাল নোট ও প্রতারক চক্র থেকে সতর্ক থাকুন।") for y in YEARS]
    return _calendar(base, corona, eid)


def meghna_style() -> PublisherStyle:
    """A Bangladeshi bank's news and notices, in Bengali: a heading from a pool, "Dhaka"
    and the Gregorian date in Bengali digits turned the weekday, the Bangla calendar date
    (by its 2019 revision) and the Gregorian date on Pohela Boishakh 1426 (a wording per
    day), "press release" bare, the dollar's buying and selling rates of the last working
    day of Bangladesh's Sunday-to-Thursday week (a wording per working day), a
    branch-hours line turned by the Eids with their Hijri years, Ramadan hours, the 1 July
    and 31 December bank holidays and the 2020 general holiday, "আরও পড়ুন:" mid-body, an
    internet-banking line reworded for the app, a remittance line reworded for the 2019
    cash incentive, the one-year fixed-deposit rate (cut under the 2020 cap), a fraud
    warning turned by the pandemic and each Eid's shopping, the Bangladesh Bank line, the
    call-centre line and the copyright line with the year in Bengali digits (a block), a
    rare correction."""
    return PublisherStyle(
        domain="meghnasanchay.com.bd", site="মেঘনা সঞ্চয় ব্যাংক", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "notice", "alert", "loan"),
        n_authors=3, url_path="/bn/{section}/{n}",
        pools={"bibhag": ("বিজ্ঞপ্তি", "সংবাদ", "সতর্কতা", "ঋণ", "সঞ্চয়", "রেমিট্যান্স")},
        families=(
            _f("bibhag", HEADER, 0.45, (_OLD, "{bibhag}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_ms_tarikh)),
            _f("songbad", HEADER, 0.3, (_OLD, "সংবাদ বিজ্ঞপ্তি")),
            _f("hor", HEADER, 0.15, *_by_day(_ms_hor)),
            _f("chhuti", HEADER, 0.25, *_ms_chhuti()),
            _f("aro", MIDDLE, 0.3, (_OLD, "আরও পড়ুন: {other_title}")),
            _f("app", MIDDLE, 0.2,
               (_OLD, "ঘরে বসে লেনদেন করুন আমাদের ইন্টারনেট ব্যাংকিংয়ে।"),
               (MS_APP.isoformat(), "আমাদের মোবাইল অ্যাপ ডাউনলোড করুন, ২৪ ঘণ্টা লেনদেন করুন।")),
            _f("remittance", MIDDLE, 0.15,
               (_OLD, "বৈধ পথে প্রবাসী আয় পাঠান, দেশ গড়ায় অংশ নিন।"),
               (MS_INCENTIVE.isoformat(), "বৈধ পথে রেমিট্যান্স পাঠালে ২% নগদ প্রণোদনা।")),
            _f("fdr", FOOTER, 0.2, *table_wordings(MS_FDR, lambda v: (
                f"এক বছর মেয়াদি স্থায়ী আমানতে সুদের হার: {bn(v)}%"))),
            _f("satarkata", FOOTER, 0.3, *_ms_satarkata()),
            _f("niyontrok", FOOTER, 0.3, (_OLD, "মেঘনা সঞ্চয় ব্যাংক লিমিটেড বাংলাদেশ ব্যাংক "
                                                "কর্তৃক অনুমোদিত একটি তফসিলি ব্যাংক।")),
            _f("callcenter", FOOTER, 0.3, (_OLD, "কল সেন্টার: ১৬৭৩৪ (২৪ ঘণ্টা)")),
            _f("sotto", FOOTER, 0.3, *_by_day(
                lambda day: f"© {bn(day.year)} মেঘনা সঞ্চয় ব্যাংক লিমিটেড। সর্বস্বত্ব "
                            f"সংরক্ষিত।")),
            _f("songshodhon", HEADER, 0.04, (_OLD, "সংশোধনী: এই বিজ্ঞপ্তির আগের সংস্করণে "
                                                   "ভুল তারিখ ছাপা হয়েছিল।")),
        ),
    )


# --- a German insurer's press and customer pages ------------------------------------------

RV_REDESIGN = dt.date(2018, 3, 1)
HOECHSTRECHNUNGSZINS = (("2015-01-01", "1,25"), ("2017-01-01", "0,90"))
RENTENANPASSUNG = (("2014-07-01", "2014: +1,67"), ("2015-07-01", "2015: +2,10"),
                   ("2016-07-01", "2016: +4,25"), ("2017-07-01", "2017: +1,90"),
                   ("2018-07-01", "2018: +3,22"), ("2019-07-01", "2019: +3,18"),
                   ("2020-07-01", "2020: +3,45"))
RIESTER = (("2008-01-01", "154"), ("2018-01-01", "175"))
RV_GESCHAEFT = (("2014-03-20", ("2013", "1,92")), ("2015-03-19", ("2014", "1,97")),
                ("2016-03-17", ("2015", "2,04")), ("2017-03-23", ("2016", "2,11")),
                ("2018-03-22", ("2017", "2,18")), ("2019-03-21", ("2018", "2,26")),
                ("2020-03-26", ("2019", "2,31")))
STORMS = (("2015-03-31", "2015-04-14", "Orkantief Niklas"),
          ("2016-05-29", "2016-06-19", "Unwetter Elvira und Friederike"),
          ("2017-10-05", "2017-10-19", "Sturmtief Xavier"),
          ("2018-01-18", "2018-02-04", "Orkantief Friederike"),
          ("2020-02-09", "2020-02-25", "Orkantief Sabine"))


def _rv_datum(day: dt.date) -> str:
    if day < RV_REDESIGN:
        return f"Köln, {day.day}. {MONATE[day.month - 1]} {day.year}"
    return f"Köln, {WOCHENTAGE[day.weekday()]}, {day.day:02d}.{day.month:02d}.{day.year}"


def _rv_ueber(start: str) -> str:
    year, amount = dict(RV_GESCHAEFT)[start]
    return (f"Über die Rheinauer Versicherung: Die Gruppe erzielte {year} "
            f"Beitragseinnahmen von {amount} Mrd. Euro und betreut rund 1,4 Millionen Kunden.")


@cache
def _rv_service() -> Wordings:
    base = _steps((_OLD, "Schaden melden? Rund um die Uhr unter 0800 555 3030 oder online."))
    corona = [_span("2020-03-16", "2020-06-30", "Corona: Wir sind weiter für Sie da – "
                                                "telefonisch, per E-Mail und online.")]
    sturm = [_span(first, last, f"{name}: Schäden jetzt schnell und einfach online melden")
             for first, last, name in STORMS]
    wechsel = _yearly("11-30", 29, 0, lambda y: f"Kfz-Versicherung wechseln: Stichtag ist der "
                                                f"30. November {y}")
    return _calendar(base, corona, sturm, wechsel)


def rheinauer_style() -> PublisherStyle:
    """A German insurer's press and customer pages: a heading from a pool, "Köln," with the
    long date turned the weekday and the numeric date on 1 March 2018 (a wording per day),
    a service line turned by the Kfz-Wechsel month with its 30 November deadline, named
    storms and the pandemic, "Mehr zum Thema:" mid-body, the Riester allowance (raised in
    2018), an advice disclaimer, the guaranteed rate of new life policies (cut in 2017), the
    statutory pension adjustment each July, the about line with last year's premiums
    (changing each March), the press contact with the writer (a block), the ombudsman and
    the BaFin line, a rare correction."""
    return PublisherStyle(
        domain="rheinauer-versicherung.de", site="Rheinauer Versicherung", base_size=90,
        subdomains=(("www.", 80), ("presse.", 20)),
        sections=("presse", "kfz", "leben", "schaden", "vorsorge"),
        n_authors=3, url_path="/{section}/{yyyy}/{slug}",
        pools={"rubrik": ("Presse", "Kfz", "Leben & Vorsorge", "Schaden & Service",
                          "Unwetter", "Unternehmen")},
        families=(
            _f("rubrik", HEADER, 0.4, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_rv_datum)),
            _f("service", HEADER, 0.25, *_rv_service()),
            _f("mehr", MIDDLE, 0.25, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("riester", MIDDLE, 0.12, *table_wordings(RIESTER, lambda v: (
                f"Riester-Grundzulage: {v} Euro im Jahr, plus Kinderzulage"))),
            _f("hinweis", FOOTER, 0.3, (_OLD, "Diese Information ersetzt keine persönliche "
                                              "Beratung. Maßgeblich sind die "
                                              "Versicherungsbedingungen.")),
            _f("garantiezins", FOOTER, 0.12, *table_wordings(HOECHSTRECHNUNGSZINS, lambda v: (
                f"Höchstrechnungszins für neue Lebensversicherungen: {v} %"))),
            _f("rente", FOOTER, 0.15, *table_wordings(RENTENANPASSUNG, lambda v: (
                f"Rentenanpassung zum 1. Juli {v} % (alte Bundesländer)"))),
            _f("ueber", FOOTER, 0.35, *table_wordings(
                tuple((start, start) for start, _ in RV_GESCHAEFT), _rv_ueber)),
            _f("pressekontakt", FOOTER, 0.35, (_OLD, "Pressekontakt: {author}, "
                                                     "Konzernkommunikation, Telefon 0221 "
                                                     "555-4410, presse@rheinauer-"
                                                     "versicherung.de")),
            _f("ombudsmann", FOOTER, 0.15, (_OLD, "Beschwerden: Versicherungsombudsmann e. V., "
                                                  "www.versicherungsombudsmann.de")),
            _f("bafin", FOOTER, 0.15, (_OLD, "Zuständige Aufsicht: Bundesanstalt für "
                                             "Finanzdienstleistungsaufsicht (BaFin), Bonn")),
            _f("berichtigung", HEADER, 0.04, (_OLD, "Berichtigung: Die Schadenhotline war in "
                                                    "einer früheren Fassung falsch "
                                                    "angegeben.")),
        ),
    )


# --- a British occupational pension scheme's members' site --------------------------------

AP_REDESIGN = dt.date(2019, 4, 8)
AP_COLD_CALLING = dt.date(2019, 1, 9)  # the ban on pensions cold calling
PENSION_INCREASE = (("2014-04-06", "2.7"), ("2015-04-06", "1.2"), ("2016-04-06", "0.0"),
                    ("2017-04-06", "1.0"), ("2018-04-06", "3.0"), ("2019-04-06", "2.4"),
                    ("2020-04-06", "1.7"))
AUTO_ENROLMENT = (("2012-10-01", "2% in total, of which at least 1% from your employer"),
                  ("2018-04-06", "5% in total, of which at least 2% from your employer"),
                  ("2019-04-06", "8% in total, of which at least 3% from your employer"))
LIFETIME_ALLOWANCE = (("2014-04-06", "2014/15: £1,250,000"),
                      ("2015-04-06", "2015/16: £1,250,000"),
                      ("2016-04-06", "2016/17: £1,000,000"),
                      ("2017-04-06", "2017/18: £1,000,000"),
                      ("2018-04-06", "2018/19: £1,030,000"),
                      ("2019-04-06", "2019/20: £1,055,000"),
                      ("2020-04-06", "2020/21: £1,073,100"))


def pension_payday(y: int, m: int) -> dt.date:
    """The scheme's pay day: the 28th (the 20th in December), a working day before it on a
    weekend."""
    return working_day_on_or_before(dt.date(y, m, 20 if m == 12 else 28))


def _ap_next(day: dt.date) -> str:
    pay = pension_payday(day.year, day.month)
    if day > pay:
        y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
        pay = pension_payday(y, m)
    return (f"Next pension payment date: {WEEKDAYS[pay.weekday()]} {pay.day} "
            f"{MONTHS[pay.month - 1]} {pay.year}")


def _ap_increase(value: str) -> str:
    if value == "0.0":
        return ("There was no increase to pensions in payment this April, as CPI inflation "
                "was negative.")
    return f"Pensions in payment rose by {value}% this April, in line with CPI."


@cache
def _ap_scam() -> Wordings:
    base = _steps((_OLD, "Be ScamSmart: check the FCA Warning List before you transfer your "
                         "pension."))
    ban = [_span(AP_COLD_CALLING.isoformat(), "2019-03-31", "Pensions cold calling is now "
                                                            "banned: if you get a call out "
                                                            "of the blue, hang up.")]
    corona = [_span("2020-03-23", "2020-08-31", "Scammers are using coronavirus to target "
                                                "savers: don't rush any decision about your "
                                                "pension.")]
    return _calendar(base, ban, corona)


@cache
def _ap_helpline() -> Wordings:
    base = _steps((_OLD, "Our helpline is open Monday to Friday, 9am to 5pm."))
    corona = [_span("2020-03-23", "2020-09-30", "Please email us rather than post documents "
                                                "while our office is closed.")]
    christmas = [(dt.date(y, 12, 14), dt.date(y + 1, 1, 3),
                  f"Christmas {y}: our helpline closes at noon on 24 December and reopens on "
                  f"2 January.") for y in YEARS]
    return _calendar(base, corona, christmas)


def ashgrove_style() -> PublisherStyle:
    """A British occupational pension scheme's members' site: the long date turned "Last
    updated:" and the numeric date on 8 April 2019 (a wording per day), the next pension
    payment date (the 28th or the working day before, the 20th in December: a wording per
    month), a helpline line turned each Christmas and by the pandemic, the auto-enrolment
    minimums (raised in 2018 and 2019) and a Pension Wise line mid-body, a no-advice line,
    this April's pension increase (none in 2016), the tax year's lifetime allowance, a scam
    warning turned by the cold-calling ban and the pandemic, the regulator line, the
    trustee line and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="ashgrovepensions.org.uk", site="Ashgrove Pension Scheme", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "members", "pensioners", "investments"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"{day.day} {MONTHS[day.month - 1]} {day.year}"
                if day < AP_REDESIGN else
                f"Last updated: {day.day:02d}/{day.month:02d}/{day.year}")),
            _f("payday", HEADER, 0.2, *_by_day(_ap_next)),
            _f("helpline", HEADER, 0.25, *_ap_helpline()),
            _f("minimums", MIDDLE, 0.12, *table_wordings(AUTO_ENROLMENT, lambda v: (
                f"Minimum auto-enrolment contributions: {v}."))),
            _f("pension-wise", MIDDLE, 0.15, (_OLD, "Pension Wise offers free, impartial "
                                                    "guidance if you are 50 or over.")),
            _f("no-advice", FOOTER, 0.3, (_OLD, "We can't give you financial advice. If you "
                                                "need advice, speak to a regulated "
                                                "financial adviser.")),
            _f("increase", FOOTER, 0.2, *table_wordings(PENSION_INCREASE, _ap_increase)),
            _f("allowance", FOOTER, 0.12, *table_wordings(LIFETIME_ALLOWANCE, lambda v: (
                f"Lifetime allowance for {v}"))),
            _f("scam", FOOTER, 0.3, *_ap_scam()),
            _f("regulator", FOOTER, 0.35, (_OLD, "The Ashgrove Pension Scheme is registered "
                                                 "with The Pensions Regulator, registration "
                                                 "number 10084417.")),
            _f("trustee", FOOTER, 0.35, (_OLD, "Trustee: Ashgrove Pension Scheme Trustees "
                                               "Limited, 2 Foundry Lane, AG4 7TR")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Ashgrove Pension Scheme Trustees "
                                                "Limited")),
            _f("update", HEADER, 0.04, (_OLD, "Update: we have corrected the date of the "
                                              "pensioners' annual statement.")),
        ),
    )


# --- a Polish mutual insurer --------------------------------------------------------------

TP_REDESIGN = dt.date(2019, 7, 1)  # relaunched on the first day of PPK
TP_RZECZNIK = dt.date(2015, 10, 11)  # the Financial Ombudsman replaced the Insured's
TP_RODO = dt.date(2018, 5, 25)
TP_IDD = dt.date(2018, 10, 1)


def _tp_data(day: dt.date) -> str:
    if day < TP_REDESIGN:
        return f"Opublikowano: {day.day} {MIESIACE[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year} | Aktualności"


@cache
def _tp_zglos() -> Wordings:
    base = _steps((_OLD, "Zgłoś szkodę całodobowo: 800 555 202 lub przez formularz na "
                         "stronie."))
    uprawy = _yearly("03-01", 0, 60, lambda y: f"Ubezpiecz uprawy z dopłatą z budżetu państwa "
                                               f"– sezon {y}")
    nawalnice = [_span("2017-08-11", "2017-09-10", "Nawałnice 11–12 sierpnia 2017 r.: "
                                                   "zgłoś szkodę online, wypłacamy "
                                                   "zaliczki"),
                 _span("2020-03-16", "2020-06-30", "W czasie epidemii szkody zgłaszaj "
                                                   "telefonicznie lub online")]
    return _calendar(base, nawalnice, uprawy)


@cache
def _tp_ppk() -> Wordings:
    return (
        (_OLD, "Zapytaj o ubezpieczenia grupowe dla pracowników Twojej firmy."),
        ("2019-01-02", "PPK: od 1 lipca 2019 r. obowiązek dla firm zatrudniających co "
                       "najmniej 250 osób."),
        ("2019-10-01", "PPK: od 1 stycznia 2020 r. obowiązek dla firm zatrudniających co "
                       "najmniej 50 osób."),
        ("2020-04-01", "PPK: od 1 lipca 2020 r. obowiązek dla firm zatrudniających co "
                       "najmniej 20 osób."),
        ("2020-10-01", "PPK: od 1 stycznia 2021 r. obowiązek dla pozostałych pracodawców."),
    )


def podhale_style() -> PublisherStyle:
    """A Polish mutual insurer's news pages: "Opublikowano:" with the long date and the
    genitive month turned the numeric date and "Aktualności" on the first day of PPK (a
    wording per day), a category from a pool, a claims line turned each spring by crop
    insurance with its state subsidy, the August 2017 storms and the pandemic, "Zobacz
    też:" and a PPK line stepping through the phases mid-body, a product-card line
    reworded when the IDD rules came in, the ombudsman line reworded for the Financial
    Ombudsman, a data-protection line reworded for the GDPR, the supervision line, the
    registration line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="tuwpodhale.pl", site="TUW Podhale", base_size=55,
        subdomains=(("www.", 100),),
        sections=("aktualnosci", "komunikaty", "dla-rolnikow", "szkody"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"kategoria": ("Aktualności", "Komunikaty", "Dla rolników", "Szkody")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_tp_data)),
            _f("kategoria", HEADER, 0.4, (_OLD, "{kategoria}")),
            _f("zglos", HEADER, 0.25, *_tp_zglos()),
            _f("zobacz", MIDDLE, 0.25, (_OLD, "Zobacz też: {other_title}")),
            _f("ppk", MIDDLE, 0.15, *_tp_ppk()),
            _f("owu", MIDDLE, 0.12,
               (_OLD, "Szczegóły ochrony znajdziesz w Ogólnych Warunkach Ubezpieczenia "
                      "(OWU)."),
               (TP_IDD.isoformat(), "Przed zawarciem umowy zapoznaj się z kartą produktu "
                                    "(IPID) i OWU.")),
            _f("rzecznik", FOOTER, 0.2,
               (_OLD, "W sprawach spornych możesz zwrócić się do Rzecznika Ubezpieczonych."),
               (TP_RZECZNIK.isoformat(), "W sprawach spornych możesz zwrócić się do "
                                         "Rzecznika Finansowego (rf.gov.pl).")),
            _f("dane", FOOTER, 0.2,
               (_OLD, "Dane osobowe przetwarzamy zgodnie z ustawą o ochronie danych "
                      "osobowych."),
               (TP_RODO.isoformat(), "Administratorem Twoich danych osobowych jest TUW "
                                     "Podhale; szczegóły w klauzuli informacyjnej RODO.")),
            _f("knf", FOOTER, 0.2, (_OLD, "Towarzystwo podlega nadzorowi Komisji Nadzoru "
                                          "Finansowego.")),
            _f("stopka", FOOTER, 0.3, (_OLD, "TUW Podhale (Towarzystwo Ubezpieczeń "
                                             "Wzajemnych), ul. Kolejowa 7, Nowy Targ, KRS "
                                             "0000187730")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© TUW Podhale {year}")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: poprawiliśmy numer "
                                                    "infolinii podany w artykule.")),
        ),
    )


# --- a Turkish private-pension company ----------------------------------------------------

EY_REDESIGN = dt.date(2017, 1, 1)  # relaunched with automatic enrolment
BRUT_ASGARI = {2015: 1201.50, 2016: 1647.00, 2017: 1777.50, 2018: 2029.50, 2019: 2558.40,
               2020: 2943.00, 2021: 3577.50}  # the January gross minimum wage
OKS_PHASES = (("2016-08-25", "1 Ocak 2017'den itibaren 1.000 ve üzeri çalışanı olan "
                             "işyerleri"),
              ("2017-01-01", "1 Nisan 2017'den itibaren 250-999 çalışanı olan işyerleri"),
              ("2017-04-01", "1 Temmuz 2017'den itibaren 100-249 çalışanı olan işyerleri"),
              ("2017-07-01", "1 Ocak 2018'den itibaren 50-99 çalışanı olan işyerleri"),
              ("2018-01-01", "1 Temmuz 2018'den itibaren 10-49 çalışanı olan işyerleri"))


def _ey_tarih(day: dt.date) -> str:
    if day < EY_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Yayın tarihi: {day.day} {AYLAR[day.month - 1]} {day.year}"


def _ey_katki(day: dt.date) -> str:
    cap = BRUT_ASGARI[day.year] * 12 * 0.25
    return (f"{day.year} yılı devlet katkısı üst sınırı: {tr_money(cap)} TL (ödediğiniz katkı "
            f"payının %25'i)")


@cache
def _ey_hizmet() -> Wordings:
    base = _steps((_OLD, "Müşteri hizmetleri: 0850 555 00 40 (hafta içi 09:00-18:00)"))
    salgin = [_span("2020-03-23", "2020-06-30", "Salgın süresince tüm işlemlerinizi mobil "
                                                "uygulamamızdan yapabilirsiniz.")]
    bayram = [(iso_day(RAMAZAN_BAYRAMI[y]) - 2 * ONE, iso_day(RAMAZAN_BAYRAMI[y]) + 3 * ONE,
               "Ramazan Bayramınız kutlu olsun.") for y in YEARS]
    bayram += [(iso_day(KURBAN_BAYRAMI[y]) - 2 * ONE, iso_day(KURBAN_BAYRAMI[y]) + 4 * ONE,
                "Kurban Bayramınız mübarek olsun.") for y in YEARS]
    return _calendar(base, salgin, bayram)


def egeyasam_style() -> PublisherStyle:
    """A Turkish private-pension company's news pages: the numeric date turned "Yayın
    tarihi:" and the long date on the first day of automatic enrolment (a wording per day),
    a service line turned by the bayrams' greetings and the pandemic, "Bunlar da ilginizi
    çekebilir:" and the automatic-enrolment phases mid-body, the year's state-contribution
    cap (a quarter of a year's gross minimum wage, changing each January), the
    past-performance line, the EGM line, the company line and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="egeyasam.com.tr", site="Ege Yaşam ve Emeklilik", base_size=40,
        subdomains=(("www.", 100),),
        sections=("haberler", "bes", "duyurular"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("tarih", HEADER, 0.85, *_by_day(_ey_tarih)),
            _f("hizmet", HEADER, 0.25, *_ey_hizmet()),
            _f("ilginizi", MIDDLE, 0.25, (_OLD, "Bunlar da ilginizi çekebilir: "
                                                "{other_title}")),
            _f("oks", MIDDLE, 0.15, (_OLD, "Bireysel Emeklilik Sistemi'nde devlet katkısı "
                                           "ile birikiminiz daha hızlı büyür."),
               *((start, f"Otomatik katılım: {text} kapsama giriyor.")
                 for start, text in OKS_PHASES),
               ("2018-07-01", "Otomatik katılım kapsamında cayma hakkınızı iki ay içinde "
                              "kullanabilirsiniz.")),
            _f("katki", FOOTER, 0.2, *_by_day(_ey_katki)),
            _f("getiri", FOOTER, 0.3, (_OLD, "Geçmiş getiriler gelecek dönem performansı için "
                                             "gösterge değildir.")),
            _f("egm", FOOTER, 0.2, (_OLD, "Fon getirilerini karşılaştırmak için: Emeklilik "
                                          "Gözetim Merkezi, egm.org.tr")),
            _f("unvan", FOOTER, 0.3, (_OLD, "Ege Yaşam ve Emeklilik A.Ş. · Mersis No: "
                                            "0325-0417-7880-0011 · Ataşehir/İstanbul")),
            _f("telif", FOOTER, 0.3, (_OLD, "© {year} Ege Yaşam ve Emeklilik A.Ş.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberdeki fon getirisi oranı "
                                                "güncellenmiştir.")),
        ),
    )


# --- a Kenyan savings and credit co-operative (in Swahili) --------------------------------

TS_REDESIGN = dt.date(2019, 6, 1)  # relaunched on Madaraka Day
SACCO_AGM = {2015: "2015-03-28", 2016: "2016-03-19", 2017: "2017-03-25", 2018: "2018-03-24",
             2019: "2019-03-30"}
SACCO_GAWIO = (("2014-03-29", ("2013", "11", "7")), ("2015-03-28", ("2014", "11.5", "7")),
               ("2016-03-19", ("2015", "12", "7.5")), ("2017-03-25", ("2016", "12", "8")),
               ("2018-03-24", ("2017", "12.5", "8")), ("2019-03-30", ("2018", "13", "8.5")),
               ("2020-09-05", ("2019", "10", "7.5")))
KE_ELECTIONS = (dt.date(2017, 8, 8), dt.date(2017, 10, 26))


def _tm_tarehe(day: dt.date) -> str:
    if day < TS_REDESIGN:
        return f"Tarehe: {day.day:02d}.{day.month:02d}.{day.year}"
    return _sw_long(day)


def _tm_gawio(start: str) -> str:
    year, gawio, riba = dict(SACCO_GAWIO)[start]
    return f"Gawio kwa hisa mwaka {year}: {gawio}% · Riba kwa amana: {riba}%"


@cache
def _tm_matangazo() -> Wordings:
    base = _steps((_OLD, "Jiunge na Tumaini Sacco leo: ada ya uanachama ni KSh 1,000 tu."))
    agm = [(iso_day(day) - 21 * ONE, iso_day(day) + ONE,
            f"Mkutano Mkuu wa Mwaka (AGM) {y}: {_sw_long(iso_day(day))}, Ukumbi wa "
            f"Jumuiya, Nyeri.") for y, day in SACCO_AGM.items()]
    agm.append(_span("2020-03-16", "2020-09-05", "AGM 2020 imeahirishwa kwa sababu ya janga "
                                                 "la corona; tutawajulisha tarehe mpya."))
    sikukuu: list[Event] = []
    for y in YEARS:
        for month, day_no, name in ((6, 1, "Madaraka"), (10, 20, "Mashujaa"),
                                    (12, 12, "Jamhuri")):
            day = dt.date(y, month, day_no)
            sikukuu.append((day - 3 * ONE, day + ONE,
                            f"Ofisi zetu zitafungwa {_sw_long(day)}, Sikukuu ya {name}."))
    sikukuu += [(day - 3 * ONE, day + ONE, f"Ofisi zetu zitafungwa {_sw_long(day)}, siku ya "
                                           f"uchaguzi.") for day in KE_ELECTIONS]
    return _calendar(base, agm, sikukuu)


def tumaini_style() -> PublisherStyle:
    """A Kenyan savings and credit co-operative's news, in Swahili: "Tarehe:" and the
    numeric date turned the weekday and the long date on Madaraka Day 2019 (a wording per
    day), a notice turned by each March AGM (put off in 2020), Madaraka, Mashujaa and
    Jamhuri days and the two 2017 polling days, an M-Pesa paybill line and an emergency
    loan line mid-body, last year's dividend and deposit interest (changing on each AGM's
    day), a PIN warning, the SASRA line, the contact line and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="tumainisacco.co.ke", site="Tumaini Sacco", base_size=30,
        subdomains=(("www.", 100),),
        sections=("habari", "matangazo", "mikopo"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("tarehe", HEADER, 0.85, *_by_day(_tm_tarehe)),
            _f("matangazo", HEADER, 0.25, *_tm_matangazo()),
            _f("mpesa", MIDDLE, 0.25, (_OLD, "Lipa kupitia M-Pesa: Paybill 555214, Akaunti: "
                                             "namba yako ya uanachama")),
            _f("mkopo", MIDDLE, 0.12, (_OLD, "Mkopo wa dharura: riba 1% kwa mwezi, marejesho "
                                             "hadi miezi 12.")),
            _f("gawio", FOOTER, 0.25, *table_wordings(
                tuple((start, start) for start, _ in SACCO_GAWIO), _tm_gawio)),
            _f("tahadhari", FOOTER, 0.25, (_OLD, "Tahadhari: wafanyakazi wa Sacco hawatakuuliza "
                                                 "PIN yako ya M-Pesa wala nenosiri.")),
            _f("sasra", FOOTER, 0.3, (_OLD, "Tumaini Sacco Society Ltd imepewa leseni na SASRA "
                                            "kuendesha biashara ya akiba na mikopo.")),
            _f("mawasiliano", FOOTER, 0.3, (_OLD, "Wasiliana nasi: 0722 555 014 · "
                                                  "info@tumainisacco.co.ke")),
            _f("haki", FOOTER, 0.3, (_OLD, "© {year} Tumaini Sacco Society Ltd")),
            _f("marekebisho", HEADER, 0.04, (_OLD, "Marekebisho: tarehe ya AGM imesahihishwa "
                                                   "katika tangazo hili.")),
        ),
    )


def heldout221_styles() -> list[PublisherStyle]:
    """The held-back-221 styles, in the order the generator hands them to publishers."""
    return [
        harbourmere_style(), sparkasse_style(), nadwislanski_style(), yildizbank_style(),
        cedarprairie_style(), benkiyapwani_style(), meghna_style(), rheinauer_style(),
        ashgrove_style(), podhale_style(), egeyasam_style(), tumaini_style(),
    ]
