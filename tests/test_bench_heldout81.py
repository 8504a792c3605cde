"""The held-back-81 template set (`tests.bench.heldout_templates_81`): its localised dates
(printed day by day, several changing form on the day of a redesign or of a new era, one
month by month, one with the time zone), the lines that turn every day or every week (the
weather, wind chill and UV, ferries and lorries, an exchange rate, typhoon signals), the
seasons of a band's harvests, the notices it rewords by date, the calendars some notices
follow (votes, a postponed one, overseas voting suspended, typhoons, storms, the 2020
lockdowns and weekend curfews, lunar new years, feasts and anniversaries with their counts,
fairs, a triathlon and powwows called off in 2020, a hunting season's opener moved), the
amounts in its appeals and prices, the lines in several scripts, the variation it promises,
its multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_81 import (
    FIRST_DAY,
    HA_REDESIGN,
    HK_REDESIGN,
    KM_HALT,
    KM_REDESIGN,
    KOREAN_WEEKDAYS,
    LAST_DAY,
    MN_CLOSED,
    MN_REDESIGN,
    MONGOLIAN_WEEKDAYS,
    MY_REDESIGN,
    NJ_REDESIGN,
    OJ_EDITION,
    OJIBWE_MOONS,
    REIWA,
    SK_REDESIGN,
    TB_LOSAR,
    UG_REDESIGN,
    UYGHUR_WEEKDAYS,
    hanzi_count,
    hanzi_digits,
    hk_temperatures,
    japanese_era,
    km_sailings,
    mn_trucks,
    mn_yuan,
    pa_rifle_opener,
    sk_wind_chill,
    true_minus,
    us_daylight_time,
    week_of,
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
    wording_on,
)

SET = "held-back-81"
SITES = ("The Sherman's Valley Crier", "元朗墟報", "浯島日報", "Radio Prairie-Sud", "버겐한인저널",
         "宮古かざなみ新聞", "The Chuska Echo", "Замын-Үүд Сонин", "竹東客家聲",
         "Wiigwaas Bay Inaajimowin", "Gangjong Voice", "Bostan Awazi")
PA, HK, KM, SK = ("shermansvalleycrier.com", "yuenlonghui.hk", "wudaoribao.com.tw",
                  "radioprairiesud.ca")
NJ, MY, NN, MN = ("bergenhanin.com", "miyakokazenami.jp", "chuskaecho.com", "zamynuudsonin.mn")
HA, OJ, TB, UG = ("zhudonghakka.tw", "wiigwaasbayband.org", "gangjongvoice.ca",
                  "bostanawazi.org")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((HK, "date"), (KM, "date"), (SK, "date"), (NJ, "date"), (MY, "date"),
         (MN, "ognoo"), (HA, "date"), (TB, "date"), (UG, "date"))
# The lines that turn every day, every week, every month or with the clocks.
PERIODIC = ((HK, "observatory"), (KM, "ferry"), (SK, "meteo"), (MN, "hansh"), (MN, "boomt"),
            (OJ, "issue"), (NN, "updated"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((PA, "notice"), (HK, "notice"), (KM, "notice"), (SK, "avis"), (NJ, "notice"),
           (MY, "notice"), (NN, "notice"), (MN, "zar"), (HA, "notice"), (OJ, "notice"),
           (TB, "notice"), (UG, "notice"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    PA: "Like The Sherman's Valley Crier on Facebook for school closings and breaking news",
    HK: "讚好我哋嘅Facebook專頁，元朗大小事唔執漏",
    KM: "按讚浯島日報粉絲專頁，掌握金門大小事",
    SK: "Écoutez Radio Prairie-Sud au 88,1 FM et en direct sur le Web",
    NJ: "카카오톡에서 '버겐한인저널'을 친구 추가하세요",
    MY: "購読のお申し込みは宮古かざなみ新聞販売部 0980-00-0000 まで",
    NN: "Like The Chuska Echo on Facebook",
    MN: "Замын-Үүд Сонины Facebook хуудсыг дагаарай",
    HA: "竹東客家聲 FM 90.0，陪你聽客家",
    OJ: "Tribal Council meets the first Tuesday of each month at 6 p.m. at the Community "
        "Center.",
    TB: "Tibetan language and culture classes every Sunday in Parkdale, all ages welcome",
    UG: "ئانا تىل مەكتىپى: Uyghur language school every Saturday at 10 a.m. in Fairfax",
}

HAN = r"[\u4e00-\u9fff]"
CANTONESE = r"睇|我哋|嘅|喺|唔"
HANGUL = r"[\uac00-\ud7a3]"
KANA = r"[\u3040-\u30ff]"
CYRILLIC = r"[\u0400-\u04ff]"
TIBETAN = r"[\u0f00-\u0fff]"
ARABIC = r"[\u0600-\u06ff]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2016, 8, 1), d(2017, 8, 23), d(2018, 9, 16), d(2019, 5, 1),
        d(2020, 4, 11), d(2020, 4, 14), LAST_DAY))


def test_helpers() -> None:
    assert hanzi_digits(108) == "一〇八" and hanzi_digits(104) == "一〇四"
    assert [hanzi_count(n) for n in (1, 10, 11, 20, 21, 30, 31)] == [
        "一", "十", "十一", "二十", "二十一", "三十", "三十一"]
    assert japanese_era(d(2016, 3, 5)) == "平成28年"
    assert japanese_era(d(2019, 4, 30)) == "平成31年"
    assert japanese_era(REIWA) == "令和元年" and japanese_era(d(2020, 6, 1)) == "令和2年"
    assert true_minus(-38) == "\u221238" and true_minus(5) == "5"
    assert week_of(d(2019, 6, 23)) == d(2019, 6, 17) == week_of(d(2019, 6, 17))
    assert us_daylight_time(d(2019, 3, 10)) and not us_daylight_time(d(2019, 3, 9))
    assert us_daylight_time(d(2019, 11, 2)) and not us_daylight_time(d(2019, 11, 3))
    for y in range(2015, 2021):
        opener = pa_rifle_opener(y)
        assert opener.month in (11, 12)
        assert opener.weekday() == (0 if y < 2019 else 5), y
    assert pa_rifle_opener(2019) == d(2019, 11, 30) and pa_rifle_opener(2018) == d(2018, 11, 26)
    for day in every_day():
        assert mn_yuan(day) == mn_yuan(week_of(day))
        low, high = hk_temperatures(day)
        assert low < high
        assert sk_wind_chill(day) < 0
        assert 12 <= km_sailings(day) <= 22 and 40 <= mn_trucks(day) <= 520
    assert mn_yuan(d(2020, 12, 1)) > mn_yuan(d(2015, 2, 2)) + 80
    january = [sk_wind_chill(day) for day in every_day() if day.month == 1]
    november = [sk_wind_chill(day) for day in every_day() if day.month == 11]
    assert sum(january) / len(january) < sum(november) / len(november)
    winter = [hk_temperatures(day)[0] for day in every_day() if day.month == 1]
    summer = [hk_temperatures(day)[0] for day in every_day() if day.month == 7]
    assert max(winter) < min(summer)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(HK, "date", old, "2016年3月5日（星期六）")
    full(HK, "date", new, r"2019/6/21（五）\d\d:\d\d")
    full(KM, "date", old, "中華民國一〇五年三月五日　星期六")
    full(KM, "date", d(2017, 12, 31), "中華民國一〇六年十二月三十一日　星期日")
    full(KM, "date", new, "108.06.21（五）")
    full(SK, "date", old, "Publié le samedi 5 mars 2016")
    full(SK, "date", d(2016, 4, 1), "Publié le vendredi 1er avril 2016")
    full(SK, "date", new, r"Publié le 21 juin 2019 à \d{1,2} h \d\d")
    full(NJ, "date", old, r"2016년 3월 5일 \(토\)")
    full(NJ, "date", new, r"입력 2019\.06\.21 \d\d:\d\d \(미 동부시간\)")
    full(MY, "date", old, "平成28年3月5日（土曜日）")
    full(MY, "date", d(2019, 4, 30), "2019年（平成31年）4月30日（火）")
    full(MY, "date", d(2019, 5, 1), "2019年（令和元年）5月1日（水）")
    full(MY, "date", d(2020, 6, 19), "2020年（令和2年）6月19日（金）")
    full(MN, "ognoo", old, "2016 оны 3-р сарын 5, Бямба гараг")
    full(MN, "ognoo", new, r"2019\.06\.21 · \d\d:\d\d")
    full(HA, "date", old, "中華民國105年3月5日")
    full(HA, "date", new, "2019年6月21日（五）")
    full(TB, "date", old, "March 5, 2016")
    full(TB, "date", new, "སྤྱི་ལོ་༢༠༡༩ ཟླ་༦ ཚེས་༢༡ · June 21, 2019")
    full(UG, "date", old, "2016-يىلى 5-مارت، شەنبە")
    full(UG, "date", new, r"June 21, 2019 \| 2019-يىلى 21-ئىيۇن")
    full(OJ, "issue", old, "March 2016 Edition")
    full(OJ, "issue", new, r"Ode'imini-giizis \| June 2019")
    full(NN, "updated", new, r"Updated \d{1,2}:\d\d [AP]M MDT \(Navajo Nation time\)")
    full(NN, "updated", d(2019, 1, 10), r"Updated \d{1,2}:\d\d [AP]M MST")
    full(PA, "posted", old, r"Posted: Saturday, March 5, 2016 12:00 am")
    full(PA, "posted", new, r"Jun 21, 2019 · Updated \d{1,2}:\d\d [AP]M")
    full(PA, "byline", new, r"By .+ · (Staff Writer|Sports Editor|Correspondent|Editor)")
    full(KM, "reporter", new, r"〔記者.+／(金城|金湖|金沙|金寧|烈嶼|烏坵)報導〕")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd = day.weekday()
        assert on(HK, "date", day).endswith(f"（星期{'一二三四五六日'[wd]}）") == (
            day < HK_REDESIGN)
        km = on(KM, "date", day)
        assert km.startswith("中華民國") == (day < KM_REDESIGN), km
        assert not re.search(r"\d", km) or day >= KM_REDESIGN, km
        sk = on(SK, "date", day)
        assert (" h " in sk) == (day >= SK_REDESIGN), sk
        assert (" 1er " in sk) == (day.day == 1), sk
        nj = on(NJ, "date", day)
        assert nj.endswith(f"({KOREAN_WEEKDAYS[wd]})") == (day < NJ_REDESIGN), nj
        my = on(MY, "date", day)
        assert my.startswith(("平成", "令和")) == (day < MY_REDESIGN), my
        assert ("令和" in my) == (day >= REIWA) and ("元年" in my) == (day.year == 2019
                                                                       and day >= REIWA), my
        mn = on(MN, "ognoo", day)
        assert mn.endswith(f"{MONGOLIAN_WEEKDAYS[wd]} гараг") == (day < MN_REDESIGN), mn
        assert on(HA, "date", day).startswith("中華民國") == (day < HA_REDESIGN)
        assert ("སྤྱི་ལོ་" in on(TB, "date", day)) == (day >= TB_LOSAR)
        ug = on(UG, "date", day)
        assert ug.endswith(UYGHUR_WEEKDAYS[wd]) == (day < UG_REDESIGN), ug
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_month_or_with_the_clocks() -> None:
    for domain, family in ((HK, "observatory"), (SK, "meteo"), (KM, "ferry"), (MN, "boomt")):
        assert len({on(domain, family, day) for day in every_day()}) >= 30, (domain, family)
    assert len({on(HK, "observatory", day) for day in every_day()}) >= 300
    changes = {day for day in every_day() if on(MN, "hansh", day) != on(MN, "hansh", day - one)}
    assert changes and all(day.weekday() == 0 for day in changes) and len(changes) >= 250
    assert re.search(r"= \d{3}\.\d\d ₮", on(MN, "hansh", d(2018, 5, 2)))
    months = {day for day in every_day() if on(OJ, "issue", day) != on(OJ, "issue", day - one)}
    assert all(day.day == 1 for day in months) and len(months) == 71
    assert {on(OJ, "issue", day).split(" | ")[0] for day in every_day()
            if day >= OJ_EDITION} == set(OJIBWE_MOONS)
    clocks = {day for day in every_day()
              if on(NN, "updated", day) != on(NN, "updated", day - one)}
    assert len(clocks) == 12 and all(day.weekday() == 6 for day in clocks)
    assert "\u2212" in on(SK, "meteo", d(2018, 1, 15))
    assert "Indice UV" in on(SK, "meteo", d(2018, 7, 15))
    # typhoon signals and a frost outrank the forecast; the ferries stop for typhoons, then halt
    assert "天鴿" in on(HK, "observatory", d(2017, 8, 23))
    assert "山竹" in on(HK, "observatory", d(2018, 9, 17))
    assert "大帽山結冰" in on(HK, "observatory", d(2016, 1, 24))
    assert "天文台預報" in on(HK, "observatory", d(2018, 9, 18))
    assert "莫蘭蒂" in on(KM, "ferry", d(2016, 9, 15))
    assert re.fullmatch(r"⛴️ 金廈小三通今日\d\d航次，預估旅運量[\d,]+人次",
                        on(KM, "ferry", d(2019, 6, 21)))
    assert days_with(KM, "ferry", "暫停中") == {day for day in every_day() if day >= KM_HALT}
    closed = days_with(MN, "boomt", "зорчигч тээвэрт хаалттай")
    assert closed == {day for day in every_day() if day >= MN_CLOSED}
    assert "Цагаан сарын баяраар" in on(MN, "boomt", d(2019, 2, 6))
    assert "Наадмын" in on(MN, "boomt", d(2018, 7, 13))


def test_the_seasons_of_the_band() -> None:
    for y in range(2015, 2021):
        assert "Sugarbush" in on(OJ, "seasons", d(y, 3, 20))
        assert "netting" in on(OJ, "seasons", d(y, 5, 1))
        assert "Berry" in on(OJ, "seasons", d(y, 7, 1))
        assert "ricing" in on(OJ, "seasons", d(y, 9, 1))
        assert "Deer season" in on(OJ, "seasons", d(y, 11, 20))
        assert "Ice conditions" in on(OJ, "seasons", d(y, 2, 1))
    assert len({on(OJ, "seasons", day) for day in every_day()}) == 6


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 4, domain
    assert counts_in(HK, "notice", r"祝大家(.)年") == {"羊", "猴", "雞", "狗", "豬", "鼠"}
    assert counts_in(HK, "notice", r"天后誕(\d{4})") == {"2015", "2016", "2017", "2018", "2019"}
    assert counts_in(KM, "notice", r"古寧頭戰役(\d+)週年") == {"66", "67", "68", "69", "70", "71"}
    assert counts_in(KM, "notice", r"八二三砲戰(\d+)週年") == {"57", "58", "59", "60", "61", "62"}
    assert counts_in(NN, "notice", r"(\d+)(?:st|nd|rd|th) Navajo Nation Fair") == {
        "69", "70", "71", "72", "73"}
    assert counts_in(NN, "notice", r"the (\d+)(?:st|nd|rd|th) anniversary") == {
        "147", "148", "149", "150", "151", "152"}
    assert counts_in(MN, "zar", r"хувьсгалын (\d+) жилийн") == {
        "94", "95", "96", "97", "98", "99"}
    assert counts_in(TB, "notice", r"✊ (\d+)(?:st|nd|rd|th) anniversary") == {
        "56", "57", "58", "59", "60", "61"}
    assert counts_in(TB, "notice", r"Happy (\d+)(?:st|nd|rd|th) birthday") == {
        "80", "81", "82", "83", "84"}  # 2020's fell in the closure
    assert counts_in(OJ, "notice", r"🪶 (\d+)(?:st|nd|rd|th) Annual") == {
        "37", "38", "39", "40", "41"}
    assert counts_in(TB, "notice", r"Happy Losar (\d{4})") == {
        "2015", "2016", "2017", "2018", "2019", "2020"}
    # the deer opener moved from Monday to Saturday in 2019; the fair and a primary
    assert "Monday, Nov. 30: most county schools closed" in on(PA, "notice", d(2015, 11, 27))
    assert "Saturday, Nov. 30 this year" in on(PA, "notice", d(2019, 11, 27))
    assert "Saturday, Nov. 28" in on(PA, "notice", d(2020, 11, 25))
    assert "Perry County Fair 2018" in on(PA, "notice", d(2018, 8, 8))
    assert not days_with(PA, "notice", "Perry County Fair 2020")
    assert "canceled for 2020" in on(PA, "notice", d(2020, 8, 5))
    assert "moved from April 28 to June 2" in on(PA, "notice", d(2020, 3, 28))
    assert "Stay-at-home" in on(PA, "notice", d(2020, 4, 28))
    assert "Snow emergency" in on(PA, "notice", d(2016, 1, 23))
    # Hong Kong's postponed vote and gathering limit
    assert "押後" in on(HK, "notice", d(2020, 8, 15))
    assert "四人" in on(HK, "notice", d(2020, 4, 20))
    assert "39個選區" in on(HK, "notice", d(2019, 11, 25))
    assert "浯島迎城隍2020" in on(KM, "notice", d(2020, 5, 3))
    assert "Wood River" in on(SK, "avis", d(2016, 4, 1))
    assert "Saint-Jean-Baptiste" in on(SK, "avis", d(2017, 6, 24))
    assert "Restez chez vous" in on(SK, "avis", d(2020, 4, 1))
    # New Jersey: overseas voting suspended inside the stay-at-home order
    assert "재외투표소 운영 중단" in on(NJ, "notice", d(2020, 4, 2))
    assert "자택 대피령" in on(NJ, "notice", d(2020, 4, 10))
    assert "한가위" in on(NJ, "notice", d(2019, 9, 13))
    assert "재외선거" in on(NJ, "notice", d(2016, 4, 1))
    # Miyako: a typhoon outranks the governor's vote; the triathlon called off in 2020
    assert "台風24号" in on(MY, "notice", d(2018, 9, 29))
    assert "知事選挙" in on(MY, "notice", d(2018, 9, 26))
    assert "大会2019" in on(MY, "notice", d(2019, 4, 18))
    assert not days_with(MY, "notice", "大会2020")
    assert "今年は中止" in on(MY, "notice", d(2020, 2, 25))
    # the Navajo Nation's weekend lockdowns and daily curfew
    assert "57-hour" in on(NN, "notice", d(2020, 4, 11))
    assert "Daily curfew" in on(NN, "notice", d(2020, 4, 14))
    assert "Daily curfew" in on(NN, "notice", d(2020, 10, 3))
    assert "drive-through" in on(NN, "notice", d(2020, 11, 1))
    assert "Code Talkers" in on(NN, "notice", d(2017, 8, 14))
    assert "давтан санал хураалт" in on(MN, "zar", d(2017, 7, 5))
    assert "Цагаан сарын баярыг тэмдэглэхгүй" in on(MN, "zar", d(2020, 2, 24))
    assert "Сар шинэдээ" in on(MN, "zar", d(2019, 2, 5))
    assert "天穿日）2019" in on(HA, "notice", d(2019, 2, 24))
    assert "客家桐花祭2018" in on(HA, "notice", d(2018, 4, 25))
    assert "停辦" in on(HA, "notice", d(2020, 5, 2))
    assert "義民節2017" in on(HA, "notice", d(2017, 9, 9))
    assert "Band election 2018" in on(OJ, "notice", d(2018, 6, 10))
    assert not days_with(OJ, "notice", "Annual Traditional Powwow") & {
        day for day in every_day() if day.year == 2020}
    assert "Sikyong final" in on(TB, "notice", d(2016, 3, 18))
    assert "نورۇز" in on(UG, "notice", d(2018, 3, 21))
    assert "روزى ھېيتىڭىزغا" in on(UG, "notice", d(2019, 6, 4))
    assert "قۇربان" in on(UG, "notice", d(2017, 9, 1))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PA, "posted", d(2017, 6, 5), "12:00 am", "Updated"),
        (PA, "byline", d(2017, 6, 5), "By {author}", "{author_beat}"),
        (PA, "related", d(2018, 3, 5), "RELATED", "ALSO THIS WEEK"),
        (PA, "subscribe", d(2017, 1, 2), "$32", "$35"),
        (PA, "subscribe", d(2019, 1, 2), "$35", "$38"),
        (PA, "subscribe", d(2020, 4, 6), "$38", "e-Edition"),
        (PA, "statement", d(2019, 7, 4), "Wednesdays", "Thursdays"),
        (PA, "letters", d(2018, 1, 2), "350 words", "300 words"),
        (HK, "reporter", d(2018, 7, 2), "記者：", "｜圖："),
        (HK, "see-also", d(2018, 7, 2), "延伸閱讀", "睇埋"),
        (HK, "patron", d(2019, 9, 2), "贊助人", "繼續報道"),
        (HK, "views", d(2017, 1, 3), "本報立場", "個人意見"),
        (HK, "rights", d(2017, 1, 3), "© {year} 元朗墟報", "不得轉載"),
        (KM, "reporter", d(2018, 1, 1), "記者{author}", "〔記者"),
        (KM, "photo", d(2018, 1, 1), "（記者", "圖／"),
        (KM, "related", d(2018, 1, 1), "相關新聞", "延伸閱讀"),
        (KM, "rights", d(2019, 1, 2), "轉載請註明出處", "All Rights Reserved"),
        (SK, "auteur", d(2019, 4, 1), "Par {author}", "Initiative"),
        (SK, "a-lire", d(2017, 1, 9), "À lire aussi :", "À LIRE AUSSI |"),
        (SK, "membre", d(2020, 1, 6), "par année", "reçu fiscal"),
        (SK, "ijl", d(2019, 4, 1), "salle de rédaction", "Initiative de journalisme local"),
        (SK, "droits", d(2018, 9, 4), "Tous droits", "Reproduction interdite"),
        (NJ, "reporter", d(2018, 3, 5), "{author} 기자", "news@"),
        (NJ, "related", d(2019, 1, 7), "관련기사", "함께 보면"),
        (NJ, "photo", d(2018, 3, 5), "[사진", "사진 ="),
        (NJ, "rights", d(2017, 8, 7), "© 버겐한인저널", "저작권자"),
        (MY, "signed", d(2017, 4, 3), "（{author}）", "記者"),
        (MY, "price", d(2019, 10, 1), "1,950円", "2,000円"),
        (MY, "rights", d(2018, 1, 4), "無断転載を禁じます", "複製"),
        (NN, "byline", d(2018, 1, 8), "By {author}", "| The Chuska Echo"),
        (NN, "letters", d(2019, 7, 1), "400 words", "350 words"),
        (MN, "survaljlagch", d(2018, 5, 14), "Сурвалжлагч", "Сэтгүүлч"),
        (MN, "erh", d(2019, 1, 7), "© {year} Замын-Үүд Сонин", "эх сурвалжийг"),
        (HA, "credit", d(2018, 3, 5), "客家新聞", "客語播報"),
        (HA, "read", d(2019, 1, 1), "延伸閱讀", "相關報導"),
        (HA, "audio", d(2018, 3, 5), "收聽本則新聞", "海陸腔"),
        (OJ, "byline", d(2018, 4, 2), "Submitted by", "Band Communications"),
        (OJ, "deadline", d(2019, 1, 8), "15th", "10th"),
        (TB, "byline", d(2018, 2, 16), "By {author}", "རྩོམ་པ་པོ"),
        (UG, "muxbir", d(2019, 3, 21), "مۇخبىر", "Reporter"),
        (UG, "donate", d(2018, 11, 5), "volunteer translators", "tax-deductible")))
    assert_groups_reworded(SET, (
        (PA, "posted", "12:00 am", "Updated"),
        (HK, "see-also", "延伸閱讀", "睇埋"),
        (KM, "date", "中華民國", "（"),
        (SK, "date", "Publié le", " h "),
        (PA, "subscribe", "$32", "$38"),
    ))


def test_several_scripts_and_languages() -> None:
    assert_groups_in_script(SET, (
        (HK, "notice", HAN), (HK, "views", HAN), (KM, "address", HAN), (NJ, "rights", HANGUL),
        (NJ, "tip", "제보"), (MY, "rights", KANA), (MN, "zar", CYRILLIC),
        (MN, "surtalchilgaa", HAN), (HA, "thanks", "承蒙|恁仔細"), (TB, "tashi-delek", TIBETAN),
        (UG, "related", ARABIC), (UG, "source", ARABIC), (OJ, "miigwech", "Miigwech"),
        (NN, "ahehee", "Ahéhee'|Ahéhee’")))
    colloquial = [t for t in group_lines(SET, HK, "see-also") + group_lines(SET, HK, "notice")
                  if re.search(CANTONESE, t)]
    assert colloquial
    assert re.search(CANTONESE, on(HK, "notice", d(2020, 4, 1)))
    assert re.search(KANA, on(MY, "notice", QUIET))
    assert re.search(TIBETAN, on(TB, "notice", d(2019, 2, 5)))
    welcome = group_lines(SET, MY, "welcome")
    assert welcome and all("んみゃーち" in t for t in welcome)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PA}/posted", f"{PA}/byline", f"{PA}/related", f"{PA}/desk",
                         f"{NJ}/date", f"{PA}/notice", f"{HK}/date", f"{HK}/see-also",
                         f"{HK}/observatory", f"{KM}/date", f"{KM}/reporter", f"{SK}/date"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PA}/legal", f"{PA}/postmaster", f"{PA}/statement", f"{PA}/sister",
        f"{HK}/views", f"{HK}/rights", f"{KM}/address", f"{KM}/rights"))
    assert_carried_share(docs, PA, [
        ("posted", 0.6, 0.9), ("notice", 0.15, 0.45), ("related", 0.4, 0.7),
        ("correction", 0.0, 0.1), ("sister", 0.0, 0.2)])
    assert_carried_share(docs, HK, [("date", 0.65, 0.95), ("notice", 0.15, 0.45)])
    for fam in (f"{PA}/related", f"{HK}/see-also", f"{KM}/related"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{PA}/credit", f"{HK}/photo", f"{KM}/photo"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((PA, "credit"), (HK, "photo"), (KM, "photo"), (NJ, "photo"),
                               (MY, "photo"), (NN, "photo"), (HA, "audio"), (OJ, "see-also"),
                               (MN, "surtalchilgaa")))
    beats = {m[1] for t in group_lines(SET, PA, "byline")
             if (m := re.fullmatch(r"By .+ · (.+)", norm(t)))}
    assert beats and beats <= pool(SET, PA, "beat")
    towns = {m[1] for t in group_lines(SET, KM, "reporter")
             if (m := re.search(r"／(.+)報導", norm(t)))}
    assert len(towns) >= 3 and towns <= pool(SET, KM, "town")


def test_amounts_in_appeals_and_prices() -> None:
    for style, family, pattern, pool_name in (
            (HK, "patron", r"HK\$(\d+)", "hkd"),
            (KM, "subscribe", r"新臺幣(\d+)元", "ntd"),
            (SK, "membre", r"(\d+) \$ par année", "cad"),
            (TB, "donate", r"\$(\d+) a month", "cad"),
            (UG, "donate", r"\$(\d+) (?:donation|gift)", "usd")):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        amounts = [m[1] for t in lines if (m := re.search(pattern, t))]
        assert amounts and len(lines) - len(amounts) <= 2, (style, family)
        assert set(amounts) <= pool(SET, style, pool_name), (style, family, amounts)
    prices = {y: on(PA, "subscribe", d(y, 6, 1)) for y in range(2015, 2021)}
    assert "$32" in prices[2016] and "$35" in prices[2018] and "$38" in prices[2019]
    assert "$50 elsewhere" in prices[2020] and "e-Edition" in prices[2020]
    assert "1,950円" in on(MY, "price", d(2019, 9, 30))
    assert "2,000円" in on(MY, "price", d(2019, 10, 1))
    seen = {m[1] for t in group_lines(SET, PA, "subscribe")
            if (m := re.search(r"\$(\d+) a year", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PA, "correction"), (HK, "black-rain"), (KM, "fog"), (SK, "blizzard"),
        (NJ, "correction"), (MY, "water"), (NN, "boil-water"), (MN, "shuurga"),
        (HA, "typhoon"), (OJ, "washout"), (TB, "correction"), (UG, "venue")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{NN}/read-more", "READ MORE: "), (f"{MY}/kanren", "【関連記事】"),
        (f"{OJ}/see-also", "See also: "),
        (f"{MN}/holbootoi", "Холбоотой мэдээ: "),
        (f"{UG}/related", "مۇناسىۋەتلىك خەۋەر: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{PA}/related", ("RELATED: ", "ALSO THIS WEEK » ")),
                          (f"{HK}/see-also", ("延伸閱讀：", "👉 睇埋：")),
                          (f"{KM}/related", ("相關新聞：", "▸延伸閱讀》")),
                          (f"{SK}/a-lire", ("À lire aussi : ", "À LIRE AUSSI | ")),
                          (f"{NJ}/related", ("관련기사: ", "[함께 보면 좋은 기사] ")),
                          (f"{HA}/read", ("延伸閱讀：", "相關報導 ➤ "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (PA, "legal", "Legal notices printed in this newspaper also appear at "
                      "www.publicnoticepa.com at no extra charge."),
        (PA, "sister", "This story also appeared in our sister paper, the Juniata Valley "
                       "Sentinel."),
        (SK, "commentaires", "Les commentaires sont modérés. Les propos injurieux seront "
                             "supprimés."),
        (SK, "crtc", "Radio communautaire de langue française titulaire d'une licence du CRTC"),
        (HA, "funder", "本節目由客家委員會補助製作"),
        (HA, "thanks", "承蒙大家收聽，恁仔細！"),
        (TB, "volunteers", "Written and edited by volunteers of Toronto's Tibetan community."),
        (UG, "fair-use", "This page may contain copyrighted material used under the fair use "
                         "provisions of U.S. copyright law (17 U.S.C. § 107) for educational, "
                         "non-profit purposes.")))
    for style, family, pattern, pool_name in (
            (PA, "desk", r"^(.+)$", "desk"),
            (PA, "credit", r"^\((.+)\)$", "credit"),
            (HK, "column", r"^(.+)$", "column"),
            (HK, "photo", r"^圖：(.+)$", "photo"),
            (HK, "source", r"^（資料來源：(.+)）$", "source"),
            (SK, "rubrique", r"^(.+)$", "rubrique"),
            (NJ, "kicker", r"^(.+)$", "section_ko"),
            (NJ, "photo", r"^(?:\[사진 (.+)\]|/ 사진 = (.+))$", "photo"),
            (MY, "place", r"^【(.+)】$", "place"),
            (MY, "photo", r"^（写真提供・(.+)）$", "photo"),
            (NN, "dateline", r"^(.+) —$", "place"),
            (MN, "angilal", r"^(.+)$", "angilal"),
            (HA, "area", r"^(.+)$", "area"),
            (UG, "source", r"^مەنبە / Source: (.+)$", "source")):
        values = [next(g for g in m.groups() if g) for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PA, "legal", "Legal notices printed in this newspaper also appear at "
                      "www.publicnoticepa.com at no extra charge."),
        (PA, "postmaster", "POSTMASTER: Send address changes to P.O. Box 86, Loysville, PA "
                           "17047."),
        (HA, "funder", "本節目由客家委員會補助製作"),
        (KM, "address", "社址：金門縣金城鎮民權路00號 電話：(082)000-000 傳真：(082)000-001")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PA: (["subscribe", "statement", "postmaster"], 3),
        HK: (["views", "source", "rights"], 2), KM: (["subscribe", "rights", "address"], 2),
        SK: (["ijl", "commentaires", "droits", "crtc"], 3),
        NJ: (["tip", "ads", "rights"], 2), MY: (["price", "rights"], 2),
        NN: (["independent", "copyright"], 2), MN: (["zar", "erh"], 2),
        HA: (["thanks", "funder", "rights"], 2), OJ: (["miigwech", "disclaimer"], 2),
        TB: (["donate", "volunteers", "copyright"], 2),
        UG: (["source", "fair-use", "donate", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert PA in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
