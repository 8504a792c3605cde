"""The ``held-back-61`` template set of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the held-back-59 set
(`tests.bench.heldout_templates_59`; a held-back-60 set was being written at the same time by
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
sites share a network footer. Nine publishers are news sites from places no earlier set had
a publisher in (or a new language of one), in Africa, the Middle East, South, Central and
East Asia, in several languages and scripts, some printing two scripts or two calendars on
one line; three are small English-language trade and hobby sites. The families are the kinds
a crawl of such sites holds: dates localised day by day (one with the Hijri date in
Arabic-Indic digits, one with the Tamil year's name that turns in mid-April, one switching
from Cyrillic to Latin on the day of a redesign, some changing form on such a day), weekly
numbers (auction sales that skip the Christmas break, club runs that stopped for a
lockdown), bylines and datelines of many shapes, notices reworded in 2016-2020, notices that
follow a calendar (votes, storms, epidemics, fires, feasts on the Western, Islamic, Chinese,
Korean, Hindu and Tamil calendars, days on a weekday of a month, a festival called off in
2020, anniversaries with their counts, sales moved off Monday holidays) and the seasons (the
named seasons of a Gulf almanac, a harvest campaign with its yearly price), a monthly
exchange rate, a weekly market rate with a devaluation, a monthly fuel price, other
articles' titles, tag lists, multi-line blocks, mid-body inserts (some up to two times), bare
lines, and families in only 4-5% of articles beside ones in nearly all. The hard negatives
(statements quoted in several articles, syndicated copies, stock sentences) are the
generator's.
"""

from __future__ import annotations

import datetime as dt
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import Event, Period, Wordings, digits, easter, ordinal
from tests.bench.heldout_calendar import family as _f
from tests.bench.heldout_calendar import iso_day as _day
from tests.bench.heldout_calendar import jdn as _jdn
from tests.bench.heldout_calendar import listed as _listed
from tests.bench.heldout_calendar import nth_or_last_weekday as nth_weekday
from tests.bench.heldout_calendar import steps as _steps
from tests.bench.heldout_calendar import vote as _vote

_OLD = "2000-01-01"

YEARS = range(2015, 2021)
FIRST_DAY = dt.date(2015, 1, 1)
LAST_DAY = dt.date(2021, 1, 10)  # past the last article date and its syndicated copies

_PERIOD = Period(old=_OLD, first_day=FIRST_DAY, last_day=LAST_DAY, years=YEARS)
_by_day, _calendar, _yearly = _PERIOD.by_day, _PERIOD.calendar, _PERIOD.yearly
_movable = _PERIOD.movable


def _span(first: str, last: str | None, text: str) -> Event:
    """A notice shown from `first` to `last` (ISO days, both included; None: no end)."""
    return (_day(first), _day(last, 1) if last else None, text)


ISLAMIC_EPOCH = 1948440  # the Julian day number of 1 Muharram 1 A.H. (civil, tabular)


def hijri(day: dt.date) -> tuple[int, int, int]:
    """`day` in the tabular Islamic calendar (the site's own reckoning, within a day or two
    of the sighted months): (year, month 1-12, day)."""
    def start(y: int, m: int) -> int:
        return math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + ISLAMIC_EPOCH

    jd = _jdn(day)
    y = (30 * (jd - ISLAMIC_EPOCH) + 10646) // 10631
    m = min(12, math.ceil((jd - (29 + start(y, 1))) / 29.5) + 1)
    return y, m, jd - start(y, m) + 1


def _month_index(ym: str) -> int:
    year, month = ym.split("-")
    return int(year) * 12 + int(month) - 1


def _interpolate(anchors: tuple[tuple[str, float], ...], k: float) -> float:
    """The value at month index `k` (year * 12 + month - 1, fractions allowed) on the line
    through `anchors` ((ISO month, value), ...), flat before the first and after the last."""
    points = [(_month_index(ym), value) for ym, value in anchors]
    if k <= points[0][0]:
        return points[0][1]
    for (k0, v0), (k1, v1) in zip(points, points[1:], strict=False):
        if k0 <= k <= k1:
            return v0 + (v1 - v0) * (k - k0) / (k1 - k0)
    return points[-1][1]


ARABIC_INDIC_ZERO = "\u0660"  # ٠

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SANGO_WEEKDAYS = ("Bïkua-ôko", "Bïkua-ûse", "Bïkua-otâ", "Bïkua-usïö", "Bïkua-okü", "Lâpôsö",
                  "Lâyenga")
PORTUGUESE_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                     "agosto", "setembro", "outubro", "novembro", "dezembro")
ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
IRAQI_MONTHS = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
KOREAN_WEEKDAYS = ("월", "화", "수", "목", "금", "토", "일")
CHINESE_WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
TAMIL_MONTHS = ("ஜனவரி", "பெப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஓகஸ்ட்",
                "செப்டெம்பர்", "ஒக்டோபர்", "நவம்பர்", "டிசம்பர்")
TAMIL_WEEKDAYS = ("திங்கட்கிழமை", "செவ்வாய்க்கிழமை", "புதன்கிழமை", "வியாழக்கிழமை",
                  "வெள்ளிக்கிழமை", "சனிக்கிழமை", "ஞாயிற்றுக்கிழமை")
KARAKALPAK_MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust",
                     "sentyabr", "oktyabr", "noyabr", "dekabr")
KARAKALPAK_MONTHS_CYRILLIC = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
                              "август", "сентябрь", "октябрь", "ноябрь", "декабрь")
KARAKALPAK_WEEKDAYS = ("dúyshembi", "siyshembi", "sárshembi", "piyshembi", "juma", "shembi",
                       "ekshembi")
KARAKALPAK_WEEKDAYS_CYRILLIC = ("дүйшемби", "сийшемби", "сәршемби", "пийшемби", "жума",
                                "шемби", "екшемби")

# Movable days as the sites' readers kept them.
RAMADAN_KW = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
              2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_KW = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_KW = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}
RAMADAN_IQ = {2015: "2015-06-18", 2016: "2016-06-07", 2017: "2017-05-27", 2018: "2018-05-17",
              2019: "2019-05-07", 2020: "2020-04-25"}
EID_FITR_IQ = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-26", 2018: "2018-06-15",
               2019: "2019-06-05", 2020: "2020-05-24"}
EID_ADHA_IQ = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-22",
               2019: "2019-08-12", 2020: "2020-07-31"}
ASHURA_IQ = {2015: "2015-10-24", 2016: "2016-10-12", 2017: "2017-10-01", 2018: "2018-09-20",
             2019: "2019-09-10", 2020: "2020-08-30"}
ARBAEEN_IQ = {2015: "2015-12-03", 2016: "2016-11-21", 2017: "2017-11-10", 2018: "2018-10-30",
              2019: "2019-10-19", 2020: "2020-10-08"}
SEOLLAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28", 2018: "2018-02-16",
           2019: "2019-02-05", 2020: "2020-01-25"}  # the lunar new year, in China too
CHUSEOK = {2015: "2015-09-27", 2016: "2016-09-15", 2017: "2017-10-04", 2018: "2018-09-24",
           2019: "2019-09-13", 2020: "2020-10-01"}
TORCH_FESTIVAL = {2015: "2015-08-08", 2016: "2016-07-27", 2017: "2017-07-17",
                  2018: "2018-08-05", 2019: "2019-07-26"}  # called off in 2020
THAI_PONGAL = {2015: "2015-01-15", 2016: "2016-01-15", 2017: "2017-01-14", 2018: "2018-01-14",
               2019: "2019-01-15", 2020: "2020-01-15"}
TAMIL_NEW_YEAR = {2015: "2015-04-14", 2016: "2016-04-13", 2017: "2017-04-14",
                  2018: "2018-04-14", 2019: "2019-04-14", 2020: "2020-04-14"}
TAMIL_YEARS = {2014: "ஜய", 2015: "மன்மத", 2016: "துர்முகி", 2017: "ஹேவிளம்பி", 2018: "விளம்பி",
               2019: "விகாரி", 2020: "சார்வரி"}  # the year of the 60-year cycle from 1 Chithirai
NALLUR_FLAG = {2015: "2015-07-19", 2016: "2016-08-07", 2017: "2017-07-28", 2018: "2018-08-16",
               2019: "2019-08-06", 2020: "2020-07-25"}  # the festival's first of 25 days
DEEPAVALI_LK = {2015: "2015-11-10", 2016: "2016-10-29", 2017: "2017-10-18",
                2018: "2018-11-06", 2019: "2019-10-27", 2020: "2020-11-14"}
HARI_RAYA_MY = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
                2019: "2019-06-05", 2020: "2020-05-24"}
VIJAYA_DASHAMI = {2015: "2015-10-22", 2016: "2016-10-11", 2017: "2017-09-30",
                  2018: "2018-10-19", 2019: "2019-10-08", 2020: "2020-10-26"}


# --- a Kuwaiti Arabic-language daily (Kuwait City) --------------------------------------------

KW_REDESIGN = dt.date(2018, 3, 18)  # the Hijri and Gregorian date turned a numeric date, time
KW_HANDLE = dt.date(2018, 3, 4)
KW_APP = dt.date(2019, 2, 17)

# The named seasons of the Gulf almanac the site's weather desk printed: (month, day) each
# one starts on.
KW_SEASONS: tuple[tuple[int, int, str], ...] = (
    (1, 15, "🥶 دخلنا الشبط: برد قارس ليلاً وفي الصباح الباكر"),
    (2, 10, "🌬️ موسم العقارب: تقلبات جوية ورياح باردة متقطعة"),
    (3, 11, "🌱 موسم الحميمين: أجواء ربيعية معتدلة"),
    (4, 15, "⛈️ موسم السرايات: أمطار رعدية مفاجئة وغبار"),
    (6, 7, "🌡️ طلوع الثريا: بداية القيظ وارتفاع درجات الحرارة"),
    (7, 16, "🔥 جمرة القيظ: أشد أيام الصيف حرارة ورطوبة"),
    (8, 24, "⭐ طلوع سهيل: بداية انكسار الحر تدريجياً"),
    (10, 16, "🌧️ دخول الوسم: موسم الأمطار وظهور الفقع"),
    (12, 7, "❄️ دخول المربعانية: أربعون يوماً من البرد"),
)

# The dollar in Kuwaiti fils the site printed, at a few months; the months between are
# interpolated.
KW_ANCHORS: tuple[tuple[str, float], ...] = (
    ("2015-01", 293.9), ("2015-09", 302.0), ("2016-01", 303.0), ("2016-12", 305.5),
    ("2017-06", 303.0), ("2018-01", 301.0), ("2018-09", 303.0), ("2019-06", 304.0),
    ("2020-01", 303.2), ("2020-04", 310.0), ("2020-08", 305.6), ("2021-01", 303.2),
)


def kw_season(day: dt.date) -> str:
    """The season line of `day` (the last season started on or before it)."""
    started = [text for month, dd, text in KW_SEASONS if (month, dd) <= (day.month, day.day)]
    return started[-1] if started else KW_SEASONS[-1][2]


def kw_fils(day: dt.date) -> str:
    """The dollar's rate line of `day`'s month (a wording per month)."""
    value = _interpolate(KW_ANCHORS, day.year * 12 + day.month - 1)
    return f"💱 الدولار الأمريكي = {value:.1f} فلس كويتي"


def _kw_dated(day: dt.date) -> str:
    if day >= KW_REDESIGN:
        return f"تاريخ النشر: {day:%d/%m/%Y} - {{time}}"
    hy, hm, hd = hijri(day)
    return (f"{ARABIC_WEEKDAYS[day.weekday()]} {digits(hd, ARABIC_INDIC_ZERO)} "
            f"{HIJRI_MONTHS[hm - 1]} {digits(hy, ARABIC_INDIC_ZERO)} هـ الموافق {day.day} "
            f"{ARABIC_MONTHS[day.month - 1]} {day.year} م")


def _kw_notice() -> Wordings:
    base = _steps((_OLD, "تابعوا المرقاب على إنستغرام وتويتر"),
                  (KW_APP.isoformat(), "حمّلوا تطبيق المرقاب لتصلكم الأخبار العاجلة أولاً "
                                       "بأول"))
    news: list[Event] = [
        _vote("2016-11-26", "🗳️ انتخابات مجلس الأمة 2016: النتائج دائرة بدائرة", after=2),
        _span("2020-03-22", "2020-05-09", "😷 حظر التجول الجزئي: المواعيد والاستثناءات"),
        _span("2020-05-10", "2020-05-30", "😷 حظر التجول الشامل: حجز مواعيد الجمعيات "
                                          "التعاونية"),
        _span("2020-09-29", "2020-10-08", "🖤 الكويت تودّع أمير الإنسانية"),
        _vote("2020-12-05", "🗳️ انتخابات مجلس الأمة 2020: النتائج دائرة بدائرة", after=2),
    ]
    feasts = [(_day(RAMADAN_KW[y], -1), _day(EID_FITR_KW[y]),
               "🌙 مبارك عليكم الشهر: مواعيد الإمساك والإفطار في الكويت") for y in YEARS]
    feasts += _movable(_listed(EID_FITR_KW), 0, 2, lambda _: "عيدكم مبارك وعساكم من عواده")
    feasts += _movable(_listed(EID_ADHA_KW), 1, 3, lambda _: "🐑 أضحى مبارك، وكل عام وأنتم "
                                                             "بخير")
    feasts += _yearly("02-25", 1, 0, lambda y: f"🇰🇼 العيد الوطني الـ{y - 1961}: دام عزك يا "
                                               f"كويت")
    feasts += _yearly("02-26", 0, 0, lambda y: f"🇰🇼 الذكرى الـ{y - 1991} لتحرير الكويت")
    return _calendar(base, news, feasts)


def kuwait_style() -> PublisherStyle:
    """A Kuwaiti Arabic-language daily (Kuwait City): a section kicker, the weekday, the
    Hijri date in Arabic-Indic digits and the Gregorian date after "الموافق", turned a
    numeric date with the time on a redesign (a wording per day), "كتب" with the writer,
    which gained the writer's handle, a news-agency dateline, "ذات صلة:" turned "شاهد
    أيضاً:" (up to twice), an ad-space label, a photographer line, tags, the dollar in fils
    (a wording per month), the named season of the Gulf almanac (a wording per season), a
    follow line turned an app line and turned by two votes, the 2020 curfews and a
    mourning, Ramadan, the two Eids, the national and liberation days with their counts, a
    rights line reworded, a rare dust warning."""
    return PublisherStyle(
        domain="almirqab.com.kw", site="المرقاب", base_size=240,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("local", "parliament", "economy", "sport", "gulf", "world"),
        n_authors=8, url_path="/{section}/{n}",
        pools={
            "qism": ("محليات", "برلمان", "اقتصاد", "رياضة", "خليجيات", "دوليات"),
            "musawwir": ("فلاح الشمري", "سعود الفهد", "علي الصالح", "أرشيفية", "كونا"),
            "kalima": ("الكويت", "مجلس الأمة", "البلدية", "وزارة الصحة", "الكهرباء والماء",
                       "بورصة الكويت", "القادسية", "العربي"),
        },
        families=(
            _f("qism", HEADER, 0.3, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_kw_dated)),
            _f("katib", HEADER, 0.5, (_OLD, "كتب {author}:"),
               (KW_HANDLE.isoformat(), "كتب: {author} | تويتر {author_handle}")),
            _f("kuna", HEADER, 0.2, (_OLD, "الكويت – كونا:")),
            _f("thatsila", MIDDLE, 0.35, (_OLD, "• ذات صلة: {other_title}"),
               ("2019-09-01", "📌 شاهد أيضاً: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.2, (_OLD, "مساحة إعلانية")),
            _f("taswir", MIDDLE, 0.25, (_OLD, "📸 تصوير: {musawwir}")),
            _f("kalimat", FOOTER, 0.35, (_OLD, "كلمات دالة: {kalima_list}")),
            _f("fils", FOOTER, 0.2, *_by_day(kw_fils)),
            _f("mawsim", FOOTER, 0.2, *_by_day(kw_season)),
            _f("tabiou", FOOTER, 0.3, *_kw_notice()),
            _f("huquq", FOOTER, 0.45, (_OLD, "جميع الحقوق محفوظة لجريدة المرقاب © {year}"),
               ("2019-06-02", "© {year} المرقاب | يُحظر إعادة النشر أو الاقتباس دون إذن "
                              "مسبق")),
            _f("ghubar", HEADER, 0.04, (_OLD, "🌫️ الأرصاد: رياح نشطة مثيرة للغبار وانعدام "
                                              "الرؤية على الطرق السريعة")),
        ),
    )


# --- a Korean-language regional daily with Jeju lines (Jeju City) ----------------------------

JJ_REDESIGN = dt.date(2017, 11, 6)  # the dated "등록" line turned "입력" with a dotted date
JJ_LINKS = dt.date(2018, 4, 2)
JJ_OTHER = dt.date(2019, 4, 1)
JJ_KAKAO = dt.date(2018, 5, 14)
JJ_PUBLISHER = dt.date(2018, 1, 2)


def _jj_dated(day: dt.date) -> str:
    if day < JJ_REDESIGN:
        return (f"등록 {day.year}년 {day.month:02d}월 {day.day:02d}일"
                f"({KOREAN_WEEKDAYS[day.weekday()]}) {{time}}")
    return f"입력 {day:%Y.%m.%d} {{time}}"


def jj_season(day: dt.date) -> str:
    """The Hallasan and weather line of `day`'s season."""
    md = (day.month, day.day)
    if day.month in (12, 1, 2):
        return "❄️ 겨울 한라산: 아이젠·스패츠 필수, 탐방로별 입산 통제 시간을 확인하세요"
    if day.month in (3, 4, 5):
        return "🌸 봄철 오름 산행: 고사리 꺾다 길 잃지 않게 일행과 함께 다니세요"
    if (6, 19) <= md <= (7, 26):
        return "☔ 제주 장마철: 하천 범람과 계곡 출입에 주의하세요"
    if (8, 1) <= md <= (10, 15):
        return "🌀 태풍이 잦은 시기입니다. 기상특보를 수시로 확인하세요"
    if day.month == 11:
        return "🍊 감귤 수확철: 농산물 도난 예방에 함께해 주세요"
    return "🚌 제주 버스 노선과 도착 정보는 버스정보시스템에서 확인하세요"


def _jj_notice() -> Wordings:
    base = _steps((_OLD, "제주바람일보 페이스북 페이지에 '좋아요'를 눌러 주세요"),
                  ("2019-01-02", "유튜브 채널 구독과 알림 설정 부탁드립니다"))
    news: list[Event] = [
        _vote("2016-04-13", "🗳️ 제20대 국회의원선거: 제주 3개 선거구 개표 결과"),
        _span("2016-10-04", "2016-10-05", "🌀 태풍 '차바' 북상: 피해 상황과 통제 구간"),
        _vote("2017-05-09", "🗳️ 제19대 대통령선거: 제주 개표 현황"),
        _vote("2018-06-13", "🗳️ 6·13 지방선거: 제주도지사·교육감 개표 결과"),
        _span("2018-08-22", "2018-08-24", "🌀 태풍 '솔릭' 제주 관통: 실시간 피해 상황"),
        _span("2019-09-06", "2019-09-07", "🌀 태풍 '링링': 항공편 결항과 정전 정보"),
        _span("2020-02-21", "2020-03-21", "😷 코로나19: 제주 확진자 동선과 선별진료소 안내"),
        _vote("2020-04-15", "🗳️ 제21대 국회의원선거: 제주 개표 결과"),
        _span("2020-08-25", "2020-08-27", "🌀 태풍 '바비': 강풍 피해에 대비하세요"),
        _span("2020-09-02", "2020-09-03", "🌀 태풍 '마이삭': 실시간 기상특보"),
        _span("2020-09-06", "2020-09-07", "🌀 태풍 '하이선': 실시간 기상특보"),
    ]
    feasts = _yearly("04-03", 0, 0, lambda y: f"🕯️ 제{y - 1948}주년 4·3희생자 추념식")
    feasts += _movable(_listed(SEOLLAL), 1, 2, lambda _: "🧧 설 명절 잘 보냅서! 귀성길 교통 "
                                                         "정보")
    feasts += _movable(_listed(CHUSEOK), 1, 2, lambda _: "🌕 풍성한 한가위 되십서")
    return _calendar(base, news, feasts)


def jeju_style() -> PublisherStyle:
    """A Korean-language regional daily with Jeju lines (Jeju City): a section kicker, "등록"
    with the date, the weekday and the time, turned "입력" with a dotted date on a redesign
    (a wording per day), the writer with "기자", which gained a see-other-articles link, a
    greeting in Jeju dialect, a photo credit, "관련기사:" turned "▶ 관련기사" (up to twice),
    keywords, a Hallasan and weather line that follows the seasons, a follow line turned
    YouTube and turned by four votes, six typhoons and the 2020 epidemic, the 4·3 memorial
    with its count and the two lunar feasts, a tip line turned KakaoTalk, the no-reprint
    line and the registration line (a block; a new publisher from 2018), a rare flight
    cancellation notice."""
    return PublisherStyle(
        domain="jejubaram.co.kr", site="제주바람일보", base_size=210,
        subdomains=(("www.", 90), ("m.", 10)),
        sections=("society", "politics", "economy", "culture", "sports", "opinion"),
        n_authors=7, url_path="/news/articleView.html?idxno={n}",
        pools={
            "bunya": ("사회", "정치", "경제", "4·3", "문화", "스포츠", "오피니언"),
            "jegong": ("제주특별자치도", "제주도교육청", "제주지방경찰청", "독자", "연합뉴스"),
            "kw": ("#제주시", "#서귀포", "#한라산", "#제주도의회", "#감귤", "#관광", "#4·3"),
        },
        families=(
            _f("bunya", HEADER, 0.3, (_OLD, "{bunya}")),
            _f("ipryeok", HEADER, 0.8, *_by_day(_jj_dated)),
            _f("gija", HEADER, 0.5, (_OLD, "{author} 기자"),
               (JJ_OTHER.isoformat(), "{author} 기자 | 다른기사 보기")),
            _f("honjeo", HEADER, 0.15, (_OLD, "혼저 옵서예! 제주의 오늘을 전합니다")),
            _f("sajin", MIDDLE, 0.25, (_OLD, "[사진={jegong} 제공]")),
            _f("gwallyeon", MIDDLE, 0.35, (_OLD, "관련기사: {other_title}"),
               (JJ_LINKS.isoformat(), "▶ 관련기사 {other_title}"), count=2),
            _f("keyword", FOOTER, 0.3, (_OLD, "키워드: {kw_list}")),
            _f("halla", FOOTER, 0.2, *_by_day(jj_season)),
            _f("allim", FOOTER, 0.3, *_jj_notice()),
            _f("jebo", FOOTER, 0.25, (_OLD, "기사제보 및 보도자료: 064-750-0000 / "
                                            "news@{domain}"),
               (JJ_KAKAO.isoformat(), "📮 제보는 카카오톡 채널 '제주바람일보'로 보내주세요")),
            _f("jeojakgwon", FOOTER, 0.45, (_OLD, "저작권자 © 제주바람일보 무단전재 및 재배포 "
                                                  "금지")),
            _f("deungrok", FOOTER, 0.35, (_OLD, "등록번호: 제주 아00123 | 발행·편집인: 고성훈"),
               (JJ_PUBLISHER.isoformat(), "등록번호: 제주 아00123 | 발행인: 양미경 | 편집인: "
                                          "고성훈")),
            _f("gyeolhang", HEADER, 0.04, (_OLD, "✈️ 강풍·대설특보로 제주공항 항공편 무더기 "
                                                 "결항")),
        ),
    )


# --- a Sri Lankan Tamil-language news site (Jaffna) -------------------------------------------

LK_LINKS = dt.date(2019, 5, 6)
LK_WHATSAPP = dt.date(2018, 3, 5)


def tamil_year(day: dt.date) -> str:
    """The name of the Tamil year `day` falls in: it turns on the Tamil new year, in
    mid-April (a listed day)."""
    new_year = (_day(TAMIL_NEW_YEAR[day.year]) if day.year in TAMIL_NEW_YEAR
                else dt.date(day.year, 4, 14))
    return TAMIL_YEARS[day.year if day >= new_year else day.year - 1]


def _lk_dated(day: dt.date) -> str:
    return (f"{TAMIL_WEEKDAYS[day.weekday()]}, {TAMIL_MONTHS[day.month - 1]} {day.day}, "
            f"{day.year} | {tamil_year(day)} வருடம்")


def _lk_notice() -> Wordings:
    base = _steps((_OLD, "எமது முகநூல் பக்கத்தை லைக் செய்து செய்திகளை உடனுக்குடன் பெறுங்கள்"),
                  (LK_WHATSAPP.isoformat(), "வட்ஸ்அப் குழுவில் இணைந்து செய்திகளை உடனுக்குடன் "
                                            "பெறுங்கள்"))
    news: list[Event] = [
        _vote("2015-01-08", "🗳️ ஜனாதிபதித் தேர்தல் 2015: மாவட்ட ரீதியான முடிவுகள்", after=2),
        _vote("2015-08-17", "🗳️ நாடாளுமன்றத் தேர்தல் 2015: யாழ். மாவட்ட முடிவுகள்", after=2),
        _vote("2018-02-10", "🗳️ உள்ளூராட்சித் தேர்தல்: சபைகள் வாரியான முடிவுகள்", after=2),
        _span("2019-04-21", "2019-04-28", "🕯️ உயிர்த்த ஞாயிறு தாக்குதல்: உயிரிழந்தவர்களுக்கு "
                                          "ஆழ்ந்த அஞ்சலி"),
        _vote("2019-11-16", "🗳️ ஜனாதிபதித் தேர்தல் 2019: வாக்கு எண்ணிக்கை நேரலை", after=2),
        _span("2020-03-20", "2020-05-10", "😷 ஊரடங்குச் சட்டம்: தளர்த்தப்படும் நேரங்கள்"),
        _vote("2020-08-05", "🗳️ நாடாளுமன்றத் தேர்தல் 2020: யாழ். தேர்தல் மாவட்ட முடிவுகள்",
              after=2),
    ]
    feasts = _movable(_listed(THAI_PONGAL), 0, 0, lambda _: "🌾 இனிய தைப்பொங்கல் நல்வாழ்த்துகள்")
    feasts += _movable(_listed(TAMIL_NEW_YEAR), 1, 0, lambda y: f"🎉 {TAMIL_YEARS[y]} "
                                                                f"புத்தாண்டு நல்வாழ்த்துகள்")
    feasts += _movable(_listed(NALLUR_FLAG), 0, 24, lambda y: f"🛕 நல்லூர் மஹோற்சவம் {y}: "
                                                              f"போக்குவரத்து மாற்றங்கள்")
    feasts += _movable(_listed(DEEPAVALI_LK), 0, 0, lambda _: "🪔 இனிய தீபாவளி நல்வாழ்த்துகள்")
    return _calendar(base, news, feasts)


def jaffna_style() -> PublisherStyle:
    """A Sri Lankan Tamil-language news site (Jaffna): the Tamil weekday and date with the
    name of the Tamil year, which turns on a listed new-year day in mid-April (a wording per
    day), a correspondent line from a pool of districts, "இதையும் படியுங்கள்:" turned
    "தொடர்புடைய செய்தி ➤" (up to twice), an ad label, a photo credit, tags, a comments
    disclaimer, a thank-you, a follow line turned WhatsApp and turned by five votes, the
    2019 Easter attacks and the 2020 curfew, Pongal, the new year with its name, the Nallur
    festival's 25 days and Deepavali, a rights line, a rare heavy-rain warning."""
    return PublisherStyle(
        domain="yaalosai.lk", site="யாழ் ஓசை", base_size=180,
        subdomains=(("www.", 100),),
        sections=("jaffna", "north", "national", "world", "sports", "cinema"),
        n_authors=5, url_path="/news/{n}",
        pools={
            "mavattam": ("யாழ்.", "கிளிநொச்சி", "முல்லைத்தீவு", "வவுனியா", "மன்னார்",
                         "திருகோணமலை"),
            "padam": ("யாழ் ஓசை", "கோப்புப் படம்", "சமூக ஊடகம்", "எமது செய்தியாளர்"),
            "kuri": ("யாழ்ப்பாணம்", "வடக்கு மாகாணம்", "நல்லூர்", "கிளிநொச்சி", "மீனவர்கள்",
                     "பல்கலைக்கழகம்"),
        },
        families=(
            _f("thigathi", HEADER, 0.75, *_by_day(_lk_dated)),
            _f("seithiyalar", HEADER, 0.45, (_OLD, "{mavattam} செய்தியாளர்")),
            _f("ithaiyum", MIDDLE, 0.35, (_OLD, "இதையும் படியுங்கள்: {other_title}"),
               (LK_LINKS.isoformat(), "தொடர்புடைய செய்தி ➤ {other_title}"), count=2),
            _f("vilambaram", MIDDLE, 0.2, (_OLD, "விளம்பரம்")),
            _f("padam", MIDDLE, 0.2, (_OLD, "படம்: {padam}")),
            _f("kuricchol", FOOTER, 0.3, (_OLD, "குறிச்சொற்கள்: {kuri_list}")),
            _f("karuthu", FOOTER, 0.15, (_OLD, "வாசகர் கருத்துகளுக்கு யாழ் ஓசை பொறுப்பேற்காது")),
            _f("nandri", FOOTER, 0.15, (_OLD, "வாசித்தமைக்கு நன்றி! உங்கள் பிரதேச செய்திகளை "
                                              "எமக்கு அனுப்புங்கள்")),
            _f("arivippu", FOOTER, 0.3, *_lk_notice()),
            _f("urimai", FOOTER, 0.4, (_OLD, "© {year} யாழ் ஓசை. அனைத்து உரிமைகளும் "
                                             "பாதுகாக்கப்பட்டவை.")),
            _f("mazhai", HEADER, 0.04, (_OLD, "⛈️ வடக்கில் கடும் மழை: தாழ்நிலப் பகுதி மக்கள் "
                                              "அவதானமாக இருக்கவும்")),
        ),
    )


# --- a Chinese-language prefecture news portal with Yi lines (Xichang, Liangshan) -------------

LS_REDESIGN = dt.date(2018, 1, 1)  # the date and weekday turned "发布时间：" with the time
LS_REVIEW = dt.date(2018, 7, 2)  # the editor line gained the reviewer
LS_LINKS = dt.date(2019, 3, 11)
LS_RIGHTS = dt.date(2019, 9, 2)
LS_POLICE = dt.date(2017, 9, 1)  # the licence line gained the public-security filing


def _ls_dated(day: dt.date) -> str:
    if day < LS_REDESIGN:
        return (f"{day.year}年{day.month:02d}月{day.day:02d}日 "
                f"星期{CHINESE_WEEKDAYS[day.weekday()]}")
    return f"发布时间：{day:%Y-%m-%d} {{time}}"


def _ls_notice() -> Wordings:
    base = _steps((_OLD, "扫码关注“邛海之声”微信公众号，凉山资讯早知道"),
                  ("2019-05-20", "下载邛海之声客户端，随时随地看凉山"))
    news: list[Event] = [
        _span("2019-03-31", "2019-04-10", "🕯️ 木里森林火灾：向牺牲的扑火英雄致敬"),
        _span("2020-03-30", "2020-04-05", "🔥 西昌“3·30”森林火灾：扑救最新进展"),
        _span("2020-01-24", "2020-03-31", "😷 众志成城 抗击疫情：凉山州疫情防控最新通报"),
        _span("2020-11-17", "2020-11-30", "🎉 凉山州最后7个贫困县摘帽，脱贫攻坚取得全面胜利"),
    ]
    feasts = _movable(_listed(SEOLLAL), 1, 6, lambda y: f"🧧 {y}年春节快乐！邛海之声给您拜年了")
    feasts += _movable(_listed(TORCH_FESTIVAL), 1, 2, lambda y: f"🔥 {y}凉山彝族火把节：欢迎来"
                                                                f"西昌“耍火把”")
    feasts += _yearly("11-20", 0, 2, lambda _: "🎊 彝族年快乐！祝您新年吉祥、阖家安康")
    feasts += _yearly("10-01", 0, 6, lambda y: f"🇨🇳 庆祝中华人民共和国成立{y - 1949}周年")
    return _calendar(base, news, feasts)


def liangshan_style() -> PublisherStyle:
    """A Chinese-language prefecture news portal with Yi lines (Xichang, Liangshan): the
    date and the weekday, turned "发布时间：" with the time on a redesign (a wording per day),
    a source from a pool, the reporter line turned a media-centre one, a picture credit,
    "延伸阅读：" turned "▶ 相关阅读：" (up to twice), a thank-you in Yi and Chinese, the
    editor line (which gained the reviewer), a follow line turned an app line and turned by
    two forest fires, the 2020 epidemic and the end of the poverty campaign, the Spring
    Festival, the Torch Festival (called off in 2020), the Yi new year and the national day
    with its count, the copyright declaration (reworded), the licence line (which gained the
    public-security filing) and the report line (a block), a rare geological-hazard
    warning."""
    return PublisherStyle(
        domain="qionghaizhisheng.cn", site="邛海之声", base_size=160,
        subdomains=(("www.", 100),),
        sections=("xinwen", "xianshi", "minsheng", "wenlv", "tiyu", "pinglun"),
        n_authors=5, url_path="/{section}/{yyyy}{mm}/t{yyyy}{mm}{dd}_{n}.html",
        pools={
            "laiyuan": ("邛海之声", "凉山日报", "西昌市融媒体中心", "四川日报", "新华网"),
            "tupian": ("州委宣传部", "西昌市文广旅局", "受访者", "本网记者"),
            "shenhe": ("吉克阿呷", "马海木呷", "沙马拉毅", "王晓燕"),
        },
        families=(
            _f("riqi", HEADER, 0.75, *_by_day(_ls_dated)),
            _f("laiyuan", HEADER, 0.5, (_OLD, "来源：{laiyuan}")),
            _f("jizhe", HEADER, 0.4, (_OLD, "本网记者 {author}"),
               ("2019-01-07", "融媒体记者 {author} 通讯员 {author2}")),
            _f("tupian", MIDDLE, 0.25, (_OLD, "（图片由{tupian}提供）")),
            _f("yuedu", MIDDLE, 0.3, (_OLD, "延伸阅读：{other_title}"),
               (LS_LINKS.isoformat(), "▶ 相关阅读：{other_title}"), count=2),
            _f("kashasha", FOOTER, 0.15, (_OLD, "ꆈꌠ · 卡莎莎！感谢阅读邛海之声")),
            _f("bianji", FOOTER, 0.5, (_OLD, "责任编辑：{author2}"),
               (LS_REVIEW.isoformat(), "责任编辑：{author2} | 审核：{shenhe}")),
            _f("tongzhi", FOOTER, 0.3, *_ls_notice()),
            _f("banquan", FOOTER, 0.4, (_OLD, "【版权声明】凡注明“来源：邛海之声”的作品，版权"
                                              "均属本网所有，转载请注明出处。"),
               (LS_RIGHTS.isoformat(), "本网原创稿件，未经书面授权不得转载、摘编或以其他方式"
                                       "使用")),
            _f("icp", FOOTER, 0.4, (_OLD, "蜀ICP备15001234号"),
               (LS_POLICE.isoformat(), "蜀ICP备15001234号-1 | 川公网安备 51340102000123号")),
            _f("jubao", FOOTER, 0.25, (_OLD, "违法和不良信息举报电话：0834-3200000")),
            _f("yujing", HEADER, 0.04, (_OLD, "⚠️ 地质灾害气象风险预警：雨季请远离沟谷和陡坡")),
        ),
    )


# --- a Central African French-language news site with Sango lines (Bangui) --------------------

CF_SANGO = dt.date(2018, 12, 1)  # on the republic's 60th anniversary the date went bilingual
CF_SITE_BYLINE = dt.date(2019, 5, 6)
CF_SUPPORT = dt.date(2019, 10, 1)
CF_RIGHTS = dt.date(2020, 1, 6)


def _fr_day(day: dt.date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def _cf_dated(day: dt.date) -> str:
    french = (f"{FRENCH_WEEKDAYS[day.weekday()]} {_fr_day(day)} "
              f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    if day < CF_SANGO:
        return f"Publié le {french}"
    return f"{SANGO_WEEKDAYS[day.weekday()]} · {french}"


def _cf_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Kodro Dépêche sur Facebook et Twitter"),
                  ("2019-03-04", "Recevez l'essentiel de l'actualité centrafricaine sur "
                                 "WhatsApp"))
    news: list[Event] = [
        _span("2015-11-29", "2015-11-30", "🕊️ Le pape François à Bangui : l'ouverture de la "
                                          "Porte sainte en direct"),
        _vote("2015-12-13", "🗳️ Référendum constitutionnel : les résultats par préfecture",
              after=2),
        _vote("2015-12-30", "🗳️ Présidentielle et législatives : les résultats provisoires",
              before=5, after=6),
        _vote("2016-02-14", "🗳️ Second tour : les résultats de l'ANE", after=6),
        _span("2019-02-06", "2019-02-10", "📜 Accord de Khartoum : le texte intégral de "
                                          "l'accord de paix"),
        _span("2020-03-27", "2020-06-30", "😷 Covid-19 : les gestes barrières et les numéros "
                                          "utiles"),
        _vote("2020-12-27", "🗳️ Élections groupées du 27 décembre : suivez le scrutin",
              after=10),
    ]
    feasts = _yearly("03-29", 0, 0, lambda y: f"Journée Boganda : {y - 1959}e anniversaire de "
                                              f"la disparition du fondateur")
    feasts += _yearly("08-13", 1, 0, lambda y: f"🇨🇫 {y - 1960}e anniversaire de "
                                               f"l'indépendance")
    feasts += _yearly("12-01", 1, 0, lambda y: f"🇨🇫 Fête nationale : {y - 1958} ans de la "
                                               f"République")
    return _calendar(base, news, feasts)


def bangui_style() -> PublisherStyle:
    """A Central African French-language news site with Sango lines (Bangui): "Publié le"
    with the French weekday and date ("1er" on the first), turned the Sango and French
    weekdays on the republic's 60th anniversary (a wording per day), "Par" with the writer,
    which gained the site's name, a special-envoy line from a pool of towns, "👉 À lire :"
    (up to twice), an ad label, a photo credit, a thank-you in Sango, a mobile-money appeal
    reworded, a follow line turned WhatsApp and turned by the pope's visit, four votes, the
    Khartoum accord and the 2020 epidemic, Boganda day, independence and the national day
    with their counts, a correction note on a few pages, a rights line reworded, a rare
    power-cut notice."""
    return PublisherStyle(
        domain="kodrodepeche.cf", site="Kodro Dépêche", base_size=140,
        subdomains=(("www.", 100),),
        sections=("politique", "securite", "societe", "economie", "sport", "provinces"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "ville": ("Berbérati", "Bambari", "Bouar", "Bossangoa", "Bria", "Kaga-Bandoro",
                      "Ndélé", "Obo"),
            "credit": ("Kodro Dépêche", "MINUSCA", "DR", "archives", "Présidence"),
        },
        families=(
            _f("date", HEADER, 0.75, *_by_day(_cf_dated)),
            _f("par", HEADER, 0.45, (_OLD, "Par {author}"),
               (CF_SITE_BYLINE.isoformat(), "Par {author} | Kodro Dépêche")),
            _f("envoye", HEADER, 0.15, (_OLD, "De notre envoyé spécial à {ville}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "👉 À lire : {other_title}"), count=2),
            _f("annonce", MIDDLE, 0.2, (_OLD, "ANNONCE")),
            _f("credit", MIDDLE, 0.2, (_OLD, "Crédit photo : {credit}")),
            _f("singila", FOOTER, 0.15, (_OLD, "Singila mingi ! Merci de lire Kodro Dépêche")),
            _f("soutien", FOOTER, 0.2, (_OLD, "Soutenez Kodro Dépêche : un don par Orange Money "
                                              "au 75 00 00 00"),
               (CF_SUPPORT.isoformat(), "💚 Un journalisme indépendant a un coût : "
                                        "soutenez-nous dès 500 FCFA")),
            _f("avis", FOOTER, 0.3, *_cf_notice()),
            _f("rectificatif", FOOTER, 0.05, (_OLD, "Rectificatif : une version précédente de "
                                                    "cet article comportait une erreur, "
                                                    "corrigée depuis.")),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Kodro Dépêche – Tous droits réservés"),
               (CF_RIGHTS.isoformat(), "Reproduction interdite sans l'accord écrit de Kodro "
                                       "Dépêche")),
            _f("delestage", HEADER, 0.04, (_OLD, "⚡ Délestage : l'ENERCA annonce des coupures "
                                                 "dans plusieurs arrondissements de Bangui")),
        ),
    )


# --- an Iraqi Arabic-language news site (Basra) ----------------------------------------------

IQ_TIME = dt.date(2019, 1, 1)  # the date gained the time
IQ_BYLINE = dt.date(2018, 10, 7)
IQ_TELEGRAM = dt.date(2018, 2, 4)
IQ_WEEK0 = dt.date(2014, 12, 27)  # a Saturday: the exchange bulletin turns on Saturdays
IQ_DEVALUED = dt.date(2020, 12, 19)  # the central bank's devaluation

# The dinar for 100 dollars on Basra's exchange, at a few months; the weeks between are
# interpolated, with the market's weekly swings.
IQ_ANCHORS: tuple[tuple[str, float], ...] = (
    ("2015-01", 121500), ("2015-07", 124000), ("2016-03", 131000), ("2016-12", 128000),
    ("2017-06", 126000), ("2018-01", 121000), ("2018-12", 119500), ("2019-12", 119000),
    ("2020-06", 124000), ("2020-11", 126500),
)


def iq_rate(day: dt.date) -> str:
    """The exchange line of `day`'s week (Saturday to Friday; a wording per week)."""
    k = (day - IQ_WEEK0).days // 7
    start = IQ_WEEK0 + dt.timedelta(days=7 * k)
    if start >= IQ_DEVALUED:
        base = 147000.0
    else:
        base = _interpolate(IQ_ANCHORS, start.year * 12 + start.month - 1 + (start.day - 1) / 31)
    value = round((base + 600 * math.sin(k / 2.7)) / 250) * 250
    return f"💵 الدولار في بورصة البصرة: {value:,} دينار لكل 100 دولار"


def iq_season(day: dt.date) -> str:
    """The service line of `day`'s season: power cuts in summer, drains in the rains."""
    if 6 <= day.month <= 9:
        return "⚡ صيف البصرة: تابعوا جدول القطع المبرمج للكهرباء في مناطقكم"
    if day.month in (11, 12, 1, 2):
        return "🌧️ موسم الأمطار: بلّغوا عن انسداد المجاري على رقم الطوارئ 115"
    return "📻 نشرة أخبار الشط المسائية كل يوم على صفحتنا"


def _iq_dated(day: dt.date) -> str:
    text = f"{ARABIC_WEEKDAYS[day.weekday()]} {day.day} {IRAQI_MONTHS[day.month - 1]} {day.year}"
    return text if day < IQ_TIME else f"{text} | {{time}}"


def _iq_notice() -> Wordings:
    base = _steps((_OLD, "تابعونا على صفحتنا في فيسبوك"),
                  (IQ_TELEGRAM.isoformat(), "اشتركوا في قناتنا على تلغرام لتصلكم الأخبار "
                                            "العاجلة"))
    news: list[Event] = [
        _vote("2018-05-12", "🗳️ الانتخابات النيابية 2018: نتائج محافظة البصرة", after=4),
        _span("2018-07-14", "2018-07-31", "📢 تظاهرات البصرة: آخر التطورات أولاً بأول"),
        _span("2018-09-04", "2018-09-09", "📢 تظاهرات البصرة: آخر التطورات أولاً بأول"),
        _span("2020-03-17", "2020-04-21", "😷 حظر التجوال الشامل: الاستثناءات وأرقام الطوارئ"),
    ]
    feasts = [(_day(RAMADAN_IQ[y], -1), _day(EID_FITR_IQ[y]), "🌙 رمضان مبارك: إمساكية البصرة")
              for y in YEARS]
    feasts += _movable(_listed(EID_FITR_IQ), 0, 2, lambda _: "عيدكم مبارك وأيامكم سعيدة")
    feasts += _movable(_listed(EID_ADHA_IQ), 1, 3, lambda _: "🐑 أضحى مبارك، تقبل الله "
                                                             "طاعاتكم")
    feasts += _movable(_listed(ASHURA_IQ), 2, 0, lambda _: "🏴 ذكرى عاشوراء: مواكب العزاء "
                                                           "وقطع الطرق في مركز المدينة")
    feasts += _movable(_listed(ARBAEEN_IQ), 10, 0, lambda _: "🚶 زيارة الأربعين: خطة نقل "
                                                             "الزائرين من البصرة إلى كربلاء")
    feasts += _yearly("01-06", 0, 0, lambda y: f"🇮🇶 الذكرى {y - 1921} لتأسيس الجيش العراقي")
    feasts += _yearly("12-10", 0, 0, lambda y: f"🇮🇶 الذكرى {y - 2017} ليوم النصر",
                      years=range(2018, 2021))
    return _calendar(base, news, feasts)


def basra_style() -> PublisherStyle:
    """An Iraqi Arabic-language news site (Basra): the weekday and the date with the Iraqi
    (Syriac-derived) month names, which gained the time (a wording per day), a dateline from
    a pool of districts with the site's name, "متابعة:" with the writer turned "تحرير:",
    "إقرأ ايضاً:" (up to twice), a sponsored-ad label, a photo credit, the dollar on Basra's
    exchange (a wording per week, with the December 2020 devaluation), a service line that
    follows the seasons, a follow line turned Telegram and turned by the 2018 vote, the
    protests and the 2020 curfew, Ramadan, the two Eids, Ashura, the Arbaeen walk, army day
    and victory day with their counts, a quoted-from line, a rights line, a rare water-cut
    notice."""
    return PublisherStyle(
        domain="akhbaralshatt.iq", site="أخبار الشط", base_size=120,
        subdomains=(("www.", 100),),
        sections=("basra", "iraq", "economy", "sport", "reports", "world"),
        n_authors=4, url_path="/archives/{n}",
        pools={
            "qadha": ("البصرة", "الزبير", "أبو الخصيب", "القرنة", "الفاو", "شط العرب",
                      "المدينة"),
            "sura": ("أرشيف", "مواقع التواصل", "أخبار الشط", "خاص"),
            "masdar": ("وكالة الأنباء العراقية", "السومرية نيوز", "شفق نيوز", "بيان رسمي"),
        },
        families=(
            _f("tarikh", HEADER, 0.75, *_by_day(_iq_dated)),
            _f("qadha", HEADER, 0.35, (_OLD, "{qadha} / أخبار الشط")),
            _f("mutabaa", HEADER, 0.45, (_OLD, "متابعة: {author}"),
               (IQ_BYLINE.isoformat(), "تحرير: {author}")),
            _f("iqra", MIDDLE, 0.35, (_OLD, "إقرأ ايضاً: {other_title}"), count=2),
            _f("mumawwal", MIDDLE, 0.15, (_OLD, "اعلان ممول")),
            _f("sura", MIDDLE, 0.2, (_OLD, "(صورة: {sura})")),
            _f("bursa", FOOTER, 0.2, *_by_day(iq_rate)),
            _f("khidma", FOOTER, 0.2, *_by_day(iq_season)),
            _f("tabiouna", FOOTER, 0.3, *_iq_notice()),
            _f("naqlan", FOOTER, 0.15, (_OLD, "نقلاً عن {masdar}")),
            _f("huquq", FOOTER, 0.4, (_OLD, "جميع الحقوق محفوظة لـ أخبار الشط © {year}")),
            _f("maa", HEADER, 0.04, (_OLD, "🚱 دائرة ماء البصرة: قطع مؤقت للمياه عن مركز المدينة "
                                           "لأعمال الصيانة")),
        ),
    )


# --- a South Sudanese English-language news site with Juba Arabic lines (Juba) ---------------

SS_BYLINE = dt.date(2018, 6, 4)
SS_WHATSAPP = dt.date(2019, 3, 4)
SS_SUPPORT = dt.date(2018, 1, 8)

# The pump price of a litre of petrol in Juba the site printed, at a few months; the months
# between are interpolated.
SS_ANCHORS: tuple[tuple[str, float], ...] = (
    ("2015-01", 6.5), ("2015-12", 12.0), ("2016-06", 45.0), ("2016-12", 80.0),
    ("2017-06", 120.0), ("2018-01", 150.0), ("2018-09", 210.0), ("2019-06", 250.0),
    ("2020-01", 260.0), ("2020-09", 400.0), ("2021-01", 320.0),
)


def ss_fuel(day: dt.date) -> str:
    """The fuel line of `day`'s month (a wording per month)."""
    value = _interpolate(SS_ANCHORS, day.year * 12 + day.month - 1)
    return f"⛽ Fuel at the pump in Juba this month: SSP {round(value)} a litre"


def _ss_notice() -> Wordings:
    base = _steps((_OLD, "Follow The Kujur Post on Facebook and Twitter"),
                  (SS_WHATSAPP.isoformat(), "Get our headlines on WhatsApp: save +211 920 000 "
                                            "000 and text NEWS"))
    news: list[Event] = [
        _span("2016-07-08", "2016-07-14", "⚠️ Fighting in Juba: stay indoors, live updates"),
        _span("2018-09-12", "2018-09-16", "📜 Revitalised peace agreement signed: read the "
                                          "full text"),
        _span("2020-02-22", "2020-02-24", "🤝 Unity government sworn in at State House J1"),
        _span("2020-03-25", "2020-05-07", "😷 COVID-19: curfew from 8pm to 6am, markets and "
                                          "boda-bodas"),
    ]
    feasts = _yearly("07-09", 1, 0, lambda y: f"🇸🇸 Happy {ordinal(y - 2011)} Independence "
                                              f"Anniversary, South Sudan!")
    feasts += _yearly("07-30", 0, 0, lambda y: f"Martyrs' Day: {y - 2005} years since we lost "
                                               f"Dr John Garang")
    feasts += _yearly("05-16", 0, 0, lambda y: f"SPLA Day: the {ordinal(y - 1983)} "
                                               f"anniversary")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 Merry Christmas from all of us at The "
                                               "Kujur Post")
    return _calendar(base, news, feasts)


def juba_style() -> PublisherStyle:
    """A South Sudanese English-language news site with Juba Arabic lines (Juba): a
    capitalised dateline from a pool of towns with the date, "By" with the writer, which
    gained a reporter label with the site's name, "Also on The Kujur Post:" (up to twice),
    an ad label, a photo credit, the fuel price in Juba (a wording per month), an opinion
    disclaimer, a donation appeal reworded, a follow line turned WhatsApp and turned by the
    2016 fighting, the 2018 agreement, the 2020 government and curfew, independence with
    its ordinal, Martyrs' Day and SPLA Day with their counts and Christmas, a thank-you in
    Juba Arabic, a rights line, a correction note on a few pages, a rare flood alert."""
    return PublisherStyle(
        domain="kujurpost.com", site="The Kujur Post", base_size=100,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "economy", "states", "sports", "opinion"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "town": ("JUBA", "WAU", "MALAKAL", "BOR", "YAMBIO", "TORIT", "RUMBEK", "AWEIL"),
            "photo": ("The Kujur Post", "UNMISS", "file photo", "supplied", "social media"),
        },
        families=(
            _f("dateline", HEADER, 0.6, (_OLD, "{town}, {date_dmy} —")),
            _f("byline", HEADER, 0.5, (_OLD, "By {author}"),
               (SS_BYLINE.isoformat(), "By {author} | The Kujur Post reporter")),
            _f("alsoon", MIDDLE, 0.3, (_OLD, "Also on The Kujur Post: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "— ADVERTISEMENT —")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("fuel", FOOTER, 0.2, *_by_day(ss_fuel)),
            _f("opinion", FOOTER, 0.15, (_OLD, "Opinion pieces are the authors' own views, not "
                                               "those of The Kujur Post.")),
            _f("support", FOOTER, 0.2, (_OLD, "Independent news costs money. Support The Kujur "
                                              "Post today."),
               (SS_SUPPORT.isoformat(), "Keep South Sudan's news free: give via m-GURUSH or "
                                        "by bank transfer")),
            _f("notice", FOOTER, 0.3, *_ss_notice()),
            _f("shukuran", FOOTER, 0.15, (_OLD, "Shukuran! Thank you for reading The Kujur "
                                                "Post")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Kujur Post, Juba, South Sudan")),
            _f("correction", FOOTER, 0.05, (_OLD, "Correction: an earlier version of this story "
                                                  "gave a wrong title for one official.")),
            _f("flood", HEADER, 0.04, (_OLD, "🌊 Flood alert: the White Nile is rising at the "
                                             "Juba bridge")),
        ),
    )


# --- a Karakalpak-language news site, Cyrillic then Latin (Nukus, Uzbekistan) ----------------

KK_LATIN = dt.date(2018, 10, 1)  # the site switched from Cyrillic to Latin script


def _kk_latin(day: dt.date) -> bool:
    return day >= KK_LATIN


def _kk_dated(day: dt.date) -> str:
    if _kk_latin(day):
        return (f"{day.day}-{KARAKALPAK_MONTHS[day.month - 1]}, {day.year}-jıl, "
                f"{KARAKALPAK_WEEKDAYS[day.weekday()]}")
    return (f"{day.day}-{KARAKALPAK_MONTHS_CYRILLIC[day.month - 1]}, {day.year}-жыл, "
            f"{KARAKALPAK_WEEKDAYS_CYRILLIC[day.weekday()]}")


def kk_season(day: dt.date) -> str:
    """The harvest line during the cotton campaign, in the script of the day."""
    harvest = (9, 5) <= (day.month, day.day) <= (10, 31)
    if _kk_latin(day):
        return ("🌱 Paxta terimi dawam etpekte: atızlardaǵı jumıslar haqqında kúndelikli "
                "xabarlar" if harvest else "📰 Qaraqalpaqstan jańalıqları hár kúni saytımızda")
    return ("🌱 Пахта терими даўам етпекте: атызлардағы жумыслар ҳаққында күнделикли "
            "хабарлар" if harvest else "📰 Қарақалпақстан жаңалықлары ҳәр күни сайтымызда")


def _kk_notice() -> Wordings:
    def base(day: dt.date) -> str:
        return ("Telegram kanalımızǵa aǵza bolıń" if _kk_latin(day)
                else "Telegram каналымызға ағза болың")

    news: list[Event] = [
        _vote("2016-12-04", "🗳️ Президент сайлаўы: Қарақалпақстандағы нәтийжелер", after=2),
        _vote("2019-12-22", "🗳️ Parlament saylawı: okruglar boyınsha nátiyjeler", after=2),
        _span("2020-03-30", "2020-06-01", "😷 Karantin: úyde qalıń, ózińizdi hám jaqınlarıńızdı "
                                          "qorǵań"),
    ]
    feasts = _yearly("03-21", 1, 0, lambda y: "Nawrız bayramıńız qutlı bolsın!"
                     if dt.date(y, 3, 21) >= KK_LATIN else "Наўрыз байрамыңыз қутлы болсын!")
    feasts += _yearly("09-01", 1, 0, lambda y: f"Ǵárezsizlik kúni: {y - 1991} jıl"
                      if dt.date(y, 9, 1) >= KK_LATIN else f"Ғәрезсизлик күни: {y - 1991} жыл")
    feasts += _yearly("12-14", 0, 0, lambda y: f"Qaraqalpaqstan suverenitet kúni: {y - 1990} jıl"
                      if dt.date(y, 12, 14) >= KK_LATIN
                      else f"Қарақалпақстан суверенитет күни: {y - 1990} жыл")
    return _calendar(base, news, feasts)


def nukus_style() -> PublisherStyle:
    """A Karakalpak-language news site (Nukus, Uzbekistan) that switched from Cyrillic to
    Latin script on one day: the date with the Karakalpak month and weekday (a wording per
    day), "Автор:" turned "Avtor:", "Бул да қызықлы:" turned "Bul da qızıqlı:" (up to
    twice), an ad label, a cotton-harvest line in season, a Telegram line turned by two
    votes and the 2020 quarantine, Nawruz, independence and the republic's sovereignty day
    with their counts (each in the script of its day), a link-back rights line, a rare salt
    dust storm warning."""
    return PublisherStyle(
        domain="nokisxabar.uz", site="Nókis Xabar", base_size=80,
        subdomains=(("", 100),),
        sections=("jamiyet", "ekonomika", "siyasat", "sport", "madeniyat", "dunya"),
        n_authors=3, url_path="/{section}/{n}",
        families=(
            _f("sane", HEADER, 0.7, *_by_day(_kk_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (KK_LATIN.isoformat(), "Avtor: {author}")),
            _f("qiziqli", MIDDLE, 0.3, (_OLD, "Бул да қызықлы: {other_title}"),
               (KK_LATIN.isoformat(), "Bul da qızıqlı: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "Реклама"), (KK_LATIN.isoformat(), "Reklama")),
            _f("paxta", FOOTER, 0.2, *_by_day(kk_season)),
            _f("telegram", FOOTER, 0.3, *_kk_notice()),
            _f("silteme", FOOTER, 0.4, (_OLD, "© {year} Nókis Xabar. Материаллардан "
                                              "пайдаланғанда силтеме бериў шәрт."),
               (KK_LATIN.isoformat(), "© {year} Nókis Xabar. Materiallardan paydalanǵanda "
                                      "silteme beriw shárt.")),
            _f("shan", HEADER, 0.04, (_OLD, "🌪️ Арал тәрептен дузлы шаң-боран: сыртқа "
                                            "шықпаң"),
               (KK_LATIN.isoformat(), "🌪️ Aral tárepten duzlı shań-boran: sırtqa shıqpań")),
        ),
    )


# --- a Bissau-Guinean Portuguese-language news site with Kriol lines (Bissau) -----------------

GW_REDESIGN = dt.date(2019, 2, 4)  # the town and long date turned "Publicado em" and the time
GW_WHATSAPP = dt.date(2018, 6, 4)

# The cashew campaign's reference price (FCFA a kilo) as the site printed it.
CAJU_PRICE = {2015: 250, 2016: 350, 2017: 500, 2018: 500, 2019: 500, 2020: 375}


def _gw_dated(day: dt.date) -> str:
    if day < GW_REDESIGN:
        return f"Bissau, {day.day} de {PORTUGUESE_MONTHS[day.month - 1]} de {day.year}"
    return f"Publicado em {day:%d/%m/%Y} às {{time}}"


def gw_cashew(day: dt.date) -> str:
    """The cashew line: the campaign's price from April to August, a waiting line outside."""
    if 4 <= day.month <= 8:
        return (f"🌰 Campanha de comercialização da castanha de caju {day.year}: preço de "
                f"referência {CAJU_PRICE[day.year]} FCFA/kg")
    return "🌰 Fora da campanha do caju: acompanhe os preços no Farol de Bissau"


def _gw_notice() -> Wordings:
    base = _steps((_OLD, "Siga o Farol de Bissau no Facebook"),
                  (GW_WHATSAPP.isoformat(), "Junte-se ao nosso grupo de WhatsApp e receba as "
                                            "notícias do dia"))
    news: list[Event] = [
        _vote("2019-03-10", "🗳️ Legislativas 2019: resultados provisórios por círculo",
              after=4),
        _vote("2019-11-24", "🗳️ Presidenciais 2019: resultados da primeira volta", after=4),
        _vote("2019-12-29", "🗳️ Segunda volta: acompanhe a contagem dos votos", before=4,
              after=4),
        _span("2020-03-28", "2020-06-30", "😷 Estado de emergência: horários de circulação e "
                                          "dos mercados"),
    ]
    feasts = _yearly("01-20", 0, 0, lambda _: "Dia dos Heróis Nacionais: homenagem a Amílcar "
                                              "Cabral")
    feasts += _yearly("08-03", 0, 0, lambda y: f"3 de Agosto: {y - 1959} anos do massacre do "
                                               f"Pidjiguiti")
    feasts += _yearly("09-24", 1, 0, lambda y: f"🇬🇼 {y - 1973}.º aniversário da independência")
    feasts += _movable(lambda y: easter(y) - dt.timedelta(days=47), 3, 0,
                       lambda y: f"🎭 Carnaval de Bissau {y}: desfiles e percursos")
    return _calendar(base, news, feasts)


def bissau_style() -> PublisherStyle:
    """A Bissau-Guinean Portuguese-language news site with Kriol lines (Bissau): the town and
    the Portuguese date, turned "Publicado em" with a numeric date and the time on a
    redesign (a wording per day), "Por" with the writer, "Leia também:" (up to twice), an
    ad label, the cashew campaign line with its yearly reference price (in season), a
    thank-you in Kriol, a follow line turned WhatsApp and turned by three votes and the 2020
    emergency, the heroes' day, Pidjiguiti and independence with their counts and the
    carnival, a rights line, a rare power-cut notice."""
    return PublisherStyle(
        domain="faroldebissau.com", site="Farol de Bissau", base_size=65,
        subdomains=(("www.", 100),),
        sections=("politica", "sociedade", "economia", "desporto", "cultura", "regioes"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        families=(
            _f("data", HEADER, 0.7, *_by_day(_gw_dated)),
            _f("por", HEADER, 0.4, (_OLD, "Por {author}")),
            _f("leia", MIDDLE, 0.3, (_OLD, "Leia também: {other_title}"), count=2),
            _f("publicidade", MIDDLE, 0.15, (_OLD, "PUBLICIDADE")),
            _f("caju", FOOTER, 0.2, *_by_day(gw_cashew)),
            _f("obrigadu", FOOTER, 0.15, (_OLD, "Obrigadu! Obrigado por ler o Farol de Bissau")),
            _f("aviso", FOOTER, 0.3, *_gw_notice()),
            _f("direitos", FOOTER, 0.4, (_OLD, "© {year} Farol de Bissau. Todos os direitos "
                                               "reservados.")),
            _f("energia", HEADER, 0.04, (_OLD, "⚡ Corte de energia: a EAGB anuncia interrupções "
                                               "em vários bairros de Bissau")),
        ),
    )


# --- a tea-auction market report (Mombasa, Kenya; English, trade) -----------------------------

TEA_SUBSCRIBE = dt.date(2019, 4, 1)
TEA_BREAK = (12, 20)  # no sale from the Monday on or after 20 December to the new year's first


def first_sale(y: int) -> dt.date:
    """The Monday of Sale 1 of year `y`: the first Monday on or after 2 January."""
    start = dt.date(y, 1, 2)
    return start + dt.timedelta(days=(0 - start.weekday()) % 7)


def _last_sale(y: int) -> dt.date:
    """The Monday of the last sale of year `y`, before the Christmas break."""
    stop = dt.date(y, *TEA_BREAK) - dt.timedelta(days=1)
    return stop - dt.timedelta(days=stop.weekday())


def sale_monday(day: dt.date) -> dt.date:
    """The Monday of the latest sale on or before `day`."""
    monday = day - dt.timedelta(days=day.weekday())
    if monday > _last_sale(monday.year):
        return _last_sale(monday.year)
    if monday < first_sale(monday.year):
        return _last_sale(monday.year - 1)
    return monday


def sale_number(monday: dt.date) -> int:
    """The number of the sale held on `monday` (a sale Monday)."""
    return (monday - first_sale(monday.year)).days // 7 + 1


def _tea_sale(day: dt.date) -> str:
    monday = sale_monday(day)
    return (f"Sale No. {sale_number(monday):02d} · Monday {monday.day} "
            f"{ENGLISH_MONTHS[monday.month - 1]} {monday.year}")


def _tea_holidays(y: int) -> list[dt.date]:
    """The public holidays of `y` that fall on a Monday (Easter Monday always does)."""
    days = [easter(y) + dt.timedelta(days=1)] + [dt.date(y, m, d) for m, d in (
        (5, 1), (6, 1), (10, 20), (12, 12))]
    return [day for day in days if day.weekday() == 0 and day <= _last_sale(y)]


def _tea_notice() -> Wordings:
    base = _steps((_OLD, "Catalogues for next week's sale close on Thursday at noon"))
    news: list[Event] = [
        _span("2017-08-02", "2017-08-08",
              f"🗳️ Election week: Sale No. {sale_number(_day('2017-08-07')):02d} runs on Monday "
              f"only; Tuesday 8 August is a public holiday"),
        _span("2020-03-23", "2020-06-30", "😷 The auction goes on: brokers and buyers bid from "
                                          "their offices under the COVID-19 rules"),
    ]
    pause = [(_last_sale(y) + dt.timedelta(days=1), first_sale(y + 1),
              f"🎄 No auction until Sale No. 01 of {y + 1} on Monday {first_sale(y + 1).day} "
              f"January") for y in range(2014, 2021)]
    moved = [(day - dt.timedelta(days=5), day + dt.timedelta(days=1),
              f"📅 Sale No. {sale_number(day):02d} moves to Tuesday {tuesday.day} "
              f"{ENGLISH_MONTHS[tuesday.month - 1]}: Monday is a public holiday")
             for y in YEARS for day in _tea_holidays(y)
             if (tuesday := day + dt.timedelta(days=1))]
    return _calendar(base, news, pause, moved)


def mombasa_style() -> PublisherStyle:
    """A tea-auction market report (Mombasa, Kenya; English, trade): the sale's number and
    Monday (a wording per week; no sale over the Christmas break), "Compiled by" with the
    analyst, the grades in demand from a pool, an indicative-prices disclaimer, a
    subscription line turned WhatsApp, a catalogue line turned by the 2017 election week,
    the 2020 rules, the Christmas break with the next first sale and sales moved off Monday
    holidays, a print-and-download line, a members-only rights line, a rare port-congestion
    notice."""
    return PublisherStyle(
        domain="kilindiniteareport.co.ke", site="Kilindini Tea Market Report", base_size=50,
        subdomains=(("www.", 100),),
        sections=("auction", "markets", "weather", "origins", "logistics", "comment"),
        n_authors=2, url_path="/{section}/{yyyy}/{slug}",
        pools={
            "grade": ("BP1", "PF1", "PD", "D1", "BMF", "PF", "DUST1"),
        },
        families=(
            _f("sale", HEADER, 0.8, *_by_day(_tea_sale)),
            _f("compiled", HEADER, 0.4, (_OLD, "Compiled by {author}, market analyst")),
            _f("grades", FOOTER, 0.3, (_OLD, "Grades most in demand this sale: {grade_list}")),
            _f("indicative", FOOTER, 0.4, (_OLD, "Prices are indicative and based on the "
                                                 "auction catalogue; they are not an offer to "
                                                 "buy or sell.")),
            _f("subscribe", FOOTER, 0.25, (_OLD, "Subscribe to the weekly PDF: email "
                                                 "reports@{domain}"),
               (TEA_SUBSCRIBE.isoformat(), "Get this report on WhatsApp every Tuesday "
                                           "morning")),
            _f("notice", FOOTER, 0.3, *_tea_notice()),
            _f("print", FOOTER, 0.2, (_OLD, "🖨️ Print this report | ⬇️ Download the PDF")),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Kilindini Tea Market Report. For "
                                                "subscribers' use only; please do not "
                                                "forward.")),
            _f("congestion", HEADER, 0.04, (_OLD, "⚠️ Port congestion: late warehouse arrivals "
                                                  "may delay this week's catalogue")),
        ),
    )


# --- a hash house harriers running club (Kuala Lumpur; English, hobby) ------------------------

RUN_ZERO = (dt.date(2014, 12, 29), 1601)  # a Monday and its run's number
RUNS_SUSPENDED = (dt.date(2020, 3, 23), dt.date(2020, 6, 29))  # the Mondays with no run
RUN_FEE = dt.date(2018, 1, 1)
RUN_WATER = dt.date(2019, 3, 4)


def run_monday(day: dt.date) -> dt.date:
    """The Monday of the latest run on or before `day` (none while runs were suspended)."""
    monday = day - dt.timedelta(days=day.weekday())
    if RUNS_SUSPENDED[0] <= monday <= RUNS_SUSPENDED[1]:
        return RUNS_SUSPENDED[0] - dt.timedelta(days=7)
    return monday


def run_number(monday: dt.date) -> int:
    """The number of the run held on `monday` (a run Monday)."""
    weeks = (monday - RUN_ZERO[0]).days // 7
    if monday > RUNS_SUSPENDED[1]:
        weeks -= (RUNS_SUSPENDED[1] - RUNS_SUSPENDED[0]).days // 7 + 1
    return RUN_ZERO[1] + weeks


def _hash_run(day: dt.date) -> str:
    monday = run_monday(day)
    return (f"Run #{run_number(monday)} · Monday {monday.day} "
            f"{ENGLISH_MONTHS[monday.month - 1]} {monday.year}")


def _hash_notice() -> Wordings:
    base = _steps((_OLD, "Visitors and virgins welcome: run fee RM 30, including the On On"),
                  (RUN_FEE.isoformat(), "Visitors welcome: run fee RM 40, including the On On"))
    news: list[Event] = [
        _span("2020-03-18", "2020-07-05", "🚫 No runs under the Movement Control Order: stay "
                                          "home, the trail will wait"),
    ]
    feasts = _movable(_listed(SEOLLAL), 3, 1, lambda _: "🧧 Gong Xi Fa Cai! Red shirts for the "
                                                        "CNY run")
    feasts += _movable(_listed(HARI_RAYA_MY), 1, 3, lambda _: "🌙 Selamat Hari Raya: open house "
                                                              "after the run")
    feasts += _yearly("08-31", 3, 0, lambda y: f"🇲🇾 Merdeka run: {y - 1957} years, wear your "
                                               f"Jalur Gemilang")
    feasts += _movable(lambda y: nth_weekday(y, 12, 0, 1), 6, 0,
                       lambda _: "📋 AGM after the run: nominations for the mismanagement "
                                 "committee")
    feasts += _yearly("12-21", 0, 4, lambda _: "🎅 Christmas run: Santa hats compulsory")
    return _calendar(base, news, feasts)


def hash_style() -> PublisherStyle:
    """A hash house harriers running club (Kuala Lumpur; English, hobby): the run's number
    and Monday (a wording per week; no runs while they were suspended in 2020), the hares,
    the On On venue from a pool, the down-downs, a visitors line (the fee raised in 2018)
    turned by the 2020 order, the lunar new year, Hari Raya, Merdeka with its count, the AGM
    on the first Monday of December and Christmas, a risk line reworded, a cross-post line,
    a bare sign-off, a rare haze cancellation."""
    return PublisherStyle(
        domain="kiarahillhash.org", site="Kiara Hill Hash House Harriers", base_size=35,
        subdomains=(("www.", 100),),
        sections=("runs", "hareline", "news", "photos", "interhash", "committee"),
        n_authors=2, url_path="/runs/{slug}",
        pools={
            "onon": ("Restoran Sri Bayu, Taman Tun", "Kedai Kopi Ah Seng, Bangsar",
                     "the mamak on Jalan Gasing", "Medan Selera Sungai Penchala",
                     "the clubhouse"),
        },
        families=(
            _f("run", HEADER, 0.8, *_by_day(_hash_run)),
            _f("hares", HEADER, 0.5, (_OLD, "Hares: {author} & {author2}")),
            _f("onon", FOOTER, 0.4, (_OLD, "On On: {onon}")),
            _f("downdowns", FOOTER, 0.2, (_OLD, "Down-downs for the hares, the virgins and the "
                                                "returnees.")),
            _f("notice", FOOTER, 0.3, *_hash_notice()),
            _f("risk", FOOTER, 0.2, (_OLD, "Hashing is at your own risk: wear proper shoes and "
                                           "carry a torch after dark."),
               (RUN_WATER.isoformat(), "Hashing is at your own risk: proper shoes, a torch and "
                                       "water, please.")),
            _f("crosspost", FOOTER, 0.15, (_OLD, "This run report was first posted on the "
                                                 "club's Facebook group.")),
            _f("signoff", FOOTER, 0.35, (_OLD, "ON ON!")),
            _f("haze", HEADER, 0.04, (_OLD, "😷 Haze alert: API above 150, tonight's run is "
                                            "cancelled")),
        ),
    )


# --- a trekking and rambling club (Kathmandu, Nepal; English, hobby) --------------------------

TREK_FACEBOOK = dt.date(2017, 2, 6)
TREK_FEE = dt.date(2018, 4, 16)


def trek_season(day: dt.date) -> str:
    """The trail line of `day`'s trekking season."""
    if day.month in (3, 4, 5):
        return "🌸 Spring season: rhododendrons in bloom, haze in the afternoons"
    if 6 <= day.month <= 9:
        return "🌧️ Monsoon: leeches, landslides and closed roads; check before you go"
    if day.month in (10, 11):
        return "🍂 Autumn season: clear skies and busy trails; book teahouses early"
    return "❄️ Winter: high passes may be snowbound; stay low and start early"


def _trek_notice() -> Wordings:
    base = _steps((_OLD, "Join the club mailing list for the monthly trip calendar"),
                  (TREK_FACEBOOK.isoformat(), "Trip calendar and sign-ups are now on our "
                                              "Facebook group"))
    news: list[Event] = [
        _span("2015-04-25", "2015-06-30", "🙏 After the earthquake: all club trips are "
                                          "cancelled; please give to the relief appeal"),
        _span("2015-09-23", "2016-02-05", "⛽ Fuel shortage: weekend trips use shared jeeps "
                                          "only"),
        _span("2020-03-24", "2020-07-21", "🚫 Lockdown: no club trips until further notice"),
    ]
    feasts = _movable(_listed(VIJAYA_DASHAMI), 3, 2, lambda _: "🪁 Happy Dashain! No club walk "
                                                               "this weekend")
    feasts += _yearly("05-29", 0, 0, lambda y: f"🏔️ {y - 1953} years since the first ascent of "
                                               f"Sagarmatha")
    feasts += _yearly("12-11", 0, 0, lambda _: "International Mountain Day: pick up litter on "
                                               "your next trail")
    return _calendar(base, news, feasts)


def kathmandu_style() -> PublisherStyle:
    """A trekking and rambling club (Kathmandu, Nepal; English, hobby): "Trip report" with
    the date, the grade and the highest point from pools, the leader and the writer, a
    trail line that follows the trekking seasons, a permits line, the fee line (raised in
    2018), a newsletter cross-post line, a mailing-list line turned Facebook and turned by
    the 2015 earthquake, the fuel shortage and the 2020 lockdown, Dashain, Everest day with
    its count and mountain day, a rights line, a rare trail closure."""
    return PublisherStyle(
        domain="himalayanramblers.org.np", site="Himalayan Ramblers' Club", base_size=25,
        subdomains=(("www.", 100),),
        sections=("trips", "day-hikes", "treks", "notices", "gear", "members"),
        n_authors=2, url_path="/{section}/{slug}",
        pools={
            "grade": ("Easy", "Moderate", "Strenuous", "Demanding"),
            "alt": ("2,175 m", "2,732 m", "3,210 m", "3,870 m", "4,610 m"),
        },
        families=(
            _f("trip", HEADER, 0.6, (_OLD, "Trip report · {date_long}")),
            _f("grade", HEADER, 0.4, (_OLD, "Grade: {grade} | Highest point: {alt}")),
            _f("leader", HEADER, 0.4, (_OLD, "Led by {author}; words and photos by {author2}")),
            _f("season", FOOTER, 0.3, *_by_day(trek_season)),
            _f("permits", FOOTER, 0.25, (_OLD, "TIMS cards and park permits are each trekker's "
                                               "own responsibility.")),
            _f("fee", FOOTER, 0.2, (_OLD, "Membership NPR 2,000 a year; non-members welcome on "
                                          "day hikes."),
               (TREK_FEE.isoformat(), "Membership NPR 2,500 a year; non-members welcome on day "
                                      "hikes.")),
            _f("newsletter", FOOTER, 0.2, (_OLD, "This report also appears in Ramblings, the "
                                                 "club's quarterly newsletter.")),
            _f("notice", FOOTER, 0.3, *_trek_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Himalayan Ramblers' Club, "
                                                "Kathmandu")),
            _f("landslide", HEADER, 0.04, (_OLD, "⚠️ Trail closed: landslide above Syabrubesi, "
                                                 "use the detour")),
        ),
    )


def heldout61_styles() -> list[PublisherStyle]:
    """The held-back-61 styles, in the order the generator hands them to publishers."""
    return [
        kuwait_style(), jeju_style(), jaffna_style(), liangshan_style(), bangui_style(),
        basra_style(), juba_style(), nukus_style(), bissau_style(), mombasa_style(),
        hash_style(), kathmandu_style(),
    ]
