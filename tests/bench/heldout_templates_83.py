"""The ``held-back-83`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-81 set
(`tests.bench.heldout_templates_81`). It was written WITHOUT looking at cleanpipe's code
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
network footer. The publishers are outlets of Central Asia, the Caucasus and the
Persian-speaking world, at home and in exile, large and small: a Persian news site in Mashhad
(the Solar Hijri calendar, Persian digits, the prayer times with Iran's daylight saving time),
an Uzbek regional paper in Qarshi (Cyrillic turned Latin on a redesign, then the letter
"oʻ" respelled), a Georgian-language daily in Zugdidi (Georgian script, Orthodox Easter), a
Kazakh agricultural paper in Kostanay (sowing and harvest campaigns day by day), a Sorani
Kurdish site in Erbil (the Kurdish solar year beside the Iraqi month names, a Kurmanji line),
an Azerbaijani district paper in Quba (the four Tuesdays before Novruz, ordinal suffixes by
vowel harmony), an Armenian weekly in Buenos Aires (Western Armenian and Spanish, a weekly
issue number, prices in pesos rising every year), a Tajik site in Kulob, a Kyrgyz radio in
Naryn (its programme by weekday, a mountain pass's state every winter day), an Afghan exile
site in Hamburg (Dari and Pashto, the Afghan names of the solar months, a German imprint
reworded for a new state treaty), a Turkmen site in Mary (the year's motto, holidays on the
last or second Sunday of a month, a national day moved in 2018) and a Chechen and Ingush
community site in Vienna (Chechen weekdays with the palochka, German legal lines). The
families are the kinds a crawl of such sites holds: dates localised day by day (several
changing form or script on the day of a redesign), lines that turn every day or every week
(exchange rates with a devaluation, a hazelnut price, the weather, the prayer times, a radio
programme), bylines, datelines and kickers of many shapes, read-also links (some up to two
times), photo credits, sources, registration and imprint lines, fair-use and copyright lines,
donation, membership, newsletter and messenger appeals, subscription prices in so'm, tenge,
manat, lari, somoni and pesos (some rising by the year, some by a campaign for the next year),
notices reworded in 2016-2020, notices that follow the region's calendars (votes, run-offs and
referendums, an annulled election, a referendum and the flight ban after it, wars of 2016 and
2020, an internet shutdown, the 2020 lockdowns, Nowruz, Yalda, Ashura, the two Eids, Orthodox
Easter, Vartanants and Vardavar, national and remembrance days with their counts),
multi-line blocks, mid-body inserts, bare lines and families in only 4% of articles beside
ones in nearly all. The hard negatives (statements quoted in several articles, syndicated
copies, stock sentences) are the generator's.
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
    iso_day,
    last_weekday,
    nth_weekday,
    orthodox_easter,
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

PERSIAN_ZERO = "۰"
PERSIAN_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
                  "آذر", "دی", "بهمن", "اسفند")
PERSIAN_WEEKDAYS = ("دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه")
AFGHAN_MONTHS = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی",
                 "دلو", "حوت")
KURDISH_SOLAR_MONTHS = ("خاکەلێوە", "گوڵان", "جۆزەردان", "پووشپەڕ", "گەلاوێژ", "خەرمانان",
                        "ڕەزبەر", "گەڵاڕێزان", "سەرماوەز", "بەفرانبار", "ڕێبەندان", "ڕەشەمە")
KURDISH_MONTHS = ("کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەممووز",
                  "ئاب", "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم")
KURDISH_WEEKDAYS = ("دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە",
                    "یەکشەممە")
UZ_CYRILLIC_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                      "сентябрь", "октябрь", "ноябрь", "декабрь")
UZ_LATIN_MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust",
                   "sentyabr", "oktyabr", "noyabr", "dekabr")
UZ_CYRILLIC_WEEKDAYS = ("душанба", "сешанба", "чоршанба", "пайшанба", "жума", "шанба",
                        "якшанба")
GEORGIAN_MONTHS = ("იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი",
                   "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი")
GEORGIAN_WEEKDAYS = ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი",
                     "კვირა")
KAZAKH_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
                 "қыркүйек", "қазан", "қараша", "желтоқсан")
KAZAKH_WEEKDAYS = ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі")
AZ_MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
             "oktyabr", "noyabr", "dekabr")
AZ_WEEKDAYS = ("Bazar ertəsi", "Çərşənbə axşamı", "Çərşənbə", "Cümə axşamı", "Cümə", "Şənbə",
               "Bazar")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
ARMENIAN_MONTHS = ("Յունուար", "Փետրուար", "Մարտ", "Ապրիլ", "Մայիս", "Յունիս", "Յուլիս",
                   "Օգոստոս", "Սեպտեմբեր", "Հոկտեմբեր", "Նոյեմբեր", "Դեկտեմբեր")
TAJIK_MONTHS = ("январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр",
                "октябр", "ноябр", "декабр")
TAJIK_WEEKDAYS = ("душанбе", "сешанбе", "чоршанбе", "панҷшанбе", "ҷумъа", "шанбе", "якшанбе")
KYRGYZ_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
                 "сентябрь", "октябрь", "ноябрь", "декабрь")
KYRGYZ_WEEKDAYS = ("дүйшөмбү", "шейшемби", "шаршемби", "бейшемби", "жума", "ишемби",
                   "жекшемби")
TURKMEN_MONTHS = ("ýanwar", "fewral", "mart", "aprel", "maý", "iýun", "iýul", "awgust",
                  "sentýabr", "oktýabr", "noýabr", "dekabr")
TURKMEN_WEEKDAYS = ("duşenbe", "sişenbe", "çarşenbe", "penşenbe", "anna", "şenbe", "ýekşenbe")
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")
CHECHEN_WEEKDAYS = ("Оршот", "Шинара", "Кхаара", "Еара", "ПӀераска", "Шот", "КӀиранде")

# New Year's day of the Solar Hijri calendar (1 Farvardin, Nowruz) by Gregorian year.
NOWRUZ = {2014: "2014-03-21", 2015: "2015-03-21", 2016: "2016-03-20", 2017: "2017-03-21",
          2018: "2018-03-21", 2019: "2019-03-21", 2020: "2020-03-20", 2021: "2021-03-21"}
# Movable days as the sites' readers kept them (year -> ISO day).
EID_FITR = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
            2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
            2019: "2019-08-11", 2020: "2020-07-31"}
IRAN_FITR = {2015: "2015-07-18", 2016: "2016-07-06", 2017: "2017-06-26", 2018: "2018-06-15",
             2019: "2019-06-05", 2020: "2020-05-24"}
ASHURA = {2015: "2015-10-24", 2016: "2016-10-12", 2017: "2017-10-01", 2018: "2018-09-20",
          2019: "2019-09-10", 2020: "2020-08-30"}
TURKMEN_MOTTOES = {
    2015: "Bitaraplyk we parahatçylyk ýyly",
    2016: "Asylly däplere we kämil medeniýete buýsanç ýyly",
    2017: "Saglyk we ruhubelentlik ýyly",
    2018: "Türkmenistan — Beýik Ýüpek ýolunyň ýüregi",
    2019: "Türkmenistan — ösüşiň belent sepgitlerine",
    2020: "Türkmenistan — bitaraplygyň watany",
    2021: "Türkmenistan — parahatçylygyň we ynanyşmagyň öýi",
}


def pseudo(day: dt.date, key: str, low: int, high: int) -> int:
    """A made-up whole number from `low` to `high`, the same for the same `day` and `key`."""
    digest = hashlib.sha256(f"{key}/{day.isoformat()}".encode()).digest()
    return low + int.from_bytes(digest[:4], "little") % (high - low + 1)


def monday_of(day: dt.date) -> dt.date:
    """The Monday of `day`'s week (the weekly lines turn on Mondays)."""
    return day - dt.timedelta(days=day.weekday())


def season(day: dt.date) -> float:
    """-1 in the depth of a northern winter (mid-January) to 1 in high summer (mid-July)."""
    return -math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365.25)


def fa(number: int | str, width: int = 0) -> str:
    """`number` in Persian (Extended Arabic-Indic) digits."""
    return digits(number, PERSIAN_ZERO, width)


def solar_hijri(day: dt.date) -> tuple[int, int, int]:
    """`day` in the Solar Hijri calendar: (year, month, day); the first six months have 31
    days, the next five 30, the last 29 or 30 (up to the next Nowruz)."""
    y = day.year if day >= iso_day(NOWRUZ[day.year]) else day.year - 1
    n = (day - iso_day(NOWRUZ[y])).days
    if n < 186:
        return y - 621, n // 31 + 1, n % 31 + 1
    n -= 186
    return y - 621, 7 + n // 30, n % 30 + 1


def iran_daylight_time(day: dt.date) -> bool:
    """Iran's daylight saving time: from 2 Farvardin to 30 Shahrivar."""
    _, month, number = solar_hijri(day)
    return (month == 1 and number >= 2) or 1 < month < 7


def mashhad_noon(day: dt.date) -> tuple[int, int]:
    """The time of the noon call to prayer in Mashhad (solar noon, 59.6° E, Iran time)."""
    b = math.radians(360 / 365 * (day.timetuple().tm_yday - 81))
    equation = 9.87 * math.sin(2 * b) - 7.53 * math.cos(b) - 1.5 * math.sin(b)
    minutes = round(12 * 60 - 59.6 * 4 + 210 - equation) + (60 if iran_daylight_time(day) else 0)
    return divmod(minutes, 60)


def roman(number: int) -> str:
    """`number` in Roman numerals (a volume number: XLV)."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                           (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                           (4, "IV"), (1, "I")):
        while number >= value:
            out, number = out + letters, number - value
    return out


def az_ordinal(number: int) -> str:
    """`number` with the Azerbaijani ordinal suffix its spoken last word takes by vowel
    harmony: 1-ci, 3-cü, 6-cı, 9-cu, 10-cu, 40-cı, 100-cü, 101-ci."""
    ones = {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}
    tens = {1: "cu", 2: "ci", 3: "cu", 4: "cı", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cı"}
    if number % 10:
        suffix = ones[number % 10]
    elif number % 100:
        suffix = tens[number % 100 // 10]
    else:
        suffix = "cü"  # yüz, min
    return f"{number}-{suffix}"


def georgian_ordinal(number: int) -> str:
    """A Georgian ordinal in digits: მე-5, მე-101 (the first one is written out)."""
    return "პირველი" if number == 1 else f"მე-{number}"


def novruz_tuesdays(y: int) -> list[tuple[dt.date, str]]:
    """The four last Tuesdays before Novruz (20 March) of `y`: water, fire, wind, earth."""
    novruz = dt.date(y, 3, 20)
    last = novruz - dt.timedelta(days=(novruz.weekday() - 1) % 7 or 7)
    names = ("Su", "Od", "Yel", "Torpaq")
    return [(last - dt.timedelta(weeks=3 - i), names[i]) for i in range(4)]


# --- a Persian news site (Mashhad, Razavi Khorasan) -------------------------------------------

IR_REDESIGN = dt.date(2017, 9, 23)  # 1 Mehr 1396
IR_FILTER = dt.date(2018, 5, 1)  # Telegram filtered: the channel moved to domestic apps
IR_RELATED = dt.date(2019, 3, 21)
IR_RIGHTS = dt.date(2016, 3, 20)


def _ir_dated(day: dt.date) -> str:
    y, m, n = solar_hijri(day)
    if day < IR_REDESIGN:
        return f"{PERSIAN_WEEKDAYS[day.weekday()]} {fa(n)} {PERSIAN_MONTHS[m - 1]} {fa(y)}"
    hour, minute = pseudo(day, "ir-h", 7, 23), pseudo(day, "ir-m", 0, 59)
    return f"تاریخ انتشار: {fa(n)} {PERSIAN_MONTHS[m - 1]} {fa(y)} - {fa(hour, 2)}:{fa(minute, 2)}"


def _ir_noon(day: dt.date) -> str:
    hour, minute = mashhad_noon(day)
    return f"🕌 اوقات شرعی به افق مشهد: اذان ظهر {fa(hour, 2)}:{fa(minute, 2)}"


def ir_yalda(y: int) -> dt.date:
    """The last day of autumn, 30 Azar, whose night is Yalda."""
    return iso_day(NOWRUZ[y], 6 * 31 + 2 * 30 + 29)


def _ir_notice() -> Wordings:
    base = _steps((_OLD, "کانال تلگرام نسیم توس را دنبال کنید: t.me/nasimetoos"),
                  (IR_FILTER.isoformat(), "📲 نسیم توس در پیام‌رسان‌های ایتا و سروش: "
                                          "@nasimetoos"))
    news: list[Event] = [
        _vote("2016-02-26", "🗳️ انتخابات مجلس و خبرگان: نتایج حوزه انتخابیه مشهد و کلات",
              before=6, after=2),
        _vote("2017-05-19", "🗳️ انتخابات ریاست جمهوری و شوراها: شمارش آرا در خراسان رضوی",
              before=6, after=2),
        _span("2019-11-21", "2019-11-30", "🌐 با برقراری دوباره اینترنت، اخبار هفته گذشته "
                                          "را در نسیم توس بخوانید"),
        _vote("2020-02-21", "🗳️ انتخابات یازدهمین دوره مجلس: نتایج مشهد", before=6, after=2),
        _span("2020-03-05", "2020-04-20", "😷 در خانه بمانیم؛ حرم مطهر تا اطلاع ثانوی "
                                          "تعطیل است"),
    ]
    feasts = _movable(_listed(NOWRUZ), 0, 12,
                      lambda y: f"🌱 نوروز {fa(y - 621)} بر شما مبارک باد")
    feasts += _movable(ir_yalda, 1, 0, lambda _: "🍉 شب یلدا بر شما خجسته باد")
    feasts += _movable(_listed(ASHURA), 1, 0,
                       lambda _: "🏴 فرا رسیدن تاسوعا و عاشورای حسینی تسلیت باد")
    feasts += _movable(_listed(IRAN_FITR), 1, 0, lambda _: "🌙 عید سعید فطر مبارک")
    feasts += _yearly("02-11", 1, 0,
                      lambda y: f"🇮🇷 {fa(y - 1979)}مین سالگرد پیروزی انقلاب اسلامی")
    return _calendar(base, news, feasts)


def mashhad_style() -> PublisherStyle:
    """A Persian news site (Mashhad): a service kicker, the Solar Hijri date in Persian digits
    with the weekday, turned "تاریخ انتشار" with the time on 1 Mehr 1396 (a wording per day), a
    news code, a reporter turned a reporter and photographer, "بیشتر بخوانید" turned a pinned
    related line (up to twice), a photo credit, a source line, the noon prayer time each day
    (an hour later in Iran's daylight saving time), a Telegram channel turned domestic
    messengers when Telegram was filtered, and turned by three votes, the days after the 2019
    internet shutdown, the 2020 shrine closure, Nowruz with the year, Yalda, Ashura, the Eid
    and the revolution's anniversary with its count, a rights line reworded and a licence line
    (a block), a rare maintenance notice."""
    return PublisherStyle(
        domain="nasimetoos.ir", site="نسیم توس", base_size=240,
        subdomains=(("www.", 80), ("", 20)),
        sections=("society", "economy", "culture", "sport", "province", "pilgrimage"),
        n_authors=7, url_path="/fa/news/{n}/{slug}",
        pools={
            "service": ("جامعه", "اقتصاد", "فرهنگ و هنر", "ورزش", "استان‌ها", "زیارت"),
            "photo": ("نسیم توس", "ایرنا", "ایسنا", "آرشیو", "روابط عمومی آستان قدس"),
            "agency": ("ایرنا", "ایسنا", "خبرگزاری فارس", "تسنیم", "روابط عمومی استانداری"),
        },
        families=(
            _f("service", HEADER, 0.4, (_OLD, "{service}")),
            _f("date", HEADER, 0.8, *_by_day(_ir_dated)),
            _f("news-code", HEADER, 0.55, (_OLD, "کد خبر: {n}")),
            _f("reporter", HEADER, 0.45, (_OLD, "خبرنگار: {author}"),
               (IR_REDESIGN.isoformat(), "گزارش: {author} | عکس: {author2}")),
            _f("related", MIDDLE, 0.35, (_OLD, "بیشتر بخوانید: {other_title}"),
               (IR_RELATED.isoformat(), "📌 مطلب مرتبط: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "عکس: {photo}")),
            _f("source", FOOTER, 0.2, (_OLD, "منبع: {agency}")),
            _f("prayer", FOOTER, 0.2, *_by_day(_ir_noon)),
            _f("channel", FOOTER, 0.3, *_ir_notice()),
            _f("rights", FOOTER, 0.45, (_OLD, "کلیه حقوق این سایت متعلق به نسیم توس است."),
               (IR_RIGHTS.isoformat(), "© {year} نسیم توس؛ استفاده از مطالب با ذکر منبع "
                                       "بلامانع است.")),
            _f("licence", FOOTER, 0.3, (_OLD, "دارای مجوز از وزارت فرهنگ و ارشاد اسلامی به "
                                              "شماره ۷۸۴۱۲")),
            _f("maintenance", HEADER, 0.04, (_OLD, "⚠️ به دلیل به‌روزرسانی سرورها، سایت امشب "
                                                   "از ساعت ۲ تا ۴ در دسترس نیست")),
        ),
    )


# --- an Uzbek regional paper (Qarshi, Qashqadaryo) --------------------------------------------

UZ_LATIN = dt.date(2018, 10, 1)  # the site moved from Cyrillic to Latin
UZ_OKINA = dt.date(2020, 1, 2)  # o' and g' respelled with the turned comma (U+02BB)
UZ_DEVALUATION = dt.date(2017, 9, 5)
UZ_TELEGRAM = dt.date(2016, 9, 1)
UZ_PRICES = {2015: "18 600", 2016: "21 000", 2017: "24 000", 2018: "30 000", 2019: "36 000",
             2020: "42 000", 2021: "48 000"}


def okina(text: str, day: dt.date) -> str:
    """Uzbek Latin as printed on `day`: o' and g' with an apostrophe, with ʻ from 2020."""
    return text.replace("'", "ʻ") if day >= UZ_OKINA else text


def _uz_dated(day: dt.date) -> str:
    if day < UZ_LATIN:
        return (f"{day.day} {UZ_CYRILLIC_MONTHS[day.month - 1]} {day.year} йил, "
                f"{UZ_CYRILLIC_WEEKDAYS[day.weekday()]}")
    hour, minute = pseudo(day, "uz-h", 8, 22), pseudo(day, "uz-m", 0, 59)
    return f"{day.year}-yil {day.day}-{UZ_LATIN_MONTHS[day.month - 1]} | {hour:02d}:{minute:02d}"


def uz_dollar(day: dt.date) -> float:
    """The made-up official so'm price of a dollar on `day` (a devaluation in 2017)."""
    if day < UZ_DEVALUATION:
        base = 2400 + 1800 * (day - FIRST_DAY).days / (UZ_DEVALUATION - FIRST_DAY).days
    else:
        base = 8100 + 2400 * (day - UZ_DEVALUATION).days / (LAST_DAY - UZ_DEVALUATION).days
    return round(base + pseudo(day, "uz-usd", -3000, 3000) / 100, 2)


def uz_amount(value: float) -> str:
    """An amount as Uzbek sites print it: 8 123,45."""
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", " ") + "," + cents


def _uz_rate(day: dt.date) -> str:
    amount = uz_amount(uz_dollar(day))
    if day < UZ_LATIN:
        return f"💵 Марказий банк курси: 1 АҚШ доллари = {amount} сўм"
    return okina(f"💵 Markaziy bank kursi: 1 AQSH dollari = {amount} so'm", day)


def _uz_subscribe(day: dt.date) -> str:
    year = day.year + 1 if day.month >= 10 else day.year
    price = UZ_PRICES[year]
    if day < UZ_LATIN:
        return f"📰 Газетамизга {year} йил учун обуна: ярим йилга {price} сўм"
    return okina(f"📰 Gazetamizga {year}-yil uchun obuna: yarim yilga {price} so'm", day)


def _uz_notice() -> Wordings:
    def base(day: dt.date) -> str:
        if day < UZ_TELEGRAM:
            return "Янгиликларимизни Facebook ва Одноклассникиларда кузатиб боринг"
        if day < UZ_LATIN:
            return "📲 Telegram каналимизга обуна бўлинг: @nasafsadosi"
        return okina("📲 Telegram kanalimizga obuna bo'ling: @nasafsadosi", day)

    def cy_or_lat(cyrillic: str, latin: str) -> Callable[[int], str]:
        return lambda y: cyrillic.format(y=y, n=y - 1991) if y < 2018 else okina(
            latin.format(y=y, n=y - 1991), dt.date(y, 12, 31))

    votes: list[Event] = [
        _vote("2015-03-29", "🗳️ Президент сайлови: Қашқадарё вилоятидаги сайлов участкалари",
              before=6),
        _vote("2016-12-04", "🗳️ Президент сайлови: овоз бериш соат 8:00 дан 20:00 гача",
              before=6),
        _vote("2019-12-22", "🗳️ Oliy Majlis va mahalliy kengashlarga saylov: natijalar",
              before=6),
        _vote("2020-01-05", "🗳️ Takroriy ovoz berish: Qarshi saylov okrugi", before=4),
        _span("2020-03-24", "2020-06-14", okina("😷 Karantin: niqob taqish majburiy, "
                                                "uydan chiqmang", dt.date(2020, 3, 24))),
    ]
    feasts = _yearly("03-21", 1, 0, cy_or_lat("🌷 Наврўз байрами муборак!",
                                              "🌷 Navro'z bayrami muborak!"))
    feasts += _yearly("09-01", 1, 0, cy_or_lat("🇺🇿 Мустақилликнинг {n} йиллиги муборак!",
                                               "🇺🇿 Mustaqillikning {n} yilligi muborak!"))
    feasts += _movable(_listed(EID_FITR), 1, 0, cy_or_lat("🌙 Рўза ҳайити муборак бўлсин!",
                                                          "🌙 Ro'za hayiti muborak bo'lsin!"))
    feasts += _movable(_listed(EID_ADHA), 1, 0, cy_or_lat("🐑 Қурбон ҳайити муборак бўлсин!",
                                                          "🐑 Qurbon hayiti muborak bo'lsin!"))
    return _calendar(base, votes, feasts)


def qarshi_style() -> PublisherStyle:
    """An Uzbek regional paper (Qarshi): a rubric kicker, the date in Cyrillic with the
    weekday, turned a Latin date with the time when the site moved to Latin (a wording per
    day; every Latin line then respelled o' as oʻ in 2020), a correspondent turned Latin,
    "Шунингдек ўқинг" turned Latin (up to twice), a photo credit, the central bank's dollar
    every day (the 2017 devaluation), the subscription for the year, and for the next from
    October, prices rising each year, a social line turned a Telegram channel and turned by
    four votes (a run-off), the 2020 quarantine, Navro'z, independence with its count and the
    two feasts, a source line, a rights line and the registration (a block), a rare power
    cut."""
    lat = UZ_LATIN.isoformat()
    oki = UZ_OKINA.isoformat()
    return PublisherStyle(
        domain="nasafsadosi.uz", site="Nasaf sadosi", base_size=215,
        subdomains=(("www.", 70), ("", 30)),
        sections=("jamiyat", "iqtisod", "qishloq", "sport", "madaniyat", "talim"),
        n_authors=6, url_path="/{section}/{n}",
        pools={
            "rukn_cy": ("Жамият", "Иқтисод", "Қишлоқ хўжалиги", "Спорт", "Маданият", "Таълим"),
            "rukn_lat": ("Jamiyat", "Iqtisod", "Qishloq xo'jaligi", "Sport", "Madaniyat",
                         "Ta'lim"),
            "rukn_oki": ("Jamiyat", "Iqtisod", "Qishloq xoʻjaligi", "Sport", "Madaniyat",
                         "Taʼlim"),
            "manba": ("UzA", "Dunyo AA", "Qashqadaryo viloyati hokimligi", "Gazeta.uz"),
        },
        families=(
            _f("rukn", HEADER, 0.35, (_OLD, "{rukn_cy}"), (lat, "{rukn_lat}"),
               (oki, "{rukn_oki}")),
            _f("sana", HEADER, 0.75, *_by_day(_uz_dated)),
            _f("muxbir", HEADER, 0.5, (_OLD, "Мухбиримиз {author}"),
               (lat, "Muxbirimiz {author}")),
            _f("yana", MIDDLE, 0.3, (_OLD, "Шунингдек ўқинг: {other_title}"),
               (lat, "Shuningdek o'qing: {other_title}"), (oki, "Shuningdek oʻqing: "
                                                               "{other_title}"), count=2),
            _f("surat", MIDDLE, 0.2, (_OLD, "Сурат: {author2}"), (lat, "Surat: {author2}")),
            _f("kurs", FOOTER, 0.2, *_by_day(_uz_rate)),
            _f("obuna", FOOTER, 0.15, *_by_day(_uz_subscribe)),
            _f("xabar", FOOTER, 0.3, *_uz_notice()),
            _f("manba", FOOTER, 0.15, (_OLD, "Манба: {manba}"), (lat, "Manba: {manba}")),
            _f("huquq", FOOTER, 0.4,
               (_OLD, "© {year} Nasaf sadosi. Материаллардан фойдаланилганда манба кўрсатилиши "
                      "шарт."),
               (lat, "© {year} Nasaf sadosi. Materiallardan foydalanilganda manba ko'rsatilishi "
                     "shart."),
               (oki, "© {year} Nasaf sadosi. Materiallardan foydalanilganda manba koʻrsatilishi "
                     "shart.")),
            _f("guvohnoma", FOOTER, 0.25,
               (_OLD, "Газета Қашқадарё вилоят матбуот ва ахборот бошқармасида 14-0218 рақам "
                      "билан рўйхатга олинган."),
               (lat, "Gazeta Qashqadaryo viloyat matbuot va axborot boshqarmasida 14-0218 "
                     "raqam bilan ro'yxatga olingan."),
               (oki, "Gazeta Qashqadaryo viloyat matbuot va axborot boshqarmasida 14-0218 "
                     "raqam bilan roʻyxatga olingan.")),
            _f("elektr", HEADER, 0.04, (_OLD, "⚠️ Ertaga Qarshi shahrining Nasaf mahallasida "
                                              "9:00 dan 17:00 gacha elektr o'chiriladi")),
        ),
    )


# --- a Georgian-language daily (Zugdidi, Samegrelo) -------------------------------------------

GE_REDESIGN = dt.date(2018, 9, 3)
GE_YOUTUBE = dt.date(2019, 5, 6)
GE_DONOR = dt.date(2018, 1, 8)  # a new grant, a new donor's disclaimer
GE_PRICE = dt.date(2019, 1, 3)


def _ge_dated(day: dt.date) -> str:
    if day < GE_REDESIGN:
        return (f"{day.day} {GEORGIAN_MONTHS[day.month - 1]}, {day.year}, "
                f"{GEORGIAN_WEEKDAYS[day.weekday()]}")
    return f"{day:%d.%m.%Y} | {{time}}"


def ge_hazelnut(day: dt.date) -> float:
    """The made-up price of a kilo of hazelnuts in Zugdidi in `day`'s week (in lari; high in
    2015-2016, falling after the 2017 stink bug damage)."""
    monday = monday_of(day)
    trend = {2014: 9.0, 2015: 9.0, 2016: 8.2, 2017: 6.5, 2018: 5.4, 2019: 4.8, 2020: 4.2,
             2021: 4.2}[monday.year]
    return round(trend + pseudo(monday, "ge-nut", -40, 40) / 100, 2)


def _ge_market(day: dt.date) -> str:
    price = f"{ge_hazelnut(day):.2f}".replace(".", ",")
    return f"🌰 თხილის ფასი ზუგდიდის ბაზარზე: {price} ლარი/კგ"


def _ge_notice() -> Wordings:
    base = _steps((_OLD, "მოგვწონეთ Facebook-ზე და გაიგეთ სიახლეები პირველმა"),
                  (GE_YOUTUBE.isoformat(), "📺 გამოიწერეთ ჩვენი YouTube არხი: ვიდეოსიუჟეტები "
                                           "სამეგრელოდან"))
    votes: list[Event] = [
        _vote("2016-10-08", "🗳️ საპარლამენტო არჩევნები: ზუგდიდის ოლქის შედეგები", before=6),
        _vote("2016-10-30", "🗳️ მეორე ტური: ზუგდიდის მაჟორიტარული ოლქი", before=5),
        _vote("2017-10-21", "🗳️ ადგილობრივი არჩევნები: ვინ გახდება ზუგდიდის მერი", before=6),
        _vote("2018-10-28", "🗳️ საპრეზიდენტო არჩევნები: უბნების შედეგები ონლაინ", before=6),
        _vote("2018-11-28", "🗳️ საპრეზიდენტო არჩევნების მეორე ტური", before=6),
        _span("2020-03-21", "2020-05-22", "😷 საგანგებო მდგომარეობა: დარჩით სახლში"),
        _vote("2020-10-31", "🗳️ საპარლამენტო არჩევნები 2020: შედეგები ზუგდიდიდან", before=6),
        _span("2020-11-28", "2021-01-31", "🌙 კომენდანტის საათი 21:00-დან 05:00-მდე"),
    ]
    feasts = _movable(orthodox_easter, 1, 1, lambda _: "🥚 ქრისტე აღდგა! გილოცავთ "
                                                       "აღდგომას!")
    feasts += _yearly("01-07", 1, 0, lambda _: "🎄 გილოცავთ შობას!")
    feasts += _yearly("05-26", 1, 0, lambda y: f"🇬🇪 დამოუკიდებლობის აღდგენის "
                                               f"{georgian_ordinal(y - 1918)} წლისთავი")
    feasts += _yearly("08-28", 0, 0, lambda _: "მარიამობას გილოცავთ!")
    return _calendar(base, votes, feasts)


def zugdidi_style() -> PublisherStyle:
    """A Georgian-language daily (Zugdidi): a rubric kicker, the date with the Georgian month
    and weekday, turned a dotted date with the time (a wording per day), an author line turned
    the name with the paper's, "ასევე წაიკითხეთ" turned a pinned line (up to twice), a photo
    credit, the week's hazelnut price at the market, a social line turned a video channel and
    turned by six votes (two run-offs), the 2020 emergency and curfew, Orthodox Easter,
    Christmas on 7 January, Independence Day with its ordinal and the Dormition, a grant
    disclaimer whose donor changes, a subscription price rising, a rights line reworded (a
    block), a rare bridge closure."""
    return PublisherStyle(
        domain="odishiskhma.ge", site="ოდიშის ხმა", base_size=190,
        subdomains=(("www.", 75), ("", 25)),
        sections=("society", "politics", "economy", "region", "sport", "culture"),
        n_authors=6, url_path="/{section}/{n}-{slug}",
        pools={
            "rubrika": ("საზოგადოება", "პოლიტიკა", "ეკონომიკა", "რეგიონი", "სპორტი",
                        "კულტურა"),
            "photo": ("ოდიშის ხმა", "არქივი", "სოციალური ქსელი", "მერიის პრესსამსახური"),
        },
        families=(
            _f("rubrika", HEADER, 0.35, (_OLD, "{rubrika}")),
            _f("tarighi", HEADER, 0.75, *_by_day(_ge_dated)),
            _f("avtori", HEADER, 0.5, (_OLD, "ავტორი: {author}"),
               (GE_REDESIGN.isoformat(), "{author} / ოდიშის ხმა")),
            _f("tsaikitkhet", MIDDLE, 0.3, (_OLD, "ასევე წაიკითხეთ: {other_title}"),
               (GE_REDESIGN.isoformat(), "📌 ამავე თემაზე: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "ფოტო: {photo}")),
            _f("tkhili", FOOTER, 0.2, *_by_day(_ge_market)),
            _f("gantskhadeba", FOOTER, 0.3, *_ge_notice()),
            _f("grant", FOOTER, 0.15,
               (_OLD, "სტატია მომზადებულია ევროკავშირის ფინანსური მხარდაჭერით. მის შინაარსზე "
                      "პასუხისმგებელია ავტორი და ის შესაძლოა არ ასახავდეს ევროკავშირის "
                      "შეხედულებებს."),
               (GE_DONOR.isoformat(), "სტატია მომზადებულია ამერიკელი ხალხის მხარდაჭერით, "
                                      "USAID-ის დახმარებით. შინაარსზე პასუხისმგებელია "
                                      "ავტორი.")),
            _f("gamotsera", FOOTER, 0.15, (_OLD, "გაზეთის გამოწერა: თვეში 10 ლარი"),
               (GE_PRICE.isoformat(), "გაზეთის გამოწერა: თვეში 12 ლარი, ელექტრონული ვერსია — "
                                      "6 ლარი")),
            _f("uflebebi", FOOTER, 0.45, (_OLD, "© {year} ოდიშის ხმა. ყველა უფლება დაცულია."),
               (GE_REDESIGN.isoformat(), "© {year} ოდიშის ხმა. მასალის გამოყენება "
                                         "დასაშვებია მხოლოდ odishiskhma.ge-ზე მითითებით.")),
            _f("khidi", HEADER, 0.04, (_OLD, "⚠️ ენგურის ხიდზე გადაადგილება დროებით "
                                             "შეზღუდულია")),
        ),
    )


# --- a Kazakh agricultural paper (Kostanay) ------------------------------------------------------

KZ_REDESIGN = dt.date(2018, 11, 5)
KZ_LATIN = dt.date(2018, 3, 1)  # a Latin-script line under the masthead
KZ_MINISTRY = (dt.date(2016, 6, 1), dt.date(2019, 7, 1))  # the ministry renamed twice
KZ_TELEGRAM = dt.date(2019, 2, 4)
KZ_TENGE = dt.date(2015, 8, 20)  # the tenge floated
KZ_PRICES = {2015: "2 640", 2016: "2 880", 2017: "3 120", 2018: "3 360", 2019: "3 600",
             2020: "3 840", 2021: "4 080"}


def _kz_dated(day: dt.date) -> str:
    if day < KZ_REDESIGN:
        return (f"{day.day} {KAZAKH_MONTHS[day.month - 1]} {day.year} ж., "
                f"{KAZAKH_WEEKDAYS[day.weekday()]}")
    return f"Жарияланды: {day:%d.%m.%Y}, {{time}}"


def kz_sown(day: dt.date) -> int:
    """The made-up thousands of hectares sown in the region by `day` (5 May to 10 June)."""
    start = dt.date(day.year, 5, 5)
    share = min(1.0, (day - start).days / 36)
    return round(4200 * share ** 0.8) + pseudo(dt.date(day.year, 1, 1), "kz-area", 0, 150)


def kz_reaped(day: dt.date) -> int:
    """The made-up thousands of hectares harvested by `day` (20 August to 15 October)."""
    start = dt.date(day.year, 8, 20)
    return round(4100 * min(1.0, (day - start).days / 56) ** 1.2)


def kz_wheat(day: dt.date) -> int:
    """The made-up price of a tonne of third-class wheat in `day`'s week, in tenge."""
    monday = monday_of(day)
    base = 32_000 if monday < KZ_TENGE else 42_000 + 4_000 * (monday.year - 2016)
    return base + 500 * pseudo(monday, "kz-wheat", -6, 6)


def _kz_campaign(day: dt.date) -> str:
    if dt.date(day.year, 5, 5) <= day <= dt.date(day.year, 6, 10):
        return f"🌱 Егіс науқаны: облыста {kz_sown(day):,} мың гектар себілді".replace(",", " ")
    if dt.date(day.year, 8, 20) <= day <= dt.date(day.year, 10, 15):
        yield_ = 10 + pseudo(dt.date(day.year, 1, 1), "kz-yield", 0, 60) / 10
        return (f"🌾 Орақ науқаны: {kz_reaped(day):,} мың гектардан астық жиналды, орташа "
                f"өнімділік {yield_:.1f} ц/га").replace(",", " ").replace(".", ",")
    price = f"{kz_wheat(day):,}".replace(",", " ")
    return f"📈 Бидай бағасы (3-сынып): тоннасына {price} теңге"


def _kz_subscribe(day: dt.date) -> str:
    year = day.year + 1 if day.month >= 10 else day.year
    return (f"📰 {year} жылға жазылу жалғасуда: жарты жылға {KZ_PRICES[year]} теңге, индекс "
            f"65218")


def _kz_notice() -> Wordings:
    base = _steps((_OLD, "Газетті «Қазпошта» бөлімшелері арқылы жаздырып алуға болады"),
                  (KZ_TELEGRAM.isoformat(), "📲 Telegram арнамызға жазылыңыз: ауыл "
                                            "жаңалықтары күн сайын"))
    news: list[Event] = [
        _vote("2015-04-26", "🗳️ Президент сайлауы: облыстағы сайлау учаскелері", before=6),
        _vote("2016-03-20", "🗳️ Мәжіліс және мәслихат сайлауы: нәтижелер", before=6),
        _vote("2019-06-09", "🗳️ Кезектен тыс Президент сайлауы: дауыс беру 7:00-ден 20:00-ге "
                            "дейін", before=6),
        _span("2020-03-16", "2020-05-11", "😷 Төтенше жағдай: облыс шекарасында бақылау "
                                          "бекеттері"),
        _span("2020-07-05", "2020-08-02", "😷 Қайта карантин: базарлар жабық"),
        _vote("2021-01-10", "🗳️ Мәжіліс пен мәслихат сайлауы: кандидаттар тізімі", before=8),
    ]
    feasts = _yearly("03-21", 1, 2, lambda _: "🌷 Әз-Наурыз құтты болсын!")
    feasts += _yearly("12-16", 1, 0, lambda y: f"🇰🇿 Тәуелсіздіктің {y - 1991} жылдығы құтты "
                                               f"болсын!")
    feasts += _movable(lambda y: nth_weekday(y, 11, 6, 3), 2, 0,
                       lambda _: "🚜 Ауыл шаруашылығы қызметкерлерінің күні құтты болсын!")
    return _calendar(base, news, feasts)


def kostanay_style() -> PublisherStyle:
    """A Kazakh agricultural paper (Kostanay): a rubric kicker, the line under the masthead turned
    Latin script in 2018, the date with "ж." and the weekday, turned "Жарияланды:" with the time (a
    wording per day), an author line turned the name with the paper's, "Оқи отырыңыз" (up to twice),
    a photo credit, the sowing campaign's and the harvest's hectares day by day, and the week's
    wheat price between them, the subscription for the year and from October for the next (prices
    rising), a post-office line turned a Telegram appeal and turned by four votes, the 2020
    emergency and second quarantine, Nauryz, Independence Day with its count and the farm workers'
    day (the third Sunday of November), a rights line and the registration naming a ministry renamed
    twice (a block), a rare blizzard warning."""
    return PublisherStyle(
        domain="tobylegin.kz", site="Тобыл егіншісі", base_size=170,
        subdomains=(("www.", 85), ("", 15)),
        sections=("egin", "mal", "auyl", "tehnika", "naryq", "zan"),
        n_authors=5, url_path="/kk/{section}/{n}",
        pools={
            "aidar": ("Егін", "Мал шаруашылығы", "Ауыл тынысы", "Техника", "Нарық", "Заң"),
        },
        families=(
            _f("aidar", HEADER, 0.35, (_OLD, "{aidar}")),
            _f("slogan", HEADER, 0.12, (_OLD, "Ауыл шаруашылығы мен дала еңбеккерлерінің "
                                              "газеті"),
               (KZ_LATIN.isoformat(), "Aýyl sharýashylyǵy men dala eńbekkerleriniń gazeti")),
            _f("kuni", HEADER, 0.7, *_by_day(_kz_dated)),
            _f("avtor", HEADER, 0.5, (_OLD, "Автор: {author}"),
               (KZ_REDESIGN.isoformat(), "{author}, «Тобыл егіншісі»")),
            _f("oqynyz", MIDDLE, 0.3, (_OLD, "Оқи отырыңыз: {other_title}"), count=2),
            _f("suret", MIDDLE, 0.2, (_OLD, "Суретті түсірген {author2}")),
            _f("nauqan", FOOTER, 0.25, *_by_day(_kz_campaign)),
            _f("jazylu", FOOTER, 0.15, *_by_day(_kz_subscribe)),
            _f("habarlandyru", FOOTER, 0.3, *_kz_notice()),
            _f("quqyq", FOOTER, 0.4, (_OLD, "© {year} «Тобыл егіншісі». Материалдарды "
                                            "пайдаланғанда сілтеме міндетті.")),
            _f("kualik", FOOTER, 0.25,
               (_OLD, "Газет ҚР Инвестициялар және даму министрлігінде тіркелген. Куәлік "
                      "№ 14852-Г"),
               (KZ_MINISTRY[0].isoformat(), "Газет ҚР Ақпарат және коммуникациялар "
                                            "министрлігінде тіркелген. Куәлік № 14852-Г"),
               (KZ_MINISTRY[1].isoformat(), "Газет ҚР Ақпарат және қоғамдық даму "
                                            "министрлігінде қайта тіркелген. Куәлік "
                                            "№ 17930-Г")),
            _f("boran", HEADER, 0.04, (_OLD, "⚠️ Боран: Қостанай – Арқалық тас жолы уақытша "
                                             "жабылды")),
        ),
    )


# --- a Sorani Kurdish site (Erbil, Kurdistan Region of Iraq) -------------------------------------

KU_REDESIGN = dt.date(2017, 3, 21)  # relaunched on Newroz
KU_SOCIAL = dt.date(2019, 1, 6)
KU_DEVALUATION = dt.date(2020, 12, 20)  # the dinar devalued


def _ku_dated(day: dt.date) -> str:
    if day < KU_REDESIGN:
        return (f"{KURDISH_WEEKDAYS[day.weekday()]}، {day.day}ی "
                f"{KURDISH_MONTHS[day.month - 1]}ی {day.year}")
    y, m, n = solar_hijri(day)
    return (f"{day.day}/{day.month}/{day.year} · {n}ی {KURDISH_SOLAR_MONTHS[m - 1]}ی "
            f"{y + 1321}ی کوردی")


def ku_dollar(day: dt.date) -> int:
    """The made-up price of 100 dollars in Erbil's market on `day`, in dinars."""
    if day >= KU_DEVALUATION:
        return 144_000 + 250 * pseudo(day, "ku-usd", -8, 8)
    return 120_500 + 250 * pseudo(day, "ku-usd", -8, 8)


def _ku_rate(day: dt.date) -> str:
    return f"💵 نرخی دۆلار لە بازاڕی هەولێر: 100 دۆلار = {ku_dollar(day):,} دینار"


def _ku_notice() -> Wordings:
    base = _steps((_OLD, "بەدوای پەیجی فەیسبووکی دەنگی قەڵا بکەون"),
                  (KU_SOCIAL.isoformat(), "📲 لە تێلیگرام و ئینستاگرام بەدوامان بکەون: "
                                          "@dengiqela"))
    news: list[Event] = [
        _span("2016-10-17", "2016-10-19", "🔴 دەستپێکی ئۆپەراسیۆنی ئازادکردنی موسڵ: "
                                          "نوێترین هەواڵەکان"),
        _vote("2017-09-25", "🗳️ ڕیفراندۆمی سەربەخۆیی کوردستان: ئەنجامەکان", before=10,
              after=2),
        _span("2017-09-29", "2018-03-13", "✈️ فڕینە نێودەوڵەتییەکان بۆ فڕۆکەخانەی هەولێر "
                                          "ڕاگیراون"),
        _vote("2018-05-12", "🗳️ هەڵبژاردنی پەرلەمانی عێراق: ئەنجامەکانی هەولێر", before=6),
        _vote("2018-09-30", "🗳️ هەڵبژاردنی پەرلەمانی کوردستان: ئەنجامی سەرەتایی",
              before=6),
        _span("2020-03-13", "2020-04-20", "😷 قەدەغەی هاتوچۆ لە هەولێر: لە ماڵەوە بمێننەوە"),
    ]
    feasts = _yearly("03-21", 1, 0, lambda y: f"🔥 نەورۆزتان پیرۆز بێت، {y + 700}ی کوردی")
    feasts += _yearly("03-16", 0, 0, lambda y: f"🖤 یادی {y - 1988} ساڵەی کیمیابارانی "
                                               f"هەڵەبجە")
    feasts += _movable(_listed(EID_FITR), 1, 1, lambda _: "🌙 جەژنی ڕەمەزانتان پیرۆز بێت")
    feasts += _movable(_listed(EID_ADHA), 1, 1, lambda _: "🐑 جەژنی قوربانتان پیرۆز بێت")
    return _calendar(base, news, feasts)


def erbil_style() -> PublisherStyle:
    """A Sorani Kurdish site (Erbil): a section kicker, the date with the Iraqi month names and
    the weekday, turned the Gregorian date beside the Kurdish solar date and year on Newroz
    2017 (a wording per day), a writer turned a writer and photographer, "هەواڵی پەیوەندیدار"
    (up to twice), a photo credit, the market's dollar rate every day (the devaluation of
    December 2020), a line in Kurmanji in Latin script, a social line turned two platforms and
    turned by the Mosul offensive, the independence referendum and the flight ban after it,
    two votes and the 2020 curfew, Newroz with the Kurdish year, Halabja with its count and
    the two feasts, an opinions disclaimer and a rights line (a block), a rare dust storm."""
    return PublisherStyle(
        domain="dengiqela.krd", site="دەنگی قەڵا", base_size=150,
        subdomains=(("www.", 100),),
        sections=("news", "economy", "sport", "society", "erbil", "world"),
        n_authors=5, url_path="/ckb/{section}/{n}",
        pools={
            "bes": ("هەواڵ", "ئابووری", "وەرزش", "کۆمەڵایەتی", "هەولێر", "جیهان"),
            "photo": ("دەنگی قەڵا", "ئەرشیف", "AFP", "تۆڕە کۆمەڵایەتییەکان"),
        },
        families=(
            _f("bes", HEADER, 0.35, (_OLD, "{bes}")),
            _f("rekewt", HEADER, 0.7, *_by_day(_ku_dated)),
            _f("amadekirdin", HEADER, 0.45, (_OLD, "ئامادەکردنی: {author}"),
               (KU_REDESIGN.isoformat(), "ڕاپۆرت: {author} | وێنە: {author2}")),
            _f("peywendidar", MIDDLE, 0.3, (_OLD, "هەواڵی پەیوەندیدار: {other_title}"),
               count=2),
            _f("wene", MIDDLE, 0.2, (_OLD, "وێنە: {photo}")),
            _f("dolar", FOOTER, 0.2, *_by_day(_ku_rate)),
            _f("kurmanci", FOOTER, 0.12, (_OLD, "Nûçeyên Hewlêrê bi kurmancî jî li ser "
                                                "malpera me ne.")),
            _f("agadari", FOOTER, 0.3, *_ku_notice()),
            _f("berpirsyar", FOOTER, 0.2, (_OLD, "ئەو بابەتانەی لە بەشی ڕادا بڵاودەکرێنەوە "
                                                 "تەنها ڕای نووسەرەکانیانن.")),
            _f("maf", FOOTER, 0.4, (_OLD, "© {year} هەموو مافێک بۆ دەنگی قەڵا پارێزراوە")),
            _f("tepuboz", HEADER, 0.04, (_OLD, "⚠️ بەهۆی تەپوتۆزەوە فڕۆکەخانەی هەولێر "
                                               "بۆ چەند کاتژمێرێک داخرا")),
        ),
    )


# --- an Azerbaijani district paper (Quba) -------------------------------------------------------

AZ_REDESIGN = dt.date(2017, 5, 29)
AZ_INSTAGRAM = dt.date(2019, 3, 4)
AZ_PRICES = ((_OLD, "24"), ("2016-01-04", "30"), ("2019-01-03", "36"))


def _az_dated(day: dt.date) -> str:
    if day < AZ_REDESIGN:
        return f"{day.day} {AZ_MONTHS[day.month - 1]} {day.year}, {AZ_WEEKDAYS[day.weekday()]}"
    return f"{day:%d.%m.%Y} / {{time}}"


def _az_notice() -> Wordings:
    base = _steps((_OLD, "Bizi Facebook-da izləyin, rayon xəbərlərini ilk siz oxuyun"),
                  (AZ_INSTAGRAM.isoformat(), "📲 Instagram səhifəmizə abunə olun: @shahdagxeber"))
    news: list[Event] = [
        _vote("2015-11-01", "🗳️ Milli Məclisə seçkilər: Quba-Qusar dairəsinin nəticələri",
              before=6),
        _vote("2016-09-26", "🗳️ Referendum: Konstitusiyaya dəyişikliklər", before=6),
        _vote("2018-04-11", "🗳️ Prezident seçkisi: Qubada məntəqələr saat 8:00-da açılır",
              before=6),
        _vote("2019-12-23", "🗳️ Bələdiyyə seçkiləri: Quba rayonu üzrə nəticələr", before=6),
        _vote("2020-02-09", "🗳️ Növbədənkənar parlament seçkisi: Quba-Qusar dairəsi", before=6),
        _span("2020-03-24", "2020-05-17", "😷 Xüsusi karantin rejimi: SMS icazəsi ilə çıxış"),
        _span("2020-09-28", "2020-11-10", "🇦🇿 Hərbi vəziyyət elan olunub: yalnız rəsmi "
                                          "məlumatlara inanın"),
    ]
    feasts: list[Event] = []
    for y in YEARS:
        for day, name in novruz_tuesdays(y):
            feasts.append((day - dt.timedelta(days=1), day + dt.timedelta(days=1),
                           f"🔥 {name} çərşənbəniz mübarək!"))
    feasts += _yearly("03-20", 0, 4, lambda _: "🌷 Novruz bayramınız mübarək!")
    feasts += _yearly("03-31", 0, 0, lambda y: f"🖤 Azərbaycanlıların soyqırımının "
                                               f"{az_ordinal(y - 1918)} ildönümü")
    feasts += _movable(lambda y: None if y == 2020 else nth_weekday(y, 10, 5, 2), 4, 1,
                       lambda y: f"🍎 Quba Alma Bayramı {y}: şəhər meydanında yarmarka")
    feasts += _movable(_listed(EID_FITR), 1, 0, lambda _: "🌙 Ramazan bayramınız mübarək!")
    return _calendar(base, news, feasts)


def quba_style() -> PublisherStyle:
    """An Azerbaijani district paper (Quba): a rubric kicker, the date with the month and
    weekday, turned a dotted date with the time (a wording per day), "Müəllif:" turned the
    name with the paper's, "Oxu:" turned "Həmçinin oxuyun" (up to twice), a photo credit, a
    social line turned an Instagram appeal and turned by five votes, the 2020 quarantine and
    martial law, the four Tuesdays before Novruz (water, fire, wind and earth) and Novruz, the
    genocide's remembrance with its ordinal (suffixes by vowel harmony), the apple fair
    (called off in 2020) and the Ramadan feast, the yearly subscription rising twice, a rights
    line and the registration (a block), a rare flood warning."""
    return PublisherStyle(
        domain="shahdagxeber.az", site="Şahdağ xəbər", base_size=130,
        subdomains=(("www.", 60), ("", 40)),
        sections=("rayon", "cemiyyet", "iqtisadiyyat", "idman", "medeniyyet", "kend"),
        n_authors=4, url_path="/az/news/{n}.html",
        pools={"bolme": ("Rayon", "Cəmiyyət", "İqtisadiyyat", "İdman", "Mədəniyyət",
                         "Kənd təsərrüfatı")},
        families=(
            _f("bolme", HEADER, 0.35, (_OLD, "{bolme}")),
            _f("tarix", HEADER, 0.7, *_by_day(_az_dated)),
            _f("muellif", HEADER, 0.45, (_OLD, "Müəllif: {author}"),
               (AZ_REDESIGN.isoformat(), "{author}, «Şahdağ xəbər»")),
            _f("oxu", MIDDLE, 0.3, (_OLD, "Oxu: {other_title}"),
               (AZ_REDESIGN.isoformat(), "🔗 Həmçinin oxuyun: {other_title}"), count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {author2}")),
            _f("elan", FOOTER, 0.3, *_az_notice()),
            _f("abune", FOOTER, 0.15, *((start, f"Qəzetə illik abunə: {price} manat. Abunə "
                                                f"yazılışı «Azərmətbuatyayımı» və poçt "
                                                f"şöbələrində")
                                        for start, price in AZ_PRICES)),
            _f("huquq", FOOTER, 0.4, (_OLD, "© {year} Şahdağ xəbər. Materiallardan istifadə "
                                            "edərkən istinad mütləqdir.")),
            _f("qeydiyyat", FOOTER, 0.25, (_OLD, "Qəzet Ədliyyə Nazirliyində qeydiyyata "
                                                 "alınıb. Şəhadətnamə № 2417")),
            _f("sel", HEADER, 0.04, (_OLD, "⚠️ Qudyalçay daşa bilər: sahilboyu ərazilərdə "
                                           "ehtiyatlı olun")),
        ),
    )


# --- an Armenian community weekly (Palermo, Buenos Aires) ----------------------------------------

AR_REDESIGN = dt.date(2018, 4, 26)
AR_WHATSAPP = dt.date(2019, 8, 1)
AR_FOUNDED = 1975
AR_ISSUE_ZERO = dt.date(2015, 1, 1)  # a Thursday: issue 2080
AR_PESOS = {2015: "800", 2016: "1.100", 2017: "1.400", 2018: "1.800", 2019: "2.700",
            2020: "3.900", 2021: "5.500"}


def ar_issue(day: dt.date) -> int:
    """The number of the week's issue, out on Thursdays."""
    return 2080 + (day - AR_ISSUE_ZERO).days // 7


def _ar_edition(day: dt.date) -> str:
    return f"Año {roman(day.year - AR_FOUNDED + 1)} · N° {ar_issue(day):,}".replace(",", ".")


def _ar_dated(day: dt.date) -> str:
    spanish = f"{day.day} de {SPANISH_MONTHS[day.month - 1]} de {day.year}"
    if day < AR_REDESIGN:
        return f"Buenos Aires, {spanish}"
    return f"{day.day} {ARMENIAN_MONTHS[day.month - 1]} {day.year} · {spanish}"


def vartanants(y: int) -> dt.date:
    """The Thursday before Lent, 52 days before Easter."""
    return easter(y) - dt.timedelta(days=52)


def vardavar(y: int) -> dt.date:
    """Vardavar, 98 days after Easter."""
    return easter(y) + dt.timedelta(days=98)


def _ar_notice() -> Wordings:
    base = _steps((_OLD, "Seguinos en Facebook e Instagram: /norarshaluys"),
                  (AR_WHATSAPP.isoformat(), "📲 Recibí las noticias de la colectividad por "
                                            "WhatsApp: escribinos al 11-0000-0000"))
    feasts = _yearly("04-24", 4, 0, lambda y: (
        "🕯️ Centenario del Genocidio Armenio: marcha a la Embajada de Turquía" if y == 2015
        else f"🕯️ {y - 1915}° aniversario del Genocidio Armenio: marcha a la Embajada de "
             f"Turquía"))
    feasts += _yearly("01-06", 1, 0, lambda _: "Շնորհաւոր Սուրբ Ծնունդ · ¡Feliz Navidad "
                                               "armenia!")
    feasts += _yearly("09-21", 0, 0, lambda y: f"🇦🇲 {y - 1991}° aniversario de la "
                                               f"independencia de Armenia")
    feasts += _movable(vartanants, 0, 0, lambda _: "Վարդանանց տօն · Día de Vartanantz")
    feasts += _movable(vardavar, 1, 0, lambda _: "💧 ¡Feliz Vartavar! Վարդավառ")
    wars: list[Event] = [
        _span("2016-04-02", "2016-04-15", "🇦🇲 Colecta para Artsaj: donaciones en la sede "
                                          "de la calle Armenia"),
        _span("2020-09-27", "2020-11-20", "🇦🇲 Todos somos Artsaj: doná al Fondo Nacional "
                                          "Armenia"),
    ]
    lockdown: list[Event] = [
        _span("2020-03-20", "2020-11-08", "😷 Por el aislamiento no sale la edición impresa: "
                                          "leenos en la web"),
    ]
    return _calendar(base, wars, feasts, lockdown)


def _ar_subscribe(day: dt.date) -> str:
    return f"Suscripción anual: ${AR_PESOS[day.year]} (CABA y GBA) · exterior USD 120"


def palermo_style() -> PublisherStyle:
    """An Armenian weekly (Buenos Aires), in Spanish and Western Armenian in the classical
    spelling: the volume in Roman numerals and the week's issue number (turning on Thursdays),
    the date in Spanish after the city, turned the Armenian month beside the Spanish date (a
    wording per day), "Por" turned an Armenian byline, "Lea también" turned bilingual (up to
    twice), a photo credit, a social line turned a WhatsApp appeal (the Argentine voseo) and
    turned by the 2016 and 2020 wars in Artsakh, the 2020 lockdown, the 24 April march with
    its count (the centenary in 2015), Armenian Christmas, independence with its count,
    Vartanants and Vardavar (by Easter), the yearly subscription in pesos rising every year,
    the intellectual property register and the address (a block), a rare erratum."""
    return PublisherStyle(
        domain="norarshaluys.com.ar", site="Նոր Արշալոյս", base_size=110,
        subdomains=(("www.", 100),),
        sections=("colectividad", "armenia", "artsaj", "cultura", "deportes"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={"photo": ("Archivo", "Armenpress", "Prensa de la colectividad",
                         "Gentileza de la familia")},
        families=(
            _f("edicion", HEADER, 0.5, *_by_day(_ar_edition)),
            _f("fecha", HEADER, 0.6, *_by_day(_ar_dated)),
            _f("autor", HEADER, 0.45, (_OLD, "Por {author}"),
               (AR_REDESIGN.isoformat(), "Գրեց՝ {author}")),
            _f("lea", MIDDLE, 0.3, (_OLD, "Lea también: {other_title}"),
               (AR_REDESIGN.isoformat(), "Կարդացէք նաեւ · Lea también: {other_title}"),
               count=2),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {photo}")),
            _f("aviso", FOOTER, 0.3, *_ar_notice()),
            _f("suscripcion", FOOTER, 0.15, *_by_day(_ar_subscribe)),
            _f("registro", FOOTER, 0.3, (_OLD, "Registro de la Propiedad Intelectual "
                                               "N° 5.314.207 · Impreso en Buenos Aires")),
            _f("direccion", FOOTER, 0.25, (_OLD, "Redacción: Armenia 1300, C1414 CABA · Tel. "
                                                 "(011) 4000-0000")),
            _f("erratas", HEADER, 0.04, (_OLD, "Fe de erratas: en la edición anterior se "
                                               "publicó con error el horario del Badarak.")),
        ),
    )


# --- a Tajik site (Kulob, Khatlon) --------------------------------------------------------------

TJ_REDESIGN = dt.date(2017, 9, 9)  # relaunched on Independence Day
TJ_TELEGRAM = dt.date(2019, 2, 11)
TJ_PRICES = {2015: "36", 2016: "36", 2017: "42", 2018: "42", 2019: "48", 2020: "54",
             2021: "54"}


def _tj_dated(day: dt.date) -> str:
    if day < TJ_REDESIGN:
        return (f"{TAJIK_WEEKDAYS[day.weekday()]}, {day.day} {TAJIK_MONTHS[day.month - 1]}и "
                f"соли {day.year}")
    return f"{day:%d.%m.%Y}, соати {{time}}"


def tj_dollar(day: dt.date) -> float:
    """The made-up official somoni price of a dollar on `day`, set on working days only."""
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    trend = 6.2 + 5.1 * (day - FIRST_DAY).days / (LAST_DAY - FIRST_DAY).days
    return round(trend + pseudo(day, "tj-usd", -150, 150) / 10_000, 4)


def _tj_rate(day: dt.date) -> str:
    amount = f"{tj_dollar(day):.4f}".replace(".", ",")
    return f"💵 Қурби расмии Бонки миллӣ: 1 доллари ИМА = {amount} сомонӣ"


def _tj_notice() -> Wordings:
    base = _steps((_OLD, "Моро дар Facebook ва Одноклассники пайгирӣ намоед"),
                  (TJ_TELEGRAM.isoformat(), "📲 Ба канали Telegram-и мо обуна шавед: "
                                            "@navidikhatlon"))
    news: list[Event] = [
        _vote("2015-03-01", "🗳️ Интихоботи Маҷлиси намояндагон: натиҷаҳо аз Кӯлоб", before=6),
        _vote("2016-05-22", "🗳️ Раъйпурсии умумихалқӣ оид ба тағйиру иловаҳо ба Конститутсия",
              before=6),
        _vote("2020-03-01", "🗳️ Интихоботи Маҷлиси намояндагон 2020", before=6),
        _vote("2020-10-11", "🗳️ Интихоботи Президенти Ҷумҳурии Тоҷикистон", before=6),
    ]
    masks = [_span("2020-05-01", "2020-06-30", "😷 Дар ҷойҳои ҷамъиятӣ ниқоб пӯшед ва масофаро "
                                               "риоя кунед")]
    feasts = _yearly("03-21", 1, 3, lambda _: "🌷 Наврӯз муборак!")
    feasts += _yearly("06-27", 1, 0, lambda y: f"🕊️ {y - 1997}-солагии Рӯзи ваҳдати миллӣ "
                                               f"муборак!")
    feasts += _yearly("09-09", 1, 0, lambda y: f"🇹🇯 {y - 1991}-солагии Истиқлолияти давлатӣ "
                                               f"муборак!")
    feasts += _movable(_listed(EID_FITR), 1, 0, lambda _: "🌙 Иди Рамазон муборак!")
    feasts += _movable(_listed(EID_ADHA), 1, 0, lambda _: "🐑 Иди Қурбон муборак!")
    return _calendar(base, news, feasts, masks)


def kulob_style() -> PublisherStyle:
    """A Tajik site (Kulob): a section kicker, a slogan in the Perso-Arabic script, the date
    with the weekday and the izafa, turned a dotted date with the time on Independence Day
    2017 (a wording per day), "Муаллиф" turned the correspondent of the paper, "Инчунин хонед"
    (up to twice), a photo credit, the national bank's dollar (set on working days only), a
    social line turned a Telegram appeal and turned by three votes and a referendum, the 2020
    mask rule, Navruz, the days of national unity and of independence with their counts and
    the two feasts, a half-year subscription in somoni by year, a rights line and the
    registration (a block), a rare power cut."""
    return PublisherStyle(
        domain="navidikhatlon.tj", site="Навиди Хатлон", base_size=90,
        subdomains=(("www.", 70), ("", 30)),
        sections=("jomea", "iqtisod", "farhang", "varzish", "maorif"),
        n_authors=3, url_path="/tj/{section}/{n}",
        pools={"bakhsh": ("Ҷомеа", "Иқтисод", "Фарҳанг", "Варзиш", "Маориф", "Кӯлоб")},
        families=(
            _f("bakhsh", HEADER, 0.3, (_OLD, "{bakhsh}")),
            _f("shior", HEADER, 0.1, (_OLD, "صدای مردم ختلان")),
            _f("sana", HEADER, 0.65, *_by_day(_tj_dated)),
            _f("muallif", HEADER, 0.45, (_OLD, "Муаллиф: {author}"),
               (TJ_REDESIGN.isoformat(), "{author}, хабарнигори «Навиди Хатлон»")),
            _f("khoned", MIDDLE, 0.3, (_OLD, "Инчунин хонед: {other_title}"), count=2),
            _f("aks", MIDDLE, 0.2, (_OLD, "Акс аз {author2}")),
            _f("qurb", FOOTER, 0.2, *_by_day(_tj_rate)),
            _f("elon", FOOTER, 0.3, *_tj_notice()),
            _f("obuna", FOOTER, 0.15, *_by_day(
                lambda day: f"Обуна ба рӯзнома барои нимсолаи {day.year}: "
                            f"{TJ_PRICES[day.year]} сомонӣ")),
            _f("huquq", FOOTER, 0.4, (_OLD, "© {year} Навиди Хатлон. Ҳамаи ҳуқуқҳо ҳифз "
                                            "шудаанд.")),
            _f("qayd", FOOTER, 0.25, (_OLD, "Нашрия дар Вазорати фарҳанги Ҷумҳурии Тоҷикистон "
                                            "ба қайд гирифта шудааст. Шаҳодатномаи № 0412/РЗ")),
            _f("barq", HEADER, 0.04, (_OLD, "⚠️ Дар маҳаллаҳои Кӯлоб барқ аз соати 8:00 то "
                                            "17:00 қатъ мешавад")),
        ),
    )


# --- a Kyrgyz community radio (Naryn) -----------------------------------------------------------

KG_REDESIGN = dt.date(2018, 8, 31)  # relaunched on Independence Day
KG_GRID = dt.date(2019, 9, 2)  # a new programme grid
KG_YOUTUBE = dt.date(2019, 4, 1)
KG_PROGRAMMES = (
    ("Эртең мененки «Саламатсызбы, Нарын!»", "Ата-Бейит: тарых барактары", "Жаштар саатты",
     "Малчылар үчүн: жайыт жана мал", "Жума намаздан кийин: дин жана коом",
     "Дем алыш концерти: комуз күүлөрү", "Санжыра жана манас айтуу"),
    ("«Саламатсызбы, Нарын!» (7:00–9:00)", "Айыл өкмөттөр менен түз эфир",
     "Жаштар саатты: студенттер сүйлөйт", "Малчылар үчүн: баалар жана ооруулар",
     "Ишенимдүү сөз: имам менен маек", "Ырлар тилектер менен", "Манас айтуу жана санжыра"),
)


def _kg_dated(day: dt.date) -> str:
    if day < KG_REDESIGN:
        return (f"{day.day}-{KYRGYZ_MONTHS[day.month - 1]}, {day.year}-жыл, "
                f"{KYRGYZ_WEEKDAYS[day.weekday()]}")
    return f"{day:%d.%m.%Y} | {{time}}"


def _kg_programme(day: dt.date) -> str:
    grid = KG_PROGRAMMES[day >= KG_GRID]
    return f"📻 Бүгүн эфирде: {grid[day.weekday()]}"


def kg_temperatures(day: dt.date) -> tuple[int, int]:
    """The made-up night and day temperatures in Naryn on `day` (seasonal, very cold
    winters)."""
    night = round(-8 + 16 * season(day)) + pseudo(day, "kg-night", -4, 4)
    return night, night + pseudo(day, "kg-span", 8, 15)


def _kg_weather(day: dt.date) -> str:
    night, noon = kg_temperatures(day)
    return f"🌡 Нарында бүгүн: түнкүсүн {night:+d}°, күндүзү {noon:+d}°"


def _kg_pass(day: dt.date) -> str:
    if day.month in (11, 12, 1, 2, 3):
        state = pseudo(day, "kg-pass", 0, 9)
        if state == 0:
            return "🏔 Долон ашуусу: жол убактылуу жабык, кар көчкү коркунучу"
        if state < 5:
            return "🏔 Долон ашуусу: жол ачык, чынжыр менен гана өтүүгө болот"
        return "🏔 Долон ашуусу: жол ачык, көңгөк, этият болуңуз"
    return "🛣 Бишкек – Нарын – Торугарт жолунда кыймыл кадимкидей"


def _kg_notice() -> Wordings:
    base = _steps((_OLD, "Теңир-Тоо үнү: Нарында FM 104,5, Ат-Башыда FM 103,1"),
                  (KG_YOUTUBE.isoformat(), "📲 Бизди YouTube жана Instagram аркылуу да "
                                           "көрүңүз"))
    news: list[Event] = [
        _vote("2015-10-04", "🗳️ Жогорку Кеңешке шайлоо: Нарын облусундагы жыйынтыктар",
              before=6),
        _vote("2016-12-11", "🗳️ Референдум жана жергиликтүү кеңештерге шайлоо", before=6),
        _vote("2017-10-15", "🗳️ Президенттик шайлоо: добуш берүү 8:00дөн 20:00гө чейин",
              before=6),
        _span("2020-03-25", "2020-05-10", "😷 Өзгөчө кырдаал: Нарын облусуна кирүү чектелген"),
        _vote("2020-10-04", "🗳️ Жогорку Кеңешке шайлоо 2020: алдын ала жыйынтыктар",
              before=6, after=1),
        _span("2020-10-06", "2020-10-21", "⚠️ БШК шайлоонун жыйынтыгын жокко чыгарды"),
        _vote("2021-01-10", "🗳️ Президенттик шайлоо жана референдум: 10-январь", before=8),
    ]
    feasts = _yearly("03-21", 1, 0, lambda _: "🌷 Нооруз майрамыңыздар менен!")
    feasts += _yearly("08-31", 1, 0, lambda y: f"🇰🇬 Эгемендүүлүктүн {y - 1991} жылдыгы "
                                               f"куттуу болсун!")
    feasts += _movable(_listed(EID_FITR), 1, 0, lambda _: "🌙 Орозо айт майрамы кабыл болсун!")
    feasts += _movable(_listed(EID_ADHA), 1, 0, lambda _: "🐑 Курман айт майрамы кабыл "
                                                          "болсун!")
    games: list[Event] = [
        _span("2016-09-03", "2016-09-08", "🏇 Дүйнөлүк көчмөндөр оюндары: түз эфир "
                                          "Чолпон-Атадан"),
        _span("2018-09-02", "2018-09-08", "🏇 III Дүйнөлүк көчмөндөр оюндары: түз эфир"),
    ]
    return _calendar(base, news, games, feasts)


def naryn_style() -> PublisherStyle:
    """A Kyrgyz community radio's site (Naryn): the date with the month and the weekday,
    turned a dotted date with the time on Independence Day 2018 (a wording per day), "Кабарчы"
    turned the name with the radio's, "Ушул темада" (up to twice), a photo credit, today's
    programme by weekday (a new grid in 2019), the night's and day's temperatures every day,
    the Dolon pass each winter day and the highway in summer, a frequency line turned a video
    appeal and turned by five votes (two with a referendum), the 2020 emergency, the annulled 2020
    result and the 2021 vote, the World Nomad Games, Nooruz, independence with its count and
    the two feasts, a rights line and the licence (a block), a rare avalanche warning."""
    return PublisherStyle(
        domain="tenirtoounu.kg", site="Теңир-Тоо үнү", base_size=70,
        subdomains=(("www.", 100),),
        sections=("zhanylyktar", "koom", "ekonomika", "madaniyat", "sport"),
        n_authors=3, url_path="/ky/news/{n}",
        families=(
            _f("kuni", HEADER, 0.6, *_by_day(_kg_dated)),
            _f("kabarchy", HEADER, 0.45, (_OLD, "Кабарчы: {author}"),
               (KG_REDESIGN.isoformat(), "{author}, «Теңир-Тоо үнү»")),
            _f("temada", MIDDLE, 0.3, (_OLD, "Ушул темада: {other_title}"), count=2),
            _f("suroot", MIDDLE, 0.2, (_OLD, "Сүрөттү тарткан {author2}")),
            _f("efir", FOOTER, 0.2, *_by_day(_kg_programme)),
            _f("aba", FOOTER, 0.2, *_by_day(_kg_weather)),
            _f("ashuu", FOOTER, 0.15, *_by_day(_kg_pass)),
            _f("jarnama", FOOTER, 0.3, *_kg_notice()),
            _f("ukuk", FOOTER, 0.4, (_OLD, "© {year} Теңир-Тоо үнү. Материалдарды колдонууда "
                                           "шилтеме милдеттүү.")),
            _f("litsenziya", FOOTER, 0.25, (_OLD, "Коомдук радио. Кыргыз Республикасынын "
                                                  "Байланыш агенттигинин № 0219 лицензиясы")),
            _f("kochku", HEADER, 0.04, (_OLD, "⚠️ Кар көчкү коркунучу: Каракол–Нарын "
                                              "тоо жолдорунда этият болуңуздар")),
        ),
    )


# --- an Afghan exile site in Dari and Pashto (Hamburg) -------------------------------------------

AF_REDESIGN = dt.date(2019, 3, 21)  # relaunched on Nowruz 1398
AF_TREATY = dt.date(2020, 11, 7)  # the Interstate Media Treaty replaced the Broadcasting one
AF_SOCIAL = dt.date(2017, 6, 5)


def _af_dated(day: dt.date) -> str:
    y, m, n = solar_hijri(day)
    dari = f"{fa(n)} {AFGHAN_MONTHS[m - 1]} {fa(y)}"
    if day < AF_REDESIGN:
        return f"{PERSIAN_WEEKDAYS[day.weekday()]} {dari}"
    return f"{dari} · {day:%d.%m.%Y}"


def _af_notice() -> Wordings:
    base = _steps((_OLD, "آوای هریوا را در فیسبوک دنبال کنید"),
                  (AF_SOCIAL.isoformat(), "📲 آوای هریوا در یوتیوب و تلگرام · موږ په یوټیوب "
                                          "او ټلګرام کې هم یو"))
    news: list[Event] = [
        _vote("2018-10-20", "🗳️ انتخابات پارلمانی افغانستان: گزارش‌های هرات", before=6,
              after=2),
        _vote("2019-09-28", "🗳️ انتخابات ریاست جمهوری: گزارش روز رای‌دهی از هرات",
              before=6, after=2),
        _span("2020-02-18", "2020-02-21", "📊 نتایج نهایی انتخابات ریاست جمهوری اعلام شد"),
        _span("2020-02-29", "2020-03-03", "🕊️ توافق‌نامه دوحه: متن کامل و واکنش‌ها"),
        _span("2020-03-22", "2020-05-05", "😷 Kontaktverbot in Hamburg: جلسات انجمن آنلاین "
                                          "برگزار می‌شود"),
        _span("2020-09-12", "2020-09-15", "🕊️ آغاز گفتگوهای صلح بین‌الافغانی در دوحه"),
    ]
    feasts = _movable(_listed(NOWRUZ), 1, 1, lambda y: f"🌱 نوروز {fa(y - 621)} مبارک · نوی "
                                                       f"کال مو مبارک")
    feasts += _yearly("08-19", 1, 0, lambda y: f"🇦🇫 {fa(y - 1919)}مین سالروز استرداد "
                                               f"استقلال افغانستان")
    feasts += _yearly("09-09", 0, 0, lambda y: f"{fa(y - 2001)}مین سالروز شهادت احمدشاه مسعود")
    feasts += _movable(_listed(EID_FITR), 1, 1, lambda _: "🌙 عید سعید فطر مبارک · کوچنی "
                                                          "اختر مو مبارک")
    feasts += _movable(_listed(EID_ADHA), 1, 1, lambda _: "🐑 عید قربان مبارک · لوی اختر مو "
                                                          "مبارک")
    return _calendar(base, news, feasts)


def hamburg_style() -> PublisherStyle:
    """An Afghan exile site (Hamburg), in Dari and Pashto: the Solar Hijri date with the
    Afghan names of the months and the weekday, turned the German date beside it on Nowruz
    1398 (a wording per day), the writer turned bilingual, "مطالب مرتبط" turned Pashto (up to
    twice), a photo credit, a social line turned bilingual and turned by two votes, the 2020
    results, the Doha agreement and talks, Hamburg's contact ban, Nowruz with the year,
    independence day (the centenary in 2019) and a commander's death with their counts and
    the two feasts in both languages, a donation appeal in euros, an opinions disclaimer, the
    German imprint line reworded for the Media State Treaty and a rights line (a block), a rare
    comments closure."""
    return PublisherStyle(
        domain="hariwa.de", site="آوای هریوا", base_size=50,
        subdomains=(("www.", 100),),
        sections=("afghanistan", "herat", "diaspora", "opinion"),
        n_authors=3, url_path="/fa/{yyyy}/{mm}/{slug}/",
        pools={
            "photo": ("آرشیف", "رویترز", "شبکه‌های اجتماعی", "آوای هریوا"),
            "eur": ("5", "10", "20"),
        },
        families=(
            _f("tarikh", HEADER, 0.55, *_by_day(_af_dated)),
            _f("nawisenda", HEADER, 0.4, (_OLD, "نویسنده: {author}"),
               (AF_REDESIGN.isoformat(), "لیکوال / نویسنده: {author}")),
            _f("marbut", MIDDLE, 0.25, (_OLD, "مطالب مرتبط: {other_title}"),
               (AF_REDESIGN.isoformat(), "اړوند مطالب: {other_title}"), count=2),
            _f("aks", MIDDLE, 0.2, (_OLD, "عکس: {photo}")),
            _f("elan", FOOTER, 0.3, *_af_notice()),
            _f("komak", FOOTER, 0.15, (_OLD, "🤝 با ماهانه {eur} یورو از رسانه مستقل در تبعید "
                                             "حمایت کنید")),
            _f("nazar", FOOTER, 0.2, (_OLD, "مسئولیت محتوای مقالات به عهده نویسندگان آن است.")),
            _f("impressum", FOOTER, 0.25,
               (_OLD, "Verantwortlich nach § 55 Abs. 2 RStV: Redaktion, Postfach 30 11 20, "
                      "20304 Hamburg"),
               (AF_TREATY.isoformat(), "Verantwortlich nach § 18 Abs. 2 MStV: Redaktion, "
                                       "Postfach 30 11 20, 20304 Hamburg")),
            _f("haq", FOOTER, 0.35, (_OLD, "© {year} آوای هریوا · تمام حقوق محفوظ است")),
            _f("nazarat", HEADER, 0.04, (_OLD, "⚠️ بخش نظرات به دلیل پیام‌های تبلیغاتی موقتاً "
                                               "بسته است")),
        ),
    )


# --- a Turkmen site (Mary) ----------------------------------------------------------------------

TM_REDESIGN = dt.date(2018, 9, 27)
TM_PRICES = ((_OLD, "48"), ("2017-01-03", "54"), ("2019-01-03", "60"))


def _tm_dated(day: dt.date) -> str:
    if day < TM_REDESIGN:
        return f"{day:%d.%m.%Y}ý."
    return (f"{day.day} {TURKMEN_MONTHS[day.month - 1]} {day.year}ý., "
            f"{TURKMEN_WEEKDAYS[day.weekday()]}")


def tm_independence(y: int) -> dt.date:
    """Independence Day: 27 October, 27 September from 2018."""
    return dt.date(y, 10, 27) if y < 2018 else dt.date(y, 9, 27)


def _tm_notice() -> Wordings:
    base = _steps((_OLD, "Gazete ýazylyşyk dowam edýär: poçta bölümlerinde we redaksiýada"),)
    news: list[Event] = [
        _vote("2017-02-12", "🗳️ Türkmenistanyň Prezidentiniň saýlawlary: saýlaw uçastoklary "
                            "irden 7:00-da açylýar", before=6),
        _vote("2018-03-25", "🗳️ Mejlisiň we ýerli geňeşleriň saýlawlary", before=6),
    ]
    feasts = _movable(lambda y: last_weekday(y, 4, 6), 1, 0,
                      lambda _: "🐎 Türkmen bedewiniň baýramy gutly bolsun!")
    feasts += _movable(lambda y: last_weekday(y, 5, 6), 1, 0,
                       lambda _: "🧶 Türkmen halysynyň baýramy gutly bolsun!")
    feasts += _movable(lambda y: nth_weekday(y, 8, 6, 2), 1, 0,
                       lambda _: "🍈 Türkmen bakjaçylyk baýramy gutly bolsun!")
    feasts += _movable(tm_independence, 2, 0, lambda y: f"🇹🇲 Garaşsyzlygyň {y - 1991} "
                                                         f"ýyllygy gutly bolsun!")
    feasts += _yearly("12-12", 1, 0, lambda y: f"🕊️ Halkara Bitaraplyk güni: "
                                               f"Bitaraplygyň {y - 1995} ýyllygy")
    feasts += _yearly("03-21", 0, 1, lambda _: "🌷 Halkara Nowruz baýramy gutly bolsun!")
    return _calendar(base, news, feasts)


def mary_style() -> PublisherStyle:
    """A Turkmen site (Mary): the year's motto under the masthead (a new one each January),
    the dotted date with "ý." turned a date with the month and the weekday (a wording per
    day), "Awtor:" turned the name with the paper's, "Şu hem gyzykly" (up to twice), a photo
    credit, a subscription line turned by two votes, the horse's and the carpet's days (the
    last Sunday of April and of May), the melon day (the second Sunday of August),
    Independence Day with its count (moved from October to September in 2018), neutrality's
    day with its count and Nowruz, the yearly subscription rising twice, a rights line and the
    address (a block), a rare water cut."""
    return PublisherStyle(
        domain="murgaptolkuny.tm", site="Murgap tolkuny", base_size=36,
        subdomains=(("", 100),),
        sections=("jemgyyet", "ykdysadyyet", "medeniyet", "sport"),
        n_authors=2, url_path="/tk/{section}/{n}",
        families=(
            _f("sygar", HEADER, 0.3, *_by_day(lambda day: f"«{TURKMEN_MOTTOES[day.year]}»")),
            _f("sene", HEADER, 0.55, *_by_day(_tm_dated)),
            _f("awtor", HEADER, 0.4, (_OLD, "Awtor: {author}"),
               (TM_REDESIGN.isoformat(), "{author}, «Murgap tolkuny»")),
            _f("gyzykly", MIDDLE, 0.25, (_OLD, "Şu hem gyzykly: {other_title}"), count=2),
            _f("surat", MIDDLE, 0.2, (_OLD, "Suraty düşüren {author2}")),
            _f("bildiris", FOOTER, 0.3, *_tm_notice()),
            _f("yazylys", FOOTER, 0.15, *((start, f"Ýyllyk ýazylyş bahasy: {price} manat")
                                          for start, price in TM_PRICES)),
            _f("hukuk", FOOTER, 0.35, (_OLD, "© {year} Murgap tolkuny. Ähli hukuklar "
                                             "goralandyr.")),
            _f("salgy", FOOTER, 0.25, (_OLD, "Salgymyz: Mary şäheri, Magtymguly şaýoly, 00. "
                                             "Tel.: (522) 0-00-00")),
            _f("suw", HEADER, 0.04, (_OLD, "⚠️ Ertir Mary şäheriniň günbatar böleginde agyz "
                                           "suwy wagtlaýyn kesiler")),
        ),
    )


# --- a Chechen and Ingush community site (Vienna) -----------------------------------------------

VN_REDESIGN = dt.date(2019, 2, 23)
VN_TELEGRAM = dt.date(2018, 9, 3)


def _vn_dated(day: dt.date) -> str:
    if day < VN_REDESIGN:
        return f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year}"
    return f"{CHECHEN_WEEKDAYS[day.weekday()]}, {day:%d.%m.%Y}"


def _vn_notice() -> Wordings:
    base = _steps((_OLD, "Уроки чеченского и ингушского языка для детей — по субботам в "
                         "14:00"),
                  (VN_TELEGRAM.isoformat(), "📲 Подписывайтесь на наш Telegram-канал: новости "
                                            "общины в Австрии"))
    news: list[Event] = [
        _span("2018-10-04", "2018-10-17", "Ингушетия: митинг в Магасе против соглашения о "
                                          "границе"),
        _span("2019-03-26", "2019-03-29", "Ингушетия: в Магасе снова протест"),
        _span("2020-03-16", "2020-04-30", "😷 Lockdown: встречи общины и уроки отменены"),
        _span("2020-11-17", "2020-12-06", "😷 Второй локдаун в Австрии: уроки проходят онлайн"),
    ]
    feasts = _yearly("02-23", 1, 0, lambda y: f"🕯️ {y - 1944}-я годовщина депортации "
                                              f"чеченцев и ингушей")
    feasts += _yearly("04-25", 0, 0, lambda _: "Нохчийн меттан де · День чеченского языка")
    feasts += _yearly("06-04", 0, 0, lambda y: f"{y - 1992}-я годовщина восстановления "
                                               f"ингушской государственности")
    feasts += _movable(_listed(EID_FITR), 1, 1, lambda _: "🌙 Марха даьстина деза де "
                                                          "декъала дойла!")
    feasts += _movable(_listed(EID_ADHA), 1, 1, lambda _: "🐑 Ид аль-Адха мубарак!")
    return _calendar(base, news, feasts)


def vienna_style() -> PublisherStyle:
    """A Chechen and Ingush community site (Vienna), in Russian with Chechen and German
    lines: a greeting in Chechen, the date with the Russian month in the genitive, turned the
    Chechen weekday (with the palochka) and a dotted date on the day of remembrance 2019 (a
    wording per day), "Автор", "Читайте также" (up to twice), a classes line turned a Telegram
    appeal and turned by protests in Ingushetia and two Austrian lockdowns, the deportation's
    and Ingushetia's anniversaries with their counts, the Chechen language day and the two
    feasts, a donation line in German, the Austrian disclosure line and a rights line (a
    block), a rare change of venue."""
    return PublisherStyle(
        domain="vainakh.at", site="Вайнах Вена", base_size=24,
        subdomains=(("", 100),),
        sections=("obshchina", "kavkaz", "avstriya"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}/",
        families=(
            _f("marshalla", HEADER, 0.15, (_OLD, "Маршалла ду шуьга, вайнехаш!")),
            _f("data", HEADER, 0.5, *_by_day(_vn_dated)),
            _f("avtor", HEADER, 0.35, (_OLD, "Автор: {author}")),
            _f("chitaite", MIDDLE, 0.25, (_OLD, "Читайте также: {other_title}"), count=2),
            _f("obyavlenie", FOOTER, 0.3, *_vn_notice()),
            _f("spenden", FOOTER, 0.15, (_OLD, "Spenden für die Vereinsarbeit: IBAN AT00 2011 "
                                               "0000 0000 0000")),
            _f("offenlegung", FOOTER, 0.25, (_OLD, "Offenlegung gemäß § 25 Mediengesetz: "
                                                   "Medieninhaber ist ein gemeinnütziger "
                                                   "Kulturverein, ZVR-Zahl 000000000")),
            _f("kopirayt", FOOTER, 0.35, (_OLD, "© {year} Вайнах Вена")),
            _f("zal", HEADER, 0.04, (_OLD, "Внимание: субботняя встреча переносится в зал на "
                                           "Brigittenauer Lände")),
        ),
    )


def heldout83_styles() -> list[PublisherStyle]:
    """The held-back-83 styles, in the order the generator hands them to publishers."""
    return [
        mashhad_style(), qarshi_style(), zugdidi_style(), kostanay_style(), erbil_style(),
        quba_style(), palermo_style(), kulob_style(), naryn_style(), hamburg_style(),
        mary_style(), vienna_style(),
    ]
