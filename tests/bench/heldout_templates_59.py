"""The ``held-back-59`` template set of the planted-real benchmark.

Written by a helper session of 2026-11-27 as a clean unseen test, after the held-back-58 set
(`tests.bench.heldout_templates_58`). It was written WITHOUT looking at cleanpipe's code
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
sites share a network footer. The publishers are from places no earlier set had a publisher
in, in several languages and scripts, some printing two languages or two calendars on one
line. The families are the kinds a crawl of news holds: dates localised day by day (one
beside the Hijri date, one with the Japanese era that changed on 1 May 2019, one with the
Bikram Sambat year that turns in mid-April, one in a script's own digits, some changing form
on the day of a redesign), bylines and datelines of many shapes, notices reworded in
2016-2020, notices that follow a calendar (votes, storms, an earthquake, the 2020 epidemic,
a per-weekday outing rota, feasts on the Western, Islamic and Hindu calendars, days on a
weekday of a month, a holiday dropped after 2016, festivals called off in 2020,
anniversaries with their counts) and the seasons, a monthly exchange rate, fortnightly fuel
prices, other articles' titles, tag lists, multi-line blocks, mid-body inserts (some up to
two times), bare lines, and families in only 4% of articles beside ones in nearly all. The
hard negatives (statements quoted in several articles, syndicated copies, stock sentences)
are the generator's.
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


DEVANAGARI_ZERO = "\u0966"  # ०

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
SPANISH_WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
JAPANESE_WEEKDAYS = ("月", "火", "水", "木", "金", "土", "日")
NEPALI_MONTHS = ("जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट",
                 "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर")
MAITHILI_WEEKDAYS = ("सोमदिन", "मंगलदिन", "बुधदिन", "बृहस्पतिदिन", "शुक्रदिन", "शनिदिन",
                     "रविदिन")
SAMOAN_MONTHS = ("Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso",
                 "Setema", "Oketopa", "Novema", "Tesema")
SAMOAN_WEEKDAYS = ("Aso Gafua", "Aso Lua", "Aso Lulu", "Aso Tofi", "Aso Faraile",
                   "Aso To'ona'i", "Aso Sā")

# Movable days as the sites' readers kept them.
RAMADAN_LY = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-16",
              2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_LY = {2015: "2015-07-17", 2016: "2016-07-06", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_LY = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}
TABASKI_BJ = EID_ADHA_LY
KORITEH_GM = {2015: "2015-07-18", 2016: "2016-07-07", 2017: "2017-06-26", 2018: "2018-06-15",
              2019: "2019-06-05", 2020: "2020-05-24"}
TOBASKI_GM = {2015: "2015-09-24", 2016: "2016-09-13", 2017: "2017-09-01", 2018: "2018-08-22",
              2019: "2019-08-12", 2020: "2020-08-01"}
NAHA_TUG_OF_WAR = {2015: "2015-10-11", 2016: "2016-10-09", 2017: "2017-10-08",
                   2018: "2018-10-07", 2019: "2019-10-13"}  # called off in 2020
BS_NEW_YEAR = {2015: "2015-04-14", 2016: "2016-04-13", 2017: "2017-04-14", 2018: "2018-04-14",
               2019: "2019-04-14", 2020: "2020-04-13"}  # 1 Baisakh, 2072 to 2077
CHHATH = {2015: "2015-11-17", 2016: "2016-11-06", 2017: "2017-10-26", 2018: "2018-11-13",
          2019: "2019-11-02", 2020: "2020-11-20"}
VIVAH_PANCHAMI = {2015: "2015-12-16", 2016: "2016-12-04", 2017: "2017-11-23",
                  2018: "2018-12-12", 2019: "2019-12-01", 2020: "2020-12-19"}
LC_CARNIVAL = {2015: "2015-07-20", 2016: "2016-07-18", 2017: "2017-07-17", 2018: "2018-07-16",
               2019: "2019-07-15"}  # Carnival Monday; none in 2020
TOUR_DES_YOLES = {2015: "2015-07-26", 2016: "2016-07-31", 2017: "2017-07-30",
                  2018: "2018-07-29", 2019: "2019-07-28"}  # the first stage; none in 2020


# --- a Libyan Arabic-language news site (Benghazi) ------------------------------------------

LY_HIJRI = dt.date(2017, 10, 2)  # the date gained the Hijri date, put first

# The dinar's parallel-market rate for a dollar the site printed, at a few months; the
# months between are interpolated.
LY_ANCHORS: tuple[tuple[str, float], ...] = (
    ("2015-01", 1.95), ("2015-07", 2.60), ("2016-01", 3.40), ("2016-07", 4.60),
    ("2017-01", 6.80), ("2017-07", 8.20), ("2017-12", 9.20), ("2018-06", 7.10),
    ("2018-10", 5.60), ("2019-01", 4.60), ("2019-07", 4.30), ("2020-01", 4.80),
    ("2020-07", 5.60), ("2021-01", 5.20),
)


def _month_index(ym: str) -> int:
    year, month = ym.split("-")
    return int(year) * 12 + int(month) - 1


def ly_rate(day: dt.date) -> str:
    """The parallel-market rate line of `day`'s month (a wording per month)."""
    k = day.year * 12 + day.month - 1
    points = [(_month_index(ym), rate) for ym, rate in LY_ANCHORS]
    for (k0, r0), (k1, r1) in zip(points, points[1:], strict=False):
        if k0 <= k <= k1:
            rate = r0 + (r1 - r0) * (k - k0) / (k1 - k0)
            break
    else:
        rate = points[-1][1]
    return f"💵 الدولار في السوق الموازية اليوم: {rate:.2f} دينار"


def _ly_dated(day: dt.date) -> str:
    gregorian = f"{day.day} {ARABIC_MONTHS[day.month - 1]} {day.year}"
    weekday = ARABIC_WEEKDAYS[day.weekday()]
    if day < LY_HIJRI:
        return f"{weekday} {gregorian}"
    hy, hm, hd = hijri(day)
    return f"{weekday} {hd} {HIJRI_MONTHS[hm - 1]} {hy} هـ - {gregorian} م"


def _ly_notice() -> Wordings:
    base = _steps((_OLD, "تابعونا على فيسبوك وتويتر"),
                  ("2018-04-02", "انضموا إلى قناتنا على تيليغرام لمتابعة آخر الأخبار"))
    news: list[Event] = [
        _span("2020-03-22", "2020-06-30", "😷 حظر التجول: المواعيد والاستثناءات في بنغازي"),
    ]
    feasts = [(_day(RAMADAN_LY[y], -1), _day(EID_FITR_LY[y]),
               "🌙 رمضان كريم: مواعيد الإمساك والإفطار في بنغازي") for y in YEARS]
    feasts += _movable(_listed(EID_FITR_LY), 0, 2, lambda _: "عيد فطر مبارك، كل عام وأنتم "
                                                             "بخير")
    feasts += _movable(_listed(EID_ADHA_LY), 1, 3, lambda _: "🐑 عيد أضحى مبارك")
    feasts += _yearly("12-24", 0, 0, lambda y: f"🇱🇾 الذكرى {y - 1951} لاستقلال ليبيا")
    feasts += _yearly("02-17", 0, 0, lambda y: f"الذكرى {y - 2011} لثورة السابع عشر من "
                                               f"فبراير")
    return _calendar(base, news, feasts)


def benghazi_style() -> PublisherStyle:
    """A Libyan Arabic-language news site (Benghazi): the Arabic weekday and date, turned
    the Hijri date first and the Gregorian one after it (a wording per day), a dateline with
    the town and the site's name, "كتب:" with the writer turned "تقرير:", "اقرأ أيضاً:" (up
    to twice), an ad label, a photo credit and a source from pools, tags, the dinar's
    parallel-market rate (a wording per month), a follow line turned Telegram and turned by
    the 2020 curfew, Ramadan, the two Eids, independence and the February anniversary with
    their counts, a rights line reworded, a rare load-shedding notice."""
    return PublisherStyle(
        domain="sadaalsabri.ly", site="صدى الصابري", base_size=240,
        subdomains=(("www.", 80), ("m.", 20)),
        sections=("benghazi", "libya", "economy", "sport", "culture", "world"),
        n_authors=8, url_path="/{section}/{n}",
        pools={
            "madina": ("بنغازي", "درنة", "البيضاء", "طبرق", "المرج", "أجدابيا", "الكفرة"),
            "sura": ("صدى الصابري", "أرشيفية", "مواقع التواصل", "وكالة الأنباء الليبية",
                     "خاص"),
            "masdar": ("وكالة الأنباء الليبية", "رويترز", "فرانس برس", "الأناضول"),
            "wasm": ("بنغازي", "ليبيا", "الكهرباء", "السيولة", "النفط", "كورونا",
                     "الأهلي بنغازي", "النصر"),
        },
        families=(
            _f("tarikh", HEADER, 0.8, *_by_day(_ly_dated)),
            _f("dateline", HEADER, 0.4, (_OLD, "{madina} – صدى الصابري")),
            _f("katib", HEADER, 0.5, (_OLD, "كتب: {author}"), ("2019-03-04", "تقرير: {author}")),
            _f("iqra", MIDDLE, 0.4, (_OLD, "اقرأ أيضاً: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.2, (_OLD, "إعلان")),
            _f("sura", MIDDLE, 0.25, (_OLD, "📷 الصورة: {sura}")),
            _f("masdar", FOOTER, 0.2, (_OLD, "المصدر: {masdar}")),
            _f("wasm", FOOTER, 0.35, (_OLD, "الوسوم: {wasm_list}")),
            _f("dolar", FOOTER, 0.2, *_by_day(ly_rate)),
            _f("tabiouna", FOOTER, 0.3, *_ly_notice()),
            _f("huquq", FOOTER, 0.45, (_OLD, "جميع الحقوق محفوظة © {year} صدى الصابري"),
               ("2019-01-01", "© صدى الصابري {year} – يُمنع النسخ أو النقل دون ذكر "
                              "المصدر")),
            _f("kahraba", HEADER, 0.04, (_OLD, "⚡ الشركة العامة للكهرباء: جدول طرح الأحمال في "
                                               "بنغازي اليوم")),
        ),
    )


# --- an Okinawan Japanese-language daily with Uchinaaguchi lines (Naha) -----------------------

REIWA = dt.date(2019, 5, 1)  # the era changed from Heisei to Reiwa
JP_LINKS = dt.date(2018, 7, 2)
JP_COPYRIGHT = dt.date(2017, 4, 3)


def _jp_dated(day: dt.date) -> str:
    era, n = ("平成", day.year - 1988) if day < REIWA else ("令和", day.year - 2018)
    year = "元" if n == 1 else str(n)
    return (f"{day.year}年（{era}{year}年）{day.month}月{day.day}日"
            f"（{JAPANESE_WEEKDAYS[day.weekday()]}） {{time}}")


def _jp_season(day: dt.date) -> str:
    if 7 <= day.month <= 10:
        return "🌀 台風シーズンです。最新の進路予想は気象台の発表をご確認ください"
    if (5, 10) <= (day.month, day.day) <= (6, 25):
        return "☔ 梅雨の時期です。土砂災害や冠水に注意してください"
    return "🌺 沖縄の今を毎朝お届けします。購読のお申し込みはこちら"


def _jp_notice() -> Wordings:
    base = _steps((_OLD, "LINE公式アカウントで最新ニュースを配信中"),
                  ("2019-06-03", "公式アプリなら号外・速報をプッシュ通知でお知らせ"))
    news: list[Event] = [
        _span("2018-09-28", "2018-09-30", "🌀 台風24号：停電・交通情報まとめ"),
        _vote("2018-09-30", "🗳️ 知事選2018：開票速報はこちら", after=2),
        _vote("2019-02-24", "🗳️ 県民投票：市町村別の投票率と結果"),
        _span("2019-10-31", "2019-11-30", "🔥 首里城火災：再建支援の募金受け付けのお知らせ"),
        _span("2020-04-20", "2020-05-14", "😷 県独自の緊急事態宣言：不要不急の外出自粛を"),
    ]
    feasts = _yearly("06-23", 0, 0, lambda y: f"🕊️ 慰霊の日：沖縄戦の組織的戦闘終結から"
                                              f"{y - 1945}年")
    feasts += _yearly("05-15", 0, 0, lambda y: f"本土復帰{y - 1972}年の日を迎えました")
    feasts += _movable(_listed(NAHA_TUG_OF_WAR), 1, 0, lambda y: f"那覇大綱挽{y}：交通規制の"
                                                                 f"お知らせ")
    feasts += _yearly("09-18", 0, 0, lambda _: "9月18日は「しまくとぅばの日」 "
                                               "ゆたしくうにげーさびら")
    return _calendar(base, news, feasts)


def naha_style() -> PublisherStyle:
    """An Okinawan Japanese-language daily with Uchinaaguchi lines (Naha): the Western year
    with the era year in brackets, the date, the weekday and the time, the era turned from
    Heisei to Reiwa on 1 May 2019 (a wording per day), a writer-and-photographer line,
    "【関連記事】" turned "▶あわせて読みたい：" (up to twice), an ad label, a photo credit,
    tags, a seasonal line (typhoons, the rainy season), a follow line turned an app line and
    turned by a typhoon, two votes, the Shuri Castle fire and the 2020 emergency, the
    memorial day and the reversion day with their counts, the tug-of-war (called off in
    2020) and the island-languages day, a thank-you in Uchinaaguchi, a no-reprint line and a
    rights line (a block; the rights line gained the year), a rare tsunami advisory."""
    return PublisherStyle(
        domain="umikaze-okinawa.jp", site="沖縄うみかぜ新聞", base_size=210,
        subdomains=(("www.", 100),),
        sections=("shakai", "seiji", "keizai", "sports", "bunka", "ritou"),
        n_authors=7, url_path="/article/{n}",
        pools={
            "shashin": ("本社撮影", "資料写真", "読者提供", "共同", "県提供"),
            "tag": ("那覇市", "沖縄県", "首里城", "離島", "観光", "台風", "エイサー"),
        },
        families=(
            _f("hizuke", HEADER, 0.8, *_by_day(_jp_dated)),
            _f("bun", HEADER, 0.45, (_OLD, "文・写真 {author}")),
            _f("kanren", MIDDLE, 0.4, (_OLD, "【関連記事】{other_title}"),
               (JP_LINKS.isoformat(), "▶あわせて読みたい：{other_title}"), count=2),
            _f("kokoku", MIDDLE, 0.2, (_OLD, "広告")),
            _f("shashin", MIDDLE, 0.25, (_OLD, "【写真】{shashin}")),
            _f("tag", FOOTER, 0.3, (_OLD, "タグ：{tag_list}")),
            _f("kisetsu", FOOTER, 0.2, *_by_day(_jp_season)),
            _f("oshirase", FOOTER, 0.3, *_jp_notice()),
            _f("nifee", FOOTER, 0.15, (_OLD, "にふぇーでーびる！最後までお読みいただき"
                                             "ありがとうございます")),
            _f("tensai", FOOTER, 0.35, (_OLD, "本紙掲載の記事・写真の無断転載を禁じます")),
            _f("copyright", FOOTER, 0.35, (_OLD, "Copyright © 沖縄うみかぜ新聞社 All Rights "
                                                 "Reserved."),
               (JP_COPYRIGHT.isoformat(), "Copyright © {year} 沖縄うみかぜ新聞社")),
            _f("tsunami", HEADER, 0.04, (_OLD, "⚠️ 津波注意報：海岸や河口から離れてください")),
        ),
    )


# --- a Maithili-language news site in Devanagari (Janakpur, Nepal) ---------------------------

NP_LINKS = dt.date(2018, 8, 17)
NP_EDITOR = dt.date(2018, 7, 17)


def _dn(n: int | str) -> str:
    return digits(n, DEVANAGARI_ZERO)


def bs_year(day: dt.date) -> int:
    """The Bikram Sambat year of `day`: it turns on 1 Baisakh, in mid-April."""
    new_year = _day(BS_NEW_YEAR[day.year]) if day.year in BS_NEW_YEAR else dt.date(
        day.year, 4, 14)
    return day.year + (57 if day >= new_year else 56)


def _np_dated(day: dt.date) -> str:
    return (f"वि.सं. {_dn(bs_year(day))} · {MAITHILI_WEEKDAYS[day.weekday()]}, "
            f"{_dn(day.day)} {NEPALI_MONTHS[day.month - 1]} {_dn(day.year)}")


def _np_notice() -> Wordings:
    base = _steps((_OLD, "हमर फेसबुक पेज लाइक करू"),
                  ("2019-04-14", "हमर यूट्यूब च्यानल सब्सक्राइब करू आ बेल आइकन दबाउ"))
    news: list[Event] = [
        _span("2015-04-25", "2015-05-31", "⚠️ भूकम्प: राहत आ उद्धारक जानकारी"),
        _vote("2017-09-18", "🗳️ स्थानीय तह निर्वाचन: प्रदेश २ केर परिणाम", after=4),
        _vote("2017-12-07", "🗳️ प्रतिनिधि सभा आ प्रदेश सभा: मतगणना लाइभ", after=5),
        _span("2020-03-24", "2020-07-21", "😷 लकडाउन: घरे मे रहू, सुरक्षित रहू"),
    ]
    feasts = _movable(_listed(CHHATH), 1, 1, lambda _: "🌅 छठि पावनिक हार्दिक शुभकामना")
    feasts += _movable(_listed(VIVAH_PANCHAMI), 1, 0, lambda y: f"💐 विवाह पञ्चमी {_dn(y)}: "
                                                                f"जानकी मन्दिर मे विवाहोत्सव")
    feasts += _yearly("09-20", 0, 0, lambda y: f"संविधान दिवस: {_dn(y - 2015)} वर्ष",
                      years=range(2016, 2021))
    feasts += _movable(_listed(BS_NEW_YEAR), 0, 0, lambda y: f"नव वर्ष {_dn(y + 57)} केर "
                                                             f"शुभकामना")
    return _calendar(base, news, feasts)


def janakpur_style() -> PublisherStyle:
    """A Maithili-language news site in Devanagari (Janakpur, Nepal): the Bikram Sambat year
    (turning on 1 Baisakh, a listed day in mid-April), the Maithili weekday and the date in
    Devanagari digits (a wording per day), the writer and the district, "ईहो पढ़ू:" turned
    "सम्बन्धित समाचार:" (up to twice), an ad label, tags, a follow line turned YouTube on a
    new year and turned by the 2015 earthquake, two votes and the 2020 lockdown, Chhath,
    Vivah Panchami, the constitution day with its count and the new year with the Bikram
    Sambat year, a thank-you, the editor and the registration (a block; a new editor from
    2018), a rights line, a rare flood warning."""
    return PublisherStyle(
        domain="kamalaawaz.com.np", site="कमला आवाज", base_size=180,
        subdomains=(("www.", 100),),
        sections=("janakpur", "pradesh", "desh", "mithila", "khel", "sanskriti"),
        n_authors=5, url_path="/news/{n}",
        pools={
            "jila": ("धनुषा", "महोत्तरी", "सर्लाही", "सिरहा", "सप्तरी", "जनकपुरधाम"),
            "tag": ("जनकपुर", "मिथिला", "प्रदेश २", "जानकी मन्दिर", "कमला", "मधेश"),
        },
        families=(
            _f("miti", HEADER, 0.75, *_by_day(_np_dated)),
            _f("lekhak", HEADER, 0.5, (_OLD, "{author} / {jila}")),
            _f("eho", MIDDLE, 0.4, (_OLD, "ईहो पढ़ू: {other_title}"),
               (NP_LINKS.isoformat(), "सम्बन्धित समाचार: {other_title}"), count=2),
            _f("vigyapan", MIDDLE, 0.2, (_OLD, "विज्ञापन")),
            _f("tag", FOOTER, 0.3, (_OLD, "टैग: {tag_list}")),
            _f("suchana", FOOTER, 0.3, *_np_notice()),
            _f("dhanyavad", FOOTER, 0.15, (_OLD, "पढ़बाक लेल धन्यवाद! अपन सुझाव हमरा पठाउ")),
            _f("sampadak", FOOTER, 0.3, (_OLD, "सम्पादक: रामनारायण झा"),
               (NP_EDITOR.isoformat(), "सम्पादक: सुनीता कुमारी साह")),
            _f("darta", FOOTER, 0.3, (_OLD, "सूचना विभाग दर्ता नं. ४१२/०७१-७२ · प्रेस काउन्सिल "
                                            "नेपालमे सूचीकृत")),
            _f("swatwa", FOOTER, 0.4, (_OLD, "सर्वाधिकार सुरक्षित © {year} कमला आवाज")),
            _f("badhi", HEADER, 0.04, (_OLD, "🌊 कमला नदी मे बाढ़ि: तटवर्ती गाम केर लोक सतर्क "
                                             "रहू")),
        ),
    )


# --- a Beninese French-language news site with Fon lines (Porto-Novo) ------------------------

BJ_MOMO = dt.date(2020, 6, 1)
BJ_RIGHTS = dt.date(2019, 4, 1)
BJ_WHATSAPP = dt.date(2017, 10, 2)


def _bj_notice() -> Wordings:
    base = _steps((_OLD, "Suivez Ouémé Actu sur Facebook"),
                  (BJ_WHATSAPP.isoformat(), "Rejoignez notre groupe WhatsApp pour recevoir "
                                            "l'essentiel de l'actualité"))
    news: list[Event] = [
        _vote("2016-03-06", "🗳️ Présidentielle 2016 : les résultats du premier tour"),
        _vote("2016-03-20", "🗳️ Second tour : les résultats commune par commune", before=4),
        _vote("2019-04-28", "🗳️ Législatives 2019 : suivez la journée électorale"),
        _vote("2020-05-17", "🗳️ Communales 2020 : les résultats dans l'Ouémé et le Plateau"),
        _span("2020-03-30", "2020-05-11", "😷 Cordon sanitaire : les communes concernées et "
                                          "les mesures"),
    ]
    feasts = _yearly("01-10", 1, 0, lambda _: "🥁 Bonne fête des religions endogènes, bonne "
                                              "fête du Vodun !")
    feasts += _yearly("08-01", 1, 0, lambda y: f"🇧🇯 {y - 1960}e anniversaire de "
                                               f"l'indépendance du Bénin")
    feasts += _movable(_listed(TABASKI_BJ), 0, 1, lambda _: "🐑 Bonne fête de Tabaski à tous "
                                                            "nos lecteurs")
    return _calendar(base, news, feasts)


def portonovo_style() -> PublisherStyle:
    """A Beninese French-language news site with Fon lines (Porto-Novo): "Publié le" with
    the French date and the hour written with "h", turned "Mis à jour le" on a redesign, "Par"
    with the writer and a correspondent line from a pool of departments, "À lire aussi >>"
    (up to twice), an ad label, a photo credit, a thank-you in Fon, a Mobile Money appeal
    turned one with amounts, a regulator line, a follow line turned WhatsApp and turned by
    four votes and the 2020 cordon, the Vodun day, independence with its count and Tabaski,
    a rights line turned a no-reproduction line, a rare flood alert."""
    return PublisherStyle(
        domain="ouemeactu.bj", site="Ouémé Actu", base_size=160,
        subdomains=(("www.", 90), ("", 10)),
        sections=("politique", "societe", "economie", "sport", "culture", "departements"),
        n_authors=5, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "departement": ("Ouémé", "Plateau", "Atlantique", "Littoral", "Zou", "Borgou",
                            "Mono"),
            "credit": ("Ouémé Actu", "DR", "Présidence du Bénin", "archives", "ORTB"),
            "montant": ("500", "1 000", "2 000", "5 000"),
        },
        families=(
            _f("date", HEADER, 0.75,
               (_OLD, "Publié le {date_fr} à {time[0]}{time[1]}h{time[3]}{time[4]}"),
               ("2018-02-05", "Mis à jour le {date_fr} à {time[0]}{time[1]}h{time[3]}"
                              "{time[4]}")),
            _f("par", HEADER, 0.45, (_OLD, "Par {author}")),
            _f("correspondance", HEADER, 0.15, (_OLD, "Correspondance particulière, "
                                                      "{departement}")),
            _f("lire", MIDDLE, 0.35, (_OLD, "À lire aussi >> {other_title}"), count=2),
            _f("pub", MIDDLE, 0.2, (_OLD, "Publicité")),
            _f("credit", MIDDLE, 0.2, (_OLD, "Photo : {credit}")),
            _f("awanu", FOOTER, 0.15, (_OLD, "Awanu ! Merci de lire Ouémé Actu chaque jour")),
            _f("momo", FOOTER, 0.2, (_OLD, "Soutenez une presse libre : MTN Mobile Money au "
                                           "97 00 12 34"),
               (BJ_MOMO.isoformat(), "Un don de {montant} FCFA par MoMo ou Moov Money nous "
                                     "aide à rester indépendants")),
            _f("haac", FOOTER, 0.2, (_OLD, "Site d'information en ligne déclaré auprès de la "
                                           "HAAC")),
            _f("suivez", FOOTER, 0.3, *_bj_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© {year} Ouémé Actu – Tous droits réservés"),
               (BJ_RIGHTS.isoformat(), "Toute reproduction, même partielle, est interdite "
                                       "sans l'accord de la rédaction")),
            _f("crue", HEADER, 0.04, (_OLD, "🌊 Crue du fleuve Ouémé : alerte dans les "
                                            "communes de la vallée")),
        ),
    )


# --- an Equatoguinean Spanish-language news site with Fang lines (Bata) ----------------------

GQ_REDESIGN = dt.date(2018, 6, 4)  # the town and long date turned a numeric date with the time
GQ_BYLINE = dt.date(2019, 2, 4)


def _gq_dated(day: dt.date) -> str:
    if day < GQ_REDESIGN:
        return (f"Bata, {SPANISH_WEEKDAYS[day.weekday()]} {day.day} de "
                f"{SPANISH_MONTHS[day.month - 1]} de {day.year}")
    return f"Actualizado: {day:%d/%m/%Y} – {{time}}"


def _gq_notice() -> Wordings:
    base = _steps((_OLD, "Síganos en Facebook y en WhatsApp"))
    news: list[Event] = [
        _span("2015-01-17", "2015-02-08", "⚽ CAN 2015: calendario de partidos en Bata, "
                                          "Malabo, Ebebiyín y Mongomo"),
        _vote("2016-04-24", "🗳️ Presidenciales 2016: resultados provisionales", after=4),
        _vote("2017-11-12", "🗳️ Legislativas y municipales 2017: resultados por distrito"),
        _span("2020-03-15", "2020-06-15", "😷 Emergencia sanitaria: medidas de prevención del "
                                          "coronavirus"),
    ]
    feasts = _yearly("10-12", 1, 0, lambda y: f"🇬🇶 {y - 1968} aniversario de la "
                                              f"independencia")
    feasts += _yearly("12-24", 0, 1, lambda _: "🎄 ¡Feliz Navidad! Gracias por acompañarnos "
                                               "todo el año")
    return _calendar(base, news, feasts)


def bata_style() -> PublisherStyle:
    """An Equatoguinean Spanish-language news site with Fang lines (Bata): the town, the
    weekday and the date, turned "Actualizado:" with a numeric date and the time on a
    redesign (a wording per day), "Por" with the writer turned a writer-and-photo line, a
    correspondent line from a pool of towns, "Lea también ➜" (up to twice), an ad label, a
    photo credit, a greeting in Fang, a follow line turned by the 2015 Cup of Nations, two
    votes and the 2020 emergency, independence with its count and Christmas, a rights line,
    a rare power-cut notice."""
    return PublisherStyle(
        domain="ecosdelwele.gq", site="Ecos del Wele", base_size=140,
        subdomains=(("www.", 100),),
        sections=("nacional", "bata", "economia", "deportes", "cultura", "africa"),
        n_authors=4, url_path="/{section}/{slug}.html",
        pools={
            "foto": ("Ecos del Wele", "archivo", "Gobierno de Guinea Ecuatorial", "cedida"),
            "distrito": ("Bata", "Malabo", "Ebebiyín", "Mongomo", "Evinayong", "Mbini",
                         "Luba"),
        },
        families=(
            _f("fecha", HEADER, 0.75, *_by_day(_gq_dated)),
            _f("por", HEADER, 0.45, (_OLD, "Por {author}"),
               (GQ_BYLINE.isoformat(), "Texto: {author} | Fotos: {foto}")),
            _f("desde", HEADER, 0.2, (_OLD, "Desde {distrito}, para Ecos del Wele")),
            _f("lea", MIDDLE, 0.35, (_OLD, "Lea también ➜ {other_title}"), count=2),
            _f("anuncio", MIDDLE, 0.2, (_OLD, "— Anuncio —")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("mbolo", FOOTER, 0.15, (_OLD, "¡Mbolo! Gracias por leernos cada día")),
            _f("aviso", FOOTER, 0.3, *_gq_notice()),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Ecos del Wele. Todos los derechos "
                                               "reservados.")),
            _f("apagon", HEADER, 0.04, (_OLD, "⚡ Corte de luz programado hoy en varios "
                                              "barrios de Bata")),
        ),
    )


# --- a Panamanian Spanish-language regional site (David, Chiriquí) ---------------------------

PA_FUEL_START = dt.date(2014, 12, 19)  # a Friday: fuel prices are set every 14 days
PA_ROTA = (dt.date(2020, 4, 1), dt.date(2020, 6, 7))  # outings by sex, none on Sundays
PA_WHATSAPP = dt.date(2018, 9, 3)
PA_RIGHTS = dt.date(2020, 1, 6)


def pa_fuel(day: dt.date) -> str:
    """The capped fuel prices in Chiriquí for the fortnight of `day` (a wording per
    fortnight)."""
    k = (day - PA_FUEL_START).days // 14
    petrol = 3.05 + 0.55 * math.sin(k / 8.0) - 0.003 * k
    diesel = petrol - 0.22 + 0.08 * math.cos(k / 5.0)
    return (f"⛽ Precios tope en Chiriquí: gasolina de 91 B/. {petrol:.2f} · diésel "
            f"B/. {diesel:.2f} el galón")


def pa_outings(day: dt.date) -> str | None:
    """Who may go out on `day` during the 2020 quarantine, as the site printed it: women on
    Mondays, Wednesdays and Fridays, men on Tuesdays, Thursdays and Saturdays, nobody on
    Sundays; None outside it."""
    if not PA_ROTA[0] <= day <= PA_ROTA[1]:
        return None
    if day.weekday() == 6:
        return "🏠 Domingo de cuarentena total: nadie sale"
    who = "las mujeres" if day.weekday() in (0, 2, 4) else "los hombres"
    return f"🚶 Hoy pueden salir {who}, dos horas según el último dígito de la cédula"


def _pa_notice() -> Wordings:
    base = _steps((_OLD, "Síguenos en Facebook e Instagram: @ecodelbaru"),
                  (PA_WHATSAPP.isoformat(), "Únete a nuestro grupo de WhatsApp y recibe las "
                                            "noticias de Chiriquí"))
    news: list[Event] = [
        _span("2016-06-26", "2016-06-26", "🚢 Inauguración del Canal ampliado: transmisión en "
                                          "vivo"),
        _span("2019-01-22", "2019-01-27", "⛪ JMJ Panamá 2019: peregrinos y cierres de calles"),
        _vote("2019-05-05", "🗳️ Elecciones 2019: resultados en Chiriquí, circuito por "
                            "circuito", after=2),
        _span("2020-03-25", "2020-03-31", "😷 Cuarentena total: quédate en casa"),
    ]
    rota = [(day, day + dt.timedelta(days=1), text)
            for k in range((PA_ROTA[1] - PA_ROTA[0]).days + 1)
            if (text := pa_outings(day := PA_ROTA[0] + dt.timedelta(days=k)))]
    feasts = _movable(lambda y: easter(y) - dt.timedelta(days=47), 3, 0,
                      lambda y: f"🎭 Carnavales {y}: operativos en Boquete, Dolega y Bugaba")
    feasts += _yearly("03-10", 0, 10, lambda y: f"🐄 Feria Internacional de David {y}: "
                                                f"programa y precios", years=range(2015, 2020))
    feasts += _yearly("01-11", 0, 10, lambda y: f"🌺 Feria de las Flores y del Café {y} en "
                                                f"Boquete: horarios y transporte")
    feasts += _yearly("11-03", 0, 1, lambda y: f"🇵🇦 Fiestas patrias: {y - 1903} años de la "
                                               f"separación de Colombia")
    return _calendar(base, news, rota, feasts)


def david_style() -> PublisherStyle:
    """A Panamanian Spanish-language regional site (David, Chiriquí): the Spanish date with
    the time, "Por:" with the writer and a district, "TE PUEDE INTERESAR:" (up to twice), an
    ad label, a photo credit, the capped fuel prices (a wording per fortnight), a follow
    line turned WhatsApp and turned by the canal's opening, the 2019 youth day and vote, the
    2020 quarantine and the outing rota of the day by sex, the carnival, the David fair
    (none in 2020), the flower and coffee fair and the national days with their count, a
    rights line turned around, a rare river warning."""
    return PublisherStyle(
        domain="ecodelbaru.com.pa", site="Eco del Barú", base_size=120,
        subdomains=(("www.", 100),),
        sections=("chiriqui", "nacionales", "deportes", "agro", "sucesos", "comunidad"),
        n_authors=4, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "foto": ("Eco del Barú", "cortesía", "archivo", "Senafront", "redes sociales"),
            "distrito": ("David", "Boquete", "Bugaba", "Barú", "Dolega", "Boquerón",
                         "Tierras Altas"),
        },
        families=(
            _f("fecha", HEADER, 0.7, (_OLD, "{date_es}, {time}")),
            _f("por", HEADER, 0.45, (_OLD, "Por: {author} | {distrito}")),
            _f("interesa", MIDDLE, 0.35, (_OLD, "TE PUEDE INTERESAR: {other_title}"), count=2),
            _f("publicidad", MIDDLE, 0.2, (_OLD, "PUBLICIDAD")),
            _f("foto", MIDDLE, 0.2, (_OLD, "📸 Foto: {foto}")),
            _f("combustible", FOOTER, 0.2, *_by_day(pa_fuel)),
            _f("aviso", FOOTER, 0.3, *_pa_notice()),
            _f("derechos", FOOTER, 0.4, (_OLD, "© {year} Eco del Barú. Todos los derechos "
                                               "reservados."),
               (PA_RIGHTS.isoformat(), "Eco del Barú © {year} · Se prohíbe la reproducción "
                                       "sin autorización escrita")),
            _f("rio", HEADER, 0.04, (_OLD, "⚠️ Crecida del río Chiriquí: Sinaproc pide no "
                                           "cruzar los vados")),
        ),
    )


# --- a Gambian English-language news site with Wolof and Mandinka lines (Serrekunda) ---------

GM_WHATSAPP = dt.date(2018, 1, 8)
GM_SUPPORT = dt.date(2019, 7, 1)


def _gm_notice() -> Wordings:
    base = _steps((_OLD, "Follow us on Facebook and Twitter for breaking news"),
                  (GM_WHATSAPP.isoformat(), "Join our WhatsApp broadcast list: text JOIN to "
                                            "300 0000"))
    news: list[Event] = [
        _vote("2016-12-01", "🗳️ Presidential election 2016: results constituency by "
                            "constituency", after=3),
        _span("2016-12-09", "2017-01-21", "Political impasse: live updates and travel "
                                          "advice"),
        _vote("2017-04-06", "🗳️ National Assembly elections 2017: the results"),
        _vote("2018-05-12", "🗳️ Local government elections 2018: councillors and mayors"),
        _span("2020-03-27", "2020-09-16", "😷 State of public emergency: markets, transport "
                                          "and curfew rules"),
    ]
    feasts = _yearly("02-18", 1, 0, lambda y: f"🇬🇲 Happy {ordinal(y - 1965)} Independence "
                                              f"Anniversary, The Gambia!")
    feasts += _movable(_listed(KORITEH_GM), 0, 1, lambda _: "Koriteh Mubarak from all of us")
    feasts += _movable(_listed(TOBASKI_GM), 1, 1, lambda _: "🐏 Tobaski Mubarak! Safe travels "
                                                            "upcountry")
    feasts += _yearly("07-22", 0, 0, lambda _: "22 July: public holiday, our offices are "
                                               "closed", years=range(2015, 2017))
    return _calendar(base, news, feasts)


def serrekunda_style() -> PublisherStyle:
    """A Gambian English-language news site with Wolof and Mandinka lines (Serrekunda): the
    weekday and the date, "By" with the writer, a capitalised dateline from a pool of towns,
    "ALSO READ:" (up to twice), an ad label, a thank-you in Wolof and Mandinka, a
    mobile-money appeal reworded in 2019, a source line, a follow line turned WhatsApp and
    turned by three votes, the impasse after the 2016 one and the 2020 emergency,
    independence with its ordinal, Koriteh, Tobaski and a 22 July holiday dropped after
    2016, a rights line, a rare ferry notice."""
    return PublisherStyle(
        domain="kombostandard.gm", site="The Kombo Standard", base_size=100,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "business", "sports", "features", "regions"),
        n_authors=4, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "town": ("BANJUL", "SERREKUNDA", "BRIKAMA", "BASSE", "FARAFENNI", "SOMA",
                     "JANJANBUREH"),
            "source": ("GRTS", "State House", "press release", "our correspondent"),
        },
        families=(
            _f("date", HEADER, 0.65, (_OLD, "{weekday} {date_dmy}")),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}")),
            _f("dateline", HEADER, 0.35, (_OLD, "{town} –")),
            _f("also", MIDDLE, 0.3, (_OLD, "ALSO READ: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "- Advertisement -")),
            _f("jerejef", FOOTER, 0.15, (_OLD, "Jërëjëf! Abaraka! Thank you for reading The "
                                               "Kombo Standard")),
            _f("support", FOOTER, 0.2, (_OLD, "Support independent journalism: send your "
                                              "contribution by Africell Money to 770 0000"),
               (GM_SUPPORT.isoformat(), "Support us with QMoney or Afrimoney: every dalasi "
                                        "keeps us independent")),
            _f("source", FOOTER, 0.15, (_OLD, "Source: {source}")),
            _f("notice", FOOTER, 0.3, *_gm_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} The Kombo Standard. All rights "
                                                "reserved.")),
            _f("ferry", HEADER, 0.04, (_OLD, "⛴️ Banjul–Barra ferry crossings suspended until "
                                             "further notice")),
        ),
    )


# --- a Saint Lucian English-language news site with Kwéyòl lines (Castries) ------------------

LC_READ_TIME = dt.date(2017, 6, 5)  # the byline gained a reading time
LC_TIPS = dt.date(2018, 10, 1)


def jounen_kweyol(y: int) -> dt.date:
    """Jounen Kwéyòl, Creole Day: the last Sunday of October."""
    return nth_weekday(y, 10, 6, -1)


def _lc_notice() -> Wordings:
    base = _steps((_OLD, "Like and follow The Pitons Voice on Facebook"))
    news: list[Event] = [
        _vote("2016-06-06", "🗳️ General Election 2016: results from all 17 constituencies",
              after=2),
        _span("2016-09-28", "2016-09-30", "🌀 Tropical Storm Matthew: NEMO shelters and "
                                          "updates"),
        _span("2017-09-17", "2017-09-19", "🌀 Hurricane Maria: NEMO advisories"),
        _span("2020-03-23", "2020-05-31", "😷 COVID-19 curfew: hours, exemptions and "
                                          "essential services"),
    ]
    feasts = _yearly("02-22", 1, 0, lambda y: f"🇱🇨 Happy {ordinal(y - 1979)} Independence "
                                              f"Anniversary, Saint Lucia!")
    feasts += _movable(jounen_kweyol, 2, 0, lambda y: f"Jounen Kwéyòl {y}: Bèl fèt! "
                                                      f"Celebrations across the island")
    feasts += _movable(_listed(LC_CARNIVAL), 1, 1, lambda y: f"🎉 Carnival {y}: parade route "
                                                             f"and road closures")
    return _calendar(base, news, feasts)


def castries_style() -> PublisherStyle:
    """A Saint Lucian English-language news site with Kwéyòl lines (Castries): "Posted on"
    with the date and "by" the writer, which gained a reading time, a Kwéyòl greeting,
    "RELATED:" (up to twice), a photo credit and an ad label, a thank-you in Kwéyòl, a tip
    line turned WhatsApp, a comments disclaimer, a follow line turned by the 2016 vote, two
    storms and the 2020 curfew, independence with its ordinal, Creole Day on the last Sunday
    of October and the July carnival (none in 2020), a rights line, a rare sea warning."""
    return PublisherStyle(
        domain="pitonsvoice.lc", site="The Pitons Voice", base_size=80,
        subdomains=(("www.", 100),),
        sections=("news", "politics", "business", "sports", "entertainment", "caribbean"),
        n_authors=3, url_path="/{section}/{slug}/",
        pools={
            "photo": ("The Pitons Voice", "GIS Saint Lucia", "file photo", "contributed"),
        },
        families=(
            _f("posted", HEADER, 0.7, (_OLD, "Posted on {date_long} by {author}"),
               (LC_READ_TIME.isoformat(), "Posted on {date_long} by {author} · {read_min} "
                                          "min read")),
            _f("bonjou", HEADER, 0.15, (_OLD, "Bonjou Sent Lisi! 🇱🇨")),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "(Photo: {photo})")),
            _f("advert", MIDDLE, 0.15, (_OLD, "Advertisement")),
            _f("mesi", FOOTER, 0.15, (_OLD, "Mèsi anpil! Thank you for reading The Pitons "
                                            "Voice")),
            _f("tips", FOOTER, 0.2, (_OLD, "Have a story for us? Email newsroom@pitonsvoice.lc"),
               (LC_TIPS.isoformat(), "Send us your news: WhatsApp 758 555 0147, any time")),
            _f("comments", FOOTER, 0.15, (_OLD, "Comments are the views of their writers, not "
                                                "of The Pitons Voice.")),
            _f("notice", FOOTER, 0.3, *_lc_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "Copyright © {year} The Pitons Voice | "
                                                "Castries, Saint Lucia")),
            _f("seas", HEADER, 0.04, (_OLD, "🌊 Small craft advisory: seas of 8 to 10 feet on "
                                            "the Atlantic coast")),
        ),
    )


# --- a Grenadian English-language news site (St George's) -----------------------------------

GD_TIME = dt.date(2018, 1, 15)  # the date gained the time
GD_INSTAGRAM = dt.date(2019, 3, 4)


def spicemas(y: int) -> dt.date | None:
    """Carnival Monday of Spicemas: the second Monday of August (none in 2020)."""
    return None if y == 2020 else nth_weekday(y, 8, 0, 2)


def _gd_notice() -> Wordings:
    base = _steps((_OLD, "Like us on Facebook for news from the Spice Isle"),
                  (GD_INSTAGRAM.isoformat(), "Follow us on Instagram: more photos, more "
                                             "stories"))
    news: list[Event] = [
        _vote("2018-03-13", "🗳️ General Election 2018: live results", after=2),
        _span("2020-03-25", "2020-05-31", "😷 State of emergency: curfew hours and the "
                                          "shopping schedule"),
    ]
    feasts = _yearly("02-07", 1, 0, lambda y: f"🇬🇩 {y - 1974} years of Independence: Happy "
                                              f"Independence, Grenada!")
    feasts += _movable(spicemas, 3, 1, lambda y: f"🎭 Spicemas {y}: J'Ouvert and Pageant "
                                                 f"route, road closures")
    feasts += _yearly("06-29", 0, 0, lambda _: "🐟 Fisherman's Birthday: celebrations in "
                                               "Gouyave tonight")
    feasts += _yearly("08-01", 0, 0, lambda _: "Emancipation Day: remember and celebrate")
    return _calendar(base, news, feasts)


def stgeorges_style() -> PublisherStyle:
    """A Grenadian English-language news site (St George's): the short date, which gained
    the time, "Written by" with the writer, a press-release line from a pool, a "Related
    posts:" heading and a linked title (a block), a letters disclaimer, a follow line
    turned Instagram and turned by the 2018 vote and the 2020 emergency, independence with
    its count, Spicemas on the second Monday of August (none in 2020), Fisherman's Birthday
    and Emancipation Day, a rights line, a rare storm watch."""
    return PublisherStyle(
        domain="grandetangtimes.gd", site="Grand Etang Times", base_size=65,
        subdomains=(("www.", 100),),
        sections=("news", "carriacou", "politics", "sports", "agriculture", "community"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "source": ("GIS", "the Office of the Prime Minister", "the Royal Grenada Police "
                       "Force", "NaDMA"),
        },
        families=(
            _f("date", HEADER, 0.6, (_OLD, "{date_short}"),
               (GD_TIME.isoformat(), "{date_short} · {time12}")),
            _f("written", HEADER, 0.4, (_OLD, "Written by {author}")),
            _f("release", HEADER, 0.15, (_OLD, "Press release from {source}")),
            _f("related", FOOTER, 0.3, (_OLD, "Related posts:")),
            _f("related-link", FOOTER, 0.3, (_OLD, "» {other_title}")),
            _f("letters", FOOTER, 0.15, (_OLD, "Letters and opinions do not necessarily "
                                               "reflect the views of the Grand Etang Times.")),
            _f("notice", FOOTER, 0.3, *_gd_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Grand Etang Times, St George's, "
                                                "Grenada, W.I.")),
            _f("storm", HEADER, 0.04, (_OLD, "🌀 Tropical storm watch for Grenada, Carriacou "
                                             "and Petite Martinique")),
        ),
    )


# --- a Martinique French-language weekly's site with Creole lines (Le Lamentin) ---------------

MQ_REDESIGN = dt.date(2019, 1, 7)  # the French weekday and date turned a numeric date


def _mq_dated(day: dt.date) -> str:
    if day < MQ_REDESIGN:
        return (f"Mis en ligne le {FRENCH_WEEKDAYS[day.weekday()]} {day.day} "
                f"{FRENCH_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d/%m/%Y} · {{time}}"


def _mq_notice() -> Wordings:
    base = _steps((_OLD, "Recevez notre lettre d'information chaque vendredi"))
    news: list[Event] = [
        _vote("2015-12-06", "🗳️ Territoriales : les résultats du premier tour", after=1),
        _vote("2015-12-13", "🗳️ Territoriales : la nouvelle assemblée de la CTM", before=4),
        _vote("2017-04-22", "🗳️ Présidentielle : le vote en Martinique, commune par "
                            "commune"),
        _span("2017-09-18", "2017-09-19", "🌀 Ouragan Maria : vigilance rouge, restez chez "
                                          "vous"),
        _span("2020-03-17", "2020-05-10", "😷 Confinement : attestation et horaires des "
                                          "commerces"),
    ]
    feasts = _yearly("05-22", 0, 0, lambda y: f"22 Mai : {y - 1848}e anniversaire de "
                                              f"l'abolition de l'esclavage")
    feasts += _movable(lambda y: easter(y) - dt.timedelta(days=46), 3, 0,
                       lambda y: f"🎭 Carnaval {y} : parcours des vidés et déviations")
    feasts += _movable(_listed(TOUR_DES_YOLES), 0, 7, lambda y: f"⛵ Tour des Yoles {y} : "
                                                                f"étapes et horaires")
    return _calendar(base, news, feasts)


def lamentin_style() -> PublisherStyle:
    """A Martinique French-language weekly's site with Creole lines (Le Lamentin): "Mis en
    ligne le" with the French weekday and date, turned a numeric date with the time (a
    wording per day), "Par" with the writer, "À lire également :" (once), a photo credit,
    a sign-off in Creole and French, a newsletter line turned by three votes, a hurricane
    and the 2020 confinement, the abolition day with its count, the carnival and the yole
    race (none in 2020), a rights line, a rare volcano notice."""
    return PublisherStyle(
        domain="courrierdulamentin.mq", site="Le Courrier du Lamentin", base_size=50,
        subdomains=(("www.", 100),),
        sections=("actualite", "lamentin", "societe", "sport", "culture", "caraibe"),
        n_authors=2, url_path="/{section}/{slug}-{n}",
        pools={"credit": ("Le Courrier du Lamentin", "CTM", "archives", "DR")},
        families=(
            _f("date", HEADER, 0.65, *_by_day(_mq_dated)),
            _f("par", HEADER, 0.4, (_OLD, "Par {author}")),
            _f("lire", MIDDLE, 0.3, (_OLD, "À lire également : {other_title}")),
            _f("credit", MIDDLE, 0.2, (_OLD, "© {credit}")),
            _f("annou", FOOTER, 0.15, (_OLD, "An nou ay ! Bonne lecture et merci de votre "
                                             "fidélité")),
            _f("lettre", FOOTER, 0.3, *_mq_notice()),
            _f("droits", FOOTER, 0.4, (_OLD, "© Le Courrier du Lamentin {year} – tous droits "
                                             "réservés")),
            _f("volcan", HEADER, 0.04, (_OLD, "🌋 Montagne Pelée : vigilance jaune, randonnées "
                                              "au sommet déconseillées")),
        ),
    )


# --- an American Samoa English-language weekly with Samoan lines (Pago Pago) -----------------

AS_SAMOAN = dt.date(2017, 4, 17)  # on Flag Day the date and the byline turned Samoan


def _as_dated(day: dt.date) -> str:
    if day < AS_SAMOAN:
        return (f"{ENGLISH_WEEKDAYS[day.weekday()]}, {ENGLISH_MONTHS[day.month - 1]} "
                f"{day.day}, {day.year}")
    return (f"{SAMOAN_WEEKDAYS[day.weekday()]}, {day.day} {SAMOAN_MONTHS[day.month - 1]} "
            f"{day.year}")


def _as_notice() -> Wordings:
    base = _steps((_OLD, "Talofa! Email your village and church news to the newsroom"))
    news: list[Event] = [
        _vote("2016-11-08", "🗳️ Election 2016: Governor, Lt. Governor and Fono results",
              after=2),
        _span("2018-02-09", "2018-02-12", "🌀 Cyclone Gita: shelters, power and water "
                                          "updates"),
        _vote("2018-11-06", "🗳️ Midterm election: Congress and Fono results"),
        _span("2019-11-19", "2019-12-31", "💉 Measles: vaccination clinics and travel rules"),
        _vote("2020-11-03", "🗳️ Election 2020: Governor and Congress results"),
        _span("2020-03-26", None, "😷 COVID-19 emergency: the borders stay closed"),
    ]
    feasts = _yearly("04-17", 1, 0, lambda y: f"🇦🇸 Flag Day: {y - 1900} years")
    feasts += _movable(lambda y: nth_weekday(y, 10, 6, 2), 0, 1,
                       lambda _: "White Sunday: Manuia le Aso Sā o Tamaiti!")
    feasts += _yearly("07-16", 0, 0, lambda y: f"Manu'a Cession Day: {y - 1904} years")
    return _calendar(base, feasts, news)


def pagopago_style() -> PublisherStyle:
    """An American Samoa English-language weekly with Samoan lines (Pago Pago): the English
    weekday and date, turned Samoan on Flag Day 2017 (a wording per day), "Story by" with
    the writer turned "Tusia e" the same day, a thank-you in Samoan, a church-notices line,
    a news line turned by three votes, a cyclone, the 2019 measles and the border closure
    from March 2020 (to the end), Flag Day and Manu'a Cession Day with their counts and
    White Sunday on the second Sunday of October, a rights line with the post code, a rare
    surf advisory."""
    return PublisherStyle(
        domain="pagobaypost.as", site="Pago Bay Post", base_size=35,
        subdomains=(("www.", 100),),
        sections=("local", "government", "sports", "church", "pacific", "business"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        families=(
            _f("aso", HEADER, 0.6, *_by_day(_as_dated)),
            _f("tusia", HEADER, 0.4, (_OLD, "Story by {author}"),
               (AS_SAMOAN.isoformat(), "Tusia e {author}")),
            _f("faafetai", FOOTER, 0.2, (_OLD, "Faafetai tele for reading the Pago Bay Post")),
            _f("church", FOOTER, 0.2, (_OLD, "⛪ Church notices for Sunday must reach us by "
                                             "Thursday noon")),
            _f("notice", FOOTER, 0.3, *_as_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Pago Bay Post, Pago Pago, American "
                                                "Samoa 96799")),
            _f("surf", HEADER, 0.04, (_OLD, "🌊 High surf advisory for the south shores of "
                                            "Tutuila")),
        ),
    )


# --- a Nauru English-language bulletin with Nauruan lines (Yaren) ----------------------------

def _nr_notice() -> Wordings:
    base = _steps((_OLD, "Ekamawir omo! Send your notices to the Bulletin by Wednesday"))
    news: list[Event] = [
        _vote("2016-07-09", "🗳️ General election 2016: the new Parliament", after=3),
        _span("2018-09-01", "2018-09-09", "🌏 Pacific Islands Forum in Nauru: road closures "
                                          "and events"),
        _vote("2019-08-24", "🗳️ General election 2019: results by constituency"),
        _span("2020-03-20", None, "😷 Borders closed: quarantine rules for returning "
                                  "residents"),
    ]
    feasts = _yearly("01-31", 1, 0, lambda y: f"🇳🇷 Independence Day: {y - 1968} years")
    feasts += _yearly("10-26", 0, 0, lambda _: "Angam Day: celebrating our people")
    feasts += _yearly("05-17", 0, 0, lambda y: f"Constitution Day: {y - 1968} years")
    return _calendar(base, feasts, news)


def yaren_style() -> PublisherStyle:
    """A Nauru English-language bulletin with Nauruan lines (Yaren): the town and the date,
    "Story:" with the writer, a thank-you in Nauruan, the week's water deliveries with a
    list of districts, a notices line in Nauruan and English turned by two votes, the 2018
    Forum and the border closure from March 2020 (to the end), independence and the
    constitution day with their counts and Angam Day, a rights line, a rare fuel notice."""
    return PublisherStyle(
        domain="anibarebulletin.nr", site="Anibare Bulletin", base_size=25,
        subdomains=(("www.", 100),),
        sections=("news", "districts", "sport", "government", "pacific", "community"),
        n_authors=2, url_path="/{yyyy}/{mm}/{slug}",
        pools={
            "district": ("Aiwo", "Anabar", "Anetan", "Anibare", "Baitsi", "Boe", "Buada",
                         "Denigomodu", "Ewa", "Ijuw", "Meneng", "Nibok", "Uaboe", "Yaren"),
        },
        families=(
            _f("date", HEADER, 0.6, (_OLD, "Yaren, {date_dmy}")),
            _f("story", HEADER, 0.4, (_OLD, "Story: {author}")),
            _f("tubwa", FOOTER, 0.2, (_OLD, "Tubwa! Thank you for reading the Anibare "
                                            "Bulletin")),
            _f("water", FOOTER, 0.2, (_OLD, "🚰 Water deliveries this week: {district_list}")),
            _f("notice", FOOTER, 0.3, *_nr_notice()),
            _f("copyright", FOOTER, 0.4, (_OLD, "© {year} Anibare Bulletin, Republic of "
                                                "Nauru")),
            _f("fuel", HEADER, 0.04, (_OLD, "⛽ Fuel shortage: petrol rationed at the Aiwo "
                                            "station")),
        ),
    )


def heldout59_styles() -> list[PublisherStyle]:
    """The held-back-59 styles, in the order the generator hands them to publishers."""
    return [
        benghazi_style(), naha_style(), janakpur_style(), portonovo_style(), bata_style(),
        david_style(), serrekunda_style(), castries_style(), stgeorges_style(),
        lamentin_style(), pagopago_style(), yaren_style(),
    ]
