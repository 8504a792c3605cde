"""The ``held-back-93`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-91 set
(`tests.bench.heldout_templates_91`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of Southeast Asia, large and small: a Vietnamese
daily in Hai Phong, a regional wire in Pontianak, a Thai daily in Khon Kaen, a provincial
paper in North Tapanuli, a Tamil daily in Ipoh, a Bikol and Filipino radio site in Naga City,
a Burmese journal in Mandalay, a Khmer site in Siem Reap, a Lao site in Savannakhet, a Malay
site in Pattani with Jawi and Thai lines, a Filipino workers' site in Hong Kong and a river
conservation group's bulletin in Sabah. The families are the kinds a crawl of such sites
holds: dates localised day by day in Vietnamese, Indonesian, Thai (Buddhist era), Tamil,
Filipino, Burmese, Khmer, Lao and Malay, in their own digits where the sites use them (several
changing form on the day of a redesign, one with the Myanmar era year turning at Thingyan, one
with the Hijri date in Jawi), lines that turn every day or every week (the gold price in
dong, ringgit and kyat, the central bank's rupiah rate on working days, the air quality in the
haze, fuel prices, a dam's level every Monday, the coffee price on market day, the riel and
kip rates, prayer times in Pattani, the peso's rate for Hong Kong dollars, a radio's programme
by weekday, the workers' Sunday), the seasons of monsoon, typhoons, floods and dry months,
bylines and datelines of many shapes, section kickers, read-also links (some up to two
times), photo credits, sources, a wire's editor and correction lines, listening cues,
donation, membership and messenger appeals, prices in dong, rupiah, baht, ringgit, kyat,
dollars at Angkor and kip (several rising over the years), notices reworded in 2016-2020,
notices that follow the region's calendars (votes, a referendum, typhoons and a volcano, the
haze emergencies, a ferry disaster, a dam collapse, mourning for a king and a coronation, the
2020 lockdowns, Tet, Cap Go Meh, the equinox at the equator monument, Songkran and Loy
Krathong, Thaipusam and Deepavali, Penafrancia, Thingyan, the Water Festival and Pchum Ben,
boat races at the end of Lent, Ramadan and the Eids by the Hijri calendar, Kaamatan, national
days with their counts, festivals called off in 2020), multi-line blocks, mid-body inserts,
bare lines and families in only 4% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    easter,
    jdn,
    last_weekday,
    nth_weekday,
)
from tests.bench.heldout_calendar import family as _f
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

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
VIET_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
INDO_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember")
INDO_WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MALAY_MONTHS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos",
                "September", "Oktober", "November", "Disember")
MALAY_WEEKDAYS = ("Isnin", "Selasa", "Rabu", "Khamis", "Jumaat", "Sabtu", "Ahad")
THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
                     "ต.ค.", "พ.ย.", "ธ.ค.")
THAI_WEEKDAYS = ("วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์",
                 "วันอาทิตย์")
TAMIL_MONTHS = ("ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்",
                "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்")
TAMIL_WEEKDAYS = ("திங்கள்", "செவ்வாய்", "புதன்", "வியாழன்", "வெள்ளி", "சனி", "ஞாயிறு")
FILIPINO_MONTHS = ("Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto",
                   "Setyembre", "Oktubre", "Nobyembre", "Disyembre")
FILIPINO_WEEKDAYS = ("Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado",
                     "Linggo")
BURMESE_MONTHS = ("ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်",
                  "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ")
BURMESE_WEEKDAYS = ("တနင်္လာ", "အင်္ဂါ", "ဗုဒ္ဓဟူး", "ကြာသပတေး", "သောကြာ", "စနေ", "တနင်္ဂနွေ")
KHMER_MONTHS = ("មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា",
                "តុលា", "វិច្ឆិកា", "ធ្នូ")
KHMER_WEEKDAYS = ("ថ្ងៃច័ន្ទ", "ថ្ងៃអង្គារ", "ថ្ងៃពុធ", "ថ្ងៃព្រហស្បតិ៍", "ថ្ងៃសុក្រ", "ថ្ងៃសៅរ៍",
                  "ថ្ងៃអាទិត្យ")
LAO_MONTHS = ("ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ",
              "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ")
LAO_WEEKDAYS = ("ວັນຈັນ", "ວັນອັງຄານ", "ວັນພຸດ", "ວັນພະຫັດ", "ວັນສຸກ", "ວັນເສົາ", "ວັນອາທິດ")
JAWI_HIJRI_MONTHS = ("محرم", "صفر", "ربيع الاول", "ربيع الاخير", "جمادل الاول",
                     "جمادل الاخير", "رجب", "شعبان", "رمضان", "شوال", "ذوالقعدة", "ذوالحجة")
RUMI_HIJRI_MONTHS = ("Muharram", "Safar", "Rabiulawal", "Rabiulakhir", "Jamadilawal",
                     "Jamadilakhir", "Rejab", "Syaaban", "Ramadan", "Syawal", "Zulkaedah",
                     "Zulhijjah")

THAI_ZERO, BURMESE_ZERO, KHMER_ZERO, LAO_ZERO = "๐", "၀", "០", "໐"

# The lunar new year's first day (Tet in Vietnam, Imlek in Indonesia, Chinese New Year).
LUNAR_NEW_YEAR = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                  2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
CAN_CHI = {2015: "Ất Mùi", 2016: "Bính Thân", 2017: "Đinh Dậu", 2018: "Mậu Tuất",
           2019: "Kỷ Hợi", 2020: "Canh Tý"}
# The end of Buddhist Lent (Ok Phansa) as Thailand and Laos kept it.
OK_PHANSA = {2015: "2015-10-27", 2016: "2016-10-16", 2017: "2017-10-05", 2018: "2018-10-24",
             2019: "2019-10-13", 2020: "2020-10-02"}
# Idul Fitri and Idul Adha as the Indonesian government announced them.
IDUL_FITRI = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
              2019: "2019-06-05", 2020: "2020-05-24"}
IDUL_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-22",
             2019: "2019-08-11", 2020: "2020-07-31"}
HIJRI_LEAP = frozenset({2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29})  # in a 30-year cycle


def made_up(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.blake2b(f"{key}|{day.isoformat()}".encode(), digest_size=4).digest()
    return low + int.from_bytes(digest, "big") % (high - low + 1)


def week_from(day: dt.date, weekday: int) -> dt.date:
    """The latest `weekday` (Monday 0) on or before `day` (the day a weekly line turns)."""
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def working_day(day: dt.date) -> dt.date:
    """`day`, or the Friday before it on a weekend (a central bank's rate holds over)."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def progress(day: dt.date) -> float:
    """0 on the set's first day to 1 on its last (for prices that drift over the years)."""
    return (day - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days


def dotted(number: int) -> str:
    """`number` with dots between thousands, as Indonesian sites write it (14.215)."""
    return f"{number:,}".replace(",", ".")


def hijri(day: dt.date) -> tuple[int, int, int]:
    """The tabular Islamic date of `day` (civil epoch, leap years 2, 5, 7, ... of 30):
    (year, month 1-12, day)."""
    left = jdn(day) - 1948440
    cycles, left = divmod(left, 10631)
    year = 30 * cycles + 1
    while True:
        length = 355 if (year - 1) % 30 + 1 in HIJRI_LEAP else 354
        if left < length:
            break
        left -= length
        year += 1
    for month in range(1, 13):
        length = 30 if month % 2 or (month == 12 and (year - 1) % 30 + 1 in HIJRI_LEAP) else 29
        if left < length:
            return year, month, left + 1
        left -= length
    raise ValueError(day)


def hijri_day(month: int, day: int) -> Callable[[int], dt.date | None]:
    """The Gregorian day of Hijri `month`/`day` in a year (the first in it; None if none)."""
    def find(y: int) -> dt.date | None:
        d = dt.date(y, 1, 1)
        while d.year == y:
            if hijri(d)[1:] == (month, day):
                return d
            d += dt.timedelta(days=1)
        return None
    return find


def hhmm(minutes: float) -> str:
    """Minutes after midnight as a 24-hour time (05:07)."""
    whole = round(minutes)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def pattani_prayers(day: dt.date) -> tuple[str, str, str, str, str]:
    """Approximate prayer times in Pattani (6.87 N, 101.25 E, UTC+7) on `day`: subuh,
    zohor, asar, maghrib, isyak, from the usual approximations of the sun's declination and
    the equation of time."""
    angle = math.radians(360 / 365 * (day.timetuple().tm_yday - 81))
    equation = 9.87 * math.sin(2 * angle) - 7.53 * math.cos(angle) - 1.5 * math.sin(angle)
    noon = 720 + 4 * (105 - 101.25) - equation
    decl, lat = math.radians(23.44 * math.sin(angle)), math.radians(6.87)
    cos_h = ((math.sin(math.radians(-0.833)) - math.sin(lat) * math.sin(decl))
             / (math.cos(lat) * math.cos(decl)))
    half = 4 * math.degrees(math.acos(cos_h))
    return (hhmm(noon - half - 76), hhmm(noon + 4), hhmm(noon + 210), hhmm(noon + half + 3),
            hhmm(noon + half + 77))


def th(number: int | str, width: int = 0) -> str:
    """`number` in Thai digits."""
    return digits(number, THAI_ZERO, width)


def my(number: int | str, width: int = 0) -> str:
    """`number` in Burmese digits."""
    return digits(number, BURMESE_ZERO, width)


def km(number: int | str, width: int = 0) -> str:
    """`number` in Khmer digits."""
    return digits(number, KHMER_ZERO, width)


def lo(number: int | str, width: int = 0) -> str:
    """`number` in Lao digits."""
    return digits(number, LAO_ZERO, width)


# --- a Vietnamese daily (Hai Phong) ------------------------------------------------------------

VN_REDESIGN = dt.date(2017, 9, 2)  # relaunched on National Day
VN_RELATED = dt.date(2019, 3, 1)
VN_ZALO = dt.date(2019, 5, 19)
VN_LICENCE = dt.date(2018, 6, 21)  # a new licence, on the press day
HUNG_KINGS = {2015: "2015-04-28", 2016: "2016-04-16", 2017: "2017-04-06", 2018: "2018-04-25",
              2019: "2019-04-14", 2020: "2020-04-02"}


def _vn_dated(day: dt.date) -> str:
    weekday = VIET_WEEKDAYS[day.weekday()]
    if day < VN_REDESIGN:
        return f"{weekday}, {day:%d/%m/%Y}, {{time}} (GMT+7)"
    return f"{weekday}, {day.day}/{day.month}/{day.year} | {{time}}"


def vn_gold(day: dt.date) -> tuple[float, float]:
    """The made-up buying and selling prices of a tael of SJC gold in million dong on `day`
    (about 35 in 2015 to 45 in late 2020, most of the rise in 2020)."""
    p = progress(day)
    buy = 34.6 + 4 * p + 40 * max(0.0, p - 0.8) + made_up(day, "vn-gold", -40, 40) / 100
    return round(buy, 2), round(buy + 0.2 + made_up(day, "vn-spread", 0, 30) / 100, 2)


def _vn_gold(day: dt.date) -> str:
    buy, sell = vn_gold(day)
    return (f"Giá vàng SJC tại Hải Phòng hôm nay: mua vào {buy:.2f} – bán ra {sell:.2f} "
            f"triệu đồng/lượng")


def _vn_tet(y: int) -> str:
    return f"🧧 Chúc mừng năm mới Xuân {CAN_CHI[y]} {y}"


def _vn_notice() -> Wordings:
    base = _steps((_OLD, "Theo dõi Sóng Cửa Cấm trên Facebook để cập nhật tin tức mỗi ngày"),
                  (VN_ZALO.isoformat(), "📲 Nhận tin nhanh qua Zalo: quét mã QR ở cuối trang"))
    news: list[Event] = [
        _vote("2016-05-22", "🗳️ Bầu cử đại biểu Quốc hội khóa XIV và HĐND các cấp: cử tri "
                            "Hải Phòng đi bầu", before=6),
        _span("2016-07-26", "2016-07-28", "🌀 Bão số 1: tàu thuyền vào nơi tránh trú, không "
                                          "ra khơi"),
        _span("2020-04-01", "2020-04-22", "😷 Giãn cách xã hội: ai ở đâu ở yên đó"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 3, 4, _vn_tet)
    feasts += _movable(_listed(HUNG_KINGS), 1, 0, lambda _: "🏮 Giỗ Tổ Hùng Vương mùng 10 "
                                                             "tháng 3")
    feasts += _yearly("04-30", 0, 1, lambda y: f"🇻🇳 {y - 1975} năm Ngày Giải phóng miền Nam, "
                                               f"thống nhất đất nước")
    feasts += _yearly("05-13", 0, 0, lambda y: f"🌺 {y - 1955} năm Ngày Giải phóng Hải Phòng")
    feasts += _yearly("09-02", 1, 0, lambda y: f"🇻🇳 Quốc khánh 2/9: {y - 1945} năm")
    return _calendar(base, news, feasts)


def haiphong_style() -> PublisherStyle:
    """A Vietnamese daily (Hai Phong): a section kicker, the weekday, the date, the time and
    the zone turned the weekday, the date unpadded and the time on National Day 2017 (a
    wording per day), the writer at the foot turned "Bài và ảnh:", a source, "Xem thêm:"
    turned with a mark (up to twice), a photo credit, an advert's label mid-body, the SJC gold
    price every day, the seasons (storms, the north-east monsoon, damp spring), a social line
    turned a messenger appeal and turned by a vote, a storm and the 2020 distancing, Tet with
    its year's name, the Hung Kings, the liberation days and National Day with their counts,
    the licence line renewed, a reprint line and the newsroom's address (a block), a rare
    power cut."""
    return PublisherStyle(
        domain="songcuacam.vn", site="Sóng Cửa Cấm", base_size=245,
        subdomains=(("", 80), ("m.", 20)),
        sections=("thoi-su", "kinh-te", "cang-bien", "xa-hoi", "the-thao", "van-hoa"),
        n_authors=7, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Thời sự", "Kinh tế", "Cảng biển", "Xã hội", "Thể thao", "Văn hóa"),
            "nguon": ("TTXVN", "Cổng thông tin điện tử thành phố", "VOV", "Báo Nhân Dân",
                      "Sở Y tế Hải Phòng"),
            "anh": ("Tư liệu", "TTXVN", "Cảng vụ Hải Phòng cung cấp", "Sóng Cửa Cấm",
                    "Người dân cung cấp"),
        },
        families=(
            _f("chuyen-muc", HEADER, 0.35, (_OLD, "{chuyenmuc}")),
            _f("ngay-dang", HEADER, 0.8, *_by_day(_vn_dated)),
            _f("xem-them", MIDDLE, 0.35, (_OLD, "Xem thêm: {other_title}"),
               (VN_RELATED.isoformat(), "» Đọc thêm: {other_title}"), count=2),
            _f("anh", MIDDLE, 0.2, (_OLD, "Ảnh: {anh}")),
            _f("quang-cao", MIDDLE, 0.08, (_OLD, "Quảng cáo")),
            _f("tac-gia", FOOTER, 0.55, (_OLD, "{author}"),
               (VN_REDESIGN.isoformat(), "Bài và ảnh: {author}")),
            _f("nguon", FOOTER, 0.2, (_OLD, "Nguồn: {nguon}")),
            _f("gia-vang", FOOTER, 0.2, *_by_day(_vn_gold)),
            _f("thoi-tiet", FOOTER, 0.15, *_seasons(
                ("02-10", "🌫️ Nồm ẩm: đóng cửa kính, bật máy hút ẩm để tránh nấm mốc"),
                ("05-15", "🌀 Mùa mưa bão: theo dõi bản tin của Đài Khí tượng Thủy văn khu vực "
                          "Đông Bắc"),
                ("11-01", "❄️ Gió mùa đông bắc: giữ ấm cho người già và trẻ nhỏ"))),
            _f("thong-bao", FOOTER, 0.3, *_vn_notice()),
            _f("giay-phep", FOOTER, 0.3, (_OLD, "Giấy phép số 123/GP-BTTTT cấp ngày "
                                                "05/04/2012"),
               (VN_LICENCE.isoformat(), "Giấy phép số 289/GP-BTTTT cấp ngày 21/06/2018")),
            _f("ban-quyen", FOOTER, 0.4, (_OLD, "© {year} Sóng Cửa Cấm. Ghi rõ nguồn khi phát "
                                                "hành lại thông tin từ website này.")),
            _f("toa-soan", FOOTER, 0.25, (_OLD, "Tòa soạn: Số 00 Điện Biên Phủ, quận Ngô "
                                                "Quyền, Hải Phòng · ĐT: 0225 000 0000")),
            _f("mat-dien", HEADER, 0.04, (_OLD, "⚠️ Điện lực Hải Phòng: tạm ngừng cấp điện "
                                                "khu vực Lê Chân từ 7h đến 17h hôm nay")),
        ),
    )


# --- a regional wire (Pontianak, West Kalimantan) ----------------------------------------------

KB_REDESIGN = dt.date(2018, 8, 17)  # relaunched on Independence Day
KB_TELEGRAM = dt.date(2019, 2, 11)
KB_RIGHTS = dt.date(2019, 1, 1)
KB_RATES = dt.date(2018, 1, 2)
CAP_GO_MEH = {2015: "2015-03-05", 2016: "2016-02-22", 2017: "2017-02-11", 2018: "2018-03-02",
              2019: "2019-02-19", 2020: "2020-02-08"}


def _kb_dated(day: dt.date) -> str:
    weekday, month = INDO_WEEKDAYS[day.weekday()], INDO_MONTHS[day.month - 1]
    if day < KB_REDESIGN:
        return f"{weekday}, {day.day} {month} {day.year} {{time}} WIB"
    return f"{day:%d/%m/%Y} {{time}} WIB"


def kb_rupiah(day: dt.date) -> int:
    """The made-up middle rate of a US dollar in rupiah on `day`'s working day (about 12,600
    in 2015 to 14,100 in 2020, with a spike in 2018)."""
    work = working_day(day)
    p = progress(work)
    bump = 900 * max(0.0, 1 - abs(p - 0.62) / 0.08)
    return round(12600 + 1500 * p + bump) + made_up(work, "kb-idr", -60, 60)


def _kb_rate(day: dt.date) -> str:
    return f"Kurs tengah BI: Rp{dotted(kb_rupiah(day))} per dolar AS"


def kb_air(day: dt.date) -> int:
    """The made-up air quality index (ISPU) in Pontianak on `day`: low in the wet months,
    high in the dry ones and very high in the haze of 2015 and 2019."""
    base = (35, 40, 45, 40, 45, 55, 70, 95, 110, 80, 45, 35)[day.month - 1]
    if dt.date(2015, 8, 20) <= day <= dt.date(2015, 10, 25):
        base += 230
    if dt.date(2019, 8, 5) <= day <= dt.date(2019, 9, 25):
        base += 200
    return base + made_up(day, "kb-air", -15, 15)


def _kb_air(day: dt.date) -> str:
    n = kb_air(day)
    level = ("baik" if n <= 50 else "sedang" if n <= 100 else "tidak sehat" if n <= 200
             else "sangat tidak sehat" if n <= 300 else "berbahaya")
    return f"🌫️ ISPU Pontianak hari ini: {n} ({level})"


def _kb_notice() -> Wordings:
    base = _steps((_OLD, "Ikuti berita terbaru KBK di Twitter: @kbkapuas"),
                  (KB_TELEGRAM.isoformat(), "📲 Berita KBK kini hadir di kanal Telegram: "
                                            "t.me/kbkapuas"))
    news: list[Event] = [
        _span("2015-09-10", "2015-10-31", "🔥 Status tanggap darurat kabut asap: kurangi "
                                          "aktivitas di luar rumah"),
        _vote("2015-12-09", "🗳️ Pilkada serentak 2015: hasil hitung cepat di tujuh kabupaten",
              before=6),
        _vote("2018-06-27", "🗳️ Pilgub Kalbar 2018: pantau hasil hitung per kabupaten",
              before=6),
        _vote("2019-04-17", "🗳️ Pemilu 2019: pencoblosan pukul 07.00–13.00 WIB", before=6,
              after=3),
        _span("2019-08-10", "2019-09-25", "🔥 Kabut asap: sekolah diliburkan, gunakan masker"),
        _span("2020-03-20", "2020-06-07", "😷 Siaga COVID-19: jaga jarak, cuci tangan, pakai "
                                          "masker"),
        _vote("2020-12-09", "🗳️ Pilkada 2020: datang ke TPS sesuai jadwal dan pakai masker",
              before=6),
    ]
    sun = _yearly("03-21", 0, 2, lambda _: "☀️ Titik kulminasi matahari di Tugu "
                                           "Khatulistiwa: benda tegak tanpa bayangan")
    sun += _yearly("09-21", 0, 2, lambda _: "☀️ Titik kulminasi matahari di Tugu "
                                            "Khatulistiwa: benda tegak tanpa bayangan")
    feasts = _movable(_listed(CAP_GO_MEH), 1, 0, lambda y: f"🏮 Cap Go Meh {y} di Singkawang: "
                                                           f"pawai tatung")
    feasts += _movable(_listed(IDUL_FITRI), 2, 2,
                       lambda y: f"🌙 Selamat Idul Fitri {hijri(_listed(IDUL_FITRI)(y))[0]} H")
    feasts += _yearly("08-17", 1, 0, lambda y: f"🇮🇩 Dirgahayu RI ke-{y - 1945}")
    return _calendar(base, news, sun, feasts)


def pontianak_style() -> PublisherStyle:
    """A regional wire (Pontianak): the city in capitals and the agency's mark as a dateline
    turned with a dash, the weekday, date and time turned a numeric date on Independence Day
    2018 (a wording per day), "Baca juga:" (up to twice), the wire's photo credit, the
    reporter and the editor (a block), a verification line, the central bank's rupiah rate
    on working days, the air quality every day (the 2015 and 2019 haze), a social line turned
    a channel appeal and turned by the haze emergencies, four votes and the 2020 alert, the
    equinox at the equator monument twice a year, Cap Go Meh, Idul Fitri with its Hijri year
    and Independence with its count, the service's price rising, a rights line reworded, a
    rare correction."""
    return PublisherStyle(
        domain="kbkapuas.id", site="Kantor Berita Kapuas", base_size=220,
        subdomains=(("www.", 90), ("", 10)),
        sections=("kalbar", "ekonomi", "politik", "hukum", "olahraga", "nusantara"),
        n_authors=8, url_path="/berita/{n}/{slug}",
        pools={
            "kota": ("PONTIANAK", "SINGKAWANG", "KETAPANG", "SINTANG", "SAMBAS", "MEMPAWAH",
                     "PUTUSSIBAU", "KUBU RAYA"),
        },
        families=(
            _f("dateline", HEADER, 0.85, (_OLD, "{kota} (KBK) -"),
               (KB_REDESIGN.isoformat(), "{kota}, KBK —")),
            _f("tanggal", HEADER, 0.8, *_by_day(_kb_dated)),
            _f("baca-juga", MIDDLE, 0.35, (_OLD, "Baca juga: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.25, (_OLD, "(Foto KBK/{author2})")),
            _f("pewarta", FOOTER, 0.75, (_OLD, "Pewarta: {author}")),
            _f("editor", FOOTER, 0.65, (_OLD, "Editor: {author2}")),
            _f("pedoman", FOOTER, 0.15, (_OLD, "Berita ini telah diverifikasi sesuai Pedoman "
                                               "Pemberitaan Media Siber.")),
            _f("kurs", FOOTER, 0.2, *_by_day(_kb_rate)),
            _f("ispu", FOOTER, 0.2, *_by_day(_kb_air)),
            _f("pengumuman", FOOTER, 0.3, *_kb_notice()),
            _f("layanan", FOOTER, 0.12, (_OLD, "Layanan berita KBK untuk media mitra: mulai "
                                               "Rp2.500.000 per bulan"),
               (KB_RATES.isoformat(), "Layanan berita KBK untuk media mitra: mulai "
                                      "Rp3.000.000 per bulan, termasuk foto")),
            _f("hak-cipta", FOOTER, 0.45, (_OLD, "© {year} Kantor Berita Kapuas. Dilarang "
                                                 "mengutip tanpa izin."),
               (KB_RIGHTS.isoformat(), "© {year} Kantor Berita Kapuas. Hak cipta dilindungi "
                                       "undang-undang; dilarang menyiarkan ulang tanpa izin "
                                       "tertulis.")),
            _f("ralat", HEADER, 0.04, (_OLD, "Ralat: berita ini telah diperbarui pada paragraf "
                                             "ketiga.")),
        ),
    )


# --- a Thai daily (Khon Kaen) ------------------------------------------------------------------

TH_REDESIGN = dt.date(2018, 4, 13)  # relaunched at Songkran
TH_LINE = dt.date(2019, 1, 14)
TH_RELATED = dt.date(2019, 6, 3)
LOY_KRATHONG = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-03", 2018: "2018-11-22",
                2019: "2019-11-11", 2020: "2020-10-31"}


def _th_dated(day: dt.date) -> str:
    if day < TH_REDESIGN:
        return (f"{THAI_WEEKDAYS[day.weekday()]}ที่ {th(day.day)} {THAI_MONTHS[day.month - 1]} "
                f"พ.ศ. {th(day.year + 543)}")
    short = THAI_MONTHS_SHORT[day.month - 1]
    return f"{day.day} {short} {(day.year + 543) % 100:02d} | {{time}} น."


def th_fuel(day: dt.date) -> float:
    """The made-up price of a litre of gasohol 95 in baht, changed every few days (about 28
    to 32, lower in 2016 and in the spring of 2020)."""
    step = day - dt.timedelta(days=(day - FIRST_DAY).days % 4)
    p = progress(step)
    dip = 6 * max(0.0, 1 - abs(p - 0.88) / 0.05)
    return round(28 + 3 * math.sin(p * 7) - dip + made_up(step, "th-fuel", -40, 40) / 100, 2)


def _th_fuel(day: dt.date) -> str:
    return f"⛽ ราคาน้ำมันวันนี้ แก๊สโซฮอล์ 95 ลิตรละ {th_fuel(day):.2f} บาท"


def th_dam(day: dt.date) -> int:
    """The made-up share of the Ubol Ratana dam's water fit for use on `day`'s Monday: low
    before the rains, lowest in the 2015-2016 drought."""
    monday = week_from(day, 0)
    base = (30, 27, 23, 19, 16, 15, 17, 24, 38, 45, 41, 35)[monday.month - 1]
    if monday < dt.date(2016, 9, 1):
        base = max(1, base - 14)
    return max(1, base + made_up(monday, "th-dam", -3, 3))


def _th_dam(day: dt.date) -> str:
    monday = week_from(day, 0)
    return (f"💧 เขื่อนอุบลรัตน์มีน้ำใช้การได้ {th_dam(day)}% (ข้อมูลวันจันทร์ที่ {monday.day} "
            f"{THAI_MONTHS_SHORT[monday.month - 1]})")


def _th_songkran(y: int) -> str:
    if y == 2020:
        return "💦 เลื่อนวันหยุดสงกรานต์ 2563 ออกไป งดสาดน้ำทุกพื้นที่"
    return f"💦 สงกรานต์ {y + 543} ถนนข้าวเหนียว: ปิดถนนศรีจันทร์ช่วงเย็น"


def _th_notice() -> Wordings:
    base = _steps((_OLD, "ติดตามข่าวได้ทาง Facebook: ข่าวแก่นนคร"),
                  (TH_LINE.isoformat(), "📲 เพิ่มเพื่อนทาง LINE: @kaennakhon รับข่าวก่อนใคร"))
    news: list[Event] = [
        _vote("2016-08-07", "🗳️ ออกเสียงประชามติร่างรัฐธรรมนูญ: ตรวจสอบหน่วยออกเสียงของท่าน",
              before=6),
        _span("2016-10-14", "2016-11-13", "🖤 ร่วมไว้ทุกข์และน้อมรำลึกในพระมหากรุณาธิคุณ"),
        _span("2017-10-25", "2017-10-28", "🖤 พระราชพิธีถวายพระเพลิงพระบรมศพ: "
                                          "ร่วมวางดอกไม้จันทน์ที่บึงแก่นนคร"),
        _vote("2019-03-24", "🗳️ เลือกตั้ง ส.ส. 2562: ขอนแก่น 10 เขต", before=6),
        _span("2019-05-04", "2019-05-06", "👑 พระราชพิธีบรมราชาภิเษก: ทรงพระเจริญ"),
        _span("2020-03-26", "2020-05-31", "😷 พ.ร.ก.ฉุกเฉิน: งดออกจากบ้านช่วงเคอร์ฟิว "
                                          "22.00–04.00 น."),
    ]
    feasts = _yearly("04-13", 2, 2, _th_songkran)
    feasts += _movable(_listed(LOY_KRATHONG), 1, 0,
                       lambda y: f"🏮 ลอยกระทง {y + 543} ที่บึงแก่นนคร")
    feasts += _yearly("11-29", 0, 9, lambda y: f"🧣 งานไหมนานาชาติ ผูกเสี่ยว และงานกาชาด "
                                               f"ขอนแก่น {y + 543}")
    return _calendar(base, feasts, news)  # Songkran's notice wins over the emergency


def khonkaen_style() -> PublisherStyle:
    """A Thai daily (Khon Kaen): a section kicker, the weekday and the date with the
    Buddhist era year in Thai digits turned a short date and the time at Songkran 2018 (a
    wording per day), "โดย" turned a writer and photographer credit, "อ่านเพิ่มเติม:" turned
    with a mark (up to twice), a photo credit, an advert's label mid-body, a source, the fuel
    price changed every few days, the dam's level every Monday, a social line turned a
    messenger appeal and turned by a referendum, the king's death and cremation, a vote, the
    coronation and the 2020 emergency, Songkran (put off in 2020), Loy Krathong and the silk
    festival with the Buddhist era year, the cover price rising, a rights line and the
    office's address (a block), a rare power cut."""
    return PublisherStyle(
        domain="khaokaennakhon.com", site="ข่าวแก่นนคร", base_size=195,
        subdomains=(("www.", 100),),
        sections=("khonkaen", "isan", "politics", "economy", "sport", "entertain"),
        n_authors=6, url_path="/news/{section}/{n}",
        pools={
            "mouat": ("ข่าวขอนแก่น", "ข่าวอีสาน", "การเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง"),
            "phap": ("ข่าวแก่นนคร", "ประชาสัมพันธ์จังหวัดขอนแก่น", "ผู้อ่านส่งมา", "แฟ้มภาพ"),
            "thima": ("สำนักงานประชาสัมพันธ์จังหวัดขอนแก่น", "มหาวิทยาลัยขอนแก่น",
                      "กรมอุตุนิยมวิทยา", "ตำรวจภูธรจังหวัดขอนแก่น"),
        },
        families=(
            _f("mouat", HEADER, 0.35, (_OLD, "{mouat}")),
            _f("wanthi", HEADER, 0.8, *_by_day(_th_dated)),
            _f("doi", HEADER, 0.5, (_OLD, "โดย {author}"),
               (TH_REDESIGN.isoformat(), "เรื่อง: {author} / ภาพ: {author2}")),
            _f("an-pherm", MIDDLE, 0.3, (_OLD, "อ่านเพิ่มเติม: {other_title}"),
               (TH_RELATED.isoformat(), "👉 อ่านข่าวที่เกี่ยวข้อง: {other_title}"), count=2),
            _f("phap", MIDDLE, 0.2, (_OLD, "ภาพ: {phap}")),
            _f("khosana", MIDDLE, 0.08, (_OLD, "โฆษณา")),
            _f("thima", FOOTER, 0.2, (_OLD, "ที่มา: {thima}")),
            _f("namman", FOOTER, 0.2, *_by_day(_th_fuel)),
            _f("khuean", FOOTER, 0.15, *_by_day(_th_dam)),
            _f("prakat", FOOTER, 0.3, *_th_notice()),
            _f("rakha", FOOTER, 0.15, (_OLD, "ฉบับละ 10 บาท"),
               ("2018-01-02", "ฉบับละ 12 บาท · สมาชิกรายปี 3,600 บาท")),
            _f("likhasit", FOOTER, 0.4, (_OLD, "© {year} ข่าวแก่นนคร สงวนลิขสิทธิ์"),
               ("2017-01-03", "สงวนลิขสิทธิ์ตาม พ.ร.บ.ลิขสิทธิ์ © {year} ข่าวแก่นนคร")),
            _f("samnakngan", FOOTER, 0.25, (_OLD, "สำนักงาน: ถนนหน้าเมือง อ.เมือง จ.ขอนแก่น "
                                                  "โทร. 043-000-000")),
            _f("fai-dap", HEADER, 0.04, (_OLD, "⚠️ การไฟฟ้าส่วนภูมิภาคขอนแก่น: งดจ่ายไฟวันนี้ "
                                               "08.30–16.30 น.")),
        ),
    )


# --- a provincial paper (Tarutung, North Tapanuli) ---------------------------------------------

KT_REDESIGN = dt.date(2019, 1, 2)
KT_WHATSAPP = dt.date(2019, 9, 2)
KT_PRICE = dt.date(2018, 7, 2)


def _kt_dated(day: dt.date) -> str:
    weekday, month = INDO_WEEKDAYS[day.weekday()], INDO_MONTHS[day.month - 1]
    if day < KT_REDESIGN:
        return f"Tarutung, {weekday}, {day.day} {month} {day.year}"
    return f"{weekday}, {day:%d-%m-%Y} | {{time}} WIB"


def kt_coffee(day: dt.date) -> int:
    """The made-up price of a kilo of arabica cherries in rupiah at Siborongborong's
    Tuesday market in `day`'s week (about 9,000 to 12,000)."""
    tuesday = week_from(day, 1)
    return 500 * round((9000 + 2500 * math.sin(progress(tuesday) * 9) ** 2
                        + made_up(tuesday, "kt-kopi", -600, 600)) / 500)


def _kt_coffee(day: dt.date) -> str:
    tuesday = week_from(day, 1)
    return (f"☕ Harga kopi arabika gelondong di Onan Siborongborong, Selasa {tuesday.day} "
            f"{INDO_MONTHS[tuesday.month - 1]}: Rp{dotted(kt_coffee(day))}/kg")


def _kt_notice() -> Wordings:
    base = _steps((_OLD, "Sukai halaman Facebook Kabar Tapanuli untuk berita terbaru"),
                  (KT_WHATSAPP.isoformat(), "📲 Kirim informasi dan foto kejadian ke WhatsApp "
                                            "redaksi: 0812-0000-0000"))
    news: list[Event] = [
        _vote("2018-06-27", "🗳️ Pilgub Sumut dan Pilkada Taput 2018: hasil hitung per "
                            "kecamatan", before=6),
        _span("2018-06-19", "2018-06-20", "🚢 Posko informasi korban KM Sinar Bangun di "
                                          "Pelabuhan Tigaras"),
        _vote("2019-04-17", "🗳️ Pemilu 2019: cek nama Anda di DPT sebelum ke TPS", before=6),
        _span("2020-03-23", "2020-06-07", "😷 Tetap di rumah: ibadah Minggu dari rumah masing-"
                                          "masing"),
        _vote("2020-12-09", "🗳️ Pilkada 2020 di Humbahas, Tobasa, Samosir, Sibolga dan "
                            "Tapteng", before=6),
    ]
    feasts = _movable(easter, 2, 1, lambda y: f"✝️ Selamat Paskah {y}")
    feasts += _yearly("08-17", 1, 0, lambda y: f"🇮🇩 Dirgahayu Republik Indonesia ke-{y - 1945}")
    feasts += _yearly("12-25", 3, 1, lambda y: f"🎄 Selamat Natal {y}, horas jala gabe!")
    feasts += _yearly("01-01", 3, 0, lambda y: f"🎆 Selamat Tahun Baru {y}")
    return _calendar(base, news, feasts)


def tapanuli_style() -> PublisherStyle:
    """A provincial paper (Tarutung, North Tapanuli): a Batak greeting, a regency kicker, the
    town, weekday and date turned the weekday, a dashed date and the time in 2019 (a wording
    per day), "Laporan:" turned with the town, "BACA JUGA:" (up to twice), a photo credit, the
    coffee price on market day every week, the rains and the dry months, a social line turned
    a messenger appeal and turned by three votes, the ferry disaster on Lake Toba and the 2020
    stay-at-home, Easter, Independence with its count, Christmas and the new year, the cover
    and subscription price rising, a rights line and the newsroom's address (a block), a rare
    landslide."""
    return PublisherStyle(
        domain="kabartapanuli.co.id", site="Kabar Tapanuli", base_size=170,
        subdomains=(("www.", 100),),
        sections=("taput", "humbahas", "toba", "samosir", "sibolga", "tapteng"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "rubrik": ("Taput", "Humbahas", "Toba", "Samosir", "Sibolga", "Tapteng", "Opini"),
        },
        families=(
            _f("horas", HEADER, 0.12, (_OLD, "Horas! Salam dari Tano Batak")),
            _f("rubrik", HEADER, 0.35, (_OLD, "{rubrik}")),
            _f("tanggal", HEADER, 0.75, *_by_day(_kt_dated)),
            _f("laporan", HEADER, 0.45, (_OLD, "Laporan: {author}"),
               (KT_REDESIGN.isoformat(), "Reporter: {author} | Tarutung")),
            _f("baca", MIDDLE, 0.3, (_OLD, "BACA JUGA: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "FOTO: {author2}/Kabar Tapanuli")),
            _f("kopi", FOOTER, 0.2, *_by_day(_kt_coffee)),
            _f("musim", FOOTER, 0.15, *_seasons(
                ("03-01", "🌧️ Musim hujan: waspadai longsor di jalan lintas Tarutung–"
                          "Sipirok"),
                ("06-01", "☀️ Kemarau: hemat air dan jangan membakar lahan"),
                ("09-15", "🌧️ Musim hujan: waspadai longsor di jalan lintas Tarutung–"
                          "Sipirok"))),
            _f("pengumuman", FOOTER, 0.3, *_kt_notice()),
            _f("harga", FOOTER, 0.15, (_OLD, "Harga eceran Rp3.000 · Langganan Rp75.000/bulan"),
               (KT_PRICE.isoformat(), "Harga eceran Rp4.000 · Langganan Rp95.000/bulan")),
            _f("hak-cipta", FOOTER, 0.4, (_OLD, "© {year} Kabar Tapanuli. Hak cipta dilindungi "
                                                "undang-undang.")),
            _f("redaksi", FOOTER, 0.25, (_OLD, "Redaksi: Jl. Sisingamangaraja No. 00, Tarutung "
                                               "· Telp. (0633) 000000")),
            _f("longsor", HEADER, 0.04, (_OLD, "⚠️ Longsor di Batu Lubang: jalan Tarutung–"
                                               "Sibolga buka tutup")),
        ),
    )


# --- a Tamil daily (Ipoh, Perak) ---------------------------------------------------------------

IP_REDESIGN = dt.date(2018, 10, 1)
IP_TELEGRAM = dt.date(2019, 4, 15)
THAIPUSAM = {2015: "2015-02-03", 2016: "2016-01-24", 2017: "2017-02-09", 2018: "2018-01-31",
             2019: "2019-01-21", 2020: "2020-02-08"}
DEEPAVALI = {2015: "2015-11-10", 2016: "2016-10-29", 2017: "2017-10-18", 2018: "2018-11-06",
             2019: "2019-10-27", 2020: "2020-11-14"}


def _ip_dated(day: dt.date) -> str:
    weekday, month = TAMIL_WEEKDAYS[day.weekday()], TAMIL_MONTHS[day.month - 1]
    if day < IP_REDESIGN:
        return f"{day.day} {month} {day.year}, {weekday}க்கிழமை"
    return f"{weekday}, {day:%d/%m/%Y} - {{time}}"


def _ip_dateline(day: dt.date) -> str:
    return f"{{ooru}}, {TAMIL_MONTHS[day.month - 1]} {day.day}-"


def ip_gold(day: dt.date) -> int:
    """The made-up price of a gram of 916 gold in ringgit on `day` (about 150 in 2015 to
    210 in late 2020)."""
    p = progress(day)
    return round(148 + 30 * p + 120 * max(0.0, p - 0.75)) + made_up(day, "ip-gold", -3, 3)


def _ip_gold(day: dt.date) -> str:
    return f"🪙 இன்றைய தங்க விலை (916): கிராமுக்கு RM{ip_gold(day)}"


def _ip_notice() -> Wordings:
    base = _steps((_OLD, "எங்கள் Facebook பக்கத்தை லைக் செய்யுங்கள்: ஈப்போ முரசு"),
                  (IP_TELEGRAM.isoformat(), "📲 செய்திகளை உடனுக்குடன் பெற எங்கள் Telegram "
                                            "அலைவரிசையில் இணையுங்கள்"))
    news: list[Event] = [
        _vote("2018-05-09", "🗳️ 14ஆவது பொதுத் தேர்தல்: பேராக் தொகுதிகளின் முடிவுகள்",
              before=10),
        _span("2020-03-18", "2020-05-03", "😷 நடமாட்டக் கட்டுப்பாட்டு ஆணை: வீட்டிலேயே "
                                          "இருங்கள்"),
        _span("2020-05-04", "2020-06-09", "😷 நிபந்தனைக்குட்பட்ட நடமாட்டக் கட்டுப்பாடு: "
                                          "SOP-ஐ பின்பற்றுங்கள்"),
    ]
    feasts = _movable(_listed(THAIPUSAM), 2, 0,
                      lambda y: f"🙏 தைப்பூசம் {y}: கல்லுமலை முருகன் ஆலயத்தில் ரத ஊர்வலம்")
    feasts += _yearly("01-15", 1, 0, lambda _: "🌾 இனிய பொங்கல் நல்வாழ்த்துகள்!")
    feasts += _yearly("04-14", 0, 0, lambda _: "🌸 இனிய தமிழ்ப் புத்தாண்டு வாழ்த்துகள்")
    feasts += _yearly("08-31", 1, 0, lambda y: f"🇲🇾 {y - 1957}ஆவது தேசிய தினம்: "
                                               f"Merdeka! Merdeka!")
    feasts += _movable(_listed(DEEPAVALI), 3, 1, lambda y: f"🪔 தீபாவளி {y} நல்வாழ்த்துகள்")
    return _calendar(base, news, feasts)


def ipoh_style() -> PublisherStyle:
    """A Tamil daily (Ipoh): a section kicker, the date and the Tamil weekday turned the
    weekday, a numeric date and the time in October 2018 (a wording per day), a town's
    dateline with the month and day and a dash (a wording per day), "செய்தி:" turned "எழுத்து",
    "இதையும் படிங்க:" (up to twice), a photo credit, an advert's label mid-body, the gold
    price per gram every day, a social line turned a channel appeal and turned by the 2018
    election and the 2020 movement orders, Thaipusam at the hill temple, Pongal, the Tamil new
    year, Merdeka with its count and Deepavali, the cover price rising twice, a rights line and
    the office's address (a block), a rare water cut."""
    return PublisherStyle(
        domain="ipohmurasu.com.my", site="ஈப்போ முரசு", base_size=150,
        subdomains=(("www.", 100),),
        sections=("perak", "nadu", "ulagam", "vilaiyattu", "cinema", "aalayam"),
        n_authors=5, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "pirivu": ("பேராக்", "நாடு", "உலகம்", "விளையாட்டு", "சினிமா", "ஆலய செய்திகள்"),
            "ooru": ("ஈப்போ", "தைப்பிங்", "தெலுக் இந்தான்", "சுங்கை சிப்புட்", "கம்பார்",
                     "பத்து காஜா", "கோலாலம்பூர்"),
            "padam": ("ஈப்போ முரசு", "பெர்னாமா", "கோப்புப் படம்", "சமூக ஊடகம்"),
        },
        families=(
            _f("pirivu", HEADER, 0.35, (_OLD, "{pirivu}")),
            _f("thethi", HEADER, 0.7, *_by_day(_ip_dated)),
            _f("ooru", HEADER, 0.55, *_by_day(_ip_dateline)),
            _f("seithi", HEADER, 0.35, (_OLD, "செய்தி: {author}"),
               (IP_REDESIGN.isoformat(), "எழுத்து: {author}")),
            _f("padikka", MIDDLE, 0.3, (_OLD, "இதையும் படிங்க: {other_title}"), count=2),
            _f("padam", MIDDLE, 0.2, (_OLD, "படம்: {padam}")),
            _f("vilambaram", MIDDLE, 0.08, (_OLD, "விளம்பரம்")),
            _f("thangam", FOOTER, 0.2, *_by_day(_ip_gold)),
            _f("arivippu", FOOTER, 0.3, *_ip_notice()),
            _f("vilai", FOOTER, 0.15, (_OLD, "விலை: RM1.00"), ("2017-01-02", "விலை: RM1.20"),
               ("2020-07-01", "விலை: RM1.50 · மின்னிதழ் மாதம் RM15")),
            _f("urimai", FOOTER, 0.4, (_OLD, "© {year} ஈப்போ முரசு. அனைத்து உரிமைகளும் "
                                             "பாதுகாக்கப்பட்டவை.")),
            _f("mugavari", FOOTER, 0.25, (_OLD, "அலுவலகம்: Jalan Sultan Iskandar, 30000 Ipoh, "
                                                "Perak · தொலைபேசி: 05-000 0000")),
            _f("neer", HEADER, 0.04, (_OLD, "⚠️ ஈப்போவின் சில பகுதிகளில் இன்று குடிநீர் "
                                            "விநியோகத் தடை")),
        ),
    )


# --- a Bikol and Filipino radio site (Naga City) -----------------------------------------------

NG_REDESIGN = dt.date(2019, 9, 20)
NG_LIVE = dt.date(2018, 3, 12)
NG_GCASH = dt.date(2018, 11, 5)
NG_PROGRAMMES = ("Maogmang Aga, Bikol!", "Maogmang Aga, Bikol!", "Maogmang Aga, Bikol!",
                 "Maogmang Aga, Bikol!", "Biyernes Balitaan", "Sabadong Kabikolan",
                 "Misa asin Rosaryo")


def _ng_dated(day: dt.date) -> str:
    if day < NG_REDESIGN:
        return f"Naga City — {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"{FILIPINO_WEEKDAYS[day.weekday()]}, {day.day} {FILIPINO_MONTHS[day.month - 1]} "
            f"{day.year} | {{time12}}")


def _ng_programme(day: dt.date) -> str:
    weekday = day.weekday()
    return f"📻 Ngonyan na aldaw, {FILIPINO_WEEKDAYS[weekday]}: {NG_PROGRAMMES[weekday]}"


def penafrancia(y: int) -> dt.date:
    """The fluvial procession of Our Lady of Penafrancia: the Saturday before the third
    Sunday of September."""
    return nth_weekday(y, 9, 6, 3) - dt.timedelta(days=1)


def _ng_penafrancia(y: int) -> str:
    if y == 2020:
        return "🙏 Peñafrancia 2020: mayong fluvial procession, magdangog sa live na misa"
    return f"🙏 Viva la Virgen! Peñafrancia Fiesta {y}: iskedyul kan fluvial procession"


def _ng_notice() -> Wordings:
    base = _steps((_OLD, "I-like an samong Facebook page: Radyo Bikolnon"),
                  (NG_LIVE.isoformat(), "📻 Magdangog nin live: radyobikolnon.ph/live"))
    news: list[Event] = [
        _vote("2016-05-09", "🗳️ Halalan 2016: live na bilangan sa Camarines Sur", before=6),
        _span("2016-12-24", "2016-12-27", "🌀 Bagyong Nina: Signal No. 4 sa Camarines Sur, "
                                          "magpasaringlan na"),
        _span("2018-01-14", "2018-03-06", "🌋 Bulkang Mayon: Alert Level 4, dai magduok sa "
                                          "danger zone"),
        _vote("2018-05-14", "🗳️ Halalan sa barangay asin SK: mga resulta", before=6),
        _vote("2019-05-13", "🗳️ Halalan 2019: live na bilangan sa Bikol", before=6),
        _span("2019-12-01", "2019-12-04", "🌀 Bagyong Tisoy: suspendido an klase asin mga "
                                          "biyahe sa dagat"),
        _span("2020-03-17", "2020-05-15", "😷 Enhanced community quarantine: magdanay sa "
                                          "harong"),
        _span("2020-10-30", "2020-11-02", "🌀 Bagyong Rolly: Signal No. 5, magpasaringlan"),
        _span("2020-11-10", "2020-11-13", "🌀 Bagyong Ulysses: bantayan an mga abiso kan "
                                          "PDRRMO"),
    ]
    feasts = _movable(penafrancia, 9, 1, _ng_penafrancia)
    feasts += _yearly("06-12", 0, 0, lambda y: f"🇵🇭 Ika-{y - 1898} na Araw kan Kasaringlan")
    feasts += _yearly("12-25", 2, 0, lambda _: "🎄 Maogmang Pasko sa gabos na parahinanyog!")
    return _calendar(base, news, feasts)


def naga_style() -> PublisherStyle:
    """A Bikol and Filipino radio site (Naga City): the day's programme by weekday (a
    wording per day), the city and an English date turned the Filipino weekday, date and a
    12-hour time in September 2019 (a wording per day), "ni" and the writer turned with the
    station, "BASAHON MAN:" (up to twice), a cue to listen to the report mid-body, a photo
    credit, the typhoon season and the dry months, a social line turned a live-stream line
    and turned by three votes, four typhoons, the Mayon eruption and the 2020 quarantine, the
    Penafrancia fiesta (without the river procession in 2020), Independence Day with its
    count and Christmas, a thanks line turned a donation appeal, a rights line (a block), a
    rare brownout."""
    return PublisherStyle(
        domain="radyobikolnon.ph", site="Radyo Bikolnon", base_size=130,
        subdomains=(("www.", 100),),
        sections=("balita", "probinsya", "halalan", "sports", "showbiz"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "litrato": ("PIO Naga", "OCD Bicol", "PAGASA", "Radyo Bikolnon", "PNP Camarines "
                        "Sur"),
        },
        families=(
            _f("programa", HEADER, 0.3, *_by_day(_ng_programme)),
            _f("petsa", HEADER, 0.75, *_by_day(_ng_dated)),
            _f("ni", HEADER, 0.45, (_OLD, "ni {author}"),
               (NG_REDESIGN.isoformat(), "Ulat ni {author} | Radyo Bikolnon 98.3 FM")),
            _f("basahon", MIDDLE, 0.3, (_OLD, "BASAHON MAN: {other_title}"), count=2),
            _f("dangog", MIDDLE, 0.12, (_OLD, "🎧 Dangogon an bilog na report sa audio player "
                                              "sa itaas.")),
            _f("litrato", MIDDLE, 0.2, (_OLD, "Litrato: {litrato}")),
            _f("panahon", FOOTER, 0.15, *_seasons(
                ("01-01", "☀️ Panahon nin init: maginom nin igo na tubig"),
                ("06-01", "🌀 Panahon nin bagyo: bantayan an mga abiso kan PAGASA"))),
            _f("abiso", FOOTER, 0.3, *_ng_notice()),
            _f("suporta", FOOTER, 0.12, (_OLD, "Dios mabalos sa pagdangog asin pagbasa!"),
               (NG_GCASH.isoformat(), "Suportaran an independyenteng radyo: GCash 0917 000 "
                                      "0000")),
            _f("karapatan", FOOTER, 0.35, (_OLD, "© {year} Radyo Bikolnon. All rights "
                                                 "reserved.")),
            _f("brownout", HEADER, 0.04, (_OLD, "⚠️ CASURECO II: may brownout ngonyan sa "
                                                "sentro kan Naga, 8:00 AM–4:00 PM")),
        ),
    )


# --- a Burmese journal (Mandalay) --------------------------------------------------------------

MM_REDESIGN = dt.date(2018, 4, 17)  # relaunched on the Myanmar new year
MM_VIBER = dt.date(2019, 6, 3)
MM_PRICE = dt.date(2018, 6, 1)


def myanmar_year(day: dt.date) -> int:
    """The Myanmar era year of `day` (a new year on 17 April)."""
    return day.year - 638 if day >= dt.date(day.year, 4, 17) else day.year - 639


def _mm_dated(day: dt.date) -> str:
    weekday, month = BURMESE_WEEKDAYS[day.weekday()], BURMESE_MONTHS[day.month - 1]
    if day < MM_REDESIGN:
        return f"{weekday}နေ့၊ {month} {my(day.day)}၊ {my(day.year)}"
    return f"{day.day}.{day.month}.{day.year} | {{time}}"


def _mm_era(day: dt.date) -> str:
    return f"မြန်မာသက္ကရာဇ် {my(myanmar_year(day))} ခုနှစ်"


def mm_gold(day: dt.date) -> int:
    """The made-up price of a tical of gold in kyat in `day`'s week (about 800,000 in 2015
    to 1,200,000 in late 2020)."""
    monday = week_from(day, 0)
    p = progress(monday)
    return 5000 * round((800000 + 250000 * p + 900000 * max(0.0, p - 0.8)
                         + made_up(monday, "mm-gold", -20000, 20000)) / 5000)


def _mm_gold(day: dt.date) -> str:
    return f"🪙 ဤအပတ် ရွှေစျေး (တစ်ကျပ်သား): {mm_gold(day):,} ကျပ်"


def _mm_thingyan(y: int) -> str:
    if y == 2020:
        return "💧 ၂၀၂၀ သင်္ကြန်ပွဲတော် မကျင်းပပါ၊ အိမ်တွင်နေပါ"
    return f"💧 {my(y)} သင်္ကြန်ပွဲတော်: မန္တလေးကျုံးဘေး မဏ္ဍပ်များ"


def _mm_notice() -> Wordings:
    base = _steps((_OLD, "Facebook တွင် Like လုပ်ပါ: မြစ်ငယ်ဂျာနယ်"),
                  (MM_VIBER.isoformat(), "📲 သတင်းများကို Viber Community တွင် ရယူပါ"))
    news: list[Event] = [
        _vote("2015-11-08", "🗳️ ၂၀၁၅ အထွေထွေရွေးကောက်ပွဲ: မန္တလေးတိုင်း ရလဒ်များ",
              before=6, after=4),
        _vote("2017-04-01", "🗳️ ကြားဖြတ်ရွေးကောက်ပွဲ: မဲရုံများ နံနက် ၆ နာရီမှ ညနေ ၄ နာရီ",
              before=4),
        _vote("2018-11-03", "🗳️ ကြားဖြတ်ရွေးကောက်ပွဲ ၂၀၁၈: ရလဒ်များ", before=4),
        _span("2020-04-20", "2020-05-15", "😷 ကိုဗစ်-၁၉: အိမ်တွင်နေပါ၊ နှာခေါင်းစည်း တပ်ပါ"),
        _vote("2020-11-08", "🗳️ ၂၀၂၀ အထွေထွေရွေးကောက်ပွဲ: မဲပေးရန် မမေ့ပါနှင့်", before=6,
              after=4),
    ]
    feasts = _yearly("04-13", 1, 3, _mm_thingyan)
    feasts += _yearly("01-04", 0, 0, lambda y: f"🇲🇲 {my(y - 1948)} နှစ်မြောက် "
                                               f"လွတ်လပ်ရေးနေ့")
    return _calendar(base, news, feasts)


def mandalay_style() -> PublisherStyle:
    """A Burmese journal (Mandalay): a section kicker, the weekday and the date in Burmese
    digits turned a dotted date and the time on the Myanmar new year 2018 (a wording per
    day), the Myanmar era year turning at Thingyan, "ရေးသားသူ -" turned "သတင်း -", "ဆက်စပ်
    သတင်း -" (up to twice), a photo credit, the gold price per tical every week, a social
    line turned a messenger appeal and turned by four votes and the 2020 stay-at-home,
    Thingyan (called off in 2020) and Independence Day with its count, the cover price
    rising and a rights line (a block), a rare power cut."""
    return PublisherStyle(
        domain="myitngejournal.com.mm", site="မြစ်ငယ်ဂျာနယ်", base_size=110,
        subdomains=(("www.", 100),),
        sections=("mandalay", "local", "world", "business", "sport"),
        n_authors=4, url_path="/{section}/{n}",
        pools={
            "kahtaung": ("မန္တလေး", "ပြည်တွင်း", "နိုင်ငံတကာ", "စီးပွားရေး", "အားကစား"),
        },
        families=(
            _f("kahtaung", HEADER, 0.35, (_OLD, "{kahtaung}")),
            _f("ne-swe", HEADER, 0.7, *_by_day(_mm_dated)),
            _f("sakkaraj", HEADER, 0.25, *_by_day(_mm_era)),
            _f("yay-thar", HEADER, 0.45, (_OLD, "ရေးသားသူ - {author}"),
               (MM_REDESIGN.isoformat(), "သတင်း - {author}")),
            _f("set-sat", MIDDLE, 0.3, (_OLD, "ဆက်စပ်သတင်း - {other_title}"), count=2),
            _f("dat-pon", MIDDLE, 0.2, (_OLD, "ဓာတ်ပုံ - {author2}")),
            _f("shwe", FOOTER, 0.2, *_by_day(_mm_gold)),
            _f("kyaw-nya", FOOTER, 0.3, *_mm_notice()),
            _f("ze", FOOTER, 0.15, (_OLD, "တစ်စောင်လျှင် ကျပ် ၃၀၀"),
               (MM_PRICE.isoformat(), "တစ်စောင်လျှင် ကျပ် ၅၀၀")),
            _f("mu-paing", FOOTER, 0.4, (_OLD, "© {year} မြစ်ငယ်ဂျာနယ်။ မူပိုင်ခွင့် "
                                               "ရယူထားသည်။")),
            _f("mee-pyat", HEADER, 0.04, (_OLD, "⚠️ ယနေ့ ချမ်းအေးသာစံမြို့နယ်တွင် မီးပျက်မည်")),
        ),
    )


# --- a Khmer site (Siem Reap) ------------------------------------------------------------------

KH_REDESIGN = dt.date(2017, 11, 9)  # relaunched on Independence Day
KH_TELEGRAM = dt.date(2019, 3, 11)
KH_PASS = dt.date(2017, 2, 1)  # the Angkor pass's new prices
WATER_FESTIVAL = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-03",
                  2018: "2018-11-22", 2019: "2019-11-11", 2020: "2020-10-31"}
PCHUM_BEN = {2015: "2015-10-12", 2016: "2016-10-01", 2017: "2017-09-20", 2018: "2018-10-09",
             2019: "2019-09-28", 2020: "2020-09-17"}


def _kh_dated(day: dt.date) -> str:
    weekday, month = KHMER_WEEKDAYS[day.weekday()], KHMER_MONTHS[day.month - 1]
    if day < KH_REDESIGN:
        return f"សៀមរាប៖ {weekday} ទី{km(day.day)} ខែ{month} ឆ្នាំ{km(day.year)}"
    return f"{weekday}, {day:%d-%m-%Y} | {{time}}"


def kh_riel(day: dt.date) -> int:
    """The made-up rate of a US dollar in riel on `day`'s working day (about 4,030 to
    4,110)."""
    work = working_day(day)
    return 4030 + round(60 * progress(work)) + made_up(work, "kh-riel", -20, 20)


def _kh_riel(day: dt.date) -> str:
    return f"💱 អត្រាប្តូរប្រាក់ថ្ងៃនេះ៖ ១ ដុល្លារ = {km(kh_riel(day))} រៀល"


def _kh_new_year(y: int) -> str:
    if y == 2020:
        return "🙏 ពន្យារពេលបុណ្យចូលឆ្នាំខ្មែរ ដើម្បីការពារជំងឺកូវីដ-១៩"
    return f"🎉 រីករាយបុណ្យចូលឆ្នាំថ្មី ប្រពៃណីជាតិខ្មែរ {km(y)}"


def _kh_water(y: int) -> str:
    if y == 2020:
        return "🚣 បុណ្យអុំទូកឆ្នាំនេះ ត្រូវបានលុបចោល"
    return f"🚣 បុណ្យអុំទូក បណ្តែតប្រទីប និងសំពះព្រះខែ {km(y)}"


def _kh_notice() -> Wordings:
    base = _steps((_OLD, "តាមដានយើងនៅលើ Facebook៖ ពន្លឺសៀមរាប"),
                  (KH_TELEGRAM.isoformat(), "📲 ចូលរួមឆានែល Telegram របស់យើង "
                                            "ដើម្បីទទួលព័ត៌មានរហ័ស"))
    news: list[Event] = [
        _vote("2017-06-04", "🗳️ ការបោះឆ្នោតជ្រើសរើសក្រុមប្រឹក្សាឃុំ សង្កាត់ ២០១៧", before=6),
        _vote("2018-07-29", "🗳️ ការបោះឆ្នោតជ្រើសតាំងតំណាងរាស្ត្រ ២០១៨", before=6),
        _span("2020-03-16", "2020-05-31", "😷 កូវីដ-១៩៖ សាលារៀនបិទ សូមរក្សាគម្លាតសុវត្ថិភាព"),
    ]
    feasts = _yearly("04-14", 1, 2, _kh_new_year)
    feasts += _movable(_listed(WATER_FESTIVAL), 1, 1, _kh_water)
    feasts += _movable(_listed(PCHUM_BEN), 2, 0, lambda _: "🙏 បុណ្យភ្ជុំបិណ្ឌ៖ "
                                                           "បើកបរដោយប្រុងប្រយ័ត្ន")
    feasts += _yearly("11-09", 0, 0, lambda y: f"🇰🇭 ខួបលើកទី{km(y - 1953)} "
                                               f"នៃទិវាបុណ្យឯករាជ្យជាតិ")
    return _calendar(base, feasts, news)  # the new year's notice wins over the closures


def siemreap_style() -> PublisherStyle:
    """A Khmer site (Siem Reap): a section kicker, the city, the weekday and the date in
    Khmer digits turned the weekday, a dashed date and the time on Independence Day 2017 (a
    wording per day), "ដោយ៖", "អានបន្ថែម៖" (up to twice), a photo credit, the Angkor pass's
    prices (raised in 2017), the riel's rate on working days, the rains and the dry months, a
    social line turned a channel appeal and turned by two votes and the 2020 closures, the
    Khmer new year (put off in 2020), the Water Festival (called off in 2020), Pchum Ben and
    Independence Day with its count, a rights line, a rare power cut."""
    return PublisherStyle(
        domain="ponleusiemreap.com", site="ពន្លឺសៀមរាប", base_size=90,
        subdomains=(("www.", 100),),
        sections=("siemreap", "national", "tourism", "economy", "sport"),
        n_authors=3, url_path="/{section}/{n}/",
        pools={
            "phnek": ("សៀមរាប", "ជាតិ", "ទេសចរណ៍", "សេដ្ឋកិច្ច", "កីឡា"),
        },
        families=(
            _f("phnek", HEADER, 0.35, (_OLD, "{phnek}")),
            _f("kalbarichheth", HEADER, 0.7, *_by_day(_kh_dated)),
            _f("doy", HEADER, 0.45, (_OLD, "ដោយ៖ {author}")),
            _f("an-bunthaem", MIDDLE, 0.3, (_OLD, "អានបន្ថែម៖ {other_title}"), count=2),
            _f("roupthot", MIDDLE, 0.2, (_OLD, "រូបថត៖ {author2}")),
            _f("angkor-pass", FOOTER, 0.12, (_OLD, "🎫 បណ្ណចូលទស្សនាអង្គរ៖ ១ថ្ងៃ $20 · ៣ថ្ងៃ $40 "
                                                   "· ៧ថ្ងៃ $60"),
               (KH_PASS.isoformat(), "🎫 បណ្ណចូលទស្សនាអង្គរ៖ ១ថ្ងៃ $37 · ៣ថ្ងៃ $62 · ៧ថ្ងៃ "
                                     "$72")),
            _f("riel", FOOTER, 0.2, *_by_day(_kh_riel)),
            _f("rodov", FOOTER, 0.15, *_seasons(
                ("05-15", "🌧️ រដូវវស្សា៖ ប្រយ័ត្នទឹកជំនន់នៅតាមផ្លូវក្នុងក្រុង"),
                ("11-15", "☀️ រដូវប្រាំង៖ ប្រយ័ត្នអគ្គិភ័យ និងសន្សំទឹក"))),
            _f("damneang", FOOTER, 0.3, *_kh_notice()),
            _f("simthi", FOOTER, 0.35, (_OLD, "© {year} ពន្លឺសៀមរាប។ រក្សាសិទ្ធិគ្រប់យ៉ាង។")),
            _f("dach-pleung", HEADER, 0.04, (_OLD, "⚠️ អគ្គិសនីកម្ពុជា៖ ផ្អាកការផ្គត់ផ្គង់ចរន្ត "
                                                   "ថ្ងៃនេះ ពីម៉ោង ៨ ដល់ ១២")),
        ),
    )


# --- a Lao site (Savannakhet) ------------------------------------------------------------------

LA_REDESIGN = dt.date(2018, 12, 2)  # relaunched on National Day
LA_WHATSAPP = dt.date(2019, 8, 5)
MAKHA_BUCHA = {2015: "2015-03-04", 2016: "2016-02-22", 2017: "2017-02-11", 2018: "2018-03-01",
               2019: "2019-02-19", 2020: "2020-02-08"}  # That Ing Hang's festival


def _la_dated(day: dt.date) -> str:
    weekday, month = LAO_WEEKDAYS[day.weekday()], LAO_MONTHS[day.month - 1]
    if day < LA_REDESIGN:
        return f"ສະຫວັນນະເຂດ, {weekday} ທີ {lo(day.day)} {month} {lo(day.year)}"
    return f"{day:%d/%m/%Y} {{time}}"


def la_kip(day: dt.date) -> int:
    """The made-up rate of a Thai baht in kip in `day`'s week (about 240 in 2015 to 295 in
    2020)."""
    monday = week_from(day, 0)
    return round(240 + 55 * progress(monday)) + made_up(monday, "la-kip", -3, 3)


def _la_kip(day: dt.date) -> str:
    return f"💱 ອັດຕາແລກປ່ຽນອາທິດນີ້: 1 ບາດ = {la_kip(day)} ກີບ"


def _la_boats(y: int) -> str:
    if y == 2020:
        return "🚣 ງົດການແຂ່ງຂັນຊ່ວງເຮືອ ປີ 2020 ຍ້ອນພະຍາດໂຄວິດ-19"
    return f"🚣 ບຸນອອກພັນສາ ແລະ ຊ່ວງເຮືອແຄມຂອງ ສະຫວັນນະເຂດ {y}"


def _la_notice() -> Wordings:
    base = _steps((_OLD, "ຕິດຕາມພວກເຮົາທາງ Facebook: ສະຫວັນໃໝ່"),
                  (LA_WHATSAPP.isoformat(), "📲 ສົ່ງຂ່າວ ແລະ ຮູບພາບມາທາງ WhatsApp: 020 0000 "
                                            "0000"))
    news: list[Event] = [
        _vote("2016-03-20", "🗳️ ການເລືອກຕັ້ງສະມາຊິກສະພາແຫ່ງຊາດ ຊຸດທີ VIII", before=6),
        _span("2018-07-24", "2018-08-15", "🙏 ຮ່ວມບໍລິຈາກຊ່ວຍເຫຼືອຜູ້ປະສົບໄພເຂື່ອນແຕກ "
                                          "ອັດຕະປື"),
        _span("2020-03-30", "2020-05-03", "😷 ມາດຕະການກັກຕົວ: ຢູ່ເຮືອນ ຫຼີກລ້ຽງການເດີນທາງ"),
    ]
    feasts = _yearly("04-14", 1, 2, lambda y: f"💦 ສະບາຍດີປີໃໝ່ລາວ {y + 543}")
    feasts += _movable(_listed(MAKHA_BUCHA), 2, 1, lambda _: "🛕 ບຸນພະທາດອິງຮັງ: "
                                                             "ຂໍເຊີນຮ່ວມງານ")
    feasts += _movable(_listed(OK_PHANSA), 1, 1, _la_boats)
    feasts += _yearly("12-02", 0, 0, lambda y: f"🇱🇦 ວັນຊາດ ຄົບຮອບ {y - 1975} ປີ")
    return _calendar(base, news, feasts)


def savannakhet_style() -> PublisherStyle:
    """A Lao site (Savannakhet): a section kicker, the province, the weekday and the date
    in Lao digits turned a numeric date and the time on National Day 2018 (a wording per
    day), "ຂ່າວໂດຍ:", "ອ່ານຕື່ມ:" (up to twice), a photo credit, the kip's rate for a baht
    every week, a social line turned a messenger appeal and turned by a vote, the dam
    collapse in Attapeu and the 2020 lockdown, the Lao new year with the Buddhist era year,
    That Ing Hang's festival, the boat races at the end of Lent (called off in 2020) and
    National Day with its count, a rights line and the office's address (a block), a rare
    bridge closure."""
    return PublisherStyle(
        domain="savanmai.la", site="ສະຫວັນໃໝ່", base_size=70,
        subdomains=(("www.", 100),),
        sections=("savan", "laos", "border", "economy"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "mouat": ("ສະຫວັນນະເຂດ", "ພາຍໃນ", "ຊາຍແດນ", "ເສດຖະກິດ"),
        },
        families=(
            _f("mouat", HEADER, 0.3, (_OLD, "{mouat}")),
            _f("wanthi", HEADER, 0.65, *_by_day(_la_dated)),
            _f("khao-doy", HEADER, 0.4, (_OLD, "ຂ່າວໂດຍ: {author}")),
            _f("aan-tuem", MIDDLE, 0.25, (_OLD, "ອ່ານຕື່ມ: {other_title}"), count=2),
            _f("phap", MIDDLE, 0.2, (_OLD, "ພາບ: {author2}")),
            _f("kip", FOOTER, 0.2, *_by_day(_la_kip)),
            _f("khaosan", FOOTER, 0.3, *_la_notice()),
            _f("likkhasit", FOOTER, 0.35, (_OLD, "© {year} ສະຫວັນໃໝ່. ສະຫງວນລິຂະສິດ.")),
            _f("thi-yu", FOOTER, 0.2, (_OLD, "ຫ້ອງການ: ຖະໜົນ 00, ເມືອງໄກສອນ ພົມວິຫານ, "
                                             "ແຂວງສະຫວັນນະເຂດ · ໂທ: 041 000 000")),
            _f("khua", HEADER, 0.04, (_OLD, "⚠️ ຂົວມິດຕະພາບແຫ່ງທີ 2 ປິດຊົ່ວຄາວໃນຕອນເຊົ້າມື້ນີ້")),
        ),
    )


# --- a Malay site with Jawi and Thai lines (Pattani) -------------------------------------------

PT_REDESIGN = dt.date(2019, 1, 7)
PT_LINE = dt.date(2018, 5, 14)
PT_DONATE = dt.date(2018, 9, 3)


def _pt_dated(day: dt.date) -> str:
    weekday, month = MALAY_WEEKDAYS[day.weekday()], MALAY_MONTHS[day.month - 1]
    if day < PT_REDESIGN:
        return f"Patani, {weekday} {day.day} {month} {day.year}"
    return (f"{weekday}, {day.day} {month} {day.year} | {th(day.day)} "
            f"{THAI_MONTHS_SHORT[day.month - 1]} {th(day.year + 543)}")


def _pt_hijri(day: dt.date) -> str:
    y, m, d = hijri(day)
    return f"{d} {JAWI_HIJRI_MONTHS[m - 1]} {y}هـ"


def _pt_prayers(day: dt.date) -> str:
    subuh, zohor, asar, maghrib, isyak = pattani_prayers(day)
    return (f"🕌 Waktu solat Patani: Subuh {subuh} · Zohor {zohor} · Asar {asar} · Maghrib "
            f"{maghrib} · Isyak {isyak}")


def _pt_ramadan(y: int) -> str:
    first = hijri_day(9, 1)(y) or dt.date(y, 1, 1)
    return f"🌙 Salam Ramadan al-Mubarak {hijri(first)[0]}H"


def _pt_notice() -> Wordings:
    base = _steps((_OLD, "Ikuti kami di Facebook: Suara Teluk Patani"),
                  (PT_LINE.isoformat(), "📲 Hantar berita dan gambar ke LINE: @telukpatani"))
    news: list[Event] = [
        _vote("2016-08-07", "🗳️ Pungutan suara perlembagaan: semak tempat mengundi anda",
              before=6),
        _vote("2019-03-24", "🗳️ Pilihan raya Thailand 2562: keputusan di Patani, Jala dan "
                            "Menara", before=6),
        _span("2020-04-03", "2020-05-31", "😷 Perintah berkurung 22.00–04.00: duduk di "
                                          "rumah"),
    ]
    fasting = _movable(hijri_day(9, 1), 1, 2, _pt_ramadan)
    raya = _movable(hijri_day(10, 1), 1, 2, lambda _: "🌙 Selamat Hari Raya Aidilfitri, maaf "
                                                      "zahir dan batin")
    raya += _movable(hijri_day(12, 10), 1, 1, lambda _: "🐄 Selamat Hari Raya Aidiladha")
    return _calendar(base, fasting, raya, news)


def pattani_style() -> PublisherStyle:
    """A Malay site with Jawi and Thai lines (Pattani): a greeting in Jawi, the town, the
    Malay weekday and the date turned with the Thai date in Thai digits and the Buddhist era
    year in January 2019 (a wording per day), the Hijri date in Jawi by the tabular calendar
    (a wording per day), "Oleh:", "Baca juga:" (up to twice), prayer times every day, a
    social line turned a messenger appeal and turned by a referendum, a vote and the 2020
    curfew, Ramadan, Aidilfitri and Aidiladha by the Hijri calendar, a support line turned a
    donation appeal, a rights line in Malay and Thai (a block), a rare checkpoint."""
    return PublisherStyle(
        domain="suaratelukpatani.com", site="Suara Teluk Patani", base_size=52,
        subdomains=(("www.", 100),),
        sections=("patani", "wilayah", "agama", "budaya"),
        n_authors=3, url_path="/{section}/{slug}/",
        families=(
            _f("salam", HEADER, 0.12, (_OLD, "سلامت داتڠ · Selamat datang")),
            _f("tarikh", HEADER, 0.6, *_by_day(_pt_dated)),
            _f("hijrah", HEADER, 0.3, *_by_day(_pt_hijri)),
            _f("oleh", HEADER, 0.4, (_OLD, "Oleh: {author}")),
            _f("baca", MIDDLE, 0.25, (_OLD, "Baca juga: {other_title}"), count=2),
            _f("solat", FOOTER, 0.2, *_by_day(_pt_prayers)),
            _f("hebahan", FOOTER, 0.3, *_pt_notice()),
            _f("sokong", FOOTER, 0.15, (_OLD, "Sokonglah media tempatan Patani."),
               (PT_DONATE.isoformat(), "Sokonglah media tempatan: derma melalui PromptPay "
                                       "0-0000-00000-00-0")),
            _f("hak", FOOTER, 0.35, (_OLD, "© {year} Suara Teluk Patani. Hak cipta terpelihara. "
                                           "สงวนลิขสิทธิ์")),
            _f("sekatan", HEADER, 0.04, (_OLD, "⚠️ Sekatan jalan di simpang Yaring: bawa kad "
                                               "pengenalan")),
        ),
    )


# --- a Filipino workers' site (Hong Kong) ------------------------------------------------------

HK_REDESIGN = dt.date(2018, 6, 12)  # relaunched on Philippine Independence Day
HK_TELEGRAM = dt.date(2019, 12, 2)


def _hk_dated(day: dt.date) -> str:
    if day < HK_REDESIGN:
        return f"Posted: {ENGLISH_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return (f"HONG KONG | {ENGLISH_WEEKDAYS[day.weekday()]}, {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1][:3]} {day.year}")


def hk_peso(day: dt.date) -> float:
    """The made-up number of pesos a remittance centre gives for a Hong Kong dollar on
    `day`'s working day (about 5.7 in 2015 to 6.9 in 2018 and 6.2 in 2020)."""
    work = working_day(day)
    p = progress(work)
    return round(5.7 + 1.2 * math.sin(p * 2.6) + made_up(work, "hk-php", -5, 5) / 100, 2)


def _hk_peso(day: dt.date) -> str:
    return f"💱 Palitan ngayon: HK$1 = ₱{hk_peso(day):.2f}"


def _hk_sunday(day: dt.date) -> str:
    sunday = day + dt.timedelta(days=6 - day.weekday())
    return (f"📅 Day-off ngayong Linggo, {ENGLISH_MONTHS[sunday.month - 1][:3]} {sunday.day}: "
            f"tingnan ang mga aktibidad sa Central at Victoria Park")


def _hk_notice() -> Wordings:
    base = _steps((_OLD, "I-like ang aming Facebook page: Balitang Kabayan HK"),
                  (HK_TELEGRAM.isoformat(), "📲 Sumali sa aming Telegram channel para sa mga "
                                            "abiso ng Konsulado"))
    news: list[Event] = [
        _span("2016-04-09", "2016-05-09", "🗳️ Overseas voting: bumoto sa Konsulado o sa "
                                          "Bayanihan Centre"),
        _span("2017-08-22", "2017-08-24", "🌀 Typhoon Signal No. 8 (Hato): huwag lumabas kung "
                                          "hindi kailangan"),
        _span("2018-09-15", "2018-09-17", "🌀 Typhoon Signal No. 10 (Mangkhut): manatili sa "
                                          "loob ng bahay"),
        _span("2019-04-13", "2019-05-13", "🗳️ Overseas voting 2019: dalhin ang inyong "
                                          "pasaporte"),
        _span("2019-08-01", "2019-11-30", "⚠️ Iwasan ang mga lugar ng protesta sa inyong "
                                          "day-off"),
        _span("2020-01-28", "2020-06-30", "😷 Magsuot ng mask at iwasan ang matataong lugar"),
    ]
    feasts = _movable(_listed(LUNAR_NEW_YEAR), 1, 2, lambda _: "🧧 Kung Hei Fat Choi! Tatlong "
                                                               "araw na statutory holiday")
    feasts += _yearly("06-12", 0, 0, lambda y: f"🇵🇭 Ika-{y - 1898} na Araw ng Kalayaan")
    feasts += _yearly("12-25", 3, 0, lambda _: "🎄 Maligayang Pasko sa mga kabayan sa Hong "
                                               "Kong!")
    return _calendar(base, news, feasts)


def hongkong_style() -> PublisherStyle:
    """A Filipino workers' site (Hong Kong): a posted line turned the city, weekday and a
    short date on Independence Day 2018 (a wording per day), "Ni", "BASAHIN:" once, the
    peso's rate for a Hong Kong dollar on working days, the coming Sunday's day-off line
    turning every Monday, a social line turned a channel appeal and turned by two overseas
    votes, two typhoon signals, the 2019 protests and the 2020 masks, Chinese New Year,
    Independence Day with its count and Christmas, a rights line, a rare MTR notice."""
    return PublisherStyle(
        domain="balitangkabayanhk.com", site="Balitang Kabayan HK", base_size=36,
        subdomains=(("www.", 100),),
        sections=("balita", "ofw", "konsulado", "kwento"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("petsa", HEADER, 0.6, *_by_day(_hk_dated)),
            _f("ni", HEADER, 0.4, (_OLD, "Ni {author}")),
            _f("basahin", MIDDLE, 0.2, (_OLD, "BASAHIN: {other_title}")),
            _f("palitan", FOOTER, 0.25, *_by_day(_hk_peso)),
            _f("day-off", FOOTER, 0.15, *_by_day(_hk_sunday)),
            _f("paalala", FOOTER, 0.3, *_hk_notice()),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Balitang Kabayan HK. Bawal kopyahin "
                                                 "nang walang pahintulot.")),
            _f("mtr", HEADER, 0.04, (_OLD, "⚠️ MTR: may delay sa Tsuen Wan line ngayong "
                                           "umaga")),
        ),
    )


# --- a river conservation group's bulletin (Kinabatangan, Sabah) -------------------------------

SB_REDESIGN = dt.date(2019, 5, 30)  # relaunched at Kaamatan
SB_WHATSAPP = dt.date(2019, 7, 1)
SB_ADOPT = dt.date(2018, 3, 21)


def _sb_dated(day: dt.date) -> str:
    if day < SB_REDESIGN:
        return f"Posted {day.day} {ENGLISH_MONTHS[day.month - 1][:3]} {day.year}"
    return (f"Bilit, Sabah | {ENGLISH_WEEKDAYS[day.weekday()]} {day.day} "
            f"{ENGLISH_MONTHS[day.month - 1]} {day.year}")


def _sb_notice() -> Wordings:
    base = _steps((_OLD, "Volunteer with us: river clean-ups on the last Saturday of every "
                         "month"),
                  (SB_WHATSAPP.isoformat(), "📲 Join our WhatsApp group for patrol and clean-up "
                                            "schedules"))
    news: list[Event] = [
        _vote("2018-05-09", "🗳️ GE14 and the Sabah state election: polling day is a holiday",
              before=6),
        _span("2020-03-18", "2020-05-03", "😷 MCO: all clean-ups and homestay visits "
                                          "suspended"),
        _vote("2020-09-26", "🗳️ Sabah state election: our office is closed on polling day",
              before=6),
    ]
    feasts = _yearly("05-30", 3, 1, lambda _: "🌾 Kotobian Tadau Tagazo do Kaamatan!")
    feasts += _yearly("08-19", 0, 0, lambda _: "🦧 World Orangutan Day: adopt a tree along "
                                               "the corridor")
    feasts += _movable(lambda y: last_weekday(y, 9, 6), 6, 0,
                       lambda y: f"🏞️ World Rivers Day {y}: join the clean-up at Bilit jetty")
    return _calendar(base, news, feasts)


def kinabatangan_style() -> PublisherStyle:
    """A river conservation group's bulletin (Kinabatangan, Sabah): a posted line turned the
    village, the weekday and the date at Kaamatan 2019 (a wording per day), "Words:", the
    floods of the north-east monsoon and the dry months, a volunteers' line turned a
    messenger appeal and turned by two votes and the 2020 movement order, Kaamatan, World
    Orangutan Day and World Rivers Day, a donation line turned a tree adoption with its price
    and a rights line (a block), a rare river warning."""
    return PublisherStyle(
        domain="kinabatanganriverkeepers.org.my", site="Kinabatangan Riverkeepers",
        base_size=24, subdomains=(("", 100),),
        sections=("news", "patrols", "wildlife", "community"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("posted", HEADER, 0.5, *_by_day(_sb_dated)),
            _f("words", HEADER, 0.35, (_OLD, "Words: {author}")),
            _f("river", FOOTER, 0.2, *_seasons(
                ("03-15", "☀️ Dry months: low water at the oxbow lakes, boats may run aground"),
                ("11-01", "🌊 North-east monsoon: the river floods, check with us before you "
                          "travel"))),
            _f("notice", FOOTER, 0.3, *_sb_notice()),
            _f("donate", FOOTER, 0.15, (_OLD, "Donations keep our rangers on the river. Bank "
                                              "transfer details on request."),
               (SB_ADOPT.isoformat(), "Adopt a tree along the wildlife corridor for RM50.")),
            _f("copyright", FOOTER, 0.35, (_OLD, "© {year} Kinabatangan Riverkeepers, Sabah")),
            _f("crocodile", HEADER, 0.04, (_OLD, "⚠️ Crocodile sighted near the Bilit jetty: "
                                                 "keep away from the water's edge")),
        ),
    )


def heldout93_styles() -> list[PublisherStyle]:
    """The held-back-93 styles, in the order the generator hands them to publishers."""
    return [
        haiphong_style(), pontianak_style(), khonkaen_style(), tapanuli_style(), ipoh_style(),
        naga_style(), mandalay_style(), siemreap_style(), savannakhet_style(), pattani_style(),
        hongkong_style(), kinabatangan_style(),
    ]
