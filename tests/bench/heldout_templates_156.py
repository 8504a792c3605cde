"""The ``held-back-156`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-152 set. It was
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
an "all images copyright the artist" line or an advertisement marker. The publishers are
photography, design, illustration and advertising-industry magazines and portfolio platforms
in English, Italian, French, German, Japanese, Korean and Portuguese: a British photography
magazine, an Italian graphic-design and illustration magazine, a Japanese camera and
photography site, an American design magazine, a Brazilian advertising trade site, a French
photography magazine, a Korean design news site, a German design and branding magazine, an
English-language portfolio platform, a British advertising trade site, an American
illustration journal and a Portuguese photography magazine. The families are the kinds a
crawl of such sites holds: dates localised day by day in English, Italian, French, German,
Japanese (with the weekday in kanji), Korean (with the weekday in hangul) and Portuguese,
several changing form on the day of a redesign; image credits with the camera, lens and
exposure settings from pools (some up to twice a page), "all images copyright the artist"
lines, agency and client credit blocks ("Client:", "Agency:", "Ficha técnica",
"Kunde:"), job-board strips, portfolio and tools lines; lines that turn every day ("prices
correct at time of writing" with the day's date, the Japanese price line with the day and the
consumption tax, a Korean contest's D-day counter), every week (the picture of the week) and
every month (a monthly competition's theme, a portfolio gallery's month); award-entry
deadlines with their fees by year (a photographer of the year, design awards, advertising
awards with early-bird and final fees, a Korean design contest with its prize money, a
Portuguese photo contest), extended in 2020; notices that follow the calendars of these
trades (Milan Design Week, the Rencontres d'Arles, Paris Photo and its closure after the
13 November 2015 attacks, CP+ in Yokohama, Cannes Lions, Carnival, Seollal and Chuseok,
Japanese year-end holidays, Inktober, the 2020 lockdowns and cancellations); amounts that
change over the years (subscription prices, a pro plan's price, Patreon tiers, the Japanese
consumption tax from 8% to 10%, Germany's VAT cut to 16% in the second half of 2020);
notices reworded in 2016-2020, multi-line blocks (credits, imprints, copyright lines), bare
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
from tests.bench.heldout_calendar import Event, Period, Wordings, carnival_tuesday, iso_day
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
MESI = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre")
GIORNI = ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
JOURS = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")
MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember")
WOCHENTAGE = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
YOIL = ("월", "화", "수", "목", "금", "토", "일")

# --- helpers of this set ------------------------------------------------------------------


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ...) that applies on `day` (the first
    one before its start)."""
    i = bisect_right([start for start, _ in table], day.isoformat())
    return table[max(i - 1, 0)][1]


def priced(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting the amount of `table`: from the oldest day the amount
    on the set's first day, then one from each later change."""
    out = [(_OLD, text(value_on(FIRST_DAY, table)))]
    out += [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return tuple(out)


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week: the week a weekly feature is dated by."""
    return day - dt.timedelta(days=day.weekday())


# --- a British photography magazine -------------------------------------------------------

LL_REDESIGN = dt.date(2017, 9, 4)
LL_AFFILIATE = dt.date(2019, 2, 1)
LL_RIGHTS = dt.date(2018, 5, 25)  # reworded with the privacy pages, on the day GDPR applied
LL_POTY_FEES = {2015: "12", 2016: "12", 2017: "15", 2018: "15", 2019: "18", 2020: "18"}
LL_THEMES = ("Reflections", "Winter light", "Street life", "Close-up", "Water", "Portraits",
             "Long exposure", "Shadows", "Architecture", "Wildlife", "Colour", "Monochrome",
             "Night sky", "Patterns", "Movement", "Still life")


def ll_theme(day: dt.date) -> str:
    """The monthly competition's theme of `day`'s month (a theme list that cycles)."""
    return LL_THEMES[(day.year * 12 + day.month) % len(LL_THEMES)]


def _ll_dated(day: dt.date) -> str:
    if day < LL_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def _ll_prices(day: dt.date) -> str:
    return (f"Prices correct at time of writing ({day.day} {MONTHS[day.month - 1]} "
            f"{day.year}) and may change.")


def _ll_week(day: dt.date) -> str:
    monday = monday_of(day)
    return (f"Picture of the Week · week commencing {monday.day} {MONTHS[monday.month - 1]} "
            f"{monday.year}")


def _ll_competition(day: dt.date) -> str:
    y = day.year
    close = dt.date(2020, 11, 30) if y == 2020 else dt.date(y, 10, 31)
    if dt.date(y, 6, 1) <= day <= close:
        if close - day < 7 * ONE:
            return (f"Last chance: Photographer of the Year {y} closes on {close.day} "
                    f"{MONTHS[close.month - 1]}")
        if y == 2020 and day >= dt.date(2020, 10, 1):
            return ("Photographer of the Year 2020: the deadline has been extended to 30 "
                    "November")
        return (f"Photographer of the Year {y} is open: £{LL_POTY_FEES[y]} per image, closing "
                f"{close.day} {MONTHS[close.month - 1]}")
    if dt.date(2020, 3, 23) <= day <= dt.date(2020, 5, 31):
        return "Stuck at home? Join our #ShootFromHome challenge and share your pictures"
    return f"Enter our monthly competition: this month's theme is '{ll_theme(day)}'"


def lensandlight_style() -> PublisherStyle:
    """A British photography magazine: a section kicker from a pool, the short date turned
    the weekday and the long date on 4 September 2017 (a wording per day), "By" turned
    "Words:" with the pictures' credit, an affiliate disclosure reworded in 2019, the
    picture of the week (a wording per week), exposure captions with camera, lens and
    settings from pools (up to twice a page), "Related:" and advertisement markers mid-body,
    "prices correct at time of writing" with the day's date (a wording per day), a
    competition line turning with the month's theme, the Photographer of the Year entry
    window with its fee by year (extended in 2020) and the lockdown challenge, the all-images
    copyright line reworded in 2018, a newsletter line, the publisher line and the copyright
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="lensandlight.com", site="Lens & Light", base_size=250,
        subdomains=(("www.", 100),),
        sections=("reviews", "techniques", "inspiration", "news", "buying-guides"),
        n_authors=12, url_path="/{section}/{slug}/",
        pools={
            "kicker": ("GEAR REVIEWS", "TECHNIQUE", "INSPIRATION", "PHOTO NEWS", "INTERVIEWS",
                       "BUYING GUIDES", "COMPETITIONS"),
            "camera": ("Nikon D850", "Canon EOS R5", "Sony A7 III", "Fujifilm X-T3",
                       "Olympus OM-D E-M1 Mark II", "Leica Q2", "Canon EOS 5D Mark IV"),
            "lens": ("24-70mm f/2.8", "70-200mm f/4", "35mm f/1.4", "16-35mm f/4",
                     "100mm f/2.8 macro", "50mm f/1.8", "150-600mm f/5-6.3"),
            "settings": ("1/250sec at f/8, ISO 100", "1/1000sec at f/4, ISO 400",
                         "30sec at f/11, ISO 64", "1/60sec at f/2, ISO 1600",
                         "1/125sec at f/5.6, ISO 200", "4sec at f/16, ISO 100"),
            "credit": ("Lens & Light", "the photographer", "Getty Images", "the manufacturer",
                       "Alamy"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_ll_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (LL_REDESIGN.isoformat(), "Words: {author} · Pictures: {credit}")),
            _f("affiliate", HEADER, 0.2,
               (_OLD, "We may earn a commission from links on this page."),
               (LL_AFFILIATE.isoformat(), "Lens & Light is supported by its readers. When you "
                                          "buy through links on our site, we may earn an "
                                          "affiliate commission.")),
            _f("week", HEADER, 0.08, *_by_day(_ll_week)),
            _f("exif", MIDDLE, 0.35, (_OLD, "{camera}, {lens}, {settings}"), count=2),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}")),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("prices", FOOTER, 0.25, *_daily(_ll_prices)),
            _f("competition", FOOTER, 0.3, *_by_day(_ll_competition)),
            _f("rights", FOOTER, 0.5,
               (_OLD, "All images © the photographer unless otherwise stated."),
               (LL_RIGHTS.isoformat(), "All images are copyright the photographers and are "
                                       "used with their permission.")),
            _f("newsletter", FOOTER, 0.25, (_OLD, "Sign up to the Lens & Light newsletter for "
                                                  "gear news, techniques and inspiration")),
            _f("publisher", FOOTER, 0.35, (_OLD, "Lens & Light is published by Aperture House "
                                                 "Media Ltd, 4 Wharf Street, Bath BA1 9ZZ.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© Aperture House Media Ltd {year}. All rights "
                                                "reserved. No part of this site may be "
                                                "reproduced without permission.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this "
                                                  "article gave the wrong focal length for "
                                                  "the lens.")),
        ),
    )


# --- an Italian graphic-design and illustration magazine ---------------------------------

GO_REDESIGN = dt.date(2018, 4, 17)  # relaunched on the opening day of the 2018 Salone
GO_NEWSLETTER = dt.date(2017, 3, 2)
GO_IMAGES = dt.date(2019, 1, 14)
DESIGN_WEEK = {2015: ("2015-04-14", "2015-04-19"), 2016: ("2016-04-12", "2016-04-17"),
               2017: ("2017-04-04", "2017-04-09"), 2018: ("2018-04-17", "2018-04-22"),
               2019: ("2019-04-09", "2019-04-14")}
GO_ABBONAMENTO = (("2013-01-01", "39"), ("2017-01-01", "42"), ("2019-01-01", "45"))


def _go_data(day: dt.date) -> str:
    if day < GO_REDESIGN:
        return f"{day.day} {MESI[day.month - 1]} {day.year}"
    return f"{GIORNI[day.weekday()]} {day.day} {MESI[day.month - 1]} {day.year}, ore {{time}}"


@cache
def _go_avviso() -> Wordings:
    base = _steps((_OLD, "Iscriviti alla newsletter di Grafica Oggi"),
                  (GO_NEWSLETTER.isoformat(), "✉️ Ogni giovedì il meglio di grafica, "
                                              "illustrazione e tipografia: iscriviti alla "
                                              "newsletter"))
    week: list[Event] = []
    for y, (first, last) in DESIGN_WEEK.items():
        a, b = iso_day(first), iso_day(last)
        week.append((a - 10 * ONE, b + ONE, f"Milano Design Week {y}: seguici al Fuorisalone "
                                            f"dal {a.day} al {b.day} aprile"))
    pandemic = [
        _span("2020-02-25", "2020-03-09", "Il Salone del Mobile 2020 è rinviato: tutti gli "
                                          "aggiornamenti"),
        _span("2020-03-10", "2020-05-18", "#iorestoacasa: i nostri corsi di illustrazione "
                                          "ora sono online"),
    ]
    return _calendar(base, pandemic, week)


def graficaoggi_style() -> PublisherStyle:
    """An Italian graphic-design and illustration magazine: a section from a pool, the long
    date turned the weekday and the time on the opening day of the 2018 Salone (a wording per
    day), "di" turned "Testo di", a project credit (studio and client from pools), "Leggi
    anche:" and "Pubblicità" (up to twice) mid-body, an images line reworded in 2019, a
    newsletter line reworded and turned by each Milan Design Week, the Salone's postponement
    and the lockdown, the yearly print subscription (raised in 2017 and 2019), the
    registration line and the copyright line (a block), a rare errata corrige."""
    return PublisherStyle(
        domain="grafica-oggi.it", site="Grafica Oggi", base_size=215,
        subdomains=(("www.", 100),),
        sections=("graphic-design", "illustrazione", "tipografia", "branding", "eventi"),
        n_authors=8, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "rubrica": ("Graphic design", "Illustrazione", "Tipografia", "Branding",
                        "Packaging", "Eventi", "Interviste"),
            "studio": ("Studio Tondo", "Officina Segno", "Bianco Carta", "Atelier Vela",
                       "Studio Nove Punti"),
            "cliente": ("Comune di Bergamo", "Museo del Novecento", "Caffè Borsari",
                        "Festival della Lettura", "Edizioni Ortica"),
        },
        families=(
            _f("rubrica", HEADER, 0.5, (_OLD, "{rubrica}")),
            _f("data", HEADER, 0.85, *_by_day(_go_data)),
            _f("autore", HEADER, 0.6, (_OLD, "di {author}"),
               (GO_REDESIGN.isoformat(), "Testo di {author}")),
            _f("progetto", MIDDLE, 0.3, (_OLD, "Progetto: {studio} per {cliente}")),
            _f("leggi", MIDDLE, 0.35, (_OLD, "Leggi anche: {other_title}")),
            _f("pubblicita", MIDDLE, 0.3, (_OLD, "Pubblicità"), count=2),
            _f("immagini", FOOTER, 0.45,
               (_OLD, "Tutte le immagini sono di proprietà dei rispettivi autori e sono "
                      "pubblicate a scopo divulgativo."),
               (GO_IMAGES.isoformat(), "Immagini per gentile concessione degli autori. Tutti i "
                                       "diritti riservati.")),
            _f("avviso", FOOTER, 0.3, *_go_avviso()),
            _f("abbonamento", FOOTER, 0.15, *priced(GO_ABBONAMENTO, lambda v: (
                f"Abbonamento annuale alla rivista cartacea (6 numeri): {v} euro, spedizione "
                f"inclusa"))),
            _f("testata", FOOTER, 0.35, (_OLD, "Grafica Oggi – testata registrata presso il "
                                               "Tribunale di Milano n. 312 del 2009 – P.IVA "
                                               "07412950968")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Grafica Oggi. Riproduzione "
                                                "riservata.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata corrige: nella prima versione "
                                              "dell'articolo il nome dello studio era "
                                              "indicato in modo errato.")),
        ),
    )


# --- a Japanese camera and photography site -----------------------------------------------

ST_REDESIGN = dt.date(2018, 3, 1)  # relaunched on the opening day of CP+ 2018
ST_TAX = dt.date(2019, 10, 1)  # the consumption tax from 8% to 10%
ST_RIGHTS = dt.date(2017, 7, 1)
CP_PLUS = {2015: ("2015-02-12", "2015-02-15"), 2016: ("2016-02-25", "2016-02-28"),
           2017: ("2017-02-23", "2017-02-26"), 2018: ("2018-03-01", "2018-03-04"),
           2019: ("2019-02-28", "2019-03-03")}


def _st_hizuke(day: dt.date) -> str:
    if day < ST_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}） {{time}} 公開"


def _st_kakaku(day: dt.date) -> str:
    tax = 10 if day >= ST_TAX else 8
    return (f"※価格は{day.year}年{day.month}月{day.day}日時点の税込価格（消費税{tax}%）です。"
            f"変更される場合があります。")


@cache
def _st_oshirase() -> Wordings:
    base = _steps((_OLD, "写真手帖のメールマガジン（毎週金曜配信）に登録する"))
    shows: list[Event] = []
    for y, (first, last) in CP_PLUS.items():
        a, b = iso_day(first), iso_day(last)
        shows.append((a - 7 * ONE, b + ONE, f"CP+{y}（{a.month}月{a.day}日～{b.month}月{b.day}"
                                            f"日、パシフィコ横浜）の最新情報はこちら"))
    year_end = _yearly("12-31", 3, 3, lambda y: f"年末年始休業のお知らせ：{y}年12月29日～"
                                                f"{y + 1}年1月3日は記事の更新をお休みします",
                       years=range(2014, 2021))
    pandemic = [
        _span("2020-02-17", "2020-03-01", "CP+2020は新型コロナウイルス感染症の影響により開催"
                                          "中止となりました"),
        _span("2020-04-07", "2020-05-25", "緊急事態宣言を受け、編集部は在宅勤務で運営して"
                                          "います"),
    ]
    return _calendar(base, pandemic, shows, year_end)


def shashintecho_style() -> PublisherStyle:
    """A Japanese camera and photography site: a category from a pool, the date turned the
    weekday in kanji and the time on the opening day of CP+ 2018 (a wording per day), the
    writer line turned writer and photographer, equipment captions with camera, lens and
    settings from pools (up to twice a page), "関連記事：" and "広告" mid-body, the price line
    with the day's date and the consumption tax (8% turned 10% on 1 October 2019, a wording
    per day), a no-reproduction line reworded in 2017, a mail-magazine line turned by each
    CP+, the year-end holidays, CP+ 2020's cancellation and the state of emergency, the
    operator line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="shashin-techo.jp", site="写真手帖", base_size=190,
        subdomains=(("", 70), ("www.", 30)),
        sections=("news", "review", "technique", "exhibition", "interview"),
        n_authors=7, url_path="/{section}/{n}/",
        pools={
            "category": ("新製品", "レビュー", "撮影テクニック", "写真展", "インタビュー",
                         "セール情報"),
            "shashinka": ("山本遼", "佐藤美咲", "編集部", "メーカー提供", "小林健太"),
            "kamera": ("FUJIFILM X-T3", "Nikon Z 6", "Canon EOS R", "SONY α7R IV",
                       "OLYMPUS OM-D E-M5 Mark III", "RICOH GR III"),
            "renzu": ("XF16-55mmF2.8 R LM WR", "NIKKOR Z 24-70mm f/4 S", "RF24-105mm F4 L IS USM",
                      "FE 85mm F1.8", "M.ZUIKO DIGITAL ED 12-40mm F2.8 PRO", "GR LENS 18.3mm "
                      "F2.8"),
            "settei": ("F5.6・1/500秒・ISO200", "F2.8・1/60秒・ISO1600", "F8・1/250秒・ISO100",
                       "F11・30秒・ISO64", "F1.8・1/2000秒・ISO100"),
        },
        families=(
            _f("category", HEADER, 0.5, (_OLD, "{category}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_st_hizuke)),
            _f("chosha", HEADER, 0.6, (_OLD, "文・写真：{author}"),
               (ST_REDESIGN.isoformat(), "文：{author}／写真：{shashinka}")),
            _f("kizai", MIDDLE, 0.35, (_OLD, "使用機材：{kamera} / {renzu} / {settei}"),
               count=2),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}")),
            _f("kokoku", MIDDLE, 0.25, (_OLD, "広告")),
            _f("kakaku", FOOTER, 0.3, *_daily(_st_kakaku)),
            _f("tensai", FOOTER, 0.4,
               (_OLD, "※本記事に掲載している写真の無断転載・転用を禁じます。"),
               (ST_RIGHTS.isoformat(), "掲載写真の著作権は撮影者に帰属します。無断での転載・"
                                       "複製はご遠慮ください。")),
            _f("oshirase", FOOTER, 0.3, *_st_oshirase()),
            _f("unei", FOOTER, 0.3, (_OLD, "運営会社：株式会社フォトノート")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} 写真手帖 All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】初出時、レンズの焦点距離に誤りがありました"
                                              "。お詫びして訂正いたします。")),
        ),
    )


# --- an American design magazine ---------------------------------------------------------

FL_REDESIGN = dt.date(2019, 1, 7)
FL_FEES = {2015: "95", 2016: "95", 2017: "110", 2018: "110", 2019: "125", 2020: "125"}


def _fl_dated(day: dt.date) -> str:
    if day < FL_REDESIGN:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} · {{read_min}} min read"


def _fl_awards(day: dt.date) -> str:
    y = day.year
    close = dt.date(2020, 5, 15) if y == 2020 else dt.date(y, 3, 31)
    if dt.date(y, 1, 15) <= day <= close:
        if close - day < 7 * ONE:
            return (f"Final call: Formline Design Awards {y} entries close "
                    f"{WEEKDAYS[close.weekday()]}, {MONTHS[close.month - 1]} {close.day}")
        if y == 2020 and day > dt.date(2020, 3, 31):
            return "Formline Design Awards 2020: the deadline is extended to May 15"
        return (f"Formline Design Awards {y}: regular deadline {MONTHS[close.month - 1]} "
                f"{close.day}, ${FL_FEES[y]} per entry")
    return "Have a project to share? Submit your work to Formline"


def formline_style() -> PublisherStyle:
    """An American design magazine: a section from a pool, "Posted on" with the long date
    turned the short date and the reading time on 7 January 2019 (a wording per day), "Words
    by", a rare sponsor line, "See also:" and advertisement markers mid-body, a job-board
    strip from a pool, the project credits (client, studio, creative direction, photography:
    a block, each line on only some pages), the Design Awards' deadlines with the entry fee
    by year and a final call (extended in 2020) turning a submit-your-work line, the
    copyright line, a rare correction."""
    return PublisherStyle(
        domain="formlinemag.com", site="Formline", base_size=165,
        subdomains=(("www.", 100),),
        sections=("branding", "type", "packaging", "digital", "motion", "opinion"),
        n_authors=9, url_path="/{section}/{slug}",
        pools={
            "section": ("Branding", "Type", "Packaging", "Digital", "Architecture", "Motion",
                        "Opinion"),
            "client": ("Halcyon Coffee", "Brooklyn Public Library", "Mesa Arts Center",
                       "Northbound Outfitters", "The Juniper Hotel"),
            "studio": ("Pentagram", "Studio Fathom", "Weatherly & Co.", "Open Field",
                       "Lowercase Studio"),
            "photographer": ("Ana Ruiz", "Marcus Ohl", "the studio", "Jen Takahashi"),
            "job": ("Senior Brand Designer at Open Field (Brooklyn, NY)",
                    "Type Designer at Lowercase Studio (remote)",
                    "Art Director at Weatherly & Co. (Portland, OR)",
                    "Junior Designer at Studio Fathom (Chicago, IL)",
                    "Design Director at Halcyon Coffee (Austin, TX)"),
            "sponsor": ("Adobe Fonts", "Mohawk Papers", "Squarespace"),
        },
        families=(
            _f("section", HEADER, 0.5, (_OLD, "{section}")),
            _f("dated", HEADER, 0.9, *_by_day(_fl_dated)),
            _f("byline", HEADER, 0.65, (_OLD, "Words by {author}")),
            _f("sponsor", HEADER, 0.06, (_OLD, "Presented in partnership with {sponsor}")),
            _f("see-also", MIDDLE, 0.3, (_OLD, "See also: {other_title}")),
            _f("advert", MIDDLE, 0.2, (_OLD, "Advertisement")),
            _f("jobs", MIDDLE, 0.25, (_OLD, "Design Jobs: {job}")),
            _f("client", FOOTER, 0.35, (_OLD, "Client: {client}")),
            _f("studio", FOOTER, 0.33, (_OLD, "Studio: {studio}")),
            _f("direction", FOOTER, 0.25, (_OLD, "Creative direction: {author2}")),
            _f("photography", FOOTER, 0.3, (_OLD, "Photography: {photographer}")),
            _f("awards", FOOTER, 0.3, *_by_day(_fl_awards)),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Formline Media LLC. All work shown "
                                                 "is © its respective creators.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this article originally "
                                                  "credited the wrong studio for the "
                                                  "identity.")),
        ),
    )


# --- a Brazilian advertising trade site ---------------------------------------------------

VP_REDESIGN = dt.date(2017, 6, 17)  # relaunched on the opening day of Cannes Lions 2017
VP_NEWSLETTER = dt.date(2018, 8, 1)
VP_BYLINE = dt.date(2016, 3, 1)
CANNES_LIONS = {2015: ("2015-06-21", "2015-06-27"), 2016: ("2016-06-18", "2016-06-25"),
                2017: ("2017-06-17", "2017-06-23"), 2018: ("2018-06-18", "2018-06-22"),
                2019: ("2019-06-17", "2019-06-21")}
VP_ASSINATURA = (("2014-01-01", "180,00"), ("2017-01-01", "198,00"), ("2019-01-01", "219,00"))


def _vp_data(day: dt.date) -> str:
    if day < VP_REDESIGN:
        return f"Publicado em {day.day:02d}/{day.month:02d}/{day.year} às {{time}}"
    return f"{DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de {day.year}"


@cache
def _vp_aviso() -> Wordings:
    base = _steps((_OLD, "Receba as principais notícias do mercado no seu e-mail: assine a "
                         "newsletter"),
                  (VP_NEWSLETTER.isoformat(), "📲 Notícias de propaganda e marketing no seu "
                                              "celular: entre no nosso canal no Telegram"))
    lions: list[Event] = []
    for y, (first, last) in CANNES_LIONS.items():
        a, b = iso_day(first), iso_day(last)
        lions.append((a - 5 * ONE, b + 2 * ONE, f"🦁 Cannes Lions {y}: acompanhe a cobertura "
                                                f"completa de {a.day} a {b.day} de junho"))
    carnaval = [(carnival_tuesday(y) - 3 * ONE, carnival_tuesday(y) + 2 * ONE,
                 f"Carnaval {y}: a redação volta ao ritmo normal na Quarta-feira de Cinzas")
                for y in YEARS]
    pandemic = [
        _span("2020-03-17", "2020-03-31", "Coronavírus: nossa redação passa a trabalhar "
                                          "remotamente"),
        _span("2020-04-01", "2020-04-30", "Cannes Lions 2020 é cancelado: festival volta em "
                                          "2021"),
    ]
    return _calendar(base, pandemic, carnaval, lions)


def vitrine_style() -> PublisherStyle:
    """A Brazilian advertising trade site: a section from a pool, "Publicado em" with the
    numeric date and the time turned the weekday and the long date on the opening day of
    Cannes Lions 2017 (a wording per day), "Por" reworded with "da redação", "Leia também:"
    and "Publicidade" (up to twice) mid-body, a job strip from a pool, the "Ficha técnica"
    credits (agency, client, creative direction, production company: a block, each line on
    only some pages), a notice reworded from the newsletter to a Telegram channel and turned
    by each Cannes Lions, Carnival and the pandemic, the yearly subscription price (raised in
    2017 and 2019), the copyright line, a rare errata."""
    return PublisherStyle(
        domain="vitrinepublicitaria.com.br", site="Vitrine Publicitária", base_size=140,
        subdomains=(("www.", 100),),
        sections=("agencias", "anunciantes", "midia", "criacao", "premios", "carreira"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "editoria": ("Agências", "Anunciantes", "Mídia", "Criação", "Prêmios",
                         "Carreira"),
            "agencia": ("Ponto Cardeal", "Grão Comunicação", "Maré Alta", "Lume Propaganda",
                        "Casa Azul Criativa"),
            "cliente": ("Banco Aurora", "Cervejaria Serrana", "Rede Farol de Supermercados",
                        "Operadora Ligue", "Sandálias Onda"),
            "produtora": ("Caju Filmes", "Bigorna", "Trama Produções", "Ventania Filmes"),
            "vaga": ("Redator(a) sênior – São Paulo", "Diretor(a) de arte pleno – Rio de "
                     "Janeiro", "Atendimento – Belo Horizonte", "Planejamento – remoto"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.85, *_by_day(_vp_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Por {author}"),
               (VP_BYLINE.isoformat(), "Por {author}, da redação")),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}")),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("vagas", MIDDLE, 0.15, (_OLD, "Vagas em destaque: {vaga}")),
            _f("ficha", FOOTER, 0.35, (_OLD, "Ficha técnica")),
            _f("agencia", FOOTER, 0.35, (_OLD, "Agência: {agencia}")),
            _f("cliente", FOOTER, 0.33, (_OLD, "Cliente: {cliente}")),
            _f("criacao", FOOTER, 0.28, (_OLD, "Direção de criação: {author2}")),
            _f("produtora", FOOTER, 0.2, (_OLD, "Produtora: {produtora}")),
            _f("aviso", FOOTER, 0.3, *_vp_aviso()),
            _f("assinatura", FOOTER, 0.12, *priced(VP_ASSINATURA, lambda v: (
                f"Assinatura anual da revista impressa: R$ {v} em até 6x sem juros"))),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Vitrine Publicitária. Todos os "
                                                "direitos reservados. É proibida a reprodução "
                                                "sem autorização.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior desta nota trazia o "
                                              "nome da agência incorreto.")),
        ),
    )


# --- a French photography magazine --------------------------------------------------------

RP_REDESIGN = dt.date(2018, 11, 8)  # relaunched on the opening day of Paris Photo 2018
RP_DROITS = dt.date(2019, 9, 2)
ARLES = {2015: ("2015-07-06", "2015-09-20"), 2016: ("2016-07-04", "2016-09-25"),
         2017: ("2017-07-03", "2017-09-24"), 2018: ("2018-07-02", "2018-09-23"),
         2019: ("2019-07-01", "2019-09-22")}
PARIS_PHOTO = {2015: ("2015-11-12", "2015-11-15"), 2016: ("2016-11-10", "2016-11-13"),
               2017: ("2017-11-09", "2017-11-12"), 2018: ("2018-11-08", "2018-11-11"),
               2019: ("2019-11-07", "2019-11-10")}


def _rp_date(day: dt.date) -> str:
    if day < RP_REDESIGN:
        return f"Publié le {day.day:02d}/{day.month:02d}/{day.year}"
    return f"{JOURS[day.weekday()]} {day.day} {MOIS[day.month - 1]} {day.year}"


def _rp_prix(day: dt.date) -> str:
    return f"Prix constatés le {day.day:02d}/{day.month:02d}/{day.year}, susceptibles d'évoluer."


@cache
def _rp_agenda() -> Wordings:
    base = _steps((_OLD, "Recevez chaque semaine notre sélection d'expositions : "
                         "abonnez-vous à la lettre"))
    arles: list[Event] = []
    for y, (first, last) in ARLES.items():
        a, b = iso_day(first), iso_day(last)
        arles.append((a, b + ONE, f"Rencontres d'Arles {y} : notre guide des expositions, "
                                  f"jusqu'au {b.day} septembre"))
    fair: list[Event] = []
    for y, (first, last) in PARIS_PHOTO.items():
        a, b = iso_day(first), iso_day(last)
        fair.append((a - 7 * ONE, b + ONE, f"Paris Photo {y} au Grand Palais, du {a.day} au "
                                           f"{b.day} novembre : nos coups de cœur"))
    news = [
        _span("2015-11-14", "2015-11-22", "Paris Photo ferme ses portes après les attentats du "
                                          "13 novembre"),
        _span("2020-03-17", "2020-05-10", "Confinement : les expositions à voir en ligne"),
        _span("2020-10-30", "2020-12-14", "Reconfinement : musées et galeries sont fermés, "
                                          "nos visites virtuelles"),
    ]
    return _calendar(base, news, fair, arles)


def regardphoto_style() -> PublisherStyle:
    """A French photography magazine: a section from a pool, "Publié le" with the numeric
    date turned the weekday and the long date on the opening day of Paris Photo 2018 (a
    wording per day), "Par", photo credits with gallery from pools (up to twice a page), a
    camera and settings line from pools, "À lire aussi :" and "Publicité" mid-body, the
    prices observed on the day (a wording per day), a rights line reworded in 2019, a weekly
    letter turned by the Rencontres d'Arles, Paris Photo, its closure after the attacks of
    13 November 2015 and the two lockdowns, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="regardphoto.fr", site="Regard Photo", base_size=120,
        subdomains=(("www.", 100),),
        sections=("expositions", "portfolio", "materiel", "technique", "livres"),
        n_authors=6, url_path="/{section}/{slug}-{n}.html",
        pools={
            "rubrique": ("Expositions", "Portfolio", "Matériel", "Technique", "Livres photo",
                         "Festivals"),
            "photographe": ("Claire Vasseur", "Mathieu Lenoir", "Inès Barkat", "Paul Girardin",
                            "Yuna Morel"),
            "galerie": ("Galerie Lumen", "Galerie du Quai", "l'artiste", "Agence Ligne Claire"),
            "boitier": ("Leica M10", "Nikon Z 7", "Fujifilm GFX 50R", "Canon EOS R6",
                        "Hasselblad X1D II"),
            "reglages": ("35 mm, f/8, 1/250 s, 100 ISO", "50 mm, f/2, 1/60 s, 1600 ISO",
                         "24 mm, f/11, 2 s, 64 ISO", "85 mm, f/1,8, 1/500 s, 200 ISO"),
        },
        families=(
            _f("rubrique", HEADER, 0.5, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.85, *_by_day(_rp_date)),
            _f("auteur", HEADER, 0.55, (_OLD, "Par {author}")),
            _f("credit", MIDDLE, 0.35, (_OLD, "© {photographe} / courtesy {galerie}"), count=2),
            _f("boitier", MIDDLE, 0.2, (_OLD, "Boîtier : {boitier} – {reglages}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.25, (_OLD, "Publicité")),
            _f("prix", FOOTER, 0.2, *_daily(_rp_prix)),
            _f("droits", FOOTER, 0.45,
               (_OLD, "Toutes les photographies reproduites sur ce site sont protégées par le "
                      "droit d'auteur."),
               (RP_DROITS.isoformat(), "Les photographies restent la propriété de leurs "
                                       "auteurs : toute reproduction est interdite sans leur "
                                       "accord.")),
            _f("agenda", FOOTER, 0.3, *_rp_agenda()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© Regard Photo {year} – Tous droits "
                                                 "réservés")),
            _f("erratum", HEADER, 0.04, (_OLD, "Erratum : une première version de cet article "
                                               "donnait une mauvaise date de vernissage.")),
        ),
    )


# --- a Korean design news site ------------------------------------------------------------

DN_REDESIGN = dt.date(2019, 3, 4)
DN_COPYRIGHT = dt.date(2018, 1, 1)
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
DN_PRIZE = {2015: "300", 2016: "300", 2017: "500", 2018: "500", 2019: "700", 2020: "700"}


def dn_deadline(y: int) -> dt.date:
    """The closing day of the contest's entries (extended by two weeks in 2020)."""
    return dt.date(2020, 10, 16) if y == 2020 else dt.date(y, 9, 30)


def _dn_nalja(day: dt.date) -> str:
    if day < DN_REDESIGN:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    return f"입력 {day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]}) {{time}}"


def _dn_holiday(day: dt.date) -> str | None:
    for name, days in (("설", SEOLLAL), ("추석", CHUSEOK)):
        if day.year in days:
            h = iso_day(days[day.year])
            if h - ONE <= day <= h + ONE:
                return (f"{name} 연휴({(h - ONE).month}월 {(h - ONE).day}일~{(h + ONE).month}월 "
                        f"{(h + ONE).day}일) 동안 기사 업데이트를 쉽니다")
    return None


def _dn_gongmo(day: dt.date) -> str:
    holiday = _dn_holiday(day)
    if holiday:
        return holiday
    y = day.year
    close = dn_deadline(y)
    if dt.date(y, 8, 1) <= day <= close:
        left = (close - day).days
        count = "D-Day" if left == 0 else f"D-{left}"
        extended = " (접수 기간 연장)" if y == 2020 and day > dt.date(2020, 9, 30) else ""
        return (f"제{y - 2008}회 디자인누리 공모전 접수 마감 {count}{extended} · 대상 상금 "
                f"{DN_PRIZE[y]}만 원")
    return "디자인누리 뉴스레터를 구독하고 매주 디자인 소식을 받아보세요"


def designnuri_style() -> PublisherStyle:
    """A Korean design news site: a field from a pool, the dotted date turned "입력" with the
    long date, the weekday in hangul and the time on 4 March 2019 (a wording per day), the
    reporter line, an image-courtesy line from a pool, "관련기사:", "광고" and a job strip
    mid-body, a contest line counting down the days to its entry deadline with the prize
    money by year (extended in 2020, a wording per day), turned by Seollal and Chuseok, the
    copyright line reworded in 2018, a line on the works' copyright, the registration line
    (a block with the copyright line), a rare correction."""
    return PublisherStyle(
        domain="designnuri.co.kr", site="디자인누리", base_size=100,
        subdomains=(("www.", 100),),
        sections=("graphic", "branding", "product", "illust", "contest", "exhibition"),
        n_authors=5, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("그래픽", "브랜딩", "제품디자인", "일러스트", "공모전", "전시"),
            "jegong": ("스튜디오 밑줄", "디자인 스튜디오 파랑", "작가", "주최 측"),
            "chaeyong": ("브랜딩 에이전시 그래픽 디자이너 (경력 3년 이상)",
                         "UX/UI 디자이너 정규직 채용", "출판사 북디자이너 모집",
                         "패키지 디자인 인턴 모집"),
        },
        families=(
            _f("bunya", HEADER, 0.5, (_OLD, "{bunya}")),
            _f("nalja", HEADER, 0.85, *_by_day(_dn_nalja)),
            _f("gija", HEADER, 0.55, (_OLD, "{author} 기자")),
            _f("gongmo", HEADER, 0.3, *_by_day(_dn_gongmo)),
            _f("sajin", MIDDLE, 0.3, (_OLD, "사진 제공: {jegong}")),
            _f("gwanryeon", MIDDLE, 0.3, (_OLD, "관련기사: {other_title}")),
            _f("gwanggo", MIDDLE, 0.25, (_OLD, "광고")),
            _f("chaeyong", MIDDLE, 0.15, (_OLD, "[채용] {chaeyong}")),
            _f("jakpum", FOOTER, 0.3, (_OLD, "※ 기사에 실린 작품 이미지의 저작권은 각 작가에게 "
                                             "있습니다.")),
            _f("mujeon", FOOTER, 0.45, (_OLD, "ⓒ 디자인누리, 무단전재 및 재배포 금지"),
               (DN_COPYRIGHT.isoformat(), "저작권자 © 디자인누리 무단전재 및 재배포 금지")),
            _f("deungrok", FOOTER, 0.3, (_OLD, "등록번호 서울 아 04127 | 발행·편집인 "
                                               "디자인누리 | 청소년보호책임자 편집국장")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 기사 내 작가 이름을 바로잡습니다.")),
        ),
    )


# --- a German design and branding magazine ------------------------------------------------

FM_REDESIGN = dt.date(2017, 2, 1)
FM_FEES = {2015: "290", 2016: "290", 2017: "320", 2018: "320", 2019: "350", 2020: "350"}
VAT_CUT = (dt.date(2020, 7, 1), dt.date(2021, 1, 1))  # 16 % from July to December 2020


def fm_abo(day: dt.date) -> tuple[str, int]:
    """The yearly print and digital subscription and the VAT rate it includes on `day`."""
    if VAT_CUT[0] <= day < VAT_CUT[1]:
        return "93,58", 16
    return ("89,00" if day < dt.date(2018, 1, 1) else "96,00"), 19


def _fm_datum(day: dt.date) -> str:
    if day < FM_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{WOCHENTAGE[day.weekday()]}, {day.day}. {MONATE[day.month - 1]} {day.year}"


def _fm_abo(day: dt.date) -> str:
    price, vat = fm_abo(day)
    return f"Jahresabo Print + Digital: {price} € inkl. {vat} % MwSt."


def _fm_award(day: dt.date) -> str:
    y = day.year
    close = dt.date(2020, 6, 30) if y == 2020 else dt.date(y, 4, 30)
    if dt.date(y, 2, 1) <= day <= close:
        extra = " (verlängert)" if y == 2020 else ""
        return (f"Form & Marke Award {y}: Einreichung bis {close.day}. {MONATE[close.month - 1]}"
                f"{extra}, Gebühr {FM_FEES[y]} € zzgl. MwSt. je Arbeit")
    return "Jobs in Design und Werbung: jetzt im Stellenmarkt von Form & Marke"


def formundmarke_style() -> PublisherStyle:
    """A German design and branding magazine: a section from a pool, the numeric date turned
    the weekday and the long date on 1 February 2017 (a wording per day), "Von", a picture
    credit from a pool, "Anzeige" (up to twice) and "Das könnte Sie auch interessieren:"
    mid-body, the credits (client, agency, creation: a block, each line on only some pages),
    the award's entry window with its fee by year (extended in 2020) turning a job-board
    line, the yearly subscription with the VAT it includes (raised in 2018, 16 % from July
    to December 2020, a wording per day), the copyright line, a rare correction."""
    return PublisherStyle(
        domain="formundmarke.de", site="Form & Marke", base_size=85,
        subdomains=(("www.", 100),),
        sections=("corporate-design", "typografie", "packaging", "werbung", "agenturen"),
        n_authors=5, url_path="/{section}/{slug}",
        pools={
            "rubrik": ("Corporate Design", "Typografie", "Packaging", "Werbung", "Agenturen",
                       "Karriere"),
            "bild": ("Agentur", "Hersteller", "Form & Marke", "Studio Weißraum", "privat"),
            "kunde": ("Stadtwerke Kassel", "Brauerei Lindenhof", "Museum Folkwang Essen",
                      "Verlag Drei Linden"),
            "agentur": ("Studio Weißraum", "Kontur & Klang", "Büro Grundlinie",
                        "Markenwerk Nord"),
        },
        families=(
            _f("rubrik", HEADER, 0.45, (_OLD, "{rubrik}")),
            _f("datum", HEADER, 0.85, *_by_day(_fm_datum)),
            _f("autor", HEADER, 0.5, (_OLD, "Von {author}")),
            _f("bild", MIDDLE, 0.3, (_OLD, "Bild: {bild}")),
            _f("anzeige", MIDDLE, 0.3, (_OLD, "Anzeige"), count=2),
            _f("auch", MIDDLE, 0.25, (_OLD, "Das könnte Sie auch interessieren: "
                                            "{other_title}")),
            _f("kunde", FOOTER, 0.3, (_OLD, "Kunde: {kunde}")),
            _f("agentur", FOOTER, 0.3, (_OLD, "Agentur: {agentur}")),
            _f("kreation", FOOTER, 0.2, (_OLD, "Kreation: {author2}")),
            _f("award", FOOTER, 0.25, *_by_day(_fm_award)),
            _f("abo", FOOTER, 0.15, *_by_day(_fm_abo)),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Form & Marke Verlag GmbH")),
            _f("korrektur", HEADER, 0.04, (_OLD, "Korrektur: In einer früheren Version war der "
                                                 "Kunde falsch angegeben.")),
        ),
    )


# --- an English-language portfolio platform ----------------------------------------------

FF_REDESIGN = dt.date(2018, 6, 4)
FF_PRO = (("2014-01-01", "9.99"), ("2017-09-01", "11.99"), ("2020-02-01", "14.99"))


def _ff_dated(day: dt.date) -> str:
    if day < FF_REDESIGN:
        return f"Published {MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"Featured · {day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}"


def _ff_gallery(day: dt.date) -> str:
    return f"Featured in the Folioform Gallery, {MONTHS[day.month - 1]} {day.year}"


def folioform_style() -> PublisherStyle:
    """An English-language portfolio platform: the creative fields from a pool, "Published"
    with the long date turned "Featured ·" and the short date on 4 June 2018 (a wording per
    day), "Project by", the month's gallery (a wording per month), "More from this creator:"
    mid-body, the tools from a pool, the bare all-images-copyright-the-artist line, the
    appreciations and views, a Pro plan line with its price (raised in 2017 and 2020),
    "Report this project"."""
    return PublisherStyle(
        domain="folioform.net", site="Folioform", base_size=70,
        subdomains=(("www.", 100),),
        sections=("illustration", "photography", "graphic-design", "3d", "ui-ux"),
        n_authors=20, url_path="/gallery/{n}/{slug}",
        pools={
            "fields": ("Illustration", "Photography", "Graphic Design", "Branding",
                       "3D Art", "Typography", "UI/UX"),
            "tools": ("Adobe Photoshop", "Adobe Illustrator", "Procreate", "Blender",
                      "Figma", "Capture One", "Cinema 4D"),
        },
        families=(
            _f("fields", HEADER, 0.6, (_OLD, "Creative fields: {fields_list}")),
            _f("dated", HEADER, 0.85, *_by_day(_ff_dated)),
            _f("owner", HEADER, 0.7, (_OLD, "Project by {author}")),
            _f("gallery", HEADER, 0.2, *_by_day(_ff_gallery)),
            _f("more", MIDDLE, 0.2, (_OLD, "More from this creator: {other_title}")),
            _f("tools", FOOTER, 0.45, (_OLD, "Tools: {tools_list}")),
            _f("rights", FOOTER, 0.55, (_OLD, "All images copyright the artist. Do not "
                                              "reproduce without permission.")),
            _f("stats", FOOTER, 0.35, (_OLD, "{count} appreciations · {n} views")),
            _f("pro", FOOTER, 0.15, *priced(FF_PRO, lambda v: (
                f"Go Pro: unlimited projects and your own domain for ${v}/month"))),
            _f("report", FOOTER, 0.3, (_OLD, "Report this project")),
        ),
    )


# --- a British advertising trade site -----------------------------------------------------

CC_REDESIGN = dt.date(2016, 10, 3)
CC_FEES = {2015: ("250", "295"), 2016: ("250", "295"), 2017: ("275", "325"),
           2018: ("275", "325"), 2019: ("295", "350"), 2020: ("295", "350"),
           2021: ("250", "295")}  # the 2021 awards cut their fees after the pandemic year


def cc_window(day: dt.date) -> tuple[int, bool] | None:
    """The awards year whose entries are open on `day` (2 November to 31 January) and
    whether the early-bird fee still applies (to 15 December)."""
    y = day.year + 1 if day.month >= 11 else day.year
    if dt.date(y - 1, 11, 2) <= day <= dt.date(y, 1, 31):
        return y, day <= dt.date(y - 1, 12, 15)
    return None


def _cc_dated(day: dt.date) -> str:
    if day < CC_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year} · {{time}}"


def _cc_awards(day: dt.date) -> str:
    window = cc_window(day)
    if window is None:
        return "Get the Campaign Circle briefing in your inbox every weekday morning"
    y, early = window
    if early:
        return (f"Campaign Circle Awards {y}: early-bird entries close 15 December, "
                f"£{CC_FEES[y][0]} + VAT per entry")
    return (f"Campaign Circle Awards {y}: final deadline 31 January, £{CC_FEES[y][1]} + VAT "
            f"per entry")


def campaigncircle_style() -> PublisherStyle:
    """A British advertising trade site: a section from a pool, the long date turned the
    short date and the time on 3 October 2016 (a wording per day), "by", a subscriber label,
    account moves mid-body from a pool, the "CREDITS" block (client, agency, director,
    production company; each line on only some pages), the awards' entry window with
    early-bird and final fees by year turning a briefing line, the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="campaigncircle.co.uk", site="Campaign Circle", base_size=55,
        subdomains=(("www.", 100),),
        sections=("creative-work", "agencies", "media", "brands", "people"),
        n_authors=5, url_path="/article/{slug}/{n}",
        pools={
            "section": ("Creative work", "Agencies", "Media", "Brands", "People", "Awards"),
            "client": ("Harbour Building Society", "Greystone Cider", "Fable Mobile",
                       "Northgate Rail", "Pennant Pet Foods"),
            "agency": ("Oxbow London", "Kiln & Co", "Fieldwork Partners", "Little Harbour"),
            "director": ("Sam Ortiga", "Hollis Wren", "Ade Bankole", "Mira Lund"),
            "prod": ("Sixpenny Films", "Tallow", "Blue Hour Pictures", "Weir Productions"),
            "move": ("Greystone Cider moves its creative account to Kiln & Co",
                     "Fable Mobile appoints Oxbow London after a three-way pitch",
                     "Pennant Pet Foods hands its media to Fieldwork Partners"),
        },
        families=(
            _f("section", HEADER, 0.5, (_OLD, "{section}")),
            _f("dated", HEADER, 0.85, *_by_day(_cc_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "by {author}")),
            _f("subscriber", HEADER, 0.15, (_OLD, "Subscriber exclusive")),
            _f("moves", MIDDLE, 0.2, (_OLD, "Account move: {move}")),
            _f("credits", FOOTER, 0.35, (_OLD, "CREDITS")),
            _f("client", FOOTER, 0.35, (_OLD, "Client: {client}")),
            _f("agency", FOOTER, 0.35, (_OLD, "Agency: {agency}")),
            _f("director", FOOTER, 0.2, (_OLD, "Director: {director}")),
            _f("production", FOOTER, 0.2, (_OLD, "Production company: {prod}")),
            _f("awards", FOOTER, 0.3, *_by_day(_cc_awards)),
            _f("copyright", FOOTER, 0.3, (_OLD, "© Circle Media Group Ltd {year}")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the production company was "
                                                  "wrongly named in an earlier version.")),
        ),
    )


# --- an American illustration journal ----------------------------------------------------

LW_PATREON = dt.date(2019, 1, 1)


def _lw_dated(day: dt.date) -> str:
    return f"Posted {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _lw_support(day: dt.date) -> str:
    if day.month == 10:
        return (f"It's Inktober {day.year}! We're sharing one reader's drawing every day this "
                f"month")
    tier = "$5" if day >= LW_PATREON else "$3"
    return f"Linework Journal is reader-supported. Join us on Patreon from {tier} a month."


def linework_style() -> PublisherStyle:
    """An American illustration journal: "Posted" with the long date (a wording per day),
    "Interview by", artwork credits from a pool (up to twice a page), a commission line with
    the client from a pool, a Patreon appeal with its lowest tier ($3 turned $5 in 2019)
    turned by each Inktober, a submissions line, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="linework-journal.com", site="Linework Journal", base_size=40,
        subdomains=(("www.", 100),),
        sections=("interviews", "process", "features", "books"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "artist": ("Theo Marsh", "Lulu Okafor", "Priya Venkat", "Dario Colt", "Min Seo"),
            "client_ill": ("The New Yorker", "Penguin Random House", "Chronicle Books",
                           "a local brewery", "Spotify"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_lw_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "Interview by {author}")),
            _f("artwork", MIDDLE, 0.4, (_OLD, "Artwork © {artist}, shown with permission"),
               count=2),
            _f("commission", MIDDLE, 0.2, (_OLD, "Commissioned by {client_ill} · Art "
                                                 "direction: {author2}")),
            _f("support", FOOTER, 0.35, *_by_day(_lw_support)),
            _f("submit", FOOTER, 0.25, (_OLD, "Want to be featured? Send us a link to your "
                                              "portfolio.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "Text © {year} Linework Journal. Artwork © "
                                                "the artists.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version misspelled "
                                                  "the artist's name.")),
        ),
    )


# --- a Portuguese photography magazine ----------------------------------------------------

OB_REDESIGN = dt.date(2019, 5, 6)


def _ob_data(day: dt.date) -> str:
    if day < OB_REDESIGN:
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{day.day} de {MESES[day.month - 1]} de {day.year}"


def _ob_concurso(day: dt.date) -> str:
    y = day.year
    close = dt.date(2020, 6, 30) if y == 2020 else dt.date(y, 5, 31)
    if dt.date(y, 3, 1) <= day <= close:
        return (f"Concurso Objetiva {y}: inscrições abertas até {close.day} de "
                f"{MESES[close.month - 1]}")
    return "Siga a Objetiva no Instagram e partilhe as suas fotografias"


def objetiva_style() -> PublisherStyle:
    """A Portuguese photography magazine: the dashed date turned the long date on 6 May 2019
    (a wording per day), text and photography credits, a caption with camera and settings
    from pools, the photo contest's entry window (extended in 2020) turning an Instagram
    line, the images line and the copyright line (a block), a rare errata."""
    return PublisherStyle(
        domain="revistaobjetiva.pt", site="Objetiva", base_size=30,
        subdomains=(("", 100),),
        sections=("portfolio", "equipamento", "entrevistas", "tecnica"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "fotografo": ("Rita Mourão", "João Pestana", "Inês Calado", "Tiago Ferraz"),
            "maquina": ("Nikon D750", "Fujifilm X100V", "Sony A7C", "Canon EOS 6D"),
            "definicoes": ("f/8, 1/250 s, ISO 100", "f/2, 1/125 s, ISO 800",
                           "f/11, 15 s, ISO 64"),
        },
        families=(
            _f("data", HEADER, 0.8, *_by_day(_ob_data)),
            _f("autor", HEADER, 0.5, (_OLD, "Texto: {author} | Fotografia: {fotografo}")),
            _f("legenda", MIDDLE, 0.3, (_OLD, "Fotografia: © {fotografo}. {maquina}, "
                                              "{definicoes}")),
            _f("concurso", FOOTER, 0.3, *_by_day(_ob_concurso)),
            _f("imagens", FOOTER, 0.4, (_OLD, "Todas as imagens são propriedade dos respetivos "
                                              "autores.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Objetiva – Revista de Fotografia")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a legenda da primeira fotografia foi "
                                              "corrigida.")),
        ),
    )


def heldout156_styles() -> list[PublisherStyle]:
    """The held-back-156 styles, in the order the generator hands them to publishers."""
    return [
        lensandlight_style(), graficaoggi_style(), shashintecho_style(), formline_style(),
        vitrine_style(), regardphoto_style(), designnuri_style(), formundmarke_style(),
        folioform_style(), campaigncircle_style(), linework_style(), objetiva_style(),
    ]
