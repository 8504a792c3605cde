"""The held-back-68 template set (`tests.bench.heldout_templates_68`): its localised dates
(printed day by day, one with the Japanese era that turned from Heisei to Reiwa, one with
Mongolian ordinal months, one with the ISO date, some changing form or language on the day
of a redesign), the numbers that change by the day, week, month or year (countdowns to two
games, the months since an earthquake, the ISO week, a weekly's issue numbers by year and in
all, exchange rates under changing regimes, a ringing station's weekly totals, a vintage
line), the notices it rewords by date, the calendars and seasons some notices follow
(anniversaries with their counts, days on a weekday of a month or an ISO week, movable
feasts, votes, typhoons, fires, a new era, martial law, the 2020 epidemic, festivals and
fairs called off or moved online), the lines in several languages and scripts, the
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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_68 import (
    ARMENIAN_MONTHS,
    AZ_DEVALUED,
    AZ_FLOATED,
    AZ_REDESIGN,
    AZ_STEADY,
    AZERBAIJANI_MONTHS,
    FI_REDESIGN,
    FIRST_DAY,
    GEORGIAN_WEEKDAYS,
    HY_ISSUE_ZERO,
    HY_REDESIGN,
    IS_NEW_FERRY,
    IS_REDESIGN,
    KR_REDESIGN,
    LAST_DAY,
    MN_REDESIGN,
    MONGOLIAN_MONTH_SUFFIXES,
    OLYMPICS,
    PARALYMPICS,
    REIWA,
    RS_LATE_OPENING,
    SE_REDESIGN,
    SWEDISH_MONTHS,
    TSAGAAN_SAR,
    UZ_JUMP,
    UZ_REDESIGN,
    UZBEK_MONTHS,
    almedalen,
    az_manat,
    era_year,
    eurobirdwatch,
    gullar_sayli,
    hy_issue,
    hy_issue_of_year,
    hy_saturday,
    latest,
    medeltidsveckan,
    minato_matsuri,
    month_day_text,
    naadam,
    quake_months,
    rs_closing,
    rs_opening,
    rs_ringed,
    rtveli,
    sjomannadagur,
    thjodhatid,
    uz_rate_day,
    uz_som,
    vardavar,
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
    wordings_by_start,
)

SET = "held-back-68"
SITES = ("三陸みなと新報", "Баруун хязгаар", "Cənub Sədası", "Olavin Uutiset", "Namangan tongi",
         "강릉바다신문", "Ջավախքի արձագանք", "Visbyposten", "Eyjapósturinn",
         "Racha Winegrowers' Union", "Karakol Trails", "Nemunas Delta Ringing Station")
JP, MN, AZ, FI = ("sanriku-minato.jp", "baruunkhyazgaar.mn", "cenubsedasi.az",
                  "olavinuutiset.fi")
UZ, KR, HY, SE = ("namangantongi.uz", "gangneungbada.co.kr", "ardzagank.ge", "visbyposten.se")
IS, GE, KG, RS = ("eyjaposturinn.is", "rachawine.ge", "karakoltrails.kg", "deltaringing.lt")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((JP, "hizuke"), (MN, "ognoo"), (AZ, "tarix"), (FI, "pvm"), (UZ, "sana"),
         (KR, "ipryeok"), (HY, "amsativ"), (SE, "datum"), (IS, "dags"))

# The families that change with the seasons, the years, the months, the weeks or the days.
PERIODIC = ((JP, "shinsai"), (JP, "gyokyo"), (MN, "uliral"), (AZ, "mezenne"), (AZ, "movsum"),
            (FI, "viikko"), (FI, "laivat"), (UZ, "kurs"), (UZ, "mavsum"), (KR, "olympic"),
            (KR, "haebyeon"), (HY, "hamar"), (SE, "farja"), (IS, "herjolfur"), (IS, "lundi"),
            (GE, "release"), (KG, "passes"), (RS, "tally"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((JP, "oshirase"), (MN, "zar"), (AZ, "elan"), (FI, "ilmoitus"), (UZ, "elon"),
           (KR, "allim"), (HY, "haytararutyun"), (SE, "tips"), (IS, "tilkynning"),
           (GE, "notice"), (KG, "notice"), (RS, "notice"))

# Each notice's first standing wording, shown on a day none of them turns for an event,
# before any of them was reworded.
QUIET = d(2016, 10, 19)
FIRST_WORDINGS = {
    JP: "本紙のご購読と配達のお問い合わせは、お近くの販売店へ",
    MN: "Манай фэйсбүүк хуудсыг дагаарай",
    AZ: "Bizi Facebook-da izləyin",
    FI: "Tykkää meistä Facebookissa ja seuraa Instagramissa",
    UZ: "Yangiliklarni Telegram kanalimizda kuzatib boring",
    KR: "페이스북에서 강릉 소식을 만나보세요",
    HY: "Բաժանորդագրվեք թերթին Ջավախքի փոստային բաժանմունքներում",
    SE: "Följ Visbyposten på Facebook och Instagram",
    IS: "Fylgstu með okkur á Facebook",
    GE: "Trade enquiries: samples of our members' wines are available on request",
    KG: "Book a trek: write to us on WhatsApp, +996 555 000 000",
    RS: "Volunteer ringers wanted: apply by 1 March for the spring season",
}

CJK = r"[\u3040-\u30ff\u4e00-\u9fff]"
HANGUL = r"[\uac00-\ud7af]"
CYRILLIC = r"[\u0400-\u04ff]"
KAZAKH = r"[әғқңөұүһі]"
MONGOLIAN_SCRIPT = r"[\u1820-\u1878]"
ARMENIAN = r"[\u0531-\u0587]"
GEORGIAN = r"[\u10d0-\u10fa]"
LATIN = r"[A-Za-z]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 5), d(2018, 2, 16), d(2019, 5, 1), d(2020, 4, 20),
        LAST_DAY))


def test_calendar_helpers() -> None:
    assert latest(d(2019, 6, 21), 0) == d(2019, 6, 17) and latest(d(2019, 6, 17), 0) == d(
        2019, 6, 17)
    steps = (("03-01", "spring"), ("09-01", "autumn"))
    assert [month_day_text(day, steps) for day in (d(2019, 1, 5), d(2019, 3, 1),
                                                   d(2019, 8, 31), d(2019, 9, 1))] == [
        "autumn", "spring", "spring", "autumn"]
    assert era_year(d(2016, 3, 5)) == "平成28年" and era_year(REIWA - one) == "平成31年"
    assert era_year(REIWA) == "令和元年" and era_year(d(2020, 1, 1)) == "令和2年"
    assert quake_months(d(2019, 3, 10)) == (7, 11) and quake_months(d(2019, 3, 11)) == (8, 0)
    assert quake_months(d(2015, 1, 1)) == (3, 9)
    assert minato_matsuri(2019) == d(2019, 8, 3) and minato_matsuri(2020) == d(2020, 8, 1)
    assert naadam(2019) == d(2019, 7, 11)
    assert az_manat(AZ_DEVALUED - one) == 0.7844 and az_manat(AZ_DEVALUED) == 1.05
    assert az_manat(AZ_FLOATED) == 1.55 and az_manat(AZ_STEADY) == 1.7
    assert AZ_DEVALUED.weekday() == 5 and AZ_FLOATED.weekday() == 0 == AZ_STEADY.weekday()
    assert (AZ_STEADY - AZ_FLOATED).days == 67 * 7
    assert uz_rate_day(d(2017, 9, 4)) == d(2017, 9, 4) and uz_rate_day(UZ_JUMP) == UZ_JUMP
    assert uz_rate_day(d(2017, 9, 10)) == UZ_JUMP and uz_rate_day(d(2017, 9, 12)) == d(2017, 9,
                                                                                       11)
    assert uz_som(UZ_JUMP - one) == 4210 and uz_som(UZ_JUMP) == 8100
    assert uz_som(d(2014, 12, 29)) == 2422 and uz_som(d(2019, 1, 1)) == 8340
    assert gullar_sayli(2019) == d(2019, 5, 25) and gullar_sayli(2020) is None
    assert hy_saturday(d(2019, 6, 21)) == d(2019, 6, 15) == hy_saturday(d(2019, 6, 15))
    assert hy_issue(HY_ISSUE_ZERO[0]) == HY_ISSUE_ZERO[1] and HY_ISSUE_ZERO[0].weekday() == 5
    assert hy_issue(d(2019, 6, 15)) == 833 and hy_issue_of_year(d(2019, 6, 15)) == 24
    assert hy_issue_of_year(d(2016, 1, 2)) == 1 and hy_issue_of_year(d(2015, 12, 26)) == 52
    assert vardavar(2019) == d(2019, 7, 28) and vardavar(2020) == d(2020, 7, 19)
    assert almedalen(2019) == d(2019, 6, 30) and almedalen(2018) == d(2018, 7, 1)
    assert almedalen(2020) is None and medeltidsveckan(2020) is None
    assert medeltidsveckan(2019) == d(2019, 8, 4) and medeltidsveckan(2018) == d(2018, 8, 5)
    assert sjomannadagur(2017) == d(2017, 6, 11) and sjomannadagur(2019) == d(2019, 6, 2)
    assert thjodhatid(2019) == d(2019, 8, 2) and thjodhatid(2020) == d(2020, 7, 31)
    assert rtveli(2019) == d(2019, 10, 12)
    assert rs_opening(2019) == d(2019, 4, 1) and rs_opening(2020) == RS_LATE_OPENING
    assert rs_closing(2019) == d(2019, 11, 1)
    assert rs_ringed(2019, d(2019, 4, 7)) == 0 < rs_ringed(2019, d(2019, 4, 8))
    assert rs_ringed(2020, d(2020, 5, 24)) == 0 < rs_ringed(2020, d(2020, 5, 25))
    assert eurobirdwatch(2019) == d(2019, 10, 5) and eurobirdwatch(2020) is None


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(JP, "hizuke", old, "2016年（平成28年）3月5日（土）")
    full(JP, "hizuke", new, "令和元年（2019年）6月21日 金曜日")
    full(JP, "shinsai", new, "🕊 東日本大震災から8年3か月")
    full(MN, "ognoo", old, "2016 оны 3 дугаар сарын 5, Бямба гараг")
    full(MN, "ognoo", d(2016, 9, 5), "2016 оны 9 дүгээр сарын 5, Даваа гараг")
    full(MN, "ognoo", new, r"Нийтэлсэн: 2019-06-21 \d\d:\d\d")
    full(AZ, "tarix", old, "5 mart 2016, şənbə")
    full(AZ, "tarix", new, r"\d\d:\d\d · 21 İyun 2019")
    full(FI, "pvm", old, r"la 5\.3\.2016")
    full(FI, "pvm", new, r"Julkaistu 21\.6\.2019 klo \d\d:\d\d")
    full(FI, "viikko", new, "📅 Viikko 25")
    full(UZ, "sana", old, "5-mart, 2016-yil, shanba")
    full(UZ, "sana", d(2019, 10, 21), r"2019-yil 21-oktabr \| \d\d:\d\d")
    full(KR, "ipryeok", old, r"2016년 03월 05일 \(토\)")
    full(KR, "ipryeok", new, r"입력 2019\.06\.21 \d\d:\d\d")
    full(HY, "amsativ", old, "2016 թ. մարտի 5, շաբաթ")
    full(HY, "amsativ", d(2019, 9, 27), r"27\.09\.2019 · პარასკევი")
    full(HY, "hamar", new, r"№ 24 \(833\) · 15 հունիսի 2019 թ\.")
    full(SE, "datum", old, "lördag 5 mars 2016")
    full(SE, "datum", new, r"2019-06-21 \d\d:\d\d")
    full(IS, "dags", old, "laugardagur 5. mars 2016")
    full(IS, "dags", new, r"21\.6\.2019 kl\. \d\d:\d\d")
    full(GE, "dateline", old, "AMBROLAURI, Georgia — March 5, 2016")
    full(GE, "dateline", new, "Ambrolauri · 21 June 2019")
    full(KG, "posted", old, "Posted on March 5, 2016 by .+")
    full(RS, "posted", old, "2016-03-05 · .+")
    full(RS, "posted", new, "Paskelbta / Posted 21 June 2019 · .+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        month = day.month
        jp = on(JP, "hizuke", day)
        assert era_year(day) in jp and str(day.year) in jp, jp
        assert jp.startswith("令和" if day >= REIWA else f"{day.year}年（平成"), jp
        mn = on(MN, "ognoo", day)
        if day < MN_REDESIGN:
            assert f" {month} {MONGOLIAN_MONTH_SUFFIXES[month - 1]} сарын {day.day}, " in mn
        else:
            assert mn == f"Нийтэлсэн: {day.isoformat()} {{time}}", mn
        az = on(AZ, "tarix", day)
        assert az.startswith("{time} · ") == (day >= AZ_REDESIGN), az
        assert AZERBAIJANI_MONTHS[month - 1] in az.lower().replace("i̇", "i"), az
        fi = on(FI, "pvm", day)
        assert f"{day.day}.{month}.{day.year}" in fi, fi
        assert fi.startswith("Julkaistu ") == (day >= FI_REDESIGN), fi
        uz = on(UZ, "sana", day)
        assert f"{day.day}-{UZBEK_MONTHS[month - 1]}" in uz and f"{day.year}-yil" in uz, uz
        assert uz.startswith(f"{day.year}-yil ") == (day >= UZ_REDESIGN), uz
        kr = on(KR, "ipryeok", day)
        assert kr.startswith("입력 ") == (day >= KR_REDESIGN), kr
        hy = on(HY, "amsativ", day)
        if day < HY_REDESIGN:
            assert f" {ARMENIAN_MONTHS[month - 1]} {day.day}, " in hy, hy
        else:
            assert hy == f"{day:%d.%m.%Y} · {GEORGIAN_WEEKDAYS[day.weekday()]}", hy
        se = on(SE, "datum", day)
        assert (f" {day.day} {SWEDISH_MONTHS[month - 1]} {day.year}" in se) == (
            day < SE_REDESIGN), se
        assert se.startswith(day.isoformat()) == (day >= SE_REDESIGN), se
        assert on(IS, "dags", day).endswith("kl. {time}") == (day >= IS_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_the_era_and_the_months_since_the_earthquake() -> None:
    assert on(JP, "hizuke", REIWA - one) == "2019年（平成31年）4月30日（火）"
    assert on(JP, "hizuke", REIWA) == "令和元年（2019年）5月1日 水曜日"
    assert on(JP, "hizuke", d(2020, 1, 1)).startswith("令和2年（2020年）")
    eras = {m[0] for day in every_day() if (m := re.search(r"(平成|令和)(元|\d+)年",
                                                           on(JP, "hizuke", day)))}
    assert eras == {"平成27年", "平成28年", "平成29年", "平成30年", "平成31年", "令和元年",
                    "令和2年"}
    starts, texts = wordings_by_start(SET, JP, "shinsai")
    assert all(s.endswith("-11") for s in starts[1:]) and len(starts) == 73
    assert texts[0] == "🕊 東日本大震災から3年9か月"
    for day in every_day():
        years, months = quake_months(day)
        text = on(JP, "shinsai", day)
        assert text.startswith(f"🕊 東日本大震災から{years}年"), day
        assert text.endswith("か月") == (months > 0), day
    assert on(JP, "shinsai", d(2016, 3, 11)) == "🕊 東日本大震災から5年"


def test_weekly_numbers_and_issues() -> None:
    running, by_year = [], Counter()
    for day in every_day():
        m = re.fullmatch(r"№ (\d+) \((\d+)\) · (\d+) (\S+) (\d{4}) թ\.", on(HY, "hamar", day))
        assert m, day
        saturday = hy_saturday(day)
        assert saturday.weekday() == 5 and saturday <= day < saturday + 7 * one, day
        assert int(m[3]) == saturday.day and m[4] == ARMENIAN_MONTHS[saturday.month - 1]
        assert int(m[1]) == hy_issue_of_year(saturday) and int(m[2]) == hy_issue(saturday)
        running.append(int(m[2]))
        if saturday.year == day.year:
            by_year[day.year] = max(by_year[day.year], int(m[1]))
        week = on(FI, "viikko", day)
        assert week == f"📅 Viikko {day.isocalendar()[1]}", day
    assert running == sorted(running) and len(set(running)) == 314
    assert sorted(set(running)) == list(range(running[0], running[-1] + 1))
    assert by_year == {2015: 52, 2016: 53, 2017: 52, 2018: 52, 2019: 52, 2020: 52}
    assert on(HY, "hamar", d(2016, 1, 2)).startswith("№ 1 (653) ")
    assert on(FI, "viikko", d(2016, 1, 3)) == "📅 Viikko 53"
    assert on(FI, "viikko", d(2016, 1, 4)) == "📅 Viikko 1"
    for domain, family, weekday in ((HY, "hamar", 5), (FI, "viikko", 0)):
        starts, _ = wordings_by_start(SET, domain, family)
        assert all(d.fromisoformat(s).weekday() == weekday for s in starts[1:]), family
        assert len(starts) >= 300, family
    for style, family, most in ((HY, "hamar", 5), (FI, "viikko", 5)):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= most, (style, family)


def test_exchange_rates_under_their_regimes() -> None:
    starts, _ = wordings_by_start(SET, AZ, "mezenne")
    days = [d.fromisoformat(s) for s in starts[1:]]
    assert days[0] == AZ_DEVALUED and days[1] == AZ_FLOATED and days[-1] == AZ_STEADY
    assert all(day.weekday() == 0 for day in days[1:]) and len(days) == 69
    starts, _ = wordings_by_start(SET, UZ, "kurs")
    days = [d.fromisoformat(s) for s in starts[1:]]
    assert UZ_JUMP in days and all(day.weekday() == 0 for day in days if day != UZ_JUMP)
    assert len(days) >= 310
    for day in every_day():
        az = re.fullmatch(r"💵 Mərkəzi Bankın rəsmi məzənnəsi: 1 USD = (\d\.\d{4}) AZN",
                          on(AZ, "mezenne", day))
        assert az, day
        rate = float(az[1])
        if day < AZ_DEVALUED:
            assert rate == 0.7844, day
        elif day < AZ_FLOATED:
            assert rate == 1.05, day
        elif day < AZ_STEADY:
            assert 1.5 < rate < 1.95, day
        else:
            assert rate == 1.7, day
        uz = re.fullmatch(r"💱 Markaziy bank kursi: 1 AQSh dollari = (\d{1,2}) (\d{3}),(\d\d) "
                          r"soʻm", on(UZ, "kurs", day))
        assert uz, day
        som = int(uz[1]) * 1000 + int(uz[2])
        assert (som >= 8000) == (day >= UZ_JUMP) and 2400 <= som <= 10500, day
    for style, family, pattern in ((AZ, "mezenne", r"\d\.\d{4}"), (UZ, "kurs", r"[\d ]+,\d\d")):
        seen = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(seen) >= 2, (style, family)


def test_countdowns_to_the_games() -> None:
    olympic = [on(KR, "olympic", day) for day in every_day()]
    assert len(set(olympic)) >= 1160
    assert on(KR, "olympic", d(2017, 11, 1)) == "🏅 2018 평창동계올림픽 D-100"
    assert on(KR, "olympic", OLYMPICS[0] - one) == "🏅 2018 평창동계올림픽 D-1"
    assert on(KR, "olympic", OLYMPICS[1]).startswith("🏅 평창동계올림픽 17일째")
    assert on(KR, "olympic", PARALYMPICS[0] - one) == "♿ 평창동계패럴림픽 D-1"
    assert on(KR, "olympic", PARALYMPICS[1]) == "♿ 평창동계패럴림픽 10일째"
    assert on(KR, "olympic", PARALYMPICS[1] + one).startswith("🏟️ 올림픽 유산")
    assert on(KR, "olympic", LAST_DAY) == on(KR, "olympic", PARALYMPICS[1] + one)
    for day in every_day():
        text = on(MN, "uliral", day)
        games = naadam(day.year)
        left = re.fullmatch(r"🏇 Үндэсний их баяр наадам болоход (\d+) хоног үлдлээ", text)
        assert bool(left) == (d(day.year, 6, 1) <= day < games), day
        if left:
            assert int(left[1]) == (games - day).days, day
        assert (text == "🏇 Наадмын баярын мэнд хүргэе!") == (games <= day < games + 5 * one)
        assert ("❄️" in text) == (day.month < 4 or (day.month, day.day) < (4, 15)
                                   or (day.month, day.day) >= (11, 20)), day


def test_seasons_and_ringing_totals() -> None:
    for day in every_day():
        md = (day.month, day.day)
        assert ("🐟" in on(JP, "gyokyo", day)) == ((6, 1) <= md < (11, 1)), day
        assert ("Çay" in on(AZ, "movsum", day)) == ((4, 25) <= md < (7, 1)), day
        assert ("Laivakausi alkoi" in on(FI, "laivat", day)) == ((5, 25) <= md < (9, 1)), day
        assert ("Paxta" in on(UZ, "mavsum", day)) == ((9, 5) <= md < (11, 20)), day
        assert ("경포" in on(KR, "haebyeon", day)) == ((7, 10) <= md < (8, 24)), day
        assert ("Högsäsong" in on(SE, "farja", day)) == ((6, 15) <= md < (8, 20)), day
        assert ("Pysju" in on(IS, "lundi", day)) == ((8, 15) <= md < (10, 1)), day
        assert ("Ala-Kul" in on(KG, "passes", day)) == ((6, 20) <= md < (9, 20)), day
        ferry = on(IS, "herjolfur", day)
        assert ("Nýr Herjólfur" in ferry) == (IS_NEW_FERRY <= day < d(2019, 11, 1)), day
        release = on(GE, "release", day)
        vintage = re.search(r"Khvanchkara (\d{4})", release)
        assert bool(vintage) == ((3, 1) <= md < (10, 20)), day
        if vintage:
            assert int(vintage[1]) == day.year - 1, day
    totals: dict[int, list[int]] = {}
    for day in every_day():
        text = on(RS, "tally", day)
        season = re.fullmatch(r"🐦 Season (\d{4}): ([\d,]+) birds ringed so far \(updated on "
                              r"Mondays\)", text)
        closed = re.fullmatch(r"🐦 The (\d{4}) season closed with ([\d,]+) birds ringed\. See "
                              r"you in spring!", text)
        opened = re.fullmatch(r"🐦 Season (\d{4}) is open: the nets went up on (\d+) (\w+)",
                              text)
        in_season = rs_opening(day.year) <= day < rs_closing(day.year)
        assert bool(season or opened) == in_season and bool(closed) == (not in_season), day
        if season:
            totals.setdefault(day.year, []).append(int(season[2].replace(",", "")))
        if closed:
            year = int(closed[1])
            assert year == (day.year if day >= rs_closing(day.year) else day.year - 1), day
            assert int(closed[2].replace(",", "")) == rs_ringed(year, rs_closing(year)), day
        if opened:
            assert day < latest(day, 0) + 7 * one and latest(day, 0) <= rs_opening(day.year)
    for year, seen in totals.items():
        assert seen == sorted(seen) and seen[-1] == rs_ringed(year, rs_closing(year)), year
    assert on(RS, "tally", d(2020, 5, 1)).startswith("🐦 The 2019 season closed")
    assert on(RS, "tally", RS_LATE_OPENING) == ("🐦 Season 2020 is open: the nets went up on "
                                                "18 May")
    starts, _ = wordings_by_start(SET, RS, "tally")
    for s in starts[1:]:
        day = d.fromisoformat(s)
        assert day.weekday() == 0 or day in (rs_opening(day.year), rs_closing(day.year)), s
    for style, family, pattern in ((RS, "tally", r"[\d,]+ birds"), (JP, "shinsai", r"\d+年")):
        seen = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(seen) >= 2, (style, family)


def test_notices_follow_their_calendars() -> None:
    cases = (
        (JP, "oshirase", d(2017, 11, 1), "📲 デジタル版がスタート。きょうの紙面をスマホで"),
        (JP, "oshirase", d(2016, 7, 11), "🗳️ 参院選宮城選挙区、開票速報はウェブ版で"),
        (JP, "oshirase", d(2017, 10, 20), "🗳️ 衆院選宮城6区、開票速報はウェブ版で"),
        (JP, "oshirase", d(2019, 4, 30), "🎌 新元号「令和」がスタート。新しい時代へ"),
        (JP, "oshirase", d(2019, 10, 13), "🌀 台風19号：市内の避難所と給水所の情報"),
        (JP, "oshirase", d(2020, 5, 1), "😷 緊急事態宣言：不要不急の外出は控えましょう"),
        (JP, "oshirase", d(2018, 1, 2), "🎍 謹賀新年。本年もご愛読をお願いいたします"),
        (JP, "oshirase", d(2019, 3, 11), "🕊 東日本大震災から8年。犠牲者のご冥福をお祈りします"),
        (JP, "oshirase", d(2019, 8, 1), "🎆 第68回気仙沼みなとまつり：交通規制のお知らせ"),
        (MN, "zar", d(2019, 1, 10), "▶️ YouTube сувгийг маань захиалаарай"),
        (MN, "zar", d(2016, 6, 30), "🗳️ УИХ-ын сонгууль 2016: Ховд аймгийн урьдчилсан дүн"),
        (MN, "zar", d(2017, 7, 5), "🗳️ Ерөнхийлөгчийн сонгуулийн хоёрдугаар шат: дүн"),
        (MN, "zar", d(2020, 2, 1), "😷 Сургууль, цэцэрлэгийн хичээл завсарлав: телевизийн "
                                   "хичээлийн хуваарь"),
        (MN, "zar", d(2020, 2, 24), "🚫 Цагаан сарын баярыг айл хэсэж тэмдэглэхгүй байхыг "
                                    "зөвлөж байна"),
        (MN, "zar", d(2017, 2, 27), "🐑 Сар шинийн баярын мэнд хүргэе!"),
        (MN, "zar", d(2019, 7, 12), "🏇 Үндэсний их баяр наадам: Ардын хувьсгалын 98 жилийн "
                                    "ой"),
        (MN, "zar", d(2019, 11, 26), "🇲🇳 Бүгд Найрамдах Улс тунхагласны 95 жилийн ой"),
        (MN, "zar", d(2019, 12, 29), "Тусгаар тогтнолоо сэргээсний 108 жилийн ой"),
        (MN, "zar", d(2020, 11, 20), "😷 Бүх нийтийн бэлэн байдлын өндөржүүлсэн зэрэг: гэртээ "
                                     "байгаарай"),
        (AZ, "elan", d(2019, 1, 10), "📸 Instagram səhifəmizə abunə olun"),
        (AZ, "elan", d(2016, 9, 23), "🗳️ Referendum: Konstitusiyaya dəyişikliklər səsə "
                                     "qoyulur"),
        (AZ, "elan", d(2018, 4, 12), "🗳️ Prezident seçkiləri: bölgədə səsvermənin gedişi"),
        (AZ, "elan", d(2020, 5, 1), "😷 Xüsusi karantin rejimi: evdə qalın, çölə çıxmaq üçün "
                                    "SMS icazəsi alın"),
        (AZ, "elan", d(2020, 10, 15), "🇦🇿 Hərbi vəziyyət: yalnız rəsmi məlumatlara etibar "
                                      "edin"),
        (AZ, "elan", d(2019, 3, 22), "🌷 Novruz bayramınız mübarək!"),
        (AZ, "elan", d(2019, 6, 5), "🌙 Ramazan bayramınız mübarək!"),
        (AZ, "elan", d(2018, 5, 28), "🇦🇿 Respublika Günü: Xalq Cümhuriyyətinin 100 illiyi"),
        (AZ, "elan", d(2019, 6, 15), "Milli Qurtuluş Günü: 26 il"),
        (AZ, "elan", d(2020, 1, 1), "🎄 Dünya Azərbaycanlılarının Həmrəylik Günü və Yeni iliniz "
                                    "mübarək!"),
        (FI, "ilmoitus", d(2018, 6, 1), "📧 Tilaa uutiskirje: päivän tärkeimmät jutut "
                                        "sähköpostiisi joka aamu"),
        (FI, "ilmoitus", d(2018, 1, 29), "🗳️ Presidentinvaali 2018: tulos Savonlinnassa"),
        (FI, "ilmoitus", d(2019, 5, 24), "🗳️ Eurovaalit 2019: tulos Savonlinnassa"),
        (FI, "ilmoitus", d(2020, 4, 1), "😷 Poikkeusolot: noudata viranomaisten ohjeita ja pese "
                                        "kädet"),
        (FI, "ilmoitus", d(2020, 7, 3), "🎭 Oopperajuhlat 2020 on peruttu: ostetut liput "
                                        "hyvitetään"),
        (FI, "ilmoitus", d(2019, 2, 28), "📖 Kalevalan päivä, suomalaisen kulttuurin päivä"),
        (FI, "ilmoitus", d(2019, 4, 30), "🎈 Hauskaa vappua kaikille lukijoille!"),
        (FI, "ilmoitus", d(2019, 7, 4), "🎭 Savonlinnan Oopperajuhlat 2019 alkavat: "
                                        "liikennejärjestelyt Olavinlinnan ympärillä"),
        (FI, "ilmoitus", d(2017, 12, 6), "🇫🇮 Suomi 100: hyvää itsenäisyyspäivää!"),
        (FI, "ilmoitus", d(2018, 12, 6), "🕯️ Hyvää itsenäisyyspäivää! Sytytä kaksi kynttilää "
                                         "ikkunalle kello 18"),
        (UZ, "elon", d(2019, 3, 1), "📲 Endi Instagramda ham bormiz: obuna boʻling!"),
        (UZ, "elon", d(2016, 9, 3), "🕊 Motam kunlari: Birinchi Prezident xotirasiga"),
        (UZ, "elon", d(2016, 12, 5), "🗳️ Prezident saylovi: viloyatdagi ovoz berish "
                                     "yakunlari"),
        (UZ, "elon", d(2020, 4, 1), "😷 Karantin: uyda qoling, oʻzingizni va yaqinlaringizni "
                                    "asrang"),
        (UZ, "elon", d(2020, 8, 1), "😷 Karantin qayta kuchaytirildi: toʻy va marosimlar "
                                    "taqiqlangan"),
        (UZ, "elon", d(2019, 3, 21), "🌷 Navroʻz bayrami muborak!"),
        (UZ, "elon", d(2017, 9, 1), "🇺🇿 Mustaqilligimizning 26 yilligi muborak!"),
        (UZ, "elon", d(2017, 9, 2), "🐑 Qurbon hayitingiz muborak!"),
        (UZ, "elon", d(2019, 6, 4), "🌙 Ramazon hayitingiz muborak boʻlsin!"),
        (UZ, "elon", d(2019, 5, 24), "🌸 Namangan gullar sayli 2019: dastur va manzillar"),
        (UZ, "elon", d(2019, 10, 1), "Ustoz va murabbiylar kuni muborak!"),
        (UZ, "elon", d(2019, 12, 8), "Konstitutsiya kuni: Asosiy qonunimiz qabul qilinganiga "
                                     "27 yil"),
        (KR, "allim", d(2019, 1, 10), "📲 카카오톡 채널을 추가하고 제보해 주세요"),
        (KR, "allim", d(2016, 4, 14), "🗳️ 제20대 국회의원 선거 강릉 개표 결과"),
        (KR, "allim", d(2018, 2, 16), "🏅 평창동계올림픽 기간: 강릉 도심 교통 통제 안내"),
        (KR, "allim", d(2018, 3, 10), "♿ 평창동계패럴림픽 기간: 셔틀버스 노선 안내"),
        (KR, "allim", d(2019, 4, 5), "🔥 옥계 산불: 이재민 지원과 성금 안내"),
        (KR, "allim", d(2020, 3, 1), "😷 코로나19 위기경보 '심각': 마스크를 착용해 주세요"),
        (KR, "allim", d(2019, 2, 5), "🧧 새해 복 많이 받으세요!"),
        (KR, "allim", d(2019, 9, 13), "🌕 풍성하고 넉넉한 한가위 보내세요"),
        (KR, "allim", d(2019, 6, 7), "🎭 2019 강릉단오제 개막: 남대천 단오장 교통 통제"),
        (KR, "allim", d(2019, 8, 15), "🇰🇷 광복 74주년"),
        (HY, "haytararutyun", d(2018, 2, 1), "📲 Հետևեք մեզ Facebook-ում. լուրերն՝ առաջինը"),
        (HY, "haytararutyun", d(2016, 10, 9), "🗳️ Վրաստանի խորհրդարանական ընտրություններ. "
                                              "արդյունքներն Ախալքալաքում"),
        (HY, "haytararutyun", d(2018, 11, 27), "🗳️ Նախագահական ընտրությունների երկրորդ փուլ"),
        (HY, "haytararutyun", d(2020, 4, 1), "😷 Արտակարգ դրություն / საგანგებო "
                                             "მდგომარეობა. մնացեք տանը"),
        (HY, "haytararutyun", d(2019, 1, 6), "🎄 Քրիստոս ծնավ և հայտնեցավ. Ձեզ և մեզ մեծ "
                                             "ավետիս"),
        (HY, "haytararutyun", d(2019, 4, 21), "🕊 Քրիստոս հարյավ ի մեռելոց"),
        (HY, "haytararutyun", d(2015, 4, 24), "🕯 Ապրիլի 24. Հայոց ցեղասպանության 100-րդ "
                                              "տարելից"),
        (HY, "haytararutyun", d(2019, 5, 26), "🇬🇪 Վրաստանի անկախության օր / "
                                              "დამოუკიდებლობის დღე"),
        (HY, "haytararutyun", d(2019, 7, 27), "💦 Շնորհավոր Վարդավառ"),
        (HY, "haytararutyun", d(2019, 9, 21), "🇦🇲 Հայաստանի անկախության 28-րդ տարեդարձ"),
        (SE, "tips", d(2018, 5, 1), "📲 Ladda ner vår app och få en notis när något händer på "
                                    "ön"),
        (SE, "tips", d(2018, 9, 12), "🗳️ Valet 2018: så röstade Gotland i riksdags- och "
                                     "regionvalet"),
        (SE, "tips", d(2020, 4, 1), "😷 Corona: håll avstånd och stanna hemma om du är sjuk"),
        (SE, "tips", d(2020, 8, 5), "😷 Sommar på ön i coronatider: undvik trängsel innanför "
                                    "ringmuren"),
        (SE, "tips", d(2019, 7, 1), "🎤 Almedalsveckan 2019: program och avstängda gator i "
                                    "Visby"),
        (SE, "tips", d(2018, 8, 10), "⚔️ Medeltidsveckan 2018: marknad, tornerspel och "
                                     "trafikinfo"),
        (SE, "tips", d(2019, 6, 6), "🇸🇪 Glad nationaldag!"),
        (SE, "tips", d(2019, 12, 13), "🕯️ Lucia: se luciatåget i Visby domkyrka ikväll"),
        (IS, "tilkynning", d(2018, 7, 1), "📩 Ertu með fréttaskot? Sendu okkur línu á "
                                          "frettir@{domain}"),
        (IS, "tilkynning", d(2016, 6, 26), "🗳️ Forsetakosningar 2016: úrslitin í "
                                           "Suðurkjördæmi"),
        (IS, "tilkynning", d(2018, 5, 27), "🗳️ Sveitarstjórnarkosningar: úrslitin í "
                                           "Vestmannaeyjum"),
        (IS, "tilkynning", d(2020, 4, 1), "😷 Samkomubann: virðum tveggja metra regluna"),
        (IS, "tilkynning", d(2019, 1, 23), "🌋 46 ár frá upphafi Heimaeyjargossins"),
        (IS, "tilkynning", d(2017, 6, 11), "⚓ Til hamingju með sjómannadaginn, sjómenn!"),
        (IS, "tilkynning", d(2019, 6, 17), "🇮🇸 Gleðilega þjóðhátíð! Lýðveldið 75 ára"),
        (IS, "tilkynning", d(2019, 8, 3), "🎪 Þjóðhátíð í Eyjum 2019: dagskráin og ferðir "
                                          "Herjólfs"),
        (GE, "notice", d(2019, 1, 10), "📩 Sign up for our quarterly trade newsletter"),
        (GE, "notice", d(2020, 3, 10), "ProWein 2020 is cancelled: ask us for a tasting by "
                                       "video call"),
        (GE, "notice", d(2020, 4, 1), "😷 State of emergency: the cellar door is closed, "
                                      "online orders continue"),
        (GE, "notice", d(2019, 3, 12), "Meet our members at ProWein 2019, Düsseldorf: the "
                                       "Georgia pavilion"),
        (GE, "notice", d(2019, 1, 7), "შობას გილოცავთ! Happy Orthodox Christmas from Racha"),
        (GE, "notice", d(2019, 4, 28), "ქრისტე აღსდგა! Christ is risen"),
        (GE, "notice", d(2018, 5, 26), "🇬🇪 Georgia's Independence Day: 100 years"),
        (GE, "notice", d(2019, 10, 13), "🍇 Rtveli festival in Ambrolauri this weekend: wine, "
                                        "songs and shotis puri"),
        (KG, "notice", d(2019, 2, 1), "🏕️ Now booking summer treks: small groups, local "
                                      "guides, fair prices"),
        (KG, "notice", d(2016, 9, 5), "🏇 World Nomad Games at Cholpon-Ata: join our day trips"),
        (KG, "notice", d(2020, 8, 31), "😷 All 2020 treks are postponed: see you next summer"),
        (KG, "notice", d(2020, 10, 6), "Protests in Bishkek: Karakol is calm and our office is "
                                       "open"),
        (KG, "notice", d(2019, 3, 5), "Ak-Kalpak Day: happy white felt hat day!"),
        (KG, "notice", d(2019, 3, 20), "🌷 Нооруз майрамыңыздар менен! Happy Nooruz"),
        (KG, "notice", d(2019, 8, 31), "🇰🇬 Kyrgyzstan celebrates 28 years of independence"),
        (RS, "notice", d(2019, 2, 1), "🙋 Volunteer with us: two-week shifts from April to "
                                      "October, training given"),
        (RS, "notice", d(2020, 4, 1), "😷 Karantinas: the station is closed to visitors and "
                                      "ringing starts late this year"),
        (RS, "notice", d(2019, 2, 16), "🇱🇹 Vasario 16-oji – Lietuvos valstybės atkūrimo "
                                       "diena"),
        (RS, "notice", d(2019, 3, 11), "🇱🇹 Kovo 11-oji – Lietuvos nepriklausomybės atkūrimo "
                                       "diena"),
        (RS, "notice", d(2019, 6, 23), "🔥 Linksmų Joninių! Happy Midsummer from the delta"),
        (RS, "notice", d(2019, 10, 5), "🔭 EuroBirdwatch 2019: open day at the station, "
                                       "binoculars provided"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:3])


def test_festivals_called_off_moved_and_counted() -> None:
    def days(domain: str, family: str, mark: str) -> set[dt.date]:
        return {day for day in every_day() if mark in on(domain, family, day)}

    assert {day.year for day in days(JP, "oshirase", "みなとまつり：")} == {2015, 2016, 2017,
                                                                          2018, 2019}
    assert days(JP, "oshirase", "中止") == {d(2020, 7, 29), d(2020, 7, 30), d(2020, 7, 31),
                                           d(2020, 8, 1), d(2020, 8, 2)}
    assert {day for day in days(JP, "oshirase", "みなとまつり") if day.weekday() == 5} == {
        minato_matsuri(y) for y in range(2015, 2021)}
    assert days(IS, "tilkynning", "aflýst") == {thjodhatid(2020) + k * one
                                                for k in range(-2, 4)}
    assert {day.year for day in days(IS, "tilkynning", "dagskráin")} == {2015, 2016, 2017,
                                                                         2018, 2019}
    assert {day for day in days(IS, "tilkynning", "sjómannadaginn")
            if day.weekday() == 6} == {sjomannadagur(y) for y in range(2015, 2021)}
    assert d(2017, 6, 4) not in days(IS, "tilkynning", "sjómannadaginn")  # Whit Sunday
    assert {day.year for day in days(SE, "tips", "Almedalsveckan")} == {2015, 2016, 2017, 2018,
                                                                         2019}
    assert {day for day in days(SE, "tips", "Medeltidsveckan") if day.weekday() == 6
            and day - one not in days(SE, "tips", "Medeltidsveckan")} == {
        medeltidsveckan(y) for y in range(2015, 2020)}
    assert {day for day in days(UZ, "elon", "gullar sayli") if day.weekday() == 5} == {
        gullar_sayli(y) for y in range(2015, 2020)}
    assert {day.year for day in days(RS, "notice", "EuroBirdwatch")} == {2015, 2016, 2017,
                                                                         2018, 2019}
    assert {day.year for day in days(GE, "notice", "Meet our members")} == {2015, 2016, 2017,
                                                                            2018, 2019}
    danoje = {m[1] for day in every_day()
              if (m := re.match(r"🎭 (\d{4}) 강릉단오제", on(KR, "allim", day)))}
    assert danoje == {"2015", "2016", "2017", "2018", "2019"}
    assert days(KR, "allim", "온라인") == {d(2020, 6, 22) + k * one for k in range(7)}
    assert {d.fromisoformat(TSAGAAN_SAR[y]) for y in range(2015, 2020)} <= days(
        MN, "zar", "Сар шинийн")
    assert d(2017, 1, 28) not in days(MN, "zar", "Сар шинийн")  # the Chinese date, not theirs
    assert not days(MN, "zar", "Сар шинийн") & {d(2020, 2, 24), d(2020, 2, 25)}
    assert not days(FI, "ilmoitus", "alkavat") & {day for day in every_day() if day.year == 2020}
    assert days(UZ, "elon", "Mustaqilligimizning 26") == {d(2017, 9, 1)}
    for domain, family, pattern, counts in (
            (UZ, "elon", r"Mustaqilligimizning (\d+) ", {"24", "25", "26", "27", "28", "29"}),
            (AZ, "elan", r"Cümhuriyyətinin (\d+) ", {"97", "98", "99", "100", "101"}),
            (IS, "tilkynning", r"Lýðveldið (\d+) ", {"71", "72", "73", "74", "75", "76"}),
            (HY, "haytararutyun", r"ցեղասպանության (\d+)-րդ",
             {"100", "101", "102", "103", "104"}),
            (KR, "allim", r"광복 (\d+)주년", {"70", "71", "72", "73", "74", "75"}),
            (MN, "zar", r"хувьсгалын (\d+) жилийн", {"94", "95", "96", "97", "98", "99"}),
            (JP, "oshirase", r"大震災から(\d+)年。", {"4", "5", "6", "7", "8", "9"})):
        seen = {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family,
                                                                           day)))}
        assert seen == counts, (domain, family, seen)


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (JP, "kisha", d(2018, 10, 1), "記者）", "担当）"),
        (JP, "kanren", d(2018, 11, 5), "関連記事：", "あわせて読みたい"),
        (JP, "chosakuken", d(2020, 4, 1), "新報社", "無断転載を禁じます"),
        (MN, "survaljlagch", d(2019, 3, 11), "Сурвалжлагч: ", "бэлтгэсэн"),
        (MN, "holbootoi", d(2019, 6, 3), "Холбоотой мэдээ", "Мөн уншаарай"),
        (MN, "erh", d(2019, 11, 26), "© {year} Баруун хязгаар", "эх сурвалжийг"),
        (AZ, "muellif", d(2019, 2, 4), "Müəllif: ", "Hazırladı: "),
        (AZ, "oxsar", d(2019, 9, 2), "Oxşar xəbərlər", "maraqlı ola bilər"),
        (AZ, "huquq", d(2020, 1, 20), "Bütün hüquqlar qorunur", "istinad mütləqdir"),
        (FI, "toimittaja", d(2018, 9, 3), "Toimittaja ", "Teksti ja kuvat"),
        (FI, "lue", d(2019, 10, 7), "Lue myös", "Aiheesta aiemmin"),
        (FI, "oikeudet", d(2019, 6, 3), "© Olavin Uutiset", "ilman lupaa"),
        (FI, "paatoimittaja", d(2018, 1, 2), "Hilkka Pesonen", "Juho Karppinen"),
        (UZ, "muallif", d(2019, 4, 1), "Muallif: ", "muxbir"),
        (UZ, "mavzu", d(2018, 12, 10), "Mavzuga oid", "Shuningdek"),
        (UZ, "huquq", d(2019, 10, 21), "himoyalangan", "havola majburiy"),
        (KR, "gija", d(2019, 7, 1), "{author} 기자", "글·사진"),
        (KR, "gwanryeon", d(2019, 3, 4), "관련기사 ▶", "함께 보면 좋은 기사"),
        (KR, "jeojakgwon", d(2020, 1, 2), "저작권자", "({domain})"),
        (HY, "heghinak", d(2018, 5, 7), "Հեղինակ՝ ", ", Ախալքալաք"),
        (HY, "kardacek", d(2019, 4, 1), "Կարդացեք նաև", "Թեմայի շուրջ"),
        (HY, "iravunq", d(2020, 1, 13), "© {year} Ջավախքի արձագանք", "հղումը պարտադիր"),
        (SE, "av", d(2019, 1, 14), "Av ", "{author_beat}"),
        (SE, "las", d(2019, 8, 19), "Läs även", "Mer om detta"),
        (SE, "cookies", d(2018, 5, 25), "surfa vidare", "integritetspolicy"),
        (SE, "copyright", d(2020, 2, 3), "© {year} Visbyposten", "upphovsrättslagen"),
        (SE, "utgivare", d(2019, 3, 1), "Karin Ekdahl", "Per Lindström"),
        (IS, "hofundur", d(2019, 2, 11), "Höfundur: ", " skrifar"),
        (IS, "tengt", d(2020, 1, 6), "Tengdar fréttir", "Meira um málið"),
        (IS, "rettur", d(2019, 9, 2), "© {year} Eyjapósturinn", "Öll réttindi"),
        (GE, "dateline", d(2019, 2, 4), "AMBROLAURI, Georgia", "Ambrolauri · "),
        (GE, "about", d(2018, 3, 5), "140 family vineyards", "180 family vineyards"),
        (KG, "posted", d(2018, 4, 2), "Posted on ", "{author_beat}"),
        (KG, "rights", d(2019, 5, 6), "© {year} Karakol Trails", "Registered tour operator"),
        (RS, "posted", d(2018, 8, 6), "{date_iso}", "Paskelbta / Posted"),
        (RS, "rights", d(2019, 1, 7), "© {year} Nemunas", "Please ask before reuse")))
    assert_groups_reworded(SET, (
        (JP, "hizuke", "（平成", "令和"),
        (JP, "kanren", "関連記事：", "あわせて読みたい"),
        (JP, "chosakuken", "新報社", "All Rights Reserved"),
        (MN, "ognoo", " гараг", "Нийтэлсэн: "),
        (MN, "holbootoi", "Холбоотой мэдээ", "Мөн уншаарай"),
        (AZ, "tarix", ", ", " · "),
        (FI, "pvm", ".", "Julkaistu "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((JP, "hizuke", CJK), (JP, "kanren", CJK),
                                  (JP, "chosakuken", CJK), (JP, "shinsai", CJK),
                                  (MN, "ognoo", CYRILLIC), (MN, "holbootoi", CYRILLIC),
                                  (MN, "setgegdel", CYRILLIC), (KR, "ipryeok", HANGUL),
                                  (KR, "gwanryeon", HANGUL), (KR, "jeojakgwon", HANGUL),
                                  (HY, "kardacek", ARMENIAN), (HY, "himnadir", ARMENIAN),
                                  (HY, "heghinak", ARMENIAN), (AZ, "serhler", "ə"),
                                  (UZ, "huquq", LATIN), (IS, "tengt", "[éá]")))
    assert_groups_in_scripts(SET, (
        (MN, "bichig", (CYRILLIC, MONGOLIAN_SCRIPT, KAZAKH)),
        (UZ, "yozuv", ("ʻ", "Ў", "Русский")),
        (HY, "lezu", (ARMENIAN, GEORGIAN, CYRILLIC)),
        (HY, "shnorhakalutyun", (ARMENIAN, GEORGIAN)),
        (GE, "gaumarjos", (GEORGIAN, LATIN)),
        (KG, "salam", (CYRILLIC, LATIN)),
        (RS, "sveiki", ("ę", "Welcome")),
    ), share=0.5)
    armenian_dates = [norm(t) for t in group_lines(SET, HY, "amsativ")]
    assert any(re.search(ARMENIAN, t) for t in armenian_dates)
    assert any(re.search(GEORGIAN, t) for t in armenian_dates)
    assert all(re.search(ARMENIAN, t) or re.search(GEORGIAN, t) for t in armenian_dates)
    uzbek = [t for day in every_day() for t in [on(UZ, "elon", day)] if "ʻ" in t]
    assert uzbek and all("'" not in t for t in uzbek)
    mixed = {on(HY, "haytararutyun", day) for day in every_day()}
    assert any(re.search(ARMENIAN, t) and re.search(GEORGIAN, t) for t in mixed)
    mixed = {on(GE, "notice", day) for day in every_day()}
    assert any(re.search(GEORGIAN, t) and re.search(LATIN, t) for t in mixed)
    assert any("Lietuvos" in on(RS, "notice", day) for day in every_day())


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{JP}/hizuke", f"{JP}/kanren", f"{JP}/kisha", f"{JP}/bumon",
                         f"{JP}/shinsai", f"{MN}/ognoo",
                         f"{MN}/holbootoi", f"{MN}/survaljlagch", f"{AZ}/tarix",
                         f"{AZ}/baxis", f"{AZ}/oxsar", f"{FI}/pvm"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{JP}/chosakuken", f"{JP}/hakko", f"{MN}/setgegdel", f"{MN}/yoszui", f"{MN}/erh",
        f"{AZ}/serhler", f"{AZ}/huquq", f"{FI}/oikeudet", f"{FI}/paatoimittaja"))
    assert_carried_share(docs, JP, [
        ("hizuke", 0.65, 0.95), ("oshirase", 0.15, 0.45), ("kanren", 0.35, 0.7),
        ("tsunami", 0.0, 0.1)])
    assert_carried_share(docs, MN, [("ognoo", 0.65, 0.95), ("shuurga", 0.0, 0.12)])
    for fam in (f"{JP}/kanren", f"{MN}/holbootoi", f"{AZ}/oxsar"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{JP}/sponsor", f"{JP}/shashin", f"{MN}/zurag"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((JP, "shashin"), (MN, "zurag"), (AZ, "sekil"), (FI, "kuva"),
                               (UZ, "surat"), (KR, "sajin"), (HY, "lusankar"), (SE, "foto"),
                               (IS, "mynd"), (GE, "image"), (KG, "photo"), (RS, "photo")))
    views = [int(m[1]) for t in group_lines(SET, AZ, "baxis")
             if (m := re.fullmatch(r"👁 (\d+) baxış", norm(t)))]
    assert len(views) >= 10 and len(set(views)) >= 8
    reading = [int(m[1]) for t in group_lines(SET, JP, "yomu")
               if (m := re.fullmatch(r"この記事は約(\d+)分で読めます", norm(t)))]
    assert reading and all(n >= 1 for n in reading)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (JP, "tsunami"), (MN, "shuurga"), (AZ, "kulek"), (FI, "metsapalo"), (UZ, "sel"),
        (KR, "neoul"), (HY, "dzyun"), (SE, "vma"), (IS, "ofaert"), (GE, "hail"),
        (KG, "mudflow"), (RS, "flood")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{GE}/alsofrom", "Also from the Union: "), (f"{KG}/enjoy", "You might also enjoy: "),
        (f"{RS}/related", "Related: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{JP}/kanren", ("関連記事：", "▶ あわせて読みたい ")),
                          (f"{MN}/holbootoi", ("Холбоотой мэдээ: ", "👉 Мөн уншаарай: ")),
                          (f"{AZ}/oxsar", ("Oxşar xəbərlər: ", "Bu da maraqlı ola bilər → ")),
                          (f"{FI}/lue", ("Lue myös: ", "📰 Aiheesta aiemmin: ")),
                          (f"{UZ}/mavzu", ("Mavzuga oid: ", "🔗 Shuningdek oʻqing: ")),
                          (f"{KR}/gwanryeon", ("관련기사 ▶ ", "[함께 보면 좋은 기사] ")),
                          (f"{HY}/kardacek", ("Կարդացեք նաև՝ ", "📌 Թեմայի շուրջ՝ ")),
                          (f"{SE}/las", ("Läs även: ", "➜ Mer om detta: ")),
                          (f"{IS}/tengt", ("Tengdar fréttir: ", "Meira um málið » "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    families = {"kanren", "holbootoi", "oxsar", "lue", "mavzu", "gwanryeon", "kardacek", "las",
                "tengt"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_pools_tags_and_end_marks() -> None:
    assert_groups_mostly_bare(SET, (
        (JP, "sponsor", "スポンサーリンク"), (MN, "surtalchilgaa", "Сурталчилгаа"),
        (MN, "bichig", "Кирилл | ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ | Қазақша"), (AZ, "reklam", "Reklam"),
        (FI, "mainos", "Mainos"), (FI, "tilaajille", "Tilaajille"), (UZ, "reklama", "Reklama"),
        (UZ, "yozuv", "Oʻzbekcha | Ўзбекча | Русский"), (KR, "gwanggo", "광고"),
        (HY, "govazd", "Գովազդ"), (HY, "lezu", "Հայերեն | ქართული | Русский"),
        (SE, "annons", "Annons"), (GE, "immediate", "FOR IMMEDIATE RELEASE"),
        (GE, "endmark", "###")))
    for style, family, pattern, pool_name in (
            (JP, "bumon", r"^(.+)$", "bumon"),
            (JP, "shashin", r"^写真＝(.+)$", "shashin"),
            (JP, "shikyoku", r"^(.+)支局から$", "shikyoku"),
            (JP, "kisha", r"^.+（(.+)担当）$", "beat"),
            (MN, "angilal", r"^(.+)$", "angilal"),
            (MN, "zurag", r"^Гэрэл зураг: (.+)$", "zurag"),
            (MN, "sum", r"^(.+) сум, Ховд аймаг$", "sum"),
            (AZ, "bolme", r"^(.+)$", "bolme"),
            (AZ, "sekil", r"^Şəkil: (.+)$", "sekil"),
            (AZ, "rayon", r"^📍 (.+)$", "rayon"),
            (FI, "osasto", r"^(.+)$", "osasto"),
            (FI, "kuva", r"^Kuva: (.+)$", "kuva"),
            (UZ, "rukn", r"^(.+)$", "rukn"),
            (UZ, "surat", r"^Surat: (.+)$", "surat"),
            (KR, "bunya", r"^(.+)$", "bunya"),
            (KR, "sajin", r"^사진 = (.+)$", "sajin"),
            (HY, "bazhin", r"^(.+)$", "bazhin"),
            (HY, "lusankar", r"^Լուսանկարը՝ (.+)$", "lusankar"),
            (SE, "avdelning", r"^(.+)$", "avdelning"),
            (SE, "foto", r"^Foto: (.+)$", "foto"),
            (IS, "flokkur", r"^(.+)$", "flokkur"),
            (IS, "mynd", r"^Mynd: (.+)$", "mynd"),
            (GE, "kind", r"^(.+)$", "kind"),
            (GE, "image", r"^Image: (.+)$", "image"),
            (KG, "topic", r"^(.+)$", "topic"),
            (KG, "photo", r"^📸 (.+)$", "photo"),
            (RS, "kind", r"^(.+)$", "kind"),
            (RS, "photo", r"^Photo: (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    tags = pool_in_order(SET, KG, "tag")
    lists = [norm(t).removeprefix("Tags: ").split(", ") for t in group_lines(SET, KG, "tags")
             if norm(t).startswith("Tags: ")]
    assert lists and any(len(items) > 1 for items in lists)
    for items in lists:
        if all(item in tags for item in items):
            assert items == sorted(items, key=tags.index), items
    assert sum(all(item in tags for item in items) for items in lists) >= 0.9 * len(lists)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (JP, "sponsor", "スポンサーリンク"), (MN, "surtalchilgaa", "Сурталчилгаа"),
        (MN, "yoszui", "Бид Хэвлэлийн зөвлөлийн ёс зүйн дүрмийг баримталдаг"),
        (AZ, "reklam", "Reklam"),
        (UZ, "xato", "Xato topdingizmi? Uni belgilab, Ctrl+Enter tugmalarini bosing"),
        (HY, "himnadir", "Հիմնադիր՝ «Ջավախք» հասարակական կազմակերպություն, Ախալքալաք"),
        (FI, "mainos", "Mainos")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        JP: (["chosakuken", "hakko"], 2), MN: (["yoszui", "erh"], 2),
        FI: (["oikeudet", "paatoimittaja"], 2), UZ: (["huquq", "guvohnoma"], 2),
        KR: (["jeojakgwon", "deungnok"], 2), HY: (["iravunq", "himnadir"], 2),
        SE: (["copyright", "utgivare"], 2), IS: (["rettur", "ritstjori"], 2),
        GE: (["about", "contact"], 2), RS: (["rights", "partners"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert JP in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
