"""The held-back-78 template set (`tests.bench.heldout_templates_78`): its localised dates
(printed day by day, in three numeral systems, one with the Buddhist era that turns on a
full-moon day, one with the five-day market week, several changing form on the day of a
redesign), the lines that turn every day or week (salinity in the dry season, prayer times,
an exchange rate, a gold price), a mill's crushing season, the notices it rewords by date,
the calendars some notices follow (votes, typhoons and cyclones, a volcano, floods and
droughts, a measles epidemic, the 2020 epidemic, lunar new year with the year's name, water
festivals, the fast and the feast, national days with their counts, festivals called off in
2020), the prices and amounts in its lines, the variation it promises, its multi-line
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
from functools import cache, partial

from tests.bench.heldout_calendar import digits
from tests.bench.heldout_templates_78 import (
    FIRST_DAY,
    JAVANESE_WEEKDAYS,
    KH_REDESIGN,
    KHMER_ZERO,
    LAST_DAY,
    MM_UNICODE,
    MY_REDESIGN,
    MYANMAR_ZERO,
    PASARAN,
    PG_REDESIGN,
    PH_REDESIGN,
    VN_REDESIGN,
    buddhist_era,
    can_chi,
    gold_price,
    kb_prayer_times,
    monday_of,
    pasaran,
    riel_rate,
    vn_salinity,
    white_sunday,
)
from tests.bench.planted_real import generate
from tests.heldout_checks import (
    N_BODIES,
    SETS,
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
    bodies,
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

SET = "held-back-78"
SITES = ("Cà Mau Ngày Nay", "Pahayag Lucena", "Gema Kelantan", "Battambang Samay",
         "Mawlamyine Thadinn", "Pawartos Solo", "Tingog Bohol", "Madang Toktok",
         "iTukutuku Labasa", "Tala Fou Apia", "Luang Prabang Khao", "Notísia Baucau")
VN, PH, MY, KH = ("camaungaynay.vn", "pahayaglucena.ph", "gemakelantan.my",
                  "battambangsamay.com.kh")
MM, JV, CB, PG = ("mawlamyinethadinn.com.mm", "pawartossolo.id", "tingogbohol.com.ph",
                  "madangtoktok.com.pg")
FJ, WS, LA, TL = ("itukutukulabasa.com.fj", "talafouapia.ws", "luangprabangkhao.la",
                  "notisiabaucau.tl")

d = dt.date
one = dt.timedelta(days=1)

DAILY = ((VN, "ngay"), (PH, "petsa"), (MY, "tarikh"), (KH, "kalbarichhed"), (MM, "ne-swe"),
         (JV, "tanggal"), (CB, "gipatik"), (PG, "de"), (FJ, "siga"), (WS, "aso"),
         (LA, "van-thi"), (TL, "data"))
PERIODIC = ((VN, "do-man"), (MY, "solat"), (KH, "attra"), (MM, "shwe"))
BANNERS = ((VN, "thong-bao"), (PH, "paalala"), (MY, "makluman"), (KH, "damnoeng"),
           (MM, "kyijyar"), (JV, "wara-wara"), (CB, "pahibalo"), (PG, "toksave"),
           (FJ, "notice"), (WS, "faasilasilaga"), (LA, "paakaat"), (TL, "avizu"))

QUIET = d(2015, 3, 10)  # no notice turns for an event, none reworded yet
FIRST_WORDINGS = {
    VN: "Đường dây nóng: 0290 3 000 000 – Email: toasoan@camaungaynay.vn",
    PH: "I-like at i-follow ang aming Facebook page: Pahayag Lucena",
    MY: "Sukai halaman Facebook kami untuk berita terkini Kelantan",
    KH: "តាមដានយើងខ្ញុំតាម Facebook ដើម្បីទទួលបានព័ត៌មានថ្មីៗ",
    MM: "ကျွန်ုပ်တို့၏ Facebook Page ကို Like လုပ်ပါ",
    JV: "Tindakake Pawartos Solo ing Facebook lan Twitter",
    CB: "Sunda ang Tingog Bohol sa Facebook",
    PG: "Laikim Madang Toktok long Facebook",
    FJ: "Like our Facebook page for news from the North",
    WS: "Mulimuli mai ia i matou i Facebook",
    LA: "ຕິດຕາມພວກເຮົາທາງ Facebook",
    TL: "Misa Domingu: tuku 7 no tuku 9 iha Katedrál Baucau",
}

KHMER = r"[\u1780-\u17ff]"
MYANMAR = r"[\u1000-\u109f]"
LAO = r"[\u0e80-\u0eff]"
JAVANESE = r"[\ua980-\ua9df]"
ARABIC = r"[\u0600-\u06ff]"
VIETNAMESE = r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ]"

on = partial(wording_on, SET)


@cache
def site_names() -> frozenset[str]:
    """The site names of the set's 40 publishers (the styles' and their variants')."""
    spec = SETS[SET]
    corpus = generate(bodies(SET, N_BODIES), spec.styles(), seed=spec.seed)
    return frozenset(p.site for p in corpus.publishers)


def days_with(domain: str, family: str, mark: str) -> set[dt.date]:
    """The days from 2015 to 2020 whose wording of the family holds `mark`."""
    return {day for day in every_day() if mark in on(domain, family, day)}


def test_look_ups_agree_with_the_generator() -> None:
    assert_look_ups_agree(SET, DAILY + PERIODIC + BANNERS + ((FJ, "mill"),), (
        d(2015, 1, 1), QUIET, d(2016, 3, 20), d(2018, 7, 29), d(2019, 10, 1),
        d(2019, 12, 1), d(2020, 4, 14), LAST_DAY))


def test_calendar_helpers() -> None:
    assert can_chi(2015) == "Ất Mùi" and can_chi(2020) == "Canh Tý"
    assert can_chi(2018) == "Mậu Tuất"
    assert pasaran(d(1945, 8, 17)) == "Legi"
    assert [pasaran(FIRST_DAY + k * one) for k in range(6)][0] == pasaran(FIRST_DAY + 5 * one)
    assert len({pasaran(FIRST_DAY + k * one) for k in range(5)}) == 5
    assert buddhist_era(d(2019, 5, 17)) == 2562 and buddhist_era(d(2019, 5, 18)) == 2563
    assert white_sunday(2019) == d(2019, 10, 13) and white_sunday(2020) == d(2020, 10, 11)
    assert digits(2016, KHMER_ZERO) == "២០១៦" and digits(2016, MYANMAR_ZERO) == "၂၀၁၆"
    for day in every_day():
        assert riel_rate(day) == riel_rate(monday_of(day))
        assert gold_price(day) == gold_price(monday_of(day))
        assert (vn_salinity(day) is None) == (day.month > 5)
    assert gold_price(d(2020, 9, 7)) > gold_price(d(2015, 9, 7)) + 400_000
    dry = [vn_salinity(day) for day in every_day() if day.month == 4]
    assert all(v is not None and v > 5 for v in dry)
    peak = max(vn_salinity(day) or 0 for day in every_day() if day.year == 2016)
    usual = max(vn_salinity(day) or 0 for day in every_day() if day.year == 2017)
    assert peak > usual + 8
    zohor = [kb_prayer_times(day)[1] for day in every_day()]
    assert 12 * 60 + 50 < min(zohor) and max(zohor) < 13 * 60 + 35
    for times in (kb_prayer_times(day) for day in every_day()[:400]):
        assert list(times) == sorted(times)


def test_localised_dates_and_times() -> None:
    old, new = d(2016, 3, 5), d(2020, 6, 19)  # a Saturday, a Friday

    def full(domain: str, family: str, day: dt.date, pattern: str) -> None:
        text = rendered(SET, domain, family, day)
        assert re.fullmatch(pattern, text), (domain, family, text)

    full(VN, "ngay", old, r"Thứ Bảy, 05/03/2016 \d\d:\d\d \(GMT\+7\)")
    full(VN, "ngay", new, r"Cập nhật: \d\d:\d\d ngày 19/6/2020")
    full(PH, "petsa", old, "Sabado, Marso 5, 2016")
    full(PH, "petsa", new, r"Inilathala: Hunyo 19, 2020 \| \d\d?:\d\d [AP]M")
    full(MY, "tarikh", old, "Sabtu, 5 Mac 2016")
    full(MY, "tarikh", new, r"Jumaat, 19 Jun 2020 @ \d\d:\d\d")
    full(KH, "kalbarichhed", old, "ថ្ងៃសៅរ៍ ទី៥ ខែមីនា ឆ្នាំ២០១៦")
    full(KH, "kalbarichhed", new, "ថ្ងៃសុក្រ ទី១៩ ខែមិថុនា ឆ្នាំ២០២០ ព.ស. ២៥៦៤")
    full(KH, "kalbarichhed", d(2020, 3, 6), "ថ្ងៃសុក្រ ទី៦ ខែមីនា ឆ្នាំ២០២០ ព.ស. ២៥៦៣")
    full(MM, "ne-swe", old, "၂၀၁၆ ခုနှစ်၊ မတ်လ ၅ ရက်")
    full(MM, "ne-swe", new, r"19\.06\.2020 \| \d\d:\d\d")
    full(JV, "tanggal", old, f"Setu {pasaran(old)}, 5 Maret 2016")
    full(JV, "tanggal", new, rf"Kaunggah 19/06/2020 \d\d:\d\d WIB · {pasaran(new)}")
    full(CB, "gipatik", new, "Gipatik: Biyernes, Hunyo 19, 2020")
    full(PG, "de", old, "Sarere, 5 Mas 2016")
    full(PG, "de", new, "Madang, 19 Jun 2020")
    full(FJ, "siga", new, "Vakaraubuka, 19 June 2020")
    full(WS, "aso", old, "Aso To'ana'i, 5 Mati 2016")
    full(LA, "van-thi", new, "ວັນສຸກ ທີ 19 ມິຖຸນາ 2020")
    full(TL, "data", old, "Baucau, Sábadu 5 Marsu 2016")
    full(JV, "panyerat", new, "Pawartos: Ada Brook \\| Redaktur: Ada Brook")
    full(MY, "oleh", new, r"Teks: Ada Brook \| Foto: .+")


def test_dates_printed_day_by_day_are_each_days_own() -> None:
    for day in every_day():
        wd = day.weekday()
        vn = on(VN, "ngay", day)
        assert vn.endswith("(GMT+7)") == (day < VN_REDESIGN), vn
        ph = on(PH, "petsa", day)
        assert ph.startswith("Inilathala: ") == (day >= PH_REDESIGN), ph
        assert ("{time}" in on(MY, "tarikh", day)) == (day >= MY_REDESIGN)
        kh = on(KH, "kalbarichhed", day)
        assert not re.search(r"[0-9]", kh) and ("ព.ស." in kh) == (day >= KH_REDESIGN), kh
        assert digits(day.day, KHMER_ZERO) in kh
        mm = on(MM, "ne-swe", day)
        assert (re.search(r"[0-9]", mm) is None) == (day < MM_UNICODE), mm
        jv = on(JV, "tanggal", day)
        assert pasaran(day) in jv, jv
        if "Kaunggah" not in jv:
            assert jv.startswith(f"{JAVANESE_WEEKDAYS[wd]} {pasaran(day)}, "), jv
        assert on(PG, "de", day).startswith("Madang, ") == (day >= PG_REDESIGN)
    for key in DAILY:
        assert len({on(*key, day) for day in every_day()}) == len(every_day()), key
    for style, family in DAILY[:5]:
        assert len({norm(t) for t in group_lines(SET, style, family)}) >= 8, (style, family)
    days = Counter(re.search("|".join(PASARAN), t)[0] for t in group_lines(SET, JV, "tanggal"))
    assert len(days) >= 3
    eras = {m[0] for t in group_lines(SET, KH, "kalbarichhed") if (m := re.search("ព.ស.", t))}
    assert eras


def test_lines_that_turn_with_the_day_the_week_and_the_season() -> None:
    salty = days_with(VN, "do-man", "‰")
    assert salty and all(day.month <= 5 for day in salty)
    assert len({on(VN, "do-man", day) for day in salty}) >= 200
    assert on(VN, "do-man", d(2018, 8, 1)) == "Bản tin độ mặn sẽ trở lại vào mùa khô"
    assert re.search(r": \d+,\d‰$", on(VN, "do-man", d(2020, 4, 2)))
    prayer = {on(MY, "solat", day) for day in every_day()}
    assert len(prayer) >= 80
    for domain, family in ((KH, "attra"), (MM, "shwe")):
        turns = {day for day in every_day()
                 if on(domain, family, day) != on(domain, family, day - one)}
        assert turns and all(day.weekday() == 0 for day in turns) and len(turns) >= 150
    assert digits(riel_rate(d(2019, 6, 21)), KHMER_ZERO) in on(KH, "attra", d(2019, 6, 21))
    assert not re.search(r"[0-9]", on(MM, "shwe", d(2019, 6, 21)))
    assert "Labasa Mill is taking cane" in on(FJ, "mill", d(2018, 8, 1))
    assert "closed for maintenance" in on(FJ, "mill", d(2018, 3, 1))
    assert "finished crushing" in on(FJ, "mill", d(2018, 12, 1))
    assert "closed for maintenance" in on(FJ, "mill", d(2020, 6, 20))  # a late start in 2020
    assert "taking cane" in on(FJ, "mill", d(2020, 6, 29))


def test_notices_follow_their_calendars() -> None:
    for domain, family in BANNERS:
        assert on(domain, family, QUIET) == FIRST_WORDINGS[domain], domain
        assert len({on(domain, family, day) for day in every_day()}) >= 4, domain
    for domain, family, pattern, counts in (
            # the 2016 drought notice outranked the forty-first reunification day
            (VN, "thong-bao", r"Kỷ niệm (\d+) năm", {"40", "42", "43", "44", "45"}),
            (VN, "thong-bao", r"Xuân (\S+ \S+)", {can_chi(y) for y in range(2015, 2021)}),
            (PH, "paalala", r"ika-(\d+) Araw", {"117", "118", "119", "120", "121", "122"}),
            (MY, "makluman", r"Kebangsaan ke-(\d+)", {"58", "59", "60", "61", "62", "63"}),
            (JV, "wara-wara", r"kaping (\d+)", {"70", "71", "72", "73", "74", "75"}),
            (CB, "pahibalo", r"(\d+) ka tuig", {"2", "3", "4", "5", "6", "7"}),
            (PG, "toksave", r"Hepi (\d+) yia", {"40", "41", "42", "43", "44", "45"}),
            (FJ, "notice", r"Day! (\d+) years", {"45", "46", "47", "48", "49", "50"}),
            # the 2020 emergency outranked the fifty-eighth independence day
            (WS, "faasilasilaga", r"le (\d+) tausaga", {"53", "54", "55", "56", "57"}),
            (LA, "paakaat", r"ຄົບຮອບ (\d+) ປີ", {"40", "41", "42", "43", "44", "45"}),
            # the 2020 emergency outranked the eighteenth anniversary
            (TL, "avizu", r"tinan (\d+)", {"13", "14", "15", "16", "17"})):
        seen = {m[1] for day in every_day() if (m := re.search(pattern, on(domain, family,
                                                                           day)))}
        assert seen == counts, (domain, family, seen)
    khmer = {m[0] for day in every_day()
             if (m := re.search(r"ខួប(\S+)ឆ្នាំ", on(KH, "damnoeng", day)))}
    assert khmer == {f"ខួប{digits(n, KHMER_ZERO)}ឆ្នាំ" for n in range(62, 68)}
    burmese = {m[1] for day in every_day()
               if (m := re.search(r"🇲🇲 (\S+) နှစ်မြောက်", on(MM, "kyijyar", day)))}
    assert burmese == {digits(n, MYANMAR_ZERO) for n in range(67, 73)}
    assert "Bagyong Nina" in on(PH, "paalala", d(2016, 12, 25))
    assert "Bagyong Rolly" in on(PH, "paalala", d(2020, 11, 1))
    assert "Walang Pahiyas" in on(PH, "paalala", d(2020, 5, 14))
    assert "Pahiyas Festival 2019" in on(PH, "paalala", d(2019, 5, 14))
    assert "ECQ" in on(PH, "paalala", d(2020, 4, 1))
    assert "Hạn mặn" in on(VN, "thong-bao", d(2016, 4, 1))
    assert "Chỉ thị 16" in on(VN, "thong-bao", d(2020, 4, 10))
    assert "Bah kuning" in on(MY, "makluman", d(2015, 1, 5))
    assert "Salam Ramadan" in on(MY, "makluman", d(2019, 5, 20))
    assert "Aidilfitri" in on(MY, "makluman", d(2019, 6, 6))
    assert "PRU14" in on(MY, "makluman", d(2018, 5, 9))
    assert "ពន្យារពេល" in on(KH, "damnoeng", d(2020, 4, 14))
    assert "សួស្តីឆ្នាំថ្មី" in on(KH, "damnoeng", d(2019, 4, 14))
    assert "ភ្ជុំបិណ្ឌ" in on(KH, "damnoeng", d(2018, 10, 9))
    assert "မကျင်းပပါ" in on(MM, "kyijyar", d(2020, 4, 14))
    assert "မင်္ဂလာ သင်္ကြန်" in on(MM, "kyijyar", d(2019, 4, 14))
    assert "ရေကြီး" in on(MM, "kyijyar", d(2018, 8, 1))
    assert "dibatalake" in on(JV, "wara-wara", d(2020, 8, 20))
    assert "Kraton" in on(JV, "wara-wara", d(2018, 9, 11))
    assert "KLB Corona" in on(JV, "wara-wara", d(2020, 4, 1))
    assert "Manam" in on(PG, "toksave", d(2019, 2, 1))
    assert "Winston" in on(FJ, "notice", d(2016, 3, 1))
    assert "Yasa" in on(FJ, "notice", d(2020, 12, 20))
    assert "Diwali" in on(FJ, "notice", d(2017, 10, 19))
    assert "Mīsela" in on(WS, "faasilasilaga", d(2019, 12, 1))
    assert "Aso Sā a Tamaiti" in on(WS, "faasilasilaga", white_sunday(2018))
    assert "ບໍ່ມີງານບຸນ" in on(LA, "paakaat", d(2020, 4, 15))
    assert "ຊ່ວງເຮືອ" in on(LA, "paakaat", d(2019, 8, 30))
    assert "antesipada" in on(TL, "avizu", d(2018, 5, 10))


def test_notices_reworded_over_the_years() -> None:
    assert_reworded_on(SET, (
        (VN, "tac-gia", d(2019, 4, 1), "{author}", "Bài, ảnh"),
        (VN, "xem-them", d(2019, 4, 1), "Xem thêm", ">> "),
        (VN, "ban-quyen", d(2017, 1, 3), "Bản quyền", "Ghi rõ nguồn"),
        (VN, "giay-phep", d(2019, 6, 20), "45/GP-BTTTT", "312/GP-BTTTT"),
        (VN, "thong-bao", d(2018, 9, 10), "Đường dây nóng", "Zalo"),
        (PH, "ni", d(2018, 1, 8), "Ni {reporter}", "Ulat ni"),
        (PH, "basahin", d(2019, 7, 1), "BASAHIN:", "BASAHIN DIN ➤"),
        (PH, "presyo", d(2018, 1, 4), "₱10", "₱12"),
        (PH, "presyo", d(2020, 1, 4), "₱12", "₱15"),
        (PH, "karapatan", d(2017, 6, 12), "Karapatang-ari", "Lahat ng karapatan"),
        (MY, "oleh", d(2018, 5, 10), "Oleh", "Teks:"),
        (MY, "baca-juga", d(2019, 9, 2), "BACA JUGA", "Baca juga »"),
        (MY, "hakcipta", d(2019, 1, 2), "Gema Kelantan", "Dilarang"),
        (KH, "author", d(2017, 4, 3), "អត្ថបទ៖", "ដោយ៖"),
        (KH, "rokkhasith", d(2019, 1, 7), "© {year}", "រក្សាសិទ្ធិ"),
        (MM, "font", d(2019, 10, 1), "Zawgyi", "[ Unicode ]"),
        (MM, "thadinn", d(2018, 1, 4), "သတင်း - ", "သတင်းနှင့်ဓာတ်ပုံ"),
        (MM, "copyright", d(2017, 1, 4), "© {year}", "မူပိုင်ခွင့်"),
        (JV, "panyerat", d(2017, 8, 14), "Panyerat", "Redaktur"),
        (JV, "hak-cipta", d(2018, 1, 8), "© {year}", "Sedaya hak"),
        (CB, "sinulat", d(2018, 4, 2), "Ni {author}", "Sinulat ni"),
        (CB, "katungod", d(2019, 7, 22), "© {year}", "Gitagana"),
        (PG, "stori", d(2019, 2, 4), "Stori: ", "Stori na piksa"),
        (FJ, "vola", d(2018, 6, 4), "Vola o", "Ripote"),
        (FJ, "copyright", d(2019, 10, 10), "© {year}", "Vanua Levu"),
        (WS, "tusia", d(2017, 6, 1), "Tusia e", "Tala ma ata"),
        (WS, "copyright", d(2020, 1, 6), "© {year}", "aia tatau"),
        (LA, "khao", d(2018, 12, 3), "ຂ່າວ: ", "ແລະ ພາບ"),
        (TL, "hakerek", d(2018, 6, 4), "Hakerek na'in", "Jornalista"),
        (TL, "direitu", d(2019, 5, 20), "Todos os direitos", "Direitu hotu"),
        (TL, "avizu", d(2018, 6, 4), "tuku 7", "tuku 6:30")))
    assert_groups_reworded(SET, (
        (VN, "ngay", "(GMT+7)", "Cập nhật"),
        (PH, "petsa", "Sabado, ", "Inilathala"),
        (VN, "xem-them", "Xem thêm", ">> "),
        (MY, "baca-juga", "BACA JUGA", "Baca juga »"),
    ))


def test_several_languages_and_scripts() -> None:
    assert_groups_in_script(SET, (
        (VN, "muc", VIETNAMESE + "|Thời|Kinh"), (VN, "tin-lien-quan", "LIÊN"),
        (KH, "kalbarichhed", KHMER), (KH, "anbonthem", KHMER), (KH, "attra", KHMER),
        (MM, "ne-swe", MYANMAR + "|[0-9]"), (MM, "saspat", MYANMAR), (MM, "shwe", MYANMAR),
        (LA, "van-thi", LAO), (LA, "an-toem", LAO), (JV, "aksara", JAVANESE),
        (MY, "jawi", ARABIC)))
    assert not any(re.search(r"[0-9]", t) for t in group_lines(SET, KH, "kalbarichhed"))
    burmese = group_lines(SET, MM, "ne-swe")
    assert any(re.search(r"[0-9]", t) for t in burmese)
    assert any(not re.search(r"[0-9]", t) for t in burmese)


def test_variation_and_shares() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_varied(fams, (f"{VN}/ngay", f"{VN}/xem-them", f"{VN}/tac-gia", f"{VN}/muc",
                         f"{VN}/anh", f"{VN}/lien-quan", f"{PH}/petsa", f"{PH}/basahin",
                         f"{PH}/ni", f"{MY}/tarikh", f"{MY}/solat"))
    assert_more_texts_than_wordings(SET, fams, (
        f"{VN}/ban-quyen", f"{VN}/giay-phep", f"{VN}/tin-lien-quan", f"{PH}/karapatan",
        f"{PH}/tanggapan", f"{PH}/presyo", f"{MY}/hakcipta", f"{MY}/pejabat"))
    assert_carried_share(docs, VN, [
        ("ngay", 0.65, 0.95), ("tac-gia", 0.45, 0.75), ("xem-them", 0.35, 0.7),
        ("trieu-cuong", 0.0, 0.1)])
    assert_carried_share(docs, PH, [("petsa", 0.6, 0.9), ("paalala", 0.15, 0.45)])
    for fam in (f"{VN}/xem-them", f"{PH}/basahin", f"{MY}/baca-juga"):
        assert max(per_doc(docs, fam)) == 2, fam
    assert_once_per_page(SET, ((VN, "anh"), (PH, "larawan"), (MY, "foto"), (KH, "rupheap"),
                               (MM, "dattpon"), (JV, "foto"), (CB, "hulagway"), (PG, "piksa"),
                               (FJ, "photo"), (WS, "ata"), (LA, "phap")))
    reporters = {m[1] for t in group_lines(SET, PH, "ni")
                 if (m := re.fullmatch(r"(?:Ulat n|N)i (.+)", norm(t)))}
    assert len(reporters) >= 2 and reporters <= pool(SET, PH, "reporter")
    assert all(r == r.upper() for r in reporters)
    # the author's name alone at the foot of a Vietnamese article
    bare = [t for t in group_lines(SET, VN, "tac-gia") if not t.startswith("Bài")]
    assert len(bare) >= 20 and all(len(t.split()) <= 4 for t in bare)


def test_amounts_and_prices() -> None:
    for style, family, pattern, pool_name in (
            (MY, "sumbangan", r"sumbang RM(\d+) kepada", "ringgit"),
            (JV, "nyengkuyung", r"transfer Rp([\d.]+) menyang", "nominal"),
            (PG, "sapotim", r"salim K(\d+) long", "kina")):
        amounts = [m[1] for t in group_lines(SET, style, family) if (m := re.search(pattern, t))]
        assert amounts and set(amounts) <= pool(SET, style, pool_name), (style, family)
        assert len(group_lines(SET, style, family)) - len(amounts) <= 2, (style, family)
    prices = {year: on(PH, "presyo", d(year, 6, 1)) for year in range(2015, 2021)}
    assert "₱10" in prices[2017] and "₱12" in prices[2019] and "₱15" in prices[2020]
    assert "na lamang" not in prices[2016] and "na lamang" in prices[2018]


def test_rare_families_sit_on_a_handful_of_pages() -> None:
    assert_rare_families(SET, (
        (VN, "trieu-cuong"), (PH, "walang-pasok"), (MY, "amaran"), (KH, "tuk-chumnon"),
        (MM, "lann-pate"), (JV, "merapi"), (CB, "barko"), (PG, "rot"), (FJ, "flood"),
        (WS, "tsunami"), (LA, "mae-nam"), (TL, "estrada")))


def test_titles_in_lines() -> None:
    docs = planted_docs(SET)
    fams = by_family(docs)
    assert_links_to_other_titles(docs, fams, (
        (f"{KH}/anbonthem", "អានបន្ថែម៖ "), (f"{MM}/saspat", "ဆက်စပ်သတင်း - "),
        (f"{JV}/waca", "Waca uga: "), (f"{CB}/basaha", "BASAHA SAB: "),
        (f"{PG}/ritim", "Ritim tu: ")))
    titles = {doc.lines[0].text for doc in docs}
    for fam, prefixes in ((f"{VN}/xem-them", ("Xem thêm: ", ">> ")),
                          (f"{PH}/basahin", ("BASAHIN: ", "BASAHIN DIN ➤ ")),
                          (f"{MY}/baca-juga", ("BACA JUGA: ", "Baca juga » "))):
        texts = [norm(t) for t in fams[fam]]
        assert texts and sum(t.startswith(prefixes) for t in texts) >= 0.9 * len(texts), fam
        linked = {t.removeprefix(p) for t in texts for p in prefixes if t.startswith(p)}
        assert linked & titles, fam
    # the bare related titles: other articles' titles, never the article's own
    related = [(doc.lines[0].text, line.text) for doc in docs for line in doc.lines
               if line.label == f"boilerplate:{VN}/lien-quan"]
    assert len(related) >= 20
    assert all(own != norm(text) for own, text in related)
    assert sum(norm(text) in titles for _, text in related) >= 0.9 * len(related)


def test_bare_lines_pools_and_sources() -> None:
    assert_groups_mostly_bare(SET, (
        (VN, "tin-lien-quan", "TIN LIÊN QUAN"), (MY, "jawi", "سوارا رعيت کلنتن"),
        (JV, "aksara", "ꦥꦮꦂꦠꦺꦴꦱ꧀ ꦱꦺꦴꦭꦺꦴ"), (CB, "ipaambit", "Ipaambit kini nga istorya"),
        (PG, "tenkyu", "Tenkyu long ridim stori!"), (FJ, "bula", "Ni sa bula vinaka!"),
        (FJ, "vinaka", "Vinaka vakalevu for reading"), (WS, "talofa", "Talofa lava!"),
        (LA, "english", "Read in English »"), (TL, "obrigadu", "Obrigadu barak ba lee!")))
    for style, family, pattern, pool_name in (
            (VN, "muc", r"^(.+)$", "muc"),
            (VN, "anh", r"^Ảnh: (.+)$", "anh"),
            (PH, "kicker", r"^(.+)$", "kicker"),
            (PH, "larawan", r"^Larawan mula sa (.+)$", "larawan"),
            (MY, "ruangan", r"^(.+)$", "ruangan"),
            (MY, "foto", r"^— Foto (.+)$", "foto"),
            (KH, "pheak", r"^(.+)$", "pheak"),
            (KH, "rupheap", r"^រូបភាព៖ (.+)$", "rupheap"),
            (MM, "kangar", r"^(.+)$", "kangar"),
            (MM, "dattpon", r"^ဓာတ်ပုံ - (.+)$", "dattpon"),
            (JV, "rubrik", r"^(.+)$", "rubrik"),
            (JV, "foto", r"^Foto: (.+)$", "foto"),
            (CB, "seksyon", r"^(.+)$", "seksyon"),
            (CB, "hulagway", r"^Hulagway: (.+)$", "hulagway"),
            (FJ, "photo", r"^Photo: (.+)$", "photo"),
            (PG, "piksa", r"^Piksa: (.+)$", "piksa"),
            (WS, "ata", r"^Ata: (.+)$", "ata"),
            (LA, "phap", r"^ພາບ: (.+)$", "phap")):
        values = [m[1] for t in group_lines(SET, style, family)
                  if (m := re.search(pattern, norm(t)))]
        known = pool(SET, style, pool_name) | site_names()  # a variant credits itself
        assert values and sum(v in known for v in values) >= 0.9 * len(values), (style, family)


def test_sister_sites_share_the_lines_without_the_name() -> None:
    assert_sister_sites_share(SET, (
        (VN, "tin-lien-quan", "TIN LIÊN QUAN"), (MY, "jawi", "سوارا رعيت کلنتن"),
        (PH, "opinyon", "Ang mga pananaw sa kolum na ito ay sa may-akda lamang at hindi ng "
                        "pahayagang ito.")))


def test_renamed_variants_carry_their_own_site_name() -> None:
    assert_variants_drop_site_names(SET, SITES, min_lines=250)


def test_multi_line_blocks_stay_together() -> None:
    assert_group_blocks_stay_together(SET, {
        VN: (["tin-lien-quan", "lien-quan"], 2), PH: (["karapatan", "tanggapan"], 2),
        MY: (["jawi", "sumbangan", "penafian", "hakcipta", "pejabat"], 3),
        KH: (["rokkhasith", "asayathan"], 2), MM: (["copyright", "office"], 2),
        JV: (["nyengkuyung", "hak-cipta", "kantor"], 2), CB: (["katungod", "opisina"], 2),
        PG: (["sapotim", "copyright", "opis"], 2), FJ: (["copyright", "office"], 2),
        WS: (["copyright", "ofisa"], 2), LA: (["copyright", "hongkan"], 2),
        TL: (["direitu", "paroquia"], 2)})


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
    for domain, family in DAILY:
        assert on(domain, family, LAST_DAY) != on(domain, family, LAST_DAY - one)
        assert on(domain, family, FIRST_DAY) == template(SET, domain, family, d(2014, 6, 1))
