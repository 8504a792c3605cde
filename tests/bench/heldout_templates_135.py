"""The ``held-back-135`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
disclaimer or an advertisement marker. The publishers are real estate, architecture and
construction press in English, German, Polish, Turkish, Arabic, Indonesian and Dutch: a
British property portal's news desk, a German construction trade weekly, a Polish property
portal's news pages, an international architecture magazine, a Turkish real estate news
site, a Saudi real estate news site (in Arabic, with the Hijri date), an Indonesian property
news portal, a Dutch construction trade site, a British district council's planning
bulletin, an American construction trade news site, a Polish construction and tenders portal
and a German architecture competitions journal. The families are the kinds a crawl of such
sites holds: dates localised day by day in English (British, American with AP month
abbreviations), German, Polish (genitive months), Turkish, Arabic (with the tabular Hijri
date), Indonesian (with WIB) and Dutch, several changing form on the day of a redesign;
lines that turn every week (the trade weekly's print issue, Warsaw's asking price per square
metre, the Saudi Ministry of Justice's weekly deals), every month (a portal's asking-price
index, Turkish house sales, a construction cost index, Polish construction output, an
architecture magazine's issue number, the next planning committee) and every quarter (the
German construction price index); price and rate lines that change by date (Bank Rate, the
NBP reference rate, BI Rate renamed the BI 7-Day Reverse Repo Rate, Turkish mortgage rates,
the German construction minimum wage, the Dutch NHG limit, the Polish minimum wage, Saudi VAT
and the real estate transaction tax, stamp duty reliefs, the Dutch reduced VAT rate); project
fact boxes (architect, client, area, contractor), tender and bid lines, photo, render and
visualisation credits, advertiser and sponsor disclosures; notices reworded in 2015-2020 and
notices that follow the calendars of the trade and of the region (Budgets, BAU and bauma,
the Venice Biennale, the Pritzker and Stirling prizes, ConExpo and World of Concrete,
Bouwbeurs, the nitrogen ruling, pre-election periods, Ramadan, the Eids and the Bayrams,
National Days, Indonesian Independence Day, Christmas closures, lockdowns); multi-line
blocks (fact boxes, imprints, legal lines), related links and advertisement markers mid-body
(some up to two times), bare lines and families in only 4% of articles beside ones in nearly
all. The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Period,
    Wordings,
    iso_day,
    jdn,
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
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # genitive: "5 marca"
W_MIESIACU = ("w styczniu", "w lutym", "w marcu", "w kwietniu", "w maju", "w czerwcu",
              "w lipcu", "w sierpniu", "we wrześniu", "w październiku", "w listopadzie",
              "w grudniu")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
ASHHUR = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MAANDEN = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
DAGEN = ("ma", "di", "wo", "do", "vr", "za", "zo")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") / 0xFFFFFFFF * 2 - 1


def trend(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """A value drawn straight between `points` ((ISO day, value), ...), flat outside them."""
    x = day.toordinal()
    marks = [(iso_day(p).toordinal(), v) for p, v in points]
    if x <= marks[0][0]:
        return marks[0][1]
    for (x0, y0), (x1, y1) in zip(marks, marks[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return marks[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line that changes on the days of `table`: from the oldest day the value in force on
    the set's first day, then a wording from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular (arithmetic) Islamic date of `day`: (year, month, day)."""
    n = jdn(day) - 1948440 + 10632
    cycle = (n - 1) // 10631
    n = n - 10631 * cycle + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * cycle + j - 30, month, n - (709 * month) // 24


def thousands(number: int, sep: str) -> str:
    """`number` with `sep` between groups of three digits."""
    return f"{number:,}".replace(",", sep)


def monthly(day: dt.date, publish: Callable[[int, int], dt.date], lag: int = 0
            ) -> tuple[int, int]:
    """The (year, month) a monthly figure published on `publish(y, m)` reports on `day`:
    that of the latest publication on or before `day`, `lag` months before its month."""
    y, m = day.year, day.month
    if day < publish(y, m):
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    m -= lag
    while m <= 0:
        y, m = y - 1, m + 12
    return y, m


def pct(now: float, before: float, comma: bool = False) -> str:
    text = f"{(now / before - 1) * 100:+.1f}"
    return text.replace(".", ",") if comma else text


# --- a British property portal's news desk ------------------------------------------------

PL_REDESIGN = dt.date(2018, 2, 5)
PL_NEWSLETTER = dt.date(2019, 1, 14)
BANK_RATE = (("2009-03-05", "0.5% (since 5 March 2009)"), ("2016-08-04", "0.25% (since 4 August "
                                                                       "2016)"),
             ("2017-11-02", "0.5% (since 2 November 2017)"),
             ("2018-08-02", "0.75% (since 2 August 2018)"),
             ("2020-03-11", "0.25% (since 11 March 2020)"),
             ("2020-03-19", "0.1% (since 19 March 2020)"))
BUDGETS = (("2015-03-18", "Budget 2015"), ("2015-07-08", "Summer Budget 2015"),
           ("2015-11-25", "Autumn Statement 2015"), ("2016-03-16", "Budget 2016"),
           ("2016-11-23", "Autumn Statement 2016"), ("2017-03-08", "Spring Budget 2017"),
           ("2017-11-22", "Autumn Budget 2017"), ("2018-10-29", "Budget 2018"),
           ("2020-03-11", "Budget 2020"))
ASKING = (("2015-01-15", 268_000.0), ("2015-06-15", 292_000.0), ("2015-12-15", 283_000.0),
          ("2016-06-15", 307_000.0), ("2016-12-15", 294_000.0), ("2017-06-15", 314_000.0),
          ("2017-12-15", 301_000.0), ("2018-06-15", 309_000.0), ("2018-12-15", 297_000.0),
          ("2019-06-15", 309_000.0), ("2019-12-15", 300_000.0), ("2020-06-15", 316_000.0),
          ("2020-10-15", 324_000.0), ("2021-01-15", 316_000.0))


def asking_price(y: int, m: int) -> int:
    """Made-up average asking price of the month (new sellers' homes), to the pound."""
    day = dt.date(y, m, 15)
    return int(round(trend(day, ASKING) * (1 + 0.008 * noise(day, "asking")), -1))


def asking_day(y: int, m: int) -> dt.date:
    """The asking-price index comes out on the third Monday of its month."""
    return nth_weekday(y, m, 0, 3)


def _pl_dated(day: dt.date) -> str:
    if day < PL_REDESIGN:
        suffix = "th" if 10 <= day.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10,
                                                                                 "th")
        return f"Posted on {day.day}{suffix} {MONTHS[day.month - 1]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year} "
            f"· {{time}}")


def _pl_asking(day: dt.date) -> str:
    y, m = monthly(day, asking_day)
    now, before = asking_price(y, m), asking_price(y - 1, m)
    return (f"Average asking price, {MONTHS[m - 1]} {y}: £{now:,} ({pct(now, before)}% year "
            f"on year)")


@cache
def _pl_notice() -> Wordings:
    base = _steps((_OLD, "Get our weekly property newsletter: sign up free"),
                  (PL_NEWSLETTER.isoformat(), "📬 The Move: prices, rents and mortgages in one "
                                              "Friday email from Propertyline. Sign up"))
    budgets = [(iso_day(day), iso_day(day, 3), f"💷 {name}: what it means for buyers, sellers "
                                               f"and landlords") for day, name in BUDGETS]
    lockdown = [
        _span("2020-03-23", "2020-05-12", "🏠 Mid-move in lockdown? Our guide for buyers and "
                                          "sellers whose sale is on hold"),
        _span("2020-05-13", "2020-06-14", "The market has reopened in England: how viewings "
                                          "and moves work now"),
    ]
    return _calendar(base, lockdown, budgets)


def propertyline_style() -> PublisherStyle:
    """A British property portal's news desk: a topic kicker, "Posted on" with the ordinal
    date turned the short weekday, date and time on 5 February 2018 (a wording per day),
    "By" turned "Words by" the writer with the beat, the month's average asking price and
    its change on a year earlier (a wording per month, from each third Monday), a rare
    sponsor disclosure, "Related:" and advertisement markers up to twice, Bank Rate (the
    cuts and rises of 2016-2020), a stamp duty line reworded for the second-home surcharge,
    the first-time buyers' relief and the 2020 holiday, a figures-are-a-guide line, a
    newsletter line reworded and turned by each Budget and the 2020 lockdown, the publisher
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="propertylinenews.co.uk", site="Propertyline", base_size=250,
        subdomains=(("www.", 100),),
        sections=("house-prices", "renting", "mortgages", "new-homes", "landlords"),
        n_authors=12, url_path="/news/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("HOUSE PRICES", "RENTING", "MORTGAGES", "NEW HOMES", "LANDLORDS",
                       "FIRST-TIME BUYERS", "PROPERTY MARKET"),
            "beat": ("Property Editor", "Housing Correspondent", "Mortgages Reporter",
                     "Lettings Editor", "Data Editor"),
            "partner": ("Harbourside Mortgages", "Kestrel Conveyancing", "MoveWell Removals",
                        "Brightkey Lettings"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.92, *_by_day(_pl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (PL_REDESIGN.isoformat(), "Words by {author}, {author_beat}")),
            _f("sponsored", HEADER, 0.06, (_OLD, "Sponsored by {partner}: this article was "
                                                 "paid for by the advertiser and written by "
                                                 "our commercial team.")),
            _f("asking", HEADER, 0.22, *_by_day(_pl_asking)),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("bank-rate", FOOTER, 0.2, *from_table(BANK_RATE,
                                                      lambda v: f"Bank of England base rate: "
                                                                f"{v}")),
            _f("stamp-duty", FOOTER, 0.18,
               (_OLD, "Stamp duty: use our calculator to see what you would pay."),
               ("2016-04-01", "Buying a second home or a buy-to-let? A 3% stamp duty surcharge "
                              "applies to purchases from 1 April 2016."),
               ("2017-11-22", "First-time buyers now pay no stamp duty on homes up to "
                              "£300,000."),
               ("2020-07-08", "Stamp duty holiday: no stamp duty on the first £500,000 of a "
                              "home bought in England until 31 March 2021.")),
            _f("guide", FOOTER, 0.35, (_OLD, "Prices and figures quoted are a guide only and "
                                             "were correct at the time of writing.")),
            _f("notice", FOOTER, 0.3, *_pl_notice()),
            _f("publisher", FOOTER, 0.3, (_OLD, "Propertyline News is the news desk of "
                                                "Propertyline Ltd, registered in England and "
                                                "Wales no. 07651843.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Propertyline Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong region for the largest "
                                                  "price rise.")),
        ),
    )


# --- a German construction trade weekly ---------------------------------------------------

BR_REDESIGN = dt.date(2019, 4, 8)  # relaunched on the opening day of bauma 2019
BR_NEWSLETTER = dt.date(2017, 9, 1)
MINDESTLOHN_BAU = (("2014-01-01", "11,10"), ("2015-01-01", "11,15"), ("2016-01-01", "11,25"),
                   ("2017-01-01", "11,30"), ("2018-01-01", "11,75"), ("2019-01-01", "12,20"),
                   ("2020-01-01", "12,55"))
BAUPREIS = (("2014-11-15", 98.6), ("2015-11-15", 100.6), ("2016-11-15", 102.8),
            ("2017-11-15", 106.3), ("2018-11-15", 111.5), ("2019-11-15", 115.8),
            ("2020-05-15", 117.9), ("2020-08-15", 116.6), ("2020-11-15", 117.4))
BAU_FAIRS = (("2015-01-19", "2015-01-24", "BAU 2015"), ("2016-04-11", "2016-04-17", "bauma 2016"),
             ("2017-01-16", "2017-01-21", "BAU 2017"), ("2019-01-14", "2019-01-19", "BAU 2019"),
             ("2019-04-08", "2019-04-14", "bauma 2019"))


def baupreis(y: int, q: int) -> float:
    """Made-up construction price index for new dwellings (2015 = 100) of a quarter."""
    day = dt.date(y, 3 * q - 1, 15)
    return round(trend(day, BAUPREIS) * (1 + 0.002 * noise(day, "baupreis")), 1)


def baupreis_day(y: int, m: int) -> dt.date:
    """The quarter's index comes out on the 10th of February, May, August and November."""
    return dt.date(y, m, 10)


def _br_quarter(day: dt.date) -> tuple[int, int]:
    """The (year, quarter) the index published last on or before `day` is for."""
    y = day.year
    out = (y - 1, 3)
    for m, (qy, q) in ((2, (y - 1, 4)), (5, (y, 1)), (8, (y, 2)), (11, (y, 3))):
        if day >= baupreis_day(y, m):
            out = (qy, q)
    return out


def _br_baupreis(day: dt.date) -> str:
    y, q = _br_quarter(day)
    now, before = baupreis(y, q), baupreis(y - 1, q)
    index = f"{now:.1f}".replace(".", ",")
    return (f"Baupreisindex Wohngebäude (2015 = 100): {index} im {q}. Quartal {y} "
            f"({pct(now, before, comma=True)} % zum Vorjahresquartal)")


def _br_datum(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Veröffentlicht: {day.day}. {MONATE[day.month - 1]} {day.year}, {{time}} Uhr"


def _br_ausgabe(day: dt.date) -> str:
    friday = weekday_on_or_before(day, 4)
    first = nth_weekday(friday.year, 1, 4, 1)
    return (f"Aus der Printausgabe {(friday - first).days // 7 + 1}/{friday.year} vom "
            f"{friday.day:02d}.{friday.month:02d}.{friday.year}")


@cache
def _br_hinweis() -> Wordings:
    base = _steps((_OLD, "Den BauRundschau-Newsletter kostenlos abonnieren"),
                  (BR_NEWSLETTER.isoformat(), "📰 Jeden Freitag das Wichtigste vom Bau: "
                                              "jetzt den BauRundschau-Newsletter abonnieren"))
    fairs = [_span(first, last, f"{name} in München: alle Messeberichte der Redaktion")
             for first, last, name in BAU_FAIRS]
    corona = [_span("2020-03-16", "2020-06-30", "🦺 Corona und Baustelle: Was Betriebe jetzt "
                                                "wissen müssen")]
    return _calendar(base, corona, fairs)


def baurundschau_style() -> PublisherStyle:
    """A German construction trade weekly: a section from a pool, the numeric date turned
    "Veröffentlicht:" with the long date and the time on the opening day of bauma 2019 (a
    wording per day), "Von" turned "Autor:" the writer, the print issue with its number and
    Friday (a wording per week), "Anzeige" up to twice, "Auch interessant:" and a photo
    credit from a pool mid-body, the construction price index of the last quarter and its
    change on a year earlier (a wording per quarter), the construction minimum wage
    (changing each January), the day's count of new tenders, a newsletter line reworded and
    turned by BAU and bauma and the pandemic, the imprint and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="baurundschau.de", site="BauRundschau", base_size=220,
        subdomains=(("www.", 100),),
        sections=("hochbau", "tiefbau", "baustoffe", "baumaschinen", "recht", "betrieb"),
        n_authors=9, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrik": ("Hochbau", "Tiefbau", "Baustoffe", "Baumaschinen", "Baurecht",
                       "Betrieb & Management", "Personalien"),
            "foto": ("BauRundschau / Jens Köhler", "Hersteller", "dpa", "Bauherr",
                     "Adobe Stock"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.88, *_by_day(_br_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (BR_REDESIGN.isoformat(), "Autor: {author} | Redaktion BauRundschau")),
            _f("ausgabe", HEADER, 0.25, *_by_day(_br_ausgabe)),
            _f("anzeige", MIDDLE, 0.35, (_OLD, "Anzeige"), count=2),
            _f("interessant", MIDDLE, 0.3, (_OLD, "Auch interessant: {other_title}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("baupreis", FOOTER, 0.18, *_by_day(_br_baupreis)),
            _f("mindestlohn", FOOTER, 0.15, *from_table(
                MINDESTLOHN_BAU, lambda v: f"Mindestlohn im Bauhauptgewerbe (West, "
                                           f"Lohngruppe 1): {v} Euro pro Stunde")),
            _f("vergabe", FOOTER, 0.2, (_OLD, "{count} neue Ausschreibungen heute im "
                                              "Vergabeportal der BauRundschau")),
            _f("hinweis", FOOTER, 0.3, *_br_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "BauRundschau erscheint wöchentlich im "
                                                 "BauRundschau Verlag GmbH, Kassel.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} BauRundschau Verlag GmbH – "
                                                 "Nachdruck nur mit Genehmigung")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war "
                                                 "das Auftragsvolumen zu hoch angegeben.")),
        ),
    )


# --- a Polish property portal's news pages ------------------------------------------------

RM_REDESIGN = dt.date(2017, 10, 2)
RM_RODO = dt.date(2018, 5, 25)  # the GDPR ("RODO") applies
RM_PLUS = dt.date(2019, 1, 1)
STOPA_NBP = (("2014-10-09", "2,00"), ("2015-03-05", "1,50"), ("2020-03-18", "1,00"),
             ("2020-04-09", "0,50"), ("2020-05-29", "0,10"))
WARSZAWA = (("2015-01-05", 7_620.0), ("2016-01-04", 7_790.0), ("2017-01-02", 8_050.0),
            ("2018-01-01", 8_640.0), ("2019-01-07", 9_630.0), ("2020-01-06", 10_910.0),
            ("2020-06-01", 11_150.0), ("2021-01-04", 11_720.0))


def warszawa(monday: dt.date) -> int:
    """Made-up average asking price per square metre in Warsaw in the week to `monday`."""
    return int(round(trend(monday, WARSZAWA) * (1 + 0.006 * noise(monday, "waw"))))


def _rm_data(day: dt.date) -> str:
    if day < RM_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return (f"{DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year} r., "
            f"godz. {{time}}")


def _rm_cena(day: dt.date) -> str:
    monday = weekday_on_or_before(day, 0)
    sunday = monday - ONE
    return (f"Średnia cena ofertowa mieszkań w Warszawie: {thousands(warszawa(monday), ' ')} "
            f"zł/m² (tydzień do {sunday.day:02d}.{sunday.month:02d})")


@cache
def _rm_program() -> Wordings:
    base = _steps((_OLD, "Sprawdź, czy kwalifikujesz się do programu Mieszkanie dla Młodych"),
                  (RM_PLUS.isoformat(), "🏢 Mieszkanie Plus: sprawdź, gdzie trwają nabory "
                                        "wniosków"))
    limits = _yearly("01-02", 6, 3, lambda y: f"Mieszkanie dla Młodych: nabór wniosków na "
                                              f"{y} r. rusza 2 stycznia",
                     years=range(2016, 2019))
    covid = [_span("2020-03-31", "2020-06-30", "Wakacje kredytowe: jak zawiesić spłatę raty "
                                               "kredytu hipotecznego")]
    return _calendar(base, covid, limits)


def rynekmieszkan_style() -> PublisherStyle:
    """A Polish property portal's news pages: a category from a pool, the numeric date and
    time turned the weekday, the genitive month, "r." and "godz." on 2 October 2017 (a
    wording per day), "Autor:", Warsaw's average asking price per square metre to the
    Sunday (a wording per week), a rare partner-material disclosure, "Czytaj także:" up to
    twice and "REKLAMA" mid-body, the NBP reference rate (the 2015 and 2020 cuts), a
    not-an-offer line, a programme line reworded from Mieszkanie dla Młodych to Mieszkanie
    Plus and turned by each January's new limits and the 2020 payment holidays, the cookie
    line reworded for the GDPR and the rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="rynekmieszkan24.pl", site="Rynek Mieszkań 24", base_size=195,
        subdomains=(("www.", 70), ("wiadomosci.", 30)),
        sections=("ceny", "kredyty", "najem", "inwestycje", "prawo"),
        n_authors=8, url_path="/wiadomosci/{section}/{slug},{n}",
        pools={
            "kategoria": ("Ceny mieszkań", "Kredyty hipoteczne", "Najem", "Inwestycje",
                          "Prawo i podatki", "Rynek pierwotny"),
            "partner": ("Bank Mazowiecki", "Osiedle Zielone Tarasy", "Kancelaria Notarialna "
                        "Wrona"),
        },
        families=(
            _f("kategoria", HEADER, 0.5, (_OLD, "{kategoria}")),
            _f("data", HEADER, 0.9, *_by_day(_rm_data)),
            _f("autor", HEADER, 0.6, (_OLD, "Autor: {author}")),
            _f("partner", HEADER, 0.07, (_OLD, "Materiał partnera: {partner}")),
            _f("cena", HEADER, 0.22, *_by_day(_rm_cena)),
            _f("czytaj", MIDDLE, 0.45, (_OLD, "Czytaj także: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "REKLAMA")),
            _f("stopa", FOOTER, 0.18, *from_table(STOPA_NBP,
                                                   lambda v: f"Stopa referencyjna NBP: {v} "
                                                             f"proc.")),
            _f("oferta", FOOTER, 0.3, (_OLD, "Podane ceny mają charakter informacyjny i nie "
                                             "stanowią oferty w rozumieniu Kodeksu "
                                             "cywilnego.")),
            _f("program", FOOTER, 0.22, *_rm_program()),
            _f("rodo", FOOTER, 0.25, (_OLD, "Serwis korzysta z plików cookies."),
               (RM_RODO.isoformat(), "Administratorem Twoich danych osobowych jest Rynek "
                                     "Mieszkań 24 sp. z o.o. Szczegóły w polityce "
                                     "prywatności.")),
            _f("prawa", FOOTER, 0.35, (_OLD, "Wszelkie prawa zastrzeżone © {year} Rynek "
                                             "Mieszkań 24 sp. z o.o.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji tekstu "
                                                    "podaliśmy błędną liczbę mieszkań w "
                                                    "inwestycji.")),
        ),
    )


# --- an international architecture magazine -----------------------------------------------

PM_REDESIGN = dt.date(2016, 5, 28)  # relaunched on the opening day of the 2016 Biennale
PM_WEEKLY = dt.date(2018, 12, 6)
PM_FIRST_ISSUE = (2015, 1, 61)  # the January 2015 issue was no. 61
PRITZKER = {2015: "2015-03-23", 2016: "2016-01-13", 2017: "2017-03-01", 2018: "2018-03-07",
            2019: "2019-03-05", 2020: "2020-03-04"}
STIRLING = {2015: "2015-10-15", 2016: "2016-10-06", 2017: "2017-10-26", 2018: "2018-10-10",
            2019: "2019-10-08"}
BIENNALES = (("2016-05-28", "2016-11-27", "2016"), ("2018-05-26", "2018-11-25", "2018"))


def issue_number(y: int, m: int) -> int:
    first_y, first_m, first_n = PM_FIRST_ISSUE
    return first_n + (y - first_y) * 12 + m - first_m


def _pm_dated(day: dt.date) -> str:
    if day < PM_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day:02d}.{day.month:02d}.{day.year % 100:02d}"


def _pm_issue(day: dt.date) -> str:
    return (f"From the {MONTHS[day.month - 1]} {day.year} issue of Plinth (no. "
            f"{issue_number(day.year, day.month)})")


@cache
def _pm_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to Plinth in print and online"),
                  (PM_WEEKLY.isoformat(), "📐 Plinth Weekly: new buildings, competitions and "
                                          "jobs every Thursday. Sign up"))
    biennale = [_span(first, last, f"Venice Architecture Biennale {y}: our guide to the "
                                   f"national pavilions") for first, last, y in BIENNALES]
    pritzker = [(iso_day(day), iso_day(day, 5), f"Pritzker Prize {y}: the laureate and the "
                                                f"work") for y, day in PRITZKER.items()]
    stirling = [(iso_day(day), iso_day(day, 4), f"RIBA Stirling Prize {y}: the winner and the "
                                                f"shortlist") for y, day in STIRLING.items()]
    postponed = [_span("2020-05-18", "2020-06-14", "The 2020 Architecture Biennale is put off "
                                                   "to 2021: what we know")]
    return _calendar(base, pritzker, stirling, postponed, biennale)


def plinth_style() -> PublisherStyle:
    """An international architecture magazine: the piece's type from a pool, the American
    long date turned the weekday and a dotted short date on the opening day of the 2016
    Venice Biennale (a wording per day), "Words:" turned "Text by", the print issue's month
    and number (a wording per month), a members line, photography credits (reworded, up to
    twice) and render credits mid-body, "See also:", the project fact box (a heading, the
    architect, the client, the area and the contractor from pools: a block), a subscription
    line reworded and turned by the Biennales, the Pritzker and Stirling prizes and the
    2020 postponement, the copyright line with the image rights, a rare correction."""
    return PublisherStyle(
        domain="plinthmagazine.com", site="Plinth", base_size=170,
        subdomains=(("www.", 100),),
        sections=("buildings", "news", "opinion", "competitions", "interiors", "reviews"),
        n_authors=10, url_path="/{section}/{slug}",
        pools={
            "kind": ("Building study", "News", "Opinion", "Competition", "Interiors",
                     "Review", "Obituary"),
            "photographer": ("Hanne Vestergaard", "Tomas Reilly", "Hoyle + Crane",
                             "Ruth Garside", "Jonas Dahl", "Ola Bergstrøm"),
            "practice": ("Marsh Ostrander Architects", "Studio Vell", "Atelier Korff",
                         "North & Lime", "Haldane Pereira", "Office Quarry"),
            "visualiser": ("Vantage Visuals", "Plane & Line", "Nordlys Studio",
                           "Halftone CGI"),
            "client": ("Kelvin Housing Association", "the University of Harwell",
                       "a private client", "Dunmore City Council", "Quayside Estates"),
            "area": ("1,250", "3,400", "640", "12,800", "2,150", "480"),
            "contractor": ("Bramhall Construction", "Ostin & Webb", "Carrick Build",
                           "Sable Contracting"),
        },
        families=(
            _f("kind", HEADER, 0.5, (_OLD, "{kind}")),
            _f("dated", HEADER, 0.85, *_by_day(_pm_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "Words: {author}"),
               (PM_REDESIGN.isoformat(), "Text by {author}")),
            _f("issue", HEADER, 0.15, *_by_day(_pm_issue)),
            _f("members", HEADER, 0.12, (_OLD, "This article is for Plinth subscribers"),
               ("2019-02-01", "🔑 Plinth Members: unlock this building study with a "
                              "membership")),
            _f("photo", MIDDLE, 0.45, (_OLD, "Photo: {photographer}"),
               (PM_REDESIGN.isoformat(), "Photography: {photographer}"), count=2),
            _f("render", MIDDLE, 0.2, (_OLD, "Render: {visualiser} for {practice}")),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("facts", FOOTER, 0.3, (_OLD, "Project data")),
            _f("architect", FOOTER, 0.3, (_OLD, "Architect: {practice}")),
            _f("client", FOOTER, 0.25, (_OLD, "Client: {client}")),
            _f("area", FOOTER, 0.2, (_OLD, "Gross internal area: {area} m²")),
            _f("contractor", FOOTER, 0.2, (_OLD, "Main contractor: {contractor}")),
            _f("notice", FOOTER, 0.3, *_pm_notice()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Plinth Media. Images © the "
                                                 "photographers and architects.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this piece originally named "
                                                  "the wrong structural engineer.")),
        ),
    )


# --- a Turkish real estate news site ------------------------------------------------------

EG_REDESIGN = dt.date(2018, 10, 29)  # relaunched on Republic Day
EG_KVKK = dt.date(2016, 4, 7)  # the personal data protection law (6698) is published
EG_BILDIRIM = dt.date(2019, 3, 1)
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}
KONUT_FAIZI = (("2014-12-01", "0,99"), ("2016-09-01", "0,89"), ("2018-06-01", "1,25"),
               ("2018-09-01", "1,89"), ("2019-08-01", "1,09"), ("2019-10-01", "0,98"),
               ("2020-06-01", "0,64"), ("2020-09-15", "1,09"))


def konut_satis(y: int, m: int) -> int:
    """Made-up monthly house sales in Turkey (the pandemic's April and the summer's cheap
    loans in 2020)."""
    season = (0.82, 0.86, 0.98, 0.95, 0.98, 1.0, 0.95, 1.0, 1.05, 1.08, 1.05, 1.45)
    special = {(2020, 4): 0.38, (2020, 5): 0.5, (2020, 6): 1.63, (2020, 7): 1.98,
               (2020, 8): 1.48, (2018, 12): 1.12}
    base = {2013: 94, 2014: 96, 2015: 101, 2016: 112, 2017: 117, 2018: 114, 2019: 112, 2020: 118}
    value = base[y] * 1000 * season[m - 1] * special.get((y, m), 1.0)
    return int(value * (1 + 0.03 * noise(dt.date(y, m, 1), "konut")))


def _eg_tarih(day: dt.date) -> str:
    if day < EG_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return (f"Yayınlanma: {day.day} {AYLAR[day.month - 1]} {day.year} "
            f"{GUNLER[day.weekday()]} {{time}}")


def _eg_satis(day: dt.date) -> str:
    y, m = monthly(day, lambda yy, mm: dt.date(yy, mm, 16), lag=1)
    now, before = konut_satis(y, m), konut_satis(y - 1, m)
    return (f"TÜİK: {y} {AYLAR[m - 1]} ayında {thousands(now, '.')} konut satıldı (yıllık "
            f"%{pct(now, before, comma=True)})")


@cache
def _eg_duyuru() -> Wordings:
    base = _steps((_OLD, "Emlak Gündemi'ni Google Haberler'de takip edin"),
                  (EG_BILDIRIM.isoformat(), "🔔 Son dakika emlak haberleri için bildirimlere "
                                            "izin verin"))
    ramazan = [(iso_day(day, -1), iso_day(day, 3), f"🌙 Ramazan Bayramınız mübarek olsun "
                                                   f"({y})") for y, day in
               RAMAZAN_BAYRAMI.items()]
    kurban = [(iso_day(day, -1), iso_day(day, 4), f"Kurban Bayramınız mübarek olsun ({y})")
              for y, day in KURBAN_BAYRAMI.items()]
    cumhuriyet = _yearly("10-29", 1, 0, lambda y: f"🇹🇷 Cumhuriyet Bayramımızın {y - 1923}. "
                                                  f"yıl dönümü kutlu olsun")
    evde = [_span("2020-03-20", "2020-05-31", "Evde kal Türkiye: tapu işlemleri için randevu "
                                              "alın")]
    return _calendar(base, ramazan, kurban, cumhuriyet, evde)


def emlakgundemi_style() -> PublisherStyle:
    """A Turkish real estate news site: a category from a pool, the numeric date and time
    turned "Yayınlanma:" with the month's name and the weekday on Republic Day 2018 (a
    wording per day), "Haber:", a source from a pool, the last month's house sales from
    TÜİK and their change on a year earlier (a wording per month, from each 16th),
    "İlginizi çekebilir:" up to twice and "Reklam" mid-body, the state banks' mortgage rate
    (the 2018 rise, the 2020 cheap-loan campaign), a line reworded from Google News to
    notifications and turned by the Bayrams, Republic Day and the 2020 stay-at-home
    weeks, the legal warning, the data-protection line reworded for the 2016 law and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="emlakgundemi.com.tr", site="Emlak Gündemi", base_size=150,
        subdomains=(("www.", 100),),
        sections=("konut", "kentsel-donusum", "kredi", "proje", "mevzuat"),
        n_authors=6, url_path="/haber/{slug}-{n}",
        pools={
            "kategori": ("Konut", "Kentsel Dönüşüm", "Konut Kredisi", "Ticari Gayrimenkul",
                         "Projeler", "Mevzuat"),
            "kaynak": ("AA", "DHA", "İHA", "Emlak Gündemi"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.9, *_by_day(_eg_tarih)),
            _f("muhabir", HEADER, 0.5, (_OLD, "Haber: {author}")),
            _f("kaynak", HEADER, 0.3, (_OLD, "Kaynak: {kaynak}")),
            _f("satis", HEADER, 0.2, *_by_day(_eg_satis)),
            _f("ilginizi", MIDDLE, 0.45, (_OLD, "İlginizi çekebilir: {other_title}"), count=2),
            _f("reklam", MIDDLE, 0.3, (_OLD, "Reklam")),
            _f("faiz", FOOTER, 0.2, *from_table(KONUT_FAIZI, lambda v: (
                f"Kamu bankalarında konut kredisi faizi: aylık en düşük %{v}"))),
            _f("duyuru", FOOTER, 0.3, *_eg_duyuru()),
            _f("yasal", FOOTER, 0.35, (_OLD, "Yasal Uyarı: Yayınlanan haberlerin tüm hakları "
                                             "saklıdır; kaynak gösterilmeden alıntı "
                                             "yapılamaz.")),
            _f("kvkk", FOOTER, 0.15, (_OLD, "Sitemizde çerezler kullanılmaktadır."),
               (EG_KVKK.isoformat(), "Kişisel verileriniz 6698 sayılı KVKK kapsamında "
                                     "işlenmektedir.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Emlak Gündemi - Tüm hakları "
                                                "saklıdır.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberin ilk halinde projenin "
                                                "teslim tarihi yanlış yazılmıştır.")),
        ),
    )


# --- a Saudi real estate news site (in Arabic) --------------------------------------------

AQ_REDESIGN = dt.date(2017, 9, 23)  # relaunched on National Day
AQ_APP = dt.date(2019, 3, 3)
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-23", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
VAT_DAY, VAT_15, RETT_DAY = dt.date(2018, 1, 1), dt.date(2020, 7, 1), dt.date(2020, 10, 4)


def safaqat(thursday: dt.date) -> tuple[int, float]:
    """Made-up weekly real estate deals (count, billion riyals) to `thursday`."""
    count = trend(thursday, (("2015-01-01", 6200.0), ("2017-06-01", 4300.0),
                             ("2019-06-01", 5200.0), ("2020-04-01", 1500.0),
                             ("2020-07-01", 6800.0), ("2021-01-01", 7400.0)))
    value = count * 0.00105 * (1 + 0.1 * noise(thursday, "riyal"))
    return int(count * (1 + 0.08 * noise(thursday, "safqa"))), round(value, 1)


def _aq_tarikh(day: dt.date) -> str:
    gregorian = f"{day.day} {ASHHUR[day.month - 1]} {day.year}"
    if day < AQ_REDESIGN:
        return f"{AYYAM[day.weekday()]} {gregorian}"
    hy, hm, hd = hijri(day)
    return f"{AYYAM[day.weekday()]} {hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ الموافق {gregorian} م"


def _aq_safaqat(day: dt.date) -> str:
    thursday = weekday_on_or_before(day - 2 * ONE, 3)  # published on Saturday
    count, value = safaqat(thursday)
    return (f"مؤشر الصفقات العقارية للأسبوع المنتهي الخميس {thursday.day} "
            f"{ASHHUR[thursday.month - 1]}: {count} صفقة بقيمة {value} مليار ريال")


@cache
def _aq_tanbih() -> Wordings:
    base = _steps((_OLD, "تابعوا آخر أخبار العقار عبر حساباتنا في تويتر وسناب شات"),
                  (AQ_APP.isoformat(), "📱 حمّلوا تطبيق أخبار العقار لمتابعة المؤشرات لحظة "
                                       "بلحظة"))
    ramadan = [(iso_day(RAMADAN[y]), iso_day(EID_FITR[y]), f"🌙 رمضان كريم — كل عام وأنتم "
                                                          f"بخير {hijri(iso_day(RAMADAN[y]))[0]}هـ")
               for y in YEARS]
    fitr = [(iso_day(day), iso_day(day, 4), f"عيد فطر مبارك {hijri(iso_day(day))[0]}هـ")
            for day in EID_FITR.values()]
    adha = [(iso_day(day, -1), iso_day(day, 4), f"عيد أضحى مبارك {hijri(iso_day(day))[0]}هـ")
            for day in EID_ADHA.values()]
    national = _yearly("09-23", 2, 1, lambda y: f"🇸🇦 اليوم الوطني السعودي {y}")
    curfew = [_span("2020-03-23", "2020-04-23", "خدمات الإفراغ العقاري متاحة إلكترونياً طوال "
                                                "فترة منع التجول")]
    return _calendar(base, curfew, fitr, adha, ramadan, national)


def akhbaraliqar_style() -> PublisherStyle:
    """A Saudi real estate news site (in Arabic): a section from a pool, the weekday and the
    Gregorian date turned the tabular Hijri date "الموافق" the Gregorian on National Day
    2017 (a wording per day), "كتب:", a source from a pool, the Ministry of Justice's weekly
    deals to the Thursday (a wording per week, from each Saturday), "اقرأ أيضاً:" up to
    twice and "إعلان" mid-body, a tax line from VAT at 5% in 2018 and 15% in July 2020 to
    the real estate transaction tax in October 2020, a follow-us line reworded for the app
    and turned by Ramadan and the Eids (with their Hijri years), National Day and the
    curfew, the disclaimer and the rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="akhbaraliqar.com", site="أخبار العقار", base_size=130,
        subdomains=(("www.", 100),),
        sections=("residential", "commercial", "finance", "projects", "regulation"),
        n_authors=5, url_path="/news/{n}",
        pools={
            "qism": ("السكني", "التجاري", "التمويل العقاري", "مشاريع", "أنظمة وتشريعات",
                     "مؤشرات السوق"),
            "masdar": ("واس", "وزارة الإسكان", "وزارة العدل", "الهيئة العامة للعقار",
                       "أخبار العقار"),
        },
        families=(
            _f("qism", HEADER, 0.5, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.88, *_by_day(_aq_tarikh)),
            _f("katib", HEADER, 0.5, (_OLD, "كتب: {author}")),
            _f("masdar", HEADER, 0.25, (_OLD, "المصدر: {masdar}")),
            _f("safaqat", HEADER, 0.2, *_by_day(_aq_safaqat)),
            _f("iqra", MIDDLE, 0.4, (_OLD, "اقرأ أيضاً: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.3, (_OLD, "إعلان")),
            _f("dariba", FOOTER, 0.2,
               (_OLD, "الأسعار الواردة في الخبر تقديرية وقابلة للتغيير."),
               (VAT_DAY.isoformat(), "الأسعار الواردة لا تشمل ضريبة القيمة المضافة (5%)."),
               (VAT_15.isoformat(), "الأسعار الواردة لا تشمل ضريبة القيمة المضافة (15%)."),
               (RETT_DAY.isoformat(), "تخضع التصرفات العقارية لضريبة بنسبة 5% بدلاً من "
                                      "ضريبة القيمة المضافة.")),
            _f("tanbih", FOOTER, 0.3, *_aq_tanbih()),
            _f("ikhla", FOOTER, 0.25, (_OLD, "المحتوى لأغراض إعلامية فقط ولا يُعد توصية "
                                             "بالشراء أو البيع.")),
            _f("huquq", FOOTER, 0.35, (_OLD, "جميع الحقوق محفوظة لـ أخبار العقار © {year}")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: ورد في نسخة سابقة من الخبر رقم خاطئ "
                                              "لعدد الوحدات السكنية.")),
        ),
    )


# --- an Indonesian property news portal ---------------------------------------------------

PK_REDESIGN = dt.date(2019, 8, 17)  # relaunched on Independence Day
BI_RENAMED = dt.date(2016, 8, 19)  # the BI 7-Day (Reverse) Repo Rate replaces the BI Rate
BI_RATE = (("2014-11-18", "7,75"), ("2015-02-17", "7,50"), ("2016-01-14", "7,25"),
           ("2016-02-18", "7,00"), ("2016-03-17", "6,75"), ("2016-08-19", "5,25"),
           ("2016-09-22", "5,00"), ("2016-10-20", "4,75"), ("2017-08-22", "4,50"),
           ("2017-09-22", "4,25"), ("2018-05-17", "4,50"), ("2018-05-30", "4,75"),
           ("2018-06-29", "5,25"), ("2018-08-15", "5,50"), ("2018-09-27", "5,75"),
           ("2018-11-15", "6,00"), ("2019-07-18", "5,75"), ("2019-08-22", "5,50"),
           ("2019-09-19", "5,25"), ("2019-10-24", "5,00"), ("2020-02-20", "4,75"),
           ("2020-03-19", "4,50"), ("2020-06-18", "4,25"), ("2020-07-16", "4,00"),
           ("2020-11-19", "3,75"))
AWAL_RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
                2019: "2019-05-06", 2020: "2020-04-24"}
IDUL_FITRI = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
              2019: "2019-06-05", 2020: "2020-05-24"}


def _pk_tanggal(day: dt.date) -> str:
    if day < PK_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}, {{time}} WIB"
    return f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year} | {{time}} WIB"


def _pk_bi(start: str, value: str) -> str:
    if start < BI_RENAMED.isoformat():
        return f"BI Rate saat ini: {value}%"
    return f"BI 7-Day Reverse Repo Rate saat ini: {value}%"


@cache
def _pk_info() -> Wordings:
    base = _steps((_OLD, "Ikuti berita properti terkini Properti Kini di Google News"),
                  (PK_REDESIGN.isoformat(), "📲 Unduh aplikasi Properti Kini: cari rumah, hitung "
                                            "KPR, baca berita"))
    ramadan = [(iso_day(AWAL_RAMADAN[y]), iso_day(IDUL_FITRI[y]),
                f"Marhaban ya Ramadan {hijri(iso_day(AWAL_RAMADAN[y]))[0]} H") for y in YEARS]
    lebaran = [(iso_day(day), iso_day(day, 7), f"Selamat Hari Raya Idul Fitri "
                                               f"{hijri(iso_day(day))[0]} H, mohon maaf lahir "
                                               f"dan batin") for day in IDUL_FITRI.values()]
    merdeka = _yearly("08-17", 3, 1, lambda y: f"🇮🇩 Dirgahayu Republik Indonesia ke-{y - 1945}")
    psbb = [_span("2020-04-10", "2020-06-04", "PSBB: kantor pemasaran tutup, kunjungi pameran "
                                              "properti virtual kami")]
    return _calendar(base, lebaran, psbb, ramadan, merdeka)


def propertikini_style() -> PublisherStyle:
    """An Indonesian property news portal: a channel from a pool, the numeric date with the
    time and WIB turned the weekday and the month's name on Independence Day 2019 (a
    wording per day), "Penulis:" turned the writer and the editor, a rare advertorial
    disclosure, "Baca juga:" up to twice and "Iklan" mid-body, Bank Indonesia's policy rate
    (each decision, the BI Rate renamed the 7-Day Reverse Repo Rate in August 2016), a
    prices-may-change line, a Google News line reworded for the app and turned by Ramadan
    and Idul Fitri (with their Hijri years), Independence Day and the large-scale social
    restrictions, the copyright line and the media-guidelines line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="propertikini.co.id", site="Properti Kini", base_size=110,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("hunian", "kpr", "infrastruktur", "apartemen", "tips"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}/{n}/{slug}",
        pools={
            "kanal": ("Hunian", "KPR", "Infrastruktur", "Apartemen", "Tips Properti",
                      "Komersial"),
            "mitra": ("Bank Nusantara Syariah", "Grand Citra Residence", "Kota Mandiri "
                      "Cikarang Baru"),
        },
        families=(
            _f("kanal", HEADER, 0.5, (_OLD, "{kanal}")),
            _f("tanggal", HEADER, 0.9, *_by_day(_pk_tanggal)),
            _f("penulis", HEADER, 0.6, (_OLD, "Penulis: {author}"),
               (PK_REDESIGN.isoformat(), "Penulis: {author} | Editor: {author2}")),
            _f("advertorial", HEADER, 0.06, (_OLD, "Advertorial: artikel ini hasil kerja sama "
                                                   "dengan {mitra}")),
            _f("baca", MIDDLE, 0.5, (_OLD, "Baca juga: {other_title}"), count=2),
            _f("iklan", MIDDLE, 0.3, (_OLD, "Iklan")),
            _f("suku-bunga", FOOTER, 0.18, (_OLD, _pk_bi(_OLD, value_on(FIRST_DAY, BI_RATE))),
               *[(start, _pk_bi(start, value)) for start, value in BI_RATE
                 if start > FIRST_DAY.isoformat()]),
            _f("harga", FOOTER, 0.3, (_OLD, "Harga dapat berubah sewaktu-waktu tanpa "
                                            "pemberitahuan.")),
            _f("info", FOOTER, 0.3, *_pk_info()),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} Properti Kini. All rights "
                                                 "reserved.")),
            _f("pedoman", FOOTER, 0.15, (_OLD, "Pedoman Media Siber · Kode Etik · Disclaimer")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: berita ini telah diperbaiki pada nilai "
                                             "cicilan KPR.")),
        ),
    )


# --- a Dutch construction trade site ------------------------------------------------------

BP_REDESIGN = dt.date(2018, 1, 2)
BP_BTW = dt.date(2019, 1, 1)  # the reduced VAT rate goes from 6% to 9%
NHG_GRENS = (("2014-07-01", "€ 265.000"), ("2015-01-01", "€ 245.000"),
             ("2016-01-01", "€ 231.000"), ("2017-01-01", "€ 247.450"),
             ("2018-01-01", "€ 265.000"), ("2019-01-01", "€ 290.000"),
             ("2020-01-01", "€ 310.000"))
BOUWBEURZEN = (("2015-02-09", "2015-02-13", "2015"), ("2017-02-06", "2017-02-10", "2017"))


def _bp_datum(day: dt.date) -> str:
    if day < BP_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year} om {{time}}"


@cache
def _bp_melding() -> Wordings:
    base = _steps((_OLD, "Ontvang de Bouwpost-nieuwsbrief elke werkdag gratis in je mailbox"))
    beurs = [_span(first, last, f"Bouwbeurs {y} in de Jaarbeurs: al het nieuws van de "
                                f"beursvloer") for first, last, y in BOUWBEURZEN]
    stikstof = [_span("2019-05-29", "2019-12-20", "⚠️ Stikstofuitspraak: wat betekent die voor "
                                                  "jouw bouwproject?")]
    pfas = [_span("2019-07-08", "2019-12-31", "PFAS in de grond: volg hier de laatste "
                                              "normen")]
    corona = [_span("2020-03-19", "2020-06-30", "🦺 Corona: de bouw gaat door volgens het "
                                                "protocol Samen veilig doorwerken")]
    return _calendar(base, corona, stikstof, pfas, beurs)


def bouwpost_style() -> PublisherStyle:
    """A Dutch construction trade site: a section from a pool, the numeric date turned the
    short weekday, the short month and "om" the time on 2 January 2018 (a wording per
    day), "Door", "Lees ook:" and "Advertentie" (up to twice) mid-body, a tender line with
    its TenderNed number, an image credit from a pool, the NHG cost limit (changing each
    January), the reduced VAT rate on renovation work (6% turned 9% in 2019), a newsletter
    line turned by the Bouwbeurs, the nitrogen ruling, PFAS and the pandemic protocol, the
    no-rights line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bouwpost.nl", site="Bouwpost", base_size=90,
        subdomains=(("www.", 100),),
        sections=("woningbouw", "infra", "utiliteitsbouw", "installatie", "duurzaam"),
        n_authors=5, url_path="/nieuws/{section}/{n}/{slug}",
        pools={
            "rubriek": ("Woningbouw", "Infra", "Utiliteitsbouw", "Installatietechniek",
                        "Duurzaam bouwen", "Aanbesteden"),
            "aanbesteding": ("renovatie brug over het Twentekanaal", "nieuwbouw brede school "
                             "Hoogeveen", "onderhoud kademuren Zaandam",
                             "verduurzaming 240 huurwoningen Tilburg"),
            "beeld": ("Bouwpost", "ANP", "aannemer", "gemeente", "architect"),
        },
        families=(
            _f("rubriek", HEADER, 0.45, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.88, *_by_day(_bp_datum)),
            _f("auteur", HEADER, 0.5, (_OLD, "Door {author}")),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}")),
            _f("advertentie", MIDDLE, 0.3, (_OLD, "Advertentie"), count=2),
            _f("aanbesteding", MIDDLE, 0.15, (_OLD, "Aanbesteding: {aanbesteding} (TenderNed "
                                                    "{n})")),
            _f("beeld", MIDDLE, 0.25, (_OLD, "Beeld: {beeld}")),
            _f("nhg", FOOTER, 0.15, *from_table(NHG_GRENS,
                                                 lambda v: f"NHG-kostengrens dit jaar: {v}")),
            _f("btw", FOOTER, 0.12,
               (_OLD, "Laag btw-tarief op arbeidskosten bij renovatie van woningen ouder dan "
                      "twee jaar: 6%"),
               (BP_BTW.isoformat(), "Laag btw-tarief op arbeidskosten bij renovatie van "
                                    "woningen ouder dan twee jaar: 9%")),
            _f("melding", FOOTER, 0.3, *_bp_melding()),
            _f("ontleend", FOOTER, 0.35, (_OLD, "Aan de inhoud van dit artikel kunnen geen "
                                                "rechten worden ontleend.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Bouwpost B.V. – alle rechten "
                                                "voorbehouden")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie stond "
                                                    "een verkeerde aanneemsom.")),
        ),
    )


# --- a British district council's planning bulletin ---------------------------------------

EM_DMPO = dt.date(2015, 4, 15)  # the 2015 procedure order comes into force
EM_GDPR = dt.date(2018, 5, 25)
EM_ACCESSIBLE = dt.date(2020, 9, 23)
EM_REMOTE = dt.date(2020, 4, 4)  # meetings held remotely under the 2020 regulations
PRE_ELECTION = (("2015-03-30", "2015-05-07", "polling day, 7 May 2015"),
                ("2016-03-29", "2016-05-05", "polling day, 5 May 2016"),
                ("2016-05-27", "2016-06-23", "the EU referendum, 23 June 2016"),
                ("2017-03-27", "2017-06-08", "polling days, 4 May and 8 June 2017"),
                ("2019-03-25", "2019-05-23", "polling days, 2 and 23 May 2019"),
                ("2019-11-06", "2019-12-12", "polling day, 12 December 2019"))


def committee_days() -> list[dt.date]:
    """Planning Committee: the first Wednesday of each month, none in August."""
    return [nth_weekday(y, m, 2, 1) for y in range(2015, 2022) for m in range(1, 13)
            if m != 8]


def _em_dated(day: dt.date) -> str:
    label = "Published:" if day < EM_ACCESSIBLE else "Page last updated:"
    return f"{label} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _em_committee(day: dt.date) -> str:
    meeting = next(d for d in committee_days() if d >= day)
    where = ("held remotely and streamed live online" if meeting >= EM_REMOTE
             else "Council Chamber, Civic Centre")
    return (f"Next Planning Committee: {WEEKDAYS[meeting.weekday()]} {meeting.day} "
            f"{MONTHS[meeting.month - 1]} {meeting.year}, 7pm, {where}")


@cache
def _em_notice() -> Wordings:
    base = _steps((_OLD, "Sign up to the council's eNews for planning updates in your ward"))
    purdah = [_span(first, last, f"Pre-election period: council publicity is restricted until "
                                 f"{what}") for first, last, what in PRE_ELECTION]
    christmas = _yearly("12-25", 4, 7, lambda y: f"Christmas {y}: our offices are closed; you "
                                                 f"can still comment on applications online")
    covid = [_span("2020-03-23", "2020-07-31", "Coronavirus: the Civic Centre is closed, but "
                                               "planning applications are still being decided")]
    return _calendar(base, covid, purdah, christmas)


def eastmere_style() -> PublisherStyle:
    """A British district council's planning bulletin: the service's name, "Published:"
    with the long date turned "Page last updated:" on the accessibility deadline of 23
    September 2020 (a wording per day), the next Planning Committee with its date (a
    wording per month, none in August; held remotely from April 2020), the application
    reference with the year and an Ordnance Survey map line mid-body, the 21-day comments
    line, the procedure order line reworded for the 2015 order, a privacy line reworded
    for the GDPR, an e-news line turned by pre-election periods, Christmas closures and the
    pandemic, an alternative-formats line reworded for the accessibility statement and the
    copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="eastmere.gov.uk", site="Eastmere District Council", base_size=70,
        subdomains=(("www.", 70), ("planning.", 30)),
        sections=("planning-notices", "planning-news", "building-control", "local-plan"),
        n_authors=2, url_path="/planning/{section}/{slug}",
        pools={"apptype": ("FUL", "HOU", "LBC", "OUT", "REM", "ADV")},
        families=(
            _f("service", HEADER, 0.6, (_OLD, "Planning and Building Control")),
            _f("dated", HEADER, 0.85, *_by_day(_em_dated)),
            _f("committee", HEADER, 0.3, *_by_day(_em_committee)),
            _f("reference", MIDDLE, 0.35, (_OLD, "Application reference: EM/{year}/{n}/"
                                                 "{apptype}")),
            _f("map", MIDDLE, 0.15, (_OLD, "Map: © Crown copyright and database rights {year} "
                                           "Ordnance Survey 100019652.")),
            _f("comments", FOOTER, 0.35, (_OLD, "Comments must be made in writing within 21 "
                                                "days of the date of this notice.")),
            _f("order", FOOTER, 0.2,
               (_OLD, "Notice given under the Town and Country Planning (Development "
                      "Management Procedure) (England) Order 2010."),
               (EM_DMPO.isoformat(), "Notice given under the Town and Country Planning "
                                     "(Development Management Procedure) (England) Order "
                                     "2015.")),
            _f("privacy", FOOTER, 0.2,
               (_OLD, "Comments will be made available on the council's website."),
               (EM_GDPR.isoformat(), "Your comments, name and address will be published "
                                     "online, as set out in our planning privacy notice.")),
            _f("notice", FOOTER, 0.3, *_em_notice()),
            _f("formats", FOOTER, 0.2,
               (_OLD, "Need this page in large print or another language? Call 01632 960 "
                      "400."),
               (EM_ACCESSIBLE.isoformat(), "Read our accessibility statement, or call 01632 "
                                           "960 400 for this page in another format.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Eastmere District Council {year}")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the consultation deadline for this "
                                              "application has been extended.")),
        ),
    )


# --- an American construction trade news site ---------------------------------------------

SW_REDESIGN = dt.date(2017, 3, 7)  # relaunched on the opening day of ConExpo 2017
CCI = (("2014-01-15", 9_660.0), ("2015-01-15", 9_960.0), ("2016-01-15", 10_180.0),
       ("2017-01-15", 10_530.0), ("2018-01-15", 10_880.0), ("2019-01-15", 11_190.0),
       ("2020-01-15", 11_390.0), ("2021-01-15", 11_630.0))
SW_SHOWS = (("2015-02-03", "2015-02-06", "World of Concrete 2015"),
            ("2016-02-02", "2016-02-05", "World of Concrete 2016"),
            ("2017-01-17", "2017-01-20", "World of Concrete 2017"),
            ("2017-03-07", "2017-03-11", "CONEXPO-CON/AGG 2017"),
            ("2018-01-23", "2018-01-26", "World of Concrete 2018"),
            ("2019-01-22", "2019-01-25", "World of Concrete 2019"),
            ("2020-02-04", "2020-02-07", "World of Concrete 2020"),
            ("2020-03-10", "2020-03-14", "CONEXPO-CON/AGG 2020"))


def cci(y: int, m: int) -> float:
    """A made-up construction cost index of a month."""
    day = dt.date(y, m, 15)
    return round(trend(day, CCI) * (1 + 0.002 * noise(day, "cci")), 2)


def _sw_dated(day: dt.date) -> str:
    if day < SW_REDESIGN:
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year} at {{time12}} ET"


def _sw_cci(day: dt.date) -> str:
    y, m = monthly(day, lambda yy, mm: dt.date(yy, mm, 20))
    now, before = cci(y, m), cci(y - 1, m)
    return (f"Construction Cost Index, {MONTHS[m - 1]} {y}: {now:,.2f} ({pct(now, before)}% "
            f"year over year)")


@cache
def _sw_notice() -> Wordings:
    base = _steps((_OLD, "Get SiteWire Daily in your inbox every weekday morning"))
    shows = [_span(first, last, f"{name}: our show-floor coverage from Las Vegas")
             for first, last, name in SW_SHOWS]
    safety = [(nth_weekday(y, 5, 0, 1), nth_weekday(y, 5, 0, 1) + 5 * ONE,
               f"Construction Safety Week {y}: stand down for safety") for y in YEARS]
    covid = [_span("2020-03-19", "2020-06-30", "COVID-19 on the jobsite: which work is "
                                               "essential in your state")]
    return _calendar(base, covid, shows, safety)


def sitewire_style() -> PublisherStyle:
    """An American construction trade news site: a tag from a pool, the numeric American
    date turned the AP-style month, the 12-hour time and ET on the opening day of ConExpo
    2017 (a wording per day), "By", the month's construction cost index and its change on a
    year earlier (a wording per month, from each 20th), "RELATED:", "ADVERTISEMENT", a bid
    line from pools and a photo credit mid-body, a rare advertiser disclosure, a newsletter
    line turned by World of Concrete, ConExpo, Construction Safety Week and the pandemic,
    the copyright line, a rare correction."""
    return PublisherStyle(
        domain="sitewirenews.com", site="SiteWire", base_size=55,
        subdomains=(("www.", 100),),
        sections=("commercial", "infrastructure", "equipment", "safety", "labor"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "tag": ("Commercial", "Infrastructure", "Equipment", "Safety", "Project Delivery",
                    "Labor"),
            "owner": ("Ohio DOT", "Maricopa County", "Port of Tacoma", "Denver Public "
                      "Schools", "Texas DOT"),
            "bid": ("bids due 2 p.m. local time", "prebid meeting mandatory",
                    "bonding required at 100%"),
            "photo": ("the contractor", "SiteWire staff", "the owner", "Getty Images"),
            "advertiser": ("Caldera Equipment", "Ridgeback Rentals", "Summit Formwork"),
        },
        families=(
            _f("tag", HEADER, 0.5, (_OLD, "{tag}")),
            _f("dated", HEADER, 0.85, *_by_day(_sw_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}")),
            _f("cci", FOOTER, 0.2, *_by_day(_sw_cci)),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT")),
            _f("bid", MIDDLE, 0.12, (_OLD, "Bid notice: {owner}, {bid}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo courtesy of {photo}")),
            _f("disclosure", FOOTER, 0.08, (_OLD, "Editor's note: {advertiser} advertises with "
                                                  "SiteWire and had no input on this "
                                                  "story.")),
            _f("notice", FOOTER, 0.3, *_sw_notice()),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} SiteWire Media LLC. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version misstated "
                                                  "the contract value.")),
        ),
    )


# --- a Polish construction and tenders portal ---------------------------------------------

FB_REDESIGN = dt.date(2018, 9, 3)
PLACA_MINIMALNA = (("2014-01-01", "1680"), ("2015-01-01", "1750"), ("2016-01-01", "1850"),
                   ("2017-01-01", "2000"), ("2018-01-01", "2100"), ("2019-01-01", "2250"),
                   ("2020-01-01", "2600"))


def produkcja(y: int, m: int) -> float:
    """Made-up change of construction output on a year earlier, in per cent."""
    day = dt.date(y, m, 15)
    level = trend(day, (("2015-01-15", 1.0), ("2016-01-15", -12.0), ("2016-12-15", -9.0),
                        ("2017-06-15", 8.0), ("2018-06-15", 20.0), ("2019-06-15", 6.0),
                        ("2020-01-15", 4.0), ("2020-06-15", -4.0), ("2020-12-15", -6.0)))
    return round(level + 3 * noise(day, "gus"), 1)


def _fb_data(day: dt.date) -> str:
    if day < FB_REDESIGN:
        return f"Data publikacji: {day.isoformat()}"
    return f"{day.day} {MIESIACE[day.month - 1]} {day.year}"


def _fb_gus(day: dt.date) -> str:
    y, m = monthly(day, lambda yy, mm: dt.date(yy, mm, 22), lag=1)
    change = f"{produkcja(y, m):+.1f}".replace(".", ",")
    return f"GUS: produkcja budowlano-montażowa {W_MIESIACU[m - 1]} {y} r.: {change}% r/r"


def fundament_style() -> PublisherStyle:
    """A Polish construction and tenders portal: a section from a pool, "Data publikacji:"
    with the ISO date turned the genitive long date on 3 September 2018 (a wording per
    day), "Autor:", a tender line with the contracting authority from a pool and the
    estimated value mid-body, "Zobacz też:", "Reklama" and a photo credit mid-body, last
    month's construction output from GUS (a wording per month, from each 22nd), the
    minimum wage (changing each January), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="fundament-budownictwo.pl", site="Fundament", base_size=40,
        subdomains=(("www.", 100),),
        sections=("przetargi", "inwestycje", "materialy", "prawo"),
        n_authors=3, url_path="/{section}/{slug}.html",
        pools={
            "dzial": ("Przetargi", "Inwestycje", "Materiały budowlane", "Prawo budowlane",
                      "Drogi i mosty"),
            "zamawiajacy": ("GDDKiA Oddział w Lublinie", "Zarząd Dróg Miejskich w Łodzi",
                            "PKP Polskie Linie Kolejowe", "Gmina Wieliczka"),
            "fot": ("Fundament", "materiały prasowe", "Shutterstock", "inwestor"),
        },
        families=(
            _f("dzial", HEADER, 0.5, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.85, *_by_day(_fb_data)),
            _f("autor", HEADER, 0.45, (_OLD, "Autor: {author}")),
            _f("przetarg", MIDDLE, 0.2, (_OLD, "Zamawiający: {zamawiajacy} · szacunkowa "
                                               "wartość zamówienia: {n} zł netto")),
            _f("zobacz", MIDDLE, 0.35, (_OLD, "Zobacz też: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama")),
            _f("fot", MIDDLE, 0.25, (_OLD, "Fot. {fot}")),
            _f("gus", FOOTER, 0.2, *_by_day(_fb_gus)),
            _f("placa", FOOTER, 0.15, *from_table(
                PLACA_MINIMALNA, lambda v: f"Minimalne wynagrodzenie w tym roku: {v} zł "
                                           f"brutto")),
            _f("prawa", FOOTER, 0.35, (_OLD, "Copyright © {year} Fundament – wszystkie prawa "
                                             "zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: poprawiliśmy termin "
                                                    "składania ofert.")),
        ),
    )


# --- a German architecture competitions journal -------------------------------------------

WB_REDESIGN = dt.date(2018, 6, 1)
WB_HOAI = dt.date(2019, 7, 4)  # the European Court of Justice rules on the HOAI's rates


def _wb_datum(day: dt.date) -> str:
    if day < WB_REDESIGN:
        return f"Eingestellt am {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day}. {MONATE[day.month - 1]} {day.year}"


def wettbewerbsblatt_style() -> PublisherStyle:
    """A German architecture competitions journal: "Eingestellt am" with the numeric date
    turned the long date on 1 June 2018 (a wording per day), the kind of procedure from a
    pool, the promoter, the deadline, the first prize and an image credit from pools
    mid-body, a fee-scale line reworded after the European court's ruling on the HOAI in
    July 2019, the competition-rules line, the no-guarantee line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="wettbewerbsblatt.de", site="Wettbewerbsblatt", base_size=30,
        subdomains=(("www.", 100),),
        sections=("wettbewerbe", "ergebnisse", "auslobungen"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "verfahren": ("Offener Wettbewerb", "Nichtoffener Wettbewerb",
                          "Einladungswettbewerb", "Mehrfachbeauftragung"),
            "auslober": ("Stadt Heilbronn", "Land Brandenburg", "Wohnbau Rhein-Neckar GmbH",
                         "Evangelische Landeskirche"),
            "abgabe": ("Abgabe der Pläne bis 12 Uhr", "Abgabe der Arbeiten per Post",
                       "Rückfragen bis zwei Wochen vor Abgabe"),
            "buero": ("Kehl Sommer Architekten", "studio adler", "Brandt + Voss",
                      "Arge Lindner / Oswald"),
        },
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_wb_datum)),
            _f("verfahren", HEADER, 0.35, (_OLD, "{verfahren}")),
            _f("auslober", MIDDLE, 0.3, (_OLD, "Auslober: {auslober}")),
            _f("abgabe", MIDDLE, 0.2, (_OLD, "Termine: {abgabe}")),
            _f("preis", MIDDLE, 0.25, (_OLD, "1. Preis: {buero}")),
            _f("abbildung", MIDDLE, 0.25, (_OLD, "Abbildung: {buero}")),
            _f("hoai", FOOTER, 0.15,
               (_OLD, "Die Honorare richten sich nach den Mindestsätzen der HOAI 2013."),
               (WB_HOAI.isoformat(), "Seit dem EuGH-Urteil vom 4. Juli 2019 sind die "
                                     "Mindest- und Höchstsätze der HOAI nicht mehr "
                                     "verbindlich.")),
            _f("rpw", FOOTER, 0.2, (_OLD, "Das Verfahren folgt der Richtlinie für "
                                          "Planungswettbewerbe (RPW 2013).")),
            _f("gewaehr", FOOTER, 0.3, (_OLD, "Angaben ohne Gewähr – maßgeblich sind die "
                                              "Auslobungsunterlagen.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Wettbewerbsblatt · Verlag für "
                                                "Baukultur")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Abgabetermin wurde "
                                                 "verschoben.")),
        ),
    )


def heldout135_styles() -> list[PublisherStyle]:
    """The held-back-135 styles, in the order the generator hands them to publishers."""
    return [
        propertyline_style(), baurundschau_style(), rynekmieszkan_style(), plinth_style(),
        emlakgundemi_style(), akhbaraliqar_style(), propertikini_style(), bouwpost_style(),
        eastmere_style(), sitewire_style(), fundament_style(), wettbewerbsblatt_style(),
    ]

