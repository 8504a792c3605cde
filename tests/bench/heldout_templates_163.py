"""The ``held-back-163`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-160 set. It was
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
"not financial advice" line, a deposit-insurance line or an advertisement marker. The
publishers are personal-finance blogs, banks' and fintech newsrooms, crypto news sites and
price-comparison guides in English, Spanish, Portuguese, Russian, Vietnamese and Hindi: an
American personal-finance blog, an English-language crypto news site, a Brazilian investing
blog, a Russian personal-finance portal, the newsroom of a Mexican bank, a Hindi
personal-finance site, a British price-comparison guide, the newsroom of a Vietnamese bank,
the newsroom of an American mobile-banking app, a Chilean comparison site, a Russian crypto
news site and the press room of a Portuguese bank. The families are the kinds a crawl of
such sites holds: dates localised day by day in English (American AP-style months, British
order), Portuguese (Brazilian and European), Spanish (Mexican, with Mexico City's change of
name in January 2016, and Chilean), Russian, Vietnamese and Hindi, several changing form on
the day of a redesign or of a switch of newswire; price tickers and rate lines with amounts
that turn every day (the best savings APY with the day's date, the crypto market cap and
bitcoin's dominance, bitcoin in dollars and roubles, the Ibovespa and the real, the Bank of
Russia's dollar and euro, Mexico's FIX, gold and silver in rupees, Delhi's petrol and diesel
prices, revised fortnightly before daily pricing began in June 2017 and frozen in the 2020
lockdown, the dong's selling rate, Chile's UF and observed dollar, a comparison guide's "rates
checked on" line), every week (Mexico's 28-day CETES auction, each Tuesday) and every ten days
(the Bank of Russia's top-ten deposit rate by dekad); policy rates that change on the central
banks' decision days (the Copom's Selic, with the savings-account rule that follows it, the
Bank of Russia's key rate, Banxico's target, the RBI's repo rate), India's small-savings rates
each quarter, Vietnam's deposit-rate cap and deposit insurance limit, contribution limits each
January, the FSCS limit cut and restored, the IPAB guarantee in pesos, card CAT and personal
loan CAE and TAEG examples with their calculation dates, a neobank's savings APY, client and
branch counts that grow each year; affiliate, advertiser and commission disclosures
reworded; "not financial advice" lines, crypto risk warnings, mutual-fund risk lines,
analyst-certification lines that follow a new CVM rule, regulator and registration lines
(the FCA's interim permission turned full authorisation, Roskomnadzor's register, SEBI,
Banco de Portugal, the Vietnamese central bank's licence, the SBIF turned the CMF in Chile,
CONDUSEF's number losing its 01 prefix), a partner bank switched; bylines, tags, chart
credits and photo credits from pools; "Related"-like links, advertisement markers and
sponsored markers mid-body (some up to two times); notices reworded in 2016-2020 and notices
that follow the calendars of money (US Tax Day and its 2020 delay, Black Friday, the stimulus
checks, bitcoin halvings counted down day by day, the DAO attack, forks, futures and crashes,
Brazil's income-tax season and its 2020 extension, the 13th salary, the emergency aid and
Pix, Russia's 3-NDFL deadline and New Year holidays, the 2020 non-working days, Telegram's
block, Buen Fin, Holy Week and 12 December bank closures in Mexico, Akshaya Tritiya, Union
Budgets, demonetisation, ITR deadlines and the loan moratorium, the PPI deadline, Tết and
Vietnam's public holidays, Chile's tax season, unrest and pension withdrawals, strong customer
authentication and Portugal's moratorium), multi-line blocks (about lines, media contacts,
registration and copyright lines), bare lines and families in only 4% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
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
    event_on,
    iso_day,
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
_yearly = _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times (every text function below is a module-level function, so the cache hits).
_by_day = cache(_PERIOD.by_day)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
MESES_CORTOS = ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.",
                "oct.", "nov.", "dic.")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESES_PT = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro")
DIAS_PT = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
           "sábado", "domingo")
MESYATSA = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")
MESYATS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь")
DNI = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MAHINE = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
          "अक्टूबर", "नवंबर", "दिसंबर")
VAAR = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest[:4], "little") / 0xFFFFFFFF * 2 - 1


@cache
def _anchor_days(anchors: tuple[tuple[str, float], ...]) -> tuple[int, ...]:
    return tuple(iso_day(a).toordinal() for a, _ in anchors)


def trend(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
    days, x = _anchor_days(anchors), day.toordinal()
    i = bisect_right(days, x)
    if i == 0:
        return anchors[0][1]
    if i == len(days):
        return anchors[-1][1]
    (d0, v0), (d1, v1) = (days[i - 1], anchors[i - 1][1]), (days[i], anchors[i][1])
    return v0 + (v1 - v0) * (x - d0) / (d1 - d0)


def quote(day: dt.date, key: str, anchors: tuple[tuple[str, float], ...], swing: float) -> float:
    """A market price on `day`: the trend of `anchors` moved by up to `swing` (a share)."""
    return trend(day, anchors) * (1 + swing * wobble(day, key))


def business_day(day: dt.date) -> dt.date:
    """The last weekday on or before `day`: the session whose close a weekend page shows."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def previous_session(day: dt.date) -> dt.date:
    """The weekday before business day `day`."""
    return business_day(day - ONE)


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def start_of(day: dt.date, table: tuple[tuple[str, str], ...]) -> dt.date:
    """The first day the value of `table` in force on `day` was in force."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return iso_day(table[max(i - 1, 0)][0])


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def en_amount(x: float, places: int = 2) -> str:
    """12,345.67"""
    return f"{x:,.{places}f}"


def comma_amount(x: float, places: int = 2) -> str:
    """12.345,67 (Brazil, Chile, Portugal, Vietnam)"""
    return en_amount(x, places).translate(str.maketrans(",.", ".,"))


def ru_amount(x: float, places: int = 2) -> str:
    """12 345,67"""
    return en_amount(x, places).replace(",", " ").replace(".", ",")


def lakh_amount(n: int) -> str:
    """An amount in the Indian grouping: 1,23,456."""
    s = str(n)
    head, tail = s[:-3], s[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return ",".join(groups + [tail])


def signed(change: float, comma: bool = False) -> str:
    """A change in percent with its sign: +1.23% (or +1,23%); a minus sign, not a hyphen."""
    text = f"{abs(change):.2f}"
    if comma:
        text = text.replace(".", ",")
    return ("+" if change >= 0 else "−") + text + "%"


def by_year(values: dict[int, str], md: str = "01-01") -> tuple[tuple[str, str], ...]:
    """A table whose value changes each year on month-day `md` (`values`: year -> value)."""
    return tuple((f"{y}-{md}", v) for y, v in sorted(values.items()))


# --- an American personal-finance blog ----------------------------------------------------

PA_DISCLOSURE = dt.date(2016, 11, 1)
PA_REDESIGN = dt.date(2017, 9, 5)  # relaunched the Tuesday after Labor Day 2017
PA_NEWSLETTER = dt.date(2019, 3, 4)
TAX_DAYS = {2015: "2015-04-15", 2016: "2016-04-18", 2017: "2017-04-18", 2018: "2018-04-17",
            2019: "2019-04-15", 2020: "2020-07-15"}
# 401(k) limit, its catch-up, IRA limit, by year
PA_LIMITS = {2015: ("18,000", "6,000", "5,500"), 2016: ("18,000", "6,000", "5,500"),
             2017: ("18,000", "6,000", "5,500"), 2018: ("18,500", "6,000", "5,500"),
             2019: ("19,000", "6,000", "6,000"), 2020: ("19,500", "6,500", "6,000"),
             2021: ("19,500", "6,500", "6,000")}
TOP_APY = (("2015-01-01", 1.05), ("2016-12-31", 1.05), ("2017-06-01", 1.25),
           ("2017-12-31", 1.55), ("2018-06-30", 1.95), ("2018-12-31", 2.35),
           ("2019-06-30", 2.45), ("2019-12-31", 2.10), ("2020-03-01", 2.00),
           ("2020-04-15", 1.60), ("2020-07-01", 1.15), ("2020-12-31", 0.80),
           ("2021-01-10", 0.75))


def ap_date(day: dt.date) -> str:
    """The date as American newsrooms abbreviate it: Sept. 5, 2017; March 3, 2016."""
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _pa_dated(day: dt.date) -> str:
    if day < PA_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Updated {ap_date(day)}"


def top_apy(day: dt.date) -> float:
    """The best online savings APY the blog tracks: it moves once a week at most."""
    monday = day - dt.timedelta(days=day.weekday())
    return round(trend(day, TOP_APY) + 0.05 * wobble(monday, "apy"), 2)


def _pa_apy(day: dt.date) -> str:
    return f"Best savings rate we found today: {top_apy(day):.2f}% APY (as of {ap_date(day)})"


def _pa_limits(day: dt.date) -> str:
    k, catch, ira = PA_LIMITS[day.year]
    return (f"{day.year} contribution limits: 401(k) ${k} (plus ${catch} catch-up at 50+) · "
            f"IRA ${ira}")


@cache
def _pa_notice() -> Wordings:
    base = _steps((_OLD, "Join 50,000 readers and get our free weekly money newsletter"),
                  (PA_NEWSLETTER.isoformat(), "📬 The Almanac Weekly: one smart money move "
                                              "every Sunday. Subscribe free"))
    stimulus = [_span("2020-04-10", "2020-05-31", "💵 Where is my $1,200 stimulus check? How "
                                                  "to track your payment")]
    taxes: list[Event] = []
    for y, day in TAX_DAYS.items():
        due = iso_day(day)
        if y == 2020:
            taxes.append(_span("2020-03-21", "2020-07-15", "🗓️ Tax Day moved to July 15, "
                                                           "2020: what the delay means for "
                                                           "you"))
        else:
            taxes.append((due - 21 * ONE, due + ONE, f"⏰ Tax Day is {ap_date(due)}: file or "
                                                    f"request an extension by midnight"))
    black_friday = _PERIOD.movable(thanksgiving, 3, 4, lambda y: f"🛍️ Black Friday {y}: the "
                                                                 f"deals worth it and the ones "
                                                                 f"to skip")
    return _PERIOD.calendar(base, stimulus, taxes, black_friday)


def pennyalmanac_style() -> PublisherStyle:
    """An American personal-finance blog: a topic kicker from a pool, "Posted on" with the
    long date turned "Updated" with the AP-style date on the Tuesday after Labor Day 2017 (a
    wording per day), "by" turned the writer and a CFP reviewer, an affiliate disclosure
    reworded twice (an advertiser disclosure after the redesign), the best savings APY of the
    week with the day's date (a wording per day), "Related:" and advertisement markers up to
    twice, a Pinterest line, the year's 401(k) and IRA limits (changing each January), a
    newsletter line reworded and turned by Tax Day (moved in 2020), Black Friday and the
    stimulus checks, a "not financial advice" line, the author's beat, a comment count, the
    copyright line, a rare editor's note."""
    return PublisherStyle(
        domain="pennyalmanac.com", site="The Penny Almanac", base_size=250,
        subdomains=(("www.", 100),),
        sections=("saving", "debt", "credit-cards", "investing", "retirement", "side-hustles",
                  "taxes"),
        n_authors=10, url_path="/{slug}/",
        pools={
            "kicker": ("SAVING", "DEBT", "CREDIT CARDS", "INVESTING", "RETIREMENT",
                       "SIDE HUSTLES", "TAXES"),
            "beat": ("budgeting and debt payoff", "credit cards and travel rewards",
                     "index investing and retirement", "side hustles and small business",
                     "taxes and paychecks"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_pa_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "by {author}"),
               (PA_REDESIGN.isoformat(), "Written by {author} | Reviewed by {author2}, "
                                         "CFP®")),
            _f("disclosure", HEADER, 0.55,
               (_OLD, "This post may contain affiliate links. Please read my disclosure "
                      "policy."),
               (PA_DISCLOSURE.isoformat(), "Disclosure: This post may contain affiliate "
                                           "links, which means we may earn a commission if "
                                           "you click through and sign up, at no cost to "
                                           "you."),
               (PA_REDESIGN.isoformat(), "Advertiser Disclosure: Many of the offers on this "
                                         "page come from partners who pay us. That may shape "
                                         "which products we cover, never what we think of "
                                         "them.")),
            _f("apy", HEADER, 0.2, *_by_day(_pa_apy)),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("pin", MIDDLE, 0.12, (_OLD, "Save this post to Pinterest for later! 📌")),
            _f("limits", FOOTER, 0.18, *_by_day(_pa_limits)),
            _f("notice", FOOTER, 0.3, *_pa_notice()),
            _f("not-advice", FOOTER, 0.5, (_OLD, "The Penny Almanac is for general "
                                                 "information only and is not financial, tax "
                                                 "or legal advice. Talk to a professional "
                                                 "about your own situation.")),
            _f("about-author", FOOTER, 0.3, (_OLD, "{author} writes about {author_beat} for "
                                                   "The Penny Almanac.")),
            _f("comments", FOOTER, 0.3, (_OLD, "{count} Comments")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Penny Almanac, LLC. All rights "
                                                "reserved.")),
            _f("editors-note", HEADER, 0.04, (_OLD, "Editor's note: This article was updated "
                                                    "with the IRS's new income limits.")),
        ),
    )


# --- an English-language crypto news site -------------------------------------------------

SS_REDESIGN = dt.date(2019, 1, 3)  # relaunched on bitcoin's tenth birthday
SS_TELEGRAM = dt.date(2017, 6, 1)
SS_DISCLAIMER = dt.date(2018, 2, 1)
HALVINGS = (dt.date(2016, 7, 9), dt.date(2020, 5, 11))
MARKET_CAP = (("2015-01-01", 5.0), ("2015-01-14", 3.0), ("2015-06-01", 3.4),
              ("2015-11-04", 6.5), ("2016-01-01", 7.0), ("2016-06-17", 12.5),
              ("2016-08-02", 10.0), ("2016-12-31", 17.7), ("2017-03-01", 21.0),
              ("2017-06-12", 115.0), ("2017-09-01", 170.0), ("2017-11-30", 300.0),
              ("2018-01-07", 820.0), ("2018-02-06", 300.0), ("2018-03-05", 450.0),
              ("2018-06-28", 250.0), ("2018-11-14", 200.0), ("2018-12-15", 105.0),
              ("2019-04-02", 160.0), ("2019-06-26", 360.0), ("2019-12-17", 190.0),
              ("2020-02-13", 290.0), ("2020-03-12", 140.0), ("2020-05-11", 250.0),
              ("2020-08-15", 385.0), ("2020-10-20", 400.0), ("2020-12-31", 770.0),
              ("2021-01-10", 1050.0))
DOMINANCE = (("2015-01-01", 88.0), ("2016-06-01", 82.0), ("2017-03-01", 85.0),
             ("2017-06-18", 38.0), ("2017-09-01", 48.0), ("2017-12-07", 63.0),
             ("2018-01-13", 33.0), ("2018-06-01", 38.0), ("2018-12-31", 51.0),
             ("2019-06-26", 63.0), ("2019-09-06", 70.0), ("2019-12-31", 68.0),
             ("2020-06-01", 65.0), ("2020-09-01", 58.0), ("2020-12-31", 70.0))
SS_EVENTS = (
    ("2015-07-30", "2015-08-06", "Ethereum Frontier is live: everything you need to know"),
    ("2016-06-17", "2016-06-30", "The DAO attack: live updates as ether slides"),
    ("2016-08-02", "2016-08-12", "Bitfinex hacked: 119,756 BTC stolen, withdrawals halted"),
    ("2017-07-25", "2017-08-03", "Bitcoin Cash splits off on August 1: what holders need to "
                                 "know"),
    ("2017-09-04", "2017-09-15", "China bans ICOs: follow our live coverage"),
    ("2017-12-08", "2017-12-20", "Bitcoin futures go live on Cboe and CME: live coverage"),
    ("2020-03-12", "2020-03-20", "Black Thursday: bitcoin's crash, hour by hour"),
    ("2020-11-24", "2020-12-01", "Eth2's beacon chain launches on December 1"),
)


def _ss_dated(day: dt.date) -> str:
    if day < SS_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year} | {{time12}}"
    return f"Updated: {MONTHS[day.month - 1][:3]} {day.day}, {day.year} at {{time}} UTC"


def _ss_market(day: dt.date) -> str:
    cap = quote(day, "cap", MARKET_CAP, 0.04)
    share = trend(day, DOMINANCE) + 0.6 * wobble(day, "dominance")
    return f"Total crypto market cap: ${cap:,.1f}B · BTC dominance: {share:.1f}%"


def halving_countdown(day: dt.date) -> str | None:
    """The days left to the next halving, in the 30 days before it, and the day itself."""
    for halving in HALVINGS:
        left = (halving - day).days
        reward = "12.5" if halving.year == 2016 else "6.25"
        if left == 0:
            return f"⛏️ The halving is today: the block reward drops to {reward} BTC"
        if 0 < left <= 30:
            days = "1 day" if left == 1 else f"{left} days"
            return f"⏳ Bitcoin halving in {days}: the block reward drops to {reward} BTC"
    return None


_SS_BASE = _steps((_OLD, "Follow Satoshi Street on Twitter for breaking crypto news"),
                  (SS_TELEGRAM.isoformat(), "📲 Join 40,000 traders in the Satoshi Street "
                                            "Telegram channel"))
_SS_NEWS = [_span(first, last, f"🚨 {text}") for first, last, text in SS_EVENTS]


def _ss_notice(day: dt.date) -> str:
    return event_on(day, _SS_NEWS) or halving_countdown(day) or _SS_BASE(day)


def satoshistreet_style() -> PublisherStyle:
    """An English-language crypto news site: tags from a pool, the long date with a 12-hour
    time turned "Updated:" with the short date and UTC on bitcoin's tenth birthday (a wording
    per day), "By" turned the writer with the reading time, the day's total market cap and
    bitcoin's dominance (a wording per day), a rare paid press-release marker, "Also Read:"
    and advertisement markers (up to twice), a price-chart credit from pools, an image
    credit, a disclaimer reworded after the 2018 crash, a holdings disclosure from a pool, a
    follow line reworded and turned by the news (the DAO attack, Bitfinex, Bitcoin Cash,
    the ICO ban, futures, Black Thursday, Eth2) and by the halvings counted down day by day,
    the copyright line, a rare correction."""
    return PublisherStyle(
        domain="satoshistreet.com", site="Satoshi Street", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "markets", "defi", "regulation", "mining", "opinion"),
        n_authors=12, url_path="/{section}/{slug}/",
        pools={
            "tag": ("Bitcoin", "Ethereum", "Altcoins", "DeFi", "Regulation", "Mining",
                    "Exchanges", "Blockchain"),
            "pair": ("BTC/USD", "ETH/USD", "ETH/BTC", "XRP/USD", "LTC/USD"),
            "chart": ("TradingView", "Bitstamp", "Kraken", "Coinbase"),
            "image": ("Shutterstock", "Pixabay", "Unsplash", "Satoshi Street"),
            "coins": ("BTC", "ETH", "LTC", "XRP", "ADA"),
        },
        families=(
            _f("tags", HEADER, 0.55, (_OLD, "{tag_list}")),
            _f("dated", HEADER, 0.9, *_by_day(_ss_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "By {author}"),
               (SS_REDESIGN.isoformat(), "By {author} · {read_min} min read")),
            _f("market", HEADER, 0.25, *_by_day(_ss_market)),
            _f("paid", HEADER, 0.06, (_OLD, "Sponsored: this is a paid press release. Satoshi "
                                            "Street does not endorse and is not responsible "
                                            "for any content or product on this page.")),
            _f("also-read", MIDDLE, 0.4, (_OLD, "Also Read: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "– Advertisement –"), count=2),
            _f("chart", MIDDLE, 0.3, (_OLD, "{pair} price chart. Source: {chart}")),
            _f("image", MIDDLE, 0.2, (_OLD, "Image: {image}")),
            _f("disclaimer", FOOTER, 0.55,
               (_OLD, "Disclaimer: The views in this article are the author's own. Satoshi "
                      "Street does not endorse any investment."),
               (SS_DISCLAIMER.isoformat(), "Disclaimer: This article is for information only "
                                           "and is not investment advice. Cryptocurrencies "
                                           "are highly volatile: do your own research before "
                                           "you invest.")),
            _f("holdings", FOOTER, 0.2, (_OLD, "Disclosure: At the time of writing, the "
                                               "author holds {coins_list}.")),
            _f("notice", FOOTER, 0.35, *_by_day(_ss_notice)),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Satoshi Street. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this "
                                                  "article misstated the size of the funding "
                                                  "round.")),
        ),
    )


# --- a Brazilian investing blog -----------------------------------------------------------

BC_TELEGRAM = dt.date(2017, 3, 1)
BC_REDESIGN = dt.date(2018, 7, 2)
BC_CVM598 = dt.date(2018, 10, 1)
BC_FGC = dt.date(2019, 1, 7)
# The Copom's decisions (the day of the decision, the Selic in % a year).
SELIC = (("2014-12-03", "11,75"), ("2015-01-21", "12,25"), ("2015-03-04", "12,75"),
         ("2015-04-29", "13,25"), ("2015-06-03", "13,75"), ("2015-07-29", "14,25"),
         ("2016-10-19", "14,00"), ("2016-11-30", "13,75"), ("2017-01-11", "13,00"),
         ("2017-02-22", "12,25"), ("2017-04-12", "11,25"), ("2017-05-31", "10,25"),
         ("2017-07-26", "9,25"), ("2017-09-06", "8,25"), ("2017-10-25", "7,50"),
         ("2017-12-06", "7,00"), ("2018-02-07", "6,75"), ("2018-03-21", "6,50"),
         ("2019-07-31", "6,00"), ("2019-09-18", "5,50"), ("2019-10-30", "5,00"),
         ("2019-12-11", "4,50"), ("2020-02-05", "4,25"), ("2020-03-18", "3,75"),
         ("2020-05-06", "3,00"), ("2020-06-17", "2,25"), ("2020-08-05", "2,00"))
IBOVESPA = (("2015-01-01", 50000.0), ("2015-12-30", 43300.0), ("2016-01-26", 37500.0),
            ("2016-12-29", 60200.0), ("2017-06-30", 62900.0), ("2017-12-28", 76400.0),
            ("2018-02-26", 87600.0), ("2018-06-18", 70700.0), ("2018-12-28", 87900.0),
            ("2019-06-28", 101000.0), ("2019-12-27", 116500.0), ("2020-01-23", 119500.0),
            ("2020-03-23", 63500.0), ("2020-06-30", 95000.0), ("2020-12-30", 119000.0),
            ("2021-01-08", 125000.0))
REAL = (("2015-01-01", 2.66), ("2015-09-24", 4.15), ("2016-01-21", 4.05), ("2016-12-29", 3.26),
        ("2017-12-28", 3.31), ("2018-09-13", 4.19), ("2018-12-28", 3.88), ("2019-11-27", 4.26),
        ("2020-05-14", 5.90), ("2020-12-30", 5.19), ("2021-01-08", 5.40))
IR_SEASONS = {2015: ("2015-03-02", "2015-04-30"), 2016: ("2016-03-01", "2016-04-29"),
              2017: ("2017-03-02", "2017-04-28"), 2018: ("2018-03-01", "2018-04-30"),
              2019: ("2019-03-07", "2019-04-30")}
IR_2020_EXTENDED = dt.date(2020, 4, 1)  # the 2020 deadline moved from 30 April to 30 June


def _bc_data(day: dt.date) -> str:
    if day < BC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return f"{DIAS_PT[day.weekday()]}, {day.day} de {MESES_PT[day.month - 1]} de {day.year}"


def _bc_mercado(day: dt.date) -> str:
    session, before = business_day(day), previous_session(business_day(day))
    ibov, ibov0 = (quote(d, "ibov", IBOVESPA, 0.02) for d in (session, before))
    usd, usd0 = (quote(d, "brl", REAL, 0.012) for d in (session, before))
    return (f"Ibovespa: {comma_amount(ibov, 0)} pts ({signed((ibov / ibov0 - 1) * 100, True)}) "
            f"· Dólar: R$ {comma_amount(usd, 4)} ({signed((usd / usd0 - 1) * 100, True)})")


def selic_rate(day: dt.date) -> float:
    return float(in_force(day, SELIC).replace(",", "."))


def _bc_selic(day: dt.date) -> str:
    decided = start_of(day, SELIC)
    return (f"Taxa Selic: {in_force(day, SELIC)}% ao ano, definida pelo Copom em "
            f"{decided.day:02d}/{decided.month:02d}/{decided.year}")


def _bc_poupanca(day: dt.date) -> str:
    selic = selic_rate(day)
    if selic > 8.5:
        return "Rendimento da poupança: 0,5% ao mês + TR (Selic acima de 8,5% ao ano)"
    return (f"Rendimento da poupança: 70% da Selic + TR, ou "
            f"{comma_amount(0.7 * selic, 2)}% ao ano")


@cache
def _bc_aviso() -> Wordings:
    base = _steps((_OLD, "Receba nossas dicas de finanças por e-mail: cadastre-se grátis"),
                  (BC_TELEGRAM.isoformat(), "📲 Entre no canal do Bolso Cheio no Telegram e "
                                            "receba as análises do dia"))
    news = [
        _span("2020-04-07", "2020-05-31", "Auxílio emergencial de R$ 600: veja quem tem "
                                          "direito e como sacar"),
        _span("2020-10-05", "2020-11-15", "Pix: cadastre sua chave e comece a usar em 16 de "
                                          "novembro"),
        _span("2020-11-16", "2020-11-30", "O Pix já está no ar: veja como fazer transferências "
                                          "na hora"),
    ]
    ir: list[Event] = []
    for y, (first, last) in IR_SEASONS.items():
        end = iso_day(last)
        ir.append(_span(first, last, f"🦁 IR {y}: o prazo de entrega da declaração vai até "
                                     f"{end.day} de {MESES_PT[end.month - 1]}"))
    ir.append(_span("2020-03-02", "2020-03-31", "🦁 IR 2020: o prazo de entrega da declaração "
                                                "vai até 30 de abril"))
    ir.append(_span(IR_2020_EXTENDED.isoformat(), "2020-06-30", "🦁 IR 2020: prazo de entrega "
                                                                "prorrogado até 30 de junho"))
    black_friday = _PERIOD.movable(lambda y: thanksgiving(y) + ONE, 6, 0,
                                   lambda y: f"Black Friday {y}: como não cair em falsas "
                                             f"promoções")
    decimo = _yearly("11-20", 0, 30, lambda y: f"13º salário: a segunda parcela cai até 20 de "
                                               f"dezembro de {y}. Veja o que fazer com o "
                                               f"dinheiro")
    return _PERIOD.calendar(base, news, ir, black_friday, decimo)


def bolsocheio_style() -> PublisherStyle:
    """A Brazilian investing blog: a section from a pool, the numeric date and time turned the
    weekday and the long date on 2 July 2018 (a wording per day), "Por" turned the writer with
    the reading time, the Ibovespa and the dollar with their changes (turning each business
    day), "Leia também:" and "Publicidade" (up to twice) mid-body, an FGC line reworded, the
    Selic as the Copom set it (changing on each decision day) and the savings-account rule it
    drives, a "not a recommendation" line reworded, an analyst line that follows the CVM's
    new rule of October 2018, a Telegram line turned by the income-tax seasons (extended in
    2020), Black Friday, the 13th salary, the emergency aid and Pix, the copyright line, a
    rare erratum."""
    return PublisherStyle(
        domain="bolsocheio.com.br", site="Bolso Cheio", base_size=195,
        subdomains=(("www.", 100),),
        sections=("investimentos", "renda-fixa", "acoes", "previdencia", "cartoes",
                  "imposto-de-renda"),
        n_authors=9, url_path="/{section}/{slug}/",
        pools={"editoria": ("Investimentos", "Renda Fixa", "Ações", "Previdência", "Cartões",
                            "Imposto de Renda", "Fundos Imobiliários")},
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_bc_data)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}"),
               (BC_REDESIGN.isoformat(), "Por {author} · Leitura de {read_min} min")),
            _f("mercado", HEADER, 0.22, *_by_day(_bc_mercado)),
            _f("leia", MIDDLE, 0.4, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("fgc", MIDDLE, 0.15,
               (_OLD, "CDB, LCI e LCA têm garantia do FGC de até R$ 250 mil por CPF e por "
                      "instituição."),
               (BC_FGC.isoformat(), "Lembre-se: CDBs, LCIs e LCAs contam com a garantia do "
                                    "FGC até R$ 250 mil por CPF em cada instituição, com "
                                    "limite global de R$ 1 milhão a cada quatro anos.")),
            _f("selic", FOOTER, 0.25, *_by_day(_bc_selic)),
            _f("poupanca", FOOTER, 0.12, *_by_day(_bc_poupanca)),
            _f("aviso", FOOTER, 0.45,
               (_OLD, "Este conteúdo tem caráter informativo e não constitui recomendação de "
                      "investimento."),
               (BC_REDESIGN.isoformat(), "As informações deste texto não são recomendação de "
                                         "compra ou venda de ativos. Rentabilidade passada "
                                         "não é garantia de rentabilidade futura.")),
            _f("analista", FOOTER, 0.12,
               (_OLD, "Análise elaborada por analista credenciado, nos termos da Instrução CVM "
                      "483/2010."),
               (BC_CVM598.isoformat(), "Análise elaborada por analista de valores mobiliários "
                                       "certificado, conforme a Instrução CVM 598/2018.")),
            _f("chamada", FOOTER, 0.3, *_bc_aviso()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Bolso Cheio. Todos os direitos "
                                                "reservados. Proibida a reprodução sem "
                                                "autorização.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior deste texto informava "
                                              "uma taxa de administração incorreta.")),
        ),
    )


# --- a Russian personal-finance portal ----------------------------------------------------

DV_REGISTERED = dt.date(2015, 5, 22)
DV_NEWSLETTER = dt.date(2017, 5, 15)
DV_REDESIGN = dt.date(2018, 2, 12)
DV_ASV = dt.date(2019, 10, 1)  # up to 10 million roubles in special circumstances
# The Bank of Russia's key rate, from the day it applies.
KEY_RATE = (("2014-12-16", "17"), ("2015-02-02", "15"), ("2015-03-16", "14"),
            ("2015-05-05", "12,5"), ("2015-06-16", "11,5"), ("2015-08-03", "11"),
            ("2016-06-14", "10,5"), ("2016-09-19", "10"), ("2017-03-27", "9,75"),
            ("2017-05-02", "9,25"), ("2017-06-19", "9"), ("2017-09-18", "8,5"),
            ("2017-10-30", "8,25"), ("2017-12-18", "7,75"), ("2018-02-12", "7,5"),
            ("2018-03-26", "7,25"), ("2018-09-17", "7,5"), ("2018-12-17", "7,75"),
            ("2019-06-17", "7,5"), ("2019-07-29", "7,25"), ("2019-09-09", "7"),
            ("2019-10-28", "6,5"), ("2019-12-16", "6,25"), ("2020-02-10", "6"),
            ("2020-04-27", "5,5"), ("2020-06-22", "4,5"), ("2020-07-27", "4,25"))
RUB_USD = (("2015-01-01", 56.2), ("2015-01-30", 69.0), ("2015-05-15", 49.9),
           ("2015-08-24", 70.5), ("2015-12-31", 72.9), ("2016-01-21", 83.6),
           ("2016-06-30", 64.3), ("2016-12-31", 60.7), ("2017-06-30", 59.1),
           ("2017-12-31", 57.6), ("2018-04-11", 64.0), ("2018-09-11", 69.6),
           ("2018-12-31", 69.5), ("2019-06-30", 63.1), ("2019-12-31", 61.9),
           ("2020-03-19", 80.2), ("2020-06-30", 70.4), ("2020-10-30", 79.3),
           ("2020-12-31", 73.9), ("2021-01-10", 73.9))
RUB_EUR = (("2015-01-01", 68.3), ("2015-01-30", 78.0), ("2015-05-15", 56.5),
           ("2015-08-24", 80.9), ("2015-12-31", 79.7), ("2016-01-21", 91.2),
           ("2016-06-30", 71.2), ("2016-12-31", 63.8), ("2017-06-30", 67.5),
           ("2017-12-31", 68.9), ("2018-04-11", 79.0), ("2018-09-11", 80.7),
           ("2018-12-31", 79.5), ("2019-06-30", 71.8), ("2019-12-31", 69.3),
           ("2020-03-19", 87.2), ("2020-06-30", 79.1), ("2020-10-30", 92.5),
           ("2020-12-31", 90.7), ("2021-01-10", 90.7))
TOP10_DEPOSITS = (("2015-01-01", 11.5), ("2015-06-01", 9.6), ("2015-12-21", 9.2),
                  ("2016-06-21", 8.0), ("2016-12-21", 7.1), ("2017-06-21", 6.9),
                  ("2017-12-21", 6.4), ("2018-06-21", 6.3), ("2018-12-21", 7.0),
                  ("2019-06-21", 7.2), ("2019-12-21", 6.0), ("2020-06-21", 4.9),
                  ("2020-12-21", 4.5))
NDFL_2020 = dt.date(2020, 4, 1)  # the 2020 deadline for 3-NDFL moved to 30 July


def ru_date(day: dt.date) -> str:
    return f"{day.day} {MESYATSA[day.month - 1]} {day.year}"


def _dv_data(day: dt.date) -> str:
    if day < DV_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{ru_date(day)}, {DNI[day.weekday()]}"


def rub(day: dt.date) -> tuple[float, float]:
    """The Bank of Russia's official dollar and euro rates in force on `day` (set the
    business day before; a weekend keeps Friday's)."""
    session = business_day(day)
    return (quote(session, "usd-rub", RUB_USD, 0.012), quote(session, "eur-rub", RUB_EUR,
                                                             0.012))


def _dv_kurs(day: dt.date) -> str:
    usd, eur = rub(day)
    return (f"Курс ЦБ на {day.day:02d}.{day.month:02d}.{day.year}: доллар "
            f"{ru_amount(usd, 4)} ₽, евро {ru_amount(eur, 4)} ₽")


def dekad_start(day: dt.date) -> dt.date:
    """The first day of the dekad (1st, 11th, 21st) `day` falls in."""
    return day.replace(day=21 if day.day >= 21 else 11 if day.day >= 11 else 1)


def _dv_dekada(day: dt.date) -> str:
    start = dekad_start(day)
    rate = trend(start, TOP10_DEPOSITS) + 0.08 * wobble(start, "top10")
    part = ("I", "II", "III")[(start.day - 1) // 10]
    return (f"Средняя максимальная ставка топ-10 банков по вкладам: {ru_amount(rate, 3)}% "
            f"({part} декада {MESYATSA[start.month - 1]} {start.year})")


def _dv_stavka(day: dt.date) -> str:
    since = start_of(day, KEY_RATE)
    return (f"Ключевая ставка Банка России — {in_force(day, KEY_RATE)}% годовых (с "
            f"{ru_date(since)} года)")


@cache
def _dv_anons() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на «Денежный вопрос» в социальных сетях"),
                  (DV_NEWSLETTER.isoformat(), "📬 Главное о деньгах раз в неделю: подпишитесь "
                                              "на рассылку «Денежный вопрос»"))
    holidays = [_span("2020-03-28", "2020-05-11", "Нерабочие дни: как оформить кредитные "
                                                  "каникулы")]
    ndfl = [_span(f"{y}-04-01", f"{y}-04-30", f"Декларацию 3-НДФЛ за {y - 1} год нужно "
                                              f"подать до 30 апреля") for y in range(2015, 2020)]
    ndfl.append(_span(NDFL_2020.isoformat(), "2020-07-30", "Срок подачи 3-НДФЛ за 2019 год "
                                                          "перенесён на 30 июля"))
    new_year: list[Event] = [
        (dt.date(y, 12, 25), dt.date(y + 1, 1, 9), f"🎄 Как работают банки в новогодние "
                                                   f"праздники {y + 1}")
        for y in range(2014, 2021)]
    return _PERIOD.calendar(base, holidays, ndfl, new_year)


def dengivopros_style() -> PublisherStyle:
    """A Russian personal-finance portal: a section from a pool, the numeric date and time
    turned the long date with the weekday on the day of the February 2018 key-rate cut (a
    wording per day), "Автор:" turned the writer and an expert, the age mark, a rare partner
    marker, the Bank of Russia's dollar and euro with the day's date (a wording per day), the
    top-ten banks' deposit rate by dekad (turning on the 1st, 11th and 21st), "Читайте
    также:" and "Реклама" (up to twice) mid-body, the key rate from the day it applies, a
    deposit-insurance line reworded in October 2019, a "not an individual investment
    recommendation" line reworded, a newsletter line turned by the 3-NDFL deadlines (moved
    in 2020), New Year holidays and the 2020 non-working days, the registration line (the
    site became a registered medium in May 2015), the link line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="dengivopros.ru", site="Денежный вопрос", base_size=170,
        subdomains=(("", 70), ("www.", 30)),
        sections=("vklady", "kredity", "ipoteka", "investicii", "karty", "nalogi"),
        n_authors=8, url_path="/{section}/{slug}-{n}/",
        pools={"rubrika": ("Вклады", "Кредиты", "Ипотека", "Инвестиции", "Карты", "Налоги",
                           "Страхование")},
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.85, *_by_day(_dv_data)),
            _f("avtor", HEADER, 0.55, (_OLD, "Автор: {author}"),
               (DV_REDESIGN.isoformat(), "Автор: {author} · Эксперт: {author2}")),
            _f("vozrast", HEADER, 0.3, (_OLD, "18+")),
            _f("partner", HEADER, 0.06, (_OLD, "Партнёрский материал")),
            _f("kurs", HEADER, 0.25, *_by_day(_dv_kurs)),
            _f("dekada", FOOTER, 0.12, *_by_day(_dv_dekada)),
            _f("chitaite", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), count=2),
            _f("stavka", FOOTER, 0.2, *_by_day(_dv_stavka)),
            _f("asv", FOOTER, 0.15,
               (_OLD, "Вклады застрахованы АСВ на сумму до 1,4 млн рублей на одного вкладчика "
                      "в одном банке."),
               (DV_ASV.isoformat(), "Вклады застрахованы АСВ на сумму до 1,4 млн рублей, а в "
                                    "особых жизненных ситуациях — до 10 млн рублей.")),
            _f("ne-rekomendaciya", FOOTER, 0.4,
               (_OLD, "Информация не является индивидуальной инвестиционной рекомендацией."),
               (DV_REDESIGN.isoformat(), "Материал носит информационный характер и не "
                                         "является индивидуальной инвестиционной "
                                         "рекомендацией. Доходность в прошлом не гарантирует "
                                         "доходности в будущем.")),
            _f("anons", FOOTER, 0.3, *_dv_anons()),
            _f("svidetelstvo", FOOTER, 0.3,
               (_OLD, "Сайт «Денежный вопрос» не является средством массовой информации."),
               (DV_REGISTERED.isoformat(), "Сетевое издание «Денежный вопрос». Свидетельство "
                                           "о регистрации СМИ Эл № ФС77-61873 от 22.05.2015 "
                                           "выдано Роскомнадзором.")),
            _f("ssylka", FOOTER, 0.3, (_OLD, "При полном или частичном использовании "
                                             "материалов ссылка на dengivopros.ru "
                                             "обязательна.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} «Денежный вопрос». Все права "
                                                 "защищены.")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправление: в первой версии статьи была "
                                                   "неверно указана ставка по вкладу.")),
        ),
    )


# --- the newsroom of a Mexican bank -------------------------------------------------------

CDMX = dt.date(2016, 1, 29)  # the Federal District became Mexico City
BA_REDESIGN = dt.date(2019, 1, 7)
BA_CONDUSEF = dt.date(2019, 8, 3)  # long-distance prefixes dropped: 01 800 became 800
BANXICO = (("2014-06-06", "3.00"), ("2015-12-17", "3.25"), ("2016-02-17", "3.75"),
           ("2016-06-30", "4.25"), ("2016-09-29", "4.75"), ("2016-11-17", "5.25"),
           ("2016-12-15", "5.75"), ("2017-02-09", "6.25"), ("2017-03-30", "6.50"),
           ("2017-05-18", "6.75"), ("2017-06-22", "7.00"), ("2017-12-14", "7.25"),
           ("2018-02-08", "7.50"), ("2018-06-21", "7.75"), ("2018-11-15", "8.00"),
           ("2018-12-20", "8.25"), ("2019-08-15", "8.00"), ("2019-09-26", "7.75"),
           ("2019-11-14", "7.50"), ("2019-12-19", "7.25"), ("2020-02-13", "7.00"),
           ("2020-03-20", "6.50"), ("2020-04-21", "6.00"), ("2020-05-14", "5.50"),
           ("2020-06-25", "5.00"), ("2020-08-13", "4.50"), ("2020-09-24", "4.25"))
PESO = (("2015-01-01", 14.75), ("2015-12-31", 17.25), ("2016-02-11", 19.10),
        ("2016-06-30", 18.50), ("2016-11-09", 20.50), ("2017-01-19", 21.90),
        ("2017-06-30", 18.05), ("2018-04-16", 18.05), ("2018-06-14", 20.70),
        ("2018-08-31", 19.10), ("2018-12-31", 19.65), ("2019-12-31", 18.86),
        ("2020-02-17", 18.55), ("2020-03-23", 25.12), ("2020-06-30", 22.97),
        ("2020-12-31", 19.91), ("2021-01-10", 19.95))
# Card CAT (average, % without VAT), from the day each half-year's figure applies.
CAT = (("2014-12-01", "41.2"), ("2015-06-01", "40.6"), ("2015-12-01", "39.8"),
       ("2016-06-01", "40.3"), ("2016-12-01", "42.1"), ("2017-06-01", "44.9"),
       ("2017-12-01", "46.2"), ("2018-06-01", "47.5"), ("2018-12-01", "49.0"),
       ("2019-06-01", "50.2"), ("2019-12-01", "49.1"), ("2020-06-01", "47.8"),
       ("2020-12-01", "46.5"))
IPAB_PESOS = {2015: "2,108,000", 2016: "2,152,000", 2017: "2,224,000", 2018: "2,372,000",
              2019: "2,492,000", 2020: "2,560,000", 2021: "2,640,000"}
BA_CLIENTS = {2014: ("2.5", "376"), 2015: ("2.6", "382"), 2016: ("2.8", "395"),
              2017: ("3.0", "404"), 2018: ("3.2", "411"), 2019: ("3.5", "418"),
              2020: ("3.7", "421")}
BUEN_FIN = {2015: ("2015-11-13", "2015-11-16"), 2016: ("2016-11-18", "2016-11-21"),
            2017: ("2017-11-17", "2017-11-20"), 2018: ("2018-11-16", "2018-11-19"),
            2019: ("2019-11-15", "2019-11-18"), 2020: ("2020-11-09", "2020-11-20")}


def es_date(day: dt.date) -> str:
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


def _ba_lugar(day: dt.date) -> str:
    if day < CDMX:
        return f"México, D.F., a {es_date(day)}.–"
    if day < BA_REDESIGN:
        return f"Ciudad de México, a {es_date(day)}.–"
    return f"Ciudad de México, {DIAS[day.weekday()]} {es_date(day)}"


def _ba_indicadores(day: dt.date) -> str:
    fix = quote(business_day(day), "fix", PESO, 0.01)
    return (f"Tipo de cambio FIX: ${fix:.4f} por dólar · Tasa objetivo de Banxico: "
            f"{in_force(day, BANXICO)}%")


def tuesday_of(day: dt.date) -> dt.date:
    """The last Tuesday on or before `day`: the day of the week's government-bond auction."""
    return day - dt.timedelta(days=(day.weekday() - 1) % 7)


def cetes(tuesday: dt.date) -> float:
    return float(in_force(tuesday, BANXICO)) - 0.1 + 0.08 * wobble(tuesday, "cetes")


def _ba_cetes(day: dt.date) -> str:
    auction = tuesday_of(day)
    return f"CETES a 28 días: {cetes(auction):.2f}% (subasta del {es_date(auction)})"


def _ba_cat(day: dt.date) -> str:
    start = start_of(day, CAT)
    end_month = (start.month + 5) % 12 or 12
    end_year = start.year + (start.month + 5 > 12)
    last = dt.date(end_year + (end_month == 12), end_month % 12 + 1, 1) - ONE
    return (f"Tarjeta de Crédito Clásica: CAT PROMEDIO {in_force(day, CAT)}% sin IVA. Para "
            f"fines informativos y de comparación. Fecha de cálculo: {es_date(start)}. "
            f"Vigencia al {es_date(last)}.")


def _ba_ipab(day: dt.date) -> str:
    return (f"Los depósitos bancarios están garantizados por el IPAB hasta por 400 mil UDIs "
            f"por persona y por banco (alrededor de ${IPAB_PESOS[day.year]} pesos en "
            f"{day.year}).")


def _ba_acerca(day: dt.date) -> str:
    y = day.year - 1 if day < dt.date(day.year, 2, 20) else day.year
    clients, branches = BA_CLIENTS[y]
    return (f"Acerca de Banco del Altiplano: con más de 70 años de historia, atiende a "
            f"{clients} millones de clientes en {branches} sucursales del país.")


@cache
def _ba_aviso() -> Wordings:
    base = _steps((_OLD, "Consulta más comunicados en bancoaltiplano.com.mx/sala-de-prensa"))
    contingencia = [_span("2020-03-23", "2020-06-30", "Por la contingencia sanitaria, algunas "
                                                      "sucursales tienen horario reducido: "
                                                      "consulta el localizador")]
    buen_fin = [_span(first, last, f"El Buen Fin {y}: hasta 18 meses sin intereses con tus "
                                   f"tarjetas de crédito") for y, (first, last) in
                BUEN_FIN.items()]
    santa = _PERIOD.movable(lambda y: easter(y) - 3 * ONE, 2, 1, lambda y: (
        f"Semana Santa {y}: el jueves y el viernes santo no abren las sucursales; usa la banca "
        f"en línea"))
    guadalupe = _yearly("12-12", 4, 0, lambda y: "El 12 de diciembre no hay servicio en "
                                                 "sucursales bancarias")
    return _PERIOD.calendar(base, contingencia, buen_fin, santa, guadalupe)


def altiplano_style() -> PublisherStyle:
    """The newsroom of a Mexican bank: "Comunicado de prensa", the dateline from "México,
    D.F." turned "Ciudad de México" when the Federal District was renamed and the weekday
    added on 7 January 2019 (a wording per day), the FIX rate and Banxico's target (turning
    each business day and on decision days), the week's 28-day CETES auction (turning each
    Tuesday), a photo credit from a pool, the card CAT with its calculation date and validity
    (a new figure each half-year), the IPAB guarantee with its value in pesos (each January),
    an anti-fraud line, the terms and CONDUSEF line (the 01 prefix dropped in August 2019),
    a press-room line turned by Buen Fin, Holy Week, 12 December and the 2020 contingency,
    the about line with the year's clients and branches (after each February's results),
    the media contact and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="bancoaltiplano.com.mx", site="Banco del Altiplano", base_size=150,
        subdomains=(("www.", 100),),
        sections=("comunicados", "analisis", "productos", "fundacion"),
        n_authors=3, url_path="/sala-de-prensa/{yyyy}/{slug}",
        pools={"foto": ("Banco del Altiplano", "Cortesía", "Archivo", "Fundación Altiplano")},
        families=(
            _f("tipo", HEADER, 0.6, (_OLD, "Comunicado de prensa")),
            _f("lugar", HEADER, 0.85, *_by_day(_ba_lugar)),
            _f("indicadores", HEADER, 0.2, *_by_day(_ba_indicadores)),
            _f("cetes", FOOTER, 0.12, *_by_day(_ba_cetes)),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("cat", FOOTER, 0.25, *_by_day(_ba_cat)),
            _f("ipab", FOOTER, 0.2, *_by_day(_ba_ipab)),
            _f("fraude", FOOTER, 0.15, (_OLD, "Banco del Altiplano nunca te pedirá "
                                              "contraseñas, NIP ni token por correo, teléfono "
                                              "o mensaje.")),
            _f("condusef", FOOTER, 0.2,
               (_OLD, "Consulta términos, condiciones, comisiones y requisitos de contratación "
                      "en bancoaltiplano.com.mx. CONDUSEF: 01 800 999 8080, "
                      "www.condusef.gob.mx"),
               (BA_CONDUSEF.isoformat(), "Consulta términos, condiciones, comisiones y "
                                         "requisitos de contratación en "
                                         "bancoaltiplano.com.mx. CONDUSEF: 800 999 8080, "
                                         "www.condusef.gob.mx")),
            _f("aviso", FOOTER, 0.25, *_ba_aviso()),
            _f("acerca", FOOTER, 0.45, *_by_day(_ba_acerca)),
            _f("contacto", FOOTER, 0.45, (_OLD, "Contacto para medios: Dirección de "
                                                "Comunicación Corporativa · "
                                                "prensa@bancoaltiplano.com.mx · 55 5128 "
                                                "4400")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Banco del Altiplano, S.A., "
                                                "Institución de Banca Múltiple. Derechos "
                                                "reservados.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en la versión anterior de este "
                                               "comunicado se indicó una fecha de vigencia "
                                               "incorrecta.")),
        ),
    )


# --- a Hindi personal-finance site --------------------------------------------------------

AS_REDESIGN = dt.date(2018, 4, 2)  # relaunched on the first working day of 2018-19
AS_NEWSLETTER = dt.date(2019, 6, 3)
AS_DISCLAIMER = dt.date(2017, 1, 2)
DAILY_FUEL = dt.date(2017, 6, 16)  # daily revision of fuel prices began
FUEL_FREEZE = (dt.date(2020, 3, 17), dt.date(2020, 6, 6))  # no revision in the lockdown
PETROL = (("2015-01-01", 61.3), ("2015-06-01", 66.9), ("2016-01-16", 59.4),
          ("2016-04-16", 62.2), ("2016-09-16", 64.6), ("2017-01-16", 70.6),
          ("2017-06-16", 65.5), ("2017-09-13", 70.4), ("2018-05-29", 78.4),
          ("2018-10-04", 84.0), ("2018-12-31", 69.3), ("2019-06-30", 70.5),
          ("2019-10-01", 74.1), ("2020-01-12", 75.9), ("2020-03-16", 69.9),
          ("2020-06-07", 71.3), ("2020-06-29", 80.4), ("2020-12-31", 83.7),
          ("2021-01-10", 84.1))
DIESEL = (("2015-01-01", 50.5), ("2015-06-01", 52.3), ("2016-01-16", 45.9),
          ("2016-04-16", 48.3), ("2016-09-16", 53.0), ("2017-01-16", 57.8),
          ("2017-06-16", 54.5), ("2017-09-13", 58.7), ("2018-05-29", 69.3),
          ("2018-10-04", 75.5), ("2018-12-31", 63.1), ("2019-06-30", 64.3),
          ("2019-10-01", 66.5), ("2020-01-12", 68.9), ("2020-03-16", 62.6),
          ("2020-06-07", 69.9), ("2020-06-29", 80.4), ("2020-07-25", 81.9),
          ("2020-08-15", 76.0), ("2020-12-31", 73.9), ("2021-01-10", 74.1))
GOLD_INR = (("2015-01-01", 27300.0), ("2015-11-30", 25500.0), ("2016-07-08", 31600.0),
            ("2016-12-20", 28000.0), ("2017-09-08", 30500.0), ("2017-12-15", 29200.0),
            ("2018-12-31", 32200.0), ("2019-06-30", 34600.0), ("2019-09-04", 39700.0),
            ("2019-12-31", 39300.0), ("2020-03-09", 44500.0), ("2020-03-20", 41200.0),
            ("2020-08-07", 56200.0), ("2020-11-30", 48500.0), ("2021-01-10", 50500.0))
SILVER_INR = (("2015-01-01", 37500.0), ("2015-12-15", 34000.0), ("2016-07-08", 47800.0),
              ("2016-12-20", 39500.0), ("2017-12-15", 37500.0), ("2018-12-31", 39000.0),
              ("2019-09-04", 51500.0), ("2019-12-31", 46500.0), ("2020-03-19", 35500.0),
              ("2020-08-07", 76000.0), ("2020-11-30", 59500.0), ("2021-01-10", 68000.0))
# Small savings: PPF and Sukanya Samriddhi, % a year, from the day each applies.
SMALL_SAVINGS = (("2014-04-01", "8.7|9.1"), ("2015-04-01", "8.7|9.2"),
                 ("2016-04-01", "8.1|8.6"), ("2016-10-01", "8.0|8.5"),
                 ("2017-04-01", "7.9|8.4"), ("2017-07-01", "7.8|8.3"),
                 ("2018-01-01", "7.6|8.1"), ("2018-10-01", "8.0|8.5"),
                 ("2019-07-01", "7.9|8.4"), ("2020-04-01", "7.1|7.6"))
REPO = (("2014-01-28", "8.00"), ("2015-01-15", "7.75"), ("2015-03-04", "7.50"),
        ("2015-06-02", "7.25"), ("2015-09-29", "6.75"), ("2016-04-05", "6.50"),
        ("2016-10-04", "6.25"), ("2017-08-02", "6.00"), ("2018-06-06", "6.25"),
        ("2018-08-01", "6.50"), ("2019-02-07", "6.25"), ("2019-04-04", "6.00"),
        ("2019-06-06", "5.75"), ("2019-08-07", "5.40"), ("2019-10-04", "5.15"),
        ("2020-03-27", "4.40"), ("2020-05-22", "4.00"))
AKSHAYA_TRITIYA = {2015: "2015-04-21", 2016: "2016-05-09", 2017: "2017-04-28",
                   2018: "2018-04-18", 2019: "2019-05-07", 2020: "2020-04-26"}
BUDGETS = {"2015-02-28": "बजट 2015", "2016-02-29": "बजट 2016", "2017-02-01": "बजट 2017",
           "2018-02-01": "बजट 2018", "2019-02-01": "अंतरिम बजट 2019", "2019-07-05": "बजट 2019",
           "2020-02-01": "बजट 2020"}
ITR_DEADLINES = {2015: "2015-08-31", 2016: "2016-08-05", 2017: "2017-08-05", 2018: "2018-08-31",
                 2019: "2019-08-31", 2020: "2020-12-31"}


def hi_date(day: dt.date) -> str:
    return f"{day.day} {MAHINE[day.month - 1]} {day.year}"


def _as_dinank(day: dt.date) -> str:
    if day < AS_REDESIGN:
        return hi_date(day)
    return f"प्रकाशित: {VAAR[day.weekday()]}, {hi_date(day)}, {{time}} IST"


def _as_sona(day: dt.date) -> str:
    gold = round(quote(day, "sona", GOLD_INR, 0.008), -1)
    silver = round(quote(day, "chandi", SILVER_INR, 0.012), -1)
    return (f"आज का भाव ({hi_date(day)}): सोना 24 कैरेट ₹{lakh_amount(int(gold))}/10 ग्राम, "
            f"चांदी ₹{lakh_amount(int(silver))}/किलो")


def fuel_revision(day: dt.date) -> dt.date:
    """The day the fuel price in force on `day` was set: the 1st or 16th before daily
    pricing, the day itself after, the last day before the 2020 freeze during it."""
    if day < DAILY_FUEL:
        return day.replace(day=16 if day.day >= 16 else 1)
    if FUEL_FREEZE[0] <= day <= FUEL_FREEZE[1]:
        return FUEL_FREEZE[0] - ONE
    return day


def fuel(day: dt.date) -> tuple[float, float]:
    set_on = fuel_revision(day)
    return (quote(set_on, "petrol", PETROL, 0.004), quote(set_on, "diesel", DIESEL, 0.004))


def _as_petrol(day: dt.date) -> str:
    petrol, diesel = fuel(day)
    if day < DAILY_FUEL:
        set_on = fuel_revision(day)
        return (f"दिल्ली में पेट्रोल ₹{petrol:.2f} और डीज़ल ₹{diesel:.2f} प्रति लीटर "
                f"({set_on.day} {MAHINE[set_on.month - 1]} से लागू)")
    return f"आज ({hi_date(day)}) दिल्ली में पेट्रोल ₹{petrol:.2f}, डीज़ल ₹{diesel:.2f} प्रति लीटर"


def _as_bachat(day: dt.date) -> str:
    ppf, ssy = in_force(day, SMALL_SAVINGS).split("|")
    since = start_of(day, SMALL_SAVINGS)
    return f"लघु बचत ब्याज दरें ({hi_date(since)} से): PPF {ppf}%, सुकन्या समृद्धि {ssy}% सालाना"


def _as_repo(day: dt.date) -> str:
    return f"RBI रेपो रेट: {in_force(day, REPO)}% ({hi_date(start_of(day, REPO))} से)"


@cache
def _as_suchna() -> Wordings:
    base = _steps((_OLD, "अर्थ साथी ऐप डाउनलोड करें और पाएं पैसे से जुड़ी हर ख़बर"),
                  (AS_NEWSLETTER.isoformat(), "📩 हर रविवार पैसे की बात: अर्थ साथी का मुफ़्त "
                                              "न्यूज़लेटर पाएं"))
    news = [
        _span("2016-11-08", "2016-12-30", "नोटबंदी: पुराने ₹500 और ₹1000 के नोट 30 दिसंबर तक बैंक "
                                          "में जमा करें"),
        _span("2020-03-27", "2020-05-21", "EMI मोरेटोरियम: 31 मई तक किस्त टालने का विकल्प, जानें "
                                          "शर्तें"),
        _span("2020-05-22", "2020-08-31", "EMI मोरेटोरियम 31 अगस्त तक बढ़ा: किस्त टालें या नहीं?"),
    ]
    budgets: list[Event] = [
        (iso_day(day, -3), iso_day(day, 3), f"{name}: आपकी जेब पर क्या असर? लाइव अपडेट")
        for day, name in BUDGETS.items()]
    gold: list[Event] = [
        (iso_day(day, -3), iso_day(day, 1), f"अक्षय तृतीया {y}: सोना ख़रीदने से पहले ये बातें जान "
                                            f"लें")
        for y, day in AKSHAYA_TRITIYA.items()]
    itr: list[Event] = [
        (iso_day(day, -20), iso_day(day, 1), f"ITR भरने की आख़िरी तारीख़ {hi_date(iso_day(day))} "
                                             f"है")
        for day in ITR_DEADLINES.values()]
    return _PERIOD.calendar(base, news, budgets, gold, itr)


def arthsaathi_style() -> PublisherStyle:
    """A Hindi personal-finance site: a category from a pool, the long date turned
    "प्रकाशित:" with the weekday and IST on the first working day of 2018-19 (a wording per
    day), the writer, the day's gold and silver rates (a wording per day), Delhi's petrol and
    diesel prices (revised on the 1st and 16th until daily pricing began in June 2017, then
    each day, frozen in the 2020 lockdown), "ये भी पढ़ें:" and "विज्ञापन" (up to twice)
    mid-body, the mutual-fund risk line, a disclaimer reworded, the small-savings rates
    (changing each quarter they were revised), the RBI repo rate, an app line reworded and
    turned by demonetisation, the Budgets, Akshaya Tritiya, the ITR deadlines and the loan
    moratorium, a SEBI line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="arthsaathi.in", site="अर्थ साथी", base_size=130,
        subdomains=(("www.", 80), ("hindi.", 20)),
        sections=("bachat", "mutual-fund", "bima", "tax", "loan", "share-bazaar", "sona"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={"shreni": ("बचत", "म्यूचुअल फंड", "बीमा", "टैक्स", "लोन", "शेयर बाज़ार", "सोना")},
        families=(
            _f("shreni", HEADER, 0.5, (_OLD, "{shreni}")),
            _f("dinank", HEADER, 0.85, *_by_day(_as_dinank)),
            _f("lekhak", HEADER, 0.55, (_OLD, "लेखक: {author}")),
            _f("bhav", HEADER, 0.25, *_by_day(_as_sona)),
            _f("petrol", FOOTER, 0.15, *_by_day(_as_petrol)),
            _f("ye-bhi", MIDDLE, 0.4, (_OLD, "ये भी पढ़ें: {other_title}")),
            _f("vigyapan", MIDDLE, 0.3, (_OLD, "विज्ञापन"), count=2),
            _f("mf-jokhim", FOOTER, 0.3, (_OLD, "म्यूचुअल फंड में निवेश बाज़ार जोखिमों के अधीन है, "
                                                "योजना से जुड़े सभी दस्तावेज़ ध्यान से पढ़ें।")),
            _f("salah", FOOTER, 0.4,
               (_OLD, "डिस्क्लेमर: यह लेख सिर्फ़ जानकारी के लिए है, इसे निवेश की सलाह न समझें।"),
               (AS_DISCLAIMER.isoformat(), "डिस्क्लेमर: यह लेख सिर्फ़ जानकारी के लिए है। निवेश से "
                                           "पहले अपने वित्तीय सलाहकार से बात करें; किसी नुक़सान "
                                           "के लिए अर्थ साथी ज़िम्मेदार नहीं होगा।")),
            _f("bachat", FOOTER, 0.15, *_by_day(_as_bachat)),
            _f("repo", FOOTER, 0.15, *_by_day(_as_repo)),
            _f("suchna", FOOTER, 0.3, *_as_suchna()),
            _f("sebi", FOOTER, 0.12, (_OLD, "अर्थ साथी SEBI में पंजीकृत निवेश सलाहकार नहीं है।")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} अर्थ साथी. सर्वाधिकार सुरक्षित।")),
            _f("sudhar", HEADER, 0.04, (_OLD, "सुधार: इस लेख के पिछले संस्करण में FD की ब्याज दर "
                                              "ग़लत छपी थी।")),
        ),
    )


# --- a British price-comparison guide -----------------------------------------------------

CC_FCA = dt.date(2016, 3, 21)  # full FCA authorisation replaced the interim permission
CC_COMMISSION = dt.date(2017, 10, 2)
CC_EMAIL = dt.date(2018, 2, 5)
CC_REDESIGN = dt.date(2019, 6, 3)
REP_APR = (("2014-09-01", "18.9"), ("2016-02-01", "19.9"), ("2017-07-03", "21.7"),
           ("2018-09-03", "22.9"), ("2020-04-01", "24.9"))
FSCS = (("2010-12-31", "£85,000"), ("2016-01-01", "£75,000"), ("2017-01-30", "£85,000"))


def _cc_dated(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return f"Last updated: {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"Updated {day.day} {MONTHS[day.month - 1][:3]} {day.year} · {{read_min}} min read"


def _cc_checked(day: dt.date) -> str:
    return (f"Rates checked on {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} "
            f"{day.year}.")


def _cc_apr(value: str) -> str:
    return (f"Representative example: a £1,200 credit limit at a purchase rate of {value}% "
            f"p.a. (variable) gives a representative APR of {value}% (variable).")


def _cc_fscs(value: str) -> str:
    return (f"Eligible savings are protected by the FSCS up to {value} per person, per banking "
            f"licence.")


@cache
def _cc_notice() -> Wordings:
    base = _steps((_OLD, "Compare energy, broadband, insurance and credit cards in minutes"),
                  (CC_EMAIL.isoformat(), "💷 Get the Compare Cove Monday email: the week's "
                                         "best deals, free"))
    news = [
        _span("2019-06-01", "2019-08-29", "⏰ The deadline to complain about PPI is 29 August "
                                          "2019"),
        _span("2020-03-20", "2020-10-31", "Struggling with repayments? Payment holidays on "
                                          "mortgages, loans and cards explained"),
    ]
    christmas = _yearly("12-01", 0, 23, lambda y: f"🎄 Spreading the cost of Christmas {y}? "
                                                  f"Compare 0% purchase cards first")
    return _PERIOD.calendar(base, news, christmas)


def comparecove_style() -> PublisherStyle:
    """A British price-comparison guide: "Last updated:" with the long date turned "Updated"
    with the short date and the reading time on 3 June 2019 (a wording per day), "Written by"
    turned the writer with the beat, a commission line reworded as "How we make money", "Rates
    checked on" with the day (a wording per day), a representative APR example (changing
    with the typical card rate) and a sponsored-listing marker mid-body, the mortgage
    warning, the FSCS limit (cut in 2016, restored in 2017), an email line turned by the PPI
    deadline, the 2020 payment holidays and each December, the FCA line (interim permission
    turned full authorisation in March 2016), the company line and the copyright line (a
    block), a rare update."""
    return PublisherStyle(
        domain="comparecove.co.uk", site="Compare Cove", base_size=110,
        subdomains=(("www.", 100),),
        sections=("credit-cards", "loans", "mortgages", "savings", "energy", "insurance"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={"beat": ("Money Editor", "Mortgages Writer", "Credit Cards Expert",
                        "Savings Analyst", "Insurance Reporter")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_cc_dated)),
            _f("author", HEADER, 0.6, (_OLD, "Written by {author}"),
               (CC_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("commission", HEADER, 0.55,
               (_OLD, "We may earn a commission from providers we link to. This never affects "
                      "where products appear in our tables."),
               (CC_COMMISSION.isoformat(), "How we make money: Compare Cove is free to use "
                                           "because providers pay us when you take out a "
                                           "product through our links. It doesn't change the "
                                           "order of our results.")),
            _f("checked", HEADER, 0.3, *_by_day(_cc_checked)),
            _f("rep-apr", MIDDLE, 0.3, *from_table(REP_APR, _cc_apr)),
            _f("sponsored", MIDDLE, 0.2, (_OLD, "Sponsored")),
            _f("mortgage-warning", FOOTER, 0.2, (_OLD, "Think carefully before securing other "
                                                       "debts against your home. Your home may "
                                                       "be repossessed if you do not keep up "
                                                       "the repayments.")),
            _f("fscs", FOOTER, 0.2, *from_table(FSCS, _cc_fscs)),
            _f("notice", FOOTER, 0.25, *_cc_notice()),
            _f("fca", FOOTER, 0.35,
               (_OLD, "Compare Cove Ltd has interim permission from the Financial Conduct "
                      "Authority for its consumer credit activities."),
               (CC_FCA.isoformat(), "Compare Cove Ltd is authorised and regulated by the "
                                    "Financial Conduct Authority (FRN 712345). We are a "
                                    "credit broker, not a lender.")),
            _f("company", FOOTER, 0.3, (_OLD, "Compare Cove Ltd, registered in England and "
                                              "Wales (no. 08812345). Registered office: 2 Quay "
                                              "Street, Bristol BS1 4DB.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Compare Cove Ltd. All rights "
                                                 "reserved.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this guide was revised after the "
                                              "provider withdrew its 0% offer.")),
        ),
    )


# --- the newsroom of a Vietnamese bank ----------------------------------------------------

SH_DEPOSIT_INSURANCE = dt.date(2017, 7, 14)
SH_REDESIGN = dt.date(2018, 9, 10)
SH_SCAM = dt.date(2019, 5, 6)
SH_EKYC = dt.date(2019, 11, 1)
# The central bank's cap on deposits of 1 to under 6 months, % a year.
DEPOSIT_CAP = (("2014-10-29", "5,5"), ("2020-03-17", "4,75"), ("2020-05-13", "4,25"),
               ("2020-10-01", "4"))
VND = (("2015-01-01", 21390.0), ("2015-08-19", 22540.0), ("2015-12-31", 22540.0),
       ("2016-06-30", 22350.0), ("2016-12-31", 22790.0), ("2017-12-31", 22735.0),
       ("2018-07-20", 23140.0), ("2018-12-31", 23245.0), ("2019-12-31", 23230.0),
       ("2020-03-23", 23650.0), ("2020-06-30", 23250.0), ("2020-12-31", 23160.0),
       ("2021-01-10", 23150.0))
TET = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
       2019: "2019-02-05", 2020: "2020-01-25", 2021: "2021-02-12"}
SH_NETWORK = {2015: ("148", "32"), 2016: ("156", "34"), 2017: ("163", "36"),
              2018: ("171", "38"), 2019: ("180", "40"), 2020: ("186", "41")}


def _sh_ngay(day: dt.date) -> str:
    if day < SH_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{THU[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year} {{time}} (GMT+7)"


def _sh_tygia(day: dt.date) -> str:
    rate = round(quote(business_day(day), "vnd", VND, 0.002), -1)
    return (f"Tỷ giá USD/VND bán ra ngày {day.day:02d}/{day.month:02d}/{day.year}: "
            f"{comma_amount(rate, 0)} đồng")


def _sh_laisuat(value: str) -> str:
    return (f"Lãi suất huy động tối đa kỳ hạn từ 1 tháng đến dưới 6 tháng theo quy định của "
            f"Ngân hàng Nhà nước: {value}%/năm.")


def _sh_gioithieu(day: dt.date) -> str:
    branches, provinces = SH_NETWORK.get(day.year, SH_NETWORK[2020])
    return (f"Về Sông Hàn Bank: thành lập năm 1992, hiện có {branches} chi nhánh và phòng giao "
            f"dịch tại {provinces} tỉnh, thành phố.")


@cache
def _sh_thongbao() -> Wordings:
    base = _steps((_OLD, "Tải ứng dụng của Sông Hàn Bank để giao dịch mọi lúc, mọi nơi"),
                  (SH_EKYC.isoformat(), "Mở tài khoản trực tuyến trong 5 phút trên ứng dụng "
                                        "của Sông Hàn Bank"))
    covid = [_span("2020-04-01", "2020-04-22", "Giãn cách xã hội: Sông Hàn Bank khuyến khích "
                                               "khách hàng giao dịch trực tuyến")]
    tet: list[Event] = [
        (iso_day(day, -14), iso_day(day, 7), f"🧧 Thông báo lịch nghỉ Tết Nguyên đán {y}: dịch "
                                             f"vụ ngân hàng số vẫn hoạt động 24/7")
        for y, day in TET.items()]
    thang_tu = _yearly("04-30", 6, 2, lambda y: f"Thông báo lịch nghỉ lễ 30/4 – 1/5/{y}")
    quoc_khanh = _yearly("09-02", 5, 1, lambda y: f"Thông báo lịch nghỉ lễ Quốc khánh 2/9/{y}")
    return _PERIOD.calendar(base, covid, tet, thang_tu, quoc_khanh)


def songhan_style() -> PublisherStyle:
    """The newsroom of a Vietnamese bank: a category from a pool, the numeric date turned the
    weekday, the time and GMT+7 on 10 September 2018 (a wording per day), the dollar's
    selling rate with the day's date (a wording per day), "Xem thêm:" and a photo credit
    mid-body, the central bank's cap on short deposits (cut three times in 2020), the deposit
    insurance limit (raised in July 2017), an anti-fraud line reworded, an app line reworded
    and turned by Tết, the 30 April and 2 September holidays and the 2020 distancing, the
    about line with the year's branches, the hotline, the licence line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="songhanbank.com.vn", site="Sông Hàn Bank", base_size=90,
        subdomains=(("www.", 100),),
        sections=("tin-tuc", "khuyen-mai", "thong-cao-bao-chi", "cong-dong"),
        n_authors=3, url_path="/{section}/{slug}.html",
        pools={"chuyenmuc": ("Tin ngân hàng", "Khuyến mại", "Thông cáo báo chí",
                             "Hoạt động cộng đồng", "Thông báo"),
               "anh": ("Sông Hàn Bank", "Minh Khang", "Thu Trang", "Tư liệu")},
        families=(
            _f("chuyenmuc", HEADER, 0.5, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.85, *_by_day(_sh_ngay)),
            _f("tygia", HEADER, 0.15, *_by_day(_sh_tygia)),
            _f("xemthem", MIDDLE, 0.35, (_OLD, "Xem thêm: {other_title}")),
            _f("anh", MIDDLE, 0.25, (_OLD, "Ảnh: {anh}")),
            _f("laisuat", FOOTER, 0.2, *from_table(DEPOSIT_CAP, _sh_laisuat)),
            _f("baohiem", FOOTER, 0.15,
               (_OLD, "Tiền gửi tại Sông Hàn Bank được bảo hiểm tối đa 50 triệu đồng cho mỗi "
                      "người gửi tiền."),
               (SH_DEPOSIT_INSURANCE.isoformat(), "Tiền gửi tại Sông Hàn Bank được bảo hiểm "
                                                  "tối đa 75 triệu đồng cho mỗi người gửi "
                                                  "tiền.")),
            _f("otp", FOOTER, 0.3,
               (_OLD, "Sông Hàn Bank không bao giờ yêu cầu khách hàng cung cấp mật khẩu hay mã "
                      "OTP qua điện thoại, email hoặc tin nhắn."),
               (SH_SCAM.isoformat(), "Cảnh giác lừa đảo: Sông Hàn Bank không bao giờ yêu cầu "
                                     "cung cấp mật khẩu, mã OTP qua điện thoại, tin nhắn, email "
                                     "hay mạng xã hội.")),
            _f("thongbao", FOOTER, 0.25, *_sh_thongbao()),
            _f("gioithieu", FOOTER, 0.4, *_by_day(_sh_gioithieu)),
            _f("hotline", FOOTER, 0.4, (_OLD, "Mọi chi tiết xin liên hệ Tổng đài 24/7: 1900 "
                                              "6060 hoặc điểm giao dịch gần nhất.")),
            _f("giayphep", FOOTER, 0.2, (_OLD, "Giấy phép thành lập và hoạt động số 0045/NH-GP "
                                               "do Ngân hàng Nhà nước Việt Nam cấp.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Sông Hàn Bank. Bảo lưu mọi "
                                                "quyền.")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: thời gian áp dụng chương trình đã "
                                                 "được cập nhật theo thông báo mới nhất.")),
        ),
    )


# --- the newsroom of an American mobile-banking app ---------------------------------------

KM_WIRE = dt.date(2018, 4, 2)  # releases moved from PR Newswire to Business Wire
KM_REDESIGN = dt.date(2019, 9, 3)
KM_BANK_SWITCH = dt.date(2019, 6, 3)
KM_APY = (("2015-01-01", "0.25"), ("2016-06-01", "0.50"), ("2017-12-14", "1.00"),
          ("2018-06-14", "1.75"), ("2018-12-20", "2.00"), ("2019-08-01", "1.80"),
          ("2019-11-01", "1.60"), ("2020-03-16", "1.00"), ("2020-04-15", "0.50"),
          ("2020-07-01", "0.40"))
KM_USERS = (("2015-01-01", "200,000"), ("2016-02-01", "450,000"), ("2017-02-01", "900,000"),
            ("2018-02-01", "2 million"), ("2019-02-01", "4 million"),
            ("2020-02-01", "6 million"))


def _km_dated(day: dt.date) -> str:
    if day < KM_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{read_min}} min read"


def _km_dateline(day: dt.date) -> str:
    if day < KM_WIRE:
        return f"SAN FRANCISCO, {MONTHS[day.month - 1]} {day.day}, {day.year} /PRNewswire/ --"
    return f"SAN FRANCISCO--(BUSINESS WIRE)--{MONTHS[day.month - 1]} {day.day}, {day.year}--"


def _km_apy(value: str) -> str:
    return f"Earn {value}% APY on every dollar in Kestrel Savings. No minimums, no monthly fees."


def _km_about(value: str) -> str:
    return (f"About Kestrel: Kestrel is the mobile banking app used by more than {value} "
            f"Americans to get paid early, save automatically and skip overdraft fees.")


@cache
def _km_notice() -> Wordings:
    base = _steps((_OLD, "Get paid up to two days early with direct deposit."))
    stimulus = [_span("2020-04-10", "2020-05-31", "💵 Your Economic Impact Payment could reach "
                                                  "Kestrel up to 5 days early.")]
    refunds = _yearly("01-20", 0, 85, lambda y: f"Tax refund season {y}: set up direct deposit "
                                                f"and get your refund faster.")
    holidays = _yearly("12-20", 0, 6, lambda y: "Holiday schedule: deposits due on December 25 "
                                                "post on the next business day.")
    return _PERIOD.calendar(base, stimulus, refunds, holidays)


def kestrel_style() -> PublisherStyle:
    """The newsroom of an American mobile-banking app: a category from a pool, the long date
    turned the short date with the reading time on 3 September 2019, the newswire dateline
    (PR Newswire turned Business Wire on 2 April 2018; both a wording per day), the savings
    APY (changing with the Fed's moves), an app-store line mid-body, the "not a bank" line
    and the card line (the partner bank switched in June 2019), the APY note, a direct
    deposit line turned by each tax-refund season, the stimulus payments and Christmas, the
    about line with the users (each February), the media contact, a rare forward-looking
    statement and the copyright line, a rare correction."""
    return PublisherStyle(
        domain="kestrelmoney.com", site="Kestrel", base_size=70,
        subdomains=(("www.", 70), ("blog.", 30)),
        sections=("press", "product", "company", "money-tips"),
        n_authors=3, url_path="/newsroom/{slug}",
        pools={"kicker": ("Press", "Product", "Company", "Money Tips")},
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.8, *_by_day(_km_dated)),
            _f("dateline", HEADER, 0.4, *_by_day(_km_dateline)),
            _f("apy", MIDDLE, 0.25, *from_table(KM_APY, _km_apy)),
            _f("app", MIDDLE, 0.2, (_OLD, "Get Kestrel on the App Store or Google Play.")),
            _f("not-a-bank", FOOTER, 0.55,
               (_OLD, "Kestrel is a financial technology company, not a bank. Banking services "
                      "provided by Harlan County Bank, Member FDIC."),
               (KM_BANK_SWITCH.isoformat(), "Kestrel is a financial technology company, not a "
                                            "bank. Banking services provided by Prairie First "
                                            "Bank, N.A.; Member FDIC.")),
            _f("card", FOOTER, 0.3,
               (_OLD, "The Kestrel Visa® Debit Card is issued by Harlan County Bank pursuant to "
                      "a license from Visa U.S.A. Inc."),
               (KM_BANK_SWITCH.isoformat(), "The Kestrel Visa® Debit Card is issued by Prairie "
                                            "First Bank, N.A., pursuant to a license from Visa "
                                            "U.S.A. Inc. and may be used everywhere Visa debit "
                                            "cards are accepted.")),
            _f("apy-note", FOOTER, 0.2, (_OLD, "Annual Percentage Yield (APY) is variable and "
                                               "may change at any time.")),
            _f("notice", FOOTER, 0.25, *_km_notice()),
            _f("about", FOOTER, 0.4, *from_table(KM_USERS, _km_about)),
            _f("media", FOOTER, 0.4, (_OLD, "Media contact: press@kestrelmoney.com")),
            _f("forward", FOOTER, 0.08, (_OLD, "This release contains forward-looking "
                                               "statements that involve risks and "
                                               "uncertainties; actual results may differ "
                                               "materially.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Kestrel Financial, Inc.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: An earlier version of this post "
                                                  "listed the wrong launch date.")),
        ),
    )


# --- a Chilean comparison site ------------------------------------------------------------

CF_REDESIGN = dt.date(2018, 3, 5)
CF_CMF = dt.date(2019, 6, 1)  # the SBIF was merged into the CMF
UF = (("2015-01-01", 24627.1), ("2016-01-01", 25629.1), ("2017-01-01", 26347.98),
      ("2018-01-01", 26798.14), ("2019-01-01", 27565.79), ("2020-01-01", 28309.94),
      ("2021-01-01", 29070.33), ("2021-01-10", 29076.0))
CLP = (("2015-01-01", 607.0), ("2015-08-24", 700.0), ("2016-01-20", 730.0),
       ("2016-12-30", 669.0), ("2017-12-29", 615.0), ("2018-04-16", 598.0),
       ("2018-12-31", 695.0), ("2019-10-18", 710.0), ("2019-11-28", 828.0),
       ("2020-03-19", 867.0), ("2020-06-30", 821.0), ("2020-12-31", 711.0),
       ("2021-01-10", 725.0))
CAE = {2015: "28,4", 2016: "27,6", 2017: "26,1", 2018: "24,8", 2019: "23,9", 2020: "22,7",
       2021: "22,1"}


def _cf_fecha(day: dt.date) -> str:
    if day < CF_REDESIGN:
        return f"Actualizado el {es_date(day)}"
    return f"{day.day} {MESES_CORTOS[day.month - 1]} {day.year}"


def _cf_indicadores(day: dt.date) -> str:
    uf = trend(day, UF)
    usd = quote(business_day(day), "clp", CLP, 0.008)
    return (f"UF al {day.day} de {MESES[day.month - 1]}: ${comma_amount(uf, 2)} · Dólar "
            f"observado: ${comma_amount(usd, 2)}")


def credit_cost(cae: float, amount: int = 3_000_000, months: int = 36) -> int:
    """The total cost of a consumer loan of `amount` over `months` at a CAE of `cae` %."""
    r = (1 + cae / 100) ** (1 / 12) - 1
    return round(amount * r / (1 - (1 + r) ** -months) * months)


def _cf_cae(day: dt.date) -> str:
    cae = CAE[day.year]
    total = credit_cost(float(cae.replace(",", ".")))
    return (f"Ejemplo: crédito de consumo de $3.000.000 en 36 cuotas, CAE {cae}%, costo total "
            f"del crédito ${comma_amount(total, 0)}.")


@cache
def _cf_aviso() -> Wordings:
    base = _steps((_OLD, "Compara créditos, seguros y cuentas en minutos, gratis"))
    news = [
        _span("2019-10-19", "2019-11-15", "Horarios de atención bancaria alterados: revisa tu "
                                          "sucursal antes de ir"),
        _span("2020-07-24", "2020-08-31", "Retiro del 10% de tu AFP: cómo pedirlo y qué hacer "
                                          "con el dinero"),
    ]
    renta = _yearly("04-01", 0, 29, lambda y: f"Operación Renta {y}: declara hasta el 30 de "
                                              f"abril")
    fiestas = _yearly("09-18", 8, 1, lambda y: f"Fiestas Patrias {y}: compara avances en "
                                               f"efectivo antes de endeudarte")
    return _PERIOD.calendar(base, news, renta, fiestas)


def comparafacil_style() -> PublisherStyle:
    """A Chilean comparison site: "Actualizado el" with the long date turned the short date on
    5 March 2018 (a wording per day), "Por", the day's UF and the observed dollar (a wording
    per day), a loan example with the year's CAE and total cost, "Lee también:", the
    commission line, a "not financial advice" line, the state-guarantee line (the SBIF's
    site turned the CMF's in June 2019), a line turned by the tax season, Fiestas Patrias,
    the 2019 unrest and the 2020 pension withdrawal, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="comparafacil.cl", site="ComparaFácil", base_size=55,
        subdomains=(("www.", 100),),
        sections=("creditos", "seguros", "cuentas", "tarjetas", "hipotecarios"),
        n_authors=3, url_path="/blog/{slug}",
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_cf_fecha)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("indicadores", HEADER, 0.3, *_by_day(_cf_indicadores)),
            _f("cae", MIDDLE, 0.25, *_by_day(_cf_cae)),
            _f("tambien", MIDDLE, 0.3, (_OLD, "Lee también: {other_title}")),
            _f("comision", FOOTER, 0.35, (_OLD, "ComparaFácil puede recibir una comisión "
                                                "cuando contratas a través del sitio; eso no "
                                                "cambia el orden de los resultados.")),
            _f("no-asesoria", FOOTER, 0.25, (_OLD, "La información publicada es referencial y "
                                                   "no constituye asesoría financiera.")),
            _f("garantia", FOOTER, 0.3,
               (_OLD, "Infórmese sobre la garantía estatal de los depósitos en su banco o en "
                      "www.sbif.cl"),
               (CF_CMF.isoformat(), "Infórmese sobre la garantía estatal de los depósitos en "
                                    "su banco o en www.cmfchile.cl")),
            _f("aviso", FOOTER, 0.25, *_cf_aviso()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} ComparaFácil SpA. Todos los "
                                                 "derechos reservados.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: corregimos la tasa de uno de los "
                                               "créditos comparados.")),
        ),
    )


# --- a Russian crypto news site -----------------------------------------------------------

KV_REDESIGN = dt.date(2019, 1, 3)
KV_TELEGRAM_BLOCK = (dt.date(2018, 4, 16), dt.date(2020, 6, 18))
KV_LAW = dt.date(2020, 8, 1)  # the law on digital financial assets was signed on 31 July
BTC = (("2015-01-01", 315.0), ("2015-01-14", 178.0), ("2015-06-01", 225.0),
       ("2015-11-04", 400.0), ("2016-01-01", 430.0), ("2016-06-17", 760.0),
       ("2016-08-02", 545.0), ("2016-12-31", 960.0), ("2017-03-01", 1200.0),
       ("2017-06-11", 2950.0), ("2017-09-01", 4800.0), ("2017-09-14", 3250.0),
       ("2017-12-17", 19100.0), ("2018-02-06", 6950.0), ("2018-03-05", 11500.0),
       ("2018-06-28", 5900.0), ("2018-11-14", 6300.0), ("2018-12-15", 3250.0),
       ("2019-04-02", 4900.0), ("2019-06-26", 12900.0), ("2019-12-17", 6650.0),
       ("2020-02-13", 10300.0), ("2020-03-11", 7900.0), ("2020-03-12", 4900.0),
       ("2020-05-11", 8600.0), ("2020-08-15", 11800.0), ("2020-10-20", 11900.0),
       ("2020-12-17", 23000.0), ("2020-12-31", 29000.0), ("2021-01-08", 40500.0),
       ("2021-01-10", 38200.0))


def _kv_data(day: dt.date) -> str:
    if day < KV_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} в {{time}}"
    return f"{ru_date(day)} г."


def _kv_kurs(day: dt.date) -> str:
    btc = quote(day, "btc", BTC, 0.025)
    usd, _ = rub(day)
    return (f"Bitcoin на {day.day:02d}.{day.month:02d}.{day.year}: {ru_amount(btc, 0)} $ "
            f"({ru_amount(btc * usd, 0)} ₽)")


def _kv_telegram(day: dt.date) -> str:
    if KV_TELEGRAM_BLOCK[0] <= day < KV_TELEGRAM_BLOCK[1]:
        return "Telegram заблокирован? Читайте Криптовед во ВКонтакте и через RSS"
    return "Подписывайтесь на Криптовед в Telegram"


def kriptoved_style() -> PublisherStyle:
    """A Russian crypto news site: the numeric date and time turned the long date on 3
    January 2019 (a wording per day), "Текст:", bitcoin in dollars and roubles with the day's
    date (a wording per day), a rare paid-post marker, "По теме:" and a chart credit from
    pools mid-body, a risk line reworded when the law on digital financial assets was
    signed, a Telegram line turned by the block from April 2018 to June 2020, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="kriptoved.ru", site="Криптовед", base_size=40,
        subdomains=(("", 100),),
        sections=("novosti", "analitika", "majning", "regulirovanie"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"para": ("BTC/USD", "ETH/USD", "BTC/RUB"),
               "istochnik": ("TradingView", "Binance", "EXMO")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_kv_data)),
            _f("tekst", HEADER, 0.5, (_OLD, "Текст: {author}")),
            _f("kurs", HEADER, 0.3, *_by_day(_kv_kurs)),
            _f("na-pravah", HEADER, 0.07, (_OLD, "На правах рекламы")),
            _f("po-teme", MIDDLE, 0.3, (_OLD, "По теме: {other_title}")),
            _f("grafik", MIDDLE, 0.2, (_OLD, "График {para}, источник: {istochnik}")),
            _f("riski", FOOTER, 0.5,
               (_OLD, "Криптовалюты — высокорискованный актив. Материал не является "
                      "инвестиционной рекомендацией."),
               (KV_LAW.isoformat(), "Криптовалюты — высокорискованный актив; в России их "
                                    "оборот регулирует закон № 259-ФЗ. Материал не является "
                                    "инвестиционной рекомендацией.")),
            _f("telegram", FOOTER, 0.35, *_by_day(_kv_telegram)),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Криптовед. При цитировании ссылка "
                                                 "на kriptoved.ru обязательна.")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправление: ранее в заметке была неверно "
                                                   "указана дата форка.")),
        ),
    )


# --- the press room of a Portuguese bank --------------------------------------------------

CA_REDESIGN = dt.date(2019, 2, 4)
CA_SCA = dt.date(2019, 9, 14)  # strong customer authentication for online payments
# Personal loan example: 5,000 euros over 60 months, fixed TAN and TAEG, from each quarter.
CA_TAXAS = (("2014-10-01", "8,900|11,2"), ("2015-07-01", "8,500|10,8"),
            ("2016-04-01", "8,250|10,5"), ("2017-01-01", "7,900|10,1"),
            ("2018-04-01", "7,500|9,6"), ("2019-01-01", "7,250|9,3"),
            ("2020-07-01", "6,900|9,0"))
CA_BALCOES = {2014: ("218", "402"), 2015: ("212", "410"), 2016: ("205", "418"),
              2017: ("198", "425"), 2018: ("190", "431"), 2019: ("184", "440"),
              2020: ("176", "447")}


def pt_date(day: dt.date) -> str:
    return f"{day.day} de {MESES_PT[day.month - 1]} de {day.year}"


def _ca_data(day: dt.date) -> str:
    if day < CA_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"Lisboa, {pt_date(day)}"


def _ca_taeg(value: str) -> str:
    tan, taeg = value.split("|")
    r = float(tan.replace(",", ".")) / 100 / 12
    mtic = 5000 * r / (1 - (1 + r) ** -60) * 60 + 150
    return (f"Exemplo para um crédito pessoal de 5.000 € a 60 meses: TAN fixa de {tan}%, TAEG "
            f"de {taeg}%, MTIC de {comma_amount(mtic, 2)} €.")


def _ca_sobre(day: dt.date) -> str:
    y = day.year - 1 if day < dt.date(day.year, 3, 1) else day.year
    branches, clients = CA_BALCOES[y]
    return (f"Sobre a Caixa Atlântica: banco com sede em Aveiro, {branches} balcões e mais de "
            f"{clients} mil clientes.")


@cache
def _ca_aviso() -> Wordings:
    base = _steps((_OLD, "Siga a Caixa Atlântica no Facebook e no LinkedIn"))
    news = [
        _span("2019-08-26", "2019-09-30", "A partir de 14 de setembro de 2019, as compras online "
                                          "passam a exigir autenticação forte"),
        _span("2020-03-27", "2020-09-30", "Moratória de créditos: saiba como aderir e até quando "
                                          "se aplica"),
    ]
    irs = _yearly("06-01", 0, 29, lambda y: f"IRS {y}: o prazo de entrega termina a 30 de "
                                            f"junho", years=range(2018, 2020))
    return _PERIOD.calendar(base, news, irs)


def caixaatlantica_style() -> PublisherStyle:
    """The press room of a Portuguese bank: "Comunicado de Imprensa", the numeric date turned
    "Lisboa," with the long date on 4 February 2019 (a wording per day), a photo credit, a
    personal-loan example with TAN, TAEG and MTIC (changing in some quarters), a follow line
    turned by strong customer authentication, the moratorium and the IRS deadlines, the
    about line with the year's branches and clients, the press contacts, the Banco de
    Portugal registration, the deposit-guarantee line and the copyright line (a block), a
    rare erratum."""
    return PublisherStyle(
        domain="caixaatlantica.pt", site="Caixa Atlântica", base_size=30,
        subdomains=(("www.", 100),),
        sections=("imprensa", "institucional", "produtos"),
        n_authors=2, url_path="/imprensa/{yyyy}/{slug}",
        pools={"foto": ("Caixa Atlântica", "Direitos reservados", "Arquivo")},
        families=(
            _f("comunicado", HEADER, 0.55, (_OLD, "Comunicado de Imprensa")),
            _f("data", HEADER, 0.8, *_by_day(_ca_data)),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("taeg", MIDDLE, 0.25, *from_table(CA_TAXAS, _ca_taeg)),
            _f("aviso", FOOTER, 0.25, *_ca_aviso()),
            _f("sobre", FOOTER, 0.4, *_by_day(_ca_sobre)),
            _f("contactos", FOOTER, 0.4, (_OLD, "Contactos para a imprensa: Gabinete de "
                                                "Comunicação · imprensa@caixaatlantica.pt · "
                                                "+351 234 000 120")),
            _f("registo", FOOTER, 0.25, (_OLD, "Caixa Atlântica, S.A. Instituição de crédito "
                                               "registada no Banco de Portugal com o n.º "
                                               "0187.")),
            _f("fgd", FOOTER, 0.2, (_OLD, "Os depósitos estão cobertos pelo Fundo de Garantia "
                                          "de Depósitos até 100 000 € por depositante e por "
                                          "instituição.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Caixa Atlântica. Todos os direitos "
                                                "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: o valor da TAEG indicado na versão "
                                              "anterior estava incorreto.")),
        ),
    )


def heldout163_styles() -> list[PublisherStyle]:
    """The held-back-163 styles, in the order the generator hands them to publishers."""
    return [
        pennyalmanac_style(), satoshistreet_style(), bolsocheio_style(), dengivopros_style(),
        altiplano_style(), arthsaathi_style(), comparecove_style(), songhan_style(),
        kestrel_style(), comparafacil_style(), kriptoved_style(), caixaatlantica_style(),
    ]

