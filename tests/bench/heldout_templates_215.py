"""The ``held-back-215`` template set of the planted-real benchmark.

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
"check before you travel" line or an advertisement marker. The publishers are tourism
boards, visitor-information centres and regional travel guides in English, Croatian,
Icelandic, Greek, Thai and Spanish: a northern English moorland tourism board, a Croatian
town tourist board, a Greek island travel guide, an American visitors bureau at the gate of a
national park, an Icelandic regional travel guide, a Thai guide to the southern islands, the
tourist office of a Balearic town (in Spanish), a New Zealand i-SITE, a Greek municipality's
tourism office with its archaeological site, a Croatian nature park, the tourist office of a
Patagonian lake town in Argentina and a Thai guide to the northern hills. The families are
the kinds a crawl of such sites holds: dates localised day by day in English (British ordinal
dates, American and New Zealand forms), Croatian (with its genitive months), Icelandic, Greek,
Thai (with the Buddhist-era year, later in Thai digits, or its last two digits) and Spanish
(Spain's and Argentina's), several changing form on the day of a redesign; lines that turn
every day (the day's beach flags, ferry strikes and sailing bans, the park's road status, the
road and weather report, a mountain pass's state, an archaeological site's free-entry days),
every week (this weekend's events) and every year (the visitor guide's year); opening hours
that follow the seasons (visitor centres, information offices, a nature park's gates, the
highland roads' opening days, a marine park's monsoon closure, a trail closed in the rains,
summer and winter hours of an archaeological site); tourist taxes and pass prices that change
by year (Croatian residence tax turned tourist tax in 2020, Iceland's accommodation tax
tripled in 2017 and suspended in 2020, Greece's VAT on rooms and 2018 stay tax, the Balearic
sustainable-tourism tax of 2016 doubled in 2018, an American park's entrance fee and lodging
tax, New Zealand hut fees, Thai park fees, Argentine park fees by year, ferry fares, parking
charges, a nature park's tickets); event calendars some notices follow (Christmas markets,
Advent, a town's saint's day, Orthodox Easter and the Dormition, Clean Monday's carnival,
Songkran, Loy Krathong and Yi Peng, Phuket's vegetarian festival, Sant Antoni, Holy Week,
snow festivals, storms, heat waves, the Calbuco eruption, government shutdowns, wildfires,
cyclones and a bridge washed out, the pandemic's closures and reopening schemes); newsletter
and app appeals reworded in 2016-2020; photo credits, related links, bookings, markets and
advertisement markers mid-body (some up to twice); multi-line blocks (contact lines and
copyright, press-office lines); bare lines and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
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
    digits,
    easter,
    iso_day,
    last_weekday,
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
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MJESECI = ("siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja",
           "kolovoza", "rujna", "listopada", "studenoga", "prosinca")  # genitive
DANI = ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja")
MANUDIR = ("janúar", "febrúar", "mars", "apríl", "maí", "júní", "júlí", "ágúst", "september",
           "október", "nóvember", "desember")
DAGAR = ("mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur",
         "laugardagur", "sunnudagur")
MINES = ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
         "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου")  # genitive
MERES = ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή")
DUEAN = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
         "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
DUEAN_YO = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
            "ต.ค.", "พ.ย.", "ธ.ค.")
WAN = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
THAI_ZERO = "๐"

# --- helpers of this set ------------------------------------------------------------------


@cache
def chance(day: dt.date, key: str) -> float:
    """A made-up draw from 0 to 1, the same for the same `day` and `key` (the day's weather,
    a flag, a closed pass)."""
    digest = hashlib.sha256(f"{key}|{day.isoformat()}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 0x1_0000_0000


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def priced(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a price or tax line: from the oldest day the value in force on the
    set's first day, then one from each later change of `table`."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def be_year(y: int) -> int:
    """The Buddhist-era year Thai sites print."""
    return y + 543


def thai(number: int) -> str:
    """A number in Thai digits."""
    return digits(number, THAI_ZERO)


def first_advent(y: int) -> dt.date:
    """The first Sunday of Advent: four Sundays before Christmas."""
    christmas = dt.date(y, 12, 25)
    fourth = christmas - dt.timedelta(days=(christmas.weekday() + 1) % 7 or 7)
    return fourth - 21 * ONE


def memorial_day(y: int) -> dt.date:
    return last_weekday(y, 5, 0)


def labor_day(y: int) -> dt.date:
    return nth_weekday(y, 9, 0, 1)


def labour_day_nz(y: int) -> dt.date:
    """New Zealand's Labour Day: the fourth Monday of October."""
    return nth_weekday(y, 10, 0, 4)


def weekend_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Saturday and Sunday of the coming weekend (this one on a Saturday or Sunday)."""
    saturday = day + dt.timedelta(days=(5 - day.weekday()) % 7) if day.weekday() < 6 \
        else day - ONE
    return saturday, saturday + ONE


def in_spans(day: dt.date, spans: tuple[tuple[str, str], ...]) -> bool:
    """Whether `day` falls in one of `spans` ((first ISO day, last ISO day), ...)."""
    return any(first <= day.isoformat() <= last for first, last in spans)


# --- a northern English moorland tourism board --------------------------------------------

NM_REDESIGN = dt.date(2018, 3, 19)
NM_NEWSLETTER = dt.date(2016, 9, 1)
NM_PRICES = dt.date(2017, 7, 1)
NM_PARKING = (("2013-04-01", "£4.50"), ("2016-04-01", "£5.00"), ("2018-04-01", "£5.50"),
              ("2020-04-01", "£6.00"))
NM_STORMS = (
    ("2015-12-04", "2015-12-06", "⚠️ Storm Desmond: amber warning for heavy rain, expect "
                                 "flooding on valley roads"),
    ("2017-02-22", "2017-02-23", "⚠️ Storm Doris: yellow warning for wind, take care on "
                                 "exposed moorland roads"),
    ("2018-02-26", "2018-03-04", "❄️ Amber warning for snow: roads over the tops may close "
                                 "without notice"),
    ("2020-02-08", "2020-02-09", "⚠️ Storm Ciara: amber warning for wind and rain, avoid the "
                                 "high routes"),
    ("2020-02-15", "2020-02-16", "⚠️ Storm Dennis: amber warning for rain, flood alerts on "
                                 "the rivers"),
)


def _nm_dated(day: dt.date) -> str:
    if day < NM_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    return f"Updated {WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _nm_weekend(day: dt.date) -> str:
    saturday, sunday = weekend_of(day)
    if saturday.month == sunday.month:
        when = f"{saturday.day}–{sunday.day} {MONTHS[sunday.month - 1]}"
    else:
        when = (f"{saturday.day} {MONTHS[saturday.month - 1]} – {sunday.day} "
                f"{MONTHS[sunday.month - 1]}")
    return f"This weekend in Northmoor ({when}): markets, guided walks and family days out"


@cache
def _nm_weather() -> Wordings:
    base = _steps((_OLD, "Heading onto the moors? Check the mountain weather forecast before "
                         "you set out."))
    return _calendar(base, [_span(first, last, text) for first, last, text in NM_STORMS])


@cache
def _nm_newsletter() -> Wordings:
    base = _steps((_OLD, "Sign up to our e-newsletter for the latest events and offers"),
                  (NM_NEWSLETTER.isoformat(), "💌 The best of Northmoor in your inbox once a "
                                              "month: sign up to our newsletter"))
    covid = [
        _span("2020-03-23", "2020-07-03", "Please stay local: our visitor centres are closed "
                                          "and events are cancelled until further notice"),
        _span("2020-07-04", "2020-09-30", "We're welcoming visitors again: plan ahead, book "
                                          "your parking and respect the countryside"),
    ]
    christmas = _yearly("12-24", 29, 0, lambda y: f"🎄 Christmas in Northmoor {y}: markets, "
                                                  f"light trails and festive fairs")
    return _calendar(base, covid, christmas)


NM_CENTRE = "Northmoor Visitor Centre, Ravensgill:"


def _nm_hours() -> Wordings:
    summer = f"{NM_CENTRE} open daily 10am–5pm (April to October)"
    winter = f"{NM_CENTRE} open weekends 10am–4pm (November to March)"
    return _seasons(("04-01", summer), ("11-01", winter), special={2020: [
        ("2020-03-23", f"{NM_CENTRE} closed until further notice"),
        ("2020-07-04", f"{NM_CENTRE} open daily 10am–4pm, please book parking online"),
        ("2020-11-05", f"{NM_CENTRE} closed during the national lockdown"),
        ("2020-12-03", winter)]})


def northmoor_style() -> PublisherStyle:
    """A northern English moorland tourism board: a section kicker from a pool, "Posted on"
    with the ordinal date turned "Updated" with the weekday on 19 March 2018 (a wording per
    day), "By" turned "Words:" with the team, this weekend's events line (a wording per
    week), a weather line turned by storms and the 2018 snow, "You might also like:",
    advertisement markers (up to twice) and places to stay from a pool mid-body, a
    prices-correct line reworded in 2017, the visitor centre's summer and winter hours
    (closed, reopened and closed again in 2020), the car-park charge (raised each few
    Aprils), a newsletter appeal reworded and turned by Christmas markets and the pandemic,
    the about line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="visitnorthmoor.co.uk", site="Visit Northmoor", base_size=250,
        subdomains=(("www.", 100),),
        sections=("whats-on", "walking", "food-and-drink", "heritage", "family", "stay"),
        n_authors=9, url_path="/{section}/{slug}",
        pools={
            "kicker": ("What's On", "Walking", "Food & Drink", "Heritage", "Family Days Out",
                       "Where to Stay", "Travel Updates"),
            "village": ("Ravensgill", "Hawkscar", "Thornby Bridge", "Low Fellside",
                        "Kettlewick", "Greystones"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_nm_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (NM_REDESIGN.isoformat(), "Words: {author} · Visit Northmoor team")),
            _f("weekend", HEADER, 0.25, *_by_day(_nm_weekend)),
            _f("weather", HEADER, 0.2, *_nm_weather()),
            _f("also-like", MIDDLE, 0.4, (_OLD, "You might also like: {other_title}")),
            _f("advert", MIDDLE, 0.25, (_OLD, "Advertisement"), count=2),
            _f("stay", MIDDLE, 0.2, (_OLD, "Find places to stay near {village}")),
            _f("prices", FOOTER, 0.3,
               (_OLD, "Prices and opening times were correct at the time of publishing. "
                      "Please check with the venue before you travel."),
               (NM_PRICES.isoformat(), "Opening times and prices can change at short notice: "
                                       "please check with venues before you set off.")),
            _f("centre-hours", FOOTER, 0.3, *_nm_hours()),
            _f("parking", FOOTER, 0.15, *priced(
                NM_PARKING, lambda v: f"Ravensgill visitor car park: {v} all day, free for "
                                      f"blue badge holders")),
            _f("newsletter", FOOTER, 0.3, *_nm_newsletter()),
            _f("about", FOOTER, 0.35, (_OLD, "Visit Northmoor is the official tourism "
                                             "organisation for the Northmoor area, supported "
                                             "by Northmoor District Council.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Visit Northmoor. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the date of the Ravensgill food "
                                                  "festival has been amended.")),
        ),
    )


# --- a Croatian town tourist board ---------------------------------------------------------

TR_REDESIGN = dt.date(2017, 5, 2)
TR_APP = dt.date(2018, 6, 1)
TR_TAX = (("2013-01-01", "Boravišna pristojba u sezoni: 7,00 kn po osobi i noćenju"),
          ("2018-01-01", "Boravišna pristojba u sezoni: 8,00 kn po osobi i noćenju"),
          ("2019-01-01", "Boravišna pristojba u sezoni: 10,00 kn po osobi i noćenju"),
          ("2020-01-01", "Turistička pristojba (prije boravišna) u sezoni: 10,00 kn po osobi "
                         "i noćenju"))
TR_HEAT = (("2015-07-04", "2015-07-10"), ("2015-07-19", "2015-07-24"),
           ("2017-08-01", "2017-08-06"), ("2019-06-25", "2019-06-28"),
           ("2020-07-30", "2020-08-02"))


def _tr_dated(day: dt.date) -> str:
    if day < TR_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}."
    return (f"Objavljeno: {DANI[day.weekday()]}, {day.day}. {MJESECI[day.month - 1]} "
            f"{day.year}. u {{time}}")


@cache
def _tr_obavijest() -> Wordings:
    base = _steps((_OLD, "Pratite nas na Facebooku i Instagramu: @tzrivina"),
                  (TR_APP.isoformat(), "📲 Preuzmite besplatnu aplikaciju Rivina Info i imajte "
                                       "cijeli grad u džepu"))
    covid = [
        _span("2020-03-12", "2020-05-31", "Zbog epidemije koronavirusa sva su događanja "
                                          "otkazana do daljnjega"),
        _span("2020-06-01", "2020-12-31", "Na događanjima se pridržavajte epidemioloških "
                                          "mjera: razmak i maska"),
    ]
    dan_grada = _yearly("08-10", 7, 0, lambda y: f"Dan grada i blagdan sv. Lovre {y}: "
                                                 f"pogledajte program proslave")
    advent: list[Event] = [(first_advent(y), dt.date(y + 1, 1, 7),
                            f"🎄 Advent u Rivini {y}: klizalište, kućice i koncerti na Rivi")
                           for y in range(2014, 2021)]
    return _calendar(base, covid, dan_grada, advent)


@cache
def _tr_upozorenje() -> Wordings:
    base = _steps((_OLD, "Vremenska prognoza za Rivinu i okolicu: meteo.hr"))
    heat = [_span(first, last, "🌡️ DHMZ: crveno upozorenje zbog toplinskog vala – izbjegavajte "
                               "sunce od 11 do 17 sati") for first, last in TR_HEAT]
    bura = [_span("2017-01-06", "2017-01-09", "💨 Olujna bura: katamaranske linije u prekidu, "
                                              "provjerite red plovidbe"),
            _span("2019-02-24", "2019-02-26", "💨 Olujna bura: zatvorena obalna cesta i "
                                              "katamaranske linije")]
    return _calendar(base, heat, bura)


TR_TIC = "Turistički informativni centar (Riva 3) radi"


def _tr_hours() -> Wordings:
    shoulder = f"{TR_TIC} svaki dan od 8 do 19 sati"
    summer = f"{TR_TIC} svaki dan od 8 do 21 sat"
    winter = f"{TR_TIC} od ponedjeljka do subote od 8 do 14 sati"
    return _seasons(("05-01", shoulder), ("06-15", summer), ("09-16", shoulder),
                    ("10-16", winter), special={2020: [
                        ("2020-03-19", "TIC je privremeno zatvoren zbog epidemije. Informacije: "
                                       "info@tz-rivina.hr"),
                        ("2020-05-18", f"{TR_TIC} svaki dan od 8 do 15 sati"),
                        ("2020-06-15", summer), ("2020-09-16", shoulder), ("2020-10-16", winter)]})


def rivina_style() -> PublisherStyle:
    """A Croatian town tourist board: a category from a pool, the numeric date with its
    closing dot turned "Objavljeno:" with the weekday, the genitive month and the time on 2
    May 2017 (a wording per day), "Piše:" turned "Autor: ... | Foto:", a language switcher,
    a notice reworded for the app and turned by the town's saint's day, Advent and the
    pandemic, a weather line turned by heat waves and storms of bura, "Pogledajte i:",
    photo credits and "Ulaz je slobodan." mid-body, the information centre's hours by season
    (and its 2020 closure), the residence tax (raised in 2018 and 2019, renamed tourist tax
    in 2020), the contact line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="tz-rivina.hr", site="TZ Rivina", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("vijesti", "dogadanja", "obavijesti", "kultura", "gastro"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "kategorija": ("Vijesti", "Događanja", "Obavijesti", "Kultura", "Gastro",
                           "Sport i rekreacija"),
            "foto": ("TZ Rivina", "arhiva TZ-a", "Pixsell", "Marin Jurić", "Shutterstock"),
        },
        families=(
            _f("kategorija", HEADER, 0.45, (_OLD, "{kategorija}")),
            _f("datum", HEADER, 0.9, *_by_day(_tr_dated)),
            _f("autor", HEADER, 0.4, (_OLD, "Piše: {author}"),
               (TR_REDESIGN.isoformat(), "Autor: {author} | Foto: {foto}")),
            _f("jezici", HEADER, 0.12, (_OLD, "HR | EN | DE | IT")),
            _f("obavijest", HEADER, 0.3, *_tr_obavijest()),
            _f("upozorenje", HEADER, 0.15, *_tr_upozorenje()),
            _f("pogledajte", MIDDLE, 0.35, (_OLD, "Pogledajte i: {other_title}")),
            _f("foto", MIDDLE, 0.3, (_OLD, "Foto: {foto}")),
            _f("ulaz", MIDDLE, 0.15, (_OLD, "Ulaz je slobodan.")),
            _f("radno-vrijeme", FOOTER, 0.3, *_tr_hours()),
            _f("pristojba", FOOTER, 0.2, *priced(TR_TAX, lambda v: f"{v}. Djeca do 12 godina "
                                                                   f"ne plaćaju.")),
            _f("kontakt", FOOTER, 0.4, (_OLD, "Turistička zajednica grada Rivine · Riva 3 · "
                                              "tel. +385 21 555 104 · info@tz-rivina.hr")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} TZ Rivina. Sva prava pridržana.")),
            _f("ispravak", HEADER, 0.04, (_OLD, "Ispravak: koncert je pomaknut na subotu u 21 "
                                                "sat.")),
        ),
    )


# --- a Greek island travel guide ---------------------------------------------------------

NO_REDESIGN = dt.date(2018, 4, 16)
NO_NEWSLETTER = dt.date(2017, 3, 1)
NO_STRIKES = ("2015-11-12", "2015-12-03", "2016-02-04", "2016-05-06", "2016-05-07",
              "2016-05-08", "2016-11-24", "2016-12-08", "2017-05-17", "2017-05-18",
              "2018-05-30", "2018-11-14", "2019-09-24", "2019-10-02", "2020-02-18")
NO_COVID = ("2020-03-21", "2020-05-24")
NO_FARES = (("2014-01-01", "32,50 €"), ("2016-01-01", "34,00 €"), ("2017-01-01", "35,50 €"),
            ("2018-01-01", "36,50 €"), ("2019-01-01", "37,00 €"), ("2020-01-01", "39,50 €"))
NO_TAX = (("2000-01-01", "Στις τιμές των δωματίων περιλαμβάνεται ΦΠΑ 6,5%."),
          ("2016-06-01", "Στις τιμές των δωματίων περιλαμβάνεται ΦΠΑ 13%."),
          ("2018-01-01", "Στις τιμές δεν περιλαμβάνεται ο φόρος διαμονής: από 0,50 € έως 4 € "
                         "ανά δωμάτιο και διανυκτέρευση."))


def _no_dated(day: dt.date) -> str:
    if day < NO_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{MERES[day.weekday()]}, {day.day} {MINES[day.month - 1]} {day.year} - {{time}}"


def sailing_ban(day: dt.date) -> bool:
    """A made-up day of gales: some summer days of meltemi, some winter storms."""
    if day.month in (7, 8):
        return chance(day, "meltemi") > 0.9
    return day.month in (12, 1, 2) and chance(day, "storm") > 0.93


def _no_ferries(day: dt.date) -> str:
    when = f"{MERES[day.weekday()]} {day.day} {MINES[day.month - 1]}"
    if day.isoformat() in NO_STRIKES:
        return f"⛴️ {when}: απεργία της ΠΝΟ, δεμένα τα πλοία σε όλα τα λιμάνια"
    if NO_COVID[0] <= day.isoformat() <= NO_COVID[1]:
        return f"{when}: στα νησιά ταξιδεύουν μόνο μόνιμοι κάτοικοι και εργαζόμενοι"
    if sailing_ban(day):
        return f"🌬️ {when}: απαγορευτικό απόπλου λόγω θυελλωδών ανέμων"
    return f"Ακτοπλοΐα, {when}: κανονικά τα δρομολόγια – επιβεβαιώστε πριν ξεκινήσετε"


@cache
def _no_anakoinosi() -> Wordings:
    base = _steps((_OLD, "Γραφτείτε στο newsletter μας για προσφορές και νέα από τα νησιά"),
                  (NO_NEWSLETTER.isoformat(), "📩 Κάθε Πέμπτη στο email σας: δρομολόγια, "
                                              "προσφορές και εκδηλώσεις – εγγραφείτε δωρεάν"))
    covid = [_span(*NO_COVID, "Μένουμε σπίτι: τα ταξίδια στα νησιά επιτρέπονται μόνο για "
                              "μόνιμους κατοίκους"),
             _span("2020-05-25", "2020-07-15", "Άνοιξαν ξανά τα νησιά: τι ισχύει για τα ταξίδια "
                                               "με πλοίο και αεροπλάνο")]
    pasxa = _movable(orthodox_easter, 10, 1, lambda y: f"Πάσχα {y} στα νησιά: έθιμα, "
                                                       f"αναστάσιμες λειτουργίες και έκτακτα "
                                                       f"δρομολόγια")
    avgoustos = _yearly("08-15", 7, 0, lambda y: f"Δεκαπενταύγουστος {y}: όλα τα πανηγύρια "
                                                 f"του Αιγαίου")
    return _calendar(base, covid, pasxa, avgoustos)


def nisiotikos_style() -> PublisherStyle:
    """A Greek island travel guide: a section from a pool, the numeric date turned the
    weekday, the genitive month and the time on 16 April 2018 (a wording per day),
    "Συντάκτης:", the day's ferry line (a wording per day: seamen's strikes, sailing bans on
    days of gales, the 2020 lockdown's residents-only rule), "Διαβάστε επίσης:",
    "ΔΙΑΦΗΜΙΣΗ" (up to twice), photo credits from a pool, the year's indicative ferry fare
    (changing each January), the tax on rooms (VAT raised in 2016, the stay tax from 2018),
    a check-with-the-line notice, a newsletter appeal reworded and turned by Orthodox
    Easter, the Dormition and the pandemic, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="nisiotikos.gr", site="Νησιώτικος Οδηγός", base_size=195,
        subdomains=(("www.", 100),),
        sections=("nea", "aktoploia", "ekdiloseis", "paralies", "gastronomia"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "enotita": ("Ειδήσεις", "Ακτοπλοΐα", "Εκδηλώσεις", "Παραλίες", "Γαστρονομία",
                        "Πολιτισμός"),
            "foto": ("Νησιώτικος Οδηγός", "Shutterstock", "Eurokinissi", "φωτογραφία "
                     "αναγνώστη", "Δήμος Καλλινήσου"),
        },
        families=(
            _f("enotita", HEADER, 0.5, (_OLD, "{enotita}")),
            _f("imerominia", HEADER, 0.85, *_by_day(_no_dated)),
            _f("syntaktis", HEADER, 0.4, (_OLD, "Συντάκτης: {author}")),
            _f("aktoploia", HEADER, 0.25, *_by_day(_no_ferries)),
            _f("diavaste", MIDDLE, 0.35, (_OLD, "Διαβάστε επίσης: {other_title}")),
            _f("diafimisi", MIDDLE, 0.3, (_OLD, "ΔΙΑΦΗΜΙΣΗ"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "Φωτογραφία: {foto}")),
            _f("eisitirio", FOOTER, 0.2, *priced(
                NO_FARES, lambda v: f"Ενδεικτική τιμή εισιτηρίου οικονομικής θέσης Πειραιάς – "
                                    f"Καλλίνησος: {v}")),
            _f("foros", FOOTER, 0.15, *priced(NO_TAX, lambda v: v)),
            _f("epivevaiosi", FOOTER, 0.35, (_OLD, "Τα δρομολόγια και οι τιμές μπορεί να "
                                                   "αλλάξουν. Επιβεβαιώνετε πάντα με την "
                                                   "ακτοπλοϊκή εταιρεία.")),
            _f("anakoinosi", FOOTER, 0.3, *_no_anakoinosi()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Νησιώτικος Οδηγός – Απαγορεύεται η "
                                                 "αναδημοσίευση χωρίς άδεια")),
            _f("diorthosi", HEADER, 0.04, (_OLD, "Διόρθωση: στο αρχικό κείμενο αναγραφόταν "
                                                 "λάθος ώρα αναχώρησης.")),
        ),
    )


# --- an American visitors bureau at the gate of a national park ----------------------------

CH_REDESIGN = dt.date(2017, 5, 26)
CH_RESPONSIBLE = dt.date(2020, 5, 1)
CH_ENTRANCE = (("2012-01-01", "$20"), ("2016-01-01", "$25"), ("2018-06-01", "$30"))
CH_LODGING = (("2010-01-01", "6%"), ("2017-07-01", "7%"), ("2020-01-01", "8%"))
CH_SHUTDOWNS = (("2018-01-20", "2018-01-22"), ("2018-12-22", "2019-01-25"))
CH_FIRE = ("2018-08-09", "2018-09-04")
CH_CLOSED = ("2020-03-24", "2020-05-14")


def _ch_dated(day: dt.date) -> str:
    if day < CH_REDESIGN:
        return f"Posted: {day.month:02d}/{day.day:02d}/{day.year}"
    return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year}"


def ridge_road_open(day: dt.date) -> bool:
    """Ridge Road opens on the Friday before Memorial Day and closes on 15 October."""
    return memorial_day(day.year) - 3 * ONE <= day < dt.date(day.year, 10, 16)


def _ch_status(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1][:3]} {day.day}"
    if in_spans(day, CH_SHUTDOWNS):
        status = "federal government shutdown, park visitor centers closed and no services"
    elif CH_CLOSED[0] <= day.isoformat() <= CH_CLOSED[1]:
        status = "the park is closed to all visitors until further notice"
    elif CH_FIRE[0] <= day.isoformat() <= CH_FIRE[1]:
        status = "Hollow Creek Fire, Ridge Road closed beyond the Aspen Flats trailhead"
    elif ridge_road_open(day):
        status = "Ridge Road open to Lookout Point"
    else:
        status = "Ridge Road closed for the season at mile 6"
    return f"Park status, {when}: {status}"


def _ch_center(day: dt.date) -> str:
    if "2020-03-17" <= day.isoformat() <= "2020-06-05":
        return "Cedar Hollow Visitor Center is closed: call 555-0188 for trip planning help"
    if memorial_day(day.year) <= day <= labor_day(day.year):
        return "Cedar Hollow Visitor Center: open daily 8am–7pm through Labor Day"
    return ("Cedar Hollow Visitor Center: open daily 9am–5pm, closed Thanksgiving, Christmas "
            "and New Year's Day")


def _ch_guide(day: dt.date) -> str:
    y = day.year if day >= dt.date(day.year, 1, 15) else day.year - 1
    return f"Order your free {y} Cedar Hollow Visitor Guide"


def cedarhollow_style() -> PublisherStyle:
    """An American visitors bureau at the gate of a national park: a category from a pool,
    "Posted:" with the numeric date turned "Updated" with the long date on 26 May 2017 (a
    wording per day), "By", the park's status for the day (a wording per day: Ridge Road
    open from the Friday before Memorial Day to 15 October, the shutdowns of 2018 and
    2018-19, a wildfire, the 2020 closure), "Related:", upcoming events from a pool and a
    "Sponsored" marker mid-body, the visitor center's summer and winter hours (Memorial Day
    to Labor Day), the entrance fee (raised in 2016 and June 2018), the lodging tax that
    funds the site (raised in 2017 and 2020), a visitor-guide line that turns each 15
    January, a recreate-responsibly line reworded in 2020, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="visitcedarhollow.com", site="Visit Cedar Hollow", base_size=170,
        subdomains=(("www.", 100),),
        sections=("outdoors", "events", "park-updates", "eat-drink", "lodging"),
        n_authors=6, url_path="/blog/{slug}",
        pools={
            "category": ("Outdoors", "Events", "Park Updates", "Eat & Drink", "Lodging",
                         "Scenic Drives"),
            "event": ("Cedar Hollow Bluegrass Festival", "Fall Color Run", "Dark Sky Star "
                      "Party", "Elk Bugling Tours", "Holiday Light Parade",
                      "Wildflower Weekend"),
        },
        families=(
            _f("category", HEADER, 0.45, (_OLD, "{category}")),
            _f("dated", HEADER, 0.85, *_by_day(_ch_dated)),
            _f("byline", HEADER, 0.4, (_OLD, "By {author}")),
            _f("park-status", HEADER, 0.3, *_by_day(_ch_status)),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("upcoming", MIDDLE, 0.3, (_OLD, "Upcoming: {event}")),
            _f("sponsored", MIDDLE, 0.2, (_OLD, "Sponsored")),
            _f("center-hours", FOOTER, 0.3, *_by_day(_ch_center)),
            _f("entrance", FOOTER, 0.25, *priced(
                CH_ENTRANCE, lambda v: f"Park entrance: {v} per private vehicle, valid 7 days. "
                                       f"Interagency annual passes accepted.")),
            _f("recreate", FOOTER, 0.3,
               (_OLD, "Recreate responsibly: know before you go, stay on trail and pack out "
                      "what you pack in."),
               (CH_RESPONSIBLE.isoformat(), "#RecreateResponsibly: keep six feet from others, "
                                            "carry a face covering and have a plan B if the "
                                            "trailhead is full.")),
            _f("guide", FOOTER, 0.2, *_by_day(_ch_guide)),
            _f("lodging-tax", FOOTER, 0.15, *priced(
                CH_LODGING, lambda v: f"This site is funded by the Cedar County lodging tax "
                                      f"({v} on overnight stays).")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Cedar Hollow Convention & Visitors "
                                                 "Bureau | Privacy Policy | Contact Us")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this post "
                                                  "listed the wrong opening date for Ridge "
                                                  "Road.")),
        ),
    )


# --- an Icelandic regional travel guide ---------------------------------------------------

AV_REDESIGN = dt.date(2017, 6, 17)  # relaunched on the national day
AV_NEWSLETTER = dt.date(2018, 10, 1)
AV_STORMS = (("2015-12-07", "2015-12-08", "appelsínugul"), ("2018-02-24", "2018-02-25",
                                                            "appelsínugul"),
             ("2019-12-10", "2019-12-11", "rauð"), ("2020-02-13", "2020-02-14", "rauð"))
AV_HIGHLANDS = {2015: ("06-26", "09-28"), 2016: ("06-17", "10-03"), 2017: ("06-23", "09-30"),
                2018: ("06-29", "09-26"), 2019: ("06-21", "10-01"), 2020: ("06-19", "10-05")}
AV_TAX = (("2012-01-01", "100"), ("2017-09-01", "300"), ("2020-04-01", "0"))


def _av_dated(day: dt.date) -> str:
    if day < AV_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    weekday = DAGAR[day.weekday()].capitalize()
    return f"{weekday} {day.day}. {MANUDIR[day.month - 1]} {day.year} kl. {{time}}"


def _av_roads(day: dt.date) -> str:
    when = f"{DAGAR[day.weekday()]} {day.day}. {MANUDIR[day.month - 1]}"
    for first, last, colour in AV_STORMS:
        if first <= day.isoformat() <= last:
            return (f"Færð og veður {when}: {colour} viðvörun á Austurlandi – fjallvegir geta "
                    f"lokast")
    if day.month in (11, 12, 1, 2, 3) and chance(day, "snjor") > 0.85:
        return f"Færð og veður {when}: gul viðvörun, snjókoma og hálka á heiðum"
    return f"Færð og veður {when}: sjá umferdin.is og vedur.is áður en lagt er af stað"


def _av_highlands() -> Wordings:
    closed = "Hálendisvegir (F-vegir) eru lokaðir allri umferð þar til annað verður tilkynnt"
    opened = "Flestir hálendisvegir eru opnir – aðeins fyrir fjórhjóladrifna bíla"
    out = [(_OLD, closed)]
    for y, (first, last) in AV_HIGHLANDS.items():
        out += [(f"{y}-{first}", opened), (f"{y}-{last}", closed)]
    return tuple(out)


def _av_tax(value: str) -> str:
    if value == "0":
        return "Gistináttaskattur fellur niður tímabundið frá 1. apríl 2020."
    return f"Gistináttaskattur: {value} kr. á hverja selda gistináttaeiningu."


AV_CENTRE = "Upplýsingamiðstöðin í Hvalvík er"


def _av_hours() -> Wordings:
    summer = f"{AV_CENTRE} opin alla daga kl. 8–20"
    winter = f"{AV_CENTRE} opin virka daga kl. 9–16"
    return _seasons(("06-01", summer), ("09-01", winter), special={2020: [
        ("2020-03-24", f"{AV_CENTRE} lokuð vegna samkomubanns – hringið í síma 471 5550"),
        ("2020-05-25", f"{AV_CENTRE} opin alla daga kl. 10–18"),
        ("2020-09-01", winter)]})


@cache
def _av_frettabref() -> Wordings:
    base = _steps((_OLD, "Skráðu þig á póstlistann okkar"),
                  (AV_NEWSLETTER.isoformat(), "📬 Nýjustu viðburðirnir fyrir austan beint í "
                                              "pósthólfið – skráðu þig á fréttabréfið"))
    covid = [_span("2020-03-16", "2020-05-03", "Samkomubann: viðburðum fyrir austan er frestað "
                                               "um óákveðinn tíma"),
             _span("2020-06-18", "2020-12-31", "🎁 Nýttu Ferðagjöfina hjá ferðaþjónustu fyrir "
                                               "austan")]
    jol = _yearly("12-24", 4, 2, lambda y: f"Gleðileg jól {y}! Upplýsingamiðstöðin er lokuð "
                                           f"24.–26. desember")
    hatid = _movable(lambda y: last_weekday(y, 7, 5), 7, 1,
                     lambda y: f"Hafaldan {y}: tónlistarhátíð við sjóinn – miðasala hafin")
    return _calendar(base, covid, jol, hatid)


def austurvegur_style() -> PublisherStyle:
    """An Icelandic regional travel guide: a category from a pool, the numeric date turned
    the weekday, the long date and "kl." with the time on 17 June 2017 (a wording per day),
    "Höfundur:", the day's road and weather line (a wording per day: orange and red warnings
    of named storms, yellow warnings on some winter days), "Lestu einnig:", "Auglýsing" and
    photo credits mid-body, the highland roads' opening and closing days each year, the
    information centre's summer and winter hours (closed in the 2020 ban on gatherings), the
    accommodation tax (tripled in September 2017, suspended in April 2020), a safe-travel
    line, a newsletter appeal reworded and turned by Christmas, a summer music festival and
    the pandemic's travel gift, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="austurvegur.is", site="Austurvegur", base_size=150,
        subdomains=(("www.", 100),),
        sections=("frettir", "vidburdir", "nattura", "gisting", "faerd"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "flokkur": ("Fréttir", "Viðburðir", "Náttúra", "Gisting", "Afþreying",
                        "Færð og veður"),
            "mynd": ("Austurvegur", "Jón Páll Sigurðsson", "Vegagerðin", "aðsend mynd"),
        },
        families=(
            _f("flokkur", HEADER, 0.45, (_OLD, "{flokkur}")),
            _f("dagsetning", HEADER, 0.85, *_by_day(_av_dated)),
            _f("hofundur", HEADER, 0.4, (_OLD, "Höfundur: {author}")),
            _f("faerd", HEADER, 0.3, *_by_day(_av_roads)),
            _f("lestu", MIDDLE, 0.3, (_OLD, "Lestu einnig: {other_title}")),
            _f("auglysing", MIDDLE, 0.3, (_OLD, "Auglýsing")),
            _f("mynd", MIDDLE, 0.25, (_OLD, "Mynd: {mynd}")),
            _f("halendi", FOOTER, 0.2, *_av_highlands()),
            _f("opnun", FOOTER, 0.3, *_av_hours()),
            _f("gistinattaskattur", FOOTER, 0.15, *priced(AV_TAX, _av_tax)),
            _f("safetravel", FOOTER, 0.25, (_OLD, "Ferðist örugglega: skiljið eftir "
                                                  "ferðaáætlun á safetravel.is")),
            _f("frettabref", FOOTER, 0.3, *_av_frettabref()),
            _f("hofundarrettur", FOOTER, 0.35, (_OLD, "© {year} Austurvegur – öll réttindi "
                                                      "áskilin")),
            _f("leidretting", HEADER, 0.04, (_OLD, "Leiðrétting: í fyrri útgáfu fréttarinnar "
                                                   "var rangt farið með opnunartíma.")),
        ),
    )


# --- a Thai guide to the southern islands ---------------------------------------------------

PT_REDESIGN = dt.date(2018, 11, 1)  # relaunched on the marine parks' opening day
PT_LINE = dt.date(2017, 8, 1)
PT_FEES = (("2010-01-01", "ผู้ใหญ่ชาวไทย 40 บาท / ชาวต่างชาติ 200 บาท"),
           ("2017-10-01", "ผู้ใหญ่ชาวไทย 60 บาท / ชาวต่างชาติ 300 บาท"),
           ("2019-11-01", "ผู้ใหญ่ชาวไทย 100 บาท / ชาวต่างชาติ 500 บาท"))
LOY_KRATHONG = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-03",
                2018: "2018-11-22", 2019: "2019-11-11", 2020: "2020-10-31"}
VEGETARIAN = {2015: "2015-10-12", 2016: "2016-10-01", 2017: "2017-09-20", 2018: "2018-10-08",
              2019: "2019-09-28", 2020: "2020-10-17"}
PT_COVID = ("2020-03-23", "2020-06-30")


def _pt_dated(day: dt.date) -> str:
    if day < PT_REDESIGN:
        return f"{day.day} {DUEAN_YO[day.month - 1]} {be_year(day.year)}"
    return (f"โพสต์เมื่อ{WAN[day.weekday()]}ที่ {thai(day.day)} {DUEAN_YO[day.month - 1]} "
            f"{thai(be_year(day.year))}")


def marine_park_closed(day: dt.date) -> bool:
    """The marine parks close for the monsoon from 16 May to 15 October."""
    return dt.date(day.year, 5, 16) <= day <= dt.date(day.year, 10, 15)


def _pt_park(day: dt.date) -> str:
    if PT_COVID[0] <= day.isoformat() <= PT_COVID[1]:
        return "🚫 อุทยานแห่งชาติหมู่เกาะทะเลงามปิดชั่วคราวตามมาตรการป้องกันโควิด-19"
    if marine_park_closed(day):
        return (f"🚫 อุทยานแห่งชาติหมู่เกาะทะเลงามปิดฤดูมรสุม 16 พ.ค. – 15 ต.ค. "
                f"{be_year(day.year)}")
    end = day.year if day.month <= 5 else day.year + 1
    return f"🏝️ อุทยานแห่งชาติหมู่เกาะทะเลงามเปิดให้เที่ยวถึง 15 พ.ค. {be_year(end)}"


@cache
def _pt_tesakan() -> Wordings:
    base = _steps((_OLD, "กดติดตามเพจไปเที่ยวใต้ ไม่พลาดทุกทริปทะเล"),
                  (PT_LINE.isoformat(), "แอดไลน์ @paitiewtai รับโปรที่พักริมทะเลก่อนใคร"))
    covid = [_span(*PT_COVID, "ปิดชายหาดและอุทยานทุกแห่งชั่วคราว ตามประกาศสถานการณ์ฉุกเฉิน"),
             _span("2020-07-15", "2020-10-31", "🧳 เราเที่ยวด้วยกัน: รัฐช่วยจ่ายค่าที่พัก 40% "
                                               "ลงทะเบียนได้แล้ว")]
    songkran = _yearly("04-13", 4, 3, lambda y: f"สงกรานต์ {be_year(y)} ริมทะเล: "
                                                f"เช็กเรือและที่พักก่อนเดินทาง")
    loy = [(iso_day(day, -5), iso_day(day, 2), f"ลอยกระทงริมทะเลใต้ ปี {be_year(y)}")
           for y, day in LOY_KRATHONG.items()]
    veg = [(iso_day(day, -2), iso_day(day, 9), f"เทศกาลกินเจภูเก็ต {be_year(y)}: "
                                               f"ตารางขบวนแห่และพิธีลุยไฟ")
           for y, day in VEGETARIAN.items()]
    return _calendar(base, covid, songkran, loy, veg)


def paitiewtai_style() -> PublisherStyle:
    """A Thai guide to the southern islands: a category from a pool, the short date with
    the Buddhist-era year turned "posted on" with the weekday in Thai digits on 1 November
    2018 (a wording per day), "เรื่อง:" turned "เรื่องและภาพ:", a notice reworded for a LINE
    account and turned by Songkran, Loy Krathong, Phuket's vegetarian festival, the 2020
    closures and the travel-subsidy scheme, "อ่านต่อ:", photo thanks and an advertising
    marker mid-body, the marine park's monsoon closure and its season's end (a wording per
    season), the park fees (raised in 2017 and 2019), "prices updated" with the day's date
    (a wording per day), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="paitiewtai.com", site="ไปเที่ยวใต้", base_size=130,
        subdomains=(("www.", 100),),
        sections=("news", "islands", "parks", "festivals", "hotels"),
        n_authors=4, url_path="/{section}/{n}",
        pools={
            "muad": ("ข่าวท่องเที่ยว", "ทะเลและเกาะ", "อุทยานแห่งชาติ", "เทศกาล", "ที่พัก",
                     "ร้านอาหาร"),
            "phap": ("ไปเที่ยวใต้", "อุทยานแห่งชาติหมู่เกาะทะเลงาม", "ททท.", "ผู้อ่าน"),
        },
        families=(
            _f("muad", HEADER, 0.5, (_OLD, "{muad}")),
            _f("wanthi", HEADER, 0.85, *_by_day(_pt_dated)),
            _f("rueang", HEADER, 0.45, (_OLD, "เรื่อง: {author}"),
               (PT_REDESIGN.isoformat(), "เรื่องและภาพ: {author}")),
            _f("tesakan", HEADER, 0.25, *_pt_tesakan()),
            _f("an-to", MIDDLE, 0.35, (_OLD, "อ่านต่อ: {other_title}")),
            _f("khopkhun", MIDDLE, 0.25, (_OLD, "ขอบคุณภาพ: {phap}")),
            _f("khosana", MIDDLE, 0.25, (_OLD, "พื้นที่โฆษณา")),
            _f("uthayan", FOOTER, 0.3, *_by_day(_pt_park)),
            _f("kha-khao", FOOTER, 0.2, *priced(PT_FEES, lambda v: f"ค่าธรรมเนียมเข้าอุทยาน: "
                                                                  f"{v}")),
            _f("update", FOOTER, 0.3, *_daily(
                lambda day: f"ราคาและเวลาเปิด-ปิดอัปเดตล่าสุด {day.day}/{day.month}/"
                            f"{be_year(day.year)} กรุณาโทรสอบถามก่อนเดินทาง")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} ไปเที่ยวใต้ ห้ามคัดลอกเนื้อหาและภาพ"
                                                 "โดยไม่ได้รับอนุญาต")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "แก้ไขข้อมูล: เวลาออกเรือในบทความถูกแก้ไขแล้ว")),
        ),
    )


# --- the tourist office of a Balearic town -----------------------------------------------

TP_REDESIGN = dt.date(2016, 7, 1)  # relaunched on the day the tourist tax began
TP_AGENDA = dt.date(2019, 3, 1)
TP_TAX = (("2000-01-01", "Los precios de alojamiento publicados incluyen el IVA."),
          ("2016-07-01", "Impuesto de turismo sostenible: de 0,25 € a 2 € por persona y noche "
                         "según el alojamiento, IVA no incluido."),
          ("2018-07-01", "Impuesto de turismo sostenible: de 1 € a 4 € por persona y noche "
                         "según el alojamiento, IVA no incluido."))
TP_BEACHES = ("2020-03-15", "2020-05-24")


def _tp_dated(day: dt.date) -> str:
    if day < TP_REDESIGN:
        return f"{day.day} {MESES[day.month - 1][:3]}. {day.year}"
    return f"Actualizado: {day.day:02d}/{day.month:02d}/{day.year}"


def beach_flag(day: dt.date) -> str:
    """A made-up flag for the day's sea: mostly green, some yellow, a few red."""
    draw = chance(day, "bandera")
    if day.month in (7, 8) and chance(day, "medusas") > 0.9:
        return "amarilla por medusas"
    return "verde" if draw < 0.7 else "amarilla" if draw < 0.9 else "roja"


def _tp_playas(day: dt.date) -> str:
    when = f"{DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]}"
    if TP_BEACHES[0] <= day.isoformat() <= TP_BEACHES[1]:
        return f"Hoy, {when}: playas cerradas al baño por el estado de alarma"
    if 5 <= day.month <= 10:
        return (f"Estado de las playas hoy, {when}: bandera {beach_flag(day)} en Cala Roja y "
                f"s'Arenal Petit")
    return f"Hoy, {when}: playas sin servicio de socorrismo hasta el 1 de mayo"


TP_OFFICE = "Oficina de Turismo (Passeig des Moll, 1):"


def _tp_hours() -> Wordings:
    summer = f"{TP_OFFICE} de lunes a domingo, de 9 a 20 h"
    winter = f"{TP_OFFICE} de lunes a viernes, de 9 a 14 h"
    return _seasons(("05-01", summer), ("11-01", winter), special={2020: [
        ("2020-03-14", f"{TP_OFFICE} cerrada por el estado de alarma; atención en "
                       f"info@turismoportalet.es"),
        ("2020-06-15", f"{TP_OFFICE} de lunes a sábado, de 10 a 14 h, con cita previa"),
        ("2020-11-01", winter)]})


@cache
def _tp_agenda() -> Wordings:
    base = _steps((_OLD, "Consulta la agenda de actividades de la semana"),
                  (TP_AGENDA.isoformat(), "📅 Agenda Portalet: fiestas, mercados y conciertos "
                                          "en tu móvil"))
    covid = [_span("2020-03-14", "2020-06-20", "Estado de alarma: suspendidas todas las "
                                               "actividades de la agenda"),
             _span("2020-07-13", "2020-12-31", "😷 Mascarilla obligatoria en la vía pública y "
                                               "en todas las actividades")]
    sant_antoni = _yearly("01-16", 6, 1, lambda y: f"Sant Antoni {y}: foguerons y bendición "
                                                   f"de animales")
    semana_santa = _movable(easter, 6, 1, lambda y: f"Semana Santa {y}: procesiones y horarios "
                                                    f"de la Oficina de Turismo")
    fiestas = _yearly("08-15", 5, 1, lambda y: f"Fiestas de la Mare de Déu d'Agost {y}: "
                                               f"programa completo")
    return _calendar(base, covid, sant_antoni, semana_santa, fiestas)


def portalet_style() -> PublisherStyle:
    """The tourist office of a Balearic town, in Spanish: a section from a pool, the short
    date with the month abbreviated turned "Actualizado:" with the numeric date on 1 July
    2016 (a wording per day), the day's beach flags (a wording per day: green, yellow, red,
    jellyfish; no lifeguards off season; beaches closed in the state of alarm), an agenda
    line reworded for the app and turned by Sant Antoni, Holy Week, the August feast and the
    pandemic, "Te puede interesar:", "PUBLICIDAD" and the weekly markets from a pool
    mid-body, the office's summer and winter hours (closed in 2020), the sustainable-tourism
    tax (from July 2016, doubled in July 2018), an indicative-information line, the town
    hall's line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="turismoportalet.es", site="Turismo de Portalet", base_size=110,
        subdomains=(("www.", 100),),
        sections=("agenda", "playas", "avisos", "fiestas", "rutas"),
        n_authors=3, url_path="/es/{section}/{slug}",
        pools={
            "seccion": ("Agenda", "Playas", "Avisos", "Fiestas", "Rutas", "Gastronomía"),
            "mercado": ("lunes en Portalet", "jueves en Sa Punta", "sábado en es Molí",
                        "domingo en el Port"),
        },
        families=(
            _f("seccion", HEADER, 0.4, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_tp_dated)),
            _f("playas", HEADER, 0.25, *_by_day(_tp_playas)),
            _f("agenda", HEADER, 0.25, *_tp_agenda()),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.25, (_OLD, "PUBLICIDAD"), count=2),
            _f("mercado", MIDDLE, 0.15, (_OLD, "Mercado semanal: {mercado}")),
            _f("oficina", FOOTER, 0.3, *_tp_hours()),
            _f("ecotasa", FOOTER, 0.2, *priced(TP_TAX, lambda v: v)),
            _f("orientativa", FOOTER, 0.3, (_OLD, "La información de esta web es orientativa y "
                                                  "puede cambiar. Confirme horarios y precios "
                                                  "con cada establecimiento.")),
            _f("ajuntament", FOOTER, 0.35, (_OLD, "Ajuntament de Portalet · Área de Turismo · "
                                                  "Passeig des Moll, 1 · Illes Balears")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Ajuntament de Portalet · Aviso "
                                                 "legal · Cookies")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: el concierto es el "
                                                     "sábado, no el viernes.")),
        ),
    )


# --- a New Zealand i-SITE -------------------------------------------------------------------

KC_REDESIGN = dt.date(2019, 7, 1)  # relaunched on the day the visitor levy began
KC_TIAKI = dt.date(2018, 11, 7)
KC_HUTS = (("2012-07-01", "$32 a night"), ("2016-07-01", "$34 a night"),
           ("2018-07-01", "$75 a night for international visitors, $37.50 for New "
                          "Zealanders"),
           ("2020-07-01", "$75 a night for international visitors, $37.50 for New "
                          "Zealanders, under-18s free"))
KC_IVL = (("2000-01-01", "Most visitors need a visa or, from October 2019, an NZeTA to enter "
                         "New Zealand."),
          ("2019-07-01", "International visitors pay the NZ$35 International Visitor "
                         "Conservation and Tourism Levy with their NZeTA or visa."))


def _kc_dated(day: dt.date) -> str:
    if day < KC_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _kc_hours(day: dt.date) -> str:
    if "2020-03-23" <= day.isoformat() <= "2020-05-13":
        return "The i-SITE is closed under Alert Levels 3 and 4: call 0800 555 214"
    y = day.year
    summer = day <= easter(y) + ONE or day >= labour_day_nz(y) - 2 * ONE
    if summer:
        return "Open 7 days: 8.30am–6pm (summer hours until Easter)"
    return "Open 7 days: 9am–5pm (winter hours until Labour Weekend)"


@cache
def _kc_road() -> Wordings:
    base = _steps((_OLD, "Check road conditions before you travel: SH6 is a narrow, winding "
                         "coastal highway"))
    covid = [_span("2020-03-26", "2020-04-27", "Alert Level 4: stay home, the i-SITE and all "
                                               "DOC huts are closed"),
             _span("2020-04-28", "2020-05-13", "Alert Level 3: local travel only, huts and "
                                               "tracks stay closed"),
             _span("2020-05-14", "2020-06-08", "Alert Level 2: we're open, please scan in with "
                                               "the NZ COVID Tracer app")]
    events = [_span("2016-11-14", "2016-11-20", "Earthquake: SH6 closed north of the coast "
                                                "road while slips are cleared"),
              _span("2018-02-01", "2018-02-06", "Cyclone Fehi: SH6 closed at Te Rere Bluffs, "
                                                "detour via the Valley Road"),
              _span("2018-02-20", "2018-02-28", "Cyclone Gita: state of emergency, stay off "
                                                "the roads"),
              _span("2019-03-26", "2019-04-11", "Bridge washed out: SH6 closed south of the "
                                                "glaciers until further notice")]
    return _calendar(base, covid, events)


def kahurangi_style() -> PublisherStyle:
    """A New Zealand i-SITE: the long date turned the weekday and the short month on 1 July
    2019 (a wording per day), a te reo Māori welcome, a road line turned by an earthquake,
    two cyclones, a washed-out bridge and the 2020 alert levels, "See also:" and bookings
    from a pool mid-body, a rare sandfly line, the i-SITE's summer hours from Labour Weekend
    to Easter and its winter hours (closed in the 2020 lockdown), the Great Walk hut fees
    (raised in 2016 and doubled for international visitors in 2018), the visitor levy line
    of 2019, a care-for-the-land line reworded for the Tiaki promise, the contact line and
    the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="kahurangicoast.nz", site="Kahurangi Coast i-SITE", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "walks", "activities", "travel-updates"),
        n_authors=3, url_path="/news/{slug}",
        pools={"booking": ("Kahurangi Track huts", "Te Rere jet boat", "Glowworm cave tour",
                           "Seal colony kayak", "Track shuttle")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_kc_dated)),
            _f("welcome", HEADER, 0.35, (_OLD, "Nau mai, haere mai – welcome to the Kahurangi "
                                               "Coast")),
            _f("road", HEADER, 0.25, *_kc_road()),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("book", MIDDLE, 0.3, (_OLD, "Book at the i-SITE: {booking}")),
            _f("sandflies", MIDDLE, 0.05, (_OLD, "Pack insect repellent: the sandflies are "
                                                 "fierce on this coast.")),
            _f("hours", FOOTER, 0.3, *_by_day(_kc_hours)),
            _f("hut-fees", FOOTER, 0.2, *priced(KC_HUTS, lambda v: f"Kahurangi Track Great "
                                                                   f"Walk huts: {v}")),
            _f("levy", FOOTER, 0.15, *priced(KC_IVL, lambda v: v)),
            _f("tiaki", FOOTER, 0.3,
               (_OLD, "Respect our environment: take your rubbish with you and use the toilets "
                      "provided."),
               (KC_TIAKI.isoformat(), "Care for the land, sea and nature: make the Tiaki "
                                      "Promise.")),
            _f("contact", FOOTER, 0.4, (_OLD, "Kahurangi Coast i-SITE · 12 Wharf Street, "
                                              "Kaitahi · 0800 555 214 · "
                                              "info@kahurangicoast.nz")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Kahurangi Coast Tourism Trust")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the track reopening date has "
                                                  "been updated.")),
        ),
    )


# --- a Greek municipality's tourism office ------------------------------------------------

DA_REDESIGN = dt.date(2019, 9, 2)
DA_PRICES = (("2000-01-01", "4 €"), ("2017-04-01", "6 €"), ("2020-04-01", "8 €"))
DA_CLOSED = ("2020-03-13", "2020-05-17")
DA_HEAT = (("2017-06-30", "2017-07-02"), ("2017-07-12", "2017-07-14"),
           ("2019-07-01", "2019-07-03"), ("2020-08-01", "2020-08-03"))


def free_entry(day: dt.date) -> bool:
    """The free-entry days of Greek archaeological sites: 6 March, 18 April, 18 May, the
    European Heritage Days (the last weekend of September), 28 October and the first Sunday
    of each month from November to March."""
    if (day.month, day.day) in ((3, 6), (4, 18), (5, 18), (10, 28)):
        return True
    if day.month == 9 and day >= last_weekday(day.year, 9, 5) and day.weekday() >= 5:
        return True
    return day.month in (11, 12, 1, 2, 3) and day.weekday() == 6 and day.day <= 7


def _da_site(day: dt.date) -> str:
    if DA_CLOSED[0] <= day.isoformat() <= DA_CLOSED[1]:
        return "Ο αρχαιολογικός χώρος παραμένει κλειστός έως νεωτέρας"
    hours = "08:00–20:00" if 4 <= day.month <= 10 else "08:00–15:00"
    if in_spans(day, DA_HEAT):
        return f"Καύσωνας: ο αρχαιολογικός χώρος κλείνει 12:00–17:00 ({hours})"
    if free_entry(day):
        return (f"Σήμερα, {MERES[day.weekday()]} {day.day} {MINES[day.month - 1]}, η είσοδος "
                f"στον αρχαιολογικό χώρο είναι ελεύθερη ({hours})")
    return (f"Αρχαιολογικός χώρος Ανθηδόνας: ανοιχτός καθημερινά {hours}, εισιτήριο "
            f"{value_on(day, DA_PRICES)}")


@cache
def _da_anakoinosi() -> Wordings:
    base = _steps((_OLD, "Ακολουθήστε το Γραφείο Τουρισμού στο Facebook"))
    covid = [_span("2020-03-23", "2020-05-03", "#ΜένουμεΣπίτι: αναβάλλονται όλες οι εκδηλώσεις "
                                               "του Δήμου")]
    carnival = _movable(lambda y: orthodox_easter(y) - 48 * ONE, 10, 0,
                        lambda y: f"Καρναβάλι Ανθηδόνας {y}: το πρόγραμμα των εκδηλώσεων")
    summer = _yearly("07-01", 0, 61, lambda y: f"Πολιτιστικό Καλοκαίρι {y}: όλες οι "
                                               f"εκδηλώσεις του Ιουλίου και του Αυγούστου")
    return _calendar(base, covid, carnival, summer)


def anthidona_style() -> PublisherStyle:
    """A Greek municipality's tourism office: "ΔΕΛΤΙΟ ΤΥΠΟΥ", the town and the numeric date
    turned the long date on 2 September 2019 (a wording per day), a notice turned by Clean
    Monday's carnival, the summer festival and the lockdown, "Δείτε ακόμη:", "Είσοδος
    ελεύθερη" and information lines from a pool mid-body, the archaeological site's line (a
    wording per change: summer and winter hours, the free-entry days naming the day, heat
    wave closures, the 2020 closure, the ticket raised in 2017 and 2020), the press office
    line, the contact line and the copyright line (a block), a rare corrected re-issue."""
    return PublisherStyle(
        domain="visitanthidona.gr", site="Δήμος Ανθηδόνας", base_size=70,
        subdomains=(("www.", 100),),
        sections=("deltia-typou", "ekdiloseis", "mnimeia"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"grafeio": ("Γραφείο Τουρισμού, τηλ. 22620 55101", "Κέντρο Πολιτισμού, τηλ. "
                           "22620 55133", "Δημοτική Βιβλιοθήκη, τηλ. 22620 55140")},
        families=(
            _f("deltio", HEADER, 0.5, (_OLD, "ΔΕΛΤΙΟ ΤΥΠΟΥ")),
            _f("imerominia", HEADER, 0.8, *_by_day(
                lambda day: f"Ανθηδόνα, {day.day:02d}/{day.month:02d}/{day.year}"
                if day < DA_REDESIGN else
                f"Ανθηδόνα, {day.day} {MINES[day.month - 1]} {day.year}")),
            _f("anakoinosi", HEADER, 0.25, *_da_anakoinosi()),
            _f("deite", MIDDLE, 0.3, (_OLD, "Δείτε ακόμη: {other_title}")),
            _f("eisodos", MIDDLE, 0.2, (_OLD, "Είσοδος ελεύθερη")),
            _f("plirofories", MIDDLE, 0.25, (_OLD, "Πληροφορίες: {grafeio}")),
            _f("arxaiologikos", FOOTER, 0.3, *_by_day(_da_site)),
            _f("grafeio-typou", FOOTER, 0.45, (_OLD, "Από το Γραφείο Τύπου του Δήμου")),
            _f("epikoinonia", FOOTER, 0.35, (_OLD, "Γραφείο Τουρισμού · Πλατεία Αγοράς 4 · "
                                                   "τηλ. 22620 55101 · "
                                                   "tourism@visitanthidona.gr")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Δήμος Ανθηδόνας")),
            _f("orthi-epanalipsi", HEADER, 0.04, (_OLD, "ΟΡΘΗ ΕΠΑΝΑΛΗΨΗ ως προς την ημερομηνία "
                                                        "της εκδήλωσης")),
        ),
    )


# --- a Croatian nature park -----------------------------------------------------------------

PK_REDESIGN = dt.date(2019, 3, 21)  # relaunched on the International Day of Forests
PK_TICKETS = (("2013-01-01", "50 kn, od 1. lipnja do 30. rujna 80 kn"),
              ("2017-01-01", "60 kn, od 1. lipnja do 30. rujna 100 kn"),
              ("2019-01-01", "70 kn, od 1. lipnja do 30. rujna 120 kn"),
              ("2020-06-01", "50 kn cijele sezone 2020."))


def _pk_dated(day: dt.date) -> str:
    if day < PK_REDESIGN:
        return f"Objavljeno {day.day}. {day.month}. {day.year}."
    return f"{day.day}. {MJESECI[day.month - 1]} {day.year}."


def _pk_gates() -> Wordings:
    summer = "Ulazi u park otvoreni su od 7 do 20 sati (ljetno radno vrijeme)"
    spring = "Ulazi u park otvoreni su od 8 do 17 sati"
    winter = "Ulazi u park otvoreni su od 8 do 16 sati; ulaz Kamenica zatvoren je do travnja"
    return _seasons(("04-01", spring), ("06-01", summer), ("09-01", spring), ("11-01", winter))


def _pk_fire() -> Wordings:
    fire = "🔥 Velika opasnost od požara: u parku je zabranjeno loženje vatre do 30. rujna"
    rules = "Pridržavajte se pravila ponašanja u parku: ne ostavljajte otpad i ne hranite " \
            "životinje"
    return _seasons(("06-01", fire), ("10-01", rules))


def kosirina_style() -> PublisherStyle:
    """A Croatian nature park: a kind from a pool, "Objavljeno" with the spaced numeric
    date turned the genitive month on 21 March 2019 (a wording per day), a fire-danger line
    each summer, "Vidi još:" and guided tours from a pool mid-body, the gates' hours by
    season, the tickets with their summer price (raised in 2017 and 2019, cut for the 2020
    season), an EU co-funding line, the contact line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="pp-kosirina.hr", site="Park prirode Kosirina", base_size=55,
        subdomains=(("www.", 100),),
        sections=("novosti", "posjetitelji", "edukacija"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"vrsta": ("Obavijest", "Novost", "Natječaj", "Edukacija"),
               "tura": ("Šetnja do vidikovca Orlovac", "Noćni obilazak špilje",
                        "Promatranje ptica na jezeru", "Biciklistička tura oko polja")},
        families=(
            _f("vrsta", HEADER, 0.5, (_OLD, "{vrsta}")),
            _f("datum", HEADER, 0.8, *_by_day(_pk_dated)),
            _f("pozar", HEADER, 0.2, *_pk_fire()),
            _f("vidi", MIDDLE, 0.3, (_OLD, "Vidi još: {other_title}")),
            _f("tura", MIDDLE, 0.25, (_OLD, "Vođena tura: {tura}")),
            _f("ulazi", FOOTER, 0.35, *_pk_gates()),
            _f("ulaznice", FOOTER, 0.3, *priced(PK_TICKETS, lambda v: f"Ulaznica za odrasle: "
                                                                      f"{v}")),
            _f("eu", FOOTER, 0.2, (_OLD, "Projekt „Kosirina za sve“ sufinancirala je Europska "
                                         "unija iz Europskog fonda za regionalni razvoj.")),
            _f("kontakt", FOOTER, 0.35, (_OLD, "Javna ustanova Park prirode Kosirina · "
                                               "Kosirina 12 · tel. 023 555 380")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} JU Park prirode Kosirina")),
            _f("ispravak", HEADER, 0.04, (_OLD, "Ispravak: vođena tura počinje u 9, a ne u 10 "
                                                "sati.")),
        ),
    )


# --- the tourist office of a Patagonian lake town -----------------------------------------

LC_REDESIGN = dt.date(2018, 1, 2)
LC_WHATSAPP = dt.date(2017, 9, 1)
LC_PARK = (("2014-01-01", "$130 extranjeros / $40 residentes argentinos"),
           ("2015-01-01", "$150 extranjeros / $50 residentes argentinos"),
           ("2016-01-01", "$260 extranjeros / $80 residentes argentinos"),
           ("2017-01-01", "$350 extranjeros / $100 residentes argentinos"),
           ("2018-01-01", "$500 extranjeros / $150 residentes argentinos"),
           ("2019-01-01", "$710 extranjeros / $250 residentes argentinos"),
           ("2020-01-01", "$1.050 extranjeros / $350 residentes argentinos"))
LC_ASH = ("2015-04-22", "2015-05-10")


def _lc_dated(day: dt.date) -> str:
    if day < LC_REDESIGN:
        return f"Publicado el {day.day}/{day.month}/{day.year}"
    return f"{DIAS[day.weekday()].capitalize()} {day.day} de {MESES[day.month - 1]} de {day.year}"


def _lc_pass(day: dt.date) -> str:
    when = f"{DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]}"
    if day.isoformat() >= "2020-03-16":
        state = "cerrado por la emergencia sanitaria"
    elif LC_ASH[0] <= day.isoformat() <= LC_ASH[1]:
        state = "cerrado por caída de ceniza volcánica"
    elif 6 <= day.month <= 9 and chance(day, "nevada") > 0.8:
        state = "cerrado por nevadas, se exigen cadenas"
    elif 4 <= day.month <= 9:
        state = "habilitado de 9 a 19 h"
    else:
        state = "habilitado de 8 a 20 h"
    return f"Paso Los Cóndores, {when}: {state}"


LC_OFFICE = "Oficina de Informes (Av. Costanera y Belgrano):"


def _lc_hours() -> Wordings:
    normal = f"{LC_OFFICE} todos los días de 8 a 20 h"
    winter = f"{LC_OFFICE} todos los días de 8 a 21 h (temporada de invierno)"
    summer = f"{LC_OFFICE} todos los días de 8 a 22 h (temporada de verano)"
    return _seasons(("03-16", normal), ("07-01", winter), ("09-01", normal), ("12-15", summer),
                    special={2020: [("2020-03-16", f"{LC_OFFICE} cerrada al público por el "
                                                   f"aislamiento; consultas por correo"),
                                    ("2020-12-15", summer)]})


@cache
def _lc_aviso() -> Wordings:
    base = _steps((_OLD, "Seguinos en Instagram: @lagocondor.turismo"),
                  (LC_WHATSAPP.isoformat(), "📲 Escribinos por WhatsApp y te ayudamos a armar "
                                            "tu viaje a Lago Cóndor"))
    ash = [_span(*LC_ASH, "Alerta por ceniza del volcán Calbuco: consultá el estado de rutas y "
                          "vuelos")]
    covid = [_span("2020-03-20", "2020-11-30", "Aislamiento obligatorio: la actividad "
                                               "turística está suspendida"),
             _span("2020-12-01", "2020-12-31", "Temporada de verano con protocolo: reservá tu "
                                               "alojamiento con anticipación")]
    semana_santa = _movable(easter, 5, 1, lambda y: f"Semana Santa {y}: horarios extendidos y "
                                                    f"excursiones especiales")
    nieve = _yearly("08-15", 5, 3, lambda y: f"Fiesta Provincial de la Nieve {y}: bajada de "
                                             f"antorchas y espectáculos")
    return _calendar(base, ash, covid, semana_santa, nieve)


def lagocondor_style() -> PublisherStyle:
    """The tourist office of a Patagonian lake town in Argentina: "Publicado el" with the
    numeric date turned the weekday and the long date on 2 January 2018 (a wording per day),
    the day's state of the mountain pass to Chile (a wording per day: winter and summer
    hours, snow on some winter days, the 2015 ash, the 2020 border closure), a notice
    reworded for WhatsApp and turned by the Calbuco eruption, Holy Week, the snow festival
    and the pandemic, "Ver también:" and excursions from a pool mid-body, the information
    office's seasonal hours, the national park's entrance fees by year, the contact line
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="turismolagocondor.gob.ar", site="Turismo Lago Cóndor", base_size=40,
        subdomains=(("www.", 100),),
        sections=("novedades", "excursiones", "eventos"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={"excursion": ("Circuito Chico en bicicleta", "Navegación a Isla Arrayanes",
                             "Cerro Mirador en aerosilla", "Cabalgata al Valle Escondido")},
        families=(
            _f("fecha", HEADER, 0.8, *_by_day(_lc_dated)),
            _f("paso", HEADER, 0.3, *_by_day(_lc_pass)),
            _f("aviso", HEADER, 0.25, *_lc_aviso()),
            _f("ver", MIDDLE, 0.3, (_OLD, "Ver también: {other_title}")),
            _f("excursion", MIDDLE, 0.2, (_OLD, "Excursión recomendada: {excursion}")),
            _f("informes", FOOTER, 0.3, *_lc_hours()),
            _f("parque", FOOTER, 0.25, *priced(LC_PARK, lambda v: f"Acceso al Parque Nacional: "
                                                                  f"{v}")),
            _f("contacto", FOOTER, 0.35, (_OLD, "Secretaría de Turismo · Av. Costanera 250 · "
                                                "(02944) 55-4410 · "
                                                "informes@turismolagocondor.gob.ar")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Municipalidad de Lago Cóndor")),
            _f("fe-de-erratas", HEADER, 0.04, (_OLD, "Fe de erratas: la excursión sale a las 9 "
                                                     "y no a las 10.")),
        ),
    )


# --- a Thai guide to the northern hills ---------------------------------------------------

DM_REDESIGN = dt.date(2019, 10, 1)
DM_CAMP = (("2010-01-01", "ค่ากางเต็นท์ 30 บาท/คน"),
           ("2018-10-01", "ค่ากางเต็นท์ 30 บาท/คน เต็นท์ให้เช่า 225 บาท/หลัง"),
           ("2020-10-01", "ค่ากางเต็นท์ 30 บาท/คน เต็นท์ให้เช่า 250 บาท/หลัง (จองออนไลน์เท่านั้น)"))


def _dm_dated(day: dt.date) -> str:
    if day < DM_REDESIGN:
        return f"{day.day} {DUEAN_YO[day.month - 1]} {be_year(day.year) % 100:02d}"
    return f"อัปเดต {WAN[day.weekday()]} {day.day} {DUEAN[day.month - 1]} {be_year(day.year)}"


def _dm_haze() -> Wordings:
    haze = "⚠️ ฤดูหมอกควัน: ตรวจสอบค่า PM2.5 ก่อนขึ้นดอยและพกหน้ากาก N95"
    normal = "เที่ยวดอยอย่างปลอดภัย: เตรียมเสื้อกันหนาวและแจ้งเจ้าหน้าที่ก่อนขึ้นเขา"
    return _seasons(("02-01", haze), ("05-01", normal))


def _dm_trail() -> Wordings:
    closed = "🚧 เส้นทางเดินป่ากิ่วดอยหมอกปิดฟื้นฟูธรรมชาติ 1 มิ.ย. – 31 ต.ค."
    opened = "เส้นทางเดินป่ากิ่วดอยหมอกเปิดแล้ว ต้องมีเจ้าหน้าที่นำทางทุกกลุ่ม"
    return _seasons(("06-01", closed), ("11-01", opened))


@cache
def _dm_prakat() -> Wordings:
    base = _steps((_OLD, "ติดตามข่าวเที่ยวเหนือได้ที่เพจดอยหมอกทราเวล"))
    covid = [_span("2020-03-25", "2020-06-30", "ปิดอุทยานและลานกางเต็นท์ทุกแห่งชั่วคราว "
                                               "ตามมาตรการโควิด-19")]
    yi_peng = [(iso_day(day, -3), iso_day(day, 2), f"ยี่เป็ง {be_year(y)}: ห้ามปล่อยโคมลอย"
                                                   f"ในรัศมีสนามบินตามประกาศจังหวัด")
               for y, day in LOY_KRATHONG.items()]
    mist = _yearly("11-15", 0, 77, lambda y: f"หน้าหนาว {be_year(y)}: ชมทะเลหมอกทุกเช้า "
                                             f"จองลานกางเต็นท์ล่วงหน้า")
    return _calendar(base, covid, yi_peng, mist)


def doimok_style() -> PublisherStyle:
    """A Thai guide to the northern hills: the short date with the last two digits of the
    Buddhist-era year turned "updated" with the weekday and the full month on 1 October
    2019 (a wording per day), a haze-season line each February to April, "บทความที่
    เกี่ยวข้อง:" mid-body, a notice turned by Yi Peng's lantern rules, the cool season's sea
    of mist and the 2020 closures, the trail's rainy-season closure, the camping fees
    (changing in 2018 and 2020), the copyright line in English, a rare correction."""
    return PublisherStyle(
        domain="doimoktravel.com", site="ดอยหมอกทราเวล", base_size=30,
        subdomains=(("www.", 100),),
        sections=("doi", "camping", "festival"),
        n_authors=2, url_path="/{section}/{n}",
        families=(
            _f("wanthi", HEADER, 0.8, *_by_day(_dm_dated)),
            _f("mokkhwan", HEADER, 0.25, *_dm_haze()),
            _f("kiaokhong", MIDDLE, 0.35, (_OLD, "บทความที่เกี่ยวข้อง: {other_title}")),
            _f("prakat", FOOTER, 0.3, *_dm_prakat()),
            _f("sen-thang", FOOTER, 0.2, *_dm_trail()),
            _f("kang-tent", FOOTER, 0.2, *priced(DM_CAMP, lambda v: v)),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} doimoktravel.com All rights "
                                                "reserved.")),
            _f("kaekhai", HEADER, 0.04, (_OLD, "แก้ไข: ปรับวันเปิดเส้นทางให้ถูกต้องแล้ว")),
        ),
    )


def heldout215_styles() -> list[PublisherStyle]:
    """The held-back-215 styles, in the order the generator hands them to publishers."""
    return [
        northmoor_style(), rivina_style(), nisiotikos_style(), cedarhollow_style(),
        austurvegur_style(), paitiewtai_style(), portalet_style(), kahurangi_style(),
        anthidona_style(), kosirina_style(), lagocondor_style(), doimok_style(),
    ]
