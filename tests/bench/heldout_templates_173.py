"""The ``held-back-173`` template set of the planted-real benchmark.

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
safety line or an advertisement marker. The publishers are energy, water and waste utilities'
customer news, an outage map's news pages and consumer-energy comparison sites, in English,
French, Greek, Romanian, Thai and Hebrew: a British energy comparison site, a French energy
comparator, a Greek energy news site with the day's planned power cuts, an American outage
map's news desk, a British water company's customer news, a Romanian water operator, a Thai
electricity news site, an Israeli water and sewerage corporation (in Hebrew), an American
city's utilities department (power, water and trash), a Belgian waste intercommunale, a
Romanian district-heating company and a Greek municipal water enterprise. The families are
the kinds a crawl of such sites holds: dates localised day by day in English, French, Greek,
Romanian, Thai (with the Buddhist-era year) and Hebrew, several changing form on the day of a
redesign; lines that turn every day (the day's planned power cuts, a water network's live
status, an outage map's count of customers without power), every week (the cheapest fixed
energy deal, the Greek heating-oil price in its season), every month (the French regulated
gas price, a meter-reading window) and every four months (the Thai Ft charge, Greek meter
readings); tariff amounts by year (the British price cap, the French regulated electricity
tariff, water bills and water tariffs with Romania's VAT cuts of 2016 and 2017, Israeli water
tariffs, an American city's fiscal-year rates, Belgian refuse-bag prices, the price of a
gigacalorie); planned-outage and boil-water notices with streets, areas and hours from pools;
emergency and fault numbers; bin-day calendars that shift for bank holidays (American and
Belgian), seasonal collections and container-park hours; notices reworded in 2016-2020 and
notices that follow the calendars of utilities and their customers (supplier failures and
price-cap changes, the winter truce on disconnections and the energy cheque, hurricanes and
storms, the 2018 freeze and heatwave, heating seasons and summer hot-water overhauls,
Songkran, Orthodox and Western Easter, the Jewish holidays with their Hebrew years, the
pandemic), multi-line blocks (notes to editors, media and company lines, imprints), bare
lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

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
_calendar, _yearly, _seasons = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.seasons
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Greek months in the genitive, as a date prints them ("19 Ιουνίου 2020").
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
LUNI = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
        "septembrie", "octombrie", "noiembrie", "decembrie")
ZILE = ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică")
DUEAN = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
         "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
DUEAN_YO = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
            "พ.ย.", "ธ.ค.")
WAN = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")
HODASHIM = ("ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר",
            "אוקטובר", "נובמבר", "דצמבר")
YAMIM = ("יום שני", "יום שלישי", "יום רביעי", "יום חמישי", "יום שישי", "שבת", "יום ראשון")

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, fixed for a `day` and a `key` (a price's weekly
    noise)."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def trend(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn straight between `points` ((ISO day, value), ...),
    flat before the first and after the last."""
    x = day.toordinal()
    pts = [(dt.date.fromisoformat(a).toordinal(), v) for a, v in points]
    if x <= pts[0][0]:
        return pts[0][1]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return pts[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The entry of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """A line that changes on the days of `table`: the value in force on the set's first day
    from the oldest day, then one wording from each later day of the table."""
    first = text(value_on(FIRST_DAY, table))
    return ((_OLD, first),) + tuple((start, text(value)) for start, value in table
                                    if start > FIRST_DAY.isoformat())


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - day.weekday() * ONE


def be_year(y: int) -> int:
    """The Buddhist-era year Thai sites print."""
    return y + 543


def lei(x: float) -> str:
    """An amount with a decimal comma and two decimals (French, Romanian, Greek style)."""
    return f"{x:.2f}".replace(".", ",")


def thousands(n: int, sep: str = ",") -> str:
    return f"{n:,}".replace(",", sep)


# --- a British energy comparison site -----------------------------------------------------

WW_FACTCHECK = dt.date(2017, 4, 3)
WW_COMPARE = dt.date(2017, 9, 4)
WW_DISCLOSURE = dt.date(2018, 5, 25)
WW_REDESIGN = dt.date(2018, 10, 1)  # relaunched for the winter switching season
WW_CAP = (
    ("2014-10-01", "Average standard variable tariff, dual fuel, typical use: £1,264 a year"),
    ("2015-07-01", "Average standard variable tariff, dual fuel, typical use: £1,174 a year"),
    ("2016-04-01", "Average standard variable tariff, dual fuel, typical use: £1,107 a year"),
    ("2017-04-01", "Average standard variable tariff, dual fuel, typical use: £1,151 a year"),
    ("2018-04-01", "Average standard variable tariff, dual fuel, typical use: £1,156 a year"),
    ("2019-01-01", "Energy price cap: £1,137 a year for typical dual-fuel use (1 January – 31 "
                   "March 2019)"),
    ("2019-04-01", "Energy price cap: £1,254 a year for typical dual-fuel use (1 April – 30 "
                   "September 2019)"),
    ("2019-10-01", "Energy price cap: £1,179 a year for typical dual-fuel use (1 October 2019 – "
                   "31 March 2020)"),
    ("2020-04-01", "Energy price cap: £1,126 a year for typical dual-fuel use (1 April – 30 "
                   "September 2020)"),
    ("2020-10-01", "Energy price cap: £1,042 a year for typical dual-fuel use (1 October 2020 – "
                   "31 March 2021)"),
)
CAP_CHANGES = ("2019-01-01", "2019-04-01", "2019-10-01", "2020-04-01", "2020-10-01")
SUPPLIER_FAILURES = (("2016-11-21", "2016-12-04"), ("2018-01-29", "2018-02-11"),
                     ("2018-07-16", "2018-07-29"), ("2018-11-19", "2018-12-09"),
                     ("2019-01-28", "2019-02-10"), ("2019-05-20", "2019-06-02"),
                     ("2020-01-20", "2020-02-02"))
CHEAPEST = (("2015-01-05", 955.0), ("2015-10-01", 890.0), ("2016-03-01", 790.0),
            ("2017-02-01", 850.0), ("2018-03-01", 935.0), ("2018-10-01", 1010.0),
            ("2019-06-01", 880.0), ("2019-12-01", 835.0), ("2020-05-01", 760.0),
            ("2020-10-01", 790.0), ("2021-01-10", 830.0))


def _ww_dated(day: dt.date) -> str:
    if day < WW_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"Last updated: {WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} "
            f"{day.year}")


def cheapest(monday: dt.date) -> int:
    """The cheapest fixed dual-fuel deal of the week starting `monday` (made up)."""
    return round(trend(monday, CHEAPEST) * (1 + 0.025 * wobble(monday, "fix")))


def _ww_cheapest(day: dt.date) -> str:
    monday = monday_of(day)
    return (f"Cheapest fixed deal this week (w/c {monday.day} {MONTHS[monday.month - 1][:3]}): "
            f"£{cheapest(monday):,} a year, typical use, paying by Direct Debit")


@cache
def _ww_banner() -> Wordings:
    base = _steps((_OLD, "Compare gas and electricity prices: enter your postcode to start"),
                  (WW_COMPARE.isoformat(), "Compare 60+ energy tariffs in under 5 minutes. It's "
                                           "free and there's no obligation to switch."))
    pandemic = [_span("2020-03-23", "2020-06-30", "🦠 Struggling to pay during coronavirus? "
                                                  "Your supplier must offer you help: here's "
                                                  "how to ask")]
    failures = [_span(a, b, "⚠️ Has your supplier ceased trading? Don't switch yet: Ofgem will "
                            "appoint a new one and your credit is protected")
                for a, b in SUPPLIER_FAILURES]
    caps = []
    for start in CAP_CHANGES:
        day = iso_day(start)
        caps.append((day - 14 * ONE, day + 3 * ONE,
                     f"📢 The price cap changes on {day.day} {MONTHS[day.month - 1]} {day.year}: "
                     f"see if you could save by fixing"))
    besw: list[Event] = []
    for y in YEARS:
        week = nth_weekday(y, 1, 0, 3)
        besw.append((week - 3 * ONE, week + 7 * ONE, f"💡 Big Energy Saving Week {y}: free help "
                                                     f"to cut your bills"))
    return _calendar(base, pandemic, failures, caps, besw)


def wattwise_style() -> PublisherStyle:
    """A British energy comparison site: a kicker from a pool, the long date turned "Last
    updated:" with the short weekday on 1 October 2018 (a wording per day), "By" turned
    "Written by ... · Fact-checked by ..." in 2017, a commission disclosure reworded on
    25 May 2018, the average standard tariff and then Ofgem's price cap with its periods
    (changing each April and October), the week's cheapest fixed deal (a wording per week,
    from each Monday), "Related:" links and advertisement markers up to twice, a meter-reading
    tip, a switching banner reworded in 2017 and turned by supplier failures, price-cap
    changes, Big Energy Saving Week and the pandemic, the Confidence Code line, the company
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="wattwise.co.uk", site="WattWise", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "guides", "price-cap", "smart-meters", "green-energy"),
        n_authors=10, url_path="/energy/{section}/{slug}",
        pools={"kicker": ("ENERGY NEWS", "PRICE CAP", "SWITCHING", "SMART METERS",
                          "GREEN ENERGY", "BILLS HELP")},
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_ww_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (WW_FACTCHECK.isoformat(), "Written by {author} · Fact-checked by {author2}")),
            _f("disclosure", HEADER, 0.55,
               (_OLD, "We may receive a commission if you switch through our site."),
               (WW_DISCLOSURE.isoformat(), "How we make money: WattWise is free to use. A "
                                           "supplier may pay us when you switch, at no extra "
                                           "cost to you.")),
            _f("cap", HEADER, 0.3, *from_table(WW_CAP, lambda v: v)),
            _f("cheapest", HEADER, 0.2, *_by_day(_ww_cheapest)),
            _f("related", MIDDLE, 0.4, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("tip", MIDDLE, 0.15, (_OLD, "Tip: give your supplier a meter reading on the day "
                                           "you switch so your final bill is right.")),
            _f("banner", FOOTER, 0.35, *_ww_banner()),
            _f("confidence", FOOTER, 0.35, (_OLD, "WattWise is accredited under Ofgem's "
                                                  "Confidence Code for energy price comparison "
                                                  "sites.")),
            _f("company", FOOTER, 0.35, (_OLD, "WattWise Ltd is registered in England and "
                                               "Wales, company no. 09451823. Registered office: "
                                               "3 Tanner Row, York YO1 6JB.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} WattWise Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong standing charge for "
                                                  "electricity.")),
        ),
    )


# --- a French energy comparator -----------------------------------------------------------

KM_REDESIGN = dt.date(2017, 11, 6)
KM_BANDEAU = dt.date(2018, 1, 8)
TRV = (("2014-11-01", "+2,5 % au 1er novembre 2014"), ("2015-08-01", "+2,5 % au 1er août 2015"),
       ("2016-08-01", "−0,5 % au 1er août 2016"), ("2017-08-01", "+1,7 % au 1er août 2017"),
       ("2018-02-01", "+0,8 % au 1er février 2018"), ("2018-08-01", "−0,5 % au 1er août 2018"),
       ("2019-06-01", "+5,9 % au 1er juin 2019"), ("2019-08-01", "+1,23 % au 1er août 2019"),
       ("2020-02-01", "+2,4 % au 1er février 2020"), ("2020-08-01", "+1,55 % au 1er août 2020"))
GAZ = (("2015-01-01", 0.0700), ("2015-09-01", 0.0640), ("2016-05-01", 0.0560),
       ("2017-01-01", 0.0600), ("2018-01-01", 0.0640), ("2018-11-01", 0.0760),
       ("2019-07-01", 0.0660), ("2020-06-01", 0.0540), ("2021-01-10", 0.0630))
CONFINEMENT = ("2020-03-17", "2020-05-10")


def _km_date(day: dt.date) -> str:
    if day < KM_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"Dernière mise à jour : {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} "
            f"{day.year}")


def gas_price(y: int, m: int) -> float:
    """The regulated gas price per kWh of month `m` of `y` (made up)."""
    first = dt.date(y, m, 1)
    return trend(first, GAZ) * (1 + 0.02 * wobble(first, "gaz"))


def _km_gaz(day: dt.date) -> str:
    now = gas_price(day.year, day.month)
    before = gas_price(day.year - (day.month == 1), (day.month - 2) % 12 + 1)
    change = f"{(now / before - 1) * 100:+.1f}".replace(".", ",").replace("-", "−")
    label = "Tarif réglementé du gaz" if day < dt.date(2019, 12, 1) else (
        "Tarif réglementé du gaz (contrats en cours)")
    price = f"{now:.4f}".replace(".", ",")
    return (f"{label} au 1er {MOIS[day.month - 1]} {day.year} : {price} €/kWh TTC "
            f"({change} % sur un mois)")


@cache
def _km_bandeau() -> Wordings:
    base = _steps((_OLD, "Comparez les offres d'électricité et de gaz en 3 minutes"),
                  (KM_BANDEAU.isoformat(), "Comparateur gratuit et indépendant : 40 fournisseurs "
                                           "d'énergie passés au crible"))
    confinement = [_span(*CONFINEMENT, "🏠 Confinement : la trêve hivernale est prolongée, "
                                       "aucune coupure pour impayé avant le 10 juillet")]
    treve = _yearly("11-01", 3, 9, lambda y: f"❄️ Trêve hivernale {y}-{y + 1} : pas de coupure "
                                             f"d'énergie pour impayé jusqu'au 31 mars",
                    years=range(2014, 2021))
    fin = _yearly("03-31", 6, 1, lambda y: f"Fin de la trêve hivernale le 31 mars {y} : que "
                                           f"faire en cas d'impayé ?")
    cheque = _yearly("04-02", 1, 20, lambda y: f"✉️ Chèque énergie {y} : les envois ont "
                                               f"commencé, jusqu'à 277 € par foyer",
                     years=range(2018, 2021))
    return _calendar(base, confinement, cheque, treve, fin)


def kilowattmalin_style() -> PublisherStyle:
    """A French energy comparator: a rubric from a pool, "Publié le" with the numeric date
    turned "Dernière mise à jour :" with the weekday and the long date on 6 November 2017 (a
    wording per day), "Par" turned the writer with the beat, the last change of the regulated
    electricity tariff (each February, June or August), the month's regulated gas price and
    its change on the month before (a wording per month, reworded when the tariff closed to
    new contracts), "À découvrir aussi" links and advertisement markers up to twice, a
    call-back line, a banner reworded in 2018 and turned by the winter truce, its end, the
    energy cheque's mailing and the lockdown, the mediator line, the partners line and the
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="kilowattmalin.fr", site="Kilowatt Malin", base_size=200,
        subdomains=(("www.", 100),),
        sections=("electricite", "gaz", "offres-vertes", "demarches", "actualites"),
        n_authors=8, url_path="/{section}/{slug}",
        pools={"rubrique": ("Électricité", "Gaz naturel", "Offres vertes", "Chèque énergie",
                            "Compteur Linky", "Démarches"),
               "beat": ("experte énergie", "journaliste conso", "rédacteur en chef",
                        "spécialiste des tarifs")},
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.9, *_by_day(_km_date)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}"),
               (KM_REDESIGN.isoformat(), "Rédigé par {author}, {author_beat}")),
            _f("trv", HEADER, 0.25, *from_table(TRV, lambda v: (
                f"Dernière évolution du tarif réglementé de l'électricité : {v}"))),
            _f("gaz", HEADER, 0.2, *_by_day(_km_gaz)),
            _f("decouvrir", MIDDLE, 0.4, (_OLD, "➜ À découvrir aussi : {other_title}"), count=2),
            _f("pub", MIDDLE, 0.3, (_OLD, "— Publicité —"), count=2),
            _f("rappel", MIDDLE, 0.15, (_OLD, "Un conseiller vous rappelle gratuitement au "
                                              "09 70 55 12 34, du lundi au samedi de 8 h à "
                                              "20 h.")),
            _f("bandeau", FOOTER, 0.3, *_km_bandeau()),
            _f("mediateur", FOOTER, 0.25, (_OLD, "En cas de litige avec votre fournisseur, "
                                                 "vous pouvez saisir gratuitement le médiateur "
                                                 "national de l'énergie.")),
            _f("partenaires", FOOTER, 0.35, (_OLD, "Kilowatt Malin est rémunéré par certains "
                                                   "fournisseurs partenaires lorsque vous "
                                                   "souscrivez via notre service. Le classement "
                                                   "des offres n'en dépend pas.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Kilowatt Malin SAS – Tous droits "
                                                "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le prix de l'abonnement indiqué dans "
                                               "une première version a été corrigé.")),
        ),
    )


# --- a Greek energy news site with the day's planned power cuts ---------------------------

DK_REDESIGN = dt.date(2018, 5, 14)
DK_NEWSLETTER = dt.date(2017, 3, 1)
DK_APP = dt.date(2019, 7, 1)
DK_STORMS = (("2017-01-06", "2017-01-12", "❄️ Χιονιάς: ζωντανή ενημέρωση για τις βλάβες στο "
                                          "δίκτυο"),
             ("2018-09-27", "2018-09-30", "🌀 Κυκλώνας «Ζορμπάς»: οι περιοχές χωρίς ρεύμα"),
             ("2019-01-07", "2019-01-10", "❄️ Κακοκαιρία: οι περιοχές χωρίς ρεύμα, ώρα με ώρα"),
             ("2020-09-17", "2020-09-21", "🌀 Κυκλώνας «Ιανός»: οι περιοχές χωρίς ρεύμα, ώρα με "
                                          "ώρα"))
HEATING_OIL = (("2015-01-01", 0.93), ("2015-04-30", 0.88), ("2015-10-15", 0.80),
               ("2016-02-01", 0.66), ("2016-10-15", 0.76), ("2017-10-15", 0.85),
               ("2018-10-15", 1.02), ("2019-02-01", 0.93), ("2019-10-15", 0.98),
               ("2020-04-30", 0.68), ("2020-10-15", 0.71), ("2021-01-10", 0.78))


def _dk_date(day: dt.date) -> str:
    if day < DK_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return f"{MERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year}"


def _dk_diakopes(day: dt.date) -> str:
    return (f"Προγραμματισμένες διακοπές ρεύματος σήμερα, {MERES[day.weekday()]} {day.day} "
            f"{MINES[day.month - 1]}")


def heating_season(day: dt.date) -> bool:
    """Whether heating oil is on sale at its season's price (15 October to 30 April)."""
    return (day.month, day.day) >= (10, 15) or (day.month, day.day) <= (4, 30)


def heating_oil(monday: dt.date) -> float:
    return trend(monday, HEATING_OIL) * (1 + 0.015 * wobble(monday, "oil"))


def _dk_petrelaio(day: dt.date) -> str:
    if not heating_season(day):
        return (f"Πετρέλαιο θέρμανσης: η νέα περίοδος διάθεσης αρχίζει στις 15 Οκτωβρίου "
                f"{day.year}")
    monday = max(monday_of(day), dt.date(day.year, 10, 15) if day.month >= 10 else
                 monday_of(day))
    return (f"Μέση τιμή πετρελαίου θέρμανσης την εβδομάδα από {monday.day}/{monday.month}: "
            f"{lei(heating_oil(monday))} €/λίτρο")


@cache
def _dk_eidopoiisi() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε το diakoptis.gr στο Facebook"),
                  (DK_NEWSLETTER.isoformat(), "Γραφτείτε στο newsletter του diakoptis.gr: οι "
                                              "διακοπές ρεύματος της περιοχής σας κάθε πρωί"))
    storms = [_span(a, b, text) for a, b, text in DK_STORMS]
    pascha: list[Event] = [(orthodox_easter(y) - 9 * ONE, orthodox_easter(y) + 2 * ONE,
                            f"Πάσχα {y}: πώς θα λειτουργήσουν τα καταστήματα των παρόχων και "
                            f"οι βάρδιες βλαβών") for y in YEARS]
    return _calendar(base, storms, pascha)


def diakoptis_style() -> PublisherStyle:
    """A Greek energy news site with the day's planned power cuts: a category from a pool,
    the numeric date and time turned the weekday and the long date on 14 May 2018 (a wording
    per day), the writer, the day's planned-cuts heading (a wording per day), areas and hours
    from pools, the heating-oil price (a wording per week from each Monday of the season, a
    waiting line from May to mid-October), "Διαβάστε επίσης" links and advertisement markers
    up to twice, the fault number reworded for the app in 2019, a source line, a newsletter
    line reworded in 2017 and turned by storms, the cold of January 2017 and Orthodox
    Easter, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="diakoptis.gr", site="Διακόπτης", base_size=160,
        subdomains=(("www.", 100),),
        sections=("energeia", "diakopes-reumatos", "logariasmoi", "fysiko-aerio", "kausima"),
        n_authors=7, url_path="/{section}/{n}/{slug}",
        pools={"katigoria": ("Ενέργεια", "Διακοπές ρεύματος", "Λογαριασμοί", "Φυσικό αέριο",
                             "Καύσιμα", "Καταναλωτές"),
               "perioxes": ("Αμπελόκηποι", "Καλαμαριά", "Πυλαία", "Εύοσμος", "Νεάπολη",
                            "Τούμπα", "Σταυρούπολη", "Πολίχνη"),
               "ores": ("08:00 - 14:00", "07:30 - 13:30", "09:00 - 15:00", "10:00 - 12:30",
                        "08:30 - 11:30")},
        families=(
            _f("katigoria", HEADER, 0.45, (_OLD, "{katigoria}")),
            _f("imerominia", HEADER, 0.9, *_by_day(_dk_date)),
            _f("syntaktis", HEADER, 0.5, (_OLD, "Συντάκτης: {author}")),
            _f("diakopes", HEADER, 0.3, *_daily(_dk_diakopes)),
            _f("perioxes", MIDDLE, 0.3, (_OLD, "Περιοχές: {perioxes_list}")),
            _f("ores", MIDDLE, 0.2, (_OLD, "Ώρες διακοπής: {ores}")),
            _f("petrelaio", HEADER, 0.2, *_by_day(_dk_petrelaio)),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}"), count=2),
            _f("diafimisi", MIDDLE, 0.3, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("vlaves", FOOTER, 0.3, (_OLD, "Για βλάβες στο δίκτυο: 11500, όλο το 24ωρο"),
               (DK_APP.isoformat(), "Βλάβες και διακοπές: 11500 ή μέσω της εφαρμογής του "
                                    "διαχειριστή για κινητά")),
            _f("pigi", FOOTER, 0.3, (_OLD, "Πηγή: ανακοινώσεις του διαχειριστή του δικτύου "
                                           "διανομής")),
            _f("eidopoiisi", FOOTER, 0.3, *_dk_eidopoiisi()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Διακόπτης – Με την επιφύλαξη παντός "
                                                "δικαιώματος")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: οι ώρες της διακοπής ενημερώθηκαν "
                                                 "σύμφωνα με τη νέα ανακοίνωση.")),
        ),
    )


# --- an American outage map's news desk ---------------------------------------------------

OD_REDESIGN = dt.date(2016, 9, 1)
OD_DATA = dt.date(2018, 6, 1)
OD_STORMS = (("2016-01-22", "2016-01-26", "Winter Storm Jonas", 5.0),
             ("2016-10-06", "2016-10-12", "Hurricane Matthew", 18.0),
             ("2017-08-25", "2017-09-02", "Hurricane Harvey", 6.0),
             ("2017-09-09", "2017-09-16", "Hurricane Irma", 40.0),
             ("2017-09-19", "2017-09-30", "Hurricane Maria", 9.0),
             ("2018-09-13", "2018-09-21", "Hurricane Florence", 11.0),
             ("2018-10-10", "2018-10-16", "Hurricane Michael", 9.0),
             ("2019-09-05", "2019-09-08", "Hurricane Dorian", 4.0),
             ("2019-10-09", "2019-10-31", "California's power shutoffs", 6.0),
             ("2020-08-04", "2020-08-09", "Tropical Storm Isaias", 25.0),
             ("2020-08-10", "2020-08-14", "The Midwest derecho", 7.0),
             ("2020-08-27", "2020-09-02", "Hurricane Laura", 6.0))


def _od_dated(day: dt.date) -> str:
    if day < OD_REDESIGN:
        return f"Posted {day.month}/{day.day}/{day.year}"
    return (f"Updated {WEEKDAYS[day.weekday()][:3]}, {MONTHS[day.month - 1][:3]} {day.day}, "
            f"{day.year} at {{time12}} ET")


def storm_on(day: dt.date) -> tuple[str, float] | None:
    for first, last, name, scale in OD_STORMS:
        if iso_day(first) <= day <= iso_day(last):
            return name, scale
    return None


def without_power(day: dt.date) -> int:
    """Customers without power nationwide at the morning snapshot (made up)."""
    base = 38_000 * (1 + 0.45 * wobble(day, "out"))
    if day.month in (6, 7, 8):
        base *= 1.8
    storm = storm_on(day)
    if storm:
        base += storm[1] * 100_000 * (0.6 + 0.4 * abs(wobble(day, "storm")))
    return int(round(base, -1))


def _od_snapshot(day: dt.date) -> str:
    return (f"Outage snapshot, {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}: "
            f"{without_power(day):,} customers without power nationwide")


@cache
def _od_storm() -> Wordings:
    base = _steps((_OLD, "Report an outage to your utility first: our map updates every 15 "
                         "minutes."))
    storms = [_span(a, b, f"🌀 {name}: live outage map and restoration updates")
              for a, b, name, _ in OD_STORMS]
    return _calendar(base, storms)


def outagedesk_style() -> PublisherStyle:
    """An American outage map's news desk: "Posted" with the numeric date turned "Updated"
    with the short weekday, the date and the time on 1 September 2016 (a wording per day),
    the writer, the morning snapshot of customers without power with the day's date (a
    wording per day, swollen by each storm), a storm banner turned by hurricanes, winter
    storms, the derecho and California's shutoffs, "MORE:" links up to twice, the utilities
    of the report from a pool, a map line and a safety line, the data line reworded in 2018,
    the text-alert line and the copyright line, a rare correction."""
    return PublisherStyle(
        domain="outagedesk.com", site="OutageDesk", base_size=140,
        subdomains=(("www.", 80), ("news.", 20)),
        sections=("storms", "grid", "utilities", "wildfire", "winter"),
        n_authors=6, url_path="/news/{yyyy}/{mm}/{dd}/{slug}",
        pools={"utilities": ("Coastal Power & Light", "Tri-County Electric", "Mid-Valley Energy",
                             "Northern Plains Electric Cooperative", "Harbor Gas & Electric",
                             "Piedmont Public Power")},
        families=(
            _f("dated", HEADER, 0.9, *_by_day(_od_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}, OutageDesk")),
            _f("snapshot", HEADER, 0.35, *_daily(_od_snapshot)),
            _f("storm", HEADER, 0.3, *_od_storm()),
            _f("more", MIDDLE, 0.35, (_OLD, "MORE: {other_title}"), count=2),
            _f("utilities", MIDDLE, 0.25, (_OLD, "Utilities in this report: {utilities_list}")),
            _f("map", MIDDLE, 0.2, (_OLD, "Interactive map: outages by county, updated every 15 "
                                          "minutes")),
            _f("safety", MIDDLE, 0.2, (_OLD, "Stay at least 35 feet away from downed power "
                                             "lines and call 911.")),
            _f("data", FOOTER, 0.35,
               (_OLD, "Outage counts come from utilities' public outage maps and may lag "
                      "conditions on the ground."),
               (OD_DATA.isoformat(), "Data: OutageDesk collects customer counts from more than "
                                     "800 utilities every 15 minutes. Counts may lag.")),
            _f("alerts", FOOTER, 0.2, (_OLD, "Get outage alerts for your ZIP code: text POWER "
                                             "to 55123. Msg & data rates may apply.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} OutageDesk LLC. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "overstated the number of customers without "
                                                  "power.")),
        ),
    )


# --- a British water company's customer news ----------------------------------------------

WY_REDESIGN = dt.date(2019, 4, 1)
WY_EMERGENCY = dt.date(2018, 3, 12)  # reworded after the freeze-thaw of March 2018
WY_BILLS = (("2014-04-01", "2014/15 is £371"), ("2015-04-01", "2015/16 is £368"),
            ("2016-04-01", "2016/17 is £372"), ("2017-04-01", "2017/18 is £381"),
            ("2018-04-01", "2018/19 is £392"), ("2019-04-01", "2019/20 is £402"),
            ("2020-04-01", "2020/21 is £384"))


def _wy_dated(day: dt.date) -> str:
    if day < WY_REDESIGN:
        return f"Published {day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"Posted on {WEEKDAYS[day.weekday()]} {ordinal(day.day)} {MONTHS[day.month - 1]} "
            f"{day.year}")


def incidents(day: dt.date) -> int:
    n = 3 + round(2.5 * wobble(day, "incidents"))
    if dt.date(2018, 2, 26) <= day <= dt.date(2018, 3, 9):
        n += 40
    elif dt.date(2018, 6, 25) <= day <= dt.date(2018, 7, 31):
        n += 12
    return max(0, n)


def _wy_status(day: dt.date) -> str:
    n = incidents(day)
    when = f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1]}"
    if n == 0:
        return f"Network status, {when}: no incidents affecting supply"
    return (f"Network status, {when}: {n} incident{'s' if n != 1 else ''} affecting supply. See "
            f"our live map")


@cache
def _wy_banner() -> Wordings:
    base = _steps((_OLD, "Save water, save money: order a free water-saving pack"))
    weather = [
        _span("2018-02-26", "2018-03-11", "❄️ Freeze-thaw: bursts are affecting supplies. "
                                          "Please only use the water you need"),
        _span("2018-06-25", "2018-08-05", "☀️ Record demand: please use water wisely in the "
                                          "hot weather"),
        _span("2020-03-23", "2020-05-31", "🏠 Stay at home: our contact centre has shorter "
                                          "hours, but our emergency line stays open"),
        _span("2020-06-01", "2020-06-14", "☀️ Demand is high: please use water wisely in the "
                                          "hot weather"),
    ]
    christmas = _yearly("12-24", 6, 8, lambda y: f"🎄 Christmas {y}: our offices close 25 and "
                                                 f"26 December; the 24-hour line stays open")
    bills = _yearly("04-01", 16, 6, lambda y: f"Your {y}/{str(y + 1)[2:]} bill is on its way: "
                                              f"here's what it pays for")
    return _calendar(base, weather, christmas, bills)


def wyndham_style() -> PublisherStyle:
    """A British water company's customer news: "Published" with the long date turned
    "Posted on" with the weekday and an ordinal day on 1 April 2019 (a wording per day),
    the network status with the day's incidents (a wording per day, swollen in the 2018
    freeze-thaw and heatwave), a boil-water notice with postcode districts from a pool, a
    meter-reading reminder, a water-saving banner turned by the freeze-thaw, the 2018 and
    2020 hot weather, the lockdown, Christmas and each April's new bills, the emergency line
    reworded after the freeze, the Priority Services line, the average bill (changing each
    April), "– ENDS –", the about line, the media line and the copyright line (a block), a
    rare update."""
    return PublisherStyle(
        domain="wyndhamwater.co.uk", site="Wyndham Water", base_size=120,
        subdomains=(("www.", 70), ("corporate.", 30)),
        sections=("news", "in-your-area", "bills", "environment"),
        n_authors=4, url_path="/news/{yyyy}/{slug}",
        pools={"postcodes": ("WY3", "WY7", "WY12", "WY14", "HX9", "HX11")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_wy_dated)),
            _f("status", HEADER, 0.3, *_daily(_wy_status)),
            _f("banner", HEADER, 0.25, *_wy_banner()),
            _f("boil", MIDDLE, 0.1, (_OLD, "Boil water notice: customers in {postcodes_list} "
                                           "should boil tap water and let it cool before "
                                           "drinking until we tell you otherwise.")),
            _f("meter", MIDDLE, 0.15, (_OLD, "On a meter? Send us a reading online and we'll "
                                             "bill you for what you actually use.")),
            _f("emergency", FOOTER, 0.4,
               (_OLD, "Leak, burst or no water? Call our 24-hour team on 0800 316 4421."),
               (WY_EMERGENCY.isoformat(), "No water or low pressure? Check our live incident "
                                          "map first, or call us 24/7 on 0800 316 4421.")),
            _f("priority", FOOTER, 0.2, (_OLD, "Need extra help? Join our Priority Services "
                                               "Register for bottled water deliveries during "
                                               "an interruption.")),
            _f("bills", FOOTER, 0.2, *from_table(WY_BILLS, lambda v: (
                f"Our average household bill for water and sewerage in {v}."))),
            _f("ends", FOOTER, 0.4, (_OLD, "– ENDS –")),
            _f("about", FOOTER, 0.35, (_OLD, "About Wyndham Water: we supply drinking water to "
                                             "1.4 million people and treat wastewater for 1.9 "
                                             "million across the region.")),
            _f("media", FOOTER, 0.35, (_OLD, "Media enquiries: 01632 960 512 (24 hours)")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Wyndham Water Services Ltd")),
            _f("update", HEADER, 0.04, (_OLD, "Update: supplies have now been restored to all "
                                              "affected properties.")),
        ),
    )


# --- a Romanian water operator ------------------------------------------------------------

AB_REDESIGN = dt.date(2017, 9, 4)
AB_APP = dt.date(2018, 5, 2)
AB_WHATSAPP = dt.date(2019, 10, 1)
# Water and sewerage per cubic metre, VAT included: 24% to 2015, 20% in 2016, 19% from 2017.
AB_TARIF = (("2014-07-01", "4,96 lei/m³ (TVA 24% inclus)"),
            ("2016-01-01", "4,80 lei/m³ (TVA 20% inclus)"),
            ("2016-07-01", "5,02 lei/m³ (TVA 20% inclus)"),
            ("2017-01-01", "4,97 lei/m³ (TVA 19% inclus)"),
            ("2018-01-01", "5,22 lei/m³ (TVA 19% inclus)"),
            ("2019-01-01", "5,49 lei/m³ (TVA 19% inclus)"),
            ("2020-01-01", "5,76 lei/m³ (TVA 19% inclus)"))


def _ab_data(day: dt.date) -> str:
    if day < AB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Publicat: {ZILE[day.weekday()]}, {day.day} {LUNI[day.month - 1]} {day.year}"


def _ab_autocitire(day: dt.date) -> str:
    app = day >= AB_APP
    if 20 <= day.day <= 25:
        how = "în aplicația Aqua Bistra sau" if app else "pe site sau"
        return (f"📟 Autocitire {LUNI[day.month - 1]} {day.year}: transmiteți indexul "
                f"apometrului {how} la 0800 800 263, până pe 25 {LUNI[day.month - 1]}")
    if app:
        return ("Autocitirea se face între 20 și 25 ale fiecărei luni, în aplicația Aqua Bistra "
                "sau la 0800 800 263")
    return "Autocitirea se face între 20 și 25 ale fiecărei luni, pe site sau la 0800 800 263"


@cache
def _ab_program() -> Wordings:
    base = _steps((_OLD, "Program casierii: luni–vineri 8:00–16:00"))
    urgenta = [_span("2020-03-16", "2020-05-14", "Casieriile sunt închise pe durata stării de "
                                                 "urgență. Plătiți factura online sau prin "
                                                 "virament.")]
    paste = [(orthodox_easter(y) - 2 * ONE, orthodox_easter(y) + 2 * ONE,
              f"Casieriile sunt închise de Paște, între {(orthodox_easter(y) - 2 * ONE).day} și "
              f"{(orthodox_easter(y) + ONE).day} {LUNI[(orthodox_easter(y) + ONE).month - 1]} "
              f"{y}.") for y in YEARS]
    craciun = _yearly("12-25", 1, 1, lambda y: f"Casieriile sunt închise de Crăciun, 24–26 "
                                               f"decembrie {y}.")
    return _calendar(base, urgenta, paste, craciun)


def aquabistra_style() -> PublisherStyle:
    """A Romanian water operator: the numeric date turned "Publicat:" with the weekday and
    the long date on 4 September 2017 (a wording per day), "Comunicat de presă", the kind
    of interruption from a pool, streets and hours from pools, water-tanker and turbidity
    lines, the tariff (with the VAT cuts of 2016 and 2017 and the yearly rises), the
    meter-reading window (turned on the 20th to 25th of each month, reworded for the app in
    2018), the dispatcher's number reworded for WhatsApp in 2019, the cash desks' hours
    turned by Orthodox Easter, Christmas and the state of emergency, the copyright line, a
    rare erratum."""
    return PublisherStyle(
        domain="aquabistra.ro", site="Aqua Bistra", base_size=105,
        subdomains=(("www.", 100),),
        sections=("comunicate", "intreruperi", "investitii", "clienti"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={"tip": ("Întrerupere programată", "Avarie", "Lucrări de modernizare",
                       "Spălare rețea", "Branșamente noi"),
               "strazi": ("str. Republicii", "str. Libertății", "bd. Decebal", "str. Avram "
                          "Iancu", "calea Moldovei", "str. Zorilor", "str. Gării"),
               "interval": ("08:00 – 16:00", "09:00 – 15:00", "22:00 – 06:00",
                            "08:00 – 20:00")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_ab_data)),
            _f("comunicat", HEADER, 0.4, (_OLD, "Comunicat de presă")),
            _f("tip", HEADER, 0.35, (_OLD, "{tip}")),
            _f("strazi", MIDDLE, 0.3, (_OLD, "Străzi afectate: {strazi_list}")),
            _f("interval", MIDDLE, 0.2, (_OLD, "Interval: {interval}")),
            _f("cisterne", MIDDLE, 0.12, (_OLD, "Pe durata întreruperii, apa va fi distribuită "
                                                "din autocisterne.")),
            _f("turbiditate", MIDDLE, 0.08, (_OLD, "După reluarea furnizării, apa poate fi "
                                                   "ușor tulbure. Lăsați robinetul deschis "
                                                   "câteva minute.")),
            _f("tarif", FOOTER, 0.25, *from_table(AB_TARIF, lambda v: (
                f"Tarif apă potabilă și canalizare: {v}"))),
            _f("autocitire", FOOTER, 0.3, *_by_day(_ab_autocitire)),
            _f("dispecerat", FOOTER, 0.4, (_OLD, "Dispecerat non-stop: 0263 955 955"),
               (AB_WHATSAPP.isoformat(), "Dispecerat non-stop: 0263 955 955 | WhatsApp: 0740 "
                                         "955 955")),
            _f("program", FOOTER, 0.2, *_ab_program()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Aqua Bistra SA. Toate drepturile "
                                                 "rezervate.")),
            _f("erata", HEADER, 0.04, (_OLD, "Erată: intervalul întreruperii a fost corectat.")),
        ),
    )


# --- a Thai electricity news site ---------------------------------------------------------

FW_REDESIGN = dt.date(2018, 1, 2)
FW_LINE = dt.date(2019, 3, 1)
# The Ft charge per unit in satang, set for each four months.
FT = (("2015-01-01", "58.96"), ("2015-05-01", "49.61"), ("2015-09-01", "46.92"),
      ("2016-01-01", "-3.22"), ("2016-05-01", "-33.29"), ("2016-09-01", "-33.29"),
      ("2017-01-01", "-37.29"), ("2017-05-01", "-24.77"), ("2017-09-01", "-15.90"),
      ("2018-01-01", "-15.90"), ("2018-05-01", "-15.90"), ("2018-09-01", "-15.90"),
      ("2019-01-01", "-11.60"), ("2019-05-01", "-11.60"), ("2019-09-01", "-11.60"),
      ("2020-01-01", "-11.60"), ("2020-05-01", "-11.60"), ("2020-09-01", "-12.43"))
FT_PERIODS = ("ม.ค.-เม.ย.", "พ.ค.-ส.ค.", "ก.ย.-ธ.ค.")


def _fw_wanthi(day: dt.date) -> str:
    if day < FW_REDESIGN:
        return f"{day.day} {DUEAN_YO[day.month - 1]} {str(be_year(day.year))[2:]}"
    return f"อัปเดต {day.day} {DUEAN[day.month - 1]} {be_year(day.year)} | {{time}} น."


def _fw_dapfai(day: dt.date) -> str:
    return f"ประกาศงดจ่ายไฟ ประจำวัน{WAN[day.weekday()]}ที่ {day.day} {DUEAN[day.month - 1]}"


def _fw_ft() -> Wordings:
    def text(start: str, value: str) -> str:
        day = dt.date.fromisoformat(start)
        return (f"ค่า Ft งวด {FT_PERIODS[(day.month - 1) // 4]} {be_year(day.year)}: {value} "
                f"สตางค์ต่อหน่วย")
    return ((_OLD, text(*FT[0])),) + tuple((s, text(s, v)) for s, v in FT[1:])


@cache
def _fw_prakat() -> Wordings:
    base = _steps((_OLD, "กดติดตามเพจไฟฟ้าวันนี้ ไม่พลาดทุกประกาศดับไฟ"),
                  (FW_LINE.isoformat(), "รับแจ้งเตือนดับไฟในพื้นที่ของคุณทาง LINE @faifawanni"))
    covid = [_span("2020-04-01", "2020-06-30", "มาตรการลดค่าไฟช่วงโควิด-19: ตรวจสอบสิทธิ์ "
                                               "และยื่นขอคืนเงินประกันการใช้ไฟ")]
    songkran = _yearly("04-13", 5, 3, lambda y: f"สงกรานต์ {be_year(y)}: งดดับไฟตามแผนช่วงวันหยุด "
                                                f"ขอให้เดินทางปลอดภัย")
    new_year = _yearly("12-31", 3, 2, lambda y: f"สวัสดีปีใหม่ {be_year(y + 1)}: ตรวจเช็ก"
                                                f"ปลั๊กไฟก่อนออกจากบ้าน")
    return _calendar(base, covid, songkran, new_year)


def faifawanni_style() -> PublisherStyle:
    """A Thai electricity news site: a category from a pool, the short date with the
    two-digit Buddhist-era year turned "อัปเดต" with the long date and the time on 2
    January 2018 (a wording per day), the day's planned-outage heading (a wording per day),
    areas and hours from pools, the Ft charge for each four months, related links and
    advertisement markers, the fault line, a source line, a follow line reworded for LINE in
    2019 and turned by Songkran, the New Year and the pandemic's relief, the copyright line, a
    rare correction."""
    return PublisherStyle(
        domain="faifawanni.com", site="ไฟฟ้าวันนี้", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "dapfai", "khafai", "energy"),
        n_authors=4, url_path="/{section}/{n}",
        pools={"muad": ("ข่าวไฟฟ้า", "ประกาศดับไฟ", "ค่าไฟ", "พลังงาน", "น้ำประปา"),
               "phuenthi": ("อ.เมือง", "อ.บางบัวทอง", "ต.บางรักพัฒนา", "ถนนรัตนาธิเบศร์",
                            "หมู่บ้านพฤกษา", "ต.คลองข่อย"),
               "wela": ("08.30 - 16.30 น.", "09.00 - 15.00 น.", "08.00 - 12.00 น.",
                        "13.00 - 17.00 น.")},
        families=(
            _f("muad", HEADER, 0.45, (_OLD, "{muad}")),
            _f("wanthi", HEADER, 0.85, *_by_day(_fw_wanthi)),
            _f("dapfai", HEADER, 0.3, *_daily(_fw_dapfai)),
            _f("phuenthi", MIDDLE, 0.3, (_OLD, "พื้นที่ที่ได้รับผลกระทบ: {phuenthi_list}")),
            _f("wela", MIDDLE, 0.2, (_OLD, "ช่วงเวลา {wela}")),
            _f("ft", FOOTER, 0.3, *_fw_ft()),
            _f("kiaokhong", MIDDLE, 0.35, (_OLD, "ข่าวที่เกี่ยวข้อง: {other_title}")),
            _f("khosana", MIDDLE, 0.25, (_OLD, "พื้นที่โฆษณา")),
            _f("hotline", FOOTER, 0.35, (_OLD, "ไฟดับ ไฟตก แจ้งได้ที่สายด่วน 1417 ตลอด 24 "
                                               "ชั่วโมง")),
            _f("thima", FOOTER, 0.3, (_OLD, "ที่มา: ประกาศของการไฟฟ้าในพื้นที่")),
            _f("prakat", FOOTER, 0.3, *_fw_prakat()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} ไฟฟ้าวันนี้ สงวนลิขสิทธิ์")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "แก้ไขข้อมูล: ปรับช่วงเวลางดจ่ายไฟให้ถูกต้องแล้ว")),
        ),
    )


# --- an Israeli water and sewerage corporation --------------------------------------------

MK_REDESIGN = dt.date(2018, 8, 1)
MK_WHATSAPP = dt.date(2019, 1, 1)
# The household water tariff per cubic metre, VAT included: the first and the second block.
MK_TARIFF = (("2014-07-01", "9.09 ₪ (מדרגה א׳) ו־15.01 ₪ (מדרגה ב׳)"),
             ("2015-10-01", "9.01 ₪ (מדרגה א׳) ו־14.88 ₪ (מדרגה ב׳)"),
             ("2016-01-01", "7.71 ₪ (מדרגה א׳) ו־13.51 ₪ (מדרגה ב׳)"),
             ("2017-01-01", "7.56 ₪ (מדרגה א׳) ו־13.28 ₪ (מדרגה ב׳)"),
             ("2018-01-01", "7.46 ₪ (מדרגה א׳) ו־13.11 ₪ (מדרגה ב׳)"),
             ("2019-01-01", "7.53 ₪ (מדרגה א׳) ו־13.26 ₪ (מדרגה ב׳)"),
             ("2020-01-01", "7.58 ₪ (מדרגה א׳) ו־13.34 ₪ (מדרגה ב׳)"),
             ("2020-07-01", "7.63 ₪ (מדרגה א׳) ו־13.50 ₪ (מדרגה ב׳)"))
PESACH = {2015: "2015-04-04", 2016: "2016-04-23", 2017: "2017-04-11", 2018: "2018-03-31",
          2019: "2019-04-20", 2020: "2020-04-09"}
ROSH_HASHANA = {2015: ("2015-09-14", "תשע״ו"), 2016: ("2016-10-03", "תשע״ז"),
                2017: ("2017-09-21", "תשע״ח"), 2018: ("2018-09-10", "תשע״ט"),
                2019: ("2019-09-30", "תש״ף"), 2020: ("2020-09-19", "תשפ״א")}
YOM_KIPPUR = {2015: "2015-09-23", 2016: "2016-10-12", 2017: "2017-09-30", 2018: "2018-09-19",
              2019: "2019-10-09", 2020: "2020-09-28"}
MK_READINGS = ("ינואר–פברואר", "מרץ–אפריל", "מאי–יוני", "יולי–אוגוסט", "ספטמבר–אוקטובר",
               "נובמבר–דצמבר")


def _mk_date(day: dt.date) -> str:
    if day < MK_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{YAMIM[day.weekday()]}, {day.day} ב{HODASHIM[day.month - 1]} {day.year}"


def _mk_kria(day: dt.date) -> str:
    """Meters are read in the first weeks after each two-month billing period."""
    k = (day.month - 1) // 2
    prev_k, y = (k - 1) % 6, day.year - (k == 0)
    return f"קריאת מונים לתקופת החיוב {MK_READINGS[prev_k]} {y} מתבצעת בימים אלה"


@cache
def _mk_hagim() -> Wordings:
    base = _steps((_OLD, "משלמים את חשבון המים באתר, בלי תור ובלי המתנה"))
    corona = [_span("2020-03-15", "2020-05-31", "בעקבות הנחיות משרד הבריאות אין קבלת קהל "
                                                "במשרדים. השירות ממשיך בטלפון ובאתר.")]
    holidays: list[Event] = []
    for y in YEARS:
        pesach = iso_day(PESACH[y])
        holidays.append((pesach - 5 * ONE, pesach + 8 * ONE, f"חג פסח שמח! משרדי התאגיד סגורים "
                                                             f"בחג ופתוחים בשעות מקוצרות בחול "
                                                             f"המועד ({y})"))
        rosh, shana = ROSH_HASHANA[y]
        holidays.append((iso_day(rosh, -5), iso_day(rosh, 3), f"שנה טובה! ברכות לשנת {shana} "
                                                              f"מכל עובדי התאגיד"))
        kippur = iso_day(YOM_KIPPUR[y])
        holidays.append((kippur - 2 * ONE, kippur + ONE, f"גמר חתימה טובה. המשרדים סגורים ביום "
                                                         f"הכיפורים {shana}"))
    return _calendar(base, corona, holidays)


def meikramim_style() -> PublisherStyle:
    """An Israeli water and sewerage corporation (in Hebrew): the numeric date turned the
    weekday and the long date on 1 August 2018 (a wording per day), the kind of notice from
    a pool, areas and hours from pools, a meter-reading line that turns with each two-month
    billing period, the household water tariff (the 2015 VAT cut, the 2016 tariff cut, then
    changing each 1 January and on 1 July 2020), the 24-hour line reworded for WhatsApp in
    2019, a bill-payment line turned by Pesach, Rosh Hashanah with its Hebrew year, Yom
    Kippur and the pandemic, a summer watering line, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="meikramim.co.il", site="מי כרמים", base_size=80,
        subdomains=(("www.", 100),),
        sections=("hodaot", "avodot", "cheshbonot", "shirut"),
        n_authors=3, url_path="/{section}/{n}",
        pools={"sug": ("הודעה על הפסקת מים", "עבודות תשתית", "הודעה לציבור", "עדכון שירות"),
               "ezorim": ("שכונת הדר", "רמת אלון", "מרכז העיר", "גבעת הזיתים", "רחוב הרצל",
                          "אזור התעשייה"),
               "shaot": ("08:00–14:00", "22:00–05:00", "09:00–13:00", "10:00–16:00")},
        families=(
            _f("taarich", HEADER, 0.85, *_by_day(_mk_date)),
            _f("sug", HEADER, 0.45, (_OLD, "{sug}")),
            _f("ezorim", MIDDLE, 0.3, (_OLD, "האזורים המושפעים: {ezorim_list}")),
            _f("shaot", MIDDLE, 0.2, (_OLD, "שעות ההפסקה: {shaot}")),
            _f("kria", MIDDLE, 0.12, *_by_day(_mk_kria)),
            _f("taarif", FOOTER, 0.2, *from_table(MK_TARIFF, lambda v: (
                f"תעריף המים לצריכה ביתית למ״ק, כולל מע״מ: {v}"))),
            _f("moked", FOOTER, 0.4, (_OLD, "מוקד תקלות 24/7: *2345"),
               (MK_WHATSAPP.isoformat(), "מוקד תקלות 24/7: *2345 או בוואטסאפ 050-5552345")),
            _f("hagim", FOOTER, 0.3, *_mk_hagim()),
            _f("hashkaya", FOOTER, 0.15, *_seasons(
                ("04-15", "☀️ בקיץ משקים בשעות הערב והלילה בלבד: כך פחות מים מתאדים"),
                ("10-15", "חוסכים במים גם בחורף: בדקו שאין נזילה בניאגרה ובברזים"))),
            _f("zchuyot", FOOTER, 0.35, (_OLD, "כל הזכויות שמורות © {year} מי כרמים – תאגיד "
                                               "המים והביוב")),
            _f("tikun", HEADER, 0.04, (_OLD, "תיקון: שעות ההפסקה עודכנו בהתאם להודעה החדשה.")),
        ),
    )


# --- an American city's utilities department ---------------------------------------------

MB_REDESIGN = dt.date(2017, 7, 5)
MB_PORTAL = dt.date(2019, 1, 7)
# Residential rates, set each 1 October for the fiscal year that starts then.
MB_RATES = (("2014-10-01", "FY2015: water $3.86 per 1,000 gallons, sewer $5.02, trash $17.25 a "
                           "month"),
            ("2015-10-01", "FY2016: water $3.98 per 1,000 gallons, sewer $5.17, trash $17.25 a "
                           "month"),
            ("2016-10-01", "FY2017: water $4.12 per 1,000 gallons, sewer $5.30, trash $18.00 a "
                           "month"),
            ("2017-10-01", "FY2018: water $4.24 per 1,000 gallons, sewer $5.51, trash $18.00 a "
                           "month"),
            ("2018-10-01", "FY2019: water $4.41 per 1,000 gallons, sewer $5.73, trash $18.50 a "
                           "month"),
            ("2019-10-01", "FY2020: water $4.58 per 1,000 gallons, sewer $5.96, trash $19.25 a "
                           "month"),
            ("2020-10-01", "FY2021: water $4.58 per 1,000 gallons, sewer $5.96, trash $19.25 a "
                           "month"))


def us_holidays(y: int) -> list[tuple[dt.date, str]]:
    """The holidays a city's trash pick-up slides for, in the order of the year."""
    return [(dt.date(y, 1, 1), "New Year's Day"), (last_weekday(y, 5, 0), "Memorial Day"),
            (dt.date(y, 7, 4), "Independence Day"), (nth_weekday(y, 9, 0, 1), "Labor Day"),
            (thanksgiving(y), "Thanksgiving"), (dt.date(y, 12, 25), "Christmas")]


def _mb_dated(day: dt.date) -> str:
    if day < MB_REDESIGN:
        return f"Posted on: {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"NEWS FLASH | {day.month}/{day.day}/{day.year}"


@cache
def _mb_trash() -> Wordings:
    base = _steps((_OLD, "Trash and recycling pick-up is on your regular day this week."))
    weeks: list[Event] = []
    for y in range(2015, 2022):
        for day, name in us_holidays(y):
            if day.weekday() >= 5:
                continue
            monday = monday_of(day)
            weeks.append((monday - 4 * ONE, monday + 6 * ONE,
                          f"🗑️ {name} week: pick-up runs one day late from "
                          f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}."))
    return _calendar(base, weeks)


def millbrook_style() -> PublisherStyle:
    """An American city's utilities department: "Posted on:" with the long date turned "NEWS
    FLASH |" with the numeric date on 5 July 2017 (a wording per day), a trash pick-up line
    turned by each weekday holiday's week (one day late), a boil-water advisory with streets
    from a pool, "See also" links, the outage and main-break number, a bill-payment line
    reworded for the new portal in 2019, the fiscal year's rates (changing each 1 October),
    the water quality report of the year before (from each 1 July), seasonal collections
    (brush, leaves, Christmas trees), the equal-opportunity line, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="millbrookutilities.org", site="Millbrook Utilities", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "water", "electric", "solid-waste"),
        n_authors=2, url_path="/CivicAlerts.aspx?AID={n}",
        pools={"streets": ("Oak Ridge Drive", "Mill Creek Road", "Hawthorne Avenue",
                           "N. Main Street", "Sycamore Court", "Industrial Parkway")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_mb_dated)),
            _f("trash", HEADER, 0.3, *_mb_trash()),
            _f("boil", MIDDLE, 0.12, (_OLD, "BOIL WATER ADVISORY: customers on {streets_list} "
                                            "should boil water for one minute before drinking "
                                            "until the advisory is lifted.")),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("outage", FOOTER, 0.35, (_OLD, "To report a power outage or water main break, "
                                              "call (555) 014-2200, 24 hours a day.")),
            _f("pay", FOOTER, 0.3,
               (_OLD, "Pay your utility bill online, by phone or at the drive-through window at "
                      "City Hall."),
               (MB_PORTAL.isoformat(), "Pay online with no convenience fee through the new "
                                       "Millbrook Utilities customer portal.")),
            _f("rates", FOOTER, 0.2, *from_table(MB_RATES, lambda v: f"Residential rates for {v}")),
            _f("ccr", FOOTER, 0.15, *from_table(
                tuple((f"{y}-07-01", str(y - 1)) for y in range(2014, 2021)),
                lambda v: f"Our {v} Water Quality Report (Consumer Confidence Report) is "
                          f"available online and at City Hall.")),
            _f("seasonal", FOOTER, 0.2, *_seasons(
                ("02-01", "Brush collection: bundles under 4 feet go out on your first pick-up "
                          "day of the month."),
                ("10-20", "🍂 Loose-leaf collection runs through December 15. Rake leaves to the "
                          "curb, not into the street."),
                ("12-16", "🎄 Christmas trees: remove lights and stands; trees go out on your "
                          "regular day through January 31."))),
            _f("eop", FOOTER, 0.12, (_OLD, "This institution is an equal opportunity "
                                           "provider.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Millbrook Utilities, a department of "
                                                "the City")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the advisory covers the 400 "
                                                  "block only.")),
        ),
    )


# --- a Belgian waste intercommunale -------------------------------------------------------

EM_REDESIGN = dt.date(2019, 1, 7)
EM_SC = dt.date(2019, 5, 1)  # the new company code abolished the SCRL
EM_SAC_BLEU = dt.date(2020, 10, 1)
EM_SAC = (("2014-01-01", "1,00 €"), ("2017-01-01", "1,10 €"), ("2019-01-01", "1,20 €"))


def belgian_holidays(y: int) -> list[tuple[dt.date, str]]:
    e = easter(y)
    return [(dt.date(y, 1, 1), "Nouvel An"), (e + ONE, "lundi de Pâques"),
            (dt.date(y, 5, 1), "1er mai"), (e + 39 * ONE, "jeudi de l'Ascension"),
            (e + 50 * ONE, "lundi de Pentecôte"), (dt.date(y, 7, 21), "21 juillet"),
            (dt.date(y, 8, 15), "15 août"), (dt.date(y, 11, 1), "la Toussaint"),
            (dt.date(y, 11, 11), "11 novembre"), (dt.date(y, 12, 25), "Noël")]


def _em_date(day: dt.date) -> str:
    if day < EM_REDESIGN:
        return f"Publié le {day.day} {MOIS[day.month - 1]} {day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year} · Actualités"


@cache
def _em_collecte() -> Wordings:
    base = _steps((_OLD, "Jours de collecte : consultez votre calendrier sur "
                         "ecotrimeuse.be/calendrier"))
    shifts: list[Event] = []
    for y in range(2015, 2022):
        for day, name in sorted(belgian_holidays(y)):
            if day.weekday() >= 5:
                continue
            after = day + ONE
            shifts.append((day - 5 * ONE, day + 2 * ONE,
                           f"Férié ({name}, {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]}"
                           f") : pas de collecte ce jour-là, elle est reportée au "
                           f"{JOURS[after.weekday()]} {after.day} {MOIS[after.month - 1]}"))
    covid = [_span("2020-03-18", "2020-04-19", "Covid-19 : les collectes en porte-à-porte sont "
                                               "maintenues, les recyparcs sont fermés")]
    return _calendar(base, covid, shifts)


def ecotrimeuse_style() -> PublisherStyle:
    """A Belgian waste intercommunale: "Publié le" with the long date turned the numeric date
    and "· Actualités" on 7 January 2019 (a wording per day), the collection line turned by
    each weekday bank holiday (the collection put off a day) and the lockdown, the blue PMC
    bag reminder reworded for the new bag in October 2020, the container parks' summer and
    winter hours (from 1 April and 1 October; closed and reopened by appointment in 2020),
    the price of a refuse bag (raised in 2017 and 2019), the next year's collection calendar
    (from each 10 December), "Voir aussi" links, the customer service line, the copyright line
    (SCRL turned SC in May 2019), a rare erratum."""
    return PublisherStyle(
        domain="ecotrimeuse.be", site="Ecotri Meuse", base_size=60,
        subdomains=(("www.", 100),),
        sections=("actualites", "collectes", "recyparcs", "prevention"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("date", HEADER, 0.8, *_by_day(_em_date)),
            _f("collecte", HEADER, 0.35, *_em_collecte()),
            _f("pmc", MIDDLE, 0.2,
               (_OLD, "Rappel : dans le sac bleu PMC, seulement les bouteilles et flacons en "
                      "plastique, les emballages métalliques et les cartons à boissons."),
               (EM_SAC_BLEU.isoformat(), "Nouveau sac bleu : tous les emballages en plastique y "
                                         "vont désormais, pots, barquettes et films compris.")),
            _f("voir-aussi", MIDDLE, 0.3, (_OLD, "Voir aussi : {other_title}")),
            _f("recyparcs", FOOTER, 0.3, *_seasons(
                ("04-01", "Recyparcs : horaire d'été, du mardi au samedi de 9 h à 18 h"),
                ("10-01", "Recyparcs : horaire d'hiver, du mardi au samedi de 9 h à 17 h"),
                special={2020: [
                    ("2020-03-18", "Recyparcs fermés jusqu'à nouvel ordre (Covid-19)"),
                    ("2020-04-20", "Recyparcs rouverts sur rendez-vous uniquement, du mardi au "
                                   "samedi de 9 h à 18 h"),
                    ("2020-10-01", "Recyparcs : horaire d'hiver, du mardi au samedi de 9 h à "
                                   "17 h")]})),
            _f("sac", FOOTER, 0.2, *from_table(EM_SAC, lambda v: (
                f"Sac poubelle officiel de 60 litres : {v} pièce, en vente dans les commerces "
                f"de la zone"))),
            _f("calendrier", FOOTER, 0.15, *_by_day(
                lambda day: f"Le calendrier des collectes "
                            f"{day.year + (day >= dt.date(day.year, 12, 10))} est disponible : "
                            f"téléchargez-le ou demandez-le par téléphone")),
            _f("contact", FOOTER, 0.35, (_OLD, "Service clientèle : 0800 12 345 (appel gratuit), "
                                               "du lundi au vendredi de 8 h 30 à 16 h 30")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Ecotri Meuse SCRL"),
               (EM_SC.isoformat(), "© {year} Ecotri Meuse SC")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : la date de collecte a été corrigée.")),
        ),
    )


# --- a Romanian district-heating company --------------------------------------------------

TN_REDESIGN = dt.date(2019, 2, 18)
TN_START = {2014: "2014-10-13", 2015: "2015-10-14", 2016: "2016-10-10", 2017: "2017-10-04",
            2018: "2018-10-08", 2019: "2019-10-15", 2020: "2020-10-12", 2021: "2021-10-11"}
TN_END = {2015: "2015-04-15", 2016: "2016-04-08", 2017: "2017-04-20", 2018: "2018-04-13",
          2019: "2019-04-12", 2020: "2020-04-17", 2021: "2021-04-16"}
# The local price of a gigacalorie for households, VAT included.
TN_PRET = (("2014-01-01", "215,40 lei/Gcal (TVA 24%)"), ("2016-01-01", "208,45 lei/Gcal (TVA 20%)"),
           ("2017-01-01", "206,71 lei/Gcal (TVA 19%)"), ("2018-01-01", "219,33 lei/Gcal (TVA 19%)"),
           ("2019-10-01", "232,58 lei/Gcal (TVA 19%)"), ("2020-10-01", "241,10 lei/Gcal (TVA 19%)"))


def _tn_data(day: dt.date) -> str:
    if day < TN_REDESIGN:
        return f"Comunicat – {day.day:02d}.{day.month:02d}.{day.year}"
    return (f"{ZILE[day.weekday()]}, {day.day:02d} {LUNI[day.month - 1]} {day.year}, ora "
            f"{{time}}")


def heating_year(day: dt.date) -> int | None:
    """The first year of the heating season `day` falls in, None between seasons."""
    if day >= iso_day(TN_START[day.year]):
        return day.year
    if day.year in TN_END and day < iso_day(TN_END[day.year]):
        return day.year - 1
    return None


def _tn_base(day: dt.date) -> str:
    y = heating_year(day)
    if y is None:
        return "Între sezoane se furnizează doar apă caldă menajeră."
    return (f"Sezonul de încălzire {y}–{y + 1}: căldura se furnizează la cererea asociațiilor de "
            f"proprietari.")


@cache
def _tn_agent() -> Wordings:
    starts = [(iso_day(TN_START[y]), iso_day(TN_START[y], 8),
               f"🔥 A început sezonul de încălzire {y}–{y + 1}: căldura a pornit pe "
               f"{iso_day(TN_START[y]).day} octombrie") for y in YEARS]
    revizii = [(dt.date(y, 6, 1), dt.date(y, 9, 1), f"🔧 Revizii anuale {y}: apa caldă se "
                                                    f"oprește pe rând, cel mult 7 zile în "
                                                    f"fiecare zonă") for y in YEARS]
    return _calendar(_tn_base, starts, revizii)


def termonera_style() -> PublisherStyle:
    """A Romanian district-heating company: "Comunicat –" with the numeric date turned the
    weekday, the long date and the time on 18 February 2019 (a wording per day), a heating
    line that follows the heating seasons (their start days, the summer overhauls of hot
    water, the seasons' ends), the areas from a pool, the price of a gigacalorie (with the
    VAT cuts and the price rises), the dispatcher's number, a heating-aid line in season,
    "Citește și" links, a source line, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="termonera.ro", site="Termo Nera", base_size=50,
        subdomains=(("www.", 100),),
        sections=("comunicate", "avarii", "investitii"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"zone": ("Zona Centru", "Cartier Micro 3", "Cartier Bariera", "str. Gării",
                        "Punctul termic PT 14", "Punctul termic PT 22")},
        families=(
            _f("data", HEADER, 0.85, *_by_day(_tn_data)),
            _f("agent", HEADER, 0.3, *_tn_agent()),
            _f("zone", MIDDLE, 0.3, (_OLD, "Zone afectate: {zone_list}")),
            _f("citeste", MIDDLE, 0.3, (_OLD, "Citește și: {other_title}")),
            _f("pret", FOOTER, 0.25, *from_table(TN_PRET, lambda v: (
                f"Prețul local al energiei termice pentru populație: {v}"))),
            _f("ajutor", FOOTER, 0.15, *_seasons(
                ("01-01", "Ajutorul pentru încălzirea locuinței: informații la Direcția de "
                          "Asistență Socială"),
                ("09-25", "Cererile pentru ajutorul de încălzire a locuinței se depun la "
                          "primărie până pe 20 octombrie"),
                ("10-21", "Ajutorul pentru încălzirea locuinței: informații la Direcția de "
                          "Asistență Socială"))),
            _f("dispecerat", FOOTER, 0.4, (_OLD, "Dispecerat: 0255 211 940 (non-stop)")),
            _f("sursa", FOOTER, 0.25, (_OLD, "Sursa: Termo Nera SA, Biroul de relații cu "
                                             "publicul")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Termo Nera SA")),
            _f("erata", HEADER, 0.04, (_OLD, "Erată: lista punctelor termice a fost "
                                             "completată.")),
        ),
    )


# --- a Greek municipal water enterprise ---------------------------------------------------

DY_REDESIGN = dt.date(2019, 9, 2)  # the new municipal authorities took office
DY_TIMOLOGIO = (("2014-01-01", "0,42 €/κ.μ. + ΦΠΑ 13%"), ("2016-01-01", "0,45 €/κ.μ. + ΦΠΑ 13%"),
                ("2018-01-01", "0,48 €/κ.μ. + ΦΠΑ 13%"), ("2019-06-01", "0,48 €/κ.μ. + ΦΠΑ 6%"),
                ("2020-01-01", "0,50 €/κ.μ. + ΦΠΑ 6%"))
TETRAMINA = ("Α΄", "Β΄", "Γ΄")


def _dy_date(day: dt.date) -> str:
    if day < DY_REDESIGN:
        return f"Ημερομηνία: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Δημοσιεύθηκε: {MERES[day.weekday()]} {day.day} {MINES[day.month - 1]} {day.year}"


def _dy_katametrisi(day: dt.date) -> str:
    k = (day.month - 1) // 4
    prev, y = (k - 1) % 3, day.year - (k == 0)
    return f"Σε εξέλιξη η καταμέτρηση των υδρομέτρων του {TETRAMINA[prev]} τετραμήνου {y}"


@cache
def _dy_eortes() -> Wordings:
    base = _steps((_OLD, "Πληρώστε τον λογαριασμό νερού μέσω e-banking ή στα ταμεία της ΔΕΥΑ "
                         "Καλλιρρόης"))
    covid = [_span("2020-03-16", "2020-05-03", "Λόγω των μέτρων για τον κορονοϊό η εξυπηρέτηση "
                                               "γίνεται μόνο τηλεφωνικά"),
             _span("2020-11-07", "2020-12-31", "Λόγω των μέτρων για τον κορονοϊό η εξυπηρέτηση "
                                               "γίνεται μόνο τηλεφωνικά")]
    pascha = [(orthodox_easter(y) - 2 * ONE, orthodox_easter(y) + 2 * ONE,
               f"Καλό Πάσχα! Τα γραφεία της ΔΕΥΑ Καλλιρρόης παραμένουν κλειστά από τη Μεγάλη "
               f"Παρασκευή έως τη Δευτέρα του Πάσχα {y}") for y in YEARS]
    summer = _yearly("07-01", 0, 40, lambda y: "Καλοκαίρι: παρακαλούμε ποτίζετε μόνο τις "
                                               "βραδινές ώρες και περιορίστε την άσκοπη "
                                               "κατανάλωση")
    return _calendar(base, covid, pascha, summer)


def deyakalliroi_style() -> PublisherStyle:
    """A Greek municipal water enterprise: "Ημερομηνία:" with the numeric date turned
    "Δημοσιεύθηκε:" with the weekday and the long date on 2 September 2019 (a wording per
    day), "ΑΝΑΚΟΙΝΩΣΗ", the areas of a water cut from a pool, a boil-water advice, the
    meter-reading line of the last four months (changing each January, May and
    September), the water price (with the 2019 VAT cut), the 24-hour fault line, a payment
    line turned by Orthodox Easter, the summer and the pandemic's closures, the board
    chair's signature (a new chair in September 2019), the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="deyakalliroi.gr", site="ΔΕΥΑ Καλλιρρόης", base_size=40,
        subdomains=(("www.", 100),),
        sections=("anakoinoseis", "diakopes", "erga", "typos"),
        n_authors=2, url_path="/{section}/{n}",
        pools={"perioxes": ("Άνω Πόλη", "Κάτω Πόλη", "οικισμός Αγίου Γεωργίου", "Βιομηχανική "
                            "Περιοχή", "οδός Ελευθερίου Βενιζέλου", "συνοικία Προσφυγικά")},
        families=(
            _f("imerominia", HEADER, 0.85, *_by_day(_dy_date)),
            _f("anakoinosi", HEADER, 0.5, (_OLD, "ΑΝΑΚΟΙΝΩΣΗ")),
            _f("diakopi", MIDDLE, 0.3, (_OLD, "Διακοπή υδροδότησης στις περιοχές: "
                                              "{perioxes_list}")),
            _f("vrasimo", MIDDLE, 0.08, (_OLD, "Μέχρι νεωτέρας συνιστάται το νερό να βράζεται "
                                               "πριν από την κατανάλωση.")),
            _f("katametrisi", FOOTER, 0.2, *_by_day(_dy_katametrisi)),
            _f("timologio", FOOTER, 0.2, *from_table(DY_TIMOLOGIO, lambda v: (
                f"Τιμή νερού οικιακής κατανάλωσης (0-30 κ.μ.): {v}"))),
            _f("vlaves", FOOTER, 0.4, (_OLD, "Τηλέφωνο βλαβών (24ωρο): 23410 55 555")),
            _f("eortes", FOOTER, 0.25, *_dy_eortes()),
            _f("ypografi", FOOTER, 0.3, (_OLD, "Ο Πρόεδρος του Δ.Σ. Νικόλαος Παπαδάκης"),
               (DY_REDESIGN.isoformat(), "Η Πρόεδρος του Δ.Σ. Ελένη Κωστοπούλου")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} ΔΕΥΑ Καλλιρρόης")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: η διακοπή αφορά και την οδό "
                                                 "Κολοκοτρώνη.")),
        ),
    )


def heldout173_styles() -> list[PublisherStyle]:
    """The held-back-173 styles, in the order the generator hands them to publishers."""
    return [
        wattwise_style(), kilowattmalin_style(), diakoptis_style(), outagedesk_style(),
        wyndham_style(), aquabistra_style(), faifawanni_style(), meikramim_style(),
        millbrook_style(), ecotrimeuse_style(), termonera_style(), deyakalliroi_style(),
    ]
