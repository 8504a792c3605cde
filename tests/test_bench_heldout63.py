"""The held-back-63 template set (`tests.bench.heldout_templates_63`): its localised dates
(printed day by day, one with the day of the Punjabi solar month, one in Shan digits with the
Shan year, one turning bilingual on a given day, some changing form on the day of a
redesign), the weekly numbers (a Sunday paper's issues, an observatory's ISO weeks, a
university's teaching weeks with a suspension), the notices it rewords by date, the
calendars and seasons some notices follow (anniversaries with their counts, days on a
weekday of a month, movable feasts, votes, storms, an earthquake, epidemics, festivals
called off, book fairs and graduations on listed days), the monthly, weekly and yearly lines
(fuel prices, a remittance rate, a running tally, a national theme, a currency regime), the
lines in several languages and scripts, the variation it promises, its multi-line blocks and
the hard negatives of its corpus actually occur.

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
from tests.bench.heldout_templates_63 import (
    AE_DEREGULATED,
    AE_REDESIGN,
    AE_SUPER98,
    ARABIC_MONTHS,
    ARABIC_WEEKDAYS,
    AV_SUSPENDED,
    BOOK_FAIR,
    DESI_MONTHS,
    DESI_STARTS,
    FIRST_DAY,
    GO_BILINGUAL,
    GRADUATION,
    HO_REDESIGN,
    IB_REDESIGN,
    LAST_DAY,
    ND_REDESIGN,
    NDEBELE_MONTHS,
    SB_ISSUE_ZERO,
    SH_REDESIGN,
    SHAN_NEW_YEAR,
    SHAN_ZERO,
    SNOW_FESTIVAL,
    SWAHILI_WEEKDAYS,
    TAZAUNGDAING,
    URDU_MONTHS,
    WF_REDESIGN,
    WHEAT_PRICE,
    YB_REDESIGN,
    chipsanke,
    desi_date,
    digits,
    goroka_show,
    mc_released,
    mc_tally,
    nth_weekday,
    ordinal,
    sb_issue,
    sb_sunday,
    semester_starts,
    shan_year,
    teaching_week,
)
from tests.heldout_checks import (
    ascii_digits,
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
    wordings_by_start,
)

SET = "held-back-63"
SITES = ("نبض الشارقة", "해란강소식", "ساندل بار خبراں", "沙流川タイムス", "Nyiragongo Habari",
         "Lik Tai News", "Berita Rumah Panjai", "Ilizwi LeGwanda", "Te Fetuʻu",
         "The Sunday Bayanihan", "Asaro Valley University", "Mida Creek Turtle Watch")
AE, YB, PB, HO = ("nabdalsharjah.ae", "haeranriver.cn", "sandalbarkhabran.pk",
                  "sarugawa-times.jp")
GO, SH, IB, ND = ("nyiragongohabari.cd", "liktainews.org", "beritarumahpanjai.my",
                  "ilizwilegwanda.co.zw")
WF, SB, AV, MC = ("tefetuu.wf", "sundaybayanihan.hk", "asarovalley.ac.pg",
                  "midacreekturtles.or.ke")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((AE, "tarikh"), (YB, "nalja"), (PB, "tarikh"), (HO, "hizuke"), (GO, "tarehe"),
         (SH, "wan"), (IB, "hari"), (ND, "usuku"), (WF, "date"))

# The families that change with the seasons, the years, the months or the weeks.
PERIODIC = ((AE, "wuqud"), (AE, "shiar"), (PB, "mandi"), (HO, "kisetsu"), (GO, "volkano"),
            (IB, "sungai"), (ND, "imali"), (WF, "avion"), (SB, "issue"), (SB, "padala"),
            (AV, "semester"), (MC, "tally"), (MC, "season"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((AE, "tanbih"), (YB, "allim"), (PB, "salam"), (HO, "oshirase"), (GO, "ujumbe"),
           (SH, "tiang"), (IB, "gawai"), (ND, "isaziso"), (WF, "avis"), (SB, "notice"),
           (AV, "notice"), (MC, "notice"))

# A day no notice of the set turns for an event on, before any of them was reworded.
QUIET = d(2016, 10, 19)

ARABIC = r"[\u0600-\u06ff]"
HANGUL = r"[\uac00-\ud7af]"
CJK = r"[\u4e00-\u9fff]"
KANA = r"[\u3040-\u30ff\u31f0-\u31ff]"
MYANMAR = r"[\u1000-\u109f]"  # the Burmese and Shan letters and the Shan digits
SHAN = r"[\u1075-\u109f]"  # the Shan letters, tones and digits
LATIN = r"[A-Za-z]"
SHAN_DIGITS = "".join(chr(ord(SHAN_ZERO) + k) for k in range(10))


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def _sh(number: int) -> str:
    return digits(number, SHAN_ZERO)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 12, 24), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert nth_weekday(2019, 8, 0, 2) == d(2019, 8, 12)
    assert nth_weekday(2019, 9, 5, 3) == d(2019, 9, 21)
    assert [ordinal(n) for n in (1, 2, 3, 44, 121, 122)] == ["1st", "2nd", "3rd", "44th",
                                                             "121st", "122nd"]
    assert digits(2114, SHAN_ZERO) == "႒႑႑႔"
    assert desi_date(d(2019, 6, 21)) == (3, 7) and DESI_MONTHS[3] == "ہاڑ"
    assert desi_date(d(2019, 1, 13)) == (9, 30) and desi_date(d(2019, 1, 14)) == (10, 1)
    assert desi_date(d(2016, 3, 13)) == (11, 30) and desi_date(d(2016, 3, 14)) == (0, 1)
    assert [shan_year(day) for day in (d(2015, 1, 1), d(2019, 11, 25), d(2019, 11, 26),
                                       d(2021, 1, 5))] == [2109, 2113, 2114, 2115]
    assert sb_sunday(d(2019, 6, 21)) == d(2019, 6, 16) == sb_sunday(d(2019, 6, 16))
    assert sb_issue(SB_ISSUE_ZERO[0]) == SB_ISSUE_ZERO[1] and sb_issue(d(2019, 6, 16)) == 650
    assert SB_ISSUE_ZERO[0].weekday() == 6
    assert semester_starts(2019) == (d(2019, 2, 25), d(2019, 7, 29))
    assert semester_starts(2020) == (d(2020, 2, 24), d(2020, 7, 27))
    assert [teaching_week(day) for day in (d(2020, 3, 20), d(2020, 4, 1), d(2020, 5, 18),
                                           d(2020, 7, 26), d(2020, 7, 27), d(2019, 6, 21))] == [
        (1, 4), None, (1, 5), (1, 14), (2, 1), None]
    assert goroka_show(2019) == d(2019, 9, 14) and goroka_show(2020) is None
    assert chipsanke(2019) == d(2019, 8, 18) and chipsanke(2020) is None
    assert all(55 <= mc_released(y, m) < 96 for y in range(2015, 2021) for m in range(1, 13))
    assert mc_tally(d(2015, 1, 20)).endswith(": 14,260")
    assert mc_tally(d(2015, 2, 1)).endswith(f": {14_260 + mc_released(2015, 1):,}")


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(AE, "tarikh", old, "السبت، 5 مارس 2016")
    full(AE, "tarikh", new, r"2019/06/21 \d\d:\d\d بتوقيت الإمارات")
    full(YB, "nalja", old, "2016년 3월 5일 토요일")
    full(YB, "nalja", new, r"발표시간: 2019-06-21 \d\d:\d\d")
    full(PB, "tarikh", old, "چھنچھر 5 مارچ 2016 — 22 پھگن")
    full(PB, "tarikh", new, r"چھپی: 21-06-2019، \d\d:\d\d \| 7 ہاڑ")
    full(HO, "hizuke", old, "2016年3月5日（土）")
    full(HO, "hizuke", new, r"2019/06/21 \d\d:\d\d更新")
    full(GO, "tarehe", old, "Jumamosi 5 Machi 2016")
    full(GO, "tarehe", new, "Ijumaa 21 Juni 2019 / vendredi 21 juin 2019")
    full(GO, "tarehe", d(2019, 6, 1), "Jumamosi 1 Juni 2019 / samedi 1er juin 2019")
    full(SH, "wan", old, "ဝၼ်းသဝ် ႐႕/႐႓/႒႐႑႖")
    full(SH, "wan", new, "႒႑.႖.႒႐႑႙ · ပီတႆး ႒႑႑႓")
    full(IB, "hari", old, "Hari Enam, 5 Mac 2016")
    full(IB, "hari", new, r"Diterbit 21/6/2019, \d\d:\d\d")
    full(ND, "usuku", old, "uMgqibelo, 5 uMbimbitho 2016")
    full(ND, "usuku", new, r"Kuphume: 21 uNhlangula 2019, ngo-\d\d:\d\d")
    full(WF, "date", old, "Samedi 5 mars 2016")
    full(WF, "date", d(2019, 6, 1), "Samedi 1er juin 2019")
    full(WF, "date", d(2019, 8, 2), r"Mis à jour le 02/08/2019 à \d\d:\d\d \(heure de Wallis\)")
    full(SB, "issue", new, "Sunday, 16 June 2019 · Issue No. 650")
    full(AV, "semester", old, "Semester 1, 2016 · Week 1")
    full(AV, "semester", new, "Mid-year break · Semester 2 begins on 29 July")
    full(MC, "fieldnote", old, "Field notes · 5 March 2016 · .+")
    full(AV, "release", new, "University News · June 21, 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd, month = day.weekday(), day.month
        ae = on(AE, "tarikh", day)
        if day < AE_REDESIGN:
            assert ae == (f"{ARABIC_WEEKDAYS[wd]}، {day.day} {ARABIC_MONTHS[month - 1]} "
                          f"{day.year}"), ae
        else:
            assert ae.startswith(f"{day:%Y/%m/%d} ") and ae.endswith(" بتوقيت الإمارات"), ae
        yb = on(YB, "nalja", day)
        assert yb.startswith("발표시간: ") == (day >= YB_REDESIGN), yb
        assert (f"{day.year}년 {month}월 {day.day}일 " in yb) == (day < YB_REDESIGN), yb
        desi_month, desi_day = desi_date(day)
        pb = on(PB, "tarikh", day)
        assert pb.endswith(f"{desi_day} {DESI_MONTHS[desi_month]}"), pb
        assert (f" {day.day} {URDU_MONTHS[month - 1]} {day.year} — " in pb) == (
            day < d(2019, 1, 14)), pb
        ho = on(HO, "hizuke", day)
        assert ho.endswith("更新") == (day >= HO_REDESIGN), ho
        go = on(GO, "tarehe", day)
        assert go.startswith(f"{SWAHILI_WEEKDAYS[wd]} {day.day} ") and (" / " in go) == (
            day >= GO_BILINGUAL), go
        assert (" 1er " in go) == (day >= GO_BILINGUAL and day.day == 1), go
        sh = on(SH, "wan", day)
        assert not re.search(r"[0-9]", sh) and str(day.year) in ascii_digits(sh, SHAN_DIGITS)
        assert ("ပီတႆး" in sh) == (day >= SH_REDESIGN), sh
        if day >= SH_REDESIGN:
            assert ascii_digits(sh, SHAN_DIGITS).endswith(f" {shan_year(day)}"), sh
        assert on(IB, "hari", day).startswith("Diterbit ") == (day >= IB_REDESIGN)
        nd = on(ND, "usuku", day)
        assert f"{day.day} {NDEBELE_MONTHS[month - 1]} {day.year}" in nd, nd
        assert nd.startswith("Kuphume: ") == (day >= ND_REDESIGN), nd
        assert on(WF, "date", day).startswith("Mis à jour le ") == (day >= WF_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_the_shan_year_and_the_punjabi_months() -> None:
    for year, first in SHAN_NEW_YEAR.items():
        day = d.fromisoformat(first)
        if not FIRST_DAY < day <= LAST_DAY:
            continue
        assert shan_year(day - one) == year + 94 and shan_year(day) == year + 95
        if day - one >= SH_REDESIGN:
            assert on(SH, "wan", day - one).endswith(f"ပီတႆး {_sh(year + 94)}")
            assert on(SH, "wan", day).endswith(f"ပီတႆး {_sh(year + 95)}")
        if year <= 2020:
            assert on(SH, "tiang", day).startswith(f"🎉 ပီမႂ်ႇတႆး {_sh(year + 95)} "), year
    firsts = [day for day in every_day() if desi_date(day)[1] == 1]
    assert {(day.month, day.day) for day in firsts} == set(DESI_STARTS)
    assert len(firsts) == 12 * 6
    lengths = Counter(desi_date(day - one)[1] for day in firsts[1:])
    assert set(lengths) <= {29, 30, 31, 32} and lengths[31] + lengths[32] >= 18
    assert on(PB, "tarikh", d(2019, 4, 14)).endswith("| 1 وساکھ")


def test_weekly_numbers() -> None:
    issues = []
    weeks: dict[int, set[int]] = {}
    for day in every_day():
        m = re.fullmatch(r"Sunday, (\d+) (\w+) (\d{4}) · Issue No\. (\d+)", on(SB, "issue", day))
        assert m, day
        sunday = sb_sunday(day)
        assert sunday.weekday() == 6 and sunday <= day < sunday + 7 * one, day
        assert int(m[1]) == sunday.day and int(m[4]) == sb_issue(sunday), day
        issues.append(int(m[4]))
        v = re.fullmatch(r"🌋 OVG, bulletin hebdomadaire S(\d\d)/(\d{4}) : niveau d'alerte "
                         r"JAUNE pour le Nyiragongo", on(GO, "volkano", day))
        assert v and (int(v[2]), int(v[1])) == day.isocalendar()[:2], day
        weeks.setdefault(int(v[2]), set()).add(int(v[1]))
    assert issues == sorted(issues) and sorted(set(issues)) == list(range(issues[0],
                                                                          issues[-1] + 1))
    assert len(set(issues)) == 314
    assert {year: max(w) for year, w in weeks.items()} == {
        2015: 53, 2016: 52, 2017: 52, 2018: 52, 2019: 52, 2020: 53}
    starts, _ = wordings_by_start(SET, GO, "volkano")
    assert all(d.fromisoformat(s).weekday() == 0 for s in starts[1:])
    starts, _ = wordings_by_start(SET, SB, "padala")
    assert all(d.fromisoformat(s).weekday() == 6 for s in starts[1:]) and len(starts) >= 250
    taught: dict[tuple[int, int], list[int]] = {}
    for day in every_day():
        line = on(AV, "semester", day)
        week = teaching_week(day)
        if week:
            assert line == f"Semester {week[0]}, {day.year} · Week {week[1]}", day
            taught.setdefault((day.year, week[0]), []).append(week[1])
        elif AV_SUSPENDED[0] <= day <= AV_SUSPENDED[1]:
            assert "suspended" in line, day
        else:
            assert line.startswith(("Mid-year break · ", "Long vacation · ")), day
    for key, numbers in taught.items():
        assert sorted(set(numbers)) == list(range(1, 15)) and len(numbers) == 98, key
    assert not any(on(AV, "semester", day).startswith("Mid-year") for day in every_day()
                   if day.year == 2020)
    assert on(AV, "semester", d(2018, 12, 10)) == ("Long vacation · Semester 1, 2019 begins on "
                                                   "25 February")
    for style, family in ((SB, "issue"), (GO, "volkano")):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 5, (style, family)


def test_seasons_years_months_and_rates() -> None:
    for day in every_day():
        fuel = on(AE, "wuqud", day)
        if day < AE_DEREGULATED:
            assert "1.72" in fuel and "سعر ثابت" in fuel, day
        else:
            super98 = AE_SUPER98[day.year][day.month - 1]
            assert fuel.endswith(f"سوبر 98 {super98:.2f} درهم، خصوصي 95 {super98 - 0.11:.2f} "
                                 f"درهم"), fuel
            assert f"لشهر {ARABIC_MONTHS[day.month - 1]} {day.year}:" in fuel, fuel
        assert on(AE, "shiar", day).startswith(f"🇦🇪 {day.year} عام "), day
        market = on(PB, "mandi", day)
        assert (f"امدادی قیمت {WHEAT_PRICE[day.year]} روپے" in market) == (day.month in (4, 5))
        assert ("کپاہ" in market) == (9 <= day.month <= 11), day
        assert ("🥚" in on(MC, "season", day)) == (3 <= day.month <= 7), day
        assert ("Musim landas" in on(IB, "sungai", day)) == (day.month in (11, 12, 1, 2)), day
    starts, _ = wordings_by_start(SET, AE, "wuqud")
    assert all(s.endswith("-01") for s in starts[1:]) and starts[1] == "2015-08-01"
    assert len(starts) >= 60
    assert len(wordings_by_start(SET, AE, "shiar")[0]) == 7
    assert "عام التسامح" in on(AE, "shiar", d(2019, 6, 1))
    assert "🐴" in on(HO, "kisetsu", d(2019, 4, 1)) and "🌊" in on(HO, "kisetsu", d(2019, 8, 1))
    assert "⛄" in on(HO, "kisetsu", d(2019, 1, 10)) and "🍂" in on(HO, "kisetsu", d(2019, 10, 9))
    assert "kemarau" in on(IB, "sungai", d(2019, 7, 1))
    assert "🐣" in on(MC, "season", d(2019, 9, 1)) and "🌊" in on(MC, "season", d(2019, 12, 1))
    tallies = [int(m[1].replace(",", "")) for day in every_day()
               if (m := re.fullmatch(r"🐢 Turtles rescued and released since 1998: ([\d,]+)",
                                     on(MC, "tally", day)))]
    assert len(tallies) == len(every_day()) and tallies == sorted(tallies)
    assert len(set(tallies)) == 72 and 18_000 < tallies[-1] < 21_000
    rates = [float(m[1]) for day in every_day()
             if (m := re.fullmatch(r"💱 Padala rate this week: HK\$1 = ₱(\d\.\d\d)",
                                   on(SB, "padala", day)))]
    assert len(rates) == len(every_day()) and 5.6 < min(rates) < 6.0 < 6.7 < max(rates) < 6.9
    assert len(set(rates)) >= 80
    assert on(ND, "imali", d(2016, 11, 27)) != on(ND, "imali", d(2016, 11, 28))
    assert "bond" in on(ND, "imali", d(2018, 1, 1)) and "ZWL" in on(ND, "imali", d(2019, 12, 1))
    assert "aseMelika" in on(ND, "imali", d(2020, 4, 1))
    assert "suspendues" in on(WF, "avion", d(2020, 5, 1))
    assert "vendredi" in on(WF, "avion", d(2018, 5, 1))
    for style, family, pattern in ((AE, "wuqud", r"\d\.\d\d"), (SB, "padala", r"\d\.\d\d"),
                                   (MC, "tally", r"[\d,]+$")):
        seen = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(seen) >= 2, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (AE, "tanbih", QUIET, "تابعوا نبض الشارقة على تويتر وإنستغرام"),
        (AE, "tanbih", d(2019, 3, 1), "📲 حمّلوا تطبيق نبض الشارقة على هواتفكم الذكية"),
        (AE, "tanbih", d(2019, 5, 20), "🌙 رمضان كريم: مواعيد الإمساك والإفطار في الشارقة"),
        (AE, "tanbih", d(2018, 6, 16), "عيد فطر سعيد، وكل عام وأنتم بخير"),
        (AE, "tanbih", d(2019, 8, 10), "🐑 عيد أضحى مبارك، تقبل الله منا ومنكم"),
        (AE, "tanbih", d(2018, 11, 3), "🇦🇪 يوم العلم: ارفعوا العلم عند الساعة 11 صباحاً"),
        (AE, "tanbih", d(2018, 11, 5), "📚 الدورة الـ37 من معرض الشارقة الدولي للكتاب"),
        (AE, "tanbih", d(2017, 11, 30), "🕊️ يوم الشهيد: الإمارات تستذكر أبناءها البررة"),
        (AE, "tanbih", d(2019, 12, 2), "🇦🇪 اليوم الوطني الـ48: كل عام والإمارات بخير"),
        (AE, "tanbih", d(2016, 3, 9), "⛈️ حالة عدم استقرار جوي: تعليق الدراسة في مدارس "
                                      "الدولة"),
        (AE, "tanbih", d(2019, 9, 28), "🚀 هزاع المنصوري أول رائد فضاء إماراتي على متن محطة "
                                       "الفضاء الدولية"),
        (AE, "tanbih", d(2020, 4, 30), "😷 البرنامج الوطني للتعقيم: خليك في البيت"),
        (AE, "tanbih", d(2020, 7, 20), "🚀 مسبار الأمل ينطلق في رحلته إلى المريخ"),
        (YB, "allim", QUIET, "위챗 공식계정 '해란강소식'을 팔로우하고 연변 소식을 받아보세요"),
        (YB, "allim", d(2019, 7, 1), "📱 해란강소식 앱을 내려받고 연변 소식을 제일 먼저 "
                                     "받아보세요"),
        (YB, "allim", d(2019, 2, 5), "🧧 2019년 설명절을 즐겁게 보내십시오! 新春快乐"),
        (YB, "allim", d(2017, 10, 4), "🌕 추석명절을 즐겁게 보내십시오"),
        (YB, "allim", d(2017, 10, 2), "🇨🇳 중화인민공화국 창건 68돐"),
        (YB, "allim", d(2017, 9, 3), "🎉 연변조선족자치주 창립 65돐을 열렬히 경축합니다"),
        (YB, "allim", d(2018, 8, 15), "👴 로인절: 어르신들의 만수무강을 축원합니다"),
        (YB, "allim", d(2015, 9, 21), "🚄 장춘-훈춘 고속철도 개통: 연길서역 렬차 시간표"),
        (YB, "allim", d(2016, 8, 31), "🌊 두만강류역 홍수: 피해 상황과 구조 소식"),
        (YB, "allim", d(2020, 2, 15), "😷 신형코로나 방역: 연변주 최신 통보"),
        (YB, "allim", d(2020, 9, 3), "🌀 태풍 '마이삭' 영향: 연변 전역에 폭우 경보"),
        (PB, "salam", QUIET, "ساڈا فیس بک پیج لائک کرو تے تازہ خبراں لوو"),
        (PB, "salam", d(2019, 1, 1), "📲 تازہ خبراں واٹس ایپ تے: ساڈا نمبر اپنے فون وچ محفوظ "
                                     "کرو"),
        (PB, "salam", d(2019, 5, 20), "🌙 رمضان مبارک: فیصل آباد لئی سحری تے افطاری دا ٹائم "
                                      "ٹیبل"),
        (PB, "salam", d(2019, 6, 5), "عید مبارک! ساری ٹیم ولوں دلی مبارکاں"),
        (PB, "salam", d(2019, 8, 11), "🐐 وڈی عید مبارک!"),
        (PB, "salam", d(2019, 3, 23), "🇵🇰 یوم پاکستان: قرارداد لاہور نوں 79 ورھے ہو گئے"),
        (PB, "salam", d(2019, 4, 14), "🌾 وساکھی دیاں ودھائیاں! کنک دی واڈھی شروع"),
        (PB, "salam", d(2018, 8, 14), "🇵🇰 71واں یوم آزادی مبارک ہووے"),
        (PB, "salam", d(2019, 8, 14), "🐐 وڈی عید مبارک!"),  # the Eid wins
        (PB, "salam", d(2019, 11, 9), "علامہ اقبال دا 142واں جنم دیہاڑا"),
        (PB, "salam", d(2019, 12, 25), "قائد اعظم دا 143واں جنم دیہاڑا"),
        (PB, "salam", d(2018, 7, 26), "🗳️ چوناں 2018: فیصل آباد دے حلقیاں دے نتیجے"),
        (PB, "salam", d(2017, 3, 5), "🏏 پی ایس ایل فائنل لاہور وچ: سارا حال ایتھے"),
        (PB, "salam", d(2020, 4, 1), "😷 لاک ڈاؤن: گھر رہو، محفوظ رہو"),
        (HO, "oshirase", QUIET, "沙流川タイムスの公式ツイッターもフォローしてください"),
        (HO, "oshirase", d(2019, 8, 1), "📱 LINE公式アカウントを友だち追加すると、最新ニュース"
                                        "が届きます"),
        (HO, "oshirase", d(2016, 9, 1), "🌀 台風10号：沙流川の増水と通行止め情報"),
        (HO, "oshirase", d(2018, 9, 7), "⚠️ 胆振東部地震：停電・断水と避難所の情報"),
        (HO, "oshirase", d(2019, 4, 6), "🗳️ 北海道知事選挙：開票速報"),
        (HO, "oshirase", d(2020, 3, 1), "😷 北海道の緊急事態宣言：週末の外出自粛のお願い"),
        (HO, "oshirase", d(2020, 5, 1), "😷 緊急事態宣言：不要不急の外出はお控えください"),
        (HO, "oshirase", d(2020, 7, 15), "🏛️ ウポポイ（民族共生象徴空間）が白老町で開業"),
        (HO, "oshirase", d(2019, 8, 18), "🛶 第51回チプサンケ：二風谷で丸木舟の進水式"),
        (HO, "oshirase", d(2019, 2, 6), "❄️ 第70回さっぽろ雪まつり開催中"),
        (HO, "oshirase", d(2019, 8, 14), "🏮 お盆期間中は8月16日まで更新をお休みします"),
        (HO, "oshirase", d(2020, 1, 2), "🎍 年末年始は休刊します。2020年1月4日から通常どおり"
                                        "更新します"),
        (GO, "ujumbe", QUIET, "Fuata Nyiragongo Habari kwenye Facebook na Twitter"),
        (GO, "ujumbe", d(2018, 1, 10), "📲 Pata habari zetu kwenye WhatsApp: tuma neno "
                                       "HABARI"),
        (GO, "ujumbe", d(2019, 1, 5), "🗳️ Uchaguzi wa Desemba 30: matokeo ya muda ya CENI"),
        (GO, "ujumbe", d(2019, 6, 30), "🦠 Ebola: nawa mikono kwa maji safi na sabuni"),
        (GO, "ujumbe", d(2020, 4, 1), "😷 Corona: vaa barakoa na uepuke mikusanyiko"),
        (GO, "ujumbe", d(2017, 6, 30), "🇨🇩 Miaka 57 ya uhuru wa Kongo: heri kwa wote!"),
        (GO, "ujumbe", d(2017, 1, 17), "Siku ya mashujaa wa taifa: tunawakumbuka Lumumba na "
                                       "Kabila"),
        (GO, "ujumbe", d(2020, 12, 25), "🎄 Noeli njema na mwaka mpya wa amani!"),
        (SH, "tiang", QUIET, "📘 ၸွႆႈ Like ၼႃႈ Facebook ႁဝ်းၶႃႈ"),
        (SH, "tiang", d(2019, 1, 1), "▶️ ၸွႆႈ Subscribe ၶွင်ႈ YouTube ႁဝ်းၶႃႈ"),
        (SH, "tiang", d(2015, 11, 10), "🗳️ ၵၢၼ်လိူၵ်ႈတင်ႈ 2015: ၽွၼ်းလိူၵ်ႈတင်ႈ ၼႂ်းမိူင်းတႆး"),
        (SH, "tiang", d(2020, 11, 12), "🗳️ ၵၢၼ်လိူၵ်ႈတင်ႈ 2020: ၽွၼ်းလိူၵ်ႈတင်ႈ ၼႂ်းမိူင်းတႆး"),
        (SH, "tiang", d(2020, 5, 1), "😷 COVID-19: ၵၢပ်ႇၼႃႈ လႄႈ လၢင်ႉမိုဝ်းၵူႈပွၵ်ႈ"),
        (SH, "tiang", d(2019, 11, 26), "🎉 ပီမႂ်ႇတႆး ႒႑႑႔ ၵႃႈၶႅမ်ႉၸႂ်ၵူႈၵေႃႉ"),
        (SH, "tiang", d(2019, 2, 7), "ဝၼ်းၸိူဝ်ႉၶိူဝ်းတႆး ပွၵ်ႈထီႉ ႗႒"),
        (SH, "tiang", d(2019, 4, 14), "💦 ပွႆးသွၼ်ၼမ်ႉ: မႂ်ႇသုင်ပီမႂ်ႇ"),
        (SH, "tiang", d(2019, 11, 10), "🎈 တောင်ကြီး တန်ဆောင်တိုင် မီးပုံးပျံပွဲ 2019"),
        (IB, "gawai", QUIET, "Like page Facebook kami ngambi berita ti baru"),
        (IB, "gawai", d(2019, 1, 1), "📲 Tama grup WhatsApp kami ngambi berita baru tiap hari"),
        (IB, "gawai", d(2016, 5, 8), "🗳️ Pilihan Raya Negeri Sarawak 2016: keputusan penuh"),
        (IB, "gawai", d(2018, 5, 10), "🗳️ PRU14: keputusan kerusi parlimen Sarawak"),
        (IB, "gawai", d(2017, 1, 12), "🖤 Sarawak berasai tusah ati: Ketua Menteri udah parai"),
        (IB, "gawai", d(2020, 4, 1), "😷 PKP: anang pansut ari rumah enti nadai utai penting"),
        (IB, "gawai", d(2019, 6, 1), "🌾 Selamat Ari Gawai 2019! Gayu guru, gerai nyamai"),
        (IB, "gawai", d(2019, 7, 22), "Hari Sarawak: 56 taun Sarawak merintah diri"),
        (IB, "gawai", d(2015, 7, 22), "Like page Facebook kami ngambi berita ti baru"),
        (IB, "gawai", d(2019, 9, 16), "🇲🇾 Selamat Hari Malaysia ke-56"),
        (IB, "gawai", d(2019, 12, 25), "🎄 Selamat Ari Krismas enggau Taun Baru"),
        (ND, "isaziso", QUIET, "Silandele ku-Facebook lo-Twitter"),
        (ND, "isaziso", d(2018, 12, 1), "📲 Joyina iqembu lethu le-WhatsApp ukuze uthole "
                                        "izindaba masinyane"),
        (ND, "isaziso", d(2018, 8, 1), "🗳️ Ukhetho luka-2018: imiphumela yeMatabeleland "
                                       "South"),
        (ND, "isaziso", d(2019, 1, 16), "⛽ Ukuswela kwamafutha: imigqa emide eziteshini"),
        (ND, "isaziso", d(2019, 3, 20), "🌀 Isiphepho u-Idai: sizani abahlukumezekileyo"),
        (ND, "isaziso", d(2020, 4, 10), "😷 Ukuvalwa kwelizwe: hlalani emakhaya"),
        (ND, "isaziso", d(2019, 4, 18), "🇿🇼 Halala! Iminyaka engu-39 yenkululeko"),
        (ND, "isaziso", d(2019, 8, 13), "Usuku lwamaqhawe: siyawakhumbula amaqhawe elizwe"),
        (ND, "isaziso", d(2019, 12, 22), "Usuku lobunye: iminyaka engu-32 kusukela kusayinwa "
                                         "isivumelwano"),
        (WF, "avis", QUIET, "Suivez Te Fetuʻu sur Facebook"),
        (WF, "avis", d(2019, 3, 1), "📲 Recevez nos infos sur Messenger : écrivez « INFOS »"),
        (WF, "avis", d(2017, 3, 27), "🗳️ Territoriales 2017 : les résultats circonscription "
                                     "par circonscription"),
        (WF, "avis", d(2020, 4, 1), "😷 Covid-19 : le territoire ferme ses liaisons aériennes, "
                                    "restez prudents"),
        (WF, "avis", d(2019, 4, 28), "✝️ Saint Pierre Chanel : 178 ans de son martyre à Poi"),
        (WF, "avis", d(2019, 7, 29), "🇼🇫 Fête du Territoire : 58 ans du statut"),
        (WF, "avis", d(2019, 8, 15), "Fête de l'Assomption : Mālō te katoaga !"),
        (WF, "avis", d(2019, 12, 25), "🎄 Joyeux Noël, Mālō te Kilisimasi !"),
        (SB, "notice", QUIET, "Pick up your free copy every Sunday at Chater Road and Statue "
                              "Square"),
        (SB, "notice", d(2019, 7, 1), "Read the e-paper every Sunday on our Facebook page"),
        (SB, "notice", d(2016, 4, 20), "🗳️ Overseas absentee voting is open until 9 May: "
                                       "bring your passport"),
        (SB, "notice", d(2017, 8, 23), "🌀 Typhoon Hato: Signal No. 10, stay indoors and check "
                                       "on your kababayan"),
        (SB, "notice", d(2018, 9, 16), "🌀 Typhoon Mangkhut (Ompong): stay indoors and check "
                                       "on your kababayan"),
        (SB, "notice", d(2019, 5, 1), "🗳️ Overseas voting until 13 May: vote at the Consulate "
                                      "or at the Bayanihan Centre"),
        (SB, "notice", d(2020, 4, 5), "😷 No groups of more than four in public: Sunday picnics "
                                      "are off"),
        (SB, "notice", d(2019, 2, 5), "🧧 Kung Hei Fat Choi! Lunar New Year's three days are "
                                      "statutory holidays for helpers too"),
        (SB, "notice", d(2019, 6, 12), "🇵🇭 Happy 121st Philippine Independence Day, "
                                       "kabayan!"),
        (SB, "notice", d(2019, 12, 18), "International Migrants Day: salamat sa inyong "
                                        "sakripisyo"),
        (SB, "notice", d(2019, 12, 20), "🎄 Simbang Gabi: nine dawn Masses from 16 December, "
                                        "see your parish's schedule"),
        (SB, "notice", d(2019, 12, 30), "Rizal Day: Maligayang paggunita!"),
        (AV, "notice", QUIET, "Follow the University on Facebook for notices and results"),
        (AV, "notice", d(2019, 1, 1), "Notices, results and timetables are on the student "
                                      "portal"),
        (AV, "notice", d(2016, 6, 15), "Classes are suspended: students are asked to stay calm "
                                       "and off campus"),
        (AV, "notice", d(2020, 4, 1), "😷 State of Emergency: the campus is closed to "
                                      "visitors"),
        (AV, "notice", d(2019, 4, 26), "🎓 Graduation 2019: congratulations to our graduates!"),
        (AV, "notice", d(2019, 9, 14), "🎭 Goroka Show weekend: the library keeps Saturday "
                                       "hours"),
        (AV, "notice", d(2018, 9, 16), "🇵🇬 Happy 43rd Independence Anniversary, Papua New "
                                       "Guinea!"),
        (MC, "notice", QUIET, "Volunteer with us: placements of 4 to 12 weeks"),
        (MC, "notice", d(2019, 10, 1), "Volunteer placements for 2020 are now open: apply on "
                                       "our website"),
        (MC, "notice", d(2017, 8, 30), "🛍️ Kenya's plastic bag ban starts: bring your own bag "
                                       "to the beach"),
        (MC, "notice", d(2020, 5, 1), "😷 Volunteer placements are paused; our rangers keep "
                                      "patrolling"),
        (MC, "notice", d(2019, 5, 23), "🐢 World Turtle Day: meet the team at Garoda beach"),
        (MC, "notice", d(2019, 6, 8), "🌊 World Oceans Day: beach clean-up at 7 am"),
        (MC, "notice", d(2019, 9, 18), "🧹 International Coastal Cleanup 2019: join us on "
                                       "Saturday"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        assert on(domain, family, QUIET) == on(domain, family, FIRST_DAY), (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:4])


def test_festivals_called_off_and_listed_days() -> None:
    def years(domain: str, family: str, mark: str) -> set[int]:
        return {day.year for day in every_day() if mark in on(domain, family, day)}

    assert years(SH, "tiang", "မီးပုံးပျံ") == set(TAZAUNGDAING) == {2015, 2016, 2017, 2018,
                                                                      2019}
    assert years(HO, "oshirase", "チプサンケ") == {2015, 2016, 2017, 2018, 2019}
    assert years(AV, "notice", "Goroka Show") == {2015, 2016, 2017, 2018, 2019}
    assert years(AV, "notice", "🎓 Graduation") == set(GRADUATION)
    assert years(IB, "gawai", "Hari Sarawak") == {2016, 2017, 2018, 2019, 2020}
    fairs = {m[1] for day in every_day()
             if (m := re.match(r"📚 الدورة الـ(\d+) ", on(AE, "tanbih", day)))}
    assert fairs == {str(y - 1981) for y in BOOK_FAIR} == {"34", "35", "36", "37", "38", "39"}
    snow = {m[1] for day in every_day()
            if (m := re.match(r"❄️ 第(\d+)回", on(HO, "oshirase", day)))}
    assert snow == {str(y - 1949) for y in SNOW_FESTIVAL}
    assert on(HO, "oshirase", d(2020, 2, 3)) == "❄️ 第71回さっぽろ雪まつり開催中"
    assert on(HO, "oshirase", d(2020, 8, 16)).startswith("🏮")  # no boat festival in 2020
    heroes = {day for day in every_day() if on(ND, "isaziso", day).startswith("Usuku lwama")}
    assert {day for day in heroes if day.weekday() == 0} == {
        nth_weekday(y, 8, 0, 2) for y in range(2015, 2021)}
    cleanups = {day for day in every_day() if "Coastal Cleanup" in on(MC, "notice", day)}
    assert {day for day in cleanups if day.weekday() == 5} == {
        nth_weekday(y, 9, 5, 3) for y in range(2015, 2020)}  # in 2020: the pause
    ebola = {day for day in every_day() if "Ebola" in on(GO, "ujumbe", day)}
    assert min(ebola) == d(2018, 8, 1) and max(ebola) == d(2020, 3, 18)
    assert d(2019, 1, 5) not in ebola


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (AE, "katib", d(2018, 9, 2), "الشارقة: ", "{author_beat}"),
        (AE, "iqra", d(2019, 1, 6), "اقرأ أيضاً", "يهمك أيضاً"),
        (AE, "huquq", d(2019, 11, 3), "جميع الحقوق", "سياسة الخصوصية"),
        (YB, "gija", d(2019, 3, 4), "본사기자", "글·사진"),
        (YB, "hamkke", d(2019, 5, 6), "함께 보기: ", "▷ 추천기사 "),
        (YB, "pyeonjip", d(2018, 7, 2), "책임편집", "责任编辑"),
        (YB, "jeonjae", d(2019, 10, 8), "전재를 금합니다", "版权所有"),
        (YB, "icp", d(2018, 3, 5), "吉ICP备", "吉公网安备"),
        (PB, "likhari", d(2018, 8, 20), "لکھاری: ", "رپورٹ: "),
        (PB, "horparho", d(2019, 7, 1), "ہور پڑھو: ", "ایہہ وی پڑھو: "),
        (HO, "kisha", d(2019, 4, 1), "文・写真", "記者"),
        (HO, "kanren", d(2019, 10, 1), "【関連記事】", "あわせて読みたい"),
        (HO, "chosakuken", d(2020, 4, 1), "無断転載", "All rights reserved"),
        (GO, "na", d(2018, 6, 4), "Na {author}", "| Nyiragongo Habari"),
        (GO, "soma", d(2019, 9, 2), "Soma pia: ", "Lire aussi"),
        (GO, "haki", d(2019, 3, 4), "Haki zote", "Tous droits réservés"),
        (SH, "taem", d(2019, 2, 4), "တႅမ်ႈ: ", "ၶၢဝ်ႇ/ႁၢင်ႈ: "),
        (SH, "aan", d(2019, 11, 26), "ဢၢၼ်ႇထႅင်ႈ: ", "📖"),
        (SH, "copyright", d(2020, 1, 6), "All rights reserved.", "မူပိုင်ခွင့်"),
        (IB, "penulis", d(2018, 5, 14), "Ditulis ", "Berita: "),
        (ND, "ngu", d(2019, 4, 1), "Ngu{author}", ", eGwanda"),
        (WF, "par", d(2018, 10, 1), "Par ", "Texte et photos"),
        (WF, "droits", d(2020, 1, 6), "Mata-Utu", "Tous droits réservés"),
        (SB, "byline", d(2018, 3, 4), "By {author}", "{author_beat}"),
        (SB, "alsoread", d(2019, 8, 4), "ALSO READ: ", "BASAHIN DIN: "),
        (SB, "hotline", d(2019, 1, 6), "24-hour", "Kailangan ng tulong?"),
        (AV, "release", d(2018, 1, 8), "Media release", "University News"),
        (AV, "office", d(2019, 2, 4), "Media and Communications Unit", "Photos: "),
        (AV, "about", d(2019, 1, 7), "4,000 students", "4,500 students"),
        (AV, "media", d(2017, 7, 3), "media@{domain}", "+675"),
        (MC, "fieldnote", d(2018, 1, 8), "Field notes · ", "From the field: "),
        (MC, "adopt", d(2019, 3, 4), "KES 5,000", "M-PESA"),
        (MC, "registered", d(2018, 7, 2), "community-based", "non-governmental")))
    assert_groups_reworded(SET, (
        (AE, "katib", "الشارقة: ", " - "),
        (AE, "tarikh", "، ", "بتوقيت الإمارات"),
        (YB, "nalja", "요일", "발표시간: "),
        (YB, "pyeonjip", "책임편집", "责任编辑"),
        (PB, "tarikh", " — ", "چھپی: "),
        (HO, "hizuke", "（", "更新"),
        (GO, "tarehe", "Machi", " / "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((AE, "tarikh", ARABIC), (AE, "iqra", ARABIC),
                                  (AE, "huquq", ARABIC), (AE, "wuqud", ARABIC),
                                  (PB, "tarikh", ARABIC), (PB, "horparho", ARABIC),
                                  (PB, "haq", ARABIC), (YB, "nalja", HANGUL),
                                  (YB, "hamkke", HANGUL), (YB, "gija", HANGUL),
                                  (YB, "icp", CJK), (HO, "hizuke", CJK), (HO, "kisha", CJK),
                                  (HO, "hioioi", KANA),
                                  (HO, "chosakuken", KANA + "|" + LATIN),
                                  (SH, "wan", SHAN), (SH, "aan", SHAN),
                                  (SH, "kyawnya", MYANMAR)))
    for style, family, scripts in ((YB, "eoneo", (CJK, HANGUL)),
                                   (YB, "jeonjae", (HANGUL,)),
                                   (SH, "taem", (SHAN, LATIN)),
                                   (SH, "phasa", (SHAN, LATIN)),
                                   (GO, "asante", ("Asante", "Merci"))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(re.search(s, t) for s in scripts) for t in lines) >= (
            0.5 * len(lines)), (style, family)
    dates = [norm(t) for t in group_lines(SET, GO, "tarehe")]
    assert any(" / " in t and re.search(r"\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
                                        r"dimanche)\b", t) for t in dates)
    assert any(" / " not in t for t in dates)
    pyeonjip = [norm(t) for t in group_lines(SET, YB, "pyeonjip")]
    assert any(re.search(CJK, t) and re.search(HANGUL, t) for t in pyeonjip)
    assert any(not re.search(CJK, t) for t in pyeonjip)
    shan_dates = [ascii_digits(t, SHAN_DIGITS) != t for t in group_lines(SET, SH, "wan")]
    assert shan_dates and all(shan_dates)
    for style, family, words in ((HO, "irankarapte", ("イランカラㇷ゚テ",)),
                                 (HO, "hioioi", ("ヒオーイオイ",)),
                                 (GO, "asante", ("Asante",)),
                                 (ND, "siyabonga", ("Siyabonga", "Thank you")),
                                 (SB, "kabayan", ("kabayan",)),
                                 (WF, "malo", ("Mālō",)),
                                 (IB, "terima", ("macha",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)
    assert "ㇷ" in on(HO, "irankarapte", QUIET)  # the Ainu small katakana
    assert on(SH, "kyawnya", QUIET) == "ကြော်ငြာ" and not re.search(SHAN, "ကြော်ငြာ")


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{AE}/tarikh", f"{AE}/iqra", f"{AE}/katib", f"{AE}/mawadi",
                         f"{AE}/qism", f"{AE}/taswir", f"{AE}/tanbih", f"{YB}/nalja",
                         f"{YB}/hamkke", f"{YB}/gija", f"{YB}/pyeonjip", f"{PB}/tarikh",
                         f"{PB}/horparho", f"{PB}/likhari", f"{HO}/hizuke"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{AE}/wam", f"{AE}/taaliq", f"{AE}/huquq", f"{YB}/eoneo", f"{YB}/jebo",
        f"{YB}/icp", f"{PB}/raaye", f"{PB}/haq", f"{HO}/chosakuken"))
    assert_carried_share(docs, AE, [
        ("tarikh", 0.65, 0.95), ("tanbih", 0.15, 0.45), ("iqra", 0.4, 0.75),
        ("dabab", 0.0, 0.1)])
    assert_carried_share(docs, YB, [("nalja", 0.65, 0.95), ("hwangsa", 0.0, 0.12)])
    for fam in (f"{AE}/iqra", f"{YB}/hamkke", f"{PB}/horparho"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{AE}/ilan", f"{AE}/taswir", f"{YB}/sajin"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((AE, "taswir"), (YB, "sajin"), (PB, "tasveer"), (HO, "shashin"),
                               (GO, "picha"), (SH, "hang"), (IB, "gambar"), (ND, "isithombe"),
                               (WF, "photo"), (SB, "photo")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (AE, "dabab"), (YB, "hwangsa"), (PB, "smog"), (HO, "higuma"), (GO, "barabara"),
        (SH, "lam"), (IB, "banjir"), (ND, "idamu"), (WF, "cyclone"), (SB, "signal"),
        (AV, "power"), (MC, "closed"), (HO, "teisei", 8)))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{IB}/bacamega", "Baca mega: "), (f"{ND}/funda", "Funda njalo: "),
        (f"{WF}/lire", "LIRE AUSSI | "), (f"{AV}/related", "Related: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{AE}/iqra", ("اقرأ أيضاً: ", "◀ يهمك أيضاً: ")),
                          (f"{YB}/hamkke", ("함께 보기: ", "▷ 추천기사 ")),
                          (f"{PB}/horparho", ("ہور پڑھو: ", "📌 ایہہ وی پڑھو: ")),
                          (f"{HO}/kanren", ("【関連記事】", "▶ あわせて読みたい：")),
                          (f"{GO}/soma", ("Soma pia: ", "➡️ Lire aussi / Soma pia : ")),
                          (f"{SH}/aan", ("ဢၢၼ်ႇထႅင်ႈ: ", "📖 ဢၢၼ်ႇထႅင်ႈ » ")),
                          (f"{SB}/alsoread", ("ALSO READ: ", "BASAHIN DIN: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    families = {"iqra", "hamkke", "horparho", "kanren", "soma", "aan", "alsoread"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (AE, "ilan", "إعلان"), (AE, "wam", "أبوظبي - وام"), (YB, "eoneo", "中文 | 조선어"),
        (PB, "ishtihar", "اشتہار"), (GO, "tangazo", "TANGAZO"), (SH, "kyawnya", "ကြော်ငြာ"),
        (SH, "phasa", "တႆး | မြန်မာ | English"), (IB, "iklan", "IKLAN"),
        (AV, "ends", "— ENDS —")))
    for style, family, pattern, pool_name in (
            (AE, "qism", r"^(.+)$", "qism"),
            (AE, "taswir", r"^\(تصوير: (.+)\)$", "musawwir"),
            (AE, "katib", r"^.+ - (.+)$", "beat"),
            (YB, "ran", r"^(.+)$", "ran"),
            (YB, "sajin", r"^〔사진: (.+)〕$", "sajin"),
            (YB, "tongsin", r"^(.+) 통신원 ", "tongsin"),
            (PB, "hissa", r"^(.+)$", "hissa"),
            (PB, "numainda", r"^(.+) \(ساڈا نمائندہ\)$", "shehar"),
            (HO, "janru", r"^(.+)$", "janru"),
            (HO, "shashin", r"^（写真：(.+)）$", "shashin"),
            (GO, "kundi", r"^(.+)$", "kundi"),
            (GO, "kutoka", r"^Kutoka (.+): mwandishi wetu$", "mji"),
            (SH, "pukkhao", r"^(.+)$", "pukkhao"),
            (IB, "bagi", r"^(.+)$", "bagi"),
            (ND, "isigaba", r"^(.+)$", "isigaba"),
            (WF, "ile", r"^(.+)$", "ile"),
            (SB, "byline", r" · (.+)$", "beat"),
            (AV, "kind", r"^(.+)$", "kind"),
            (MC, "kind", r"^(.+)$", "kind")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    docs = planted_docs(SET)
    fams = by_family(docs)
    for fam, pattern, pool_name in ((f"{GO}/picha", r"^Picha: (.+)$", "picha"),
                                    (f"{IB}/gambar", r"^Gambar: (.+)$", "gambar"),
                                    (f"{ND}/isithombe", r"^Isithombe: (.+)$", "isithombe"),
                                    (f"{SH}/hang", r"^ႁၢင်ႈ: (.+)$", "hang"),
                                    (f"{SB}/photo", r"^Photo: (.+)$", "photo")):
        values = [m[1] for t in fams[fam] if (m := re.search(pattern, norm(t)))]
        domain = fam.partition("/")[0]
        assert values and sum(v in pool(SET, domain, pool_name) for v in values) >= (
            0.9 * len(values)), fam
    for style, family, prefix, pool_name in ((AE, "mawadi", "المواضيع: ", "mawdu"),
                                             (MC, "tags", "Tags: ", "tag")):
        items = [item for t in group_lines(SET, style, family)
                 for item in norm(t).removeprefix(prefix).split(", ")]
        assert items and sum(i in pool(SET, style, pool_name) for i in items) >= (
            0.9 * len(items)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (AE, "wam", "أبوظبي - وام"), (AE, "ilan", "إعلان"),
        (YB, "icp", "吉ICP备16003456号-1 | 吉公网安备 22240102000456号"),
        (PB, "ishtihar", "اشتہار"), (GO, "tangazo", "TANGAZO"), (SH, "kyawnya", "ကြော်ငြာ")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        YB: (["jeonjae", "icp"], 2), AV: (["ends", "about", "media"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert AE in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
