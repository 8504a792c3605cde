"""The ``held-back-178`` template set of the planted-real benchmark.

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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister sites
share a "Share this article" line, an "issuer is responsible" line or a trademark notice. The
publishers are press-release distribution wires and corporate newsrooms in English, German,
French, Spanish, Japanese and Portuguese: an American press-release wire, a German
press-release and ad-hoc wire, a Japanese press-release distribution service, a French
financial-communication wire, the newsroom of a Spanish renewable-energy group, the investor
relations pages of a Brazilian rail-logistics company, the regulatory-news pages of a British
plc, the news releases of a Canadian junior mining company, the newsroom of an American
software company that floats in 2018, the press pages of a German drive-technology group, the
news releases of a Japanese chemicals maker and the communiqués of a Portuguese
renewable-energy producer. The families are the kinds a crawl of such sites holds: wire
datelines ("NEW YORK, June 21, 2017 /Meridian Newswire/ --", with the city from a pool, later
in AP month abbreviations), place-and-date openers and release stamps localised day by day in
English (with US Eastern time), German (with MEZ and MESZ), French ("le 1er juin"), Spanish,
Japanese (Heisei to Reiwa on 1 May 2019, then Western years) and Portuguese (months
capitalised until the site took the 1990 spelling agreement), several changing form on the
day of a redesign; "News provided by", "SOURCE <company>", "Original-Content von", "配信元" and
media-contact blocks with companies, tickers, ISINs and agencies from pools;
forward-looking-statement and safe-harbour disclaimers (reworded for the EU Market Abuse
Regulation in July 2016, UK MAR in 2021, the universal registration document in 2019, an IPO,
COVID-19 and a new spelling); "about <company>" paragraphs whose figures (capacity, staff,
branches, customers, shares outstanding, sales) change on results days; stock tickers and
exchange lines reworded when an exchange is renamed (Alternext to Euronext Growth,
BM&FBOVESPA to B3), a company joins the IBEX 35 or graduates to the TSX; lines that turn
every trading day (the CAC 40 close, a share price), every week (the most-read list's
calendar week), every month (a wire's customer count) and every quarter (a customer count);
next-event lines that follow financial calendars (results calls, AGMs, results dates);
notices that follow calendars (US market holidays, Euronext closures, Carnival, Hannover
Messe, IAA, SPS, PDAC, a user conference, earnings dates after the IPO, Golden Week and the
2019 ten-day holiday, the year-end and summer closures, the new era's name, AGMs, dividend
payments, the pandemic); fee lines that follow Japan's consumption tax; "Related:", "À lire
aussi", "Mehr zum Thema", "関連リリース" and "Leia também" lines, photo, logo and figure lines and
advertisement markers mid-body (some up to two times); closing blocks ("END" and its filing
code after the contacts, "Ende der Mitteilung" with the issuer's lines, "以上" with the
enquiries line); bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from typing import TypeVar

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
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar = _PERIOD.calendar
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
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
YOUBI = "月火水木金土日"
T = TypeVar("T")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}/{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0xFFFFFFFF * 2 - 1


def curve(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside."""
    x = day.toordinal()
    points = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, T], ...]) -> T:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def table_wordings(table: tuple[tuple[str, T], ...], text: Callable[[T], str]) -> Wordings:
    """A line that changes on the days of `table`: from the oldest day the text of the value
    in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def eastern_summer(day: dt.date) -> bool:
    """Whether US daylight saving time is in force on `day`."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def european_summer(day: dt.date) -> bool:
    """Whether European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def previous_weekday(day: dt.date) -> dt.date:
    """The last weekday (a trading day, holidays aside) before `day`."""
    day -= ONE
    while day.weekday() >= 5:
        day -= ONE
    return day


def fr_day(n: int) -> str:
    """The day of the month as French prints it: "1er", then "2", "3", ..."""
    return "1er" if n == 1 else str(n)


def era_year(day: dt.date) -> str:
    """The Japanese era and year of `day`: 平成 to 30 April 2019, then 令和 (元年 its first)."""
    era, n = ("令和", day.year - 2018) if day >= REIWA else ("平成", day.year - 1988)
    return f"{era}{'元' if n == 1 else n}年"


def observed(day: dt.date) -> dt.date:
    """A US holiday falling on a weekend, as markets observe it (Saturday: Friday before,
    Sunday: Monday after)."""
    if day.weekday() == 5:
        return day - ONE
    if day.weekday() == 6:
        return day + ONE
    return day


def nyse_holidays(y: int) -> list[tuple[dt.date, str]]:
    """The days US stock markets close in `y`, with the holiday's name."""
    out: list[tuple[dt.date, str]] = []
    new_year = dt.date(y, 1, 1)
    if new_year.weekday() == 6:
        new_year += ONE
    if new_year.weekday() != 5:  # no Friday closure for a New Year's Day on a Saturday
        out.append((new_year, "New Year's Day"))
    out += [(nth_weekday(y, 1, 0, 3), "Martin Luther King Jr. Day"),
            (nth_weekday(y, 2, 0, 3), "Washington's Birthday"),
            (easter(y) - 2 * ONE, "Good Friday"),
            (last_weekday(y, 5, 0), "Memorial Day"),
            (observed(dt.date(y, 7, 4)), "Independence Day"),
            (nth_weekday(y, 9, 0, 1), "Labor Day"),
            (thanksgiving(y), "Thanksgiving Day"),
            (observed(dt.date(y, 12, 25)), "Christmas Day")]
    if y == 2018:
        out.append((dt.date(2018, 12, 5), "the national day of mourning for President "
                                          "George H. W. Bush"))
    return sorted(out)


REIWA = dt.date(2019, 5, 1)
HANNOVER_MESSE = (("2015-04-13", "2015-04-17"), ("2016-04-25", "2016-04-29"),
                  ("2017-04-24", "2017-04-28"), ("2018-04-23", "2018-04-27"),
                  ("2019-04-01", "2019-04-05"))  # cancelled in 2020


# --- an American press-release wire -------------------------------------------------------

MN_VIEW = dt.date(2016, 5, 2)
MN_AP_STYLE = dt.date(2017, 9, 5)  # the wire's style guide took AP month abbreviations
MN_REACH = dt.date(2018, 3, 5)
MN_COVID = ("2020-03-16", "2020-06-30")


def _mn_dateline(day: dt.date) -> str:
    month = MONTHS[day.month - 1] if day < MN_AP_STYLE else AP_MONTHS[day.month - 1]
    return f"{{city}}, {month} {day.day}, {day.year} /Meridian Newswire/ --"


def _mn_released(day: dt.date) -> str:
    short = f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    if day < MN_AP_STYLE:
        return f"{short}, {{time}} ET"
    return f"{short}, {{time12}} {'EDT' if eastern_summer(day) else 'EST'}"


@cache
def _mn_notice() -> Wordings:
    base = _steps((_OLD, "Send your news with Meridian Newswire and reach more than 4,000 "
                         "newsrooms."),
                  (MN_REACH.isoformat(), "Meridian Newswire now reaches 6,500 newsrooms in "
                                         "170 countries. Start a release today."))
    closed: list[Event] = []
    for y in range(2015, 2022):
        for day, name in nyse_holidays(y):
            closed.append((day - ONE, day + ONE, (
                f"U.S. stock markets are closed {WEEKDAYS[day.weekday()]}, "
                f"{MONTHS[day.month - 1]} {day.day} for {name}; releases cross as usual.")))
    covid = [_span(*MN_COVID, "COVID-19: every release about the coronavirus outbreak is "
                              "collected in our COVID-19 newsroom.")]
    return _calendar(base, closed, covid)


def meridian_style() -> PublisherStyle:
    """An American press-release wire: "News provided by" the issuer from a pool, the release
    stamp (the short date and Eastern time, turned to the 12-hour clock with EDT or EST on
    5 September 2017, a wording per day), "Share this article", a ticker from a pool, the
    dateline with the city from a pool and the wire's name (full month names turned to AP
    abbreviations the same day, a wording per day), photo and logo links mid-body, the
    "view original content" line reworded in 2016, "SOURCE" with the issuer, related links,
    "Also from this source:" with another title, a wire notice reworded in 2018 and turned by
    each US market holiday (and the 2018 day of mourning) and the pandemic, the issuer's-
    responsibility line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="meridiannewswire.com", site="Meridian Newswire", base_size=250,
        subdomains=(("www.", 100),),
        sections=("business", "technology", "health", "financial-services",
                  "consumer-products", "energy"),
        n_authors=14, url_path="/news-releases/{slug}-{n}.html",
        pools={
            "company": ("Harlow Biotherapeutics, Inc.", "Quarry Point Capital",
                        "Bellwether Home Brands", "Cinderpath Software", "Oakline Logistics",
                        "Tidewater Federal Credit Union", "Brightmoor Health",
                        "Ambergate Foods", "Stonerise Energy Partners", "Kestrel Robotics",
                        "Palisade Insurance Group", "Juniper Ridge Pharmaceuticals"),
            "ticker": ("NASDAQ: HRLW", "NYSE: OKLN", "NASDAQ: CNDP", "NYSE: SRNP",
                       "NASDAQ: KSTR", "NYSE: PLGI", "NASDAQ: JRPH", "OTCQB: QPCP"),
            "city": ("NEW YORK", "SAN FRANCISCO", "CHICAGO", "BOSTON", "AUSTIN, Texas",
                     "MIAMI", "SEATTLE", "DENVER", "TORONTO", "LONDON"),
            "links": ("http://www.harlowbio.com", "https://www.oaklinelogistics.com",
                      "https://cinderpath.io", "http://www.ambergatefoods.com",
                      "https://www.kestrelrobotics.com", "https://brightmoorhealth.org"),
        },
        families=(
            _f("provided", HEADER, 0.75, (_OLD, "News provided by {company}")),
            _f("released", HEADER, 0.7, *_by_day(_mn_released)),
            _f("share", HEADER, 0.45, (_OLD, "Share this article")),
            _f("ticker", HEADER, 0.3, (_OLD, "Stock ticker: {ticker}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release replaces the "
                                                  "version issued earlier today; the time of "
                                                  "the conference call has been corrected.")),
            _f("dateline", HEADER, 0.9, *_by_day(_mn_dateline)),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: https://media.meridiannewswire.com/p/{n}"
                                             "/image.jpg")),
            _f("logo", MIDDLE, 0.12, (_OLD, "Logo: https://media.meridiannewswire.com/l/{n}"
                                            "/logo.jpg")),
            _f("view", FOOTER, 0.55,
               (_OLD, "To view the original version on Meridian Newswire, visit: "
                      "https://www.meridiannewswire.com/news-releases/{n}"),
               (MN_VIEW.isoformat(), "View original content to download multimedia: "
                                     "https://www.meridiannewswire.com/news-releases/{n}")),
            _f("source", FOOTER, 0.85, (_OLD, "SOURCE {company}")),
            _f("links", FOOTER, 0.3, (_OLD, "Related Links: {links}")),
            _f("also", FOOTER, 0.3, (_OLD, "Also from this source: {other_title}")),
            _f("notice", FOOTER, 0.3, *_mn_notice()),
            _f("disclaimer", FOOTER, 0.15, (_OLD, "The issuer is solely responsible for the "
                                                  "content of this release; it is distributed "
                                                  "as received, without editing.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Meridian Newswire Holdings, LLC. "
                                                "All rights reserved.")),
        ),
    )


# --- a German press-release and ad-hoc wire -----------------------------------------------

PT_MAR = dt.date(2016, 7, 3)  # the EU Market Abuse Regulation applies
PT_ORIGINAL = dt.date(2017, 11, 6)
PT_REDESIGN = dt.date(2019, 1, 7)
IAA = (("2015-09-17", "2015-09-27", "IAA Pkw"), ("2016-09-22", "2016-09-29",
                                                  "IAA Nutzfahrzeuge"),
       ("2017-09-14", "2017-09-24", "IAA Pkw"), ("2018-09-20", "2018-09-27",
                                                  "IAA Nutzfahrzeuge"),
       ("2019-09-12", "2019-09-22", "IAA Pkw"))


def _pt_datum(day: dt.date) -> str:
    if day < PT_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} – {{time}}"
    zone = "MESZ" if european_summer(day) else "MEZ"
    return (f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}, "
            f"{{time}} Uhr {zone}")


def _pt_kw(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"Meistgelesen in KW {week}/{year}"


@cache
def _pt_hinweis() -> Wordings:
    base = _steps((_OLD, "Presseticker-Newsletter: die wichtigsten Meldungen des Tages, jeden "
                         "Morgen um 7 Uhr"),
                  (PT_REDESIGN.isoformat(), "📬 Das Presseticker-Briefing: "
                                            "Wirtschaftsmeldungen kompakt, werktags um 7 Uhr. "
                                            "Jetzt abonnieren"))
    messen: list[Event] = [
        (iso_day(first, -3), iso_day(last, 1), f"Hannover Messe {first[:4]}: alle Meldungen "
                                               f"der Aussteller im Messe-Special")
        for first, last in HANNOVER_MESSE]
    messen += [(iso_day(first, -3), iso_day(last, 1), f"{name} {first[:4]}: alle Meldungen "
                                                      f"rund um die Messe im Special")
               for first, last, name in IAA]
    covid = [_span("2020-03-16", "2020-06-30", "Coronavirus: alle Unternehmensmeldungen zur "
                                               "Pandemie im Überblick")]
    return _calendar(base, covid, sorted(messen))


def presseticker_style() -> PublisherStyle:
    """A German press-release and ad-hoc wire: a section from a pool, the numeric date and
    time turned the weekday, the long date and MEZ or MESZ on 7 January 2019 (a wording per
    day), the most-read list's calendar week (a wording per week), the ad-hoc heading
    reworded for the Market Abuse Regulation on 3 July 2016, the place mark from a pool,
    "Mehr zum Thema" up to twice and advertisement markers mid-body, the end-of-notice,
    issuer (company, ISIN and WKN from pools), exchanges and responsibility lines (a block),
    the press contact, "Original-Content von" reworded in 2017, the further-material link
    and a newsletter line reworded and turned by Hannover Messe, the IAA and the pandemic, a
    rare correction."""
    return PublisherStyle(
        domain="presseticker.de", site="Presseticker", base_size=220,
        subdomains=(("www.", 100),),
        sections=("wirtschaft", "finanzen", "technologie", "energie", "gesundheit"),
        n_authors=12, url_path="/pm/{n}-{slug}",
        pools={
            "rubrik": ("Wirtschaft", "Finanzen", "Energie", "Technologie", "Gesundheit",
                       "Mobilität", "Handel"),
            "ort": ("Hamburg", "Berlin", "München", "Frankfurt am Main", "Köln", "Stuttgart",
                    "Düsseldorf", "Leipzig"),
            "firma": ("Nordhafen Logistik AG", "Silbertal Pharma GmbH", "Brückner Solar SE",
                      "Kranich Versicherungen AG", "Lindenau Software AG",
                      "Hafermann Lebensmittel GmbH", "Weserland Energie AG",
                      "Tannberg Maschinenbau GmbH"),
            "isin": ("DE000A2NB6T4", "DE000A1K0QW3", "DE000A3E5CX2", "DE0007664821",
                     "DE000A2P4HL9", "DE000A14J9N5"),
            "wkn": ("A2NB6T", "A1K0QW", "A3E5CX", "766482", "A2P4HL", "A14J9N"),
            "tel": ("040 555 218 30", "030 555 904 12", "089 555 771 0", "069 555 603 44",
                    "0221 555 180 7"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.9, *_by_day(_pt_datum)),
            _f("kw", HEADER, 0.18, *_by_day(_pt_kw)),
            _f("adhoc", HEADER, 0.12, (_OLD, "Ad-hoc-Mitteilung nach § 15 WpHG"),
               (PT_MAR.isoformat(), "Insiderinformation nach Artikel 17 der Verordnung (EU) "
                                    "Nr. 596/2014 (MAR)")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung dieser "
                                                 "Meldung war der Umsatz des dritten Quartals "
                                                 "falsch angegeben.")),
            _f("ortsmarke", HEADER, 0.6, (_OLD, "{ort} (pt) -")),
            _f("mehr", MIDDLE, 0.35, (_OLD, "Mehr zum Thema: {other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige")),
            _f("ende", FOOTER, 0.22, (_OLD, "Ende der Mitteilung · Presseticker "
                                            "Finanznachrichten")),
            _f("emittent", FOOTER, 0.2, (_OLD, "Emittent: {firma} · ISIN: {isin} · WKN: "
                                               "{wkn}")),
            _f("boersen", FOOTER, 0.16, (_OLD, "Börsen: Regulierter Markt in Frankfurt (Prime "
                                               "Standard); Freiverkehr in Berlin, Düsseldorf, "
                                               "Hamburg, München, Stuttgart; Tradegate "
                                               "Exchange")),
            _f("verantwortlich", FOOTER, 0.25, (_OLD, "Für den Inhalt der Mitteilung ist "
                                                      "allein der Emittent verantwortlich.")),
            _f("kontakt", FOOTER, 0.6, (_OLD, "Pressekontakt: {author} · "
                                              "Unternehmenskommunikation · Telefon {tel}")),
            _f("original", FOOTER, 0.8,
               (_OLD, "Original-Content von: {firma}, übermittelt durch Presseticker"),
               (PT_ORIGINAL.isoformat(), "Originalinhalt von {firma}, übermittelt durch "
                                         "Presseticker")),
            _f("material", FOOTER, 0.35, (_OLD, "Weiteres Material: "
                                                "https://www.presseticker.de/pm/{n}")),
            _f("hinweis", FOOTER, 0.3, *_pt_hinweis()),
        ),
    )


# --- a Japanese press-release distribution service ----------------------------------------

KZ_REDESIGN = dt.date(2018, 10, 1)
KZ_USERS = (("2015-01-01", 9000.0), ("2017-01-01", 18500.0), ("2019-01-01", 33000.0),
            ("2021-01-10", 52000.0))
KZ_FEES = (("2014-04-01", "1配信 25,000円（税抜）／27,000円（税込）"),
           ("2018-04-01", "1配信 30,000円（税抜）／32,400円（税込）"),
           ("2019-10-01", "1配信 30,000円（税抜）／33,000円（税込）"))  # consumption tax 10%


def kz_users(day: dt.date) -> int:
    """The client count the service prints, updated on the first of each month."""
    return int(curve(day.replace(day=1), KZ_USERS) // 100 * 100)


def _kz_hizuke(day: dt.date) -> str:
    date = f"{day.year}年{day.month}月{day.day}日"
    if day < KZ_REDESIGN:
        return f"{date} {{time}}"
    return f"{date}（{YOUBI[day.weekday()]}）{{time}}"


@cache
def _kz_oshirase() -> Wordings:
    def base(day: dt.date) -> str:
        return f"キズナPRの利用企業数が{kz_users(day):,}社を突破しました"

    covid = [_span("2020-04-07", "2020-05-25", "緊急事態宣言の期間中、サポート窓口はメールのみで"
                                               "対応しております")]
    kaigen = [_span("2019-04-01", "2019-04-23", "新元号「令和」に関するプレスリリース特集を公開中")]
    holidays: list[Event] = [
        (dt.date(y, 12, 26), dt.date(y + 1, 1, 5),
         f"年末年始（{y}年12月29日〜{y + 1}年1月3日）にお申し込みのリリースは、1月4日より順次配信"
         f"いたします") for y in range(2014, 2021)]
    for y in YEARS:
        if y == 2019:
            holidays.append((dt.date(y, 4, 24), dt.date(y, 5, 7),
                             "10連休（4月27日〜5月6日）の期間中も、プレスリリースは通常どおり"
                             "配信いたします"))
        else:
            holidays.append((dt.date(y, 4, 27), dt.date(y, 5, 7),
                             f"ゴールデンウィーク（{y}年4月29日〜5月6日）の期間中も、プレス"
                             f"リリースは通常どおり配信いたします"))
    return _calendar(base, covid, kaigen, sorted(holidays))


def kizuna_style() -> PublisherStyle:
    """A Japanese press-release distribution service: the issuing company's release list
    from a pool, the date and time given the weekday on 1 October 2018 (a wording per day),
    business categories from a pool, "関連リリース" up to twice and an image credit mid-body,
    the company-details link, the enquiries line, the trademark note, the media-materials
    line, "配信元" reworded with the issuer in 2018, a notice with the client count (a
    wording per month) turned by the year-end holidays, Golden Week (the ten-day holiday in
    2019), the new era's name and the 2020 state of emergency, the fee line following the
    consumption tax, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="kizunapr.jp", site="キズナPR", base_size=180,
        subdomains=(("www.", 70), ("", 30)),
        sections=("business", "it", "food", "lifestyle", "travel"),
        n_authors=8, url_path="/release/{n}.html",
        pools={
            "kaisha": ("株式会社ハルモニア", "株式会社みなと食品", "青空ソフトウェア株式会社",
                       "株式会社ミライ住建", "さくら出版株式会社", "株式会社ノースゲート",
                       "東和トラベル株式会社", "株式会社ひかり製薬"),
            "kategori": ("IT・通信", "食品・飲料", "美容・健康", "エンタメ", "不動産・建設",
                         "旅行・観光", "金融", "教育"),
        },
        families=(
            _f("kaisha", HEADER, 0.6, (_OLD, "{kaisha}のプレスリリース")),
            _f("hizuke", HEADER, 0.9, *_by_day(_kz_hizuke)),
            _f("kategori", HEADER, 0.4, (_OLD, "ビジネスカテゴリ：{kategori_list}")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】本リリースの発売日に誤りがあったため、"
                                              "訂正いたしました。")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "関連リリース：{other_title}"), count=2),
            _f("gazo", MIDDLE, 0.25, (_OLD, "画像提供：{kaisha}")),
            _f("shosai", FOOTER, 0.4, (_OLD, "企業プレスリリース詳細へ")),
            _f("toiawase", FOOTER, 0.55, (_OLD, "本件に関するお問い合わせ先：{kaisha} 広報担当")),
            _f("shohyo", FOOTER, 0.35, (_OLD, "※記載されている会社名・商品名・サービス名は、各社"
                                              "の商標または登録商標です。")),
            _f("sozai", FOOTER, 0.2, (_OLD, "このリリースには、報道関係者向けの素材（画像・資料）"
                                            "があります。")),
            _f("haishin", FOOTER, 0.7, (_OLD, "配信元：キズナPR"),
               (KZ_REDESIGN.isoformat(), "提供元：{kaisha}　配信：キズナPR")),
            _f("oshirase", FOOTER, 0.3, *_kz_oshirase()),
            _f("ryokin", FOOTER, 0.12, *table_wordings(KZ_FEES, lambda v: f"配信料金：{v}")),
            _f("copyright", FOOTER, 0.3, (_OLD, "Copyright © {year} キズナPR All Rights "
                                                "Reserved.")),
        ),
    )


# --- a French financial-communication wire ------------------------------------------------

FF_GROWTH = dt.date(2017, 6, 19)  # Alternext became Euronext Growth
FF_REDESIGN = dt.date(2018, 1, 15)
FF_URD = dt.date(2019, 7, 21)  # the universal registration document replaces the old one
CAC40 = (("2015-01-02", 4250.0), ("2015-04-27", 5270.0), ("2015-08-24", 4380.0),
         ("2016-02-11", 3900.0), ("2016-06-27", 3980.0), ("2017-01-02", 4880.0),
         ("2017-05-05", 5430.0), ("2018-01-23", 5530.0), ("2018-12-27", 4600.0),
         ("2019-12-31", 5980.0), ("2020-02-19", 6110.0), ("2020-03-18", 3750.0),
         ("2020-06-08", 5200.0), ("2020-10-28", 4570.0), ("2021-01-08", 5700.0))


def cac40(day: dt.date) -> float:
    """A made-up CAC 40 close on `day`."""
    return curve(day, CAC40) * (1 + 0.012 * noise(day, "cac"))


def fr_number(x: float) -> str:
    return f"{x:,.2f}".replace(",", " ").replace(".", ",")


def _ff_publie(day: dt.date) -> str:
    if day < FF_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"Mis en ligne le {JOURS[day.weekday()]} {fr_day(day.day)} {MOIS[day.month - 1]} "
            f"{day.year} à {{time}}")


def _ff_lieu(day: dt.date) -> str:
    return f"{{ville}}, le {fr_day(day.day)} {MOIS[day.month - 1]} {day.year}"


def _ff_cac(day: dt.date) -> str:
    close = previous_weekday(day)
    now, before = cac40(close), cac40(previous_weekday(close))
    change = f"{(now / before - 1) * 100:+.2f}".replace(".", ",")
    return (f"CAC 40 : {fr_number(now)} pts ({change} %) – clôture du "
            f"{close.day:02d}/{close.month:02d}/{close.year}")


def euronext_closures(y: int) -> list[Event]:
    """Euronext Paris's weekday closures in `y` as the wire announces them, from three days
    before."""
    out: list[Event] = []
    new_year = dt.date(y, 1, 1)
    if new_year.weekday() < 5:
        out.append((new_year - 3 * ONE, new_year + ONE, f"Bourse de Paris fermée le "
                                                        f"{JOURS[new_year.weekday()]} 1er "
                                                        f"janvier {y} : nos communiqués "
                                                        f"restent diffusés."))
    friday, monday = easter(y) - 2 * ONE, easter(y) + ONE
    out.append((friday - 3 * ONE, monday + ONE, (
        f"Bourse de Paris fermée le Vendredi saint {friday.day} {MOIS[friday.month - 1]} et le "
        f"lundi de Pâques {monday.day} {MOIS[monday.month - 1]} {y} : nos communiqués restent "
        f"diffusés.")))
    may = dt.date(y, 5, 1)
    if may.weekday() < 5:
        out.append((may - 3 * ONE, may + ONE, f"Bourse de Paris fermée le "
                                              f"{JOURS[may.weekday()]} 1er mai {y} : nos "
                                              f"communiqués restent diffusés."))
    days = [d for d in (25, 26) if dt.date(y, 12, d).weekday() < 5]
    if days:
        when = " et ".join(str(d) for d in days)
        out.append((dt.date(y, 12, days[0]) - 3 * ONE, dt.date(y, 12, days[-1]) + ONE,
                    f"Bourse de Paris fermée le{'s' if len(days) > 1 else ''} {when} décembre "
                    f"{y} : nos communiqués restent diffusés."))
    return out


@cache
def _ff_bourse() -> Wordings:
    base = _steps((_OLD, "Recevez chaque soir la lettre de Fil Info Finance"),
                  (FF_REDESIGN.isoformat(), "Alertes e-mail : suivez en temps réel les "
                                            "communiqués des sociétés de votre choix"))
    return _calendar(base, [e for y in range(2015, 2022) for e in euronext_closures(y)])


def filinfo_style() -> PublisherStyle:
    """A French financial-communication wire: the release type from a pool, the publication
    stamp (numeric date turned the weekday and long date with "1er" on 15 January 2018, a
    wording per day), the previous trading day's CAC 40 close (a wording per trading day),
    the place and date opener with the city from a pool (a wording per day), "À lire aussi"
    up to twice and advertisement markers mid-body, "À propos de" the issuer, the listing
    line (Alternext renamed Euronext Growth on 19 June 2017) with ISIN and ticker from
    pools, the investor and press contacts, the forward-looking disclaimer reworded for the
    universal registration document, a newsletter line reworded and turned by Euronext
    Paris's closures, the rights line, a rare erratum."""
    return PublisherStyle(
        domain="filinfofinance.fr", site="Fil Info Finance", base_size=150,
        subdomains=(("www.", 100),),
        sections=("communiques", "resultats", "operations", "assemblees"),
        n_authors=10, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "type": ("Communiqué de presse", "Information réglementée", "Communiqué financier",
                     "Information privilégiée"),
            "ville": ("Paris", "Lyon", "Toulouse", "Nantes", "Bordeaux", "Montpellier",
                      "Grenoble"),
            "societe": ("Aubrac Biotech", "Héliorance", "Médiane Systèmes",
                        "Vignobles de Sarrance", "Oléron Marine", "Quantorel Robotique",
                        "Lumen Santé", "Baie d'Armor Technologies"),
            "isin": ("FR0013254851", "FR0010987634", "FR0012333284", "FR0004041245",
                     "FR0013451333", "FR0011648971"),
            "mnemo": ("ALAUB", "ALHEL", "ALMDS", "ALVSR", "ALOMA", "ALQRB"),
            "tel": ("01 55 55 20 14", "04 72 55 18 30", "05 61 55 40 22"),
            "agence": ("Agence Lumière – presse@agence-lumiere.fr",
                       "Caractère Finance – 01 55 55 31 80",
                       "Relais Médias – contact@relaismedias.fr"),
        },
        families=(
            _f("type", HEADER, 0.55, (_OLD, "{type}")),
            _f("publie", HEADER, 0.9, *_by_day(_ff_publie)),
            _f("cac", HEADER, 0.22, *_by_day(_ff_cac)),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une erreur s'était glissée dans le "
                                               "chiffre d'affaires semestriel ; elle a été "
                                               "corrigée.")),
            _f("lieu", HEADER, 0.55, *_by_day(_ff_lieu)),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("publicite", MIDDLE, 0.2, (_OLD, "Publicité")),
            _f("apropos", FOOTER, 0.6, (_OLD, "À propos de {societe}")),
            _f("cotation", FOOTER, 0.45,
               (_OLD, "{societe} est cotée sur Alternext Paris – ISIN : {isin} – Mnémonique : "
                      "{mnemo}"),
               (FF_GROWTH.isoformat(), "{societe} est cotée sur Euronext Growth Paris – "
                                       "ISIN : {isin} – Mnémonique : {mnemo}")),
            _f("contact", FOOTER, 0.5, (_OLD, "Relations investisseurs : {author} – {tel}")),
            _f("presse", FOOTER, 0.4, (_OLD, "Relations presse : {agence}")),
            _f("avertissement", FOOTER, 0.3,
               (_OLD, "Avertissement : ce communiqué contient des déclarations prospectives "
                      "fondées sur des hypothèses jugées raisonnables à ce jour ; elles "
                      "restent soumises aux risques décrits dans le document de référence "
                      "déposé auprès de l'AMF."),
               (FF_URD.isoformat(), "Avertissement : ce communiqué contient des déclarations "
                                    "prospectives fondées sur des hypothèses jugées "
                                    "raisonnables à ce jour ; elles restent soumises aux "
                                    "risques décrits dans le document d'enregistrement "
                                    "universel déposé auprès de l'AMF.")),
            _f("bourse", FOOTER, 0.25, *_ff_bourse()),
            _f("droits", FOOTER, 0.3, (_OLD, "© {year} Fil Info Finance – Reproduction "
                                             "interdite sans autorisation")),
        ),
    )


# --- the newsroom of a Spanish renewable-energy group -------------------------------------

VN_IBEX = dt.date(2016, 12, 19)  # joins the IBEX 35 at the December review
VN_REDESIGN = dt.date(2018, 6, 4)
VN_CNMV = dt.date(2020, 2, 8)  # the CNMV's "hecho relevante" gives way to two new kinds
VN_PROFILE = (("2014-02-26", ("1.850", "6", "1.240")), ("2015-02-25", ("2.120", "7", "1.380")),
              ("2016-02-24", ("2.460", "7", "1.510")), ("2017-02-22", ("2.910", "8", "1.690")),
              ("2018-02-28", ("3.380", "9", "1.870")), ("2019-02-27", ("3.950", "10", "2.040")),
              ("2020-02-26", ("4.610", "11", "2.260")))
VN_JUNTAS = {2015: "2015-03-27", 2016: "2016-04-08", 2017: "2017-03-31", 2018: "2018-04-13",
             2019: "2019-03-29", 2020: "2020-07-03"}
VN_DIVIDENDOS = {2015: ("2015-07-03", "0,42"), 2016: ("2016-07-05", "0,45"),
                 2017: ("2017-07-05", "0,48"), 2018: ("2018-07-04", "0,51"),
                 2019: ("2019-07-03", "0,55"), 2020: ("2020-07-22", "0,40")}


def _vn_fecha(day: dt.date) -> str:
    if day < VN_REDESIGN:
        return f"Madrid, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return (f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} · {{time}} h")


def _vn_sobre(value: tuple[str, ...]) -> str:
    mw, countries, staff = value
    return (f"Sobre Vientonorte: grupo energético con {mw} MW renovables en operación en "
            f"{countries} países y una plantilla de más de {staff} profesionales.")


@cache
def _vn_agenda() -> Wordings:
    base = _steps((_OLD, "Sigue la actualidad de Vientonorte en LinkedIn y Twitter"),
                  (VN_REDESIGN.isoformat(), "Suscríbete a las alertas de la sala de prensa de "
                                            "Vientonorte"))
    events: list[Event] = []
    for y, text in VN_JUNTAS.items():
        day = iso_day(text)
        when = f"{DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]}"
        if y == 2020:
            line = (f"Junta General de Accionistas 2020: {when}, exclusivamente por medios "
                    f"telemáticos.")
        else:
            line = (f"Junta General de Accionistas {y}: {when}, a las 12:00 h, en Madrid. "
                    f"Consulte la documentación en la web.")
        events.append((day - 30 * ONE, day + ONE, line))
    for y, (text, amount) in VN_DIVIDENDOS.items():
        day = iso_day(text)
        events.append((day - 14 * ONE, day + ONE, (
            f"Dividendo complementario: {amount} euros brutos por acción, pagadero el "
            f"{day.day} de {MESES[day.month - 1]} de {y}.")))
    return _calendar(base, sorted(events))


def vientonorte_style() -> PublisherStyle:
    """The newsroom of a Spanish renewable-energy group: a section from a pool, "Madrid" and
    the long date turned the weekday, the date and the time on 4 June 2018 (a wording per
    day), the CNMV line reworded when "hecho relevante" gave way on 8 February 2020, "Te
    puede interesar" and a high-resolution images line mid-body, the "Sobre Vientonorte"
    paragraph with capacity, countries and staff (changing on each annual-results day), the
    listing line (IBEX Medium Cap to IBEX 35 in December 2016), the communications contact,
    the forward-looking notice, an agenda line reworded and turned by each general meeting
    (online only in 2020) and each dividend payment with its amount, the copyright line, a
    rare erratum."""
    return PublisherStyle(
        domain="vientonorte.es", site="Vientonorte", base_size=120,
        subdomains=(("www.", 100),),
        sections=("notas-de-prensa", "resultados", "sostenibilidad"),
        n_authors=4, url_path="/sala-de-prensa/{section}/{slug}",
        pools={"seccion": ("Notas de prensa", "Resultados", "Sostenibilidad", "Innovación",
                           "Accionistas e inversores", "Proyectos")},
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.88, *_by_day(_vn_fecha)),
            _f("cnmv", HEADER, 0.15, (_OLD, "Hecho relevante comunicado a la CNMV"),
               (VN_CNMV.isoformat(), "Otra información relevante comunicada a la CNMV")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior "
                                                     "de esta nota se indicaba una potencia "
                                                     "errónea del parque.")),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar: {other_title}")),
            _f("imagenes", MIDDLE, 0.2, (_OLD, "Descarga las imágenes en alta resolución en la "
                                               "sala de prensa.")),
            _f("sobre", FOOTER, 0.55, *table_wordings(VN_PROFILE, _vn_sobre)),
            _f("cotiza", FOOTER, 0.25,
               (_OLD, "Vientonorte cotiza en el Mercado Continuo español (VNE) y forma parte "
                      "del índice IBEX Medium Cap."),
               (VN_IBEX.isoformat(), "Vientonorte cotiza en el Mercado Continuo español (VNE) "
                                     "y forma parte del IBEX 35.")),
            _f("contacto", FOOTER, 0.5, (_OLD, "Dirección de Comunicación · "
                                               "prensa@vientonorte.es · +34 91 555 24 80")),
            _f("aviso", FOOTER, 0.25, (_OLD, "Aviso legal: este documento puede contener "
                                             "previsiones y estimaciones sobre la evolución "
                                             "del negocio, que no constituyen garantía de "
                                             "resultados futuros y están sujetas a riesgos e "
                                             "incertidumbres.")),
            _f("agenda", FOOTER, 0.25, *_vn_agenda()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Vientonorte Energía, S.A. Todos los "
                                                "derechos reservados.")),
        ),
    )


# --- the investor relations pages of a Brazilian rail-logistics company -------------------

FV_B3 = dt.date(2017, 6, 16)  # the site calls the exchange B3 after the merger
FV_REDESIGN = dt.date(2019, 8, 5)
FV_PROFILE = (("2014-03-06", ("3.120", "6.400")), ("2015-03-05", ("3.120", "6.850")),
              ("2016-03-03", ("3.480", "7.100")), ("2017-03-02", ("3.480", "7.460")),
              ("2018-03-01", ("3.910", "7.920")), ("2019-03-07", ("4.150", "8.300")),
              ("2020-03-05", ("4.150", "8.510")))  # on each fourth-quarter results call


@cache
def fv_calls() -> tuple[tuple[dt.date, str], ...]:
    """The results calls: the fourth quarter on the first Thursday of March, the others on
    the second Thursday of May, August and November."""
    out = []
    for y in range(2015, 2022):
        out.append((nth_weekday(y, 3, 3, 1), f"4T{(y - 1) % 100:02d}"))
        out += [(nth_weekday(y, m, 3, 2), f"{q}T{y % 100:02d}")
                for q, m in ((1, 5), (2, 8), (3, 11))]
    return tuple(sorted(out))


def exchange_name(day: dt.date) -> str:
    return "B3" if day >= FV_B3 else "BM&FBOVESPA"


def _fv_data(day: dt.date) -> str:
    if day < FV_REDESIGN:
        return f"São Paulo, {day.day} de {MESES_PT[day.month - 1]} de {day.year} –"
    return f"São Paulo, {day.day:02d}/{day.month:02d}/{day.year} –"


def _fv_teleconf(day: dt.date) -> str:
    call, label = next((c, q) for c, q in fv_calls() if c >= day)
    return (f"Teleconferência de resultados do {label}: {DIAS_PT[call.weekday()]}, {call.day} "
            f"de {MESES_PT[call.month - 1]} de {call.year}, às 11h (horário de Brasília)")


def _fv_sobre(value: tuple[str, ...]) -> str:
    km, staff = value
    return (f"Sobre a Ferrovale: operadora logística com {km} km de ferrovias no Sudeste e no "
            f"Centro-Oeste e {staff} colaboradores.")


@cache
def _fv_aviso() -> Wordings:
    base = _steps((_OLD, "Cadastre-se para receber os comunicados da Ferrovale por e-mail"),
                  (FV_REDESIGN.isoformat(), "Baixe o app Ferrovale RI e receba nossos "
                                            "comunicados no celular"))
    carnaval: list[Event] = []
    for y in YEARS:
        tuesday = carnival_tuesday(y)
        monday = tuesday - ONE
        carnaval.append((monday - 5 * ONE, tuesday + ONE, (
            f"Não haverá pregão na {exchange_name(monday)} na segunda e na terça-feira de "
            f"Carnaval ({monday.day} e {tuesday.day} de {MESES_PT[tuesday.month - 1]} de "
            f"{y}).")))
    covid = [_span("2020-03-23", "2020-07-31", "Em razão da COVID-19, o atendimento ao "
                                               "investidor está sendo feito apenas por "
                                               "e-mail.")]
    return _calendar(base, covid, carnaval)


def ferrovale_style() -> PublisherStyle:
    """The investor relations pages of a Brazilian rail-logistics company: the notice type
    from a pool ("Fato Relevante", "Comunicado ao Mercado", ...), the ticker line
    (BM&FBOVESPA renamed B3 on 16 June 2017), "São Paulo" and the long date turned numeric on
    5 August 2019 (a wording per day), "Leia também" and a currency-units line mid-body, the
    next results call (a wording from the day after each call), "Sobre a Ferrovale" with its
    track length and staff (changing on each fourth-quarter call), the Novo Mercado line, the
    investor-relations and press contacts, the forward-looking statements, an alerts line
    reworded and turned by the exchange's Carnival closures and the pandemic, a rare
    erratum."""
    return PublisherStyle(
        domain="ferrovale.com.br", site="Ferrovale", base_size=100,
        subdomains=(("ri.", 60), ("www.", 40)),
        sections=("comunicados", "fatos-relevantes", "resultados"),
        n_authors=3, url_path="/ri/{section}/{yyyy}/{slug}",
        pools={
            "tipo": ("Fato Relevante", "Comunicado ao Mercado", "Release de Resultados",
                     "Aviso aos Acionistas", "Nota à Imprensa"),
            "agencia": ("Prisma Comunicação – imprensa@prismacom.com.br",
                        "Vértice Press – (11) 3555-2211",
                        "Agência Ponte – atendimento@agenciaponte.com.br"),
        },
        families=(
            _f("tipo", HEADER, 0.6, (_OLD, "{tipo}")),
            _f("ticker", HEADER, 0.5, (_OLD, "BM&FBOVESPA: FRVL3 | OTC: FRVLY"),
               (FV_B3.isoformat(), "B3: FRVL3 | OTC: FRVLY")),
            _f("data", HEADER, 0.85, *_by_day(_fv_data)),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior deste comunicado "
                                              "trazia a data errada da teleconferência.")),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}")),
            _f("valores", MIDDLE, 0.2, (_OLD, "Os valores estão expressos em R$ milhões, "
                                              "exceto quando indicado de outra forma.")),
            _f("teleconf", FOOTER, 0.35, *_by_day(_fv_teleconf)),
            _f("sobre", FOOTER, 0.5, *table_wordings(FV_PROFILE, _fv_sobre)),
            _f("novo-mercado", FOOTER, 0.2,
               (_OLD, "As ações da Ferrovale são negociadas no Novo Mercado, o segmento de "
                      "mais alto nível de governança corporativa da BM&FBOVESPA."),
               (FV_B3.isoformat(), "As ações da Ferrovale são negociadas no Novo Mercado, o "
                                   "segmento de mais alto nível de governança corporativa da "
                                   "B3.")),
            _f("ri", FOOTER, 0.5, (_OLD, "Relações com Investidores: ri@ferrovale.com.br | "
                                         "+55 11 3555-0190")),
            _f("imprensa", FOOTER, 0.35, (_OLD, "Atendimento à imprensa: {agencia}")),
            _f("prospectivas", FOOTER, 0.3, (_OLD, "Declarações prospectivas: as afirmações "
                                                   "deste documento sobre perspectivas, "
                                                   "projeções e metas refletem apenas as "
                                                   "crenças da administração e dependem das "
                                                   "condições de mercado e do desempenho da "
                                                   "economia brasileira.")),
            _f("aviso", FOOTER, 0.2, *_fv_aviso()),
        ),
    )


# --- the regulatory-news pages of a British plc -------------------------------------------

CM_MAR = dt.date(2016, 7, 3)
CM_UK_MAR = dt.date(2021, 1, 1)  # the EU regulation as retained in UK law
CM_PRICE = (("2015-01-02", 320.0), ("2016-06-23", 300.0), ("2016-06-28", 228.0),
            ("2017-08-01", 410.0), ("2018-10-15", 355.0), ("2019-12-13", 440.0),
            ("2020-02-20", 452.0), ("2020-03-20", 188.0), ("2020-12-31", 352.0),
            ("2021-01-08", 360.0))
CM_BRANCHES = {2014: "164", 2015: "171", 2016: "180", 2017: "188", 2018: "196", 2019: "203",
               2020: "207"}


def cm_prelims(y: int) -> dt.date:
    """Full-year results: the third Tuesday of March."""
    return nth_weekday(y, 3, 1, 3)


@cache
def cm_events() -> tuple[tuple[dt.date, str], ...]:
    out = []
    for y in range(2015, 2022):
        out += [(cm_prelims(y), "Full-year results"),
                (nth_weekday(y, 5, 3, 2), "Annual General Meeting"),
                (nth_weekday(y, 9, 1, 1), "Half-year results"),
                (nth_weekday(y, 11, 3, 3), "Trading update")]
    return tuple(sorted(out))


def cm_price(day: dt.date) -> float:
    """A made-up closing share price in pence."""
    return curve(day, CM_PRICE) * (1 + 0.015 * noise(day, "cdm"))


def _cm_released(day: dt.date) -> str:
    return f"Released {{rtime}} {day.day:02d}-{MONTHS[day.month - 1][:3]}-{day.year}"


def _cm_price(day: dt.date) -> str:
    close = previous_weekday(day)
    now, before = cm_price(close), cm_price(previous_weekday(close))
    return (f"Share price: {now:.2f}p ({(now / before - 1) * 100:+.2f}%) · close "
            f"{close.day} {MONTHS[close.month - 1][:3]} {close.year}")


def _cm_next(day: dt.date) -> str:
    when, name = next((w, n) for w, n in cm_events() if w >= day)
    return f"Next event: {name}, {when.day} {MONTHS[when.month - 1]} {when.year}"


def cm_branches() -> tuple[tuple[str, str], ...]:
    return tuple((cm_prelims(y).isoformat(), n) for y, n in CM_BRANCHES.items())


def caldermoor_style() -> PublisherStyle:
    """The regulatory-news pages of a British plc (builders' merchants): the headline type
    from a pool, the announcement number from a pool, "Released" with the time from a pool
    and the date (a wording per day), the previous close of the shares (a wording per
    trading day), the inside-information line (reworded for the Market Abuse Regulation on
    3 July 2016 and for UK MAR on 1 January 2021), the LEI, the website line mid-body, the
    enquiries heading, the company and financial-PR contacts, "About Caldermoor" with the
    branch count (changing on each full-year results day), the next event of the financial
    calendar (a wording from the day after each event), "END" and the filing code from a
    pool (a block), a rare correction."""
    return PublisherStyle(
        domain="caldermoor.co.uk", site="Caldermoor", base_size=85,
        subdomains=(("www.", 100),),
        sections=("regulatory-news", "results", "agm"),
        n_authors=3, url_path="/investors/{section}/{yyyy}/{slug}",
        pools={
            "category": ("Trading Update", "Final Results", "Half-year Report",
                         "Director/PDMR Shareholding", "Notice of AGM", "Total Voting Rights",
                         "Result of AGM"),
            "rns": ("4821K", "7093M", "1256P", "9904R", "3318T", "6640V", "2275X", "8137B",
                    "5402D", "0781F", "3967H", "6512J"),
            "rtime": ("07:00", "12:00", "14:05", "16:30"),
            "code": ("MSCGPUMCBUPWGMQ", "FRUKVARUBVUSUAR", "IRFLFEVLIVFTLIT",
                     "TSTBKPBQNBKDKBK", "RAGUBOORVUUSAAR", "NOAEAXLKKLSKEFA",
                     "MSCBZLLFLVLFBBF", "TSTGZMZMLNGGMZG", "IRUUUURUAUPWUQQ"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("rns", HEADER, 0.55, (_OLD, "RNS Number : {rns}")),
            _f("released", HEADER, 0.85, *_by_day(_cm_released)),
            _f("price", HEADER, 0.3, *_by_day(_cm_price)),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the record date given in the "
                                                  "announcement released at 7.00am was wrong "
                                                  "and is 14 June.")),
            _f("inside", HEADER, 0.35,
               (_OLD, "This announcement contains inside information."),
               (CM_MAR.isoformat(), "This announcement contains inside information for the "
                                    "purposes of Article 7 of the Market Abuse Regulation "
                                    "(EU) No. 596/2014."),
               (CM_UK_MAR.isoformat(), "This announcement contains inside information for the "
                                       "purposes of Article 7 of the Market Abuse Regulation "
                                       "(EU) No. 596/2014 as it forms part of UK domestic law "
                                       "by virtue of the European Union (Withdrawal) Act "
                                       "2018.")),
            _f("lei", HEADER, 0.25, (_OLD, "LEI: 2138004QXK7MHW9R5L51")),
            _f("website", MIDDLE, 0.2, (_OLD, "A copy of this announcement will be available "
                                              "at www.caldermoor.co.uk/investors.")),
            _f("enquiries", FOOTER, 0.55, (_OLD, "For further information, please contact:")),
            _f("company-contact", FOOTER, 0.5, (_OLD, "Caldermoor plc: {author}, Chief "
                                                      "Financial Officer · +44 (0)161 555 "
                                                      "0143")),
            _f("pr-contact", FOOTER, 0.45, (_OLD, "Brackenfield Partners (financial PR): "
                                                  "{author2} · +44 (0)20 7946 0882")),
            _f("about", FOOTER, 0.4, *table_wordings(cm_branches(), lambda n: (
                f"About Caldermoor: Caldermoor plc (LSE: CDM) runs {n} builders' merchant "
                f"branches across the North of England and the Midlands."))),
            _f("next-event", FOOTER, 0.25, *_by_day(_cm_next)),
            _f("end", FOOTER, 0.55, (_OLD, "END")),
            _f("code", FOOTER, 0.5, (_OLD, "{code}")),
        ),
    )


# --- the news releases of a Canadian junior mining company --------------------------------

NQ_TSX = dt.date(2018, 9, 17)  # graduates from the TSX Venture Exchange to the TSX
NQ_COVID = dt.date(2020, 3, 23)
NQ_SHARES = (("2014-11-20", "61,842,110"), ("2015-06-10", "68,342,110"),
             ("2016-03-22", "74,905,610"), ("2016-09-14", "84,215,330"),
             ("2017-05-30", "97,660,830"), ("2018-02-27", "112,940,455"),
             ("2018-11-06", "121,004,455"), ("2019-07-18", "136,557,955"),
             ("2020-08-12", "158,113,205"))
PDAC = (("2015-03-01", "2015-03-04"), ("2016-03-06", "2016-03-09"),
        ("2017-03-05", "2017-03-08"), ("2018-03-04", "2018-03-07"),
        ("2019-03-03", "2019-03-06"), ("2020-03-01", "2020-03-04"))
VRIC = (("2015-01-18", "2015-01-19"), ("2016-01-17", "2016-01-18"),
        ("2017-01-22", "2017-01-23"), ("2018-01-21", "2018-01-22"),
        ("2019-01-20", "2019-01-21"), ("2020-01-19", "2020-01-20"))


def _nq_dateline(day: dt.date) -> str:
    if day < NQ_TSX:
        return f"Vancouver, British Columbia – {MONTHS[day.month - 1]} {day.day}, {day.year} –"
    return f"VANCOUVER, BC, {MONTHS[day.month - 1]} {day.day}, {day.year} –"


@cache
def _nq_events() -> Wordings:
    base = _steps((_OLD, "Sign up for Northquill news releases at northquillresources.com"))
    shows: list[Event] = []
    for first, last in PDAC:
        a, b = iso_day(first), iso_day(last)
        shows.append((a - 14 * ONE, b + ONE, f"Meet Northquill at PDAC {a.year} in Toronto, "
                                             f"{MONTHS[a.month - 1]} {a.day}-{b.day}, booth "
                                             f"2417"))
    for first, last in VRIC:
        a, b = iso_day(first), iso_day(last)
        shows.append((a - 10 * ONE, b + ONE, f"Meet Northquill at the Vancouver Resource "
                                             f"Investment Conference, January {a.day}-{b.day}, "
                                             f"{a.year}"))
    covid = [_span("2020-03-23", "2020-08-31", "Take our 2020 virtual site tour of the Kettle "
                                               "Zone, online now")]
    return _calendar(base, covid, sorted(shows))


def northquill_style() -> PublisherStyle:
    """The news releases of a Canadian junior mining company: the tickers (TSX-V and OTCQB
    turned TSX and OTCQX on 17 September 2018), the "not for distribution" line, the
    dateline (turned to capitals the same day, a wording per day), figure captions from a
    pool and a true-widths line mid-body, the qualified-person statement with the geologist
    from a pool, the QA/QC line, "ON BEHALF OF THE BOARD" and the CEO's signature, the
    shares outstanding (changing with each financing), the contact, the forward-looking
    caution reworded for COVID-19, the exchange's disclaimer (reworded for the TSX), an
    events line turned by PDAC, the Vancouver conference and the pandemic's virtual tour, a
    rare correction."""
    return PublisherStyle(
        domain="northquillresources.com", site="Northquill", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "news-releases"),
        n_authors=2, url_path="/news/{yyyy}/{slug}",
        pools={
            "fig": ("1: Plan map of the Kettle Zone drill holes",
                    "2: Long section of the Ridge vein with 2017 intercepts",
                    "3: Property location in north-central British Columbia",
                    "1: Cross-section through hole NQ-17-042",
                    "2: Soil geochemistry over the Larkspur target"),
            "qp": ("Dana Whitlock", "Marcus Ferreira", "Ingrid Solheim"),
        },
        families=(
            _f("tickers", HEADER, 0.7, (_OLD, "TSX-V: NQR | OTCQB: NQRLF | FSE: 4NQ"),
               (NQ_TSX.isoformat(), "TSX: NQR | OTCQX: NQRLF | FSE: 4NQ")),
            _f("not-for-us", HEADER, 0.2, (_OLD, "NOT FOR DISTRIBUTION TO UNITED STATES "
                                                 "NEWSWIRE SERVICES OR FOR DISSEMINATION IN "
                                                 "THE UNITED STATES")),
            _f("dateline", HEADER, 0.85, *_by_day(_nq_dateline)),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the gold grade reported for "
                                                  "hole NQ-18-067 has been corrected.")),
            _f("figure", MIDDLE, 0.3, (_OLD, "Figure {fig}")),
            _f("widths", MIDDLE, 0.2, (_OLD, "Intervals are core lengths; true widths are "
                                             "estimated at 70% to 85% of core length.")),
            _f("qp", FOOTER, 0.5, (_OLD, "Qualified Person: the scientific and technical "
                                         "information in this release has been reviewed and "
                                         "approved by {qp}, P.Geo., a Qualified Person as "
                                         "defined by National Instrument 43-101.")),
            _f("qaqc", FOOTER, 0.25, (_OLD, "QA/QC: drill core is logged and split at the "
                                            "Company's core facility in Smithers; samples go "
                                            "to an independent accredited laboratory for fire "
                                            "assay.")),
            _f("board", FOOTER, 0.45, (_OLD, "ON BEHALF OF THE BOARD OF DIRECTORS")),
            _f("signed", FOOTER, 0.4, (_OLD, "“{author}”, President and CEO")),
            _f("shares", FOOTER, 0.15, *table_wordings(NQ_SHARES, lambda v: (
                f"Issued and outstanding: {v} common shares"))),
            _f("contact", FOOTER, 0.45, (_OLD, "For more information: "
                                               "investors@northquillresources.com · "
                                               "604-555-0187")),
            _f("forward-looking", FOOTER, 0.4,
               (_OLD, "Cautionary note regarding forward-looking information: this release "
                      "contains forward-looking statements, including about planned drilling "
                      "and the timing of results; actual results may differ materially."),
               (NQ_COVID.isoformat(), "Cautionary note regarding forward-looking information: "
                                      "this release contains forward-looking statements, "
                                      "including about planned drilling and the timing of "
                                      "results; actual results may differ materially, "
                                      "including because of disruptions caused by "
                                      "COVID-19.")),
            _f("exchange", FOOTER, 0.35,
               (_OLD, "Neither the TSX Venture Exchange nor its Regulation Services Provider "
                      "accepts any responsibility for the adequacy or accuracy of this "
                      "release."),
               (NQ_TSX.isoformat(), "The Toronto Stock Exchange has not reviewed and does not "
                                    "accept responsibility for the adequacy or accuracy of "
                                    "this release.")),
            _f("events", FOOTER, 0.2, *_nq_events()),
        ),
    )


# --- the newsroom of an American software company that floats in 2018 --------------------

TF_IPO = dt.date(2018, 4, 19)
TF_CUSTOMERS = (("2015-01-01", 1200.0), ("2018-04-19", 3500.0), ("2021-01-10", 7400.0))
FORGEWORLD = (("2015-10-06", "2015-10-08"), ("2016-10-11", "2016-10-13"),
              ("2017-10-10", "2017-10-12"), ("2018-10-02", "2018-10-04"),
              ("2019-10-08", "2019-10-10"), ("2020-10-13", "2020-10-14"))  # 2020 online
QUARTER_NAMES = ("first", "second", "third", "fourth")


def tf_customers(day: dt.date) -> int:
    """The customer count the about line gives, updated each quarter and on the IPO day."""
    start = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    if start < TF_IPO <= day:
        start = TF_IPO
    return int(curve(start, TF_CUSTOMERS) // 100 * 100)


def _tf_dated(day: dt.date) -> str:
    if day < TF_IPO:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{time12}} ET"


def _tf_about(day: dt.date) -> str:
    n = f"{tf_customers(day):,}"
    if day < TF_IPO:
        return (f"About Tallyforge: Tallyforge helps more than {n} finance teams close their "
                f"books faster. The privately held company is based in San Francisco.")
    return (f"About Tallyforge: Tallyforge (NASDAQ: TLFG) helps more than {n} finance teams "
            f"close their books faster. The company is based in San Francisco.")


@cache
def tf_reports() -> tuple[tuple[dt.date, str], ...]:
    """Results dates after the IPO: the first Wednesday of March (the fourth quarter of the
    fiscal year that ended in January), June, September and December."""
    out = []
    for y in range(2018, 2022):
        out.append((nth_weekday(y, 3, 2, 1), f"the fourth quarter of fiscal {y}"))
        out += [(nth_weekday(y, m, 2, 1), f"the {QUARTER_NAMES[q]} quarter of fiscal {y + 1}")
                for q, m in ((0, 6), (1, 9), (2, 12))]
    return tuple((day, what) for day, what in sorted(out) if day > TF_IPO)


@cache
def _tf_banner() -> Wordings:
    base = _steps((_OLD, "Follow Tallyforge on Twitter and LinkedIn for product news"),
                  (TF_IPO.isoformat(), "Investors: filings, events and presentations at "
                                       "investors.tallyforge.com"))
    reports: list[Event] = [
        (day - 14 * ONE, day + ONE, f"Tallyforge will report results for {what} on "
                                    f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} "
                                    f"{day.day}, {day.year}, after market close.")
        for day, what in tf_reports()]
    conference: list[Event] = []
    for first, last in FORGEWORLD:
        a, b = iso_day(first), iso_day(last)
        text = (f"ForgeWorld {a.year} goes virtual · {MONTHS[a.month - 1]} {a.day}-{b.day} · "
                f"Register free" if a.year == 2020 else
                f"ForgeWorld {a.year} · {MONTHS[a.month - 1]} {a.day}-{b.day} · San Francisco "
                f"· Register now")
        conference.append((a - 21 * ONE, b + ONE, text))
    return _calendar(base, reports, conference)


def tallyforge_style() -> PublisherStyle:
    """The newsroom of an American software company that floats on 19 April 2018: the long
    date turned the short date and the time on the IPO day (a wording per day), a banner
    reworded for investors and turned by each results date after the IPO and the user
    conference (online in 2020), "Tweet this" from a pool and "Related:" mid-body, "About
    Tallyforge" with the customer count (a wording per quarter, the ticker from the IPO), the
    product disclaimer turned the safe-harbour statement at the IPO, the media contact, the
    press-kit line turned the investor contact, the trademark line, a rare correction."""
    return PublisherStyle(
        domain="tallyforge.com", site="Tallyforge", base_size=55,
        subdomains=(("www.", 100),),
        sections=("press-releases", "product", "company"),
        n_authors=3, url_path="/newsroom/{section}/{slug}",
        pools={"tweet": ("Close the books in days, not weeks",
                         "Spend management built for finance teams",
                         "Real-time budgets for every department",
                         "Expense reports nobody has to chase")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_tf_dated)),
            _f("banner", HEADER, 0.25, *_tf_banner()),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "release misstated the launch date.")),
            _f("tweet", MIDDLE, 0.2, (_OLD, "Tweet this: {tweet}")),
            _f("related", MIDDLE, 0.25, (_OLD, "Related: {other_title}")),
            _f("about", FOOTER, 0.6, *_by_day(_tf_about)),
            _f("safe-harbor", FOOTER, 0.35,
               (_OLD, "Any unreleased services or features mentioned here are subject to "
                      "change; customers should buy on the basis of features available "
                      "today."),
               (TF_IPO.isoformat(), "Safe Harbor Statement: this release contains "
                                    "forward-looking statements within the meaning of the "
                                    "Private Securities Litigation Reform Act of 1995. "
                                    "Actual results may differ materially; see the risk "
                                    "factors in our filings with the SEC.")),
            _f("media", FOOTER, 0.5, (_OLD, "Media contact: press@tallyforge.com")),
            _f("ir", FOOTER, 0.3, (_OLD, "Press kit: tallyforge.com/press"),
               (TF_IPO.isoformat(), "Investor contact: ir@tallyforge.com")),
            _f("trademark", FOOTER, 0.3, (_OLD, "Tallyforge and the Tallyforge logo are "
                                                "trademarks of Tallyforge, Inc. in the United "
                                                "States and other countries. Other names may "
                                                "be trademarks of their owners.")),
        ),
    )


# --- the press pages of a German drive-technology group -----------------------------------

RH_SOCIAL = dt.date(2018, 6, 1)
RH_REDESIGN = dt.date(2019, 3, 11)
RH_GENDER = dt.date(2020, 9, 1)
RH_PROFILE = (("2014-03-19", ("2013", "10.600", "1,9")), ("2015-03-18", ("2014", "11.200", "2,1")),
              ("2016-03-16", ("2015", "11.800", "2,3")), ("2017-03-15", ("2016", "12.400", "2,4")),
              ("2018-03-14", ("2017", "13.100", "2,7")), ("2019-03-13", ("2018", "13.900", "2,9")),
              ("2020-03-18", ("2019", "14.300", "2,8")))  # each annual press conference
SPS = (("2015-11-24", "2015-11-26"), ("2016-11-22", "2016-11-24"),
       ("2017-11-28", "2017-11-30"), ("2018-11-27", "2018-11-29"),
       ("2019-11-26", "2019-11-28"))  # cancelled in 2020


def _rh_datum(day: dt.date) -> str:
    if day < RH_REDESIGN:
        return f"München, {day.day}. {MONATE[day.month - 1]} {day.year}"
    return f"München, {day.day:02d}.{day.month:02d}.{day.year}"


def _rh_ueber(value: tuple[str, ...]) -> str:
    year, staff, sales = value
    return (f"Über Reinholt: Die Reinholt AG mit Sitz in München entwickelt Antriebs- und "
            f"Steuerungstechnik. Im Geschäftsjahr {year} erzielte der Konzern mit rund {staff} "
            f"Beschäftigten einen Umsatz von {sales} Mrd. Euro.")


@cache
def _rh_hinweis() -> Wordings:
    base = _steps((_OLD, "Folgen Sie Reinholt auf Xing und Twitter"),
                  (RH_SOCIAL.isoformat(), "Folgen Sie Reinholt auf LinkedIn und Twitter"))
    messen: list[Event] = [
        (iso_day(first, -14), iso_day(last, 1), f"Besuchen Sie uns auf der Hannover Messe "
                                                f"{first[:4]}: Halle 15, Stand E24")
        for first, last in HANNOVER_MESSE]
    messen += [(iso_day(first, -14), iso_day(last, 1), f"SPS {first[:4]} in Nürnberg: "
                                                       f"Besuchen Sie uns in Halle 3, Stand 418")
               for first, last in SPS]
    messen += [_span("2020-03-26", "2020-04-24", "Hannover Messe 2020 abgesagt: Erleben Sie "
                                                 "unsere Neuheiten im virtuellen Showroom"),
               _span("2020-11-10", "2020-11-26", "SPS 2020 findet nicht statt: unsere "
                                                 "Neuheiten jetzt online")]
    return _calendar(base, sorted(messen))


def reinholt_style() -> PublisherStyle:
    """The press pages of a German drive-technology group: "Presseinformation", "München"
    and the long date turned numeric on 11 March 2019 (a wording per day), picture captions
    from a pool and a bare photo credit mid-body, the press-photo line, "Über Reinholt" with
    the year's staff and sales (changing on each annual press conference), the forward-
    looking statements, the press contact reworded gender-inclusively in September 2020, a
    social line reworded (Xing to LinkedIn) and turned by Hannover Messe and the SPS fair
    (both cancelled in 2020), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="reinholt.de", site="Reinholt", base_size=45,
        subdomains=(("www.", 100),),
        sections=("presse", "unternehmen", "produkte"),
        n_authors=2, url_path="/de/{section}/{yyyy}/{slug}",
        pools={"bild": ("Das neue Servoantriebssystem RX 7 im Prüffeld in Augsburg",
                        "Der Vorstandsvorsitzende bei der Bilanzpressekonferenz",
                        "Montage von Getriebemotoren im Werk Landshut",
                        "Die Steuerungsplattform R-Control am Messestand")},
        families=(
            _f("pi", HEADER, 0.6, (_OLD, "Presseinformation")),
            _f("datum", HEADER, 0.85, *_by_day(_rh_datum)),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In der ursprünglichen Fassung war "
                                                 "der Standort des neuen Werks falsch "
                                                 "angegeben.")),
            _f("bild", MIDDLE, 0.3, (_OLD, "Bildunterschrift: {bild}")),
            _f("foto", MIDDLE, 0.15, (_OLD, "Foto: Reinholt AG")),
            _f("download", FOOTER, 0.3, (_OLD, "Pressefotos in druckfähiger Auflösung finden "
                                               "Sie unter www.reinholt.de/presse")),
            _f("ueber", FOOTER, 0.5, *table_wordings(RH_PROFILE, _rh_ueber)),
            _f("aussagen", FOOTER, 0.25, (_OLD, "Zukunftsgerichtete Aussagen: Diese "
                                                "Presseinformation enthält Aussagen, die auf "
                                                "den gegenwärtigen Einschätzungen des "
                                                "Vorstands beruhen; die tatsächlichen "
                                                "Ergebnisse können davon wesentlich "
                                                "abweichen.")),
            _f("ansprechpartner", FOOTER, 0.5,
               (_OLD, "Ansprechpartner für die Presse: {author}, Telefon +49 89 5550-2214"),
               (RH_GENDER.isoformat(), "Ansprechpartner*in für die Presse: {author}, Telefon "
                                       "+49 89 5550-2214")),
            _f("hinweis", FOOTER, 0.25, *_rh_hinweis()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Reinholt AG")),
        ),
    )


# --- the news releases of a Japanese chemicals maker --------------------------------------

AK_SEIREKI = dt.date(2020, 4, 1)  # the site dates its releases in Western years
AK_STAFF = (("2014-06-26", ("2,914", "2014")), ("2015-06-25", ("3,012", "2015")),
            ("2016-06-28", ("3,087", "2016")), ("2017-06-27", ("3,150", "2017")),
            ("2018-06-26", ("3,236", "2018")), ("2019-06-25", ("3,301", "2019")),
            ("2020-06-25", ("3,342", "2020")))  # after each annual report


def _ak_hizuke(day: dt.date) -> str:
    if day >= AK_SEIREKI:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{era_year(day)}{day.month}月{day.day}日"


def _ak_gaiyou(value: tuple[str, ...]) -> str:
    staff, year = value
    return (f"会社概要：青葉化成株式会社　本社：東京都中央区　従業員数：{staff}名"
            f"（連結、{year}年3月31日現在）")


@cache
def _ak_oshirase() -> Wordings:
    base = _steps((_OLD, "IRメール配信サービスのご登録はこちら"))
    covid = [_span("2020-04-07", "2020-05-25", "新型コロナウイルス感染拡大防止のため、広報・IR部は"
                                               "在宅勤務を実施しております。お問い合わせはメール"
                                               "にてお願いいたします。")]
    events: list[Event] = []
    for y in YEARS:
        may, nov = nth_weekday(y, 5, 4, 2), nth_weekday(y, 11, 4, 2)
        events.append((may - 14 * ONE, may + ONE, f"{y}年3月期 決算発表予定日：{may.month}月"
                                                  f"{may.day}日（{YOUBI[may.weekday()]}）"))
        events.append((nov - 14 * ONE, nov + ONE, f"{y + 1}年3月期 第2四半期決算発表予定日："
                                                  f"{nov.month}月{nov.day}日"
                                                  f"（{YOUBI[nov.weekday()]}）"))
        events.append((dt.date(y, 8, 1), dt.date(y, 8, 17), f"夏季休業のお知らせ：{y}年8月11日"
                                                            f"〜8月16日は休業いたします"))
    for y in range(2014, 2021):
        events.append((dt.date(y, 12, 15), dt.date(y + 1, 1, 5),
                       f"年末年始休業のお知らせ：{y}年12月29日〜{y + 1}年1月4日"))
    return _calendar(base, covid, sorted(events))


def aoba_style() -> PublisherStyle:
    """The news releases of a Japanese chemicals maker: "ニュースリリース", the date in the
    Japanese era (平成 to 30 April 2019, 令和元年 from 1 May, Western years from 1 April 2020,
    a wording per day), the company and securities-code lines, photo captions from a pool
    mid-body, "以上", the enquiries line, the forward-looking caution, the company outline
    with the year's staff (changing after each annual report), the PDF-reader line, a notice
    turned by each results date, the summer and year-end closures and the 2020 state of
    emergency, a rare correction."""
    return PublisherStyle(
        domain="aobakasei.co.jp", site="青葉化成", base_size=38,
        subdomains=(("www.", 100),),
        sections=("news", "ir"),
        n_authors=2, url_path="/{section}/{yyyy}/{n}.html",
        pools={"shashin": ("新製品の高耐熱樹脂ペレット", "袖ケ浦工場の新生産ライン",
                           "記者会見の様子", "研究開発センター（つくば市）")},
        families=(
            _f("news", HEADER, 0.6, (_OLD, "ニュースリリース")),
            _f("hizuke", HEADER, 0.85, *_by_day(_ak_hizuke)),
            _f("kaisha", HEADER, 0.5, (_OLD, "青葉化成株式会社")),
            _f("code", HEADER, 0.4, (_OLD, "（コード番号：4987　東証第一部）")),
            _f("oshirase", HEADER, 0.2, *_ak_oshirase()),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】一部記載内容に誤りがありましたので訂正"
                                              "いたします。")),
            _f("shashin", MIDDLE, 0.25, (_OLD, "写真：{shashin}")),
            _f("ijo", FOOTER, 0.6, (_OLD, "以上")),
            _f("toiawase", FOOTER, 0.55, (_OLD, "【本件に関するお問い合わせ先】青葉化成株式会社"
                                                "　広報・IR部　TEL：03-5555-0180")),
            _f("chui", FOOTER, 0.25, (_OLD, "将来見通しに関する注意事項：本資料に記載されている"
                                            "業績見通し等は、現時点で入手可能な情報に基づく判断"
                                            "であり、実際の業績は様々な要因により異なる可能性が"
                                            "あります。")),
            _f("gaiyou", FOOTER, 0.3, *table_wordings(AK_STAFF, _ak_gaiyou)),
            _f("pdf", FOOTER, 0.3, (_OLD, "PDFファイルをご覧いただくには、Adobe Acrobat "
                                          "Reader（無償）が必要です。")),
        ),
    )


# --- the communiqués of a Portuguese renewable-energy producer ----------------------------

LV_MAR = dt.date(2016, 7, 3)
LV_AO = dt.date(2016, 9, 12)  # the site takes the 1990 spelling agreement
LV_CAPACITY = (("2014-03-06", "1.120"), ("2015-03-05", "1.240"), ("2016-03-03", "1.410"),
               ("2017-03-02", "1.580"), ("2018-03-01", "1.730"), ("2019-02-28", "1.960"),
               ("2020-03-05", "2.150"))
LV_AG = {2015: "2015-04-16", 2016: "2016-04-14", 2017: "2017-04-20", 2018: "2018-04-19",
         2019: "2019-04-11", 2020: "2020-05-28"}


def pt_month(day: dt.date, month: int) -> str:
    """A month as the site spells it on `day`: capitalised before the new spelling."""
    name = MESES_PT[month - 1]
    return name if day >= LV_AO else name.capitalize()


def _lv_data(day: dt.date) -> str:
    return f"Lisboa, {day.day} de {pt_month(day, day.month)} de {day.year}"


@cache
def _lv_ag() -> Wordings:
    base = _steps((_OLD, "Subscreva os alertas de comunicados da Lusoventos"))
    meetings: list[Event] = []
    for y, text in LV_AG.items():
        day = iso_day(text)
        start = day - 21 * ONE
        when = f"{day.day} de {pt_month(start, day.month)}"
        line = (f"Assembleia Geral Anual 2020: {when}, exclusivamente por meios telemáticos."
                if y == 2020 else
                f"Assembleia Geral Anual {y}: {when}, às 15h00, em Lisboa. Documentação "
                f"disponível no site.")
        meetings.append((start, day + ONE, line))
    return _calendar(base, meetings)


def lusoventos_style() -> PublisherStyle:
    """The communiqués of a Portuguese renewable-energy producer: the notice type ("Facto
    relevante" turned "Informação privilegiada" under the Market Abuse Regulation), "Lisboa"
    and the long date with the month capitalised until the site took the new spelling on
    12 September 2016 (a wording per day), the listing line, photo captions from a pool
    mid-body, "Sobre a Lusoventos" with the installed capacity (changing on each annual
    results day), the investor-relations contact, the forward-looking statements
    ("prospectivas" turned "prospetivas"), the CMVM line, an alerts line turned by each
    annual general meeting (online in 2020), a rare erratum."""
    return PublisherStyle(
        domain="lusoventos.pt", site="Lusoventos", base_size=30,
        subdomains=(("www.", 100),),
        sections=("comunicados", "investidores"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={"parque": ("Parque eólico de Penedo Alto",
                          "Central fotovoltaica da Herdade do Sobral",
                          "Parque eólico de Vale do Corvo", "Subestação de Castelo Alto")},
        families=(
            _f("tipo", HEADER, 0.5, (_OLD, "Facto relevante"),
               (LV_MAR.isoformat(), "Informação privilegiada")),
            _f("data", HEADER, 0.85, *_by_day(_lv_data)),
            _f("bolsa", HEADER, 0.4, (_OLD, "Euronext Lisbon: LSV · ISIN PTLSV0AM0007")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: foi corrigida a capacidade instalada "
                                              "indicada no segundo parágrafo.")),
            _f("parque", MIDDLE, 0.25, (_OLD, "Foto: {parque}")),
            _f("sobre", FOOTER, 0.45, *table_wordings(LV_CAPACITY, lambda mw: (
                f"Sobre a Lusoventos: produtora de energia renovável com {mw} MW instalados "
                f"em Portugal, Espanha e Brasil."))),
            _f("ri", FOOTER, 0.5, (_OLD, "Gabinete de Relação com Investidores: "
                                         "ir@lusoventos.pt | +351 21 555 0470")),
            _f("declaracoes", FOOTER, 0.25,
               (_OLD, "Este comunicado contém declarações prospectivas, sujeitas a riscos e "
                      "incertezas que podem fazer com que os resultados reais difiram "
                      "materialmente."),
               (LV_AO.isoformat(), "Este comunicado contém declarações prospetivas, sujeitas "
                                   "a riscos e incertezas que podem fazer com que os "
                                   "resultados reais difiram materialmente.")),
            _f("cmvm", FOOTER, 0.3, (_OLD, "Informação também disponível em www.cmvm.pt")),
            _f("ag", FOOTER, 0.2, *_lv_ag()),
        ),
    )


def heldout178_styles() -> list[PublisherStyle]:
    """The held-back-178 styles, in the order the generator hands them to publishers."""
    return [
        meridian_style(), presseticker_style(), kizuna_style(), filinfo_style(),
        vientonorte_style(), ferrovale_style(), caldermoor_style(), northquill_style(),
        tallyforge_style(), reinholt_style(), aoba_style(), lusoventos_style(),
    ]
