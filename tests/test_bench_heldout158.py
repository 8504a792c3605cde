"""The held-back-158 template set (`tests.bench.heldout_templates_158`): its localised dates
(printed day by day in Chinese with the weekday, with the lunar date and its leap months, with
the Buddhist-era year, in Indonesian and French beside the Chinese, with American, Canadian,
Australian, British and German summer and winter time, several changing form on the day of a
redesign), the lines that turn every business day (exchange-rate strips), every draw day
(4D results, the Thai lottery) and every day (the almanac, the Brexit countdown), the
calendars some notices follow (the lunar new year and the lunar feasts, Hari Raya and
Lebaran, Imlek, Songkran, national days, elections, the Thai king's mourning and coronation,
the bushfires, lockdowns and circuit breakers), the lines in simplified and traditional
script and in Malay, Indonesian, Thai, Filipino, English, German and French, the notices
reworded over the years, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

Runs on made-up bodies, not on ../shared/data, and only generates the corpus: it never runs
a detector on it. The checks every held-back set shares are in
`tests/test_bench_heldout_sets.py`. Most styles have few articles of their own (the
generator's Zipf sizes), so most checks look at a style together with its renamed variants
("the style's group").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import partial

from tests.bench.heldout_templates_158 import (
    BC_APP,
    BC_REDESIGN,
    DSGVO,
    FIRST_DAY,
    GANZHI,
    JS_LINE,
    JS_REDESIGN,
    LAST_DAY,
    LY_REDESIGN,
    LY_WECHAT,
    MANILA_EIGHT,
    MJ_APP,
    MJ_REDESIGN,
    MN_LINE,
    MN_REDESIGN,
    MSTV,
    ND_APP,
    ND_COPYRIGHT,
    ND_REDESIGN,
    NEW_YEARS,
    NX_APP,
    NX_REDESIGN,
    RAYA,
    SC_REDESIGN,
    SC_TELEGRAM,
    SN_REDESIGN,
    SN_WECHAT,
    TH_DISCLAIMER,
    TH_REDESIGN,
    TH_WECHAT,
    US_ELECTIONS,
    YC_REDESIGN,
    YC_WHATSAPP,
    YL_REDESIGN,
    YL_WHATSAPP,
    ZODIAC_TRAD,
    _draw_numbers,
    almanac,
    be_year,
    brexit_day,
    fixing_day,
    french_day,
    lunar,
    lunar_day,
    lunar_months,
    lunar_text,
    new_year,
    summer_eu,
    summer_sydney,
    summer_us,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_group_values_from_pool,
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
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-158"
SITES = ("南岛日报", "狮城今报", "椰城时报", "湄南商報", "岷江僑報", "金山華聲", "多伦多华讯",
         "南星传媒", "莱茵华报", "英倫華訊", "槟城晚讯", "塞纳华报")
ND, SC, YC, MN = ("nandaodaily.com.my", "shichengjinbao.com.sg", "yechengshibao.co.id",
                  "meinanshangbao.co.th")
MJ, JS, TH, NX = ("minjiangqiaobao.com.ph", "jinshanhuasheng.com", "torontohuaxun.ca",
                  "nanxingmedia.com.au")
LY, YL, BC, SN = ("laiyinhuabao.de", "yinglunhuaxun.co.uk", "binchengwanxun.com.my",
                  "sainahuabao.fr")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((ND, "riqi"), (SC, "dateline"), (YC, "riqi"), (MN, "riqi"), (MJ, "riqi"),
         (JS, "riqi"), (TH, "riqi"), (NX, "riqi"), (LY, "riqi"), (YL, "riqi"), (BC, "riqi"),
         (SN, "riqi"))
# The lines that turn every day.
EVERY_DAY = ((BC, "tongshu"),)
# The exchange-rate strips, turned every business day.
RATES = ((ND, "huilv"), (SC, "huilv"), (YC, "kurs"), (MN, "huilv"), (MJ, "bisuo"),
         (JS, "meiyuan"), (TH, "jiayuan"), (NX, "aoyuan"), (LY, "ouyuan"), (YL, "bangjia"))
# The notices that follow calendars.
BANNERS = ((ND, "app"), (SC, "notice"), (YC, "tongzhi"), (MN, "gonggao"), (MJ, "tongzhi"),
           (JS, "tongzhi"), (TH, "weixin"), (NX, "tongzhi"), (LY, "tongzhi"), (YL, "tongzhi"),
           (BC, "tongzhi"), (SN, "tongzhi"))

QUIET = d(2015, 3, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    ND: "下载南岛日报App，随时随地掌握最新资讯",
    SC: "点赞狮城今报脸书专页，掌握最新动态",
    YC: "欢迎关注椰城时报微信公众号及Facebook专页",
    MN: "請關注湄南商報Facebook專頁",
    MJ: "按讚岷江僑報Facebook專頁，菲華新聞一手掌握",
    JS: "訂閱金山華聲電子報，灣區新聞每天送到信箱",
    TH: "扫码关注多伦多华讯微信公众号",
    NX: "关注南星传媒微信公众号，了解澳洲大小事",
    LY: "欢迎订阅莱茵华报纸质版，每周五出版",
    YL: "關注英倫華訊Facebook專頁，英國華人大小事一手掌握",
    BC: "槟城晚讯脸书专页每晚直播 · Like us on Facebook",
    SN: "欢迎订阅塞纳华报，每周三出版",
}

on = partial(wording_on, SET)


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + EVERY_DAY + RATES + BANNERS + (
        (ND, "wanzi"), (MN, "caipiao"), (YL, "daoshu")), (
        FIRST_DAY, QUIET, d(2016, 2, 8), d(2017, 7, 23), d(2018, 5, 9), d(2019, 10, 6),
        d(2020, 4, 1), d(2020, 11, 3), LAST_DAY))


def test_lunar_calendar() -> None:
    months = lunar_months()
    assert all(29 <= (b[0] - a[0]).days <= 30 for a, b in zip(months, months[1:],
                                                                strict=False))
    for y, first in NEW_YEARS.items():
        if y < 2022:
            assert lunar(iso(first)) == (y, 1, False, 1), y
        if 2014 < y < 2022:
            assert lunar(iso(first) - one)[:3] == (y - 1, 12, False), y
    # Mid-Autumn, the Dragon Boat festival and the Lantern festival as calendars list them.
    assert [lunar_day(y, 8, 15) for y in range(2015, 2021)] == [
        d(2015, 9, 27), d(2016, 9, 15), d(2017, 10, 4), d(2018, 9, 24), d(2019, 9, 13),
        d(2020, 10, 1)]
    assert [lunar_day(y, 5, 5) for y in range(2015, 2021)] == [
        d(2015, 6, 20), d(2016, 6, 9), d(2017, 5, 30), d(2018, 6, 18), d(2019, 6, 7),
        d(2020, 6, 25)]
    assert [lunar_day(y, 1, 15) for y in range(2015, 2021)] == [
        d(2015, 3, 5), d(2016, 2, 22), d(2017, 2, 11), d(2018, 3, 2), d(2019, 2, 19),
        d(2020, 2, 8)]
    leap_days = [day for day in every_day() if lunar(day)[2]]
    assert leap_days[0] == d(2017, 7, 23) and d(2017, 8, 21) in leap_days
    assert {lunar(day)[:3] for day in leap_days} == {(2017, 6, True), (2020, 4, True)}
    assert lunar_text(d(2017, 7, 23)) == "农历闰六月初一"
    assert lunar_text(d(2020, 6, 19), trad=True) == "農曆閏四月廿八"
    assert lunar_text(d(2016, 1, 20), year=True) == "农历乙未年腊月十一"
    assert lunar_text(d(2016, 1, 20), trad=True) == "農曆臘月十一"


def test_helpers() -> None:
    assert be_year(2019) == 2562
    assert summer_us(d(2019, 3, 10)) and not summer_us(d(2019, 3, 9))
    assert not summer_us(d(2019, 11, 3)) and summer_us(d(2019, 11, 2))
    assert summer_eu(d(2019, 3, 31)) and not summer_eu(d(2019, 10, 27))
    assert summer_sydney(d(2019, 1, 10)) and not summer_sydney(d(2019, 4, 7))
    assert summer_sydney(d(2019, 10, 6)) and not summer_sydney(d(2019, 10, 5))
    assert fixing_day(d(2019, 6, 22)) == fixing_day(d(2019, 6, 23)) == d(2019, 6, 21)
    assert fixing_day(d(2019, 6, 24)) == d(2019, 6, 24)
    assert french_day(d(2017, 10, 1)) == "dimanche 1er octobre 2017"
    assert french_day(d(2020, 12, 7)) == "lundi 7 décembre 2020"
    assert [brexit_day(iso(s)) for s in ("2017-03-29", "2019-03-22", "2019-04-11",
                                         "2019-10-29")] == [
        d(2019, 3, 29), d(2019, 4, 12), d(2019, 10, 31), d(2020, 1, 31)]
    assert almanac(d(2018, 1, 1)) == almanac(d(2018, 1, 1))
    draws = _draw_numbers()
    assert all(day.weekday() in (2, 5, 6) for day in draws)
    assert not any(d(2020, 3, 18) <= day <= d(2020, 5, 31) for day in draws)
    assert sorted(draws.values()) == list(range(4321, 4321 + len(draws)))


def test_localised_dates_and_times() -> None:
    old, new, winter = d(2016, 3, 5), d(2020, 6, 19), d(2020, 12, 7)  # Sat, Fri, Mon
    clock = r"\d\d:\d\d"

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(ND, "riqi", old, "2016年3月5日 星期六")
    full(ND, "riqi", new, rf"2020年6月19日 星期五 · 农历闰四月廿八 · {clock}")
    full(ND, "huilv", old, r"今日汇率（3月4日）：1美元兑\d\.\d{4}令吉 · 1新元兑\d\.\d{4}令吉 · "
                           r"100令吉兑\d{3}\.\d\d人民币")
    full(ND, "wanzi", new, r"最新万字成绩（17/6 星期三开彩，第\d{4}/20期）：万能 · 多多 · 大马彩")
    full(SC, "dateline", old, r"发布 / 2016年3月5日 \d{1,2}:\d\d [AP]M")
    full(SC, "dateline", new, r"更新 / 2020年6月19日 星期五 \d{1,2}:\d\d [AP]M")
    full(SC, "huilv", winter, r"新元汇率 07/12：1新元 = \d\.\d\d人民币 \| \d\.\d{4}令吉 \| "
                              r"0\.\d{4}美元")
    full(YC, "riqi", old, "雅加达，2016年3月5日")
    full(YC, "riqi", new, r"Jumat, 19 Juni 2020 \| 农历庚子年闰四月廿八")
    full(YC, "kurs", new, r"印尼盾汇率 Kurs：1美元 = 1\d,\d{3}盾 \| 1人民币 = 2,\d{3}盾 \| "
                          r"1新元 = 1\d,\d{3}盾")
    full(MN, "riqi", old, "2016年03月05日 星期六")
    full(MN, "riqi", new, "佛曆2563年6月19日 星期五 · 農曆閏四月廿八")
    full(MN, "caipiao", new, "泰國政府彩票佛曆2563年6月16日開獎結果，詳見本報彩票版")
    full(MJ, "riqi", old, "2016年3月5日")
    full(MJ, "riqi", winter, r"菲律賓馬尼拉 \| 2020年12月7日 星期一 \| 農曆十月廿三")
    full(MJ, "bisuo", old, r"比索匯率（3月4日收盤）：1美元兌\d\d\.\d\d比索 · 1人民幣兌\d\.\d\d比索")
    full(JS, "riqi", old, rf"更新時間：2016-03-05 {clock}")
    full(JS, "riqi", new, rf"2020年6月19日（週五）{clock} PDT")
    full(JS, "riqi", winter, rf"2020年12月7日（週一）{clock} PST")
    full(TH, "riqi", old, rf"发布时间：2016-03-05 {clock}")
    full(TH, "riqi", new, rf"2020年6月19日 星期五 {clock} EDT（多伦多时间）")
    full(TH, "riqi", winter, rf"2020年12月7日 星期一 {clock} EST（多伦多时间）")
    full(NX, "riqi", old, rf"2016-03-05 {clock}")
    full(NX, "riqi", new, rf"2020年6月19日 {clock} AEST")
    full(NX, "riqi", winter, rf"2020年12月7日 {clock} AEDT")
    full(NX, "aoyuan", old, r"澳元汇率（4/3）：1澳元 = \d\.\d{4}人民币 = 0\.\d{4}美元")
    full(LY, "riqi", old, "2016年3月5日")
    full(LY, "riqi", new, rf"发布于 2020年6月19日 {clock}（柏林时间 MESZ）")
    full(LY, "riqi", winter, rf"发布于 2020年12月7日 {clock}（柏林时间 MEZ）")
    full(YL, "riqi", old, "2016-03-05")
    full(YL, "riqi", new, rf"2020年6月19日 星期五 倫敦時間 {clock} BST")
    full(YL, "riqi", winter, rf"2020年12月7日 星期一 倫敦時間 {clock} GMT")
    full(YL, "daoshu", old, "脫歐公投倒數：距離6月23日投票還有110天")
    full(YL, "daoshu", winter, "脫歐過渡期倒數：距離過渡期結束還有24天")
    full(BC, "riqi", old, "槟城 5/3/2016")
    full(BC, "riqi", new, "2020年6月19日（星期五）· 农历闰四月廿八")
    full(BC, "tongshu", new, r"今日农历闰四月廿八 · 宜：[\u4e00-\u9fff ]+ · 忌：[\u4e00-\u9fff ]+")
    full(SN, "riqi", old, "2016年3月5日")
    full(SN, "riqi", winter, "2020年12月7日 星期一 · lundi 7 décembre 2020")
    full(SN, "riqi", d(2017, 10, 1), "2017年10月1日 星期日 · dimanche 1er octobre 2017")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY + EVERY_DAY}
    for day in every_day():
        for key in seen:
            seen[key].add(on(*key, day))
        assert ("农历" in on(ND, "riqi", day)) == (day >= ND_REDESIGN)
        assert on(SC, "dateline", day).startswith("更新") == (day >= SC_REDESIGN)
        assert on(YC, "riqi", day).startswith("雅加达") == (day < YC_REDESIGN)
        assert on(MN, "riqi", day).startswith("佛曆") == (day >= MN_REDESIGN)
        assert on(MJ, "riqi", day).startswith("菲律賓") == (day >= MJ_REDESIGN)
        assert on(JS, "riqi", day).startswith("更新時間") == (day < JS_REDESIGN)
        assert on(TH, "riqi", day).startswith("发布时间") == (day < TH_REDESIGN)
        assert ("年" in on(NX, "riqi", day)) == (day >= NX_REDESIGN)
        assert on(LY, "riqi", day).startswith("发布于") == (day >= LY_REDESIGN)
        assert ("倫敦時間" in on(YL, "riqi", day)) == (day >= YL_REDESIGN)
        assert on(BC, "riqi", day).startswith("槟城") == (day < BC_REDESIGN)
        assert (" · " in on(SN, "riqi", day)) == (day >= SN_REDESIGN)
        if day >= MN_REDESIGN:
            assert f"佛曆{be_year(day.year)}年" in on(MN, "riqi", day)
        if day >= ND_REDESIGN:
            assert lunar_text(day) in on(ND, "riqi", day)
        if day >= JS_REDESIGN:
            assert on(JS, "riqi", day).endswith("PDT" if summer_us(day) else "PST")
        if day >= TH_REDESIGN:
            assert ("EDT" in on(TH, "riqi", day)) == summer_us(day)
        if day >= NX_REDESIGN:
            assert on(NX, "riqi", day).endswith("AEDT" if summer_sydney(day) else "AEST")
        if day >= YL_REDESIGN:
            assert on(YL, "riqi", day).endswith("BST" if summer_eu(day) else "GMT")
        if day >= LY_REDESIGN:
            assert ("MESZ" in on(LY, "riqi", day)) == summer_eu(day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_strips_turn_every_business_day() -> None:
    weekdays = [day for day in every_day() if day.weekday() < 5 and day > FIRST_DAY]
    for key in RATES:
        days = changes(*key)
        assert all(day.weekday() < 5 for day in days), key
        assert len(days) >= 0.97 * len(weekdays), key
    usd = [float(m[1]) for t in group_lines(SET, ND, "huilv")
           if (m := re.search(r"1美元兑(\d\.\d+)令吉", norm(t)))]
    assert usd and min(usd) < 3.8 and max(usd) > 4.3
    idr = {m[1] for t in group_lines(SET, YC, "kurs") if (m := re.search(r"1美元 = ([\d,]+)盾",
                                                                          norm(t)))}
    assert len(idr) >= 5


def test_draw_days_and_countdowns() -> None:
    four_d = changes(ND, "wanzi")
    assert len(four_d) >= 800 and all(day.weekday() in (2, 5, 6) for day in four_d)
    assert "暂停开彩" in on(ND, "wanzi", d(2020, 4, 15))
    assert "第" in on(ND, "wanzi", d(2020, 6, 3))
    lottery = changes(MN, "caipiao")
    assert all(day.day in (1, 16) for day in lottery) and len(lottery) >= 130
    assert "延期" in on(MN, "caipiao", d(2020, 4, 20))
    assert "5月16日" in on(MN, "caipiao", d(2020, 5, 16))
    countdown = changes(YL, "daoshu")
    assert len(countdown) >= 1500
    assert "2019年3月29日）還有8天" in on(YL, "daoshu", d(2019, 3, 21))
    assert "2019年4月12日）還有21天" in on(YL, "daoshu", d(2019, 3, 22))
    assert "2019年10月31日" in on(YL, "daoshu", d(2019, 10, 28))
    assert "2020年1月31日）還有1天" in on(YL, "daoshu", d(2020, 1, 30))
    assert "過渡期結束還有1天" in on(YL, "daoshu", d(2020, 12, 30))
    assert "已完成" in on(YL, "daoshu", LAST_DAY)
    assert len(changes(BC, "tongshu")) == len(every_day()) - 1
    for day in (d(2016, 2, 8), d(2017, 7, 23), d(2020, 6, 19)):
        assert lunar_text(day) in on(BC, "tongshu", day)


def test_notices_follow_the_calendars() -> None:
    for domain, text in FIRST_WORDINGS.items():
        assert on(domain, dict(BANNERS)[domain], QUIET) == text, domain
    for y in range(2015, 2021):
        cny = new_year(y)
        for domain in (ND, SC, YC, MN, MJ, JS, TH, LY, YL, BC, SN):
            assert GANZHI[y] in on(domain, dict(BANNERS)[domain], cny), (domain, y)
        if y < 2020:  # the bushfires' notice wins in January 2020
            assert GANZHI[y] in on(NX, "tongzhi", cny), y
            assert f"Australia Day {y}" in on(NX, "tongzhi", d(y, 1, 26)), y
        assert f"Imlek {y + 551}" in on(YC, "tongzhi", cny)
        assert f"{ZODIAC_TRAD[y]}年" in on(MN, "gonggao", cny)
        day, hijri = RAYA[y]
        assert f"{hijri}H" in on(ND, "app", iso(day)), y
        if y < 2020:  # the PSBB's notice wins at Lebaran 2020
            assert f"Idul Fitri {hijri} H" in on(YC, "tongzhi", iso(day)), y
            assert f"สงกรานต์ {be_year(y)}" in on(MN, "gonggao", d(y, 4, 13)), y
            assert f"加拿大{y - 1867}岁" in on(TH, "weixin", d(y, 7, 1)), y
        assert f"国庆{y - 1957}周年" in on(ND, "app", d(y, 8, 31)), y
        assert f"新加坡{y - 1965}岁" in on(SC, "notice", d(y, 8, 9)), y
        assert f"ke-{y - 1945}" in on(YC, "tongzhi", d(y, 8, 17)), y
        assert f"獨立{y - 1898}週年" in on(MJ, "tongzhi", d(y, 6, 12)), y
        assert f"Pasko {y}" in on(MJ, "tongzhi", d(y, 12, 20)), y
        assert "天公诞" in on(BC, "tongzhi", lunar_day(y, 1, 9)), y
        assert f"{y}年中元节" in on(BC, "tongzhi", lunar_day(y, 7, 15)), y
        assert f"{y}年中秋" in on(LY, "tongzhi", lunar_day(y, 8, 15)), y
    assert "第14届" in on(ND, "app", d(2018, 5, 9)) and "第14届" in on(BC, "tongzhi",
                                                                     d(2018, 5, 9))
    assert "行动管制令" in on(ND, "app", d(2020, 4, 1))
    assert "2015年大选" in on(SC, "notice", d(2015, 9, 11))
    assert "2020年大选" in on(SC, "notice", d(2020, 7, 10))
    assert "阻断措施" in on(SC, "notice", d(2020, 5, 1))
    assert "Pilkada DKI" in on(YC, "tongzhi", d(2017, 2, 15))
    assert "Putaran kedua" in on(YC, "tongzhi", d(2017, 4, 19))
    assert "Pemilu 2019" in on(YC, "tongzhi", d(2019, 4, 17))
    assert "PSBB" in on(YC, "tongzhi", d(2020, 5, 24))
    assert "哀悼" in on(MN, "gonggao", d(2016, 10, 20))
    assert "火化" in on(MN, "gonggao", d(2017, 10, 26))
    assert "加冕" in on(MN, "gonggao", d(2019, 5, 5))
    assert "泰國大選" in on(MN, "gonggao", d(2019, 3, 24))
    assert "宵禁" in on(MN, "gonggao", d(2020, 4, 13))
    assert "2016年大選" in on(MJ, "tongzhi", d(2016, 5, 9))
    assert "期中選舉" in on(MJ, "tongzhi", d(2019, 5, 13))
    assert "Manatili" in on(MJ, "tongzhi", d(2020, 4, 1))
    for day in US_ELECTIONS:
        assert f"{iso(day).month}月{iso(day).day}日大選" in on(JS, "tongzhi", iso(day))
    assert "人口普查" in on(JS, "tongzhi", d(2020, 8, 1))
    assert "Shelter in place" in on(JS, "tongzhi", d(2020, 4, 1))
    assert "10月19日" in on(TH, "weixin", d(2015, 10, 19))
    assert "安省省选" in on(TH, "weixin", d(2018, 6, 7))
    assert "市选" in on(TH, "weixin", d(2018, 10, 22))
    assert "10月21日" in on(TH, "weixin", d(2019, 10, 21))
    assert "封锁" in on(TH, "weixin", d(2020, 12, 1))
    assert "7月2日" in on(NX, "tongzhi", d(2016, 7, 2))
    assert "同性婚姻" in on(NX, "tongzhi", d(2017, 10, 1))
    assert "5月18日" in on(NX, "tongzhi", d(2019, 5, 18))
    assert "山火" in on(NX, "tongzhi", d(2020, 1, 25))
    assert "墨尔本" in on(NX, "tongzhi", d(2020, 9, 1))
    assert "联邦议院" in on(LY, "tongzhi", d(2017, 9, 24))
    assert "Bleiben Sie zu Hause" in on(LY, "tongzhi", d(2020, 4, 1))
    assert "轻度封城" in on(LY, "tongzhi", LAST_DAY)
    for day in ("2015-05-07", "2017-06-08", "2019-12-12"):
        assert f"{iso(day).month}月{iso(day).day}日投票" in on(YL, "tongzhi", iso(day))
    assert "脫歐公投" in on(YL, "tongzhi", d(2016, 6, 23))
    assert "Stay at home" in on(YL, "tongzhi", d(2020, 4, 1))
    assert "第二次封城" in on(YL, "tongzhi", d(2020, 11, 20))
    assert "行动管制令" in on(BC, "tongzhi", d(2020, 4, 1))
    assert "Premier tour" in on(SN, "tongzhi", d(2017, 4, 23))
    assert "Second tour" in on(SN, "tongzhi", d(2017, 5, 7))
    assert "Attestation" in on(SN, "tongzhi", d(2020, 4, 1))
    assert "第二次禁足" in on(SN, "tongzhi", d(2020, 11, 15))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (ND, "baodao", ND_REDESIGN, "报道：{author}", "{author_beat}"),
        (ND, "app", ND_APP, "随时随地", "万字成绩"),
        (ND, "banquan", ND_COPYRIGHT, "未经许可", "Hak cipta"),
        (SC, "wen", SC_REDESIGN, "文 / {author}", "摄影"),
        (SC, "notice", SC_TELEGRAM, "脸书", "Telegram"),
        (SC, "copyright", d(2019, 4, 1), "不得转载", "改编"),
        (YC, "tongzhi", YC_WHATSAPP, "微信", "WhatsApp"),
        (MN, "gonggao", MN_LINE, "Facebook", "LINE"),
        (MJ, "tongzhi", MJ_APP, "Facebook", "I-download"),
        (MJ, "dizhi", MANILA_EIGHT, "(02) 241-5566", "(02) 8241-5566"),
        (JS, "tongzhi", JS_LINE, "電子報", "LINE／WeChat"),
        (TH, "weixin", TH_WECHAT, "扫码", "每日推送"),
        (TH, "mianze", TH_DISCLAIMER, "不代表本站观点。", "info@torontohuaxun.ca"),
        (NX, "tongzhi", NX_APP, "微信", "App"),
        (LY, "tongzhi", LY_WECHAT, "纸质版", "微信"),
        (LY, "yinsi", DSGVO, "隐私政策 Datenschutz", "DSGVO"),
        (LY, "impressum", MSTV, "RStV", "MStV"),
        (YL, "tongzhi", YL_WHATSAPP, "Facebook", "WhatsApp"),
        (BC, "tongzhi", BC_APP, "Facebook", "App"),
        (SN, "tongzhi", SN_WECHAT, "订阅", "微信")))
    assert_groups_reworded(SET, (
        (ND, "riqi", "星期", "农历"),
        (SC, "dateline", "发布 /", "更新 /"),
        (ND, "baodao", "报道：", "）"),
        (MN, "riqi", "星期", "佛曆"),
    ))


def test_several_languages_and_scripts() -> None:
    simplified, traditional = r"[编辑报华讯这时间]", r"[編輯報華訊這時間]"
    assert_groups_in_script(SET, (
        (ND, "zeren", simplified), (SC, "zebian", simplified), (TH, "zebian", simplified),
        (MN, "zebian", traditional), (MJ, "zebian", traditional), (JS, "bianji", traditional),
        (YL, "bianji", traditional),
        (MN, "khosana", r"[\u0e00-\u0e7f]"), (MN, "banquan", r"[\u0e00-\u0e7f]"),
        (YC, "hakcipta", "Hak|Undang"), (BC, "banquan", "Hak|terpelihara"),
        (LY, "anzeige", "Anzeige"), (LY, "banquan", "Rechte|vorbehalten"),
        (SN, "banquan", "droits|réservés"), (SN, "lire", "À lire|aussi"),
        (MJ, "banquan", "rights|reserved")))
    assert not any(re.search(traditional, t) for t in group_lines(SET, ND, "zeren"))
    assert not any(re.search(simplified, t) for t in group_lines(SET, MN, "zebian"))
    assert any(re.search(r"(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), ", t)
               for t in group_lines(SET, YC, "riqi"))
    assert any("佛曆" in t for t in group_lines(SET, MN, "riqi"))
    assert any(re.search(r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d+) "
                         r"[a-zéû]+ 20\d\d", t) for t in group_lines(SET, SN, "riqi"))
    assert any("農曆閏" in t for t in group_lines(SET, MJ, "riqi") + group_lines(SET, MN, "riqi"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{ND}/riqi", f"{ND}/baodao", f"{ND}/yanshen", f"{ND}/lanmu",
                         f"{ND}/zeren", f"{ND}/laiyuan", f"{ND}/huilv", f"{SC}/dateline",
                         f"{SC}/wen", f"{SC}/topic", f"{YC}/riqi"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{ND}/banquan", f"{SC}/copyright", f"{SC}/tips", f"{YC}/hakcipta", f"{MN}/banquan"))
    assert_carried_share(docs, ND, [
        ("riqi", 0.8, 0.98), ("zeren", 0.55, 0.85), ("yanshen", 0.5, 0.8),
        ("gengzheng", 0.0, 0.1), ("huilv", 0.1, 0.32), ("wanzi", 0.08, 0.45)])
    assert_carried_share(docs, SC, [("dateline", 0.72, 0.97), ("tips", 0.08, 0.35),
                                    ("correction", 0.0, 0.12)])
    for fam in (f"{ND}/yanshen", f"{ND}/guanggao", f"{SC}/xiangguan", f"{SC}/advert"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((YC, "xiangguan"), (MN, "xiangguan"), (MJ, "ad"),
                               (NX, "haixiang"), (LY, "lianjie"), (YL, "yanshen"),
                               (BC, "iklan"), (SN, "publicite")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (ND, "gengzheng", 16), (SC, "correction"), (YC, "ralat"), (MN, "gengzheng"),
        (MJ, "gengzheng"), (JS, "gengzheng"), (TH, "gengxin"), (NX, "gengzheng"),
        (LY, "kanwu"), (YL, "gengzheng"), (BC, "gengzheng"), (SN, "rectificatif")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{ND}/yanshen", "延伸阅读："), (f"{SC}/xiangguan", "相关新闻："),
        (f"{YC}/xiangguan", "相关阅读："), (f"{MN}/xiangguan", "相關新聞："),
        (f"{JS}/yanshen", "延伸閱讀》")))


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (ND, "guanggao", "广告"), (SC, "advert", "ADVERTISEMENT"), (YC, "iklan", "广告 / Iklan"),
        (MN, "khosana", "โฆษณา"), (JS, "advertisement", "Advertisement"),
        (LY, "anzeige", "Anzeige"), (BC, "iklan", "IKLAN"), (SN, "publicite", "Publicité")))
    assert_group_values_from_pool(SET, ((ND, "lanmu", "lanmu"), (SC, "topic", "topic")))


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (ND, "guanggao", "广告"),
        (SC, "advert", "ADVERTISEMENT"),
        (NX, "mianze", "本文仅供参考，不构成任何移民、法律或投资建议。")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        ND: (["yanlu", "zeren", "app", "banquan"], 3),
        SC: (["zebian", "tips", "notice", "copyright"], 3),
        YC: (["bianji", "tongzhi", "alamat", "hakcipta"], 3),
        MN: (["caipiao", "zebian", "gonggao", "dizhi", "banquan"], 3),
        MJ: (["shengming", "zebian", "tongzhi", "banquan", "dizhi"], 3),
        JS: (["mianze", "bianji", "tongzhi", "baoliao", "copyright"], 3),
        TH: (["zebian", "weixin", "mianze", "banquan"], 3),
        LY: (["yinsi", "impressum", "banquan"], 2),
        YL: (["bianji", "tongzhi", "banquan", "gongsi"], 2),
        SN: (["directeur", "banquan"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5) and FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
