"""The held-back-60 template set (`tests.bench.heldout_templates_60`): its localised dates
(printed day by day, some changing form on the day of a redesign, one with the Japanese era
of the day, one with the Pacific time zone of the day), the notices it rewords by date, the
calendars and seasons some notices follow (anniversaries with their counts in the plural
forms of their languages, days on a weekday of a month, movable feasts on both Easters,
lunar new years, votes, storms, fires and the epidemic, festivals called off, launches, the
change of the clocks), the fortnightly fuel prices and monthly exchange rates, the weekday
outing rota, the lines in several languages and scripts, the variation it promises, its
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

from cleanpipe.sample.model import label_family
from tests.bench.heldout_templates_60 import (
    BE_GDPR,
    BE_LINKS,
    BE_REDESIGN,
    DUTCH_MONTHS,
    FIRST_DAY,
    GR_LINKS,
    GR_REDESIGN,
    JP_REDESIGN,
    JP_REIWA,
    JP_RIGHTS,
    KOUROU_LAUNCHES,
    KR_EMAIL,
    KR_REDESIGN,
    LAST_DAY,
    LU_REDESIGN,
    NIUEAN_WEEKDAYS,
    NU_FLIGHTS,
    PA_FUEL_START,
    PA_LINKS,
    PA_OUTINGS,
    PA_REDESIGN,
    RU_BYLINE,
    RU_REDESIGN,
    RUSSIAN_MONTHS,
    TAS_REDESIGN,
    UA_RECEIPT,
    UKRAINIAN_MONTHS,
    antipodes_festival,
    ascension,
    buergbrennen,
    carnival_end,
    easter,
    holodomor_day,
    japanese_era,
    launceston_cup,
    orthodox_easter,
    pa_outings,
    ru_years,
    show_day,
    tas_daylight_saving_ends,
    tas_daylight_saving_starts,
    uk_years,
    up_helly_aa,
    us_daylight_saving,
)
from tests.heldout_checks import (
    assert_carried_share,
    assert_group_blocks_stay_together,
    assert_groups_in_script,
    assert_groups_in_scripts,
    assert_groups_mostly_bare,
    assert_groups_reworded,
    assert_look_ups_agree,
    assert_more_texts_than_wordings,
    assert_once_per_page,
    assert_rare_families,
    assert_reworded_on,
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

SET = "held-back-60"
SITES = ("Ommeland Nieuws", "Tamar Mercury", "La Voz del Barú", "한빛일보", "Φωνή των Αντιπόδων",
         "リベルダーデ報知", "Элистинский курьер", "Прерійний вісник", "Nordstad Noriichten",
         "Maroni Express", "Lerwick Lantern", "Tohi Tala Alofi")
BE, TAS, PA, KR = ("ommelandnieuws.be", "tamarmercury.com.au", "vozdelbaru.com.pa",
                   "hanbitilbo.com")
GR, JP, RU, UA = ("fonitonantipodon.com.au", "liberdadehochi.com.br", "elistakurier.ru",
                  "preriinyvisnyk.ca")
LU, GF, SH, NU = ("nordstadnoriichten.lu", "maroniexpress.gf", "lerwicklantern.co.uk",
                  "tohitalaalofi.nu")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((BE, "datum"), (TAS, "updated"), (PA, "fecha"), (KR, "ipryeok"), (GR, "imerominia"),
         (JP, "hizuke"), (RU, "data"), (UA, "data"), (LU, "datum"), (NU, "aho"))

# The families that change with the seasons, the fortnights or the months.
SEASONAL = ((BE, "kusttram"), (PA, "combustible"), (KR, "hwanyul"), (JP, "kawase"),
            (GF, "fleuve"), (SH, "ferry"), (NU, "sea"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((BE, "melding"), (TAS, "notice"), (PA, "aviso"), (KR, "allim"),
           (GR, "anakoinosi"), (JP, "oshirase"), (RU, "podpiska"), (UA, "ogoloshennia"),
           (LU, "notiz"), (GF, "reseaux"), (SH, "notice"), (NU, "notice"), (GF, "espace"))

# A day no notice of the set turns for an event on.
QUIET = d(2016, 2, 17)

HANGUL = r"[\uac00-\ud7a3]"
GREEK = r"[\u0370-\u03ff]"
JAPANESE = r"[\u3040-\u30ff\u4e00-\u9fff]"
CYRILLIC = r"[\u0400-\u04ff]"
LATIN = r"[A-Za-z]"


# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + SEASONAL + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 9, 23), d(2018, 4, 19), d(2020, 4, 20), LAST_DAY))


def test_calendar_helpers() -> None:
    assert [easter(y) for y in (2016, 2019, 2020)] == [d(2016, 3, 27), d(2019, 4, 21),
                                                       d(2020, 4, 12)]
    assert [orthodox_easter(y) for y in (2016, 2019, 2020)] == [d(2016, 5, 1), d(2019, 4, 28),
                                                                d(2020, 4, 19)]
    assert ascension(2019) == d(2019, 5, 30) and buergbrennen(2019) == d(2019, 3, 10)
    assert carnival_end(2019) == d(2019, 3, 7)
    assert launceston_cup(2019) == d(2019, 2, 27) and launceston_cup(2020) == d(2020, 2, 26)
    assert show_day(2019) == d(2019, 10, 10) and show_day(2020) is None
    assert tas_daylight_saving_ends(2019) == d(2019, 4, 7)
    assert tas_daylight_saving_starts(2019) == d(2019, 10, 6)
    assert us_daylight_saving(d(2019, 3, 10)) and not us_daylight_saving(d(2019, 3, 9))
    assert us_daylight_saving(d(2019, 11, 2)) and not us_daylight_saving(d(2019, 11, 3))
    assert holodomor_day(2019) == d(2019, 11, 23) and up_helly_aa(2019) == d(2019, 1, 29)
    assert antipodes_festival(2019) == d(2019, 2, 23)
    assert [japanese_era(day) for day in (d(2018, 1, 1), d(2019, 4, 30), d(2019, 5, 1),
                                          d(2020, 1, 1))] == [
        "平成30年", "平成31年", "令和元年", "令和2年"]
    assert [ru_years(n) for n in (70, 71, 72, 74, 75, 111, 112)] == [
        "70 лет", "71 год", "72 года", "74 года", "75 лет", "111 лет", "112 лет"]
    assert [uk_years(n) for n in (21, 24, 25, 29, 12)] == [
        "21 рік", "24 роки", "25 років", "29 років", "12 років"]
    assert PA_FUEL_START.weekday() == 4


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(BE, "datum", old, r"zaterdag 5 maart 2016, \d\d:\d\d")
    full(BE, "datum", new, r"21/06/2019 om \d\d:\d\d")
    full(TAS, "updated", old, r"March 5 2016 - \d{1,2}:\d\d [AP]M")
    full(TAS, "updated", new, r"Updated June 21 2019 - \d{1,2}:\d\d [AP]M")
    full(PA, "fecha", old, "David, Chiriquí \\| sábado 5 de marzo de 2016")
    full(PA, "fecha", new, r"Actualizado el 21/06/2019 a las \d{1,2}:\d\d [AP]M")
    full(KR, "ipryeok", old, r"입력 2016\.03\.05\(토\) \d\d:\d\d")
    full(KR, "ipryeok", new, r"입력 2019\.06\.21\(금\) \d\d:\d\d PDT")
    full(KR, "ipryeok", d(2019, 12, 20), r"입력 2019\.12\.20\(금\) \d\d:\d\d PST")
    full(GR, "imerominia", old, "Σάββατο 5 Μαρτίου 2016")
    full(GR, "imerominia", new, r"Ενημέρωση: 21\.06\.2019, \d\d:\d\d")
    full(JP, "hizuke", old, "2016年3月5日（土）")
    full(JP, "hizuke", d(2019, 4, 30), "平成31年4月30日（火） · 30/04/2019")
    full(JP, "hizuke", new, "令和元年6月21日（金） · 21/06/2019")
    full(RU, "data", old, r"5 марта 2016, \d\d:\d\d")
    full(RU, "data", new, r"21\.06\.2019 \d\d:\d\d")
    full(UA, "data", old, "субота, 5 березня 2016 р.")
    full(UA, "data", new, "пʼятниця, 21 червня 2019 р.")
    full(LU, "datum", old, "Samschdeg, 5. Mäerz 2016")
    full(LU, "datum", new, "Freideg, 21. Juni 2019")
    full(LU, "datum", d(2020, 6, 19), r"Publizéiert: 19\.06\.2020 um \d\d:\d\d Auer")
    full(NU, "aho", new, "Aho Falaile, 21 June 2019")
    full(GF, "publie", new, r"Publié le 21 juin 2019 à \d\d:\d\d")
    full(SH, "date", new, "Friday 21 June 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        be = on(BE, "datum", day)
        assert (f" {day.day} {DUTCH_MONTHS[day.month - 1]} {day.year}, " in be) == (
            day < BE_REDESIGN), be
        assert on(TAS, "updated", day).startswith("Updated ") == (day >= TAS_REDESIGN)
        assert on(PA, "fecha", day).startswith("David, ") == (day < PA_REDESIGN)
        kr = on(KR, "ipryeok", day)
        assert kr.startswith(f"입력 {day:%Y.%m.%d}(")
        if day < KR_REDESIGN:
            assert kr.endswith("{time}"), kr
        else:
            assert kr.endswith(" PDT" if us_daylight_saving(day) else " PST"), kr
        assert on(GR, "imerominia", day).startswith("Ενημέρωση") == (day >= GR_REDESIGN)
        jp = on(JP, "hizuke", day)
        if day < JP_REDESIGN:
            assert jp.startswith(f"{day.year}年{day.month}月{day.day}日"), jp
        else:
            assert jp.startswith(japanese_era(day)) and jp.endswith(f"{day:%d/%m/%Y}"), jp
        assert ("令和" in jp) == (day >= JP_REIWA)
        ru = on(RU, "data", day)
        assert (RUSSIAN_MONTHS[day.month - 1] in ru) == (day < RU_REDESIGN), ru
        assert f" {day.day} {UKRAINIAN_MONTHS[day.month - 1]} {day.year} р." in on(
            UA, "data", day)
        assert on(LU, "datum", day).startswith("Publizéiert") == (day >= LU_REDESIGN)
        assert on(NU, "aho", day).startswith(NIUEAN_WEEKDAYS[day.weekday()] + ", ")
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_seasons_fortnights_and_months() -> None:
    assert "Zomerregeling" in on(BE, "kusttram", d(2019, 7, 15))
    assert "Zomerregeling" not in on(BE, "kusttram", d(2019, 9, 1))
    assert "étiage" in on(GF, "fleuve", d(2018, 10, 1))
    assert "étiage" not in on(GF, "fleuve", d(2018, 3, 1))
    assert "summer" in on(SH, "ferry", d(2019, 4, 1))
    assert "winter" in on(SH, "ferry", d(2019, 11, 1))
    assert "Whale" in on(NU, "sea", d(2019, 8, 1)) and "Reef" in on(NU, "sea", d(2019, 2, 1))
    for domain, family in SEASONAL:
        starts, _ = wordings_by_start(SET, domain, family)
        assert len(starts) >= 10, (domain, family)
    fuel, _ = wordings_by_start(SET, PA, "combustible")
    days = [dt.date.fromisoformat(s) for s in fuel[1:]]
    assert all(day.weekday() == 4 for day in days)
    assert all((b - a).days == 14 for a, b in zip(days, days[1:], strict=False))
    for family in ("hwanyul", "kawase"):
        domain = KR if family == "hwanyul" else JP
        starts, _ = wordings_by_start(SET, domain, family)
        assert all(s.endswith("-01") for s in starts[1:]), family
    for style, family in ((BE, "kusttram"), (PA, "combustible"), (KR, "hwanyul")):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 2, (style, family)


def test_fuel_prices_and_exchange_rates() -> None:
    pattern = (r"⛽ Combustibles del \d{1,2} de \w+ al \d{1,2} de \w+: 95 oct\. B/\. (\d\.\d\d) · "
               r"91 oct\. B/\. (\d\.\d\d) · diésel B/\. (\d\.\d\d)")
    prices = {}
    for day in every_day():
        m = re.fullmatch(pattern, on(PA, "combustible", day))
        assert m, on(PA, "combustible", day)
        p95, p91, diesel = (float(x) for x in m.groups())
        assert abs(p95 - p91 - 0.14) < 0.011 and abs(p91 - diesel - 0.25) < 0.011
        prices[day] = p91
    assert prices[d(2020, 4, 20)] < prices[d(2020, 3, 1)] - 0.5
    won = [float(m[1].replace(",", "")) for day in every_day()
           if (m := re.fullmatch(r"💱 오늘의 환율: 1달러 = ([\d,]+\.\d\d)원 \(송금 보낼 때 기준\)",
                                 on(KR, "hwanyul", day)))]
    assert len(won) == len(every_day()) and 1000 < min(won) < max(won) < 1400
    assert len(set(won)) == 72
    brl = [float(m[1]) for day in every_day()
           if (m := re.fullmatch(r"💱 為替：1ドル＝(\d\.\d\d)レアル · 1レアル＝\d\d\.\d円",
                                 on(JP, "kawase", day)))]
    assert len(brl) == len(every_day()) and 2.5 < min(brl) < max(brl) < 6
    for style, family in ((PA, "combustible"), (KR, "hwanyul"), (JP, "kawase")):
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 3, (style, family)


def test_the_outing_rota() -> None:
    for day in every_day():
        text = on(PA, "aviso", day)
        rota = pa_outings(day)
        if rota is None:
            assert "salen" not in text and "nadie" not in text
            continue
        assert text == rota
        if day.weekday() == 6:
            assert "nadie sale" in text, day
        else:
            assert ("mujeres" in text) == (day.weekday() in (0, 2, 4)), day
    assert pa_outings(PA_OUTINGS[0] - one) is None and pa_outings(PA_OUTINGS[1] + one) is None


def test_launches() -> None:
    base = on(GF, "espace", QUIET)
    for day, rocket in KOUROU_LAUNCHES:
        launch = dt.date.fromisoformat(day)
        for near in (launch - one, launch):
            assert on(GF, "espace", near) == (f"🚀 Lancement {rocket} depuis Kourou : suivez le "
                                              f"direct"), near
        assert on(GF, "espace", launch + one) == base
    assert len({on(GF, "espace", day) for day in every_day()}) == 4


def test_notices_follow_their_calendars() -> None:
    cases = (
        (BE, "melding", QUIET, "Volg ons op Facebook en Twitter"),
        (BE, "melding", d(2019, 5, 30), "✝️ Heilig Bloedprocessie 2019: omleidingen in de "
                                        "binnenstad"),
        (BE, "melding", d(2020, 5, 21), "Schrijf je gratis in op onze dagelijkse nieuwsbrief"),
        (BE, "melding", d(2019, 7, 11), "🦁 Fijne Vlaamse feestdag! 717 jaar Guldensporenslag"),
        (BE, "melding", d(2018, 10, 14), "🗳️ Gemeenteraadsverkiezingen: alle uitslagen uit de "
                                         "regio"),
        (BE, "melding", d(2016, 3, 25), "Aanslagen in Brussel: volg de laatste ontwikkelingen"),
        (TAS, "notice", QUIET, "Like us on Facebook for the latest news from the North"),
        (TAS, "notice", d(2019, 2, 27), "🏇 Launceston Cup 2019: the field, the form and "
                                        "fashions on the field"),
        (TAS, "notice", d(2019, 10, 3), "🕑 Daylight saving starts on Sunday: clocks go "
                                        "forward an hour"),
        (TAS, "notice", d(2019, 4, 6), "🕑 Daylight saving ends on Sunday: clocks go back an "
                                       "hour"),
        (TAS, "notice", d(2019, 10, 10), "🎡 Royal Launceston Show 2019: gates, parking and "
                                         "the program"),
        (TAS, "notice", d(2020, 4, 25), "🕯️ Anzac Day 2020: stand at the end of your driveway "
                                        "at dawn"),
        (TAS, "notice", d(2018, 4, 25), "🎖️ Anzac Day 2018: dawn service and march times "
                                        "across the North"),
        (PA, "aviso", QUIET, "Síguenos en Facebook, Instagram y Twitter"),
        (PA, "aviso", d(2019, 11, 3), "🇵🇦 116 años de la separación de Colombia: desfiles en "
                                      "David"),
        (PA, "aviso", d(2019, 11, 28), "🇵🇦 198 años de la independencia de España"),
        (PA, "aviso", d(2019, 1, 25), "✝️ JMJ Panamá 2019: cierres de calles y horarios"),
        (PA, "aviso", d(2019, 3, 2), "🎭 Carnavales 2019: reinas, culecos y retenes en la "
                                     "Interamericana"),
        (PA, "aviso", d(2020, 3, 12), "Únete a nuestro grupo de WhatsApp y recibe las "
                                      "noticias de Chiriquí"),
        (KR, "allim", QUIET, "한빛일보 페이스북을 팔로우하세요"),
        (KR, "allim", d(2019, 2, 5), "🧧 설날: 새해 복 많이 받으세요!"),
        (KR, "allim", d(2019, 1, 13), "🇺🇸🇰🇷 미주 한인의 날: 이민 116주년"),
        (KR, "allim", d(2019, 10, 3), "🎉 제46회 LA 한인축제: 서울국제공원 일대 교통 통제"),
        (KR, "allim", d(2017, 4, 29), "4·29 폭동 25주년: 잊지 말아야 할 교훈"),
        (KR, "allim", d(2020, 7, 1), "📋 2020 인구조사에 꼭 참여하세요: 한인 인구가 예산을 "
                                     "좌우합니다"),
        (GR, "anakoinosi", QUIET, "Ακολουθήστε μας στο Facebook"),
        (GR, "anakoinosi", d(2019, 4, 28), "☦️ Χριστός Ανέστη! Καλό Πάσχα σε όλη την "
                                           "ομογένεια"),
        (GR, "anakoinosi", d(2019, 3, 25), "🇬🇷 25η Μαρτίου: 198 χρόνια από την Επανάσταση"),
        (GR, "anakoinosi", d(2018, 10, 28), "🇬🇷 Επέτειος του ΟΧΙ: 78 χρόνια"),
        (GR, "anakoinosi", d(2019, 2, 23), "🎉 Φεστιβάλ Αντίποδες 2019 στη Lonsdale Street"),
        (GR, "anakoinosi", d(2020, 9, 1), "😷 Στάδιο 4 στη Μελβούρνη: απαγόρευση κυκλοφορίας "
                                          "8 μ.μ. – 5 π.μ."),
        (JP, "oshirase", QUIET, "購読のお申し込みは本社営業部まで"),
        (JP, "oshirase", d(2018, 6, 18), "🚢 移民の日：笠戸丸の着港から110周年"),
        (JP, "oshirase", d(2019, 7, 6), "🎌 第22回日本祭り（Festival do Japão）の案内"),
        (JP, "oshirase", d(2019, 3, 4), "🎭 カーニバル休暇：本紙は休刊します"),
        (JP, "oshirase", d(2020, 7, 10), "電子版を始めました：スマホでも読めます"),
        (RU, "podpiska", QUIET, "Подписывайтесь на нашу группу ВКонтакте"),
        (RU, "podpiska", d(2019, 5, 9), "🎖️ С Днём Победы! 74 года со дня Великой Победы"),
        (RU, "podpiska", d(2015, 5, 9), "🎖️ С Днём Победы! 70 лет со дня Великой Победы"),
        (RU, "podpiska", d(2016, 12, 28), "🕯️ День памяти жертв депортации калмыцкого "
                                          "народа: 73 года"),
        (RU, "podpiska", d(2019, 2, 5), "🐏 Цаган Сарин мендвт! С праздником Белого месяца"),
        (UA, "ogoloshennia", QUIET, "Стежте за нами у Фейсбуці"),
        (UA, "ogoloshennia", d(2019, 8, 24), "🇺🇦 З Днем Незалежності! 28 років вільної "
                                             "України"),
        (UA, "ogoloshennia", d(2015, 8, 24), "🇺🇦 З Днем Незалежності! 24 роки вільної "
                                             "України"),
        (UA, "ogoloshennia", d(2019, 11, 23), "🕯️ День памʼяті жертв Голодомору: запаліть "
                                              "свічку"),
        (UA, "ogoloshennia", d(2019, 1, 7), "🌟 Христос Рождається! Славімо Його!"),
        (UA, "ogoloshennia", d(2019, 8, 10), "🎪 Фольклорама 2019: українські павільйони "
                                             "чекають на вас"),
        (UA, "ogoloshennia", d(2020, 8, 10), "Підпишіться на нашу розсилку новин (newsletter)"),
        (LU, "notiz", QUIET, "Fannt eis op Facebook an Instagram"),
        (LU, "notiz", d(2020, 2, 27), "🚌 Ab dem 1. Mäerz ass den ëffentlechen Transport "
                                      "gratis"),
        (LU, "notiz", d(2019, 6, 22), "🇱🇺 Schéine Nationalfeierdag! Fakelzuch a Freedefeier"),
        (LU, "notiz", d(2019, 9, 1), "🎡 Schueberfouer 2019: Busser a Parkplazen"),
        (LU, "notiz", d(2019, 4, 22), "🐦 Emaischen: Péckvillercher um Maart"),
        (LU, "notiz", d(2019, 3, 10), "🔥 Buergbrennen: d'Feieren am Norden"),
        (GF, "reseaux", QUIET, "Retrouvez-nous sur Facebook et Instagram"),
        (GF, "reseaux", d(2017, 4, 1), "✊ Mouvement social : barrages et état des routes "
                                       "(RN1, RN2)"),
        (GF, "reseaux", d(2017, 4, 22), "🗳️ Présidentielle : les résultats en Guyane (on "
                                        "vote le samedi)"),
        (GF, "reseaux", d(2019, 6, 10), "✊🏿 10 juin : 171e anniversaire de l'abolition de "
                                        "l'esclavage en Guyane"),
        (GF, "reseaux", d(2019, 1, 6), "🎭 Carnaval 2019 : ouverture, place aux touloulous"),
        (GF, "reseaux", d(2019, 3, 6), "🎭 Carnaval 2019 : le programme des parades et des "
                                       "bals"),
        (GF, "reseaux", d(2019, 3, 7), "Recevez nos alertes sur WhatsApp au 0694 12 34 56"),
        (SH, "notice", QUIET, "Send your news and pictures to news@lerwicklantern.co.uk"),
        (SH, "notice", d(2019, 1, 29), "🔥 Up Helly Aa 2019: the procession route and road "
                                       "closures"),
        (SH, "notice", d(2019, 5, 3), "🎻 Shetland Folk Festival 2019: concerts across the "
                                      "isles"),
        (SH, "notice", d(2020, 5, 1), "😷 Lockdown: ferries and flights cut to lifeline "
                                      "services"),
        (NU, "notice", QUIET, "Fakaalofa lahi atu! Send your village news to our office in "
                              "Alofi"),
        (NU, "notice", d(2019, 10, 19), "🇳🇺 Constitution Day: 45 years of self-government"),
        (NU, "notice", d(2020, 10, 19), "😷 Border closed: only returning residents on the "
                                        "Auckland flight"),
        (NU, "notice", d(2019, 1, 5), "🙏 Prayer Week: services in every village"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    assert not any("Schueberfouer" in on(LU, "notiz", day) for day in every_day()
                   if day.year == 2020)
    assert not any("한인축제" in on(KR, "allim", day) for day in every_day() if day.year == 2020)
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 4, (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:5])


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (BE, "auteur", d(2019, 3, 4), "Door {author}", "Redactie"),
        (BE, "lees", BE_LINKS, "LEES OOK.", "Lees ook ▸"),
        (BE, "tip", d(2018, 9, 3), "Mail naar", "WhatsApp"),
        (BE, "copyright", BE_GDPR, "Alle rechten", "privacyverklaring"),
        (TAS, "subscribe", d(2019, 2, 4), "from $1", "$2 a week"),
        (TAS, "comments", d(2017, 8, 7), "moderated", "closed"),
        (PA, "interesar", PA_LINKS, "Te puede interesar", "Lee también"),
        (PA, "derechos", d(2019, 1, 1), "Todos los derechos", "Prohibida"),
        (KR, "gija", KR_EMAIL, "{author} 기자", "news@"),
        (KR, "jeojakgwon", d(2019, 1, 1), "무단전재", "All rights"),
        (GR, "diavaste", GR_LINKS, "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "Διαβάστε ακόμη"),
        (GR, "syndromi", d(2018, 7, 2), "έντυπη", "Ψηφιακή"),
        (GR, "pnevmatika", d(2019, 1, 1), "επιφύλαξη", "Pty Ltd"),
        (JP, "chosakuken", JP_RIGHTS, "無断転載", "Todos os direitos"),
        (RU, "avtor", RU_BYLINE, "Автор:", "Текст:"),
        (RU, "prava", d(2018, 1, 1), "перепечатке", "Все права"),
        (UA, "pozhertvy", UA_RECEIPT, "CanadaHelps", "tax receipt"),
        (NU, "flights", NU_FLIGHTS, "Air New Zealand", "Tuesdays")))
    assert_groups_reworded(SET, (
        (BE, "lees", "LEES OOK. ", "Lees ook ▸ "),
        (PA, "interesar", "Te puede interesar: ", "Lee también: "),
        (GR, "diavaste", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: ", "Διαβάστε ακόμη ➜ "),
        (JP, "hizuke", "年", "令和"),
        (BE, "copyright", "Alle rechten", "privacyverklaring"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((KR, "ipryeok", HANGUL), (KR, "gija", HANGUL),
                                  (KR, "gwanryeon", HANGUL), (GR, "imerominia", GREEK),
                                  (GR, "grafei", GREEK), (GR, "diavaste", GREEK),
                                  (JP, "hizuke", JAPANESE), (JP, "kanren", JAPANESE),
                                  (JP, "shomei", JAPANESE), (RU, "avtor", CYRILLIC),
                                  (RU, "chitayte", CYRILLIC), (UA, "data", CYRILLIC),
                                  (UA, "chytaite", CYRILLIC)))
    assert_groups_in_scripts(SET, ((JP, "koukoku", (JAPANESE, LATIN)),
                                   (JP, "portugues", (JAPANESE, LATIN)),
                                   (RU, "khanjanav", (CYRILLIC,))))
    assert re.search(LATIN, on(KR, "jeojakgwon", d(2019, 6, 1)))
    assert not re.search(LATIN, on(KR, "jeojakgwon", d(2018, 6, 1)))
    assert re.search(LATIN, on(GR, "pnevmatika", d(2019, 6, 1)))
    assert re.search(LATIN, on(JP, "chosakuken", d(2019, 6, 1)))
    for style, family, words in ((RU, "khanjanav", ("Ханҗанав",)), (LU, "merci", ("Liesen",)),
                                 (GF, "mesi", ("Mèsi",)), (SH, "tanks", ("Tanks", "dee")),
                                 (NU, "fakaaue", ("Fakaaue",)), (NU, "tohia", ("Tohia e",))):
        lines = [norm(t) for t in group_lines(SET, style, family)]
        assert lines and sum(all(w in t for w in words) for t in lines) >= 0.5 * len(lines), (
            style, family)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{BE}/datum", f"{BE}/lees", f"{BE}/auteur", f"{BE}/tags",
                         f"{BE}/rubriek", f"{TAS}/updated", f"{TAS}/read-more",
                         f"{TAS}/byline", f"{PA}/fecha", f"{PA}/interesar", f"{KR}/ipryeok",
                         f"{KR}/gwanryeon"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{BE}/tip", f"{BE}/copyright", f"{TAS}/subscribe", f"{TAS}/comments",
        f"{PA}/comentarios", f"{PA}/derechos"))
    assert_carried_share(docs, BE, [
        ("datum", 0.65, 0.95), ("melding", 0.15, 0.45), ("lees", 0.45, 0.85),
        ("storm", 0.0, 0.1)])
    assert_carried_share(docs, TAS, [("updated", 0.65, 0.95), ("correction", 0.0, 0.15),
                                     ("bridge", 0.0, 0.12)])
    for fam in (f"{BE}/lees", f"{TAS}/read-more", f"{PA}/interesar"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{BE}/foto", f"{BE}/advertentie", f"{TAS}/advertisement"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((BE, "foto"), (TAS, "picture"), (PA, "foto"), (KR, "sajin"),
                               (SH, "also"), (LU, "reklamm")))


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (BE, "storm"), (TAS, "bridge"), (PA, "sismo"), (KR, "sanbul"), (GR, "kafsonas"),
        (JP, "ooame"), (RU, "buria"), (UA, "khurtovyna"), (LU, "glaateis"), (GF, "dengue"),
        (SH, "gale"), (NU, "cyclone")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    titles = {doc.lines[0].text for doc in docs}
    links = ((f"{BE}/lees", ("LEES OOK. ", "Lees ook ▸ ")),
             (f"{TAS}/read-more", ("READ MORE: ",)),
             (f"{PA}/interesar", ("Te puede interesar: ", "👉 Lee también: ")),
             (f"{KR}/gwanryeon", ("[관련기사] ",)),
             (f"{GR}/diavaste", ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: ", "Διαβάστε ακόμη ➜ ")),
             (f"{JP}/kanren", ("【関連記事】",)),
             (f"{RU}/chitayte", ("Читайте также: ",)),
             (f"{UA}/chytaite", ("ЧИТАЙТЕ ТАКОЖ ▸ ",)))
    for fam, prefixes in links:
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = set()
        for t in texts:
            for prefix in prefixes:
                if t.startswith(prefix):
                    linked.add(t.removeprefix(prefix))
                    break
        assert linked & titles, fam
    for style, family, prefix in ((LU, "liest", "Liest och: "),
                                  (GF, "lire", "► À lire aussi : "),
                                  (SH, "also", "See also: ")):
        group = [norm(t) for t in group_lines(SET, style, family)]
        assert group and sum(t.removeprefix(prefix) in titles for t in group) >= (
            0.75 * len(group)), (style, family)
    families = {fam.partition("/")[2] for fam, _ in links} | {"liest", "lire", "also"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_and_pools() -> None:
    assert_groups_mostly_bare(SET, (
        (BE, "advertentie", "Advertentie"), (TAS, "advertisement", "Advertisement"),
        (PA, "publicidad", "PUBLICIDAD"), (KR, "gwanggo", "광고"), (GR, "diafimisi", "ΔΙΑΦΗΜΙΣΗ"),
        (JP, "koukoku", "広告 · PUBLICIDADE"), (RU, "reklama", "Реклама"),
        (LU, "reklamm", "Reklamm"), (LU, "sprooch", "LB · FR · DE · EN")))
    for style, family, pattern, pool_name in (
            (BE, "rubriek", r"^(.+)$", "rubriek"),
            (BE, "foto", r"^Foto: (.+)$", "foto"),
            (TAS, "role", r"^(.+)$", "role"),
            (TAS, "picture", r"^Picture: (.+)$", "picture"),
            (PA, "corresponsal", r"^Corresponsal en (.+)$", "pueblo"),
            (PA, "foto", r"^Foto: (.+)$", "foto"),
            (KR, "sajin", r"^사진: (.+)$", "sajin"),
            (GR, "fotografia", r"^Φωτογραφία: (.+)$", "fotografia"),
            (JP, "shashin", r"^（写真・(.+)）$", "shashin"),
            (RU, "foto", r"^Фото: (.+)$", "foto"),
            (UA, "foto", r"^Фото: (.+)$", "foto"),
            (GF, "texte", r" – Photos : (.+)$", "photos"),
            (SH, "photo", r"^Photo: (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.8 * len(values)), (style, family)
    for style, family, prefix, pool_name in ((BE, "tags", "Meer over: ", "tag"),
                                             (RU, "tegi", "Теги: ", "teg")):
        tags = [item for t in group_lines(SET, style, family)
                for item in norm(t).removeprefix(prefix).split(", ")]
        assert tags and sum(i in pool(SET, style, pool_name) for i in tags) >= 0.9 * len(tags)


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        TAS: (["byline", "role"], 2), PA: (["fecha", "autor", "corresponsal"], 3),
        LU: (["copyright", "editeur", "rcs"], 3)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert BE in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
