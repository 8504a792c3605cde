"""The ``held-back-220`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
drink-responsibly line or an advertisement marker. The publishers are wine, beer, coffee and
tea trade magazines and producers' blogs in English, French, Spanish, Georgian, Japanese and
Amharic: a British wine trade magazine, a French wine trade magazine, an American craft-beer
trade news site, a Colombian coffee growers' magazine (in Spanish), a Japanese tea trade
newsletter, an Ethiopian coffee news site (in Amharic, dated by the Ethiopian calendar), a
Georgian wine news site, a Japanese craft-beer magazine, a Champagne grower's blog, a
Darjeeling tea garden's blog, a Rioja winery's blog and a Yorkshire microbrewery's blog. The
families are the kinds a crawl of such sites holds: dates localised day by day in English
(British ordinals, AP-style American abbreviations), French, Spanish, Georgian, Japanese
(the Heisei era turned Reiwa on 1 May 2019) and Amharic (Ethiopian-calendar dates with the
Gregorian day beside them later), several changing form on the day of a redesign; lines that
turn every day (the Colombian internal coffee price on each business day, the tea market's
day), every week (the New York "C" contract at Friday's close) and every month (a fine-wine
index); vintage and harvest lines (tasting-note credits with scores and drinking windows,
vintage and grape pools, harvest yields and grape prices by year, Darjeeling's flushes and
the 2017 hill strike); drink-responsibly and age notices (France's Loi Évin line, Japan's
twenty-and-over and pregnancy lines, Britain's drinkaware line reworded for the 2016 unit
guidelines, Georgian and Spanish ones); price and tax lines by year (British wine and beer
duty, American small-brewer excise tax, Japanese beer tax and consumption tax, Bordeaux bulk
prices, Champagne cellar-door prices, tea auction and market averages, coffee production and
Ethiopian coffee exports by fiscal year, Georgian wine exports); fair and festival calendars
some notices follow (ProWein, the London Wine Fair, Vinexpo, Bordeaux en primeur week, the
Beaujolais nouveau and the Hospices de Beaune sale, the Craft Brewers Conference and the
Great American Beer Festival, Colombia's coffee fair and International Coffee Day, the
eighty-eighth night and the first tea auction, Enkutatash, Meskel, Genna, Timket and Fasika,
the New Wine Festival and the rtveli, Golden Week beer festivals, the Champagne harvest, Holy
Week and San Mateo, the Great British Beer Festival, Christmas, the 2020 lockdowns);
related links and advertisement markers mid-body (some up to two times), multi-line blocks
(publisher lines, copyright and address blocks, the Japanese alcohol notices), bare lines and
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
    jdn,
    nth_weekday,
    ordinal,
    orthodox_easter,
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
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
TVEEBI = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო",
          "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი")
DGHEEBI = ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა")
YOUBI = "月火水木金土日"
WERAT = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ",
         "ሐምሌ", "ነሐሴ", "ጳጉሜን")
QENAT = ("ሰኞ", "ማክሰኞ", "ረቡዕ", "ሐሙስ", "ዓርብ", "ቅዳሜ", "እሑድ")

# --- helpers of this set ------------------------------------------------------------------

# The Julian day number of Meskerem 1 of the year before the Amete Mihret year 1: counting
# four-year cycles from it gives the Ethiopian year itself, its leap day (Pagume 6) ending
# the years that leave 3 when divided by 4.
ETHIOPIAN_EPOCH = 1723856
REIWA = dt.date(2019, 5, 1)  # the Heisei era ended on 30 April 2019


def ethiopian(day: dt.date) -> tuple[int, int, int]:
    """`day` in the Ethiopian calendar: (year, month from 1 (13 is Pagume), day)."""
    k = jdn(day) - ETHIOPIAN_EPOCH
    r = k % 1461
    n = r % 365 + 365 * (r // 1460)
    return 4 * (k // 1461) + r // 365 - r // 1460, n // 30 + 1, n % 30 + 1


def ethiopian_day(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of an Ethiopian date (searched from 2 September of its year)."""
    guess = dt.date(year + 7, 9, 2)
    while ethiopian(guess) != (year, month, day):
        guess += ONE
        if guess.year > year + 9:
            raise ValueError((year, month, day))
    return guess


def enkutatash(y: int) -> dt.date:
    """Ethiopian New Year (Meskerem 1) in Gregorian year `y`."""
    return ethiopian_day(y - 7, 1, 1)


def meskel(y: int) -> dt.date:
    """The Finding of the True Cross (Meskerem 17) in Gregorian year `y`."""
    return ethiopian_day(y - 7, 1, 17)


def timket(y: int) -> dt.date:
    """Ethiopian Epiphany (Tir 11) in Gregorian year `y`."""
    return ethiopian_day(y - 8, 5, 11)


def wareki(day: dt.date) -> str:
    """The Japanese era year of `day`: 平成27年 ... 平成31年, 令和元年, 令和2年."""
    era, n = ("令和", day.year - 2018) if day >= REIWA else ("平成", day.year - 1988)
    return f"{era}{'元' if n == 1 else n}年"


def hachijuhachiya(y: int) -> dt.date:
    """The eighty-eighth night counted from Risshun (4 February in 2015-2020, day one)."""
    return dt.date(y, 2, 4) + 87 * ONE


def beaujolais_nouveau(y: int) -> dt.date:
    """The third Thursday of November."""
    return nth_weekday(y, 11, 3, 3)


def hospices_de_beaune(y: int) -> dt.date:
    """The wine auction of the Hospices de Beaune: the third Sunday of November."""
    return nth_weekday(y, 11, 6, 3)


@cache
def wobble(key: str, day: dt.date) -> float:
    """A made-up number from -1 to 1, fixed for `key` and `day`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little") / 2**64 * 2 - 1


def along(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn straight between `points` ((ISO day, value), ...)."""
    days = [iso_day(p).toordinal() for p, _ in points]
    x = min(max(day.toordinal(), days[0]), days[-1])
    i = max(bisect_right(days, x) - 1, 0)
    if i == len(days) - 1:
        return points[-1][1]
    share = (x - days[i]) / (days[i + 1] - days[i])
    return points[i][1] + share * (points[i + 1][1] - points[i][1])


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) that holds on `day`."""
    held = [value for start, value in table if start <= day.isoformat()]
    return held[-1] if held else table[0][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line that changes on the days of `table`: the value that holds on the set's first
    day from the oldest day, then each later value from its own day."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    return tuple(out + [(start, text(value)) for start, value in table
                        if start > FIRST_DAY.isoformat()])


def last_business_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend: the day a weekday price was set."""
    return day - dt.timedelta(days=max(day.weekday() - 4, 0))


def friday_close(day: dt.date) -> dt.date:
    """The last Friday before `day` (the week's close a weekly market line reports; a Friday
    itself reports the week before, the close not being in yet)."""
    return day - dt.timedelta(days=(day.weekday() - 4) % 7 or 7)


def fair_spans(fairs: tuple[tuple[str, str, str], ...], before: int,
               text: Callable[[str], str]) -> list[Event]:
    """A notice from `before` days before each fair (first, last, name) to its last day."""
    return [(iso_day(first, -before), iso_day(last, 1), text(name))
            for first, last, name in fairs]


def thousands(n: int, sep: str) -> str:
    """`n` with `sep` between groups of three digits."""
    return f"{n:,}".replace(",", sep)


# --- a British wine trade magazine --------------------------------------------------------

VL_REDESIGN = dt.date(2018, 5, 21)  # relaunched on the opening day of the London Wine Fair
VL_BULLETIN = dt.date(2017, 9, 4)
VL_PRO = dt.date(2019, 2, 1)
UK_UNITS = dt.date(2016, 1, 8)  # the Chief Medical Officers' 14-unit guideline
WINE_DUTY = (("2014-03-24", "£2.05"), ("2017-03-13", "£2.16"), ("2019-02-01", "£2.23"))
WINE_FAIRS = (
    ("2015-03-15", "2015-03-17", "ProWein 2015"), ("2015-05-18", "2015-05-20",
                                                   "London Wine Fair 2015"),
    ("2015-06-14", "2015-06-18", "Vinexpo Bordeaux 2015"),
    ("2016-03-13", "2016-03-15", "ProWein 2016"), ("2016-05-16", "2016-05-18",
                                                   "London Wine Fair 2016"),
    ("2017-03-19", "2017-03-21", "ProWein 2017"), ("2017-05-22", "2017-05-24",
                                                   "London Wine Fair 2017"),
    ("2017-06-18", "2017-06-21", "Vinexpo Bordeaux 2017"),
    ("2018-03-18", "2018-03-20", "ProWein 2018"), ("2018-05-21", "2018-05-23",
                                                   "London Wine Fair 2018"),
    ("2019-03-17", "2019-03-19", "ProWein 2019"), ("2019-05-13", "2019-05-16",
                                                   "Vinexpo Bordeaux 2019"),
    ("2019-05-20", "2019-05-22", "London Wine Fair 2019"),
)
EN_PRIMEUR = {2015: ("2015-03-30", "2015-04-02"), 2016: ("2016-04-04", "2016-04-07"),
              2017: ("2017-04-03", "2017-04-06"), 2018: ("2018-04-09", "2018-04-12"),
              2019: ("2019-04-01", "2019-04-04")}
FINE_WINE = (("2014-11-01", 262.0), ("2015-06-01", 258.0), ("2016-01-01", 266.0),
             ("2016-12-01", 296.0), ("2017-12-01", 314.0), ("2018-09-01", 322.0),
             ("2019-06-01", 318.0), ("2019-12-01", 309.0), ("2020-06-01", 306.0),
             ("2021-01-10", 318.0))


def _vl_dated(day: dt.date) -> str:
    if day < VL_REDESIGN:
        return f"{WEEKDAYS[day.weekday()]} {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} | {{read_min}} min read"


def fine_wine_index(y: int, m: int) -> float:
    """A made-up fine-wine index at the end of month `m` of year `y`."""
    end = dt.date(y + m // 12, m % 12 + 1, 1) - ONE
    return along(end, FINE_WINE) * (1 + 0.006 * wobble("ledger100", end))


def _vl_index(day: dt.date) -> str:
    """The index for the last month, published on the 5th."""
    back = 1 if day.day >= 5 else 2
    y, m = divmod(day.year * 12 + day.month - 1 - back, 12)
    m += 1
    py, pm = divmod(y * 12 + m - 2, 12)
    now, before = fine_wine_index(y, m), fine_wine_index(py, pm + 1)
    return (f"Ledger 100 fine-wine index, {MONTHS[m - 1]} {y}: {now:.1f} "
            f"({(now / before - 1) * 100:+.1f}% on the month)")


@cache
def _vl_notice() -> Wordings:
    base = _steps((_OLD, "Sign up to the Ledger Bulletin, free every weekday"),
                  (VL_BULLETIN.isoformat(), "📬 The Ledger Bulletin: the wine trade's news by "
                                            "8am, free to your inbox"))
    fairs = fair_spans(WINE_FAIRS, 3, lambda name: f"🍷 {name}: our reports and tastings from "
                                                   f"the halls, every day")
    primeurs = [(iso_day(first, -4), iso_day(last, 1), f"Bordeaux {y - 1} en primeur: every "
                                                       f"score from the week's tastings")
                for y, (first, last) in EN_PRIMEUR.items()]
    lockdown = [_span("2020-03-23", "2020-07-03", "🦠 Lockdown: which merchants are still "
                                                  "delivering, region by region")]
    christmas = _yearly("12-12", 11, 12, lambda y: f"🎄 Christmas {y}: our critics' picks at "
                                                   f"every price")
    return _calendar(base, lockdown, primeurs, fairs, christmas)


def vintageledger_style() -> PublisherStyle:
    """A British wine trade magazine: a kicker from a pool, the weekday with the British
    ordinal date turned the plain date and the reading time on the London Wine Fair's
    opening day in 2018 (a wording per day), "By" turned "Words:" with the writer's beat, a
    Ledger Pro marker reworded, last month's fine-wine index (a wording per month, published
    each 5th), tasting-note credits with a score and drinking window from pools (up to
    twice), a price line with a merchant from a pool, "Related:" and "Advertisement" up to
    twice, the duty on a bottle of still wine (changing in 2017 and 2019), a bulletin appeal
    reworded and turned by ProWein, the London Wine Fair, Vinexpo, en primeur week,
    Christmas and the lockdown, a drinkaware line reworded for the 2016 unit guidelines,
    the publisher line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="vintageledger.co.uk", site="The Vintage Ledger", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "tasting", "en-primeur", "retail", "on-trade", "spirits"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("NEWS", "TASTING", "EN PRIMEUR", "RETAIL", "ON-TRADE", "OPINION",
                       "SPIRITS"),
            "beat": ("Deputy Editor", "Buying Editor", "Bordeaux Correspondent",
                     "Retail Reporter", "Contributing Editor", "On-Trade Editor"),
            "score": ("93", "91", "95", "89", "94", "92", "97", "90"),
            "window": ("2022-2035", "now-2026", "2025-2045", "now-2030", "2020-2028"),
            "price": ("£14.99", "£22.50", "£38", "£9.49", "£65", "£120 a case in bond"),
            "merchant": ("Corkhill & Daughters", "the Wine Society", "Majestic", "Berry Bros",
                         "independent merchants"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_vl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (VL_REDESIGN.isoformat(), "Words: {author}, {author_beat}")),
            _f("pro", HEADER, 0.12, (_OLD, "This article is for Ledger Pro subscribers"),
               (VL_PRO.isoformat(), "🔒 Ledger Pro · Subscriber-only analysis")),
            _f("index", HEADER, 0.15, *_by_day(_vl_index)),
            _f("tasting-note", MIDDLE, 0.3, (_OLD, "Tasted by {author2} · {score}/100 · Drink "
                                                   "{window}"), count=2),
            _f("price", MIDDLE, 0.2, (_OLD, "Price: {price}, from {merchant}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("duty", FOOTER, 0.15, *from_table(WINE_DUTY, lambda v: (
                f"UK duty on a 75cl bottle of still wine now stands at {v}, before VAT."))),
            _f("notice", FOOTER, 0.3, *_vl_notice()),
            _f("drinkaware", FOOTER, 0.35,
               (_OLD, "Please enjoy wine responsibly. For the facts about alcohol, visit "
                      "drinkaware.co.uk"),
               (UK_UNITS.isoformat(), "The UK Chief Medical Officers advise drinking no more "
                                      "than 14 units a week. For the facts: drinkaware.co.uk")),
            _f("publisher", FOOTER, 0.3, (_OLD, "The Vintage Ledger is published by Ledger "
                                                "Drinks Media Ltd, 3 Vintners' Court, London "
                                                "EC4R 2QT.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Ledger Drinks Media Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong vintage for the "
                                                  "top-scoring wine.")),
        ),
    )


# --- a French wine trade magazine ---------------------------------------------------------

RC_REDESIGN = dt.date(2018, 11, 18)  # relaunched on the day of the Hospices de Beaune sale
RC_LETTRE = dt.date(2019, 1, 7)
# Made-up average bulk prices of red Bordeaux AOC, by campaign (from each 1 August).
VRAC = (("2014-08-01", "2014-2015 : 1 150 €"), ("2015-08-01", "2015-2016 : 1 250 €"),
        ("2016-08-01", "2016-2017 : 1 350 €"), ("2017-08-01", "2017-2018 : 1 500 €"),
        ("2018-08-01", "2018-2019 : 1 300 €"), ("2019-08-01", "2019-2020 : 1 050 €"),
        ("2020-08-01", "2020-2021 : 920 €"))
CONFINEMENTS = (("2020-03-17", "2020-05-10"), ("2020-10-30", "2020-12-14"))


def _rc_dated(day: dt.date) -> str:
    if day < RC_REDESIGN:
        return f"Le {day.day} {MOIS[day.month - 1]} {day.year}"
    return (f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year} "
            f"– {{time}}")


@cache
def _rc_lettre() -> Wordings:
    base = _steps((_OLD, "Recevez chaque lundi notre lettre d'information"),
                  (RC_LETTRE.isoformat(), "🍇 La lettre du vin, chaque matin à 7 h : "
                                          "inscrivez-vous gratuitement"))
    confinement = [_span(first, last, "Confinement : les cavistes peuvent rester ouverts, "
                                      "notre carte des livraisons")
                   for first, last in CONFINEMENTS]
    beaujolais = _movable(beaujolais_nouveau, 2, 1, lambda y: (
        f"Beaujolais nouveau {y} : c'est le jeudi {beaujolais_nouveau(y).day} novembre"))
    hospices = _movable(hospices_de_beaune, 1, 0, lambda y: (
        f"Vente des vins des Hospices de Beaune {y} : les résultats en direct"))
    salons = fair_spans(tuple(f for f in WINE_FAIRS if "London" not in f[2]), 2, lambda name: (
        f"{name.replace('ProWein', 'ProWein Düsseldorf')} : retrouvez nos comptes rendus "
        f"du salon"))
    primeurs = [(iso_day(first, -3), iso_day(last, 1), f"Primeurs {y - 1} : toutes nos notes "
                                                       f"de la semaine des dégustations")
                for y, (first, last) in EN_PRIMEUR.items()]
    return _calendar(base, confinement, hospices, beaujolais, primeurs, salons)


def revuedeschais_style() -> PublisherStyle:
    """A French wine trade magazine: a section from a pool, "Le" and the long date turned the
    weekday, the long date and the time on the day of the 2018 Hospices de Beaune sale (a
    wording per day), "Par" turned the writer with the photo credit, a subscriber marker,
    tasting-note credits with a mark out of 20 and the appellation from pools (up to twice),
    "Lire aussi –" and "Publicité" (up to twice) mid-body, the campaign's bulk price of red
    Bordeaux (changing each 1 August), a newsletter line reworded and turned by the
    Beaujolais nouveau, the Hospices de Beaune sale (with its edition), en primeur week,
    ProWein and Vinexpo and the two lockdowns, the Loi Évin line and the sale-to-minors line
    (a block with the copyright line), a rare erratum."""
    return PublisherStyle(
        domain="revuedeschais.fr", site="La Revue des Chais", base_size=220,
        subdomains=(("www.", 100),),
        sections=("vignoble", "negoce", "degustation", "primeurs", "export"),
        n_authors=9, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrique": ("Vignoble", "Négoce", "Dégustation", "Primeurs", "Export",
                         "Viticulture"),
            "photo": ("Revue des Chais", "CIVB", "BIVB", "Interloire", "DR"),
            "note": ("16/20", "17/20", "15,5/20", "17,5/20", "18/20", "16,5/20"),
            "appellation": ("Pomerol", "Chablis premier cru", "Saint-Joseph", "Sancerre",
                            "Cahors", "Pessac-Léognan", "Morgon"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.88, *_by_day(_rc_dated)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}"),
               (RC_REDESIGN.isoformat(), "Par {author} | Photo : {photo}")),
            _f("abonnes", HEADER, 0.12, (_OLD, "Réservé aux abonnés")),
            _f("degustation", MIDDLE, 0.3, (_OLD, "Dégusté par {author2} – {note} – "
                                                  "{appellation}"), count=2),
            _f("lire", MIDDLE, 0.35, (_OLD, "Lire aussi – {other_title}")),
            _f("pub", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("vrac", FOOTER, 0.15, *from_table(VRAC, lambda v: (
                f"Cours moyen du vrac, bordeaux rouge AOC, campagne {v} le tonneau"))),
            _f("lettre", FOOTER, 0.3, *_rc_lettre()),
            _f("loi-evin", FOOTER, 0.5, (_OLD, "L'abus d'alcool est dangereux pour la santé, à "
                                               "consommer avec modération.")),
            _f("mineurs", FOOTER, 0.2, (_OLD, "La vente d'alcool aux mineurs de moins de 18 ans "
                                              "est interdite.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} La Revue des Chais – Éditions du "
                                                "Tonneau SAS. Tous droits réservés.")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une erreur s'était glissée dans le "
                                               "prix de la bouteille, corrigé depuis.")),
        ),
    )


# --- an American craft-beer trade news site ---------------------------------------------

BB_REDESIGN = dt.date(2017, 4, 10)  # relaunched on the opening day of CBC 2017
BB_DAILY = dt.date(2019, 6, 3)
BB_STORY_BY = dt.date(2016, 1, 4)
SMALL_BREWER_FET = (("2000-01-01", "$7 a barrel on the first 60,000 barrels"),
                    ("2018-01-01", "$3.50 a barrel on the first 60,000 barrels"),
                    ("2020-12-27", "$3.50 a barrel on the first 60,000 barrels, now "
                                   "permanent"))
# Made-up average prices of the US hop crop, published each 15 December.
HOP_PRICES = {2014: "4.01", 2015: "4.73", 2016: "5.49", 2017: "5.54", 2018: "5.63",
              2019: "5.68", 2020: "5.79"}
CBC = (("2015-04-14", "2015-04-17", "CBC 2015 in Portland"),
       ("2016-05-03", "2016-05-06", "CBC 2016 in Philadelphia"),
       ("2017-04-10", "2017-04-13", "CBC 2017 in Washington, D.C."),
       ("2018-04-30", "2018-05-03", "CBC 2018 in Nashville"),
       ("2019-04-08", "2019-04-11", "CBC 2019 in Denver"))
GABF = (("2015-09-24", "2015-09-26", "GABF 2015"), ("2016-10-06", "2016-10-08", "GABF 2016"),
        ("2017-10-05", "2017-10-07", "GABF 2017"), ("2018-09-20", "2018-09-22", "GABF 2018"),
        ("2019-10-03", "2019-10-05", "GABF 2019"),
        ("2020-10-16", "2020-10-17", "GABF 2020, online"))


def _bb_dated(day: dt.date) -> str:
    if day < BB_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{WEEKDAYS[day.weekday()]}, {AP_MONTHS[day.month - 1]} {day.day}, {day.year} · "
            f"{{time12}} ET")


@cache
def _bb_notice() -> Wordings:
    base = _steps((_OLD, "Get the Brewers Beacon Daily in your inbox"),
                  (BB_DAILY.isoformat(), "🍺 The Beacon Daily: beer business news every "
                                         "weekday at 6 a.m. ET. Subscribe free"))
    cbc = fair_spans(CBC, 5, lambda name: f"Headed to {name}? Our show coverage starts here")
    gabf = fair_spans(GABF, 4, lambda name: f"🏅 {name}: every medal winner, category by "
                                            f"category")
    covid = [_span("2020-03-15", "2020-06-30", "COVID-19: our running list of taproom "
                                               "closures, to-go sales and layoffs"),
             _span("2020-04-06", "2020-04-10", "CBC 2020 is canceled: what the virtual "
                                               "sessions will cover")]
    return _calendar(base, covid[1:], covid[:1], cbc, gabf)


def _bb_hops(day: dt.date) -> str:
    y = day.year - 1 if day < dt.date(day.year, 12, 15) else day.year
    return f"U.S. growers averaged ${HOP_PRICES[y]} a pound for the {y} hop crop (USDA)."


def brewersbeacon_style() -> PublisherStyle:
    """An American craft-beer trade news site: a kicker from a pool, the long date turned the
    weekday, the AP-style date (Sept., Oct.) and the 12-hour Eastern time on CBC 2017's
    opening day (a wording per day), "By" reworded "Story by", a sponsor line from a pool,
    a hop bill from a pool, "RELATED:" up to twice and "ADVERTISEMENT" mid-body, the small
    brewers' federal excise tax (cut in 2018, made permanent on 27 December 2020), last
    year's average hop price (changing each 15 December), a newsletter line reworded and
    turned by each Craft Brewers Conference, each Great American Beer Festival and the 2020
    closures, "Please enjoy responsibly.", the about line and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="brewersbeacon.com", site="Brewers Beacon", base_size=195,
        subdomains=(("www.", 100),),
        sections=("breweries", "distribution", "data", "ingredients", "taprooms",
                  "legislation"),
        n_authors=7, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("Breweries", "Distribution", "Craft Beer Data", "Hops & Ingredients",
                       "Taprooms", "Legislation", "People on the Move"),
            "sponsor": ("Tank & Tap Software", "Cascade Can Co.", "Northway Maltsters",
                        "BrightLine Distributing"),
            "hops": ("Citra", "Mosaic", "Cascade", "Simcoe", "Amarillo", "Centennial",
                     "Galaxy"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dateline", HEADER, 0.85, *_by_day(_bb_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author}"),
               (BB_STORY_BY.isoformat(), "Story by {author}")),
            _f("sponsor", HEADER, 0.1, (_OLD, "Presented by {sponsor}")),
            _f("hops", MIDDLE, 0.2, (_OLD, "Hop bill: {hops_list}")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.25, (_OLD, "ADVERTISEMENT")),
            _f("excise", FOOTER, 0.15, *from_table(SMALL_BREWER_FET, lambda v: (
                f"Federal excise tax for small brewers: {v}."))),
            _f("hop-price", FOOTER, 0.12, *_by_day(_bb_hops)),
            _f("notice", FOOTER, 0.3, *_bb_notice()),
            _f("responsibly", FOOTER, 0.25, (_OLD, "Please enjoy responsibly.")),
            _f("about", FOOTER, 0.3, (_OLD, "Brewers Beacon covers the business of beer for "
                                            "brewers, distributors and retailers.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Beacon Trade Media LLC. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: An earlier version of this story "
                                                  "misstated the brewery's annual output.")),
        ),
    )


# --- a Colombian coffee growers' magazine (in Spanish) ------------------------------------

GO_REDESIGN = dt.date(2019, 10, 1)  # relaunched on International Coffee Day 2019
GO_BOLETIN = dt.date(2017, 8, 1)
# Made-up internal reference price of a 125 kg load of dry parchment coffee, in pesos.
CARGA = (("2015-01-01", 720_000.0), ("2015-08-20", 820_000.0), ("2016-02-01", 760_000.0),
         ("2016-09-01", 880_000.0), ("2017-03-01", 830_000.0), ("2017-12-01", 740_000.0),
         ("2018-06-01", 735_000.0), ("2018-10-01", 690_000.0), ("2019-05-01", 700_000.0),
         ("2019-12-15", 1_040_000.0), ("2020-03-20", 1_150_000.0), ("2020-06-01",
                                                                    1_260_000.0),
         ("2021-01-10", 1_190_000.0))
CONTRATO_C = (("2015-01-01", 168.0), ("2015-09-01", 118.0), ("2016-01-01", 122.0),
              ("2016-10-01", 165.0), ("2017-06-01", 128.0), ("2018-05-01", 118.0),
              ("2018-09-15", 98.0), ("2019-05-01", 92.0), ("2019-12-15", 135.0),
              ("2020-06-01", 98.0), ("2020-08-15", 122.0), ("2021-01-10", 125.0))
# Colombian coffee production by year (millions of 60 kg bags), announced each 5 January.
PRODUCCION = (("2014-01-05", "2013: 10,9"), ("2015-01-05", "2014: 12,1"),
              ("2016-01-05", "2015: 14,2"), ("2017-01-05", "2016: 14,2"),
              ("2018-01-05", "2017: 14,0"), ("2019-01-05", "2018: 13,6"),
              ("2020-01-05", "2019: 14,8"))
EXPO_CAFE = (("2015-10-01", "2015-10-04"), ("2016-09-28", "2016-10-01"),
             ("2017-10-04", "2017-10-07"), ("2018-10-03", "2018-10-06"),
             ("2019-10-02", "2019-10-05"), ("2020-10-21", "2020-10-24"))


def _go_dated(day: dt.date) -> str:
    if day < GO_REDESIGN:
        return f"Bogotá, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return f"{DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de {day.year} | {{time}}"


def carga_price(day: dt.date) -> int:
    """The made-up internal reference price set on business day `day`, to the thousand."""
    value = along(day, CARGA) * (1 + 0.015 * wobble("carga", day))
    return int(round(value, -3))


def _go_precio(day: dt.date) -> str:
    set_on = last_business_day(day)
    return (f"Precio interno de referencia del {DIAS[set_on.weekday()]} {set_on.day} de "
            f"{MESES[set_on.month - 1]}: $ {thousands(carga_price(set_on), '.')} por carga "
            f"de 125 kg")


def contrato_c(friday: dt.date) -> float:
    """The made-up close of the New York "C" contract on `friday`, in US cents a pound."""
    return along(friday, CONTRATO_C) * (1 + 0.025 * wobble("ice-c", friday))


def _go_bolsa(day: dt.date) -> str:
    friday = friday_close(day)
    cents = f"{contrato_c(friday):.2f}".replace(".", ",")
    return (f"Contrato C en Nueva York, cierre del viernes {friday.day} de "
            f"{MESES[friday.month - 1]}: {cents} centavos de dólar por libra")


def _go_temporada(day: dt.date) -> str:
    md = (day.month, day.day)
    if (4, 1) <= md < (7, 1):
        return f"Temporada {day.year}: mitaca en el centro y el sur del país"
    if (10, 1) <= md:
        return f"Temporada {day.year}: cosecha principal en curso"
    return f"Temporada {day.year}: entre cosechas"


@cache
def _go_boletin() -> Wordings:
    base = _steps((_OLD, "Suscríbase a nuestro boletín semanal"),
                  (GO_BOLETIN.isoformat(), "☕ Reciba cada mañana las noticias del café en su "
                                           "correo: suscríbase gratis"))
    cuarentena = [_span("2020-03-25", "2020-06-30", "Cuarentena: así siguen comprando café las "
                                                    "cooperativas")]
    dia = _yearly("10-01", 0, 0, lambda y: f"1 de octubre: Día Internacional del Café {y}")
    expo = [(iso_day(first, -5), iso_day(last, 1), f"Cafés de Colombia Expo {first[:4]}: "
                                                   f"agenda, catas y concursos")
            for first, last in EXPO_CAFE]
    return _calendar(base, cuarentena, dia, expo)


def granodeoro_style() -> PublisherStyle:
    """A Colombian coffee growers' magazine, in Spanish: a section from a pool, "Bogotá," and
    the long date turned the weekday, the long date and the time on International Coffee
    Day 2019 (a wording per day), "Por:", the internal reference price of a load of
    parchment coffee set each business day (a wording per weekday, the weekend's repeating
    Friday's), the New York "C" contract at the last Friday's close (a wording per week),
    the season (main harvest, mitaca), a cup score with variety and region from pools,
    "Lea también:", "Fuente:" and "Publicidad" (up to twice) mid-body, last year's
    production (changing each 5 January), a newsletter line reworded and turned by Coffee
    Day, the coffee fair and the quarantine, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="revistagranodeoro.com.co", site="Grano de Oro", base_size=170,
        subdomains=(("www.", 90), ("", 10)),
        sections=("caficultura", "mercados", "exportaciones", "especiales", "regiones"),
        n_authors=6, url_path="/{section}/{slug}",
        pools={
            "seccion": ("Caficultura", "Mercados", "Exportaciones", "Cafés especiales",
                        "Gremio", "Regiones"),
            "region": ("Huila", "Nariño", "Cauca", "Tolima", "Antioquia", "Quindío", "Caldas"),
            "variedad": ("Castillo", "Caturra", "Colombia", "Geisha", "Tabi", "Borbón rosado"),
            "puntaje": ("86,5", "87", "88,25", "89", "90,5", "85,75"),
            "fuente": ("Federación Nacional de Cafeteros", "Almacafé", "OIC", "USDA",
                       "Banco de la República"),
        },
        families=(
            _f("seccion", HEADER, 0.45, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_go_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Por: {author}")),
            _f("precio", HEADER, 0.3, *_by_day(_go_precio)),
            _f("bolsa", HEADER, 0.15, *_by_day(_go_bolsa)),
            _f("temporada", HEADER, 0.1, *_by_day(_go_temporada)),
            _f("puntaje", MIDDLE, 0.2, (_OLD, "Puntaje en taza: {puntaje} · Variedad: "
                                              "{variedad} · Origen: {region}")),
            _f("lea", MIDDLE, 0.35, (_OLD, "Lea también: {other_title}")),
            _f("fuente", MIDDLE, 0.2, (_OLD, "Fuente: {fuente}")),
            _f("publicidad", MIDDLE, 0.25, (_OLD, "Publicidad"), count=2),
            _f("produccion", FOOTER, 0.2, *from_table(PRODUCCION, lambda v: (
                f"Producción de café de Colombia en {v} millones de sacos de 60 kg"))),
            _f("boletin", FOOTER, 0.3, *_go_boletin()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Revista Grano de Oro. Todos los "
                                                 "derechos reservados. Prohibida su reproducción "
                                                 "total o parcial.")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en una versión anterior se "
                                                     "publicó mal el precio de la carga.")),
        ),
    )


# --- a Japanese tea trade newsletter ------------------------------------------------------

CT_SHASHIN = dt.date(2017, 4, 1)
CT_LINE = dt.date(2018, 4, 1)
TAX_10 = dt.date(2019, 10, 1)  # consumption tax 8% to 10% (food, tea leaves too, stay at 8%)
# The first trading day of the year's first flush at the prefecture's tea market (made up).
HATSU_TORIHIKI = {2015: "2015-04-20", 2016: "2016-04-14", 2017: "2017-04-24",
                  2018: "2018-04-17", 2019: "2019-04-22", 2020: "2020-04-16"}
# Made-up average prices of first-flush tea at the market, yen a kilo, by season (from 1 June).
ICHIBANCHA = (("2014-06-01", "2014年産：2,620円"), ("2015-06-01", "2015年産：2,710円"),
              ("2016-06-01", "2016年産：2,790円"), ("2017-06-01", "2017年産：2,680円"),
              ("2018-06-01", "2018年産：2,540円"), ("2019-06-01", "2019年産：2,390円"),
              ("2020-06-01", "2020年産：1,920円"))
WORLD_OCHA = (("2016-10-27", "2016-10-30"), ("2019-10-31", "2019-11-03"))


def _ct_dated(day: dt.date) -> str:
    date = f"{wareki(day)}{day.month}月{day.day}日"
    if day < REIWA:
        return f"投稿日：{date}"
    return f"投稿日：{date}（{YOUBI[day.weekday()]}）"


def _ct_chakyo(day: dt.date) -> str:
    md = (day.month, day.day)
    if day.year in HATSU_TORIHIKI and iso_day(HATSU_TORIHIKI[day.year]) <= day and md < (6, 1):
        state = "一番茶の取引"
    elif (6, 1) <= md < (7, 21):
        state = "二番茶の取引"
    elif (9, 20) <= md < (10, 31):
        state = "秋冬番茶の取引"
    else:
        state = "平常取引"
    return f"{day.month}月{day.day}日の茶況：{state}"


@cache
def _ct_oshirase() -> Wordings:
    base = _steps((_OLD, "茶草通信のメールマガジン（毎週金曜配信）の登録はこちら"),
                  (CT_LINE.isoformat(), "📱 LINE公式アカウントで新茶の情報をいち早くお届けします"))
    hachiju = _movable(hachijuhachiya, 5, 0, lambda y: (
        f"{y}年の八十八夜は{hachijuhachiya(y).month}月{hachijuhachiya(y).day}日です"))
    hatsu = [(iso_day(day, -3), iso_day(day, 1), f"{y}年産新茶の初取引は"
                                                 f"{iso_day(day).month}月{iso_day(day).day}日")
             for y, day in HATSU_TORIHIKI.items()]
    matsuri = [(iso_day(first, -10), iso_day(last, 1), f"世界お茶まつり{first[:4]}　秋の祭典")
               for first, last in WORLD_OCHA]
    corona = [_span("2020-03-01", "2020-05-31", "新型コロナウイルスの影響で、茶業関係の行事の多くが"
                                                "中止・延期となっています")]
    return _calendar(base, hatsu, hachiju, corona, matsuri)


def chagusa_style() -> PublisherStyle:
    """A Japanese tea trade newsletter: a category from a pool, the post date in the Japanese
    era (Heisei, then Reiwa from 1 May 2019, when the weekday in brackets joins it; a
    wording per day), "文：" turned "文・写真：" in 2017, the day's market state (first
    flush, second flush, autumn tea; a wording per day), a cultivar and growing area from
    pools, "関連記事：" and "広告" (up to twice) mid-body, the last season's average
    first-flush price (changing each 1 June), a consumption-tax line reworded for the
    reduced 8% rate, a mail-magazine line turned a LINE appeal and turned by the first
    trading day, the eighty-eighth night, the World O-CHA festival and the 2020
    cancellations, the publisher line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="chagusa-tsushin.jp", site="茶草通信", base_size=150,
        subdomains=(("www.", 100),),
        sections=("shincha", "chakyo", "seisansha", "ichiba", "yushutsu"),
        n_authors=4, url_path="/{section}/{yyyy}{mm}{dd}-{n}/",
        pools={
            "kategori": ("新茶情報", "茶況", "生産者", "市場", "輸出", "イベント"),
            "sanchi": ("静岡・牧之原", "静岡・川根", "鹿児島・知覧", "京都・宇治", "三重・伊勢",
                       "埼玉・狭山"),
            "hinshu": ("やぶきた", "さえみどり", "つゆひかり", "おくみどり", "べにふうき",
                       "あさつゆ"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_ct_dated)),
            _f("shippitsu", HEADER, 0.5, (_OLD, "文：{author}"),
               (CT_SHASHIN.isoformat(), "文・写真：{author}")),
            _f("chakyo", HEADER, 0.2, *_daily(_ct_chakyo)),
            _f("hinshu", MIDDLE, 0.25, (_OLD, "品種：{hinshu}／産地：{sanchi}")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}")),
            _f("kokoku", MIDDLE, 0.25, (_OLD, "広告"), count=2),
            _f("tanka", FOOTER, 0.15, *from_table(ICHIBANCHA, lambda v: (
                f"一番茶の平均単価（1kgあたり）　{v}"))),
            _f("zeikomi", FOOTER, 0.2, (_OLD, "掲載価格はすべて税込（8%）です。"),
               (TAX_10.isoformat(), "掲載価格は軽減税率（8%）適用の税込価格です。")),
            _f("oshirase", FOOTER, 0.3, *_ct_oshirase()),
            _f("hakko", FOOTER, 0.25, (_OLD, "発行：茶草通信編集部（静岡県島田市）")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} 茶草通信 All Rights Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】記事中の品種名に誤りがありました。"
                                              "お詫びして訂正いたします。")),
        ),
    )


# --- an Ethiopian coffee news site (in Amharic) -------------------------------------------

BZ_REDESIGN = dt.date(2018, 9, 11)  # relaunched on Enkutatash, Meskerem 1, 2011
BZ_TELEGRAM = dt.date(2018, 1, 15)
# Ethiopian coffee exports by Ethiopian fiscal year (thousand tonnes, million dollars),
# announced each 20 July (rounded, partly made up).
BUNA_EXPORT = (("2014-07-20", "2006:190:719"), ("2015-07-20", "2007:184:780"),
               ("2016-07-20", "2008:198:723"), ("2017-07-20", "2009:225:882"),
               ("2018-07-20", "2010:238:838"), ("2019-07-20", "2011:227:764"),
               ("2020-07-20", "2012:270:854"))
COVID_ETHIOPIA = ("2020-03-16", "2020-09-06")


def eth_date(day: dt.date) -> str:
    """`day` as an Amharic site prints it: መጋቢት 3 ቀን 2012 ዓ.ም."""
    y, m, d = ethiopian(day)
    return f"{WERAT[m - 1]} {d} ቀን {y} ዓ.ም."


def _bz_dated(day: dt.date) -> str:
    if day < BZ_REDESIGN:
        return eth_date(day)
    return f"{QENAT[day.weekday()]}፣ {eth_date(day)} ({day.day:02d}/{day.month:02d}/{day.year})"


def _bz_export(value: str) -> str:
    efy, tonnes, dollars = value.split(":")
    return (f"በ{efy} በጀት ዓመት {tonnes} ሺህ ቶን ቡና ወደ ውጭ ተልኮ {dollars} ሚሊዮን ዶላር "
            f"ተገኝቷል።")


@cache
def _bz_masawesha() -> Wordings:
    base = _steps((_OLD, "ዜናዎቻችንን በፌስቡክ ገጻችን ይከታተሉ"),
                  (BZ_TELEGRAM.isoformat(), "📢 የቡና ገበያ ዜናዎችን በቴሌግራም ቻናላችን በየዕለቱ "
                                            "ያግኙ"))
    covid = [_span(*COVID_ETHIOPIA, "ኮቪድ-19፦ እጅዎን በሳሙና ይታጠቡ፣ አካላዊ ርቀትዎን ይጠብቁ")]
    new_year = _movable(enkutatash, 3, 2, lambda y: (
        f"እንኳን ለ{ethiopian(enkutatash(y))[0]} ዓ.ም. አዲስ ዓመት በሰላም አደረሳችሁ!"))
    holidays = (_movable(meskel, 1, 0, lambda y: "እንኳን ለብርሃነ መስቀሉ በዓል አደረሳችሁ!")
                + _movable(lambda y: dt.date(y, 1, 7), 1, 0, lambda y: "እንኳን ለገና በዓል "
                                                                       "አደረሳችሁ!")
                + _movable(timket, 1, 0, lambda y: "እንኳን ለጥምቀት በዓል አደረሳችሁ!")
                + _movable(orthodox_easter, 2, 0, lambda y: "እንኳን ለብርሃነ ትንሣኤው አደረሳችሁ!"))
    return _calendar(base, covid, new_year, holidays)


def bunazena_style() -> PublisherStyle:
    """An Ethiopian coffee news site, in Amharic: a section from a pool, the Ethiopian date
    turned the weekday, the Ethiopian date and the Gregorian day in brackets on Enkutatash
    2011 (11 September 2018; a wording per day), "ዘጋቢ፦", "ተዛማጅ ዜና፦", a coffee origin from
    a pool and "ማስታወቂያ" (up to twice) mid-body, last fiscal year's coffee exports
    (changing each 20 July), a Facebook line turned a Telegram appeal and turned by the
    Ethiopian New Year with its year, Meskel, Genna, Timket, Fasika and the 2020 state of
    emergency, the address line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="bunazena.com.et", site="ቡና ዜና", base_size=130,
        subdomains=(("www.", 100),),
        sections=("buna", "gebeya", "export", "arso-ader", "shai"),
        n_authors=5, url_path="/am/{section}/{n}",
        pools={
            "kifil": ("ቡና", "ገበያ", "ኤክስፖርት", "አርሶ አደሮች", "ምርምር", "ሻይ"),
            "buna": ("ይርጋጨፌ", "ሲዳማ", "ጉጂ", "ሊሙ", "ሐረር", "ጅማ", "ቴፒ"),
        },
        families=(
            _f("kifil", HEADER, 0.45, (_OLD, "{kifil}")),
            _f("qen", HEADER, 0.85, *_by_day(_bz_dated)),
            _f("zegabi", HEADER, 0.5, (_OLD, "ዘጋቢ፦ {author}")),
            _f("tezamaj", MIDDLE, 0.35, (_OLD, "ተዛማጅ ዜና፦ {other_title}")),
            _f("buna", MIDDLE, 0.2, (_OLD, "የቡናው መገኛ፦ {buna}")),
            _f("mastaweqia", MIDDLE, 0.3, (_OLD, "ማስታወቂያ"), count=2),
            _f("export", FOOTER, 0.2, *from_table(BUNA_EXPORT, _bz_export)),
            _f("masawesha", FOOTER, 0.3, *_bz_masawesha()),
            _f("adrasha", FOOTER, 0.25, (_OLD, "ቡና ዜና፣ አዲስ አበባ · ስልክ፦ +251 11 555 0147 · "
                                               "info@bunazena.com.et")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} ቡና ዜና። መብቱ በሕግ የተጠበቀ ነው።")),
            _f("mastekakeya", HEADER, 0.04, (_OLD, "ማስተካከያ፦ በዚህ ዘገባ ቀደም ሲል የወጣው የኤክስፖርት "
                                                   "መጠን ተስተካክሏል።")),
        ),
    )


# --- a Georgian wine news site ------------------------------------------------------------

GM_REDESIGN = dt.date(2017, 5, 13)  # relaunched on the day of the New Wine Festival 2017
GM_INSTAGRAM = dt.date(2018, 3, 1)
# Made-up prices paid for grapes at the rtveli (lari a kilo: rkatsiteli / saperavi), from
# 1 September, and the grapes processed (thousand tonnes) when it ends, 25 October.
RTVELI = {2014: ("0.45", "1.00", "148"), 2015: ("0.50", "0.90", "136"),
          2016: ("0.65", "1.20", "187"), 2017: ("0.90", "1.60", "205"),
          2018: ("0.75", "1.40", "247"), 2019: ("0.80", "1.50", "268"),
          2020: ("0.90", "1.50", "287")}
# Georgian wine exports by year (million bottles, rounded), announced each 10 January.
EKSPORTI = (("2014-01-10", "2013: 46,8"), ("2015-01-10", "2014: 59,4"),
            ("2016-01-10", "2015: 37,1"), ("2017-01-10", "2016: 52,1"),
            ("2018-01-10", "2017: 76,7"), ("2019-01-10", "2018: 86,2"),
            ("2020-01-10", "2019: 94,2"))


def _gm_dated(day: dt.date) -> str:
    if day < GM_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{DGHEEBI[day.weekday()]}, {day.day} {TVEEBI[day.month - 1]} {day.year}, {{time}}"


def _gm_rtveli(day: dt.date) -> str:
    y = day.year
    if day < dt.date(y, 9, 1):
        y -= 1
    rkatsiteli, saperavi, tonnes = RTVELI[y]
    if day < dt.date(y, 10, 25):
        return (f"რთველი {y}: რქაწითელი — {rkatsiteli} ლარი, საფერავი — {saperavi} ლარი "
                f"კილოგრამზე")
    return f"რთველი {y} დასრულდა: გადამუშავდა {tonnes} ათასი ტონა ყურძენი"


def new_wine_festival(y: int) -> dt.date | None:
    """The New Wine Festival in Tbilisi: the second Saturday of May (not held in 2020)."""
    return None if y == 2020 else nth_weekday(y, 5, 5, 2)


@cache
def _gm_shetyobineba() -> Wordings:
    base = _steps((_OLD, "გამოიწერეთ ჩვენი ყოველკვირეული ბიულეტენი"),
                  (GM_INSTAGRAM.isoformat(), "📷 გამოგვყევით ინსტაგრამზე — ღვინის ამბები "
                                             "ყოველდღე"))
    emergency = [_span("2020-03-21", "2020-05-22", "საგანგებო მდგომარეობა: დარჩით სახლში, "
                                                   "ღვინის ტურები შეჩერებულია")]
    festival = _movable(new_wine_festival, 6, 0, lambda y: (
        f"ახალი ღვინის ფესტივალი {y} — შაბათს, {new_wine_festival(y).day} მაისს"))
    rtveli = _yearly("09-10", 0, 40, lambda y: f"რთველი {y}: ყოველდღიური ანგარიშები "
                                               f"რეგიონებიდან")
    return _calendar(base, emergency, festival, rtveli)


def ghvinismatsne_style() -> PublisherStyle:
    """A Georgian wine news site: a section from a pool, the numeric date turned the weekday,
    the long date and the time on the day of the 2017 New Wine Festival (a wording per day),
    "ავტორი:", the rtveli's grape prices from each 1 September turned the tonnes processed
    when it ends, a grape variety and region from pools, "ასევე წაიკითხეთ:" and "რეკლამა"
    (up to twice) mid-body, last year's wine exports in bottles (changing each 10 January),
    a bulletin line turned an Instagram appeal and turned by the New Wine Festival, the
    rtveli and the 2020 state of emergency, the health warning, the age line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="ghvinismatsne.ge", site="ღვინის მაცნე", base_size=110,
        subdomains=(("www.", 100),),
        sections=("ghvino", "rtveli", "eksporti", "marani", "turizmi"),
        n_authors=5, url_path="/ka/{section}/{n}",
        pools={
            "rubrika": ("ღვინო", "რთველი", "ექსპორტი", "მარანი", "ღვინის ტურიზმი", "ჭაჭა"),
            "jishi": ("საფერავი", "რქაწითელი", "მწვანე კახური", "ქისი", "ალექსანდროული",
                      "ოჯალეში", "ციცქა"),
            "regioni": ("კახეთი", "იმერეთი", "რაჭა-ლეჩხუმი", "ქართლი", "სამეგრელო"),
        },
        families=(
            _f("rubrika", HEADER, 0.45, (_OLD, "{rubrika}")),
            _f("tarighi", HEADER, 0.85, *_by_day(_gm_dated)),
            _f("avtori", HEADER, 0.5, (_OLD, "ავტორი: {author}")),
            _f("rtveli", HEADER, 0.15, *_by_day(_gm_rtveli)),
            _f("jishi", MIDDLE, 0.25, (_OLD, "ჯიში: {jishi} · რეგიონი: {regioni}")),
            _f("agretve", MIDDLE, 0.35, (_OLD, "ასევე წაიკითხეთ: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "რეკლამა"), count=2),
            _f("eksporti", FOOTER, 0.2, *from_table(EKSPORTI, lambda v: (
                f"ღვინის ექსპორტი {v} მილიონი ბოთლი"))),
            _f("shetyobineba", FOOTER, 0.3, *_gm_shetyobineba()),
            _f("gafrtkhileba", FOOTER, 0.35, (_OLD, "ალკოჰოლის ჭარბი მოხმარება ზიანს აყენებს "
                                                    "თქვენს ჯანმრთელობას.")),
            _f("asaki", FOOTER, 0.15, (_OLD, "მასალა განკუთვნილია 18 წელს მიღწეული "
                                             "პირებისთვის.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} ღვინის მაცნე. ყველა უფლება "
                                                 "დაცულია.")),
            _f("shesworeba", HEADER, 0.04, (_OLD, "შესწორება: სტატიაში თავდაპირველად "
                                                  "მოსავლის არასწორი მონაცემი იყო "
                                                  "მითითებული.")),
        ),
    )


# --- a Japanese craft-beer magazine -------------------------------------------------------

CJ_REDESIGN = dt.date(2018, 4, 2)
CJ_TWITTER = dt.date(2017, 7, 1)
BEER_TAX = dt.date(2020, 10, 1)  # beer 77 to 70 yen a 350 ml can, new-genre 28 to 37.8
SAKEZEI = (("2000-01-01", "ビール77円・発泡酒46.99円・新ジャンル28円"),
           (BEER_TAX.isoformat(), "ビール70円・発泡酒46.99円・新ジャンル37.8円"))
EMERGENCY_JP = ("2020-04-07", "2020-05-25")


def _cj_dated(day: dt.date) -> str:
    if day < CJ_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}） {{time}}"


@cache
def _cj_event() -> Wordings:
    base = _steps((_OLD, "メールマガジンでイベント情報をお届けします"),
                  (CJ_TWITTER.isoformat(), "📣 最新のイベント情報は公式Twitterで発信中"))
    kinkyu = [_span(*EMERGENCY_JP, "緊急事態宣言中は多くのビアフェスが中止・延期になっています")]
    gw = _yearly("04-29", 4, 7, lambda y: f"{y}年ゴールデンウィークのビアフェス情報まとめ")
    aki = _yearly("09-20", 5, 25, lambda y: f"秋のビアフェス{y}：各地の日程を随時更新中")
    return _calendar(base, kinkyu, gw, aki)


def craftbeerjikan_style() -> PublisherStyle:
    """A Japanese craft-beer magazine: a category from a pool, the dotted date turned the
    long date with the weekday and the time on 2 April 2018 (a wording per day),
    "取材・文：", a beer style and strength from pools, "あわせて読みたい：" and "PR" (up to
    twice) mid-body, the beer tax by kind (changing on 1 October 2020), a tax-included line
    reworded for 10%, an events line turned a Twitter appeal and turned by Golden Week,
    the autumn festival season and the 2020 state of emergency, the twenty-and-over line,
    the pregnancy line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="craftbeer-jikan.jp", site="クラフトビール時間", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "brewery", "event", "new-release", "column"),
        n_authors=4, url_path="/{section}/{n}/",
        pools={
            "kategori": ("ニュース", "ブルワリー訪問", "イベント", "新商品", "コラム"),
            "beer_style": ("IPA", "ヴァイツェン", "ペールエール", "スタウト", "セゾン",
                           "ヘイジーIPA"),
            "abv": ("5.0%", "6.5%", "7.0%", "4.5%", "8.5%", "5.5%"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_cj_dated)),
            _f("shuzai", HEADER, 0.45, (_OLD, "取材・文：{author}")),
            _f("style", MIDDLE, 0.25, (_OLD, "スタイル：{beer_style}／アルコール度数：{abv}")),
            _f("awasete", MIDDLE, 0.3, (_OLD, "あわせて読みたい：{other_title}")),
            _f("pr", MIDDLE, 0.2, (_OLD, "PR"), count=2),
            _f("shuzei", FOOTER, 0.15, *from_table(SAKEZEI, lambda v: (
                f"酒税（350ml缶あたり）：{v}"))),
            _f("zeikomi", FOOTER, 0.2, (_OLD, "※記事中の価格は税込（8%）表記です"),
               (TAX_10.isoformat(), "※記事中の価格は税込（10%）表記です")),
            _f("event", FOOTER, 0.25, *_cj_event()),
            _f("inshu", FOOTER, 0.55, (_OLD, "飲酒は20歳になってから。飲酒運転は法律で禁止されて"
                                             "います。")),
            _f("ninshin", FOOTER, 0.3, (_OLD, "妊娠中・授乳期の飲酒は、胎児・乳児の発育に悪影響を"
                                              "与えるおそれがあります。")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} クラフトビール時間")),
            _f("teisei", HEADER, 0.04, (_OLD, "※初出時、ブルワリー名に誤りがありました。"
                                              "訂正してお詫びいたします。")),
        ),
    )


# --- a Champagne grower's blog ------------------------------------------------------------

CL_REDESIGN = dt.date(2019, 9, 9)  # the new site went live on the first day of picking
# The house's first day of picking, year by year.
VENDANGES = {2015: "2015-09-01", 2016: "2016-09-12", 2017: "2017-08-28", 2018: "2018-08-20",
             2019: "2019-09-09", 2020: "2020-08-18"}
# The appellation's yield (kg a hectare), set each year late in July.
RENDEMENT = (("2014-07-24", "2014 : 10 100 kg/ha"), ("2015-07-23", "2015 : 10 500 kg/ha"),
             ("2016-07-21", "2016 : 10 800 kg/ha"), ("2017-07-20", "2017 : 10 300 kg/ha"),
             ("2018-07-19", "2018 : 10 800 kg/ha"), ("2019-07-23", "2019 : 10 200 kg/ha"),
             ("2020-08-18", "2020 : 8 000 kg/ha"))
TARIF = (("2014-02-01", "2014 : Brut Tradition 19 €"), ("2015-02-01", "2015 : Brut Tradition "
                                                                      "19,50 €"),
         ("2016-02-01", "2016 : Brut Tradition 20 €"), ("2017-02-01", "2017 : Brut Tradition "
                                                                      "20,50 €"),
         ("2018-02-01", "2018 : Brut Tradition 21,50 €"), ("2019-02-01", "2019 : Brut "
                                                                         "Tradition 22 €"),
         ("2020-02-01", "2020 : Brut Tradition 22,50 €"))


def _cl_dated(day: dt.date) -> str:
    if day < CL_REDESIGN:
        return f"Publié le {day.day} {MOIS[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year} — Journal de la maison"


@cache
def _cl_caveau() -> Wordings:
    base = _steps((_OLD, "Le caveau est ouvert du lundi au samedi, de 9 h à 12 h et de 14 h à "
                         "18 h."))
    vendanges = [(iso_day(day, -2), iso_day(day, 16), f"Vendanges {y} : le caveau reçoit "
                                                      f"sur rendez-vous uniquement")
                 for y, day in VENDANGES.items()]
    confinement = [_span(first, last, "Confinement : le caveau est fermé, nous livrons à "
                                      "domicile") for first, last in CONFINEMENTS]
    noel = _yearly("12-08", 7, 16, lambda y: f"Coffrets de fin d'année {y} : commandez avant "
                                             f"le 15 décembre pour Noël")
    return _calendar(base, confinement, vendanges, noel)


def lefortaubry_style() -> PublisherStyle:
    """A Champagne grower's blog: "Publié le" and the long date turned the numeric date with
    "Journal de la maison" on the first day of the 2019 harvest (a wording per day), "par",
    the vintage and blend from pools mid-body, the year's cellar-door price (changing each 1
    February), the appellation's yield for the harvest (changing late each July), the
    cellar's opening hours turned by each harvest, the year-end gift boxes and the
    lockdowns, the Loi Évin line, the legal-age line, the address line (a block), the share
    line, a rare update."""
    return PublisherStyle(
        domain="champagne-lefort-aubry.fr", site="Champagne Lefort-Aubry", base_size=70,
        subdomains=(("www.", 100),),
        sections=("journal", "vendanges", "cuvees"),
        n_authors=2, url_path="/journal/{slug}/",
        pools={"millesime": ("2008", "2012", "2013", "2015", "2016"),
               "assemblage": ("60 % pinot noir, 40 % chardonnay",
                              "100 % chardonnay, blanc de blancs",
                              "meunier majoritaire, 20 % de vins de réserve",
                              "pinot noir et chardonnay à parts égales")},
        families=(
            _f("date", HEADER, 0.8, *_by_day(_cl_dated)),
            _f("auteur", HEADER, 0.35, (_OLD, "par {author}")),
            _f("millesime", MIDDLE, 0.3, (_OLD, "Millésime {millesime} · {assemblage}")),
            _f("tarif", FOOTER, 0.2, *from_table(TARIF, lambda v: (
                f"Tarif au domaine {v} TTC la bouteille"))),
            _f("rendement", FOOTER, 0.15, *from_table(RENDEMENT, lambda v: (
                f"Rendement de l'appellation pour la vendange {v}"))),
            _f("caveau", FOOTER, 0.3, *_cl_caveau()),
            _f("loi-evin", FOOTER, 0.6, (_OLD, "L'abus d'alcool est dangereux pour la santé. À "
                                               "consommer avec modération.")),
            _f("age", FOOTER, 0.2, (_OLD, "En entrant sur ce site, vous déclarez avoir l'âge "
                                          "légal de consommer de l'alcool.")),
            _f("adresse", FOOTER, 0.3, (_OLD, "Champagne Lefort-Aubry · 12 rue des Vignes · "
                                              "51160 Hautvillers")),
            _f("partager", FOOTER, 0.3, (_OLD, "Partager : Facebook · Twitter · Pinterest")),
            _f("maj", HEADER, 0.04, (_OLD, "Mise à jour : les dates des portes ouvertes ont "
                                           "changé.")),
        ),
    )


# --- a Darjeeling tea garden's blog -------------------------------------------------------

PH_REDESIGN = dt.date(2018, 3, 1)
PH_LOCKDOWN = dt.date(2020, 4, 1)
PH_REOPEN = dt.date(2020, 9, 1)
HILL_STRIKE = (dt.date(2017, 6, 15), dt.date(2017, 9, 27))  # the gardens stood idle
# Made-up Darjeeling averages at the Kolkata auction by season, from each 1 April.
AUCTION = (("2014-04-01", "2013-14: ₹362"), ("2015-04-01", "2014-15: ₹378"),
           ("2016-04-01", "2015-16: ₹381"), ("2017-04-01", "2016-17: ₹395"),
           ("2018-04-01", "2017-18: ₹495"), ("2019-04-01", "2018-19: ₹425"),
           ("2020-04-01", "2019-20: ₹418"))


def _ph_dated(day: dt.date) -> str:
    if day < PH_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · From the garden"


def _ph_flush(day: dt.date) -> str:
    if HILL_STRIKE[0] <= day <= HILL_STRIKE[1]:
        return "Season at the garden: plucking stopped (hill strike)"
    if dt.date(2020, 3, 25) <= day <= dt.date(2020, 4, 26):
        return "Season at the garden: plucking stopped (lockdown)"
    md = (day.month, day.day)
    if (3, 1) <= md < (5, 15):
        name = "first flush"
    elif (5, 15) <= md < (7, 1):
        name = "second flush"
    elif (7, 1) <= md < (10, 1):
        name = "monsoon flush"
    elif (10, 1) <= md < (12, 1):
        name = "autumn flush"
    else:
        name = "winter rest"
    return f"Season at the garden: {name} {day.year}"


def phulbari_style() -> PublisherStyle:
    """A Darjeeling tea garden's blog: "Posted on" with the long date turned the British
    order and "From the garden" on 1 March 2018 (a wording per day), the season at the
    garden (flushes, the 2017 hill strike and the 2020 lockdown), an invoice line with the
    grade from pools, a tasting-note credit from the tea maker, last season's Darjeeling
    auction average (changing each 1 April), the GI line, a shipping line reworded for the
    lockdown and again on reopening, the Instagram line and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="phulbariheights.com", site="Phulbari Heights", base_size=55,
        subdomains=(("www.", 100),),
        sections=("garden-diary", "teas", "journal"),
        n_authors=3, url_path="/blog/{slug}",
        pools={"invoice": ("DJ-12", "DJ-27", "DJ-41", "EX-3", "DJ-8", "DJ-55"),
               "grade": ("SFTGFOP1", "FTGFOP1", "TGFOP", "GFOP", "FTGFOP1 Clonal")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_ph_dated)),
            _f("flush", HEADER, 0.35, *_by_day(_ph_flush)),
            _f("invoice", MIDDLE, 0.3, (_OLD, "Invoice {invoice} · {grade}")),
            _f("tasting", MIDDLE, 0.2, (_OLD, "Tasting notes by our tea maker, {author2}")),
            _f("auction", FOOTER, 0.2, *from_table(AUCTION, lambda v: (
                f"Darjeeling average at the Kolkata auction, {v} a kilo"))),
            _f("gi", FOOTER, 0.3, (_OLD, "Darjeeling tea is a Geographical Indication of "
                                         "India.")),
            _f("shipping", FOOTER, 0.25, (_OLD, "Free shipping on orders over $50."),
               (PH_LOCKDOWN.isoformat(), "Orders go out once a week while the hills are in "
                                         "lockdown."),
               (PH_REOPEN.isoformat(), "Free worldwide shipping on orders over $60.")),
            _f("instagram", FOOTER, 0.3, (_OLD, "Follow the garden on Instagram: "
                                                "@phulbariheights")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Phulbari Heights Tea Estate, "
                                                 "Darjeeling")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this post first gave the wrong "
                                                  "invoice number.")),
        ),
    )


# --- a Rioja winery's blog ----------------------------------------------------------------

BV_REDESIGN = dt.date(2019, 1, 14)
BV_ENVIO = dt.date(2018, 4, 1)
# The house's grading of each vintage, given the following March.
ANADA = (("2014-03-01", "2013: «Buena»"), ("2015-03-01", "2014: «Buena»"),
         ("2016-03-01", "2015: «Excelente»"), ("2017-03-01", "2016: «Muy Buena»"),
         ("2018-03-01", "2017: «Buena»"), ("2019-03-01", "2018: «Muy Buena»"),
         ("2020-03-01", "2019: «Excelente»"))


def _bv_dated(day: dt.date) -> str:
    if day < BV_REDESIGN:
        return f"{day.day} {MESES[day.month - 1]}, {day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


@cache
def _bv_visitas() -> Wordings:
    base = _steps((_OLD, "Visitas a la bodega: de martes a domingo, con reserva previa."))
    alarma = [_span("2020-03-14", "2020-06-21", "Estado de alarma: visitas suspendidas; "
                                                "seguimos enviando pedidos.")]
    semana_santa = _movable(easter, 4, 1, lambda y: f"Semana Santa {y}: abrimos todos los "
                                                    f"días, también el lunes")
    san_mateo = _yearly("09-21", 2, 5, lambda y: f"Fiestas de San Mateo {y}: cata especial en "
                                                 f"nuestro calado de Logroño")
    vendimia = _yearly("09-15", 0, 35, lambda y: f"Vendimia {y}: las visitas incluyen paseo por "
                                                 f"el viñedo")
    return _calendar(base, alarma, semana_santa, san_mateo, vendimia)


def valdecierzo_style() -> PublisherStyle:
    """A Rioja winery's blog: the long date in WordPress's Spanish form turned the numeric
    date in 2019 (a wording per day), "Escrito por", a tasting-note credit with the wine
    from a pool, the tags line, the house's grading of the last vintage (changing each 1
    March), a shipping line reworded, the visits line turned by Holy Week, the San Mateo
    feast, the harvest and the state of alarm, the drink-in-moderation line, the
    sale-to-minors line and the company line (a block)."""
    return PublisherStyle(
        domain="bodegasvaldecierzo.es", site="Bodegas Valdecierzo", base_size=40,
        subdomains=(("www.", 100),),
        sections=("blog", "vendimia", "enoturismo"),
        n_authors=2, url_path="/blog/{slug}/",
        pools={"vino": ("Valdecierzo Crianza 2016", "Valdecierzo Reserva 2014",
                        "Valdecierzo Blanco Fermentado en Barrica 2018",
                        "Valdecierzo Rosado 2019", "Valdecierzo Graciano 2017"),
               "etiqueta": ("Vendimia", "Enoturismo", "Rioja Alta", "Tempranillo", "Catas")},
        families=(
            _f("fecha", HEADER, 0.8, *_by_day(_bv_dated)),
            _f("autor", HEADER, 0.4, (_OLD, "Escrito por {author}")),
            _f("cata", MIDDLE, 0.25, (_OLD, "Nota de cata de {author2} · {vino}")),
            _f("etiquetas", FOOTER, 0.3, (_OLD, "Etiquetas: {etiqueta_links}")),
            _f("anada", FOOTER, 0.2, *from_table(ANADA, lambda v: f"Añada {v}")),
            _f("envio", FOOTER, 0.15, (_OLD, "Envío gratis en pedidos de más de 60 €."),
               (BV_ENVIO.isoformat(), "Envío gratis a partir de 6 botellas a toda la "
                                      "península.")),
            _f("visitas", FOOTER, 0.3, *_bv_visitas()),
            _f("moderacion", FOOTER, 0.5, (_OLD, "Bebe con moderación. Es tu "
                                                 "responsabilidad.")),
            _f("menores", FOOTER, 0.15, (_OLD, "Prohibida la venta de bebidas alcohólicas a "
                                               "menores de 18 años.")),
            _f("empresa", FOOTER, 0.35, (_OLD, "© {year} Bodegas Valdecierzo S.L. · Haro "
                                               "(La Rioja)")),
        ),
    )


# --- a Yorkshire microbrewery's blog ------------------------------------------------------

HB_REDESIGN = dt.date(2019, 3, 1)
GDPR_DAY = dt.date(2018, 5, 25)
BEER_DUTY = (("2014-03-24", "£18.74"), ("2015-03-23", "£18.37"), ("2017-03-13", "£19.08"))
GBBF = (("2015-08-11", "2015-08-15"), ("2016-08-09", "2016-08-13"),
        ("2017-08-08", "2017-08-12"), ("2018-08-07", "2018-08-11"),
        ("2019-08-06", "2019-08-10"))


def _hb_dated(day: dt.date) -> str:
    if day < HB_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"


@cache
def _hb_news() -> Wordings:
    base = _steps((_OLD, "Find our beers in pubs across the Dales and in our taproom."))
    lockdown = [_span("2020-03-23", "2020-07-03", "Taproom closed: order cans and mini-kegs "
                                                  "for contactless delivery.")]
    gbbf = [(iso_day(first, -7), iso_day(last, 1), f"Find us at the Great British Beer "
                                                   f"Festival {first[:4]}, Olympia London.")
            for first, last in GBBF]
    christmas = _yearly("12-10", 14, 8, lambda y: f"Christmas {y}: order by 18 December for "
                                                  f"delivery before the big day.")
    return _calendar(base, lockdown, gbbf, christmas)


def hollowbeck_style() -> PublisherStyle:
    """A Yorkshire microbrewery's blog: the long date turned the short numeric date in 2019
    (a wording per day), the age line, an "On tap now:" line from a pool, the beer duty rate
    (changing in 2015 and 2017), a news line turned by the Great British Beer Festival,
    Christmas orders and the lockdown, a mailing-list line reworded on the GDPR's first
    day, the drinkaware line and the company line (a block)."""
    return PublisherStyle(
        domain="hollowbeckbrewery.co.uk", site="Hollowbeck Brewery", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "beers", "taproom"),
        n_authors=2, url_path="/news/{slug}",
        pools={"beer": ("Hollowbeck Best 3.9%", "Fellside Pale 4.3%", "Beck Porter 5.0%",
                        "Scar IPA 6.2%", "Gill Golden 4.0%")},
        families=(
            _f("dated", HEADER, 0.75, *_by_day(_hb_dated)),
            _f("age", HEADER, 0.2, (_OLD, "You must be 18 or over to buy from our shop.")),
            _f("on-tap", MIDDLE, 0.3, (_OLD, "On tap now: {beer}")),
            _f("duty", FOOTER, 0.15, *from_table(BEER_DUTY, lambda v: (
                f"UK beer duty: {v} per hectolitre per cent of alcohol."))),
            _f("news", FOOTER, 0.3, *_hb_news()),
            _f("mailing-list", FOOTER, 0.2,
               (_OLD, "Join the Hollowbeck Brewery mailing list for new releases and tap "
                      "takeovers."),
               (GDPR_DAY.isoformat(), "Join our mailing list for new releases. We only use "
                                      "your email as our privacy notice explains.")),
            _f("drinkaware", FOOTER, 0.3, (_OLD, "Enjoy our beers responsibly. "
                                                 "drinkaware.co.uk")),
            _f("company", FOOTER, 0.35, (_OLD, "© {year} Hollowbeck Brewery Ltd · Registered in "
                                               "England & Wales")),
        ),
    )


def heldout220_styles() -> list[PublisherStyle]:
    """The held-back-220 styles, in the order the generator hands them to publishers."""
    return [
        vintageledger_style(), revuedeschais_style(), brewersbeacon_style(),
        granodeoro_style(), chagusa_style(), bunazena_style(), ghvinismatsne_style(),
        craftbeerjikan_style(), lefortaubry_style(), phulbari_style(), valdecierzo_style(),
        hollowbeck_style(),
    ]
