"""The held-back-83 template set (`tests.bench.heldout_templates_83`): its localised dates
(printed day by day in the Solar Hijri, Georgian, Armenian, Cyrillic, Latin and Arabic-script
forms of the region, several changing form or script on the day of a redesign), the lines
that turn every day or every week (exchange rates with their devaluations, a hazelnut price,
a wheat price between the sowing and harvest campaigns, the prayer time with Iran's clocks,
a radio programme by weekday, a mountain pass, a weekly issue number, a year's motto), the
notices it rewords by date, the calendars some notices follow (votes, run-offs, referendums,
an annulled result, a flight ban, wars, an internet shutdown, the 2020 lockdowns, Nowruz and
the Tuesdays before it, Yalda, Ashura, the Eids, Orthodox and Armenian feasts by Easter,
national and remembrance days with their counts, a national day moved), the amounts in its
appeals and prices, the lines in several scripts, the variation it promises, its multi-line
blocks and the hard negatives of its corpus actually occur.

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

from tests.bench.heldout_templates_83 import (
    AF_REDESIGN,
    AR_REDESIGN,
    AZ_REDESIGN,
    CHECHEN_WEEKDAYS,
    FIRST_DAY,
    GE_REDESIGN,
    GEORGIAN_WEEKDAYS,
    IR_REDESIGN,
    KG_GRID,
    KG_REDESIGN,
    KU_DEVALUATION,
    KU_REDESIGN,
    KZ_REDESIGN,
    LAST_DAY,
    PERSIAN_WEEKDAYS,
    TJ_REDESIGN,
    TM_REDESIGN,
    UZ_DEVALUATION,
    UZ_LATIN,
    UZ_OKINA,
    VN_REDESIGN,
    ar_issue,
    az_ordinal,
    fa,
    ge_hazelnut,
    georgian_ordinal,
    iran_daylight_time,
    kg_temperatures,
    ku_dollar,
    kz_reaped,
    kz_sown,
    mashhad_noon,
    monday_of,
    novruz_tuesdays,
    okina,
    roman,
    solar_hijri,
    tj_dollar,
    tm_independence,
    uz_dollar,
    vardavar,
    vartanants,
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

SET = "held-back-83"
SITES = ("نسیم توس", "Nasaf sadosi", "ოდიშის ხმა", "Тобыл егіншісі", "دەنگی قەڵا",
         "Şahdağ xəbər", "Նոր Արշալոյս", "Навиди Хатлон", "Теңир-Тоо үнү", "آوای هریوا",
         "Murgap tolkuny", "Вайнах Вена")
IR, UZ, GE, KZ = "nasimetoos.ir", "nasafsadosi.uz", "odishiskhma.ge", "tobylegin.kz"
KU, AZ, AR, TJ = "dengiqela.krd", "shahdagxeber.az", "norarshaluys.com.ar", "navidikhatlon.tj"
KG, AF, TM, VN = "tenirtoounu.kg", "hariwa.de", "murgaptolkuny.tm", "vainakh.at"

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((IR, "date"), (UZ, "sana"), (GE, "tarighi"), (KZ, "kuni"), (KU, "rekewt"),
         (AZ, "tarix"), (AR, "fecha"), (TJ, "sana"), (KG, "kuni"), (AF, "tarikh"),
         (TM, "sene"), (VN, "data"))
# The lines that turn every day, every week, every month or every year.
PERIODIC = ((IR, "prayer"), (UZ, "kurs"), (UZ, "obuna"), (GE, "tkhili"), (KZ, "nauqan"),
            (KZ, "jazylu"), (KU, "dolar"), (AR, "edicion"), (AR, "suscripcion"), (TJ, "qurb"),
            (TJ, "obuna"), (KG, "efir"), (KG, "aba"), (KG, "ashuu"), (TM, "sygar"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((IR, "channel"), (UZ, "xabar"), (GE, "gantskhadeba"), (KZ, "habarlandyru"),
           (KU, "agadari"), (AZ, "elan"), (AR, "aviso"), (TJ, "elon"), (KG, "jarnama"),
           (AF, "elan"), (TM, "bildiris"), (VN, "obyavlenie"))

# Each notice's first standing wording, on a day none of them turns for an event.
QUIET = d(2015, 6, 10)
FIRST_WORDINGS = {
    IR: "کانال تلگرام نسیم توس را دنبال کنید: t.me/nasimetoos",
    UZ: "Янгиликларимизни Facebook ва Одноклассникиларда кузатиб боринг",
    GE: "მოგვწონეთ Facebook-ზე და გაიგეთ სიახლეები პირველმა",
    KZ: "Газетті «Қазпошта» бөлімшелері арқылы жаздырып алуға болады",
    KU: "بەدوای پەیجی فەیسبووکی دەنگی قەڵا بکەون",
    AZ: "Bizi Facebook-da izləyin, rayon xəbərlərini ilk siz oxuyun",
    AR: "Seguinos en Facebook e Instagram: /norarshaluys",
    TJ: "Моро дар Facebook ва Одноклассники пайгирӣ намоед",
    KG: "Теңир-Тоо үнү: Нарында FM 104,5, Ат-Башыда FM 103,1",
    AF: "آوای هریوا را در فیسبوک دنبال کنید",
    TM: "Gazete ýazylyşyk dowam edýär: poçta bölümlerinde we redaksiýada",
    VN: "Уроки чеченского и ингушского языка для детей — по субботам в 14:00",
}

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC = r"[\u0600-\u06ff]"
GEORGIAN = r"[\u10d0-\u10ff]"
ARMENIAN = r"[\u0530-\u058f]"
CYRILLIC = r"[\u0400-\u04ff]"
KURDISH = r"[ڕڵۆێە]"
PASHTO = r"[ړږښګڼۍ]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


def changes_of(domain: str, family: str) -> set[dt.date]:
    """The days from 2015 to 2020 on which the family's wording differs from the day
    before's."""
    return {day for day in every_day() if on(domain, family, day) != on(domain, family,
                                                                        day - one)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2016, 3, 20), d(2017, 9, 25), d(2018, 10, 1), d(2019, 11, 25),
        d(2020, 1, 2), d(2020, 10, 8), d(2020, 12, 20), LAST_DAY))


def test_helpers() -> None:
    assert solar_hijri(d(2019, 6, 21)) == (1398, 3, 31)
    assert solar_hijri(d(2016, 3, 5)) == (1394, 12, 15)
    assert solar_hijri(d(2017, 3, 20)) == (1395, 12, 30)  # a leap year's 30 Esfand
    assert solar_hijri(d(2020, 3, 19)) == (1398, 12, 29)
    assert solar_hijri(d(2020, 3, 20)) == (1399, 1, 1)
    assert solar_hijri(d(2018, 9, 22)) == (1397, 6, 31) and solar_hijri(d(2018, 9, 23)) == (
        1397, 7, 1)
    assert fa(1398) == "۱۳۹۸" and fa(7, 2) == "۰۷"
    assert not iran_daylight_time(d(2019, 3, 21)) and iran_daylight_time(d(2019, 3, 22))
    assert iran_daylight_time(d(2019, 9, 22)) and not iran_daylight_time(d(2019, 9, 23))
    assert roman(41) == "XLI" and roman(46) == "XLVI" and roman(1975) == "MCMLXXV"
    assert [az_ordinal(n) for n in (1, 3, 6, 9, 10, 40, 97, 100, 101, 102)] == [
        "1-ci", "3-cü", "6-cı", "9-cu", "10-cu", "40-cı", "97-ci", "100-cü", "101-ci", "102-ci"]
    assert georgian_ordinal(1) == "პირველი" and georgian_ordinal(101) == "მე-101"
    for y in range(2015, 2021):
        tuesdays = novruz_tuesdays(y)
        assert [name for _, name in tuesdays] == ["Su", "Od", "Yel", "Torpaq"]
        assert all(day.weekday() == 1 for day, _ in tuesdays)
        assert d(y, 3, 13) <= tuesdays[-1][0] < d(y, 3, 20)
        assert vartanants(y).weekday() == 3 and vardavar(y).weekday() == 6
        assert tm_independence(y).month == (10 if y < 2018 else 9)
    assert vartanants(2019) == d(2019, 2, 28) and vardavar(2019) == d(2019, 7, 28)
    assert ar_issue(d(2015, 1, 1)) == 2080 and ar_issue(d(2015, 1, 7)) == 2080
    assert ar_issue(d(2015, 1, 8)) == 2081
    assert okina("o'qing", d(2019, 12, 31)) == "o'qing"
    assert okina("o'qing", UZ_OKINA) == "oʻqing"
    assert uz_dollar(UZ_DEVALUATION) > 1.8 * uz_dollar(UZ_DEVALUATION - one)
    assert ku_dollar(KU_DEVALUATION) > ku_dollar(KU_DEVALUATION - one) + 15_000
    for day in every_day():
        hour, minute = mashhad_noon(day)
        assert (11, 10) <= (hour, minute) <= (12, 50), day
        assert tj_dollar(day) == tj_dollar(day - dt.timedelta(days=day.weekday() - 4)) or (
            day.weekday() < 5)
        night, noon = kg_temperatures(day)
        assert night < noon
        assert ge_hazelnut(day) == ge_hazelnut(monday_of(day))
    assert tj_dollar(d(2020, 12, 1)) > tj_dollar(d(2015, 2, 2)) + 4
    winter = [kg_temperatures(day)[0] for day in every_day() if day.month == 1]
    summer = [kg_temperatures(day)[0] for day in every_day() if day.month == 7]
    assert max(winter) < min(summer)
    assert ge_hazelnut(d(2015, 9, 7)) > ge_hazelnut(d(2020, 9, 7)) + 3
    for y in range(2015, 2021):
        sown = [kz_sown(d(y, 5, 5) + dt.timedelta(days=k)) for k in range(37)]
        assert sown == sorted(sown) and sown[-1] > 4000
        reaped = [kz_reaped(d(y, 8, 20) + dt.timedelta(days=k)) for k in range(57)]
        assert reaped == sorted(reaped) and reaped[0] == 0 and reaped[-1] == 4100


def test_localised_dates() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(IR, "date", old, "شنبه ۱۵ اسفند ۱۳۹۴")
    full(IR, "date", new, "تاریخ انتشار: ۳۱ خرداد ۱۳۹۸ - [۰-۹]{2}:[۰-۹]{2}")
    full(UZ, "sana", old, "5 март 2016 йил, шанба")
    full(UZ, "sana", new, r"2019-yil 21-iyun \| \d\d:\d\d")
    full(GE, "tarighi", old, "5 მარტი, 2016, შაბათი")
    full(GE, "tarighi", new, r"21\.06\.2019 \| \d\d:\d\d")
    full(KZ, "kuni", old, "5 наурыз 2016 ж., сенбі")
    full(KZ, "kuni", new, r"Жарияланды: 21\.06\.2019, \d\d:\d\d")
    full(KU, "rekewt", old, "شەممە، 5ی ئازاری 2016")
    full(KU, "rekewt", new, "21/6/2019 · 31ی جۆزەردانی 2719ی کوردی")
    full(KU, "rekewt", d(2020, 3, 20), "20/3/2020 · 1ی خاکەلێوەی 2720ی کوردی")
    full(AZ, "tarix", old, "5 mart 2016, Şənbə")
    full(AZ, "tarix", new, r"21\.06\.2019 / \d\d:\d\d")
    full(AR, "fecha", old, "Buenos Aires, 5 de marzo de 2016")
    full(AR, "fecha", new, "21 Յունիս 2019 · 21 de junio de 2019")
    full(AR, "edicion", old, r"Año XLII · N° 2\.141")
    full(AR, "edicion", new, r"Año XLV · N° 2\.313")
    full(TJ, "sana", old, "шанбе, 5 марти соли 2016")
    full(TJ, "sana", new, r"21\.06\.2019, соати \d\d:\d\d")
    full(KG, "kuni", old, "5-март, 2016-жыл, ишемби")
    full(KG, "kuni", new, r"21\.06\.2019 \| \d\d:\d\d")
    full(AF, "tarikh", old, "شنبه ۱۵ حوت ۱۳۹۴")
    full(AF, "tarikh", new, r"۳۱ جوزا ۱۳۹۸ · 21\.06\.2019")
    full(TM, "sene", old, r"05\.03\.2016ý\.")
    full(TM, "sene", new, r"21 iýun 2019ý\., anna")
    full(VN, "data", old, "5 марта 2016")
    full(VN, "data", new, r"ПӀераска, 21\.06\.2019")
    full(IR, "prayer", new, "🕌 اوقات شرعی به افق مشهد: اذان ظهر ۱۲:۳۳")
    full(IR, "prayer", d(2019, 12, 21), "🕌 اوقات شرعی به افق مشهد: اذان ظهر ۱۱:۳۰")
    full(UZ, "muxbir", new, "Muxbirimiz .+")
    full(KZ, "avtor", new, ".+, «Тобыл егіншісі»")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        wd = day.weekday()
        ir = on(IR, "date", day)
        assert ir.startswith(PERSIAN_WEEKDAYS[wd]) == (day < IR_REDESIGN), ir
        assert not re.search(r"[0-9]", ir), ir
        y, m, n = solar_hijri(day)
        assert f"{fa(n)} " in ir and fa(y) in ir, ir
        uz = on(UZ, "sana", day)
        assert bool(re.search(CYRILLIC, uz)) == (day < UZ_LATIN), uz
        assert on(GE, "tarighi", day).endswith(GEORGIAN_WEEKDAYS[wd]) == (day < GE_REDESIGN)
        assert on(KZ, "kuni", day).startswith("Жарияланды") == (day >= KZ_REDESIGN)
        assert ("کوردی" in on(KU, "rekewt", day)) == (day >= KU_REDESIGN)
        assert ("{time}" in on(AZ, "tarix", day)) == (day >= AZ_REDESIGN)
        assert on(AR, "fecha", day).startswith("Buenos Aires") == (day < AR_REDESIGN)
        assert ("соати" in on(TJ, "sana", day)) == (day >= TJ_REDESIGN)
        assert ("-жыл" in on(KG, "kuni", day)) == (day < KG_REDESIGN)
        af = on(AF, "tarikh", day)
        assert (f"{day:%d.%m.%Y}" in af) == (day >= AF_REDESIGN), af
        assert re.search("حمل|ثور|جوزا|سرطان|اسد|سنبله|میزان|عقرب|قوس|جدی|دلو|حوت", af)
        assert on(TM, "sene", day).endswith("ý.") == (day < TM_REDESIGN)
        assert on(VN, "data", day).startswith(CHECHEN_WEEKDAYS[wd]) == (day >= VN_REDESIGN)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    assert "Ӏ" in on(VN, "data", d(2019, 6, 21))


def test_lines_that_turn_every_day_week_or_year() -> None:
    # the prayer time moves with the sun and an hour with Iran's clocks
    assert len({on(IR, "prayer", day) for day in every_day()}) >= 40
    hours = {re.search(r"([۰-۹]{2}):", on(IR, "prayer", day))[1] for day in every_day()}
    assert hours == {"۱۱", "۱۲"}
    for day in (d(2016, 3, 21), d(2019, 3, 22), d(2019, 9, 23)):
        assert on(IR, "prayer", day)[-5:-3] != on(IR, "prayer", day - one)[-5:-3], day
    # exchange rates: a devaluation each, the somoni set on working days only
    assert len(changes_of(UZ, "kurs")) >= 2000
    assert "сўм" in on(UZ, "kurs", d(2018, 9, 30)) and "so'm" in on(UZ, "kurs", UZ_LATIN)
    assert "soʻm" in on(UZ, "kurs", UZ_OKINA) and "so'm" not in on(UZ, "kurs", UZ_OKINA)
    assert all(day.weekday() < 5 for day in changes_of(TJ, "qurb"))
    assert len(changes_of(TJ, "qurb")) >= 1000
    assert len(changes_of(KU, "dolar")) >= 1500
    assert "= 14" in on(KU, "dolar", d(2020, 12, 25))
    # weekly: the hazelnut price on Mondays; the issue number on Thursdays, the volume yearly
    nuts = changes_of(GE, "tkhili")
    assert nuts and all(day.weekday() == 0 for day in nuts) and len(nuts) >= 250
    issues = changes_of(AR, "edicion")
    assert all(day.weekday() == 3 or (day.month, day.day) == (1, 1) for day in issues)
    assert len(issues) >= 300
    assert counts_in(AR, "edicion", r"Año ([CLXVI]+) ") == {
        "XLI", "XLII", "XLIII", "XLIV", "XLV", "XLVI"}
    # the campaigns: sowing, harvest, and the week's wheat price in between
    assert "Егіс науқаны" in on(KZ, "nauqan", d(2018, 5, 20))
    assert "Орақ науқаны" in on(KZ, "nauqan", d(2018, 9, 20))
    assert "Бидай бағасы" in on(KZ, "nauqan", d(2018, 12, 20))
    winter = {day for day in changes_of(KZ, "nauqan") if day.month in (1, 2, 3)}
    assert winter and all(day.weekday() == 0 for day in winter)
    assert len({on(KZ, "nauqan", d(2019, 5, 5) + k * one) for k in range(37)}) >= 30
    # the radio: a programme per weekday, two grids; the pass in winter, the road in summer
    assert len({on(KG, "efir", day) for day in every_day()}) == 14
    assert on(KG, "efir", KG_GRID) != on(KG, "efir", KG_GRID - 7 * one)
    assert len({on(KG, "aba", day) for day in every_day()}) >= 100
    winter_pass = {on(KG, "ashuu", day) for day in every_day() if day.month == 1}
    assert len(winter_pass) == 3 and all("Долон" in t for t in winter_pass)
    assert {on(KG, "ashuu", day) for day in every_day() if day.month == 7} == {
        "🛣 Бишкек – Нарын – Торугарт жолунда кыймыл кадимкидей"}
    assert "−" not in on(KG, "aba", d(2018, 1, 15)) and "-" in on(KG, "aba", d(2018, 1, 15))
    # the year's motto and the yearly prices turn on the first of January (or October)
    mottoes = changes_of(TM, "sygar")
    assert mottoes == {d(y, 1, 1) for y in range(2016, 2021)}
    assert len({on(TM, "sygar", day) for day in every_day()}) == 6
    # the campaign for the next year opens on 1 October (Qarshi's also turned Latin on one,
    # and respelled on 2 January 2020)
    assert {(day.month, day.day) for day in changes_of(KZ, "jazylu")} == {(10, 1)}
    assert {(day.month, day.day) for day in changes_of(UZ, "obuna")} == {(10, 1), (1, 2)}
    assert len(changes_of(UZ, "obuna")) == 7
    assert "2017" in on(UZ, "obuna", d(2016, 10, 1)) and "2016" in on(UZ, "obuna",
                                                                       d(2016, 9, 30))
    assert "2020 жылға" in on(KZ, "jazylu", d(2019, 10, 2))
    assert {(day.month, day.day) for day in changes_of(AR, "suscripcion")} == {(1, 1)}
    assert {(day.month, day.day) for day in changes_of(TJ, "obuna")} <= {(1, 1)}


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 4, domain
    # Mashhad: Telegram filtered, the shutdown, Nowruz with the year, the revolution's count
    assert "ایتا" in on(IR, "channel", d(2018, 5, 2))
    assert "اینترنت" in on(IR, "channel", d(2019, 11, 25))
    # Nowruz 1399 fell in the 2020 closure
    assert counts_in(IR, "channel", r"نوروز ([۰-۹]+)") == {fa(y) for y in range(1394, 1399)}
    assert "در خانه بمانیم" in on(IR, "channel", d(2020, 3, 20))
    assert counts_in(IR, "channel", r"([۰-۹]+)مین سالگرد") == {fa(n) for n in range(36, 42)}
    assert "یلدا" in on(IR, "channel", d(2016, 12, 20)) and "یلدا" in on(IR, "channel",
                                                                          d(2019, 12, 21))
    assert "عاشورا" in on(IR, "channel", d(2019, 9, 10))
    assert "حرم" in on(IR, "channel", d(2020, 4, 1))
    # Qarshi: the script of the notices follows the site's
    assert "Президент сайлови" in on(UZ, "xabar", d(2016, 12, 1))
    assert "Takroriy" in on(UZ, "xabar", d(2020, 1, 4))
    assert counts_in(UZ, "xabar", r"Mustaqillikning (\d+) yilligi") == {"27", "28", "29"}
    assert counts_in(UZ, "xabar", r"Мустақилликнинг (\d+) йиллиги") == {"24", "25", "26"}
    assert "Navroʻz" in on(UZ, "xabar", d(2020, 3, 21)) or "Karantin" in on(
        UZ, "xabar", d(2020, 3, 21))
    assert "Наврўз" in on(UZ, "xabar", d(2017, 3, 21))
    assert "Navro'z" in on(UZ, "xabar", d(2019, 3, 21))
    # Zugdidi: Orthodox Easter, run-offs, the emergency and the curfew
    assert "აღდგა" in on(GE, "gantskhadeba", d(2019, 4, 28))
    assert "აღდგა" not in on(GE, "gantskhadeba", d(2019, 4, 21))
    assert "მეორე ტური" in on(GE, "gantskhadeba", d(2016, 10, 28))
    assert "საგანგებო" in on(GE, "gantskhadeba", d(2020, 4, 19))
    assert "კომენდანტის" in on(GE, "gantskhadeba", d(2020, 12, 15))
    assert counts_in(GE, "gantskhadeba", r"(მე-\d+) წლისთავი") == {
        f"მე-{n}" for n in range(97, 103)}
    # Kostanay: the farm workers' day (third Sunday of November), independence's count
    assert "Ауыл шаруашылығы" in on(KZ, "habarlandyru", d(2019, 11, 17))
    assert counts_in(KZ, "habarlandyru", r"Тәуелсіздіктің (\d+) жылдығы") == {
        str(n) for n in range(24, 30)}
    assert "Қайта карантин" in on(KZ, "habarlandyru", d(2020, 7, 20))
    # Erbil: the referendum and the flight ban after it, Newroz's Kurdish year, Halabja
    assert "ڕیفراندۆم" in on(KU, "agadari", d(2017, 9, 25))
    assert days_with(KU, "agadari", "فڕینە") == {
        day for day in every_day() if d(2017, 9, 29) <= day <= d(2018, 3, 13)}
    assert counts_in(KU, "agadari", r"(\d{4})ی کوردی") == {str(y + 700) for y in
                                                            range(2015, 2020)}
    assert counts_in(KU, "agadari", r"یادی (\d+) ساڵەی") == {str(n) for n in range(27, 32)}
    assert "قەدەغەی هاتوچۆ" in on(KU, "agadari", d(2020, 3, 16))  # the 2020 curfew wins
    # Quba: the four Tuesdays, the genocide's ordinals, the apple fair (none in 2020)
    assert "Su çərşənbəniz" in on(AZ, "elan", d(2019, 2, 26))
    assert "Torpaq çərşənbəniz" in on(AZ, "elan", d(2019, 3, 19))
    assert counts_in(AZ, "elan", r"soyqırımının (\d+-c.) ildönümü") == {
        az_ordinal(n) for n in range(97, 102)}  # 2020's fell in the quarantine
    assert "Alma Bayramı 2019" in on(AZ, "elan", d(2019, 10, 12))
    assert not days_with(AZ, "elan", "Alma Bayramı 2020")
    assert "Hərbi vəziyyət" in on(AZ, "elan", d(2020, 10, 15))
    # Buenos Aires: 24 April's count, the wars, the lockdown under the feasts
    assert "Centenario" in on(AR, "aviso", d(2015, 4, 24))
    assert counts_in(AR, "aviso", r"(\d+)° aniversario del Genocidio") == {
        "101", "102", "103", "104", "105"}
    assert "105° aniversario" in on(AR, "aviso", d(2020, 4, 24))
    assert "aislamiento" in on(AR, "aviso", d(2020, 6, 1))
    assert "Artsaj" in on(AR, "aviso", d(2020, 10, 10))
    assert "Artsaj" in on(AR, "aviso", d(2016, 4, 5))
    assert "Vartanantz" in on(AR, "aviso", vartanants(2018))
    assert "Vartavar" in on(AR, "aviso", vardavar(2017))
    # Kulob: unity and independence with their counts, the referendum, the mask rule
    assert counts_in(TJ, "elon", r"(\d+)-солагии Рӯзи ваҳдати") == {
        str(n) for n in range(18, 24)}
    assert counts_in(TJ, "elon", r"(\d+)-солагии Истиқлолияти") == {
        str(n) for n in range(24, 30)}
    assert "Раъйпурсии" in on(TJ, "elon", d(2016, 5, 20))
    assert "ниқоб" in on(TJ, "elon", d(2020, 6, 1))
    # Naryn: the annulled vote, the 2021 one, the Nomad Games
    assert "жокко чыгарды" in on(KG, "jarnama", d(2020, 10, 10))
    assert "10-январь" in on(KG, "jarnama", d(2021, 1, 5))
    assert "көчмөндөр" in on(KG, "jarnama", d(2018, 9, 5))
    # Hamburg: independence's centenary, the Doha agreement, the feasts in two languages
    assert counts_in(AF, "elan", r"([۰-۹]+)مین سالروز استرداد") == {
        fa(n) for n in range(96, 102)}
    assert "۱۰۰مین" in on(AF, "elan", d(2019, 8, 19))
    assert "دوحه" in on(AF, "elan", d(2020, 3, 1))
    assert "Kontaktverbot" in on(AF, "elan", d(2020, 4, 1))
    assert "اختر" in on(AF, "elan", d(2018, 8, 21))
    # Mary: Sunday holidays, independence moved to September in 2018
    assert "bedewiniň" in on(TM, "bildiris", d(2019, 4, 28))
    assert "halysynyň" in on(TM, "bildiris", d(2019, 5, 26))
    assert "bakjaçylyk" in on(TM, "bildiris", d(2019, 8, 11))
    assert "Garaşsyzlygyň 26" in on(TM, "bildiris", d(2017, 10, 27))
    assert "Garaşsyzlygyň 27" in on(TM, "bildiris", d(2018, 9, 27))
    assert "Garaşsyzlygyň" not in on(TM, "bildiris", d(2018, 10, 27))
    assert counts_in(TM, "bildiris", r"Bitaraplygyň (\d+) ýyllygy") == {
        str(n) for n in range(20, 26)}
    # Vienna: the deportation's count, Ingushetia's protests, two lockdowns
    assert counts_in(VN, "obyavlenie", r"(\d+)-я годовщина депортации") == {
        str(n) for n in range(71, 77)}
    assert "Магасе" in on(VN, "obyavlenie", d(2018, 10, 10))
    assert "Второй локдаун" in on(VN, "obyavlenie", d(2020, 11, 20))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (IR, "reporter", IR_REDESIGN, "خبرنگار:", "| عکس:"),
        (IR, "related", d(2019, 3, 21), "بیشتر بخوانید", "مطلب مرتبط"),
        (IR, "rights", d(2016, 3, 20), "کلیه حقوق", "ذکر منبع"),
        (IR, "channel", d(2018, 5, 1), "تلگرام", "ایتا"),
        (UZ, "rukn", UZ_LATIN, "{rukn_cy}", "{rukn_lat}"),
        (UZ, "rukn", UZ_OKINA, "{rukn_lat}", "{rukn_oki}"),
        (UZ, "muxbir", UZ_LATIN, "Мухбиримиз", "Muxbirimiz"),
        (UZ, "yana", UZ_LATIN, "Шунингдек", "o'qing"),
        (UZ, "yana", UZ_OKINA, "o'qing", "oʻqing"),
        (UZ, "huquq", UZ_OKINA, "ko'rsatilishi", "koʻrsatilishi"),
        (UZ, "guvohnoma", UZ_LATIN, "рўйхатга", "ro'yxatga"),
        (UZ, "kurs", UZ_LATIN, "сўм", "so'm"),
        (GE, "avtori", GE_REDESIGN, "ავტორი:", "/ ოდიშის ხმა"),
        (GE, "tsaikitkhet", GE_REDESIGN, "ასევე წაიკითხეთ", "ამავე თემაზე"),
        (GE, "grant", d(2018, 1, 8), "ევროკავშირის", "USAID"),
        (GE, "gamotsera", d(2019, 1, 3), "10 ლარი", "12 ლარი"),
        (GE, "uflebebi", GE_REDESIGN, "ყველა უფლება", "odishiskhma.ge-ზე"),
        (KZ, "avtor", KZ_REDESIGN, "Автор:", "«Тобыл егіншісі»"),
        (KZ, "slogan", d(2018, 3, 1), "Ауыл шаруашылығы", "Aýyl sharýashylyǵy"),
        (KZ, "kualik", d(2016, 6, 1), "Инвестициялар", "коммуникациялар"),
        (KZ, "kualik", d(2019, 7, 1), "14852", "17930"),
        (KU, "amadekirdin", KU_REDESIGN, "ئامادەکردنی", "ڕاپۆرت"),
        (AZ, "muellif", AZ_REDESIGN, "Müəllif:", "«Şahdağ xəbər»"),
        (AZ, "oxu", AZ_REDESIGN, "Oxu:", "Həmçinin"),
        (AZ, "abune", d(2016, 1, 4), "24 manat", "30 manat"),
        (AZ, "abune", d(2019, 1, 3), "30 manat", "36 manat"),
        (AR, "autor", AR_REDESIGN, "Por ", "Գրեց՝"),
        (AR, "lea", AR_REDESIGN, "Lea también", "Կարդացէք"),
        (AR, "suscripcion", d(2019, 1, 1), "$1.800", "$2.700"),
        (TJ, "muallif", TJ_REDESIGN, "Муаллиф:", "хабарнигори"),
        (TJ, "obuna", d(2017, 1, 1), "36 сомонӣ", "42 сомонӣ"),
        (KG, "kabarchy", KG_REDESIGN, "Кабарчы:", "«Теңир-Тоо үнү»"),
        (AF, "nawisenda", AF_REDESIGN, "نویسنده:", "لیکوال"),
        (AF, "marbut", AF_REDESIGN, "مطالب مرتبط", "اړوند"),
        (AF, "impressum", d(2020, 11, 7), "RStV", "MStV"),
        (TM, "awtor", TM_REDESIGN, "Awtor:", "«Murgap tolkuny»"),
        (TM, "yazylys", d(2017, 1, 3), "48 manat", "54 manat"),
        (TM, "yazylys", d(2019, 1, 3), "54 manat", "60 manat"),
        (TM, "sygar", d(2018, 1, 1), "ruhubelentlik", "Ýüpek")))
    assert_groups_reworded(SET, (
        (IR, "reporter", "خبرنگار:", "| عکس:"),
        (IR, "date", PERSIAN_WEEKDAYS[4], "تاریخ انتشار"),
        (UZ, "sana", "йил", "-yil"),
        (GE, "tarighi", ", 2015", "|"),
        (IR, "related", "بیشتر بخوانید", "مطلب مرتبط"),
    ))


def test_several_scripts_and_languages() -> None:
    assert_groups_in_script(SET, (
        (IR, "rights", ARABIC), (IR, "licence", "[۰-۹]{5}"), (IR, "date", "[۰-۹]"),
        (GE, "uflebebi", GEORGIAN), (GE, "grant", GEORGIAN), (KZ, "quqyq", "[әіңғүұқөһ]"),
        (KU, "maf", KURDISH), (KU, "kurmanci", "[êîû]"), (AZ, "huquq", "[əğış]"),
        (AR, "registro", "Propiedad Intelectual"), (TJ, "huquq", "[ҳӣӯҷқғ]"),
        (TJ, "shior", ARABIC), (KG, "ukuk", "[үөң]"), (AF, "haq", ARABIC),
        (AF, "impressum", "Verantwortlich"), (TM, "hukuk", "[ýňäüşçÄ]"),
        (VN, "marshalla", "шуьга"), (VN, "offenlegung", "Mediengesetz")))
    assert re.search(ARMENIAN, on(AR, "fecha", d(2019, 1, 10)))
    assert re.search(ARMENIAN, on(AR, "aviso", d(2019, 1, 6)))
    assert re.search(PASHTO, on(AF, "marbut", d(2019, 6, 1)))
    assert re.search(PASHTO, on(AF, "elan", d(2019, 6, 20)))
    assert "اختر" in on(AF, "elan", d(2019, 6, 4))
    assert re.search(CYRILLIC, on(UZ, "xabar", d(2017, 3, 21)))
    assert not re.search(CYRILLIC, on(UZ, "xabar", d(2019, 3, 21)))
    assert not re.search(r"[0-9]", on(IR, "channel", d(2019, 3, 25)))
    lines = [norm(t) for t in group_lines(SET, UZ, "yana")]
    assert any("o'qing" in t for t in lines) and any("oʻqing" in t for t in lines)
    assert any(re.search(CYRILLIC, t) for t in lines)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{IR}/date", f"{IR}/news-code", f"{IR}/reporter", f"{IR}/related",
                         f"{IR}/service", f"{IR}/channel", f"{IR}/prayer", f"{UZ}/sana",
                         f"{UZ}/kurs", f"{UZ}/yana", f"{GE}/tarighi", f"{KZ}/kuni"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{IR}/licence", f"{IR}/rights", f"{UZ}/guvohnoma", f"{UZ}/huquq", f"{GE}/grant",
        f"{GE}/uflebebi", f"{KZ}/kualik", f"{KZ}/quqyq"))
    assert_carried_share(docs, IR, [
        ("date", 0.65, 0.95), ("channel", 0.15, 0.45), ("related", 0.4, 0.75),
        ("maintenance", 0.0, 0.1), ("news-code", 0.4, 0.7)])
    assert_carried_share(docs, UZ, [("sana", 0.6, 0.9), ("xabar", 0.15, 0.45)])
    for fam in (f"{IR}/related", f"{UZ}/yana", f"{GE}/tsaikitkhet"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{IR}/photo", f"{UZ}/surat", f"{GE}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((IR, "photo"), (UZ, "surat"), (GE, "foto"), (KZ, "suret"),
                               (KU, "wene"), (AZ, "foto"), (AR, "foto"), (TJ, "aks"),
                               (KG, "suroot"), (AF, "aks"), (TM, "surat")))
    codes = [norm(t) for t in group_lines(SET, IR, "news-code")]
    assert codes and all(re.fullmatch(r"کد خبر: \d{6}", t) for t in codes)
    assert len(set(codes)) >= 0.9 * len(codes)


def test_amounts_in_appeals_and_prices() -> None:
    lines = [norm(t) for t in group_lines(SET, AF, "komak")]
    amounts = [m[1] for t in lines if (m := re.search(r"ماهانه (\d+) یورو", t))]
    assert amounts and len(lines) - len(amounts) <= 2
    assert set(amounts) <= pool(SET, AF, "eur")
    assert "18 600 so'm" in on(UZ, "obuna", d(2015, 6, 1)) or "18 600 сўм" in on(
        UZ, "obuna", d(2015, 6, 1))
    assert "48 000 soʻm" in on(UZ, "obuna", d(2020, 10, 1))
    assert "$800" in on(AR, "suscripcion", d(2015, 6, 1))
    assert "$3.900" in on(AR, "suscripcion", d(2020, 6, 1))
    prices = [int(re.search(r"\$([\d.]+)", on(AR, "suscripcion", d(y, 6, 1)))[1].replace(
        ".", "")) for y in range(2015, 2021)]
    assert prices == sorted(prices) and len(set(prices)) == 6
    assert "2 640 теңге" in on(KZ, "jazylu", d(2015, 6, 1))
    assert "54 сомонӣ" in on(TJ, "obuna", d(2020, 6, 1))
    seen = {m[1] for t in group_lines(SET, AR, "suscripcion")
            if (m := re.search(r"\$([\d.]+) ", norm(t)))}
    assert len(seen) >= 2


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (IR, "maintenance"), (UZ, "elektr"), (GE, "khidi"), (KZ, "boran"), (KU, "tepuboz"),
        (AZ, "sel"), (AR, "erratas"), (TJ, "barq"), (KG, "kochku"), (AF, "nazarat"),
        (TM, "suw"), (VN, "zal")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{KZ}/oqynyz", "Оқи отырыңыз: "), (f"{KU}/peywendidar", "هەواڵی پەیوەندیدار: "),
        (f"{KG}/temada", "Ушул темада: "),
        (f"{TM}/gyzykly", "Şu hem gyzykly: "), (f"{VN}/chitaite", "Читайте также: ")))
    titles = {doc.lines[0].text for doc in docs}
    links = [norm(t) for t in group_lines(SET, TJ, "khoned")]
    assert sum(t.startswith("Инчунин хонед: ") for t in links) >= 0.8 * len(links)
    assert {t.removeprefix("Инчунин хонед: ") for t in links} & titles
    for fam, prefixes in (
            (f"{IR}/related", ("بیشتر بخوانید: ", "📌 مطلب مرتبط: ")),
            (f"{UZ}/yana", ("Шунингдек ўқинг: ", "Shuningdek o'qing: ", "Shuningdek oʻqing: ")),
            (f"{GE}/tsaikitkhet", ("ასევე წაიკითხეთ: ", "📌 ამავე თემაზე: ")),
            (f"{AZ}/oxu", ("Oxu: ", "🔗 Həmçinin oxuyun: ")),
            (f"{AR}/lea", ("Lea también: ", "Կարդացէք նաեւ · Lea también: ")),
            (f"{AF}/marbut", ("مطالب مرتبط: ", "اړوند مطالب: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (IR, "licence", "دارای مجوز از وزارت فرهنگ و ارشاد اسلامی به شماره ۷۸۴۱۲"),
        (KU, "kurmanci", "Nûçeyên Hewlêrê bi kurmancî jî li ser malpera me ne."),
        (KU, "berpirsyar", "ئەو بابەتانەی لە بەشی ڕادا بڵاودەکرێنەوە تەنها ڕای "
                           "نووسەرەکانیانن."),
        (AR, "registro", "Registro de la Propiedad Intelectual N° 5.314.207 · Impreso en "
                         "Buenos Aires"),
        (TJ, "shior", "صدای مردم ختلان"),
        (KG, "litsenziya", "Коомдук радио. Кыргыз Республикасынын Байланыш агенттигинин "
                           "№ 0219 лицензиясы"),
        (AF, "nazar", "مسئولیت محتوای مقالات به عهده نویسندگان آن است."),
        (VN, "offenlegung", "Offenlegung gemäß § 25 Mediengesetz: Medieninhaber ist ein "
                            "gemeinnütziger Kulturverein, ZVR-Zahl 000000000")))
    for style, family, pattern, pool_name in (
            (IR, "service", r"^(.+)$", "service"),
            (IR, "photo", r"^عکس: (.+)$", "photo"),
            (IR, "source", r"^منبع: (.+)$", "agency"),
            (UZ, "manba", r"^(?:Манба|Manba): (.+)$", "manba"),
            (GE, "rubrika", r"^(.+)$", "rubrika"),
            (GE, "foto", r"^ფოტო: (.+)$", "photo"),
            (KZ, "aidar", r"^(.+)$", "aidar"),
            (KU, "bes", r"^(.+)$", "bes"),
            (KU, "wene", r"^وێنە: (.+)$", "photo"),
            (AZ, "bolme", r"^(.+)$", "bolme"),
            (AR, "foto", r"^Foto: (.+)$", "photo"),
            (TJ, "bakhsh", r"^(.+)$", "bakhsh"),
            (AF, "aks", r"^عکس: (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.8 * len(values)), (style, family)  # variants rename the site in a pool
    kickers = {norm(t) for t in group_lines(SET, UZ, "rukn")}
    assert kickers & pool(SET, UZ, "rukn_cy") and kickers & pool(SET, UZ, "rukn_lat")


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (IR, "licence", "دارای مجوز از وزارت فرهنگ و ارشاد اسلامی به شماره ۷۸۴۱۲"),
        (AR, "registro", "Registro de la Propiedad Intelectual N° 5.314.207 · Impreso en "
                         "Buenos Aires"),
        (KU, "berpirsyar", "ئەو بابەتانەی لە بەشی ڕادا بڵاودەکرێنەوە تەنها ڕای "
                           "نووسەرەکانیانن.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        IR: (["channel", "rights", "licence"], 3), UZ: (["manba", "huquq", "guvohnoma"], 2),
        GE: (["grant", "gamotsera", "uflebebi"], 2), KZ: (["quqyq", "kualik"], 2),
        KU: (["berpirsyar", "maf"], 2), AZ: (["abune", "huquq", "qeydiyyat"], 2),
        AR: (["suscripcion", "registro", "direccion"], 2), TJ: (["obuna", "huquq", "qayd"], 2),
        KG: (["jarnama", "ukuk", "litsenziya"], 2), AF: (["nazar", "impressum", "haq"], 2),
        TM: (["yazylys", "hukuk", "salgy"], 2),
        VN: (["spenden", "offenlegung", "kopirayt"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert IR in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
