"""The ``held-back-81`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-79 set
(`tests.bench.heldout_templates_79`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are East Asia's regional and diaspora outlets and North
America's local and community news, large and small: a county weekly in central
Pennsylvania, a district paper in Yuen Long written in Cantonese, an island daily on Kinmen
(the Republic of China's years in Chinese numerals), a French-language community radio in
Gravelbourg (Saskatchewan), a Korean weekly in Bergen County (New Jersey), an island paper on
Miyako (the Japanese eras, the change of era in 2019), a Navajo Nation paper (its own daylight
saving time), a Mongolian paper at the Zamiin-Üüd border crossing, a Hakka community radio in
Zhudong (Hsinchu), an Ojibwe band's monthly (Ojibwe moons), a Tibetan community site in
Toronto (Tibetan numerals) and a Uyghur community site in northern Virginia (Arabic script).
The families are the kinds a crawl of such sites holds: dates localised day by day (several
changing form on the day of a redesign or of a new era, one month by month, one by the time
zone), lines that turn every day or every week (the weather, wind chill and UV, the day's
ferries and trucks, an exchange rate, typhoon signals), the seasons of a band's harvests,
bylines and datelines of many shapes (a reporter with the town reported from, a byline at the
foot, a text and voice credit), section kickers, read-also links (some up to two times),
photo credits, sources, a sister paper's cross-post, a fair-use line, donation and
membership appeals, subscription prices in dollars, yen and New Taiwan dollars (some rising
over the years or with a tax), a postal statement, public-notice and letters policies, notices
reworded in 2016-2020, notices that follow a calendar (votes, a postponed one, overseas
voting suspended, typhoons, storms, the 2020 lockdowns and weekend curfews, lunar new years,
feasts and anniversaries with their counts, fairs, a triathlon and powwows called off in 2020,
a hunting season's opener moved), multi-line blocks, mid-body inserts, bare lines and families
in only 4% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    nth_weekday,
    ordinal,
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
CJK_WEEKDAYS = "一二三四五六日"
HANZI = "〇一二三四五六七八九"
JAPANESE_WEEKDAYS = "月火水木金土日"
KOREAN_WEEKDAYS = "월화수목금토일"
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
MONGOLIAN_WEEKDAYS = ("Даваа", "Мягмар", "Лхагва", "Пүрэв", "Баасан", "Бямба", "Ням")
OJIBWE_MOONS = ("Manidoo-giizis", "Namebini-giizis", "Onaabani-giizis", "Iskigamizige-giizis",
                "Zaagibagaa-giizis", "Ode'imini-giizis", "Miskomini-giizis",
                "Manoominike-giizis", "Waatebagaa-giizis", "Binaakwe-giizis",
                "Gashkadino-giizis", "Manidoo-giizisoons")
UYGHUR_MONTHS = ("يانۋار", "فېۋرال", "مارت", "ئاپرېل", "ماي", "ئىيۇن", "ئىيۇل", "ئاۋغۇست",
                 "سېنتەبىر", "ئۆكتەبىر", "نويابىر", "دېكابىر")
UYGHUR_WEEKDAYS = ("دۈشەنبە", "سەيشەنبە", "چارشەنبە", "پەيشەنبە", "جۈمە", "شەنبە",
                   "يەكشەنبە")
TIBETAN_ZERO = "༠"

# Movable days as the sites' readers kept them (year -> ISO day).
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
ZODIAC = {2015: "羊", 2016: "猴", 2017: "雞", 2018: "狗", 2019: "豬", 2020: "鼠"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
TIN_HAU = {2015: "2015-05-11", 2016: "2016-04-29", 2017: "2017-04-19", 2018: "2018-05-08",
           2019: "2019-04-27"}  # the parade was called off in 2020
CITY_GOD = {2015: "2015-05-29", 2016: "2016-05-18", 2017: "2017-05-07", 2018: "2018-05-26",
            2019: "2019-05-16", 2020: "2020-05-04"}
WHITE_MONTH = {2015: "2015-02-19", 2016: "2016-02-09", 2017: "2017-02-27", 2018: "2018-02-16",
               2019: "2019-02-05", 2020: "2020-02-24"}  # Tsagaan Sar and Losar alike
SKY_MENDING = {2015: "2015-03-10", 2016: "2016-02-27", 2017: "2017-02-16", 2018: "2018-03-07",
               2019: "2019-02-24", 2020: "2020-02-13"}  # the Hakka day, lunar 1/20
YIMIN = {2015: "2015-09-02", 2016: "2016-08-22", 2017: "2017-09-10", 2018: "2018-08-30",
         2019: "2019-08-20", 2020: "2020-09-07"}
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}


def pseudo(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}:{day:%Y%m%d}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_of(day: dt.date) -> dt.date:
    """The Monday `day`'s week starts on (the weekly lines turn on Mondays)."""
    return day - dt.timedelta(days=day.weekday())


def warmth(day: dt.date) -> float:
    """-1 in the depth of a northern winter (mid-January) to 1 in high summer (mid-July)."""
    return -math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25)


def hanzi_digits(number: int) -> str:
    """`number` digit by digit in Chinese numerals, as a year is written: 108 -> 一〇八."""
    return "".join(HANZI[int(c)] for c in str(number))


def hanzi_count(number: int) -> str:
    """1 to 99 in counted Chinese numerals, as a month or a day is written: 二十一, 十, 三."""
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else HANZI[tens] + "十")
    return head + ("" if ones == 0 else HANZI[ones])


def us_daylight_time(day: dt.date) -> bool:
    """US daylight saving time: the second Sunday of March to the first Sunday of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def japanese_era(day: dt.date) -> str:
    """The era and its year as printed on `day`: 平成28年, 令和元年 (from 1 May 2019)."""
    if day >= REIWA:
        n, era = day.year - 2018, "令和"
    else:
        n, era = day.year - 1988, "平成"
    return f"{era}{'元' if n == 1 else n}年"


def true_minus(value: int) -> str:
    """A negative number with the true minus sign (U+2212), as weather pages print it."""
    return f"\u2212{-value}" if value < 0 else str(value)


# --- a county weekly (Loysville, Perry County, Pennsylvania) ---------------------------------

PA_CMS = dt.date(2017, 6, 5)  # moved to a hosted newspaper CMS
PA_RELATED = dt.date(2018, 3, 5)
PA_EMAIL = dt.date(2019, 4, 1)
PA_THURSDAY = dt.date(2019, 7, 4)  # the paper moved its day of publication
PA_LETTERS = dt.date(2018, 1, 2)
PA_PRICES = ((_OLD, "32", "42"), ("2017-01-02", "35", "46"), ("2019-01-02", "38", "50"))
PA_EEDITION = dt.date(2020, 4, 6)


def pa_rifle_opener(y: int) -> dt.date:
    """The first day of Pennsylvania's rifle deer season: the Monday after Thanksgiving, the
    Saturday after it from 2019."""
    return thanksgiving(y) + dt.timedelta(days=4 if y < 2019 else 2)


def _pa_opener(y: int) -> str:
    day = pa_rifle_opener(y)
    if y < 2019:
        return (f"🦌 Rifle deer season opens Monday, {AP_MONTHS[day.month - 1]} {day.day}: most "
                f"county schools closed")
    return f"🦌 Rifle deer season opens Saturday, {AP_MONTHS[day.month - 1]} {day.day} this year"


def _pa_notice() -> Wordings:
    base = _steps((_OLD, "Like The Sherman's Valley Crier on Facebook for school closings and "
                         "breaking news"),
                  (PA_EMAIL.isoformat(), "📧 Get our free Friday email: sign up at "
                                         "shermansvalleycrier.com/newsletter"))
    votes: list[Event] = [
        _vote("2016-04-26", "🗳️ Primary Election Day: polls open 7 a.m. to 8 p.m.", before=5,
              after=0),
        _vote("2016-11-08", "🗳️ Election Day: Perry County results on our website tonight",
              before=6),
        _vote("2017-05-16", "🗳️ Municipal primary: school board and township races", before=5,
              after=0),
        _vote("2018-05-15", "🗳️ Primary Election Day: polls open 7 a.m. to 8 p.m.", before=5,
              after=0),
        _vote("2018-11-06", "🗳️ Election Day: Perry County results on our website tonight",
              before=6),
        _vote("2019-11-05", "🗳️ Municipal election: county commissioner results", before=5),
        _span("2020-03-27", "2020-03-29", "🗳️ Pennsylvania primary moved from April 28 to "
                                          "June 2"),
        _vote("2020-06-02", "🗳️ Primary Election Day, June 2: mail ballots due by 8 p.m.",
              before=6, after=0),
        _vote("2020-11-03", "🗳️ Election Day: mail-in ballot drop box at the courthouse in New "
                            "Bloomfield", before=10, after=1),
    ]
    storms: list[Event] = [
        _span("2016-01-22", "2016-01-24", "❄️ Snow emergency: county offices closed, stay off "
                                          "the roads"),
        _span("2017-03-13", "2017-03-15", "❄️ Winter storm warning: up to 20 inches in Perry "
                                          "County"),
        _span("2020-03-30", "2020-05-28", "😷 Stay-at-home order: our office is closed to "
                                          "walk-ins, call 717-000-0000"),
        _span("2020-07-27", "2020-08-08", "🎡 Perry County Fair canceled for 2020; 4-H "
                                          "livestock sale goes online"),
    ]
    feasts = _movable(lambda y: None if y == 2020 else nth_weekday(y, 8, 0, 1), 3, 5,
                      lambda y: f"🎡 Perry County Fair {y}: grandstand schedule and results")
    feasts += _movable(pa_rifle_opener, 5, 0, _pa_opener)
    return _calendar(base, votes, storms, feasts)


def _pa_prices() -> Wordings:
    out = [(start, f"Subscribe: ${inside} a year in Perry County, ${outside} elsewhere")
           for start, inside, outside in PA_PRICES]
    out.append((PA_EEDITION.isoformat(), "Subscribe: $38 a year in Perry County, $50 "
                                         "elsewhere · e-Edition only $3 a month"))
    return tuple(out)


def perry_style() -> PublisherStyle:
    """A county weekly (Loysville, Pennsylvania): a desk kicker, a posted line at midnight
    (the weekly's fixed time) turned a short date with an update time, "By" turned a byline
    with the writer's beat, "RELATED:" turned "ALSO THIS WEEK »" (up to twice), a bare photo
    credit in parentheses, a sister paper's cross-post, a social line turned a newsletter
    appeal and turned by nine votes (a primary postponed), two storms, the 2020 stay-at-home
    order, the county fair (canceled in 2020) and the rifle deer opener (moved from Monday to
    Saturday in 2019), the yearly subscription rising twice and an e-edition price, the postal
    statement and its postmaster line (a block, the day of publication changed), a public
    notice line, a letters policy reworded, a rare correction."""
    return PublisherStyle(
        domain="shermansvalleycrier.com", site="The Sherman's Valley Crier", base_size=240,
        subdomains=(("www.", 85), ("", 15)),
        sections=("news", "schools", "sports", "farm", "courthouse", "community"),
        n_authors=6, url_path="/{section}/article_{n}.html",
        pools={
            "desk": ("Local News", "Schools", "Sports", "Farm & Garden", "Courthouse",
                     "Community"),
            "beat": ("Staff Writer", "Sports Editor", "Correspondent", "Editor",
                     "Staff Writer"),
            "credit": ("Submitted photo", "Crier photo", "File photo",
                       "Photo courtesy of Perry County 4-H", "Crier photo/Dale Kistler"),
        },
        families=(
            _f("desk", HEADER, 0.4, (_OLD, "{desk}")),
            _f("posted", HEADER, 0.75, (_OLD, "Posted: {weekday}, {date_long} 12:00 am"),
               (PA_CMS.isoformat(), "{date_short} · Updated {time12}")),
            _f("byline", HEADER, 0.55, (_OLD, "By {author}"),
               (PA_CMS.isoformat(), "By {author} · {author_beat}")),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}"),
               (PA_RELATED.isoformat(), "ALSO THIS WEEK » {other_title}"), count=2),
            _f("credit", MIDDLE, 0.25, (_OLD, "({credit})")),
            _f("sister", FOOTER, 0.08, (_OLD, "This story also appeared in our sister paper, "
                                              "the Juniata Valley Sentinel.")),
            _f("notice", FOOTER, 0.3, *_pa_notice()),
            _f("subscribe", FOOTER, 0.2, *_pa_prices()),
            _f("statement", FOOTER, 0.3,
               (_OLD, "The Sherman's Valley Crier (USPS 000-412) is published weekly on "
                      "Wednesdays by Tuscarora Ridge Media LLC, 14 Carlisle St., Loysville, PA "
                      "17047. Periodicals postage paid at Loysville, PA."),
               (PA_THURSDAY.isoformat(),
                "The Sherman's Valley Crier (USPS 000-412) is published weekly on Thursdays "
                "by Tuscarora Ridge Media LLC, 14 Carlisle St., Loysville, PA 17047. "
                "Periodicals postage paid at Loysville, PA.")),
            _f("postmaster", FOOTER, 0.25, (_OLD, "POSTMASTER: Send address changes to P.O. Box "
                                                  "86, Loysville, PA 17047.")),
            _f("legal", FOOTER, 0.15, (_OLD, "Legal notices printed in this newspaper also "
                                             "appear at www.publicnoticepa.com at no extra "
                                             "charge.")),
            _f("letters", FOOTER, 0.12,
               (_OLD, "Letters to the editor must be signed and include a phone number for "
                      "verification. Limit 350 words."),
               (PA_LETTERS.isoformat(), "Letters must be signed and include a daytime phone "
                                        "number for verification. Limit 300 words; one letter "
                                        "per writer every 30 days.")),
            _f("correction", HEADER, 0.04, (_OLD, "CORRECTION: An earlier version of this story "
                                                  "misspelled the name of the Blain Borough "
                                                  "council president.")),
        ),
    )


# --- a district paper in written Cantonese (Yuen Long, New Territories, Hong Kong) ----------

HK_REDESIGN = dt.date(2018, 7, 2)
HK_RIGHTS = dt.date(2017, 1, 3)
HK_TELEGRAM = dt.date(2019, 6, 17)
HK_PATRON = dt.date(2019, 9, 2)


def _hk_dated(day: dt.date) -> str:
    weekday = CJK_WEEKDAYS[day.weekday()]
    if day < HK_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日（星期{weekday}）"
    return f"{day.year}/{day.month}/{day.day}（{weekday}）{{time}}"


def hk_temperatures(day: dt.date) -> tuple[int, int]:
    """The made-up lowest and highest temperature forecast in Yuen Long on `day` (seasonal)."""
    low = round(20 + 6 * warmth(day)) + pseudo(day, "hk-low", -2, 2)
    return low, low + pseudo(day, "hk-span", 3, 8)


def _hk_weather_base(day: dt.date) -> str:
    low, high = hk_temperatures(day)
    damp = pseudo(day, "hk-damp", 55, 80)
    return (f"🌡️ 天文台預報：今日氣溫介乎{low}至{high}度，相對濕度百分之{damp}至"
            f"{damp + pseudo(day, 'hk-damp2', 5, 15)}")


def _hk_weather() -> Wordings:
    signals: list[Event] = [
        _span("2016-01-24", "2016-01-24", "🥶 寒冷天氣警告：大帽山結冰，行山人士小心"),
        _span("2016-08-01", "2016-08-02", "🌀 八號烈風或暴風信號（妮妲）：請留喺室內"),
        _span("2017-08-23", "2017-08-23", "🌀 十號颶風信號（天鴿）：請遠離海旁"),
        _span("2017-08-27", "2017-08-27", "🌀 八號烈風或暴風信號（帕卡）"),
        _span("2018-09-16", "2018-09-17", "🌀 十號颶風信號（山竹）：元朗多處水浸塌樹"),
        _span("2020-08-19", "2020-08-19", "🌀 十號颶風信號（海高斯）"),
    ]
    return _calendar(_hk_weather_base, signals)


def _hk_notice() -> Wordings:
    base = _steps((_OLD, "讚好我哋嘅Facebook專頁，元朗大小事唔執漏"),
                  (HK_TELEGRAM.isoformat(), "📲 訂閱元朗墟報Telegram頻道：t.me/yuenlonghui"))
    news: list[Event] = [
        _vote("2015-11-22", "🗳️ 區議會選舉：元朗區各選區點票結果", before=5),
        _vote("2016-09-04", "🗳️ 立法會選舉：新界西票站位置同投票時間", before=5),
        _vote("2019-11-24", "🗳️ 區議會選舉：元朗區39個選區即時結果", before=5, after=2),
        _span("2020-03-29", "2020-05-07", "😷 限聚令：公眾地方唔可以超過四人聚集"),
        _span("2020-07-31", "2020-09-06", "🗳️ 立法會選舉押後一年舉行"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 2, 3,
                      lambda y: f"🧧 恭喜發財！祝大家{ZODIAC[y]}年行好運")
    feasts += _movable(_listed(TIN_HAU), 3, 0,
                       lambda y: f"🏮 十八鄉天后誕{y}：會景巡遊路線及封路安排")
    return _calendar(base, news, feasts)


def yuenlong_style() -> PublisherStyle:
    """A district paper in written Cantonese (Yuen Long): a kicker, the date with the weekday
    in brackets turned a slashed date with the time on a redesign (a wording per day), a
    reporter turned a text and photo credit, "延伸閱讀：" turned the colloquial "👉 睇埋："
    (up to twice), a photo credit, the Observatory's forecast every day turned by typhoon
    signals and a frost, a social line turned a messenger channel and turned by three votes,
    a postponed one, the 2020 gathering limit, the lunar new year with the year's animal and
    the Tin Hau parade (called off in 2020), a patrons' appeal in Hong Kong dollars reworded,
    a views disclaimer reworded, a source line, a rights line reworded (a block), a rare
    black rainstorm warning."""
    return PublisherStyle(
        domain="yuenlonghui.hk", site="元朗墟報", base_size=215,
        subdomains=(("www.", 90), ("", 10)),
        sections=("district", "tinshuiwai", "shappatheung", "kamtin", "pingshan", "people"),
        n_authors=7, url_path="/{section}/{yyyy}{mm}{dd}-{n}",
        pools={
            "column": ("元朗", "天水圍", "十八鄉", "錦田", "屏山", "新界西", "街坊故事"),
            "photo": ("元朗墟報", "資料圖片", "讀者提供", "受訪者提供", "政府新聞處"),
            "source": ("政府新聞公報", "香港天文台", "元朗區議會", "讀者來稿", "運輸署"),
            "hkd": ("50", "100", "300"),
        },
        families=(
            _f("column", HEADER, 0.35, (_OLD, "{column}")),
            _f("date", HEADER, 0.8, *_by_day(_hk_dated)),
            _f("reporter", HEADER, 0.5, (_OLD, "記者：{author}"),
               (HK_REDESIGN.isoformat(), "文：{author}｜圖：{photo}")),
            _f("see-also", MIDDLE, 0.35, (_OLD, "延伸閱讀：{other_title}"),
               (HK_REDESIGN.isoformat(), "👉 睇埋：{other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "圖：{photo}")),
            _f("observatory", FOOTER, 0.25, *_hk_weather()),
            _f("notice", FOOTER, 0.3, *_hk_notice()),
            _f("patron", FOOTER, 0.15, (_OLD, "支持社區媒體：每月HK${hkd}成為元朗墟報贊助人"),
               (HK_PATRON.isoformat(), "🙏 每月HK${hkd}，支持我哋繼續報道元朗")),
            _f("views", FOOTER, 0.2, (_OLD, "文章觀點不代表本報立場"),
               (HK_RIGHTS.isoformat(), "本文內容純屬作者個人意見，不代表元朗墟報立場。")),
            _f("source", FOOTER, 0.15, (_OLD, "（資料來源：{source}）")),
            _f("rights", FOOTER, 0.45, (_OLD, "© {year} 元朗墟報"),
               (HK_RIGHTS.isoformat(), "© 2015-{year} 元朗墟報 版權所有 不得轉載")),
            _f("black-rain", HEADER, 0.04, (_OLD, "⚠️ 黑色暴雨警告信號生效：請留喺安全地方")),
        ),
    )


# --- an island daily (Jincheng, Kinmen) ----------------------------------------------------

KM_REDESIGN = dt.date(2018, 1, 1)
KM_RIGHTS = dt.date(2019, 1, 2)
KM_LINE = dt.date(2019, 3, 4)
KM_HALT = dt.date(2020, 2, 10)  # the ferries to Xiamen stopped for the epidemic


def _km_dated(day: dt.date) -> str:
    roc, weekday = day.year - 1911, CJK_WEEKDAYS[day.weekday()]
    if day < KM_REDESIGN:
        return (f"中華民國{hanzi_digits(roc)}年{hanzi_count(day.month)}月{hanzi_count(day.day)}日"
                f"　星期{weekday}")
    return f"{roc}.{day.month:02d}.{day.day:02d}（{weekday}）"


def km_sailings(day: dt.date) -> int:
    """The made-up number of sailings between Kinmen and Xiamen on `day`."""
    return pseudo(day, "km-ferry", 12, 18) + (4 if day.weekday() >= 4 else 0)


def _km_ferry() -> Wordings:
    def base(day: dt.date) -> str:
        travellers = f"{pseudo(day, 'km-pax', 900, 4200):,}"
        return f"⛴️ 金廈小三通今日{km_sailings(day)}航次，預估旅運量{travellers}人次"
    stops: list[Event] = [
        _span("2016-09-14", "2016-09-15", "⛴️ 颱風莫蘭蒂：金廈航線全面停航"),
        _span("2016-09-27", "2016-09-27", "⛴️ 颱風梅姬：金廈航線停航一日"),
        (KM_HALT, None, "⛴️ 小三通客運航線暫停中（防疫）"),
    ]
    return _calendar(base, stops)


def _km_notice() -> Wordings:
    base = _steps((_OLD, "按讚浯島日報粉絲專頁，掌握金門大小事"),
                  (KM_LINE.isoformat(), "📲 加入浯島日報LINE官方帳號，新聞即時推播"))
    votes: list[Event] = [
        _vote("2016-01-16", "🗳️ 總統立委選舉：金門縣開票結果", before=5),
        _vote("2018-11-24", "🗳️ 九合一選舉暨公投：金門縣長及鄉鎮長開票", before=5),
        _vote("2020-01-11", "🗳️ 2020總統立委選舉：金門開票即時看", before=5),
    ]
    feasts = _movable(_listed(CITY_GOD), 2, 0, lambda y: f"🏮 浯島迎城隍{y}：遶境路線與交管")
    feasts += _yearly("08-23", 1, 0, lambda y: f"八二三砲戰{y - 1958}週年")
    feasts += _yearly("10-25", 1, 0, lambda y: f"古寧頭戰役{y - 1949}週年")
    return _calendar(base, votes, feasts)


def kinmen_style() -> PublisherStyle:
    """An island daily (Kinmen): the Republic of China's year written in Chinese numerals
    digit by digit, the month and day counted, turned a dotted ROC date (a wording per day),
    a reporter with the township reported from, turned bracketed, a photographer's credit
    reworded, "相關新聞：" turned "▸延伸閱讀》" (up to twice), the day's ferries to Xiamen (two
    typhoons, then halted in 2020), a social line turned a messenger account and turned by
    three votes, the City God parade and two battles' anniversaries with their counts, a
    subscription in New Taiwan dollars, a rights line reworded and the address (a block), a
    rare fog warning."""
    return PublisherStyle(
        domain="wudaoribao.com.tw", site="浯島日報", base_size=190,
        subdomains=(("www.", 70), ("news.", 30)),
        sections=("local", "society", "county", "cross-strait", "culture"),
        n_authors=6, url_path="/news/{yyyy}{mm}{dd}/{n}",
        pools={
            "town": ("金城", "金湖", "金沙", "金寧", "烈嶼", "烏坵"),
            "ntd": ("250", "300"),
        },
        families=(
            _f("date", HEADER, 0.75, *_by_day(_km_dated)),
            _f("reporter", HEADER, 0.6, (_OLD, "記者{author}／{town}報導"),
               (KM_REDESIGN.isoformat(), "〔記者{author}／{town}報導〕")),
            _f("photo", MIDDLE, 0.25, (_OLD, "（記者{author2}攝）"),
               (KM_REDESIGN.isoformat(), "圖／記者{author2}攝")),
            _f("related", MIDDLE, 0.3, (_OLD, "相關新聞：{other_title}"),
               (KM_REDESIGN.isoformat(), "▸延伸閱讀》{other_title}"), count=2),
            _f("ferry", FOOTER, 0.25, *_km_ferry()),
            _f("notice", FOOTER, 0.3, *_km_notice()),
            _f("subscribe", FOOTER, 0.15, (_OLD, "訂閱浯島日報：每月新臺幣{ntd}元，寄臺灣本島另"
                                                 "加郵資")),
            _f("rights", FOOTER, 0.4, (_OLD, "浯島日報版權所有，轉載請註明出處"),
               (KM_RIGHTS.isoformat(), "© {year} 浯島日報 All Rights Reserved. 未經授權，不得"
                                       "轉載")),
            _f("address", FOOTER, 0.3, (_OLD, "社址：金門縣金城鎮民權路00號　電話：(082)000-000"
                                              "　傳真：(082)000-001")),
            _f("fog", HEADER, 0.04, (_OLD, "⚠️ 濃霧籠罩：尚義機場航班延誤，旅客請留意")),
        ),
    )


# --- a French-language community radio (Gravelbourg, Saskatchewan) ---------------------------

SK_READ = dt.date(2017, 1, 9)
SK_REDESIGN = dt.date(2018, 9, 4)
SK_LJI = dt.date(2019, 4, 1)  # the first reporter paid by the Local Journalism Initiative
SK_APP = dt.date(2019, 9, 3)
SK_RECEIPT = dt.date(2020, 1, 6)


def _sk_dated(day: dt.date) -> str:
    number = "1er" if day.day == 1 else str(day.day)
    month = FRENCH_MONTHS[day.month - 1]
    if day < SK_REDESIGN:
        return f"Publié le {FRENCH_WEEKDAYS[day.weekday()]} {number} {month} {day.year}"
    hour, minute = pseudo(day, "sk-hour", 6, 21), pseudo(day, "sk-minute", 0, 59)
    return f"Publié le {number} {month} {day.year} à {hour} h {minute:02d}"


def sk_wind_chill(day: dt.date) -> int:
    """The made-up wind chill in Gravelbourg on a winter morning (November to March)."""
    return -pseudo(day, "sk-chill", 12, 30) - round(14 * max(0.0, -warmth(day)))


def _sk_weather(day: dt.date) -> str:
    if day.month in (11, 12, 1, 2, 3):
        chill = true_minus(sk_wind_chill(day))
        return f"🥶 Refroidissement éolien ce matin à Gravelbourg : {chill}"
    return f"☀️ Indice UV à Gravelbourg aujourd'hui : {pseudo(day, 'sk-uv', 3, 9)}"


def _sk_notice() -> Wordings:
    base = _steps((_OLD, "Écoutez Radio Prairie-Sud au 88,1 FM et en direct sur le Web"),
                  (SK_APP.isoformat(), "📲 Téléchargez l'appli Radio Prairie-Sud : nouvelles, "
                                       "musique et avis de décès"))
    news: list[Event] = [
        _vote("2015-10-19", "🗳️ Élections fédérales : où voter dans Cypress Hills–Grasslands",
              before=6),
        _vote("2016-04-04", "🗳️ Élections provinciales : les résultats dans Wood River",
              before=5),
        _vote("2019-10-21", "🗳️ Élections fédérales 2019 : résultats en direct à l'antenne",
              before=6),
        _span("2020-03-18", "2020-05-03", "😷 Restez chez vous / Stay home : la station reste en "
                                          "ondes"),
        _vote("2020-10-26", "🗳️ Élections provinciales 2020 : vote par anticipation et "
                            "résultats", before=6),
    ]
    feasts = _yearly("03-20", 0, 0, lambda _: "Bonne Journée internationale de la "
                                              "Francophonie !")
    feasts += _yearly("06-24", 1, 0, lambda _: "⚜️ Bonne Saint-Jean-Baptiste à toute la "
                                               "Fransaskoisie !")
    return _calendar(base, news, feasts)


def gravelbourg_style() -> PublisherStyle:
    """A French-language community radio's site (Gravelbourg, Saskatchewan): a kicker, the
    publication date with the weekday and "1er", turned a date with the time in the Canadian
    "14 h 05" form (a wording per day), "Par" turned the Local Journalism Initiative's credit,
    "À lire aussi :" turned capitals with a bar (up to twice), the morning's wind chill with
    a true minus sign in winter and the UV index in summer (every day), a frequency line
    turned an app appeal and turned by four votes, the 2020 lockdown, the Francophonie day
    and Saint-Jean-Baptiste, a membership appeal in dollars reworded with a tax receipt, the
    newsroom line turned the Initiative's funding line, a comments policy, a rights line
    reworded and the licence (a block), a rare blizzard warning."""
    return PublisherStyle(
        domain="radioprairiesud.ca", site="Radio Prairie-Sud", base_size=170,
        subdomains=(("www.", 100),),
        sections=("actualites", "fransaskoisie", "agriculture", "sports", "education",
                  "culture"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrique": ("Actualités", "Fransaskoisie", "Agriculture", "Sports", "Éducation",
                         "Culture"),
            "cad": ("20", "40", "100"),
        },
        families=(
            _f("rubrique", HEADER, 0.35, (_OLD, "{rubrique}")),
            _f("date", HEADER, 0.7, *_by_day(_sk_dated)),
            _f("auteur", HEADER, 0.5, (_OLD, "Par {author}"),
               (SK_LJI.isoformat(), "Par {author}, Initiative de journalisme local")),
            _f("a-lire", MIDDLE, 0.3, (_OLD, "À lire aussi : {other_title}"),
               (SK_READ.isoformat(), "À LIRE AUSSI | {other_title}"), count=2),
            _f("meteo", FOOTER, 0.2, *_by_day(_sk_weather)),
            _f("avis", FOOTER, 0.3, *_sk_notice()),
            _f("membre", FOOTER, 0.15, (_OLD, "Devenez membre de Radio Prairie-Sud : {cad} $ par "
                                              "année"),
               (SK_RECEIPT.isoformat(), "Devenez membre de Radio Prairie-Sud dès {cad} $ par "
                                        "année (reçu fiscal à partir de 20 $)")),
            _f("ijl", FOOTER, 0.3, (_OLD, "Les nouvelles régionales sont préparées par la salle "
                                          "de rédaction de Radio Prairie-Sud, à Gravelbourg."),
               (SK_LJI.isoformat(), "Cet article est produit dans le cadre de l'Initiative de "
                                    "journalisme local, financée par le gouvernement du "
                                    "Canada.")),
            _f("commentaires", FOOTER, 0.15, (_OLD, "Les commentaires sont modérés. Les propos "
                                                    "injurieux seront supprimés.")),
            _f("droits", FOOTER, 0.4, (_OLD, "© Radio Prairie-Sud {year}. Tous droits "
                                             "réservés."),
               (SK_REDESIGN.isoformat(), "© {year} Radio Prairie-Sud inc. Reproduction "
                                         "interdite sans autorisation écrite.")),
            _f("crtc", FOOTER, 0.25, (_OLD, "Radio communautaire de langue française titulaire "
                                            "d'une licence du CRTC")),
            _f("blizzard", HEADER, 0.04, (_OLD, "⚠️ Avertissement de blizzard : routes fermées "
                                                "entre Gravelbourg et Assiniboia")),
        ),
    )


# --- a Korean community weekly (Palisades Park, Bergen County, New Jersey) -------------------

NJ_RIGHTS = dt.date(2017, 8, 7)
NJ_REDESIGN = dt.date(2018, 3, 5)
NJ_RELATED = dt.date(2019, 1, 7)
NJ_KAKAO = dt.date(2019, 10, 7)


def _nj_dated(day: dt.date) -> str:
    if day < NJ_REDESIGN:
        return f"{day.year}년 {day.month}월 {day.day}일 ({KOREAN_WEEKDAYS[day.weekday()]})"
    return f"입력 {day:%Y.%m.%d} {{time}} (미 동부시간)"


def _nj_notice() -> Wordings:
    base = _steps((_OLD, "카카오톡에서 '버겐한인저널'을 친구 추가하세요"),
                  (NJ_KAKAO.isoformat(), "📲 카카오톡 채널 ‘버겐한인저널’ 추가하고 뉴스 알림 받기"))
    news: list[Event] = [
        _span("2016-01-22", "2016-01-25", "❄️ 뉴저지 폭설 비상사태 선포: 외출 자제"),
        _span("2016-03-30", "2016-04-04", "🗳️ 재외선거 투표: 뉴욕총영사관 투표소 (3월 30일~4월 "
                                          "4일)"),
        _span("2017-04-25", "2017-04-30", "🗳️ 제19대 대선 재외투표: 뉴욕·뉴저지 투표소 안내"),
        _span("2020-03-30", "2020-04-06", "🗳️ 코로나19로 뉴욕 재외투표소 운영 중단"),
        _span("2020-03-21", "2020-06-08", "😷 뉴저지 자택 대피령: 필수 업무 외 외출 자제"),
        _vote("2020-11-03", "🗳️ 미국 대선: 뉴저지 우편투표 안내", before=10),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 2, 1, lambda _: "🧧 새해 복 많이 받으세요")
    feasts += _movable(_listed(CHUSEOK), 3, 1, lambda _: "🌕 풍성한 한가위 보내세요")
    return _calendar(base, news, feasts)


def bergen_style() -> PublisherStyle:
    """A Korean community weekly (Palisades Park, New Jersey): a kicker, the date with the
    Korean weekday turned "입력" with the time and the US Eastern zone (a wording per day), "기자"
    after the name turned with the newsroom's email, "관련기사:" turned a bracketed heading (up
    to twice), a photo credit reworded, a messenger line turned a channel appeal (curly
    quotes) and turned by a snowstorm, two overseas votes, one overseas vote suspended in 2020,
    the stay-at-home order and the US election, the lunar new year and Chuseok, a tip line
    and an advertising line, the "무단전재" rights line reworded (a block), a rare
    correction."""
    return PublisherStyle(
        domain="bergenhanin.com", site="버겐한인저널", base_size=150,
        subdomains=(("www.", 100),),
        sections=("community", "newjersey", "newyork", "immigration", "realestate",
                  "education"),
        n_authors=5, url_path="/news/articleView.html?idxno={n}",
        pools={
            "section_ko": ("한인사회", "뉴저지", "뉴욕", "이민·비자", "부동산", "교육"),
            "photo": ("버겐한인저널", "팰리세이즈파크 시청", "독자 제공", "한인회 제공"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{section_ko}")),
            _f("date", HEADER, 0.7, *_by_day(_nj_dated)),
            _f("reporter", HEADER, 0.5, (_OLD, "{author} 기자"),
               (NJ_REDESIGN.isoformat(), "{author} 기자 news@bergenhanin.com")),
            _f("related", MIDDLE, 0.3, (_OLD, "관련기사: {other_title}"),
               (NJ_RELATED.isoformat(), "[함께 보면 좋은 기사] {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "[사진 {photo}]"),
               (NJ_REDESIGN.isoformat(), "/ 사진 = {photo}")),
            _f("notice", FOOTER, 0.3, *_nj_notice()),
            _f("tip", FOOTER, 0.2, (_OLD, "제보: news@bergenhanin.com · 201-000-0000")),
            _f("ads", FOOTER, 0.2, (_OLD, "광고 문의: 201-000-0001 · ads@bergenhanin.com")),
            _f("rights", FOOTER, 0.45, (_OLD, "© 버겐한인저널 무단전재 및 재배포 금지"),
               (NJ_RIGHTS.isoformat(), "저작권자 © 버겐한인저널 무단전재 및 재배포 금지")),
            _f("correction", HEADER, 0.04, (_OLD, "[정정] 본지 지난 호 기사 중 행사 날짜를 "
                                                  "바로잡습니다.")),
        ),
    )


# --- an island paper (Hirara, Miyako-jima, Okinawa) -----------------------------------------

MY_REDESIGN = dt.date(2017, 4, 3)
MY_LINE = dt.date(2018, 6, 4)
MY_RIGHTS = dt.date(2018, 1, 4)
REIWA = dt.date(2019, 5, 1)
MY_TAX = dt.date(2019, 10, 1)  # the consumption tax rose from 8% to 10%


def _my_dated(day: dt.date) -> str:
    weekday = JAPANESE_WEEKDAYS[day.weekday()]
    if day < MY_REDESIGN:
        return f"{japanese_era(day)}{day.month}月{day.day}日（{weekday}曜日）"
    return f"{day.year}年（{japanese_era(day)}）{day.month}月{day.day}日（{weekday}）"


def _my_notice() -> Wordings:
    base = _steps((_OLD, "購読のお申し込みは宮古かざなみ新聞販売部 0980-00-0000 まで"),
                  (MY_LINE.isoformat(), "📲 LINE公式アカウントで号外・速報を配信中"))
    storms: list[Event] = [
        _span("2015-08-22", "2015-08-24", "🌀 台風15号：宮古島地方に暴風警報"),
        _span("2016-09-26", "2016-09-28", "🌀 台風17号：宮古島地方に暴風警報、停電に注意"),
        _span("2018-09-28", "2018-09-30", "🌀 台風24号：宮古空港発着の全便欠航"),
        _span("2019-09-21", "2019-09-23", "🌀 台風17号：宮古島地方に暴風警報"),
        _span("2020-09-05", "2020-09-07", "🌀 台風10号：特別警報級の勢力で接近"),
        _span("2020-02-20", "2020-02-27", "🏊 全日本トライアスロン宮古島大会、今年は中止"),
        _span("2020-04-20", "2020-05-31", "😷 緊急事態：島外からの来訪自粛のお願い"),
    ]
    votes: list[Event] = [
        _vote("2017-01-22", "🗳️ 宮古島市長選挙：開票速報は本紙ウェブで", before=6),
        _vote("2018-09-30", "🗳️ 沖縄県知事選挙：宮古島市の投票所一覧", before=6),
        _vote("2019-02-24", "🗳️ 県民投票：辺野古埋め立ての賛否を問う", before=6),
    ]
    feasts = _movable(lambda y: None if y == 2020 else nth_weekday(y, 4, 6, 3), 6, 0,
                      lambda y: f"🏊 全日本トライアスロン宮古島大会{y}：交通規制のお知らせ")
    return _calendar(base, storms, votes, feasts)


def miyako_style() -> PublisherStyle:
    """An island paper (Miyako-jima, Okinawa): a welcome in Miyako, the date with the
    Japanese era and the weekday, turned the Western year with the era in brackets (a
    wording per day; Heisei turned Reiwa's first year, "元年", on 1 May 2019), the place
    in lenticular brackets, "【関連記事】" (up to twice), a photo credit, the writer's name in
    brackets at the foot turned with "記者", a subscription line turned a messenger account
    and turned by five typhoons, three votes, the triathlon (called off in 2020) and the 2020
    emergency, the monthly price rising with the consumption tax, a rights line reworded (a
    block), a rare water cut."""
    return PublisherStyle(
        domain="miyakokazenami.jp", site="宮古かざなみ新聞", base_size=130,
        subdomains=(("www.", 100),),
        sections=("shima", "seiji", "keizai", "sports", "kurashi"),
        n_authors=4, url_path="/archives/{n}",
        pools={
            "place": ("宮古島", "伊良部", "下地", "城辺", "上野", "多良間"),
            "photo": ("本紙", "宮古島市提供", "読者提供", "宮古島地方気象台"),
        },
        families=(
            _f("welcome", HEADER, 0.12, (_OLD, "んみゃーち！ 宮古の今を伝える宮古かざなみ新聞")),
            _f("date", HEADER, 0.65, *_by_day(_my_dated)),
            _f("place", HEADER, 0.5, (_OLD, "【{place}】")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "【関連記事】{other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "（写真提供・{photo}）")),
            _f("signed", FOOTER, 0.4, (_OLD, "（{author}）"),
               (MY_REDESIGN.isoformat(), "（{author}記者）")),
            _f("notice", FOOTER, 0.3, *_my_notice()),
            _f("price", FOOTER, 0.15, (_OLD, "月ぎめ購読料 1,950円（税込）"),
               (MY_TAX.isoformat(), "月ぎめ購読料 2,000円（税込）")),
            _f("rights", FOOTER, 0.4, (_OLD, "掲載記事・写真の無断転載を禁じます。"),
               (MY_RIGHTS.isoformat(), "© 宮古かざなみ新聞社 掲載記事・写真の無断転載・複製を禁じ"
                                       "ます。")),
            _f("water", HEADER, 0.04, (_OLD, "⚠️ 断水のお知らせ：平良西里地区で本日午前9時から"
                                             "午後3時まで")),
        ),
    )


# --- a Navajo Nation paper (Window Rock, Arizona) --------------------------------------------

NN_REDESIGN = dt.date(2018, 1, 8)
NN_EEDITION = dt.date(2019, 2, 4)
NN_LETTERS = dt.date(2019, 7, 1)
NN_CURFEW = dt.date(2020, 3, 30)  # the daily curfew, then 57-hour weekend lockdowns
NN_WEEKENDS = (dt.date(2020, 4, 10), dt.date(2020, 8, 9))


def _nn_stamp(day: dt.date) -> str:
    if us_daylight_time(day):
        return "Updated {time12} MDT (Navajo Nation time)"
    return "Updated {time12} MST"


def _nn_base(day: dt.date) -> str:
    first, last = NN_WEEKENDS
    if first <= day <= last and day.weekday() >= 4:
        return "⚠️ 57-hour weekend lockdown: Friday 8 p.m. to Monday 5 a.m., essential trips only"
    if day >= NN_CURFEW:
        return "⚠️ Daily curfew on the Navajo Nation, 8 p.m. to 5 a.m."
    if day >= NN_EEDITION:
        return "📰 Get the e-edition in your inbox every Thursday morning"
    return "Like The Chuska Echo on Facebook"


def _nn_notice() -> Wordings:
    votes: list[Event] = [
        _vote("2016-11-08", "🗳️ Election Day: chapter house polling places and results",
              before=6),
        _vote("2018-08-28", "🗳️ Navajo Nation primary: 18 candidates for president", before=6),
        _vote("2018-11-06", "🗳️ Navajo Nation general election: results chapter by chapter",
              before=6),
        _span("2020-09-09", "2020-09-13", "🐎 Navajo Nation Fair canceled for 2020"),
        _vote("2020-11-03", "🗳️ Election Day: drive-through voting at chapter houses",
              before=10),
    ]
    feasts = _yearly("06-01", 0, 0, lambda y: f"Treaty Day: the {ordinal(y - 1868)} anniversary "
                                              f"of the Treaty of 1868")
    feasts += _yearly("08-14", 0, 0, lambda _: "Navajo Code Talkers Day: Navajo Nation "
                                               "offices closed")
    feasts += _movable(lambda y: None if y == 2020 else nth_weekday(y, 9, 0, 1) + dt.timedelta(
        days=2), 0, 4, lambda y: f"🐎 {ordinal(y - 1946)} Navajo Nation Fair in Window Rock: "
                                 f"rodeo, powwow and parade")
    return _calendar(_nn_base, votes, feasts)


def windowrock_style() -> PublisherStyle:
    """A Navajo Nation paper (Window Rock): a dateline in capitals with the state's
    abbreviation, an update time in Mountain time that says "Navajo Nation time" while the
    Nation keeps daylight saving time and the rest of Arizona does not (a wording per change),
    "By" turned the name with the paper's, "READ MORE:" (up to twice), a photo credit, a
    thanks in Navajo, a social line turned an e-edition appeal, turned the 2020 daily curfew
    and the weekend lockdowns, and by four votes, Treaty Day and the fair with their counts
    (the fair canceled in 2020) and the code talkers' day, a letters policy asking for the
    census number, reworded, an ownership line and a rights line (a block), a rare boil-water
    advisory."""
    return PublisherStyle(
        domain="chuskaecho.com", site="The Chuska Echo", base_size=110,
        subdomains=(("www.", 100),),
        sections=("news", "chapters", "sports", "education", "opinion"),
        n_authors=4, url_path="/{section}/{slug}/",
        pools={
            "place": ("WINDOW ROCK", "SHIPROCK, N.M.", "TUBA CITY", "CHINLE",
                      "CROWNPOINT, N.M.", "KAYENTA", "FORT DEFIANCE"),
        },
        families=(
            _f("dateline", HEADER, 0.5, (_OLD, "{place} —")),
            _f("updated", HEADER, 0.55, *_by_day(_nn_stamp)),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (NN_REDESIGN.isoformat(), "{author} | The Chuska Echo")),
            _f("read-more", MIDDLE, 0.3, (_OLD, "READ MORE: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "(Chuska Echo photo / {author2})")),
            _f("ahehee", FOOTER, 0.15, (_OLD, "Ahéhee' for reading The Chuska Echo.")),
            _f("notice", FOOTER, 0.3, *_nn_notice()),
            _f("letters", FOOTER, 0.12,
               (_OLD, "Letters to the editor must include your name, chapter, phone number and "
                      "census number. 400 words or fewer."),
               (NN_LETTERS.isoformat(), "Letters must include your name, chapter, phone number "
                                        "and census number. Keep it to 350 words.")),
            _f("independent", FOOTER, 0.25, (_OLD, "The Chuska Echo is independently owned and "
                                                   "is not affiliated with the Navajo Nation "
                                                   "government.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Chuska Echo. All rights "
                                                "reserved.")),
            _f("boil-water", HEADER, 0.04, (_OLD, "⚠️ Boil-water advisory for Chinle Chapter "
                                                  "residents until further notice")),
        ),
    )


# --- a Mongolian paper at a border crossing (Zamiin-Üüd, Dornogovi) --------------------------

MN_REDESIGN = dt.date(2018, 5, 14)
MN_RIGHTS = dt.date(2019, 1, 7)
MN_TIPS = dt.date(2019, 4, 1)
MN_CLOSED = dt.date(2020, 2, 1)  # the crossing closed to passengers


def _mn_dated(day: dt.date) -> str:
    if day < MN_REDESIGN:
        return (f"{day.year} оны {day.month}-р сарын {day.day}, "
                f"{MONGOLIAN_WEEKDAYS[day.weekday()]} гараг")
    return f"{day:%Y.%m.%d} · {{time}}"


def mn_yuan(day: dt.date) -> float:
    """The made-up tugrik price of a yuan in `day`'s week (rising from about 300 to 420)."""
    monday = week_of(day)
    trend = 300 + 120 * (monday - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days
    return round(trend + pseudo(monday, "mn-yuan", -600, 600) / 100, 2)


def _mn_rate(day: dt.date) -> str:
    return f"💱 Юанийн ханш: 1 CNY = {mn_yuan(day):.2f} ₮ (Монголбанк)"


def mn_trucks(day: dt.date) -> int:
    """The made-up number of lorries through the crossing on `day` (fewer on Sundays)."""
    return pseudo(day, "mn-truck", 40, 120) if day.weekday() == 6 else pseudo(
        day, "mn-truck", 180, 520)


def _mn_border() -> Wordings:
    def base(day: dt.date) -> str:
        return f"🚛 Замын-Үүд боомтоор өнөөдөр {mn_trucks(day)} ачааны машин нэвтэрлээ"
    closures: list[Event] = [(MN_CLOSED, None, "🚫 Замын-Үүд боомт зорчигч тээвэрт хаалттай · "
                                               "ачаа тээвэр хязгаарлагдмал")]
    closures += _movable(_listed(WHITE_MONTH), 0, 2, lambda _: "🚫 Цагаан сарын баяраар боомт "
                                                                "3 хоног амарна",
                         years=range(2015, 2020))
    closures += _yearly("07-11", 0, 4, lambda _: "🚫 Наадмын баяраар боомт хаалттай")
    return _calendar(base, closures)


def _mn_notice() -> Wordings:
    base = _steps((_OLD, "Замын-Үүд Сонины Facebook хуудсыг дагаарай"),
                  (MN_TIPS.isoformat(), "📲 Мэдээ, санал хүсэлтээ 9900-0000 дугаарт "
                                        "илгээгээрэй"))
    news: list[Event] = [
        _vote("2016-06-29", "🗳️ УИХ-ын сонгууль: Дорноговь аймгийн дүн", before=6),
        _vote("2017-06-26", "🗳️ Ерөнхийлөгчийн сонгууль: санал хураалтын дүн", before=6,
              after=0),
        _vote("2017-07-07", "🗳️ Ерөнхийлөгчийн сонгуулийн давтан санал хураалт", before=6),
        _span("2020-01-27", "2020-02-28", "😷 Цагаан сарын баярыг тэмдэглэхгүй байх шийдвэр "
                                          "гарлаа"),
        _span("2020-02-29", "2020-05-31", "😷 Хөл хорио үргэлжилж байна: олон нийтийн арга "
                                          "хэмжээ хориотой"),
        _vote("2020-06-24", "🗳️ УИХ-ын сонгууль 2020: Дорноговь аймгийн дүн", before=6),
        _vote("2020-10-15", "🗳️ Орон нутгийн сонгууль: Замын-Үүд сумын дүн", before=6),
    ]
    feasts = _yearly("07-11", 2, 2, lambda y: f"🏇 Ардын хувьсгалын {y - 1921} жилийн ой, "
                                              f"Үндэсний их баяр наадам")
    feasts += _movable(_listed(WHITE_MONTH), 3, 2, lambda _: "🐑 Сар шинэдээ сайхан "
                                                             "шинэлээрэй!")
    return _calendar(base, news, feasts)


def zamynuud_style() -> PublisherStyle:
    """A Mongolian paper at the Zamiin-Üüd crossing: a kicker, the date with "оны", "-р
    сарын" and the weekday with "гараг", turned a dotted date and time (a wording per day),
    "Сурвалжлагч" turned "Сэтгүүлч:", "Холбоотой мэдээ:" (up to twice), a bilingual
    Mongolian and Chinese freight advertisement mid-body, the yuan's rate every week, the
    day's lorries through the crossing (closed for the White Month and Naadam, then to
    passengers from February 2020), a social line turned a tips line and turned by six votes
    (a run-off), the White Month called off in 2020 and the lockdown, Naadam with the
    revolution's count and the White Month, a rights line reworded to ask for the source, a
    rare dust storm warning."""
    return PublisherStyle(
        domain="zamynuudsonin.mn", site="Замын-Үүд Сонин", base_size=90,
        subdomains=(("www.", 60), ("", 40)),
        sections=("boomt", "oron-nutag", "hudaldaa", "niigem", "sport"),
        n_authors=3, url_path="/medee/{n}",
        pools={"angilal": ("Боомт", "Орон нутаг", "Худалдаа", "Нийгэм", "Спорт")},
        families=(
            _f("angilal", HEADER, 0.3, (_OLD, "{angilal}")),
            _f("ognoo", HEADER, 0.65, *_by_day(_mn_dated)),
            _f("survaljlagch", HEADER, 0.45, (_OLD, "Сурвалжлагч {author}"),
               (MN_REDESIGN.isoformat(), "Сэтгүүлч: {author}")),
            _f("holbootoi", MIDDLE, 0.3, (_OLD, "Холбоотой мэдээ: {other_title}"), count=2),
            _f("surtalchilgaa", MIDDLE, 0.1, (_OLD, "Сурталчилгаа · Эрээн–Замын-Үүд ачаа тээвэр · "
                                                    "二连浩特货运 · 9900-0001")),
            _f("hansh", FOOTER, 0.2, *_by_day(_mn_rate)),
            _f("boomt", FOOTER, 0.25, *_mn_border()),
            _f("zar", FOOTER, 0.3, *_mn_notice()),
            _f("erh", FOOTER, 0.4, (_OLD, "© {year} Замын-Үүд Сонин"),
               (MN_RIGHTS.isoformat(), "© {year} Замын-Үүд Сонин. Мэдээллийг хуулбарлан "
                                       "нийтлэхдээ эх сурвалжийг заавал дурдана уу.")),
            _f("shuurga", HEADER, 0.04, (_OLD, "⚠️ Шороон шуурга: Дорноговьд салхины хурд 20 м/с "
                                               "хүрнэ")),
        ),
    )


# --- a Hakka community radio (Zhudong, Hsinchu County) ---------------------------------------

HA_AUDIO = dt.date(2018, 3, 5)  # the Hailu-accent reading added
HA_REDESIGN = dt.date(2019, 1, 1)
HA_LINE = dt.date(2019, 9, 2)


def _ha_dated(day: dt.date) -> str:
    if day < HA_REDESIGN:
        return f"中華民國{day.year - 1911}年{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日（{CJK_WEEKDAYS[day.weekday()]}）"


def _ha_notice() -> Wordings:
    base = _steps((_OLD, "竹東客家聲 FM 90.0，陪你聽客家"),
                  (HA_LINE.isoformat(), "📲 加入竹東客家聲LINE好友，客庄活動一手掌握"))
    news: list[Event] = [
        _vote("2016-01-16", "🗳️ 總統立委選舉：新竹縣開票結果", before=5),
        _vote("2018-11-24", "🗳️ 地方選舉暨公投：新竹縣長及竹東鎮長開票", before=5),
        _vote("2020-01-11", "🗳️ 總統立委選舉：新竹縣開票結果", before=5),
        _span("2020-03-25", "2020-04-30", "😷 防疫期間，客庄活動暫停辦理"),
        _span("2020-05-01", "2020-05-04", "🌸 2020客家桐花祭停辦，步道開放自由賞花"),
    ]
    feasts = _movable(_listed(SKY_MENDING), 3, 0, lambda y: f"🌏 全球客家日（天穿日）{y}：竹東"
                                                             f"系列活動")
    feasts += _yearly("04-18", 0, 16, lambda y: f"🌸 客家桐花祭{y}：賞花步道與市集",
                      years=range(2015, 2020))
    feasts += _movable(_listed(YIMIN), 3, 0, lambda y: f"🙏 義民節{y}：新埔義民廟祭典交通管制")
    return _calendar(base, news, feasts)


def zhudong_style() -> PublisherStyle:
    """A Hakka community radio's site (Zhudong, Hsinchu County): a kicker, the date in the
    ROC's years turned the Western year with the weekday (a wording per day), a news line
    turned a writer and a Hakka newsreader credit, "延伸閱讀：" turned "相關報導 ➤" (up to
    twice), a link to the Hakka audio turned one in two accents, a frequency line turned a
    messenger appeal and turned by three votes, the 2020 suspension and the cancelled tung
    blossom festival, the Hakka day, the tung blossom festival and the Yimin festival, a
    Hakka thanks, the funder's line and a rights line (a block), a rare typhoon day off."""
    return PublisherStyle(
        domain="zhudonghakka.tw", site="竹東客家聲", base_size=70,
        subdomains=(("www.", 100),),
        sections=("zhudong", "qionglin", "beipu", "hengshan", "culture"),
        n_authors=3, url_path="/news/{n}",
        pools={"area": ("竹東", "芎林", "北埔", "橫山", "峨眉", "客庄文化")},
        families=(
            _f("area", HEADER, 0.3, (_OLD, "{area}")),
            _f("date", HEADER, 0.6, *_by_day(_ha_dated)),
            _f("credit", HEADER, 0.45, (_OLD, "客家新聞／{author} 報導"),
               (HA_AUDIO.isoformat(), "撰稿：{author}｜客語播報：{author2}")),
            _f("read", MIDDLE, 0.3, (_OLD, "延伸閱讀：{other_title}"),
               (HA_REDESIGN.isoformat(), "相關報導 ➤ {other_title}"), count=2),
            _f("audio", MIDDLE, 0.2, (_OLD, "▶ 收聽本則新聞客語版（四縣腔）"),
               (HA_AUDIO.isoformat(), "▶ 客語播報：四縣腔｜海陸腔")),
            _f("notice", FOOTER, 0.3, *_ha_notice()),
            _f("thanks", FOOTER, 0.25, (_OLD, "承蒙大家收聽，恁仔細！")),
            _f("funder", FOOTER, 0.3, (_OLD, "本節目由客家委員會補助製作")),
            _f("rights", FOOTER, 0.4, (_OLD, "© {year} 竹東客家聲 版權所有")),
            _f("typhoon", HEADER, 0.04, (_OLD, "⚠️ 颱風來襲：新竹縣明日停止上班上課")),
        ),
    )


# --- an Ojibwe band's monthly (northern Minnesota) ---------------------------------------------

OJ_EDITION = dt.date(2017, 7, 1)
OJ_BYLINE = dt.date(2018, 4, 2)
OJ_STREAM = dt.date(2019, 1, 8)


def _oj_issue(day: dt.date) -> str:
    month = ENGLISH_MONTHS[day.month - 1]
    if day < OJ_EDITION:
        return f"{month} {day.year} Edition"
    return f"{OJIBWE_MOONS[day.month - 1]} | {month} {day.year}"


def _oj_notice() -> Wordings:
    base = _steps((_OLD, "Tribal Council meets the first Tuesday of each month at 6 p.m. at "
                         "the Community Center."),
                  (OJ_STREAM.isoformat(), "Tribal Council meetings are livestreamed on the "
                                          "band's Facebook page the first Tuesday of each "
                                          "month."))
    news: list[Event] = [
        _vote("2016-06-14", "🗳️ Band election 2016: polls open 8 a.m. to 8 p.m., bring your "
                            "enrollment card", before=8, after=0),
        _vote("2018-06-12", "🗳️ Band election 2018: polls open 8 a.m. to 8 p.m., bring your "
                            "enrollment card", before=8, after=0),
        _span("2020-03-23", "2020-06-30", "😷 Government Center closed to the public: call "
                                          "before you come in"),
        _span("2020-07-01", "2020-07-20", "🪶 This year's traditional powwow is canceled. "
                                          "Stay safe, relatives."),
    ]
    powwows = _movable(lambda y: None if y == 2020 else nth_weekday(y, 7, 4, 3), 10, 2,
                       lambda y: f"🪶 {ordinal(y - 1978)} Annual Traditional Powwow: grand "
                                 f"entry Saturday at 1 p.m.")
    return _calendar(base, news, powwows)


def ojibwe_style() -> PublisherStyle:
    """An Ojibwe band's monthly (northern Minnesota): a greeting, the issue's month turned
    the Ojibwe moon with the month (changing month by month), "Submitted by" turned the
    band's communications office, "See also:" once, the seasons of sugarbush, netting,
    berries, ricing, deer and ice, a council line turned a livestream line and turned by two
    band elections, the 2020 closure and the powwow with its count (canceled in 2020), a
    thanks in Ojibwe, an opinions disclaimer and the submission deadline reworded (a
    block), a rare road washout."""
    return PublisherStyle(
        domain="wiigwaasbayband.org", site="Wiigwaas Bay Inaajimowin", base_size=50,
        subdomains=(("www.", 100),),
        sections=("news", "elders", "youth", "natural-resources"),
        n_authors=3, url_path="/inaajimowin/{yyyy}/{mm}/{slug}",
        families=(
            _f("boozhoo", HEADER, 0.15, (_OLD, "Boozhoo, relatives! Here is the news from "
                                               "around the reservation.")),
            _f("issue", HEADER, 0.55, *_by_day(_oj_issue)),
            _f("byline", HEADER, 0.4, (_OLD, "Submitted by {author}"),
               (OJ_BYLINE.isoformat(), "By {author}, Band Communications")),
            _f("see-also", MIDDLE, 0.2, (_OLD, "See also: {other_title}")),
            _f("seasons", FOOTER, 0.25, *_seasons(
                ("03-10", "🍁 Sugarbush season: taps and buckets at the Natural Resources "
                          "office"),
                ("04-20", "🎣 Spring netting and spearing: report your harvest to Conservation "
                          "within 24 hours"),
                ("06-15", "🫐 Berry picking on band land: no permit needed for members"),
                ("08-20", "🌾 Manoominike-giizis: ricing opens lake by lake, check the posted "
                          "dates"),
                ("11-01", "🦌 Deer season: tribal harvest tags at the Conservation office"),
                ("12-15", "❄️ Ice conditions vary: stay off the river mouth and the narrows"))),
            _f("notice", FOOTER, 0.3, *_oj_notice()),
            _f("miigwech", FOOTER, 0.25, (_OLD, "Miigwech for reading and sharing with your "
                                                "relatives.")),
            _f("disclaimer", FOOTER, 0.3, (_OLD, "Opinions in the Wiigwaas Bay Inaajimowin do "
                                                 "not necessarily reflect those of the Tribal "
                                                 "Council or the band's administration.")),
            _f("deadline", FOOTER, 0.2,
               (_OLD, "Deadline for the next issue is the 15th of the month. Send news and "
                      "photos to news@wiigwaasbayband.org."),
               (OJ_STREAM.isoformat(), "Deadline for the next issue is the 10th of the month. "
                                       "Send news and photos to news@wiigwaasbayband.org.")),
            _f("washout", HEADER, 0.04, (_OLD, "⚠️ Road washout on County Road 00 near the "
                                               "powwow grounds: use the east entrance")),
        ),
    )


# --- a Tibetan community site (Parkdale, Toronto) -----------------------------------------------

TB_LOSAR = dt.date(2018, 2, 16)  # relaunched in both languages on Losar
TB_SOCIAL = dt.date(2019, 9, 8)


def _tb_dated(day: dt.date) -> str:
    english = f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if day < TB_LOSAR:
        return english
    return (f"སྤྱི་ལོ་{digits(day.year, TIBETAN_ZERO)} ཟླ་{digits(day.month, TIBETAN_ZERO)} "
            f"ཚེས་{digits(day.day, TIBETAN_ZERO)} · {english}")


def _tb_notice() -> Wordings:
    base = _steps((_OLD, "Tibetan language and culture classes every Sunday in Parkdale, all "
                         "ages welcome"),
                  (TB_SOCIAL.isoformat(), "📲 Follow Gangjong Voice on Instagram and Facebook "
                                          "for community news"))
    news: list[Event] = [
        _vote("2015-10-18", "🗳️ Sikyong preliminary election: polling at the community centre",
              before=7, after=0),
        _vote("2016-03-20", "🗳️ Sikyong final election: vote Sunday, March 20", before=7,
              after=0),
        _span("2020-03-16", "2020-07-31", "😷 Sunday school and community gatherings are online "
                                          "until further notice"),
    ]
    feasts = _movable(_listed(WHITE_MONTH), 5, 2,
                      lambda y: f"ལོ་གསར་ལ་བཀྲ་ཤིས་བདེ་ལེགས། Happy Losar {y}!")
    feasts += _yearly("03-10", 3, 0, lambda y: f"✊ {ordinal(y - 1959)} anniversary of the "
                                               f"Tibetan National Uprising: rally at Queen's "
                                               f"Park")
    feasts += _yearly("07-06", 2, 0, lambda y: f"🙏 Happy {ordinal(y - 1935)} birthday to His "
                                               f"Holiness the Dalai Lama")
    return _calendar(base, news, feasts)


def parkdale_style() -> PublisherStyle:
    """A Tibetan community site (Toronto): a greeting in Tibetan and English, the date in
    English turned a Tibetan date in Tibetan numerals beside it on Losar 2018 (a wording per
    day), "By" turned bilingual, "Also read:" (up to twice), a classes line turned a social
    appeal and turned by two votes, the 2020 closure, Losar, the uprising's and a birthday's
    anniversaries with their counts, a donation appeal in dollars, a volunteers' line and a
    rights line (a block), a rare correction."""
    return PublisherStyle(
        domain="gangjongvoice.ca", site="Gangjong Voice", base_size=36,
        subdomains=(("", 100),),
        sections=("community", "culture", "youth"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"cad": ("5", "10", "25")},
        families=(
            _f("tashi-delek", HEADER, 0.15, (_OLD, "བཀྲ་ཤིས་བདེ་ལེགས། Tashi delek from "
                                                   "Parkdale!")),
            _f("date", HEADER, 0.5, *_by_day(_tb_dated)),
            _f("byline", HEADER, 0.35, (_OLD, "By {author}"),
               (TB_LOSAR.isoformat(), "རྩོམ་པ་པོ། / By {author}")),
            _f("also-read", MIDDLE, 0.25, (_OLD, "Also read: {other_title}"), count=2),
            _f("notice", FOOTER, 0.3, *_tb_notice()),
            _f("donate", FOOTER, 0.15, (_OLD, "Gangjong Voice is free to read. Chip in ${cad} a "
                                              "month to keep it that way.")),
            _f("volunteers", FOOTER, 0.25, (_OLD, "Written and edited by volunteers of "
                                                  "Toronto's Tibetan community.")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Gangjong Voice")),
            _f("correction", HEADER, 0.04, (_OLD, "Correction: an earlier version of this post "
                                                  "gave the wrong date for the Saga Dawa "
                                                  "prayers.")),
        ),
    )


# --- a Uyghur community site (Fairfax County, Virginia) ------------------------------------------

UG_REDESIGN = dt.date(2019, 3, 21)  # relaunched in both scripts and languages on Nowruz
UG_SOCIAL = dt.date(2019, 9, 7)
UG_NONPROFIT = dt.date(2018, 11, 5)


def _ug_dated(day: dt.date) -> str:
    uyghur = f"{day.year}-يىلى {day.day}-{UYGHUR_MONTHS[day.month - 1]}"
    if day < UG_REDESIGN:
        return f"{uyghur}، {UYGHUR_WEEKDAYS[day.weekday()]}"
    return f"{ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year} | {uyghur}"


def _ug_notice() -> Wordings:
    base = _steps((_OLD, "ئانا تىل مەكتىپى: Uyghur language school every Saturday at 10 a.m. "
                         "in Fairfax"),
                  (UG_SOCIAL.isoformat(), "📲 Follow Bostan Awazi on Facebook and Telegram"))
    news: list[Event] = [
        _span("2020-03-16", "2020-06-30", "😷 Community gatherings canceled; Friday prayers at "
                                          "home until further notice"),
    ]
    feasts = _yearly("03-21", 1, 0, lambda _: "🌱 نورۇز بايرىمىڭىزغا مۇبارەك بولسۇن! Happy "
                                              "Nowruz!")
    feasts += _movable(_listed(EID_FITR), 2, 1, lambda _: "روزى ھېيتىڭىزغا مۇبارەك بولسۇن! Eid "
                                                          "Mubarak!")
    feasts += _movable(_listed(EID_ADHA), 2, 1, lambda _: "قۇربان ھېيتىڭىزغا مۇبارەك بولسۇن!")
    return _calendar(base, news, feasts)


def fairfax_style() -> PublisherStyle:
    """A Uyghur community site (northern Virginia): the date in Uyghur in Arabic script with
    the weekday, turned the English date beside it on Nowruz 2019 (a wording per day), the
    reporter in Uyghur turned bilingual, a related-news line in Uyghur (up to twice), a
    school line turned a social appeal and turned by the 2020 closure, Nowruz and the two
    feasts, a source line in two languages, a fair-use notice, a donation appeal in dollars
    reworded as tax-deductible and a rights line (a block), a rare change of venue."""
    return PublisherStyle(
        domain="bostanawazi.org", site="Bostan Awazi", base_size=24,
        subdomains=(("", 100),),
        sections=("community", "news", "culture"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "source": ("Radio Free Asia", "Uyghur Human Rights Project", "Bostan Awazi"),
            "usd": ("10", "25", "50"),
        },
        families=(
            _f("date", HEADER, 0.5, *_by_day(_ug_dated)),
            _f("muxbir", HEADER, 0.35, (_OLD, "مۇخبىر: {author}"),
               (UG_REDESIGN.isoformat(), "Muxbir / Reporter: {author}")),
            _f("related", MIDDLE, 0.25, (_OLD, "مۇناسىۋەتلىك خەۋەر: {other_title}"), count=2),
            _f("notice", FOOTER, 0.3, *_ug_notice()),
            _f("source", FOOTER, 0.2, (_OLD, "مەنبە / Source: {source}")),
            _f("fair-use", FOOTER, 0.2, (_OLD, "This page may contain copyrighted material used "
                                               "under the fair use provisions of U.S. copyright "
                                               "law (17 U.S.C. § 107) for educational, "
                                               "non-profit purposes.")),
            _f("donate", FOOTER, 0.15, (_OLD, "Support Bostan Awazi: a ${usd} donation helps "
                                              "our volunteer translators."),
               (UG_NONPROFIT.isoformat(), "Bostan Awazi is a 501(c)(3) nonprofit. Your ${usd} "
                                          "gift is tax-deductible.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Bostan Awazi")),
            _f("venue", HEADER, 0.04, (_OLD, "⚠️ Saturday's community iftar moves to the "
                                             "Annandale hall")),
        ),
    )


def heldout81_styles() -> list[PublisherStyle]:
    """The held-back-81 styles, in the order the generator hands them to publishers."""
    return [
        perry_style(), yuenlong_style(), kinmen_style(), gravelbourg_style(), bergen_style(),
        miyako_style(), windowrock_style(), zamynuud_style(), zhudong_style(), ojibwe_style(),
        parkdale_style(), fairfax_style(),
    ]
