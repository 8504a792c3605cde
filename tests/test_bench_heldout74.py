"""The held-back-74 template set (`tests.bench.heldout_templates_74`): its localised dates
(printed day by day, one in the years of the Republic, one with the Japanese era that turns
from Heisei to Reiwa, most changing form on the day of a redesign), the lines that turn with
the solar terms, the invoice lottery of the odd months, the day's fine-dust grade, the
weekday and the seasons, the notices it rewords by date, the calendars some notices follow
(votes, typhoons and cyclones, an eruption, earthquakes, the 2020 epidemic, national and
liberation days with their counts, lunar and Hindu feasts, shows and festivals called off in
2020), the lines in several languages and scripts, the variation it promises, its
multi-line blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_74 import (
    CHINESE_WEEKDAYS,
    CN_REDESIGN,
    DUST_GRADES,
    FIRST_DAY,
    FJ_REDESIGN,
    HI_REDESIGN,
    HK_REDESIGN,
    JAPANESE_WEEKDAYS,
    JP_REDESIGN,
    KOREAN_WEEKDAYS,
    KR_REDESIGN,
    LAST_DAY,
    REIWA,
    TW_REDESIGN,
    VIETNAMESE_WEEKDAYS,
    VN_REDESIGN,
    dust_grade,
    hagen_show,
    invoice_period,
    japanese_era,
    merrie_monarch,
    minguo,
    solar_term,
    statehood_day,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_in_script,
    assert_groups_in_scripts,
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
    pool_in_order,
    rendered,
    template,
    wording_on,
)

SET = "held-back-74"
SITES = ("泉南晚报", "府城日報", "函館みなと新聞", "호남새벽일보", "Tin Phố Hội", "深水埗街坊報",
         "Savusavu Tide", "Puna Pōhaku Press", "Luta Breeze", "Santo Nius",
         "Belau Fishers' Association", "Hagen Kopi Growers")
CN, TW, JP, KR = ("quannanwanbao.cn", "fuchengribao.com.tw", "hakodateminato.jp",
                  "honamsaebyeok.co.kr")
VN, HK, FJ, HI = ("tinphohoi.vn", "sspkaifong.hk", "savusavutide.com.fj", "punapohaku.org")
MP, VU, PW, PG = ("lutabreeze.com", "santonius.vu", "belaufishers.org.pw", "hagenkopi.org.pg")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((CN, "riqi"), (TW, "riqi"), (JP, "hizuke"), (KR, "nalja"), (VN, "ngay"),
         (HK, "riqi"), (FJ, "dated"), (HI, "dated"))

# The families that change with the terms, the draws, the days, the weekdays or the seasons.
PERIODIC = ((CN, "jieqi"), (TW, "fapiao"), (JP, "kisetsu"), (KR, "misemeonji"), (VN, "mua"),
            (HK, "maji"), (FJ, "season"), (HI, "aloha"), (HI, "season"), (MP, "season"),
            (VU, "season"), (PW, "season"), (PG, "season"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((CN, "tishi"), (TW, "tongzhi"), (JP, "oshirase"), (KR, "allim"), (VN, "loimoi"),
           (HK, "tongzhi"), (FJ, "notice"), (HI, "notice"), (MP, "notice"), (VU, "notice"),
           (PW, "notice"), (PG, "notice"))

# Each notice's first standing wording, on a day none of them turns for an event, before
# any of them was reworded.
QUIET = d(2015, 8, 12)
FIRST_WORDINGS = {
    CN: "欢迎关注泉南晚报微信公众号，新闻线索请拨热线",
    TW: "按讚追蹤府城日報粉絲專頁，掌握台南大小事",
    JP: "函館みなと新聞の公式ツイッターもご覧ください",
    KR: "호남새벽일보 페이스북을 구독하세요",
    VN: "Mời bạn đọc gửi tin, ảnh về phố Hội qua hộp thư toasoan@{domain}",
    HK: "鍾意我哋嘅報道？記得喺Facebook撳個讚啦",
    FJ: "Got a story from Cakaudrove? Call the newsroom or drop in on Main Street",
    HI: "Like us on Facebook for Puna news and events",
    MP: "Send your village news to the bulletin box at the mayor's office in Songsong",
    VU: "Gat nius? Ring long bulletin o kam long ofis long Main Street",
    PW: "Members' meeting on the first Saturday of the month at the Malakal dock",
    PG: "Members: bring your parchment to the Kagamuga depot on Tuesdays",
}

HAN = r"[\u4e00-\u9fff]"
KANA = r"[\u3040-\u30ff]"
HANGUL = r"[\uac00-\ud7af]"
VIETNAMESE = r"[ăâđêôơưạảấầậắằặẹẻếềểệịọỏốồổộớờởợụủứừửữựỳỹ]"
LATIN = r"[A-Za-z]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2016, 2, 8), d(2018, 9, 7), d(2019, 5, 1), d(2020, 4, 20),
        LAST_DAY))


def test_calendar_helpers() -> None:
    assert minguo(2019) == 108 and minguo(2015) == 104
    assert japanese_era(d(2019, 4, 30)) == "平成31年" and japanese_era(REIWA) == "令和元年"
    assert japanese_era(d(2015, 1, 1)) == "平成27年" and japanese_era(d(2020, 6, 1)) == "令和2年"
    assert invoice_period(d(2019, 3, 24)) == (2018, 11)
    assert invoice_period(d(2019, 3, 25)) == (2019, 1)
    assert invoice_period(d(2019, 4, 30)) == (2019, 1)
    assert invoice_period(d(2019, 1, 25)) == (2018, 11)
    assert invoice_period(d(2019, 1, 24)) == (2018, 9)
    assert invoice_period(d(2019, 12, 31)) == (2019, 9)
    assert solar_term(d(2019, 1, 4)) == "冬至" and solar_term(d(2019, 1, 5)) == "小寒"
    assert solar_term(d(2019, 6, 21)) == "夏至" and solar_term(d(2019, 12, 31)) == "冬至"
    grades = Counter(dust_grade(day) for day in every_day())
    assert set(grades) == set(DUST_GRADES)
    spring = [dust_grade(day) for day in every_day() if day.month == 4]
    summer = [dust_grade(day) for day in every_day() if day.month == 8]
    assert spring.count("좋음") < summer.count("좋음")
    assert merrie_monarch(2019) == d(2019, 4, 27) and merrie_monarch(2020) is None
    assert statehood_day(2019) == d(2019, 8, 16) and statehood_day(2020) == d(2020, 8, 21)
    assert hagen_show(2019) == d(2019, 8, 17) and hagen_show(2020) is None


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(CN, "riqi", old, "2016年3月5日 星期六")
    full(CN, "riqi", new, r"发布时间：2019-06-21 \d\d:\d\d")
    full(TW, "riqi", old, "中華民國105年3月5日（星期六）")
    full(TW, "riqi", new, r"2019/06/21 \d\d:\d\d")
    full(JP, "hizuke", old, "平成28年3月5日（土）")
    full(JP, "hizuke", new, r"2019/06/21 \d\d:\d\d更新（令和元年）")
    full(KR, "nalja", old, "2016년 3월 5일 \\(토\\)")
    full(KR, "nalja", new, r"입력 2019\.06\.21 \d\d:\d\d")
    full(VN, "ngay", old, r"Đăng ngày 05/03/2016 lúc \d\d:\d\d")
    full(VN, "ngay", new, "21.06.2019 · thứ sáu")
    full(HK, "riqi", old, "2016年3月5日 星期六")
    full(HK, "riqi", new, r"發佈：21/06/2019 \d\d:\d\d")
    full(FJ, "dated", old, "Saturday 5 March 2016")
    full(FJ, "dated", new, r"Updated 21/06/2019, \d\d?:\d\d [AP]M FJT")
    full(HI, "dated", old, "March 5, 2016")
    full(HI, "dated", new, r"Fri\., Jun\. 21, 2019 · \d\d?:\d\d [AP]M HST")
    full(MP, "posted", new, "Posted on Friday, June 21, 2019 by .+")
    full(VU, "posted", new, "Raetem i kam long .+, 21 June 2019")
    full(PW, "posted", old, "Mar 5, 2016 — .+")
    full(PG, "posted", new, r".+, (extension officer|chairman|depot manager) · June 21, 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd = day.weekday()
        cn = on(CN, "riqi", day)
        assert cn.endswith(f"星期{CHINESE_WEEKDAYS[wd]}") == (day < CN_REDESIGN), cn
        tw = on(TW, "riqi", day)
        assert (f"中華民國{day.year - 1911}年{day.month}月{day.day}日" in tw) == (
            day < TW_REDESIGN), tw
        jp = on(JP, "hizuke", day)
        assert japanese_era(day) in jp, jp
        assert (f"（{JAPANESE_WEEKDAYS[wd]}）" in jp) == (day < JP_REDESIGN), jp
        assert ("平成" in jp) == (day < REIWA), jp
        kr = on(KR, "nalja", day)
        assert (f"({KOREAN_WEEKDAYS[wd]})" in kr) == (day < KR_REDESIGN), kr
        vn = on(VN, "ngay", day)
        if day < VN_REDESIGN:
            assert vn == f"Đăng ngày {day:%d/%m/%Y} lúc {{time}}", vn
        else:
            assert vn == f"{day:%d.%m.%Y} · {VIETNAMESE_WEEKDAYS[wd].lower()}", vn
        hk = on(HK, "riqi", day)
        assert hk.startswith("發佈：") == (day >= HK_REDESIGN), hk
        assert (f"{day:%A}" in on(FJ, "dated", day)) == (day < FJ_REDESIGN)
        assert ("HST" in on(HI, "dated", day)) == (day >= HI_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_with_terms_draws_days_and_weekdays() -> None:
    terms = {on(CN, "jieqi", day) for day in every_day()}
    assert len(terms) == 24
    assert on(CN, "jieqi", d(2019, 6, 21)) == "🌿 二十四节气 · 夏至"
    draws = {day for day in every_day() if on(TW, "fapiao", day) != on(TW, "fapiao", day - one)}
    assert draws and all(day.day == 25 and day.month % 2 == 1 for day in draws)
    assert len(draws) == 6 * 6  # every draw, the first (in January 2015) too
    assert "108年01-02月" in on(TW, "fapiao", d(2019, 3, 25))
    assert "107年11-12月" in on(TW, "fapiao", d(2019, 3, 24))
    dust = {on(KR, "misemeonji", day) for day in every_day()}
    assert dust == {f"🌫 오늘 전주 미세먼지 {g}" for g in DUST_GRADES}
    fridays = days_with(HI, "aloha", "Aloha Friday")
    assert fridays == {day for day in every_day() if day.weekday() == 4}
    assert on(JP, "kisetsu", d(2019, 6, 1)).startswith("🦑")
    assert on(HI, "season", d(2019, 1, 10)).startswith("🐋")
    assert on(PW, "season", d(2019, 4, 15)).startswith("🐟 Spawning closure")
    for domain, family in PERIODIC:
        assert len({on(domain, family, day) for day in every_day()}) >= 2, (domain, family)


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 5, domain
    for domain, family, pattern, counts in (
            (CN, "tishi", r"成立(\d+)周年", {"66", "67", "68", "69", "70"}),
            (TW, "tongzhi", r"中華民國(\d+)年雙十節", {"104", "105", "106", "107", "108", "109"}),
            (KR, "allim", r"제(\d+)주년 광복절", {"70", "71", "72", "73", "74", "75"}),
            (KR, "allim", r"한글 반포 (\d+)돌", {"569", "570", "571", "572", "573", "574"}),
            (VN, "loimoi", r"Kỷ niệm (\d+) năm", {"70", "71", "72", "73", "74"}),
            (HK, "tongzhi", r"回歸(\d+)周年", {"18", "19", "20", "21", "22", "23"}),
            (FJ, "notice", r"Fiji Day: (\d+) years", {"45", "46", "47", "48", "49", "50"}),
            (HI, "notice", r"(\d+)(?:st|nd|rd|th) Merrie", {"52", "53", "54", "55", "56"}),
            (MP, "notice", r"Liberation Day: (\d+)", {"69", "70", "71", "72", "73", "74"}),
            (VU, "notice", r"Indipendens: (\d+) yia", {"35", "36", "37", "38", "39", "40"}),
            (PW, "notice", r"Independence Day: (\d+)", {"21", "22", "23", "24", "25", "26"}),
            (PG, "notice", r"Independens: (\d+) yia", {"40", "41", "42", "43", "44", "45"})):
        seen = {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family,
                                                                           day)))}
        assert seen == counts, (domain, family, seen)
    assert days_with(JP, "oshirase", "令和") == {REIWA}
    assert "中秋" in on(CN, "tishi", d(2020, 10, 1))  # the two feasts fell on one day
    assert "phong tỏa" in on(VN, "loimoi", d(2020, 9, 2))  # the lockdown outranks it
    assert d(2018, 9, 6) in days_with(JP, "oshirase", "胆振東部地震")
    assert "鸡年" in on(CN, "tishi", d(2017, 1, 28)) and "猪年" in on(CN, "tishi", d(2019, 2, 5))
    assert not days_with(CN, "tishi", "鼠年")  # the epidemic notice outranked 2020's
    assert "53rd Merrie Monarch" in on(HI, "notice", d(2016, 3, 30))
    assert not any(day.year == 2020 for day in days_with(HI, "notice", "Merrie Monarch"))
    assert d(2018, 5, 20) in days_with(HI, "notice", "Lava update")
    assert "第80回" in on(JP, "oshirase", d(2015, 8, 1))
    assert "中止" in on(JP, "oshirase", d(2020, 8, 1))
    assert "冇搶包山" in on(HK, "tongzhi", d(2020, 4, 30))
    assert "搶包山" in on(HK, "tongzhi", d(2019, 5, 12))
    assert not days_with(PG, "notice", "Hagen Show") & {d(2020, 8, 15), d(2020, 8, 16)}
    assert d(2019, 8, 17) in days_with(PG, "notice", "Hagen Show")
    assert "cancelled" in on(MP, "notice", d(2020, 10, 10))
    assert d(2020, 1, 1) in days_with(PW, "notice", "marine sanctuary")


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (CN, "jizhe", d(2017, 3, 6), "记者 {author}", "通讯员"),
        (CN, "xiangguan", d(2019, 2, 11), "相关阅读", "延伸阅读"),
        (CN, "banquan", d(2019, 7, 1), "版权所有 © {year}", "不得转载"),
        (TW, "jizhe", d(2018, 3, 5), "〔記者", "攝影／{author2}"),
        (TW, "yanshen", d(2017, 8, 1), "延伸閱讀", "看更多"),
        (TW, "banquan", d(2020, 3, 2), "© {year} 府城日報", "不得轉載"),
        (JP, "kanren", d(2018, 4, 2), "関連記事", "あわせて読みたい"),
        (JP, "chosakuken", d(2016, 4, 1), "Copyright {year}", "無断転載"),
        (KR, "gija", d(2019, 1, 2), "{author} 기자", "news@{domain}"),
        (KR, "gwallyeon", d(2018, 7, 2), "관련기사", "함께 읽으면"),
        (KR, "jeojak", d(2020, 1, 2), "© 호남새벽일보", "저작권자"),
        (VN, "tacgia", d(2019, 8, 5), "Bài, ảnh", "Ảnh: {author2}"),
        (VN, "xemthem", d(2017, 6, 19), "Xem thêm", "Có thể bạn quan tâm"),
        (VN, "banquyen", d(2018, 6, 21), "© {year} Tin Phố Hội", "Ghi rõ nguồn"),
        (HK, "zhuanwen", d(2019, 9, 2), "撰文：{author}", "攝影"),
        (HK, "xiangguan", d(2018, 1, 15), "相關文章", "你可能有興趣"),
        (HK, "banquan", d(2016, 7, 4), "© {year} 深水埗街坊報", "保留一切權利"),
        (FJ, "byline", d(2018, 1, 8), "By {author}", "{town}"),
        (FJ, "alsoread", d(2019, 6, 3), "ALSO READ", "More from the North"),
        (FJ, "rights", d(2019, 1, 7), "© {year} Savusavu Tide", "written consent"),
        (HI, "storyby", d(2017, 2, 6), "Story by", "Photos by {author2}"),
        (HI, "related", d(2016, 8, 1), "Related:", "Keep reading"),
        (HI, "rights", d(2020, 1, 13), "© {year} Puna Pōhaku Press", "Mahalo"),
        (MP, "posted", d(2018, 11, 19), "{date_long} · ", "Posted on {weekday}"),
        (MP, "rights", d(2019, 7, 8), "© {year} Luta Breeze", "96951"),
        (VU, "posted", d(2017, 5, 8), "{author} | ", "Raetem"),
        (VU, "ridim", d(2019, 10, 7), "Ridim moa", "Read more"),
        (VU, "rights", d(2018, 2, 5), "© {year} Santo Nius", "Askem fastaem"),
        (PW, "posted", d(2019, 2, 4), "{date_short}", "Posted by"),
        (PW, "rights", d(2017, 10, 2), "© {year} Belau", "Republic of Palau"),
        (PG, "posted", d(2018, 4, 9), "{date_dmy}", "{author_beat}"),
        (PG, "rights", d(2019, 9, 16), "© {year} Hagen Kopi Growers", "Cooperative Society")))
    assert_groups_reworded(SET, (
        (CN, "riqi", "星期", "发布时间"),
        (CN, "xiangguan", "相关阅读", "延伸阅读"),
        (TW, "riqi", "中華民國", "/"),
        (JP, "hizuke", "平成", "令和"),
        (KR, "nalja", "년", "입력"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((CN, "bianji", HAN), (CN, "xiangguan", HAN),
                                  (TW, "yanshen", HAN), (TW, "liuyan", HAN),
                                  (JP, "oshirase", KANA), (JP, "hizuke", HAN),
                                  (KR, "gwallyeon", HANGUL), (KR, "nalja", r"\d"),
                                  (VN, "xemthem", VIETNAMESE), (HK, "xiangguan", HAN),
                                  (HK, "liuyan", "嘅")))
    assert_groups_in_scripts(SET, (
        (FJ, "bula", ("bula vinaka", "welcome")),
        (MP, "hafa", ("Håfa adai", "Good morning")),
        (PW, "alii", ("Alii", "Welcome")),
        (PG, "gude", ("Gude tru", "Welkam")),
        (VU, "tangkyu", ("Tangkyu tumas", LATIN)),
        (HI, "aloha", ("Aloha", "ʻ|kākou")),
    ), share=0.5)
    assert any("Bislama" not in t and "Saeklon" in t
               for t in {on(VU, "notice", day) for day in every_day()})
    assert any("Guria" in on(PG, "notice", day) for day in every_day())
    assert any("sucu" in on(FJ, "notice", day) for day in every_day())


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{CN}/riqi", f"{CN}/xiangguan", f"{CN}/jizhe", f"{CN}/lanmu",
                         f"{CN}/bianji", f"{TW}/riqi", f"{TW}/yanshen", f"{TW}/jizhe",
                         f"{JP}/hizuke", f"{JP}/kanren"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{CN}/zhuban", f"{CN}/banquan", f"{TW}/liuyan", f"{TW}/kefu", f"{TW}/banquan",
        f"{JP}/hakko", f"{JP}/chosakuken"))
    assert_carried_share(docs, CN, [
        ("riqi", 0.65, 0.95), ("tishi", 0.15, 0.45), ("xiangguan", 0.35, 0.7),
        ("taifeng", 0.0, 0.1)])
    assert_carried_share(docs, TW, [("riqi", 0.6, 0.9), ("tongzhi", 0.15, 0.45)])
    for fam in (f"{CN}/xiangguan", f"{TW}/yanshen", f"{JP}/kanren"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{CN}/guanggao", f"{CN}/tupian", f"{TW}/tu"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((CN, "tupian"), (TW, "tu"), (JP, "shashin"), (KR, "sajin"),
                               (VN, "anh"), (HK, "sheying"), (FJ, "photo"), (HI, "credit"),
                               (MP, "photo"), (VU, "foto"), (PW, "photo"), (PG, "photo")))
    pairs = [re.fullmatch(r"本报记者 (.+) 通讯员 (.+)", norm(t))
             for t in group_lines(SET, CN, "jizhe")]
    assert any(m and m[1] != m[2] for m in pairs)
    editors = {norm(t) for t in group_lines(SET, CN, "bianji")}
    assert len(editors) >= 3


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (CN, "taifeng"), (TW, "gaowen"), (JP, "tsunami"), (KR, "poseol"), (VN, "ngap"),
        (HK, "fengqiu"), (FJ, "flood"), (HI, "vog"), (MP, "water"), (VU, "ferry"),
        (PW, "smallcraft"), (PG, "rot")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{MP}/seealso", "See also: "), (f"{PW}/dock", "From the dock: "),
        (f"{PG}/stori", "Ol narapela stori: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{CN}/xiangguan", ("相关阅读：", "延伸阅读 ▸ ")),
                          (f"{TW}/yanshen", ("延伸閱讀：", "看更多 ➜ ")),
                          (f"{JP}/kanren", ("関連記事：", "▶ あわせて読みたい：")),
                          (f"{KR}/gwallyeon", ("관련기사: ", "함께 읽으면 좋은 기사 ▷ ")),
                          (f"{VN}/xemthem", ("Xem thêm: ", "» Có thể bạn quan tâm: ")),
                          (f"{HK}/xiangguan", ("相關文章：", "你可能有興趣 ⇢ ")),
                          (f"{FJ}/alsoread", ("ALSO READ: ", "More from the North: ")),
                          (f"{HI}/related", ("Related: ", "Keep reading → "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_tags() -> None:
    assert_groups_mostly_bare(SET, (
        (CN, "guanggao", "广告"), (TW, "guanggao", "廣告"), (JP, "kokoku", "［広告］"),
        (KR, "gwanggo", "광고"), (VN, "quangcao", "- Quảng cáo -"), (HK, "guanggao", "［廣告］"),
        (FJ, "advert", "ADVERTISEMENT"), (HI, "sponsored", "— Sponsored —"),
        (TW, "liuyan", "讀者留言僅代表個人意見，不代表本報立場。"),
        (PW, "sulang", "Sulang! Thank you for buying local fish."),
        (PG, "certified", "Fairtrade and organic certified smallholder coffee")))
    for style, family, pattern, pool_name in (
            (CN, "lanmu", r"^(.+)$", "lanmu"),
            (CN, "tupian", r"^图片来源：(.+)$", "tupian"),
            (TW, "lanmu", r"^(.+)$", "lanmu"),
            (TW, "tu", r"^（圖／(.+)）$", "tu"),
            (JP, "bumon", r"^(.+)$", "bumon"),
            (JP, "shashin", r"^（写真＝(.+)）$", "shashin"),
            (KR, "bunya", r"^(.+)$", "bunya"),
            (KR, "sajin", r"^사진=(.+)$", "sajin"),
            (VN, "muc", r"^(.+)$", "muc"),
            (VN, "anh", r"^\(Ảnh: (.+)\)$", "anh"),
            (VN, "nguon", r"^Nguồn: (.+)$", "nguon"),
            (HK, "lanmu", r"^(.+)$", "lanmu"),
            (HK, "sheying", r"^相片來源：(.+)$", "sheying"),
            (FJ, "desk", r"^(.+)$", "desk"),
            (FJ, "photo", r"^Picture: (.+)$", "photo"),
            (FJ, "byline", r"^.+, (\w+)$", "town"),
            (HI, "kicker", r"^(.+)$", "kicker"),
            (HI, "credit", r"^Photo: (.+)$", "credit"),
            (MP, "kind", r"^(.+)$", "kind"),
            (MP, "photo", r"^Photo courtesy of (.+)$", "photo"),
            (VU, "kicker", r"^(.+)$", "kicker"),
            (VU, "foto", r"^Foto: (.+)$", "foto"),
            (PW, "kind", r"^(.+)$", "kind"),
            (PW, "photo", r"^Photo by (.+)$", "photo"),
            (PG, "kind", r"^(.+)$", "kind"),
            (PG, "photo", r"^Piksa: (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    tags = pool_in_order(SET, HI, "tag")
    lists = [norm(t).removeprefix("Tagged: ").split(", ")
             for t in group_lines(SET, HI, "tags") if norm(t).startswith("Tagged: ")]
    assert lists and any(len(items) > 1 for items in lists)
    for items in lists:
        if all(item in tags for item in items):
            assert items == sorted(items, key=tags.index), items
    assert sum(all(item in tags for item in items) for items in lists) >= 0.9 * len(lists)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (CN, "guanggao", "广告"), (TW, "guanggao", "廣告"),
        (TW, "liuyan", "讀者留言僅代表個人意見，不代表本報立場。"),
        (JP, "kokoku", "［広告］"), (KR, "gwanggo", "광고"),
        (VN, "quangcao", "- Quảng cáo -")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        CN: (["bianji", "banquan", "zhuban"], 2), TW: (["banquan", "kefu"], 2),
        JP: (["chosakuken", "hakko"], 2), KR: (["jeojak", "balhaeng"], 2),
        VN: (["banquyen", "giayphep"], 2), HK: (["banquan", "chuban"], 2),
        FJ: (["rights", "printer"], 2), HI: (["rights", "nonprofit"], 2),
        MP: (["rights", "funder"], 2), VU: (["rights", "sponsor"], 2),
        PW: (["rights", "member"], 2), PG: (["rights", "certified"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert CN in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
