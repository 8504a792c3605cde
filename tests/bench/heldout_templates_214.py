"""The ``held-back-214`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test. It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection
rules and quality results, before any benchmark run on it, and without shaping any line to
pass or to fail a detector: the families are what real sites of these kinds print, from
general knowledge of them. All wording is original; none is copied from the data, from the
tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** not run yet.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
"Deel dit bericht" line or a "Return to full list" link. The publishers are the news pages of
water, waste and recycling utilities and of public-works departments, in English, French,
Dutch, Latvian, Malay and Arabic: a British water company's newsroom, a Dutch municipal
waste-collection company, a Quebec town's public notices (public works, boil-water notices,
collections), an American city's public works and utilities news, a Latvian water utility,
a Malaysian water operator, a Jordanian-style water company (in Arabic), a French public
water board, a Flemish waste intercommunale, an Australian shire council's waste and roads
news, a Latvian regional waste-management company and a Malaysian solid-waste
concessionaire. The families are the kinds a crawl of such sites holds: dates localised day
by day in English, Dutch, French, Latvian, Malay and Arabic (Levantine month names, later in
Arabic-Indic digits), several changing form on the day of a redesign; lines that turn every
day (reservoir stocks and a dam's level with the day's date), every week (the Dutch and
Australian bin weeks, the Arabic water-distribution week from Saturday to Friday) and every
month (a Latvian meter-reading deadline); bin-collection and holiday-schedule notices that
follow each country's calendar (Dutch and Belgian public holidays, Quebec's Fête nationale,
Labour Day and Thanksgiving, American holiday slides, Latvian Jāņi, Easter and 18 November,
Hari Raya, Chinese New Year and Deepavali, Ramadan and the Eids with their Hijri years,
Christmas and New Year, the Lielā talka clean-up, tree collection in January); water-quality
and boil-water notices issued and lifted on their days, a hosepipe ban, drought restriction
levels by summer, Quebec snow-clearing nights, a fire danger period by season, recycling
centres' summer and winter hours, storms, rationing and the 2020 pandemic; tariff lines by
year (British average bills by charging year, Dutch and Flemish waste charges, Quebec water
and refuse taxes, American water rates by fiscal year, Latvian water and waste tariffs from
regulators' dates, Malaysian water tariffs, a Jordanian first block, French water prices,
an Australian waste service charge); roadworks and supply-interruption lines from pools of
streets, communes and districts, related links, sorting tips and advertisement markers
mid-body (some up to two times); app and alert appeals reworded in 2016-2020, multi-line
blocks (ENDS, notes to editors, media lines, company lines, publisher's imprints), bare
lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import math
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
_seasons = _PERIOD.seasons
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Latvian months in the nominative, genitive, locative and dative, and the weekdays.
MENESIS = ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs",
           "augusts", "septembris", "oktobris", "novembris", "decembris")
MENESA = ("janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija", "jūlija", "augusta",
          "septembra", "oktobra", "novembra", "decembra")
MENESI = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
          "septembrī", "oktobrī", "novembrī", "decembrī")
MENESIM = ("janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam", "jūlijam",
           "augustam", "septembrim", "oktobrim", "novembrim", "decembrim")
DIENAS = ("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena",
          "svētdiena")
BULAN = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September",
         "Oktober", "November", "Disember")
HARI = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
# Levantine month names, as Jordanian and Syrian sites print them.
SHUHUR = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول")
AYYAM = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ARABIC_ZERO = "٠"

# Islamic and Malaysian holidays as the sites announced them (year -> ISO day).
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-16",
           2019: "2019-05-06", 2020: "2020-04-24"}
HIJRI = {2015: 1436, 2016: 1437, 2017: 1438, 2018: 1439, 2019: 1440, 2020: 1441}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
HARI_RAYA = {**EID_FITR, 2019: "2019-06-05"}  # Malaysia kept Syawal a day later in 2019
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
HARI_RAYA_HAJI = {**EID_ADHA, 2018: "2018-08-22"}
CHINESE_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                    2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
DEEPAVALI = {2015: "2015-11-10", 2016: "2016-10-29", 2017: "2017-10-18", 2018: "2018-11-06",
             2019: "2019-10-27", 2020: "2020-11-14"}

# --- helpers of this set ------------------------------------------------------------------


@cache
def noise(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    return zlib.crc32(f"{key}/{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def tariff(table: tuple[tuple[str, str], ...], text: Callable[[dt.date, str], str]) -> Wordings:
    """The wordings of a line that names the value of `table` in force (and its first day):
    one from the set's oldest day, then one from each day the value changes."""
    def line(day: dt.date) -> str:
        i = bisect_right([start for start, _ in table], day.isoformat())
        start, value = table[max(i - 1, 0)]
        return text(iso_day(start), value)
    return _by_day(line)


def arabic(number: int | str) -> str:
    """A number in Arabic-Indic digits (a decimal point as the Arabic one)."""
    return "".join(digits(c, ARABIC_ZERO) if c.isdigit() else "٫" if c == "." else c
                   for c in str(number))


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def saturday_of(day: dt.date) -> dt.date:
    """The last Saturday on or before `day`: the first day of a week that runs Saturday to
    Friday."""
    return day - dt.timedelta(days=(day.weekday() - 5) % 7)


def weekday_holidays(days: list[tuple[dt.date, str]], before: int,
                     text: Callable[[dt.date, str], str]) -> list[Event]:
    """A notice for each holiday of `days` that falls on a weekday, from `before` days before
    it to the end of the day."""
    return [(day - before * ONE, day + ONE, text(day, name)) for day, name in sorted(days)
            if day.weekday() < 5]


def lv_date(day: dt.date) -> str:
    """A Latvian date in the nominative: ``2017. gada 21. jūnijs``."""
    return f"{day.year}. gada {day.day}. {MENESIS[day.month - 1]}"


def lv_on(day: dt.date) -> str:
    """A Latvian date in the locative ("on the day"): ``2017. gada 21. jūnijā``."""
    return f"{day.year}. gada {day.day}. {MENESI[day.month - 1]}"


def lv_from(day: dt.date) -> str:
    """A Latvian date after "no" (from), in the genitive: ``2017. gada 1. marta``."""
    return f"{day.year}. gada {day.day}. {MENESA[day.month - 1]}"


# --- a British water company's newsroom ---------------------------------------------------

WB_REDESIGN = dt.date(2018, 4, 1)  # relaunched on the first day of the 2018/19 charging year
WB_APP = dt.date(2017, 10, 2)
WB_PSR = dt.date(2019, 5, 13)
WB_BILLS = (("2014-04-01", "398"), ("2015-04-01", "385"), ("2016-04-01", "388"),
            ("2017-04-01", "396"), ("2018-04-01", "407"), ("2019-04-01", "413"),
            ("2020-04-01", "402"))  # the average household bill, by charging year
WB_CUSTOMERS = (("2014-04-01", "1.29"), ("2015-04-01", "1.30"), ("2016-04-01", "1.31"),
                ("2017-04-01", "1.32"), ("2018-04-01", "1.34"), ("2019-04-01", "1.35"),
                ("2020-04-01", "1.36"))
WB_BOIL = (("2016-09-14", "2016-09-18", "2016-09-21", "HR4 7"),
           ("2019-07-09", "2019-07-12", "2019-07-15", "WR13 6"))  # issued, last day, lifted until
HOSEPIPE_BAN = (dt.date(2018, 7, 20), dt.date(2018, 9, 14))


def _wb_dated(day: dt.date) -> str:
    if day < WB_REDESIGN:
        return f"Posted on {day.day:02d}/{day.month:02d}/{day.year}"
    return (f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year} | "
            f"{{time}}")


def reservoir_stocks(day: dt.date) -> tuple[int, int]:
    """Made-up reservoir stocks (per cent full) on `day` and the normal for the time of year:
    full in late winter, lowest in September, far below normal in the dry summer of 2018."""
    normal = 84 + 12 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 60) / 365.25)
    actual = normal + 3 * noise(day, "stocks")
    dry = dt.date(2018, 6, 1) <= day <= dt.date(2018, 12, 31)
    if dry:
        actual -= 16 * math.sin(math.pi * (day - dt.date(2018, 6, 1)).days / 214)
    return round(min(100.0, actual)), round(normal)


def _wb_stocks(day: dt.date) -> str:
    actual, normal = reservoir_stocks(day)
    return (f"Reservoir stocks on {day.day} {MONTHS[day.month - 1]}: {actual}% full "
            f"(normal for the time of year: {normal}%)")


@cache
def _wb_supply() -> Wordings:
    base = _steps((_OLD, "Check for supply problems in your area: enter your postcode on our "
                         "website"),
                  (WB_APP.isoformat(), "📱 Live supply updates for your postcode in the "
                                       "Wyebrook Water app"))
    incidents: list[Event] = []
    for issued, last, lifted, area in WB_BOIL:
        first = iso_day(issued)
        incidents.append(_span(issued, last, f"⚠️ Boil water notice: customers in {area} "
                                             f"postcodes must boil tap water before drinking "
                                             f"(issued {first.day} {MONTHS[first.month - 1]})"))
        incidents.append((iso_day(last, 1), iso_day(lifted, 1), f"✅ The boil water notice "
                                                                 f"for {area} postcodes has "
                                                                 f"been lifted"))
    ban_first, ban_last = HOSEPIPE_BAN
    incidents += [
        _span("2018-02-28", "2018-03-09", "❄️ Freeze-thaw: we're repairing burst mains across "
                                          "the region. Please only call us about an "
                                          "emergency"),
        _span("2018-06-25", "2018-07-19", "☀️ Demand for water is at record levels: please "
                                          "use only what you need"),
        (ban_first, ban_last + ONE, "🚫 A temporary use ban (hosepipe ban) is in force from "
                                    "20 July 2018: see what you can and can't do"),
        (ban_last + ONE, ban_last + 8 * ONE, "✅ Our hosepipe ban ended on 15 September 2018. "
                                             "Thank you for saving water"),
        _span("2020-03-23", "2020-07-03", "🦠 Coronavirus: our engineers are still out "
                                          "fixing leaks. Please keep 2 metres apart"),
    ]
    christmas = _yearly("12-24", 4, 2, lambda y: f"🎄 Christmas {y}: our contact centre "
                                                 f"closes at 4pm on 24 December. Leaks and "
                                                 f"emergencies: 0808 157 0364, any time")
    return _calendar(base, incidents, christmas)


def wyebrook_style() -> PublisherStyle:
    """A British water company's newsroom: a category from a pool, "Posted on" with the
    numeric date turned the short weekday, the date and the time on the first day of the
    2018/19 charging year (a wording per day), "By" the press officer, a supply line turned
    by two boil water notices (issued and lifted), the 2018 freeze-thaw, the summer of 2018
    and its hosepipe ban, the pandemic and each Christmas and reworded for the app, the
    reservoir stocks with the day's date (a wording per day), "Related:" up to twice and a
    scheme photo caption from pools mid-body, a leak line reworded for the app, the average
    bill by charging year (changing each April), a Priority Services Register line
    reworded, "ENDS", the notes to editors with the customers served (changing each April),
    the media line and the company line (a block), a rare correction."""
    return PublisherStyle(
        domain="wyebrookwater.co.uk", site="Wyebrook Water", base_size=250,
        subdomains=(("www.", 85), ("corporate.", 15)),
        sections=("news", "supply", "water-quality", "investment", "community", "roadworks"),
        n_authors=5, url_path="/news-and-media/{section}/{slug}",
        pools={
            "category": ("Press release", "Supply update", "Water quality", "Investment",
                         "Community", "Roadworks", "Bills and charges"),
            "scheme": ("the new main at Kingsland", "the Bodenham sewer upgrade",
                       "Leominster water treatment works", "the Lugg valley pipeline",
                       "the Ledbury pumping station"),
            "photo": ("Wyebrook Water", "Wyebrook Water / Ian Marsh", "Environment Agency",
                      "PA"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("dated", HEADER, 0.9, *_by_day(_wb_dated)),
            _f("byline", HEADER, 0.35, (_OLD, "By {author}, Press Office")),
            _f("supply", HEADER, 0.3, *_wb_supply()),
            _f("stocks", HEADER, 0.18, *_daily(_wb_stocks)),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("caption", MIDDLE, 0.25, (_OLD, "Pictured: work on {scheme}. Photo: {photo}")),
            _f("leak", MIDDLE, 0.2,
               (_OLD, "Spotted a leak? Report it 24/7 on 0808 157 0364."),
               (WB_APP.isoformat(), "Spotted a leak? Report it in the Wyebrook Water app or "
                                    "call 0808 157 0364, day or night.")),
            _f("bill", FOOTER, 0.2, *tariff(WB_BILLS, lambda start, v: (
                f"The average household bill for {start.year}/{(start.year + 1) % 100:02d} is "
                f"£{v} a year for water and sewerage."))),
            _f("psr", FOOTER, 0.15,
               (_OLD, "Need extra help? Join our free Priority Services Register."),
               (WB_PSR.isoformat(), "Need extra support? Our Priority Services Register is "
                                    "free: sign up online or call 0808 157 0380.")),
            _f("ends", FOOTER, 0.5, (_OLD, "ENDS")),
            _f("notes", FOOTER, 0.45, *tariff(WB_CUSTOMERS, lambda start, v: (
                f"Notes to editors: Wyebrook Water supplies drinking water to {v} million "
                f"customers across Herefordshire, Worcestershire and the Welsh borders."))),
            _f("media", FOOTER, 0.45, (_OLD, "Media enquiries: 01632 960 261 (24 hours) · "
                                             "press@wyebrookwater.co.uk")),
            _f("company", FOOTER, 0.25, (_OLD, "Wyebrook Water Limited. Registered in England "
                                               "and Wales, no. 02366891. Registered office: "
                                               "Rotherwas Way, Hereford.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong date for the "
                                                  "roadworks.")),
        ),
    )


# --- a Dutch municipal waste-collection company -------------------------------------------

AV_REDESIGN = dt.date(2017, 1, 9)
AV_PMD = dt.date(2016, 1, 4)  # plastic collected as PMD from the first week of 2016
AV_KALENDER_APP = dt.date(2017, 11, 20)
AV_APP = dt.date(2019, 3, 4)
AV_HEFFING = (("2014-01-01", "181,60|0,88"), ("2015-01-01", "186,40|0,90"),
              ("2016-01-01", "189,00|0,92"), ("2017-01-01", "191,60|0,95"),
              ("2018-01-01", "196,20|1,00"), ("2019-01-01", "204,80|1,10"),
              ("2020-01-01", "229,50|1,25"))  # fixed charge | per emptying of the grey bin


def _av_datum(day: dt.date) -> str:
    if day < AV_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"Gepubliceerd op {DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}"


def _av_week(day: dt.date) -> str:
    week = day.isocalendar()[1]
    plastic = "PMD-zak" if day >= AV_PMD else "plasticzak"
    if week % 2 == 0:
        return f"Deze week (week {week}) halen wij op: groene container (gft) en {plastic}"
    return f"Deze week (week {week}) halen wij op: grijze container (restafval) en oud papier"


def _av_feestdagen(y: int) -> list[tuple[dt.date, str]]:
    koningsdag = dt.date(y, 4, 27)
    return [(easter(y) + ONE, "Tweede Paasdag"), (koningsdag, "Koningsdag"),
            (easter(y) + 39 * ONE, "Hemelvaartsdag"), (easter(y) + 50 * ONE,
                                                       "Tweede Pinksterdag")]


@cache
def _av_ophalen() -> Wordings:
    base = _steps((_OLD, "Bekijk uw ophaaldagen in de digitale afvalkalender"),
                  (AV_KALENDER_APP.isoformat(), "📅 Uw ophaaldagen altijd bij de hand: in de "
                                                "afvalkalender of de VeenAfval-app"))
    corona = [_span("2020-03-16", "2020-05-10", "Milieustraten alleen open op afspraak "
                                                "(coronamaatregelen). De inzameling aan huis "
                                                "gaat gewoon door")]
    feestdagen = weekday_holidays(
        [h for y in YEARS for h in _av_feestdagen(y)], 6,
        lambda day, name: f"{name} ({DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]}): "
                          f"geen inzameling. Wij halen uw afval een dag later op")
    kerst = _yearly("12-25", 7, 7, lambda y: f"🎄 Kerst en oud en nieuw {y}: let op de "
                                             f"gewijzigde ophaaldagen in de afvalkalender")
    return _calendar(base, corona, feestdagen, kerst)


def veenstreek_style() -> PublisherStyle:
    """A Dutch municipal waste-collection company: a section from a pool, the numeric date
    turned "Gepubliceerd op" with the weekday and the long date on 9 January 2017 (a wording
    per day), the week's collection with the ISO week number (a wording per week: green and
    grey bins turn about, plastic named PMD from 2016), a calendar line turned by Easter
    Monday, King's Day, Ascension, Whit Monday and Christmas (each with its weekday) and
    the 2020 recycling-centre appointments, reworded for the app, "Lees ook:" and a
    waste tip from a pool mid-body, the year's waste charge (changing each January), an app
    appeal reworded, "Deel dit bericht", the customer service line and the copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="avveenstreek.nl", site="Afvalbeheer Veenstreek", base_size=220,
        subdomains=(("www.", 100),),
        sections=("nieuws", "inzameling", "milieustraat", "tarieven", "bedrijven"),
        n_authors=4, url_path="/nieuws/{slug}",
        pools={
            "rubriek": ("Nieuws", "Inzameling", "Milieustraat", "Afvalkalender", "Tarieven",
                        "Bedrijven"),
            "tip": ("lege batterijen lever je in bij de supermarkt.",
                    "een vette pizzadoos hoort bij het restafval.",
                    "spoel blikjes en flessen niet om, leeg is genoeg.",
                    "kapotte kleding mag ook in de textielcontainer.",
                    "frituurvet kunt u gratis inleveren op de milieustraat."),
        },
        families=(
            _f("rubriek", HEADER, 0.45, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.88, *_by_day(_av_datum)),
            _f("week", HEADER, 0.3, *_by_day(_av_week)),
            _f("ophalen", HEADER, 0.3, *_av_ophalen()),
            _f("lees-ook", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}")),
            _f("tip", MIDDLE, 0.2, (_OLD, "Afvaltip: {tip}")),
            _f("heffing", FOOTER, 0.2, *tariff(AV_HEFFING, lambda start, v: (
                f"Afvalstoffenheffing {start.year}: vastrecht € {v.split('|')[0]} per "
                f"huishouden en € {v.split('|')[1]} per lediging van de grijze container"))),
            _f("app", FOOTER, 0.3,
               (_OLD, "Download de VeenAfval-app en ontvang de avond voor de ophaaldag een "
                      "herinnering."),
               (AV_APP.isoformat(), "Nooit meer vergeten wanneer de container aan de straat "
                                    "moet? Zet meldingen aan in de VeenAfval-app.")),
            _f("delen", FOOTER, 0.4, (_OLD, "Deel dit bericht")),
            _f("klantenservice", FOOTER, 0.35, (_OLD, "Klantenservice: 088 - 555 12 00 (ma t/m "
                                                      "vr 8.00 - 17.00 uur) of "
                                                      "info@avveenstreek.nl")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Afvalbeheer Veenstreek N.V.")),
            _f("correctie", HEADER, 0.04, (_OLD, "Correctie: in een eerdere versie van dit "
                                                 "bericht stond een verkeerde ophaaldag.")),
        ),
    )


# --- a Quebec town's public notices -------------------------------------------------------

SA_REDESIGN = dt.date(2018, 9, 4)  # relaunched the day after Labour Day 2018
SA_ALERTES = dt.date(2019, 3, 1)
SA_TAXES = (("2014-01-01", "238|192"), ("2015-01-01", "242|195"), ("2016-01-01", "245|199"),
            ("2017-01-01", "251|203"), ("2018-01-01", "256|210"), ("2019-01-01", "262|218"),
            ("2020-01-01", "270|231"))  # water tax | refuse and recycling tax, per dwelling
SA_EBULLITION = (("2015-08-12", "2015-08-14", "secteur du Domaine-des-Pins"),
                 ("2016-06-03", "2016-06-05", "secteur de la rue Principale Nord"),
                 ("2017-01-17", "2017-01-19", "secteur du lac Vert"),
                 ("2017-10-26", "2017-10-29", "secteur des Érables"),
                 ("2018-07-04", "2018-07-07", "secteur du rang Saint-Joseph"),
                 ("2019-02-20", "2019-02-22", "secteur du parc industriel"),
                 ("2019-09-10", "2019-09-12", "secteur de la montée Gagnon"),
                 ("2020-05-28", "2020-05-30", "secteur du Domaine-des-Pins"))


def _sa_date(day: dt.date) -> str:
    if day < SA_REDESIGN:
        return f"Publié le {day.isoformat()}"
    return f"Mis en ligne le {JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year}"


def _sa_le(day: dt.date) -> str:
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MOIS[day.month - 1]}"


@cache
def _sa_eau() -> Wordings:
    base = _steps((_OLD, "Eau potable : aucun avis en vigueur sur le territoire de la "
                         "Ville"))
    avis: list[Event] = []
    for first, last, secteur in SA_EBULLITION:
        issued, lifted = iso_day(first), iso_day(last, 1)
        avis.append((issued, lifted, f"⚠️ Avis d'ébullition préventive en vigueur dans le "
                                     f"{secteur} depuis le {_sa_le(issued)}"))
        avis.append((lifted, lifted + 3 * ONE, f"✅ L'avis d'ébullition du {secteur} a été "
                                               f"levé le {_sa_le(lifted)} {lifted.year}"))
    return _calendar(base, avis)


def _sa_collecte_base(day: dt.date) -> str:
    if day < SA_ALERTES:
        return f"Consultez le calendrier des collectes {day.year} en ligne"
    return ("Recevez les rappels de collecte par courriel ou texto : inscrivez-vous aux "
            "alertes de la Ville")


@cache
def _sa_collecte() -> Wordings:
    feries: list[tuple[dt.date, str]] = []
    for y in YEARS:
        feries += [(dt.date(y, 6, 24), "Fête nationale"), (dt.date(y, 7, 1),
                                                          "Fête du Canada"),
                   (nth_weekday(y, 9, 0, 1), "Fête du Travail"),
                   (nth_weekday(y, 10, 0, 2), "Action de grâce")]
    reports = weekday_holidays(feries, 6, lambda day, name: (
        f"{name} ({JOURS[day.weekday()]} {_sa_le(day)}) : la collecte prévue ce jour-là est "
        f"reportée au lendemain"))
    fetes = _yearly("12-25", 7, 8, lambda y: f"Période des Fêtes {y}-{y + 1} : horaire des "
                                             f"collectes modifié les 25 décembre et 1er "
                                             f"janvier")
    sapins = [(dt.date(y, 1, 3), dt.date(y, 1, 21), f"🎄 Collecte des sapins naturels en "
                                                    f"janvier {y} : déposez-les en bordure de "
                                                    f"rue, sans décorations")
              for y in range(2015, 2022)]
    verts = _yearly("05-15", 14, 14, lambda y: f"🍂 Collecte des résidus verts du printemps "
                                               f"{y} : sacs en papier seulement")
    return _calendar(_sa_collecte_base, reports, fetes, sapins, verts)


def _sa_hiver(day: dt.date) -> bool:
    return (day.month, day.day) >= (11, 15) or (day.month, day.day) < (4, 1)


@cache
def deneigement_nights() -> tuple[dt.date, ...]:
    """The first nights of the made-up snow-clearing operations (each runs two nights), none
    within three days of the one before."""
    out: list[dt.date] = []
    day = FIRST_DAY
    while day <= LAST_DAY:
        if day.month in (12, 1, 2, 3) and noise(day, "neige") > 0.86 and (
                not out or (day - out[-1]).days > 3):
            out.append(day)
        day += ONE
    return tuple(out)


@cache
def _sa_stationnement() -> Wordings:
    def base(day: dt.date) -> str:
        if _sa_hiver(day):
            return ("Stationnement de nuit interdit dans les rues du 15 novembre au 1er avril, "
                    "de minuit à 7 h")
        return "Info-travaux : la carte des chantiers routiers est mise à jour chaque lundi"
    operations = [(night, night + 2 * ONE, f"❄️ Opération de déneigement à compter du "
                                           f"{_sa_le(night)}, 23 h : stationnement interdit "
                                           f"dans toutes les rues")
                  for night in deneigement_nights()]
    return _calendar(base, operations)


def saintaubert_style() -> PublisherStyle:
    """A Quebec town's public notices: a category from a pool, "Publié le" with the ISO date
    turned "Mis en ligne le" with the weekday and the long date the day after Labour Day
    2018 (a wording per day), a drinking-water line turned by eight boil-water notices
    (issued on their days, then lifted), a collections line turned by the Fête nationale,
    Canada Day, Labour Day and Thanksgiving (each with its weekday), the holidays, the
    January tree collection and the spring yard-waste collection and reworded for alerts, a
    parking line that follows winter (15 November to 1 April) and the snow-clearing nights,
    road closures and detours from pools and "À lire aussi :" mid-body, the year's water and
    refuse taxes (changing each January), the emergency line, the information line, the
    source line and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="villesaintaubert.qc.ca", site="Ville de Saint-Aubert", base_size=195,
        subdomains=(("www.", 100),),
        sections=("avis-publics", "travaux-publics", "environnement", "securite-civile",
                  "collectes"),
        n_authors=3, url_path="/nouvelles/{section}/{slug}",
        pools={
            "categorie": ("Avis public", "Travaux publics", "Environnement", "Collectes",
                          "Sécurité civile", "Urbanisme"),
            "rue": ("rue Principale", "boulevard des Laurentides", "rue Saint-Jacques",
                    "montée Gagnon", "chemin du Lac-Vert", "rue des Érables"),
            "detour": ("rue Notre-Dame", "avenue du Parc", "rue de l'Église",
                       "boulevard Industriel"),
        },
        families=(
            _f("categorie", HEADER, 0.45, (_OLD, "{categorie}")),
            _f("date", HEADER, 0.85, *_by_day(_sa_date)),
            _f("eau", HEADER, 0.22, *_sa_eau()),
            _f("collecte", HEADER, 0.3, *_sa_collecte()),
            _f("stationnement", HEADER, 0.15, *_sa_stationnement()),
            _f("fermeture", MIDDLE, 0.25, (_OLD, "Fermeture de rue : {rue}. Détour par {detour}.")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}")),
            _f("taxes", FOOTER, 0.15, *tariff(SA_TAXES, lambda start, v: (
                f"Tarifs {start.year} : eau potable {v.split('|')[0]} $ et matières "
                f"résiduelles {v.split('|')[1]} $ par logement"))),
            _f("urgence", FOOTER, 0.2, (_OLD, "En dehors des heures d'ouverture, pour une "
                                              "urgence (bris d'aqueduc, refoulement d'égout), "
                                              "composez le 819 555-0199.")),
            _f("information", FOOTER, 0.35, (_OLD, "Renseignements : Service des travaux "
                                                   "publics, 819 555-0147, poste 2210")),
            _f("source", FOOTER, 0.35, (_OLD, "Source : Service des communications, Ville de "
                                              "Saint-Aubert")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Ville de Saint-Aubert. Tous droits "
                                                "réservés.")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : la fermeture de la rue débute "
                                               "lundi, et non mardi.")),
        ),
    )


# --- an American city's public works and utilities news -----------------------------------

MB_REDESIGN = dt.date(2019, 7, 1)
MB_APP = dt.date(2018, 4, 16)
MB_RATES = (("2014-07-01", "3.85|12.75"), ("2015-07-01", "3.98|13.25"),
            ("2016-07-01", "4.12|13.75"), ("2017-07-01", "4.27|14.25"),
            ("2018-07-01", "4.27|14.25"), ("2019-07-01", "4.49|15.00"),
            ("2020-07-01", "4.49|15.00"))  # per 1,000 gallons | monthly base charge
MB_ADVISORIES = (("2015-09-02", "2015-09-04", "the Northgate pressure zone"),
                 ("2016-12-19", "2016-12-21", "homes on Kessler Road east of Route 9"),
                 ("2017-08-10", "2017-08-12", "the Riverside Heights neighborhood"),
                 ("2018-01-03", "2018-01-06", "customers north of Elm Street"),
                 ("2019-05-21", "2019-05-23", "the Orchard Hills subdivision"),
                 ("2020-10-13", "2020-10-15", "customers on the Lakeview water main"))


def _mb_dated(day: dt.date) -> str:
    if day < MB_REDESIGN:
        return f"Posted on: {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} · "
            f"News Flash")


def mb_holidays(y: int) -> list[tuple[dt.date, str]]:
    """The holidays that move Maple Bend's trash and recycling collection."""
    return [(dt.date(y, 1, 1), "New Year's Day"),
            (last_weekday(y, 5, 0), "Memorial Day"),
            (dt.date(y, 7, 4), "Independence Day"), (nth_weekday(y, 9, 0, 1), "Labor Day"),
            (thanksgiving(y), "Thanksgiving"), (dt.date(y, 12, 25), "Christmas Day")]


@cache
def _mb_collection() -> Wordings:
    base = _steps((_OLD, "Trash and recycling are collected on your regular day this week."),
                  (MB_APP.isoformat(), "Trash and recycling are collected on your regular day "
                                       "this week. Carts at the curb by 7 a.m."))
    covid = [_span("2020-03-23", "2020-06-05", "🦠 Bulk item pickup is paused; trash and "
                                               "recycling continue on your regular day.")]
    slides: list[Event] = []
    for y in range(2015, 2022):
        for day, name in mb_holidays(y):
            if day.weekday() < 5:
                sunday = day - dt.timedelta(days=day.weekday() + 1)
                slides.append((sunday, sunday + 7 * ONE, (
                    f"🗑️ {name} week: collection on and after {WEEKDAYS[day.weekday()]}, "
                    f"{MONTHS[day.month - 1]} {day.day} slides one day later.")))
    return _calendar(base, covid, slides)


@cache
def _mb_water() -> Wordings:
    def base(day: dt.date) -> str:
        y = day.year if day >= dt.date(day.year, 7, 1) else day.year - 1
        return (f"Our {y - 1} Water Quality Report is online: Maple Bend's water met every "
                f"state and federal standard.")
    advisories: list[Event] = []
    for first, last, area in MB_ADVISORIES:
        issued, lifted = iso_day(first), iso_day(last, 1)
        advisories.append((issued, lifted, f"⚠️ Boil Water Advisory in effect for {area} "
                                           f"(issued {MONTHS[issued.month - 1]} "
                                           f"{issued.day})"))
        advisories.append((lifted, lifted + 2 * ONE, f"✅ Boil Water Advisory for {area} "
                                                     f"rescinded {MONTHS[lifted.month - 1]} "
                                                     f"{lifted.day}, {lifted.year}"))
    return _calendar(base, advisories)


def maplebend_style() -> PublisherStyle:
    """An American city's public works and utilities news: a department from a pool,
    "Posted on:" with the long date turned the weekday, the long date and "News Flash" on
    1 July 2019 (a wording per day), a "Select Language" widget, a collection line turned by
    each holiday week's one-day slide (Sunday to Saturday, holidays on weekdays only) and the
    pandemic's paused bulk pickup and reworded, a water line naming last year's Water
    Quality Report (turning each 1 July) and turned by six boil water advisories (issued,
    then rescinded), street closures from pools mid-body, the fiscal year's water rates
    (changing each 1 July, the amounts not every year), an alerts appeal reworded for the
    app, the contact line, an other-formats line, "Return to full list", a rare
    correction."""
    return PublisherStyle(
        domain="cityofmaplebend.gov", site="City of Maple Bend", base_size=170,
        subdomains=(("www.", 100),),
        sections=("public-works", "utilities", "solid-waste", "streets", "stormwater"),
        n_authors=3, url_path="/CivicAlerts.aspx?AID={n}",
        pools={
            "dept": ("Public Works", "Utilities", "Solid Waste", "Streets", "Stormwater",
                     "Water Resources"),
            "street": ("Main Street", "Kessler Road", "Elm Street", "Orchard Hills Drive",
                       "Route 9", "Lakeview Avenue"),
            "cross": ("1st Avenue and 3rd Avenue", "Oak Street and Pine Street",
                      "the bridge and Mill Road", "Harper Lane and Crestview Drive"),
        },
        families=(
            _f("dept", HEADER, 0.5, (_OLD, "{dept}")),
            _f("dated", HEADER, 0.88, *_by_day(_mb_dated)),
            _f("translate", HEADER, 0.15, (_OLD, "Select Language ▼")),
            _f("collection", HEADER, 0.3, *_mb_collection()),
            _f("water", HEADER, 0.15, *_mb_water()),
            _f("closure", MIDDLE, 0.3, (_OLD, "Street closure: {street} between {cross}. "
                                              "Please use alternate routes.")),
            _f("rates", FOOTER, 0.18, *tariff(MB_RATES, lambda start, v: (
                f"FY{start.year + 1} water rates (from July 1, {start.year}): "
                f"${v.split('|')[0]} per 1,000 gallons plus a ${v.split('|')[1]} monthly "
                f"base charge."))),
            _f("alerts", FOOTER, 0.3,
               (_OLD, "Sign up for Maple Bend Alerts to get collection and street notices by "
                      "email or text."),
               (MB_APP.isoformat(), "Get trash-day reminders and service alerts in the City "
                                    "of Maple Bend app.")),
            _f("contact", FOOTER, 0.35, (_OLD, "Questions? Call Public Works at (573) "
                                               "555-0180 or email "
                                               "publicworks@cityofmaplebend.gov.")),
            _f("formats", FOOTER, 0.1, (_OLD, "Need this information in another format or "
                                              "language? Call (573) 555-0100 (Relay 711).")),
            _f("return", FOOTER, 0.4, (_OLD, "⇐ Return to full list")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the street closure begins "
                                                  "Tuesday, not Monday.")),
        ),
    )


# --- a Latvian water utility --------------------------------------------------------------

DU_REDESIGN = dt.date(2018, 11, 19)  # relaunched on the day off after the centenary
DU_APP = dt.date(2019, 4, 1)
DU_TARIFS = (("2013-07-01", "1,34"), ("2016-08-01", "1,45"), ("2018-03-01", "1,52"),
             ("2019-12-01", "1,63"))  # water and sewerage, EUR per m³ without VAT


def _du_datums(day: dt.date) -> str:
    if day < DU_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}."
    return f"{DIENAS[day.weekday()].capitalize()}, {lv_date(day)}"


def _du_radijumi(day: dt.date) -> str:
    deadline = day.replace(day=25) if day.day <= 25 else (
        dt.date(day.year + day.month // 12, day.month % 12 + 1, 25))
    read = deadline.replace(day=1) - ONE
    return (f"Ūdens skaitītāja rādījumus par {MENESA[read.month - 1]} mēnesi iesniedziet "
            f"līdz {deadline.year}. gada 25. {MENESIM[deadline.month - 1]}.")


def lv_holidays(y: int) -> list[tuple[dt.date, dt.date, str]]:
    """Latvian public holidays that close an office: (first day off, last day off, text)."""
    good_friday, easter_monday = easter(y) - 2 * ONE, easter(y) + ONE
    return [
        (good_friday, easter_monday, f"Lieldienās, {y}. gada {good_friday.day}.–"
                                     f"{easter_monday.day}. {MENESI[easter_monday.month - 1]}"
                                     if good_friday.month == easter_monday.month else
                                     f"Lieldienās, {y}. gada {good_friday.day}. "
                                     f"{MENESA[good_friday.month - 1]} – {easter_monday.day}. "
                                     f"{MENESI[easter_monday.month - 1]}"),
        (dt.date(y, 6, 23), dt.date(y, 6, 24), f"Līgo un Jāņu dienā, {y}. gada 23. un 24. "
                                               f"jūnijā"),
        (dt.date(y, 11, 18), dt.date(y, 11, 18), f"Latvijas Republikas proklamēšanas dienā, "
                                                 f"{y}. gada 18. novembrī"),
        (dt.date(y, 12, 24), dt.date(y, 12, 26), f"Ziemassvētkos, {y}. gada 24.–26. "
                                                 f"decembrī"),
    ]


@cache
def _du_pazinojums() -> Wordings:
    base = _steps((_OLD, "Pieslēdzieties e-pakalpojumiem un saņemiet rēķinu e-pastā"),
                  (DU_APP.isoformat(), "Jaunums: mobilā lietotne “Mans Ūdens” – rādījumi, "
                                       "rēķini un paziņojumi par avārijām vienuviet"))
    first: list[Event] = [
        _span("2018-11-12", "2018-11-19", "Sveicam Latvijas simtgadē! 18. un 19. novembrī "
                                          "klientu centrs slēgts, avārijas dienests strādā"),
        _span("2020-03-13", "2020-06-09", "Ārkārtējās situācijas laikā klientu centrs "
                                          "apmeklētājus nepieņem – sazinieties pa e-pastu vai "
                                          "tālruni"),
    ]
    holidays = [(start - 5 * ONE, last + ONE, f"{when} klientu centrs slēgts, avārijas "
                                              f"dienests strādā diennakti")
                for y in range(2015, 2021) for start, last, when in lv_holidays(y)]
    return _calendar(base, first, holidays)


def daugavmala_style() -> PublisherStyle:
    """A Latvian water utility: a section from a pool, the numeric date with its closing dot
    turned the weekday and the long date on the day off after Latvia's centenary (a wording
    per day), a notice line turned by Easter, Jāņi, 18 November, Christmas, the centenary
    and the 2020 emergency and reworded for the app, a meter-reading deadline that turns
    each 26th (a wording per month), "Lasiet arī:" and street works from a pool mid-body,
    a pipe-renewal line, the water and sewerage tariff from the regulator's dates, a
    water-quality line reworded, the emergency line reworded for the app, the company's
    address and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="daugavmalasudens.lv", site="Daugavmalas Ūdens", base_size=150,
        subdomains=(("www.", 100),),
        sections=("jaunumi", "avarijas", "buvdarbi", "klientiem", "tarifi"),
        n_authors=3, url_path="/lv/{section}/{slug}",
        pools={
            "sadala": ("Jaunumi", "Ūdens kvalitāte", "Avārijas", "Būvdarbi", "Klientiem",
                       "Tarifi"),
            "iela": ("Skolas iela", "Ostas iela", "Dzirnavu iela", "Rīgas iela",
                     "Lāčplēša iela", "Upes iela", "Meža prospekts"),
        },
        families=(
            _f("sadala", HEADER, 0.45, (_OLD, "{sadala}")),
            _f("datums", HEADER, 0.85, *_by_day(_du_datums)),
            _f("pazinojums", HEADER, 0.3, *_du_pazinojums()),
            _f("radijumi", HEADER, 0.2, *_by_day(_du_radijumi)),
            _f("lasiet", MIDDLE, 0.3, (_OLD, "Lasiet arī: {other_title}")),
            _f("darbi", MIDDLE, 0.25, (_OLD, "Būvdarbu dēļ ierobežota satiksme: {iela}")),
            _f("atjaunosana", MIDDLE, 0.1, (_OLD, "Ūdensvada atjaunošanu līdzfinansē Eiropas "
                                                  "Savienības Kohēzijas fonds.")),
            _f("tarifs", FOOTER, 0.2, *tariff(DU_TARIFS, lambda start, v: (
                f"Ūdensapgādes un kanalizācijas pakalpojumu tarifs no {lv_from(start)}: {v} "
                f"EUR/m³ (bez PVN)"))),
            _f("kvalitate", FOOTER, 0.15,
               (_OLD, "Dzeramā ūdens kvalitāte atbilst normatīvo aktu prasībām."),
               (DU_REDESIGN.isoformat(), "Dzeramā ūdens kvalitāte atbilst normatīvo aktu "
                                         "prasībām. Testēšanas rezultāti – sadaļā “Ūdens "
                                         "kvalitāte”.")),
            _f("avarijas", FOOTER, 0.35,
               (_OLD, "Par avārijām ziņojiet diennakts dienestam pa tālruni 8000 3311 "
                      "(bezmaksas)."),
               (DU_APP.isoformat(), "Par avārijām ziņojiet diennaktī: 8000 3311 vai mobilajā "
                                    "lietotnē “Mans Ūdens”.")),
            _f("adrese", FOOTER, 0.3, (_OLD, "SIA “Daugavmalas Ūdens”, Krasta iela 12, "
                                             "LV-5401 · klienti@daugavmalasudens.lv")),
            _f("autortiesibas", FOOTER, 0.3, (_OLD, "© {year} SIA “Daugavmalas Ūdens”. Visas "
                                                    "tiesības aizsargātas.")),
            _f("labojums", HEADER, 0.04, (_OLD, "Labojums: iepriekš rakstā bija norādīts "
                                                "nepareizs darbu sākuma datums.")),
        ),
    )


# --- a Malaysian water operator -----------------------------------------------------------

AB_REDESIGN = dt.date(2017, 8, 31)  # relaunched on Merdeka Day 2017
AB_APP = dt.date(2018, 7, 2)
AB_WHATSAPP = dt.date(2019, 10, 1)
AB_TARIF = (("2012-01-01", "RM0.57"), ("2017-01-01", "RM0.62"), ("2019-07-01", "RM0.65"))


def _ab_tarikh(day: dt.date) -> str:
    if day < AB_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year}"


def dam_level(day: dt.date) -> float:
    """A made-up level (per cent) of the operator's dam: high after the monsoons, low in the
    dry months, very low in the El Niño drought of early 2016."""
    level = 86 + 8 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25)
    if dt.date(2016, 1, 15) <= day <= dt.date(2016, 6, 15):
        level -= 30 * math.sin(math.pi * (day - dt.date(2016, 1, 15)).days / 152)
    return round(min(100.0, level + 1.5 * noise(day, "empangan")), 1)


def _ab_paras(day: dt.date) -> str:
    return (f"Paras air Empangan Sungai Bernam pada {day.day} {BULAN[day.month - 1]} "
            f"{day.year}: {dam_level(day):.1f}%")


@cache
def _ab_notis() -> Wordings:
    base = _steps((_OLD, "Semak status bekalan air di kawasan anda di laman web kami"),
                  (AB_APP.isoformat(), "📱 Muat turun aplikasi Air Bernam untuk notis gangguan "
                                       "bekalan di kawasan anda"))
    gangguan = [
        _span("2016-03-01", "2016-04-30", "⚠️ Catuan air berjadual di Hulu Bernam akibat paras "
                                          "empangan yang rendah: semak jadual catuan"),
        _span("2017-03-14", "2017-03-16", "Gangguan bekalan air berjadual 14–16 Mac 2017 untuk "
                                          "kerja penyambungan paip utama"),
        _span("2019-08-20", "2019-08-22", "Gangguan bekalan air berjadual 20–22 Ogos 2019 di "
                                          "Tanjong Malim dan kawasan sekitar"),
        _span("2020-03-18", "2020-05-03", "Perintah Kawalan Pergerakan: kaunter ditutup, "
                                          "bayar bil secara dalam talian"),
        _span("2020-05-04", "2020-06-09", "PKPB: kaunter dibuka 9.00 pagi – 1.00 tengah hari; "
                                          "pelitup muka wajib dipakai"),
    ]
    puasa = [(iso_day(RAMADAN[y]), iso_day(HARI_RAYA[y], -1),
              f"Waktu operasi kaunter sepanjang Ramadan {y}: 8.00 pagi – 4.00 petang")
             for y in YEARS]
    raya = _movable(lambda y: iso_day(HARI_RAYA[y]), 1, 2, lambda y: (
        f"Selamat Hari Raya Aidilfitri {y}: kaunter ditutup, talian aduan 24 jam beroperasi "
        f"seperti biasa"))
    return _calendar(base, gangguan, raya, puasa)


def airbernam_style() -> PublisherStyle:
    """A Malaysian water operator: a category from a pool, the numeric date turned the
    weekday and the long date on Merdeka Day 2017 (a wording per day), a supply notice
    turned by the 2016 rationing, two scheduled interruptions, the movement control order
    and its easing, each Ramadan's counter hours and Hari Raya and reworded for the app, the
    dam's level with the day's date (a wording per day), "Baca juga:", the areas affected
    from a pool, a store-water line and a water-tanker line mid-body, the domestic tariff
    (raised in 2017 and 2019), the complaints line reworded for WhatsApp, the issuing unit
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="airbernam.com.my", site="Air Bernam", base_size=130,
        subdomains=(("www.", 100),),
        sections=("kenyataan-media", "gangguan-bekalan", "notis", "projek", "korporat"),
        n_authors=3, url_path="/ms/{section}/{slug}",
        pools={
            "kategori": ("Kenyataan Media", "Gangguan Bekalan", "Notis Pelanggan", "Projek",
                         "Korporat"),
            "kawasan": ("Tanjong Malim", "Behrang", "Slim River", "Kalumpang", "Kerling",
                        "Sungai Choh"),
        },
        families=(
            _f("kategori", HEADER, 0.45, (_OLD, "{kategori}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_ab_tarikh)),
            _f("notis", HEADER, 0.25, *_ab_notis()),
            _f("paras", HEADER, 0.15, *_daily(_ab_paras)),
            _f("baca", MIDDLE, 0.35, (_OLD, "Baca juga: {other_title}")),
            _f("kawasan", MIDDLE, 0.3, (_OLD, "Kawasan terjejas: {kawasan_list}")),
            _f("simpan", MIDDLE, 0.15, (_OLD, "Pengguna dinasihatkan menyimpan air secukupnya "
                                              "dan menggunakannya secara berhemat.")),
            _f("lori", MIDDLE, 0.1, (_OLD, "Bantuan lori tangki air disediakan di kawasan "
                                           "kritikal.")),
            _f("tarif", FOOTER, 0.2, *tariff(AB_TARIF, lambda start, v: (
                f"Tarif air domestik (0–20 m³): {v} semeter padu. Caj minimum RM6.00 "
                f"sebulan."))),
            _f("aduan", FOOTER, 0.35,
               (_OLD, "Untuk aduan, hubungi Pusat Khidmat Pelanggan 1-800-88-2626 (24 jam)."),
               (AB_WHATSAPP.isoformat(), "Aduan: 1-800-88-2626 (24 jam), WhatsApp 019-555 "
                                         "2626 atau aplikasi Air Bernam.")),
            _f("dikeluarkan", FOOTER, 0.35, (_OLD, "Dikeluarkan oleh: Unit Komunikasi "
                                                   "Korporat, Air Bernam Sdn Bhd")),
            _f("hakcipta", FOOTER, 0.3, (_OLD, "Hak Cipta Terpelihara © {year} Air Bernam Sdn "
                                               "Bhd")),
            _f("pembetulan", HEADER, 0.04, (_OLD, "Pembetulan: tarikh gangguan bekalan telah "
                                                  "dikemas kini.")),
        ),
    )


# --- a Jordanian-style water company (in Arabic) ------------------------------------------

SW_REDESIGN = dt.date(2019, 1, 1)  # dates in Arabic-Indic digits from 2019
SW_APP = dt.date(2017, 5, 1)
SW_TAARIFA = (("2013-01-01", "2.100"), ("2016-07-01", "2.300"), ("2018-01-01", "2.550"),
              ("2020-01-01", "2.800"))  # dinars for the first block of a quarter
SW_STORMS = (("2015-01-06", "2015-01-11"), ("2016-01-29", "2016-02-01"),
             ("2017-02-18", "2017-02-21"), ("2019-01-07", "2019-01-10"),
             ("2020-01-17", "2020-01-20"))


def _sw_num(day: dt.date, number: int) -> str:
    return arabic(number) if day >= SW_REDESIGN else str(number)


def _sw_tarikh(day: dt.date) -> str:
    if day < SW_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return f"{AYYAM[day.weekday()]}، {arabic(day.day)} {SHUHUR[day.month - 1]} {arabic(day.year)}"


def _sw_dor(day: dt.date) -> str:
    first = saturday_of(day)
    last = first + 6 * ONE
    return (f"برنامج توزيع المياه للأسبوع من السبت {_sw_num(day, first.day)} "
            f"{SHUHUR[first.month - 1]} إلى الجمعة {_sw_num(day, last.day)} "
            f"{SHUHUR[last.month - 1]}")


@cache
def _sw_tanwih() -> Wordings:
    base = _steps((_OLD, "للإبلاغ عن الأعطال والانقطاعات: مركز الاتصال 117"),
                  (SW_APP.isoformat(), "📱 حمّل تطبيق «مياهي» للإبلاغ عن الأعطال ومتابعة دور "
                                       "المياه في منطقتك"))
    storms = [_span(first, last, "⚠️ منخفض جوي: فرق الطوارئ على أهبة الاستعداد على مدار "
                                 "الساعة، ونرجو ترشيد الاستهلاك")
              for first, last in SW_STORMS]
    covid = [_span("2020-03-17", "2020-06-06", "🦠 خلال فترة حظر التجول: ادفع فاتورتك "
                                               "إلكترونياً، وفرق الطوارئ تعمل كالمعتاد")]
    fitr = [(iso_day(EID_FITR[y], -1), iso_day(EID_FITR[y], 4),
             f"كل عام وأنتم بخير: عطلة عيد الفطر السعيد {arabic(HIJRI[y])}هـ، ومركز الاتصال "
             f"117 يعمل على مدار الساعة") for y in YEARS]
    adha = [(iso_day(EID_ADHA[y], -1), iso_day(EID_ADHA[y], 4),
             f"كل عام وأنتم بخير: عطلة عيد الأضحى المبارك {arabic(HIJRI[y])}هـ، ومركز الاتصال "
             f"117 يعمل على مدار الساعة") for y in YEARS]
    ramadan = [(iso_day(RAMADAN[y]), iso_day(EID_FITR[y], -1),
                f"🌙 دوام الشركة خلال شهر رمضان المبارك {arabic(HIJRI[y])}هـ من الساعة 9 "
                f"صباحاً حتى 2 ظهراً") for y in YEARS]
    return _calendar(base, storms, covid, fitr, adha, ramadan)


def suhool_style() -> PublisherStyle:
    """A Jordanian-style water company (in Arabic): a section from a pool, the numeric date
    turned the weekday, the day, the Levantine month name and the year in Arabic-Indic
    digits on 1 January 2019 (a wording per day), the week's water-distribution programme
    from Saturday to Friday (a wording per week, its digits Arabic-Indic from 2019), a notice
    turned by storms, the 2020 curfew, Ramadan's working hours and the two Eids with their
    Hijri years and reworded for the app, "اقرأ أيضاً:", the areas affected from a pool and a
    save-water line mid-body, the first block's tariff (raised three times), the complaints
    line, the media office line and the rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="suhoolwater.jo", site="مياه السهول", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "announcements", "projects", "tariff"),
        n_authors=2, url_path="/ar/{section}/{n}",
        pools={
            "qism": ("أخبار الشركة", "إعلانات", "دور المياه", "مشاريع", "التعرفة"),
            "manatiq": ("الرمثا", "الحصن", "إيدون", "الصريح", "بيت راس", "المزار الشمالي"),
        },
        families=(
            _f("qism", HEADER, 0.45, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.85, *_by_day(_sw_tarikh)),
            _f("dor", HEADER, 0.3, *_by_day(_sw_dor)),
            _f("tanwih", HEADER, 0.25, *_sw_tanwih()),
            _f("iqra", MIDDLE, 0.3, (_OLD, "اقرأ أيضاً: {other_title}")),
            _f("manatiq", MIDDLE, 0.25, (_OLD, "المناطق المتأثرة: {manatiq_list}")),
            _f("tarshid", MIDDLE, 0.15, (_OLD, "رشّد استهلاكك… كل قطرة تهمّ")),
            _f("taarifa", FOOTER, 0.15, *tariff(SW_TAARIFA, lambda start, v: (
                f"تعرفة الشريحة الأولى (حتى 18 م³ في الدورة): {v} دينار اعتباراً من "
                f"{start.day}/{start.month}/{start.year}"))),
            _f("shakawa", FOOTER, 0.35, (_OLD, "لتقديم الشكاوى والملاحظات: مركز الاتصال 117 أو "
                                               "مكاتب خدمة الجمهور")),
            _f("maktab", FOOTER, 0.3, (_OLD, "المكتب الإعلامي – شركة مياه السهول")),
            _f("huquq", FOOTER, 0.3, (_OLD, "جميع الحقوق محفوظة © {year} شركة مياه السهول")),
            _f("tashih", HEADER, 0.04, (_OLD, "تصحيح: تم تعديل موعد انقطاع المياه الوارد في "
                                              "الخبر.")),
        ),
    )


# --- a French public water board ----------------------------------------------------------

OR_REDESIGN = dt.date(2016, 7, 1)
OR_ESPACE = dt.date(2018, 10, 1)
OR_PRIX = (("2014-01-01", "3,82"), ("2015-01-01", "3,87"), ("2016-01-01", "3,92"),
           ("2017-01-01", "3,98"), ("2018-01-01", "4,05"), ("2019-01-01", "4,11"),
           ("2020-01-01", "4,16"))  # € TTC per m³ for 120 m³, sewerage included
# The drought levels of each summer's prefectoral orders: (first day, last day, level).
SECHERESSE = (("2015-07-10", "2015-09-30", "vigilance"), ("2016-08-20", "2016-10-15", "alerte"),
              ("2017-07-20", "2017-11-10", "alerte renforcée"), ("2018-08-01", "2018-10-31",
                                                                 "alerte"),
              ("2019-07-24", "2019-10-20", "crise"), ("2020-08-10", "2020-10-30",
                                                      "alerte renforcée"))


def _or_date(day: dt.date) -> str:
    if day < OR_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publié le {day.day} {MOIS[day.month - 1]} {day.year}"


@cache
def _or_secheresse() -> Wordings:
    base = _steps((_OLD, "💧 Économisons l'eau : chaque geste compte"))
    arretes = []
    for first, last, niveau in SECHERESSE:
        start = iso_day(first)
        arretes.append(_span(first, last, f"Sécheresse : niveau « {niveau} » depuis le "
                                          f"{start.day} {MOIS[start.month - 1]} {start.year}, "
                                          f"restrictions d'usage de l'eau en vigueur (arrêté "
                                          f"préfectoral)"))
    return _calendar(base, arretes)


def orvanne_style() -> PublisherStyle:
    """A French public water board: a section from a pool, the numeric date turned "Publié
    le" with the long date on 1 July 2016 (a wording per day), a drought line turned by each
    summer's prefectoral order with its level and first day, planned cuts by commune and
    hours from pools and "Lire aussi :" mid-body, the water price each 1 January, the online
    account line reworded, the 24-hour emergency line, the water-quality line and the legal
    line, a rare correction."""
    return PublisherStyle(
        domain="eau-orvanne.fr", site="Eau de la Vallée de l'Orvanne", base_size=90,
        subdomains=(("www.", 100),),
        sections=("actualites", "travaux", "qualite", "facture"),
        n_authors=2, url_path="/actualites/{slug}",
        pools={
            "rubrique": ("Actualités", "Travaux", "Qualité de l'eau", "Votre facture",
                         "Sécheresse"),
            "commune": ("Voulx", "Diant", "Blennes", "Thoury-Férottes", "Vaux-sur-Lunain",
                        "Chevry-en-Sereine"),
            "horaire": ("de 8 h 30 à 12 h", "de 13 h 30 à 17 h", "de 9 h à 16 h"),
        },
        families=(
            _f("rubrique", HEADER, 0.45, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_or_date)),
            _f("secheresse", HEADER, 0.25, *_or_secheresse()),
            _f("coupure", MIDDLE, 0.25, (_OLD, "Coupure d'eau programmée : {commune}, "
                                               "{horaire}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "Lire aussi : {other_title}")),
            _f("prix", FOOTER, 0.2, *tariff(OR_PRIX, lambda start, v: (
                f"Prix de l'eau au 1er janvier {start.year} : {v} € TTC le m³ (facture de "
                f"120 m³, assainissement compris)"))),
            _f("espace", FOOTER, 0.3,
               (_OLD, "Payez votre facture et suivez votre consommation sur l'agence en "
                      "ligne."),
               (OR_ESPACE.isoformat(), "Mensualisation, facture électronique, relevé de "
                                       "compteur : tout se fait dans votre espace abonné.")),
            _f("urgence", FOOTER, 0.35, (_OLD, "Urgence fuite ou coupure, 24 h/24 : "
                                               "01 64 55 01 20")),
            _f("qualite", FOOTER, 0.15, (_OLD, "Les résultats du contrôle sanitaire de l'eau "
                                               "sont publiés par l'ARS et affichés en "
                                               "mairie.")),
            _f("mentions", FOOTER, 0.2, (_OLD, "Eau de la Vallée de l'Orvanne, régie publique "
                                               "de l'eau et de l'assainissement – Mentions "
                                               "légales")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : la coupure annoncée aura "
                                                    "lieu mercredi, et non jeudi.")),
        ),
    )


# --- a Flemish waste intercommunale -------------------------------------------------------

DA_REDESIGN = dt.date(2018, 9, 3)
DA_PMD = dt.date(2020, 1, 1)  # the new blue bag (P+MD) from 2020
DA_DIFTAR = (("2014-01-01", "0,18|0,09"), ("2016-01-01", "0,20|0,10"),
             ("2018-01-01", "0,22|0,10"), ("2020-01-01", "0,25|0,12"))  # per kg: rest | gft


def _da_datum(day: dt.date) -> str:
    if day < DA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]} {day.year}"


def be_holidays(y: int) -> list[tuple[dt.date, str]]:
    """The Belgian public holidays."""
    return [(dt.date(y, 1, 1), "Nieuwjaar"), (easter(y) + ONE, "Paasmaandag"),
            (dt.date(y, 5, 1), "Dag van de Arbeid"), (easter(y) + 39 * ONE,
                                                      "O.L.H. Hemelvaart"),
            (easter(y) + 50 * ONE, "Pinkstermaandag"), (dt.date(y, 7, 21),
                                                        "Nationale feestdag"),
            (dt.date(y, 8, 15), "O.L.V. Hemelvaart"), (dt.date(y, 11, 1), "Allerheiligen"),
            (dt.date(y, 11, 11), "Wapenstilstand"), (dt.date(y, 12, 25), "Kerstmis")]


def _da_inhaal(day: dt.date, name: str) -> str:
    saturday = day + dt.timedelta(days=5 - day.weekday())
    return (f"{name} ({DAGEN[day.weekday()]} {day.day} {MAANDEN[day.month - 1]}): geen "
            f"ophaling, die wordt ingehaald op zaterdag {saturday.day} "
            f"{MAANDEN[saturday.month - 1]}")


@cache
def _da_ophaling() -> Wordings:
    base = _steps((_OLD, "Raadpleeg je ophaalkalender op onze website of in de Recycle!-app"))
    feestdagen = weekday_holidays([h for y in range(2015, 2022) for h in be_holidays(y)], 6,
                                  _da_inhaal)
    return _calendar(base, feestdagen)


@cache
def _da_recyclagepark() -> Wordings:
    zomer = ("Zomeruren recyclageparken (1 april – 30 september): dinsdag tot zaterdag "
             "9 – 12 u en 13 – 18 u")
    winter = ("Winteruren recyclageparken (1 oktober – 31 maart): dinsdag tot zaterdag "
              "9 – 12 u en 13 – 16.30 u")
    corona = [("2020-03-18", "⚠️ Alle recyclageparken zijn gesloten (coronamaatregelen)"),
              ("2020-04-20", "Recyclageparken opnieuw open, enkel na online reservatie"),
              ("2020-06-02", zomer), ("2020-10-01", winter)]
    return _seasons(("04-01", zomer), ("10-01", winter), years=range(2015, 2021),
                    special={2020: corona})


def denderafval_style() -> PublisherStyle:
    """A Flemish waste intercommunale: a member town from a pool, the numeric date turned the
    weekday and the long date on 3 September 2018 (a wording per day), a collection line
    turned by each Belgian public holiday on a weekday with its Saturday catch-up, the
    recycling parks' summer and winter hours (turning each 1 April and 1 October; closed and
    then by booking in 2020), "Lees meer:" and a sorting tip from a pool mid-body, the
    pay-as-you-throw prices per kilo (changing every two years), the blue-bag line
    reworded for P+MD in 2020, "Volg ons op Facebook en Instagram", the publisher's imprint,
    a rare correction."""
    return PublisherStyle(
        domain="denderafval.be", site="Denderafval", base_size=70,
        subdomains=(("www.", 100),),
        sections=("nieuws", "ophaling", "recyclageparken", "tarieven"),
        n_authors=2, url_path="/nieuws/{slug}",
        pools={
            "gemeente": ("Ninove", "Geraardsbergen", "Denderleeuw", "Liedekerke",
                         "Haaltert", "Lierde"),
            "sorteertip": ("piepschuim breng je naar het recyclagepark.",
                           "glazen potjes zonder deksel in de glasbak.",
                           "kapotte elektrische toestellen lever je gratis in bij de "
                           "winkel.",
                           "snoeihout mag in kleine hoeveelheden bij het gft."),
        },
        families=(
            _f("gemeente", HEADER, 0.35, (_OLD, "{gemeente}")),
            _f("datum", HEADER, 0.85, *_by_day(_da_datum)),
            _f("ophaling", HEADER, 0.3, *_da_ophaling()),
            _f("recyclagepark", HEADER, 0.2, *_da_recyclagepark()),
            _f("lees-meer", MIDDLE, 0.3, (_OLD, "Lees meer: {other_title}")),
            _f("sorteertip", MIDDLE, 0.2, (_OLD, "Sorteertip: {sorteertip}")),
            _f("diftar", FOOTER, 0.2, *tariff(DA_DIFTAR, lambda start, v: (
                f"Diftar vanaf 1 januari {start.year}: € {v.split('|')[0]} per kg restafval "
                f"en € {v.split('|')[1]} per kg gft"))),
            _f("pmd", FOOTER, 0.25,
               (_OLD, "In de blauwe PMD-zak: plastic flessen en flacons, metalen verpakkingen "
                      "en drankkartons."),
               (DA_PMD.isoformat(), "Nieuw: in de blauwe P+MD-zak mogen nu ook plastic "
                                    "potjes, bakjes, folies en zakjes.")),
            _f("volg", FOOTER, 0.3, (_OLD, "Volg ons op Facebook en Instagram")),
            _f("vu", FOOTER, 0.3, (_OLD, "V.U.: Denderafval, Oude Dendermondsesteenweg 40, "
                                         "9400 Ninove")),
            _f("rechtzetting", HEADER, 0.04, (_OLD, "Rechtzetting: de ophaling wordt "
                                                    "ingehaald op zaterdag, niet op "
                                                    "vrijdag.")),
        ),
    )


# --- an Australian shire council's waste and roads news ------------------------------------

WC_REDESIGN = dt.date(2019, 2, 4)
WC_FOGO = dt.date(2018, 7, 2)  # food organics into the green bin from July 2018
WC_HARD_RUBBISH = dt.date(2019, 7, 1)
WC_CHARGE = (("2014-07-01", "298"), ("2015-07-01", "305"), ("2016-07-01", "312"),
             ("2017-07-01", "318"), ("2018-07-01", "336"), ("2019-07-01", "349"),
             ("2020-07-01", "352"))
# The first day of each year's Fire Danger Period (it runs to 30 April).
FIRE_DANGER = {2015: "2015-11-02", 2016: "2016-11-14", 2017: "2017-11-06",
               2018: "2018-10-29", 2019: "2019-10-21", 2020: "2020-11-16"}


def _wc_dated(day: dt.date) -> str:
    if day < WC_REDESIGN:
        return f"Published {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _wc_bins_base(day: dt.date) -> str:
    monday = monday_of(day)
    if (monday.toordinal() // 7) % 2 == 0:
        bins = "red lid and yellow lid (recycling)"
    else:
        bins = "red lid and green lid (FOGO)" if day >= WC_FOGO else ("red lid and green lid "
                                                                      "(garden organics)")
    return f"Bin week from Monday {monday.day} {MONTHS[monday.month - 1]}: {bins}"


@cache
def _wc_bins() -> Wordings:
    christmas = _yearly("12-25", 6, 7, lambda y: f"🎄 Bins are collected as usual on Christmas "
                                                 f"Day and New Year's Day {y}-{(y + 1) % 100:02d}")
    return _calendar(_wc_bins_base, christmas)


@cache
def _wc_fire() -> Wordings:
    on = ("🔥 Fire Danger Period: burning off is not allowed without a permit until 30 "
          "April")
    off = "Burning off is allowed outside the Fire Danger Period: register your burn first"
    steps: list[tuple[str, str]] = [(_OLD, on)]
    for y in range(2015, 2021):
        steps += [(f"{y}-05-01", off), (FIRE_DANGER[y], on)]
    return tuple(steps)


def wattlecreek_style() -> PublisherStyle:
    """An Australian shire council's waste and roads news: "Published" with the long date
    turned the short date on 4 February 2019 (a wording per day), the bin week from each
    Monday (a wording per week: yellow and green lids turn about, green for FOGO from July
    2018) turned by Christmas, the Fire Danger Period line (from its declared day each year
    to 30 April), "Related news:" and roadworks from a pool mid-body, the waste service
    charge by financial year (changing each 1 July), a hard-rubbish line reworded, the
    customer service line, the acknowledgement of Country, "Share this page" and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="wattlecreek.vic.gov.au", site="Wattle Creek Shire Council", base_size=55,
        subdomains=(("www.", 100),),
        sections=("waste", "roads", "environment", "community"),
        n_authors=2, url_path="/news/{slug}",
        pools={"road": ("Glenrowan–Moyhu Road", "Boorhaman Road", "Murray Valley Highway "
                        "at Wattle Creek", "Tarrawingee Road", "Main Street, Wattle Creek")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_wc_dated)),
            _f("bins", HEADER, 0.3, *_wc_bins()),
            _f("fire", HEADER, 0.12, *_wc_fire()),
            _f("related", MIDDLE, 0.3, (_OLD, "Related news: {other_title}")),
            _f("roadworks", MIDDLE, 0.2, (_OLD, "Roadworks: {road}. Expect delays and follow "
                                                "traffic management.")),
            _f("charge", FOOTER, 0.2, *tariff(WC_CHARGE, lambda start, v: (
                f"Waste service charge {start.year}–{(start.year + 1) % 100:02d}: ${v} (240L "
                f"garbage, recycling and green bins)"))),
            _f("hard-rubbish", FOOTER, 0.15,
               (_OLD, "Book a hard rubbish collection online: two free collections each "
                      "year."),
               (WC_HARD_RUBBISH.isoformat(), "Book a hard rubbish collection online: one free "
                                             "collection each financial year.")),
            _f("contact", FOOTER, 0.35, (_OLD, "For more information call our Customer "
                                               "Service Centre on (03) 5550 1200.")),
            _f("country", FOOTER, 0.3, (_OLD, "Wattle Creek Shire Council acknowledges the "
                                              "Traditional Owners of the land and pays "
                                              "respect to Elders past and present.")),
            _f("share", FOOTER, 0.25, (_OLD, "Share this page")),
            _f("copyright", FOOTER, 0.25, (_OLD, "© Wattle Creek Shire Council {year}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the road reopens on Friday, "
                                                  "not Thursday.")),
        ),
    )


# --- a Latvian regional waste-management company ------------------------------------------

ZJ_REDESIGN = dt.date(2019, 1, 1)
ZJ_MAKSA = (("2014-01-01", "12,87"), ("2017-01-01", "13,95"), ("2018-04-01", "14,52"),
            ("2020-01-01", "16,10"))  # EUR per m³ of household waste, without VAT
LIELA_TALKA = {2015: "2015-04-25", 2016: "2016-04-23", 2017: "2017-04-22",
               2018: "2018-04-21", 2019: "2019-04-27"}  # none in April 2020


def _zj_datums(day: dt.date) -> str:
    if day < ZJ_REDESIGN:
        return f"Publicēts: {day.day:02d}.{day.month:02d}.{day.year}"
    return lv_on(day).capitalize()


@cache
def _zj_izvesana() -> Wordings:
    base = _steps((_OLD, "Atkritumu izvešanas grafiku meklējiet sadaļā “Grafiki”"))
    talka = _movable(lambda y: iso_day(LIELA_TALKA[y]) if y in LIELA_TALKA else None, 6, 2,
                     lambda y: f"Lielā talka {y}: talkas maisus savāksim bez maksas")
    svetki = [(start - 5 * ONE, last + ONE, f"{when} atkritumi netiks izvesti – izvešana "
                                            f"pārcelta uz nākamo darba dienu")
              for y in range(2015, 2021) for start, last, when in lv_holidays(y)]
    return _calendar(base, talka, svetki)


def zalajosla_style() -> PublisherStyle:
    """A Latvian regional waste-management company: a section from a pool, "Publicēts:" with
    the numeric date turned the long date in the locative on 1 January 2019 (a wording per
    day), a collection line turned by each Lielā talka (none in 2020) and by Easter, Jāņi,
    18 November and Christmas, "Lasiet arī:", a sorting line and a bin-store line mid-body,
    the household waste charge from its dates, the customer centre line and the company's
    details (a block), a rare correction."""
    return PublisherStyle(
        domain="zalajosla.lv", site="Zaļā Josla", base_size=40,
        subdomains=(("www.", 100),),
        sections=("jaunumi", "grafiki", "skirosana", "tarifi"),
        n_authors=2, url_path="/jaunumi/{slug}",
        pools={"sadala": ("Jaunumi", "Izvešanas grafiki", "Šķirošana", "Tarifi")},
        families=(
            _f("sadala", HEADER, 0.4, (_OLD, "{sadala}")),
            _f("datums", HEADER, 0.8, *_by_day(_zj_datums)),
            _f("izvesana", HEADER, 0.3, *_zj_izvesana()),
            _f("lasiet", MIDDLE, 0.3, (_OLD, "Lasiet arī: {other_title}")),
            _f("skiro", MIDDLE, 0.2, (_OLD, "Šķiro! Papīru, plastmasu un metālu izmet "
                                            "dzeltenajos konteineros bez maksas.")),
            _f("novietne", MIDDLE, 0.1, (_OLD, "Lūdzam uzturēt konteineru novietni tīru un "
                                               "atkritumu vedējam pieejamu.")),
            _f("maksa", FOOTER, 0.2, *tariff(ZJ_MAKSA, lambda start, v: (
                f"Sadzīves atkritumu apsaimniekošanas maksa no {lv_from(start)}: {v} EUR/m³ "
                f"(bez PVN)"))),
            _f("klientiem", FOOTER, 0.3, (_OLD, "Klientu apkalpošanas centrs: tālr. 64 555 210, "
                                                "info@zalajosla.lv")),
            _f("rekviziti", FOOTER, 0.25, (_OLD, "SIA “Zaļā Josla”, reģ. Nr. 40003555210, "
                                                 "Rūpniecības iela 7")),
            _f("labojums", HEADER, 0.04, (_OLD, "Labojums: izvešanas datums rakstā ir "
                                                "precizēts.")),
        ),
    )


# --- a Malaysian solid-waste concessionaire -----------------------------------------------

BL_ASING = dt.date(2016, 6, 1)  # separation at source from 1 June 2016


@cache
def _bl_kutipan() -> Wordings:
    base = _steps((_OLD, "Jadual kutipan: sisa domestik dua kali seminggu, sisa pukal sebulan "
                         "sekali"),
                  (BL_ASING.isoformat(), "Mulai 1 Jun 2016, asingkan sisa di rumah: kertas, "
                                         "plastik dan sisa lain dalam beg berasingan"))
    raya = _movable(lambda y: iso_day(HARI_RAYA[y]), 6, 1, lambda y: (
        f"Jadual kutipan sempena Hari Raya Aidilfitri {y}: tiada kutipan pada 1 dan 2 "
        f"Syawal"))
    haji = _movable(lambda y: iso_day(HARI_RAYA_HAJI[y]), 4, 0, lambda y: (
        f"Hari Raya Haji {y}: kutipan seperti biasa, sisa korban dikutip secara "
        f"berasingan"))
    cny = _movable(lambda y: iso_day(CHINESE_NEW_YEAR[y]), 5, 1, lambda y: (
        f"Tahun Baru Cina {y}: tiada kutipan pada hari pertama, kutipan diganti pada hari "
        f"berikutnya"))
    deepavali = _movable(lambda y: iso_day(DEEPAVALI[y]), 4, 0, lambda y: (
        f"Deepavali {y}: kutipan sisa berjalan seperti biasa"))
    return _calendar(base, raya, haji, cny, deepavali)


def bersihlembah_style() -> PublisherStyle:
    """A Malaysian solid-waste concessionaire: a category from a pool, "Diterbitkan pada"
    with the long date (a wording per day), a collection line reworded for separation at
    source in June 2016 and turned by Hari Raya Aidilfitri, Hari Raya Haji, Chinese New
    Year and Deepavali, "Baca juga:", "Iklan" (up to twice) and a recycling line with the
    material from a pool mid-body, the complaints line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="bersihlembah.com.my", site="Bersih Lembah", base_size=30,
        subdomains=(("www.", 100),),
        sections=("berita", "kutipan", "kitar-semula"),
        n_authors=2, url_path="/berita/{slug}",
        pools={"kategori": ("Berita", "Jadual Kutipan", "Kitar Semula", "Pengumuman"),
               "bahan": ("Kertas dan kotak", "Botol plastik", "Tin aluminium",
                         "Minyak masak terpakai", "Barangan elektronik")},
        families=(
            _f("kategori", HEADER, 0.4, (_OLD, "{kategori}")),
            _f("tarikh", HEADER, 0.8, *_by_day(lambda day: (
                f"Diterbitkan pada {day.day} {BULAN[day.month - 1]} {day.year}"))),
            _f("kutipan", HEADER, 0.3, *_bl_kutipan()),
            _f("baca", MIDDLE, 0.3, (_OLD, "Baca juga: {other_title}")),
            _f("iklan", MIDDLE, 0.25, (_OLD, "Iklan"), count=2),
            _f("kitar", MIDDLE, 0.15, (_OLD, "Kitar semula: {bahan} boleh dihantar ke pusat "
                                             "kitar semula berdekatan.")),
            _f("aduan", FOOTER, 0.35, (_OLD, "Aduan kutipan sampah: talian bebas tol "
                                             "1-800-88-7472")),
            _f("hakcipta", FOOTER, 0.3, (_OLD, "Hak cipta © {year} Bersih Lembah Sdn Bhd. "
                                               "Semua hak terpelihara.")),
            _f("pembetulan", HEADER, 0.04, (_OLD, "Pembetulan: tarikh kutipan dalam berita ini "
                                                  "telah dibetulkan.")),
        ),
    )


def heldout214_styles() -> list[PublisherStyle]:
    """The held-back-214 styles, in the order the generator hands them to publishers."""
    return [
        wyebrook_style(), veenstreek_style(), saintaubert_style(), maplebend_style(),
        daugavmala_style(), airbernam_style(), suhool_style(), orvanne_style(),
        denderafval_style(), wattlecreek_style(), zalajosla_style(), bersihlembah_style(),
    ]
