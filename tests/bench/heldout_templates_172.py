"""The ``held-back-172`` template set of the planted-real benchmark.

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

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share
an advertisement marker, a "consult a qualified tradesperson" notice or a listing
disclaimer. The publishers are home-improvement, DIY, interior-design and property-listing
blogs and home magazines in English, German, Polish, Czech, Portuguese and Korean: a British
DIY and home-improvement magazine, a German home and garden magazine, an American
real-estate listings blog, a Polish property portal's news pages, a Korean interiors and
property magazine, a Brazilian decor and DIY blog, a Czech interior-design magazine, a
German DIY store chain's advice pages, a Polish renovation blog, a Czech estate agency's
listings, a Portuguese estate agency's listings and home blog and a Korean self-repair
(셀프 인테리어) blog. The families are the kinds a crawl of such sites holds: dates localised
day by day in English (British and American order), German, Polish and Czech (with
genitive month names), Portuguese (Brazilian and European) and Korean, several changing form
on the day of a redesign; affiliate and sponsorship disclosures reworded between 2015 and
2020 (the Korean ones for the 2020 endorsement guidelines), "always consult a qualified
tradesperson" and "electrical and gas work only by a registered engineer" notices in every
language, listing slots (price, rooms, floor area in square metres, square feet and
pyeong, energy class, Czech layouts such as 2+kk, Portuguese T2 types), skill, time and
budget lines, tool lists and shop-the-look lines from pools; lines that turn every day
("prices correct at the time of writing" with the day's date), every week (American
mortgage rates each Thursday), every month (a German and a Czech garden calendar, Czech
mortgage rates, the 12-month Euribor) and every quarter (Warsaw's asking price per square
metre); amounts that change over the years (the British energy price cap, the German VAT
cut of the second half of 2020, the Polish and Korean central-bank rates, the Czech
property transfer tax moved to the buyer and abolished); notices that follow the calendars
of home and garden (the clocks going back and smoke alarms, boiler servicing, frost,
the heating season, spring and autumn garden work, the Korean rainy season and cold
snaps, Seollal and Chuseok, Easter and Whitsun store hours, Black Friday, Mother's and
Father's Day in Brazil, the Portuguese IMI instalment, student lets, the Clean Air
programme, the 2020 lockdowns); "Related:", "Lesen Sie auch:", "Zobacz też:", "관련기사"
lines and advertisement markers mid-body (some up to two times); multi-line blocks
(publisher and copyright lines, Korean registration lines), bare lines and families in
only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
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
    listed,
    nth_weekday,
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
_calendar, _yearly, _movable, _seasons = (_PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable,
                                          _PERIOD.seasons)
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")  # genitive: "5 marca 2019"
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
MESICE = ("ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
          "září", "října", "listopadu", "prosince")  # genitive: "3. dubna 2017"
MESICE_1 = ("leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen",
            "září", "říjen", "listopad", "prosinec")  # nominative: "za leden 2018"
MESICE_6 = ("v lednu", "v únoru", "v březnu", "v dubnu", "v květnu", "v červnu",
            "v červenci", "v srpnu", "v září", "v říjnu", "v listopadu", "v prosinci")
DNY = ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
YOIL_LONG = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")
ROMAN = ("I", "II", "III", "IV")

# Lunar holidays as Korean calendars print them (the first day of Seollal, Chuseok day).
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}

# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up deviation from -1 to 1, fixed for a `day` and a `key`."""
    digest = hashlib.blake2b(f"{day.isoformat()}/{key}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


def trend(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of a line through `points` ((ISO day, value), ...), flat outside."""
    days = [iso_day(p).toordinal() for p, _ in points]
    x = day.toordinal()
    i = bisect_right(days, x)
    if i == 0:
        return points[0][1]
    if i == len(points):
        return points[-1][1]
    (x0, y0), (x1, y1) = (days[i - 1], points[i - 1][1]), (days[i], points[i][1])
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def table_wordings(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting the value of `table`: from the oldest day the value in
    force on the set's first day, then one from each later change."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def thursday_of(day: dt.date) -> dt.date:
    """The last Thursday on or before `day`: the day a weekly mortgage survey comes out."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def month_before(day: dt.date, published: int) -> tuple[int, int]:
    """(year, month) of the last month whose figure is out on `day`, if a month's figure is
    published on day `published` of the next month."""
    y, m = day.year, day.month - (1 if day.day >= published else 2)
    if m <= 0:
        y, m = y - 1, m + 12
    return y, m


def quarter_before(day: dt.date) -> tuple[int, int]:
    """(year, quarter) of the last quarter whose figure is out on `day` (each quarter's
    figure is published on the 20th of the month after it ends)."""
    q_now = (day.month - 1) // 3
    out = day >= dt.date(day.year, 3 * q_now + 1, 20)
    y, q = day.year, q_now - (0 if out else 1)
    if q <= 0:
        y, q = y - 1, q + 4
    return y, q


def comma(x: float, places: int = 2) -> str:
    """A number with a decimal comma, as German, Polish, Czech and Portuguese sites print it."""
    return f"{x:.{places}f}".replace(".", ",")


def spaced(n: int) -> str:
    """A whole number in groups of three with (no-break) spaces: "8 950"."""
    return f"{n:,}".replace(",", "\u00a0")


def pyeong(m2: float) -> int:
    """Square metres as the pyeong Korean listings also print (1 pyeong = 400/121 m²)."""
    return round(m2 * 121 / 400)


# --- a British DIY and home-improvement magazine ------------------------------------------

PL_REDESIGN = dt.date(2018, 3, 5)
PL_AFFILIATE = dt.date(2017, 9, 1)
PL_PART_P = dt.date(2016, 4, 6)
PL_EMAIL = dt.date(2019, 10, 4)
PRICE_CAP = (("2019-01-01", "£1,137"), ("2019-04-01", "£1,254"), ("2019-10-01", "£1,179"),
             ("2020-04-01", "£1,126"), ("2020-10-01", "£1,042"))


def _pl_dated(day: dt.date) -> str:
    if day < PL_REDESIGN:
        return (f"Posted {WEEKDAYS[day.weekday()]}, {ordinal(day.day)} {MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"Last updated: {day.day} {MONTHS[day.month - 1]} {day.year}"


def _pl_prices(day: dt.date) -> str:
    return (f"Prices were correct at the time of writing ({day.day:02d}/{day.month:02d}/"
            f"{day.year}) but may change.")


def _pl_cap(value: str) -> str:
    if not value:
        return ("Before the heating goes on, compare energy tariffs: switching supplier could "
                "save you hundreds of pounds a year.")
    return (f"Energy bills: the price cap for a typical dual-fuel household on a default "
            f"tariff is now {value} a year.")


@cache
def _pl_seasonal() -> Wordings:
    def base(day: dt.date) -> str:
        return (f"Jobs for the weekend: our {MONTHS[day.month - 1]} checklist for the house "
                f"and garden")

    lockdown = [_span("2020-03-24", "2020-05-12", "🦠 Coronavirus: which DIY stores and "
                                                  "builders' merchants are open, and how to "
                                                  "work safely with tradespeople")]
    clocks = _movable(lambda y: last_weekday(y, 10, 6), 6, 1, lambda y: (
        f"🕰️ The clocks go back on Sunday {last_weekday(y, 10, 6).day} October: test your "
        f"smoke and carbon monoxide alarms"))
    boiler = _yearly("09-15", 14, 14, lambda y: "🔥 Book your annual boiler service before "
                                                "the cold snap, with a Gas Safe registered "
                                                "engineer")
    frost = _yearly("12-07", 6, 7, lambda y: "❄️ Frost on the way? Lag outside taps and check "
                                             "you know where your stopcock is")
    deals = _movable(lambda y: thanksgiving(y) + ONE, 4, 3, lambda y: (
        f"🏷️ Black Friday {y}: the best tool and DIY deals, checked by our testers"))
    return _calendar(base, lockdown, clocks, deals, boiler, frost)


def plumbandlevel_style() -> PublisherStyle:
    """A British DIY and home-improvement magazine: a kicker, "Posted" with the weekday and
    the ordinal day turned "Last updated:" on 5 March 2018 (a wording per day), "Words:"
    turned "By" with the writer's beat, an affiliate disclosure reworded in 2017, the skill,
    time and budget line and the tools needed from pools, a shop-the-look line with prices,
    "Related:" and advertisement markers up to twice, the tradesperson notice reworded for
    Part P and Gas Safe, "Prices were correct at the time of writing" with the day's date
    (a wording per day), the energy-price line turned the price cap in 2019 (changing each
    April and October), a weekend-jobs line with the month turned by the clocks going back,
    boiler servicing, frost, Black Friday and the 2020 lockdown, a newsletter appeal
    reworded, the publisher and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="plumbandlevel.co.uk", site="Plumb & Level", base_size=250,
        subdomains=(("www.", 100),),
        sections=("diy", "kitchens", "bathrooms", "garden", "heating", "tools"),
        n_authors=14, url_path="/{section}/{slug}",
        pools={
            "kicker": ("DIY HOW-TO", "KITCHENS", "BATHROOMS", "GARDEN", "HEATING", "TOOLS",
                       "RENOVATION DIARIES"),
            "beat": ("Tools Editor", "Renovation Editor", "Gardening Writer",
                     "Plumbing Expert", "Contributing Editor", "Home Tech Writer"),
            "skill": ("Beginner", "Intermediate", "Advanced"),
            "duration": ("1 hour", "Half a day", "A weekend", "2–3 days"),
            "budget": ("£", "££", "£££"),
            "tools": ("spirit level", "cordless drill", "stud detector", "tile cutter",
                      "sealant gun", "pipe slice", "dust sheets"),
            "look": ("Brushed brass cabinet knobs, £4.50 each", "Oak floating shelf, 90cm, £38",
                     "Metro wall tiles in sage, £29.99/m²", "Linen café curtain, £22",
                     "Rattan pendant shade, £65", "Matt black mixer tap, £119"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_pl_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "Words: {author}"),
               (PL_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("affiliate", HEADER, 0.35,
               (_OLD, "We may earn commission from links on this page."),
               (PL_AFFILIATE.isoformat(), "Plumb & Level is reader-supported: when you buy "
                                          "through links on our site, we may earn an "
                                          "affiliate commission. Here's how it works.")),
            _f("skill", HEADER, 0.4, (_OLD, "Skill level: {skill} · Time: {duration} · "
                                            "Budget: {budget}")),
            _f("tools", MIDDLE, 0.3, (_OLD, "You'll need: {tools_list}")),
            _f("shop", MIDDLE, 0.25, (_OLD, "Shop the look: {look}")),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("safety", FOOTER, 0.45,
               (_OLD, "Always consult a qualified tradesperson before starting electrical or "
                      "gas work."),
               (PL_PART_P.isoformat(), "Safety first: most electrical work in England and "
                                       "Wales must meet Part P of the Building Regulations, "
                                       "and gas work must only be done by a Gas Safe "
                                       "registered engineer. If in doubt, always consult a "
                                       "qualified tradesperson.")),
            _f("prices", FOOTER, 0.3, *_daily(_pl_prices)),
            _f("energy", FOOTER, 0.2, *table_wordings((("2000-01-01", ""),) + PRICE_CAP,
                                                      _pl_cap)),
            _f("seasonal", FOOTER, 0.3, *_pl_seasonal()),
            _f("newsletter", FOOTER, 0.3,
               (_OLD, "Sign up to the Plumb & Level newsletter for weekly projects and tips"),
               (PL_EMAIL.isoformat(), "📬 Get the Weekend Project email: one step-by-step job, "
                                      "every Friday morning. Sign up free")),
            _f("publisher", FOOTER, 0.3, (_OLD, "Plumb & Level is published by Toolbox Media "
                                                "Ltd, Unit 4, Canal Wharf, Leeds LS11 5PS.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Toolbox Media Ltd. All rights "
                                                 "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong cable size for a "
                                                  "cooker circuit.")),
        ),
    )


# --- a German home and garden magazine ----------------------------------------------------

WW_REDESIGN = dt.date(2019, 2, 4)
WW_WERBUNG = dt.date(2017, 7, 1)
WW_SICHERHEIT = dt.date(2018, 3, 1)
MWST = (("2007-01-01", "19"), ("2020-07-01", "16"), ("2021-01-01", "19"))
GARTENKALENDER = (
    "Januar: Obstbäume auslichten und Vogelhäuschen reinigen",
    "Februar: Saatgut bestellen und Beerensträucher schneiden",
    "März: Rasen vertikutieren und erste Gemüse vorziehen",
    "April: Kartoffeln legen und Kübelpflanzen ins Freie holen",
    "Mai: Nach den Eisheiligen Tomaten und Zucchini pflanzen",
    "Juni: Hecken schneiden und Erdbeeren mulchen",
    "Juli: Morgens gießen und verblühte Rosen ausputzen",
    "August: Erdbeeren neu pflanzen und Lavendel zurückschneiden",
    "September: Blumenzwiebeln setzen und Rasen düngen",
    "Oktober: Laub rechen und Kübelpflanzen einräumen",
    "November: Rosen anhäufeln und Gartenwasserhähne entleeren",
    "Dezember: Immergrüne an frostfreien Tagen wässern",
)


def _ww_datum(day: dt.date) -> str:
    if day < WW_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return (f"Zuletzt aktualisiert: {WOCHENTAGE[day.weekday()]}, {day.day}. "
            f"{MONATE[day.month - 1]} {day.year}")


def _ww_mwst(value: str) -> str:
    return (f"Alle Preise inkl. {value} % MwSt., Stand zum Zeitpunkt der Veröffentlichung.")


def wohnwerk_style() -> PublisherStyle:
    """A German home and garden magazine: a section, the numeric date turned "Zuletzt
    aktualisiert:" with the weekday and the long date on 4 February 2019 (a wording per
    day), "Von" turned "Text: … · Fotos:" with a photographer from a pool, the advertising
    and affiliate line reworded in 2017, "Lesen Sie auch:" and "Anzeige" up to twice, a
    product line with prices, the VAT line (16% from July to December 2020), "Preisstand:"
    with the day's date (a wording per day), the month's garden calendar, the heating
    season's line (October to April), a safety line reworded, a newsletter appeal, the
    imprint and copyright lines (a block), a rare correction."""
    return PublisherStyle(
        domain="wohnwerk-magazin.de", site="Wohnwerk", base_size=150,
        subdomains=(("www.", 100),),
        sections=("wohnen", "garten", "bauen", "einrichten", "energie"),
        n_authors=10, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrik": ("Wohnen", "Garten", "Bauen & Renovieren", "Einrichten",
                       "Energie sparen"),
            "fotograf": ("Wohnwerk/Jens Ahlers", "Hersteller", "Living4Media", "iStock",
                         "Wohnwerk/Mareike Pohl"),
            "produkt": ("Sessel „Fjell“ von Nordhaus, 499 €", "Leuchte „Kiesel“, Opalglas, "
                        "89 €", "Teppich „Dünen“, Wolle, 160 × 230 cm, 349 €",
                        "Pflanzkübel aus Terrakotta, 39,90 €", "Sideboard „Eiche Natur“, "
                        "1.290 €"),
        },
        families=(
            _f("rubrik", HEADER, 0.5, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.9, *_by_day(_ww_datum)),
            _f("autor", HEADER, 0.6, (_OLD, "Von {author}"),
               (WW_REDESIGN.isoformat(), "Text: {author} · Fotos: {fotograf}")),
            _f("werbung", HEADER, 0.3, (_OLD, "Dieser Beitrag enthält Affiliate-Links."),
               (WW_WERBUNG.isoformat(), "Werbung | Dieser Artikel enthält Affiliate-Links "
                                        "(*). Kaufen Sie darüber ein, erhalten wir eine "
                                        "Provision – am Preis ändert sich für Sie nichts.")),
            _f("lesen", MIDDLE, 0.4, (_OLD, "Lesen Sie auch: {other_title}"), count=2),
            _f("anzeige", MIDDLE, 0.35, (_OLD, "Anzeige"), count=2),
            _f("produkt", MIDDLE, 0.25, (_OLD, "Im Bild: {produkt}")),
            _f("mwst", FOOTER, 0.25, *table_wordings(MWST, _ww_mwst)),
            _f("preisstand", FOOTER, 0.2, *_daily(
                lambda day: f"Preisstand: {day.day:02d}.{day.month:02d}.{day.year}")),
            _f("gartenkalender", FOOTER, 0.3, *_seasons(
                *[(f"{m + 1:02d}-01", f"Gartenkalender {text}")
                  for m, text in enumerate(GARTENKALENDER)])),
            _f("heizung", FOOTER, 0.2, *_seasons(
                ("05-01", "Heizpause: Jetzt ist die beste Zeit, die Heizung vom Fachbetrieb "
                          "warten zu lassen."),
                ("10-01", "Die Heizperiode läuft: Heizkörper entlüften und Thermostate auf "
                          "Stufe 3 (etwa 20 °C) stellen."))),
            _f("sicherheit", FOOTER, 0.3,
               (_OLD, "Arbeiten an Strom-, Gas- und Wasserleitungen gehören in die Hand eines "
                      "Fachbetriebs."),
               (WW_SICHERHEIT.isoformat(), "Sicherheitshinweis: Elektroarbeiten dürfen nur von "
                                           "einer Elektrofachkraft ausgeführt werden. Alle "
                                           "Anleitungen ohne Gewähr.")),
            _f("newsletter", FOOTER, 0.25, (_OLD, "Jeden Donnerstag neue Ideen fürs Zuhause: "
                                                  "Abonnieren Sie den Wohnwerk-Newsletter.")),
            _f("impressum", FOOTER, 0.3, (_OLD, "Wohnwerk erscheint bei Haus & Hof Medien "
                                                "GmbH, Hamburg.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Wohnwerk – alle Rechte "
                                                "vorbehalten")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Fassung war die "
                                                 "Trocknungszeit des Estrichs falsch "
                                                 "angegeben.")),
        ),
    )


# --- an American real-estate listings blog ------------------------------------------------

GK_REDESIGN = dt.date(2017, 8, 14)
GK_RELIABLE = dt.date(2019, 1, 2)
MORTGAGE_30 = (("2015-01-01", 3.73), ("2015-07-01", 4.04), ("2016-07-07", 3.42),
               ("2016-11-10", 3.57), ("2016-12-22", 4.30), ("2017-09-07", 3.78),
               ("2018-11-08", 4.94), ("2019-09-05", 3.49), ("2020-03-05", 3.29),
               ("2020-12-31", 2.67))


def _gk_dated(day: dt.date) -> str:
    if day < GK_REDESIGN:
        return f"Posted {day.month}/{day.day}/{day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year} at {{time12}}"


def mortgage_rates(thursday: dt.date) -> tuple[float, float]:
    """Made-up national average 30- and 15-year fixed rates of the week to `thursday`."""
    thirty = trend(thursday, MORTGAGE_30) + 0.06 * wobble(thursday, "30")
    return thirty, thirty - 0.62 + 0.05 * wobble(thursday, "15")


def _gk_mortgage(day: dt.date) -> str:
    thursday = thursday_of(day)
    thirty, fifteen = mortgage_rates(thursday)
    return (f"Mortgage rates this week: 30-year fixed {thirty:.2f}%, 15-year fixed "
            f"{fifteen:.2f}% (national average, week of {MONTHS[thursday.month - 1][:3]} "
            f"{thursday.day})")


@cache
def _gk_season() -> Wordings:
    base = _steps((_OLD, "Thinking of selling? Get a free home value estimate in two minutes"))
    covid = [_span("2020-03-16", "2020-06-30", "😷 COVID-19: many showings are now virtual. "
                                               "Ask the listing agent about a 3D tour")]
    spring = _yearly("03-15", 14, 45, lambda y: f"🌷 Spring {y} buying season: see this "
                                                f"week's new listings")
    holidays = _movable(thanksgiving, 2, 0, lambda y: "🦃 Happy Thanksgiving from all of us at "
                                                       "Gable & Key")
    return _calendar(base, covid, holidays, spring)


def gableandkey_style() -> PublisherStyle:
    """An American real-estate listings blog: "Posted" with the numeric date (American
    order, no leading zeros) turned the long date and the time on 14 August 2017 (a
    wording per day), "By" with the beat, a compensation disclosure reworded on the
    redesign, the listing line (price, beds, baths, square feet) from pools, an open-house
    line, the week's mortgage rates to each Thursday (a wording per week), "You might also
    like:" and advertisement markers, "Listing courtesy of" a brokerage, "Information deemed
    reliable but not guaranteed" reworded in 2019, "Equal Housing Opportunity", a
    home-value appeal turned by the spring buying season, Thanksgiving and the pandemic's
    virtual showings, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="gableandkey.com", site="Gable & Key", base_size=110,
        subdomains=(("www.", 90), ("blog.", 10)),
        sections=("listings", "market", "home-tours", "buying", "selling"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "beat": ("Market Reporter", "Listings Editor", "Home Tours Writer",
                     "Senior Editor"),
            "price": ("$349,000", "$489,900", "$615,000", "$1,250,000", "$279,500",
                      "$739,000"),
            "beds": ("3", "2", "4", "5"),
            "baths": ("2", "1", "2.5", "3", "3.5"),
            "sqft": ("1,640", "1,120", "2,310", "3,050", "1,875"),
            "openhouse": ("Saturday 1–3 PM", "Sunday 12–2 PM", "Sunday 2–4 PM",
                          "By appointment only"),
            "brokerage": ("Harbor & Pine Realty", "Summit Key Realtors", "Redbrick Home "
                          "Group", "Lakeline Properties", "Crescent Realty Partners"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_gk_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "By {author} | {author_beat}")),
            _f("disclosure", HEADER, 0.2, (_OLD, "Sponsored links may appear on this page."),
               (GK_REDESIGN.isoformat(), "Gable & Key may be compensated by lenders and agents "
                                         "featured on this page. Our opinions are our own.")),
            _f("listing", HEADER, 0.5, (_OLD, "{price} · {beds} bd · {baths} ba · {sqft} "
                                              "sq ft")),
            _f("mortgage", HEADER, 0.25, *_by_day(_gk_mortgage)),
            _f("open-house", MIDDLE, 0.2, (_OLD, "Open house: {openhouse}")),
            _f("also", MIDDLE, 0.4, (_OLD, "You might also like: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT")),
            _f("courtesy", FOOTER, 0.45, (_OLD, "Listing courtesy of {brokerage}")),
            _f("reliable", FOOTER, 0.4, (_OLD, "Information deemed reliable but not "
                                               "guaranteed."),
               (GK_RELIABLE.isoformat(), "All listing information is deemed reliable but not "
                                         "guaranteed and should be independently verified. "
                                         "Square footage is approximate.")),
            _f("eho", FOOTER, 0.35, (_OLD, "Equal Housing Opportunity")),
            _f("season", FOOTER, 0.25, *_gk_season()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Gable & Key Media, LLC. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: This post has been updated "
                                                  "with the home's correct list price.")),
        ),
    )


# --- a Polish property portal's news pages -------------------------------------------------

KW_REDESIGN = dt.date(2018, 10, 1)
KW_OFERTA = dt.date(2017, 2, 13)
RODO = dt.date(2018, 5, 25)
NBP = (("2014-10-09", "2,00"), ("2015-03-05", "1,50"), ("2020-03-18", "1,00"),
       ("2020-04-09", "0,50"), ("2020-05-29", "0,10"))
WARSAW_M2 = (("2015-01-01", 7350.0), ("2016-06-30", 7500.0), ("2017-12-31", 8200.0),
             ("2019-12-31", 10250.0), ("2020-12-31", 11050.0))


def _kw_data(day: dt.date) -> str:
    if day < KW_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"Opublikowano: {DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year} r."


def warsaw_price(y: int, q: int) -> int:
    """A made-up average asking price per square metre in Warsaw in quarter `q` of `y`."""
    mid = dt.date(y, 3 * q - 1, 15)
    return int(round(trend(mid, WARSAW_M2) * (1 + 0.012 * wobble(mid, "m2")), -1))


def _kw_srednia(day: dt.date) -> str:
    y, q = quarter_before(day)
    return (f"Średnia cena ofertowa m² mieszkania w Warszawie: {spaced(warsaw_price(y, q))} zł "
            f"({ROMAN[q - 1]} kw. {y})")


@cache
def _kw_komunikat() -> Wordings:
    base = _steps((_OLD, "Dodaj ogłoszenie za darmo i sprzedaj mieszkanie szybciej"))
    pandemic = [_span("2020-03-16", "2020-05-31", "🏠 Oglądaj mieszkania bez wychodzenia z "
                                                  "domu: wirtualne spacery w ofertach")]
    students = _yearly("09-15", 31, 15, lambda y: f"🎓 Rok akademicki {y}/{str(y + 1)[2:]}: "
                                                  f"pokoje i kawalerki dla studentów")
    christmas = _yearly("12-24", 4, 3, lambda y: "🎄 Wesołych Świąt! Biuro obsługi klienta "
                                                 "wraca 27 grudnia")
    return _calendar(base, pandemic, students, christmas)


def kwadratura_style() -> PublisherStyle:
    """A Polish property portal's news pages: a section, the numeric date and time turned
    "Opublikowano:" with the weekday and the genitive month on 1 October 2018 (a wording
    per day), "Autor:", a flat-for-sale line (rooms, floor area, price) from pools,
    "Zobacz też:" and "Reklama" up to twice, Warsaw's average asking price per square metre
    of the last quarter (a wording per quarter), the NBP reference rate (changing with each
    decision), the not-an-offer notice reworded in 2017, the cookie line turned the GDPR
    (RODO) line on 25 May 2018, a listing appeal turned by the student-letting season,
    Christmas and the pandemic's virtual viewings, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="kwadratura.pl", site="Kwadratura", base_size=90,
        subdomains=(("www.", 70), ("wiadomosci.", 30)),
        sections=("rynek", "kredyty", "wynajem", "budownictwo", "prawo"),
        n_authors=7, url_path="/wiadomosci/{section}/{slug},{n}",
        pools={
            "dzial": ("Rynek mieszkaniowy", "Kredyty hipoteczne", "Wynajem", "Budownictwo",
                      "Prawo i podatki"),
            "pokoje": ("2", "3", "4"),
            "metraz": ("47,2", "38,5", "54,0", "63,8", "72,1"),
            "cena": ("415 000", "329 000", "499 000", "612 000", "780 000"),
        },
        families=(
            _f("dzial", HEADER, 0.5, (_OLD, "{dzial}")),
            _f("data", HEADER, 0.85, *_by_day(_kw_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}")),
            _f("oferta", MIDDLE, 0.3, (_OLD, "Mieszkanie na sprzedaż: {pokoje} pokoje, "
                                             "{metraz} m², {cena} zł")),
            _f("zobacz", MIDDLE, 0.4, (_OLD, "Zobacz też: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("srednia", FOOTER, 0.25, *_by_day(_kw_srednia)),
            _f("stopa", FOOTER, 0.2, *table_wordings(NBP, lambda v: (
                f"Stopa referencyjna NBP: {v}% w skali roku"))),
            _f("nieoferta", FOOTER, 0.4,
               (_OLD, "Ogłoszenie nie stanowi oferty w rozumieniu Kodeksu cywilnego."),
               (KW_OFERTA.isoformat(), "Niniejsze ogłoszenie nie stanowi oferty handlowej w "
                                       "rozumieniu art. 66 § 1 Kodeksu cywilnego. Ceny i "
                                       "metraże mają charakter orientacyjny.")),
            _f("rodo", FOOTER, 0.15,
               (_OLD, "Korzystając z serwisu, akceptujesz regulamin i zasady wykorzystania "
                      "plików cookies."),
               (RODO.isoformat(), "Administratorem Twoich danych osobowych jest Kwadratura sp. "
                                  "z o.o. Szczegóły znajdziesz w Polityce prywatności.")),
            _f("komunikat", FOOTER, 0.25, *_kw_komunikat()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© 2009–{year} Kwadratura sp. z o.o. "
                                                 "Wszelkie prawa zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji tekstu "
                                                    "podaliśmy błędną wysokość wkładu "
                                                    "własnego.")),
        ),
    )


# --- a Korean interiors and property magazine ---------------------------------------------

OJ_REDESIGN = dt.date(2018, 7, 2)
OJ_GUIDELINES = dt.date(2020, 9, 1)  # the revised endorsement guidelines came into force
BOK = (("2014-10-15", "2.00"), ("2015-03-12", "1.75"), ("2015-06-11", "1.50"),
       ("2016-06-09", "1.25"), ("2017-11-30", "1.50"), ("2018-11-30", "1.75"),
       ("2019-07-18", "1.50"), ("2019-10-16", "1.25"), ("2020-03-16", "0.75"),
       ("2020-05-28", "0.50"))


def _oj_ipryeok(day: dt.date) -> str:
    if day < OJ_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d}"
    return f"{day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]}) {{time}}"


@cache
def _oj_annae() -> Wordings:
    base = _steps((_OLD, "온집 매거진 뉴스레터를 구독하고 매주 새 집 이야기를 받아 보세요"))
    covid = [_span("2020-02-24", "2020-05-05", "코로나19 확산 방지를 위해 오프라인 쇼룸 "
                                               "운영을 잠정 중단합니다")]
    feasts = _movable(listed(SEOLLAL), 3, 2, lambda y: f"🧧 {y}년 설 연휴에는 시공 상담과 "
                                                       f"배송이 쉬어갑니다")
    feasts += _movable(listed(CHUSEOK), 3, 2, lambda y: f"🌕 {y}년 추석 연휴에는 시공 상담과 "
                                                        f"배송이 쉬어갑니다")
    rains: list[Event] = [(dt.date(y, 6, 20), dt.date(y, 7, 27),
                           "☔ 장마철 곰팡이·결로 대비, 제습과 환기 체크리스트") for y in YEARS]
    return _calendar(base, covid, feasts, rains)


def onjip_style() -> PublisherStyle:
    """A Korean interiors and property magazine: a section from a pool, "입력" with the
    dotted date turned the long date with the weekday and the time on 2 July 2018 (a
    wording per day), "기자" turned "글 … · 사진" with a photographer from a pool, the
    sponsorship line marked "[광고]" for the 2020 endorsement guidelines, the floor area in
    square metres and pyeong with the sale price from pools, "▶ 관련기사" and "광고" up to
    twice, the Bank of Korea base rate (changing with each decision), a notice turned by
    Seollal and Chuseok, the rainy season and the 2020 showroom closure, the copyright line
    reworded on the redesign and the registration line (a block), a rare correction."""
    return PublisherStyle(
        domain="onjipmag.co.kr", site="온집 매거진", base_size=75,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("interior", "realestate", "remodeling", "garden", "living"),
        n_authors=6, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunryu": ("인테리어", "부동산", "리모델링", "가드닝", "살림"),
            "sajin": ("온집 매거진 사진팀", "김도윤", "이서하", "업체 제공"),
            # Supply area (about 1.33 times the exclusive area) in pyeong, then the exclusive
            # area in square metres, as Korean listings print a flat's size.
            "area": tuple(f"{pyeong(m2 * 1.33)}평형(전용 {m2}㎡)" for m2 in (84, 59, 114, 134)),
            "price": ("8억 9,500만원", "5억 2,000만원", "12억원", "3억 4,000만원",
                      "15억 5,000만원"),
        },
        families=(
            _f("bunryu", HEADER, 0.5, (_OLD, "{bunryu}")),
            _f("ipryeok", HEADER, 0.9, *_by_day(_oj_ipryeok)),
            _f("gija", HEADER, 0.6, (_OLD, "{author} 기자"),
               (OJ_REDESIGN.isoformat(), "글 {author} · 사진 {sajin}")),
            _f("hyeopchan", HEADER, 0.2,
               (_OLD, "이 기사는 해당 업체로부터 제품을 협찬받아 작성되었습니다."),
               (OJ_GUIDELINES.isoformat(), "[광고] 이 기사는 해당 업체로부터 제품과 "
                                           "원고료를 제공받아 작성되었습니다.")),
            _f("myeonjeok", MIDDLE, 0.3, (_OLD, "{area} · 매매가 {price}")),
            _f("gwallyeon", MIDDLE, 0.4, (_OLD, "▶ 관련기사: {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "광고"), count=2),
            _f("geumri", FOOTER, 0.2, *table_wordings(BOK, lambda v: (
                f"한국은행 기준금리: 연 {v}%"))),
            _f("annae", FOOTER, 0.25, *_oj_annae()),
            _f("jeojakgwon", FOOTER, 0.5, (_OLD, "저작권자 © 온집 매거진 무단전재 및 재배포 금지"),
               (OJ_REDESIGN.isoformat(), "ⓒ 온집 매거진(onjipmag.co.kr), 무단 전재 및 "
                                         "재배포 금지")),
            _f("balhaeng", FOOTER, 0.3, (_OLD, "발행·편집인: 한솔미 | 등록번호: 서울 아01234 | "
                                               "등록일: 2012.05.14")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 기사 본문 중 분양가를 바로잡습니다.")),
        ),
    )


# --- a Brazilian decor and DIY blog -------------------------------------------------------

CA_REDESIGN = dt.date(2019, 8, 5)
CA_AFILIADOS = dt.date(2018, 4, 2)


def _ca_data(day: dt.date) -> str:
    if day < CA_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"Atualizado em {day.day} de {MESES[day.month - 1]} de {day.year}, às {{time}}"


@cache
def _ca_aviso() -> Wordings:
    base = _steps((_OLD, "Receba as novidades da Casa de Afeto por e-mail: assine a nossa "
                         "newsletter"))
    home = [_span("2020-03-20", "2020-06-30", "🏠 Fique em casa: projetos fáceis para fazer "
                                              "na quarentena")]
    mothers = _movable(lambda y: nth_weekday(y, 5, 6, 2), 10, 0, lambda y: (
        f"🎁 Dia das Mães {y}: ideias de presentes para a casa"))
    fathers = _movable(lambda y: nth_weekday(y, 8, 6, 2), 10, 0, lambda y: (
        f"🎁 Dia dos Pais {y}: presentes para quem ama uma ferramenta"))
    black = _movable(lambda y: thanksgiving(y) + ONE, 6, 3, lambda y: (
        f"🏷️ Black Friday {y}: as ofertas de decoração que selecionamos"))
    return _calendar(base, home, mothers, fathers, black)


def casadeafeto_style() -> PublisherStyle:
    """A Brazilian decor and DIY blog: a category, the numeric date turned "Atualizado em"
    with the long date and the time on 5 August 2019 (a wording per day), "Por", an
    affiliate line reworded in 2018, "Onde encontrar:" with a product and its price from a
    pool, "Leia também:" and "Publicidade" up to twice, a Pinterest line, "Preços
    consultados em" with the day's date (a wording per day), a newsletter line turned by
    Mother's Day and Father's Day (second Sundays of May and August), Black Friday and the
    quarantine, a safety line, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="casadeafeto.com.br", site="Casa de Afeto", base_size=65,
        subdomains=(("www.", 100),),
        sections=("decoracao", "faca-voce-mesmo", "organizacao", "jardinagem", "reforma"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "categoria": ("Decoração", "Faça você mesmo", "Organização", "Jardinagem",
                          "Reforma"),
            "produto": ("cesto de palha natural, R$ 89,90, na Loja Ipê",
                        "luminária de chão em madeira, R$ 349,00, na Casa Bela Móveis",
                        "kit de 3 vasos de cerâmica, R$ 119,90, no Empório Raiz",
                        "manta de tricô, R$ 159,00, na Loja Ipê",
                        "espelho redondo com moldura de rattan, R$ 229,00, na Vila Decor"),
        },
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_ca_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("afiliados", HEADER, 0.3, (_OLD, "Este post contém links de afiliados."),
               (CA_AFILIADOS.isoformat(), "Alguns links deste post são de afiliados: se você "
                                          "comprar por eles, o blog recebe uma pequena "
                                          "comissão, sem custo extra para você.")),
            _f("onde", MIDDLE, 0.3, (_OLD, "Onde encontrar: {produto}")),
            _f("leia", MIDDLE, 0.4, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("pinterest", MIDDLE, 0.15, (_OLD, "📌 Gostou? Salve esta ideia no Pinterest!")),
            _f("precos", FOOTER, 0.3, *_daily(
                lambda day: f"Preços consultados em {day.day:02d}/{day.month:02d}/{day.year} "
                            f"e sujeitos a alteração.")),
            _f("aviso", FOOTER, 0.25, *_ca_aviso()),
            _f("seguranca", FOOTER, 0.15, (_OLD, "Atenção: para mexer na parte elétrica ou "
                                                 "hidráulica, procure sempre um profissional "
                                                 "qualificado.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Casa de Afeto · Todos os direitos "
                                                 "reservados")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: corrigimos as medidas do nicho no "
                                              "passo 3.")),
        ),
    )


# --- a Czech interior-design magazine -----------------------------------------------------

IS_REDESIGN = dt.date(2017, 4, 3)
IS_AFFILIATE = dt.date(2019, 3, 1)
ZAHRADA = (
    "zastřihněte ovocné stromy a zkontrolujte uskladněné hlízy",
    "vysejte papriky a připravte pařeniště",
    "prořežte růže a provzdušněte trávník",
    "vysaďte brambory a rozdělte trvalky",
    "po zmrzlých mužích vysaďte rajčata a okurky",
    "stříhejte živé ploty a mulčujte jahody",
    "zalévejte ráno a sklízejte bylinky",
    "sázejte nové jahodníky a střihejte levanduli",
    "sázejte cibuloviny a hnojte trávník",
    "hrabejte listí a uklízejte citlivé rostliny",
    "přihrňte růže a vypusťte zahradní vodovod",
    "ometejte sníh z jehličnanů a krmte ptáky",
)


def _is_datum(day: dt.date) -> str:
    if day < IS_REDESIGN:
        return f"{day.day}. {day.month}. {day.year}"
    return f"{DNY[day.weekday()]} {day.day}. {MESICE[day.month - 1]} {day.year}"


@cache
def _is_tip() -> Wordings:
    base = _steps((_OLD, "Odebírejte náš newsletter a inspirace vám přijde každý týden "
                         "e-mailem"))
    home = [_span("2020-03-16", "2020-05-17", "Zůstaňte doma: tipy, jak si zútulnit domov "
                                              "během karantény")]
    easter_days = _movable(easter, 10, 1, lambda y: f"Velikonoce {y}: dekorace a jarní "
                                                    f"stůl v naší galerii")
    christmas = _yearly("12-24", 23, 0, lambda y: f"Vánoce {y}: dekorace, stůl a dárky pro "
                                                  f"domov")
    return _calendar(base, home, easter_days, christmas)


def interierastyl_style() -> PublisherStyle:
    """A Czech interior-design magazine: a section, the numeric date with spaces turned the
    weekday and the genitive month on 3 April 2017 (a wording per day), "Text: …, foto:"
    with a photographer from a pool, "Komerční sdělení", an affiliate line reworded in
    2019, "Kde koupit:" with a product and its price in crowns, "Přečtěte si také:" and
    "Reklama" up to twice, the month's garden work, a newsletter line turned by Easter,
    Christmas and the quarantine, the copyright and publisher lines (a block), a rare
    correction."""
    return PublisherStyle(
        domain="interierastyl.cz", site="Interiér a styl", base_size=55,
        subdomains=(("www.", 100),),
        sections=("bydleni", "inspirace", "zahrada", "rekonstrukce", "design"),
        n_authors=5, url_path="/{section}/{slug}.A{yyyy}{mm}{dd}",
        pools={
            "rubrika": ("Bydlení", "Inspirace", "Zahrada", "Rekonstrukce", "Design"),
            "foto": ("archiv výrobců", "archiv redakce", "Pavel Hrubý", "Shutterstock"),
            "vyrobek": ("křeslo Oslo, 12 990 Kč, Nábytek Horák", "stolní lampa z mosazi, "
                        "2 490 Kč, Světlo Praha", "vlněný koberec 160 × 230 cm, 8 990 Kč, "
                        "Textil Domov", "keramický květináč, 690 Kč, Zahradnictví Klas"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("datum", HEADER, 0.85, *_by_day(_is_datum)),
            _f("autor", HEADER, 0.55, (_OLD, "Text: {author}, foto: {foto}")),
            _f("komercni", HEADER, 0.08, (_OLD, "Komerční sdělení")),
            _f("affiliate", HEADER, 0.2, (_OLD, "Článek obsahuje affiliate odkazy."),
               (IS_AFFILIATE.isoformat(), "Tento článek obsahuje partnerské odkazy. Když přes "
                                          "ně nakoupíte, můžeme získat provizi; cena se pro "
                                          "vás nemění.")),
            _f("kde", MIDDLE, 0.3, (_OLD, "Kde koupit: {vyrobek}")),
            _f("prectete", MIDDLE, 0.4, (_OLD, "Přečtěte si také: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama"), count=2),
            _f("zahrada", FOOTER, 0.25, *_seasons(
                *[(f"{m + 1:02d}-01", f"Práce na zahradě {MESICE_6[m]}: {text}")
                  for m, text in enumerate(ZAHRADA)])),
            _f("tip", FOOTER, 0.2, *_is_tip()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Interiér a styl. Všechna práva "
                                                "vyhrazena. Jakékoli užití obsahu bez "
                                                "písemného souhlasu vydavatele je zakázáno.")),
            _f("vydavatel", FOOTER, 0.3, (_OLD, "Vydává Domov Media s.r.o., IČO 27154321, "
                                                "Praha 7")),
            _f("oprava", HEADER, 0.04, (_OLD, "Oprava: v původní verzi článku byl uveden "
                                              "chybný rozměr kuchyňské linky.")),
        ),
    )


# --- a German DIY store chain's advice pages ----------------------------------------------

SM_REDESIGN = dt.date(2016, 9, 1)
SM_HAFTUNG = dt.date(2018, 6, 1)


def _sm_datum(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"Veröffentlicht: {day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year} · Lesezeit {{read_min}} Min."


@cache
def _sm_maerkte() -> Wordings:
    base = _steps((_OLD, "Ihr Markt in der Nähe: Öffnungszeiten und Angebote unter "
                         "selbermacher.de/maerkte"))
    corona = [
        _span("2020-03-18", "2020-04-19", "Corona: In einigen Bundesländern sind unsere "
                                          "Märkte nur für Gewerbekunden geöffnet. Click & "
                                          "Collect ist überall möglich."),
        _span("2020-12-16", "2021-01-10", "Lockdown: Bestellte Ware holen Sie kontaktlos "
                                          "per Click & Collect ab."),
    ]
    feiertage = _movable(easter, 4, 1, lambda y: f"Ostern {y}: Karfreitag und Ostermontag "
                                                 f"bleiben unsere Märkte geschlossen.")
    feiertage += _movable(lambda y: easter(y) + 49 * ONE, 3, 1, lambda y: (
        f"Pfingsten {y}: Am Pfingstmontag sind unsere Märkte geschlossen."))
    weihnachten = _yearly("12-24", 5, 7, lambda y: "Heiligabend und Silvester haben unsere "
                                                   "Märkte bis 14 Uhr geöffnet.")
    return _calendar(base, corona, feiertage, weihnachten)


def _sm_mwst(value: str) -> str:
    return f"Alle Preise in Euro inkl. gesetzl. MwSt. ({value} %), zzgl. Versandkosten."


def selbermacher_style() -> PublisherStyle:
    """A German DIY store chain's advice pages: "Veröffentlicht:" with the numeric date
    turned the date and the reading time on 1 September 2016 (a wording per day), the
    difficulty, time and cost line and the tools needed from pools, a pro tip, a video
    line, the disclaimer reworded for gas, water and electrical work, the store-hours line
    turned by Easter, Whitsun, Christmas and the 2020 lockdowns, the season's jobs (frost,
    spring, summer, autumn), the VAT line (16% in the second half of 2020), the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="selbermacher.de", site="Selbermacher", base_size=45,
        subdomains=(("www.", 100),),
        sections=("ratgeber", "anleitungen", "garten", "bad", "boden"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "stufe": ("leicht", "mittel", "schwer"),
            "dauer": ("ca. 2 Stunden", "ca. 1 Tag", "ein Wochenende", "ca. 3 Stunden"),
            "kosten": ("ca. 50 €", "ca. 150 €", "ca. 400 €", "unter 30 €"),
            "werkzeug": ("Akkuschrauber", "Wasserwaage", "Zollstock", "Cuttermesser",
                         "Fliesenschneider", "Kartuschenpresse"),
        },
        families=(
            _f("datum", HEADER, 0.8, *_by_day(_sm_datum)),
            _f("schwierigkeit", HEADER, 0.5, (_OLD, "Schwierigkeit: {stufe} · Dauer: {dauer} "
                                                    "· Kosten: {kosten}")),
            _f("material", MIDDLE, 0.35, (_OLD, "Das brauchen Sie: {werkzeug_list}")),
            _f("tipp", MIDDLE, 0.2, (_OLD, "Profi-Tipp: Lassen Sie Platten und Latten im "
                                           "Markt kostenlos zuschneiden.")),
            _f("video", MIDDLE, 0.15, (_OLD, "▶ Video: So geht's Schritt für Schritt")),
            _f("haftung", FOOTER, 0.45, (_OLD, "Alle Angaben ohne Gewähr."),
               (SM_HAFTUNG.isoformat(), "Haftungsausschluss: Unsere Anleitungen ersetzen keine "
                                        "Fachberatung. Arbeiten an Gas-, Wasser- und "
                                        "Elektroinstallationen sind Fachbetrieben "
                                        "vorbehalten.")),
            _f("maerkte", FOOTER, 0.3, *_sm_maerkte()),
            _f("saison", FOOTER, 0.2, *_seasons(
                ("03-01", "Frühjahrscheck: Terrasse reinigen, Holz ölen, Regenrinne prüfen"),
                ("06-01", "Sommerzeit ist Streichzeit: Fassade und Zaun jetzt schützen"),
                ("09-01", "Herbstcheck: Dachrinne säubern und Heizkörper entlüften"),
                ("11-01", "Frostschutz: Außenwasserhähne absperren und entleeren"))),
            _f("mwst", FOOTER, 0.3, *table_wordings(MWST, _sm_mwst)),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Selbermacher Baumarkt GmbH & Co. "
                                                 "KG")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: Die Trocknungszeit der "
                                                 "Grundierung beträgt 24 Stunden.")),
        ),
    )


# --- a Polish renovation blog -------------------------------------------------------------

RM_REDESIGN = dt.date(2019, 5, 6)
RM_AFILIACJA = dt.date(2019, 1, 14)


@cache
def _rm_sezon() -> Wordings:
    base = _steps((_OLD, "Masz pytanie? Zostaw komentarz, odpowiadam na każdy."))
    programmes = [
        _span("2018-09-19", "2018-10-31", "Ruszył program Czyste Powietrze: dopłaty do "
                                          "wymiany pieca i ocieplenia domu"),
        _span("2019-01-01", "2019-01-31", "Od 1 stycznia 2019 r. ulga termomodernizacyjna: "
                                          "odliczysz do 53 tys. zł"),
        _span("2020-05-15", "2020-06-15", "Czyste Powietrze 2.0: prostszy wniosek i nowe "
                                          "progi dotacji"),
    ]
    heating = _yearly("10-01", 12, 14, lambda y: f"Przed sezonem grzewczym {y}/"
                                                 f"{str(y + 1)[2:]}: zleć przegląd "
                                                 f"kominiarski i sprawdź czujnik czadu")
    return _calendar(base, programmes, heating)


def remontowo_style() -> PublisherStyle:
    """A Polish renovation blog: the long date with the genitive month turned the numeric
    date and the reading time on 6 May 2019 (a wording per day), "Autor:", the difficulty,
    time and cost line from pools, an affiliate line reworded in 2019, "Czytaj także:" and
    "Reklama", the licensed-installer notice for gas and electrical work, a comments line
    turned by the heating season's chimney check, the Clean Air programme and the thermal
    modernisation relief, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="remontowo.pl", site="Remontowo", base_size=38,
        subdomains=(("", 100),),
        sections=("lazienka", "kuchnia", "podlogi", "elektryka", "ogrzewanie"),
        n_authors=2, url_path="/{slug}/",
        pools={
            "poziom": ("średni", "łatwy", "trudny"),
            "czas": ("1 dzień", "2–3 dni", "weekend", "kilka godzin"),
            "koszt": ("ok. 300 zł", "ok. 1 200 zł", "ok. 3 500 zł", "do 100 zł"),
        },
        families=(
            _f("data", HEADER, 0.85, *_by_day(
                lambda day: f"{day.day} {MIESIACE[day.month - 1]} {day.year}"
                if day < RM_REDESIGN else
                f"{day.day:02d}.{day.month:02d}.{day.year} | {{read_min}} min czytania")),
            _f("autor", HEADER, 0.5, (_OLD, "Autor: {author}")),
            _f("trudnosc", HEADER, 0.4, (_OLD, "Poziom trudności: {poziom} | Czas pracy: "
                                               "{czas} | Koszt: {koszt}")),
            _f("afiliacja", HEADER, 0.25, (_OLD, "Wpis zawiera linki afiliacyjne."),
               (RM_AFILIACJA.isoformat(), "Wpis zawiera linki afiliacyjne – jeśli coś przez "
                                          "nie kupisz, dostanę niewielką prowizję, a Ty nic "
                                          "nie dopłacasz.")),
            _f("czytaj", MIDDLE, 0.35, (_OLD, "Czytaj także: {other_title}")),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Reklama")),
            _f("uprawnienia", FOOTER, 0.3, (_OLD, "Pamiętaj: prace przy instalacji gazowej i "
                                                  "elektrycznej może wykonywać tylko osoba z "
                                                  "odpowiednimi uprawnieniami.")),
            _f("sezon", FOOTER, 0.25, *_rm_sezon()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Remontowo – kopiowanie treści bez "
                                                "zgody autora zabronione.")),
            _f("aktualizacja", HEADER, 0.04, (_OLD, "Aktualizacja: poprawiłem zużycie kleju na "
                                                    "m² w tabeli.")),
        ),
    )


# --- a Czech estate agency's listings -----------------------------------------------------

RD_REDESIGN = dt.date(2018, 1, 15)
RD_NABIDKA = dt.date(2019, 6, 3)
DAN_Z_NABYTI = (("2014-01-01", "prodávající"), ("2016-11-01", "kupující"),
                ("2020-09-26", ""))
HYPO = (("2015-01-01", 2.33), ("2016-12-01", 1.78), ("2018-12-01", 2.91), ("2019-12-01", 2.31),
        ("2020-12-01", 2.02))


def hypo_rate(y: int, m: int) -> float:
    """A made-up average Czech mortgage rate in month `m` of `y`."""
    mid = dt.date(y, m, 15)
    return round(trend(mid, HYPO) + 0.04 * wobble(mid, "hypo"), 2)


def _rd_hypo(day: dt.date) -> str:
    y, m = month_before(day, 10)
    return f"Průměrná sazba hypoték za {MESICE_1[m - 1]} {y}: {comma(hypo_rate(y, m))} %"


def _rd_dan(payer: str) -> str:
    if not payer:
        return "Daň z nabytí nemovitých věcí byla zrušena, kupující ji neplatí."
    return f"Daň z nabytí nemovitých věcí (4 %) hradí {payer}."


def realitydomov_style() -> PublisherStyle:
    """A Czech estate agency's listings: "Aktualizováno:" with the zero-padded date turned
    "Aktualizace" with the spaced date on 15 January 2018 (a wording per day), the price in
    crowns and the layout (2+kk, 3+1) and floor area from pools, the energy class (G the
    most common), "Cena je včetně provize", the property transfer tax line (the payer
    changed on 1 November 2016, the tax abolished in September 2020), last month's average
    mortgage rate (a wording per month, published each 10th), the agent line, the
    information-only notice reworded in 2019, the copyright line, a rare update."""
    return PublisherStyle(
        domain="realitydomov.cz", site="Reality Domov", base_size=32,
        subdomains=(("www.", 100),),
        sections=("byty", "domy", "pozemky", "pronajem"),
        n_authors=4, url_path="/nabidka/{section}/{n}",
        pools={
            "cena": ("4 590 000", "3 490 000", "5 250 000", "6 990 000", "8 900 000"),
            "dispozice": ("2+kk", "1+kk", "2+1", "3+1", "3+kk", "4+kk"),
            "plocha": ("52", "34", "68", "81", "96"),
            "penb": ("G – mimořádně nehospodárná", "C – úsporná", "D – méně úsporná",
                     "B – velmi úsporná", "E – nehospodárná"),
        },
        families=(
            _f("datum", HEADER, 0.8, *_by_day(
                lambda day: f"Aktualizováno: {day.day:02d}.{day.month:02d}.{day.year}"
                if day < RD_REDESIGN else f"Aktualizace {day.day}. {day.month}. {day.year}")),
            _f("cena", HEADER, 0.6, (_OLD, "Cena: {cena} Kč")),
            _f("dispozice", MIDDLE, 0.4, (_OLD, "Dispozice: {dispozice} · Užitná plocha: "
                                                "{plocha} m²")),
            _f("penb", FOOTER, 0.45, (_OLD, "Energetická náročnost budovy: {penb}")),
            _f("provize", FOOTER, 0.3, (_OLD, "Cena je včetně provize RK a poplatků za "
                                              "právní servis.")),
            _f("dan", FOOTER, 0.25, *table_wordings(DAN_Z_NABYTI, _rd_dan)),
            _f("hypo", FOOTER, 0.15, *_by_day(_rd_hypo)),
            _f("makler", FOOTER, 0.4, (_OLD, "Kontaktní makléř: {author}")),
            _f("nabidka", FOOTER, 0.3,
               (_OLD, "Nabídka je pouze informativní a nepředstavuje návrh na uzavření "
                      "smlouvy."),
               (RD_NABIDKA.isoformat(), "Informace v této nabídce jsou orientační a nejsou "
                                        "návrhem na uzavření smlouvy podle § 1732 občanského "
                                        "zákoníku.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Reality Domov s.r.o.")),
            _f("oprava", HEADER, 0.04, (_OLD, "Aktualizace nabídky: cena byla snížena.")),
        ),
    )


# --- a Portuguese estate agency's listings and home blog ----------------------------------

LD_REDESIGN = dt.date(2019, 1, 7)
EURIBOR_12M = (("2015-01-01", 0.30), ("2016-02-01", 0.0), ("2016-12-01", -0.08),
               ("2018-12-01", -0.13), ("2019-08-01", -0.36), ("2020-03-01", -0.27),
               ("2020-12-01", -0.50))


def euribor(y: int, m: int) -> float:
    """A made-up monthly average of the 12-month Euribor in month `m` of `y`."""
    mid = dt.date(y, m, 15)
    return round(trend(mid, EURIBOR_12M) + 0.015 * wobble(mid, "euribor"), 3)


def _ld_euribor(day: dt.date) -> str:
    y, m = month_before(day, 3)
    return (f"Euribor a 12 meses (média de {MESES[m - 1]} de {y}): "
            f"{comma(euribor(y, m), 3)}%")


@cache
def _ld_visita() -> Wordings:
    base = _steps((_OLD, "Marque já a sua visita: 213 555 010 (dias úteis, das 9h às 19h)"))
    emergency = [_span("2020-03-19", "2020-05-02", "Estado de emergência: visitas virtuais e "
                                                   "atendimento por videochamada")]
    imi = _yearly("05-31", 30, 0, lambda y: f"Não se esqueça: a 1.ª prestação do IMI de {y} "
                                            f"paga-se até 31 de maio")
    return _calendar(base, emergency, imi)


def lardocelar_style() -> PublisherStyle:
    """A Portuguese estate agency's listings and home blog: the dotted date turned
    "Publicado a" with the long date on 7 January 2019 (a wording per day), the type (T2),
    area and price from pools, "Leia também:" and "Publicidade", the energy certificate
    class, last month's 12-month Euribor (a wording per month, published each 3rd), a
    visits line turned by the IMI instalment each May and the state of emergency, the
    cookie line turned the GDPR (RGPD) line on 25 May 2018, the licence line with the AMI
    number and the copyright line (a block), a rare erratum."""
    return PublisherStyle(
        domain="lardocelar.pt", site="Lar Doce Lar", base_size=28,
        subdomains=(("www.", 100),),
        sections=("comprar", "arrendar", "blog", "casa"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "tipologia": ("T2", "T1", "T3", "T4", "Moradia V3"),
            "area": ("84", "58", "112", "146", "201"),
            "preco": ("245 000", "185 000", "320 000", "495 000", "640 000"),
            "classe": ("C", "B", "D", "A", "B-", "E", "Isento"),
        },
        families=(
            _f("data", HEADER, 0.8, *_by_day(
                lambda day: f"{day.day:02d}.{day.month:02d}.{day.year}" if day < LD_REDESIGN
                else f"Publicado a {day.day} de {MESES[day.month - 1]} de {day.year}")),
            _f("tipologia", HEADER, 0.5, (_OLD, "{tipologia} · {area} m² · {preco} €")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.25, (_OLD, "Publicidade")),
            _f("energia", FOOTER, 0.4, (_OLD, "Certificado energético: {classe}")),
            _f("euribor", FOOTER, 0.2, *_by_day(_ld_euribor)),
            _f("visita", FOOTER, 0.3, *_ld_visita()),
            _f("rgpd", FOOTER, 0.15,
               (_OLD, "Ao continuar a navegar, aceita a utilização de cookies."),
               (RODO.isoformat(), "Os seus dados são tratados nos termos do RGPD. Consulte a "
                                  "nossa Política de Privacidade.")),
            _f("ami", FOOTER, 0.45, (_OLD, "Lar Doce Lar – Mediação Imobiliária, Lda. · AMI "
                                           "12345")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Lar Doce Lar. Todos os direitos "
                                                "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a área útil do imóvel foi corrigida.")),
        ),
    )


# --- a Korean self-repair (셀프 인테리어) blog ----------------------------------------------

SJ_REDESIGN = dt.date(2019, 9, 2)
SJ_ANJEON = dt.date(2018, 4, 16)


@cache
def _sj_gyejeol() -> Wordings:
    base = _steps((_OLD, "궁금한 점은 댓글로 남겨 주세요. 꼭 답글 드릴게요!"))
    rains: list[Event] = [(dt.date(y, 6, 10), dt.date(y, 6, 30),
                           "☔ 장마 전에 베란다 실리콘과 배수구를 꼭 점검하세요") for y in YEARS]
    cold = _yearly("01-10", 25, 21, lambda y: "❄️ 한파 주의: 수도 계량기 동파 예방법을 "
                                               "확인하세요", years=range(2015, 2022))
    return _calendar(base, rains, cold)


def selfjipsuri_style() -> PublisherStyle:
    """A Korean self-repair blog: the dotted date and the time turned the long date with
    the weekday on 2 September 2019 (a wording per day), "글쓴이", the difficulty, time and
    cost line and the materials from pools, the sponsorship line marked "[협찬]" for the
    2020 endorsement guidelines, "함께 보면 좋은 글" and "광고", the qualified-technician
    notice reworded in 2018, a "likes and comments" line, a comments line turned by the
    rainy season and the cold snaps, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="selfjipsuri.kr", site="셀프집수리", base_size=24,
        subdomains=(("", 100),),
        sections=("bathroom", "wall", "floor", "kitchen", "lighting"),
        n_authors=2, url_path="/{n}",
        pools={
            "nanido": ("★★☆", "★☆☆", "★★★"),
            "sigan": ("반나절", "2시간", "하루", "주말 이틀"),
            "biyong": ("약 10만원", "약 3만원", "약 25만원", "50만원 이상"),
            "junbi": ("줄자", "전동드릴", "실리콘 건", "커터칼", "수평계", "마스킹테이프"),
        },
        families=(
            _f("nalja", HEADER, 0.8, *_by_day(
                lambda day: f"{day.year}. {day.month}. {day.day}. {{time}}" if day < SJ_REDESIGN
                else f"{day.year}년 {day.month}월 {day.day}일 {YOIL_LONG[day.weekday()]}")),
            _f("geulsseuni", HEADER, 0.5, (_OLD, "글쓴이 {author}")),
            _f("nanido", HEADER, 0.4, (_OLD, "난이도 {nanido} | 소요시간 {sigan} | 예상비용 "
                                             "{biyong}")),
            _f("junbimul", MIDDLE, 0.3, (_OLD, "준비물: {junbi_list}")),
            _f("hyeopchan", HEADER, 0.2,
               (_OLD, "이 포스팅은 업체로부터 제품을 무상으로 제공받아 작성되었습니다."),
               (OJ_GUIDELINES.isoformat(), "[협찬] 이 포스팅은 업체로부터 제품을 무상으로 "
                                           "제공받아 작성되었습니다.")),
            _f("hamkke", MIDDLE, 0.3, (_OLD, "함께 보면 좋은 글: {other_title}")),
            _f("gwanggo", MIDDLE, 0.25, (_OLD, "광고")),
            _f("anjeon", FOOTER, 0.35, (_OLD, "※ 전기·가스 작업은 반드시 전문 기사님께 "
                                              "맡기세요."),
               (SJ_ANJEON.isoformat(), "※ 전기·가스 배관 작업은 자격을 갖춘 전문가에게 "
                                       "의뢰하세요. 이 글의 시공 방법은 참고용입니다.")),
            _f("gonggam", FOOTER, 0.3, (_OLD, "공감♥과 댓글은 글쓴이에게 큰 힘이 됩니다!")),
            _f("gyejeol", FOOTER, 0.2, *_sj_gyejeol()),
            _f("copyright", FOOTER, 0.3, (_OLD, "Copyright © 셀프집수리 All rights reserved. "
                                                "무단 복제 금지")),
            _f("sujeong", HEADER, 0.04, (_OLD, "[수정] 실리콘 경화 시간을 24시간으로 "
                                               "바로잡았습니다.")),
        ),
    )


def heldout172_styles() -> list[PublisherStyle]:
    """The held-back-172 styles, in the order the generator hands them to publishers."""
    return [
        plumbandlevel_style(), wohnwerk_style(), gableandkey_style(), kwadratura_style(),
        onjip_style(), casadeafeto_style(), interierastyl_style(), selbermacher_style(),
        remontowo_style(), realitydomov_style(), lardocelar_style(), selfjipsuri_style(),
    ]
