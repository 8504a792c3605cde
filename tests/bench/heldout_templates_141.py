"""The ``held-back-141`` template set of the planted-real benchmark.

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
"prices were accurate at the time of publishing" line or an advertisement marker. The
publishers are fashion, beauty and celebrity magazines in English (US and UK), French,
Italian, Spanish (Spain and Mexico), Korean, Japanese and Russian: an American glossy fashion
magazine, a British celebrity news site, a French fashion weekly's site, a Milan fashion
magazine, a Spanish celebrity and fashion magazine, a Korean beauty and entertainment news
site, a Japanese beauty magazine, a Russian celebrity and style site, an American red-carpet
gallery site, an American shopping site, a British beauty blog and a Mexican entertainment
news site. The families are the kinds a crawl of such sites holds: dates localised day by day
in English (AP-style months, American Eastern and Pacific time with daylight saving, British
summer and winter time), French, Italian, Spanish (with CET and CEST), Korean, Japanese (with
the weekday in kanji), Russian (genitive months) and Mexican Spanish, several changing form on
the day of a redesign; lines that turn every day ("prices were accurate" with the day's date,
a horoscope line naming the day, a blogger's Blogmas day count), every week ("best dressed of
the week") and every month (the issue on newsstands, "prices as of" a month with Japan's
consumption tax); shopping and affiliate disclosures reworded between 2015 and 2020 ("we
independently select"), sponsored-content labels, shop lines with products, prices and
retailers from pools, photo agency credits, gallery navigation and photo counts, designer
credits, "Related"-like links and advertisement markers mid-body (some up to two or three
times); newsletter and follow appeals that follow the calendars of fashion and celebrity
(fashion weeks in New York, Milan and Paris, the Golden Globes, the Oscars, the Met Gala and
its 2020 postponement, Cannes, Venice, Sanremo, the Goyas, the Emmys, Love Island and I'm a
Celebrity, the 2018 royal weddings, the French, Italian and Spanish sales, Black Friday and
Cyber Monday, Prime Day, El Buen Fin, Mother's Days, Seollal and Chuseok, Japan's lucky bags,
Christmas coffrets and best-cosmetics awards, International Women's Day, New Year, the 2020
lockdowns); amounts that change over the years (magazine cover and subscription prices,
Amazon Prime's fee, Japan's consumption tax); multi-line blocks (press registration and
copyright lines, affiliate-programme and copyright lines, IPSO and copyright lines), bare
lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
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
    last_weekday,
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
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles several
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre")
DIAS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
MESYATSA = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")

# --- calendars of fashion and celebrity ---------------------------------------------------

GOLDEN_GLOBES = {2015: "2015-01-11", 2016: "2016-01-10", 2017: "2017-01-08",
                 2018: "2018-01-07", 2019: "2019-01-06", 2020: "2020-01-05"}
OSCARS = {2015: "2015-02-22", 2016: "2016-02-28", 2017: "2017-02-26", 2018: "2018-03-04",
          2019: "2019-02-24", 2020: "2020-02-09"}
EMMYS = {2015: "2015-09-20", 2016: "2016-09-18", 2017: "2017-09-17", 2018: "2018-09-17",
         2019: "2019-09-22", 2020: "2020-09-20"}
CANNES = {2015: ("2015-05-13", "2015-05-24"), 2016: ("2016-05-11", "2016-05-22"),
          2017: ("2017-05-17", "2017-05-28"), 2018: ("2018-05-08", "2018-05-19"),
          2019: ("2019-05-14", "2019-05-25")}  # none in 2020
VENICE = {2015: ("2015-09-02", "2015-09-12"), 2016: ("2016-08-31", "2016-09-10"),
          2017: ("2017-08-30", "2017-09-09"), 2018: ("2018-08-29", "2018-09-08"),
          2019: ("2019-08-28", "2019-09-07"), 2020: ("2020-09-02", "2020-09-12")}
SANREMO = {2015: ("2015-02-10", "2015-02-14"), 2016: ("2016-02-09", "2016-02-13"),
           2017: ("2017-02-07", "2017-02-11"), 2018: ("2018-02-06", "2018-02-10"),
           2019: ("2019-02-05", "2019-02-09"), 2020: ("2020-02-04", "2020-02-08")}
GOYAS = {2015: "2015-02-07", 2016: "2016-02-06", 2017: "2017-02-04", 2018: "2018-02-03",
         2019: "2019-02-02", 2020: "2020-01-25"}
PARIS_FW = (("2015-03-03", "2015-03-11"), ("2015-09-29", "2015-10-07"),
            ("2016-03-01", "2016-03-09"), ("2016-09-27", "2016-10-05"),
            ("2017-02-28", "2017-03-07"), ("2017-09-26", "2017-10-03"),
            ("2018-02-26", "2018-03-06"), ("2018-09-24", "2018-10-02"),
            ("2019-02-25", "2019-03-05"), ("2019-09-23", "2019-10-01"),
            ("2020-02-24", "2020-03-03"), ("2020-09-28", "2020-10-06"))
LOVE_ISLAND = {2015: ("2015-06-07", "2015-07-20"), 2016: ("2016-05-30", "2016-07-11"),
               2017: ("2017-06-05", "2017-07-24"), 2018: ("2018-06-04", "2018-07-30"),
               2019: ("2019-06-03", "2019-07-29"), 2020: ("2020-01-12", "2020-02-23")}
IM_A_CELEB = {2015: "2015-11-15", 2016: "2016-11-13", 2017: "2017-11-19", 2018: "2018-11-18",
              2019: "2019-11-17", 2020: "2020-11-15"}  # first night, a three-week run
PRIME_DAY = {2015: ("2015-07-15", "2015-07-15"), 2016: ("2016-07-12", "2016-07-12"),
             2017: ("2017-07-10", "2017-07-11"), 2018: ("2018-07-16", "2018-07-17"),
             2019: ("2019-07-15", "2019-07-16"), 2020: ("2020-10-13", "2020-10-14")}
BUEN_FIN = {2015: ("2015-11-13", "2015-11-16"), 2016: ("2016-11-18", "2016-11-21"),
            2017: ("2017-11-17", "2017-11-20"), 2018: ("2018-11-16", "2018-11-19"),
            2019: ("2019-11-15", "2019-11-18"), 2020: ("2020-11-09", "2020-11-20")}
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
# French sales: (winter first day, last day), (summer first day, last day)
SOLDES = {2015: (("2015-01-07", "2015-02-17"), ("2015-06-24", "2015-08-04")),
          2016: (("2016-01-06", "2016-02-16"), ("2016-06-22", "2016-08-02")),
          2017: (("2017-01-11", "2017-02-21"), ("2017-06-28", "2017-08-08")),
          2018: (("2018-01-10", "2018-02-20"), ("2018-06-27", "2018-08-07")),
          2019: (("2019-01-09", "2019-02-19"), ("2019-06-26", "2019-08-06")),
          2020: (("2020-01-08", "2020-02-04"), ("2020-07-15", "2020-08-11"))}
SALDI = {2015: ("2015-01-03", "2015-07-04"), 2016: ("2016-01-02", "2016-07-02"),
         2017: ("2017-01-05", "2017-07-01"), 2018: ("2018-01-05", "2018-07-07"),
         2019: ("2019-01-05", "2019-07-06"), 2020: ("2020-01-04", "2020-08-01")}
MET_GALA_POSTPONED = dt.date(2020, 5, 4)


def met_gala(y: int) -> dt.date | None:
    """The Met Gala: the first Monday of May (postponed in 2020)."""
    return None if y == 2020 else nth_weekday(y, 5, 0, 1)


def nyfw(y: int, month: int) -> dt.date:
    """New York Fashion Week's first day: the second Thursday of February or September."""
    return nth_weekday(y, month, 3, 2)


def mfw(y: int, month: int) -> dt.date:
    """Milan Fashion Week's first day: the fourth (February) or third (September) Tuesday."""
    return nth_weekday(y, month, 1, 4 if month == 2 else 3)


def black_friday(y: int) -> dt.date:
    return thanksgiving(y) + ONE


def cyber_monday(y: int) -> dt.date:
    return thanksgiving(y) + 4 * ONE


def us_daylight(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day`."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def eu_summer(day: dt.date) -> bool:
    """Whether British and European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def in_force(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) in force on `day`."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def by_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line that changes on the days of `table`: from the oldest day the
    value in force on the set's first day, then one from each later day."""
    out = [(_OLD, text(in_force(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def _fr(day: dt.date) -> str:
    return f"{day.day} {MOIS[day.month - 1]} {day.year}"


# --- an American glossy fashion magazine --------------------------------------------------

GG_REDESIGN = dt.date(2018, 9, 6)  # relaunched on the first day of New York Fashion Week
GG_SELECT = dt.date(2016, 6, 1)
GG_INDEPENDENT = dt.date(2019, 2, 12)
GG_NEWSLETTER = dt.date(2017, 4, 3)
GG_SUBSCRIPTION = (("2013-01-01", "$15"), ("2017-01-01", "$18"), ("2019-07-01", "$20"))


def _gg_dated(day: dt.date) -> str:
    if day < GG_REDESIGN:
        return f"{MONTHS[day.month - 1].upper()} {day.day}, {day.year}"
    zone = "EDT" if us_daylight(day) else "EST"
    return f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}, {{time12}} {zone}"


def gg_issue(day: dt.date) -> tuple[int, int]:
    """The issue on newsstands on `day`: next month's from the 16th."""
    m = day.month + (day.day >= 16)
    return (day.year + (m > 12), (m - 1) % 12 + 1)


def _gg_issue(day: dt.date) -> str:
    y, m = gg_issue(day)
    price = in_force(day, GG_SUBSCRIPTION)
    name = f"{MONTHS[m - 1]} {y} issue" + (", our biggest of the year," if m == 9 else "")
    return f"The {name} is on newsstands now. Subscribe: 12 issues for {price}."


@cache
def _gg_newsletter() -> Wordings:
    base = _steps((_OLD, "Get the Gloss & Grain newsletter: the week's best in fashion and "
                         "beauty, every Friday."),
                  (GG_NEWSLETTER.isoformat(), "📬 Sign up for The Daily Grain, our newsletter "
                                              "of trends, runway news and the things we're "
                                              "buying."))
    pandemic = [_span("2020-03-16", "2020-05-31", "🏠 Staying in: our guide to self-care, "
                                                  "style and sanity at home")]
    fashion_week: list[Event] = []
    for y in YEARS:
        for month in (2, 9):
            first = nyfw(y, month)
            season = "Fall" if month == 2 else "Spring"
            fashion_week.append((first, first + 8 * ONE,
                                 f"👠 NYFW {season} {y + (month == 9)}: every show, every "
                                 f"look, reviewed by our editors"))
    gala = _movable(met_gala, 3, 1, lambda y: f"✨ Met Gala {y}: all the red-carpet looks, "
                                              f"live")
    gala.append((MET_GALA_POSTPONED - 3 * ONE, MET_GALA_POSTPONED + 2 * ONE,
                 "The Met Gala is postponed this year: relive the best looks from our "
                 "archive"))
    shopping = [(black_friday(y) - ONE, cyber_monday(y) + ONE,
                 f"🛍️ Black Friday {y}: the sales our editors are actually shopping")
                for y in YEARS]
    gifts = _yearly("12-01", 0, 19, lambda y: f"🎁 The Gloss & Grain Gift Guide {y}: 150 ideas "
                                               f"for everyone on your list")
    return _calendar(base, gala, pandemic, fashion_week, shopping, gifts)


def glossandgrain_style() -> PublisherStyle:
    """An American glossy fashion magazine: a section kicker from a pool, the long date in
    capitals turned the AP-style date with the time and Eastern daylight or standard time
    on the first day of New York Fashion Week 2018 (a wording per day), "By" turned the
    writer with the beat, an affiliate disclosure reworded twice ("chosen by our editors",
    "we independently select"), shop lines with product, price and retailer from pools (up
    to three times), a photo credit from a pool, a gallery line with its photo count,
    "RELATED:" and advertisement markers (up to twice), "Prices were accurate at the time of
    publishing" with the day's date (a wording per day), the issue on newsstands (a wording
    per month, from each 16th) with the subscription price (raised in 2017 and 2019), a
    newsletter appeal reworded and turned by New York Fashion Week, the Met Gala and its
    2020 postponement, Black Friday, the gift guide and the pandemic, the affiliate-programme
    line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="glossandgrain.com", site="Gloss & Grain", base_size=250,
        subdomains=(("www.", 100),),
        sections=("fashion", "beauty", "culture", "runway", "shopping", "weddings"),
        n_authors=16, url_path="/{section}/a{n}/{slug}/",
        pools={
            "kicker": ("FASHION", "BEAUTY", "CULTURE", "RUNWAY", "SHOPPING", "WEDDINGS",
                       "CELEBRITY STYLE"),
            "beat": ("Fashion Features Editor", "Beauty Director", "Senior Fashion Writer",
                     "Contributing Editor", "Commerce Writer", "Culture Editor"),
            "product": ("Silk slip dress", "Oversized wool blazer", "Leather ankle boots",
                        "Retinol night serum", "Gold hoop earrings", "Cashmere crewneck",
                        "Straight-leg jeans", "Tinted lip balm"),
            "price": ("$28", "$45", "$68", "$98", "$145", "$230", "$395", "$1,250"),
            "retailer": ("Nordstrom", "Net-a-Porter", "Sephora", "Shopbop", "Amazon",
                         "Saks Fifth Avenue", "Madewell"),
            "agency": ("Getty Images", "Launchmetrics Spotlight", "Courtesy of the brand",
                       "Backgrid", "Gloss & Grain"),
            "photos": ("12", "18", "24", "30", "36", "45", "61"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_gg_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (GG_REDESIGN.isoformat(), "By {author} · {author_beat}")),
            _f("affiliate", HEADER, 0.55,
               (_OLD, "Gloss & Grain may earn a commission when you buy through links on our "
                      "site."),
               (GG_SELECT.isoformat(), "Every product here was chosen by our editors. Gloss & "
                                       "Grain may earn a commission when you buy through our "
                                       "links."),
               (GG_INDEPENDENT.isoformat(), "We independently select everything we feature. "
                                            "If you buy something through our retail links, "
                                            "Gloss & Grain may earn an affiliate commission.")),
            _f("shop", MIDDLE, 0.4, (_OLD, "SHOP IT: {product}, {price} at {retailer}"),
               count=3),
            _f("photo", MIDDLE, 0.35, (_OLD, "Photo: {agency}")),
            _f("gallery", MIDDLE, 0.15, (_OLD, "View Gallery · {photos} Photos")),
            _f("related", MIDDLE, 0.35, (_OLD, "RELATED: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement · Story continues below"),
               count=2),
            _f("prices", FOOTER, 0.3, *_daily(
                lambda day: f"Prices were accurate at the time of publishing, "
                            f"{MONTHS[day.month - 1]} {day.day}, {day.year}.")),
            _f("issue", FOOTER, 0.2, *_by_day(_gg_issue)),
            _f("newsletter", FOOTER, 0.3, *_gg_newsletter()),
            _f("programs", FOOTER, 0.35, (_OLD, "Gloss & Grain takes part in affiliate "
                                                "programs that pay a fee when readers buy "
                                                "from the retailers we link to.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Gloss & Grain Media, Inc. All "
                                                 "rights reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "story misspelled the designer's name.")),
        ),
    )


# --- a British celebrity news site --------------------------------------------------------

SW_REDESIGN = dt.date(2017, 10, 2)
SW_WHATSAPP = dt.date(2019, 5, 13)
ROYAL_WEDDINGS = (("2018-05-12", "2018-05-20", "💍 The royal wedding: Harry and Meghan, "
                                               "live from Windsor"),
                  ("2018-10-08", "2018-10-13", "💍 Princess Eugenie's wedding: every guest "
                                               "and every outfit"))


def _sw_dated(day: dt.date) -> str:
    if day < SW_REDESIGN:
        return f"Published {{time}}, {day.day} {MONTHS[day.month - 1]} {day.year}"
    zone = "BST" if eu_summer(day) else "GMT"
    return (f"{WEEKDAYS[day.weekday()][:3]} {day.day} {MONTHS[day.month - 1][:3]} {day.year} "
            f"{{time}} {zone}")


def _sw_horoscope(day: dt.date) -> str:
    return (f"✨ Your horoscope for {WEEKDAYS[day.weekday()]} {day.day} "
            f"{MONTHS[day.month - 1]}: what the stars have in store")


@cache
def _sw_notice() -> Wordings:
    base = _steps((_OLD, "Sign up to the Star Whisper showbiz newsletter for the day's "
                         "biggest stories"))
    lockdown = [_span("2020-03-23", "2020-07-04", "📺 Stuck at home? The shows everyone is "
                                                  "binge-watching right now")]
    weddings = [_span(first, last, text) for first, last, text in ROYAL_WEDDINGS]
    villa = [_span(first, last, f"🏝️ Love Island {y}: every twist from the villa")
             for y, (first, last) in LOVE_ISLAND.items()]
    jungle = [(iso_day(day), iso_day(day, 21),
               f"🌿 I'm a Celebrity {y}: who's in, who's out, every night")
              for y, day in IM_A_CELEB.items()]
    return _calendar(base, lockdown, weddings, villa, jungle)


def starwhisper_style() -> PublisherStyle:
    """A British celebrity news site: a section kicker from a pool, "Published" with the
    time and the long date turned the short weekday, date, time and British summer or winter
    time on 2 October 2017 (a wording per day), "By" turned the writer with the beat, photo
    agency credits and "READ MORE:" links (up to twice each), a gallery line, a horoscope
    line naming the day (a wording per day), a tip-off line reworded for WhatsApp, a
    newsletter appeal turned by Love Island, I'm a Celebrity, the 2018 royal weddings and
    the lockdown, the comments line, the IPSO line and the copyright line (a block), a rare
    update."""
    return PublisherStyle(
        domain="starwhisper.co.uk", site="Star Whisper", base_size=220,
        subdomains=(("www.", 90), ("amp.", 10)),
        sections=("showbiz", "tv", "royals", "fashion", "soaps", "music"),
        n_authors=12, url_path="/{section}/{n}/{slug}",
        pools={
            "kicker": ("SHOWBIZ", "TV", "ROYALS", "FASHION", "LOVE ISLAND", "SOAPS",
                       "EXCLUSIVE"),
            "beat": ("Showbiz Reporter", "Celebrity Editor", "TV Reporter",
                     "Royal Correspondent", "Fashion Writer", "Showbiz Editor"),
            "agency": ("REX/Shutterstock", "Splash News", "PA Images", "Backgrid",
                       "Getty Images", "Instagram", "ITV"),
            "photos": ("8", "12", "15", "20", "27", "34"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_sw_dated)),
            _f("byline", HEADER, 0.75, (_OLD, "By {author}"),
               (SW_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("pictures", MIDDLE, 0.4, (_OLD, "Image: {agency}"), count=2),
            _f("read-more", MIDDLE, 0.35, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("gallery", MIDDLE, 0.12, (_OLD, "In pictures: swipe through all {photos} "
                                               "photos")),
            _f("horoscope", HEADER, 0.15, *_daily(_sw_horoscope)),
            _f("tips", FOOTER, 0.4,
               (_OLD, "Got a showbiz story? Email tips@starwhisper.co.uk or call 020 7946 "
                      "0555. We pay for stories."),
               (SW_WHATSAPP.isoformat(), "Got a story? WhatsApp us on 07700 900 321 or email "
                                         "tips@starwhisper.co.uk. We pay for stories.")),
            _f("notice", FOOTER, 0.3, *_sw_notice()),
            _f("comments", FOOTER, 0.25, (_OLD, "Join the conversation: comments are "
                                                "moderated under our house rules.")),
            _f("ipso", FOOTER, 0.3, (_OLD, "Star Whisper is regulated by IPSO. To complain "
                                           "about an article, email "
                                           "complaints@starwhisper.co.uk")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Star Whisper Ltd {year}")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this story has been amended since it "
                                              "was first published.")),
        ),
    )


# --- a French fashion weekly's site --------------------------------------------------------

EC_REDESIGN = dt.date(2018, 1, 22)  # relaunched on the first day of the couture week
EC_INDEPENDANCE = dt.date(2019, 9, 2)
EC_NEWSLETTER = dt.date(2017, 5, 15)
EC_PRIX = (("2013-01-04", "2,00 €"), ("2016-09-02", "2,20 €"), ("2019-01-04", "2,50 €"))


def _ec_date(day: dt.date) -> str:
    if day < EC_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return f"Publié le {JOURS[day.weekday()]} {_fr(day)} à {{time}}"


@cache
def _ec_newsletter() -> Wordings:
    base = _steps((_OLD, "Recevez la newsletter Éclat chaque semaine"),
                  (EC_NEWSLETTER.isoformat(), "Inscrivez-vous à la newsletter Éclat : mode, "
                                              "beauté, people, tous les jours"))
    confinement = [_span("2020-03-17", "2020-05-10", "🏠 Confinement : nos idées beauté et "
                                                     "bien-être à faire chez soi"),
                   _span("2020-10-30", "2020-12-14", "🏠 Reconfinement : le shopping en ligne "
                                                     "des commerçants indépendants")]
    soldes: list[Event] = []
    for y, (hiver, ete) in SOLDES.items():
        for (first, last), saison in ((hiver, "d'hiver"), (ete, "d'été")):
            a, b = iso_day(first), iso_day(last)
            soldes.append((a, b + ONE, f"🛍️ Soldes {saison} {y} : du {a.day} {MOIS[a.month - 1]}"
                                       f" au {b.day} {MOIS[b.month - 1]}, notre sélection"))
    defiles = [_span(first, last, f"👗 Fashion Week de Paris {iso_day(first).year} : tous "
                                  f"les défilés") for first, last in PARIS_FW]
    cannes = [_span(first, last, f"🌴 Festival de Cannes {y} : les plus belles montées des "
                                 f"marches") for y, (first, last) in CANNES.items()]
    return _calendar(base, confinement, soldes, defiles, cannes)


def eclat_style() -> PublisherStyle:
    """A French fashion weekly's site: a section from a pool, "Publié le" with the numeric
    date turned the weekday, the long date and the time on the first day of the January
    2018 couture week (a wording per day), "Par" the writer, an affiliate line reworded for
    the editors' independence, photo credits from a pool, "À lire aussi :" links and
    "Publicité" markers (up to twice), a slideshow line, "Prix indiqués" with the day's date
    (a wording per day), a newsletter appeal reworded and turned by the winter and summer
    sales with their dates, Paris Fashion Week, Cannes and the two lockdowns, the magazine's
    cover price (raised in 2016 and 2019), the publisher line and the copyright line (a
    block), a rare erratum."""
    return PublisherStyle(
        domain="eclat-mag.fr", site="Éclat", base_size=170,
        subdomains=(("www.", 100),),
        sections=("mode", "beaute", "people", "societe", "shopping", "mariage"),
        n_authors=10, url_path="/{section}/{slug}-{n}",
        pools={
            "rubrique": ("Mode", "Beauté", "People", "Société", "Shopping", "Mariage"),
            "agence": ("Getty Images", "Launchmetrics Spotlight", "Abaca", "Bestimage",
                       "Imaxtree", "Instagram", "Presse"),
            "photos": ("10", "15", "20", "25", "32", "40"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_ec_date)),
            _f("auteur", HEADER, 0.6, (_OLD, "Par {author}")),
            _f("affiliation", HEADER, 0.35,
               (_OLD, "Certains liens de cet article sont affiliés : un achat peut rapporter une "
                      "commission à Éclat."),
               (EC_INDEPENDANCE.isoformat(), "Les produits sont choisis en toute indépendance "
                                             "par la rédaction. Éclat peut percevoir une "
                                             "commission sur les achats faits via nos liens.")),
            _f("credit", MIDDLE, 0.35, (_OLD, "Crédit photo : {agence}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi : {other_title}"), count=2),
            _f("publicite", MIDDLE, 0.3, (_OLD, "Publicité"), count=2),
            _f("diaporama", MIDDLE, 0.15, (_OLD, "Voir le diaporama ({photos} photos)")),
            _f("prix", FOOTER, 0.25, *_daily(
                lambda day: f"Prix indiqués à titre indicatif au {_fr(day)}.")),
            _f("newsletter", FOOTER, 0.3, *_ec_newsletter()),
            _f("kiosque", FOOTER, 0.15, *by_table(EC_PRIX, lambda v: (
                f"Éclat, le magazine : chaque vendredi en kiosque, {v}."))),
            _f("editeur", FOOTER, 0.3, (_OLD, "Éclat est édité par Éclat Médias SAS, 22 rue de "
                                              "Marignan, 75008 Paris.")),
            _f("droits", FOOTER, 0.4, (_OLD, "© Éclat {year} – Reproduction interdite sans "
                                             "autorisation")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une version précédente de cet article "
                                               "indiquait une mauvaise date de sortie.")),
        ),
    )


# --- a Milan fashion magazine -------------------------------------------------------------

SM_REDESIGN = dt.date(2019, 2, 19)  # relaunched on the first day of Milan Fashion Week
SM_INDIPENDENTI = dt.date(2018, 6, 1)
SM_NEWSLETTER = dt.date(2017, 10, 16)


def _sm_data(day: dt.date) -> str:
    if day < SM_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return (f"{GIORNI[day.weekday()].capitalize()} {day.day} {MESI[day.month - 1]} {day.year} "
            f"(modifica alle {{time}})")


@cache
def _sm_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter di Stile Milano"),
                  (SM_NEWSLETTER.isoformat(), "Ogni mattina moda e bellezza nella tua casella: "
                                              "iscriviti alla newsletter di Stile Milano"))
    lockdown = [_span("2020-03-09", "2020-05-17", "🏠 #iorestoacasa: beauty routine e "
                                                  "allenamenti da fare in casa")]
    sfilate: list[Event] = []
    for y in YEARS:
        for month, stagione in ((2, "Autunno/Inverno"), (9, "Primavera/Estate")):
            first = mfw(y, month)
            sfilate.append((first, first + 7 * ONE,
                            f"👗 Milano Moda Donna {stagione} {y + (month == 9)}: tutte le "
                            f"sfilate"))
    saldi: list[Event] = []
    for y, (inverno, estate) in SALDI.items():
        for first, stagione in ((inverno, "invernali"), (estate, "estivi")):
            a = iso_day(first)
            saldi.append((a, a + 14 * ONE, f"🛍️ Saldi {stagione} {y} in Lombardia dal {a.day} "
                                           f"{MESI[a.month - 1]}: i capi da non perdere"))
    festival = [_span(first, last, f"🎤 Sanremo {y}: i look delle serate")
                for y, (first, last) in SANREMO.items()]
    mostra = [_span(first, last, f"🎬 Venezia {y}: il red carpet della Mostra")
              for y, (first, last) in VENICE.items()]
    return _calendar(base, lockdown, sfilate, saldi, festival, mostra)


def stilemilano_style() -> PublisherStyle:
    """A Milan fashion magazine: a category from a pool, the numeric date and time turned
    the weekday, the long date and "modifica alle" on the first day of Milan Fashion Week
    2019 (a wording per day), "di" the writer, an affiliate line reworded for the editors'
    independent choice, photo credits from a pool, "Leggi anche:" links and "PUBBLICITÀ"
    markers (up to twice), a gallery line, "I prezzi sono aggiornati al" with the day's date
    (a wording per day), a newsletter appeal reworded and turned by Milan Fashion Week, the
    Lombardy sales, Sanremo, Venice and the lockdown, the court registration line and the
    copyright line with the VAT number (a block), a rare rettifica."""
    return PublisherStyle(
        domain="stilemilano.it", site="Stile Milano", base_size=140,
        subdomains=(("www.", 100),),
        sections=("moda", "bellezza", "celebrity", "sfilate", "shopping", "lifestyle"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "categoria": ("Moda", "Bellezza", "Celebrity", "Sfilate", "Shopping", "Lifestyle"),
            "agenzia": ("Getty Images", "IPA", "LaPresse", "Imaxtree", "Ufficio stampa",
                        "Instagram"),
            "photos": ("10", "14", "20", "26", "35", "48"),
        },
        families=(
            _f("categoria", HEADER, 0.5, (_OLD, "{categoria}")),
            _f("data", HEADER, 0.85, *_by_day(_sm_data)),
            _f("firma", HEADER, 0.6, (_OLD, "di {author}")),
            _f("affiliazione", HEADER, 0.35,
               (_OLD, "Questo articolo contiene link di affiliazione: se acquisti, Stile Milano "
                      "può ricevere una commissione."),
               (SM_INDIPENDENTI.isoformat(), "I prodotti sono scelti in modo indipendente dalla "
                                             "redazione. Stile Milano riceve una commissione "
                                             "sugli acquisti fatti tramite i link.")),
            _f("foto", MIDDLE, 0.35, (_OLD, "Foto: {agenzia}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}"), count=2),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "PUBBLICITÀ"), count=2),
            _f("galleria", MIDDLE, 0.15, (_OLD, "Sfoglia la gallery ({photos} foto)")),
            _f("prezzi", FOOTER, 0.25, *_daily(
                lambda day: f"I prezzi sono aggiornati al {day.day} {MESI[day.month - 1]} "
                            f"{day.year} e possono variare.")),
            _f("avviso", FOOTER, 0.3, *_sm_avviso()),
            _f("registrazione", FOOTER, 0.3, (_OLD, "Testata registrata presso il Tribunale di "
                                                    "Milano, n. 214 del 14/03/2008")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Stile Milano S.r.l. – P.IVA "
                                                "09876543210 – Tutti i diritti riservati")),
            _f("rettifica", HEADER, 0.04, (_OLD, "Rettifica: in una prima versione l'abito era "
                                                 "attribuito a un'altra maison.")),
        ),
    )


# --- a Spanish celebrity and fashion magazine ---------------------------------------------

RB_REDESIGN = dt.date(2017, 4, 3)
RB_INDEPENDIENTE = dt.date(2020, 1, 13)
RB_PRECIO = (("2013-01-01", "2,00 €"), ("2017-02-01", "2,50 €"), ("2020-02-01", "2,95 €"))


def _rb_fecha(day: dt.date) -> str:
    if day < RB_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    zone = "CEST" if eu_summer(day) else "CET"
    return f"Actualizado a {day.day} de {MESES[day.month - 1]} de {day.year}, {{time}} {zone}"


@cache
def _rb_aviso() -> Wordings:
    base = _steps((_OLD, "Suscríbete a nuestra newsletter y recibe lo último en moda y "
                         "belleza"))
    alarma = [_span("2020-03-14", "2020-06-20", "🏠 Estado de alarma: belleza, moda y planes "
                                                "para quedarse en casa")]
    goya = _movable(lambda y: iso_day(GOYAS[y]), 3, 1,
                    lambda y: f"🎬 Premios Goya {y}: la alfombra roja, en directo")
    rebajas: list[Event] = []
    for y in YEARS:
        rebajas.append(_span(f"{y}-01-07", f"{y}-01-20", f"🛍️ Rebajas de invierno {y}: lo que "
                                                         f"de verdad merece la pena"))
        if y != 2020:
            rebajas.append(_span(f"{y}-07-01", f"{y}-07-14", f"🛍️ Rebajas de verano {y}: "
                                                             f"nuestras compras favoritas"))
    viernes = [(black_friday(y) - 2 * ONE, cyber_monday(y) + ONE,
                f"🖤 Black Friday {y}: los mejores descuentos en moda y belleza") for y in YEARS]
    return _calendar(base, alarma, goya, rebajas, viernes)


def brillo_style() -> PublisherStyle:
    """A Spanish celebrity and fashion magazine: a section from a pool, the numeric date and
    time turned "Actualizado a" the long date with the time and CET or CEST on 3 April 2017
    (a wording per day), "Por" the writer, an affiliate line reworded for the newsroom's
    independent choice, price lines with the shop from pools (up to twice), photo credits
    from a pool, "Te puede interesar:" links and "Publicidad" markers, a newsletter appeal
    turned by the Goyas, the winter and summer sales, Black Friday and the state of alarm,
    the magazine's cover price (raised in 2017 and 2020), the reproduction line and the
    copyright line (a block), a rare fe de errores."""
    return PublisherStyle(
        domain="revistabrillo.es", site="Revista Brillo", base_size=120,
        subdomains=(("www.", 100),),
        sections=("moda", "belleza", "famosos", "realeza", "estilo-de-vida", "compras"),
        n_authors=8, url_path="/{section}/{slug}_{n}",
        pools={
            "seccion": ("Moda", "Belleza", "Famosos", "Realeza", "Estilo de vida", "Compras"),
            "precio": ("19,99 €", "29,95 €", "39,99 €", "59,95 €", "89 €", "129 €"),
            "tienda": ("Zara", "Mango", "El Corte Inglés", "Primor", "Druni", "Sfera"),
            "agencia": ("Gtres", "Getty Images", "Europa Press", "Instagram", "Cordon Press"),
        },
        families=(
            _f("seccion", HEADER, 0.5, (_OLD, "{seccion}")),
            _f("fecha", HEADER, 0.85, *_by_day(_rb_fecha)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}")),
            _f("afiliacion", HEADER, 0.35,
               (_OLD, "En este artículo hay enlaces de afiliación: Revista Brillo puede llevarse "
                      "una comisión si compras a través de ellos."),
               (RB_INDEPENDIENTE.isoformat(), "Nuestra redacción elige los productos de forma "
                                              "independiente. Si compras a través de nuestros "
                                              "enlaces, Revista Brillo puede recibir una "
                                              "comisión, sin coste para ti.")),
            _f("precio", MIDDLE, 0.3, (_OLD, "Precio: {precio} en {tienda}"), count=2),
            _f("fotos", MIDDLE, 0.35, (_OLD, "Fotos: {agencia}")),
            _f("interesar", MIDDLE, 0.3, (_OLD, "Te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.3, (_OLD, "Publicidad")),
            _f("aviso", FOOTER, 0.3, *_rb_aviso()),
            _f("revista", FOOTER, 0.15, *by_table(RB_PRECIO, lambda v: (
                f"Revista Brillo, cada mes en tu quiosco por solo {v}"))),
            _f("reproduccion", FOOTER, 0.3, (_OLD, "Queda prohibida la reproducción total o "
                                                   "parcial de los contenidos sin permiso "
                                                   "expreso.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Ediciones Brillo, S.L. {year}. Todos los "
                                                "derechos reservados.")),
            _f("fe-de-errores", HEADER, 0.04, (_OLD, "Fe de errores: una versión anterior de "
                                                     "este artículo atribuía el vestido a otro "
                                                     "diseñador.")),
        ),
    )


# --- a Korean beauty and entertainment news site ------------------------------------------

BN_REDESIGN = dt.date(2018, 7, 2)
BN_KAKAO = dt.date(2016, 11, 1)


def _bn_ipryeok(day: dt.date) -> str:
    if day < BN_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return f"입력 {day.year}년 {day.month}월 {day.day}일({YOIL[day.weekday()]}) {{time}}"


@cache
def _bn_allim() -> Wordings:
    base = _steps((_OLD, "뷰티누리 페이스북 페이지에서 새 소식을 받아보세요"),
                  (BN_KAKAO.isoformat(), "뷰티누리 카카오톡 채널을 추가하고 뷰티 소식을 가장 "
                                         "먼저 받아보세요"))
    covid = [_span("2020-02-24", "2020-05-05", "😷 코로나19 예방수칙: 손 씻기와 마스크 착용을 "
                                               "생활화해 주세요")]
    seol = _movable(lambda y: iso_day(SEOLLAL[y]), 4, 1,
                    lambda y: f"🧧 {y} 설 명절 즐겁게 보내세요 - 뷰티누리 임직원 일동")
    chuseok = _movable(lambda y: iso_day(CHUSEOK[y]), 4, 1,
                       lambda y: f"🌕 {y} 풍성한 한가위 보내세요 - 뷰티누리 임직원 일동")
    return _calendar(base, covid, seol, chuseok)


def beautynuri_style() -> PublisherStyle:
    """A Korean beauty and entertainment news site: "입력" with the dotted date and time
    turned the date in 년월일 with the weekday on 2 July 2018 (a wording per day), "기자" the
    writer turned with the newsroom's e-mail, a sponsored-content label naming the brand from
    a pool, photo credits from a pool in brackets (up to twice), "[관련기사]" links, "광고"
    markers, "가격은 ... 기준" with the day's date (a wording per day), the tip-off line, an
    appeal reworded (Facebook, then KakaoTalk) and turned by Seollal, Chuseok and COVID-19,
    the copyright line, the registration line and the youth-protection line (a block), a
    rare correction."""
    return PublisherStyle(
        domain="beautynuri.co.kr", site="뷰티누리", base_size=100,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("beauty", "star", "fashion", "health", "life"),
        n_authors=8, url_path="/news/articleView.html?idxno={n}",
        pools={
            "sajin": ("소속사 제공", "뉴스1", "인스타그램 캡처", "게티이미지코리아", "뷰티누리 DB",
                      "브랜드 제공"),
            "brand": ("로아랑", "미르셀", "한결뷰티", "씨엘라", "온새미"),
        },
        families=(
            _f("ipryeok", HEADER, 0.85, *_by_day(_bn_ipryeok)),
            _f("gija", HEADER, 0.7, (_OLD, "{author} 기자"),
               (BN_REDESIGN.isoformat(), "{author} 기자 news@beautynuri.co.kr")),
            _f("hyeopchan", HEADER, 0.08, (_OLD, "※ 이 기사는 {brand}의 지원을 받아 "
                                                 "작성되었습니다.")),
            _f("sajin", MIDDLE, 0.45, (_OLD, "[사진={sajin}]"), count=2),
            _f("gwanryeon", MIDDLE, 0.3, (_OLD, "[관련기사] {other_title}")),
            _f("gwanggo", MIDDLE, 0.25, (_OLD, "광고")),
            _f("gagyeok", FOOTER, 0.2, *_daily(
                lambda day: f"※ 제품 가격은 {day.year}년 {day.month}월 {day.day}일 기준이며 "
                            f"판매처마다 다를 수 있습니다.")),
            _f("jebo", FOOTER, 0.25, (_OLD, "기사 제보 및 보도자료 news@beautynuri.co.kr")),
            _f("allim", FOOTER, 0.3, *_bn_allim()),
            _f("jeojakgwon", FOOTER, 0.5, (_OLD, "ⓒ 뷰티누리 무단 전재 및 재배포를 금합니다")),
            _f("deungnok", FOOTER, 0.3, (_OLD, "등록번호 서울 아 04127 | 등록일 2014.05.14 | "
                                               "발행·편집인 김서윤")),
            _f("cheongsonyeon", FOOTER, 0.25, (_OLD, "청소년보호책임자 박지호 | 대표전화 "
                                                     "02-555-0182")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[바로잡습니다] 기사 중 제품 출시일을 "
                                                  "바로잡습니다.")),
        ),
    )


# --- a Japanese beauty magazine -----------------------------------------------------------

LB_REDESIGN = dt.date(2019, 5, 1)  # relaunched on the first day of the Reiwa era
LB_TAX = dt.date(2019, 10, 1)  # consumption tax from 8% to 10%, prices shown with tax
LB_INDEPENDENT = dt.date(2020, 4, 1)
LB_INSTAGRAM = dt.date(2017, 6, 1)


def _lb_hiduke(day: dt.date) -> str:
    if day < LB_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}）"


def _lb_kakaku(day: dt.date) -> str:
    if day < LB_TAX:
        tax = "表示価格はすべて税抜です（別途消費税8%）。"
    else:
        tax = "表示価格はすべて消費税10%込みです。"
    return f"※価格は{day.year}年{day.month}月現在のものです。{tax}"


@cache
def _lb_oshirase() -> Wordings:
    base = _steps((_OLD, "リュクス美容の公式LINEで最新情報をお届けします"),
                  (LB_INSTAGRAM.isoformat(), "リュクス美容の公式Instagramでも"
                                             "新作コスメを毎日紹介中"))
    kinkyu = [_span("2020-04-07", "2020-05-25",
                    "🏠 緊急事態宣言中は、おうち時間に楽しむセルフケアを")]
    fukubukuro = _yearly("01-01", 0, 4, lambda y: f"🎍 {y}年 コスメ福袋情報まとめ")
    coffret = _yearly("11-01", 0, 24, lambda y: f"🎄 クリスマスコフレ{y} 予約開始日一覧")
    best = _yearly("12-01", 0, 24, lambda y: f"🏆 {y}年 ベストコスメ発表")
    haha = _movable(lambda y: nth_weekday(y, 5, 6, 2), 10, 0,
                    lambda y: f"💐 母の日ギフト特集{y}")
    return _calendar(base, kinkyu, fukubukuro, coffret, best, haha)


def luxebiyou_style() -> PublisherStyle:
    """A Japanese beauty magazine: a category from a pool, the dotted date turned the date in
    年月日 with the weekday in kanji on the first day of the Reiwa era (a wording per day),
    "文＝" the writer turned "文／" with the editorial team, an affiliate line reworded for
    the editors' own choice, a photographer credit from a pool, "あわせて読みたい：" links
    (up to twice), "広告" markers, the brand contacts from a pool, "価格は…現在" with the month
    (a wording per month) and the consumption tax (8% without, then 10% with, from 1 October
    2019), an appeal reworded (LINE, then Instagram) and turned by lucky bags, Christmas
    coffrets, the best-cosmetics awards, Mother's Day and the state of emergency, the
    no-reproduction line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="luxe-biyou.jp", site="リュクス美容", base_size=85,
        subdomains=(("www.", 100),),
        sections=("skincare", "makeup", "haircare", "body", "fragrance", "celeb"),
        n_authors=6, url_path="/article/{n}/",
        pools={
            "kategori": ("スキンケア", "メイクアップ", "ヘアケア", "ボディケア", "フレグランス",
                         "セレブ"),
            "satsuei": ("中村遥", "高橋蓮", "佐藤美咲", "山本大地", "Getty Images"),
            "brand": ("ルミエール化粧品", "ミズハ", "アトリエ花", "シロタエ", "コスメ工房ゆら"),
        },
        families=(
            _f("kategori", HEADER, 0.5, (_OLD, "{kategori}")),
            _f("hiduke", HEADER, 0.85, *_by_day(_lb_hiduke)),
            _f("bun", HEADER, 0.55, (_OLD, "文＝{author}"),
               (LB_REDESIGN.isoformat(), "文／{author}（リュクス美容編集部）")),
            _f("afiri", HEADER, 0.3,
               (_OLD, "※記事内で紹介した商品を購入すると、売上の一部がリュクス美容に還元される"
                      "ことがあります。"),
               (LB_INDEPENDENT.isoformat(), "※掲載商品は編集部が独自に選んでいます。記事内の"
                                            "リンクから購入すると、売上の一部がリュクス美容に"
                                            "還元されることがあります。")),
            _f("satsuei", MIDDLE, 0.3, (_OLD, "撮影／{satsuei}")),
            _f("awasete", MIDDLE, 0.35, (_OLD, "あわせて読みたい：{other_title}"), count=2),
            _f("kokoku", MIDDLE, 0.25, (_OLD, "広告")),
            _f("toiawase", FOOTER, 0.25, (_OLD, "【お問い合わせ先】{brand}")),
            _f("kakaku", FOOTER, 0.3, *_by_day(_lb_kakaku)),
            _f("oshirase", FOOTER, 0.3, *_lb_oshirase()),
            _f("mudan", FOOTER, 0.3, (_OLD, "掲載記事・写真の無断転載を禁じます。")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} リュクス美容 All rights "
                                                "reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】初出時、発売日に誤りがありました。"
                                              "訂正してお詫びいたします。")),
        ),
    )


# --- a Russian celebrity and style site ---------------------------------------------------

ZV_REDESIGN = dt.date(2016, 9, 1)
ZV_TELEGRAM = dt.date(2018, 6, 1)


def _zv_data(day: dt.date) -> str:
    if day < ZV_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{day.day} {MESYATSA[day.month - 1]} {day.year}, {{time}}"


@cache
def _zv_kanal() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на «Звёздный вестник» во ВКонтакте"),
                  (ZV_TELEGRAM.isoformat(), "Telegram-канал «Звёздный вестник»: все новости о "
                                            "звёздах первыми, подписывайтесь"))
    doma = [_span("2020-03-30", "2020-06-09", "🏠 Оставайтесь дома: как звёзды проводят "
                                              "самоизоляцию")]
    vosmoe = _yearly("03-08", 7, 0, lambda y: f"💐 К 8 Марта {y}: идеи подарков для любимых "
                                               f"женщин")
    novy = _yearly("12-20", 0, 11, lambda y: f"🎄 Встречаем {y + 1} год: платья, макияж и "
                                              f"праздничные образы")
    return _calendar(base, doma, vosmoe, novy)


def zvezdny_style() -> PublisherStyle:
    """A Russian celebrity and style site: a rubric from a pool, the numeric date and time
    turned the date with the month in the genitive on 1 September 2016 (a wording per day),
    "Автор:" turned "Текст:" the writer, photo credits from a pool (up to twice), "Читайте
    также:" links and "Реклама" markers (up to twice), a source line from a pool, an appeal
    reworded (VKontakte, then Telegram) and turned by International Women's Day, New Year
    and the self-isolation, the reprint line, the media-registration line, "18+" and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="zvezdnyvestnik.ru", site="Звёздный вестник", base_size=75,
        subdomains=(("", 100),),
        sections=("stars", "moda", "krasota", "showbiz", "svadby"),
        n_authors=6, url_path="/{section}/{n}-{slug}/",
        pools={
            "rubrika": ("Звёзды", "Мода", "Красота", "Шоу-бизнес", "Стиль", "Свадьбы"),
            "foto": ("Legion-Media", "Getty Images", "East News", "Instagram", "ТАСС",
                     "пресс-служба"),
            "istochnik": ("Daily Mail", "People", "Page Six", "Instagram", "Hello!",
                          "пресс-служба артиста"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.85, *_by_day(_zv_data)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}"),
               (ZV_REDESIGN.isoformat(), "Текст: {author}")),
            _f("foto", MIDDLE, 0.4, (_OLD, "Фото: {foto}"), count=2),
            _f("chitayte", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), count=2),
            _f("istochnik", FOOTER, 0.2, (_OLD, "Источник: {istochnik}")),
            _f("kanal", FOOTER, 0.3, *_zv_kanal()),
            _f("perepechatka", FOOTER, 0.3, (_OLD, "Перепечатка материалов разрешена только с "
                                                   "активной ссылкой на zvezdnyvestnik.ru")),
            _f("smi", FOOTER, 0.3, (_OLD, "Сетевое издание «Звёздный вестник» "
                                          "зарегистрировано Роскомнадзором, свидетельство Эл "
                                          "№ ФС77-61234 от 14.04.2015")),
            _f("vozrast", FOOTER, 0.45, (_OLD, "18+")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2015–{year} «Звёздный вестник». Все права "
                                                "защищены.")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправление: в первоначальной версии "
                                                   "статьи была указана неверная дата "
                                                   "свадьбы.")),
        ),
    )


# --- an American red-carpet gallery site --------------------------------------------------

RC_REDESIGN = dt.date(2016, 2, 28)  # relaunched on Oscar night 2016


def _rc_dated(day: dt.date) -> str:
    if day < RC_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "PDT" if us_daylight(day) else "PST"
    return (f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} at "
            f"{{time12}} {zone}")


def _rc_week(day: dt.date) -> str:
    first = monday_of(day)
    last = first + 6 * ONE
    if first.month == last.month:
        dates = f"{MONTHS[first.month - 1][:3]} {first.day}–{last.day}"
    else:
        dates = f"{MONTHS[first.month - 1][:3]} {first.day}–{MONTHS[last.month - 1][:3]} {last.day}"
    return f"Best Dressed of the Week: {dates}, {last.year}"


@cache
def _rc_season() -> Wordings:
    base = _steps((_OLD, "Follow Red Carpet Roll on Instagram for every arrival as it "
                         "happens"))
    globes = _movable(lambda y: iso_day(GOLDEN_GLOBES[y]), 3, 1,
                      lambda y: f"🏆 Golden Globes {y}: every arrival, live")
    oscars = _movable(lambda y: iso_day(OSCARS[y]), 5, 2,
                      lambda y: f"🏆 Oscars {y}: the red carpet, look by look")
    gala = _movable(met_gala, 3, 1, lambda y: f"✨ Met Gala {y}: the theme, the looks, the "
                                              f"misses")
    gala.append(_span("2020-05-01", "2020-05-05", "The Met Gala is postponed: our favorite "
                                                  "looks from years past"))
    cannes = [_span(first, last, f"🌴 Cannes {y}: the red carpet, day by day")
              for y, (first, last) in CANNES.items()]
    venice = [_span(first, last, f"🎬 Venice {y}: arrivals on the Lido")
              for y, (first, last) in VENICE.items()]
    emmys = _movable(lambda y: iso_day(EMMYS[y]), 3, 1,
                     lambda y: f"📺 Emmys {y}: best and worst dressed")
    return _calendar(base, globes, oscars, gala, cannes, venice, emmys)


def redcarpetroll_style() -> PublisherStyle:
    """An American red-carpet gallery site: the long date turned the weekday, date, time and
    Pacific daylight or standard time on Oscar night 2016 (a wording per day), "Gallery by"
    the writer, the gallery's photo count from a pool, "Best Dressed of the Week" with the
    week's dates (a wording per week, from each Monday), gallery navigation and photo
    credits from a pool (up to twice each), a designer credit from a pool, an Instagram
    appeal turned by the Golden Globes, the Oscars, the Met Gala and its postponement,
    Cannes, Venice and the Emmys, a shopping disclosure, the agencies line and the copyright
    line (a block), a rare editor's note."""
    return PublisherStyle(
        domain="redcarpetroll.com", site="Red Carpet Roll", base_size=65,
        subdomains=(("www.", 100),),
        sections=("galleries", "awards", "best-dressed", "street-style"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "photos": ("24", "36", "50", "62", "75", "100"),
            "agency": ("Getty Images", "Invision/AP", "Shutterstock", "WireImage",
                       "FilmMagic", "Backgrid"),
            "designer": ("Valentino", "Dior", "Armani Privé", "Schiaparelli",
                         "Oscar de la Renta", "Givenchy", "Prada", "Vera Wang"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_rc_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Gallery by {author}")),
            _f("photos", HEADER, 0.45, (_OLD, "{photos} photos")),
            _f("best-dressed", HEADER, 0.2, *_by_day(_rc_week)),
            _f("nav", MIDDLE, 0.4, (_OLD, "‹ Previous | Next ›"), count=2),
            _f("credit", MIDDLE, 0.5, (_OLD, "Photo: {agency}"), count=2),
            _f("wearing", MIDDLE, 0.3, (_OLD, "Wearing: {designer_list}")),
            _f("season", FOOTER, 0.35, *_rc_season()),
            _f("shopping", FOOTER, 0.2, (_OLD, "Shop the looks: Red Carpet Roll may earn a "
                                               "commission from links on this page.")),
            _f("agencies", FOOTER, 0.3, (_OLD, "All photos are the property of their "
                                               "respective agencies and are used under "
                                               "license.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Red Carpet Roll")),
            _f("editors-note", HEADER, 0.04, (_OLD, "Editor's note: an earlier caption "
                                                    "misidentified the designer of this "
                                                    "gown.")),
        ),
    )


# --- an American shopping site ------------------------------------------------------------

CC_REDESIGN = dt.date(2019, 7, 15)  # relaunched on Prime Day 2019
CC_RESEARCH = dt.date(2017, 3, 1)
CC_LOVE = dt.date(2020, 6, 1)
PRIME_FEE = (("2014-03-13", "$99 a year"), ("2016-04-18", "$99 a year or $10.99 a month"),
             ("2018-01-19", "$99 a year or $12.99 a month"),
             ("2018-05-11", "$119 a year or $12.99 a month"))


def _cc_dated(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    return f"Updated {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _cc_prices(day: dt.date) -> str:
    return (f"Prices as of {MONTHS[day.month - 1][:3]} {day.day}, {day.year} at {{time12}} ET. "
            f"Prices and availability are subject to change.")


@cache
def _cc_deals() -> Wordings:
    base = _steps((_OLD, "Want the best deals first? Get our Deal Drop newsletter"))
    prime = []
    for y, (first, last) in PRIME_DAY.items():
        a, b = iso_day(first), iso_day(last)
        when = (f"{MONTHS[a.month - 1]} {a.day}" if a == b
                else f"{MONTHS[a.month - 1]} {a.day}–{b.day}")
        prime.append((a - 7 * ONE, b + ONE, f"📦 Prime Day {y} is {when}: the deals worth "
                                            f"your money"))
    friday = [(black_friday(y) - 3 * ONE, cyber_monday(y) + ONE,
               f"🛒 Black Friday and Cyber Monday {y}: our live deals hub") for y in YEARS]
    memorial = _movable(lambda y: last_weekday(y, 5, 0), 3, 0,
                        lambda y: f"Memorial Day sales {y}: the ones our editors rate")
    labor = _movable(lambda y: nth_weekday(y, 9, 0, 1), 3, 0,
                     lambda y: f"Labor Day sales {y}: the ones our editors rate")
    return _calendar(base, friday, prime, memorial, labor)


def closetcuration_style() -> PublisherStyle:
    """An American shopping site: the short numeric date turned "Updated" with the long date
    on Prime Day 2019 (a wording per day), "By" the writer, a disclosure reworded twice
    ("independently research", "we only recommend things we love"), "Prices as of" with the
    day's date and time (a wording per day), "Buy It:" lines with price and retailer from
    pools (up to three times), the Prime membership fee (changed in 2016 and twice in 2018),
    "More from" links, a deals appeal turned by Prime Day with its dates, Black Friday and
    Cyber Monday, Memorial Day and Labor Day sales, the Associates line and the copyright
    line (a block), a rare update."""
    return PublisherStyle(
        domain="closetcuration.com", site="Closet Curation", base_size=55,
        subdomains=(("www.", 100),),
        sections=("fashion", "beauty", "home", "deals", "gifts"),
        n_authors=5, url_path="/{section}/{slug}/",
        pools={
            "price": ("$12", "$24", "$39", "$58", "$79", "$128", "$198"),
            "retailer": ("Amazon", "Nordstrom", "Target", "Sephora", "Ulta Beauty", "Revolve",
                         "Madewell"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_cc_dated)),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}")),
            _f("disclosure", HEADER, 0.65,
               (_OLD, "We may earn a commission from links on this page."),
               (CC_RESEARCH.isoformat(), "Our editors independently research and recommend "
                                         "products. We may earn a commission if you buy "
                                         "through our links."),
               (CC_LOVE.isoformat(), "We only recommend things we love. Closet Curation earns "
                                     "a commission from some links, at no extra cost to "
                                     "you.")),
            _f("prices", HEADER, 0.35, *_daily(_cc_prices)),
            _f("buy", MIDDLE, 0.45, (_OLD, "Buy It: {price} at {retailer}"), count=3),
            _f("prime", MIDDLE, 0.1, *by_table(PRIME_FEE, lambda v: (
                f"Not a Prime member? Membership costs {v}; start with a free 30-day "
                f"trial."))),
            _f("more-from", MIDDLE, 0.25, (_OLD, "More from Closet Curation: {other_title}")),
            _f("deals", FOOTER, 0.35, *_cc_deals()),
            _f("associates", FOOTER, 0.3, (_OLD, "Closet Curation takes part in the Amazon "
                                                 "Associates program and other affiliate "
                                                 "programs.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Closet Curation LLC")),
            _f("update", HEADER, 0.04, (_OLD, "Update: some items in this story have sold out "
                                              "since publication.")),
        ),
    )


# --- a British beauty blog ----------------------------------------------------------------

PR_REDESIGN = dt.date(2017, 8, 14)  # a new theme
PR_GIFTED = dt.date(2018, 10, 1)
PR_PINTEREST = dt.date(2018, 3, 14)


def _pr_posted(day: dt.date) -> str:
    if day < PR_REDESIGN:
        return f"Posted on {ordinal(day.day)} {MONTHS[day.month - 1]} {day.year} by {{author}}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{read_min}} min read"


@cache
def _pr_schedule() -> Wordings:
    base = _steps((_OLD, "New posts every Tuesday and Friday, with a cup of tea"))
    blogmas: list[Event] = []
    for y in YEARS:
        for n in range(1, 25):
            day = dt.date(y, 12, n)
            blogmas.append((day, day + ONE, f"🎄 Blogmas {y}, day {n} of 24: a new post every "
                                            f"day until Christmas"))
    friday = [(black_friday(y) - ONE, cyber_monday(y) + ONE,
               f"Black Friday {y}: every beauty deal I'd actually buy, in one post")
              for y in YEARS]
    return _calendar(base, blogmas, friday)


def powderroom_style() -> PublisherStyle:
    """A British beauty blog: "Posted on" the date with its ordinal and the writer turned the
    date and the reading time with a new theme on 14 August 2017 (a wording per day), a
    disclosure of affiliate links and PR samples reworded as "AD" with gifted products, a
    "Pin it for later" line, "Shop the post:" with products from a pool, "Filed under:" tags
    from a pool, the share line, the comment line, a follow line reworded (Bloglovin', then
    Pinterest), a posting schedule turned by Blogmas (a day count from 1 to 24 each
    December) and Black Friday, the copyright line, a rare edit."""
    return PublisherStyle(
        domain="powderroomdiaries.co.uk", site="The Powder Room Diaries", base_size=40,
        subdomains=(("www.", 70), ("", 30)),
        sections=("skincare", "makeup", "hair", "lifestyle"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}.html",
        pools={
            "product": ("Glow Tonic*", "Cleansing balm (PR)", "Brow gel*", "Cream blush (PR)",
                        "SPF 50 fluid*", "Lash serum*"),
            "tags": ("skincare", "makeup", "drugstore", "high end", "cruelty free",
                     "reviews", "favourites"),
        },
        families=(
            _f("posted", HEADER, 0.9, *_by_day(_pr_posted)),
            _f("disclosure", HEADER, 0.5,
               (_OLD, "Disclosure: this post contains affiliate links, marked with *. PR samples "
                      "are marked (PR)."),
               (PR_GIFTED.isoformat(), "AD | affiliate links are marked * and gifted products "
                                       "are marked (PR). All opinions are my own, always.")),
            _f("pin", MIDDLE, 0.2, (_OLD, "Pin it for later ↓")),
            _f("shop-post", MIDDLE, 0.25, (_OLD, "Shop the post: {product_list}")),
            _f("tags", FOOTER, 0.55, (_OLD, "Filed under: {tags_links}")),
            _f("share", FOOTER, 0.4, (_OLD, "Share this: Twitter · Facebook · Pinterest")),
            _f("comment", FOOTER, 0.35, (_OLD, "Leave a comment ↓")),
            _f("follow", FOOTER, 0.3,
               (_OLD, "Follow The Powder Room Diaries on Instagram and Bloglovin'"),
               (PR_PINTEREST.isoformat(), "Follow The Powder Room Diaries on Instagram and "
                                          "Pinterest")),
            _f("schedule", FOOTER, 0.25, *_pr_schedule()),
            _f("copyright", FOOTER, 0.3, (_OLD, "© The Powder Room Diaries {year}. Please don't "
                                                "use my photos without asking.")),
            _f("edit", HEADER, 0.04, (_OLD, "Edit: the brand has since changed this formula, "
                                            "so my thoughts may not apply.")),
        ),
    )


# --- a Mexican entertainment news site ----------------------------------------------------

EY_REDESIGN = dt.date(2018, 11, 16)  # relaunched on the first day of El Buen Fin 2018


def _ey_fecha(day: dt.date) -> str:
    if day < EY_REDESIGN:
        return f"Ciudad de México, {day.day} de {MESES[day.month - 1]} de {day.year}"
    return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}} hrs"


@cache
def _ey_aviso() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook y Twitter para no perderte nada del mundo del "
                         "espectáculo"))
    sana = [_span("2020-03-23", "2020-05-30", "🏠 Quédate en casa: series, música y "
                                              "telenovelas para la cuarentena")]
    madres = _yearly("05-10", 9, 0, lambda y: f"💐 Día de las Madres {y}: los famosos y sus "
                                               f"mamás")
    buen_fin = [_span(first, last, f"🛍️ El Buen Fin {y}: las mejores ofertas")
                for y, (first, last) in BUEN_FIN.items()]
    return _calendar(base, sana, madres, buen_fin)


def espectaculos_style() -> PublisherStyle:
    """A Mexican entertainment news site: the city dateline with the long date turned the
    numeric date and time on the first day of El Buen Fin 2018 (a wording per day), "Por"
    the writer, a sponsored-content label, photo credits from a pool, "También te puede
    interesar:" links, "PUBLICIDAD" markers, an appeal turned by Mother's Day, El Buen Fin
    and the Sana Distancia days, the copyright line, a rare aclaración."""
    return PublisherStyle(
        domain="espectaculosya.com.mx", site="Espectáculos Ya", base_size=30,
        subdomains=(("www.", 100),),
        sections=("famosos", "television", "musica", "cine"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={"foto": ("Agencia México", "Cuartoscuro", "Instagram", "Especial",
                        "Getty Images")},
        families=(
            _f("fecha", HEADER, 0.85, *_by_day(_ey_fecha)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("patrocinado", HEADER, 0.06, (_OLD, "Contenido patrocinado")),
            _f("foto", MIDDLE, 0.4, (_OLD, "Foto: {foto}")),
            _f("tambien", MIDDLE, 0.3, (_OLD, "También te puede interesar: {other_title}")),
            _f("publicidad", MIDDLE, 0.25, (_OLD, "PUBLICIDAD")),
            _f("aviso", FOOTER, 0.3, *_ey_aviso()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Espectáculos Ya. Prohibida su "
                                                "reproducción total o parcial.")),
            _f("aclaracion", HEADER, 0.04, (_OLD, "Aclaración: la fecha del concierto fue "
                                                  "corregida.")),
        ),
    )


def heldout141_styles() -> list[PublisherStyle]:
    """The held-back-141 styles, in the order the generator hands them to publishers."""
    return [
        glossandgrain_style(), starwhisper_style(), eclat_style(), stilemilano_style(),
        brillo_style(), beautynuri_style(), luxebiyou_style(), zvezdny_style(),
        redcarpetroll_style(), closetcuration_style(), powderroom_style(), espectaculos_style(),
    ]
