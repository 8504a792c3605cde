"""The held-back-115 template set (`tests.bench.heldout_templates_115`): its localised dates
(printed day by day in Japanese by its eras, Korean, Chinese by the Republic of China's
years, English, Mongolian and Taiwanese, several changing form on the day of a redesign), the
lines that turn every day, week, two months or working day (an issue number skipping days
off, fine dust, the tugrik's rate, the plate restriction, sunrise and sunset, the broadcast a
story aired in, programmes by weekday, a library's hours, petrol prices, the receipt lottery,
weekly newsletters, charts, issues and words), the seasons, the notices it rewords by date,
the calendars some notices follow (votes and referendums, earthquakes, typhoons, floods, a
papal visit, a castle fire, a raw-coal ban, a flower expo, the lunar new year, Tsagaan Sar,
Ching Ming, the dragon boat and mid-autumn festivals, ghost month and Ukui, the lantern
festival, Seollal and Chuseok, the entrance exam, a film festival, Naadam, anniversaries
with their counts, the emergencies of 2020, events called off in 2020), the amounts in its
appeals and prices, the lines in several languages and scripts, the variation it promises,
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

from tests.bench.heldout_templates_115 import (
    BIFF,
    BS_KAKAO,
    BS_REDESIGN,
    CHING_MING,
    CHUSEOK,
    DK_PRICE,
    DK_REDESIGN,
    DRAGON_BOAT,
    FIRST_DAY,
    GHOST_MONTH,
    HK_APP,
    HK_FRIENDS,
    HK_REDESIGN,
    HL_APP,
    HL_MONTHLY,
    HL_REDESIGN,
    HS_KAKAO,
    HS_REDESIGN,
    LAST_DAY,
    LUNAR_NEW_YEAR,
    MID_AUTUMN,
    NA_LINE,
    NA_MEMBERS,
    NA_REDESIGN,
    NG_DIGITAL,
    NG_LINE,
    NG_REDESIGN,
    NG_TAX,
    OH_REDESIGN,
    OH_YOUTUBE,
    PROGRAMMES,
    REIWA,
    SEOLLAL,
    SUNEUNG,
    TC_LINE,
    TC_REDESIGN,
    TC_SUPPORT,
    TM_DONATE,
    TM_REDESIGN,
    TM_WHATSAPP,
    TN_LINE,
    TN_REDESIGN,
    TN_SUPPORT,
    TONIGHT,
    TSAGAAN_SAR,
    UB_REDESIGN,
    UB_TELEGRAM,
    UKUI,
    WORDS,
    abashiri_sun,
    chart_week,
    dk_issue,
    dust_level,
    invoice_draw,
    issue_number,
    library_hours,
    mnt_rate,
    newsletter_issue,
    paper_holiday,
    petrol_price,
    plate_restriction,
    roc_year,
    tm_issue,
    wareki,
    word_of_the_week,
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
    pool,
    rendered,
    template,
    wording_changes,
    wording_on,
)

SET = "held-back-115"
SITES = ("西海新聞", "남해일보", "大墩時報", "Kowloon Wave Radio", "Сэлбэ Мэдээ", "オホーツク放送",
         "해솔시", "洄瀾之聲", "屯門社區週報", "Дархан Өглөө", "FMやんばる波", "府城鬥陣報")
NG, BS, TC, HK = ("saikai-np.co.jp", "namhaeilbo.co.kr", "dadunshibao.com.tw",
                  "kowloonwave.hk")
UB, OH, HS, HL = ("selbemedee.mn", "ohk-tv.jp", "haesol.go.kr", "huilanradio.org.tw")
TM, DK, NA, TN = ("tuenmunweekly.hk", "darkhanuglu.mn", "fm-yanbarunami.jp", "hoosiann.tw")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day with their year (every one from the first day).
DAILY = ((NG, "hizuke"), (BS, "nalja"), (TC, "riqi"), (HK, "dated"), (UB, "ognoo"),
         (HS, "nalja"), (HL, "riqi"), (TM, "riqi"), (DK, "ognoo"), (NA, "hizuke"),
         (TN, "riqi"))
# The lines that name the day, and so turn every day (some without the year).
EVERY_DAY = ((NG, "shimen"), (BS, "misemeonji"), (OH, "hizuke"), (OH, "hoso"),
             (OH, "hinode"), (HS, "doseogwan"), (NA, "bangumi"), (UB, "dugaar"),
             (HK, "tonight"))
# The lines that turn every week, on the weekday given.
WEEKLY = ((TC, "youjia", 0), (HS, "sosik", 0), (HL, "paihang", 4), (TM, "qishu", 4),
          (DK, "dugaar", 2), (TN, "taigi", 0))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((NG, "oshirase"), (BS, "allim"), (TC, "gonggao"), (HK, "notice"),
           (UB, "medegdel"), (OH, "oshirase"), (HS, "allim"), (HL, "gonggao"),
           (TM, "gonggao"), (DK, "medegdel"), (NA, "oshirase"), (TN, "gonggao"))
SEASONAL = ((NG, "kisetsu"), (BS, "gyejeol"), (TC, "jijie"), (HK, "season"), (UB, "uliral"),
            (OH, "kisetsu"), (HS, "gyejeol"), (HL, "jijie"), (TM, "jijie"), (DK, "uliral"),
            (NA, "kisetsu"), (TN, "jijie"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 3, 10)
FIRST_WORDINGS = {
    NG: "速報は西海新聞の公式Twitterでもお届けしています",
    BS: "남해일보를 페이스북과 트위터에서도 만나 보세요",
    TC: "追蹤大墩時報粉絲專頁，掌握中台灣即時新聞",
    HK: "Follow Kowloon Wave Radio on Facebook and Twitter",
    UB: "Манай фэйсбүүк хуудсыг дагаж, мэдээг цаг алдалгүй аваарай",
    OH: "ohkニュースの公式Twitterをフォローしてください",
    HS: "해솔시 공식 블로그와 인스타그램에서 시정 소식을 만나 보세요",
    HL: "按讚洄瀾之聲臉書粉專，節目消息不漏接",
    TM: "讚好我哋Facebook專頁：屯門社區週報",
    DK: "Дархан Өглөө сонины фэйсбүүк хуудсыг дагаарай",
    NA: "リクエストやメッセージはFAXまたはメールでお寄せください",
    TN: "Facebook 揣阮：搜尋「府城鬥陣報」",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)

YEARS = {str(y) for y in range(2015, 2021)}


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    cases = DAILY + EVERY_DAY + tuple((s, f) for s, f, _ in WEEKLY) + BANNERS + SEASONAL
    assert_look_ups_agree(SET, cases + ((TC, "fapiao"), (UB, "khansh")), (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 4, 26), d(2018, 3, 10), d(2019, 4, 30),
        REIWA, d(2019, 9, 12), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert wareki(d(2016, 3, 5)) == "平成28年" and wareki(d(2019, 4, 30)) == "平成31年"
    assert wareki(REIWA) == "令和元年" and wareki(d(2020, 6, 1)) == "令和2年"
    assert roc_year(d(2015, 1, 1)) == 104 and roc_year(d(2020, 12, 31)) == 109
    assert invoice_draw(d(2019, 6, 21)) == (d(2019, 5, 25), 3, 4)
    assert invoice_draw(d(2019, 1, 24)) == (d(2018, 11, 25), 9, 10)
    assert invoice_draw(d(2019, 1, 25)) == (d(2019, 1, 25), 11, 12)
    assert invoice_draw(d(2019, 12, 31)) == (d(2019, 11, 25), 9, 10)
    assert paper_holiday(d(2019, 1, 2)) and paper_holiday(d(2019, 6, 10))
    assert not paper_holiday(d(2019, 6, 3)) and issue_number(d(2019, 6, 10)) is None
    assert plate_restriction(d(2019, 6, 17)) == (1, 6) and plate_restriction(
        d(2019, 6, 21)) == (5, 0) and plate_restriction(d(2019, 6, 22)) is None
    assert library_hours(d(2019, 6, 17)) is None  # a Monday
    assert library_hours(iso(CHUSEOK[2019])) is None and library_hours(d(2019, 6, 22))
    rise, fall = abashiri_sun(d(2019, 6, 21))
    assert rise.startswith("3:3") and fall.startswith("19:1")
    rise, fall = abashiri_sun(d(2019, 12, 21))
    assert rise.startswith("6:") and fall.startswith("15:")
    issues = [n for day in every_day() if (n := issue_number(day)) is not None]
    assert issues == list(range(issues[0], issues[0] + len(issues)))
    holidays = [day for day in every_day() if paper_holiday(day)]
    assert len(holidays) == 6 * 12 and all(day.weekday() == 0 or day.day == 2
                                           for day in holidays)
    for day in every_day():
        week = day + 7 * one
        assert newsletter_issue(week) == newsletter_issue(day) + 1
        assert chart_week(week) == chart_week(day) + 1
        assert tm_issue(week)[0] == tm_issue(day)[0] + 1 and tm_issue(day)[1].weekday() == 4
        number, total, wednesday = dk_issue(day)
        assert wednesday.weekday() == 2 and 1 <= number <= 53 and day - wednesday < 7 * one
        assert dk_issue(week)[1] == total + 1
        assert word_of_the_week(week) != word_of_the_week(day)
        assert 18.0 <= petrol_price(day) <= 33.0
        assert 1850 <= mnt_rate(day) <= 2900
    assert {dust_level(day) for day in every_day()} == {"좋음", "보통", "나쁨", "매우나쁨"}
    assert {word_of_the_week(day) for day in every_day()} == set(WORDS)


def test_localised_dates_and_times() -> None:
    old, new, late = d(2016, 3, 5), d(2019, 6, 21), d(2020, 6, 19)  # a Saturday, two Fridays

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(NG, "hizuke", old, "2016年（平成28年）3月5日 土曜日")
    full(NG, "hizuke", new, "2019年（令和元年）6月21日 金曜日")
    full(NG, "hizuke", late, r"2020/06/19 \d\d:\d\d 更新")
    full(NG, "shimen", new, r"朝刊 6月21日付 第\d{5}号")
    full(NG, "shimen", d(2019, 6, 10), "6月10日は新聞休刊日です。電子版・ニュースサイトは"
                                       "通常どおり更新します")
    full(BS, "nalja", old, r"입력 : 2016-03-05 \d\d:\d\d")
    full(BS, "nalja", new, r"기사입력 2019\.06\.21\(금\) \d\d:\d\d")
    full(BS, "misemeonji", new, r"😷 오늘\(6월 21일 금\) 부산 미세먼지 예보: "
                                r"(좋음|보통|나쁨|매우나쁨)")
    full(TC, "riqi", old, "中華民國105年3月5日 星期六")
    full(TC, "riqi", new, r"2019/06/21 \d\d:\d\d")
    full(TC, "youjia", new, r"⛽ 本週油價（6/17起）：92無鉛 \d\d\.\d元、95無鉛 \d\d\.\d元、"
                            r"98無鉛 \d\d\.\d元、超級柴油 \d\d\.\d元")
    full(TC, "fapiao", new, "🧾 統一發票108年03-04月中獎號碼 （5月25日開獎）")
    full(TC, "fapiao", d(2019, 1, 30), "🧾 統一發票107年11-12月中獎號碼 （1月25日開獎）")
    full(HK, "dated", old, r"Posted: 05 Mar 2016 \| \d\d:\d\d HKT")
    full(HK, "dated", new, r"21 Jun 2019 · 星期五 · \d\d:\d\d HKT")
    full(HK, "tonight", new, r"📻 Tonight \(Friday\) on Wave One at 8pm: Friday Sport Review")
    full(UB, "ognoo", old, "Нийтэлсэн: 2016.03.05")
    full(UB, "ognoo", new, r"2019 оны 6 сарын 21, Баасан \d\d:\d\d")
    full(UB, "khansh", old, r"💱 Монголбанкны албан ханш \(03\.04\): 1 ам\.доллар = "
                            r"[12],\d{3}\.\d\d₮")
    full(UB, "dugaar", new, r"🚗 Өнөөдөр \(Баасан\) 5, 0 дугаараар төгссөн автомашин "
                            "хөдөлгөөнд оролцохгүй")
    full(OH, "hizuke", old, "2016年3月5日（土）")
    full(OH, "hizuke", new, r"6月21日 \d\d:\d\d 配信")
    full(OH, "hoso", old, "この内容は3月5日（土）の「週末ohkニュース」で放送しました")
    full(OH, "hoso", new, "この内容は6月21日（金）の「ohkイブニング」で放送しました")
    full(OH, "hinode", new, r"🌅 6月21日 網走の日の出 3:3\d　日の入り 19:1\d")
    full(HS, "nalja", old, r"작성일 : 2016-03-05 \| 조회수 : \d+")
    full(HS, "nalja", new, r"등록일 2019\.06\.21 · 조회 \d+")
    full(HS, "doseogwan", old, r"📚 해솔시립도서관 오늘 3\.5\.\(토\) 자료실 09:00~18:00")
    full(HS, "doseogwan", d(2019, 6, 17), r"📚 해솔시립도서관 오늘 6\.17\.\(월\) 휴관일입니다")
    full(HS, "sosik", new, r"📰 주간 해솔소식 제\d{3}호 \(6월 17일 발행\)")
    full(HL, "riqi", old, r"2016/03/05 \d\d:\d\d")
    full(HL, "riqi", d(2019, 9, 6), "108.9.6 週五")
    full(HL, "paihang", new, r"🎵 洄瀾排行榜 第\d{3}週（6/21公布）")
    full(TM, "riqi", old, "2016年3月5日")
    full(TM, "riqi", new, "21/06/2019（星期五）")
    full(TM, "qishu", new, r"第\d{3}期｜2019年6月21日（星期五）出版")
    full(DK, "ognoo", old, "2016-03-05")
    full(DK, "ognoo", new, "2019.06.21, Баасан гараг")
    full(DK, "dugaar", new, r"№ 25 \(\d{4}\) · 2019 оны 6 сарын 19")
    full(NA, "hizuke", old, "2016年3月5日（土）")
    full(NA, "hizuke", new, r"6/21\(金\) 更新")
    full(NA, "bangumi", new, "📻 きょう6月21日（金）のおすすめ番組：金曜リクエスト")
    full(TN, "riqi", old, "2016年3月5日")
    full(TN, "riqi", new, "2019 nî 6 gue̍h 21 ji̍t, Pài-gōo")
    full(TN, "taigi", new, r"📖 Tsit lé-pài ê Tâi-gí 這禮拜的台語：.+ [a-zA-Zâ-ūÀ-ž̍-]+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert ("平成" in on(NG, "hizuke", day)) == (day < REIWA)
        assert ("令和" in on(NG, "hizuke", day)) == (REIWA <= day < NG_REDESIGN)
        assert on(NG, "hizuke", day).endswith("更新") == (day >= NG_REDESIGN)
        assert on(BS, "nalja", day).startswith("입력") == (day < BS_REDESIGN)
        assert on(TC, "riqi", day).startswith("中華民國") == (day < TC_REDESIGN)
        assert on(HK, "dated", day).startswith("Posted") == (day < HK_REDESIGN)
        assert on(UB, "ognoo", day).startswith("Нийтэлсэн") == (day < UB_REDESIGN)
        assert on(OH, "hizuke", day).endswith("配信") == (day >= OH_REDESIGN)
        assert on(HS, "nalja", day).startswith("작성일") == (day < HS_REDESIGN)
        assert ("週" in on(HL, "riqi", day)) == (day >= HL_REDESIGN)
        assert ("星期" in on(TM, "riqi", day)) == (day >= TM_REDESIGN)
        assert ("гараг" in on(DK, "ognoo", day)) == (day >= DK_REDESIGN)
        assert on(NA, "hizuke", day).endswith("更新") == (day >= NA_REDESIGN)
        assert (" nî " in on(TN, "riqi", day)) == (day >= TN_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    this_year = [day for day in every_day() if day.year == 2019]
    assert len({on(OH, "hizuke", day) for day in this_year}) == len(this_year)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in EVERY_DAY:
        assert len(changes(domain, family)) == len(every_day()) - 1, (domain, family)
    for domain, family, weekday in WEEKLY:
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    turned = changes(UB, "khansh")
    assert len(turned) >= 1500 and all(day.weekday() < 5 for day in turned)
    turned = changes(TC, "fapiao")
    assert len(turned) == 36 and all(day.day == 25 and day.month % 2 for day in turned)
    for day in every_day():
        assert f"{mnt_rate(day):,.2f}₮" in on(UB, "khansh", day)
        assert f"{petrol_price(day):.1f}元" in on(TC, "youjia", day)
        assert (library_hours(day) or "휴관") in on(HS, "doseogwan", day)
        assert TONIGHT[day.weekday()] in on(HK, "tonight", day)
        assert PROGRAMMES[day.weekday()] in on(NA, "bangumi", day)
        assert word_of_the_week(day) in on(TN, "taigi", day)
        assert f"第{tm_issue(day)[0]}期" in on(TM, "qishu", day)
        assert f"제{newsletter_issue(day)}호" in on(HS, "sosik", day)
        assert f"第{chart_week(day)}週" in on(HL, "paihang", day)
        number = issue_number(day)
        assert (f"第{number}号" if number else "休刊日") in on(NG, "shimen", day)
        assert dust_level(day) in on(BS, "misemeonji", day)
        assert " ".join(abashiri_sun(day)[:1]) in on(OH, "hinode", day)
        digits = plate_restriction(day)
        assert (f"{digits[0]}, {digits[1]} " if digits else "хязгаарлалтгүй") in on(
            UB, "dugaar", day)
    assert {t for day in every_day() for t in TONIGHT if t in on(HK, "tonight", day)} == set(
        TONIGHT)


def test_the_seasons() -> None:
    for y in range(2015, 2021):
        assert "梅雨" in on(NG, "kisetsu", d(y, 7, 1)) and "台風" in on(NG, "kisetsu",
                                                                      d(y, 9, 1))
        assert "해수욕장" in on(BS, "gyejeol", d(y, 8, 1))
        assert "황사" in on(BS, "gyejeol", d(y, 4, 1))
        assert "颱風季" in on(TC, "jijie", d(y, 8, 1)) and "櫻花" in on(TC, "jijie",
                                                                       d(y, 3, 1))
        assert "Typhoon" in on(HK, "season", d(y, 8, 1))
        assert "Dry season" in on(HK, "season", d(y, 12, 1))
        assert "Утааны" in on(UB, "uliral", d(y, 1, 15)) and "шороон" in on(UB, "uliral",
                                                                          d(y, 4, 1))
        assert "流氷" in on(OH, "kisetsu", d(y, 2, 15)) and "冬道" in on(OH, "kisetsu",
                                                                       d(y, 12, 1))
        assert "김장철" in on(HS, "gyejeol", d(y, 12, 1))
        assert "賞鯨" in on(HL, "jijie", d(y, 5, 1)) and "東北季風" in on(HL, "jijie",
                                                                         d(y, 12, 1))
        assert "蝴蝶灣" in on(TM, "jijie", d(y, 7, 1))
        assert "Ургац" in on(DK, "uliral", d(y, 9, 10)) and "тариалалт" in on(DK, "uliral",
                                                                             d(y, 5, 10))
        assert "梅雨明け" in on(NA, "kisetsu", d(y, 7, 10)) and "さくら" in on(NA, "kisetsu",
                                                                           d(y, 2, 1))
        assert "芒果" in on(TN, "jijie", d(y, 6, 1)) and "虱目魚" in on(TN, "jijie",
                                                                       d(y, 11, 1))
    for domain, family in SEASONAL:
        assert 2 <= len({on(domain, family, day) for day in every_day()}) <= 4, domain


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    # Nagasaki: five votes, the earthquake, the heritage, the Pope, floods, typhoon, festivals
    for day, word in (("2016-07-10", "参院選"), ("2017-10-22", "衆院選"),
                      ("2018-02-04", "知事選"), ("2019-04-07", "県議選"),
                      ("2019-07-21", "参院選")):
        assert word in on(NG, "oshirase", iso(day)), day
    assert "熊本地震" in on(NG, "oshirase", d(2016, 4, 20))
    assert "世界遺産" in on(NG, "oshirase", d(2018, 7, 2))
    assert "教皇" in on(NG, "oshirase", d(2019, 11, 24))
    assert "緊急事態" in on(NG, "oshirase", d(2020, 5, 1))
    assert "豪雨" in on(NG, "oshirase", d(2020, 7, 6))
    assert "台風10号" in on(NG, "oshirase", d(2020, 9, 6))
    assert counts_in(NG, "oshirase", r"被爆(\d+)年") == {str(n) for n in range(70, 76)}
    assert counts_in(NG, "oshirase", r"創刊(\d+)周年") == {str(n) for n in range(126, 132)}
    assert counts_in(NG, "oshirase", r"ランタンフェスティバル(\d{4})") == YEARS
    assert counts_in(NG, "oshirase", r"くんち(\d{4})") == YEARS - {"2020"}
    assert "中止" in on(NG, "oshirase", d(2020, 10, 7))
    # Busan: four votes, two typhoons, the summit, the exam, the film festival, the holidays
    for day in ("2016-04-13", "2017-05-09", "2018-06-13", "2020-04-15"):
        assert "개표" in on(BS, "allim", iso(day)), day
    assert "차바" in on(BS, "allim", d(2016, 10, 5))
    assert "정상회의" in on(BS, "allim", d(2019, 11, 26))
    assert "마이삭" in on(BS, "allim", d(2020, 9, 3))
    for y, day in SUNEUNG.items():
        assert "수능" in on(BS, "allim", iso(day)), y
    assert "포항" in on(BS, "allim", iso(SUNEUNG[2017]))
    assert counts_in(BS, "allim", r"제(\d+)회 부산국제영화제") == {str(y - 1995) for y in BIFF}
    for y in range(2015, 2021):
        assert "설 연휴" in on(BS, "allim", iso(SEOLLAL[y])), y
        assert "추석 연휴" in on(BS, "allim", iso(CHUSEOK[y])), y
    assert "선별진료소" in on(BS, "allim", d(2020, 6, 1))
    # Taichung: three votes, two earthquakes, masks, the holidays, Mazu, the expo
    for day in ("2016-01-16", "2018-11-24", "2020-01-11"):
        assert "開票" in on(TC, "gonggao", iso(day)), day
    assert "南台灣" in on(TC, "gonggao", d(2016, 2, 10))
    assert "花蓮" in on(TC, "gonggao", d(2018, 2, 8))
    assert "口罩" in on(TC, "gonggao", d(2020, 4, 15))
    assert counts_in(TC, "gonggao", r"(\d{4})春節") == YEARS
    assert counts_in(TC, "gonggao", r"(\d{4})大甲媽祖") == YEARS - {"2020"}
    assert "延期" in on(TC, "gonggao", d(2020, 3, 26))
    for y in range(2015, 2021):
        assert "普渡" in on(TC, "gonggao", iso(GHOST_MONTH[y])), y
        assert "中秋" in on(TC, "gonggao", iso(MID_AUTUMN[y])), y
    assert counts_in(TC, "gonggao", r"升格(\d+)週年") == {str(n) for n in range(5, 11)}
    assert "花卉博覽會" in on(TC, "gonggao", d(2019, 3, 1))
    # Kowloon: four votes, two typhoons, MTR closures, 2020, the festivals, the anniversary
    for day in ("2015-11-22", "2016-09-04", "2018-03-11", "2019-11-24"):
        assert "results" in on(HK, "notice", iso(day)), day
    assert "Hato" in on(HK, "notice", d(2017, 8, 23))
    assert "Mangkhut" in on(HK, "notice", d(2018, 9, 17))
    assert "MTR" in on(HK, "notice", d(2019, 10, 6))
    assert "special work" in on(HK, "notice", d(2020, 2, 10))
    assert "postponed" in on(HK, "notice", d(2020, 8, 15))
    assert "gatherings" in on(HK, "notice", d(2020, 10, 15))
    assert counts_in(HK, "notice", r"Lunar New Year (\d{4})") == YEARS
    assert counts_in(HK, "notice", r"Tuen Ng (\d{4})") == YEARS
    assert counts_in(HK, "notice", r"HKSAR (\d+\w\w) anniversary") == {
        "18th", "19th", "20th", "21st", "22nd", "23rd"}
    for y in range(2015, 2021):
        assert "Ching Ming" in on(HK, "notice", iso(CHING_MING[y])), y
        assert "Mid-Autumn" in on(HK, "notice", iso(MID_AUTUMN[y])), y
    # Ulaanbaatar: five votes, the coal ban, the closures, Tsagaan Sar, Naadam, independence
    for day in ("2016-06-29", "2017-06-26", "2017-07-07", "2020-06-24", "2020-10-15"):
        assert "сонгуул" in on(UB, "medegdel", iso(day)), day
    assert "хоёр дахь шат" in on(UB, "medegdel", d(2017, 7, 6))
    assert "нүүрс" in on(UB, "medegdel", d(2019, 5, 20))
    assert "Сургууль" in on(UB, "medegdel", d(2020, 3, 15))
    assert "бэлэн байдал" in on(UB, "medegdel", d(2020, 11, 20))
    for y, day in TSAGAAN_SAR.items():
        assert "Сар шин" in on(UB, "medegdel", iso(day)), y
    assert counts_in(UB, "medegdel", r"хувьсгалын (\d+) жилийн") == {
        str(n) for n in range(94, 99)}
    assert "үзэгчгүй" in on(UB, "medegdel", d(2020, 7, 11))
    assert counts_in(UB, "medegdel", r"сэргээсний (\d+) жилийн") == {
        str(n) for n in range(104, 110)}
    # Okhotsk: four votes, a typhoon, the blackout, two emergencies, the festival, New Year
    for day in ("2016-07-10", "2017-10-22", "2019-04-07", "2019-07-21"):
        assert "開票特番" in on(OH, "oshirase", iso(day)), day
    assert "台風10号" in on(OH, "oshirase", d(2016, 8, 31))
    assert "停電" in on(OH, "oshirase", d(2018, 9, 7))
    assert "北海道独自" in on(OH, "oshirase", d(2020, 3, 1))
    assert "緊急事態宣言" in on(OH, "oshirase", d(2020, 5, 1))
    assert counts_in(OH, "oshirase", r"第(\d+)回あばしり") == {str(n) for n in range(50, 55)}
    assert "縮小" in on(OH, "oshirase", d(2020, 2, 8))
    assert "年末年始" in on(OH, "oshirase", d(2018, 1, 1))
    # Haesol: four votes, the drills, the holidays, citizens' day, the clinics
    for day in ("2016-04-13", "2017-05-09", "2018-06-13", "2020-04-15"):
        assert "선거일" in on(HS, "allim", iso(day)), day
    assert "을지훈련" in on(HS, "allim", d(2016, 8, 23))
    assert "을지훈련" in on(HS, "allim", d(2019, 5, 28))
    for y in range(2015, 2021):
        assert "설 연휴" in on(HS, "allim", iso(SEOLLAL[y])), y
        assert "추석 연휴" in on(HS, "allim", iso(CHUSEOK[y])), y
    assert counts_in(HS, "allim", r"제(\d+)회 해솔시민의 날") == {str(n) for n in range(20, 26)}
    assert "선별진료소" in on(HS, "allim", d(2020, 6, 1))
    # Hualien: three votes, two typhoons, the earthquake, the highway, Ilisin, the new year
    for day in ("2016-01-16", "2018-11-24", "2020-01-11"):
        assert "開票" in on(HL, "gonggao", iso(day)), day
    assert "尼伯特" in on(HL, "gonggao", d(2016, 7, 8))
    assert "梅姬" in on(HL, "gonggao", d(2016, 9, 27))
    assert "0206" in on(HL, "gonggao", d(2018, 2, 10))
    assert "蘇花改" in on(HL, "gonggao", d(2020, 1, 7))
    assert "防疫" in on(HL, "gonggao", d(2020, 5, 1))
    assert counts_in(HL, "gonggao", r"(\d{4})阿美族") == YEARS - {"2020"}
    assert "縮小" in on(HL, "gonggao", d(2020, 7, 18))
    assert counts_in(HL, "gonggao", r"(\d{4})新春") == YEARS
    # Tuen Mun: three votes, Mangkhut, the closures, the festivals (the races off in 2020)
    for day in ("2015-11-22", "2016-09-04", "2019-11-24"):
        assert "選舉" in on(TM, "gonggao", iso(day)), day
    assert "山竹" in on(TM, "gonggao", d(2018, 9, 20))
    assert "暫停開放" in on(TM, "gonggao", d(2020, 3, 1))
    for y in range(2015, 2021):
        assert "恭喜發財" in on(TM, "gonggao", iso(LUNAR_NEW_YEAR[y])), y
        assert "中秋" in on(TM, "gonggao", iso(MID_AUTUMN[y])), y
    for y in range(2015, 2020):
        assert "清明節" in on(TM, "gonggao", iso(CHING_MING[y])), y
    assert counts_in(TM, "gonggao", r"(\d{4})屯門龍舟") == YEARS - {"2020"}
    assert "取消" in on(TM, "gonggao", iso(DRAGON_BOAT[2020]))
    # Darkhan: four votes, the lockdown, Tsagaan Sar, the city's birthday
    for day in ("2016-06-29", "2017-06-26", "2020-06-24", "2020-10-15"):
        assert "сонгууль" in on(DK, "medegdel", iso(day)), day
    assert "хөл хорио" in on(DK, "medegdel", d(2020, 11, 20))
    for y, day in TSAGAAN_SAR.items():
        assert "Сар шинэ" in on(DK, "medegdel", iso(day)), y
    assert counts_in(DK, "medegdel", r"хот (\d+) насны") == {str(n) for n in range(54, 60)}
    # Nago: five votes, the castle fire, two emergencies, reversion, memorial day, Ukui
    for day in ("2018-02-04", "2018-09-30", "2019-02-24", "2019-04-21", "2019-07-21"):
        assert "🗳️" in on(NA, "oshirase", iso(day)), day
    assert "県民投票" in on(NA, "oshirase", d(2019, 2, 23))
    assert "首里城" in on(NA, "oshirase", d(2019, 11, 5))
    assert "緊急事態" in on(NA, "oshirase", d(2020, 5, 1))
    assert "緊急事態" in on(NA, "oshirase", d(2020, 8, 15))
    assert counts_in(NA, "oshirase", r"復帰(\d+)年") == {str(n) for n in range(43, 49)}
    assert counts_in(NA, "oshirase", r"終結から(\d+)年") == {str(n) for n in range(70, 76)}
    for y in range(2015, 2020):
        assert "旧盆" in on(NA, "oshirase", iso(UKUI[y])), y
    # Tainan: two votes, the 2016 earthquake, the beehive fireworks, the new year
    assert "開票" in on(TN, "gonggao", d(2018, 11, 24))
    assert "開票" in on(TN, "gonggao", d(2020, 1, 11))
    assert "維冠" in on(TN, "gonggao", d(2016, 2, 10))
    assert counts_in(TN, "gonggao", r"(\d{4})鹽水蜂炮") == YEARS
    assert "Sin-nî" in on(TN, "gonggao", iso(LUNAR_NEW_YEAR[2019]))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (NG, "kisha", NG_REDESIGN, "（{author}）", "文・写真"),
        (NG, "koudokuryo", NG_TAX, "3,093", "3,150"),
        (NG, "denshiban", NG_DIGITAL, "追加料金", "1,980"),
        (NG, "oshirase", NG_LINE, "Twitter", "LINE"),
        (BS, "gija", BS_REDESIGN, "{author} 기자", "[남해일보]"),
        (BS, "gudok", d(2017, 3, 1), "15,000", "18,000"),
        (BS, "gudok", d(2020, 1, 1), "18,000", "20,000"),
        (BS, "allim", BS_KAKAO, "페이스북", "카카오톡"),
        (TC, "jizhe", TC_REDESIGN, "／台中報導", "〔記者"),
        (TC, "dingyue", d(2019, 1, 1), "3,600", "4,200"),
        (TC, "zanzhu", TC_SUPPORT, "小額", "NT$150"),
        (TC, "gonggao", TC_LINE, "粉絲專頁", "LINE"),
        (HK, "byline", HK_REDESIGN, "By {author}", "Edited by"),
        (HK, "friends", HK_FRIENDS, "HK$50", "HK$68"),
        (HK, "notice", HK_APP, "Facebook", "app"),
        (UB, "setguulch", UB_REDESIGN, "{author}", "Сурвалжлагч"),
        (UB, "zakhialga", d(2018, 1, 1), "12,000₮", "15,000₮"),
        (UB, "medegdel", UB_TELEGRAM, "фэйсбүүк", "Telegram"),
        (OH, "oshirase", OH_YOUTUBE, "Twitter", "YouTube"),
        (HS, "allim", HS_KAKAO, "블로그", "카카오톡"),
        (HL, "zuozhe", HL_REDESIGN, "撰稿／", "採訪／"),
        (HL, "juankuan", HL_MONTHLY, "金額不拘", "NT$200"),
        (HL, "gonggao", HL_APP, "臉書", "App"),
        (TM, "zuozhe", TM_REDESIGN, "記者：", "文："),
        (TM, "juankuan", TM_DONATE, "HK$30", "HK$50"),
        (TM, "gonggao", TM_WHATSAPP, "Facebook", "WhatsApp"),
        (DK, "zakhialga", DK_PRICE, "48,000₮", "60,000₮"),
        (DK, "medegdel", d(2019, 9, 1), "фэйсбүүк", "мессенжер"),
        (NA, "kaiin", NA_MEMBERS, "3,000円", "3,600円"),
        (NA, "oshirase", NA_LINE, "FAX", "LINE"),
        (TN, "zanzhu", TN_SUPPORT, "NT$50", "NT$100"),
        (TN, "gonggao", TN_LINE, "Facebook", "LINE")))
    assert_groups_reworded(SET, (
        (NG, "hizuke", "（平成", "更新"),
        (BS, "nalja", "입력 :", "기사입력"),
        (TC, "riqi", "中華民國", "/"),
        (HK, "dated", "Posted:", "星期"),
        (UB, "ognoo", "Нийтэлсэн", " оны "),
        (NG, "kisha", "（", "文・写真"),
    ))


def test_several_languages_and_scripts() -> None:
    cjk = r"[\u3040-\u30ff\u4e00-\u9fff]"
    hangul = r"[\uac00-\ud7a3]"
    assert_groups_in_script(SET, (
        (NG, "hizuke", r"[年/]"), (NG, "oshirase", cjk), (OH, "hoso", cjk), (NA, "oshirase", cjk),
        (BS, "nalja", r"입력"), (BS, "allim", hangul), (HS, "allim", hangul),
        (HS, "manjok", hangul), (TC, "gonggao", cjk), (HL, "gonggao", cjk),
        (TM, "gonggao", cjk), (UB, "medegdel", r"[а-яөү]"), (DK, "medegdel", r"[а-яөү]"),
        (DK, "bichig", r"[\u1800-\u18af]")))
    assert any("令和" in t for t in group_lines(SET, NG, "hizuke"))
    assert any("星期" in t for t in group_lines(SET, HK, "dated"))
    assert any(re.search(r"[ʼ̍]|gue̍h", t) for t in group_lines(SET, TN, "riqi"))
    assert all("Tâi-gí" in t for t in group_lines(SET, TN, "taigi"))
    assert any("Nga'ay" in t for t in group_lines(SET, HL, "nga-ay"))
    assert any("はいさい" in t for t in group_lines(SET, NA, "aisatsu"))
    assert all(re.search(r"[A-Za-z]", t) for t in group_lines(SET, HK, "live"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{NG}/hizuke", f"{NG}/kisha", f"{NG}/kanren", f"{NG}/kubun",
                         f"{NG}/kyoku", f"{NG}/chosakuken", f"{BS}/nalja", f"{BS}/gwallyeon",
                         f"{BS}/gija", f"{TC}/riqi", f"{TC}/yanshen", f"{TC}/jizhe"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{BS}/jebo", f"{HS}/manjok", f"{HK}/live", f"{HK}/fairuse", f"{UB}/erkh",
        f"{UB}/surtalchilgaa", f"{HK}/copyright"))
    assert_carried_share(docs, NG, [
        ("hizuke", 0.7, 0.97), ("chosakuken", 0.2, 0.6), ("kanren", 0.3, 0.72),
        ("owabi", 0.0, 0.1), ("oshirase", 0.15, 0.5)])
    assert_carried_share(docs, BS, [("nalja", 0.7, 0.97), ("jeongjeong", 0.0, 0.15)])
    for fam in (f"{NG}/kanren", f"{BS}/gwallyeon", f"{TC}/yanshen"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{NG}/shashin", f"{BS}/sajin", f"{TC}/tupian"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((NG, "shashin"), (BS, "sajin"), (TC, "tupian"), (HK, "photo"),
                               (HK, "listen"), (UB, "zurag"), (OH, "eizo"), (HS, "gwallyeon"),
                               (HS, "sajin"), (HL, "xiangguan"), (HL, "zhaopian"),
                               (TM, "ganxingqu"), (TM, "xiangpian"), (DK, "unshaarai"),
                               (NA, "kanren"), (TN, "koh-khuann")))
    districts = {m[1] for t in group_lines(SET, TC, "jizhe")
                 if (m := re.fullmatch(r"〔記者.+／(.+)報導〕", norm(t)))}
    assert districts and districts <= pool(SET, TC, "qu")


def test_amounts_in_appeals_and_prices() -> None:
    assert "15,000원" in on(BS, "gudok", d(2016, 6, 1))
    assert "20,000원" in on(BS, "gudok", d(2020, 6, 1))
    assert "3,093円" in on(NG, "koudokuryo", d(2018, 6, 1))
    assert "1,980円" in on(NG, "denshiban", d(2020, 6, 1))
    assert "NT$3,600" in on(TC, "dingyue", d(2017, 6, 1))
    assert "NT$4,200" in on(TC, "dingyue", d(2020, 6, 1))
    assert "HK$68" in on(HK, "friends", d(2020, 6, 1))
    assert "15,000₮" in on(UB, "zakhialga", d(2019, 6, 1))
    assert "60,000₮" in on(DK, "zakhialga", d(2020, 6, 1))
    assert "3,600円" in on(NA, "kaiin", d(2020, 6, 1))
    assert "NT$200" in on(HL, "juankuan", d(2020, 6, 1))
    assert "HK$50" in on(TM, "juankuan", d(2020, 9, 1))
    assert "NT$100" in on(TN, "zanzhu", d(2020, 6, 1))
    prices = [float(m[1]) for t in group_lines(SET, TC, "youjia")
              if (m := re.search(r"92無鉛 (\d+\.\d)元", norm(t)))]
    assert prices and all(18 <= p <= 33 for p in prices)
    rates = [float(m[1].replace(",", "")) for t in group_lines(SET, UB, "khansh")
             if (m := re.search(r"= ([\d,]+\.\d\d)₮", norm(t)))]
    assert rates and all(1850 <= r <= 2900 for r in rates)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (NG, "owabi"), (BS, "jeongjeong"), (TC, "gengzheng"), (HK, "clarification"),
        (UB, "zalruulga"), (OH, "hoso-jiko"), (HS, "jeomgeom"), (HL, "gengzheng"),
        (TM, "gengzheng"), (DK, "zalruulga"), (NA, "kyushi"), (TN, "gengzheng")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{NG}/kanren", "【関連記事】"), (f"{BS}/gwallyeon", "▶ 관련기사 : "),
        (f"{TC}/yanshen", "延伸閱讀："), (f"{HK}/related", "Related: "),
        (f"{UB}/kholboo", "Холбоотой мэдээ: "), (f"{OH}/kanren", "【関連】"),
        (f"{HS}/gwallyeon", "관련 게시물: "), (f"{HL}/xiangguan", "相關新聞：")))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (NG, "mudan", "掲載の記事・写真・図表の無断転載を禁じます。"),
        (HK, "listen", "▶ Listen to the full interview"),
        (OH, "dbutton", "最新のニュースと気象情報はdボタンのデータ放送でもご覧いただけます"),
        (HS, "manjok", "이 페이지에서 제공하는 정보에 만족하십니까?"),
        (UB, "erkh", "Мэдээллийг эх сурвалжийг нь заан ашиглана уу."),
        (TM, "paifa", "本報逢星期五出版，免費派發至區內屋苑、商場及港鐵站附近"),
        (NA, "aisatsu", "はいさい！やんばるのみなさん、ちゅーうがなびら")))
    assert_group_values_from_pool(SET, (
        (NG, "kubun", "kubun"), (NG, "kyoku", "kyoku"), (BS, "bunya", "bunya"),
        (TC, "lanmu", "lanmu"), (HK, "desk", "desk"), (UB, "angilal", "angilal"),
        (OH, "janru", "janru"), (HS, "bunryu", "bunryu"), (HL, "jiemu", "jiemu"),
        (TM, "lanmu", "lanmu"), (TN, "kotsa", "kotsa")))
    for style, family, pattern, pool_name in (
            (NG, "tsushin", r"^（(.+)）$", "tsushin"),
            (BS, "sajin", r"^사진=(.+)$", "sajin"),
            (BS, "jimyeon", r"지면 (\d+)면에", "myeon"),
            (TC, "tupian", r"^（圖／(.+)）$", "tupian"),
            (OH, "eizo", r"^（映像：(.+)）$", "eizo"),
            (HS, "damdang", r"^담당부서 : (.+) \(☎", "busu"),
            (HS, "sajin", r"^\[사진 제공: (.+)\]$", "busu")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (NG, "mudan", "掲載の記事・写真・図表の無断転載を禁じます。"),
        (OH, "dbutton", "最新のニュースと気象情報はdボタンのデータ放送でもご覧いただけます"),
        (HS, "manjok", "이 페이지에서 제공하는 정보에 만족하십니까?"),
        (UB, "erkh", "Мэдээллийг эх сурвалжийг нь заан ашиглана уу.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        NG: (["koudokuryo", "denshiban", "mudan", "chosakuken"], 3),
        BS: (["gudok", "jebo", "jeojakgwon"], 2),
        TC: (["dingyue", "zanzhu", "banquan", "copyright"], 3),
        HK: (["friends", "live", "fairuse", "copyright"], 3),
        UB: (["zakhialga", "surtalchilgaa", "erkh", "copyright"], 3),
        OH: (["toukou", "chosakuken"], 2),
        HS: (["manjok", "gongnuri", "juso", "jeojak"], 3),
        HL: (["juankuan", "pinlv", "banquan"], 2),
        TM: (["paifa", "guanggao", "juankuan", "banquan"], 2),
        DK: (["zakhialga", "khayag", "erkh"], 2),
        NA: (["kaiin", "shuhasu", "chosakuken"], 2),
        TN: (["zanzhu", "banquan"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert NG in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY + EVERY_DAY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
