"""The ``held-back-167`` template set of the planted-real benchmark.

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
"while stocks last" line or an advertisement marker. The publishers are retail and
e-commerce trade press, deal and coupon sites, supermarket chains' newsrooms and shopping
centres' news pages in English, Dutch, Danish, Greek, Hebrew and Spanish: a British retail
trade magazine, an American deal and coupon site, a Dutch supermarket chain's newsroom, a
Spanish deal site, a Danish supermarket chain's newsroom, a Greek retail trade site, an
Israeli supermarket chain's news pages (in Hebrew), a Spanish shopping centre's news page, a
British shopping centre's news page, a Dutch e-commerce trade site, a Danish shopping
centre's news page and a Greek supermarket chain's press room. The families are the kinds a
crawl of such sites holds: dates localised day by day in English (with British summer and
winter time and American Eastern time), Dutch, Danish, Greek, Hebrew and Spanish, several
changing form on the day of a redesign; lines that turn every day ("prices accurate as of"
and "price checked on" with the day's date, a shopping centre's opening hours for the day
with Sundays, late nights, bank holidays, Christmas and the lockdowns, a Danish centre's
hours with its long first Saturdays, December Sundays and the closing law's half days), every
week (a Dutch bonus week from Monday, a Danish offer paper from Friday, Israeli deals from
Sunday to Friday), every two weeks (a Greek leaflet), every four weeks (a trade magazine's
basket index), every month (Greek retail turnover) and every quarter (Dutch online
spending); price-validity and "while stocks last" notices (OP=OP, så længe lager haves, έως
εξαντλήσεως των αποθεμάτων, עד גמר המלאי, precio mínimo histórico); seasonal sale banners
and opening-hours notices that follow the calendars of shopping (Black Friday and Cyber
Monday, Prime Day, Presidents' Day, Memorial Day, Labor Day and back to school, Singles'
Day, the Spanish and Greek sales seasons and their open Sundays, Reyes, Sinterklaas and the
parcel peak, Easter, Orthodox Easter and Clean Monday, Koningsdag, Ascension and Whitsun,
Store Bededag and Grundlovsdag, Rosh Hashanah, Yom Kippur, Sukkot and Pesach with their
Hebrew years, Christmas and New Year, the Greek capital controls, the Brexit vote and the
2020 lockdowns); loyalty-scheme appeals reworded for apps in 2017-2019; prices and amounts
that change over the years (the British pay floor each April, a warehouse club's membership
fee, Greek and Israeli VAT, carrier-bag charges in England, the Netherlands and Israel, car
park tariffs, store counts each January, a trade fair's next edition); deal flags, coupon
codes, store names, shop units and events from pools, comment counts and temperatures,
related links and advertisement markers mid-body (some up to two times); multi-line blocks
(notes to editors, press contacts, about lines, imprints, centre addresses), bare lines and
families in only 4% of articles beside ones in nearly all. The hard negatives (statements
quoted in several articles, syndicated copies, stock sentences) are the generator's.
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
    ordinal,
    orthodox_easter,
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
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
MND = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MAANEDER = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december")
UGEDAGE = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")  # genitive
MINAS = ("Ιανουάριος", "Φεβρουάριος", "Μάρτιος", "Απρίλιος", "Μάιος", "Ιούνιος", "Ιούλιος",
         "Αύγουστος", "Σεπτέμβριος", "Οκτώβριος", "Νοέμβριος", "Δεκέμβριος")  # nominative
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
CHODASHIM = ("בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט",
             "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר")
YAMIM = ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest[:4], "little") / 0xFFFFFFFF * 2 - 1


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def amounts(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that shows an amount of `table`: from the oldest day the
    amount in force on the set's first day, then one from each later change."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def week_start(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`: the first day of an offer week."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def summer_time(day: dt.date) -> bool:
    """Whether British (and European) summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def us_daylight_time(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day` (second Sunday of March to
    the first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def black_friday(y: int) -> dt.date:
    return thanksgiving(y) + ONE


def cyber_monday(y: int) -> dt.date:
    return thanksgiving(y) + 4 * ONE


def koningsdag(y: int) -> dt.date:
    """King's Day: 27 April, or the 26th when the 27th is a Sunday."""
    day = dt.date(y, 4, 27)
    return day - ONE if day.weekday() == 6 else day


def store_bededag(y: int) -> dt.date:
    """Denmark's Great Prayer Day: the fourth Friday after Easter."""
    return easter(y) + 26 * ONE


def clean_monday(y: int) -> dt.date:
    """Greece's Clean Monday: the first day of Orthodox Lent."""
    return orthodox_easter(y) - 48 * ONE


def money_nl(value: float) -> str:
    """A Dutch or Danish decimal: a comma, two places."""
    return f"{value:.2f}".replace(".", ",")


def signed_comma(value: float) -> str:
    """A signed change with one decimal and a decimal comma: +1,4 or -0,3."""
    return f"{value:+.1f}".replace(".", ",")


# --- a British retail trade magazine ------------------------------------------------------

TR_REDESIGN = dt.date(2017, 9, 4)
TR_NEWSLETTER = dt.date(2018, 2, 1)
TR_PRO = dt.date(2019, 3, 4)
TR_BASKET_START = dt.date(2014, 12, 28)  # the first four-week period of the index ended then
PAY_FLOOR = (("2014-10-01", "£6.50 an hour (adult National Minimum Wage)"),
             ("2015-10-01", "£6.70 an hour (adult National Minimum Wage)"),
             ("2016-04-01", "£7.20 an hour (National Living Wage, 25 and over)"),
             ("2017-04-01", "£7.50 an hour (National Living Wage, 25 and over)"),
             ("2018-04-01", "£7.83 an hour (National Living Wage, 25 and over)"),
             ("2019-04-01", "£8.21 an hour (National Living Wage, 25 and over)"),
             ("2020-04-01", "£8.72 an hour (National Living Wage, 25 and over)"))
TR_AWARDS = {2015: "2015-06-11", 2016: "2016-06-09", 2017: "2017-06-08", 2018: "2018-06-14",
             2019: "2019-06-13"}  # the 2020 awards were held online in the autumn


def _tr_dated(day: dt.date) -> str:
    if day < TR_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    zone = "BST" if summer_time(day) else "GMT"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year} · "
            f"{{time}} {zone}")


def basket_price(end: dt.date) -> float:
    """The made-up 40-item basket's price in the four weeks to `end`: a slow rise, a
    Christmas bump and some wobble."""
    years = (end - dt.date(2015, 1, 1)).days / 365.25
    trend = 56.0 * (1 + 0.004 * years) if end < dt.date(2017, 1, 1) else (
        56.0 * 1.008 * (1 + 0.021 * (end - dt.date(2017, 1, 1)).days / 365.25))
    season = 1.03 if end.month == 12 else 1.0
    return trend * season * (1 + 0.006 * noise(end, "basket"))


def basket_period_end(day: dt.date) -> dt.date:
    """The end (a Sunday) of the last four-week period whose index is out on `day`:
    published the Tuesday after."""
    k = ((day - TR_BASKET_START).days - 2) // 28
    return TR_BASKET_START + 28 * k * ONE


def _tr_basket(day: dt.date) -> str:
    end = basket_period_end(day)
    now, before = basket_price(end), basket_price(end - 364 * ONE)
    return (f"Till Roll Basket Index: £{now:.2f} for 40 everyday items in the four weeks to "
            f"{end.day} {MONTHS[end.month - 1]} ({(now / before - 1) * 100:+.1f}% on a year)")


@cache
def _tr_notice() -> Wordings:
    base = _steps((_OLD, "Get the Till Roll Daily newsletter: retail news before the shops "
                         "open"),
                  (TR_NEWSLETTER.isoformat(), "📬 The Till Roll Daily lands at 6.30am, Monday "
                                              "to Friday. Sign up free"))
    lockdowns = [
        _span("2020-03-23", "2020-06-14", "🦠 Coronavirus: which shops are open, and our "
                                          "retail recovery tracker"),
        _span("2020-11-05", "2020-12-01", "🔒 Lockdown two: non-essential shops in England "
                                          "close until 2 December"),
    ]
    news = [_span("2016-06-24", "2016-07-08", "🇬🇧 After the referendum: what Brexit means "
                                              "for retailers")]
    christmas = [(dt.date(y, 1, 2), dt.date(y, 1, 17), f"🎄 Christmas trading {y - 1}: every "
                                                         f"retailer's update, tracked")
                 for y in range(2015, 2021)]
    black = [(black_friday(y) - 3 * ONE, cyber_monday(y) + ONE, f"🛍️ Black Friday {y}: live "
                                                                 f"from the shops and the sites")
             for y in YEARS]
    awards = [(iso_day(day, -21), iso_day(day, 1), f"🏆 The Till Roll Awards {y}: see the "
                                                   f"shortlist")
              for y, day in TR_AWARDS.items()]
    return _calendar(base, lockdowns, news, christmas, black, awards)


def tillroll_style() -> PublisherStyle:
    """A British retail trade magazine: a sector kicker from a pool, the long date turned the
    weekday, the date and British summer or winter time on 4 September 2017 (a wording per
    day), the byline turned the writer with the beat, a subscriber marker reworded for the
    Pro tier, the magazine's basket index every four weeks (published the Tuesday after a
    period ends, with its change on a year), the pay floor each April, "Read more:" and
    advertisement markers up to twice, a photo credit from a pool, a newsletter appeal
    reworded and turned by the Christmas trading updates, Black Friday, the awards, the
    Brexit vote and the two lockdowns, a jobs line with the count, the publisher line and
    the copyright line (a block), a rare clarification."""
    return PublisherStyle(
        domain="tillroll.co.uk", site="Till Roll", base_size=250,
        subdomains=(("www.", 100),),
        sections=("grocery", "fashion", "online", "high-street", "supply-chain", "people"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("GROCERY", "FASHION & APPAREL", "ONLINE", "HIGH STREET",
                       "SUPPLY CHAIN", "PEOPLE", "PROPERTY", "RESULTS"),
            "beat": ("Grocery Editor", "Retail Correspondent", "Online Retail Reporter",
                     "Property Editor", "Deputy Editor", "Fashion Reporter"),
            "photo": ("Till Roll / Jo Mercer", "Alamy", "company handout", "Shutterstock",
                      "PA Images"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_tr_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (TR_REDESIGN.isoformat(), "{author} | {author_beat}")),
            _f("premium", HEADER, 0.15, (_OLD, "Subscriber article"),
               (TR_PRO.isoformat(), "🔒 Till Roll Pro: unlimited articles, data and the "
                                    "Top 150 ranking")),
            _f("basket", HEADER, 0.2, *_by_day(_tr_basket)),
            _f("read-more", MIDDLE, 0.4, (_OLD, "Read more: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photograph: {photo}")),
            _f("pay", FOOTER, 0.12, *amounts(PAY_FLOOR, lambda v: f"Retail pay floor: {v}")),
            _f("notice", FOOTER, 0.3, *_tr_notice()),
            _f("jobs", FOOTER, 0.1, (_OLD, "Till Roll Jobs: search {count} retail vacancies "
                                           "near you")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Till Roll is published by Tillhouse Media "
                                                "Ltd, 3 Cannon Wharf, London SE8 5RT.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© Tillhouse Media Ltd {year}. Reproduction "
                                                 "in whole or in part without permission is "
                                                 "prohibited.")),
            _f("clarification", HEADER, 0.04, (_OLD, "Clarification: this article was amended "
                                                     "to make clear the store closures are "
                                                     "proposals.")),
        ),
    )


# --- an American deal and coupon site -----------------------------------------------------

TW_REDESIGN = dt.date(2018, 8, 6)
TW_DISCLOSURE = dt.date(2017, 9, 25)
TW_APP = dt.date(2019, 2, 4)
PRIME_DAYS = {2015: ("2015-07-15", "2015-07-15"), 2016: ("2016-07-12", "2016-07-12"),
              2017: ("2017-07-10", "2017-07-11"), 2018: ("2018-07-16", "2018-07-17"),
              2019: ("2019-07-15", "2019-07-16"), 2020: ("2020-10-13", "2020-10-14")}
CLUB_FEE = (("2011-11-01", "$55"), ("2017-06-01", "$60"))


def _tw_posted(day: dt.date) -> str:
    if day < TW_REDESIGN:
        return f"Posted {day.month}/{day.day}/{day.year % 100:02d}"
    zone = "EDT" if us_daylight_time(day) else "EST"
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} at {{time12}} {zone}"


def _tw_prices(day: dt.date) -> str:
    return (f"Prices and availability were accurate as of {MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} and are subject to change.")


def us_sale_days(y: int) -> list[tuple[dt.date, dt.date, str]]:
    """The American sale weekends a deal site runs a banner for: (first day, the day after
    the last, text)."""
    presidents = nth_weekday(y, 2, 0, 3)
    memorial = last_weekday(y, 5, 0)
    labor = nth_weekday(y, 9, 0, 1)
    july4 = dt.date(y, 7, 4)
    return [(presidents - 3 * ONE, presidents + ONE, f"🇺🇸 Presidents' Day sales {y}: "
                                                     f"mattresses, appliances and more"),
            (memorial - 4 * ONE, memorial + ONE, f"Memorial Day sales {y}: the best ones we've "
                                                 f"found"),
            (july4 - 3 * ONE, july4 + ONE, f"🎆 Fourth of July {y} sales, all in one place"),
            (dt.date(y, 7, 25), dt.date(y, 8, 21), f"✏️ Back to school {y}: supplies, laptops "
                                                   f"and tax-free weekends"),
            (labor - 4 * ONE, labor + ONE, f"Labor Day sales {y}: our editors' picks")]


@cache
def _tw_banner() -> Wordings:
    base = _steps((_OLD, "Get the best deals in your inbox every morning"),
                  (TW_APP.isoformat(), "📲 Never miss a price drop: turn on alerts in the "
                                       "Thriftwise app"))
    shortage = [_span("2020-03-16", "2020-04-30", "🧻 In stock now: we're tracking toilet "
                                                  "paper, sanitizer and cleaning supplies")]
    prime = [(iso_day(first, -4), iso_day(last, 1), f"⏰ Prime Day {y}: we're tracking every "
                                                    f"deal worth your money")
             for y, (first, last) in PRIME_DAYS.items()]
    friday = [(thanksgiving(y) - 7 * ONE, black_friday(y) + ONE, f"🦃 Black Friday {y}: every "
                                                                 f"ad scan, sorted by store")
              for y in YEARS]
    monday = [(black_friday(y) + ONE, cyber_monday(y) + ONE, f"💻 Cyber Monday {y} deals are "
                                                             f"live") for y in YEARS]
    sales = [event for y in YEARS for event in us_sale_days(y)]
    return _calendar(base, shortage, prime, friday, monday, sales)


def thriftwise_style() -> PublisherStyle:
    """An American deal and coupon site: a deal flag from a pool, "Posted" with the short
    numeric date turned the date, the 12-hour time and Eastern daylight or standard time on
    6 August 2018 (a wording per day), the store from a pool, an affiliate disclosure
    reworded, "This deal has expired", coupon codes from a pool, "More deals like this:" up
    to twice, a sale banner reworded for the app and turned by Prime Day, Black Friday,
    Cyber Monday, the holiday sale weekends, back to school and the 2020 shortages, "prices
    accurate as of" with the day's date (a wording per day), the warehouse club's fee
    (raised in June 2017), the comment count, a pricing-error line and the copyright line, a
    rare update."""
    return PublisherStyle(
        domain="thriftwisedeals.com", site="Thriftwise", base_size=220,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("deals", "coupons", "freebies", "tech", "home", "grocery"),
        n_authors=9, url_path="/{section}/{slug}-{n}",
        pools={
            "flag": ("🔥 Hot Deal", "Frontpage Deal", "Staff Pick", "Price Drop",
                     "Lowest Price We've Seen"),
            "store": ("Target", "Walmart", "Best Buy", "Kohl's", "The Home Depot", "Macy's",
                      "Costco", "Amazon"),
            "code": ("SAVE20", "FALL15", "SHIPFREE", "EXTRA10", "HOME25", "TAKE30"),
        },
        families=(
            _f("flag", HEADER, 0.35, (_OLD, "{flag}")),
            _f("posted", HEADER, 0.9, *_by_day(_tw_posted)),
            _f("store", HEADER, 0.6, (_OLD, "Deal at {store}")),
            _f("disclosure", HEADER, 0.5,
               (_OLD, "Thriftwise may earn a commission when you buy through links on our "
                      "site."),
               (TW_DISCLOSURE.isoformat(), "This post contains affiliate links. If you buy "
                                           "through them, Thriftwise may earn a commission at "
                                           "no extra cost to you.")),
            _f("expired", HEADER, 0.12, (_OLD, "This deal has expired. Check out today's "
                                               "hottest deals instead.")),
            _f("banner", HEADER, 0.3, *_tw_banner()),
            _f("coupon", MIDDLE, 0.25, (_OLD, "Use code {code} at checkout")),
            _f("more", MIDDLE, 0.35, (_OLD, "More deals like this: {other_title}"), count=2),
            _f("prices", FOOTER, 0.6, *_daily(_tw_prices)),
            _f("club", FOOTER, 0.08, *amounts(CLUB_FEE, lambda v: (
                f"Warehouse club deals need a membership (from {v} a year)."))),
            _f("comments", FOOTER, 0.4, (_OLD, "{count} Comments")),
            _f("errors", FOOTER, 0.2, (_OLD, "We are not responsible for pricing errors on "
                                             "retailers' sites.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2012–{year} Thriftwise Media LLC. All "
                                                "rights reserved.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this deal is back in stock as of this "
                                              "morning.")),
        ),
    )


# --- a Dutch supermarket chain's newsroom -------------------------------------------------

VM_REDESIGN = dt.date(2018, 10, 1)
VM_APP = dt.date(2017, 9, 4)
VM_TAS = dt.date(2016, 1, 1)  # no more free plastic bags in the Netherlands
# Stores / staff on 1 January.
VM_WINKELS = (("2015-01-01", "618 / 49.000"), ("2016-01-01", "627 / 51.000"),
              ("2017-01-01", "641 / 53.000"), ("2018-01-01", "655 / 55.000"),
              ("2019-01-01", "662 / 57.000"), ("2020-01-01", "671 / 60.000"))


def _vm_datum(day: dt.date) -> str:
    if day < VM_REDESIGN:
        return f"Houten, {day.day} {MAANDEN[day.month - 1]} {day.year}"
    return (f"Gepubliceerd op {DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} "
            f"{day.year} om {{time}}")


def _vm_bonusweek(day: dt.date) -> str:
    first = week_start(day, 0)
    last = first + 6 * ONE
    start = f"{first.day}" if first.month == last.month else (
        f"{first.day} {MAANDEN[first.month - 1]}")
    return (f"Bonusweek {first.isocalendar()[1]}: aanbiedingen geldig van maandag {start} t/m "
            f"zondag {last.day} {MAANDEN[last.month - 1]} {last.year}")


def _vm_over(value: str) -> str:
    winkels, mensen = value.split(" / ")
    return (f"Over Versmarkt: Versmarkt heeft {winkels} supermarkten in Nederland en ruim "
            f"{mensen} medewerkers.")


@cache
def _vm_openingstijden() -> Wordings:
    base = _steps((_OLD, "Kijk voor de openingstijden van jouw winkel op versmarkt.nl/winkels"),
                  (VM_REDESIGN.isoformat(), "Openingstijden, bezorgen en afhalen: alles over "
                                            "jouw winkel vind je in de Versmarkt-app"))
    corona = [_span("2020-03-16", "2020-06-30", "Houd 1,5 meter afstand en pak een "
                                                "winkelwagen: zo houden we het veilig in "
                                                "onze winkels"),
              _span("2020-12-01", "2020-12-15", "Vanaf 1 december is een mondkapje verplicht "
                                                "in al onze winkels")]
    feestdagen: list[Event] = []
    for y in range(2015, 2021):
        e = easter(y)
        feestdagen += [
            (e - 3 * ONE, e + 2 * ONE, f"Pasen {y}: op Eerste Paasdag zijn onze winkels "
                                       f"gesloten, op Tweede Paasdag open van 12.00 tot "
                                       f"18.00 uur"),
            (koningsdag(y) - 4 * ONE, koningsdag(y) + ONE,
             f"Koningsdag {koningsdag(y).day} april: de meeste winkels zijn open van 8.00 "
             f"tot 18.00 uur"),
            (e + 36 * ONE, e + 40 * ONE, f"Hemelvaartsdag {(e + 39 * ONE).day} "
                                         f"{MAANDEN[(e + 39 * ONE).month - 1]}: aangepaste "
                                         f"openingstijden, kijk bij jouw winkel"),
            (e + 46 * ONE, e + 51 * ONE, f"Pinksteren {y}: op Tweede Pinksterdag zijn we "
                                         f"gewoon open"),
            (dt.date(y, 12, 19), dt.date(y, 12, 27), f"Kerst {y}: 24 december open tot 18.00 "
                                                     f"uur, Eerste Kerstdag gesloten"),
            (dt.date(y, 12, 28), dt.date(y + 1, 1, 2), f"Oudejaarsdag open tot 18.00 uur, "
                                                       f"Nieuwjaarsdag {y + 1} gesloten"),
        ]
    return _calendar(base, corona, feestdagen)


def versmarkt_style() -> PublisherStyle:
    """A Dutch supermarket chain's newsroom: "Persbericht", the place and the date turned
    "Gepubliceerd op" with the weekday and the time on 1 October 2018 (a wording per day),
    the bonus week with its week number and its Monday to Sunday (a wording per week),
    "OP=OP", a photo credit from a pool, the ID line for alcohol, an opening-hours line
    reworded for the app and turned by Easter, King's Day, Ascension, Whitsun, Christmas, New
    Year, the 1.5 metres and the masks, a loyalty-card appeal reworded for the app, the
    bag line turned by the end of free plastic bags in 2016, "Prijswijzigingen en zetfouten
    voorbehouden", the end marker, the note to editors, the press line and the about line
    with the number of stores (changing each January) (a block), a rare correction."""
    return PublisherStyle(
        domain="versmarkt.nl", site="Versmarkt", base_size=195,
        subdomains=(("www.", 70), ("nieuws.", 30)),
        sections=("persberichten", "duurzaamheid", "winkels", "assortiment"),
        n_authors=4, url_path="/nieuws/{section}/{slug}",
        pools={"foto": ("Versmarkt", "Versmarkt / Sanne de Wit", "ANP", "Hollandse Hoogte")},
        families=(
            _f("persbericht", HEADER, 0.55, (_OLD, "Persbericht")),
            _f("datum", HEADER, 0.85, *_by_day(_vm_datum)),
            _f("bonusweek", HEADER, 0.3, *_by_day(_vm_bonusweek)),
            _f("opop", MIDDLE, 0.2, (_OLD, "OP=OP")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {foto}")),
            _f("alcohol", MIDDLE, 0.08, (_OLD, "Geen 18, geen alcohol. Ziet u er jonger uit dan "
                                               "25, dan vragen wij om uw legitimatie.")),
            _f("openingstijden", FOOTER, 0.3, *_vm_openingstijden()),
            _f("spaar", FOOTER, 0.25,
               (_OLD, "Spaar bij elke 10 euro boodschappen een zegel met je Verskaart"),
               (VM_APP.isoformat(), "Nog geen Verskaart? Activeer hem in de app en krijg elke "
                                    "week je persoonlijke bonus")),
            _f("tas", FOOTER, 0.15,
               (_OLD, "Neem je eigen boodschappentas mee: beter voor het milieu."),
               (VM_TAS.isoformat(), "Gratis plastic tasjes zijn verboden: een plastic tas "
                                    "kost bij ons 25 cent.")),
            _f("voorbehoud", FOOTER, 0.3, (_OLD, "Prijswijzigingen en zetfouten "
                                                 "voorbehouden.")),
            _f("einde", FOOTER, 0.45, (_OLD, "-- einde persbericht --")),
            _f("noot", FOOTER, 0.45, (_OLD, "Noot voor de redactie, niet voor publicatie:")),
            _f("pers", FOOTER, 0.45, (_OLD, "Voor meer informatie: persvoorlichting Versmarkt, "
                                            "030 555 0143 of pers@versmarkt.nl")),
            _f("over", FOOTER, 0.4, *amounts(VM_WINKELS, _vm_over)),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: in een eerdere versie van dit "
                                                 "bericht stond een onjuiste ingangsdatum.")),
        ),
    )


# --- a Spanish deal site ------------------------------------------------------------------

CH_REDESIGN = dt.date(2019, 1, 7)  # relaunched on the first day of the 2019 winter sales
CH_AFILIADO = dt.date(2018, 3, 1)
CH_TELEGRAM = dt.date(2016, 10, 3)


def _ch_publicado(day: dt.date) -> str:
    if day < CH_REDESIGN:
        return f"Publicado el {day.day:02d}/{day.month:02d}/{day.year} a las {{time}}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year} · {{time}}"


def _ch_comprobado(day: dt.date) -> str:
    return (f"Precio comprobado el {day.day} de {MESES[day.month - 1]} de {day.year}. Los "
            f"precios y la disponibilidad pueden cambiar en cualquier momento.")


@cache
def _ch_campana() -> Wordings:
    base = _steps((_OLD, "Suscríbete al boletín y recibe los mejores chollos del día"),
                  (CH_TELEGRAM.isoformat(), "📢 Únete a nuestro canal de Telegram: los chollos "
                                            "al instante en tu móvil"))
    alarma = [_span("2020-03-14", "2020-05-10", "🏠 Estado de alarma: las tiendas online que "
                                                "siguen enviando a domicilio")]
    rebajas = [(dt.date(y, 1, 7), dt.date(y, 1, 21), f"🏷️ Rebajas de invierno {y}: las "
                                                     f"mejores ofertas, tienda por tienda")
               for y in range(2015, 2022)]
    prime = [(iso_day(first, -3), iso_day(last, 1), f"📦 Prime Day {y}: solo los chollos que "
                                                    f"merecen la pena")
             for y, (first, last) in PRIME_DAYS.items()]
    verano = [(dt.date(y, 7, 1), dt.date(y, 7, 8), f"☀️ Rebajas de verano {y}: arrancan los "
                                                   f"descuentos") for y in YEARS]
    black = [(black_friday(y) - 6 * ONE, cyber_monday(y) + ONE, f"🖤 Black Friday {y}: todos "
                                                                f"los chollos, actualizados "
                                                                f"cada hora") for y in YEARS]
    solteros = _yearly("11-11", 2, 0, lambda y: f"🛒 11.11 {y}: el Día del Soltero, también "
                                                f"con chollos en España")
    reyes = [(dt.date(y, 12, 26), dt.date(y + 1, 1, 6), f"👑 Reyes {y + 1}: regalos que aún "
                                                        f"llegan antes del 6 de enero")
             for y in range(2014, 2021)]
    return _calendar(base, alarma, rebajas, prime, verano, black, solteros, reyes)


def chollazos_style() -> PublisherStyle:
    """A Spanish deal site: a category from a pool, "Publicado el" with the numeric date and
    the time turned the weekday, the long date and the time on the first day of the 2019
    winter sales (a wording per day), "Compartido por", the deal's temperature from a pool, an
    affiliate line reworded, a coupon from a pool, "Precio mínimo histórico", "Te puede
    interesar:" up to twice, a sale banner reworded for Telegram and turned by the winter
    and summer sales, Reyes, Prime Day, Singles' Day, Black Friday and the state of alarm,
    "Precio comprobado el" with the day's date (a wording per day), the comment count, an
    app line and the copyright line with the years, a rare update."""
    return PublisherStyle(
        domain="chollazos.es", site="Chollazos", base_size=170,
        subdomains=(("www.", 100),),
        sections=("tecnologia", "hogar", "moda", "supermercado", "viajes", "videojuegos"),
        n_authors=10, url_path="/chollos/{slug}-{n}",
        pools={
            "categoria": ("Tecnología", "Hogar", "Moda", "Supermercado", "Viajes",
                          "Videojuegos", "Bebés y niños"),
            "cupon": ("VERANO10", "BIENVENIDA5", "ENVIOGRATIS", "EXTRA15", "CHOLLAZO20"),
            "grados": ("104°", "151°", "187°", "236°", "279°", "312°", "358°", "405°", "466°",
                       "523°", "641°", "812°", "1.020°"),
        },
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("publicado", HEADER, 0.9, *_by_day(_ch_publicado)),
            _f("autor", HEADER, 0.55, (_OLD, "Compartido por {author}")),
            _f("temperatura", HEADER, 0.35, (_OLD, "🔥 {grados}")),
            _f("afiliado", HEADER, 0.45,
               (_OLD, "Enlace de afiliado: si compras a través de él, Chollazos puede llevarse "
                      "una pequeña comisión."),
               (CH_AFILIADO.isoformat(), "Algunos enlaces son de afiliado: tú pagas lo mismo y "
                                         "nos ayudas a seguir buscando chollos.")),
            _f("campana", HEADER, 0.3, *_ch_campana()),
            _f("cupon", MIDDLE, 0.25, (_OLD, "Cupón: {cupon} (se aplica al pagar)")),
            _f("minimo", MIDDLE, 0.2, (_OLD, "Precio mínimo histórico")),
            _f("relacionados", MIDDLE, 0.35, (_OLD, "Te puede interesar: {other_title}"),
               count=2),
            _f("comprobado", FOOTER, 0.5, *_daily(_ch_comprobado)),
            _f("comentarios", FOOTER, 0.4, (_OLD, "{count} comentarios")),
            _f("app", FOOTER, 0.2, (_OLD, "Descarga la app de Chollazos para Android e iOS y "
                                          "activa las alertas de precio")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2014-{year} Chollazos · Aviso legal · "
                                                "Política de cookies")),
            _f("actualizacion", HEADER, 0.04, (_OLD, "Actualización: el cupón ya no funciona "
                                                     "en todas las tallas.")),
        ),
    )


# --- a Danish supermarket chain's newsroom ------------------------------------------------

KM_REDESIGN = dt.date(2019, 3, 4)
KM_APP = dt.date(2018, 4, 9)
# Stores / staff on 1 January.
KM_BUTIKKER = (("2015-01-01", "395 / 9.700"), ("2016-01-01", "401 / 10.100"),
               ("2017-01-01", "410 / 10.300"), ("2018-01-01", "416 / 10.800"),
               ("2019-01-01", "423 / 11.200"), ("2020-01-01", "431 / 11.900"))


def _km_dato(day: dt.date) -> str:
    if day < KM_REDESIGN:
        return f"{day.day}. {MAANEDER[day.month - 1]} {day.year}"
    return (f"Udgivet {UGEDAGE[day.weekday()]} den {day.day}. {MAANEDER[day.month - 1]} "
            f"{day.year} kl. {{time}}")


def _km_avis(day: dt.date) -> str:
    first = week_start(day, 4)
    last = first + 6 * ONE
    start = f"{first.day}." if first.month == last.month else (
        f"{first.day}. {MAANEDER[first.month - 1]}")
    return (f"Tilbudsavis uge {first.isocalendar()[1]}: tilbuddene gælder fra fredag den "
            f"{start} til og med torsdag den {last.day}. {MAANEDER[last.month - 1]}")


def _km_om(value: str) -> str:
    butikker, ansatte = value.split(" / ")
    return (f"Om Kvikmarked: Kvikmarked har {butikker} butikker i hele Danmark og "
            f"beskæftiger ca. {ansatte} medarbejdere.")


@cache
def _km_aabningstider() -> Wordings:
    base = _steps((_OLD, "Se din butiks åbningstider på kvikmarked.dk/butikker"),
                  (KM_REDESIGN.isoformat(), "Find din butik og dens åbningstider i "
                                            "Kvikmarked-appen"))
    corona = [_span("2020-03-14", "2020-06-07", "Hold afstand: der må kun være et begrænset "
                                                "antal kunder i butikken ad gangen")]
    helligdage: list[Event] = []
    for y in range(2015, 2021):
        e, bededag = easter(y), store_bededag(y)
        helligdage += [
            (e - 5 * ONE, e + 2 * ONE, f"Påske {y}: de fleste butikker holder lukket på "
                                       f"helligdagene – se åbningstiderne for din butik"),
            (bededag - 2 * ONE, bededag + ONE, f"Store bededag {bededag.day}. "
                                               f"{MAANEDER[bededag.month - 1]}: butikkerne er "
                                               f"lukket – husk varme hveder torsdag aften"),
            (e + 37 * ONE, e + 40 * ONE, f"Kristi himmelfartsdag {(e + 39 * ONE).day}. "
                                         f"{MAANEDER[(e + 39 * ONE).month - 1]}: butikkerne "
                                         f"er lukket"),
            (e + 47 * ONE, e + 51 * ONE, f"Pinse {y}: lukket pinsedag og 2. pinsedag"),
            (dt.date(y, 6, 3), dt.date(y, 6, 6), "Grundlovsdag 5. juni: vi lukker kl. 12"),
            (dt.date(y, 12, 18), dt.date(y, 12, 27), f"Jul {y}: juleaftensdag åbent til kl. "
                                                     f"14, lukket 1. og 2. juledag"),
            (dt.date(y, 12, 28), dt.date(y + 1, 1, 2), f"Nytår {y + 1}: nytårsaftensdag åbent "
                                                       f"til kl. 15, lukket nytårsdag"),
        ]
    return _calendar(base, corona, helligdage)


def kvikmarked_style() -> PublisherStyle:
    """A Danish supermarket chain's newsroom: "Pressemeddelelse", the long date turned
    "Udgivet" with the weekday and the time on 4 March 2019 (a wording per day), the offer
    paper with its week number from Friday to Thursday (a wording per week), "Så længe lager
    haves", a food-waste line, a photo credit from a pool, "Alle priser er ekskl. pant", an
    opening-hours line reworded for the app and turned by Easter, Store Bededag with its warm
    buns, Ascension, Whitsun, Grundlovsdag's half day, Christmas, New Year and the 2020
    distancing, a loyalty-club appeal reworded for the app, the about line with the stores
    and staff (changing each January) and the press line (a block), a rare correction."""
    return PublisherStyle(
        domain="kvikmarked.dk", site="Kvikmarked", base_size=150,
        subdomains=(("www.", 80), ("presse.", 20)),
        sections=("presse", "nyheder", "baeredygtighed", "butikker"),
        n_authors=3, url_path="/presse/{yyyy}/{slug}",
        pools={"foto": ("Kvikmarked", "Ritzau Scanpix", "Kvikmarked / Mads Holm",
                        "Kvikmarked / PR")},
        families=(
            _f("pressemeddelelse", HEADER, 0.55, (_OLD, "Pressemeddelelse")),
            _f("dato", HEADER, 0.85, *_by_day(_km_dato)),
            _f("avis", HEADER, 0.3, *_by_day(_km_avis)),
            _f("lager", MIDDLE, 0.25, (_OLD, "Så længe lager haves.")),
            _f("madspild", MIDDLE, 0.12, (_OLD, "Stop madspild: varer med kort holdbarhed "
                                                "sælges med op til 50 % rabat.")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("pant", FOOTER, 0.2, (_OLD, "Alle priser er ekskl. pant.")),
            _f("aabningstider", FOOTER, 0.3, *_km_aabningstider()),
            _f("medlem", FOOTER, 0.25,
               (_OLD, "Bliv medlem af Kvik Klub og få bonus på dine indkøb"),
               (KM_APP.isoformat(), "Hent Kvikmarked-appen: som medlem af Kvik Klub får du "
                                    "personlige kuponer hver uge")),
            _f("om", FOOTER, 0.4, *amounts(KM_BUTIKKER, _km_om)),
            _f("kontakt", FOOTER, 0.4, (_OLD, "Yderligere oplysninger: Kvikmarkeds "
                                              "pressetelefon 43 55 01 20 (hverdage kl. "
                                              "8-17)")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: I en tidligere udgave stod der en "
                                                "forkert dato for åbningen.")),
        ),
    )


# --- a Greek retail trade site ------------------------------------------------------------

LS_REDESIGN = dt.date(2017, 9, 9)  # relaunched on the opening day of the 2017 Thessaloniki fair
LS_NEWSLETTER = dt.date(2019, 5, 6)


def _ls_dated(day: dt.date) -> str:
    if day < LS_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{MERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year}, {{time}}"


def turnover(y: int, m: int) -> float:
    """Made-up yearly change (%) of Greek retail volume in month `m` of `y`."""
    base = {2014: 0.5, 2015: -1.5, 2016: -0.8, 2017: 1.2, 2018: 1.6, 2019: 1.9,
            2020: -1.0}[y]
    if y == 2020 and m in (3, 4, 5, 11, 12):
        base = {3: -9.5, 4: -21.0, 5: -12.5, 11: -10.5, 12: -6.0}[m]
    return base + 1.6 * noise(dt.date(y, m, 1), "turnover")


def _ls_tziros(day: dt.date) -> str:
    """The retail volume line, out on the 28th for the month before last."""
    months = day.year * 12 + day.month - 1 - (2 if day.day >= 28 else 3)
    y, m = divmod(months, 12)
    change = signed_comma(turnover(y, m + 1))
    return f"Όγκος λιανικών πωλήσεων {MINAS[m]} {y}: {change}% σε ετήσια βάση"


@cache
def _ls_banner() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε τη Λιανική Σήμερα στο Facebook και στο LinkedIn"),
                  (LS_NEWSLETTER.isoformat(), "📩 Κάθε πρωί στις 7: τα νέα της αγοράς στο "
                                              "email σας, δωρεάν"))
    covid = [_span("2020-03-14", "2020-05-10", "Κορονοϊός: ποια καταστήματα μένουν ανοιχτά "
                                               "και με ποιο ωράριο"),
             _span("2020-11-07", "2020-12-13", "Lockdown: πώς λειτουργεί το click away στη "
                                               "λιανική")]
    capital = [_span("2015-06-29", "2015-07-31", "Capital controls: τι ισχύει για τις αγορές "
                                                 "με κάρτα στα καταστήματα")]
    sales: list[Event] = []
    for y in YEARS:
        winter, summer = nth_weekday(y, 1, 0, 2), nth_weekday(y, 7, 0, 2)
        sales += [
            (winter - 3 * ONE, winter + 7 * ONE, f"Χειμερινές εκπτώσεις {y}: από τη Δευτέρα "
                                                 f"{winter.day} Ιανουαρίου, ανοιχτά τα "
                                                 f"καταστήματα την Κυριακή "
                                                 f"{(winter + 6 * ONE).day} Ιανουαρίου"),
            (summer - 3 * ONE, summer + 7 * ONE, f"Θερινές εκπτώσεις {y}: από τη Δευτέρα "
                                                 f"{summer.day} Ιουλίου, ανοιχτά τα "
                                                 f"καταστήματα την Κυριακή "
                                                 f"{(summer + 6 * ONE).day} Ιουλίου"),
        ]
    holidays: list[Event] = []
    for y in YEARS:
        pascha = orthodox_easter(y)
        holidays += [
            (pascha - 7 * ONE, pascha + ONE, f"Πάσχα {y}: το εορταστικό ωράριο των "
                                             f"καταστημάτων"),
            (black_friday(y) - 3 * ONE, black_friday(y) + 4 * ONE,
             f"Black Friday {y}: οι προσφορές των αλυσίδων, μία προς μία"),
            (dt.date(y, 12, 10), dt.date(y, 12, 31), f"Χριστούγεννα {y}: το εορταστικό "
                                                     f"ωράριο και οι ανοιχτές Κυριακές"),
        ]
    return _calendar(base, covid, capital, sales, holidays)


def lianiki_style() -> PublisherStyle:
    """A Greek retail trade site: a section from a pool, the numeric date turned the weekday,
    the long date and the time on the opening day of the 2017 Thessaloniki fair (a wording
    per day), "Γράφει:", the retail volume's yearly change (a wording per month, out on each
    28th for the month before last), "Διαβάστε επίσης:" and "ΔΙΑΦΗΜΙΣΗ" up to twice, a source
    from a pool, a social-media line turned a newsletter appeal and turned by the winter and
    summer sales with their open Sundays, Orthodox Easter, Black Friday, Christmas, the 2015
    capital controls and the two lockdowns, the publisher line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="lianikisimera.gr", site="Λιανική Σήμερα", base_size=130,
        subdomains=(("www.", 100),),
        sections=("supermarket", "lianiki", "e-commerce", "katanalotis", "ereunes"),
        n_authors=6, url_path="/{section}/{n}/{slug}",
        pools={
            "kathgoria": ("Σούπερ μάρκετ", "Λιανεμπόριο", "Ηλεκτρονικό εμπόριο", "Καταναλωτής",
                          "Έρευνες", "Πρόσωπα"),
            "pigh": ("ΙΕΛΚΑ", "ΕΣΕΕ", "ΣΕΣΜΕ", "ΕΛΣΤΑΤ", "Λιανική Σήμερα"),
        },
        families=(
            _f("kathgoria", HEADER, 0.5, (_OLD, "{kathgoria}")),
            _f("hmeromhnia", HEADER, 0.85, *_by_day(_ls_dated)),
            _f("syntakths", HEADER, 0.5, (_OLD, "Γράφει: {author}")),
            _f("tziros", HEADER, 0.2, *_by_day(_ls_tziros)),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}"), count=2),
            _f("diafhmish", MIDDLE, 0.3, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("pigh", MIDDLE, 0.2, (_OLD, "Πηγή: {pigh}")),
            _f("banner", FOOTER, 0.3, *_ls_banner()),
            _f("ekdoths", FOOTER, 0.3, (_OLD, "Εκδότης: Εμπορικές Εκδόσεις Αιγαίου Α.Ε., "
                                              "Λεωφόρος Συγγρού 120, 117 41 Αθήνα")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Λιανική Σήμερα. Απαγορεύεται η "
                                                "αναδημοσίευση χωρίς την άδεια του "
                                                "εκδότη.")),
            _f("diorthwsh", HEADER, 0.04, (_OLD, "Διόρθωση: σε προηγούμενη εκδοχή του άρθρου "
                                                 "αναφερόταν λάθος αριθμός καταστημάτων.")),
        ),
    )


# --- an Israeli supermarket chain's news pages (in Hebrew) --------------------------------

ST_REDESIGN = dt.date(2018, 9, 2)
ST_APP = dt.date(2019, 6, 2)
ST_SAKIT = dt.date(2017, 1, 1)  # the carrier-bag law: 10 agorot a bag in large chains
MAAM = (("2013-06-02", "18%"), ("2015-10-01", "17%"))
# 1 Tishrei (Rosh Hashanah) and 15 Nisan (the first day of Pesach) with the Hebrew year they
# fall in, as the chain prints it.
ROSH_HASHANAH = {2015: ("2015-09-14", 'תשע"ו'), 2016: ("2016-10-03", 'תשע"ז'),
                 2017: ("2017-09-21", 'תשע"ח'), 2018: ("2018-09-10", 'תשע"ט'),
                 2019: ("2019-09-30", 'תש"ף'), 2020: ("2020-09-19", 'תשפ"א')}
PESACH = {2015: ("2015-04-04", 'תשע"ה'), 2016: ("2016-04-23", 'תשע"ו'),
          2017: ("2017-04-11", 'תשע"ז'), 2018: ("2018-03-31", 'תשע"ח'),
          2019: ("2019-04-20", 'תשע"ט'), 2020: ("2020-04-09", 'תש"ף')}


def _st_taarich(day: dt.date) -> str:
    if day < ST_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{YAMIM[day.weekday()]}, {day.day} {CHODASHIM[day.month - 1]} {day.year}"


def _st_mivtza(day: dt.date) -> str:
    first = week_start(day, 6)
    last = first + 5 * ONE
    return (f"המבצעים בתוקף מ-{first.day}.{first.month} עד {last.day}.{last.month}."
            f"{last.year % 100:02d} או עד גמר המלאי")


@cache
def _st_chag() -> Wordings:
    base = _steps((_OLD, "סניפי הרשת סגורים בשבת ובחגי ישראל"))
    corona = [_span("2020-03-15", "2020-05-31", "שומרים על מרחק של 2 מטרים ועוטים מסכה בכל "
                                                "הסניפים")]
    chagim: list[Event] = []
    for y in YEARS:
        rh, rh_year = ROSH_HASHANAH[y]
        pesach, pesach_year = PESACH[y]
        chagim += [
            (iso_day(pesach, -10), iso_day(pesach, 1), f"ערב פסח {pesach_year}: הסניפים "
                                                       f"פתוחים עד 14:00. חג כשר ושמח!"),
            (iso_day(rh, -7), iso_day(rh, 2), f"ערב ראש השנה {rh_year}: הסניפים פתוחים עד "
                                              f"14:00. שנה טובה!"),
            (iso_day(rh, 6), iso_day(rh, 10), "ערב יום הכיפורים: הסניפים נסגרים ב-13:00. "
                                              "גמר חתימה טובה"),
            (iso_day(rh, 12), iso_day(rh, 15), "ערב סוכות: פתוחים עד 14:00. חג שמח!"),
        ]
    return _calendar(base, corona, chagim)


def saltari_style() -> PublisherStyle:
    """An Israeli supermarket chain's news pages, in Hebrew: a category from a pool, the
    numeric date turned the weekday and the long date on 2 September 2018 (a wording per
    day), the week's deals from Sunday to Friday "or while stocks last" (a wording per
    week), "עד גמר המלאי", a new-branch line from a pool, a kashrut line, VAT (cut from 18%
    to 17% in October 2015), the carrier-bag line turned by the bag law of 2017, a
    loyalty-club appeal reworded for the app, a closed-on-Shabbat line turned by the eves of
    Pesach, Rosh Hashanah, Yom Kippur and Sukkot with the Hebrew years and by the 2020
    distancing, the spokesperson's line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="saltari.co.il", site="סל טרי", base_size=110,
        subdomains=(("www.", 100),),
        sections=("mivtzaim", "hadashot", "snifim", "kehila"),
        n_authors=3, url_path="/news/{section}/{n}",
        pools={
            "kategoria": ("מבצעים", "חדשות הרשת", "סניפים חדשים", "קהילה", "מתכונים"),
            "snif": ("באר שבע, שדרות רגר", "חיפה, מרכז חורב", "ראשון לציון מערב",
                     "מודיעין, מרכז העיר", "פתח תקווה, סגולה"),
        },
        families=(
            _f("kategoria", HEADER, 0.45, (_OLD, "{kategoria}")),
            _f("taarich", HEADER, 0.85, *_by_day(_st_taarich)),
            _f("mivtza", HEADER, 0.3, *_by_day(_st_mivtza)),
            _f("melai", MIDDLE, 0.2, (_OLD, "עד גמר המלאי")),
            _f("snif", MIDDLE, 0.2, (_OLD, "סניף חדש: {snif}")),
            _f("kashrut", MIDDLE, 0.1, (_OLD, "כל מוצרי המבצע בהשגחת הרבנות המקומית")),
            _f("maam", FOOTER, 0.2, *amounts(MAAM, lambda v: f'המחירים כוללים מע"מ {v}')),
            _f("sakit", FOOTER, 0.15, (_OLD, "הביאו שקית רב-פעמית ושמרו על הסביבה"),
               (ST_SAKIT.isoformat(), "בהתאם לחוק, כל שקית בקופה עולה 10 אגורות")),
            _f("moadon", FOOTER, 0.3,
               (_OLD, "הצטרפו למועדון הלקוחות של סל טרי וקבלו 5% הנחה על כל קנייה"),
               (ST_APP.isoformat(), "📱 הורידו את אפליקציית סל טרי: קופונים אישיים לחברי "
                                    "המועדון בכל שבוע")),
            _f("chag", FOOTER, 0.3, *_st_chag()),
            _f("dover", FOOTER, 0.4, (_OLD, "לפרטים נוספים: דוברות סל טרי, 03-5550143")),
            _f("zchuyot", FOOTER, 0.35, (_OLD, 'כל הזכויות שמורות לסל טרי רשתות שיווק בע"מ '
                                               '© {year}')),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: בגרסה קודמת של הידיעה נפלה טעות בשעות "
                                             "הפתיחה.")),
        ),
    )


# --- a Spanish shopping centre's news page ------------------------------------------------

LA_REDESIGN = dt.date(2018, 4, 2)
LA_PARKING = (("2012-03-01", "2 horas gratis"),
              ("2017-01-02", "3 horas gratis con tu ticket de compra"),
              ("2019-09-02", "3 horas gratis con tu ticket; desde la cuarta, 1,20 € la hora"))


def _la_fecha(day: dt.date) -> str:
    if day < LA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publicado el {DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de {day.year}"


def open_sundays(y: int) -> list[dt.date]:
    """The Sundays a Spanish centre opens: the first one of the winter sales and those of
    December before Christmas Eve."""
    first = dt.date(y, 1, 7) + dt.timedelta(days=(6 - dt.date(y, 1, 7).weekday()) % 7)
    december = [dt.date(y, 12, d) for d in range(1, 24) if dt.date(y, 12, d).weekday() == 6]
    return [first, *december]


@cache
def _la_horario() -> Wordings:
    base = _steps((_OLD, "Horario: tiendas de lunes a sábado de 10:00 a 22:00. Restauración y "
                         "cines, hasta la 1:00."))
    alarma = [_span("2020-03-14", "2020-06-07", "Estado de alarma: solo abren alimentación, "
                                                "farmacia y servicios esenciales")]
    fiestas: list[Event] = []
    for y in range(2015, 2021):
        fiestas += [(sunday - 3 * ONE, sunday + ONE, f"Este domingo, {sunday.day} de "
                                                     f"{MESES[sunday.month - 1]}, abrimos de "
                                                     f"11:00 a 21:00")
                    for sunday in open_sundays(y)]
        fiestas.append((dt.date(y, 12, 24), dt.date(y + 1, 1, 2),
                        "24 y 31 de diciembre, hasta las 18:00. Cerrado el 25 de diciembre y "
                        "el 1 de enero"))
    aforo = [_span("2020-06-08", "2020-12-31", "Aforo limitado y mascarilla obligatoria en "
                                               "todo el centro")]
    return _calendar(base, alarma, fiestas, aforo)


@cache
def _la_campana() -> Wordings:
    base = _steps((_OLD, "Síguenos en Instagram y entérate antes que nadie"),
                  (LA_REDESIGN.isoformat(), "Descarga la app Los Almendros y suma puntos con "
                                            "cada ticket de compra"))
    temporadas: list[Event] = []
    for y in YEARS:
        temporadas += [
            (dt.date(y, 1, 7), dt.date(y, 2, 1), f"Rebajas de invierno {y}: hasta un 50 % en "
                                                 f"más de 80 tiendas"),
            (dt.date(y, 2, 8), dt.date(y, 2, 15), "San Valentín: regalos para compartir"),
            (dt.date(y, 7, 1), dt.date(y, 8, 1), f"Rebajas de verano {y}: las mejores marcas, "
                                                 f"a mitad de precio"),
            (dt.date(y, 8, 25), dt.date(y, 9, 11), f"Vuelta al cole {y}: todo para empezar "
                                                   f"el curso"),
            (dt.date(y, 10, 26), dt.date(y, 11, 1), "Halloween: taller infantil de calabazas "
                                                    "en la plaza central"),
            (black_friday(y) - 3 * ONE, black_friday(y) + 4 * ONE,
             f"Black Friday {y}: descuentos en todas las plantas"),
            (dt.date(y, 12, 1), dt.date(y, 12, 24), f"Navidad {y}: visita a Papá Noel y el "
                                                    f"cartero real en la planta baja"),
        ]
    return _calendar(base, temporadas)


def almendros_style() -> PublisherStyle:
    """A Spanish shopping centre's news page: the numeric date turned "Publicado el" with the
    weekday and the long date on 2 April 2018 (a wording per day), a section from a pool, an
    opening-hours line turned by the centre's open Sundays (the first of the winter sales and
    December's), Christmas and New Year, the state of alarm and the capacity limits, a
    campaign line reworded for the app and turned by the winter and summer sales, Saint
    Valentine's, back to school, Halloween, Black Friday and Christmas, the shop and floor
    from pools, a prize-draw line, the parking line (changing in 2017 and 2019), a wifi line,
    the address and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="ccalmendros.es", site="Los Almendros", base_size=90,
        subdomains=(("www.", 100),),
        sections=("noticias", "eventos", "promociones", "aperturas"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "seccion": ("Noticias", "Eventos", "Promociones", "Nuevas aperturas", "Moda"),
            "tienda": ("Zara", "Mercadona", "Primark", "MediaMarkt", "Decathlon", "Druni",
                       "Cines Yelmo"),
            "planta": ("planta baja", "primera planta", "planta alta", "zona de restauración"),
        },
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_la_fecha)),
            _f("seccion", HEADER, 0.4, (_OLD, "{seccion}")),
            _f("campana", HEADER, 0.3, *_la_campana()),
            _f("tienda", MIDDLE, 0.3, (_OLD, "📍 {tienda}, {planta}")),
            _f("sorteo", MIDDLE, 0.15, (_OLD, "Bases legales del sorteo disponibles en el punto "
                                              "de información.")),
            _f("horario", FOOTER, 0.35, *_la_horario()),
            _f("parking", FOOTER, 0.25, *amounts(LA_PARKING, lambda v: f"Parking: {v}")),
            _f("wifi", FOOTER, 0.15, (_OLD, "Wifi gratuito en todo el centro")),
            _f("direccion", FOOTER, 0.35, (_OLD, "Centro Comercial Los Almendros · Avenida de "
                                                 "Andalucía, 210 · 29007 Málaga")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Los Almendros. Todos los derechos "
                                                 "reservados.")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: el taller se celebra el "
                                                     "sábado, no el domingo.")),
        ),
    )


# --- a British shopping centre's news page ------------------------------------------------

WC_REDESIGN = dt.date(2019, 3, 4)
WC_GIFT_CARD = dt.date(2017, 11, 1)
WC_BAGS = dt.date(2015, 10, 5)  # England's 5p carrier-bag charge
WC_PARKING = (("2013-04-01", "£1.00 for up to 3 hours"), ("2016-04-04", "£1.20 for up to 3 hours"),
              ("2018-04-02", "£1.50 for up to 3 hours"),
              ("2020-06-15", "free for up to 3 hours while the shops reopen"),
              ("2020-09-01", "£1.50 for up to 3 hours"))
LOCKDOWNS_ENGLAND = ((dt.date(2020, 3, 23), dt.date(2020, 6, 14)),
                     (dt.date(2020, 11, 5), dt.date(2020, 12, 1)))
SUBSTITUTE_DAYS = (dt.date(2015, 12, 28), dt.date(2016, 12, 27), dt.date(2017, 1, 2),
                   dt.date(2020, 12, 28))


def bank_holidays(y: int) -> dict[dt.date, str]:
    """England's bank holidays in `y` (Christmas and New Year's Day apart)."""
    e = easter(y)
    early_may = dt.date(2020, 5, 8) if y == 2020 else nth_weekday(y, 5, 0, 1)
    days = {e - 2 * ONE: "Good Friday", e + ONE: "Easter Monday",
            early_may: "Early May bank holiday", last_weekday(y, 5, 0): "Spring bank holiday",
            last_weekday(y, 8, 0): "Summer bank holiday"}
    days.update({day: "Bank holiday" for day in SUBSTITUTE_DAYS if day.year == y})
    return days


def _wc_today(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if any(first <= day <= last for first, last in LOCKDOWNS_ENGLAND):
        return f"Today, {when}: only essential stores are open, 9am – 5pm"
    if (day.month, day.day) == (12, 25) or day == easter(day.year):
        return f"Closed today, {when}"
    if (day.month, day.day) == (12, 26):
        return f"Open today, {when} (Boxing Day): 9am – 6pm"
    if (day.month, day.day) == (1, 1) or day in bank_holidays(day.year):
        name = bank_holidays(day.year).get(day, "New Year's Day")
        return f"Open today, {when} ({name}): 10am – 5pm"
    if (day.month, day.day) == (12, 24):
        return f"Open today, {when} (Christmas Eve): 8am – {'4pm' if day.weekday() == 6 else '5pm'}"
    if day.weekday() == 6:
        return f"Open today, {when}: 10.30am – 4.30pm"
    if day.month == 12 and day.day < 24:
        return f"Open today, {when}: 9am – 9pm"
    if day.weekday() == 3:
        return f"Open today, {when}: 9am – 8pm (late night Thursday)"
    return f"Open today, {when}: 9am – 6pm"


def whitlow_style() -> PublisherStyle:
    """A British shopping centre's news page: "Posted on" with the ordinal date turned the
    plain date on 4 March 2019 (a wording per day), today's opening hours with the day's
    date (a wording per day: Sundays, late-night Thursdays, December late nights, bank
    holidays, Christmas Eve, Boxing Day, closed on Christmas and Easter Day, the lockdowns'
    essential stores), what's on from a pool, a store and its mall from pools, the car park
    tariff (changing in 2016, 2018 and 2020), a carrier-bag line turned by England's 5p
    charge, a gift-card appeal reworded, a Shopmobility line, the address, the
    customer-services line and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="whitlowcentre.co.uk", site="The Whitlow Centre", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "whats-on", "offers", "store-news"),
        n_authors=2, url_path="/news/{slug}",
        pools={
            "event": ("the Easter trail", "the kids' summer craft club", "Santa's grotto",
                      "the vintage fair", "the half-term Lego build"),
            "store": ("Boots", "Next", "River Island", "Waterstones", "Card Factory",
                      "Costa Coffee"),
            "mall": ("the Upper Mall", "the Lower Mall", "Market Square", "the Food Court"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(
                lambda day: f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
                if day < WC_REDESIGN else f"{day.day} {MONTHS[day.month - 1]} {day.year}")),
            _f("today", HEADER, 0.3, *_daily(_wc_today)),
            _f("whats-on", MIDDLE, 0.25, (_OLD, "What's on: {event}")),
            _f("store", MIDDLE, 0.3, (_OLD, "Find {store} in {mall}")),
            _f("parking", FOOTER, 0.25, *amounts(WC_PARKING, lambda v: f"Car park: {v}")),
            _f("bags", FOOTER, 0.15,
               (_OLD, "Bring a bag: carrier bag recycling is at Entrance B."),
               (WC_BAGS.isoformat(), "Remember your bags: large stores now charge 5p for "
                                     "every new carrier bag.")),
            _f("gift-card", FOOTER, 0.2,
               (_OLD, "Whitlow Gift Cards can be spent in more than 60 stores. Buy yours at "
                      "Customer Services."),
               (WC_GIFT_CARD.isoformat(), "🎁 Give a Whitlow Gift Card: spend it in 70 stores "
                                          "and restaurants. Buy online or at Customer "
                                          "Services.")),
            _f("shopmobility", FOOTER, 0.1, (_OLD, "Shopmobility: book a scooter or a wheelchair "
                                                   "on 01632 960 416.")),
            _f("address", FOOTER, 0.4, (_OLD, "The Whitlow Centre, Market Street, Whitlow "
                                              "WH1 2QA")),
            _f("contact", FOOTER, 0.35, (_OLD, "Customer Services: 01632 960 415 · "
                                               "info@whitlowcentre.co.uk")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} The Whitlow Centre. All rights "
                                                "reserved.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the event has moved to the Market "
                                              "Square because of the weather.")),
        ),
    )


# --- a Dutch e-commerce trade site --------------------------------------------------------

WP_REDESIGN = dt.date(2019, 11, 29)  # relaunched on Black Friday 2019
WP_NIEUWSBRIEF = dt.date(2017, 5, 1)
WP_LIVE = ("2015-01-15", "2016-01-14", "2017-01-12", "2018-01-11", "2019-01-17", "2020-01-16",
           "2021-01-14")  # the trade fair's editions; the 2021 one online


def _wp_datum(day: dt.date) -> str:
    if day < WP_REDESIGN:
        return f"{day.day} {MND[day.month - 1]} {day.year}"
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}, {{time}}"


def online_spending(y: int, q: int) -> float:
    """Made-up Dutch online spending in quarter `q` of `y`, in billions of euros."""
    base = 4.3 * 1.1 ** (y - 2014) * (0.95, 0.93, 0.97, 1.2)[q - 1]
    if y == 2020 and q >= 2:
        base *= (1.35, 1.28, 1.36)[q - 2]
    return base * (1 + 0.01 * noise(dt.date(y, q, 1), "online"))


def quarter_published(y: int, q: int) -> dt.date:
    """The day quarter `q` of `y`'s online spending comes out: the 20th of the second month
    after the quarter."""
    return dt.date(y, 3 * q + 2, 20) if q < 4 else dt.date(y + 1, 2, 20)


def _wp_kwartaal(day: dt.date) -> str:
    y, q = max(((y, q) for y in range(2013, 2021) for q in range(1, 5)
                if quarter_published(y, q) <= day), key=lambda yq: quarter_published(*yq))
    now, before = online_spending(y, q), online_spending(y - 1, q)
    return (f"Online bestedingen Q{q} {y}: € {money_nl(now)} miljard "
            f"({(now / before - 1) * 100:+.0f}% op jaarbasis)")


def _wp_live(day: dt.date) -> str:
    edition = next((iso_day(d) for d in WP_LIVE if iso_day(d) >= day), iso_day(WP_LIVE[-1]))
    where = "online" if edition.year == 2021 else "Jaarbeurs Utrecht"
    return (f"Webwinkelpraat Live: donderdag {edition.day} {MAANDEN[edition.month - 1]} "
            f"{edition.year}, {where}")


@cache
def _wp_banner() -> Wordings:
    base = _steps((_OLD, "Meld je aan voor de gratis nieuwsbrief van Webwinkelpraat"),
                  (WP_NIEUWSBRIEF.isoformat(), "📬 Elke werkdag om 7.00 uur het belangrijkste "
                                               "e-commercenieuws in je mailbox"))
    corona = [_span("2020-03-16", "2020-06-30", "🦠 Coronacrisis: alles over webwinkels, "
                                                "bezorging en drukte")]
    singles = _yearly("11-11", 2, 1, lambda y: f"11.11 {y}: Singles Day wordt ook in "
                                               f"Nederland groter")
    piek = [(black_friday(y) - 7 * ONE, dt.date(y, 12, 25), f"📦 Piekseizoen {y}: ons dossier "
                                                            f"over Black Friday, Sinterklaas "
                                                            f"en kerst") for y in YEARS]
    return _calendar(base, corona, singles, piek)


def webwinkelpraat_style() -> PublisherStyle:
    """A Dutch e-commerce trade site: a section from a pool, the short date turned the
    weekday, the long date and the time on Black Friday 2019 (a wording per day), "Door",
    the quarter's online spending with its yearly change (a wording per quarter, out on the
    20th of the second month after it), "Lees ook:" and "Advertentie" up to twice, a
    newsletter appeal reworded and turned by Singles' Day, the parcel peak and the lockdown,
    the trade fair's next edition (changing the day after each), the publisher line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="webwinkelpraat.nl", site="Webwinkelpraat", base_size=55,
        subdomains=(("www.", 100),),
        sections=("logistiek", "marketplaces", "betalen", "retail", "cijfers"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={"rubriek": ("Logistiek", "Marketplaces", "Betalen", "Retail", "Cross-border",
                           "Cijfers")},
        families=(
            _f("rubriek", HEADER, 0.45, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.85, *_by_day(_wp_datum)),
            _f("auteur", HEADER, 0.5, (_OLD, "Door {author}")),
            _f("kwartaal", HEADER, 0.2, *_by_day(_wp_kwartaal)),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}")),
            _f("advertentie", MIDDLE, 0.25, (_OLD, "Advertentie"), count=2),
            _f("banner", FOOTER, 0.3, *_wp_banner()),
            _f("live", FOOTER, 0.12, *_by_day(_wp_live)),
            _f("uitgever", FOOTER, 0.3, (_OLD, "Webwinkelpraat is een uitgave van Praatmedia "
                                               "B.V., Utrecht.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Praatmedia B.V. Alle rechten "
                                                "voorbehouden.")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: in een eerdere versie stond een "
                                                 "verkeerd omzetcijfer.")),
        ),
    )


# --- a Danish shopping centre's news page -------------------------------------------------

FC_REDESIGN = dt.date(2018, 8, 13)
FC_KAMERA = dt.date(2018, 9, 3)
FC_KLUB = dt.date(2019, 2, 1)
FC_LOCKDOWNS = ((dt.date(2020, 3, 18), dt.date(2020, 5, 10)),
                (dt.date(2020, 12, 17), LAST_DAY))


def danish_holidays(y: int) -> dict[dt.date, str]:
    """The Danish public holidays a shopping centre closes on."""
    e = easter(y)
    return {e - 3 * ONE: "skærtorsdag", e - 2 * ONE: "langfredag", e: "påskedag",
            e + ONE: "2. påskedag", store_bededag(y): "store bededag",
            e + 39 * ONE: "Kristi himmelfartsdag", e + 49 * ONE: "pinsedag",
            e + 50 * ONE: "2. pinsedag", dt.date(y, 12, 25): "1. juledag",
            dt.date(y, 12, 26): "2. juledag", dt.date(y, 1, 1): "nytårsdag"}


def _fc_idag(day: dt.date) -> str:
    when = f"{UGEDAGE[day.weekday()]} den {day.day}. {MAANEDER[day.month - 1]}"
    if any(first <= day <= last for first, last in FC_LOCKDOWNS):
        return f"I dag, {when}: centret er lukket – kun dagligvarer og apotek har åbent"
    holidays = danish_holidays(day.year)
    if day in holidays:
        return f"Lukket i dag, {holidays[day]} den {day.day}. {MAANEDER[day.month - 1]}"
    if (day.month, day.day) in ((12, 24), (12, 31)):
        return f"Åbent i dag, {when}: 9-14"
    if (day.month, day.day) == (6, 5):
        return "Åbent i dag, grundlovsdag den 5. juni: 10-12"
    if day.weekday() == 6:
        if day.month == 12:
            return f"Søndagsåbent i dag, {when}: 10-16"
        return f"Lukket i dag, {when}"
    if day.weekday() == 5:
        return f"Åbent i dag, {when}: {'10-17' if day.day <= 7 else '10-15'}"
    if day.month == 12 and day.day < 24:
        return f"Åbent i dag, {when}: 10-20"
    return f"Åbent i dag, {when}: {'10-19' if day.weekday() == 4 else '10-18'}"


def fjordcentret_style() -> PublisherStyle:
    """A Danish shopping centre's news page: "Opslået den" with the numeric date turned the
    weekday and the long date on 13 August 2018 (a wording per day), today's opening hours
    with the day's date (a wording per day: long first Saturdays, December Sundays and
    evenings, closed on the holidays, the half days of Christmas Eve, New Year's Eve and
    Grundlovsdag, the lockdowns), a shop and where to find it and an event from pools, a
    parking line reworded for number-plate cameras, a club appeal reworded for the app, a
    gift-card line, the centre office's line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="fjordcentret.dk", site="Fjordcentret", base_size=40,
        subdomains=(("www.", 100),),
        sections=("nyheder", "events", "butikker"),
        n_authors=2, url_path="/nyheder/{slug}",
        pools={
            "butik": ("Matas", "Normal", "Bog & idé", "Vero Moda", "Sportmaster", "Lagkagehuset"),
            "placering": ("i stueetagen ved hovedindgangen", "på 1. sal over for rulletrappen",
                          "ved indgang Nord", "i madmarkedet"),
            "begivenhed": ("julemanden kommer lørdag kl. 11", "børnenes loppemarked",
                           "modeshow på torvet", "fastelavnsfest med tøndeslagning"),
        },
        families=(
            _f("dato", HEADER, 0.8, *_by_day(
                lambda day: f"Opslået den {day.day:02d}.{day.month:02d}.{day.year}"
                if day < FC_REDESIGN else
                f"{UGEDAGE[day.weekday()]} {day.day}. {MAANEDER[day.month - 1]} {day.year}")),
            _f("idag", HEADER, 0.35, *_daily(_fc_idag)),
            _f("butik", MIDDLE, 0.3, (_OLD, "Du finder {butik} {placering}")),
            _f("begivenhed", MIDDLE, 0.2, (_OLD, "Kom og vær med: {begivenhed}")),
            _f("parkering", FOOTER, 0.25,
               (_OLD, "Gratis parkering i 3 timer – husk P-skiven"),
               (FC_KAMERA.isoformat(), "Gratis parkering i 3 timer. Kameraer registrerer din "
                                       "nummerplade, så du skal ikke bruge P-skive.")),
            _f("klub", FOOTER, 0.25,
               (_OLD, "Tilmeld dig Fjordklubben og få centrets nyhedsbrev med tilbud"),
               (FC_KLUB.isoformat(), "Bliv medlem af Fjordklubben i appen: eksklusive tilbud og "
                                     "en gave på din fødselsdag")),
            _f("gavekort", FOOTER, 0.15, (_OLD, "Fjordcentrets gavekort kan bruges i alle "
                                                "centrets butikker og spisesteder.")),
            _f("kontakt", FOOTER, 0.4, (_OLD, "Centerkontoret · Fjordcentret · Strandvejen 40 · "
                                              "7100 Vejle · tlf. 75 55 01 40")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Fjordcentret")),
            _f("rettelse", HEADER, 0.04, (_OLD, "Rettelse: Arrangementet er flyttet til "
                                                "lørdag.")),
        ),
    )


# --- a Greek supermarket chain's press room -----------------------------------------------

EM_REDESIGN = dt.date(2019, 1, 7)
EM_APP = dt.date(2018, 3, 5)
EM_LEAFLET_START = dt.date(2014, 12, 29)  # a Monday: leaflets run two weeks from it
FPA = (("2010-07-01", "23%"), ("2016-06-01", "24%"))
EM_KATASTIMATA = (("2015-01-01", "40"), ("2016-01-01", "41"),
                  ("2017-01-01", "44"), ("2018-01-01", "47"), ("2019-01-01", "51"),
                  ("2020-01-01", "54"))


def _em_dated(day: dt.date) -> str:
    if day < EM_REDESIGN:
        return f"Λάρισα, {day.day:02d}.{day.month:02d}.{day.year}"
    return f"Λάρισα, {MERES[day.weekday()]} {day.day} {MINES[day.month - 1]} {day.year}"


def _em_fylladio(day: dt.date) -> str:
    first = EM_LEAFLET_START + 14 * ((day - EM_LEAFLET_START).days // 14) * ONE
    last = first + 12 * ONE  # the Saturday of the second week
    return (f"Οι προσφορές του φυλλαδίου ισχύουν από {first.day}/{first.month}/{first.year} "
            f"έως {last.day}/{last.month}/{last.year}")


@cache
def _em_wrario() -> Wordings:
    base = _steps((_OLD, "Ωράριο καταστημάτων: Δευτέρα – Παρασκευή 8:00 – 21:00, Σάββατο "
                         "8:00 – 20:00"))
    covid = [_span("2020-03-23", "2020-05-03", "Έκτακτα μέτρα: ένας πελάτης ανά 15 τ.μ. και "
                                               "ωράριο 7:00 – 20:00")]
    giortes: list[Event] = []
    for y in YEARS:
        pascha, kathara = orthodox_easter(y), clean_monday(y)
        giortes += [
            (kathara - 2 * ONE, kathara + ONE, "Καθαρά Δευτέρα: τα καταστήματα παραμένουν "
                                               "κλειστά"),
            (dt.date(y, 3, 23), dt.date(y, 3, 26), "25η Μαρτίου: κλειστά όλα τα καταστήματα"),
            (pascha - 6 * ONE, pascha + 2 * ONE, f"Μεγάλη Εβδομάδα {y}: Μεγάλη Παρασκευή "
                                                 f"13:00 – 19:00, Μεγάλο Σάββατο 8:00 – 15:00"),
            (dt.date(y, 8, 13), dt.date(y, 8, 16), "15 Αυγούστου: κλειστά όλα τα "
                                                   "καταστήματα"),
            (dt.date(y, 10, 26), dt.date(y, 10, 29), "28η Οκτωβρίου: κλειστά όλα τα "
                                                     "καταστήματα"),
            (dt.date(y, 12, 18), dt.date(y, 12, 27), f"Χριστούγεννα {y}: ανοιχτά την Κυριακή "
                                                     f"πριν από τις γιορτές, 24/12 έως τις "
                                                     f"18:00"),
        ]
    return _calendar(base, covid, giortes)


def elaionas_style() -> PublisherStyle:
    """A Greek supermarket chain's press room: "ΔΕΛΤΙΟ ΤΥΠΟΥ", the place and the numeric date
    turned the weekday and the long date on 7 January 2019 (a wording per day), the
    leaflet's two weeks from Monday to the second Saturday (a wording per fortnight), "έως
    εξαντλήσεως των αποθεμάτων", VAT (raised from 23% to 24% in June 2016), an opening-hours
    line turned by Clean Monday, 25 March, Holy Week, 15 August, 28 October, Christmas and
    the 2020 measures, a loyalty-card appeal reworded for the app, the about line with the
    number of stores (changing each January), the press office's line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="elaionas-market.gr", site="Ελαιώνας Market", base_size=30,
        subdomains=(("www.", 100),),
        sections=("deltia-typou", "prosfores", "koinonia"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("deltio", HEADER, 0.6, (_OLD, "ΔΕΛΤΙΟ ΤΥΠΟΥ")),
            _f("hmeromhnia", HEADER, 0.8, *_by_day(_em_dated)),
            _f("fylladio", HEADER, 0.3, *_by_day(_em_fylladio)),
            _f("exanthlhsh", MIDDLE, 0.25, (_OLD, "Έως εξαντλήσεως των αποθεμάτων.")),
            _f("fpa", FOOTER, 0.2, *amounts(FPA, lambda v: f"Όλες οι τιμές περιλαμβάνουν ΦΠΑ "
                                                           f"{v}.")),
            _f("wrario", FOOTER, 0.3, *_em_wrario()),
            _f("karta", FOOTER, 0.25,
               (_OLD, "Με την κάρτα Ελαιώνας Market Plus κερδίζετε πόντους σε κάθε αγορά"),
               (EM_APP.isoformat(), "📱 Κατεβάστε την εφαρμογή: η κάρτα πόντων στο κινητό σας "
                                    "και κουπόνια κάθε εβδομάδα")),
            _f("sxetika", FOOTER, 0.35, *amounts(EM_KATASTIMATA, lambda v: (
                f"Η Ελαιώνας Market λειτουργεί {v} καταστήματα σε Θεσσαλία και Στερεά "
                f"Ελλάδα."))),
            _f("grafeio", FOOTER, 0.35, (_OLD, "Πληροφορίες: Γραφείο Τύπου, τηλ. 2410 555 120, "
                                               "press@elaionas-market.gr")),
            _f("copyright", FOOTER, 0.25, (_OLD, "© {year} Ελαιώνας Market Α.Ε.")),
            _f("diorthwsh", HEADER, 0.04, (_OLD, "Διόρθωση: η προσφορά ισχύει μόνο στα "
                                                 "καταστήματα της Λάρισας.")),
        ),
    )


def heldout167_styles() -> list[PublisherStyle]:
    """The held-back-167 styles, in the order the generator hands them to publishers."""
    return [
        tillroll_style(), thriftwise_style(), versmarkt_style(), chollazos_style(),
        kvikmarked_style(), lianiki_style(), saltari_style(), almendros_style(),
        whitlow_style(), webwinkelpraat_style(), fjordcentret_style(), elaionas_style(),
    ]
