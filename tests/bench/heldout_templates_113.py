"""The ``held-back-113`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-111 set
(`tests.bench.heldout_templates_111`). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
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
network footer. The publishers are business, finance, markets, commodities and trade outlets
around the world, large and small: a German financial daily in Frankfurt, an American grain
and livestock market wire in Chicago, a French business daily in Paris, a Japanese business
paper in Osaka, a Chinese financial portal in Shanghai, a Brazilian farm-markets site in
Londrina, a Gujarati trade daily in Ahmedabad, an Arabic markets daily in Dubai, a Russian
business daily in Moscow, a Nigerian business daily in Lagos, a Vietnamese trade site in Ho
Chi Minh City and a small New Zealand dairy trade letter in Hamilton. The families are the
kinds a crawl of such sites holds: dates localised day by day in German, English, French,
Japanese (by the Heisei and Reiwa eras from a redesign on, turning with the era on 1 May
2019), Chinese, Portuguese, Gujarati (later in Gujarati digits), Arabic (later in
Arabic-Indic digits), Russian, English, Vietnamese and New Zealand English (each changing
form on the day of a redesign), lines that turn on each trading day (the closes of the DAX,
the CAC 40, the Nikkei, the Shanghai index, the Sensex, Brent and the Lagos all-share index,
grain futures in Chicago, soybeans at Paranagua, the central bank's rouble rates), every day
(the price of gold in Saigon), every week (a crop progress report in season), every other
week (a dairy auction) and every month (a business barometer's number, a monthly outlook),
the seasons of results, harvests, shopping and milk, bylines and datelines of many shapes,
section kickers, read-also and related links (some up to two times), photo credits, sources,
an editor's credit, investment and risk disclaimers, data delays, licence, reprint and
copyright lines, newsletter, app, messenger and social appeals, subscription prices in euros,
dollars, yen, reais, rupees, dirhams, roubles, naira and dong (several rising over the years,
some with a tax), notices reworded in 2016-2020, notices that follow the region's calendars
(votes in Germany, the US, France, India, Russia, Nigeria (one postponed by a week), Brazil,
Vietnam and New Zealand, the Brexit vote, trade wars and their deals, a market crash and a
circuit breaker, demonetisation, a goods and services tax, value added taxes, a consumption
tax rise, an era's name, sanctions, an oil crash, a truckers' strike, a fuel shortage,
floods, a derecho, an earthquake, a cattle disease, strikes and protests, lockdowns and
curfews, exchange holidays at Easter, Carnival, Thanksgiving, the New Year, the Spring
Festival, Tet, Diwali's special session and the Vikram Samvat new year, Ramadan and the Eids,
budgets, import fairs, farm shows and field days, an economic forum called off in 2020,
national days with their counts, a kite festival, a shopping day and the dairy
season's moving day), multi-line blocks, mid-body inserts, bare lines and families in only 4%
of articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
    digits,
    easter,
    last_weekday,
    nth_weekday,
    thanksgiving,
)
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
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

ONE = dt.timedelta(days=1)

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember")
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                   "Sonntag")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
CHINESE_WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
PORTUGUESE_WEEKDAYS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira",
                       "sexta-feira", "sábado", "domingo")
GUJARATI_MONTHS = ("જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ",
                   "સપ્ટેમ્બર", "ઑક્ટોબર", "નવેમ્બર", "ડિસેમ્બર")
GUJARATI_WEEKDAYS = ("સોમવાર", "મંગળવાર", "બુધવાર", "ગુરુવાર", "શુક્રવાર", "શનિવાર", "રવિવાર")
GUJARATI_ZERO = "\u0ae6"
GULF_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
               "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ARABIC_ZERO = "\u0660"
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
RUSSIAN_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                    "воскресенье")
VIETNAMESE_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
                       "Chủ Nhật")

# The Lunar New Year's day (the Spring Festival in Shanghai, Tet in Saigon: the same days in
# these years).
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}/{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def latest(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def months_since(day: dt.date) -> int:
    """Whole months from January 2015 to `day`'s month (0 in January 2015)."""
    return (day.year - 2015) * 12 + day.month - 1


def md_in(day: dt.date, *mds: tuple[int, int]) -> bool:
    """Whether `day`'s (month, day) is one of `mds`."""
    return (day.month, day.day) in mds


Close = tuple[dt.date, float, float]  # the trading day, its close, the change from the last


class Market:
    """A made-up price that moves on the days `is_open` says it trades: a random walk of
    steps of at most `swing` hundredths of a per cent, the same for the same `key`, pulled a
    little back towards `start` each time (so it stays in a plausible range). `on(day)`
    gives the latest close on or before `day`."""

    def __init__(self, key: str, start: float, swing: int,
                 is_open: Callable[[dt.date], bool]) -> None:
        self.is_open = is_open
        self.closes: dict[dt.date, tuple[float, float]] = {}
        level = start
        day = FIRST_DAY - dt.timedelta(days=20)
        while day <= LAST_DAY + dt.timedelta(days=5):
            if is_open(day):
                new = level * (1 + hashed(day, key, -swing, swing) / 10_000)
                new = round(new + (start - new) * 0.02, 2)
                self.closes[day] = (new, round(new - level, 2))
                level = new
            day += ONE

    def on(self, day: dt.date) -> Close:
        while day not in self.closes:
            day -= ONE
        return (day, *self.closes[day])

    def pct(self, day: dt.date) -> float:
        _, level, change = self.on(day)
        return round(100 * change / (level - change), 2)


def grouped(value: float, places: int, thousands: str, point: str) -> str:
    """`value` with `places` decimals, its thousands set off by `thousands`."""
    whole, _, frac = f"{value:,.{places}f}".partition(".")
    whole = whole.replace(",", thousands)
    return f"{whole}{point}{frac}" if places else whole


def signed(value: float, point: str = ".", places: int = 2) -> str:
    """`value` with its sign (+0.42, -1.05, ±0.00 as +0.00), in `point`'s notation."""
    return ("+" if value >= 0 else "-") + f"{abs(value):.{places}f}".replace(".", point)


# --- a German financial daily (Frankfurt am Main) ---------------------------------------------

DE_REDESIGN = dt.date(2018, 1, 3)  # relaunched on the day MiFID II took effect
DE_NEWSLETTER = dt.date(2019, 2, 4)


def de_open(day: dt.date) -> bool:
    """Whether Xetra trades on `day` (weekdays but the exchange's holidays)."""
    if day.weekday() >= 5 or md_in(day, (1, 1), (5, 1), (12, 24), (12, 25), (12, 26),
                                   (12, 31)):
        return False
    return day not in (easter(day.year) - 2 * ONE, easter(day.year) + ONE)


DAX = Market("dax", 11500.0, 160, de_open)


def _de_dax(day: dt.date) -> str:
    close, level, _ = DAX.on(day)
    return (f"DAX (Xetra-Schluss {GERMAN_WEEKDAYS[close.weekday()]}, {close.day:02d}."
            f"{close.month:02d}.): {grouped(level, 2, '.', ',')} Punkte, "
            f"{signed(DAX.pct(day), ',')} %")


def _de_dated(day: dt.date) -> str:
    if day < DE_REDESIGN:
        return f"Frankfurt, {day.day:02d}.{day.month:02d}.{day.year}, {{time}} Uhr"
    return (f"{GERMAN_WEEKDAYS[day.weekday()]}, {day.day}. {GERMAN_MONTHS[day.month - 1]} "
            f"{day.year} · {{time}} Uhr")


def _de_notice() -> Wordings:
    base = _steps((_OLD, "Folgen Sie der Redaktion auf Twitter: @FinanzkurierRM"),
                  (DE_NEWSLETTER.isoformat(), "📬 Börsenbrief am Morgen: der Newsletter vor "
                                              "Handelsbeginn, montags bis freitags"))
    news: list[Event] = [
        _span("2016-06-20", "2016-06-28", "🇬🇧 Brexit-Referendum: Märkte, Pfund und Banken "
                                          "im Liveblog"),
        _vote("2017-09-24", "🗳️ Bundestagswahl: was der Ausgang für Anleger bedeutet",
              before=5, after=1),
        _span("2020-03-09", "2020-04-30", "🦠 Corona-Crash: Kurse, Hilfsprogramme und "
                                          "Kurzarbeit im Liveticker"),
        _span("2020-06-18", "2020-06-30", "⚠️ Bilanzskandal bei einem DAX-Konzern: alle "
                                          "Entwicklungen im Überblick"),
    ]
    feasts = _movable(easter, 4, 1, lambda _: "🐣 Karfreitag und Ostermontag: kein Handel an "
                                              "der Frankfurter Börse")
    feasts += _yearly("09-09", 1, 0, lambda y: f"🏛️ {y - 1585} Jahre Börsenplatz Frankfurt")
    feasts += _yearly("10-30", 2, 0, lambda _: "🐷 Weltspartag: was Sparer jetzt über Zinsen "
                                               "wissen müssen")
    feasts += _yearly("12-20", 0, 11, lambda _: "🎄 Zwischen den Jahren: am 24. und 31. "
                                                "Dezember findet kein Xetra-Handel statt")
    return _calendar(base, news, feasts)


def frankfurt_style() -> PublisherStyle:
    """A German financial daily (Frankfurt am Main): a kicker, the city with a dotted date
    and time turned the weekday and the long date on the day MiFID II took effect (a wording
    per day), "Von" turned "Text:" with the markets desk, the DAX's close on each trading
    day, "Lesen Sie auch:" (up to twice), a photo credit from a pool, the reporting seasons,
    a social line turned a morning newsletter and turned by the Brexit vote, a federal
    election, the 2020 crash and an accounting scandal, the Easter closure, the exchange's
    age, World Savings Day and the year's end, a subscription price rising, a disclaimer, a
    conflict-of-interest line, a data-delay line, the imprint and a copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="finanzkurier-main.de", site="Finanzkurier Rhein-Main", base_size=240,
        subdomains=(("www.", 90), ("boerse.", 10)),
        sections=("maerkte", "unternehmen", "konjunktur", "anleihen", "rohstoffe", "devisen"),
        n_authors=10, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Märkte", "Unternehmen", "Konjunktur", "Anleihen", "Rohstoffe",
                       "Devisen", "Geldanlage", "Mittelstand"),
            "bild": ("dpa", "Reuters", "picture alliance", "Deutsche Börse AG", "Getty Images",
                     "Unternehmen"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("dated", HEADER, 0.85, *_by_day(_de_dated)),
            _f("autor", HEADER, 0.55, (_OLD, "Von {author}"),
               (DE_REDESIGN.isoformat(), "Text: {author} · Ressort Finanzen und Märkte")),
            _f("dax", HEADER, 0.3, *_by_day(_de_dax)),
            _f("lesen", MIDDLE, 0.3, (_OLD, "Lesen Sie auch: {other_title}"), count=2),
            _f("bild", MIDDLE, 0.25, (_OLD, "Foto: {bild}")),
            _f("berichtssaison", FOOTER, 0.12, *_seasons(
                ("01-20", "📊 Bilanzsaison: die Termine der Jahreszahlen im Überblick"),
                ("04-15", "📊 Hauptversammlungen: wann die Konzerne ihre Dividenden "
                          "beschließen"),
                ("07-15", "📊 Halbjahreszahlen: der Kalender der Berichtssaison"),
                ("10-15", "📊 Quartalszahlen: wer wann berichtet"))),
            _f("hinweis", FOOTER, 0.3, *_de_notice()),
            _f("abo", FOOTER, 0.15, (_OLD, "Digital-Abo: 9,90 € im Monat, monatlich kündbar"),
               ("2017-01-01", "Digital-Abo: 12,90 € im Monat, monatlich kündbar"),
               ("2019-07-01", "Digital-Abo: 14,90 € im Monat, für Studierende 7,45 €")),
            _f("anlage", FOOTER, 0.35, (_OLD, "Hinweis: Dieser Artikel ist keine Anlageberatung "
                                              "und keine Aufforderung zum Kauf oder Verkauf "
                                              "von Wertpapieren.")),
            _f("interessen", FOOTER, 0.1, (_OLD, "Der Autor hält keine Positionen in den hier "
                                                 "genannten Wertpapieren.")),
            _f("kursdaten", FOOTER, 0.3, (_OLD, "Kursdaten mindestens 15 Minuten verzögert, "
                                                "ohne Gewähr.")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Finanzkurier Rhein-Main GmbH · Mainzer "
                                                "Landstraße 0 · 60000 Frankfurt am Main")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Finanzkurier Rhein-Main. Alle Rechte "
                                                 "vorbehalten.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war der "
                                                 "Ausgabepreis der Aktie falsch angegeben.")),
        ),
    )


# --- an American grain and livestock market wire (Chicago) -----------------------------------

US_REDESIGN = dt.date(2017, 9, 1)  # relaunched on the first day of the new marketing year
US_NEWSLETTER = dt.date(2018, 6, 4)

FARM_PROGRESS = {2015: ("2015-09-01", "Decatur, Illinois"), 2016: ("2016-08-30", "Boone, Iowa"),
                 2017: ("2017-08-29", "Decatur, Illinois"), 2018: ("2018-08-28", "Boone, Iowa"),
                 2019: ("2019-08-27", "Decatur, Illinois"), 2020: ("2020-09-01", "")}
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")


def us_open(day: dt.date) -> bool:
    """Whether the grain pits trade on `day` (weekdays but the exchange's holidays)."""
    y = day.year
    if day.weekday() >= 5 or md_in(day, (1, 1), (7, 4), (12, 25)):
        return False
    return day not in (nth_weekday(y, 1, 0, 3), nth_weekday(y, 2, 0, 3),
                       easter(y) - 2 * ONE, last_weekday(y, 5, 0), nth_weekday(y, 9, 0, 1),
                       thanksgiving(y))


CORN = Market("corn", 3.95, 180, us_open)
SOYBEANS = Market("soybeans", 9.60, 150, us_open)
WHEAT = Market("wheat", 5.85, 200, us_open)


def bushel(price: float) -> str:
    """A futures price in dollars and cents a bushel, to the quarter cent ($3.84¾)."""
    quarters = round(price * 400)
    cents, quarter = divmod(quarters, 4)
    return f"${cents // 100}.{cents % 100:02d}{('', '¼', '½', '¾')[quarter]}"


def _us_close(day: dt.date) -> str:
    close = CORN.on(day)[0]
    return (f"CBOT close, {ENGLISH_WEEKDAYS[close.weekday()][:3]}. {AP_MONTHS[close.month - 1]} "
            f"{close.day}: corn {bushel(CORN.on(day)[1])}, soybeans {bushel(SOYBEANS.on(day)[1])}"
            f", wheat {bushel(WHEAT.on(day)[1])}")


def crop_season(day: dt.date) -> bool:
    """Whether the weekly crop progress report is out (its Mondays from April to November)."""
    return 4 <= latest(day, 0).month <= 11


def _us_progress(day: dt.date) -> str:
    if not crop_season(day):
        return "🌽 Crop Progress: the weekly report returns on the first Monday of April"
    sunday = latest(day, 0) - ONE
    return (f"🌽 Crop Progress, week ending {ENGLISH_MONTHS[sunday.month - 1]} {sunday.day}: "
            f"planting, condition and harvest by state")


def _us_outlook(day: dt.date) -> str:
    return (f"Monthly Outlook, {ENGLISH_MONTHS[day.month - 1]} {day.year}: what to watch in "
            f"the supply and demand report")


def _us_dated(day: dt.date) -> str:
    if day < US_REDESIGN:
        return f"CHICAGO, {AP_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"Updated {ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.day}, {day.year} at {{time12}} CT")


def _us_show(y: int) -> str:
    town = FARM_PROGRESS[y][1]
    if not town:
        return "🚜 The Farm Progress Show is virtual this year: our live coverage starts Tuesday"
    return f"🚜 Farm Progress Show {y} in {town}: visit our tent on Central Avenue"


def _us_notice() -> Wordings:
    base = _steps((_OLD, "Follow @HeartlandWire on Twitter for the closing bell"),
                  (US_NEWSLETTER.isoformat(), "📬 The Morning Bid: grains and livestock in "
                                              "your inbox before the open, free"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ Election Day: how farm country voted, county by county",
              before=2, after=1),
        _span("2018-07-02", "2018-08-31", "🇨🇳 Tariffs on U.S. soybeans: our trade dispute "
                                          "tracker"),
        _span("2019-03-15", "2019-04-30", "🌊 Missouri River flooding: barge, rail and "
                                          "elevator updates"),
        _span("2020-01-13", "2020-01-24", "✍️ The phase one trade deal: what China agreed to "
                                          "buy"),
        _span("2020-04-20", "2020-05-31", "🐖 Packing plant closures: our livestock "
                                          "slaughter tracker"),
        _span("2020-08-10", "2020-08-31", "🌪️ Derecho damage in Iowa: crop losses and "
                                          "flattened bins"),
        _vote("2020-11-03", "🗳️ Election 2020: what the results mean for farm policy",
              before=2, after=3),
    ]
    feasts = _movable(thanksgiving, 3, 1, lambda _: "🦃 Thanksgiving: markets closed "
                                                    "Thursday, early close Friday")
    feasts += _movable(easter, 3, 0, lambda _: "Good Friday: CME grain markets are closed")
    feasts += _movable(lambda y: dt.date.fromisoformat(FARM_PROGRESS[y][0]), 4, 2, _us_show)
    return _calendar(base, news, feasts)


def chicago_style() -> PublisherStyle:
    """An American grain and livestock market wire (Chicago): a kicker, a capitalised
    dateline with the AP month turned an update line with the weekday and time on the
    first day of the 2017 marketing year (a wording per day), "By" turned with the analyst's
    title, the closing futures prices to the quarter cent on each trading day, "RELATED:"
    (up to twice), a photo credit, the crop progress report each Monday in season, the
    monthly outlook, a social line turned a newsletter and turned by two elections, a trade
    dispute and its deal, floods, plant closures and a derecho, Thanksgiving and Good Friday
    closures and the farm show by its town (virtual in 2020), a subscription price rising,
    a risk disclaimer, a quote-delay line, the about line, the newsroom and a copyright line
    (a block), a rare correction."""
    return PublisherStyle(
        domain="heartlandcommoditywire.com", site="Heartland Commodity Wire", base_size=220,
        subdomains=(("www.", 80), ("markets.", 20)),
        sections=("grains", "livestock", "dairy", "weather", "policy", "inputs"),
        n_authors=8, url_path="/news/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("GRAINS", "LIVESTOCK", "DAIRY", "WEATHER", "FARM POLICY", "TRADE",
                       "INPUTS"),
            "role": ("Market Analyst", "Senior Grain Analyst", "Livestock Editor",
                     "Washington Correspondent"),
            "photo": ("USDA", "Getty Images", "HCW file photo", "CME Group", "courtesy photo"),
        },
        families=(
            _f("kicker", HEADER, 0.45, (_OLD, "{kicker}")),
            _f("dateline", HEADER, 0.85, *_by_day(_us_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (US_REDESIGN.isoformat(), "By {author}, {role}")),
            _f("close", HEADER, 0.3, *_by_day(_us_close)),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("progress", FOOTER, 0.2, *_by_day(_us_progress)),
            _f("outlook", FOOTER, 0.12, *_by_day(_us_outlook)),
            _f("notice", FOOTER, 0.3, *_us_notice()),
            _f("pro", FOOTER, 0.15, (_OLD, "HCW Pro: real-time quotes and charts for $29.95 a "
                                           "month"),
               ("2018-01-01", "HCW Pro: real-time quotes and charts for $34.95 a month"),
               ("2020-01-01", "HCW Pro: real-time quotes and charts for $39.95 a month or $399 "
                              "a year")),
            _f("risk", FOOTER, 0.35, (_OLD, "Trading futures and options involves substantial "
                                            "risk of loss and is not suitable for all "
                                            "investors.")),
            _f("delay", FOOTER, 0.3, (_OLD, "Quotes delayed at least 10 minutes. Grain prices "
                                            "in dollars per bushel.")),
            _f("about", FOOTER, 0.25, (_OLD, "Heartland Commodity Wire is an independent "
                                             "agricultural market news service.")),
            _f("newsroom", FOOTER, 0.3, (_OLD, "Newsroom: 312-000-0000 · "
                                               "desk@heartlandcommoditywire.com")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Heartland Commodity Wire. All rights "
                                                 "reserved. Do not redistribute.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: An earlier version of this "
                                                  "story misstated the March wheat "
                                                  "settlement.")),
        ),
    )


# --- a French business daily (Paris) ---------------------------------------------------------

FR_REDESIGN = dt.date(2018, 9, 3)  # relaunched for the rentrée
FR_NEWSLETTER = dt.date(2019, 1, 7)

SOLDES = _listed({2015: "2015-01-07", 2016: "2016-01-06", 2017: "2017-01-11",
                  2018: "2018-01-10", 2019: "2019-01-09", 2020: "2020-01-08"})
SALON_AGRICULTURE = _listed({2015: "2015-02-21", 2016: "2016-02-27", 2017: "2017-02-25",
                             2018: "2018-02-24", 2019: "2019-02-23", 2020: "2020-02-22"})


def fr_open(day: dt.date) -> bool:
    """Whether Euronext Paris trades on `day`."""
    if day.weekday() >= 5 or md_in(day, (1, 1), (5, 1), (12, 25), (12, 26)):
        return False
    return day not in (easter(day.year) - 2 * ONE, easter(day.year) + ONE)


CAC = Market("cac40", 5000.0, 170, fr_open)


def _fr_cac(day: dt.date) -> str:
    close, level, _ = CAC.on(day)
    return (f"CAC 40 (clôture du {FRENCH_WEEKDAYS[close.weekday()]} {close.day} "
            f"{FRENCH_MONTHS[close.month - 1]}) : {grouped(level, 2, ' ', ',')} points "
            f"({signed(CAC.pct(day), ',')} %)")


def barometer_number(day: dt.date) -> int:
    """The number of the monthly SME barometer out on `day` (on the first)."""
    return 88 + months_since(day)


def _fr_barometre(day: dt.date) -> str:
    return (f"Baromètre des PME n° {barometer_number(day)} – {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year} : moral des dirigeants, trésorerie, embauches")


def _fr_dated(day: dt.date) -> str:
    if day < FR_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year} à {{time}}"
    return (f"Le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} {FRENCH_MONTHS[day.month - 1]} "
            f"{day.year} à {{time}}")


def _fr_notice() -> Wordings:
    base = _steps((_OLD, "Suivez-nous sur LinkedIn et sur Twitter"),
                  (FR_NEWSLETTER.isoformat(), "📩 Le Courrier des Affaires chaque matin dans "
                                              "votre boîte : inscription gratuite"))
    news: list[Event] = [
        _vote("2017-04-23", "🗳️ Présidentielle, premier tour : la réaction des marchés",
              before=3, after=1),
        _vote("2017-05-07", "🗳️ Présidentielle, second tour : ce que prévoient les "
                            "programmes pour les entreprises", before=5, after=1),
        _span("2018-11-17", "2019-01-13", "🦺 Gilets jaunes : l'impact sur le commerce et la "
                                          "consommation"),
        _span("2019-12-05", "2020-01-19", "✊ Grève contre la réforme des retraites : "
                                          "transports et entreprises perturbés"),
        _span("2020-03-17", "2020-05-10", "🦠 Confinement : chômage partiel, prêts garantis "
                                          "et reports de charges"),
        _span("2020-10-30", "2020-12-14", "🦠 Reconfinement : les aides aux commerces "
                                          "fermés"),
    ]
    feasts = _movable(SOLDES, 0, 6, lambda y: f"🛍️ Soldes d'hiver {y} : premiers chiffres de "
                                              f"fréquentation")
    feasts += _movable(SALON_AGRICULTURE, 0, 8, lambda y: f"🐄 {y - 1963}e Salon international "
                                                          f"de l'agriculture : nos reportages")
    feasts += _movable(easter, 2, 1, lambda _: "Vendredi saint et lundi de Pâques : la Bourse "
                                               "de Paris est fermée")
    return _calendar(base, news, feasts)


def paris_style() -> PublisherStyle:
    """A French business daily (Paris): a kicker, "Publié le" with a slashed date and time
    turned the weekday, the long date and time at the 2018 rentrée (a wording per day),
    "Par" turned with the desk, the CAC 40's close on each trading day, "À lire aussi :" (up
    to twice), a photo credit, a source from a pool, the monthly barometer's number, the
    seasons of results and sales, a social line turned a newsletter and turned by two rounds
    of a vote, protests, a strike and two lockdowns, the winter sales, the farm show with its
    count and the Easter closure, a subscription price rising, a disclaimer, the company
    line, a reprint line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="courrier-affaires.fr", site="Le Courrier des Affaires", base_size=195,
        subdomains=(("www.", 100),),
        sections=("marches", "entreprises", "economie", "finance", "immobilier", "industrie"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Marchés", "Entreprises", "Industrie & Services", "Finance",
                         "Économie", "Immobilier", "Bourse", "PME"),
            "desk": ("service Marchés", "service Entreprises", "service Économie",
                     "correspondant à Lyon"),
            "credit": ("AFP", "Reuters", "SIPA", "Hans Lucas", "DR"),
            "source": ("Insee", "Banque de France", "Euronext", "Eurostat", "Urssaf"),
        },
        families=(
            _f("rubrique", HEADER, 0.4, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.8, *_by_day(_fr_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}"),
               (FR_REDESIGN.isoformat(), "{author}, {desk}")),
            _f("cac", HEADER, 0.25, *_by_day(_fr_cac)),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("credit", MIDDLE, 0.25, (_OLD, "© {credit}")),
            _f("source", FOOTER, 0.2, (_OLD, "Source : {source}")),
            _f("barometre", FOOTER, 0.15, *_by_day(_fr_barometre)),
            _f("saison", FOOTER, 0.12, *_seasons(
                ("02-01", "📊 Résultats annuels : le calendrier des publications du CAC 40"),
                ("06-24", "🏷️ Soldes d'été : le commerce attend le rebond"),
                ("07-20", "📊 Résultats semestriels : qui publie cette semaine"),
                ("11-15", "🎁 Fêtes de fin d'année : le commerce en ligne à l'épreuve"))),
            _f("avis", FOOTER, 0.3, *_fr_notice()),
            _f("abonnement", FOOTER, 0.15, (_OLD, "Abonnement numérique : 1 € le premier mois, "
                                                  "puis 15 € par mois"),
               (FR_REDESIGN.isoformat(), "Abonnement numérique : 1 € le premier mois, puis "
                                         "19 € par mois"),
               ("2020-09-01", "Abonnement numérique : 1 € le premier mois, puis 21 € par "
                              "mois, sans engagement")),
            _f("conseil", FOOTER, 0.3, (_OLD, "Les informations publiées ne constituent pas un "
                                              "conseil en investissement.")),
            _f("societe", FOOTER, 0.25, (_OLD, "Le Courrier des Affaires, SAS au capital de "
                                               "100 000 € – RCS Paris 000 000 000")),
            _f("reproduction", FOOTER, 0.25, (_OLD, "Toute reproduction, même partielle, est "
                                                    "interdite sans autorisation.")),
            _f("droits", FOOTER, 0.35, (_OLD, "© Le Courrier des Affaires {year}")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "Rectificatif : le chiffre d'affaires du "
                                                    "groupe a été corrigé dans cette "
                                                    "version.")),
        ),
    )


# --- a Japanese business paper (Osaka) -------------------------------------------------------

JP_REDESIGN = dt.date(2018, 4, 2)  # relaunched on the first business day of the fiscal year
REIWA = dt.date(2019, 5, 1)
JP_MAGAZINE = dt.date(2019, 11, 1)
JP_TAX = dt.date(2019, 10, 1)  # the consumption tax went from 8 to 10 per cent


def era(day: dt.date) -> str:
    """`day`'s year in the Japanese era (平成 to 30 April 2019, then 令和; the first year
    as 元年)."""
    name, year = ("令和", day.year - 2018) if day >= REIWA else ("平成", day.year - 1988)
    return f"{name}{'元' if year == 1 else year}年"


def jp_open(day: dt.date) -> bool:
    """Whether the Tokyo market trades on `day` (weekdays but the New Year and some fixed
    national holidays; a simplification)."""
    return day.weekday() < 5 and not md_in(
        day, (1, 1), (1, 2), (1, 3), (2, 11), (4, 29), (5, 3), (5, 4), (5, 5), (11, 3),
        (11, 23), (12, 31))


NIKKEI = Market("nikkei", 20500.0, 170, jp_open)


def _jp_nikkei(day: dt.date) -> str:
    close, level, change = NIKKEI.on(day)
    yen, sen = divmod(round(level * 100), 100)
    cyen, csen = divmod(round(abs(change) * 100), 100)
    sign = "+" if change >= 0 else "-"
    return (f"日経平均（{close.month}月{close.day}日終値）{yen:,}円{sen:02d}銭"
            f"（前日比{sign}{cyen:,}円{csen:02d}銭）")


def _jp_dated(day: dt.date) -> str:
    if day < JP_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"
    return (f"{era(day)}{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）"
            f"{{time}}更新")


def _jp_notice() -> Wordings:
    base = _steps((_OLD, "公式Twitterでも最新の経済ニュースを発信しています"),
                  (JP_MAGAZINE.isoformat(), "📩 無料メールマガジン「朝刊ダイジェスト」を平日毎朝"
                                            "お届けします"))
    news: list[Event] = [
        _span("2018-11-24", "2018-11-30", "🎉 2025年国際博覧会の大阪開催が決定しました"),
        _span("2019-04-01", "2019-04-07", "📜 新元号は「令和」：5月1日から改元"),
        _span("2019-06-24", "2019-06-30", "🚧 G20大阪サミット：会期中は大規模な交通規制が"
                                          "行われます"),
        _span("2019-09-16", "2019-10-14", "🧾 10月1日から消費税率10％：軽減税率の対象品目"
                                          "まとめ"),
        _span("2020-04-07", "2020-05-21", "🦠 緊急事態宣言：休業要請と支援策の最新情報"),
    ]
    feasts = _yearly("06-20", 0, 10, lambda y: f"🏢 株主総会シーズン{y}：主な企業の日程")
    feasts += _yearly("12-28", 0, 6, lambda _: "🎍 年末年始：東京証券取引所は12月31日から"
                                               "1月3日まで休場です")
    return _calendar(base, news, feasts)


def osaka_style() -> PublisherStyle:
    """A Japanese business paper (Osaka): a kicker, a slashed date with the time turned the
    era's date with the weekday and "更新" at the fiscal year 2018, and turned Reiwa on 1
    May 2019 (a wording per day), the reporter in brackets turned with the desk, the
    Nikkei's close in yen and sen on each trading day, "関連記事：" (up to twice), a photo
    credit, the seasons of results and bonuses, a social line turned a mail magazine and
    turned by the Expo decision, the era's name, the G20 summit, the consumption tax and the
    state of emergency, the shareholders' meetings and the New Year closure, a price with
    the tax turned at the tax rise, a disclaimer, the readers' centre, a reprint line and
    the copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="naniwa-keizai.co.jp", site="浪速経済新聞", base_size=170,
        subdomains=(("www.", 100),),
        sections=("market", "company", "economy", "finance", "kansai", "world"),
        n_authors=6, url_path="/article/{section}/{yyyy}{mm}{dd}-{n}",
        pools={
            "kubun": ("マーケット", "企業", "経済", "金融", "中小企業", "関西", "国際"),
            "bu": ("大阪経済部", "証券部", "国際部", "京都支局"),
            "shashin": ("共同", "ロイター", "本社撮影", "会社提供"),
        },
        families=(
            _f("kubun", HEADER, 0.45, (_OLD, "{kubun}")),
            _f("hizuke", HEADER, 0.8, *_by_day(_jp_dated)),
            _f("kisha", HEADER, 0.35, (_OLD, "（{author}）"),
               (JP_REDESIGN.isoformat(), "{author}（{bu}）")),
            _f("nikkei", HEADER, 0.25, *_by_day(_jp_nikkei)),
            _f("kanren", MIDDLE, 0.25, (_OLD, "関連記事：{other_title}"), count=2),
            _f("shashin", MIDDLE, 0.2, (_OLD, "（写真：{shashin}）")),
            _f("kisetsu", FOOTER, 0.12, *_seasons(
                ("01-25", "📊 決算発表シーズン：第3四半期決算の予定一覧"),
                ("04-20", "📊 本決算の発表が本格化しています"),
                ("06-01", "💴 夏のボーナス商戦が始まりました"),
                ("11-01", "🎁 年末商戦と歳末セールの動向"))),
            _f("oshirase", FOOTER, 0.3, *_jp_notice()),
            _f("koudoku", FOOTER, 0.15, (_OLD, "電子版：月額3,000円（税込）"),
               (JP_TAX.isoformat(), "電子版：月額3,056円（税込）")),
            _f("menseki", FOOTER, 0.3, (_OLD, "※本記事は投資の勧誘を目的としたものではありません。"
                                              "投資の判断はご自身でお願いします。")),
            _f("dokusha", FOOTER, 0.3, (_OLD, "【お問い合わせ】浪速経済新聞社 読者センター "
                                              "06-0000-0000")),
            _f("tensai", FOOTER, 0.3, (_OLD, "掲載記事・写真の無断転載を禁じます。")),
            _f("chosakuken", FOOTER, 0.35, (_OLD, "Copyright © {year} 浪速経済新聞社 All Rights "
                                                  "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】記事中の決算期に誤りがありました。"
                                              "訂正します。")),
        ),
    )


# --- a Chinese financial portal (Shanghai) ---------------------------------------------------

CN_REDESIGN = dt.date(2018, 10, 8)  # relaunched after the National Day holiday
CN_APP = dt.date(2019, 6, 3)
CIIE = _listed({2018: "2018-11-05", 2019: "2019-11-05", 2020: "2020-11-04"})


def cn_open(day: dt.date) -> bool:
    """Whether the Shanghai market trades on `day` (weekdays but the New Year, Labour Day,
    the National Day week and the Spring Festival week, extended in 2020)."""
    if day.weekday() >= 5 or md_in(day, (1, 1), (5, 1)) or (day.month == 10 and day.day <= 7):
        return False
    lny = dt.date.fromisoformat(LUNAR_NEW_YEAR[day.year]) if day.year in LUNAR_NEW_YEAR else None
    last = dt.date(2020, 2, 2) if day.year == 2020 else (lny + 5 * ONE if lny else None)
    return not (lny and lny - ONE <= day <= last)


SSE = Market("sse", 3000.0, 190, cn_open)


def _cn_index(day: dt.date) -> str:
    close, level, _ = SSE.on(day)
    pct = SSE.pct(day)
    return (f"沪指{close.month}月{close.day}日收报{level:.2f}点，{'涨' if pct >= 0 else '跌'}"
            f"{abs(pct):.2f}%")


def _cn_dated(day: dt.date) -> str:
    if day < CN_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return (f"{day.year}年{day.month:02d}月{day.day:02d}日 {{time}} "
            f"{CHINESE_WEEKDAYS[day.weekday()]}")


def _cn_notice() -> Wordings:
    base = _steps((_OLD, "关注申江财经微信公众号，获取盘后深度解读"),
                  (CN_APP.isoformat(), "📲 下载申江财经APP，7×24小时快讯随时看"))
    news: list[Event] = [
        _span("2015-07-01", "2015-07-31", "📉 A股剧烈波动：监管层连续出台稳定市场措施"),
        _span("2016-01-04", "2016-01-10", "⛔ 指数熔断机制实施四天后暂停：影响全解读"),
        _span("2018-07-02", "2018-07-20", "🚢 中美贸易摩擦升级：加征关税清单与行业影响"),
        _span("2019-07-22", "2019-07-28", "🔔 科创板正式开市：首批公司挂牌交易"),
        _span("2020-01-23", "2020-03-31", "🦠 疫情防控：复工复产与金融支持政策汇总"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 4, 5, lambda y: f"🧧 {y}年春节假期沪深交易所"
                                                               f"休市安排")
    feasts += _yearly("10-01", 3, 6, lambda _: "🇨🇳 国庆长假：10月1日至7日A股休市")
    feasts += _yearly("11-11", 3, 0, lambda y: f"🛒 双十一{y}：电商平台成交额实时追踪")
    feasts += _movable(CIIE, 2, 5, lambda y: f"🌐 第{y - 2017}届中国国际进口博览会在沪举办")
    return _calendar(base, news, feasts)


def shanghai_style() -> PublisherStyle:
    """A Chinese financial portal (Shanghai): a column kicker, the ISO date and time turned
    the long date, time and weekday after the 2018 National Day holiday (a wording per day),
    a source from a pool, "作者：" turned the reporter's credit, the Shanghai index's close on
    each trading day, "相关阅读：" (up to twice), a picture credit, the editor in charge, the
    reporting seasons, a social line turned an app and turned by the 2015 slump, the circuit
    breaker, a trade dispute, a new board and the epidemic, the Spring Festival and National
    Day closures, a shopping day and the import fair with its count, a disclaimer, a risk
    line, a reprint line, the reporting hotline and the licence number (a block), a rare
    correction."""
    return PublisherStyle(
        domain="sjcaijing.com.cn", site="申江财经", base_size=150,
        subdomains=(("www.", 70), ("finance.", 30)),
        sections=("stock", "macro", "company", "fund", "futures", "forex"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}/{n}.shtml",
        pools={
            "lanmu": ("股市", "宏观", "公司", "基金", "期货", "外汇", "科技"),
            "laiyuan": ("申江财经", "新华社", "证券时报", "中国证券网", "本站综合"),
            "tupian": ("视觉中国", "新华社", "IC photo", "受访者供图"),
        },
        families=(
            _f("lanmu", HEADER, 0.4, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.8, *_by_day(_cn_dated)),
            _f("laiyuan", HEADER, 0.5, (_OLD, "来源：{laiyuan}")),
            _f("zuozhe", HEADER, 0.4, (_OLD, "作者：{author}"),
               (CN_REDESIGN.isoformat(), "申江财经记者 {author}")),
            _f("hushi", HEADER, 0.25, *_by_day(_cn_index)),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相关阅读：{other_title}"), count=2),
            _f("tupian", MIDDLE, 0.2, (_OLD, "（图片来源：{tupian}）")),
            _f("bianji", FOOTER, 0.55, (_OLD, "（责任编辑：{author2}）")),
            _f("jijie", FOOTER, 0.12, *_seasons(
                ("01-20", "📑 年报业绩预告密集披露，警惕业绩变脸个股"),
                ("04-01", "📑 年报与一季报披露进入高峰期"),
                ("07-10", "📑 半年报业绩预告陆续出炉"),
                ("10-10", "📑 三季报披露季开启"))),
            _f("gonggao", FOOTER, 0.3, *_cn_notice()),
            _f("mianze", FOOTER, 0.3, (_OLD, "免责声明：本文仅代表作者观点，不构成投资建议，"
                                             "据此操作风险自担。")),
            _f("fengxian", FOOTER, 0.25, (_OLD, "投资有风险，入市须谨慎。")),
            _f("banquan", FOOTER, 0.3, (_OLD, "申江财经版权所有，未经书面授权不得转载。")),
            _f("jubao", FOOTER, 0.25, (_OLD, "违法和不良信息举报电话：021-00000000")),
            _f("beian", FOOTER, 0.3, (_OLD, "沪ICP备00000000号-1")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "【更正】本文此前版本中的营收数据有误，"
                                                 "现已更正。")),
        ),
    )


# --- a Brazilian farm-markets site (Londrina, Paraná) ----------------------------------------

BR_REDESIGN = dt.date(2019, 7, 1)  # relaunched with the 2019/20 crop plan
BR_WHATSAPP = dt.date(2018, 3, 5)

PLANO_SAFRA = _listed({2015: "2015-06-02", 2016: "2016-05-04", 2017: "2017-06-07",
                       2018: "2018-06-06", 2019: "2019-06-18", 2020: "2020-06-17"})
SHOW_RURAL = _listed({2015: "2015-02-02", 2016: "2016-02-01", 2017: "2017-02-06",
                      2018: "2018-02-05", 2019: "2019-02-04", 2020: "2020-02-03"})
EXPOLONDRINA = _listed({2015: "2015-04-09", 2016: "2016-04-07", 2017: "2017-04-06",
                        2018: "2018-04-05", 2019: "2019-04-04", 2020: "2020-04-02"})


def br_open(day: dt.date) -> bool:
    """Whether B3 trades on `day` (weekdays but the national holidays, Carnival, Good Friday
    and Corpus Christi)."""
    if day.weekday() >= 5 or md_in(day, (1, 1), (4, 21), (5, 1), (9, 7), (10, 12), (11, 2),
                                   (11, 15), (12, 25)):
        return False
    y = day.year
    return day not in (carnival_tuesday(y) - ONE, carnival_tuesday(y), easter(y) - 2 * ONE,
                       easter(y) + 60 * ONE)


SOJA = Market("soja-paranagua", 80.0, 130, br_open)


def _br_soja(day: dt.date) -> str:
    close, level, _ = SOJA.on(day)
    return (f"🌱 Soja em Paranaguá ({close.day:02d}/{close.month:02d}): R$ "
            f"{grouped(level, 2, '.', ',')} a saca de 60 kg ({signed(SOJA.pct(day), ',')}%)")


def _br_dated(day: dt.date) -> str:
    if day < BR_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return (f"{PORTUGUESE_WEEKDAYS[day.weekday()].capitalize()}, {day.day} de "
            f"{PORTUGUESE_MONTHS[day.month - 1]} de {day.year} · Atualizado às {{time}}")


def _br_expo(y: int) -> str:
    if y == 2020:
        return "🐂 ExpoLondrina 2020 cancelada: leilões passam para o formato virtual"
    return f"🐂 ExpoLondrina {y}: programação, leilões e julgamentos"


def _br_notice() -> Wordings:
    base = _steps((_OLD, "Siga o Agromercado no Instagram e no Facebook"),
                  (BR_WHATSAPP.isoformat(), "📲 Receba as cotações do dia no WhatsApp: "
                                            "cadastro gratuito"))
    news: list[Event] = [
        _span("2018-05-21", "2018-06-01", "🚚 Greve dos caminhoneiros: bloqueios, portos e "
                                          "abastecimento"),
        _vote("2018-10-07", "🗳️ Eleições 2018: o que propõem os candidatos para o agro",
              before=4, after=0),
        _vote("2018-10-28", "🗳️ Segundo turno: o que muda para o agronegócio", before=4,
              after=1),
        _span("2020-03-20", "2020-06-30", "🦠 Pandemia: funcionamento de cooperativas, "
                                          "armazéns e portos"),
    ]
    feasts = _movable(carnival_tuesday, 2, 1, lambda _: "🎭 Carnaval: B3 fechada na segunda "
                                                        "e na terça; na quarta, pregão a "
                                                        "partir das 13h")
    feasts += _movable(PLANO_SAFRA, 0, 6, lambda y: f"🌾 Plano Safra {y}/{(y + 1) % 100:02d}: "
                                                    f"juros, limites e linhas de crédito")
    feasts += _movable(SHOW_RURAL, 2, 4, lambda y: f"🚜 {y - 1988}º Show Rural Coopavel em "
                                                   f"Cascavel: cobertura completa")
    feasts += _movable(EXPOLONDRINA, 2, 9, _br_expo)
    return _calendar(base, feasts, news)  # the crop plan and the fair's news break in


def londrina_style() -> PublisherStyle:
    """A Brazilian farm-markets site (Londrina, Paraná): a kicker, a slashed date and time
    turned the weekday, the long date and an update time with the 2019/20 crop plan (a
    wording per day), "Por" turned with the town, the soybean price at the port on each
    trading day, "Leia também:" (up to twice), a photo credit, a source from a pool, the
    crop seasons, a social line turned a messenger appeal and turned by the truckers' strike,
    two rounds of a vote and the pandemic, the Carnival closure, the crop plan by its
    years, the farm show with its count and the city's fair (called off in 2020), a
    subscription price rising, a reference-price line, the address, a reprint line and a
    copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="agromercadopr.com.br", site="Agromercado Paraná", base_size=130,
        subdomains=(("www.", 75), ("", 25)),
        sections=("soja", "milho", "cafe", "trigo", "pecuaria", "clima"),
        n_authors=5, url_path="/noticias/{section}/{slug}",
        pools={
            "editoria": ("Soja", "Milho", "Café", "Trigo", "Pecuária", "Clima", "Mercado",
                         "Política agrícola"),
            "foto": ("Embrapa", "Divulgação", "Arquivo", "Agência de Notícias do Paraná"),
            "fonte": ("Cepea/Esalq", "Conab", "Deral/Seab", "B3", "IBGE"),
        },
        families=(
            _f("editoria", HEADER, 0.4, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.8, *_by_day(_br_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (BR_REDESIGN.isoformat(), "Por {author}, de Londrina")),
            _f("soja", HEADER, 0.25, *_by_day(_br_soja)),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("fonte", FOOTER, 0.25, (_OLD, "Fonte: {fonte}")),
            _f("safra", FOOTER, 0.12, *_seasons(
                ("01-15", "🌾 Colheita da soja avança no Paraná: acompanhe o boletim semanal"),
                ("06-01", "🌽 Colheita do milho safrinha e plantio do trigo"),
                ("09-11", "🌱 Fim do vazio sanitário: começa o plantio da soja"))),
            _f("aviso", FOOTER, 0.3, *_br_notice()),
            _f("assinatura", FOOTER, 0.15, (_OLD, "Assine o Agromercado Premium: R$ 29,90 por "
                                                  "mês"),
               ("2018-07-01", "Assine o Agromercado Premium: R$ 34,90 por mês"),
               ("2020-07-01", "Assine o Agromercado Premium: R$ 39,90 por mês ou R$ 399 por "
                              "ano")),
            _f("cotacoes", FOOTER, 0.3, (_OLD, "Cotações de referência, sujeitas a alteração "
                                               "sem aviso prévio.")),
            _f("endereco", FOOTER, 0.25, (_OLD, "Agromercado Paraná – Av. Higienópolis, 0 – "
                                                "Londrina (PR)")),
            _f("reproducao", FOOTER, 0.25, (_OLD, "É proibida a reprodução total ou parcial "
                                                  "sem autorização prévia.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Agromercado Paraná. Todos os "
                                                 "direitos reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a estimativa de produção citada foi "
                                              "corrigida nesta versão.")),
        ),
    )


# --- a Gujarati trade daily (Ahmedabad) ------------------------------------------------------

GU_REDESIGN = dt.date(2017, 7, 1)  # relaunched the day the goods and services tax began
GU_WHATSAPP = dt.date(2019, 1, 14)

BUDGET = _listed({2015: "2015-02-28", 2016: "2016-02-29", 2017: "2017-02-01",
                  2018: "2018-02-01", 2019: "2019-07-05", 2020: "2020-02-01"})
VIBRANT = {2015: ("2015-01-11", "2015-01-13"), 2017: ("2017-01-10", "2017-01-13"),
           2019: ("2019-01-18", "2019-01-20")}


def gujarati(number: int | str, width: int = 0) -> str:
    """`number` in Gujarati digits."""
    return digits(number, GUJARATI_ZERO, width)


def diwali(y: int) -> dt.date:
    return dt.date.fromisoformat(DIWALI[y])


def gu_open(day: dt.date) -> bool:
    """Whether the Bombay exchange trades on `day` (weekdays but some holidays and the day
    after Diwali; Diwali itself has its evening session)."""
    if day.weekday() >= 5 or md_in(day, (1, 26), (5, 1), (8, 15), (10, 2), (12, 25)):
        return False
    return day.year not in DIWALI or day != diwali(day.year) + ONE


SENSEX = Market("sensex", 33000.0, 130, gu_open)


def _gu_sensex(day: dt.date) -> str:
    close, level, _ = SENSEX.on(day)
    return (f"📈 સેન્સેક્સ ({close.day} {GUJARATI_MONTHS[close.month - 1]} બંધ): "
            f"{grouped(level, 2, ',', '.')} ({signed(SENSEX.pct(day))}%)")


def _gu_dated(day: dt.date) -> str:
    month = GUJARATI_MONTHS[day.month - 1]
    if day < GU_REDESIGN:
        return f"અમદાવાદ, {day.day} {month} {day.year}"
    return f"{GUJARATI_WEEKDAYS[day.weekday()]}, {gujarati(day.day)} {month} {gujarati(day.year)}"


def _gu_notice() -> Wordings:
    base = _steps((_OLD, "અમને ફેસબુક અને ટ્વિટર પર ફોલો કરો"),
                  (GU_WHATSAPP.isoformat(), "📲 શેરબજારના તાજા સમાચાર વોટ્સએપ પર મેળવો"))
    news: list[Event] = [
        _span("2016-11-09", "2016-12-30", "💸 ₹500 અને ₹1,000ની જૂની નોટો રદ: બેંકમાં જમા "
                                          "કરાવવાની છેલ્લી તારીખ 30 ડિસેમ્બર"),
        _span("2017-06-25", "2017-07-10", "🧾 1 જુલાઈથી જીએસટી લાગુ: વેપારીઓ માટે જરૂરી "
                                          "માહિતી"),
        _vote("2017-12-14", "🗳️ વિધાનસભા ચૂંટણી: મતદાન અને પરિણામ પર બજારની નજર", before=5,
              after=4),
        _vote("2019-04-23", "🗳️ લોકસભા ચૂંટણી: ગુજરાતમાં મતદાન, અવશ્ય મત આપો", before=5,
              after=0),
        _span("2019-05-23", "2019-05-24", "📊 લોકસભા ચૂંટણી પરિણામ: બજારની પ્રતિક્રિયા લાઈવ"),
        _span("2020-03-25", "2020-05-31", "🦠 લૉકડાઉન: માર્કેટ યાર્ડ અને હીરાબજાર બંધ"),
    ]
    feasts = _movable(BUDGET, 1, 1, lambda y: f"📑 કેન્દ્રીય બજેટ {y}: તમારા ખિસ્સા પર શી "
                                              f"અસર?")
    feasts += _movable(diwali, 2, 0, lambda _: "🪔 દિવાળીએ મુહૂર્ત ટ્રેડિંગ: સાંજે એક કલાકનું "
                                               "ખાસ સત્ર")
    feasts += _movable(lambda y: diwali(y) + ONE, 0, 1,
                       lambda y: f"🎉 નૂતન વર્ષાભિનંદન: વિક્રમ સંવત {gujarati(y + 57)}")
    feasts += _yearly("01-14", 0, 1, lambda _: "🪁 ઉત્તરાયણની હાર્દિક શુભેચ્છા")
    feasts += [_span(first, last, f"🤝 વાઇબ્રન્ટ ગુજરાત ગ્લોબલ સમિટ {y}: કરારોની વિગતો")
               for y, (first, last) in VIBRANT.items()]
    return _calendar(base, news, feasts)


def ahmedabad_style() -> PublisherStyle:
    """A Gujarati trade daily (Ahmedabad): a kicker, the city and the date turned the
    weekday and the date in Gujarati digits on the day the goods and services tax began (a
    wording per day), the bare name turned "અહેવાલ:", the Sensex's close on each trading day,
    "આ પણ વાંચો:" (up to twice), a picture credit, the crop and cotton seasons, a social line
    turned a messenger appeal and turned by demonetisation, the tax, two votes and their
    results and the lockdown, the budget (in July in 2019), Diwali's evening session, the
    Vikram Samvat new year with its count, the kite festival and the investors' summit, a
    yearly subscription rising, an investment disclaimer, the contact and a rights line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="vepardarpan.in", site="વેપાર દર્પણ", base_size=110,
        subdomains=(("www.", 100),),
        sections=("share-bazar", "commodity", "bullion", "economy", "company", "krushi"),
        n_authors=4, url_path="/{section}/{n}/{slug}",
        pools={
            "vibhag": ("શેરબજાર", "કોમોડિટી", "બુલિયન", "અર્થતંત્ર", "કંપની સમાચાર", "કૃષિ"),
            "tasvir": ("પીટીઆઈ", "રોઇટર્સ", "ફાઇલ તસવીર", "પ્રતીકાત્મક તસવીર"),
        },
        families=(
            _f("vibhag", HEADER, 0.4, (_OLD, "{vibhag}")),
            _f("tarikh", HEADER, 0.75, *_by_day(_gu_dated)),
            _f("lekhak", HEADER, 0.4, (_OLD, "{author}"),
               (GU_REDESIGN.isoformat(), "અહેવાલ: {author}")),
            _f("sensex", HEADER, 0.25, *_by_day(_gu_sensex)),
            _f("vancho", MIDDLE, 0.3, (_OLD, "આ પણ વાંચો: {other_title}"), count=2),
            _f("tasvir", MIDDLE, 0.15, (_OLD, "તસવીર: {tasvir}")),
            _f("mosam", FOOTER, 0.12, *_seasons(
                ("03-15", "🌾 રવી પાકની આવક: જીરું અને ઘઉંના ભાવ પર નજર"),
                ("06-15", "🌧️ ચોમાસું: ખરીફ વાવેતર અને બિયારણના ભાવ"),
                ("10-15", "🧺 કપાસની નવી આવક શરૂ: યાર્ડમાં ભાવ પર નજર"))),
            _f("suchna", FOOTER, 0.3, *_gu_notice()),
            _f("lavajam", FOOTER, 0.15, (_OLD, "વાર્ષિક લવાજમ: ₹1,200"),
               ("2018-04-01", "વાર્ષિક લવાજમ: ₹1,500"),
               ("2020-04-01", "વાર્ષિક લવાજમ: ₹1,800, ઈ-પેપર ₹600")),
            _f("salah", FOOTER, 0.3, (_OLD, "નોંધ: અહીં આપેલી માહિતી માત્ર જાણકારી માટે છે, "
                                            "રોકાણની સલાહ નથી.")),
            _f("sampark", FOOTER, 0.3, (_OLD, "સંપર્ક: વેપાર દર્પણ, આશ્રમ રોડ, અમદાવાદ · ફોન "
                                              "079-00000000")),
            _f("hakk", FOOTER, 0.35, (_OLD, "© {year} વેપાર દર્પણ. સર્વ હક્ક સુરક્ષિત.")),
            _f("sudharo", HEADER, 0.04, (_OLD, "સુધારો: અગાઉના અહેવાલમાં કંપનીનો નફો ખોટો "
                                               "છપાયો હતો.")),
        ),
    )


# --- an Arabic markets daily (Dubai) ---------------------------------------------------------

AE_REDESIGN = dt.date(2018, 1, 1)  # relaunched on the day value added tax began
AE_APP = dt.date(2019, 3, 3)


def arabic_digits(number: int | str, width: int = 0) -> str:
    """`number` in Arabic-Indic digits."""
    return digits(number, ARABIC_ZERO, width)


def ae_open(day: dt.date) -> bool:
    """Whether Brent futures trade on `day` (weekdays but Christmas and the New Year)."""
    return day.weekday() < 5 and not md_in(day, (1, 1), (12, 25))


BRENT = Market("brent", 60.0, 250, ae_open)


def _ae_brent(day: dt.date) -> str:
    close, level, _ = BRENT.on(day)
    return (f"🛢️ خام برنت (إغلاق {ARABIC_WEEKDAYS[close.weekday()]} {close.day} "
            f"{GULF_MONTHS[close.month - 1]}): {level:.2f} دولار للبرميل "
            f"({signed(BRENT.pct(day))}%)")


def _ae_dated(day: dt.date) -> str:
    month = GULF_MONTHS[day.month - 1]
    if day < AE_REDESIGN:
        return f"دبي - {ARABIC_WEEKDAYS[day.weekday()]} {day.day} {month} {day.year}"
    return (f"{ARABIC_WEEKDAYS[day.weekday()]}، {arabic_digits(day.day)} {month} "
            f"{arabic_digits(day.year)}")


def _ae_notice() -> Wordings:
    base = _steps((_OLD, "تابعونا على تويتر وإنستغرام"),
                  (AE_APP.isoformat(), "📲 حمّلوا تطبيق أسواق الخليج اليوم لمتابعة الأسعار "
                                       "لحظة بلحظة"))
    news: list[Event] = [
        _span("2017-12-17", "2017-12-31", "🧾 ضريبة القيمة المضافة بنسبة ٥٪ تبدأ في الأول "
                                          "من يناير"),
        _span("2019-12-05", "2019-12-15", "🛢️ أرامكو تبدأ التداول في السوق المالية "
                                          "السعودية"),
        _span("2020-04-09", "2020-04-14", "🛢️ أوبك+ تتفق على أكبر خفض للإنتاج في تاريخها"),
        _span("2020-04-20", "2020-04-22", "📉 الخام الأمريكي دون الصفر لأول مرة"),
        _span("2020-05-04", "2020-05-10", "📅 تأجيل إكسبو 2020 دبي إلى أكتوبر 2021"),
        _span("2020-03-15", "2020-06-30", "🦠 إجراءات الوقاية من كورونا: مواعيد عمل البنوك "
                                          "والأسواق"),
    ]
    national = _yearly("12-02", 1, 1, lambda y: f"🇦🇪 اليوم الوطني الـ{y - 1971}: كل عام "
                                                f"والإمارات بخير")
    eids = _movable(_listed(EID_FITR), 1, 3, lambda _: "🌙 عيد فطر سعيد: الأسواق المالية "
                                                       "في عطلة")
    eids += _movable(_listed(EID_ADHA), 1, 3, lambda _: "🐑 عيد أضحى مبارك: الأسواق المالية "
                                                        "في عطلة")
    ramadan = [(dt.date.fromisoformat(RAMADAN[y]),
                dt.date.fromisoformat(EID_FITR[y]) - ONE,
                "🕌 رمضان كريم: التداول في أسواق الأسهم من العاشرة صباحاً حتى الواحدة ظهراً")
               for y in YEARS]
    return _calendar(base, news, national, eids, ramadan)


def dubai_style() -> PublisherStyle:
    """An Arabic markets daily (Dubai): a kicker, the city with the weekday and the date
    turned the weekday and the date in Arabic-Indic digits on the day value added tax began
    (a wording per day), "كتب:" turned the city with the name, Brent's close on each trading
    day, "اقرأ أيضاً:" (up to twice), a photo credit, a source from a pool, the seasons, a
    social line turned an app and turned by the tax, a listing, a production cut, an oil
    crash, the Expo's postponement and the epidemic, National Day with its count, the Eids
    and Ramadan's trading hours, a subscription price turned with the tax, a disclaimer, the
    editors' address, a rights line and a reprint line (a block), a rare correction."""
    return PublisherStyle(
        domain="aswaqalkhaleej.ae", site="أسواق الخليج اليوم", base_size=95,
        subdomains=(("www.", 100),),
        sections=("markets", "energy", "realestate", "banks", "companies", "economy"),
        n_authors=4, url_path="/ar/{section}/{n}",
        pools={
            "qism": ("أسواق المال", "النفط والطاقة", "عقارات", "مصارف", "شركات", "اقتصاد"),
            "sura": ("رويترز", "أرشيفية", "من المصدر", "وام"),
            "masdar": ("سوق دبي المالي", "مصرف الإمارات المركزي", "أوبك", "وكالات"),
        },
        families=(
            _f("qism", HEADER, 0.4, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.75, *_by_day(_ae_dated)),
            _f("kataba", HEADER, 0.45, (_OLD, "كتب: {author}"),
               (AE_REDESIGN.isoformat(), "دبي - {author}")),
            _f("naft", HEADER, 0.25, *_by_day(_ae_brent)),
            _f("iqra", MIDDLE, 0.3, (_OLD, "اقرأ أيضاً: {other_title}"), count=2),
            _f("sura", MIDDLE, 0.15, (_OLD, "(الصورة: {sura})")),
            _f("masdar", FOOTER, 0.2, (_OLD, "المصدر: {masdar}")),
            _f("mawsim", FOOTER, 0.12, *_seasons(
                ("01-15", "📊 موسم توزيعات الأرباح: مواعيد الجمعيات العمومية"),
                ("06-15", "☀️ الصيف: عروض الفنادق وتراجع الإشغال"),
                ("10-01", "🏗️ موسم المعارض: أسبوع التقنية ومعارض العقار"))),
            _f("ilan", FOOTER, 0.3, *_ae_notice()),
            _f("ishtirak", FOOTER, 0.15, (_OLD, "الاشتراك الرقمي السنوي: 365 درهماً"),
               (AE_REDESIGN.isoformat(), "الاشتراك الرقمي السنوي: 383 درهماً شاملة ضريبة "
                                         "القيمة المضافة")),
            _f("tanwih", FOOTER, 0.3, (_OLD, "تنويه: المعلومات الواردة لأغراض إعلامية فقط ولا "
                                             "تُعد توصية بالشراء أو البيع.")),
            _f("tawasul", FOOTER, 0.25, (_OLD, "للتواصل مع التحرير: editor@aswaqalkhaleej.ae")),
            _f("huquq", FOOTER, 0.35, (_OLD, "جميع الحقوق محفوظة © {year} أسواق الخليج اليوم")),
            _f("naql", FOOTER, 0.2, (_OLD, "يُمنع النقل أو الاقتباس دون إذن مسبق.")),
            _f("taswib", HEADER, 0.04, (_OLD, "تصويب: ورد سعر السهم خطأً في نسخة سابقة من "
                                              "الخبر.")),
        ),
    )


# --- a Russian business daily (Moscow) -------------------------------------------------------

RU_REDESIGN = dt.date(2019, 1, 9)  # relaunched on the first working day of 2019
RU_TELEGRAM = dt.date(2018, 6, 1)

PMEF = _listed({2015: "2015-06-18", 2016: "2016-06-16", 2017: "2017-06-01",
                2018: "2018-05-24", 2019: "2019-06-06", 2020: "2020-06-03"})


def ru_rate_day(day: dt.date) -> bool:
    """Whether the central bank's rates take effect on `day` (Tuesday to Saturday, set the
    working day before; none over the New Year holidays)."""
    return 1 <= day.weekday() <= 5 and not (day.month == 1 and day.day <= 9)


USD_RUB = Market("usd-rub", 64.0, 110, ru_rate_day)
EUR_RUB = Market("eur-rub", 72.0, 100, ru_rate_day)


def _ru_rates(day: dt.date) -> str:
    set_for, usd, _ = USD_RUB.on(day)
    eur = EUR_RUB.on(day)[1]
    return (f"💱 Курсы ЦБ на {set_for.day:02d}.{set_for.month:02d}: доллар — "
            f"{grouped(usd, 2, ' ', ',')} руб., евро — {grouped(eur, 2, ' ', ',')} руб.")


def _ru_dated(day: dt.date) -> str:
    if day < RU_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return (f"{RUSSIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
            f"{RUSSIAN_MONTHS[day.month - 1]} {day.year}, {{time}}")


def _ru_forum(y: int) -> str:
    if y == 2020:
        return "📅 ПМЭФ-2020 не состоится: форум перенесён на следующий год"
    return f"🏛️ ПМЭФ-{y}: прямая трансляция с Петербургского форума"


def _ru_notice() -> Wordings:
    base = _steps((_OLD, "Читайте нас в Яндекс.Дзене"),
                  (RU_TELEGRAM.isoformat(), "📲 Главное за день — в нашем Telegram-канале"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ Выборы в Госдуму: программы партий для бизнеса", before=5,
              after=0),
        _vote("2018-03-18", "🗳️ Выборы президента: чего ждут рынки", before=5, after=0),
        _span("2018-04-09", "2018-04-20", "⚠️ Новые санкции: как реагируют рубль и акции"),
        _span("2020-03-09", "2020-03-27", "📉 Обвал нефти и рубля: онлайн-трансляция"),
        _span("2020-03-30", "2020-05-11", "🦠 Нерабочие дни: какие меры поддержки положены "
                                          "бизнесу"),
        _span("2020-06-25", "2020-07-01", "🗳️ Голосование по поправкам к Конституции"),
    ]
    feasts = _movable(PMEF, 3, 3, _ru_forum)
    feasts += _yearly("09-08", 0, 0, lambda _: "💼 8 сентября — День финансиста")
    feasts += _yearly("12-29", 0, 10, lambda _: "🎄 С Новым годом! До 10 января редакция "
                                                "работает в праздничном режиме")
    return _calendar(base, news, feasts)


def moscow_style() -> PublisherStyle:
    """A Russian business daily (Moscow): a kicker, a dotted date and time turned the
    weekday, the long date and time on the first working day of 2019 (a wording per day),
    the bare name turned "Текст:", the central bank's rates on each day they take effect,
    "Читайте также:" (up to twice), a photo credit and a source from pools, the seasons of
    reports and dividends, a social line turned a messenger channel and turned by two
    votes, sanctions, the oil crash, the non-working days and the constitutional vote, the
    economic forum (called off in 2020), Financiers' Day and the New Year, a subscription
    price rising, the registration, the address, a rights line and the age rating (a
    block), a rare correction."""
    return PublisherStyle(
        domain="delovoyvestnik.ru", site="Деловой вестник", base_size=80,
        subdomains=(("www.", 60), ("", 40)),
        sections=("finance", "markets", "companies", "economy", "realty", "energy"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "rubrika": ("Финансы", "Рынки", "Компании", "Экономика", "Недвижимость",
                        "Энергетика"),
            "foto": ("ТАСС", "РИА Новости", "пресс-служба компании", "Shutterstock"),
            "istochnik": ("Росстат", "Банк России", "Мосбиржа", "Минэкономразвития",
                          "Интерфакс"),
        },
        families=(
            _f("rubrika", HEADER, 0.4, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.7, *_by_day(_ru_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "{author}"),
               (RU_REDESIGN.isoformat(), "Текст: {author}")),
            _f("kurs", HEADER, 0.25, *_by_day(_ru_rates)),
            _f("chitayte", MIDDLE, 0.3, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("istochnik", FOOTER, 0.2, (_OLD, "Источник: {istochnik}")),
            _f("sezon", FOOTER, 0.12, *_seasons(
                ("03-01", "📊 Сезон годовой отчётности: кто и когда публикует результаты"),
                ("05-15", "💰 Дивидендный сезон: даты отсечек и размеры выплат"),
                ("08-01", "📊 Полугодовые отчёты: календарь публикаций"))),
            _f("obyavlenie", FOOTER, 0.3, *_ru_notice()),
            _f("podpiska", FOOTER, 0.15, (_OLD, "Подписка на электронную версию: 299 руб. в "
                                                "месяц"),
               ("2017-01-01", "Подписка на электронную версию: 399 руб. в месяц"),
               ("2019-09-01", "Подписка на электронную версию: 499 руб. в месяц")),
            _f("svidetelstvo", FOOTER, 0.25, (_OLD, "Свидетельство о регистрации СМИ Эл № "
                                                    "ФС77-00000")),
            _f("adres", FOOTER, 0.25, (_OLD, "Адрес редакции: 125000, Москва, ул. Тверская, "
                                             "0")),
            _f("prava", FOOTER, 0.35, (_OLD, "© {year} «Деловой вестник». Перепечатка только "
                                             "с письменного согласия редакции.")),
            _f("vozrast", FOOTER, 0.3, (_OLD, "18+")),
            _f("popravka", HEADER, 0.04, (_OLD, "Поправка: в первой версии статьи была неверно "
                                                "указана выручка компании.")),
        ),
    )


# --- a Nigerian business daily (Lagos) -------------------------------------------------------

NG_REDESIGN = dt.date(2016, 10, 1)  # relaunched on Independence Day
NG_WHATSAPP = dt.date(2018, 9, 3)


def ng_open(day: dt.date) -> bool:
    """Whether the Lagos exchange trades on `day` (weekdays but some public holidays; June
    12 from 2019)."""
    if day.weekday() >= 5 or md_in(day, (1, 1), (5, 1), (10, 1), (12, 25), (12, 26)):
        return False
    return not (day.year >= 2019 and md_in(day, (6, 12)))


ASI = Market("ngx-asi", 30000.0, 110, ng_open)


def _ng_asi(day: dt.date) -> str:
    close, level, _ = ASI.on(day)
    return (f"NSE All-Share Index, {ENGLISH_WEEKDAYS[close.weekday()]}'s close: "
            f"{grouped(level, 2, ',', '.')} points ({signed(ASI.pct(day))}%)")


def _ng_dated(day: dt.date) -> str:
    if day < NG_REDESIGN:
        return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {day.day:02d} {ENGLISH_MONTHS[day.month - 1]} "
            f"{day.year} | {{time12}}")


def _ng_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Twitter @LagosCommerce"),
                  (NG_WHATSAPP.isoformat(), "📲 Get our morning market brief on WhatsApp: "
                                            "text START to 0800 000 0000"))
    news: list[Event] = [
        _vote("2015-03-28", "🗳️ General elections: results as the electoral commission "
                            "announces them", before=5, after=3),
        _span("2017-09-05", "2017-09-10", "📈 Out of recession: what the GDP numbers show"),
        _span("2017-12-18", "2018-01-05", "⛽ Fuel queues in Lagos: where to find petrol "
                                          "today"),
        _span("2019-02-10", "2019-02-15", "🗳️ Presidential election on Saturday: what "
                                          "investors are watching"),
        _span("2019-02-16", "2019-02-22", "🗳️ Elections postponed by one week to Saturday 23 "
                                          "February"),
        _span("2019-02-23", "2019-02-28", "🗳️ Election results: live updates from the "
                                          "collation centre"),
        _span("2020-03-30", "2020-05-03", "🦠 Lockdown in Lagos: banks, markets and the "
                                          "exchange"),
        _span("2020-10-20", "2020-10-31", "🚫 Curfew in Lagos: our coverage continues "
                                          "online"),
    ]
    feasts = _yearly("10-01", 1, 0, lambda y: f"🇳🇬 Happy {y - 1960}th Independence "
                                              f"anniversary, Nigeria")
    feasts += _movable(_listed(EID_FITR), 1, 1, lambda _: "🌙 Eid Mubarak: markets closed for "
                                                          "the public holidays")
    feasts += _yearly("06-12", 1, 0, lambda _: "🇳🇬 Democracy Day: markets closed",
                      years=range(2019, 2021))
    return _calendar(base, news, feasts)


def lagos_style() -> PublisherStyle:
    """A Nigerian business daily (Lagos): a kicker, the date turned the weekday, the date and
    time on Independence Day 2016 (a wording per day), "By" turned with the city, the
    all-share index's close on each trading day, "ALSO READ:" (up to twice), a photo credit,
    a columnist's disclaimer, the seasons of results and dividends, a social line turned a
    messenger appeal and turned by two elections (the second postponed by a week), the end
    of a recession, a fuel shortage, the lockdown and a curfew, Independence with its
    count, Eid and Democracy Day from 2019, a subscription price rising, the address, a
    rights line and a copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="lagoscommercejournal.com.ng", site="Lagos Commerce Journal", base_size=60,
        subdomains=(("www.", 100),),
        sections=("markets", "companies", "economy", "banking", "energy", "agro"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("Markets", "Companies", "Economy", "Banking & Finance", "Oil & Gas",
                       "Agribusiness", "Tech"),
            "photo": ("NAN", "Reuters", "file photo", "company handout"),
        },
        families=(
            _f("kicker", HEADER, 0.4, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.7, *_by_day(_ng_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (NG_REDESIGN.isoformat(), "By {author} | Lagos")),
            _f("asi", HEADER, 0.2, *_by_day(_ng_asi)),
            _f("also-read", MIDDLE, 0.3, (_OLD, "ALSO READ: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.15, (_OLD, "Photo: {photo}")),
            _f("views", FOOTER, 0.12, (_OLD, "The views expressed in this column are the "
                                             "writer's own.")),
            _f("season", FOOTER, 0.12, *_seasons(
                ("01-15", "📊 Earnings season: full-year results from the listed banks"),
                ("04-01", "💰 Dividend season: qualification and payment dates"),
                ("07-15", "📊 Half-year results: who reports this week"))),
            _f("notice", FOOTER, 0.3, *_ng_notice()),
            _f("subscribe", FOOTER, 0.15, (_OLD, "Subscribe: ₦15,000 a year for print and "
                                                 "digital"),
               ("2018-01-01", "Subscribe: ₦20,000 a year for print and digital"),
               ("2020-07-01", "Subscribe: ₦25,000 a year for print and digital, ₦12,000 "
                              "digital only")),
            _f("address", FOOTER, 0.25, (_OLD, "Lagos Commerce Journal, 0 Marina, Lagos Island, "
                                               "Lagos")),
            _f("rights", FOOTER, 0.25, (_OLD, "All rights reserved. This material may not be "
                                              "reproduced without written permission.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Lagos Commerce Journal")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "report gave the wrong dividend per "
                                                  "share.")),
        ),
    )


# --- a Vietnamese trade site (Ho Chi Minh City) ----------------------------------------------

VN_REDESIGN = dt.date(2019, 2, 11)  # relaunched after the Tet holiday of 2019
VN_NEWSLETTER = dt.date(2019, 10, 1)


def _every_day(_: dt.date) -> bool:
    return True


GOLD = Market("sjc-gold", 38.0, 70, _every_day)


def _vn_gold(day: dt.date) -> str:
    buy = GOLD.on(day)[1]
    return (f"🪙 Giá vàng SJC {VIETNAMESE_WEEKDAYS[day.weekday()].lower()} {day.day}/"
            f"{day.month}: mua {grouped(buy, 2, '.', ',')} – bán "
            f"{grouped(buy + 0.2, 2, '.', ',')} triệu đồng/lượng")


def _vn_dated(day: dt.date) -> str:
    if day < VN_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return (f"{VIETNAMESE_WEEKDAYS[day.weekday()]}, {day.day}/{day.month}/{day.year}, "
            f"{{time}} (GMT+7)")


def _vn_notice() -> Wordings:
    base = _steps((_OLD, "Theo dõi Thương Trường Sài Gòn trên Facebook và Zalo"),
                  (VN_NEWSLETTER.isoformat(), "📩 Đăng ký bản tin Thương Trường buổi sáng "
                                              "qua email"))
    news: list[Event] = [
        _vote("2016-05-22", "🗳️ Bầu cử đại biểu Quốc hội và HĐND: cử tri đi bầu ngày 22/5",
              before=5, after=0),
        _span("2019-01-10", "2019-01-20", "🤝 CPTPP có hiệu lực với Việt Nam từ ngày 14/1"),
        _span("2019-03-01", "2019-04-15", "🐖 Dịch tả lợn châu Phi: giá thịt heo và nguồn "
                                          "cung"),
        _span("2020-04-01", "2020-04-22", "🦠 Giãn cách xã hội: cửa hàng không thiết yếu "
                                          "tạm đóng cửa"),
        _span("2020-07-28", "2020-08-10", "🤝 EVFTA có hiệu lực từ 1/8: cơ hội cho hàng xuất "
                                          "khẩu"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 5, 5, lambda y: f"🧧 Chúc mừng năm mới {y}: "
                                                               f"tòa soạn nghỉ Tết")
    feasts += _yearly("04-30", 1, 1, lambda _: "🇻🇳 Nghỉ lễ 30/4 và 1/5: lịch giao dịch "
                                               "của ngân hàng")
    feasts += _yearly("09-02", 0, 0, lambda y: f"🇻🇳 Kỷ niệm {y - 1945} năm Quốc khánh 2/9")
    return _calendar(base, news, feasts)


def saigon_style() -> PublisherStyle:
    """A Vietnamese trade site (Ho Chi Minh City): a kicker, a slashed date and time turned
    the weekday, the date, the time and the time zone after the 2019 Tet holiday (a wording
    per day), the bare name turned "Bài và ảnh:", the day's gold price, "Xem thêm:" (up to
    twice), a photo credit and a source from pools, the trading seasons, a social line
    turned a newsletter and turned by a vote, two trade agreements, swine fever and social
    distancing, Tet, the April holidays and National Day with its count, the paper's price
    rising, the licence, the newsroom's address and a rights line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="thuongtruongsaigon.vn", site="Thương Trường Sài Gòn", base_size=45,
        subdomains=(("", 100),),
        sections=("thi-truong", "doanh-nghiep", "tai-chinh", "bat-dong-san", "xuat-nhap-khau"),
        n_authors=3, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Thị trường", "Doanh nghiệp", "Tài chính", "Bất động sản",
                          "Xuất nhập khẩu", "Nông sản"),
            "anh": ("TTXVN", "Tư liệu", "Minh họa", "Doanh nghiệp cung cấp"),
            "nguon": ("Tổng cục Thống kê", "Bộ Công Thương", "Hải quan", "Ngân hàng Nhà nước"),
        },
        families=(
            _f("chuyenmuc", HEADER, 0.4, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.7, *_by_day(_vn_dated)),
            _f("tacgia", HEADER, 0.4, (_OLD, "{author}"),
               (VN_REDESIGN.isoformat(), "Bài và ảnh: {author}")),
            _f("vang", HEADER, 0.2, *_by_day(_vn_gold)),
            _f("xemthem", MIDDLE, 0.25, (_OLD, "Xem thêm: {other_title}"), count=2),
            _f("anh", MIDDLE, 0.15, (_OLD, "Ảnh: {anh}")),
            _f("nguon", FOOTER, 0.2, (_OLD, "Nguồn: {nguon}")),
            _f("mua", FOOTER, 0.12, *_seasons(
                ("01-02", "🧧 Mùa mua sắm Tết: sức mua và giá cả các mặt hàng thiết yếu"),
                ("05-15", "🥭 Mùa trái cây xuất khẩu: giá sầu riêng, thanh long, xoài"),
                ("10-01", "🌾 Vụ lúa thu đông: giá lúa gạo tại Đồng bằng sông Cửu Long"))),
            _f("thongbao", FOOTER, 0.3, *_vn_notice()),
            _f("giabao", FOOTER, 0.12, (_OLD, "Giá báo in: 6.000 đồng/số"),
               ("2018-01-01", "Giá báo in: 8.000 đồng/số"),
               ("2020-01-01", "Giá báo in: 8.000 đồng/số; báo điện tử 50.000 đồng/tháng")),
            _f("giayphep", FOOTER, 0.25, (_OLD, "Giấy phép số 000/GP-BTTTT")),
            _f("toasoan", FOOTER, 0.25, (_OLD, "Tòa soạn: 0 Nguyễn Huệ, Quận 1, TP.HCM")),
            _f("banquyen", FOOTER, 0.35, (_OLD, "© {year} Thương Trường Sài Gòn. Ghi rõ nguồn "
                                                "khi phát hành lại thông tin từ website "
                                                "này.")),
            _f("dinhchinh", HEADER, 0.04, (_OLD, "Đính chính: số liệu kim ngạch xuất khẩu đã "
                                                 "được sửa lại.")),
        ),
    )


# --- a small New Zealand dairy trade letter (Hamilton, Waikato) -------------------------------

NZ_REDESIGN = dt.date(2018, 6, 1)  # relaunched on the first day of the 2018/19 dairy season
NZ_NEWSLETTER = dt.date(2019, 6, 3)
GDT_FIRST = dt.date(2015, 1, 6)  # an auction Tuesday; they come every other week

FIELDAYS = _listed({2015: "2015-06-10", 2016: "2016-06-15", 2017: "2017-06-14",
                    2018: "2018-06-13", 2019: "2019-06-12", 2020: "2020-07-19"})
FORECASTS = {2014: "$4.70", 2015: "$3.90–$4.40", 2016: "$6.00–$6.25", 2017: "$6.40–$6.60",
             2018: "$6.25–$6.50", 2019: "$7.00–$7.30", 2020: "$5.90–$6.90"}


def gdt_day(day: dt.date) -> bool:
    """Whether a dairy auction is held on `day` (every other Tuesday)."""
    return day.weekday() == 1 and (day - GDT_FIRST).days % 14 == 0


GDT = Market("gdt", 3000.0, 300, gdt_day)


def gdt_event(day: dt.date) -> int:
    """The number of the latest auction on or before `day`."""
    return 129 + (GDT.on(day)[0] - GDT_FIRST).days // 14


def dairy_season(day: dt.date) -> int:
    """The year the dairy season `day` falls in starts (seasons run from 1 June)."""
    return day.year if day.month >= 6 else day.year - 1


def _nz_gdt(day: dt.date) -> str:
    held, level, _ = GDT.on(day)
    return (f"🥛 GDT event {gdt_event(day)} ({held.day} {ENGLISH_MONTHS[held.month - 1][:3]}): "
            f"index {signed(GDT.pct(day))}%, average US${grouped(level, 0, ',', '.')}/t")


def _nz_forecast(day: dt.date) -> str:
    y = dairy_season(day)
    return (f"Farmgate milk price forecast for {y}/{(y + 1) % 100:02d}: {FORECASTS[y]} per "
            f"kgMS")


def _nz_dated(day: dt.date) -> str:
    if day < NZ_REDESIGN:
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()][:3]} {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.year}")


def _nz_fieldays(y: int) -> str:
    if y == 2020:
        return "🚜 Fieldays goes online this year: browse the virtual sites"
    return f"🚜 Fieldays {y} at Mystery Creek: find us in the dairy pavilion"


def _nz_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook for the auction results"),
                  (NZ_NEWSLETTER.isoformat(), "📬 Sign up for the Tuesday GDT wrap, free to "
                                              "your inbox"))
    news: list[Event] = [
        _span("2016-11-14", "2016-11-25", "⚠️ Kaikōura earthquake: road and rail links for "
                                          "milk tankers"),
        _vote("2017-09-23", "🗳️ Election 2017: where the parties stand on water and "
                            "farming", before=6, after=1),
        _span("2018-05-28", "2018-06-10", "🐄 Mycoplasma bovis: what the eradication plan "
                                          "means for your herd"),
        _span("2020-03-25", "2020-05-13", "🦠 Alert levels: dairy is an essential service "
                                          "and the tankers keep running"),
        _vote("2020-10-17", "🗳️ Election 2020: where the parties stand on water and "
                            "farming", before=6, after=1),
    ]
    feasts = _movable(FIELDAYS, 3, 3, _nz_fieldays)
    feasts += _yearly("06-01", 3, 0, lambda _: "🚚 Moving day: take care around stock trucks "
                                               "on rural roads")
    return _calendar(base, news, feasts)


def waikato_style() -> PublisherStyle:
    """A small New Zealand dairy trade letter (Hamilton, Waikato): the date turned the short
    weekday and month on the first day of the 2018/19 season (a wording per day), "By", the
    latest fortnightly dairy auction with its number, the milk price forecast turning with
    each season, "See also:" once, the farming seasons, a social line turned a newsletter
    and turned by an earthquake, two elections, a cattle disease and the alert levels, the
    field days (online in 2020) and moving day, a subscription price turned with the tax, a
    price disclaimer, the postal address and a copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="dairytrader.co.nz", site="Waikato Dairy Trader", base_size=30,
        subdomains=(("www.", 100),),
        sections=("markets", "farming", "news"),
        n_authors=2, url_path="/{section}/{slug}",
        families=(
            _f("dated", HEADER, 0.6, *_by_day(_nz_dated)),
            _f("by", HEADER, 0.45, (_OLD, "By {author}")),
            _f("gdt", HEADER, 0.25, *_by_day(_nz_gdt)),
            _f("forecast", FOOTER, 0.2, *_by_day(_nz_forecast)),
            _f("see-also", MIDDLE, 0.15, (_OLD, "See also: {other_title}")),
            _f("season", FOOTER, 0.15, *_seasons(
                ("03-01", "🍂 Autumn: drying off, body condition and winter feed budgets"),
                ("07-15", "🐮 Calving: the busiest weeks of the year on the farm"),
                ("10-01", "🌱 Peak milk: pasture cover and silage making"))),
            _f("notice", FOOTER, 0.3, *_nz_notice()),
            _f("subscription", FOOTER, 0.15, (_OLD, "Subscription: $95 a year"),
               (NZ_REDESIGN.isoformat(), "Subscription: $110 a year incl. GST")),
            _f("indicative", FOOTER, 0.3, (_OLD, "Prices are indicative only: check with your "
                                                 "processor before you make decisions.")),
            _f("postal", FOOTER, 0.3, (_OLD, "Waikato Dairy Trader, PO Box 0000, Hamilton "
                                             "3240")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Waikato Dairy Trader")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the auction's whole milk powder "
                                                  "price has been amended.")),
        ),
    )


def heldout113_styles() -> list[PublisherStyle]:
    """The held-back-113 styles, in the order the generator hands them to publishers."""
    return [
        frankfurt_style(), chicago_style(), paris_style(), osaka_style(), shanghai_style(),
        londrina_style(), ahmedabad_style(), dubai_style(), moscow_style(), lagos_style(),
        saigon_style(), waikato_style(),
    ]
