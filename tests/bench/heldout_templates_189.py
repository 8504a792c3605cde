"""The ``held-back-189`` template set of the planted-real benchmark.

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
test-ride credit or an advertisement marker. The publishers are motorcycle, scooter and
micromobility news sites, operators' newsrooms and riders' clubs in English, Italian, German,
Vietnamese, Thai and Dutch: a British weekly motorcycle magazine, an Italian motorcycle
magazine, a German motorcycle magazine, a Vietnamese motorbike news site, a Thai big-bike news
site, a Dutch scooter and moped news site, the newsroom of a European e-scooter sharing
operator, an American city bike-share's news pages, a British motorcycle club, the newsroom
of a Vietnamese electric-scooter maker, an Italian moto club and a German riders' club. The
families are the kinds a crawl of such sites holds: dates localised day by day in English
(British and American, AP month abbreviations), Italian, German (a club's two-digit years),
Vietnamese (the formal "ngày ... tháng ... năm" of press releases, GMT+7), Thai (with the
Buddhist-era year, abbreviated months turned full) and Dutch, several changing form on the
day of a redesign (show opening days, the day e-scooters became legal in Germany, the day
Amsterdam's mopeds left the cycle paths); lines that turn every day (a bike-share's system
status, "last updated" lines), every week (a weekly magazine's issue number, to each
Wednesday), every fortnight (Vietnam's petrol price, on the 1st and 16th) and every month (a
monthly's issue on sale from the last Wednesday, club nights on the first Thursday, a
Stammtisch on the second Friday); test-ride and kit credits from pools; prices and ranges by
model year (list-price notes that roll over to the next model year each autumn or on the day
of a motor show, a scooter fleet's generations and range, an electric scooter's price and
range by launch, membership fees and club dues, bike-share passes, Germany's 2020 VAT cut,
London's ULEZ charge for bikes, Vietnam's helmet fines from 2020, FMI membership by season);
road-safety notices (Songkran's and New Year's "seven dangerous days", the clocks going back,
riding rules for mopeds and e-scooters, helmets); notices reworded in 2015-2020 and notices
that follow the calendars of motorcycling (the Isle of Man TT and its 2020 cancellation,
Motorcycle Live, EICMA, Motor Bike Expo, the Mugello Grand Prix, Intermot in even years and
its 2020 cancellation, the Motorbeurs Utrecht, the Bangkok Motor Show and the Motor Expo,
Tết with its year's name, Vietnam's April and September holidays, Bike to Work Day, free
rides on Election Day, winter closures, blessings of the bikes, season openers and closing
rides, rallies with their edition numbers, Christmas toy runs, New Year's Eve switch-offs,
Tyrol's ban on loud bikes, the pandemic's lockdowns and free rides for health workers);
multi-line blocks (press contacts, "###", about lines, imprints, licences, club registers),
bare lines and families in only 4% of articles beside ones in nearly all. The hard negatives
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
    iso_day,
    last_weekday,
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times (the day functions below are module-level, so the cache finds them again).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")
MAANDEN_KORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
                "dec")
DAGEN_KORT = ("ma", "di", "wo", "do", "vr", "za", "zo")
THU = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
DUEAN = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
         "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
DUEAN_YO = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
            "พ.ย.", "ธ.ค.")
WAN = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์")

# Tết (the first day of the lunar new year) and the name of the year it opens.
TET = {2015: ("2015-02-19", "Ất Mùi"), 2016: ("2016-02-08", "Bính Thân"),
       2017: ("2017-01-28", "Đinh Dậu"), 2018: ("2018-02-16", "Mậu Tuất"),
       2019: ("2019-02-05", "Kỷ Hợi"), 2020: ("2020-01-25", "Canh Tý"),
       2021: ("2021-02-12", "Tân Sửu")}

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...), flat outside them."""
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


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later start."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def model_year(day: dt.date, md: str) -> int:
    """The model year on sale on `day` when the next one arrives each year on month-day
    `md`."""
    return day.year + 1 if day >= iso_day(f"{day.year}-{md}") else day.year


def be_year(y: int) -> int:
    """The Buddhist-era year Thai sites print."""
    return y + 543


def dots(n: int) -> str:
    """`n` with dots between thousands, as Vietnamese, Italian, German and Dutch write it."""
    return f"{n:,}".replace(",", ".")


def wednesday_of(day: dt.date) -> dt.date:
    """The last Wednesday on or before `day`: the day a weekly magazine goes on sale."""
    return day - dt.timedelta(days=(day.weekday() - 2) % 7)


def next_nth(day: dt.date, weekday: int, n: int) -> dt.date:
    """The `n`-th `weekday` (Monday 0) of `day`'s month if not yet past, else of the next
    month's: a club's next monthly meeting."""
    this = nth_weekday(day.year, day.month, weekday, n)
    if day <= this:
        return this
    y, m = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return nth_weekday(y, m, weekday, n)


def fortnight_start(day: dt.date) -> dt.date:
    """The 1st or the 16th on or before `day`: Vietnam's petrol price review days."""
    return day.replace(day=16 if day.day >= 16 else 1)


def tet(y: int) -> dt.date:
    return iso_day(TET[y][0])


# --- a British weekly motorcycle magazine -------------------------------------------------

KW_REDESIGN = dt.date(2017, 11, 18)  # relaunched on the opening day of Motorcycle Live 2017
KW_NEWSLETTER = dt.date(2018, 1, 12)
KW_KIT = dt.date(2019, 3, 1)
ULEZ = dt.date(2019, 4, 8)
KW_FIRST_ISSUE = (dt.date(2015, 1, 7), 3001)  # the first Wednesday of 2015 and its issue
TT = (("2015-05-30", "2015-06-12"), ("2016-05-28", "2016-06-10"), ("2017-05-27", "2017-06-09"),
      ("2018-05-26", "2018-06-08"), ("2019-05-25", "2019-06-07"))
MOTORCYCLE_LIVE = (("2015-11-21", "2015-11-29"), ("2016-11-19", "2016-11-27"),
                   ("2017-11-18", "2017-11-26"), ("2018-11-17", "2018-11-25"),
                   ("2019-11-16", "2019-11-24"))
EICMA = (("2015-11-17", "2015-11-22"), ("2016-11-08", "2016-11-13"), ("2017-11-07", "2017-11-12"),
         ("2018-11-06", "2018-11-11"), ("2019-11-05", "2019-11-10"))


def _kw_dated(day: dt.date) -> str:
    if day < KW_REDESIGN:
        return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"Updated: {day.day} {MONTHS[day.month - 1]} {day.year} · {{time}}"


def kw_issue(day: dt.date) -> tuple[int, dt.date]:
    """The issue on sale on `day` and its on-sale Wednesday."""
    wed = wednesday_of(day)
    first, number = KW_FIRST_ISSUE
    return number + (wed - first).days // 7, wed


def _kw_issue(day: dt.date) -> str:
    number, wed = kw_issue(day)
    return (f"On sale now: Kneedown Weekly issue {number}, out Wednesday {wed.day} "
            f"{MONTHS[wed.month - 1]}")


def _kw_model_year(day: dt.date) -> str:
    return (f"Prices quoted are UK on-the-road prices for the {model_year(day, '10-01')} model "
            f"year and may change without notice.")


@cache
def _kw_notice() -> Wordings:
    base = _steps((_OLD, "Get the Kneedown Weekly newsletter in your inbox every Friday"),
                  (KW_NEWSLETTER.isoformat(), "📬 The Friday Fix: news, first rides and kit "
                                              "deals from Kneedown Weekly. Sign up free"))
    pandemic = [
        _span("2020-03-23", "2020-05-12", "🦠 Lockdown: please stay home and don't ride for "
                                          "leisure. Protect the NHS"),
        _span("2020-05-30", "2020-06-12", "There's no TT this year: relive the 2019 races in "
                                          "our archive"),
    ]
    tt = [_span(a, b, f"🏁 Isle of Man TT {a[:4]}: our race reports from the Mountain Course, "
                      f"every evening") for a, b in TT]
    live = [_span(a, b, f"🏍️ Motorcycle Live {a[:4]} at the NEC: come and meet the road test "
                        f"team") for a, b in MOTORCYCLE_LIVE]
    eicma = [_span(a, b, f"🇮🇹 EICMA {a[:4]}: every new bike from Milan, as it's unveiled")
             for a, b in EICMA]
    clocks = _movable(lambda y: last_weekday(y, 10, 6), 4, 0, lambda y: (
        "🕔 The clocks go back this weekend: expect low sun and darker rides home"))
    return _calendar(base, pandemic, tt, live, eicma, clocks)


def kneedown_style() -> PublisherStyle:
    """A British weekly motorcycle magazine: a kicker from a pool, the short date with the
    weekday turned "Updated:" with the long date and the time on the opening day of
    Motorcycle Live 2017 (a wording per day), "Words:" turned the writer with the
    photographer, a test-bike credit from a pool reworded to credit the kit too, the bike
    tested from a pool, "RELATED |" with another title and "ADVERTISEMENT" up to twice, the
    issue on sale (a wording per week, to each Wednesday), the model year of the prices
    (rolling over each 1 October), a London charging line reworded for the ULEZ's £12.50, a
    newsletter appeal reworded and turned by the TT, Motorcycle Live, EICMA, the clocks going
    back, the lockdown and the TT's cancellation, the publisher line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="kneedownweekly.co.uk", site="Kneedown Weekly", base_size=250,
        subdomains=(("www.", 100),),
        sections=("news", "reviews", "racing", "used-bikes", "touring", "kit"),
        n_authors=12, url_path="/{section}/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("NEWS", "FIRST RIDE", "ROAD TEST", "GROUP TEST", "RACING",
                       "USED BUYER", "TOURING", "COMMUTING"),
            "snapper": ("Jason Critchlow", "Kneedown Weekly", "Ollie Brannigan",
                        "the manufacturer"),
            "dealer": ("Two Wheel Centre, Leicester", "Fosseway Motorcycles", "Mid-Shires "
                       "Honda", "Bridgegate Triumph", "the UK importer"),
            "kit": ("Shoei helmet, Alpinestars leathers", "HJC helmet, Rukka textiles",
                    "Arai helmet, Richa jacket and jeans"),
            "tested": ("Honda CB650R", "Yamaha MT-07", "Triumph Street Triple RS",
                       "Kawasaki Z900", "BMW R 1250 GS", "Ducati Scrambler Icon",
                       "Royal Enfield Interceptor 650"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.95, *_by_day(_kw_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Words: {author}"),
               (KW_REDESIGN.isoformat(), "Words: {author} · Pictures: {snapper}")),
            _f("test-bike", MIDDLE, 0.2, (_OLD, "Our test bike was supplied by {dealer}."),
               (KW_KIT.isoformat(), "Test bike: {dealer}. Rider kit: {kit}.")),
            _f("tested", MIDDLE, 0.15, (_OLD, "Tested: {tested}")),
            _f("related", MIDDLE, 0.4, (_OLD, "RELATED | {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("issue", FOOTER, 0.25, *_by_day(_kw_issue)),
            _f("model-year", FOOTER, 0.2, *_by_day(_kw_model_year)),
            _f("london", FOOTER, 0.08,
               (_OLD, "Riding into London? Motorcycles and scooters don't pay the Congestion "
                      "Charge."),
               (ULEZ.isoformat(), "Riding into London? Bikes that don't meet Euro 3 pay the "
                                  "£12.50 daily ULEZ charge.")),
            _f("notice", FOOTER, 0.3, *_kw_notice()),
            _f("publisher", FOOTER, 0.3, (_OLD, "Kneedown Weekly is published by Kneedown "
                                                "Media Ltd, Unit 6, Fosse Park Court, "
                                                "Leicester LE19 1HZ.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© Kneedown Media Ltd {year}. No part may be "
                                                 "reproduced without written permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story gave the wrong seat height.")),
        ),
    )


# --- an Italian motorcycle magazine -------------------------------------------------------

PC_REDESIGN = dt.date(2018, 11, 6)  # relaunched on EICMA 2018's press day
PC_NEWSLETTER = dt.date(2017, 4, 3)
PC_ECOBONUS = (dt.date(2019, 3, 1), dt.date(2020, 1, 1))
MUGELLO = ("2015-05-31", "2016-05-22", "2017-06-04", "2018-06-03", "2019-06-02")
MOTOR_BIKE_EXPO = (("2015-01-23", "2015-01-25"), ("2016-01-22", "2016-01-24"),
                   ("2017-01-20", "2017-01-22"), ("2018-01-19", "2018-01-21"),
                   ("2019-01-18", "2019-01-20"), ("2020-01-17", "2020-01-19"))


def _pc_data(day: dt.date) -> str:
    if day < PC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}, ore {{time}}"


@cache
def _pc_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter di Pieghe & Cordoli"),
                  (PC_NEWSLETTER.isoformat(), "📩 Ogni giovedì le novità moto nella tua "
                                              "casella: iscriviti gratis alla newsletter"))
    lockdown = [
        _span("2020-03-10", "2020-05-03", "🏠 #iorestoacasa: niente giri in moto fino alla "
                                          "fine del lockdown"),
        _span("2020-05-04", "2020-05-17", "Fase 2: si torna in sella, ma solo con le regole "
                                          "del nuovo DPCM"),
    ]
    eicma = [_span(a, b, f"🏍️ EICMA {a[:4]}: tutte le novità dal salone di Milano, in "
                         f"diretta") for a, b in EICMA]
    mugello = [(iso_day(d, -3), iso_day(d, 1), f"🏁 GP d'Italia {d[:4]} al Mugello: orari TV, "
                                                f"prove e risultati") for d in MUGELLO]
    mbe = [_span(a, b, f"Motor Bike Expo {a[:4]}: ci vediamo a Verona") for a, b in
           MOTOR_BIKE_EXPO]
    return _calendar(base, lockdown, eicma, mugello, mbe)


def _pc_listino(day: dt.date) -> str:
    return (f"Prezzi franco concessionario, IVA inclusa, riferiti al model year "
            f"{model_year(day, '09-01')}.")


def pieghe_style() -> PublisherStyle:
    """An Italian motorcycle magazine: a section from a pool, the numeric date and time turned
    the weekday, the long date and "ore" on EICMA 2018's press day (a wording per day), "di"
    turned the writer with the photographer, the dealer that lent the test bike and the rider's
    kit from pools, "Leggi anche:" and "Pubblicità" (up to twice) mid-body, the model year of
    the prices (rolling over each 1 September), an electric-bike incentive line reworded for
    the 2019 and 2020 ecobonus, a newsletter appeal reworded and turned by EICMA, the
    Mugello Grand Prix, Motor Bike Expo and the 2020 lockdown, the court registration and the
    copyright line (a block), a rare errata corrige."""
    return PublisherStyle(
        domain="piegheecordoli.it", site="Pieghe & Cordoli", base_size=220,
        subdomains=(("www.", 100),),
        sections=("novita", "prove", "comparative", "motogp", "scooter", "usato"),
        n_authors=9, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrica": ("Novità", "Prove", "Comparative", "MotoGP", "Superbike", "Scooter",
                        "Usato", "Mototurismo"),
            "fotografo": ("Marco Zanchi", "Pieghe & Cordoli", "ufficio stampa della casa",
                          "Studio Milagro"),
            "concessionario": ("Moto Brianza, Monza", "Bergamo Moto Center", "Motorsport "
                               "Treviglio", "Due Ruote Lodigiane", "la filiale italiana"),
            "casco": ("AGV", "Nolan", "X-Lite", "Caberg", "Airoh"),
            "giacca": ("Dainese", "Spidi", "Tucano Urbano", "Alpinestars"),
        },
        families=(
            _f("rubrica", HEADER, 0.5, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.88, *_by_day(_pc_data)),
            _f("autore", HEADER, 0.6, (_OLD, "di {author}"),
               (PC_REDESIGN.isoformat(), "Testo di {author}, foto di {fotografo}")),
            _f("prova", MIDDLE, 0.2, (_OLD, "Moto in prova fornita da {concessionario}")),
            _f("abbigliamento", MIDDLE, 0.12, (_OLD, "Abbigliamento: casco {casco}, giacca e "
                                                     "guanti {giacca}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("listino", FOOTER, 0.2, *_by_day(_pc_listino)),
            _f("ecobonus", FOOTER, 0.1,
               (_OLD, "Incentivi per moto e scooter elettrici: verifica le agevolazioni della "
                      "tua Regione."),
               (PC_ECOBONUS[0].isoformat(), "Ecobonus 2019: fino a 3.000 euro per moto e "
                                            "scooter elettrici, con rottamazione di un Euro 0, "
                                            "1 o 2."),
               (PC_ECOBONUS[1].isoformat(), "Ecobonus 2020: fino a 3.000 euro, o 4.000 con "
                                            "rottamazione, per moto e scooter elettrici.")),
            _f("avviso", FOOTER, 0.3, *_pc_avviso()),
            _f("testata", FOOTER, 0.25, (_OLD, "Pieghe & Cordoli – testata giornalistica "
                                               "registrata presso il Tribunale di Bergamo, n. "
                                               "12/2011")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Pieghe & Cordoli Srl – P.IVA "
                                                "03817260164 – Riproduzione riservata")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: nella prima versione "
                                              "dell'articolo la potenza dichiarata era "
                                              "sbagliata.")),
        ),
    )


# --- a German motorcycle magazine ---------------------------------------------------------

ZD_REDESIGN = dt.date(2019, 6, 15)  # relaunched with an e-scooter section the day they became legal
ZD_NEWSLETTER = dt.date(2018, 2, 1)
INTERMOT = (("2016-10-04", "2016-10-09"), ("2018-10-02", "2018-10-07"))
VAT = (("2007-01-01", "19"), ("2020-07-01", "16"), ("2021-01-01", "19"))


def _zd_datum(day: dt.date) -> str:
    if day < ZD_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"Veröffentlicht am {day.day}. {MONATE[day.month - 1]} {day.year}, {{time}} Uhr"


def zd_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The monthly issue on sale on `day` (month, year) and the Wednesday it came out: the
    issue of a month is on sale from the last Wednesday of the month before."""
    out = last_weekday(day.year, day.month, 2)
    if day >= out:
        m, y = (1, day.year + 1) if day.month == 12 else (day.month + 1, day.year)
        return m, y, out
    py, pm = (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)
    return day.month, day.year, last_weekday(py, pm, 2)


def _zd_heft(day: dt.date) -> str:
    m, y, out = zd_issue(day)
    return (f"Die Zweirad-Depesche {m:02d}/{y} ist seit {out.day}. {MONATE[out.month - 1]} im "
            f"Handel.")


def _zd_preise(day: dt.date) -> str:
    return (f"Alle Preise: unverbindliche Preisempfehlung inkl. {value_on(day, VAT)} % MwSt., "
            f"zzgl. Überführung (Modelljahr {model_year(day, '10-01')}).")


@cache
def _zd_hinweis() -> Wordings:
    base = _steps((_OLD, "Jeden Donnerstag: Tests, Touren und Termine im Newsletter. Jetzt "
                         "anmelden"),
                  (ZD_NEWSLETTER.isoformat(), "📨 Die Motorrad-News der Woche jeden "
                                              "Donnerstag per Mail – kostenlos und jederzeit "
                                              "abbestellbar"))
    news = [
        _span("2019-06-10", "2019-06-23", "🛴 E-Scooter sind ab 15. Juni erlaubt: was jetzt "
                                          "gilt"),
        _span("2020-03-16", "2020-05-03", "🦠 Corona: was für Motorradfahrer jetzt gilt"),
        _span("2020-06-10", "2020-06-30", "🔇 Tirol sperrt laute Motorräder: ab 15. Juni gilt "
                                          "das 95-dB-Limit"),
        _span("2020-10-01", "2020-10-11", "Die Intermot 2020 fällt aus: alle Neuheiten trotzdem "
                                          "hier"),
    ]
    intermot = [_span(a, b, f"Intermot {a[:4]} in Köln: alle Neuheiten im Überblick")
                for a, b in INTERMOT]
    saison = _yearly("03-17", 7, 7, lambda y: f"🏍️ Saisonstart {y}: So wird Ihr Motorrad "
                                              f"fit für die erste Ausfahrt")
    return _calendar(base, news, intermot, saison)


def zweirad_style() -> PublisherStyle:
    """A German motorcycle magazine: a section from a pool, the numeric date turned
    "Veröffentlicht am" with the long date and the time on the day e-scooters became legal in
    Germany (a wording per day), "Ein Beitrag von" turned the writer with the photographer,
    the dealer that lent the test bike and the photo credit from pools, "ANZEIGE" up to twice
    and "Auch interessant:" mid-body, the monthly issue on sale (a wording per month, from each last
    Wednesday), the prices' VAT and model year (the 2020 VAT cut, rolling over each 1
    October), a newsletter line reworded and turned by Intermot, the season start, the
    e-scooter rules, the lockdown, Tyrol's ban on loud bikes and Intermot's cancellation, the
    imprint and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="zweirad-depesche.de", site="Zweirad-Depesche", base_size=195,
        subdomains=(("www.", 100),),
        sections=("neuheiten", "tests", "reisen", "szene", "sport", "e-mobilitaet"),
        n_authors=8, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Neuheiten", "Test", "Vergleichstest", "Reise", "Szene", "Sport",
                       "Roller", "E-Mobilität"),
            "fotograf": ("Jörg Kessler", "Hersteller", "Zweirad-Depesche", "Sabine Wendt"),
            "haendler": ("Motorrad Schwaben, Ulm", "Zweirad Krämer, Heilbronn", "dem deutschen "
                         "Importeur", "Bikepoint Neckar, Esslingen"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_zd_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Ein Beitrag von {author}"),
               (ZD_REDESIGN.isoformat(), "Autor: {author} | Bilder: {fotograf}")),
            _f("testmaschine", MIDDLE, 0.2, (_OLD, "Testmaschine zur Verfügung gestellt von "
                                                   "{haendler}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "ANZEIGE"), count=2),
            _f("auch", MIDDLE, 0.3, (_OLD, "Auch interessant: {other_title}")),
            _f("bild", MIDDLE, 0.2, (_OLD, "Bild: {fotograf}")),
            _f("heft", FOOTER, 0.25, *_by_day(_zd_heft)),
            _f("preise", FOOTER, 0.15, *_by_day(_zd_preise)),
            _f("hinweis", FOOTER, 0.3, *_zd_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "Zweirad-Depesche erscheint im Verlag "
                                                 "Depesche Medien GmbH & Co. KG, Stuttgart.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Depesche Medien GmbH & Co. KG. "
                                                 "Vervielfältigung nur mit Genehmigung.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version war das "
                                                 "Leergewicht falsch angegeben.")),
        ),
    )


# --- a Vietnamese motorbike news site -----------------------------------------------------

XH_REDESIGN = dt.date(2018, 6, 1)
XH_ZALO = dt.date(2019, 5, 15)
XH_LICENCE = dt.date(2017, 7, 1)
HELMET_FINES = dt.date(2020, 1, 1)  # Decree 100/2019
RON95 = (("2015-01-01", 17900.0), ("2015-06-16", 20800.0), ("2016-01-16", 15400.0),
         ("2016-12-16", 17600.0), ("2017-06-01", 17300.0), ("2018-05-16", 20800.0),
         ("2018-10-16", 22700.0), ("2019-01-01", 17700.0), ("2019-05-01", 21700.0),
         ("2019-12-16", 20900.0), ("2020-04-28", 11600.0), ("2020-08-16", 14600.0),
         ("2021-01-10", 16300.0))


def _xh_ngay(day: dt.date) -> str:
    if day < XH_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return f"{THU[day.weekday()]}, {day.day}/{day.month}/{day.year}, {{time}} (GMT+7)"


def ron95(day: dt.date) -> int:
    """Made-up petrol price on review day `day`, to the nearest 10 đồng."""
    return int(round(through(day, RON95) * (1 + 0.02 * wobble(day, "ron95")), -1))


def _xh_xang(day: dt.date) -> str:
    start = fortnight_start(day)
    return (f"Giá xăng RON 95 từ 15h ngày {start.day}/{start.month}/{start.year}: "
            f"{dots(ron95(start))} đồng/lít")


def _xh_gia(day: dt.date) -> str:
    return (f"Giá bán đề xuất đã gồm VAT, chưa gồm lệ phí trước bạ và biển số (phiên bản "
            f"{model_year(day, '09-01')}).")


@cache
def _xh_thongbao() -> Wordings:
    base = _steps((_OLD, "Theo dõi Xế Hai Bánh trên Facebook và YouTube"),
                  (XH_ZALO.isoformat(), "📲 Nhận tin xe mới mỗi ngày: quan tâm Xế Hai Bánh "
                                        "trên Zalo"))
    covid = [_span("2020-04-01", "2020-04-22", "😷 Giãn cách xã hội: hạn chế ra đường, chỉ đi "
                                               "xe khi thật cần thiết")]
    tets = [(tet(y) - 7 * ONE, tet(y) + 5 * ONE, f"🧧 Chúc mừng năm mới Xuân {TET[y][1]}! "
                                                  f"Chúc bạn đọc thượng lộ bình an")
            for y in range(2015, 2022)]
    le = _yearly("04-30", 5, 1, lambda y: f"🛵 Nghỉ lễ 30/4 - 1/5/{y}: kiểm tra phanh, lốp "
                                          f"và đèn trước khi về quê")
    le += _yearly("09-02", 4, 0, lambda y: f"🛵 Nghỉ lễ Quốc khánh 2/9/{y}: đi chậm, đội mũ "
                                           f"bảo hiểm, không sử dụng rượu bia")
    return _calendar(base, covid, tets, sorted(le))


def xehaibanh_style() -> PublisherStyle:
    """A Vietnamese motorbike news site: a section from a pool, the numeric date and time
    turned the weekday, the date and "(GMT+7)" on 1 June 2018 (a wording per day), "Xem
    thêm:", "Quảng cáo" (up to twice) and a photo credit from a pool mid-body, the petrol
    price from each review day (a wording per fortnight, on the 1st and 16th), the model year
    of the prices (rolling over each 1 September), a helmet line reworded for the 2020 fines,
    a follow-us line reworded and turned by Tết with its year's name, the April and September
    holidays and the 2020 distancing, the writer's bare name, the copyright and the licence
    line (a block, the licence reworded in 2017), a rare correction."""
    return PublisherStyle(
        domain="xehaibanh.vn", site="Xế Hai Bánh", base_size=170,
        subdomains=(("", 70), ("www.", 30)),
        sections=("tin-tuc", "danh-gia", "tu-van", "xe-dien", "gia-xe", "the-thao"),
        n_authors=10, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Tin tức", "Đánh giá xe", "Tư vấn", "Xe điện", "Giá xe",
                          "Thể thao"),
            "nguonanh": ("Xế Hai Bánh", "Honda Việt Nam", "Yamaha Motor Việt Nam",
                         "Piaggio Việt Nam", "Tư liệu"),
        },
        families=(
            _f("chuyenmuc", HEADER, 0.5, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.9, *_by_day(_xh_ngay)),
            _f("xemthem", MIDDLE, 0.35, (_OLD, "Xem thêm: {other_title}")),
            _f("quangcao", MIDDLE, 0.3, (_OLD, "Quảng cáo"), count=2),
            _f("anh", MIDDLE, 0.25, (_OLD, "Ảnh: {nguonanh}")),
            _f("giaxang", HEADER, 0.2, *_by_day(_xh_xang)),
            _f("giaxe", FOOTER, 0.2, *_by_day(_xh_gia)),
            _f("mubaohiem", FOOTER, 0.15,
               (_OLD, "Đội mũ bảo hiểm đạt chuẩn và cài quai đúng cách mỗi khi đi xe máy."),
               (HELMET_FINES.isoformat(), "Từ 1/1/2020, không đội mũ bảo hiểm khi đi xe máy "
                                          "bị phạt 400.000 - 600.000 đồng.")),
            _f("thongbao", FOOTER, 0.3, *_xh_thongbao()),
            _f("tacgia", FOOTER, 0.55, (_OLD, "{author}")),
            _f("banquyen", FOOTER, 0.35, (_OLD, "© Bản quyền thuộc về Xế Hai Bánh. Không sao "
                                                "chép khi chưa có sự đồng ý bằng văn bản.")),
            _f("giayphep", FOOTER, 0.3,
               (_OLD, "Giấy phép số 38/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp."),
               (XH_LICENCE.isoformat(), "Giấy phép số 215/GP-BTTTT do Bộ Thông tin và Truyền "
                                        "thông cấp ngày 12/06/2017.")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: bài viết đã sửa lại giá bán của "
                                                 "mẫu xe cho chính xác.")),
        ),
    )


# --- a Thai big-bike news site ------------------------------------------------------------

BT_REDESIGN = dt.date(2018, 3, 28)  # relaunched on the opening day of the 2018 Motor Show
BT_LINE = dt.date(2017, 6, 1)
MOTOR_SHOW = (("2015-03-25", "2015-04-05"), ("2016-03-23", "2016-04-03"),
              ("2017-03-29", "2017-04-09"), ("2018-03-28", "2018-04-08"),
              ("2019-03-27", "2019-04-07"), ("2020-07-15", "2020-07-26"))
MOTOR_EXPO = (("2014-11-28", "2014-12-10"), ("2015-12-02", "2015-12-13"),
              ("2016-11-30", "2016-12-11"), ("2017-11-30", "2017-12-11"),
              ("2018-11-28", "2018-12-10"), ("2019-11-27", "2019-12-08"),
              ("2020-12-02", "2020-12-13"))


def _bt_wanthi(day: dt.date) -> str:
    if day < BT_REDESIGN:
        return f"{day.day} {DUEAN_YO[day.month - 1]} {be_year(day.year)}"
    return (f"อัปเดต {WAN[day.weekday()]}ที่ {day.day} {DUEAN[day.month - 1]} "
            f"{be_year(day.year)} เวลา {{time}} น.")


def bt_model_year(day: dt.date) -> int:
    """The model year (Buddhist era) on sale on `day`: the next one from each Motor Expo's
    opening day."""
    opened = [iso_day(a) for a, _ in MOTOR_EXPO if iso_day(a) <= day]
    return be_year(opened[-1].year + 1)


def _bt_raka(day: dt.date) -> str:
    return (f"ราคาจำหน่ายปลีกแนะนำ รุ่นปี {bt_model_year(day)} ยังไม่รวมค่าจดทะเบียนและ "
            f"พ.ร.บ.")


@cache
def _bt_plodphai() -> Wordings:
    base = _steps((_OLD, "สวมหมวกกันน็อกทุกครั้งที่ขับขี่ เพื่อความปลอดภัยของตัวคุณเอง"))
    songkran = _yearly("04-11", 0, 6, lambda y: f"🚨 7 วันอันตรายช่วงสงกรานต์ {be_year(y)}: "
                                                f"เมาไม่ขับ สวมหมวกกันน็อกทุกครั้ง")
    newyear = _yearly("12-29", 0, 6, lambda y: f"🚨 7 วันอันตรายช่วงปีใหม่ {be_year(y + 1)}: "
                                               f"ขับขี่ด้วยความระมัดระวัง ง่วงไม่ขับ",
                      years=range(2014, 2021))
    return _calendar(base, songkran, newyear)


@cache
def _bt_prakat() -> Wordings:
    base = _steps((_OLD, "ติดตามข่าวรถใหม่ได้ทางเพจเฟซบุ๊กบิ๊กไบค์ไทม์"),
                  (BT_LINE.isoformat(), "แอดไลน์ @bigbiketime รับข่าวรถใหม่และโปรโมชันก่อนใคร"))
    covid = [_span("2020-03-26", "2020-05-31", "🦠 ช่วงโควิด-19 โชว์รูมหลายแห่งปิดชั่วคราว "
                                               "กรุณาโทรสอบถามก่อนเดินทาง")]
    show = [_span(a, b, f"🏍️ บางกอก มอเตอร์โชว์ {be_year(int(a[:4]))}: รวมรถใหม่และโปรโมชัน"
                        f"ในงาน") for a, b in MOTOR_SHOW]
    expo = [_span(a, b, f"🏍️ มอเตอร์ เอ็กซ์โป {be_year(int(a[:4]))}: ราคาพิเศษเฉพาะในงาน")
            for a, b in MOTOR_EXPO]
    return _calendar(base, covid, show, expo)


def bigbiketime_style() -> PublisherStyle:
    """A Thai big-bike news site: a category from a pool, the date with the abbreviated month
    and Buddhist-era year turned "อัปเดต" with the weekday, the full month and the time on
    the 2018 Motor Show's opening day (a wording per day), "เรื่อง:" turned the writer with
    the photographer, a test-ride thanks from a pool, "อ่านข่าวที่เกี่ยวข้อง:" and "โฆษณา"
    (up to twice) mid-body, the model year of the prices (the next one from each Motor
    Expo's opening day), a helmet line turned by Songkran's and New Year's seven dangerous
    days, a follow-us line reworded and turned by the Motor Shows, the Motor Expos and the
    pandemic's closed showrooms, tags from a pool, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="bigbiketime.co.th", site="บิ๊กไบค์ไทม์", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "review", "bigbike", "scooter", "motorsport", "ev"),
        n_authors=6, url_path="/{section}/{n}/",
        pools={
            "muad": ("ข่าวรถใหม่", "รีวิว", "บิ๊กไบค์", "สกู๊ตเตอร์", "มอเตอร์สปอร์ต",
                     "รถไฟฟ้า"),
            "phap": ("ทีมงานบิ๊กไบค์ไทม์", "ผู้ผลิต", "ไทยฮอนด้า", "ไทยยามาฮ่า"),
            "tag": ("ฮอนด้า", "ยามาฮ่า", "คาวาซากิ", "บีเอ็มดับเบิลยู", "ไทรอัมพ์", "ดูคาติ",
                    "รถใหม่"),
            "dealer": ("บิ๊กวิง รามอินทรา", "ไทรอัมพ์ บางนา", "คาวาซากิ พระราม 3",
                       "ดูคาติ เชียงใหม่", "ผู้นำเข้าอย่างเป็นทางการ"),
        },
        families=(
            _f("muad", HEADER, 0.5, (_OLD, "{muad}")),
            _f("wanthi", HEADER, 0.85, *_by_day(_bt_wanthi)),
            _f("phukhian", HEADER, 0.5, (_OLD, "เรื่อง: {author}"),
               (BT_REDESIGN.isoformat(), "เรื่อง: {author} / ภาพ: {phap}")),
            _f("rotthodsob", MIDDLE, 0.2, (_OLD, "ขอขอบคุณรถทดสอบจาก {dealer}")),
            _f("kiaokhong", MIDDLE, 0.35, (_OLD, "อ่านข่าวที่เกี่ยวข้อง: {other_title}")),
            _f("khosana", MIDDLE, 0.3, (_OLD, "โฆษณา"), count=2),
            _f("raka", FOOTER, 0.25, *_by_day(_bt_raka)),
            _f("plodphai", FOOTER, 0.3, *_bt_plodphai()),
            _f("prakat", FOOTER, 0.3, *_bt_prakat()),
            _f("tag", FOOTER, 0.3, (_OLD, "แท็ก: {tag_list}")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} บิ๊กไบค์ไทม์ สงวนลิขสิทธิ์ "
                                                 "ห้ามคัดลอกโดยไม่ได้รับอนุญาต")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "แก้ไข: บทความนี้แก้ไขราคาจำหน่ายให้ถูกต้อง")),
        ),
    )


# --- a Dutch scooter and moped news site --------------------------------------------------

SN_REDESIGN = dt.date(2019, 4, 8)  # the day Amsterdam's mopeds moved to the carriageway
SN_GDPR = dt.date(2018, 5, 25)
MOTORBEURS = (("2015-02-19", "2015-02-22"), ("2016-02-18", "2016-02-21"),
              ("2017-02-16", "2017-02-19"), ("2018-02-15", "2018-02-18"),
              ("2019-02-14", "2019-02-17"), ("2020-02-20", "2020-02-23"))


def _sn_datum(day: dt.date) -> str:
    if day < SN_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return (f"{DAGEN_KORT[day.weekday()]} {day.day} {MAANDEN_KORT[day.month - 1]} {day.year} "
            f"om {{time}}")


def _sn_bijgewerkt(day: dt.date) -> str:
    return f"Dit artikel is voor het laatst bijgewerkt op {day.day} {MAANDEN[day.month - 1]} " \
           f"{day.year}."


def _sn_prijzen(day: dt.date) -> str:
    return (f"Genoemde prijzen zijn adviesprijzen inclusief btw, exclusief rijklaarmaken "
            f"(modeljaar {model_year(day, '10-01')}).")


@cache
def _sn_nieuwsbrief() -> Wordings:
    base = _steps((_OLD, "Meld je aan voor de gratis nieuwsbrief van Snor & Brom"),
                  (SN_GDPR.isoformat(), "📧 Elke vrijdag het scooternieuws in je mailbox. Afmelden "
                                        "kan altijd"))
    corona = [_span("2020-03-16", "2020-05-31", "🦠 Corona: de meeste scooterdealers werken "
                                                "op afspraak. Bel even vooraf")]
    beurs = [(iso_day(a, -7), iso_day(b, 1), f"🏍️ Motorbeurs Utrecht {a[:4]}: je vindt ons "
                                             f"in hal 7") for a, b in MOTORBEURS]
    winter = _movable(lambda y: last_weekday(y, 10, 6), 3, 0, lambda y: (
        "🕑 Wintertijd: vanaf zondag is het eerder donker. Check je verlichting"))
    return _calendar(base, corona, beurs, winter)


def snorenbrom_style() -> PublisherStyle:
    """A Dutch scooter and moped news site: a section from a pool, the numeric date turned the
    short weekday, the short month and "om" with the time on the day Amsterdam's mopeds moved
    to the carriageway (a wording per day), "Door", the dealer that lent the test scooter
    from a pool, "Lees ook:" and "Advertentie" (up to twice) mid-body, the model year of the
    prices (rolling over each 1 October), a where-to-ride line reworded for Amsterdam's
    mopeds, "last updated" with the day's date (a wording per day), a newsletter line
    reworded on the day the GDPR applied and turned by the Motorbeurs Utrecht, the clocks
    going back and the pandemic, the colophon and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="snorenbrom.nl", site="Snor & Brom", base_size=120,
        subdomains=(("www.", 100),),
        sections=("nieuws", "tests", "scooters", "snorfietsen", "speed-pedelecs", "wetgeving"),
        n_authors=5, url_path="/{section}/{n}/{slug}",
        pools={
            "rubriek": ("Nieuws", "Test", "Scooters", "Snorfietsen", "Speed pedelecs",
                        "Wetgeving", "Tuning"),
            "dealer": ("Scootercentrum Utrecht", "Brommerhuis Zwolle", "Tweewielers De Vries, "
                       "Haarlem", "de importeur"),
        },
        families=(
            _f("rubriek", HEADER, 0.45, (_OLD, "{rubriek}")),
            _f("datum", HEADER, 0.85, *_by_day(_sn_datum)),
            _f("auteur", HEADER, 0.55, (_OLD, "Door {author}")),
            _f("testrit", MIDDLE, 0.2, (_OLD, "De testscooter werd beschikbaar gesteld door "
                                              "{dealer}.")),
            _f("lees", MIDDLE, 0.35, (_OLD, "Lees ook: {other_title}")),
            _f("advertentie", MIDDLE, 0.3, (_OLD, "Advertentie"), count=2),
            _f("prijzen", FOOTER, 0.2, *_by_day(_sn_prijzen)),
            _f("regels", FOOTER, 0.15,
               (_OLD, "Snorfietsers rijden binnen de bebouwde kom op het fietspad, tenzij "
                      "anders aangegeven."),
               (SN_REDESIGN.isoformat(), "Let op: in Amsterdam rijden snorfietsers sinds 8 april "
                                         "2019 op de rijbaan, met een helm op.")),
            _f("bijgewerkt", FOOTER, 0.3, *_daily(_sn_bijgewerkt)),
            _f("nieuwsbrief", FOOTER, 0.3, *_sn_nieuwsbrief()),
            _f("colofon", FOOTER, 0.25, (_OLD, "Snor & Brom is een uitgave van Tweewieler Media "
                                               "B.V., KvK 61822493.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Tweewieler Media B.V. Alle rechten "
                                                "voorbehouden.")),
            _f("rectificatie", HEADER, 0.04, (_OLD, "Rectificatie: in een eerdere versie stond "
                                                    "een verkeerde topsnelheid.")),
        ),
    )


# --- the newsroom of a European e-scooter sharing operator --------------------------------

LM_SCOOTERS = dt.date(2018, 6, 1)  # from dockless bikes to e-scooters
LM_HELMETS = dt.date(2019, 9, 1)
LM_PRICES = (("2015-01-01", "bikes €1 per 30 minutes"),
             ("2018-06-01", "€1 to unlock, then €0.15 a minute"),
             ("2019-07-01", "€1 to unlock, then €0.20 a minute"),
             ("2020-06-01", "€1 to unlock, then €0.25 a minute; day passes from €4.99"))
LM_FLEET = (("2015-01-01", "the Lumo bike, seven gears and a GPS lock"),
            ("2018-06-01", "the Gen 1 scooter, up to 30 km per charge"),
            ("2019-05-14", "the Gen 2 scooter, up to 45 km per charge with a swappable battery"),
            ("2020-09-01", "the Gen 3 scooter, up to 60 km per charge, with indicators and a "
                           "swappable battery"))
LM_CITIES = (("2015-01-01", "2 1"), ("2015-05-01", "3 1"), ("2015-09-01", "4 1"),
             ("2016-04-01", "6 2"), ("2016-10-01", "8 2"), ("2017-05-01", "11 3"),
             ("2017-10-01", "12 3"), ("2018-06-01", "15 4"), ("2018-09-01", "21 5"),
             ("2019-03-01", "34 7"), ("2019-06-01", "48 9"), ("2019-10-01", "57 10"),
             ("2020-01-01", "63 11"), ("2020-04-01", "55 11"), ("2020-08-01", "70 12"))


def _lm_dateline(day: dt.date) -> str:
    if day < LM_SCOOTERS:
        return f"{{city}}, {day.day} {MONTHS[day.month - 1]} {day.year} –"
    return f"{{city}} — {MONTHS[day.month - 1]} {day.day}, {day.year}:"


def _lm_about(value: str) -> str:
    cities, countries = value.split()
    if int(cities) < 15:
        return f"About Lumo: Lumo runs dockless bike sharing in {cities} European cities."
    return (f"About Lumo: Lumo is a micromobility company running shared e-scooters and e-bikes "
            f"in {cities} cities across {countries} countries.")


@cache
def _lm_notice() -> Wordings:
    base = _steps((_OLD, "Download the Lumo app for iOS and Android"))
    covid = [_span("2020-03-20", "2020-05-31", "💙 Free 30-minute rides for healthcare "
                                               "workers: verify your hospital ID in the app")]
    nye = _yearly("12-31", 3, 1, lambda y: f"🎆 New Year's Eve {y}: scooters are switched off "
                                           f"from 8pm in city centres", years=range(2018, 2021))
    return _calendar(base, covid, nye)


def lumo_style() -> PublisherStyle:
    """The newsroom of a European e-scooter sharing operator: "PRESS RELEASE" reworded on the
    day it moved from bikes to scooters, the city from a pool and the date in British order
    turned American order that day (a wording per day), an embargo line with the weekday and
    the date, a photo credit with the city, the prices reworded in 2018-2020, the vehicle on
    the street (four generations with their range), a riding-rules line reworded for
    scooters and helmets, an app line turned by free rides for health workers and New Year's
    Eve switch-offs, a press-kit line, "###", the about line with the number of cities and
    countries (changing from month to month) and the media line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="lumomobility.com", site="Lumo", base_size=100,
        subdomains=(("www.", 40), ("press.", 60)),
        sections=("press-releases", "cities", "safety", "sustainability"),
        n_authors=3, url_path="/newsroom/{slug}",
        pools={"city": ("Berlin", "Paris", "Madrid", "Stockholm", "Vienna", "Lisbon",
                        "Warsaw", "Milan")},
        families=(
            _f("release", HEADER, 0.55, (_OLD, "PRESS RELEASE"),
               (LM_SCOOTERS.isoformat(), "Newsroom · Press release")),
            _f("dateline", HEADER, 0.8, *_by_day(_lm_dateline)),
            _f("embargo", HEADER, 0.1, (_OLD, "Embargoed until 00:01 CET, {weekday} "
                                              "{date_dmy}")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Image: Lumo bikes in {city}"),
               (LM_SCOOTERS.isoformat(), "Image: Lumo e-scooters in {city} (credit: Lumo)")),
            _f("pricing", FOOTER, 0.25, *from_table(LM_PRICES, lambda v: (
                f"Pricing in most cities: {v}. Local prices may vary."))),
            _f("fleet", FOOTER, 0.2, *from_table(LM_FLEET, lambda v: f"On the street now: {v}.")),
            _f("safety", FOOTER, 0.3,
               (_OLD, "Ride safe: check the brakes and lights before every ride."),
               (LM_SCOOTERS.isoformat(), "Ride responsibly: one person per scooter, 18+, no "
                                         "riding on pavements, park out of the way."),
               (LM_HELMETS.isoformat(), "Ride responsibly: wear a helmet, one person per "
                                        "scooter, 18+, and park considerately.")),
            _f("notice", FOOTER, 0.25, *_lm_notice()),
            _f("press-kit", FOOTER, 0.15, (_OLD, "Photos and b-roll for media use: "
                                                 "lumomobility.com/press-kit")),
            _f("ends", FOOTER, 0.5, (_OLD, "###")),
            _f("about", FOOTER, 0.45, *from_table(LM_CITIES, _lm_about)),
            _f("media", FOOTER, 0.45, (_OLD, "Media contact: press@lumomobility.com")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release first gave the "
                                                  "wrong launch date for the new city.")),
        ),
    )


# --- an American city bike-share's news pages ---------------------------------------------

TR_REDESIGN = dt.date(2017, 4, 1)
TR_SPONSOR = dt.date(2018, 4, 1)
TR_PASSES = (("2014-04-01", "$75 a year or $6 for a 24-hour pass"),
             ("2017-04-01", "$85 a year or $8 for a day pass"),
             ("2019-04-01", "$95 a year or $8 for a day pass; e-bikes 15¢ a minute extra"))
ELECTION_DAYS = ("2016-11-08", "2018-11-06", "2020-11-03")


def _tr_posted(day: dt.date) -> str:
    if day < TR_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


def tr_in_season(day: dt.date) -> bool:
    """Whether the system is open on `day`: from 1 April to 15 November."""
    return dt.date(day.year, 4, 1) <= day <= dt.date(day.year, 11, 15)


def _tr_status(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]}, {AP_MONTHS[day.month - 1]} {day.day}"
    if not tr_in_season(day):
        return f"System status for {when}: closed for the season. Bikes return April 1."
    return f"System status for {when}: all stations open."


@cache
def _tr_events() -> Wordings:
    base = _steps((_OLD, "Follow us for station updates and free-ride days"))
    covid = [_span("2020-03-25", "2020-06-30", "Free 30-minute rides for essential workers. "
                                               "Please wipe down the handlebars before you "
                                               "ride.")]
    bike_to_work = _movable(lambda y: nth_weekday(y, 5, 4, 3), 5, 0, lambda y: (
        f"🚲 Bike to Work Day {y}: free 60-minute rides all day Friday, May "
        f"{nth_weekday(y, 5, 4, 3).day}"))
    votes = [(iso_day(d, -4), iso_day(d, 1), f"🗳️ Ride free to the polls on Election Day, Nov. "
                                             f"{int(d[-2:])}: use code VOTE{d[2:4]}")
             for d in ELECTION_DAYS]
    return _calendar(base, covid, bike_to_work, votes)


def twinrivers_style() -> PublisherStyle:
    """An American city bike-share's news pages: "Posted on" with the long date turned the AP
    date on the day the 2017 season opened (a wording per day), the title sponsor reworded in
    2018, the day's system status (a wording per day: open from April to mid-November), tags
    from a pool, the passes (raised in 2017 and 2019), a follow-us line turned by Bike to Work
    Day, free rides on Election Day and the pandemic's free rides for essential workers, the
    helmet line, an adaptive-bikes line mid-body, the customer-service line and the nonprofit
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="twinriversbikeshare.org", site="Twin Rivers Bike Share", base_size=85,
        subdomains=(("www.", 100),),
        sections=("news", "stations", "memberships", "community"),
        n_authors=3, url_path="/blog/{yyyy}/{mm}/{dd}/{slug}",
        pools={"tag": ("stations", "memberships", "events", "equity", "e-bikes", "safety",
                       "winter")},
        families=(
            _f("posted", HEADER, 0.85, *_by_day(_tr_posted)),
            _f("sponsor", HEADER, 0.25, (_OLD, "Twin Rivers Bike Share, presented by Northstar "
                                               "Health"),
               (TR_SPONSOR.isoformat(), "Twin Rivers Bike Share, presented by Lakeland Credit "
                                        "Union")),
            _f("status", HEADER, 0.3, *_by_day(_tr_status)),
            _f("adaptive", MIDDLE, 0.1, (_OLD, "Adaptive cycles can be booked for free: call "
                                               "612-555-0146.")),
            _f("tags", FOOTER, 0.35, (_OLD, "Tags: {tag_list}")),
            _f("passes", FOOTER, 0.3, *from_table(TR_PASSES, lambda v: f"Memberships: {v}.")),
            _f("events", FOOTER, 0.3, *_tr_events()),
            _f("helmets", FOOTER, 0.15, (_OLD, "Helmets are recommended for every rider and "
                                               "required under 18.")),
            _f("contact", FOOTER, 0.35, (_OLD, "Questions? Customer service is open 24/7 at "
                                               "612-555-0188 or help@twinriversbikeshare.org")),
            _f("nonprofit", FOOTER, 0.3, (_OLD, "Twin Rivers Bike Share is a 501(c)(3) "
                                                "nonprofit. Gifts are tax-deductible.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the station at 4th and Main "
                                                  "reopens May 3, not May 1.")),
        ),
    )


# --- a British motorcycle club ------------------------------------------------------------

WR_REDESIGN = dt.date(2018, 1, 6)  # the new site went live at the AGM
WR_SUBS = (("2014-01-01", "£15 a year (£20 joint)"), ("2018-01-01", "£18 a year (£25 joint)"),
           ("2020-01-01", "£20 a year (£28 joint)"))
WR_PAUSE = (dt.date(2020, 3, 20), dt.date(2020, 7, 31))  # club nights paused


def _wr_posted(day: dt.date) -> str:
    if day < WR_REDESIGN:
        return f"Posted by {{author}} on {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _wr_clubnight(day: dt.date) -> str:
    if WR_PAUSE[0] <= day <= WR_PAUSE[1]:
        return "Club nights are paused for now. We'll post here when they restart."
    nxt = next_nth(day, 3, 1)
    return (f"Next club night: Thursday {nxt.day} {MONTHS[nxt.month - 1]}, 8pm at The Drovers "
            f"Arms, Kempsey. New riders welcome.")


def wr_rally(y: int) -> dt.date:
    """The Sunday of the club's rally: the second Sunday of July."""
    return nth_weekday(y, 7, 6, 2)


@cache
def _wr_diary() -> Wordings:
    base = _steps((_OLD, "Membership is open to all riders: join online or at any club "
                         "night"))
    covid = [_span("2020-03-20", "2020-07-04", "Ride-outs and club nights are suspended until "
                                               "further notice. Stay safe.")]
    rallies = _movable(wr_rally, 42, 0, lambda y: (
        f"⛺ Wyvern Rally {y}, {wr_rally(y).day - 2}–{wr_rally(y).day} July at Upton Meadow: "
        f"pre-book your pitch"), years=range(2015, 2020))
    rallies.append(_span("2020-07-05", "2020-07-12", "The Wyvern Rally 2020 is cancelled. See "
                                                     "you in 2021."))
    toy_runs = _movable(lambda y: nth_weekday(y, 12, 6, 2), 14, 0, lambda y: (
        f"🎁 Christmas Toy Run {y}: Sunday {nth_weekday(y, 12, 6, 2).day} December, leaving "
        f"Worcester at 10am"), years=range(2015, 2020))
    return _calendar(base, covid, rallies, toy_runs)


def wyvern_style() -> PublisherStyle:
    """A British motorcycle club: "Posted by" with the writer and the long date turned the
    short date with the weekday at the 2018 AGM (a wording per day), the ride-out leader and
    the tail-end rider, the photographer from a pool, the share buttons, the next club night
    (a wording per month, the first Thursday; paused in 2020), a membership line turned by
    the rally (its dates each July, cancelled in 2020), the toy runs and the lockdown, the
    subs (raised in 2018 and 2020), the ride-out rules, the BMF line and the secretary's line
    (a block), a rare amendment."""
    return PublisherStyle(
        domain="wyvernriders.org.uk", site="Wyvern Riders MCC", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "ride-outs", "rally", "club-nights"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"marker": ("Big Dave", "Sue on the Bandit", "Taff", "Mick R."),
               "photographer": ("Kev Hollis", "Ann Pryce", "club members", "Taff")},
        families=(
            _f("posted", HEADER, 0.8, *_by_day(_wr_posted)),
            _f("rideout", MIDDLE, 0.2, (_OLD, "Ride-out leader: {author2} · Tail-end Charlie: "
                                              "{marker}")),
            _f("photos", MIDDLE, 0.2, (_OLD, "Photos: {photographer}")),
            _f("share", FOOTER, 0.4, (_OLD, "Share this: Twitter · Facebook · Email")),
            _f("clubnight", FOOTER, 0.35, *_by_day(_wr_clubnight)),
            _f("diary", FOOTER, 0.3, *_wr_diary()),
            _f("subs", FOOTER, 0.2, *from_table(WR_SUBS, lambda v: (
                f"Membership: {v}, renewable each January."))),
            _f("safety", FOOTER, 0.25, (_OLD, "Ride-outs use the drop-off (second-man) system. "
                                              "Ride your own ride, and within the law.")),
            _f("bmf", FOOTER, 0.2, (_OLD, "Wyvern Riders MCC is affiliated to the British "
                                          "Motorcyclists Federation.")),
            _f("secretary", FOOTER, 0.2, (_OLD, "Club secretary: "
                                                "secretary@wyvernriders.org.uk")),
            _f("amended", HEADER, 0.04, (_OLD, "Amended: the start point is now the Ketch "
                                               "roundabout.")),
        ),
    )


# --- the newsroom of a Vietnamese electric-scooter maker ----------------------------------

SM_REDESIGN = dt.date(2019, 11, 15)  # the S2's launch day
SM_PIN = (dt.date(2018, 8, 1), dt.date(2020, 1, 1))
SM_MODELS = (("2014-06-01", "Sao Mai Lite: 14.990.000 đồng, đi được 60 km mỗi lần sạc "
                            "(ắc quy chì)"),
             ("2017-03-01", "Sao Mai Lite 2017: 15.990.000 đồng, đi được 70 km mỗi lần sạc"),
             ("2018-08-01", "Sao Mai S1: 24.990.000 đồng (chưa gồm pin lithium), đi được 80 km "
                            "mỗi lần sạc"),
             ("2019-11-15", "Sao Mai S2: 27.990.000 đồng (chưa gồm pin), đi được 100 km mỗi "
                            "lần sạc"))


def _sm_ngay(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{{noi}}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    return f"{{noi}}, {day.day}/{day.month}/{day.year}"


@cache
def _sm_daily() -> Wordings:
    base = _steps((_OLD, "Tìm đại lý Sao Mai EV gần nhất tại saomaiev.vn/dai-ly"))
    covid = [_span("2020-04-01", "2020-04-22", "Giãn cách xã hội: các đại lý tạm đóng cửa đến "
                                               "hết ngày 22/4/2020")]
    tets: list[Event] = []
    for y in range(2015, 2022):
        first, last = tet(y) - 2 * ONE, tet(y) + 5 * ONE
        tets.append((tet(y) - 10 * ONE, tet(y) + 6 * ONE,
                     f"🧧 Nghỉ Tết {TET[y][1]}: đại lý nghỉ từ {first.day}/{first.month} đến "
                     f"hết {last.day}/{last.month}/{last.year}"))
    return _calendar(base, covid, tets)


def saomai_style() -> PublisherStyle:
    """The newsroom of a Vietnamese electric-scooter maker: "THÔNG CÁO BÁO CHÍ", the city from
    a pool and the formal date turned the numeric date on the S2's launch day (a wording per
    day), a photo credit from a pool, the current model's price and range (four launches), a
    warranty line reworded for battery rental and its price, a dealer line turned by each Tết
    closure and the 2020 distancing, the hashtags, the about line and the press contact (a
    block), a rare correction."""
    return PublisherStyle(
        domain="saomaiev.vn", site="Sao Mai EV", base_size=55,
        subdomains=(("", 100),),
        sections=("tin-tuc", "thong-cao", "san-pham"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"noi": ("Hà Nội", "TP. Hồ Chí Minh", "Bắc Ninh", "Đà Nẵng"),
               "anh": ("Sao Mai EV", "Phòng truyền thông Sao Mai EV")},
        families=(
            _f("tcbc", HEADER, 0.55, (_OLD, "THÔNG CÁO BÁO CHÍ")),
            _f("ngay", HEADER, 0.8, *_by_day(_sm_ngay)),
            _f("anh", MIDDLE, 0.25, (_OLD, "Ảnh: {anh}")),
            _f("gia", FOOTER, 0.3, *from_table(SM_MODELS, lambda v: (
                f"Giá niêm yết đã gồm VAT: {v}."))),
            _f("pin", FOOTER, 0.2,
               (_OLD, "Bảo hành ắc quy 12 tháng, bảo hành động cơ 3 năm."),
               (SM_PIN[0].isoformat(), "Thuê pin từ 350.000 đồng/tháng, đổi pin miễn phí tại "
                                       "hơn 50 điểm."),
               (SM_PIN[1].isoformat(), "Thuê pin từ 300.000 đồng/tháng, đổi pin miễn phí tại "
                                       "hơn 200 điểm.")),
            _f("daily", FOOTER, 0.25, *_sm_daily()),
            _f("hashtag", FOOTER, 0.2, (_OLD, "#SaoMaiEV #XeMayDien #DiChuyenXanh")),
            _f("gioithieu", FOOTER, 0.4, (_OLD, "Về Sao Mai EV: nhà sản xuất xe máy điện Việt "
                                                "Nam, thành lập năm 2012, nhà máy tại Bắc "
                                                "Ninh.")),
            _f("lienhe", FOOTER, 0.4, (_OLD, "Liên hệ báo chí: truyenthong@saomaiev.vn · "
                                             "Hotline 1900 6868")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: thông cáo đã sửa lại ngày mở bán "
                                                 "cho đúng.")),
        ),
    )


# --- an Italian moto club -----------------------------------------------------------------

MC_REDESIGN = dt.date(2018, 3, 1)
MC_GDPR = dt.date(2018, 5, 25)
MC_FIRST_RADUNO = 1996
FMI = {2015: "45", 2016: "45", 2017: "50", 2018: "50", 2019: "55", 2020: "55", 2021: "55"}


def _mc_data(day: dt.date) -> str:
    if day < MC_REDESIGN:
        return f"{day.day}/{day.month}/{day.year}"
    return f"Pubblicato il {GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}"


def _mc_tessera(day: dt.date) -> str:
    season = model_year(day, "11-01")
    return (f"Tesseramento {season}: tessera FMI Member {FMI[season]} euro, assicurazione "
            f"inclusa.")


def mc_raduno(y: int) -> dt.date:
    """The club's rally: the last Sunday of June."""
    return last_weekday(y, 6, 6)


@cache
def _mc_avvisi() -> Wordings:
    base = _steps((_OLD, "Ci trovi ogni venerdì sera in sede, via Roma 18, Clusone"))
    covid = [_span("2020-03-09", "2020-06-14", "Attività sospese per l'emergenza Covid-19"),
             _span("2020-06-15", "2020-06-28", "Il raduno 2020 è annullato: ci rivediamo nel "
                                               "2021")]
    benedizione = _movable(lambda y: nth_weekday(y, 4, 6, 3), 10, 0, lambda y: (
        f"🙏 Benedizione delle moto {y}: domenica {nth_weekday(y, 4, 6, 3).day} aprile, "
        f"sagrato della parrocchia, ore 10"))
    raduno = _movable(mc_raduno, 21, 0, lambda y: (
        f"🏍️ {y - MC_FIRST_RADUNO + 1}° Raduno delle Tre Valli: domenica {mc_raduno(y).day} "
        f"giugno {y}, iscrizioni dalle 8:30"))
    return _calendar(base, covid, benedizione, raduno)


def trevalli_style() -> PublisherStyle:
    """An Italian moto club: the numeric date turned "Pubblicato il" with the weekday on 1
    March 2018 (a wording per day), "a cura di", the route and the photographer from pools,
    the season's FMI membership fee (from each November), a meeting line turned by the
    blessing of the bikes, the rally with its edition number, the lockdown and the rally's
    cancellation, the FMI line, the tax-code line and the contacts (a block), a privacy line
    reworded for the GDPR."""
    return PublisherStyle(
        domain="motoclubtrevalli.it", site="Moto Club Tre Valli", base_size=40,
        subdomains=(("www.", 100),),
        sections=("notizie", "uscite", "raduno"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"percorso": ("Passo del Vivione", "Lago d'Iseo e Val Camonica", "Passo San "
                            "Marco", "Colli di San Fermo", "Passo della Presolana"),
               "fotografo": ("Gianni B.", "Lucia Rota", "i soci")},
        families=(
            _f("data", HEADER, 0.8, *_by_day(_mc_data)),
            _f("autore", HEADER, 0.4, (_OLD, "a cura di {author}")),
            _f("percorso", MIDDLE, 0.15, (_OLD, "Percorso: {percorso}")),
            _f("foto", MIDDLE, 0.25, (_OLD, "Foto: {fotografo}")),
            _f("tessera", FOOTER, 0.25, *_by_day(_mc_tessera)),
            _f("avvisi", FOOTER, 0.3, *_mc_avvisi()),
            _f("fmi", FOOTER, 0.25, (_OLD, "Moto Club affiliato alla Federazione Motociclistica "
                                           "Italiana")),
            _f("cf", FOOTER, 0.2, (_OLD, "Moto Club Tre Valli ASD · C.F. 90012340165")),
            _f("contatti", FOOTER, 0.2, (_OLD, "Info e iscrizioni: segreteria@motoclubtrevalli.it "
                                               "· 347 555 0192")),
            _f("privacy", FOOTER, 0.15,
               (_OLD, "I dati dei soci sono trattati ai sensi del D.Lgs. 196/2003."),
               (MC_GDPR.isoformat(), "I dati dei soci sono trattati ai sensi del Regolamento "
                                     "UE 2016/679 (GDPR).")),
        ),
    )


# --- a German riders' club ----------------------------------------------------------------

MF_REDESIGN = dt.date(2017, 3, 4)
MF_BEITRAG = (("2012-01-01", "30 € (Partner 15 €)"), ("2017-01-01", "36 € (Partner 18 €)"),
              ("2020-01-01", "40 € (Partner 20 €)"))


def _mf_datum(day: dt.date) -> str:
    if day < MF_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


def _mf_stammtisch(day: dt.date) -> str:
    if dt.date(2020, 3, 14) <= day <= dt.date(2020, 6, 12):
        return "Der Stammtisch fällt bis auf Weiteres aus."
    nxt = next_nth(day, 4, 2)
    return (f"Nächster Stammtisch: Freitag, {nxt.day}. {MONATE[nxt.month - 1]}, ab 19:30 Uhr im "
            f"Gasthaus „Zur Linde“, Kastellaun")


@cache
def _mf_termine() -> Wordings:
    base = _steps((_OLD, "Gäste sind bei allen Ausfahrten herzlich willkommen."))
    corona = [_span("2020-03-14", "2020-05-31", "Alle Treffen und Ausfahrten ruhen bis auf "
                                                "Weiteres (Corona).")]
    anlassen = _movable(lambda y: nth_weekday(y, 4, 6, 1), 14, 0, lambda y: (
        f"Anlassen {y}: Sonntag, {nth_weekday(y, 4, 6, 1).day}. April, 10 Uhr am Vereinsheim"),
        years=range(2015, 2020))
    abschluss = _movable(lambda y: nth_weekday(y, 10, 6, 1), 14, 0, lambda y: (
        f"Abschlussfahrt {y}: Sonntag, {nth_weekday(y, 10, 6, 1).day}. Oktober, Abfahrt 10 Uhr"))
    return _calendar(base, corona, anlassen, abschluss)


def hunsrueck_style() -> PublisherStyle:
    """A German riders' club: the date with a two-digit year turned the weekday and the long
    date in March 2017 (a wording per day), the tour guide and the photographer, the next
    Stammtisch (a wording per month, the second Friday; called off in spring 2020), a guests
    line turned by the season opener, the closing ride and the lockdown, the dues (raised in
    2017 and 2020), the own-risk line, the register line and the contact (a block)."""
    return PublisherStyle(
        domain="mf-hunsrueck.de", site="Motorradfreunde Hunsrück", base_size=30,
        subdomains=(("www.", 100),),
        sections=("aktuelles", "touren", "termine"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"fotograf": ("Uwe", "Petra K.", "Vereinsarchiv")},
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_mf_datum)),
            _f("tourguide", MIDDLE, 0.2, (_OLD, "Tourguide: {author2}")),
            _f("fotos", MIDDLE, 0.2, (_OLD, "Fotos: {fotograf}")),
            _f("stammtisch", FOOTER, 0.3, *_by_day(_mf_stammtisch)),
            _f("termine", FOOTER, 0.3, *_mf_termine()),
            _f("beitrag", FOOTER, 0.2, *from_table(MF_BEITRAG, lambda v: (
                f"Jahresbeitrag: {v}, fällig im Januar."))),
            _f("haftung", FOOTER, 0.25, (_OLD, "Die Teilnahme an Ausfahrten erfolgt auf eigene "
                                               "Gefahr.")),
            _f("verein", FOOTER, 0.25, (_OLD, "Motorradfreunde Hunsrück e.V. · Amtsgericht "
                                              "Koblenz VR 21047")),
            _f("kontakt", FOOTER, 0.2, (_OLD, "Kontakt: vorstand@mf-hunsrueck.de")),
        ),
    )


def heldout189_styles() -> list[PublisherStyle]:
    """The held-back-189 styles, in the order the generator hands them to publishers."""
    return [
        kneedown_style(), pieghe_style(), zweirad_style(), xehaibanh_style(),
        bigbiketime_style(), snorenbrom_style(), lumo_style(), twinrivers_style(),
        wyvern_style(), saomai_style(), trevalli_style(), hunsrueck_style(),
    ]
