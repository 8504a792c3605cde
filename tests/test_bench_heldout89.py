"""The held-back-89 template set (`tests.bench.heldout_templates_89`): its localised dates
(printed day by day in Japanese with the imperial era turning on 1 May 2019, Korean,
simplified and traditional Chinese with the Republic of China's years, Cyrillic and
traditional Mongolian, English with the Juche year, several changing form on the day of a
redesign, a wire's dateline without the year), the lines that turn every day, every week or
every two months (a weekly's issue with its year-end double issue, a newsletter's number,
Beijing's plate rotation and the 2015 parade's odd-even days, the air in Beijing and
Ulaanbaatar, fine dust in Seoul, the weather in Yanji, indices and rates on trading days,
Taiwan's receipt lottery, Tainan's rubbish collection), the seasons of pollen, rains, heat,
typhoons and results, the notices it rewords by date, the calendars some notices follow
(votes, a referendum, an impeachment, summits, nuclear tests, earthquakes, floods, typhoons,
a blackout, a castle fire, smog alerts, a parade, the Two Sessions and the gaokao moved in
2020, the college exam put off twice, the era's change, states of emergency and the 2020
lockdowns, lunar new year with its animal, Chuseok and Mid-Autumn, Tsagaan Sar kept at home
in 2020, Naadam with its counts, Obon, memorial and reversion days, a tug-of-war, Mazu's
birthday, fireworks, Premium Fridays, Pyongyang's clock, founding days with their counts),
the amounts in its appeals and prices, the lines in several languages and scripts, the
variation it promises, its multi-line blocks and the hard negatives of its corpus actually
occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares (every wording renders, labels,
publishers, ...) are in `tests/test_bench_heldout_sets.py`. Most styles have few articles of
their own (the generator's Zipf sizes), so most checks look at a style together with its
renamed variants ("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_calendar import last_weekday
from tests.bench.heldout_templates_89 import (
    BJ_REDESIGN,
    BW_REDESIGN,
    FIRST_DAY,
    GHOST_MONTH,
    HH_REDESIGN,
    JA_REDESIGN,
    KR_REDESIGN,
    LANTERN,
    LAST_DAY,
    LUNAR_NEW_YEAR,
    MAZU,
    MID_AUTUMN,
    MN_COAL_BAN,
    MN_REDESIGN,
    OK_REDESIGN,
    PYONGYANG_TIME,
    REIWA,
    SUNEUNG,
    TD_REDESIGN,
    TN_REDESIGN,
    TW_REDESIGN,
    WR_REDESIGN,
    YB_REDESIGN,
    ZODIAC_SIMPLIFIED,
    ZODIAC_TRADITIONAL,
    along,
    aqi_level,
    bj_aqi,
    bj_plates,
    bw_issue,
    japanese_era,
    juche,
    kospi,
    made_up,
    mn_rate,
    naha_tug,
    previous_trading_day,
    receipt_draw,
    seoul_dust,
    tainan_rubbish,
    td_week,
    topix,
    trading_day,
    ub_aqi,
    ub_winter,
    week_from,
    won,
    yanji_weather,
    yen,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_in_script,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_links_to_other_titles,
    assert_look_ups_agree,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_reworded_on,
    assert_sister_sites_share,
    assert_variants_drop_site_names,
    assert_varied,
    by_family,
    every_day,
    group_lines,
    norm,
    per_doc,
    planted_docs,
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-89"
SITES = ("朝凪新聞", "누리일보", "燕都晚报", "晨曦日報", "Туулын Долгион", "兜町ジャーナル",
         "Seorabeol Press", "南風新報", "두만강소식", "ᠬᠥᠬᠡ ᠰᠣᠨᠢᠨ", "Taedong Monitor", "府城厝邊")
JA, KR, BJ, TW = ("asanagi.co.jp", "nuriilbo.co.kr", "yanduwanbao.com.cn", "chenhsi.com.tw")
MN, BW, WR, OK = ("tuuldolgion.mn", "kabutocho-journal.jp", "seorabeol.co.kr",
                  "nanpu-shimpo.jp")
YB, HH, TD, TN = ("dumangangsosik.cn", "kokesonin.cn", "taedongmonitor.org", "tshupinn.tw")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day, each with its year).
DAILY = ((JA, "hizuke"), (KR, "ipryeok"), (BJ, "riqi"), (TW, "riqi"), (MN, "ognoo"),
         (BW, "koukai"), (WR, "posted"), (OK, "hizuke"), (YB, "nalja"), (HH, "udur"),
         (TD, "dated"), (TN, "dated"))
# The lines that turn every day, every week, on trading days or every two months.
PERIODIC = ((KR, "misemeonji"), (BJ, "xianxing"), (BJ, "kongqi"), (TW, "fapiao"),
            (MN, "hansh"), (MN, "agaar"), (BW, "gou"), (BW, "shikyo"), (WR, "dateline"),
            (WR, "markets"), (YB, "nalssi"), (TD, "weekly"), (TN, "laji"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((JA, "oshirase"), (KR, "allim"), (BJ, "tongzhi"), (TW, "tongzhi"),
           (MN, "medegdel"), (BW, "teiki"), (WR, "notice"), (OK, "oshirase"), (YB, "allim"),
           (HH, "notice"), (TD, "notice"), (TN, "notice"))
SEASONAL = ((JA, "tenki"), (BW, "kisetsu"), (OK, "kisetsu"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    JA: "朝凪新聞デジタル：初月無料でお試しいただけます",
    KR: "누리일보 페이스북을 팔로우하세요",
    BJ: "关注燕都晚报官方微博 @燕都晚报",
    TW: "按讚加入晨曦日報粉絲團",
    MN: "Биднийг Фэйсбүүкээр дагаарай: Туулын Долгион",
    BW: "メールマガジン「兜町モーニング」：毎朝7時に相場の要点をお届け",
    WR: "Follow Seorabeol Press on Twitter for breaking news from Korea",
    OK: "南風新報のFacebookページに「いいね！」をお願いします",
    YB: "두만강소식 위챗 공식계정을 팔로우하세요",
    HH: "ᠬᠥᠬᠡ ᠰᠣᠨᠢᠨ 微信公众号：扫码关注",
    TD: "Become a member: independent analysis of North Korea, no ads",
    TN: "有厝邊消息欲分享？歡迎投稿",
}

KANA, HAN, HANGUL = r"[\u3040-\u30FF]", r"[\u4E00-\u9FFF]", r"[\uAC00-\uD7AF]"
MONGOLIAN_CYRILLIC = r"[өүӨҮ]"  # letters Mongolian has and Russian lacks
MONGOLIAN_SCRIPT = r"[\u1800-\u18AF]"
SIMPLIFIED = r"[报权许图读关广]"  # simplified forms
TRADITIONAL = r"[報權許圖讀關廣聞臺國]"  # their traditional forms

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 10, 2), d(2018, 3, 10), d(2019, 4, 30),
        d(2019, 5, 1), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    # the imperial era, the Juche year, the Republic of China's year
    assert japanese_era(d(2015, 1, 1)) == "平成27年" and japanese_era(d(2019, 4, 30)) == "平成31年"
    assert japanese_era(REIWA) == "令和元年" and japanese_era(d(2020, 1, 1)) == "令和2年"
    assert juche(d(2019, 6, 21)) == 108
    # the receipt lottery: drawn on the 25th of odd months for the two months before
    assert receipt_draw(d(2019, 7, 25)) == (108, 5, 6)
    assert receipt_draw(d(2019, 7, 24)) == (108, 3, 4)
    assert receipt_draw(d(2019, 1, 10)) == (107, 9, 10)
    assert receipt_draw(d(2019, 1, 25)) == receipt_draw(d(2019, 2, 28)) == (107, 11, 12)
    assert receipt_draw(d(2019, 12, 31)) == (108, 9, 10)
    # the weekly's issues: out on Monday, dated the Saturday after, a year-end double issue
    assert bw_issue(d(2016, 3, 5)) == (6660, d(2016, 3, 5), False)
    assert bw_issue(d(2016, 3, 7)) == (6661, d(2016, 3, 12), False)
    assert bw_issue(d(2018, 12, 24)) == bw_issue(d(2019, 1, 5)) == (
        bw_issue(d(2018, 12, 23))[0] + 1, d(2018, 12, 29), True)
    assert bw_issue(d(2019, 1, 7))[0] == bw_issue(d(2019, 1, 6))[0] + 1
    assert td_week(d(2016, 3, 5)) == (161, d(2016, 2, 29))
    # trading days, levels between anchors, made-up numbers
    assert trading_day(d(2019, 6, 23)) == d(2019, 6, 21) == trading_day(d(2019, 6, 21))
    assert trading_day(d(2020, 1, 3)) == d(2019, 12, 30)
    assert previous_trading_day(d(2019, 6, 24)) == d(2019, 6, 21)
    assert along((("2015-01-01", 10), ("2015-01-11", 20)), d(2015, 1, 6)) == 15
    assert along((("2015-01-01", 10), ("2015-01-11", 20)), d(2016, 1, 6)) == 20
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    # Beijing's plates, the Naha tug-of-war, Tainan's rubbish
    assert bj_plates(d(2015, 9, 3)) == "单号" and bj_plates(d(2015, 8, 20)) == "双号"
    assert bj_plates(d(2016, 3, 5)) == "" and bj_plates(d(2016, 3, 7)) != ""
    assert bj_plates(d(2016, 3, 7)) != bj_plates(d(2016, 3, 7) + 13 * 7 * one)
    assert [naha_tug(y) for y in range(2015, 2020)] == [
        d(2015, 10, 11), d(2016, 10, 9), d(2017, 10, 8), d(2018, 10, 7), d(2019, 10, 13)]
    assert tainan_rubbish(d(2019, 2, 5)) == "初一停收一天"
    assert tainan_rubbish(d(2019, 6, 19)) == "停收" and "紙類" in tainan_rubbish(d(2019, 6, 20))
    assert aqi_level(40) == "优" and aqi_level(180) == "中度污染" and aqi_level(420) == "严重污染"
    assert ub_winter(d(2019, 1, 10)) and not ub_winter(d(2019, 7, 10))
    for day in every_day():
        assert 0 <= seoul_dust(day) <= 3 and bj_aqi(day) >= 15
        high, low = yanji_weather(day)
        assert -22 <= low < high <= 31
        assert topix(day) == topix(trading_day(day)) and 1100 < topix(day) < 2000
        assert yen(day) == yen(trading_day(day)) and 100 < yen(day) < 127
        assert kospi(day) == kospi(trading_day(day)) and 1400 < kospi(day) < 3000
        assert won(day) == won(trading_day(day)) and 1040 < won(day) < 1300
        assert mn_rate(day) == mn_rate(trading_day(day)) and 1850 < mn_rate(day) < 2900
        if ub_winter(day):
            assert ub_aqi(day) >= 20
    assert mn_rate(d(2020, 12, 1)) > mn_rate(d(2015, 2, 2)) + 800
    winter = [ub_aqi(d(2018, 1, 1) + k * one) for k in range(31)]
    cleaner = [ub_aqi(d(2020, 1, 1) + k * one) for k in range(31)]
    assert sum(cleaner) < 0.8 * sum(winter)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(JA, "hizuke", old, "2016年（平成28年）3月5日 土曜日")
    full(JA, "hizuke", d(2019, 4, 30), r"平成31年4月30日（火） \d\d:\d\d")
    full(JA, "hizuke", new, r"令和元年6月21日（金） \d\d:\d\d")
    full(JA, "hizuke", d(2020, 1, 6), r"令和2年1月6日（月） \d\d:\d\d")
    full(KR, "ipryeok", old, r"2016년 3월 5일 \(토\)")
    full(KR, "ipryeok", new, r"입력 2019\.06\.21 \d\d:\d\d \| 수정 2019\.06\.21 \d\d:\d\d")
    full(BJ, "riqi", old, "2016年03月05日 星期六")
    full(BJ, "riqi", new, r"2019-06-21 \d\d:\d\d 星期五")
    full(TW, "riqi", old, "中華民國105年3月5日 星期六")
    full(TW, "riqi", new, r"2019/06/21 \d\d:\d\d")
    full(MN, "ognoo", old, "2016 оны гуравдугаар сарын 5, Бямба гараг")
    full(MN, "ognoo", d(2017, 11, 25), "2017 оны арван нэгдүгээр сарын 25, Бямба гараг")
    full(MN, "ognoo", new, r"2019\.06\.21 \| \d\d:\d\d")
    full(BW, "koukai", old, "公開日：2016年3月5日")
    full(BW, "koukai", new, r"2019\.06\.21（金） \d\d:\d\d 更新")
    full(BW, "gou", old, "2016年3月5日号 ｜ 通巻6660号")
    full(BW, "gou", d(2018, 12, 31), r"2018年12月29日・1月5日合併号 ｜ 通巻\d+号")
    full(WR, "dateline", new, r"[A-Z]+, June 21 \(Seorabeol\) --")
    full(WR, "dateline", d(2019, 9, 3), r"[A-Z]+, Sept\. 3 \(Seorabeol\) --")
    full(WR, "posted", old, r"Posted : 2016-03-05 \d\d:\d\d")
    full(WR, "posted", new, r"Updated : June 21, 2019 \d\d:\d\d KST")
    full(OK, "hizuke", old, "2016年3月5日 土曜日")
    full(OK, "hizuke", new, r"2019/06/21 \d\d:\d\d")
    full(YB, "nalja", old, "2016년 3월 5일 토요일")
    full(YB, "nalja", new, r"2019-06-21 \d\d:\d\d")
    full(HH, "udur", old, "2016 ᠣᠨ ᠤ 3 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 5 · ᠭᠠᠷᠠᠭ ᠤᠨ ᠵᠢᠷᠭᠤᠭᠠᠨ")
    full(HH, "udur", new, r"2019年6月21日 · ᠭᠠᠷᠠᠭ ᠤᠨ ᠲᠠᠪᠤᠨ · \d\d:\d\d")
    full(TD, "dated", old, r"March 5, 2016 \(Juche 105\)")
    full(TD, "dated", new, r"Friday 21 June 2019 · Juche 108 · \d\d:\d\d KST")
    full(TD, "weekly", old, "The Taedong Weekly · No. 161 · week of February 29")
    full(TN, "dated", old, "民國105年3月5日（六）")
    full(TN, "dated", new, "2019.06.21（禮拜五）")
    full(TN, "laji", new, "🚛 今仔日禮拜五：一般垃圾＋塑膠瓶罐回收")
    full(TW, "fapiao", old, "🧾 104年11-12月統一發票中獎號碼出爐，快來對獎")
    full(BJ, "xianxing", old, "🚗 今日周末，机动车不限行")
    full(BJ, "xianxing", d(2015, 9, 1), "🚗 阅兵保障期间单双号限行：今日单号车辆出行")
    full(BJ, "kongqi", new, r"🌫️ 今日空气质量指数 \d+，(优|良|轻度污染|中度污染|重度污染|严重污染)")
    full(KR, "misemeonji", new, "😷 오늘의 미세먼지\\(서울\\): (좋음|보통|나쁨|매우나쁨)")
    full(MN, "hansh", new, r"💵 Монголбанкны албан ханш: 1 ам\.доллар = 2,6\d\d\.\d\d₮")
    full(BW, "shikyo", new, r"📈 TOPIX終値 1,\d{3}\.\d\d（前日比 [+-]\d+\.\d\d） ｜ ドル円 "
                            r"1\d\d\.\d\d円")
    full(WR, "markets", new, r"Markets: KOSPI closes at 2,\d{3}\.\d\d; won at 1,\d{3}\.\d per "
                             r"dollar")
    full(YB, "nalssi", new, r"🌡️ 연길 오늘 최고기온 \d+℃, 최저기온 \d+℃")
    full(YB, "nalssi", d(2016, 1, 15), r"🌡️ 연길 오늘 최고기온 -\d+℃, 최저기온 -\d+℃")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        ja = on(JA, "hizuke", day)
        assert ja.startswith(str(day.year)) == (day < JA_REDESIGN)
        assert japanese_era(day) in ja
        assert ("令和" in ja) == (day >= REIWA)
        assert on(KR, "ipryeok", day).startswith("입력") == (day >= KR_REDESIGN)
        assert ("星期" in on(BJ, "riqi", day)) and ("-" in on(BJ, "riqi", day)) == (
            day >= BJ_REDESIGN)
        assert on(TW, "riqi", day).startswith(f"中華民國{day.year - 1911}年") == (
            day < TW_REDESIGN)
        assert ("оны" in on(MN, "ognoo", day)) == (day < MN_REDESIGN)
        assert on(BW, "koukai", day).startswith("公開日") == (day < BW_REDESIGN)
        assert on(WR, "posted", day).startswith("Posted") == (day < WR_REDESIGN)
        assert ("曜日" in on(OK, "hizuke", day)) == (day < OK_REDESIGN)
        assert ("요일" in on(YB, "nalja", day)) == (day < YB_REDESIGN)
        assert ("ᠰᠠᠷ᠎ᠠ" in on(HH, "udur", day)) == (day < HH_REDESIGN)
        assert f"Juche {day.year - 1911}" in on(TD, "dated", day)
        assert ("KST" in on(TD, "dated", day)) == (day >= TD_REDESIGN)
        assert on(TN, "dated", day).startswith("民國") == (day < TN_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    # the wire's dateline has no year: the same month and day every year
    assert len({on(WR, "dateline", day) for day in every_day()}) == 366
    assert on(WR, "dateline", d(2016, 6, 21)) == on(WR, "dateline", d(2019, 6, 21))


def test_lines_that_turn_every_day_week_or_year() -> None:
    assert len({on(BJ, "kongqi", day) for day in every_day()}) >= 200
    assert len(changes(BJ, "kongqi")) >= 1500
    assert "红色预警" in on(BJ, "kongqi", d(2015, 12, 8))
    assert "红色预警" in on(BJ, "kongqi", d(2015, 12, 20))
    assert len({on(KR, "misemeonji", day) for day in every_day()}) == 4
    assert len(changes(KR, "misemeonji")) >= 800
    assert len(changes(YB, "nalssi")) >= 1500
    assert len({on(MN, "agaar", day) for day in every_day()}) >= 100
    assert "AQI" in on(MN, "agaar", d(2016, 1, 10)) and "°C" in on(MN, "agaar", d(2016, 7, 10))
    assert MN_COAL_BAN > d(2019, 4, 15)
    for domain, family, weekday in ((BW, "gou", 0), (TD, "weekly", 0)):
        turned = changes(domain, family)
        assert len(turned) >= 290, (domain, family)
        assert all(day.weekday() == weekday for day in turned), (domain, family)
    assert len(changes(TD, "weekly")) > len(changes(BW, "gou"))  # no new-year break
    doubles = {on(BW, "gou", day) for day in every_day() if "合併号" in on(BW, "gou", day)}
    assert len(doubles) == 7  # the year-end issues of 2014 (on sale into 2015) to 2020
    for domain, family in ((MN, "hansh"), (BW, "shikyo"), (WR, "markets")):
        turned = changes(domain, family)
        assert len(turned) >= 1400 and all(day.weekday() < 5 for day in turned), family
        assert not any((day.month, day.day) in ((1, 1), (1, 2), (1, 3)) for day in turned)
    # the receipt lottery turns on the 25th of every odd month
    drawn = changes(TW, "fapiao")
    assert len(drawn) == 36 and all(day.day == 25 and day.month % 2 for day in drawn)
    # Beijing's plates: five pairs on weekdays, shifted every thirteen weeks
    plates = {day: on(BJ, "xianxing", day) for day in every_day()}
    assert all("不限行" in text for day, text in plates.items()
               if day.weekday() >= 5 and not d(2015, 8, 20) <= day <= d(2015, 9, 3))
    mondays = {text for day, text in plates.items() if day.weekday() == 0 and day.year > 2015}
    assert len(mondays) == 5
    assert "单号" in plates[d(2015, 8, 29)] and "双号" in plates[d(2015, 8, 30)]
    # Tainan's rubbish truck: by weekday, none on the lunar new year's day
    rubbish = {on(TN, "laji", day) for day in every_day()}
    assert 9 <= len(rubbish) <= 13
    for day in LUNAR_NEW_YEAR.values():
        assert "初一" in on(TN, "laji", iso(day))
    assert "停收" in on(TN, "laji", d(2019, 6, 23))


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "花粉" in on(JA, "tenki", d(y, 3, 1)) and "梅雨" in on(JA, "tenki", d(y, 6, 15))
        assert "熱中症" in on(JA, "tenki", d(y, 8, 1))
        assert "乾燥" in on(JA, "tenki", d(y, 12, 15)) and "乾燥" in on(JA, "tenki", d(y, 1, 20))
        assert "新春" in on(BW, "kisetsu", d(y, 2, 1)) and "決算" in on(BW, "kisetsu",
                                                                        d(y, 5, 10))
        assert "株主総会" in on(BW, "kisetsu", d(y, 6, 20))
        assert "ボーナス" in on(BW, "kisetsu", d(y, 9, 1))
        assert "梅雨" in on(OK, "kisetsu", d(y, 5, 20)) and "台風" in on(OK, "kisetsu",
                                                                         d(y, 8, 1))
        assert "ミーニシ" in on(OK, "kisetsu", d(y, 12, 1))
        assert "ミーニシ" in on(OK, "kisetsu", d(y, 3, 1))
    for domain, family in SEASONAL:
        assert len({on(domain, family, day) for day in every_day()}) == 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    years = {str(y) for y in range(2015, 2021)}
    to_2019 = years - {"2020"}
    # Tokyo: votes, earthquakes, floods, the new era, a typhoon, the Olympics, the emergency
    assert counts_in(JA, "oshirase", r"東日本大震災から(\d+)年") == {str(n) for n in range(4, 10)}
    assert counts_in(JA, "oshirase", r"終戦から(\d+)年") == {str(n) for n in range(70, 76)}
    assert counts_in(JA, "oshirase", r"謹賀新年 (\d{4})年") == years
    for day, mark in ((d(2016, 4, 20), "熊本地震"), (d(2016, 7, 10), "参院選2016"),
                      (d(2017, 10, 20), "289小選挙区"), (d(2018, 7, 10), "西日本豪雨"),
                      (d(2018, 9, 7), "震度7"), (d(2019, 4, 3), "令和」"),
                      (d(2019, 5, 1), "即位"), (d(2019, 7, 21), "参院選2019"),
                      (d(2019, 10, 12), "台風19号"), (d(2020, 3, 30), "延期"),
                      (d(2020, 5, 1), "緊急事態宣言")):
        assert mark in on(JA, "oshirase", day), (day, mark)
    # Seoul: the rallies, the impeachment, the exam put off twice, the Olympics, votes
    assert counts_in(KR, "allim", r"3·1절 (\d+)주년") == {  # 2020's fell in the alert's
        str(n) for n in range(96, 101)}
    assert counts_in(KR, "allim", r"광복 (\d+)주년") == {str(n) for n in range(70, 76)}
    assert counts_in(KR, "allim", r"반포 (\d+)돌") == {str(n) for n in range(569, 575)}
    assert counts_in(KR, "allim", r"(\d{4})학년도 수능") == {str(y) for y in range(2016, 2022)}
    for y, day in SUNEUNG.items():
        assert f"{y + 1}학년도 수능" in on(KR, "allim", iso(day))
    for y, day in LUNAR_NEW_YEAR.items():  # 2018's fell in the Olympics
        assert ("설 연휴" in on(KR, "allim", iso(day))) == (y != 2018)
    for day in MID_AUTUMN.values():
        assert "한가위" in on(KR, "allim", iso(day))
    for day, mark in ((d(2016, 4, 13), "제20대"), (d(2016, 11, 20), "촛불"),
                      (d(2017, 3, 10), "탄핵"), (d(2017, 5, 9), "제19대"),
                      (d(2017, 11, 16), "포항 지진"), (d(2018, 2, 15), "평창"),
                      (d(2018, 4, 27), "판문점"), (d(2018, 6, 13), "제7회"),
                      (d(2020, 4, 15), "제21대"), (d(2020, 3, 15), "심각")):
        assert mark in on(KR, "allim", day), (day, mark)
    # Beijing: the animal of the year, the parade, the Two Sessions and the gaokao of 2020
    assert counts_in(BJ, "tongzhi", r"🧧 (\S)年大吉") == set(  # 2020's: the epidemic
        ZODIAC_SIMPLIFIED.values()) - {"鼠"}
    assert counts_in(BJ, "tongzhi", r"国庆(\d+)周年") == {"66", "67", "68", "69", "71"}
    assert counts_in(BJ, "tongzhi", r"🏛️ (\d{4})全国两会") == years
    assert counts_in(BJ, "tongzhi", r"(\d{4})年高考今日开考") == to_2019
    for day, mark in ((d(2015, 9, 1), "阅兵"), (d(2017, 5, 14), "一带一路"),
                      (d(2019, 10, 1), "70周年"), (d(2020, 2, 10), "疫情防控"),
                      (d(2020, 3, 5), "疫情防控"), (d(2020, 5, 22), "推迟至5月"),
                      (d(2020, 6, 20), "新发地"), (d(2020, 7, 7), "推迟一个月"),
                      (d(2016, 9, 15), "中秋"), (d(2016, 6, 1), "微信公众号"),
                      (d(2019, 3, 20), "客户端")):
        assert mark in on(BJ, "tongzhi", day), (day, mark)
    # Taipei: votes, typhoons, the blackout, the quake, the masks, the lunar feasts
    assert counts_in(TW, "tongzhi", r"中華民國(\d+)年國慶") == {str(n) for n in range(104, 110)}
    assert counts_in(TW, "tongzhi", r"🧧 (\S)年行大運") == set(ZODIAC_TRADITIONAL.values())
    for day in GHOST_MONTH.values():
        assert "鬼門開" in on(TW, "tongzhi", iso(day))
    for day, mark in ((d(2016, 1, 16), "2016總統"), (d(2015, 8, 8), "蘇迪勒"),
                      (d(2016, 9, 14), "莫蘭蒂"), (d(2017, 8, 15), "大停電"),
                      (d(2018, 2, 8), "花蓮地震"), (d(2018, 11, 24), "九合一"),
                      (d(2020, 1, 11), "2020總統"), (d(2020, 3, 1), "口罩實名制"),
                      (d(2017, 2, 28), "二二八"), (d(2018, 6, 18), "端午"),
                      (d(2019, 9, 13), "中秋")):
        assert mark in on(TW, "tongzhi", day), (day, mark)
    # Ulaanbaatar: votes and a run-off, the coal ban, Tsagaan Sar and Naadam (2020 apart)
    assert counts_in(MN, "medegdel", r"Ардын хувьсгалын (\d+) жил") == {
        str(n) for n in range(94, 99)}
    assert counts_in(MN, "medegdel", r"Их Монгол Улс байгуулагдсаны (\d+)") == {
        str(n) for n in range(809, 814)}
    assert counts_in(MN, "medegdel", r"(\d{4}) оны Цагаан сар") == to_2019
    assert counts_in(MN, "medegdel", r"сэргээсний (\d+) жил") == {str(n) for n in range(104, 110)}
    for day, mark in ((d(2020, 2, 24), "айлчлалгүй"), (d(2020, 7, 11), "үзэгчгүйгээр"),
                      (d(2016, 6, 29), "2016"), (d(2017, 6, 26), "Ерөнхийлөгчийн"),
                      (d(2017, 7, 7), "хоёр дахь шат"), (d(2019, 5, 16), "түүхий нүүрс"),
                      (d(2020, 2, 10), "Сургууль"), (d(2020, 6, 24), "УИХ-ын сонгууль 2020"),
                      (d(2020, 10, 15), "Орон нутгийн"), (d(2020, 11, 20), "хөл хорио")):
        assert mark in on(MN, "medegdel", day), (day, mark)
    # the weekly: Premium Fridays (from February 2017), the last trading day, the news
    fridays = days_with(BW, "teiki", "プレミアムフライデー")
    assert len(fridays) >= 40 and min(fridays) == d(2017, 2, 24)
    assert all(day == last_weekday(day.year, day.month, 4) for day in fridays)
    assert counts_in(BW, "teiki", r"大納会：(\d{4})年") == years
    for day, mark in ((d(2016, 2, 1), "マイナス金利"), (d(2016, 6, 27), "EU離脱"),
                      (d(2019, 9, 25), "10月1日から"), (d(2019, 10, 2), "スタート"),
                      (d(2020, 3, 10), "コロナ・ショック"), (d(2020, 4, 6), "ポッドキャスト")):
        assert mark in on(BW, "teiki", day), (day, mark)
    # the wire: three nuclear tests, summits, votes and the holidays
    assert counts_in(WR, "notice", r"the (\d+)(?:st|nd|rd|th) anniversary") == {
        str(n) for n in range(70, 76)}
    for y, day in LUNAR_NEW_YEAR.items():  # 2018's fell in the Olympics
        assert ("Seollal" in on(WR, "notice", iso(day))) == (y != 2018)
    for day, mark in ((d(2016, 1, 7), "fourth nuclear"), (d(2016, 9, 10), "fifth nuclear"),
                      (d(2017, 9, 4), "sixth nuclear"), (d(2018, 2, 20), "PyeongChang"),
                      (d(2018, 6, 12), "Singapore"), (d(2018, 9, 19), "Pyongyang"),
                      (d(2019, 2, 28), "Hanoi"), (d(2019, 6, 30), "DMZ"),
                      (d(2020, 4, 15), "turnout"), (d(2020, 3, 1), "COVID-19")):
        assert mark in on(WR, "notice", day), (day, mark)
    # Naha: the battle's end and the reversion, Obon, the tug-of-war, the referendum
    assert counts_in(OK, "oshirase", r"本土復帰から(\d+)年") == {str(n) for n in range(43, 49)}
    assert counts_in(OK, "oshirase", r"沖縄戦の終結から(\d+)年") == {
        str(n) for n in range(70, 76)}
    assert counts_in(OK, "oshirase", r"旧盆(\d{4})：ウンケー") == to_2019
    assert counts_in(OK, "oshirase", r"那覇大綱挽(\d{4})") == to_2019
    for y in range(2015, 2020):
        assert "那覇大綱挽" in on(OK, "oshirase", naha_tug(y))
    for day, mark in ((d(2020, 9, 2), "中止"), (d(2020, 10, 11), "今年は中止"),
                      (d(2018, 9, 30), "知事選"), (d(2019, 2, 24), "県民投票"),
                      (d(2019, 11, 1), "首里城"), (d(2020, 5, 1), "県独自"),
                      (d(2020, 8, 15), "第2波")):
        assert mark in on(OK, "oshirase", day), (day, mark)
    # Yanbian: the prefecture's founding and National Day counted in "돐"
    assert counts_in(YB, "allim", r"창립 (\d+)돐") == {str(n) for n in range(63, 69)}
    assert counts_in(YB, "allim", r"국경절 (\d+)돐") == {str(n) for n in range(66, 72)}
    assert counts_in(YB, "allim", r"(\d{4})년 대학입시: 수험생") == to_2019
    for y, day in LUNAR_NEW_YEAR.items():
        assert ("음력설" in on(YB, "allim", iso(day))) == (y < 2020)
    assert "7월 7일" in on(YB, "allim", d(2020, 7, 7))
    assert "추석" in on(YB, "allim", d(2017, 10, 4))
    # Hohhot: the region's founding, the white month, the gaokao
    assert counts_in(HH, "notice", r"成立(\d+)周年") == {str(n) for n in range(68, 74)}
    assert counts_in(HH, "notice", r"(\d{4})年高考：蒙授") == to_2019
    for y, day in LUNAR_NEW_YEAR.items():
        assert ("ᠴᠠᠭᠠᠨ ᠰᠠᠷ᠎ᠠ" in on(HH, "notice", iso(day))) == (y < 2020)
    assert "7月7日开考" in on(HH, "notice", d(2020, 7, 7))
    # the North Korea watchers: birthdays and the Party's founding, tests and summits
    assert counts_in(TD, "notice", r"the (\d+)(?:st|nd|rd|th) birth anniversary") == {
        str(n) for n in range(103, 109)}  # Kim Il Sung was born in 1912
    assert counts_in(TD, "notice", r"the WPK turns (\d+)") == {str(n) for n in range(70, 75)}
    for day, mark in ((d(2016, 1, 7), "Fourth nuclear"), (d(2017, 7, 5), "ICBM"),
                      (d(2017, 11, 30), "Hwasong-15"), (d(2018, 6, 12), "Singapore"),
                      (d(2020, 6, 17), "Kaesong"), (d(2020, 10, 10), "75th")):
        assert mark in on(TD, "notice", day), (day, mark)
    # Tainan: the earthquake, the floods, the votes, the fireworks and Mazu's birthday
    for day in LANTERN.values():
        assert "鹽水蜂炮" in on(TN, "notice", iso(day))
    for day in MAZU.values():
        assert "媽祖生" in on(TN, "notice", iso(day))
    for day, mark in ((d(2016, 2, 10), "0206地震"), (d(2018, 8, 25), "0823"),
                      (d(2018, 11, 24), "九合一"), (d(2020, 1, 11), "總統大選"),
                      (d(2017, 1, 28), "Sin-nî khuài-lo̍k")):
        assert mark in on(TN, "notice", day), (day, mark)


def test_pyongyang_clock() -> None:
    assert "share UTC+9" in on(TD, "clock", PYONGYANG_TIME[0] - one)
    assert "UTC+8:30" in on(TD, "clock", PYONGYANG_TIME[0])
    assert "UTC+8:30" in on(TD, "clock", PYONGYANG_TIME[1] - one)
    assert "moved its clocks" in on(TD, "clock", PYONGYANG_TIME[1])
    assert len({on(TD, "clock", day) for day in every_day()}) == 3


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (JA, "kanren", JA_REDESIGN, "関連記事：", "▶関連記事"),
        (JA, "kisha", JA_REDESIGN, "（{author}）", "＝{bureau}"),
        (JA, "kakaku", d(2019, 10, 1), "（税込）", "軽減税率"),
        (JA, "chosaku", d(2018, 4, 1), "Copyright", "図表"),
        (JA, "oshirase", d(2019, 6, 3), "デジタル", "アプリ"),
        (KR, "gija", KR_REDESIGN, "{author} 기자", "[누리일보]"),
        (KR, "gwallyeon", KR_REDESIGN, "관련기사 :", "▶"),
        (KR, "gudok", d(2017, 9, 1), "15,000원", "20,000원"),
        (KR, "jeojakgwon", d(2019, 1, 1), "ⓒ", "저작권자"),
        (KR, "allim", d(2018, 9, 3), "페이스북", "뉴스레터"),
        (BJ, "jizhe", BJ_REDESIGN, "本报记者", "本报讯"),
        (BJ, "yuedu", BJ_REDESIGN, "相关阅读", "延伸阅读"),
        (BJ, "jiage", d(2018, 1, 1), "1元", "2元"),
        (BJ, "banquan", d(2018, 1, 1), "不得转载", "摘编"),
        (BJ, "beian", d(2016, 7, 1), "京ICP备00000000号", "京公网安备"),
        (TW, "yanshen", TW_REDESIGN, "延伸閱讀", "相關新聞》"),
        (TW, "dingyue", d(2018, 10, 1), "10元", "15元"),
        (TW, "tongzhi", d(2017, 7, 3), "粉絲團", "LINE"),
        (MN, "setguulch", MN_REDESIGN, "Сурвалжлагч", "бэлтгэсэн"),
        (MN, "une", d(2018, 1, 2), "800₮", "1000₮"),
        (MN, "medegdel", d(2019, 9, 2), "Фэйсбүүк", "апп"),
        (BW, "byline", BW_REDESIGN, "本誌 {author}", "編集部"),
        (BW, "teika", d(2017, 4, 3), "690円", "710円"),
        (BW, "teika", d(2019, 10, 1), "710円", "730円"),
        (WR, "copyright", d(2018, 3, 5), "(C)", "Unauthorized"),
        (WR, "notice", d(2019, 4, 1), "Twitter", "Morning Brief"),
        (OK, "kisha", OK_REDESIGN, "（{author}）", "南風新報 {author}"),
        (OK, "kakaku", d(2019, 10, 1), "3,075円", "軽減税率"),
        (OK, "kakaku", d(2020, 4, 1), "3,075円", "3,400円"),
        (OK, "oshirase", d(2018, 10, 15), "Facebook", "LINE"),
        (YB, "gija", YB_REDESIGN, "{author} 기자", "본사기자"),
        (YB, "gagyeok", d(2018, 1, 1), "정가 1원", "1.5원"),
        (YB, "allim", d(2019, 1, 1), "위챗", "앱"),
        (HH, "surbuljilagchi", HH_REDESIGN, "ᠰᠤᠷᠪᠤᠯᠵᠢᠯᠠᠭᠴᠢ", "记者"),
        (HH, "notice", d(2019, 5, 6), "微信", "客户端"),
        (TD, "byline", TD_REDESIGN, "By {author}", "| Seoul"),
        (TD, "membership", d(2019, 1, 7), "$5", "$7"),
        (TD, "notice", d(2017, 1, 2), "Become a member", "Taedong Weekly"),
        (TN, "byline", TN_REDESIGN, "文／", "攝影"),
        (TN, "support", d(2019, 6, 1), "志工", "LINE Pay"),
        (TN, "notice", d(2019, 6, 1), "投稿", "LINE")))
    assert on(TW, "jizhe", TW_REDESIGN - one).startswith("〔記者")
    assert on(TW, "jizhe", TW_REDESIGN).startswith("記者")
    assert_groups_reworded(SET, (
        (JA, "hizuke", "年（平成", "令和"),
        (JA, "kanren", "関連記事：", "▶関連記事"),
        (KR, "ipryeok", "년", "입력"),
        (BJ, "riqi", "年", "星期"),
        (TW, "riqi", "中華民國", "/"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (JA, "hizuke", HAN), (JA, "tenki", KANA), (KR, "ipryeok", HANGUL),
        (KR, "jeojakgwon", HANGUL), (BJ, "riqi", HAN), (BJ, "banquan", SIMPLIFIED),
        (TW, "shengming", TRADITIONAL), (MN, "erh", MONGOLIAN_CYRILLIC),
        (MN, "ognoo", r"[\u0400-\u04FF]|\d"), (BW, "menseki", KANA), (WR, "byline", "By "),
        (OK, "nifee", "にふぇーでーびる"), (OK, "kanren", r"［関連］"),
        (YB, "ryeongwan", "련관기사"), (YB, "panggwon", "전재하는것을"),
        (YB, "icp", HAN), (HH, "angi", MONGOLIAN_SCRIPT), (HH, "udur", MONGOLIAN_SCRIPT),
        (HH, "basa", MONGOLIAN_SCRIPT), (TD, "dated", "Juche"), (TN, "li-ho", "Lí hó"),
        (TN, "support", "To-siā")))
    assert not any(re.search(SIMPLIFIED, t) for t in group_lines(SET, TW, "shengming"))
    assert not any(re.search(TRADITIONAL, t) for t in group_lines(SET, BJ, "banquan"))
    bilingual = [t for t in group_lines(SET, HH, "surbuljilagchi") if "记者" in t]
    assert bilingual and all(re.search(MONGOLIAN_SCRIPT, t) for t in bilingual)
    reiwa = [t for t in group_lines(SET, JA, "hizuke") if "令和" in t]
    assert reiwa
    taiwanese = [t for t in group_lines(SET, TN, "dated") if "禮拜" in t]
    assert taiwanese


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{JA}/hizuke", f"{JA}/kisha", f"{JA}/kanren", f"{JA}/kicker",
                         f"{JA}/dateline", f"{JA}/oshirase", f"{JA}/shashin", f"{KR}/ipryeok",
                         f"{KR}/gija", f"{KR}/gwallyeon", f"{KR}/bu", f"{BJ}/riqi",
                         f"{BJ}/xianxing", f"{BJ}/kongqi"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{JA}/jusho", f"{JA}/maintenance", f"{KR}/deungrok", f"{KR}/jebo",
        f"{MN}/eh-survalj", f"{MN}/erh"))
    assert_carried_share(docs, JA, [
        ("hizuke", 0.65, 0.95), ("oshirase", 0.15, 0.45), ("kanren", 0.4, 0.75),
        ("maintenance", 0.0, 0.1), ("kokoku", 0.0, 0.2)])
    assert_carried_share(docs, KR, [("ipryeok", 0.6, 0.95), ("allim", 0.1, 0.5)])
    for fam in (f"{JA}/kanren", f"{KR}/gwallyeon", f"{BJ}/yuedu"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{JA}/shashin", f"{KR}/sajin", f"{BJ}/tupian"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((JA, "shashin"), (JA, "kokoku"), (KR, "sajin"), (KR, "ad"),
                               (BJ, "tupian"), (TW, "tu"), (MN, "zurag"), (MN, "zar"),
                               (BW, "shutsusho"), (WR, "handout"), (OK, "shashin"),
                               (YB, "sajin"), (HH, "jirug"), (TD, "read-more"),
                               (TD, "photo"), (TN, "related")))
    signed = [norm(t) for t in group_lines(SET, JA, "kisha") if "＝" in t]
    assert signed and all(re.fullmatch(r"（.+＝.+）", t) for t in signed)
    handles = [norm(t) for t in group_lines(SET, WR, "handle")]
    assert handles and all(re.fullmatch(r"Follow .+ on Twitter: @\w+", t) for t in handles)


def test_amounts_in_appeals_and_prices() -> None:
    prices = {y: on(KR, "gudok", d(y, 12, 1)) for y in range(2015, 2021)}
    assert "15,000원" in prices[2016] and "20,000원" in prices[2017]
    assert "4,037円" in on(JA, "kakaku", d(2020, 1, 1)) and "8％" in on(JA, "kakaku",
                                                                       d(2020, 1, 1))
    assert "1元" in on(BJ, "jiage", d(2017, 12, 31)) and "480元" in on(BJ, "jiage",
                                                                     d(2018, 1, 1))
    assert "新台幣10元" in on(TW, "dingyue", d(2018, 9, 30))
    assert "240,000₮" in on(MN, "une", d(2019, 1, 1))
    teika = [on(BW, "teika", d(y, 6, 1)) for y in range(2015, 2021)]
    assert [re.search(r"定価 (\d+)円", t)[1] for t in teika] == [  # type: ignore[index]
        "690", "690", "710", "710", "710", "730"]
    assert "3,400円" in on(OK, "kakaku", d(2020, 6, 1))
    assert "년간구독료 360원" in on(YB, "gagyeok", d(2019, 1, 1))
    assert "$7" in on(TD, "membership", d(2020, 1, 1))
    assert "每月100元" in on(TN, "support", d(2020, 1, 1))
    for style, family, pattern in ((KR, "gudok", r"월 구독료 ([\d,]+)원"),
                                   (BW, "teika", r"定価 (\d+)円")):
        seen = {m[1] for t in group_lines(SET, style, family)
                if (m := re.search(pattern, norm(t)))}
        assert len(seen) >= 2, (style, family)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (JA, "maintenance"), (KR, "jeomgeom"), (BJ, "guanzhi"), (TW, "tingshui"),
        (MN, "tsahilgaan"), (BW, "kyusai"), (WR, "correction"), (OK, "haitatsu"),
        (YB, "dansu"), (HH, "tingdian"), (TD, "unverified"), (TN, "tingshui")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{MN}/unshaarai", "Мөн уншаарай: "), (f"{BW}/kanren", "【関連記事】"),
        (f"{OK}/kanren", "［関連］"), (f"{YB}/ryeongwan", "[련관기사] ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{JA}/kanren", ("関連記事：", "▶関連記事 ")),
                          (f"{KR}/gwallyeon", ("관련기사 : ", "▶ 관련기사 ")),
                          (f"{BJ}/yuedu", ("相关阅读：", "延伸阅读 ▶ ")),
                          (f"{TW}/yanshen", ("延伸閱讀：", "相關新聞》"))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    related = [m[1] for t in fams[f"{WR}/related"]
               if (m := re.fullmatch(r"\(Related story: (.+)\)", norm(t)))]
    assert len(related) >= 0.9 * len(fams[f"{WR}/related"]) and set(related) & titles
    for doc in docs:
        for line in doc.lines:
            if line.label.endswith(("/kanren", "/gwallyeon", "/related", "/basa")):
                assert doc.lines[0].text not in line.text, line.text


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (JA, "kokoku", "広告"),
        (KR, "ad", "AD"),
        (MN, "zar", "ЗАР СУРТАЛЧИЛГАА"),
        (WR, "end", "(END)"),
        (OK, "nifee", "にふぇーでーびる！ご購読ありがとうございます。"),
        (BW, "menseki", "本記事は情報提供を目的としたもので、投資勧誘を目的としたものでは"
                        "ありません。投資の最終判断はご自身でお願いします。"),
        (TW, "shengming", "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸"
                          "及利用。")))
    for style, family, pattern, pool_name in (
            (JA, "kicker", r"^(.+)$", "kicker"),
            (JA, "dateline", r"^【(.+)】$", "bureau"),
            (KR, "bu", r"^(.+)$", "bu"),
            (BJ, "lanmu", r"^(.+)$", "lanmu"),
            (TW, "lanmu", r"^(.+)$", "lanmu"),
            (TW, "jizhe", r"記者.+／(.+)報導", "city"),
            (MN, "angilal", r"^(.+)$", "angilal"),
            (BW, "kicker", r"^(.+)$", "kicker"),
            (BW, "shutsusho", r"^（出所）(.+)の資料を基に", "shutsusho"),
            (WR, "tag", r"^(.+)$", "tag"),
            (WR, "dateline", r"^([A-Z]+), ", "city"),
            (WR, "handout", r"^This photo, provided by (.+), is not", "provider"),
            (OK, "kicker", r"^(.+)$", "kicker"),
            (OK, "chiiki", r"^【(.+)】$", "place"),
            (YB, "kicker", r"^(.+)$", "kicker"),
            (HH, "angi", r"^(.+)$", "angi"),
            (TD, "photo", r"^Photo: (.+)$", "state")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    cited = [norm(t).removeprefix("State media cited: ") for t in group_lines(SET, TD,
                                                                              "state-media")]
    assert cited and all(set(c.split(", ")) <= pool(SET, TD, "state") for c in cited)
    assert any(", " in c for c in cited)
    sources = [norm(t) for t in group_lines(SET, YB, "raewon")]
    assert sources and all(t.startswith("래원: ") for t in sources)
    translated = [norm(t) for t in group_lines(SET, HH, "orchiguluksan")]
    assert translated and all(t.startswith("ᠣᠷᠴᠢᠭᠤᠯᠤᠭᠰᠠᠨ: ") for t in translated)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (KR, "deungrok", "서울특별시 중구 세종대로 00 | 인터넷신문 등록번호 서울 아00000 | "
                         "청소년보호책임자 김한결"),
        (BJ, "beian", "京ICP备00000000号-1 | 京公网安备11010502000000号"),
        (TW, "shengming", "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸"
                          "及利用。"),
        (HH, "icp", "蒙ICP备00000000号"),
        (WR, "end", "(END)")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        JA: (["kakaku", "chosaku", "jusho"], 3),
        KR: (["gudok", "jeojakgwon", "jebo", "deungrok"], 3),
        BJ: (["jiage", "banquan", "beian"], 2), TW: (["dingyue", "shengming", "banquan"], 2),
        MN: (["une", "eh-survalj", "erh"], 2), BW: (["menseki", "teika", "chosaku"], 2),
        WR: (["end", "handle"], 2), OK: (["kakaku", "nifee", "chosaku"], 2),
        YB: (["gagyeok", "panggwon", "icp"], 2), HH: (["banquan", "icp"], 2),
        TD: (["membership", "copyright"], 2), TN: (["support", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert JA in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    assert week_from(FIRST_DAY, 0) == d(2014, 12, 29)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
