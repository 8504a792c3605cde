"""The ``held-back-142`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-136 set. It was
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
"manufacturer supplied the car" line or an advertisement marker. The publishers are
automotive and motoring press in English, German, Italian, Czech, Turkish, Portuguese and
Thai: a British car magazine and review site, a German car magazine, an Italian motoring
portal, a Czech car site, a Turkish car news site, a Brazilian car review site, a Thai
motoring site, the newsroom of a British dealer group, a British club-motorsport news site, a
Portuguese motoring club, the press pages of a Bavarian dealer group and a Czech motoring
club. The families are the kinds a crawl of such sites holds: dates localised day by day in
English (with British summer and winter time), German, Italian, Czech, Turkish, Portuguese
and Thai (with the Buddhist-era year, abbreviated months and two-digit years), several
changing form on the day of a redesign; price-as-tested, spec, economy and CO2 lines (from
pools), the German Pkw-EnVKV lines and the DAT guide line, Inmetro and Eco Sticker figures,
the economy lines reworded when WLTP replaced NEDC in September 2018; "the manufacturer
provided the car" lines, reworded; fuel
prices that turn every day (Thailand, with the day's date), on the days the pump price changes
(Turkey), every week (Germany to the Wednesday, Czechia and Portugal from the Monday, Brazil's
ANP survey to the Saturday) and monthly lines (Italy's new-car registrations with their change
on a year earlier, a dealer's offer to the month's end); amounts that change over the years
(British VED after April 2017, a dealer's representative APR, Turkey's motor-vehicle tax
rises, Italy's Ecobonus, Germany's Umweltbonus and Innovationsprämie, a club's yearly fee,
dealership and stock counts); recall lines; motor-show and event calendars some notices
follow (Geneva with its 2020 cancellation, Frankfurt's IAA, Paris, Goodwood, the London show,
Essen, Bologna, São Paulo, Bangkok's Motor Show and Motor Expo, Monza's Grand Prix, the Mille
Miglia, the Dakar, the Barum rally, the Rali de Portugal, the Istanbul Grand Prix of 2020, a
club championship's rounds with the next round named until it is run and live weekends),
seasonal notices (winter tyres in Italy, Czechia, Turkey and Germany's "O bis O"), the
calendars of motoring (British number-plate changes each March and September, Czech
vignettes from each December, the Turkish MTV instalments each January and July, the bayram
holidays, Songkran's and New Year's "seven dangerous days", Carnival, IPVA, Easter and
Christmas traffic operations, Germany's diesel-ban ruling and VAT cut, Brazil's truckers'
strike, the 2020 lockdowns), related links, photo credits, galleries and advertisement
markers mid-body (some up to two times), multi-line blocks (spec boxes, notes, imprints,
contacts, "ENDS"), bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
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
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    easter,
    iso_day,
    last_weekday,
    nth_or_last_weekday,
    ordinal,
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
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince")  # genitive: "12. března 2016"
DNY = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
AYLAR = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
         "Ekim", "Kasım", "Aralık")
GUNLER = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
DUEAN = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
         "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
DUEAN_YO = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
            "พ.ย.", "ธ.ค.")

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line drawn straight through `anchors` ((ISO day, value),
    ...), flat before the first and after the last."""
    x = day.toordinal()
    pts = [(iso_day(a).toordinal(), v) for a, v in anchors]
    if x <= pts[0][0]:
        return pts[0][1]
    for (x0, y0), (x1, y1) in zip(pts, pts[1:], strict=False):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return pts[-1][1]


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def table_wordings(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting the value of `table` in force: from the oldest day the
    value on the set's first day, then one from each later day the value changes."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def british_summer_time(day: dt.date) -> bool:
    """Whether the clocks are on summer time in Britain (and the EU) on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def on_or_before(day: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month."""
    return (day.replace(day=28) + 4 * ONE).replace(day=1) - ONE


def thai_year(y: int) -> int:
    """The Buddhist-era year Thai sites print."""
    return y + 543


def comma(value: float, places: int) -> str:
    """`value` with a decimal comma, as continental sites print prices."""
    return f"{value:.{places}f}".replace(".", ",")


def dotted(n: int) -> str:
    """`n` with dots between thousands: 163.543."""
    return f"{n:,}".replace(",", ".")


def shows(table: dict[int, tuple[str, str]], text: Callable[[int], str],
          before: int = 0) -> list[Event]:
    """A notice for each show of `table` (year -> first and last ISO day), from `before`
    days before its first day to its last; `text` is given the year."""
    return [(iso_day(first, -before), iso_day(last, 1), text(y))
            for y, (first, last) in sorted(table.items())]


# Motor shows and events (first and last public day).
GENEVA = {2015: ("2015-03-05", "2015-03-15"), 2016: ("2016-03-03", "2016-03-13"),
          2017: ("2017-03-09", "2017-03-19"), 2018: ("2018-03-08", "2018-03-18"),
          2019: ("2019-03-07", "2019-03-17")}
GENEVA_CANCELLED = dt.date(2020, 2, 28)  # the 2020 show, due from 5 March, was called off
IAA = {2015: ("2015-09-17", "2015-09-27"), 2017: ("2017-09-14", "2017-09-24"),
       2019: ("2019-09-12", "2019-09-22")}
PARIS = {2016: ("2016-10-01", "2016-10-16"), 2018: ("2018-10-04", "2018-10-14")}
GOODWOOD = {2015: ("2015-06-25", "2015-06-28"), 2016: ("2016-06-23", "2016-06-26"),
            2017: ("2017-06-29", "2017-07-02"), 2018: ("2018-07-12", "2018-07-15"),
            2019: ("2019-07-04", "2019-07-07")}
LONDON_SHOW = {2016: ("2016-05-05", "2016-05-08"), 2017: ("2017-05-18", "2017-05-21"),
               2018: ("2018-05-17", "2018-05-20")}
ESSEN = {2015: ("2015-11-28", "2015-12-06"), 2016: ("2016-11-26", "2016-12-04"),
         2017: ("2017-12-02", "2017-12-10"), 2018: ("2018-12-01", "2018-12-09"),
         2019: ("2019-11-30", "2019-12-08")}
BOLOGNA = {2015: ("2015-12-05", "2015-12-13"), 2016: ("2016-12-03", "2016-12-11"),
           2017: ("2017-12-02", "2017-12-10")}
MILLE_MIGLIA = {2015: ("2015-05-14", "2015-05-17"), 2016: ("2016-05-19", "2016-05-22"),
                2017: ("2017-05-18", "2017-05-21"), 2018: ("2018-05-16", "2018-05-19"),
                2019: ("2019-05-15", "2019-05-18"), 2020: ("2020-10-22", "2020-10-25")}
MONZA = {2015: "2015-09-06", 2016: "2016-09-04", 2017: "2017-09-03", 2018: "2018-09-02",
         2019: "2019-09-08", 2020: "2020-09-06"}  # race day of the Italian Grand Prix
SAO_PAULO = {2016: ("2016-11-10", "2016-11-20"), 2018: ("2018-11-08", "2018-11-18")}
BANGKOK = {2015: ("2015-03-25", "2015-04-05"), 2016: ("2016-03-23", "2016-04-03"),
           2017: ("2017-03-29", "2017-04-09"), 2018: ("2018-03-28", "2018-04-08"),
           2019: ("2019-03-27", "2019-04-07"), 2020: ("2020-07-15", "2020-07-26")}
MOTOR_EXPO = {2015: ("2015-12-01", "2015-12-12"), 2016: ("2016-11-30", "2016-12-11"),
              2017: ("2017-11-30", "2017-12-11"), 2018: ("2018-11-30", "2018-12-11"),
              2019: ("2019-11-29", "2019-12-10"), 2020: ("2020-12-02", "2020-12-13")}
DAKAR = {2015: ("2015-01-04", "2015-01-17"), 2016: ("2016-01-03", "2016-01-16"),
         2017: ("2017-01-02", "2017-01-14"), 2018: ("2018-01-06", "2018-01-20"),
         2019: ("2019-01-07", "2019-01-17"), 2020: ("2020-01-05", "2020-01-17")}
BARUM = {2015: ("2015-08-28", "2015-08-30"), 2016: ("2016-08-26", "2016-08-28"),
         2017: ("2017-08-25", "2017-08-27"), 2018: ("2018-08-24", "2018-08-26"),
         2019: ("2019-08-16", "2019-08-18"), 2020: ("2020-08-28", "2020-08-30")}
RALI_PORTUGAL = {2015: ("2015-05-21", "2015-05-24"), 2016: ("2016-05-19", "2016-05-22"),
                 2017: ("2017-05-18", "2017-05-21"), 2018: ("2018-05-17", "2018-05-20"),
                 2019: ("2019-05-30", "2019-06-02")}
WLTP_ALL_CARS = dt.date(2018, 9, 1)  # every new car sold in the EU tested under WLTP


# --- a British car magazine and review site -----------------------------------------------

RR_REDESIGN = dt.date(2018, 7, 12)  # relaunched on the opening day of Goodwood 2018
RR_POLICY = dt.date(2017, 3, 1)
RR_NEWSLETTER = dt.date(2019, 4, 4)
VED = (("2015-01-01", ""), ("2017-04-01", "£140|£310"), ("2018-04-01", "£145|£320"),
       ("2019-04-01", "£150|£320"), ("2020-04-01", "£150|£325"))


def _rr_dated(day: dt.date) -> str:
    if day < RR_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year} | {{time}}"
    zone = "BST" if british_summer_time(day) else "GMT"
    return (f"Updated {WEEKDAYS[day.weekday()][:3]}, {day.day} {MONTHS[day.month - 1][:3]} "
            f"{day.year} {{time}} {zone}")


def _rr_ved(value: str) -> str:
    if not value:
        return "Car tax (VED): the first-year and yearly rates depend on the car's CO2 band."
    rate, extra = value.split("|")
    return (f"Car tax (VED): {rate} a year from the second year, plus {extra} a year in years "
            f"two to six on cars with a list price over £40,000.")


@cache
def _rr_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to Roadtest Review magazine: your first three issues for "
                         "£3"),
                  (RR_NEWSLETTER.isoformat(), "📬 Every new car, tested: get the Roadtest "
                                              "Review newsletter free each Thursday"))
    geneva = shows(GENEVA, lambda y: f"🚗 Geneva motor show {y}: every launch, live from the "
                                     f"halls", before=2)
    frankfurt = shows(IAA, lambda y: f"🚗 Frankfurt motor show {y}: all the new cars from the "
                                     f"IAA", before=2)
    paris = shows(PARIS, lambda y: f"🚗 Paris motor show {y}: our guide to every debut",
                  before=2)
    goodwood = shows(GOODWOOD, lambda y: f"🏁 Goodwood Festival of Speed {y}: hillclimb "
                                         f"times and the cars that ran")
    london = shows(LONDON_SHOW, lambda y: f"London motor show {y}: what's worth seeing at "
                                          f"Battersea")
    news = [
        (GENEVA_CANCELLED, iso_day("2020-03-16"), "Geneva 2020 is off: the cars that would "
                                                  "have been unveiled, all in one place"),
        _span("2020-03-23", "2020-05-12", "Lockdown motoring: how to keep a parked car "
                                          "healthy, and when your MOT is due"),
        _span("2020-07-09", "2020-07-12", "No Festival of Speed this year: relive our best "
                                          "hillclimb moments"),
    ]
    return _calendar(base, news, geneva, frankfurt, paris, goodwood, london)


def roadtest_style() -> PublisherStyle:
    """A British car magazine and review site: a kicker from a pool, the long date and the
    time turned the short weekday, the abbreviated date, the time and British summer or
    winter time on the opening day of Goodwood 2018 (a wording per day), "By" turned
    "Words ... Pictures" with the photographer from a pool, a star rating from a pool, a
    recall-checker line, "Read next:" and "ADVERTISEMENT" up to twice, the spec box (price
    as tested, the spec line, economy and CO2 reworded from NEDC to WLTP in September 2018;
    a block), the car-tax line (CO2 bands, then the flat rate and the expensive-car
    supplement from April 2017, changing each April), a test-car line reworded, a magazine
    offer reworded and turned by the Geneva, Frankfurt, Paris, London and Goodwood shows,
    Geneva's 2020 cancellation and the lockdown, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="roadtestreview.co.uk", site="Roadtest Review", base_size=250,
        subdomains=(("www.", 100),),
        sections=("reviews", "news", "used-cars", "long-term-tests", "advice"),
        n_authors=13, url_path="/{section}/{slug}",
        pools={
            "kicker": ("First drive", "Road test", "Twin test", "Long-term report",
                       "Used buying guide", "News", "Motor show"),
            "photo": ("Luc Whitford", "Max Earnshaw", "the manufacturer", "Olly Brandt"),
            "stars": ("★★★★☆", "★★★☆☆", "★★★★★", "★★☆☆☆"),
            "price": ("£28,450", "£34,995", "£41,320", "£23,780", "£56,105", "£19,995"),
            "spec": ("1498cc, 4cyl, turbo, petrol · 148bhp · 0-62mph 8.5sec · 134mph",
                     "1968cc, 4cyl, turbo, diesel · 148bhp · 0-62mph 8.9sec · 131mph",
                     "Single motor, 64kWh battery · 201bhp · 0-62mph 7.6sec · 104mph",
                     "999cc, 3cyl, turbo, petrol · 99bhp · 0-62mph 11.2sec · 114mph",
                     "2995cc, V6, twin-turbo, petrol · 375bhp · 0-62mph 4.8sec · 155mph"),
            "mpg": ("47.9", "52.3", "39.8", "61.4", "33.2"),
            "co2": ("134", "121", "159", "108", "192"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_rr_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (RR_REDESIGN.isoformat(), "Words: {author} · Pictures: {photo}")),
            _f("rating", HEADER, 0.35, (_OLD, "Our rating: {stars}")),
            _f("recall", MIDDLE, 0.07, (_OLD, "Is your car under a safety recall? Check it "
                                              "free with the number plate on the DVSA's "
                                              "recall checker.")),
            _f("read-next", MIDDLE, 0.4, (_OLD, "Read next: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("price", FOOTER, 0.35, (_OLD, "Price as tested: {price}")),
            _f("spec", FOOTER, 0.3, (_OLD, "Engine: {spec}")),
            _f("economy", FOOTER, 0.3,
               (_OLD, "Economy/CO2 (NEDC combined): {mpg}mpg / {co2}g/km"),
               (WLTP_ALL_CARS.isoformat(), "Economy/CO2 (WLTP combined): {mpg}mpg / "
                                           "{co2}g/km")),
            _f("ved", FOOTER, 0.2, *table_wordings(VED, _rr_ved)),
            _f("supplied", FOOTER, 0.4,
               (_OLD, "The manufacturer supplied the car for this test."),
               (RR_POLICY.isoformat(), "Test cars are lent by their makers. No manufacturer "
                                       "sees or approves our reviews before they are "
                                       "published.")),
            _f("notice", FOOTER, 0.3, *_rr_notice()),
            _f("copyright", FOOTER, 0.45, (_OLD, "© Roadtest Review Media Ltd {year}. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "review gave the wrong boot capacity.")),
        ),
    )


# --- a German car magazine ------------------------------------------------------------------

AP_REDESIGN = dt.date(2017, 9, 12)  # relaunched on the first press day of the IAA 2017
AP_NEWSLETTER = dt.date(2018, 1, 15)
VAT_CUT = (dt.date(2020, 7, 1), dt.date(2020, 12, 31))  # 16% instead of 19%
E10 = (("2015-01-01", 1.31), ("2015-06-01", 1.45), ("2016-02-15", 1.17), ("2016-06-01", 1.30),
       ("2017-06-01", 1.32), ("2018-10-15", 1.53), ("2019-01-15", 1.33), ("2019-06-01", 1.44),
       ("2020-04-20", 1.16), ("2020-06-30", 1.30), ("2020-12-31", 1.35))
DIESEL_DE = (("2015-01-01", 1.18), ("2015-06-01", 1.25), ("2016-02-15", 0.99),
             ("2016-06-01", 1.11), ("2017-06-01", 1.12), ("2018-10-15", 1.46),
             ("2019-01-15", 1.25), ("2019-06-01", 1.26), ("2020-04-20", 1.07),
             ("2020-06-30", 1.12), ("2020-12-31", 1.21))


def pump_price_de(day: dt.date, anchors: tuple[tuple[str, float], ...], key: str) -> float:
    """A made-up German pump price on a Wednesday, with the 2020 VAT cut."""
    price = through(day, anchors) * (1 + 0.012 * wobble(day, key))
    if VAT_CUT[0] <= day <= VAT_CUT[1]:
        price *= 1.16 / 1.19
    return price


def _ap_datum(day: dt.date) -> str:
    if day < AP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} – {{time}}"
    return f"veröffentlicht am {day.day}. {MONATE[day.month - 1]} {day.year}"


def _ap_sprit(day: dt.date) -> str:
    wed = on_or_before(day, 2)
    return (f"Spritpreise im Bundesschnitt (Stand: Mittwoch, {wed.day:02d}.{wed.month:02d}.): "
            f"Super E10 {comma(pump_price_de(wed, E10, 'e10'), 3)} €, Diesel "
            f"{comma(pump_price_de(wed, DIESEL_DE, 'diesel-de'), 3)} €")


@cache
def _ap_hinweis() -> Wordings:
    base = _steps((_OLD, "AutoPraxis im Abo: zwölf Ausgaben frei Haus und eine Prämie dazu"),
                  (AP_NEWSLETTER.isoformat(), "📰 Kein Test mehr verpassen: der "
                                              "AutoPraxis-Newsletter kommt jeden Freitag, "
                                              "kostenlos"))
    iaa = shows(IAA, lambda y: f"IAA {y}: alle Neuheiten aus Frankfurt im Überblick",
                before=3)
    genf = shows(GENEVA, lambda y: f"Genfer Autosalon {y}: die Premieren im Überblick",
                 before=3)
    essen = shows(ESSEN, lambda y: f"Essen Motor Show {y}: Tuning, Klassiker und "
                                   f"Motorsport")
    news = [
        (GENEVA_CANCELLED, iso_day("2020-03-16"), "Genfer Autosalon abgesagt: diese "
                                                  "Neuheiten hätten Sie dort gesehen"),
        _span("2018-02-27", "2018-03-11", "Diesel-Fahrverbote sind zulässig: Was Diesel-Fahrer "
                                          "jetzt wissen müssen"),
        _span("2020-03-16", "2020-05-03", "Corona: Werkstätten bleiben geöffnet – was "
                                          "Autofahrer jetzt wissen müssen"),
        _span("2020-06-15", "2020-07-12", "Mehrwertsteuer sinkt: So viel sparen Sie beim "
                                          "Neuwagen und an der Zapfsäule"),
    ]
    return _calendar(base, news, iaa, genf, essen)


def autopraxis_style() -> PublisherStyle:
    """A German car magazine: a section from a pool, the numeric date and the time turned
    "veröffentlicht am" with the long date on the first press day of the IAA 2017 (a
    wording per day), "Von" turned the writer with the magazine's name, the week's average
    pump prices to each Wednesday (E10 and diesel, with the 2020 VAT cut; a wording per
    week), "ANZEIGE" up to twice and "Mehr zum Thema:" mid-body, a photo credit from a pool,
    the test-car line, the Pkw-EnVKV consumption, CO2 and efficiency-class line from a pool
    (NEDC, then WLTP converted to NEDC from September 2018) and the DAT guide line (a block),
    a subscription line reworded and turned by the IAA, Geneva with its 2020 cancellation,
    Essen, the diesel-ban ruling, the pandemic and the VAT cut, the imprint and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="autopraxis-magazin.de", site="AutoPraxis", base_size=220,
        subdomains=(("www.", 100),),
        sections=("tests", "news", "gebrauchtwagen", "ratgeber", "elektroauto"),
        n_authors=10, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Fahrbericht", "Test", "Vergleichstest", "Dauertest", "News",
                       "Gebrauchtwagen", "Ratgeber"),
            "foto": ("Hersteller", "AutoPraxis / Jens Körner", "dpa", "Werk",
                     "AutoPraxis / Tim Albers"),
            "envkv": ("Kraftstoffverbrauch kombiniert: 5,6 l/100 km; CO₂-Emissionen "
                      "kombiniert: 128 g/km; Effizienzklasse: B",
                      "Kraftstoffverbrauch kombiniert: 4,3 l/100 km; CO₂-Emissionen "
                      "kombiniert: 113 g/km; Effizienzklasse: A+",
                      "Kraftstoffverbrauch kombiniert: 7,9 l/100 km; CO₂-Emissionen "
                      "kombiniert: 181 g/km; Effizienzklasse: D",
                      "Stromverbrauch kombiniert: 15,8 kWh/100 km; CO₂-Emissionen "
                      "kombiniert: 0 g/km; Effizienzklasse: A+",
                      "Kraftstoffverbrauch kombiniert: 6,4 l/100 km; CO₂-Emissionen "
                      "kombiniert: 146 g/km; Effizienzklasse: C"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.88, *_by_day(_ap_datum)),
            _f("autor", HEADER, 0.6, (_OLD, "Von {author}"),
               (AP_REDESIGN.isoformat(), "{author} | AutoPraxis")),
            _f("sprit", HEADER, 0.2, *_by_day(_ap_sprit)),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "ANZEIGE"), count=2),
            _f("mehr", MIDDLE, 0.35, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("testwagen", FOOTER, 0.3, (_OLD, "Den Testwagen hat uns der Hersteller für die "
                                                "Dauer des Tests zur Verfügung gestellt.")),
            _f("envkv", FOOTER, 0.45, (_OLD, "{envkv} (NEFZ)"),
               (WLTP_ALL_CARS.isoformat(), "{envkv} (nach WLTP gemessen, in NEFZ-Werte "
                                           "umgerechnet)")),
            _f("dat", FOOTER, 0.3, (_OLD, "Mehr zu Verbrauch und CO₂-Ausstoß neuer Pkw steht "
                                          "im Leitfaden der DAT, der bei allen Händlern "
                                          "ausliegt und online kostenlos zu haben ist.")),
            _f("hinweis", FOOTER, 0.3, *_ap_hinweis()),
            _f("impressum", FOOTER, 0.25, (_OLD, "AutoPraxis erscheint in der Kessler "
                                                 "Motorpresse GmbH & Co. KG, Stuttgart.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kessler Motorpresse. Alle Rechte "
                                                 "vorbehalten.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war "
                                                 "die Leistung falsch angegeben.")),
        ),
    )


# --- an Italian motoring portal -----------------------------------------------------------

IM_REDESIGN = dt.date(2019, 3, 7)  # relaunched on the opening day of Geneva 2019
IM_NEWSLETTER = dt.date(2017, 10, 2)
ECOBONUS = (("2015-01-01", ""), ("2019-03-01", "6.000|20"), ("2020-08-01", "10.000|60"))
IM_ANNUAL = {2013: 1_304_000, 2014: 1_360_000, 2015: 1_575_000, 2016: 1_825_000,
             2017: 1_971_000, 2018: 1_910_000, 2019: 1_916_000}
IM_SEASON = (1.07, 1.12, 1.30, 1.05, 1.10, 1.08, 1.02, 0.50, 0.93, 0.98, 0.96, 0.89)
IM_2020 = (0.94, 0.91, 0.15, 0.025, 0.504, 0.77, 0.99, 1.00, 1.10, 0.998, 0.92, 0.86)


def registrations(y: int, m: int) -> int:
    """Made-up Italian new-car registrations in month `m` of `y` (the 2020 lockdown a
    collapse on 2019)."""
    if y == 2020:
        return int(round(registrations(2019, m) * IM_2020[m - 1]))
    value = IM_ANNUAL[y] / 12 * IM_SEASON[m - 1] * (1 + 0.03 * wobble(dt.date(y, m, 1), "imm"))
    return int(round(value))


def _im_data(day: dt.date) -> str:
    if day < IM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}, ore {{time}}"


def _im_mercato(day: dt.date) -> str:
    y, m = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    now, before = registrations(y, m), registrations(y - 1, m)
    month = MESI[m - 1]
    prep = "ad" if month[0] in "aeiou" else "a"
    change = comma((now / before - 1) * 100, 1)
    sign = "+" if now >= before else ""
    return (f"Mercato auto Italia {prep} {month} {y}: {dotted(now)} immatricolazioni "
            f"({sign}{change}% sullo stesso mese del {y - 1})")


def _im_incentivi(value: str) -> str:
    if not value:
        return "Incentivi: per ora lo Stato non prevede bonus per l'acquisto di auto elettriche."
    bonus, co2 = value.split("|")
    return (f"Ecobonus: fino a {bonus} euro con rottamazione per le auto che emettono fino a "
            f"{co2} g/km di CO2, fino a esaurimento fondi.")


@cache
def _im_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter di In Marcia"),
                  (IM_NEWSLETTER.isoformat(), "📩 Ogni venerdì le prove della settimana: "
                                              "iscriviti gratis alla newsletter di In Marcia"))
    ginevra = shows(GENEVA, lambda y: f"Salone di Ginevra {y}: tutte le novità in diretta",
                    before=2)
    monza = [(iso_day(day, -3), iso_day(day, 1), f"🏁 Gran Premio d'Italia {y} a Monza: "
                                                 f"orari in tv, griglia e risultati")
             for y, day in sorted(MONZA.items())]
    mille = shows(MILLE_MIGLIA, lambda y: f"Mille Miglia {y}: il percorso tappa per tappa e "
                                          f"le auto in gara")
    bologna = shows(BOLOGNA, lambda y: f"Motor Show di Bologna {y}: orari, biglietti e "
                                       f"novità")
    news = [
        (GENEVA_CANCELLED, iso_day("2020-03-16"), "Salone di Ginevra 2020 annullato: le "
                                                  "anteprime che avremmo visto"),
        _span("2020-03-09", "2020-05-17", "Coronavirus: quando si può usare l'auto durante "
                                          "il lockdown"),
    ]
    return _calendar(base, news, ginevra, monza, mille, bologna)


def inmarcia_style() -> PublisherStyle:
    """An Italian motoring portal: a section from a pool, the numeric date and the time
    turned the weekday, the long date and "ore" on the opening day of Geneva 2019 (a wording
    per day), "di" turned "Articolo di", last month's new-car registrations and their change
    on a year earlier (a wording per month, from each 1st; the 2020 lockdown), "Pubblicità"
    up to twice, "Leggi anche:" and a gallery line mid-body, the list price and the declared
    consumption and CO2 (NEDC, then WLTP; a block), the Ecobonus (none, then from March 2019
    and raised in August 2020), the winter-tyre rule from each 15 November to 15 April and
    the spring change-over, a newsletter line reworded and turned by Geneva with its 2020
    cancellation, Monza's Grand Prix, the Mille Miglia, the Bologna Motor Show and the
    lockdown, "© Riproduzione riservata" and the publisher's registration line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="inmarcia.it", site="In Marcia", base_size=195,
        subdomains=(("www.", 90), ("", 10)),
        sections=("prove", "novita", "mercato", "usato", "formula-1", "eco"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "sezione": ("Prove", "Novità", "Mercato", "Usato", "Formula 1", "Eco", "Moto"),
            "foto": ("12", "18", "24", "31", "40"),
            "prezzo": ("18.950", "24.400", "31.750", "42.900", "15.500", "57.300"),
            "consumo": ("4,7", "5,3", "6,1", "3,9", "7,4"),
            "co2": ("107", "121", "139", "98", "168"),
        },
        families=(
            _f("sezione", HEADER, 0.5, (_OLD, "{sezione}")),
            _f("data", HEADER, 0.88, *_by_day(_im_data)),
            _f("autore", HEADER, 0.55, (_OLD, "di {author}"),
               (IM_REDESIGN.isoformat(), "Articolo di {author}")),
            _f("mercato", HEADER, 0.15, *_by_day(_im_mercato)),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("galleria", MIDDLE, 0.2, (_OLD, "📷 Guarda la galleria fotografica ({foto} "
                                               "immagini)")),
            _f("prezzo", FOOTER, 0.35, (_OLD, "Prezzo di listino: da {prezzo} euro chiavi in "
                                              "mano")),
            _f("consumi", FOOTER, 0.3,
               (_OLD, "Consumo medio dichiarato: {consumo} l/100 km; CO2: {co2} g/km (ciclo "
                      "NEDC)"),
               (WLTP_ALL_CARS.isoformat(), "Consumo medio dichiarato: {consumo} l/100 km; "
                                           "CO2: {co2} g/km (ciclo WLTP)")),
            _f("incentivi", FOOTER, 0.15, *table_wordings(ECOBONUS, _im_incentivi)),
            _f("gomme", FOOTER, 0.2, *_seasons(
                ("04-16", "Dal 16 aprile si torna alle gomme estive: c'è tempo fino al 15 "
                          "maggio per il cambio."),
                ("05-16", "Controlla la pressione degli pneumatici almeno una volta al mese, "
                          "a freddo."),
                ("11-15", "❄️ Dal 15 novembre al 15 aprile obbligo di gomme invernali o catene "
                          "a bordo sulle strade segnalate."))),
            _f("avviso", FOOTER, 0.3, *_im_avviso()),
            _f("riproduzione", FOOTER, 0.35, (_OLD, "© Riproduzione riservata")),
            _f("editore", FOOTER, 0.25, (_OLD, "In Marcia – testata registrata presso il "
                                               "Tribunale di Torino n. 41/2009 · P.IVA "
                                               "09876543210")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: nella prima versione dell'articolo "
                                                 "il prezzo indicato era errato.")),
        ),
    )


# --- a Czech car site ---------------------------------------------------------------------

VP_REDESIGN = dt.date(2016, 9, 1)
VP_NEWSLETTER = dt.date(2019, 6, 3)
NATURAL95 = (("2015-01-01", 32.5), ("2015-06-01", 35.4), ("2016-02-15", 28.1),
             ("2016-07-01", 30.5), ("2017-06-01", 31.0), ("2018-10-15", 34.6),
             ("2019-01-15", 31.4), ("2019-06-01", 33.0), ("2020-04-20", 26.4),
             ("2020-12-31", 28.6))
NAFTA = (("2015-01-01", 31.6), ("2015-06-01", 33.4), ("2016-02-15", 26.6), ("2016-07-01", 28.4),
         ("2017-06-01", 29.5), ("2018-10-15", 34.1), ("2019-01-15", 32.0), ("2019-06-01", 32.5),
         ("2020-04-20", 26.5), ("2020-12-31", 28.0))


def _vp_datum(day: dt.date) -> str:
    if day < VP_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}"
    return (f"Publikováno: {DNY[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year} "
            f"{{time}}")


def _vp_ceny(day: dt.date) -> str:
    monday = on_or_before(day, 0)
    n95 = through(monday, NATURAL95) * (1 + 0.01 * wobble(monday, "n95"))
    nafta = through(monday, NAFTA) * (1 + 0.01 * wobble(monday, "nafta"))
    return (f"Průměrné ceny pohonných hmot k pondělí {monday.day}. {monday.month}.: Natural 95 "
            f"{comma(n95, 2)} Kč/l, nafta {comma(nafta, 2)} Kč/l")


@cache
def _vp_upozorneni() -> Wordings:
    base = _steps((_OLD, "Sledujte Volant a plyn na Facebooku a Instagramu"),
                  (VP_NEWSLETTER.isoformat(), "📲 Nové testy každý den: odebírejte newsletter "
                                              "Volant a plyn zdarma"))
    dakar = shows(DAKAR, lambda y: f"Rallye Dakar {y}: české posádky etapu po etapě v našem "
                                   f"online přenosu")
    barum = shows(BARUM, lambda y: f"Barum Czech Rally Zlín {y}: program, RZ a výsledky",
                  before=2)
    znamka = _yearly("11-25", 0, 9, lambda y: f"Dálniční známka na rok {y + 1} platí už od 1. "
                                              f"prosince {y}: kde ji koupit")
    news = [_span("2020-03-16", "2020-05-11", "Koronavirus: co platí pro řidiče, STK a "
                                              "autoškoly")]
    return _calendar(base, news, dakar, barum, znamka)


def volantaplyn_style() -> PublisherStyle:
    """A Czech car site: a section from a pool, the numeric date turned "Publikováno:" with
    the weekday, the long date (genitive months) and the time on 1 September 2016 (a wording
    per day), "Autor:", the average fuel prices from each Monday (a wording per week),
    "Reklama" up to twice, "Čtěte také:" and a photo credit mid-body, the price of the test
    car and the test consumption (a block), the importer that lent the car from a pool, a
    social-media line reworded and turned by the Dakar, the Barum rally, the new vignette
    each December and the lockdown, the copyright line and the no-copying line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="volantaplyn.cz", site="Volant a plyn", base_size=170,
        subdomains=(("www.", 85), ("", 15)),
        sections=("testy", "novinky", "ojetiny", "motorsport", "elektromobily"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrika": ("Testy", "Novinky", "Ojetiny", "Motorsport", "Elektromobily",
                        "Rady řidičům"),
            "foto": ("výrobce", "Volant a plyn", "ČTK", "Petr Hronek"),
            "cena": ("689 900", "1 049 000", "534 900", "812 500", "1 349 900", "459 990"),
            "spotreba": ("6,4", "7,1", "5,8", "8,3", "4,9"),
            "dovozce": ("dovozce", "česká pobočka výrobce", "Škoda Auto", "autorizovaný "
                        "prodejce"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.88, *_by_day(_vp_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}")),
            _f("ceny", HEADER, 0.2, *_by_day(_vp_ceny)),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("ctete", MIDDLE, 0.35, (_OLD, "Čtěte také: {other_title}")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("cena", FOOTER, 0.3, (_OLD, "Cena testovaného vozu: {cena} Kč")),
            _f("spotreba", FOOTER, 0.3, (_OLD, "Spotřeba v testu: {spotreba} l/100 km")),
            _f("zapujcil", FOOTER, 0.35, (_OLD, "Vůz k testu zapůjčil {dovozce}.")),
            _f("upozorneni", FOOTER, 0.3, *_vp_upozorneni()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Volant a plyn, s. r. o. Všechna "
                                                "práva vyhrazena.")),
            _f("sireni", FOOTER, 0.25, (_OLD, "Jakékoli šíření obsahu bez písemného souhlasu "
                                              "vydavatele je zakázáno.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: v původní verzi článku byl uveden "
                                              "chybný výkon motoru.")),
        ),
    )


# --- a Turkish car news site --------------------------------------------------------------

DH_REDESIGN = dt.date(2017, 5, 2)
DH_NOTIFICATIONS = dt.date(2018, 9, 3)
BENZIN = (("2015-01-01", 4.20), ("2015-06-01", 4.75), ("2016-01-15", 4.30),
          ("2016-06-01", 4.85), ("2017-01-15", 5.20), ("2017-06-01", 5.30),
          ("2018-05-15", 6.35), ("2018-10-10", 7.10), ("2019-01-10", 5.85),
          ("2019-06-01", 6.80), ("2020-01-15", 7.10), ("2020-04-15", 5.60),
          ("2020-12-31", 7.05))
MOTORIN = (("2015-01-01", 3.85), ("2015-06-01", 4.35), ("2016-01-15", 3.70),
           ("2016-06-01", 4.25), ("2017-01-15", 4.80), ("2017-06-01", 4.75),
           ("2018-05-15", 5.80), ("2018-10-10", 6.90), ("2019-01-10", 5.60),
           ("2019-06-01", 6.15), ("2020-01-15", 6.70), ("2020-04-15", 5.60),
           ("2020-12-31", 6.55))
MTV_RISE = (("2015-01-01", "10,11"), ("2016-01-01", "5,58"), ("2017-01-01", "3,83"),
            ("2018-01-01", "14,47"), ("2019-01-01", "23,73"), ("2020-01-01", "22,58"))
RAMAZAN_BAYRAMI = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25",
                   2018: "2018-06-15", 2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BAYRAMI = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01",
                  2018: "2018-08-21", 2019: "2019-08-11", 2020: "2020-07-31"}


def pump_change_day(day: dt.date) -> bool:
    """Whether the pump price moves on `day` (about one day in nine)."""
    return wobble(day, "zam") > 0.78


@cache
def pump_prices_tr() -> dict[dt.date, tuple[float, float, dt.date]]:
    """Made-up Istanbul pump prices (petrol, diesel, the day they last changed) for every
    day of the period: they move only on change days."""
    out: dict[dt.date, tuple[float, float, dt.date]] = {}
    day = FIRST_DAY
    now = (round(through(day, BENZIN), 2), round(through(day, MOTORIN), 2), day)
    while day <= LAST_DAY:
        if pump_change_day(day):
            now = (round(through(day, BENZIN) * (1 + 0.01 * wobble(day, "b")), 2),
                   round(through(day, MOTORIN) * (1 + 0.01 * wobble(day, "m")), 2), day)
        out[day] = now
        day += ONE
    return out


def _dh_tarih(day: dt.date) -> str:
    if day < DH_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{day.day} {AYLAR[day.month - 1]} {day.year} {GUNLER[day.weekday()]}, {{time}}"


def _dh_akaryakit(day: dt.date) -> str:
    benzin, motorin, since = pump_prices_tr()[day]
    return (f"Akaryakıt fiyatları (İstanbul Avrupa Yakası): benzin {comma(benzin, 2)} TL, "
            f"motorin {comma(motorin, 2)} TL · son değişiklik {since.day:02d}.{since.month:02d}."
            f"{since.year}")


@cache
def _dh_duyuru() -> Wordings:
    base = _steps((_OLD, "Son dakika otomobil haberleri için bizi Twitter'da takip edin"),
                  (DH_NOTIFICATIONS.isoformat(), "🔔 Bildirimleri açın, otomobil dünyasındaki "
                                                 "gelişmeleri ilk siz öğrenin"))
    bayram: list[Event] = []
    for y in YEARS:
        first = iso_day(RAMAZAN_BAYRAMI[y])
        bayram.append((first - 4 * ONE, first + 3 * ONE, f"Ramazan Bayramı {y}: yola "
                                                         f"çıkacaklar için trafik ve köprü "
                                                         f"geçiş rehberi"))
        first = iso_day(KURBAN_BAYRAMI[y])
        bayram.append((first - 4 * ONE, first + 4 * ONE, f"Kurban Bayramı {y}: yola "
                                                         f"çıkacaklar için trafik ve köprü "
                                                         f"geçiş rehberi"))
    mtv = [(dt.date(y, m, 1), dt.date(y, m, 1) + 31 * ONE,
            f"MTV {y} {'ilk' if m == 1 else 'ikinci'} taksit ödemesi için son gün 31 "
            f"{AYLAR[m - 1]}") for y in YEARS for m in (1, 7)]
    news = [
        _span("2020-03-21", "2020-05-31", "Sokağa çıkma kısıtlamalarında araç kullanımı: "
                                          "bilinmesi gerekenler"),
        _span("2020-11-09", "2020-11-15", "🏁 Formula 1 dokuz yıl sonra İstanbul Park'ta: "
                                          "Türkiye GP rehberi"),
    ]
    return _calendar(base, news, bayram, mtv)


def direksiyon_style() -> PublisherStyle:
    """A Turkish car news site: a category from a pool, the numeric date and the time turned
    the long date with the weekday on 2 May 2017 (a wording per day), "Haber:", the source
    agency from a pool, Istanbul's pump prices with the day they last changed (a new wording
    on each price-change day), "REKLAM" up to twice and "İlgili Haber:" mid-body, the year's
    motor-vehicle tax rise (each January), a campaign-terms line, the winter-tyre rule for
    commercial vehicles from each 1 December to 1 April, a follow-us line reworded and turned
    by the two bayrams each year, the MTV instalments each January and July, the 2020
    curfews and the Istanbul Grand Prix, the rights line and the copyright line (a block),
    a rare correction."""
    return PublisherStyle(
        domain="direksiyonhaber.com.tr", site="Direksiyon Haber", base_size=150,
        subdomains=(("www.", 100),),
        sections=("otomobil", "test-surusu", "kampanyalar", "elektrikli", "motor-sporlari"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "kategori": ("Otomobil", "Test Sürüşü", "Kampanyalar", "Elektrikli",
                         "Motor Sporları", "İkinci El"),
            "kaynak": ("AA", "DHA", "İHA", "ODMD", "Direksiyon Haber"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("tarih", HEADER, 0.88, *_by_day(_dh_tarih)),
            _f("yazar", HEADER, 0.5, (_OLD, "Haber: {author}")),
            _f("kaynak", HEADER, 0.2, (_OLD, "Kaynak: {kaynak}")),
            _f("akaryakit", HEADER, 0.25, *_by_day(_dh_akaryakit)),
            _f("reklam", MIDDLE, 0.3, (_OLD, "REKLAM"), count=2),
            _f("ilgili", MIDDLE, 0.35, (_OLD, "İlgili Haber: {other_title}")),
            _f("mtv", FOOTER, 0.15, *table_wordings(MTV_RISE, lambda v: (
                f"Motorlu Taşıtlar Vergisi bu yıl %{v} arttı; ödemeler ocak ve temmuz "
                f"aylarında iki eşit taksitte yapılıyor."))),
            _f("kampanya", FOOTER, 0.3, (_OLD, "Kampanya koşulları ve fiyatlar bayiye ve stok "
                                               "durumuna göre değişiklik gösterebilir.")),
            _f("kis", FOOTER, 0.15, *_seasons(
                ("04-01", "Kış lastiği zorunluluğu sona erdi; yaz lastiğine geçmeden önce diş "
                          "derinliğini kontrol edin."),
                ("05-01", "Lastiklerinizin hava basıncını ayda bir, soğukken kontrol edin."),
                ("12-01", "❄️ Ticari araçlarda kış lastiği zorunluluğu 1 Aralık'ta başladı, 1 "
                          "Nisan'a kadar sürecek."))),
            _f("duyuru", FOOTER, 0.3, *_dh_duyuru()),
            _f("telif", FOOTER, 0.35, (_OLD, "Sitede yayımlanan haber ve fotoğraflar izin "
                                             "alınmadan ve kaynak gösterilmeden "
                                             "kullanılamaz.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Direksiyon Haber · Tüm hakları "
                                                 "saklıdır")),
            _f("duzeltme", HEADER, 0.04, (_OLD, "Düzeltme: Haberin ilk halinde aracın fiyatı "
                                                "hatalı yazılmıştır.")),
        ),
    )


# --- a Brazilian car review site ----------------------------------------------------------

RE_REDESIGN = dt.date(2018, 11, 8)  # relaunched on the opening day of the 2018 Salão
RE_POLICY = dt.date(2019, 5, 2)
RE_VIDEOS = dt.date(2017, 8, 1)
GASOLINA_BR = (("2015-01-01", 3.03), ("2015-10-01", 3.59), ("2016-06-01", 3.66),
               ("2017-06-01", 3.50), ("2017-12-01", 4.13), ("2018-05-26", 4.61),
               ("2018-10-01", 4.72), ("2019-03-01", 4.25), ("2019-12-01", 4.56),
               ("2020-05-15", 3.86), ("2020-12-31", 4.48))


def _re_data(day: dt.date) -> str:
    if day < RE_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


def _re_anp(day: dt.date) -> str:
    saturday = on_or_before(day, 5)
    price = through(saturday, GASOLINA_BR) * (1 + 0.008 * wobble(saturday, "anp"))
    return (f"⛽ Gasolina comum: R$ {comma(price, 3)} por litro na média nacional (ANP, semana "
            f"até {saturday.day:02d}/{saturday.month:02d})")


@cache
def _re_aviso() -> Wordings:
    base = _steps((_OLD, "Curta a página do Roda e Estrada no Facebook"),
                  (RE_VIDEOS.isoformat(), "▶️ Avaliações em vídeo toda semana: inscreva-se no "
                                          "canal do Roda e Estrada"))
    ipva = _yearly("01-02", 0, 29, lambda y: f"IPVA {y}: calendário de vencimentos e desconto "
                                             f"para pagamento à vista")
    salao = shows(SAO_PAULO, lambda y: f"Salão do Automóvel {y}: todos os lançamentos, ao "
                                       f"vivo do São Paulo Expo", before=2)
    carnaval = _movable(carnival_tuesday, 4, 1, lambda y: f"Carnaval {y}: restrição a "
                                                          f"caminhões nas rodovias e dicas "
                                                          f"para pegar a estrada")
    news = [
        _span("2018-05-21", "2018-06-01", "Greve dos caminhoneiros: onde ainda há combustível "
                                          "e como economizar"),
        _span("2020-03-24", "2020-06-01", "Quarentena: como cuidar do carro parado na "
                                          "garagem"),
        _span("2020-11-05", "2020-11-15", "Sem Salão em 2020: os lançamentos que chegariam "
                                          "ao evento"),
    ]
    return _calendar(base, news, salao, carnaval, ipva)


def rodaeestrada_style() -> PublisherStyle:
    """A Brazilian car review site: a section from a pool, "Publicado em" with the numeric
    date and the time turned the weekday and the long date on the opening day of the 2018
    São Paulo motor show (a wording per day), "Por", the week's national average petrol
    price from the ANP survey to each Saturday (a wording per week), "PUBLICIDADE" up to
    twice, "Leia também:" and a recall line mid-body, the suggested price and the Inmetro
    consumption (a block), the loan line reworded, a social line reworded and turned by the
    IPVA month, Carnival, the São Paulo shows, the truckers' strike, the quarantine and the
    cancelled 2020 show, the rights line, a rare correction."""
    return PublisherStyle(
        domain="rodaeestrada.com.br", site="Roda e Estrada", base_size=130,
        subdomains=(("www.", 100),),
        sections=("avaliacoes", "lancamentos", "mercado", "usados", "eletricos"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "editoria": ("Avaliação", "Lançamento", "Mercado", "Usados", "Elétricos",
                         "Serviço"),
            "preco": ("79.990", "104.390", "129.900", "68.490", "159.990", "92.790"),
            "consumo": ("11,2 km/l na cidade e 13,4 km/l na estrada com gasolina",
                        "7,9 km/l na cidade e 9,3 km/l na estrada com etanol",
                        "12,6 km/l na cidade e 14,8 km/l na estrada com gasolina",
                        "9,8 km/l na cidade e 11,5 km/l na estrada com diesel"),
        },
        families=(
            _f("editoria", HEADER, 0.45, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.88, *_by_day(_re_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("anp", HEADER, 0.2, *_by_day(_re_anp)),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "PUBLICIDADE"), count=2),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("recall", MIDDLE, 0.08, (_OLD, "Recall: consulte pelo chassi se o seu carro foi "
                                              "convocado; o reparo é gratuito.")),
            _f("preco", FOOTER, 0.35, (_OLD, "Preço sugerido: R$ {preco}")),
            _f("consumo", FOOTER, 0.3, (_OLD, "Consumo (Inmetro): {consumo}")),
            _f("cedido", FOOTER, 0.35,
               (_OLD, "O carro foi cedido pela fabricante para esta avaliação."),
               (RE_POLICY.isoformat(), "Avaliamos carros emprestados pelas montadoras, que "
                                       "não têm acesso ao texto antes da publicação.")),
            _f("aviso", FOOTER, 0.3, *_re_aviso()),
            _f("direitos", FOOTER, 0.4, (_OLD, "© {year} Roda e Estrada. Todos os direitos "
                                               "reservados. Proibida a reprodução sem "
                                               "autorização.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior deste texto informava "
                                              "a potência errada do motor.")),
        ),
    )


# --- a Thai motoring site -----------------------------------------------------------------

YW_REDESIGN = dt.date(2019, 3, 27)  # relaunched on the opening day of the 2019 Motor Show
YW_YOUTUBE = dt.date(2018, 2, 1)
GASOHOL95 = (("2015-01-01", 30.0), ("2015-06-01", 29.5), ("2016-01-20", 23.9),
             ("2016-06-01", 25.5), ("2017-06-01", 25.4), ("2018-10-10", 32.6),
             ("2019-01-10", 27.9), ("2019-06-01", 29.5), ("2020-04-20", 19.4),
             ("2020-12-31", 25.1))


def _yw_short(day: dt.date) -> str:
    return f"{day.day} {DUEAN_YO[day.month - 1]} {str(thai_year(day.year))[-2:]}"


def _yw_wanthi(day: dt.date) -> str:
    if day < YW_REDESIGN:
        return _yw_short(day)
    return f"{day.day} {DUEAN[day.month - 1]} {thai_year(day.year)} | {{time}} น."


def _yw_namman(day: dt.date) -> str:
    price = through(day, GASOHOL95) * (1 + 0.01 * wobble(day, "g95"))
    return f"ราคาน้ำมันวันนี้ ({_yw_short(day)}): แก๊สโซฮอล์ 95 ลิตรละ {price:.2f} บาท"


@cache
def _yw_prakat() -> Wordings:
    base = _steps((_OLD, "กดติดตามเพจยานยนต์วันนี้ เพื่อไม่พลาดข่าวรถใหม่"),
                  (YW_YOUTUBE.isoformat(), "▶️ ชมคลิปทดสอบรถใหม่ทุกสัปดาห์ทางช่อง YouTube "
                                           "ยานยนต์วันนี้"))
    motorshow = shows(BANGKOK, lambda y: f"🚗 บางกอก อินเตอร์เนชั่นแนล มอเตอร์โชว์ "
                                         f"{thai_year(y)}: รวมรถใหม่และโปรโมชั่นทุกค่าย")
    expo = shows(MOTOR_EXPO, lambda y: f"🚗 มอเตอร์ เอ็กซ์โป {thai_year(y)}: ราคารถใหม่และ"
                                       f"ข้อเสนอพิเศษในงาน")
    songkran = _yearly("04-11", 0, 6, lambda y: f"7 วันอันตรายช่วงสงกรานต์ {thai_year(y)}: "
                                                f"ขับขี่ปลอดภัย เมาไม่ขับ",
                       years=range(2015, 2020))
    new_year = _yearly("12-29", 0, 6, lambda y: f"7 วันอันตรายช่วงปีใหม่ {thai_year(y + 1)}: "
                                                f"ตรวจเช็กรถก่อนเดินทาง",
                       years=range(2014, 2021))
    return _calendar(base, songkran, new_year, motorshow, expo)


def yanyon_style() -> PublisherStyle:
    """A Thai motoring site: a section from a pool, the date with the abbreviated month and
    the two-digit Buddhist-era year turned the long month, the full year and the time on the
    opening day of the 2019 Motor Show (a wording per day), "เรื่อง:" turned "เรื่อง/ภาพ:",
    today's gasohol 95 price with the day's date (a wording per day), "โฆษณา" up to twice,
    related news and a photo-courtesy line from a pool mid-body, the price and the Eco
    Sticker figures (a block), a follow line reworded and turned by the Bangkok Motor Show
    (moved to July in 2020), the Motor Expo and the seven dangerous days of Songkran and the
    New Year, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="yanyonwanni.com", site="ยานยนต์วันนี้", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "review", "used-car", "motorsport", "ev", "pickup"),
        n_authors=5, url_path="/{section}/{n}/",
        pools={
            "muad": ("ข่าวรถยนต์", "ทดสอบรถ", "รถมือสอง", "มอเตอร์สปอร์ต", "รถยนต์ไฟฟ้า",
                     "รถกระบะ"),
            "phap": ("Toyota Motor Thailand", "Honda Automobile (Thailand)",
                     "ฝ่ายประชาสัมพันธ์ของค่ายรถ", "ทีมงาน"),
            "rakha": ("589,000", "1,099,000", "839,000", "1,429,000", "665,000"),
            "eco": ("20.0", "23.3", "16.1", "14.9", "25.6"),
            "co2": ("116", "99", "143", "158", "91"),
        },
        families=(
            _f("muad", HEADER, 0.5, (_OLD, "{muad}")),
            _f("wanthi", HEADER, 0.85, *_by_day(_yw_wanthi)),
            _f("phukhian", HEADER, 0.5, (_OLD, "เรื่อง: {author}"),
               (YW_REDESIGN.isoformat(), "เรื่อง/ภาพ: {author}")),
            _f("namman", HEADER, 0.25, *_daily(_yw_namman)),
            _f("khosana", MIDDLE, 0.3, (_OLD, "โฆษณา"), count=2),
            _f("kiaokhong", MIDDLE, 0.35, (_OLD, "ข่าวที่เกี่ยวข้อง: {other_title}")),
            _f("khopkhun", MIDDLE, 0.2, (_OLD, "ขอบคุณภาพจาก {phap}")),
            _f("rakha", FOOTER, 0.35, (_OLD, "ราคาจำหน่าย {rakha} บาท")),
            _f("ecosticker", FOOTER, 0.25, (_OLD, "อัตราสิ้นเปลืองตาม Eco Sticker {eco} กม./"
                                                  "ลิตร ปล่อย CO2 {co2} กรัม/กม.")),
            _f("prakat", FOOTER, 0.3, *_yw_prakat()),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © {year} yanyonwanni.com "
                                                 "สงวนลิขสิทธิ์")),
            _f("update", HEADER, 0.04, (_OLD, "อัปเดต: ปรับแก้ราคาจำหน่ายให้ตรงกับที่บริษัท"
                                              "ประกาศ")),
        ),
    )


# --- the newsroom of a British dealer group -----------------------------------------------

HM_REDESIGN = dt.date(2019, 9, 1)  # relaunched on the day the 69-plate arrived
HM_FCA = dt.date(2016, 3, 1)  # full FCA authorisation replaced interim permission
HM_STOCK = dt.date(2018, 4, 3)
HM_APR = (("2014-06-01", "6.9"), ("2016-01-04", "5.9"), ("2017-07-01", "6.4"),
          ("2018-10-01", "7.9"), ("2020-06-01", "4.9"))


def _hm_dated(day: dt.date) -> str:
    if day < HM_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"News | {day.day:02d}/{day.month:02d}/{day.year}"


def _hm_offer(day: dt.date) -> str:
    end = month_end(day)
    return (f"Offer available on orders placed between 1 and {end.day} {MONTHS[end.month - 1]} "
            f"{end.year}, subject to status and availability.")


def plate(y: int, month: int) -> str:
    """The British number-plate identifier issued from 1 March (the year) or 1 September
    (the year plus 50)."""
    return f"{y % 100 + (50 if month == 9 else 0):02d}"


@cache
def _hm_banner() -> Wordings:
    base = _steps((_OLD, "Browse more than 1,200 approved used cars across our 14 "
                         "dealerships"),
                  (HM_STOCK.isoformat(), "Browse more than 1,600 approved used cars across our "
                                         "17 dealerships, with free delivery within 50 "
                                         "miles"))
    plates: list[Event] = []
    for y in YEARS:
        for m in (3, 9):
            first = dt.date(y, m, 1)
            plates.append((first - 20 * ONE, first, f"The new {plate(y, m)}-plate arrives on "
                                                    f"1 {MONTHS[m - 1]}: order now to drive "
                                                    f"away on the day"))
            plates.append((first, first + 30 * ONE, f"🚗 The new {plate(y, m)}-plate is here: "
                                                    f"see our launch offers across every "
                                                    f"brand"))
    christmas = _yearly("12-24", 4, 2, lambda y: f"Christmas {y}: our showrooms close at 1pm "
                                                 f"on 24 December and reopen on 27 December")
    covid = [
        _span("2020-03-23", "2020-05-31", "Our showrooms are closed. Workshops stay open for "
                                          "key workers' and emergency repairs"),
        _span("2020-06-01", "2020-07-31", "Our showrooms have reopened, with safety measures "
                                          "and appointments"),
        _span("2020-11-05", "2020-12-01", "Lockdown: click and collect, and our workshops "
                                          "remain open"),
    ]
    return _calendar(base, covid, christmas, plates)


def harcourt_style() -> PublisherStyle:
    """The newsroom of a British dealer group: "Posted on" with the ordinal date turned
    "News |" with the numeric date on the day the 69-plate arrived (a wording per day), the
    dealership from a pool, a banner with the used-car stock and the dealerships (reworded)
    turned by each March and September plate change (before and after the 1st), Christmas
    and the 2020 lockdowns, a photo line and a safety-recall line mid-body, the offer to the
    month's end (a wording per month), the representative APR (changing on given days),
    the official economy and CO2 line from pools reworded from NEDC to WLTP and the FCA line
    reworded for full authorisation (a block), "- ENDS -", the marketing contact and the
    company line (a block), a rare update."""
    return PublisherStyle(
        domain="harcourtmotorgroup.co.uk", site="Harcourt Motor Group", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "offers", "community", "careers"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "branch": ("Volkswagen Leeds", "ŠKODA Harrogate", "Kia York", "SEAT Wakefield",
                       "Used Car Centre Leeds", "Ford Doncaster"),
            "model": ("Volkswagen T-Roc", "ŠKODA Octavia Estate", "Kia Sportage", "SEAT Arona",
                      "Ford Puma", "Kia e-Niro"),
            "mpg": ("44.1", "51.4", "38.2", "47.9", "56.5"),
            "co2": ("146", "125", "168", "133", "114"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_hm_dated)),
            _f("branch", HEADER, 0.45, (_OLD, "{branch}")),
            _f("banner", HEADER, 0.3, *_hm_banner()),
            _f("pictured", MIDDLE, 0.15, (_OLD, "Pictured: the new {model}")),
            _f("recall", MIDDLE, 0.1, (_OLD, "Safety recall: we will contact affected owners, "
                                             "and the work is done free of charge.")),
            _f("offer", FOOTER, 0.35, *_by_day(_hm_offer)),
            _f("apr", FOOTER, 0.3, *table_wordings(HM_APR, lambda v: (
                f"Representative example: {v}% APR representative. Finance for over-18s, "
                f"subject to status."))),
            _f("economy", FOOTER, 0.3,
               (_OLD, "Official EU fuel economy (NEDC) for the {model}: {mpg}mpg combined, "
                      "{co2}g/km CO2."),
               (WLTP_ALL_CARS.isoformat(), "WLTP figures for the {model}: {mpg}mpg combined, "
                                           "{co2}g/km CO2. For comparison only; real-world "
                                           "results may differ.")),
            _f("fca", FOOTER, 0.35,
               (_OLD, "Harcourt Motor Group Ltd holds interim permission from the Financial "
                      "Conduct Authority for consumer credit."),
               (HM_FCA.isoformat(), "Harcourt Motor Group Ltd is authorised and regulated by "
                                    "the Financial Conduct Authority (FRN 661842). We are a "
                                    "credit broker, not a lender.")),
            _f("ends", FOOTER, 0.25, (_OLD, "- ENDS -")),
            _f("contact", FOOTER, 0.3, (_OLD, "For more information contact the marketing "
                                              "team on 0113 496 0822.")),
            _f("company", FOOTER, 0.3, (_OLD, "Harcourt Motor Group Ltd, registered in England "
                                              "no. 03348127, Wetherby Road, Leeds LS14 3HJ.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the closing date of this offer has "
                                              "been extended.")),
        ),
    )


# --- a British club-motorsport news site --------------------------------------------------

AL_REDESIGN = dt.date(2017, 4, 2)  # relaunched on the 2017 season's opening day
CIRCUITS = ("Brands Hatch Indy", "Donington Park", "Thruxton", "Oulton Park", "Croft",
            "Snetterton", "Knockhill", "Silverstone National", "Cadwell Park",
            "Brands Hatch GP")
ROUND_SUNDAYS = ((4, 1), (4, 4), (5, 3), (6, 2), (6, -1), (7, 4), (8, 3), (9, 1), (9, 4),
                 (10, 2))  # (month, nth Sunday; -1 the last)
ROUNDS_2020 = ("2020-08-02", "2020-08-16", "2020-08-30", "2020-09-13", "2020-09-27",
               "2020-10-11", "2020-10-25", "2020-11-08")  # the delayed season


@cache
def rounds(y: int) -> tuple[tuple[dt.date, str], ...]:
    """The race Sundays of the club championship in `y`, with their circuits."""
    if y == 2020:
        return tuple((iso_day(day), CIRCUITS[i]) for i, day in enumerate(ROUNDS_2020))
    return tuple((nth_or_last_weekday(y, m, 6, n), CIRCUITS[i])
                 for i, (m, n) in enumerate(ROUND_SUNDAYS))


def weekend(sunday: dt.date) -> str:
    sat = sunday - ONE
    if sat.month == sunday.month:
        return f"{sat.day}-{sunday.day} {MONTHS[sunday.month - 1]} {sunday.year}"
    return (f"{sat.day} {MONTHS[sat.month - 1]}-{sunday.day} {MONTHS[sunday.month - 1]} "
            f"{sunday.year}")


def next_round(day: dt.date) -> tuple[int, dt.date, str]:
    """The round still to be run (or being run) on `day`: number, Sunday, circuit."""
    for y in (day.year, day.year + 1):
        for k, (sunday, circuit) in enumerate(rounds(y), start=1):
            if sunday >= day:
                return k, sunday, circuit
    raise ValueError(day)


def _al_dated(day: dt.date) -> str:
    if day < AL_REDESIGN:
        return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year % 100:02d} · {{time}}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _al_next(day: dt.date) -> str:
    k, sunday, circuit = next_round(day)
    provisional = " (provisional)" if sunday.year > day.year else ""
    return f"Next round: Round {k}, {circuit}, {weekend(sunday)}{provisional}"


@cache
def _al_live() -> Wordings:
    base = _steps((_OLD, "Results, points tables and the full calendar are on our "
                         "championship page"))
    live = [(sunday - ONE, sunday + ONE, f"🔴 LIVE this weekend: Round {k} at {circuit}, with "
                                         f"timing, results and reaction")
            for y in YEARS for k, (sunday, circuit) in enumerate(rounds(y), start=1)]
    covid = [_span("2020-03-17", "2020-07-31", "Season on hold: racing restarts behind closed "
                                               "doors in August")]
    return _calendar(base, covid, live)


def apexline_style() -> PublisherStyle:
    """A British club-motorsport news site: the short date with a two-digit year and the time
    turned the weekday and long date on the 2017 season's opening day (a wording per day),
    "Report:", the series from a pool, a results-page line turned to "LIVE this weekend"
    with the round and circuit on each race weekend (the delayed 2020 season; the lockdown),
    "Related:" up to twice and a photo credit from a pool mid-body, the next round named
    until it is run ("provisional" for next season's opener), the provisional-results line,
    the independence line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="apexline.co.uk", site="Apex Line", base_size=70,
        subdomains=(("www.", 100),),
        sections=("saloons", "single-seaters", "gt", "historics", "karting"),
        n_authors=4, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "series": ("Saloon Cup", "Junior Formula", "GT Trophy", "Historic Sports Cars",
                       "Karting", "Stages Rally"),
            "photo": ("Pitlane Pictures", "Tim Rowe", "the team", "series media",
                      "Gridline Photography"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_al_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Report: {author}")),
            _f("series", HEADER, 0.45, (_OLD, "{series}")),
            _f("live", HEADER, 0.25, *_al_live()),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.3, (_OLD, "Photo: {photo}")),
            _f("next", FOOTER, 0.35, *_by_day(_al_next)),
            _f("provisional", FOOTER, 0.3, (_OLD, "Results are provisional until confirmed by "
                                                  "the Clerk of the Course.")),
            _f("independent", FOOTER, 0.2, (_OLD, "Apex Line is an independent website, not "
                                                  "connected with the championship "
                                                  "organisers.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Apex Line. Not to be reproduced "
                                                "without permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the qualifying times have been "
                                                  "updated after a timing error.")),
        ),
    )


# --- a Portuguese motoring club -----------------------------------------------------------

AC_REDESIGN = dt.date(2018, 5, 17)  # relaunched on the first day of the 2018 Rali de Portugal
AC_APP = dt.date(2019, 2, 1)
QUOTA = (("2014-01-01", "36"), ("2017-01-01", "38"), ("2019-01-01", "40"))
GASOLINA_PT = (("2015-01-01", 1.38), ("2015-06-01", 1.57), ("2016-02-15", 1.33),
               ("2016-07-01", 1.43), ("2017-06-01", 1.46), ("2018-10-15", 1.65),
               ("2019-01-15", 1.42), ("2019-06-01", 1.55), ("2020-04-20", 1.35),
               ("2020-12-31", 1.44))
GASOLEO_PT = (("2015-01-01", 1.22), ("2015-06-01", 1.32), ("2016-02-15", 1.07),
              ("2016-07-01", 1.17), ("2017-06-01", 1.22), ("2018-10-15", 1.47),
              ("2019-01-15", 1.31), ("2019-06-01", 1.37), ("2020-04-20", 1.18),
              ("2020-12-31", 1.24))


def _ac_data(day: dt.date) -> str:
    if day < AC_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


def _ac_precos(day: dt.date) -> str:
    monday = on_or_before(day, 0)
    g95 = through(monday, GASOLINA_PT) * (1 + 0.01 * wobble(monday, "g95-pt"))
    diesel = through(monday, GASOLEO_PT) * (1 + 0.01 * wobble(monday, "gasoleo"))
    return (f"Preços médios desta semana (desde segunda-feira, {monday.day:02d}/"
            f"{monday.month:02d}): gasolina 95 {comma(g95, 3)} €/l · gasóleo "
            f"{comma(diesel, 3)} €/l")


@cache
def _ac_aviso() -> Wordings:
    base = _steps((_OLD, "Siga o Automóvel Clube do Minho nas redes sociais"))
    rali = shows(RALI_PORTUGAL, lambda y: f"🏁 Rali de Portugal {y}: troços, horários e zonas "
                                          f"de espetáculo no Minho", before=3)
    pascoa = _movable(easter, 4, 1, lambda y: f"Operação Páscoa {y}: GNR reforça a "
                                              f"fiscalização nas estradas")
    natal = _yearly("12-18", 0, 16, lambda y: f"Operação Natal e Ano Novo {y}/{y + 1}: "
                                              f"conduza com prudência",
                    years=range(2014, 2021))
    news = [
        _span("2020-03-19", "2020-05-02", "Estado de emergência: deslocações só quando "
                                          "autorizadas"),
        _span("2020-05-14", "2020-05-24", "Rali de Portugal 2020 cancelado: reveja as "
                                          "melhores edições"),
    ]
    return _calendar(base, news, rali, pascoa, natal)


def acminho_style() -> PublisherStyle:
    """A Portuguese motoring club: the numeric date with dashes turned the long date on the
    first day of the 2018 Rali de Portugal (a wording per day), a category from a pool, the
    week's average pump prices from each Monday (a wording per week), a safety tip from a
    pool mid-body, the members' assistance line reworded for the app, the yearly fee
    (changing some Januaries), a social line turned by the Rali de Portugal (cancelled in
    2020), Easter's and Christmas's traffic operations and the state of emergency, the
    address line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="acminho.pt", site="Automóvel Clube do Minho", base_size=55,
        subdomains=(("www.", 100),),
        sections=("noticias", "mobilidade", "desporto", "socios"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "categoria": ("Notícias", "Mobilidade", "Desporto Automóvel", "Sócios",
                          "Segurança Rodoviária"),
            "dica": ("verifique a pressão dos pneus com eles frios.",
                     "em viagens longas, pare a cada duas horas.",
                     "use sempre o cinto, também nos bancos de trás.",
                     "mantenha a distância de segurança: dois segundos no mínimo."),
        },
        families=(
            _f("data", HEADER, 0.85, *_by_day(_ac_data)),
            _f("categoria", HEADER, 0.4, (_OLD, "{categoria}")),
            _f("precos", HEADER, 0.25, *_by_day(_ac_precos)),
            _f("dica", MIDDLE, 0.2, (_OLD, "Dica de segurança: {dica}")),
            _f("socio", FOOTER, 0.3,
               (_OLD, "Sócio do ACM? Assistência em viagem 24 horas por dia: 253 000 123"),
               (AC_APP.isoformat(), "Sócio do ACM? Peça assistência em viagem na app ou pelo "
                                    "253 000 123, 24 horas por dia")),
            _f("quota", FOOTER, 0.15, *table_wordings(QUOTA, lambda v: (
                f"Quota anual de sócio: {v} € (inclui assistência em viagem em Portugal)"))),
            _f("aviso", FOOTER, 0.3, *_ac_aviso()),
            _f("morada", FOOTER, 0.25, (_OLD, "Sede: Avenida da Liberdade 412, 4710-251 Braga "
                                              "· NIPC 501 234 567")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Automóvel Clube do Minho · Todos os "
                                                 "direitos reservados")),
            _f("correcao", HEADER, 0.04, (_OLD, "Correção: a data do passeio foi alterada para "
                                                "o dia 14.")),
        ),
    )


# --- the press pages of a Bavarian dealer group -------------------------------------------

AB_BONUS = (("2014-01-01", ""), ("2016-07-02", "4.000|Umweltbonus"),
            ("2020-02-19", "6.000|Umweltbonus"), ("2020-07-08", "9.000|Innovationsprämie"))


def _ab_bonus(value: str) -> str:
    if not value:
        return "Elektro- und Hybridmodelle: Wir beraten Sie gern zu Förderprogrammen."
    amount, name = value.split("|")
    return (f"{name} für Elektroautos: bis zu {amount} Euro (Bundes- und Herstelleranteil), "
            f"solange die Mittel reichen.")


@cache
def _ab_oeffnung() -> Wordings:
    base = _steps((_OLD, "Unsere Serviceannahme ist Montag bis Freitag ab 7 Uhr für Sie da."))
    ostern = _movable(easter, -1, 20, lambda y: "Zeit für Sommerreifen: Jetzt Wechseltermin "
                                                "buchen (von O bis O)")
    oktober = _yearly("10-01", 0, 30, lambda y: "Winterreifen von O bis O: Jetzt Termin für "
                                                "den Radwechsel vereinbaren")
    weihnachten = _yearly("12-24", 0, 7, lambda y: f"Vom 24. Dezember {y} bis 1. Januar "
                                                   f"{y + 1} bleibt unser Autohaus geschlossen")
    corona = [
        _span("2020-03-18", "2020-04-19", "Wegen Corona ist unser Verkauf geschlossen, die "
                                          "Werkstatt bleibt für Sie geöffnet."),
        _span("2020-12-16", "2021-01-10", "Lockdown: Verkauf geschlossen, Werkstatt und "
                                          "Teiledienst geöffnet."),
    ]
    return _calendar(base, corona, weihnachten, ostern, oktober)


def brenner_style() -> PublisherStyle:
    """The press pages of a Bavarian dealer group: "Presseinformation", the town and the long
    date (a wording per day), an opening-hours line turned by the spring and autumn tyre
    change-overs ("von O bis O", spring from Easter Monday), the Christmas closure and the
    2020 lockdowns, the dealership from a pool mid-body, the electric-car bonus (none, the
    Umweltbonus from July 2016, raised in February 2020, the Innovationsprämie from July
    2020), the Pkw-EnVKV line with the model from a pool, the errors-excepted line, the press
    contact and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="autohaus-brenner.de", site="Autohaus Brenner Gruppe", base_size=40,
        subdomains=(("www.", 100),),
        sections=("presse", "aktuelles", "service"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "standort": ("Rosenheim", "Traunstein", "Wasserburg am Inn", "Bad Aibling",
                         "Prien am Chiemsee"),
            "envkv": ("VW Golf 1.5 TSI: Kraftstoffverbrauch innerorts 6,4 / außerorts 4,4 / "
                      "kombiniert 5,1 l/100 km; CO₂-Emissionen kombiniert 117 g/km; "
                      "Effizienzklasse B.",
                      "VW ID.3 Pro: Stromverbrauch kombiniert 15,4 kWh/100 km; "
                      "CO₂-Emissionen kombiniert 0 g/km; Effizienzklasse A+.",
                      "Audi Q5 40 TDI quattro: Kraftstoffverbrauch innerorts 6,6 / außerorts "
                      "5,2 / kombiniert 5,7 l/100 km; CO₂-Emissionen kombiniert 150 g/km; "
                      "Effizienzklasse B.",
                      "Škoda Octavia Combi 2.0 TDI: Kraftstoffverbrauch innerorts 5,2 / "
                      "außerorts 3,9 / kombiniert 4,4 l/100 km; CO₂-Emissionen kombiniert 115 "
                      "g/km; Effizienzklasse A."),
        },
        families=(
            _f("pi", HEADER, 0.5, (_OLD, "Presseinformation")),
            _f("datum", HEADER, 0.8, *_by_day(
                lambda day: f"Rosenheim, den {day.day}. {MONATE[day.month - 1]} {day.year}")),
            _f("oeffnung", HEADER, 0.25, *_ab_oeffnung()),
            _f("standort", MIDDLE, 0.3, (_OLD, "Standort: Autohaus {standort}")),
            _f("bonus", FOOTER, 0.2, *table_wordings(AB_BONUS, _ab_bonus)),
            _f("envkv", FOOTER, 0.35, (_OLD, "{envkv}")),
            _f("irrtum", FOOTER, 0.3, (_OLD, "Abbildungen zeigen Sonderausstattung. Irrtümer "
                                             "und Änderungen vorbehalten.")),
            _f("kontakt", FOOTER, 0.35, (_OLD, "Pressekontakt: Autohaus Brenner Gruppe, "
                                               "Marketing, Tel. 08031 5544-0")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Autohaus Brenner Gruppe GmbH & Co. "
                                                 "KG")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Der Hausmessetermin ist der "
                                                 "Samstag, nicht der Sonntag.")),
        ),
    )


# --- a Czech motoring club ----------------------------------------------------------------

AK_APP = dt.date(2018, 3, 1)
E_VIGNETTE = dt.date(2020, 12, 1)  # the electronic vignette for 2021 went on sale


@cache
def _ak_znamka() -> Wordings:
    base = _steps((_OLD, "Členové klubu mají slevu na technickou kontrolu v partnerských "
                         "stanicích."))
    znamky = [(dt.date(y, 12, 1), dt.date(y + 1, 2, 1),
               f"Dálniční známka {y + 1} za 1 500 Kč platí od 1. prosince {y} do 31. ledna "
               f"{y + 2}.") for y in range(2014, 2020)]
    elektronicka = [(E_VIGNETTE, None, "Od roku 2021 jen elektronická dálniční známka: kupujte "
                                       "ji na oficiálním webu, ne u zprostředkovatelů.")]
    return _calendar(base, elektronicka, znamky)


def autoklub_style() -> PublisherStyle:
    """A Czech motoring club: "Tisková zpráva", the town and the numeric date (a wording per
    day), a members' line turned by the vignette for the next year from each 1 December to
    31 January and, from December 2020, by the electronic vignette, a recall line mid-body,
    the winter-tyre rule from each 1 November and the spring change-over, the assistance line
    reworded for the app, the press contact and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="autoklubvysocina.cz", site="Autoklub Vysočina", base_size=30,
        subdomains=(("www.", 100),),
        sections=("aktuality", "tiskove-zpravy", "clenove"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("tz", HEADER, 0.5, (_OLD, "Tisková zpráva")),
            _f("datum", HEADER, 0.8, *_by_day(
                lambda day: f"V Jihlavě dne {day.day}. {day.month}. {day.year}")),
            _f("znamka", HEADER, 0.25, *_ak_znamka()),
            _f("svolavaci", MIDDLE, 0.15, (_OLD, "Svolávací akce: podle VIN si ověřte, zda se "
                                                 "týká i vašeho vozu.")),
            _f("pneu", FOOTER, 0.25, *_seasons(
                ("04-01", "Zimní období skončilo: na letní pneumatiky přezujte, až teploty "
                          "trvale vystoupají nad 7 °C."),
                ("11-01", "Od 1. listopadu do 31. března musíte mít zimní pneumatiky, je-li na "
                          "silnici sníh, led nebo námraza."))),
            _f("asistence", FOOTER, 0.35,
               (_OLD, "Asistenční služba pro členy nonstop: 800 150 150"),
               (AK_APP.isoformat(), "Asistenční služba pro členy nonstop: 800 150 150 nebo "
                                    "v mobilní aplikaci klubu")),
            _f("kontakt", FOOTER, 0.3, (_OLD, "Kontakt pro média: tiskove@autoklubvysocina.cz")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Autoklub Vysočina, z. s.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: sraz veteránů začíná v 9 hodin, ne "
                                              "v 10.")),
        ),
    )


def heldout142_styles() -> list[PublisherStyle]:
    """The held-back-142 styles, in the order the generator hands them to publishers."""
    return [
        roadtest_style(), autopraxis_style(), inmarcia_style(), volantaplyn_style(),
        direksiyon_style(), rodaeestrada_style(), yanyon_style(), harcourt_style(),
        apexline_style(), acminho_style(), brenner_style(), autoklub_style(),
    ]
