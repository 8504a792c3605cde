"""The ``held-back-115`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-113 set. It was
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
network footer. The publishers are regional dailies, city portals and broadcasters' web desks
of Japan, Korea, Taiwan, Hong Kong and Mongolia, large and small: a Japanese regional daily
in Nagasaki, a Korean regional daily in Busan, a Chinese daily in Taichung, an English web
desk of a Hong Kong radio station, a Mongolian daily site in Ulaanbaatar, a Japanese local
television station's news desk in Hokkaido, a Korean city hall's portal, a community radio in
Hualien with Amis touches, a Cantonese weekly of Tuen Mun, a Mongolian weekly in Darkhan with
its name in the Mongolian script, a Japanese community radio in Nago with Okinawan touches and
a Mandarin and Taiwanese (Tâi-lô) neighbourhood site in Tainan. The families are the kinds a
crawl of such sites holds: dates localised day by day in Japanese (by the Heisei and Reiwa
eras, turning on 1 May 2019), Korean, Chinese (by the Republic of China's years), English,
Mongolian and Taiwanese (several changing form on the day of a redesign), lines that turn every
day, every week, every two months or on working days (a daily's issue number skipping its
days off, the fine dust forecast, the tugrik's official rate, Ulaanbaatar's number-plate
restriction by weekday, Abashiri's sunrise and sunset, the broadcast a story aired in, a
radio's evening programme by weekday, a library's hours, the weekly petrol prices, the
receipt lottery's draws, weekly newsletters, charts, issues and a Taiwanese word of the
week), the seasons of rainy seasons, typhoons, beaches, fine dust and smog, drift ice, whale
watching, harvests and hill fires, bylines and datelines of many shapes, section kickers,
read-also and related links (some up to two times), photo and footage credits, agencies,
print-page cross-posts, licence, fair-use and copyright lines, donation, membership,
supporter, newsletter, messenger and social appeals, prices in yen, won, New Taiwan and Hong
Kong dollars and tugriks (several rising over the years), notices reworded in 2016-2020,
notices that follow the region's calendars (Japanese, Korean, Taiwanese, Hong Kong and
Mongolian votes, referendums and a postponed election, earthquakes in Kumamoto, Hualien,
Tainan, Pohang and Iburi, typhoons Hato, Mangkhut, Chaba, Nepartak and Haishen, floods, a
papal visit, a castle fire, a raw-coal ban, a flower expo, the lunar new year, Tsagaan Sar,
Ching Ming, the dragon boat and mid-autumn festivals, ghost month and Ukui, the lantern
festival's fireworks, Seollal and Chuseok, the college entrance exam, a film festival,
Naadam and independence, reversion, memorial, city and atomic-bomb days with their counts,
the lockdowns and emergencies of 2020 and events called off or held online in 2020),
multi-line blocks, mid-body inserts, bare lines and families in only 4% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    nth_weekday,
    ordinal,
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

JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
CHINESE_WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
ENGLISH_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                        "Nov", "Dec")
MONGOLIAN_WEEKDAYS = ("Даваа", "Мягмар", "Лхагва", "Пүрэв", "Баасан", "Бямба", "Ням")
TAILO_WEEKDAYS = ("Pài-it", "Pài-jī", "Pài-sann", "Pài-sì", "Pài-gōo", "Pài-la̍k", "Lé-pài")

REIWA = dt.date(2019, 5, 1)

# Movable days of the lunisolar calendars, as the region's calendars printed them.
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
LANTERN_FESTIVAL = {2015: "2015-03-05", 2016: "2016-02-22", 2017: "2017-02-11",
                    2018: "2018-03-02", 2019: "2019-02-19", 2020: "2020-02-08"}
DRAGON_BOAT = {2015: "2015-06-20", 2016: "2016-06-09", 2017: "2017-05-30", 2018: "2018-06-18",
               2019: "2019-06-07", 2020: "2020-06-25"}
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
              2019: "2019-09-13", 2020: "2020-10-01"}
GHOST_MONTH = {2015: "2015-08-14", 2016: "2016-08-03", 2017: "2017-08-22", 2018: "2018-08-11",
               2019: "2019-08-01", 2020: "2020-08-19"}
UKUI = {2015: "2015-08-28", 2016: "2016-08-17", 2017: "2017-09-05", 2018: "2018-08-25",
        2019: "2019-08-15", 2020: "2020-09-02"}
CHING_MING = {2015: "2015-04-05", 2016: "2016-04-04", 2017: "2017-04-04", 2018: "2018-04-05",
              2019: "2019-04-05", 2020: "2020-04-04"}
TSAGAAN_SAR = {2015: "2015-02-19", 2016: "2016-02-09", 2017: "2017-02-27", 2018: "2018-02-16",
               2019: "2019-02-05", 2020: "2020-02-24"}
SEOLLAL = LUNAR_NEW_YEAR
CHUSEOK = MID_AUTUMN


def hashed(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.sha1(f"{key}/{day.toordinal()}".encode()).digest()
    return low + int.from_bytes(digest[:4], "little") % (high - low + 1)


def last_weekday_on(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def weeks_since(day: dt.date, weekday: int) -> int:
    """Whole weeks from the set's first `weekday` to `day`'s latest one (0 in the first)."""
    first = last_weekday_on(FIRST_DAY + dt.timedelta(days=6), weekday)
    return (last_weekday_on(day, weekday) - first).days // 7


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it at a weekend (a rate set on working days holds)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def along(day: dt.date, knots: tuple[tuple[str, float], ...]) -> float:
    """The value on `day` of the broken line through `knots` ((ISO day, value), ...), flat
    outside them."""
    iso = day.isoformat()
    if iso <= knots[0][0]:
        return knots[0][1]
    for (a, va), (b, vb) in zip(knots, knots[1:], strict=False):
        if iso <= b:
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
            return va + (vb - va) * (day - start).days / (end - start).days
    return knots[-1][1]


def wareki(day: dt.date) -> str:
    """`day`'s year by the Japanese era: Heisei to 30 April 2019, then Reiwa (its first year
    written 元)."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return f"令和{'元' if n == 1 else n}年"


def roc_year(day: dt.date) -> int:
    """`day`'s year by the Republic of China's calendar (1912 is year 1)."""
    return day.year - 1911


def mongolian_date(day: dt.date) -> str:
    """A Mongolian long date: "2019 оны 6 сарын 21"."""
    return f"{day.year} оны {day.month} сарын {day.day}"


# --- a Japanese regional daily (Nagasaki) ----------------------------------------------------

NG_REDESIGN = dt.date(2019, 12, 2)  # relaunched on the paper's 130th birthday
NG_LINE = dt.date(2018, 6, 1)
NG_TAX = dt.date(2019, 10, 1)  # the consumption tax went from 8% to 10%
NG_DIGITAL = dt.date(2020, 4, 1)
FIRST_ISSUE = 46_321  # the issue out on 1 January 2015

KUNCHI_CANCELLED = 2020


def paper_holiday(day: dt.date) -> bool:
    """The daily's days off (no morning paper): 2 January and the second Monday of every
    other month."""
    if day.month == 1:
        return day.day == 2
    return day.weekday() == 0 and 8 <= day.day <= 14


@cache
def _issues() -> dict[dt.date, int]:
    out, number, day = {}, FIRST_ISSUE, FIRST_DAY
    while day <= LAST_DAY:
        if not paper_holiday(day):
            out[day] = number
            number += 1
        day += dt.timedelta(days=1)
    return out


def issue_number(day: dt.date) -> int | None:
    """The running number of the morning paper out on `day` (None on a day off)."""
    return _issues().get(day)


def _ng_issue(day: dt.date) -> str:
    number = issue_number(day)
    if number is None:
        return (f"{day.month}月{day.day}日は新聞休刊日です。電子版・ニュースサイトは通常どおり"
                f"更新します")
    return f"朝刊 {day.month}月{day.day}日付 第{number}号"


def _ng_dated(day: dt.date) -> str:
    if day < NG_REDESIGN:
        return (f"{day.year}年（{wareki(day)}）{day.month}月{day.day}日 "
                f"{JAPANESE_WEEKDAYS[day.weekday()]}曜日")
    return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}} 更新"


def _ng_kunchi(y: int) -> str:
    if y == KUNCHI_CANCELLED:
        return "⛩️ 長崎くんちの奉納踊りは今年は中止、神事のみ執り行われます"
    return f"⛩️ 長崎くんち{y}：10月7日から9日まで、踊町の演し物と交通規制"


def _ng_notice() -> Wordings:
    base = _steps((_OLD, "速報は西海新聞の公式Twitterでもお届けしています"),
                  (NG_LINE.isoformat(), "📱 LINE公式アカウントで朝夕の主要ニュースを配信中。"
                                        "友だち追加はこちら"))
    votes: list[Event] = [
        _vote("2016-07-10", "🗳️ 参院選 長崎選挙区：開票速報は午後8時から", before=6, after=0),
        _vote("2017-10-22", "🗳️ 衆院選 県内4小選挙区：開票速報は午後8時から", before=6,
              after=0),
        _vote("2018-02-04", "🗳️ 長崎県知事選：開票速報は午後8時から", before=6, after=0),
        _vote("2019-04-07", "🗳️ 長崎県議選：各選挙区の開票結果", before=6, after=0),
        _vote("2019-07-21", "🗳️ 参院選 長崎選挙区：開票速報は午後8時から", before=6, after=0),
    ]
    news: list[Event] = [
        _span("2016-04-14", "2016-04-30", "🙏 熊本地震：本社で義援金を受け付けています"),
        _span("2018-06-30", "2018-07-08", "⛪ 潜伏キリシタン関連遺産が世界遺産に登録"
                                          "されました"),
        _span("2019-11-22", "2019-11-25", "🕊️ ローマ教皇来崎：爆心地公園周辺の交通規制"),
        _span("2020-04-16", "2020-05-14", "😷 緊急事態宣言：不要不急の外出自粛にご協力を"),
        _span("2020-07-04", "2020-07-10", "☔ 九州豪雨：県内の避難情報と道路の通行止め"),
        _span("2020-09-04", "2020-09-07", "🌀 台風10号：早めの避難を。停電・運休情報は"
                                          "こちら"),
    ]
    feasts = _yearly("08-09", 1, 0, lambda y: f"🕊️ 被爆{y - 1945}年 長崎原爆の日：午前11時2分"
                                              f"に黙とうを")
    feasts += _movable(_listed(LUNAR_NEW_YEAR), 1, 14,
                       lambda y: f"🏮 長崎ランタンフェスティバル{y}：会場と交通案内")
    feasts += _yearly("10-07", 3, 2, _ng_kunchi)
    feasts += _yearly("12-02", 0, 0, lambda y: f"📰 西海新聞は創刊{y - 1889}周年を迎えました。"
                                               f"ご愛読に感謝します")
    return _calendar(base, votes, news, feasts)


def nagasaki_style() -> PublisherStyle:
    """A Japanese regional daily (Nagasaki): a section kicker, the year with the era and the
    weekday (turning Reiwa on 1 May 2019) turned a slashed date with the time on the paper's
    130th birthday 2019 (a wording per day), the morning paper's issue number skipping its
    days off, a bureau dateline from a pool, the writer in brackets turned "文・写真" with
    the desk, "【関連記事】" (up to twice), a photographer's credit, the news agency, the
    seasons, a social line turned a messenger appeal and turned by five votes, the Kumamoto
    earthquake, the World Heritage listing, the papal visit, the emergency, the floods and
    typhoon Haishen, the atomic-bomb day with its count, the lantern festival, the Kunchi
    (called off in 2020) and the paper's birthday, the subscription price rising with the
    tax, a digital plan, a no-reproduction line and the copyright (a block), a rare
    apology."""
    return PublisherStyle(
        domain="saikai-np.co.jp", site="西海新聞", base_size=240,
        subdomains=(("www.", 90), ("", 10)),
        sections=("nagasaki", "kenpoku", "kennan", "ritou", "keizai", "sports", "shakai"),
        n_authors=9, url_path="/news/{yyyy}{mm}{dd}/{n}",
        pools={
            "kubun": ("長崎", "佐世保・県北", "島原・県南", "五島・離島", "経済", "スポーツ",
                      "社会", "国際"),
            "kyoku": ("【佐世保】", "【諫早】", "【五島】", "【対馬】", "【島原】", "【大村】",
                      "【平戸】"),
            "tsushin": ("共同", "時事"),
        },
        families=(
            _f("kubun", HEADER, 0.4, (_OLD, "{kubun}")),
            _f("hizuke", HEADER, 0.85, *_by_day(_ng_dated)),
            _f("shimen", HEADER, 0.2, *_by_day(_ng_issue)),
            _f("kyoku", HEADER, 0.25, (_OLD, "{kyoku}")),
            _f("kisha", HEADER, 0.45, (_OLD, "（{author}）"),
               (NG_REDESIGN.isoformat(), "文・写真 {author}（報道部）")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "【関連記事】{other_title}"), count=2),
            _f("shashin", MIDDLE, 0.2, (_OLD, "（撮影・{author2}）")),
            _f("tsushin", FOOTER, 0.12, (_OLD, "（{tsushin}）")),
            _f("kisetsu", FOOTER, 0.12, *_seasons(
                ("01-10", "❄️ 雲仙や県北の山間部では路面凍結に注意してください"),
                ("06-01", "☔ 梅雨の大雨に備え、土砂災害ハザードマップの確認を"),
                ("08-01", "🌀 台風シーズン：進路予想と避難所の開設状況は防災ページで"),
                ("10-15", "🍊 秋の味覚：県内の直売所情報をまとめました"))),
            _f("oshirase", FOOTER, 0.3, *_ng_notice()),
            _f("koudokuryo", FOOTER, 0.15, (_OLD, "西海新聞の購読料は月ぎめ3,093円（税込み）"
                                                  "です"),
               (NG_TAX.isoformat(), "西海新聞の購読料は月ぎめ3,150円（税込み）です")),
            _f("denshiban", FOOTER, 0.15, (_OLD, "紙面をご購読の方は西海新聞デジタルを追加料金"
                                                 "なしでご利用いただけます"),
               (NG_DIGITAL.isoformat(), "西海新聞デジタル単独プラン：月額1,980円、初月無料")),
            _f("mudan", FOOTER, 0.35, (_OLD, "掲載の記事・写真・図表の無断転載を禁じます。")),
            _f("chosakuken", FOOTER, 0.4, (_OLD, "Copyright © {year} 西海新聞社 All rights "
                                                 "reserved.")),
            _f("owabi", HEADER, 0.04, (_OLD, "【おわび】本記事の初出時、人名の漢字に誤りがあり"
                                             "ました。訂正しました。")),
        ),
    )


# --- a Korean regional daily (Busan) ---------------------------------------------------------

BS_REDESIGN = dt.date(2018, 10, 5)  # relaunched on Busan citizens' day
BS_KAKAO = dt.date(2017, 11, 1)

SUNEUNG = {2015: "2015-11-12", 2016: "2016-11-17", 2017: "2017-11-23", 2018: "2018-11-15",
           2019: "2019-11-14", 2020: "2020-12-03"}
BIFF = {2015: ("2015-10-01", "2015-10-10"), 2016: ("2016-10-06", "2016-10-15"),
        2017: ("2017-10-12", "2017-10-21"), 2018: ("2018-10-04", "2018-10-13"),
        2019: ("2019-10-03", "2019-10-12"), 2020: ("2020-10-21", "2020-10-30")}
DUST_LEVELS = ("좋음", "보통", "나쁨", "매우나쁨")


def dust_level(day: dt.date) -> str:
    """The made-up fine dust forecast for Busan on `day` (worse from December to May)."""
    score = hashed(day, "dust", 0, 99) + (22 if day.month in (12, 1, 2, 3, 4, 5) else 0)
    return DUST_LEVELS[0 if score < 40 else 1 if score < 75 else 2 if score < 105 else 3]


def _bs_dust(day: dt.date) -> str:
    return (f"😷 오늘({day.month}월 {day.day}일 {KOREAN_WEEKDAYS[day.weekday()]}) 부산 "
            f"미세먼지 예보: {dust_level(day)}")


def _bs_dated(day: dt.date) -> str:
    if day < BS_REDESIGN:
        return f"입력 : {day.isoformat()} {{time}}"
    return (f"기사입력 {day.year}.{day.month:02d}.{day.day:02d}"
            f"({KOREAN_WEEKDAYS[day.weekday()]}) {{time}}")


def _bs_exam(y: int) -> str:
    if y == 2017:
        return "📝 포항 지진으로 연기된 수능이 23일 치러집니다. 수험생 수송 차량을 안내합니다"
    return f"📝 {y + 1}학년도 수능: 시험장 주변 소음 자제와 차량 통제에 협조해 주세요"


def _bs_notice() -> Wordings:
    base = _steps((_OLD, "남해일보를 페이스북과 트위터에서도 만나 보세요"),
                  (BS_KAKAO.isoformat(), "📲 카카오톡 채널 '남해일보'를 추가하면 아침마다 주요 "
                                         "뉴스를 보내 드립니다"))
    votes: list[Event] = [
        _vote("2016-04-13", "🗳️ 4·13 총선: 부산·울산·경남 개표 상황", before=4, after=0),
        _vote("2017-05-09", "🗳️ 5·9 대선: 부산 지역 개표 상황", before=4, after=0),
        _vote("2018-06-13", "🗳️ 6·13 지방선거: 부산시장·구청장 개표 상황", before=4, after=0),
        _vote("2020-04-15", "🗳️ 4·15 총선: 부산 18개 선거구 개표 상황", before=4, after=0),
    ]
    news: list[Event] = [
        _span("2016-10-04", "2016-10-06", "🌀 태풍 차바 북상: 해안가 접근을 자제해 주세요"),
        _span("2019-11-24", "2019-11-27", "🤝 한-아세안 특별정상회의: 벡스코 주변 교통 통제"),
        _span("2020-09-02", "2020-09-03", "🌀 태풍 마이삭 북상: 해안가 접근을 자제해 주세요"),
    ]
    feasts = _movable(_listed(SUNEUNG), 1, 0, _bs_exam)
    feasts += [_span(a, b, f"🎬 제{y - 1995}회 부산국제영화제: 상영작과 셔틀버스 안내")
               for y, (a, b) in BIFF.items()]
    feasts += _movable(_listed(SEOLLAL), 2, 1, lambda _: "🧧 설 연휴 귀성길: 고속도로와 "
                                                         "부산역 혼잡 정보")
    feasts += _movable(_listed(CHUSEOK), 2, 1, lambda _: "🌕 추석 연휴 귀성길: 고속도로와 "
                                                         "부산역 혼잡 정보")
    covid = [_span("2020-02-22", "2021-01-31", "😷 코로나19 확진자 동선과 선별진료소 안내는 "
                                               "부산시 홈페이지에서 확인하세요")]
    return _calendar(base, votes, news, feasts, covid)


def busan_style() -> PublisherStyle:
    """A Korean regional daily (Busan): a section kicker, "입력 :" with the ISO date and time
    turned "기사입력" with a dotted date, the weekday and the time on Busan citizens' day 2018
    (a wording per day), "기자" turned with the paper in brackets, "▶ 관련기사" (up to twice), a
    photo credit from a pool, the print page a story ran on, the day's fine dust forecast, the
    beaches and the seasons, a social line turned a messenger appeal and turned by four votes,
    two typhoons, a summit and the 2020 screening notice, the college entrance exam (put off
    after the Pohang earthquake), the film festival with its count, Seollal and Chuseok, the
    subscription price rising, a tip line and the copyright line (a block), a rare
    correction."""
    return PublisherStyle(
        domain="namhaeilbo.co.kr", site="남해일보", base_size=220,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("society", "economy", "ocean", "sports", "culture", "politics"),
        n_authors=8, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("사회", "경제", "해양수산", "스포츠", "문화", "정치", "부울경"),
            "sajin": ("남해일보 DB", "부산시 제공", "독자 제공", "연합뉴스", "부산항만공사 제공"),
            "myeon": ("1", "2", "3", "5", "6", "8", "10", "14", "21"),
        },
        families=(
            _f("bunya", HEADER, 0.4, (_OLD, "{bunya}")),
            _f("nalja", HEADER, 0.85, *_by_day(_bs_dated)),
            _f("gija", HEADER, 0.5, (_OLD, "{author} 기자"),
               (BS_REDESIGN.isoformat(), "[남해일보] {author} 기자")),
            _f("gwallyeon", MIDDLE, 0.3, (_OLD, "▶ 관련기사 : {other_title}"), count=2),
            _f("sajin", MIDDLE, 0.25, (_OLD, "사진={sajin}")),
            _f("jimyeon", FOOTER, 0.15, (_OLD, "※ 이 기사는 남해일보 지면 {myeon}면에 "
                                               "실렸습니다.")),
            _f("misemeonji", FOOTER, 0.2, *_by_day(_bs_dust)),
            _f("gyejeol", FOOTER, 0.12, *_seasons(
                ("03-01", "🌸 봄철 황사와 미세먼지: 외출할 때 보건용 마스크를 착용하세요"),
                ("07-01", "🏖️ 해운대·광안리 해수욕장 개장: 이안류와 해파리에 주의하세요"),
                ("09-01", "🍂 가을 산행철: 금정산·장산 등산로 안전 수칙을 지켜 주세요"),
                ("12-01", "🔥 겨울철 화재 예방: 전열기구 사용에 유의해 주세요"))),
            _f("allim", FOOTER, 0.3, *_bs_notice()),
            _f("gudok", FOOTER, 0.15, (_OLD, "남해일보 구독 신청: 월 15,000원"),
               ("2017-03-01", "남해일보 구독 신청: 월 18,000원"),
               ("2020-01-01", "남해일보 구독 신청: 월 20,000원 (디지털 구독 포함)")),
            _f("jebo", FOOTER, 0.3, (_OLD, "기사 제보: 카카오톡 '남해일보 제보' · 051-000-0000 · "
                                           "jebo@namhaeilbo.co.kr")),
            _f("jeojakgwon", FOOTER, 0.45, (_OLD, "저작권자 © 남해일보 무단전재 및 재배포 금지")),
            _f("jeongjeong", HEADER, 0.04, (_OLD, "[바로잡습니다] 기사 중 해당 기관의 명칭을 "
                                                  "바로잡습니다.")),
        ),
    )


# --- a Chinese daily (Taichung) ---------------------------------------------------------------

TC_REDESIGN = dt.date(2017, 12, 25)  # relaunched on the city's seventh birthday
TC_LINE = dt.date(2018, 4, 1)
TC_SUPPORT = dt.date(2020, 3, 2)

MAZU = {2015: "2015-04-17", 2016: "2016-04-08", 2017: "2017-03-24", 2018: "2018-04-13",
        2019: "2019-04-05", 2020: "2020-03-26"}

# The price of 92 unleaded per litre, roughly as it went.
PETROL_KNOTS = (("2015-01-01", 26.1), ("2015-03-01", 24.0), ("2015-06-15", 27.3),
                ("2016-01-20", 19.6), ("2016-06-01", 22.8), ("2017-01-01", 24.8),
                ("2017-06-15", 23.8), ("2018-05-20", 29.2), ("2018-10-08", 31.5),
                ("2018-12-31", 25.7), ("2019-05-01", 28.9), ("2019-12-31", 27.1),
                ("2020-04-20", 20.1), ("2020-12-31", 24.5))


def petrol_price(day: dt.date) -> float:
    """The made-up price of 92 unleaded (NT$ a litre) the week of `day` (set on Mondays)."""
    monday = last_weekday_on(day, 0)
    return round(along(monday, PETROL_KNOTS) + hashed(monday, "petrol", -3, 3) / 10, 1)


def _tc_petrol(day: dt.date) -> str:
    monday, p = last_weekday_on(day, 0), petrol_price(day)
    return (f"⛽ 本週油價（{monday.month}/{monday.day}起）：92無鉛 {p:.1f}元、95無鉛 "
            f"{p + 1.5:.1f}元、98無鉛 {p + 3.5:.1f}元、超級柴油 {p - 3.4:.1f}元")


def invoice_draw(day: dt.date) -> tuple[dt.date, int, int]:
    """The receipt lottery's latest draw on or before `day` (the 25th of an odd month) and
    the two months it drew (the two before it)."""
    y, m = day.year, day.month
    if m % 2 == 0 or day.day < 25:
        m -= 1 if m % 2 == 0 else 2
        if m < 1:
            y, m = y - 1, m + 12
    draw = dt.date(y, m, 25)
    first = (m - 3) % 12 + 1
    return draw, first, first + 1


def _tc_invoice(day: dt.date) -> str:
    draw, a, b = invoice_draw(day)
    period_year = draw.year - (1 if draw.month == 1 else 0)
    return (f"🧾 統一發票{period_year - 1911}年{a:02d}-{b:02d}月中獎號碼 "
            f"（{draw.month}月25日開獎）")


def _tc_dated(day: dt.date) -> str:
    if day < TC_REDESIGN:
        return (f"中華民國{roc_year(day)}年{day.month}月{day.day}日 星期"
                f"{CHINESE_WEEKDAYS[day.weekday()]}")
    return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"


def _tc_mazu(y: int) -> str:
    if y == 2020:
        return "🙏 大甲媽祖遶境進香延期舉行，起駕日期另行公告"
    return f"🙏 {y}大甲媽祖遶境進香：起駕時間與交通管制路段"


def _tc_notice() -> Wordings:
    base = _steps((_OLD, "追蹤大墩時報粉絲專頁，掌握中台灣即時新聞"),
                  (TC_LINE.isoformat(), "📲 加入大墩時報LINE好友，每天推播中台灣重點新聞"))
    votes: list[Event] = [
        _vote("2016-01-16", "🗳️ 2016總統、立委選舉：台中開票即時看", before=5, after=0),
        _vote("2018-11-24", "🗳️ 九合一選舉暨公投：台中市長、議員開票即時看", before=5, after=0),
        _vote("2020-01-11", "🗳️ 2020總統、立委選舉：台中開票即時看", before=5, after=0),
    ]
    news: list[Event] = [
        _span("2016-02-06", "2016-02-14", "🙏 南台灣強震：賑災捐款專戶與物資捐贈資訊"),
        _span("2018-02-06", "2018-02-12", "🙏 花蓮強震：賑災捐款專戶與物資捐贈資訊"),
        _span("2020-04-01", "2020-06-06", "😷 防疫新生活：搭乘大眾運輸請全程戴口罩"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 3, 4, lambda y: f"🧧 {y}春節：本報除夕至初三"
                                                               f"休刊，網站持續更新")
    feasts += _movable(_listed(MAZU), 3, 0, _tc_mazu)
    feasts += _movable(_listed(GHOST_MONTH), 0, 2, lambda _: "🏮 農曆七月：中元普渡請注意"
                                                             "用火安全")
    feasts += _movable(_listed(MID_AUTUMN), 2, 0, lambda _: "🌕 中秋烤肉：河濱與公園請勿"
                                                            "隨地生火")
    feasts += _yearly("12-25", 1, 0, lambda y: f"🎉 台中市升格{y - 2010}週年")
    expo = [_span("2018-11-03", "2019-04-24", "🌷 台中世界花卉博覽會：后里、外埔、豐原三大"
                                              "園區交通接駁資訊")]
    return _calendar(base, votes, news, feasts, expo)  # the expo's months keep the feasts


def taichung_style() -> PublisherStyle:
    """A Chinese daily (Taichung): a section kicker, the Republic of China's year, the date
    and the weekday turned a slashed date with the time on the city's seventh birthday 2017
    (a wording per day), "記者…／台中報導" turned bracketed with a district from a pool,
    "延伸閱讀" (up to twice), a photo credit from a pool, the week's petrol prices set on
    Mondays, the receipt lottery's draw every two months, the seasons, a social line turned
    a messenger appeal and turned by three votes, two earthquakes, the 2020 masks, the lunar
    new year's break, the Mazu pilgrimage (put off in 2020), ghost month, mid-autumn, the
    city's birthday with its count and the flower expo, a subscription price rising, a
    support appeal, a rights line and the copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="dadunshibao.com.tw", site="大墩時報", base_size=195,
        subdomains=(("www.", 100),),
        sections=("local", "politics", "society", "life", "finance", "entertainment"),
        n_authors=7, url_path="/news/{section}/{n}",
        pools={
            "lanmu": ("地方", "政治", "社會", "生活", "財經", "影劇", "運動"),
            "qu": ("台中", "豐原", "大甲", "霧峰", "清水", "東勢", "太平", "沙鹿"),
            "tupian": ("台中市政府提供", "讀者提供", "資料照", "中央社", "警方提供"),
        },
        families=(
            _f("lanmu", HEADER, 0.4, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.8, *_by_day(_tc_dated)),
            _f("jizhe", HEADER, 0.5, (_OLD, "記者{author}／台中報導"),
               (TC_REDESIGN.isoformat(), "〔記者{author}／{qu}報導〕")),
            _f("yanshen", MIDDLE, 0.3, (_OLD, "延伸閱讀：{other_title}"), count=2),
            _f("tupian", MIDDLE, 0.25, (_OLD, "（圖／{tupian}）")),
            _f("youjia", FOOTER, 0.15, *_by_day(_tc_petrol)),
            _f("fapiao", FOOTER, 0.1, *_by_day(_tc_invoice)),
            _f("jijie", FOOTER, 0.12, *_seasons(
                ("02-15", "🌸 武陵櫻花季：假日實施總量管制，請搭乘接駁車上山"),
                ("05-20", "🌧️ 梅雨季：豪大雨特報請留意，山區防坍方落石"),
                ("07-01", "🌀 颱風季：停班停課以市府公告為準"),
                ("11-10", "🌼 新社花海：假日周邊道路交通管制"))),
            _f("gonggao", FOOTER, 0.3, *_tc_notice()),
            _f("dingyue", FOOTER, 0.15, (_OLD, "訂閱大墩時報：全年NT$3,600，學生八折"),
               ("2019-01-01", "訂閱大墩時報：全年NT$4,200，學生八折")),
            _f("zanzhu", FOOTER, 0.12, (_OLD, "支持在地新聞：歡迎小額贊助大墩時報"),
               (TC_SUPPORT.isoformat(), "支持在地新聞：單筆或定期定額贊助，每月NT$150起")),
            _f("banquan", FOOTER, 0.35, (_OLD, "本網站所刊載之新聞，版權屬大墩時報所有，未經"
                                               "授權請勿轉載。")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} 大墩時報 All Rights Reserved.")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "【更正啟事】本報日前報導中，議員所屬選區有誤，"
                                                 "特此更正。")),
        ),
    )


# --- an English web desk of a Hong Kong radio station ---------------------------------------

HK_REDESIGN = dt.date(2017, 7, 1)
HK_APP = dt.date(2018, 9, 3)
HK_FRIENDS = dt.date(2019, 4, 1)

TONIGHT = ("The Monday Phone-in", "Harbour Business Hour", "Legco Watch", "Kowloon Nights",
           "Friday Sport Review", "Weekend Jazz from the Peak", "Sunday Talking Point")


def programme_tonight(day: dt.date) -> str:
    """The evening programme on `day` (one for each weekday)."""
    return TONIGHT[day.weekday()]


def _hk_tonight(day: dt.date) -> str:
    return (f"📻 Tonight ({day.strftime('%A')}) on Wave One at 8pm: "
            f"{programme_tonight(day)}")


def _hk_dated(day: dt.date) -> str:
    if day < HK_REDESIGN:
        return (f"Posted: {day.day:02d} {ENGLISH_MONTHS_SHORT[day.month - 1]} {day.year} | "
                f"{{time}} HKT")
    return (f"{day.day} {ENGLISH_MONTHS_SHORT[day.month - 1]} {day.year} · 星期"
            f"{CHINESE_WEEKDAYS[day.weekday()]} · {{time}} HKT")


def _hk_notice() -> Wordings:
    base = _steps((_OLD, "Follow Kowloon Wave Radio on Facebook and Twitter"),
                  (HK_APP.isoformat(), "📲 Breaking news alerts: download the Kowloon Wave "
                                       "app for iOS and Android"))
    votes: list[Event] = [
        _vote("2015-11-22", "🗳️ District Council election: results as they come in",
              before=4, after=1),
        _vote("2016-09-04", "🗳️ LegCo election: results as they come in", before=4, after=1),
        _vote("2018-03-11", "🗳️ LegCo by-elections: results as they come in", before=3,
              after=1),
        _vote("2019-11-24", "🗳️ District Council election: results as they come in",
              before=4, after=1),
    ]
    news: list[Event] = [
        _span("2017-08-23", "2017-08-24", "🌀 Typhoon Hato: Signal No. 10 is up, stay "
                                          "indoors and away from windows"),
        _span("2018-09-16", "2018-09-18", "🌀 After Mangkhut: fallen trees, blocked roads and "
                                          "the latest traffic news"),
        _span("2019-10-05", "2019-10-07", "🚇 MTR stations closed: check service updates "
                                          "before you travel"),
        _span("2020-01-29", "2020-03-01", "😷 Government offices on special work "
                                          "arrangements; public services reduced"),
        _span("2020-07-31", "2020-09-06", "🗳️ The LegCo election has been postponed by a "
                                          "year"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 2, 2, lambda y: f"🧧 Kung Hei Fat Choi! "
                                                               f"Lunar New Year {y} "
                                                               f"fireworks and parade "
                                                               f"coverage")
    feasts += _movable(_listed(CHING_MING), 1, 0, lambda _: "🕯️ Ching Ming: special "
                                                            "transport to the cemeteries")
    feasts += _movable(_listed(DRAGON_BOAT), 1, 0, lambda y: f"🐉 Tuen Ng {y}: dragon boat "
                                                             f"races around the territory")
    feasts += _movable(_listed(MID_AUTUMN), 1, 1, lambda _: "🏮 Mid-Autumn: lantern "
                                                            "carnivals and extra ferries")
    feasts += _yearly("07-01", 0, 0, lambda y: f"🇭🇰 HKSAR {ordinal(y - 1997)} anniversary: "
                                               f"holiday programming all day")
    covid = [_span("2020-03-29", "2020-12-31", "😷 Group gatherings are limited: see the "
                                               "latest rules before you go out")]
    return _calendar(base, votes, news, feasts, covid)


def kowloon_style() -> PublisherStyle:
    """An English web desk of a Hong Kong radio station: a desk kicker, "Posted:" with the
    day, a short month and the time turned the date with the Chinese weekday and the time on
    1 July 2017 (a wording per day), "By" turned "Reported by … | Edited by …", "Related:" (up
    to twice), a photo credit from a pool, a listen-again line, the evening programme by
    weekday, the seasons, a social line turned an app and turned by four votes, typhoons Hato
    and Mangkhut, MTR closures, the 2020 work arrangements, the postponed LegCo election and
    the gathering limits, the lunar new year, Ching Ming, Tuen Ng, mid-autumn and the
    HKSAR's anniversary with its ordinal, a listeners' friends scheme with its price rising,
    the frequencies, a fair-use line and the copyright (a block), a rare clarification."""
    return PublisherStyle(
        domain="kowloonwave.hk", site="Kowloon Wave Radio", base_size=170,
        subdomains=(("news.", 80), ("www.", 20)),
        sections=("local", "china", "world", "business", "sport"),
        n_authors=7, url_path="/en/news/{yyyy}{mm}{dd}/{n}",
        pools={
            "desk": ("HONG KONG", "GREATER CHINA", "WORLD", "BUSINESS", "SPORT", "WEATHER"),
            "photo": ("Kowloon Wave Radio", "Information Services Department", "File photo",
                      "Reuters", "Hong Kong Observatory"),
        },
        families=(
            _f("desk", HEADER, 0.4, (_OLD, "{desk}")),
            _f("dated", HEADER, 0.85, *_by_day(_hk_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (HK_REDESIGN.isoformat(), "Reported by {author} | Edited by {author2}")),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("listen", MIDDLE, 0.1, (_OLD, "▶ Listen to the full interview")),
            _f("tonight", FOOTER, 0.2, *_by_day(_hk_tonight)),
            _f("season", FOOTER, 0.12, *_seasons(
                ("02-20", "🌫️ Damp and foggy days: some ferry services may be suspended at "
                          "short notice"),
                ("05-01", "🌧️ Rainstorm season: know the amber, red and black signals before "
                          "you set out"),
                ("07-01", "🌀 Typhoon season: stay tuned for the Observatory's latest "
                          "signals"),
                ("10-15", "🔥 Dry season: high fire danger on the hills, no open flames on "
                          "country trails"))),
            _f("notice", FOOTER, 0.3, *_hk_notice()),
            _f("friends", FOOTER, 0.12, (_OLD, "Kowloon Wave Radio is listener-supported: "
                                               "become a Wave Friend for HK$50 a month"),
               (HK_FRIENDS.isoformat(), "Kowloon Wave Radio is listener-supported: become a "
                                        "Wave Friend for HK$68 a month")),
            _f("live", FOOTER, 0.3, (_OLD, "Listen live: Wave One FM 98.6 · Wave Two AM 1044 "
                                           "· kowloonwave.hk/live")),
            _f("fairuse", FOOTER, 0.2, (_OLD, "Stories may be quoted in part with credit to "
                                              "Kowloon Wave Radio.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Kowloon Wave Radio Ltd. All rights "
                                                "reserved.")),
            _f("clarification", HEADER, 0.04, (_OLD, "Clarification: an earlier version of "
                                                     "this story misstated the time of the "
                                                     "road closure.")),
        ),
    )


# --- a Mongolian daily site (Ulaanbaatar) ----------------------------------------------------

UB_REDESIGN = dt.date(2018, 7, 11)  # relaunched on Naadam
UB_TELEGRAM = dt.date(2019, 3, 1)

# The tugrik to the dollar, roughly as it went: the slide of 2016 and the steadier years.
MNT_KNOTS = (("2015-01-01", 1888.0), ("2015-12-31", 1996.0), ("2016-06-01", 1992.0),
             ("2016-08-31", 2210.0), ("2017-01-15", 2490.0), ("2017-12-31", 2427.0),
             ("2018-06-30", 2410.0), ("2018-12-31", 2643.0), ("2019-12-31", 2734.0),
             ("2020-12-31", 2849.0))
# The last digits of the number plates kept off Ulaanbaatar's roads, Monday to Friday.
PLATE_DIGITS = ((1, 6), (2, 7), (3, 8), (4, 9), (5, 0))


def mnt_rate(day: dt.date) -> float:
    """The made-up official rate (tugriks to the dollar) of `day`'s working day."""
    work = working_day(day)
    return round(along(work, MNT_KNOTS) + hashed(work, "mnt", -250, 250) / 100, 2)


def _ub_rate(day: dt.date) -> str:
    work = working_day(day)
    return (f"💱 Монголбанкны албан ханш ({work.month:02d}.{work.day:02d}): 1 ам.доллар = "
            f"{mnt_rate(day):,.2f}₮")


def plate_restriction(day: dt.date) -> tuple[int, int] | None:
    """The last digits of the plates kept off the roads on `day` (None at weekends)."""
    return PLATE_DIGITS[day.weekday()] if day.weekday() < 5 else None


def _ub_plates(day: dt.date) -> str:
    digits = plate_restriction(day)
    if digits is None:
        return f"🚗 Өнөөдөр ({MONGOLIAN_WEEKDAYS[day.weekday()]}) дугаарын хязгаарлалтгүй"
    return (f"🚗 Өнөөдөр ({MONGOLIAN_WEEKDAYS[day.weekday()]}) {digits[0]}, {digits[1]} "
            f"дугаараар төгссөн автомашин хөдөлгөөнд оролцохгүй")


def _ub_dated(day: dt.date) -> str:
    if day < UB_REDESIGN:
        return f"Нийтэлсэн: {day.year}.{day.month:02d}.{day.day:02d}"
    return f"{mongolian_date(day)}, {MONGOLIAN_WEEKDAYS[day.weekday()]} {{time}}"


def _ub_naadam(y: int) -> str:
    if y == 2020:
        return "🏇 Улсын баяр наадам энэ жил үзэгчгүй, зөвхөн телевизээр дамжуулна"
    return f"🏇 Ардын хувьсгалын {y - 1921} жилийн ой, Үндэсний их баяр наадам"


def _ub_notice() -> Wordings:
    base = _steps((_OLD, "Манай фэйсбүүк хуудсыг дагаж, мэдээг цаг алдалгүй аваарай"),
                  (UB_TELEGRAM.isoformat(), "📲 Шуурхай мэдээг манай Telegram сувгаас аваарай"))
    votes: list[Event] = [
        _vote("2016-06-29", "🗳️ УИХ-ын сонгууль: санал хураалтын дүн", before=3, after=1),
        _vote("2017-06-26", "🗳️ Ерөнхийлөгчийн сонгууль: санал хураалтын дүн", before=3,
              after=1),
        _vote("2017-07-07", "🗳️ Ерөнхийлөгчийн сонгуулийн хоёр дахь шат: санал хураалтын дүн",
              before=2, after=1),
        _vote("2020-06-24", "🗳️ УИХ-ын сонгууль: санал хураалтын дүн", before=3, after=1),
        _vote("2020-10-15", "🗳️ Орон нутгийн сонгууль: санал хураалтын дүн", before=3,
              after=1),
    ]
    news: list[Event] = [
        _span("2019-05-15", "2019-05-31", "🔥 Нийслэлд түүхий нүүрс хэрэглэхийг хориглолоо: "
                                          "сайжруулсан түлшний цэгүүд"),
    ]
    feasts = _movable(_listed(TSAGAAN_SAR), 1, 2, lambda _: "🥛 Сар шинийн баярын мэнд "
                                                            "хүргэе!")
    feasts += _yearly("07-11", 2, 2, _ub_naadam)
    feasts += _yearly("12-29", 0, 0, lambda y: f"🇲🇳 Үндэсний эрх чөлөө, тусгаар тогтнолоо "
                                               f"сэргээсний {y - 1911} жилийн ой")
    covid = [
        _span("2020-01-27", "2020-08-31", "😷 Сургууль, цэцэрлэгүүд хаалттай: теле хичээлийн "
                                          "хуваарь"),
        _span("2020-11-11", "2020-12-14", "😷 Бүх нийтийн бэлэн байдал: хөдөлгөөний хязгаарлалт "
                                          "үргэлжилж байна"),
    ]
    return _calendar(base, votes, news, feasts, covid)  # Naadam breaks into the closures


def ulaanbaatar_style() -> PublisherStyle:
    """A Mongolian daily site (Ulaanbaatar): a section kicker, "Нийтэлсэн:" with a dotted date
    turned the long date with the weekday and the time on Naadam 2018 (a wording per day), the
    writer turned "Сурвалжлагч", "Холбоотой мэдээ" (up to twice), a photographer's credit,
    the central bank's rate on working days, the plates kept off the roads by weekday, the
    seasons of smog, dust storms and summer, a social line turned a messenger channel and
    turned by five votes, the raw-coal ban, the closures of 2020, Tsagaan Sar, Naadam with
    its count (without spectators in 2020) and independence day with its count, a
    subscription price rising, the advertising line, a rights line and the copyright (a
    block), a rare correction."""
    return PublisherStyle(
        domain="selbemedee.mn", site="Сэлбэ Мэдээ", base_size=150,
        subdomains=(("", 70), ("www.", 30)),
        sections=("uls-tur", "niigem", "ediin-zasag", "niislel", "sport", "delkhii"),
        n_authors=6, url_path="/news/{n}",
        pools={"angilal": ("Улс төр", "Нийгэм", "Эдийн засаг", "Нийслэл", "Спорт", "Дэлхий",
                           "Боловсрол")},
        families=(
            _f("angilal", HEADER, 0.4, (_OLD, "{angilal}")),
            _f("ognoo", HEADER, 0.8, *_by_day(_ub_dated)),
            _f("setguulch", HEADER, 0.45, (_OLD, "{author}"),
               (UB_REDESIGN.isoformat(), "Сурвалжлагч {author}")),
            _f("kholboo", MIDDLE, 0.3, (_OLD, "Холбоотой мэдээ: {other_title}"), count=2),
            _f("zurag", MIDDLE, 0.2, (_OLD, "Гэрэл зургийг {author2}")),
            _f("khansh", FOOTER, 0.2, *_by_day(_ub_rate)),
            _f("dugaar", FOOTER, 0.15, *_by_day(_ub_plates)),
            _f("uliral", FOOTER, 0.12, *_seasons(
                ("03-15", "🌪️ Хаврын шороон шуурга: салхи ихтэй үед гадуур хөдөлгөөнөө "
                          "хязгаарлаарай"),
                ("06-01", "☀️ Зуны амралт: хүүхдээ усанд ганцааранг нь бүү явуулаарай"),
                ("10-15", "🌫️ Утааны улирал: гадуур амны хаалт зүүж, гэрээ агааржуулаарай"))),
            _f("medegdel", FOOTER, 0.3, *_ub_notice()),
            _f("zakhialga", FOOTER, 0.12, (_OLD, "Сонины захиалга: сард 12,000₮"),
               ("2018-01-01", "Сонины захиалга: сард 15,000₮, онлайн хувилбар үнэгүй")),
            _f("surtalchilgaa", FOOTER, 0.25, (_OLD, "Сурталчилгаа байршуулах: 7000-0000, "
                                                     "zar@selbemedee.mn")),
            _f("erkh", FOOTER, 0.3, (_OLD, "Мэдээллийг эх сурвалжийг нь заан ашиглана уу.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Сэлбэ Мэдээ. Бүх эрх хуулиар "
                                                "хамгаалагдсан.")),
            _f("zalruulga", HEADER, 0.04, (_OLD, "Залруулга: өмнөх хувилбарт албан тушаалтны "
                                                 "нэрийг буруу бичсэн байсныг засав.")),
        ),
    )


# --- a Japanese local television station's news desk (Kitami and Abashiri, Hokkaido) --------

OH_REDESIGN = dt.date(2017, 4, 1)
OH_YOUTUBE = dt.date(2019, 4, 1)
ABASHIRI_FESTIVAL_CANCELLED = 2020


def abashiri_sun(day: dt.date) -> tuple[str, str]:
    """Made-up sunrise and sunset times at Abashiri on `day` (a smooth yearly curve, from
    about 3:35 and 19:15 in June to about 6:50 and 15:50 in December)."""
    angle = 2 * math.pi * (day.timetuple().tm_yday - 355) / 365.25
    rise, fall = round(312 + 97 * math.cos(angle)), round(1052 - 102 * math.cos(angle))
    return f"{rise // 60}:{rise % 60:02d}", f"{fall // 60}:{fall % 60:02d}"


def _oh_sun(day: dt.date) -> str:
    rise, fall = abashiri_sun(day)
    return f"🌅 {day.month}月{day.day}日 網走の日の出 {rise}　日の入り {fall}"


def _oh_aired(day: dt.date) -> str:
    show = "週末ohkニュース" if day.weekday() >= 5 else "ohkイブニング"
    return (f"この内容は{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）の"
            f"「{show}」で放送しました")


def _oh_dated(day: dt.date) -> str:
    if day < OH_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）"
    return f"{day.month}月{day.day}日 {{time}} 配信"


def _oh_festival(y: int) -> str:
    if y == ABASHIRI_FESTIVAL_CANCELLED:
        return "🧊 あばしりオホーツク流氷まつりは規模を縮小して開催します"
    return f"🧊 第{y - 1965}回あばしりオホーツク流氷まつり：会場と駐車場のご案内"


def _oh_notice() -> Wordings:
    base = _steps((_OLD, "ohkニュースの公式Twitterをフォローしてください"),
                  (OH_YOUTUBE.isoformat(), "📺 ohkニュースはYouTubeでもライブ配信しています"))
    votes: list[Event] = [
        _vote("2016-07-10", "🗳️ 参院選 北海道選挙区：開票特番を午後7時55分から", before=3,
              after=0),
        _vote("2017-10-22", "🗳️ 衆院選 北海道12区：開票特番を午後7時55分から", before=3,
              after=0),
        _vote("2019-04-07", "🗳️ 北海道知事選：開票特番を午後7時55分から", before=3, after=0),
        _vote("2019-07-21", "🗳️ 参院選 北海道選挙区：開票特番を午後7時55分から", before=3,
              after=0),
    ]
    news: list[Event] = [
        _span("2016-08-30", "2016-09-02", "🌀 台風10号：河川の氾濫と通行止めの情報"),
        _span("2018-09-06", "2018-09-10", "⚡ 胆振東部地震：全道停電、給水所と営業中の店舗"
                                          "情報"),
        _span("2020-02-28", "2020-03-19", "😷 北海道独自の緊急事態宣言：週末の外出自粛に"
                                          "ご協力を"),
        _span("2020-04-16", "2020-05-25", "😷 緊急事態宣言：不要不急の外出自粛にご協力を"),
    ]
    feasts = _movable(lambda y: nth_weekday(y, 2, 5, 2), 4, 1, _oh_festival)
    feasts += _yearly("12-29", 0, 4, lambda _: "🎍 年末年始は特別番組を放送します。ニュースは"
                                               "通常どおり更新")
    return _calendar(base, votes, news, feasts)


def okhotsk_style() -> PublisherStyle:
    """A Japanese local television station's news desk (Kitami and Abashiri, Hokkaido): a
    genre kicker, the date with the weekday turned the month, the day and the time of posting
    in April 2017 (a wording per day), the broadcast a story aired in (the evening or the
    weekend news, a wording per day), "【関連】" (up to twice), a footage credit from a pool,
    a data-broadcast line, the day's sunrise and sunset at Abashiri, the drift ice, cherry
    blossom, summer and winter roads, a social line turned live streams and turned by four
    votes, a typhoon's floods, the Iburi earthquake's blackout and the two emergencies of
    2020, the drift ice festival with its count (smaller in 2020) and the New Year's
    programmes, a viewers' tips appeal, the copyright, a rare broadcast fault."""
    return PublisherStyle(
        domain="ohk-tv.jp", site="オホーツク放送", base_size=130,
        subdomains=(("news.", 100),),
        sections=("jiken", "seiji", "keizai", "kurashi", "sports", "tenki"),
        n_authors=5, url_path="/news/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "janru": ("事件・事故", "政治", "経済", "くらし", "スポーツ", "天気・防災"),
            "eizo": ("視聴者提供", "網走海上保安署提供", "北見市提供", "ohk", "気象台提供"),
        },
        families=(
            _f("janru", HEADER, 0.35, (_OLD, "{janru}")),
            _f("hizuke", HEADER, 0.8, *_by_day(_oh_dated)),
            _f("hoso", FOOTER, 0.35, *_by_day(_oh_aired)),
            _f("kanren", MIDDLE, 0.25, (_OLD, "【関連】{other_title}"), count=2),
            _f("eizo", MIDDLE, 0.2, (_OLD, "（映像：{eizo}）")),
            _f("dbutton", FOOTER, 0.2, (_OLD, "最新のニュースと気象情報はdボタンのデータ放送でも"
                                              "ご覧いただけます")),
            _f("hinode", FOOTER, 0.15, *_by_day(_oh_sun)),
            _f("kisetsu", FOOTER, 0.12, *_seasons(
                ("01-20", "🧊 流氷シーズン：砕氷船の運航状況は各社にお問い合わせください"),
                ("04-25", "🌸 桜の開花は5月上旬の見込み。お花見は譲り合って"),
                ("07-01", "🌾 夏の農作業：熱中症と農機具の事故に気をつけて"),
                ("11-15", "❄️ 冬道の運転はスピードを控えめに。スリップ事故に注意"))),
            _f("oshirase", FOOTER, 0.3, *_oh_notice()),
            _f("toukou", FOOTER, 0.2, (_OLD, "📮 ニュースの情報・映像をお寄せください（ohk"
                                             "投稿フォーム）")),
            _f("chosakuken", FOOTER, 0.4, (_OLD, "Copyright © {year} オホーツク放送 All "
                                                 "Rights Reserved.")),
            _f("hoso-jiko", HEADER, 0.04, (_OLD, "機材トラブルのため、一部地域で放送が中断しま"
                                                 "した。ご迷惑をおかけしました。")),
        ),
    )


# --- a Korean city hall's portal (Haesol) ----------------------------------------------------

HS_REDESIGN = dt.date(2018, 7, 2)  # the new mayor's first working day
HS_KAKAO = dt.date(2019, 9, 2)
HS_FIRST_NEWSLETTER = 612


def library_hours(day: dt.date) -> str | None:
    """The city library's hours on `day` (None when it is closed: Mondays and the three days
    of Seollal and Chuseok)."""
    holidays = [dt.date.fromisoformat(SEOLLAL[y]) for y in SEOLLAL]
    holidays += [dt.date.fromisoformat(CHUSEOK[y]) for y in CHUSEOK]
    if day.weekday() == 0 or any(abs((day - h).days) <= 1 for h in holidays):
        return None
    return "09:00~18:00" if day.weekday() >= 5 else "09:00~22:00"


def _hs_library(day: dt.date) -> str:
    hours = library_hours(day)
    when = f"{day.month}.{day.day}.({KOREAN_WEEKDAYS[day.weekday()]})"
    if hours is None:
        return f"📚 해솔시립도서관 오늘 {when} 휴관일입니다"
    return f"📚 해솔시립도서관 오늘 {when} 자료실 {hours}"


def newsletter_issue(day: dt.date) -> int:
    """The number of the city's weekly newsletter out on `day` (on Mondays)."""
    return HS_FIRST_NEWSLETTER + weeks_since(day, 0)


def _hs_newsletter(day: dt.date) -> str:
    monday = last_weekday_on(day, 0)
    return f"📰 주간 해솔소식 제{newsletter_issue(day)}호 ({monday.month}월 {monday.day}일 발행)"


def _hs_dated(day: dt.date) -> str:
    if day < HS_REDESIGN:
        return f"작성일 : {day.isoformat()} | 조회수 : {{count}}"
    return f"등록일 {day.year}.{day.month:02d}.{day.day:02d} · 조회 {{count}}"


ULJI = {2015: ("2015-08-17", "2015-08-20"), 2016: ("2016-08-22", "2016-08-25"),
        2017: ("2017-08-21", "2017-08-24"), 2019: ("2019-05-27", "2019-05-30")}


def _hs_notice() -> Wordings:
    base = _steps((_OLD, "해솔시 공식 블로그와 인스타그램에서 시정 소식을 만나 보세요"),
                  (HS_KAKAO.isoformat(), "📲 카카오톡 채널 '해솔시'를 추가하면 재난 안내와 시정 "
                                         "소식을 받을 수 있습니다"))
    votes: list[Event] = [
        _vote("2016-04-13", "🗳️ 국회의원선거일은 공휴일입니다. 투표소 위치를 확인하세요",
              before=5, after=0),
        _vote("2017-05-09", "🗳️ 대통령선거일은 공휴일입니다. 투표소 위치를 확인하세요",
              before=5, after=0),
        _vote("2018-06-13", "🗳️ 지방선거일은 공휴일입니다. 사전투표는 8일과 9일입니다",
              before=5, after=0),
        _vote("2020-04-15", "🗳️ 국회의원선거일은 공휴일입니다. 투표소에서는 마스크를 "
                            "착용하세요", before=5, after=0),
    ]
    drills = [_span(a, b, "🚨 을지훈련 기간입니다. 공습 대비 민방위 훈련에 협조해 주세요")
              for a, b in ULJI.values()]
    feasts = _movable(_listed(SEOLLAL), 3, 1, lambda _: "🧧 설 연휴 생활쓰레기 배출 일정과 "
                                                        "문 여는 병원·약국 안내")
    feasts += _movable(_listed(CHUSEOK), 3, 1, lambda _: "🌕 추석 연휴 생활쓰레기 배출 일정과 "
                                                         "문 여는 병원·약국 안내")
    feasts += _yearly("09-20", 3, 0, lambda y: f"🎉 제{y - 1995}회 해솔시민의 날 기념식과 "
                                               f"시민 한마당")
    covid = [_span("2020-02-24", "2021-01-31", "😷 코로나19 선별진료소 운영 안내: 보건소 "
                                               "1339 상담")]
    return _calendar(base, votes, drills, feasts, covid)


def haesol_style() -> PublisherStyle:
    """A Korean city hall's portal (Haesol): a board kicker, "작성일" with the ISO date and the
    view count turned "등록일" with a dotted date on the new mayor's first day 2018 (a wording
    per day), the department in charge with its telephone, a related post once, a photo
    credit, the weekly newsletter's number turning on Mondays, the library's hours by
    weekday and holiday, the seasons, a social line turned a messenger channel and turned by
    four votes, four civil defence drills, Seollal and Chuseok, citizens' day with its count
    and the 2020 screening clinics, the satisfaction survey, a public licence line, the
    address and the copyright (a block), a rare maintenance notice."""
    return PublisherStyle(
        domain="haesol.go.kr", site="해솔시", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "press", "notice", "event"),
        n_authors=4, url_path="/portal/bbs/view.do?nttId={n}",
        pools={
            "bunryu": ("시정소식", "보도자료", "공지사항", "행사·축제", "복지", "교통"),
            "busu": ("홍보담당관", "복지정책과", "교통행정과", "환경정책과", "문화관광과",
                     "건강증진과"),
        },
        families=(
            _f("bunryu", HEADER, 0.45, (_OLD, "{bunryu}")),
            _f("nalja", HEADER, 0.8, *_by_day(_hs_dated)),
            _f("damdang", HEADER, 0.4, (_OLD, "담당부서 : {busu} (☎ 031-000-0000)")),
            _f("gwallyeon", MIDDLE, 0.2, (_OLD, "관련 게시물: {other_title}")),
            _f("sajin", MIDDLE, 0.2, (_OLD, "[사진 제공: {busu}]")),
            _f("sosik", FOOTER, 0.15, *_by_day(_hs_newsletter)),
            _f("doseogwan", FOOTER, 0.15, *_by_day(_hs_library)),
            _f("gyejeol", FOOTER, 0.12, *_seasons(
                ("02-01", "🔥 봄철 산불 조심: 논·밭두렁 태우기는 금지입니다"),
                ("06-15", "🦟 여름철 방역 소독을 실시합니다. 창문을 닫아 주세요"),
                ("11-15", "🥬 김장철 음식물 쓰레기는 전용 봉투에 담아 배출해 주세요"))),
            _f("allim", FOOTER, 0.3, *_hs_notice()),
            _f("manjok", FOOTER, 0.35, (_OLD, "이 페이지에서 제공하는 정보에 만족하십니까?")),
            _f("gongnuri", FOOTER, 0.3, (_OLD, "해솔시가 창작한 이 저작물은 공공누리 제4유형"
                                               "(출처표시·상업적 이용금지·변경금지) 조건에 따라 "
                                               "이용할 수 있습니다.")),
            _f("juso", FOOTER, 0.35, (_OLD, "(00000) 경기도 해솔시 시청로 1 | 대표전화 "
                                            "031-000-0114")),
            _f("jeojak", FOOTER, 0.35, (_OLD, "Copyright © 해솔시. All rights reserved.")),
            _f("jeomgeom", HEADER, 0.04, (_OLD, "⚠️ 시스템 점검으로 오늘 22시부터 24시까지 "
                                                "홈페이지 일부 서비스가 중단됩니다.")),
        ),
    )


# --- a community radio with Amis touches (Hualien) -------------------------------------------

HL_REDESIGN = dt.date(2019, 8, 1)
HL_APP = dt.date(2018, 3, 1)
HL_MONTHLY = dt.date(2019, 7, 1)
HL_FIRST_CHART = 301

ILISIN = {2015: "2015-07-18", 2016: "2016-07-16", 2017: "2017-07-15", 2018: "2018-07-14",
          2019: "2019-07-13", 2020: "2020-07-18"}


def chart_week(day: dt.date) -> int:
    """The number of the radio's weekly chart out on `day` (on Fridays)."""
    return HL_FIRST_CHART + weeks_since(day, 4)


def _hl_chart(day: dt.date) -> str:
    friday = last_weekday_on(day, 4)
    return f"🎵 洄瀾排行榜 第{chart_week(day)}週（{friday.month}/{friday.day}公布）"


def _hl_dated(day: dt.date) -> str:
    if day < HL_REDESIGN:
        return f"{day.year}/{day.month:02d}/{day.day:02d} {{time}}"
    return f"{roc_year(day)}.{day.month}.{day.day} 週{CHINESE_WEEKDAYS[day.weekday()]}"


def _hl_ilisin(y: int) -> str:
    if y == 2020:
        return "🪶 阿美族聯合豐年節今年縮小辦理，請透過直播參與"
    return f"🪶 {y}阿美族聯合豐年節：各部落 Ilisin 日程"


def _hl_notice() -> Wordings:
    base = _steps((_OLD, "按讚洄瀾之聲臉書粉專，節目消息不漏接"),
                  (HL_APP.isoformat(), "📻 手機也能聽：下載洄瀾之聲App，24小時線上收聽"))
    votes: list[Event] = [
        _vote("2016-01-16", "🗳️ 總統立委選舉：花蓮開票即時報導", before=3, after=0),
        _vote("2018-11-24", "🗳️ 九合一選舉：花蓮縣長、鄉鎮長開票即時報導", before=3, after=0),
        _vote("2020-01-11", "🗳️ 總統立委選舉：花蓮開票即時報導", before=3, after=0),
    ]
    news: list[Event] = [
        _span("2016-07-07", "2016-07-09", "🌀 尼伯特颱風：蘇花公路預警性封閉"),
        _span("2016-09-26", "2016-09-28", "🌀 梅姬颱風：停班停課與道路封閉資訊"),
        _span("2018-02-06", "2018-02-13", "🙏 0206花蓮地震：救災物資與捐款資訊"),
        _span("2020-01-06", "2020-01-10", "🚗 蘇花改全線通車：新路段行車資訊"),
        _span("2020-04-01", "2020-06-06", "😷 防疫期間：來賓錄音改為電話連線"),
    ]
    feasts = _movable(_listed(ILISIN), 3, 1, _hl_ilisin)
    feasts += _movable(_listed(LUNAR_NEW_YEAR), 2, 2, lambda y: f"🧧 {y}新春特別節目："
                                                                f"除夕到初三")
    return _calendar(base, votes, news, feasts)


def hualien_style() -> PublisherStyle:
    """A community radio with Amis touches (Hualien): a programme kicker, a slashed date and
    the time turned the Republic of China's year with the weekday in August 2019 (a wording
    per day), "撰稿／" turned "採訪／ 編輯／", an Amis greeting, a related story once, a photo
    credit from a pool, the weekly chart's number turning on Fridays, whale watching,
    typhoons and the north-east monsoon, a social line turned an app and turned by three
    votes, two typhoons, the 2018 earthquake, the new highway and the 2020 studio rules, the
    Amis harvest festival (smaller in 2020) and the new year's programmes, a donation
    appeal reworded, the frequency and the copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="huilanradio.org.tw", site="洄瀾之聲", base_size=95,
        subdomains=(("www.", 100),),
        sections=("news", "tribe", "culture", "life"),
        n_authors=4, url_path="/news/{n}",
        pools={
            "jiemu": ("洄瀾新聞", "部落之聲", "在地生活", "藝文走讀", "族語時間"),
            "laiyuan": ("洄瀾之聲", "花蓮縣政府提供", "部落提供", "受訪者提供"),
        },
        families=(
            _f("jiemu", HEADER, 0.35, (_OLD, "{jiemu}")),
            _f("riqi", HEADER, 0.75, *_by_day(_hl_dated)),
            _f("zuozhe", HEADER, 0.45, (_OLD, "撰稿／{author}"),
               (HL_REDESIGN.isoformat(), "採訪／{author}　編輯／{author2}")),
            _f("nga-ay", HEADER, 0.2, (_OLD, "Nga'ay ho! 歡迎收聽洄瀾之聲")),
            _f("xiangguan", MIDDLE, 0.2, (_OLD, "相關新聞：{other_title}")),
            _f("zhaopian", MIDDLE, 0.2, (_OLD, "（照片：{laiyuan}）")),
            _f("paihang", FOOTER, 0.15, *_by_day(_hl_chart)),
            _f("jijie", FOOTER, 0.12, *_seasons(
                ("04-01", "🐋 賞鯨季開跑：出海請穿救生衣，遵守賞鯨守則"),
                ("07-01", "🌀 颱風季：蘇花公路與中橫封閉資訊請隨時收聽"),
                ("11-01", "🌊 東北季風增強：海邊活動小心瘋狗浪"))),
            _f("gonggao", FOOTER, 0.3, *_hl_notice()),
            _f("juankuan", FOOTER, 0.15, (_OLD, "支持社區廣播：歡迎捐款，金額不拘"),
               (HL_MONTHLY.isoformat(), "支持社區廣播：定期定額每月NT$200，收據可抵稅")),
            _f("pinlv", FOOTER, 0.3, (_OLD, "洄瀾之聲 FM 91.7　花蓮・吉安・壽豐")),
            _f("banquan", FOOTER, 0.35, (_OLD, "© {year} 洄瀾之聲廣播電台 版權所有")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：原報導中部落名稱誤植，已更正。")),
        ),
    )


# --- a Cantonese weekly (Tuen Mun, Hong Kong) --------------------------------------------------

TM_REDESIGN = dt.date(2018, 1, 5)
TM_WHATSAPP = dt.date(2019, 1, 4)
TM_DONATE = dt.date(2020, 7, 3)
TM_FIRST_ISSUE = 520


def tm_issue(day: dt.date) -> tuple[int, dt.date]:
    """The weekly's issue out on `day`: its number and its day (a Friday)."""
    return TM_FIRST_ISSUE + weeks_since(day, 4), last_weekday_on(day, 4)


def _tm_issue(day: dt.date) -> str:
    number, friday = tm_issue(day)
    return f"第{number}期｜{friday.year}年{friday.month}月{friday.day}日（星期五）出版"


def _tm_dated(day: dt.date) -> str:
    if day < TM_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日"
    return (f"{day.day:02d}/{day.month:02d}/{day.year}（星期"
            f"{CHINESE_WEEKDAYS[day.weekday()]}）")


def _tm_dragon(y: int) -> str:
    if y == 2020:
        return "🐉 今年屯門龍舟競渡取消，明年再見"
    return f"🐉 {y}屯門龍舟競渡：三聖邨海濱 交通安排"


def _tm_notice() -> Wordings:
    base = _steps((_OLD, "讚好我哋Facebook專頁：屯門社區週報"),
                  (TM_WHATSAPP.isoformat(), "📲 WhatsApp 訂閱每週新聞：傳送「訂閱」至 "
                                            "5000 0000"))
    votes: list[Event] = [
        _vote("2015-11-22", "🗳️ 區議會選舉：屯門各選區投票站位置", before=5, after=1),
        _vote("2016-09-04", "🗳️ 立法會選舉：新界西投票站位置", before=5, after=1),
        _vote("2019-11-24", "🗳️ 區議會選舉：屯門各選區投票站位置", before=5, after=1),
    ]
    news: list[Event] = [
        _span("2018-09-16", "2018-09-23", "🌀 山竹過後：塌樹清理進度同交通安排"),
        _span("2020-01-29", "2020-05-31", "😷 社區會堂及康文署場地暫停開放"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 3, 2, lambda _: "🧧 恭喜發財！年初一至初三"
                                                               "休刊，年初四照常出版")
    feasts += _movable(_listed(CHING_MING), 2, 0, lambda _: "🕯️ 清明節：往返墳場特別"
                                                            "交通安排")
    feasts += _movable(_listed(DRAGON_BOAT), 3, 0, _tm_dragon)
    feasts += _movable(_listed(MID_AUTUMN), 2, 0, lambda _: "🏮 中秋綵燈會：屯門公園"
                                                            "晚上開放")
    return _calendar(base, votes, news, feasts)


def tuenmun_style() -> PublisherStyle:
    """A Cantonese weekly (Tuen Mun, Hong Kong): a kicker, the date turned a slashed date with
    the weekday in January 2018 (a wording per day), the issue's number and day turning on
    Fridays, "記者：" turned "文：｜圖：", a may-also-like link once, a photo credit, the
    seasons, a social line turned a messenger appeal and turned by three votes, typhoon
    Mangkhut and the 2020 closures, the lunar new year's break, Ching Ming, the dragon boat
    races (called off in 2020) and mid-autumn, the free distribution line, the advertising
    line, a donation price rising and the copyright (a block), a rare correction."""
    return PublisherStyle(
        domain="tuenmunweekly.hk", site="屯門社區週報", base_size=80,
        subdomains=(("www.", 100),),
        sections=("district", "livelihood", "transport", "community", "people"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"lanmu": ("地區新聞", "民生", "交通", "社區活動", "人物專訪")},
        families=(
            _f("lanmu", HEADER, 0.35, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.7, *_by_day(_tm_dated)),
            _f("qishu", HEADER, 0.2, *_by_day(_tm_issue)),
            _f("zuozhe", HEADER, 0.4, (_OLD, "記者：{author}"),
               (TM_REDESIGN.isoformat(), "文：{author}｜圖：{author2}")),
            _f("ganxingqu", MIDDLE, 0.25, (_OLD, "你可能有興趣：{other_title}")),
            _f("xiangpian", MIDDLE, 0.15, (_OLD, "（相片：{author2}）")),
            _f("jijie", FOOTER, 0.12, *_seasons(
                ("03-01", "🌫️ 春季潮濕：留意屋苑外牆剝落"),
                ("06-01", "🏊 蝴蝶灣泳灘開放：留意紅旗及鯊魚網"),
                ("10-15", "🥾 秋高氣爽：行青山請帶足食水，小心山火"))),
            _f("gonggao", FOOTER, 0.3, *_tm_notice()),
            _f("paifa", FOOTER, 0.3, (_OLD, "本報逢星期五出版，免費派發至區內屋苑、商場及港鐵站"
                                            "附近")),
            _f("guanggao", FOOTER, 0.2, (_OLD, "廣告查詢：2000 0000（辦公時間）")),
            _f("juankuan", FOOTER, 0.12, (_OLD, "支持社區報：每月捐助 HK$30"),
               (TM_DONATE.isoformat(), "支持社區報：每月捐助 HK$50，或一次過捐款")),
            _f("banquan", FOOTER, 0.35, (_OLD, "版權所有 © {year} 屯門社區週報")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：上期報道嘅巴士路線號碼有誤，特此更正。")),
        ),
    )


# --- a Mongolian weekly with its name in the Mongolian script (Darkhan) -----------------------

DK_REDESIGN = dt.date(2017, 10, 17)  # relaunched on the city's birthday
DK_PRICE = dt.date(2019, 1, 1)
DK_FIRST_ISSUE = 1204


def dk_issue(day: dt.date) -> tuple[int, int, dt.date]:
    """The weekly's issue out on `day`: its number in the year, its running number and its
    day (a Wednesday)."""
    wednesday = last_weekday_on(day, 2)
    return ((wednesday.timetuple().tm_yday - 1) // 7 + 1, DK_FIRST_ISSUE + weeks_since(day, 2),
            wednesday)


def _dk_issue(day: dt.date) -> str:
    number, total, wednesday = dk_issue(day)
    return f"№ {number} ({total}) · {mongolian_date(wednesday)}"


def _dk_dated(day: dt.date) -> str:
    if day < DK_REDESIGN:
        return f"{day.year}-{day.month:02d}-{day.day:02d}"
    return f"{day.year}.{day.month:02d}.{day.day:02d}, {MONGOLIAN_WEEKDAYS[day.weekday()]} гараг"


def _dk_notice() -> Wordings:
    base = _steps((_OLD, "Дархан Өглөө сонины фэйсбүүк хуудсыг дагаарай"),
                  ("2019-09-01", "📲 Мэдээгээ мессенжерээр авах бол хуудсанд маань "
                                 "\"мэдээ\" гэж бичээрэй"))
    votes: list[Event] = [
        _vote("2016-06-29", "🗳️ УИХ-ын сонгууль: Дархан-Уул аймгийн тойргийн дүн", before=3,
              after=1),
        _vote("2017-06-26", "🗳️ Ерөнхийлөгчийн сонгууль: аймгийн санал хураалтын дүн",
              before=3, after=1),
        _vote("2020-06-24", "🗳️ УИХ-ын сонгууль: Дархан-Уул аймгийн тойргийн дүн", before=3,
              after=1),
        _vote("2020-10-15", "🗳️ Аймаг, сумын ИТХ-ын сонгууль: санал хураалтын дүн",
              before=3, after=1),
    ]
    feasts = _movable(_listed(TSAGAAN_SAR), 1, 2, lambda _: "🥛 Сар шинэдээ сайхан "
                                                            "шинэлээрэй!")
    feasts += _yearly("10-17", 1, 0, lambda y: f"🎉 Дархан хот {y - 1961} насны ойгоо "
                                               f"тэмдэглэж байна")
    covid = [_span("2020-11-11", "2020-12-31", "😷 Аймагт хөл хорио тогтоосон: зорчих "
                                               "хөдөлгөөнийг хязгаарлалаа")]
    return _calendar(base, votes, feasts, covid)


def darkhan_style() -> PublisherStyle:
    """A Mongolian weekly with its name in the Mongolian script (Darkhan): the masthead in
    the Mongolian script and in Cyrillic, the issue's number in the year and its running
    number turning on Wednesdays, an ISO date turned a dotted date with the weekday on the
    city's birthday 2017 (a wording per day), "Сэтгүүлч" with the writer, "Мөн уншаарай"
    once, the sowing, harvest and winter seasons, a social line turned a messenger appeal and
    turned by four votes and the 2020 lockdown, Tsagaan Sar and the city's birthday with its
    count, a subscription price rising, the address and telephone and a rights line (a
    block), a rare correction."""
    return PublisherStyle(
        domain="darkhanuglu.mn", site="Дархан Өглөө", base_size=60,
        subdomains=(("", 100),),
        sections=("medee", "niigem", "ediin-zasag", "soyol"),
        n_authors=3, url_path="/post/{n}",
        families=(
            _f("bichig", HEADER, 0.2, (_OLD, "ᠳᠠᠷᠬᠠᠨ · Дархан Өглөө")),
            _f("dugaar", HEADER, 0.25, *_by_day(_dk_issue)),
            _f("ognoo", HEADER, 0.7, *_by_day(_dk_dated)),
            _f("setguulch", HEADER, 0.4, (_OLD, "Сэтгүүлч {author}")),
            _f("unshaarai", MIDDLE, 0.2, (_OLD, "Мөн уншаарай: {other_title}")),
            _f("uliral", FOOTER, 0.12, *_seasons(
                ("04-25", "🌱 Хаврын тариалалт эхэллээ: газар тариаланчдад амжилт хүсье"),
                ("08-25", "🌾 Ургац хураалт: хураагуур машинтай замд болгоомжтой явна уу"),
                ("11-01", "🔥 Өвлийн улирал: зуух, яндангаа цэвэрлэж, галын аюулаас "
                          "сэргийлээрэй"))),
            _f("medegdel", FOOTER, 0.3, *_dk_notice()),
            _f("zakhialga", FOOTER, 0.15, (_OLD, "Жилийн захиалга 48,000₮, хагас жилийн "
                                                 "26,000₮"),
               (DK_PRICE.isoformat(), "Жилийн захиалга 60,000₮, хагас жилийн 32,000₮")),
            _f("khayag", FOOTER, 0.3, (_OLD, "Хаяг: Дархан-Уул аймаг, Дархан сум, 0 дүгээр баг. "
                                             "Утас: 7037-0000")),
            _f("erkh", FOOTER, 0.35, (_OLD, "© {year} Дархан Өглөө. Зөвшөөрөлгүй хуулбарлахыг "
                                            "хориглоно.")),
            _f("zalruulga", HEADER, 0.04, (_OLD, "Залруулга: өмнөх дугаарт гарсан утасны "
                                                 "дугаар буруу байсныг засаж байна.")),
        ),
    )


# --- a Japanese community radio with Okinawan touches (Nago) ---------------------------------

NA_REDESIGN = dt.date(2018, 5, 15)  # relaunched on reversion day
NA_LINE = dt.date(2019, 1, 7)
NA_MEMBERS = dt.date(2020, 4, 1)

PROGRAMMES = ("モーニングやんばる", "うちなーぐち講座", "民謡でぃさーじ", "名護まちぐゎー情報",
              "金曜リクエスト", "週末エイサー特集", "日曜ゆんたく")


def programme_of(day: dt.date) -> str:
    """The featured programme on `day` (one for each weekday)."""
    return PROGRAMMES[day.weekday()]


def _na_programme(day: dt.date) -> str:
    return (f"📻 きょう{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）の"
            f"おすすめ番組：{programme_of(day)}")


def _na_dated(day: dt.date) -> str:
    if day < NA_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）"
    return f"{day.month}/{day.day}({JAPANESE_WEEKDAYS[day.weekday()]}) 更新"


def _na_notice() -> Wordings:
    base = _steps((_OLD, "リクエストやメッセージはFAXまたはメールでお寄せください"),
                  (NA_LINE.isoformat(), "📱 LINEでもリクエスト受付中！FMやんばる波の公式"
                                        "アカウントを友だち追加してください"))
    votes: list[Event] = [
        _vote("2018-02-04", "🗳️ 名護市長選挙：開票速報を特別番組でお伝えします", before=3,
              after=0),
        _vote("2018-09-30", "🗳️ 沖縄県知事選挙：開票速報を特別番組でお伝えします", before=3,
              after=0),
        _vote("2019-02-24", "🗳️ 県民投票：投票所と投票時間のご案内", before=3, after=0),
        _vote("2019-04-21", "🗳️ 衆院沖縄3区補選：開票速報を特別番組でお伝えします", before=3,
              after=0),
        _vote("2019-07-21", "🗳️ 参院選 沖縄選挙区：開票速報を特別番組でお伝えします",
              before=3, after=0),
    ]
    news: list[Event] = [
        _span("2019-10-31", "2019-11-10", "🏯 首里城火災：再建支援の募金を受け付けています"),
        _span("2020-04-20", "2020-05-14", "😷 県独自の緊急事態宣言：スタジオ観覧を中止して"
                                          "います"),
        _span("2020-08-01", "2020-09-05", "😷 県独自の緊急事態宣言：スタジオ観覧を中止して"
                                          "います"),
    ]
    feasts = _yearly("05-15", 0, 0, lambda y: f"🕊️ 本土復帰{y - 1972}年の日")
    feasts += _yearly("06-23", 1, 0, lambda y: f"🕊️ 慰霊の日：沖縄戦の終結から{y - 1945}年。"
                                               f"正午に黙とうを")
    feasts += _movable(_listed(UKUI), 2, 0, lambda _: "🥁 旧盆：エイサーの道じゅねーで"
                                                      "交通規制があります")
    return _calendar(base, votes, news, feasts)


def nago_style() -> PublisherStyle:
    """A Japanese community radio with Okinawan touches (Nago): an Okinawan greeting, the date
    with the weekday turned a short date with the weekday on reversion day 2018 (a wording
    per day), the presenter, a related story once, the day's featured programme by weekday,
    cherry blossom, the rainy season, its end and typhoons, a request line turned a
    messenger and turned by five votes and a referendum, the castle fire and the two
    emergencies of 2020, reversion and memorial days with their counts and Ukui's eisa, a
    supporters' fee rising, the frequency and the copyright (a block), a rare outage."""
    return PublisherStyle(
        domain="fm-yanbarunami.jp", site="FMやんばる波", base_size=45,
        subdomains=(("www.", 100),),
        sections=("news", "bangumi", "event"),
        n_authors=3, url_path="/blog/{yyyy}/{mm}/{dd}/{n}",
        families=(
            _f("aisatsu", HEADER, 0.25, (_OLD, "はいさい！やんばるのみなさん、ちゅー"
                                               "うがなびら")),
            _f("hizuke", HEADER, 0.6, *_by_day(_na_dated)),
            _f("personality", HEADER, 0.4, (_OLD, "パーソナリティ：{author}")),
            _f("kanren", MIDDLE, 0.15, (_OLD, "関連：{other_title}")),
            _f("bangumi", FOOTER, 0.2, *_by_day(_na_programme)),
            _f("kisetsu", FOOTER, 0.15, *_seasons(
                ("01-15", "🌸 名護さくら祭り：名護城公園の駐車場は混み合います"),
                ("05-10", "☔ 梅雨入り：土砂災害と冠水道路に気をつけて"),
                ("06-25", "☀️ 梅雨明け：紫外線が強い季節、熱中症にも注意"),
                ("09-01", "🌀 台風接近時は停電に備えて、ラジオと電池の準備を"))),
            _f("oshirase", FOOTER, 0.3, *_na_notice()),
            _f("kaiin", FOOTER, 0.15, (_OLD, "サポーター会員募集中：年会費3,000円"),
               (NA_MEMBERS.isoformat(), "サポーター会員募集中：年会費3,600円、ステッカー"
                                        "進呈")),
            _f("shuhasu", FOOTER, 0.35, (_OLD, "FMやんばる波 77.3MHz｜サイマルラジオでも"
                                               "聴けます")),
            _f("chosakuken", FOOTER, 0.35, (_OLD, "© {year} FMやんばる波")),
            _f("kyushi", HEADER, 0.04, (_OLD, "送信設備の点検のため、本日未明の放送を一時"
                                              "休止しました。")),
        ),
    )


# --- a Mandarin and Taiwanese neighbourhood site (Tainan) ------------------------------------

TN_REDESIGN = dt.date(2019, 2, 19)  # relaunched on the lantern festival
TN_LINE = dt.date(2019, 3, 4)
TN_SUPPORT = dt.date(2020, 1, 2)

WORDS = ("感謝 kám-siā", "好食 hó-tsia̍h", "鬧熱 lāu-jia̍t", "古早味 kóo-tsá-bī",
         "歹勢 pháinn-sè", "出門 tshut-mn̂g", "落雨 lo̍h-hōo", "厝邊 tshù-pinn")


def word_of_the_week(day: dt.date) -> str:
    """The Taiwanese word of the week of `day` (turning on Mondays, the list in turn)."""
    return WORDS[weeks_since(day, 0) % len(WORDS)]


def _tn_word(day: dt.date) -> str:
    return f"📖 Tsit lé-pài ê Tâi-gí 這禮拜的台語：{word_of_the_week(day)}"


def _tn_dated(day: dt.date) -> str:
    if day < TN_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日"
    return (f"{day.year} nî {day.month} gue̍h {day.day} ji̍t, "
            f"{TAILO_WEEKDAYS[day.weekday()]}")


def _tn_notice() -> Wordings:
    base = _steps((_OLD, "Facebook 揣阮：搜尋「府城鬥陣報」"),
                  (TN_LINE.isoformat(), "📲 LINE 加阮好友，逐禮拜收著府城新聞"))
    votes: list[Event] = [
        _vote("2018-11-24", "🗳️ 九合一選舉：台南市長、議員開票", before=3, after=0),
        _vote("2020-01-11", "🗳️ 總統立委選舉：台南開票", before=3, after=0),
    ]
    news: list[Event] = [
        _span("2016-02-06", "2016-02-20", "🙏 0206地震：永康維冠大樓救災與捐款資訊"),
    ]
    feasts = _movable(_listed(LANTERN_FESTIVAL), 2, 0, lambda y: f"🎆 {y}鹽水蜂炮：護具"
                                                                 f"愛穿予好勢")
    feasts += _movable(_listed(LUNAR_NEW_YEAR), 2, 2, lambda _: "🧧 新年快樂！Sin-nî "
                                                                "khuài-lo̍k!")
    return _calendar(base, votes, news, feasts)


def tainan_style() -> PublisherStyle:
    """A Mandarin and Taiwanese neighbourhood site (Tainan): a kicker, the date in Chinese
    turned the date and weekday in Taiwanese (Tâi-lô) on the lantern festival 2019 (a
    wording per day), "文／" with the writer, a see-more link in Taiwanese once, the
    Taiwanese word of the week, mangoes, typhoons and milkfish, a social line turned a
    messenger appeal and turned by two votes and the 2016 earthquake, the beehive fireworks
    and the new year, a support appeal with its price rising, a licence and copyright line,
    a rare correction."""
    return PublisherStyle(
        domain="hoosiann.tw", site="府城鬥陣報", base_size=30,
        subdomains=(("", 100),),
        sections=("news", "food", "culture"),
        n_authors=2, url_path="/{slug}/",
        pools={"kotsa": ("府城新聞", "食物", "文化", "巷仔內")},
        families=(
            _f("kotsa", HEADER, 0.35, (_OLD, "{kotsa}")),
            _f("riqi", HEADER, 0.6, *_by_day(_tn_dated)),
            _f("zuozhe", HEADER, 0.4, (_OLD, "文／{author}")),
            _f("koh-khuann", MIDDLE, 0.15, (_OLD, "閣看 Koh khuànn：{other_title}")),
            _f("taigi", FOOTER, 0.2, *_by_day(_tn_word)),
            _f("jijie", FOOTER, 0.15, *_seasons(
                ("05-15", "🥭 芒果季：玉井愛文上市，假日果菜市場人較濟"),
                ("07-01", "🌀 風颱季：出門前看予好氣象"),
                ("10-01", "🐟 虱目魚 koh 肥矣，早頓來一碗魚肚湯"))),
            _f("gonggao", FOOTER, 0.3, *_tn_notice()),
            _f("zanzhu", FOOTER, 0.15, (_OLD, "贊助阮：一個月NT$50，支持在地報導"),
               (TN_SUPPORT.isoformat(), "贊助阮：一個月NT$100，支持在地報導")),
            _f("banquan", FOOTER, 0.4, (_OLD, "© {year} 府城鬥陣報｜CC BY-NC 4.0")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：頂一篇報導的店號寫毋著，佇遮更正。")),
        ),
    )


def heldout115_styles() -> list[PublisherStyle]:
    """The held-back-115 styles, in the order the generator hands them to publishers."""
    return [
        nagasaki_style(), busan_style(), taichung_style(), kowloon_style(),
        ulaanbaatar_style(), okhotsk_style(), haesol_style(), hualien_style(),
        tuenmun_style(), darkhan_style(), nago_style(), tainan_style(),
    ]
