"""The ``held-back-126`` template set of the planted-real benchmark.

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
risk warning or an advertisement marker. The publishers are personal-finance, fintech and
crypto media in English (UK, US, India, Nigeria), German, Spanish, Turkish, Korean and
Vietnamese: a British money-advice site, an American crypto news portal, a German consumer
finance and comparison site, a Spanish personal-finance comparison site, a Nigerian business
and personal-finance site, the market-news pages of a Turkish brokerage, an Indian
personal-finance site, a Korean finance and crypto news site, a Vietnamese money site, an
American rates-comparison site, the market-analysis pages of a British CFD broker and an
Argentinian crypto portal. The families are the kinds a crawl of such sites holds: dates
localised day by day in English (with British summer and winter time, West African, Indian
and UTC times), German, Spanish (with summer and winter time), Turkish, Korean and Vietnamese
(several changing form on the day of a redesign); price tickers that turn every day (bitcoin
and ether in dollars, won and pesos, with their day's change; SJC gold in Vietnam) and market
lines that turn every business day (naira at the official and parallel windows, the NSE, BIST
100 before and after it dropped two zeros, the lira and gram gold, Sensex and Nifty, the
FTSE, sterling and gold, the 12-month Euribor, the German overnight-deposit rates, the US
30-year mortgage rate, Vietnam's central rate, Argentina's official, blue and "solidarity"
dollars); policy rates that change on the central banks' decision days (the Bank of England,
the ECB, the Fed, the RBI, the CBN, the TCMB and the Bank of Korea); a bitcoin halving
countdown; "rates correct as of" and "APYs accurate as of" lines printed day by day;
the week's top savings rate, turning each Monday; contribution limits and tax allowances that
change each January or tax year; CFD risk
warnings whose share of losing accounts changes each quarter after ESMA's rules; affiliate,
advertiser and referral disclosures reworded; "not financial advice" lines, mutual-fund and
crypto risk lines, past-performance and MiFID lines, regulator registration lines (FCA, NMLS,
the Bank of Spain's register, SPK, Korea's internet-newspaper register, Vietnam's ministry
licence renewed); reporter names from pools; related links, advertisement markers, sponsored
inserts, chart credits and glossary links mid-body (some up to two times); notices reworded in
2016-2020 and notices that follow the calendars of money (tax-year ends and ISA allowances,
Self Assessment, the German filing deadline moved from May to July, Grundfreibetrag steps,
Spain's Renta campaign and the pension-plan limit cut, Section 80C, ITR deadlines, Union
Budgets, Dhanteras, demonetisation and GST, US Tax Day postponed in 2020, open enrolment, UK
Budgets and energy price caps, halvings, Consensus, Pizza Day, forks and crashes, Korea's
year-end settlement and income-tax month, Chuseok and Seollal, the real-name rule, Tết with its
year name and the God of Wealth day, Turkey's bayrams, votes and the 2018 lira shock, Nigeria's
elections and market holidays, Argentina's elections, exchange controls and dollar
surcharges, Brexit's deadlines, the 2020 pandemic), multi-line blocks, bare lines and families
in only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, iso_day, last_weekday
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles three
# times, and a day walk over six years of prices takes a while.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
CAN_CHI = {2015: "Ất Mùi", 2016: "Bính Thân", 2017: "Đinh Dậu", 2018: "Mậu Tuất",
           2019: "Kỷ Hợi", 2020: "Canh Tý"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}
DHANTERAS = {2015: "2015-11-09", 2016: "2016-10-28", 2017: "2017-10-17", 2018: "2018-11-05",
             2019: "2019-10-25", 2020: "2020-11-13"}
HALVINGS = (dt.date(2016, 7, 9), dt.date(2020, 5, 11))  # blocks 420,000 and 630,000
ETH_LAUNCH = dt.date(2015, 7, 30)
ETH_TRADED = dt.date(2015, 8, 8)  # the first day the tickers print ether

# --- numbers that move: made up, but the same for the same day and key ----------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{day.isoformat()}/{key}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") / 0xFFFFFFFF * 2 - 1


def business_day(day: dt.date) -> dt.date:
    """The last weekday (Monday to Friday) on or before `day`: the day a market closed."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


@cache
def _ordinals(anchors: tuple[tuple[str, float], ...]) -> list[int]:
    return [iso_day(a).toordinal() for a, _ in anchors]


def curve(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn through `anchors` ((ISO day, value), ...), straight between them."""
    days = _ordinals(anchors)
    x = day.toordinal()
    i = bisect_right(days, x)
    if i == 0:
        return anchors[0][1]
    if i == len(days):
        return anchors[-1][1]
    (x0, y0), (x1, y1) = (days[i - 1], anchors[i - 1][1]), (days[i], anchors[i][1])
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def price(day: dt.date, key: str, anchors: tuple[tuple[str, float], ...],
          spread: float) -> float:
    """A made-up price on `day`: the curve's level moved by up to `spread` (a share)."""
    return curve(day, anchors) * (1 + spread * wobble(day, key))


def dotted(value: float, places: int = 2) -> str:
    """A number with dotted thousands and a decimal comma: 3.285,40."""
    text = f"{value:,.{places}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def signed(change: float) -> str:
    """A day's change in per cent, with its sign: +2.31%, -0.84%."""
    return f"{change:+.2f}%"


def stepped(day: dt.date, table: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    """The (ISO day, value) of `table` in force on `day` (the first before any)."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)]


def decisions(table: tuple[tuple[str, str], ...], text: Callable[[str, str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table` ((ISO day, value), ...):
    `text(day, value)` from the oldest day (the value in force on the set's first day), then
    one from each later day of the table."""
    first = stepped(FIRST_DAY, table)
    return ((_OLD, text(*first)),) + tuple(
        (start, text(start, value)) for start, value in table if start > first[0])


def summer_time(day: dt.date) -> bool:
    """Whether British and European summer time is in force on `day` (the last Sunday of
    March to the day before the last Sunday of October)."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


BTC = (("2015-01-01", 315.0), ("2015-03-01", 255.0), ("2015-08-25", 210.0),
       ("2015-11-04", 400.0), ("2015-12-31", 430.0), ("2016-06-17", 750.0),
       ("2016-08-02", 540.0), ("2016-12-31", 960.0), ("2017-03-01", 1200.0),
       ("2017-06-12", 2900.0), ("2017-09-01", 4900.0), ("2017-12-17", 19400.0),
       ("2018-02-06", 6900.0), ("2018-03-05", 11500.0), ("2018-04-06", 6600.0),
       ("2018-07-25", 8200.0), ("2018-11-14", 6300.0), ("2018-12-15", 3200.0),
       ("2019-04-01", 4100.0), ("2019-06-26", 12900.0), ("2019-12-17", 6700.0),
       ("2020-02-12", 10300.0), ("2020-03-12", 4900.0), ("2020-05-01", 8800.0),
       ("2020-08-01", 11800.0), ("2020-10-20", 12000.0), ("2020-12-31", 29000.0),
       ("2021-01-10", 38000.0))
ETH = (("2015-08-08", 2.8), ("2015-10-20", 0.45), ("2016-01-01", 0.95), ("2016-03-13", 14.5),
       ("2016-06-17", 15.0), ("2016-06-18", 10.5), ("2016-12-31", 8.2), ("2017-03-01", 16.0),
       ("2017-06-12", 400.0), ("2017-12-31", 750.0), ("2018-01-13", 1390.0),
       ("2018-04-06", 380.0), ("2018-05-05", 800.0), ("2018-12-15", 84.0),
       ("2019-06-26", 330.0), ("2019-12-17", 122.0), ("2020-02-14", 280.0),
       ("2020-03-13", 110.0), ("2020-08-01", 390.0), ("2020-12-31", 735.0),
       ("2021-01-10", 1250.0))
GOLD = (("2015-01-01", 1185.0), ("2015-12-17", 1050.0), ("2016-07-06", 1365.0),
        ("2016-12-15", 1130.0), ("2017-09-08", 1345.0), ("2017-12-12", 1245.0),
        ("2018-04-11", 1360.0), ("2018-08-16", 1175.0), ("2019-06-25", 1420.0),
        ("2019-09-04", 1550.0), ("2019-12-31", 1520.0), ("2020-03-19", 1470.0),
        ("2020-08-06", 2065.0), ("2020-12-31", 1890.0))


def coin(day: dt.date, key: str, anchors: tuple[tuple[str, float], ...]) -> tuple[float, float]:
    """A coin's made-up price on `day` and its change from the day before, in per cent
    (crypto trades every day)."""
    today = price(day, key, anchors, 0.025)
    yesterday = price(day - ONE, key, anchors, 0.025)
    return today, (today / yesterday - 1) * 100


def usd(value: float) -> str:
    """A dollar price as a crypto ticker prints it: $9,312.40, or $0.9512 under ten."""
    return f"${value:,.2f}" if value >= 10 else f"${value:,.4f}"


# --- a British money-advice site -----------------------------------------------------------

PW_REDESIGN = dt.date(2018, 4, 6)  # relaunched on the first day of the 2018/19 tax year
PW_AFFILIATE = dt.date(2016, 9, 1)
PW_EMAIL = dt.date(2017, 2, 14)
BOE_RATE = (("2009-03-05", "0.5% (unchanged since 5 March 2009)"),
            ("2016-08-04", "0.25% (cut on 4 August 2016)"),
            ("2017-11-02", "0.5% (raised on 2 November 2017)"),
            ("2018-08-02", "0.75% (raised on 2 August 2018)"),
            ("2020-03-11", "0.25% (cut on 11 March 2020)"),
            ("2020-03-19", "0.1% (cut on 19 March 2020)"))
ISA_ALLOWANCE = {2014: "15,000", 2015: "15,240", 2016: "15,240", 2017: "20,000",
                 2018: "20,000", 2019: "20,000", 2020: "20,000"}  # by the tax year's first year
UK_BUDGETS = {"2015-03-18": "Budget 2015", "2015-07-08": "Summer Budget 2015",
              "2015-11-25": "Autumn Statement 2015", "2016-03-16": "Budget 2016",
              "2016-11-23": "Autumn Statement 2016", "2017-03-08": "Spring Budget 2017",
              "2017-11-22": "Autumn Budget 2017", "2018-10-29": "Budget 2018",
              "2020-03-11": "Budget 2020"}
EASY_ACCESS = (("2015-01-01", 1.55), ("2016-08-04", 1.45), ("2016-12-31", 1.25),
               ("2017-11-02", 1.3), ("2018-12-31", 1.55), ("2019-12-31", 1.45),
               ("2020-03-19", 1.2), ("2020-12-31", 0.65))
PRICE_CAP_CHANGES = ("2019-01-01", "2019-04-01", "2019-10-01", "2020-04-01", "2020-10-01")


def _pw_dated(day: dt.date) -> str:
    if day < PW_REDESIGN:
        return f"Last updated: {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    zone = "BST" if summer_time(day) else "GMT"
    return (f"Updated {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} {zone}")


def week_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def _pw_top_rate(day: dt.date) -> str:
    monday = week_of(day)
    rate = curve(monday, EASY_ACCESS) + 0.04 * wobble(monday, "easy-access")
    return (f"📌 This week's top easy-access savings rate: {rate:.2f}% AER (week of "
            f"{monday.day} {MONTHS[monday.month - 1]})")


def _pw_rates_correct(day: dt.date) -> str:
    return (f"Rates correct as of {day.day} {MONTHS[day.month - 1]} {day.year}; providers can "
            f"pull deals without notice.")


def _pw_base_rate(_: str, value: str) -> str:
    return f"Bank of England base rate: {value}"


def _pw_tax_year(y: int) -> str:
    return (f"⏰ The {y - 1}/{y % 100:02d} tax year ends on 5 April: use your "
            f"£{ISA_ALLOWANCE[y - 1]} ISA allowance before it's gone")


@cache
def _pw_notice() -> Wordings:
    base = _steps((_OLD, "Get our free weekly Money Tips email: deals, guides and scam "
                         "warnings"),
                  (PW_EMAIL.isoformat(), "📧 Join 1.2 million readers: the Money Tips email "
                                         "lands every Tuesday, free"))
    deadlines = _yearly("04-05", 13, 0, _pw_tax_year)
    deadlines += _yearly("01-31", 9, 0, lambda y: f"📝 Self Assessment: file your "
                                                  f"{y - 2}/{(y - 1) % 100:02d} tax return "
                                                  f"online by 31 January {y}")
    budgets: list[Event] = [_vote(day, f"💷 {kind}: what it means for your money, live",
                                  before=1, after=1) for day, kind in UK_BUDGETS.items()]
    news = [
        _span("2016-06-24", "2016-07-08", "🇬🇧 After the EU referendum: what the result means "
                                          "for your savings, mortgage and pension"),
        _span("2020-03-20", "2020-07-31", "🦠 Coronavirus and your money: payment holidays, "
                                          "refunds and help, explained"),
    ]
    caps = [_span(str(iso_day(day, -7)), day, f"⚡ The energy price cap changes on "
                                               f"{iso_day(day).day} "
                                               f"{MONTHS[iso_day(day).month - 1]} "
                                               f"{iso_day(day).year}: check whether a fix "
                                               f"beats it") for day in PRICE_CAP_CHANGES]
    return _calendar(base, caps, deadlines, budgets, news)


def pennywise_style() -> PublisherStyle:
    """A British money-advice site: a topic kicker, "Last updated:" with the short date
    turned the weekday, the long date and British summer or winter time on the first day of
    the 2018/19 tax year (a wording per day), "By" turned the writer and the fact-checker, an
    affiliate disclosure reworded on nearly every page, the Bank of England's base rate by
    decision day, the week's top easy-access rate (a wording per week), "Rates correct as
    of" under best-buy tables (a wording per day), "Read more:" and advertisement markers up
    to twice, a not-advice line, a capital-at-risk line, an e-mail appeal reworded and turned
    by the tax year's end with the year's ISA allowance, Self Assessment, nine Budgets, the
    referendum, the energy price caps and the pandemic, the appointed-representative line and
    the company line (a block), a rare correction."""
    return PublisherStyle(
        domain="pennywiseguide.co.uk", site="Pennywise Guide", base_size=250,
        subdomains=(("www.", 95), ("m.", 5)),
        sections=("savings", "mortgages", "pensions", "energy", "credit-cards", "tax"),
        n_authors=14, url_path="/{section}/{slug}/",
        pools={
            "kicker": ("SAVINGS", "MORTGAGES", "PENSIONS", "ENERGY BILLS", "CREDIT CARDS",
                       "TAX", "CONSUMER RIGHTS"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_pw_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (PW_REDESIGN.isoformat(), "By {author} · Fact-checked by {author2}")),
            _f("affiliate", HEADER, 0.85,
               (_OLD, "Some links in this article are affiliate links: if you click one and "
                      "buy, Pennywise Guide may earn a commission."),
               (PW_AFFILIATE.isoformat(), "We're editorially independent. If you take out a "
                                          "product through a link marked *, we may be paid a "
                                          "fee; it never changes our rankings.")),
            _f("base-rate", HEADER, 0.25, *decisions(BOE_RATE, _pw_base_rate)),
            _f("top-rate", HEADER, 0.2, *_by_day(_pw_top_rate)),
            _f("rates-correct", MIDDLE, 0.3, *_daily(_pw_rates_correct)),
            _f("read-more", MIDDLE, 0.4, (_OLD, "Read more: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("not-advice", FOOTER, 0.45, (_OLD, "This guide is general information, not "
                                                  "personal financial advice. If you're not "
                                                  "sure what's right for you, speak to a "
                                                  "regulated adviser.")),
            _f("capital-risk", FOOTER, 0.15, (_OLD, "Investing puts your capital at risk: the "
                                                    "value of investments can fall as well as "
                                                    "rise.")),
            _f("notice", FOOTER, 0.3, *_pw_notice()),
            _f("regulator", FOOTER, 0.3, (_OLD, "Pennywise Guide Ltd is an appointed "
                                                "representative of Ashgrove Compliance Ltd, "
                                                "which is authorised and regulated by the "
                                                "Financial Conduct Authority (FRN 612408).")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Pennywise Guide Ltd · Registered in "
                                                "England and Wales, company no. 09120456")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "guide gave the wrong notice period for "
                                                  "the account.")),
        ),
    )


# --- an American crypto news portal --------------------------------------------------------

CL_REDESIGN = HALVINGS[1]  # relaunched on the day of the third halving
CL_DISCLAIMER = dt.date(2018, 2, 1)
CL_ALERTS = dt.date(2019, 3, 1)
CONSENSUS = ((2016, "2016-05-02", "2016-05-04"), (2017, "2017-05-22", "2017-05-24"),
             (2018, "2018-05-14", "2018-05-16"), (2019, "2019-05-13", "2019-05-15"))


def _cl_dated(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} at {{time}} UTC"
    return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year}, {{time12}} UTC"


def _cl_ticker(day: dt.date) -> str:
    btc, btc_change = coin(day, "btc", BTC)
    line = f"BTC {usd(btc)} ({signed(btc_change)})"
    if day >= ETH_TRADED:
        eth, eth_change = coin(day, "eth", ETH)
        line += f" · ETH {usd(eth)} ({signed(eth_change)})"
    return line


def _cl_halving(day: dt.date) -> str:
    (first, second), rewards = HALVINGS, ("25", "12.5", "6.25")
    for halving, old, new in ((first, rewards[0], rewards[1]),
                              (second, rewards[1], rewards[2])):
        if day < halving:
            left = (halving - day).days
            return (f"⛏️ Next halving in {left} day{'s' if left > 1 else ''}: the block "
                    f"reward drops from {old} to {new} BTC")
        if day == halving:
            return f"⛏️ Halving day: the block reward is now {new} BTC"
    return "⛏️ Block reward: 6.25 BTC since the May 2020 halving"


@cache
def _cl_notice() -> Wordings:
    base = _steps((_OLD, "Get The Daily Block, our newsletter: the crypto stories that matter, "
                         "every weekday"),
                  (CL_ALERTS.isoformat(), "🔔 Turn on CoinLantern alerts for breaking crypto "
                                          "news"))
    halvings = [(h - 3 * ONE, h + 2 * ONE, f"🎉 Halving week: our live blog follows bitcoin "
                                           f"to block {'420,000' if h.year == 2016 else '630,000'}")
                for h in HALVINGS]
    news: list[Event] = [
        _span("2016-06-17", "2016-06-24", "🚨 The DAO exploit: live updates as ether slides"),
        _span("2016-07-19", "2016-07-22", "🍴 Ethereum's hard fork: what it means for your ETH "
                                          "and ETC"),
        _span("2017-07-31", "2017-08-03", "🍴 Bitcoin Cash splits off on 1 August: how to claim "
                                          "your coins"),
        _span("2017-12-10", "2017-12-22", "📈 Bitcoin futures go live on Cboe and CME: follow "
                                          "our markets coverage"),
        _span("2018-10-31", "2018-10-31", "📜 Ten years since the bitcoin white paper"),
        _span("2020-03-12", "2020-03-19", "📉 Crypto crash: live coverage as bitcoin halves in "
                                          "two days"),
        _span("2020-11-30", "2020-12-02", "🧱 Ethereum 2.0's beacon chain goes live"),
    ]
    conferences = [_span(first, last, f"🎤 Live from Consensus {y} in New York")
                   for y, first, last in CONSENSUS]
    pizza = _yearly("05-22", 0, 0, lambda y: f"🍕 Bitcoin Pizza Day: {y - 2010} years since "
                                             f"10,000 BTC bought two pizzas")
    return _calendar(base, halvings, news, conferences, pizza)


def coinlantern_style() -> PublisherStyle:
    """An American crypto news portal: a topic kicker, the short date in UTC turned "Updated"
    with the long date and a 12-hour clock on the day of the third halving (a wording per
    day), "By" turned the reporter and the editor, a bitcoin ticker with the day's change,
    ether added once it traded (a wording per day), a halving countdown (a wording per day),
    "READ MORE:" up to twice, a sponsored exchange insert from a pool, a chart credit from a
    pool, the author's holdings from a pool, a not-advice line reworded, a newsletter line
    turned an alerts appeal and turned by the halvings, the DAO exploit, forks, futures, the
    white paper's tenth birthday, the 2020 crash, the beacon chain, Consensus and Pizza Day,
    the editorial-policy line and the company line (a block), a rare correction."""
    return PublisherStyle(
        domain="coinlantern.com", site="CoinLantern", base_size=220,
        subdomains=(("www.", 100),),
        sections=("markets", "policy", "tech", "business", "learn"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("BITCOIN", "ETHEREUM", "MARKETS", "ALTCOINS", "POLICY", "TECHNOLOGY",
                       "MINING"),
            "exchange": ("Kestrel Exchange", "Bitmoor", "Orchard Pro", "Vantix"),
            "chart": ("TradingView", "Glassnode", "CoinMetrics", "Kaiko"),
            "holding": ("The author holds no cryptocurrency.", "The author holds BTC.",
                        "The author holds BTC and ETH.",
                        "The author holds small amounts of BTC, ETH and LTC."),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_cl_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (CL_REDESIGN.isoformat(), "By {author} · Edited by {author2}")),
            _f("ticker", HEADER, 0.35, *_by_day(_cl_ticker)),
            _f("halving", HEADER, 0.15, *_by_day(_cl_halving)),
            _f("read-more", MIDDLE, 0.4, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("sponsored", MIDDLE, 0.12, (_OLD, "Sponsored · Trade 200+ crypto assets with low "
                                                 "fees on {exchange}")),
            _f("chart", MIDDLE, 0.25, (_OLD, "BTC/USD daily chart. Source: {chart}")),
            _f("disclosure", FOOTER, 0.35, (_OLD, "Disclosure: {holding}")),
            _f("not-advice", FOOTER, 0.7,
               (_OLD, "This article is for information only and is not investment advice."),
               (CL_DISCLAIMER.isoformat(), "Not investment advice. Crypto assets are highly "
                                           "volatile and you could lose everything you put "
                                           "in; do your own research.")),
            _f("notice", FOOTER, 0.3, *_cl_notice()),
            _f("editorial", FOOTER, 0.25, (_OLD, "Our reporters may not trade on unpublished "
                                                 "news, and every sponsored post is marked as "
                                                 "such.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} CoinLantern Media, Inc.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misstated the size of the hack.")),
        ),
    )


# --- a German consumer-finance and comparison site -----------------------------------------

GK_REDESIGN = dt.date(2018, 1, 3)  # relaunched on the day MiFID II came into force
GK_WERBUNG = dt.date(2017, 6, 1)
GK_NEWSLETTER = dt.date(2019, 2, 4)
ECB_RATES = (("2014-09-10", "Leitzins 0,05 % · Einlagensatz −0,20 % (seit 10.09.2014)"),
             ("2015-12-09", "Leitzins 0,05 % · Einlagensatz −0,30 % (seit 09.12.2015)"),
             ("2016-03-16", "Leitzins 0,00 % · Einlagensatz −0,40 % (seit 16.03.2016)"),
             ("2019-09-18", "Leitzins 0,00 % · Einlagensatz −0,50 % (seit 18.09.2019)"))
GRUNDFREIBETRAG = {2015: "8.472", 2016: "8.652", 2017: "8.820", 2018: "9.000", 2019: "9.168",
                   2020: "9.408"}
TAGESGELD = (("2015-01-01", 1.35), ("2016-01-01", 1.05), ("2017-01-01", 0.85),
             ("2018-01-01", 0.75), ("2019-01-01", 0.7), ("2020-01-01", 0.55),
             ("2020-12-31", 0.45))
FESTGELD = (("2015-01-01", 1.9), ("2016-01-01", 1.6), ("2017-01-01", 1.3),
            ("2018-01-01", 1.25), ("2019-01-01", 1.2), ("2020-01-01", 0.95),
            ("2020-12-31", 0.8))


def _gk_dated(day: dt.date) -> str:
    if day < GK_REDESIGN:
        return f"Stand: {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Aktualisiert: {WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} "
            f"{day.year}, {{time}} Uhr")


def _gk_zinsen(day: dt.date) -> str:
    closed = business_day(day)
    tagesgeld = curve(closed, TAGESGELD) + 0.05 * wobble(closed, "tg")
    festgeld = curve(closed, FESTGELD) + 0.05 * wobble(closed, "fg")
    return (f"Bester Tagesgeldzins am {closed.day:02d}.{closed.month:02d}.{closed.year}: "
            f"{dotted(tagesgeld)} % p. a. · Festgeld 2 Jahre: {dotted(festgeld)} % p. a.")


def _gk_ezb(_: str, value: str) -> str:
    return f"EZB: {value}"


def _gk_frist(y: int) -> str:
    when = "31. Mai" if y <= 2018 else "31. Juli"
    return (f"⏰ Steuererklärung {y - 1}: Wer sie ohne Steuerberater macht, muss sie bis zum "
            f"{when} {y} abgeben")


@cache
def _gk_hinweis() -> Wordings:
    base = _steps((_OLD, "Newsletter: Jede Woche die besten Spartipps – kostenlos"),
                  (GK_NEWSLETTER.isoformat(), "📬 Mehr als 500.000 Leser sparen mit unserem "
                                              "Newsletter – jetzt kostenlos anmelden"))
    freibetrag = _yearly("01-01", 0, 30, lambda y: f"Neu seit 1. Januar {y}: Der "
                                                   f"Grundfreibetrag steigt auf "
                                                   f"{GRUNDFREIBETRAG[y]} Euro")
    fristen = _movable(lambda y: dt.date(y, 5, 31) if y <= 2018 else dt.date(y, 7, 31), 20, 0,
                       _gk_frist)
    jahresende = _yearly("12-31", 30, 0, lambda y: f"Vor dem Jahreswechsel {y}: "
                                                   f"Freistellungsauftrag prüfen – bis 801 "
                                                   f"Euro Zinsen und Dividenden bleiben "
                                                   f"steuerfrei")
    news = [
        _span("2020-03-16", "2020-06-21", "🦠 Corona und Ihr Geld: Kurzarbeit, Stundungen und "
                                          "Soforthilfen im Überblick"),
        _span("2020-06-22", "2020-07-15", "Mehrwertsteuer sinkt: Vom 1. Juli bis 31. Dezember "
                                          "2020 gelten 16 und 5 Prozent"),
    ]
    return _calendar(base, freibetrag, fristen, jahresende, news)


def geldkompass_style() -> PublisherStyle:
    """A German consumer-finance and comparison site: a topic kicker, "Stand:" with the
    numeric date turned the weekday, the long date and the time on the day MiFID II came into
    force (a wording per day), "Von" turned the writer and the expert who checked, the
    affiliate-link note reworded on nearly every page, the ECB's rates by decision day, the
    best overnight and two-year deposit rates by business day (mid-body), "Auch interessant:"
    and "Anzeige" up to twice, a not-investment-advice line, a newsletter line reworded and
    turned by the year's Grundfreibetrag, the filing deadline (moved from May to July in
    2019), the year-end exemption order, the pandemic and the VAT cut, the independence line,
    the register line and the rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="geldkompass.de", site="Geldkompass", base_size=195,
        subdomains=(("www.", 100),),
        sections=("girokonto", "tagesgeld", "baufinanzierung", "steuern", "versicherungen",
                  "altersvorsorge"),
        n_authors=9, url_path="/{section}/{slug}/",
        pools={
            "rubrik": ("Girokonto", "Tagesgeld", "Baufinanzierung", "Steuern",
                       "Versicherungen", "Altersvorsorge", "ETF & Börse"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_gk_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}"),
               (GK_REDESIGN.isoformat(), "Text: {author} · Fachlich geprüft: {author2}")),
            _f("werbehinweis", HEADER, 0.8,
               (_OLD, "*Werbelink: Für Abschlüsse über diesen Link erhalten wir eine "
                      "Vergütung."),
               (GK_WERBUNG.isoformat(), "Hinweis: Links mit * sind Affiliate-Links. Schließen "
                                        "Sie darüber einen Vertrag ab, bekommen wir eine "
                                        "Provision – am Preis ändert das für Sie nichts.")),
            _f("ezb", HEADER, 0.2, *decisions(ECB_RATES, _gk_ezb)),
            _f("zinsen", MIDDLE, 0.25, *_by_day(_gk_zinsen)),
            _f("auch", MIDDLE, 0.3, (_OLD, "Auch interessant: {other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("anlageberatung", FOOTER, 0.35, (_OLD, "Die Inhalte dieses Artikels sind keine "
                                                      "Anlageberatung und keine Aufforderung "
                                                      "zum Kauf oder Verkauf von "
                                                      "Wertpapieren.")),
            _f("hinweis", FOOTER, 0.3, *_gk_hinweis()),
            _f("unabhaengig", FOOTER, 0.2, (_OLD, "Geldkompass ist unabhängig: Wir finanzieren "
                                                  "uns über Provisionen, nicht über bezahlte "
                                                  "Platzierungen.")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Geldkompass GmbH · Amtsgericht München, "
                                                "HRB 223410")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Geldkompass GmbH – alle Rechte "
                                                 "vorbehalten")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung stand "
                                                 "ein falscher Freibetrag.")),
        ),
    )


# --- a Spanish personal-finance comparison site --------------------------------------------

DN_REDESIGN = dt.date(2019, 6, 16)  # relaunched the day Spain's mortgage-credit law came in
DN_NEWSLETTER = dt.date(2018, 9, 3)
EURIBOR = (("2015-01-01", 0.32), ("2015-06-01", 0.16), ("2015-12-31", 0.06),
           ("2016-02-05", -0.001), ("2016-12-31", -0.08), ("2017-12-31", -0.19),
           ("2018-12-31", -0.13), ("2019-08-30", -0.36), ("2019-12-31", -0.26),
           ("2020-04-30", -0.11), ("2020-12-31", -0.5))
RENTA = {2015: ("2015-04-07", "2015-06-30"), 2016: ("2016-04-06", "2016-06-30"),
         2017: ("2017-04-05", "2017-06-30"), 2018: ("2018-04-04", "2018-07-02"),
         2019: ("2019-04-02", "2019-07-01"), 2020: ("2020-04-01", "2020-06-30")}


def summer_zone_es(day: dt.date) -> str:
    return "CEST" if summer_time(day) else "CET"


def _dn_dated(day: dt.date) -> str:
    if day < DN_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Actualizado el {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year} a las {{time}} h ({summer_zone_es(day)})")


def _dn_euribor(day: dt.date) -> str:
    closed = business_day(day)
    value = curve(closed, EURIBOR) + 0.004 * wobble(closed, "euribor")
    return (f"Euríbor a 12 meses hoy ({closed.day:02d}/{closed.month:02d}): "
            f"{dotted(value, 3)} %")


def _dn_renta(y: int) -> str:
    last = iso_day(RENTA[y][1])
    return (f"📄 Campaña de la Renta {y - 1}: tienes hasta el {last.day} de "
            f"{MESES[last.month - 1]} de {y} para presentar la declaración")


def _dn_pension(y: int) -> str:
    if y == 2020:
        return ("⏳ Último mes para aportar a tu plan de pensiones con el límite de 8.000 euros: "
                "en 2021 baja a 2.000")
    return (f"⏳ Hasta el 31 de diciembre: aporta a tu plan de pensiones y desgrava en la Renta "
            f"{y}")


@cache
def _dn_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbete gratis a nuestra newsletter de ahorro"),
                  (DN_NEWSLETTER.isoformat(), "📩 Cada lunes, las mejores cuentas y depósitos "
                                              "en tu correo: suscríbete gratis"))
    renta = [(iso_day(first), iso_day(last, 1), _dn_renta(y))
             for y, (first, last) in RENTA.items()]
    pension = _yearly("12-31", 16, 0, _dn_pension)
    news = [
        _span("2016-12-21", "2017-01-31", "⚖️ Cláusulas suelo: cómo reclamar tras la sentencia "
                                          "del TJUE"),
        _span("2020-03-03", "2020-03-13", "⚖️ IRPH: qué supone la sentencia europea para tu "
                                          "hipoteca"),
        _span("2020-03-14", "2020-06-21", "🦠 Estado de alarma: moratoria de hipotecas y ayudas, "
                                          "explicado"),
    ]
    return _calendar(base, news, renta, pension)


def dineroclaro_style() -> PublisherStyle:
    """A Spanish personal-finance comparison site: a section kicker, the numeric date turned
    "Actualizado el" with the weekday, the long date, the time and summer or winter time on
    the day the mortgage-credit law came into force (a wording per day), "Por" turned the
    writer and the reviewer, the 12-month Euribor by business day (negative from 2016), the
    commission disclosure on most pages, "Te puede interesar:" and "Publicidad" up to twice, an
    APR footnote with an amount from a pool, a not-advice line, a newsletter line reworded and
    turned by each year's Renta campaign, the pension-plan deadline (the limit cut in 2021),
    the floor-clause and IRPH rulings and the state of alarm, an independence line turned the
    Bank of Spain registration line and the rights line (a block), a rare erratum."""
    return PublisherStyle(
        domain="dineroclaro.es", site="Dinero Claro", base_size=170,
        subdomains=(("www.", 100),),
        sections=("hipotecas", "ahorro", "tarjetas", "prestamos", "impuestos", "pensiones"),
        n_authors=7, url_path="/{section}/{slug}/",
        pools={
            "seccion": ("Hipotecas", "Ahorro", "Tarjetas", "Préstamos", "Impuestos",
                        "Pensiones", "Bolsa"),
            "importe": ("6.000", "10.000", "30.000", "150.000"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_dn_dated)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}"),
               (DN_REDESIGN.isoformat(), "Escrito por {author} · Revisado por {author2}")),
            _f("euribor", HEADER, 0.3, *_by_day(_dn_euribor)),
            _f("afiliados", HEADER, 0.75, (_OLD, "En Dinero Claro podemos cobrar una comisión "
                                                 "si contratas a través de nuestros enlaces. "
                                                 "Nunca influye en nuestras "
                                                 "recomendaciones.")),
            _f("te-puede", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad"), count=2),
            _f("tae", MIDDLE, 0.2, (_OLD, "TAE calculada para un importe de {importe} euros; "
                                          "condiciones vigentes a fecha de publicación.")),
            _f("asesoramiento", FOOTER, 0.4, (_OLD, "La información de este artículo es "
                                                    "orientativa y no constituye asesoramiento "
                                                    "financiero personalizado.")),
            _f("aviso", FOOTER, 0.3, *_dn_aviso()),
            _f("registro", FOOTER, 0.2,
               (_OLD, "Dinero Claro es un comparador independiente de productos financieros."),
               (DN_REDESIGN.isoformat(), "Dinero Claro Comparador, S.L., inscrita en el "
                                         "registro de intermediarios de crédito inmobiliario "
                                         "del Banco de España con el n.º D412.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Dinero Claro Comparador, S.L. Todos "
                                                 "los derechos reservados.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: una versión anterior de "
                                                     "este artículo daba una TAE "
                                                     "equivocada.")),
        ),
    )


# --- a Nigerian business and personal-finance site -----------------------------------------

NM_REDESIGN = dt.date(2017, 4, 21)  # relaunched the day the investors' FX window opened
NM_WHATSAPP = dt.date(2019, 5, 1)
NAIRA_OFFICIAL = (("2015-01-01", 183.0), ("2015-03-01", 197.0), ("2016-06-17", 199.0),
                  ("2016-06-20", 282.0), ("2016-08-01", 315.0), ("2016-12-31", 305.0),
                  ("2017-04-20", 306.0))
NAIRA_WINDOW = (("2017-04-21", 380.0), ("2017-06-30", 367.0), ("2017-12-31", 360.0),
                ("2019-12-31", 362.0), ("2020-03-20", 380.0), ("2020-08-01", 386.0),
                ("2020-12-31", 394.0))
NAIRA_PARALLEL = (("2015-01-01", 190.0), ("2015-06-30", 225.0), ("2015-12-31", 260.0),
                  ("2016-02-28", 390.0), ("2016-06-17", 370.0), ("2016-09-30", 475.0),
                  ("2017-02-22", 520.0), ("2017-04-21", 390.0), ("2017-06-30", 367.0),
                  ("2018-06-30", 362.0), ("2019-12-31", 360.0), ("2020-03-20", 380.0),
                  ("2020-05-15", 450.0), ("2020-10-15", 470.0), ("2020-12-31", 475.0))
NSE_ASI = (("2015-01-01", 34600.0), ("2015-12-31", 28600.0), ("2016-12-31", 26900.0),
           ("2017-12-31", 38200.0), ("2018-01-31", 44000.0), ("2018-12-31", 31400.0),
           ("2019-12-31", 26800.0), ("2020-03-31", 21000.0), ("2020-12-31", 40200.0))
CBN_MPR = (("2014-11-25", "13% (held since November 2014)"),
           ("2015-11-24", "11% (cut on 24 November 2015)"),
           ("2016-07-26", "14% (raised on 26 July 2016)"),
           ("2019-03-26", "13.5% (cut on 26 March 2019)"),
           ("2020-05-28", "12.5% (cut on 28 May 2020)"),
           ("2020-09-22", "11.5% (cut on 22 September 2020)"))


def democracy_day(y: int) -> dt.date:
    """Nigeria's Democracy Day: 29 May until 2018, 12 June from 2019."""
    return dt.date(y, 5, 29) if y <= 2018 else dt.date(y, 6, 12)


def _nm_dated(day: dt.date) -> str:
    if day < NM_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"Published {WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} "
            f"{day.year} at {{time12}} WAT")


def _nm_naira(day: dt.date) -> str:
    closed = business_day(day)
    parallel = price(closed, "parallel", NAIRA_PARALLEL, 0.01)
    if closed < NM_REDESIGN:
        official = price(closed, "official", NAIRA_OFFICIAL, 0.002)
        return (f"Naira: N{official:,.2f}/$1 (CBN official) · N{parallel:,.0f}/$1 (parallel "
                f"market)")
    window = price(closed, "window", NAIRA_WINDOW, 0.004)
    return (f"Naira closes at N{window:,.2f}/$1 at the I&E window; N{parallel:,.0f}/$1 on the "
            f"parallel market")


def _nm_nse(day: dt.date) -> str:
    closed = business_day(day)
    level = price(closed, "asi", NSE_ASI, 0.015)
    before = price(business_day(closed - ONE), "asi", NSE_ASI, 0.015)
    return f"NSE All-Share Index: {level:,.2f} ({signed((level / before - 1) * 100)})"


def _nm_holiday(name: str) -> Callable[[int], str]:
    def text(y: int) -> str:
        day = democracy_day(y) if name == "Democracy Day" else dt.date(y, 10, 1)
        return (f"🇳🇬 {name}: the Nigerian Stock Exchange is closed on "
                f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]}")
    return text


@cache
def _nm_notice() -> Wordings:
    base = _steps((_OLD, "Join our Telegram channel for market updates"),
                  (NM_WHATSAPP.isoformat(), "📲 Get the day's naira rates on WhatsApp: send "
                                            "RATES to 0803 000 0417"))
    votes: list[Event] = [
        _vote("2015-03-28", "🗳️ Election 2015: how stocks and the naira are reacting",
              before=5, after=3),
        _vote("2019-02-23", "🗳️ Election 2019: how stocks and the naira are reacting",
              before=7, after=3),
    ]
    news = [
        _span("2016-06-15", "2016-06-30", "💱 CBN floats the naira: what the new FX regime "
                                          "means for you"),
        _span("2020-03-30", "2020-05-04", "🦠 Lockdown in Lagos, Ogun and Abuja: how banks, "
                                          "ATMs and markets are operating"),
    ]
    holidays = _movable(democracy_day, 1, 0, _nm_holiday("Democracy Day"))
    holidays += _yearly("10-01", 1, 0, _nm_holiday("Independence Day"))
    return _calendar(base, votes, news, holidays)


def naijamoney_style() -> PublisherStyle:
    """A Nigerian business and personal-finance site: a topic kicker, the long date turned
    the weekday, the date and West African time on the day the investors' window opened (a
    wording per day), "By", the naira at the official rate turned the I&E window beside the
    parallel market by business day, the NSE All-Share Index with its change by business day,
    the CBN's policy rate by decision day, "ALSO READ:" up to twice, advertisement markers, a
    not-advice line, a Telegram line turned a WhatsApp appeal and turned by the two
    elections, the float, the lockdown and the exchange's holidays (Democracy Day moved to 12
    June in 2019), the advertorial address and the rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="naijamoneydesk.com.ng", site="NaijaMoney Desk", base_size=150,
        subdomains=(("", 100),),
        sections=("markets", "banking", "forex", "fintech", "personal-finance", "economy"),
        n_authors=8, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("MARKETS", "BANKING", "FOREX", "FINTECH", "PERSONAL FINANCE", "CRYPTO",
                       "ECONOMY"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_nm_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}")),
            _f("naira", HEADER, 0.3, *_by_day(_nm_naira)),
            _f("nse", HEADER, 0.2, *_by_day(_nm_nse)),
            _f("mpr", HEADER, 0.15, *decisions(CBN_MPR, lambda _, value: f"CBN Monetary "
                                                                         f"Policy Rate: "
                                                                         f"{value}")),
            _f("also-read", MIDDLE, 0.4, (_OLD, "ALSO READ: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement")),
            _f("disclaimer", FOOTER, 0.4, (_OLD, "Disclaimer: This content is for information "
                                                 "only. Speak to a SEC-registered investment "
                                                 "adviser before you invest.")),
            _f("notice", FOOTER, 0.3, *_nm_notice()),
            _f("advertorial", FOOTER, 0.2, (_OLD, "For advertorials and press releases, email "
                                                  "ads@naijamoneydesk.com.ng")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} NaijaMoney Desk. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "report gave the wrong closing rate.")),
        ),
    )


# --- the market-news pages of a Turkish brokerage ------------------------------------------

BR_REDESIGN = dt.date(2018, 6, 1)  # relaunched the day the one-week repo became the policy rate
BR_APP = dt.date(2019, 9, 2)
BR_KRIPTO = dt.date(2018, 1, 15)
BIST_ZEROS = dt.date(2020, 7, 27)  # Borsa Istanbul's indices lost two zeros
BIST100 = (("2015-01-01", 85700.0), ("2015-08-31", 73000.0), ("2015-12-31", 71700.0),
           ("2016-07-15", 78000.0), ("2016-07-18", 73000.0), ("2016-12-31", 78000.0),
           ("2017-12-31", 115000.0), ("2018-01-26", 120800.0), ("2018-08-13", 88000.0),
           ("2018-12-31", 91000.0), ("2019-12-31", 114400.0), ("2020-03-23", 85000.0),
           ("2020-07-24", 112000.0), ("2020-12-31", 147600.0))
USD_TRY = (("2015-01-01", 2.33), ("2015-09-22", 3.05), ("2015-12-31", 2.92),
           ("2016-12-31", 3.52), ("2017-12-31", 3.80), ("2018-05-23", 4.75),
           ("2018-08-13", 6.90), ("2018-12-31", 5.30), ("2019-06-30", 5.80),
           ("2019-12-31", 5.95), ("2020-08-31", 7.35), ("2020-11-06", 8.50),
           ("2020-12-31", 7.43))
EUR_USD = (("2015-01-01", 1.20), ("2015-03-15", 1.06), ("2016-12-31", 1.05),
           ("2017-12-31", 1.20), ("2018-12-31", 1.14), ("2019-12-31", 1.12),
           ("2020-03-20", 1.07), ("2020-12-31", 1.22))
TCMB_RATE = (("2014-07-17", "8,25"), ("2015-01-20", "7,75"), ("2015-02-24", "7,50"),
             ("2016-11-24", "8,00"),
             ("2018-06-01", "16,50"), ("2018-06-07", "17,75"), ("2018-09-13", "24,00"),
             ("2019-07-25", "19,75"), ("2019-09-12", "16,50"), ("2019-10-24", "14,00"),
             ("2019-12-12", "12,00"), ("2020-01-16", "11,25"), ("2020-02-19", "10,75"),
             ("2020-03-17", "9,75"), ("2020-04-22", "8,75"), ("2020-05-21", "8,25"),
             ("2020-09-24", "10,25"), ("2020-11-19", "15,00"), ("2020-12-24", "17,00"))
TURKISH_VOTES = {"2015-06-07": "7 Haziran seçimi", "2015-11-01": "1 Kasım seçimi",
                 "2017-04-16": "Anayasa referandumu", "2018-06-24": "24 Haziran seçimleri",
                 "2019-03-31": "Yerel seçimler"}


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{day.day} {AYLAR[day.month - 1]} {day.year}, {GUNLER[day.weekday()]} - {{time}}"


def bist100(day: dt.date) -> float:
    """The BIST 100 close on `day` (made up), in the points of the day: two zeros fewer from
    27 July 2020."""
    level = price(day, "bist", BIST100, 0.02)
    return level / 100 if day >= BIST_ZEROS else level


def _br_piyasa(day: dt.date) -> str:
    closed = business_day(day)
    dollar = price(closed, "usdtry", USD_TRY, 0.015)
    euro = dollar * price(closed, "eurusd", EUR_USD, 0.006)
    gram = price(closed, "gold", GOLD, 0.012) / 31.1035 * dollar
    return (f"BIST 100 {dotted(bist100(closed))} · Dolar/TL {dotted(dollar, 4)} · Euro/TL "
            f"{dotted(euro, 4)} · Gram altın {dotted(gram)} TL")


@cache
def _br_duyuru() -> Wordings:
    base = _steps((_OLD, "Bizi Twitter ve YouTube'da takip edin"),
                  (BR_APP.isoformat(), "📲 Anlık piyasa bildirimleri için mobil uygulamamızı "
                                       "indirin"))
    votes = [_vote(day, f"🗳️ {kind}: piyasalar sandık sonrası ne bekliyor?", before=2,
                   after=2) for day, kind in TURKISH_VOTES.items()]
    news = [
        _span("2016-07-16", "2016-07-22", "⚠️ Darbe girişimi sonrası piyasalar: Borsa İstanbul "
                                          "ve kurlarda son durum"),
        _span("2018-08-10", "2018-08-31", "📉 Kur şoku: dolar/TL'deki sert hareketin bütün "
                                          "gelişmeleri"),
        _span("2020-03-11", "2020-06-01", "🦠 Koronavirüs ve piyasalar: alınan tedbirler ve "
                                          "işlem saatleri"),
        _span("2020-07-22", "2020-07-28", "ℹ️ 27 Temmuz itibarıyla Borsa İstanbul endekslerinden "
                                          "iki sıfır atıldı"),
    ]
    bayram = _movable(_listed(RAMAZAN_BAYRAMI), 2, 2, lambda _: "🌙 Ramazan Bayramı nedeniyle "
                                                                "Borsa İstanbul arife günü "
                                                                "yarım gün işlem görecek")
    bayram += _movable(_listed(KURBAN_BAYRAMI), 2, 3, lambda _: "🐑 Kurban Bayramı tatili "
                                                                "boyunca piyasalar kapalı "
                                                                "olacak")
    return _calendar(base, votes, news, bayram)


def borsarehberi_style() -> PublisherStyle:
    """The market-news pages of a Turkish brokerage: a category kicker, the numeric date and
    the time turned the long date with the weekday on the day the one-week repo became the
    policy rate again (a wording per day), "Haber:" with the analyst, BIST 100 (two zeros
    fewer from July 2020), the dollar, the euro and gram gold in lira by business day, the
    central bank's policy rate by decision day, "Bu habere de göz atın:" and "Reklam" up to
    twice, the not-investment-advice line on most pages, a crypto risk line reworded, the
    data-delay line with its vendor from a pool, a social line turned an app appeal and turned
    by five votes, the coup attempt, the 2018 lira shock, the pandemic, the index's lost zeros
    and the two bayrams, the brokerage line and the rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="borsarehberi.com.tr", site="Borsa Rehberi", base_size=130,
        subdomains=(("www.", 100),),
        sections=("borsa", "doviz", "altin", "kripto", "ekonomi", "fonlar"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "kategori": ("BORSA", "DÖVİZ", "ALTIN", "KRİPTO PARA", "EKONOMİ", "FONLAR"),
            "veri": ("Borsa İstanbul", "Foreks", "Matriks"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.85, *_by_day(_br_dated)),
            _f("yazar", HEADER, 0.4, (_OLD, "Haber: {author}")),
            _f("piyasa", HEADER, 0.3, *_by_day(_br_piyasa)),
            _f("faiz", HEADER, 0.15, *decisions(TCMB_RATE, lambda _, value: f"TCMB politika "
                                                                            f"faizi: %{value}")),
            _f("goz-atin", MIDDLE, 0.35, (_OLD, "Bu habere de göz atın: {other_title}"),
               count=2),
            _f("reklam", MIDDLE, 0.3, (_OLD, "Reklam"), count=2),
            _f("uyari", FOOTER, 0.6, (_OLD, "Bu sayfadaki bilgi, yorum ve tavsiyeler yatırım "
                                            "danışmanlığı kapsamında değildir; yatırım "
                                            "kararlarınızı kendi risk ve getiri tercihlerinize "
                                            "göre vermelisiniz.")),
            _f("kripto", FOOTER, 0.15,
               (_OLD, "Kripto para işlemleri Türkiye'de henüz yasal bir düzenlemeye tabi "
                      "değildir; bütün risk yatırımcıya aittir."),
               (BR_KRIPTO.isoformat(), "Kripto paralar çok yüksek oynaklık içerir; yatırdığınız "
                                       "paranın tamamını kaybedebilirsiniz.")),
            _f("gecikme", FOOTER, 0.3, (_OLD, "Veriler 15 dakika gecikmelidir. Kaynak: "
                                              "{veri}")),
            _f("duyuru", FOOTER, 0.3, *_br_duyuru()),
            _f("kurum", FOOTER, 0.2, (_OLD, "Borsa Rehberi, Rehber Yatırım Menkul Değerler "
                                            "A.Ş.'nin piyasa haberleri sayfasıdır. Geniş "
                                            "yetkili aracı kurum, SPK lisanslıdır.")),
            _f("telif", FOOTER, 0.35, (_OLD, "© {year} Borsa Rehberi. Tüm hakları "
                                             "saklıdır.")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberin ilk halinde kapanış değeri "
                                                "yanlış verilmiştir.")),
        ),
    )


# --- an Indian personal-finance site -------------------------------------------------------

MM_REDESIGN = dt.date(2017, 7, 1)  # relaunched the day GST came in
MM_REFERRAL = dt.date(2019, 4, 1)
SENSEX = (("2015-01-01", 27500.0), ("2015-03-04", 29400.0), ("2016-02-29", 23000.0),
          ("2016-09-07", 28900.0), ("2016-12-26", 25800.0), ("2017-12-31", 34000.0),
          ("2018-08-28", 38800.0), ("2018-10-26", 33400.0), ("2019-06-03", 40200.0),
          ("2019-12-31", 41250.0), ("2020-03-23", 26000.0), ("2020-12-31", 47750.0))
RBI_REPO = (("2014-01-28", "8.00% (since 28 January 2014)"),
            ("2015-01-15", "7.75% (from 15 January 2015)"),
            ("2015-03-04", "7.50% (from 4 March 2015)"),
            ("2015-06-02", "7.25% (from 2 June 2015)"),
            ("2015-09-29", "6.75% (from 29 September 2015)"),
            ("2016-04-05", "6.50% (from 5 April 2016)"),
            ("2016-10-04", "6.25% (from 4 October 2016)"),
            ("2017-08-02", "6.00% (from 2 August 2017)"),
            ("2018-06-06", "6.25% (from 6 June 2018)"),
            ("2018-08-01", "6.50% (from 1 August 2018)"),
            ("2019-02-07", "6.25% (from 7 February 2019)"),
            ("2019-04-04", "6.00% (from 4 April 2019)"),
            ("2019-06-06", "5.75% (from 6 June 2019)"),
            ("2019-08-07", "5.40% (from 7 August 2019)"),
            ("2019-10-04", "5.15% (from 4 October 2019)"),
            ("2020-03-27", "4.40% (from 27 March 2020)"),
            ("2020-05-22", "4.00% (from 22 May 2020)"))
ITR_DEADLINES = {"2015-16": "2015-08-31", "2016-17": "2016-08-05", "2017-18": "2017-08-05",
                 "2018-19": "2018-08-31", "2019-20": "2019-08-31", "2020-21": "2021-01-10"}
UNION_BUDGETS = {"2015-02-28": "Union Budget 2015", "2016-02-29": "Union Budget 2016",
                 "2017-02-01": "Union Budget 2017", "2018-02-01": "Union Budget 2018",
                 "2019-02-01": "Interim Budget 2019", "2019-07-05": "Union Budget 2019",
                 "2020-02-01": "Union Budget 2020"}


def _mm_dated(day: dt.date) -> str:
    if day < MM_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}, {{time12}} IST"
    return (f"Last Updated: {day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}, {{time12}} "
            f"IST")


def _mm_markets(day: dt.date) -> str:
    closed = business_day(day)
    sensex = price(closed, "sensex", SENSEX, 0.012)
    nifty = sensex / 3.36 * (1 + 0.004 * wobble(closed, "nifty"))
    return (f"Sensex {sensex:,.2f} · Nifty 50 {nifty:,.2f} (at close, {closed.day} "
            f"{MONTHS[closed.month - 1][:3]})")


def _mm_itr(ay: str) -> Callable[[int], str]:
    def text(_: int) -> str:
        last = iso_day(ITR_DEADLINES[ay])
        return (f"📝 ITR filing for AY {ay}: the last date is {last.day} "
                f"{MONTHS[last.month - 1]} {last.year}")
    return text


@cache
def _mm_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to MoneyMitra on YouTube for weekly money tips"),
                  (MM_REDESIGN.isoformat(), "📲 Get our weekly Money Mantra newsletter on "
                                            "WhatsApp and email"))
    budgets = [_vote(day, f"📊 {kind}: live updates on tax slabs and your money", before=1,
                     after=1) for day, kind in UNION_BUDGETS.items()]
    news = [
        _span("2016-11-08", "2016-12-30", "💸 Old ₹500 and ₹1,000 notes: where and how to "
                                          "deposit them by 30 December"),
        _span("2017-06-24", "2017-06-30", "🧾 GST from 1 July: what gets cheaper and what "
                                          "costs more"),
        _span("2020-03-27", "2020-08-31", "🦠 RBI's loan moratorium: should you pause your "
                                          "EMIs?"),
    ]
    year_end = _yearly("03-31", 30, 0, lambda y: f"⏰ FY {y - 1}-{y % 100:02d} ends on 31 March: "
                                                 f"make your Section 80C tax-saving "
                                                 f"investments now")
    itr = [(iso_day(day, -14), iso_day(day, 1), _mm_itr(ay)(0))
           for ay, day in ITR_DEADLINES.items()]
    dhanteras = _movable(_listed(DHANTERAS), 2, 0, lambda _: "🪔 Dhanteras: physical gold, "
                                                            "gold ETFs or sovereign gold "
                                                            "bonds?")
    return _calendar(base, budgets, news, year_end, itr, dhanteras)


def moneymitra_style() -> PublisherStyle:
    """An Indian personal-finance site: a topic kicker, the short date and Indian time turned
    "Last Updated:" on the day GST came in (a wording per day), "Written by", Sensex and Nifty
    at the close by business day, the RBI's repo rate by decision day, "Also Read |" up to
    twice, advertisement markers, the mutual-fund risk line, a referral disclosure reworded, a
    YouTube line turned a newsletter appeal and turned by seven Budgets, demonetisation, GST,
    the loan moratorium, the financial year's end, the ITR deadlines (the 2020 one moved to
    January) and Dhanteras, the grievance officer and the rights line (a block), a rare
    update."""
    return PublisherStyle(
        domain="moneymitra.in", site="MoneyMitra", base_size=110,
        subdomains=(("www.", 100),),
        sections=("mutual-funds", "tax", "insurance", "loans", "stocks", "savings"),
        n_authors=6, url_path="/{section}/{slug}-{n}.html",
        pools={
            "kicker": ("MUTUAL FUNDS", "TAX", "INSURANCE", "LOANS", "STOCKS", "SAVINGS"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.85, *_by_day(_mm_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Written by {author}")),
            _f("markets", HEADER, 0.2, *_by_day(_mm_markets)),
            _f("repo", HEADER, 0.15, *decisions(RBI_REPO, lambda _, value: f"RBI repo rate: "
                                                                           f"{value}")),
            _f("also-read", MIDDLE, 0.4, (_OLD, "Also Read | {other_title}"), count=2),
            _f("advert", MIDDLE, 0.25, (_OLD, "ADVERTISEMENT")),
            _f("mf-risk", FOOTER, 0.45, (_OLD, "Mutual fund investments are subject to market "
                                               "risks; read all scheme documents carefully "
                                               "before you invest.")),
            _f("referral", FOOTER, 0.25,
               (_OLD, "MoneyMitra may earn a referral fee when you apply through links on "
                      "this page."),
               (MM_REFERRAL.isoformat(), "Disclosure: some products on this page are from "
                                         "partners who pay MoneyMitra a fee. Our picks are our "
                                         "own.")),
            _f("notice", FOOTER, 0.3, *_mm_notice()),
            _f("grievance", FOOTER, 0.2, (_OLD, "Grievance officer: Priya Raman · "
                                                "grievance@moneymitra.in")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} MoneyMitra Financial Media Pvt "
                                                 "Ltd")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this article was updated with the "
                                              "revised deadline.")),
        ),
    )


# --- a Korean finance and crypto news site -------------------------------------------------

KP_REDESIGN = dt.date(2018, 1, 30)  # relaunched the day the real-name trading rule came in
KP_NAVER = dt.date(2019, 4, 1)
USD_KRW = (("2015-01-01", 1100.0), ("2015-09-07", 1200.0), ("2016-02-25", 1238.0),
           ("2016-09-07", 1092.0), ("2016-12-28", 1208.0), ("2017-11-30", 1085.0),
           ("2018-04-02", 1058.0), ("2018-10-11", 1144.0), ("2019-08-13", 1222.0),
           ("2019-12-31", 1157.0), ("2020-03-19", 1285.0), ("2020-12-31", 1088.0))
KIMCHI = (("2015-01-01", 0.01), ("2017-11-30", 0.03), ("2018-01-06", 0.45),
          ("2018-02-15", 0.03), ("2020-12-31", 0.02))  # what Korean exchanges pay over
BOK_RATE = (("2014-10-15", "2.00"), ("2015-03-12", "1.75"), ("2015-06-11", "1.50"),
            ("2016-06-09", "1.25"), ("2017-11-30", "1.50"), ("2018-11-30", "1.75"),
            ("2019-07-18", "1.50"), ("2019-10-16", "1.25"), ("2020-03-16", "0.75"),
            ("2020-05-28", "0.50"))


def _kp_dated(day: dt.date) -> str:
    if day < KP_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return f"{day.year}년 {day.month:02d}월 {day.day:02d}일 ({YOIL[day.weekday()]}) {{time}}"


def _kp_sise(day: dt.date) -> str:
    won = curve(day, USD_KRW) * (1 + curve(day, KIMCHI))
    btc, btc_change = coin(day, "btc", BTC)
    line = f"비트코인 {round(btc * won, -3):,.0f}원 ({signed(btc_change)})"
    if day >= ETH_TRADED:
        eth, eth_change = coin(day, "eth", ETH)
        line += f" · 이더리움 {round(eth * won, -1):,.0f}원 ({signed(eth_change)})"
    return line


def _kp_bok(start: str, value: str) -> str:
    first = iso_day(start)
    return f"한국은행 기준금리 연 {value}% ({first.year}.{first.month}.{first.day} 결정)"


@cache
def _kp_jebo() -> Wordings:
    base = _steps((_OLD, "경제플러스 카카오톡 채널을 추가하고 주요 뉴스를 받아보세요"),
                  (KP_NAVER.isoformat(), "📱 네이버에서 경제플러스를 구독하고 재테크 뉴스를 "
                                         "받아보세요"))
    settlement = _yearly("01-15", 2, 5, lambda y: f"🧾 {y - 1}년 귀속 연말정산 간소화 서비스가 "
                                                  f"1월 15일 문을 엽니다")
    income_tax = _yearly("05-31", 10, 0, lambda y: f"📝 {y - 1}년 귀속 종합소득세 신고·납부 "
                                                   f"마감: 5월 31일")
    holidays = _movable(_listed(LUNAR_NEW_YEAR), 3, 1, lambda y: f"🧧 {y}년 설 연휴 증시 휴장 "
                                                                 f"안내")
    holidays += _movable(_listed(CHUSEOK), 3, 1, lambda y: f"🌕 {y}년 추석 연휴 증시 휴장 안내")
    news = [
        _span("2017-12-13", "2017-12-31", "⚠️ 정부, 가상화폐 투기 근절 특별대책 발표"),
        _span("2018-01-25", "2018-02-05", "🔐 가상화폐 거래 실명제 1월 30일 시행: 무엇이 "
                                          "달라지나"),
        _span("2020-03-01", "2020-05-31", "🦠 코로나19 금융지원: 대출 만기 연장·이자 유예 "
                                          "총정리"),
    ]
    return _calendar(base, news, holidays, settlement, income_tax)


def kyungjaeplus_style() -> PublisherStyle:
    """A Korean finance and crypto news site: a section kicker, "입력" with the dotted date
    turned the long date with the weekday on the day the real-name trading rule came in (a
    wording per day), the reporter from a pool, bitcoin and (once traded) ether in won with
    the local premium and the day's change (a wording per day), the Bank of Korea's base
    rate by decision day, "[관련기사]" up to twice, advertisement markers, an investment
    caution reworded, a KakaoTalk line turned a Naver appeal and turned by the 2017 crackdown,
    the real-name rule, the pandemic, Seollal and Chuseok closures, the year-end settlement
    and income-tax month, the registration line and the copyright line reworded (a block), a
    rare correction."""
    return PublisherStyle(
        domain="kyungjaeplus.co.kr", site="경제플러스", base_size=90,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("stock", "coin", "finance", "realestate", "money", "economy"),
        n_authors=5, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("증권", "가상화폐", "금융", "부동산", "재테크", "경제일반"),
            "gija": ("김민준", "이서연", "박지훈", "최유진", "정다은", "강현우"),
        },
        families=(
            _f("bunya", HEADER, 0.4, (_OLD, "{bunya}")),
            _f("nalja", HEADER, 0.85, *_by_day(_kp_dated)),
            _f("gija", HEADER, 0.55, (_OLD, "{gija} 기자")),
            _f("sise", HEADER, 0.3, *_by_day(_kp_sise)),
            _f("gijun", HEADER, 0.15, *decisions(BOK_RATE, _kp_bok)),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "[관련기사] {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "광고")),
            _f("tuja", FOOTER, 0.5,
               (_OLD, "※ 이 기사는 투자 참고용이며, 투자 결과에 대한 책임은 투자자 본인에게 "
                      "있습니다."),
               (KP_REDESIGN.isoformat(), "※ 본 기사는 정보 제공을 목적으로 하며 특정 종목이나 "
                                         "가상화폐의 매수·매도를 권유하지 않습니다.")),
            _f("jebo", FOOTER, 0.3, *_kp_jebo()),
            _f("balhaeng", FOOTER, 0.2, (_OLD, "등록번호: 서울 아04712 | 발행·편집인: 박정호 | "
                                               "청소년보호책임자: 이수민")),
            _f("jeojakkwon", FOOTER, 0.7, (_OLD, "<저작권자 © 경제플러스, 무단전재 및 "
                                                 "재배포금지>"),
               (KP_REDESIGN.isoformat(), "ⓒ 경제플러스(www.kyungjaeplus.co.kr) 무단 전재·"
                                         "재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 기사 중 거래 금액이 잘못 기재돼 "
                                                  "바로잡습니다.")),
        ),
    )


# --- a Vietnamese money site ---------------------------------------------------------------

TC_REDESIGN = dt.date(2019, 1, 1)
TC_CENTRAL = dt.date(2016, 1, 4)  # the State Bank's daily central rate from this day
TC_LICENSE = dt.date(2018, 6, 28)
TC_TIEN_AO = dt.date(2017, 10, 30)
SJC_SELL = (("2015-01-01", 35.2), ("2015-12-31", 33.0), ("2016-07-06", 37.0),
            ("2016-12-31", 36.3), ("2017-12-31", 36.6), ("2018-12-31", 36.6),
            ("2019-06-25", 38.9), ("2019-09-04", 42.5), ("2019-12-31", 42.5),
            ("2020-03-09", 47.5), ("2020-08-07", 60.7), ("2020-12-31", 56.0))
VND_BAND = (("2015-01-07", "21.458"), ("2015-05-07", "21.673"), ("2015-08-12", "21.890"))
VND_CENTRAL = (("2016-01-04", 21896.0), ("2016-12-31", 22150.0), ("2017-12-31", 22430.0),
               ("2018-12-31", 22825.0), ("2019-12-31", 23150.0), ("2020-12-31", 23130.0))


def _tc_dated(day: dt.date) -> str:
    if day < TC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return f"{THU[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} {{time}} (GMT+7)"


def _tc_vang(day: dt.date) -> str:
    sell = curve(day, SJC_SELL) * (1 + 0.006 * wobble(day, "sjc"))
    spread = 0.2 + 0.25 * (wobble(day, "sjc-spread") + 1) * (3 if day.year == 2020 else 1)
    return (f"Giá vàng SJC hôm nay ({day.day:02d}/{day.month:02d}): mua {dotted(sell - spread)} "
            f"- bán {dotted(sell)} triệu đồng/lượng")


def _tc_tygia(day: dt.date) -> str:
    closed = business_day(day)
    if closed < TC_CENTRAL:
        return f"Tỷ giá bình quân liên ngân hàng USD/VND: {stepped(closed, VND_BAND)[1]} đồng"
    rate = curve(closed, VND_CENTRAL) + 12 * wobble(closed, "central")
    return (f"Tỷ giá trung tâm USD/VND hôm nay ({closed.day:02d}/{closed.month:02d}): "
            f"{dotted(rate, 0)} đồng")


@cache
def _tc_thongbao() -> Wordings:
    base = _steps((_OLD, "Theo dõi Tài Chính Mỗi Ngày trên Facebook và Zalo"),)
    tet = _movable(_listed(LUNAR_NEW_YEAR), 3, 3, lambda y: f"🧧 Chúc mừng năm mới Xuân "
                                                            f"{CAN_CHI[y]} {y}")
    than_tai = _movable(lambda y: iso_day(LUNAR_NEW_YEAR[y], 9), 1, 0,
                        lambda _: "💰 Ngày vía Thần Tài: cập nhật giá vàng liên tục từ sáng sớm")
    thue = _yearly("03-31", 10, 0, lambda y: f"📝 Quyết toán thuế thu nhập cá nhân năm {y - 1}: "
                                             f"hạn chót ngày 31/3/{y}", years=range(2015, 2020))
    news = [_span("2020-04-01", "2020-04-22", "🦠 Cách ly xã hội: ngân hàng giảm lãi suất, giãn "
                                              "nợ cho khách hàng")]
    return _calendar(base, news, tet, than_tai, thue)


def taichinhmoingay_style() -> PublisherStyle:
    """A Vietnamese money site: a section kicker, the numeric date and the time turned the
    weekday, the date and "(GMT+7)" on New Year's Day 2019 (a wording per day), SJC gold's
    buying and selling prices (a wording per day), the interbank rate turned the State Bank's
    central rate in 2016 (by business day), "Xem thêm:" up to twice, advertisement markers,
    the reporter from a pool, a reference-only line turned a virtual-currency warning, the
    source from a pool, a social line turned by Tết with the year's name, the God of Wealth
    day, the tax settlement deadline and the 2020 social distancing, the ministry's licence
    renewed and the reprint line (a block), a rare correction."""
    return PublisherStyle(
        domain="taichinhmoingay.vn", site="Tài Chính Mỗi Ngày", base_size=70,
        subdomains=(("", 100),),
        sections=("ngan-hang", "chung-khoan", "vang", "tien-so", "bat-dong-san"),
        n_authors=4, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Ngân hàng", "Chứng khoán", "Giá vàng", "Tiền số", "Bất động sản",
                          "Tài chính cá nhân"),
            "phongvien": ("Minh Anh", "Thu Hà", "Quốc Bảo", "Ngọc Lan", "Đức Huy"),
            "nguon": ("SJC", "Vietcombank", "Ngân hàng Nhà nước", "HoSE", "Tổng hợp"),
        },
        families=(
            _f("chuyenmuc", HEADER, 0.4, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.85, *_by_day(_tc_dated)),
            _f("giavang", HEADER, 0.3, *_by_day(_tc_vang)),
            _f("tygia", HEADER, 0.2, *_by_day(_tc_tygia)),
            _f("xemthem", MIDDLE, 0.35, (_OLD, "Xem thêm: {other_title}"), count=2),
            _f("quangcao", MIDDLE, 0.25, (_OLD, "Quảng cáo")),
            _f("phongvien", FOOTER, 0.5, (_OLD, "{phongvien}")),
            _f("khuyencao", FOOTER, 0.4,
               (_OLD, "Thông tin trong bài chỉ mang tính tham khảo, không phải lời khuyên đầu "
                      "tư."),
               (TC_TIEN_AO.isoformat(), "Lưu ý: bitcoin và các loại tiền ảo không phải phương "
                                        "tiện thanh toán hợp pháp tại Việt Nam; nhà đầu tư "
                                        "tự chịu rủi ro.")),
            _f("nguon", FOOTER, 0.3, (_OLD, "Nguồn: {nguon}")),
            _f("thongbao", FOOTER, 0.25, *_tc_thongbao()),
            _f("giayphep", FOOTER, 0.3,
               (_OLD, "Giấy phép số 214/GP-BTTTT cấp ngày 05/06/2013"),
               (TC_LICENSE.isoformat(), "Giấy phép số 88/GP-BTTTT do Bộ Thông tin và Truyền "
                                        "thông cấp ngày 28/06/2018")),
            _f("banquyen", FOOTER, 0.35, (_OLD, "© {year} Tài Chính Mỗi Ngày. Ghi rõ nguồn khi "
                                                "phát hành lại thông tin từ website này.")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: bài viết trước đó ghi sai giá "
                                                 "bán vàng SJC.")),
        ),
    )


# --- an American rates-comparison site -----------------------------------------------------

RH_REDESIGN = dt.date(2019, 1, 2)
RH_DISCLOSURE = dt.date(2017, 5, 1)
RH_ALERTS = dt.date(2018, 3, 1)
MORTGAGE_30Y = (("2015-01-01", 3.87), ("2015-07-01", 4.04), ("2016-07-07", 3.42),
                ("2016-12-22", 4.32), ("2017-12-28", 3.95), ("2018-11-08", 4.94),
                ("2019-09-05", 3.56), ("2019-12-26", 3.72), ("2020-03-05", 3.29),
                ("2020-12-31", 2.67))
FED_RANGE = (("2008-12-16", "0%-0.25% (since December 16, 2008)"),
             ("2015-12-16", "0.25%-0.50% (since December 16, 2015)"),
             ("2016-12-14", "0.50%-0.75% (since December 14, 2016)"),
             ("2017-03-15", "0.75%-1.00% (since March 15, 2017)"),
             ("2017-06-14", "1.00%-1.25% (since June 14, 2017)"),
             ("2017-12-13", "1.25%-1.50% (since December 13, 2017)"),
             ("2018-03-21", "1.50%-1.75% (since March 21, 2018)"),
             ("2018-06-13", "1.75%-2.00% (since June 13, 2018)"),
             ("2018-09-26", "2.00%-2.25% (since September 26, 2018)"),
             ("2018-12-19", "2.25%-2.50% (since December 19, 2018)"),
             ("2019-07-31", "2.00%-2.25% (since July 31, 2019)"),
             ("2019-09-18", "1.75%-2.00% (since September 18, 2019)"),
             ("2019-10-30", "1.50%-1.75% (since October 30, 2019)"),
             ("2020-03-03", "1.00%-1.25% (since March 3, 2020)"),
             ("2020-03-15", "0%-0.25% (since March 15, 2020)"))
LIMITS_401K = {2015: "18,000", 2016: "18,000", 2017: "18,000", 2018: "18,500", 2019: "19,000",
               2020: "19,500"}
LIMITS_IRA = {2015: "5,500", 2016: "5,500", 2017: "5,500", 2018: "5,500", 2019: "6,000",
              2020: "6,000"}
TAX_DAY = {2015: "2015-04-15", 2016: "2016-04-18", 2017: "2017-04-18", 2018: "2018-04-17",
           2019: "2019-04-15", 2020: "2020-07-15"}


def _rh_dated(day: dt.date) -> str:
    if day < RH_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"Last updated on {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year}")


def _rh_mortgage(day: dt.date) -> str:
    closed = business_day(day)
    rate = curve(closed, MORTGAGE_30Y) + 0.05 * wobble(closed, "30y")
    return (f"Today's average 30-year fixed mortgage rate: {rate:.2f}% "
            f"({MONTHS[closed.month - 1][:3]} {closed.day})")


def _rh_apy(day: dt.date) -> str:
    return f"APYs accurate as of {MONTHS[day.month - 1]} {day.day}, {day.year}."


def _rh_limits(day: dt.date) -> str:
    y = day.year if day.year in LIMITS_401K else 2020
    return (f"{y} contribution limits: ${LIMITS_401K[y]} for a 401(k), ${LIMITS_IRA[y]} for an "
            f"IRA, plus catch-up contributions at 50 or older")


def _rh_tax_day(y: int) -> str:
    day = iso_day(TAX_DAY[y])
    if y == 2020:
        return "🗓️ Tax Day 2020 moved to July 15: file or request an extension by then"
    return (f"🗓️ Tax Day {y} is {MONTHS[day.month - 1]} {day.day}: file or request an "
            f"extension")


@cache
def _rh_notice() -> Wordings:
    base = _steps((_OLD, "Compare rates from 100+ banks and lenders, free"),
                  (RH_ALERTS.isoformat(), "🔔 Set a rate alert: we'll email you when rates "
                                          "move"))
    tax_days = _movable(_listed(TAX_DAY), 10, 0, _rh_tax_day)
    news = [_span("2020-03-27", "2020-06-30", "🦠 CARES Act: stimulus checks, forbearance and "
                                              "what to do if you can't pay")]
    enrollment = [_span(f"{y}-11-01", f"{y}-12-15", f"🩺 Open enrollment for {y + 1} health "
                                                    f"plans ends December 15")
                  for y in range(2017, 2021)]
    return _calendar(base, tax_days, news, enrollment)


def rateharbor_style() -> PublisherStyle:
    """An American rates-comparison site: the long date turned "Last updated on" with the
    weekday on the second day of 2019 (a wording per day), "Written by" turned the writer
    and a CFP reviewer, the advertiser disclosure reworded on nearly every page, the average
    30-year mortgage rate by business day, the Fed's target range by decision day, "APYs
    accurate as of" (a wording per day, mid-body), "Related:" up to twice, the year's 401(k)
    and IRA limits (changing each January), a comparison line turned a rate-alert appeal and
    turned by Tax Day (moved in 2020), the CARES Act and open enrollment, an editorial line,
    the deposit-insurance line and the company line with its NMLS number (a block), a rare
    correction."""
    return PublisherStyle(
        domain="rateharbor.com", site="RateHarbor", base_size=55,
        subdomains=(("www.", 100),),
        sections=("mortgages", "savings", "credit-cards", "loans", "retirement"),
        n_authors=5, url_path="/{section}/{slug}/",
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_rh_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "Written by {author}"),
               (RH_REDESIGN.isoformat(), "Written by {author} | Reviewed by {author2}, "
                                         "CFP®")),
            _f("disclosure", HEADER, 0.85,
               (_OLD, "Advertiser disclosure: RateHarbor is paid by some of the banks and "
                      "lenders on this page."),
               (RH_DISCLOSURE.isoformat(), "Advertiser disclosure: RateHarbor is an "
                                           "independent, advertising-supported comparison "
                                           "service. Partners may affect where offers appear, "
                                           "not how we rate them.")),
            _f("mortgage", HEADER, 0.3, *_by_day(_rh_mortgage)),
            _f("fed", HEADER, 0.15, *decisions(FED_RANGE, lambda _, value: f"Fed funds target "
                                                                           f"range: {value}")),
            _f("apy", MIDDLE, 0.3, *_daily(_rh_apy)),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("limits", FOOTER, 0.2, *_by_day(_rh_limits)),
            _f("notice", FOOTER, 0.3, *_rh_notice()),
            _f("editorial", FOOTER, 0.35, (_OLD, "Editorial content is not provided or "
                                                 "commissioned by any bank or lender. Opinions "
                                                 "are the author's alone.")),
            _f("fdic", FOOTER, 0.2, (_OLD, "Deposits are FDIC-insured up to $250,000 per "
                                           "depositor, per insured bank, for each ownership "
                                           "category.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} RateHarbor, LLC · NMLS ID "
                                                 "1900417")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article listed an expired CD rate.")),
        ),
    )


# --- the market-analysis pages of a British CFD broker -------------------------------------

HM_REDESIGN = dt.date(2019, 3, 29)  # relaunched on the first planned Brexit day
HM_MIFID = dt.date(2018, 1, 3)
HM_ESMA = dt.date(2018, 8, 1)
LOSING_ACCOUNTS = (("2018-08-01", "76"), ("2018-10-01", "74"), ("2019-01-01", "77"),
                   ("2019-04-01", "75"), ("2019-07-01", "73"), ("2019-10-01", "76"),
                   ("2020-01-01", "74"), ("2020-04-01", "71"), ("2020-07-01", "72"),
                   ("2020-10-01", "73"))
FTSE = (("2015-01-01", 6550.0), ("2015-04-27", 7100.0), ("2016-02-11", 5700.0),
        ("2016-06-23", 6340.0), ("2016-06-27", 5980.0), ("2016-12-31", 7140.0),
        ("2017-12-31", 7690.0), ("2018-05-22", 7870.0), ("2018-12-24", 6680.0),
        ("2019-07-26", 7550.0), ("2019-12-31", 7540.0), ("2020-03-23", 4990.0),
        ("2020-10-30", 5580.0), ("2020-12-31", 6460.0))
GBP_USD = (("2015-01-01", 1.55), ("2015-04-13", 1.46), ("2015-06-18", 1.59),
           ("2016-06-23", 1.48), ("2016-06-24", 1.36), ("2016-10-07", 1.24),
           ("2017-12-31", 1.35), ("2018-04-17", 1.43), ("2019-08-12", 1.21),
           ("2019-12-13", 1.33), ("2020-03-20", 1.16), ("2020-12-31", 1.36))


def _hm_dated(day: dt.date) -> str:
    zone = "BST" if summer_time(day) else "GMT"
    if day < HM_REDESIGN:
        return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year} | {{time}} {zone}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} {zone}")


def _hm_levels(day: dt.date) -> str:
    closed = business_day(day)
    return (f"FTSE 100 {price(closed, 'ftse', FTSE, 0.01):,.1f} · GBP/USD "
            f"{price(closed, 'cable', GBP_USD, 0.005):.4f} · Gold "
            f"${price(closed, 'gold', GOLD, 0.012):,.0f}")


def _hm_risk(day: dt.date) -> str:
    if day < HM_ESMA:
        return ("Spread bets and CFDs are leveraged products: you can lose more than your "
                "deposit, so make sure you understand the risks.")
    return (f"CFDs are complex products and, because of leverage, carry a high risk of losing "
            f"money quickly. {stepped(day, LOSING_ACCOUNTS)[1]}% of retail investor accounts "
            f"lose money when trading CFDs with Harbourside Markets. Make sure you can afford "
            f"the risk.")


@cache
def _hm_notice() -> Wordings:
    base = _steps((_OLD, "Practise risk-free: open a demo account with £10,000 of virtual "
                         "funds"),)
    brexit: list[Event] = [
        _span("2016-06-16", "2016-06-27", "⚠️ EU referendum: margins on GBP pairs and UK "
                                          "indices are raised until after the result"),
        _span("2019-03-25", "2019-04-12", "⚠️ Brexit: higher margins on GBP pairs around the "
                                          "Article 50 deadline"),
        _span("2019-10-24", "2019-11-01", "⚠️ Brexit: higher margins on GBP pairs around 31 "
                                          "October"),
        _span("2020-12-21", "2021-01-04", "⚠️ End of the Brexit transition: margin changes on "
                                          "GBP pairs"),
    ]
    votes = [_vote("2017-06-08", "🗳️ UK general election 2017: margin changes on GBP pairs",
                   before=5, after=1),
             _vote("2019-12-12", "🗳️ UK general election 2019: margin changes on GBP pairs",
                   before=5, after=1)]
    news = [_span("2020-03-09", "2020-03-31", "⚠️ Extreme volatility: check your margin and "
                                              "use stop-losses")]
    christmas = _yearly("12-24", 2, 8, lambda y: f"🎄 Christmas and New Year {y}/"
                                                 f"{(y + 1) % 100:02d}: see our holiday "
                                                 f"trading hours")
    return _calendar(base, brexit, votes, news, christmas)


def harbourside_style() -> PublisherStyle:
    """The market-analysis pages of a British CFD broker: the short date with British summer
    or winter time turned the weekday and the long date on the first planned Brexit day (a
    wording per day), the analyst with their title (a pool by author), the FTSE 100, sterling
    and gold by business day, the leverage risk warning turned ESMA's warning with the share
    of losing accounts each quarter (a wording per quarter) on nearly every page, chart
    credits up to twice with the instrument from a pool, "See also:", a past-performance line,
    an information line turned the MiFID II marketing-communication line, a demo-account line
    turned by the referendum, Brexit's deadlines, two elections, the 2020 volatility and the
    holiday trading hours, the FCA line and the rights line (a block), a rare amendment."""
    return PublisherStyle(
        domain="harboursidemarkets.co.uk", site="Harbourside Markets", base_size=40,
        subdomains=(("www.", 100),),
        sections=("analysis", "forex", "indices", "commodities"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "beat": ("Chief Market Strategist", "Senior Market Analyst", "Market Analyst"),
            "instrument": ("GBP/USD", "FTSE 100", "EUR/USD", "Gold", "Brent crude", "US 500"),
        },
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_hm_dated)),
            _f("analyst", HEADER, 0.6, (_OLD, "By {author}, {author_beat}")),
            _f("levels", HEADER, 0.3, *_by_day(_hm_levels)),
            _f("risk", HEADER, 0.9, *_by_day(_hm_risk)),
            _f("chart", MIDDLE, 0.3, (_OLD, "Chart: {instrument}, daily · Source: Harbourside "
                                            "Markets platform"), count=2),
            _f("see-also", MIDDLE, 0.25, (_OLD, "See also: {other_title}")),
            _f("past-performance", FOOTER, 0.45, (_OLD, "Past performance is not a reliable "
                                                        "indicator of future results.")),
            _f("mifid", FOOTER, 0.3,
               (_OLD, "This commentary is general market information, not investment advice."),
               (HM_MIFID.isoformat(), "This is a marketing communication. It has not been "
                                      "prepared under the rules that promote the independence "
                                      "of investment research.")),
            _f("notice", FOOTER, 0.25, *_hm_notice()),
            _f("fca", FOOTER, 0.35, (_OLD, "Harbourside Markets Ltd is authorised and regulated "
                                           "by the Financial Conduct Authority (FRN 509213). "
                                           "Registered in England and Wales, no. 07211830.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Harbourside Markets Ltd")),
            _f("amended", HEADER, 0.04, (_OLD, "Amended: the support level in the third "
                                               "paragraph has been corrected.")),
        ),
    )


# --- an Argentinian crypto portal ----------------------------------------------------------

CP_REDESIGN = dt.date(2020, 1, 1)
CP_TELEGRAM = dt.date(2018, 6, 1)
CP_CEPO_END = dt.date(2015, 12, 17)
CP_SOLIDARIO = dt.date(2019, 12, 23)  # the 30% PAIS tax on buying dollars
CP_PERCEPCION = dt.date(2020, 9, 16)  # a further 35% on account of income tax
ARS_OFFICIAL = (("2015-01-01", 8.55), ("2015-12-16", 9.84), ("2015-12-17", 13.95),
                ("2016-12-31", 15.9), ("2017-12-31", 17.7), ("2018-04-30", 20.2),
                ("2018-08-30", 37.5), ("2018-12-31", 37.7), ("2019-08-09", 45.3),
                ("2019-08-12", 57.3), ("2019-12-31", 59.9), ("2020-12-31", 84.1))
ARS_BLUE = (("2015-01-01", 13.9), ("2015-12-16", 14.5), ("2016-12-31", 15.9),
            ("2017-12-31", 18.2), ("2018-08-30", 39.5), ("2019-08-12", 60.0),
            ("2019-10-28", 78.0), ("2019-12-31", 75.0), ("2020-05-15", 130.0),
            ("2020-10-23", 195.0), ("2020-12-31", 166.0))
ARGENTINE_VOTES = {"2015-10-25": "Elecciones generales 2015", "2015-11-22": "Balotaje 2015",
                   "2017-10-22": "Elecciones legislativas 2017", "2019-08-11": "PASO 2019",
                   "2019-10-27": "Elecciones generales 2019"}


def _cp_dated(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return f"{day.day} {MESES[day.month - 1]}, {day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year} · {{time}} hs"


def _cp_dolar(day: dt.date) -> str:
    closed = business_day(day)
    official = price(closed, "oficial", ARS_OFFICIAL, 0.004)
    blue = price(closed, "blue", ARS_BLUE, 0.015)
    line = f"Dólar oficial $ {dotted(official)} · Dólar blue $ {dotted(blue)}"
    if closed >= CP_PERCEPCION:
        line += f" · Dólar solidario $ {dotted(official * 1.65)}"
    elif closed >= CP_SOLIDARIO:
        line += f" · Dólar solidario $ {dotted(official * 1.3)}"
    return line


def _cp_btc(day: dt.date) -> str:
    btc, change = coin(day, "btc", BTC)
    blue = price(business_day(day), "blue", ARS_BLUE, 0.015)
    return f"Bitcoin hoy: $ {dotted(btc * blue, 0)} ({signed(change).replace('.', ',')})"


@cache
def _cp_aviso() -> Wordings:
    base = _steps((_OLD, "Seguinos en Twitter e Instagram"),
                  (CP_TELEGRAM.isoformat(), "📲 Sumate a nuestro canal de Telegram: las "
                                            "noticias cripto al instante"))
    halvings = [(h - 3 * ONE, h + 2 * ONE, "⛏️ Halving de Bitcoin: seguilo en vivo con "
                                           "nosotros") for h in HALVINGS]
    votes = [_vote(day, f"🗳️ {kind}: qué pasa con el dólar y con bitcoin", before=2, after=2)
             for day, kind in ARGENTINE_VOTES.items()]
    news = [
        _span("2015-12-14", "2015-12-23", "🔓 Fin del cepo: cómo comprar dólares desde el 17 de "
                                          "diciembre"),
        _span("2019-09-01", "2019-09-15", "🚫 Vuelve el cepo: cuántos dólares se pueden comprar "
                                          "y qué pasa con las cripto"),
        _span("2019-12-23", "2020-01-10", "💸 Dólar solidario: el impuesto PAIS del 30%, "
                                          "explicado"),
        _span("2020-09-16", "2020-09-30", "💸 Nuevo recargo del 35%: así queda el dólar "
                                          "solidario"),
    ]
    return _calendar(base, halvings, votes, news)


def criptopampa_style() -> PublisherStyle:
    """An Argentinian crypto portal: the long date turned the numeric date and the time on
    New Year's Day 2020 (a wording per day), "Por", the official and blue dollars by business
    day (the solidarity dollar added with the PAIS tax and raised with the 35% surcharge),
    bitcoin in pesos with the day's change (a wording per day), "Leé también:" and a glossary
    link with its term from a pool, a crypto risk line on most pages, a social line turned a
    Telegram appeal and turned by the halvings, five votes, the end and the return of
    exchange controls and the dollar surcharges, the community line and the rights line (a
    block), a rare erratum."""
    return PublisherStyle(
        domain="criptopampa.com.ar", site="CriptoPampa", base_size=30,
        subdomains=(("", 100),),
        sections=("bitcoin", "mercados", "regulacion", "aprende"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"termino": ("un exchange", "una wallet", "el halving", "una stablecoin",
                           "la minería", "el P2P")},
        families=(
            _f("fecha", HEADER, 0.75, *_by_day(_cp_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}")),
            _f("dolar", HEADER, 0.35, *_by_day(_cp_dolar)),
            _f("btc-ars", HEADER, 0.25, *_by_day(_cp_btc)),
            _f("tambien", MIDDLE, 0.3, (_OLD, "Leé también: {other_title}")),
            _f("glosario", MIDDLE, 0.15, (_OLD, "📘 ¿Qué es {termino}? Mirá nuestro glosario "
                                                "cripto")),
            _f("riesgo", FOOTER, 0.6, (_OLD, "Las criptomonedas son activos de alto riesgo. "
                                             "Este contenido es informativo y no es una "
                                             "recomendación de inversión.")),
            _f("aviso", FOOTER, 0.3, *_cp_aviso()),
            _f("comunidad", FOOTER, 0.2, (_OLD, "CriptoPampa es un medio independiente hecho "
                                                "por y para la comunidad cripto argentina.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} CriptoPampa – Todos los derechos "
                                                "reservados")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior "
                                                     "la cotización estaba mal.")),
        ),
    )


def heldout126_styles() -> list[PublisherStyle]:
    """The held-back-126 styles, in the order the generator hands them to publishers."""
    return [
        pennywise_style(), coinlantern_style(), geldkompass_style(), dineroclaro_style(),
        naijamoney_style(), borsarehberi_style(), moneymitra_style(), kyungjaeplus_style(),
        taichinhmoingay_style(), rateharbor_style(), harbourside_style(), criptopampa_style(),
    ]
