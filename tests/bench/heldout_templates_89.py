"""The ``held-back-89`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-87 set
(`tests.bench.heldout_templates_87`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of East Asia, large and small: a Japanese national
daily in Tokyo, a Korean national daily in Seoul, a Beijing evening paper, a Taiwanese daily
in Taipei, a Mongolian daily in Ulaanbaatar, a Japanese business weekly, an English-language
wire in Seoul, an Okinawan regional paper in Naha, a Korean-language paper of Yanbian (in the
spelling of China's Koreans), a Mongolian-script and Chinese site in Hohhot, an English site
watching North Korea from Seoul and a community site in Tainan with lines in Taiwanese
Hokkien. The families are the kinds a crawl of such sites holds: dates localised day by day in
Japanese (with the imperial era, Heisei turning Reiwa on 1 May 2019), Korean, simplified and
traditional Chinese (the Republic of China's years), Cyrillic and traditional Mongolian and
English (with the Juche year; a wire's dateline without the year), several changing form on
the day of a redesign, lines that turn every day or every week (a business weekly's issue with
its year-end double issue, a weekly newsletter's number, Beijing's number-plate rotation with
the 2015 parade's odd-even days, the air in Beijing and Ulaanbaatar, the fine dust in Seoul,
the weather in Yanji, share indices and exchange rates on trading days, Taiwan's receipt
lottery every two months, Tainan's rubbish collection by weekday), the seasons of pollen,
rains, heat and typhoons, results seasons and the first northerly wind, bylines and datelines
of many shapes, section kickers and a wire's update tags, read-also links (some up to two
times), photo credits, chart sources, translators' credits, state media cited,
donation, membership, newsletter and app appeals, prices in yen, won, yuan, New Taiwan
dollars, tögrög and US dollars (several rising over the years, one with Japan's 2019 tax
rise), notices reworded in 2016-2020, notices that follow the region's calendars (votes,
referendums, an impeachment, summits, nuclear tests, earthquakes, floods, typhoons, a
blackout, a castle fire, smog alerts, a parade, the Two Sessions and the gaokao moved in 2020,
the college exam put off twice, the era's change, the Olympics put off, states of emergency
and the 2020 lockdowns, lunar new year with its animal, Chuseok and Mid-Autumn, Tsagaan Sar
called off in 2020, Naadam with its counts, Okinawa's Obon and memorial day, a tug-of-war,
Mazu's birthday, a fireworks festival, Premium Fridays, Pyongyang's clock, national and
founding days with their counts), multi-line blocks, mid-body inserts, bare lines and families
in only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
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
    last_weekday,
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")  # a wire's style
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
CHINESE_WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
MONGOLIAN_WEEKDAYS = ("Даваа", "Мягмар", "Лхагва", "Пүрэв", "Баасан", "Бямба", "Ням")
MONGOLIAN_MONTHS = ("нэгдүгээр", "хоёрдугаар", "гуравдугаар", "дөрөвдүгээр", "тавдугаар",
                    "зургаадугаар", "долдугаар", "наймдугаар", "есдүгээр", "аравдугаар",
                    "арван нэгдүгээр", "арван хоёрдугаар")
# The weekdays in the traditional script as Inner Mongolia writes them (γaraγ-un nigen ...).
SCRIPT_WEEKDAYS = ("ᠭᠠᠷᠠᠭ ᠤᠨ ᠨᠢᠭᠡᠨ", "ᠭᠠᠷᠠᠭ ᠤᠨ ᠬᠣᠶᠠᠷ", "ᠭᠠᠷᠠᠭ ᠤᠨ ᠭᠤᠷᠪᠠᠨ",
                   "ᠭᠠᠷᠠᠭ ᠤᠨ ᠳᠥᠷᠪᠡᠨ", "ᠭᠠᠷᠠᠭ ᠤᠨ ᠲᠠᠪᠤᠨ", "ᠭᠠᠷᠠᠭ ᠤᠨ ᠵᠢᠷᠭᠤᠭᠠᠨ",
                   "ᠭᠠᠷᠠᠭ ᠤᠨ ᠡᠳᠦᠷ")

# The lunar new year (Seollal, Chunjie; Tsagaan Sar in Inner Mongolia) and its animal.
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
ZODIAC_SIMPLIFIED = {2015: "羊", 2016: "猴", 2017: "鸡", 2018: "狗", 2019: "猪", 2020: "鼠"}
ZODIAC_TRADITIONAL = {2015: "羊", 2016: "猴", 2017: "雞", 2018: "狗", 2019: "豬", 2020: "鼠"}
# The fifteenth of the eighth lunar month: Chuseok, Mid-Autumn.
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
              2019: "2019-09-13", 2020: "2020-10-01"}
LANTERN = {2015: "2015-03-05", 2016: "2016-02-22", 2017: "2017-02-11", 2018: "2018-03-02",
           2019: "2019-02-19", 2020: "2020-02-08"}
DRAGON_BOAT = {2015: "2015-06-20", 2016: "2016-06-09", 2017: "2017-05-30", 2018: "2018-06-18",
               2019: "2019-06-07", 2020: "2020-06-25"}
GHOST_MONTH = {2015: "2015-08-14", 2016: "2016-08-03", 2017: "2017-08-22", 2018: "2018-08-11",
               2019: "2019-08-01", 2020: "2020-08-19"}  # the first of the seventh month
UKUI = {2015: "2015-08-28", 2016: "2016-08-17", 2017: "2017-09-05", 2018: "2018-08-25",
        2019: "2019-08-15", 2020: "2020-09-02"}  # the fifteenth of the seventh month
MAZU = {2015: "2015-05-11", 2016: "2016-04-29", 2017: "2017-04-19", 2018: "2018-05-08",
        2019: "2019-04-27", 2020: "2020-04-15"}  # the 23rd of the third month


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}|{day.isoformat()}".encode()).digest()
    return low + int.from_bytes(digest[:4], "little") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def trading_day(day: dt.date) -> dt.date:
    """`day`, or the last weekday before it that is not 31 December to 3 January (markets
    closed at weekends and over the new year; other holidays are left out)."""
    while day.weekday() >= 5 or (day.month, day.day) in ((12, 31), (1, 1), (1, 2), (1, 3)):
        day -= dt.timedelta(days=1)
    return day


def previous_trading_day(day: dt.date) -> dt.date:
    """The trading day before `day`'s trading day."""
    return trading_day(trading_day(day) - dt.timedelta(days=1))


def along(anchors: tuple[tuple[str, float], ...], day: dt.date) -> float:
    """A level drawn straight between (ISO day, level) anchors (flat outside them)."""
    points = [(dt.date.fromisoformat(d), v) for d, v in anchors]
    if day <= points[0][0]:
        return points[0][1]
    for (d0, v0), (d1, v1) in zip(points, points[1:], strict=False):
        if day <= d1:
            return v0 + (v1 - v0) * (day - d0).days / (d1 - d0).days
    return points[-1][1]


def lunar(days: dict[int, str]) -> Callable[[int], dt.date | None]:
    """A lunar feast's Gregorian days, as the sites printed them (None if not listed)."""
    return _listed(days)


# --- a Japanese national daily (Tokyo) ---------------------------------------------------------

JA_REDESIGN = dt.date(2017, 10, 2)  # the site relaunched with the new half of the fiscal year
JA_APP = dt.date(2019, 6, 3)
JA_RIGHTS = dt.date(2018, 4, 1)
REIWA = dt.date(2019, 5, 1)  # the first day of the Reiwa era


def japanese_era(day: dt.date) -> str:
    """The imperial era and its year on `day` (平成29年, 令和元年, 令和2年)."""
    era, n = ("平成", day.year - 1988) if day < REIWA else ("令和", day.year - 2018)
    return f"{era}{'元' if n == 1 else n}年"


def _ja_dated(day: dt.date) -> str:
    weekday = JAPANESE_WEEKDAYS[day.weekday()]
    if day < JA_REDESIGN:
        return f"{day.year}年（{japanese_era(day)}）{day.month}月{day.day}日 {weekday}曜日"
    return f"{japanese_era(day)}{day.month}月{day.day}日（{weekday}） {{time}}"


def _ja_notice() -> Wordings:
    base = _steps((_OLD, "朝凪新聞デジタル：初月無料でお試しいただけます"),
                  (JA_APP.isoformat(), "📱 朝凪新聞アプリ：速報をプッシュ通知でお届けします"))
    news: list[Event] = [
        _span("2016-04-14", "2016-04-30", "⚠️ 熊本地震：給水所・避難所・通行止めの情報"),
        _vote("2016-07-10", "🗳️ 参院選2016：選挙区・比例代表の開票速報"),
        _vote("2017-10-22", "🗳️ 衆院選2017：289小選挙区の当落速報"),
        _span("2018-07-06", "2018-07-20", "⚠️ 西日本豪雨：安否情報と支援の窓口"),
        _span("2018-09-06", "2018-09-14", "⚠️ 北海道で震度7：停電と交通の最新情報"),
        _span("2019-04-01", "2019-04-07", "🎌 新元号は「令和」：5月1日に改元"),
        _span("2019-04-30", "2019-05-02", "🎌 新天皇が即位、「令和」始まる"),
        _vote("2019-07-21", "🗳️ 参院選2019：開票速報と当選者一覧"),
        _span("2019-10-11", "2019-10-20", "🌀 台風19号：浸水・停電と被災地の情報"),
        _span("2020-03-24", "2020-04-06", "🏅 東京五輪・パラリンピックの1年延期が決定"),
        _span("2020-04-07", "2020-05-25", "😷 緊急事態宣言：不要不急の外出の自粛を"),
    ]
    feasts = _yearly("01-01", 0, 2, lambda y: f"🎍 謹賀新年 {y}年も朝凪新聞をよろしく"
                                              f"お願いいたします")
    feasts += _yearly("03-11", 0, 0, lambda y: f"🕯️ 東日本大震災から{y - 2011}年")
    feasts += _yearly("08-15", 0, 0, lambda y: f"🕊️ 終戦から{y - 1945}年")
    return _calendar(base, news, feasts)


def tokyo_style() -> PublisherStyle:
    """A Japanese national daily (Tokyo): a section kicker, the Western year with the era in
    brackets and the weekday turned the era's date, the weekday and the time on the 2017
    redesign (a wording per day; Heisei turns Reiwa on 1 May 2019, its first year "元年"), a
    bureau's dateline in lenticular brackets, "関連記事：" turned with a mark (up to twice), a
    photo credit, an advert's label mid-body, the seasons of pollen, the rains, the heat and
    dry winter air, a digital trial line turned an app appeal and turned by three votes, two
    earthquakes, the floods of 2018, the new era, a typhoon, the Olympics put off and the 2020
    state of emergency, the new year, 11 March and 15 August with their counts, the writer's
    name after the article turned with the bureau, the price with the 2019 reduced tax rate,
    a rights line reworded and the office's address (a block), a rare maintenance notice."""
    return PublisherStyle(
        domain="asanagi.co.jp", site="朝凪新聞", base_size=245,
        subdomains=(("www.", 80), ("digital.", 20)),
        sections=("national", "politics", "business", "international", "sports", "culture"),
        n_authors=7, url_path="/articles/{section}/{yyyy}{mm}{dd}{n}",
        pools={
            "kicker": ("社会", "政治", "経済", "国際", "スポーツ", "文化・芸能", "くらし"),
            "bureau": ("東京", "大阪", "名古屋", "福岡", "札幌", "仙台", "ワシントン", "北京"),
            "foto": ("本社ヘリから", "代表撮影", "読者提供", "関係者提供", "朝凪新聞社"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("hizuke", HEADER, 0.8, *_by_day(_ja_dated)),
            _f("dateline", HEADER, 0.3, (_OLD, "【{bureau}】")),
            _f("kanren", MIDDLE, 0.35, (_OLD, "関連記事：{other_title}"),
               (JA_REDESIGN.isoformat(), "▶関連記事 {other_title}"), count=2),
            _f("shashin", MIDDLE, 0.2, (_OLD, "写真＝{foto}")),
            _f("kokoku", MIDDLE, 0.08, (_OLD, "広告")),
            _f("kisha", FOOTER, 0.45, (_OLD, "（{author}）"),
               (JA_REDESIGN.isoformat(), "（{author}＝{bureau}）")),
            _f("tenki", FOOTER, 0.2, *_seasons(
                ("02-01", "🌲 花粉情報：スギ花粉の飛散が本格化、外出時はマスクを"),
                ("06-01", "☔ 梅雨の季節：大雨と土砂災害に注意を"),
                ("07-15", "🌡️ 熱中症に警戒を：こまめな水分補給と冷房の使用を"),
                ("11-15", "❄️ 空気が乾燥しています：火の元に注意を"))),
            _f("oshirase", FOOTER, 0.3, *_ja_notice()),
            _f("kakaku", FOOTER, 0.15, (_OLD, "月ぎめ購読料 4,037円（税込）・1部150円"),
               ("2019-10-01", "月ぎめ購読料 4,037円（税込・軽減税率8％）・1部150円")),
            _f("chosaku", FOOTER, 0.45, (_OLD, "Copyright © 朝凪新聞社 無断転載を禁じます"),
               (JA_RIGHTS.isoformat(), "© 朝凪新聞社 記事・写真・図表の無断転載、複製を"
                                       "禁じます。")),
            _f("jusho", FOOTER, 0.25, (_OLD, "朝凪新聞社 〒100-0000 東京都千代田区内幸町0-0-0 "
                                             "電話 03-0000-0000")),
            _f("maintenance", HEADER, 0.04, (_OLD, "⚠️ システムメンテナンスのため、本日午前2時"
                                                   "から5時まで一部サービスを停止します")),
        ),
    )


# --- a Korean national daily (Seoul) -----------------------------------------------------------

KR_REDESIGN = dt.date(2018, 1, 2)
KR_NEWSLETTER = dt.date(2018, 9, 3)
KR_RIGHTS = dt.date(2019, 1, 1)
SUNEUNG = {2015: "2015-11-12", 2016: "2016-11-17", 2017: "2017-11-23", 2018: "2018-11-15",
           2019: "2019-11-14", 2020: "2020-12-03"}  # 2017's put off by the Pohang earthquake
DUST_LEVELS = ("좋음", "보통", "나쁨", "매우나쁨")


def seoul_dust(day: dt.date) -> int:
    """The made-up fine-dust forecast for Seoul on `day` (0 좋음 to 3 매우나쁨): worse from
    December to May."""
    score = made_up(day, "kr-dust", 0, 99) + (25 if day.month in (12, 1, 2, 3, 4, 5) else -10)
    return 0 if score < 30 else 1 if score < 80 else 2 if score < 110 else 3


def _kr_dated(day: dt.date) -> str:
    weekday = KOREAN_WEEKDAYS[day.weekday()]
    if day < KR_REDESIGN:
        return f"{day.year}년 {day.month}월 {day.day}일 ({weekday})"
    return f"입력 {day:%Y.%m.%d} {{time}} | 수정 {day:%Y.%m.%d} {{time}}"


def _kr_dust(day: dt.date) -> str:
    return f"😷 오늘의 미세먼지(서울): {DUST_LEVELS[seoul_dust(day)]}"


def _kr_notice() -> Wordings:
    base = _steps((_OLD, "누리일보 페이스북을 팔로우하세요"),
                  (KR_NEWSLETTER.isoformat(), "📩 누리일보 뉴스레터: 매일 아침 7시 주요 뉴스를 "
                                              "메일로 받아보세요"))
    news: list[Event] = [
        _vote("2016-04-13", "🗳️ 제20대 국회의원 선거 개표 결과"),
        _span("2016-11-05", "2016-12-09", "🕯️ 광화문 촛불집회: 주말 교통 통제 안내"),
        _span("2017-03-10", "2017-03-12", "⚖️ 헌법재판소, 대통령 탄핵 인용"),
        _vote("2017-05-09", "🗳️ 제19대 대통령 선거: 실시간 개표 현황"),
        _span("2017-11-15", "2017-11-22", "📝 포항 지진으로 수능 1주일 연기: 11월 23일 시행"),
        _span("2018-02-09", "2018-02-25", "⛷️ 평창 동계올림픽: 오늘의 경기 일정과 메달 순위"),
        _span("2018-04-26", "2018-04-28", "🕊️ 2018 남북정상회담: 판문점 생중계"),
        _vote("2018-06-13", "🗳️ 제7회 전국동시지방선거 개표 결과"),
        _vote("2020-04-15", "🗳️ 제21대 국회의원 선거: 마스크 쓰고 투표하세요"),
        _span("2020-02-23", "2020-05-05", "😷 코로나19 위기경보 '심각': 사회적 거리두기 수칙"),
    ]
    feasts = _movable(lunar(LUNAR_NEW_YEAR), 2, 1, lambda _: "🧧 새해 복 많이 받으세요! 설 연휴 "
                                                             "귀성길 교통정보")
    feasts += _movable(lunar(MID_AUTUMN), 2, 1, lambda _: "🌕 풍성한 한가위 보내세요")
    feasts += _yearly("03-01", 0, 0, lambda y: f"🇰🇷 3·1절 {y - 1919}주년")
    feasts += _yearly("08-15", 0, 0, lambda y: f"🇰🇷 광복 {y - 1945}주년")
    feasts += _yearly("10-09", 0, 0, lambda y: f"🇰🇷 한글날: 훈민정음 반포 {y - 1446}돌")
    exam = _movable(lunar(SUNEUNG), 1, 0, lambda y: f"📝 {y + 1}학년도 수능: 수험생 여러분 "
                                                    f"힘내세요")
    return _calendar(base, exam, news, feasts)


def seoul_style() -> PublisherStyle:
    """A Korean national daily (Seoul): a section kicker, the date with the weekday turned
    "입력" and "수정" with the time on the 2018 redesign (a wording per day), "기자" after the
    name turned with the paper's name, "관련기사" turned with a mark (up to twice), a photo
    credit, an advert's "AD" mid-body, the day's fine-dust forecast for Seoul, a social line
    turned a newsletter appeal and turned by four votes, the candlelight rallies, the
    impeachment, the college exam put off in 2017, the Olympics, the summit and the 2020
    distancing, Seollal, Chuseok, the exam's day, the March First movement, Liberation Day and
    Hangul Day with their counts, the subscription rising, a rights line reworded, a news
    tips line and the registration (a block), a rare maintenance notice."""
    return PublisherStyle(
        domain="nuriilbo.co.kr", site="누리일보", base_size=220,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("politics", "economy", "society", "world", "culture", "sports"),
        n_authors=6, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bu": ("정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언"),
            "foto": ("누리일보 DB", "국회사진기자단", "독자 제공", "청와대 제공", "게티이미지뱅크"),
        },
        families=(
            _f("bu", HEADER, 0.35, (_OLD, "{bu}")),
            _f("ipryeok", HEADER, 0.8, *_by_day(_kr_dated)),
            _f("gija", HEADER, 0.5, (_OLD, "{author} 기자"),
               (KR_REDESIGN.isoformat(), "[누리일보] {author} 기자")),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "관련기사 : {other_title}"),
               (KR_REDESIGN.isoformat(), "▶ 관련기사 {other_title}"), count=2),
            _f("sajin", MIDDLE, 0.2, (_OLD, "사진={foto}")),
            _f("ad", MIDDLE, 0.08, (_OLD, "AD")),
            _f("misemeonji", FOOTER, 0.2, *_by_day(_kr_dust)),
            _f("allim", FOOTER, 0.3, *_kr_notice()),
            _f("gudok", FOOTER, 0.15, (_OLD, "구독 신청 1588-0000 | 월 구독료 15,000원"),
               ("2017-09-01", "구독 신청 1588-0000 | 월 구독료 20,000원")),
            _f("jeojakgwon", FOOTER, 0.45, (_OLD, "ⓒ 누리일보, 무단전재 및 재배포 금지"),
               (KR_RIGHTS.isoformat(), "저작권자 © 누리일보 무단전재 및 재배포 금지")),
            _f("jebo", FOOTER, 0.2, (_OLD, "기사제보 및 보도자료 news@nuriilbo.co.kr")),
            _f("deungrok", FOOTER, 0.2, (_OLD, "서울특별시 중구 세종대로 00 | 인터넷신문 등록번호 "
                                               "서울 아00000 | 청소년보호책임자 김한결")),
            _f("jeomgeom", HEADER, 0.04, (_OLD, "⚠️ 서비스 점검 안내: 오늘 새벽 2시~4시 일부 "
                                                "서비스가 중단됩니다")),
        ),
    )


# --- a Beijing evening paper -------------------------------------------------------------------

BJ_REDESIGN = dt.date(2018, 1, 1)
BJ_WECHAT = dt.date(2016, 6, 1)
BJ_APP = dt.date(2019, 3, 4)
BJ_PARADE = (dt.date(2015, 8, 20), dt.date(2015, 9, 3))  # odd-even plates for the parade
BJ_ROTATION = dt.date(2014, 12, 29)  # a Monday: the weekday pairs shift every 13 weeks
PLATE_PAIRS = ("1和6", "2和7", "3和8", "4和9", "5和0")
AQI_MONTH = (165, 150, 130, 110, 95, 95, 90, 80, 85, 120, 150, 175)


def bj_plates(day: dt.date) -> str:
    """The last digits kept off Beijing's roads on `day` ("" at weekends): five pairs by
    weekday, shifted by one every thirteen weeks (odd-even days for the 2015 parade)."""
    if BJ_PARADE[0] <= day <= BJ_PARADE[1]:
        return "单号" if day.day % 2 else "双号"
    if day.weekday() >= 5:
        return ""
    shift = (day - BJ_ROTATION).days // 91
    return PLATE_PAIRS[(day.weekday() + shift) % 5]


def _bj_plates(day: dt.date) -> str:
    plates = bj_plates(day)
    if plates in ("单号", "双号"):
        return f"🚗 阅兵保障期间单双号限行：今日{plates}车辆出行"
    if not plates:
        return "🚗 今日周末，机动车不限行"
    return f"🚗 今日尾号限行：{plates}"


def bj_aqi(day: dt.date) -> int:
    """The made-up air-quality index in Beijing on `day`: worse in winter, better each
    year."""
    mean = AQI_MONTH[day.month - 1] * (1 - 0.35 * (day - FIRST_DAY).days / 2200)
    return max(15, round(mean * made_up(day, "bj-aqi", 30, 175) / 100))


def aqi_level(aqi: int) -> str:
    """The Chinese grade of an air-quality index."""
    for top, level in ((50, "优"), (100, "良"), (150, "轻度污染"), (200, "中度污染"),
                       (300, "重度污染")):
        if aqi <= top:
            return level
    return "严重污染"


def _bj_air() -> Wordings:
    alerts: list[Event] = [
        _span("2015-12-07", "2015-12-10", "🔴 空气重污染红色预警：机动车单双号行驶，中小学停课"),
        _span("2015-12-19", "2015-12-22", "🔴 空气重污染红色预警：机动车单双号行驶，中小学停课"),
    ]
    return _calendar(lambda day: f"🌫️ 今日空气质量指数 {bj_aqi(day)}，"
                                 f"{aqi_level(bj_aqi(day))}", alerts)


def _bj_dated(day: dt.date) -> str:
    weekday = CHINESE_WEEKDAYS[day.weekday()]
    if day < BJ_REDESIGN:
        return f"{day.year}年{day.month:02d}月{day.day:02d}日 星期{weekday}"
    return f"{day:%Y-%m-%d} {{time}} 星期{weekday}"


def _bj_notice() -> Wordings:
    base = _steps((_OLD, "关注燕都晚报官方微博 @燕都晚报"),
                  (BJ_WECHAT.isoformat(), "📱 扫码关注燕都晚报微信公众号，获取更多北京资讯"),
                  (BJ_APP.isoformat(), "📱 下载燕都晚报客户端，随时随地看北京"))
    news: list[Event] = [
        _span("2015-08-28", "2015-09-03", "🎖️ 纪念抗战胜利70周年阅兵：9月3日交通管制"),
        _span("2017-05-12", "2017-05-15", "🌐 “一带一路”国际合作高峰论坛：交通管制提示"),
        _span("2019-09-28", "2019-10-07", "🇨🇳 庆祝新中国成立70周年：国庆假期出行指南"),
        _span("2020-01-24", "2020-04-29", "😷 疫情防控：出门请戴口罩，进小区请出示出入证"),
        _span("2020-05-21", "2020-05-28", "🏛️ 2020全国两会特别报道（推迟至5月召开）"),
        _span("2020-07-05", "2020-07-08", "📝 2020年高考推迟一个月，7月7日开考"),
        _span("2020-06-11", "2020-07-19", "😷 新发地聚集性疫情：核酸检测点查询"),
    ]
    sessions = _yearly("03-03", 0, 12, lambda y: f"🏛️ {y}全国两会特别报道",
                       years=range(2015, 2020))
    gaokao = _yearly("06-07", 2, 1, lambda y: f"📝 {y}年高考今日开考：考生加油！",
                     years=range(2015, 2020))
    feasts = _movable(lunar(LUNAR_NEW_YEAR), 1, 6,
                      lambda y: f"🧧 {ZODIAC_SIMPLIFIED[y]}年大吉，燕都晚报给您拜年了")
    feasts += _yearly("10-01", 0, 6, lambda y: f"🇨🇳 国庆{y - 1949}周年：假期出行提示")
    feasts += _movable(lunar(MID_AUTUMN), 1, 0, lambda _: "🥮 中秋快乐，月圆人团圆")
    return _calendar(base, news, sessions, gaokao, feasts)


def beijing_style() -> PublisherStyle:
    """A Beijing evening paper: a column kicker, the date with the weekday turned a dashed
    date, the time and the weekday on the 2018 redesign (a wording per day), "本报记者" turned
    "本报讯（记者 …）", "相关阅读" turned "延伸阅读 ▶" (up to twice), a picture credit, the
    day's number-plate restriction (five pairs by weekday shifting every thirteen weeks, none
    at weekends, odd and even days before the 2015 parade), the day's air-quality index and
    grade with two red alerts breaking in, the editor's name, a microblog line turned a
    WeChat appeal and an app appeal and turned by the parade, a forum, the 70th anniversary,
    the 2020 outbreaks, the Two Sessions (put off to May in 2020) and the gaokao (a month
    late in 2020), the new year with its animal, National Day with its count and the
    Mid-Autumn festival, the cover price rising, a rights line reworded and the site's
    licence numbers (a block), a rare road closure."""
    return PublisherStyle(
        domain="yanduwanbao.com.cn", site="燕都晚报", base_size=195,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("beijing", "shizheng", "caijing", "shehui", "tiyu", "wenyu"),
        n_authors=6, url_path="/{section}/{yyyy}{mm}/{dd}/t{n}.shtml",
        pools={
            "lanmu": ("北京", "时政", "财经", "社会", "体育", "文娱", "健康"),
            "foto": ("资料图片", "受访者供图", "本报记者摄", "网络截图", "燕都晚报"),
        },
        families=(
            _f("lanmu", HEADER, 0.35, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.8, *_by_day(_bj_dated)),
            _f("jizhe", HEADER, 0.5, (_OLD, "本报记者 {author}"),
               (BJ_REDESIGN.isoformat(), "本报讯（记者 {author}）")),
            _f("yuedu", MIDDLE, 0.35, (_OLD, "相关阅读：{other_title}"),
               (BJ_REDESIGN.isoformat(), "延伸阅读 ▶ {other_title}"), count=2),
            _f("tupian", MIDDLE, 0.2, (_OLD, "图/{foto}")),
            _f("xianxing", FOOTER, 0.25, *_by_day(_bj_plates)),
            _f("kongqi", FOOTER, 0.2, *_bj_air()),
            _f("bianji", FOOTER, 0.4, (_OLD, "责任编辑：{author2}")),
            _f("tongzhi", FOOTER, 0.3, *_bj_notice()),
            _f("jiage", FOOTER, 0.15, (_OLD, "零售价：1元"),
               ("2018-01-01", "零售价：2元 · 全年订价480元")),
            _f("banquan", FOOTER, 0.4, (_OLD, "版权所有 燕都晚报社 未经许可不得转载"),
               ("2018-01-01", "© {year} 燕都晚报 版权所有 · 未经授权禁止转载、摘编、复制")),
            _f("beian", FOOTER, 0.25, (_OLD, "京ICP备00000000号"),
               ("2016-07-01", "京ICP备00000000号-1 | 京公网安备11010502000000号")),
            _f("guanzhi", HEADER, 0.04, (_OLD, "⚠️ 今日16时起长安街部分路段临时交通管制，"
                                               "请绕行")),
        ),
    )


# --- a Taiwanese daily (Taipei) ----------------------------------------------------------------

TW_REDESIGN = dt.date(2019, 1, 1)
TW_LINE = dt.date(2017, 7, 3)


def receipt_draw(day: dt.date) -> tuple[int, int, int]:
    """The latest draw of the uniform-invoice lottery on or before `day` (the 25th of every
    odd month, for the two months before): (ROC year of the months drawn, first month,
    second month)."""
    y, m = day.year, day.month
    if m % 2 == 0:
        m -= 1
    elif day.day < 25:
        m -= 2
    if m <= 0:
        y, m = y - 1, m + 12
    first = m - 2 if m > 1 else 11
    return (y if m > 1 else y - 1) - 1911, first, first + 1


def _tw_receipts(day: dt.date) -> str:
    roc, first, second = receipt_draw(day)
    return f"🧾 {roc}年{first}-{second}月統一發票中獎號碼出爐，快來對獎"


def _tw_dated(day: dt.date) -> str:
    weekday = CHINESE_WEEKDAYS[day.weekday()]
    if day < TW_REDESIGN:
        return f"中華民國{day.year - 1911}年{day.month}月{day.day}日 星期{weekday}"
    return f"{day:%Y/%m/%d} {{time}}"


def _tw_notice() -> Wordings:
    base = _steps((_OLD, "按讚加入晨曦日報粉絲團"),
                  (TW_LINE.isoformat(), "📲 加入晨曦日報LINE好友，重要新聞不漏接"))
    news: list[Event] = [
        _vote("2016-01-16", "🗳️ 2016總統及立委選舉開票"),
        _span("2015-08-07", "2015-08-09", "🌀 蘇迪勒颱風：各縣市停班停課一覽"),
        _span("2016-07-07", "2016-07-09", "🌀 尼伯特颱風：各縣市停班停課一覽"),
        _span("2016-09-13", "2016-09-15", "🌀 莫蘭蒂颱風：各縣市停班停課一覽"),
        _span("2016-09-26", "2016-09-28", "🌀 梅姬颱風：各縣市停班停課一覽"),
        _span("2017-08-15", "2017-08-16", "⚡ 全台大停電：分區輪流停電時段"),
        _span("2018-02-07", "2018-02-13", "⚠️ 花蓮地震：救災與捐款專戶資訊"),
        _vote("2018-11-24", "🗳️ 九合一選舉暨公投開票"),
        _vote("2020-01-11", "🗳️ 2020總統及立委選舉開票"),
        _span("2020-02-06", "2020-06-06", "😷 口罩實名制：購買方式與防疫新生活"),
    ]
    feasts = _movable(lunar(LUNAR_NEW_YEAR), 1, 3,
                      lambda y: f"🧧 {ZODIAC_TRADITIONAL[y]}年行大運！新春快樂")
    feasts += _yearly("02-28", 0, 0, lambda _: "🕊️ 二二八和平紀念日")
    feasts += _movable(lunar(DRAGON_BOAT), 0, 0, lambda _: "🐉 端午節快樂")
    feasts += _movable(lunar(GHOST_MONTH), 0, 1, lambda _: "👻 農曆七月鬼門開：普渡注意用火安全")
    feasts += _movable(lunar(MID_AUTUMN), 1, 0, lambda _: "🥮 中秋節快樂：烤肉請注意用火安全")
    feasts += _yearly("10-10", 1, 0, lambda y: f"🇹🇼 中華民國{y - 1911}年國慶")
    return _calendar(base, news, feasts)


def taipei_style() -> PublisherStyle:
    """A Taiwanese daily (Taipei): a section kicker, the Republic of China's year, the date
    and the weekday turned a slashed date and the time on the 2019 redesign (a wording per
    day), "〔記者…／…報導〕" turned without brackets, "延伸閱讀：" turned "相關新聞》" (up to
    twice), a picture credit, the latest draw of the receipt lottery (turning on the 25th of
    odd months), a fan page line turned a messenger appeal and turned by three votes, four
    typhoons, the 2017 blackout, the Hualien earthquake and the 2020 mask rationing, the new
    year with its animal, 228, the Dragon Boat festival, the ghost month, Mid-Autumn and
    National Day with its count, the price rising, a reprint line and a rights line (a
    block), a rare water cut."""
    return PublisherStyle(
        domain="chenhsi.com.tw", site="晨曦日報", base_size=170,
        subdomains=(("news.", 70), ("www.", 30)),
        sections=("focus", "politics", "society", "local", "business", "world", "sports"),
        n_authors=5, url_path="/{section}/breakingnews/{n}",
        pools={
            "lanmu": ("焦點", "政治", "社會", "地方", "財經", "國際", "體育", "影視"),
            "city": ("台北", "新北", "桃園", "台中", "台南", "高雄", "花蓮"),
            "foto": ("本報資料照", "翻攝畫面", "讀者提供", "記者攝", "取自臉書"),
        },
        families=(
            _f("lanmu", HEADER, 0.35, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.8, *_by_day(_tw_dated)),
            _f("jizhe", HEADER, 0.5, (_OLD, "〔記者{author}／{city}報導〕"),
               (TW_REDESIGN.isoformat(), "記者{author}／{city}報導")),
            _f("yanshen", MIDDLE, 0.35, (_OLD, "延伸閱讀：{other_title}"),
               (TW_REDESIGN.isoformat(), "相關新聞》{other_title}"), count=2),
            _f("tu", MIDDLE, 0.25, (_OLD, "（圖／{foto}）")),
            _f("fapiao", FOOTER, 0.2, *_by_day(_tw_receipts)),
            _f("tongzhi", FOOTER, 0.3, *_tw_notice()),
            _f("dingyue", FOOTER, 0.15, (_OLD, "零售每份新台幣10元"),
               ("2018-10-01", "零售每份新台幣15元 · 訂閱專線 0800-000-000")),
            _f("shengming", FOOTER, 0.3, (_OLD, "本網站之文字、圖片及影音，非經授權，不得轉載、"
                                                "公開播送或公開傳輸及利用。")),
            _f("banquan", FOOTER, 0.45, (_OLD, "© {year} 晨曦日報 版權所有")),
            _f("tingshui", HEADER, 0.04, (_OLD, "⚠️ 自來水公司：今日部分地區停水，請提前儲水")),
        ),
    )


# --- a Mongolian daily (Ulaanbaatar) -----------------------------------------------------------

MN_REDESIGN = dt.date(2018, 11, 26)  # relaunched on Republic Day
MN_APP = dt.date(2019, 9, 2)
MN_COAL_BAN = dt.date(2019, 5, 15)  # raw coal banned in the capital
TSAGAAN_SAR = {2015: "2015-02-19", 2016: "2016-02-09", 2017: "2017-02-27", 2018: "2018-02-16",
               2019: "2019-02-05", 2020: "2020-02-24"}
MNT_PER_USD = (("2015-01-01", 1890), ("2015-06-01", 1990), ("2016-06-01", 2000),
               ("2016-08-20", 2200), ("2016-12-31", 2490), ("2017-06-01", 2430),
               ("2018-01-01", 2430), ("2018-10-01", 2560), ("2018-12-31", 2640),
               ("2019-06-01", 2650), ("2019-12-31", 2735), ("2020-06-01", 2790),
               ("2020-12-31", 2850))
UB_WINTER_AQI = {10: 110, 11: 190, 12: 270, 1: 290, 2: 210, 3: 140, 4: 95}
UB_SUMMER_HIGH = {4: 10, 5: 17, 6: 22, 7: 25, 8: 22, 9: 16, 10: 7}


def mn_rate(day: dt.date) -> float:
    """The made-up official rate of a US dollar in tögrög on `day`'s working day."""
    work = trading_day(day)
    return round(along(MNT_PER_USD, work) + made_up(work, "mn-usd", -600, 600) / 100, 2)


def ub_winter(day: dt.date) -> bool:
    """Ulaanbaatar's smog season: 15 October to 15 April."""
    return (day.month, day.day) >= (10, 15) or (day.month, day.day) <= (4, 15)


def ub_aqi(day: dt.date) -> int:
    """The made-up air-quality index of Ulaanbaatar on `day` in the smog season (lower once
    raw coal was banned)."""
    mean = UB_WINTER_AQI[day.month] * (0.6 if day >= MN_COAL_BAN else 1.0)
    return max(20, round(mean * made_up(day, "ub-aqi", 50, 150) / 100))


def _mn_air(day: dt.date) -> str:
    if ub_winter(day):
        return f"🌫️ Улаанбаатарын агаарын чанарын индекс (AQI): {ub_aqi(day)}"
    high = UB_SUMMER_HIGH[day.month] + made_up(day, "ub-high", -4, 4)
    return f"🌡️ Улаанбаатарт өнөөдөр өдөртөө {high}°C хүртэл дулаарна"


def _mn_rate(day: dt.date) -> str:
    return f"💵 Монголбанкны албан ханш: 1 ам.доллар = {mn_rate(day):,.2f}₮"


def _mn_dated(day: dt.date) -> str:
    weekday = MONGOLIAN_WEEKDAYS[day.weekday()]
    if day < MN_REDESIGN:
        return (f"{day.year} оны {MONGOLIAN_MONTHS[day.month - 1]} сарын {day.day}, "
                f"{weekday} гараг")
    return f"{day:%Y.%m.%d} | {{time}}"


def _mn_naadam(y: int) -> str:
    if y == 2020:
        return "🏇 Үндэсний их баяр наадам 2020 үзэгчгүйгээр болно"
    return (f"🏇 Наадам {y}: Их Монгол Улс байгуулагдсаны {y - 1206}, Ардын хувьсгалын "
            f"{y - 1921} жил")


def _mn_white_month(y: int) -> str:
    if y == 2020:
        return "🥟 Цагаан сарыг энэ жил айлчлалгүй, гэртээ тэмдэглэнэ үү"
    return f"🥟 Сар шинийн баярын мэнд хүргэе! {y} оны Цагаан сар"


def _mn_notice() -> Wordings:
    base = _steps((_OLD, "Биднийг Фэйсбүүкээр дагаарай: Туулын Долгион"),
                  (MN_APP.isoformat(), "📲 Туулын Долгион аппыг татаж, шуурхай мэдээ аваарай"))
    news: list[Event] = [
        _vote("2016-06-29", "🗳️ УИХ-ын сонгууль 2016: тойрог бүрийн дүн"),
        _vote("2017-06-26", "🗳️ Ерөнхийлөгчийн сонгууль 2017: санал хураалт"),
        _vote("2017-07-07", "🗳️ Ерөнхийлөгчийн сонгуулийн хоёр дахь шат", before=3),
        _span(MN_COAL_BAN.isoformat(), "2019-05-21", "🔥 Нийслэлд түүхий нүүрс хэрэглэхийг "
                                                     "хориглолоо"),
        _span("2020-01-27", "2020-03-31", "😷 Сургууль, цэцэрлэг хаалттай: хичээлээ "
                                          "телевизээр үзээрэй"),
        _vote("2020-06-24", "🗳️ УИХ-ын сонгууль 2020: амны хаалт зүүж саналаа өгнө үү"),
        _vote("2020-10-15", "🗳️ Орон нутгийн сонгууль 2020: сонгогчийн ирц"),
        _span("2020-11-11", "2020-12-01", "😷 Бүх нийтийн бэлэн байдал: нийслэлд хөл хорио"),
    ]
    white = _movable(lunar(TSAGAAN_SAR), 2, 2, _mn_white_month)  # wins over the schools
    feasts = _yearly("07-11", 1, 2, _mn_naadam)
    feasts += _yearly("12-29", 0, 0, lambda y: f"🇲🇳 Үндэсний эрх чөлөө, тусгаар тогтнолоо "
                                               f"сэргээсний {y - 1911} жил")
    return _calendar(base, white, news, feasts)


def ulaanbaatar_style() -> PublisherStyle:
    """A Mongolian daily (Ulaanbaatar): a section kicker, the year, the month's ordinal name,
    the day and the weekday in Cyrillic turned a dotted date and the time on Republic Day
    2018 (a wording per day), "Сурвалжлагч" turned "Мэдээг бэлтгэсэн:", "Мөн уншаарай:" (up
    to twice), a photo credit, an advert's label mid-body, the central bank's rate of the
    dollar on working days, the smog index in the heating season (lower after the 2019 coal
    ban) and the day's heat the rest of the year, a social line turned an app appeal and
    turned by five votes (one a run-off), the coal ban, the schools closed and the 2020
    lockdown, Tsagaan Sar (kept at home in 2020), Naadam with its counts (without spectators
    in 2020) and Independence Day with its count, the price rising, a source line and a
    rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="tuuldolgion.mn", site="Туулын Долгион", base_size=150,
        subdomains=(("www.", 100),),
        sections=("politics", "economy", "society", "world", "sport", "culture"),
        n_authors=5, url_path="/a/{n}",
        pools={
            "angilal": ("Улс төр", "Эдийн засаг", "Нийгэм", "Дэлхий", "Спорт", "Соёл"),
            "foto": ("Туулын Долгион", "Архив", "Фэйсбүүк хуудаснаас", "Хувийн архив",
                     "Хэвлэлийн алба"),
        },
        families=(
            _f("angilal", HEADER, 0.35, (_OLD, "{angilal}")),
            _f("ognoo", HEADER, 0.8, *_by_day(_mn_dated)),
            _f("setguulch", HEADER, 0.5, (_OLD, "Сурвалжлагч {author}"),
               (MN_REDESIGN.isoformat(), "Мэдээг бэлтгэсэн: {author}")),
            _f("unshaarai", MIDDLE, 0.35, (_OLD, "Мөн уншаарай: {other_title}"), count=2),
            _f("zurag", MIDDLE, 0.2, (_OLD, "Гэрэл зураг: {foto}")),
            _f("zar", MIDDLE, 0.08, (_OLD, "ЗАР СУРТАЛЧИЛГАА")),
            _f("hansh", FOOTER, 0.2, *_by_day(_mn_rate)),
            _f("agaar", FOOTER, 0.2, *_by_day(_mn_air)),
            _f("medegdel", FOOTER, 0.3, *_mn_notice()),
            _f("une", FOOTER, 0.15, (_OLD, "Үнэ: 800₮"),
               ("2018-01-02", "Үнэ: 1000₮ · Жилээр захиалах: 240,000₮")),
            _f("eh-survalj", FOOTER, 0.2, (_OLD, "Мэдээллийг ашиглахдаа эх сурвалжийг заавал "
                                                 "дурдана уу.")),
            _f("erh", FOOTER, 0.4, (_OLD, "© {year} Туулын Долгион. Бүх эрх хуулиар "
                                          "хамгаалагдсан.")),
            _f("tsahilgaan", HEADER, 0.04, (_OLD, "⚠️ Өнөөдөр 10:00–17:00 цагт Баянгол дүүргийн "
                                                  "зарим хэсэгт цахилгаан тасарна")),
        ),
    )


# --- a Japanese business weekly (Tokyo) --------------------------------------------------------

BW_REDESIGN = dt.date(2018, 10, 1)
BW_PODCAST = dt.date(2020, 4, 6)
BW_FIRST_ISSUE = dt.date(2014, 12, 27)  # a Saturday: issue 6600, the year-end double issue
TOPIX = (("2015-01-05", 1400), ("2015-06-01", 1660), ("2015-08-25", 1410),
         ("2015-12-01", 1580), ("2016-02-12", 1200), ("2016-06-24", 1200),
         ("2016-12-15", 1550), ("2017-06-01", 1590), ("2017-11-08", 1800),
         ("2018-01-23", 1910), ("2018-03-23", 1660), ("2018-10-01", 1820),
         ("2018-12-25", 1410), ("2019-04-15", 1610), ("2019-08-26", 1460),
         ("2019-12-17", 1750), ("2020-01-20", 1740), ("2020-03-16", 1240),
         ("2020-06-08", 1640), ("2020-10-30", 1580), ("2020-12-30", 1805),
         ("2021-01-10", 1850))
YEN_PER_USD = (("2015-01-05", 119), ("2015-06-05", 124.5), ("2016-01-04", 119),
               ("2016-06-24", 102), ("2016-09-15", 101.5), ("2016-12-15", 118),
               ("2017-09-08", 108), ("2017-12-29", 113), ("2018-03-23", 105),
               ("2018-10-04", 114), ("2019-01-03", 107.5), ("2019-04-24", 112),
               ("2019-08-26", 105.5), ("2020-02-20", 112), ("2020-03-09", 102.5),
               ("2020-06-08", 109), ("2020-12-30", 103.2))
OKAINOU = {2015: "2015-12-30", 2016: "2016-12-30", 2017: "2017-12-29", 2018: "2018-12-28",
           2019: "2019-12-30", 2020: "2020-12-30"}  # the last trading day of the year


def topix(day: dt.date) -> float:
    """The made-up close of the Tokyo price index on `day`'s trading day."""
    work = trading_day(day)
    return round(along(TOPIX, work) * (1 + made_up(work, "topix", -150, 150) / 10000), 2)


def yen(day: dt.date) -> float:
    """The made-up yen per dollar at the close on `day`'s trading day."""
    work = trading_day(day)
    return round(along(YEN_PER_USD, work) + made_up(work, "jpy", -80, 80) / 100, 2)


def bw_issue(day: dt.date) -> tuple[int, dt.date, bool]:
    """The weekly's issue on sale on `day` (out on Monday, dated the Saturday after; no
    issue in the week of the new year, the year-end one a double issue): (number, the
    Saturday it is dated, a double issue)."""
    saturday = week_from(day, 0) + dt.timedelta(days=5)
    if (saturday.month, saturday.day) == (12, 31) or (saturday.month == 1
                                                     and saturday.day <= 6):
        saturday -= dt.timedelta(days=7)
    skipped = sum(1 for y in range(2015, 2022)
                  if BW_FIRST_ISSUE < week_from(dt.date(y, 1, 6), 5) < saturday)
    number = 6600 + (saturday - BW_FIRST_ISSUE).days // 7 - skipped
    return number, saturday, saturday.month == 12 and saturday.day >= 24


def _bw_issue(day: dt.date) -> str:
    number, saturday, double = bw_issue(day)
    if double:
        after = saturday + dt.timedelta(days=7)
        return (f"{saturday.year}年{saturday.month}月{saturday.day}日・{after.month}月"
                f"{after.day}日合併号 ｜ 通巻{number}号")
    return f"{saturday.year}年{saturday.month}月{saturday.day}日号 ｜ 通巻{number}号"


def _bw_dated(day: dt.date) -> str:
    if day < BW_REDESIGN:
        return f"公開日：{day.year}年{day.month}月{day.day}日"
    return f"{day:%Y.%m.%d}（{JAPANESE_WEEKDAYS[day.weekday()]}） {{time}} 更新"


def _bw_market(day: dt.date) -> str:
    change = topix(day) - topix(previous_trading_day(day))
    return (f"📈 TOPIX終値 {topix(day):,.2f}（前日比 {change:+.2f}） ｜ ドル円 "
            f"{yen(day):.2f}円")


def _bw_notice() -> Wordings:
    base = _steps((_OLD, "メールマガジン「兜町モーニング」：毎朝7時に相場の要点をお届け"),
                  (BW_PODCAST.isoformat(), "🎙️ ポッドキャスト「兜町ラジオ」：毎週月曜に配信"))
    news: list[Event] = [
        _span("2016-01-29", "2016-02-05", "🏦 日銀がマイナス金利を導入：家計と企業への影響"),
        _span("2016-06-24", "2016-06-30", "🇬🇧 英国のEU離脱決定：相場急変を緊急特集"),
        _span("2019-09-24", "2019-09-30", "🧾 10月1日から消費税10％：軽減税率とポイント還元"),
        _span("2019-10-01", "2019-10-07", "🧾 消費税10％スタート：キャッシュレス還元は来年6月"
                                          "まで"),
        _span("2020-03-09", "2020-03-20", "📉 コロナ・ショック：世界同時株安の行方"),
    ]
    fridays: list[Event] = [
        (day, day + dt.timedelta(days=1), "🍻 今日はプレミアムフライデー：15時退社で消費は"
                                          "動くか")
        for y in YEARS for m in range(1, 13)
        if (day := last_weekday(y, m, 4)) >= dt.date(2017, 2, 24)]
    year_end = _movable(_listed(OKAINOU), 1, 0, lambda y: f"🔔 大納会：{y}年の相場を振り返る")
    return _calendar(base, news, year_end, fridays)


def kabutocho_style() -> PublisherStyle:
    """A Japanese business weekly (Tokyo): a section kicker, the issue on sale with the
    Saturday it is dated and its running number (turning every Monday, the year-end double
    issue covering the new year's week), the day it was posted turned a dotted date with the
    weekday and the time on the 2018 redesign (a wording per day), "本誌" turned the
    newsroom's credit, "【関連記事】" (up to twice), a chart's source, the index's close and
    its change with the yen on trading days, the seasons of results, shareholders' meetings,
    summer bonuses and the new year's outlook, a newsletter line turned a podcast and turned
    by negative rates, the British vote, the tax rise and the 2020 crash, Premium Fridays
    and the last trading day, an investment disclaimer, the cover price rising twice (once
    with the tax) and a rights line (a block), a rare column's break."""
    return PublisherStyle(
        domain="kabutocho-journal.jp", site="兜町ジャーナル", base_size=130,
        subdomains=(("", 100),),
        sections=("market", "company", "economy", "tech", "career", "feature"),
        n_authors=4, url_path="/articles/-/{n}",
        pools={
            "kicker": ("マーケット", "企業", "マクロ経済", "テクノロジー", "キャリア", "特集"),
            "shutsusho": ("日本銀行", "財務省", "総務省", "内閣府", "東京証券取引所",
                          "各社決算資料"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("gou", HEADER, 0.45, *_by_day(_bw_issue)),
            _f("koukai", HEADER, 0.6, *_by_day(_bw_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "本誌 {author}"),
               (BW_REDESIGN.isoformat(), "文＝{author}（兜町ジャーナル編集部）")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "【関連記事】{other_title}"), count=2),
            _f("shutsusho", MIDDLE, 0.2, (_OLD, "（出所）{shutsusho}の資料を基に本誌作成")),
            _f("shikyo", FOOTER, 0.25, *_by_day(_bw_market)),
            _f("kisetsu", FOOTER, 0.15, *_seasons(
                ("01-05", "🎍 新春特大号：今年の相場を読む"),
                ("04-25", "📊 決算発表シーズン：主要企業の通期決算を速報"),
                ("06-10", "🏢 株主総会シーズン：集中日は6月最終週"),
                ("07-05", "💰 夏のボーナス特集：資産運用の基本をおさらい"))),
            _f("teiki", FOOTER, 0.3, *_bw_notice()),
            _f("menseki", FOOTER, 0.2, (_OLD, "本記事は情報提供を目的としたもので、投資勧誘を"
                                              "目的としたものではありません。投資の最終判断は"
                                              "ご自身でお願いします。")),
            _f("teika", FOOTER, 0.15, (_OLD, "定価 690円（税込）／年間購読 29,000円"),
               ("2017-04-03", "定価 710円（税込）／年間購読 29,500円"),
               ("2019-10-01", "定価 730円（税込）／年間購読 30,000円")),
            _f("chosaku", FOOTER, 0.4, (_OLD, "© 兜町ジャーナル社 記事の無断転載を禁じます")),
            _f("kyusai", HEADER, 0.04, (_OLD, "⚠️ 本日の市況コラムは筆者都合により休載します")),
        ),
    )


# --- an English-language wire (Seoul) ----------------------------------------------------------

WR_REDESIGN = dt.date(2018, 3, 5)
WR_NEWSLETTER = dt.date(2019, 4, 1)
KOSPI = (("2015-01-02", 1930), ("2015-04-24", 2170), ("2015-08-24", 1830),
         ("2015-12-30", 1960), ("2016-02-12", 1835), ("2016-09-01", 2035),
         ("2016-12-29", 2025), ("2017-07-24", 2450), ("2017-11-03", 2557),
         ("2018-01-29", 2598), ("2018-10-29", 1996), ("2018-12-28", 2041),
         ("2019-04-16", 2248), ("2019-08-06", 1917), ("2019-12-30", 2197),
         ("2020-03-19", 1457), ("2020-06-05", 2181), ("2020-12-30", 2873),
         ("2021-01-08", 3150))
WON_PER_USD = (("2015-01-02", 1100), ("2015-04-29", 1068), ("2015-09-07", 1203),
               ("2015-12-30", 1172), ("2016-02-25", 1238), ("2016-09-08", 1091),
               ("2016-12-28", 1209), ("2017-09-01", 1125), ("2017-12-29", 1071),
               ("2018-04-02", 1055), ("2018-10-11", 1144), ("2019-05-17", 1195),
               ("2019-08-13", 1222), ("2019-12-30", 1157), ("2020-03-19", 1285),
               ("2020-06-30", 1200), ("2020-12-30", 1088), ("2021-01-08", 1095))


def kospi(day: dt.date) -> float:
    """The made-up close of the KOSPI on `day`'s trading day."""
    work = trading_day(day)
    return round(along(KOSPI, work) * (1 + made_up(work, "kospi", -120, 120) / 10000), 2)


def won(day: dt.date) -> float:
    """The made-up won per dollar at the close on `day`'s trading day."""
    work = trading_day(day)
    return round(along(WON_PER_USD, work) + made_up(work, "krw", -500, 500) / 100, 1)


def _wr_dateline(day: dt.date) -> str:
    return f"{{city}}, {AP_MONTHS[day.month - 1]} {day.day} (Seorabeol) --"


def _wr_posted(day: dt.date) -> str:
    if day < WR_REDESIGN:
        return f"Posted : {day:%Y-%m-%d} {{time}}"
    return f"Updated : {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} {{time}} KST"


def _wr_markets(day: dt.date) -> str:
    return f"Markets: KOSPI closes at {kospi(day):,.2f}; won at {won(day):,.1f} per dollar"


def _wr_notice() -> Wordings:
    base = _steps((_OLD, "Follow Seorabeol Press on Twitter for breaking news from Korea"),
                  (WR_NEWSLETTER.isoformat(), "📩 Get the Korea Morning Brief in your inbox: "
                                              "sign up on our homepage"))
    news: list[Event] = [
        _span("2016-01-06", "2016-01-10", "🔴 Live: North Korea's fourth nuclear test"),
        _vote("2016-04-13", "🗳️ General election: live results by constituency"),
        _span("2016-09-09", "2016-09-12", "🔴 Live: North Korea's fifth nuclear test"),
        _vote("2017-05-09", "🗳️ Presidential election: live results"),
        _span("2017-09-03", "2017-09-06", "🔴 Live: North Korea's sixth nuclear test"),
        _span("2018-02-09", "2018-02-25", "⛷️ PyeongChang 2018: today's events and the medal "
                                          "table"),
        _span("2018-04-26", "2018-04-28", "🕊️ Inter-Korean summit: live from Panmunjom"),
        _span("2018-06-11", "2018-06-13", "🤝 Trump-Kim summit in Singapore: live updates"),
        _span("2018-09-18", "2018-09-20", "🕊️ Moon in Pyongyang: summit live updates"),
        _span("2019-02-27", "2019-02-28", "🤝 Hanoi summit: live updates"),
        _span("2019-06-30", "2019-07-01", "🤝 Trump and Kim meet at the DMZ"),
        _vote("2020-04-15", "🗳️ General election: live results and turnout"),
        _span("2020-02-23", "2020-05-05", "😷 COVID-19 in South Korea: daily cases and "
                                          "distancing rules"),
    ]
    feasts = _movable(lunar(LUNAR_NEW_YEAR), 1, 1, lambda _: "Happy Seollal! Our English "
                                                             "service is reduced over the "
                                                             "holiday")
    feasts += _movable(lunar(MID_AUTUMN), 1, 1, lambda _: "Happy Chuseok! Our English service "
                                                          "is reduced over the holiday")
    feasts += _yearly("08-15", 0, 0, lambda y: f"🇰🇷 Liberation Day: the {ordinal(y - 1945)} "
                                               f"anniversary")
    return _calendar(base, news, feasts)


def wire_style() -> PublisherStyle:
    """An English-language wire (Seoul): an update tag ("(LEAD)", "(2nd LD)" ...), the city
    and the month and day in the wire's style without the year (a wording per day, the same
    each year), the day posted turned "Updated" with the month's name and KST on the 2018
    redesign (a wording per day), "By", "(Related story: …)" (up to twice), a handout's
    line, "(END)" and the writer's handle (a block), the KOSPI's close and the won on
    trading days, a social line turned a newsletter appeal and turned by three nuclear
    tests, three votes, the Olympics, five summits and the 2020 distancing, Seollal,
    Chuseok and Liberation Day with its count, a rights line reworded, a rare correction."""
    return PublisherStyle(
        domain="seorabeol.co.kr", site="Seorabeol Press", base_size=110,
        subdomains=(("en.", 100),),
        sections=("national", "nk", "economy", "culture", "sports"),
        n_authors=4, url_path="/view/AEN{yyyy}{mm}{dd}00{n}",
        pools={
            "tag": ("(LEAD)", "(2nd LD)", "(URGENT)", "(News Focus)", "(Interview)",
                    "(Feature)"),
            "city": ("SEOUL", "SEJONG", "BUSAN", "INCHEON", "WASHINGTON", "BEIJING", "TOKYO"),
            "provider": ("the unification ministry", "the Joint Chiefs of Staff",
                         "the presidential office", "the National Assembly",
                         "the Korea Meteorological Administration"),
        },
        families=(
            _f("tag", HEADER, 0.3, (_OLD, "{tag}")),
            _f("dateline", HEADER, 0.75, *_by_day(_wr_dateline)),
            _f("posted", HEADER, 0.5, *_by_day(_wr_posted)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}")),
            _f("related", MIDDLE, 0.3, (_OLD, "(Related story: {other_title})"), count=2),
            _f("handout", MIDDLE, 0.2, (_OLD, "This photo, provided by {provider}, is not for "
                                              "sale. (Seorabeol)")),
            _f("end", FOOTER, 0.6, (_OLD, "(END)")),
            _f("handle", FOOTER, 0.2, (_OLD, "Follow {author} on Twitter: {author_handle}")),
            _f("markets", FOOTER, 0.2, *_by_day(_wr_markets)),
            _f("notice", FOOTER, 0.3, *_wr_notice()),
            _f("copyright", FOOTER, 0.45, (_OLD, "(C) Seorabeol Press. All rights reserved."),
               ("2018-03-05", "Copyright Seorabeol Press. Unauthorized reproduction and "
                              "redistribution prohibited.")),
            _f("correction", HEADER, 0.04, (_OLD, "*** Editor's note: this story has been "
                                                  "corrected to fix a date.")),
        ),
    )


# --- an Okinawan regional paper (Naha) ---------------------------------------------------------

OK_REDESIGN = dt.date(2018, 5, 15)  # relaunched on the anniversary of the reversion
OK_LINE = dt.date(2018, 10, 15)


def naha_tug(y: int) -> dt.date:
    """The Naha tug-of-war: the Sunday before Sports Day (the second Monday of October)."""
    return nth_weekday(y, 10, 0, 2) - dt.timedelta(days=1)


def _ok_dated(day: dt.date) -> str:
    if day < OK_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日 {JAPANESE_WEEKDAYS[day.weekday()]}曜日"
    return f"{day:%Y/%m/%d} {{time}}"


def _ok_obon(y: int) -> str:
    if y == 2020:
        return "🏮 旧盆2020：エイサーの道ジュネーは今年は中止"
    return f"🏮 旧盆{y}：ウンケー・ナカビ・ウークイとエイサーの日程"


def _ok_notice() -> Wordings:
    base = _steps((_OLD, "南風新報のFacebookページに「いいね！」をお願いします"),
                  (OK_LINE.isoformat(), "📲 はいさい！南風新報公式LINEを友だち追加して"
                                        "最新ニュースを"))
    news: list[Event] = [
        _vote("2018-09-30", "🗳️ 沖縄県知事選：開票速報"),
        _vote("2019-02-24", "🗳️ 辺野古埋め立ての賛否を問う県民投票：開票速報"),
        _span("2019-10-31", "2019-11-10", "🔥 首里城火災：正殿など焼失、再建への寄付窓口"),
        _span("2020-04-20", "2020-05-14", "😷 県独自の緊急事態宣言：不要不急の外出自粛を"),
        _span("2020-08-01", "2020-09-05", "😷 県独自の緊急事態宣言（第2波）：那覇市の"
                                          "飲食店に時短要請"),
        _span("2020-10-09", "2020-10-11", "🪢 那覇大綱挽は今年は中止"),
    ]
    feasts = _yearly("05-15", 0, 0, lambda y: f"🗾 本土復帰から{y - 1972}年")
    feasts += _yearly("06-23", 1, 0, lambda y: f"🕊️ 慰霊の日：沖縄戦の終結から{y - 1945}年")
    feasts += _movable(naha_tug, 2, 0, lambda y: f"🪢 那覇大綱挽{y}：国道58号の交通規制",
                       years=range(2015, 2020))
    obon = _movable(lunar(UKUI), 2, 0, _ok_obon)  # its 2020 word wins over the emergency
    return _calendar(base, obon, news, feasts)


def naha_style() -> PublisherStyle:
    """An Okinawan regional paper (Naha): a section kicker, the date with the weekday turned
    a slashed date and the time on the anniversary of the reversion in 2018 (a wording per
    day), an island's dateline, "［関連］" (up to twice), a photo credit, the writer's name
    after the article turned with the paper's name, the seasons of the rains, the summer
    sun, typhoons and the first northerly wind, a social line turned a messenger appeal with
    an Okinawan greeting and turned by a vote, the Henoko referendum, the castle fire and
    two emergencies of 2020, the reversion's and the battle's ends with their counts, Obon
    by the lunar calendar (without the dancers' parade in 2020) and the tug-of-war (called
    off in 2020), the price rising, a thanks in Uchinaaguchi and a rights line (a block), a
    rare delivery delay."""
    return PublisherStyle(
        domain="nanpu-shimpo.jp", site="南風新報", base_size=90,
        subdomains=(("www.", 100),),
        sections=("politics", "bases", "society", "economy", "sports", "islands"),
        n_authors=3, url_path="/article/{n}",
        pools={
            "kicker": ("政治", "基地", "社会", "経済", "スポーツ", "文化", "離島"),
            "place": ("那覇", "名護", "宜野湾", "沖縄市", "宮古島", "石垣", "久米島"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("hizuke", HEADER, 0.7, *_by_day(_ok_dated)),
            _f("chiiki", HEADER, 0.3, (_OLD, "【{place}】")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "［関連］{other_title}"), count=2),
            _f("shashin", MIDDLE, 0.2, (_OLD, "写真・{author2}")),
            _f("kisha", FOOTER, 0.4, (_OLD, "（{author}）"),
               (OK_REDESIGN.isoformat(), "（南風新報 {author}）")),
            _f("kisetsu", FOOTER, 0.2, *_seasons(
                ("05-10", "☔ 梅雨：土砂災害と河川の増水に注意"),
                ("06-22", "☀️ 夏本番：紫外線と熱中症に注意"),
                ("07-01", "🌀 台風シーズン：飲料水と懐中電灯の備えを"),
                ("11-01", "🌬️ ミーニシの季節：朝晩の寒暖差に注意"))),
            _f("oshirase", FOOTER, 0.3, *_ok_notice()),
            _f("kakaku", FOOTER, 0.15, (_OLD, "購読のお申し込み 0120-000-000 ｜ 月ぎめ3,075円"),
               ("2019-10-01", "購読のお申し込み 0120-000-000 ｜ 月ぎめ3,075円（税込・軽減"
                              "税率適用）"),
               ("2020-04-01", "購読のお申し込み 0120-000-000 ｜ 月ぎめ3,400円（税込）")),
            _f("nifee", FOOTER, 0.12, (_OLD, "にふぇーでーびる！ご購読ありがとうございます。")),
            _f("chosaku", FOOTER, 0.4, (_OLD, "© 南風新報社 無断転載禁止")),
            _f("haitatsu", HEADER, 0.04, (_OLD, "⚠️ 台風の影響で、宮古・八重山地方への本日の"
                                                "配達が遅れています")),
        ),
    )


# --- a Korean-language paper of Yanbian (Yanji, Jilin) -----------------------------------------

YB_REDESIGN = dt.date(2017, 9, 3)  # relaunched on the prefecture's 65th anniversary
YB_APP = dt.date(2019, 1, 1)
YANJI_HIGH = (-7, -3, 5, 15, 22, 26, 28, 28, 22, 14, 3, -5)
YANJI_LOW = (-19, -16, -7, 1, 8, 14, 19, 18, 10, 2, -7, -15)


def yanji_weather(day: dt.date) -> tuple[int, int]:
    """The made-up highest and lowest temperatures (°C) forecast in Yanji on `day`."""
    shift = made_up(day, "yanji", -3, 3)
    return YANJI_HIGH[day.month - 1] + shift, YANJI_LOW[day.month - 1] + shift // 2


def _yb_weather(day: dt.date) -> str:
    high, low = yanji_weather(day)
    return f"🌡️ 연길 오늘 최고기온 {high}℃, 최저기온 {low}℃"


def _yb_dated(day: dt.date) -> str:
    if day < YB_REDESIGN:
        return f"{day.year}년 {day.month}월 {day.day}일 {KOREAN_WEEKDAYS[day.weekday()]}요일"
    return f"{day:%Y-%m-%d} {{time}}"


def _yb_notice() -> Wordings:
    base = _steps((_OLD, "두만강소식 위챗 공식계정을 팔로우하세요"),
                  (YB_APP.isoformat(), "📱 두만강소식 앱을 내려받아 조선어 뉴스를 보십시오"))
    news: list[Event] = [
        _span("2020-01-24", "2020-04-08", "😷 전염병 예방통제: 외출할 때 마스크를 착용합시다"),
        _span("2020-07-05", "2020-07-08", "📝 2020년 대학입시는 7월 7일부터 치러집니다"),
    ]
    feasts = _movable(lunar(LUNAR_NEW_YEAR), 1, 3, lambda _: "🧧 새해 복 많이 받으십시오! 음력설 "
                                                             "련휴 안내")
    feasts += _yearly("06-07", 1, 1, lambda y: f"📝 {y}년 대학입시: 수험생들을 응원합니다",
                      years=range(2015, 2020))
    feasts += _yearly("09-03", 1, 0, lambda y: f"🎉 연변조선족자치주 창립 {y - 1952}돐을 "
                                               f"경축합니다")
    feasts += _movable(lunar(MID_AUTUMN), 1, 0, lambda _: "🌕 추석명절을 축하합니다")
    feasts += _yearly("10-01", 0, 6, lambda y: f"🇨🇳 국경절 {y - 1949}돐 련휴 안내")
    return _calendar(base, news, feasts)


def yanbian_style() -> PublisherStyle:
    """A Korean-language paper of Yanbian (Yanji), in the spelling of China's Koreans: a
    section kicker, the date with the weekday turned a dashed date and the time on the
    prefecture's 65th anniversary (a wording per day), "기자" after the name turned "본사기자"
    before it, "[련관기사]" (up to twice), a photo credit, a source line ("래원:"), the day's
    weather in Yanji, a WeChat line turned an app appeal and turned by the 2020 epidemic and
    the gaokao a month late, the lunar new year, the gaokao, the prefecture's founding and
    National Day with their counts and Chuseok, the price rising, a rights line and the
    site's licence number (a block), a rare water cut."""
    return PublisherStyle(
        domain="dumangangsosik.cn", site="두만강소식", base_size=70,
        subdomains=(("www.", 100),),
        sections=("yanbian", "politics", "economy", "society", "culture", "sports"),
        n_authors=3, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "kicker": ("연변", "정치", "경제", "사회", "문화", "체육", "국제"),
            "raewon": ("두만강소식", "신화사", "인민넷 조선어판", "중국신문사"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("nalja", HEADER, 0.65, *_by_day(_yb_dated)),
            _f("gija", HEADER, 0.4, (_OLD, "{author} 기자"),
               (YB_REDESIGN.isoformat(), "본사기자 {author}")),
            _f("ryeongwan", MIDDLE, 0.3, (_OLD, "[련관기사] {other_title}"), count=2),
            _f("sajin", MIDDLE, 0.2, (_OLD, "사진/ {author2} 기자")),
            _f("raewon", FOOTER, 0.3, (_OLD, "래원: {raewon}")),
            _f("nalssi", FOOTER, 0.2, *_by_day(_yb_weather)),
            _f("allim", FOOTER, 0.3, *_yb_notice()),
            _f("gagyeok", FOOTER, 0.15, (_OLD, "정가 1원"),
               ("2018-01-01", "정가 1.5원 · 년간구독료 360원")),
            _f("panggwon", FOOTER, 0.4, (_OLD, "판권소유 두만강소식 · 허가없이 전재하는것을 "
                                               "금지합니다")),
            _f("icp", FOOTER, 0.2, (_OLD, "吉ICP备00000000号")),
            _f("dansu", HEADER, 0.04, (_OLD, "⚠️ 오늘 연길시 일부 지역 단수, 물을 미리 "
                                             "받아두십시오")),
        ),
    )


# --- a Mongolian-script and Chinese site (Hohhot, Inner Mongolia) ------------------------------

HH_REDESIGN = dt.date(2017, 5, 1)  # relaunched on the region's 70th anniversary
HH_APP = dt.date(2019, 5, 6)


def _hh_dated(day: dt.date) -> str:
    weekday = SCRIPT_WEEKDAYS[day.weekday()]
    if day < HH_REDESIGN:
        return f"{day.year} ᠣᠨ ᠤ {day.month} ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ {day.day} · {weekday}"
    return f"{day.year}年{day.month}月{day.day}日 · {weekday} · {{time}}"


def _hh_notice() -> Wordings:
    base = _steps((_OLD, "ᠬᠥᠬᠡ ᠰᠣᠨᠢᠨ 微信公众号：扫码关注"),
                  (HH_APP.isoformat(), "📱 下载ᠬᠥᠬᠡ ᠰᠣᠨᠢᠨ客户端，蒙汉双语新闻随时看"))
    news: list[Event] = [
        _span("2020-01-24", "2020-04-08", "😷 疫情防控：戴口罩 勤洗手 少聚集"),
        _span("2020-07-05", "2020-07-08", "📝 2020年高考7月7日开考，蒙授考生加油"),
    ]
    feasts = _movable(lunar(LUNAR_NEW_YEAR), 1, 3, lambda _: "ᠴᠠᠭᠠᠨ ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ ᠮᠡᠨᠳᠦ · "
                                                             "春节快乐")
    feasts += _yearly("05-01", 0, 0, lambda y: f"🎉 内蒙古自治区成立{y - 1947}周年")
    feasts += _yearly("06-07", 1, 1, lambda y: f"📝 {y}年高考：蒙授考生加油",
                      years=range(2015, 2020))
    return _calendar(base, news, feasts)


def hohhot_style() -> PublisherStyle:
    """A Mongolian-script and Chinese site (Hohhot): a section kicker in the traditional
    script, the year, month and day with the weekday in the script turned the Chinese date,
    the script's weekday and the time on the region's 70th anniversary (a wording per day),
    "ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ:" turned bilingual, "ᠪᠠᠰᠠ ᠤᠩᠰᠢᠬᠤ:" (up to twice), a picture's credit, a
    source and a translator's credit, a WeChat line turned an app appeal and turned by the
    2020 epidemic and the late gaokao, the white month, the region's founding with its count
    and the gaokao, a rights line and the site's licence number (a block), a rare power
    cut."""
    return PublisherStyle(
        domain="kokesonin.cn", site="ᠬᠥᠬᠡ ᠰᠣᠨᠢᠨ", base_size=52,
        subdomains=(("mgl.", 100),),
        sections=("medege", "soyol", "surgaguli", "tamir"),
        n_authors=3, url_path="/{section}/{yyyy}{mm}/t{yyyy}{mm}{dd}_{n}.html",
        pools={
            "angi": ("ᠮᠡᠳᠡᠭᠡ", "ᠰᠣᠶᠣᠯ", "ᠰᠤᠷᠭᠠᠭᠤᠯᠢ", "ᠲᠠᠮᠢᠷ"),
            "source": ("新华社", "中国新闻网", "ᠬᠥᠬᠡ ᠰᠣᠨᠢᠨ", "内蒙古广播电视台"),
        },
        families=(
            _f("angi", HEADER, 0.3, (_OLD, "{angi}")),
            _f("udur", HEADER, 0.6, *_by_day(_hh_dated)),
            _f("surbuljilagchi", HEADER, 0.4, (_OLD, "ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ: {author}"),
               (HH_REDESIGN.isoformat(), "ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ: {author} · 记者 {author}")),
            _f("basa", MIDDLE, 0.25, (_OLD, "ᠪᠠᠰᠠ ᠤᠩᠰᠢᠬᠤ: {other_title}"), count=2),
            _f("jirug", MIDDLE, 0.15, (_OLD, "ᠵᠢᠷᠤᠭ: {author2}")),
            _f("eki", FOOTER, 0.3, (_OLD, "ᠡᠬᠢ ᠰᠤᠷᠪᠤᠯᠵᠢ: {source}")),
            _f("orchiguluksan", FOOTER, 0.25, (_OLD, "ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ: {author2}")),
            _f("notice", FOOTER, 0.3, *_hh_notice()),
            _f("banquan", FOOTER, 0.4, (_OLD, "© {year} ᠬᠥᠬᠡ ᠰᠣᠨᠢᠨ 版权所有")),
            _f("icp", FOOTER, 0.2, (_OLD, "蒙ICP备00000000号")),
            _f("tingdian", HEADER, 0.04, (_OLD, "⚠️ 今日呼和浩特市新城区部分区域停电")),
        ),
    )


# --- an English site watching North Korea (Seoul) ----------------------------------------------

TD_REDESIGN = dt.date(2019, 1, 7)
TD_NEWSLETTER = dt.date(2017, 1, 2)
PYONGYANG_TIME = (dt.date(2015, 8, 15), dt.date(2018, 5, 5))  # UTC+8:30 between these days
TD_FIRST_WEEK = dt.date(2015, 1, 5)  # a Monday: newsletter No. 101


def juche(day: dt.date) -> int:
    """North Korea's Juche year of `day` (1912 is Juche 1)."""
    return day.year - 1911


def _td_dated(day: dt.date) -> str:
    month = ENGLISH_MONTHS[day.month - 1]
    if day < TD_REDESIGN:
        return f"{month} {day.day}, {day.year} (Juche {juche(day)})"
    return (f"{ENGLISH_WEEKDAYS[day.weekday()]} {day.day} {month} {day.year} · Juche "
            f"{juche(day)} · {{time}} KST")


def td_week(day: dt.date) -> tuple[int, dt.date]:
    """The weekly newsletter's number in `day`'s week and the Monday it came out."""
    monday = week_from(day, 0)
    return 101 + (monday - TD_FIRST_WEEK).days // 7, monday


def _td_weekly(day: dt.date) -> str:
    number, monday = td_week(day)
    return (f"The Taedong Weekly · No. {number} · week of {ENGLISH_MONTHS[monday.month - 1]} "
            f"{monday.day}")


def _td_notice() -> Wordings:
    base = _steps((_OLD, "Become a member: independent analysis of North Korea, no ads"),
                  (TD_NEWSLETTER.isoformat(), "📩 The Taedong Weekly lands every Monday: "
                                              "subscribe free"))
    news: list[Event] = [
        _span("2016-01-06", "2016-01-12", "☢️ Fourth nuclear test: our live blog"),
        _span("2016-09-09", "2016-09-14", "☢️ Fifth nuclear test: our live blog"),
        _span("2017-07-04", "2017-07-06", "🚀 First ICBM launch: what we know"),
        _span("2017-09-03", "2017-09-08", "☢️ Sixth nuclear test: our live blog"),
        _span("2017-11-29", "2017-12-01", "🚀 Hwasong-15 launch: what we know"),
        _span("2018-04-26", "2018-04-28", "🕊️ Panmunjom summit: our live blog"),
        _span("2018-06-11", "2018-06-13", "🤝 Singapore summit: our live blog"),
        _span("2019-02-27", "2019-02-28", "🤝 Hanoi summit: our live blog"),
        _span("2020-06-16", "2020-06-20", "💥 The liaison office in Kaesong blown up"),
        _span("2020-10-09", "2020-10-11", "🎖️ The Party's 75th anniversary parade: our live "
                                          "blog"),
    ]
    feasts = _yearly("04-15", 0, 0, lambda y: f"🌸 Day of the Sun: the {ordinal(y - 1912)} "
                                              f"birth anniversary of Kim Il Sung")
    feasts += _yearly("10-10", 0, 0, lambda y: f"🚩 Party Foundation Day: the WPK turns "
                                               f"{y - 1945}", years=range(2015, 2020))
    return _calendar(base, news, feasts)


def taedong_style() -> PublisherStyle:
    """An English site watching North Korea (Seoul): the date with the Juche year turned the
    weekday, the date, the Juche year and the time on the 2019 redesign (a wording per day),
    the weekly newsletter's number and its Monday (turning every Monday), "By" turned with
    the city, "Read more:" once, a photo credited to state media, the state media cited,
    the clocks of Pyongyang (half an hour behind Seoul from 15 August 2015 to 4 May 2018), a
    membership line turned a newsletter appeal and turned by three nuclear tests, two
    launches, three summits, the liaison office's demolition and the 2020 parade, the Day of
    the Sun and the Party's founding with their counts, a membership appeal rising and a
    rights line (a block), a rare unverified report."""
    return PublisherStyle(
        domain="taedongmonitor.org", site="Taedong Monitor", base_size=36,
        subdomains=(("", 100),),
        sections=("politics", "military", "economy", "society"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={"state": ("KCNA", "Rodong Sinmun", "Korean Central Television",
                         "Uriminzokkiri")},
        families=(
            _f("dated", HEADER, 0.55, *_by_day(_td_dated)),
            _f("weekly", HEADER, 0.2, *_by_day(_td_weekly)),
            _f("byline", HEADER, 0.4, (_OLD, "By {author}"),
               (TD_REDESIGN.isoformat(), "{author} | Seoul")),
            _f("read-more", MIDDLE, 0.2, (_OLD, "Read more: {other_title}")),
            _f("photo", MIDDLE, 0.25, (_OLD, "Photo: {state}")),
            _f("state-media", FOOTER, 0.3, (_OLD, "State media cited: {state_list}")),
            _f("clock", FOOTER, 0.2,
               (_OLD, "🕘 All times KST. Pyongyang and Seoul share UTC+9."),
               (PYONGYANG_TIME[0].isoformat(), "🕘 All times KST. Pyongyang Time runs 30 "
                                               "minutes behind Seoul (UTC+8:30)."),
               (PYONGYANG_TIME[1].isoformat(), "🕘 All times KST. Pyongyang moved its clocks "
                                               "forward to Seoul's on May 5, 2018.")),
            _f("notice", FOOTER, 0.3, *_td_notice()),
            _f("membership", FOOTER, 0.15, (_OLD, "Members from $5 a month keep Taedong "
                                                  "Monitor independent."),
               ("2019-01-07", "Members from $7 a month keep Taedong Monitor independent.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Taedong Monitor. Quotes from state "
                                                 "media are our own translations.")),
            _f("unverified", HEADER, 0.04, (_OLD, "⚠️ Unverified: reports of a launch are "
                                                  "coming in; this page will be updated.")),
        ),
    )


# --- a community site in Tainan, with lines in Taiwanese Hokkien ------------------------------

TN_REDESIGN = dt.date(2018, 10, 10)
TN_LINE = dt.date(2019, 6, 1)
TAIWANESE_WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")  # 禮拜一 ... 禮拜日


def tainan_rubbish(day: dt.date) -> str:
    """What the rubbish truck takes on `day` in Tainan: none on Wednesdays, Sundays and the
    lunar new year's day, paper on Mondays and Thursdays, bottles and cans the other days."""
    if day.isoformat() in LUNAR_NEW_YEAR.values():
        return "初一停收一天"
    if day.weekday() in (2, 6):
        return "停收"
    if day.weekday() in (0, 3):
        return "一般垃圾＋紙類回收"
    return "一般垃圾＋塑膠瓶罐回收"


def _tn_rubbish(day: dt.date) -> str:
    return f"🚛 今仔日禮拜{TAIWANESE_WEEKDAYS[day.weekday()]}：{tainan_rubbish(day)}"


def _tn_dated(day: dt.date) -> str:
    weekday = TAIWANESE_WEEKDAYS[day.weekday()]
    if day < TN_REDESIGN:
        return f"民國{day.year - 1911}年{day.month}月{day.day}日（{weekday}）"
    return f"{day:%Y.%m.%d}（禮拜{weekday}）"


def _tn_notice() -> Wordings:
    base = _steps((_OLD, "有厝邊消息欲分享？歡迎投稿"),
                  (TN_LINE.isoformat(), "📲 加入LINE群組，厝邊消息免錯過"))
    news: list[Event] = [
        _span("2016-02-06", "2016-02-20", "⚠️ 0206地震：永康區救災物資與志工報名"),
        _span("2018-08-23", "2018-08-28", "🌧️ 0823水災：淹水地區清潔消毒資訊"),
        _vote("2018-11-24", "🗳️ 九合一選舉：投票所查詢"),
        _vote("2020-01-11", "🗳️ 總統大選：投票所查詢"),
    ]
    feasts = _movable(lunar(LUNAR_NEW_YEAR), 1, 2, lambda _: "🧧 新年快樂！Sin-nî khuài-lo̍k!")
    feasts += _movable(lunar(LANTERN), 1, 0, lambda _: "🎆 鹽水蜂炮：戴安全帽、穿長袖")
    feasts += _movable(lunar(MAZU), 2, 0, lambda _: "🙏 大天后宮媽祖生：遶境路線與交通管制")
    return _calendar(base, news, feasts)


def tainan_style() -> PublisherStyle:
    """A community site in Tainan, with lines in Taiwanese Hokkien: a greeting, the Republic
    of China's year and the date with the weekday turned a dotted date with the weekday in
    Taiwanese ("禮拜") on Double Ten 2018 (a wording per day), "文／" turned "文、攝影／",
    "相關文章：" once, what the rubbish truck takes that day (a wording per day), a line
    asking for news turned a messenger appeal and turned by the 2016 earthquake, the 2018
    floods and two votes, the new year, the Yanshui fireworks and Mazu's birthday, a
    volunteers' appeal turned with payment apps and a reprint-welcome rights line (a block),
    a rare water cut."""
    return PublisherStyle(
        domain="tshupinn.tw", site="府城厝邊", base_size=24,
        subdomains=(("", 100),),
        sections=("news", "food", "temples", "events"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{n}/",
        families=(
            _f("li-ho", HEADER, 0.15, (_OLD, "Lí hó! 歡迎來到府城厝邊")),
            _f("dated", HEADER, 0.5, *_by_day(_tn_dated)),
            _f("byline", HEADER, 0.35, (_OLD, "文／{author}"),
               (TN_REDESIGN.isoformat(), "文、攝影／{author}")),
            _f("related", MIDDLE, 0.2, (_OLD, "相關文章：{other_title}")),
            _f("laji", FOOTER, 0.25, *_by_day(_tn_rubbish)),
            _f("notice", FOOTER, 0.3, *_tn_notice()),
            _f("support", FOOTER, 0.15, (_OLD, "府城厝邊由志工維持，歡迎小額贊助。To-siā!"),
               ("2019-06-01", "LINE Pay／街口支付贊助：每月100元，支持社區新聞。To-siā!")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} 府城厝邊 · 歡迎轉載，請註明出處")),
            _f("tingshui", HEADER, 0.04, (_OLD, "⚠️ 今日中西區部分路段停水，請預先儲水")),
        ),
    )


def heldout89_styles() -> list[PublisherStyle]:
    """The held-back-89 styles, in the order the generator hands them to publishers."""
    return [
        tokyo_style(), seoul_style(), beijing_style(), taipei_style(), ulaanbaatar_style(),
        kabutocho_style(), wire_style(), naha_style(), yanbian_style(), hohhot_style(),
        taedong_style(), tainan_style(),
    ]
