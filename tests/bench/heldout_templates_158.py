"""The ``held-back-158`` template set of the planted-real benchmark.

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
Renamed variants of a style keep the lines that do not name the site, so sister sites share an
editor's line, an advertisement marker or a disclaimer. The publishers are Chinese-language
dailies and portals outside mainland China, in simplified and traditional script, with some
English, Malay, Indonesian, Thai, Filipino, German and French: a Malaysian Chinese daily, a
Singapore Chinese news site, a Jakarta Chinese daily, a Bangkok Chinese business daily, a
Manila Chinese daily, a San Francisco Bay Area Chinese portal, a Toronto Chinese portal, a
Sydney Chinese media group, a Chinese weekly in Germany, a Hong Kong diaspora news site in
London, a Penang Chinese evening paper and a Chinese weekly in Paris. The families are the
kinds a crawl of such sites holds: dates localised day by day, in Chinese with the weekday,
with the lunar (农历/農曆) date and its leap months, with the Buddhist-era year, in Indonesian
and French beside the Chinese, with American, Canadian, British, German and Australian summer
and winter time, several changing form on the day of a redesign; lines that turn every
business day (exchange-rate strips in ringgit, Singapore dollars, rupiah, baht, pesos, US,
Canadian and Australian dollars, euros and pounds), every draw day (Malaysian 4D results,
the Thai government lottery on the 1st and 16th) and every day (the almanac's dos and
don'ts, the Brexit countdown); 责任编辑 and 编辑 lines with the editor from a pool, 来源 lines
with the agency from a pool, "延伸阅读"/"相关新闻"-like links to other articles and
advertisement markers mid-body (some up to twice); app, Facebook, WeChat, LINE, Telegram and
WhatsApp appeals reworded in 2016-2019 and turned by the calendars these communities follow
(the lunar new year with its stem-branch year, the Jade Emperor's birthday, the Hungry Ghost
month, Mid-Autumn, Hari Raya and Lebaran with their Hijri years, Imlek with its Kongzili year,
Songkran, national days, general elections in Malaysia, Singapore, Indonesia, Thailand, the
Philippines, the US, Canada, Australia, Germany, Britain and France, the Thai king's mourning
and coronation, Brexit, the bushfires, lockdowns and circuit breakers); copyright notices in
Chinese with Malay, Indonesian, Thai, German and French, 版权所有 reworded, address and
imprint lines (Manila's landlines gaining their 8 in October 2019, the German press-law
reference changing with the Medienstaatsvertrag), disclaimers, blocks of footer lines, bare
lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    iso_day,
    jdn,
    last_weekday,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

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

XINGQI = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
ZHOU = ("週一", "週二", "週三", "週四", "週五", "週六", "週日")
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember")
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")

# --- the lunar calendar -------------------------------------------------------------------

# The first day of each lunar year (the lunar new year) and the leap month of the years that
# have one (2014: a leap ninth month, 2017: a leap sixth, 2020: a leap fourth).
NEW_YEARS = {2014: "2014-01-31", 2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
             2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25", 2021: "2021-02-12",
             2022: "2022-02-01"}
LEAP_MONTHS = {2014: 9, 2017: 6, 2020: 4}
GANZHI = {2014: "甲午", 2015: "乙未", 2016: "丙申", 2017: "丁酉", 2018: "戊戌", 2019: "己亥",
          2020: "庚子", 2021: "辛丑"}
ZODIAC = {2014: "马", 2015: "羊", 2016: "猴", 2017: "鸡", 2018: "狗", 2019: "猪", 2020: "鼠",
          2021: "牛"}
ZODIAC_TRAD = {2014: "馬", 2015: "羊", 2016: "猴", 2017: "雞", 2018: "狗", 2019: "豬",
               2020: "鼠", 2021: "牛"}
MONTH_NAMES = ("正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月",
               "冬月", "腊月")
DAY_NAMES = tuple(
    ["初" + c for c in "一二三四五六七八九十"]
    + ["十" + c for c in "一二三四五六七八九"] + ["二十"]
    + ["廿" + c for c in "一二三四五六七八九"] + ["三十"])


def new_moon(k: int) -> dt.date:
    """The day (China time, UTC+8) of new moon number `k` after that of 6 January 2000
    (Meeus' mean lunation and its main periodic terms)."""
    t = k / 1236.85
    jde = (2451550.09766 + 29.530588861 * k + 0.00015437 * t ** 2 - 0.00000015 * t ** 3)
    e = 1 - 0.002516 * t - 0.0000074 * t ** 2
    m = math.radians(2.5534 + 29.1053567 * k - 0.0000014 * t ** 2)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t ** 2 + 0.00001238 * t ** 3)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t ** 2 - 0.00000227 * t ** 3)
    om = math.radians(124.7746 - 1.56375588 * k + 0.0020672 * t ** 2)
    jde += (-0.4072 * math.sin(mp) + 0.17241 * e * math.sin(m) + 0.01608 * math.sin(2 * mp)
            + 0.01039 * math.sin(2 * f) + 0.00739 * e * math.sin(mp - m)
            - 0.00514 * e * math.sin(mp + m) + 0.00208 * e * e * math.sin(2 * m)
            - 0.00111 * math.sin(mp - 2 * f) - 0.00057 * math.sin(mp + 2 * f)
            + 0.00056 * e * math.sin(2 * mp + m) - 0.00042 * math.sin(3 * mp)
            + 0.00042 * e * math.sin(m + 2 * f) + 0.00038 * e * math.sin(m - 2 * f)
            - 0.00024 * e * math.sin(2 * mp - m) - 0.00017 * math.sin(om)
            - 0.00007 * math.sin(mp + 2 * m) + 0.00004 * math.sin(2 * mp - 2 * f)
            + 0.00004 * math.sin(3 * m) + 0.00003 * math.sin(mp + m - 2 * f))
    china = jde - 69 / 86400 + 8 / 24  # terrestrial time to UTC, then to UTC+8
    return dt.date.fromordinal(math.floor(china + 0.5) - jdn(dt.date(1, 1, 1)) + 1)


@cache
def lunar_months() -> tuple[tuple[dt.date, int, int, bool], ...]:
    """The lunar months from the 2014 new year to the 2022 one: (first day, lunar year,
    month, leap), the lunar year by the Gregorian year it begins in."""
    starts = [new_moon(k) for k in range(170, 280)]
    out: list[tuple[dt.date, int, int, bool]] = []
    for y in range(2014, 2022):
        first, nxt = iso_day(NEW_YEARS[y]), iso_day(NEW_YEARS[y + 1])
        assert first in starts and nxt in starts, y
        days = [s for s in starts if first <= s < nxt]
        leap = LEAP_MONTHS.get(y)
        assert len(days) == (13 if leap else 12), (y, len(days))
        numbers = [(m, False) for m in range(1, 13)]
        if leap:
            numbers.insert(leap, (leap, True))
        out += [(s, y, m, is_leap) for s, (m, is_leap) in zip(days, numbers, strict=True)]
    return tuple(out)


@cache
def _month_starts() -> list[dt.date]:
    return [start for start, *_ in lunar_months()]


@cache
def lunar(day: dt.date) -> tuple[int, int, bool, int]:
    """The lunar date of `day`: (lunar year, month, leap, day of the month)."""
    months = lunar_months()
    i = bisect_right(_month_starts(), day) - 1
    if i < 0:
        raise ValueError(f"{day} is before the 2014 lunar new year")
    start, year, month, leap = months[i]
    return year, month, leap, (day - start).days + 1


def lunar_text(day: dt.date, trad: bool = False, year: bool = False) -> str:
    """`day`'s lunar date as papers print it: "农历闰六月初八" (農曆 in traditional script),
    with the stem-branch year if `year`."""
    y, month, leap, n = lunar(day)
    name = MONTH_NAMES[month - 1]
    if trad:
        name = name.replace("腊", "臘")
    head = ("農曆" if trad else "农历") + (f"{GANZHI[y]}年" if year else "")
    return f"{head}{'閏' if trad and leap else '闰' if leap else ''}{name}{DAY_NAMES[n - 1]}"


def lunar_day(y: int, month: int, n: int) -> dt.date:
    """The Gregorian day of lunar `month`/`n` (not leap) of lunar year `y`."""
    for start, year, m, leap in lunar_months():
        if year == y and m == month and not leap:
            return start + (n - 1) * ONE
    raise KeyError((y, month))


def new_year(y: int) -> dt.date:
    return iso_day(NEW_YEARS[y])


# --- helpers of this set ------------------------------------------------------------------


@cache
def wobble(day: dt.date, key: str) -> float:
    """A made-up number from -1 to 1, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "little") / 0xFFFFFFFF * 2 - 1


def through(day: dt.date, anchors: tuple[tuple[str, float], ...]) -> float:
    """A level drawn straight between `anchors` ((ISO day, value), ...)."""
    starts = [a for a, _ in anchors]
    i = bisect_right(starts, day.isoformat())
    if i == 0:
        return anchors[0][1]
    if i == len(anchors):
        return anchors[-1][1]
    (a0, v0), (a1, v1) = anchors[i - 1], anchors[i]
    x0, x1 = iso_day(a0).toordinal(), iso_day(a1).toordinal()
    return v0 + (v1 - v0) * (day.toordinal() - x0) / (x1 - x0)


# Units of each currency to one US dollar (made-up levels following the real swings).
PER_USD = {
    "MYR": (("2015-01-01", 3.50), ("2015-09-28", 4.45), ("2016-04-20", 3.88),
            ("2016-12-30", 4.49), ("2018-04-10", 3.86), ("2019-06-01", 4.18),
            ("2020-03-24", 4.42), ("2021-01-10", 4.03)),
    "SGD": (("2015-01-01", 1.33), ("2015-09-28", 1.43), ("2016-04-20", 1.34),
            ("2016-12-30", 1.45), ("2018-02-15", 1.31), ("2019-06-01", 1.37),
            ("2020-03-23", 1.45), ("2021-01-10", 1.33)),
    "CNY": (("2015-01-01", 6.21), ("2015-08-10", 6.21), ("2015-08-13", 6.39),
            ("2016-12-30", 6.95), ("2018-03-27", 6.28), ("2019-09-03", 7.17),
            ("2020-05-28", 7.16), ("2021-01-10", 6.47)),
    "IDR": (("2015-01-01", 12500.0), ("2015-09-29", 14700.0), ("2016-09-20", 13100.0),
            ("2017-12-29", 13550.0), ("2018-10-11", 15250.0), ("2019-12-31", 13900.0),
            ("2020-03-23", 16500.0), ("2021-01-10", 14100.0)),
    "THB": (("2015-01-01", 32.9), ("2015-09-29", 36.4), ("2016-12-30", 35.8),
            ("2018-01-25", 31.3), ("2018-10-31", 33.2), ("2019-12-31", 30.0),
            ("2020-04-10", 32.8), ("2021-01-10", 30.0)),
    "PHP": (("2015-01-01", 44.6), ("2016-12-30", 49.8), ("2018-09-10", 54.1),
            ("2019-12-31", 50.7), ("2021-01-10", 48.0)),
    "CAD": (("2015-01-01", 1.16), ("2016-01-20", 1.46), ("2017-09-08", 1.21),
            ("2018-12-31", 1.36), ("2020-03-19", 1.45), ("2021-01-10", 1.27)),
    "AUD": (("2015-01-01", 1.22), ("2016-01-15", 1.46), ("2018-01-26", 1.23),
            ("2019-08-07", 1.48), ("2020-03-19", 1.74), ("2021-01-10", 1.29)),
    "EUR": (("2015-01-01", 0.83), ("2015-03-13", 0.95), ("2017-09-08", 0.83),
            ("2018-02-16", 0.80), ("2019-09-30", 0.92), ("2020-03-10", 0.88),
            ("2021-01-10", 0.82)),
    "GBP": (("2015-01-01", 0.64), ("2016-06-23", 0.67), ("2016-10-07", 0.82),
            ("2018-04-17", 0.70), ("2019-09-03", 0.83), ("2019-12-13", 0.75),
            ("2020-03-19", 0.86), ("2021-01-10", 0.74)),
    "HKD": (("2015-01-01", 7.76), ("2021-01-10", 7.75)),
    "TWD": (("2015-01-01", 31.7), ("2016-01-20", 33.6), ("2018-01-26", 29.1),
            ("2019-01-01", 30.7), ("2021-01-10", 28.1)),
}


def fixing_day(day: dt.date) -> dt.date:
    """The business day whose rates a strip shows on `day` (Friday's over the weekend)."""
    return day - max(0, day.weekday() - 4) * ONE


def per_usd(currency: str, day: dt.date) -> float:
    """Units of `currency` to the US dollar on business day `day`."""
    if currency == "USD":
        return 1.0
    return through(day, PER_USD[currency]) * (1 + 0.004 * wobble(day, currency))


def rate(base: str, quote: str, day: dt.date, digits: int = 2) -> str:
    """Units of `quote` to one `base` on the business day `day` shows, as a strip prints."""
    fixing = fixing_day(day)
    value = per_usd(quote, fixing) / per_usd(base, fixing)
    return f"{value:,.{digits}f}"


def summer_us(day: dt.date) -> bool:
    """American and Canadian daylight saving time: second Sunday of March to the first
    Sunday of November."""
    return nth_weekday(day.year, 3, 6, 2) <= day < nth_weekday(day.year, 11, 6, 1)


def summer_eu(day: dt.date) -> bool:
    """British and European summer time: last Sunday of March to the last Sunday of
    October."""
    return last_weekday(day.year, 3, 6) <= day < last_weekday(day.year, 10, 6)


def summer_sydney(day: dt.date) -> bool:
    """Daylight saving time in Sydney: first Sunday of October to the first Sunday of
    April."""
    return not nth_weekday(day.year, 4, 6, 1) <= day < nth_weekday(day.year, 10, 6, 1)


def be_year(y: int) -> int:
    """The Buddhist-era year Thai papers print."""
    return y + 543


def cn_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


# Hari Raya Aidilfitri (Lebaran) and its Hijri year.
RAYA = {2015: ("2015-07-17", 1436), 2016: ("2016-07-06", 1437), 2017: ("2017-06-25", 1438),
        2018: ("2018-06-15", 1439), 2019: ("2019-06-05", 1440), 2020: ("2020-05-24", 1441)}


def lunar_new_year(days_before: int, days_after: int, text: Callable[[int], str]
                   ) -> list[Event]:
    """A greeting shown around each lunar new year; `text` is given the Gregorian year."""
    return [(new_year(y) - days_before * ONE, new_year(y) + (days_after + 1) * ONE, text(y))
            for y in range(2015, 2021)]


def lunar_feast(month: int, n: int, before: int, after: int, text: Callable[[int], str]
                ) -> list[Event]:
    """A notice shown around lunar `month`/`n` each year; `text` is given the year."""
    out: list[Event] = []
    for y in range(2015, 2021):
        day = lunar_day(y, month, n)
        out.append((day - before * ONE, day + (after + 1) * ONE, text(y)))
    return out


def raya(before: int, after: int, text: Callable[[int, int], str]) -> list[Event]:
    """A greeting around each Hari Raya Aidilfitri; `text` is given the year and the Hijri
    year."""
    return [(iso_day(day, -before), iso_day(day, after + 1), text(y, hijri))
            for y, (day, hijri) in RAYA.items()]


# --- a Malaysian Chinese daily ------------------------------------------------------------

ND_REDESIGN = dt.date(2017, 8, 31)  # relaunched on the sixtieth National Day
ND_APP = dt.date(2018, 1, 15)
ND_COPYRIGHT = dt.date(2019, 1, 1)
MCO = (dt.date(2020, 3, 18), dt.date(2020, 5, 3))
FOUR_D_PAUSE = (dt.date(2020, 3, 18), dt.date(2020, 5, 31))  # no draws under the MCO


def _nd_dated(day: dt.date) -> str:
    if day < ND_REDESIGN:
        return f"{cn_date(day)} {XINGQI[day.weekday()]}"
    return f"{cn_date(day)} {XINGQI[day.weekday()]} · {lunar_text(day)} · {{time}}"


def _nd_rates(day: dt.date) -> str:
    fixing = fixing_day(day)
    return (f"今日汇率（{fixing.month}月{fixing.day}日）：1美元兑{rate('USD', 'MYR', day, 4)}令吉"
            f" · 1新元兑{rate('SGD', 'MYR', day, 4)}令吉 · 100令吉兑"
            f"{float(rate('MYR', 'CNY', day, 4)) * 100:.2f}人民币")


def draw_day(day: dt.date) -> dt.date | None:
    """The last 4D draw on or before `day` (Wednesday, Saturday and Sunday), None while
    draws were suspended."""
    while day.weekday() not in (2, 5, 6):
        day -= ONE
    if FOUR_D_PAUSE[0] <= day <= FOUR_D_PAUSE[1]:
        return None
    return day


@cache
def _draw_numbers() -> dict[dt.date, int]:
    out, n, day = {}, 4320, dt.date(2015, 1, 1)
    while day <= LAST_DAY:
        if day.weekday() in (2, 5, 6) and not FOUR_D_PAUSE[0] <= day <= FOUR_D_PAUSE[1]:
            n += 1
            out[day] = n
        day += ONE
    return out


def _nd_four_d(day: dt.date) -> str:
    last = draw_day(day)
    if last is None:
        return "行动管制令期间，万能、多多及大马彩暂停开彩"
    n = _draw_numbers().get(last)
    if n is None:  # the first days of January 2015, before the first draw counted
        return "最新万字成绩：万能 · 多多 · 大马彩"
    return (f"最新万字成绩（{last.day}/{last.month} {XINGQI[last.weekday()]}开彩，"
            f"第{n}/{last.year % 100:02d}期）：万能 · 多多 · 大马彩")


@cache
def _nd_app() -> Wordings:
    base = _steps((_OLD, "下载南岛日报App，随时随地掌握最新资讯"),
                  (ND_APP.isoformat(), "📱 南岛日报App全新上线：新闻、万字成绩、电子报一手掌握"))
    mco = [(MCO[0], MCO[1] + ONE, "⚠️ 行动管制令期间请留在家中；南岛日报电子报限时免费阅读")]
    ge14 = [_span("2018-04-07", "2018-05-10", "🗳️ 第14届全国大选：5月9日投票，南岛日报全程直击"
                                              "开票")]
    cny = lunar_new_year(5, 15, lambda y: f"🧧 南岛日报恭祝全国读者{GANZHI[y]}年新春快乐，"
                                          f"{ZODIAC[y]}年行大运！")
    hari_raya = raya(3, 3, lambda y, h: f"🌙 开斋节快乐 Selamat Hari Raya Aidilfitri "
                                        f"{h}H，Maaf Zahir dan Batin")
    merdeka = _yearly("08-31", 1, 1, lambda y: f"🇲🇾 国庆{y - 1957}周年 · Selamat Hari "
                                               f"Kebangsaan {y}")
    return _calendar(base, mco, ge14, cny, hari_raya, merdeka)


def nandao_style() -> PublisherStyle:
    """A Malaysian Chinese daily: a column from a pool, the Chinese date with the weekday
    turned the lunar date and the time on National Day 2017 (a wording per day), "报道：" the
    reporter turned the reporter with the town, "来源：" an agency from a pool, the day's
    ringgit exchange-rate strip (a wording per business day), "延伸阅读：" and "广告" mid-body
    (up to twice), the latest 4D draw with its number (a wording per draw day, suspended
    under the MCO), the readers' views disclaimer, "责任编辑：" with the editor from a pool,
    an app appeal reworded and turned by the lunar new year, Hari Raya, National Day, the
    2018 general election and the MCO, the copyright line with its Malay half and company
    number added in 2019 (a block), a rare correction."""
    return PublisherStyle(
        domain="nandaodaily.com.my", site="南岛日报", base_size=250,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("nation", "world", "business", "local", "entertainment", "sports",
                  "opinion"),
        n_authors=14, url_path="/{section}/{yyyy}{mm}{dd}/{n}",
        pools={
            "lanmu": ("国内", "国际", "财经", "地方", "娱乐", "体育", "言路"),
            "beat": ("吉隆坡", "槟城", "新山", "怡保", "古晋", "亚庇", "马六甲"),
            "laiyuan": ("南岛日报", "马新社", "法新社", "路透社", "综合报道"),
            "bianji": ("林秀梅", "陈志强", "黄丽华", "李文杰", "张佩玲", "刘国豪"),
        },
        families=(
            _f("lanmu", HEADER, 0.5, (_OLD, "{lanmu}")),
            _f("riqi", HEADER, 0.9, *_by_day(_nd_dated)),
            _f("baodao", HEADER, 0.6, (_OLD, "报道：{author}"),
               (ND_REDESIGN.isoformat(), "报道：{author}（{author_beat}）")),
            _f("laiyuan", HEADER, 0.25, (_OLD, "来源：{laiyuan}")),
            _f("huilv", HEADER, 0.2, *_by_day(_nd_rates)),
            _f("yanshen", MIDDLE, 0.4, (_OLD, "延伸阅读：{other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.3, (_OLD, "广告"), count=2),
            _f("wanzi", MIDDLE, 0.12, *_by_day(_nd_four_d)),
            _f("yanlu", FOOTER, 0.12, (_OLD, "*以上言论纯属作者个人观点，不代表本报立场。")),
            _f("zeren", FOOTER, 0.7, (_OLD, "责任编辑：{bianji}")),
            _f("app", FOOTER, 0.3, *_nd_app()),
            _f("banquan", FOOTER, 0.4,
               (_OLD, "版权所有 © {year} 南岛日报 · 未经许可，不得转载。"),
               (ND_COPYRIGHT.isoformat(), "版权所有 © {year} 南岛日报有限公司（201201034567）"
                                          " · Hak cipta terpelihara.")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文较早前的版本误写了涉案人数，"
                                                 "特此更正。")),
        ),
    )


# --- a Singapore Chinese news site --------------------------------------------------------

SC_REDESIGN = dt.date(2018, 2, 16)  # relaunched on the first day of the Year of the Dog
SC_TELEGRAM = dt.date(2017, 6, 1)
CIRCUIT_BREAKER = ("2020-04-07", "2020-06-01")


def _sc_dated(day: dt.date) -> str:
    if day < SC_REDESIGN:
        return f"发布 / {cn_date(day)} {{time12}}"
    return f"更新 / {cn_date(day)} {XINGQI[day.weekday()]} {{time12}}"


def _sc_rates(day: dt.date) -> str:
    fixing = fixing_day(day)
    return (f"新元汇率 {fixing.day:02d}/{fixing.month:02d}：1新元 = {rate('SGD', 'CNY', day)}"
            f"人民币 | {rate('SGD', 'MYR', day, 4)}令吉 | {rate('SGD', 'USD', day, 4)}美元")


@cache
def _sc_notice() -> Wordings:
    base = _steps((_OLD, "点赞狮城今报脸书专页，掌握最新动态"),
                  (SC_TELEGRAM.isoformat(), "📲 订阅狮城今报Telegram频道，突发新闻第一时间推送"))
    covid = [_span(*CIRCUIT_BREAKER, "😷 阻断措施期间外出务必戴口罩；冠病疫情最新消息请锁定"
                                     "狮城今报")]
    polls = [_span("2015-09-01", "2015-09-12", "🗳️ 2015年大选：9月11日投票，选情直播尽在狮城今报"),
             _span("2020-06-30", "2020-07-11", "🗳️ 2020年大选：7月10日投票，各选区成绩实时更新")]
    national_day = _yearly("08-09", 2, 0, lambda y: f"🇸🇬 新加坡{y - 1965}岁生日快乐！Majulah "
                                                    f"Singapura!")
    cny = lunar_new_year(7, 7, lambda y: f"🧧 {GANZHI[y]}年大吉！狮城今报祝读者新春快乐、"
                                         f"身体健康")
    return _calendar(base, covid, polls, national_day, cny)


def shicheng_style() -> PublisherStyle:
    """A Singapore Chinese news site: a topic from a pool, "发布 /" the date and the twelve-hour
    time turned "更新 /" with the weekday on the first day of the Year of the Dog (a wording
    per day), "文 /" the writer, joined by the photographer from a pool after the redesign,
    "（新加坡讯）", the day's Singapore-dollar strip (a wording per business day), "相关新闻："
    and "ADVERTISEMENT" mid-body (up to twice), "责任编辑：", a news-tip line with its
    WhatsApp number, a Facebook appeal turned Telegram in 2017 and turned by the 2015 and
    2020 general elections, National Day, the lunar new year and the circuit breaker, the
    copyright line reworded in 2019, a rare correction."""
    return PublisherStyle(
        domain="shichengjinbao.com.sg", site="狮城今报", base_size=220,
        subdomains=(("www.", 100),),
        sections=("singapore", "sea", "china", "world", "finance", "sports", "lifestyle"),
        n_authors=11, url_path="/news/{section}/story{yyyy}{mm}{dd}-{n}",
        pools={
            "topic": ("新加坡", "东南亚", "中国", "国际", "财经", "体育", "副刊"),
            "sheying": ("本报摄影组", "Getty Images", "路透社", "受访者提供", "海峡时报"),
            "bianji": ("吴慧玲", "郑伟明", "蔡淑芬", "许家豪", "王美琪"),
        },
        families=(
            _f("topic", HEADER, 0.45, (_OLD, "{topic}")),
            _f("dateline", HEADER, 0.85, *_by_day(_sc_dated)),
            _f("wen", HEADER, 0.6, (_OLD, "文 / {author}"),
               (SC_REDESIGN.isoformat(), "文 / {author}  摄影 / {sheying}")),
            _f("xun", HEADER, 0.3, (_OLD, "（新加坡讯）")),
            _f("huilv", HEADER, 0.15, *_by_day(_sc_rates)),
            _f("xiangguan", MIDDLE, 0.35, (_OLD, "相关新闻：{other_title}"), count=2),
            _f("advert", MIDDLE, 0.3, (_OLD, "ADVERTISEMENT"), count=2),
            _f("zebian", FOOTER, 0.55, (_OLD, "责任编辑：{bianji}")),
            _f("tips", FOOTER, 0.2, (_OLD, "有新闻线索？请电邮至 news@shichengjinbao.com.sg 或 "
                                           "WhatsApp 8123 4560")),
            _f("notice", FOOTER, 0.35, *_sc_notice()),
            _f("copyright", FOOTER, 0.4,
               (_OLD, "© {year} 狮城今报 版权所有，不得转载。"),
               ("2019-04-01", "狮城今报版权所有 © {year} · 未经书面许可，不得复制、转载或"
                              "改编。")),
            _f("correction", HEADER, 0.04, (_OLD, "更正启事：本文较早前的版本把地点写错，"
                                                  "已经更正。")),
        ),
    )


# --- a Jakarta Chinese daily --------------------------------------------------------------

YC_REDESIGN = dt.date(2018, 8, 18)  # relaunched on the opening day of the Asian Games
YC_WHATSAPP = dt.date(2019, 3, 1)


def _yc_dated(day: dt.date) -> str:
    if day < YC_REDESIGN:
        return f"雅加达，{cn_date(day)}"
    return (f"{HARI[day.weekday()]}, {day.day} {BULAN[day.month - 1]} {day.year} | "
            f"{lunar_text(day, year=True)}")


def _yc_kurs(day: dt.date) -> str:
    return (f"印尼盾汇率 Kurs：1美元 = {rate('USD', 'IDR', day, 0)}盾 | 1人民币 = "
            f"{rate('CNY', 'IDR', day, 0)}盾 | 1新元 = {rate('SGD', 'IDR', day, 0)}盾")


@cache
def _yc_tongzhi() -> Wordings:
    base = _steps((_OLD, "欢迎关注椰城时报微信公众号及Facebook专页"),
                  (YC_WHATSAPP.isoformat(), "📲 加入椰城时报WhatsApp群组，每日新闻直送手机"))
    psbb = [_span("2020-04-10", "2020-06-04", "⚠️ 雅加达实施大规模社会限制（PSBB），请居家"
                                              "防疫 · Di rumah saja")]
    polls = [_vote("2017-02-15", "🗳️ 雅加达省长选举2月15日投票 · Pilkada DKI 2017", 5, 1),
             _vote("2017-04-19", "🗳️ 雅加达省长选举第二轮4月19日投票 · Putaran kedua", 5, 1),
             _vote("2019-04-17", "🗳️ 4月17日全国大选 · Pemilu 2019：总统与国会同日选举", 7, 1)]
    imlek = lunar_new_year(5, 15, lambda y: f"🏮 椰城时报恭祝全印尼华人{GANZHI[y]}年新春"
                                            f"快乐 · Selamat Tahun Baru Imlek {y + 551}")
    lebaran = raya(3, 4, lambda y, h: f"Selamat Hari Raya Idul Fitri {h} H · Mohon Maaf Lahir"
                                      f" dan Batin")
    hut_ri = _yearly("08-17", 1, 0, lambda y: f"🇮🇩 Dirgahayu Republik Indonesia ke-{y - 1945}"
                                              f" · 印尼独立{y - 1945}周年")
    return _calendar(base, psbb, polls, imlek, lebaran, hut_ri)


def yecheng_style() -> PublisherStyle:
    """A Jakarta Chinese daily: "雅加达，" and the Chinese date turned the Indonesian date with
    the lunar date and its stem-branch year when the Asian Games opened (a wording per day),
    "本报记者 ... 报道", "来源：" an agency from a pool, the rupiah rates (a wording per business
    day), "相关阅读：" and "广告 / Iklan" mid-body, "编辑：", a WeChat and Facebook appeal
    turned WhatsApp in 2019 and turned by Imlek with its Kongzili year, Lebaran with its
    Hijri year, Independence Day, the 2017 Jakarta election's two rounds, the 2019 general
    election and the PSBB, the address line and the copyright line in Indonesian (a block), a
    rare correction in both languages."""
    return PublisherStyle(
        domain="yechengshibao.co.id", site="椰城时报", base_size=195,
        subdomains=(("www.", 100),),
        sections=("berita", "nasional", "internasional", "ekonomi", "tionghoa", "olahraga"),
        n_authors=9, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "sumber": ("本报", "安塔拉通讯社", "罗盘报", "综合外电", "新华社"),
            "editor": ("陈丽珠", "黄建国", "林美华", "吴志明"),
        },
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_yc_dated)),
            _f("jizhe", HEADER, 0.55, (_OLD, "本报记者 {author} 报道")),
            _f("laiyuan", HEADER, 0.2, (_OLD, "来源：{sumber}")),
            _f("kurs", HEADER, 0.2, *_by_day(_yc_kurs)),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相关阅读：{other_title}")),
            _f("iklan", MIDDLE, 0.25, (_OLD, "广告 / Iklan"), count=2),
            _f("bianji", FOOTER, 0.5, (_OLD, "编辑：{editor}")),
            _f("tongzhi", FOOTER, 0.3, *_yc_tongzhi()),
            _f("alamat", FOOTER, 0.2, (_OLD, "社址：Jl. Gajah Mada No. 188, Jakarta Barat 11130 · "
                                             "电话 (021) 6345 2288")),
            _f("hakcipta", FOOTER, 0.35, (_OLD, "© {year} 椰城时报 · Hak Cipta Dilindungi "
                                                "Undang-Undang")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat / 更正：本报昨日报道中的人名有误，"
                                             "特此更正并致歉。")),
        ),
    )


# --- a Bangkok Chinese business daily (traditional script) --------------------------------

MN_REDESIGN = dt.date(2019, 5, 4)  # relaunched on coronation day
MN_LINE = dt.date(2016, 6, 1)
LOTTERY_PAUSE = (dt.date(2020, 4, 1), dt.date(2020, 5, 15))  # draws postponed


def _mn_dated(day: dt.date) -> str:
    if day < MN_REDESIGN:
        return f"{day.year}年{day.month:02d}月{day.day:02d}日 {XINGQI[day.weekday()]}"
    return (f"佛曆{be_year(day.year)}年{day.month}月{day.day}日 {XINGQI[day.weekday()]} · "
            f"{lunar_text(day, trad=True)}")


def _mn_rates(day: dt.date) -> str:
    return (f"泰銖匯率（商業銀行中間價）：1美元＝{rate('USD', 'THB', day)}銖 · 1人民幣＝"
            f"{rate('CNY', 'THB', day)}銖 · 1歐元＝{rate('EUR', 'THB', day)}銖")


def _mn_lottery(day: dt.date) -> str:
    draw = day.replace(day=16) if day.day >= 16 else day.replace(day=1)
    if LOTTERY_PAUSE[0] <= draw <= LOTTERY_PAUSE[1]:
        return "泰國政府彩票因疫情延期開獎，開獎日期另行公佈"
    return (f"泰國政府彩票佛曆{be_year(draw.year)}年{draw.month}月{draw.day}日開獎結果，"
            f"詳見本報彩票版")


@cache
def _mn_gonggao() -> Wordings:
    base = _steps((_OLD, "請關注湄南商報Facebook專頁"),
                  (MN_LINE.isoformat(), "歡迎加入湄南商報LINE官方帳號，每日新聞即時推送"))
    mourning = [_span("2016-10-13", "2016-11-12", "舉國哀悼：湄南商報全體同仁沉痛哀悼九世王"
                                                  "駕崩"),
                _span("2017-10-25", "2017-10-29", "九世王皇家火化大典：本報全程報道")]
    royal = [_span("2019-05-04", "2019-05-06", "🎉 十世王加冕大典 · ทรงพระเจริญ")]
    polls = [_vote("2019-03-24", "🗳️ 泰國大選3月24日投票：選情直擊盡在湄南商報", 7, 1)]
    covid = [_span("2020-03-26", "2020-06-14", "⚠️ 緊急狀態期間請遵守宵禁，保持社交距離")]
    songkran = _yearly("04-13", 3, 2, lambda y: f"💦 潑水節快樂 สุขสันต์วันสงกรานต์ "
                                                f"{be_year(y)}")
    cny = lunar_new_year(5, 10, lambda y: f"🧧 湄南商報恭祝全泰僑胞{GANZHI[y]}年新春大吉，"
                                          f"{ZODIAC_TRAD[y]}年如意")
    return _calendar(base, mourning, royal, polls, covid, songkran, cny)


def meinan_style() -> PublisherStyle:
    """A Bangkok Chinese business daily in traditional script: the date with the weekday
    turned the Buddhist-era date with the lunar date on coronation day 2019 (a wording per
    day), "本報記者", "來源：" an agency from a pool, the baht rates (a wording per business
    day), "相關新聞：" and "โฆษณา" mid-body (up to twice), the government lottery's last
    draw (on the 1st and the 16th, postponed in spring 2020), "責任編輯：", a Facebook appeal
    turned LINE in 2016 and turned by the king's mourning and cremation, the coronation,
    the 2019 election, the emergency decree, Songkran with its Buddhist-era year and the
    lunar new year, the address line and the copyright line with its Thai half (a block), a
    rare correction."""
    return PublisherStyle(
        domain="meinanshangbao.co.th", site="湄南商報", base_size=170,
        subdomains=(("www.", 100),),
        sections=("thailand", "economy", "china", "world", "overseas-chinese", "property"),
        n_authors=8, url_path="/news/{section}/{n}.html",
        pools={
            "laiyuan": ("本報訊", "綜合報道", "新華社", "法新社", "泰國國家通訊社"),
            "bianji": ("鄭淑華", "林振興", "許麗珍", "陳家偉", "黃惠芳"),
        },
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_mn_dated)),
            _f("jizhe", HEADER, 0.5, (_OLD, "本報記者 {author}")),
            _f("laiyuan", HEADER, 0.25, (_OLD, "來源：{laiyuan}")),
            _f("huilv", HEADER, 0.2, *_by_day(_mn_rates)),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相關新聞：{other_title}")),
            _f("khosana", MIDDLE, 0.25, (_OLD, "โฆษณา"), count=2),
            _f("caipiao", FOOTER, 0.12, *_by_day(_mn_lottery)),
            _f("zebian", FOOTER, 0.5, (_OLD, "責任編輯：{bianji}")),
            _f("gonggao", FOOTER, 0.3, *_mn_gonggao()),
            _f("dizhi", FOOTER, 0.2, (_OLD, "社址：曼谷三攀他旺縣耀華力路1088號 · 電話 "
                                            "02-222-6688 · 傳真 02-222-6699")),
            _f("banquan", FOOTER, 0.35, (_OLD, "版權所有 © {year} 湄南商報 สงวนลิขสิทธิ์")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本報前日所載匯款金額有誤，謹此更正。")),
        ),
    )


# --- a Manila Chinese daily (traditional script) ------------------------------------------

MJ_REDESIGN = dt.date(2017, 7, 1)
MJ_APP = dt.date(2018, 9, 1)
MANILA_EIGHT = dt.date(2019, 10, 6)  # Metro Manila landlines gain an 8


def _mj_dated(day: dt.date) -> str:
    if day < MJ_REDESIGN:
        return cn_date(day)
    return f"菲律賓馬尼拉 | {cn_date(day)} {XINGQI[day.weekday()]} | {lunar_text(day, trad=True)}"


def _mj_peso(day: dt.date) -> str:
    fixing = fixing_day(day)
    return (f"比索匯率（{fixing.month}月{fixing.day}日收盤）：1美元兌{rate('USD', 'PHP', day)}"
            f"比索 · 1人民幣兌{rate('CNY', 'PHP', day)}比索")


@cache
def _mj_tongzhi() -> Wordings:
    base = _steps((_OLD, "按讚岷江僑報Facebook專頁，菲華新聞一手掌握"),
                  (MJ_APP.isoformat(), "📲 下載岷江僑報App · I-download na ang aming app"))
    ecq = [_span("2020-03-16", "2020-05-31", "⚠️ 加強社區隔離期間敬請居家 · Manatili sa "
                                             "bahay")]
    polls = [_vote("2016-05-09", "🗳️ 菲律賓2016年大選5月9日投票 · Bumoto nang tama", 7, 1),
             _vote("2019-05-13", "🗳️ 菲律賓2019年期中選舉5月13日投票 · Bumoto nang tama", 7,
                   1)]
    cny = lunar_new_year(5, 7, lambda y: f"🧧 岷江僑報恭祝菲華各界{GANZHI[y]}年新春愉快 · "
                                         f"Kung Hei Fat Choi!")
    kalayaan = _yearly("06-12", 1, 0, lambda y: f"🇵🇭 菲律賓獨立{y - 1898}週年 · Maligayang "
                                                f"Araw ng Kalayaan")
    pasko = _yearly("12-25", 9, 0, lambda y: f"🎄 Maligayang Pasko {y}！岷江僑報祝讀者聖誕快樂")
    return _calendar(base, ecq, polls, cny, kalayaan, pasko)


def minjiang_style() -> PublisherStyle:
    """A Manila Chinese daily in traditional script: the Chinese date turned "菲律賓馬尼拉 |"
    with the weekday and the lunar date, leap months included, on 1 July 2017 (a wording per
    day), "記者：", the peso rates (a wording per business day), "相關報道：" and
    "ADVERTISEMENT" mid-body, the opinion disclaimer, "責任編輯：", a Facebook appeal turned
    an app in 2018 and turned by the 2016 and 2019 elections, the lunar new year,
    Independence Day, Christmas and the ECQ, the copyright line and the address line, whose
    landline gains its 8 in October 2019 (a block), a rare correction."""
    return PublisherStyle(
        domain="minjiangqiaobao.com.ph", site="岷江僑報", base_size=150,
        subdomains=(("www.", 100),),
        sections=("local", "community", "china", "world", "editorial"),
        n_authors=7, url_path="/{section}/{yyyy}-{mm}-{dd}/{n}",
        pools={"bianji": ("施振南", "蔡美玲", "洪國華", "許文華")},
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_mj_dated)),
            _f("jizhe", HEADER, 0.45, (_OLD, "記者：{author}")),
            _f("bisuo", HEADER, 0.2, *_by_day(_mj_peso)),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相關報道：{other_title}")),
            _f("ad", MIDDLE, 0.2, (_OLD, "ADVERTISEMENT")),
            _f("shengming", FOOTER, 0.15, (_OLD, "本版文章僅代表作者個人觀點，不代表本報立場。")),
            _f("zebian", FOOTER, 0.45, (_OLD, "責任編輯：{bianji}")),
            _f("tongzhi", FOOTER, 0.3, *_mj_tongzhi()),
            _f("banquan", FOOTER, 0.35, (_OLD, "版權所有 © {year} 岷江僑報 · All rights "
                                               "reserved.")),
            _f("dizhi", FOOTER, 0.2,
               (_OLD, "社址：馬尼拉王彬街 Binondo, Manila 1006 · Tel. (02) 241-5566"),
               (MANILA_EIGHT.isoformat(), "社址：馬尼拉王彬街 Binondo, Manila 1006 · Tel. (02) "
                                          "8241-5566")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：昨日本版報道中社團名稱有誤，特此更正。")),
        ),
    )


# --- a San Francisco Bay Area Chinese portal (traditional script) -------------------------

JS_REDESIGN = dt.date(2018, 11, 6)  # relaunched on midterm election day
JS_LINE = dt.date(2017, 5, 1)
US_ELECTIONS = ("2016-11-08", "2018-11-06", "2020-11-03")


def _js_dated(day: dt.date) -> str:
    if day < JS_REDESIGN:
        return f"更新時間：{day.isoformat()} {{time}}"
    zone = "PDT" if summer_us(day) else "PST"
    return f"{cn_date(day)}（{ZHOU[day.weekday()]}）{{time}} {zone}"


def _js_rates(day: dt.date) -> str:
    return (f"美元匯率：1美元兌{rate('USD', 'CNY', day, 4)}人民幣 · {rate('USD', 'TWD', day)}"
            f"新台幣 · {rate('USD', 'HKD', day, 4)}港幣")


@cache
def _js_tongzhi() -> Wordings:
    base = _steps((_OLD, "訂閱金山華聲電子報，灣區新聞每天送到信箱"),
                  (JS_LINE.isoformat(), "加入金山華聲LINE／WeChat，掌握灣區華人新聞"))
    shelter = [_span("2020-03-17", "2020-05-31", "🏠 灣區居家避疫令生效：非必要請勿外出 · "
                                                 "Shelter in place")]
    polls = [_vote(day, f"🗳️ {iso_day(day).month}月{iso_day(day).day}日大選：投票指南與選情"
                        f"即時更新 · Every vote counts", 10, 1) for day in US_ELECTIONS]
    census = [_span("2020-03-12", "2020-10-15", "📋 2020人口普查：填寫問卷，為華人社區爭取資源")]
    cny = lunar_new_year(3, 14, lambda y: f"🧧 金山華聲祝大家{GANZHI[y]}年新年快樂 · Happy "
                                          f"Lunar New Year!")
    return _calendar(base, shelter, polls, census, cny)


def jinshan_style() -> PublisherStyle:
    """A San Francisco Bay Area Chinese portal in traditional script: the language switcher,
    "更新時間：" the ISO date turned the Chinese date, the weekday and Pacific daylight or
    standard time on midterm day 2018 (a wording per day), "記者 ... ／... 報導" with the
    city from a pool, the dollar rates (a wording per business day), "延伸閱讀》" and
    "Advertisement" mid-body (up to twice), the immigration-law disclaimer, "編輯：", a
    newsletter appeal turned LINE and WeChat in 2017 and turned by the 2016, 2018 and 2020
    elections, the 2020 census, the lunar new year and shelter in place, the tip line and the
    copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="jinshanhuasheng.com", site="金山華聲", base_size=130,
        subdomains=(("www.", 70), ("", 30)),
        sections=("bayarea", "us", "china", "immigration", "realestate", "food"),
        n_authors=8, url_path="/article/{yyyy}{mm}{dd}/{n}",
        pools={
            "chengshi": ("舊金山", "屋崙", "聖荷西", "庫比蒂諾", "沙加緬度", "佛利蒙"),
            "bianji": ("周雅婷", "李志偉", "何佩珊", "陳冠宇"),
        },
        families=(
            _f("yuyan", HEADER, 0.3, (_OLD, "繁體 | 简体 | English")),
            _f("riqi", HEADER, 0.85, *_by_day(_js_dated)),
            _f("jizhe", HEADER, 0.55, (_OLD, "記者{author}／{chengshi}報導")),
            _f("meiyuan", HEADER, 0.15, *_by_day(_js_rates)),
            _f("yanshen", MIDDLE, 0.35, (_OLD, "延伸閱讀》{other_title}"), count=2),
            _f("advertisement", MIDDLE, 0.3, (_OLD, "Advertisement"), count=2),
            _f("mianze", FOOTER, 0.15, (_OLD, "本文僅供參考，不構成移民法律意見；如有疑問請"
                                              "諮詢執業律師。")),
            _f("bianji", FOOTER, 0.35, (_OLD, "編輯：{bianji}")),
            _f("tongzhi", FOOTER, 0.3, *_js_tongzhi()),
            _f("baoliao", FOOTER, 0.15, (_OLD, "新聞爆料：tips@jinshanhuasheng.com · "
                                               "(415) 555-0188")),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} 金山華聲 All Rights "
                                                "Reserved.")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文稍早版本誤植受訪者職稱，"
                                                 "現已更正。")),
        ),
    )


# --- a Toronto Chinese portal -------------------------------------------------------------

TH_REDESIGN = dt.date(2019, 10, 21)  # relaunched on federal election day
TH_WECHAT = dt.date(2018, 4, 1)
TH_DISCLAIMER = dt.date(2017, 1, 1)


def _th_dated(day: dt.date) -> str:
    if day < TH_REDESIGN:
        return f"发布时间：{day.isoformat()} {{time}}"
    zone = "EDT" if summer_us(day) else "EST"
    return f"{cn_date(day)} {XINGQI[day.weekday()]} {{time}} {zone}（多伦多时间）"


def _th_rates(day: dt.date) -> str:
    return (f"加元汇率：1加元兑{rate('CAD', 'CNY', day, 4)}人民币 · {rate('CAD', 'USD', day, 4)}"
            f"美元 · {rate('CAD', 'HKD', day, 4)}港币")


@cache
def _th_weixin() -> Wordings:
    base = _steps((_OLD, "扫码关注多伦多华讯微信公众号"),
                  (TH_WECHAT.isoformat(), "关注多伦多华讯微信公众号，每日推送大多地区本地新闻"))
    pandemic = [_span("2020-03-17", "2020-07-16", "⚠️ 安省紧急状态：居家抗疫，外出保持两米"
                                                  "社交距离"),
                _span("2020-11-23", "2020-12-25", "⚠️ 多伦多进入封锁阶段：室内聚会及堂食暂停")]
    polls = [_vote("2015-10-19", "🗳️ 联邦大选10月19日投票：华人选民请踊跃投票", 10, 1),
             _vote("2018-06-07", "🗳️ 安省省选6月7日投票：选情实时更新", 7, 1),
             _vote("2018-10-22", "🗳️ 安省市选10月22日投票：多伦多市长及市议员选举", 7, 1),
             _vote("2019-10-21", "🗳️ 联邦大选10月21日投票：华人选民请踊跃投票", 10, 1)]
    canada_day = _yearly("07-01", 1, 0, lambda y: f"🇨🇦 Happy Canada Day！加拿大{y - 1867}岁"
                                                  f"生日快乐")
    cny = lunar_new_year(5, 7, lambda y: f"🧧 多伦多华讯恭祝全加华人{GANZHI[y]}年新春快乐")
    return _calendar(base, pandemic, polls, canada_day, cny)


def toronto_style() -> PublisherStyle:
    """A Toronto Chinese portal: "发布时间：" the ISO date turned the Chinese date, the weekday
    and Eastern daylight or standard time on federal election day 2019 (a wording per day),
    "作者：" and "来源：" an outlet from a pool, the Canadian-dollar rates (a wording per
    business day), "推荐阅读：" (up to twice) and "广告 Advertisement" mid-body, "责任编辑：",
    a WeChat appeal reworded in 2018 and turned by the federal, Ontario and Toronto
    elections, Canada Day, the lunar new year and the lockdowns, the disclaimer (its takedown
    address added in 2017) and the copyright line (a block), a rare update."""
    return PublisherStyle(
        domain="torontohuaxun.ca", site="多伦多华讯", base_size=110,
        subdomains=(("www.", 100),),
        sections=("local", "canada", "china", "world", "realestate", "education"),
        n_authors=6, url_path="/news/{yyyy}/{mm}/{n}.html",
        pools={
            "laiyuan": ("本站原创", "加通社", "CBC", "CP24", "综合网络"),
            "bianji": ("Lily", "Kevin", "Vivian", "Eric"),
        },
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_th_dated)),
            _f("zuozhe", HEADER, 0.45, (_OLD, "作者：{author}")),
            _f("laiyuan", HEADER, 0.3, (_OLD, "来源：{laiyuan}")),
            _f("jiayuan", HEADER, 0.2, *_by_day(_th_rates)),
            _f("tuijian", MIDDLE, 0.35, (_OLD, "推荐阅读：{other_title}"), count=2),
            _f("ad", MIDDLE, 0.25, (_OLD, "广告 Advertisement")),
            _f("zebian", FOOTER, 0.45, (_OLD, "责任编辑：{bianji}")),
            _f("weixin", FOOTER, 0.4, *_th_weixin()),
            _f("mianze", FOOTER, 0.4,
               (_OLD, "免责声明：本文内容来自网络或网友投稿，不代表本站观点。"),
               (TH_DISCLAIMER.isoformat(), "免责声明：本文内容来自网络或网友投稿，不代表本站"
                                           "观点。如涉及版权问题，请联系 info@torontohuaxun.ca"
                                           " 删除。")),
            _f("banquan", FOOTER, 0.3, (_OLD, "© {year} 多伦多华讯 版权所有")),
            _f("gengxin", HEADER, 0.04, (_OLD, "【更新】本文已根据警方最新通报更新。")),
        ),
    )


# --- a Sydney Chinese media group ---------------------------------------------------------

NX_REDESIGN = dt.date(2018, 7, 1)
NX_APP = dt.date(2019, 7, 1)


def _nx_dated(day: dt.date) -> str:
    if day < NX_REDESIGN:
        return f"{day.isoformat()} {{time}}"
    return f"{cn_date(day)} {{time}} {'AEDT' if summer_sydney(day) else 'AEST'}"


def _nx_rates(day: dt.date) -> str:
    fixing = fixing_day(day)
    return (f"澳元汇率（{fixing.day}/{fixing.month}）：1澳元 = {rate('AUD', 'CNY', day, 4)}人民币"
            f" = {rate('AUD', 'USD', day, 4)}美元")


@cache
def _nx_tongzhi() -> Wordings:
    base = _steps((_OLD, "关注南星传媒微信公众号，了解澳洲大小事"),
                  (NX_APP.isoformat(), "📱 南星传媒App上线：澳洲新闻、房产、移民一站掌握"))
    covid = [_span("2020-03-23", "2020-05-15", "⚠️ 全澳防疫限制：非必要请勿外出，保持1.5米"
                                              "社交距离"),
             _span("2020-07-08", "2020-10-27", "⚠️ 墨尔本第二轮封城：维州居民请遵守第四阶段"
                                               "限制")]
    fires = [_span("2019-12-20", "2020-01-31", "🔥 山火紧急：请关注各州消防局最新警告及"
                                               "疏散指示")]
    polls = [_vote("2016-07-02", "🗳️ 联邦大选7月2日投票：记得带上选民证件", 7, 1),
             _span("2017-09-12", "2017-11-07", "📮 同性婚姻邮寄调查：请于11月7日前寄回问卷"),
             _vote("2019-05-18", "🗳️ 联邦大选5月18日投票：澳洲华人选民指南", 7, 1)]
    australia_day = _yearly("01-26", 1, 0, lambda y: f"🇦🇺 Happy Australia Day {y}！"
                                                     f"澳大利亚国庆日快乐")
    cny = lunar_new_year(5, 10, lambda y: f"🧧 南星传媒恭祝澳洲华人{GANZHI[y]}年新春快乐，"
                                          f"{ZODIAC[y]}年吉祥")
    return _calendar(base, covid, fires, polls, australia_day, cny)


def nanxing_style() -> PublisherStyle:
    """A Sydney Chinese media group: the ISO date and time turned the Chinese date with
    Sydney's daylight or standard time on 1 July 2018 (a wording per day), "撰文：", "来源："
    an outlet from a pool, the Australian-dollar rates (a wording per business day), "你可能
    还想看：" and "Advertisement" mid-body, a WeChat appeal turned an app in 2019 and turned
    by the 2016 and 2019 federal elections, the 2017 marriage survey, the bushfires, the
    lockdowns, Australia Day and the lunar new year, the immigration disclaimer, the
    submissions line and the copyright line (a block), a rare correction."""
    return PublisherStyle(
        domain="nanxingmedia.com.au", site="南星传媒", base_size=95,
        subdomains=(("www.", 100),),
        sections=("australia", "sydney", "melbourne", "property", "immigration", "china"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}/",
        pools={"laiyuan": ("南星传媒", "澳联社", "ABC", "SBS", "综合")},
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_nx_dated)),
            _f("zhuanwen", HEADER, 0.55, (_OLD, "撰文：{author}")),
            _f("laiyuan", HEADER, 0.25, (_OLD, "来源：{laiyuan}")),
            _f("aoyuan", HEADER, 0.15, *_by_day(_nx_rates)),
            _f("haixiang", MIDDLE, 0.3, (_OLD, "你可能还想看：{other_title}")),
            _f("advertisement", MIDDLE, 0.2, (_OLD, "Advertisement")),
            _f("tongzhi", FOOTER, 0.35, *_nx_tongzhi()),
            _f("mianze", FOOTER, 0.25, (_OLD, "本文仅供参考，不构成任何移民、法律或投资建议。")),
            _f("tougao", FOOTER, 0.15, (_OLD, "投稿及爆料：news@nanxingmedia.com.au")),
            _f("banquan", FOOTER, 0.35, (_OLD, "© {year} 南星传媒 Pty Ltd. 版权所有，转载须"
                                               "注明出处。")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文此前版本中的房价中位数有误，"
                                                 "现已更正。")),
        ),
    )


# --- a Chinese weekly in Germany ----------------------------------------------------------

LY_REDESIGN = dt.date(2017, 9, 24)  # relaunched on the day of the Bundestag election
LY_WECHAT = dt.date(2019, 3, 1)
DSGVO = dt.date(2018, 5, 25)
MSTV = dt.date(2020, 11, 7)  # the Medienstaatsvertrag replaces the Rundfunkstaatsvertrag


def _ly_dated(day: dt.date) -> str:
    if day < LY_REDESIGN:
        return cn_date(day)
    return f"发布于 {cn_date(day)} {{time}}（柏林时间 {'MESZ' if summer_eu(day) else 'MEZ'}）"


def _ly_rates(day: dt.date) -> str:
    return f"欧元汇率：1欧元兑{rate('EUR', 'CNY', day, 4)}人民币 · {rate('EUR', 'USD', day, 4)}美元"


@cache
def _ly_tongzhi() -> Wordings:
    base = _steps((_OLD, "欢迎订阅莱茵华报纸质版，每周五出版"),
                  (LY_WECHAT.isoformat(), "📲 关注莱茵华报微信公众号，德国资讯每日推送"))
    lockdown = [_span("2020-03-22", "2020-05-06", "Bleiben Sie zu Hause：疫情期间请减少外出，"
                                                  "保持1.5米距离"),
                _span("2020-11-02", "2021-01-10", "德国“轻度封城”：餐馆、健身房暂停营业，"
                                                  "请减少接触")]
    polls = [_vote("2017-09-24", "🗳️ 联邦议院选举9月24日举行：有投票权的华人请积极投票 · "
                                 "Gehen Sie wählen!", 7, 1)]
    cny = lunar_new_year(5, 10, lambda y: f"🧧 莱茵华报恭祝旅德华人华侨{GANZHI[y]}年春节快乐")
    mid_autumn = lunar_feast(8, 15, 3, 1, lambda y: f"🥮 中秋快乐：莱茵华报祝您{y}年中秋"
                                                    f"阖家团圆")
    return _calendar(base, lockdown, polls, cny, mid_autumn)


def laiyin_style() -> PublisherStyle:
    """A Chinese weekly in Germany: the Chinese date turned "发布于" with the time and
    Central European (summer) time on Bundestag election day 2017 (a wording per day), "驻
    ...记者" with the city from a pool, the euro rates (a wording per business day), "相关
    链接：" and "Anzeige" mid-body (up to twice), "责任编辑：", a print appeal turned WeChat
    in 2019 and turned by the lunar new year, Mid-Autumn, the Bundestag election and the
    two lockdowns, the privacy line reworded for the GDPR (DSGVO), the press-law line whose
    reference changes with the Medienstaatsvertrag and the copyright line in German and
    Chinese (a block), a rare correction."""
    return PublisherStyle(
        domain="laiyinhuabao.de", site="莱茵华报", base_size=80,
        subdomains=(("www.", 100),),
        sections=("deutschland", "europa", "china", "wirtschaft", "studium", "leben"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{n}",
        pools={
            "chengshi": ("法兰克福", "柏林", "杜塞尔多夫", "汉堡", "慕尼黑"),
            "bianji": ("王芳", "赵磊", "孙雪", "周斌"),
        },
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_ly_dated)),
            _f("jizhe", HEADER, 0.5, (_OLD, "驻{chengshi}记者 {author}")),
            _f("ouyuan", HEADER, 0.2, *_by_day(_ly_rates)),
            _f("lianjie", MIDDLE, 0.3, (_OLD, "相关链接：{other_title}")),
            _f("anzeige", MIDDLE, 0.25, (_OLD, "Anzeige"), count=2),
            _f("zebian", FOOTER, 0.4, (_OLD, "责任编辑：{bianji}")),
            _f("tongzhi", FOOTER, 0.3, *_ly_tongzhi()),
            _f("yinsi", FOOTER, 0.2,
               (_OLD, "隐私政策 Datenschutz | 联系我们 Kontakt"),
               (DSGVO.isoformat(), "我们已根据欧盟《通用数据保护条例》（DSGVO）更新隐私政策 · "
                                   "Datenschutzerklärung")),
            _f("impressum", FOOTER, 0.25,
               (_OLD, "Verantwortlich i.S.d. § 55 Abs. 2 RStV: {bianji}"),
               (MSTV.isoformat(), "Verantwortlich i.S.d. § 18 Abs. 2 MStV: {bianji}")),
            _f("banquan", FOOTER, 0.3, (_OLD, "© {year} 莱茵华报 · Alle Rechte vorbehalten · "
                                              "版权所有")),
            _f("kanwu", HEADER, 0.04, (_OLD, "勘误：本文此前版本中的签证办理时限有误，"
                                             "已更正。")),
        ),
    )


# --- a Hong Kong diaspora news site in London (traditional script) ------------------------

YL_REDESIGN = dt.date(2016, 6, 24)  # relaunched the day the referendum result came in
YL_WHATSAPP = dt.date(2018, 3, 1)
# Brexit day as it stood: the two-year clock from Article 50, then the three extensions.
BREXIT_DAYS = (("2017-03-29", "2019-03-29"), ("2019-03-22", "2019-04-12"),
               ("2019-04-11", "2019-10-31"), ("2019-10-29", "2020-01-31"))
TRANSITION_END = dt.date(2020, 12, 31)


def brexit_day(day: dt.date) -> dt.date:
    """The day Britain was due to leave, as it stood on `day` (from 29 March 2017)."""
    return iso_day([target for start, target in BREXIT_DAYS if start <= day.isoformat()][-1])


def _yl_dated(day: dt.date) -> str:
    if day < YL_REDESIGN:
        return day.isoformat()
    zone = "BST" if summer_eu(day) else "GMT"
    return f"{cn_date(day)} {XINGQI[day.weekday()]} 倫敦時間 {{time}} {zone}"


def _yl_countdown(day: dt.date) -> str:
    if day < dt.date(2016, 2, 20):
        return "脫歐專題：英國與歐盟的去與留"
    if day <= dt.date(2016, 6, 23):
        return f"脫歐公投倒數：距離6月23日投票還有{(dt.date(2016, 6, 23) - day).days}天"
    if day < dt.date(2017, 3, 29):
        return "英國公投決定脫歐：最新進展請看脫歐專題"
    if day < dt.date(2020, 2, 1):
        target = brexit_day(day)
        return (f"脫歐倒數：距離英國正式脫歐（{cn_date(target)}）還有"
                f"{(target - day).days}天")
    if day <= TRANSITION_END:
        return f"脫歐過渡期倒數：距離過渡期結束還有{(TRANSITION_END - day).days}天"
    return "英國已完成脫歐過渡期：新規則下的簽證、關稅與駕照指南"


def _yl_pound(day: dt.date) -> str:
    return f"英鎊匯率：1英鎊兌{rate('GBP', 'CNY', day, 4)}人民幣 · {rate('GBP', 'HKD', day, 4)}港元"


@cache
def _yl_tongzhi() -> Wordings:
    base = _steps((_OLD, "關注英倫華訊Facebook專頁，英國華人大小事一手掌握"),
                  (YL_WHATSAPP.isoformat(), "加入英倫華訊WhatsApp群組，英國華人新聞即時推送"))
    lockdown = [_span("2020-03-23", "2020-07-03", "Stay at home：居家抗疫，保護NHS，拯救生命"),
                _span("2020-11-05", "2020-12-02", "英格蘭第二次封城：非必要商店暫停營業")]
    polls = [_vote("2015-05-07", "🗳️ 英國大選5月7日投票：記得帶上投票卡", 7, 1),
             _vote("2016-06-23", "🗳️ 脫歐公投6月23日投票：留歐還是脫歐？", 7, 1),
             _vote("2017-06-08", "🗳️ 英國大選6月8日投票：記得帶上投票卡", 7, 1),
             _vote("2019-12-12", "🗳️ 英國大選12月12日投票：記得帶上投票卡", 7, 1)]
    cny = lunar_new_year(3, 10, lambda y: f"🧧 倫敦唐人街{GANZHI[y]}年新春慶典：英倫華訊祝"
                                          f"大家{ZODIAC_TRAD[y]}年快樂")
    return _calendar(base, lockdown, polls, cny)


def yinglun_style() -> PublisherStyle:
    """A Hong Kong diaspora news site in London, in traditional script: the ISO date turned
    the Chinese date, the weekday and London time in BST or GMT the day after the Brexit
    referendum (a wording per day), "英倫華訊記者", the pound rates (a wording per business
    day), the Brexit countdown (a wording per day, its target moved by each extension, then
    the transition period's), "延伸閱讀：" and "Advertisement" mid-body, "編輯：", a Facebook
    appeal turned WhatsApp in 2018 and turned by the 2015, 2017 and 2019 general elections,
    the referendum, the lunar new year and the lockdowns, the copyright line and the company
    line (a block), a rare correction."""
    return PublisherStyle(
        domain="yinglunhuaxun.co.uk", site="英倫華訊", base_size=65,
        subdomains=(("www.", 100),),
        sections=("uk", "london", "hongkong", "world", "property", "education"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={"bianji": ("梁嘉欣", "麥志強", "鄧慧儀")},
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_yl_dated)),
            _f("jizhe", HEADER, 0.5, (_OLD, "英倫華訊記者 {author}")),
            _f("bangjia", HEADER, 0.15, *_by_day(_yl_pound)),
            _f("daoshu", HEADER, 0.25, *_by_day(_yl_countdown)),
            _f("yanshen", MIDDLE, 0.3, (_OLD, "延伸閱讀：{other_title}")),
            _f("advertisement", MIDDLE, 0.2, (_OLD, "Advertisement")),
            _f("bianji", FOOTER, 0.4, (_OLD, "編輯：{bianji}")),
            _f("tongzhi", FOOTER, 0.3, *_yl_tongzhi()),
            _f("banquan", FOOTER, 0.35, (_OLD, "© {year} 英倫華訊 版權所有 · All rights "
                                               "reserved")),
            _f("gongsi", FOOTER, 0.2, (_OLD, "Registered in England and Wales, Company No. "
                                             "08765432 · 20 Gerrard Street, London W1D 6JQ")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：本文早前版本誤寫了申請截止日期，"
                                                 "現已更正。")),
        ),
    )


# --- a Penang Chinese evening paper -------------------------------------------------------

BC_REDESIGN = dt.date(2019, 1, 1)
BC_APP = dt.date(2020, 1, 1)
YI = ("祭祀", "祈福", "出行", "嫁娶", "开市", "交易", "纳财", "入宅", "移徙", "安床", "动土",
      "修造", "求嗣", "会亲友", "裁衣", "订盟")
JI = ("动土", "破土", "安葬", "开市", "嫁娶", "出行", "入宅", "伐木", "作灶", "栽种", "词讼",
      "掘井")


def almanac(day: dt.date) -> tuple[str, str]:
    """The day's dos and don'ts as a made-up almanac gives them (two to four of each)."""
    digest = hashlib.blake2b(f"tongshu|{day.isoformat()}".encode(), digest_size=8).digest()
    yi = sorted({YI[b % len(YI)] for b in digest[:2 + digest[7] % 3]}, key=YI.index)
    ji = sorted({JI[b % len(JI)] for b in digest[4:6 + digest[6] % 2]} - set(yi), key=JI.index)
    return " ".join(yi), " ".join(ji) or "诸事不宜"


def _bc_dated(day: dt.date) -> str:
    if day < BC_REDESIGN:
        return f"槟城 {day.day}/{day.month}/{day.year}"
    return f"{cn_date(day)}（{XINGQI[day.weekday()]}）· {lunar_text(day)}"


def _bc_tongshu(day: dt.date) -> str:
    yi, ji = almanac(day)
    return f"今日{lunar_text(day)} · 宜：{yi} · 忌：{ji}"


@cache
def _bc_tongzhi() -> Wordings:
    base = _steps((_OLD, "槟城晚讯脸书专页每晚直播 · Like us on Facebook"),
                  (BC_APP.isoformat(), "下载槟城晚讯App，晚报内容提早看"))
    mco = [(MCO[0], MCO[1] + ONE, "⚠️ 行动管制令：槟州居民请留在家中 · Duduk di rumah")]
    ge14 = [_span("2018-04-28", "2018-05-10", "🗳️ 第14届大选：槟州国州议席开票直播")]
    tiangong = lunar_feast(1, 9, 1, 0, lambda y: "🙏 初九天公诞：槟城晚讯祝大家天公生日"
                                                 "快乐，合家平安")
    cny = lunar_new_year(5, 7, lambda y: f"🧧 槟城晚讯恭祝读者{GANZHI[y]}年新春快乐")
    pudu = [(lunar_day(y, 7, 1), lunar_day(y, 8, 1), f"农历七月普度：{y}年中元节各区普度活动"
                                                      f"一览") for y in YEARS]
    return _calendar(base, mco, ge14, tiangong, cny, pudu)


def bincheng_style() -> PublisherStyle:
    """A Penang Chinese evening paper: the numeric date after "槟城" turned the Chinese date
    with the weekday and the lunar date on 1 January 2019 (a wording per day), the day's
    almanac with the lunar date and its dos and don'ts (a wording per day), "（槟城讯）报道：",
    "相关：" and "IKLAN" mid-body, "编辑：", a Facebook appeal turned an app in 2020 and turned
    by the lunar new year, the Jade Emperor's birthday, the Hungry Ghost month, the 2018
    general election and the MCO, the submissions line and the copyright line in Chinese
    and Malay (a block), a rare correction."""
    return PublisherStyle(
        domain="binchengwanxun.com.my", site="槟城晚讯", base_size=50,
        subdomains=(("www.", 100),),
        sections=("penang", "north", "nation", "community", "food"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={"bianji": ("邱美云", "谢建华", "杨丽萍")},
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_bc_dated)),
            _f("tongshu", HEADER, 0.2, *_daily(_bc_tongshu)),
            _f("baodao", HEADER, 0.5, (_OLD, "（槟城讯）报道：{author}")),
            _f("xiangguan", MIDDLE, 0.3, (_OLD, "相关：{other_title}")),
            _f("iklan", MIDDLE, 0.2, (_OLD, "IKLAN")),
            _f("bianji", FOOTER, 0.45, (_OLD, "编辑：{bianji}")),
            _f("tongzhi", FOOTER, 0.3, *_bc_tongzhi()),
            _f("tougao", FOOTER, 0.12, (_OLD, "欢迎投稿：editor@binchengwanxun.com.my（请附真实"
                                              "姓名及联络电话）")),
            _f("banquan", FOOTER, 0.35, (_OLD, "© {year} 槟城晚讯 · Hak cipta terpelihara")),
            _f("gengzheng", HEADER, 0.04, (_OLD, "更正：昨日本报所刊活动日期有误，应为星期六。")),
        ),
    )


# --- a Chinese weekly in Paris ------------------------------------------------------------

SN_REDESIGN = dt.date(2017, 5, 7)  # relaunched on the day of the presidential run-off
SN_WECHAT = dt.date(2018, 10, 1)


def french_day(day: dt.date) -> str:
    """`day` as French papers print it: "dimanche 1er octobre 2017"."""
    n = "1er" if day.day == 1 else str(day.day)
    return f"{JOURS[day.weekday()]} {n} {MOIS[day.month - 1]} {day.year}"


def _sn_dated(day: dt.date) -> str:
    if day < SN_REDESIGN:
        return cn_date(day)
    return f"{cn_date(day)} {XINGQI[day.weekday()]} · {french_day(day)}"


@cache
def _sn_tongzhi() -> Wordings:
    base = _steps((_OLD, "欢迎订阅塞纳华报，每周三出版"),
                  (SN_WECHAT.isoformat(), "关注塞纳华报微信公众号：法国华人第一手资讯"))
    confinement = [_span("2020-03-17", "2020-05-10", "⚠️ 全国禁足期间出门必带出行证明 · "
                                                     "Attestation de déplacement"),
                   _span("2020-10-30", "2020-12-14", "⚠️ 法国第二次禁足：出门请携带出行"
                                                     "证明")]
    polls = [_vote("2017-04-23", "🗳️ 法国总统大选第一轮4月23日投票 · Premier tour", 7, 1),
             _vote("2017-05-07", "🗳️ 法国总统大选第二轮5月7日投票 · Second tour", 5, 1)]
    cny = lunar_new_year(3, 14, lambda y: f"🧧 巴黎13区春节游行：塞纳华报恭祝大家{GANZHI[y]}"
                                          f"年新春快乐")
    return _calendar(base, confinement, polls, cny)


def saina_style() -> PublisherStyle:
    """A Chinese weekly in Paris: the Chinese date turned the Chinese and the French date
    (with "1er") on the day of the 2017 presidential run-off (a wording per day), "文／" with
    the city, "相关阅读 À lire aussi :" and "Publicité" mid-body, "编辑：", a subscription
    appeal turned WeChat in 2018 and turned by the two rounds of 2017, the lunar new year and
    both confinements, a practical-information disclaimer, the advertising line, the
    publication director's line and the copyright line in French (a block), a rare
    correction in both languages."""
    return PublisherStyle(
        domain="sainahuabao.fr", site="塞纳华报", base_size=35,
        subdomains=(("www.", 100),),
        sections=("france", "paris", "europe", "chine", "vie-pratique"),
        n_authors=3, url_path="/{section}/{yyyy}/{mm}/{n}.html",
        pools={
            "ville": ("巴黎", "里昂", "马赛", "欧贝维利耶"),
            "bianji": ("黄晓文", "金丽", "吴海"),
        },
        families=(
            _f("riqi", HEADER, 0.85, *_by_day(_sn_dated)),
            _f("zuozhe", HEADER, 0.45, (_OLD, "文／{author}（{ville}）")),
            _f("lire", MIDDLE, 0.3, (_OLD, "相关阅读 À lire aussi : {other_title}")),
            _f("publicite", MIDDLE, 0.2, (_OLD, "Publicité")),
            _f("bianji", FOOTER, 0.4, (_OLD, "编辑：{bianji}")),
            _f("tongzhi", FOOTER, 0.3, *_sn_tongzhi()),
            _f("shiyong", FOOTER, 0.15, (_OLD, "本文所列办事流程仅供参考，以法国官方公布为准。")),
            _f("kandeng", FOOTER, 0.15, (_OLD, "广告刊登 Publicité : 01 45 86 72 30")),
            _f("directeur", FOOTER, 0.25, (_OLD, "出版人 Directeur de la publication : 陈国栋")),
            _f("banquan", FOOTER, 0.35, (_OLD, "© {year} 塞纳华报 · Tous droits réservés · "
                                               "版权所有")),
            _f("rectificatif", HEADER, 0.04, (_OLD, "更正 Rectificatif：本文此前版本中的"
                                                    "地址有误，已更正。")),
        ),
    )


def heldout158_styles() -> list[PublisherStyle]:
    """The held-back-158 styles, in the order the generator hands them to publishers."""
    return [
        nandao_style(), shicheng_style(), yecheng_style(), meinan_style(), minjiang_style(),
        jinshan_style(), toronto_style(), nanxing_style(), laiyin_style(), yinglun_style(),
        bincheng_style(), saina_style(),
    ]
