"""The twenty-fifth held-back template set (``held-back-25``) of the planted-real benchmark.

Written by a helper session of 2026-11-26 as a clean unseen test, after the twenty-fourth
held-back set (`tests.bench.heldout_templates_24`, which has since had its first run and is
now studied). It was written WITHOUT looking at cleanpipe's code (nothing under
``cleanpipe/`` or ``configs/`` was read; the slot names come from the earlier sets' modules,
`tests.bench.planted_real` and the slots it hands a template) or the README's detection rules
and quality results, before any benchmark run on it, and without shaping any line to pass or
to fail a detector: the families are what real sites of these kinds print, from general
knowledge of them. All wording is original; none is copied from the data, from the tuning
styles or from the first twenty-four held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status (2026-11-27):** first run 95.83% at 24cd166; studied since, so no longer unseen.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants): a Ukrainian-language regional news
site (Kropyvnytskyi, called Kirovohrad until July 2016), a Vietnamese-language provincial
news site (Cần Thơ), a Simplified Chinese community news site (Vancouver), a Maltese-language
island news site (Gozo), a Marathi-language news portal (Kolhapur), a Gaelic football club's
news (County Kerry), a synagogue's news and bulletin (New Jersey), a comic book shop's blog
(Ohio), a lawn bowls club's news (New South Wales), a snowmobile club's trail reports
(Wisconsin), an outrigger canoe club's news (Oʻahu) and a gliding club's news
(Oxfordshire). None of these kinds is in an earlier held-back set, nor these languages
beyond a language's English edition; Ukrainian, Vietnamese, Maltese and Marathi are new.

Variation: article dates localised day by day (a family with a wording per day: Ukrainian
dates with genitive month names turned "Опубліковано ... о"; Vietnamese weekday names with a
padded d/m/y date and GMT+7 turned "Cập nhật lúc ... ngày" with an unpadded one; Chinese
年月日 dates with 星期 weekdays turned a "发布时间：" ISO stamp; Maltese "fil-... ta'" dates
turned Maltese weekday names), English date slots on the other sites (a Marathi site's
"प्रकाशित:" US date turned an English "Updated: ... IST" line; US, British, Irish and
Australian dates with and without weekdays), bylines of many shapes (Ukrainian "Автор:"
turned labels with feminine forms; an uppercase Vietnamese byline at the foot gaining "Bài
và ảnh:"; "记者 ... 报道" turned "文/"; "Kitba ta'" turned "Minn"; a Marathi news service
line turned name and place; a club PRO; a synagogue's staff with their posts), notices
reworded in 2015-2020 (a city renamed in July 2016 in an address; the Ukrainian spelling
reform of 2019 in a navigation line and an election line; Vietnam's mobile numbers
shortened from 11 to 10 digits in September 2018; a site licence renewed in 2017; lotto
sales moved online; membership fees raised and GAA activity suspended, back and suspended
again in 2020; a synagogue's doors locked during services from November 2018, minyan on
Zoom and back by registration in 2020; a pull-list discount raised; new comics paused,
back and split between Tuesday and Wednesday in 2020; Friday Night Magic on hold; a bowls
dress code; a bowls club closed and reopened in 2020; dues raised; canoe paddling suspended
and back in one- and two-person canoes; trial flying lessons dearer, suspended, solo only
and back), election and emergency lines (Ukraine's 2015 local elections, the visa-free
regime of June 2017, the 2019 presidential and parliamentary elections, quarantine and
adaptive quarantine, the 2020 local elections; Vietnam's 2016 National Assembly election,
distancing from 1 April 2020 and the 5K message; Canada's 2015 and 2019 federal elections,
British Columbia's 2017 and 2020 elections, cannabis legalisation in October 2018, the 2020
emergency and masks; Malta's 2017 general election and 2019 European and local elections
and a COVID-19 line; Kolhapur's 2015 municipal election, the 2019 Lok Sabha and assembly
elections, the August 2019 floods and a lockdown line), notices that follow a calendar
(Orthodox Easter and Independence Day with Ukraine's age; Tết with the year's name in the
sexagenary cycle; the Mid-Autumn Festival; the Gozo carnival before Ash Wednesday and
Santa Marija each 15 August; Ganeshotsav with Anant Chaturdashi in Marathi numerals; a Cúl
Camp from the second Monday of July; the High Holy Days with the Hebrew year and Hanukkah;
Free Comic Book Day on the first Saturday of May, postponed and turned a summer in 2020,
and Halloween ComicFest; bowls seasons, Anzac Day and the Melbourne Cup; a snowmobile
season, a trail brushing day and a poker run; Nā Wāhine O Ke Kai and the Molokaʻi Hoe,
cancelled in 2020; a gliding open day and winter ground school), names at the start of
lines, in brackets or after a label (Ukrainian, Vietnamese, Chinese, Maltese and Marathi
names, staff with their posts, a pilot gone solo), the article's own title (a
breadcrumb) and other articles' titles (links in five languages and a previous-post link),
amounts (hryvnia rates
with decimal commas, gold prices in million dong, yuan and US dollar rates, Maltese winds
on the Beaufort scale, jaggery prices in Marathi numerals, Gaelic football scores with
totals, lotto numbers and jackpots, candle lighting and havdalah times, comic prices,
pennant scores with rinks, a badge draw jackpot, snow bases and groomer hours, canoe race
times, soaring forecasts and flying logs), phone numbers in eight countries' formats,
multi-line blocks (fixtures, a synagogue office, a shop's hours and address, a bowls club's
contact, trail sponsors, a canoe house, directions to an airfield), mid-body inserts (some
up to two times), bare lines (ad labels in five languages, a language switch, a Ukrainian
navigation line, a QR prompt, greetings, block headings), Cyrillic with і, ї, є and ґ,
Vietnamese with stacked diacritics, Simplified Chinese with full-width punctuation, Maltese
with ċ, ġ, ħ, ż and għ, Devanagari with Marathi numerals and ॲ, Hebrew, Irish, Hawaiian
with the ʻokina and kahakō, symbols and emoji where such sites use them, and families in
only 3-6% of articles (a paid-content line, a live kicker, a correction, an illustration
photo note, a tribute line, a condolence line, a lost tallit bag, a spoiler warning, a
total fire ban, a trail reroute, a shark sighting and a first solo) beside ones in nearly
all. Renamed variants of a style keep the lines that do not name the site, so sister sites
share a network footer (a report-an-error line, a comment rule, a disclaimer, a ferry line,
a comment-language line, a youth-sport code, a kosher line, a buying line, a gambling help
line, a landowners line, a canoe care line and an airspace line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, nth_weekday
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import timeline as _timeline

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

# Orthodox Easter, as Ukraine kept it.
EASTER_ORTHODOX = {2015: "2015-04-12", 2016: "2016-05-01", 2017: "2017-04-16",
                   2018: "2018-04-08", 2019: "2019-04-28", 2020: "2020-04-19"}
# Western Easter, from which Malta's carnival is counted back (Ash Wednesday: 46 days before).
EASTER_WESTERN = {2015: "2015-04-05", 2016: "2016-03-27", 2017: "2017-04-16",
                  2018: "2018-04-01", 2019: "2019-04-21", 2020: "2020-04-12"}
# The lunar new year (Tết) and the Mid-Autumn Festival (the 15th of the 8th lunar month).
TET = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
       2019: "2019-02-05", 2020: "2020-01-25"}
MID_AUTUMN = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
              2019: "2019-09-13", 2020: "2020-10-01"}
# Ganesh Chaturthi (Maharashtra); Anant Chaturdashi, the immersion, ten days later.
GANESH_CHATURTHI = {2015: "2015-09-17", 2016: "2016-09-05", 2017: "2017-08-25",
                    2018: "2018-09-13", 2019: "2019-09-02", 2020: "2020-08-22"}
# The first day of Rosh Hashanah (it begins at sundown the day before) and the first night
# of Hanukkah (the first candle).
ROSH_HASHANAH = {2015: "2015-09-14", 2016: "2016-10-03", 2017: "2017-09-21",
                 2018: "2018-09-10", 2019: "2019-09-30", 2020: "2020-09-19"}
HANUKKAH = {2015: "2015-12-06", 2016: "2016-12-24", 2017: "2017-12-12", 2018: "2018-12-02",
            2019: "2019-12-22", 2020: "2020-12-10"}

UKRAINIAN_MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                    "серпня", "вересня", "жовтня", "листопада", "грудня")
VIETNAMESE_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
                       "Chủ Nhật")
CHINESE_WEEKDAYS = "一二三四五六日"
MALTESE_MONTHS = ("Jannar", "Frar", "Marzu", "April", "Mejju", "Ġunju", "Lulju", "Awwissu",
                  "Settembru", "Ottubru", "Novembru", "Diċembru")
MALTESE_WEEKDAYS = ("It-Tnejn", "It-Tlieta", "L-Erbgħa", "Il-Ħamis", "Il-Ġimgħa", "Is-Sibt",
                    "Il-Ħadd")
MARATHI_DIGITS = "०१२३४५६७८९"
MARATHI_MONTHS = ("जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट",
                  "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर")
HEAVENLY_STEMS = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
EARTHLY_BRANCHES = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
                    "Tuất", "Hợi")


def _daily(text: Callable[[dt.date], str], last: dt.date = LAST_DAY) -> list[tuple[str, str]]:
    """One wording per day from `FIRST_DAY` to `last`: a date printed in a form no date slot
    gives (the first from `_OLD`)."""
    out = [(_OLD, text(FIRST_DAY))]
    day = FIRST_DAY + dt.timedelta(days=1)
    while day <= last:
        out.append((day.isoformat(), text(day)))
        day += dt.timedelta(days=1)
    return out


def last_weekday(y: int, m: int, weekday: int) -> dt.date:
    day = dt.date(y, m + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


# --- a Ukrainian-language regional news site (Kropyvnytskyi) ----------------------------------

RENAMED = dt.date(2016, 7, 14)  # the Verkhovna Rada renamed Kirovohrad Kropyvnytskyi
SPELLING_2019 = dt.date(2019, 6, 3)  # the new Ukrainian orthography ("проєкт") in force


def _uk_date(day: dt.date) -> str:
    return f"{day.day} {UKRAINIAN_MONTHS[day.month - 1]} {day.year}"


def _uk_dated(day: dt.date) -> str:
    if day < dt.date(2018, 9, 1):
        return f"{_uk_date(day)}, {{time}}"
    return f"Опубліковано {_uk_date(day)} о {{time}}"


def uk_years(n: int) -> str:
    """"рік", "роки" or "років" after the number `n`."""
    if n % 10 == 1 and n % 100 != 11:
        return "рік"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "роки"
    return "років"


def _kurs(usd: float, eur: float) -> str:
    return f"💵 USD {usd:.2f} · EUR {eur:.2f}".replace(".", ",")


KURS = ((21.85, 24.30), (25.60, 28.45), (26.95, 30.70), (27.35, 32.10), (25.90, 28.75),
        (27.80, 32.95))


def _svyata() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Читайте нас у Facebook і Telegram"),
            ("2019-09-01", "Читайте нас у Telegram, Facebook та Instagram")]
    events: list[Event] = []
    for y in YEARS:
        easter = _day(EASTER_ORTHODOX[y])
        text = ("🥚 Христос воскрес! Зі святом Великодня, дорогі читачі!" if y != 2020 else
                "🥚 Христос воскрес! Цьогоріч святкуймо Великдень удома.")
        events.append((easter - dt.timedelta(days=1), easter + dt.timedelta(days=2), text))
        age = y - 1991
        events.append((dt.date(y, 8, 23), dt.date(y, 8, 26),
                       f"🇺🇦 З Днем Незалежності! Україні — {age} {uk_years(age)}."))
    return _timeline(base, events)


_ADAPTIVE = "😷 Адаптивний карантин: перевіряйте, в якій зоні ваша громада."


def _vybory() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "✉️ Маєте новину? Пишіть нам: news@vistiinhulu.com.ua")]
    return _timeline(base, [
        (dt.date(2015, 10, 5), dt.date(2015, 10, 26),
         "🗳 Місцеві вибори — 25 жовтня. Хто хоче стати міським головою, читайте в нашому "
         "спецпроекті."),
        (dt.date(2015, 11, 2), dt.date(2015, 11, 16),
         "🗳 Другий тур виборів міського голови — 15 листопада."),
        (dt.date(2017, 6, 1), dt.date(2017, 6, 12),
         "🇪🇺 З 11 червня українці з біометричними паспортами їздять до ЄС без віз."),
        (dt.date(2019, 3, 11), dt.date(2019, 4, 1),
         "🗳 Вибори Президента України — 31 березня. Результати по Кіровоградщині дивіться на "
         "нашому сайті."),
        (dt.date(2019, 4, 8), dt.date(2019, 4, 22),
         "🗳 Другий тур виборів Президента — 21 квітня."),
        (dt.date(2019, 7, 1), dt.date(2019, 7, 22),
         "🗳 Позачергові вибори до Верховної Ради — 21 липня."),
        (dt.date(2020, 3, 12), dt.date(2020, 8, 1),
         "😷 Карантин: носіть маску в громадських місцях. Урядова гаряча лінія — 1545."),
        (dt.date(2020, 8, 1), dt.date(2020, 10, 5), _ADAPTIVE),
        (dt.date(2020, 10, 5), dt.date(2020, 10, 26),
         "🗳 Місцеві вибори — 25 жовтня. Як голосувати під час карантину, читайте в нашому "
         "спецпроєкті."),
        (dt.date(2020, 10, 26), None, _ADAPTIVE),
    ])


def _address(city: str) -> str:
    return (f"© 2015–{{year}} «Вісті Інгулу». 25006, м. {city}, вул. Дворцова, 15. Тел. (0522) "
            "55-01-43")


def inhul_style() -> PublisherStyle:
    """A Ukrainian-language regional news site (Kropyvnytskyi): a language switch, a section
    kicker, a hryvnia strip with decimal commas, a date with the genitive month turned
    "Опубліковано ... о" (a wording per day), "Автор:" turned labels with feminine forms,
    "Реклама" and "Читайте також" (up to twice) and photo inserts, a rare paid-content line,
    a report-an-error line, a follow line (reworded in 2019) turned Orthodox Easter and
    Independence Day with Ukraine's age, a send-your-news line turned the 2015 local
    elections, the visa-free regime, the 2019 elections, quarantine and the 2020 local
    elections (in the 2019 spelling), a reuse rule, a navigation line in the 2019 spelling,
    a copyright line with the city renamed in July 2016."""
    return PublisherStyle(
        domain="vistiinhulu.com.ua", site="Вісті Інгулу", base_size=900,
        subdomains=(("", 75), ("www.", 25)),
        sections=("misto", "oblast", "polityka", "ekonomika", "sport", "kultura", "kryminal"),
        n_authors=6, url_path="/{section}/{n}-{slug}.html",
        pools={
            "rubryka": ("Місто", "Область", "Політика", "Економіка", "Спорт", "Культура",
                        "Кримінал", "Суспільство"),
            "kurs": tuple(_kurs(u, e) for u, e in KURS),
            "avtor": ("Олена Кравчук", "Андрій Бондар", "Ірина Ткаченко", "Сергій Гаврилюк",
                      "Наталія Шевчук", "Євген Литвиненко"),
            "pidpys": ("Авторка: Олена Кравчук", "Автор: Андрій Бондар",
                       "Авторка: Ірина Ткаченко", "Автор: Сергій Гаврилюк",
                       "Авторка: Наталія Шевчук", "Автор: Євген Литвиненко"),
            "foto": ("Вісті Інгулу", "архів редакції", "міська рада", "поліція Кіровоградщини",
                     "відкриті джерела", "фейсбук героїні"),
        },
        families=(
            _f("movy", HEADER, 0.2, (_OLD, "УКР | РУС")),
            _f("rubryka", HEADER, 0.3, (_OLD, "{rubryka}")),
            _f("kurs", HEADER, 0.12, (_OLD, "{kurs}")),
            _f("data", HEADER, 0.85, *_daily(_uk_dated)),
            _f("avtor", HEADER, 0.6, (_OLD, "Автор: {avtor}"), ("2019-01-01", "{pidpys}")),
            _f("reklama", MIDDLE, 0.45, (_OLD, "Реклама"), count=2),
            _f("chytaite", MIDDLE, 0.4, (_OLD, "Читайте також: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.3, (_OLD, "Фото: {foto}")),
            _f("platne", FOOTER, 0.04, (_OLD, "* На правах реклами")),
            _f("pomylka", FOOTER, 0.3,
               (_OLD, "Помітили помилку? Виділіть її та натисніть Ctrl+Enter.")),
            _f("svyata", FOOTER, 0.25, *_svyata()),
            _f("vybory", FOOTER, 0.2, *_vybory()),
            _f("vidtvorennia", FOOTER, 0.4,
               (_OLD, "Використання матеріалів дозволяється лише за умови гіперпосилання на "
                "«Вісті Інгулу» не нижче першого абзацу.")),
            _f("pro", FOOTER, 0.35, (_OLD, "Про проект · Реклама · Контакти"),
               (SPELLING_2019.isoformat(), "Про проєкт · Реклама · Контакти")),
            _f("copyright", FOOTER, 0.6, (_OLD, _address("Кіровоград")),
               (RENAMED.isoformat(), _address("Кропивницький"))),
        ),
    )


# --- a Vietnamese-language provincial news site (Cần Thơ) -------------------------------------

PHONES_10_DIGITS = dt.date(2018, 9, 15)  # 11-digit mobile numbers shortened (0168 -> 038)


def _vi_dated(day: dt.date) -> str:
    weekday = VIETNAMESE_WEEKDAYS[day.weekday()]
    if day < dt.date(2019, 3, 1):
        return f"{weekday}, {day:%d/%m/%Y}, {{time}} (GMT+7)"
    return f"Cập nhật lúc {{time}} ngày {day.day}/{day.month}/{day.year}"


def can_chi(y: int) -> str:
    """The name of the lunar year that begins at Tết of `y` in the sexagenary cycle."""
    return f"{HEAVENLY_STEMS[(y - 4) % 10]} {EARTHLY_BRANCHES[(y - 4) % 12]}"


def _gold(buy: float, sell: float) -> str:
    return f"🟡 Giá vàng SJC: mua {buy:.2f} – bán {sell:.2f} triệu đồng/lượng".replace(".", ",")


GOLD = ((33.52, 33.80), (35.90, 36.15), (36.45, 36.67), (36.58, 36.76), (41.20, 41.55),
        (55.70, 56.40))


def _tet() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📱 Theo dõi Tây Đô Online trên Zalo và Facebook")]
    events: list[Event] = []
    for y in YEARS:
        tet = _day(TET[y])
        events.append((tet - dt.timedelta(days=4), tet + dt.timedelta(days=5),
                       f"🧧 Chúc Mừng Năm Mới {can_chi(y)} {y}! Kính chúc quý bạn đọc an khang, "
                       "thịnh vượng."))
    return _timeline(base, events)


def _thongbao() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Mời bạn đọc gửi tin, bài, ảnh về hộp thư toasoan@taydoonline.vn")]
    return _timeline(base, [
        (dt.date(2016, 5, 1), dt.date(2016, 5, 23),
         "🗳️ Ngày 22/5/2016: cả nước bầu cử đại biểu Quốc hội khóa XIV và đại biểu HĐND các "
         "cấp nhiệm kỳ 2016–2021."),
        (dt.date(2020, 2, 1), dt.date(2020, 4, 1),
         "😷 Đeo khẩu trang, rửa tay thường xuyên bằng xà phòng để phòng dịch COVID-19."),
        (dt.date(2020, 4, 1), dt.date(2020, 4, 23),
         "😷 Cách ly xã hội trên toàn quốc từ ngày 1/4/2020: ai ở đâu ở yên đó."),
        (dt.date(2020, 8, 1), None,
         "😷 Thông điệp 5K: Khẩu trang – Khử khuẩn – Khoảng cách – Không tụ tập – Khai báo y "
         "tế."),
    ])


def taydo_style() -> PublisherStyle:
    """A Vietnamese-language provincial news site (Cần Thơ): a rare live kicker, a section
    kicker, a weekday date with GMT+7 turned "Cập nhật lúc ... ngày" (a wording per day), a
    gold price strip, "Quảng cáo" and ">> Xem thêm:" (up to twice) and photo inserts, an
    uppercase byline at the foot gaining "Bài và ảnh:", a source line, a follow line turned
    Tết greetings with the year's name, a send-news line turned the 2016 election and three
    COVID-19 lines, a hotline shortened to ten digits in September 2018, a comment-language
    line, a licence renewed in 2017, a copyright and reuse line."""
    return PublisherStyle(
        domain="taydoonline.vn", site="Tây Đô Online", base_size=760,
        subdomains=(("", 60), ("m.", 40)),
        sections=("thoi-su", "kinh-te", "xa-hoi", "the-thao", "van-hoa", "phap-luat",
                  "quoc-te"),
        n_authors=6, url_path="/{section}/{slug}-{n}.html",
        pools={
            "chuyenmuc": ("Thời sự", "Kinh tế", "Xã hội", "Thể thao", "Văn hóa", "Pháp luật",
                          "Quốc tế", "Đồng bằng"),
            "giavang": tuple(_gold(b, s) for b, s in GOLD),
            "anh": ("Tây Đô Online", "TTXVN", "tư liệu", "Cổng TTĐT TP Cần Thơ", "minh họa"),
            "phongvien": ("MINH THƯ", "HOÀNG DUY", "NGỌC HÂN", "THANH TÙNG", "KIM NGÂN",
                          "QUỐC BẢO"),
            "nguon": ("TTXVN", "VnExpress", "Nhân Dân", "Tuổi Trẻ", "VOV"),
        },
        families=(
            _f("tructiep", HEADER, 0.04, (_OLD, "🔴 TRỰC TIẾP")),
            _f("chuyenmuc", HEADER, 0.3, (_OLD, "{chuyenmuc}")),
            _f("ngay", HEADER, 0.85, *_daily(_vi_dated)),
            _f("giavang", HEADER, 0.12, (_OLD, "{giavang}")),
            _f("quangcao", MIDDLE, 0.45, (_OLD, "Quảng cáo"), count=2),
            _f("xemthem", MIDDLE, 0.4, (_OLD, ">> Xem thêm: {other_title}"), count=2),
            _f("anh", MIDDLE, 0.3, (_OLD, "Ảnh: {anh}")),
            _f("tacgia", FOOTER, 0.6, (_OLD, "{phongvien}"),
               ("2018-05-01", "Bài và ảnh: {phongvien}")),
            _f("nguon", FOOTER, 0.15, (_OLD, "(Theo {nguon})")),
            _f("tet", FOOTER, 0.25, *_tet()),
            _f("thongbao", FOOTER, 0.2, *_thongbao()),
            _f("duongdaynong", FOOTER, 0.25, (_OLD, "☎️ Đường dây nóng: 0168 555 0143"),
               (PHONES_10_DIGITS.isoformat(), "☎️ Đường dây nóng: 038 555 0143")),
            _f("ykien", FOOTER, 0.3,
               (_OLD, "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng "
                "Việt có dấu.")),
            _f("giayphep", FOOTER, 0.4,
               (_OLD, "Giấy phép số 58/GP-TTĐT do Sở Thông tin và Truyền thông TP Cần Thơ cấp."),
               ("2017-03-12", "Giấy phép số 143/GP-BTTTT do Bộ Thông tin và Truyền thông cấp "
                "ngày 12/3/2017.")),
            _f("banquyen", FOOTER, 0.6,
               (_OLD, "© Bản quyền thuộc về Tây Đô Online. Ghi rõ nguồn Tây Đô Online khi phát "
                "hành lại thông tin từ website này.")),
        ),
    )


# --- a Simplified Chinese community news site (Vancouver) --------------------------------------

def _zh_dated(day: dt.date) -> str:
    return (f"{day.year}年{day.month}月{day.day}日 星期{CHINESE_WEEKDAYS[day.weekday()]} "
            "{time}")


ZH_STAMP = dt.date(2018, 10, 1)  # the date line became an ISO stamp with a source


def _huilv(cny: float, cad: float) -> str:
    return f"💱 加元兑人民币 {cny:.2f} · 美元兑加元 {cad:.2f}"


HUILV = ((4.92, 1.28), (5.05, 1.32), (5.20, 1.30), (5.10, 1.30), (5.20, 1.33), (5.05, 1.36))


def _zhongqiu() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📱 关注我们的微信公众号，第一时间获取本地资讯")]
    events: list[Event] = []
    for y in YEARS:
        day = _day(MID_AUTUMN[y])
        text = ("🥮 中秋快乐！温城快讯祝大家花好月圆，阖家团圆。" if y != 2020 else
                "🥮 中秋快乐！今年请尽量与家人在家过节，减少聚会。")
        events.append((day - dt.timedelta(days=4), day + dt.timedelta(days=2), text))
    return _timeline(base, events)


_DISTANCING = "😷 卑诗省已进入公共卫生紧急状态，请保持两米社交距离。"


def _xuanju() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "新闻爆料：604-555-0143 · tips@wenchengnews.ca")]
    return _timeline(base, [
        (dt.date(2015, 9, 28), dt.date(2015, 10, 20),
         "🗳️ 加拿大联邦大选10月19日投票，投票时请携带身份证明。"),
        (dt.date(2017, 4, 18), dt.date(2017, 5, 10), "🗳️ 卑诗省省选5月9日投票。"),
        (dt.date(2018, 10, 10), dt.date(2018, 10, 24),
         "🌿 10月17日起大麻在加拿大合法化；在卑诗省，未满19岁购买或持有仍属违法。"),
        (dt.date(2019, 9, 30), dt.date(2019, 10, 22), "🗳️ 加拿大联邦大选10月21日投票。"),
        (dt.date(2020, 3, 17), dt.date(2020, 9, 28), _DISTANCING),
        (dt.date(2020, 9, 28), dt.date(2020, 10, 25),
         "🗳️ 卑诗省提前省选10月24日投票，可申请邮寄投票。"),
        (dt.date(2020, 10, 25), dt.date(2020, 11, 19), _DISTANCING),
        (dt.date(2020, 11, 19), None, "😷 卑诗省规定：室内公共场所须佩戴口罩。"),
    ])


def wencheng_style() -> PublisherStyle:
    """A Simplified Chinese community news site (Vancouver): a breadcrumb with the section, a
    年月日 date with the weekday turned a "发布时间：" ISO stamp with a source (a wording per
    day until then), a read counter, "记者 ... 报道" turned "文/", a yuan and US dollar strip,
    "广告" and "相关阅读" (up to twice) and photo-source inserts, a rare correction, the
    responsible editor, a reprint line, a disclaimer, a WeChat line turned the Mid-Autumn
    Festival, a tip line turned Canada's and British Columbia's elections, cannabis
    legalisation and COVID-19 lines, a QR prompt, a copyright line."""
    return PublisherStyle(
        domain="wenchengnews.ca", site="温城快讯", base_size=650,
        subdomains=(("www.", 100),),
        sections=("local", "canada", "china", "finance", "realestate", "life", "immigration"),
        n_authors=5, url_path="/news/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "lanmu": ("本地新闻", "加国新闻", "中国新闻", "财经", "地产", "生活", "移民",
                      "社区"),
            "jizhe": ("李文静", "陈志强", "王欣怡", "黄家俊", "刘思远", "赵敏"),
            "huilv": tuple(_huilv(c, u) for c, u in HUILV),
            "tupian": ("温城快讯", "资料图", "网络图片", "加通社", "受访者提供", "温哥华警方"),
            "bianji": ("周婷", "吴昊", "孙悦"),
        },
        families=(
            _f("weizhi", HEADER, 0.35, (_OLD, "当前位置：首页 > {lanmu}")),
            _f("riqi", HEADER, 0.85, *_daily(_zh_dated, ZH_STAMP - dt.timedelta(days=1)),
               (ZH_STAMP.isoformat(), "发布时间：{date_iso} {time} | 来源：温城快讯")),
            _f("yuedu", HEADER, 0.3, (_OLD, "阅读：{count}")),
            _f("zuozhe", HEADER, 0.6, (_OLD, "记者 {jizhe} 报道"), ("2019-03-01", "文/{jizhe}")),
            _f("huilv", HEADER, 0.12, (_OLD, "{huilv}")),
            _f("guanggao", MIDDLE, 0.45, (_OLD, "广告"), count=2),
            _f("xiangguan", MIDDLE, 0.4, (_OLD, "相关阅读：{other_title}"), count=2),
            _f("tupian", MIDDLE, 0.3, (_OLD, "（图片来源：{tupian}）")),
            _f("gengzheng", FOOTER, 0.04, (_OLD, "更正：本文早前版本有误，现已更正。")),
            _f("bianji", FOOTER, 0.5, (_OLD, "（责任编辑：{bianji}）")),
            _f("zhuanzai", FOOTER, 0.3, (_OLD, "本文为温城快讯原创稿件，转载请注明出处。")),
            _f("shengming", FOOTER, 0.25,
               (_OLD, "免责声明：本文内容仅供参考，不构成任何投资或移民建议。")),
            _f("zhongqiu", FOOTER, 0.25, *_zhongqiu()),
            _f("xuanju", FOOTER, 0.2, *_xuanju()),
            _f("saoma", FOOTER, 0.2, (_OLD, "扫码关注微信公众号")),
            _f("copyright", FOOTER, 0.6, (_OLD, "Copyright © 2015-{year} 温城快讯 版权所有")),
        ),
    )


# --- a Maltese-language island news site (Gozo) -----------------------------------------------

def _mt_date(day: dt.date) -> str:
    return f"{day.day} ta' {MALTESE_MONTHS[day.month - 1]}"


def _mt_dated(day: dt.date) -> str:
    if day < dt.date(2019, 5, 1):
        return f"Ippubblikat fil-{_mt_date(day)} {day.year}"
    return f"{MALTESE_WEEKDAYS[day.weekday()]}, {_mt_date(day)} {day.year} | {{time}}"


def ash_wednesday(y: int) -> dt.date:
    return _day(EASTER_WESTERN[y], -46)


def _temp(degrees: int, wind: str, force: int) -> str:
    sea = "kalm" if force <= 3 else "moderat" if force == 4 else "qawwi"
    return f"🌬️ It-temp f'Għawdex: {degrees}°C, riħ {wind} forza {force}, baħar {sea}"


TEMPS = ((24, "Majjistral", 4), (17, "Grigal", 5), (29, "Xlokk", 3), (12, "Tramuntana", 6),
         (21, "Lbiċ", 2), (26, "Punent", 4))


def _festi() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Segwina fuq Facebook u Instagram għall-aħbarijiet minn Għawdex.")]
    events: list[Event] = []
    for y in YEARS:
        ash = ash_wednesday(y)
        first, last = ash - dt.timedelta(days=6), ash - dt.timedelta(days=1)
        events.append((ash - dt.timedelta(days=20), ash,
                       f"🎭 Il-Karnival ta' Għawdex {y}: {_mt_date(first)} – {_mt_date(last)}, "
                       "fir-Rabat u n-Nadur."))
        text = ("🎆 Il-Festa ta' Santa Marija fir-Rabat: il-purċissjoni titlaq mill-Katidral "
                "fil-15 ta' Awwissu.")
        if y == 2020:
            text = "🎆 Il-Festa ta' Santa Marija din is-sena ssir mingħajr attivitajiet esterni."
        events.append((dt.date(y, 8, 8), dt.date(y, 8, 16), text))
    return _timeline(base, events)


def _elezzjoni() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "📩 Għandek storja? Ibgħatilna fuq 7955 0143 jew "
                   "redazzjoni@lehenghawdex.com.mt")]
    return _timeline(base, [
        (dt.date(2017, 5, 1), dt.date(2017, 6, 4),
         "🗳️ Elezzjoni Ġenerali: is-Sibt 3 ta' Ġunju 2017. Għawdex jivvota fit-13-il distrett."),
        (dt.date(2019, 5, 1), dt.date(2019, 5, 26),
         "🗳️ Elezzjonijiet għall-Parlament Ewropew u l-Kunsilli Lokali: is-Sibt 25 ta' Mejju "
         "2019."),
        (dt.date(2020, 3, 12), None,
         "😷 Jekk għandek deni jew sogħla, ibqa' d-dar u ċempel il-111."),
    ])


def lehen_style() -> PublisherStyle:
    """A Maltese-language island news site (Gozo): a language switch, a category kicker, a
    breadcrumb with the article's own title, "Ippubblikat fil-... ta'" turned a Maltese
    weekday date with the time (a wording per day), "Kitba ta'" turned "Minn", "Reklami" and
    "Aqra wkoll" (up to twice) and photo inserts, a rare illustration photo note, a weather
    line with Maltese wind names and Beaufort forces, a ferry line, a follow line turned the
    Gozo carnival before Ash Wednesday and Santa Marija each 15 August (without outdoor
    events in 2020), a tip line turned the 2017 and 2019 elections and a COVID-19 line, a
    comment rule, a copyright line."""
    return PublisherStyle(
        domain="lehenghawdex.com.mt", site="Leħen Għawdex", base_size=590,
        subdomains=(("www.", 100),),
        sections=("ahbarijiet", "ghawdex", "politika", "sport", "kultura", "festi"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kategorija": ("Aħbarijiet", "Għawdex", "Politika", "Sport", "Kultura", "Festi",
                           "Lokali"),
            "kittieb": ("Marija Camilleri", "Joseph Xuereb", "Rita Grech", "Ġorġ Attard",
                        "Karmenu Mercieca", "Doreen Cassar"),
            "ritratt": ("Leħen Għawdex", "DOI", "Arkivju", "Ministeru għal Għawdex",
                        "Kunsill Lokali"),
            "temp": tuple(_temp(*t) for t in TEMPS),
        },
        families=(
            _f("lingwa", HEADER, 0.2, (_OLD, "Malti | English")),
            _f("kategorija", HEADER, 0.3, (_OLD, "{kategorija}")),
            _f("crumbs", HEADER, 0.25, (_OLD, "Home » {kategorija} » {title}")),
            _f("data", HEADER, 0.85, *_daily(_mt_dated)),
            _f("kittieb", HEADER, 0.6, (_OLD, "Kitba ta' {kittieb}"),
               ("2018-06-01", "Minn {kittieb}")),
            _f("reklami", MIDDLE, 0.45, (_OLD, "Reklami"), count=2),
            _f("aqra", MIDDLE, 0.4, (_OLD, "Aqra wkoll: {other_title}"), count=2),
            _f("ritratt", MIDDLE, 0.3, (_OLD, "Ritratt: {ritratt}")),
            _f("illustrazzjoni", FOOTER, 0.04,
               (_OLD, "Ir-ritratt huwa użat għal skop ta' illustrazzjoni biss.")),
            _f("temp", FOOTER, 0.15, (_OLD, "{temp}")),
            _f("vapur", FOOTER, 0.2,
               (_OLD, "⛴️ Se taqsam lejn Malta? Iċċekkja l-ħinijiet tal-vapur qabel ma "
                "toħroġ.")),
            _f("festi", FOOTER, 0.25, *_festi()),
            _f("elezzjoni", FOOTER, 0.2, *_elezzjoni()),
            _f("kummenti", FOOTER, 0.3,
               (_OLD, "Il-kummenti huma moderati. Kummenti offensivi jew malafamanti mhux se "
                "jiġu ppubblikati.")),
            _f("drittijiet", FOOTER, 0.6,
               (_OLD, "© {year} Leħen Għawdex. Id-drittijiet kollha riżervati.")),
        ),
    )


# --- a Marathi-language news portal (Kolhapur) ------------------------------------------------

def _mr(n: int | str) -> str:
    """`n` in Marathi (Devanagari) numerals (other characters kept)."""
    return "".join(MARATHI_DIGITS[int(c)] if c.isdigit() else c for c in str(n))


def _mr_date(day: dt.date) -> str:
    return f"{_mr(day.day)} {MARATHI_MONTHS[day.month - 1]}"


def _gul(low: int, high: int) -> str:
    return (f"🍯 गूळ सौदे (शाहू मार्केट यार्ड): प्रति क्विंटल ₹{_mr(f'{low:,}')} ते "
            f"₹{_mr(f'{high:,}')}")


GUL = ((3250, 4100), (2900, 3650), (3400, 4480), (3100, 3900), (2750, 3500))
_NEWSROOM = "९८२२० ५०१४३"


def visarjan(y: int) -> dt.date:
    """Anant Chaturdashi, the immersion: ten days after Ganesh Chaturthi."""
    return _day(GANESH_CHATURTHI[y], 10)


def _ganesh() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "ताज्या बातम्यांसाठी आमचे फेसबुक पेज लाइक करा"),
            ("2019-06-01", "ताज्या बातम्यांसाठी आमचे टेलिग्राम चॅनेल जॉइन करा")]
    events: list[Event] = []
    for y in YEARS:
        start, end = _day(GANESH_CHATURTHI[y]), visarjan(y)
        text = (f"🌺 गणपती बाप्पा मोरया! तुमच्या घरच्या गणपतीचा फोटो व्हॉट्सॲपवर पाठवा: "
                f"{_NEWSROOM}. अनंत चतुर्दशी: {_mr_date(end)}.")
        if y == 2020:
            text = (f"🌺 गणपती बाप्पा मोरया! यंदा गणेशोत्सव साधेपणाने साजरा करा, गर्दी टाळा. "
                    f"अनंत चतुर्दशी: {_mr_date(end)}.")
        events.append((start - dt.timedelta(days=10), end + dt.timedelta(days=1), text))
    return _timeline(base, events)


def _nivadnuk() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, f"बातमी कळवा: {_NEWSROOM} (व्हॉट्सॲप)")]
    return _timeline(base, [
        (dt.date(2015, 10, 12), dt.date(2015, 11, 2),
         "🗳️ कोल्हापूर महानगरपालिका निवडणूक: १ नोव्हेंबरला मतदान."),
        (dt.date(2019, 4, 1), dt.date(2019, 4, 24),
         "🗳️ लोकसभा निवडणूक: कोल्हापूर आणि हातकणंगले मतदारसंघांत २३ एप्रिलला मतदान."),
        (dt.date(2019, 8, 5), dt.date(2019, 8, 20),
         "🌊 महापूर: पंचगंगेने धोका पातळी ओलांडली. मदतीसाठी जिल्हा आपत्ती व्यवस्थापन कक्ष: "
         "१०७७."),
        (dt.date(2019, 9, 30), dt.date(2019, 10, 25),
         "🗳️ विधानसभा निवडणूक: २१ ऑक्टोबरला मतदान, २४ ऑक्टोबरला मतमोजणी."),
        (dt.date(2020, 3, 23), None, "😷 कोरोना: घरी राहा, सुरक्षित राहा. बाहेर पडताना मास्क वापरा."),
    ])


def karveer_style() -> PublisherStyle:
    """A Marathi-language news portal (Kolhapur): a section kicker, a "प्रकाशित:" US date with
    a 12-hour time turned an English "Updated: ... IST" line, a news service line turned a
    reporter and place, "जाहिरात" and "हेही वाचा :" (up to twice) and photo inserts, a
    jaggery price line in Marathi numerals, a rare tribute line, a Facebook line turned
    Telegram and Ganeshotsav with Anant Chaturdashi in Marathi numerals, a tip line turned
    the 2015 municipal election, the 2019 elections, the August 2019 floods and a lockdown
    line, a comment rule, an app line, a copyright line."""
    return PublisherStyle(
        domain="karveervarta.com", site="करवीर वार्ता", base_size=520,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("kolhapur", "maharashtra", "desh-videsh", "krida", "manoranjan", "krushi",
                  "arthvishva"),
        n_authors=6, url_path="/{section}/{slug}-{n}",
        pools={
            "vibhag": ("कोल्हापूर", "महाराष्ट्र", "देश-विदेश", "क्रीडा", "मनोरंजन", "कृषी",
                       "अर्थविश्व"),
            "vartahar": ("संदीप पाटील", "अश्विनी जाधव", "विकास कांबळे", "प्रियांका शिंदे",
                         "राहुल चव्हाण", "स्नेहा माने"),
            "sthal": ("कोल्हापूर", "इचलकरंजी", "कागल", "गडहिंग्लज", "पन्हाळा", "शिरोळ"),
            "chhaya": ("करवीर वार्ता", "संग्रहित", "सोशल मीडिया", "प्रतिनिधी", "पीटीआय"),
            "gul": tuple(_gul(lo, hi) for lo, hi in GUL),
        },
        families=(
            _f("vibhag", HEADER, 0.3, (_OLD, "{vibhag}")),
            _f("prakashit", HEADER, 0.85, (_OLD, "प्रकाशित: {date_long}, {time12}"),
               ("2018-11-01", "Updated: {date_short} {time} IST")),
            _f("vartahar", HEADER, 0.6, (_OLD, "{sthal} : करवीर वार्ता वृत्तसेवा"),
               ("2019-02-01", "{vartahar} | {sthal}")),
            _f("jahirat", MIDDLE, 0.45, (_OLD, "जाहिरात"), count=2),
            _f("hehi", MIDDLE, 0.4, (_OLD, "हेही वाचा : {other_title}"), count=2),
            _f("chhaya", MIDDLE, 0.3, (_OLD, "छाया : {chhaya}")),
            _f("gul", FOOTER, 0.15, (_OLD, "{gul}")),
            _f("shraddhanjali", FOOTER, 0.04, (_OLD, "💐 भावपूर्ण श्रद्धांजली")),
            _f("ganesh", FOOTER, 0.25, *_ganesh()),
            _f("nivadnuk", FOOTER, 0.2, *_nivadnuk()),
            _f("pratikriya", FOOTER, 0.3,
               (_OLD, "प्रतिक्रिया देताना भाषेचे भान ठेवा. आक्षेपार्ह प्रतिक्रिया प्रसिद्ध केल्या "
                "जाणार नाहीत.")),
            _f("app", FOOTER, 0.2, (_OLD, "📲 करवीर वार्ता ॲप डाउनलोड करा")),
            _f("copyright", FOOTER, 0.6, (_OLD, "© {year} करवीर वार्ता. सर्व हक्क राखीव.")),
        ),
    )


# --- a Gaelic football club's news (County Kerry) --------------------------------------------

def _score(competition: str, home: str, hg: int, hp: int, away: str, ag: int, ap: int) -> str:
    return (f"FT | {competition}: {home} {hg}-{hp:02d} ({3 * hg + hp}) {away} {ag}-{ap:02d} "
            f"({3 * ag + ap})")


RESULTS = (("County League Div 3", "Cloonmore", 2, 11, "Templenoe", 1, 9),
           ("Junior Championship R1", "Glenflesk", 0, 15, "Cloonmore", 1, 10),
           ("U-16 League", "Cloonmore", 3, 8, "Kilcummin", 3, 8),
           ("Minor Championship QF", "Cloonmore", 1, 12, "Beaufort", 0, 10),
           ("Ladies Junior B", "Listry", 2, 6, "Cloonmore", 4, 9))


def _lotto(numbers: tuple[int, int, int, int], jackpot: int) -> str:
    drawn = ", ".join(str(n) for n in numbers)
    return f"🎱 Lotto: numbers {drawn} · no jackpot winner · next jackpot €{jackpot:,}"


LOTTO = (((3, 12, 18, 26), 5_400), ((1, 9, 14, 27), 5_600), ((6, 11, 20, 23), 5_800),
         ((2, 15, 17, 28), 6_000), ((4, 8, 19, 25), 6_200))


def cul_camp(y: int) -> dt.date:
    """The club's Cúl Camp: Monday to Friday from the second Monday of July."""
    return nth_weekday(y, 7, 0, 2)


def _membership() -> tuple[tuple[str, str], ...]:
    def due(y: int) -> str:
        adult, family = (50, 90) if y < 2018 else (60, 100)
        return (f"Membership for {y} is now due: €{adult} adult, €{family} family, €20 juvenile "
                "and student.")

    out = [(_OLD, due(2015))]
    for y in YEARS:
        out.append((f"{y}-01-01", due(y)))
    out += [("2020-03-12", "All club activity is suspended on the instructions of Croke Park, "
             "until further notice."),
            ("2020-06-29", "Training is back: every player must fill in the online health "
             "questionnaire before each session."),
            ("2020-10-07", "Club activity is suspended again under the Level 3 restrictions.")]
    return tuple(out)


def _cul_camp() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Juvenile training every Saturday morning at 10am: boys and girls from U-6 "
                   "to U-12 are all welcome.")]
    events: list[Event] = []
    for y in YEARS:
        monday = cul_camp(y)
        friday = monday + dt.timedelta(days=4)
        text = (f"☀️ Kellogg’s Cúl Camp {y} is on in our grounds from Monday {monday.day} to "
                f"Friday {friday.day} July, 10am to 2pm. Book online early!")
        if y == 2020:
            text = (f"☀️ Kellogg’s Cúl Camp 2020 goes ahead in smaller pods, Monday {monday.day} "
                    f"to Friday {friday.day} July. Places are limited: book online.")
        events.append((dt.date(y, 5, 1), friday + dt.timedelta(days=1), text))
    return _timeline(base, events)


def cloonmore_style() -> PublisherStyle:
    """A Gaelic football club's news (County Kerry): a grade kicker, "Posted by ... (PRO)"
    turned a weekday date with "Club Notes", full-time scores with totals, the weekly lotto
    result, lotto sales moved online in 2017, membership due each year (raised in 2018;
    suspended, back and suspended again in 2020), juvenile training turned a Cúl Camp from
    the second Monday of July, a youth-sport code, the bar, an Irish cheer, a fixtures
    block, a rare condolence line."""
    return PublisherStyle(
        domain="cloonmoregaels.ie", site="Cloonmore Gaels", base_size=460,
        subdomains=(("www.", 100),),
        sections=("news", "results", "juvenile", "ladies", "lotto"),
        n_authors=2, url_path="/news/{slug}/",
        pools={
            "grade": ("Senior Football", "Junior Football", "Minor", "Juvenile",
                      "Ladies Football", "Club Notes", "Lotto"),
            "result": tuple(_score(*r) for r in RESULTS),
            "lotto": tuple(_lotto(n, j) for n, j in LOTTO),
            "fixture": ("Sunday: Junior v Glenflesk (away), throw-in 2pm",
                        "Saturday: U-14 v Kilgarvan (home), throw-in 11am",
                        "Friday: Minor v Spa (home), throw-in 7.30pm",
                        "Sunday: Ladies v Listry (home), throw-in 12 noon"),
        },
        families=(
            _f("grade", HEADER, 0.35, (_OLD, "{grade}")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted by {author} (PRO) · {date_dmy}"),
               ("2019-02-01", "{weekday} {date_dmy} | Club Notes")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("lotto", FOOTER, 0.35, (_OLD, "{lotto}")),
            _f("lottoplay", FOOTER, 0.25,
               (_OLD, "Lotto tickets are €2 from the usual sellers and behind the clubhouse "
                "bar."),
               ("2017-06-01", "Play the club lotto online: €2 a line, drawn every Sunday night "
                "in the clubhouse.")),
            _f("members", FOOTER, 0.25, *_membership()),
            _f("culcamp", FOOTER, 0.2, *_cul_camp()),
            _f("code", FOOTER, 0.2,
               (_OLD, "We follow the GAA Code of Best Practice in Youth Sport: any concern can "
                "be raised in confidence with our Children’s Officer.")),
            _f("bar", FOOTER, 0.2,
               (_OLD, "The clubhouse bar is open on Friday and Saturday nights, with all the big "
                "games on the screen.")),
            _f("abu", FOOTER, 0.25, (_OLD, "Ar aghaidh linn! 💚💛")),
            _f("fixtures-head", FOOTER, 0.4, (_OLD, "Fixtures")),
            _f("fixtures", FOOTER, 0.38, (_OLD, "{fixture}")),
            _f("condolence", FOOTER, 0.04, (_OLD, "Ar dheis Dé go raibh a anam dílis.")),
        ),
    )


# --- a synagogue's news and bulletin (New Jersey) ---------------------------------------------

PARSHIYOT = (("Bereshit", "בראשית"), ("Noach", "נח"), ("Lech Lecha", "לך לך"),
             ("Vayera", "וירא"), ("Chayei Sarah", "חיי שרה"), ("Toldot", "תולדות"),
             ("Vayetzei", "ויצא"), ("Vayishlach", "וישלח"), ("Vayeshev", "וישב"),
             ("Miketz", "מקץ"))
CANDLES = (("4:12", "5:14"), ("4:28", "5:30"), ("5:46", "6:48"), ("6:58", "8:00"),
           ("7:54", "8:58"), ("8:12", "9:16"), ("6:31", "7:32"))


def yom_kippur(y: int) -> dt.date:
    return _day(ROSH_HASHANAH[y], 9)


def _on(day: dt.date) -> str:
    return f"{day:%A}, {day:%B} {day.day}"


def _holidays() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Not a member yet? Join us for Shabbat morning services and stay for "
                   "kiddush.")]
    events: list[Event] = []
    for y in YEARS:
        rh, yk = _day(ROSH_HASHANAH[y]), yom_kippur(y)
        close = ("Services will be livestreamed, with an outdoor shofar service in the parking "
                 "lot." if y == 2020 else "Tickets for guests are available from the office.")
        events.append((dt.date(y, 8, 15), yk + dt.timedelta(days=1),
                       f"🍎 High Holy Days {y + 3761}: Rosh Hashanah begins at sundown on "
                       f"{_on(rh - dt.timedelta(days=1))}; Kol Nidre is on "
                       f"{_on(yk - dt.timedelta(days=1))}. {close}"))
        first = _day(HANUKKAH[y])
        where = "on Zoom: bring your own latkes" if y == 2020 else (
            "in the sanctuary, with latkes and sufganiyot for all")
        events.append((first - dt.timedelta(days=10), first + dt.timedelta(days=8),
                       f"🕎 Community candle lighting on the first night of Hanukkah, "
                       f"{_on(first)}, at 5:30pm {where}."))
    return _timeline(base, events)


def beth_elazar_style() -> PublisherStyle:
    """A synagogue's news and bulletin (New Jersey): "Posted ... by" turned the writer with
    their post and a short date, the week's Torah portion in English and Hebrew, candle
    lighting and havdalah times, a Shabbat greeting, daily minyan turned Zoom and limited
    services in 2020, a membership line turned the High Holy Days with the Hebrew year
    (livestreamed in 2020) and Hanukkah candle lighting (on Zoom in 2020), a name-badge line
    turned locked doors from November 2018, a kosher line, a tribute line, an office block,
    a rare lost-and-found notice."""
    return PublisherStyle(
        domain="bethelazar.org", site="Congregation Beth Elazar", base_size=410,
        subdomains=(("www.", 100),),
        sections=("news", "bulletin", "education", "events"),
        n_authors=4, url_path="/news/{slug}",
        pools={
            "beat": ("Rabbi", "Cantor", "Executive Director", "President"),
            "parsha": tuple(f"📜 Parashat {en} | פרשת {he}" for en, he in PARSHIYOT),
            "candles": tuple(f"🕯️ Candle lighting {c} pm · Havdalah {h} pm" for c, h in CANDLES),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "Posted {date_long} by {author}"),
               ("2018-08-01", "{author}, {author_beat} · {date_short}")),
            _f("parsha", HEADER, 0.3, (_OLD, "{parsha}")),
            _f("candles", HEADER, 0.25, (_OLD, "{candles}")),
            _f("shabbat", FOOTER, 0.3, (_OLD, "Shabbat Shalom! · שבת שלום")),
            _f("minyan", FOOTER, 0.3,
               (_OLD, "Daily minyan: Sundays at 8:30am, weekdays at 6:45am, and every evening at "
                "7:30pm in the chapel."),
               ("2020-03-15", "The building is closed. Minyan continues on Zoom every morning "
                "and evening: email the office for the link."),
               ("2020-07-05", "Shabbat morning services are back in person, by registration "
                "only: masks on, and no kiddush for now.")),
            _f("holidays", FOOTER, 0.25, *_holidays()),
            _f("security", FOOTER, 0.2,
               (_OLD, "For everyone’s safety, please wear your name badge in the building."),
               ("2018-11-05", "Our doors are locked during services: please ring the bell, and "
                "say hello to our security officer.")),
            _f("kosher", FOOTER, 0.2,
               (_OLD, "All food at our events is kosher: please do not bring food from outside "
                "into the building.")),
            _f("tribute", FOOTER, 0.25,
               (_OLD, "Remember a loved one or celebrate a simcha: tribute cards from $18 "
                "through the office.")),
            _f("office-head", FOOTER, 0.4, (_OLD, "Synagogue Office")),
            _f("office", FOOTER, 0.38,
               (_OLD, "Congregation Beth Elazar, 412 Prospect Street, Westfield, NJ 07090 · "
                "(908) 555-0143")),
            _f("hours", FOOTER, 0.36,
               (_OLD, "Office hours: Monday to Thursday 9am–3pm, Friday 9am–12pm")),
            _f("tallit", FOOTER, 0.04,
               (_OLD, "Lost and found: a blue velvet tallit bag was left in the sanctuary after "
                "services. Please call the office.")),
        ),
    )


# --- a comic book shop's blog (Ohio) ----------------------------------------------------------

def free_comic_book_day(y: int) -> dt.date:
    """Free Comic Book Day: the first Saturday of May."""
    return nth_weekday(y, 5, 5, 1)


def halloween_comicfest(y: int) -> dt.date:
    """Halloween ComicFest: the last Saturday of October."""
    return last_weekday(y, 10, 5)


def _shop_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Follow us on Instagram and Facebook for new arrivals and sales.")]
    events: list[Event] = []
    for y in YEARS:
        if y == 2020:
            events += [(dt.date(2020, 3, 13), dt.date(2020, 7, 15),
                        "🦸 Free Comic Book Day 2020 is postponed: we will post the new date "
                        "here."),
                       (dt.date(2020, 7, 15), dt.date(2020, 9, 10),
                        "🦸 Free Comic Book Summer: new free comics every Wednesday through "
                        "September 9.")]
            continue
        day = free_comic_book_day(y)
        events.append((dt.date(y, 4, 1), day + dt.timedelta(days=1),
                       f"🦸 Free Comic Book Day is Saturday, May {day.day}! Free comics for "
                       "everyone, and a costume contest at noon."))
        day = halloween_comicfest(y)
        events.append((dt.date(y, 10, 1), day + dt.timedelta(days=1),
                       f"🎃 Halloween ComicFest: Saturday, October {day.day}. Free mini comics "
                       "for kids in costume."))
    return _timeline(base, events)


def stormcellar_style() -> PublisherStyle:
    """A comic book shop's blog (Ohio): a rare spoiler warning, a slashed US date turned a
    weekday with a long date, a new-comics day turned paused, back and split between
    Tuesday and Wednesday in 2020, staff picks with prices, a pull-list discount raised in
    2018, a follow line turned Free Comic Book Day on the first Saturday of May (postponed
    and turned a summer in 2020) and Halloween ComicFest, Friday Night Magic put on hold, a
    buying line, tags and a previous-post link, an hours and address block."""
    return PublisherStyle(
        domain="stormcellarcomics.com", site="Storm Cellar Comics", base_size=360,
        subdomains=(("www.", 100),),
        sections=("blog", "new-comics", "events", "games"),
        n_authors=2, url_path="/blog/{yyyy}/{mm}/{slug}",
        pools={
            "pick": ("📚 Staff pick: a new fantasy series from a small press, issue #1 for "
                     "$3.99",
                     "📚 Staff pick: the oversized anniversary issue, $5.99 with three variant "
                     "covers",
                     "📚 Staff pick: a horror one-shot for $4.99",
                     "📚 Staff pick: the second volume in trade paperback, $16.99",
                     "📚 Staff pick: an all-ages adventure, issue #3 for $2.99"),
            "tags": ("new comics", "events", "graphic novels", "Magic: The Gathering",
                     "back issues", "sales", "pull list"),
        },
        families=(
            _f("spoilers", HEADER, 0.04, (_OLD, "⚠️ Spoilers for this week’s books below!")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_slash} · {author}"),
               ("2019-06-01", "{weekday}, {date_long} — {author}")),
            _f("ncbd", HEADER, 0.3, (_OLD, "🗓️ New comics every Wednesday!"),
               ("2020-04-01", "🗓️ No new comics this week: Diamond has paused shipping. Back "
                "issues and graphic novels are available for curbside pickup."),
               ("2020-05-20", "🗓️ New comics are back every Wednesday!"),
               ("2020-06-09", "🗓️ New DC books on Tuesdays, everything else on Wednesdays!")),
            _f("pick", MIDDLE, 0.3, (_OLD, "{pick}")),
            _f("pull", FOOTER, 0.3,
               (_OLD, "Start a pull list: subscribers get 10% off every book on their list."),
               ("2018-01-01", "Start a pull list: subscribers get 15% off every book on their "
                "list, and we hold it for 30 days.")),
            _f("events", FOOTER, 0.25, *_shop_events()),
            _f("fnm", FOOTER, 0.2,
               (_OLD, "Friday Night Magic at 7pm: Standard, $5 entry, prizes in store credit."),
               ("2020-03-14", "Friday Night Magic is on hold. Join our store group on MTG Arena "
                "instead!")),
            _f("buy", FOOTER, 0.2,
               (_OLD, "We buy collections! Bring your long boxes in on a Saturday for a free "
                "appraisal.")),
            _f("filed", FOOTER, 0.5, (_OLD, "Filed under: {tags_list}")),
            _f("previous", FOOTER, 0.35, (_OLD, "« Previous post: {other_title}")),
            _f("hours-head", FOOTER, 0.4, (_OLD, "Store Hours")),
            _f("hours", FOOTER, 0.38,
               (_OLD, "Wednesday 10am–8pm · Thursday to Saturday 11am–7pm · Sunday noon–5pm · "
                "closed Monday and Tuesday")),
            _f("address", FOOTER, 0.36,
               (_OLD, "2214 Brown Street, Dayton, OH 45409 · (937) 555-0143")),
        ),
    )


# --- a lawn bowls club's news (New South Wales) -----------------------------------------------

def _pennant(grade: int, ours: int, theirs: int, opponent: str, won: int, lost: int) -> str:
    verb = "def." if ours > theirs else "lost to"
    rinks = "rink" if won == 1 else "rinks"
    return (f"🏆 Grade {grade} Pennants: our side {ours} {verb} {opponent} {theirs} ({won} "
            f"{rinks} to {lost})")


PENNANTS = ((5, 72, 61, "Bundanoon", 2, 1), (6, 58, 66, "Moss Vale", 1, 2),
            (3, 81, 63, "Robertson", 3, 0), (5, 69, 70, "Mittagong", 1, 2),
            (4, 77, 59, "Bowral", 2, 1))
BADGE_DRAW = (650, 900, 1_100, 1_450, 2_200)


def melbourne_cup(y: int) -> dt.date:
    """Melbourne Cup Day: the first Tuesday of November."""
    return nth_weekday(y, 11, 1, 1)


_SOCIAL = "Social bowls on Wednesday and Saturday afternoons: names in by 12.30pm, play at 1pm."
_BAREFOOT = ("Barefoot bowls every Friday night from 5pm: bowls are supplied, flat shoes or bare "
             "feet on the green.")


def _bowls() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _BAREFOOT)]
    for y in YEARS:
        if y == 2020:
            out += [("2020-03-23", "The club is closed by order of the NSW Government until "
                     "further notice."),
                    ("2020-06-01", "The club has reopened under a COVID-Safe plan: please sign "
                     "in with the QR code at the door."),
                    ("2020-10-01", "Barefoot bowls is back on Friday nights from 5pm: bookings "
                     "essential, COVID-Safe rules apply.")]
            continue
        out += [(f"{y}-04-01", _SOCIAL), (f"{y}-10-01", _BAREFOOT)]
    return tuple(out)


def _club_calendar() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "New to bowls? Free coaching on Saturday mornings: just bring flat-soled "
                   "shoes.")]
    events: list[Event] = []
    for y in YEARS:
        anzac = ("🎖️ Anzac Day: two-up in the auditorium from 1pm, after the march to the "
                 "cenotaph. Lest we forget.")
        if y == 2020:
            anzac = ("🎖️ Anzac Day 2020: the club is closed, so light up the dawn from your "
                     "driveway at 6am. Lest we forget.")
        events.append((dt.date(y, 4, 10), dt.date(y, 4, 26), anzac))
        cup = melbourne_cup(y)
        lunch = ("seated tables only, bookings essential, COVID-Safe limits apply" if y == 2020
                 else "two-course lunch $45, sweeps and fashions on the field")
        events.append((dt.date(y, 10, 15), cup + dt.timedelta(days=1),
                       f"🏇 Melbourne Cup Day, Tuesday {cup.day} November: {lunch}. Book at the "
                       "bar."))
    return _timeline(base, events)


def yarrunga_style() -> PublisherStyle:
    """A lawn bowls club's news (New South Wales): a date with the writer turned "Posted on"
    with a weekday, pennant results with rinks, barefoot bowls in summer and social bowls in
    winter (closed and reopened in 2020), a badge draw jackpot, free coaching turned Anzac Day
    and Melbourne Cup Day (the first Tuesday of November), a gambling help line, a guests
    rule, a pennants dress code reworded in 2016, the bistro, a contact block, a rare total
    fire ban."""
    return PublisherStyle(
        domain="yarrungabowls.com.au", site="Yarrunga Bowling Club", base_size=310,
        subdomains=(("www.", 100),),
        sections=("news", "pennants", "social", "bistro"),
        n_authors=2, url_path="/news/{slug}/",
        pools={
            "pennant": tuple(_pennant(*p) for p in PENNANTS),
            "badge": tuple(f"🎟️ Member badge draw: ${amount:,} jackpot this Friday from 7pm. "
                           "You must be present to win." for amount in BADGE_DRAW),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy} | {author}"),
               ("2018-07-01", "Posted on {weekday} {date_dmy}")),
            _f("pennant", MIDDLE, 0.3, (_OLD, "{pennant}")),
            _f("bowls", FOOTER, 0.3, *_bowls()),
            _f("badge", FOOTER, 0.2, (_OLD, "{badge}")),
            _f("calendar", FOOTER, 0.25, *_club_calendar()),
            _f("gambling", FOOTER, 0.3,
               (_OLD, "Think! About your choices. Call Gambling Help on 1800 858 858.")),
            _f("guests", FOOTER, 0.2,
               (_OLD, "Members must sign in their guests. Visitors who live within 5 km of the "
                "club are asked to join as members.")),
            _f("dress", FOOTER, 0.15,
               (_OLD, "Pennants dress: club shirt with white trousers, skirt or shorts."),
               ("2016-07-01", "Pennants dress: club shirt with grey or white trousers, skirt or "
                "shorts.")),
            _f("bistro", FOOTER, 0.25,
               (_OLD, "The bistro serves lunch Tuesday to Sunday and dinner Thursday to "
                "Saturday. Seniors’ specials on Tuesdays.")),
            _f("contact-head", FOOTER, 0.4, (_OLD, "Contact the club")),
            _f("contact", FOOTER, 0.38,
               (_OLD, "14 Argyle Street, Moss Vale NSW 2577 · (02) 4868 0143 · courtesy bus "
                "Thursday to Saturday evenings")),
            _f("fireban", FOOTER, 0.04,
               (_OLD, "🔥 Total Fire Ban today: the barbecue area is closed.")),
        ),
    )


# --- a snowmobile club's trail reports (Wisconsin) --------------------------------------------

def brushing_day(y: int) -> dt.date:
    """Trail brushing day: the second Saturday of October."""
    return nth_weekday(y, 10, 5, 2)


def poker_run(y: int) -> dt.date:
    """The annual poker run: the last Saturday of January."""
    return last_weekday(y, 1, 5)


TRAILS = ((10, 12, "all trails open and groomed overnight. Lake crossings are staked."),
          (4, 6, "trails open but rough in the woods. Watch for exposed rocks."),
          (14, 16, "excellent riding, the groomers are out every night."),
          (2, 4, "only the north loop is open."))
GROOMER = ((38, 212), (22, 131), (45, 268), (17, 96))

_ON = "Trails open when the county says so: check the county snow report before you ride."
_OFF = "Trails are closed for the season. Thank you to our landowners and groomer operators!"


def _season() -> tuple[tuple[str, str], ...]:
    out = [(_OLD, _ON)]
    for y in YEARS:
        out += [(f"{y}-04-01", _OFF), (f"{y}-12-01", _ON)]
    return tuple(out)


def _sled_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Club meetings: second Tuesday of the month, September to April, 7pm at the "
                   "Hilltop Bar & Grill.")]
    events: list[Event] = []
    for y in YEARS:
        run = poker_run(y)
        events.append((dt.date(y, 1, 2), run + dt.timedelta(days=1),
                       f"🃏 Annual Poker Run: Saturday, January {run.day}. Sign in at 9am at the "
                       "Hilltop, $20 a hand, last card by 3pm."))
        brush = brushing_day(y)
        events.append((dt.date(y, 9, 20), brush + dt.timedelta(days=1),
                       f"🪓 Trail brushing day: Saturday, October {brush.day}, 8am at the "
                       "Hilltop. Bring loppers and chainsaws; lunch is on the club."))
    return _timeline(base, events)


def pelican_ridge_style() -> PublisherStyle:
    """A snowmobile club's trail reports (Wisconsin): a rare trail reroute, "Posted by ...
    on" with a slashed date turned "Last updated" with a weekday and a 12-hour time, a trail
    report with the snow base, a groomer log, the season (open from December, closed from
    April), a landowners line, a safety certificate line, a sober-riding line, club
    meetings turned the poker run (the last Saturday of January) and trail brushing day (the
    second Saturday of October), dues raised in 2019, a sponsors block."""
    return PublisherStyle(
        domain="pelicanridgesnowriders.org", site="Pelican Ridge Snow Riders", base_size=270,
        subdomains=(("www.", 100),),
        sections=("trail-reports", "news", "events"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "trail": tuple(f"❄️ Trail report: {lo}–{hi} inches of base, {rest}"
                           for lo, hi, rest in TRAILS)
            + ("🚫 Trail report: trails are closed, there is not enough snow to groom.",),
            "groomer": tuple(f"🚜 Groomer log: the Sno-Cat ran {hours} hours and {miles} miles "
                             "this week." for hours, miles in GROOMER),
            "sponsor": ("Hilltop Bar & Grill, Friday fish fry", "Northwoods Power Sports, "
                        "Rhinelander", "Pelican Lake Resort & Supper Club",
                        "Koller Auto Body and Towing"),
        },
        families=(
            _f("reroute", HEADER, 0.04,
               (_OLD, "Trail 7 reroute: closed between the county line and Highway 8 for "
                "logging. Follow the detour signs.")),
            _f("posted", HEADER, 0.8, (_OLD, "Posted by {author} on {date_slash}"),
               ("2019-01-01", "Last updated {weekday}, {date_short} at {time12}")),
            _f("trail", HEADER, 0.3, (_OLD, "{trail}")),
            _f("groomer", MIDDLE, 0.2, (_OLD, "{groomer}")),
            _f("season", FOOTER, 0.3, *_season()),
            _f("landowners", FOOTER, 0.3,
               (_OLD, "Most of our trails cross private land: stay on the trail and respect "
                "the landowners, or we lose it.")),
            _f("certificate", FOOTER, 0.2,
               (_OLD, "Born on or after January 1, 1985? You need a snowmobile safety "
                "certificate to ride in Wisconsin.")),
            _f("sober", FOOTER, 0.2,
               (_OLD, "Ride right, ride sober: alcohol is a factor in most fatal snowmobile "
                "crashes.")),
            _f("events", FOOTER, 0.25, *_sled_events()),
            _f("dues", FOOTER, 0.2,
               (_OLD, "Membership: $25 a family, $15 single. Your dues pay for trail signs and "
                "groomer fuel."),
               ("2019-07-01", "Membership: $30 a family, $20 single. Your dues pay for trail "
                "signs and groomer fuel.")),
            _f("sponsors-head", FOOTER, 0.4, (_OLD, "Thank you to our trail sponsors")),
            _f("sponsors", FOOTER, 0.38, (_OLD, "{sponsor}")),
        ),
    )


# --- an outrigger canoe club's news (Oʻahu) ---------------------------------------------------

def na_wahine(y: int) -> dt.date:
    """Nā Wāhine O Ke Kai: the last Sunday of September."""
    return last_weekday(y, 9, 6)


def molokai_hoe(y: int) -> dt.date:
    """The Molokaʻi Hoe: the second Sunday of October."""
    return nth_weekday(y, 10, 6, 2)


RACES = (("🥇", "Women 40", "1 mile", "gold", "9:42.18"),
         ("🥈", "Boys 16", "½ mile", "silver", "4:31.07"),
         ("🥇", "Men Open", "1½ miles", "gold", "12:58.40"),
         ("🥉", "Mixed Masters", "1 mile", "bronze", "8:55.71"),
         ("🥇", "Girls 12", "¼ mile", "gold", "2:36.45"))


def _races() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Regatta season runs through June and July, distance season from August. "
                   "Ask your coach which crew you are in.")]
    events: list[Event] = []
    for y in YEARS:
        hoe = molokai_hoe(y)
        if y == 2020:
            events.append((dt.date(2020, 7, 1), hoe + dt.timedelta(days=1),
                           "🌊 Nā Wāhine O Ke Kai and the Molokaʻi Hoe are cancelled for 2020. A "
                           "hui hou!"))
            continue
        events.append((dt.date(y, 9, 1), hoe + dt.timedelta(days=1),
                       f"🌊 Nā Wāhine O Ke Kai: Sunday, September {na_wahine(y).day}. Molokaʻi "
                       f"Hoe: Sunday, October {hoe.day}. Escort boat volunteers, please see the "
                       "coaches."))
    return _timeline(base, events)


def keawalu_style() -> PublisherStyle:
    """An outrigger canoe club's news (Oʻahu): a Hawaiian greeting, a long date and writer
    turned "Posted by", regatta results with medals and times, practice times turned
    suspended and one- and two-person canoes in 2020, the season turned Nā Wāhine O Ke Kai
    (the last Sunday of September) and the Molokaʻi Hoe (the second Sunday of October;
    cancelled in 2020), a canoe care line with the ʻokina, a waiver line, dues raised in
    2019, a thank-you line, a canoe house block, a rare shark sighting."""
    return PublisherStyle(
        domain="keawalucanoe.org", site="Keawalu Canoe Club", base_size=230,
        subdomains=(("www.", 100),),
        sections=("news", "regatta", "distance", "keiki"),
        n_authors=3, url_path="/news/{yyyy}/{mm}/{slug}",
        pools={
            "result": tuple(f"{medal} {crew} ({distance}): {colour} in {time}"
                            for medal, crew, distance, colour, time in RACES),
        },
        families=(
            _f("aloha", HEADER, 0.2, (_OLD, "Aloha mai kākou!")),
            _f("posted", HEADER, 0.8, (_OLD, "{date_long} | {author}"),
               ("2019-02-01", "Posted by {author} · {date_short}")),
            _f("result", MIDDLE, 0.3, (_OLD, "{result}")),
            _f("practice", FOOTER, 0.3,
               (_OLD, "Practice: Monday to Thursday at 5:30pm and Saturday at 7am. Come 15 "
                "minutes early to help rig the canoes."),
               ("2020-03-25", "All club paddling is suspended under the Stay at Home order. "
                "Mahalo for your patience."),
               ("2020-06-05", "Paddling is back in OC1 and OC2 only: no six-person canoes until "
                "further notice.")),
            _f("races", FOOTER, 0.25, *_races()),
            _f("malama", FOOTER, 0.25,
               (_OLD, "Mālama our canoes: rinse them, cover them and put the ʻiako away after "
                "every paddle.")),
            _f("waiver", FOOTER, 0.2,
               (_OLD, "Every paddler needs a signed waiver and a passed swim test before "
                "getting in a canoe.")),
            _f("dues", FOOTER, 0.2,
               (_OLD, "Membership dues: $150 adults, $75 keiki, due before the first regatta."),
               ("2019-01-01", "Membership dues: $175 adults, $85 keiki, due before the first "
                "regatta.")),
            _f("mahalo", FOOTER, 0.3,
               (_OLD, "Mahalo nui loa to all our volunteers and sponsors!")),
            _f("halau-head", FOOTER, 0.4, (_OLD, "Find our hālau")),
            _f("halau", FOOTER, 0.38,
               (_OLD, "Keawalu Beach Park, 41-1000 Kalanianaʻole Highway, Waimānalo, HI 96795 · "
                "(808) 555-0143")),
            _f("shark", FOOTER, 0.04,
               (_OLD, "🦈 Shark sighting reported: Ocean Safety has closed the beach, so no "
                "practice today.")),
        ),
    )


# --- a gliding club's news (Oxfordshire) ------------------------------------------------------

def open_day(y: int) -> dt.date:
    """The open day: the first Saturday of June."""
    return nth_weekday(y, 6, 5, 1)


def ground_school(y: int) -> dt.date:
    """Winter ground school's first evening: the first Tuesday of November."""
    return nth_weekday(y, 11, 1, 1)


FORECASTS = (("⛅", "cloudbase 4,500 ft, thermals from 11:00", 270, 12),
             ("☀️", "blue thermals to 3,800 ft from noon", 90, 8),
             ("🌥️", "cloudbase 3,200 ft, spreading out in the afternoon", 240, 18),
             ("🌧️", "showers, with wave possible in the lee of the Downs", 290, 25))
LOGS = ((46, 31, "212 km"), (22, 6, "local soaring only"), (58, 74, "305 km"),
        (14, 3, "circuits only"))


def _trial() -> tuple[tuple[str, str], ...]:
    return ((_OLD, "Trial lessons: £95 for three winch launches with an instructor, including "
             "temporary membership."),
            ("2018-01-01", "Trial lessons: £110 for three winch launches with an instructor, "
             "including temporary membership."),
            ("2020-03-23", "All flying is suspended during the national lockdown."),
            ("2020-05-13", "Solo flying has restarted for current pilots: trial lessons are on "
             "hold."),
            ("2020-08-01", "Trial lessons are back: both pilots wear face coverings in the "
             "cockpit."))


def _glider_events() -> tuple[tuple[str, str], ...]:
    base = [(_OLD, "Visitors are welcome at the launch point: please park behind the "
                   "clubhouse.")]
    events: list[Event] = []
    for y in YEARS:
        day = open_day(y)
        text = (f"☀️ Open day: Saturday {day.day} June. Air experience flights from £60, and a "
                "barbecue from noon.")
        if y == 2020:
            text = "☀️ There is no open day this year: see you in 2021."
        events.append((dt.date(y, 5, 15), day + dt.timedelta(days=1), text))
        day = ground_school(y)
        where = "online" if y == 2020 else "in the clubhouse"
        events.append((dt.date(y, 10, 15), day + dt.timedelta(days=1),
                       f"Winter ground school starts on Tuesday {day.day} November at 7.30pm "
                       f"{where}: all pre-solo pilots welcome."))
    return _timeline(base, events)


def ridgeway_style() -> PublisherStyle:
    """A gliding club's news (Oxfordshire): a date and writer turned the writer with a
    weekday date, a soaring forecast with the wind, a flying log, trial lessons dearer in
    2018 (suspended, solo only and back in 2020), a flying-days line, an airspace line, a
    visitors line turned the open day (the first Saturday of June; none in 2020) and winter
    ground school (the first Tuesday of November; online in 2020), a BGA line, a directions
    block, a rare first-solo line."""
    return PublisherStyle(
        domain="ridgewaygliding.co.uk", site="Ridgeway Gliding Club", base_size=190,
        subdomains=(("www.", 100),),
        sections=("news", "flying", "training", "social"),
        n_authors=3, url_path="/news/{slug}",
        pools={
            "wx": tuple(f"{mark} Soaring forecast: {sky}, wind {deg:03d}/{kt:02d} kt"
                        for mark, sky, deg, kt in FORECASTS),
            "log": tuple(f"📋 Flying log: {launches} winch launches and {hours} hours in the "
                         f"air; best flight {best}" for launches, hours, best in LOGS),
        },
        families=(
            _f("posted", HEADER, 0.8, (_OLD, "{date_dmy} · {author}"),
               ("2018-04-01", "{author} — {weekday} {date_dmy}")),
            _f("wx", HEADER, 0.2, (_OLD, "{wx}")),
            _f("log", MIDDLE, 0.3, (_OLD, "{log}")),
            _f("trial", FOOTER, 0.3, *_trial()),
            _f("days", FOOTER, 0.25,
               (_OLD, "We fly every weekend and on Wednesdays, weather permitting: please call "
                "the launch point on the morning before you set off.")),
            _f("airspace", FOOTER, 0.2,
               (_OLD, "Pilots must read the club airspace briefing: our site sits beneath the "
                "Brize Norton control area.")),
            _f("events", FOOTER, 0.2, *_glider_events()),
            _f("bga", FOOTER, 0.2,
               (_OLD, "Ridgeway Gliding Club is a member of the British Gliding Association.")),
            _f("visit-head", FOOTER, 0.4, (_OLD, "Getting here")),
            _f("visit", FOOTER, 0.38,
               (_OLD, "Sparsholt Down airfield, off the B4001 south of Wantage, Oxfordshire · "
                "launch point 01235 555 143 (flying days only)")),
            _f("solo", FOOTER, 0.04, (_OLD, "🎉 Congratulations to {author2} on going solo!")),
        ),
    )


def heldout25_styles() -> list[PublisherStyle]:
    """The held-back-25 styles, in the order the generator hands them to publishers."""
    return [
        inhul_style(), taydo_style(), wencheng_style(), lehen_style(), karveer_style(),
        cloonmore_style(), beth_elazar_style(), stormcellar_style(), yarrunga_style(),
        pelican_ridge_style(), keawalu_style(), ridgeway_style(),
    ]
