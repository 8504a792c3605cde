"""The ``held-back-63`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-61 set
(`tests.bench.heldout_templates_61`; a held-back-62 set was being written at the same time by
another session, unseen by this one). It was written WITHOUT looking at cleanpipe's code
(nothing under ``cleanpipe/`` but the generator's model and template types in
``cleanpipe/sample/`` was read, nor ``configs/``; the slot names come from the earlier sets'
modules, `tests.bench.planted_real` and the slots it hands a template) or the README's
detection rules and quality results, before any benchmark run on it, and without shaping any
line to pass or to fail a detector: the families are what real sites of these kinds print,
from general knowledge of them. All wording is original; none is copied from the data, from
the tuning styles or from the earlier held-back sets.

**Do not tune on this set.** It is reserved as an unseen test: never run it before a
development session takes it as its unseen test. Once its misses have been studied to change
the detector, it is no longer an unseen test: write a new set instead, and say so in the
commit.

**Status:** run; its first run and status are in `tests/bench/FIRST_RUNS.md`.

Twelve styles, largest publisher first (`tests.bench.planted_real` gives publisher ``r``
style ``r mod 12``, the later ones as renamed variants); each style's docstring says what it
prints. Renamed variants of a style keep the lines that do not name the site, so sister
sites share a network footer. Nine publishers are news sites from places and communities no
earlier set had a publisher in, in the Middle East, East, South and Southeast Asia, Africa
and the Pacific, large and small, in several languages and scripts (some printing two
languages or scripts on one line); three are small English-language outlets: a diaspora
community weekly, a university's news office and a conservation NGO. The families are the
kinds a crawl of such sites holds: dates localised day by day (one with the day of the
Punjabi solar month, one in Shan digits with the Shan year that turns at the Shan new year,
one in two languages from a given day, several changing form on the day of a redesign),
weekly numbers (a Sunday paper's issues, a volcano observatory's ISO weeks, a university's
teaching weeks with a 2020 suspension), bylines and datelines of many shapes, notices
reworded in 2016-2020, notices that follow a calendar (votes, storms, floods, an earthquake,
epidemics, a space launch, national and community days with their counts, movable feasts on
the Islamic, Chinese, Korean, Burmese and Shan calendars, days on a weekday of a month,
festivals called off in 2020, book fairs and graduations on listed days) and the seasons, a
yearly national slogan, a monthly fuel price, a weekly exchange rate, a monthly running
tally, a currency regime that changed on given days, other articles' titles, tag lists,
multi-line blocks, mid-body inserts (some up to two times), bare lines, and families in only
4-5% of articles beside ones in nearly all. The hard negatives (statements quoted in several
articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, digits, ordinal
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import nth_or_last_weekday as nth_weekday
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

SHAN_ZERO = "\u1090"  # ႐, the Shan digit zero

ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
KOREAN_WEEKDAYS = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")
URDU_MONTHS = ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
               "اکتوبر", "نومبر", "دسمبر")
PUNJABI_WEEKDAYS = ("سوموار", "منگل", "بدھ", "جمعرات", "جمعہ", "چھنچھر", "اتوار")
# The months of the Punjabi solar (desi) calendar and the Gregorian day each one starts on,
# as the site's almanac kept them (Chet first).
DESI_MONTHS = ("چیت", "وساکھ", "جیٹھ", "ہاڑ", "ساون", "بھادوں", "اسو", "کتیں", "مگھر", "پوہ",
               "ماگھ", "پھگن")
DESI_STARTS = ((3, 14), (4, 14), (5, 15), (6, 15), (7, 16), (8, 16), (9, 15), (10, 16),
               (11, 15), (12, 15), (1, 14), (2, 13))
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
SWAHILI_MONTHS = ("Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti",
                  "Septemba", "Oktoba", "Novemba", "Desemba")
SWAHILI_WEEKDAYS = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi",
                    "Jumapili")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SHAN_WEEKDAYS = ("ဝၼ်းၸၼ်", "ဝၼ်းဢၢင်းၵၢၼ်း", "ဝၼ်းပုတ်ႉ", "ဝၼ်းၽတ်း", "ဝၼ်းသုၵ်း",
                 "ဝၼ်းသဝ်", "ဝၼ်းဢႃးတိတ်ႉ")
MALAY_MONTHS = ("Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos",
                "September", "Oktober", "November", "Disember")
IBAN_WEEKDAYS = ("Hari Satu", "Hari Dua", "Hari Tiga", "Hari Empat", "Hari Lima",
                 "Hari Enam", "Hari Minggu")
NDEBELE_MONTHS = ("uMasingana", "uNhlolanja", "uMbimbitho", "uMabasa", "uNkwenkwezi",
                  "uNhlangula", "uNtulikazi", "uNcwabakazi", "uMpandula", "uMfumfu", "uLwezi",
                  "uZibandlela")
NDEBELE_WEEKDAYS = ("uMvulo", "uLwesibili", "uLwesithathu", "uLwesine", "uLwesihlanu",
                    "uMgqibelo", "iSonto")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")

# Movable days as the sites' readers kept them.
RAMADAN_AE = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
              2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_AE = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_AE = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}
RAMADAN_PK = {2015: "2015-06-19", 2016: "2016-06-07", 2017: "2017-05-28", 2018: "2018-05-17",
              2019: "2019-05-07", 2020: "2020-04-25"}
EID_FITR_PK = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-16",
               2019: "2019-06-05", 2020: "2020-05-24"}
EID_ADHA_PK = {2015: "2015-09-25", 2016: "2016-09-13", 2017: "2017-09-02", 2018: "2018-08-22",
               2019: "2019-08-12", 2020: "2020-08-01"}
SPRING_FESTIVAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                   2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}  # the mid-autumn festival
# The first day of the Shan year (the first waxing day of the first Shan month); the Shan
# year that starts on it is the Gregorian year plus 95.
SHAN_NEW_YEAR = {2014: "2014-12-22", 2015: "2015-12-11", 2016: "2016-11-29",
                 2017: "2017-11-18", 2018: "2018-12-07", 2019: "2019-11-26",
                 2020: "2020-12-14", 2021: "2021-12-03"}
# The full moon of Tazaungmon, the last day of Taunggyi's fire-balloon festival (called off
# in 2020).
TAZAUNGDAING = {2015: "2015-11-25", 2016: "2016-11-14", 2017: "2017-11-04",
                2018: "2018-11-22", 2019: "2019-11-12"}


# --- an Emirati Arabic-language daily (Sharjah) ------------------------------------------------

AE_REDESIGN = dt.date(2017, 10, 1)  # the long Arabic date turned a slashed date with the time
AE_BYLINE = dt.date(2018, 9, 2)
AE_APP = dt.date(2018, 2, 4)
AE_LINKS = dt.date(2019, 1, 6)
AE_RIGHTS = dt.date(2019, 11, 3)
AE_DEREGULATED = dt.date(2015, 8, 1)  # fuel prices follow the world market from August 2015

# Super 98 petrol, dirhams a litre, by month as the committee announced it (until July 2015
# the regulated price).
AE_SUPER98: dict[int, tuple[float, ...]] = {
    2015: (1.72,) * 7 + (2.14, 2.16, 2.05, 1.90, 1.83),
    2016: (1.69, 1.62, 1.58, 1.60, 1.71, 1.80, 1.88, 1.81, 1.84, 1.86, 1.92, 1.89),
    2017: (2.01, 1.99, 2.00, 1.91, 1.96, 1.90, 1.84, 1.89, 1.96, 2.01, 2.07, 2.17),
    2018: (2.22, 2.29, 2.21, 2.28, 2.43, 2.58, 2.47, 2.42, 2.46, 2.49, 2.59, 2.30),
    2019: (2.04, 2.08, 2.18, 2.28, 2.39, 2.42, 2.29, 2.35, 2.23, 2.34, 2.27, 2.26),
    2020: (2.40, 2.33, 2.14, 1.90, 1.90, 1.90, 1.96, 1.98, 1.96, 1.94, 1.90, 1.96),
    2021: (2.08,),
}

# The year's national theme, as the site printed it under its articles.
AE_THEMES = {2015: "🇦🇪 2015 عام الابتكار", 2016: "🇦🇪 2016 عام القراءة",
             2017: "🇦🇪 2017 عام الخير", 2018: "🇦🇪 2018 عام زايد",
             2019: "🇦🇪 2019 عام التسامح", 2020: "🇦🇪 2020 عام الاستعداد للخمسين",
             2021: "🇦🇪 2021 عام الخمسين"}

# The Sharjah International Book Fair: (first day, last day) of each year's edition.
BOOK_FAIR = {2015: ("2015-11-04", "2015-11-14"), 2016: ("2016-11-02", "2016-11-12"),
             2017: ("2017-11-01", "2017-11-11"), 2018: ("2018-10-31", "2018-11-10"),
             2019: ("2019-10-30", "2019-11-09"), 2020: ("2020-11-04", "2020-11-14")}


def _ae_dated(day: dt.date) -> str:
    if day < AE_REDESIGN:
        return (f"{ARABIC_WEEKDAYS[day.weekday()]}، {day.day} {ARABIC_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"{day:%Y/%m/%d} {{time}} بتوقيت الإمارات"


def ae_fuel(day: dt.date) -> str:
    """The fuel-price line of `day`'s month (a wording per month from August 2015)."""
    if day < AE_DEREGULATED:
        return "⛽ سعر لتر البنزين سوبر 98: 1.72 درهم (سعر ثابت)"
    super98 = AE_SUPER98[day.year][day.month - 1]
    return (f"⛽ أسعار الوقود لشهر {ARABIC_MONTHS[day.month - 1]} {day.year}: سوبر 98 "
            f"{super98:.2f} درهم، خصوصي 95 {super98 - 0.11:.2f} درهم")


def ae_theme(day: dt.date) -> str:
    """The line of the national theme of `day`'s year."""
    return AE_THEMES[day.year]


def _ae_notice() -> Wordings:
    base = _steps((_OLD, "تابعوا نبض الشارقة على تويتر وإنستغرام"),
                  (AE_APP.isoformat(), "📲 حمّلوا تطبيق نبض الشارقة على هواتفكم الذكية"))
    news: list[Event] = [
        _span("2016-03-08", "2016-03-10", "⛈️ حالة عدم استقرار جوي: تعليق الدراسة في مدارس "
                                          "الدولة"),
        _span("2016-08-03", "2016-08-05", "✈️ حادث هبوط طائرة في مطار دبي الدولي: آخر "
                                          "المستجدات"),
        _span("2019-09-25", "2019-10-03", "🚀 هزاع المنصوري أول رائد فضاء إماراتي على متن "
                                          "محطة الفضاء الدولية"),
        _span("2020-03-26", "2020-06-23", "😷 البرنامج الوطني للتعقيم: خليك في البيت"),
        _span("2020-07-19", "2020-07-21", "🚀 مسبار الأمل ينطلق في رحلته إلى المريخ"),
    ]
    feasts = [(_day(RAMADAN_AE[y], -1), _day(EID_FITR_AE[y]),
               "🌙 رمضان كريم: مواعيد الإمساك والإفطار في الشارقة") for y in YEARS]
    feasts += _movable(_listed(EID_FITR_AE), 0, 3, lambda _: "عيد فطر سعيد، وكل عام وأنتم "
                                                             "بخير")
    feasts += _movable(_listed(EID_ADHA_AE), 1, 3, lambda _: "🐑 عيد أضحى مبارك، تقبل الله "
                                                             "منا ومنكم")
    feasts += _yearly("11-03", 0, 0, lambda _: "🇦🇪 يوم العلم: ارفعوا العلم عند الساعة 11 "
                                               "صباحاً")
    feasts += _yearly("11-30", 0, 0, lambda _: "🕊️ يوم الشهيد: الإمارات تستذكر أبناءها "
                                               "البررة")
    feasts += _yearly("12-02", 1, 1, lambda y: f"🇦🇪 اليوم الوطني الـ{y - 1971}: كل عام "
                                               f"والإمارات بخير")
    fair = [_span(first, last, f"📚 الدورة الـ{y - 1981} من معرض الشارقة الدولي للكتاب")
            for y, (first, last) in BOOK_FAIR.items()]
    return _calendar(base, news, feasts, fair)


def sharjah_style() -> PublisherStyle:
    """An Emirati Arabic-language daily (Sharjah): a section kicker, the Arabic weekday and
    date, turned a slashed date with the time and "بتوقيت الإمارات" on a redesign (a wording
    per day), the place with the writer, turned the writer with the desk, the news agency's
    dateline, "اقرأ أيضاً:" turned "◀ يهمك أيضاً:" (up to twice), an ad label, a
    photographer line, topics, the month's fuel prices (fixed until July 2015, a wording per
    month after), the year's national theme (a wording per year), a follow line turned an app
    line and turned by the 2016 storm and landing accident, the first astronaut, the 2020
    sterilisation programme and the Mars probe, Ramadan, the two Eids, flag day, martyrs'
    day, the national day with its count and the book fair with its edition, a comments
    disclaimer, a rights line reworded, a rare fog warning."""
    return PublisherStyle(
        domain="nabdalsharjah.ae", site="نبض الشارقة", base_size=235,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("local", "emirates", "economy", "sport", "culture", "world"),
        n_authors=8, url_path="/{section}/{yyyy}-{mm}-{dd}-1.{n}",
        pools={
            "qism": ("محليات", "الإمارات", "اقتصاد", "رياضة", "ثقافة", "عربي ودولي"),
            "beat": ("قسم المحليات", "القسم الاقتصادي", "القسم الرياضي", "القسم الثقافي"),
            "musawwir": ("أحمد البلوشي", "محمد الحمادي", "سعيد الكعبي", "أرشيفية", "وام"),
            "mawdu": ("الشارقة", "دبي", "أبوظبي", "حكومة الشارقة", "التعليم", "المرور",
                      "الصحة", "الطقس"),
        },
        families=(
            _f("qism", HEADER, 0.3, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_ae_dated)),
            _f("katib", HEADER, 0.5, (_OLD, "الشارقة: {author}"),
               (AE_BYLINE.isoformat(), "{author} - {author_beat}")),
            _f("wam", HEADER, 0.2, (_OLD, "أبوظبي - وام")),
            _f("iqra", MIDDLE, 0.35, (_OLD, "اقرأ أيضاً: {other_title}"),
               (AE_LINKS.isoformat(), "◀ يهمك أيضاً: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.2, (_OLD, "إعلان")),
            _f("taswir", MIDDLE, 0.25, (_OLD, "(تصوير: {musawwir})")),
            _f("mawadi", FOOTER, 0.35, (_OLD, "المواضيع: {mawdu_list}")),
            _f("wuqud", FOOTER, 0.2, *_by_day(ae_fuel)),
            _f("shiar", FOOTER, 0.2, *_by_day(ae_theme)),
            _f("tanbih", FOOTER, 0.3, *_ae_notice()),
            _f("taaliq", FOOTER, 0.15, (_OLD, "التعليقات المنشورة تعبر عن آراء أصحابها ولا "
                                              "تعبر بالضرورة عن رأي الصحيفة")),
            _f("huquq", FOOTER, 0.45, (_OLD, "جميع الحقوق محفوظة © {year} نبض الشارقة"),
               (AE_RIGHTS.isoformat(), "© {year} نبض الشارقة للصحافة والنشر | سياسة "
                                       "الخصوصية | شروط الاستخدام")),
            _f("dabab", HEADER, 0.04, (_OLD, "🌫️ تحذير من الضباب: انعدام الرؤية الأفقية على "
                                             "الطرق الداخلية صباح اليوم")),
        ),
    )


# --- a Korean-language daily of the Yanbian Korean Autonomous Prefecture (Yanji, China) ------

YB_REDESIGN = dt.date(2018, 9, 3)  # the long Korean date turned "발표시간:" with the time
YB_PHOTO_BYLINE = dt.date(2019, 3, 4)
YB_LINKS = dt.date(2019, 5, 6)
YB_BILINGUAL = dt.date(2018, 7, 2)  # the editor line gained its Chinese form
YB_APP = dt.date(2019, 6, 3)
YB_RIGHTS = dt.date(2019, 10, 8)
YB_POLICE = dt.date(2018, 3, 5)  # the licence line gained the public-security filing


def _yb_dated(day: dt.date) -> str:
    if day < YB_REDESIGN:
        return f"{day.year}년 {day.month}월 {day.day}일 {KOREAN_WEEKDAYS[day.weekday()]}"
    return f"발표시간: {day:%Y-%m-%d} {{time}}"


def _yb_notice() -> Wordings:
    base = _steps((_OLD, "위챗 공식계정 '해란강소식'을 팔로우하고 연변 소식을 받아보세요"),
                  (YB_APP.isoformat(), "📱 해란강소식 앱을 내려받고 연변 소식을 제일 먼저 "
                                       "받아보세요"))
    news: list[Event] = [
        _span("2015-09-20", "2015-09-22", "🚄 장춘-훈춘 고속철도 개통: 연길서역 렬차 시간표"),
        _span("2016-08-30", "2016-09-02", "🌊 두만강류역 홍수: 피해 상황과 구조 소식"),
        _span("2020-01-24", "2020-03-20", "😷 신형코로나 방역: 연변주 최신 통보"),
        _span("2020-09-02", "2020-09-04", "🌀 태풍 '마이삭' 영향: 연변 전역에 폭우 경보"),
    ]
    feasts = _movable(_listed(SPRING_FESTIVAL), 1, 5, lambda y: f"🧧 {y}년 설명절을 즐겁게 "
                                                                f"보내십시오! 新春快乐")
    feasts += _movable(_listed(CHUSEOK), 1, 1, lambda _: "🌕 추석명절을 즐겁게 보내십시오")
    feasts += _yearly("08-15", 0, 0, lambda _: "👴 로인절: 어르신들의 만수무강을 축원합니다")
    feasts += _yearly("09-03", 1, 0, lambda y: f"🎉 연변조선족자치주 창립 {y - 1952}돐을 "
                                               f"열렬히 경축합니다")
    feasts += _yearly("10-01", 0, 6, lambda y: f"🇨🇳 중화인민공화국 창건 {y - 1949}돐")
    return _calendar(base, news, feasts)


def yanji_style() -> PublisherStyle:
    """A Korean-language daily of the Yanbian Korean Autonomous Prefecture (Yanji, China), in
    the Korean of China: a section kicker, the long Korean date with the weekday, turned
    "발표시간:" with an ISO date and the time on a redesign (a wording per day), "본사기자"
    with the writer, which gained a words-and-pictures label, a correspondent line from a
    pool of towns, a photo credit, "함께 보기:" turned "▷ 추천기사" (up to twice), a Chinese
    and Korean switch, the editor line (which gained its Chinese form), a follow line turned
    an app line and turned by a rail opening, a flood, the 2020 epidemic and a typhoon, the
    Spring Festival, the mid-autumn feast, the elders' day and the prefecture's and the
    republic's days with their counts in "돐", a tip line, the reprint line (reworded) and
    the licence line (which gained the public-security filing; a block), a rare yellow-dust
    warning."""
    return PublisherStyle(
        domain="haeranriver.cn", site="해란강소식", base_size=205,
        subdomains=(("www.", 75), ("m.", 25)),
        sections=("yanbian", "society", "economy", "culture", "sports", "world"),
        n_authors=7, url_path="/{section}/{yyyy}{mm}{dd}/{n}.html",
        pools={
            "ran": ("연변소식", "사회", "경제", "문화", "체육", "조선족", "국제"),
            "tongsin": ("룡정", "화룡", "훈춘", "도문", "돈화", "왕청", "안도"),
            "sajin": ("연변주정부", "연길시융합매체중심", "독자 제공", "자료사진", "新华社"),
        },
        families=(
            _f("ran", HEADER, 0.3, (_OLD, "{ran}")),
            _f("nalja", HEADER, 0.8, *_by_day(_yb_dated)),
            _f("gija", HEADER, 0.5, (_OLD, "본사기자 {author}"),
               (YB_PHOTO_BYLINE.isoformat(), "글·사진 본사기자 {author}")),
            _f("tongsin", HEADER, 0.15, (_OLD, "{tongsin} 통신원 {author2}")),
            _f("sajin", MIDDLE, 0.25, (_OLD, "〔사진: {sajin}〕")),
            _f("hamkke", MIDDLE, 0.3, (_OLD, "함께 보기: {other_title}"),
               (YB_LINKS.isoformat(), "▷ 추천기사 {other_title}"), count=2),
            _f("eoneo", FOOTER, 0.15, (_OLD, "中文 | 조선어")),
            _f("pyeonjip", FOOTER, 0.5, (_OLD, "책임편집: {author2}"),
               (YB_BILINGUAL.isoformat(), "책임편집: {author2} | 责任编辑：{author2}")),
            _f("allim", FOOTER, 0.3, *_yb_notice()),
            _f("jebo", FOOTER, 0.2, (_OLD, "기사제보: 0433-2510000 | news@{domain}")),
            _f("jeonjae", FOOTER, 0.4, (_OLD, "본 사이트에 실린 모든 기사의 판권은 해란강소식에 "
                                              "있습니다. 전재를 금합니다."),
               (YB_RIGHTS.isoformat(), "© {year} 해란강소식 版权所有 未经授权禁止转载")),
            _f("icp", FOOTER, 0.35, (_OLD, "吉ICP备16003456号-1"),
               (YB_POLICE.isoformat(), "吉ICP备16003456号-1 | 吉公网安备 22240102000456号")),
            _f("hwangsa", HEADER, 0.04, (_OLD, "🌪️ 황사경보: 야외활동을 삼가하십시오")),
        ),
    )


# --- a Punjabi-language news site in Shahmukhi (Faisalabad, Pakistan) -------------------------

PB_REDESIGN = dt.date(2019, 1, 14)  # on the first of Magh the date gained the time
PB_BYLINE = dt.date(2018, 8, 20)
PB_WHATSAPP = dt.date(2018, 5, 7)
PB_LINKS = dt.date(2019, 7, 1)

# The government's support price of wheat (rupees a maund of 40 kg) in each year's
# procurement campaign.
WHEAT_PRICE = {2015: 1300, 2016: 1300, 2017: 1300, 2018: 1300, 2019: 1365, 2020: 1400}


def desi_date(day: dt.date) -> tuple[int, int]:
    """`day` in the Punjabi solar calendar: (the month's index in `DESI_MONTHS`, the day of
    the month from 1)."""
    starts = [(dt.date(y, m, d), i) for y in (day.year - 1, day.year)
              for i, (m, d) in enumerate(DESI_STARTS)]
    start, month = max((s, i) for s, i in starts if s <= day)
    return month, (day - start).days + 1


def _pb_dated(day: dt.date) -> str:
    month, dd = desi_date(day)
    if day < PB_REDESIGN:
        return (f"{PUNJABI_WEEKDAYS[day.weekday()]} {day.day} {URDU_MONTHS[day.month - 1]} "
                f"{day.year} — {dd} {DESI_MONTHS[month]}")
    return f"چھپی: {day:%d-%m-%Y}، {{time}} | {dd} {DESI_MONTHS[month]}"


def pb_market(day: dt.date) -> str:
    """The market line: the wheat campaign's support price in April and May, the cotton
    picking from September to November, the grain market's rates otherwise."""
    if day.month in (4, 5):
        return (f"🌾 کنک دی سرکاری خریداری {day.year}: امدادی قیمت {WHEAT_PRICE[day.year]} "
                f"روپے فی من")
    if 9 <= day.month <= 11:
        return "🧶 کپاہ دی چنائی: منڈی دے ریٹ ہر روز ساڈے صفحے تے"
    return "📈 غلہ منڈی فیصل آباد دے ریٹ ہر روز ساڈے صفحے تے"


def _pb_notice() -> Wordings:
    base = _steps((_OLD, "ساڈا فیس بک پیج لائک کرو تے تازہ خبراں لوو"),
                  (PB_WHATSAPP.isoformat(), "📲 تازہ خبراں واٹس ایپ تے: ساڈا نمبر اپنے فون وچ "
                                            "محفوظ کرو"))
    news: list[Event] = [
        _span("2017-03-04", "2017-03-06", "🏏 پی ایس ایل فائنل لاہور وچ: سارا حال ایتھے"),
        _vote("2018-07-25", "🗳️ چوناں 2018: فیصل آباد دے حلقیاں دے نتیجے", after=2),
        _span("2020-03-24", "2020-05-09", "😷 لاک ڈاؤن: گھر رہو، محفوظ رہو"),
    ]
    feasts = [(_day(RAMADAN_PK[y], -1), _day(EID_FITR_PK[y]),
               "🌙 رمضان مبارک: فیصل آباد لئی سحری تے افطاری دا ٹائم ٹیبل") for y in YEARS]
    feasts += _movable(_listed(EID_FITR_PK), 0, 2, lambda _: "عید مبارک! ساری ٹیم ولوں دلی "
                                                             "مبارکاں")
    feasts += _movable(_listed(EID_ADHA_PK), 1, 2, lambda _: "🐐 وڈی عید مبارک!")
    feasts += _yearly("03-23", 0, 0, lambda y: f"🇵🇰 یوم پاکستان: قرارداد لاہور نوں {y - 1940} "
                                               f"ورھے ہو گئے")
    feasts += _yearly("04-14", 0, 0, lambda _: "🌾 وساکھی دیاں ودھائیاں! کنک دی واڈھی شروع")
    feasts += _yearly("08-14", 1, 0, lambda y: f"🇵🇰 {y - 1947}واں یوم آزادی مبارک ہووے")
    feasts += _yearly("11-09", 0, 0, lambda y: f"علامہ اقبال دا {y - 1877}واں جنم دیہاڑا")
    feasts += _yearly("12-25", 0, 0, lambda y: f"قائد اعظم دا {y - 1876}واں جنم دیہاڑا")
    return _calendar(base, news, feasts)


def faisalabad_style() -> PublisherStyle:
    """A Punjabi-language news site in Shahmukhi (Faisalabad, Pakistan): a section kicker,
    the Punjabi weekday and the date with the day of the Punjabi solar month, turned a
    numeric date with the time on the first of Magh 2019 (a wording per day), "لکھاری:"
    turned "رپورٹ:" with the site's name, a correspondent line from a pool of towns, "ہور
    پڑھو:" turned "📌 ایہہ وی پڑھو:" (up to twice), an ad label, a picture credit, a market
    line with the wheat campaign's yearly support price (in season), a follow line turned
    WhatsApp and turned by the cricket final, the 2018 vote and the 2020 lockdown, Ramadan,
    the two Eids, Pakistan day, Vaisakhi, independence and two birthdays with their counts,
    an opinion disclaimer, a rights line, a rare smog alert."""
    return PublisherStyle(
        domain="sandalbarkhabran.pk", site="ساندل بار خبراں", base_size=180,
        subdomains=(("www.", 100),),
        sections=("faisalabad", "punjab", "pakistan", "sports", "business", "world"),
        n_authors=5, url_path="/{section}/news-{n}",
        pools={
            "hissa": ("فیصل آباد", "پنجاب", "پاکستان", "کھیڈاں", "وپار", "دنیا"),
            "shehar": ("جھنگ", "ٹوبہ ٹیک سنگھ", "چنیوٹ", "جڑانوالہ", "سمندری", "گوجرہ"),
            "tasveer": ("فائل فوٹو", "سوشل میڈیا", "اے پی پی", "ساڈا فوٹوگرافر"),
        },
        families=(
            _f("hissa", HEADER, 0.3, (_OLD, "{hissa}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_pb_dated)),
            _f("likhari", HEADER, 0.45, (_OLD, "لکھاری: {author}"),
               (PB_BYLINE.isoformat(), "رپورٹ: {author}، ساندل بار خبراں")),
            _f("numainda", HEADER, 0.15, (_OLD, "{shehar} (ساڈا نمائندہ)")),
            _f("horparho", MIDDLE, 0.35, (_OLD, "ہور پڑھو: {other_title}"),
               (PB_LINKS.isoformat(), "📌 ایہہ وی پڑھو: {other_title}"), count=2),
            _f("ishtihar", MIDDLE, 0.2, (_OLD, "اشتہار")),
            _f("tasveer", MIDDLE, 0.2, (_OLD, "تصویر: {tasveer}")),
            _f("mandi", FOOTER, 0.2, *_by_day(pb_market)),
            _f("salam", FOOTER, 0.3, *_pb_notice()),
            _f("raaye", FOOTER, 0.15, (_OLD, "ایہہ لکھاری دی اپنی رائے اے، ادارے دا ایہدے نال "
                                             "متفق ہونا ضروری نئیں")),
            _f("haq", FOOTER, 0.4, (_OLD, "© {year} ساندل بار خبراں۔ سارے حق محفوظ نیں")),
            _f("smog", HEADER, 0.04, (_OLD, "🌫️ سموگ الرٹ: موٹروے دے کجھ حصے بند، بلا ضرورت "
                                            "سفر نہ کرو")),
        ),
    )


# --- a Japanese-language local weekly's site with Ainu lines (Biratori, Hokkaido) ------------

HO_REDESIGN = dt.date(2018, 4, 2)  # the date with the weekday turned a slashed date, updated
HO_BYLINE = dt.date(2019, 4, 1)
HO_LINKS = dt.date(2019, 10, 1)
HO_LINE = dt.date(2019, 7, 1)
HO_RIGHTS = dt.date(2020, 4, 1)

# The Sapporo Snow Festival: (first day, last day) of each year's festival.
SNOW_FESTIVAL = {2015: ("2015-02-05", "2015-02-11"), 2016: ("2016-02-05", "2016-02-11"),
                 2017: ("2017-02-06", "2017-02-12"), 2018: ("2018-02-05", "2018-02-12"),
                 2019: ("2019-02-04", "2019-02-11"), 2020: ("2020-01-31", "2020-02-11")}


def chipsanke(y: int) -> dt.date | None:
    """The boat festival on the Saru river: the third Sunday of August (none in 2020)."""
    return nth_weekday(y, 8, 6, 3) if y != 2020 else None


def _ho_dated(day: dt.date) -> str:
    if day < HO_REDESIGN:
        return f"{day.year}年{day.month}月{day.day}日（{JAPANESE_WEEKDAYS[day.weekday()]}）"
    return f"{day:%Y/%m/%d} {{time}}更新"


HO_SEASONS = (
    ("02-01", "🐴 生産牧場は出産シーズンです。牧場への立ち入りはご遠慮ください"),
    ("06-01", "🌿 沙流川流域の話題を毎日お届けします"),
    ("07-10", "🌊 日高昆布の採取が最盛期を迎えています"),
    ("10-01", "🍂 紅葉シーズン。山道ではエゾシカの飛び出しに注意"),
    ("12-01", "⛄ 冬道の運転は慎重に。日高自動車道の通行止め情報を確認してください"),
)


def _ho_notice() -> Wordings:
    base = _steps((_OLD, "沙流川タイムスの公式ツイッターもフォローしてください"),
                  (HO_LINE.isoformat(), "📱 LINE公式アカウントを友だち追加すると、最新ニュース"
                                        "が届きます"))
    news: list[Event] = [
        _span("2016-08-30", "2016-09-05", "🌀 台風10号：沙流川の増水と通行止め情報"),
        _span("2018-09-06", "2018-09-12", "⚠️ 胆振東部地震：停電・断水と避難所の情報"),
        _vote("2019-04-07", "🗳️ 北海道知事選挙：開票速報", before=3),
        _span("2020-02-28", "2020-03-19", "😷 北海道の緊急事態宣言：週末の外出自粛のお願い"),
        _span("2020-04-16", "2020-05-25", "😷 緊急事態宣言：不要不急の外出はお控えください"),
        _span("2020-07-12", "2020-07-19", "🏛️ ウポポイ（民族共生象徴空間）が白老町で開業"),
    ]
    boats = _movable(chipsanke, 2, 0, lambda y: f"🛶 第{y - 1968}回チプサンケ：二風谷で"
                                                f"丸木舟の進水式")
    snow = [_span(first, last, f"❄️ 第{y - 1949}回さっぽろ雪まつり開催中")
            for y, (first, last) in SNOW_FESTIVAL.items()]
    breaks = _yearly("08-13", 0, 3, lambda _: "🏮 お盆期間中は8月16日まで更新をお休みします")
    breaks += _yearly("12-29", 0, 5, lambda y: f"🎍 年末年始は休刊します。{y + 1}年1月4日から"
                                               f"通常どおり更新します")
    return _calendar(base, news, boats, snow, breaks)


def biratori_style() -> PublisherStyle:
    """A Japanese-language local weekly's site with Ainu lines (Biratori, Hokkaido): a genre
    kicker, the date with the weekday, turned a slashed date with the update time on a
    redesign (a wording per day), "文・写真" with the writer turned "記者", an Ainu greeting
    glossed in Japanese, a photo credit, "【関連記事】" turned "▶ あわせて読みたい：" (up to
    twice), a line that follows the seasons of the horse farms, the kelp and the winter
    roads, a follow line turned LINE and turned by a typhoon, the 2018 earthquake, the 2019
    vote, the 2020 emergencies and a museum's opening, the river's boat festival with its
    count (none in 2020), the snow festival with its count and the summer and new-year
    breaks, an Ainu thank-you, a correction note on a few pages, the no-reprint line turned
    a copyright line, a rare bear warning."""
    return PublisherStyle(
        domain="sarugawa-times.jp", site="沙流川タイムス", base_size=160,
        subdomains=(("www.", 100),),
        sections=("chiiki", "ainu", "nourin", "bokujo", "kyoiku", "sports"),
        n_authors=4, url_path="/news/{yyyy}/{mm}/{dd}/{n}.html",
        pools={
            "janru": ("地域", "アイヌ文化", "農林水産", "馬産地", "教育", "スポーツ"),
            "shashin": ("平取町", "日高振興局", "読者提供", "本紙撮影", "資料写真"),
        },
        families=(
            _f("janru", HEADER, 0.3, (_OLD, "{janru}")),
            _f("hizuke", HEADER, 0.8, *_by_day(_ho_dated)),
            _f("kisha", HEADER, 0.45, (_OLD, "文・写真 {author}"),
               (HO_BYLINE.isoformat(), "{author}記者")),
            _f("irankarapte", HEADER, 0.15, (_OLD, "イランカラㇷ゚テ（こんにちは）")),
            _f("shashin", MIDDLE, 0.25, (_OLD, "（写真：{shashin}）")),
            _f("kanren", MIDDLE, 0.3, (_OLD, "【関連記事】{other_title}"),
               (HO_LINKS.isoformat(), "▶ あわせて読みたい：{other_title}"), count=2),
            _f("kisetsu", FOOTER, 0.2, *_seasons(*HO_SEASONS)),
            _f("oshirase", FOOTER, 0.3, *_ho_notice()),
            _f("hioioi", FOOTER, 0.15, (_OLD, "ヒオーイオイ（ありがとう）！ 最後までお読み"
                                              "いただきありがとうございました")),
            _f("teisei", FOOTER, 0.05, (_OLD, "【訂正】本記事の一部に誤りがありました。おわび"
                                              "して訂正します。")),
            _f("chosakuken", FOOTER, 0.4, (_OLD, "当サイトに掲載の記事・写真の無断転載を禁じ"
                                                 "ます。"),
               (HO_RIGHTS.isoformat(), "© {year} 沙流川タイムス All rights reserved.")),
            _f("higuma", HEADER, 0.04, (_OLD, "🐻 ヒグマ出没注意：町内で目撃情報が相次いで"
                                              "います")),
        ),
    )


# --- a Congolese Swahili-language news site with French lines (Goma) --------------------------

GO_BILINGUAL = dt.date(2019, 3, 4)  # the Swahili date gained its French form
GO_BYLINE = dt.date(2018, 6, 4)
GO_WHATSAPP = dt.date(2017, 11, 6)
GO_LINKS = dt.date(2019, 9, 2)


def _fr_day(day: dt.date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def _go_dated(day: dt.date) -> str:
    swahili = (f"{SWAHILI_WEEKDAYS[day.weekday()]} {day.day} {SWAHILI_MONTHS[day.month - 1]} "
               f"{day.year}")
    if day < GO_BILINGUAL:
        return swahili
    return (f"{swahili} / {FRENCH_WEEKDAYS[day.weekday()]} {_fr_day(day)} "
            f"{FRENCH_MONTHS[day.month - 1]} {day.year}")


def go_bulletin(day: dt.date) -> str:
    """The volcano observatory's weekly bulletin of `day`'s ISO week (a wording per week)."""
    year, week, _ = day.isocalendar()
    return (f"🌋 OVG, bulletin hebdomadaire S{week:02d}/{year} : niveau d'alerte JAUNE pour "
            f"le Nyiragongo")


def _go_notice() -> Wordings:
    base = _steps((_OLD, "Fuata Nyiragongo Habari kwenye Facebook na Twitter"),
                  (GO_WHATSAPP.isoformat(), "📲 Pata habari zetu kwenye WhatsApp: tuma neno "
                                            "HABARI"))
    news: list[Event] = [
        _vote("2018-12-30", "🗳️ Uchaguzi wa Desemba 30: matokeo ya muda ya CENI", after=14),
        _span("2020-03-19", "2020-08-15", "😷 Corona: vaa barakoa na uepuke mikusanyiko"),
        _span("2018-08-01", "2020-06-25", "🦠 Ebola: nawa mikono kwa maji safi na sabuni"),
    ]
    feasts = _yearly("01-17", 1, 0, lambda _: "Siku ya mashujaa wa taifa: tunawakumbuka "
                                              "Lumumba na Kabila")
    feasts += _yearly("06-30", 1, 0, lambda y: f"🇨🇩 Miaka {y - 1960} ya uhuru wa Kongo: heri "
                                               f"kwa wote!")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Noeli njema na mwaka mpya wa amani!")
    return _calendar(base, news, feasts)


def goma_style() -> PublisherStyle:
    """A Congolese Swahili-language news site with French lines (Goma): a section kicker,
    the Swahili weekday and date, which gained the French weekday and date ("1er" on the
    first) on a given day (a wording per day), "Na" with the writer, which gained the site's
    name, a from-our-correspondent line from a pool of towns, "Soma pia:" turned the
    bilingual "➡️ Lire aussi / Soma pia :" (up to twice), an ad label, a photo credit, the
    volcano observatory's weekly bulletin (a wording per ISO week), a follow line turned
    WhatsApp and turned by the 2018 vote, the Ebola epidemic and the 2020 one, heroes' day,
    independence with its count and Christmas, a bilingual thank-you, a rights line turned
    bilingual, a rare road closure."""
    return PublisherStyle(
        domain="nyiragongohabari.cd", site="Nyiragongo Habari", base_size=140,
        subdomains=(("www.", 100),),
        sections=("habari", "usalama", "siasa", "uchumi", "michezo", "jamii"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "kundi": ("Goma", "Kivu ya Kaskazini", "Usalama", "Siasa", "Uchumi", "Michezo"),
            "mji": ("Beni", "Butembo", "Rutshuru", "Masisi", "Walikale", "Bukavu", "Uvira"),
            "picha": ("Maktaba", "Mitandao ya kijamii", "Mwandishi wetu", "MONUSCO"),
        },
        families=(
            _f("kundi", HEADER, 0.3, (_OLD, "{kundi}")),
            _f("tarehe", HEADER, 0.75, *_by_day(_go_dated)),
            _f("na", HEADER, 0.45, (_OLD, "Na {author}"),
               (GO_BYLINE.isoformat(), "Na {author} | Nyiragongo Habari")),
            _f("kutoka", HEADER, 0.15, (_OLD, "Kutoka {mji}: mwandishi wetu")),
            _f("soma", MIDDLE, 0.35, (_OLD, "Soma pia: {other_title}"),
               (GO_LINKS.isoformat(), "➡️ Lire aussi / Soma pia : {other_title}"), count=2),
            _f("tangazo", MIDDLE, 0.2, (_OLD, "TANGAZO")),
            _f("picha", MIDDLE, 0.2, (_OLD, "Picha: {picha}")),
            _f("volkano", FOOTER, 0.2, *_by_day(go_bulletin)),
            _f("ujumbe", FOOTER, 0.3, *_go_notice()),
            _f("asante", FOOTER, 0.15, (_OLD, "Asante kwa kusoma! Merci de votre fidélité")),
            _f("haki", FOOTER, 0.4, (_OLD, "© {year} Nyiragongo Habari. Haki zote "
                                           "zimehifadhiwa."),
               (GO_BILINGUAL.isoformat(), "© {year} Nyiragongo Habari – Haki zote "
                                          "zimehifadhiwa / Tous droits réservés")),
            _f("barabara", HEADER, 0.04, (_OLD, "⚠️ Barabara ya Goma–Rutshuru imefungwa kwa "
                                                "muda")),
        ),
    )


# --- a Shan-language news site with Burmese and English lines (Taunggyi, Myanmar) ------------

SH_REDESIGN = dt.date(2018, 6, 4)  # the weekday and date turned a dotted date with the Shan year
SH_BYLINE = dt.date(2019, 2, 4)
SH_YOUTUBE = dt.date(2018, 9, 3)
SH_LINKS = dt.date(2019, 11, 26)  # the Shan new year 2114
SH_RIGHTS = dt.date(2020, 1, 6)


def shan_year(day: dt.date) -> int:
    """The Shan year `day` falls in: the Gregorian year plus 95 from the Shan new year (a
    listed day, in late November or December), plus 94 before it."""
    return day.year + (95 if day >= _day(SHAN_NEW_YEAR[day.year]) else 94)


def _sh(number: int, width: int = 0) -> str:
    return digits(number, SHAN_ZERO, width)


def _sh_dated(day: dt.date) -> str:
    if day < SH_REDESIGN:
        return (f"{SHAN_WEEKDAYS[day.weekday()]} {_sh(day.day, 2)}/{_sh(day.month, 2)}/"
                f"{_sh(day.year)}")
    return f"{_sh(day.day)}.{_sh(day.month)}.{_sh(day.year)} · ပီတႆး {_sh(shan_year(day))}"


def _sh_notice() -> Wordings:
    base = _steps((_OLD, "📘 ၸွႆႈ Like ၼႃႈ Facebook ႁဝ်းၶႃႈ"),
                  (SH_YOUTUBE.isoformat(), "▶️ ၸွႆႈ Subscribe ၶွင်ႈ YouTube ႁဝ်းၶႃႈ"))
    news: list[Event] = [
        _vote("2015-11-08", "🗳️ ၵၢၼ်လိူၵ်ႈတင်ႈ 2015: ၽွၼ်းလိူၵ်ႈတင်ႈ ၼႂ်းမိူင်းတႆး", after=6),
        _span("2020-03-24", "2020-07-31", "😷 COVID-19: ၵၢပ်ႇၼႃႈ လႄႈ လၢင်ႉမိုဝ်းၵူႈပွၵ်ႈ"),
        _vote("2020-11-08", "🗳️ ၵၢၼ်လိူၵ်ႈတင်ႈ 2020: ၽွၼ်းလိူၵ်ႈတင်ႈ ၼႂ်းမိူင်းတႆး", after=6),
    ]
    feasts = _movable(_listed(SHAN_NEW_YEAR), 1, 1,
                      lambda y: f"🎉 ပီမႂ်ႇတႆး {_sh(y + 95)} ၵႃႈၶႅမ်ႉၸႂ်ၵူႈၵေႃႉ")
    feasts += _yearly("02-07", 0, 0, lambda y: f"ဝၼ်းၸိူဝ်ႉၶိူဝ်းတႆး ပွၵ်ႈထီႉ {_sh(y - 1947)}")
    feasts += _yearly("04-13", 0, 3, lambda _: "💦 ပွႆးသွၼ်ၼမ်ႉ: မႂ်ႇသုင်ပီမႂ်ႇ")
    feasts += _movable(_listed(TAZAUNGDAING), 6, 0,
                       lambda y: f"🎈 တောင်ကြီး တန်ဆောင်တိုင် မီးပုံးပျံပွဲ {y}")
    return _calendar(base, news, feasts)


def taunggyi_style() -> PublisherStyle:
    """A Shan-language news site with Burmese and English lines (Taunggyi, Myanmar): a
    section kicker, the Shan weekday and a slashed date in Shan digits, turned a dotted date
    with the Shan year (which turns at the Shan new year, a listed day) on a redesign (a
    wording per day), "တႅမ်ႈ:" with the writer, turned a news-and-pictures line with the
    site's name, a three-language switch, "ဢၢၼ်ႇထႅင်ႈ:" turned "📖 ဢၢၼ်ႇထႅင်ႈ »" on the Shan
    new year 2114 (up to twice), a Burmese ad label, a photo credit, a follow line turned
    YouTube and turned by two votes and the 2020 epidemic, the Shan new year with its number,
    the Shan national day with its count, the water festival and the fire-balloon festival
    (in Burmese; called off in 2020), a font line, a thank-you, a rights line which gained
    its Burmese form, a rare road closure in Burmese."""
    return PublisherStyle(
        domain="liktainews.org", site="Lik Tai News", base_size=120,
        subdomains=(("shan.", 70), ("www.", 30)),
        sections=("shan-state", "burma", "world", "politics", "education", "health"),
        n_authors=3, url_path="/{section}/{n}",
        pools={
            "pukkhao": ("ၶၢဝ်ႇမိူင်းတႆး", "ၶၢဝ်ႇမိူင်းမၢၼ်ႈ", "ၶၢဝ်ႇလုမ်ႈၾႃႉ", "ၵၢၼ်မိူင်း",
                        "ၵၢၼ်ႁဵၼ်း"),
            "hang": ("Facebook", "ႁၢင်ႈၵဝ်ႇ", "ၽူႈဢၢၼ်ႇ", "SHRF"),
        },
        families=(
            _f("pukkhao", HEADER, 0.3, (_OLD, "{pukkhao}")),
            _f("wan", HEADER, 0.75, *_by_day(_sh_dated)),
            _f("taem", HEADER, 0.45, (_OLD, "တႅမ်ႈ: {author}"),
               (SH_BYLINE.isoformat(), "ၶၢဝ်ႇ/ႁၢင်ႈ: {author} · Lik Tai News")),
            _f("phasa", HEADER, 0.15, (_OLD, "တႆး | မြန်မာ | English")),
            _f("aan", MIDDLE, 0.3, (_OLD, "ဢၢၼ်ႇထႅင်ႈ: {other_title}"),
               (SH_LINKS.isoformat(), "📖 ဢၢၼ်ႇထႅင်ႈ » {other_title}"), count=2),
            _f("kyawnya", MIDDLE, 0.2, (_OLD, "ကြော်ငြာ")),
            _f("hang", MIDDLE, 0.2, (_OLD, "ႁၢင်ႈ: {hang}")),
            _f("tiang", FOOTER, 0.3, *_sh_notice()),
            _f("font", FOOTER, 0.15, (_OLD, "Can't read the Shan script? Install a Shan Unicode "
                                            "font such as Namkhone.")),
            _f("khop", FOOTER, 0.15, (_OLD, "ၶွပ်ႈၸႂ်ၼမ်ၼမ်ၶႃႈ 🙏")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Lik Tai News. All rights reserved."),
               (SH_RIGHTS.isoformat(), "© {year} Lik Tai News. All rights reserved. "
                                       "မူပိုင်ခွင့်ရှိသည်။")),
            _f("lam", HEADER, 0.04, (_OLD, "⚠️ တောင်ကြီး-ဟိုပုံး လမ်း ယာယီပိတ်ထားသည်")),
        ),
    )


# --- an Iban-language news site with Malay lines (Sibu, Sarawak) ------------------------------

IB_REDESIGN = dt.date(2019, 6, 1)  # on Gawai the Iban weekday and date turned "Diterbit"
IB_BYLINE = dt.date(2018, 5, 14)
IB_WHATSAPP = dt.date(2018, 11, 5)

IB_RIVER = (
    ("03-01", "🚤 Bot ekspres Sibu–Kapit: bot keterubah angkat pukul 5.45 pagi"),
    ("06-01", "☀️ Musim kemarau: bot ekspres enda ulih niki ke Belaga"),
    ("09-01", "🚤 Bot ekspres Sibu–Kapit: bot keterubah angkat pukul 5.45 pagi"),
    ("11-01", "🌧️ Musim landas: ai Batang Rajang tau niki, jaga diri di sungai"),
)


def _ib_dated(day: dt.date) -> str:
    if day < IB_REDESIGN:
        return (f"{IBAN_WEEKDAYS[day.weekday()]}, {day.day} {MALAY_MONTHS[day.month - 1]} "
                f"{day.year}")
    return f"Diterbit {day.day}/{day.month}/{day.year}, {{time}}"


def _ib_notice() -> Wordings:
    base = _steps((_OLD, "Like page Facebook kami ngambi berita ti baru"),
                  (IB_WHATSAPP.isoformat(), "📲 Tama grup WhatsApp kami ngambi berita baru "
                                            "tiap hari"))
    news: list[Event] = [
        _span("2017-01-11", "2017-01-13", "🖤 Sarawak berasai tusah ati: Ketua Menteri udah "
                                          "parai"),
        _vote("2016-05-07", "🗳️ Pilihan Raya Negeri Sarawak 2016: keputusan penuh", after=2),
        _vote("2018-05-09", "🗳️ PRU14: keputusan kerusi parlimen Sarawak", after=2),
        _span("2020-03-18", "2020-05-12", "😷 PKP: anang pansut ari rumah enti nadai utai "
                                          "penting"),
    ]
    feasts = _yearly("06-01", 2, 1, lambda y: f"🌾 Selamat Ari Gawai {y}! Gayu guru, gerai "
                                              f"nyamai")
    feasts += _yearly("07-22", 0, 0, lambda y: f"Hari Sarawak: {y - 1963} taun Sarawak "
                                               f"merintah diri", years=range(2016, 2021))
    feasts += _yearly("09-16", 0, 0, lambda y: f"🇲🇾 Selamat Hari Malaysia ke-{y - 1963}")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Selamat Ari Krismas enggau Taun Baru")
    return _calendar(base, news, feasts)


def sibu_style() -> PublisherStyle:
    """An Iban-language news site with Malay lines (Sibu, Sarawak): a section kicker, the
    Iban weekday and the Malay date, turned "Diterbit" with a numeric date and the time on
    Gawai 2019 (a wording per day), "Ditulis" with the writer turned a "Berita:" line with
    the town, "Baca mega:" (up to twice), an ad label, a picture credit, an express-boat and
    river line that follows the dry season and the monsoon, a follow line turned WhatsApp
    and turned by a chief minister's death, two votes and the 2020 order, Gawai, Sarawak
    day (from 2016) and Malaysia day with their counts and Christmas, a thank-you naming the
    site, a rights line in Malay, a rare flood warning."""
    return PublisherStyle(
        domain="beritarumahpanjai.my", site="Berita Rumah Panjai", base_size=100,
        subdomains=(("www.", 100),),
        sections=("menua", "sarawak", "politik", "sukan", "adat", "pelajar"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "bagi": ("Berita Menua", "Sarawak", "Politik", "Sukan", "Adat Asal", "Pelajar"),
            "gambar": ("Pejabat Residen Kapit", "Bernama", "Ari pembaca", "Fail"),
        },
        families=(
            _f("bagi", HEADER, 0.3, (_OLD, "{bagi}")),
            _f("hari", HEADER, 0.75, *_by_day(_ib_dated)),
            _f("penulis", HEADER, 0.45, (_OLD, "Ditulis {author}"),
               (IB_BYLINE.isoformat(), "Berita: {author}, Sibu")),
            _f("bacamega", MIDDLE, 0.3, (_OLD, "Baca mega: {other_title}"), count=2),
            _f("iklan", MIDDLE, 0.2, (_OLD, "IKLAN")),
            _f("gambar", MIDDLE, 0.2, (_OLD, "Gambar: {gambar}")),
            _f("sungai", FOOTER, 0.2, *_seasons(*IB_RIVER)),
            _f("gawai", FOOTER, 0.3, *_ib_notice()),
            _f("terima", FOOTER, 0.15, (_OLD, "Terima kasih udah macha Berita Rumah Panjai")),
            _f("hakcipta", FOOTER, 0.4, (_OLD, "Hakcipta © {year} Berita Rumah Panjai. Semua "
                                               "hak terpelihara.")),
            _f("banjir", HEADER, 0.04, (_OLD, "🌊 Amaran banjir: ai Batang Rajang di Kapit nyau "
                                              "niki")),
        ),
    )


# --- an isiNdebele-language news site (Gwanda, Matabeleland South, Zimbabwe) -----------------

ND_REDESIGN = dt.date(2018, 11, 5)  # the weekday and date turned "Kuphume:" with the time
ND_BYLINE = dt.date(2019, 4, 1)
ND_WHATSAPP = dt.date(2018, 9, 3)

# The money the site told its readers to use, from the days it changed.
ND_MONEY = (
    (_OLD, "💵 Imali: amadola aseMelika lama-rand ayamukelwa"),
    ("2016-11-28", "💵 Ama-bond notes aseqalisiwe: i-bond eyodwa = US$1"),
    ("2019-02-22", "💵 Imali entsha: i-RTGS dollar isisetshenziswa"),
    ("2019-06-24", "💵 I-Zimbabwe dollar (ZWL) yiyo kuphela imali esemthethweni"),
    ("2020-03-26", "💵 Amadola aseMelika avunyelwe futhi ezitolo"),
)


def _nd_dated(day: dt.date) -> str:
    date = f"{day.day} {NDEBELE_MONTHS[day.month - 1]} {day.year}"
    if day < ND_REDESIGN:
        return f"{NDEBELE_WEEKDAYS[day.weekday()]}, {date}"
    return f"Kuphume: {date}, ngo-{{time}}"


def _nd_notice() -> Wordings:
    base = _steps((_OLD, "Silandele ku-Facebook lo-Twitter"),
                  (ND_WHATSAPP.isoformat(), "📲 Joyina iqembu lethu le-WhatsApp ukuze uthole "
                                            "izindaba masinyane"))
    news: list[Event] = [
        _vote("2018-07-30", "🗳️ Ukhetho luka-2018: imiphumela yeMatabeleland South", after=3),
        _span("2019-01-14", "2019-01-20", "⛽ Ukuswela kwamafutha: imigqa emide "
                                          "eziteshini"),
        _span("2019-03-15", "2019-03-25", "🌀 Isiphepho u-Idai: sizani abahlukumezekileyo"),
        _span("2020-03-30", "2020-05-16", "😷 Ukuvalwa kwelizwe: hlalani emakhaya"),
    ]
    feasts = _yearly("04-18", 1, 0, lambda y: f"🇿🇼 Halala! Iminyaka engu-{y - 1980} "
                                              f"yenkululeko")
    feasts += _movable(lambda y: nth_weekday(y, 8, 0, 2), 0, 1,
                       lambda _: "Usuku lwamaqhawe: siyawakhumbula amaqhawe elizwe")
    feasts += _yearly("12-22", 0, 0, lambda y: f"Usuku lobunye: iminyaka engu-{y - 1987} "
                                               f"kusukela kusayinwa isivumelwano")
    return _calendar(base, news, feasts)


def gwanda_style() -> PublisherStyle:
    """An isiNdebele-language news site (Gwanda, Matabeleland South, Zimbabwe): a section
    kicker, the Ndebele weekday and date, turned "Kuphume:" with the time on a redesign (a
    wording per day), "Ngu" glued to the writer, which gained the town, "Funda njalo:" (up to
    twice), an ad label, a picture credit, the money line that changed with the bond notes,
    the RTGS dollar, the Zimbabwe dollar and the dollar's return, a follow line turned
    WhatsApp and turned by the 2018 vote, a fuel shortage, a cyclone and the 2020 lockdown,
    independence with its count, heroes' days on the second Monday of August and unity day
    with its count, a bilingual thank-you, a rights line, a rare dam warning."""
    return PublisherStyle(
        domain="ilizwilegwanda.co.zw", site="Ilizwi LeGwanda", base_size=80,
        subdomains=(("www.", 100),),
        sections=("izindaba", "ezombusazwe", "ezomnotho", "ezemidlalo", "ezolimo", "amagugu"),
        n_authors=3, url_path="/{section}/{slug}",
        pools={
            "isigaba": ("Izindaba", "Ezombusazwe", "Ezomnotho", "Ezemidlalo", "Ezolimo",
                        "Amagugu"),
            "isithombe": ("Ifayili", "Esinikiwe", "ZimParks", "Ezinkundleni zokuxhumana"),
        },
        families=(
            _f("isigaba", HEADER, 0.3, (_OLD, "{isigaba}")),
            _f("usuku", HEADER, 0.7, *_by_day(_nd_dated)),
            _f("ngu", HEADER, 0.45, (_OLD, "Ngu{author}"),
               (ND_BYLINE.isoformat(), "Ngu{author}, eGwanda")),
            _f("funda", MIDDLE, 0.3, (_OLD, "Funda njalo: {other_title}"), count=2),
            _f("isikhangiso", MIDDLE, 0.15, (_OLD, "ISIKHANGISO")),
            _f("isithombe", MIDDLE, 0.2, (_OLD, "Isithombe: {isithombe}")),
            _f("imali", FOOTER, 0.2, *ND_MONEY),
            _f("isaziso", FOOTER, 0.3, *_nd_notice()),
            _f("siyabonga", FOOTER, 0.15, (_OLD, "Siyabonga ngokufunda! Thank you for "
                                                 "reading")),
            _f("amalungelo", FOOTER, 0.4, (_OLD, "© {year} Ilizwi LeGwanda. Wonke amalungelo "
                                                 "agodliwe.")),
            _f("idamu", HEADER, 0.04, (_OLD, "⚠️ Amanzi: idamu leMtshabezi selehle kakhulu, "
                                             "sebenzisani amanzi ngokunakekela")),
        ),
    )


# --- a French-language news site with Wallisian lines (Mata-Utu, Wallis and Futuna) ----------

WF_REDESIGN = dt.date(2019, 7, 29)  # on the territory's day the date turned "Mis à jour le"
WF_BYLINE = dt.date(2018, 10, 1)
WF_MESSENGER = dt.date(2019, 2, 4)
WF_RIGHTS = dt.date(2020, 1, 6)

# The air link the site reminded its readers of, from the days it changed.
WF_FLIGHTS = (
    (_OLD, "✈️ Vols Aircalin Nouméa–Wallis : le mardi et le samedi"),
    ("2017-04-03", "✈️ Vols Aircalin Nouméa–Wallis : le mardi et le vendredi ; navette Wallis–"
                   "Futuna chaque jour sauf le dimanche"),
    ("2020-03-17", "✈️ Liaisons aériennes suspendues : vols de rapatriement avec quatorzaine à "
                   "Nouméa"),
)


def _wf_dated(day: dt.date) -> str:
    if day < WF_REDESIGN:
        return (f"{FRENCH_WEEKDAYS[day.weekday()].capitalize()} {_fr_day(day)} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return f"Mis à jour le {day:%d/%m/%Y} à {{time}} (heure de Wallis)"


def _wf_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Te Fetuʻu sur Facebook"),
                  (WF_MESSENGER.isoformat(), "📲 Recevez nos infos sur Messenger : écrivez "
                                             "« INFOS »"))
    news: list[Event] = [
        _vote("2017-03-26", "🗳️ Territoriales 2017 : les résultats circonscription par "
                            "circonscription", after=3),
        _span("2020-03-17", "2020-06-30", "😷 Covid-19 : le territoire ferme ses liaisons "
                                          "aériennes, restez prudents"),
    ]
    feasts = _yearly("04-28", 0, 0, lambda y: f"✝️ Saint Pierre Chanel : {y - 1841} ans de son "
                                              f"martyre à Poi")
    feasts += _yearly("07-29", 1, 0, lambda y: f"🇼🇫 Fête du Territoire : {y - 1961} ans du "
                                               f"statut")
    feasts += _yearly("08-15", 0, 0, lambda _: "Fête de l'Assomption : Mālō te katoaga !")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Joyeux Noël, Mālō te Kilisimasi !")
    return _calendar(base, news, feasts)


def wallis_style() -> PublisherStyle:
    """A French-language news site with Wallisian lines (Mata-Utu, Wallis and Futuna): an
    island kicker, the capitalised French weekday and date ("1er" on the first), turned "Mis
    à jour le" with a numeric date, the time and the island's time on the territory's day
    2019 (a wording per day), "Par" with the writer turned "Texte et photos :", a Wallisian
    greeting naming the site, "LIRE AUSSI |" (up to twice), an ad label, a photo credit,
    the air-link line that changed with the timetable and the 2020 closure, a follow line
    turned Messenger and turned by the 2017 vote and the 2020 closure, Saint Pierre Chanel
    and the territory's day with their counts, the Assumption and Christmas, a rights line
    reworded, a rare cyclone alert."""
    return PublisherStyle(
        domain="tefetuu.wf", site="Te Fetuʻu", base_size=62,
        subdomains=(("www.", 100),),
        sections=("uvea", "futuna", "politique", "societe", "coutume", "sport"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "ile": ("Uvea", "Futuna", "Alo", "Sigave", "Nouméa", "Fenua"),
            "credit": ("Préfecture", "Assemblée territoriale", "DR",
                       "Service des affaires culturelles"),
        },
        families=(
            _f("ile", HEADER, 0.3, (_OLD, "{ile}")),
            _f("date", HEADER, 0.7, *_by_day(_wf_dated)),
            _f("par", HEADER, 0.4, (_OLD, "Par {author}"),
               (WF_BYLINE.isoformat(), "Texte et photos : {author}")),
            _f("malo", HEADER, 0.15, (_OLD, "Mālō te maʻuli ! Bienvenue sur Te Fetuʻu")),
            _f("lire", MIDDLE, 0.3, (_OLD, "LIRE AUSSI | {other_title}"), count=2),
            _f("pub", MIDDLE, 0.15, (_OLD, "Publicité")),
            _f("photo", MIDDLE, 0.2, (_OLD, "© {credit}")),
            _f("avion", FOOTER, 0.2, *WF_FLIGHTS),
            _f("avis", FOOTER, 0.3, *_wf_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Te Fetuʻu – Mata-Utu, Wallis"),
               (WF_RIGHTS.isoformat(), "Tous droits réservés – Te Fetuʻu {year}")),
            _f("cyclone", HEADER, 0.04, (_OLD, "🌀 Alerte cyclonique de niveau 1 pour Wallis et "
                                               "Futuna")),
        ),
    )


# --- a Filipino community weekly in English with Tagalog lines (Hong Kong) -------------------

SB_ISSUE_ZERO = (dt.date(2014, 12, 28), 417)  # a Sunday and its issue's number
SB_BYLINE = dt.date(2018, 3, 4)
SB_LINKS = dt.date(2019, 8, 4)
SB_EPAPER = dt.date(2019, 6, 2)
SB_HOTLINE = dt.date(2019, 1, 6)

# The pesos a Hong Kong dollar bought at the remittance centres, at the start of each year.
PHP_PER_HKD = {2014: 5.72, 2015: 5.78, 2016: 6.08, 2017: 6.45, 2018: 6.79, 2019: 6.62,
               2020: 6.30, 2021: 6.20, 2022: 6.20}


def sb_sunday(day: dt.date) -> dt.date:
    """The Sunday of `day`'s issue: the latest Sunday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def sb_issue(sunday: dt.date) -> int:
    """The number of the issue of `sunday` (a Sunday)."""
    return SB_ISSUE_ZERO[1] + (sunday - SB_ISSUE_ZERO[0]).days // 7


def _sb_issue_line(day: dt.date) -> str:
    sunday = sb_sunday(day)
    return (f"Sunday, {sunday.day} {ENGLISH_MONTHS[sunday.month - 1]} {sunday.year} · Issue "
            f"No. {sb_issue(sunday)}")


def sb_rate(day: dt.date) -> str:
    """The remittance rate of `day`'s week (Sunday to Saturday; a wording per week)."""
    sunday = sb_sunday(day)
    k = (sunday - SB_ISSUE_ZERO[0]).days // 7
    start, end = PHP_PER_HKD[sunday.year], PHP_PER_HKD[sunday.year + 1]
    level = start + (end - start) * (sunday.timetuple().tm_yday - 1) / 365
    return f"💱 Padala rate this week: HK$1 = ₱{level + 0.08 * math.sin(k / 2.3):.2f}"


def _sb_notice() -> Wordings:
    base = _steps((_OLD, "Pick up your free copy every Sunday at Chater Road and Statue "
                         "Square"),
                  (SB_EPAPER.isoformat(), "Read the e-paper every Sunday on our Facebook "
                                          "page"))
    news: list[Event] = [
        _span("2016-04-09", "2016-05-09", "🗳️ Overseas absentee voting is open until 9 May: "
                                          "bring your passport"),
        _span("2017-08-22", "2017-08-24", "🌀 Typhoon Hato: Signal No. 10, stay indoors and "
                                          "check on your kababayan"),
        _span("2018-09-14", "2018-09-17", "🌀 Typhoon Mangkhut (Ompong): stay indoors and "
                                          "check on your kababayan"),
        _span("2019-04-13", "2019-05-13", "🗳️ Overseas voting until 13 May: vote at the "
                                          "Consulate or at the Bayanihan Centre"),
        _span("2020-03-29", "2020-06-18", "😷 No groups of more than four in public: Sunday "
                                          "picnics are off"),
    ]
    feasts = _movable(_listed(SPRING_FESTIVAL), 1, 2,
                      lambda _: "🧧 Kung Hei Fat Choi! Lunar New Year's three days are "
                                "statutory holidays for helpers too")
    feasts += _yearly("06-12", 0, 0, lambda y: f"🇵🇭 Happy {ordinal(y - 1898)} Philippine "
                                               f"Independence Day, kabayan!")
    feasts += _yearly("12-18", 0, 0, lambda _: "International Migrants Day: salamat sa inyong "
                                               "sakripisyo")
    feasts += _yearly("12-16", 0, 8, lambda _: "🎄 Simbang Gabi: nine dawn Masses from 16 "
                                               "December, see your parish's schedule")
    feasts += _yearly("12-30", 0, 0, lambda _: "Rizal Day: Maligayang paggunita!")
    return _calendar(base, news, feasts)


def bayanihan_style() -> PublisherStyle:
    """A Filipino community weekly in English with Tagalog lines (Hong Kong): the Sunday and
    the issue's number (a wording per week), "By" with the writer turned the writer with the
    beat, a Tagalog greeting, "ALSO READ:" turned "BASAHIN DIN:" (up to twice), a sponsored
    label, a photo credit, the week's remittance rate (a wording per week), a hotline turned
    a message line, a pick-up line turned an e-paper line and turned by two overseas votes,
    two typhoons and the 2020 rules, the lunar new year, independence with its ordinal,
    migrants' day, the dawn Masses and Rizal day, a letters line, a rights line, a rare
    typhoon signal."""
    return PublisherStyle(
        domain="sundaybayanihan.hk", site="The Sunday Bayanihan", base_size=48,
        subdomains=(("www.", 100),),
        sections=("community", "consulate", "migrant-rights", "remittance", "events",
                  "opinion"),
        n_authors=3, url_path="/{section}/{slug}-{n}",
        pools={
            "beat": ("Community reporter", "Migrant affairs", "Consulate beat", "Columnist"),
            "photo": ("POLO Hong Kong", "file photo", "contributed", "Consulate General"),
        },
        families=(
            _f("issue", HEADER, 0.6, *_by_day(_sb_issue_line)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (SB_BYLINE.isoformat(), "{author} · {author_beat}")),
            _f("kabayan", HEADER, 0.15, (_OLD, "Mabuhay, kabayan! Magandang Linggo sa inyong "
                                               "lahat")),
            _f("alsoread", MIDDLE, 0.3, (_OLD, "ALSO READ: {other_title}"),
               (SB_LINKS.isoformat(), "BASAHIN DIN: {other_title}"), count=2),
            _f("sponsored", MIDDLE, 0.15, (_OLD, "— Sponsored —")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("padala", FOOTER, 0.25, *_by_day(sb_rate)),
            _f("hotline", FOOTER, 0.2, (_OLD, "Need help? Call the Consulate's 24-hour "
                                              "assistance line."),
               (SB_HOTLINE.isoformat(), "📞 Kailangan ng tulong? Message the Assistance-to-"
                                        "Nationals unit on Facebook.")),
            _f("notice", FOOTER, 0.3, *_sb_notice()),
            _f("letters", FOOTER, 0.15, (_OLD, "Send your letters and event photos to "
                                               "editor@{domain}")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Sunday Bayanihan, Hong Kong. All "
                                                "rights reserved.")),
            _f("signal", HEADER, 0.04, (_OLD, "🌀 Signal No. 8 is up: stay where you are, do "
                                              "not go out on errands")),
        ),
    )


# --- a university's news office (Goroka, Papua New Guinea; English) --------------------------

AV_SUSPENDED = (dt.date(2020, 3, 23), dt.date(2020, 5, 17))  # no teaching under the emergency
AV_TEACHING_WEEKS = 14
AV_PORTAL = dt.date(2018, 6, 4)
AV_CREDITS = dt.date(2019, 2, 4)
AV_ABOUT = dt.date(2019, 1, 7)
AV_PHONE = dt.date(2017, 7, 3)

# Graduation days (none in 2020).
GRADUATION = {2015: "2015-04-24", 2016: "2016-04-22", 2017: "2017-04-28", 2018: "2018-04-27",
              2019: "2019-04-26"}


def semester_starts(y: int) -> tuple[dt.date, dt.date]:
    """The first Mondays of year `y`'s two semesters: the last Mondays of February and
    July."""
    return nth_weekday(y, 2, 0, -1), nth_weekday(y, 7, 0, -1)


def teaching_week(day: dt.date) -> tuple[int, int] | None:
    """(semester, teaching week) of `day`, None out of teaching (the 2020 suspension's
    weeks are not counted)."""
    first, second = semester_starts(day.year)
    if AV_SUSPENDED[0] <= day <= AV_SUSPENDED[1]:
        return None
    for semester, start in ((1, first), (2, second)):
        weeks = (day - start).days // 7
        if start <= AV_SUSPENDED[0] <= day:
            weeks -= (AV_SUSPENDED[1] - AV_SUSPENDED[0]).days // 7 + 1
        if day >= start and weeks < AV_TEACHING_WEEKS:
            return semester, weeks + 1
    return None


def av_semester(day: dt.date) -> str:
    """The academic-calendar line of `day` (a wording per week)."""
    if AV_SUSPENDED[0] <= day <= AV_SUSPENDED[1]:
        return "Teaching is suspended under the State of Emergency (COVID-19)"
    taught = teaching_week(day)
    if taught:
        return f"Semester {taught[0]}, {day.year} · Week {taught[1]}"
    first, second = semester_starts(day.year)
    if first < day < second:
        return f"Mid-year break · Semester 2 begins on {second.day} July"
    start = first if day < first else semester_starts(day.year + 1)[0]
    return f"Long vacation · Semester 1, {start.year} begins on {start.day} February"


def goroka_show(y: int) -> dt.date | None:
    """The Saturday of the Goroka Show: the Saturday from 12 to 18 September (none in
    2020)."""
    start = dt.date(y, 9, 12)
    return start + dt.timedelta(days=(5 - start.weekday()) % 7) if y != 2020 else None


def _av_notice() -> Wordings:
    base = _steps((_OLD, "Follow the University on Facebook for notices and results"),
                  (AV_PORTAL.isoformat(), "Notices, results and timetables are on the "
                                          "student portal"))
    news: list[Event] = [
        _span("2016-06-08", "2016-06-30", "Classes are suspended: students are asked to stay "
                                          "calm and off campus"),
        _span("2020-03-24", "2020-06-02", "😷 State of Emergency: the campus is closed to "
                                          "visitors"),
    ]
    feasts = _movable(_listed(GRADUATION), 3, 0, lambda y: f"🎓 Graduation {y}: "
                                                           f"congratulations to our graduates!")
    feasts += _yearly("09-16", 0, 0, lambda y: f"🇵🇬 Happy {ordinal(y - 1975)} Independence "
                                               f"Anniversary, Papua New Guinea!")
    feasts += _movable(goroka_show, 1, 1, lambda _: "🎭 Goroka Show weekend: the library "
                                                    "keeps Saturday hours")
    return _calendar(base, news, feasts)


def goroka_style() -> PublisherStyle:
    """A university's news office (Goroka, Papua New Guinea; English): a kind kicker, a
    media-release line with a date slot, turned "University News" with a long date, the
    writer with the unit turned story and photo credits, the academic-calendar line
    (semester and teaching week, the breaks with the next start, the 2020 suspension; a
    wording per week), a photo credit, "Related:" lines, a notices line turned the portal
    and turned by a 2016 suspension, the 2020 emergency, graduations (none in 2020), the
    Goroka Show (none in 2020) and independence with its ordinal, the end marker, the "About"
    paragraph (reworded with its student numbers) and the media contact (which gained a
    phone number; a block), a republishing line, a rare power-cut notice."""
    return PublisherStyle(
        domain="asarovalley.ac.pg", site="Asaro Valley University", base_size=34,
        subdomains=(("www.", 100),),
        sections=("news", "research", "graduation", "students", "staff", "community"),
        n_authors=2, url_path="/news/{yyyy}/{slug}",
        pools={
            "kind": ("News", "Research", "Graduation", "Students", "Staff notices",
                     "Community"),
            "photo": ("Media Unit", "supplied", "School of Agriculture", "file"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("release", HEADER, 0.5, (_OLD, "Media release · {date_dmy}"),
               ("2018-01-08", "University News · {date_long}")),
            _f("office", HEADER, 0.35, (_OLD, "By {author}, Media and Communications Unit"),
               (AV_CREDITS.isoformat(), "Story: {author} | Photos: {author2}")),
            _f("semester", HEADER, 0.25, *_by_day(av_semester)),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("related", MIDDLE, 0.25, (_OLD, "Related: {other_title}")),
            _f("notice", FOOTER, 0.3, *_av_notice()),
            _f("ends", FOOTER, 0.3, (_OLD, "— ENDS —")),
            _f("about", FOOTER, 0.35, (_OLD, "About the University: Asaro Valley University, in "
                                             "Goroka, Eastern Highlands Province, teaches some "
                                             "4,000 students in agriculture, education, health "
                                             "and business."),
               (AV_ABOUT.isoformat(), "About the University: Asaro Valley University, in "
                                      "Goroka, Eastern Highlands Province, teaches some 4,500 "
                                      "students in agriculture, education, health and "
                                      "business.")),
            _f("media", FOOTER, 0.35, (_OLD, "Media enquiries: media@{domain}"),
               (AV_PHONE.isoformat(), "Media enquiries: media@{domain} · +675 532 0000")),
            _f("republish", FOOTER, 0.3, (_OLD, "© {year} Asaro Valley University. Stories may "
                                                "be republished with credit.")),
            _f("power", HEADER, 0.04, (_OLD, "⚡ Power outage on campus: PNG Power is working on "
                                             "the Goroka line")),
        ),
    )


# --- a sea-turtle conservation NGO's field notes (Watamu, Kenya; English) --------------------

MC_TALLY_START = 14_260  # turtles released since 1998, at the end of December 2014
MC_BEATS = dt.date(2018, 1, 8)
MC_ADOPT = dt.date(2019, 3, 4)
MC_PLACEMENTS = dt.date(2019, 9, 2)
MC_REGISTERED = dt.date(2018, 7, 2)

MC_SEASONS = (
    ("03-01", "🥚 Nesting season: if you see turtle tracks on the beach, call our hotline"),
    ("08-01", "🐣 Hatching season: please keep lights off the beach after dark"),
    ("11-01", "🌊 Off season: our team patrols Mida Creek for turtles caught in nets"),
)


def mc_released(year: int, month: int) -> int:
    """Turtles released in `month` of `year` (the bycatch programme's monthly count)."""
    k = (year - 2015) * 12 + month - 1
    return 55 + (k * 37) % 41


def mc_tally(day: dt.date) -> str:
    """The running tally at `day`: the releases up to the end of the previous month (a
    wording per month)."""
    months = (day.year - 2015) * 12 + day.month - 1
    total = MC_TALLY_START + sum(mc_released(2015 + k // 12, k % 12 + 1) for k in range(months))
    return f"🐢 Turtles rescued and released since 1998: {total:,}"


def _mc_notice() -> Wordings:
    base = _steps((_OLD, "Volunteer with us: placements of 4 to 12 weeks"),
                  (MC_PLACEMENTS.isoformat(), "Volunteer placements for 2020 are now open: "
                                              "apply on our website"))
    news: list[Event] = [
        _span("2017-08-28", "2017-09-03", "🛍️ Kenya's plastic bag ban starts: bring your own "
                                          "bag to the beach"),
        _span("2020-03-16", "2020-12-31", "😷 Volunteer placements are paused; our rangers "
                                          "keep patrolling"),
    ]
    feasts = _yearly("05-23", 0, 0, lambda _: "🐢 World Turtle Day: meet the team at Garoda "
                                              "beach")
    feasts += _yearly("06-08", 0, 0, lambda _: "🌊 World Oceans Day: beach clean-up at 7 am")
    feasts += _movable(lambda y: nth_weekday(y, 9, 5, 3), 6, 0,
                       lambda y: f"🧹 International Coastal Cleanup {y}: join us on "
                                 f"Saturday")
    return _calendar(base, news, feasts)


def watamu_style() -> PublisherStyle:
    """A sea-turtle conservation NGO's field notes (Watamu, Kenya; English): a kind kicker,
    a field-notes line with a date slot and the writer, turned the writer with the role, a
    photo line, the running tally of turtles released (a wording per month), a season line
    (nesting, hatching, off season), an adopt-a-nest appeal reworded, a volunteering line
    turned by the plastic-bag ban and the 2020 pause and by turtle day, oceans day and the
    coastal clean-up on the third Saturday of September, tags, a registration line reworded,
    a partners line, a rare beach closure."""
    return PublisherStyle(
        domain="midacreekturtles.or.ke", site="Mida Creek Turtle Watch", base_size=24,
        subdomains=(("www.", 100),),
        sections=("field-notes", "nesting", "bycatch", "education", "volunteers", "press"),
        n_authors=2, url_path="/field-notes/{slug}/",
        pools={
            "kind": ("Field notes", "Nesting", "Bycatch release", "Education", "Volunteers"),
            "beat": ("Nest monitoring officer", "Community liaison", "Education officer"),
            "picture": ("our volunteers", "KWS", "field team", "guest photographer"),
            "tag": ("green turtle", "hawksbill", "bycatch", "Mida Creek", "nesting",
                    "education"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("fieldnote", HEADER, 0.5, (_OLD, "Field notes · {date_dmy} · {author}"),
               (MC_BEATS.isoformat(), "From the field: {author}, {author_beat}")),
            _f("picture", MIDDLE, 0.2, (_OLD, "📷 {picture}")),
            _f("tally", FOOTER, 0.3, *_by_day(mc_tally)),
            _f("season", FOOTER, 0.2, *_seasons(*MC_SEASONS)),
            _f("adopt", FOOTER, 0.25, (_OLD, "Adopt a nest for KES 5,000 and follow it until "
                                             "the hatchlings reach the sea"),
               (MC_ADOPT.isoformat(), "Adopt a nest from KES 6,000 or US$60: give by M-PESA "
                                      "or card")),
            _f("notice", FOOTER, 0.3, *_mc_notice()),
            _f("tags", FOOTER, 0.2, (_OLD, "Tags: {tag_list}")),
            _f("registered", FOOTER, 0.35, (_OLD, "Mida Creek Turtle Watch is a community-based "
                                                  "organisation registered in Kenya."),
               (MC_REGISTERED.isoformat(), "Mida Creek Turtle Watch is a non-governmental "
                                           "organisation registered in Kenya.")),
            _f("partners", FOOTER, 0.15, (_OLD, "Our work is supported by the Kenya Wildlife "
                                                "Service and the fishers of Watamu.")),
            _f("closed", HEADER, 0.04, (_OLD, "⚠️ Garoda beach is closed this week for a nest "
                                              "excavation")),
        ),
    )


def heldout63_styles() -> list[PublisherStyle]:
    """The held-back-63 styles, in the order the generator hands them to publishers."""
    return [
        sharjah_style(), yanji_style(), faisalabad_style(), biratori_style(), goma_style(),
        taunggyi_style(), sibu_style(), gwanda_style(), wallis_style(), bayanihan_style(),
        goroka_style(), watamu_style(),
    ]
