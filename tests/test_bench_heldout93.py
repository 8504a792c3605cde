"""The held-back-93 template set (`tests.bench.heldout_templates_93`): its localised dates
(printed day by day in nine languages and in their own digits where the sites use them,
several changing form on the day of a redesign, one with the Myanmar era year turning at
Thingyan, one with the Hijri date in Jawi), the lines that turn every day or every week (gold
prices, the rupiah's rate on working days, the air quality in the haze, fuel prices, a dam's
level every Monday, the coffee price on market day, the riel and kip rates, prayer times, the
peso's rate, a radio's programme by weekday, the workers' Sunday), the seasons, the notices
it rewords by date, the calendars some notices follow (votes, a referendum, typhoons, a
volcano, the haze, a ferry disaster, a dam collapse, a king's mourning and a coronation, the
2020 lockdowns, Tet, Cap Go Meh, the equinox, Songkran, Loy Krathong, Thaipusam, Deepavali,
Penafrancia, Thingyan, the Water Festival, Pchum Ben, boat races, Ramadan and the Eids, Kaamatan,
national days with their counts, festivals called off in 2020), the amounts in its appeals and
prices, the lines in several languages and scripts, its multi-line blocks and the hard
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

from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_93 import (
    CAN_CHI,
    CAP_GO_MEH,
    FIRST_DAY,
    HK_REDESIGN,
    IP_REDESIGN,
    KB_REDESIGN,
    KH_PASS,
    KH_REDESIGN,
    KT_REDESIGN,
    LA_REDESIGN,
    LAST_DAY,
    LOY_KRATHONG,
    LUNAR_NEW_YEAR,
    MM_REDESIGN,
    NG_REDESIGN,
    PT_REDESIGN,
    SB_REDESIGN,
    TH_REDESIGN,
    VN_REDESIGN,
    hijri,
    hijri_day,
    hk_peso,
    ip_gold,
    kb_air,
    kb_rupiah,
    kh_riel,
    km,
    kt_coffee,
    la_kip,
    lo,
    made_up,
    mm_gold,
    my,
    myanmar_year,
    pattani_prayers,
    penafrancia,
    th,
    th_dam,
    th_fuel,
    vn_gold,
    week_from,
    working_day,
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
    wording_changes,
    wording_on,
)

SET = "held-back-93"
SITES = ("Sóng Cửa Cấm", "Kantor Berita Kapuas", "ข่าวแก่นนคร", "Kabar Tapanuli", "ஈப்போ முரசு",
         "Radyo Bikolnon", "မြစ်ငယ်ဂျာနယ်", "ពន្លឺសៀមរាប", "ສະຫວັນໃໝ່", "Suara Teluk Patani",
         "Balitang Kabayan HK", "Kinabatangan Riverkeepers")
VN, KB, TH, KT = ("songcuacam.vn", "kbkapuas.id", "khaokaennakhon.com", "kabartapanuli.co.id")
IP, NG, MM, KH = ("ipohmurasu.com.my", "radyobikolnon.ph", "myitngejournal.com.mm",
                  "ponleusiemreap.com")
LA, PT, HK, SB = ("savanmai.la", "suaratelukpatani.com", "balitangkabayanhk.com",
                  "kinabatanganriverkeepers.org.my")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((VN, "ngay-dang"), (KB, "tanggal"), (TH, "wanthi"), (KT, "tanggal"), (IP, "thethi"),
         (IP, "ooru"), (NG, "petsa"), (MM, "ne-swe"), (KH, "kalbarichheth"), (LA, "wanthi"),
         (PT, "tarikh"), (PT, "hijrah"), (HK, "petsa"), (SB, "posted"))
# The lines that turn every day, every few days, every week or on working days.
PERIODIC = ((VN, "gia-vang"), (KB, "kurs"), (KB, "ispu"), (TH, "namman"), (TH, "khuean"),
            (KT, "kopi"), (IP, "thangam"), (NG, "programa"), (MM, "shwe"), (MM, "sakkaraj"),
            (KH, "riel"), (LA, "kip"), (PT, "solat"), (HK, "palitan"), (HK, "day-off"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((VN, "thong-bao"), (KB, "pengumuman"), (TH, "prakat"), (KT, "pengumuman"),
           (IP, "arivippu"), (NG, "abiso"), (MM, "kyaw-nya"), (KH, "damneang"),
           (LA, "khaosan"), (PT, "hebahan"), (HK, "paalala"), (SB, "notice"))
SEASONAL = ((VN, "thoi-tiet"), (KT, "musim"), (NG, "panahon"), (KH, "rodov"), (SB, "river"))

QUIET = d(2015, 6, 10)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    VN: "Theo dõi Sóng Cửa Cấm trên Facebook để cập nhật tin tức mỗi ngày",
    KB: "Ikuti berita terbaru KBK di Twitter: @kbkapuas",
    TH: "ติดตามข่าวได้ทาง Facebook: ข่าวแก่นนคร",
    KT: "Sukai halaman Facebook Kabar Tapanuli untuk berita terbaru",
    IP: "எங்கள் Facebook பக்கத்தை லைக் செய்யுங்கள்: ஈப்போ முரசு",
    NG: "I-like an samong Facebook page: Radyo Bikolnon",
    MM: "Facebook တွင် Like လုပ်ပါ: မြစ်ငယ်ဂျာနယ်",
    KH: "តាមដានយើងនៅលើ Facebook៖ ពន្លឺសៀមរាប",
    LA: "ຕິດຕາມພວກເຮົາທາງ Facebook: ສະຫວັນໃໝ່",
    PT: "Ikuti kami di Facebook: Suara Teluk Patani",
    HK: "I-like ang aming Facebook page: Balitang Kabayan HK",
    SB: "Volunteer with us: river clean-ups on the last Saturday of every month",
}

THAI, TAMIL, BURMESE = r"[\u0E00-\u0E7F]", r"[\u0B80-\u0BFF]", r"[\u1000-\u109F]"
KHMER, LAO, JAWI = r"[\u1780-\u17FF]", r"[\u0E80-\u0EFF]", r"[ڤڠچڽݢ]"
VIET = r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"
ASCII_DIGIT = re.compile(r"[0-9]")

on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 2, 9), d(2017, 9, 2), d(2018, 4, 13), d(2019, 4, 17),
        d(2019, 8, 10), d(2020, 4, 11), d(2020, 11, 5), LAST_DAY))


def test_helpers() -> None:
    assert hijri(d(2015, 6, 18)) == (1436, 9, 1) and hijri(d(2015, 10, 15)) == (1437, 1, 1)
    assert hijri(d(2020, 4, 24)) == (1441, 9, 1)
    assert all(hijri_day(10, 1)(y) is not None for y in range(2015, 2021))
    assert myanmar_year(d(2018, 4, 16)) == 1379 and myanmar_year(d(2018, 4, 17)) == 1380
    assert penafrancia(2019) == d(2019, 9, 14) and penafrancia(2016) == d(2016, 9, 17)
    assert th(2559) == "๒๕๕๙" and my(2016) == "၂၀၁၆" and km(9) == "៩" and lo(12) == "໑໒"
    assert week_from(d(2019, 6, 23), 0) == d(2019, 6, 17)
    assert working_day(d(2019, 6, 22)) == d(2019, 6, 21)
    assert made_up(d(2017, 1, 1), "k", 1, 3) == made_up(d(2017, 1, 1), "k", 1, 3)
    for day in every_day():
        buy, sell = vn_gold(day)
        assert 33 < buy < sell < 50
        assert kb_rupiah(day) == kb_rupiah(working_day(day))
        assert kh_riel(day) == kh_riel(working_day(day))
        assert hk_peso(day) == hk_peso(working_day(day))
        assert th_dam(day) == th_dam(week_from(day, 0)) and 0 < th_dam(day) < 50
        assert kt_coffee(day) == kt_coffee(week_from(day, 1)) and kt_coffee(day) % 500 == 0
        assert mm_gold(day) == mm_gold(week_from(day, 0)) and la_kip(day) == la_kip(
            week_from(day, 0))
        assert 20 < th_fuel(day) < 35 and 0 < kb_air(day) < 400
        subuh, zohor, asar, maghrib, isyak = pattani_prayers(day)
        assert "04:30" <= subuh <= "05:25" and subuh < zohor < asar < maghrib < isyak
    assert kb_air(d(2015, 9, 20)) > 200 and kb_air(d(2019, 8, 20)) > 200
    assert kb_air(d(2017, 1, 10)) < 60
    assert ip_gold(d(2020, 10, 1)) > ip_gold(d(2015, 2, 2)) + 30
    assert mm_gold(d(2020, 10, 5)) > mm_gold(d(2015, 2, 2)) + 200000


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(VN, "ngay-dang", old, r"Thứ Bảy, 05/03/2016, \d\d:\d\d \(GMT\+7\)")
    full(VN, "ngay-dang", new, r"Thứ Sáu, 21/6/2019 \| \d\d:\d\d")
    full(KB, "tanggal", old, r"Sabtu, 5 Maret 2016 \d\d:\d\d WIB")
    full(KB, "tanggal", new, r"21/06/2019 \d\d:\d\d WIB")
    full(TH, "wanthi", old, "วันเสาร์ที่ ๕ มีนาคม พ.ศ. ๒๕๕๙")
    full(TH, "wanthi", new, r"21 มิ\.ย\. 62 \| \d\d:\d\d น\.")
    full(KT, "tanggal", old, "Tarutung, Sabtu, 5 Maret 2016")
    full(KT, "tanggal", new, r"Jumat, 21-06-2019 \| \d\d:\d\d WIB")
    full(IP, "thethi", old, "5 மார்ச் 2016, சனிக்கிழமை")
    full(IP, "thethi", new, r"வெள்ளி, 21/06/2019 - \d\d:\d\d")
    full(IP, "ooru", old, r".+, மார்ச் 5-")
    full(NG, "petsa", old, "Naga City — March 5, 2016")
    full(NG, "petsa", d(2019, 9, 20), r"Biyernes, 20 Setyembre 2019 \| \d\d?:\d\d [AP]M")
    full(NG, "programa", old, "📻 Ngonyan na aldaw, Sabado: Sabadong Kabikolan")
    full(MM, "ne-swe", old, "စနေနေ့၊ မတ် ၅၊ ၂၀၁၆")
    full(MM, "ne-swe", new, r"21\.6\.2019 \| \d\d:\d\d")
    full(MM, "sakkaraj", new, "မြန်မာသက္ကရာဇ် ၁၃၈၁ ခုနှစ်")
    full(KH, "kalbarichheth", old, "សៀមរាប៖ ថ្ងៃសៅរ៍ ទី៥ ខែមីនា ឆ្នាំ២០១៦")
    full(KH, "kalbarichheth", new, r"ថ្ងៃសុក្រ, 21-06-2019 \| \d\d:\d\d")
    full(LA, "wanthi", old, "ສະຫວັນນະເຂດ, ວັນເສົາ ທີ ໕ ມີນາ ໒໐໑໖")
    full(LA, "wanthi", new, r"21/06/2019 \d\d:\d\d")
    full(PT, "tarikh", old, "Patani, Sabtu 5 Mac 2016")
    full(PT, "tarikh", new, re.escape("Jumaat, 21 Jun 2019 | ๒๑ มิ.ย. ๒๕๖๒"))
    full(PT, "hijrah", d(2015, 6, 18), "1 رمضان 1436هـ")
    full(HK, "petsa", old, "Posted: March 5, 2016")
    full(HK, "petsa", new, r"HONG KONG \| Friday, 21 Jun 2019")
    full(HK, "day-off", d(2019, 6, 19), r"📅 Day-off ngayong Linggo, Jun 23: .+")
    full(SB, "posted", old, "Posted 5 Mar 2016")
    full(SB, "posted", new, r"Bilit, Sabah \| Friday 21 June 2019")
    full(KB, "dateline", new, r"[A-Z ]+, KBK —")
    full(PT, "solat", new, r"🕌 Waktu solat Patani: Subuh \d\d:\d\d · Zohor \d\d:\d\d · "
                           r"Asar \d\d:\d\d · Maghrib \d\d:\d\d · Isyak \d\d:\d\d")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert ("GMT+7" in on(VN, "ngay-dang", day)) == (day < VN_REDESIGN)
        assert ("/" in on(KB, "tanggal", day)) == (day >= KB_REDESIGN)
        assert ("พ.ศ." in on(TH, "wanthi", day)) == (day < TH_REDESIGN)
        if day < TH_REDESIGN:
            assert th(day.year + 543) in on(TH, "wanthi", day)
            assert not ASCII_DIGIT.search(on(TH, "wanthi", day))
        assert on(KT, "tanggal", day).startswith("Tarutung") == (day < KT_REDESIGN)
        assert ("க்கிழமை" in on(IP, "thethi", day)) == (day < IP_REDESIGN)
        assert on(IP, "ooru", day).endswith(f" {day.day}-")
        assert on(NG, "petsa", day).startswith("Naga City") == (day < NG_REDESIGN)
        assert ASCII_DIGIT.search(on(MM, "ne-swe", day)) is None or day >= MM_REDESIGN
        assert on(MM, "sakkaraj", day).count(my(myanmar_year(day))) == 1
        assert on(KH, "kalbarichheth", day).startswith("សៀមរាប") == (day < KH_REDESIGN)
        assert on(LA, "wanthi", day).startswith("ສະຫວັນນະເຂດ") == (day < LA_REDESIGN)
        assert ("|" in on(PT, "tarikh", day)) == (day >= PT_REDESIGN)
        y, m, dd = hijri(day)
        assert on(PT, "hijrah", day) == on(PT, "hijrah", day).strip()
        assert on(PT, "hijrah", day).startswith(f"{dd} ") and f" {y}هـ" in on(PT, "hijrah",
                                                                              day)
        assert on(HK, "petsa", day).startswith("Posted") == (day < HK_REDESIGN)
        assert on(SB, "posted", day).startswith("Posted") == (day < SB_REDESIGN)
    for key, texts in seen.items():
        if key in ((IP, "ooru"),):
            assert len(texts) == 366, key  # month and day, no year
        else:
            assert len(texts) >= 6 * 365, key


def test_lines_that_turn_daily_or_weekly() -> None:
    for key in ((VN, "gia-vang"), (KB, "ispu"), (IP, "thangam"), (PT, "solat")):
        assert len(changes(*key)) > 1000, key
    for key in ((KB, "kurs"), (KH, "riel"), (HK, "palitan")):
        weekdays = {day.weekday() for day in changes(*key)}
        assert len(changes(*key)) > 700 and weekdays <= {0, 1, 2, 3, 4}, key
    for key, weekday in (((TH, "khuean"), 0), ((KT, "kopi"), 1), ((MM, "shwe"), 0),
                         ((LA, "kip"), 0), ((HK, "day-off"), 0)):
        turned = changes(*key)
        assert len(turned) > 150 and {day.weekday() for day in turned} == {weekday}, key
    assert len(changes(NG, "programa")) > 2000
    assert {t.rpartition(": ")[2] for day in every_day()[:7] if (t := on(NG, "programa", day))
            } == {"Maogmang Aga, Bikol!", "Biyernes Balitaan", "Sabadong Kabikolan",
                  "Misa asin Rosaryo"}
    assert changes(MM, "sakkaraj") == {d(y, 4, 17) for y in range(2015, 2021)}
    fuel = changes(TH, "namman")
    assert 250 < len(fuel) < 600
    assert "สิงหาคม" not in on(TH, "khuean", d(2019, 8, 7))
    assert "ส.ค." in on(TH, "khuean", d(2019, 8, 7))


def test_notices_follow_the_regions_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
    years = {str(y) for y in range(2015, 2021)}
    # Hai Phong: Tet with its year's name, the days with their counts, the distancing
    for y, day in LUNAR_NEW_YEAR.items():
        assert CAN_CHI[y] in on(VN, "thong-bao", dt.date.fromisoformat(day)), y
    assert counts_in(VN, "thong-bao", r"Quốc khánh 2/9: (\d+) năm") == {
        str(n) for n in range(70, 76)}
    assert counts_in(VN, "thong-bao", r"(\d+) năm Ngày Giải phóng Hải Phòng") == {
        str(n) for n in range(60, 66)}
    assert "Giãn cách" in on(VN, "thong-bao", d(2020, 4, 10))
    assert "Quốc hội" in on(VN, "thong-bao", d(2016, 5, 20))
    # Pontianak: the equinox twice a year, Cap Go Meh, the haze, Idul Fitri's Hijri year
    for y in range(2015, 2021):  # the haze of 2015 and 2019 and the 2020 alert hid some
        if y != 2020:
            assert "Khatulistiwa" in on(KB, "pengumuman", d(y, 3, 22))
        if y not in (2015, 2019):
            assert "Khatulistiwa" in on(KB, "pengumuman", d(y, 9, 23))
    for y, day in CAP_GO_MEH.items():
        assert f"Cap Go Meh {y}" in on(KB, "pengumuman", dt.date.fromisoformat(day))
    assert counts_in(KB, "pengumuman", r"Idul Fitri (\d+) H") == {  # 2020's in the alert
        str(n) for n in range(1436, 1441)}
    assert counts_in(KB, "pengumuman", r"RI ke-(\d+)") == {  # 2019's in the haze
        str(n) for n in (70, 71, 72, 73, 75)}
    assert "kabut asap" in on(KB, "pengumuman", d(2015, 10, 1))
    assert "Kabut asap" in on(KB, "pengumuman", d(2019, 9, 1))
    # Khon Kaen: mourning, the cremation, the coronation, Songkran put off, Loy Krathong
    assert "ไว้ทุกข์" in on(TH, "prakat", d(2016, 10, 20))
    assert "ถวายพระเพลิง" in on(TH, "prakat", d(2017, 10, 26))
    assert "บรมราชาภิเษก" in on(TH, "prakat", d(2019, 5, 5))
    assert "เลื่อน" in on(TH, "prakat", d(2020, 4, 13))
    assert "ฉุกเฉิน" in on(TH, "prakat", d(2020, 4, 20))
    assert "ถนนข้าวเหนียว" in on(TH, "prakat", d(2018, 4, 13))
    for y, day in LOY_KRATHONG.items():
        assert f"ลอยกระทง {y + 543}" in on(TH, "prakat", dt.date.fromisoformat(day))
    assert "ผูกเสี่ยว" in on(TH, "prakat", d(2017, 12, 3))
    # Tapanuli: Easter, Christmas, the ferry disaster, the regional votes
    for y in range(2015, 2021):
        if y < 2020:  # Easter 2020 fell in the stay-at-home notice
            assert f"Paskah {y}" in on(KT, "pengumuman", easter(y))
        assert f"Natal {y}" in on(KT, "pengumuman", d(y, 12, 24))
    assert "Sinar Bangun" in on(KT, "pengumuman", d(2018, 6, 19))
    assert "Pilkada 2020" in on(KT, "pengumuman", d(2020, 12, 8))
    # Ipoh: Thaipusam, Deepavali, Merdeka's count, the movement orders
    assert counts_in(IP, "arivippu", r"தைப்பூசம் (\d{4})") == years
    assert counts_in(IP, "arivippu", r"தீபாவளி (\d{4})") == years
    assert counts_in(IP, "arivippu", r"(\d+)ஆவது தேசிய தினம்") == {str(n) for n in range(58, 64)}
    assert "நடமாட்டக்" in on(IP, "arivippu", d(2020, 4, 1))
    # Naga: Penafrancia (no river procession in 2020), typhoons, the volcano
    assert counts_in(NG, "abiso", r"Peñafrancia Fiesta (\d{4})") == years - {"2020"}
    assert "mayong fluvial" in on(NG, "abiso", penafrancia(2020))
    assert "Mayon" in on(NG, "abiso", d(2018, 2, 1))
    for day, name in ((d(2016, 12, 25), "Nina"), (d(2019, 12, 2), "Tisoy"),
                      (d(2020, 11, 1), "Rolly"), (d(2020, 11, 11), "Ulysses")):
        assert name in on(NG, "abiso", day), name
    assert counts_in(NG, "abiso", r"Ika-(\d+) na Araw") == {str(n) for n in range(117, 123)}
    # Mandalay: Thingyan (called off in 2020), Independence Day's count in Burmese digits
    assert counts_in(MM, "kyaw-nya", r"(\S+) နှစ်မြောက်") == {my(n) for n in range(67, 73)}
    assert "မကျင်းပပါ" in on(MM, "kyaw-nya", d(2020, 4, 14))
    assert "မဏ္ဍပ်" in on(MM, "kyaw-nya", d(2019, 4, 14))
    # Siem Reap: the new year put off and the Water Festival called off in 2020
    assert "ពន្យារ" in on(KH, "damneang", d(2020, 4, 14))
    assert "លុបចោល" in on(KH, "damneang", d(2020, 10, 31))
    assert counts_in(KH, "damneang", r"ខួបលើកទី(\S+) ") == {km(n) for n in range(62, 68)}
    assert "ភ្ជុំបិណ្ឌ" in on(KH, "damneang", d(2018, 10, 9))
    # Savannakhet: boat races (called off in 2020), the dam collapse, National Day's count
    assert "ງົດ" in on(LA, "khaosan", d(2020, 10, 2))
    assert "ຊ່ວງເຮືອ" in on(LA, "khaosan", d(2018, 10, 24))
    assert "ອັດຕະປື" in on(LA, "khaosan", d(2018, 8, 1))
    assert counts_in(LA, "khaosan", r"ຄົບຮອບ (\d+) ປີ") == {str(n) for n in range(40, 46)}
    # Pattani: Ramadan and the Eids by the tabular Hijri calendar
    for y in range(2015, 2021):
        first = hijri_day(9, 1)(y)
        assert first is not None and "Ramadan" in on(PT, "hebahan", first)
        raya = hijri_day(10, 1)(y)
        assert raya is not None and "Aidilfitri" in on(PT, "hebahan", raya)
    # Hong Kong: typhoon signals, the overseas votes, Chinese New Year
    assert "Hato" in on(HK, "paalala", d(2017, 8, 23))
    assert "Mangkhut" in on(HK, "paalala", d(2018, 9, 16))
    assert "Overseas voting 2019" in on(HK, "paalala", d(2019, 4, 20))
    assert "Kung Hei" in on(HK, "paalala", d(2018, 2, 16))
    # Sabah: Kaamatan, World Rivers Day on the last Sunday of September
    assert "Kaamatan" in on(SB, "notice", d(2017, 5, 30))
    assert counts_in(SB, "notice", r"World Rivers Day (\d{4})") == years - {"2020"}  # a vote
    assert "Sabah state election" in on(SB, "notice", d(2020, 9, 25))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (VN, "tac-gia", VN_REDESIGN, "{author}", "Bài và ảnh"),
        (VN, "xem-them", d(2019, 3, 1), "Xem thêm:", "» Đọc thêm:"),
        (VN, "giay-phep", d(2018, 6, 21), "123/GP", "289/GP"),
        (VN, "thong-bao", d(2019, 5, 19), "Facebook", "Zalo"),
        (KB, "dateline", KB_REDESIGN, "(KBK) -", "KBK —"),
        (KB, "layanan", d(2018, 1, 2), "Rp2.500.000", "Rp3.000.000"),
        (KB, "hak-cipta", d(2019, 1, 1), "Dilarang mengutip", "undang-undang"),
        (TH, "doi", TH_REDESIGN, "โดย", "เรื่อง:"),
        (TH, "an-pherm", d(2019, 6, 3), "อ่านเพิ่มเติม", "👉"),
        (TH, "rakha", d(2018, 1, 2), "10 บาท", "12 บาท"),
        (TH, "likhasit", d(2017, 1, 3), "© {year} ข่าวแก่นนคร", "พ.ร.บ."),
        (KT, "laporan", KT_REDESIGN, "Laporan:", "Reporter:"),
        (KT, "harga", d(2018, 7, 2), "Rp3.000", "Rp4.000"),
        (KT, "pengumuman", d(2019, 9, 2), "Facebook", "WhatsApp"),
        (IP, "seithi", IP_REDESIGN, "செய்தி:", "எழுத்து:"),
        (IP, "vilai", d(2017, 1, 2), "RM1.00", "RM1.20"),
        (IP, "vilai", d(2020, 7, 1), "RM1.20", "RM1.50"),
        (NG, "ni", NG_REDESIGN, "ni {author}", "Ulat ni"),
        (NG, "suporta", d(2018, 11, 5), "Dios mabalos", "GCash"),
        (NG, "abiso", d(2018, 3, 12), "Facebook", "/live"),
        (MM, "yay-thar", MM_REDESIGN, "ရေးသားသူ", "သတင်း -"),
        (MM, "ze", d(2018, 6, 1), "၃၀၀", "၅၀၀"),
        (KH, "angkor-pass", KH_PASS, "$20", "$37"),
        (KH, "damneang", d(2019, 3, 11), "Facebook", "Telegram"),
        (LA, "khaosan", d(2019, 8, 5), "Facebook", "WhatsApp"),
        (PT, "sokong", d(2018, 9, 3), "Patani.", "PromptPay"),
        (PT, "hebahan", d(2018, 5, 14), "Facebook", "LINE"),
        (HK, "paalala", d(2019, 12, 2), "Facebook", "Telegram"),
        (SB, "donate", d(2018, 3, 21), "Bank", "RM50"),
        (SB, "notice", d(2019, 7, 1), "Volunteer", "WhatsApp")))
    assert_groups_reworded(SET, (
        (VN, "ngay-dang", "GMT+7", " | "),
        (KB, "tanggal", "WIB", "/"),
        (TH, "wanthi", "พ.ศ.", " น."),
        (KB, "dateline", "(KBK) -", "KBK —"),
        (VN, "tac-gia", "", "Bài và ảnh"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (VN, "ngay-dang", VIET), (VN, "ban-quyen", VIET), (TH, "wanthi", THAI),
        (TH, "khosana", THAI), (IP, "thethi", TAMIL), (IP, "vilambaram", TAMIL),
        (MM, "sakkaraj", BURMESE), (MM, "mu-paing", BURMESE), (KH, "kalbarichheth", KHMER),
        (LA, "likkhasit", LAO), (PT, "salam", JAWI), (PT, "hijrah", r"[\u0600-\u06FF]"),
        (PT, "hak", THAI), (NG, "dangog", "Dangogon"), (KT, "horas", "Horas")))
    for style, family in ((TH, "khuean"), (KH, "riel")):
        lines = group_lines(SET, style, family)
        assert lines, (style, family)
    riel = [t for t in group_lines(SET, KH, "riel") if re.search(KHMER, t)]
    assert riel and not any(ASCII_DIGIT.search(t.replace("💱", "")) for t in riel)
    thai_old = [t for t in group_lines(SET, TH, "wanthi") if "พ.ศ." in t]
    assert thai_old and not any(ASCII_DIGIT.search(t) for t in thai_old)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{VN}/ngay-dang", f"{VN}/tac-gia", f"{VN}/xem-them",
                         f"{VN}/chuyen-muc", f"{VN}/gia-vang", f"{VN}/nguon", f"{KB}/tanggal",
                         f"{KB}/dateline", f"{KB}/pewarta", f"{KB}/editor", f"{KB}/ispu",
                         f"{TH}/wanthi", f"{TH}/namman"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{VN}/toa-soan", f"{VN}/quang-cao", f"{VN}/ban-quyen", f"{KB}/pedoman",
        f"{TH}/samnakngan", f"{TH}/khosana", f"{KB}/ralat"))
    assert_carried_share(docs, VN, [
        ("ngay-dang", 0.65, 0.95), ("thong-bao", 0.15, 0.45), ("xem-them", 0.4, 0.75),
        ("mat-dien", 0.0, 0.1), ("quang-cao", 0.0, 0.2)])
    assert_carried_share(docs, KB, [("dateline", 0.7, 0.97), ("pewarta", 0.6, 0.9)])
    for fam in (f"{VN}/xem-them", f"{KB}/baca-juga", f"{TH}/an-pherm"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{VN}/anh", f"{KB}/foto", f"{TH}/phap"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((VN, "anh"), (VN, "quang-cao"), (KB, "foto"), (TH, "phap"),
                               (TH, "khosana"), (KT, "foto"), (IP, "padam"),
                               (IP, "vilambaram"), (NG, "dangog"), (NG, "litrato"),
                               (MM, "dat-pon"), (KH, "roupthot"), (LA, "phap"),
                               (HK, "basahin")))
    cities = {m[1] for t in group_lines(SET, KB, "dateline")
              if (m := re.fullmatch(r"(.+?)(?: \(KBK\) -|, KBK —)", norm(t)))}
    assert cities and cities <= pool(SET, KB, "kota")


def test_amounts_in_appeals_and_prices() -> None:
    assert "$60" in on(KH, "angkor-pass", KH_PASS - one)
    assert "$72" in on(KH, "angkor-pass", KH_PASS)
    assert "3,600" in on(TH, "rakha", d(2019, 1, 1))
    assert "Rp95.000" in on(KT, "harga", d(2019, 1, 1))
    assert "RM15" in on(IP, "vilai", d(2020, 8, 1))
    assert "RM50" in on(SB, "donate", d(2019, 1, 1))
    golds = {m[1] for t in group_lines(SET, VN, "gia-vang")
             if (m := re.search(r"mua vào (\d+\.\d\d)", norm(t)))}
    assert len(golds) >= 5
    rates = {m[1] for t in group_lines(SET, KB, "kurs")
             if (m := re.search(r"Rp(\d+\.\d{3})", norm(t)))}
    assert len(rates) >= 5


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (VN, "mat-dien"), (KB, "ralat"), (TH, "fai-dap"), (KT, "longsor"), (IP, "neer"),
        (NG, "brownout"), (MM, "mee-pyat"), (KH, "dach-pleung"), (LA, "khua"),
        (PT, "sekatan"), (HK, "mtr"), (SB, "crocodile")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{KB}/baca-juga", "Baca juga: "), (f"{KT}/baca", "BACA JUGA: "),
        (f"{IP}/padikka", "இதையும் படிங்க: "), (f"{NG}/basahon", "BASAHON MAN: "),
        (f"{MM}/set-sat", "ဆက်စပ်သတင်း - "), (f"{KH}/an-bunthaem", "អានបន្ថែម៖ ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{VN}/xem-them", ("Xem thêm: ", "» Đọc thêm: ")),
                          (f"{TH}/an-pherm", ("อ่านเพิ่มเติม: ", "👉 อ่านข่าวที่เกี่ยวข้อง: "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (VN, "quang-cao", "Quảng cáo"),
        (TH, "khosana", "โฆษณา"),
        (IP, "vilambaram", "விளம்பரம்"),
        (KB, "pedoman", "Berita ini telah diverifikasi sesuai Pedoman Pemberitaan Media "
                        "Siber."),
        (NG, "dangog", "🎧 Dangogon an bilog na report sa audio player sa itaas.")))
    for style, family, pattern, pool_name in (
            (VN, "chuyen-muc", r"^(.+)$", "chuyenmuc"),
            (VN, "nguon", r"^Nguồn: (.+)$", "nguon"),
            (VN, "anh", r"^Ảnh: (.+)$", "anh"),
            (TH, "mouat", r"^(.+)$", "mouat"),
            (TH, "thima", r"^ที่มา: (.+)$", "thima"),
            (KT, "rubrik", r"^(.+)$", "rubrik"),
            (IP, "pirivu", r"^(.+)$", "pirivu"),
            (IP, "ooru", r"^(.+), \S+ \d+-$", "ooru"),
            (NG, "litrato", r"^Litrato: (.+)$", "litrato"),
            (MM, "kahtaung", r"^(.+)$", "kahtaung"),
            (KH, "phnek", r"^(.+)$", "phnek"),
            (LA, "mouat", r"^(.+)$", "mouat")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (VN, "toa-soan", "Tòa soạn: Số 00 Điện Biên Phủ, quận Ngô Quyền, Hải Phòng · ĐT: "
                         "0225 000 0000"),
        (KB, "pedoman", "Berita ini telah diverifikasi sesuai Pedoman Pemberitaan Media "
                        "Siber."),
        (TH, "samnakngan", "สำนักงาน: ถนนหน้าเมือง อ.เมือง จ.ขอนแก่น โทร. 043-000-000")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        VN: (["giay-phep", "ban-quyen", "toa-soan"], 2), KB: (["pewarta", "editor"], 2),
        TH: (["rakha", "likhasit", "samnakngan"], 2), KT: (["harga", "hak-cipta", "redaksi"], 2),
        IP: (["vilai", "urimai", "mugavari"], 2), NG: (["suporta", "karapatan"], 2),
        MM: (["ze", "mu-paing"], 2), LA: (["likkhasit", "thi-yu"], 2),
        PT: (["sokong", "hak"], 2), SB: (["donate", "copyright"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert VN in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        if (domain, family) == (IP, "ooru"):
            continue
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
