"""The ``held-back-134`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-128 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an "Advertisement" marker or a "may earn a commission" line. The publishers are arts,
culture and books media in English, French, German, Italian, Czech, Japanese and Spanish: a
British theatre and dance review magazine, a German film magazine, a French literary
magazine, an Italian music magazine, a Spanish fine-arts museum's news pages, a Japanese
film and stage magazine, a Czech cultural review, a British literary festival's newsroom, an
American art museum's press room, a Mexican literary magazine, an Italian book-review and
affiliate site and a German municipal theatre. The families are the kinds a crawl of such
sites holds: dates localised day by day in English (British and American, the AP's month
abbreviations), German, French, Italian, Czech (genitive months), Japanese (with the Heisei
and, from 1 May 2019, the Reiwa era year) and Spanish (Spain and Mexico), several changing
form on a redesign day (Berlinale, Sanremo, the rentrée, the Tokyo film festival, Svět
knihy, FIL Guadalajara, Museum Day); lines that turn every day (tonight's picks, a museum's
opening hours today, a festival countdown), every week (German cinema starts each Thursday,
the Italian album chart each Friday), every month (a month's culture tips) and every
theatre season (each 1 August); star ratings, marks out of ten, venues, running times, film
data (country, length, age rating, distributor), book data (publisher, pages, price),
photo and image credits and captions, "this review contains spoilers", affiliate bookseller
and streaming links with their disclosures, ticket, box-office and admission lines;
amounts that change by year (ticket and admission prices, a cinema ticket with Japan's
consumption tax, memberships and subscriptions, Italy's cap on book discounts, a
festival's sponsor and edition); notices reworded in 2016-2020 and notices that follow the
calendars of the arts (the Edinburgh Fringe, the Olivier Awards, the Berlinale and the
Oscars, the rentrée littéraire with its count of novels, the Goncourt, Livre Paris,
Sanremo, the First of May concert, International Museum Day, Christmas closures, the Tokyo
International Film Festival, Svět knihy and Karlovy Vary, the festival's own days, American
holidays, FIL Guadalajara and FIL Minería, World Book Day, the Salone del Libro and the
Strega, theatre summer breaks, the 2020 closures of theatres, cinemas, museums and
bookshops), multi-line blocks (listings, film and book data, press contacts, "###", about
lines, imprints), bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    iso_day,
    ordinal,
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
_calendar, _yearly = _PERIOD.calendar, _PERIOD.yearly
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")  # the AP stylebook's month forms
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince")  # genitive: "9. května 2019"
MESICE_1 = ("leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen",
            "září", "říjen", "listopad", "prosinec")  # nominative: "tipy na květen"
DNY = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
REIWA = dt.date(2019, 5, 1)  # the first day of the Reiwa era

# --- helpers of this set ------------------------------------------------------------------


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) that holds on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def amounts(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting an amount of `table`: from the oldest day the amount
    that holds on the set's first day, then a wording from each later day it changes."""
    later = [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return ((_OLD, text(value_on(FIRST_DAY, table))), *later)


def spans(dates: dict[int, tuple[str, str]], text: Callable[[int], str], before: int = 0,
          after: int = 0) -> list[Event]:
    """A notice shown around a yearly event (`dates`: year -> first and last ISO day), from
    `before` days before its first day to `after` days after its last."""
    return [(iso_day(first, -before), iso_day(last, after + 1), text(y))
            for y, (first, last) in sorted(dates.items())]


def on_days(days: dict[int, str], text: Callable[[int], str], before: int,
            after: int) -> list[Event]:
    """A notice shown around a one-day event (`days`: year -> ISO day)."""
    return spans({y: (day, day) for y, day in days.items()}, text, before, after)


def thursday_of(day: dt.date) -> dt.date:
    """The last Thursday on or before `day`: German films open on Thursdays."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def friday_of(day: dt.date) -> dt.date:
    """The last Friday on or before `day`: the day Italy's album chart comes out."""
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def chart_week(day: dt.date) -> tuple[int, int]:
    """The ISO year and week of the chart out on `day` (the week before its Friday)."""
    iso = (friday_of(day) - 7 * ONE).isocalendar()
    return iso[0], iso[1]


def era(day: dt.date) -> str:
    """The Japanese era year of `day`: Heisei to 30 April 2019, then Reiwa (year one as 元)."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return f"令和{'元' if n == 1 else n}年"


def season(day: dt.date) -> str:
    """The theatre season `day` falls in: "2019/20" from 1 August 2019 to 31 July 2020."""
    y = day.year if day.month >= 8 else day.year - 1
    return f"{y}/{(y + 1) % 100:02d}"


# --- a British theatre and dance review magazine ------------------------------------------

SL_REDESIGN = dt.date(2017, 9, 4)
SL_MEMBERS = dt.date(2016, 5, 3)
SL_MEMBER_PRICE = dt.date(2019, 4, 1)
FRINGE = {2015: ("2015-08-07", "2015-08-31"), 2016: ("2016-08-05", "2016-08-29"),
          2017: ("2017-08-04", "2017-08-28"), 2018: ("2018-08-03", "2018-08-27"),
          2019: ("2019-08-02", "2019-08-26")}  # no Fringe in 2020
OLIVIERS = {2015: "2015-04-12", 2016: "2016-04-03", 2017: "2017-04-09", 2018: "2018-04-08",
            2019: "2019-04-07"}
THEATRES_CLOSE = dt.date(2020, 3, 16)


def _sl_dated(day: dt.date) -> str:
    if day < SL_REDESIGN:
        return f"Posted: {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1]} {day.year} · {{time}}"


def _sl_tonight(day: dt.date) -> str:
    when = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"
    if day >= THEATRES_CLOSE:
        return f"Tonight, {when}: our pick of theatre to stream at home"
    return f"Tonight, {when}: our critics' pick of shows with tickets still available"


@cache
def _sl_support() -> Wordings:
    base = _steps((_OLD, "Enjoyed this review? Help us keep theatre criticism independent."),
                  (SL_MEMBERS.isoformat(), "🎭 Stagelight Review is funded by its readers: "
                                           "become a member from £3 a month"),
                  (SL_MEMBER_PRICE.isoformat(), "🎭 Stagelight Review is funded by its "
                                                "readers: become a member from £4 a month"))
    closed = [(THEATRES_CLOSE, None, "🏠 Theatres are dark: our guide to the best shows you "
                                     "can stream at home")]
    fringe = spans(FRINGE, lambda y: f"🎪 Edinburgh Fringe {y}: reviews from the Royal Mile, "
                                     f"updated every day")
    oliviers = on_days(OLIVIERS, lambda y: f"🏆 Olivier Awards {y}: all the winners as they "
                                           f"are announced", 2, 1)
    return _calendar(base, closed, fringe, oliviers)


def stagelight_style() -> PublisherStyle:
    """A British theatre and dance review magazine: a genre kicker from a pool, "Posted:"
    with the numeric date turned the short weekday, the long date and the time on
    4 September 2017 (a wording per day), "Review by" turned the critic with the beat, a
    rating out of five turned stars, tonight's picks naming the day (a wording per day,
    shows to stream once theatres closed), a spoiler warning reworded on the redesign day,
    a production photo credit, "Read more:" and "Advertisement" mid-body up to twice, the
    venue and run, the running time (a block) and the booking commission line, a
    membership appeal reworded (its price raised in 2019) and turned by each Edinburgh
    Fringe, the Olivier Awards and the 2020 closure, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="stagelightreview.co.uk", site="Stagelight Review", base_size=250,
        subdomains=(("www.", 100),),
        sections=("theatre", "musicals", "dance", "opera", "comedy", "fringe"),
        n_authors=12, url_path="/reviews/{section}/{slug}/",
        pools={
            "genre": ("THEATRE", "MUSICALS", "DANCE", "OPERA", "COMEDY", "EDINBURGH FRINGE"),
            "beat": ("Chief Theatre Critic", "Dance Critic", "Opera Critic", "Comedy Critic",
                     "Regional Theatre Critic"),
            "score": ("4", "3", "5", "2", "1"),
            "stars": ("★★★★☆", "★★★☆☆", "★★★★★", "★★☆☆☆", "★☆☆☆☆"),
            "photographer": ("Tamsin Greaves", "Idris Okafor", "Lou Marchetti",
                             "Pia Lindqvist", "Owen Scarfe"),
            "venue": ("Lyric Playhouse, Hammersmith", "The Dovecote Theatre, London",
                      "Crucible Studio, Sheffield", "Northern Stage, Newcastle",
                      "Traverse Two, Edinburgh", "Royal Exchange, Manchester"),
            "until": ("14 May", "2 June", "27 July", "9 September", "21 October",
                      "25 November", "6 January"),
            "runtime": ("2hrs 30mins, including an interval", "1hr 40mins, no interval",
                        "2hrs 50mins, including an interval", "1hr 15mins",
                        "3hrs, including two intervals"),
        },
        families=(
            _f("genre", HEADER, 0.55, (_OLD, "{genre}")),
            _f("dated", HEADER, 0.9, *_by_day(_sl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Review by {author}"),
               (SL_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("rating", HEADER, 0.6, (_OLD, "Rating: {score}/5"),
               (SL_REDESIGN.isoformat(), "{stars}")),
            _f("tonight", HEADER, 0.15, *_daily(_sl_tonight)),
            _f("spoilers", HEADER, 0.06, (_OLD, "This review contains spoilers."),
               (SL_REDESIGN.isoformat(), "⚠️ Spoiler alert: this review discusses the plot in "
                                         "detail.")),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo: {photographer}")),
            _f("read-more", MIDDLE, 0.4, (_OLD, "Read more: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("listing", FOOTER, 0.55, (_OLD, "{venue}, until {until}")),
            _f("runtime", FOOTER, 0.45, (_OLD, "Running time: {runtime}")),
            _f("commission", FOOTER, 0.2, (_OLD, "We may earn a commission if you book "
                                                 "tickets through links on this page.")),
            _f("support", FOOTER, 0.3, *_sl_support()),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Stagelight Review Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "review misnamed the production's "
                                                  "director.")),
        ),
    )


# --- a German film magazine -------------------------------------------------------------

LB_REDESIGN = dt.date(2019, 2, 7)  # relaunched on the opening day of the 69th Berlinale
LB_PLUS = dt.date(2017, 10, 1)
LB_PLUS_PRICE = dt.date(2019, 7, 1)
BERLINALE = {2015: ("2015-02-05", "2015-02-15"), 2016: ("2016-02-11", "2016-02-21"),
             2017: ("2017-02-09", "2017-02-19"), 2018: ("2018-02-15", "2018-02-25"),
             2019: ("2019-02-07", "2019-02-17"), 2020: ("2020-02-20", "2020-03-01")}
OSCARS = {2015: "2015-02-22", 2016: "2016-02-28", 2017: "2017-02-26", 2018: "2018-03-04",
          2019: "2019-02-24", 2020: "2020-02-09"}


def _lb_dated(day: dt.date) -> str:
    if day < LB_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


def _lb_kinostart(day: dt.date) -> str:
    thursday = thursday_of(day)
    return (f"Neu im Kino ab Donnerstag, {thursday.day}. {MONATE[thursday.month - 1]} "
            f"{thursday.year}: alle Starts der Woche")


@cache
def _lb_hinweis() -> Wordings:
    base = _steps((_OLD, "Jeden Donnerstag die Kinostarts der Woche: jetzt den "
                         "Leinwandblick-Newsletter abonnieren"),
                  (LB_PLUS.isoformat(), "Leinwandblick Plus: alle Kritiken ohne Werbung für "
                                        "3,99 € im Monat"),
                  (LB_PLUS_PRICE.isoformat(), "Leinwandblick Plus: alle Kritiken ohne Werbung "
                                              "für 4,99 € im Monat"))
    closed = [_span("2020-03-17", "2020-06-30", "🏠 Die Kinos sind geschlossen: unsere "
                                                "Streaming-Tipps für zu Hause"),
              _span("2020-11-02", "2021-01-10", "🏠 Kinos wieder zu: welche Neustarts jetzt "
                                                "im Stream laufen")]
    berlinale = spans(BERLINALE, lambda y: f"🐻 {y - 1950}. Berlinale: täglich neue Kritiken "
                                           f"aus Wettbewerb und Panorama", 1, 0)
    oscars = on_days(OSCARS, lambda y: f"🏆 Oscars {y}: alle Gewinnerinnen und Gewinner im "
                                       f"Überblick", 2, 1)
    return _calendar(base, closed, berlinale, oscars)


def leinwandblick_style() -> PublisherStyle:
    """A German film magazine: a section from a pool, the numeric date turned the weekday
    and the long date on the Berlinale's opening day in 2019 (a wording per day), "Von",
    a spoiler warning reworded on the same day, this week's cinema starts to each Thursday
    (a wording per week), an image credit from a pool of distributors, "Mehr zum Thema:"
    and "Anzeige" (up to twice) and a streaming link mid-body, the film data (country and
    year, length, age rating) and the distributor (a block), the affiliate disclosure, a
    newsletter line reworded for the ad-free subscription (its price raised in 2019) and
    turned by each Berlinale with its number, the Oscars and the cinemas' closures in 2020,
    the imprint and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="leinwandblick.de", site="Leinwandblick", base_size=220,
        subdomains=(("www.", 100),),
        sections=("kritik", "streaming", "festival", "interview", "serien", "heimkino"),
        n_authors=9, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrik": ("Kritik", "Streaming", "Festival", "Interview", "Serien", "Heimkino"),
            "verleih": ("Nordlicht Filmverleih", "Kinowelt Süd", "Alpenglühen Film",
                        "Spreeufer Pictures", "Falkenstein Medien"),
            "anbieter": ("Netflix", "Prime Video", "MUBI", "Sky Ticket", "Apple TV"),
            "land": ("Deutschland", "USA", "Frankreich, Belgien", "Großbritannien",
                     "Dänemark, Schweden", "Südkorea"),
            "laenge": ("98", "104", "112", "124", "131", "146"),
            "fsk": ("12", "16", "6", "0", "18"),
        },
        families=(
            _f("rubrik", HEADER, 0.55, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.9, *_by_day(_lb_dated)),
            _f("autor", HEADER, 0.65, (_OLD, "Von {author}")),
            _f("spoiler", HEADER, 0.1, (_OLD, "Achtung: Diese Kritik enthält Spoiler!"),
               (LB_REDESIGN.isoformat(), "⚠️ Spoilerwarnung: Dieser Text verrät, wie der Film "
                                         "ausgeht.")),
            _f("kinostart", HEADER, 0.2, *_by_day(_lb_kinostart)),
            _f("bild", MIDDLE, 0.35, (_OLD, "Bild: © {verleih}")),
            _f("mehr", MIDDLE, 0.4, (_OLD, "Mehr zum Thema: {other_title}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("streamen", MIDDLE, 0.2, (_OLD, "Jetzt streamen bei {anbieter}*")),
            _f("filmdaten", FOOTER, 0.45, (_OLD, "{land} {year} · {laenge} Minuten · FSK "
                                                 "{fsk}")),
            _f("verleih", FOOTER, 0.4, (_OLD, "Verleih: {verleih}")),
            _f("affiliate", FOOTER, 0.25, (_OLD, "* Affiliate-Link: Wenn Sie über diesen Link "
                                                 "streamen oder kaufen, erhalten wir eine "
                                                 "kleine Provision. Am Preis ändert sich "
                                                 "nichts.")),
            _f("hinweis", FOOTER, 0.3, *_lb_hinweis()),
            _f("impressum", FOOTER, 0.3, (_OLD, "Leinwandblick ist ein Angebot der Leinwand "
                                                "Medien GmbH, Köln.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Leinwandblick. Alle Rechte "
                                                "vorbehalten.")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war "
                                                 "ein falscher Kinostart angegeben.")),
        ),
    )


# --- a French literary magazine -----------------------------------------------------------

PT_REDESIGN = dt.date(2017, 8, 16)  # relaunched for the rentrée littéraire
PT_LIBRAIRES = dt.date(2018, 1, 15)  # the Amazon links gave way to independent bookshops
PT_LETTRE = dt.date(2019, 10, 14)
RENTREE = {2015: 589, 2016: 560, 2017: 581, 2018: 567, 2019: 524, 2020: 511}  # novels
GONCOURT = {2015: "2015-11-03", 2016: "2016-11-03", 2017: "2017-11-06", 2018: "2018-11-07",
            2019: "2019-11-04", 2020: "2020-11-30"}
LIVRE_PARIS = {2015: ("2015-03-20", "2015-03-23"), 2016: ("2016-03-17", "2016-03-20"),
               2017: ("2017-03-24", "2017-03-27"), 2018: ("2018-03-16", "2018-03-19"),
               2019: ("2019-03-15", "2019-03-18")}  # cancelled in 2020


def _pt_dated(day: dt.date) -> str:
    if day < PT_REDESIGN:
        return f"Publié le {day.day} {MOIS[day.month - 1]} {day.year}"
    return (f"{JOURS[day.weekday()].capitalize()} {day.day} {MOIS[day.month - 1]} {day.year} · "
            f"{{read_min}} min de lecture")


def _pt_salon(y: int) -> str:
    name = "Salon du livre de Paris" if y == 2015 else "Livre Paris"
    return f"📚 {name} {y} : rencontres, dédicaces et notre programme"


@cache
def _pt_lettre() -> Wordings:
    base = _steps((_OLD, "Recevez chaque dimanche notre sélection de livres"),
                  (PT_LETTRE.isoformat(), "📬 La lettre de La Page Tournée : nos coups de cœur "
                                          "chaque dimanche matin"))
    fermetures = [_span("2020-03-17", "2020-05-10", "🏠 Librairies fermées : commandez en "
                                                    "click & collect chez votre libraire"),
                  _span("2020-10-30", "2020-11-27", "🏠 Les librairies ferment à nouveau : "
                                                    "le click & collect reste possible")]
    rentree = _yearly("08-20", 0, 41, lambda y: f"📚 Rentrée littéraire {y} : {RENTREE[y]} "
                                                f"romans, nos choix")
    goncourt = on_days(GONCOURT, lambda y: f"🏆 Prix Goncourt {y} : le lauréat et notre "
                                           f"critique", 1, 2)
    salon = spans(LIVRE_PARIS, _pt_salon, 3, 0)
    return _calendar(base, fermetures, goncourt, rentree, salon)


def pagetournee_style() -> PublisherStyle:
    """A French literary magazine: a section from a pool, "Publié le" with the long date
    turned the weekday and the reading time for the 2017 rentrée (a wording per day),
    "Par", the book's publisher, pages and price from pools, a first-pages link, "À
    découvrir aussi :" and "Publicité" (up to twice) mid-body, a buy link turned from
    Amazon to independent bookshops in 2018 and the commission line (a block), a newsletter
    line reworded in 2019 and turned by each rentrée littéraire with its count of novels,
    the Goncourt, Livre Paris and the bookshops' closures in 2020, the reproduction line
    and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="lapagetournee.fr", site="La Page Tournée", base_size=195,
        subdomains=(("www.", 100),),
        sections=("roman", "essai", "poesie", "bd", "jeunesse", "polar"),
        n_authors=8, url_path="/critiques/{section}/{slug}/",
        pools={
            "rubrique": ("Roman", "Essai", "Poésie", "Bande dessinée", "Jeunesse", "Polar",
                         "Littérature étrangère"),
            "editeur": ("Éditions du Roseau", "Le Sablier", "Actes de Loire", "Éditions "
                        "Marée Haute", "Le Cerf-volant"),
            "pages": ("192", "240", "288", "336", "416", "528"),
            "prix": ("18", "19,50", "21", "22,90", "24", "16,50"),
        },
        families=(
            _f("rubrique", HEADER, 0.55, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.9, *_by_day(_pt_dated)),
            _f("auteur", HEADER, 0.7, (_OLD, "Par {author}")),
            _f("fiche", HEADER, 0.5, (_OLD, "{editeur}, {pages} p., {prix} €")),
            _f("extrait", MIDDLE, 0.12, (_OLD, "📖 Lire les premières pages")),
            _f("decouvrir", MIDDLE, 0.4, (_OLD, "À découvrir aussi : {other_title}"), count=2),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("acheter", FOOTER, 0.4, (_OLD, "Acheter ce livre sur Amazon"),
               (PT_LIBRAIRES.isoformat(), "Commander ce livre chez un libraire indépendant : "
                                          "Place des Libraires, Leslibraires.fr")),
            _f("commission", FOOTER, 0.25, (_OLD, "Ces liens peuvent nous rapporter une "
                                                  "petite commission, sans frais pour "
                                                  "vous.")),
            _f("lettre", FOOTER, 0.3, *_pt_lettre()),
            _f("reproduction", FOOTER, 0.3, (_OLD, "Toute reproduction, même partielle, est "
                                                   "interdite sans autorisation.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© La Page Tournée {year}")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : le nom de la traductrice a été "
                                               "corrigé.")),
        ),
    )


# --- an Italian music magazine ------------------------------------------------------------

NP_REDESIGN = dt.date(2018, 2, 6)  # relaunched on the opening night of Sanremo 2018
NP_NOMINATIVI = dt.date(2019, 7, 1)  # named tickets for concerts of more than 5,000 people
SANREMO = {2015: ("2015-02-10", "2015-02-14"), 2016: ("2016-02-09", "2016-02-13"),
           2017: ("2017-02-07", "2017-02-11"), 2018: ("2018-02-06", "2018-02-10"),
           2019: ("2019-02-05", "2019-02-09"), 2020: ("2020-02-04", "2020-02-08")}


def _np_dated(day: dt.date) -> str:
    if day < NP_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}, ore {{time}}"


def _np_classifica(day: dt.date) -> str:
    year, week = chart_week(day)
    return f"📊 Classifica FIMI album: settimana {week} del {year}"


@cache
def _np_avviso() -> Wordings:
    base = _steps((_OLD, "Seguici su Instagram e ascolta le nostre playlist su Spotify"))
    stop = [_span("2020-03-08", "2020-06-14", "🏠 Concerti rinviati: i biglietti restano "
                                              "validi per le nuove date o diventano un "
                                              "voucher"),
            _span("2020-10-26", "2021-01-10", "Spettacoli di nuovo sospesi: il calendario "
                                              "aggiornato dei rinvii")]
    sanremo = spans(SANREMO, lambda y: f"🎤 Sanremo {y}: le pagelle di tutte le serate", 2, 1)
    primo = _yearly("05-01", 3, 0, lambda y: f"Concertone del Primo Maggio {y}: la scaletta "
                                             f"e gli orari")
    return _calendar(base, stop, sanremo, primo)


def notedipassaggio_style() -> PublisherStyle:
    """An Italian music magazine: a section from a pool, the numeric date turned the weekday,
    the long date and the time on Sanremo's opening night in 2018 (a wording per day), "di",
    a mark out of ten, the week of the album chart to each Friday (a wording per week), the
    label and track count, a photo credit, "Leggi anche:" up to twice and "Pubblicità"
    mid-body, a ticket line reworded for named tickets in July 2019, a changes-may-occur
    line, a follow line turned by each Sanremo, the First of May concert and the
    postponements of 2020, the copyright and the registration line (a block), a rare
    rettifica."""
    return PublisherStyle(
        domain="notedipassaggio.it", site="Note di Passaggio", base_size=170,
        subdomains=(("www.", 100),),
        sections=("recensioni", "live", "interviste", "news", "classica", "jazz"),
        n_authors=10, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "sezione": ("Recensioni", "Live report", "Interviste", "News", "Classica", "Jazz"),
            "voto": ("7", "7,5", "6,5", "8", "6", "8,5", "9"),
            "etichetta": ("Sugarcane Dischi", "Vetro Records", "Lanterna Rossa", "Autoprodotto",
                          "Fonoteca Adriatica"),
            "tracce": ("9", "10", "11", "12", "8", "14"),
            "fotografo": ("Giulia Marangoni", "Stefano Orsi", "Chiara Benfenati",
                          "Luca Dall'Ara", "ufficio stampa"),
        },
        families=(
            _f("sezione", HEADER, 0.55, (_OLD, "{sezione}")),
            _f("data", HEADER, 0.9, *_by_day(_np_dated)),
            _f("autore", HEADER, 0.65, (_OLD, "di {author}")),
            _f("voto", HEADER, 0.35, (_OLD, "Voto: {voto}/10")),
            _f("classifica", HEADER, 0.15, *_by_day(_np_classifica)),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto di {fotografo}")),
            _f("leggi", MIDDLE, 0.4, (_OLD, "Leggi anche: {other_title}"), count=2),
            _f("pubblicita", MIDDLE, 0.25, (_OLD, "Pubblicità")),
            _f("scheda", FOOTER, 0.35, (_OLD, "Etichetta: {etichetta} · Tracce: {tracce}")),
            _f("biglietti", FOOTER, 0.3,
               (_OLD, "Biglietti disponibili su TicketOne e nei punti vendita autorizzati."),
               (NP_NOMINATIVI.isoformat(), "Biglietti nominativi su TicketOne: all'ingresso "
                                           "porta un documento d'identità.")),
            _f("variazioni", FOOTER, 0.2, (_OLD, "Date e orari possono subire variazioni: "
                                                 "verifica sempre sui canali ufficiali.")),
            _f("avviso", FOOTER, 0.3, *_np_avviso()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Note di Passaggio – Riproduzione "
                                                "riservata")),
            _f("testata", FOOTER, 0.25, (_OLD, "Testata registrata presso il Tribunale di "
                                               "Bologna n. 8412 del 2012 – P. IVA "
                                               "03456780375")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: nella prima versione la data "
                                                 "del concerto era sbagliata.")),
        ),
    )


# --- a Spanish fine-arts museum's news pages ----------------------------------------------

MV_REDESIGN = dt.date(2017, 5, 18)  # International Museum Day 2017
MV_BOLETIN = dt.date(2018, 3, 1)
MV_CLOSED = (dt.date(2020, 3, 13), dt.date(2020, 6, 8))  # closed by the state of alarm
MV_TARIFAS = (("2013-01-01", "6 € · reducida 3 €"), ("2016-01-01", "7 € · reducida 3,50 €"),
              ("2019-01-01", "8 € · reducida 4 €"))
MV_FESTIVOS = ((1, 1), (1, 6), (12, 25))


def _mv_dated(day: dt.date) -> str:
    if day < MV_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{DIAS[day.weekday()].capitalize()}, {day.day} de {MESES[day.month - 1]} de {day.year}"


def _mv_hoy(day: dt.date) -> str:
    when = f"Hoy, {DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]}"
    first, last = MV_CLOSED
    if first <= day <= last:
        return f"{when}, el museo permanece cerrado hasta nuevo aviso."
    if day.weekday() == 0 or (day.month, day.day) in MV_FESTIVOS:
        return f"{when}, el museo está cerrado."
    if day > last:
        return f"{when}: abierto de 10:00 a 19:00, con cita previa."
    if day.weekday() == 6:
        return f"{when}: abierto de 10:00 a 15:00. Entrada gratuita."
    return f"{when}: abierto de 10:00 a 20:00."


@cache
def _mv_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbete al boletín del museo"),
                  (MV_BOLETIN.isoformat(), "📩 Recibe cada mes la agenda del museo en tu "
                                           "correo"))
    cierre = [(MV_CLOSED[0], MV_CLOSED[1] + ONE, "El museo permanece cerrado durante el estado "
                                                 "de alarma. #ElMuseoEnCasa"),
              _span("2020-06-09", "2020-07-31", "🔔 Reabrimos el 9 de junio: reserva tu visita "
                                                "con cita previa")]
    dia = _yearly("05-18", 6, 0, lambda y: f"🏛️ Día Internacional de los Museos {y}: entrada "
                                           f"gratuita el 18 de mayo")
    navidad = _yearly("12-20", 0, 17, lambda y: f"🎄 Navidad {y}: el museo cierra los días "
                                                f"24, 25 y 31 de diciembre y 1 y 6 de enero")
    return _calendar(base, cierre, dia, navidad)


def valdeoro_style() -> PublisherStyle:
    """A Spanish fine-arts museum's news pages: a section from a pool, the numeric date
    turned the weekday and the long date on International Museum Day 2017 (a wording per
    day), today's opening hours naming the day (a wording per day: closed on Mondays and
    holidays, free on Sunday afternoons, closed in the state of alarm, by appointment
    after), an image caption with the work and its credit, "Ver también:" and the
    exhibition's dates mid-body, the opening hours reworded for the reopening of June 2020,
    the admission prices (raised in 2016 and 2019), a newsletter line reworded and turned by
    each Museum Day, Christmas and the closure, the press contact, the press images and the
    copyright line (a block), a rare rectificación."""
    return PublisherStyle(
        domain="museovaldeoro.es", site="Museo de Bellas Artes de Valdeoro", base_size=150,
        subdomains=(("www.", 100),),
        sections=("exposiciones", "actividades", "coleccion", "educacion", "prensa"),
        n_authors=3, url_path="/noticias/{slug}",
        pools={
            "seccion": ("Exposiciones", "Actividades", "Colección", "Educación", "Prensa"),
            "obra": ("Bodegón con membrillos (detalle)", "Retrato de dama, hacia 1630",
                     "Paisaje del Guadarrama, 1912", "Sin título, 1967",
                     "La vendimia, 1884"),
            "credito": ("Museo de Bellas Artes de Valdeoro", "Colección particular",
                        "VEGAP, Valdeoro", "Fundación Arroyo"),
            "fechas": ("del 12 de marzo al 26 de junio", "del 3 de octubre al 14 de enero",
                       "hasta el 30 de septiembre", "del 19 de abril al 1 de septiembre"),
        },
        families=(
            _f("seccion", HEADER, 0.55, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_mv_dated)),
            _f("hoy", HEADER, 0.2, *_daily(_mv_hoy)),
            _f("imagen", MIDDLE, 0.35, (_OLD, "{obra}. © {credito}")),
            _f("ver", MIDDLE, 0.35, (_OLD, "Ver también: {other_title}")),
            _f("fechas", MIDDLE, 0.3, (_OLD, "Fechas: {fechas}")),
            _f("horario", FOOTER, 0.35,
               (_OLD, "Horario: de martes a sábado, de 10:00 a 20:00; domingos y festivos, de "
                      "10:00 a 15:00. Lunes cerrado."),
               ("2020-06-09", "Horario: de martes a domingo, de 10:00 a 19:00. Aforo limitado: "
                              "es necesario reservar cita previa.")),
            _f("tarifas", FOOTER, 0.3, *amounts(MV_TARIFAS, lambda v: (
                f"Entrada general: {v}. Gratuita los domingos a partir de las 14:00."))),
            _f("aviso", FOOTER, 0.3, *_mv_aviso()),
            _f("prensa", FOOTER, 0.35, (_OLD, "Más información: Departamento de Prensa · "
                                              "prensa@museovaldeoro.es · 983 555 014")),
            _f("imagenes", FOOTER, 0.25, (_OLD, "Imágenes en alta resolución en el área de "
                                                "prensa.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Museo de Bellas Artes de "
                                                 "Valdeoro")),
            _f("rectificacion", HEADER, 0.04, (_OLD, "Rectificación: se ha corregido la fecha "
                                                     "de inauguración de la exposición.")),
        ),
    )


# --- a Japanese film and stage magazine ---------------------------------------------------

CT_REDESIGN = dt.date(2018, 10, 25)  # relaunched on the opening day of the 31st TIFF
CT_LINE = dt.date(2019, 4, 1)
TIFF = {2015: ("2015-10-22", "2015-10-31"), 2016: ("2016-10-25", "2016-11-03"),
        2017: ("2017-10-25", "2017-11-03"), 2018: ("2018-10-25", "2018-11-03"),
        2019: ("2019-10-28", "2019-11-05"), 2020: ("2020-10-31", "2020-11-09")}
CT_KAKAKU = (("2014-04-01", "1,800円（税込・消費税8%）"),
             ("2019-06-01", "1,900円（税込・消費税8%）"),
             ("2019-10-01", "1,900円（税込・消費税10%）"))  # the tax rose on 1 October 2019


def _ct_dated(day: dt.date) -> str:
    if day < CT_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d}"
    return (f"{day.year}年（{era(day)}）{day.month}月{day.day}日（{YOUBI[day.weekday()]}） "
            f"{{time}}")


@cache
def _ct_oshirase() -> Wordings:
    base = _steps((_OLD, "シネマ手帖の公式Twitterで最新情報をお届けしています"),
                  (CT_LINE.isoformat(), "📱 LINE公式アカウントで新作レビューを毎週お届けします"))
    kyukan = [_span("2020-04-07", "2020-05-25", "緊急事態宣言を受け、各地の映画館・劇場の休館情報"
                                                "をまとめています"),
              _span("2020-05-26", "2020-06-30", "映画館・劇場の営業再開情報はこちら")]
    tiff = spans(TIFF, lambda y: f"🎬 第{y - 1987}回東京国際映画祭：会場から連日レポート")
    nenmatsu = _yearly("12-28", 0, 6, lambda y: f"{y}年末から{y + 1}年始にかけて、更新をお休み"
                                                f"します")
    return _calendar(base, kyukan, tiff, nenmatsu)


def cinematecho_style() -> PublisherStyle:
    """A Japanese film and stage magazine: a category from a pool, the slashed date turned
    the long date with the era year (Heisei, then Reiwa from 1 May 2019), the weekday and
    the time on the opening day of the 2018 Tokyo International Film Festival (a wording
    per day), the writer, a spoiler notice, the running time, age rating and distributor
    and "now showing" (a block), the cinema ticket price (raised in June 2019, the
    consumption tax in October 2019), a photo credit, related articles up to twice and
    "広告" mid-body, a follow line reworded for LINE and turned by each Tokyo festival with
    its number, the year-end break and the 2020 state of emergency, the no-reproduction line
    and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="cinematecho.jp", site="シネマ手帖", base_size=130,
        subdomains=(("www.", 100),),
        sections=("review", "stage", "interview", "news", "streaming", "festival"),
        n_authors=6, url_path="/articles/{n}",
        pools={
            "kategori": ("映画レビュー", "舞台", "インタビュー", "ニュース", "配信作品", "映画祭"),
            "jikan": ("98", "107", "119", "126", "142"),
            "rating": ("G", "PG12", "R15+"),
            "haikyu": ("光星シネマ", "みなと映画社", "青嵐フィルム", "カモメ配給"),
            "kenri": ("「海辺の約束」製作委員会", "青嵐フィルム", "光星シネマ", "劇団つばき座"),
        },
        families=(
            _f("kategori", HEADER, 0.55, (_OLD, "{kategori}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_ct_dated)),
            _f("chosha", HEADER, 0.6, (_OLD, "文：{author}")),
            _f("netabare", HEADER, 0.1, (_OLD, "※本記事には物語の結末に触れる記述（ネタバレ）が"
                                               "含まれます。")),
            _f("shashin", MIDDLE, 0.35, (_OLD, "写真：©{kenri}")),
            _f("kanren", MIDDLE, 0.4, (_OLD, "【関連記事】{other_title}"), count=2),
            _f("kokoku", MIDDLE, 0.3, (_OLD, "広告")),
            _f("sakuhin", FOOTER, 0.4, (_OLD, "上映時間：{jikan}分／{rating}／配給：{haikyu}")),
            _f("kokai", FOOTER, 0.3, (_OLD, "全国公開中")),
            _f("kakaku", FOOTER, 0.2, *amounts(CT_KAKAKU, lambda v: f"一般鑑賞料金の目安：{v}")),
            _f("oshirase", FOOTER, 0.3, *_ct_oshirase()),
            _f("mudan", FOOTER, 0.25, (_OLD, "記事・写真の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} シネマ手帖 All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】初出時、公開日に誤りがありました。お詫びして"
                                              "訂正いたします。")),
        ),
    )


# --- a Czech cultural review --------------------------------------------------------------

KO_REDESIGN = dt.date(2019, 5, 9)  # relaunched on the opening day of Svět knihy 2019
KO_GDPR = dt.date(2018, 5, 25)
KO_PREDPLATNE = (("2014-01-01", "79 Kč"), ("2017-01-01", "99 Kč"), ("2019-09-01", "129 Kč"))
SVET_KNIHY = {2015: ("2015-05-14", "2015-05-17"), 2016: ("2016-05-12", "2016-05-15"),
              2017: ("2017-05-11", "2017-05-14"), 2018: ("2018-05-10", "2018-05-13"),
              2019: ("2019-05-09", "2019-05-12")}  # not held in 2020
KVIFF = {2015: ("2015-07-03", "2015-07-11"), 2016: ("2016-07-01", "2016-07-09"),
         2017: ("2017-06-30", "2017-07-08"), 2018: ("2018-06-29", "2018-07-07"),
         2019: ("2019-06-28", "2019-07-06")}  # not held in 2020


def _ko_dated(day: dt.date) -> str:
    if day < KO_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}"
    return f"{DNY[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year}, {{time}}"


def _ko_tipy(day: dt.date) -> str:
    return f"Kulturní tipy na {MESICE_1[day.month - 1]} {day.year}: výstavy, premiéry, koncerty"


@cache
def _ko_upozorneni() -> Wordings:
    base = _steps((_OLD, "Sledujte Kulturní Obzor na Facebooku"),
                  (KO_GDPR.isoformat(), "Odebírejte náš newsletter. Osobní údaje zpracováváme "
                                        "v souladu s GDPR."))
    zavreno = [_span("2020-03-12", "2020-05-10", "🏠 Divadla, kina i knihovny jsou zavřené: "
                                                 "přehled kultury online"),
               (iso_day("2020-10-12"), None, "Kulturní provoz je opět omezen: kam za kulturou "
                                             "online")]
    svet = spans(SVET_KNIHY, lambda y: f"📚 Svět knihy Praha {y}: program a naše tipy", 3, 0)
    vary = spans(KVIFF, lambda y: f"🎬 {y - 1965}. MFF Karlovy Vary: zpravodajství z festivalu",
                 1, 0)
    return _calendar(base, zavreno, svet, vary)


def kulturniobzor_style() -> PublisherStyle:
    """A Czech cultural review: a section from a pool, the numeric date with spaces turned
    the weekday, the long date with the genitive month and the time on the opening day of
    Svět knihy 2019 (a wording per day), "Autor:" turned "Text:" the same day, the month's
    culture tips (a wording per month), the book's publisher, year and pages, a photo
    credit, "Přečtěte si také:" and "Reklama" (up to twice) mid-body, a subscription appeal
    whose monthly price rose in 2017 and 2019, a follow line reworded for the GDPR and
    turned by Svět knihy, Karlovy Vary with its number and the closures of 2020, the
    copyright and the no-reuse line (a block), a rare correction."""
    return PublisherStyle(
        domain="kulturniobzor.cz", site="Kulturní Obzor", base_size=110,
        subdomains=(("www.", 100),),
        sections=("literatura", "divadlo", "film", "hudba", "vytvarne-umeni", "rozhovory"),
        n_authors=7, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrika": ("Literatura", "Divadlo", "Film", "Hudba", "Výtvarné umění", "Rozhovor"),
            "nakladatel": ("Vlnobití", "Modrá sova", "Kalich a pero", "Petrklíč",
                           "Nakladatelství U Mlýna"),
            "stran": ("184", "232", "296", "352", "416"),
            "foto": ("archiv divadla", "ČTK", "Kulturní Obzor", "archiv nakladatelství",
                     "Profimedia"),
        },
        families=(
            _f("rubrika", HEADER, 0.55, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.85, *_by_day(_ko_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Autor: {author}"),
               (KO_REDESIGN.isoformat(), "Text: {author}")),
            _f("tipy", HEADER, 0.15, *_by_day(_ko_tipy)),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {foto}")),
            _f("ctete", MIDDLE, 0.4, (_OLD, "Přečtěte si také: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("kniha", FOOTER, 0.35, (_OLD, "{nakladatel}, Praha {year}, {stran} stran")),
            _f("podpora", FOOTER, 0.3, *amounts(KO_PREDPLATNE, lambda v: (
                f"Podpořte nezávislou kulturní žurnalistiku: předplatné od {v} měsíčně."))),
            _f("upozorneni", FOOTER, 0.3, *_ko_upozorneni()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kulturní Obzor, z. s. Všechna "
                                                 "práva vyhrazena.")),
            _f("prevzeti", FOOTER, 0.2, (_OLD, "Přebírání obsahu bez písemného souhlasu "
                                               "redakce je zakázáno.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: V původní verzi článku bylo chybně "
                                              "uvedeno jméno překladatelky.")),
        ),
    )


# --- a British literary festival's newsroom -----------------------------------------------

WF_REDESIGN = dt.date(2019, 1, 14)
WF_DIGITAL = 2020
WF_FESTIVALS = {2015: ("2015-05-21", "2015-05-31"), 2016: ("2016-05-26", "2016-06-05"),
                2017: ("2017-05-25", "2017-06-04"), 2018: ("2018-05-24", "2018-06-03"),
                2019: ("2019-05-23", "2019-06-02"), 2020: ("2020-05-25", "2020-05-31"),
                2021: ("2021-05-27", "2021-06-06")}
WF_FIRST_YEAR = 1988  # the first festival: 2015's is the 28th
WF_TICKETS = (("2014-01-01", "£7–£12"), ("2017-01-01", "£8–£14"), ("2019-01-01", "£9–£15"),
              ("2020-03-23", "free online; donations welcome"))
WF_FRIENDS = (("2014-01-01", "£25"), ("2018-01-01", "£30"), ("2020-01-01", "£35"))
WF_SPONSORS = (("2014-01-01", "Marches Building Society"),
               ("2017-01-01", "Hollins & Pryce Solicitors"),
               ("2020-01-01", "the Ledbury Hall Trust"))


def festival_days(y: int) -> tuple[dt.date, dt.date]:
    first, last = WF_FESTIVALS[y]
    return iso_day(first), iso_day(last)


def _wf_next(day: dt.date) -> int:
    """The year of the festival on or after `day` (the one running on `day`, if any)."""
    return next(y for y in sorted(WF_FESTIVALS) if festival_days(y)[1] >= day)


def _wf_dated(day: dt.date) -> str:
    if day < WF_REDESIGN:
        return f"Posted on {day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"News | {day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def _wf_countdown(day: dt.date) -> str:
    y = _wf_next(day)
    first, last = festival_days(y)
    name = "Wyebridge Digital" if y == WF_DIGITAL else "the Festival"
    if day >= first:
        return (f"Day {(day - first).days + 1} of {(last - first).days + 1} of {name} {y}: "
                f"today's events are on the programme page")
    n = (first - day).days
    return f"{n} day{'s' if n != 1 else ''} to go until {name} {y}"


def _wf_edition(day: dt.date) -> str:
    y = _wf_next(day)
    first, last = festival_days(y)
    number = ordinal(y - WF_FIRST_YEAR + 1)
    if y == WF_DIGITAL:
        return (f"The {number} Wyebridge Literary Festival takes place online from "
                f"{first.day} to {last.day} {MONTHS[last.month - 1]} {y}.")
    start = f"{first.day}" if first.month == last.month else (
        f"{first.day} {MONTHS[first.month - 1]}")
    return (f"The {number} Wyebridge Literary Festival runs from {start} to {last.day} "
            f"{MONTHS[last.month - 1]} {y}.")


def wyebridge_style() -> PublisherStyle:
    """A British literary festival's newsroom: "Press release", "Posted on" with the long
    date turned "News |" and the short month in 2019 (a wording per day), a countdown to
    the next festival and its days counted while it runs (a wording per day; the 2020
    festival went online), a photo credit and a venue and time line mid-body, the edition
    and dates of the next festival (changing the day after each one ends), ticket prices
    (raised in 2017 and 2019, free online in 2020), the Friends' membership (raised in 2018
    and 2020), an access line, the year's sponsor and the charity line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="wyebridgefestival.org.uk", site="Wyebridge Literary Festival", base_size=90,
        subdomains=(("www.", 100),),
        sections=("news", "programme", "press", "schools"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "photo": ("Sam Ellery", "Jenna Holt", "Marcus Adeyemi", "the publisher",
                      "Wyebridge Literary Festival"),
            "venue": ("the Festival Marquee", "the Guildhall", "the Courtyard Theatre",
                      "St Mary's Church", "the Drill Hall"),
        },
        families=(
            _f("release", HEADER, 0.3, (_OLD, "Press release")),
            _f("dated", HEADER, 0.85, *_by_day(_wf_dated)),
            _f("countdown", HEADER, 0.25, *_daily(_wf_countdown)),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo: {photo}")),
            _f("venue", MIDDLE, 0.3, (_OLD, "Venue: {venue} · {time12}")),
            _f("edition", FOOTER, 0.35, *_by_day(_wf_edition)),
            _f("tickets", FOOTER, 0.35, *amounts(WF_TICKETS, lambda v: (
                f"Tickets {v} · Box office 01497 555 0180"))),
            _f("friends", FOOTER, 0.25, *amounts(WF_FRIENDS, lambda v: (
                f"Become a Friend from {v} a year and book before everyone else."))),
            _f("access", FOOTER, 0.2, (_OLD, "All our venues are step-free; BSL-interpreted "
                                             "events are marked in the programme.")),
            _f("sponsor", FOOTER, 0.3, *amounts(WF_SPONSORS, lambda v: (
                f"The Festival is sponsored by {v}."))),
            _f("charity", FOOTER, 0.35, (_OLD, "Wyebridge Literary Festival is a registered "
                                               "charity, no. 1093427.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the start time of this event "
                                                  "has changed since it was announced.")),
        ),
    )


# --- an American art museum's press room --------------------------------------------------

HM_REDESIGN = dt.date(2018, 9, 4)
HM_CLOSED = (dt.date(2020, 3, 13), dt.date(2020, 8, 26))
HM_REOPEN = dt.date(2020, 8, 27)
HM_ADMISSION = (("2014-01-01", "$15; seniors $12"), ("2016-07-01", "$18; seniors $14"),
                ("2019-07-01", "$20; seniors $16"))


def _hm_dated(day: dt.date) -> str:
    if day < HM_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}"


@cache
def _hm_notice() -> Wordings:
    base = _steps((_OLD, "Plan your visit at halvorsenmuseum.org"))
    closed = [(HM_CLOSED[0], HM_REOPEN, "The museum is temporarily closed. Explore the "
                                        "collection online.")]
    thanks = [(thanksgiving(y) - 4 * ONE, thanksgiving(y) + ONE,
               f"The museum is closed on Thanksgiving Day, {AP_MONTHS[10]} "
               f"{thanksgiving(y).day}, {y}.") for y in YEARS]
    winter = _yearly("12-18", 0, 14, lambda y: f"Holiday hours: the museum is closed on "
                                               f"Christmas Day {y} and New Year's Day {y + 1}.")
    return _calendar(base, closed, thanks, winter)


def halvorsen_style() -> PublisherStyle:
    """An American art museum's press room: "PRESS RELEASE", the long date turned the AP's
    month abbreviations in September 2018 (a wording per day), an exhibition's place or run
    from a pool, an image caption with the work and a courtesy line, admission prices
    (raised in 2016 and 2019), the opening hours reworded for timed entry at the reopening
    of August 2020, a visit line turned by Thanksgiving, the winter holidays and the 2020
    closure, a support line, "###", the about line and the media contact (a block), a rare
    correction."""
    return PublisherStyle(
        domain="halvorsenmuseum.org", site="The Halvorsen Museum", base_size=70,
        subdomains=(("www.", 100),),
        sections=("press-releases", "exhibitions", "acquisitions", "programs"),
        n_authors=2, url_path="/press/{section}/{slug}",
        pools={
            "onview": ("through January 8", "in the Lindqvist Galleries",
                       "in the Photography Pavilion", "through Labor Day",
                       "from March 4 to June 18"),
            "artwork": ("Untitled (Blue Harbor), 1961", "Portrait of a Woman Reading, 1889",
                        "Study for a Mural, 1934", "Grain Elevators at Dusk, 1952",
                        "Vessel with Spiral, ca. 1200"),
            "courtesy": ("the artist and Reyes Gallery", "the Halvorsen Museum",
                         "a private collection", "the estate of the artist"),
        },
        families=(
            _f("release", HEADER, 0.5, (_OLD, "PRESS RELEASE")),
            _f("dated", HEADER, 0.85, *_by_day(_hm_dated)),
            _f("onview", HEADER, 0.35, (_OLD, "On view {onview}")),
            _f("image", MIDDLE, 0.4, (_OLD, "Image: {artwork}. Courtesy of {courtesy}.")),
            _f("admission", FOOTER, 0.3, *amounts(HM_ADMISSION, lambda v: (
                f"General admission {v}; members and visitors 18 and under free."))),
            _f("hours", FOOTER, 0.3,
               (_OLD, "Open Tuesday through Sunday, 10 a.m. to 5 p.m.; Thursdays until 9 p.m."),
               (HM_REOPEN.isoformat(), "Open Thursday through Sunday, 11 a.m. to 5 p.m. "
                                       "Timed-entry tickets must be reserved in advance.")),
            _f("notice", FOOTER, 0.3, *_hm_notice()),
            _f("support", FOOTER, 0.2, (_OLD, "Exhibitions at The Halvorsen Museum are made "
                                              "possible by its members and donors.")),
            _f("hashes", FOOTER, 0.45, (_OLD, "###")),
            _f("about", FOOTER, 0.4, (_OLD, "About The Halvorsen Museum: founded in 1923, the "
                                            "museum holds more than 30,000 works of art "
                                            "spanning five thousand years.")),
            _f("media", FOOTER, 0.4, (_OLD, "Media contact: press@halvorsenmuseum.org · "
                                            "612-555-0173")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this release has been updated "
                                                  "with the exhibition's closing date.")),
        ),
    )


# --- a Mexican literary magazine ----------------------------------------------------------

TS_REDESIGN = dt.date(2018, 11, 24)  # relaunched on the opening day of FIL Guadalajara 2018
FIL_GDL = {2015: ("2015-11-28", "2015-12-06"), 2016: ("2016-11-26", "2016-12-04"),
           2017: ("2017-11-25", "2017-12-03"), 2018: ("2018-11-24", "2018-12-02"),
           2019: ("2019-11-30", "2019-12-08"), 2020: ("2020-11-28", "2020-12-06")}
FIL_MINERIA = {2015: ("2015-02-18", "2015-03-02"), 2016: ("2016-02-17", "2016-02-29"),
               2017: ("2017-02-22", "2017-03-06"), 2018: ("2018-02-21", "2018-03-05"),
               2019: ("2019-02-21", "2019-03-04"), 2020: ("2020-02-20", "2020-03-02")}


def _ts_dated(day: dt.date) -> str:
    if day < TS_REDESIGN:
        return f"{MESES[day.month - 1]} {day.day}, {day.year}"
    return f"{DIAS[day.weekday()]} {day.day} de {MESES[day.month - 1]} de {day.year}"


def _ts_fil(y: int) -> str:
    if y == 2020:
        return "📚 FIL Guadalajara 2020, edición virtual: nuestra cobertura"
    return f"📚 FIL Guadalajara {y}: nuestra cobertura día a día"


@cache
def _ts_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbete a nuestro boletín semanal"))
    casa = [_span("2020-03-23", "2020-08-31", "📖 #QuédateEnCasa: lecturas gratuitas mientras "
                                              "las librerías están cerradas")]
    gdl = spans(FIL_GDL, _ts_fil)
    mineria = spans(FIL_MINERIA, lambda y: f"Feria Internacional del Libro del Palacio de "
                                           f"Minería {y}: agenda de presentaciones")
    libro = _yearly("04-23", 3, 0, lambda y: f"23 de abril de {y}: Día Internacional del Libro")
    return _calendar(base, casa, gdl, mineria, libro)


def tintasuelta_style() -> PublisherStyle:
    """A Mexican literary magazine: a section from a pool, the month-first date turned the
    weekday and the long date on FIL Guadalajara's opening day in 2018 (a wording per day),
    "Por", a bookshop link and "Te recomendamos:" mid-body, the book's publisher, year and
    pages and the commission line (a block), a newsletter line turned by each FIL
    Guadalajara (online in 2020), FIL Minería, World Book Day and the closures of 2020, the
    copyright line, a rare fe de erratas."""
    return PublisherStyle(
        domain="tintasuelta.mx", site="Tinta Suelta", base_size=55,
        subdomains=(("www.", 100),),
        sections=("resenas", "ensayo", "poesia", "entrevistas", "cronica"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "seccion": ("Reseñas", "Ensayo", "Poesía", "Entrevistas", "Crónica"),
            "editorial": ("Editorial Almendro", "Sexto Sol Ediciones", "Libros del Umbral",
                          "Cántaro Editores"),
            "paginas": ("144", "208", "256", "312", "380"),
            "libreria": ("Librería El Astillero", "Amazon México", "Librería Candela",
                         "Mercado Libre"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_ts_dated)),
            _f("por", HEADER, 0.6, (_OLD, "Por {author}")),
            _f("comprar", MIDDLE, 0.25, (_OLD, "Cómpralo en {libreria}*")),
            _f("recomendamos", MIDDLE, 0.4, (_OLD, "Te recomendamos: {other_title}")),
            _f("ficha", FOOTER, 0.4, (_OLD, "{editorial}, México, {year}, {paginas} pp.")),
            _f("afiliados", FOOTER, 0.2, (_OLD, "*Tinta Suelta recibe una pequeña comisión por "
                                                "las compras hechas desde estos enlaces.")),
            _f("aviso", FOOTER, 0.3, *_ts_aviso()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Tinta Suelta {year}. Todos los derechos "
                                                 "reservados.")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: se corrigió el nombre de la "
                                               "editorial.")),
        ),
    )


# --- an Italian book-review and affiliate site --------------------------------------------

LT_SCONTO = (("2011-09-01", "15%"), ("2020-03-25", "5%"))  # the 2020 law on books
SALONE = {2015: ("2015-05-14", "2015-05-18"), 2016: ("2016-05-12", "2016-05-16"),
          2017: ("2017-05-18", "2017-05-22"), 2018: ("2018-05-10", "2018-05-14"),
          2019: ("2019-05-09", "2019-05-13"), 2020: ("2020-05-14", "2020-05-17")}
STREGA = {2015: "2015-07-02", 2016: "2016-07-07", 2017: "2017-07-06", 2018: "2018-07-05",
          2019: "2019-07-04", 2020: "2020-07-02"}


def _lt_dated(day: dt.date) -> str:
    return f"{day.day} {MESI[day.month - 1]} {day.year}"


def _lt_salone(y: int) -> str:
    if y == 2020:
        return "Il Salone del Libro 2020 si fa online: SalTo Extra, il programma"
    return f"📚 Salone Internazionale del Libro di Torino {y}: gli incontri da non perdere"


@cache
def _lt_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter: un libro consigliato ogni settimana"))
    chiuse = [_span("2020-03-09", "2020-04-13", "🏠 Librerie chiuse: ordina online e sostieni "
                                                "la tua libreria di fiducia")]
    salone = spans(SALONE, _lt_salone, 2, 0)
    strega = on_days(STREGA, lambda y: f"🏆 Premio Strega {y}: la cinquina e il vincitore", 2, 0)
    return _calendar(base, chiuse, salone, strega)


def libriintasca_style() -> PublisherStyle:
    """An Italian book-review and affiliate site: the long date (a wording per day), the
    affiliate disclosure, buy links to online bookshops and "Potrebbe interessarti anche:"
    mid-body, the book's publisher, pages and cover price, the cap on discounts (cut to 5%
    by the 2020 law), a newsletter line turned by each Salone del Libro (online in 2020),
    the Strega and the bookshops' closure of 2020, the copyright line, a rare errata."""
    return PublisherStyle(
        domain="libriintasca.it", site="Libri in Tasca", base_size=40,
        subdomains=(("www.", 100),),
        sections=("recensioni", "classifiche", "consigli", "novita"),
        n_authors=3, url_path="/{slug}/",
        pools={
            "negozio": ("Amazon", "IBS", "laFeltrinelli", "Libraccio"),
            "editore": ("Edizioni del Faro", "Quadrifoglio", "Pellicano Libri",
                        "Edizioni Nottetempo Nuove"),
            "pagine": ("176", "224", "304", "368", "448"),
            "prezzo": ("16,00", "18,00", "19,50", "22,00", "14,50"),
        },
        families=(
            _f("data", HEADER, 0.85, *_by_day(_lt_dated)),
            _f("affiliazione", HEADER, 0.5, (_OLD, "In questo articolo ci sono link di "
                                                   "affiliazione: se acquisti da questi link "
                                                   "riceviamo una piccola commissione.")),
            _f("acquista", MIDDLE, 0.35, (_OLD, "👉 Acquista su {negozio}")),
            _f("interessarti", MIDDLE, 0.35, (_OLD, "Potrebbe interessarti anche: "
                                                    "{other_title}")),
            _f("scheda", FOOTER, 0.4, (_OLD, "Editore: {editore} · Pagine: {pagine} · Prezzo "
                                             "di copertina: {prezzo} €")),
            _f("sconto", FOOTER, 0.2, *amounts(LT_SCONTO, lambda v: (
                f"Per legge lo sconto sul prezzo di copertina non può superare il {v}."))),
            _f("avviso", FOOTER, 0.3, *_lt_avviso()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Libri in Tasca – Tutti i diritti "
                                                 "riservati")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: il titolo originale del romanzo "
                                              "è stato corretto.")),
        ),
    )


# --- a German municipal theatre ---------------------------------------------------------

TK_KARTEN = (("2014-08-01", "11 bis 36"), ("2016-08-01", "12 bis 38"),
             ("2018-08-01", "14 bis 42"))
TK_FERIEN = {2015: ("2015-07-13", "2015-08-23"), 2016: ("2016-07-11", "2016-08-21"),
             2017: ("2017-07-17", "2017-08-27"), 2018: ("2018-07-16", "2018-08-26"),
             2019: ("2019-07-15", "2019-08-25")}


def _tk_dated(day: dt.date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def _tk_spielzeit(day: dt.date) -> str:
    return f"Spielzeit {season(day)}"


def _tk_ferien(y: int) -> str:
    first, last = (iso_day(d) for d in TK_FERIEN[y])
    return (f"Theaterferien: Die Theaterkasse ist vom {first.day}. {MONATE[first.month - 1]} "
            f"bis {last.day}. {MONATE[last.month - 1]} {y} geschlossen.")


@cache
def _tk_kasse() -> Wordings:
    base = _steps((_OLD, "Theaterkasse: Dienstag bis Freitag 10–18 Uhr, Samstag 10–13 Uhr"))
    pause = [_span("2020-03-14", "2020-08-31", "Der Spielbetrieb ruht bis auf Weiteres. "
                                               "Gekaufte Karten werden erstattet."),
             (iso_day("2020-11-02"), None, "Ab 2. November ruht der Spielbetrieb erneut.")]
    ferien = spans(TK_FERIEN, _tk_ferien, 7, 0)
    return _calendar(base, pause, ferien)


def kornmarkt_style() -> PublisherStyle:
    """A German municipal theatre: the numeric date (a wording per day), the season
    (changing each 1 August), the premiere from a pool, a photo credit mid-body, the ticket
    prices (raised with the 2016 and 2018 seasons), a box-office line turned by each summer
    break and the closures of 2020, the funders' line and the copyright line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="theater-kornmarkt.de", site="Theater am Kornmarkt", base_size=30,
        subdomains=(("www.", 100),),
        sections=("presse", "spielplan", "ensemble"),
        n_authors=2, url_path="/presse/{slug}",
        pools={
            "stueck": ("Der zerbrochne Krug", "Woyzeck", "Die Zauberflöte", "Kabale und Liebe",
                       "Der Besuch der alten Dame", "Der Kirschgarten"),
            "fotograf": ("Jörg Wendland", "Anke Sturm", "Theater am Kornmarkt",
                         "Merle Hansen"),
        },
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_tk_dated)),
            _f("spielzeit", HEADER, 0.45, *_by_day(_tk_spielzeit)),
            _f("premiere", HEADER, 0.3, (_OLD, "Premiere: {stueck}")),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {fotograf}")),
            _f("karten", FOOTER, 0.4, *amounts(TK_KARTEN, lambda v: (
                f"Karten von {v} Euro an der Theaterkasse und unter Telefon 05921 555 230."))),
            _f("kasse", FOOTER, 0.3, *_tk_kasse()),
            _f("foerderer", FOOTER, 0.25, (_OLD, "Das Theater am Kornmarkt wird gefördert von "
                                                 "der Stadt Hallerbrück und dem Land.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Theater am Kornmarkt")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Premiere beginnt um 19:30 "
                                                 "Uhr, nicht um 20 Uhr.")),
        ),
    )


def heldout134_styles() -> list[PublisherStyle]:
    """The held-back-134 styles, in the order the generator hands them to publishers."""
    return [
        stagelight_style(), leinwandblick_style(), pagetournee_style(),
        notedipassaggio_style(), valdeoro_style(), cinematecho_style(),
        kulturniobzor_style(), wyebridge_style(), halvorsen_style(), tintasuelta_style(),
        libriintasca_style(), kornmarkt_style(),
    ]
