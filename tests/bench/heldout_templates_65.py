"""The ``held-back-65`` template set of the planted-real benchmark.

Written by a helper session as a clean unseen test, after the held-back-63 set
(`tests.bench.heldout_templates_63`; a held-back-64 set was being written at the same time by
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
earlier set had a publisher in, in Central and Eastern Europe, the Caucasus, Central Asia,
the Middle East, East and South Asia, Africa and Oceania, large and small, in several
languages and scripts (some printing two languages or scripts on one line); three are small
English-language specialist sites: a fintech news site, a grain growers' paper and an eye
hospital's outreach news. The families are the kinds a crawl of such sites holds: dates
localised day by day (one with the arithmetic Hijri date, one with the Republic of China
year, one with the Nepal Sambat year that turns on a listed day, in Devanagari digits, some
changing form on the day of a redesign), weekly and fortnightly numbers (a weekly's issues,
a fortnightly's editions, weekly exchange rates and grain prices), a rate that changes each
business day, monthly running tallies, bylines and datelines of many shapes, notices
reworded in 2016-2020, notices that follow a calendar (votes, storms, floods, an
earthquake's aftermath, epidemics, national and community days with their counts, movable
feasts on the Islamic, Chinese and Western calendars, days on a weekday of a month, field
days and festivals called off or moved in 2020) and the seasons (farming, heating, the
winds, a mountain road), a tax and fuel regime that changed on given days, other articles'
titles, multi-line blocks, mid-body inserts (some up to two times), bare lines, and families
in only 4-5% of articles beside ones in nearly all. The hard negatives (statements quoted in
several articles, syndicated copies, stock sentences) are the generator's.
"""

from __future__ import annotations

import datetime as dt
import math

from cleanpipe.sample.templates import FOOTER, HEADER, MIDDLE, PublisherStyle
from tests.bench.heldout_calendar import (
    Event,
    Period,
    Wordings,
    digits,
    easter,
    jdn,
    ordinal,
)
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

DEVANAGARI_ZERO = "\u0966"  # ०

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
HUNGARIAN_MONTHS = ("január", "február", "március", "április", "május", "június", "július",
                    "augusztus", "szeptember", "október", "november", "december")
HUNGARIAN_WEEKDAYS = ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap")
ARABIC_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                 "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
ARABIC_WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
RUSSIAN_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                  "сентября", "октября", "ноября", "декабря")  # the genitive, as dates use it
RUSSIAN_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                    "воскресенье")
KAZAKH_MONTHS = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
                 "қыркүйек", "қазан", "қараша", "желтоқсан")
CHINESE_WEEKDAYS = ("一", "二", "三", "四", "五", "六", "日")
OSSETIAN_WEEKDAYS = ("Къуырисæр", "Дыццæг", "Æртыццæг", "Цыппæрæм", "Майрæмбон", "Сабат",
                     "Хуыцаубон")
TURKISH_MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                  "Eylül", "Ekim", "Kasım", "Aralık")
TURKISH_WEEKDAYS = ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar")
NEPALI_MONTHS = ("जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगष्ट",
                 "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर")
NEWAR_WEEKDAYS = ("सोमबाः", "मंगलबाः", "बुधबाः", "बिहिबाः", "सुक्रबाः", "शनिबाः", "आइतबाः")
OSHIWAMBO_MONTHS = ("Januali", "Febuluali", "Maalitsa", "Apilili", "Mei", "Juni", "Juli",
                    "Auguste", "Septemba", "Oktoba", "Novemba", "Desemba")
OSHIWAMBO_WEEKDAYS = ("Omaandaha", "Etiyali", "Etitatu", "Etine", "Etitano", "Olyomakaya",
                      "Osoondaha")

# Movable days as the sites' readers kept them.
RAMADAN_SA = {2015: "2015-06-18", 2016: "2016-06-06", 2017: "2017-05-27", 2018: "2018-05-17",
              2019: "2019-05-06", 2020: "2020-04-24"}
EID_FITR_SA = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25", 2018: "2018-06-15",
               2019: "2019-06-04", 2020: "2020-05-24"}
EID_ADHA_SA = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
               2019: "2019-08-11", 2020: "2020-07-31"}
# The two feasts as Bulgaria's chief mufti announced them.
RAMAZAN_BG = {2015: "2015-07-17", 2016: "2016-07-05", 2017: "2017-06-25", 2018: "2018-06-15",
              2019: "2019-06-04", 2020: "2020-05-24"}
KURBAN_BG = {2015: "2015-09-24", 2016: "2016-09-12", 2017: "2017-09-01", 2018: "2018-08-21",
             2019: "2019-08-11", 2020: "2020-07-31"}
SPRING_FESTIVAL = {2015: "2015-02-19", 2016: "2016-02-08", 2017: "2017-01-28",
                   2018: "2018-02-16", 2019: "2019-02-05", 2020: "2020-01-25"}
# Mha Puja, the first day of the Nepal Sambat year (the year that starts on it is the
# Gregorian year minus 879).
MHA_PUJA = {2014: "2014-10-24", 2015: "2015-11-12", 2016: "2016-10-31", 2017: "2017-10-20",
            2018: "2018-11-08", 2019: "2019-10-28", 2020: "2020-11-16", 2021: "2021-11-05"}
# The first day of the Bikram Sambat year (Nepali new year), the day of Bhaktapur's Bisket.
BS_NEW_YEAR = {2015: "2015-04-14", 2016: "2016-04-13", 2017: "2017-04-14", 2018: "2018-04-14",
               2019: "2019-04-14", 2020: "2020-04-13"}
# The Kilimanjaro Marathon's race days (in 2020 run on 1 March, before the epidemic).
KILI_MARATHON = {2015: "2015-03-01", 2016: "2016-02-28", 2017: "2017-02-26",
                 2018: "2018-03-04", 2019: "2019-03-03", 2020: "2020-03-01"}


def hijri(day: dt.date) -> tuple[int, int, int]:
    """`day` in the arithmetic (tabular, civil) Hijri calendar, as the site's date widget
    computes it: (year, month from 1, day from 1)."""
    n = jdn(day) - 1948440 + 10632
    q = (n - 1) // 10631
    n = n - 10631 * q + 354
    j = ((10985 - n) // 5316) * ((50 * n) // 17719) + (n // 5670) * ((43 * n) // 15238)
    n = n - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * n) // 709
    return 30 * q + j - 30, month, n - (709 * month) // 24


def hijri_new_year(y: int) -> dt.date:
    """The first of Muharram (arithmetic) in Gregorian year `y` (one in each of 2015-2020)."""
    day = dt.date(y, 1, 1)
    while hijri(day)[1:] != (1, 1):
        day += dt.timedelta(days=1)
    return day


# --- a Hungarian-language daily of Székely Land (Miercurea Ciuc, Romania) --------------------

OT_REDESIGN = dt.date(2018, 3, 15)  # the long Hungarian date turned "Frissítve:" with the time
OT_CREDITS = dt.date(2019, 1, 7)
OT_LINKS = dt.date(2019, 9, 2)
OT_NEWSLETTER = dt.date(2018, 10, 1)
OT_RIGHTS = dt.date(2019, 5, 2)
OT_PUBLISHER = dt.date(2017, 6, 1)

# Forints a leu bought at the Hungarian central bank's mid rate, at the start of each year.
HUF_PER_RON = {2014: 69.6, 2015: 69.4, 2016: 69.3, 2017: 68.1, 2018: 66.5, 2019: 68.9,
               2020: 69.0, 2021: 74.9, 2022: 74.6}


def pentecost_saturday(y: int) -> dt.date:
    """The Saturday before Pentecost, the day of the Csíksomlyó pilgrimage."""
    return easter(y) + dt.timedelta(days=48)


def _ot_dated(day: dt.date) -> str:
    if day < OT_REDESIGN:
        return (f"{day.year}. {HUNGARIAN_MONTHS[day.month - 1]} {day.day}., "
                f"{HUNGARIAN_WEEKDAYS[day.weekday()]}")
    return f"Frissítve: {day:%Y.%m.%d.} {{time}}"


def ot_rate(day: dt.date) -> str:
    """The week's mid rate of the leu in forints (Monday to Sunday; a wording per week)."""
    monday = day - dt.timedelta(days=day.weekday())
    start, end = HUF_PER_RON[monday.year], HUF_PER_RON[monday.year + 1]
    k = (monday - dt.date(2014, 12, 29)).days // 7
    level = start + (end - start) * (monday.timetuple().tm_yday - 1) / 365
    rate = f"{level + 0.6 * math.sin(k / 3.1):.2f}".replace(".", ",")
    return f"💱 Heti árfolyam: 1 lej = {rate} forint (MNB-középárfolyam)"


def _ot_notice() -> Wordings:
    base = _steps((_OLD, "Kövesse az Olthatárt a Facebookon is!"),
                  (OT_NEWSLETTER.isoformat(), "📩 Iratkozzon fel hírlevelünkre: minden reggel "
                                              "elküldjük a nap csíki híreit"))
    news: list[Event] = [
        _vote("2016-12-11", "🗳️ Parlamenti választás 2016: Hargita megye eredményei", after=2),
        _vote("2018-04-08", "🗳️ Országgyűlési választás: a levélszavazatok beérkezése",
              before=10, after=0),
        _vote("2019-11-10", "🗳️ Államelnök-választás, első forduló: eredmények Hargita "
                            "megyében", before=3, after=1),
        _vote("2019-11-24", "🗳️ Államelnök-választás, második forduló: eredmények", before=3,
              after=1),
        _span("2020-03-16", "2020-05-14", "😷 Szükségállapot: maradjon otthon, vigyázzunk "
                                          "egymásra!"),
        _vote("2020-09-27", "🗳️ Helyhatósági választás 2020: polgármesterek és tanácsosok",
              after=2),
        _vote("2020-12-06", "🗳️ Parlamenti választás 2020: Hargita megye eredményei",
              before=4, after=2),
    ]
    feasts = _movable(lambda y: easter(y), 1, 1, lambda _: "🐣 Áldott, békés húsvéti "
                                                           "ünnepeket kívánunk olvasóinknak!")
    feasts += _movable(pentecost_saturday, 2, 0,
                       lambda y: ("🙏 A csíksomlyói búcsú idén elmarad: a szentmisét online "
                                  "közvetítik" if y == 2020 else
                                  "🙏 Csíksomlyói búcsú: élő közvetítés a nyeregből"))
    feasts += _yearly("03-15", 0, 0, lambda y: f"🇭🇺 Március 15.: az 1848–49-es forradalom és "
                                               f"szabadságharc {y - 1848}. évfordulója")
    feasts += _yearly("08-20", 0, 0, lambda _: "Szent István-nap: ünnepi szentmise és "
                                               "kenyérszentelés")
    feasts += _yearly("10-23", 0, 0, lambda y: f"🇭🇺 Október 23.: az 1956-os forradalom "
                                               f"{y - 1956}. évfordulója")
    feasts += _yearly("12-01", 0, 0, lambda y: f"🇷🇴 December 1.: Románia nemzeti ünnepe "
                                               f"({y - 1918}. évforduló)")
    return _calendar(base, news, feasts)


def csik_style() -> PublisherStyle:
    """A Hungarian-language daily of Székely Land (Miercurea Ciuc, Romania): a column
    kicker, the Hungarian long date with the weekday, turned "Frissítve:" with a dotted date
    and the time on the national day 2018 (a wording per day), the writer turned words and
    photos credits, a from-our-correspondent line from a pool of towns, "Kapcsolódó:" turned
    "» Ezt is ajánljuk:" (up to twice), an ad label, a photo credit, the week's forint rate
    of the leu (a wording per week), a follow line turned a newsletter line and turned by
    Romanian and Hungarian votes and the 2020 emergency, Easter, the Csíksomlyó pilgrimage on
    the Saturday before Pentecost (online only in 2020), the Hungarian national days and the
    Romanian one with their counts, a comments policy, a rights line reworded and the
    publisher's line (a block), a rare bear alert."""
    return PublisherStyle(
        domain="olthatar.ro", site="Olthatár", base_size=230,
        subdomains=(("www.", 85), ("m.", 15)),
        sections=("csikszereda", "szekelyfold", "gazdasag", "kultura", "sport", "erdely"),
        n_authors=8, url_path="/{section}/{yyyy}/{mm}/{dd}/{slug}",
        pools={
            "rovat": ("Csíkszereda", "Székelyföld", "Gazdaság", "Kultúra", "Sport", "Erdély",
                      "Világ"),
            "helyseg": ("Gyergyószentmiklós", "Székelyudvarhely", "Balánbánya",
                        "Tusnádfürdő", "Csíkszentdomokos", "Maroshévíz"),
            "foto": ("a szerző felvétele", "archív", "olvasói fotó", "Hargita Megye Tanácsa",
                     "Facebook"),
        },
        families=(
            _f("rovat", HEADER, 0.3, (_OLD, "{rovat}")),
            _f("datum", HEADER, 0.8, *_by_day(_ot_dated)),
            _f("szerzo", HEADER, 0.45, (_OLD, "{author}"),
               (OT_CREDITS.isoformat(), "Szöveg: {author} | Fotó: {author2}")),
            _f("tudosito", HEADER, 0.15, (_OLD, "{helyseg} – saját tudósítónktól")),
            _f("kapcsolodo", MIDDLE, 0.3, (_OLD, "Kapcsolódó: {other_title}"),
               (OT_LINKS.isoformat(), "» Ezt is ajánljuk: {other_title}"), count=2),
            _f("hirdetes", MIDDLE, 0.2, (_OLD, "HIRDETÉS")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Fotó: {foto}")),
            _f("arfolyam", FOOTER, 0.2, *_by_day(ot_rate)),
            _f("ertesites", FOOTER, 0.3, *_ot_notice()),
            _f("hozzaszolas", FOOTER, 0.15, (_OLD, "A hozzászólások nem a szerkesztőség "
                                                   "véleményét tükrözik. A sértő kommenteket "
                                                   "töröljük.")),
            _f("jogok", FOOTER, 0.45, (_OLD, "© {year} Olthatár. Minden jog fenntartva."),
               (OT_RIGHTS.isoformat(), "© {year} Olthatár – A tartalmak átvétele csak a forrás "
                                       "megjelölésével engedélyezett.")),
            _f("kiado", FOOTER, 0.35, (_OLD, "Kiadó: Hargitai Hírlap Kft., Csíkszereda"),
               (OT_PUBLISHER.isoformat(), "Kiadó: Hargitai Hírlap Kft., Csíkszereda | "
                                          "Felelős kiadó: a főszerkesztő")),
            _f("medve", HEADER, 0.04, (_OLD, "🐻 Medveriasztás: RO-ALERT üzenetet kaptak a "
                                             "csíkszeredaiak, kerüljék a patakpartot")),
        ),
    )


# --- a Saudi Arabic-language daily of Al-Ahsa (Hofuf, Eastern Province) ----------------------

HJ_REDESIGN = dt.date(2019, 9, 1)  # on 1 Muharram 1441 the long dates turned numeric ones
HJ_BYLINE = dt.date(2018, 10, 14)
HJ_LINKS = dt.date(2019, 3, 3)
HJ_SNAPCHAT = dt.date(2017, 10, 1)
HJ_RIGHTS = dt.date(2020, 1, 1)

# The fuel prices and the value-added tax, from the days they changed.
HJ_PRICES = (
    (_OLD, "⛽ سعر لتر البنزين: 91 بـ0.45 ريال و95 بـ0.60 ريال"),
    ("2015-12-29", "⛽ أسعار البنزين الجديدة: 91 بـ0.75 ريال و95 بـ0.90 ريال للتر"),
    ("2018-01-01", "🧾 بدء تطبيق ضريبة القيمة المضافة 5% | البنزين 91 بـ1.37 ريال و95 بـ2.04 "
                   "ريال"),
    ("2020-07-01", "🧾 ضريبة القيمة المضافة 15% اعتباراً من 1 يوليو 2020"),
)

HJ_SEASONS = (
    ("01-01", "🌴 موسم تلقيح النخيل يقترب: مواعيد توزيع الطلع في سوق الهفوف"),
    ("07-15", "🌴 موسم صرام التمور: أسعار الخلاص والرزيز في سوق التمور بالأحساء"),
    ("10-15", "🌧️ موسم الوسم: الأرصاد تتوقع أمطاراً على الأحساء"),
)


def _hj_dated(day: dt.date) -> str:
    hy, hm, hd = hijri(day)
    if day < HJ_REDESIGN:
        return (f"{ARABIC_WEEKDAYS[day.weekday()]} {hd} {HIJRI_MONTHS[hm - 1]} {hy}هـ - "
                f"{day.day} {ARABIC_MONTHS[day.month - 1]} {day.year}م")
    return f"{hy}/{hm:02d}/{hd:02d}هـ الموافق {day:%Y/%m/%d}م"


def _hj_notice() -> Wordings:
    base = _steps((_OLD, "تابعونا على تويتر وإنستغرام"),
                  (HJ_SNAPCHAT.isoformat(), "👻 أضيفونا على سناب شات: هجر اليوم"))
    news: list[Event] = [
        _span("2018-04-18", "2018-04-20", "🎬 عودة السينما إلى المملكة بعد 35 عاماً"),
        _span("2018-06-23", "2018-06-26", "🚗 المرأة تقود السيارة في المملكة اعتباراً من "
                                          "اليوم"),
        _span("2018-06-30", "2018-07-04", "🌴 الأحساء على قائمة التراث العالمي لليونسكو"),
        _span("2020-03-23", "2020-06-20", "😷 منع التجول: #خلك_في_البيت"),
    ]
    feasts = [(_day(RAMADAN_SA[y], -1), _day(EID_FITR_SA[y], -1),
               "🌙 رمضان كريم: إمساكية الشهر الكريم لمدينة الهفوف") for y in YEARS]
    feasts += _movable(_listed(EID_FITR_SA), 0, 3, lambda _: "عيدكم مبارك، وكل عام وأنتم "
                                                             "بخير")
    feasts += _movable(_listed(EID_ADHA_SA), 1, 3, lambda _: "🐑 عيد أضحى مبارك، تقبل الله "
                                                             "طاعاتكم")
    feasts += _movable(hijri_new_year, 0, 1, lambda y: f"🌙 عام هجري سعيد: "
                                                       f"{hijri(hijri_new_year(y))[0]}هـ")
    feasts += _yearly("09-23", 0, 1, lambda y: f"🇸🇦 اليوم الوطني الـ{y - 1930}: همة حتى "
                                               f"القمة")
    return _calendar(base, news, feasts)


def ahsa_style() -> PublisherStyle:
    """A Saudi Arabic-language daily of Al-Ahsa (Hofuf, Eastern Province): a section kicker,
    the weekday with the arithmetic Hijri and the Gregorian dates, turned numeric dates on 1
    Muharram 1441 (a wording per day), the place with the writer, turned "كتب:" with the
    site's name, a correspondent line from a pool of towns, "مواضيع ذات صلة:" turned "🔗 قد
    يهمك:" (up to twice), an ad label, a photographer line, the fuel prices and the
    value-added tax from the days they changed, a date-palm season line, a follow line
    turned Snapchat and turned by the cinemas' return, women's driving, the UNESCO listing
    and the 2020 curfew, Ramadan, the two Eids, the Hijri new year with its number and the
    national day with its count, a comments policy, a rights line reworded, a rare dust
    warning."""
    return PublisherStyle(
        domain="hajaralyoum.com.sa", site="هجر اليوم", base_size=205,
        subdomains=(("www.", 70), ("", 30)),
        sections=("alahsa", "sharqiya", "local", "economy", "sport", "culture"),
        n_authors=7, url_path="/news/{n}",
        pools={
            "qism": ("الأحساء", "المنطقة الشرقية", "محليات", "اقتصاد", "رياضة", "ثقافة وفنون"),
            "madina": ("المبرز", "العيون", "الجفر", "العمران", "الطرف", "القارة"),
            "musawwir": ("حسين العلي", "عبدالله البقشي", "واس", "أرشيفية", "من المصدر"),
        },
        families=(
            _f("qism", HEADER, 0.3, (_OLD, "{qism}")),
            _f("tarikh", HEADER, 0.8, *_by_day(_hj_dated)),
            _f("katib", HEADER, 0.45, (_OLD, "الأحساء - {author}"),
               (HJ_BYLINE.isoformat(), "كتب: {author} | هجر اليوم")),
            _f("murasil", HEADER, 0.15, (_OLD, "{madina} - مراسل الصحيفة")),
            _f("sila", MIDDLE, 0.35, (_OLD, "مواضيع ذات صلة: {other_title}"),
               (HJ_LINKS.isoformat(), "🔗 قد يهمك: {other_title}"), count=2),
            _f("ilan", MIDDLE, 0.2, (_OLD, "مساحة إعلانية")),
            _f("adasa", MIDDLE, 0.2, (_OLD, "عدسة: {musawwir}")),
            _f("asaar", FOOTER, 0.2, *HJ_PRICES),
            _f("mawsim", FOOTER, 0.15, *_seasons(*HJ_SEASONS)),
            _f("tanbih", FOOTER, 0.3, *_hj_notice()),
            _f("taaliqat", FOOTER, 0.15, (_OLD, "نرحب بتعليقاتكم، ونحتفظ بحق حذف أي تعليق "
                                                "مسيء أو خارج عن موضوع الخبر")),
            _f("huquq", FOOTER, 0.45, (_OLD, "جميع الحقوق محفوظة لصحيفة هجر اليوم © {year}"),
               (HJ_RIGHTS.isoformat(), "© {year} هجر اليوم | يسمح بالنقل مع ذكر المصدر")),
            _f("ghubar", HEADER, 0.04, (_OLD, "🌪️ الأرصاد: رياح نشطة مثيرة للأتربة والغبار "
                                              "على الأحساء")),
        ),
    )


# --- a Russian-language city news site with Kazakh lines (Karaganda, Kazakhstan) -------------

KR_REDESIGN = dt.date(2018, 7, 6)  # on the capital's day the date gained its Kazakh form
KR_BYLINE = dt.date(2019, 2, 4)
KR_LINKS = dt.date(2019, 9, 2)
KR_TELEGRAM = dt.date(2018, 3, 1)
KR_RIGHTS = dt.date(2019, 5, 14)
KR_MINISTRY = dt.date(2019, 1, 14)  # the ministry's new name in the registration line

KR_HEATING = (
    ("05-06", "☀️ Отопительный сезон завершён: горячую воду отключают на ремонт по графику"),
    ("09-15", "🔥 Отопительный сезон: о перебоях с теплом сообщайте в единую службу 109"),
)


def miners_day(y: int) -> dt.date:
    """The miners' day and the city's day: the last Sunday of August."""
    return nth_weekday(y, 8, 6, -1)


def _kr_dated(day: dt.date) -> str:
    if day < KR_REDESIGN:
        return (f"{day.day} {RUSSIAN_MONTHS[day.month - 1]} {day.year} г., "
                f"{RUSSIAN_WEEKDAYS[day.weekday()]}")
    return (f"{day:%d.%m.%Y}, {{time}} · {day.year} жылғы {day.day} "
            f"{KAZAKH_MONTHS[day.month - 1]}")


def _kr_notice() -> Wordings:
    base = _steps((_OLD, "Присоединяйтесь к нам во «ВКонтакте» и Instagram"),
                  (KR_TELEGRAM.isoformat(), "📲 Наш канал в Telegram: новости Караганды "
                                            "первыми"))
    news: list[Event] = [
        _vote("2016-03-20", "🗳️ Выборы в Мажилис: итоги голосования по области", after=2),
        _span("2019-03-20", "2019-03-24", "Астана переименована в Нур-Султан: что изменится"),
        _vote("2019-06-09", "🗳️ Президентские выборы 2019: явка и итоги", after=2),
        _span("2020-03-16", "2020-05-11", "😷 Чрезвычайное положение: оставайтесь дома"),
        _span("2020-07-05", "2020-08-02", "😷 Карантин снова ужесточён: что закрыто в "
                                          "Караганде"),
    ]
    feasts = _yearly("03-21", 1, 2, lambda _: "🌷 Наурыз мейрамы құтты болсын! С праздником "
                                              "Наурыз!")
    feasts += _yearly("05-09", 0, 0, lambda y: f"🎖 С Днём Победы! {y - 1945}-я годовщина "
                                               f"Победы")
    feasts += _yearly("07-06", 0, 0, lambda y: f"День столицы: {y - 1998}-летие главного "
                                               f"города страны")
    feasts += _movable(miners_day, 2, 0, lambda _: "⛏ С Днём шахтёра и Днём города, "
                                                   "Караганда!")
    feasts += _yearly("12-16", 0, 1, lambda y: f"🇰🇿 Тәуелсіздік күні: {y - 1991}-летие "
                                               f"Независимости Казахстана")
    return _calendar(base, news, feasts)


def karaganda_style() -> PublisherStyle:
    """A Russian-language city news site with Kazakh lines (Karaganda, Kazakhstan): a
    rubric kicker, the Russian date with the weekday, which turned a numeric date with the
    time and the Kazakh date on the capital's day 2018 (a wording per day), "Автор:" turned
    the writer with the rubric, a correspondent line from a pool of towns, "Читайте также:"
    turned "➡ По теме:" (up to twice), an ad label, a photo credit, a heating-season line, a
    follow line turned Telegram and turned by two votes, the capital's renaming and the 2020
    emergency and quarantine, Nauryz, Victory day and the capital's day with their counts,
    the miners' day on the last Sunday of August and independence with its count, an
    opinion disclaimer, a rights line reworded and the registration line (whose ministry was
    renamed; a block), a rare blizzard warning."""
    return PublisherStyle(
        domain="kuryersaryarki.kz", site="Курьер Сарыарки", base_size=180,
        subdomains=(("www.", 60), ("", 40)),
        sections=("gorod", "region", "incidents", "economy", "sport", "culture"),
        n_authors=6, url_path="/news/{section}/{n}-{slug}",
        pools={
            "rubrika": ("Город", "Регион", "Происшествия", "Экономика", "Спорт", "Культура",
                        "Қоғам"),
            "gorod": ("Темиртау", "Шахтинск", "Сарань", "Абай", "Балхаш", "Жезказган"),
            "foto": ("пресс-служба акимата", "архив редакции", "фото читателя", "Kazinform",
                     "автора"),
            "beat": ("Город", "Происшествия", "Экономика", "Спорт"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.8, *_by_day(_kr_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (KR_BYLINE.isoformat(), "{author}, рубрика «{author_beat}»")),
            _f("sobkor", HEADER, 0.15, (_OLD, "{gorod} – наш корреспондент")),
            _f("chitaite", MIDDLE, 0.3, (_OLD, "Читайте также: {other_title}"),
               (KR_LINKS.isoformat(), "➡ По теме: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "Реклама")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("otoplenie", FOOTER, 0.2, *_seasons(*KR_HEATING)),
            _f("obyavlenie", FOOTER, 0.3, *_kr_notice()),
            _f("mnenie", FOOTER, 0.15, (_OLD, "Мнение автора может не совпадать с позицией "
                                              "редакции")),
            _f("prava", FOOTER, 0.45, (_OLD, "© 2009–{year} Курьер Сарыарки. При "
                                             "использовании материалов ссылка обязательна."),
               (KR_RIGHTS.isoformat(), "© {year} Курьер Сарыарки. Все права защищены. "
                                       "Гиперссылка на источник обязательна. 16+")),
            _f("svidetelstvo", FOOTER, 0.35, (_OLD, "Свидетельство о постановке на учёт СМИ "
                                                    "№ 15012-ИА выдано Министерством "
                                                    "информации и коммуникаций РК"),
               (KR_MINISTRY.isoformat(), "Свидетельство о постановке на учёт СМИ № 15012-ИА "
                                         "выдано Министерством информации и общественного "
                                         "развития РК")),
            _f("buran", HEADER, 0.04, (_OLD, "🌨 Буран: трассы Караганда – Темиртау и "
                                             "Караганда – Балхаш закрыты")),
        ),
    )


# --- a Hakka community news site in Traditional Chinese (Meinong, Kaohsiung, Taiwan) --------

HK_REDESIGN = dt.date(2019, 2, 24)  # on the Hakka day 2019 the date turned "發布時間："
HK_BYLINE = dt.date(2018, 8, 1)
HK_LINKS = dt.date(2019, 6, 3)
HK_LINE = dt.date(2018, 5, 1)
HK_RIGHTS = dt.date(2020, 3, 2)

HK_FARMING = (
    ("02-01", "🌾 一期稻作插秧期，田間用水請配合輪灌時間"),
    ("05-15", "🦋 黃蝶翠谷黃蝶季，假日請配合交通管制"),
    ("07-01", "🌾 一期稻收割中，行經農路請注意農機"),
    ("09-01", "🌱 二期稻生長期，颱風季請做好田間排水"),
    ("12-01", "🥕 白玉蘿蔔採收季，歡迎來美濃拔蘿蔔"),
)


def tian_chuan(y: int) -> dt.date:
    """The national Hakka day (天穿日): the twentieth day of the first lunar month."""
    return _day(SPRING_FESTIVAL[y], 19)


def _hk_dated(day: dt.date) -> str:
    roc = day.year - 1911
    if day < HK_REDESIGN:
        return f"中華民國{roc}年{day.month}月{day.day}日（星期{CHINESE_WEEKDAYS[day.weekday()]}）"
    return f"發布時間：{roc}/{day.month:02d}/{day.day:02d} {{time}}"


def _hk_notice() -> Wordings:
    base = _steps((_OLD, "請追蹤月光山客家新聞臉書粉絲專頁"),
                  (HK_LINE.isoformat(), "📱 加入LINE好友，每天收到美濃在地新聞"))
    news: list[Event] = [
        _vote("2016-01-16", "🗳️ 2016總統立委選舉開票即時報導", before=3, after=1),
        _span("2016-09-27", "2016-09-29", "🌀 梅姬颱風來襲：美濃區停班停課資訊"),
        _span("2018-08-23", "2018-08-26", "🌧️ 0823豪雨：美濃低窪地區淹水災情整理"),
        _vote("2018-11-24", "🗳️ 九合一選舉：美濃區里長開票結果", before=3, after=1),
        _vote("2020-01-11", "🗳️ 2020總統立委選舉開票即時報導", before=3, after=1),
        _span("2020-01-28", "2020-06-06", "😷 防疫期間進入醫療院所請戴口罩、量體溫"),
    ]
    feasts = _movable(_listed(SPRING_FESTIVAL), 1, 4, lambda _: "🧧 新年快樂，大家新春"
                                                                "行大運！")
    feasts += _movable(tian_chuan, 0, 0, lambda y: f"第{y - 2010}屆全國客家日（天穿日）："
                                                   f"今晡日愛歇睏")
    feasts += _yearly("10-10", 0, 0, lambda _: "🇹🇼 國慶日快樂")
    return _calendar(base, news, feasts)


def meinong_style() -> PublisherStyle:
    """A Hakka community news site in Traditional Chinese (Meinong, Kaohsiung, Taiwan): a
    category kicker, the Republic of China date with the weekday, turned "發布時間：" with a
    slashed ROC date and the time on the Hakka day 2019 (a wording per day), the reporter
    line turned text and picture credits, a dispatch line from a pool of villages, "延伸
    閱讀：" turned "▸ 你可能也想看：" (up to twice), an ad label, a photo credit, a farming
    season line, a follow line turned LINE and turned by three votes, a typhoon, a flood and
    the 2020 epidemic, the lunar new year, the national Hakka day with its edition and the
    national day, a Hakka thank-you, a rights line reworded, a rare heat warning."""
    return PublisherStyle(
        domain="moonhillnews.tw", site="月光山客家新聞", base_size=160,
        subdomains=(("www.", 100),),
        sections=("meinong", "liudui", "hakka", "nongye", "jiaoyu", "shequ"),
        n_authors=4, url_path="/news/{yyyy}{mm}{dd}{n}",
        pools={
            "fenlei": ("美濃", "旗山", "六堆", "客家文化", "農業", "教育", "社區"),
            "zhuang": ("杉林", "六龜", "內埔", "竹田", "萬巒", "高樹"),
            "sheying": ("美濃區公所", "讀者提供", "本報資料照", "客家委員會", "記者攝"),
        },
        families=(
            _f("fenlei", HEADER, 0.3, (_OLD, "{fenlei}")),
            _f("riqi", HEADER, 0.8, *_by_day(_hk_dated)),
            _f("jizhe", HEADER, 0.45, (_OLD, "記者{author}／美濃報導"),
               (HK_BYLINE.isoformat(), "文／{author}　圖／{author2}")),
            _f("xun", HEADER, 0.15, (_OLD, "【{zhuang}訊】")),
            _f("yanshen", MIDDLE, 0.3, (_OLD, "延伸閱讀：{other_title}"),
               (HK_LINKS.isoformat(), "▸ 你可能也想看：{other_title}"), count=2),
            _f("guanggao", MIDDLE, 0.2, (_OLD, "廣告")),
            _f("sheying", MIDDLE, 0.2, (_OLD, "（攝影：{sheying}）")),
            _f("nongshi", FOOTER, 0.2, *_seasons(*HK_FARMING)),
            _f("tongzhi", FOOTER, 0.3, *_hk_notice()),
            _f("xiexie", FOOTER, 0.15, (_OLD, "恁仔細 an` zii` se！多謝你看月光山客家新聞")),
            _f("banquan", FOOTER, 0.45, (_OLD, "月光山客家新聞 版權所有 © {year}"),
               (HK_RIGHTS.isoformat(), "© {year} 月光山客家新聞 本站文字及圖片未經授權請勿"
                                       "轉載")),
            _f("gaowen", HEADER, 0.04, (_OLD, "🌡️ 高溫資訊：美濃今日氣溫可達36度，請多補充"
                                              "水分")),
        ),
    )


# --- a Russian-language news site with Ossetian lines (Vladikavkaz, North Ossetia) ----------

IR_REDESIGN = dt.date(2018, 10, 15)  # on Kosta's birthday the date turned numeric, Ossetian
IR_BYLINE = dt.date(2019, 4, 1)
IR_LINKS = dt.date(2019, 7, 1)
IR_INSTAGRAM = dt.date(2018, 6, 4)
IR_RIGHTS = dt.date(2019, 10, 15)
IR_LARS_CLOSED = dt.date(2020, 3, 14)  # the border crossing closed to travellers

IR_ROAD = (
    ("04-15", "🚗 Военно-Грузинская дорога: КПП «Верхний Ларс» работает в штатном режиме"),
    ("11-15", "❄️ Военно-Грузинская дорога: зимой возможны закрытия из-за лавин, следите за "
              "сообщениями"),
)


def _ir_dated(day: dt.date) -> str:
    if day < IR_REDESIGN:
        return (f"{RUSSIAN_WEEKDAYS[day.weekday()].capitalize()}, {day.day} "
                f"{RUSSIAN_MONTHS[day.month - 1]} {day.year}")
    return f"{day:%d.%m.%Y} {{time}} | {OSSETIAN_WEEKDAYS[day.weekday()]}"


def _ir_notice() -> Wordings:
    base = _steps((_OLD, "Подписывайтесь на нас во «ВКонтакте» и «Одноклассниках»"),
                  (IR_INSTAGRAM.isoformat(), "📲 Мы в Instagram: свежие фото и новости "
                                             "Ирыстона"))
    news: list[Event] = [
        _vote("2016-09-18", "🗳️ Единый день голосования: выборы в Госдуму и парламент "
                            "республики", after=2),
        _vote("2018-03-18", "🗳️ Выборы президента: явка по районам республики", after=2),
        _span("2020-03-28", "2020-06-08", "😷 Режим самоизоляции: оставайтесь дома"),
        _span("2020-06-25", "2020-07-02", "🗳️ Общероссийское голосование по поправкам к "
                                          "Конституции"),
    ]
    feasts = _yearly("05-09", 0, 0, lambda y: f"🎖 Уæлахизы бон! С Днём Победы — {y - 1945}-я "
                                              f"годовщина")
    feasts += _yearly("09-01", 0, 2, lambda y: f"🕯 Беслан: помним. {y - 2004} лет со дня "
                                               f"трагедии")
    feasts += _yearly("10-15", 0, 0, lambda y: f"Хетæгкаты Къостайы райгуырдыл — {y - 1859} "
                                               f"азы")
    return _calendar(base, news, feasts)


def vladikavkaz_style() -> PublisherStyle:
    """A Russian-language news site with Ossetian lines (Vladikavkaz, North Ossetia): a
    rubric kicker, the Russian weekday and date, turned a numeric date with the time and the
    Ossetian weekday on Kosta's birthday 2018 (a wording per day), "Автор:" turned the writer
    with the site's name, a district correspondent line, a language switch (two Ossetian
    dialects and Russian), "Бакæс ма ноджы:" turned a bilingual "read also" (up to twice), an
    advertising label, a photo credit, the mountain road's line that follows the winter and
    the 2020 closure, a follow line turned Instagram and turned by two votes, the 2020
    self-isolation and the constitutional vote, Victory day, the Beslan remembrance and
    Kosta's birthday with their counts, a comments disclaimer, a rights line reworded and
    the registration line (a block), a rare avalanche warning."""
    return PublisherStyle(
        domain="irystonkhabar.ru", site="Ирыстоны хабæрттæ", base_size=140,
        subdomains=(("www.", 100),),
        sections=("vladikavkaz", "respublika", "obshchestvo", "iron", "sport", "kultura"),
        n_authors=4, url_path="/{section}/{yyyy}/{mm}/{dd}/{n}",
        pools={
            "rubrika": ("Владикавказ", "Республика", "Общество", "Ирон æвзаг", "Спорт",
                        "Культура"),
            "rayon": ("Алагир", "Ардон", "Моздок", "Беслан", "Дигора", "Эльхотово"),
            "foto": ("пресс-служба Главы РСО-А", "архив", "фото автора", "соцсети",
                     "читатель"),
        },
        families=(
            _f("rubrika", HEADER, 0.3, (_OLD, "{rubrika}")),
            _f("data", HEADER, 0.75, *_by_day(_ir_dated)),
            _f("avtor", HEADER, 0.45, (_OLD, "Автор: {author}"),
               (IR_BYLINE.isoformat(), "{author} | Ирыстоны хабæрттæ")),
            _f("rayon", HEADER, 0.15, (_OLD, "{rayon}. Наш корреспондент")),
            _f("yazyk", HEADER, 0.15, (_OLD, "Ирон | Дигорон | Русский")),
            _f("bakaes", MIDDLE, 0.3, (_OLD, "Бакæс ма ноджы: {other_title}"),
               (IR_LINKS.isoformat(), "📎 Читайте также / Бакæс: {other_title}"), count=2),
            _f("reklama", MIDDLE, 0.2, (_OLD, "На правах рекламы")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Фото: {foto}")),
            _f("doroga", FOOTER, 0.2, *_seasons(
                *IR_ROAD, special={2020: [(IR_LARS_CLOSED.isoformat(),
                                           "🚧 КПП «Верхний Ларс» закрыт для пассажирского "
                                           "сообщения")]})),
            _f("obyavlenie", FOOTER, 0.3, *_ir_notice()),
            _f("kommentarii", FOOTER, 0.15, (_OLD, "Редакция не несёт ответственности за "
                                                   "содержание комментариев читателей")),
            _f("prava", FOOTER, 0.4, (_OLD, "© {year} Ирыстоны хабæрттæ"),
               (IR_RIGHTS.isoformat(), "© {year} Ирыстоны хабæрттæ. Все права защищены. 16+")),
            _f("rkn", FOOTER, 0.35, (_OLD, "Сетевое издание зарегистрировано "
                                           "Роскомнадзором: Эл № ФС77-61234")),
            _f("lavina", HEADER, 0.04, (_OLD, "⚠️ Лавиноопасно: в горных районах республики "
                                              "объявлено штормовое предупреждение")),
        ),
    )


# --- a Turkish-language weekly of Bulgaria's Turks with Bulgarian lines (Razgrad) -----------

DS_ISSUE_ZERO = (dt.date(2015, 1, 1), 560)  # a Thursday and its issue's number
DS_REDESIGN = dt.date(2018, 9, 24)  # the Turkish long date turned "Güncelleme:" with the time
DS_BYLINE = dt.date(2019, 1, 14)
DS_LINKS = dt.date(2019, 2, 4)
DS_FACEBOOK = dt.date(2019, 1, 3)
DS_RIGHTS = dt.date(2020, 1, 2)


def ds_thursday(day: dt.date) -> dt.date:
    """The Thursday of `day`'s issue: the latest Thursday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - 3) % 7)


def ds_issue(thursday: dt.date) -> int:
    """The number of the issue of `thursday` (a Thursday)."""
    return DS_ISSUE_ZERO[1] + (thursday - DS_ISSUE_ZERO[0]).days // 7


def _ds_issue_line(day: dt.date) -> str:
    thursday = ds_thursday(day)
    return (f"Sayı {ds_issue(thursday)} · {thursday.day} {TURKISH_MONTHS[thursday.month - 1]} "
            f"{thursday.year}")


def _ds_dated(day: dt.date) -> str:
    if day < DS_REDESIGN:
        return (f"{day.day} {TURKISH_MONTHS[day.month - 1]} {day.year} "
                f"{TURKISH_WEEKDAYS[day.weekday()]}")
    return f"Güncelleme: {day:%d.%m.%Y} {{time}}"


def _ds_notice() -> Wordings:
    base = _steps((_OLD, "Deliorman Sesi her perşembe bayilerde!"),
                  (DS_FACEBOOK.isoformat(), "📲 Haberlerimizi Facebook sayfamızdan da takip "
                                            "edin"))
    news: list[Event] = [
        _vote("2016-11-06", "🗳️ Cumhurbaşkanlığı seçimi, birinci tur: Razgrad'da sonuçlar",
              before=4, after=1),
        _vote("2016-11-13", "🗳️ Cumhurbaşkanlığı seçimi, ikinci tur: sonuçlar", before=3,
              after=1),
        _vote("2017-03-26", "🗳️ Erken genel seçim: Razgrad ve Şumnu'da oy dağılımı", after=2),
        _vote("2019-10-27", "🗳️ Yerel seçimler: belediye başkanları belli oldu", after=2),
        _span("2020-03-13", "2020-05-13", "😷 Извънредно положение / Olağanüstü hal: evde "
                                          "kalın"),
    ]
    feasts = _movable(_listed(RAMAZAN_BG), 1, 2, lambda _: "🌙 Ramazan Bayramınız mübarek "
                                                           "olsun!")
    feasts += _movable(_listed(KURBAN_BG), 1, 3, lambda _: "🐑 Kurban Bayramınız kutlu "
                                                           "olsun!")
    feasts += _yearly("05-06", 0, 0, lambda _: "🌿 Hıdrellez: baharın gelişi kutlu olsun")
    feasts += _yearly("09-22", 0, 0, lambda y: f"🇧🇬 Bulgaristan'ın bağımsızlığının "
                                               f"{y - 1908}. yıldönümü")
    return _calendar(base, news, feasts)


def razgrad_style() -> PublisherStyle:
    """A Turkish-language weekly of Bulgaria's Turks with Bulgarian lines (Razgrad, the
    Deliorman): a section kicker, the Turkish date with the weekday, turned "Güncelleme:"
    with a numeric date and the time on a redesign (a wording per day), the Thursday issue
    with its number (a wording per week), "Haber:" turned the writer with the site's name, a
    village correspondent line, "İlginizi çekebilir:" turned "👉 Bunu da okuyun:" (up to
    twice), a bilingual ad label, a photo credit, an on-sale line turned a follow line and
    turned by four votes and the 2020 emergency (in two languages), the two feasts,
    Hıdrellez and independence with its count, a bilingual thank-you, a rights line turned
    bilingual, a rare fog warning."""
    return PublisherStyle(
        domain="deliormansesi.bg", site="Deliorman Sesi", base_size=120,
        subdomains=(("www.", 100),),
        sections=("razgrad", "sumnu", "bulgaristan", "turkiye", "kultur", "spor"),
        n_authors=3, url_path="/haber/{n}/{slug}",
        pools={
            "bolum": ("Razgrad", "Şumnu", "Bulgaristan", "Türkiye", "Kültür", "Spor"),
            "koy": ("İsperih", "Kubrat", "Zavet", "Samuil", "Loznitsa", "Venets", "Tsar "
                    "Kaloyan"),
            "foto": ("Razgrad Belediyesi", "BTA", "Okur fotoğrafı", "Arşiv"),
        },
        families=(
            _f("bolum", HEADER, 0.3, (_OLD, "{bolum}")),
            _f("tarih", HEADER, 0.75, *_by_day(_ds_dated)),
            _f("sayi", HEADER, 0.35, *_by_day(_ds_issue_line)),
            _f("haber", HEADER, 0.45, (_OLD, "Haber: {author}"),
               (DS_BYLINE.isoformat(), "{author} / Deliorman Sesi")),
            _f("muhabir", HEADER, 0.15, (_OLD, "{koy} – muhabirimiz bildiriyor")),
            _f("okuyun", MIDDLE, 0.3, (_OLD, "İlginizi çekebilir: {other_title}"),
               (DS_LINKS.isoformat(), "👉 Bunu da okuyun: {other_title}"), count=2),
            _f("reklam", MIDDLE, 0.2, (_OLD, "REKLAM / РЕКЛАМА")),
            _f("foto", MIDDLE, 0.2, (_OLD, "Foto: {foto}")),
            _f("duyuru", FOOTER, 0.3, *_ds_notice()),
            _f("tesekkur", FOOTER, 0.15, (_OLD, "Bizi okuduğunuz için teşekkürler! "
                                                "Благодарим ви!")),
            _f("telif", FOOTER, 0.4, (_OLD, "© {year} Deliorman Sesi. Tüm hakları saklıdır."),
               (DS_RIGHTS.isoformat(), "© {year} Deliorman Sesi – Tüm hakları saklıdır / "
                                       "Всички права запазени")),
            _f("sis", HEADER, 0.04, (_OLD, "🌫️ Yoğun sis: Razgrad–Şumnu yolunda dikkatli "
                                           "sürün")),
        ),
    )


# --- a Nepal Bhasa (Newar) news site in Devanagari (Kathmandu, Nepal) -----------------------

NB_REDESIGN = dt.date(2018, 11, 8)  # on the new year 1139 the date turned numeric
NB_BYLINE = dt.date(2019, 1, 15)
NB_LINKS = dt.date(2019, 10, 28)  # the new year 1140
NB_YOUTUBE = dt.date(2018, 7, 1)
NB_RIGHTS = dt.date(2020, 1, 1)


def ns_year(day: dt.date) -> int:
    """The Nepal Sambat year `day` falls in: the Gregorian year minus 879 from Mha Puja (a
    listed day in October or November), minus 880 before it."""
    return day.year - (879 if day >= _day(MHA_PUJA[day.year]) else 880)


def _dev(number: int, width: int = 0) -> str:
    return digits(number, DEVANAGARI_ZERO, width)


def _nb_dated(day: dt.date) -> str:
    if day < NB_REDESIGN:
        return (f"{NEWAR_WEEKDAYS[day.weekday()]}, सन् {_dev(day.year)} "
                f"{NEPALI_MONTHS[day.month - 1]} {_dev(day.day)} · ने.सं. {_dev(ns_year(day))}")
    return (f"ने.सं. {_dev(ns_year(day))} | {_dev(day.year)}/{_dev(day.month, 2)}/"
            f"{_dev(day.day, 2)} {{time}}")


def _nb_notice() -> Wordings:
    base = _steps((_OLD, "फेसबुकय् जिमित फलो यानादिसँ"),
                  (NB_YOUTUBE.isoformat(), "▶️ युट्युबय् जिमिगु च्यानल सब्सक्राइब यानादिसँ"))
    news: list[Event] = [
        _span("2015-04-25", "2015-05-31", "🙏 भुखाय् पीडितपिन्त ग्वाहालि यानादिसँ"),
        _vote("2017-05-14", "🗳️ स्थानीय तह निर्वाचन: यें महानगरया नतिजा", after=3),
        _vote("2017-11-26", "🗳️ प्रतिनिधि सभा व प्रदेश सभा निर्वाचन: नतिजा", after=4),
        _span("2020-03-24", "2020-07-21", "😷 लकडाउन: छेँय् हे च्वनादिसँ, सुरक्षित जुयादिसँ"),
    ]
    feasts = _movable(_listed(MHA_PUJA), 0, 1, lambda y: f"🪔 न्हूदँया भिन्तुना! ने.सं. "
                                                         f"{_dev(y - 879)}")
    feasts += _movable(_listed(BS_NEW_YEAR), 1, 0, lambda _: "ख्वपया बिस्का: जात्रा: "
                                                             "न्हूदँया भिन्तुना")
    feasts += _yearly("09-20", 0, 0, lambda y: f"संविधान दिवस: {_dev(y - 2015)} दँ",
                      years=range(2016, 2021))
    return _calendar(base, news, feasts)


def kathmandu_style() -> PublisherStyle:
    """A Nepal Bhasa (Newar) news site in Devanagari (Kathmandu, Nepal): a place kicker, the
    Newar weekday and the date with the Nepal Sambat year in Devanagari digits (the year
    turns at Mha Puja, a listed day), turned a numeric date with the time on the new year
    1139 (a wording per day), "च्वमि:" with the writer turned the writer with the site's
    name, a three-language switch, "थ्व नं ब्वनादिसँ:" turned "📖 ... »" on the new year
    1140 (up to twice), an ad label, a photo credit, a follow line turned YouTube and
    turned by the earthquake's aftermath, two votes and the 2020 lockdown, the Nepal Sambat
    new year with its number, Bisket at the Nepali new year and constitution day (from 2016)
    with its count, a thank-you, a rights line turned bilingual, the registration line in
    Nepali (a block), a rare strike notice in Nepali."""
    return PublisherStyle(
        domain="yenkhanpau.com.np", site="यें खँपौ", base_size=100,
        subdomains=(("www.", 100),),
        sections=("yen", "yala", "khwopa", "swanigah", "bhasa", "samskriti"),
        n_authors=3, url_path="/news/{n}",
        pools={
            "thaa": ("यें", "यल", "ख्वप", "स्वनिगः", "भाषा", "संस्कृति"),
            "kipa": ("फाइल", "रासस", "किपू नगरपालिका", "सामाजिक सञ्जाल"),
        },
        families=(
            _f("thaa", HEADER, 0.3, (_OLD, "{thaa}")),
            _f("dina", HEADER, 0.75, *_by_day(_nb_dated)),
            _f("chwami", HEADER, 0.45, (_OLD, "च्वमि: {author}"),
               (NB_BYLINE.isoformat(), "{author} · यें खँपौ")),
            _f("bhasa", HEADER, 0.15, (_OLD, "नेपाल भाषा | नेपाली | English")),
            _f("bwanadisa", MIDDLE, 0.3, (_OLD, "थ्व नं ब्वनादिसँ: {other_title}"),
               (NB_LINKS.isoformat(), "📖 थ्व नं ब्वनादिसँ » {other_title}"), count=2),
            _f("vijnapana", MIDDLE, 0.2, (_OLD, "विज्ञापन")),
            _f("kipa", MIDDLE, 0.2, (_OLD, "किपा: {kipa}")),
            _f("suchana", FOOTER, 0.3, *_nb_notice()),
            _f("subhay", FOOTER, 0.15, (_OLD, "सुभाय्! ब्वना दीगुलिं जिमित हौसला बी")),
            _f("adhikar", FOOTER, 0.4, (_OLD, "© {year} यें खँपौ । सकल अधिकार सुरक्षित"),
               (NB_RIGHTS.isoformat(), "© {year} यें खँपौ । सकल अधिकार सुरक्षित | All rights "
                                       "reserved.")),
            _f("darta", FOOTER, 0.3, (_OLD, "सूचना तथा प्रसारण विभाग दर्ता नं. ४५६/०७३-७४")),
            _f("bandh", HEADER, 0.04, (_OLD, "⚠️ बन्दको घोषणा: आज उपत्यकामा सवारी साधन "
                                             "नचल्ने")),
        ),
    )


# --- an Oshiwambo and English news site (Oshakati, northern Namibia) -------------------------

ET_REDESIGN = dt.date(2019, 3, 21)  # on Independence Day 2019 the date turned English
ET_BYLINE = dt.date(2018, 4, 2)
ET_WHATSAPP = dt.date(2018, 9, 3)
ET_RIGHTS = dt.date(2020, 2, 3)

ET_SEASONS = (
    ("01-15", "🌊 Efundja watch: check the Cuvelai flood levels before you travel"),
    ("05-01", "🌾 Omahangu harvest: the farmers' market is open on Saturdays at the open "
              "market"),
    ("09-01", "☀️ Dry season: water points in the north are under pressure, please save "
              "water"),
    ("11-15", "🌧️ Rainy season: plough early and keep an eye on the weather service"),
)


def _et_dated(day: dt.date) -> str:
    if day < ET_REDESIGN:
        return (f"{OSHIWAMBO_WEEKDAYS[day.weekday()]}, {day.day} "
                f"{OSHIWAMBO_MONTHS[day.month - 1]} {day.year}")
    return f"Published {day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}, {{time}}"


def _et_notice() -> Wordings:
    base = _steps((_OLD, "Like our Facebook page for news from the four O regions"),
                  (ET_WHATSAPP.isoformat(), "📲 WhatsApp your news tips and pictures to "
                                            "081 000 4412"))
    news: list[Event] = [
        _span("2019-05-06", "2019-06-30", "Drought emergency: how to register for relief "
                                          "food at your constituency office"),
        _vote("2019-11-27", "🗳️ Presidential and National Assembly elections: results from "
                            "the north", after=3),
        _span("2020-03-28", "2020-05-04", "😷 Lockdown: stay at home, wash your hands"),
        _vote("2020-11-25", "🗳️ Regional and local authority elections: results", after=3),
    ]
    feasts = _yearly("03-21", 1, 0, lambda y: f"🇳🇦 Happy Independence Day! Namibia turns "
                                              f"{y - 1990}")
    feasts += _yearly("05-04", 0, 0, lambda y: f"Cassinga Day: remembering the fallen, "
                                               f"{y - 1978} years on")
    feasts += _yearly("08-26", 0, 0, lambda _: "Heroes' Day: the nation gathers to honour "
                                               "its heroes")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Merry Christmas and omwaka omupe "
                                               "omuwanawa!")
    return _calendar(base, news, feasts)


def oshakati_style() -> PublisherStyle:
    """An Oshiwambo and English news site (Oshakati, northern Namibia): a region kicker, the
    Oshiwambo weekday and date, turned an English "Published" date with the time on
    Independence Day 2019 (a wording per day), "By" with the writer turned the writer with
    the site's name, "Lesha wo:" (up to twice), an ad label, a photo credit, a season line
    (the flood, the millet harvest, the dry and rainy seasons), a follow line turned
    WhatsApp and turned by a drought emergency, two votes and the 2020 lockdown,
    independence and Cassinga day with their counts, Heroes' day and Christmas, a
    thank-you in Oshiwambo, a rights line reworded, a rare flood warning."""
    return PublisherStyle(
        domain="etango.com.na", site="Etango", base_size=80,
        subdomains=(("www.", 100),),
        sections=("oshana", "omusati", "ohangwena", "oshikoto", "sport", "business"),
        n_authors=3, url_path="/{yyyy}/{mm}/{slug}/",
        pools={
            "oshitopolwa": ("Oshana", "Omusati", "Ohangwena", "Oshikoto", "Sport",
                            "Business"),
            "photo": ("NAMPA", "File", "Contributed", "Oshakati Town Council"),
        },
        families=(
            _f("oshitopolwa", HEADER, 0.3, (_OLD, "{oshitopolwa}")),
            _f("esiku", HEADER, 0.7, *_by_day(_et_dated)),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (ET_BYLINE.isoformat(), "{author} | Etango")),
            _f("lesha", MIDDLE, 0.3, (_OLD, "Lesha wo: {other_title}"), count=2),
            _f("advert", MIDDLE, 0.15, (_OLD, "ADVERTISEMENT")),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("season", FOOTER, 0.2, *_seasons(*ET_SEASONS)),
            _f("notice", FOOTER, 0.3, *_et_notice()),
            _f("tangi", FOOTER, 0.15, (_OLD, "Tangi unene for reading! Tu uve ko natango")),
            _f("rights", FOOTER, 0.4, (_OLD, "© {year} Etango. All rights reserved."),
               (ET_RIGHTS.isoformat(), "© {year} Etango, Oshakati. No part of this site may "
                                       "be reproduced without permission.")),
            _f("efundja", HEADER, 0.04, (_OLD, "⚠️ Efundja: parts of the Oshakati–Ondangwa "
                                               "road are under water")),
        ),
    )


# --- a Torres Strait community fortnightly in English with Islander lines (Thursday Island) --

ZK_EDITION_ZERO = (dt.date(2015, 1, 2), 301)  # a Friday and its edition's number
ZK_BYLINE = dt.date(2018, 2, 2)
ZK_ONLINE = dt.date(2019, 2, 1)
ZK_ACKNOWLEDGE = dt.date(2019, 7, 7)  # reworded in NAIDOC Week 2019

ZK_SEASONS = (
    ("05-01", "🌬️ Sager season: the south-east trades are blowing, small boats take care"),
    ("10-01", "🦞 Kaiar season closed until 30 November: no diving for crayfish"),
    ("12-01", "🌧️ Kuki season: check the cyclone outlook before crossing the Strait"),
)


def zk_friday(day: dt.date) -> dt.date:
    """The Friday of `day`'s edition: the latest edition Friday (every second one from the
    first edition of 2015) on or before `day`."""
    return day - dt.timedelta(days=(day - ZK_EDITION_ZERO[0]).days % 14)


def zk_edition(friday: dt.date) -> int:
    """The number of the edition of `friday` (an edition Friday)."""
    return ZK_EDITION_ZERO[1] + (friday - ZK_EDITION_ZERO[0]).days // 14


def _zk_edition_line(day: dt.date) -> str:
    friday = zk_friday(day)
    return (f"Edition {zk_edition(friday)} · Friday {friday.day} "
            f"{ENGLISH_MONTHS[friday.month - 1]} {friday.year}")


def naidoc_sunday(y: int) -> dt.date:
    """The first day of NAIDOC Week: the first Sunday of July (moved to 8 November in
    2020)."""
    return dt.date(2020, 11, 8) if y == 2020 else nth_weekday(y, 7, 6, 1)


def _zk_notice() -> Wordings:
    base = _steps((_OLD, "Pick up your copy at the stores on every inhabited island"),
                  (ZK_ONLINE.isoformat(), "Read every edition online and on our Facebook "
                                          "page"))
    news: list[Event] = [
        _vote("2015-01-31", "🗳️ State election: Cook electorate results", after=2),
        _vote("2016-07-02", "🗳️ Federal election: Leichhardt results", after=3),
        _vote("2017-11-25", "🗳️ State election: Cook electorate results", after=2),
        _span("2019-03-17", "2019-03-20", "🌀 Tropical Cyclone Trevor: tie down your dinghies "
                                          "and stay inside"),
        _vote("2019-05-18", "🗳️ Federal election: Leichhardt results", after=3),
        _span("2020-03-26", "2020-07-10", "😷 Biosecurity zone: no travel to the outer "
                                          "islands without an exemption"),
        _vote("2020-10-31", "🗳️ State election: Cook electorate results", after=2),
    ]
    feasts = _yearly("06-03", 0, 0, lambda y: f"Mabo Day: {y - 1992} years since the High "
                                              f"Court decision")
    feasts += _yearly("07-01", 0, 0, lambda y: f"✝️ Coming of the Light: {y - 1871} years")
    feasts += _movable(naidoc_sunday, 0, 6, lambda y: f"NAIDOC Week {y}: celebrate with us "
                                                      f"on Waiben")
    return _calendar(base, news, feasts)


def waiben_style() -> PublisherStyle:
    """A Torres Strait community fortnightly in English with Islander lines (Thursday
    Island): an island kicker, the edition's number and Friday (a wording per fortnight),
    "Story:" turned words-and-pictures credits, a warning that stories may show people who
    have died, "SEE ALSO:" (up to twice), a picture credit, a season line (the trade winds,
    the crayfish closure, the wet), a pick-up line turned an online line and turned by five
    votes, a cyclone and the 2020 biosecurity zone, Mabo day and the Coming of the Light
    with their counts, NAIDOC Week (moved to November in 2020), a thank-you in two Islander
    languages, an acknowledgement of country reworded and a rights line (a block), a rare
    water-restriction notice."""
    return PublisherStyle(
        domain="zenadthkesweekly.com.au", site="Zenadth Kes Weekly", base_size=62,
        subdomains=(("www.", 100),),
        sections=("community", "islands", "sea", "culture", "sport", "council"),
        n_authors=2, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "island": ("Waiben", "Ngurupai", "Mabuyag", "Badu", "Saibai", "Erub", "Mer",
                       "Poruma"),
            "picture": ("supplied", "TSRA", "file", "Torres Shire Council"),
        },
        families=(
            _f("island", HEADER, 0.3, (_OLD, "{island}")),
            _f("edition", HEADER, 0.6, *_by_day(_zk_edition_line)),
            _f("story", HEADER, 0.4, (_OLD, "Story: {author}"),
               (ZK_BYLINE.isoformat(), "Words and pictures: {author}")),
            _f("warning", HEADER, 0.1, (_OLD, "Aboriginal and Torres Strait Islander readers "
                                              "are advised that this story may contain "
                                              "images of people who have died.")),
            _f("seealso", MIDDLE, 0.3, (_OLD, "SEE ALSO: {other_title}"), count=2),
            _f("picture", MIDDLE, 0.2, (_OLD, "Picture: {picture}")),
            _f("wind", FOOTER, 0.2, *_seasons(*ZK_SEASONS)),
            _f("notice", FOOTER, 0.3, *_zk_notice()),
            _f("eso", FOOTER, 0.15, (_OLD, "Mina esso! Koeyma eso! Thank you for reading")),
            _f("country", FOOTER, 0.35, (_OLD, "We acknowledge the Traditional Owners of the "
                                               "lands and seas of Zenadth Kes and pay our "
                                               "respects to Elders past and present."),
               (ZK_ACKNOWLEDGE.isoformat(), "We acknowledge the Traditional Owners of the "
                                            "land, sea and sky of Zenadth Kes and pay respect "
                                            "to Elders past, present and emerging.")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} Zenadth Kes Weekly, Thursday "
                                              "Island")),
            _f("water", HEADER, 0.04, (_OLD, "💧 Water restrictions on Waiben: level 3 from "
                                             "today")),
        ),
    )


# --- a mobile-money and fintech news site (Accra, Ghana; English, technology) ---------------

ML_UPDATED = dt.date(2019, 4, 1)
ML_BEATS = dt.date(2018, 6, 4)
ML_LINKS = dt.date(2019, 8, 5)
ML_TWICE = dt.date(2019, 4, 1)
ML_LICENCE = dt.date(2018, 11, 5)

# Cedis a US dollar bought at the central bank's reference rate, at the start of each year.
GHS_PER_USD = {2015: 3.20, 2016: 3.80, 2017: 4.20, 2018: 4.40, 2019: 4.82, 2020: 5.54,
               2021: 5.76, 2022: 5.80}


def ml_business_day(day: dt.date) -> dt.date:
    """The business day whose rate `day` shows: `day` itself, or the Friday before a
    weekend."""
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def ml_rate(day: dt.date) -> str:
    """The reference rate of `day` (a wording per business day; weekends keep Friday's)."""
    business = ml_business_day(day)
    start, end = GHS_PER_USD[business.year], GHS_PER_USD[business.year + 1]
    k = (business - dt.date(2015, 1, 1)).days
    level = start + (end - start) * (business.timetuple().tm_yday - 1) / 365
    return (f"💵 BoG reference rate, {business.day} {ENGLISH_MONTHS[business.month - 1][:3]}: "
            f"US$1 = GH₵{level + 0.03 * math.sin(k / 5.3):.4f}")


def _ml_notice() -> Wordings:
    base = _steps((_OLD, "Subscribe to The Ledger, our Monday newsletter on money and "
                         "technology"),
                  (ML_TWICE.isoformat(), "📬 The Ledger now lands twice a week, on Mondays "
                                         "and Thursdays: subscribe free"))
    news: list[Event] = [
        _vote("2016-12-07", "🗳️ Election 2016: what the manifestos promise on digital "
                            "payments", after=2),
        _span("2017-08-14", "2017-08-18", "🏦 Two banks taken over by GCB: what it means for "
                                          "your account"),
        _span("2018-05-10", "2018-05-14", "📲 Mobile money interoperability goes live: send "
                                          "across networks"),
        _span("2020-03-30", "2020-04-20", "😷 Partial lockdown: MoMo transfers up to GH₵100 are "
                                          "now free"),
        _vote("2020-12-07", "🗳️ Election 2020: where the candidates stand on fintech",
              after=2),
    ]
    feasts = _yearly("03-06", 0, 0, lambda y: f"🇬🇭 Happy {ordinal(y - 1957)} Independence Day, "
                                              f"Ghana!")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Merry Christmas from the newsroom: The "
                                               "Ledger returns in January")
    return _calendar(base, news, feasts)


def accra_style() -> PublisherStyle:
    """A mobile-money and fintech news site (Accra, Ghana; English, technology): a topic
    kicker, an Accra dateline with the date, turned an updated line with the reading time,
    "By" with the writer turned the writer with the beat, a sponsor disclosure on some
    pages, "Read next →" turned "🔗 Related:" (up to twice), a sponsored label, the central
    bank's reference rate (a wording per business day), a newsletter line reworded and
    turned by two votes, a bank takeover, the mobile money interoperability launch and the
    2020 lockdown, independence with its count and a Christmas break, a tip line, a
    not-financial-advice line, a licence line turned Creative Commons, a rare outage
    notice."""
    return PublisherStyle(
        domain="momoledger.com.gh", site="MoMo Ledger", base_size=48,
        subdomains=(("www.", 100),),
        sections=("mobile-money", "fintech", "regulation", "startups", "funding", "telecoms"),
        n_authors=3, url_path="/{yyyy}/{mm}/{dd}/{slug}/",
        pools={
            "topic": ("Mobile money", "Fintech", "Regulation", "Startups", "Funding",
                      "Telecoms"),
            "beat": ("Fintech reporter", "Senior editor", "Regulation desk"),
        },
        families=(
            _f("topic", HEADER, 0.3, (_OLD, "{topic}")),
            _f("dateline", HEADER, 0.55, (_OLD, "Accra · {date_long}"),
               (ML_UPDATED.isoformat(), "Updated {date_short} · {read_min} min read")),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (ML_BEATS.isoformat(), "{author}, {author_beat}")),
            _f("disclosure", HEADER, 0.1, (_OLD, "Disclosure: some companies mentioned in this "
                                                 "story sponsor our newsletter.")),
            _f("readnext", MIDDLE, 0.3, (_OLD, "Read next → {other_title}"),
               (ML_LINKS.isoformat(), "🔗 Related: {other_title}"), count=2),
            _f("sponsored", MIDDLE, 0.15, (_OLD, "Sponsored")),
            _f("rate", FOOTER, 0.2, *_by_day(ml_rate)),
            _f("newsletter", FOOTER, 0.3, *_ml_notice()),
            _f("tips", FOOTER, 0.15, (_OLD, "Got a tip? Email tips@{domain} or message us on "
                                            "Signal.")),
            _f("advice", FOOTER, 0.2, (_OLD, "Nothing on this site is financial advice. Do your "
                                             "own research.")),
            _f("licence", FOOTER, 0.35, (_OLD, "© {year} MoMo Ledger. All rights reserved."),
               (ML_LICENCE.isoformat(), "© {year} MoMo Ledger. Republish our stories free "
                                        "under Creative Commons BY-ND 4.0.")),
            _f("outage", HEADER, 0.04, (_OLD, "⚠️ Outage: mobile money transactions on one "
                                              "network are delayed this morning")),
        ),
    )


# --- a grain growers' paper (Merredin, Western Australia; English, farming) -----------------

GR_BEATS = dt.date(2018, 2, 5)
GR_PODCAST = dt.date(2018, 7, 3)
GR_RIGHTS = dt.date(2019, 3, 4)

# APW1 wheat, Kwinana port zone, Australian dollars a tonne at the start of each year.
WHEAT_AUD = {2014: 300, 2015: 290, 2016: 255, 2017: 215, 2018: 265, 2019: 330, 2020: 320,
             2021: 285, 2022: 340}
# Merredin's average rain by month (millimetres).
RAIN_NORMAL = (18, 20, 22, 20, 38, 50, 48, 40, 22, 14, 12, 12)

GR_SEASONS = (
    ("04-20", "🚜 Seeding is under way: give way to machinery on shire roads"),
    ("07-01", "🌱 Growing season: watch for frost, and time your spraying with care"),
    ("10-01", "🌾 Harvest: grain trucks on the roads, and harvest bans apply on hot days"),
    ("12-20", "☀️ Summer: fire restrictions in force, check your shire's burning permits"),
)


def gr_friday(day: dt.date) -> dt.date:
    """The Friday `day`'s price is for: the latest Friday on or before `day`."""
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def gr_price(day: dt.date) -> str:
    """The week's wheat price (a wording per week, from each Friday)."""
    friday = gr_friday(day)
    start, end = WHEAT_AUD[friday.year], WHEAT_AUD[friday.year + 1]
    k = (friday - dt.date(2015, 1, 2)).days // 7
    level = start + (end - start) * (friday.timetuple().tm_yday - 1) / 365
    return (f"🌾 APW1 wheat, Kwinana zone, week ending {friday.day} "
            f"{ENGLISH_MONTHS[friday.month - 1]}: A${round(level + 9 * math.sin(k / 2.7))} a "
            f"tonne")


def gr_rain_mm(year: int, month: int) -> int:
    """Merredin's rain in `month` of `year` (millimetres)."""
    k = (year - 2015) * 12 + month - 1
    return round(RAIN_NORMAL[month - 1] * (0.3 + ((k * 37) % 41) / 29))


def gr_rain(day: dt.date) -> str:
    """The rainfall line of `day`'s month: the year's rain to the end of the previous month,
    in January the previous year's total (a wording per month)."""
    if day.month == 1:
        total = sum(gr_rain_mm(day.year - 1, m) for m in range(1, 13))
        return f"🌧️ Merredin rainfall, {day.year - 1}: {total} mm for the year"
    total = sum(gr_rain_mm(day.year, m) for m in range(1, day.month))
    return (f"🌧️ Merredin rainfall, {day.year} to the end of "
            f"{ENGLISH_MONTHS[day.month - 2]}: {total} mm")


def dowerin(y: int) -> dt.date | None:
    """The first day of the Dowerin field days: the last Wednesday of August (none in
    2020)."""
    return nth_weekday(y, 8, 2, -1) if y != 2020 else None


def _gr_notice() -> Wordings:
    base = _steps((_OLD, "Get the Grower's weekly e-newsletter every Tuesday morning"),
                  (GR_PODCAST.isoformat(), "🎧 Listen to the Grower podcast: markets and "
                                           "agronomy every Tuesday"))
    news: list[Event] = [
        _vote("2016-07-02", "🗳️ Federal election: where the parties stand on farm policy",
              after=2),
        _vote("2017-03-11", "🗳️ State election: results for the Central Wheatbelt", after=2),
        _vote("2019-05-18", "🗳️ Federal election: where the parties stand on farm policy",
              after=2),
        _span("2020-03-31", "2020-06-05", "😷 Regional travel restrictions: farm workers need "
                                          "a permit to cross regions"),
    ]
    feasts = _movable(dowerin, 6, 1, lambda _: "🚜 Dowerin field days this week: visit our "
                                               "stand")
    feasts += _movable(lambda y: nth_weekday(y, 9, 3, 2), 0, 0,
                       lambda _: "💬 R U OK? Day: check in on your neighbours after a tough "
                                 "season")
    return _calendar(base, news, feasts)


def merredin_style() -> PublisherStyle:
    """A grain growers' paper (Merredin, Western Australia; English, farming): a topic
    kicker, a place and date dateline, "By" with the writer turned the writer with the beat,
    "RELATED:" (up to twice), a photo credit, the week's wheat price (a wording per week),
    the rainfall to date (a wording per month), a season line (seeding, growing, harvest,
    summer), a newsletter line turned a podcast line and turned by three votes and the 2020
    travel rules, the Dowerin field days on the last Wednesday of August (none in 2020) and
    R U OK? Day on the second Thursday of September, a helpline line on some pages, a rights
    line reworded, a rare harvest-ban notice."""
    return PublisherStyle(
        domain="wheatbeltgrower.com.au", site="The Wheatbelt Grower", base_size=34,
        subdomains=(("www.", 100),),
        sections=("cropping", "livestock", "markets", "machinery", "weather", "community"),
        n_authors=2, url_path="/news/{section}/{slug}",
        pools={
            "topic": ("Cropping", "Livestock", "Markets", "Machinery", "Weather",
                      "Community"),
            "beat": ("Cropping editor", "Markets reporter", "Rural reporter"),
            "photo": ("supplied", "GRDC", "CBH Group", "file"),
        },
        families=(
            _f("topic", HEADER, 0.3, (_OLD, "{topic}")),
            _f("dateline", HEADER, 0.5, (_OLD, "Merredin, WA · {date_dmy}")),
            _f("byline", HEADER, 0.45, (_OLD, "By {author}"),
               (GR_BEATS.isoformat(), "{author} | {author_beat}")),
            _f("related", MIDDLE, 0.3, (_OLD, "RELATED: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "Photo: {photo}")),
            _f("price", FOOTER, 0.25, *_by_day(gr_price)),
            _f("rain", FOOTER, 0.2, *_by_day(gr_rain)),
            _f("season", FOOTER, 0.2, *_seasons(*GR_SEASONS)),
            _f("notice", FOOTER, 0.3, *_gr_notice()),
            _f("helpline", FOOTER, 0.1, (_OLD, "If this story has raised issues for you, call "
                                               "Lifeline on 13 11 14.")),
            _f("rights", FOOTER, 0.35, (_OLD, "© {year} The Wheatbelt Grower"),
               (GR_RIGHTS.isoformat(), "© {year} The Wheatbelt Grower. Prices are indicative "
                                       "only.")),
            _f("ban", HEADER, 0.04, (_OLD, "🔥 Harvest and vehicle movement ban in force today "
                                           "for the Shire of Merredin")),
        ),
    )


# --- an eye hospital's outreach news (Moshi, Tanzania; English with Swahili lines) ---------

RR_TALLY_START = 61_480  # cataract operations since 2004, at the end of December 2014
RR_BEATS = dt.date(2018, 9, 3)
RR_DONATE = dt.date(2019, 3, 4)
RR_MINISTRY = dt.date(2016, 1, 4)
RR_WHATSAPP = dt.date(2018, 1, 8)


def rr_operations(year: int, month: int) -> int:
    """Cataract operations in `month` of `year` (none while the 2020 camps were paused in
    April and May, fewer in March and June)."""
    if (year, month) in ((2020, 4), (2020, 5)):
        return 0
    k = (year - 2015) * 12 + month - 1
    count = 310 + (k * 53) % 97
    return count // 2 if (year, month) in ((2020, 3), (2020, 6)) else count


def rr_tally(day: dt.date) -> str:
    """The running tally at `day`: the operations up to the end of the previous month (a
    wording per month)."""
    months = (day.year - 2015) * 12 + day.month - 1
    total = RR_TALLY_START + sum(rr_operations(2015 + k // 12, k % 12 + 1)
                                 for k in range(months))
    return f"👁️ Sight restored: {total:,} cataract operations since 2004"


def _rr_notice() -> Wordings:
    base = _steps((_OLD, "Donate to our Sight Fund: TSh 50,000 restores one person's sight"),
                  (RR_DONATE.isoformat(), "Give sight: US$30 or TSh 70,000 pays for one "
                                          "cataract operation. Donate by M-Pesa or card"))
    news: list[Event] = [
        _span("2020-03-18", "2020-06-30", "😷 Outreach camps are paused; the hospital stays "
                                          "open for emergencies"),
    ]
    feasts = _movable(_listed(KILI_MARATHON), 6, 0, lambda y: f"🏃 Kilimanjaro Marathon {y}: "
                                                              f"run for sight with our team")
    feasts += _yearly("03-12", 3, 3, lambda _: "World Glaucoma Week: free pressure checks at "
                                               "the outpatient clinic")
    feasts += _movable(lambda y: nth_weekday(y, 10, 3, 2), 2, 0,
                       lambda y: f"👓 World Sight Day {y}: free eye screening on Thursday")
    feasts += _yearly("12-24", 0, 2, lambda _: "🎄 Heri ya Krismasi! Merry Christmas from all "
                                               "of us")
    return _calendar(base, news, feasts)


def moshi_style() -> PublisherStyle:
    """An eye hospital's outreach news (Moshi, Tanzania; English with Swahili lines): a kind
    kicker, a posted line with the date and the writer, turned the writer with the role, a
    Swahili welcome, a consent line, "You may also like:" (up to twice), a photo line, the
    running tally of cataract operations (a wording per month, none while the 2020 camps
    were paused), a donation appeal reworded and turned by the 2020 pause, the Kilimanjaro
    Marathon on listed days, glaucoma week, World Sight Day on the second Thursday of
    October and Christmas, a medical disclaimer, a registration line reworded with the
    ministry's new name, an appointments line which gained WhatsApp (a block), a rights
    line, a rare clinic closure."""
    return PublisherStyle(
        domain="rauriver-eye.or.tz", site="Rau River Eye Hospital", base_size=24,
        subdomains=(("www.", 100),),
        sections=("outreach", "news", "training", "research", "stories", "events"),
        n_authors=2, url_path="/news/{slug}/",
        pools={
            "kind": ("Outreach", "Hospital news", "Training", "Research", "Patient stories"),
            "beat": ("Outreach coordinator", "Communications officer", "Ophthalmologist"),
            "photo": ("outreach team", "patient's family, with consent", "communications "
                      "office", "volunteer"),
        },
        families=(
            _f("kind", HEADER, 0.3, (_OLD, "{kind}")),
            _f("posted", HEADER, 0.5, (_OLD, "Posted {date_dmy} by {author}"),
               (RR_BEATS.isoformat(), "{author}, {author_beat} · {date_dmy}")),
            _f("karibu", HEADER, 0.15, (_OLD, "Karibu! Huduma bora za macho kwa wote")),
            _f("consent", HEADER, 0.15, (_OLD, "Patients pictured gave their consent to be "
                                               "photographed.")),
            _f("alsolike", MIDDLE, 0.25, (_OLD, "You may also like: {other_title}"), count=2),
            _f("photo", MIDDLE, 0.2, (_OLD, "📷 {photo}")),
            _f("tally", FOOTER, 0.3, *_by_day(rr_tally)),
            _f("notice", FOOTER, 0.3, *_rr_notice()),
            _f("disclaimer", FOOTER, 0.15, (_OLD, "This article is for information only and "
                                                  "does not replace advice from your eye "
                                                  "doctor.")),
            _f("registered", FOOTER, 0.35, (_OLD, "Rau River Eye Hospital is a charitable "
                                                  "hospital registered with the Ministry of "
                                                  "Health and Social Welfare."),
               (RR_MINISTRY.isoformat(), "Rau River Eye Hospital is a charitable hospital "
                                         "registered with the Ministry of Health, Community "
                                         "Development, Gender, Elderly and Children.")),
            _f("appointments", FOOTER, 0.35, (_OLD, "Appointments: +255 27 275 0000, Monday to "
                                                    "Friday, 8 am to 4 pm"),
               (RR_WHATSAPP.isoformat(), "Appointments: +255 27 275 0000 or WhatsApp +255 754 "
                                         "000 000, Monday to Friday, 8 am to 4 pm")),
            _f("rights", FOOTER, 0.3, (_OLD, "© {year} Rau River Eye Hospital, Moshi")),
            _f("closed", HEADER, 0.04, (_OLD, "⚠️ The outpatient clinic is closed today for a "
                                              "staff training day")),
        ),
    )


def heldout65_styles() -> list[PublisherStyle]:
    """The held-back-65 styles, in the order the generator hands them to publishers."""
    return [
        csik_style(), ahsa_style(), karaganda_style(), meinong_style(), vladikavkaz_style(),
        razgrad_style(), kathmandu_style(), oshakati_style(), waiben_style(), accra_style(),
        merredin_style(), moshi_style(),
    ]
