"""The ``held-back-74`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-71 set
(`tests.bench.heldout_templates_71`; a held-back-72 and a held-back-73 set were being written
at the same time by other sessions, unseen by this one). It was written WITHOUT looking at
cleanpipe's code (nothing under ``cleanpipe/`` but the generator's model and template types
in ``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from the earlier
sets' modules, `tests.bench.planted_real` and the slots it hands a template) or the README's
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
network footer. Six publishers are news sites of East Asia, large and small: a Chinese evening
paper in simplified characters, a Taiwanese daily in traditional characters dated in the years
of the Republic, a Japanese regional paper whose date carries the era (and turns from Heisei
to Reiwa), a Korean provincial daily, a Vietnamese town site and a Hong Kong district paper
with Cantonese lines; six are smaller sites of the Pacific Islands in English with lines in
Fijian, Hawaiian, Chamorro, Bislama, Palauan or Tok Pisin: a Fijian town paper, a Hawaiian
community paper, a Northern Marianas island bulletin, a Vanuatu island bulletin, a Palauan
fishers' association and a coffee growers' cooperative in the Papua New Guinea highlands. The
families are the kinds a crawl of such sites holds: dates localised day by day (one in the
years of the Republic, one with the Japanese era, most changing form on the day of a
redesign), lines that turn with the solar terms, the invoice lottery of the odd months, the
day's fine-dust grade, the weekday (an Aloha Friday greeting), the racing season, the flood,
cyclone, whale, fishing-ban and coffee seasons, bylines of many shapes (reporter and
correspondent, a bracketed reporter line, a byline at the foot, writer and photographer),
responsible editors, related-article links (some up to two times), app, messenger and social
appeals, reprint bans, ad labels, photo credits, publisher and licence lines, notices
reworded in 2016-2020, notices that follow a calendar (votes, typhoons and cyclones, an
eruption, an earthquake and its blackout, the 2020 epidemic, lockdowns and states of
emergency, national and liberation days with their counts, lunar new year, dragon boats and
mid-autumn, the Buddha's birthday, Diwali, an era's first day, shows and festivals, some called
off in 2020) and the seasons, other articles' titles, tag lists, multi-line blocks, mid-body
inserts, bare lines, and families in only 4% of articles beside ones in nearly all. The hard
negatives (statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import zlib

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    easter,
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

ONE_DAY = dt.timedelta(days=1)

CHINESE_WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
VIETNAMESE_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy",
                       "Chủ nhật")

# Lunar days as the sites announced them.
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
DRAGON_BOAT = {2015: "2015-06-20", 2016: "2016-06-09", 2017: "2017-05-30", 2018: "2018-06-18",
               2019: "2019-06-07", 2020: "2020-06-25"}
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
              2019: "2019-09-13", 2020: "2020-10-01"}
BUDDHA_BIRTHDAY = {2015: "2015-05-25", 2016: "2016-05-14", 2017: "2017-05-03",
                   2018: "2018-05-22", 2019: "2019-05-12", 2020: "2020-04-30"}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
ZODIAC_CN = {2015: "羊", 2016: "猴", 2017: "鸡", 2018: "狗", 2019: "猪", 2020: "鼠"}

# The 24 solar terms on the day they usually fall (a day either way in some years).
SOLAR_TERMS = (
    ("01-05", "小寒"), ("01-20", "大寒"), ("02-04", "立春"), ("02-19", "雨水"),
    ("03-06", "惊蛰"), ("03-21", "春分"), ("04-05", "清明"), ("04-20", "谷雨"),
    ("05-06", "立夏"), ("05-21", "小满"), ("06-06", "芒种"), ("06-21", "夏至"),
    ("07-07", "小暑"), ("07-23", "大暑"), ("08-08", "立秋"), ("08-23", "处暑"),
    ("09-08", "白露"), ("09-23", "秋分"), ("10-08", "寒露"), ("10-23", "霜降"),
    ("11-07", "立冬"), ("11-22", "小雪"), ("12-07", "大雪"), ("12-22", "冬至"),
)


def solar_term(day: dt.date) -> str:
    """The solar term `day` falls in (the last one whose month-day is on or before it)."""
    md = f"{day:%m-%d}"
    names = [name for start, name in SOLAR_TERMS if start <= md]
    return names[-1] if names else SOLAR_TERMS[-1][1]


def minguo(y: int) -> int:
    """The year of the Republic of China (Taiwan's calendar) for Gregorian year `y`."""
    return y - 1911


REIWA = dt.date(2019, 5, 1)  # the first day of the Reiwa era


def japanese_era(day: dt.date) -> str:
    """The era and its year on `day`: 平成27年 ... 平成31年, then 令和元年, 令和2年."""
    if day < REIWA:
        return f"平成{day.year - 1988}年"
    n = day.year - 2018
    return f"令和{'元' if n == 1 else n}年"


def invoice_period(day: dt.date) -> tuple[int, int]:
    """(year, first month) of the two-month invoice period whose winning numbers were the
    latest drawn on `day`: they are drawn on the 25th of each odd month, for the two months
    before it."""
    y, m = day.year, day.month
    if m % 2 == 0 or day.day < 25:  # the latest draw was in the odd month before
        m -= 1 if m % 2 == 0 else 2
    if m < 1:
        y, m = y - 1, m + 12
    first = m - 2
    if first < 1:
        return y - 1, first + 12
    return y, first


DUST_GRADES = ("좋음", "보통", "나쁨", "매우나쁨")


def dust_grade(day: dt.date) -> str:
    """The day's fine-dust grade in Jeonju (made up, fixed per day, worse in spring)."""
    roll = zlib.crc32(day.isoformat().encode()) % 100
    if day.month in (3, 4, 5):
        roll += 25
    elif day.month in (7, 8, 9):
        roll -= 20
    return DUST_GRADES[0 if roll < 30 else 1 if roll < 70 else 2 if roll < 105 else 3]


def merrie_monarch(y: int) -> dt.date | None:
    """The Saturday of the hula festival in Hilo: the week after Easter; not held in 2020."""
    return None if y == 2020 else easter(y) + 6 * ONE_DAY


def statehood_day(y: int) -> dt.date:
    """Hawaiʻi's Statehood Day: the third Friday of August."""
    return nth_weekday(y, 8, 4, 3)


def hagen_show(y: int) -> dt.date | None:
    """The Saturday of the Mount Hagen show: the third Saturday of August; called off in
    2020."""
    return None if y == 2020 else nth_weekday(y, 8, 5, 3)


# --- a Chinese evening paper in simplified characters (Quanzhou, Fujian) --------------------

CN_REDESIGN = dt.date(2018, 10, 8)  # the first working day after the National Day week
CN_BYLINE = dt.date(2017, 3, 6)
CN_LINKS = dt.date(2019, 2, 11)
CN_APP = dt.date(2018, 5, 14)
CN_RIGHTS = dt.date(2019, 7, 1)


def _cn_dated(day: dt.date) -> str:
    if day < CN_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日 星期{CHINESE_WEEKDAYS[day.weekday()]}"
    return f"发布时间：{day:%Y-%m-%d} {{time}}"


def cn_term_line(day: dt.date) -> str:
    """The solar-term corner: the term the day falls in."""
    return f"🌿 二十四节气 · {solar_term(day)}"


def _cn_notice() -> Wordings:
    base = _steps((_OLD, "欢迎关注泉南晚报微信公众号，新闻线索请拨热线"),
                  (CN_APP.isoformat(), "📱 下载“泉南新闻”客户端，随时随地看泉州"))
    news: list[Event] = [
        _span("2020-01-24", "2020-03-31", "😷 疫情防控不放松：出门请戴口罩，配合体温检测"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 1, 5, lambda y: f"🧧 {ZODIAC_CN[y]}年大吉！泉南晚报"
                                                               f"给您拜年了")
    feasts += _movable(_listed(DRAGON_BOAT), 1, 0, lambda _: "🐉 端午安康：晋江边的龙舟赛今日开锣")
    feasts += _movable(_listed(MID_AUTUMN), 1, 0, lambda _: "🥮 中秋快乐：博饼的骰子准备好了吗")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇨🇳 热烈庆祝中华人民共和国成立{y - 1949}周年")
    return _calendar(base, news, feasts)


def quanzhou_style() -> PublisherStyle:
    """A Chinese evening paper in simplified characters (Quanzhou, Fujian): a column kicker,
    the date with the weekday, turned a publication time after the 2018 National Day week (a
    wording per day), "记者" turned the reporter with a correspondent, "相关阅读：" turned
    "延伸阅读 ▸" (up to twice), an ad label, a picture source, the solar-term corner (a
    wording per term), a public-account line turned an app appeal and turned by the 2020
    epidemic, the lunar new year with the zodiac animal, dragon boats, mid-autumn dice and
    the National Day with its count, a responsible editor, a reprint line reworded and the
    publisher with a licence number (a block), a rare typhoon warning."""
    return PublisherStyle(
        domain="quannanwanbao.cn", site="泉南晚报", base_size=230,
        subdomains=(("www.", 70), ("m.", 30)),
        sections=("bendi", "shehui", "jingji", "wenhua", "tiyu", "qiaoxiang"),
        n_authors=8, url_path="/{section}/{yyyy}{mm}/{dd}/c{n}.html",
        pools={
            "lanmu": ("本地", "社会", "经济", "文化", "体育", "侨乡"),
            "tupian": ("记者 摄", "资料图", "受访者供图", "视觉中国", "网友供图"),
        },
        families=(
            _f("lanmu", HEADER, 0.3, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.8, *_by_day(_cn_dated)),
            _f("jizhe", HEADER, 0.45, (_OLD, "记者 {author}"),
               (CN_BYLINE.isoformat(), "本报记者 {author} 通讯员 {author2}")),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相关阅读：{other_title}"),
               (CN_LINKS.isoformat(), "延伸阅读 ▸ {other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.18, (_OLD, "广告")),
            _f("tupian", MIDDLE, 0.2, (_OLD, "图片来源：{tupian}")),
            _f("jieqi", FOOTER, 0.2, *_by_day(cn_term_line)),
            _f("tishi", FOOTER, 0.3, *_cn_notice()),
            _f("bianji", FOOTER, 0.4, (_OLD, "责任编辑：{author2}")),
            _f("banquan", FOOTER, 0.45, (_OLD, "版权所有 © {year} 泉南晚报"),
               (CN_RIGHTS.isoformat(), "© {year} 泉南晚报社 版权所有 · 未经书面授权不得转载、"
                                       "摘编或镜像")),
            _f("zhuban", FOOTER, 0.35, (_OLD, "主办单位：泉南日报社 · 互联网新闻信息服务许可证 "
                                              "35120180000")),
            _f("taifeng", HEADER, 0.04, (_OLD, "⚠️ 台风橙色预警：沿海渔船请立即回港避风")),
        ),
    )


# --- a Taiwanese daily in traditional characters (Tainan) ------------------------------------

TW_REDESIGN = dt.date(2019, 1, 1)
TW_BYLINE = dt.date(2018, 3, 5)
TW_LINKS = dt.date(2017, 8, 1)
TW_LINE = dt.date(2016, 9, 19)
TW_RIGHTS = dt.date(2020, 3, 2)
TW_QUAKE = dt.date(2016, 2, 6)  # the Meinong earthquake at dawn


def _tw_dated(day: dt.date) -> str:
    if day < TW_REDESIGN:
        return (f"中華民國{minguo(day.year)}年{day.month}月{day.day}日"
                f"（星期{CHINESE_WEEKDAYS[day.weekday()]}）")
    return f"{day:%Y/%m/%d} {{time}}"


def tw_invoice_line(day: dt.date) -> str:
    """The latest draw of the uniform-invoice lottery (a wording from each odd month's
    25th)."""
    y, first = invoice_period(day)
    return f"🧾 {minguo(y)}年{first:02d}-{first + 1:02d}月統一發票中獎號碼出爐，快對獎"


def _tw_notice() -> Wordings:
    base = _steps((_OLD, "按讚追蹤府城日報粉絲專頁，掌握台南大小事"),
                  (TW_LINE.isoformat(), "💬 加入府城日報LINE好友，每天早上七點推播頭條"))
    news: list[Event] = [
        _span("2016-02-06", "2016-02-20", "🙏 美濃地震：捐款專戶與志工報名資訊"),
        _vote("2016-01-16", "🗳️ 2016總統立委選舉：台南開票即時看", before=4, after=1),
        _vote("2018-11-24", "🗳️ 九合一選舉暨公投：台南市長開票結果", before=4, after=1),
        _vote("2020-01-11", "🗳️ 2020總統立委選舉：開票即時看", before=4, after=1),
        _span("2020-01-27", "2020-05-31", "😷 防疫新生活：實聯制、戴口罩、勤洗手"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 1, 4, lambda _: "🧧 新春快樂，府城日報祝您新年"
                                                               "行大運")
    feasts += _movable(_listed(DRAGON_BOAT), 0, 0, lambda _: "🐉 端午節快樂：安平運河龍舟賽"
                                                             "交通管制")
    feasts += _yearly("10-10", 0, 0, lambda y: f"🇹🇼 國慶日：中華民國{minguo(y)}年雙十節快樂")
    return _calendar(base, news, feasts)


def tainan_style() -> PublisherStyle:
    """A Taiwanese daily in traditional characters (Tainan): a section kicker, the date in
    the years of the Republic with the weekday, turned a slashed date with the time on new
    year's day 2019 (a wording per day), a bracketed reporter line turned a reporter and
    photographer, "延伸閱讀：" turned "看更多 ➜" (up to twice), an ad label, a picture credit,
    the uniform-invoice draw of the odd months (a wording per draw), a fan-page line turned
    a messenger appeal and turned by an earthquake, three votes and the 2020 epidemic, the
    lunar new year, dragon boats and National Day with the Republic's year, a comments
    disclaimer, a rights line reworded and the customer-service line (a block), a rare
    heat alert."""
    return PublisherStyle(
        domain="fuchengribao.com.tw", site="府城日報", base_size=206,
        subdomains=(("news.", 80), ("www.", 20)),
        sections=("tainan", "zhengzhi", "shenghuo", "difang", "tiyu"),
        n_authors=6, url_path="/news/{section}/{n}",
        pools={
            "lanmu": ("台南", "政治", "生活", "地方", "體育"),
            "tu": ("記者攝", "翻攝臉書", "市府提供", "資料照", "讀者提供"),
        },
        families=(
            _f("lanmu", HEADER, 0.3, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.75, *_by_day(_tw_dated)),
            _f("jizhe", HEADER, 0.45, (_OLD, "〔記者{author}／台南報導〕"),
               (TW_BYLINE.isoformat(), "文／記者{author}　攝影／{author2}")),
            _f("yanshen", MIDDLE, 0.3, (_OLD, "延伸閱讀：{other_title}"),
               (TW_LINKS.isoformat(), "看更多 ➜ {other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.15, (_OLD, "廣告")),
            _f("tu", MIDDLE, 0.2, (_OLD, "（圖／{tu}）")),
            _f("fapiao", FOOTER, 0.2, *_by_day(tw_invoice_line)),
            _f("tongzhi", FOOTER, 0.3, *_tw_notice()),
            _f("liuyan", FOOTER, 0.15, (_OLD, "讀者留言僅代表個人意見，不代表本報立場。")),
            _f("banquan", FOOTER, 0.45, (_OLD, "© {year} 府城日報"),
               (TW_RIGHTS.isoformat(), "府城日報 © {year} 版權所有，非經授權不得轉載")),
            _f("kefu", FOOTER, 0.3, (_OLD, "客服專線：06-000-0000（週一至週五 9:00-18:00）")),
            _f("gaowen", HEADER, 0.04, (_OLD, "🔥 高溫資訊：台南山區今日恐達38度，注意防曬補水")),
        ),
    )


# --- a Japanese regional paper (Hakodate, Hokkaido) ------------------------------------------

JP_REDESIGN = dt.date(2019, 5, 1)  # the first day of the new era: the date turned numeric
JP_LINKS = dt.date(2018, 4, 2)
JP_LINE = dt.date(2017, 10, 2)
JP_RIGHTS = dt.date(2016, 4, 1)

JP_SEASONS = (
    ("04-25", "🌸 五稜郭公園の桜：開花状況を毎日お知らせします"),
    ("06-01", "🦑 スルメイカ漁が解禁：朝市に今年の初物が並びました"),
    ("10-15", "🍁 大沼公園の紅葉：見頃の情報はこちら"),
    ("12-01", "❄️ 冬道の運転にご注意を：函館市の除雪情報"),
)


def _jp_dated(day: dt.date) -> str:
    if day < JP_REDESIGN:
        return (f"{japanese_era(day)}{day.month}月{day.day}日"
                f"（{JAPANESE_WEEKDAYS[day.weekday()]}）")
    return f"{day:%Y/%m/%d} {{time}}更新（{japanese_era(day)}）"


def _jp_notice() -> Wordings:
    base = _steps((_OLD, "函館みなと新聞の公式ツイッターもご覧ください"),
                  (JP_LINE.isoformat(), "📲 LINEで友だち追加すると、道南のニュースが毎朝届きます"))
    news: list[Event] = [
        _vote("2016-07-10", "🗳️ 参院選2016：北海道選挙区の開票速報", before=3, after=1),
        _vote("2017-10-22", "🗳️ 衆院選2017：北海道8区の開票結果", before=3, after=1),
        _span("2018-09-06", "2018-09-12", "⚡ 胆振東部地震：停電と断水の最新情報、給水所の一覧"),
        _vote("2019-04-21", "🗳️ 函館市長選・市議選：開票結果", before=3, after=1),
        _span("2020-04-16", "2020-05-25", "😷 緊急事態宣言：不要不急の外出は控えましょう"),
    ]
    feasts = _yearly("01-01", 0, 2, lambda _: "🎍 謹賀新年　本年もご愛読をお願い申し上げます")
    feasts += _movable(lambda y: REIWA if y == 2019 else None, 0, 0,
                       lambda _: "🎌 新元号「令和」がスタートしました")
    feasts += _yearly("08-01", 0, 4, lambda y: ("🏮 函館港まつりは今年中止となりました"
                                                if y == 2020 else
                                                f"🏮 第{y - 1935}回函館港まつり：いか踊りの"
                                                f"交通規制"))
    return _calendar(base, news, feasts)


def hakodate_style() -> PublisherStyle:
    """A Japanese regional paper (Hakodate, Hokkaido): a section kicker, the date with the
    era and the weekday, turned a numeric date with the time and the era on the first day
    of Reiwa (a wording per day), a reporter line in brackets at the foot, "関連記事：" turned
    "▶ あわせて読みたい：" (up to twice), an ad label, a photo caption, the season line
    (cherries, squid, leaves, snow), a social line turned a messenger appeal and turned by
    four votes, the 2018 earthquake and blackout and the 2020 state of emergency, new
    year, the new era and the port festival with its count (called off in 2020), a rights
    line reworded and the publisher (a block), a rare tsunami advisory."""
    return PublisherStyle(
        domain="hakodateminato.jp", site="函館みなと新聞", base_size=182,
        subdomains=(("www.", 100),),
        sections=("hakodate", "donan", "keizai", "kurashi", "sports"),
        n_authors=5, url_path="/article/{yyyy}{mm}{dd}{n}/",
        pools={
            "bumon": ("函館", "道南", "経済", "くらし", "スポーツ"),
            "shashin": ("本社撮影", "函館市提供", "読者提供", "資料写真"),
        },
        families=(
            _f("bumon", HEADER, 0.3, (_OLD, "{bumon}")),
            _f("hizuke", HEADER, 0.75, *_by_day(_jp_dated)),
            _f("kanren", MIDDLE, 0.3, (_OLD, "関連記事：{other_title}"),
               (JP_LINKS.isoformat(), "▶ あわせて読みたい：{other_title}"), count=2),
            _f("kokoku", MIDDLE, 0.15, (_OLD, "［広告］")),
            _f("shashin", MIDDLE, 0.2, (_OLD, "（写真＝{shashin}）")),
            _f("kisha", FOOTER, 0.4, (_OLD, "（{author}）")),
            _f("kisetsu", FOOTER, 0.2, *_seasons(*JP_SEASONS)),
            _f("oshirase", FOOTER, 0.3, *_jp_notice()),
            _f("chosakuken", FOOTER, 0.45, (_OLD, "Copyright {year} 函館みなと新聞"),
               (JP_RIGHTS.isoformat(), "掲載記事・写真の無断転載を禁じます。© {year} "
                                       "函館みなと新聞社")),
            _f("hakko", FOOTER, 0.3, (_OLD, "発行：株式会社みなと新聞社　北海道函館市")),
            _f("tsunami", HEADER, 0.04, (_OLD, "⚠️ 津波注意報：海岸から離れてください")),
        ),
    )


# --- a Korean provincial daily (Jeonju, North Jeolla) ----------------------------------------

KR_REDESIGN = dt.date(2017, 5, 10)  # the day after the presidential vote
KR_BYLINE = dt.date(2019, 1, 2)
KR_LINKS = dt.date(2018, 7, 2)
KR_KAKAO = dt.date(2018, 2, 19)
KR_RIGHTS = dt.date(2020, 1, 2)


def _kr_dated(day: dt.date) -> str:
    if day < KR_REDESIGN:
        return f"{day.year}년 {day.month}월 {day.day}일 ({KOREAN_WEEKDAYS[day.weekday()]})"
    return f"입력 {day:%Y.%m.%d} {{time}}"


def kr_dust_line(day: dt.date) -> str:
    """The day's fine-dust grade (a wording per day it changes)."""
    return f"🌫 오늘 전주 미세먼지 {dust_grade(day)}"


def _kr_notice() -> Wordings:
    base = _steps((_OLD, "호남새벽일보 페이스북을 구독하세요"),
                  (KR_KAKAO.isoformat(), "💛 카카오톡 채널에서 호남새벽일보를 추가하면 "
                                         "주요 뉴스를 받아볼 수 있습니다"))
    news: list[Event] = [
        _vote("2016-04-13", "🗳️ 제20대 총선 전북 개표 상황", before=3, after=1),
        _vote("2017-05-09", "🗳️ 제19대 대통령선거 전북 개표 결과", before=3, after=1),
        _vote("2018-06-13", "🗳️ 6·13 지방선거 전북지사·전주시장 개표", before=3, after=1),
        _span("2020-02-24", "2020-05-05", "😷 사회적 거리두기: 마스크 착용과 손 씻기를 "
                                          "생활화해 주세요"),
        _vote("2020-04-15", "🗳️ 제21대 총선 전북 개표 결과", before=3, after=1),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 1, 1, lambda _: "🧧 새해 복 많이 받으세요")
    feasts += _movable(_listed(MID_AUTUMN), 1, 1, lambda _: "🌕 풍성한 한가위 보내세요")
    feasts += _yearly("08-15", 0, 0, lambda y: f"🇰🇷 제{y - 1945}주년 광복절")
    feasts += _yearly("10-09", 0, 0, lambda y: f"📜 한글 반포 {y - 1446}돌, 한글날")
    return _calendar(base, news, feasts)


def jeonju_style() -> PublisherStyle:
    """A Korean provincial daily (Jeonju, North Jeolla): a section kicker, the date with the
    weekday, turned an input time the day after the 2017 presidential vote (a wording per
    day), a reporter line turned the place, the reporter and an email, "관련기사" turned
    "함께 읽으면 좋은 기사 ▷" (up to twice), an ad label, a photo credit, the day's fine-dust
    grade (a wording per day it changes), a social line turned a messenger appeal and turned
    by four votes and the 2020 distancing, lunar new year, the harvest moon, liberation and
    the alphabet's day with their counts, a rights line reworded and the publisher with its
    registration number (a block), a rare heavy-snow warning."""
    return PublisherStyle(
        domain="honamsaebyeok.co.kr", site="호남새벽일보", base_size=160,
        subdomains=(("www.", 100),),
        sections=("jeonju", "politics", "society", "economy", "culture"),
        n_authors=5, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("전주", "정치", "사회", "경제", "문화"),
            "sajin": ("전주시 제공", "전북도 제공", "연합뉴스", "자료사진"),
        },
        families=(
            _f("bunya", HEADER, 0.3, (_OLD, "{bunya}")),
            _f("nalja", HEADER, 0.8, *_by_day(_kr_dated)),
            _f("gija", HEADER, 0.45, (_OLD, "{author} 기자"),
               (KR_BYLINE.isoformat(), "전주={author} 기자 news@{domain}")),
            _f("gwallyeon", MIDDLE, 0.3, (_OLD, "관련기사: {other_title}"),
               (KR_LINKS.isoformat(), "함께 읽으면 좋은 기사 ▷ {other_title}"), count=2),
            _f("gwanggo", MIDDLE, 0.15, (_OLD, "광고")),
            _f("sajin", MIDDLE, 0.2, (_OLD, "사진={sajin}")),
            _f("misemeonji", FOOTER, 0.2, *_by_day(kr_dust_line)),
            _f("allim", FOOTER, 0.3, *_kr_notice()),
            _f("jeojak", FOOTER, 0.45, (_OLD, "© 호남새벽일보"),
               (KR_RIGHTS.isoformat(), "저작권자 © {year} 호남새벽일보 · 기사를 허락 "
                                       "없이 옮겨 싣거나 고쳐 쓸 수 없습니다")),
            _f("balhaeng", FOOTER, 0.3, (_OLD, "발행·편집인: 최정민 · 등록번호 전북 아00123")),
            _f("poseol", HEADER, 0.04, (_OLD, "❄️ 대설경보: 출근길 빙판길 조심하세요")),
        ),
    )


# --- a Vietnamese town news site (Hội An, Quảng Nam) -----------------------------------------

VN_REDESIGN = dt.date(2018, 12, 4)  # on the heritage day the date turned dotted, weekday after
VN_BYLINE = dt.date(2019, 8, 5)
VN_LINKS = dt.date(2017, 6, 19)
VN_ZALO = dt.date(2019, 3, 4)
VN_RIGHTS = dt.date(2018, 6, 21)

VN_SEASONS = (
    ("02-15", "🏮 Phố cổ mùa xuân: lịch thả đèn hoa đăng trên sông Hoài"),
    ("05-01", "🏖️ Mùa biển Cửa Đại và An Bàng: lưu ý cờ báo sóng"),
    ("09-15", "🌧️ Mùa mưa lũ: theo dõi mực nước sông Thu Bồn trước khi vào phố cổ"),
    ("12-20", "🎋 Chuẩn bị Tết: chợ hoa và hàng đèn lồng đã mở"),
)


def _vn_dated(day: dt.date) -> str:
    if day < VN_REDESIGN:
        return f"Đăng ngày {day:%d/%m/%Y} lúc {{time}}"
    return f"{day:%d.%m.%Y} · {VIETNAMESE_WEEKDAYS[day.weekday()].lower()}"


def _vn_notice() -> Wordings:
    base = _steps((_OLD, "Mời bạn đọc gửi tin, ảnh về phố Hội qua hộp thư toasoan@{domain}"),
                  (VN_ZALO.isoformat(), "💬 Quan tâm Zalo OA Tin Phố Hội để nhận tin mỗi tối"))
    news: list[Event] = [
        _span("2017-11-04", "2017-11-12", "🌊 Lũ vào phố cổ sau bão số 12: cập nhật các tuyến "
                                          "đường ngập"),
        _span("2020-03-27", "2020-04-22", "😷 Cách ly xã hội: mời bạn đọc ở nhà, theo dõi tin "
                                          "trên báo điện tử"),
        _span("2020-07-28", "2020-09-06", "😷 Quảng Nam phong tỏa các điểm có ca bệnh: đeo khẩu "
                                          "trang nơi công cộng"),
        _span("2020-10-27", "2020-10-31", "🌀 Bão số 9 đổ bộ: hướng dẫn gia cố nhà cửa và "
                                          "số điện thoại cứu hộ"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 2, 3, lambda _: "🌸 Chúc mừng năm mới, an "
                                                               "khang thịnh vượng!")
    feasts += _yearly("09-02", 0, 0, lambda y: f"🇻🇳 Kỷ niệm {y - 1945} năm Quốc khánh 2/9")
    feasts += _yearly("12-04", 0, 0, lambda y: f"🏛️ {y - 1999} năm phố cổ Hội An là di sản "
                                               f"văn hóa thế giới")
    return _calendar(base, news, feasts)


def hoi_an_style() -> PublisherStyle:
    """A Vietnamese town news site (Hội An, Quảng Nam): a section kicker, a posted-on date
    with the time, turned a dotted date with the weekday after it on the heritage day of
    2018 (a wording per day), "Bài, ảnh:" turned writer and photo, "Xem thêm:" turned
    "» Có thể bạn quan tâm:" (up to twice), an ad label, a photo caption, the town's
    seasons (lanterns, beaches, floods, Tết flowers), a tips line turned a messenger appeal
    and turned by a flood, the 2020 distancing and lockdowns and a storm, Tết, the national
    day and the heritage listing with their counts, the source of a copy, a rights line
    reworded and the licence (a block), a rare high-water warning."""
    return PublisherStyle(
        domain="tinphohoi.vn", site="Tin Phố Hội", base_size=140,
        subdomains=(("", 100),),
        sections=("pho-co", "du-lich", "xa-hoi", "van-hoa", "kinh-te"),
        n_authors=4, url_path="/{section}/{slug}-{n}.html",
        pools={
            "muc": ("Phố cổ", "Du lịch", "Xã hội", "Văn hóa", "Kinh tế"),
            "anh": ("Tư liệu", "Bạn đọc cung cấp", "UBND TP Hội An", "Internet"),
            "nguon": ("Báo Quảng Nam", "TTXVN", "VnExpress", "Tuổi Trẻ"),
        },
        families=(
            _f("muc", HEADER, 0.3, (_OLD, "{muc}")),
            _f("ngay", HEADER, 0.75, *_by_day(_vn_dated)),
            _f("tacgia", HEADER, 0.4, (_OLD, "Bài, ảnh: {author}"),
               (VN_BYLINE.isoformat(), "Bài: {author} · Ảnh: {author2}")),
            _f("xemthem", MIDDLE, 0.3, (_OLD, "Xem thêm: {other_title}"),
               (VN_LINKS.isoformat(), "» Có thể bạn quan tâm: {other_title}"), count=2),
            _f("quangcao", MIDDLE, 0.15, (_OLD, "- Quảng cáo -")),
            _f("anh", MIDDLE, 0.2, (_OLD, "(Ảnh: {anh})")),
            _f("mua", FOOTER, 0.2, *_seasons(*VN_SEASONS)),
            _f("loimoi", FOOTER, 0.3, *_vn_notice()),
            _f("nguon", FOOTER, 0.12, (_OLD, "Nguồn: {nguon}")),
            _f("banquyen", FOOTER, 0.4, (_OLD, "© {year} Tin Phố Hội"),
               (VN_RIGHTS.isoformat(), "© {year} Tin Phố Hội. Ghi rõ nguồn khi trích dẫn lại "
                                       "thông tin từ trang này.")),
            _f("giayphep", FOOTER, 0.3, (_OLD, "Giấy phép số 00/GP-STTTT Quảng Nam · Chịu "
                                               "trách nhiệm nội dung: Lê Thị Hoa")),
            _f("ngap", HEADER, 0.04, (_OLD, "⚠️ Nước sông Hoài lên cao: phố Bạch Đằng đang "
                                            "ngập")),
        ),
    )


# --- a Hong Kong district paper with Cantonese lines (Sham Shui Po) ---------------------------

HK_REDESIGN = dt.date(2017, 7, 1)
HK_BYLINE = dt.date(2019, 9, 2)
HK_LINKS = dt.date(2018, 1, 15)
HK_TELEGRAM = dt.date(2019, 11, 25)
HK_RIGHTS = dt.date(2016, 7, 4)

HK_SEASONS = (
    ("02-20", "🐎 馬季進行緊：今晚跑馬地夜馬，附近交通改道"),
    ("07-16", "🐎 馬季煞科，九月再見：暑假街坊活動一覽"),
    ("09-01", "🐎 新馬季開鑼：沙田首個賽馬日，深水埗往返巴士加班"),
)


def _hk_dated(day: dt.date) -> str:
    if day < HK_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日 星期{CHINESE_WEEKDAYS[day.weekday()]}"
    return f"發佈：{day:%d/%m/%Y} {{time}}"


def _hk_notice() -> Wordings:
    base = _steps((_OLD, "鍾意我哋嘅報道？記得喺Facebook撳個讚啦"),
                  (HK_TELEGRAM.isoformat(), "📢 訂閱我哋嘅Telegram頻道，第一時間收到區內消息"))
    news: list[Event] = [
        _vote("2015-11-22", "🗳️ 區議會選舉：深水埗各選區點票結果", before=4, after=1),
        _vote("2016-09-04", "🗳️ 立法會選舉：九龍西投票站位置", before=4, after=1),
        _span("2018-09-15", "2018-09-18", "🌀 山竹襲港：塌樹同水浸位置，街坊互相幫手"),
        _vote("2019-11-24", "🗳️ 區議會選舉2019：深水埗點票結果", before=4, after=1),
        _span("2020-01-29", "2020-04-26", "😷 防疫期間：派口罩地點同社區中心開放時間"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 2, 3, lambda _: "🧧 恭喜發財，新春大吉！"
                                                               "街坊報同大家拜年")
    feasts += _movable(_listed(BUDDHA_BIRTHDAY), 0, 0,
                       lambda y: ("🍞 今年長洲太平清醮冇搶包山比賽" if y == 2020 else
                                  "🍞 長洲太平清醮：今晚搶包山，渡輪加開班次"))
    feasts += _movable(_listed(MID_AUTUMN), 0, 1, lambda _: "🏮 中秋節快樂：維園綵燈會資料")
    feasts += _yearly("07-01", 0, 0, lambda y: f"🎆 香港回歸{y - 1997}周年")
    return _calendar(base, news, feasts)


def sham_shui_po_style() -> PublisherStyle:
    """A Hong Kong district paper in traditional characters with Cantonese lines (Sham Shui
    Po): a section kicker, the date with the weekday, turned a day-first date with the
    time on 1 July 2017 (a wording per day), "撰文：" turned writer and photographer, "相關
    文章：" turned "你可能有興趣 ⇢" (up to twice), an ad label, a photo credit, the racing
    season, a like line turned a channel appeal and turned by four votes, a typhoon and
    the 2020 epidemic, lunar new year, the bun festival on the Buddha's birthday (no bun
    scramble in 2020), mid-autumn and the handover with its count, a comments line, a
    rights line reworded and the publisher (a block), a rare typhoon signal."""
    return PublisherStyle(
        domain="sspkaifong.hk", site="深水埗街坊報", base_size=120,
        subdomains=(("www.", 100),),
        sections=("district", "livelihood", "food", "culture", "people"),
        n_authors=4, url_path="/{section}/{n}/{slug}",
        pools={
            "lanmu": ("地區", "民生", "食", "文化", "人物"),
            "sheying": ("本報記者", "受訪者提供", "網上圖片", "資料圖片"),
        },
        families=(
            _f("lanmu", HEADER, 0.3, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.7, *_by_day(_hk_dated)),
            _f("zhuanwen", HEADER, 0.4, (_OLD, "撰文：{author}"),
               (HK_BYLINE.isoformat(), "撰文：{author}｜攝影：{author2}")),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相關文章：{other_title}"),
               (HK_LINKS.isoformat(), "你可能有興趣 ⇢ {other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.15, (_OLD, "［廣告］")),
            _f("sheying", MIDDLE, 0.2, (_OLD, "相片來源：{sheying}")),
            _f("maji", FOOTER, 0.18, *_seasons(*HK_SEASONS)),
            _f("tongzhi", FOOTER, 0.3, *_hk_notice()),
            _f("liuyan", FOOTER, 0.12, (_OLD, "留言請保持禮貌，人身攻擊嘅留言會被刪除。")),
            _f("banquan", FOOTER, 0.4, (_OLD, "© {year} 深水埗街坊報"),
               (HK_RIGHTS.isoformat(), "© {year} 深水埗街坊報 保留一切權利，轉載請先聯絡編輯部")),
            _f("chuban", FOOTER, 0.3, (_OLD, "出版：街坊傳媒有限公司 · 九龍深水埗")),
            _f("fengqiu", HEADER, 0.04, (_OLD, "⚠️ 八號風球生效中：街坊請留喺屋企，遠離窗口")),
        ),
    )


# --- a Fijian town paper (Savusavu, Vanua Levu; English with Fijian) -------------------------

FJ_REDESIGN = dt.date(2016, 10, 10)  # Fiji Day
FJ_BYLINE = dt.date(2018, 1, 8)
FJ_LINKS = dt.date(2019, 6, 3)
FJ_VIBER = dt.date(2017, 7, 3)
FJ_RIGHTS = dt.date(2019, 1, 7)

FJ_SEASONS = (
    ("05-01", "☀️ Dry season on Vanua Levu: burn-offs need a permit from the Rural Local "
              "Authority"),
    ("11-01", "🌀 Cyclone season is here: check your emergency kit and tie down loose iron"),
)


def _fj_dated(day: dt.date) -> str:
    if day < FJ_REDESIGN:
        return f"{day:%A} {day.day} {day:%B} {day.year}"
    return f"Updated {day:%d/%m/%Y}, {{time12}} FJT"


def _fj_notice() -> Wordings:
    base = _steps((_OLD, "Got a story from Cakaudrove? Call the newsroom or drop in on Main "
                         "Street"),
                  (FJ_VIBER.isoformat(), "📲 Join our Viber community for the day's news from "
                                         "the North"))
    news: list[Event] = [
        _span("2016-02-20", "2016-03-20", "🌀 TC Winston relief: where to drop donations in "
                                          "Savusavu and Labasa"),
        _vote("2018-11-14", "🗳️ Election 2018: polling venues in Cakaudrove and Macuata",
              before=5, after=1),
        _span("2020-03-27", "2020-04-18", "😷 Curfew from 8pm to 5am: stay home, stay safe, "
                                          "vinaka"),
        _span("2020-12-16", "2020-12-22", "🌀 TC Yasa: evacuation centres and relief updates "
                                          "for the North"),
    ]
    feasts = _yearly("10-10", 0, 0, lambda y: f"🇫🇯 Happy Fiji Day: {y - 1970} years of "
                                              f"independence, Bula Fiji!")
    feasts += _movable(_listed(DIWALI), 1, 0, lambda _: "🪔 Happy Diwali to all our readers")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Me nomuni na marau ni siga ni sucu: Merry "
                                               "Christmas")
    return _calendar(base, news, feasts)


def savusavu_style() -> PublisherStyle:
    """A Fijian town paper (Savusavu, Vanua Levu; English with Fijian): a section kicker, the
    weekday and the date, turned an updated line with the time on Fiji Day 2016 (a wording
    per day), "By" turned the reporter and the town, a Fijian greeting, "ALSO READ:" turned
    "More from the North:" (up to twice), an ad label, a photo credit, the dry and cyclone
    seasons, a tips line turned a messenger appeal and turned by two cyclones, a vote and
    the 2020 curfew, Fiji Day with its count, Diwali and Christmas, a rights line reworded
    and the printer (a block), a rare flood alert."""
    return PublisherStyle(
        domain="savusavutide.com.fj", site="Savusavu Tide", base_size=100,
        subdomains=(("www.", 100),),
        sections=("news", "north", "business", "sport", "community"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "desk": ("News", "The North", "Business", "Sport", "Community"),
            "photo": ("Supplied", "File", "Fiji Government", "staff photographer"),
            "town": ("Savusavu", "Labasa", "Taveuni", "Nabouwalu"),
        },
        families=(
            _f("desk", HEADER, 0.3, (_OLD, "{desk}")),
            _f("dated", HEADER, 0.7, *_by_day(_fj_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (FJ_BYLINE.isoformat(), "{author}, {town}")),
            _f("bula", HEADER, 0.1, (_OLD, "Ni sa bula vinaka and welcome to the Tide")),
            _f("alsoread", MIDDLE, 0.3, (_OLD, "ALSO READ: {other_title}"),
               (FJ_LINKS.isoformat(), "More from the North: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "ADVERTISEMENT")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Picture: {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(*FJ_SEASONS)),
            _f("notice", FOOTER, 0.3, *_fj_notice()),
            _f("rights", FOOTER, 0.4, (_OLD, "© {year} Savusavu Tide"),
               (FJ_RIGHTS.isoformat(), "© Savusavu Tide {year}. No part may be reproduced "
                                       "without the editor's written consent.")),
            _f("printer", FOOTER, 0.3, (_OLD, "Printed and published by Northern Isles Media "
                                              "Pte Limited, Savusavu")),
            _f("flood", HEADER, 0.04, (_OLD, "⚠️ Flash flood alert for the Labasa River: avoid "
                                             "low-lying crossings")),
        ),
    )


# --- a Hawaiian community paper (Puna, Hawaiʻi Island; English with Hawaiian) ----------------

HI_REDESIGN = dt.date(2018, 9, 5)  # the day after the eruption was declared paused
HI_BYLINE = dt.date(2017, 2, 6)
HI_LINKS = dt.date(2016, 8, 1)
HI_NEWSLETTER = dt.date(2019, 4, 29)
HI_RIGHTS = dt.date(2020, 1, 13)

HI_SEASONS = (
    ("05-01", "🥭 Mango season: the Maku'u farmers market opens at 7 on Sundays"),
    ("06-01", "🌀 Hurricane season has begun: keep two weeks of water and food"),
    ("12-01", "🐋 Koholā season: humpbacks off the coast, keep 100 yards away"),
)


def _hi_dated(day: dt.date) -> str:
    if day < HI_REDESIGN:
        return f"{day:%B} {day.day}, {day.year}"
    return f"{day:%a}., {day:%b}. {day.day}, {day.year} · {{time12}} HST"


def hi_greeting(day: dt.date) -> str:
    """An Aloha Friday greeting on Fridays, a plain one the other days."""
    if day.weekday() == 4:
        return "🌺 Happy Aloha Friday from the Puna Pōhaku Press ʻohana!"
    return "🌺 Aloha mai kākou! Thanks for reading"


def _hi_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook for Puna news and events"),
                  (HI_NEWSLETTER.isoformat(), "📬 Sign up for the Sunday newsletter: the week "
                                              "in Puna, free in your inbox"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ General election: your polling place in Puna", before=4,
              after=1),
        _span("2018-05-03", "2018-09-04", "🌋 Lava update: road closures, shelters and "
                                          "county Civil Defense messages"),
        _span("2018-08-22", "2018-08-27", "🌀 Hurricane Lane: flash flood warnings for East "
                                          "Hawaiʻi"),
        _vote("2018-11-06", "🗳️ General election 2018: results for County Council District "
                            "5", before=4, after=1),
        _span("2020-03-25", "2020-05-31", "😷 Stay at home, work at home: the island's "
                                          "emergency rules"),
        _vote("2020-11-03", "🗳️ Mail your ballot: it must arrive by 7 pm on November 3",
              before=10, after=0),
    ]
    feasts = _yearly("03-26", 0, 0, lambda _: "Hauʻoli Lā Kūhiō: Prince Kūhiō Day")
    feasts += _movable(merrie_monarch, 6, 0, lambda y: f"💃 {ordinal(y - 1963)} Merrie Monarch "
                                                       f"Festival week in Hilo")
    feasts += _yearly("06-11", 0, 0, lambda _: "👑 King Kamehameha Day: lei draping and "
                                               "parade")
    feasts += _movable(statehood_day, 0, 0, lambda y: f"Statehood Day: {y - 1959} years")
    return _calendar(base, news, feasts)


def puna_style() -> PublisherStyle:
    """A Hawaiian community paper (Puna, Hawaiʻi Island; English with Hawaiian): a kicker,
    the long date, turned a short weekday date with the time the day after the 2018
    eruption paused (a wording per day), "Story by" turned writer and photos, an Aloha
    Friday greeting (a wording per weekday), "Related:" turned "Keep reading →" (up to
    twice), a sponsored label, a photo credit, the whale, mango and hurricane seasons, a
    like line turned a newsletter and turned by three votes, the eruption, a hurricane and
    the 2020 stay-at-home order, Kūhiō Day, the hula festival with its count (not held
    in 2020), Kamehameha Day and Statehood Day with its count, a tag list, a rights line
    reworded and a nonprofit line (a block), a rare vog advisory."""
    return PublisherStyle(
        domain="punapohaku.org", site="Puna Pōhaku Press", base_size=80,
        subdomains=(("", 100),),
        sections=("community", "lava", "schools", "farms", "ohana"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "kicker": ("Community", "Lava", "Schools", "Farms", "ʻOhana"),
            "credit": ("courtesy photo", "USGS", "County of Hawaiʻi", "staff photo"),
            "tag": ("Pāhoa", "Kapoho", "Leilani", "Kalapana", "Volcano", "Keaʻau"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("dated", HEADER, 0.7, *_by_day(_hi_dated)),
            _f("storyby", HEADER, 0.45, (_OLD, "Story by {author}"),
               (HI_BYLINE.isoformat(), "Words by {author} | Photos by {author2}")),
            _f("aloha", HEADER, 0.15, *_by_day(hi_greeting)),
            _f("related", MIDDLE, 0.3, (_OLD, "Related: {other_title}"),
               (HI_LINKS.isoformat(), "Keep reading → {other_title}"), count=2),
            _f("sponsored", MIDDLE, 0.12, (_OLD, "— Sponsored —")),
            _f("credit", MIDDLE, 0.2, (_OLD, "Photo: {credit}")),
            _f("season", FOOTER, 0.2, *_seasons(*HI_SEASONS)),
            _f("notice", FOOTER, 0.3, *_hi_notice()),
            _f("tags", FOOTER, 0.25, (_OLD, "Tagged: {tag_list}")),
            _f("rights", FOOTER, 0.4, (_OLD, "© {year} Puna Pōhaku Press"),
               (HI_RIGHTS.isoformat(), "© {year} Puna Pōhaku Press · Mahalo for asking before "
                                       "you share our stories")),
            _f("nonprofit", FOOTER, 0.3, (_OLD, "A reader-supported 501(c)(3) nonprofit "
                                                "newsroom · Pāhoa, Hawaiʻi")),
            _f("vog", HEADER, 0.04, (_OLD, "⚠️ Vog advisory: sensitive groups should stay "
                                           "indoors today")),
        ),
    )


# --- an island bulletin (Rota, Northern Mariana Islands; English with Chamorro) -------------

MP_POSTED = dt.date(2018, 11, 19)
MP_RIGHTS = dt.date(2019, 7, 8)

MP_SEASONS = (
    ("01-15", "🌤️ Fanumnågan, the dry season: water the gardens early"),
    ("07-01", "🌧️ Fanuchånan, the rainy season: watch the typhoon bulletins"),
)


def _mp_notice() -> Wordings:
    base = _steps((_OLD, "Send your village news to the bulletin box at the mayor's office "
                         "in Songsong"),
                  ("2019-07-08", "📮 Email your village news and photos to the bulletin, si "
                                 "Yu'os ma'åse'"))
    news: list[Event] = [
        _span("2018-10-24", "2018-11-10", "🌀 Super Typhoon Yutu: relief flights and water "
                                          "distribution points"),
        _vote("2018-11-13", "🗳️ Election day: polling at the Sinapalo school cafeteria",
              before=3, after=0),
        _span("2020-03-30", "2020-05-31", "😷 Stay home order: the airport is closed to "
                                          "visitors"),
    ]
    feasts = _yearly("03-01", 0, 0, lambda _: "Felis Mes Chamorro yan Refaluwasch: Chamorro "
                                              "and Carolinian Heritage Month")
    feasts += _yearly("07-04", 0, 0, lambda y: f"🇺🇸 Liberation Day: {y - 1946} years")
    feasts += _yearly("10-10", 1, 1, lambda y: ("San Francisco de Borja fiesta is cancelled "
                                                "this year" if y == 2020 else
                                                "🎉 San Francisco de Borja fiesta: novena and "
                                                "procession in Songsong"))
    return _calendar(base, news, feasts)


def rota_style() -> PublisherStyle:
    """An island bulletin (Rota, Northern Mariana Islands; English with Chamorro): a kind
    kicker, the date and the writer, turned a posted line with the weekday, a Chamorro
    greeting, "See also:" (up to twice), a photo credit, the dry and rainy seasons, a news
    box line turned an email appeal and turned by a typhoon, a vote and the 2020 stay-home
    order, the heritage month, Liberation Day with its count and the village fiesta
    (cancelled in 2020), a rights line reworded and the funder (a block), a rare water
    outage."""
    return PublisherStyle(
        domain="lutabreeze.com", site="Luta Breeze", base_size=62,
        subdomains=(("www.", 100),),
        sections=("village", "school", "farms", "church"),
        n_authors=2, url_path="/posts/{slug}",
        pools={
            "kind": ("Village", "School news", "Farms", "Church"),
            "photo": ("the mayor's office", "a reader", "the bulletin", "file"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_long} · {author}"),
               (MP_POSTED.isoformat(), "Posted on {weekday}, {date_long} by {author}")),
            _f("hafa", HEADER, 0.12, (_OLD, "Håfa adai, Luta! Good morning, Rota")),
            _f("seealso", MIDDLE, 0.3, (_OLD, "See also: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo courtesy of {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(*MP_SEASONS)),
            _f("notice", FOOTER, 0.3, *_mp_notice()),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Luta Breeze"),
               (MP_RIGHTS.isoformat(), "© {year} Luta Breeze · Songsong Village, Rota, MP "
                                       "96951")),
            _f("funder", FOOTER, 0.3, (_OLD, "This bulletin is printed with help from the "
                                             "island's community fund.")),
            _f("water", HEADER, 0.04, (_OLD, "⚠️ Water outage in Sinapalo today: boil water "
                                             "before drinking")),
        ),
    )


# --- an island bulletin (Luganville, Espiritu Santo, Vanuatu; English with Bislama) ----------

VU_POSTED = dt.date(2017, 5, 8)
VU_LINKS = dt.date(2019, 10, 7)
VU_RIGHTS = dt.date(2018, 2, 5)

VU_SEASONS = (
    ("05-01", "🌴 Dry taem: kava mo kopra i stap gud long maket"),
    ("11-01", "🌀 Saeklon sisen i kam: rere long ol saeklon woning"),
)


def _vu_notice() -> Wordings:
    base = _steps((_OLD, "Gat nius? Ring long bulletin o kam long ofis long Main Street"),
                  ("2018-02-05", "📲 Folem mifala long Facebook: nius blong Santo evri dei"))
    news: list[Event] = [
        _span("2015-03-13", "2015-04-12", "🌀 Saeklon Pam: ol help i kam, lukaotem ol "
                                          "neiba"),
        _vote("2016-01-22", "🗳️ Eleksen 2016: ol polling stesen long Luganville", before=4,
              after=1),
        _vote("2020-03-19", "🗳️ Eleksen 2020: ol risal long Santo", before=4, after=2),
        _span("2020-04-06", "2020-04-30", "🌀 Saeklon Harold: Santo i kasem bigfala damej, "
                                          "help i stap kam"),
    ]
    feasts = _yearly("07-30", 1, 0, lambda y: f"🇻🇺 Hapi Indipendens: {y - 1980} yia blong "
                                              f"Vanuatu")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Hapi Krismas long olgeta")
    return _calendar(base, news, feasts)


def luganville_style() -> PublisherStyle:
    """An island bulletin (Luganville, Espiritu Santo, Vanuatu; English with Bislama): a
    kicker, the writer and the date, turned a Bislama "raetem" line, "Ridim moa:" turned
    "Read more:" (up to twice), a photo credit, the dry and cyclone seasons in Bislama, a
    tips line turned a social appeal and turned by two cyclones and two votes, independence
    with its count and Christmas, a thank-you in Bislama, a rights line reworded and the
    sponsor (a block), a rare ferry cancellation."""
    return PublisherStyle(
        domain="santonius.vu", site="Santo Nius", base_size=48,
        subdomains=(("", 100),),
        sections=("nius", "business", "sport", "provins"),
        n_authors=2, url_path="/nius/{n}-{slug}",
        pools={
            "kicker": ("Nius", "Bisnis", "Spot", "Provins"),
            "foto": ("Santo Nius", "ol pipol", "Sanma Province", "file"),
        },
        families=(
            _f("kicker", HEADER, 0.3, (_OLD, "{kicker}")),
            _f("posted", HEADER, 0.5, (_OLD, "{author} | {date_dmy}"),
               (VU_POSTED.isoformat(), "Raetem i kam long {author}, {date_dmy}")),
            _f("ridim", MIDDLE, 0.3, (_OLD, "Ridim moa: {other_title}"),
               (VU_LINKS.isoformat(), "Read more: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("season", FOOTER, 0.2, *_seasons(*VU_SEASONS)),
            _f("notice", FOOTER, 0.3, *_vu_notice()),
            _f("tangkyu", FOOTER, 0.2, (_OLD, "Tangkyu tumas from ridim Santo Nius")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Santo Nius"),
               (VU_RIGHTS.isoformat(), "© {year} Santo Nius, Luganville. Askem fastaem bifo "
                                       "yu kopi.")),
            _f("sponsor", FOOTER, 0.3, (_OLD, "Bulletin ia i kam long help blong ol bisnis "
                                              "blong Santo")),
            _f("ferry", HEADER, 0.04, (_OLD, "⚠️ Sip i no go long Malo tedei from big solwota")),
        ),
    )


# --- a fishers' association's news (Koror, Palau; English with Palauan) ----------------------

PW_POSTED = dt.date(2019, 2, 4)
PW_RIGHTS = dt.date(2017, 10, 2)
PW_SANCTUARY = dt.date(2020, 1, 1)  # the national marine sanctuary closed most waters

PW_SEASONS = (
    ("04-01", "🐟 Spawning closure: no catching, buying or selling of groupers until the end "
              "of May"),
    ("06-01", "🎣 Reef fish market open again: weigh in at the dock before 10 am"),
    ("11-01", "🌊 Northeast trades: small boats should stay inside the reef on windy days"),
)


def _pw_notice() -> Wordings:
    base = _steps((_OLD, "Members' meeting on the first Saturday of the month at the Malakal "
                         "dock"),
                  ("2019-02-04", "📻 Listen for our catch report on the morning radio, "
                                 "Monday to Friday"))
    news: list[Event] = [
        _span("2019-12-15", "2020-01-15", "🐠 The marine sanctuary begins on 1 January: fish "
                                          "only inside the domestic zone"),
        _span("2020-03-20", "2020-06-30", "😷 Borders closed: buy local fish and keep the "
                                          "market open"),
    ]
    feasts = _yearly("07-09", 0, 0, lambda y: f"Constitution Day: {y - 1981} years")
    feasts += _yearly("10-01", 0, 0, lambda y: f"🇵🇼 Independence Day: {y - 1994} years, "
                                               f"ungil el Belau")
    return _calendar(base, news, feasts)


def koror_style() -> PublisherStyle:
    """A fishers' association's news (Koror, Palau; English with Palauan): a kind kicker,
    the date and the writer, turned a posted-by line, a Palauan greeting, "From the dock:"
    (up to twice), a photo credit, the spawning closure, market and wind seasons, a meeting
    line turned a radio report and turned by the marine sanctuary and the 2020 border
    closure, the constitution's and independence's days with their counts, a thanks in
    Palauan, a rights line reworded and the membership (a block), a rare small-craft
    warning."""
    return PublisherStyle(
        domain="belaufishers.org.pw", site="Belau Fishers' Association", base_size=34,
        subdomains=(("www.", 100),),
        sections=("catch", "market", "reef", "members"),
        n_authors=2, url_path="/news/{yyyy}/{slug}",
        pools={
            "kind": ("Catch report", "Market", "Reef watch", "Members"),
            "photo": ("a member", "the association", "Palau Marine Law", "file"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_short} — {author}"),
               (PW_POSTED.isoformat(), "Posted by {author} on {date_dmy}")),
            _f("alii", HEADER, 0.12, (_OLD, "Alii! Welcome, fishers and friends")),
            _f("dock", MIDDLE, 0.3, (_OLD, "From the dock: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo by {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(*PW_SEASONS)),
            _f("notice", FOOTER, 0.3, *_pw_notice()),
            _f("sulang", FOOTER, 0.2, (_OLD, "Sulang! Thank you for buying local fish.")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Belau Fishers' Association"),
               (PW_RIGHTS.isoformat(), "© {year} Belau Fishers' Association · Malakal, "
                                       "Koror, Republic of Palau")),
            _f("member", FOOTER, 0.3, (_OLD, "Members fish by the Palau Protected Areas "
                                             "Network rules.")),
            _f("smallcraft", HEADER, 0.04, (_OLD, "⚠️ Small craft advisory: no trips past the "
                                                  "reef today")),
        ),
    )


# --- a coffee growers' cooperative (Mount Hagen, Papua New Guinea; English with Tok Pisin) ---

PG_POSTED = dt.date(2018, 4, 9)
PG_PRICE = dt.date(2019, 4, 1)
PG_RIGHTS = dt.date(2019, 9, 16)

PG_SEASONS = (
    ("04-01", "☕ Kopi taim: the main harvest is on, bring only red cherries to the "
              "factory"),
    ("09-15", "🌱 Harvest is over: time to prune and plant shade trees"),
)


def _pg_notice() -> Wordings:
    base = _steps((_OLD, "Members: bring your parchment to the Kagamuga depot on Tuesdays"),
                  (PG_PRICE.isoformat(), "📱 Get the weekly parchment price by SMS: text "
                                         "PRAIS to our number"))
    news: list[Event] = [
        _span("2017-06-20", "2017-07-10", "🗳️ Eleksen 2017: the depot closes on polling days "
                                          "in the Western Highlands"),
        _span("2018-02-26", "2018-03-20", "Guria bilong 26 Februari: our members in the "
                                          "Southern Highlands need help"),
        _span("2020-03-23", "2020-04-30", "😷 State of emergency: the depot stays open for "
                                          "deliveries, keep your distance"),
    ]
    feasts = _yearly("09-16", 0, 0, lambda y: f"🇵🇬 Hepi Independens: {y - 1975} yia")
    feasts += _movable(hagen_show, 1, 1, lambda _: "🪶 Hagen Show this weekend: sing-sing "
                                                   "groups at the showground")
    return _calendar(base, news, feasts)


def mount_hagen_style() -> PublisherStyle:
    """A coffee growers' cooperative (Mount Hagen, Papua New Guinea; English with Tok
    Pisin): a kind kicker, the date and the writer, turned a posted line with the role, a
    Tok Pisin welcome, "Ol narapela stori:" (up to twice), a photo credit, the harvest and
    pruning seasons, a depot line turned an SMS price appeal and turned by the 2017 vote,
    an earthquake and the 2020 state of emergency, independence with its count and the
    Hagen show (not held in 2020), a rights line reworded and the certification (a block),
    a rare road closure."""
    return PublisherStyle(
        domain="hagenkopi.org.pg", site="Hagen Kopi Growers", base_size=22,
        subdomains=(("www.", 100),),
        sections=("harvest", "members", "market", "training"),
        n_authors=2, url_path="/stori/{slug}",
        pools={
            "kind": ("Harvest", "Members", "Market", "Training"),
            "photo": ("the cooperative", "a member", "Coffee Industry Corporation", "file"),
            "beat": ("extension officer", "chairman", "depot manager"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "{date_dmy} · {author}"),
               (PG_POSTED.isoformat(), "{author}, {author_beat} · {date_long}")),
            _f("gude", HEADER, 0.12, (_OLD, "Gude tru! Welkam long ol kopi grower")),
            _f("stori", MIDDLE, 0.3, (_OLD, "Ol narapela stori: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Piksa: {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(*PG_SEASONS)),
            _f("notice", FOOTER, 0.3, *_pg_notice()),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Hagen Kopi Growers"),
               (PG_RIGHTS.isoformat(), "© {year} Hagen Kopi Growers Cooperative Society · "
                                       "Western Highlands Province")),
            _f("certified", FOOTER, 0.3, (_OLD, "Fairtrade and organic certified smallholder "
                                                "coffee")),
            _f("rot", HEADER, 0.04, (_OLD, "⚠️ Rot i pas: the Highlands Highway is closed near "
                                           "Kagamuga")),
        ),
    )


def heldout74_styles() -> list[PublisherStyle]:
    """The held-back-74 styles, in the order the generator hands them to publishers."""
    return [
        quanzhou_style(), tainan_style(), hakodate_style(), jeonju_style(), hoi_an_style(),
        sham_shui_po_style(), savusavu_style(), puna_style(), rota_style(),
        luganville_style(), koror_style(), mount_hagen_style(),
    ]
