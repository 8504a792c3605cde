"""The held-back-71 template set (`tests.bench.heldout_templates_71`): its localised dates
(printed day by day, one with the Buddhist era, one in Khmer numerals, most changing form on
the day of a redesign), the lines that turn with the law, the week, the fortnight, the month
or the day (the coming Sunday under a tightening trading ban, a weekly lottery draw, a
petrol price reset every fifteen days, a weekly paddy price, the monthly visitors to a
temple park, a heating season's day count, the day of Ramadan, a river gauge, an aurora
forecast, a dive season with the days of a movement control order), the notices it rewords
by date, the calendars and seasons some notices follow (anniversaries with their counts and
plurals, days on a weekday of a month, feasts on the Western, Orthodox, lunar, Buddhist and
Islamic calendars, the two Easters on one day, votes and run-offs, mourning, a coronation,
floods, earthquakes, an internet outage, the 2020 epidemic, festivals called off), the
lines in several languages and scripts, the variation it promises, its multi-line blocks
and the hard negatives of its corpus actually occur.

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
from tests.bench.heldout_templates_71 import (
    BELARUSIAN_MONTHS_GENITIVE,
    BG_REDESIGN,
    BULGARIAN_MONTHS,
    BY_REDESIGN,
    DVINA_ALERT,
    EID_AL_FITR,
    FIRST_DAY,
    HEATING_OFF,
    HEATING_ON,
    HIJRI_YEARS,
    HU_REDESIGN,
    HUNGARIAN_MONTHS,
    ID_QUAKE,
    KH_2020,
    KH_PASS,
    KH_REDESIGN,
    KHMER_MONTHS,
    KHMER_WEEKDAYS,
    LAST_DAY,
    MCO,
    PL_BAN,
    PL_REDESIGN,
    PL_SUNDAYS_SHOWN,
    POLISH_MONTHS_GENITIVE,
    RAMADAN_START,
    RU_REDESIGN,
    RUSSIAN_MONTHS_GENITIVE,
    TH_REDESIGN,
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    UA_REDESIGN,
    UKRAINIAN_MONTHS_GENITIVE,
    VIETNAMESE_WEEKDAYS,
    VN_PETROL_FIRST,
    VN_REDESIGN,
    WRITTEN_LANGUAGE_TOWNS,
    aurora_kp,
    aurora_season,
    both_easters,
    busojaras,
    chernivtsi_day,
    coming_sunday,
    dvina_level,
    grouped,
    kh_reported,
    kh_visitors,
    lotto_draw,
    lotto_numbers,
    monday_of,
    my_visibility,
    navy_day,
    pl_before_christmas,
    pl_trading,
    plural,
    rose_festival,
    th_paddy,
    vn_reset_day,
    vn_ron95,
    written_language_day,
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
    pool_in_order,
    rendered,
    template,
    wording_on,
    wordings_by_start,
)

SET = "held-back-71"
SITES = ("Kurier Nadsański", "Mecseki Hírlap", "Phố Sương", "Над Прутом", "ริมมูลนิวส์",
         "Gumi Sasak", "Кольская гавань", "Голас Дзвіны", "អង្គរប៉ុស្តិ៍", "Казанлък Днес",
         "Teluk Biru Divers", "Ban Phanom Weavers")
PL, HU, VN, UA = ("kuriernadsanski.pl", "mecsekihirlap.hu", "phosuong.vn", "nadprutom.com.ua")
TH, ID, RU, BY = ("rimmunnews.co.th", "gumisasak.id", "kolagavan.ru", "halasdzviny.by")
KH, BG, MY, LA = ("angkorpost.com.kh", "kazanlakdnes.bg", "telukbirudivers.com.my",
                  "phanomweavers.la")

d = dt.date
one = dt.timedelta(days=1)

# The families printed day by day (every one from the first day).
DAILY = ((PL, "data"), (HU, "datum"), (VN, "ngay"), (UA, "data"), (TH, "wanthi"), (RU, "data"),
         (BY, "data"), (KH, "kalbarichhed"), (BG, "data"))

# The families that change with the law, the seasons, the months, the weeks or the days.
PERIODIC = ((PL, "niedziela"), (HU, "lotto"), (HU, "szezon"), (VN, "xang"), (VN, "mua"),
            (UA, "opalennia"), (TH, "khao"), (ID, "ramadan"), (ID, "rinjani"), (RU, "siyanie"),
            (BY, "dzvina"), (KH, "phnhieu"), (BG, "rozober"), (MY, "season"), (MY, "turtles"),
            (LA, "dyes"))

# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((PL, "apel"), (HU, "felhivas"), (VN, "thongbao"), (UA, "povidomlennia"),
           (TH, "prakat"), (ID, "info"), (RU, "obyavlenie"), (BY, "abvestka"),
           (KH, "damnoeng"), (BG, "saobshtenie"), (MY, "notice"), (LA, "notice"))

# Each notice's first standing wording, shown on a day none of them turns for an event,
# before any of them was reworded.
QUIET = d(2016, 4, 20)
FIRST_WORDINGS = {
    PL: "Masz temat? Napisz do nas: redakcja@{domain}",
    HU: "Kövessen minket a Facebookon is!",
    VN: "Bạn có tin nóng? Gửi cho chúng tôi qua email bandoc@{domain}",
    UA: "Підписуйтесь на наш Telegram-канал: головне про Буковину",
    TH: "กดถูกใจเพจเฟซบุ๊กเพื่อไม่พลาดข่าวอุบลฯ",
    ID: "Ikuti berita terbaru Lombok di Instagram dan Facebook kami",
    RU: "Мы ВКонтакте: подписывайтесь на новости Мурманска",
    BY: "Далучайцеся да нашай групы ВКонтакте",
    KH: "សូមតាមដានយើងតាមហ្វេសប៊ុក",
    BG: "Харесайте страницата ни във Фейсбук",
    MY: "Book your Open Water course: WhatsApp us on +60 19 000 0000",
    LA: "Visit our stall at the night market on Sisavangvong Road, every evening from 5 pm",
}

THAI = r"[\u0e00-\u0e7f]"
THAI_NUMERALS = "๐๑๒๓๔๕๖๗๘๙"
KHMER = r"[\u1780-\u17ff]"
KHMER_NUMERALS = "០១២៣៤៥៦៧៨៩"
LAO = r"[\u0e80-\u0eff]"
CYRILLIC = r"[\u0400-\u04ff]"
BELARUSIAN = r"[ўі]"
UKRAINIAN = r"[іїєґ]"
VIETNAMESE = r"[ăâđêôơưạảấầậắằặẹẻếềểệịọỏốồổộớờởợụủứừửữựỳỹ]"
HUNGARIAN = r"[őűéáóöüí]"
POLISH = r"[ąęłńśźż]"
LATIN = r"[A-Za-z]"

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS, (
        d(2015, 1, 1), QUIET, d(2017, 4, 16), d(2018, 3, 4), d(2019, 5, 4), d(2020, 4, 20),
        LAST_DAY))


def test_calendar_helpers() -> None:
    assert [plural(n, "рік", "роки", "років") for n in (1, 2, 5, 11, 12, 21, 24, 101, 111)] == [
        "1 рік", "2 роки", "5 років", "11 років", "12 років", "21 рік", "24 роки", "101 рік",
        "111 років"]
    assert coming_sunday(d(2019, 6, 21)) == d(2019, 6, 23) == coming_sunday(d(2019, 6, 23))
    assert monday_of(d(2019, 6, 23)) == d(2019, 6, 17) == monday_of(d(2019, 6, 17))
    assert grouped(14250, "๐") == "๑๔,๒๕๐" and grouped(1284, "០") == "១,២៨៤"
    assert grouped(950, "๐") == "๙๕๐" and grouped(1_000_005, "0") == "1,000,005"
    assert pl_before_christmas(2019) == (d(2019, 12, 15), d(2019, 12, 22))
    assert pl_before_christmas(2017) == (d(2017, 12, 17), d(2017, 12, 24))
    assert PL_BAN == d(2018, 3, 1) and PL_SUNDAYS_SHOWN.weekday() == 0
    assert lotto_draw(d(2019, 6, 21)) == d(2019, 6, 15) and lotto_draw(d(2019, 6, 22)) == d(
        2019, 6, 22)
    numbers = lotto_numbers(d(2019, 6, 15))
    assert numbers == sorted(set(numbers)) and len(numbers) == 5
    assert busojaras(2019) == d(2019, 3, 3) and busojaras(2020) == d(2020, 2, 23)
    assert vn_reset_day(VN_PETROL_FIRST + 14 * one) == VN_PETROL_FIRST
    assert vn_reset_day(VN_PETROL_FIRST + 15 * one) == VN_PETROL_FIRST + 15 * one
    assert vn_ron95(VN_PETROL_FIRST) == 17_900 and vn_ron95(d(2020, 4, 28)) == 12_500
    assert chernivtsi_day(2018) == d(2018, 10, 7) and chernivtsi_day(2019) == d(2019, 10, 6)
    assert th_paddy(d(2019, 6, 17)) % 50 == 0
    assert aurora_season(d(2019, 4, 15)) and not aurora_season(d(2019, 4, 16))
    assert not aurora_season(d(2019, 8, 31)) and aurora_season(d(2019, 9, 1))
    assert {aurora_kp(d(2019, 1, 1) + k * one) for k in range(60)} == {1, 2, 3, 4, 5, 6}
    assert navy_day(2019) == d(2019, 7, 28) and navy_day(2020) == d(2020, 7, 26)
    assert written_language_day(2017) == d(2017, 9, 3) == BY_REDESIGN
    assert written_language_day(2019) == d(2019, 9, 1)
    assert [start for start, _, _ in both_easters()][:2] == [d(2015, 4, 5), d(2015, 4, 12)]
    assert [(s, t) for s, _, t in both_easters() if s.year == 2017] == [
        (d(2017, 4, 16), "🕊 Хрыстос уваскрос! Сёлета Вялікдзень у адзін дзень для ўсіх "
                         "хрысціян")]
    assert kh_reported(d(2019, 6, 9)) == (2019, 4) and kh_reported(d(2019, 6, 10)) == (2019, 5)
    assert kh_reported(d(2015, 1, 1)) == (2014, 11) and kh_reported(d(2015, 1, 10)) == (2014,
                                                                                        12)
    assert kh_visitors(2020, 4) == KH_2020[3] < 2000 < kh_visitors(2019, 4)
    assert rose_festival(2019) == d(2019, 6, 2) and rose_festival(2020) == d(2020, 6, 7)
    assert all(8 <= my_visibility(d(2019, 3, 4) + 7 * k * one) <= 24 for k in range(40))
    assert len({my_visibility(d(2019, 3, 4) + 7 * k * one) for k in range(30)}) >= 5
    assert dvina_level(d(2018, 4, 12)) >= DVINA_ALERT > dvina_level(d(2016, 4, 12))


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PL, "data", old, r"sobota, 5 marca 2016 r\.")
    full(PL, "data", new, r"Data publikacji: 21\.06\.2019, godz\. \d\d:\d\d")
    full(HU, "datum", old, r"2016\. március 5\., szombat")
    full(HU, "datum", new, r"2019\. június 21\., péntek")
    full(HU, "datum", d(2019, 10, 14), r"Megjelent: 2019\.10\.14\. \d\d:\d\d")
    full(VN, "ngay", old, r"Thứ Bảy, 05/03/2016, \d\d:\d\d \(GMT\+7\)")
    full(VN, "ngay", new, r"Cập nhật lúc \d\d:\d\d ngày 21/6/2019")
    full(UA, "data", old, "5 березня 2016, субота")
    full(UA, "data", new, r"Опубліковано о \d\d:\d\d, 21\.06\.2019")
    full(TH, "wanthi", old, "วันเสาร์ที่ 5 มีนาคม พ.ศ. 2559")
    full(TH, "wanthi", new, r"21 มิ\.ย\. 62 เวลา \d\d:\d\d น\.")
    full(ID, "tanggal", old, r"Sabtu, 5 Maret 2016 \| \d\d:\d\d WITA")
    full(ID, "tanggal", new, r"Dipublikasikan: Jumat, 21 Juni 2019 - \d\d:\d\d WITA")
    full(RU, "data", old, r"сб, 05\.03\.2016")
    full(RU, "data", new, r"21 июня 2019 г\., \d\d:\d\d")
    full(BY, "data", old, "субота, 5 сакавіка 2016 г.")
    full(BY, "data", new, r"21\.06\.2019 \| \d\d:\d\d")
    full(KH, "kalbarichhed", old, "ថ្ងៃសៅរ៍ ទី៥ ខែមីនា ឆ្នាំ២០១៦")
    full(KH, "kalbarichhed", new, r"២១ មិថុនា ២០១៩ ម៉ោង \d\d:\d\d")
    full(BG, "data", old, "05 март 2016 г., събота")
    full(BG, "data", new, r"21\.06\.2019 г\., \d\d:\d\d ч\.")
    full(MY, "posted", old, "Posted Mar 5, 2016 · .+")
    full(MY, "posted", new, r"🤿 .+ \((instructor|divemaster|owner)\) · 21 June 2019")
    full(LA, "posted", old, "5 March 2016 · .+")
    full(LA, "posted", new, "Posted by .+ on Friday, 21 June 2019")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        month, wd = day.month, day.weekday()
        pl = on(PL, "data", day)
        if day < PL_REDESIGN:
            assert f" {day.day} {POLISH_MONTHS_GENITIVE[month - 1]} {day.year} r." in pl, pl
        else:
            assert pl == f"Data publikacji: {day:%d.%m.%Y}, godz. {{time}}", pl
        hu = on(HU, "datum", day)
        assert (f"{day.year}. {HUNGARIAN_MONTHS[month - 1]} {day.day}." in hu) == (
            day < HU_REDESIGN), hu
        assert hu.startswith("Megjelent: ") == (day >= HU_REDESIGN), hu
        vn = on(VN, "ngay", day)
        if day < VN_REDESIGN:
            assert vn.startswith(f"{VIETNAMESE_WEEKDAYS[wd]}, {day:%d/%m/%Y}, "), vn
        else:
            assert vn.endswith(f" ngày {day.day}/{month}/{day.year}"), vn
        ua = on(UA, "data", day)
        assert (f"{day.day} {UKRAINIAN_MONTHS_GENITIVE[month - 1]} {day.year}, " in ua) == (
            day < UA_REDESIGN), ua
        th = on(TH, "wanthi", day)
        if day < TH_REDESIGN:
            assert th.endswith(f" {day.day} {THAI_MONTHS[month - 1]} พ.ศ. {day.year + 543}"), th
        else:
            assert th == (f"{day.day} {THAI_MONTHS_SHORT[month - 1]} "
                          f"{(day.year + 543) % 100:02d} เวลา {{time}} น."), th
        ru = on(RU, "data", day)
        assert (ru == f"{ru[:2]}, {day:%d.%m.%Y}") == (day < RU_REDESIGN), ru
        if day >= RU_REDESIGN:
            assert f"{day.day} {RUSSIAN_MONTHS_GENITIVE[month - 1]} {day.year} г." in ru, ru
        by = on(BY, "data", day)
        assert (f" {day.day} {BELARUSIAN_MONTHS_GENITIVE[month - 1]} " in by) == (
            day < BY_REDESIGN), by
        kh = on(KH, "kalbarichhed", day)
        assert KHMER_MONTHS[month - 1] in kh and not re.search(r"[0-9]", kh.replace("{time}",
                                                                                   "")), kh
        assert kh.startswith(f"ថ្ងៃ{KHMER_WEEKDAYS[wd]} ") == (day < KH_REDESIGN), kh
        assert ascii_digits(kh, KHMER_NUMERALS).count(str(day.year)) == 1, kh
        bg = on(BG, "data", day)
        if day < BG_REDESIGN:
            assert bg.startswith(f"{day.day:02d} {BULGARIAN_MONTHS[month - 1]} {day.year} г., "), bg
        else:
            assert bg == f"{day:%d.%m.%Y} г., {{time}} ч.", bg
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:4]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_sunday_trading_under_a_tightening_ban() -> None:
    trading = {y: sorted(s for s in every_day() if s.year == y and s.weekday() == 6
                         and s >= PL_BAN and pl_trading(s)) for y in (2018, 2019, 2020)}
    assert trading[2020] == [d(2020, 1, 26), d(2020, 4, 5), d(2020, 4, 26), d(2020, 6, 28),
                             d(2020, 8, 30), d(2020, 12, 13), d(2020, 12, 20)]
    assert len(trading[2019]) == 15 and d(2019, 4, 14) in trading[2019]
    assert d(2018, 4, 1) not in trading[2018] and d(2018, 3, 4) in trading[2018]
    assert len(trading[2018]) > len(trading[2019]) > len(trading[2020])
    for day in every_day():
        text = on(PL, "niedziela", day)
        if day < PL_SUNDAYS_SHOWN:
            assert text == "🛒 Zakupy w weekend: godziny otwarcia marketów w Przemyślu", day
            continue
        sunday = coming_sunday(day)
        assert text.startswith(f"🛒 Niedziela {sunday.day}.{sunday.month:02d}: "), day
        assert text.endswith(": handlowa") == pl_trading(sunday), day
    starts, _ = wordings_by_start(SET, PL, "niedziela")
    assert starts[1] == PL_SUNDAYS_SHOWN.isoformat()
    assert all(d.fromisoformat(s).weekday() == 0 for s in starts[1:]) and len(starts) >= 150
    lines = [norm(t) for t in group_lines(SET, PL, "niedziela")]
    assert any(t.endswith(": handlowa") for t in lines)
    assert any("niehandlowa" in t for t in lines)


def test_weekly_fortnightly_and_monthly_turns() -> None:
    for day in every_day():
        lotto = re.fullmatch(r"🎱 Ötöslottó, (\d+)\. játékhét: (\d+), (\d+), (\d+), (\d+), (\d+)",
                             on(HU, "lotto", day))
        assert lotto, day
        saturday = lotto_draw(day)
        assert saturday.weekday() == 5 and saturday <= day < saturday + 7 * one
        assert int(lotto[1]) == saturday.isocalendar()[1]
        numbers = [int(n) for n in lotto.groups()[1:]]
        assert numbers == lotto_numbers(saturday) and all(1 <= n <= 90 for n in numbers)
        petrol = re.fullmatch(r"⛽ Giá xăng RON 95 từ 15h ngày (\d+)/(\d+): (\d+)\.(\d{3}) "
                              r"đồng/lít", on(VN, "xang", day))
        assert petrol, day
        reset = vn_reset_day(day)
        assert (int(petrol[1]), int(petrol[2])) == (reset.day, reset.month), day
        price = int(petrol[3]) * 1000 + int(petrol[4])
        assert price == vn_ron95(reset) and 11_000 < price < 24_000, day
        paddy = re.fullmatch(r"🌾 ราคาข้าวเปลือกหอมมะลิ สัปดาห์นี้ ตันละ ([๐-๙,]+) บาท",
                             on(TH, "khao", day))
        assert paddy, day
        baht = int(ascii_digits(paddy[1], THAI_NUMERALS).replace(",", ""))
        assert baht == th_paddy(monday_of(day)) and 9_000 < baht < 18_000, day
        visitors = re.fullmatch(r"🏛️ ភ្ញៀវបរទេសទស្សនាអង្គរ ខែ(\S+) ([០-៩]{4})៖ ([០-៩,]+) នាក់",
                                on(KH, "phnhieu", day))
        assert visitors, day
        y, m = kh_reported(day)
        assert visitors[1] == KHMER_MONTHS[m - 1], day
        assert int(ascii_digits(visitors[2], KHMER_NUMERALS)) == y, day
        assert int(ascii_digits(visitors[3], KHMER_NUMERALS).replace(",", "")) == kh_visitors(
            y, m), day
    for domain, family, weekday, most in ((HU, "lotto", 5, 300), (TH, "khao", 0, 200)):
        starts, _ = wordings_by_start(SET, domain, family)
        assert all(d.fromisoformat(s).weekday() == weekday for s in starts[1:]), family
        assert len(starts) >= most, family
    starts, _ = wordings_by_start(SET, VN, "xang")
    resets = [d.fromisoformat(s) for s in starts[1:]]
    gaps = {(b - a).days for a, b in zip(resets, resets[1:], strict=False)}
    assert gaps == {15} and len(starts) >= 140
    spring_2020 = [vn_ron95(vn_reset_day(d(2020, 5, 1) + k * one)) for k in range(15)]
    assert max(spring_2020) < 13_500 < vn_ron95(vn_reset_day(d(2019, 5, 1)))
    starts, _ = wordings_by_start(SET, KH, "phnhieu")
    assert all(s.endswith("-10") for s in starts[1:]) and len(starts) == 74
    assert "មេសា ២០២០៖ ១,២៨៤ នាក់" in on(KH, "phnhieu", d(2020, 5, 10))
    for style, family, pattern in ((HU, "lotto", r"\d+\. játékhét"),
                                   (VN, "xang", r"\d+\.\d{3} đồng"),
                                   (TH, "khao", r"ตันละ [๐-๙,]+"), (KH, "phnhieu", r"ខែ\S+")):
        texts = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(texts) >= 2, (style, family)


def test_running_counts_gauges_and_forecasts() -> None:
    seasons: Counter[str] = Counter()
    for day in every_day():
        heating = on(UA, "opalennia", day)
        on_days = [d.fromisoformat(s) for s in HEATING_ON.values() if d.fromisoformat(s) <= day]
        start = max(on_days)
        off = HEATING_OFF.get(start.year + 1)
        running = re.fullmatch(r"🔥 Опалювальний сезон (\d{4})/(\d{4}): день (\d+)", heating)
        assert bool(running) == (off is None or day < d.fromisoformat(off)), day
        if running:
            assert int(running[1]) == start.year and int(running[3]) == (day - start).days + 1
            seasons[running[1]] += 1
        else:
            end = d.fromisoformat(off)
            assert heating.endswith(f"завершено {end.day} "
                                    f"{UKRAINIAN_MONTHS_GENITIVE[end.month - 1]}"), day
        ramadan = on(ID, "ramadan", day)
        first = d.fromisoformat(RAMADAN_START[day.year])
        feast = d.fromisoformat(EID_AL_FITR[day.year])
        fasting = re.fullmatch(r"🌙 Ramadan hari ke-(\d+), (\d{4}) H: selamat menunaikan "
                               r"ibadah puasa", ramadan)
        assert bool(fasting) == (first <= day < feast), day
        if fasting:
            assert int(fasting[1]) == (day - first).days + 1 and int(fasting[2]) == HIJRI_YEARS[
                day.year]
        assert ("Idul Fitri" in ramadan) == (feast <= day < feast + 2 * one), day
        season = on(MY, "season", day)
        mco = re.match(r"🏝️ Perintah Kawalan Pergerakan, hari ke-(\d+):", season)
        assert bool(mco) == (MCO[0] <= day < MCO[1]), day
        if mco:
            assert int(mco[1]) == (day - MCO[0]).days + 1
        elif day.month in (11, 12, 1, 2):
            assert season.startswith("🌊 Monsoon break: we are closed until 1 March "
                                     f"{day.year + (day.month > 2)}"), day
        else:
            assert season.endswith(f"visibility this week about {my_visibility(monday_of(day))}"
                                   f" m"), day
            assert season.startswith("🤿 Open again") == (day >= MCO[1]), day
        river = re.fullmatch(r"🌊 Узровень вады ў Дзвіне ля Полацка: (\d+) см( ⚠️ вышэй за "
                             r"неспрыяльную адзнаку)?", on(BY, "dzvina", day))
        assert river and int(river[1]) == dvina_level(day), day
        assert bool(river[2]) == (int(river[1]) >= DVINA_ALERT), day
        assert not river[2] or (day.year == 2018 and day.month == 4), day
        aurora = on(RU, "siyanie", day)
        kp = re.fullmatch(r"🌌 Прогноз северного сияния на ночь: Kp (\d), (.+)", aurora)
        assert bool(kp) == aurora_season(day), day
        if kp:
            assert int(kp[1]) == aurora_kp(day), day
            assert ("яркое" in kp[2]) == (aurora_kp(day) >= 5), day
    assert seasons["2015"] == (d(2016, 3, 31) - d(2015, 10, 19)).days
    assert max(int(m[1]) for day in every_day()
               if (m := re.search(r"hari ke-(\d+)", on(MY, "season", day)))) == 84
    fasts = Counter(day.year for day in days_with(ID, "ramadan", "Ramadan hari"))
    assert set(fasts.values()) <= {29, 30} and len(fasts) == 6
    assert sum(1 for day in every_day() if "вышэй" in on(BY, "dzvina", day)) >= 5
    for style, family, pattern in ((UA, "opalennia", r"день \d+"), (BY, "dzvina", r"\d+ см"),
                                   (RU, "siyanie", r"Kp \d|Белые")):
        texts = {m[0] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))}
        assert len(texts) >= 2, (style, family)


def test_seasons() -> None:
    for day in every_day():
        md = (day.month, day.day)
        assert ("Strandszezon" in on(HU, "szezon", day)) == ((5, 25) <= md < (9, 1)), day
        assert ("phượng tím" in on(VN, "mua", day)) == ((3, 15) <= md < (5, 15)), day
        assert ("Розобер:" in on(BG, "rozober", day)) == ((5, 10) <= md < (6, 20)), day
        assert ("Turtle" in on(MY, "turtles", day)) == ((5, 1) <= md < (10, 1)), day
        assert ("Indigo" in on(LA, "dyes", day)) == ((1, 15) <= md < (5, 20)), day
        rinjani = on(ID, "rinjani", day)
        quake_closed = ID_QUAKE <= day < d(2019, 6, 14)
        assert ("pascagempa sampai" in rinjani) == quake_closed, day
        if not quake_closed and day.year != 2020:
            assert ("ditutup Januari–Maret" in rinjani) == (md < (4, 1)), day
    assert days_with(ID, "rinjani", "selama pandemi") == {
        day for day in every_day() if d(2020, 4, 1) <= day < d(2020, 8, 22)}


def test_notices_follow_their_calendars() -> None:
    cases = (
        (PL, "apel", d(2019, 2, 1), "❤️ Wspieraj Kurier Nadsański na Patronite – już od 5 zł "
                                    "miesięcznie"),
        (PL, "apel", d(2015, 5, 11), "🗳️ Wybory prezydenckie 2015: wyniki w Przemyślu i "
                                     "powiecie"),
        (PL, "apel", d(2015, 5, 22), "🗳️ Druga tura wyborów prezydenckich: jak głosował "
                                     "Przemyśl"),
        (PL, "apel", d(2018, 10, 22), "🗳️ Wybory samorządowe 2018: wyniki z Przemyśla na "
                                      "żywo"),
        (PL, "apel", d(2020, 4, 1), "😷 Zostań w domu: ważne telefony i dyżury przychodni w "
                                    "Przemyślu"),
        (PL, "apel", d(2020, 11, 1), "😷 Cały kraj w strefie czerwonej: obowiązujące zasady i "
                                     "ograniczenia"),
        (PL, "apel", d(2019, 4, 22), "🐣 Wesołego Alleluja! Zdrowych i pogodnych Świąt "
                                     "Wielkanocnych"),
        (PL, "apel", d(2016, 5, 3), "🇵🇱 Święto Konstytucji 3 Maja: 225. rocznica uchwalenia"),
        (PL, "apel", d(2018, 11, 11), "🇵🇱 Sto lat Niepodległej!"),
        (PL, "apel", d(2019, 11, 11), "🇵🇱 Narodowe Święto Niepodległości: 101. rocznica"),
        (PL, "apel", d(2019, 12, 26), "🎄 Spokojnych, zdrowych Świąt Bożego Narodzenia życzy "
                                      "redakcja"),
        (HU, "felhivas", d(2019, 1, 10), "📩 Iratkozzon fel hírlevelünkre: reggel hétkor a nap "
                                         "legfontosabb baranyai hírei"),
        (HU, "felhivas", d(2016, 10, 1), "🗳️ Népszavazás 2016: a részvétel Baranyában"),
        (HU, "felhivas", d(2018, 4, 9), "🗳️ Országgyűlési választás 2018: eredmények a "
                                        "baranyai körzetekben"),
        (HU, "felhivas", d(2020, 4, 1), "😷 Veszélyhelyzet: maradjon otthon, ha teheti"),
        (HU, "felhivas", d(2020, 12, 1), "🌙 Kijárási korlátozás este nyolc és reggel öt óra "
                                         "között"),
        (HU, "felhivas", d(2019, 3, 15), "🇭🇺 Március 15.: az 1848–49-es forradalom és "
                                         "szabadságharc 171. évfordulója"),
        (HU, "felhivas", d(2019, 3, 1), "🎭 Busójárás Mohácson: a busók elűzik a telet"),
        (HU, "felhivas", d(2019, 8, 20), "🇭🇺 Szent István-nap: az államalapítás ünnepe"),
        (HU, "felhivas", d(2016, 10, 23), "🇭🇺 Október 23.: az 1956-os forradalom 60. "
                                          "évfordulója"),
        (VN, "thongbao", d(2018, 4, 1), "📱 Theo dõi fanpage để cập nhật tin Đà Lạt mỗi ngày"),
        (VN, "thongbao", d(2016, 5, 20), "🗳️ Bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ "
                                         "2016–2021"),
        (VN, "thongbao", d(2020, 4, 10), "😷 Thực hiện cách ly xã hội: ai ở đâu ở yên đó"),
        (VN, "thongbao", d(2020, 8, 15), "😷 Chung tay phòng dịch: đeo khẩu trang nơi công "
                                         "cộng"),
        (VN, "thongbao", d(2019, 2, 5), "🧧 Chúc mừng năm mới Kỷ Hợi! An khang thịnh vượng"),
        (VN, "thongbao", d(2019, 4, 14), "🏯 Giỗ Tổ Hùng Vương mùng 10 tháng 3 âm lịch"),
        (VN, "thongbao", d(2019, 4, 30), "🇻🇳 Kỷ niệm 44 năm Ngày Giải phóng miền Nam, thống "
                                         "nhất đất nước"),
        (VN, "thongbao", d(2019, 9, 1), "🇻🇳 Chào mừng 74 năm Quốc khánh 2/9"),
        (VN, "thongbao", d(2019, 9, 13), "🥮 Trung thu đoàn viên: đêm hội trăng rằm cho thiếu "
                                         "nhi"),
        (VN, "thongbao", d(2019, 12, 22), "💐 Festival Hoa Đà Lạt 2019: lịch chương trình và "
                                          "phân luồng giao thông"),
        (UA, "povidomlennia", d(2019, 2, 1), "💛 Підтримайте незалежну журналістику Буковини: "
                                             "донат від 50 гривень"),
        (UA, "povidomlennia", d(2019, 4, 1), "🗳️ Вибори президента 2019: як голосувала "
                                             "Буковина"),
        (UA, "povidomlennia", d(2019, 4, 20), "🗳️ Другий тур виборів президента: результати в "
                                              "області"),
        (UA, "povidomlennia", d(2020, 4, 1), "😷 Карантин: залишайтеся вдома, бережіть себе і "
                                             "рідних"),
        (UA, "povidomlennia", d(2020, 6, 1), "😷 Адаптивний карантин: Чернівці залишаються в "
                                             "«червоній» зоні"),
        (UA, "povidomlennia", d(2020, 6, 25), "🌊 Повінь на Буковині: як допомогти "
                                              "постраждалим"),
        (UA, "povidomlennia", d(2019, 1, 6), "🎄 Світлого Різдва Христового, дорогі "
                                             "буковинці!"),
        (UA, "povidomlennia", d(2019, 1, 14), "🎭 Щедрий вечір і Маланка: гуляння на "
                                              "Буковині"),
        (UA, "povidomlennia", d(2019, 4, 28), "🕊 Христос воскрес! Воістину воскрес!"),
        (UA, "povidomlennia", d(2016, 6, 28), "🇺🇦 З Днем Конституції України!"),
        (UA, "povidomlennia", d(2015, 8, 24), "🇺🇦 З Днем Незалежності! 24 роки вільної "
                                              "України"),
        (UA, "povidomlennia", d(2016, 8, 24), "🇺🇦 З Днем Незалежності! 25 років вільної "
                                              "України"),
        (UA, "povidomlennia", d(2018, 10, 7), "🏛 День міста: Чернівцям 610 років"),
        (TH, "prakat", d(2018, 1, 10), "📲 เพิ่มเพื่อนทางไลน์ รับข่าวด่วนทุกวัน"),
        (TH, "prakat", d(2016, 8, 7), "🗳️ ประชามติร่างรัฐธรรมนูญ ๗ ส.ค.: ตรวจสอบหน่วยออกเสียง"),
        (TH, "prakat", d(2017, 1, 1), "🖤 น้อมรำลึกในพระมหากรุณาธิคุณอันหาที่สุดมิได้"),
        (TH, "prakat", d(2019, 3, 25), "🗳️ เลือกตั้ง ส.ส. ๒๕๖๒: ผลคะแนนเขตอุบลราชธานี"),
        (TH, "prakat", d(2019, 5, 5), "👑 พระราชพิธีบรมราชาภิเษก ๔–๖ พฤษภาคม ๒๕๖๒"),
        (TH, "prakat", d(2019, 9, 10), "🌊 น้ำท่วมอุบลฯ: จุดรับบริจาคและศูนย์พักพิงชั่วคราว"),
        (TH, "prakat", d(2020, 5, 1), "😷 เคอร์ฟิวทั่วประเทศ ๒๒.๐๐–๐๔.๐๐ น. งดออกจากเคหสถาน"),
        (TH, "prakat", d(2018, 12, 31), "🎉 สวัสดีปีใหม่ ๒๕๖๒"),
        (TH, "prakat", d(2019, 4, 14), "💦 สุขสันต์วันสงกรานต์ เล่นน้ำอย่างปลอดภัย"),
        (TH, "prakat", d(2019, 7, 16), "🕯️ งานแห่เทียนพรรษาอุบลราชธานี ๒๕๖๒"),
        (TH, "prakat", d(2019, 11, 11), "🪷 สุขสันต์วันลอยกระทง"),
        (ID, "info", d(2019, 3, 1), "📲 Gabung grup WhatsApp pembaca: info cepat seputar Lombok "
                                    "dan Sumbawa"),
        (ID, "info", d(2015, 12, 10), "🗳️ Pilkada serentak 2015: hasil hitung cepat Kota "
                                      "Mataram"),
        (ID, "info", d(2018, 8, 17), "🙏 Gempa Lombok: daftar posko bantuan dan rekening donasi "
                                     "resmi"),
        (ID, "info", d(2019, 4, 17), "🗳️ Pemilu serentak 2019: cek lokasi TPS kamu"),
        (ID, "info", d(2020, 5, 1), "😷 Di rumah saja: cuci tangan, pakai masker, jaga jarak"),
        (ID, "info", d(2019, 2, 25), "🪱 Festival Bau Nyale 2019 di Pantai Seger: menangkap "
                                     "nyale saat fajar"),
        (ID, "info", d(2019, 8, 17), "🇮🇩 Selamat HUT ke-74 Kemerdekaan RI. Merdeka!"),
        (ID, "info", d(2019, 8, 31), "🎂 Kota Mataram berulang tahun ke-26"),
        (ID, "info", d(2019, 8, 11), "🐐 Selamat Hari Raya Idul Adha 1440 H"),
        (RU, "obyavlenie", d(2018, 7, 1), "📢 Наш канал в Яндекс.Дзене и Telegram: "
                                          "подписывайтесь"),
        (RU, "obyavlenie", d(2016, 9, 19), "🗳️ Выборы в Госдуму и областную думу: итоги в "
                                           "Мурманске"),
        (RU, "obyavlenie", d(2019, 9, 9), "🗳️ Выборы губернатора Мурманской области: "
                                          "предварительные итоги"),
        (RU, "obyavlenie", d(2020, 5, 1), "😷 Режим самоизоляции: где оформить пропуск и что "
                                          "работает"),
        (RU, "obyavlenie", d(2020, 6, 28), "🗳️ Голосование по поправкам в Конституцию: адреса "
                                           "участков"),
        (RU, "obyavlenie", d(2019, 1, 12), "☀️ Праздник «Здравствуй, солнце!»: полярная ночь "
                                           "позади"),
        (RU, "obyavlenie", d(2015, 5, 9), "🎖 С Днём Победы! 70 лет Великой Победе"),
        (RU, "obyavlenie", d(2016, 5, 9), "🎖 С Днём Победы! 71 год Великой Победе"),
        (RU, "obyavlenie", d(2017, 5, 8), "🎖 С Днём Победы! 72 года Великой Победе"),
        (RU, "obyavlenie", d(2019, 6, 12), "🇷🇺 12 июня, День России: поздравляем земляков!"),
        (RU, "obyavlenie", d(2019, 7, 28), "⚓ С Днём Военно-Морского Флота, североморцы!"),
        (RU, "obyavlenie", d(2016, 10, 4), "🏙 День рождения Мурманска: городу 100 лет"),
        (RU, "obyavlenie", d(2017, 10, 4), "🏙 День рождения Мурманска: городу 101 год"),
        (RU, "obyavlenie", d(2018, 10, 4), "🏙 День рождения Мурманска: городу 102 года"),
        (BY, "abvestka", d(2019, 1, 10), "📲 Наш канал у Viber і Telegram: навіны Полацка "
                                         "першымі"),
        (BY, "abvestka", d(2015, 10, 12), "🗳️ Выбары Прэзідэнта 2015: дзе галасаваць у "
                                          "Полацку"),
        (BY, "abvestka", d(2020, 8, 15), "📶 Мабільны інтэрнэт працуе з перабоямі: чытайце нас "
                                         "праз Telegram"),
        (BY, "abvestka", d(2017, 4, 16), "🕊 Хрыстос уваскрос! Сёлета Вялікдзень у адзін дзень "
                                         "для ўсіх хрысціян"),
        (BY, "abvestka", d(2019, 4, 21), "🕊 З каталіцкім Вялікаднем!"),
        (BY, "abvestka", d(2019, 4, 28), "🕊 З праваслаўным Вялікаднем! Хрыстос уваскрос!"),
        (BY, "abvestka", d(2015, 7, 3), "🇧🇾 Дзень Незалежнасці: 71 год вызвалення Беларусі"),
        (BY, "abvestka", d(2016, 7, 3), "🇧🇾 Дзень Незалежнасці: 72 гады вызвалення Беларусі"),
        (BY, "abvestka", d(2019, 7, 3), "🇧🇾 Дзень Незалежнасці: 75 гадоў вызвалення Беларусі"),
        (BY, "abvestka", d(2019, 7, 7), "🔥 Шчаслівага Купалля!"),
        (BY, "abvestka", d(2018, 9, 1), "📖 Дзень беларускага пісьменства 2018, сталіца свята — "
                                        "Іванава"),
        (BY, "abvestka", d(2019, 11, 2), "🕯️ Дзяды: успомнім продкаў"),
        (KH, "damnoeng", d(2019, 5, 1), "📲 តាមដានព័ត៌មានថ្មីៗតាម Telegram របស់យើង"),
        (KH, "damnoeng", d(2018, 7, 30), "🗳️ ការបោះឆ្នោតជ្រើសតាំងតំណាងរាស្ត្រ នីតិកាលទី៦"),
        (KH, "damnoeng", d(2020, 4, 14), "😷 បុណ្យចូលឆ្នាំខ្មែរត្រូវបានពន្យារពេល៖ សូមស្នាក់នៅផ្ទះ"),
        (KH, "damnoeng", d(2020, 8, 18), "🎉 ថ្ងៃឈប់សម្រាកជំនួសបុណ្យចូលឆ្នាំខ្មែរ ១៧–២១ សីហា"),
        (KH, "damnoeng", d(2019, 3, 21), "🌅 ព្រះអាទិត្យរះចំកំពូលប្រាសាទអង្គរវត្ត"),
        (KH, "damnoeng", d(2019, 4, 15), "🎉 សួស្តីឆ្នាំថ្មី! រីករាយបុណ្យចូលឆ្នាំប្រពៃណីជាតិ"),
        (KH, "damnoeng", d(2019, 9, 27), "🙏 ធ្វើដំណើរទៅវត្តអារាមប្រកបដោយសុវត្ថិភាព "
                                         "ក្នុងឱកាសបុណ្យភ្ជុំបិណ្ឌ"),
        (KH, "damnoeng", d(2019, 11, 11), "🚣 រីករាយបុណ្យអុំទូក បណ្តែតប្រទីប និងសំពះព្រះខែ"),
        (KH, "damnoeng", d(2020, 10, 31), "🚣 បុណ្យអុំទូកឆ្នាំនេះត្រូវបានលុបចោល"),
        (KH, "damnoeng", d(2019, 11, 9), "🇰🇭 ខួបលើកទី៦៦ នៃទិវាបុណ្យឯករាជ្យជាតិ"),
        (BG, "saobshtenie", d(2019, 10, 1), "💐 Подкрепете местната журналистика: направете "
                                            "дарение за Казанлък Днес"),
        (BG, "saobshtenie", d(2016, 11, 7), "🗳️ Президентски избори и референдум: как гласува "
                                            "Казанлък"),
        (BG, "saobshtenie", d(2016, 11, 12), "🗳️ Балотаж за президент: резултати от община "
                                             "Казанлък"),
        (BG, "saobshtenie", d(2020, 4, 1), "😷 Извънредно положение: останете си вкъщи"),
        (BG, "saobshtenie", d(2019, 3, 1), "❤️🤍 Честита Баба Марта! Закичете се с мартеница"),
        (BG, "saobshtenie", d(2019, 3, 3), "🇧🇬 Честит 3 март! 141 години от Освобождението на "
                                           "България"),
        (BG, "saobshtenie", d(2019, 4, 29), "🥚 Христос воскресе! Весели великденски празници"),
        (BG, "saobshtenie", d(2018, 5, 24), "📚 Честит 24 май, ден на българската азбука, "
                                            "просвета и култура"),
        (BG, "saobshtenie", d(2019, 6, 1), "🌹 Празник на розата 2019: шествие и коронясване на "
                                           "Царица Роза"),
        (BG, "saobshtenie", d(2020, 6, 7), "🌹 Празникът на розата 2020 е отменен: ще "
                                           "празнуваме догодина"),
        (BG, "saobshtenie", d(2019, 9, 6), "🇧🇬 134 години от Съединението на България"),
        (BG, "saobshtenie", d(2019, 9, 22), "🇧🇬 Ден на Независимостта: 111 години"),
        (MY, "notice", d(2019, 4, 1), "🌱 One ringgit of every dive goes to the Perhentian reef "
                                      "clean-up fund"),
        (MY, "notice", d(2018, 5, 8), "🇲🇾 GE14 polling day: the ferries from Kuala Besut run a "
                                      "reduced timetable"),
        (MY, "notice", d(2020, 6, 20), "Interstate travel is allowed again: we are taking "
                                       "bookings for July"),
        (MY, "notice", d(2019, 6, 5), "Selamat Hari Raya Aidilfitri, maaf zahir dan batin! Fewer "
                                      "boat trips this week"),
        (MY, "notice", d(2019, 6, 8), "🌊 World Oceans Day: join our beach clean-up at 8 am"),
        (MY, "notice", d(2019, 8, 31), "🇲🇾 Selamat Hari Merdeka ke-62!"),
        (MY, "notice", d(2019, 9, 16), "🇲🇾 Happy Malaysia Day from the islands"),
        (LA, "notice", d(2018, 6, 1), "🛍️ Our scarves now ship worldwide: order through the web "
                                      "shop"),
        (LA, "notice", d(2020, 4, 20), "😷 ປິດເມືອງ: the workshop is closed for the lockdown, web "
                                       "orders still ship"),
        (LA, "notice", d(2019, 4, 14), "🌊 ສຸກສັນວັນປີໃໝ່ລາວ! Happy Lao New Year from the looms"),
        (LA, "notice", d(2019, 10, 13), "🪔 Boun Lai Heua Fai tonight: fire boats on the "
                                        "Mekong"),
        (LA, "notice", d(2019, 12, 2), "🇱🇦 ວັນຊາດ: 44 years of the Lao PDR"),
        (LA, "notice", d(2019, 12, 9), "Luang Prabang: 24 years on the World Heritage list"),
    )
    for domain, family, day, text in cases:
        assert on(domain, family, day) == text, (domain, family, day, on(domain, family, day))
    for domain, family in BANNERS:
        texts = {on(domain, family, day) for day in every_day()}
        assert len(texts) >= 5, (domain, family)
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], (domain, family)
    assert all(len({norm(t) for t in group_lines(SET, s, f)}) >= 2 for s, f in BANNERS[:3])


def test_festivals_called_off_moved_and_counted() -> None:
    assert {day.year for day in days_with(BG, "saobshtenie", "шествие")} == {2015, 2016, 2017,
                                                                            2018, 2019}
    assert {day for day in days_with(BG, "saobshtenie", "Празник") if day.weekday() == 6} == {
        rose_festival(y) for y in range(2015, 2021)}
    assert days_with(BG, "saobshtenie", "отменен") == {rose_festival(2020) - k * one
                                                      for k in range(3)}
    assert days_with(KH, "damnoeng", "លុបចោល") == {d(2020, 10, 30), d(2020, 10, 31),
                                                   d(2020, 11, 1)}
    assert {day.year for day in days_with(VN, "thongbao", "Festival Hoa")} == {2015, 2017, 2019}
    assert {day for day in days_with(HU, "felhivas", "Busójárás") if day.weekday() == 6} == {
        busojaras(y) for y in range(2015, 2021)}
    assert {day for day in days_with(UA, "povidomlennia", "День міста")} == {
        chernivtsi_day(y) - k * one for y in range(2015, 2021) for k in range(2)}
    hosts = {m[1]: m[2] for day in every_day()
             if (m := re.search(r"пісьменства (\d{4}), сталіца свята — (\S+)",
                                on(BY, "abvestka", day)))}
    assert hosts == {str(y): town for y, town in WRITTEN_LANGUAGE_TOWNS.items()}
    assert days_with(BY, "abvestka", "Вялікдзень у адзін дзень") == {d(2017, 4, 16)}
    easters = {day for day in days_with(BY, "abvestka", "Вялікаднем")}
    assert len(easters) == 10 and all(day.weekday() == 6 for day in easters)
    assert days_with(TH, "prakat", "น้อมรำลึก") == {
        d(2016, 10, 14) + k * one for k in range((d(2017, 10, 30) - d(2016, 10, 14)).days)}
    assert not days_with(TH, "prakat", "ลอยกระทง") & days_with(TH, "prakat", "น้อมรำลึก")
    assert d(2016, 11, 14) not in days_with(TH, "prakat", "ลอยกระทง")  # the year of mourning
    assert {day.year for day in days_with(RU, "obyavlenie", "Военно-Морского")} == set(
        range(2015, 2021))
    assert {day for day in days_with(RU, "obyavlenie", "Военно-Морского")} == {
        navy_day(y) for y in range(2015, 2021)}
    for domain, family, pattern, counts in (
            (PL, "apel", r"Konstytucji 3 Maja: (\d+)\.", {"224", "225", "226", "227", "228"}),
            (HU, "felhivas", r"1956-os forradalom (\d+)\.", {"59", "60", "61", "62", "63",
                                                             "64"}),
            (VN, "thongbao", r"Kỷ niệm (\d+) năm", {"40", "41", "42", "43", "44", "45"}),
            (UA, "povidomlennia", r"Незалежності! (\d+ \S+)", {
                "24 роки", "25 років", "26 років", "27 років", "28 років", "29 років"}),
            (RU, "obyavlenie", r"городу (\d+ \S+)", {"99 лет", "100 лет", "101 год", "102 года",
                                                     "103 года", "104 года"}),
            (BY, "abvestka", r"Незалежнасці: (\d+ \S+)", {"71 год", "72 гады", "73 гады",
                                                          "74 гады", "75 гадоў", "76 гадоў"}),
            (BG, "saobshtenie", r"(\d+) години от Съединението", {"130", "131", "132", "133",
                                                                  "134", "135"}),
            (ID, "info", r"HUT ke-(\d+)", {"70", "71", "72", "74", "75"}),
            (MY, "notice", r"Merdeka ke-(\d+)", {"58", "59", "60", "61", "62", "63"}),
            (LA, "notice", r"ວັນຊາດ: (\d+) years", {"40", "41", "42", "43", "44", "45"})):
        seen = {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family,
                                                                           day)))}
        assert seen == counts, (domain, family, seen)
    assert d(2020, 5, 3) in days_with(PL, "apel", "Zostań w domu")  # 2020's was lost to it
    assert days_with(KH, "damnoeng", "ខួបលើកទី៦៧") == {d(2020, 11, 9)}


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PL, "autor", d(2017, 9, 4), "oprac. ", "{author_beat}"),
        (PL, "zobacz", d(2019, 4, 1), "ZOBACZ TEŻ", "Przeczytaj również"),
        (PL, "prawa", d(2020, 1, 7), "© {year} Kurier", "bez zgody wydawcy"),
        (HU, "szerzo", d(2018, 4, 16), "Írta: ", "szöveg és kép"),
        (HU, "kapcsolodo", d(2017, 11, 6), "Kapcsolódó", "Ezt is ajánljuk"),
        (HU, "jogok", d(2020, 2, 3), "© {year} Mecseki", "forrásmegjelöléssel"),
        (HU, "kiado", d(2018, 7, 2), "Kovács Ildikó", "Szabó Gergely"),
        (VN, "lienquan", d(2019, 7, 1), "Tin liên quan", "Đọc thêm"),
        (VN, "tacgia", d(2018, 6, 4), "{author}", "Nhóm phóng viên"),
        (VN, "banquyen", d(2019, 6, 21), "© {year} Phố Sương", "Bản quyền thuộc về"),
        (UA, "avtor", d(2019, 2, 4), "Автор: ", "Автор матеріалу"),
        (UA, "chytaite", d(2018, 3, 12), "Також читайте", "Більше за темою"),
        (UA, "prava", d(2020, 1, 20), "© {year} Над Прутом", "гіперпосиланням"),
        (TH, "phukhian", d(2018, 6, 4), "โดย ", "ผู้สื่อข่าวประจำจังหวัด"),
        (TH, "kiawkhong", d(2019, 8, 5), "ข่าวน่าสนใจ", "อ่านต่อ"),
        (TH, "likhasit", d(2020, 1, 6), "© {year} ริมมูลนิวส์", "สงวนลิขสิทธิ์"),
        (ID, "tanggal", d(2018, 8, 17), "{date_id} | ", "Dipublikasikan"),
        (ID, "penulis", d(2019, 1, 7), "Penulis: ", "Editor: {author2}"),
        (ID, "bacapula", d(2019, 9, 2), "Baca pula", "Simak juga"),
        (ID, "hakcipta", d(2019, 8, 17), "© {year} Gumi Sasak", "tanpa izin tertulis"),
        (RU, "avtor", d(2018, 2, 5), "Автор: ", "фото автора"),
        (RU, "chitaite", d(2019, 3, 4), "Вам может быть", "Ещё по теме"),
        (RU, "prava", d(2019, 11, 1), "© {year} Кольская", "При цитировании"),
        (BY, "autar", d(2018, 10, 1), "Аўтар: ", "Тэкст — "),
        (BY, "hlyadzicie", d(2019, 5, 6), "Глядзіце таксама", "Па тэме"),
        (BY, "pravy", d(2019, 9, 2), "© {year} Голас", "спасылка абавязковая"),
        (KH, "anak", d(2019, 1, 7), "ដោយ៖ ", "រូបថត៖ {author2}"),
        (KH, "anbanthaem", d(2019, 4, 1), "អានបន្ថែម", "អត្ថបទទាក់ទង"),
        (KH, "sambot", KH_PASS, "២០ដុល្លារ", "៣៧ដុល្លារ"),
        (KH, "sithi", d(2020, 3, 2), "© {year} អង្គរប៉ុស្តិ៍", "ហាមចម្លង"),
        (BG, "avtor", d(2019, 3, 4), "Публикувано от", "Снимки: {author2}"),
        (BG, "oshte", d(2018, 10, 1), "Още по темата", "Прочетете още"),
        (BG, "prava", d(2020, 6, 1), "© {year} Казанлък Днес", "Всички права запазени"),
        (MY, "posted", d(2018, 10, 1), "Posted {date_short}", "{author_beat}"),
        (MY, "rights", d(2019, 5, 6), "© {year} Teluk Biru Divers", "Terengganu"),
        (LA, "posted", d(2019, 1, 14), "{date_dmy} · ", "{weekday}"),
        (LA, "rights", d(2018, 9, 3), "© {year} Ban Phanom Weavers", "Lao PDR")))
    assert_groups_reworded(SET, (
        (PL, "data", " r.", "Data publikacji"),
        (PL, "zobacz", "ZOBACZ TEŻ", "Przeczytaj również"),
        (PL, "autor", "oprac. ", "✍️"),
        (HU, "datum", ", ", "Megjelent: "),
        (HU, "kapcsolodo", "Kapcsolódó", "Ezt is ajánljuk"),
        (VN, "ngay", "(GMT+7)", "Cập nhật lúc"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, ((PL, "komentarze", POLISH), (PL, "granica", "–"),
                                  (HU, "hozzaszolas", HUNGARIAN), (HU, "olvasas", HUNGARIAN),
                                  (VN, "lienquan", VIETNAMESE), (VN, "chuquan", VIETNAMESE),
                                  (UA, "chytaite", CYRILLIC), (UA, "kolonky", UKRAINIAN),
                                  (UA, "data", CYRILLIC), (TH, "wanthi", THAI),
                                  (TH, "kiawkhong", THAI), (RU, "data", CYRILLIC),
                                  (RU, "svidetelstvo", CYRILLIC), (BY, "hlyadzicie", CYRILLIC),
                                  (BY, "vydavec", BELARUSIAN), (KH, "kalbarichhed", KHMER),
                                  (KH, "anbanthaem", KHMER), (BG, "avtor", CYRILLIC),
                                  (BG, "snimka", CYRILLIC)))
    assert_groups_in_scripts(SET, (
        (UA, "mova", (UKRAINIAN, "ă", "English")),
        (BY, "mova", ("Бел", "Рус")),
        (ID, "tampiasih", ("Tampiasih", "Terima kasih")),
        (MY, "selamat", ("Selamat datang", "Welcome")),
        (LA, "sabaidee", (LAO, LATIN)),
        (TH, "titor", (THAI, "[๐-๙]", "ads@")),
        (KH, "tomnak", (KHMER, "[០-៩]", "news@")),
    ), share=0.5)
    thai_numbers = [t for day in every_day() for t in [on(TH, "khao", day)]]
    assert all(not re.search(r"[0-9]", t) for t in thai_numbers)
    assert any("ປິດເມືອງ" in on(LA, "notice", day) for day in every_day())
    mixed = {on(KH, "damnoeng", day) for day in every_day()}
    assert any(re.search(KHMER, t) and "Telegram" in t for t in mixed)
    assert any(re.search(r"[០-៩]", t) for t in mixed)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PL}/data", f"{PL}/zobacz", f"{PL}/autor", f"{PL}/dzial",
                         f"{PL}/niedziela", f"{HU}/datum", f"{HU}/kapcsolodo",
                         f"{HU}/lotto", f"{VN}/ngay", f"{VN}/lienquan", f"{VN}/luotxem"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PL}/komentarze", f"{PL}/wydawca", f"{PL}/prawa", f"{HU}/hozzaszolas", f"{HU}/kiado",
        f"{HU}/jogok", f"{VN}/chuquan", f"{VN}/banquyen"))
    assert_carried_share(docs, PL, [
        ("data", 0.65, 0.95), ("apel", 0.15, 0.45), ("zobacz", 0.35, 0.7), ("san", 0.0, 0.1)])
    assert_carried_share(docs, HU, [("datum", 0.65, 0.95), ("hoseg", 0.0, 0.12)])
    for fam in (f"{PL}/zobacz", f"{HU}/kapcsolodo", f"{VN}/lienquan"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{PL}/reklama", f"{PL}/fot", f"{HU}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((PL, "fot"), (HU, "foto"), (VN, "anh"), (UA, "foto"),
                               (TH, "phap"), (ID, "foto"), (RU, "foto"), (BY, "fota"),
                               (KH, "roup"), (BG, "snimka"), (MY, "photo"), (LA, "photo")))
    views = [int(m[1]) for t in group_lines(SET, VN, "luotxem")
             if (m := re.fullmatch(r"👁️ (\d+) lượt xem", norm(t)))]
    assert len(views) >= 10 and len(set(views)) >= 8
    reading = [int(m[1]) for t in group_lines(SET, PL, "czytanie")
               if (m := re.fullmatch(r"⏱ (\d+) min czytania", norm(t)))]
    assert reading and all(n >= 1 for n in reading)
    pairs = [norm(t).removeprefix("Nhóm phóng viên: ").split(" - ")
             for t in group_lines(SET, VN, "tacgia") if "Nhóm phóng viên" in t]
    assert pairs and any(len(p) == 2 and p[0] != p[1] for p in pairs)


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PL, "san"), (HU, "hoseg"), (VN, "satlo"), (UA, "shtorm"), (TH, "phayu"), (ID, "gempa"),
        (RU, "metel"), (BY, "pavodka"), (KH, "pyuh"), (BG, "grad"), (MY, "jellyfish"),
        (LA, "flood")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{MY}/logbook", "From the logbook: "), (f"{LA}/looms", "More from the looms: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{PL}/zobacz", ("ZOBACZ TEŻ: ", "Przeczytaj również ➡ ")),
                          (f"{HU}/kapcsolodo", ("Kapcsolódó: ", "➕ Ezt is ajánljuk: ")),
                          (f"{VN}/lienquan", ("Tin liên quan: ", "👉 Đọc thêm: ")),
                          (f"{UA}/chytaite", ("Також читайте: ", "⚡️ Більше за темою: ")),
                          (f"{TH}/kiawkhong", ("ข่าวน่าสนใจ: ", "📌 อ่านต่อ ≫ ")),
                          (f"{ID}/bacapula", ("Baca pula: ", "Simak juga ➜ ")),
                          (f"{RU}/chitaite", ("Вам может быть интересно: ", "📎 Ещё по теме — ")),
                          (f"{BY}/hlyadzicie", ("Глядзіце таксама: ", "🔹 Па тэме: ")),
                          (f"{KH}/anbanthaem", ("អានបន្ថែម៖ ", "👉 អត្ថបទទាក់ទង៖ "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    families = {"zobacz", "kapcsolodo", "lienquan", "chytaite", "kiawkhong", "bacapula",
                "chitaite", "hlyadzicie", "anbanthaem", "oshte"}
    for doc in docs:
        for line in doc.lines:
            if label_family(line.label) in families:
                assert not line.text.endswith(doc.lines[0].text), line.text


def test_bare_lines_pools_and_tags() -> None:
    assert_groups_mostly_bare(SET, (
        (PL, "reklama", "REKLAMA"), (HU, "hirdetes", "Hirdetés"), (VN, "quangcao", "Quảng cáo"),
        (UA, "reklama", "Реклама"), (UA, "mova", "Українською | Română | English"),
        (UA, "kolonky", "Редакція може не поділяти думку авторів колонок і блогів"),
        (TH, "kotsana", "โฆษณา"), (ID, "iklan", "Iklan"),
        (ID, "gulir", "Gulir ke bawah untuk melanjutkan membaca"),
        (ID, "menu", "Redaksi · Pedoman Pemberitaan Media Siber · Kode Etik · Kontak"),
        (RU, "reklama", "РЕКЛАМА"), (RU, "vozrast", "Возрастная категория сайта: 16+"),
        (BY, "reklama", "Рэклама"), (BY, "mova", "Бел | Рус"), (KH, "pheasnakam", "ពាណិជ្ជកម្ម"),
        (BG, "reklama", "— Реклама —"),
        (MY, "licence", "PADI 5 Star Dive Centre · licensed by the Department of Marine Park "
                        "Malaysia"),
        (LA, "member", "Member of the Lao Handicraft Association"),
        (LA, "sabaidee", "ສະບາຍດີ! Welcome to Ban Phanom")))
    for style, family, pattern, pool_name in (
            (PL, "dzial", r"^(.+)$", "dzial"),
            (PL, "fot", r"^Fot\. (.+)$", "fot"),
            (PL, "granica", r"^🚗 Medyka–Szeginie, czas oczekiwania na wyjazd: (.+)$",
             "kolejka"),
            (PL, "autor", r"^✍️ .+ \((.+)\)$", "beat"),
            (HU, "rovat", r"^(.+)$", "rovat"),
            (HU, "foto", r"^Fotó: (.+)$", "foto"),
            (HU, "helyszin", r"^Helyszín: (.+)$", "telepules"),
            (VN, "chuyenmuc", r"^(.+)$", "chuyenmuc"),
            (VN, "anh", r"^Ảnh: (.+)$", "anh"),
            (VN, "nguon", r"^Theo (.+)$", "nguon"),
            (UA, "rubryka", r"^(.+)$", "rubryka"),
            (UA, "foto", r"^Фото: (.+)$", "foto"),
            (TH, "mawd", r"^(.+)$", "mawd"),
            (TH, "phap", r"^ภาพ: (.+)$", "phap"),
            (TH, "amphoe", r"^📍 อ\.(.+) จ\.อุบลราชธานี$", "amphoe"),
            (ID, "kanal", r"^(.+)$", "kanal"),
            (ID, "foto", r"^📸 Foto: (.+)$", "foto"),
            (RU, "rubrika", r"^(.+)$", "rubrika"),
            (RU, "foto", r"^Фото: (.+)$", "foto"),
            (RU, "mesto", r"^Место событий: (.+)$", "gorod"),
            (BY, "rubryka", r"^(.+)$", "rubryka"),
            (BY, "fota", r"^Фота: (.+)$", "fota"),
            (KH, "pheak", r"^(.+)$", "pheak"),
            (KH, "roup", r"^រូបភាព៖ (.+)$", "roup"),
            (BG, "kategoria", r"^(.+)$", "kategoria"),
            (BG, "snimka", r"^Снимка: (.+)$", "snimka"),
            (MY, "kind", r"^(.+)$", "kind"),
            (MY, "photo", r"^📷 (.+)$", "photo"),
            (LA, "kind", r"^(.+)$", "kind"),
            (LA, "photo", r"^Photo: (.+)$", "photo")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)
    tags = pool_in_order(SET, MY, "tag")
    lists = [norm(t).removeprefix("Filed under: ").split(", ")
             for t in group_lines(SET, MY, "filed") if norm(t).startswith("Filed under: ")]
    assert lists and any(len(items) > 1 for items in lists)
    for items in lists:
        if all(item in tags for item in items):
            assert items == sorted(items, key=tags.index), items
    assert sum(all(item in tags for item in items) for items in lists) >= 0.9 * len(lists)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (PL, "komentarze", "Komentarze są prywatnymi opiniami czytelników. Redakcja nie ponosi "
                           "za nie odpowiedzialności."),
        (HU, "hirdetes", "Hirdetés"), (VN, "quangcao", "Quảng cáo"), (UA, "reklama", "Реклама"),
        (UA, "kolonky", "Редакція може не поділяти думку авторів колонок і блогів"),
        (TH, "kotsana", "โฆษณา"), (ID, "gulir", "Gulir ke bawah untuk melanjutkan membaca"),
        (RU, "reklama", "РЕКЛАМА"), (BY, "reklama", "Рэклама"),
        (MY, "licence", "PADI 5 Star Dive Centre · licensed by the Department of Marine Park "
                        "Malaysia")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=300)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PL: (["prawa", "wydawca"], 2), HU: (["jogok", "kiado"], 2),
        VN: (["banquyen", "chuquan"], 2), UA: (["prava", "kolonky"], 2),
        TH: (["likhasit", "titor"], 2), ID: (["hakcipta", "menu"], 2),
        RU: (["prava", "svidetelstvo"], 2), BY: (["pravy", "vydavec"], 2),
        KH: (["sithi", "tomnak"], 2), BG: (["prava", "izdatel"], 2),
        MY: (["rights", "licence"], 2), LA: (["rights", "member"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert PL in quoting and all(sizes[p] >= 30 for p in quoting)


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
