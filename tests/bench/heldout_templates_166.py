"""The ``held-back-166`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
"Advertisement" marker, a "subject to change" line or a bare "18+". The publishers are
video-game and esports press, game studios' blogs, patch-notes pages and streaming-community
sites in English, Japanese, Korean, Brazilian Portuguese, Russian and Finnish: an American
game news and reviews site, a Japanese game news site, a Korean game and esports news site, a
Brazilian game site, a Russian game magazine site, a Finnish game site, the patch-notes pages
of an online game, an English indie studio's dev blog, a Russian esports news site, a
Twitch streaming-community site, an esports league's news pages and the news releases of a
Japanese game publisher. The families are the kinds a crawl of such sites holds: dates
localised day by day in English (with American Eastern and Central European summer and winter
time), Japanese (with the weekday in kanji, and the Heisei era turned Reiwa on 1 May 2019),
Korean, Brazilian Portuguese, Russian (months in the genitive) and Finnish, several changing
form on the day of a redesign; lines that turn every day ("prices accurate at the time of
publishing", the dollar's rate in reais on the last business day), every week (a studio's
numbered devlog, an esports league's week of the season) and every fortnight (the patch
version, the next patch's date); age-rating lines (ESRB, CERO, the Korean rating board, the
Brazilian ClassInd, Russian age marks, PEGI) and "review copy provided by" disclosures, some
reworded; platform tags and game and publisher names from pools; tournament-schedule banners
(LCK splits and Worlds, The International with its prize pool, CS:GO Majors, an esports
league's seasons and playoffs, moved online in 2020); Discord, Twitch, Telegram, YouTube and
newsletter appeals reworded and turned by the calendars of games (E3, Gamescom, The Game
Awards, Black Friday, Tokyo Game Show, G-STAR, Brasil Game Show, IgroMir, Assembly, TwitchCon,
Subtember, Steam sales, an online game's seasons, anniversary and seasonal events, a
Kickstarter, an early-access and a full launch) and of the countries (Golden Week and the
Japanese New Year, Seollal and Chuseok, Carnival, the Russian New Year holidays, Midsummer and
Christmas in Finland); amounts that change over the years (Japanese consumption tax, a
subscription price, a Discord's member count, Steam-sale discounts, season prize pools); the
ESRB's "In-Game Purchases" and Twitch Prime renamed Prime Gaming, Mixer's closure; related
links, advertisement markers, patch-note section headings and screenshot captions mid-body
(some up to two times); multi-line blocks (review boxes, product overviews, imprints, press
contacts, "以上"), bare lines and families in only 4% of articles beside ones in nearly all.
The hard negatives (statements quoted in several articles, syndicated copies, stock
sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    carnival_tuesday,
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
# Lines worded day by day are built once per session (the tests build the styles often).
_by_day, _daily = cache(_PERIOD.by_day), cache(_PERIOD.daily)

DAY = dt.timedelta(days=1)

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
YOUBI = "月火水木金土日"
YOIL = "월화수목금토일"
MESES = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
         "setembro", "outubro", "novembro", "dezembro")
DIAS = ("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "sábado", "domingo")
MESYATSA = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря")
DNI = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
VIIKONPAIVAT = ("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
                "sunnuntai")

# --- helpers of this set ------------------------------------------------------------------


def us_daylight(day: dt.date) -> bool:
    """Whether American daylight saving time is in force on `day` (second Sunday of March to
    the first Sunday of November)."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def eu_summer(day: dt.date) -> bool:
    """Whether Central European summer time is in force on `day`."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def eastern(day: dt.date) -> str:
    return "EDT" if us_daylight(day) else "EST"


def central_european(day: dt.date) -> str:
    return "CEST" if eu_summer(day) else "CET"


def value_on(day: dt.date, table: tuple[tuple[str, str], ...]) -> str:
    """The value of `table` ((first ISO day, value), ... in order) in force on `day`."""
    starts = [start for start, _ in table]
    return table[max(bisect_right(starts, day.isoformat()) - 1, 0)][1]


def from_table(table: tuple[tuple[str, str], ...], text: Callable[[str], str]) -> Wordings:
    """The wordings of a line quoting the value of `table`: the value in force on the set's
    first day from the oldest day on, then a wording from each later change."""
    later = [(start, text(value)) for start, value in table if start > FIRST_DAY.isoformat()]
    return ((_OLD, text(value_on(FIRST_DAY, table))), *later)


def wobble(day: dt.date, key: str) -> float:
    """A made-up deviation from -1 to 1, fixed for a `day` and a `key`."""
    return zlib.crc32(f"{key}|{day.isoformat()}".encode()) / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, points: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `points` ((ISO day, level), ...), flat at the ends."""
    days = [iso_day(p).toordinal() for p, _ in points]
    x = day.toordinal()
    i = bisect_right(days, x)
    if i == 0:
        return points[0][1]
    if i == len(days):
        return points[-1][1]
    (x0, y0), (x1, y1) = (days[i - 1], points[i - 1][1]), (days[i], points[i][1])
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def business_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it if it falls on a weekend."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def friday_on_or_before(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def first_weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def between(pairs: tuple[tuple[str, str, str], ...], text: Callable[[str, dt.date, dt.date],
                                                                      str]) -> list[Event]:
    """Events from (first ISO day, last ISO day, name) rows, both days included."""
    return [(iso_day(a), iso_day(b, 1), text(name, iso_day(a), iso_day(b)))
            for a, b, name in pairs]


# --- an American game news and reviews site -----------------------------------------------

CD_REDESIGN = dt.date(2018, 6, 12)  # relaunched on the opening day of the E3 2018 show floor
CD_NEWSLETTER = dt.date(2016, 4, 4)
CD_AFFILIATE = dt.date(2019, 2, 1)
CD_REVIEWS = dt.date(2016, 9, 1)
E3 = (("2015-06-14", "2015-06-18", "2015"), ("2016-06-12", "2016-06-16", "2016"),
      ("2017-06-10", "2017-06-15", "2017"), ("2018-06-09", "2018-06-14", "2018"),
      ("2019-06-08", "2019-06-13", "2019"))
GAMESCOM = (("2015-08-05", "2015-08-09", "2015"), ("2016-08-17", "2016-08-21", "2016"),
            ("2017-08-22", "2017-08-26", "2017"), ("2018-08-21", "2018-08-25", "2018"),
            ("2019-08-20", "2019-08-24", "2019"), ("2020-08-27", "2020-08-30", "2020"))
GAME_AWARDS = {2015: "2015-12-03", 2016: "2016-12-01", 2017: "2017-12-07", 2018: "2018-12-06",
               2019: "2019-12-12", 2020: "2020-12-10"}


def _cd_dated(day: dt.date) -> str:
    if day < CD_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year} {{time12}}"
    return (f"Updated {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}, "
            f"{{time12}} {eastern(day)}")


def _cd_prices(day: dt.date) -> str:
    return (f"Prices were accurate at the time of publishing ({MONTHS[day.month - 1][:3]} "
            f"{day.day}, {day.year}) and may change.")


@cache
def _cd_notice() -> Wordings:
    base = _steps((_OLD, "Get the Checkpoint Dispatch newsletter in your inbox every weekday"),
                  (CD_NEWSLETTER.isoformat(), "📬 Sign up for Checkpoint Daily: the day's game "
                                              "news, deals and reviews before 9 a.m."))
    shows = between(E3, lambda y, a, b: f"🎮 E3 {y}: every trailer, press conference and "
                                        f"hands-on in one place")
    shows += between(GAMESCOM, lambda y, a, b: f"Gamescom {y}: our live coverage from Cologne"
                     if y != "2020" else "Gamescom 2020 goes digital: Opening Night Live and "
                                         "every stream")
    shows += [_span("2020-06-04", "2020-06-14", "🎮 No E3 this year: our guide to the summer "
                                                "2020 showcases")]
    awards = [(iso_day(d, -2), iso_day(d, 2), f"🏆 The Game Awards {y}: winners, world "
                                              f"premieres and every reveal")
              for y, d in GAME_AWARDS.items()]
    deals = _movable(lambda y: thanksgiving(y) + DAY, 6, 3,
                     lambda y: f"🛒 Black Friday {y}: the best game and console deals, updated "
                               f"all day")
    return _calendar(base, shows, awards, deals)


def checkpoint_style() -> PublisherStyle:
    """An American game news and reviews site: a section kicker from a pool, the short date
    and the time turned the weekday, the long date and Eastern daylight or standard time on
    the opening day of the E3 2018 show floor (a wording per day), "By" turned the writer with
    the beat, the platforms from a pool, an affiliate disclosure reworded in 2019, related
    links and "Advertisement" up to twice and a trailer line mid-body, the review box (the
    platform reviewed on with the review-copy disclosure, reworded in 2016, and the ESRB
    rating from a pool), "prices accurate at the time of publishing" with the day's date (a
    wording per day), a newsletter appeal reworded and turned by E3, Gamescom, The Game
    Awards, Black Friday and 2020's showcases, the publisher and copyright lines (a block), a
    rare update."""
    return PublisherStyle(
        domain="checkpointdispatch.com", site="Checkpoint Dispatch", base_size=260,
        subdomains=(("www.", 100),),
        sections=("news", "reviews", "previews", "guides", "esports", "deals"),
        n_authors=15, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "kicker": ("NEWS", "REVIEWS", "PREVIEWS", "GUIDES", "ESPORTS", "FEATURES", "DEALS"),
            "beat": ("Senior Editor", "Reviews Editor", "News Writer", "Guides Editor",
                     "Esports Reporter", "Contributing Writer", "Deals Writer"),
            "platform": ("PC", "PS4", "Xbox One", "Nintendo Switch", "Mac", "iOS", "Android"),
            "esrb": ("E for Everyone", "E10+ for Everyone 10+", "T for Teen", "M for Mature 17+",
                     "RP (Rating Pending)"),
            "game": ("Starfall Tactics", "Hollow Crown II", "Neon Drift Rally", "Emberfall",
                     "Kingsguard Chronicles", "Tidebreaker", "Ashen Orbit"),
        },
        families=(
            _f("kicker", HEADER, 0.55, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.92, *_by_day(_cd_dated)),
            _f("byline", HEADER, 0.7, (_OLD, "By {author}"),
               (CD_REDESIGN.isoformat(), "By {author} | {author_beat}")),
            _f("platforms", HEADER, 0.4, (_OLD, "Platforms: {platform_list}")),
            _f("affiliate", HEADER, 0.3,
               (_OLD, "Some links in this article are affiliate links."),
               (CD_AFFILIATE.isoformat(), "Checkpoint Dispatch is supported by its readers. "
                                          "When you buy through links on our site, we may earn "
                                          "an affiliate commission.")),
            _f("related", MIDDLE, 0.45, (_OLD, "Related: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.35, (_OLD, "Advertisement"), count=2),
            _f("trailer", MIDDLE, 0.12, (_OLD, "Watch: {game} – official trailer")),
            _f("reviewed", FOOTER, 0.25,
               (_OLD, "Reviewed on {platform}. Review copy provided by the publisher."),
               (CD_REVIEWS.isoformat(), "Checkpoint Dispatch reviewed {game} on {platform} "
                                        "with a code provided by the publisher.")),
            _f("esrb", FOOTER, 0.2, (_OLD, "ESRB rating: {esrb}")),
            _f("prices", FOOTER, 0.15, *_daily(_cd_prices)),
            _f("notice", FOOTER, 0.3, *_cd_notice()),
            _f("publisher", FOOTER, 0.35, (_OLD, "Checkpoint Dispatch is part of Ninefold "
                                                 "Media Group.")),
            _f("copyright", FOOTER, 0.5, (_OLD, "© {year} Ninefold Media Group, Inc. All rights "
                                                "reserved.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: this article has been corrected to give "
                                              "the right release date.")),
        ),
    )


# --- a Japanese game news site ------------------------------------------------------------

GA_REDESIGN = dt.date(2018, 9, 20)  # relaunched on the opening day of Tokyo Game Show 2018
GA_YOUTUBE = dt.date(2017, 4, 1)
SHOHIZEI = (("2014-04-01", "8"), ("2019-10-01", "10"))  # consumption tax, percent
TGS = (("2015-09-17", "2015-09-20", "2015"), ("2016-09-15", "2016-09-18", "2016"),
       ("2017-09-21", "2017-09-24", "2017"), ("2018-09-20", "2018-09-23", "2018"),
       ("2019-09-12", "2019-09-15", "2019"), ("2020-09-23", "2020-09-27", "2020"))


def _ga_dated(day: dt.date) -> str:
    if day < GA_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"
    return f"{day.year}年{day.month}月{day.day}日（{YOUBI[day.weekday()]}） {{time}}"


@cache
def _ga_oshirase() -> Wordings:
    base = _steps((_OLD, "ゲームアンテナ通信の最新情報は公式Twitterでチェック！"),
                  (GA_YOUTUBE.isoformat(), "📺 新作トレーラーを毎日配信中！ゲームアンテナ通信の"
                                           "YouTubeチャンネル登録をお願いします"))
    tgs = between(TGS, lambda y, a, b: f"東京ゲームショウ{y}特集：出展タイトルの最新情報を"
                                       f"お届けします" if y != "2020" else
                  "東京ゲームショウ2020 オンライン特集：配信番組のスケジュールはこちら")
    golden = _yearly("05-02", 3, 4, lambda y: f"{y}年ゴールデンウィーク期間中は更新本数を減らして"
                                              f"お届けします")
    nenmatsu = _yearly("12-31", 3, 3, lambda y: f"年末年始（{y}年12月29日～{y + 1}年1月3日）は"
                                                f"一部記事の更新をお休みします",
                        years=range(2014, 2021))
    return _calendar(base, tgs, nenmatsu, golden)


def gameantenna_style() -> PublisherStyle:
    """A Japanese game news site: a category from a pool, the date with slashes turned the
    date in kanji with the weekday on the opening day of Tokyo Game Show 2018 (a wording per
    day), "文：" with the writer turned the writer and the editorial desk, related articles
    and "スポンサーリンク" up to twice, "the screen is in development" and a maker's
    copyright from a pool mid-body, the title's box (platforms and price from pools, the
    CERO rating and the consumption tax, 8% turned 10% on 1 October 2019: a block), a Twitter
    appeal turned a YouTube appeal and turned by Tokyo Game Show (online in 2020), Golden
    Week and the New Year, the copyright line, a rare correction."""
    return PublisherStyle(
        domain="gameantenna.jp", site="ゲームアンテナ通信", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("news", "review", "interview", "esports", "indie"),
        n_authors=9, url_path="/{section}/{n}/",
        pools={
            "bunrui": ("ニュース", "レビュー", "インタビュー", "攻略", "eスポーツ", "インディー",
                       "セール情報"),
            "kishu": ("PS4", "Nintendo Switch", "Xbox One", "PC（Steam）", "iOS", "Android"),
            "kakaku": ("6,800円＋税", "7,600円＋税", "8,200円＋税", "4,980円＋税",
                       "基本プレイ無料（アイテム課金制）"),
            "cero": ("A（全年齢対象）", "B（12才以上対象）", "C（15才以上対象）",
                     "D（17才以上対象）", "Z（18才以上のみ対象）", "審査予定"),
            "maker": ("KUROGANE GAMES", "Sakuragi Interactive", "STUDIO HOSHIZORA",
                      "Mikazuki Entertainment", "AOI WORKS"),
        },
        families=(
            _f("bunrui", HEADER, 0.5, (_OLD, "{bunrui}")),
            _f("hizuke", HEADER, 0.9, *_by_day(_ga_dated)),
            _f("kisha", HEADER, 0.55, (_OLD, "文：{author}"),
               (GA_REDESIGN.isoformat(), "文／{author}（ゲームアンテナ通信編集部）")),
            _f("kanren", MIDDLE, 0.4, (_OLD, "【関連記事】{other_title}"), count=2),
            _f("sponsor", MIDDLE, 0.3, (_OLD, "スポンサーリンク"), count=2),
            _f("kaihatsu", MIDDLE, 0.25, (_OLD, "※画面は開発中のものです。")),
            _f("kenri", MIDDLE, 0.2, (_OLD, "©{maker}")),
            _f("kishu", FOOTER, 0.3, (_OLD, "対応機種：{kishu_list}")),
            _f("kakaku", FOOTER, 0.25, (_OLD, "価格：{kakaku}")),
            _f("cero", FOOTER, 0.25, (_OLD, "CERO：{cero}")),
            _f("zei", FOOTER, 0.2, *from_table(
                SHOHIZEI, lambda v: f"※価格は税抜表記です。税込価格は消費税{v}%で計算して"
                                    f"ください。")),
            _f("oshirase", FOOTER, 0.3, *_ga_oshirase()),
            _f("copyright", FOOTER, 0.5, (_OLD, "©{year} ゲームアンテナ通信 All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "※記事初出時、発売日に誤りがありました。"
                                              "お詫びして訂正いたします。")),
        ),
    )


# --- a Korean game and esports news site --------------------------------------------------

PW_REDESIGN = dt.date(2018, 11, 15)  # relaunched on the opening day of G-STAR 2018
PW_YOUTUBE = dt.date(2017, 5, 2)
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
GSTAR = (("2015-11-12", "2015-11-15", "2015"), ("2016-11-17", "2016-11-20", "2016"),
         ("2017-11-16", "2017-11-19", "2017"), ("2018-11-15", "2018-11-18", "2018"),
         ("2019-11-14", "2019-11-17", "2019"), ("2020-11-19", "2020-11-22", "2020"))
WORLDS = (("2015-10-01", "2015-10-31", "2015"), ("2016-09-29", "2016-10-29", "2016"),
          ("2017-09-23", "2017-11-04", "2017"), ("2018-10-01", "2018-11-03", "2018"),
          ("2019-10-02", "2019-11-10", "2019"), ("2020-09-25", "2020-10-31", "2020"))
LCK = (("2015-01-07", "2015-04-25", "2015 스프링"), ("2015-05-20", "2015-08-22", "2015 서머"),
       ("2016-01-13", "2016-04-23", "2016 스프링"), ("2016-05-25", "2016-08-13", "2016 서머"),
       ("2017-01-17", "2017-04-22", "2017 스프링"), ("2017-05-30", "2017-08-26", "2017 서머"),
       ("2018-01-16", "2018-04-14", "2018 스프링"), ("2018-06-05", "2018-09-08", "2018 서머"),
       ("2019-01-16", "2019-04-13", "2019 스프링"), ("2019-06-05", "2019-08-31", "2019 서머"),
       ("2020-02-05", "2020-04-25", "2020 스프링"), ("2020-06-17", "2020-09-05", "2020 서머"))


def _pw_dated(day: dt.date) -> str:
    if day < PW_REDESIGN:
        return f"입력 {day.year}.{day.month:02d}.{day.day:02d} {{time}}"
    return f"기사입력 {day.year}년 {day.month}월 {day.day}일 ({YOIL[day.weekday()]}) {{time}}"


@cache
def _pw_banner() -> Wordings:
    base = _steps((_OLD, "플레이위크 페이스북 페이지를 구독하고 게임 소식을 받아보세요"),
                  (PW_YOUTUBE.isoformat(), "📺 플레이위크 유튜브 채널에서 영상 뉴스를 만나보세요"))
    holidays = [(iso_day(d, -2), iso_day(d, 2), f"즐거운 설 연휴 보내세요 – {y}년 설 연휴 기간 "
                                                f"기사 업데이트가 줄어듭니다")
                for y, d in SEOLLAL.items()]
    holidays += [(iso_day(d, -2), iso_day(d, 2), f"풍성한 한가위 보내세요 – {y}년 추석 연휴 "
                                                 f"기간 기사 업데이트가 줄어듭니다")
                 for y, d in CHUSEOK.items()]
    gstar = between(GSTAR, lambda y, a, b: f"🎮 지스타 {y} 특별취재: 부산 벡스코 현장 소식"
                    if y != "2020" else "🎮 지스타 2020 온라인 특별취재: 신작 발표 총정리")
    worlds = between(WORLDS, lambda y, a, b: f"🏆 {y} 롤드컵 일정·결과 한눈에 보기")
    lck = between(LCK, lambda name, a, b: f"📅 LCK {name} 진행 중 – 오늘의 경기 일정 보기")
    return _calendar(base, holidays, gstar, worlds, lck)


def playweek_style() -> PublisherStyle:
    """A Korean game and esports news site: a section from a pool, "입력" with the dotted
    date turned the long date with the weekday on the opening day of G-STAR 2018 (a wording
    per day), "기자" turned the reporter with the desk's email, a banner turned by the LCK
    splits, Worlds, G-STAR (online in 2020), Seollal and Chuseok over a Facebook appeal turned
    a YouTube one, related articles, "광고" up to twice and photo credits from a pool
    mid-body, the Game Rating and Administration Committee's rating from a pool, the tip-off
    line, the registration imprint and the copyright line reworded on the redesign (a block),
    a rare correction."""
    return PublisherStyle(
        domain="playweek.co.kr", site="플레이위크", base_size=190,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("game", "esports", "mobile", "console", "industry"),
        n_authors=8, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunryu": ("게임", "e스포츠", "모바일", "PC·온라인", "콘솔", "인디", "업계"),
            "sajin": ("플레이위크 DB", "각 사 제공", "대회 조직위원회 제공", "게임 공식 홈페이지",
                      "플레이위크 촬영"),
            "deunggeup": ("전체이용가", "12세이용가", "15세이용가", "청소년이용불가",
                          "등급분류 예정"),
        },
        families=(
            _f("bunryu", HEADER, 0.5, (_OLD, "{bunryu}")),
            _f("ipryeok", HEADER, 0.9, *_by_day(_pw_dated)),
            _f("gija", HEADER, 0.6, (_OLD, "{author} 기자"),
               (PW_REDESIGN.isoformat(), "{author} 기자 (news@playweek.co.kr)")),
            _f("banner", HEADER, 0.25, *_pw_banner()),
            _f("gwanryeon", MIDDLE, 0.4, (_OLD, "[관련기사] {other_title}")),
            _f("gwanggo", MIDDLE, 0.3, (_OLD, "광고"), count=2),
            _f("sajin", MIDDLE, 0.3, (_OLD, "[사진 = {sajin}]")),
            _f("deunggeup", FOOTER, 0.2, (_OLD, "게임물관리위원회 등급: {deunggeup}")),
            _f("jebo", FOOTER, 0.35, (_OLD, "기사 제보 및 보도자료: news@playweek.co.kr")),
            _f("deungrok", FOOTER, 0.3, (_OLD, "인터넷신문 등록번호: 서울 아04817 | 등록일: "
                                               "2014.03.11 | 청소년보호책임자: 편집국장")),
            _f("jeojak", FOOTER, 0.55, (_OLD, "저작권자 © 플레이위크 무단전재 및 재배포 금지"),
               (PW_REDESIGN.isoformat(), "Copyright ⓒ 플레이위크 (www.playweek.co.kr). "
                                         "무단 전재·재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[정정] 본 기사의 출시일 정보를 바로잡습니다.")),
        ),
    )


# --- a Brazilian game site ----------------------------------------------------------------

JC_REDESIGN = dt.date(2019, 10, 9)  # relaunched on the opening day of BGS 2019
JC_DISCORD = dt.date(2018, 3, 1)
JC_REVIEWS = dt.date(2017, 3, 1)
APOIO = (("2014-06-01", "R$ 5"), ("2018-01-01", "R$ 7"), ("2020-01-01", "R$ 10"))
BGS = (("2015-10-08", "2015-10-12", "2015"), ("2016-09-01", "2016-09-05", "2016"),
       ("2017-10-11", "2017-10-15", "2017"), ("2018-10-10", "2018-10-14", "2018"),
       ("2019-10-09", "2019-10-13", "2019"))
DOLAR = (("2015-01-01", 2.66), ("2015-09-24", 4.15), ("2016-01-21", 4.05),
         ("2016-07-01", 3.22), ("2017-05-18", 3.35), ("2017-12-31", 3.31),
         ("2018-09-13", 4.19), ("2018-12-31", 3.88), ("2019-11-26", 4.24),
         ("2020-05-14", 5.90), ("2020-08-20", 5.60), ("2020-12-31", 5.19),
         ("2021-01-10", 5.35))


def _jc_dated(day: dt.date) -> str:
    if day < JC_REDESIGN:
        return f"{day.day:02d}/{day.month:02d}/{day.year} {{time}}"
    return (f"Atualizado em {DIAS[day.weekday()]}, {day.day} de {MESES[day.month - 1]} de "
            f"{day.year}, às {{time}}")


def dolar(day: dt.date) -> float:
    """A made-up commercial dollar in reais, closing on business days."""
    day = business_day(day)
    return through(day, DOLAR) * (1 + 0.012 * wobble(day, "brl"))


def _jc_cotacao(day: dt.date) -> str:
    close = business_day(day)
    rate = f"{dolar(day):.2f}".replace(".", ",")
    return (f"Preços em dólar convertidos pela cotação de {close.day:02d}/{close.month:02d}/"
            f"{close.year} (US$ 1 = R$ {rate}), sem impostos.")


@cache
def _jc_aviso() -> Wordings:
    base = _steps((_OLD, "Curta a Jogada Crítica no Facebook e siga a gente no Twitter"),
                  (JC_DISCORD.isoformat(), "💬 Entre no servidor da Jogada Crítica no Discord e "
                                           "converse com a redação"))
    bgs = between(BGS, lambda y, a, b: f"🎮 BGS {y}: cobertura completa direto da Brasil Game "
                                       f"Show")
    carnaval = _movable(carnival_tuesday, 3, 1, lambda y: f"Carnaval {y}: a redação volta com "
                                                          f"a programação normal na "
                                                          f"Quarta-feira de Cinzas")
    black = _movable(lambda y: thanksgiving(y) + DAY, 4, 3,
                     lambda y: f"🛒 Black Friday {y}: as melhores ofertas de games e consoles")
    covid = [_span("2020-03-20", "2020-05-31", "🏠 Fique em casa: nossa lista de jogos "
                                               "gratuitos para a quarentena")]
    return _calendar(base, covid, bgs, carnaval, black)


def jogadacritica_style() -> PublisherStyle:
    """A Brazilian game site: a section from a pool, the numeric date turned "Atualizado em"
    with the weekday and the long date on the opening day of BGS 2019 (a wording per day),
    "Por" turned the writer with the handle, "Leia também:" and "Publicidade" up to twice and
    a press-image credit from a pool mid-body, the ClassInd rating from a pool, the
    review-copy line reworded in 2017, the dollar's rate in reais on the last business day
    (a wording per day), a support line whose minimum rises in 2018 and 2020, a Facebook
    appeal turned a Discord one and turned by BGS, Carnival, Black Friday and the
    quarantine, the reproduction and copyright lines (a block), a rare erratum."""
    return PublisherStyle(
        domain="jogadacritica.com.br", site="Jogada Crítica", base_size=160,
        subdomains=(("www.", 100),),
        sections=("noticias", "analises", "previas", "esports", "promocoes"),
        n_authors=8, url_path="/{section}/{slug}/",
        pools={
            "editoria": ("Notícias", "Análises", "Prévias", "eSports", "Guias", "Promoções"),
            "classind": ("Livre", "Não recomendado para menores de 10 anos",
                         "Não recomendado para menores de 12 anos",
                         "Não recomendado para menores de 14 anos",
                         "Não recomendado para menores de 16 anos",
                         "Não recomendado para menores de 18 anos"),
            "distribuidora": ("Estrela Games", "Nuvem Interativa", "PlayBrasil Distribuidora",
                              "Vórtice Digital"),
            "plataforma": ("PS4", "Xbox One", "Switch", "PC"),
        },
        families=(
            _f("editoria", HEADER, 0.5, (_OLD, "{editoria}")),
            _f("data", HEADER, 0.9, *_by_day(_jc_dated)),
            _f("autor", HEADER, 0.6, (_OLD, "Por {author}"),
               (JC_REDESIGN.isoformat(), "Por {author} ({author_handle})")),
            _f("leia", MIDDLE, 0.4, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.3, (_OLD, "Publicidade"), count=2),
            _f("imagem", MIDDLE, 0.2, (_OLD, "Imagem: Divulgação/{distribuidora}")),
            _f("classificacao", FOOTER, 0.2, (_OLD, "Classificação indicativa: {classind}")),
            _f("copia", FOOTER, 0.2,
               (_OLD, "Cópia digital cedida pela {distribuidora} para esta análise."),
               (JC_REVIEWS.isoformat(), "Esta análise foi feita com uma cópia de "
                                        "{plataforma} cedida pela {distribuidora}.")),
            _f("cotacao", FOOTER, 0.15, *_by_day(_jc_cotacao)),
            _f("apoio", FOOTER, 0.2, *from_table(
                APOIO, lambda v: f"Apoie o jornalismo independente da Jogada Crítica: "
                                 f"assinaturas a partir de {v} por mês.")),
            _f("aviso", FOOTER, 0.3, *_jc_aviso()),
            _f("reproducao", FOOTER, 0.25, (_OLD, "É proibida a reprodução total ou parcial "
                                                  "deste conteúdo sem autorização.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Jogada Crítica. Todos os direitos "
                                                 "reservados.")),
            _f("errata", HEADER, 0.04, (_OLD, "Errata: a versão anterior desta matéria "
                                              "informava a data de lançamento errada.")),
        ),
    )


# --- a Russian game magazine site ---------------------------------------------------------

SK_REDESIGN = dt.date(2017, 10, 5)  # relaunched on the opening day of IgroMir 2017
SK_TELEGRAM = dt.date(2018, 9, 3)
SK_KEYS = dt.date(2019, 1, 15)
IGROMIR = (("2015-10-01", "2015-10-04", "2015"), ("2016-09-29", "2016-10-02", "2016"),
           ("2017-10-05", "2017-10-08", "2017"), ("2018-09-27", "2018-09-30", "2018"),
           ("2019-10-03", "2019-10-06", "2019"))
STEAM_SUMMER = (("2015-06-11", "2015-06-21", "2015"), ("2016-06-23", "2016-07-04", "2016"),
                ("2017-06-22", "2017-07-05", "2017"), ("2018-06-21", "2018-07-05", "2018"),
                ("2019-06-25", "2019-07-09", "2019"), ("2020-06-25", "2020-07-09", "2020"))


def _sk_dated(day: dt.date) -> str:
    if day < SK_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} {{time}}"
    return f"{day.day} {MESYATSA[day.month - 1]} {day.year}, {DNI[day.weekday()]}, {{time}}"


@cache
def _sk_podpiska() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на сообщество «Сохранёнка» во ВКонтакте: новости игр "
                         "каждый день"),
                  (SK_TELEGRAM.isoformat(), "📢 Наш Telegram-канал: главные новости игр без "
                                            "спама и рекламы"))
    igromir = between(IGROMIR, lambda y, a, b: f"«ИгроМир {y}»: все новости с выставки")
    igromir.append(_span("2020-07-30", "2020-08-06", "«ИгроМир 2020» отменён: что посмотреть "
                                                     "вместо выставки"))
    new_year = _yearly("01-01", 2, 7, lambda y: f"С Новым {y} годом! В праздники выходим по "
                                                f"сокращённому графику",
                       years=range(2015, 2022))
    sales = between(STEAM_SUMMER, lambda y, a, b: f"Летняя распродажа Steam {y}: лучшие "
                                                  f"скидки до {b.day} {MESYATSA[b.month - 1]}")
    return _calendar(base, new_year, igromir, sales)


def sokhranenka_style() -> PublisherStyle:
    """A Russian game magazine site: a section from a pool, the numeric date turned the
    long date (the month in the genitive) with the weekday on the opening day of IgroMir
    2017 (a wording per day), "Автор:" turned "Текст:", "Читайте также:" and "Реклама" up to
    twice mid-body, the game's age rating from a pool, the review-copy line reworded for keys
    from a publisher of a pool in 2019, the typo line, a VK appeal turned a Telegram one and
    turned by IgroMir (cancelled in 2020), the New Year holidays and the Steam summer sales,
    the media-registration line, a bare "18+" and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="sokhranenka.ru", site="Сохранёнка", base_size=130,
        subdomains=(("", 80), ("www.", 20)),
        sections=("news", "reviews", "previews", "cybersport", "hardware"),
        n_authors=7, url_path="/{section}/{n}-{slug}",
        pools={
            "rubrika": ("Новости", "Обзоры", "Превью", "Киберспорт", "Гайды", "Железо"),
            "vozrast": ("0+", "6+", "12+", "16+", "18+"),
            "izdatel": ("«Северный ветер»", "«Полигон Софт»", "«ИнтерКуб»", "«Гамма Медиа»"),
        },
        families=(
            _f("rubrika", HEADER, 0.5, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.9, *_by_day(_sk_dated)),
            _f("avtor", HEADER, 0.55, (_OLD, "Автор: {author}"),
               (SK_REDESIGN.isoformat(), "Текст: {author}")),
            _f("chitayte", MIDDLE, 0.4, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.3, (_OLD, "Реклама"), count=2),
            _f("vozrast", FOOTER, 0.2, (_OLD, "Возрастной рейтинг игры: {vozrast}")),
            _f("ekzemplyar", FOOTER, 0.2,
               (_OLD, "Игра предоставлена для обзора издателем."),
               (SK_KEYS.isoformat(), "Ключ для обзора предоставлен компанией {izdatel}.")),
            _f("opechatka", FOOTER, 0.35, (_OLD, "Нашли опечатку? Выделите текст и нажмите "
                                                 "Ctrl+Enter")),
            _f("podpiska", FOOTER, 0.3, *_sk_podpiska()),
            _f("smi", FOOTER, 0.3, (_OLD, "Сетевое издание «Сохранёнка». Свидетельство о "
                                          "регистрации СМИ Эл № ФС77-66318 выдано "
                                          "Роскомнадзором.")),
            _f("znak", FOOTER, 0.35, (_OLD, "18+")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© 2013–{year} «Сохранёнка». При цитировании "
                                                 "ссылка на sokhranenka.ru обязательна.")),
            _f("ispravlenie", HEADER, 0.04, (_OLD, "Исправлено: в первой версии материала была "
                                                   "указана неверная дата выхода.")),
        ),
    )


# --- a Finnish game site ------------------------------------------------------------------

PK_REDESIGN = dt.date(2019, 8, 1)  # relaunched on the opening day of Assembly Summer 2019
PK_DISCORD = dt.date(2017, 11, 1)
PK_REVIEWS = dt.date(2018, 1, 1)
TILAUS = (("2014-01-01", "59"), ("2017-01-01", "64"), ("2019-01-01", "69"))
ASSEMBLY = (("2015-07-30", "2015-08-02", "2015"), ("2016-07-28", "2016-07-31", "2016"),
            ("2017-08-03", "2017-08-06", "2017"), ("2018-08-02", "2018-08-05", "2018"),
            ("2019-08-01", "2019-08-04", "2019"), ("2020-07-31", "2020-08-01", "2020"))


def juhannusaatto(y: int) -> dt.date:
    """Midsummer Eve in Finland: the Friday from 19 to 25 June."""
    return first_weekday_on_or_after(dt.date(y, 6, 19), 4)


def _pk_dated(day: dt.date) -> str:
    if day < PK_REDESIGN:
        return f"{day.day}.{day.month}.{day.year}"
    return f"Julkaistu {VIIKONPAIVAT[day.weekday()]} {day.day}.{day.month}.{day.year}"


@cache
def _pk_ilmoitus() -> Wordings:
    base = _steps((_OLD, "Seuraa Pelikaista-sivustoa Facebookissa ja Twitterissä"),
                  (PK_DISCORD.isoformat(), "🎮 Tule juttelemaan toimituksen kanssa: "
                                           "Pelikaista-Discord on auki kaikille"))
    assembly = between(ASSEMBLY, lambda y, a, b: f"Assembly Summer {y}: seuraamme tapahtumaa "
                                                 f"paikan päältä Messukeskuksesta"
                       if y != "2020" else "Assembly Summer 2020 järjestetään verkossa: "
                                           "katso ohjelma")
    juhannus = _movable(juhannusaatto, 1, 2, lambda y: f"Hyvää juhannusta {y}! Päivitämme "
                                                       f"sivustoa pyhien aikana tavallista "
                                                       f"harvemmin")
    joulu = _yearly("12-24", 2, 2, lambda y: f"Hyvää joulua {y}! Toimitus lomailee "
                                             f"24.–26.12.")
    return _calendar(base, assembly, juhannus, joulu)


def pelikaista_style() -> PublisherStyle:
    """A Finnish game site: a section from a pool, the numeric date turned "Julkaistu" with
    the weekday on the opening day of Assembly Summer 2019 (a wording per day), "Teksti:"
    turned the writer and the pictures' source from a pool, "Lue myös:" and "Mainos" up to
    twice and a picture credit mid-body, the PEGI rating from a pool and the review-copy
    line reworded in 2018 (a block), the print magazine's subscription price (raised in 2017
    and 2019), a social appeal turned a Discord one and turned by Assembly (online in 2020),
    Midsummer and Christmas, the publisher and copyright lines (a block), a rare
    correction."""
    return PublisherStyle(
        domain="pelikaista.fi", site="Pelikaista", base_size=110,
        subdomains=(("www.", 100),),
        sections=("uutiset", "arvostelut", "ennakot", "e-urheilu", "mobiili"),
        n_authors=6, url_path="/{section}/{slug}/",
        pools={
            "osasto": ("Uutiset", "Arvostelut", "Ennakot", "E-urheilu", "Mobiili", "Retro"),
            "kuvat": ("julkaisija", "Pelikaista", "pelin kehittäjä", "kuvankaappaus"),
            "pegi": ("3", "7", "12", "16", "18"),
            "alusta": ("PS4", "Xbox One", "Switch", "PC"),
        },
        families=(
            _f("osasto", HEADER, 0.45, (_OLD, "{osasto}")),
            _f("pvm", HEADER, 0.85, *_by_day(_pk_dated)),
            _f("teksti", HEADER, 0.55, (_OLD, "Teksti: {author}"),
               (PK_REDESIGN.isoformat(), "Teksti: {author} | Kuvat: {kuvat}")),
            _f("lue", MIDDLE, 0.4, (_OLD, "Lue myös: {other_title}"), count=2),
            _f("mainos", MIDDLE, 0.3, (_OLD, "Mainos"), count=2),
            _f("kuva", MIDDLE, 0.2, (_OLD, "Kuva: {kuvat}")),
            _f("pegi", FOOTER, 0.25, (_OLD, "Ikäraja: PEGI {pegi}")),
            _f("arvostelukappale", FOOTER, 0.3,
               (_OLD, "Arvostelukappale saatiin maahantuojalta."),
               (PK_REVIEWS.isoformat(), "Peli arvosteltiin {alusta}-versiona. Arvostelukoodi "
                                        "saatiin julkaisijalta.")),
            _f("tilaa", FOOTER, 0.15, *from_table(
                TILAUS, lambda v: f"Tilaa Pelikaista-lehti: 8 numeroa vuodessa {v} €.")),
            _f("ilmoitus", FOOTER, 0.3, *_pk_ilmoitus()),
            _f("julkaisija", FOOTER, 0.25, (_OLD, "Pelikaista on Kaistamedia Oy:n julkaisema "
                                                  "pelisivusto. Päätoimittaja Janne Kivelä.")),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Pelikaista – kaikki oikeudet "
                                                 "pidätetään.")),
            _f("korjaus", HEADER, 0.04, (_OLD, "Korjattu: jutussa mainittiin aiemmin väärä "
                                               "julkaisupäivä.")),
        ),
    )


# --- the patch-notes pages of an online game ----------------------------------------------

IV_REDESIGN = dt.date(2019, 1, 16)  # the new site went live with the first patch of 2019
IV_DISCORD = dt.date(2017, 6, 1)
IV_IN_GAME_PURCHASES = dt.date(2018, 4, 13)
IV_LAUNCH = dt.date(2013, 3, 12)
SEASON_NAMES = ("Ashfall", "Deepwater", "Stormcall", "Gilded Crown", "Frostbite",
                "Ironroot", "Sunforge", "Night Tide")


@cache
def patch_days() -> tuple[tuple[dt.date, str], ...]:
    """The patch days from 2014 to 2020 and their versions: every other Wednesday from the
    first Wednesday on or after 8 January to mid-December ("5.1" is 2015's first)."""
    out: list[tuple[dt.date, str]] = []
    for y in range(2014, 2021):
        day, k = first_weekday_on_or_after(dt.date(y, 1, 8), 2), 1
        while day <= dt.date(y, 12, 15):
            out.append((day, f"{y - 2010}.{k}"))
            day, k = day + 14 * DAY, k + 1
    return tuple(out)


def patch_on(day: dt.date) -> tuple[dt.date, str]:
    """The patch live on `day`: its day and version."""
    days = [d for d, _ in patch_days()]
    return patch_days()[bisect_right(days, day) - 1]


def next_patch(day: dt.date) -> dt.date:
    """The first patch day after `day` (the first of the next year in the winter break)."""
    for d, _ in patch_days():
        if d > day:
            return d
    return first_weekday_on_or_after(dt.date(day.year + 1, 1, 8), 2)


def season_on(day: dt.date) -> int:
    """The ranked season on `day`: four a year, from patches x.1, x.7, x.13 and x.19 (Season
    9 from 2015's first patch)."""
    _, version = patch_on(day)
    major, minor = (int(v) for v in version.split("."))
    return 9 + 4 * (major - 5) + min(minor - 1, 18) // 6


def _iv_patch(day: dt.date) -> str:
    return f"Patch {patch_on(day)[1]} Notes"


def _iv_dated(day: dt.date) -> str:
    if day < IV_REDESIGN:
        return f"Posted {day.month}/{day.day}/{day.year}"
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year} · Game Updates"


def _iv_next(day: dt.date) -> str:
    nxt = next_patch(day)
    return (f"The next patch is planned for {WEEKDAYS[nxt.weekday()]}, {MONTHS[nxt.month - 1]} "
            f"{nxt.day}. Dates can change.")


def _iv_season(day: dt.date) -> str:
    n = season_on(day)
    return (f"⚔️ Season {n}: {SEASON_NAMES[n % len(SEASON_NAMES)]} is live – ranked rewards "
            f"have reset")


@cache
def _iv_banner() -> Wordings:
    anniversary = [(dt.date(y, 3, 12), dt.date(y, 3, 27), f"🎂 Ironveil Online turns "
                                                          f"{y - IV_LAUNCH.year}: log in by "
                                                          f"March 26 for anniversary rewards")
                   for y in YEARS]
    harvest = _yearly("10-20", 0, 14, lambda y: f"🎃 Harvest of Shadows {y} is live until "
                                                f"November 3")
    frostfall = _yearly("12-15", 0, 21, lambda y: f"❄️ Frostfall Festival {y} runs until "
                                                  f"January 5", years=range(2014, 2021))
    return _calendar(_iv_season, anniversary, harvest, frostfall)


def ironveil_style() -> PublisherStyle:
    """The patch-notes pages of an online game: the patch version (a new one every other
    Wednesday), the numeric date turned the long date and "Game Updates" on the first patch
    of 2019 (a wording per day), the designer's line with the role from a pool, a banner with
    the ranked season (four a year) turned by the anniversary, Halloween and winter events,
    a section heading from a pool, "Bug Fixes" and "Developer note" mid-body, the next
    patch's date (a wording per fortnight), known issues, a bug-report line turned from the
    forums to Discord, "subject to change", the rating line reworded for the ESRB's "In-Game
    Purchases", the copyright line, a rare hotfix note."""
    return PublisherStyle(
        domain="ironveil-online.com", site="Ironveil Online", base_size=90,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("patch-notes", "news", "dev-blog"),
        n_authors=5, url_path="/en-us/{section}/{slug}",
        pools={
            "beat": ("Lead Designer", "Community Manager", "Live Ops Producer",
                     "Balance Designer", "Systems Designer"),
            "heading": ("General", "Classes", "Items", "Dungeons and Raids",
                        "Player vs Player", "User Interface", "Quality of Life"),
        },
        families=(
            _f("patch", HEADER, 0.8, *_by_day(_iv_patch)),
            _f("dated", HEADER, 0.85, *_by_day(_iv_dated)),
            _f("byline", HEADER, 0.4, (_OLD, "Posted by {author}, {author_beat}")),
            _f("banner", HEADER, 0.3, *_iv_banner()),
            _f("heading", MIDDLE, 0.5, (_OLD, "{heading}")),
            _f("fixes", MIDDLE, 0.45, (_OLD, "Bug Fixes")),
            _f("dev-note", MIDDLE, 0.2, (_OLD, "Developer note")),
            _f("next-patch", FOOTER, 0.3, *_by_day(_iv_next)),
            _f("known-issues", FOOTER, 0.3, (_OLD, "For the list of known issues, see the "
                                                   "Known Issues thread on the forums.")),
            _f("bug-report", FOOTER, 0.4,
               (_OLD, "Found a bug? Let us know on the official Ironveil Online forums."),
               (IV_DISCORD.isoformat(), "Found a bug? Report it in #bug-reports on the "
                                        "official Ironveil Online Discord.")),
            _f("subject", FOOTER, 0.25, (_OLD, "Patch notes are subject to change until the "
                                               "patch is live.")),
            _f("rating", FOOTER, 0.15,
               (_OLD, "Rated T for Teen: Blood, Fantasy Violence. Online interactions not "
                      "rated by the ESRB."),
               (IV_IN_GAME_PURCHASES.isoformat(), "Rated T for Teen: Blood, Fantasy Violence. "
                                                  "In-Game Purchases, Users Interact.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Coldforge Entertainment. Ironveil "
                                                "Online is a trademark of Coldforge "
                                                "Entertainment.")),
            _f("hotfix", HEADER, 0.04, (_OLD, "Hotfix: this page was updated after the patch "
                                              "went live.")),
        ),
    )


# --- an English indie studio's dev blog ---------------------------------------------------

BW_FIRST_DEVLOG = dt.date(2014, 8, 1)  # a Friday
BW_EARLY_ACCESS = dt.date(2017, 5, 10)
BW_LAUNCH = dt.date(2018, 8, 21)  # also the day the blog moved to the studio's new site
BW_DISCORD = dt.date(2016, 6, 1)
BW_SALES = (("2017-06-22", "2017-07-05", "15"), ("2017-12-21", "2018-01-04", "20"),
            ("2018-06-21", "2018-07-05", "20"), ("2018-12-20", "2019-01-03", "25"),
            ("2019-06-25", "2019-07-09", "33"), ("2019-12-19", "2020-01-02", "40"),
            ("2020-06-25", "2020-07-09", "40"), ("2020-12-22", "2021-01-05", "50"))


def devlog_number(day: dt.date) -> int:
    """The number of the week's devlog, posted each Friday since 1 August 2014."""
    return (friday_on_or_before(day) - BW_FIRST_DEVLOG).days // 7 + 1


def _bw_posted(day: dt.date) -> str:
    if day < BW_LAUNCH:
        return f"Posted on {MONTHS[day.month - 1]} {day.day}, {day.year} by {{author}}"
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year} · {{author}}"


@cache
def _bw_wishlist() -> Wordings:
    base = _steps((_OLD, "Wishlist Lanterns of Vell on Steam – it really helps a small studio "
                         "like ours!"),
                  (BW_EARLY_ACCESS.isoformat(), "Lanterns of Vell is out now in Steam Early "
                                                "Access!"),
                  (BW_LAUNCH.isoformat(), "Lanterns of Vell 1.0 is out now on Steam, Nintendo "
                                          "Switch and PS4!"))
    kickstarter = [_span("2016-03-01", "2016-03-31", "Lanterns of Vell is on Kickstarter until "
                                                     "31 March – please back us!")]
    sales = between(BW_SALES, lambda pct, a, b: f"🔥 Steam sale: Lanterns of Vell is {pct}% "
                                                f"off until {b.day} {MONTHS[b.month - 1]}")
    return _calendar(base, kickstarter, sales)


def brasswing_style() -> PublisherStyle:
    """An English indie studio's dev blog: the week's devlog number (a wording per week),
    "Posted on" with the long date and the writer turned the short date on the game's launch
    day (a wording per day), screenshot captions from a pool up to twice and a
    work-in-progress line mid-body, tags from a pool, the comment count, a wishlist appeal
    turned by the Kickstarter, the early-access and full launches and each Steam sale with
    its discount, a Twitter appeal turned a Discord one, the press line, the game's and the
    company's lines (a block), a rare edit note."""
    return PublisherStyle(
        domain="brasswingstudio.com", site="Brasswing Studio", base_size=75,
        subdomains=(("www.", 60), ("blog.", 40)),
        sections=("devlog", "news", "art", "community"),
        n_authors=4, url_path="/blog/{yyyy}/{mm}/{slug}/",
        pools={
            "shot": ("the new lighthouse interior", "lantern crafting screen", "early fog shader",
                     "the harbour at dusk", "boss arena blockout", "new map icons"),
            "tags": ("devlog", "art", "design", "audio", "events", "release"),
        },
        families=(
            _f("devlog", HEADER, 0.7, *_by_day(lambda day: f"Devlog #{devlog_number(day)}")),
            _f("posted", HEADER, 0.85, *_by_day(_bw_posted)),
            _f("screenshot", MIDDLE, 0.35, (_OLD, "Screenshot: {shot}"), count=2),
            _f("wip", MIDDLE, 0.12, (_OLD, "(Work in progress – everything here may change "
                                           "before release.)")),
            _f("tags", FOOTER, 0.4, (_OLD, "Tags: {tags_list}")),
            _f("comments", FOOTER, 0.3, (_OLD, "{count} comments")),
            _f("wishlist", FOOTER, 0.5, *_bw_wishlist()),
            _f("social", FOOTER, 0.4, (_OLD, "Follow us on Twitter @brasswingdev for daily "
                                             "GIFs."),
               (BW_DISCORD.isoformat(), "Join our Discord to chat with the team and get "
                                        "playtest keys: discord.gg/brasswing")),
            _f("press", FOOTER, 0.2, (_OLD, "Press: press@brasswingstudio.com · press kit at "
                                            "brasswingstudio.com/presskit")),
            _f("game", FOOTER, 0.35, (_OLD, "Lanterns of Vell © 2015–{year} Brasswing Studio. "
                                            "All rights reserved.")),
            _f("company", FOOTER, 0.3, (_OLD, "Brasswing Studio Ltd, registered in England and "
                                              "Wales no. 09412277.")),
            _f("edit", HEADER, 0.04, (_OLD, "Edit: fixed the dates of the beta test.")),
        ),
    )


# --- a Russian esports news site ----------------------------------------------------------

KP_REDESIGN = dt.date(2019, 2, 13)  # relaunched on the first day of the Katowice Major 2019
KP_TELEGRAM = dt.date(2017, 6, 1)
THE_INTERNATIONAL = (("2015-08-03", "2015-08-08", "2015", "18 429 613"),
                     ("2016-08-03", "2016-08-13", "2016", "20 770 460"),
                     ("2017-08-02", "2017-08-12", "2017", "24 787 916"),
                     ("2018-08-15", "2018-08-25", "2018", "25 532 177"),
                     ("2019-08-15", "2019-08-25", "2019", "34 330 068"))
MAJORS = (("2015-03-12", "2015-03-15", "ESL One Katowice 2015"),
          ("2015-08-20", "2015-08-23", "ESL One Cologne 2015"),
          ("2015-10-28", "2015-11-01", "DreamHack Open Cluj-Napoca 2015"),
          ("2016-03-29", "2016-04-03", "MLG Major Columbus 2016"),
          ("2016-07-05", "2016-07-10", "ESL One Cologne 2016"),
          ("2017-01-22", "2017-01-29", "ELEAGUE Major Atlanta 2017"),
          ("2017-07-16", "2017-07-23", "PGL Major Kraków 2017"),
          ("2018-01-12", "2018-01-28", "ELEAGUE Major Boston 2018"),
          ("2018-09-05", "2018-09-23", "FACEIT Major London 2018"),
          ("2019-02-13", "2019-03-03", "IEM Katowice Major 2019"),
          ("2019-08-23", "2019-09-08", "StarLadder Major Berlin 2019"))


def _kp_dated(day: dt.date) -> str:
    if day < KP_REDESIGN:
        return f"{day.day:02d}.{day.month:02d}.{day.year} в {{time}}"
    return f"{day.day} {MESYATSA[day.month - 1]} {day.year} года, {{time}} МСК"


@cache
def _kp_turnir() -> Wordings:
    base = _steps((_OLD, "Расписание матчей и результаты — в разделе «Матчи»"))
    ti = [(iso_day(a), iso_day(b, 1), f"The International {y}: расписание и результаты, "
                                      f"призовой фонд ${prize}")
          for a, b, y, prize in THE_INTERNATIONAL]
    majors = between(MAJORS, lambda name, a, b: f"Мейджор по CS:GO — {name}: сетка и "
                                                f"расписание матчей")
    online = [_span("2020-03-13", "2020-06-30", "Из-за пандемии турниры проходят онлайн: "
                                                "расписание обновляется")]
    return _calendar(base, online, ti, majors)


def kiberpuls_style() -> PublisherStyle:
    """A Russian esports news site: the discipline from a pool, the numeric date turned the
    long date and Moscow time on the first day of the 2019 Katowice Major (a wording per day),
    the writer, a schedule banner turned by The International with its prize pool, the CS:GO
    Majors and 2020's online play, "Читайте также:" and a bookmaker advertisement marked
    "18+" mid-body, the source from a pool, a VK appeal turned a Telegram one, the copyright
    line, a rare correction."""
    return PublisherStyle(
        domain="kiberpuls.ru", site="Киберпульс", base_size=60,
        subdomains=(("", 100),),
        sections=("csgo", "dota2", "lol", "other"),
        n_authors=4, url_path="/{section}/news/{n}",
        pools={
            "razdel": ("CS:GO", "Dota 2", "League of Legends", "Overwatch", "PUBG", "Hearthstone"),
            "istochnik": ("HLTV.org", "Liquipedia", "официальный сайт турнира",
                          "Twitter организатора", "пресс-служба команды"),
        },
        families=(
            _f("razdel", HEADER, 0.55, (_OLD, "{razdel}")),
            _f("data", HEADER, 0.85, *_by_day(_kp_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор материала: {author}")),
            _f("turnir", HEADER, 0.35, *_kp_turnir()),
            _f("chitayte", MIDDLE, 0.35, (_OLD, "Читайте также: {other_title}")),
            _f("stavki", MIDDLE, 0.2, (_OLD, "Реклама. Ставки на киберспорт с бонусом для новых "
                                             "игроков. 18+")),
            _f("istochnik", FOOTER, 0.3, (_OLD, "Источник: {istochnik}")),
            _f("soobshchestvo", FOOTER, 0.3,
               (_OLD, "Обсудить матч можно в нашей группе ВКонтакте"),
               (KP_TELEGRAM.isoformat(), "Подписывайтесь на наш Telegram-канал, чтобы не "
                                         "пропустить результаты матчей")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Киберпульс — новости киберспорта. "
                                                "Использование материалов разрешено только с "
                                                "активной ссылкой на kiberpuls.ru.")),
            _f("ispravleno", HEADER, 0.04, (_OLD, "Материал исправлен: ранее в нём был указан "
                                                  "неверный счёт серии.")),
        ),
    )


# --- a Twitch streaming-community site ----------------------------------------------------

CP_REDESIGN = dt.date(2019, 9, 26)  # restyled on the day of Twitch's rebrand
PRIME_GAMING = dt.date(2020, 8, 10)
MIXER_CLOSED = dt.date(2020, 7, 22)
CP_MEMBERS = (("2015-01-01", "2,000"), ("2016-06-01", "5,000"), ("2017-06-01", "12,000"),
              ("2018-06-01", "25,000"), ("2019-06-01", "40,000"), ("2020-06-01", "65,000"))
TWITCHCON = (("2015-09-25", "2015-09-26", "TwitchCon 2015 in San Francisco"),
             ("2016-09-30", "2016-10-02", "TwitchCon 2016 in San Diego"),
             ("2017-10-20", "2017-10-22", "TwitchCon 2017 in Long Beach"),
             ("2018-10-26", "2018-10-28", "TwitchCon 2018 in San Jose"),
             ("2019-04-13", "2019-04-14", "TwitchCon Europe 2019 in Berlin"),
             ("2019-09-27", "2019-09-29", "TwitchCon 2019 in San Diego"))


def _cp_dated(day: dt.date) -> str:
    if day < CP_REDESIGN:
        return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


@cache
def _cp_banner() -> Wordings:
    base = _steps((_OLD, "Submit your stream for our weekly Spotlight"))
    cons = between(TWITCHCON, lambda name, a, b: f"🎪 {name}: meetups, panels and the "
                                                 f"community booth")
    subtember = [_span(f"{y}-09-01", f"{y}-09-30", f"💜 Subtember {y}: discounted subs all "
                                                   f"month") for y in (2018, 2019, 2020)]
    return _calendar(base, cons, subtember)


def chatpile_style() -> PublisherStyle:
    """A Twitch streaming-community site: the short date turned the weekday and the long date
    on the day of Twitch's 2019 rebrand (a wording per day), a "live now" line with a channel
    from a pool, a banner turned by TwitchCon and Subtember, a stream schedule from a pool
    and clip credits up to twice mid-body, the Twitch Prime appeal renamed Prime Gaming on
    10 August 2020, a platforms line reworded when Mixer closed, the Discord's member count
    (growing each June), the not-affiliated disclaimer and the copyright line (a block), a
    rare update."""
    return PublisherStyle(
        domain="chatpile.gg", site="Chatpile", base_size=50,
        subdomains=(("", 100),),
        sections=("streamers", "clips", "events", "guides"),
        n_authors=4, url_path="/{section}/{slug}",
        pools={
            "channel": ("twitch.tv/mossyknight", "twitch.tv/pixelpriya", "twitch.tv/rimeandrust",
                        "twitch.tv/speedrun_sam", "twitch.tv/cozycartographer"),
            "schedule": ("Mon, Wed and Fri from 7 p.m. ET", "Tue–Thu from 8 p.m. CET",
                         "daily at noon PT", "weekends from 3 p.m. GMT"),
        },
        families=(
            _f("dated", HEADER, 0.85, *_by_day(_cp_dated)),
            _f("live", HEADER, 0.3, (_OLD, "🔴 Live now: {channel}")),
            _f("banner", HEADER, 0.2, *_cp_banner()),
            _f("schedule", MIDDLE, 0.25, (_OLD, "Stream schedule: {schedule}")),
            _f("clip", MIDDLE, 0.3, (_OLD, "Clip via {channel}"), count=2),
            _f("prime", FOOTER, 0.35,
               (_OLD, "Got Amazon Prime? Link it to Twitch and spend your free Twitch Prime sub "
                      "on a streamer you love."),
               (PRIME_GAMING.isoformat(), "Got Amazon Prime? Your free monthly channel sub now "
                                          "comes with Prime Gaming.")),
            _f("platforms", FOOTER, 0.2,
               (_OLD, "We also cover creators on YouTube Gaming and Mixer."),
               (MIXER_CLOSED.isoformat(), "We also cover creators on YouTube Gaming and "
                                          "Facebook Gaming.")),
            _f("discord", FOOTER, 0.4, *from_table(
                CP_MEMBERS, lambda v: f"Join {v}+ members in the Chatpile Discord.")),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "Chatpile is a fan community and is not "
                                                 "affiliated with or endorsed by Twitch "
                                                 "Interactive, Inc.")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Chatpile. Twitch is a trademark of "
                                                "Twitch Interactive, Inc.")),
            _f("update", HEADER, 0.04, (_OLD, "Update: the streamer's schedule has changed "
                                              "since this was posted.")),
        ),
    )


# --- an esports league's news pages -------------------------------------------------------

VP_REDESIGN = dt.date(2018, 2, 1)  # the new site went live with the spring 2018 season
VP_ONLINE = dt.date(2020, 3, 12)
VP_PRIZES = {1: "25,000", 2: "40,000", 3: "50,000", 4: "50,000", 5: "75,000", 6: "75,000",
             7: "100,000", 8: "120,000", 9: "150,000", 10: "150,000", 11: "200,000",
             12: "200,000", 13: "150,000", 14: "175,000", 15: "175,000"}
REGULAR_WEEKS, PLAYOFF_WEEKS = 8, 2


@cache
def league_seasons() -> tuple[tuple[int, dt.date], ...]:
    """The league's seasons from 2014 to 2021 and their first match days: the first
    Thursday of February and of September (Season 3 is spring 2015)."""
    out = []
    for y in range(2014, 2022):
        for half, month in ((0, 2), (1, 9)):
            out.append((3 + 2 * (y - 2015) + half,
                        first_weekday_on_or_after(dt.date(y, month, 1), 3)))
    return tuple(out)


def season_of(day: dt.date) -> tuple[int, dt.date]:
    """The season begun last on or before `day`, and its first match day."""
    return [s for s in league_seasons() if s[1] <= day][-1]


def _vp_schedule(day: dt.date) -> str:
    number, start = season_of(day)
    week = (day - start).days // 7 + 1
    where = " (online)" if day >= VP_ONLINE and number >= 13 else ""
    if week <= REGULAR_WEEKS:
        return (f"Season {number} · Week {week}{where}: matches every Thursday and Sunday "
                f"from 18:00 CET")
    if week <= REGULAR_WEEKS + PLAYOFF_WEEKS:
        first = start + 7 * REGULAR_WEEKS * DAY
        last = first + (7 * PLAYOFF_WEEKS - 4) * DAY
        return (f"Season {number} Playoffs{where}: {first.day} {MONTHS[first.month - 1]} – "
                f"{last.day} {MONTHS[last.month - 1]}")
    following = [s for s in league_seasons() if s[0] == number + 1][0][1]
    return (f"Off-season · Season {number + 1} starts {WEEKDAYS[following.weekday()]} "
            f"{following.day} {MONTHS[following.month - 1]} {following.year}")


def _vp_dated(day: dt.date) -> str:
    if day < VP_REDESIGN:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return (f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, "
            f"{{time}} {central_european(day)}")


def vantage_style() -> PublisherStyle:
    """An esports league's news pages: the long date turned the weekday, the time and Central
    European summer or winter time with the spring 2018 season (a wording per day), the
    schedule banner (each week of the regular season, the playoffs, the off-season's next
    start, online from March 2020: a wording per week), the standings and rulebook lines
    mid-body, the season's prize pool (a new amount each season), a watch line reworded on
    the redesign, the presenting sponsor from a pool, the about, media and copyright lines
    (a block), a rare correction."""
    return PublisherStyle(
        domain="vantageproleague.com", site="Vantage Pro League", base_size=40,
        subdomains=(("www.", 100),),
        sections=("news", "matches", "teams", "announcements"),
        n_authors=3, url_path="/news/{slug}",
        pools={"sponsor": ("Voltcore Energy", "Kestrel Peripherals", "Hyperion PCs",
                           "FrostByte Chairs")},
        families=(
            _f("dated", HEADER, 0.8, *_by_day(_vp_dated)),
            _f("schedule", HEADER, 0.45, *_by_day(_vp_schedule)),
            _f("standings", MIDDLE, 0.25, (_OLD, "Full standings and match results are on the "
                                                 "league hub.")),
            _f("rules", MIDDLE, 0.12, (_OLD, "All matches are played under the league "
                                             "rulebook.")),
            _f("prize", FOOTER, 0.4, *_by_day(
                lambda day: f"Season {season_of(day)[0]} prize pool: "
                            f"${VP_PRIZES[season_of(day)[0]]}")),
            _f("watch", FOOTER, 0.4,
               (_OLD, "Watch every match live on Twitch: twitch.tv/vantagepro"),
               (VP_REDESIGN.isoformat(), "Watch every match live on Twitch and YouTube, with "
                                         "VODs on the league hub.")),
            _f("sponsor", FOOTER, 0.35, (_OLD, "Presented by {sponsor}")),
            _f("about", FOOTER, 0.35, (_OLD, "About Vantage Pro League: an independent league "
                                             "for the best teams in Europe, twice a year since "
                                             "2014.")),
            _f("media", FOOTER, 0.35, (_OLD, "Media enquiries: press@vantageproleague.com")),
            _f("copyright", FOOTER, 0.3, (_OLD, "© {year} Vantage Pro League. All rights "
                                                "reserved.")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this post "
                                                  "gave the wrong match time.")),
        ),
    )


# --- the news releases of a Japanese game publisher ---------------------------------------

REIWA = dt.date(2019, 5, 1)


def japanese_era_date(day: dt.date) -> str:
    """The date in the Japanese era: Heisei to 30 April 2019, Reiwa from 1 May ("元年" its
    first year)."""
    if day < REIWA:
        return f"平成{day.year - 1988}年{day.month}月{day.day}日"
    year = "元" if day.year == 2019 else str(day.year - 2018)
    return f"令和{year}年{day.month}月{day.day}日"


def mikado_style() -> PublisherStyle:
    """The news releases of a Japanese game publisher: "報道関係者各位", the date in the
    Japanese era (Heisei turned Reiwa on 1 May 2019, a wording per day) and the company's
    name, the product overview (its heading, the title from a pool, the platforms from a
    pool, the price from a pool and the CERO rating: a block), the trademark notice, "以上",
    the company profile and the press contact (a block), the copyright line, a rare
    correction."""
    return PublisherStyle(
        domain="mikadosoft.co.jp", site="ミカドソフト", base_size=30,
        subdomains=(("www.", 100),),
        sections=("news", "release", "ir"),
        n_authors=2, url_path="/news/{yyyy}/{n}.html",
        pools={
            "soft": ("戦国ロード・オブ・ブレイド", "星の庭のアトリエール", "ネオ東京レーサーズ",
                      "魔導探偵ミコト", "ドラゴンカフェ物語"),
            "kishu": ("Nintendo Switch", "PlayStation 4", "Xbox One", "Steam", "iOS／Android"),
            "kakaku": ("パッケージ版 6,800円＋税", "ダウンロード版 5,800円＋税",
                       "限定版 12,800円＋税", "基本プレイ無料（アイテム課金制）"),
            "cero": ("A（全年齢対象）", "B（12才以上対象）", "C（15才以上対象）", "審査予定"),
        },
        families=(
            _f("kakui", HEADER, 0.55, (_OLD, "報道関係者各位")),
            _f("hizuke", HEADER, 0.85, *_by_day(japanese_era_date)),
            _f("kaisha", HEADER, 0.6, (_OLD, "株式会社ミカドソフト")),
            _f("gaiyo", FOOTER, 0.35, (_OLD, "■製品概要")),
            _f("taitoru", FOOTER, 0.35, (_OLD, "タイトル：{soft}")),
            _f("kishu", FOOTER, 0.3, (_OLD, "対応機種：{kishu_list}")),
            _f("kakaku", FOOTER, 0.3, (_OLD, "希望小売価格：{kakaku}")),
            _f("cero", FOOTER, 0.3, (_OLD, "CERO：{cero}")),
            _f("shohyo", FOOTER, 0.35, (_OLD, "※記載されている会社名、製品名、サービス名は、"
                                              "各社の商標または登録商標です。")),
            _f("ijo", FOOTER, 0.5, (_OLD, "以上")),
            _f("kaisha-gaiyo", FOOTER, 0.3, (_OLD, "【会社概要】株式会社ミカドソフト　所在地："
                                                   "東京都千代田区神田小川町3-14　設立：2006年　"
                                                   "事業内容：家庭用ゲームソフトの企画・開発・販売")),
            _f("toiawase", FOOTER, 0.4, (_OLD, "【本件に関する報道関係者からのお問い合わせ先】"
                                               "株式会社ミカドソフト 広報担当 "
                                               "pr@mikadosoft.co.jp")),
            _f("copyright", FOOTER, 0.3, (_OLD, "©{year} MIKADO SOFT Inc. All Rights "
                                                "Reserved.")),
            _f("teisei", HEADER, 0.04, (_OLD, "※本リリースの発売日に誤りがあったため、"
                                              "訂正いたしました。")),
        ),
    )


def heldout166_styles() -> list[PublisherStyle]:
    """The held-back-166 styles, in the order the generator hands them to publishers."""
    return [
        checkpoint_style(), gameantenna_style(), playweek_style(), jogadacritica_style(),
        sokhranenka_style(), pelikaista_style(), ironveil_style(), brasswing_style(),
        kiberpuls_style(), chatpile_style(), vantage_style(), mikado_style(),
    ]
