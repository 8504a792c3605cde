"""The held-back-61 template set (`tests.bench.heldout_templates_61`): its localised dates
(printed day by day, one with the Hijri date in Arabic-Indic digits, one with the Tamil
year's name, one switching script on the day of a redesign, some changing form on such a
day), the weekly numbers (auction sales with a Christmas break, club runs with a pause), the
notices it rewords by date, the calendars and seasons some notices follow (anniversaries with
their counts, days on a weekday of a month, movable feasts, votes, storms, fires and
epidemics, a festival called off, sales moved off Monday holidays, named seasons, a harvest
campaign with its yearly price), the monthly and weekly rates and prices, the lines in
several languages and scripts, the variation it promises, its multi-line blocks and the hard
negatives of its corpus actually occur.

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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_61 import (
    ARABIC_INDIC_ZERO,
    ARABIC_MONTHS,
    CAJU_PRICE,
    CF_SANGO,
    FIRST_DAY,
    GW_REDESIGN,
    IQ_DEVALUED,
    IQ_TIME,
    IQ_WEEK0,
    IRAQI_MONTHS,
    JJ_REDESIGN,
    KK_LATIN,
    KW_REDESIGN,
    KW_SEASONS,
    LAST_DAY,
    LS_REDESIGN,
    RUN_ZERO,
    RUNS_SUSPENDED,
    TAMIL_MONTHS,
    TAMIL_NEW_YEAR,
    TAMIL_YEARS,
    TORCH_FESTIVAL,
    digits,
    easter,
    first_sale,
    hijri,
    iq_rate,
    kw_fils,
    kw_season,
    nth_weekday,
    ordinal,
    run_monday,
    run_number,
    sale_monday,
    sale_number,
    ss_fuel,
    tamil_year,
)
from tests.heldout_checks import (
    ascii_digits,
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
    rendered,
    template,
    wording_on,
    wordings_by_start,
)

SET = "held-back-61"
SITES = ("المرقاب", "제주바람일보", "யாழ் ஓசை", "邛海之声", "Kodro Dépêche", "أخبار الشط",
         "The Kujur Post", "Nókis Xabar", "Farol de Bissau", "Kilindini Tea Market Report",
         "Kiara Hill Hash House Harriers", "Himalayan Ramblers' Club")
KW, JJ, LK, LS = ("almirqab.com.kw", "jejubaram.co.kr", "yaalosai.lk", "qionghaizhisheng.cn")
CF, IQ, SS, KK = ("kodrodepeche.cf", "akhbaralshatt.iq", "kujurpost.com", "nokisxabar.uz")
GW, TEA, HH, TK = ("faroldebissau.com", "kilindiniteareport.co.ke", "kiarahillhash.org",
                   "himalayanramblers.org.np")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((KW, "tarikh"), (JJ, "ipryeok"), (LK, "thigathi"), (LS, "riqi"), (CF, "date"),
         (IQ, "tarikh"), (KK, "sane"), (GW, "data"))

# The families that change with the seasons, the months or the weeks.
PERIODIC = ((KW, "fils"), (KW, "mawsim"), (JJ, "halla"), (IQ, "bursa"), (IQ, "khidma"),
            (SS, "fuel"), (KK, "paxta"), (GW, "caju"), (TEA, "sale"), (HH, "run"),
            (TK, "season"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((KW, "tabiou"), (JJ, "allim"), (LK, "arivippu"), (LS, "tongzhi"), (CF, "avis"),
           (IQ, "tabiouna"), (SS, "notice"), (KK, "telegram"), (GW, "aviso"), (TEA, "notice"),
           (HH, "notice"), (TK, "notice"))

# A day no notice of the set turns for an event on (the auction report's first day falls in
# its Christmas break).
QUIET = d(2016, 3, 30)
CATALOGUES = "Catalogues for next week's sale close on Thursday at noon"

ARABIC = r"[\u0600-\u06ff]"
HANGUL = r"[\uac00-\ud7af]"
TAMIL = r"[\u0b80-\u0bff]"
CJK = r"[\u4e00-\u9fff]"
YI = r"[\ua000-\ua48f]"
CYRILLIC = r"[\u0400-\u04ff]"
LATIN = r"[A-Za-z]"
ARABIC_INDIC_DIGITS = "".join(chr(ord(ARABIC_INDIC_ZERO) + k) for k in range(10))


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 12, 24), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert [easter(y) for y in (2016, 2018, 2019)] == [d(2016, 3, 27), d(2018, 4, 1),
                                                       d(2019, 4, 21)]
    assert nth_weekday(2019, 12, 0, 1) == d(2019, 12, 2)
    assert [ordinal(n) for n in (4, 5, 9, 11, 21, 37)] == ["4th", "5th", "9th", "11th",
                                                           "21st", "37th"]
    assert hijri(d(2016, 3, 5)) == (1437, 5, 25) and hijri(d(2019, 6, 21))[:2] == (1440, 10)
    assert digits(1437, ARABIC_INDIC_ZERO) == "١٤٣٧"
    assert [first_sale(y) for y in (2017, 2018, 2019)] == [d(2017, 1, 2), d(2018, 1, 8),
                                                           d(2019, 1, 7)]
    assert sale_monday(d(2019, 6, 21)) == d(2019, 6, 17) and sale_number(d(2019, 6, 17)) == 24
    assert sale_monday(d(2018, 1, 5)) == d(2017, 12, 18) and sale_number(d(2017, 12, 18)) == 51
    assert sale_monday(d(2016, 12, 28)) == d(2016, 12, 19)
    assert run_number(RUN_ZERO[0]) == RUN_ZERO[1] and run_monday(d(2019, 6, 21)) == d(2019, 6, 17)
    assert run_monday(d(2020, 5, 1)) == d(2020, 3, 16)
    assert run_number(d(2020, 7, 6)) == run_number(d(2020, 3, 16)) + 1
    assert [tamil_year(day) for day in (d(2015, 1, 1), d(2016, 4, 12), d(2016, 4, 13),
                                        d(2019, 6, 21), d(2021, 1, 5))] == [
        "ஜய", "மன்மத", "துர்முகி", "விகாரி", "சார்வரி"]
    assert kw_season(d(2019, 1, 1)) == KW_SEASONS[-1][2] == kw_season(d(2019, 12, 7))
    assert "الشبط" in kw_season(d(2019, 1, 15)) and "سهيل" in kw_season(d(2019, 9, 1))
    assert IQ_WEEK0.weekday() == 5 and IQ_DEVALUED.weekday() == 5
    assert RUN_ZERO[0].weekday() == 0 and RUNS_SUSPENDED[0].weekday() == 0


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(KW, "tarikh", old, "السبت ٢٥ جمادى الأولى ١٤٣٧ هـ الموافق 5 مارس 2016 م")
    full(KW, "tarikh", new, r"تاريخ النشر: 21/06/2019 - \d\d:\d\d")
    full(JJ, "ipryeok", old, r"등록 2016년 03월 05일\(토\) \d\d:\d\d")
    full(JJ, "ipryeok", new, r"입력 2019\.06\.21 \d\d:\d\d")
    full(LK, "thigathi", old, r"சனிக்கிழமை, மார்ச் 5, 2016 \| மன்மத வருடம்")
    full(LK, "thigathi", new, r"வெள்ளிக்கிழமை, ஜூன் 21, 2019 \| விகாரி வருடம்")
    full(LS, "riqi", old, "2016年03月05日 星期六")
    full(LS, "riqi", new, r"发布时间：2019-06-21 \d\d:\d\d")
    full(CF, "date", old, "Publié le samedi 5 mars 2016")
    full(CF, "date", new, "Bïkua-okü · vendredi 21 juin 2019")
    full(CF, "date", d(2019, 6, 1), "Lâpôsö · samedi 1er juin 2019")
    full(IQ, "tarikh", old, "السبت 5 آذار 2016")
    full(IQ, "tarikh", new, r"الجمعة 21 حزيران 2019 \| \d\d:\d\d")
    full(SS, "dateline", new, r"[A-Z]+, 21 June 2019 —")
    full(KK, "sane", old, "5-март, 2016-жыл, шемби")
    full(KK, "sane", new, "21-iyun, 2019-jıl, juma")
    full(GW, "data", old, "Bissau, 5 de março de 2016")
    full(GW, "data", new, r"Publicado em 21/06/2019 às \d\d:\d\d")
    full(TEA, "sale", new, "Sale No. 24 · Monday 17 June 2019")
    full(HH, "run", new, "Run #1834 · Monday 17 June 2019")
    full(TK, "trip", new, "Trip report · June 21, 2019")
    assert IRAQI_MONTHS[5] == "حزيران" and TAMIL_MONTHS[7] == "ஓகஸ்ட்"


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        kw = on(KW, "tarikh", day)
        if day < KW_REDESIGN:
            hy, _, hd = hijri(day)
            ascii_kw = ascii_digits(kw, ARABIC_INDIC_DIGITS)
            assert ascii_kw.endswith(f" {hy} هـ الموافق {day.day} "
                                     f"{ARABIC_MONTHS[day.month - 1]} {day.year} م"), kw
            assert f" {hd} " in ascii_kw, kw
            assert not re.search(r"[0-9]", kw.partition("الموافق")[0]), kw
        else:
            assert kw.startswith(f"تاريخ النشر: {day:%d/%m/%Y} - "), kw
        assert on(JJ, "ipryeok", day).startswith("입력 ") == (day >= JJ_REDESIGN)
        assert on(LK, "thigathi", day).endswith(f" | {tamil_year(day)} வருடம்")
        assert f"{TAMIL_MONTHS[day.month - 1]} {day.day}, {day.year}" in on(LK, "thigathi", day)
        assert on(LS, "riqi", day).startswith("发布时间：") == (day >= LS_REDESIGN)
        cf = on(CF, "date", day)
        assert cf.startswith("Publié le ") == (day < CF_SANGO) and (" 1er " in cf) == (
            day.day == 1), cf
        assert f" {day.day} {IRAQI_MONTHS[day.month - 1]} {day.year}" in on(IQ, "tarikh", day)
        assert on(IQ, "tarikh", day).endswith("{time}") == (day >= IQ_TIME)
        kk = on(KK, "sane", day)
        assert bool(re.search(CYRILLIC, kk)) == (day < KK_LATIN), kk
        assert kk.startswith(f"{day.day}-") and f", {day.year}-" in kk, kk
        assert on(GW, "data", day).startswith("Bissau, ") == (day < GW_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_the_tamil_year_and_the_script_switch() -> None:
    for year, first in TAMIL_NEW_YEAR.items():
        day = d.fromisoformat(first)
        assert on(LK, "thigathi", day - one).endswith(f"| {TAMIL_YEARS[year - 1]} வருடம்")
        assert on(LK, "thigathi", day).endswith(f"| {TAMIL_YEARS[year]} வருடம்")
        curfew = "😷 ஊரடங்குச் சட்டம்: தளர்த்தப்படும் நேரங்கள்"
        greeting = f"🎉 {TAMIL_YEARS[year]} புத்தாண்டு நல்வாழ்த்துகள்"
        assert on(LK, "arivippu", day) == (curfew if year == 2020 else greeting), year
    for family in ("sane", "avtor", "qiziqli", "reklama", "telegram", "silteme", "paxta"):
        before, after = on(KK, family, KK_LATIN - one), on(KK, family, KK_LATIN)
        assert re.search(CYRILLIC, before) and not re.search(CYRILLIC, after), family
    for day in every_day():
        for family in ("telegram", "paxta"):
            assert bool(re.search(CYRILLIC, on(KK, family, day))) == (day < KK_LATIN), day
    dates = [norm(t) for t in group_lines(SET, KK, "sane")]
    assert any(re.search(CYRILLIC, t) for t in dates) and any("-jıl, " in t for t in dates)


def test_weekly_sales_and_runs() -> None:
    sales: dict[int, list[int]] = {}
    runs = []
    for day in every_day():
        m = re.fullmatch(r"Sale No\. (\d\d) · Monday (\d+) (\w+) (\d{4})", on(TEA, "sale", day))
        assert m, day
        monday = sale_monday(day)
        assert monday.weekday() == 0 and monday <= day and monday.day == int(m[2]), day
        assert first_sale(monday.year) <= monday < d(monday.year, 12, 20), day
        assert int(m[1]) == sale_number(monday), day
        sales.setdefault(monday.year, []).append(int(m[1]))
        r = re.fullmatch(r"Run #(\d+) · Monday (\d+) (\w+) (\d{4})", on(HH, "run", day))
        assert r, day
        monday = run_monday(day)
        assert monday.weekday() == 0 and monday <= day, day
        assert not RUNS_SUSPENDED[0] <= monday <= RUNS_SUSPENDED[1], day
        runs.append(int(r[1]))
    for year, numbers in sales.items():
        if year >= 2015:
            assert sorted(set(numbers)) == list(range(1, max(numbers) + 1)), year
            assert 50 <= max(numbers) <= 51, year
    assert runs == sorted(runs) and sorted(set(runs)) == list(range(runs[0], runs[-1] + 1))
    weeks = (LAST_DAY - FIRST_DAY).days // 7
    assert weeks - 16 <= runs[-1] - runs[0] <= weeks - 14
    assert on(HH, "run", d(2020, 5, 1)) == on(HH, "run", d(2020, 3, 16))
    assert on(TEA, "sale", d(2016, 12, 28)) == "Sale No. 51 · Monday 19 December 2016"
    for style, family in ((TEA, "sale"), (HH, "run")):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 5, (style, family)


def test_seasons_months_and_weeks() -> None:
    assert "المربعانية" in on(KW, "mawsim", d(2019, 12, 20))
    assert "الوسم" in on(KW, "mawsim", d(2018, 11, 1))
    assert "جمرة القيظ" in on(KW, "mawsim", d(2018, 8, 1))
    starts, _ = wordings_by_start(SET, KW, "mawsim")
    assert len(starts) == 1 + 6 * len(KW_SEASONS)
    assert "장마" in on(JJ, "halla", d(2019, 7, 1)) and "태풍" in on(JJ, "halla", d(2019, 9, 1))
    assert "한라산" in on(JJ, "halla", d(2019, 1, 10))
    assert "감귤" in on(JJ, "halla", d(2019, 11, 10))
    assert "⚡" in on(IQ, "khidma", d(2018, 7, 1)) and "🌧️" in on(IQ, "khidma", d(2018, 1, 1))
    assert "Monsoon" in on(TK, "season", d(2016, 7, 1))
    assert "Autumn" in on(TK, "season", d(2016, 10, 1))
    for day in every_day():
        cashew = on(GW, "caju", day)
        if 4 <= day.month <= 8:
            assert cashew.endswith(f"{day.year}: preço de referência {CAJU_PRICE[day.year]} "
                                   f"FCFA/kg"), cashew
        else:
            assert "Fora da campanha" in cashew, cashew
        assert ("Paxta" in on(KK, "paxta", day) or "Пахта" in on(KK, "paxta", day)) == (
            (9, 5) <= (day.month, day.day) <= (10, 31)), day
    fils = [float(m[1]) for day in every_day()
            if (m := re.fullmatch(r"💱 الدولار الأمريكي = (\d{3}\.\d) فلس كويتي",
                                  on(KW, "fils", day)))]
    assert len(fils) == len(every_day()) and 293 < min(fils) < max(fils) <= 310.0
    assert kw_fils(d(2020, 4, 20)) == "💱 الدولار الأمريكي = 310.0 فلس كويتي"
    starts, _ = wordings_by_start(SET, KW, "fils")
    assert all(start.endswith("-01") for start in starts[1:]) and len(starts) == 73
    rates = {}
    for day in every_day():
        text = on(IQ, "bursa", day)
        m = re.fullmatch(r"💵 الدولار في بورصة البصرة: (\d{3},\d{3}) دينار لكل 100 دولار", text)
        assert m and text == iq_rate(day), text
        rates[day] = int(m[1].replace(",", ""))
    assert all(v % 250 == 0 for v in rates.values())
    assert 115_000 < min(rates.values()) and max(v for k, v in rates.items()
                                                 if k < IQ_DEVALUED) < 135_000
    assert rates[d(2020, 12, 25)] > 140_000 and rates[d(2020, 12, 18)] < 135_000
    assert len(set(rates.values())) >= 40
    starts, _ = wordings_by_start(SET, IQ, "bursa")
    assert all(d.fromisoformat(s).weekday() == 5 for s in starts[1:]) and len(starts) >= 150
    prices = [int(m[1]) for day in every_day()
              if (m := re.fullmatch(r"⛽ Fuel at the pump in Juba this month: SSP (\d+) a litre",
                                    on(SS, "fuel", day)))]
    assert len(prices) == len(every_day()) and min(prices) < 10 and max(prices) == 400
    assert ss_fuel(d(2019, 6, 9)) == "⛽ Fuel at the pump in Juba this month: SSP 250 a litre"
    for style, family, pattern in ((KW, "fils", r"\d{3}\.\d"), (IQ, "bursa", r"\d{3},\d{3}"),
                                   (KW, "mawsim", r"^.")):
        seen = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(seen) >= 2, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (KW, "tabiou", QUIET, "تابعوا المرقاب على إنستغرام وتويتر"),
        (KW, "tabiou", d(2019, 3, 1), "حمّلوا تطبيق المرقاب لتصلكم الأخبار العاجلة أولاً بأول"),
        (KW, "tabiou", d(2019, 5, 20), "🌙 مبارك عليكم الشهر: مواعيد الإمساك والإفطار في "
                                       "الكويت"),
        (KW, "tabiou", d(2018, 6, 16), "عيدكم مبارك وعساكم من عواده"),
        (KW, "tabiou", d(2019, 8, 10), "🐑 أضحى مبارك، وكل عام وأنتم بخير"),
        (KW, "tabiou", d(2020, 2, 25), "🇰🇼 العيد الوطني الـ59: دام عزك يا كويت"),
        (KW, "tabiou", d(2018, 2, 26), "🇰🇼 الذكرى الـ27 لتحرير الكويت"),
        (KW, "tabiou", d(2016, 11, 27), "🗳️ انتخابات مجلس الأمة 2016: النتائج دائرة بدائرة"),
        (KW, "tabiou", d(2020, 5, 20), "😷 حظر التجول الشامل: حجز مواعيد الجمعيات التعاونية"),
        (KW, "tabiou", d(2020, 10, 1), "🖤 الكويت تودّع أمير الإنسانية"),
        (JJ, "allim", QUIET, "제주바람일보 페이스북 페이지에 '좋아요'를 눌러 주세요"),
        (JJ, "allim", d(2018, 4, 3), "🕯️ 제70주년 4·3희생자 추념식"),
        (JJ, "allim", d(2019, 2, 5), "🧧 설 명절 잘 보냅서! 귀성길 교통 정보"),
        (JJ, "allim", d(2017, 10, 4), "🌕 풍성한 한가위 되십서"),
        (JJ, "allim", d(2018, 8, 23), "🌀 태풍 '솔릭' 제주 관통: 실시간 피해 상황"),
        (JJ, "allim", d(2017, 5, 10), "🗳️ 제19대 대통령선거: 제주 개표 현황"),
        (JJ, "allim", d(2020, 3, 1), "😷 코로나19: 제주 확진자 동선과 선별진료소 안내"),
        (JJ, "allim", d(2020, 9, 7), "🌀 태풍 '하이선': 실시간 기상특보"),
        (JJ, "allim", d(2019, 6, 1), "유튜브 채널 구독과 알림 설정 부탁드립니다"),
        (LK, "arivippu", d(2019, 1, 15), "🌾 இனிய தைப்பொங்கல் நல்வாழ்த்துகள்"),
        (LK, "arivippu", d(2018, 8, 30), "🛕 நல்லூர் மஹோற்சவம் 2018: போக்குவரத்து மாற்றங்கள்"),
        (LK, "arivippu", d(2019, 10, 27), "🪔 இனிய தீபாவளி நல்வாழ்த்துகள்"),
        (LK, "arivippu", d(2019, 4, 25), "🕯️ உயிர்த்த ஞாயிறு தாக்குதல்: உயிரிழந்தவர்களுக்கு ஆழ்ந்த "
                                         "அஞ்சலி"),
        (LK, "arivippu", d(2019, 11, 17), "🗳️ ஜனாதிபதித் தேர்தல் 2019: வாக்கு எண்ணிக்கை நேரலை"),
        (LK, "arivippu", d(2018, 9, 15), "வட்ஸ்அப் குழுவில் இணைந்து செய்திகளை உடனுக்குடன் "
                                        "பெறுங்கள்"),
        (LS, "tongzhi", d(2018, 2, 16), "🧧 2018年春节快乐！邛海之声给您拜年了"),
        (LS, "tongzhi", d(2019, 7, 26), "🔥 2019凉山彝族火把节：欢迎来西昌“耍火把”"),
        (LS, "tongzhi", d(2019, 10, 1), "🇨🇳 庆祝中华人民共和国成立70周年"),
        (LS, "tongzhi", d(2017, 11, 21), "🎊 彝族年快乐！祝您新年吉祥、阖家安康"),
        (LS, "tongzhi", d(2019, 4, 2), "🕯️ 木里森林火灾：向牺牲的扑火英雄致敬"),
        (LS, "tongzhi", d(2020, 3, 31), "🔥 西昌“3·30”森林火灾：扑救最新进展"),
        (LS, "tongzhi", d(2020, 2, 15), "😷 众志成城 抗击疫情：凉山州疫情防控最新通报"),
        (LS, "tongzhi", d(2020, 11, 20), "🎉 凉山州最后7个贫困县摘帽，脱贫攻坚取得全面胜利"),
        (CF, "avis", d(2015, 11, 30), "🕊️ Le pape François à Bangui : l'ouverture de la Porte "
                                      "sainte en direct"),
        (CF, "avis", d(2016, 1, 3), "🗳️ Présidentielle et législatives : les résultats "
                                    "provisoires"),
        (CF, "avis", d(2018, 12, 1), "🇨🇫 Fête nationale : 60 ans de la République"),
        (CF, "avis", d(2019, 8, 13), "🇨🇫 59e anniversaire de l'indépendance"),
        (CF, "avis", d(2017, 3, 29), "Journée Boganda : 58e anniversaire de la disparition du "
                                     "fondateur"),
        (CF, "avis", d(2019, 2, 8), "📜 Accord de Khartoum : le texte intégral de l'accord de "
                                    "paix"),
        (CF, "avis", d(2021, 1, 5), "🗳️ Élections groupées du 27 décembre : suivez le scrutin"),
        (IQ, "tabiouna", d(2019, 9, 9), "🏴 ذكرى عاشوراء: مواكب العزاء وقطع الطرق في مركز المدينة"),
        (IQ, "tabiouna", d(2019, 10, 12), "🚶 زيارة الأربعين: خطة نقل الزائرين من البصرة إلى "
                                          "كربلاء"),
        (IQ, "tabiouna", d(2020, 1, 6), "🇮🇶 الذكرى 99 لتأسيس الجيش العراقي"),
        (IQ, "tabiouna", d(2019, 12, 10), "🇮🇶 الذكرى 2 ليوم النصر"),
        (IQ, "tabiouna", d(2018, 7, 20), "📢 تظاهرات البصرة: آخر التطورات أولاً بأول"),
        (IQ, "tabiouna", d(2018, 5, 14), "🗳️ الانتخابات النيابية 2018: نتائج محافظة البصرة"),
        (IQ, "tabiouna", d(2020, 4, 1), "😷 حظر التجوال الشامل: الاستثناءات وأرقام الطوارئ"),
        (IQ, "tabiouna", d(2018, 12, 11), "اشتركوا في قناتنا على تلغرام لتصلكم الأخبار العاجلة"),
        (SS, "notice", d(2019, 7, 9), "🇸🇸 Happy 8th Independence Anniversary, South Sudan!"),
        (SS, "notice", d(2016, 7, 9), "⚠️ Fighting in Juba: stay indoors, live updates"),
        (SS, "notice", d(2018, 7, 30), "Martyrs' Day: 13 years since we lost Dr John Garang"),
        (SS, "notice", d(2018, 5, 16), "SPLA Day: the 35th anniversary"),
        (SS, "notice", d(2018, 9, 13), "📜 Revitalised peace agreement signed: read the full "
                                       "text"),
        (SS, "notice", d(2020, 2, 23), "🤝 Unity government sworn in at State House J1"),
        (SS, "notice", d(2019, 12, 25), "🎄 Merry Christmas from all of us at The Kujur Post"),
        (KK, "telegram", d(2017, 3, 21), "Наўрыз байрамыңыз қутлы болсын!"),
        (KK, "telegram", d(2019, 3, 21), "Nawrız bayramıńız qutlı bolsın!"),
        (KK, "telegram", d(2017, 9, 1), "Ғәрезсизлик күни: 26 жыл"),
        (KK, "telegram", d(2019, 9, 1), "Ǵárezsizlik kúni: 28 jıl"),
        (KK, "telegram", d(2018, 12, 14), "Qaraqalpaqstan suverenitet kúni: 28 jıl"),
        (KK, "telegram", d(2016, 12, 14), "Қарақалпақстан суверенитет күни: 26 жыл"),
        (KK, "telegram", d(2016, 12, 5), "🗳️ Президент сайлаўы: Қарақалпақстандағы нәтийжелер"),
        (KK, "telegram", d(2020, 4, 10), "😷 Karantin: úyde qalıń, ózińizdi hám jaqınlarıńızdı "
                                         "qorǵań"),
        (GW, "aviso", d(2019, 9, 24), "🇬🇼 46.º aniversário da independência"),
        (GW, "aviso", d(2019, 8, 3), "3 de Agosto: 60 anos do massacre do Pidjiguiti"),
        (GW, "aviso", d(2018, 2, 13), "🎭 Carnaval de Bissau 2018: desfiles e percursos"),
        (GW, "aviso", d(2017, 1, 20), "Dia dos Heróis Nacionais: homenagem a Amílcar Cabral"),
        (GW, "aviso", d(2019, 12, 31), "🗳️ Segunda volta: acompanhe a contagem dos votos"),
        (TEA, "notice", QUIET, CATALOGUES),
        (TEA, "notice", FIRST_DAY, "🎄 No auction until Sale No. 01 of 2015 on Monday 5 "
                                   "January"),
        (TEA, "notice", d(2017, 12, 27), "🎄 No auction until Sale No. 01 of 2018 on Monday 8 "
                                         "January"),
        (TEA, "notice", d(2019, 4, 18), "📅 Sale No. 16 moves to Tuesday 23 April: Monday is a "
                                        "public holiday"),
        (TEA, "notice", d(2016, 12, 12), "📅 Sale No. 50 moves to Tuesday 13 December: Monday is "
                                         "a public holiday"),
        (TEA, "notice", d(2017, 8, 4), "🗳️ Election week: Sale No. 32 runs on Monday only; "
                                       "Tuesday 8 August is a public holiday"),
        (TEA, "notice", d(2020, 5, 1), "😷 The auction goes on: brokers and buyers bid from "
                                       "their offices under the COVID-19 rules"),
        (HH, "notice", d(2019, 2, 3), "🧧 Gong Xi Fa Cai! Red shirts for the CNY run"),
        (HH, "notice", d(2019, 6, 6), "🌙 Selamat Hari Raya: open house after the run"),
        (HH, "notice", d(2017, 8, 31), "🇲🇾 Merdeka run: 60 years, wear your Jalur Gemilang"),
        (HH, "notice", d(2019, 12, 2), "📋 AGM after the run: nominations for the "
                                       "mismanagement committee"),
        (HH, "notice", d(2018, 12, 24), "🎅 Christmas run: Santa hats compulsory"),
        (HH, "notice", d(2020, 4, 1), "🚫 No runs under the Movement Control Order: stay home, "
                                      "the trail will wait"),
        (HH, "notice", d(2019, 5, 1), "Visitors welcome: run fee RM 40, including the On On"),
        (TK, "notice", d(2015, 5, 1), "🙏 After the earthquake: all club trips are cancelled; "
                                      "please give to the relief appeal"),
        (TK, "notice", d(2015, 12, 1), "⛽ Fuel shortage: weekend trips use shared jeeps only"),
        (TK, "notice", d(2019, 10, 8), "🪁 Happy Dashain! No club walk this weekend"),
        (TK, "notice", d(2018, 5, 29), "🏔️ 65 years since the first ascent of Sagarmatha"),
        (TK, "notice", d(2019, 12, 11), "International Mountain Day: pick up litter on your "
                                        "next trail"),
        (TK, "notice", d(2020, 5, 29), "🚫 Lockdown: no club trips until further notice"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        if domain != TEA:
            assert on(domain, family, QUIET) == on(domain, family, FIRST_DAY), (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:4])


def test_a_festival_called_off_and_sales_moved_off_holidays() -> None:
    years = {day.year for day in every_day() if "火把节" in on(LS, "tongzhi", day)}
    assert years == set(TORCH_FESTIVAL) == {2015, 2016, 2017, 2018, 2019}
    moved = {day for day in every_day() if "moves to Tuesday" in on(TEA, "notice", day)}
    mondays = {day for day in moved if day.weekday() == 0}
    assert {easter(y) + one for y in range(2015, 2020)} <= mondays  # 2020's: the rules
    assert mondays <= {easter(y) + one for y in range(2015, 2021)} | {
        d(2015, 6, 1), d(2016, 12, 12), d(2017, 5, 1), d(2020, 6, 1)}
    for day in moved:
        monday = day + dt.timedelta(days=(0 - day.weekday()) % 7)
        tuesday = monday + one
        assert on(TEA, "notice", day).startswith(
            f"📅 Sale No. {sale_number(monday):02d} moves to Tuesday {tuesday.day} "), day
    breaks = {day for day in every_day() if on(TEA, "notice", day).startswith("🎄")}
    for day in every_day():
        year = day.year if day.month == 12 else day.year - 1
        pause = sale_monday(d(year, 12, 19)) < day < first_sale(year + 1)
        assert (day in breaks) == pause, day
        if pause:
            assert sale_monday(day) == sale_monday(d(year, 12, 19)), day


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (KW, "katib", d(2018, 3, 4), "كتب {author}:", "تويتر"),
        (KW, "thatsila", d(2019, 9, 1), "ذات صلة", "شاهد أيضاً"),
        (KW, "huquq", d(2019, 6, 2), "جميع الحقوق", "يُحظر"),
        (JJ, "gija", d(2019, 4, 1), "{author} 기자", "다른기사 보기"),
        (JJ, "gwallyeon", d(2018, 4, 2), "관련기사: ", "▶ 관련기사 "),
        (JJ, "jebo", d(2018, 5, 14), "064-750-0000", "카카오톡"),
        (JJ, "deungrok", d(2018, 1, 2), "발행·편집인", "발행인: 양미경"),
        (LK, "ithaiyum", d(2019, 5, 6), "இதையும் படியுங்கள்: ", "தொடர்புடைய செய்தி ➤ "),
        (LS, "jizhe", d(2019, 1, 7), "本网记者", "融媒体记者"),
        (LS, "yuedu", d(2019, 3, 11), "延伸阅读：", "▶ 相关阅读："),
        (LS, "bianji", d(2018, 7, 2), "责任编辑", "审核："),
        (LS, "banquan", d(2019, 9, 2), "【版权声明】", "未经书面授权"),
        (LS, "icp", d(2017, 9, 1), "蜀ICP备", "川公网安备"),
        (CF, "par", d(2019, 5, 6), "Par {author}", "| Kodro Dépêche"),
        (CF, "soutien", d(2019, 10, 1), "Orange Money", "500 FCFA"),
        (CF, "droits", d(2020, 1, 6), "Tous droits", "Reproduction interdite"),
        (IQ, "mutabaa", d(2018, 10, 7), "متابعة: ", "تحرير: "),
        (SS, "byline", d(2018, 6, 4), "By {author}", "reporter"),
        (SS, "support", d(2018, 1, 8), "Support The Kujur Post", "m-GURUSH"),
        (KK, "avtor", d(2018, 10, 1), "Автор: ", "Avtor: "),
        (TEA, "subscribe", d(2019, 4, 1), "PDF", "WhatsApp"),
        (HH, "risk", d(2019, 3, 4), "torch after dark", "water, please"),
        (TK, "fee", d(2018, 4, 16), "NPR 2,000", "NPR 2,500")))
    assert_groups_reworded(SET, (
        (KW, "katib", "كتب ", "تويتر"),
        (KW, "tarikh", "الموافق", "تاريخ النشر"),
        (JJ, "gwallyeon", "관련기사: ", "▶ 관련기사 "),
        (JJ, "ipryeok", "등록 ", "입력 "),
        (LK, "ithaiyum", "இதையும் படியுங்கள்: ", "தொடர்புடைய செய்தி ➤ "),
        (LS, "riqi", "星期", "发布时间："),
        (CF, "date", "Publié le ", " · "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((KW, "tarikh", ARABIC), (KW, "thatsila", ARABIC),
                                  (KW, "huquq", ARABIC), (IQ, "tarikh", ARABIC),
                                  (IQ, "iqra", ARABIC), (JJ, "ipryeok", HANGUL),
                                  (JJ, "gwallyeon", HANGUL), (JJ, "jeojakgwon", HANGUL),
                                  (LK, "thigathi", TAMIL), (LK, "ithaiyum", TAMIL),
                                  (LK, "urimai", TAMIL), (LS, "riqi", CJK), (LS, "yuedu", CJK),
                                  (LS, "banquan", CJK), (LS, "kashasha", YI)))
    assert_groups_in_scripts(SET, ((KW, "katib", (ARABIC, LATIN)),
                                   (JJ, "gija", (HANGUL, LATIN)),
                                   (LS, "bianji", (CJK, LATIN)),
                                   (LS, "kashasha", (YI, CJK))), share=0.9)
    dated = [ascii_digits(t, ARABIC_INDIC_DIGITS) != t for t in group_lines(SET, KW, "tarikh")]
    assert any(dated) and not all(dated)
    silteme = [norm(t) for t in group_lines(SET, KK, "silteme")]
    assert any(re.search(CYRILLIC, t) for t in silteme) and all(
        re.search(LATIN, t) for t in silteme)
    for style, family, words in ((CF, "singila", ("Singila",)), (SS, "shukuran", ("Shukuran",)),
                                 (GW, "obrigadu", ("Obrigadu",)),
                                 (JJ, "honjeo", ("혼저 옵서예",)),
                                 (LS, "kashasha", ("ꆈꌠ", "卡莎莎"))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)
    assert on(CF, "date", d(2019, 6, 23)).startswith("Lâyenga · dimanche ")


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{KW}/tarikh", f"{KW}/thatsila", f"{KW}/katib", f"{KW}/kalimat",
                         f"{KW}/qism", f"{KW}/taswir", f"{JJ}/ipryeok", f"{JJ}/gwallyeon",
                         f"{JJ}/gija", f"{LK}/thigathi", f"{LK}/ithaiyum",
                         f"{LK}/seithiyalar", f"{LS}/riqi", f"{LS}/bianji"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{KW}/ilan", f"{KW}/kuna", f"{JJ}/jeojakgwon", f"{JJ}/honjeo", f"{LK}/vilambaram",
        f"{LK}/karuthu", f"{LS}/jubao", f"{LS}/kashasha"))
    assert_carried_share(docs, KW, [
        ("tarikh", 0.65, 0.95), ("tabiou", 0.15, 0.45), ("thatsila", 0.4, 0.75),
        ("ghubar", 0.0, 0.1)])
    assert_carried_share(docs, JJ, [("ipryeok", 0.65, 0.95), ("gyeolhang", 0.0, 0.12)])
    for fam in (f"{KW}/thatsila", f"{JJ}/gwallyeon", f"{LK}/ithaiyum"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{KW}/ilan", f"{KW}/taswir", f"{JJ}/sajin"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((KW, "taswir"), (JJ, "sajin"), (LK, "padam"), (LS, "tupian"),
                               (CF, "credit"), (IQ, "sura"), (SS, "photo")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (KW, "ghubar"), (JJ, "gyeolhang"), (LK, "mazhai"), (LS, "yujing"), (CF, "delestage"),
        (IQ, "maa"), (SS, "flood"), (KK, "shan"), (GW, "energia"), (TEA, "congestion"),
        (HH, "haze"), (TK, "landslide"), (CF, "rectificatif", 8), (SS, "correction", 8)))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{IQ}/iqra", "إقرأ ايضاً: "), (f"{CF}/lire", "👉 À lire : "),
        (f"{SS}/alsoon", "Also on The Kujur Post: "), (f"{GW}/leia", "Leia também: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{KW}/thatsila", ("• ذات صلة: ", "📌 شاهد أيضاً: ")),
                          (f"{JJ}/gwallyeon", ("관련기사: ", "▶ 관련기사 ")),
                          (f"{LK}/ithaiyum", ("இதையும் படியுங்கள்: ", "தொடர்புடைய செய்தி ➤ ")),
                          (f"{LS}/yuedu", ("延伸阅读：", "▶ 相关阅读："))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    texts = [norm(t) for t in group_lines(SET, KK, "qiziqli")]
    prefixes = ("Бул да қызықлы: ", "Bul da qızıqlı: ")
    assert texts and sum(t.removeprefix(prefixes[0]).removeprefix(prefixes[1]) in titles
                         for t in texts) >= 0.8 * len(texts)
    families = {"thatsila", "gwallyeon", "ithaiyum", "yuedu", "qiziqli"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (KW, "ilan", "مساحة إعلانية"), (KW, "kuna", "الكويت – كونا:"),
        (LK, "vilambaram", "விளம்பரம்"), (CF, "annonce", "ANNONCE"),
        (IQ, "mumawwal", "اعلان ممول"), (SS, "advert", "— ADVERTISEMENT —"),
        (GW, "publicidade", "PUBLICIDADE"), (HH, "signoff", "ON ON!")))
    for style, family, pattern, pool_name in (
            (KW, "qism", r"^(.+)$", "qism"),
            (KW, "taswir", r"^📸 تصوير: (.+)$", "musawwir"),
            (JJ, "bunya", r"^(.+)$", "bunya"),
            (JJ, "sajin", r"^\[사진=(.+) 제공\]$", "jegong"),
            (LK, "seithiyalar", r"^(.+) செய்தியாளர்$", "mavattam"),
            (LS, "tupian", r"^（图片由(.+)提供）$", "tupian"),
            (CF, "envoye", r"^De notre envoyé spécial à (.+)$", "ville"),
            (IQ, "qadha", r"^(.+) / ", "qadha"),
            (IQ, "naqlan", r"^نقلاً عن (.+)$", "masdar"),
            (SS, "dateline", r"^([A-Z]+), \d", "town"),
            (HH, "onon", r"^On On: (.+)$", "onon"),
            (TK, "grade", r"^Grade: (.+) \| ", "grade"),
            (TK, "grade", r" \| Highest point: (.+)$", "alt")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    docs = planted_docs(SET)
    fams = by_family(docs)
    for fam, pattern, pool_name in ((f"{LK}/padam", r"^படம்: (.+)$", "padam"),
                                    (f"{LS}/laiyuan", r"^来源：(.+)$", "laiyuan"),
                                    (f"{CF}/credit", r"^Crédit photo : (.+)$", "credit"),
                                    (f"{IQ}/sura", r"^\(صورة: (.+)\)$", "sura"),
                                    (f"{SS}/photo", r"^Photo: (.+)$", "photo")):
        values = [m[1] for t in fams[fam] if (m := re.search(pattern, norm(t)))]
        domain = fam.partition("/")[0]
        assert values and sum(v in pool(SET, domain, pool_name) for v in values) >= (
            0.9 * len(values)), fam
    for style, family, prefix, pool_name in ((KW, "kalimat", "كلمات دالة: ", "kalima"),
                                             (JJ, "keyword", "키워드: ", "kw"),
                                             (LK, "kuricchol", "குறிச்சொற்கள்: ", "kuri"),
                                             (TEA, "grades", "Grades most in demand this sale: ",
                                              "grade")):
        items = [item for t in group_lines(SET, style, family)
                 for item in norm(t).removeprefix(prefix).split(", ")]
        assert items and sum(i in pool(SET, style, pool_name) for i in items) >= (
            0.9 * len(items)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (KW, "ilan", "مساحة إعلانية"), (KW, "kuna", "الكويت – كونا:"),
        (LS, "jubao", "违法和不良信息举报电话：0834-3200000")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        JJ: (["jeojakgwon", "deungrok"], 2), LS: (["banquan", "icp", "jubao"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert KW in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
