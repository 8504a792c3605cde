"""The held-back-119 template set (`tests.bench.heldout_templates_119`): its localised dates
(printed day by day in English, Indonesian, Malay, Tagalog, Chinese, Javanese with the market
week and later the Javanese month and year, Cebuano, Sundanese, Jawi with the Hijri date and
later Arabic-Indic digits, Tetum, English with the Hijri date and Indonesian, each changing
form on the day of a redesign), the lines that turn every day, on draw days, every week, every
month or every year (a broadsheet's volume and number, prayer times and the imsak in Ramadan,
lottery draws, office hours, fuel prices, editions, a magazine's issue, a radio programme, a
health post's days, a village budget), the seasons, the notices it rewords by date, the
calendars some notices follow (votes, Ramadan and the Eids, the Islamic and Javanese new year,
Chinese New Year, Mid-Autumn, Deepavali, Holy Week, Undas, Christmas, Sinulog, national days
with their counts, a sultan's birthday, the Asian and SEA Games, the Taal eruption, typhoons
and the 2020 restrictions), the amounts in its appeals and prices, the lines in several
languages and scripts, the variation it promises, its multi-line blocks and the hard
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
from tests.bench.heldout_calendar import easter
from tests.bench.heldout_templates_119 import (
    BN_REDESIGN,
    CEB_REDESIGN,
    CHINESE_NEW_YEAR,
    CN_REDESIGN,
    DEEPAVALI,
    DS_REDESIGN,
    FIRST_DAY,
    FOUR_D_PAUSE,
    ID_REDESIGN,
    IDUL_ADHA,
    IDUL_FITRI,
    JV_REDESIGN,
    JW_REDESIGN,
    LAST_DAY,
    LOTTO_PAUSE,
    MID_AUTUMN,
    MUHARRAM,
    MY_REDESIGN,
    PASARAN,
    PH_REDESIGN,
    RAMADAN,
    SU_REDESIGN,
    TET_REDESIGN,
    TG_REDESIGN,
    edition,
    episode,
    four_d_draw,
    fuel_change,
    hijri,
    in_ramadan,
    issue,
    latest,
    office_hours,
    pasaran,
    posyandu_day,
    prayer_times,
    roman,
    sinulog,
    sunday_number,
    swertres,
    village_hours,
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
    group_docs,
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

SET = "held-back-119"
SITES = ("The Pasig Courier", "Kabar Cakrawala", "Suara Semenanjung", "Balitang Kanto",
         "槟岛晨报", "Sekar Jagad", "Bantay Sugbo", "Sora Parahyangan", "وارتا سرمبي",
         "Notísia Loriku", "Kampong Ayer Post", "Desa Watugajah Lor")
PH, ID, MY, TG = ("pasigcourier.com.ph", "kabarcakrawala.com", "suarasemenanjung.com.my",
                  "balitangkanto.ph")
CN, JV, CEB, SU = ("bindaochenbao.com.my", "sekarjagad.id", "bantaysugbo.ph",
                   "soraparahyangan.com")
JW, TET, BN, DS = ("wartaserambi.com.my", "noticialoriku.tl", "kampongayerpost.com.bn",
                   "watugajahlor.id")

d = dt.date
one = dt.timedelta(days=1)

# The dates printed day by day (every one from the first day).
DAILY = ((PH, "dated"), (ID, "tanggal"), (MY, "tarikh"), (TG, "petsa"), (CN, "riqi"),
         (JV, "titimangsa"), (CEB, "petsa"), (SU, "kaping"), (JW, "tarikh"),
         (TET, "data"), (BN, "dated"), (DS, "diposting"))
# The lines that turn every day, on draw days, every week, month or year.
PERIODIC = ((CN, "xunxi"), (PH, "print-edition"), (ID, "jadwal-salat"), (MY, "mingguan"),
            (TG, "langis"), (CN, "wanzi"), (JV, "nomer"), (CEB, "swertres"), (JW, "waktu-solat"),
            (TET, "radiu"), (BN, "office"), (DS, "pelayanan"), (DS, "posyandu"),
            (DS, "apbdes"))
# The notices that follow calendars (a wording from each day their text changes).
BANNERS = ((PH, "notice"), (ID, "ikuti"), (MY, "pemberitahuan"), (TG, "paalala"),
           (CN, "gonggao"), (JV, "wara-wara"), (CEB, "pahibalo"), (SU, "iber"),
           (JW, "makluman"), (TET, "avizu"), (BN, "notice"), (DS, "pengumuman"))
SEASONAL = ((TG, "panahon"), (SU, "usum"), (JW, "tengkujuh"))

QUIET = d(2015, 1, 20)  # a day none of the notices turns for an event
FIRST_WORDINGS = {
    PH: "Like us on Facebook and follow us on Twitter for breaking news",
    ID: "Simak berita terkini lainnya dari Kabar Cakrawala di Google News",
    MY: "Ikuti kami di Facebook, Twitter dan Instagram @SuaraSemenanjung",
    TG: "I-like ang aming Facebook page para sa pinakamainit na balita!",
    CN: "欢迎关注本报脸书专页及Instagram，掌握大北马最新动态",
    JV: "Tindakake Sekar Jagad ing Facebook lan Instagram",
    CEB: "I-like ang among Facebook page para sa labing bag-ong balita",
    SU: "Tuturkeun Sora Parahyangan dina Facebook jeung Instagram",
    JW: "ايکوتي کامي د فيسبوک",
    TET: "Tuir ami iha Facebook",
    BN: "Follow us on Instagram for the day's headlines",
    DS: "Layanan surat keterangan: datang langsung ke Kantor Desa dengan membawa KTP dan KK",
}

# This set's wording of a family on a day (by bisection, for day walks).
on = partial(wording_on, SET)


def counts_in(domain: str, family: str, pattern: str) -> set[str]:
    """The first group of `pattern` in the family's wordings from 2015 to 2020."""
    return {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family, day)))}


changes = partial(wording_changes, SET)


def iso(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + SEASONAL, (
        d(2015, 1, 1), QUIET, d(2016, 5, 9), d(2017, 8, 20), d(2018, 5, 9), d(2019, 4, 17),
        d(2019, 6, 5), d(2020, 3, 20), d(2020, 5, 24), d(2020, 12, 9), LAST_DAY))


def test_helpers() -> None:
    assert hijri(d(2019, 6, 5)) == (1440, 10, 1) and hijri(d(2017, 9, 22)) == (1439, 1, 1)
    assert hijri(d(2020, 4, 25))[1] == 9  # Ramadan 1441
    for y in range(2015, 2021):
        assert hijri(iso(IDUL_FITRI[y]))[1:] in ((10, 1), (10, 2), (9, 30), (9, 29)), y
        assert in_ramadan(iso(RAMADAN[y])) and not in_ramadan(iso(IDUL_FITRI[y]))
        assert 29 <= (iso(IDUL_FITRI[y]) - iso(RAMADAN[y])).days <= 30, y
        assert 67 <= (iso(IDUL_ADHA[y]) - iso(IDUL_FITRI[y])).days <= 70, y
        assert sinulog(y).weekday() == 6 and 15 <= sinulog(y).day <= 21
    assert pasaran(d(1945, 8, 17)) == "Legi" and pasaran(d(1945, 8, 22)) == "Legi"
    assert [pasaran(d(2019, 6, 21) + k * one) for k in range(5)] == list(
        PASARAN[PASARAN.index(pasaran(d(2019, 6, 21))):] + PASARAN[:PASARAN.index(
            pasaran(d(2019, 6, 21)))])
    assert roman(30) == "XXX" and roman(68) == "LXVIII" and roman(1994) == "MCMXCIV"
    assert edition(d(2016, 3, 3)) == (30, 1) and edition(d(2016, 3, 2)) == (29, 366)
    assert issue(d(2019, 1, 5)) == (1, 2019) and issue(d(2019, 1, 11)) == (1, 2019)
    assert issue(d(2019, 1, 4))[1] == 2018
    assert four_d_draw(d(2019, 6, 21)) == d(2019, 6, 19)
    assert four_d_draw(d(2019, 6, 23)) == d(2019, 6, 23)
    assert four_d_draw(d(2020, 4, 1)) is None and four_d_draw(d(2020, 6, 3)) == d(2020, 6, 3)
    assert swertres(d(2020, 4, 1)) is None and swertres(d(2020, 7, 1)) is not None
    assert office_hours(d(2019, 6, 21)) is None and office_hours(d(2019, 6, 23)) is None
    assert office_hours(d(2019, 2, 23)) is None and office_hours(d(2019, 7, 15)) is None
    assert office_hours(d(2019, 5, 20)) == "8am to 2pm"
    assert office_hours(d(2019, 6, 5)) is None and office_hours(d(2019, 6, 8)) is not None
    assert village_hours(d(2019, 8, 17)) is None and village_hours(d(2019, 6, 23)) is None
    assert village_hours(d(2019, 6, 21)) == "08.00–11.00 WIB"
    assert village_hours(d(2019, 5, 20)) == "08.00–13.00 WIB"
    assert village_hours(d(2019, 7, 1)) == "08.00–14.00 WIB"
    assert posyandu_day(d(2020, 5, 1)) is None
    for day in every_day():
        assert latest(day, 1) <= day < latest(day, 1) + 7 * one
        assert sunday_number(day + 7 * one) == sunday_number(day) + 1
        assert episode(day + 7 * one) == episode(day) + 1
        assert fuel_change(day, "diesel") % 5 == 0 and abs(fuel_change(day, "diesel")) <= 200
        subuh, zuhur, asar, magrib, isya = prayer_times(day, -6.2, 106.85, 7, 20)
        assert 4 * 60 + 5 <= subuh <= 4 * 60 + 50 and 11 * 60 + 35 <= zuhur <= 12 * 60 + 10
        assert zuhur < asar < magrib < isya and 17 * 60 + 40 <= magrib <= 18 * 60 + 25
        subuh, zuhur, asar, maghrib, isyak = prayer_times(day, 6.13, 102.24, 8, 18)
        assert 5 * 60 + 30 <= subuh <= 6 * 60 + 25 and 12 * 60 + 50 <= zuhur <= 13 * 60 + 30
        assert zuhur < asar < maghrib < isyak and 18 * 60 + 50 <= maghrib <= 19 * 60 + 40
        if day.weekday() == 6:
            assert office_hours(day) is None and village_hours(day) is None


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2019, 6, 21)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(PH, "dated", old, r"Published Mar\. 5, 2016 \d\d?:\d\d [AP]M")
    full(PH, "dated", new, r"Friday, June 21, 2019 \| \d\d?:\d\d [AP]M PHT")
    full(PH, "print-edition", new, r"Today's print edition: Vol\. XXXIII No\. 111 · Friday, "
                                   r"June 21, 2019")
    full(PH, "byline", new, "Ada Brook - The Pasig Courier")
    full(ID, "tanggal", old, r"Sabtu, 5 Maret 2016 \d\d:\d\d WIB")
    full(ID, "tanggal", new, r"21/06/2019, \d\d:\d\d WIB")
    full(ID, "jadwal-salat", new, r"🕌 Jadwal salat DKI Jakarta, Jumat, 21 Juni 2019: Subuh "
                                  r"04\.\d\d, Zuhur 1[12]\.\d\d, Asar 15\.\d\d, Magrib "
                                  r"1[78]\.\d\d, Isya 19\.\d\d")
    full(ID, "jadwal-salat", d(2019, 5, 20), r"🌙 Jadwal imsakiyah DKI Jakarta, Senin, 20 Mei "
                                             r"2019: Imsak 04\.\d\d, Subuh 04\.\d\d, Magrib "
                                             r"\(berbuka\) 17\.\d\d")
    full(MY, "tarikh", old, r"Mac 5, 2016 @ \d\d?:\d\d [AP]M")
    full(MY, "tarikh", new, r"Jumaat, 21 Jun 2019 \| \d\d:\d\d")
    full(MY, "mingguan", new, r"📰 Mingguan Suara, keluaran ke-\d{4}, Ahad 16 Jun 2019: .+")
    full(TG, "petsa", old, "Marso 5, 2016")
    full(TG, "petsa", new, r"Biyernes, Hunyo 21, 2019 - \d\d?:\d\d [AP]M")
    full(TG, "langis", new, r"⛽ Galaw ng presyo ng langis ngayong Martes, Hunyo 18: gasolina "
                            r"(dagdag ₱\d\.\d\d|bawas ₱\d\.\d\d|walang galaw), diesel .+, "
                            r"kerosene .+")
    full(CN, "riqi", old, r"2016-03-05 \d\d:\d\d")
    full(CN, "riqi", new, r"2019年6月21日 星期五 \d\d:\d\d")
    full(CN, "xunxi", new, r"（(槟城|北海|大山脚|亚罗士打|怡保|吉隆坡)21日讯）")
    full(CN, "wanzi", new, r"🎰 6月19日（星期三）万字票成绩：头奖 \d{4}，二奖 \d{4}，三奖 \d{4}")
    full(JV, "titimangsa", old, "Setu Wage, 5 Maret 2016")
    full(JV, "titimangsa", new, "Jemuwah Pahing, 17 Sawal 1952 · 21 Juni 2019")
    full(JV, "nomer", new, "📖 Sekar Jagad No. 24, Taun LXVIII · Setu Legi, 15 Juni 2019")
    full(CEB, "petsa", old, "Marso 5, 2016")
    full(CEB, "petsa", new, r"Biyernes, Hunyo 21, 2019 - \d\d?:\d\d [AP]M")
    full(CEB, "swertres", new, r"🎲 Resulta sa Swertres, Hunyo 21, 2019: 11AM \d-\d-\d \| "
                               r"4PM \d-\d-\d \| 9PM \d-\d-\d")
    full(SU, "kaping", old, "5 Maret 2016")
    full(SU, "kaping", new, r"Jumaah, 21 Juni 2019 \| \d\d:\d\d WIB")
    full(JW, "tarikh", old, "سبتو، 5 مچ 2016")
    full(JW, "tarikh", new, "جمعة، ١٧ شوال ١٤٤٠هـ / ٢١ جون ٢٠١٩م")
    full(JW, "waktu-solat", new, r"🕌 وقتو صلاة کوتا بهارو: صبح 0[56]:\d\d، ظهر 13:\d\d، عصر "
                                 r"16:\d\d، مغرب 19:\d\d، عشاء 20:\d\d")
    full(TET, "data", old, "Dili, 05-03-2016")
    full(TET, "data", new, "Sesta, 21 Juñu 2019")
    full(TET, "radiu", new, r"🎙️ Loriku Semanál, episódiu \d{3}: .+")
    full(BN, "dated", old, "05/03/2016")
    full(BN, "dated", new, r"Friday, 21 June 2019 \| 17 Syawal 1440")
    full(BN, "office", new, r"🏢 Front office: closed today \(Friday\)\. .+")
    full(BN, "office", old, r"🏢 Front office hours today \(Saturday\): 7\.45am to 12\.15pm "
                            r"and 1\.30pm to 4\.30pm")
    full(DS, "diposting", old, "Diposting pada 5 Maret 2016")
    full(DS, "diposting", new, r"Jumat, 21 Juni 2019 \d\d:\d\d WIB")
    full(DS, "pelayanan", new, r"🏢 Jam pelayanan Kantor Desa hari ini \(Jumat\): "
                               r"08\.00–11\.00 WIB")
    full(DS, "posyandu", new, r"👶 Jadwal Posyandu Balita bulan Juni 2019: tanggal \d+–\d+ di "
                              r"balai dusun masing-masing")
    full(DS, "apbdes", new, r"📊 APBDes 2019: Pendapatan Rp 1\.\d{3}\.000\.000 · Belanja "
                            r"Rp 1\.\d{3}\.000\.000")
    full(MY, "oleh", new, r"Ada Brook \| (Kuala Lumpur|Shah Alam|Johor Bahru|George Town|"
                          r"Kota Bharu|Kuching|Kota Kinabalu|Ipoh)")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    seen: dict[tuple[str, str], set[str]] = {key: set() for key in DAILY}
    for day in every_day():
        for key in DAILY:
            seen[key].add(on(*key, day))
        assert on(PH, "dated", day).startswith("Published") == (day < PH_REDESIGN)
        assert on(ID, "tanggal", day).startswith(tuple("0123")) == (day >= ID_REDESIGN)
        assert (" @ " in on(MY, "tarikh", day)) == (day < MY_REDESIGN)
        assert (" - " in on(TG, "petsa", day)) == (day >= TG_REDESIGN)
        assert ("星期" in on(CN, "riqi", day)) == (day >= CN_REDESIGN)
        assert (" · " in on(JV, "titimangsa", day)) == (day >= JV_REDESIGN)
        assert on(JV, "titimangsa", day).split(",")[0].endswith(pasaran(day))
        assert (" - " in on(CEB, "petsa", day)) == (day >= CEB_REDESIGN)
        assert ("WIB" in on(SU, "kaping", day)) == (day >= SU_REDESIGN)
        assert ("هـ" in on(JW, "tarikh", day)) == (day >= JW_REDESIGN)
        assert on(TET, "data", day).startswith("Dili") == (day < TET_REDESIGN)
        assert (" | " in on(BN, "dated", day)) == (day >= BN_REDESIGN)
        assert on(DS, "diposting", day).startswith("Diposting") == (day < DS_REDESIGN)
        assert f"{day.day}日讯" in on(CN, "xunxi", day)
    for key, texts in seen.items():
        assert len(texts) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)


def test_lines_that_turn_every_day_week_or_month() -> None:
    for domain, family in ((PH, "print-edition"), (ID, "jadwal-salat"), (CEB, "swertres"),
                           (BN, "office"), (DS, "pelayanan")):
        assert len(changes(domain, family)) == len(every_day()) - 1, domain
    assert changes(CN, "xunxi") == set(every_day()[1:])
    assert len(changes(JW, "waktu-solat")) >= 1000
    for domain, family, weekday in ((MY, "mingguan", 6), (TG, "langis", 1), (JV, "nomer", 5),
                                    (TET, "radiu", 5)):
        turned = changes(domain, family)
        assert len(turned) >= 300 and all(day.weekday() == weekday for day in turned), domain
    draws = changes(CN, "wanzi")
    assert len(draws) >= 850 and all(day.weekday() in (2, 5, 6) for day in draws)
    assert not any(FOUR_D_PAUSE[0] < day <= FOUR_D_PAUSE[1] for day in draws)
    turned = changes(DS, "posyandu")
    assert len(turned) == 71 and all(day.day == 1 for day in turned)
    assert changes(DS, "apbdes") == {d(y, 1, 1) for y in range(2016, 2021)}
    for day in every_day():
        volume, number = edition(day)
        assert f"Vol. {roman(volume)} No. {number} " in on(PH, "print-edition", day)
        assert f"ke-{sunday_number(day)}," in on(MY, "mingguan", day)
        assert f"episódiu {episode(day)}:" in on(TET, "radiu", day)
        number, _ = issue(day)
        assert f"No. {number}," in on(JV, "nomer", day)
        assert (office_hours(day) or "closed today") in on(BN, "office", day)
        assert (village_hours(day) or "tutup") in on(DS, "pelayanan", day)
        assert ("imsakiyah" in on(ID, "jadwal-salat", day)) == in_ramadan(day)
        assert ("walay draw" in on(CEB, "swertres", day)) == (LOTTO_PAUSE[0] <= day
                                                              <= LOTTO_PAUSE[1])
        first = posyandu_day(day)
        assert (f"tanggal {first}–" if first else "ditiadakan") in on(DS, "posyandu", day)
    assert counts_in(JV, "nomer", r"No\. (\d+),") == {str(n) for n in range(1, 54)}
    assert counts_in(JV, "nomer", r"Taun ([LXVI]+) ") == {roman(n) for n in range(63, 70)}
    assert counts_in(PH, "print-edition", r"Vol\. ([LXVI]+) ") == {
        roman(n) for n in range(28, 35)}
    assert {m for m in counts_in(TG, "langis", r"gasolina (\w+)")} == {"dagdag", "bawas",
                                                                      "walang"}


def test_seasons_turn_on_the_same_days_each_year() -> None:
    for domain, family, days in ((TG, "panahon", {(3, 15), (6, 1), (11, 15)}),
                                 (SU, "usum", {(5, 1), (11, 1)}),
                                 (JW, "tengkujuh", {(3, 1), (11, 1)})):
        turned = changes(domain, family)
        assert {(day.month, day.day) for day in turned} == days, domain
        assert len(turned) == 6 * len(days), domain
    assert "Tag-ulan" in on(TG, "panahon", d(2018, 8, 1))
    assert "ngijih" in on(SU, "usum", d(2018, 1, 10))
    assert "تڠکوجوه" in on(JW, "tengkujuh", d(2018, 12, 20))


def test_notices_follow_the_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
    # The Pasig Courier: votes, the SEA Games, Taal, the quarantines, Holy Week, Undas
    for day in ("2016-05-09", "2019-05-13"):
        assert "Halalan" in on(PH, "notice", iso(day)), day
    assert "Barangay and SK" in on(PH, "notice", d(2018, 5, 14))
    assert "SEA Games" in on(PH, "notice", d(2019, 12, 5))
    assert "Taal" in on(PH, "notice", d(2020, 1, 15))
    assert "enhanced community quarantine" in on(PH, "notice", d(2020, 4, 15))
    assert "MECQ" in on(PH, "notice", d(2020, 8, 10))
    for y in range(2015, 2021):
        if y < 2020:  # the 2020 quarantine notice ran through Holy Week
            assert "Holy Week" in on(PH, "notice", easter(y) - 2 * one), y
        assert "Undas" in on(PH, "notice", d(y, 11, 1)), y
        assert "Christmas" in on(PH, "notice", d(y, 12, 25)), y
    assert counts_in(PH, "notice", r"Happy (\d+)\w\w Independence") == {
        str(n) for n in range(117, 123)}
    # Kabar Cakrawala: regional votes, the 2019 election, the Asian Games, PSBB, feasts
    for day in ("2015-12-09", "2017-02-15", "2018-06-27", "2020-12-09"):
        assert "Pilkada serentak" in on(ID, "ikuti", iso(day)), day
    assert "Putaran kedua" in on(ID, "ikuti", d(2017, 4, 19))
    assert "Pemilu 2019" in on(ID, "ikuti", d(2019, 4, 20))
    assert "Asian Games" in on(ID, "ikuti", d(2018, 8, 25))
    assert "PSBB Jakarta:" in on(ID, "ikuti", d(2020, 5, 1))
    assert "diperketat" in on(ID, "ikuti", d(2020, 9, 20))
    assert all("Ramadan" in on(ID, "ikuti", iso(RAMADAN[y])) for y in range(2015, 2021))
    assert counts_in(ID, "ikuti", r"Idul Fitri (\d+) H") == {str(n) for n in range(1436, 1442)}
    assert counts_in(ID, "ikuti", r"Indonesia ke-(\d+)") == {str(n) for n in range(70, 76)}
    # Suara Semenanjung: three votes, the SEA Games, movement controls, feasts, counts
    assert "PRN Sarawak" in on(MY, "pemberitahuan", d(2016, 5, 6))
    assert "PRU14" in on(MY, "pemberitahuan", d(2018, 5, 9))
    assert "PRN Sabah" in on(MY, "pemberitahuan", d(2020, 9, 25))
    assert "Sukan SEA" in on(MY, "pemberitahuan", d(2017, 8, 25))
    assert "Perintah Kawalan Pergerakan" in on(MY, "pemberitahuan", d(2020, 4, 1))
    assert "PKPB" in on(MY, "pemberitahuan", d(2020, 5, 20))
    assert "Selangor" in on(MY, "pemberitahuan", d(2020, 11, 1))
    for y in range(2015, 2021):
        assert "Aidilfitri" in on(MY, "pemberitahuan", iso(IDUL_FITRI[y])), y
        assert "Gong Xi" in on(MY, "pemberitahuan", iso(CHINESE_NEW_YEAR[y])), y
        assert "Deepavali" in on(MY, "pemberitahuan", iso(DEEPAVALI[y])), y
    assert counts_in(MY, "pemberitahuan", r"Kebangsaan ke-(\d+)") == {
        str(n) for n in range(58, 64)}
    assert counts_in(MY, "pemberitahuan", r"Malaysia ke-(\d+)") == {
        str(n) for n in range(52, 58)}
    # Balitang Kanto: votes, Ompong, Taal, ECQ, Semana Santa, Undas, Kalayaan, Pasko
    assert "Halalan" in on(TG, "paalala", d(2019, 5, 13))
    assert "pambarangay" in on(TG, "paalala", d(2018, 5, 12))
    assert "Ompong" in on(TG, "paalala", d(2018, 9, 15))
    assert "Taal" in on(TG, "paalala", d(2020, 1, 13))
    assert "ECQ" in on(TG, "paalala", d(2020, 4, 20))
    assert all("Semana Santa" in on(TG, "paalala", easter(y) - one) for y in range(2015, 2020))
    assert "ECQ" in on(TG, "paalala", easter(2020) - one)
    assert counts_in(TG, "paalala", r"ika-(\d+) na Araw") == {str(n) for n in range(117, 123)}
    assert all("Pasko" in on(TG, "paalala", d(y, 12, 24)) for y in range(2015, 2021))
    # 槟岛晨报: the 2018 election, movement controls, Chinese New Year, Mid-Autumn, Merdeka
    assert "第14届全国大选" in on(CN, "gonggao", d(2018, 5, 5))
    assert "行动管制令" in on(CN, "gonggao", d(2020, 4, 1))
    for y in range(2015, 2021):
        assert "恭贺新禧" in on(CN, "gonggao", iso(CHINESE_NEW_YEAR[y])), y
        assert "中秋" in on(CN, "gonggao", iso(MID_AUTUMN[y])), y
    assert counts_in(CN, "gonggao", r"独立(\d+)周年") == {str(n) for n in range(58, 64)}
    # Sekar Jagad: votes, 2020, the Javanese new year, Lebaran, counts
    assert "Pilgub Jawa Timur" in on(JV, "wara-wara", d(2018, 6, 25))
    assert "Pemilu" in on(JV, "wara-wara", d(2019, 4, 17))
    assert "ngomah" in on(JV, "wara-wara", d(2020, 4, 15))
    assert counts_in(JV, "wara-wara", r"Warsa Enggal (\d+)") == {str(n) for n in range(1949,
                                                                                        1955)}
    assert all("Riyadi" in on(JV, "wara-wara", iso(IDUL_FITRI[y])) for y in range(2015, 2021))
    assert counts_in(JV, "wara-wara", r"Surabaya kaping (\d+)") == {
        str(n) for n in range(722, 728)}
    # Bantay Sugbo: votes, Ursula, Cebu City's two ECQs, Sinulog, Yolanda, Pasko
    assert "Piniliay" in on(CEB, "pahibalo", d(2016, 5, 8))
    assert "Ursula" in on(CEB, "pahibalo", d(2019, 12, 25))
    assert "ECQ sa Dakbayan" in on(CEB, "pahibalo", d(2020, 4, 10))
    assert "Balik ECQ" in on(CEB, "pahibalo", d(2020, 6, 20))
    assert counts_in(CEB, "pahibalo", r"Sinulog (\d{4})") == {str(y) for y in range(2015, 2021)}
    assert all(f"Sinulog {y}" in on(CEB, "pahibalo", sinulog(y)) for y in range(2015, 2021))
    assert counts_in(CEB, "pahibalo", r"Yolanda: (\d+) ka tuig") == {str(n) for n in
                                                                    range(2, 8)}
    # Sora Parahyangan: votes, PSBB, Lebaran, Mother Language Day, counts
    assert "Pilgub Jabar" in on(SU, "iber", d(2018, 6, 27))
    assert "PSBB Bandung Raya" in on(SU, "iber", d(2020, 5, 1))
    assert all("Boboran Siam" in on(SU, "iber", iso(IDUL_FITRI[y])) for y in range(2015, 2021))
    assert all("Basa Indung" in on(SU, "iber", d(y, 2, 21)) for y in range(2015, 2021))
    assert counts_in(SU, "iber", r"Bandung ka-(\d+)") == {str(n) for n in range(205, 211)}
    # وارتا سرمبي: the 2018 election, the movement control, the Eids, the Hijri new year
    assert "کع-١٤" in on(JW, "makluman", d(2018, 5, 8))
    assert "ڤرينته کاولن" in on(JW, "makluman", d(2020, 4, 1))
    for y in range(2015, 2021):
        assert "عيدالفطري" in on(JW, "makluman", iso(IDUL_FITRI[y])), y
        assert "عيدالأضحى" in on(JW, "makluman", iso(IDUL_ADHA[y])), y
        assert "ڤواسا" in on(JW, "makluman", iso(RAMADAN[y])), y
        assert "هجرة" in on(JW, "makluman", iso(MUHARRAM[y])), y
    # Notísia Loriku: three votes, the state of emergency, national days with counts
    assert "Prezidensiál" in on(TET, "avizu", d(2017, 3, 20))
    assert "Parlamentár:" in on(TET, "avizu", d(2017, 7, 20))
    assert "antesipada" in on(TET, "avizu", d(2018, 5, 12))
    assert "Emerjénsia" in on(TET, "avizu", d(2020, 4, 20))
    assert counts_in(TET, "avizu", r"dala-(\d+)") == {str(n) for n in range(13, 19)}
    assert counts_in(TET, "avizu", r"tinan (\d+)") == {str(n) for n in range(16, 22)}
    assert all("Santa Cruz" in on(TET, "avizu", d(y, 11, 12)) for y in range(2015, 2021))
    assert all("Páskoa" in on(TET, "avizu", easter(y)) for y in range(2015, 2021))
    # Kampong Ayer Post: 2020, National Day, the Sultan's birthday, Ramadan, Hari Raya
    assert "Ministry of Health" in on(BN, "notice", d(2020, 4, 1))
    assert "BruHealth" in on(BN, "notice", d(2020, 6, 1))
    assert counts_in(BN, "notice", r"Happy (\d+)\w\w National Day") == {
        str(n) for n in range(31, 37)}
    assert counts_in(BN, "notice", r"Happy (\d+)\w\w birthday") == {str(n) for n in
                                                                   range(69, 75)}
    assert all("Hari Raya" in on(BN, "notice", iso(IDUL_FITRI[y])) for y in range(2015, 2021))
    # Desa Watugajah Lor: the two votes, 2020, Independence Day races, Lebaran, Sura
    assert "Pemilu" in on(DS, "pengumuman", d(2019, 4, 15))
    assert "Pilkades" in on(DS, "pengumuman", d(2019, 10, 25))
    assert "Posko Covid-19" in on(DS, "pengumuman", d(2020, 5, 1))
    assert "BLT Dana Desa" in on(DS, "pengumuman", d(2020, 9, 1))
    assert counts_in(DS, "pengumuman", r"RI ke-(\d+)") == {str(n) for n in range(70, 76)}
    assert counts_in(DS, "pengumuman", r"Idul Fitri (\d+) H") == {
        str(n) for n in range(1436, 1442)}
    assert all("Merti desa" in on(DS, "pengumuman", iso(MUHARRAM[y])) for y in range(2015,
                                                                                   2021))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (PH, "byline", PH_REDESIGN, "By {author}", "The Pasig Courier"),
        (PH, "notice", d(2017, 9, 4), "Facebook", "Morning Brief"),
        (PH, "digital", d(2018, 1, 15), "₱99", "₱129"),
        (PH, "digital", d(2020, 7, 1), "₱129", "₱149"),
        (ID, "reporter", ID_REDESIGN, "Reporter:", "Editor:"),
        (ID, "ikuti", d(2019, 3, 1), "Google News", "Telegram"),
        (ID, "premium", d(2019, 11, 1), "Unduh", "Rp 30.000"),
        (ID, "premium", d(2020, 9, 1), "Rp 30.000", "Rp 35.000"),
        (MY, "oleh", MY_REDESIGN, "Oleh", "{bandar}"),
        (MY, "pemberitahuan", d(2019, 7, 1), "Facebook", "Telegram"),
        (MY, "harga", d(2018, 1, 1), "RM1.50", "RM2.00"),
        (MY, "langgan", d(2019, 3, 1), "RM9.90", "RM12.90"),
        (TG, "ni", TG_REDESIGN, "Ni {author}", "Ulat ni"),
        (TG, "paalala", d(2018, 8, 1), "Facebook", "YouTube"),
        (TG, "presyo", d(2018, 1, 8), "₱12", "₱15"),
        (TG, "presyo", d(2020, 6, 1), "₱15", "₱18"),
        (CN, "baodao", CN_REDESIGN, "报道：{author}", "（{chengshi}）"),
        (CN, "gonggao", d(2018, 3, 1), "脸书", "App"),
        (CN, "dingyue", d(2019, 1, 1), "RM15", "RM18"),
        (JV, "panganggit", JV_REDESIGN, "Dening:", "Panganggit:"),
        (JV, "wara-wara", d(2019, 6, 10), "Facebook", "digital"),
        (JV, "rega", d(2017, 1, 7), "Rp 7.500", "Rp 8.500"),
        (JV, "rega", d(2019, 7, 6), "Rp 8.500", "Rp 10.000"),
        (CEB, "ni", CEB_REDESIGN, "Ni {author}", "Bantay Sugbo"),
        (CEB, "pahibalo", d(2018, 6, 1), "Facebook", "Viber"),
        (CEB, "presyo", d(2018, 1, 15), "₱10", "₱12"),
        (SU, "ku", SU_REDESIGN, "Ku:", "Éditor:"),
        (SU, "iber", d(2018, 10, 1), "Facebook", "WhatsApp"),
        (SU, "rojong", d(2020, 1, 15), "Rp 10.000", "QRIS"),
        (JW, "makluman", d(2019, 1, 1), "فيسبوک", "تيليݢرام"),
        (JW, "harga", d(2018, 1, 6), "RM1.00", "RM1.20"),
        (TET, "hakerek", TET_REDESIGN, "Jornalista:", "Editór:"),
        (TET, "avizu", d(2019, 9, 2), "Facebook", "WhatsApp"),
        (TET, "apoiu", d(2019, 1, 1), "US$1", "US$2"),
        (BN, "byline", BN_REDESIGN, "By {author}", "Story and pictures"),
        (BN, "notice", d(2018, 6, 1), "Instagram", "WhatsApp"),
        (BN, "classifieds", d(2019, 1, 1), "B$10", "B$12"),
        (DS, "oleh", DS_REDESIGN, "Operator Desa", "{author}"),
        (DS, "pengumuman", d(2019, 4, 1), "datang langsung", "WhatsApp")))
    assert_groups_reworded(SET, (
        (PH, "dated", "Published", "PHT"),
        (PH, "byline", "By ", " - "),
        (ID, "tanggal", "WIB", "/"),
        (ID, "reporter", "Reporter:", "Editor:"),
        (MY, "tarikh", " @ ", " | "),
        (TG, "petsa", ", 20", " - "),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (CN, "riqi", r"\d"), (CN, "gonggao", r"[\u4e00-\u9fff]"),
        (CN, "zhuanzai", r"[\u4e00-\u9fff]"), (CN, "banquan", r"[\u4e00-\u9fff]"),
        (JW, "tarikh", r"[\u0600-\u06ff]"), (JW, "oleh", r"[\u0600-\u06ff]"),
        (JW, "alamat", r"[\u0600-\u06ff]"), (JW, "hakcipta", r"[\u0600-\u06ff]"),
        (JV, "sesanti", r"[\ua980-\ua9df]"), (SU, "mulasara", r"[\u1b80-\u1bbf]")))
    assert any(re.search("[٠-٩]", t) for t in group_lines(SET, JW, "tarikh"))
    assert any(re.search("[0-9]", t) for t in group_lines(SET, JW, "tarikh"))
    pasaran_days = r"\b(?:Legi|Pahing|Pon|Wage|Kliwon)\b"
    assert all(re.search(pasaran_days, t) for t in group_lines(SET, JV, "titimangsa"))
    tetum = r"\b(?:Janeiru|Fevereiru|Marsu|Abríl|Maiu|Juñu|Jullu|Agostu|Setembru|Outubru|" \
            r"Novembru|Dezembru|Dili)\b"
    assert all(re.search(tetum, t) for t in group_lines(SET, TET, "data"))
    tagalog = r"\b(?:Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|" \
              r"Nobyembre|Disyembre)\b"
    assert all(re.search(tagalog, t) for t in group_lines(SET, TG, "petsa"))
    malay = r"\b(?:Jan|Feb|Mac|Apr|Mei|Jun|Jul|Ogo|Sep|Okt|Nov|Dis)"
    assert all(re.search(malay, t) for t in group_lines(SET, MY, "tarikh"))
    sundanese = r"(?:Pébruari|Méi|Séptémber|Nopémber|Désémber|Januari|Maret|April|Juni|Juli|" \
                r"Agustus|Oktober)"
    assert all(re.search(sundanese, t) for t in group_lines(SET, SU, "kaping"))
    assert any("Syawal" in t or "Ramadhan" in t or "Zulhijjah" in t or "Muharram" in t
               for t in group_lines(SET, BN, "dated"))


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{PH}/dated", f"{PH}/byline", f"{PH}/read", f"{PH}/kicker",
                         f"{PH}/dateline", f"{PH}/copyright", f"{ID}/tanggal",
                         f"{ID}/baca-juga", f"{ID}/reporter", f"{MY}/tarikh", f"{MY}/baca",
                         f"{TG}/petsa", f"{CN}/riqi"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{PH}/comments", f"{ID}/dilarang", f"{MY}/penafian", f"{TG}/bawal",
        f"{PH}/first-printed", f"{ID}/hak-cipta"))
    assert_carried_share(docs, PH, [
        ("dated", 0.7, 0.97), ("copyright", 0.25, 0.55), ("read", 0.4, 0.75),
        ("correction", 0.0, 0.1), ("notice", 0.15, 0.5), ("live", 0.0, 0.12)])
    assert_carried_share(docs, ID, [("tanggal", 0.7, 0.97), ("ralat", 0.0, 0.15)])
    for fam in (f"{PH}/read", f"{ID}/baca-juga"):
        assert max(per_doc(docs, fam)) == 2, fam
    for fam in (f"{PH}/photo", f"{ID}/foto"):
        assert max(per_doc(docs, fam)) == 1, fam
    assert_once_per_page(SET, ((PH, "photo"), (ID, "foto"), (MY, "gambar"), (TG, "larawan"),
                               (CN, "xiangguan"), (CN, "tupian"), (JV, "foto"),
                               (CEB, "hulagway"), (SU, "baca-oge"), (SU, "poto"),
                               (JW, "baca"), (JW, "gambar"), (TET, "lee-mos"), (TET, "foto"),
                               (BN, "also-read"), (BN, "picture")))
    cities = {m[1] for t in group_lines(SET, MY, "oleh")
              if (m := re.fullmatch(r"[^|]+ \| (.+)", norm(t)))}
    assert cities and cities <= pool(SET, MY, "bandar")
    datelines = {norm(t).removesuffix(", Philippines —") for t in group_lines(SET, PH,
                                                                               "dateline")}
    assert len(datelines & pool(SET, PH, "city")) >= 4
    counts = {int(m[1]) for t in group_lines(SET, DS, "dibaca")
              if (m := re.search(r"Dibaca (\d+) kali", t))}
    assert len(counts) >= 3


def test_amounts_in_appeals_and_prices() -> None:
    assert "₱1,490 a year" in on(PH, "digital", d(2020, 8, 1))
    assert "Rp 35.000" in on(ID, "premium", d(2020, 10, 1))
    assert "RM2.30" in on(MY, "harga", d(2019, 1, 1))
    assert "RM129 setahun" in on(MY, "langgan", d(2020, 1, 1))
    assert "₱20 sa probinsiya" in on(TG, "presyo", d(2020, 7, 1))
    assert "全年RM180" in on(CN, "dingyue", d(2020, 1, 1))
    assert "Rp 38.000" in on(JV, "rega", d(2020, 1, 1))
    assert "₱14 sa mga lungsod" in on(CEB, "presyo", d(2019, 1, 1))
    assert "Rp 5.000" in on(SU, "rojong", d(2020, 6, 1))
    assert "RM1.20" in on(JW, "harga", d(2019, 1, 1))
    assert "US$2 kada fulan" in on(TET, "apoiu", d(2020, 1, 1))
    assert "B$5 online only" in on(BN, "classifieds", d(2020, 1, 1))
    budgets = [int(m[1].replace(".", "")) for y in range(2015, 2021)
               if (m := re.search(r"Pendapatan Rp ([\d.]+)", on(DS, "apbdes", d(y, 6, 1))))]
    assert len(budgets) == 6 and budgets == sorted(budgets)
    for y in range(2015, 2021):
        income, spending = (int(x.replace(".", "")) for x in re.findall(
            r"Rp ([\d.]+)", on(DS, "apbdes", d(y, 6, 1))))
        assert spending > income, y
    changes_seen = {fuel_change(day, "gasolina") for day in every_day()}
    assert min(changes_seen) < 0 < max(changes_seen) and 0 in changes_seen


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (PH, "correction"), (PH, "live", 17), (PH, "first-printed", 17), (ID, "ralat"),
        (ID, "tayang", 12), (MY, "pembetulan"), (TG, "pagtutuwid"), (CN, "gengzheng"),
        (JV, "pambenering"), (CEB, "pagtul-id"), (SU, "lepat"), (JW, "pembetulan"),
        (TET, "korresaun"), (BN, "correction"), (DS, "perubahan")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{PH}/read", "READ: "), (f"{ID}/baca-juga", "Baca Juga: "), (f"{MY}/baca", "BACA: "),
        (f"{TG}/basahin", "BASAHIN: "), (f"{CN}/xiangguan", "相关新闻："),
        (f"{JV}/waca-uga", "Waca uga: "), (f"{CEB}/basaha", "BASAHA PUD: ")))
    # The partner cross-post names the article's own title.
    crossposts = [(doc.lines[0].text, norm(line.text)) for doc in group_docs(SET, ID)
                  for line in doc.lines if line.label.endswith("/tayang")]
    assert crossposts and sum(title in text for title, text in crossposts) >= (
        0.75 * len(crossposts))


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (PH, "comments", "Comments are moderated. Keep them civil, on topic and free of "
                         "personal attacks."),
        (ID, "dilarang", "Dilarang mengambil dan/atau menayangkan ulang sebagian atau "
                         "keseluruhan artikel ini tanpa izin redaksi."),
        (MY, "penafian", "Penafian: Komen pembaca adalah pandangan peribadi dan tidak mewakili "
                         "pendirian akhbar ini."),
        (TG, "bawal", "Bawal kopyahin o i-repost ang balitang ito nang walang pahintulot."),
        (CN, "zhuanzai", "未经授权，不得转载或摘录本网内容。"),
        (CEB, "gidili", "Gidili ang pagkopya o pag-repost niining balita nga walay "
                        "pagtugot.")))
    assert_group_values_from_pool(SET, (
        (PH, "kicker", "kicker"), (ID, "kanal", "kanal"), (MY, "kategori", "kategori"),
        (TG, "seksiyon", "seksiyon"), (CN, "lanmu", "lanmu"), (JV, "rubrik", "rubrik"),
        (CEB, "seksiyon", "seksiyon"), (SU, "jejer", "jejer"), (JW, "bahagian", "bahagian"),
        (TET, "seksaun", "seksaun"), (BN, "section", "section"), (DS, "kategori",
                                                                  "kategori")))
    for style, family, pattern, pool_name in (
            (PH, "photo", r"^PHOTO: (.+)$", "photo"),
            (ID, "foto", r"^Foto: (.+)$", "foto"),
            (ID, "sumber", r"^Sumber: (.+)$", "sumber"),
            (MY, "gambar", r"^Gambar: (.+)$", "gambar"),
            (MY, "sumber", r"^Sumber: (.+)$", "sumber"),
            (TG, "larawan", r"^Larawan: (.+)$", "larawan"),
            (CN, "tupian", r"^（图：(.+)）$", "tupian"),
            (CEB, "hulagway", r"^Hulagway: (.+)$", "hulagway"),
            (SU, "poto", r"^Poto: (.+)$", "poto")):
        # the style's own pages: a renamed variant credits its own name where the pool
        # holds the site's
        values = [m[1] for doc in planted_docs(SET) if doc.publisher == style
                  for line in doc.lines if label_family(line.label) == family
                  if (m := re.search(pattern, norm(line.text)))]
        assert values and sum(v in pool(SET, style, pool_name) for v in values) >= (
            0.9 * len(values)), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (ID, "dilarang", "Dilarang mengambil dan/atau menayangkan ulang sebagian atau "
                         "keseluruhan artikel ini tanpa izin redaksi."),
        (TG, "bawal", "Bawal kopyahin o i-repost ang balitang ito nang walang pahintulot."),
        (CN, "zhuanzai", "未经授权，不得转载或摘录本网内容。"),
        (CEB, "gidili", "Gidili ang pagkopya o pag-repost niining balita nga walay "
                        "pagtugot."),
        (JV, "sesanti", "ꦩꦼꦩꦪꦸꦲꦪꦸꦤꦶꦁꦧꦮꦤ · Memayu hayuning bawana"),
        (SU, "mulasara", "ᮙᮥᮜᮞᮛ ᮘᮞ ᮞᮥᮔ᮪ᮓ · Mulasara basa Sunda"),
        (TET, "portuges", "Notícias de Timor-Leste em tétum e português"),
        (BN, "permit", "Printed and published under a newspaper permit of Negara Brunei "
                       "Darussalam"),
        (DS, "sistem", "Website desa ini dikelola dengan Sistem Informasi Desa")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        PH: (["comments", "copyright"], 2),
        ID: (["dilarang", "hak-cipta"], 2),
        MY: (["penafian", "hak-cipta"], 2),
        TG: (["bawal", "karapatan"], 2),
        CN: (["zhuanzai", "banquan"], 2),
        JV: (["sesanti", "hak-cipta"], 2),
        CEB: (["gidili", "katungod"], 2),
        SU: (["mulasara", "hak-cipta"], 2),
        JW: (["alamat", "hakcipta"], 2),
        TET: (["portuges", "direitu"], 2),
        BN: (["permit", "copyright"], 2),
        DS: (["hak-cipta", "sistem"], 2)})


def test_hard_negatives_in_the_corpus() -> None:
    docs = planted_docs(SET)
    kinds = Counter(line.label for doc in docs for line in doc.lines)
    assert kinds["negative:quote"] >= 10 and kinds["negative:syndicated"] >= 50
    assert kinds["negative:common"] >= 50
    sizes = Counter(doc.publisher for doc in docs)
    quoting = {doc.publisher for doc in docs for line in doc.lines
               if line.label == "negative:quote"}
    assert PH in quoting and all(sizes[p] >= 30 for p in quoting)
    assert sum(n < 10 for n in sizes.values()) >= 10


def test_first_and_last_days() -> None:
    assert LAST_DAY >= d(2021, 1, 5)
    assert FIRST_DAY == d(2015, 1, 1)
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
