"""The ``held-back-78`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-76 set
(`tests.bench.heldout_templates_76`). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r`` style
``r mod 12``, the later ones as renamed variants); each style's docstring says what it prints.
Renamed variants of a style keep the lines that do not name the site, so sister sites share a
network footer. The publishers are from Southeast Asia and the Pacific, large and small: a
Vietnamese provincial daily in Cà Mau, a Tagalog tabloid in Lucena, a Malay paper in Kota
Bharu with a Jawi line, a Khmer site in Battambang (Khmer numerals, the Buddhist era), a
Burmese site in Mawlamyine (Myanmar numerals, a font switch), a Javanese site in Surakarta
(dated by the five-day market week, an aksara Jawa line), a Cebuano site in Tagbilaran, a
Tok Pisin site in Madang, a Fijian and English site in Labasa, a Samoan site in Apia, a Lao
site in Luang Prabang and a Tetum parish bulletin in Baucau. The families are the kinds a
crawl of such sites holds: dates localised day by day (in three numeral systems, one with the
Buddhist era that turns on a full-moon day, one with the market day, several changing form on
the day of a redesign), lines that turn every day or week (salinity in the dry season, prayer
times, an exchange rate, a gold price), the seasons (a sugar mill's crushing season), bylines
of many shapes (names in capitals, two names, the author's name alone at the foot), bare
related-title lines under a heading, read-also links (some up to two times), photo credits,
sources, the paper's price rising over the years, donation appeals in ringgit, kina and
rupiah, messenger appeals, notices reworded in 2016-2020, notices that follow a calendar
(votes, typhoons and cyclones, a volcano, floods, droughts, an epidemic of measles, the 2020
epidemic and its lockdowns, lunar new year with the year's name, water festivals, the fast
and the feasts, national days with their counts, festivals called off in 2020), multi-line
blocks, mid-body inserts, bare lines, and families in only 4% of articles beside ones in
nearly all. The hard negatives (statements quoted in several articles, syndicated copies,
stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, digits, nth_weekday
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _iso_day
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import span as _span
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable, _seasons = _PERIOD.movable, _PERIOD.seasons

VIETNAMESE_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
                       "Chủ Nhật")
CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")
TAGALOG_WEEKDAYS = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado",
                    "Linggo")
TAGALOG_MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
                  "Setyembre", "Oktubre", "Nobyembre", "Disyembre")
CEBUANO_WEEKDAYS = ("Lunes", "Martes", "Miyerkoles", "Huwebes", "Biyernes", "Sabado",
                    "Dominggo")
CEBUANO_MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
                  "Septiyembre", "Oktubre", "Nobiyembre", "Disyembre")
MALAY_WEEKDAYS = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
MALAY_MONTHS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos",
                "September", "Oktober", "November", "Disember")
KHMER_WEEKDAYS = ("ថ្ងៃចន្ទ", "ថ្ងៃអង្គារ", "ថ្ងៃពុធ", "ថ្ងៃព្រហស្បតិ៍", "ថ្ងៃសុក្រ", "ថ្ងៃសៅរ៍",
                  "ថ្ងៃអាទិត្យ")
KHMER_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា",
                "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ")
KHMER_ZERO = "០"
MYANMAR_MONTHS = ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်",
                  "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ")
MYANMAR_ZERO = "၀"
JAVANESE_WEEKDAYS = ("Senen", "Selasa", "Rebo", "Kemis", "Jemuwah", "Setu", "Minggu")
PASARAN = ("Legi", "Pahing", "Pon", "Wage", "Kliwon")
INDONESIAN_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                     "Agustus", "September", "Oktober", "November", "Desember")
TOK_PISIN_WEEKDAYS = ("Mande", "Tunde", "Trinde", "Fonde", "Fraide", "Sarere", "Sande")
TOK_PISIN_MONTHS = ("Janueri", "Februeri", "Mas", "Epril", "Me", "Jun", "Julai", "Ogas",
                    "Septemba", "Oktoba", "Novemba", "Disemba")
FIJIAN_WEEKDAYS = ("Moniti", "Tusiti", "Vukelulu", "Lotulevu", "Vakaraubuka", "Vakarauwai",
                   "Sigatabu")
FIJIAN_MONTHS = ("Janueri", "Feperueri", "Maji", "Epereli", "Me", "June", "Julai", "Okosita",
                 "Seviteba", "Okotova", "Noveba", "Tiseba")
SAMOAN_WEEKDAYS = ("Aso Gafua", "Aso Lua", "Aso Lulu", "Aso Tofi", "Aso Faraile",
                   "Aso To'ana'i", "Aso Sā")
SAMOAN_MONTHS = ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso",
                 "Setema", "Oketopa", "Novema", "Tesema")
LAO_WEEKDAYS = ("ວັນຈັນ", "ວັນອັງຄານ", "ວັນພຸດ", "ວັນພະຫັດ", "ວັນສຸກ", "ວັນເສົາ", "ວັນອາທິດ")
LAO_MONTHS = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ",
              "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ")
TETUM_WEEKDAYS = ("Segunda", "Tersa", "Kuarta", "Kinta", "Sesta", "Sábadu", "Domingu")
TETUM_MONTHS = ("Janeiru", "Fevereiru", "Marsu", "Abríl", "Maiu", "Juñu", "Jullu", "Agostu",
                "Setembru", "Outubru", "Novembru", "Dezembru")

# Movable days as the sites' readers kept them that year.
TET = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
       2019: "2019-02-05", 2020: "2020-01-25"}
RAMADAN = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
           2019: "2019-05-06", 2020: "2020-04-24"}
AIDILFITRI = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
              2019: "2019-06-05", 2020: "2020-05-24"}
VISAK_BOCHEA = {2015: "2015-05-02", 2016: "2016-05-20", 2017: "2017-05-10",
                2018: "2018-04-29", 2019: "2019-05-18", 2020: "2020-05-06", 2021: "2021-05-26"}
PCHUM_BEN = {2015: "2015-10-12", 2016: "2016-09-30", 2017: "2017-09-20", 2018: "2018-10-09",
             2019: "2019-09-28", 2020: "2020-09-17"}
THADINGYUT = {2015: "2015-10-27", 2016: "2016-10-16", 2017: "2017-10-05", 2018: "2018-10-24",
              2019: "2019-10-13", 2020: "2020-10-31"}
SURA_EVE = {2015: "2015-10-14", 2016: "2016-10-02", 2017: "2017-09-21", 2018: "2018-09-11",
            2019: "2019-08-31", 2020: "2020-08-20"}
DIWALI = {2015: "2015-11-11", 2016: "2016-10-30", 2017: "2017-10-19", 2018: "2018-11-07",
          2019: "2019-10-27", 2020: "2020-11-14"}
BOAT_RACES_LP = {2015: "2015-09-12", 2016: "2016-09-01", 2017: "2017-08-22",
                 2018: "2018-09-09", 2019: "2019-08-30", 2020: "2020-08-19"}


def wobble(day: dt.date, salt: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, fixed for `day` and `salt`."""
    return low + zlib.crc32(f"{day.isoformat()}/{salt}".encode()) % (high - low + 1)


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week."""
    return day - dt.timedelta(days=day.weekday())


# --- a Vietnamese provincial daily (Cà Mau) --------------------------------------------------

VN_REDESIGN = dt.date(2018, 3, 5)
VN_ZALO = dt.date(2018, 9, 10)
VN_AUTHOR = dt.date(2019, 4, 1)
VN_LINKS = dt.date(2019, 4, 1)
VN_RIGHTS = dt.date(2017, 1, 3)
VN_LICENCE = dt.date(2019, 6, 20)


def can_chi(year: int) -> str:
    """The name of lunar year `year` (stem and branch), as a Tết greeting prints it."""
    return f"{CAN[(year - 4) % 10]} {CHI[(year - 4) % 12]}"


def vn_salinity(day: dt.date) -> float | None:
    """The made-up salinity (per mille) at the Sông Đốc gauge on `day`, in the dry season
    (January to May) only: rising to April, worse in the drought years 2016 and 2020."""
    if day.month > 5:
        return None
    peak = 28 if day.year in (2016, 2020) else 16
    rise = math.sin(math.pi * (day.timetuple().tm_yday - 1) / 150)
    return round(2 + (peak - 2) * rise + wobble(day, "man", -8, 8) / 10, 1)


def _vn_salinity(day: dt.date) -> str:
    level = vn_salinity(day)
    if level is None:
        return "Bản tin độ mặn sẽ trở lại vào mùa khô"
    return f"💧 Độ mặn tại cửa sông Ông Đốc hôm nay: {level:.1f}‰".replace(".", ",")


def _vn_dated(day: dt.date) -> str:
    if day < VN_REDESIGN:
        return f"{VIETNAMESE_WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y} {{time}} (GMT+7)"
    return f"Cập nhật: {{time}} ngày {day.day}/{day.month}/{day.year}"


def _vn_notice() -> Wordings:
    base = _steps((_OLD, "Đường dây nóng: 0290 3 000 000 – Email: toasoan@camaungaynay.vn"),
                  (VN_ZALO.isoformat(), "📲 Quan tâm Zalo OA Cà Mau Ngày Nay để nhận tin "
                                        "nhanh"))
    news: list[Event] = [
        _span("2016-03-10", "2016-05-31", "🌾 Hạn mặn: tỉnh công bố tình trạng thiên tai, "
                                          "bà con chủ động trữ nước ngọt"),
        _vote("2016-05-22", "🗳️ Bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp", before=6,
              after=1),
        _span("2018-11-24", "2018-11-27", "🌀 Bão số 9: di dời dân khỏi vùng ven biển"),
        _span("2020-02-20", "2020-03-31", "🌾 Hạn mặn lịch sử: lịch cấp nước ngọt theo xã"),
        _span("2020-04-01", "2020-04-22", "😷 Thực hiện giãn cách xã hội theo Chỉ thị 16"),
    ]
    tet = _movable(_listed(TET), 3, 3, lambda y: f"🧧 Chúc mừng năm mới Xuân {can_chi(y)}")
    days = _yearly("04-30", 1, 0, lambda y: f"🇻🇳 Kỷ niệm {y - 1975} năm Ngày Giải phóng miền "
                                            f"Nam, thống nhất đất nước")
    days += _yearly("09-02", 1, 0, lambda y: f"🇻🇳 Chào mừng {y - 1945} năm Quốc khánh 2/9")
    return _calendar(base, news, tet, days)


def camau_style() -> PublisherStyle:
    """A Vietnamese provincial daily (Cà Mau): a section kicker, the date with the weekday
    and the time zone, turned an update time on a redesign in 2018 (a wording per day), the
    author's name alone at the foot of the article, turned "Bài, ảnh:" in 2019, "Xem thêm:"
    turned ">>" (up to twice), a photo credit, a "TIN LIÊN QUAN" heading with the bare title
    of another article beneath it (a block), the dry season's salinity at the river mouth (a
    wording per day), a hotline turned a messenger appeal and turned by two droughts, a vote,
    a storm, the 2020 distancing, Tết with the year's name and two national days with their
    counts, a copyright line reworded and the licence reworded (a block), a rare king-tide
    warning."""
    return PublisherStyle(
        domain="camaungaynay.vn", site="Cà Mau Ngày Nay", base_size=240,
        subdomains=(("www.", 80), ("", 20)),
        sections=("thoi-su", "kinh-te", "xa-hoi", "phap-luat", "the-thao", "van-hoa"),
        n_authors=10, url_path="/{section}/{slug}-{n}.html",
        pools={
            "muc": ("Thời sự", "Kinh tế", "Xã hội", "Pháp luật", "Thể thao", "Văn hóa"),
            "anh": ("TTXVN", "Tư liệu", "CTV", "Báo Cà Mau Ngày Nay", "Internet"),
        },
        families=(
            _f("muc", HEADER, 0.35, (_OLD, "{muc}")),
            _f("ngay", HEADER, 0.8, *_by_day(_vn_dated)),
            _f("xem-them", MIDDLE, 0.3, (_OLD, "Xem thêm: {other_title}"),
               (VN_LINKS.isoformat(), ">> {other_title}"), count=2),
            _f("anh", MIDDLE, 0.25, (_OLD, "Ảnh: {anh}")),
            _f("tac-gia", FOOTER, 0.6, (_OLD, "{author}"),
               (VN_AUTHOR.isoformat(), "Bài, ảnh: {author}")),
            _f("tin-lien-quan", FOOTER, 0.3, (_OLD, "TIN LIÊN QUAN")),
            _f("lien-quan", FOOTER, 0.3, (_OLD, "{other_title}")),
            _f("do-man", FOOTER, 0.2, *_by_day(_vn_salinity)),
            _f("thong-bao", FOOTER, 0.3, *_vn_notice()),
            _f("ban-quyen", FOOTER, 0.45, (_OLD, "© Bản quyền thuộc về Cà Mau Ngày Nay"),
               (VN_RIGHTS.isoformat(), "Ghi rõ nguồn “Cà Mau Ngày Nay” khi phát hành lại "
                                       "thông tin từ website này.")),
            _f("giay-phep", FOOTER, 0.3, (_OLD, "Giấy phép số 45/GP-BTTTT do Bộ Thông tin và "
                                                "Truyền thông cấp ngày 12/02/2014"),
               (VN_LICENCE.isoformat(), "Giấy phép số 312/GP-BTTTT cấp ngày 20/06/2019 · Tổng "
                                        "Biên tập: Nguyễn Văn An")),
            _f("trieu-cuong", HEADER, 0.04, (_OLD, "⚠️ Cảnh báo triều cường: nước dâng cao "
                                                   "khu vực Phường 8 chiều nay")),
        ),
    )


# --- a Tagalog tabloid (Lucena, Quezon) ------------------------------------------------------

PH_REDESIGN = dt.date(2017, 6, 12)  # relaunched on Independence Day
PH_BYLINE = dt.date(2018, 1, 8)
PH_LINKS = dt.date(2019, 7, 1)
PH_TEXT = dt.date(2019, 2, 4)
PH_RIGHTS = dt.date(2017, 6, 12)
PH_PRICES = (("2015", "10"), ("2018", "12"), ("2020", "15"))


def _ph_dated(day: dt.date) -> str:
    month = TAGALOG_MONTHS[day.month - 1]
    if day < PH_REDESIGN:
        return f"{TAGALOG_WEEKDAYS[day.weekday()]}, {month} {day.day}, {day.year}"
    return f"Inilathala: {month} {day.day}, {day.year} | {{time12}}"


def _ph_price() -> Wordings:
    first, *later = PH_PRICES
    out = [(_OLD, f"Pahayag Lucena — ₱{first[1]} bawat kopya, tuwing Lunes at Huwebes")]
    out += [(f"{year}-01-04", f"Pahayag Lucena — ₱{price} na lamang bawat kopya, tuwing Lunes "
                              f"at Huwebes") for year, price in later]
    return tuple(out)


def _ph_notice() -> Wordings:
    base = _steps((_OLD, "I-like at i-follow ang aming Facebook page: Pahayag Lucena"),
                  (PH_TEXT.isoformat(), "📢 May balita ka? I-text o i-PM sa 0917 000 0000"))
    news: list[Event] = [
        _span("2015-12-13", "2015-12-16", "🌀 Bagyong Nona: Signal No. 3 sa Quezon, walang "
                                          "pasok"),
        _vote("2016-05-09", "🗳️ Halalan 2016: bilangan ng boto sa Quezon", before=5, after=3),
        _span("2016-12-24", "2016-12-27", "🌀 Bagyong Nina: Signal No. 4 sa Quezon at Bicol"),
        _vote("2018-05-14", "🗳️ Halalang pambarangay: resulta sa Lucena", before=3, after=2),
        _vote("2019-05-13", "🗳️ Halalan 2019: bilangan ng boto sa Quezon", before=5, after=3),
        _span("2019-12-01", "2019-12-04", "🌀 Bagyong Tisoy: suspendido ang klase at biyahe "
                                          "sa dagat"),
        _span("2020-03-16", "2020-05-15", "😷 ECQ: manatili sa bahay, quarantine pass "
                                          "lamang ang makalalabas"),
        _span("2020-10-31", "2020-11-03", "🌀 Bagyong Rolly: Signal No. 4 sa Quezon"),
        _span("2020-11-10", "2020-11-13", "🌀 Bagyong Ulysses: lumikas sa mabababang lugar"),
    ]
    feasts = _yearly("05-15", 3, 0, lambda y: ("🌽 Walang Pahiyas ngayong taon dahil sa "
                                               "pandemya" if y == 2020 else
                                               f"🌽 Pahiyas Festival {y} sa Lucban: iskedyul"))
    feasts += _yearly("06-12", 0, 0, lambda y: f"🇵🇭 Maligayang ika-{y - 1898} Araw ng "
                                               f"Kalayaan!")
    return _calendar(base, feasts, news)  # the festival called off outranks the lockdown


def lucena_style() -> PublisherStyle:
    """A Tagalog tabloid (Lucena, Quezon): a kicker in capitals, the date with the weekday,
    turned "Inilathala:" and the time in the 2017 relaunch (a wording per day), "Ni" and a
    reporter's name in capitals turned "Ulat ni", "BASAHIN:" turned "BASAHIN DIN ➤" (up to
    twice), a photo line, the paper's cover price rising in 2018 and 2020, a social line
    turned a tip line and turned by five typhoons, three votes, the 2020 lockdown, the
    Pahiyas festival (not held in 2020) and Independence Day with its count, a columnist's
    disclaimer, a copyright line reworded and the office (a block), a rare class
    suspension."""
    return PublisherStyle(
        domain="pahayaglucena.ph", site="Pahayag Lucena", base_size=205,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("balita", "probinsya", "showbiz", "isports", "opinyon"),
        n_authors=6, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kicker": ("BALITA", "PROBINSYA", "SHOWBIZ", "ISPORTS", "OPINYON"),
            "reporter": ("JOEL DE LEON", "MARITES ABRENICA", "RONALD VILLAREAL",
                         "CHERRY ANN MACASAET"),
            "larawan": ("Quezon PIO", "PNP Lucena", "kuha ni Jun Dimaculangan",
                        "Facebook ng Lucban LGU"),
        },
        families=(
            _f("kicker", HEADER, 0.35, (_OLD, "{kicker}")),
            _f("petsa", HEADER, 0.75, *_by_day(_ph_dated)),
            _f("ni", HEADER, 0.55, (_OLD, "Ni {reporter}"),
               (PH_BYLINE.isoformat(), "Ulat ni {reporter}")),
            _f("basahin", MIDDLE, 0.35, (_OLD, "BASAHIN: {other_title}"),
               (PH_LINKS.isoformat(), "BASAHIN DIN ➤ {other_title}"), count=2),
            _f("larawan", MIDDLE, 0.2, (_OLD, "Larawan mula sa {larawan}")),
            _f("presyo", FOOTER, 0.2, *_ph_price()),
            _f("paalala", FOOTER, 0.3, *_ph_notice()),
            _f("opinyon", FOOTER, 0.12, (_OLD, "Ang mga pananaw sa kolum na ito ay sa may-akda "
                                               "lamang at hindi ng pahayagang ito.")),
            _f("karapatan", FOOTER, 0.45, (_OLD, "Karapatang-ari © {year} Pahayag Lucena"),
               (PH_RIGHTS.isoformat(), "© {year} Pahayag Lucena. Lahat ng karapatan ay "
                                       "nakalaan.")),
            _f("tanggapan", FOOTER, 0.3, (_OLD, "Tanggapan: 2/F Gusaling Merchan, Lungsod ng "
                                                "Lucena · (042) 000 0000")),
            _f("walang-pasok", HEADER, 0.04, (_OLD, "⚠️ WALANG PASOK: suspendido ang klase sa "
                                                    "lahat ng antas sa Lucena")),
        ),
    )


# --- a Malay paper with a Jawi line (Kota Bharu, Kelantan) ----------------------------------

MY_REDESIGN = dt.date(2017, 8, 31)  # relaunched on the sixtieth Merdeka
MY_BYLINE = dt.date(2018, 5, 10)
MY_LINKS = dt.date(2019, 9, 2)
MY_TELEGRAM = dt.date(2016, 7, 4)
MY_RIGHTS = dt.date(2019, 1, 2)


def _equation_of_time(day: dt.date) -> float:
    """Minutes the sundial runs ahead of the clock on `day` (the usual approximation)."""
    b = 2 * math.pi * (day.timetuple().tm_yday - 81) / 364
    return 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)


def kb_prayer_times(day: dt.date) -> tuple[int, int, int, int, int]:
    """Made-up prayer times at Kota Bharu on `day` (minutes after midnight): noon follows
    the equation of time, the others sit around it, a little wider in June."""
    noon = 13 * 60 + 11 + round(-_equation_of_time(day))
    wide = round(8 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 172) / 365.25))
    return (noon - 7 * 60 - 20 - wide, noon + 2, noon + 3 * 60 + 23, noon + 6 * 60 + 4 + wide,
            noon + 7 * 60 + 17 + wide)


def _clock(minutes: int) -> str:
    hour = minutes // 60
    return f"{(hour - 1) % 12 + 1}:{minutes % 60:02d}"


def _my_prayer(day: dt.date) -> str:
    subuh, zohor, asar, maghrib, isyak = (_clock(m) for m in kb_prayer_times(day))
    return (f"🕌 Waktu solat Kota Bharu hari ini — Subuh {subuh} · Zohor {zohor} · Asar "
            f"{asar} · Maghrib {maghrib} · Isyak {isyak}")


def _my_dated(day: dt.date) -> str:
    text = f"{MALAY_WEEKDAYS[day.weekday()]}, {day.day} {MALAY_MONTHS[day.month - 1]} {day.year}"
    if day < MY_REDESIGN:
        return text
    return f"{text} @ {{time}}"


def _my_notice() -> Wordings:
    base = _steps((_OLD, "Sukai halaman Facebook kami untuk berita terkini Kelantan"),
                  (MY_TELEGRAM.isoformat(), "📲 Sertai saluran Telegram kami: t.me/gemakelantan"))
    news: list[Event] = [
        _span("2015-01-01", "2015-01-15", "🌊 Bah kuning: senarai pusat pemindahan sementara "
                                          "di Kota Bharu"),
        _vote("2018-05-09", "🗳️ PRU14: keputusan kerusi Parlimen dan DUN Kelantan", before=5,
              after=2),
        _span("2020-03-18", "2020-05-03", "😷 Perintah Kawalan Pergerakan: duduk di rumah"),
    ]
    fast = [(_iso_day(RAMADAN[y]), _iso_day(AIDILFITRI[y]),
             "🌙 Salam Ramadan: jadual berbuka puasa Kota Bharu") for y in YEARS]
    raya = _movable(_listed(AIDILFITRI), 0, 4, lambda _: "🌙 Selamat Hari Raya Aidilfitri, "
                                                         "maaf zahir dan batin")
    merdeka = _yearly("08-31", 1, 0, lambda y: f"🇲🇾 Selamat Hari Kebangsaan ke-{y - 1957}")
    return _calendar(base, news, raya, fast, merdeka)


def kotabharu_style() -> PublisherStyle:
    """A Malay paper (Kota Bharu, Kelantan): a section kicker, the date with the weekday,
    given a time in the 2017 relaunch (a wording per day), "Oleh" turned a "Teks: ... |
    Foto: ..." line, "BACA JUGA:" turned "Baca juga »" (up to twice), a photo credit, the
    day's prayer times (a wording per day), a social line turned a messenger appeal and
    turned by the 2015 floods, a vote, the 2020 movement control, the fast, the feast and
    Merdeka with its count, a Jawi motto, a donation appeal in ringgit, a writer's
    disclaimer, a copyright line reworded and the office (a block), a rare flood
    warning."""
    return PublisherStyle(
        domain="gemakelantan.my", site="Gema Kelantan", base_size=180,
        subdomains=(("www.", 100),),
        sections=("semasa", "politik", "agama", "sukan", "hiburan", "jenayah"),
        n_authors=7, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "ruangan": ("Semasa", "Politik", "Agama", "Sukan", "Hiburan", "Jenayah"),
            "foto": ("Bernama", "Gema Kelantan", "Ihsan pembaca", "Fail"),
            "ringgit": ("5", "10", "20", "50"),
        },
        families=(
            _f("ruangan", HEADER, 0.3, (_OLD, "{ruangan}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_my_dated)),
            _f("oleh", HEADER, 0.5, (_OLD, "Oleh {author}"),
               (MY_BYLINE.isoformat(), "Teks: {author} | Foto: {foto}")),
            _f("baca-juga", MIDDLE, 0.35, (_OLD, "BACA JUGA: {other_title}"),
               (MY_LINKS.isoformat(), "Baca juga » {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "— Foto {foto}")),
            _f("solat", FOOTER, 0.25, *_by_day(_my_prayer)),
            _f("makluman", FOOTER, 0.3, *_my_notice()),
            _f("jawi", FOOTER, 0.2, (_OLD, "سوارا رعيت کلنتن")),
            _f("sumbangan", FOOTER, 0.15, (_OLD, "Sokong kewartawanan bebas: sumbang RM{ringgit} "
                                                 "kepada Gema Kelantan melalui FPX")),
            _f("penafian", FOOTER, 0.12, (_OLD, "Artikel ini pandangan peribadi penulis dan "
                                                "tidak semestinya mencerminkan pendirian Gema "
                                                "Kelantan.")),
            _f("hakcipta", FOOTER, 0.45, (_OLD, "Hak Cipta Terpelihara © {year} Gema Kelantan"),
               (MY_RIGHTS.isoformat(), "Hak Cipta Terpelihara © {year} Gema Kelantan. "
                                       "Dilarang menyiar semula tanpa kebenaran bertulis.")),
            _f("pejabat", FOOTER, 0.3, (_OLD, "Pejabat: Jalan Sultan Yahya Petra, 15200 Kota "
                                              "Bharu, Kelantan")),
            _f("amaran", HEADER, 0.04, (_OLD, "⚠️ Amaran banjir: paras Sungai Kelantan di "
                                              "Guillemard melepasi tahap bahaya")),
        ),
    )


# --- a Khmer site (Battambang) ---------------------------------------------------------------

KH_REDESIGN = dt.date(2019, 1, 7)
KH_BYLINE = dt.date(2017, 4, 3)
KH_TELEGRAM = dt.date(2018, 3, 5)
KH_RIGHTS = dt.date(2019, 1, 7)


def buddhist_era(day: dt.date) -> int:
    """The Buddhist era year on `day` as Cambodia counts it: it turns on the full moon of
    Visak Bochea."""
    return day.year + (544 if day >= _iso_day(VISAK_BOCHEA[day.year]) else 543)


def riel_rate(day: dt.date) -> int:
    """The made-up riel price of a dollar at the Battambang changers in `day`'s week."""
    monday = monday_of(day)
    return 4000 + 10 * wobble(monday, "riel", 0, 13)


def _kh_rate(day: dt.date) -> str:
    rate = str(riel_rate(day))
    return f"💵 អត្រាប្តូរប្រាក់សប្តាហ៍នេះ៖ ១ ដុល្លារ = {digits(rate, KHMER_ZERO)} រៀល"


def _kh_dated(day: dt.date) -> str:
    text = (f"{KHMER_WEEKDAYS[day.weekday()]} ទី{digits(day.day, KHMER_ZERO)} "
            f"ខែ{KHMER_MONTHS[day.month - 1]} ឆ្នាំ{digits(day.year, KHMER_ZERO)}")
    if day < KH_REDESIGN:
        return text
    return f"{text} ព.ស. {digits(buddhist_era(day), KHMER_ZERO)}"


def _kh_notice() -> Wordings:
    base = _steps((_OLD, "តាមដានយើងខ្ញុំតាម Facebook ដើម្បីទទួលបានព័ត៌មានថ្មីៗ"),
                  (KH_TELEGRAM.isoformat(), "📲 ចូលរួម Telegram channel របស់យើងខ្ញុំ"))
    news: list[Event] = [
        _vote("2017-06-04", "🗳️ ការបោះឆ្នោតឃុំ សង្កាត់ ២០១៧", before=4, after=2),
        _vote("2018-07-29", "🗳️ ការបោះឆ្នោតជ្រើសតាំងតំណាងរាស្ត្រ ២០១៨", before=5, after=3),
        _span("2020-04-09", "2020-04-17", "😷 បុណ្យចូលឆ្នាំថ្មីត្រូវបានពន្យារពេល ដោយសារជំងឺកូវីដ-១៩"),
    ]
    feasts = _yearly("04-14", 2, 2, lambda _: "🎉 សួស្តីឆ្នាំថ្មី ប្រពៃណីជាតិខ្មែរ")
    feasts += _movable(_listed(PCHUM_BEN), 2, 1, lambda _: "🙏 បុណ្យភ្ជុំបិណ្ឌ៖ រីករាយថ្ងៃបុណ្យ")
    feasts += _yearly("11-09", 0, 0, lambda y: f"🇰🇭 ខួប{digits(y - 1953, KHMER_ZERO)}ឆ្នាំ "
                                               f"នៃទិវាឯករាជ្យជាតិ")
    return _calendar(base, news, feasts)


def battambang_style() -> PublisherStyle:
    """A Khmer site (Battambang): a section kicker, the date in Khmer numerals, given the
    Buddhist era (which turns on Visak Bochea) on a redesign in 2019 (a wording per day),
    "អត្ថបទ៖" turned "ដោយ៖", a read-also line (up to twice), a photo credit, the week's
    dollar rate in Khmer numerals (a wording per week), a social line turned a messenger
    appeal and turned by two votes, the new year put off in 2020, the new year, Pchum Ben and
    independence with its count in Khmer numerals, a copyright line reworded and the office
    (a block), a rare flood."""
    return PublisherStyle(
        domain="battambangsamay.com.kh", site="Battambang Samay", base_size=160,
        subdomains=(("www.", 100),),
        sections=("national", "economy", "society", "sport", "agriculture"),
        n_authors=5, url_path="/archives/{n}",
        pools={
            "pheak": ("ព័ត៌មានជាតិ", "សេដ្ឋកិច្ច", "សង្គម", "កីឡា", "កសិកម្ម"),
            "rupheap": ("AKP", "ហ្វេសប៊ុក", "ឯកសារ", "អ្នកអាន"),
        },
        families=(
            _f("pheak", HEADER, 0.3, (_OLD, "{pheak}")),
            _f("kalbarichhed", HEADER, 0.75, *_by_day(_kh_dated)),
            _f("author", HEADER, 0.5, (_OLD, "អត្ថបទ៖ {author}"),
               (KH_BYLINE.isoformat(), "ដោយ៖ {author}")),
            _f("anbonthem", MIDDLE, 0.3, (_OLD, "អានបន្ថែម៖ {other_title}"), count=2),
            _f("rupheap", MIDDLE, 0.2, (_OLD, "រូបភាព៖ {rupheap}")),
            _f("attra", FOOTER, 0.2, *_by_day(_kh_rate)),
            _f("damnoeng", FOOTER, 0.3, *_kh_notice()),
            _f("rokkhasith", FOOTER, 0.45, (_OLD, "© {year} Battambang Samay"),
               (KH_RIGHTS.isoformat(), "រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ Battambang Samay © {year}")),
            _f("asayathan", FOOTER, 0.3, (_OLD, "ការិយាល័យ៖ ផ្លូវលេខ ៣ ក្រុងបាត់ដំបង · "
                                                "០១២ ០០០ ០០០")),
            _f("tuk-chumnon", HEADER, 0.04, (_OLD, "⚠️ ទឹកជំនន់៖ ស្ទឹងសង្កែឡើងខ្ពស់")),
        ),
    )


# --- a Burmese site (Mawlamyine, Mon State) --------------------------------------------------

MM_UNICODE = dt.date(2019, 10, 1)  # the day the country moved from Zawgyi to Unicode
MM_BYLINE = dt.date(2018, 1, 4)
MM_RIGHTS = dt.date(2017, 1, 4)
MM_VIBER = dt.date(2018, 7, 2)


def gold_price(day: dt.date) -> int:
    """The made-up price in kyat of a tical of gold at the Mawlamyine market in `day`'s week
    (climbing over the years, steeply in 2020)."""
    monday = monday_of(day)
    weeks = (monday - dt.date(2014, 12, 29)).days // 7
    steep = max(0, weeks - 260) * 4000
    return 800_000 + 1500 * weeks + steep + 1000 * wobble(monday, "shwe", 0, 20)


def _mm_gold(day: dt.date) -> str:
    price = ",".join(digits(group, MYANMAR_ZERO) for group in f"{gold_price(day):,}".split(","))
    return f"🪙 ရွှေစျေး (၁ ကျပ်သား) - {price} ကျပ်"


def _mm_dated(day: dt.date) -> str:
    if day < MM_UNICODE:
        return (f"{digits(day.year, MYANMAR_ZERO)} ခုနှစ်၊ {MYANMAR_MONTHS[day.month - 1]}လ "
                f"{digits(day.day, MYANMAR_ZERO)} ရက်")
    return f"{day.day:02d}.{day.month:02d}.{day.year} | {{time}}"


def _mm_notice() -> Wordings:
    base = _steps((_OLD, "ကျွန်ုပ်တို့၏ Facebook Page ကို Like လုပ်ပါ"),
                  (MM_VIBER.isoformat(), "📲 Viber Community တွင် သတင်းများ ဖတ်ရှုနိုင်ပါသည်"))
    news: list[Event] = [
        _vote("2015-11-08", "🗳️ ၂၀၁၅ အထွေထွေရွေးကောက်ပွဲ ရလဒ်များ", before=6, after=5),
        _vote("2018-11-03", "🗳️ ကြားဖြတ်ရွေးကောက်ပွဲ ရလဒ်များ", before=3, after=2),
        _span("2018-07-20", "2018-08-15", "🌊 မွန်ပြည်နယ် ရေကြီးမှု - ကယ်ဆယ်ရေးစခန်းများ"),
        _span("2020-04-10", "2020-04-19", "😷 သင်္ကြန်ပွဲတော် မကျင်းပပါ - အိမ်မှာနေပါ"),
        _vote("2020-11-08", "🗳️ ၂၀၂၀ အထွေထွေရွေးကောက်ပွဲ ရလဒ်များ", before=6, after=5),
    ]
    feasts = _yearly("04-13", 2, 3, lambda _: "💦 မင်္ဂလာ သင်္ကြန်")
    feasts += _movable(_listed(THADINGYUT), 1, 1, lambda _: "🏮 သီတင်းကျွတ် မီးထွန်းပွဲတော်")
    feasts += _yearly("01-04", 0, 0, lambda y: f"🇲🇲 {digits(y - 1948, MYANMAR_ZERO)} နှစ်မြောက် "
                                               f"လွတ်လပ်ရေးနေ့")
    return _calendar(base, news, feasts)


def mawlamyine_style() -> PublisherStyle:
    """A Burmese site (Mawlamyine, Mon State): a Zawgyi and Unicode switch, turned a
    Unicode-only label on the national switch in 2019, a section kicker, the date in
    Myanmar numerals turned a numeric date with a time the same day (a wording per day),
    "သတင်း -" turned "သတင်းနှင့်ဓာတ်ပုံ -", a related-news line (up to twice), a photo credit,
    the week's gold price in Myanmar numerals (a wording per week), a social line turned a
    messenger appeal and turned by three votes, the 2018 floods and the water festival
    called off in 2020, the water festival, the festival of lights and independence with its
    count in Myanmar numerals, a copyright line reworded and the office (a block), a rare
    road closure."""
    return PublisherStyle(
        domain="mawlamyinethadinn.com.mm", site="Mawlamyine Thadinn", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "mon-state", "business", "sports", "entertainment"),
        n_authors=5, url_path="/{section}/{n}/",
        pools={
            "kangar": ("ပြည်တွင်းသတင်း", "မွန်ပြည်နယ်", "စီးပွားရေး", "အားကစား", "ဖျော်ဖြေရေး"),
            "dattpon": ("Mawlamyine Thadinn", "ဖေ့စ်ဘုတ်", "မော်ကွန်း", "MNA"),
        },
        families=(
            _f("font", HEADER, 0.3, (_OLD, "[ Zawgyi | Unicode ]"),
               (MM_UNICODE.isoformat(), "[ Unicode ]")),
            _f("kangar", HEADER, 0.3, (_OLD, "{kangar}")),
            _f("ne-swe", HEADER, 0.75, *_by_day(_mm_dated)),
            _f("thadinn", HEADER, 0.5, (_OLD, "သတင်း - {author}"),
               (MM_BYLINE.isoformat(), "သတင်းနှင့်ဓာတ်ပုံ - {author}")),
            _f("saspat", MIDDLE, 0.3, (_OLD, "ဆက်စပ်သတင်း - {other_title}"), count=2),
            _f("dattpon", MIDDLE, 0.2, (_OLD, "ဓာတ်ပုံ - {dattpon}")),
            _f("shwe", FOOTER, 0.2, *_by_day(_mm_gold)),
            _f("kyijyar", FOOTER, 0.3, *_mm_notice()),
            _f("copyright", FOOTER, 0.45, (_OLD, "© {year} Mawlamyine Thadinn"),
               (MM_RIGHTS.isoformat(), "© {year} Mawlamyine Thadinn · မူပိုင်ခွင့်ရှိသည်")),
            _f("office", FOOTER, 0.3, (_OLD, "ရုံး - ကျိုက်သလန်ရပ်ကွက်၊ မော်လမြိုင်မြို့")),
            _f("lann-pate", HEADER, 0.04, (_OLD, "⚠️ သံလွင်တံတား ယာဉ်ကြောပိတ်ထားသည်")),
        ),
    )


# --- a Javanese site (Surakarta) -------------------------------------------------------------

JV_REDESIGN = dt.date(2019, 3, 11)
JV_BYLINE = dt.date(2017, 8, 14)
JV_WHATSAPP = dt.date(2018, 1, 8)
JV_RIGHTS = dt.date(2018, 1, 8)
JV_ANCHOR = dt.date(1945, 8, 17)  # Jemuwah Legi


def pasaran(day: dt.date) -> str:
    """The day of the five-day Javanese market week (17 August 1945 was a Legi)."""
    return PASARAN[(day - JV_ANCHOR).days % 5]


def _jv_dated(day: dt.date) -> str:
    if day < JV_REDESIGN:
        return (f"{JAVANESE_WEEKDAYS[day.weekday()]} {pasaran(day)}, {day.day} "
                f"{INDONESIAN_MONTHS[day.month - 1]} {day.year}")
    return f"Kaunggah {day:%d/%m/%Y} {{time}} WIB · {pasaran(day)}"


def _jv_notice() -> Wordings:
    base = _steps((_OLD, "Tindakake Pawartos Solo ing Facebook lan Twitter"),
                  (JV_WHATSAPP.isoformat(), "📲 Gabung grup WhatsApp: kirim PAWARTOS menyang "
                                            "0813 0000 0000"))
    news: list[Event] = [
        _vote("2015-12-09", "🗳️ Pilkada Solo 2015: asil etang cepet", before=4, after=2),
        _vote("2019-04-17", "🗳️ Pemilu 2019: asil etang saka TPS ing Solo", before=5, after=4),
        _span("2020-03-13", "2020-05-31", "😷 KLB Corona ing Solo: ing omah wae, wisata lan "
                                          "sekolah ditutup"),
        _vote("2020-12-09", "🗳️ Pilkada Solo 2020: asil etang cepet", before=4, after=2),
    ]
    sura = _movable(_listed(SURA_EVE), 1, 0, lambda y: (
        "🕯️ Kirab Malam 1 Sura dibatalake amarga pandemi" if y == 2020 else
        "🕯️ Kirab Malam 1 Sura saka Kraton lan Pura Mangkunegaran"))
    merdeka = _yearly("08-17", 1, 0, lambda y: f"🇮🇩 Dirgahayu Republik Indonesia kaping "
                                               f"{y - 1945}")
    return _calendar(base, news, sura, merdeka)


def surakarta_style() -> PublisherStyle:
    """A Javanese site (Surakarta): a section kicker, the Javanese weekday with the market
    day, turned an upload time with the market day in 2019 (a wording per day), "Panyerat:"
    turned a reporter and an editor (two names), "Waca uga:" (up to twice), a photo credit,
    a social line turned a messenger appeal and turned by three votes and the 2020
    emergency, the eve of 1 Sura (its procession called off in 2020) and independence with
    its count, the site's name in aksara Jawa, a donation appeal in rupiah, a copyright line
    reworded and the office (a block), a rare volcano warning."""
    return PublisherStyle(
        domain="pawartossolo.id", site="Pawartos Solo", base_size=125,
        subdomains=(("www.", 70), ("", 30)),
        sections=("kutha", "budaya", "olahraga", "ekonomi", "pendhidhikan"),
        n_authors=5, url_path="/{section}/{yyyy}{mm}{dd}/{slug}",
        pools={
            "rubrik": ("Kutha", "Budaya", "Olahraga", "Ekonomi", "Pendhidhikan"),
            "foto": ("Pawartos Solo", "Humas Pemkot Surakarta", "Dokumen", "Antara"),
            "nominal": ("10.000", "25.000", "50.000", "100.000"),
        },
        families=(
            _f("rubrik", HEADER, 0.3, (_OLD, "{rubrik}")),
            _f("tanggal", HEADER, 0.75, *_by_day(_jv_dated)),
            _f("panyerat", HEADER, 0.5, (_OLD, "Panyerat: {author}"),
               (JV_BYLINE.isoformat(), "Pawartos: {author} | Redaktur: {author2}")),
            _f("waca", MIDDLE, 0.3, (_OLD, "Waca uga: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("wara-wara", FOOTER, 0.3, *_jv_notice()),
            _f("aksara", FOOTER, 0.2, (_OLD, "ꦥꦮꦂꦠꦺꦴꦱ꧀ ꦱꦺꦴꦭꦺꦴ")),
            _f("nyengkuyung", FOOTER, 0.15, (_OLD, "Nyengkuyung jurnalisme basa Jawa: "
                                                   "transfer Rp{nominal} menyang Pawartos Solo")),
            _f("hak-cipta", FOOTER, 0.4, (_OLD, "© {year} Pawartos Solo"),
               (JV_RIGHTS.isoformat(), "© {year} Pawartos Solo. Sedaya hak dipun reksa.")),
            _f("kantor", FOOTER, 0.3, (_OLD, "Kantor redaksi: Jl. Slamet Riyadi, Surakarta, "
                                             "Jawa Tengah")),
            _f("merapi", HEADER, 0.04, (_OLD, "⚠️ Status Merapi Siaga: udan awu ing Boyolali lan "
                                              "Klaten")),
        ),
    )


# --- a Cebuano site (Tagbilaran, Bohol) ------------------------------------------------------

CB_BYLINE = dt.date(2018, 4, 2)
CB_RIGHTS = dt.date(2019, 7, 22)


def _cb_dated(day: dt.date) -> str:
    return (f"Gipatik: {CEBUANO_WEEKDAYS[day.weekday()]}, {CEBUANO_MONTHS[day.month - 1]} "
            f"{day.day}, {day.year}")


def _cb_notice() -> Wordings:
    base = _steps((_OLD, "Sunda ang Tingog Bohol sa Facebook"),
                  (CB_BYLINE.isoformat(), "📢 Naa kay balita? I-PM mi o i-text sa 0920 000 "
                                          "0000"))
    news: list[Event] = [
        _vote("2016-05-09", "🗳️ Piniliay 2016: resulta sa Bohol", before=4, after=3),
        _vote("2019-05-13", "🗳️ Piniliay 2019: resulta sa Bohol", before=4, after=3),
        _span("2020-03-16", "2020-05-31", "😷 ECQ sa Bohol: pabilin sa balay"),
    ]
    days = _yearly("07-22", 2, 0, lambda y: f"🎉 Malipayong ika-{y - 1854} nga Adlaw sa "
                                            f"Bohol!")
    days += _yearly("10-15", 0, 0, lambda y: f"🕯️ {y - 2013} ka tuig human sa linog sa "
                                             f"Bohol")
    return _calendar(base, news, days)


def tagbilaran_style() -> PublisherStyle:
    """A Cebuano site (Tagbilaran, Bohol): a section kicker, "Gipatik:" with the date (a
    wording per day), "Ni" turned "Sinulat ni", "BASAHA SAB:" (up to twice), a photo credit,
    a share line, a social line turned a tip line and turned by two votes and the 2020
    lockdown, Bohol Day with its count and the earthquake's anniversary with its count, a
    copyright line reworded on Bohol Day 2019 and the office (a block), a rare ferry
    suspension."""
    return PublisherStyle(
        domain="tingogbohol.com.ph", site="Tingog Bohol", base_size=100,
        subdomains=(("", 100),),
        sections=("balita", "lalawigan", "sports", "opinyon"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "seksyon": ("Balita", "Lalawigan", "Sports", "Opinyon"),
            "hulagway": ("Bohol PIO", "Tingog Bohol", "PNP Bohol", "kontribusyon"),
        },
        families=(
            _f("seksyon", HEADER, 0.3, (_OLD, "{seksyon}")),
            _f("gipatik", HEADER, 0.7, *_by_day(_cb_dated)),
            _f("sinulat", HEADER, 0.5, (_OLD, "Ni {author}"),
               (CB_BYLINE.isoformat(), "Sinulat ni {author}")),
            _f("basaha", MIDDLE, 0.3, (_OLD, "BASAHA SAB: {other_title}"), count=2),
            _f("hulagway", MIDDLE, 0.2, (_OLD, "Hulagway: {hulagway}")),
            _f("ipaambit", FOOTER, 0.25, (_OLD, "Ipaambit kini nga istorya")),
            _f("pahibalo", FOOTER, 0.3, *_cb_notice()),
            _f("katungod", FOOTER, 0.4, (_OLD, "© {year} Tingog Bohol"),
               (CB_RIGHTS.isoformat(), "© {year} Tingog Bohol. Gitagana ang tanang katungod.")),
            _f("opisina", FOOTER, 0.3, (_OLD, "Opisina: CPG Avenue, Tagbilaran City, Bohol")),
            _f("barko", HEADER, 0.04, (_OLD, "⚠️ Gisuspinde ang biyahe sa barko gikan sa "
                                             "Tagbilaran")),
        ),
    )


# --- a Tok Pisin site (Madang) ---------------------------------------------------------------

PG_REDESIGN = dt.date(2018, 9, 17)
PG_BYLINE = dt.date(2019, 2, 4)


def _pg_dated(day: dt.date) -> str:
    text = f"{day.day} {TOK_PISIN_MONTHS[day.month - 1]} {day.year}"
    if day < PG_REDESIGN:
        return f"{TOK_PISIN_WEEKDAYS[day.weekday()]}, {text}"
    return f"Madang, {text}"


def _pg_notice() -> Wordings:
    base = _steps((_OLD, "Laikim Madang Toktok long Facebook"),
                  (PG_REDESIGN.isoformat(), "📲 Salim stori bilong yu long WhatsApp: 7000 0000"))
    news: list[Event] = [
        _span("2017-06-20", "2017-07-10", "🗳️ Ileksen 2017: ol kaunting long Madang"),
        _span("2019-01-25", "2019-02-10", "🌋 Manam i pairap: helpim ol lain bilong ailan"),
        _span("2020-03-23", "2020-06-16", "😷 Stet bilong Emajensi: wasim han na stap longwe"),
    ]
    days = _yearly("09-16", 1, 0, lambda y: f"🇵🇬 Hepi {y - 1975} yia Indipendens, Papua Niugini!")
    return _calendar(base, news, days)


def madang_style() -> PublisherStyle:
    """A Tok Pisin site (Madang): the date with the weekday turned a dateline with the town
    in 2018 (a wording per day), "Stori:" turned "Stori na piksa:", "Ritim tu:" (up to
    twice), a photo line, a thanks line, a social line turned a messenger appeal and turned
    by the 2017 vote, the Manam eruption and the 2020 emergency, independence with its
    count, a mobile-money appeal in kina, a copyright line and the office (a block), a rare
    road closure."""
    return PublisherStyle(
        domain="madangtoktok.com.pg", site="Madang Toktok", base_size=70,
        subdomains=(("www.", 100),),
        sections=("nius", "provins", "spot", "bisnis"),
        n_authors=3, url_path="/stori/{slug}",
        pools={
            "piksa": ("Madang Toktok", "Provinsel Gavman", "ripota bilong mipela", "fail"),
            "kina": ("5", "10", "20"),
        },
        families=(
            _f("de", HEADER, 0.7, *_by_day(_pg_dated)),
            _f("stori", HEADER, 0.5, (_OLD, "Stori: {author}"),
               (PG_BYLINE.isoformat(), "Stori na piksa: {author}")),
            _f("ritim", MIDDLE, 0.3, (_OLD, "Ritim tu: {other_title}"), count=2),
            _f("piksa", MIDDLE, 0.2, (_OLD, "Piksa: {piksa}")),
            _f("tenkyu", FOOTER, 0.25, (_OLD, "Tenkyu long ridim stori!")),
            _f("toksave", FOOTER, 0.3, *_pg_notice()),
            _f("sapotim", FOOTER, 0.15, (_OLD, "Sapotim Madang Toktok: salim K{kina} long "
                                               "CellMoni")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Madang Toktok")),
            _f("opis", FOOTER, 0.3, (_OLD, "Opis: Modilon Rot, Madang Taun, Madang Provins")),
            _f("rot", HEADER, 0.04, (_OLD, "⚠️ Rot i pas long Ramu Hailans: ol PMV i no inap "
                                           "go")),
        ),
    )


# --- a Fijian and English site (Labasa, Vanua Levu) ------------------------------------------

FJ_BYLINE = dt.date(2018, 6, 4)
FJ_RIGHTS = dt.date(2019, 10, 10)


def _fj_dated(day: dt.date) -> str:
    return (f"{FIJIAN_WEEKDAYS[day.weekday()]}, {day.day} {FIJIAN_MONTHS[day.month - 1]} "
            f"{day.year}")


def _fj_notice() -> Wordings:
    base = _steps((_OLD, "Like our Facebook page for news from the North"),
                  (FJ_BYLINE.isoformat(), "📲 Viber: send your news from Vanua Levu to "
                                          "+679 900 0000"))
    news: list[Event] = [
        _span("2016-02-19", "2016-03-31", "🌀 TC Winston: relief centres in Macuata and "
                                          "Cakaudrove"),
        _vote("2018-11-14", "🗳️ Veidigidigi 2018: results from the Northern Division",
              before=5, after=3),
        _span("2020-03-30", "2020-06-21", "😷 Curfew 10 pm to 5 am: stay home, stay safe"),
        _span("2020-12-16", "2020-12-31", "🌀 TC Yasa: evacuation centres open in Labasa"),
    ]
    days = _yearly("10-10", 1, 0, lambda y: f"🇫🇯 Happy Fiji Day! {y - 1970} years of "
                                            f"independence")
    days += _movable(_listed(DIWALI), 1, 0, lambda _: "🪔 Happy Diwali to all our readers "
                                                      "in Labasa")
    return _calendar(base, news, days)


FJ_CRUSHING = (("01-01", "Labasa Mill is closed for maintenance until the crushing season"),
               ("06-10", "🚜 Crushing season: Labasa Mill is taking cane, mind the lorries on "
                         "the Wainikoro road"),
               ("11-20", "Labasa Mill has finished crushing for the season"))


def labasa_style() -> PublisherStyle:
    """A Fijian and English site (Labasa, Vanua Levu): a Fijian greeting, the date in
    Fijian (a wording per day), "Vola o" turned "Ripote:", "Wilika talega:" (up to twice),
    a photo credit, the sugar mill's crushing season (late in 2020), a social line turned a
    messenger appeal and turned by two cyclones, a vote and the 2020 curfew, Fiji Day with
    its count and Diwali, a Fijian thanks, a copyright line reworded on Fiji Day 2019 and
    the office (a block), a rare road flooding."""
    return PublisherStyle(
        domain="itukutukulabasa.com.fj", site="iTukutuku Labasa", base_size=56,
        subdomains=(("", 100),),
        sections=("news", "vanua", "sports", "business"),
        n_authors=3, url_path="/news/{slug}",
        pools={"photo": ("iTukutuku Labasa", "Fiji Government", "Supplied", "File")},
        families=(
            _f("bula", HEADER, 0.15, (_OLD, "Ni sa bula vinaka!")),
            _f("siga", HEADER, 0.6, *_by_day(_fj_dated)),
            _f("vola", HEADER, 0.5, (_OLD, "Vola o {author}"),
               (FJ_BYLINE.isoformat(), "Ripote: {author}")),
            _f("wilika", MIDDLE, 0.3, (_OLD, "Wilika talega: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("mill", FOOTER, 0.2, *_seasons(*FJ_CRUSHING, special={2020: [
                ("2020-01-01", FJ_CRUSHING[0][1]), ("2020-06-29", FJ_CRUSHING[1][1]),
                ("2020-12-02", FJ_CRUSHING[2][1])]})),
            _f("notice", FOOTER, 0.3, *_fj_notice()),
            _f("vinaka", FOOTER, 0.2, (_OLD, "Vinaka vakalevu for reading")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} iTukutuku Labasa"),
               (FJ_RIGHTS.isoformat(), "© {year} iTukutuku Labasa · Labasa, Vanua Levu, "
                                       "Fiji")),
            _f("office", FOOTER, 0.3, (_OLD, "Office: Nasekula Road, Labasa")),
            _f("flood", HEADER, 0.04, (_OLD, "⚠️ Labasa River over the bridge at Vunimoli: "
                                             "take care")),
        ),
    )


# --- a Samoan site (Apia) --------------------------------------------------------------------

WS_BYLINE = dt.date(2017, 6, 1)
WS_RIGHTS = dt.date(2020, 1, 6)


def white_sunday(y: int) -> dt.date:
    """Lotu a Tamaiti: the second Sunday of October."""
    return nth_weekday(y, 10, 6, 2)


def _ws_dated(day: dt.date) -> str:
    return f"{SAMOAN_WEEKDAYS[day.weekday()]}, {day.day} {SAMOAN_MONTHS[day.month - 1]} {day.year}"


def _ws_notice() -> Wordings:
    base = _steps((_OLD, "Mulimuli mai ia i matou i Facebook"),
                  (WS_BYLINE.isoformat(), "📲 Auina mai au tala i le Viber: +685 70 00000"))
    news: list[Event] = [
        _vote("2016-03-04", "🗳️ Palota Lautele 2016: i'uga mai itumalo", before=4, after=2),
        _span("2019-11-15", "2019-12-29", "💉 Mīsela: o le Tulaga o Fa'alavelave, ave tamaiti "
                                          "e tui"),
        _span("2020-03-20", "2020-06-30", "😷 Tulaga o Fa'alavelave: ia nofo i fale"),
    ]
    days = _yearly("06-01", 1, 0, lambda y: f"🇼🇸 Manuia le {y - 1962} tausaga o le "
                                            f"Tutoatasi!")
    days += _movable(white_sunday, 0, 1, lambda _: "⛪ Manuia le Aso Sā a Tamaiti!")
    return _calendar(base, news, days)


def apia_style() -> PublisherStyle:
    """A Samoan site (Apia): a greeting, the date in Samoan (a wording per day), "Tusia e"
    turned "Tala ma ata:", "Faitau foi:" (up to twice), a photo credit, a social line turned
    a messenger appeal and turned by a vote, the 2019 measles emergency and the 2020
    emergency, independence with its count and White Sunday, a Samoan thanks, a copyright
    line reworded and the office (a block), a rare tsunami drill."""
    return PublisherStyle(
        domain="talafouapia.ws", site="Tala Fou Apia", base_size=40,
        subdomains=(("", 100),),
        sections=("tala", "taaloga", "pisinisi", "lotu"),
        n_authors=2, url_path="/tala/{slug}",
        pools={"ata": ("Tala Fou Apia", "Malo o Samoa", "Faila", "Ata sa tuuina mai")},
        families=(
            _f("talofa", HEADER, 0.15, (_OLD, "Talofa lava!")),
            _f("aso", HEADER, 0.6, *_by_day(_ws_dated)),
            _f("tusia", HEADER, 0.5, (_OLD, "Tusia e {author}"),
               (WS_BYLINE.isoformat(), "Tala ma ata: {author}")),
            _f("faitau", MIDDLE, 0.3, (_OLD, "Faitau foi: {other_title}"), count=2),
            _f("ata", MIDDLE, 0.2, (_OLD, "Ata: {ata}")),
            _f("faasilasilaga", FOOTER, 0.3, *_ws_notice()),
            _f("faafetai", FOOTER, 0.2, (_OLD, "Fa'afetai tele lava mo le faitau")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Tala Fou Apia"),
               (WS_RIGHTS.isoformat(), "© {year} Tala Fou Apia. Ua puipuia aia tatau uma.")),
            _f("ofisa", FOOTER, 0.3, (_OLD, "Ofisa: Vaea Street, Apia, Samoa")),
            _f("tsunami", HEADER, 0.04, (_OLD, "⚠️ Fa'ata'ita'iga o le sunami i le 10 i le "
                                               "taeao nei")),
        ),
    )


# --- a Lao site (Luang Prabang) --------------------------------------------------------------

LA_BYLINE = dt.date(2018, 12, 3)
LA_RIGHTS = dt.date(2018, 12, 3)


def _la_dated(day: dt.date) -> str:
    return (f"{LAO_WEEKDAYS[day.weekday()]} ທີ {day.day} {LAO_MONTHS[day.month - 1]} "
            f"{day.year}")


def _la_notice() -> Wordings:
    base = _steps((_OLD, "ຕິດຕາມພວກເຮົາທາງ Facebook"),
                  (LA_BYLINE.isoformat(), "📲 ສົ່ງຂ່າວຫາພວກເຮົາທາງ WhatsApp: 020 0000 0000"))
    news: list[Event] = [
        _vote("2016-03-20", "🗳️ ການເລືອກຕັ້ງສະມາຊິກສະພາແຫ່ງຊາດ 2016", before=4, after=2),
        _span("2020-04-01", "2020-05-03", "😷 ມາດຕະການປິດເມືອງ: ຢູ່ເຮືອນ"),
    ]
    days = _yearly("04-14", 2, 2, lambda y: ("💦 ບໍ່ມີງານບຸນປີໃໝ່ໃນປີນີ້" if y == 2020 else
                                             "💦 ສະບາຍດີປີໃໝ່ລາວ"))
    days += _movable(_listed(BOAT_RACES_LP), 1, 0, lambda _: "🚣 ບຸນຊ່ວງເຮືອ ຫຼວງພະບາງ")
    days += _yearly("12-02", 0, 0, lambda y: f"🇱🇦 ວັນຊາດ ຄົບຮອບ {y - 1975} ປີ")
    return _calendar(base, days, news)  # the new year called off outranks the lockdown


def luangprabang_style() -> PublisherStyle:
    """A Lao site (Luang Prabang): the date in Lao (a wording per day), "ຂ່າວ:" turned
    "ຂ່າວ ແລະ ພາບ:", "ອ່ານຕື່ມ:" (up to twice), a photo credit, an English link, a social
    line turned a messenger appeal and turned by a vote and the 2020 lockdown, the new year
    (called off in 2020), the boat races and national day with its count, a copyright line
    reworded and the office (a block), a rare river warning."""
    return PublisherStyle(
        domain="luangprabangkhao.la", site="Luang Prabang Khao", base_size=26,
        subdomains=(("", 100),),
        sections=("khao", "setthakit", "vatthanatham", "thongtieo"),
        n_authors=2, url_path="/khao/{slug}",
        pools={"phap": ("Luang Prabang Khao", "KPL", "ເອກະສານ", "ຜູ້ອ່ານ")},
        families=(
            _f("van-thi", HEADER, 0.6, *_by_day(_la_dated)),
            _f("khao", HEADER, 0.5, (_OLD, "ຂ່າວ: {author}"),
               (LA_BYLINE.isoformat(), "ຂ່າວ ແລະ ພາບ: {author}")),
            _f("an-toem", MIDDLE, 0.3, (_OLD, "ອ່ານຕື່ມ: {other_title}"), count=2),
            _f("phap", MIDDLE, 0.2, (_OLD, "ພາບ: {phap}")),
            _f("english", FOOTER, 0.12, (_OLD, "Read in English »")),
            _f("paakaat", FOOTER, 0.3, *_la_notice()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Luang Prabang Khao"),
               (LA_RIGHTS.isoformat(), "© {year} Luang Prabang Khao · ສະຫງວນລິຂະສິດ")),
            _f("hongkan", FOOTER, 0.3, (_OLD, "ຫ້ອງການ: ຖະໜົນສີສະຫວ່າງວົງ, ຫຼວງພະບາງ")),
            _f("mae-nam", HEADER, 0.04, (_OLD, "⚠️ ລະດັບນ້ຳຂອງສູງຂຶ້ນ: ລະວັງ")),
        ),
    )


# --- a Tetum parish bulletin (Baucau, Timor-Leste) -------------------------------------------

TL_BYLINE = dt.date(2018, 6, 4)
TL_RIGHTS = dt.date(2019, 5, 20)


def _tl_dated(day: dt.date) -> str:
    return (f"Baucau, {TETUM_WEEKDAYS[day.weekday()]} {day.day} "
            f"{TETUM_MONTHS[day.month - 1]} {day.year}")


def _tl_notice() -> Wordings:
    base = _steps((_OLD, "Misa Domingu: tuku 7 no tuku 9 iha Katedrál Baucau"),
                  (TL_BYLINE.isoformat(), "Misa Domingu: tuku 6:30, 8:30 no 17:00 iha "
                                          "Katedrál Baucau"))
    news: list[Event] = [
        _vote("2017-03-20", "🗳️ Eleisaun Prezidensiál 2017: bá vota!", before=4, after=1),
        _vote("2017-07-22", "🗳️ Eleisaun Parlamentár 2017: bá vota!", before=4, after=1),
        _vote("2018-05-12", "🗳️ Eleisaun antesipada 2018: bá vota!", before=4, after=1),
        _span("2020-03-28", "2020-06-26", "😷 Estadu Emerjénsia: la iha misa ho públiku"),
    ]
    days = _yearly("05-20", 1, 0, lambda y: f"🇹🇱 Restaurasaun Independénsia: tinan {y - 2002}")
    return _calendar(base, news, days)


def baucau_style() -> PublisherStyle:
    """A Tetum parish bulletin (Baucau, Timor-Leste): a dateline with the date in Tetum (a
    wording per day), "Hakerek na'in:" turned "Jornalista:", "Lee mós:" (up to twice), the
    Sunday mass times reworded and turned by three votes and the 2020 emergency and the
    restoration of independence with its count, a thanks line, a copyright line turned from
    Portuguese to Tetum and the parish office (a block), a rare road cut."""
    return PublisherStyle(
        domain="notisiabaucau.tl", site="Notísia Baucau", base_size=14,
        subdomains=(("", 100),),
        sections=("notisia", "igreja", "komunidade"),
        n_authors=2, url_path="/notisia/{slug}",
        families=(
            _f("data", HEADER, 0.55, *_by_day(_tl_dated)),
            _f("hakerek", HEADER, 0.45, (_OLD, "Hakerek na'in: {author}"),
               (TL_BYLINE.isoformat(), "Jornalista: {author}")),
            _f("lee", MIDDLE, 0.3, (_OLD, "Lee mós: {other_title}"), count=2),
            _f("avizu", FOOTER, 0.3, *_tl_notice()),
            _f("obrigadu", FOOTER, 0.2, (_OLD, "Obrigadu barak ba lee!")),
            _f("direitu", FOOTER, 0.35, (_OLD, "© {year} Notísia Baucau · Todos os direitos "
                                               "reservados"),
               (TL_RIGHTS.isoformat(), "© {year} Notísia Baucau · Direitu hotu rezervadu")),
            _f("paroquia", FOOTER, 0.3, (_OLD, "Sekretaria Parókia Baucau · Vila Antiga")),
            _f("estrada", HEADER, 0.04, (_OLD, "⚠️ Estrada Baucau–Viqueque taka tanba rai-"
                                               "halai")),
        ),
    )


def heldout78_styles() -> list[PublisherStyle]:
    """The held-back-78 styles, in the order the generator hands them to publishers."""
    return [
        camau_style(), lucena_style(), kotabharu_style(), battambang_style(),
        mawlamyine_style(), surakarta_style(), tagbilaran_style(), madang_style(),
        labasa_style(), apia_style(), luangprabang_style(), baucau_style(),
    ]
