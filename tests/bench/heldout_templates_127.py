"""The ``held-back-127`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-126 set. It was
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
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
advertisement marker or an age-rating line. The publishers are video-game, esports and
anime/manga news sites in English (US, UK and an esports hub), Japanese, Korean, Chinese,
Brazilian Portuguese, Polish and Russian: an American games news site, a Japanese games news
site, an esports news hub, a Brazilian games site, a Polish games portal, a Russian games
site, a Korean games newspaper, a Chinese anime and manga portal, an English anime and manga
news site, a British game-deals and key-price site, a Japanese manga news site and a Chinese
esports site. The families are the kinds a crawl of such sites holds: dates localised day by
day in English (with US Eastern and Central European summer and winter time, UK time),
Japanese (one switching from the Heisei to the Reiwa era on 1 May 2019), Korean, Chinese,
Brazilian Portuguese, Polish and Russian (several changing form on the day of a redesign);
platform lines and age ratings from pools (ESRB, PEGI, CERO, GRAC, ClassInd, Russia's 18+
mark); review score boxes (score and review-copy lines, a block); spoiler warnings; patch
lines (League of Legends patches every two weeks, Dota 2 versions by release day); esports
schedules that turn each week (the week's majors, last week's result, the LPL week of the
split) and anime seasons that turn each quarter; streaming links; affiliate and key-seller
disclosures reworded; amounts that change over the years (Japan's consumption tax from 8% to
10%, Brazilian game prices, Game Pass prices, next-generation RRPs); notices that follow the
calendars of games (E3 and its cancellation, Gamescom, the Tokyo Game Show, The Game Awards,
BlizzCon, IEM Katowice, Poznań Game Arena, IgroMir, G-Star, ChinaJoy, Brasil Game Show,
Worlds and The International, Comiket and its 2020 cancellation, Anime Expo, Steam sales,
Black Friday, Cyberpunk 2077's delays, Golden Week, year-end breaks, Chuseok and the Spring
Festival, the 2020 pandemic); reporter names; related links, advertisement markers and
streaming lines mid-body (some up to two times); multi-line blocks, bare lines and families in
only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
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
    thanksgiving,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_calendar, _yearly, _movable = _PERIOD.calendar, _PERIOD.yearly, _PERIOD.movable
# A line printed day by day is worded once per session: the tests build the styles three
# times.
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

ONE = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YOUBI = ("月", "火", "水", "木", "金", "土", "日")
YOIL = ("월", "화", "수", "목", "금", "토", "일")
XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
MIESIACE = ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia")
DNI = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")
MESYATSA = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")
DNI_RU = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")

# --- the calendars of games, as the sites' readers kept them ---------------------------------

E3 = {2015: "2015-06-16", 2016: "2016-06-14", 2017: "2017-06-13", 2018: "2018-06-12",
      2019: "2019-06-11"}  # the show floor's first day; cancelled in 2020
GAMESCOM = {2015: "2015-08-05", 2016: "2016-08-17", 2017: "2017-08-22", 2018: "2018-08-21",
            2019: "2019-08-20", 2020: "2020-08-27"}
TGS = {2015: "2015-09-17", 2016: "2016-09-15", 2017: "2017-09-21", 2018: "2018-09-20",
       2019: "2019-09-12", 2020: "2020-09-23"}
GAME_AWARDS = {2015: "2015-12-03", 2016: "2016-12-01", 2017: "2017-12-07", 2018: "2018-12-06",
               2019: "2019-12-12", 2020: "2020-12-10"}
WORLDS_FINAL = {2015: "2015-10-31", 2016: "2016-10-29", 2017: "2017-11-04", 2018: "2018-11-03",
                2019: "2019-11-10", 2020: "2020-10-31"}
TI_FINAL = {2015: "2015-08-08", 2016: "2016-08-13", 2017: "2017-08-12", 2018: "2018-08-25",
            2019: "2019-08-25"}  # The International; none in 2020
IEM_KATOWICE = {2015: ("2015-03-12", "2015-03-15"), 2016: ("2016-03-02", "2016-03-05"),
                2017: ("2017-02-25", "2017-03-05"), 2018: ("2018-02-27", "2018-03-04"),
                2019: ("2019-02-13", "2019-03-03"), 2020: ("2020-02-28", "2020-03-01")}
PGA = {2015: "2015-10-23", 2016: "2016-10-28", 2017: "2017-10-27", 2018: "2018-10-26",
       2019: "2019-10-25"}  # Poznań Game Arena; online only in 2020
IGROMIR = {2015: "2015-10-01", 2016: "2016-09-29", 2017: "2017-10-05", 2018: "2018-10-04",
           2019: "2019-10-03"}  # cancelled in 2020
GSTAR = {2015: "2015-11-12", 2016: "2016-11-17", 2017: "2017-11-16", 2018: "2018-11-15",
         2019: "2019-11-14", 2020: "2020-11-19"}
CHINAJOY = {2015: "2015-07-30", 2016: "2016-07-28", 2017: "2017-07-27", 2018: "2018-08-03",
            2019: "2019-08-02", 2020: "2020-07-31"}
BGS = {2015: "2015-10-08", 2016: "2016-09-01", 2017: "2017-10-11", 2018: "2018-10-10",
       2019: "2019-10-09"}  # Brasil Game Show; none in 2020
COMIKET = ((88, "2015-08-14", "2015-08-16"), (89, "2015-12-29", "2015-12-31"),
           (90, "2016-08-12", "2016-08-14"), (91, "2016-12-29", "2016-12-31"),
           (92, "2017-08-11", "2017-08-13"), (93, "2017-12-29", "2017-12-31"),
           (94, "2018-08-10", "2018-08-12"), (95, "2018-12-29", "2018-12-31"),
           (96, "2019-08-09", "2019-08-12"), (97, "2019-12-28", "2019-12-31"))
ANIME_EXPO = {2015: "2015-07-02", 2016: "2016-07-01", 2017: "2017-07-01", 2018: "2018-07-05",
              2019: "2019-07-04"}
STEAM_SUMMER = {2015: ("2015-06-11", "2015-06-22"), 2016: ("2016-06-23", "2016-07-04"),
                2017: ("2017-06-22", "2017-07-05"), 2018: ("2018-06-21", "2018-07-05"),
                2019: ("2019-06-25", "2019-07-09"), 2020: ("2020-06-25", "2020-07-09")}
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
DOTA_PATCHES = (("2014-12-17", "6.83"), ("2015-04-30", "6.84"), ("2015-09-24", "6.85"),
                ("2015-12-16", "6.86"), ("2016-04-25", "6.87"), ("2016-06-12", "6.88"),
                ("2016-12-12", "7.00"), ("2017-02-08", "7.02"), ("2017-03-15", "7.04"),
                ("2017-04-09", "7.05"), ("2017-05-15", "7.06"), ("2017-10-31", "7.07"),
                ("2018-02-01", "7.08"), ("2018-03-29", "7.12"), ("2018-05-27", "7.16"),
                ("2018-11-19", "7.20"), ("2019-01-29", "7.21"), ("2019-05-24", "7.22"),
                ("2019-11-26", "7.23"), ("2020-01-26", "7.24"), ("2020-03-17", "7.25"),
                ("2020-04-18", "7.26"), ("2020-06-28", "7.27"), ("2020-12-17", "7.28"))
JP_TAX_RISE = dt.date(2019, 10, 1)  # consumption tax from 8% to 10%
REIWA = dt.date(2019, 5, 1)
PANDEMIC = ("2020-03-13", "2020-05-31")


def _h(day: dt.date, key: str) -> int:
    """A made-up number, the same for the same `day` and `key`."""
    return int.from_bytes(hashlib.blake2b(f"{day}/{key}".encode(), digest_size=4).digest(),
                          "big")


def week_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


def us_summer_time(day: dt.date) -> bool:
    """US daylight time: the second Sunday of March to the day before the first Sunday of
    November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def eu_summer_time(day: dt.date) -> bool:
    """European summer time: the last Sunday of March to the day before the last Sunday of
    October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def lol_patch(day: dt.date) -> str:
    """League of Legends' live patch: season N (2015 is 5) from the second Wednesday of
    January, a new patch every two weeks, 24 at most (the last of the year stays till the
    next season's first)."""
    start = nth_weekday(day.year, 1, 2, 2)
    if day < start:
        return f"{day.year - 2011}.24"
    return f"{day.year - 2010}.{min(24, 1 + (day - start).days // 14)}"


def stepped(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((ISO day, value), ...) in force on `day` (the first before any)."""
    return [v for start, v in table if start <= day.isoformat()][-1] if (
        table[0][0] <= day.isoformat()) else table[0][1]


def japanese_era(day: dt.date) -> str:
    """The Japanese date with its era: 平成28年3月5日, 令和元年5月1日."""
    era, year = ("令和", day.year - 2018) if day >= REIWA else ("平成", day.year - 1988)
    return f"{era}{'元' if year == 1 else year}年{day.month}月{day.day}日"


def _yearly_days(days: dict[int, str], before: int, after: int,
                 text: Callable[[int], str]) -> list[Event]:
    """A notice shown around each year's day of `days` (year -> ISO day; years left out:
    not held)."""
    return _movable(_listed(days), before, after, text)


# --- an American games news site ---------------------------------------------------------

PV_REDESIGN = dt.date(2017, 6, 11)  # relaunched on the Sunday of E3 2017's press days
PV_AFFILIATE = dt.date(2018, 3, 1)
PV_NEWSLETTER = dt.date(2016, 9, 6)


def _pv_dated(day: dt.date) -> str:
    if day < PV_REDESIGN:
        return f"Posted {MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    zone = "EDT" if us_summer_time(day) else "EST"
    return (f"Updated {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year} "
            f"{{time12}} {zone}")


@cache
def _pv_notice() -> Wordings:
    base = _steps((_OLD, "Like Pixel Vanguard on Facebook for news, trailers and deals"),
                  (PV_NEWSLETTER.isoformat(), "🎮 Get the Vanguard Briefing: the day's biggest "
                                              "gaming news in your inbox every morning"))
    e3 = _yearly_days(E3, 8, 2, lambda y: f"📺 E3 {y}: every press conference, every trailer, "
                                          f"live on our E3 hub")
    awards = _yearly_days(GAME_AWARDS, 3, 1, lambda y: f"🏆 The Game Awards {y}: follow the "
                                                       f"winners as they're announced")
    news = [_span("2020-03-11", "2020-03-24", "❌ E3 2020 is cancelled: what happens to the "
                                              "summer's announcements"),
            _span("2020-06-01", "2020-07-31", "🗓️ No E3 this year: our calendar of every "
                                              "summer showcase and digital event"),
            _span("2020-11-09", "2020-11-20", "🕹️ PS5 and Xbox Series X|S launch week: stock "
                                              "trackers, reviews and guides")]
    return _calendar(base, news, e3, awards)


def pixelvanguard_style() -> PublisherStyle:
    """An American games news site: a section kicker, "Posted" with the short date turned
    the weekday, the long date and US Eastern daylight or standard time on its relaunch day
    (a wording per day), "By" with the writer's role, an affiliate disclosure reworded,
    platforms from a pool, "Read more:" and advertisement markers up to twice, a release line,
    a review box (score with verdict, review-copy line: a block), the ESRB rating, a social
    appeal turned a newsletter and turned by E3, The Game Awards, E3's cancellation and the
    2020 console launches, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="pixelvanguard.com", site="Pixel Vanguard", base_size=250,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "reviews", "previews", "guides", "features"),
        n_authors=14, url_path="/{section}/{yyyy}/{mm}/{slug}/",
        pools={
            "kicker": ("NEWS", "REVIEW", "PREVIEW", "GUIDE", "FEATURE", "OPINION"),
            "beat": ("Senior Editor", "News Writer", "Reviews Editor", "Guides Editor",
                     "Staff Writer"),
            "platform": ("PS4", "Xbox One", "Switch", "PC", "PS5", "Xbox Series X|S",
                         "Stadia"),
            "score": ("9", "8.5", "8", "7.5", "7", "6", "5", "9.5"),
            "esrb": ("E for Everyone", "E10+ for Everyone 10+", "T for Teen",
                     "M for Mature 17+", "Rating Pending"),
            "window": ("out now", "out this Friday", "coming next month", "coming this "
                       "holiday", "due early next year", "in early access now"),
        },
        families=(
            _f("kicker", HEADER, 0.5, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.9, *_by_day(_pv_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (PV_REDESIGN.isoformat(), "By {author}, {author_beat}")),
            _f("affiliate", HEADER, 0.6,
               (_OLD, "Pixel Vanguard may get a small share of sales from links on this page."),
               (PV_AFFILIATE.isoformat(), "When you buy through links on our site, we may earn "
                                          "an affiliate commission. Here's how it works.")),
            _f("platforms", HEADER, 0.45, (_OLD, "Platforms: {platform_list}")),
            _f("release", MIDDLE, 0.2, (_OLD, "Release: {window} on {platform_list}")),
            _f("read-more", MIDDLE, 0.4, (_OLD, "Read more: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("score", FOOTER, 0.15, (_OLD, "Pixel Vanguard score: {score}/10")),
            _f("review-copy", FOOTER, 0.13, (_OLD, "Reviewed on {platform}. A review code was "
                                                   "provided by the publisher.")),
            _f("esrb", FOOTER, 0.3, (_OLD, "ESRB rating: {esrb}")),
            _f("notice", FOOTER, 0.3, *_pv_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Pixel Vanguard Media LLC. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this story "
                                                  "listed the wrong release date.")),
        ),
    )


# --- a Japanese games news site ----------------------------------------------------------

GK_REDESIGN = dt.date(2018, 10, 1)
GK_LINE = dt.date(2017, 4, 3)


def _gk_hizuke(day: dt.date) -> str:
    if day < GK_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"
    return f"{day.year}年{day.month}月{day.day}日({YOUBI[day.weekday()]}) {{time}}"


def _gk_zei(day: dt.date) -> str:
    rate = "10" if day >= JP_TAX_RISE else "8"
    return f"※記事中の価格はすべて税込（{rate}%）表記です。"


@cache
def _gk_tsuchi() -> Wordings:
    base = _steps((_OLD, "ゲーム回廊の公式Twitterをフォローして最新情報をチェック！"),
                  (GK_LINE.isoformat(), "📱 LINEでゲーム回廊を友だち追加すると、注目ニュースが"
                                        "毎日届きます"))
    tgs = _yearly_days(TGS, 7, 3, lambda y: (f"🎮 東京ゲームショウ{y}の最新情報は特設ページで"
                                             if y < 2020 else "🎮 東京ゲームショウ2020 "
                                             "オンラインの配信スケジュールはこちら"))
    nenmatsu = _yearly("12-28", 0, 6, lambda y: f"年末年始（12月28日〜{y + 1}年1月3日）は"
                                                f"更新をお休みします。")
    return _calendar(base, nenmatsu, tgs)


def gamekairo_style() -> PublisherStyle:
    """A Japanese games news site: the date and time with slashes turned the written date
    with its weekday on the day of a redesign (a wording per day), the writer, supported
    machines from a pool, a release line from a pool, the consumption-tax note turned from
    8% to 10% on 1 October 2019, "※画像は開発中のものです。" and related links mid-body, an
    advertisement marker, the CERO rating, a Twitter appeal turned a LINE appeal and turned
    by the Tokyo Game Show and the year-end break, the rights line and the copyright line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="gamekairo.jp", site="ゲーム回廊", base_size=220,
        subdomains=(("www.", 85), ("sp.", 15)),
        sections=("news", "review", "interview", "event"),
        n_authors=10, url_path="/{section}/{n}.html",
        pools={
            "kishu": ("PS4", "Nintendo Switch", "PC（Steam）", "Xbox One", "PS Vita",
                      "ニンテンドー3DS", "iOS/Android"),
            "hatsubai": ("発売中", "配信中", "近日発売", "発売日未定", "年内発売予定"),
            "cero": ("A（全年齢対象）", "B（12才以上対象）", "C（15才以上対象）",
                     "D（17才以上対象）", "Z（18才以上のみ対象）", "審査予定"),
        },
        families=(
            _f("hizuke", HEADER, 0.9, *_by_day(_gk_hizuke)),
            _f("kisha", HEADER, 0.5, (_OLD, "文：{author}"),
               (GK_REDESIGN.isoformat(), "ゲーム回廊編集部　{author}")),
            _f("taio", HEADER, 0.45, (_OLD, "対応機種：{kishu_list}")),
            _f("hatsubai", MIDDLE, 0.2, (_OLD, "発売日：{hatsubai}")),
            _f("zei", HEADER, 0.25, *_by_day(_gk_zei)),
            _f("kaihatsu", MIDDLE, 0.25, (_OLD, "※画像は開発中のものです。")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "【関連記事】{other_title}"), count=2),
            _f("kokoku", MIDDLE, 0.25, (_OLD, "広告"), count=2),
            _f("cero", FOOTER, 0.4, (_OLD, "CERO：{cero}")),
            _f("tsuchi", FOOTER, 0.3, *_gk_tsuchi()),
            _f("kenri", FOOTER, 0.35, (_OLD, "記事内の画像・映像の著作権は各権利者に帰属します。")),
            _f("copyright", FOOTER, 0.45, (_OLD, "Copyright © ゲーム回廊 All Rights Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "【訂正】初出時、発売日に誤りがありました。"
                                              "お詫びして訂正いたします。")),
        ),
    )


# --- an esports news hub ------------------------------------------------------------------

AW_REDESIGN = dt.date(2019, 1, 14)
AW_GAMBLING = dt.date(2018, 5, 1)
AW_DISCORD = dt.date(2017, 8, 1)
ESPORTS_EVENTS = (
    ("2015-03-12", "2015-03-15", "IEM Katowice"), ("2015-05-07", "2015-05-10", "MSI"),
    ("2015-07-17", "2015-07-26", "ESL One Cologne"), ("2015-08-03", "2015-08-08",
                                                       "The International"),
    ("2015-10-01", "2015-10-31", "Worlds"), ("2015-11-06", "2015-11-07", "BlizzCon"),
    ("2016-03-02", "2016-03-05", "IEM Katowice"), ("2016-05-04", "2016-05-15", "MSI"),
    ("2016-07-05", "2016-07-10", "ESL One Cologne"), ("2016-08-03", "2016-08-13",
                                                       "The International"),
    ("2016-09-29", "2016-10-29", "Worlds"), ("2016-11-04", "2016-11-05", "BlizzCon"),
    ("2017-02-25", "2017-03-05", "IEM Katowice"), ("2017-04-28", "2017-05-21", "MSI"),
    ("2017-07-19", "2017-07-23", "PGL Major Kraków"), ("2017-08-07", "2017-08-12",
                                                       "The International"),
    ("2017-09-23", "2017-11-04", "Worlds"), ("2017-11-03", "2017-11-04", "BlizzCon"),
    ("2018-01-12", "2018-01-28", "ELEAGUE Major Boston"), ("2018-05-03", "2018-05-20", "MSI"),
    ("2018-08-20", "2018-08-25", "The International"), ("2018-09-05", "2018-09-23",
                                                         "FACEIT Major London"),
    ("2018-10-01", "2018-11-03", "Worlds"), ("2019-02-13", "2019-03-03", "IEM Katowice"),
    ("2019-05-01", "2019-05-19", "MSI"), ("2019-08-20", "2019-08-25", "The International"),
    ("2019-08-28", "2019-09-08", "StarLadder Major Berlin"), ("2019-10-02", "2019-11-10",
                                                             "Worlds"),
    ("2020-02-25", "2020-03-01", "IEM Katowice"), ("2020-09-25", "2020-10-31", "Worlds"),
)
TEAMS = ("Astralis", "Team Liquid", "Fnatic", "G2 Esports", "SK Telecom T1", "OG",
         "Natus Vincere", "Cloud9", "Invictus Gaming", "Team Secret", "FunPlus Phoenix",
         "Virtus.pro", "DAMWON Gaming", "Evil Geniuses", "Vitality", "Royal Never Give Up")


def _aw_dated(day: dt.date) -> str:
    if day < AW_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    zone = "CEST" if eu_summer_time(day) else "CET"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year} · {{time}} {zone}"


def week_events(monday: dt.date) -> list[str]:
    """The esports events that run on some day of the week from `monday`."""
    sunday = monday + 6 * ONE
    return [name for first, last, name in ESPORTS_EVENTS
            if iso_day(first) <= sunday and monday <= iso_day(last)]


def _aw_thisweek(day: dt.date) -> str:
    monday = week_of(day)
    sunday = monday + 6 * ONE
    events = week_events(monday)
    what = " + ".join(events) if events else "regional league play"
    return (f"📅 This week ({MONTHS[monday.month - 1][:3]} {monday.day}–"
            f"{MONTHS[sunday.month - 1][:3]} {sunday.day}): {what}")


def _aw_results(day: dt.date) -> str:
    monday = week_of(day)
    k = _h(monday, "final")
    winner = TEAMS[k % len(TEAMS)]
    loser = TEAMS[(k // 16 + 1 + k % len(TEAMS)) % len(TEAMS)]
    if loser == winner:
        loser = TEAMS[(TEAMS.index(winner) + 1) % len(TEAMS)]
    score = ("3-1", "3-2", "2-1", "3-0", "2-0")[k // 256 % 5]
    return f"Last week: {winner} beat {loser} {score} in the weekend's headline series"


def _aw_patch(day: dt.date) -> str:
    return f"Played on patch {lol_patch(day)}"


@cache
def _aw_notice() -> Wordings:
    base = _steps((_OLD, "Follow Arena Weekly on Twitter for live scores"),
                  (AW_DISCORD.isoformat(), "💬 Join the Arena Weekly Discord: match threads, "
                                           "pick'ems and giveaways"))
    worlds = _yearly_days(WORLDS_FINAL, 3, 1, lambda y: f"🏆 Worlds {y} final: our live "
                                                        f"blog starts two hours before")
    ti = _yearly_days(TI_FINAL, 6, 1, lambda y: f"🛡️ The International {y - 2010}: every "
                                                f"result from the main event")
    news = [_span(PANDEMIC[0], PANDEMIC[1], "🦠 Postponed, cancelled or online: our tracker of "
                                            "every esports event hit by COVID-19")]
    return _calendar(base, news, worlds, ti)


def arenaweekly_style() -> PublisherStyle:
    """An esports news hub: the short date turned the day, month, year, time and Central
    European summer or winter time on a redesign day (a wording per day), "Written by" with
    the writer's handle added, a spoiler warning, the week's events (a wording per week) and
    last week's headline result (a wording per week), the League of Legends patch (every two
    weeks) and "Watch live" streams mid-body, related links up to twice, a gambling line
    reworded, a social appeal turned a Discord appeal and turned by Worlds, The International
    and the 2020 pandemic, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="arenaweekly.gg", site="Arena Weekly", base_size=195,
        subdomains=(("", 100),),
        sections=("lol", "csgo", "dota2", "valorant", "overwatch"),
        n_authors=12, url_path="/{section}/{slug}",
        pools={"stream": ("twitch.tv/riotgames", "twitch.tv/esl_csgo", "youtube.com/lolesports",
                          "twitch.tv/dota2ti", "twitch.tv/overwatchleague")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_aw_dated)),
            _f("byline", HEADER, 0.6, (_OLD, "Written by {author}"),
               (AW_REDESIGN.isoformat(), "Written by {author} ({author_handle})")),
            _f("spoiler", HEADER, 0.15, (_OLD, "⚠️ Spoiler warning: this article contains "
                                               "match results.")),
            _f("this-week", HEADER, 0.4, *_by_day(_aw_thisweek)),
            _f("results", HEADER, 0.25, *_by_day(_aw_results)),
            _f("patch", MIDDLE, 0.15, *_by_day(_aw_patch)),
            _f("watch", MIDDLE, 0.3, (_OLD, "Watch live: {stream}")),
            _f("related", MIDDLE, 0.35, (_OLD, "Related: {other_title}"), count=2),
            _f("gambling", FOOTER, 0.2,
               (_OLD, "18+ | Gamble responsibly | BeGambleAware.org"),
               (AW_GAMBLING.isoformat(), "18+. T&Cs apply. Betting links are affiliate links; "
                                         "please gamble responsibly: begambleaware.org")),
            _f("notice", FOOTER, 0.3, *_aw_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Arena Weekly. Team logos are "
                                                "trademarks of their owners.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version misstated the "
                                                  "series score.")),
        ),
    )


# --- a Brazilian games site ----------------------------------------------------------------

JZ_REDESIGN = dt.date(2019, 4, 1)
JZ_AFILIADO = dt.date(2018, 7, 1)
JZ_PRECO = (("2014-01-01", "R$ 199,90"), ("2016-09-01", "R$ 249,90"),
            ("2018-08-01", "R$ 299,90"), ("2020-10-01", "R$ 349,90"))


def _jz_data(day: dt.date) -> str:
    if day < JZ_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} - {{time}}"
    return f"Publicado em {day.day} de {MESES[day.month - 1]} de {day.year}, às {{time}}"


def _jz_preco(day: dt.date) -> str:
    return (f"Preço sugerido de lançamento no Brasil: {stepped(day, JZ_PRECO)} "
            f"(versão física de console)")


@cache
def _jz_aviso() -> Wordings:
    base = _steps((_OLD, "Siga o Joga Zona no Instagram e no YouTube"),
                  ("2018-02-01", "📲 Entre no canal do Joga Zona no Telegram e receba as "
                                 "notícias primeiro"))
    bgs = _yearly_days(BGS, 6, 4, lambda y: f"🎟️ Brasil Game Show {y}: toda a cobertura "
                                            f"direto de São Paulo")
    black = _movable(lambda y: thanksgiving(y) + ONE, 4, 3,
                     lambda y: f"🔥 Black Friday {y}: as melhores ofertas de games, "
                               f"atualizadas ao vivo")
    news = [_span("2020-03-17", "2020-05-31", "🏠 Fique em casa: jogos grátis e promoções para "
                                              "passar a quarentena")]
    return _calendar(base, news, bgs, black)


def jogazona_style() -> PublisherStyle:
    """A Brazilian games site: the numeric date and time turned "Publicado em" with the
    written date on the day of a redesign (a wording per day), "Por", platforms from a pool,
    an affiliate line reworded, a spoiler alert, the suggested price of a console game that
    rises three times, "Leia também:" and "Publicidade" up to twice, the ClassInd rating, a
    social appeal turned a Telegram appeal and turned by the Brasil Game Show, Black Friday and
    the 2020 quarantine, the copyright line, a rare erratum."""
    return PublisherStyle(
        domain="jogazona.com.br", site="Joga Zona", base_size=170,
        subdomains=(("www.", 80), ("", 20)),
        sections=("noticias", "analises", "esports", "dicas"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={
            "plataforma": ("PS4", "Xbox One", "Switch", "PC", "Mobile", "PS5"),
            "classind": ("Livre", "10 anos", "12 anos", "14 anos", "16 anos", "18 anos"),
        },
        families=(
            _f("data", HEADER, 0.85, *_by_day(_jz_data)),
            _f("autor", HEADER, 0.5, (_OLD, "Por {author}")),
            _f("plataformas", HEADER, 0.4, (_OLD, "Plataformas: {plataforma_list}")),
            _f("afiliado", HEADER, 0.3,
               (_OLD, "Este post pode conter links de afiliados."),
               (JZ_AFILIADO.isoformat(), "O Joga Zona pode receber comissão por compras feitas "
                                         "pelos links desta página, sem custo extra para você.")),
            _f("spoiler", HEADER, 0.1, (_OLD, "⚠️ Alerta de spoiler! Este texto revela detalhes "
                                              "da história.")),
            _f("preco", MIDDLE, 0.2, *_by_day(_jz_preco)),
            _f("leia", MIDDLE, 0.35, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.25, (_OLD, "Publicidade"), count=2),
            _f("classind", FOOTER, 0.35, (_OLD, "Classificação indicativa: {classind}")),
            _f("aviso", FOOTER, 0.3, *_jz_aviso()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Joga Zona. Todos os direitos "
                                                "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: uma versão anterior deste texto trazia a "
                                              "data de lançamento errada.")),
        ),
    )


# --- a Polish games portal -------------------------------------------------------------------

GP_REDESIGN = dt.date(2017, 9, 1)
GP_KLUCZE = dt.date(2019, 2, 1)
CYBERPUNK = (("2019-06-10", "2019-06-17", "🤖 Cyberpunk 2077 z datą premiery: 16 kwietnia 2020"),
             ("2020-01-16", "2020-01-26", "🤖 Cyberpunk 2077 opóźniony: nowa data premiery to "
                                          "17 września 2020"),
             ("2020-06-18", "2020-06-28", "🤖 Cyberpunk 2077 znowu przesunięty, tym razem na "
                                          "19 listopada 2020"),
             ("2020-10-27", "2020-11-08", "🤖 Kolejne opóźnienie: Cyberpunk 2077 trafi do "
                                          "sprzedaży 10 grudnia 2020"),
             ("2020-12-07", "2020-12-14", "🤖 Premiera Cyberpunka 2077: recenzje, poradniki i "
                                          "wszystko, co trzeba wiedzieć"))


def _gp_data(day: dt.date) -> str:
    if day < GP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year}, {{time}}"
    return f"{DNI[day.weekday()]}, {day.day} {MIESIACE[day.month - 1]} {day.year}, {{time}}"


@cache
def _gp_komunikat() -> Wordings:
    base = _steps((_OLD, "Polub GraczePlus na Facebooku"),
                  ("2018-05-01", "🎧 Słuchaj podcastu GraczePlus: nowy odcinek w każdy "
                                 "czwartek"))
    iem = [_span(a, b, f"🏟️ IEM Katowice {y}: wyniki, terminarz i relacje ze Spodka")
           for y, (a, b) in IEM_KATOWICE.items()]
    pga = _yearly_days(PGA, 5, 2, lambda y: f"🎮 Poznań Game Arena {y}: relacja z targów")
    news = [_span(a, b, t) for a, b, t in CYBERPUNK]
    return _calendar(base, news, iem, pga)


def graczeplus_style() -> PublisherStyle:
    """A Polish games portal: the numeric date and time turned the weekday and the written
    date in the genitive on the day of a redesign (a wording per day), "Autor:", platforms
    from a pool, a key-shop disclosure reworded, "Zobacz też:" and "REKLAMA" up to twice, a
    review box (score, review-copy line: a block), the PEGI rating, a social appeal turned a
    podcast appeal and turned by IEM Katowice, Poznań Game Arena and Cyberpunk 2077's
    announced date and delays, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="graczeplus.pl", site="GraczePlus", base_size=150,
        subdomains=(("www.", 100),),
        sections=("newsy", "recenzje", "publicystyka", "poradniki"),
        n_authors=9, url_path="/{section}/{n},{slug}.html",
        pools={
            "platforma": ("PC", "PS4", "XONE", "Switch", "PS5", "XSX"),
            "pegi": ("3", "7", "12", "16", "18"),
            "ocena": ("9/10", "8,5/10", "8/10", "7/10", "6,5/10", "5/10"),
        },
        families=(
            _f("data", HEADER, 0.85, *_by_day(_gp_data)),
            _f("autor", HEADER, 0.55, (_OLD, "Autor: {author}")),
            _f("platformy", HEADER, 0.4, (_OLD, "Platformy: {platforma_list}")),
            _f("klucze", HEADER, 0.25,
               (_OLD, "Linki do sklepów z grami są linkami partnerskimi."),
               (GP_KLUCZE.isoformat(), "Niektóre linki w tekście prowadzą do sklepów z "
                                       "kluczami; za zakup przez nie otrzymujemy prowizję.")),
            _f("zobacz", MIDDLE, 0.35, (_OLD, "Zobacz też: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "REKLAMA"), count=2),
            _f("ocena", FOOTER, 0.15, (_OLD, "Nasza ocena: {ocena}")),
            _f("kopia", FOOTER, 0.13, (_OLD, "Grę do recenzji dostarczył wydawca.")),
            _f("pegi", FOOTER, 0.35, (_OLD, "PEGI {pegi}")),
            _f("komunikat", FOOTER, 0.3, *_gp_komunikat()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2012-{year} GraczePlus sp. z o.o. Wszelkie "
                                                "prawa zastrzeżone.")),
            _f("sprostowanie", HEADER, 0.04, (_OLD, "Sprostowanie: w pierwotnej wersji tekstu "
                                                    "podaliśmy błędną cenę gry.")),
        ),
    )


# --- a Russian games site ---------------------------------------------------------------------

ID_REDESIGN = dt.date(2018, 3, 1)
ID_TELEGRAM = dt.date(2018, 9, 1)


def _id_data(day: dt.date) -> str:
    if day < ID_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{day.day} {MESYATSA[day.month - 1]} {day.year}, {DNI_RU[day.weekday()]}, {{time}}"


def _id_patch(day: dt.date) -> str:
    return f"Актуальная версия Dota 2: {stepped(day, DOTA_PATCHES)}"


@cache
def _id_podpiska() -> Wordings:
    base = _steps((_OLD, "Вступайте в нашу группу ВКонтакте"),
                  (ID_TELEGRAM.isoformat(), "📢 Подписывайтесь на Telegram-канал «Игрового "
                                            "дома»: новости без рекламы"))
    igromir = _yearly_days(IGROMIR, 5, 3, lambda y: f"🎪 «ИгроМир {y}»: репортажи с выставки "
                                                    f"в «Крокус Экспо»")
    ti = _yearly_days(TI_FINAL, 6, 1, lambda y: f"🏆 The International {y}: следим за "
                                                f"российскими командами")
    news = [_span("2020-04-14", "2020-04-30", "❌ «ИгроМир 2020» отменён: что известно")]
    return _calendar(base, news, igromir, ti)


def igrovoydom_style() -> PublisherStyle:
    """A Russian games site: the 18+ mark, the numeric date turned the written date in the
    genitive with its weekday on the day of a redesign (a wording per day), "Автор:", the
    current Dota 2 version by patch day, platforms from a pool, "Читайте также:" and
    "Реклама" up to twice, a spoiler warning, a VK appeal turned a Telegram appeal and turned
    by IgroMir, The International and IgroMir's cancellation, the media registration and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="igrovoydom.ru", site="Игровой дом", base_size=130,
        subdomains=(("", 100),),
        sections=("news", "articles", "reviews", "cybersport"),
        n_authors=8, url_path="/{section}/{n}-{slug}",
        pools={"platforma": ("PC", "PS4", "Xbox One", "Switch", "PS5", "iOS", "Android")},
        families=(
            _f("vozrast", HEADER, 0.7, (_OLD, "18+")),
            _f("data", HEADER, 0.85, *_by_day(_id_data)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}")),
            _f("patch", HEADER, 0.2, *_by_day(_id_patch)),
            _f("platformy", HEADER, 0.35, (_OLD, "Платформы: {platforma_list}")),
            _f("chitayte", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.25, (_OLD, "Реклама"), count=2),
            _f("spoiler", MIDDLE, 0.12, (_OLD, "Осторожно, дальше спойлеры!")),
            _f("podpiska", FOOTER, 0.3, *_id_podpiska()),
            _f("smi", FOOTER, 0.3, (_OLD, "Сетевое издание «Игровой дом». Свидетельство о "
                                          "регистрации СМИ Эл № ФС77-61238 выдано "
                                          "Роскомнадзором 14.04.2015.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© 2015–{year} Игровой дом. При цитировании "
                                                "ссылка на igrovoydom.ru обязательна.")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправлено: в первой версии новости была "
                                                   "указана неверная дата выхода.")),
        ),
    )


# --- a Korean games newspaper -------------------------------------------------------------

GN_REDESIGN = dt.date(2019, 7, 1)


def _gn_nalja(day: dt.date) -> str:
    if day < GN_REDESIGN:
        return f"기사입력 {day.isoformat()} {{time}}"
    return f"승인 {day.year}.{day.month:02d}.{day.day:02d} {{time}} ({YOIL[day.weekday()]})"


def _gn_patch(day: dt.date) -> str:
    return f"LoL 현재 패치: {lol_patch(day)}"


@cache
def _gn_jebo() -> Wordings:
    base = _steps((_OLD, "기사 제보 및 보도자료: news@gamenaru.co.kr"),
                  ("2017-03-01", "📮 게임나루에 제보하기: news@gamenaru.co.kr · 카카오톡 "
                                 "'게임나루'"))
    gstar = _yearly_days(GSTAR, 5, 3, lambda y: f"🎮 지스타 {y} 특별취재 페이지 바로가기")
    worlds = _yearly_days(WORLDS_FINAL, 3, 1, lambda y: f"🏆 {y} 롤드컵 결승 실시간 중계 "
                                                        f"보러가기")
    chuseok = _yearly_days(CHUSEOK, 2, 2, lambda y: "추석 연휴 기간에는 기사 업데이트가 "
                                                    "평소보다 적습니다.")
    return _calendar(base, chuseok, gstar, worlds)


def gamenaru_style() -> PublisherStyle:
    """A Korean games newspaper: "기사입력" with the ISO date turned "승인" with dotted date and
    weekday on the day of a redesign (a wording per day), the reporter, the League of Legends
    patch (every two weeks), "[관련기사]" and "광고" up to twice, the GRAC rating from a pool, a
    tip line reworded and turned by G-Star, the Worlds final and Chuseok, the youth-protection
    officer and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="gamenaru.co.kr", site="게임나루", base_size=110,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("news", "esports", "review", "industry"),
        n_authors=7, url_path="/news/articleView.html?idxno={n}",
        pools={"deunggeup": ("전체이용가", "12세이용가", "15세이용가", "청소년이용불가")},
        families=(
            _f("nalja", HEADER, 0.85, *_by_day(_gn_nalja)),
            _f("gija", HEADER, 0.55, (_OLD, "{author} 기자")),
            _f("patch", HEADER, 0.2, *_by_day(_gn_patch)),
            _f("gwanryeon", MIDDLE, 0.35, (_OLD, "[관련기사] {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.25, (_OLD, "광고"), count=2),
            _f("deunggeup", FOOTER, 0.35, (_OLD, "게임물관리위원회 등급: {deunggeup}")),
            _f("jebo", FOOTER, 0.3, *_gn_jebo()),
            _f("cheongsonyeon", FOOTER, 0.25, (_OLD, "청소년보호책임자: 편집국장 · 등록번호 "
                                                     "서울 아04123")),
            _f("jeojakgwon", FOOTER, 0.45, (_OLD, "저작권자 © 게임나루 무단전재 및 재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 기사 최초 작성 시 출시일이 잘못 "
                                                  "표기되어 바로잡습니다.")),
        ),
    )


# --- a Chinese anime and manga portal -----------------------------------------------------

DX_REDESIGN = dt.date(2018, 6, 1)
DX_ICP = dt.date(2019, 3, 1)


def _dx_riqi(day: dt.date) -> str:
    if day < DX_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return f"{day.year}年{day.month:02d}月{day.day:02d}日 {{time}} {XINGQI[day.weekday()]}"


@cache
def _dx_xinfan() -> Wordings:
    steps = tuple((f"{m:02d}-01", f"📺 {{y}}年{m}月新番导视") for m in (1, 4, 7, 10))
    out = [(_OLD, "📺 2014年10月新番导视")]
    for y in YEARS:
        out += [(f"{y}-{md}", text.replace("{y}", str(y))) for md, text in steps]
    return tuple(out)


@cache
def _dx_gonggao() -> Wordings:
    base = _steps((_OLD, "关注动漫星途微博，第一时间获取新番资讯"),
                  ("2017-05-01", "📱 扫码关注动漫星途微信公众号，每日推送动漫新闻"))
    cj = _yearly_days(CHINAJOY, 5, 3, lambda y: f"🎮 {y} ChinaJoy 现场报道专题")
    spring = _yearly_days(LUNAR_NEW_YEAR, 2, 5, lambda y: "春节期间本站更新频率有所调整，"
                                                          "祝大家新春快乐！")
    return _calendar(base, spring, cj)


def dongmanxingtu_style() -> PublisherStyle:
    """A Chinese anime and manga portal: the ISO date turned the written date with its
    weekday on the day of a redesign (a wording per day), the writer, the season's new-anime
    guide (turning each quarter), licensed streaming platforms from a pool and a spoiler
    warning mid-body, "相关阅读：" up to twice, a healthy-play advisory, a Weibo appeal turned a
    WeChat appeal and turned by ChinaJoy and the Spring Festival, the image-rights line and
    the ICP number (the public-security number added: a block), a rare correction."""
    return PublisherStyle(
        domain="dongmanxingtu.cn", site="动漫星途", base_size=90,
        subdomains=(("www.", 100),),
        sections=("xinwen", "xinfan", "manhua", "youxi"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={"pingtai": ("哔哩哔哩", "爱奇艺", "腾讯视频", "优酷")},
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_dx_riqi)),
            _f("zuozhe", HEADER, 0.5, (_OLD, "作者：{author}"),
               (DX_REDESIGN.isoformat(), "来源：动漫星途　作者：{author}")),
            _f("xinfan", HEADER, 0.2, *_dx_xinfan()),
            _f("bofang", MIDDLE, 0.3, (_OLD, "正版播放平台：{pingtai}")),
            _f("jutou", MIDDLE, 0.15, (_OLD, "⚠️ 以下内容含有剧透，请谨慎阅读")),
            _f("xiangguan", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}"), count=2),
            _f("jiankang", FOOTER, 0.3, (_OLD, "健康游戏提示：适度娱乐，合理安排时间，"
                                               "远离盗版与沉迷。")),
            _f("gonggao", FOOTER, 0.3, *_dx_gonggao()),
            _f("banquan", FOOTER, 0.4, (_OLD, "本文图片来源于网络，版权归原作者所有，"
                                              "如有侵权请联系删除。")),
            _f("icp", FOOTER, 0.35, (_OLD, "京ICP备16031245号-1"),
               (DX_ICP.isoformat(), "京ICP备16031245号-1 · 京公网安备 11010502034187号")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文初稿中的播出时间有误，"
                                                 "现已更正。")),
        ),
    )


# --- an English anime and manga news site ---------------------------------------------------

SD_REDESIGN = dt.date(2017, 10, 1)
SD_AFFILIATE = dt.date(2019, 4, 1)
SEASON_NAMES = {1: "Winter", 4: "Spring", 7: "Summer", 10: "Fall"}


def _sd_dated(day: dt.date) -> str:
    if day < SD_REDESIGN:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    zone = "PDT" if us_summer_time(day) else "PST"
    return (f"{WEEKDAYS[day.weekday()][:3]}, {MONTHS[day.month - 1][:3]} {day.day}, {day.year} "
            f"· {{time12}} {zone}")


def _sd_season(day: dt.date) -> str:
    m = (day.month - 1) // 3 * 3 + 1
    return f"🌸 Part of our {SEASON_NAMES[m]} {day.year} anime season coverage"


@cache
def _sd_notice() -> Wordings:
    base = _steps((_OLD, "Sakura Dispatch is reader-supported. Back us on Patreon."),
                  ("2018-01-15", "💖 Enjoy our coverage? Support Sakura Dispatch on Patreon "
                                 "from $1 a month"))
    ax = _yearly_days(ANIME_EXPO, 5, 3, lambda y: f"🎌 Anime Expo {y}: every licensing "
                                                  f"announcement in one place")
    comiket = [_span(a, b, f"📚 Comiket {n}: news and reports from Tokyo Big Sight")
               for n, a, b in COMIKET]
    news = [_span("2019-07-19", "2019-08-31", "🕯️ Kyoto Animation: how to support the studio "
                                              "and the victims' families"),
            _span("2020-04-01", "2020-05-31", "📺 Delayed anime of the season: our running "
                                              "list of postponed shows")]
    return _calendar(base, news, ax, comiket)


def sakuradispatch_style() -> PublisherStyle:
    """An English anime and manga news site: the long date turned the weekday, short date
    and Pacific time on the day of a redesign (a wording per day), "By", a spoiler warning,
    the season's coverage line (turning each quarter), "Stream it on" a service from a pool
    and related links mid-body, a manga affiliate line reworded, a Patreon appeal reworded and
    turned by Anime Expo, Comiket, the Kyoto Animation fire and 2020's delays, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="sakuradispatch.com", site="Sakura Dispatch", base_size=70,
        subdomains=(("www.", 100),),
        sections=("news", "reviews", "manga", "features"),
        n_authors=6, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"service": ("Crunchyroll", "Funimation", "HIDIVE", "Netflix", "VRV",
                           "Amazon Prime Video")},
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_sd_dated)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("spoiler", HEADER, 0.3, (_OLD, "⚠️ Spoilers ahead for the full episode.")),
            _f("season", HEADER, 0.2, *_by_day(_sd_season)),
            _f("stream", MIDDLE, 0.3, (_OLD, "▶ Stream it on {service}")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}")),
            _f("affiliate", FOOTER, 0.35,
               (_OLD, "Manga links go to Amazon; we earn from qualifying purchases."),
               (SD_AFFILIATE.isoformat(), "Buying manga through our Amazon or BookWalker links "
                                          "sends a small commission our way, at no cost to "
                                          "you.")),
            _f("notice", FOOTER, 0.3, *_sd_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Sakura Dispatch. Images © their "
                                                "respective rights holders.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: the premiere date has been "
                                                  "fixed.")),
        ),
    )


# --- a British game-deals and key-price site -----------------------------------------------

KD_REDESIGN = dt.date(2018, 9, 3)
KD_DISCLOSURE = ("2016-04-01", "2019-06-01")
KD_RRP = (("2014-01-01", "£49.99"), ("2020-11-10", "£69.99"))
KD_SUBSCRIPTION = (("2014-01-01", "EA Access: £3.99 a month or £19.99 a year"),
                   ("2017-06-01", "Xbox Game Pass: £7.99 a month"),
                   ("2019-06-09", "Xbox Game Pass Ultimate: £10.99 a month"))


def _kd_checked(day: dt.date) -> str:
    if day < KD_REDESIGN:
        return f"Prices checked {day.day:02d}/{day.month:02d}/{day.year}"
    zone = "BST" if eu_summer_time(day) else "GMT"
    return f"Prices last checked {day.day} {MONTHS[day.month - 1]} {day.year}, {{time}} {zone}"


def _kd_rrp(day: dt.date) -> str:
    if day >= iso_day("2020-11-10"):
        return "New-release RRP: £69.99 on PS5 and Xbox Series X|S, £59.99 on PS4 and Xbox One"
    return f"Typical new-release RRP: {stepped(day, KD_RRP)}"


@cache
def _kd_notice() -> Wordings:
    base = _steps((_OLD, "Set a price alert and we'll email you when it drops"),
                  ("2019-01-07", "🔔 Price alerts are free: we'll email you the moment a game "
                                 "hits your target price"))
    black = _movable(lambda y: thanksgiving(y) + ONE, 6, 3,
                     lambda y: f"🛍️ Black Friday {y}: the best game and console deals, "
                               f"checked hourly")
    steam = [_span(a, b, f"💨 Steam Summer Sale {y} is live: our pick of the discounts")
             for y, (a, b) in STEAM_SUMMER.items()]
    return _calendar(base, black, steam)


def keydealwatch_style() -> PublisherStyle:
    """A British game-deals and key-price site: "Prices checked" with the numeric date turned
    the long date, time and British summer or winter time on the day of a redesign (a wording
    per day), a commission disclosure reworded twice on nearly every page, the subscription
    price (EA Access, then Game Pass, then Game Pass Ultimate), a key-seller warning, the RRP
    line that rises with the new consoles, "Deal:" lines from a pool of shops, the PEGI
    rating, a price-alert appeal reworded and turned by Black Friday and the Steam summer
    sales, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="keydealwatch.co.uk", site="KeyDeal Watch", base_size=55,
        subdomains=(("www.", 100),),
        sections=("deals", "pc", "playstation", "xbox", "switch"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "shop": ("Amazon UK", "GAME", "Currys", "Steam", "the PlayStation Store", "CDKeys",
                     "Fanatical"),
            "pegi": ("PEGI 3", "PEGI 7", "PEGI 12", "PEGI 16", "PEGI 18"),
        },
        families=(
            _f("checked", HEADER, 0.85, *_by_day(_kd_checked)),
            _f("disclosure", HEADER, 0.8,
               (_OLD, "KeyDeal Watch may earn a commission when you buy through our links."),
               (KD_DISCLOSURE[0], "We're funded by affiliate links: if you buy through one, the "
                                  "shop pays us a small cut."),
               (KD_DISCLOSURE[1], "Independent price comparison. Some links are affiliate "
                                  "links and earn us a commission; prices may change.")),
            _f("subscription", HEADER, 0.2, *KD_SUBSCRIPTION),
            _f("keyseller", FOOTER, 0.35, (_OLD, "Keys from third-party marketplaces come from "
                                                 "resellers, not the publisher: check the "
                                                 "seller's rating before you buy.")),
            _f("rrp", MIDDLE, 0.2, *_by_day(_kd_rrp)),
            _f("deal", MIDDLE, 0.3, (_OLD, "Deal: cheaper at {shop} right now"), count=2),
            _f("pegi", FOOTER, 0.3, (_OLD, "{pegi}")),
            _f("notice", FOOTER, 0.3, *_kd_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} KeyDeal Watch Ltd. Prices include "
                                                "VAT.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: this deal has expired since "
                                                  "we published.")),
        ),
    )


# --- a Japanese manga news site -------------------------------------------------------------

MK_KANEN = ("1", "2", "3", "5", "8", "10", "12", "20")


def _mk_hizuke(day: dt.date) -> str:
    return japanese_era(day)


def _mk_zei(day: dt.date) -> str:
    rate = "10" if day >= JP_TAX_RISE else "8"
    return f"※表示価格は本体価格に消費税（{rate}%）を加えた金額です。"


@cache
def _mk_oshirase() -> Wordings:
    base = _steps((_OLD, "マンガ街道の更新情報はTwitterで配信中"),)
    comiket = [_span(a, b, f"📚 コミックマーケット{n}開催中！サークル情報まとめはこちら")
               for n, a, b in COMIKET]
    gw = _yearly("04-29", 0, 6, lambda y: "ゴールデンウィーク期間中は更新をお休みします。")
    news = [_span("2020-03-25", "2020-04-15", "❌ コミックマーケット98の開催中止が発表されました")]
    return _calendar(base, news, gw, comiket)


def mangakaidou_style() -> PublisherStyle:
    """A Japanese manga news site: the date in the Japanese era, turned from Heisei to Reiwa
    (its first year written 元年) on 1 May 2019 (a wording per day), the writer, a spoiler
    note, the volume on sale and a streaming line from a pool mid-body, "▼関連記事" links, the
    price note turned from 8% to 10% tax on 1 October 2019, a Twitter line turned by Comiket,
    Golden Week and Comiket 98's cancellation, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="mangakaidou.jp", site="マンガ街道", base_size=40,
        subdomains=(("", 100),),
        sections=("news", "review", "anime"),
        n_authors=4, url_path="/archives/{n}",
        pools={"kan": MK_KANEN,
               "haishin": ("dアニメストア", "Netflix", "Amazonプライム・ビデオ", "ABEMA")},
        families=(
            _f("hizuke", HEADER, 0.85, *_by_day(_mk_hizuke)),
            _f("kisha", HEADER, 0.45, (_OLD, "文／{author}")),
            _f("netabare", HEADER, 0.25, (_OLD, "※この記事には最新話のネタバレが含まれます。")),
            _f("hatsubai", MIDDLE, 0.2, (_OLD, "単行本第{kan}巻、好評発売中！")),
            _f("haishin", MIDDLE, 0.25, (_OLD, "配信：{haishin}ほか")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "▼関連記事：{other_title}")),
            _f("zei", FOOTER, 0.25, *_by_day(_mk_zei)),
            _f("oshirase", FOOTER, 0.3, *_mk_oshirase()),
            _f("copyright", FOOTER, 0.4, (_OLD, "(C)マンガ街道 記事・画像の無断転載を禁じます")),
            _f("teisei", HEADER, 0.04, (_OLD, "※記事初出時、作者名に誤りがありました。"
                                              "訂正してお詫びいたします。")),
        ),
    )


# --- a Chinese esports site ----------------------------------------------------------------

DJ_REDESIGN = dt.date(2020, 1, 1)


def _dj_riqi(day: dt.date) -> str:
    if day < DJ_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return f"{day.year}/{day.month}/{day.day} {{time}} 发布"


def lpl_week(day: dt.date) -> str:
    """The LPL week a Monday-to-Sunday week falls in: the spring split from the second
    Monday of January for ten weeks, the summer split from the first Monday of June for ten
    weeks, otherwise the playoffs, the international events or the off-season."""
    monday = week_of(day)
    for split, start in (("春季赛", nth_weekday(day.year, 1, 0, 2)),
                         ("夏季赛", nth_weekday(day.year, 6, 0, 1))):
        n = (monday - start).days // 7 + 1
        if 1 <= n <= 10:
            return f"LPL{day.year}{split}第{n}周"
        if 11 <= n <= 13:
            return f"LPL{day.year}{split}季后赛"
    return "LPL休赛期"


def _dj_saicheng(day: dt.date) -> str:
    return f"本周赛程：{lpl_week(day)}"


def _dj_banben(day: dt.date) -> str:
    return f"比赛版本：{lol_patch(day)}"


@cache
def _dj_gonggao() -> Wordings:
    base = _steps((_OLD, "关注电竞圈官方微博，赛果第一时间推送"),)
    worlds = _yearly_days(WORLDS_FINAL, 3, 1, lambda y: f"🏆 {y}全球总决赛决赛图文直播")
    spring = _yearly_days(LUNAR_NEW_YEAR, 1, 4, lambda y: "春节假期赛事暂停，祝大家新年快乐！")
    return _calendar(base, worlds, spring)


def dianjingquan_style() -> PublisherStyle:
    """A Chinese esports site: the ISO date turned the slashed date with "发布" on New
    Year's Day 2020 (a wording per day), the editor, the LPL week of the split (a wording per
    week), the match patch (every two weeks) and a live-streaming platform from a pool
    mid-body, "延伸阅读：" links, a healthy-play advisory, a Weibo line turned by the Worlds
    final and the Spring Festival, the reprint line, a rare correction."""
    return PublisherStyle(
        domain="dianjingquan.com", site="电竞圈", base_size=30,
        subdomains=(("www.", 100),),
        sections=("lol", "dota2", "wangzhe", "csgo"),
        n_authors=3, url_path="/{section}/{n}.html",
        pools={"zhibo": ("虎牙直播", "斗鱼直播", "哔哩哔哩直播", "企鹅电竞")},
        families=(
            _f("riqi", HEADER, 0.8, *_by_day(_dj_riqi)),
            _f("bianji", HEADER, 0.4, (_OLD, "编辑：{author}")),
            _f("saicheng", HEADER, 0.3, *_by_day(_dj_saicheng)),
            _f("banben", MIDDLE, 0.15, *_by_day(_dj_banben)),
            _f("zhibo", MIDDLE, 0.3, (_OLD, "直播平台：{zhibo}")),
            _f("yanshen", MIDDLE, 0.3, (_OLD, "延伸阅读：{other_title}")),
            _f("jiankang", FOOTER, 0.25, (_OLD, "理性观赛，健康游戏，拒绝沉迷。")),
            _f("gonggao", FOOTER, 0.25, *_dj_gonggao()),
            _f("zhuanzai", FOOTER, 0.35, (_OLD, "本文为电竞圈原创，未经授权禁止转载。")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：文中比分有误，现已更正。")),
        ),
    )


def heldout127_styles() -> list[PublisherStyle]:
    """The held-back-127 styles, in the order the generator hands them to publishers."""
    return [
        pixelvanguard_style(), gamekairo_style(), arenaweekly_style(), jogazona_style(),
        graczeplus_style(), igrovoydom_style(), gamenaru_style(), dongmanxingtu_style(),
        sakuradispatch_style(), keydealwatch_style(), mangakaidou_style(), dianjingquan_style(),
    ]
